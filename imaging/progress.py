"""What a run tells its caller while it works: steps, phases, previews, and a stop when cancel() turns true.

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest tests/test_imaging_tiny_vae.py -q

`StepReporter` is the pipeline's `callback_on_step_end`. After the last step of a pipeline call the pipeline decodes
the latents, so the reporter enters Phase.DECODING there (and notes the time, for the wait estimate). Previews decode
the first image's latents through the tiny VAE, but never after the last step (the real image comes next) and never
more than about a quarter of the time (a preview waits until 3x its own decode time has passed since the last one).
"""
from __future__ import annotations

import time
from typing import Callable, Optional

from PIL import Image

from .types import Cancelled, CancelFn, Phase, PhaseFn, PreviewFn, ProgressFn


class PhaseTracker:
    """Calls phase(p) when the run enters a new phase (not again for the same one); remembers when."""

    def __init__(self, phase: Optional[PhaseFn]):
        self._phase, self.current = phase, None
        self.entered: dict[Phase, float] = {}

    def enter(self, phase: Phase) -> None:
        if phase is self.current:
            return
        self.current = phase
        self.entered[phase] = time.perf_counter()
        if self._phase is not None:
            self._phase(phase)


class StepReporter:
    """callback_on_step_end for one pipeline call."""

    def __init__(self, progress: Optional[ProgressFn], cancel: Optional[CancelFn], phases: PhaseTracker,
                 default_total: int, offset: int = 0, total: Optional[int] = None,
                 preview: Optional[PreviewFn] = None,
                 decode_preview: Optional[Callable[[object], Optional[Image.Image]]] = None):
        self.progress, self.cancel, self.phases = progress, cancel, phases
        self.default_total, self.offset, self.total = default_total, offset, total
        self.preview = preview if decode_preview is not None else None
        self.decode_preview = decode_preview
        self._last_preview_end = 0.0
        self._last_preview_cost = 0.0
        self.previews = 0

    def __call__(self, pipeline, step: int, timestep, callback_kwargs: dict) -> dict:
        steps = getattr(pipeline, "num_timesteps", None) or self.default_total
        done, total = self.offset + step + 1, self.total or steps
        self.phases.enter(Phase.DENOISING)
        if self.progress is not None:
            self.progress(done, total)
        if self.cancel is not None and self.cancel():
            raise Cancelled(f"cancelled after step {done}")
        if step + 1 >= steps:
            self.phases.enter(Phase.DECODING)  # the pipeline decodes right after this callback returns
        elif self.preview is not None and "latents" in callback_kwargs:
            self._maybe_preview(done, total, callback_kwargs["latents"])
        return callback_kwargs

    def _maybe_preview(self, done: int, total: int, latents) -> None:
        now = time.perf_counter()
        if self.previews and now - self._last_preview_end < 3 * self._last_preview_cost:
            return  # previews stay a small share of the work
        image = self.decode_preview(latents)
        end = time.perf_counter()
        self._last_preview_end, self._last_preview_cost = end, end - now
        if image is not None:
            self.previews += 1
            self.preview(done, total, image)
