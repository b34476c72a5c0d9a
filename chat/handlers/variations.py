"""Action.VARIATIONS: the same prompt with new seeds (uploads: img2img from the pixels); "3 versions in different
styles": one take per style Easel picks, each on the picture's own seed."""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

from chat import replies
from chat.handlers.common import (caption_upload, new_seeds, notes, prompts, render, render_size_of, source_of,
                                  source_size)
from chat.types import Action, ImageMethod, TurnResult
from chat.words.another import other_values, set_other, varied_slot
from chat.words.edit_plan import EditPlan

if TYPE_CHECKING:
    from chat.conversation import Conversation

UPLOAD_VARIATION_STRENGTH = 0.6  # how far variations of an upload may move from it
VARIED_TAKES = 3  # "in different styles" with no number: this many takes


def handle_variations(conv: "Conversation", text: str, decision, uploads) -> Iterator:
    from imaging import ImageRequest, Operation

    source = source_of(conv, uploads)
    named_from_file = caption_upload(conv, source, text)
    count = max(1, decision.count)
    scene = conv.state.scene_of(source.id)
    slot = varied_slot(text)
    if slot and source.prompt and source.method not in (ImageMethod.UPLOAD, ImageMethod.FLIP):
        yield from _varied_takes(conv, source, slot, count if count > 1 else VARIED_TAKES, text)
        return
    seeds = new_seeds(conv, count, avoid=[source.seed] if source.seed is not None else [])
    # an upload or a flipped picture is its pixels: a new seed of its prompt would draw it unflipped
    if source.method in (ImageMethod.UPLOAD, ImageMethod.FLIP) or not source.prompt:
        prompt, negative = prompts(conv, scene)
        request = ImageRequest(op=Operation.IMG2IMG, prompt=prompt, negative_prompt=negative, count=count,
                               seeds=seeds, strength=UPLOAD_VARIATION_STRENGTH,
                               source_image=conv.state.pixels_of(source.id), source_id=source.id,
                               extra=source_size(source))
        method, render_size = ImageMethod.IMG2IMG_VARIATION, None
    else:
        prompt, negative = source.prompt, source.negative_prompt
        width, height = render_size_of(conv, source)
        request = ImageRequest(op=Operation.TEXT2IMG, prompt=prompt, negative_prompt=negative, count=count,
                               seeds=seeds, width=width, height=height, source_id=source.id)
        method, render_size = ImageMethod.VARIATION, (width, height)
    records = yield from render(conv, request, action=Action.VARIATIONS, method=method, parent=source.id,
                                scene=scene, render_size=render_size, text=text)
    yield TurnResult(action=Action.VARIATIONS, reply=replies.variations_reply(records), prompt=prompt,
                     negative_prompt=negative, source=source.id, images=records,
                     notes=notes(conv) + ([named_from_file] if named_from_file else []))


def _varied_takes(conv: "Conversation", source, slot: str, count: int, text: str) -> Iterator:
    """One take per value Easel picks for the slot ("in different styles": watercolor, oil, pencil …), each drawn
    on the source's seed so the picture stays itself and only that slot differs."""
    from imaging import ImageRequest, Operation

    width, height = render_size_of(conv, source)
    seed = source.seed if source.seed is not None else new_seeds(conv, 1)[0]
    records, values = [], other_values(conv.state.scene_of(source.id), slot, count)
    trail = len(conv.state.current_trail)  # one step back from here is the source, as after any batch of takes
    for value in values:
        scene = conv.state.scene_of(source.id).copy()
        set_other(EditPlan(scene=scene), slot, value)
        prompt, negative = prompts(conv, scene)
        request = ImageRequest(op=Operation.TEXT2IMG, prompt=prompt, negative_prompt=negative, count=1,
                               seeds=[seed], width=width, height=height, source_id=source.id)
        records += yield from render(conv, request, action=Action.VARIATIONS, method=ImageMethod.VARIATION,
                                     parent=source.id, scene=scene, render_size=(width, height), text=text)
    conv.state.last_batch = [r.id for r in records]
    del conv.state.current_trail[trail:]
    conv.state.make_current(records[0].id)
    yield TurnResult(action=Action.VARIATIONS, reply=replies.varied_takes_reply(records, slot, values),
                     prompt=records[0].prompt, negative_prompt=records[0].negative_prompt, source=source.id,
                     images=records, notes=notes(conv))
