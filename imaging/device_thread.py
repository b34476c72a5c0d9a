"""One long-lived daemon thread that runs submitted calls in order (CUDA keeps per-thread state: cuBLAS/cuDNN
handles, CUDA graphs). Unlike ThreadPoolExecutor, a process that exits (Ctrl+C) does not wait for queued work.
OwnedLock: the engine's re-entrant lock, which knows which thread holds it (a holder's device work runs in place).

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest tests/test_imaging_device_thread.py -q
"""
from __future__ import annotations

import queue
import threading
import weakref
from concurrent.futures import Future
from typing import Optional


class DeviceThread:
    """submit(fn, ...) -> Future, run on one daemon thread (started on the first call); call(fn, ...) waits for it,
    and runs fn at once when called from that thread itself."""

    def __init__(self, name: str):
        self.name = name
        self.ident: Optional[int] = None
        self._jobs: "queue.SimpleQueue" = queue.SimpleQueue()
        self._started = False
        self._start_lock = threading.Lock()
        weakref.finalize(self, self._jobs.put, None)

    def submit(self, fn, *args, **kwargs) -> Future:
        with self._start_lock:
            if not self._started:
                ready = threading.Event()
                proxy = weakref.proxy(self)
                thread = threading.Thread(target=self._start, args=(self._jobs, proxy, ready), name=self.name,
                                          daemon=True)
                thread.start()
                ready.wait()
                self._started = True
        future: Future = Future()
        self._jobs.put((future, fn, args, kwargs))
        return future

    @staticmethod
    def _start(jobs, owner, ready) -> None:
        owner.ident = threading.get_ident()
        ready.set()
        del owner
        _serve_loop(jobs)

    def call(self, fn, *args, **kwargs):
        if threading.get_ident() == self.ident:
            return fn(*args, **kwargs)
        return self.submit(fn, *args, **kwargs).result()


class OwnedLock:
    """A re-entrant lock that says whether the calling thread holds it (`held_here()`), by recording the owner's
    thread id and depth itself rather than asking threading.RLock's private `_is_owned()`."""

    def __init__(self):
        self._lock = threading.RLock()
        self._owner: Optional[int] = None  # written only by the holding thread, while it holds the lock
        self._depth = 0

    def acquire(self, blocking: bool = True, timeout: float = -1) -> bool:
        if not self._lock.acquire(blocking, timeout):
            return False
        self._owner = threading.get_ident()
        self._depth += 1
        return True

    def release(self) -> None:
        if self._owner != threading.get_ident():
            raise RuntimeError("cannot release an OwnedLock this thread does not hold")
        self._depth -= 1
        if self._depth == 0:
            self._owner = None
        self._lock.release()

    def held_here(self) -> bool:
        """True when the calling thread holds the lock (any depth). Safe without the lock: only the holder writes
        `_owner`, so another thread reads either the holder's id or None, never its own."""
        return self._owner == threading.get_ident()

    def locked(self) -> bool:
        """True when some thread holds the lock."""
        return self._owner is not None

    def __enter__(self) -> "OwnedLock":
        self.acquire()
        return self

    def __exit__(self, *exc) -> None:
        self.release()


def _serve_loop(jobs: "queue.SimpleQueue") -> None:
    while True:
        job = jobs.get()
        if job is None:  # the DeviceThread was collected
            return
        future, fn, args, kwargs = job
        if future.set_running_or_notify_cancel():
            try:
                future.set_result(fn(*args, **kwargs))
            except BaseException as err:  # handed to the caller
                future.set_exception(err)
        del job, future, fn, args, kwargs
