"""Ideas Easel offers when asked ("what would you suggest for a yoga studio flyer?"), and the one the user then picks
("ok go with the first idea"): offline, three directions for the thing the user named, each a whole prompt in a
numbered list; a pick of any numbered list in Easel's last answer (a capable LLM's too) becomes the request.

    .venv/bin/python -m pytest tests/test_ideas.py -q

The offline ideas differ only in their look (medium, colours, layout): the rules know nothing of yoga or podcasts,
and the answer says so. A capable LLM answers such a question itself, with ideas about the subject.
"""
from __future__ import annotations

import re
from typing import Optional

from chat.words import lexicon

_FOR = r"(?:for|on|as|to\s+put\s+on|to\s+use\s+for)"
# "what would you suggest for a yoga studio flyer?", "any ideas for my podcast cover?", "what should i draw for my
# mum's birthday card", "help me come up with an idea for a band logo": ideas asked for, and what they are for
_ASKS_IDEAS = re.compile(
    r"^(?:(?:so|ok(?:ay)?|hmm+|well|honestly|um+)[,\s]+)*(?:"
    r"(?:what|which)\s+(?:would|do|could|should|can|will)\s+(?:you|u)\s+(?:suggest|recommend|propose)(?:\s+(?:i|we)\s+"
    r"(?:draw|make|do|put|use|go\s+with))?"
    r"|(?:do\s+(?:you|u)\s+have\s+|have\s+(?:you|u)\s+got\s+|got\s+)?any\s+(?:good\s+)?(?:ideas?|suggestions?|inspiration)"
    r"|(?:can|could|would)\s+(?:you|u)\s+(?:please\s+)?(?:suggest|come\s+up\s+with|think\s+of|brainstorm|recommend)\s+"
    r"(?:some|a\s+few|an?|any)\s+(?:good\s+)?(?:ideas?|suggestions?|concepts?|designs?)"
    r"|help\s+me\s+(?:come\s+up\s+with|think\s+of|find|brainstorm)\s+(?:an?|some)\s+(?:good\s+)?(?:ideas?|concepts?)"
    r"|what\s+should\s+(?:i|we)\s+(?:draw|make|put|do|paint|create|go\s+with)"
    r"|what\s+(?:would|could|might)\s+(?:look\s+(?:good|nice|great)|work(?:\s+well)?)"
    r")(?:\s+" + _FOR + r"\s+(?P<x>[^?!.]+?))?(?:\s*,?\s*(?:please|pls|then|maybe))?[\s?!.]*$", re.I)
# "what would you recommend for better results?": advice on using Easel, not ideas for a picture
_NOT_A_PICTURE = re.compile(r"\b(?:results?|quality|prompts?|prompting|settings?|resolution|tips?|advice|models?|speed|"
                            r"gpu|computer|laptop|beginners?|learning|practice)\b", re.I)
# "what style would suit a children's book about a shy hedgehog?", "not sure which colours would work for a nursery"
_LOOK_FOR = re.compile(r"\b(?:what|which)\s+(?:kind\s+of\s+|sort\s+of\s+)?(?:style|look|art\s+style|colou?rs?|palette|"
                       r"colou?r\s+scheme|vibe|theme|design)\s+(?:would|should|could|might|will|do\s+(?:you|u)\s+think\s+"
                       r"(?:would|will))\s+(?:suit|fit|go\s+with|work(?:\s+(?:best|well))?\s+for|be\s+(?:best|good)\s+for|"
                       r"look\s+(?:good|best|nice)\s+(?:for|on))\s+(?P<x>[^?!.]+?)[\s?!.]*$", re.I)
_NUMBER_NAMES = {word: n for word, n in lexicon.NUMBER_WORDS.items() if n <= lexicon.MAX_IMAGES and word.isalpha() and
                 word not in ("some", "few", "several")}  # "option two": the second
_ORDINALS = {**lexicon.ORDINALS, **_NUMBER_NAMES}
_NTH = r"(?:" + "|".join(lexicon.ORDINALS) + r"|last)"
_NUMBERED = r"(?:number|no\.?|option|idea|#)\s*(?:\d|" + "|".join(_NUMBER_NAMES) + r")"
# "ok go with the first idea", "let's do number 2", "the third one please", "i like option 3 but in blue"
_PICK = re.compile(
    r"^(?:(?:ok(?:ay)?|yes|yeah|yep|great|cool|nice|perfect|love\s+(?:it|them)|hmm+|ooh+|oh|sure|alright)[,!.\s]+)*"
    r"(?:(?:let'?s|i'?ll|i\s+will|i'?d\s+like\s+to|can\s+(?:we|you|u)|could\s+(?:we|you|u)|please|pls)\s+)?"
    r"(?:(?:i|we)(?:'d|\s+would|\s+really|\s+think)?\s+(?=(?:go|take|pick|choose|want|like|prefer|love)\b))?"
    r"(?:(?:go\s+(?:with|for)|do|draw|make|try|use|take|pick|choose|want|like|prefer|love|see)\s+)?"
    r"(?:the\s+)?(?P<n>" + _NTH + r"(?:\s+(?:one|idea|option|suggestion|concept))?|" + _NUMBERED + r"|(?:\d)(?=\s*[,.!]*\s*$))"
    r"(?P<rest>.*)$", re.I)
# what is said of the pick and asks nothing: "… please", "… sounds great", "… is perfect", "… lol"
_SAID_OF_IT = re.compile(r"^[\s,]*(?:(?:one|idea|option)\b)?[\s,]*(?:(?:(?:it|that|this)\s+)?(?:sounds|looks|is|seems)\s+"
                         r"(?:really\s+|so\s+|super\s+)?(?:good|great|best|perfect|fun|nice|lovely|cool|amazing|awesome)|"
                         r"(?:please|pls|plz|thanks|thank\s+you|lol|haha)\b)?[\s,.!]*(?:(?:please|pls|plz|thanks|lol)\b)?[\s,.!]*$",
                         re.I)
_ITEM = re.compile(r"^\s*(?:\d)[.)]\s+(?P<x>\S.*?)\s*$", re.M)


def asked_ideas_for(text: str) -> Optional[str]:
    """What ideas are asked for ("what would you suggest for a yoga studio flyer?" -> "a yoga studio flyer"); "" when
    ideas are asked for nothing named ("what do you suggest?"); None when the message asks for no ideas."""
    sentences = [p for p in re.split(r"(?<=[.!?])\s+", text.strip()) if p]
    look = next((m for m in map(_LOOK_FOR.search, sentences) if m), None)
    match = look or next((m for m in map(_ASKS_IDEAS.match, sentences) if m), None)
    thing = (match.group("x") or "").strip(" ,").lower() if match else ""
    if not match or _NOT_A_PICTURE.search(thing) or re.match(r"(?:it|this|that|them|these|those|him|her)$|(?:[a-z]+ing|what|"
                                                              r"how|why)\b", thing):
        return None  # "… look good on it?", "… for fixing the hands": no thing to make
    return (match.group("x") or "").strip(" ,")


# art made for something: "a childrens book about a shy hedgehog" is drawn as the book's picture of the hedgehog
_ART_FOR = re.compile(r"^(?:an?|my|our|the)\s+(?P<kind>(?:children'?s|childrens|kids'?|picture|story|bedtime)\s+book|"
                      r"(?:nursery|bedroom|classroom|wall)\s+mural|mural|comic|storybook)\s+(?:about|of|with|for)\s+(?P<x>.+)$",
                      re.I)


def offered_ideas(thing: str, is_design: bool) -> list[str]:
    """Three prompts for ``thing``, each in one of Easel's looks (those for designs when it is a logo, flyer, card…;
    for art when it is a book's or a mural's picture)."""
    art = _ART_FOR.match(thing.strip())
    if art:  # "a childrens book about a shy hedgehog" -> "a childrens book illustration of a shy hedgehog"
        thing = f"{art.group('kind')} illustration of {art.group('x')}"
        thing = f"{'an' if thing[0].lower() in 'aeiou' else 'a'} {thing}"
    looks = lexicon.IDEA_LOOKS["design" if is_design else "art" if art or re.search(
        r"\b(?:mural|book|comic|story|illustration|painting)\b", thing, re.I) else "picture"]
    return [f"{thing}, {look}" for look in looks]


def ideas_reply(thing: str, ideas: list[str]) -> str:
    """The numbered list, how to pick, and what the list is (Easel's looks, not ideas about the subject)."""
    listed = "\n".join(f"{number}. {idea}" for number, idea in enumerate(ideas, 1))
    return (f"Three directions for {thing}:\n{listed}\nSay \"the first one\" (or 2, or 3) and I'll draw it, or tell me "
            f"your own idea. These differ in look only: the offline model can't suggest ideas about the subject "
            f"itself; a larger LLM (--llm) can.")


def listed_ideas(reply: str) -> list[str]:
    """The items of a numbered list in an answer ("1. …" / "2) …"), markdown emphasis dropped."""
    return [re.sub(r"\*\*|__", "", match.group("x")).strip() for match in _ITEM.finditer(reply or "")]


# "ok let's try watercolor then", "the retro one": an idea picked by a word of its own
_PICK_BY_WORD = re.compile(r"^(?:(?:ok(?:ay)?|yes|yeah|cool|great|hmm+|alright|sure)[,!.\s]+)*(?:(?:let'?s|i'?ll|we'?ll|i'?d)\s+)?"
                           r"(?:(?:try|go\s+(?:with|for)|do|use|pick|take|choose|like)\s+)?(?:the\s+|a\s+)?(?P<w>[\w-]+(?:\s+(?!(?:then|please|"
                           r"pls|one|style|version|look|idea|option|i)\b)[\w-]+)?)"
                           r"(?:\s+(?:one|style|version|look|idea|option))?(?:\s+(?:then|please|pls|i\s+think))*[\s.!]*$", re.I)


def _picked_by_word(text: str, ideas: list[str]) -> int:
    """The number of the one idea a word of the message names ("let's try watercolor then"), else 0."""
    said = _PICK_BY_WORD.match(text.strip())
    word = said.group("w").lower() if said else ""
    if len(word) < 4 or word in ("that", "this", "them", "those", "these", "again", "more", "another", "them"):
        return 0
    having = [i for i, idea in enumerate(ideas, 1) if re.search(r"\b" + re.escape(word), idea, re.I)]
    return having[0] if len(having) == 1 and len(having) < len(ideas) else 0


def with_idea_picked(text: str, reply: str) -> str:
    """"go with the first idea" after an answer that listed ideas -> "draw <the first idea>" (a change said after
    the pick kept: "the second one but in blue"); other text as it is."""
    ideas = listed_ideas(reply)
    pick = _PICK.match(text.strip()) if len(ideas) >= 2 else None
    by_word = _picked_by_word(text, ideas) if len(ideas) >= 2 and not pick else 0
    if by_word:
        return f"draw {ideas[by_word - 1].rstrip(' .')}"
    if not pick:
        return text
    said = re.sub(r"\s+", " ", pick.group("n").lower())
    digits = re.search(r"\d", said)
    word = said.split()[0] if not digits else ""
    number = int(digits.group(0)) if digits else (len(ideas) if word == "last" else _ORDINALS.get(
        re.sub(r"^(?:number|no\.?|option|idea|#)\s*", "", said), _ORDINALS.get(word, 0)))
    if not 1 <= number <= len(ideas):
        return text
    rest = re.sub(r"^(?:but|and)\s+", "", _SAID_OF_IT.sub("", pick.group("rest")).strip(" ,.!"), flags=re.I)
    idea = ideas[number - 1].rstrip(" .")
    return f"draw {idea}" + (f", {rest}" if rest else "")
