"""Action.DESCRIBE: the captioner's answer about a picture (or what its prompt says when none can run)."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterator, Optional

from chat import replies
from chat.handlers.common import source_of
from chat.types import Action, ImageMethod, TurnResult, TurnUpdate
from chat.words.scene import Scene

if TYPE_CHECKING:
    from chat.conversation import Conversation

_PLAIN_CAPTION = re.compile(r"\b(?:describe|caption|what(?:'s|\s+is)\s+in\s+(?:this|the)|what\s+do\s+you\s+see|"
                            r"what\s+is\s+this)\b")


def question_for_captioner(text: str) -> Optional[str]:
    """None for "describe this" (plain caption); the question itself for a specific one."""
    low = text.lower().strip()
    if not low or _PLAIN_CAPTION.search(low):
        return None
    return text.strip()


def _caption(conv: "Conversation", source, text: str) -> tuple[Optional[str], bool, list[str]]:
    """(reply, whether a captioner answered, notes) from the source's pixels."""
    pixels = conv.state.pixels_of(source.id)
    if pixels is None:
        return None, False, []
    description = conv.engine.describe(pixels, question_for_captioner(text))
    if getattr(description, "available", False) and description.text:
        return description.text, True, []
    if description.text:  # says why, with what could be measured from the pixels
        return description.text, False, ["no captioning model"]
    return None, False, []


def handle_describe(conv: "Conversation", text: str, decision, uploads) -> Iterator:
    source = source_of(conv, uploads)
    yield TurnUpdate(status="Looking at the picture…")
    reply, caption_ok, notes = _caption(conv, source, text)
    if reply is None or (not caption_ok and source.prompt):
        reply = replies.describe_fallback(source)
    if source.method == ImageMethod.UPLOAD and caption_ok and not conv.state.scene_of(source.id).subject:
        # the caption becomes the upload's scene, so later edits have words to keep
        conv.state.scenes[source.id] = Scene(subject=reply.rstrip(".")).to_dict()
    conv.state.make_current(source.id)
    yield TurnResult(action=Action.DESCRIBE, reply=reply, source=source.id, notes=notes)
