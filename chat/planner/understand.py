"""One plan per turn: the capable LLM's when it passes the guard, else the rules' (with the reason).

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest tests/test_plan.py -q
"""
from __future__ import annotations

import logging
from typing import Any, Optional, Sequence

from chat.plan import TurnPlan
from chat.planner.ask import PlannerConfig, PlanUnavailable, ask_plan, is_capable
from chat.planner.guard import GuardContext, check_plan, looks_foreign
from chat.planner.prompt import context_text, plan_messages
from chat.planner.rules import rules_plan
from chat.types import Action, ImageRecord
from chat.words.route import Route
from chat.words.route_patterns import META_TALK

log = logging.getLogger(__name__)


def _llm_plan(llm: Any, text: str, ctx: GuardContext, images: Sequence[ImageRecord],
              current: Optional[ImageRecord], history: Sequence[dict], config: PlannerConfig) -> TurnPlan:
    """The LLM's plan, or PlanUnavailable with every reason it was not usable."""
    messages = plan_messages(text, context_text(current, ctx.scene, images, history))
    plan = ask_plan(llm, messages, config)
    if plan.target is None and plan.action in (Action.EDIT, Action.VARIATIONS, Action.UPSCALE,
                                               Action.DESCRIBE) and ctx.current_id:
        plan.target = ctx.current_id
    problems = check_plan(plan, ctx)
    if problems:
        raise PlanUnavailable("; ".join(problems))
    if looks_foreign(text):
        plan.reason = f"llm plan (translated from: {text[:200]})"
    return plan


def make_plan(decision: Route, text: str, ctx: GuardContext, *, llm: Any = None,
              images: Sequence[ImageRecord] = (), current: Optional[ImageRecord] = None,
              history: Sequence[dict] = (), config: PlannerConfig = PlannerConfig()) -> TurnPlan:
    """The turn's plan. ``decision`` is the router's; uploads and instructions talk always go by the rules."""
    rules = rules_plan(decision, text, ctx)
    if not is_capable(llm) or ctx.has_upload or META_TALK.search(text.lower()):
        return rules
    try:
        return _llm_plan(llm, text, ctx, images, current, history, config)
    except PlanUnavailable as err:
        log.info("planner: the LLM's plan was not used: %s", err)
        rules.fallback_reason = str(err)
        return rules
