"""Load an LLM and chat once, streamed, with timings.

    HF_HUB_OFFLINE=1 .venv/bin/python -m chat.llm "a cat on a sofa" --spec embedded
    .venv/bin/python -m chat.llm "a cat on a sofa" --spec openai:llama3.2 --base-url http://localhost:11434/v1
"""
from __future__ import annotations

import argparse
import logging
import time

from chat.llm.loading import load_llm
from chat.llm.model import LLMConfig


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("message", nargs="?", default="Hi! Who are you?")
    parser.add_argument("--spec", default="auto")
    parser.add_argument("--offline", action="store_true")
    parser.add_argument("--device", default="auto")
    parser.add_argument("--base-url", default=None, help="OpenAI-compatible server (with --spec openai:MODEL)")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)
    llm = load_llm(config=LLMConfig(spec=args.spec, offline=args.offline, device=args.device, base_url=args.base_url))
    print(f"{llm!r} loaded in {llm.load_seconds:.1f}s; {llm.notices}")
    started = time.perf_counter()
    for chunk in llm.chat_stream([{"role": "user", "content": args.message}], max_new_tokens=60):
        print(chunk, end="", flush=True)
    print(f"\n[{time.perf_counter() - started:.1f}s]")


if __name__ == "__main__":
    main()
