"""Many people, one GPU: concurrent sessions' compatible requests share one batched pipeline call.

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest tests/test_imaging_batch.py -q
    HF_HUB_OFFLINE=1 .venv/bin/python -m bench.serve --device cpu --model demo

`BatchingEngine(engine)` has the engine's `run(request, progress, cancel, preview, phase)`, so chat/services.py can
wrap the engine with it. Each caller validates its own request (a bad one fails at once, in its own thread) and
queues it; one worker thread takes the oldest request, waits up to `window_s` for compatible ones (same operation,
size, steps, guidance, strength and negative-prompt use), and makes all their images in one pipeline call with a
prompt list and one torch.Generator per image, so an image depends only on its own seed and prompt: batched pixels
equal the same request run alone (up to the CPU kernels' batch rounding; tests/test_imaging_batch.py measures it).
Long prompts are batched as prompt embeddings when their shapes match, otherwise in their own call. Upscales and
oversized images run alone, through `engine.run`, in queue order. A lone user never waits for the window (it is only
waited once requests have queued behind a call or shared one).

Each session gets its own progress, phases and previews (of its own first image) through the engine's StepReporter.
One session's Stop marks only its own images: the call goes on for the others and that session gets `Cancelled`
(the call stops early only when every session in it has stopped). An error in the call reaches every caller in it.
Each request's images go through `engine.finish` (safety checker, ImageResults, saves queued to the background
writer) in the worker, right after the call.
"""
from __future__ import annotations

import copy
import logging
import functools
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Any, Optional

import torch
from PIL import Image

from .coalesce import BatchConfig, Coalescer
from .engine import MAX_COUNT
from .progress import PhaseTracker
from .types import Cancelled, CancelFn, ImageRequest, ImageResult, Operation, Phase, PhaseFn, PreviewFn, ProgressFn

logger = logging.getLogger(__name__)
BATCHED_OPS = (Operation.TEXT2IMG, Operation.IMG2IMG, Operation.INPAINT)  # and not engine.runs_alone(plan)


@dataclass(eq=False)
class _Job:
    """One caller's request on its way through the queue, and what comes back to that caller."""

    request: ImageRequest
    plan: Any  # the engine's validated plan (check_inputs)
    progress: Optional[ProgressFn]
    cancel: Optional[CancelFn]
    preview: Optional[PreviewFn]
    phase: Optional[PhaseFn]
    key: Optional[tuple]  # None: run alone through engine.run
    enqueued: float = field(default_factory=time.monotonic)
    behind: bool = False  # other requests were queued or being drawn when this one came (set by the Coalescer)
    done: threading.Event = field(default_factory=threading.Event)
    encoding: Any = None  # long_prompt.PromptEncoding, made by the worker
    results: Optional[list[ImageResult]] = None
    error: Optional[BaseException] = None
    cancelled: bool = False
    phases: PhaseTracker = field(init=False)

    def __post_init__(self):
        self.phases = PhaseTracker(self.phase)

    @property
    def count(self) -> int:
        return len(self.plan.seeds)

    def stopped(self) -> bool:
        return self.cancelled or self.error is not None

    def fail(self, err: BaseException) -> None:
        """Whatever escaped the batch reaches this caller, if it is still waiting."""
        if not self.done.is_set():
            self.error = self.error or _copy_error(err)

    def release(self) -> None:
        self.done.set()

    def run_alone(self, engine) -> None:
        """Through engine.run, as without batching (upscales, oversized images, after running out of GPU memory)."""
        try:
            self.results = engine.run(self.request, self.progress, self.cancel, preview=self.preview,
                                      phase=self.phase)
        except BaseException as err:
            self.error = err


def batch_key(engine, plan) -> Optional[tuple]:
    """Requests with equal keys can share one pipeline call; None means the request runs alone."""
    if plan.op not in BATCHED_OPS or engine.runs_alone(plan):
        return None
    return (plan.op, plan.width, plan.height, plan.steps, plan.guidance, plan.strength, bool(plan.negative))


def _encoding_key(encoding) -> tuple:
    """Prompts the pipeline encodes itself batch as a list; embeddings batch when names and shapes match."""
    return tuple(sorted((name, tuple(value.shape) if torch.is_tensor(value) else value)
                        for name, value in encoding.pipe_kwargs.items()))


def _per_image(jobs: list[_Job], value) -> list:
    """value(job) once for each of the job's images, in batch order."""
    return [item for job in jobs for item in [value(job)] * job.count]


def _batch_kwargs(engine, jobs: list[_Job], callback) -> dict:
    """One pipeline call for every image of `jobs`: prompt (or embedding) rows, sources and generators per image."""
    plan = jobs[0].plan
    seeds = [s for job in jobs for s in job.plan.seeds]
    kwargs = engine.call_kwargs(plan, seeds, callback, images_per_prompt=1)
    for name, value in jobs[0].encoding.pipe_kwargs.items():
        if torch.is_tensor(value):  # (1, ...) per request -> (images, ...)
            kwargs[name] = torch.cat([j.encoding.pipe_kwargs[name].repeat_interleave(j.count, dim=0) for j in jobs])
        else:
            kwargs[name] = value
    if "prompt_embeds" not in kwargs:
        kwargs["prompt"] = _per_image(jobs, lambda j: j.request.prompt)
        if plan.negative:
            kwargs["negative_prompt"] = _per_image(jobs, lambda j: j.plan.negative)
    size = (plan.width, plan.height)
    if plan.op is not Operation.TEXT2IMG:
        kwargs.update(image=_per_image(jobs, lambda j: j.plan.source.resize(size, Image.LANCZOS)),
                      strength=plan.strength)
    if plan.op is Operation.INPAINT:
        kwargs.update(mask_image=_per_image(jobs, lambda j: j.plan.mask.resize(size, Image.NEAREST)))
    return kwargs


def _copy_error(err: BaseException) -> BaseException:
    """The call's error for one of its callers: each caller's thread raises its own instance (type, args, cause and
    the worker's traceback kept), so tracebacks from different threads don't mix."""
    try:
        dup = copy.copy(err)
    except Exception:  # an exception class that can't be rebuilt from its args: share the original
        return err
    if type(dup) is not type(err) or str(dup) != str(err):
        return err
    dup.__cause__, dup.__context__, dup.__traceback__ = err.__cause__, err.__context__, err.__traceback__
    return dup


def _decode_row(decode, row: int, latents):
    """A preview decoder (first row of the latents) pointed at another row."""
    return decode(latents[row:row + 1])


def _step_callback(jobs: list[_Job], reporters: list):
    """Each session's own StepReporter (progress, phases, previews, Stop); the call stops once every session has."""
    def on_step_end(pipeline, step: int, timestep, callback_kwargs: dict) -> dict:
        for job, report in zip(jobs, reporters):
            if job.stopped():
                continue
            try:
                report(pipeline, step, timestep, callback_kwargs)
            except Cancelled:
                job.cancelled = True  # its images are made with the others' and dropped
            except Exception as err:  # a failing callback fails its own session only
                job.error = err
        if all(job.stopped() for job in jobs):
            raise Cancelled(f"every session in the batch stopped (after step {step + 1})")
        return callback_kwargs

    return on_step_end


class BatchingEngine:
    """`Engine.run` for many sessions at once: compatible concurrent requests share one pipeline call.

    Every other attribute (config, preset, model_name, notices, describe, load, flush...) is the wrapped engine's.
    """

    def __init__(self, engine, window_s: float = BatchConfig.window_s, max_batch: int = BatchConfig.max_batch,
                 adaptive: bool = BatchConfig.adaptive):
        self.engine = engine
        self.batching = BatchConfig(window_s, max_batch, adaptive)  # not `config`: that is the engine's
        # each batch on the engine's device thread, where every picture is drawn (CUDA state is per thread)
        self._queue = Coalescer(self.batching, lambda jobs: engine.on_device(self._run_batch, jobs),
                                name="batching engine")
        self.calls: deque[int] = deque(maxlen=1000)  # images per recent pipeline call (benchmarks, tests)

    @property
    def windows_waited(self) -> int:
        """Times the oldest request waited for company (benchmarks, tests)."""
        return self._queue.windows_waited

    def __getattr__(self, name: str):
        if name == "engine":  # not yet set (during unpickling / early errors): no recursion
            raise AttributeError(name)
        return getattr(self.engine, name)

    # ------------------------------------------------------------------ callers' side
    def run(self, request: ImageRequest, progress: Optional[ProgressFn] = None, cancel: Optional[CancelFn] = None,
            preview: Optional[PreviewFn] = None, phase: Optional[PhaseFn] = None) -> list[ImageResult]:
        """Make the images of `request` (batched with other sessions' when compatible); as Engine.run."""
        plan = self.engine.check_inputs(request)  # ValueError at once, in the caller's thread
        if cancel is not None and cancel():
            raise Cancelled("cancelled before start")
        job = _Job(request, plan, progress, cancel, preview, phase, batch_key(self.engine, plan))
        self._submit(job)
        job.done.wait()
        if job.error is not None:
            raise job.error
        if job.cancelled:
            raise Cancelled("stopped; the other sessions' images in the same batch were kept")
        if job.results is None:  # never expected: say so rather than return nothing
            raise RuntimeError("the batched call returned no images for this request")
        return job.results

    def warm_up_batches(self) -> float:
        """One unsaved 1-step call at each batch size from 2 to max_batch; returns the seconds.

        On CUDA a batch size's first call builds its kernels' plans (cuDNN), about 0.45 s for sd-turbo at 512 px on an
        H200 (bench/results/gpu-2026-11-27.md): paid here, at start, rather than by the first users to share a call."""
        started = time.perf_counter()
        for size in range(2, min(self.batching.max_batch, MAX_COUNT) + 1):
            try:
                self.engine.warm_up(images=size)
            except Exception as err:  # noqa: BLE001 -- out of memory at a big batch: serve anyway, that size stays cold
                logger.warning("batch-size warm-up stopped at %d images: %s", size, err)
                break
        return time.perf_counter() - started

    def _submit(self, job: _Job) -> None:
        self._queue.submit(job)

    def close(self, timeout: Optional[float] = None) -> None:
        """Finish what is queued, then stop the worker thread. Later calls to run raise RuntimeError."""
        self._queue.close(timeout)

    def __enter__(self) -> "BatchingEngine":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ------------------------------------------------------------------ worker's side
    def _run_batch(self, jobs: list[_Job]) -> None:
        for job in jobs:  # stopped while queued: nothing to make
            if job.cancel is not None and job.cancel():
                job.cancelled = True
        live = [job for job in jobs if not job.cancelled]
        if not live:
            return
        if live[0].key is None:
            return live[0].run_alone(self.engine)
        for job in live:
            job.phases.enter(Phase.DENOISING)  # as Engine.run: the text encoding counts as drawing
        with self.engine.lock:
            pipe = self.engine.pipeline(live[0].plan.op)
            for job in live:
                try:
                    job.encoding = self.engine.encode_prompt(pipe, job.request, job.plan)
                except Exception as err:
                    job.error = err
            groups: dict[tuple, list[_Job]] = {}
            for job in live:
                if job.error is None:
                    groups.setdefault(_encoding_key(job.encoding), []).append(job)
            for group in groups.values():
                self._call(pipe, group)

    def _call(self, pipe, jobs: list[_Job]) -> None:
        """One pipeline call for `jobs`; each job gets its own slice of the images, or the call's error."""
        started = time.perf_counter()
        try:
            with torch.inference_mode():
                images = self.engine.call_pipeline(  # a compile failure at this batch size steps down, then again
                    pipe, lambda: _batch_kwargs(self.engine, jobs, _step_callback(jobs, self._reporters(jobs)))).images
        except Cancelled:
            return  # every job already marked (cancelled or its own error)
        except torch.cuda.OutOfMemoryError:
            return self._one_by_one(jobs)
        except Exception as err:
            for job in jobs:
                job.error = job.error or _copy_error(err)
            return
        self.calls.append(len(images))
        for job in jobs:
            mine, images = images[:job.count], images[job.count:]
            if job.stopped():
                continue  # stopped during the call: its images are dropped
            try:  # here, not in the caller's thread: finish takes the engine's lock, which the next call holds
                job.results = self.engine.finish(job.request, job.plan, mine, prompt_truncated=job.encoding.truncated,
                                                 started=started)
                job.phases.enter(Phase.DONE)
            except Exception as err:
                job.error = err

    def _reporters(self, jobs: list[_Job]) -> list:
        """The engine's StepReporter for each job; its previews show the job's own first image (its latent row)."""
        reporters, row = [], 0
        for job in jobs:
            report = self.engine.step_reporter(job.progress, job.cancel, job.phases, job.plan.steps,
                                               preview=job.preview)
            if report.decode_preview is not None:
                report.decode_preview = functools.partial(_decode_row, report.decode_preview, row)
            reporters.append(report)
            row += job.count
        return reporters

    def _one_by_one(self, jobs: list[_Job]) -> None:
        """After running out of GPU memory: each request alone, through the engine's own out-of-memory handling."""
        for job in jobs:
            if not job.stopped():
                job.run_alone(self.engine)
