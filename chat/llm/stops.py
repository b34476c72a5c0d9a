"""Stop strings: cut a finished text at the first one, or filter a stream of chunks so none is ever shown.

    .venv/bin/python -c "from chat.llm.stops import until_stop; print(list(until_stop(['Hi', '\nUs', 'er: x'], ['\nUser:'])))"
"""
from __future__ import annotations

from typing import Iterable, Iterator, Sequence


def cut_at_stop(text: str, stop: Sequence[str]) -> tuple[str, bool]:
    """Cut ``text`` at the earliest stop string; returns (text before it, whether one was found)."""
    positions = [text.find(s) for s in stop if s]
    positions = [p for p in positions if p >= 0]
    if not positions:
        return text, False
    return text[: min(positions)], True


class StopStringStream:
    """Filters streamed text chunks: holds back what might be the start of a stop string and ends at one."""

    def __init__(self, stop: Sequence[str]):
        self.stop = tuple(s for s in stop if s)
        self.pending = ""
        self.stopped = False

    def feed(self, chunk: str) -> str:
        if self.stopped:
            return ""
        self.pending += chunk
        text, found = cut_at_stop(self.pending, self.stop)
        if found:
            self.stopped = True
            self.pending = ""
            return text
        keep = self._possible_stop_prefix(self.pending)
        emit, self.pending = self.pending[: len(self.pending) - keep], self.pending[len(self.pending) - keep :]
        return emit

    def finish(self) -> str:
        rest, self.pending = self.pending, ""
        return "" if self.stopped else rest

    def _possible_stop_prefix(self, text: str) -> int:
        """Length of the longest suffix of ``text`` that is a proper prefix of some stop string."""
        best = 0
        for s in self.stop:
            for n in range(min(len(s) - 1, len(text)), best, -1):
                if text.endswith(s[:n]):
                    best = n
                    break
        return best


def until_stop(pieces: Iterable[str], stop: Sequence[str]) -> Iterator[str]:
    """The one stop-string loop: yield the text of ``pieces`` up to the first stop string, never part of one.

    Stops reading ``pieces`` as soon as a stop string is seen (the producer can then be told to end).
    """
    text_filter = StopStringStream(stop)
    for piece in pieces:
        out = text_filter.feed(piece)
        if out:
            yield out
        if text_filter.stopped:
            return
    tail = text_filter.finish()
    if tail:
        yield tail
