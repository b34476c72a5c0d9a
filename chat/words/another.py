""""try a different style", "another background", "new colours pls": the user wants a change but names no value,
so Easel picks one the picture hasn't got (from ``lexicon.OTHER_VALUES``) and says which; and "now a red and white
theme": a new theme or colour scheme takes the old one's place.

    .venv/bin/python -m pytest tests/test_brain_structure16.py -q -k "different or pick or theme or scheme"
"""
from __future__ import annotations

import re
from typing import Optional

from chat.words import lexicon
from chat.words.edit_plan import EditPlan, set_background, set_slot
from chat.words.normalize import alternatives
from chat.words.scene import Scene

_SLOT_WORD = {word: slot for slot, words in lexicon.OTHER_SLOT_WORDS.items() for word in words}
# "(try|use|do it in) a different style (please)", "new colours?", "another backdrop maybe"
OTHER_LOOK = re.compile(r"^(?:(?:make\s+it|do\s+it|try\s+it|put\s+it|give\s+it|try|use|do|pick|go\s+with|show\s+me|give\s+me|"
                        r"let'?s\s+(?:try|do|see))\s+)?(?:(?:it\s+)?(?:in|with|on|at)\s+)?(?:an?other|a\s+different|a\s+new|"
                        r"different|new|other|some\s+other|a\s+whole\s+new)\s+(?P<what>" + alternatives(_SLOT_WORD) +
                        r")(?:\s+(?:for\s+it|please|pls|plz|maybe|instead|this\s+time|then|too))*[\s.!?]*$", re.I)


_SLOT_WORDS = alternatives(list(_SLOT_WORD) + [w + "s" for w in _SLOT_WORD if not w.endswith("s")] + ["media"])
# "3 versions in different styles", "can i see it in a couple of different colours": takes that each differ there
VARIED_LOOK = re.compile(r"\b(?:in|with|as|using|under|at)\s+(?:(?:a\s+few|a\s+couple(?:\s+of)?|some|several|\d+|two|three|four|"
                         r"five|six)\s+)?(?:different|other|various|varied|alternative|new|random)\s+(?P<what>" + _SLOT_WORDS +
                         r")(?:\s+(?:please|pls|plz|too|then|maybe|instead|for\s+(?:it|this|me|us)|so\s+i\s+can\s+(?:pick|"
                         r"choose|compare)))*[\s.!?]*$", re.I)
_PLURAL_OF = {"media": "medium"}


def varied_slot(text: str) -> Optional[str]:
    """Which slot the takes of a picture should each differ in ("3 versions in different styles" -> style), or None."""
    match = VARIED_LOOK.search(text)
    if not match:
        return None
    what = re.sub(r"\s+", " ", match.group("what").lower())
    return _SLOT_WORD.get(what) or _SLOT_WORD.get(_PLURAL_OF.get(what, what[:-1]))


def other_values(scene: Scene, slot: str, count: int) -> list[str]:
    """Easel's picks for this slot that the picture doesn't already have, the first ``count`` (fewer when there are
    fewer: no two takes alike)."""
    have = " ".join([scene.subject, scene.style, scene.time, scene.weather, scene.lighting, scene.colour,
                     *scene.details]).lower()
    picks = lexicon.OTHER_VALUES[slot]
    fresh = [p for p in picks if not all(w in have for w in re.findall(r"[a-z]+", p.lower()) if len(w) > 3)] or list(picks)
    return fresh[:count]


def other_value(scene: Scene, slot: str) -> str:
    """The first of Easel's picks for this slot that the picture doesn't already have."""
    return other_values(scene, slot, 1)[0]


def set_other(plan: EditPlan, slot: str, value: str) -> None:
    """Set a slot to one of Easel's picks (a background is a place, the others a look)."""
    if slot == "background":
        set_background(plan, value)
    else:
        set_slot(plan, slot, value)


def other_look(plan: EditPlan, clause: str, low: str) -> bool:
    """An edit clause rule: a different value of a slot, picked by Easel ("Here it is as a watercolor painting (a style
    I picked: name one if you have one in mind)")."""
    match = OTHER_LOOK.match(clause.strip())
    slot = asks_other_look(clause)
    if not slot:
        return False
    set_other(plan, slot, other_value(plan.scene, slot))
    if plan.phrases:
        plan.phrases[-1] += f" (a {match.group('what').lower()} I picked: name one if you have one in mind)"
    return True


def asks_other_look(text: str) -> Optional[str]:
    """Which slot a message asks Easel to change without naming a value ("can you try a different style" -> style)."""
    match = OTHER_LOOK.match(text.strip())
    return _SLOT_WORD[re.sub(r"\s+", " ", match.group("what").lower())] if match else None


_THEME_NOUN = r"(?:theme|colou?r\s+scheme|colou?r\s+palette|palette|colou?rway)"
# an earlier theme in the picture's words, with its lead ("with an orange and brown theme")
_OLD_THEME = re.compile(r"(?:,\s*|\s+)?(?:(?:with|in)\s+)?(?:an?\s+|the\s+)?(?:[\w'-]+\s+(?:and\s+|&\s+)?){1,4}?" + _THEME_NOUN +
                        r"\b", re.I)
# "now a red and white theme", "use a pastel colour scheme instead", "change the theme to red and white"
NEW_THEME = re.compile(r"^(?:(?:now|then|and|but|just|maybe)\s+)*(?:(?:make\s+it|do\s+it|try|use|go\s+with|switch\s+to|"
                       r"change\s+(?:it\s+)?to|give\s+it)\s+)?(?:(?:with|in)\s+)?(?:an?\s+)?(?P<theme>(?:[\w'-]+\s+(?:and\s+|&\s+)?)"
                       r"{1,4}?" + _THEME_NOUN + r")(?:\s+instead)?[\s.!?]*$"
                       r"|^(?:change|switch|make)\s+the\s+" + _THEME_NOUN + r"\s+(?:to|into)\s+(?:an?\s+)?(?P<to>[\w'&\s-]+?)"
                       r"(?:\s+instead)?[\s.!?]*$", re.I)


def new_theme(plan: EditPlan, clause: str, low: str) -> bool:
    """An edit clause rule: a new theme or colour scheme replaces the old one ("now a red and white theme")."""
    match = NEW_THEME.match(clause.strip())
    if not match or not _OLD_THEME.search(" ".join([plan.scene.subject, *plan.scene.details])):
        return False
    theme = match.group("theme") or f"{match.group('to').strip()} theme"
    plan.scene.subject = _OLD_THEME.sub("", plan.scene.subject).strip(" ,")
    plan.scene.details = [d for d in (_OLD_THEME.sub("", d).strip(" ,") for d in plan.scene.details) if d]
    phrase = f"with {'an' if theme[0].lower() in 'aeiou' else 'a'} {theme}"
    plan.scene.details.append(phrase)
    plan.record("colour", theme, phrase)
    return True
