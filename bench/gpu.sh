#!/usr/bin/env bash
# Every GPU check of issues 8 and 10, each step capped, for a session that is lent a GPU machine (torch is there;
# diffusers 0.42.1 and transformers 5.24.0 are not: carry them as wheels in .whl/, see the device notes):
#
#   echo /.whl/ >> .git/info/exclude   # then download the wheels into .whl/ here, as the device README shows
#   bash bench/gpu.sh images            # on the GPU machine: CUDA tests, engine, serving (full VAE, TAESD) (~7 min)
#   bash bench/gpu.sh llm               # LLM latency and batching, compiled image path (~5 min)
#   bash bench/gpu.sh all               # both (~10 min: over one 600-s device command, so run the halves)
#   bash bench/gpu.sh serve llm compile # chosen steps, in this order
#
# Results: bench/results/*cuda*.json / *nvidia*.json, and every log and result packed after each step into
# $OUT/gpu-<part>.tar.gz (a device run returns at most 8 files; a step stopped at its cap keeps what it wrote).
# Only result files written by this run are packed (newer than $WORK/.start), never the committed ones of a past run.
set -u
PART=${1:-all}  # images, llm, all, or step names (see run_step)
WORK=$(mktemp -d /tmp/easel-gpu-XXXX)
touch "$WORK/.start"  # pack() takes only result files written after this: never a committed one from an earlier run
PACK=${OUT:-bench/results}/gpu-${PART%% *}.tar.gz
export HF_HUB_OFFLINE=1 PYTHONUNBUFFERED=1 TOKENIZERS_PARALLELISM=false
if [ -d .whl ]; then  # one wheel at a time: a wheel that doesn't fit this Python must not stop the others
  for wheel in .whl/*.whl; do
    python3 -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade --target /tmp/site "$wheel" \
      || echo "could not install $wheel"
  done
  export PYTHONPATH=/tmp/site
fi
mkdir -p bench/results
pack() { find bench/results -maxdepth 1 -type f -newer "$WORK/.start" \( -name '*cuda*.json' -o -name '*nvidia*.json' \) \
           -exec cp {} "$WORK"/ \;
         tar czf "$PACK" -C "$WORK" --exclude ./.start . ; }
step() {  # step SECONDS NAME COMMAND...: one capped step, its output kept in gpu-NAME.log
  local seconds=$1 name=$2 started=$SECONDS; shift 2
  echo "== $name ($seconds s at most): $*"
  timeout -k 5 "$seconds" "$@" > "$WORK/gpu-$name.log" 2>&1
  echo "== $name exit $? after $((SECONDS - started)) s"; tail -4 "$WORK/gpu-$name.log"; pack
}
nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader | tee "$WORK/nvidia-smi.txt"
python3 -c "import torch, diffusers, transformers; print(torch.__version__, diffusers.__version__, transformers.__version__)" \
  | tee -a "$WORK/nvidia-smi.txt"
run_step() {  # the steps by name, in the order asked
  case $1 in
    cuda-tests) step 60 cuda-tests python3 -m pytest -m cuda tests/test_imaging_engine.py tests/test_imaging_tiny_vae.py \
                  -q -p no:cacheprovider ;;
    engine) step 150 engine python3 -m bench.engine --device cuda --sdxl ;;
    serve) step 90 serve python3 -m bench.serve --device cuda --model sd-turbo-arch --dump-after 75 ;;
    serve-taesd) step 90 serve-taesd python3 -m bench.serve --device cuda --model sd-turbo-arch --tiny-vae on \
                   --dump-after 75 ;;
    serve-think) step 110 serve-think python3 -m bench.serve --device cuda --model sd-turbo-arch --think-ms 1000 \
                   --dump-after 100 ;;
    llm) step 160 llm python3 bench/llm.py --gpu --rounds 3 --out bench/results/llm-gpu-cuda.json ;;
    llm-0.5b) step 150 llm-0.5b python3 bench/llm.py --gpu --gpu-shapes qwen2.5-0.5b-size --rounds 3 \
                --out bench/results/llm-gpu-0.5b-cuda.json ;;
    llm-serve-dynamic) step 70 llm-serve-dynamic python3 -m bench.llm_serve --device cuda --cache dynamic ;;
    llm-serve) step 150 llm-serve python3 -m bench.llm_serve --device cuda ;;
    compile) step 170 compile python3 -m bench.engine --device cuda --compile-only --skip-demo --models sd-turbo \
               --tag compile ;;
    flux) step 60 flux python3 -m bench.flux_memory --device cuda ;;
    planner) [ -f .whl/gemma-tokenizer/tokenizer.json.gz ] && gunzip -kf .whl/gemma-tokenizer/tokenizer.json.gz
             step 300 planner python3 -m bench.planner_gpu --device cuda --tokenizer .whl/gemma-tokenizer \
               --dev-set tests/data/conversations-heldout.jsonl --turns 40 ;;
    *) echo "unknown step $1" ;;
  esac
}
case $PART in  # each half fits one 600-s device command; steps in order of importance (a cut run loses the last)
  images) STEPS="cuda-tests engine serve serve-taesd serve-think" ;;
  llm) STEPS="llm llm-serve-dynamic compile flux llm-serve" ;;
  all) STEPS="cuda-tests engine serve serve-taesd llm llm-serve-dynamic compile flux llm-serve serve-think" ;;
  *) STEPS="$*" ;;
esac
for name in $STEPS; do run_step "$name"; done
pack
echo "packed into $PACK"
