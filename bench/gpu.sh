#!/usr/bin/env bash
# Every GPU check of issue 10 in one run, each step capped, for a session that is lent a GPU machine
# (torch 2.11 is there; diffusers, gradio and transformers 5.24 are not: carry them as wheels, see the device notes):
#
#   echo /.whl/ >> .git/info/exclude   # then download the wheels into .whl/ here, as the device README shows
#   bash bench/gpu.sh                   # on the GPU machine (~9 min: fits one 600-s device command); results in $OUT
#
# Steps: the CUDA tests, bench/engine.py (Easel/direct with the background writer, TAESD, channels_last, --low-vram,
# compile, peak memory per preset), bench/serve.py (8 sessions batched vs one at a time, with and without think
# time) and bench/llm.py --gpu (random Qwen2.5 shapes: plain vs static cache vs batch of 8).
set -u
RESULTS=${OUT:-bench/results}
mkdir -p "$RESULTS"
export HF_HUB_OFFLINE=1 PYTHONUNBUFFERED=1
if [ -d .whl ]; then python -m pip install -q --no-deps .whl/*.whl; fi
step() {  # step SECONDS NAME COMMAND...: one capped step, its output kept in $RESULTS/gpu-NAME.log
  local seconds=$1 name=$2; shift 2
  echo "== $name ($seconds s at most): $*"
  timeout "$seconds" "$@" > "$RESULTS/gpu-$name.log" 2>&1; echo "== $name exit $?"; tail -5 "$RESULTS/gpu-$name.log"
}
nvidia-smi --query-gpu=name,memory.total --format=csv,noheader
step 90 cuda-tests python -m pytest -m cuda tests -q -p no:cacheprovider
step 200 engine python -m bench.engine --device cuda --sdxl --compile
step 80 serve python -m bench.serve --device cuda --model sd-turbo-arch
step 60 serve-think python -m bench.serve --device cuda --model sd-turbo-arch --think-ms 1000
step 90 llm python bench/llm.py --gpu
cp bench/results/*cuda*.json bench/results/*nvidia*.json "$RESULTS"/ 2>/dev/null || true
