"""Changes explained at length, then asked for with a pronoun: "… there should be smoke coming out of the chimney and a
canoe by the lake, can you add those", "… the boats have rusty red sails and there are windmills in the distance, can
you redo it like that", "I wanted specific stuff: a window with rain outside, and an old cat on the stool. can you
change it". The things described are the change; the story around them ("he built a cabin like this in the 80s", "I
grew up there") is not.

    .venv/bin/python -c "from chat.words.explained import explained_change as e; print(e('there should be a canoe by the lake, can you add those'))"
"""
from __future__ import annotations

import re
from typing import Optional

from chat.words.normalize import is_social
from chat.words.remarks import is_commentary
from chat.words.route_cues import has_content

# the ask at the end names no thing: "can you add those", "redo it like that", "can you change it"
_PRONOUN_ASK = re.compile(r"(?:(?:^|[,.;!?:])\s*(?:so\s+|and\s+)?(?:(?:can|could|would)\s+(?:you|u)\s+(?:please\s+)?|please\s+)?|"
                          r"\s+(?:so\s+|and\s+)?(?:can|could|would)\s+(?:you|u)\s+(?:please\s+)?)"
                          r"(?:(?:add|include|put\s+in|redo|re-?do|change|fix|update|do|draw|paint)\s+(?:it|them|those|these|that|"
                          r"this)|make\s+(?:it|them)(?=\s+(?:like\s+(?:that|this)|that\s+way|this\s+way)))(?:\s+(?:in|like\s+(?:that|"
                          r"this)|that\s+way|this\s+way|for\s+me|too|as\s+well|please|pls))*[\s?.!]*$", re.I)
# what says a clause describes the picture wanted, said before the thing
_DESCRIPTION_LEAD = re.compile(r"^(?:(?:and|so|but|ok(?:ay)?|right|well|also|plus)[,\s]+)*(?:there\s+(?:should|must|needs\s+to|"
                               r"has\s+to|could|would)\s+be\s+|there\s+(?:is|are|was|were)\s+|(?:i|we)\s+(?:really\s+|actually\s+)?"
                               r"(?:wanted|want|need|needed|would\s+like|'d\s+like)\s+(?:it\s+to\s+(?:have|show)\s+)?|what\s+(?:i|we)\s+"
                               r"(?:actually\s+|really\s+)?(?:need|want|meant|mean)\s+is\s+|it\s+should\s+(?:have|show)\s+)", re.I)
_CLAUSES = re.compile(r"\s*[,;:.!?]+\s*|\s+and\s+(?=(?:there|the|an?|some|his|her|its|their)\b)", re.I)


# who a story is about: "he built a cabin like this", "i grew up there", "it's for my dad's 70th", "let me explain"
_STORY = re.compile(r"^(?:(?:ok(?:ay)?|so|and|but|right|well|also)[,\s]+)*(?:i|i'?m|i'?ve|we|we'?re|he|she|they|you|my|our|his|"
                    r"her|their|let\s+me|let'?s|(?:it|this|that)(?:'s|\s+is|\s+was)\s+(?:for|close|nice|good|great|lovely|"
                    r"fine|ok(?:ay)?|almost|not))\b", re.I)


def _kept(clause: str) -> Optional[str]:
    """The clause as a thing to show, its lead off; None for story, talk or a clause that names nothing."""
    described = _DESCRIPTION_LEAD.sub("", clause.strip(), count=1)
    if not described or is_social(described) or not has_content(described.lower()) or re.fullmatch(
            r"(?:right|ok(?:ay)?|so|well|anyway|alright|yeah|yes|hmm+|um+|look|listen)", described, re.I):
        return None
    if described == clause.strip() and (_STORY.match(described) or is_commentary(described)):
        return None  # "he built a cabin like this in the 80s", "it's for my dad's 70th": the story around it
    return re.sub(r"^(?:(?:and|so|but|also|plus)\s+)+", "", described, flags=re.I)


def explained_change(text: str) -> Optional[str]:
    """The things a long message describes before a pronoun ask ("smoke from the chimney, a canoe by the lake"); None
    when the message does not end in such an ask, or describes nothing before it."""
    ask = _PRONOUN_ASK.search(text)
    if not ask or not ask.start():
        return None
    before = text[: ask.start()]
    before = before[before.rfind(":") + 1:] if ":" in before else before  # "I wanted specific stuff: a, b and c"
    kept = [k for k in (_kept(c) for c in _CLAUSES.split(before) if c and c.strip()) if k]
    return ", ".join(kept) if kept else None
