"""One long-lived daemon thread that runs submitted calls in order (CUDA keeps per-thread state: cuBLAS/cuDNN
handles, CUDA graphs). Unlike ThreadPoolExecutor, a process that exits (Ctrl+C) does not wait for queued work.

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
