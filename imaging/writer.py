"""The background writer: PNG encoding, metadata and sidecar JSON off the critical path.

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest tests/test_imaging_writer.py -q

`Engine.run` returns its images as soon as they are decoded; their files are written here by a few threads per
process (PNG encoding releases the GIL: 2 threads wrote 16 random-noise 512-px PNGs in 0.22 s against 0.45 s for
one, and on an H200 eight users' batched sd-turbo pictures came at ~27/s, about what one thread encodes). The queue
is bounded (a caller that outruns the disk waits in `submit`: backpressure, not unbounded memory), the threads are
drained on shutdown (`atexit`, or `flush()` / `close()` explicitly), a job
submitted after `close()` runs in the caller's thread (nothing is dropped), and a failed job reports its error
through its Future (the engine puts it on the image: `ImageResult.save_error`).
"""
from __future__ import annotations

import atexit
import logging
import os
import queue
import threading
import time
from concurrent.futures import Future
from typing import Any, Callable, Optional

logger = logging.getLogger(__name__)

MAX_PENDING = 16  # queued jobs before submit() waits; a 512-px image is ~1 MB of pixels, so ~16 MB at most
# writer threads: half the cores, 1 to 4 (on a 2-core machine the other core draws; a GPU box has cores to spare)
WRITER_THREADS = max(1, min(4, (os.cpu_count() or 2) // 2))
_STOP = object()


class ImageWriter:
    """A bounded job queue served by `threads` daemon threads (started on the first job)."""

    def __init__(self, max_pending: int = MAX_PENDING, threads: int = WRITER_THREADS):
        if not isinstance(max_pending, int) or max_pending < 1:
            raise ValueError(f"max_pending={max_pending!r}: must be an integer >= 1")
        if not isinstance(threads, int) or not 1 <= threads <= 32:
            raise ValueError(f"threads={threads!r}: must be an integer from 1 to 32")
        self._queue: "queue.Queue" = queue.Queue(maxsize=max_pending)
        self._threads_wanted = threads
        self._threads: list[threading.Thread] = []
        self._state = threading.Condition()  # guards _closed, _threads, _pending; notified when a job finishes
        self._closed = False
        self._pending = 0  # jobs submitted to the thread and not finished yet

    def submit(self, fn: Callable[..., Any], *args: Any) -> Future:
        """Run fn(*args) in a writer thread; the Future holds its result or exception. Blocks while full."""
        future: Future = Future()
        with self._state:
            closed = self._closed
            if not closed:
                self._pending += 1
            if not closed and not self._threads:
                self._threads = [threading.Thread(target=self._serve, name=f"easel-image-writer-{i}", daemon=True)
                                 for i in range(self._threads_wanted)]
                for thread in self._threads:
                    thread.start()
        if closed:  # after close(): write now, in this thread, rather than lose the image
            _run(future, fn, args)
        else:
            self._queue.put((future, fn, args))
        return future

    def pending(self) -> int:
        """Jobs queued or running."""
        with self._state:
            return self._pending

    def flush(self, timeout: Optional[float] = None) -> bool:
        """Wait until every job submitted so far is done; False if `timeout` seconds passed first."""
        deadline = None if timeout is None else time.monotonic() + timeout
        with self._state:
            while self._pending:
                left = None if deadline is None else deadline - time.monotonic()
                if left is not None and left <= 0:
                    return False
                self._state.wait(left)
        return True

    def close(self, timeout: Optional[float] = None) -> bool:
        """Finish every queued job, then stop the threads. Later jobs run synchronously. Idempotent."""
        with self._state:
            self._closed, threads = True, [t for t in self._threads if t.is_alive()]
        if not threads:
            return True
        deadline = None if timeout is None else time.monotonic() + timeout
        for _ in threads:  # one stop marker each, after every queued job
            self._queue.put((None, _STOP, ()))
        for thread in threads:
            thread.join(None if deadline is None else max(0.0, deadline - time.monotonic()))
        if any(thread.is_alive() for thread in threads):
            return False
        self._drain()  # a job that raced past the stop markers is still written
        return True

    def _drain(self) -> None:
        while True:
            try:
                future, fn, args = self._queue.get_nowait()
            except queue.Empty:
                return
            if fn is not _STOP:
                self._finish(future, fn, args)

    def _serve(self) -> None:
        while True:
            future, fn, args = self._queue.get()
            if fn is _STOP:
                return
            self._finish(future, fn, args)

    def _finish(self, future: Future, fn: Callable[..., Any], args: tuple) -> None:
        _run(future, fn, args)
        with self._state:
            self._pending -= 1
            self._state.notify_all()


def _run(future: Future, fn: Callable[..., Any], args: tuple) -> None:
    if not future.set_running_or_notify_cancel():
        return
    try:
        future.set_result(fn(*args))
    except BaseException as err:  # reported on the Future (and so on the image), never lost in a thread
        logger.warning("background write failed: %s: %s", type(err).__name__, err)
        future.set_exception(err)


_DEFAULT: Optional[ImageWriter] = None
_DEFAULT_LOCK = threading.Lock()


def default_writer() -> ImageWriter:
    """The process-wide writer, drained at interpreter exit."""
    global _DEFAULT
    with _DEFAULT_LOCK:
        if _DEFAULT is None:
            _DEFAULT = ImageWriter()
            atexit.register(_DEFAULT.close)
        return _DEFAULT
