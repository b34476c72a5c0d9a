"""Names of places ("paris", "new york", "tuscany") said after "in", "at", "to": where a picture is set.

    .venv/bin/python -c "from chat.words.places import named_places; print(named_places('a red bike in amsterdam'))"

The names come from GeoNames (CC BY 4.0) through scripts/make_place_names.py; everyday words are left out of them.
"""
from __future__ import annotations

import re
from functools import cache
from pathlib import Path

_NAMES_FILE = Path(__file__).with_name("place_names.txt")
_ENDS = (r"(?=\s*(?:[,.;!?]|$)|\s+(?:with|and|where|while|at|in|on|by|during|under|near|next|beside|behind|along|across|"
         r"above|below|among|around|over|outside|inside|from|that|which|as|full|covered|lit|instead|please|pls|now|too)\b)")


@cache
def place_names() -> frozenset[str]:
    lines = _NAMES_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


@cache
def _named_place() -> re.Pattern:
    names = sorted(place_names(), key=len, reverse=True)
    alternatives = "|".join(re.escape(name).replace(r"\ ", r"\s+") for name in names)
    return re.compile(r"(?:,\s*)?\b(?:in|at|near|outside|around|across|over|through|to|into)\s+(?:the\s+)?"
                      r"(?P<noun>" + alternatives + r")" + _ENDS, re.I)


def named_places(text: str) -> list[re.Match]:
    """The place phrases of ``text`` that name a place by its name ("in amsterdam", "to New York")."""
    return list(_named_place().finditer(text))


def is_place_name(text: str) -> bool:
    return re.sub(r"\s+", " ", text.strip().lower()) in place_names()
