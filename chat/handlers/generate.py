"""Action.GENERATE: the request becomes a scene, the scene a prompt; new seeds, a size from the words."""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

from chat import replies
from chat.handlers.common import new_seeds, notes, prompts, render
from chat.types import Action, ImageMethod, TurnResult, TurnUpdate
from chat.words.request import carry_style, parse_request, same_style_subject
from chat.words.scene import render_negative
from chat.words.sizes import size_for_aspect
from chat.words.topic import resolve_reference

if TYPE_CHECKING:
    from chat.conversation import Conversation


def handle_generate(conv: "Conversation", text: str, decision, uploads) -> Iterator:
    from imaging import ImageRequest, Operation

    yield TurnUpdate(status="Writing the prompt…")
    same_style = same_style_subject(text) if conv.state.current is not None else None
    parsed = parse_request(same_style or text)
    scene = parsed.scene
    if same_style:  # "same style but an elephant": the new subject in the current picture's style
        carry_style(conv.state.scene_of(conv.state.current.id), scene)
    if resolve_reference(scene, conv.state.topic):
        parsed.plain = f"{parsed.plain} ({conv.state.topic})"
    count = max(parsed.count, decision.count if decision.action is Action.GENERATE else 1)
    if conv.settings.rewrite:
        prompt, negative = prompts(conv, scene)
    else:
        prompt, negative = parsed.plain, render_negative(scene, enrich=False)
    width, height = size_for_aspect(parsed.aspect, conv.engine.preset)
    width, height = conv.settings.width or width, conv.settings.height or height
    if conv.settings.seed is not None:
        seeds = [conv.settings.seed + i for i in range(count)]
    else:
        seeds = new_seeds(conv, count)
    request = ImageRequest(op=Operation.TEXT2IMG, prompt=prompt, negative_prompt=negative, count=count,
                           seeds=seeds, width=width, height=height)
    records = yield from render(conv, request, action=Action.GENERATE, method=ImageMethod.TXT2IMG, parent=None,
                                scene=scene, render_size=(width, height), text=text)
    reply = replies.generate_reply(scene.subject, records, aspect=parsed.aspect)
    yield TurnResult(action=Action.GENERATE, reply=reply, prompt=prompt, negative_prompt=negative,
                     images=records, notes=notes(conv))
