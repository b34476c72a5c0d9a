"""Action.UPSCALE: bigger and sharper (twice the size unless the message says "3x", "four times"...), from the
source's pixels and seed."""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

from chat import replies
from chat.handlers.common import notes, render, render_size_of, seed_of, source_of, source_size
from chat.types import Action, ImageMethod, TurnResult
from chat.words.sizes import upscale_factor

if TYPE_CHECKING:
    from chat.conversation import Conversation

MAX_UPSCALED_SIDE = 4096  # the engine refuses a larger result: a factor that would pass it is lowered to fit


def handle_upscale(conv: "Conversation", text: str, decision, uploads) -> Iterator:
    from imaging import ImageRequest, Operation

    source = source_of(conv, uploads)
    scale = min(upscale_factor(text), MAX_UPSCALED_SIDE / max(source.width, source.height, 1))
    request = ImageRequest(op=Operation.UPSCALE, prompt=source.prompt, negative_prompt=source.negative_prompt,
                           seeds=[seed_of(conv, source)], scale=max(scale, 1.01),
                           source_image=conv.state.pixels_of(source.id), source_id=source.id,
                           extra=source_size(source))
    records = yield from render(conv, request, action=Action.UPSCALE, method=ImageMethod.UPSCALE, parent=source.id,
                                scene=conv.state.scene_of(source.id), render_size=render_size_of(conv, source),
                                text=text)
    yield TurnResult(action=Action.UPSCALE, reply=replies.upscale_reply(records[0], source),
                     prompt=source.prompt or None, negative_prompt=source.negative_prompt or None,
                     source=source.id, images=records, method=ImageMethod.UPSCALE.value, notes=notes(conv))
