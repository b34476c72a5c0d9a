"""A plan's slot operations applied to a scene: a new Scene for a new picture, an EditPlan for a change.

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest tests/test_plan.py -q

Only the public functions of ``chat.words`` change the scene (``set_slot``, ``add_thing``, ``remove_thing``,
``set_background``), so an LLM plan edits a scene exactly the way the rules would have for the same change.
"""
from __future__ import annotations

import re

from chat.plan import Slot, SlotOp, SlotOpKind, TurnPlan
from chat.words.edit import choose_method
from chat.words.edit_plan import EditPlan, add_thing, remove_thing, set_background, set_slot
from chat.words.scene import QUOTE_RE, Scene, remove_terms, tidy
from chat.words.slots import slot_phrase, slot_value

# plan slots -> Scene fields that hold one value
SCENE_FIELD = {Slot.TIME: "time", Slot.WEATHER: "weather", Slot.LIGHTING: "lighting", Slot.PALETTE: "colour",
               Slot.STYLE: "style", Slot.CAMERA: "framing"}
_SETTING_DETAIL = re.compile(r"^(?:in|on|at|inside|under|near|by|beside|over)\s|\bbackground$", re.I)
_SETTING_TAIL = re.compile(r"\s+(?:in|on|at|inside|under|near|by|beside)\s+(?:a|an|the)\s+[^,]+$", re.I)


def text_detail(value: str) -> str:
    """Words to write in the picture, quoted (verbatim, as the rules keep quoted text)."""
    value = value.strip()
    return value if QUOTE_RE.fullmatch(value) else f'the text "{value.strip(chr(34))}"'


def new_scene(plan: TurnPlan) -> Scene:
    """A new picture's scene from the plan's ops (subject first, the other slots after, negatives apart)."""
    scene = Scene(negatives=list(plan.negatives))
    subjects: list[str] = []
    for op in plan.ops:
        if op.op is SlotOpKind.REMOVE:
            continue
        if op.slot is Slot.SUBJECT:
            subjects.append(op.value.strip())
        elif op.slot in SCENE_FIELD:
            name = SCENE_FIELD[op.slot]
            setattr(scene, name, slot_value(name, op.value))
        elif op.slot is Slot.TEXT:
            scene.details.append(text_detail(op.value))
        else:  # setting, composition: their own phrase after the subject
            scene.details.append(op.value.strip())
    scene.subject = ", ".join(s for s in subjects if s)
    return scene


def _replace_setting(plan: EditPlan, value: str) -> None:
    """"put it somewhere else": the old place goes (a setting detail, or a place phrase ending the subject)."""
    scene = plan.scene
    scene.details = [d for d in scene.details if not _SETTING_DETAIL.search(d)]
    scene.subject = tidy(_SETTING_TAIL.sub("", scene.subject))
    if value.strip():
        if value.lower().endswith("background"):
            set_background(plan, value)
            return
        scene.details.append(value.strip())
    plan.kinds.append("replace")
    plan.changes.append(value.strip())
    plan.phrases.append(value.strip())


def _replace_text(plan: EditPlan, value: str) -> None:
    """New words in the picture: every old quoted text goes."""
    scene = plan.scene
    scene.subject = tidy(QUOTE_RE.sub("", scene.subject))
    scene.details = [d for d in scene.details if not QUOTE_RE.search(d)]
    if value.strip():
        scene.details.append(text_detail(value))
    plan.kinds.append("replace")
    plan.changes.append(f"text {value.strip()}")
    plan.phrases.append(f"with the text {text_detail(value).split(' ', 2)[-1]}")


def _clear_slot(plan: EditPlan, name: str) -> None:
    old = getattr(plan.scene, name)
    if old:
        plan.scene.subject = remove_terms(plan.scene.subject, (old,))
    setattr(plan.scene, name, "")
    plan.kinds.append(name)
    plan.changes.append(f"no {old or name}")
    plan.phrases.append(f"without the {old or name}")


def _apply_op(plan: EditPlan, op: SlotOp) -> None:
    if op.slot in SCENE_FIELD:
        name = SCENE_FIELD[op.slot]
        _clear_slot(plan, name) if op.op is SlotOpKind.REMOVE else set_slot(plan, name, op.value)
    elif op.slot is Slot.SETTING:
        _replace_setting(plan, "" if op.op is SlotOpKind.REMOVE else op.value)
    elif op.slot is Slot.TEXT:
        _replace_text(plan, "" if op.op is SlotOpKind.REMOVE else op.value)
    elif op.op is SlotOpKind.REMOVE:
        remove_thing(plan, op.value)
    elif op.slot is Slot.SUBJECT and op.op in (SlotOpKind.SET, SlotOpKind.REPLACE):
        plan.scene.subject = op.value.strip()
        plan.kinds.append("replace")
        plan.changes.append(op.value.strip())
        plan.phrases.append(slot_phrase("add", op.value.strip()))
    else:  # subject add, composition
        add_thing(plan, op.value)


def edit_plan(scene: Scene, plan: TurnPlan) -> EditPlan:
    """The plan's changes applied to a copy of ``scene``, with the re-make method the rules would pick."""
    edit = EditPlan(scene=scene.copy())
    for negative in plan.negatives:
        remove_thing(edit, negative)
    for op in plan.ops:
        _apply_op(edit, op)
    if plan.aspect:
        set_slot(edit, "aspect", plan.aspect)
    choose_method(edit)
    return edit


def scene_ops(old: Scene, new: Scene) -> list[SlotOp]:
    """The slot operations that turn ``old`` into ``new`` (how a rules plan states what it changed)."""
    ops: list[SlotOp] = []
    if new.subject != old.subject and new.subject:
        ops.append(SlotOp("set" if not old.subject else "replace", "subject", new.subject[:300]))
    for slot, name in SCENE_FIELD.items():
        before, after = getattr(old, name), getattr(new, name)
        if after != before:
            ops.append(SlotOp("remove", slot, before[:300]) if not after else
                       SlotOp("set" if not before else "replace", slot, after[:300]))
    if new.medium_hint and new.medium_hint != old.medium_hint and not new.style:  # "a painting of …"
        ops.append(SlotOp("set", "style", new.medium_hint[:300]))
    if new.quality and new.quality != old.quality:  # "more detail": no slot of its own, an addition
        ops.append(SlotOp("add", "composition", new.quality[:300]))
    for detail in new.details:
        if detail not in old.details:
            ops.append(SlotOp("add", "subject", detail[:300]))
    for detail in old.details:
        if detail not in new.details:
            ops.append(SlotOp("remove", "subject", detail[:300]))
    return ops
