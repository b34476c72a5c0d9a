"""Ask a capable LLM for the turn's plan: constrained JSON, time-boxed, never exec'd.

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest tests/test_plan.py -q -k llm

``llm.chat_json(messages, schema, max_new_tokens=, timeout_s=)`` decodes under the plan's JSON schema and returns a
dict; the call runs in a worker thread and is abandoned after the time budget (the LLM's own timeout stops it).
Every failure (timeout, error, an object that isn't a valid plan) raises ``PlanUnavailable`` with the reason.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any

from chat.plan import PLAN_SCHEMA, TurnPlan, plan_from_json


@dataclass
class PlannerConfig:
    """How long and how much the planner may ask of the LLM."""

    cpu_budget_s: float = 4.0  # the whole plan on a CPU
    gpu_budget_s: float = 1.0  # ... on a GPU
    max_new_tokens: int = 200  # a plan with a few ops fits in ~120 tokens


class PlanUnavailable(Exception):
    """The LLM gave no usable plan; the message says why (shown in Details)."""


def is_capable(llm: Any) -> bool:
    """An LLM that can plan: it says so (``capable_planner``) and has the structured-output call."""
    return (llm is not None and bool(getattr(llm, "capable_planner", False))
            and callable(getattr(llm, "chat_json", None)))


def budget_s(llm: Any, config: PlannerConfig) -> float:
    device = str(getattr(llm, "device", "cpu") or "cpu")
    return config.gpu_budget_s if device.startswith("cuda") else config.cpu_budget_s


def ask_plan(llm: Any, messages: list[dict], config: PlannerConfig = PlannerConfig()) -> TurnPlan:
    """The LLM's plan, or PlanUnavailable (slow, failed, or not a plan)."""
    limit = budget_s(llm, config)
    outcome: dict = {}

    def work() -> None:
        try:
            outcome["data"] = llm.chat_json(messages, PLAN_SCHEMA, max_new_tokens=config.max_new_tokens,
                                            timeout_s=limit)
        except Exception as err:  # noqa: BLE001 -- handed to the caller as a reason
            outcome["error"] = err

    worker = threading.Thread(target=work, daemon=True, name="easel-planner")
    worker.start()
    worker.join(limit + 0.25)  # a little past the LLM's own timeout, which should stop it first
    if worker.is_alive():
        raise PlanUnavailable(f"the LLM took longer than {limit:.1f} s")
    if "error" in outcome:
        err = outcome["error"]
        raise PlanUnavailable(f"the LLM failed ({type(err).__name__}: {str(err)[:120]})")
    try:
        return plan_from_json(outcome.get("data"))
    except (ValueError, TypeError) as err:
        raise PlanUnavailable(f"the LLM's plan is invalid ({str(err)[:160]})") from None
