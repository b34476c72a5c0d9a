"""Shared by the planner tests: a capable planner fake with ``chat_json``, plan objects, a no-pixel session.

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest tests/test_plan.py tests/test_guard.py -q
"""
import time

from chat.conversation import ChatSettings, Conversation
from chat.nopixels import NoPixelEngine
from chat.services import Services


class PlannerLLM:
    """A capable planner fake: ``chat_json`` answers from a queue (a dict, an exception to raise, or a number of
    seconds to sleep first); chat answers are fixed."""

    name, is_instruct, capable_planner, device = "planner-fake", True, True, "cpu"

    def __init__(self, *answers):
        self.answers = list(answers)
        self.json_calls = []

    def chat_json(self, messages, schema, *, max_new_tokens=200, timeout_s=4.0):
        self.json_calls.append((messages, schema, max_new_tokens, timeout_s))
        answer = self.answers.pop(0) if self.answers else {}
        if isinstance(answer, (int, float)):
            time.sleep(answer)
            answer = self.answers.pop(0) if self.answers else {}
        if isinstance(answer, Exception):
            raise answer
        return answer

    def chat_stream(self, messages, *, max_new_tokens=200, stop_event=None):
        yield "Happy to help."


def plan_dict(action="generate", ops=(), target=None, count=1, aspect=None, negatives=(), reply="ok"):
    return {"action": action, "target": target, "ops": [dict(op=o, slot=s, value=v) for o, s, v in ops],
            "count": count, "aspect": aspect, "negatives": list(negatives), "reply": reply}


def session(llm):
    return Conversation(Services(llm=llm, engine=NoPixelEngine("sd-turbo")), ChatSettings(rng_seed=3))
