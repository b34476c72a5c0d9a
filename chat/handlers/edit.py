"""Action.EDIT: the edit plan (the rules' parse, or an LLM plan's ops) changes the scene; same seed re-render,
img2img from the pixels, or a new shape."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterator, Optional

from chat import replies
from chat.handlers.common import (caption_upload, new_seeds, notes, render, render_size_of, seed_of, source_of,
                                  source_size, written_prompts)
from chat.planner.apply import edit_plan
from chat.words.continued import part_recoloured_again
from chat.words.edit import apply_edit, upload_strength
from chat.words.fixes import flip_axis
from chat.words.normalize import strip_filler
from chat.words.edit_plan import EditPlan
from chat.words.sizes import size_for_aspect
from chat.types import Action, EditMethod, ImageMethod, ImageRecord, TurnResult, TurnUpdate

if TYPE_CHECKING:
    from chat.conversation import Conversation


def _img2img_request(conv: "Conversation", source: ImageRecord, plan: EditPlan, prompt: str, negative: str,
                     render_wh: tuple[int, int], seeds: list[int]):
    """An img2img edit: from the source's pixels, strength by the size of the change (uploads: always)."""
    from imaging import ImageRequest, Operation

    is_upload = source.method == ImageMethod.UPLOAD
    strength = plan.strength if (plan.method is EditMethod.IMG2IMG and not is_upload) else upload_strength(plan)
    width, height = render_wh if plan.aspect else (None, None)
    request = ImageRequest(op=Operation.IMG2IMG, prompt=prompt, negative_prompt=negative, seeds=seeds, count=len(seeds),
                           strength=strength, source_image=conv.state.pixels_of(source.id), source_id=source.id,
                           width=width, height=height, extra=source_size(source))
    render_size = None if is_upload else render_wh  # an upload: its own shape at the model's area
    return request, ImageMethod.IMG2IMG, strength, render_size


def _edit_reply(source: ImageRecord, plan: EditPlan, method: ImageMethod, record: ImageRecord,
                strength: Optional[float], count: int = 1) -> str:
    if source.method == ImageMethod.UPLOAD:
        return replies.upload_edit_reply(plan.changes, strength, phrases=plan.phrases, aspect=plan.aspect)
    return replies.edit_reply(plan.changes, method.value, record, strength, phrases=plan.phrases, kinds=plan.kinds,
                              aspect=plan.aspect, device=plan.device, count=count)


def handle_edit(conv: "Conversation", text: str, decision, uploads) -> Iterator:
    from imaging import ImageRequest, Operation

    source = source_of(conv, uploads)
    axis = flip_axis(strip_filler(text))
    if axis:  # "flip it horizontally": the pixels turned over, exactly; no prompt, no model
        return (yield from _flip(conv, source, axis, text))
    yield TurnUpdate(status="Writing the prompt…")
    named_from_file = caption_upload(conv, source, text)
    if getattr(decision, "source", "rules") == "llm":  # the LLM's slot operations, checked by the guard
        plan = edit_plan(conv.state.scene_of(source.id), decision)
    else:  # ("and ruby red" after "make the swirl amber": the swirl again)
        text = part_recoloured_again(text, source.request_text)
        plan = apply_edit(conv.state.scene_of(source.id), text)
    scene = plan.scene
    prompt, negative, note = yield from written_prompts(conv, scene, text)
    render_wh = size_for_aspect(plan.aspect, conv.engine.preset) if plan.aspect else render_size_of(conv, source)
    count = max(1, getattr(decision, "count", 1) or 1)  # "2 more but with a top hat": the change, on new seeds
    seeds = [seed_of(conv, source)] if count == 1 else new_seeds(conv, count, avoid=[s for s in [source.seed] if s])
    if source.seed is None or source.method in (ImageMethod.UPLOAD, ImageMethod.FLIP) or plan.method is EditMethod.IMG2IMG \
            or _from_a_photo(conv, source):  # (a photo's edit, re-drawn from words alone, would lose the photo)
        request, method, strength, render_size = _img2img_request(conv, source, plan, prompt, negative, render_wh, seeds)
    else:
        method, strength, render_size = ImageMethod(plan.method.value), None, render_wh
        request = ImageRequest(op=Operation.TEXT2IMG, prompt=prompt, negative_prompt=negative, seeds=seeds,
                               count=len(seeds), width=render_wh[0], height=render_wh[1], source_id=source.id)
    records = yield from render(conv, request, action=Action.EDIT, method=method, parent=source.id, scene=scene,
                                render_size=render_size, text=text)
    reply = _edit_reply(source, plan, method, records[0], strength, count=len(records))
    if re.search(r"\b(?:transparent|see-through)\b", text, re.I):  # said plainly, as for a new picture
        reply = f"{reply} {replies.NO_TRANSPARENCY}"
    yield TurnResult(action=Action.EDIT, reply=reply, prompt=prompt,
                     negative_prompt=negative, source=source.id, images=records, method=method.value,
                     notes=notes(conv) + [n for n in (note, named_from_file) if n])


def _from_a_photo(conv: "Conversation", record: ImageRecord) -> bool:
    """Whether the picture came from an uploaded photo, through any chain of edits."""
    seen = set()
    while record.method != ImageMethod.UPLOAD:
        if not record.parent or record.parent in seen:
            return False
        seen.add(record.id)
        record = conv.state.get(record.parent)
    return True


def _flip(conv: "Conversation", source: ImageRecord, axis: str, text: str) -> Iterator:
    """The source mirrored left to right, or upside down: its own pixels, saved as a new picture with its prompt."""
    from imaging import ImageRequest, Operation

    request = ImageRequest(op=Operation.FLIP, flip=axis, prompt=source.prompt or "",
                           negative_prompt=source.negative_prompt or "", seeds=[seed_of(conv, source)],
                           source_image=conv.state.pixels_of(source.id), source_id=source.id, extra=source_size(source))
    records = yield from render(conv, request, action=Action.EDIT, method=ImageMethod.FLIP, parent=source.id,
                                scene=conv.state.scene_of(source.id), render_size=render_size_of(conv, source), text=text)
    yield TurnResult(action=Action.EDIT, reply=replies.flip_reply(axis), prompt=source.prompt or None,
                     negative_prompt=source.negative_prompt or None, source=source.id, images=records,
                     method=ImageMethod.FLIP.value, notes=notes(conv))
