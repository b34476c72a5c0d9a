"""Talk set inside a sentence: an aside in brackets about the user ("(sorry!)", "(my third, though …)", "(don't ask
me which)"), a word set off by commas between "could you" and its verb ("could you, perhaps, add …"), and "say" before
a number ("draw me, say, four options"), "sorry" between two parts, "what I mean is". They go ("what I actually need is
it in colour" is said as "make it in colour"); an aside about the picture ("a lighthouse (the one in Maine)") stays.

    .venv/bin/python -c "from chat.words.asides import without_asides as w; print(w('could you, perhaps, add a boat (sorry!)'))"
"""
from __future__ import annotations

import re

from chat.words import lexicon
from chat.words.normalize import is_social

_BRACKETED = re.compile(r"\s*\((?P<inside>[^()]{1,200})\)")
# what makes a bracketed aside talk: the user, an apology or promise, or a remark on the talk itself
_TALK = re.compile(r"\b(?:i|i'?m|i'?ve|i'?d|me|my|mine|we|we'?re|our|us|sorry|promise|mean|honestly|frankly|don'?t|trouble|"
                   r"fussy|please|thanks?|thank|lol|haha+|bless|anyway|btw|apparently|obviously|of\s+course|nothing'?s?|"
                   r"tentatively|hopefully|fingers\s+crossed|long\s+story)\b", re.I)
# "could you, perhaps, add": the modal's words set off by commas
_SET_OFF = re.compile(r"\b(?P<ask>(?:could|can|would|will)\s+(?:you|u))\s*,\s*(?:(?:then|perhaps|maybe|please|however|possibly|"
                      r"though|also|now|instead|kindly|just|if\s+possible|by\s+any\s+chance|if\s+you\s+(?:can|could|would|"
                      r"don'?t\s+mind))\s*,?\s*){1,2},\s*", re.I)
# "draw me, say, four options": the number said
_SAY_NUMBER = re.compile(r",\s*(?:say|maybe|perhaps|about|like)\s*,\s*(?=(?:\d|" + "|".join(lexicon.NUMBER_WORDS) + r")\b)", re.I)


# "a sea turtle not an octopus, sorry, same colours": an apology said between the parts
_SORRY_BETWEEN = re.compile(r",\s*(?:sorry|oops|my\s+bad|whoops)\s*,", re.I)


# "sorry, what I mean is the fox looks too cartoony": what follows is what was meant
_MEANT_LEAD = re.compile(r"^(?:(?:sorry|ok(?:ay)?|no|so)[,\s]+)*(?:what\s+(?:i|we)\s+(?:mean|meant)\s+(?:is|was)|i\s+mean|to\s+be\s+clear|"
                         r"let\s+me\s+(?:rephrase|clarify))\s*[,:]?\s+(?=\S)", re.I)
# "what I actually need is it in colour": the picture, so; "what I need is a poster": the wish
_WHAT_I_NEED = re.compile(r"\bwhat\s+(?:i|we)\s+(?:actually\s+|really\s+)?(?:need|want|wanted|needed)\s+(?:is|was)\s+(?P<it>it\s+)?",
                          re.I)


def _aside_off(match: re.Match) -> str:
    inside = match.group("inside").strip()
    return " " if _TALK.search(inside) or is_social(inside) else match.group(0)


def without_asides(text: str) -> str:
    """The message without its asides of talk (see the module's docstring); any other message unchanged."""
    plain = _BRACKETED.sub(_aside_off, text)
    plain = _SET_OFF.sub(lambda m: f"{m.group('ask')} ", plain)
    plain = _SAY_NUMBER.sub(" ", plain)
    plain = _SORRY_BETWEEN.sub(",", plain)
    plain = _MEANT_LEAD.sub("", plain, count=1)
    plain = _WHAT_I_NEED.sub(lambda m: "make it " if m.group("it") else "I want ", plain, count=1)
    if plain == text:
        return text  # (nothing taken out: the message as typed, its ":)" and spacing too)
    plain = re.sub(r"\s+([,.;!?])(?=\s|$)", r"\1", re.sub(r"[ \t]{2,}", " ", plain)).strip()
    return re.sub(r",\s*,", ",", plain) if plain else text
