"""The engine behind `--no-images`: every decision is made and recorded, no diffusion runs.

    .venv/bin/python -c "from chat.nopixels import NoPixelEngine; from imaging import ImageRequest; \
print(NoPixelEngine('sd-turbo').run(ImageRequest(prompt='a fox', count=2)))"

It answers like `imaging.Engine` (same preset, sizes snapped the same way, one distinct seed per image) but returns
`ImageResult`s with `image=None` and no saved file.
"""
from __future__ import annotations

import secrets
from typing import Optional

from imaging import Description, ImageRequest, ImageResult, Operation, resolve_preset
from imaging.sizing import native_size_at, snap_size
from imaging.types import CancelFn, Cancelled, ProgressFn


class NoPixelEngine:
    """Drop-in for `imaging.Engine` that makes no pixels (`replay --no-images`)."""

    def __init__(self, model: str = "sd-turbo"):
        self.preset = resolve_preset(model)  # ValueError naming an unknown model, as the real engine does
        self.model_name = self.preset.name
        self.is_demo = False
        self.notices: list[str] = []
        self.device: str = "none"  # no model runs
        self.config = None  # nothing is saved

    def load(self) -> None:  # nothing to load
        return None

    def _size(self, request: ImageRequest) -> tuple[int, int]:
        preset = self.preset
        source_size = request.extra.get("source_size")
        if request.op is Operation.UPSCALE:
            if not source_size:
                raise ValueError("op='upscale' needs a source (extra['source_size'] under --no-images)")
            return snap_size(round(source_size[0] * request.scale), round(source_size[1] * request.scale), preset)
        if request.op is Operation.FLIP:  # the source's own pixels, turned over
            if not source_size:
                raise ValueError("op='flip' needs a source (extra['source_size'] under --no-images)")
            return source_size[0], source_size[1]
        if request.width and request.height:
            return snap_size(request.width, request.height, preset)
        if request.op is not Operation.TEXT2IMG and source_size:  # the source's shape at the native area
            return native_size_at(preset, source_size[0] / source_size[1])
        return preset.native_width, preset.native_height

    def run(self, request: ImageRequest, progress: Optional[ProgressFn] = None,
            cancel: Optional[CancelFn] = None, preview=None, phase=None) -> list[ImageResult]:
        """Every decision as imaging.Engine.run makes it (sizes, seeds, steps), no pixels: no previews or phases."""
        if not isinstance(request.count, int) or not 1 <= request.count <= 8:
            raise ValueError(f"count={request.count!r}: must be an integer from 1 to 8")
        if request.seeds is not None and len(request.seeds) != request.count:
            raise ValueError(f"seeds={request.seeds!r}: {len(request.seeds)} seeds for count={request.count}")
        if cancel is not None and cancel():
            raise Cancelled("cancelled before start")
        seeds = list(request.seeds) if request.seeds is not None else []
        while len(seeds) < request.count:
            seed = secrets.randbelow(2 ** 32)
            if seed not in seeds:
                seeds.append(seed)
        width, height = self._size(request)
        steps = request.steps or self.preset.steps
        if progress is not None:
            progress(steps, steps)
        return [
            ImageResult(image=None, seed=seed, width=width, height=height, steps=steps,
                        guidance_scale=self.preset.guidance_scale if request.guidance_scale is None
                        else request.guidance_scale, sampler="none", model=self.model_name, prompt=request.prompt,
                        negative_prompt=request.negative_prompt, op=request.op, strength=request.strength,
                        source_id=request.source_id)
            for seed in seeds
        ]

    def estimate_seconds(self, request: ImageRequest) -> Optional[float]:
        return None  # nothing is drawn, so there is nothing to wait for

    def wait_text(self, request: ImageRequest) -> str:
        return ""

    def flush(self, timeout: Optional[float] = None) -> bool:
        return True  # no files are written

    def describe(self, image, question: Optional[str] = None) -> Description:
        return Description(text="No captioning model runs under --no-images.", model="none", available=False)
