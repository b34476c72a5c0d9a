"""Coalescing: many threads queue work, one worker thread takes the oldest item and the compatible ones that arrive
within a short window, and runs them as one batch. The mechanism under imaging.batch.BatchingEngine (pictures) and
chat.llm.batching.BatchingLLM (LLM replies).

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest tests/test_imaging_batch.py tests/test_llm_batching.py -q

An item has `key` (equal keys may share a batch; None: a batch of its own), `count` (its share of `max_batch`),
`enqueued` (time.monotonic()), a writable `behind`, and `fail(error)` / `release()`, which the worker calls when the
batch raised / when the batch is over (every item, always). A lone user never waits for the window: it is waited only
once requests have queued behind a batch or shared one.
"""
from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from typing import Callable, Optional


@dataclass(frozen=True)
class BatchConfig:
    # how long the oldest request waits for compatible ones (seconds); with 0, requests that queued while the
    # previous call ran are still taken together
    window_s: float = 0.02
    max_batch: int = 8  # most units (images, rows) in one call (a request with more still runs, alone)
    # skip the window while requests come one at a time (the last call served one request, and this one arrived
    # with nothing running and nothing else queued): a lone user pays nothing; False always waits (tests)
    adaptive: bool = True

    def __post_init__(self):
        if not isinstance(self.window_s, (int, float)) or not 0 <= self.window_s <= 5:
            raise ValueError(f"window_s={self.window_s!r}: must be a number of seconds from 0 to 5")
        if not isinstance(self.max_batch, int) or not 1 <= self.max_batch <= 256:
            raise ValueError(f"max_batch={self.max_batch!r}: must be an integer from 1 to 256")


class Coalescer:
    """The queue, the window and the worker thread; `run(batch)` does the batch's work on the worker."""

    def __init__(self, config: BatchConfig, run: Callable[[list], None], *, name: str,
                 busy: Callable[[list], bool] = bool):
        self.config = config
        self._run = run
        self._busy = busy  # busy(running batch): a new item counts as queued behind it
        self._name = name
        self._queue: list = []
        self._running: list = []
        self._shared = False  # the last batch served more than one item: others are around, wait for them
        self._last_end = 0.0  # time.monotonic() when the worker last finished a batch
        self._cond = threading.Condition()
        self._closed = False
        self._worker: Optional[threading.Thread] = None
        self.windows_waited = 0  # times the oldest item waited for company (benchmarks, tests)

    def __len__(self) -> int:
        """Items queued, not yet taken by the worker."""
        with self._cond:
            return len(self._queue)

    @property
    def worker(self) -> Optional[threading.Thread]:
        return self._worker

    def submit(self, item) -> None:
        with self._cond:
            if self._closed:
                raise RuntimeError(f"the {self._name} is closed")
            item.behind = bool(self._queue) or self._busy(self._running)
            self._queue.append(item)
            if self._worker is None:
                self._worker = threading.Thread(target=self._work, name=f"easel-{self._name}", daemon=True)
                self._worker.start()
            self._cond.notify_all()

    def close(self, timeout: Optional[float] = None) -> None:
        """Finish what is queued, then stop the worker thread. Later submits raise RuntimeError."""
        with self._cond:
            self._closed = True
            self._cond.notify_all()
            worker = self._worker
        if worker is not None:
            worker.join(timeout)

    def _work(self) -> None:
        while True:
            batch = self._next_batch()
            if batch is None:
                return
            try:
                self._run(batch)
            except BaseException as err:  # never lose a caller: the error reaches every item of the batch
                for item in batch:
                    item.fail(err)
            finally:
                with self._cond:
                    self._last_end, self._running = time.monotonic(), []
                for item in batch:
                    item.release()

    def _next_batch(self) -> Optional[list]:
        """The oldest item and the compatible ones that arrive within the window (None once closed and drained)."""
        with self._cond:
            while not self._queue:
                if self._closed:
                    return None
                self._cond.wait()
            first = self._queue[0]
            alone = self.config.adaptive and not self._shared and len(self._queue) == 1 and not first.behind
            if first.key is not None and not alone:
                self.windows_waited += 1
                # from when the worker was free to take it: those the last batch just answered can join
                deadline = max(first.enqueued, self._last_end) + self.config.window_s
                while (not self._closed and self._units(first.key) < self.config.max_batch
                       and time.monotonic() < deadline):
                    self._cond.wait(max(0.0, deadline - time.monotonic()))
            batch, size = [], 0
            for item in list(self._queue):
                if not batch or (item.key == first.key and first.key is not None
                                 and size + item.count <= self.config.max_batch):
                    batch.append(item)
                    size += item.count
                    self._queue.remove(item)
            self._shared = len(batch) > 1
            self._running = batch
            return batch

    def _units(self, key) -> int:
        return sum(item.count for item in self._queue if item.key == key)
