"""Typed requests and results of the image engine (the contract between chat/ and imaging/)."""
from __future__ import annotations

from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, field, fields, replace
from enum import Enum
from typing import Any, Callable, Optional

from PIL import Image


class Operation(str, Enum):
    """What the engine is asked to do with pixels."""

    TEXT2IMG = "txt2img"  # new image(s) from a prompt
    IMG2IMG = "img2img"  # change a source image, keeping its layout (strength 0..1)
    INPAINT = "inpaint"  # repaint a masked region of a source image (families that have it)
    UPSCALE = "upscale"  # enlarge a source image by a real method, not a plain resize
    FLIP = "flip"  # mirror a source image left-right, or turn it upside down: exact pixels, no model


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
    flip: Optional[str] = None  # Operation.FLIP: "horizontal" (a mirror image, the default) or "vertical" (upside down)
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
    path: Optional[str] = None  # the PNG: known when run() returns, written in the background (see wait_saved)
    sidecar_path: Optional[str] = None  # the JSON beside it, same timing
    prompt_truncated: bool = False  # True only if the text encoder had to cut the prompt (and we say so)
    nsfw: bool = False  # the safety checker blacked this image out
    elapsed_s: float = 0.0
    save_error: Optional[str] = None  # why the PNG/sidecar could not be written (disk full...); None = fine or pending
    # Not a dataclass field (so asdict() and == leave it out, and dataclasses.replace() gives a copy with no write:
    # use `replaced()` to keep it): the engine sets it to the Future of the background write, done when the files
    # are on disk (result: the PNG path) or the write failed (a SaveError). None: nothing to save.
    saved = None  # type: Optional[Future]

    def replaced(self, **changes) -> "ImageResult":
        """dataclasses.replace(self, **changes) that keeps the background write: the copy has the same `saved`
        Future (the write of the files at `path`), and gets `save_error` too if that write fails later."""
        copy = replace(self, **changes)
        if self.saved is not None:
            copy.saved = self.saved
            self.saved.add_done_callback(copy._note_write)
        return copy

    def _note_write(self, future: Future) -> None:
        """Done-callback of the background write: its failure's text on this result (as the writer does on the
        original)."""
        failure = None if future.cancelled() else future.exception()
        if failure is not None and self.save_error is None:
            self.save_error = str(failure)

    def wait_saved(self, timeout: Optional[float] = 30.0) -> bool:
        """Block until the background write of this image ends: True when its files are complete on disk,
        False when the write failed (`save_error` says why) or `timeout` seconds passed."""
        if self.saved is None:
            return self.save_error is None and self.path is not None
        try:
            self.saved.result(timeout)
        except FutureTimeout:
            return False
        except Exception:  # the writer already put the reason in save_error
            return False
        return True

    def save_failure(self, timeout: Optional[float] = 30.0) -> Optional["SaveError"]:
        """Wait (at most `timeout` s) for the background write: the SaveError naming the file and the cause when it
        failed; None when the files are on disk, nothing was to be saved, or the write is still running."""
        if self.saved is None:
            return None
        try:
            self.saved.result(timeout)
        except FutureTimeout:
            return None
        except SaveError as err:
            return err
        except Exception as err:  # a writer job that isn't the engine's: still named and explained
            return SaveError(self.path or "", err)
        return None

    def to_dict(self) -> dict:
        """Every parameter as JSON-ready values: no pixels (`image` is left out), `op` as its string."""
        data = {f.name: getattr(self, f.name) for f in fields(self) if f.name != "image"}
        data["op"] = Operation(self.op).value
        return data


class SaveError(Exception):
    """A picture's PNG/sidecar could not be written: `path` (the PNG), `reason` (the system's words, e.g.
    "No space left on device", "Permission denied") and `cause` (the original exception, also __cause__)."""

    def __init__(self, path: str, cause: BaseException):
        self.path = path
        self.cause = cause
        strerror = getattr(cause, "strerror", None)
        self.reason = strerror if isinstance(strerror, str) and strerror else f"{type(cause).__name__}: {cause}"
        super().__init__(f"could not save {path}: {self.reason}")
        self.__cause__ = cause


class Phase(str, Enum):
    """Where a run is, for callers that show more than a step count (Engine.run's `phase` callback)."""

    DENOISING = "denoising"  # text encoding, then the steps: progress(step, total) after each one
    DECODING = "decoding"  # after the last step's progress(total, total): latents -> pixels (VAE), no steps to count
    DONE = "done"  # pixels ready; run() returns them now, their files are written in the background


# progress(step, total_steps) -> None ; cancel() -> bool (True = stop as soon as possible)
ProgressFn = Callable[[int, int], None]
CancelFn = Callable[[], bool]
# phase(Phase) -> None: called each time a run enters another phase: DENOISING, DECODING, DONE (a tiled upscale
# goes DENOISING -> DECODING once per tile)
PhaseFn = Callable[[Phase], None]
# preview(step, total_steps, image) -> None: a small, fast-decoded look at the first image while it is drawn
PreviewFn = Callable[[int, int, Image.Image], None]


class Cancelled(Exception):
    """Raised by the engine when the cancel callback asked it to stop."""
