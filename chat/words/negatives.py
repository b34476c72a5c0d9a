""""no X" / "without X" / "don't include X": what must not be in the picture.

    .venv/bin/python -c "from chat.words.negatives import extract_negatives; print(extract_negatives('a beach, no people'))"
"""
from __future__ import annotations

import re

from chat.words import lexicon
from chat.words.glossary import ENGLISH_ADJECTIVES
from chat.words.scene import tidy
from chat.words.slots import classify_phrase

_LOOK_KINDS = ("weather", "lighting", "time", "colour")  # a look said after a list of things left out

# where the thing must not be goes with it ("no people in the background", "no clouds in the sky", "no text at all")
_NEG_STOP = r"(?:\s+(?:on|in|inside|around|near)\s+(?:it|them)\b|\s+(?:in|on|at)\s+the\s+(?:background|foreground|" \
            r"sky|distance|picture|image|photo|scene|shot|frame|back|front)\b|\s+(?:anywhere|at\s+all|visible|showing|shown|in\s+sight)\b)?" \
            r"(?:\s+(?:tho|though))?(?:\s+if\s+(?:possible|you\s+can)\b)?" \
            r"(?=[,.;:!?]|\s+[–—-]\s|\s+(?:and|but|with|in|on|at|please|so|just|" \
            r"because|cuz|coz|cos|cause|bc|to|next|near|beside|under|over|behind|around|inside|for|from|there|that|which|is|are|as|since|if|" \
            r"anywhere|left|right|no|without|or\s+(?:a|an|the)\b)\b|$)"
_ITEM = r"(?!no\b|without\b|not\b|just\b|only\b|but\b|instead\b|rather\b)(?:any\s+|the\s+|a\s+|an\s+)?[\w'-]+(?:\s+[\w'-]+){0,2}?"
# "without boats, buildings or people" / "no cars, bikes and people" / "no boats and buildings": the whole list
_LIST_TAIL = (r"(?:(?:\s*,\s*" + _ITEM + r")+\s*,?\s+(?:or|and|nor)\s+" + _ITEM +
              r"|\s+and\s+(?:any\s+)?[\w'-]+s(?=\s*(?:[,.;!?]|$)))?")
_NEG_RES = [
    re.compile(r"(?:,\s*|\s+)?(?:\b(?:but|and|with|also)\s+)?\b(?:no|without|minus|excluding|except for)\s+"
               r"(?:any\s+|the\s+|a\s+|an\s+|more\s+)?(?P<x>[\w'-]+(?:\s+(?!no\b|without\b)[\w'-]+){0,3}?(?:\s+or\s+"
               r"[\w'-]+(?:\s+[\w'-]+){0,2}?)*" + _LIST_TAIL + ")" + _NEG_STOP, re.I),
    re.compile(r"(?:,\s*|\s+)?\b(?:and\s+|but\s+|please\s+)?(?:don'?t|do not|never)\s+(?:include|add|show|put|want|"
               r"draw|have|use|make(?!\s+(?:it|him|her|them|this|that)\b))\s+(?:any\s+|the\s+|a\s+|an\s+)?(?P<x>[\w'-]+(?:\s+[\w'-]+){0,3}?)" + _NEG_STOP,
               re.I),
    re.compile(r"(?:,\s*|\s+)?\b(?:and\s+|but\s+)?avoid(?:ing)?\s+(?:any\s+|the\s+)?(?P<x>[\w'-]+(?:\s+[\w'-]+){0,3}?)"
               + _NEG_STOP, re.I),
]
_NOT_A_THING_FIRST = {"wait", "sorry", "actually", "i", "nope", "no", "thank", "please", "keep",  # "no make her hair
                      "make", "do", "put", "change", "turn", "give", "add", "use", "try", "go", "let", "just"}  # blue": a fix
_NEG_SKIP = {"one", "longer", "matter", "doubt", "idea", "problem", "way", "need", "thanks", "worries", "change",
             "changes", "less", "more", "pressure", "rush", "hurry", "stress", "biggie"}


def _a_look_after(first: str, item: str) -> bool:
    """"clear" after "fog", "sunny" after "rain": a look of the picture said next, not one more thing to leave out (a
    list of looks, "no red, blue or green", stays a list)."""
    if " " in item.strip():
        return False  # ("no people, cars or dark shadows": things)
    said_as_look = classify_phrase(item) in _LOOK_KINDS or classify_phrase(f"{item} sky") == "weather" or \
        item.lower() in ENGLISH_ADJECTIVES or item.lower() in lexicon.COLOURS
    first_a_look = first.lower() in ENGLISH_ADJECTIVES or first.lower() in lexicon.COLOURS
    return said_as_look and not first_a_look


def extract_negatives(text: str) -> tuple[str, list[str]]:
    """Take "no X" / "without X" / "don't include X" out of the text; return (text, [X, ...])."""
    negatives: list[str] = []

    def take(match: re.Match) -> str:
        raw = match.group("x").strip()
        items = [i.strip() for i in re.split(r"\s*,\s*(?:or\s+|and\s+|nor\s+)?|\s+(?:or|nor|and)\s+", raw) if i.strip()]
        items = [re.sub(r"^(?:any|the|a|an|more)\s+|\s+(?:pls|plz|please|thx|thanks|ty|actually|this\s+time|anymore|any\s+more|"
                        r"at\s+all|either|again|today|for\s+now|(?:in|on)\s+(?:it|this|that|this\s+one|the\s+(?:picture|"
                        r"image|photo)))$", "", i, flags=re.I) for i in items]  # ("no fog this time": fog)
        items = [i for i in items if i]  # ("no text pls": no text)
        if not items or items[0].lower() in _NEG_SKIP or items[0].split()[0].lower() in _NOT_A_THING_FIRST:
            return match.group(0)  # "no wait, keep it blue": a correction, not a thing to leave out
        looks = next((k for k, i in enumerate(items) if k and _a_look_after(items[0], i)), None)
        if looks is not None:  # "no fog actually, clear and sunny": the list ends where the new look is said
            negatives.extend(items[:looks])
            return ", " + ", ".join(items[looks:])
        negatives.extend(items)
        return " "

    for pattern in _NEG_RES:
        text = pattern.sub(take, text)
    return tidy(text), negatives


