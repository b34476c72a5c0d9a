"""Which image a message points at: "the second one is great", "#3", "back to the first".

    .venv/bin/python -c "from chat.words.picks import split_pick; print(split_pick('the second one is great. make it wide'))"
"""
from __future__ import annotations

import re
from typing import Optional

from chat.words import lexicon
from chat.words.normalize import strip_emoji, strip_lead_talk

_PICK_ORDINALS = {**lexicon.ORDINALS, "last": -1}  # "the last one": the batch's last
_PICK = re.compile(
    r"(?:(?:ok(?:ay)?|so|hmm+|yes|yeah|nice|cool|great)[\s,]+)?"
    r"(?:(?:(?:(?:i\s+think|i\s+guess|honestly)[,\s]+)?i\s+(?:like|love|prefer|want)|i'?ll\s+(?:take|go\s+with)|let'?s\s+(?:go\s+with|use|take|keep)|"
    r"go\s+with|take|pick|use|choose|select|keep)\s+)?(?:the\s+)?"
    r"(?P<which>" + "|".join(_PICK_ORDINALS) + r"|#\s*\d|number\s+\d|no\.?\s*\d)(?:\s+(?:one|image|picture|pic|version|option|design|concept|idea|draft))?"
    r"(?:(?:\s+(?:is|looks|was)|'s)\s+(?:\w+\s+)?(?:good|great|best|nice|perfect|the\s+(?:best|one)|my\s+fav\w*|"
    r"fine|cool|awesome|amazing|better|it|lovely|gorgeous|cute|adorable|beautiful|stunning|sweet|pretty|fun|funny))?"
    r"(?:\s+(?:best|better|most|please|pls))?", re.I)
_PICK_END = re.compile(r"\s*[.!;,:]+\s*|\s+(?:but|and|so|now|then|just|-+|–|—)\s+|\s*[-–—]+\s*")


def _pick_index(head: str) -> Optional[int]:
    match = _PICK.fullmatch(head.strip())
    if not match:
        return None
    which = re.sub(r"[^\w]", "", re.sub(r"^(?:number|no)", "", match.group("which").lower()))
    return _PICK_ORDINALS.get(which) or (int(which) if which.isdigit() else None)


def pick_only(text: str) -> Optional[int]:
    """"the third one is my favourite" -> 3; None unless the whole message picks an image."""
    return _pick_index(re.sub(r"[\s.!]+$", "", strip_emoji(text)))


# "make the first one night", "give the second one a red roof": the pick inside the change
_PICK_INSIDE = re.compile(r"^(?:(?:please|pls|(?:can|could|would)\s+(?:you|u))\s+(?:please\s+)?)?(?P<verb>make|turn|give|put|change|paint|render|do)\s+the\s+(?P<which>" + "|".join(_PICK_ORDINALS) +
                          r")\s+(?:one|image|picture|pic|version|option)\s+(?P<rest>\S.*)$", re.I)


# "more like the 2nd", "3 more like number 4 please": variations of that image
_MORE_LIKE = re.compile(r"^(?:(?:can|could|would)\s+(?:you|u|i|we)\s+(?:please\s+)?(?:(?:get|have|see)\s+)?)?"
                        r"(?P<lead>(?:(?:show|give|make|do)\s+(?:me\s+)?)?(?:\w+\s+){0,2}?more|(?:some\s+|a\s+few\s+)?"
                        r"similar\s+ones?)\s+(?:like|similar\s+to|to)\s+(?:the\s+)?(?P<which>" + "|".join(_PICK_ORDINALS) +
                        r"|#\s*\d|number\s+\d|no\.?\s*\d)(?:\s+(?:one|image|picture|pic|version|option))?"
                        r"(?:\s+(?:please|pls))?[\s.!?]*$", re.I)  # ("can you do more like the first one?")


def split_pick(text: str) -> tuple[Optional[int], str]:
    """"the second one is great. make it wide" -> (2, "make it wide"); "make the first one night" -> (1, "make it
    night"); "more like the 2nd" -> (2, "more like this"); (None, text) without such a lead."""
    more = _MORE_LIKE.match(text.strip())
    if more:
        lead = more.group("lead")
        return _pick_index(more.group("which")), f"{'more' if 'similar' in lead.lower() else lead} like this"
    inside = _PICK_INSIDE.match(text.strip())
    if inside:
        return _PICK_ORDINALS[inside.group("which").lower()], f"{inside.group('verb')} it {inside.group('rest')}"
    for end in _PICK_END.finditer(text):
        head = text[: end.start()].strip()
        if head and _PICK.fullmatch(head) and text[end.end():].strip():
            return _pick_index(head), text[end.end():].strip()
    talk_off = strip_lead_talk(text.strip())
    if talk_off != text.strip():  # "oh they are all lovely. i think i like the first one best. could you add a cat?"
        pick, rest = split_pick(talk_off)
        if pick is not None:
            return pick, rest
    return None, text



_DESCRIBED = re.compile(r"\b(?P<base>first|1st|last|second|2nd|third|3rd|fourth|4th|fifth|5th)\s+(?P<desc>[\w'-]+(?:\s+"
                        r"[\w'-]+)?)\s+(?:one|image|picture|pic|version|drawing|painting|photo)\b|"
                        r"\b(?P<base2>first|1st|last)\s+(?P<desc2>watercolou?r|sketch|oil|pencil|charcoal|ink|pastel|cartoon|"
                        r"anime|pixel|comic|painted|night|day|winter|summer|snowy|sepia|neon|vintage|retro)[\s.!]*$", re.I)


# "go back to the one with the hat", "show me the version with the red roof again"
_ONE_WITH = re.compile(r"\b(?:the|that)\s+(?:one|version|picture|image|pic|drawing)\s+(?:with|that\s+had|(?:that|which)\s+"
                       r"(?:said|says|read|reads)|where\s+(?:it|he|she|they)\s+(?:had|has|was|is))\s+(?P<only>just\s+|only\s+)?(?:the\s+|a\s+|an\s+|his\s+|her\s+|its\s+)?(?P<x>[\w'-]+(?:\s+[\w'-]+){0,2}?)"
                       r"(?:\s+(?:again|please|back|on|in\s+it|actually|instead))*(?:\s+(?:was|is|looked|looks)\s+(?:much\s+|way\s+)?better)?"
                       r"(?:\s*[,;.!]\s*(?:i|we)\s+(?:miss|missed|liked|loved|prefer|preferred)\s+(?:him|her|it|them|that)(?:\s+(?:more|better))?)?"
                       r"\s*[.!]*$")  # ("… the one with the cat actually, i miss him")


_ONE_WITHOUT = re.compile(r"\bback\s+to\s+(?:the\s+)?(?P<x>(?!(?:first|original|previous|last|old|earlier)\b)[\w'-]+)"
                          r"(?:\s+(?:one|version|picture|image))?\s+without\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|its\s+)?"
                          r"(?P<y>[\w'-]+)\s*[.!]*$")


_NOT_NIGHT = frozenset({"daytime", "day", "day time", "daylight", "day-time", "sunny", "daylit"})


# "go back to the one before i said warmer", "how it was before I asked for the hat": the picture that message changed
_BEFORE_SAID = re.compile(r"\bbefore\s+(?:i|we)\s+(?:said|asked\s+(?:for|you\s+to)|told\s+you(?:\s+to)?|typed|wrote|added|"
                          r"made\s+it)\s+(?:the\s+|a\s+|an\s+|it\s+)?['\"“]?(?P<x>[\w'-]+(?:\s+[\w'-]+){0,3}?)['\"”]?"
                          r"(?:\s+(?:please|pls|thing|part|bit))*[\s.!?]*$")


_NOT_A_THING = r"(?:last|latest|previous|first|original|earlier|recent|that|this|it|one|change|changes|edit|edits|step|steps|" \
               r"tweak|tweaks|version|picture|image|pic)\b"
# "the one before the blue mushrooms", "undo the hydrangeas, I liked the roses better": before the message that said so
_BEFORE_THE = re.compile(r"\b(?:(?:one|version|picture|image|pic)\s+before|^(?:please\s+)?undo)\s+the\s+(?!" + _NOT_A_THING +
                         r")(?P<x>[\w'-]+(?:\s+(?!" + _NOT_A_THING + r"|please\b|pls\b|was\b|is\b|looked\b)[\w'-]+)?)(?=\s*(?:[,.;!?]|$|\s+"
                         r"(?:please|pls|i|we|and|it|they|was|were|is|looked|looks|felt|seemed)\b))")  # ("the one before the
# purple was better")


def revert_target(low: str) -> str:
    """'first' | 'last' | 'previous' | a number, or 'first:watercolor' / '2:cat' for "the first watercolor one"
    (the first image whose prompt says watercolor), 'last:hat' for "the one with the hat", 'before-said:warmer' for
    "the one before I said warmer"."""
    before = _BEFORE_SAID.search(low) or _BEFORE_THE.search(low)
    if before:
        return f"before-said:{before.group('x')}"
    with_thing = _ONE_WITH.search(low)
    if with_thing and not re.search(r"\b(?:it|that|this|them|one|and)\b", with_thing.group("x")):
        first = with_thing.group("only")  # "the one with just the lantern": the first that had it, before more came
        return f"{'first' if first else 'last'}:{with_thing.group('x')}"
    without = _ONE_WITHOUT.search(low)
    if without:  # "go back to the watercolor without the hat": the latest that says watercolor and not hat
        kind = "" if without.group("x") in ("one", "version", "picture", "image", "pic") else without.group("x") + " "
        return f"last:{kind}-{without.group('y')}"
    named = re.search(r"\bback\s+to\s+(?:the\s+)?(?P<x>[\w'-]+(?:\s+[\w'-]+)??)(?:\s+(?:one|version|picture|image))?"
                      r"(?:\s*[.!]*$|\s*[,;]|\s+(?:and|but|then)\b)", low)  # ("go back to the elephant, it needs …")
    if named and not re.search(r"\b(?:first|original|start|beginning|previous|last|before|earlier|old|one|it|that|"
                               r"this|normal)\b|\d", named.group("x")):
        if named.group("x") in _NOT_NIGHT:  # "go back to the daytime one": the latest that was not made night
            return "last:-night"
        return f"last:{named.group('x')}"  # "back to the fox": the latest picture whose prompt has the fox
    described = _DESCRIBED.search(low)
    desc = (described.group("desc") or described.group("desc2")) if described else ""
    if described and not re.search(r"\b(?:one|image|picture|version|of|the|a|an|and|or|more|other|few)\b", desc):
        base = (described.group("base") or described.group("base2")).lower()  # ("go back to the first watercolour")
        base = "first" if base in ("first", "1st") else "last" if base == "last" else str(
            lexicon.ORDINALS.get(base, 1))
        return f"{base}:{desc.lower()}"
    return _plain_target(low)


_STEPS = r"(two|three|four|five|2|3|4|5)"
# "go back two steps", "undo twice", "undo the last 3 changes", "two versions ago": that many steps back
_STEPS_BACK = re.compile(r"\b" + _STEPS + r"\s+(?:steps?|edits?|changes?|times|versions?|pictures?|images?|turns?)\s+(?:back|ago|"
                         r"earlier|before)\b|\bback\s+" + _STEPS + r"\s+(?:steps?|edits?|changes?|times|versions?)\b"
                         r"|\b(?:undo|revert)\s+(?:the\s+)?(?:last\s+)?" + _STEPS + r"\s+(?:steps?|edits?|changes?|times)\b"
                         r"|\bundo\s+(?:it\s+|that\s+)?(twice)\b", re.I)
_STEP_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5}


def _plain_target(low: str) -> str:
    steps = _STEPS_BACK.search(low)
    if steps:
        word = next(g for g in steps.groups() if g).lower().replace("twice", "two")
        return f"back:{_STEP_WORDS.get(word) or int(word)}"
    if re.search(r"\b(?:first|initial|very\s+first|1st)\s+(?:version|edit|try|attempt|result|change|draft|take|"
                 r"one\s+you\s+made)\b", low) and not re.search(r"\b(?:original|photo|upload|uploaded)\b", low):
        return "first-made"  # "the first edit was better": the first picture Easel made, not the photo it started from
    if re.search(r"\b(?:first|very\s+first|1st)\s+(?:one|picture|image|pic|version)\b", low) and not re.search(
            r"\b(?:original|photo|upload|uploaded|mine|my)\b", low):
        return "first-made"  # "go back to the first one" after editing a photo: the first picture made (the photo is "the original")
    if re.search(r"\b(?:first|original|initial|very\s+first|1st)\b", low):
        return "first"
    match = re.search(r"\b(?:number\s+|#)(\d+)\b|\b(\d+)(?:st|nd|rd|th)\b|\b(?:version|option|image|picture|pic)\s+"
                      r"(\d|one|two|three|four|five|six|seven|eight)\b", low)
    if match:  # "number 3", "the 2nd", "option two"
        said = match.group(1) or match.group(2) or match.group(3)
        return said if said.isdigit() else str(lexicon.NUMBER_WORDS[said])
    for word, index in lexicon.ORDINALS.items():
        if re.search(r"\b" + word + r"\b", low):
            return str(index)
    if re.search(r"\blast\s+(?:one|image|picture|version)\b", low) and not re.search(r"\bprevious\b|\b(?:undo|remove|"
                                                                                  r"delete|scrap|drop)\b", low):  # ("undo that last one": the one before it)
        return "last"
    return "previous"


