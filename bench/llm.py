"""Speed of Easel's LLM: tokens/s of the embedded Gemma 3 270M on this CPU per variant, and rewrite latency.

    HF_HUB_OFFLINE=1 .venv/bin/python bench/llm.py            # CPU variants -> bench/results/llm-cpu.json
    HF_HUB_OFFLINE=1 .venv/bin/python bench/llm.py --cold     # also time the one-off GGUF conversion
    .venv/bin/python bench/llm.py --gpu --out bench/results/llm-gpu.json   # needs CUDA, else skipped

CPU: every variant starts from the same float32 weights (the converted-weights cache); rounds are interleaved
(variant A, B, C, A, B, C, ...) and the median is kept, so that other load on the machine spreads over all of them.
Each variant's greedy outputs on a few prompts are compared with float32 (token agreement). The machine's load
average is recorded: on a shared 2-core box absolute numbers move a lot; the ratios are the stable part.

GPU (--gpu): a Qwen2.5-0.5B- or 1.5B-size architecture with random weights (from a Qwen2Config, nothing downloaded):
plain ``generate`` (dynamic cache) against a static cache + ``torch.compile``.
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


def bench_gpu(args) -> dict:
    import torch

    if not torch.cuda.is_available():
        return {"skipped": "no CUDA device"}
    from transformers import AutoModelForCausalLM, AutoTokenizer, Qwen2Config  # noqa: F401

    sizes = {  # the published Qwen2.5 shapes; weights are random
        "qwen2.5-0.5b-size": dict(hidden_size=896, intermediate_size=4864, num_hidden_layers=24,
                                  num_attention_heads=14, num_key_value_heads=2),
        "qwen2.5-1.5b-size": dict(hidden_size=1536, intermediate_size=8960, num_hidden_layers=28,
                                  num_attention_heads=12, num_key_value_heads=2),
    }
    out: dict = {"device": torch.cuda.get_device_name(0), "torch": torch.__version__, "tokens": args.gpu_tokens}
    for label, shape in sizes.items():
        config = Qwen2Config(vocab_size=151936, max_position_embeddings=32768, tie_word_embeddings=True,
                             rope_theta=1000000.0, **shape)
        torch.manual_seed(0)
        model = AutoModelForCausalLM.from_config(config, dtype=torch.bfloat16).cuda().eval()
        input_ids = torch.randint(0, 150000, (1, 64), device="cuda")

        def speed(**kwargs) -> float:
            with torch.inference_mode():
                model.generate(input_ids, max_new_tokens=8, min_new_tokens=8, do_sample=False, **kwargs)
                runs = []
                for _ in range(3):
                    torch.cuda.synchronize()
                    started = time.perf_counter()
                    model.generate(input_ids, max_new_tokens=args.gpu_tokens, min_new_tokens=args.gpu_tokens,
                                   do_sample=False, **kwargs)
                    torch.cuda.synchronize()
                    runs.append(args.gpu_tokens / (time.perf_counter() - started))
                return statistics.median(runs)

        row = {"plain_tokens_per_s": round(speed(), 1)}
        started = time.perf_counter()
        model.forward = torch.compile(model.forward, mode="reduce-overhead", fullgraph=True)
        try:
            with torch.inference_mode():  # the compile itself, timed apart from the steady state
                model.generate(input_ids, max_new_tokens=8, min_new_tokens=8, do_sample=False,
                               cache_implementation="static")
            row["compile_s"] = round(time.perf_counter() - started, 1)
            row["static_compiled_tokens_per_s"] = round(speed(cache_implementation="static"), 1)
            row["speedup"] = round(row["static_compiled_tokens_per_s"] / row["plain_tokens_per_s"], 2)
        except Exception as error:  # report, don't hide: the plain number still stands
            row["static_compiled_error"] = f"{type(error).__name__}: {error}"[:500]
        out[label] = row
        del model
        torch.cuda.empty_cache()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description="Easel LLM speed")
    parser.add_argument("--tokens", type=int, default=48, help="new tokens per timed generate")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--cold", action="store_true", help="also time a cold start (GGUF conversion) in a temp cache")
    parser.add_argument("--all", action="store_true", help="also the variants that lose (int8 all linear, bf16)")
    parser.add_argument("--gpu", action="store_true", help="only the GPU section (random-weight Qwen2.5 shapes)")
    parser.add_argument("--gpu-tokens", type=int, default=128)
    parser.add_argument("--out", default=None)
    args = parser.parse_args()
    warnings.filterwarnings("ignore")
    if args.gpu:
        results = {"gpu": bench_gpu(args)}
        out = Path(args.out or "bench/results/llm-gpu.json")
    else:
        results = {"cpu": bench_cpu(args)}
        out = Path(args.out or "bench/results/llm-cpu.json")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2) + "\n")
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
