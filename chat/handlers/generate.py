"""Action.GENERATE: the request becomes a scene (the rules' parse, or an LLM plan's ops), the scene a prompt; new
seeds, a size from the words."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterator, Optional

from chat import capabilities, replies
from chat.handlers.common import new_seeds, notes, render, written_prompts
from chat.planner.apply import new_scene
from chat.types import Action, ImageMethod, TurnResult, TurnUpdate
from chat.words import lexicon
from chat.words.detail import head_noun
from chat.words.normalize import split_side_talk
from chat.words.request import carry_style, parse_request, same_style_subject
from chat.words.scene import Scene, render_negative
from chat.words.sizes import size_for_aspect
from chat.words.topic import named_again, refer_back, resolve_reference

if TYPE_CHECKING:
    from chat.conversation import Conversation


def _facts_asked_on_the_side(conv: "Conversation", text: str) -> list[str]:
    """Answers from the fact sheet to questions after the request ("… a dragon? what sizes can you do?")."""
    answers = []
    for question in split_side_talk(text)[1]:
        canned = replies.canned_reply(question)
        answer = capabilities.capability_answer(question) or capabilities.about_easel_answer(
            question, str(getattr(conv.services.llm, "name", "") or ""), str(getattr(conv.engine, "model_name", "") or "")) \
            or (canned if canned in replies.FACT_REPLIES else None)
        if answer and answer not in answers:
            answers.append(answer)
    return answers


def _rules_scene(conv: "Conversation", text: str, decision) -> tuple[Scene, int, Optional[str], str]:
    """The rules' parse of the request: (scene, count, aspect, the user's words minus negatives)."""
    same_style = same_style_subject(text) if conv.state.current is not None else None
    parsed = parse_request(same_style or text)
    scene = parsed.scene
    aspect = getattr(decision, "aspect", None) or parsed.aspect  # the plan's shape: the request's, or one said outright
    # after the ask ("… a poster? wide please, it's for a banner")
    if same_style:  # "same style but an elephant": the new subject in the current picture's style (and shape)
        carry_style(conv.state.scene_of(conv.state.current.id), scene)
        aspect = aspect or _shape_of(conv.state.current)
    if resolve_reference(scene, conv.state.topic):
        parsed.plain = f"{parsed.plain} ({conv.state.topic})"
    elif conv.state.current is not None and not same_style:
        shown = conv.state.scene_of(conv.state.current.id)
        again = refer_back(scene.subject, shown.subject)
        if again:  # "one for christmas", "him again in a hat": a new picture of the thing on screen, in its style
            scene.subject = again
            if shown.category_of and shown.category_of == head_noun(again):  # "the back of it": the same bank
                scene.category, scene.category_of = shown.category, shown.category_of
        if again or re.match(r"(?:an?\s+)?matching\b", scene.subject, re.I):  # "a matching menu card": same look
            carry_style(shown, scene)
            aspect = aspect or _shape_of(conv.state.current)
        elif _named_character(conv, scene):  # "Pip holding a lantern": the hedgehog named Pip, in that picture's look
            aspect = aspect or _shape_of(conv.state.current)
    count = max(parsed.count, decision.count if decision.action is Action.GENERATE else 1)
    return scene, count, aspect, parsed.plain


def _named_character(conv: "Conversation", scene: Scene) -> bool:
    """A character named in an earlier picture of the session, said by name alone, gets what it is and that
    picture's style ("Pip holding a lantern" -> "Pip the shy hedgehog holding a lantern", in watercolor)."""
    earlier = [conv.state.scene_of(r.id) for r in reversed(conv.state.images)][:12]
    found = named_again(scene.subject, [s.subject for s in earlier])
    if found is None:
        return False
    scene.subject = found[0]
    carry_style(earlier[found[1]], scene)
    return True


def _shape_of(record) -> Optional[str]:
    """"wide" / "tall" for a picture clearly not square; None (the model's own size) otherwise."""
    if record.width > record.height * 1.15:
        return "wide"
    return "tall" if record.height > record.width * 1.15 else None


def _plan_scene(conv: "Conversation", text: str, plan) -> tuple[Scene, int, Optional[str], str]:
    """An LLM plan's scene (checked by the guard): its ops, count and shape; "same style but …" and "one with …"
    after a chat filled in as the rules do when the plan left them open; the words alone are the user's."""
    scene = new_scene(plan)
    if conv.state.current is not None and same_style_subject(text) and not (scene.style or scene.medium_hint):
        carry_style(conv.state.scene_of(conv.state.current.id), scene)
    resolve_reference(scene, conv.state.topic)
    return scene, plan.count, plan.aspect, parse_request(text).plain


def handle_generate(conv: "Conversation", text: str, decision, uploads) -> Iterator:
    from imaging import ImageRequest, Operation

    yield TurnUpdate(status="Writing the prompt…")
    from_llm = getattr(decision, "source", "rules") == "llm"
    scene, count, aspect, plain = (_plan_scene if from_llm else _rules_scene)(conv, text, decision)
    if conv.settings.rewrite:
        prompt, negative, note = yield from written_prompts(conv, scene, text)
    else:
        prompt, negative, note = plain, render_negative(scene, enrich=False), None
    width, height = size_for_aspect(aspect, conv.engine.preset)
    width, height = conv.settings.width or width, conv.settings.height or height
    if conv.settings.seed is not None:
        seeds = [conv.settings.seed + i for i in range(count)]
    else:
        seeds = new_seeds(conv, count)
    request = ImageRequest(op=Operation.TEXT2IMG, prompt=prompt, negative_prompt=negative, count=count,
                           seeds=seeds, width=width, height=height)
    records = yield from render(conv, request, action=Action.GENERATE, method=ImageMethod.TXT2IMG, parent=None,
                                scene=scene, render_size=(width, height), text=text)
    reply = replies.generate_reply(scene.subject, records, aspect=aspect)
    if lexicon.TRANSPARENT_BG.search(text):
        reply = f"{reply} {replies.NO_TRANSPARENCY}"
    reply = " ".join([reply, *_facts_asked_on_the_side(conv, text)])
    yield TurnResult(action=Action.GENERATE, reply=reply, prompt=prompt, negative_prompt=negative,
                     images=records, notes=notes(conv) + ([note] if note else []))
