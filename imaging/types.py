"""Typed requests and results of the image engine (the contract between chat/ and imaging/)."""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any, Callable, Optional

from PIL import Image


class Operation(str, Enum):
    """What the engine is asked to do with pixels."""

    TEXT2IMG = "txt2img"  # new image(s) from a prompt
    IMG2IMG = "img2img"  # change a source image, keeping its layout (strength 0..1)
    INPAINT = "inpaint"  # repaint a masked region of a source image (families that have it)
    UPSCALE = "upscale"  # enlarge a source image by a real method, not a plain resize


@dataclass
class ImageRequest:
    """One call into the engine. Unset fields take the model preset's defaults."""

    op: Operation = Operation.TEXT2IMG
    prompt: str = ""
    negative_prompt: str = ""
    count: int = 1  # how many images; each gets its own seed
    seeds: Optional[list[int]] = None  # one per image; None -> fresh distinct random seeds
    width: Optional[int] = None  # None -> model native size; snapped to the model's multiple
    height: Optional[int] = None
    steps: Optional[int] = None
    guidance_scale: Optional[float] = None
    strength: Optional[float] = None  # img2img / upscale refinement, 0 < s <= 1
    source_image: Optional[Image.Image] = None  # img2img / inpaint / upscale input
    source_id: Optional[str] = None  # the conversation's id of source_image, recorded in metadata
    mask_image: Optional[Image.Image] = None  # inpaint: white = repaint
    scale: float = 2.0  # upscale factor
    extra: dict[str, Any] = field(default_factory=dict)  # recorded verbatim in the sidecar (e.g. user's words, action)


@dataclass
class ImageResult:
    """One image out of the engine, with every parameter that made it."""

    image: Optional[Image.Image]  # None only from the no-pixels engine used by `replay --no-images`
    seed: int
    width: int
    height: int
    steps: int
    guidance_scale: float
    sampler: str
    model: str  # preset or model id; "demo" for the random tiny pipeline
    prompt: str
    negative_prompt: str
    op: Operation
    strength: Optional[float] = None
    source_id: Optional[str] = None
    path: Optional[str] = None  # saved PNG
    sidecar_path: Optional[str] = None  # saved JSON
    prompt_truncated: bool = False  # True only if the text encoder had to cut the prompt (and we say so)
    nsfw: bool = False  # the safety checker blacked this image out
    elapsed_s: float = 0.0


# progress(step, total_steps) -> None ; cancel() -> bool (True = stop as soon as possible)
ProgressFn = Callable[[int, int], None]
CancelFn = Callable[[], bool]


class Cancelled(Exception):
    """Raised by the engine when the cancel callback asked it to stop."""
