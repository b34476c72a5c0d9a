"""Understanding a turn: one TurnPlan from the LLM when a capable one is loaded, else from the rules; every plan
checked by the rules' guard.

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest tests/test_plan.py tests/test_guard.py -q

- ``apply``   a plan's slot operations on a Scene (new picture) or an EditPlan (change)
- ``guard``   the checks every plan passes (words kept, negatives out, target real, pronouns, instructions talk)
- ``rules``   the router's decision + request/edit parse as a plan
- ``prompt``  the planner's messages for the LLM (system prompt, worked turns, scene and images)
- ``ask``     the time-boxed, schema-constrained LLM call
- ``understand``  ``make_plan``: LLM plan, guard, fallback to the rules with the reason
- ``explain``  the notes Details shows about the plan

Imports run down this list.
"""
from chat.planner.understand import make_plan

__all__ = ["make_plan"]
