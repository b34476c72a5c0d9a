"""A picture described in quotes, then asked for ("Here's the description from our brand guide: 'A minimalist fox logo,
geometric shapes, orange palette.' Can you make that?"): the quoted words are the request, as the user quoted them.

    .venv/bin/python -c "from chat.words.quoted import quoted_request as q; print(q(\\"I found this description: 'a red barn at dawn, mist' can you make something like it but with a horse instead of a barn?\\"))"

"… but with a piano instead of a violin" after the quote swaps that thing in place; "square" or "wide" said outside the
quote is kept as the format. Quoted words that are lettering ("with the text 'SPRING SALE'", "put 'Open late on
Fridays' on it") are no description and are left to the lettering rules.
"""
from __future__ import annotations

import re
from typing import Optional

from chat.words.sizes import SHAPE_WORDS

# a quoted passage: straight or curly quotes; an apostrophe between letters ("girl's") stays inside it
_QUOTE = re.compile(r"(?:^|(?<=[\s:(]))['‘\"“](?P<q>(?:[^'\"“”‘’]|(?<=\w)['’](?=\w))+?)['’\"”](?=[\s.,!?;:)]|$)")

# what says the quote is a description of a picture (said before it)
_INTRODUCED = re.compile(r"\b(?:descriptions?|describ\w*|prompts?|brief|idea|concept|spec|reference|notes?|said|says|"
                         r"wrote|goes|like\s+this|as\s+follows)\b|:\s*$", re.I)

# what says the quote is lettering, or the words of a change (said just before it)
_LETTERING = re.compile(r"\b(?:text|saying|says?|reads?|reading|titled|title|called|named|caption(?:ed)?|words?|written|"
                        r"write|slogan|tagline|headline|motto|banner|sign|put|add|change|replace|type|spell|print)\b"
                        r"[^.:!?]{0,12}$", re.I)

# the ask said outside the quote
_ASK = re.compile(r"\b(?:make|draw|create|paint|render|generate|recreate|design|do|produce|sketch|illustrate)\s+(?:me\s+|us\s+)?"
                  r"(?:(?:exactly\s+)?(?:that|this|it|one|something|them)|a\s+(?:picture|version|image)\s+of\s+(?:that|this|it))\b"
                  r"|\b(?:something|one)\s+like\s+(?:it|that|this)\b", re.I)

# "but with a piano instead of a violin": a swap of one thing for another
_SWAP = re.compile(r"\b(?:but\s+)?(?:with\s+)?(?P<new>(?:an?\s+|some\s+)?[\w'-]+(?:\s+[\w'-]+)?)\s+(?:instead\s+of|rather\s+than|"
                   r"in\s+place\s+of)\s+(?:an?\s+|the\s+|some\s+)?(?P<old>[\w'-]+(?:\s+[\w'-]+)?)", re.I)

_SHAPE = re.compile(r"\b" + SHAPE_WORDS + r"\b", re.I)
_MIN_WORDS = 4  # fewer quoted words are a name or a title, not a picture described


def _description(text: str) -> Optional[re.Match]:
    """The one quoted passage introduced as a description; None when there is none, or more than one."""
    found = [m for m in _QUOTE.finditer(text) if len(m.group("q").split()) >= _MIN_WORDS]
    if len(found) != 1:
        return None
    lead = text[:found[0].start()]
    if _LETTERING.search(lead) or not _INTRODUCED.search(lead):
        return None
    return found[0]


def _swapped(request: str, after: str) -> str:
    """The request with the thing the words after it swap ("a piano instead of a violin") in place of the old one."""
    swap = _SWAP.search(after)
    if not swap:
        return request
    old = re.compile(r"\b(?:an?\s+|the\s+|some\s+)?" + re.escape(swap.group("old")) + r"s?\b", re.I)
    if not old.search(request):
        return request
    return old.sub(lambda _: swap.group("new"), request, count=1)


def quoted_request(text: str) -> Optional[str]:
    """The request a quoted description asks for ("A minimalist fox logo, geometric shapes"), with its swap and its
    shape; None for a message that quotes no description, or does not ask for one."""
    quote = _description(text)
    if quote is None:
        return None
    outside = text[:quote.start()] + " " + text[quote.end():]
    if not _ASK.search(outside):
        return None
    request = _swapped(quote.group("q").strip(" .,;"), text[quote.end():])
    shape = _SHAPE.search(outside)
    if shape and not _SHAPE.search(request):
        request += f", {shape.group(0).lower()} format"
    return request
