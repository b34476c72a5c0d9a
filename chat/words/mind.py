"""A mind changed in the middle of a message: the last say wins. "a beach at sunset, wait no, sunrise" -> "a beach at
sunrise"; "make the background blue. no, green. actually blue is fine" -> "make the background blue"; "make it red?
hmm or maybe purple" -> "make it purple"; "add a hat — never mind, add a scarf instead" -> "add a scarf instead"; "give
it wings. actually scratch that" -> "" (nothing left to do). A thing said again as another thing ("a cat, no wait, a
dog") is ``normalize.self_corrected``'s.

    .venv/bin/python -m pytest tests/test_brain_structure17.py -q -k mind
"""
from __future__ import annotations

import re
from typing import Optional

from chat.words import lexicon
from chat.words.slots import SLOT_PATTERNS, classify_phrase

# a correction's lead: "wait no", "no,", "actually", "hmm or maybe", "i mean" (not "no text": a negative)
_CORRECT = r"(?:no+\s+wait|wait\s+no|wait|no+(?=\s*[,.!])|no+\s+(?=(?:make|do)\s+(?:it|that)\b)|no+\s+actually|nah(?=\s*[,.!])|actually(?:\s+no)?|hmm+(?:\s+(?:or|actually))?|" \
           r"or\s+(?:maybe|rather|better)|i\s+mean|sorry|oops|on\s+second\s+thought)"
_CANCEL = r"(?:never\s*mind|nvm|scratch\s+that|forget\s+(?:it|that)|cancel\s+that|ignore\s+that)"
# a cancel follows punctuation or a dash, or ends the message ("draw a cat, never mind the dog" cancels nothing)
_MARK = re.compile(r"(?:[,.;!?—–]+\s*|\s+-+\s+|(?<!\bsaying)(?<!\bsays)(?<!\bcalled)(?<!\btitled)(?<!\breads)\s+(?=(?:(?:actually|no|wait|oh|hmm+|um+)[,\s]+)*" + _CANCEL + r"[\s.!]*$))"
                   r"(?P<cancel>(?:(?:actually|no|wait|oh|hmm+|um+)[,\s]+)*" + _CANCEL + r")(?=[,.!?\s—–-]*(?:$|[,.;!?—–]|\s+-|"
                   r"\s+(?:add|make|put|give|draw|do|change|remove|try|use|just|instead)\b))[,.!?\s—–-]*|"
                   r"(?:[,.;!?—–]+\s*|\s+-+\s+)(?P<correct>" + _CORRECT + r")\b[,.!?\s—–-]*", re.I)
# what says the new value: "make it", "make that", "go with", "blue is fine", "blue was better"
_VALUE_LEAD = re.compile(r"^(?:i\s+mean[t]?\s+)?(?:or\s+)?(?:maybe\s+|perhaps\s+|just\s+)?(?:(?:make|do)\s+(?:it|that|this|them)\s+|(?:let'?s\s+)?(?:go|stick)\s+with\s+|let'?s\s+(?:do|say)\s+|"
                         r"(?:keep|use)\s+)?", re.I)
_VALUE_TAIL = re.compile(r"\s+(?:is|was|'s|looks?|looked)\s+(?:fine|better|good|ok(?:ay)?|best|great|nicer)(?:\s+after\s+all)?"
                         r"|\s+(?:instead|after\s+all|then|please|pls)$|,?\s+(?:sorry|my\s+bad|oops)$", re.I)
_COLOUR = re.compile(r"\b(?:(?:dark|light|pale|bright|deep|hot|pastel|navy|baby)\s+|sky\s+(?=blue\b))?(?:" +
                     "|".join(c for c in lexicon.COLOURS if c not in ("dark", "light", "pale", "bright")) + r")\b", re.I)


def final_say(text: str) -> Optional[str]:
    """The message with each change of mind applied (the last say wins); "" when it was all taken back; None when the
    message changes no mind."""
    if re.search(r"[\"“”]|(?<!\w)'[^']+'(?!\w)", text):
        return None  # quoted lettering may say anything ("a sign saying 'never mind'")
    parts = _MARK.split(text.strip())
    if len(parts) == 1:
        return None
    said, applied = [parts[0]], False
    for cancel, correct, segment in zip(parts[1::3], parts[2::3], parts[3::3]):
        segment = (segment or "").strip(" ,.;!?—–-")
        if cancel:  # "… never mind": what came before goes; what follows (if anything) is the request
            said, applied = said[:-1] + ([segment] if segment else []), True
        elif segment and (_not_this_but(said, segment) or _replaced(said, segment) or _part_recoloured(said, segment)):
            applied = True
        elif "," in segment and (_replaced(said, segment.split(",")[0]) or _part_recoloured(said, segment.split(",")[0])):
            rest = re.sub(r"^(?:sorry|oops|my\s+bad)\b[.,!\s]*", "", segment.split(",", 1)[1].strip(), flags=re.I)  # "no, yellow
            # is better, on a beach": the value, then more of the
            said.extend([] if _REMARK_AFTER.match(rest) else [rest])  # request ("…, that's her actual dress": why)
            applied = True
        elif segment and (_last_place_replaced(said, segment) or _same_noun_replaced(said, segment)):
            applied = True
        elif segment:  # no value of the same kind before it: an ordinary next clause ("sorry. macro photo": no apology)
            said.append(segment if re.fullmatch(r"sorry|oops", correct or "", re.I) else f"{correct} {segment}")
    return ", ".join(s for s in said if s).strip() if applied else None


_REMARK_AFTER = re.compile(r"^(?:that'?s|thats|it'?s|its|this\s+is|which\s+is|since|because|cause|as\s+(?:that|it))\b", re.I)
_PART_VALUE = re.compile(r"^(?:make|have|do)\s+(?:the|her|his|its|their)\s+(?P<thing>[\w'-]+)\s+(?P<value>[\w' -]+?)"
                         r"(?:\s+instead)?$", re.I)


def _part_recoloured(said: list[str], segment: str) -> bool:
    """"her in a red gown… no wait, make the gown emerald green": the new colour in the old one's place."""
    part = _PART_VALUE.match(segment.strip())
    if not part or not all(_COLOUR.fullmatch(w) for w in part.group("value").split()):  # ("emerald green")
        return False
    thing = re.compile(r"(?:\b" + _COLOUR.pattern + r"\s+)?\b(?=" + re.escape(part.group("thing")) + r"\b)", re.I)
    for index in range(len(said) - 1, -1, -1):
        if re.search(r"\b" + re.escape(part.group("thing")) + r"\b", said[index], re.I):
            value = part.group("value").strip()
            said[index] = thing.sub(value + " ", said[index], count=1)
            if value[0].lower() in "aeiou":  # "a red gown" -> "an emerald green gown"
                said[index] = re.sub(r"\b([Aa])(?=\s+" + re.escape(value) + r"\b)", r"\1n", said[index], count=1)
            return True
    return False


_PLACE_START = re.compile(r"^(?:outdoors|indoors|outside|inside|in|at|on|by|under|near|beside|underwater)\b", re.I)


def _last_place_replaced(said: list[str], segment: str) -> bool:
    """"three acrobats over a trampoline, indoor gym… wait no, outdoors at a summer fair": the place said last is
    the one taken back."""
    value = re.sub(r"\s+(?:actually|instead|then|please|pls)$", "", segment.strip(), flags=re.I)
    head, comma, last = said[-1].rpartition(",")
    if not (comma and _PLACE_START.match(value) and len(value.split()) <= 8 and 1 <= len(last.split()) <= 4):
        return False
    said[-1] = f"{head}, {value}"
    return True


def _same_noun_replaced(said: list[str], segment: str) -> bool:
    """"a lighthouse on a cliff, stormy sea - no wait, make it a calm sea at sunset": the clause said last names the
    same thing (the sea), so the new one takes its place."""
    value = re.sub(r"^(?:make\s+(?:it|that)\s+)?", "", _VALUE_TAIL.sub("", segment.strip()), flags=re.I).strip(" ,.!?")
    head, comma, last = said[-1].rpartition(",")
    nouns = {w for w in re.findall(r"[a-z]{3,}", last.lower()) if w not in lexicon.STOPWORDS}
    if not (comma and value and len(value.split()) <= 8 and 1 <= len(last.split()) <= 4) or not nouns & set(
            re.findall(r"[a-z]{3,}", value.lower())):
        return False
    said[-1] = f"{head}, {value}"
    return True


_NOT_THIS_BUT = re.compile(r"^not\s+(?:the\s+|a\s+|an\s+)?(?P<old>[\w'-]+(?:\s+[\w'-]+)??)\s*(?:,\s*|\s+)(?:but\s+)?(?P<new>[\w'-]+"
                           r"(?:\s+[\w'-]+){0,2})\s*$", re.I)


def _not_this_but(said: list[str], segment: str) -> bool:
    """"wait, not tulips, sunflowers": the thing named takes the new one's place, wherever it was said."""
    swap = _NOT_THIS_BUT.match(segment.strip())
    if not swap:
        return False
    old = re.compile(r"\b" + re.escape(swap.group("old")) + r"\b", re.I)
    for index in range(len(said) - 1, -1, -1):
        if old.search(said[index]):
            said[index] = old.sub(swap.group("new"), said[index], count=1)
            return True
    return False


def _replaced(said: list[str], segment: str) -> bool:
    """Put the segment's value in the place of the last value of its kind said before it; False when there is none."""
    if _count_replaced(said, segment):
        return True
    value = _VALUE_TAIL.sub("", _VALUE_LEAD.sub("", segment.strip())).strip(" ,.!?")
    if not value or len(value.split()) > 4:
        return False
    pattern = _COLOUR if _COLOUR.fullmatch(value) else _slot_pattern(value) or _same_head(value)
    if pattern is None:
        return False
    for index in range(len(said) - 1, -1, -1):
        found = list(pattern.finditer(said[index]))
        if found:
            last = found[-1]
            said[index] = _put_in(said[index], last.start(), last.end(), value)
            return True
    return False


_NUMBER = r"(?:[1-8]|one|two|three|four|five|six|seven|eight)"


def _count_replaced(said: list[str], segment: str) -> bool:
    """"4 pictures of a lighthouse - sorry, 3, just 3": a number said again (and again) is the count."""
    numbers = {_VALUE_TAIL.sub("", _VALUE_LEAD.sub("", re.sub(r"^(?:(?:just|only|ok(?:ay)?|hmm+|fine)[,\s]+)+", "", p.strip(),
                                                               flags=re.I))).strip().lower()
               for p in segment.split(",") if p.strip()}  # ("make it 5", "ok 4 is fine")
    if len(numbers) != 1 or not re.fullmatch(_NUMBER, next(iter(numbers))):
        return False
    for index in range(len(said) - 1, -1, -1):
        found = list(re.finditer(r"\b" + _NUMBER + r"(?=\s+[a-z])", said[index], re.I))
        if found:
            said[index] = said[index][: found[-1].start()] + next(iter(numbers)) + said[index][found[-1].end():]
            return True
    return False


def _same_head(value: str) -> Optional[re.Pattern]:
    """"a lavender field … i mean sunflower field": a thing with the same last word as one said before takes its place."""
    words = re.findall(r"[a-z'-]+", value.lower())
    if not 2 <= len(words) <= 3 or words[0] in ("a", "an", "the", "some", "no", "not"):
        return None
    return re.compile(r"(?:(?!(?:a|an|the|to|in|on|at|of|with|and)\b)[\w'-]+\s+){1,2}" + re.escape(words[-1]) + r"\b", re.I)


def _put_in(text: str, start: int, end: int, value: str) -> str:
    """The value in the place of text[start:end], with the article and preposition said once: "in the rain" + "in the
    snow" -> "in the snow"; "a watercolor" + "an oil painting" -> "an oil painting"; "a red car" + "blue" -> "a blue car"."""
    lead = re.search(r"(?:\b(?:at|in|during|by|on)\s+)?(?:\b(?:a|an|the)\s+)?$", text[:start], re.I)
    said_lead = re.match(r"(?:(?:at|in|during|by|on)\s+)?(?:(?:a|an|the)\s+)?", value, re.I)
    if said_lead.group(0):  # the value says its own: the old one goes
        return text[: lead.start()] + value + text[end:]
    before = text[:start]
    if value[:1].lower() in "aeiou":
        before = re.sub(r"\ba(\s+)$", r"an\1", before)
    else:
        before = re.sub(r"\ban(\s+)$", r"a\1", before)
    return before + value + text[end:]


def _slot_pattern(value: str) -> Optional[re.Pattern]:
    """The terms of the slot a value sets ("sunrise" -> the times of day), to find the value it takes the place of."""
    return SLOT_PATTERNS.get(classify_phrase(value) or "")
