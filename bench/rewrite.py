"""Prompt detail on PartiPrompts: does the added detail fit its own subject, does it vary, are the user's words kept?

    HF_HUB_OFFLINE=1 .venv/bin/python -m bench.rewrite                      # the rules' writer, 200 prompts
    HF_HUB_OFFLINE=1 .venv/bin/python -m bench.rewrite --llm embedded --sample 40   # the embedded LLM writer

A seeded sample of PartiPrompts (../shared/eval/parti-prompts.tsv) is parsed as drawing requests (`parse_request`)
and written into prompts (`render_prompt` for the rules; `chat.writer.write_prompt` with an LLM). The additions are
what the prompt holds after the user's own words. Scored:
- fit: the MiniLM embedding of the additions is closer to its own request than to the mean of the other requests
  (over requests that got additions; `no_additions` counts those that got none, e.g. a long request at the budget);
- overlap: mean pairwise Jaccard overlap of the added content words (lower: detail varies with the subject);
- kept: every content word of the request is in the prompt (bench/parti.py's rule); and the same counting an obvious
  typo fixed in the prompt ("surounding" -> "surrounding") as kept;
- with an LLM: latency p50/p95 of the whole write and of the first streamed words, and how often the rules' version
  was used instead (time budget, filter).
Writes bench/results/rewrite-<cpu|llm>.json (figures + a few examples). Timings on a shared machine are noisy.
"""
from __future__ import annotations

import argparse
import itertools
import json
import random
import re
import statistics
import sys
import time
from pathlib import Path

import numpy as np

from bench.parti import DEFAULT_TSV, STOPWORDS, content_words, has, load_prompts, negated_words
from chat.words.request import parse_request
from chat.words.scene import render_negative, render_prompt
from chat.words.typos import fix_prompt_typos

ROOT = Path(__file__).resolve().parents[1]


def additions_of(prompt: str, base: str) -> str:
    """What the writer added after the user's words (``base``: the prompt with rewriting off)."""
    if prompt.startswith(base):
        return prompt[len(base):].lstrip(" ,.;")
    base_words = {w.lower() for w in re.findall(r"\w+", base)}
    return " ".join(w for w in re.findall(r"[\w'-]+", prompt) if w.lower() not in base_words)


def added_words(additions: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[a-zA-Z]+", additions) if w.lower() not in STOPWORDS and len(w) > 1}


def fit_rate(requests: list[str], additions: list[str]) -> tuple[float, int]:
    """Share of additions closer to their own request than to the mean other request; and how many had none."""
    from chat.words.embeddings import get_index

    model = get_index().model
    idx = [i for i, a in enumerate(additions) if a.strip()]
    req = model.encode(requests, batch_size=64, normalize_embeddings=True, convert_to_numpy=True)
    add = model.encode([additions[i] for i in idx], batch_size=64, normalize_embeddings=True, convert_to_numpy=True)
    sims = add @ req.T  # (with additions, all requests)
    fits = 0
    for row, i in enumerate(idx):
        others = np.delete(sims[row], i)
        fits += int(sims[row, i] > others.mean())
    return fits / max(len(idx), 1), len(requests) - len(idx)


def mean_jaccard(sets: list[set[str]]) -> float:
    pairs = [(a, b) for a, b in itertools.combinations(sets, 2) if a or b]
    return statistics.fmean(len(a & b) / len(a | b) for a, b in pairs) if pairs else 0.0


def write_rules(text: str, family: str, token_limit: int) -> dict:
    scene = parse_request(text).scene
    return {"prompt": render_prompt(scene, family, token_limit=token_limit), "negative": render_negative(scene),
            "base": render_prompt(scene, family, enrich=False), "source": "rules"}


def write_llm(text: str, llm, family: str, token_limit: int, budget_s: float) -> dict:
    from chat.writer import WriterConfig, write_prompt

    scene = parse_request(text).scene
    first: list[float] = []
    start = time.perf_counter()
    written = write_prompt(text, scene, llm, budget_s=budget_s, family=family, token_limit=token_limit,
                           config=WriterConfig(base_models=True),  # measure the model even where the app skips it
                           on_text=lambda _t: first.append(time.perf_counter() - start) if not first else None)
    return {"prompt": written.prompt, "negative": render_negative(scene), "base": render_prompt(scene, family, enrich=False), "source": written.source,
            "reason": written.reason, "seconds": time.perf_counter() - start, "first_s": first[0] if first else None}


def percentile(values: list[float], q: float) -> float | None:
    return round(float(np.percentile(values, q)), 3) if values else None


def kept_all(request: str, row: dict, typos_ok: bool = False) -> bool:
    """Every content word is in the prompt, or (a word the user excluded) in the negative prompt; with ``typos_ok``
    an obvious typo ("surounding") counts as kept when its fix is there."""
    excluded = negated_words(request)
    return all(has(row["prompt"], w) or (w.lower() in excluded and has(row["negative"], w))
               or (typos_ok and has(row["prompt"], fix_prompt_typos(w)[0])) for w in content_words(request))


def score(prompts: list[str], rows: list[dict]) -> dict:
    additions = [additions_of(r["prompt"], r["base"]) for r in rows]
    fit, none = fit_rate(prompts, additions)
    kept = sum(kept_all(p, r) for p, r in zip(prompts, rows))
    result = {"prompts": len(prompts), "fit_own_subject": round(fit, 4), "no_additions": none,
              "mean_pairwise_jaccard": round(mean_jaccard([added_words(a) for a in additions]), 4),
              "content_words_kept": round(kept / len(prompts), 4),
              "content_words_kept_or_typo_fixed": round(
                  sum(kept_all(p, r, typos_ok=True) for p, r in zip(prompts, rows)) / len(prompts), 4),
              "examples": [{"request": p, "prompt": r["prompt"], "source": r["source"]}
                           for p, r in list(zip(prompts, rows))[:12]],
              "lost": [{"request": p, "prompt": r["prompt"]} for p, r in zip(prompts, rows)
                       if not kept_all(p, r)][:20]}
    seconds = [r["seconds"] for r in rows if "seconds" in r]
    if seconds:
        firsts = [r["first_s"] for r in rows if r.get("first_s") is not None]
        result.update({"latency_p50_s": percentile(seconds, 50), "latency_p95_s": percentile(seconds, 95),
                       "first_words_p50_s": percentile(firsts, 50), "first_words_p95_s": percentile(firsts, 95),
                       "llm_used": sum(r["source"] == "llm" for r in rows) / len(rows),
                       "fallback_reasons": sorted({r.get("reason", "") for r in rows if r["source"] != "llm"})[:10]})
    return result


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--tsv", type=Path, default=DEFAULT_TSV)
    parser.add_argument("--sample", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1234, help="fixes the sample")
    parser.add_argument("--family", default="sd", help="model family the prompt targets (sd, sdxl, flux)")
    parser.add_argument("--token-limit", type=int, default=77)
    parser.add_argument("--llm", default="none", help="'none' (the rules' writer) or a chat.llm spec ('embedded')")
    parser.add_argument("--budget-s", type=float, default=4.0, help="the LLM writer's time budget")
    parser.add_argument("--label", default="", help="added to the result name: rewrite-<cpu|llm>[-label].json")
    args = parser.parse_args(argv)

    prompts = load_prompts(args.tsv)
    prompts = random.Random(args.seed).sample(prompts, min(args.sample, len(prompts)))
    if args.llm == "none":
        rows = [write_rules(p, args.family, args.token_limit) for p in prompts]
    else:
        from chat.llm import load_llm

        llm = load_llm(args.llm, offline=True)
        rows = [write_llm(p, llm, args.family, args.token_limit, args.budget_s) for p in prompts]
    result = score(prompts, rows)
    result.update({"seed": args.seed, "family": args.family, "token_limit": args.token_limit, "llm": args.llm})
    name = "rewrite-" + ("cpu" if args.llm == "none" else "llm") + (f"-{args.label}" if args.label else "")
    out = ROOT / "bench" / "results" / f"{name}.json"
    out.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n")
    for key in ("prompts", "fit_own_subject", "no_additions", "mean_pairwise_jaccard", "content_words_kept",
                "content_words_kept_or_typo_fixed",
                "latency_p50_s", "latency_p95_s", "first_words_p50_s", "llm_used"):
        if key in result:
            print(f"{key:24} {result[key]}")
    print(f"-> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
