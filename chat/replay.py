"""Replay scripted conversations through the app's code path and write one JSON line per turn.

    HF_HUB_OFFLINE=1 .venv/bin/python -m chat.replay ../shared/eval/conversations-dev.jsonl \
        --out /tmp/dev.jsonl --no-images --llm embedded
    python ../shared/eval/score.py ../shared/eval/conversations-dev.jsonl /tmp/dev.jsonl

Each conversation runs in a fresh `Conversation` (the class the app uses), turns in order. `files` in a turn are
paths relative to the conversations file. `--no-images` makes every decision with the no-pixel engine (image paths
are null). The contract is ../shared/eval/README.md.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Iterable, Optional

from chat.conversation import ChatSettings, Conversation
from chat.options import add_app_arguments, options_from_args
from chat.services import Services, build_services
from chat.types import TurnResult


def turn_row(conversation_id: str, turn: int, result: TurnResult) -> dict:
    """The replay line of one turn (fields of ../shared/eval/README.md, plus `error` and `notes`)."""
    return {
        "conversation": conversation_id,
        "turn": turn,
        "action": result.action.value,
        "prompt": result.prompt,
        "negative_prompt": result.negative_prompt,
        "source": result.source,
        "images": [{"id": r.id, "seed": r.seed, "width": r.width, "height": r.height, "steps": r.steps,
                    "path": r.path} for r in result.images],
        "reply": result.reply,
        "method": result.method,
        "error": result.error,
        "notes": list(result.notes),  # who made the plan, and why an LLM plan was not used
    }


def read_conversations(path: Path) -> list[dict]:
    conversations = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            data = json.loads(line)
            if not isinstance(data.get("id"), str) or not isinstance(data.get("turns"), list):
                raise ValueError(f"{path}:{number}: a conversation needs an 'id' string and a 'turns' list")
            conversations.append(data)
    return conversations


def replay(conversations: Iterable[dict], services: Services, *, base_dir: Path, rng_seed: Optional[int] = 0,
           settings: Optional[ChatSettings] = None) -> Iterable[dict]:
    """Yield the replay line of every turn of every conversation (fresh session per conversation)."""
    for index, conversation in enumerate(conversations):
        session_settings = ChatSettings(**(settings.to_dict() if settings else {}))
        if rng_seed is not None:
            session_settings.rng_seed = rng_seed + index
        session = Conversation(services, session_settings)
        for number, turn in enumerate(conversation["turns"], start=1):
            files = [str((base_dir / f).resolve()) for f in turn.get("files", [])]
            result = session.respond(turn.get("text", ""), files)
            yield turn_row(conversation["id"], number, result)


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("conversations", type=Path, help="JSONL file, one conversation a line")
    parser.add_argument("--out", type=Path, required=True, help="JSONL file to write, one line per turn")
    parser.add_argument("--images-dir", default=None, help="where images are saved (default: --outputs)")
    parser.add_argument("--seed", type=int, default=0, help="seeds the sessions' seed pickers (reproducible runs)")
    add_app_arguments(parser)
    args = parser.parse_args(argv)
    options = options_from_args(args)
    if args.images_dir:
        options.outputs = args.images_dir
    conversations = read_conversations(args.conversations)
    start = time.perf_counter()
    services = build_services(options)
    for notice in services.notices:
        print(f"notice: {notice}", file=sys.stderr)
    print(f"loaded in {time.perf_counter() - start:.1f}s: llm={getattr(services.llm, 'name', None)} "
          f"engine={services.engine.model_name}", file=sys.stderr)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    turns = 0
    with open(args.out, "w", encoding="utf-8") as out:
        for row in replay(conversations, services, base_dir=args.conversations.parent, rng_seed=args.seed):
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
            out.flush()
            turns += 1
    print(f"{turns} turns from {len(conversations)} conversations in {time.perf_counter() - start:.1f}s "
          f"-> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
