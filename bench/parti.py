"""PartiPrompts as one-turn drawing requests: are they routed to `generate`, are the words kept, is detail added?

    HF_HUB_OFFLINE=1 .venv/bin/python -m bench.parti            # all 1,632 prompts, no LLM, no pixels
    HF_HUB_OFFLINE=1 .venv/bin/python -m bench.parti --second-turn  # with a picture already on screen

Each prompt is wrapped in one of several phrasings ("draw …", "can you make me a picture of …?", the bare prompt,
…) chosen with a fixed seed, replayed through `chat.replay` (the app's code path) with the no-pixel engine, and
scored:
- routed: the action is `generate`;
- kept: every content word of the original starts a word of the final prompt (score.py's rule), or, for a word the
  user excluded ("no X" / "without X"), of the negative prompt;
- detail: requests under 8 words get a prompt at least 4 words longer than the user's own words.
Writes bench/results/parti.json (figures + every failure).
"""
from __future__ import annotations

import argparse
import csv
import json
import random
import re
import sys
import time
from pathlib import Path

from chat.replay import replay
from chat.services import Services

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_TSV = ROOT.parent / "shared" / "eval" / "parti-prompts.tsv"
PHRASINGS = (
    "draw {p}",
    "can you make me a picture of {p}?",
    "{p}",
    "please paint {p}",
    "I want an image of {p}",
    "generate {p}",
    "show me {p}",
    "create an illustration of {p}",
    "could you draw {p} for me?",
    "I'd like to see {p}",
    "make {p}",
    "sketch {p} please",
)
# function words only: everything else in the original must survive
STOPWORDS = frozenset(
    "a an the of and or in on at to for with by from as into onto over under is are was were be been being it its "
    "this that these those some any very so too there here which who what while when where how all each other than "
    "then just also only but not no nor up down out off about above below between through during before after "
    "again once can will would should could do does did has have had s their his her them they he she one without "
    # request words, not content: "a picture of X" asks for X
    "picture image pic".split()
)


def norm(text: str) -> str:
    return re.sub(r"[-_]+", " ", (text or "").lower())


def has(text: str, word: str) -> bool:
    return re.search(r"\b" + re.escape(norm(word)), norm(text)) is not None


def content_words(prompt: str) -> list[str]:
    words = re.findall(r"\w+(?:'\w+)?", prompt)
    return [w for w in words if w.lower() not in STOPWORDS and not re.fullmatch(r"[a-z]", w.lower())]


def negated_words(prompt: str) -> set[str]:
    """Words the user excluded ("no X", "without X"): those belong in the negative prompt."""
    out: set[str] = set()
    for match in re.finditer(r"\b(?:no|without)\s+((?:[\w'-]+\s*){1,6})", prompt, re.I):
        out.update(w.lower() for w in re.findall(r"[\w'-]+", match.group(1)))
    return out


def load_prompts(path: Path) -> list[str]:
    with open(path, encoding="utf-8") as handle:
        return [row["Prompt"].strip() for row in csv.DictReader(handle, delimiter="\t") if row["Prompt"].strip()]


FIRST_TURN = "draw a cup of tea on a wooden table"  # --second-turn: a picture is already on screen


def make_conversations(prompts: list[str], seed: int, second_turn: bool = False) -> list[dict]:
    rng = random.Random(seed)
    conversations = []
    for index, prompt in enumerate(prompts):
        phrasing = rng.choice(PHRASINGS)
        text = phrasing.format(p=prompt)
        turns = ([{"text": FIRST_TURN}] if second_turn else []) + [{"text": text}]
        conversations.append({"id": f"parti-{index}", "prompt": prompt, "turns": turns})
    return conversations


def score(conversations: list[dict], rows: list[dict]) -> dict:
    by_id = {row["conversation"]: row for row in rows}  # the last turn of each conversation
    routed = kept = short = short_detail = 0
    failures = []
    for conv in conversations:
        row = by_id[conv["id"]]
        original, text = conv["prompt"], conv["turns"][-1]["text"]
        problems = []
        if row["action"] == "generate":
            routed += 1
        else:
            problems.append(f"action {row['action']}")
        prompt, negative = row.get("prompt") or "", row.get("negative_prompt") or ""
        excluded = negated_words(original)
        lost = [w for w in content_words(original)
                if not has(prompt, w) and not (w.lower() in excluded and has(negative, w))]
        if lost:
            problems.append(f"lost {lost}")
        else:
            kept += 1
        n_words = len(original.split())
        if n_words < 8:
            short += 1
            if len(prompt.split()) >= n_words + 4:
                short_detail += 1
            else:
                problems.append("no detail added")
        if problems:
            failures.append({"request": text, "prompt": prompt, "negative_prompt": negative,
                             "action": row["action"], "problems": problems})
    total = len(conversations)
    return {
        "prompts": total,
        "routed_to_generate": routed / total,
        "content_words_kept": kept / total,
        "short_requests": short,
        "short_gain_detail": short_detail / max(short, 1),
        "failures": failures,
    }


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--tsv", type=Path, default=DEFAULT_TSV)
    parser.add_argument("--sample", type=int, default=0, help="random subset of this size (0: all)")
    parser.add_argument("--seed", type=int, default=1234, help="fixes the sample and the phrasings")
    parser.add_argument("--image-model", default="sd-turbo", help="preset whose family and sizes the prompts target")
    parser.add_argument("--llm", default="none", help="'none' (rules only) or a chat.llm spec such as 'embedded'")
    parser.add_argument("--second-turn", action="store_true",
                        help="ask after a first picture is on screen (a new subject must still be a new picture)")
    parser.add_argument("--out", type=Path, default=None, help="default bench/results/parti[-second-turn].json")
    args = parser.parse_args(argv)

    prompts = load_prompts(args.tsv)
    if args.sample:
        prompts = random.Random(args.seed).sample(prompts, min(args.sample, len(prompts)))
    conversations = make_conversations(prompts, args.seed, args.second_turn)
    if args.out is None:
        args.out = ROOT / "bench" / "results" / ("parti-second-turn.json" if args.second_turn else "parti.json")

    from chat.nopixels import NoPixelEngine

    llm = None
    if args.llm != "none":
        from chat.llm import load_llm

        llm = load_llm(args.llm, offline=True)
    services = Services(llm=llm, engine=NoPixelEngine(args.image_model))
    start = time.perf_counter()
    rows = list(replay(conversations, services, base_dir=args.tsv.parent, rng_seed=args.seed))
    elapsed = time.perf_counter() - start
    result = score(conversations, rows)
    result.update({"second_turn": args.second_turn, "seed": args.seed, "image_model": args.image_model, "llm": args.llm,
                   "seconds": round(elapsed, 2), "ms_per_request": round(1000 * elapsed / len(rows), 2)})
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n")
    print(f"{result['prompts']} prompts in {elapsed:.1f}s ({result['ms_per_request']} ms each)")
    print(f"routed to generate  {result['routed_to_generate']:.4f}")
    print(f"content words kept  {result['content_words_kept']:.4f}")
    print(f"short gain detail   {result['short_gain_detail']:.4f} of {result['short_requests']} short requests")
    for failure in result["failures"][:25]:
        print(f"FAIL {failure['request']!r}: {'; '.join(failure['problems'])}\n     -> {failure['prompt']!r}")
    print(f"{len(result['failures'])} failures -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
