""""can i get a red one", "a pumpkin version", "give me a bigger one": with a picture on screen, "a <look> one/version"
is that picture in the look (an edit), bigger (an upscale) or simply another take (variations); never a new picture
of the words "a red one".

    .venv/bin/python -m pytest tests/test_brain_structure17.py -q -k version
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from chat.types import Action
from chat.words import lexicon
from chat.words.edit_plan import is_colour
from chat.words.slots import classify_phrase

# "can i get", "give me", "i'd like", "how about", "let's do": what asks for it
_ASK = (r"(?:(?:can|could|may)\s+(?:i|we|you)\s+(?:please\s+)?(?:get|have|see|try|make|do|give\s+me)|give\s+me|"
        r"(?:i'?d|we'?d)\s+(?:like|love)|(?:i\s+)?(?:want|need|wanna)|(?:let'?s\s+)?(?:make|do|try|draw|create|see)|"
        r"(?:how|what)\s+about|maybe|now|and|also|then)")
ONE_VERSION = re.compile(r"^(?:(?:ok(?:ay)?|hmm+|so|cool|nice)[,!.\s]+)?(?:" + _ASK + r"\s+)+(?:an?\s+)"
                         r"(?P<look>[\w'-]+(?:\s+(?:and\s+)?[\w'-]+){0,3}?)\s+(?:one|version|variant|edition)"
                         r"(?:\s+(?:of\s+(?:it|this|that|the\s+same(?:\s+(?:thing|one|picture|image))?|the\s+(?:picture|image))|please|pls|plz|too|instead|then|maybe|for\s+me))*[\s.!?]*$", re.I)
# another take, not a look ("a new one", "a better one"): variations
_ANOTHER_TAKE = frozenset("new different another other second third alternate alternative fresh similar better few couple "
                          "same random".split())
# bigger, not changed ("a bigger one", "a higher res version"): an upscale
_BIGGER = re.compile(r"^(?:(?:much|way|a\s+bit|slightly|\d{1,2}(?:\.\d)?\s*[x×]|(?:two|three|four|\d)\s+times|twice\s+as)\s+)?(?:bigger|larger|sharper|crisper|hd|4k|high[\s-]?res|"
                     r"higher[\s-]?res(?:olution)?|high\s+quality|full[\s-]size)$", re.I)
_SHAPE = re.compile(r"\b(?:wide|wider|tall|taller|square|landscape|portrait|vertical|horizontal|widescreen|panoramic)\b", re.I)


@dataclass
class OneVersion:
    action: Action
    change: str  # the edit command ("make it pumpkin themed"); "" for variations and upscale


def one_version(text: str) -> Optional[OneVersion]:
    """"can i get a red one" -> an edit ("make it red"); None when the message isn't "a <look> one/version" or the
    look is a shape (the sizes rules read "a square one")."""
    match = ONE_VERSION.match(text.strip())
    if not match:
        return None
    look = match.group("look").lower()
    if _BIGGER.match(look):  # ("a 2x bigger version": the factor is read by the upscale)
        return OneVersion(Action.UPSCALE, "")
    if re.search(r"\b(?:\d+|" + "|".join(lexicon.NUMBER_WORDS) + r")\b", look) or _SHAPE.search(look):
        return None  # "a 3 one", "a wide one": counts and shapes are read elsewhere
    if look.split()[0] in _ANOTHER_TAKE:
        return OneVersion(Action.VARIATIONS, "")
    return OneVersion(Action.EDIT, f"make it {_as_look(look)}")


def _as_look(look: str) -> str:
    """"pumpkin" -> "pumpkin themed" (a theme said as a noun); "red", "cuter", "night", "spooky" as they are."""
    if classify_phrase(look) or is_colour(look) or look.split()[-1] not in lexicon.THEME_NOUNS:
        return look
    return f"{look} themed"
