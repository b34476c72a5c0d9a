"""What Details says about the turn's plan: who made it, and why an LLM plan was not used.

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest tests/test_plan.py -q -k notes
"""
from __future__ import annotations

from typing import Optional

from chat.plan import TurnPlan
from chat.planner.guard import looks_foreign
from chat.translator import Translation
from chat.types import Action, TurnResult

TRANSLATED = ("(I read your message in English, with the small offline model, as: \"{english}\" — the original is "
              "in Details.)")
WORD_BY_WORD = ("(I read your message word by word with my offline word list, as: \"{english}\"{kept} — the original "
                "is in Details; English will work best.)")
UNTRANSLATED = ("I drew this from your words as written — my offline language model can't translate them, so "
                "English will work best.")


def plan_notes(plan: TurnPlan, text: str) -> list[str]:
    """Notes for Details: the plan's maker, a fallback and its reason, a translation."""
    notes = []
    if plan.source == "llm":
        notes.append(f"plan: by the LLM ({plan.action.value}), checked by the rules")
        if looks_foreign(text):
            notes.append(f"translated into English from: {text[:300]}")
    elif plan.fallback_reason:
        notes.append(f"plan: the LLM's plan was not used ({plan.fallback_reason}); the rules' plan was used")
    return notes


def explain_plan(plan: TurnPlan, text: str, result: Optional[TurnResult],
                 translation: Optional[Translation] = None) -> None:
    """Add the plan's notes to the result; a drawing from another language says how its words were read."""
    if result is None:
        return
    result.notes.extend(plan_notes(plan, text))
    if translation is not None:
        result.notes.append(translation.note())
    drew = bool(result.images) and plan.action in (Action.GENERATE, Action.EDIT) and not result.error
    if not drew or plan.source != "rules" or not looks_foreign(text):
        return
    if translation is not None and translation.ok and translation.source == "dictionary":
        kept = f"; words it didn't know were kept as typed: {', '.join(translation.unknown)}" if translation.unknown \
            else ""
        result.reply = f"{result.reply} {WORD_BY_WORD.format(english=translation.text, kept=kept)}"
        return
    if translation is not None and translation.ok:
        result.reply = f"{result.reply} {TRANSLATED.format(english=translation.text)}"
        return
    result.reply = f"{result.reply} {UNTRANSLATED}"
    result.notes.append("the message looks like another language; the prompt uses its words untranslated")
