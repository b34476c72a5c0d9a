"""The background writer: PNG encoding, metadata and sidecar JSON off the critical path.

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest tests/test_imaging_writer.py -q

`Engine.run` returns its images as soon as they are decoded; their files are written here, one job at a time, by
one thread per process. The queue is bounded (a caller that outruns the disk waits in `submit`: backpressure, not
unbounded memory), the thread is drained on shutdown (`atexit`, or `flush()` / `close()` explicitly), a job
submitted after `close()` runs in the caller's thread (nothing is dropped), and a failed job reports its error
through its Future (the engine puts it on the image: `ImageResult.save_error`).
"""
from __future__ import annotations

import atexit
import logging
import queue
import threading
import time
from concurrent.futures import Future
from typing import Any, Callable, Optional

logger = logging.getLogger(__name__)

MAX_PENDING = 16  # queued jobs before submit() waits; a 512-px image is ~1 MB of pixels, so ~16 MB at most
_STOP = object()


class ImageWriter:
    """A bounded job queue served by one daemon thread (started on the first job)."""

    def __init__(self, max_pending: int = MAX_PENDING):
        if not isinstance(max_pending, int) or max_pending < 1:
            raise ValueError(f"max_pending={max_pending!r}: must be an integer >= 1")
        self._queue: "queue.Queue" = queue.Queue(maxsize=max_pending)
        self._thread: Optional[threading.Thread] = None
        self._state = threading.Condition()  # guards _closed, _thread, _pending; notified when a job finishes
        self._closed = False
        self._pending = 0  # jobs submitted to the thread and not finished yet

    def submit(self, fn: Callable[..., Any], *args: Any) -> Future:
        """Run fn(*args) in the writer thread; the Future holds its result or exception. Blocks while full."""
        future: Future = Future()
        with self._state:
            closed = self._closed
            if not closed:
                self._pending += 1
            if not closed and self._thread is None:
                self._thread = threading.Thread(target=self._serve, name="easel-image-writer", daemon=True)
                self._thread.start()
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
        """Finish every queued job, then stop the thread. Later jobs run synchronously. Idempotent."""
        with self._state:
            self._closed, thread = True, self._thread
        if thread is None or not thread.is_alive():
            return True
        self._queue.put((None, _STOP, ()))
        thread.join(timeout)
        if thread.is_alive():
            return False
        self._drain()  # a job that raced past the stop marker is still written
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
