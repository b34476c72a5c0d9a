"""Test fakes: a scripted chat LLM (no torch model), satisfying ``chat.seams.ChatLLM``.

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest tests/test_llm.py -q -m "not slow"
"""
from __future__ import annotations

import threading
from typing import Callable, Iterator, Optional, Sequence

from chat.llm.prompts import BASE_CHAT_STOP, check_max_new_tokens, check_messages, check_prompt
from chat.llm.stops import cut_at_stop, until_stop


class ScriptedLLM:
    """Deterministic fake for tests: answers from a queue or a function of the prompt; no torch model.

    ``responses`` is consumed in order by both ``complete`` and ``chat_stream``; when it is empty, ``default`` answers
    (a string, or a function of the prompt text / the last user message). Stop strings and ``stop_event`` behave as in
    the real LLM. Every call is recorded in ``calls`` as (method, prompt-or-messages).
    """

    def __init__(self, responses: Sequence[str] = (), *, default: str | Callable[[str], str] = "",
                 is_instruct: bool = True, name: str = "scripted", chunk_words: int = 1):
        self.name = name
        self.is_instruct = is_instruct
        self.device = "cpu"
        self.notices: list[str] = []
        self.load_seconds = 0.0
        self.responses = list(responses)
        self.default = default
        self.chunk_words = chunk_words
        self.calls: list[tuple[str, object]] = []

    def _answer(self, text: str) -> str:
        if self.responses:
            return self.responses.pop(0)
        return self.default(text) if callable(self.default) else self.default

    def complete(self, prompt: str, *, max_new_tokens: int = 48, stop: Sequence[str] = ("\n",)) -> str:
        check_prompt(prompt, max_new_tokens, stop)
        self.calls.append(("complete", prompt))
        return cut_at_stop(self._answer(prompt), stop)[0]

    def chat_stream(self, messages: list[dict], *, max_new_tokens: int = 200,
                    stop_event: Optional[threading.Event] = None) -> Iterator[str]:
        check_messages(messages)
        check_max_new_tokens(max_new_tokens)
        self.calls.append(("chat_stream", [dict(m) for m in messages]))
        answer = self._answer(messages[-1]["content"])
        stop = () if self.is_instruct else BASE_CHAT_STOP
        return until_stop(self._pieces(answer, stop_event), stop)

    def chat(self, messages: list[dict], **kwargs) -> str:
        return "".join(self.chat_stream(messages, **kwargs)).strip()

    def _pieces(self, answer: str, stop_event: Optional[threading.Event]) -> Iterator[str]:
        words = answer.split(" ")
        for i in range(0, len(words), self.chunk_words):
            if stop_event is not None and stop_event.is_set():
                return
            yield " ".join(words[i : i + self.chunk_words]) + (" " if i + self.chunk_words < len(words) else "")

    def count_tokens(self, text: str) -> int:
        return len(text.split())
