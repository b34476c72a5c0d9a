"""The invariant of the rewriter: every content word the user typed stays in the scene.

    .venv/bin/python -m pytest tests/test_rewriter.py -q -k keep
"""
from __future__ import annotations

import re
from typing import Optional

from chat.words import lexicon
from chat.words.counts import extract_count
from chat.words.negatives import extract_negatives
from chat.words.normalize import ASIDE, FILLER, PICTURE_FOR, START_OVER, strip_lead_talk
from chat.words.scene import Scene, protect_quotes, restore_quotes, user_parts
from chat.words.sizes import DEVICE_RE, without_format_fragment
from chat.words.slots import is_format_only

_NON_CONTENT = frozenset(lexicon.STOPWORDS | set(lexicon.REQUEST_VERBS) | {w for v in lexicon.DRAW_VERBS for w in v.split()} | set(v for v in lexicon.EDIT_VERBS if " " not in v)
                         | set(lexicon.GREETINGS) | set(lexicon.REMOVE_BEFORE_THE) | set(w for w in lexicon.SOCIAL if " " not in w) | set(
    "please pls plz want wanna need like love let lets let's see show give me us i'd i'm id im we'd you'd we'll i'll it'd that'd get got can could name mean "
    "skip ditch nix scrap em possibly perhaps able kindly wonder wondering wondered better best nicer "
    "would same thing again instead image images picture pictures pic pics photo shot snapshot closeup one ones version versions bit lot lots tad zoom zoomed "
    "little much showing depicting featuring look looks looking more less way kind sort style into something else "
    "new different another other stuff now okay ok yeah removed gone anymore rid take away out back everything whole scene ideas "
    "idea options option variations variation takes alternatives concepts drafts choices quick simple nice cool "
    "beautiful pretty lovely really quite almost nearly maybe perhaps possible there's it's that's put place also too well actually hey "
    "thanks somewhere elsewhere mind making needs should must ought kinda sorta anywhere everywhere location text "
    "wording lettering title titled caption heading headline write say says read reads move him her them he she they his their tbh imo imho ngl honestly "
    "lol lmao btw omg omfg bruh bro dude ayy ayo fr wow lowkey highkey except besides apart swap switch feel feels seem seems fix u ya touch tad idk dunno um uh umm lose ditch nix scrap axe think thinking picturing imagining envisioning guess reckon missing still brighten darken lighten sharpen saturate desaturate soften things "
    "delete erase eliminate spell spelled spelt caps capitals uppercase lowercase they're we're you're he's she's "
    "forgot forgotten didn't didnt don't dont include included simplify center centre blur declutter tell wanted needed hoping hoped "
    "basically literally know thats stay stays remain remains kept totally completely entirely utterly"
    .split())
                         | set(lexicon.COMPARATIVES))
_SHAPE_WORDS = frozenset("wide wider widescreen tall taller vertical horizontal square landscape portrait format shape lock home "
                         "orientation mode aspect ratio size wallpaper background screen profile pfp instagram "
                         "twitter desktop phone laptop header story".split())


def _stem(word: str) -> str:
    """"smiling"/"smile" -> "smil", "lying"/"lie" -> "lie", "cats" -> "cat": a word's forms meet."""
    low = re.sub(r"ying$", "ie", re.sub(r"(?<=[lr])ves$", "f", word.lower()))  # "wolves"/"wolf", "elves"/"elf"
    if len(low) <= 4:  # "wave"/"waving", "cats"/"cat"
        return re.sub(r"(?<=\w{2})(?:e|s)$", "", low)
    return re.sub(r"(?<=\w{3})e$", "", re.sub(r"(?:ies|es|s|ing|ed|er|est)$", "", low))


def _runs(tokens: list, missing) -> list[list[int]]:
    """Indexes of missing words, grouped into phrases (stopwords between them and at most two words apart)."""
    runs: list[list[int]] = []
    for i, tok in enumerate(tokens):
        if missing(tok.group(0)):
            if runs and all(t.group(0).lower() in lexicon.STOPWORDS or missing(t.group(0))
                            for t in tokens[runs[-1][-1] + 1: i]) and i - runs[-1][-1] <= 3:
                runs[-1].append(i)
            else:
                runs.append([i])
    return runs


# "it's a bit dark", "the lighting is kinda flat and dull": what is wrong now, not what to draw
_CRITIQUE = re.compile(r"\b(?:it'?s|is|are|looks?|feels?|seems?)\s+(?:(?:a\s+)?(?:bit|little|tad)\s+|kinda\s+|kind\s+of\s+|"
                       r"really\s+|so\s+|very\s+|pretty\s+|quite\s+|way\s+|super\s+|still\s+)+(?:too\s+)?(\w+)"
                       r"(?:\s*(?:,|and|&)\s*(?:too\s+)?(\w+))?(?=\s*(?:[,.;!?]|$))"
                       r"|\b(?:looks|feels|seems|look|feel|seem)\s+(\w+)(?:\s*(?:,|and|&)\s*(\w+))?(?=\s*(?:[,.;!?]|$))")


def _critique_words(low: str) -> set[str]:
    """The words a critique says of the picture ("too dark", "less saturation", "way too busy, cluttered and flat"):
    no content of it."""
    too = set(re.findall(r"\b(?:too|less)\s+(\w+)", low))
    too |= {w for run in re.findall(r"\btoo\s+(\w+(?:\s*(?:,|and|&)\s*(?:too\s+)?\w+)*)\W*$", low)
            for w in re.findall(r"\w+", run) if w not in ("and", "too")}
    return too | {w for pair in _CRITIQUE.findall(low) for w in pair if w}


def keep_user_words(scene: Scene, text: str, *, aspect: Optional[str] = None, count: int = 1) -> list[str]:
    """The invariant: every content word of the request is in the scene's own words (subject, details, slots); words
    that would be lost go back in as the user's phrase. Request wrapper, command words, negated or removed things and
    pure format/count words are not content. Returns the phrases put back."""
    text = re.sub(r"^\s*(?:(?:ok(?:ay)?|so)[,\s]+)?(?:let'?s\s+)?(?:" + START_OVER + r")[\s:,.;!-]*", "", strip_lead_talk(text),
                  flags=re.I)  # "start over. a lighthouse": no part of the picture
    text = re.sub(r"^\s*" + lexicon.ASKER_WANTS.pattern, "", text, count=1, flags=re.I)  # "my client wants a poster of …": whose request, not the picture
    protected, quotes = protect_quotes(PICTURE_FOR.sub(r"\g<noun>", text))
    protected = re.sub(r"(?:^|(?<=\s))\d{1,2}[.)](?=\s|$)", " ", protected)  # "1. pink sky 2. a rainbow": list numbers
    protected, negatives = extract_negatives(protected)
    if count > 1:
        protected, _ = extract_count(protected)
    protected = DEVICE_RE.sub(" ", lexicon.ASPECT_FORMAT_ONLY.sub(" ", without_format_fragment(protected) if aspect else protected))
    # the shape said last ("…, square for my blog") and what the picture is for ("… to hang in my office"): no content
    protected = " , ".join(c for c in re.split(r"\s*[,;.!?]+\s*", protected)
                           if not ASIDE.search(FILLER.sub("", c.strip(), count=1)))
    if aspect and is_format_only(protected):  # "make it a wide banner": only the shape
        return []
    have = " ".join(user_parts(scene) + scene.negatives + negatives).lower()
    have_words = set(re.findall(r"[\w'-]+", have))
    have_stems = {_stem(w) for w in have_words}
    too = _critique_words(protected.lower())
    tokens = list(re.finditer(r"[\w'-]+|§\d+§", protected))

    def missing(word: str) -> bool:
        low = re.sub(r"'s$", "", word.lower().strip("'-"))  # "the cat's too small": the cat
        if not low or word.startswith("§") or low in _NON_CONTENT or low in too or low in lexicon.NUMBER_WORDS:
            return False
        if aspect and low in _SHAPE_WORDS or low in lexicon.DEVICE_ASPECT and aspect:
            return False
        if low.isdigit() and count > 1:
            return False
        return low not in have_words and _stem(low) not in have_stems and low not in have

    runs = _runs(tokens, missing)
    added = []
    for run in runs:
        phrase = restore_quotes(protected[tokens[run[0]].start(): tokens[run[-1]].end()], quotes)
        scene.details.append(phrase)
        added.append(phrase)
    return added


