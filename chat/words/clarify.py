"""A request that named only what to make ("I need a logo", "can you do me an invitation?"), then the details in the
next message ("it's for my dog grooming business, Happy Paws, something cute with a poodle"): one request, drawn anew.

    .venv/bin/python -c "from chat.words.clarify import clarified_request as c; print(c('a logo', 'for my bakery'))"
"""
from __future__ import annotations

import re
from typing import Optional

from chat.words import lexicon
from chat.words.normalize import is_social, words_pattern
from chat.words.route_cues import has_content, is_question

_ADJECTIVE = r"(?:nice|cool|good|simple|cute|new|little|quick|custom|fun|pretty|great|small|big|basic|modern|fancy)"
_PURPOSE = words_pattern(lexicon.PURPOSE_NOUNS | set(lexicon.PURPOSE_PHRASES))
_FORMAT = words_pattern(lexicon.FORMAT_NOUNS) + "s?"
# formats that name a new request of their own ("a banner instead"); "a picture of a croissant", "on a black
# background", "the name on a sign" are details of the same one
_NEW_FORMAT = words_pattern(lexicon.MADE_AS_FORMATS - {"sign", "label"}) + "s?"
# "a logo", "a nice birthday invitation", "something for my podcast cover", "a poster for our bake sale"
_ONLY_A_FORMAT = re.compile(r"^(?:(?:a|an|the|some|my|our|one)\s+)?(?:" + _ADJECTIVE + r"\s+){0,2}(?:" + _PURPOSE
                            + r"\s+){0,2}" + _FORMAT + r"(?:\s+" + _FORMAT + r")?(?:\s+(?:design|idea|ideas))?"
                            r"(?P<tail>(?:,?\s+for\s+(?:my|our|a|an|the|his|her|their)\s+[^,.;!?]{1,40}){0,2})$", re.I)
_SOMETHING_FOR = re.compile(r"^something(?:\s+" + _ADJECTIVE + r")?(?:\s+for\s+(?:my|our|a|an|the)\s+(?P<x>[^,.;!?]{1,40}))?$",
                            re.I)
# words before the details that say nothing of the picture: "hmm maybe like", "ok so", "it's", "it should be"
_LEAD = re.compile(r"^(?:(?:hmm+|um+|uh+|ok(?:ay)?|so|well|yeah|yes|sure|oh|right|maybe|perhaps|like|basically|i\s+guess|"
                   r"i\s+think|i\s+was\s+thinking)[\s,.!-]+)*(?:(?:it'?s|it\s+is|its|it'?ll\s+be|it\s+will\s+be|it\s+should\s+"
                   r"be|this\s+is|that'?s|i\s+want\s+it|i'?d\s+like\s+it|i\s+need\s+it|something\s+like|something(?=\s+(?:with|"
                   r"showing|featuring|about)\b))\s+)?", re.I)
_NEW_ASK = re.compile(r"^(?:(?:can|could|would|will)\s+(?:you|u)\s+|please\s+|pls\s+|now\s+|let'?s\s+)?"
                      r"(?:draw|paint|sketch|make|create|generate|design|render|show|give|do)\b", re.I)


def vague_request(subject: str) -> str:
    """The request as drawn when it named only what to make ("a logo" -> "a logo", "something for my podcast cover"
    -> "a podcast cover", "something nice" -> ""); None-like "" with ``is_vague`` False otherwise."""
    said = subject.strip().rstrip(".!?")
    something = _SOMETHING_FOR.match(said)
    if something:
        return f"a {lexicon.one_of_a_format(something.group('x'))}" if something.group("x") else ""
    return said


def is_vague(subject: str) -> bool:
    """Does the picture's subject name only a format, with at most whom it is for ("a logo", "an invitation for my
    son's party")? Then the next message's details are what to draw on it."""
    said = subject.strip().rstrip(".!?")
    return bool(_ONLY_A_FORMAT.match(said) or _SOMETHING_FOR.match(said))


def clarified_request(vague: str, text: str) -> Optional[str]:
    """The one request the details complete: "a logo" + "it's for my bakery, with a croissant" -> "a logo for my
    bakery, with a croissant". None when the message is no such detail: talk, a question, a new ask of its own."""
    said = text.strip()
    low = said.lower()
    if not said or is_question(low) or is_social(said) or _NEW_ASK.match(low):
        return None
    details = _LEAD.sub("", said, count=1).strip(" ,.!")
    if not details or not has_content(details.lower()) or re.match(_NEW_FORMAT + r"\b", details, re.I) \
            or re.search(r"\b(?:an?|the|my|our|some|another)\s+(?:[\w'-]+\s+){0,2}" + _NEW_FORMAT + r"\b", details, re.I):
        return None  # "a poster instead", "also need a facebook banner": a format of its own is a new request
    head = vague_request(vague)
    if not head:
        return details
    joiner = " " if re.match(r"^(?:for|with|of|showing|featuring|about)\b", details, re.I) and "," not in head else ", "
    return f"{head}{joiner}{details}"
