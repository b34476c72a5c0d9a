"""Image counts in a request ("3 options", "four ideas for a card"); "two kittens" is content.

    .venv/bin/python -c "from chat.words.counts import extract_count; print(extract_count('give me four ideas for a card'))"
"""
from __future__ import annotations

import re

from chat.words import lexicon
from chat.words.scene import tidy

NUM = r"(?:\d+|" + "|".join(re.escape(w) for w in sorted(lexicon.NUMBER_WORDS, key=len, reverse=True)) + r")"
_WEAK_COUNT_NOUNS = tuple(n for n in lexicon.IMAGE_COUNT_NOUNS if n not in lexicon.STRONG_COUNT_NOUNS)
# the picture's shape or size said between ("8 square pics of robots", "6 tiny pics of owls"): the count still holds
_SHAPE_OR_SIZE = ("square", "wide", "widescreen", "tall", "vertical", "horizontal", "portrait", "landscape", "small",
                  "tiny", "little", "big", "large", "hd", "high-res")
_COUNT_FILLER = r"(?:(?:" + "|".join(lexicon.COUNT_ADJECTIVES + _SHAPE_OR_SIZE + ("design", "logo", "poster", "style")) \
    + r")\s+){0,3}"
_COUNT_WORDS = r"(?P<between>(?:(?!(?:of|for|with|and|or|the|a|an|in|on|to|from|by|at)\b)[\w'-]+\s+){0,3}?)"
# "at least 4 pictures", "up to 3 options", "like 5 versions": how sure the count is, said before it; goes with it
_ABOUT = r"(?:(?:at\s+least|at\s+most|up\s+to|no\s+more\s+than|about|around|roughly|approximately|maybe|exactly|"\
         r"(?<!'d\s)(?<!ould\s)(?<!\bi\s)(?<!\bwe\s)like|just)\s+)?"
COUNT_RE = re.compile(
    r"\b" + _ABOUT + r"(?P<n>" + NUM + r")\s+"
    r"(?:" + _COUNT_WORDS + r"(?P<strong>" + "|".join(lexicon.STRONG_COUNT_NOUNS) + r")\b(?:\s+(?:of|for|with|showing|"
    r"featuring|on|:))?"
    r"|" + _COUNT_FILLER + r"(?P<weak>" + "|".join(_WEAK_COUNT_NOUNS) + r")\b(?:\s+(?:of|for|showing|featuring|:)|"
    r"\s*[,:]|\s*$))",
    re.I,
)
# "make me 2 wallpapers of a misty forest": a number of pictures of a kind, asked for (the kind stays, singular)
_KINDS = ("wallpapers", "posters", "logos", "icons", "illustrations", "drawings", "paintings", "sketches", "portraits",
          "banners", "stickers", "avatars", "cards", "covers", "thumbnails", "backgrounds", "photos", "headers", "flyers",
          "posts", "stories", "pins", "ads", "adverts", "graphics", "slides", "mockups", "labels", "invitations",
          "invites", "postcards", "templates", "badges", "emblems", "mascots", "designs", "patches", "sprites",
          "tattoos", "murals", "layouts", "concepts")
KIND_COUNT_RE = re.compile(
    r"^(?P<pre>(?:.*?\b(?:make|draw|create|generate|give|show|design|paint|sketch|need|want|get)\s+(?:me\s+|us\s+)?)?)"
    + _ABOUT + r"(?P<n>" + NUM + r")\s+(?P<adj>(?:[\w'-]+\s+){0,2}?)(?P<kind>" + "|".join(_KINDS) + r")\s+(?P<link>of|for|showing|featuring|with)\b",
    re.I)
# adjectives of the count ("3 different ideas"), dropped; other words between say what to draw ("3 logo ideas")
_COUNT_FILLER_RE = re.compile(r"\b(?:" + "|".join(lexicon.COUNT_ADJECTIVES) + r")\b", re.I)


_NUMBER = r"(?:\d+|one|two|three|four|five|six|seven|eight)"
_RANGE = re.compile(r"\b" + _NUMBER + r"\s*(?:or|-|–|to)\s*(?=" + _NUMBER + r"\b)", re.I)  # "3 or 4", "2-3"


# "draw 2 of a bear …", "make me three of the lighthouse": that many pictures of one thing
_N_OF_ONE = re.compile(r"\b(?:draw|make|paint|sketch|create|generate|render|do|give|show)\s+(?:me\s+|us\s+)?"
                       r"(?P<n>[2-8]|two|three|four|five|six|seven|eight)\s+of\s+(?=(?:an?|the)\s+(?![\w'-]+s\b))", re.I)


def extract_count(text: str) -> tuple[str, int]:
    """("give me four ideas for a card", 1) -> ("give me a card", 4); "two kittens" is content and stays; "3 or 4 logo
    ideas": the larger."""
    span = _RANGE.search(text)
    ranged = text[: span.start()] + text[span.end():] if span else text
    counted = COUNT_RE.search(ranged) if span else None
    if counted and counted.group("strong") and counted.start("n") == span.start():
        text = ranged  # the range is the count itself ("3 or 4 ideas"), not "a 9 to 5 office worker"
    of_one = _N_OF_ONE.search(text)
    if of_one:  # "draw 2 of a bear riding a bicycle": two pictures of it
        word = of_one.group("n").lower()
        count = int(word) if word.isdigit() else lexicon.NUMBER_WORDS.get(word, 1)
        return tidy(text[: of_one.start("n")] + text[of_one.end():]), max(1, min(count, lexicon.MAX_IMAGES))
    match = COUNT_RE.search(text)
    if not match:
        kind = _kind_count(text)
        return _different_count(text) or _of_them_count(text) or (kind if kind[1] > 1 else None) or \
            _trailing_count(text) or kind
    word = match.group("n").lower()
    strong = (match.group("strong") or "").lower()
    after = text[match.end("strong"):].split()[:1] if strong else []
    plural_after = bool(after) and after[0].lower().strip(",.:") in lexicon.STRONG_COUNT_NOUNS  # "some concept ideas"
    if not word.isdigit() and word in ("some", "few", "several") and (not strong or not (strong.endswith("s") or plural_after)):
        return text, 1  # "some concept art", "some idea of a castle": no number of pictures
    if strong == "concept" and re.match(r"\s+art\b", text[match.end("strong"):], re.I):
        return text, min(int(word), lexicon.MAX_IMAGES) if word.isdigit() else 1  # "concept art" is the kind, not a count
    count = int(word) if word.isdigit() else lexicon.NUMBER_WORDS[word]
    if count < 1:
        return text, 1
    # words between the number and the count noun say what kind of picture ("3 ad concepts for …" -> "ad for …")
    kind = _COUNT_FILLER_RE.sub(" ", match.group("between") or "").strip() if match.group("strong") else ""
    if kind:
        link = re.search(r"\s+(?:of|for|with|showing|featuring|on)\s*$|\s*:\s*$", match.group(0))
        kind = kind + (link.group(0) if link else "")
    rest = (text[: match.start()] + " " + kind + " " + text[match.end():]).strip()
    said_again = _of_them_count(rest)  # "a few pictures of a cottage. perhaps 3 of them": the number said wins
    return said_again or (tidy(rest), min(count, lexicon.MAX_IMAGES))


# "draw 4 different cartoon cats wearing hats": that many pictures, one cat each ("two kittens" stays content)
_DIFFERENT = re.compile(r"(?:^|\b(?:draw|make|create|generate|give|show|paint|design|sketch|need|want|get|do|try|like|love|have|"
                        r"see|about|please)\s+(?:me\s+|us\s+)?)"
                        r"(?P<n>" + NUM + r")\s+(?:different|distinct|unique|separate|various)\s+(?P<adj>(?:[a-z'-]+\s+){0,2}?)"
                        r"(?P<noun>[a-z'-]+?(?:ies|ches|shes|xes|s))\b", re.I)


def _different_count(text: str) -> tuple[str, int] | None:
    """("draw 4 different cartoon cats", 1) -> ("draw a cartoon cat", 4); None without "N different …s"."""
    match = _DIFFERENT.search(text)
    word = match.group("n").lower() if match else ""
    count = int(word) if word.isdigit() else lexicon.NUMBER_WORDS.get(word, 0)
    if count < 2 or match.group("noun").lower() in ("kinds", "types", "sorts", "colours", "colors", "shades", "sizes"):
        return None  # "3 different kinds of flowers": the variety is in the picture
    noun = re.sub(r"ies$", "y", match.group("noun"))
    noun = re.sub(r"(?<=ch|sh)es$|(?<=x)es$|(?<=[^s])s$", "", noun)
    phrase = f"{match.group('adj')}{noun}"
    article = "an" if phrase[0].lower() in "aeiou" else "a"
    return tidy(f"{text[: match.start('n')]}{article} {phrase}{text[match.end():]}"), min(count, lexicon.MAX_IMAGES)


# "maybe four of them so I can pick", "a few of those, let's say three": that many pictures of what was said
_OF_THEM = re.compile(r"(?:\s*[,.]?\s*(?:and\s+)?(?:maybe|perhaps|like|say|let'?s\s+say|about|around|just)\s+|\s+)?(?P<n>[2-8]|two|three|"
                      r"four|five|six|seven|eight)\s+of\s+(?:them|those|these)\b(?:\s*,?\s*so\s+(?:i|we)\s+(?:can|could|might|may)\s+"
                      r"(?:pick|choose|compare|decide|select)\b[^,.!?]*)?(?=\s*(?:$|[,.!?]|so\b|to\b|for\b|please\b|"
                      r"pls\b|and\s+i\b|i\s+can\b))"
                      r"|(?:\s*,?\s*)\b(?:a\s+few|some|a\s+couple|several)(?:\s+of\s+(?:them|those|these))?\s*,?\s*(?:let'?s\s+say|"
                      r"say|like|maybe|probably|i\s+guess)\s+(?P<n2>[2-8]|two|three|four|five|six|seven|eight)\b"
                      r"|[,.;]\s*(?:(?:pls|please)\s+)?(?:give|make|show|send|do)\s+(?:me|us)\s+(?P<n3>[2-8]|two|three|four|five|six|"
                      r"seven|eight)(?:\s+(?:please|pls))?(?=[\s.!]*$)", re.I)  # ("…, without people, give me 4")


def _of_them_count(text: str) -> tuple[str, int] | None:
    """("… maybe four of them so I can pick", 1) -> ("… so I can pick", 4); None without such a count."""
    match = _OF_THEM.search(text)
    if not match:
        return None
    word = (match.group("n") or match.group("n2") or match.group("n3")).lower()
    count = int(word) if word.isdigit() else lexicon.NUMBER_WORDS.get(word, 1)
    return tidy(text[: match.start()] + text[match.end():]), min(count, lexicon.MAX_IMAGES)


def _kind_count(text: str) -> tuple[str, int]:
    """("make me 2 wallpapers of a forest", 1) -> ("make me a wallpaper of a forest", 2); else (text, 1)."""
    match = KIND_COUNT_RE.match(text)
    word = match.group("n").lower() if match else ""
    count = int(word) if word.isdigit() else lexicon.NUMBER_WORDS.get(word, 1)
    if not match or count < 2 or match.group("adj").strip().lower() in ("of", "for", "with", "and"):
        return text, 1
    adjective = _COUNT_FILLER_RE.sub("", match.group("adj")).strip()  # "4 different avatars": the count's word
    kind = re.sub(r"ies$", "y", match.group("kind"))
    kind = re.sub(r"(?<=[^s])s$|(?<=ch)es$", "", kind)
    noun_phrase = f"{adjective} {kind}".strip()
    noun_phrase = ("an " if noun_phrase[0].lower() in "aeiou" else "a ") + noun_phrase
    rest = f"{match.group('pre')}{noun_phrase} {match.group('link')}{text[match.end():]}"
    return tidy(rest), min(count, lexicon.MAX_IMAGES)


# "now a pig in the same style, just 2", "a fox in the snow, 3 please": a number said last, with "just" or "please"
_TRAILING = re.compile(r"\s*[,;.]\s*(?:(?P<lead>just|only|maybe|like|make\s+it|do)\s+)?(?P<n>[2-8]|two|three|four|five|six|"
                       r"seven|eight)(?:\s+(?P<trail>please|pls|plz|this\s+time|max|tops))?[\s.!]*$", re.I)


def _trailing_count(text: str) -> tuple[str, int] | None:
    """("… in the same style, just 2", 1) -> ("… in the same style", 2); None without such an ending."""
    match = _TRAILING.search(text)
    if not match or not (match.group("lead") or match.group("trail")):
        return None
    word = match.group("n").lower()
    return tidy(text[: match.start()]), int(word) if word.isdigit() else lexicon.NUMBER_WORDS[word]
