"""Another language mixed into an English message: "draw me a maple in autumn, feuilles rouges" -> "…, red leaves".

A fragment (between commas or sentence ends) of two to six words, most of them no English word, whose every word the
offline glossary reads in one language, is replaced by that reading; the rest of the message stays as typed.

    .venv/bin/python -c "from chat.words.mixed import read_mixed; print(read_mixed('a maple in autumn, feuilles rouges'))"
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from chat.words import glossary, lexicon
from chat.words.language import detect_language

MIN_WORDS, MAX_WORDS = 2, 6  # one word is too often a name or a loan ("café"); a long fragment is a sentence of its own
_FRAGMENT = re.compile(r"[^,;.!?]+")
_WISH = re.compile(r"(?:happy|merry|congratulations|welcome|good\s+luck|best\s+wishes|thank|love|cheers|bon|good\s+"
                   r"(?:morning|night|evening))\b", re.I)  # a greeting or wish is lettering, not a description
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


@dataclass
class MixedReading:
    text: str  # the message with each foreign fragment in English
    read: list[tuple[str, str]] = field(default_factory=list)  # (as typed, in English)


def read_mixed(text: str) -> MixedReading:
    """The message with its foreign fragments read in English; unchanged when it has none (or is all one language)."""
    fragments = [m for m in _FRAGMENT.finditer(text) if m.group(0).strip()]
    if len(fragments) < 2:
        return MixedReading(text)
    out, last, read = [], 0, []
    for number, match in enumerate(fragments):
        typed = match.group(0).strip()
        if any(w[0].isupper() for w in _WORD.findall(typed)[0 if number else 1:]):
            continue  # "Casa Rossa", "Bella Nera", "Le Petit Chat": a name, kept as typed
        english = _fragment_english(typed)
        if english is None or _WISH.match(english):
            continue  # "feliz navidad" on a card: the words to letter, in their own language
        start = match.start() + len(match.group(0)) - len(match.group(0).lstrip())
        end = match.start() + len(match.group(0).rstrip())
        out.append(text[last:start] + english)
        last = end
        read.append((match.group(0).strip(), english))
    return MixedReading("".join(out) + text[last:], read) if read else MixedReading(text)


def _fragment_english(fragment: str) -> str | None:
    """The glossary's English for a fragment in another language, every word known; None otherwise."""
    words = _WORD.findall(fragment)
    if not MIN_WORDS <= len(words) <= MAX_WORDS or len(_WORD.sub("", fragment).strip()) > 0:
        return None  # digits or symbols: a size, a price, a name with a number
    detected = detect_language(fragment)
    english = lexicon.english_words()
    if not detected and (not english or sum(w.lower() in english for w in words) * 2 > len(words)):
        return None  # no language's own words, and mostly English ones (or no word list to tell)
    for language in _candidates(detected):
        reading = glossary.gloss(fragment, language)
        if not reading.unknown and reading.known and reading.text.strip():
            return reading.text.strip()
    return None


def _candidates(detected: str | None) -> list[str]:
    """The detected language first, then every language the glossary reads."""
    languages = [code for code in glossary.LANGUAGES if code != "en"]
    return ([detected] if detected in languages else []) + [code for code in languages if code != detected]
