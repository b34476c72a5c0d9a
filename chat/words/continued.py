"""A colour said alone right after a part was recoloured goes to that part again: "make the swirl amber", then "and
ruby red", gives "make the swirl ruby red" (the router reads a colour alone as "make it <colour>").

    .venv/bin/python -c "from chat.words.continued import part_recoloured_again as p; print(p('make it ruby red', 'now make the swirl amber'))"
"""
from __future__ import annotations

import re

from chat.words.edit_plan import is_colour

# the last change: one part of the picture given a colour ("make the swirl amber", "paint the door red", "change the
# roof to green", "can you colour his scarf teal")
_PART_RECOLOURED = re.compile(r"\b(?:make|paint|turn|colou?r|change|dye|do)\s+(?P<det>the|his|her|its|their)\s+"
                              r"(?P<rest>[\w'-]+(?:\s+(?:to|into|in)?\s*[\w'-]+){1,3}?)"
                              r"(?:\s+(?:instead|please|pls|too|now))?[\s.!?]*$", re.I)
# the router's reading of a colour said alone ("and ruby red", "now green", "teal instead")
_COLOUR_ALONE = re.compile(r"^(?:make\s+it\s+(?P<c1>[a-z][a-z -]*?)|(?P<c2>[a-z][a-z-]*)\s+instead)[\s.!?]*$", re.I)


def part_recoloured_again(text: str, last_request: str) -> str:
    """``text`` as a command on the part the last request recoloured, when ``text`` is a colour alone; else ``text``."""
    alone = _COLOUR_ALONE.match(text.strip())
    last = _PART_RECOLOURED.search(last_request.strip()) if alone else None
    colour = (alone.group("c1") or alone.group("c2")).strip() if alone else ""
    if not last or not is_colour(colour):
        return text
    part = _part_before_colour(last.group("rest").split())
    return f"make {last.group('det')} {part} {colour}" if part else text


def _part_before_colour(words: list[str]) -> str:
    """["swirl", "ruby", "red"] -> "swirl"; ["car", "door", "to", "red"] -> "car door": the words before the longest
    colour at the end, one or two of them; "" when no colour ends it."""
    for start in range(1, len(words)):
        said, part = " ".join(words[start:]), [w for w in words[:start] if w.lower() not in ("to", "into", "in")]
        if is_colour(said) and 1 <= len(part) <= 2:
            return " ".join(part)
    return ""
