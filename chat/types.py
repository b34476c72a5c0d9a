"""Typed actions, records and turn results of the conversation (no gradio, no torch here)."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import Enum
from typing import Any, Optional


class Action(str, Enum):
    CHAT = "chat"  # talk, no picture
    GENERATE = "generate"  # a new scene from words
    EDIT = "edit"  # change the current image / scene
    VARIATIONS = "variations"  # same prompt, new seeds
    DESCRIBE = "describe"  # caption / answer a question about an image
    UPSCALE = "upscale"  # bigger and sharper
    REVERT = "revert"  # undo / go back to an earlier image


class EditMethod(str, Enum):
    """How an edit re-makes the picture (chosen by chat.words.edit from the kinds of change)."""

    REPROMPT = "reprompt"  # same seed, changed prompt: global changes (time, weather, light, style, colour)
    IMG2IMG = "img2img"  # from the current pixels, strength by size of change
    INPAINT = "inpaint"
    RESIZE = "resize"  # new aspect ratio / size, same seed and prompt


class ImageMethod(str, Enum):
    """How an image of the session was made (``ImageRecord.method``, stored as its value)."""

    TXT2IMG = "txt2img"
    REPROMPT = EditMethod.REPROMPT.value
    IMG2IMG = EditMethod.IMG2IMG.value
    RESIZE = EditMethod.RESIZE.value
    VARIATION = "variation"  # same prompt, new seed
    IMG2IMG_VARIATION = "img2img-variation"  # variations of an upload (or a picture without a prompt)
    UPSCALE = "upscale"
    FLIP = "flip"  # the source's pixels mirrored or turned upside down (no model, no seed of its own)
    UPLOAD = "upload"


@dataclass
class ImageRecord:
    """One image the session knows about, generated or uploaded."""

    id: str  # "img-3", uploads "upload-1"
    parent: Optional[str]  # the image this one was made from
    seed: Optional[int]
    width: int
    height: int
    steps: Optional[int] = None
    prompt: str = ""
    negative_prompt: str = ""
    method: Optional[str] = None  # an ImageMethod value: txt2img, reprompt, img2img, upscale, upload, variation, ...
    action: Optional[str] = None  # an Action value, or "upload"
    model: Optional[str] = None
    path: Optional[str] = None  # PNG on disk (None under --no-images)
    turn: int = 0  # the conversation turn that made it
    request_text: str = ""  # the user's words that made it

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class TurnResult:
    """What one user message produced; the replay writes this, the app renders it."""

    action: Action
    reply: str
    prompt: Optional[str] = None
    negative_prompt: Optional[str] = None
    source: Optional[str] = None  # id of the image this turn starts from
    images: list[ImageRecord] = field(default_factory=list)
    method: Optional[str] = None  # for edits and upscales: an ImageMethod value
    error: Optional[str] = None  # a clear message when the turn failed; the session stays usable
    notes: list[str] = field(default_factory=list)  # e.g. "prompt was cut at 77 tokens", "demo model"


@dataclass
class TurnUpdate:
    """A progress event while a turn runs (streamed to the UI)."""

    status: str = ""  # "Writing the prompt…", "Drawing… step 3/4"
    text: str = ""  # partial reply text so far (chat answers stream)
    step: int = 0
    total_steps: int = 0
    preview: Any = None  # a small PIL picture of the image being drawn (live preview), or None
