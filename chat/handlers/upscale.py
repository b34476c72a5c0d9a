"""Action.UPSCALE: bigger and sharper (twice the size unless the message says "3x", "four times"...), from the
source's pixels and seed."""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

from chat import replies
from chat.handlers.common import (TurnFailure, caption_upload, notes, render, render_size_of, seed_of, source_of,
                                  source_size)
from chat.types import Action, ImageMethod, TurnResult
from chat.words.sizes import UPSCALE_MAX, target_size, upscale_factor

if TYPE_CHECKING:
    from chat.conversation import Conversation

MIN_UPSCALE = 1.25  # less room than this under the engine's largest side: say so instead of a useless copy
SNAP_MARGIN = 32  # the engine snaps a size to the nearest multiple (at most 64): half of one keeps a target covered


def handle_upscale(conv: "Conversation", text: str, decision, uploads) -> Iterator:
    from imaging import ImageRequest, Operation

    from imaging.engine import MAX_UPSCALE_SIDE  # the engine's own limit (imported late, as ImageRequest is)

    source = source_of(conv, uploads)
    room = MAX_UPSCALE_SIDE / max(source.width, source.height, 1)
    if room < MIN_UPSCALE:
        raise TurnFailure(f"It's already {source.width}×{source.height}: the largest I make is {MAX_UPSCALE_SIDE} px on "
                          "the longest side.")
    target = target_size(text)  # "upscale it to 1920x1080": big enough to cover that size
    if target and target[0] <= source.width and target[1] <= source.height:
        size = "that size" if target == (source.width, source.height) else f"at least {_size_said(target)}"
        raise TurnFailure(f"It's already {source.width}×{source.height}, {size}; I only make pictures bigger (download it "
                          "and scale it down in any image editor).")
    asked = min(max((target[0] + SNAP_MARGIN) / max(source.width, 1) if target[0] else 0,
                    (target[1] + SNAP_MARGIN) / max(source.height, 1) if target[1] else 0, MIN_UPSCALE), UPSCALE_MAX) \
        if target else upscale_factor(text)
    scale = min(asked, room)  # lowered to fit the engine's largest side
    caption_upload(conv, source, text)  # an upload keeps what it shows ("a house"), so a later edit of the bigger one does
    request = ImageRequest(op=Operation.UPSCALE, prompt=source.prompt, negative_prompt=source.negative_prompt,
                           seeds=[seed_of(conv, source)], scale=scale,
                           source_image=conv.state.pixels_of(source.id), source_id=source.id,
                           extra=source_size(source))
    records = yield from render(conv, request, action=Action.UPSCALE, method=ImageMethod.UPSCALE, parent=source.id,
                                scene=conv.state.scene_of(source.id), render_size=render_size_of(conv, source),
                                text=text)
    shape = _shape_note(target, source)
    yield TurnResult(action=Action.UPSCALE, reply=" ".join([replies.upscale_reply(records[0], source), *shape]),
                     prompt=source.prompt or None, negative_prompt=source.negative_prompt or None,
                     source=source.id, images=records, method=ImageMethod.UPSCALE.value,
                     notes=notes(conv) + ([f"asked for {asked:g}x, made {scale:.2g}x to stay within {MAX_UPSCALE_SIDE} px"]
                                          if scale < asked else []))


def _shape_note(target, source) -> list[str]:
    """A size asked for in another shape than the picture's: upscaling keeps the shape, and says how to change it."""
    if not target or 0 in target or abs(target[0] / target[1] - source.width / max(source.height, 1)) < 0.05:
        return []
    shape = "wide" if target[0] > target[1] else "tall" if target[1] > target[0] else "square"
    return [f"({target[0]}×{target[1]} is {shape} and this picture is {source.width}×{source.height}: upscaling keeps its "
            f"shape; say \"make it {shape}\" first to change it.)"]


def _size_said(target: tuple[int, int]) -> str:
    """(1920, 1080) -> "1920×1080"; (256, 0) -> "256 px wide"; (0, 900) -> "900 px tall"."""
    if not target[1]:
        return f"{target[0]} px wide"
    return f"{target[1]} px tall" if not target[0] else f"{target[0]}×{target[1]}"
