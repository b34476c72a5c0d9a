"""The rules' plan: today's router decision and request/edit parsing, wrapped as a TurnPlan.

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest tests/test_plan.py -q

The handlers act on a rules plan exactly as they acted on the router's decision; the slot operations only state
what the rules' parse changes (for Details and for comparing with an LLM plan).
"""
from __future__ import annotations

import logging
import re

from chat.capabilities import asks_to_do_lacking
from chat.plan import MAX_COUNT, SlotOp, TurnPlan
from chat.planner.apply import scene_ops
from chat.planner.guard import GuardContext, pronoun_edit
from chat.types import Action
from chat.words.edit import apply_edit
from chat.words.request import parse_request
from chat.words.route import Route
from chat.words.sizes import aspect_from_text, shape_said_outright

log = logging.getLogger(__name__)


def _ops(action: Action, text: str, ctx: GuardContext) -> tuple[list[SlotOp], list[str], object]:
    """(ops, negatives, aspect) of the rules' parse; nothing when the parse fails (the handler says why later)."""
    try:
        if action is Action.GENERATE:
            parsed = parse_request(text)
            return scene_ops(ctx.scene.__class__(), parsed.scene), parsed.scene.negatives, parsed.aspect
        if action is Action.EDIT:
            edit = apply_edit(ctx.scene, text)
            new = [n for n in edit.scene.negatives if n not in ctx.scene.negatives]
            return scene_ops(ctx.scene, edit.scene), new, edit.aspect
    except Exception as err:  # noqa: BLE001 -- a description of the plan must never fail the turn
        log.warning("rules plan: could not list the scene changes (%s)", err)
    return [], [], None


# with an upload, only an ask to set it in motion is something Easel can't do ("can u animate this", "make it a gif")
_ANIMATE_ASKED = re.compile(r"\banimate\b|\b(?:make|turn|get)\s+(?:it|this|that|them|the\s+\w+)\s+(?:(?:into\s+)?an?\s+"
                            r"(?:video|gif|animation|movie|clip)|move|moving|bounce|spin|blink|dance|wave)\b", re.I)


def rules_plan(decision: Route, text: str, ctx: GuardContext) -> TurnPlan:
    """The router's decision as a plan; "make him smile" with a picture on screen is an edit of it."""
    action, reason = decision.action, decision.reason
    if action is Action.GENERATE and ctx.current_id is not None and pronoun_edit(text):
        action, reason = Action.EDIT, f"a pronoun for the current picture (rules said {reason})"
    lack = asks_to_do_lacking(text) if action is not Action.CHAT and (
        not ctx.has_upload or _ANIMATE_ASKED.search(text)) else None  # "a screenshot from a video": where it came from
    if lack is not None:
        action, reason = Action.CHAT, f"asks for {lack.name}, which Easel can't do (rules said {reason})"
    acted_on = decision.text if decision.text and action is not Action.CHAT else text
    ops, negatives, aspect = _ops(action, acted_on, ctx)
    if action is Action.GENERATE and acted_on != text:  # "i'm making a phone wallpaper. … a garden": the shape said
        aspect = shape_said_outright(text) or aspect or aspect_from_text(text)  # before the ask; "… a poster? wide
        # please": the shape said outright after it beats the poster's
    return TurnPlan(action=action, target=decision.target, ops=ops, count=min(max(decision.count, 1), MAX_COUNT),
                    aspect=aspect, negatives=list(negatives), source="rules", reason=reason, text=decision.text,
                    confident=decision.confident, route=decision)
