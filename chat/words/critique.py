"""What a message says is wrong with the picture on screen, and what it lacks: "it's too dark", "the pond is kinda
small", "the colours feel flat", "i don't like the sky", "it could use some birds". The patterns and the other way of
each complaint; ``chat.words.edit`` makes the change and ``chat.words.route`` knows the message is an edit.

    .venv/bin/python -c "from chat.words.critique import critique; print(repr(critique('the pond is way too small')))"
"""
from __future__ import annotations

import re
from typing import Optional

from chat.words.normalize import TRAIL

# "it's too dark": the other way, for the whole picture
TOO = {"dark": "brighter, well lit", "bright": "darker, moodier light", "busy": "simpler, clean composition",
       "cluttered": "simpler, clean composition", "plain": "more detail", "boring": "more vivid and dynamic",
       "small": "larger subject", "saturated": "muted colors", "dull": "vibrant colors", "warm": "cooler tones",
       "cold": "warmer tones", "cool": "warmer tones", "blurry": "sharp focus", "flat": "more depth and contrast",
       "cartoonish": "more realistic", "fake": "more realistic", "empty": "a fuller scene", "messy": "cleaner, tidier",
       "harsh": "softer light", "washed": "richer colours", "grainy": "clean noise-free detail",
       "noisy": "clean noise-free detail", "pixelated": "crisp fine detail", "blurred": "sharp focus"}
# "it's a bit too dark (and blurry)", "the cat's too small", "way too busy"
RE_TOO = re.compile(r"^(?:(?:it'?s|it\s+is|this\s+is|that'?s|looks|(?:it|this|that)\s+(?:looks|feels|seems)|"
                    r"the\s+(?P<part>[\w'-]+)(?:'s|\s+(?:is|looks|feels|seems|are|look|feel|seem)))\s+)?"
                    r"(?:(?:(?:a\s+)?(?:bit|little|tad)\s+|way\s+|much\s+|kinda\s+|kind\s+of\s+|slightly\s+|still\s+|just\s+|"
                    r"really\s+|so\s+|very\s+|pretty\s+|quite\s+|rather\s+|super\s+)+(?:too\s+)?|too\s+)"
                    r"(?P<y>\w+)(?:\s*(?:,|and|&)\s*(?:too\s+)?(?P<y2>\w+))?\W*$", re.I)
# "the sky looks boring", "it feels flat": a critique without "too"
RE_LOOKS = re.compile(r"^(?:it|this|that|the\s+(?P<part>[\w'-]+))\s+(?:looks|feels|seems|look|feel|seem)\s+(?:(?:kinda|a\s+bit|"
                      r"really|so|very|pretty|quite|still|just)\s+)*(?P<y>\w+)(?:\s*(?:,|and|&)\s*"
                      r"(?P<y2>\w+))?\W*$", re.I)
WHOLE = ("image", "picture", "photo", "whole", "scene", "pic")  # "the picture is too dark": no part of it
# "the sky is too empty": that part, the other way
TOO_PART = {"dark": "brighter", "bright": "darker", "small": "bigger", "big": "smaller", "large": "smaller",
            "busy": "simpler", "plain": "more detailed", "empty": "fuller", "dull": "more vibrant",
            "saturated": "more muted", "blurry": "sharper", "long": "shorter", "short": "longer", "thin": "thicker",
            "thick": "thinner", "wide": "narrower", "tall": "shorter", "pale": "richer", "cartoonish": "more realistic",
            "scary": "friendlier", "harsh": "softer", "flat": "more dramatic", "boring": "more interesting"}


def critique(text: str) -> Optional[str]:
    """"the pond is kinda small" -> "pond", "it looks too flat" -> "": a part (or the whole picture) said to be too much
    (or too little) of something Easel knows the other way of; None for anything else."""
    match = RE_TOO.match(text.strip().lower()) or RE_LOOKS.match(text.strip().lower())
    said = [w for w in (match.group("y"), match.group("y2")) if w] if match else []
    part = match.group("part") if match else None
    if part and part not in WHOLE:
        return part if said and all(w in TOO_PART for w in said) else None
    return "" if said and any(w in TOO for w in said) else None



# "i don't like the colours" / "don't love the lighting": a different one
DISLIKED_LOOKS = r"(?:colou?rs?|palette|lighting|light|style|background|sky|font|pose|composition|angle|framing|mood)"
DISLIKE = re.compile(r"^(?:i\s+|we\s+)?(?:really\s+|just\s+)?(?:don'?t|dont|do\s+not)\s+(?:like|love|dig)\s+(?:the|those|"
                     r"that|this|its|his|her|their)\s+(?P<x>[\w'-]+(?:\s+[\w'-]+)?)\s*(?:[.!]*$|[,.;!]+\s*(?=\S))", re.I)
# "i think it needs more trees", "could use some birds", "it's missing a moon": what the picture on screen lacks
NEEDS = re.compile(r"^(?:(?:i\s+(?:think|feel(?:\s+like)?|guess|reckon)|imo|maybe|honestly|tbh|but|hmm+|and)[,\s]+)*"
                    r"(?:(?:it|this|that|this\s+one|the\s+(?:picture|image|scene|drawing|pic))(?:'s|\s+|(?=\s+is\b)))?\s*(?:really\s+|just\s+|"
                    r"still\s+|definitely\s+|kinda\s+|probably\s+|also\s+)?(?:needs|could\s+(?:really\s+)?use|could\s+do\s+with|"
                    r"would\s+(?:look|be)\s+better\s+with|(?:is\s+)?missing|lacks)\s+(?P<x>\S.*)$", re.I)
_NOT_NEEDED = re.compile(r"(?:to\s+)?(?:be\s+)?(?:a\s+|some\s+)?(?:(?:better|new|good|little|bit\s+of|few)\s+)?(?:name|title|"
                         r"caption|break|rest|help|something|work|fixing|rethink|tweak|changes?|improvement)\b", re.I)


def picture_needs(text: str) -> Optional[str]:
    """"i think it needs more trees" -> "more trees"; None when it names nothing to draw ("it needs a name")."""
    match = NEEDS.match(text.strip())
    return None if not match or _NOT_NEEDED.match(match.group("x")) else TRAIL.sub("", match.group("x")).strip()
