"""A message whose only content is emoji ("🌵🌞🦎 pls"): the emoji are read by their Unicode names ("cactus, sun,
lizard"). Faces, hearts, hands and the like carry mood, not content, and still go (``chat.words.normalize``).

    .venv/bin/python -c "from chat.words.emoji import emoji_as_words; print(emoji_as_words('🌵🌞🦎 pls'))"
"""
from __future__ import annotations

import re
import unicodedata
from typing import Optional

from chat.words import lexicon

# Unicode name words of reactions: a face, a heart, a gesture, applause, fire, sparkles, a tick...
REACTION_NAMES = re.compile(r"\b(?:HEART|HAND|HANDS|THUMBS|CLAPPING|FIRE|SPARKLES?|HUNDRED|PARTY|PARTYING|FOLDED|"
                            r"VICTORY|FLEXED|EYES|SMILING|GRINNING|KISS|TEARS|CHECK|CROSS MARK|WAVING|RAISED|"
                            r"POINTING|OK|EXCLAMATION|QUESTION|COLLISION|DIZZY|SWEAT|ZZZ|SKULL|GLOWING STAR)\b")
# faces that show a feeling (smileys, "thinking face"): animal faces ("DOG FACE") are outside these blocks
_FEELING_FACES = re.compile("[\U0001F600-\U0001F64F\U0001F910-\U0001F915\U0001F917-\U0001F91F\U0001F922-\U0001F92F"
                            "\U0001F970-\U0001F97A\U0001FAE0-\U0001FAE8\u2639\u263A]")  # not 🤖 🤠 🤡: things
# modifiers that join or colour emoji: variation selectors, joiners, skin tones, keycaps
_MODIFIER = re.compile("[\uFE0E\uFE0F\u200D\u20E3\U0001F3FB-\U0001F3FF]")
_PICTOGRAPHS = "\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF"  # the emoji blocks
_EMOJI = re.compile(f"[{_PICTOGRAPHS}]")
_FLAG = re.compile("[\U0001F1E6-\U0001F1FF]{2}")
# a run of emoji with their joiners and modifiers, or a typed face (":(", ";)", ":D", "<3"): what carries mood
# (chat.words.normalize drops these runs)
EMOJI_RUN = re.compile(f"(?:[{_PICTOGRAPHS}\uFE0F\u200D\u20E3]+|(?<![\\w:/])[:;=][-']?[()DPpO3/|\\]\\[]+(?![\\w/])|<3+)")
# words that ask without saying what: "pls", "draw me", "can you do"
_ASKING = frozenset({*lexicon.STOPWORDS, *lexicon.REQUEST_VERBS, "pls", "plz", "please", "do", "one", "some", "and",
                     "plus", "us", "ok", "okay", "now"})


def emoji_name(char: str) -> Optional[str]:
    """The thing an emoji shows, in words ("🌞" -> "sun", "🐶" -> "dog"), or None for a reaction or an unnamed
    character."""
    name = unicodedata.name(char, "")
    if not name or _FEELING_FACES.match(char) or REACTION_NAMES.search(name):
        return None
    # "SUN WITH FACE", "DOG FACE", "FULL MOON SYMBOL", "WHITE MEDIUM STAR", "BLACK RIGHTWARDS ARROW": the object
    name = re.sub(r"\s+(?:WITH\s+FACE|FACE|SYMBOL)$", "", name)
    return re.sub(r"^(?:BLACK|WHITE|HEAVY)\s+(?:(?:MEDIUM|SMALL|LARGE)\s+)?(?=\w)", "", name).lower()


def _named(names: list[str]) -> str:
    """"cat, cat, cat, moon" -> "3 cat, moon": a repeated emoji is a count."""
    counts = {name: names.count(name) for name in dict.fromkeys(names)}
    return ", ".join(f"{n} {name}" if n > 1 else name for name, n in counts.items())


def emoji_as_words(text: str) -> Optional[str]:
    """The message with its emoji named in place, when they are its only content ("🌵🌞🦎 pls" -> "cactus, sun,
    lizard pls"); None otherwise (words lead, or no emoji shows a thing)."""
    plain = _FLAG.sub("\u2691", _MODIFIER.sub("", text))  # a country's flag (two letters) is one flag
    words = re.findall(r"[^\W\d_]+", _EMOJI.sub(" ", plain).lower())
    if any(word not in _ASKING for word in words):
        return None  # words lead ("🍅🍅 thanks!!": thanks, with tomatoes for the picture just made)
    pieces, run = [], []
    for part in re.split(f"({_EMOJI.pattern})", plain):
        if _EMOJI.fullmatch(part or " "):
            name = emoji_name(part)
            if name:
                run.append(name)
        elif part.strip():
            pieces += [_named(run)] if run else []
            pieces.append(part.strip())
            run = []
    pieces += [_named(run)] if run else []
    if not any(emoji_name(char) for char in _EMOJI.findall(plain)):
        return None
    return _sum_read(" ".join(pieces))


_SUM = re.compile(r"^(?P<a>[a-z][\w ,-]*?)\s*\+\s*(?P<b>[a-z][\w ,-]*?)\s*(?:=\s*\?*)?\s*(?P<ask>(?:(?:please|pls|plz|"
                  r"now|so)\s+)*(?:draw|make|paint|show|do)\s+(?:me\s+)?(?:it|that|this|the\s+result)\b.*)?$", re.I)


def _sum_read(named: str) -> str:
    """"dog + rocket = ? draw it" -> "draw a dog with a rocket": the emoji sum is the two things, in one picture."""
    said = _SUM.match(named.strip())
    if not said:
        return named

    def a(thing: str) -> str:
        thing = thing.strip()
        return thing if re.match(r"\d", thing) else f"{'an' if thing[0] in 'aeiou' else 'a'} {thing}"
    return f"draw {a(said.group('a'))} with {a(said.group('b'))}"
