"""Colour advice from the colour wheel: "what colours go with teal?" answered with its complement, neighbours and
triad, worked out from the hue (true for any model, where the small offline LLM would guess).

    .venv/bin/python -c "from chat.colour_wheel import colour_advice; print(colour_advice('what goes with teal?'))"
"""
from __future__ import annotations

import re
from typing import Callable, Optional

# named colours on the digital (HSV) 360-degree hue wheel, the one screens and design tools use
HUES = {"red": 0, "crimson": 348, "scarlet": 5, "coral": 16, "orange": 30, "peach": 28, "rust": 18, "terracotta": 15,
        "amber": 40, "gold": 48, "mustard": 50, "yellow": 58, "lime": 85, "olive": 70, "sage": 100, "green": 120,
        "emerald": 140, "mint": 150, "turquoise": 174, "teal": 180, "cyan": 185, "aqua": 182, "sky blue": 200,
        "navy": 230, "blue": 220, "cobalt": 215, "indigo": 250, "purple": 275, "violet": 270, "lavender": 265,
        "lilac": 280, "plum": 300, "magenta": 310, "fuchsia": 315, "pink": 330, "burgundy": 345, "maroon": 350}
# the wheel's names, in order, for a hue worked out (the nearest one names it)
_NAMES_BY_HUE = ("red", "coral", "orange", "amber", "gold", "yellow", "lime", "green", "emerald", "mint", "teal",
                 "sky blue", "blue", "indigo", "violet", "purple", "plum", "magenta", "pink", "crimson")
NEUTRALS = {"black", "white", "grey", "gray", "beige", "cream", "brown", "tan", "charcoal", "ivory"}

_ASKS = re.compile(r"\b(?:what|which)\s+(?:colou?rs?|shades?|tones?|hues?)\s+(?:go|goes|match|matches|pair|pairs|work|"
                   r"works|look\s+good|complement|complements)\s+(?:well\s+|best\s+|nicely\s+)?(?:(?:with|to)\s+)?"
                   r"(?P<c>[\w\s-]+?)\s*\??$"
                   r"|\b(?:what\s+)?(?:goes|go|pairs?|works?)\s+(?:well\s+)?with\s+(?P<c2>[\w\s-]+?)\s*\??$"
                   r"|\b(?:the\s+)?(?:complement(?:ary)?|opposite)\s+(?:colou?r\s+)?(?:of|to|for)\s+(?P<c3>[\w\s-]+?)\s*\??$"
                   r"|\bcolou?r\s+(?:palette|scheme|combo|combination)s?\s+(?:for|with|around|based\s+on)\s+"
                   r"(?P<c4>[\w\s-]+?)\s*\??$", re.I)


_SAID_AS_ADJECTIVE = {"golden": "gold", "silvery": "grey", "reddish": "red", "bluish": "blue", "greenish": "green",
                      "pinkish": "pink", "purplish": "purple", "yellowish": "yellow", "orangey": "orange"}


def _name(hue: float) -> str:
    return min(_NAMES_BY_HUE, key=lambda n: min(abs(HUES[n] - hue % 360), 360 - abs(HUES[n] - hue % 360)))


def _asked_colour(text: str) -> Optional[str]:
    match = _ASKS.search(text.strip().lower())
    if not match:
        return None
    words = next(g for g in match.groups() if g).strip()
    words = re.sub(r"\s+(?:for|in|on|at)\s+(?:an?|the|my|our|his|her|their)\s+.*$", "", words)  # "navy blue for a wedding"
    words = re.sub(r"^(?:a|an|the|my|dark|light|deep|bright|pale|soft)\s+", "", words)
    words = _SAID_AS_ADJECTIVE.get(words, words)  # "the golden" (a word-by-word reading of "el dorado"): gold
    if words not in HUES and words.endswith((" blue", " green", " red")) and words.split()[0] in HUES:
        words = words.split()[0]  # "navy blue", "emerald green": the named hue
    return words if words in HUES or words in NEUTRALS else None


def colour_advice(text: str) -> Optional[str]:
    """The answer to "what colours go with X?" for a named colour X; None for any other message."""
    colour = _asked_colour(text)
    if colour is None:
        return None
    if colour in NEUTRALS:
        return (f"{colour.capitalize()} is a neutral, so almost anything goes with it. For a calm look pair it with one "
                "muted colour (sage, dusty blue, terracotta); for energy, one saturated accent (coral, cobalt, "
                "mustard). Tell me a subject and I'll try a palette on it.")
    hue = HUES[colour]
    complement = _name(hue + 180)
    neighbours = sorted({_name(hue - 30), _name(hue + 30)} - {colour})
    triad = sorted({_name(hue + 120), _name(hue + 240)})
    return (f"With {colour}: its opposite on the (digital) colour wheel, {complement}, gives the strongest contrast (try it as a "
            f"small accent); its neighbours, {' and '.join(neighbours)}, make a calm, harmonious palette; "
            f"{' and '.join(triad)} make a lively triad. Neutrals (cream, charcoal, warm grey) let {colour} lead. "
            f"Say \"a ... in {colour} and {complement}\" and I'll draw it.")


# "what colours go well with this?", "which colors match the picture for my website": the picture on screen's colours
_ASKS_OF_PICTURE = re.compile(r"\b(?:what|which)\s+(?:other\s+)?(?:colou?rs?|shades?|tones?|palette)\s+(?:would\s+)?(?:go|goes|match|"
                              r"matches|pair|work|look\s+good|complement)\s+(?:well\s+|best\s+|nicely\s+)?(?:with|to)\s+"
                              r"(?:this|it|that|the\s+(?:picture|image|photo|pic|one))\b|\bcolou?r\s+(?:palette|scheme)\s+"
                              r"(?:for|from|of|that\s+(?:goes|matches))\s+(?:with\s+)?(?:this|it|the\s+(?:picture|image))\b", re.I)
MIN_SATURATED_SHARE = 0.05  # below this share of colourful pixels the picture reads as neutral


def main_colour(image) -> str:
    """The name of a picture's main hue (the circular mean of its colourful pixels' hues), or "grey" for a picture
    with almost no colour."""
    import numpy as np

    hsv = np.asarray(image.convert("RGB").convert("HSV"), dtype=np.float32).reshape(-1, 3)
    colourful = hsv[(hsv[:, 1] > 60) & (hsv[:, 2] > 60)]
    if len(colourful) < MIN_SATURATED_SHARE * len(hsv):
        return "grey"
    angles = colourful[:, 0] / 255.0 * 2 * np.pi
    weights = colourful[:, 1] / 255.0
    mean = np.degrees(np.arctan2((np.sin(angles) * weights).sum(), (np.cos(angles) * weights).sum())) % 360
    return _name(float(mean))


def picture_colour_advice(text: str, pixels: Callable[[], object]) -> Optional[str]:
    """"what colours go with this?" about the picture on screen: its main colour, then the wheel's advice; None when
    the message asks something else or there are no pixels to look at (``pixels`` is only called for such a
    question: reading the picture is no part of every chat turn)."""
    if not _ASKS_OF_PICTURE.search(text):
        return None
    image = pixels()
    if image is None:
        return None
    colour = main_colour(image)
    advice = colour_advice(f"what goes with {colour}")
    return f"This picture is mostly {colour}. {advice}" if advice else None
