"""Questions the router asks of a message: a question? a drawing request with content? a new drawing? a count?

    .venv/bin/python -c "from chat.words.route_cues import draw_request; print(draw_request('can you draw a cat'))"
"""
from __future__ import annotations

import re
from typing import Optional

from chat.words import lexicon
from chat.words.counts import COUNT_RE, NUM, extract_count
from chat.words.normalize import words_pattern
from chat.words.route_patterns import DRAW_REQUEST, DRAW_VERB, IT_REF, QUESTION_START, VERBISH, WANT_IMAGE
from chat.words.slots import is_modifier_only

def is_question(low: str) -> bool:
    return low.rstrip().endswith("?") or bool(QUESTION_START.match(low))


def draw_request(low: str) -> Optional[str]:
    """The content after a drawing verb ("can you draw a cat?" -> "a cat"), or None when there is no such verb."""
    match = DRAW_REQUEST.match(low)
    if not match or not match.group("verb"):
        if WANT_IMAGE.match(low):
            rest = WANT_IMAGE.sub("", low)
            if re.match(r"^(?:a|an|one|some|\d+|two|three|four|five|the)?\s*(?:[\w-]+\s+){0,4}(?:picture|image|photo|"
                        r"illustration|drawing|painting|wallpaper|logo|poster|banner|icon|avatar|render|artwork|pic|"
                        r"sketch|design|card|flyer|cover|thumbnail|background|graphic|visual|portrait|scene|view)s?\b",
                        rest) or lexicon.SOMETHING_FOR_A_FORMAT.match(rest):
                return rest
        return None
    return match.group("rest")


def has_content(rest: str) -> bool:
    """Is there something to draw after the verb? ("images?" alone is a capability question, not content)."""
    rest = re.sub(r"[?.!]+$", "", rest.strip())
    rest = re.sub(r"\b(?:for\s+me|please|now|too|as\s+well|anything|something|stuff|things|for\s+free|offline|"
                  r"locally|here|right\s+now)\b", " ", rest).strip()
    if not rest or re.match(r"^(?:what|how|who|why|when|where|which|if|whether)\b", rest) or re.match(
            r"^(?:an?|one)\s+(?:small\s+|quick\s+|big\s+|huge\s+)?(?:favou?r|question|hand|minute|second)"
            r"(?=\s*$|\s+(?:with|here|real|quick|please|if|so)\b)", rest):  # (not "a hand puppet")
        return False  # "could you do me a favour?": no thing to draw
    nouns = r"(?:images?|pictures?|photos?|pics?|art|artwork|drawings?|paintings?|illustrations?|sketch(?:es)?|" \
            r"logos?|one)"
    if re.fullmatch(r"(?:an?\s+|some\s+|any\s+)?(?:good\s+|nice\s+|cool\s+|realistic\s+|ai\s+)?" + nouns, rest):
        return False
    return True



# "show me the previous one (again)": an earlier picture, not a new thing to draw
_EARLIER_ONE = re.compile(r"^(?:the|that|my)\s+(?:(?:very\s+)?(?:first|original|previous|earlier|older|old|initial|other|last|"
                          r"second|third|\d+(?:st|nd|rd|th))\s+(?:one|image|picture|version|draft|pic|photo|drawing)|"
                          r"(?:one|version|picture|image)\s+(?:with|where)\s+[^.!?]{1,40}?\s+again|"
                          r"[\w'-]+(?:\s+[\w'-]+)?\s+one\s+again|"  # "the cat one again"
                          r"(?:very\s+)?(?:first|original|previous|earlier|older|old|initial|other|last)(?:\s+(?:one|image|"
                          r"picture|version|draft|pic|photo|drawing))?\s+back)"  # "the first picture back"
                          r"(?:\s+(?:again|please))*[\s.!?]*$")


def draw_request_with_content(low: str) -> bool:
    rest = draw_request(low)
    return rest is not None and has_content(rest) and not re.match(r"^(?:it|this|that)\b", rest) \
        and not _EARLIER_ONE.match(rest)


def is_new_drawing(low: str) -> bool:
    """'make a pixel art knight' / 'draw a fox' start a new picture even when one exists; 'make it night' does not."""
    match = re.match(r"^(?:let'?s\s+)?" + DRAW_VERB + r"\s+(?:me\s+|us\s+)?(?P<obj>.*)$", low)
    if not match:
        return False
    obj = match.group("obj")
    if re.match(r"^(?:him|her|them)\s+(?:an?|some)\s+(?:[\w'-]+\s+){0,2}?" + words_pattern(lexicon.FORMAT_NOUNS) + r"\b", obj):
        medium = re.match(r"^(?:him|her|them)\s+an?\s+(?:[\w'-]+\s+){0,2}?(?:drawing|painting|sketch|illustration|"
                          r"watercolou?r|cartoon|etching|caricature)(?:\s+(?:please|pls|instead))*[\s.!]*$", obj)
        return not medium  # "make him a birthday card of a dinosaur": a card for him ("make him a pencil drawing": him, drawn)
    if re.match(IT_REF + r"\b", obj) or re.match(r"^(?:the|that|those|these|his|her|him|them|its|their|all\s+the)\b", obj):
        return False
    if re.match(r"^(?:one|each|both|either)\s+(?:of\s+the\s+)?[\w-]+(?:'s|s')\s", obj):
        return False  # "make one team's shirts blue": a part of a thing on screen
    return bool(re.match(r"^(?:an?|one|some|two|three|four|five|\d+|another|new)\b", obj)) or bool(
        re.match(r"^[\w-]+(?:\s+[\w-]+)*\s+of\s+", obj))



# "the grass like a stadium pitch", "the sign look older", "the blade fire instead of ice": a thing, then how it
# changes; a thing to draw anew has no such complement ("the mona lisa", "the eiffel tower at night")
_CHANGED_LIKE = re.compile(r"^[\w'-]+(?:\s+[\w'-]+)?\s+(?:look\s+(?:more\s+|less\s+|a\s+bit\s+)?(?:like\s+)?|seem\s+|"
                           r"(?:more|less)\s+like\s+|like\s+(?:an?|the|some)\s|(?:[\w'-]+\s+)?instead\s+of\s|into\s+(?:an?|the|some)\s)",
                           re.I)


def refers_to_scene(rest: str, scene_words: set[str]) -> bool:
    """'make the car blue' (a car is in the picture, or a colour/comparative follows) vs 'paint the Mona Lisa'."""
    words = [re.sub(r"'s$", "", w) for w in re.findall(r"[\w'-]+", rest)]  # "the snake's mouth": the snake
    head = [w for w in words[:4]]
    if any(w in scene_words or re.sub(r"(?:es|s)$", "", w) in scene_words for w in head):
        return True
    if _CHANGED_LIKE.match(rest):  # "make the grass like a pitch", "… look older", "… fire instead of ice": a change
        return True
    if any(w in lexicon.COLOURS or w in lexicon.MATERIALS or w in lexicon.COMPARATIVES for w in words[1:5]):
        return True  # "make the pot blue ceramic", "make the sun bigger and ...": a part of the picture gets a new look
    if re.search(r"\band\s+(?:get\s+rid\s+of|remove|delete|add|make|change|turn|put|move)\b", rest) and any(
            w in scene_words or re.sub(r"(?:es|s)$", "", w) in scene_words for w in words):
        return True  # "make the X ... and remove the palm trees": the second change names the picture
    tail = " ".join(words[-2:])
    return bool(words) and (is_modifier_only(tail) or words[-1] in lexicon.COMPARATIVES or words[-1] in lexicon.COLOURS)



_PURPOSE = re.compile(r"(?:(?:an?|the|my|our)\s+)?(?:[\w/-]+\s+)?(?:testing|review|approval|sign-?off|feedback|comparison|"
                      r"client|team|boss|meeting|pitch|presentation)(?:\s+(?:please|pls))?[\s.!?]*", re.I)


def count_for_content(low: str) -> bool:
    """"four different ideas for a birthday card" is a new request with a count, not variations of the current."""
    match = COUNT_RE.search(low)
    if not match:
        return False
    after = low[match.end():].strip()
    if _PURPOSE.fullmatch(after):  # "3 variations for A/B testing": what the takes are for, not what they show
        return False
    return bool(re.match(r"^(?:an?|the|my|some|\w+)", after)) and not re.match(
        r"^(?:it|this|that|these|those|him|her|them|the\s+same|the\s+(?:image|picture|last|previous)|please|the\s+[\w'-]+\s+(?:one|"
        r"version|picture|image)\s*$)\b", after) and bool(  # ("2 more of the night version": the one on screen)
        re.search(r"\b(?:of|for|with|showing|featuring)\s*$", low[: match.end()]))


# "a few more versions of that, like 4": the number said after the vague one
_NUMBER_SAID_AFTER = re.compile(r"[,\s]+(?:like|say|maybe|about|around|let'?s\s+say|i\s+guess|ideally)\s+(?P<n>" + NUM +
                                r")(?:\s+(?:please|pls|of\s+them))?[\s.!?]*$", re.I)


def variation_count(low: str) -> int:
    said_after = _NUMBER_SAID_AFTER.search(low)
    word = said_after.group("n").lower() if said_after else ""
    if word.isdigit() or word in lexicon.NUMBER_WORDS:
        return max(1, min(int(word) if word.isdigit() else lexicon.NUMBER_WORDS[word], lexicon.MAX_IMAGES))
    _, count = extract_count(low)
    if count > 1:
        return count
    last = re.search(r"[,:;]\s*(?:like\s+|maybe\s+|say\s+|just\s+)?(?P<n>[2-8])\s*(?:please|pls|plz)?[\s.!?]*$", low)
    if last:  # "more like it pls, 4": the number said last, on its own
        return int(last.group("n"))
    match = re.search(r"\b(?P<n>" + NUM + r")\s+(?:more|other|different|new|alternative|extra|additional|further|"
                      r"of\s+(?:these|those|them|this|that|it)\b)|\banother\s+(?P<n2>" + NUM + r")\b", low) or re.match(  # "make 4 of these"
        r"^(?:(?:can|could)\s+(?:you|u)\s+)?(?:give|show|make|get|do)\s+(?:me\s+|us\s+)?(?P<n>" + NUM + r")(?:\s+(?:please|pls|"
        r"plz))?[\s.!?]*$", low)  # "give me 6"
    if match:
        word = match.group("n") or match.group("n2")
        return min(int(word) if word.isdigit() else lexicon.NUMBER_WORDS.get(word, 1), lexicon.MAX_IMAGES)
    if re.search(r"\b(?:variations|options|versions|alternatives|ideas|ones|more\s+like|some\s+more|show\s+me\s+more|"
                 r"(?:a\s+few|some|several)\s+of\s+(?:these|those|them)|"
                 r"give\s+me\s+more|^more)\b", low):
        return 3
    return 1



def looks_like_description(low: str) -> bool:
    """A noun phrase or a description of a scene ("a hot air balloon", "portrait of an old fisherman")."""
    low = re.sub(r"[.!]+$", "", low).strip()
    if not low:
        return False
    if re.match(r"^(?:a|an|the|one|two|three|four|five|six|seven|eight|nine|ten|\d+|some|several|many|few|"
                r"portrait|photo|painting|drawing|close-up|closeup|illustration|view|scene|landscape)\b", low):
        return True
    # starts like a noun phrase (not a pronoun/verb) and carries no first/second-person talk
    if re.match(r"^(?:i|you|we|he|she|they|it|my|your|our|me|us|please|thanks|thank|yes|no|ok|okay|let'?s)\b", low):
        return False
    return not VERBISH.search(low) or len(low.split()) >= 4


