"""Load an LLM and chat once, streamed, with timings.

    HF_HUB_OFFLINE=1 .venv/bin/python -m chat.llm "a cat on a sofa" --spec embedded
"""
from __future__ import annotations

import argparse
import logging
import time

from chat.llm.loading import load_llm


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("message", nargs="?", default="Hi! Who are you?")
    parser.add_argument("--spec", default="auto")
    parser.add_argument("--offline", action="store_true")
    parser.add_argument("--device", default="auto")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)
    llm = load_llm(args.spec, offline=args.offline, device=args.device)
    print(f"{llm!r} loaded in {llm.load_seconds:.1f}s; {llm.notices}")
    started = time.perf_counter()
    for chunk in llm.chat_stream([{"role": "user", "content": args.message}], max_new_tokens=60):
        print(chunk, end="", flush=True)
    print(f"\n[{time.perf_counter() - started:.1f}s]")


if __name__ == "__main__":
    main()
