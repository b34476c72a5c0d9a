"""Noun phrases inside a scene's words: find one, recolour it, take it out.

    .venv/bin/python -c "from chat.words.nounphrase import recolor; print(recolor('a red vintage car', 'car', 'blue'))"
"""
from __future__ import annotations

import re
from typing import Optional

from chat.words import lexicon
from chat.words.scene import tidy

def _noun_pattern(noun: str) -> str:
    words = noun.lower().split()
    last = words[-1]
    body = r"\s+".join(re.escape(w) for w in words[:-1])
    if len(last) > 3 and re.search(r"[^aeiou]ies$", last):  # "puppies" / "puppy"
        return (body + r"\s+" if body else "") + re.escape(last[:-3]) + r"(?:y|ies)"
    stem = re.sub(r"(?:(?<=[xz])|(?<=ch)|(?<=sh)|(?<=ss))es$|(?<!s)s$", "", last) if len(last) > 3 else last  # "trees" ->
    # "tree", "boxes" -> "box", "roses" -> "rose"
    if re.search(r"[^aeiou]y$", stem):  # "puppy" / "puppies"
        return (body + r"\s+" if body else "") + re.escape(stem[:-1]) + r"(?:y|ies)"
    return (body + r"\s+" if body else "") + re.escape(stem) + r"(?:s|es)?"


_NP_START = r"(?:(?<=^)|(?<=[\s,]))(?:(?:a|an|the|some|two|three|four|\d+|his|her|its|their|my)\s+)?"
_FUNCTION_WORDS = lexicon.FUNCTION_WORDS
_ADJ = r"(?:(?!" + _FUNCTION_WORDS + r"\b)[\w'-]+\s+){0,3}?"

# a colour word (and "-coloured"/"-ish", "and <word>") among a noun phrase's modifiers
_COLOUR_RE = re.compile(r"\b(?:" + "|".join(re.escape(c) for c in lexicon.COLOURS) + r")(?:-?colou?red|ish)?\b"
                        r"(?:\s+and\s+\w+)?\s*", re.I)

# a shade word just before a colour ("deep" of "deep purple"): it goes with that colour
_SHADE_BEFORE = re.compile(r"\b(?:" + "|".join(re.escape(m) for m in lexicon.COLOUR_MODIFIERS) + r")[\s-]+(?=(?:" +
                           "|".join(re.escape(c) for c in lexicon.COLOURS) + r")\b)", re.I)


_COLOURS = "|".join(re.escape(c) for c in lexicon.COLOURS)
_COLOUR_WORDS = (r"(?:(?:" + "|".join(re.escape(m) for m in lexicon.COLOUR_MODIFIERS) + r")[\s-]+)?(?:" + _COLOURS +
                 r")(?:\s+(?:" + _COLOURS + r"))?")
# a thing's colour said after it: "a swirl of cobalt blue", "a dress in pale pink", "running shoes, neon orange"
_OF_COLOUR = re.compile(r"(?:\s+(?:of|in)\s+(?P<run>" + _COLOUR_WORDS + r")(?=\s*(?:[,.;]|$)|\s+(?!(?:" + _COLOURS + r")\b)\w)"
                        r"|,\s+(?P<alone>" + _COLOUR_WORDS + r")(?=\s*(?:[.;]|$)|\s*,(?!\s*(?:" + _COLOUR_WORDS +
                        r")\s*(?:[,.;]|$))))", re.I)  # (", red ball" is a ball; ", pastel pink, sage green" a palette)


def find_np(text: str, noun: str, *, verbs_end_it: bool = True) -> Optional[re.Match]:
    """The noun phrase (article + up to three modifiers + noun) that names `noun` in text; a verb among the modifiers
    ends the phrase before it ("a robot watering plants" -> "plants", "she loves roses" -> "roses"), unless
    `verbs_end_it` is False."""
    pattern = re.compile(_NP_START + r"(?P<adj>" + _ADJ + r")\b(?P<noun>" + _noun_pattern(noun) + r")\b", re.I)
    match = pattern.search(text)
    said = noun.lower().split()[-1]
    if match and match.group("noun").lower() != said:  # "the tiles" of "a tile floor, terracotta tiles": the word as said
        match = next((m for m in pattern.finditer(text) if m.group("noun").lower() == said), match)
    if not match or not verbs_end_it:
        return match
    words = list(re.finditer(r"\S+", match.group("adj")))
    verbs = [i for i, w in enumerate(words) if _is_verb(w.group(0).lower(), i)]
    ings = [i for i in verbs if words[i].group(0).lower().endswith("ing")]
    cut = max([i for i in verbs if i not in ings] + ings[:1], default=-1)  # "wearing", not "running" in "running shoes"
    if cut < 0:
        return match
    return pattern.search(text, match.start("adj") + words[cut].end()) or match


def _is_verb(word: str, position: int) -> bool:
    """"loves", or "watering" after another word ("a robot watering plants"); not "sports car", "wedding dress"."""
    if word in _S_VERBS:
        return True
    stem = re.sub(r"(\w)\1ing$", r"\1", word) if word.endswith("ing") else ""
    stem = stem if stem != word else word[:-3]
    return bool(position and word.endswith("ing") and (stem in _ING_VERBS or stem + "e" in _ING_VERBS))


# adjectives that come before a colour in English ("a big old red car")
_BEFORE_COLOUR = frozenset("big small little tiny huge giant large old young new tall short long cute pretty beautiful "
                           "lovely ugly fluffy happy sad shiny round fat thin ancient vintage modern cozy cosy".split())


# verbs that can stand between a subject and a thing it acts on ("she loves roses", "a robot watering plants")
_S_VERBS = frozenset("loves likes holds has wears carries eats reads plays rides watches drinks hugs chases waters "
                     "sees walks feeds paints holds throws catches".split())
_ING_VERBS = frozenset((*lexicon.PEOPLE_VERBS, *"water eat read play ride watch drink hug chase see walk feed paint "
                        "throw catch carry hold wear climb fly jump run sit stand sleep dance sing fish pour push pull lift "
                        "grab lick chew bite stir pet stroke kiss tickle fetch toss juggle sip sniff pluck wield balance "
                        "spill splash pat cuddle nuzzle tow drag offer".split()))  # (not "cook", "sew", "swim": "a
# cooking pot", "a sewing machine", "a swimming pool" name things)


def recolor(text: str, noun: str, colour: str) -> Optional[str]:
    """"a red vintage car" + (car, blue) -> "a blue vintage car"; None when the noun isn't in text."""
    whole = find_np(text, noun, verbs_end_it=False)
    if not whole:
        return None
    said_after = _OF_COLOUR.match(text, whole.end())
    if said_after and not _COLOUR_RE.search(whole.group("adj")):  # "a swirl of cobalt blue", "a dress in red": that
        run = "run" if said_after.group("run") else "alone"  # colour's own place
        return tidy(text[: said_after.start(run)] + colour + text[said_after.end(run):])
    if _COLOUR_RE.search(whole.group("adj")):  # "a red vintage car" -> "a blue vintage car": the colour's own place
        match, adjectives = whole, whole.group("adj")
        # the new colour where the old one was, its shade word with it ("a big dark green gate" -> "a big red gate")
        adjectives = _SHADE_BEFORE.sub("", adjectives)
        first = _COLOUR_RE.search(adjectives)
        adjectives = adjectives[:first.start()] + "\0" + _COLOUR_RE.sub("", adjectives[first.end():])
        new_np = f"{text[match.start(): match.start('adj')]}{adjectives.replace(chr(0), colour + ' ')}{match.group('noun')}"
    else:  # "a big old green wooden gate", "neon green running shoes", "she loves pink roses"
        match = find_np(text, noun)
        words = match.group("adj").split()
        # after size/age/opinion words, before a material
        at = max((i + 1 for i, w in enumerate(words) if w.lower() in _BEFORE_COLOUR), default=0)
        at = min([at, *(i for i, w in enumerate(words) if w.lower() in lexicon.MATERIALS)])
        article = text[match.start(): match.start("adj")]
        new_np = f"{article}{' '.join([*words[:at], colour, *words[at:], match.group('noun')])}"
    new_np = re.sub(r"^(an?)(\s+)(\S+)", lambda m: (("an" if re.match(r"[aeiou]", m.group(3), re.I) else "a")
                                                  if m.group(1).lower() in ("a", "an") else m.group(1)) + m.group(2)
                    + m.group(3), new_np, flags=re.I)  # "an owl" -> "a white owl"
    return tidy(text[: match.start()] + new_np + text[match.end():])


def _is_setting(place: str) -> bool:
    """"in a garden", "on a beach": where the whole picture is, not where one thing in it sat ("on the rug")."""
    words = re.findall(r"[\w'-]+", place.lower())
    if words and words[-1] in ("sky", "air", "clouds", "water", "lake", "sea", "river", "ocean", "pond", "waves", "table",
                               "shelf", "wall", "floor", "background", "foreground", "distance", "corner", "middle",
                               "centre", "center"):  # ("a lantern in the background": where that thing was)
        return False  # "a kid with a kite in the sky", "a man with a boat on the lake": where that thing was
    return bool(words) and words[0] in ("in", "at", "on") and (words[-1] in lexicon.PLACE_NOUNS or words[-1] in (
        "rain", "snow", "fog", "mist", "storm", "sun", "sunshine", "moonlight", "dark", "wind", "night", "dusk"))


def _place_left(phrase: str) -> str:
    """"a forest path" -> "a forest": the place a thing was named by, left when the thing goes; "" for any other."""
    place = re.match(r"^(?P<det>an?|the|some)\s+(?:[\w'-]+\s+)*?(?P<place>[\w'-]+)\s+[\w'-]+$", phrase, re.I)
    if not place or place.group("place").lower() not in lexicon.PLACE_NOUNS:
        return ""
    det = place.group("det")
    det = "an" if det.lower() == "a" and place.group("place")[0].lower() in "aeiou" else det
    return f"{det} {place.group('place')}"


def _what_went_with_it(after: str) -> str:
    """What follows a thing taken out of a "with …" phrase, without what it was doing and where it was."""
    # what the removed thing was doing goes with it ("and people shopping", "a cat sleeping on the keyboard")
    after = re.sub(r"^\s+(?:is\s+|are\s+)?[\w'-]+ing\s+(?:on|off|in|out|up|down|away|back|over|around|along|by)"
                   r"(?=\s*(?:[,.;:]|$)|\s+(?:and|with)\b)", "", after, flags=re.I)  # "with kids getting on"
    after = re.sub(r"^\s+(?:is\s+|are\s+)?(?!(?:morning|evening|ceiling|building|painting|clothing|bedding|"
                   r"railing|ring|string|thing|king|wing|spring)\b)[\w'-]+ing\b(?=\s+(?:on|in|at|under|by|near|"
                   r"beside|over|around|through|across|against)\b|\s*(?:[,.;:]|$)|\s+(?:and|with)\b)"
                   r"|^\s+(?!(?:morning|evening|ceiling|building|painting|clothing|bedding|railing|ring|string|thing|king|"
                   r"wing|spring)\b)[\w'-]+ing(?:\s+(?!(?:and|with|in|on|at|under|by)\b)[\w'-]+){1,3}(?=\s*(?:[,.;:]|$)|\s+and\b)",
                   "", after, flags=re.I)  # ("with guests having cocktails": the cocktails go with the guests)
    # where it stood, said as an adverb ("with mountains behind", "with birds overhead"): gone with it
    after = re.sub(r"^\s+(?:behind|nearby|around|overhead|above|below|beyond|far\s+away|everywhere|in\s+the\s+(?:distance|"
                   r"background|foreground|back|front))(?=\s*(?:[,.;:]|$)|\s+(?:and|with)\b)", "", after, flags=re.I)
    # a place phrase right after the removed thing described where it was ("with a dog on the rug")
    after = re.sub(r"^\s+(?:on|in|at|under|by|near|beside|next\s+to|over|above|around|behind)\s+(?:(?:the|a|an|his|her|its)"
                   r"\s+[\w'-]+(?:\s+[\w'-]+)?|it|them|him|her|this)(?=[,.;]|\s+(?:and|with)\b|$)",
                   lambda m: m.group(0) if _is_setting(m.group(0)) else "", after,
                   flags=re.I)  # … "flying over it": where it was, gone with it ("in a garden": the picture's)
    return after


# what the removed one wore, said right after it ("in a trench coat", "wearing a red scarf")
_WORN = re.compile(r"^\s+(?:in|wearing|dressed\s+in)\s+(?:an?|the|his|her|their|some)\s+(?:[\w'-]+\s+){0,3}?(?:" +
                   "|".join(sorted(lexicon.WEARABLES, key=len, reverse=True)) + r")s?\b", re.I)


_CONTENTS = re.compile(r"^\s+of\s+(?:(?:an?|the|some|fresh|hot|iced|red|white)\s+)?[\w'-]+(?=\s*(?:[,.;:]|$)|\s+(?:and|"
                       r"with|on|in|at|by|near|next|beside)\b)", re.I)  # what a container held ("… of coffee")


def remove_object(text: str, noun: str) -> tuple[str, bool]:
    """Take the noun phrase (and the words that attach it) out of a phrase."""
    match = find_np(text, noun)
    if not match:
        return text, False
    start, end = match.start(), match.end()
    place = _place_left(text[start:end])
    if place:  # "a forest path" without the path: the forest
        return tidy(f"{text[:start]}{place}{text[end:]}"), True
    compound = re.match(r"\s+(?!" + _FUNCTION_WORDS + r"\b)(?![\w'-]+(?:ing|ed)\b)[\w'-]+(?=\s*(?:[,.;:]|$)|\s+" +
                        _FUNCTION_WORDS + r"\b)", text[end:], re.I)
    if compound and not any(c.isdigit() for c in compound.group(0)):
        end += compound.end()
    before = text[:start]
    after = _WORN.sub("", text[end:], count=1)  # "a man in a trench coat" without the man: his coat goes too
    after = _CONTENTS.sub("", after, count=1)  # "a cup of coffee" without the cup: its coffee goes with it
    connector = re.search(r"(?:\b(?:with|and|near|beside|next\s+to|by|plus|featuring|holding|behind|in\s+front\s+of|"
                          r"under|over|on|in|at|during|wearing|carrying|inside|full\s+of|covered\s+(?:in|with)|of)\s+)$", before,
                          re.I)
    if connector:
        joined = re.match(r"\s+and\s+(?=\S)", after) if connector.group(0).strip().lower() in ("with", "featuring") else None
        if joined:  # "with wheat and warm colours" without the wheat: "with warm colours"
            return tidy(before + after[joined.end():]), True
        placed = connector.group(0).strip().lower() in ("in", "on", "under", "over", "inside", "near", "by", "beside")
        # ("sitting in the snow on a fence" without the snow: still on the fence; "with a dog on the rug": the rug goes)
        before, after = before[: connector.start()], after if placed else _what_went_with_it(after)
    elif not before.strip():
        # the first noun phrase: drop it and a participle that belonged to it ("a cat sleeping on a sofa")
        after = re.sub(r"^\s+(?:is\s+|are\s+)?[\w'-]+ing\b", "", after, flags=re.I)
        after = re.sub(r"^\s*(?:over|above|around|behind|on|in|at|under|by|near|beside|next\s+to)\s+(?:it|them|him|her|"
                       r"this|the\s+[\w'-]+(?:\s+[\w'-]+)?)\s*$", lambda m: m.group(0) if _is_setting(m.group(0).strip())
                       else "", after, flags=re.I)  # "… in the snow": the picture's place stays
        # "a dragon flying over it", "some ducks on the lake": where it was (a place already in the picture) goes too
        after = re.sub(r"^\s*(?:(?:on|in|at|with|near|under|by)(?!\s+(?:front|the\s+middle)\b)|and|or|plus)\s+", " ", after,
                       flags=re.I)
    elif re.search(r",\s*$", before):  # "a field, a kite and a dog" - kite -> "a field, a dog"
        after = re.sub(r"^\s*(?:and|or|plus)\s+", " ", after, flags=re.I)
        after = re.sub(r"^\s*(?:in|on|at|near|by)\s+the\s+(?:background|foreground|distance|corner|sky)\b", "", after,
                       flags=re.I)  # ("…, a lantern in the background": where it was goes with it)
    result = tidy(before + " " + after)
    result = re.sub(r"[,\s]+(?:and|or|with|plus)(?:\s+(?:maybe|perhaps|also))?\s*$", "", result, flags=re.I)  # "… and maybe"
    return result, True


_HEAD = re.compile(r"^(?:(?:a|an|the|some|one|two|three|four|five|\d+|his|her|its|their|my)\s+)?(?:(?!" + _FUNCTION_WORDS +
                   r"\b)[\w'-]+\s+){0,3}?(?P<head>(?!" + _FUNCTION_WORDS + r"\b)[\w'-]+)"
                   r"(?=\s+(?:[\w'-]+ing|" + _FUNCTION_WORDS + r")\b|\s*[,.;:]|\s*$)", re.I)


_AFTER_NOUN = frozenset("asleep awake alone afloat alive aglow ablaze adrift aloft full covered filled packed".split())


def subject_head(text: str) -> Optional[str]:
    """The head noun of a scene's first noun phrase ("5 cartoon ducks swimming in a pond" -> "ducks"); None when the
    words don't start with one."""
    text = lexicon.join_looks(text)  # "a rusty and old robot", "a real looking dog": the noun after the looks
    match = _HEAD.match(text)
    if not match:
        return None
    words = re.findall(r"[\w'-]+", text[: match.end()])
    while len(words) > 1 and (words[-1].lower() in _AFTER_NOUN or words[-1].lower().endswith(("ing", "ed", "ly")) or
                              words[-1].lower().startswith("mid-")):
        words.pop()  # "a kitten asleep", "a dog running", "a dancer mid-leap": the noun before them
    return words[-1]
