"""One typed plan per turn: what the message asks for, whoever read it (the LLM or the rules).

    .venv/bin/python -c "import json; from chat.plan import PLAN_SCHEMA; print(json.dumps(PLAN_SCHEMA, indent=1))"

A ``TurnPlan`` names the action, the image it acts on, the scene changes as slot operations (``SlotOp``), the count,
the shape, the negatives and the reply. ``PLAN_SCHEMA`` is its JSON schema, handed to the LLM's constrained decoder;
``plan_from_json`` turns a decoded object back into a ``TurnPlan`` (a ``ValueError`` naming the bad field otherwise),
never by exec or eval.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import Enum
from typing import Any, Optional

from chat.types import Action

MAX_COUNT = 8  # the most images one turn may ask for
MAX_VALUE_CHARS = 300  # one slot value, one negative
MAX_OPS = 12  # slot operations in one plan
MAX_REPLY_CHARS = 600


class SlotOpKind(str, Enum):
    SET = "set"  # the slot takes this value (it had none, or the old one no longer matters)
    REPLACE = "replace"  # the slot's old value goes, this one comes ("put it somewhere else": a new setting)
    REMOVE = "remove"  # the value goes from the slot (and so from the picture)
    ADD = "add"  # one more thing in the slot ("add a rainbow": subject += a rainbow)


class Slot(str, Enum):
    SUBJECT = "subject"  # what the picture shows
    SETTING = "setting"  # where ("on a beach", "a city background")
    TIME = "time"  # time of day
    WEATHER = "weather"  # weather or season
    LIGHTING = "lighting"
    PALETTE = "palette"  # colour treatment ("black and white", "pastel colors")
    STYLE = "style"  # medium / art style
    TEXT = "text"  # words written in the picture (quoted)
    COMPOSITION = "composition"  # layout ("centered", "rule of thirds")
    CAMERA = "camera"  # shot and lens ("close-up", "wide angle")


@dataclass
class SlotOp:
    """One change to the scene: ``SlotOp("replace", "setting", "a snowy forest")``."""

    op: SlotOpKind
    slot: Slot
    value: str = ""

    def __post_init__(self):
        self.op, self.slot = SlotOpKind(self.op), Slot(self.slot)
        if not isinstance(self.value, str) or len(self.value) > MAX_VALUE_CHARS:
            raise ValueError(f"slot value={self.value!r} must be a string of at most {MAX_VALUE_CHARS} characters")
        if self.op is not SlotOpKind.REMOVE and not self.value.strip():
            raise ValueError(f"op={self.op.value!r} on slot={self.slot.value!r} needs a value")

    def to_dict(self) -> dict:
        return {"op": self.op.value, "slot": self.slot.value, "value": self.value}


@dataclass
class TurnPlan:
    """What one message asks for. Handlers read ``action``, ``count``, ``target`` (a revert/pick target for rules
    plans, an image id for LLM plans) and ``text`` like a router decision; ``reason`` says who decided and why."""

    action: Action
    target: Optional[str] = None  # the image acted on: an image id (LLM), or a revert target word (rules)
    ops: list[SlotOp] = field(default_factory=list)  # scene changes, in order
    count: int = 1  # how many images (1-8)
    aspect: Optional[str] = None  # 'wide' | 'tall' | 'square' | None (keep)
    negatives: list[str] = field(default_factory=list)  # what must not be in the picture
    reply: str = ""  # a chat answer, or a short line about the change ("" -> the handler's own reply)
    source: str = "rules"  # "llm" | "rules": who made the plan
    fallback_reason: str = ""  # why an LLM plan was not used ("" when none was tried or it passed)
    reason: str = ""  # the rule (or "llm plan") that decided the action
    text: Optional[str] = None  # what the action acts on when not the message as typed (rules)
    confident: bool = True
    route: Any = None  # the rules' Route this plan wraps (None for LLM plans)

    def __post_init__(self):
        self.action = Action(self.action)
        check_count(self.count)
        if self.aspect not in (None, "wide", "tall", "square"):
            raise ValueError(f"aspect={self.aspect!r} must be wide, tall, square or None")
        if self.source not in ("llm", "rules"):
            raise ValueError(f"source={self.source!r} must be 'llm' or 'rules'")

    def to_dict(self) -> dict:
        """The plan as JSON (what Details and the sidecar show); the wrapped Route is left out."""
        data = {k: v for k, v in asdict(self).items() if k != "route"}
        data["action"] = self.action.value
        data["ops"] = [op.to_dict() for op in self.ops]
        return data


def check_count(count: Any) -> None:
    if isinstance(count, bool) or not isinstance(count, int) or not 1 <= count <= MAX_COUNT:
        raise ValueError(f"count={count!r} must be a whole number from 1 to {MAX_COUNT}")


_STR = {"type": "string", "maxLength": MAX_VALUE_CHARS}
PLAN_SCHEMA: dict = {
    "type": "object",
    "properties": {
        "action": {"type": "string", "enum": [a.value for a in Action]},
        "target": {"type": ["string", "null"], "maxLength": 40},
        "ops": {"type": "array", "maxItems": MAX_OPS, "items": {
            "type": "object",
            "properties": {"op": {"type": "string", "enum": [k.value for k in SlotOpKind]},
                           "slot": {"type": "string", "enum": [s.value for s in Slot]},
                           "value": {**_STR, "minLength": 1}},
            "required": ["op", "slot", "value"],
            "additionalProperties": False,
        }},
        "count": {"type": "integer", "minimum": 1, "maximum": MAX_COUNT},
        "aspect": {"type": ["string", "null"], "enum": ["wide", "tall", "square", None]},
        "negatives": {"type": "array", "maxItems": MAX_OPS, "items": _STR},
        "reply": {"type": "string", "maxLength": MAX_REPLY_CHARS},
    },
    "required": ["action", "target", "ops", "count", "aspect", "negatives", "reply"],
    "additionalProperties": False,
}


def _field(data: dict, name: str, kind, default):
    value = data.get(name, default)
    if value is None and default is None:
        return None
    if not isinstance(value, kind) or isinstance(value, bool) and kind is int:
        raise ValueError(f"plan field {name}={value!r} has the wrong type")
    return value


def plan_from_json(data: Any) -> TurnPlan:
    """A decoded LLM object -> TurnPlan (source "llm"); ValueError naming the first bad field."""
    if not isinstance(data, dict):
        raise ValueError(f"plan={data!r} is not a JSON object")
    extra = set(data) - set(PLAN_SCHEMA["properties"])
    if extra:
        raise ValueError(f"plan has unknown fields {sorted(extra)}")
    try:
        action = Action(data.get("action"))
    except ValueError:
        raise ValueError(f"plan action={data.get('action')!r} is not one of {[a.value for a in Action]}") from None
    ops_data = _field(data, "ops", list, [])
    if len(ops_data) > MAX_OPS:
        raise ValueError(f"plan has {len(ops_data)} ops; at most {MAX_OPS}")
    ops = []
    for item in ops_data:
        if not isinstance(item, dict) or set(item) - {"op", "slot", "value"}:
            raise ValueError(f"plan op={item!r} must be an object with op, slot and value")
        ops.append(SlotOp(item.get("op"), item.get("slot"), item.get("value", "")))
    negatives = _field(data, "negatives", list, [])
    if not all(isinstance(n, str) and len(n) <= MAX_VALUE_CHARS for n in negatives):
        raise ValueError(f"plan negatives={negatives!r} must be short strings")
    reply = _field(data, "reply", str, "")
    return TurnPlan(action=action, target=_field(data, "target", str, None) or None, ops=ops,
                    count=_field(data, "count", int, 1), aspect=_field(data, "aspect", str, None),
                    negatives=[n.strip() for n in negatives if n.strip()], reply=reply[:MAX_REPLY_CHARS],
                    source="llm", reason="llm plan")
