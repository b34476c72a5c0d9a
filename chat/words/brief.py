"""A pasted brief of labelled lines ("Scene: …", "Colours: …", "Avoid: …", "Format: …") read as one request in plain
words: what to show first, then the look, "no X" for each thing to avoid, and the format; who it is for, the
campaign and the deadline are no part of the picture and stay out.

    .venv/bin/python -c "from chat.words.brief import brief_request; print(brief_request('Scene: a mug on a sill\\nAvoid: phones\\nFormat: square'))"
"""
from __future__ import annotations

import re
from typing import Optional

from chat.words.sizes import SHAPE_WORDS

# a line "Label: value" (or "LABEL - value"); the label is a few words
_LINE = re.compile(r"^\s*[-*•]?\s*(?P<label>[A-Za-z][A-Za-z /&'()-]{0,30}?)\s*(?::|\s[-–—]\s)\s*(?P<value>\S.*?)\s*$")

# what each label says, by its words
_SHOW = frozenset("scene subject image shot visual visuals deliverable hero picture illustration setting composition "
                  "concept idea show background description photo content main focus".split())
_THING = frozenset("product products item items features feature props".split())  # what the scene holds, said after it
_LOOK = frozenset("style colours colors colour color palette tone mood look lighting light vibe aesthetic finish feel "
                  "medium".split())
_AVOID = frozenset("avoid exclude excluding don't dont not without restrictions donts".split())
_FORMAT = frozenset("format output size aspect ratio dimensions orientation quantity variations options versions "
                    "deliverables count".split())
_TEXT = frozenset("text headline tagline copy wording slogan caption title".split())
_ASIDE = frozenset("audience campaign client brand brief notes note deadline budget goal goals objective objectives "
                   "channel channels platform platforms purpose usage contact timeline date due target".split())
_SHAPE_ALONE = re.compile(SHAPE_WORDS, re.I)  # "Format: landscape": a shape, said as a format


def _kind(label: str) -> str:
    """The kind of a label ("Key features" -> show, "Avoid" -> avoid); "" for a label of no known kind."""
    words = re.findall(r"[a-z']+", label.lower())
    if words[:2] == ["product", "brief"] or words[:1] == ["brief"]:
        return "product" if len(words) <= 2 else "aside"  # "PRODUCT BRIEF - TrailMate 2": the product's name
    for kind, known in (("avoid", _AVOID), ("text", _TEXT), ("format", _FORMAT), ("look", _LOOK), ("show", _SHOW),
                        ("thing", _THING), ("aside", _ASIDE)):
        if any(w in known for w in words) or (kind == "avoid" and words[:2] == ["do", "not"]):
            return kind
    return ""


def _labelled(text: str) -> list[tuple[str, str]]:
    """(kind, value) for each labelled line of a brief; [] unless at least two lines carry known labels."""
    found = []
    for line in text.splitlines():
        match = _LINE.match(line)
        kind = _kind(match.group("label")) if match else ""
        if kind:
            found.append((kind, match.group("value").strip().rstrip(".")))
    kinds = {k for k, _ in found}
    return found if len(found) >= 2 and kinds & {"show", "product", "thing"} else []


_ANY = re.compile(r"^(?:any|the)\s+", re.I)


def _avoided(value: str) -> list[str]:
    """"phones, laptops" -> ["no phones", "no laptops"]."""
    items = [i.strip(" .") for i in re.split(r"\s*(?:,|;|/|\bor\b|\band\b)\s*", value) if i.strip(" .")]
    return [i if re.match(r"(?:no|without)\b", i, re.I) else "no " + _ANY.sub("", i) for i in items]


def brief_request(text: str) -> Optional[str]:
    """The brief as one plain request ("a mug on a sill, no phones, square format"); None for a message that is no
    brief of labelled lines."""
    lines = _labelled(text)
    if not lines:
        return None
    said = {kind: [v for k, v in lines if k == kind] for kind in ("show", "product", "thing", "look", "text", "avoid",
                                                                  "format")}
    parts = [*said["show"], *said["product"], *said["thing"], *said["look"]]
    parts += [f'with the text "{v.strip(chr(34) + chr(39) + "“”")}"' for v in said["text"]]
    parts += [no for v in said["avoid"] for no in _avoided(v)]
    parts += [f"{v} format" if _SHAPE_ALONE.fullmatch(v) else v for v in said["format"]]
    return ", ".join(p for p in parts if p)
