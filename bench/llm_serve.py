"""Many people, one GPU (the LLM side): N sessions' LLM calls through one LLM, one at a time vs BatchingLLM.

    HF_HUB_OFFLINE=1 .venv/bin/python -m bench.llm_serve                     # CPU, tiny random Qwen2, < 2 min
    HF_HUB_OFFLINE=1 .venv/bin/python -m bench.llm_serve --device cuda       # Qwen2.5-1.5B shape, random bf16

Writes bench/results/llm-serve-<device>.json (`cpu`, or the GPU's name: llm-serve-nvidia-h100-80gb-hbm3.json;
`-dynamic` / `-static` added with --cache other than auto).
The model is a Qwen2 built from a config with random weights (`--device cuda`: the Qwen2.5-1.5B shape of
bench/llm.py QWEN_SHAPES, bfloat16, vocabulary 151936, static KV cache as chat.llm.LLM uses on CUDA; CPU: a tiny
float32 shape) and a word-level tokenizer built in memory ("w3 w17 ..."), so nothing is downloaded. Every call is a
`--prompt-tokens` random prompt and `--new-tokens` greedy tokens with min_new_tokens equal, so every row is as long.
In one process, on one model, after a warm-up, each mode after the other (in this order):
- `lone`: 1 session, today's path (model.generate one call at a time, in one thread): the lone user's call.
- `batched`: `--users` sessions, each `--calls` calls back to back, through BatchingLLM (`--window-ms`, max batch =
  users).
- `one_at_a_time`: the same sessions on today's path (served in turn, first come first served).
- `lone_batched`: 1 session through BatchingLLM (what batching costs a lone user: the window is skipped).
Reported per mode: p50/p95 of a call (call to last text chunk), throughput (generated tokens/s, first release to
last return) and the batch sizes made; `throughput_ratio` = batched / one_at_a_time throughput, `p95_ratio` =
batched p95 / the lone user's median call; `warmup_agreement`: how many batched rows of the warm-up equal the same
prompt alone (exact in float32; bfloat16 kernels round differently in a batch, so random weights may drift after a
near-tie). Today's path here has no streamer or stop-string check (a little faster than LLM.chat_stream), so the
ratios are conservative. The JSON is written after the warm-up and after every mode; a mode that fails records its
error and the others still run; `--timeout` skips modes that would start after it (seconds).
On CUDA the static cache makes transformers torch.compile the decoding step on first use (and once more for a second
batch size): the warm-up (a call alone, a batch of `--users`, a batch of 2) pays that before any timing, and
`warmup_s` says how long it took (allow a few minutes); `--cache dynamic` has no compile (about a minute in all).
Timings on a shared CPU are noisy; they never gate tests.
"""
from __future__ import annotations

import argparse
import json
import platform
import random
import re
import statistics
import sys
import threading
import time
from pathlib import Path

from bench.llm import QWEN_SHAPES
from chat.llm.batching import BatchingLLM

RESULTS = Path(__file__).resolve().parent / "results"
SHAPES = {
    "cuda": dict(vocab_size=151936, **QWEN_SHAPES["qwen2.5-1.5b-size"]),
    "cpu": dict(vocab_size=8192, hidden_size=256, intermediate_size=768, num_hidden_layers=4, num_attention_heads=4,
                num_key_value_heads=2),
}
EOS = 1


def _say(text: str) -> None:
    print(f"[llm_serve {time.strftime('%H:%M:%S')}] {text}", flush=True)


def word_tokenizer(vocab_size: int):
    """Word-level tokenizer built in memory: "<pad>" 0, "<eos>" 1, "<unk>" 2, then "w3" ... (one token a word)."""
    from tokenizers import Tokenizer, models, pre_tokenizers
    from transformers import PreTrainedTokenizerFast

    vocab = {"<pad>": 0, "<eos>": EOS, "<unk>": 2, **{f"w{i}": i for i in range(3, vocab_size)}}
    tokenizer = Tokenizer(models.WordLevel(vocab, unk_token="<unk>"))
    tokenizer.pre_tokenizer = pre_tokenizers.WhitespaceSplit()
    return PreTrainedTokenizerFast(tokenizer_object=tokenizer, pad_token="<pad>", eos_token="<eos>",
                                   unk_token="<unk>")


def build_llm(device: str, cache: str = "auto"):
    """A chat.llm.LLM around a random-weight Qwen2 of the device's shape; ``cache``: "auto" (as the app: static on
    CUDA), "static" or "dynamic"."""
    import torch
    from transformers import AutoModelForCausalLM, Qwen2Config

    from chat.llm.model import LLM, LLMConfig

    shape = SHAPES[device]
    config = Qwen2Config(max_position_embeddings=4096, tie_word_embeddings=True, rope_theta=1000000.0,
                         eos_token_id=EOS, pad_token_id=0, bos_token_id=None, **shape)
    torch.manual_seed(0)
    dtype = torch.bfloat16 if device == "cuda" else torch.float32
    with torch.device(device):
        model = AutoModelForCausalLM.from_config(config, dtype=dtype).eval()
    static = {"auto": None, "static": True, "dynamic": False}[cache]
    return LLM(model, word_tokenizer(config.vocab_size), name=f"random-qwen2-{device}", is_instruct=False,
               device=device, config=LLMConfig(static_cache=static))


class Calls:
    """The two ways a session's call reaches the model; each returns the generated text."""

    def __init__(self, llm, batcher: BatchingLLM, new_tokens: int):
        from concurrent.futures import ThreadPoolExecutor

        self.llm, self.batcher, self.new_tokens = llm, batcher, new_tokens
        # one thread runs today's generate calls, one after another (as the LLM's lock does, but first come first
        # served): CUDA graphs recorded by the compiled step belong to a thread, and BatchingLLM has one worker
        self.model_thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="today")

    def today(self, ids: list[int]) -> str:
        """As LLM.complete: one model.generate at a time."""
        return self.model_thread.submit(self._generate, ids).result()

    def _generate(self, ids: list[int]) -> str:
        import torch

        kwargs = self.llm._generation_kwargs(self.new_tokens, [])
        kwargs["generation_config"].min_new_tokens = self.new_tokens
        input_ids = torch.tensor([ids], device=self.llm.device)
        with self.llm._lock, torch.inference_mode():
            out = self.llm.model.generate(input_ids=input_ids, attention_mask=torch.ones_like(input_ids), **kwargs)
        return self.llm.tokenizer.decode(out[0, len(ids):], skip_special_tokens=True)

    def batched(self, ids: list[int]) -> str:
        return "".join(self.batcher.generate(ids, max_new_tokens=self.new_tokens, min_new_tokens=self.new_tokens))


def run_sessions(call, prompts: list[list[list[int]]], new_tokens: int) -> dict:
    """Each session (a list of prompts) in its own thread, released together, calls back to back."""
    seconds: list[float] = []
    errors: list[str] = []
    gate = threading.Barrier(len(prompts) + 1)

    def session(mine: list[list[int]]) -> None:
        gate.wait()
        for ids in mine:
            started = time.perf_counter()
            try:
                call(ids)
            except Exception as error:  # counted and reported, the others go on
                errors.append(f"{type(error).__name__}: {error}"[:300])
                continue
            seconds.append(time.perf_counter() - started)

    threads = [threading.Thread(target=session, args=(mine,), daemon=True) for mine in prompts]
    for t in threads:
        t.start()
    gate.wait()
    started = time.perf_counter()
    for t in threads:
        t.join()
    wall = time.perf_counter() - started
    if not seconds:
        raise RuntimeError(f"every call failed: {errors[:3]}")
    ordered = sorted(seconds)
    return {"calls": len(seconds), "errors": errors[:5], "wall_s": round(wall, 3),
            "tokens_per_s": round(len(seconds) * new_tokens / wall, 2),
            "p50_s": round(statistics.median(ordered), 4),
            "p95_s": round(ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))], 4)}


def device_label(device: str) -> str:
    if device != "cuda":
        return "cpu"
    import torch

    return re.sub(r"[^a-z0-9]+", "-", torch.cuda.get_device_name(0).lower()).strip("-")


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--device", choices=["cpu", "cuda"], default="cpu")
    parser.add_argument("--users", type=int, default=None, help="sessions (default 8 on cuda, 4 on cpu)")
    parser.add_argument("--calls", type=int, default=None, help="calls per session (default 2 on cuda, 3 on cpu)")
    parser.add_argument("--prompt-tokens", type=int, default=200)
    parser.add_argument("--new-tokens", type=int, default=60)
    parser.add_argument("--window-ms", type=float, default=15.0)
    parser.add_argument("--cache", choices=["auto", "static", "dynamic"], default="auto",
                        help="KV cache: auto is the app's (static on CUDA, which transformers compiles on first use: "
                             "the warm-up pays it), dynamic (no compile, quicker start)")
    parser.add_argument("--timeout", type=float, default=None,
                        help="no mode starts after this many seconds (default: every mode runs)")
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args(argv)
    args.users = args.users or (8 if args.device == "cuda" else 4)
    args.calls = args.calls or (2 if args.device == "cuda" else 3)
    if args.users < 1 or args.calls < 1 or args.prompt_tokens < 1 or args.new_tokens < 1:
        parser.error("--users, --calls, --prompt-tokens and --new-tokens must be at least 1")
    return args


def main(argv=None) -> dict:
    args = parse_args(argv)
    began = time.perf_counter()
    llm = build_llm(args.device, args.cache)
    label = device_label(args.device)
    suffix = "" if args.cache == "auto" else f"-{args.cache}"
    out_path = args.out or RESULTS / f"llm-serve-{label}{suffix}.json"
    batcher = BatchingLLM(llm, window_s=args.window_ms / 1000, max_batch=args.users)
    calls = Calls(llm, batcher, args.new_tokens)
    rng = random.Random(0)
    vocab = llm.model.config.vocab_size
    prompt = lambda: [rng.randrange(3, vocab) for _ in range(args.prompt_tokens)]  # noqa: E731
    result: dict = {"device": label, "users": args.users, "calls_per_user": args.calls,
                    "prompt_tokens": args.prompt_tokens, "new_tokens": args.new_tokens,
                    "window_ms": args.window_ms, "model": llm.name, "shape": dict(llm.model.config.to_diff_dict()),
                    "dtype": str(llm.model.dtype), "static_cache": llm.uses_static_cache(), "cache": args.cache,
                    "torch": __import__("torch").__version__, "python": platform.python_version(),
                    "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "modes": {}}
    result["shape"] = {k: v for k, v in result["shape"].items() if isinstance(v, (int, float, str, bool))}

    def save() -> None:
        out_path.parent.mkdir(parents=True, exist_ok=True)
        out_path.write_text(json.dumps(result, indent=2) + "\n")

    _say(f"{llm.name} built in {time.perf_counter() - began:.1f}s; warming up (static cache: "
         f"{llm.uses_static_cache()}, compiled by transformers on CUDA: minutes at worst)")
    started = time.perf_counter()
    try:
        result["warmup_agreement"] = warm_up(calls, [prompt() for _ in range(args.users)])
        run_sessions(calls.batched, [[prompt()] for _ in range(min(2, args.users))], args.new_tokens)  # 2 rows
    except Exception as error:  # recorded; the modes still run (and say whether they can)
        result["warmup_error"] = f"{type(error).__name__}: {error}"[:500]
    result["warmup_s"] = round(time.perf_counter() - started, 1)
    _say(f"warm-up {result['warmup_s']}s: {result.get('warmup_agreement') or result.get('warmup_error')}")
    save()
    plan = [("lone", calls.today, 1), ("batched", calls.batched, args.users),  # the ratios' modes first
            ("one_at_a_time", calls.today, args.users), ("lone_batched", calls.batched, 1)]
    for name, call, users in plan:
        if args.timeout is not None and time.perf_counter() - began > args.timeout:
            result["modes"][name] = {"skipped": f"--timeout {args.timeout}s reached"}
            continue
        batcher.calls.clear()
        _say(f"{name}: {users} session(s) x {args.calls} calls ...")
        try:
            row = run_sessions(call, [[prompt() for _ in range(args.calls)] for _ in range(users)], args.new_tokens)
            if call == calls.batched:
                row["batch_sizes"] = list(batcher.calls)
        except Exception as error:  # recorded; the other modes still run
            row = {"error": f"{type(error).__name__}: {error}"[:500]}
        result["modes"][name] = row
        _say(f"{name}: {row}")
        summarise(result)
        save()
    batcher.close(5)
    calls.model_thread.shutdown(wait=False)
    result["total_s"] = round(time.perf_counter() - began, 1)
    save()
    _say(f"wrote {out_path}: throughput_ratio={result.get('throughput_ratio')} p95_ratio={result.get('p95_ratio')}")
    return result


def warm_up(calls: Calls, prompts: list[list[int]]) -> dict:
    """One batch of every prompt and (up to 4) prompts alone (today's path); how far batched rows match alone (the
    same words: one token a word). Exact in float32 (tests/test_llm_batching.py); in bfloat16 a batch's kernels
    round differently, so a random-weight row may drift after a near-tie."""
    texts: list = [None] * len(prompts)

    def one(i: int) -> None:
        texts[i] = calls.batched(prompts[i])

    threads = [threading.Thread(target=one, args=(i,), daemon=True) for i in range(len(prompts))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    alone = [calls.today(ids) for ids in prompts[:4]]  # 4 at most: each costs a whole call
    same = []
    for batched, single in zip(texts, alone):
        a, b = (batched or "").split(), single.split()
        same.append(next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b))))
    return {"rows": len(prompts), "rows_checked": len(alone), "batch_sizes": list(calls.batcher.calls),
            "rows_equal_alone": sum(t == a for t, a in zip(texts, alone)),
            "tokens_equal_before_first_difference": same}


def summarise(result: dict) -> None:
    modes = result["modes"]
    batched, today, lone = (modes.get(k, {}) for k in ("batched", "one_at_a_time", "lone"))
    if "tokens_per_s" in batched and "tokens_per_s" in today:
        result["throughput_ratio"] = round(batched["tokens_per_s"] / today["tokens_per_s"], 2)
    if "p95_s" in batched and "p50_s" in lone:
        result["p95_ratio"] = round(batched["p95_s"] / lone["p50_s"], 2)
    for key in ("p50_s", "p95_s"):
        result[key] = {name: mode[key] for name, mode in modes.items() if key in mode}


if __name__ == "__main__":
    sys.exit(0 if main() else 1)
