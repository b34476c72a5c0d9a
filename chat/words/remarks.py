"""Words in a request that are no part of the picture: a remark ("its overwhelming", "my wife is allergic lol") and
the value a change replaces ("red instead of yellow": yellow goes).

    .venv/bin/python -c "from chat.words.remarks import is_commentary; print(is_commentary('my wife is allergic lol'))"

Both are read from the clause's grammar (a copula with a bare adjective, a first-person or possessive subject with a
state verb; "instead of" / "rather than" + a short phrase), so they hold for any words in those places.
"""
from __future__ import annotations

import re

from chat.words import lexicon
from chat.words.slots import classify_phrase

# "make her raincoat red instead of yellow" / "a cat rather than the dog" / "lid should be black not bamboo": the
# change, and the value it replaces
INSTEAD_OF = re.compile(r"(?:\s*,?\s+(?:instead\s+of|rather\s+than|in\s+place\s+of)|(?<!\bbut)(?<!\band)(?<!\bor)(?<!\bif)"
                        r"(?<!\bis)(?<!\bare)(?<!\bit's)(?<!\bthat's)(?<!\bwas)\s*,?\s+not(?!\s+(?:too|so|very|as|even|just|only|"
                        r"quite|that|a\s+lot)\b))\s+(?P<old>(?:the\s+|a\s+|an\s+)?"
                        r"[\w'-]+(?:\s+[\w'-]+){0,2}?)(?=\s*(?:[,.;!?]|$)|\s+(?:and|but)\s)", re.I)  # ("… instead of red and
# make it snow")
_DEGREE = r"(?:so\s+|really\s+|kinda\s+|kind\s+of\s+|a\s+bit\s+|just\s+|way\s+|quite\s+|very\s+|super\s+|pretty\s+)?"
# a remark about the picture or the user, not a change
COMMENTARY = re.compile(
    r"^(?:(?:it'?s|its|it\s+is|that'?s|thats|this\s+is|it\s+was|it\s+looks|looks|it\s+feels|feels)\s+" + _DEGREE +
    r"(?P<adj>[\w'-]+)(?:\s+to\s+(?:look\s+at|see|watch|read|take\s+in|bear))?"
    r"|(?:this|that|it|here)(?:'s|\s+is)\s+(?:an?\s+(?:(?:old|quick|rough)\s+)?(?:photo|picture|pic|drawing|painting|sketch)\s+of\s+)?"
    r"(?:my|our|the)\s+[\w'-]+(?:\s+[\w'-]+){0,2}"
    r"|(?:this|that|it|they|those)(?:'s|\s+is|\s+was|\s+were|\s+are)\s+(?:his|her|their|my|our)\s+(?:favou?rite|fave|fav|"
    r"first|old|best)\s+[\w'-]+(?:\s+[\w'-]+)?"  # "…, it was his favourite toy": why, not what
    r"|(?:the|our|my)\s+[\w'-]+\s+(?:is|are|has|have)\s+(?:mostly|mainly|nearly\s+all|all|only|full\s+of)\s+\S.*"  # "…, the
    # shelter is mostly cats": why
    r"|(?:i|we)\s+(?:have|had|got|own|adopted)\s+(?:one|a|an|two|three|\d+)\b(?:\s+[\w'-]+){0,3}?\s+(?:named|called)\s+\S.*"
    r"|(?:(?:my|our)\s+[\w'-]+(?:\s+[\w'-]+)?|(?:the|her|his|their)\s+(?:owners?|clients?|customers?|boss|bride|groom|couple|"
    r"family|teacher|kids|recipient|birthday\s+(?:girl|boy)))\s+(?:is|are|was|were|has|have|gets|get|loves?|likes?|hates?|"
    r"can'?t|doesn'?t|don'?t|wants?|needs?|kept|keeps)\b.*"  # ("…, the owner hates bows apparently", "my last app kept
    # adding cats")
    r"|[\w'-]+(?:\s+[\w'-]+)?\s+(?:is|are|was|were)\s+(?:my|our)\s+(?:[\w'-]+\s+){0,2}?(?:colou?rs?|favou?rite|thing|"
    r"brand|logo|style)\b.*"  # ("…, pink is my competitors colour haha": why not pink)
    r"|(?:i\s+)?can'?t\s+stand\s+(?:it|them|em|those|these|that)\b.*"  # ("bin the beans, cant stand em")
    r"|(?:it|this|that|they)(?:'d|\s+would|'ll|\s+will|\s+could)\s+make\s+(?:an?|some)\s+(?:really\s+|very\s+|so\s+)?(?:nice|"
    r"great|lovely|perfect|good|beautiful|fun|cute|wonderful)\b.*"  # ("… It would make a nice Christmas card.")
    r"|(?:some|the|our|my|a\s+lot\s+of|lots\s+of)\s+(?:kids|children|people|guests|patients|students|customers|clients)\s+"
    r"(?:get|are|can\s+be|might\s+be|feel|find\s+it)\s+\w+.*"  # "…, some kids get anxious": why, not what
    r"|(?:actually|because|cause|cuz|cos|since)\s+(?:she|he|they|i|we)(?:'s|'re|'m|\s+is|\s+are|\s+am|\s+was)\s+(?!(?:not|never)\b)"
    r"(?:allergic|scared|afraid|terrified|vegan|vegetarian|sick|sensitive|phobic)\b.*"  # "… actually she's allergic haha"
    r"|(?:i'?m|im|i\s+am|we'?re|i\s+was|i\s+think|i\s+guess|i\s+feel|i\s+hope|i'?ll|i\s+will|we'?ll|we\s+will)\b(?!.*\b(?:want|needs?|like|prefer|"
    r"wish|would|could\s+use|missing|lacks)\b).*)(?:\s+(?:lol|haha+|tbh|honestly|lmao))?[\s.!]*$", re.I)


# "the lake from the story", "the hat i mentioned", "like we talked about": a pointer into the talk, not a thing
META_REFERENCE = re.compile(r"\s*,?\s*(?:\b(?:from|in|of)\s+(?:the|my|our|your|that)\s+(?:story|book|tale|poem|chat|"
                            r"conversation|description|script|plot|song)\b|\b(?:that|which|who)?\s*(?:i|we|you)\s+"
                            r"(?:mentioned|described|talked\s+about|told\s+you\s+about|said)(?:\s+(?:earlier|before))?"
                            r"|\b(?:like|as)\s+(?:i|we)\s+(?:said|discussed|talked\s+about)(?:\s+(?:earlier|before))?"
                            r"|\bfrom\s+(?:before|earlier)\b)", re.I)


# what the picture turned into, said beside the fix ("keep the bike blue, it turned greenish"): how it is, not how it
# should be
_DRIFTED = re.compile(r"^(?:(?:but|and|because|cause|since|as)\s+)?(?:it|he|she|they|the\s+[\w'-]+)(?:\s+(?:kind\s+of|kinda|sort\s+of|"
                      r"somehow|a\s+bit|really))?\s+(?:turned|went|came\s+out|ended\s+up|has\s+gone|have\s+gone|'s\s+gone|"
                      r"'ve\s+gone|got\s+all)\s+[\w'-]+(?:\s+[\w'-]+)?[\s.!]*$", re.I)


# a remark on the picture on screen that asks for nothing: what it resembles of the user's, where it would hang, what
# it brings back, the part liked best ("the dog looks a lot like my old Max", "this would look great framed")
PICTURE_REMARK = re.compile(
    r"^(?:(?:honestly|wow|oh|omg|haha+|lol|aw+)[,!\s]+)*(?:(?:the|that|this|it|he|she|they)(?:\s+[\w'-]+)?\s+(?:looks?|is|seems)\s+"
    r"(?:just|exactly|a\s+lot|so\s+much|kind\s+of|kinda|really)?\s*like\s+(?:the\s+one\s+(?:we|i)\s+|my|our|his|her|their|me|us|him|them)\b"
    r"|(?:this|that|it)\s+(?:would|will|'d|'ll)\s+look\s+(?:so\s+|really\s+)?(?:great|amazing|perfect|lovely|nice|good|beautiful)"
    r"\s+(?:framed|printed|on\s+(?:my|our|the)\s+[\w'-]+|in\s+(?:my|our|the)\s+[\w'-]+)"
    r"|(?:the|that|this|it)(?:\s+[\w'-]+)?\s+reminds\s+(?:me|us)\s+of\b"
    r"|(?:the|that|this)\s+[\w'-]+(?:\s+[\w'-]+)?\s+is\s+(?:my|our|his|her)\s+(?:favou?rite|fave|fav)\s+(?:part|bit|thing)"
    r"|(?:(?:it'?s|that'?s|this\s+is|it\s+is|that\s+is|it'?ll\s+be|will\s+be)\s+)?(?:just\s+|absolutely\s+|so\s+)?"
    r"(?:perfect|ideal|great|exactly\s+what\s+(?:i|we)\s+needed)\s+for\s+(?:the|my|our|a|an|her|his|their)\s+[\w'-]+"
    r")(?!.*\b(?:but|though|can|could|make|add|change|remove|put|give|turn|please|pls)\b)[^?]*$", re.I)


# "my partner thinks they look a bit scary": someone's opinion of the picture, the reason for a change said beside it
# (not "she thinks the roof should be blue", a change)
_THEY_THINK = re.compile(r"^(?:(?:but|and|because|cause|since|as)\s+)?(?:(?:my|our|his|her|their)\s+[\w'-]+|he|she|they|"
                         r"everyone|someone|people)\s+(?:thinks?|says?|feels?|finds?|reckons?|said|thought)\s+(?:that\s+)?"
                         r"(?:they|it|he|she|them|this|that|these|those)\s+(?:looks?|is|are|was|were|seems?|feels?|'re|'s)\b"
                         r"(?!.*\b(?:should|needs?|must|could|would|has\s+to|have\s+to)\b)", re.I)


# "I don't think I asked for birds": what went wrong, said beside the fix
_NOT_ASKED = re.compile(r"^(?:(?:but|and)\s+)?i\s+(?:don'?t\s+think\s+i|didn'?t|did\s+not|never)\s+(?:really\s+)?ask(?:ed)?\s+"
                        r"for\b[^.!?]*[.!?]*$", re.I)


# news about the occasion, said as why: "the spring one got moved", "the date was pushed back"
_NEWS = re.compile(r"^(?:the|that|our|my|their)\s+(?:[\w'-]+\s+){0,2}?(?:one|event|show|date|gala|party|wedding|game|match|concert|"
                   r"sale|fair|meeting|thing)\s+(?:got|was|has\s+been|is\s+being|is|were)\s+(?:moved|cancelled|canceled|"
                   r"postponed|changed|rescheduled|pushed\s+back|called\s+off|sold\s+out|delayed)\b[^,;]*$", re.I)


# a clause said after thanks: a subject, then a finite verb ("this will mean a lot to them", "coach approves", "she
# says it's perfect"). A picture is asked with a noun phrase or a command, so a subject with its verb is talk.
_TITLES = r"(?:coach|mum|mom|dad|mama|papa|boss|teacher|everyone|everybody|nobody|grandma|grandpa|nana)"
_SAID_CLAUSE = re.compile(
    r"^(?!.*\b(?:would|'d)\s+(?:really\s+)?(?:love|like|want|prefer|enjoy|adore)\s+(?:an?|some|more|another|to)\b)"  # a wish
    r"(?:(?:this|that|it|these|those|they|he|she|we|i|you)|(?:my|our|his|her|their|the)\s+[\w'-]+(?:\s+[\w'-]+)?|"
    + _TITLES + r")(?:'ll|'d|'s|'re|'ve|(?:\s+(?:really|truly|genuinely|totally|just|honestly|actually|literally|"
    r"absolutely|definitely|always|never))?\s+(?:will|would|should|might|may|can'?t|won'?t|is|are|was|were|has|have|had|"
    r"does|did|made|got|gave|took|went|came|brought|blew|knew|felt|left|kept|(?!(?:is|was|has|does)\b)[a-z]+(?:s|ed)))\b",
    re.I)  # ("that genuinely made me tear up")


def is_said_clause(text: str) -> bool:
    """"this will mean a lot to the families", "coach approves": a subject and its verb, said to Easel (the caller
    has already seen that nothing is asked); every clause of it ("…, slow him down" is an ask)."""
    clauses = [c for c in re.split(r"[,;.!?]+", text) if c.strip()]
    return bool(clauses) and all(_SAID_CLAUSE.match(c.strip()) or is_commentary(c) for c in clauses)


def is_commentary(clause: str) -> bool:
    """A remark, not a change; one that names a change ("it's too dark", "it's night", "it looks blue") is no
    remark."""
    if _DRIFTED.match(clause.strip()) or _THEY_THINK.match(clause.strip()) or _NOT_ASKED.match(clause.strip()) or \
            _NEWS.match(clause.strip()):
        return True
    match = COMMENTARY.match(clause.strip())
    if not match:
        return False
    adj = (match.group("adj") or "").lower()
    return not (adj and (adj in ("too", "not", "a", "an", "the", "more", "less", "in", "at", "like", "for", "going")
                         or adj in lexicon.COLOURS or classify_phrase(adj)))


def split_instead(clause: str) -> tuple[str, str]:
    """"make it red instead of yellow" -> ("make it red", "yellow"); ("", "") never: no "instead of" -> (clause, "")."""
    match = INSTEAD_OF.search(clause)
    if not match or not match.start():
        return clause, ""
    return (clause[: match.start()] + clause[match.end():]).strip(), match.group("old")


def without_remarks(text: str) -> str:
    """The text less its remark clauses and replaced values (what must not be kept as the user's content)."""
    text = META_REFERENCE.sub("", INSTEAD_OF.sub("", text))
    parts = re.split(r"(\s*[,;.!?]+\s*|\s+(?=(?:actually|because|cause|cuz|cos|since)\s+(?:she|he|they|i|we)\b))", text)
    return "".join(p for p in parts if not is_commentary(p))
