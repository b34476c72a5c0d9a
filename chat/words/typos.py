"""Typo tolerance: chat shorthand and misspelt command words mapped onto the router's vocabulary.

    .venv/bin/python -c "from chat.words.typos import correct_typos; print(correct_typos('cn u mak it more vibrnt'))"
"""
from __future__ import annotations

import difflib
import re
from functools import lru_cache

from chat.words import lexicon
from chat.words.detail import THING_WORDS
from chat.words.language import detect_language

_KEYWORDS = frozenset(lexicon.ROUTER_KEYWORDS)
_WORD = re.compile(r"[A-Za-z][A-Za-z']*")


_known_words = lexicon.english_words
_SHORT_COMMANDS = frozenset(("can", "you", "make", "draw", "add", "give", "show", "paint", "could", "would", "the",
                             "and", "put", "turn", "what", "with", "that", "this", "them", "how"))


def expand_shorthand(text: str) -> str:
    """"make tge dog blue" -> "make the dog blue": chat shorthand written out, nothing else changed (unlike
    correct_typos, which also moves near misses onto command words)."""
    return re.sub(r"\b[a-z]+\b", lambda m: lexicon.CHAT_SHORTHAND.get(m.group(0), m.group(0)), text)


def _fix_word(word: str) -> str:
    low = word.lower()
    if low in lexicon.CHAT_SHORTHAND:
        return lexicon.CHAT_SHORTHAND[low]
    if low in _KEYWORDS or low in _known_words() or "'" in low:
        return word
    if len(low) < 5:  # short words are too often other real words ("pint" is not "paint"); a swap is still a slip
        swaps = (low[:i] + low[i + 1] + low[i] + low[i + 2:] for i in range(len(low) - 1))
        return next((w for w in swaps if w in _KEYWORDS or w in _SHORT_COMMANDS), word) if len(low) >= 3 else word
    if any(k in low for k in _KEYWORDS if len(k) >= 4):
        return word  # a derived form ("regenerate", "redraw"), not a typo
    # typos rarely hit the first letter: comparing only same-initial keywords keeps "cake" from becoming "make"
    candidates = [k for k in _KEYWORDS if k[0] == low[0] and abs(len(k) - len(low)) <= 2]
    for keyword in candidates:
        if len(keyword) == len(low) and sorted(keyword) == sorted(low) and sum(
                a != b for a, b in zip(keyword, low)) == 2:
            return keyword  # two letters swapped ("remvoe")
    close = difflib.get_close_matches(low, candidates, n=1, cutoff=0.85)
    return close[0] if close else word


# corrections that may reach the rewriter: request/edit verbs and politeness, near the start of a sentence; fixed
# adjectives and nouns ("vibrnt") only steer the routing, so the prompt keeps the user's own spelling
_COMMAND_WORDS = frozenset(lexicon.REQUEST_VERBS + tuple(v for v in lexicon.EDIT_VERBS if " " not in v) + (
    "please", "could", "would", "can", "you", "your", "thanks", "remove", "undo", "revert", "upscale", "describe",
    "give me", "a bit", "a lot", "more"))


# a learner's comparative ("is possible to make more big?", "i want more big picture"): the English one
_COMPARATIVE_OF = {"big": "bigger", "large": "larger", "small": "smaller", "wide": "wider", "tall": "taller",
                   "bright": "brighter", "dark": "darker"}
_MORE_ADJECTIVE = re.compile(r"\bmore\s+(" + "|".join(_COMPARATIVE_OF) + r")\b", re.I)


def learner_phrasing(text: str) -> str:
    """"make more big the sun" -> "make the sun bigger", "change color of cat to black" -> "make the cat black": a
    learner's comparative or colour change, said as English says it."""
    text = re.sub(r"\b(?:change|set|put)\s+(?:the\s+)?colou?rs?\s+of\s+(?:the\s+)?(?P<x>[\w'-]+(?:\s+[\w'-]+)?)\s+(?:to|into|in|as)\s+"
                  r"(?P<y>[\w-]+(?:\s+[\w-]+)?)(?=\s*[?.!]*\s*$)", r"make the \g<x> \g<y>", text, flags=re.I)
    text = _MORE_ADJECTIVE.sub(lambda m: _COMPARATIVE_OF[m.group(1).lower()], text)
    # "id love a fox": "i'd" typed without its apostrophe (an ID is no one who loves)
    text = re.sub(r"\b(i|I)d\s+(?=(?:really\s+|so\s+|also\s+)?(?:like|love|prefer|rather|want|be|go|need)\b)", r"\1'd ", text)
    # "this looks grate": praise spelt by its sound (a grate is looked at, never "so grate")
    text = re.sub(r"\b(is|looks|look|so|really|very|super|that'?s|it'?s|soo+)\s+grate(?=\s*(?:[!.,?]|$)|\s+(?:thanks|thx|ty|lol|"
                  r"haha|tho|though|but)\b)", r"\1 great", text, flags=re.I)
    # "make too more of those", "make it too times bigger", "make for more": a number spelt by its sound
    text = re.sub(r"\b(?:too|to)\s+(?=(?:more|times|of\s+(?:them|these|those))\b)", "two ", text, flags=re.I) if re.match(
        r"^(?:(?:now|ok(?:ay)?|so|and|can\s+(?:you|u)|could\s+(?:you|u)|please)[,\s]+)*(?:make|give|do|show|get|draw|generate)\b",
        text.strip(), re.I) else text
    text = re.sub(r"^((?:(?:now|ok(?:ay)?|so|and|please)[,\s]+)*(?:make|give|do|show|generate)\s+(?:me\s+|us\s+)?)for\s+(?=more\b)",
                  r"\1four ", text.strip(), flags=re.I)
    # "can you make in black and white?": a Romance "fazer em …" without its object is "make it in …"
    text = re.sub(r"(?:^|(?<=\byou\s)|(?<=\bplease\s)|(?<=\bpls\s))(make|turn|redo|render)\s+(in|into|as|at)\s+(?!(?:least|most|many|much|well|soon|long|far|once|all)\b)"
                  r"(?=(?:\S+\s+){0,4}\S+[.!?]*$)(?!.*\b(?:pictures?|images?|versions?|as\s+you)\b)",
                  r"\1 it \2 ", text, flags=re.I)
    return re.sub(r"\b(make|turn)\s+([a-z]+er)\s+(the\s+[\w'-]+(?:\s+[\w'-]+)?)(?=\s*[.!?]*\s*$)",
                  lambda m: f"{m.group(1)} {m.group(3)} {m.group(2)}" if m.group(2).lower() in lexicon.COMPARATIVES
                  else m.group(0), text, flags=re.I)


def correct_typos(text: str, commands_only: bool = False) -> str:
    """Chat shorthand and misspelt command words mapped onto the router's vocabulary ("cn u mak it more vibrnt" ->
    "can you make it more vibrant"). Quoted text and capitalised names (not sentence-initial) stay as typed, and so
    do all common English words: only words close to a command word change, never the user's content words.
    A message in another language stays as typed: its words are no misspelt English ("hazme" is not "haze")."""
    if detect_language(text):
        return text
    text = learner_phrasing(text)
    protected = [(m.start(), m.end()) for m in re.finditer(r"([\"“‘]).*?[\"”’]|(?<!\w)'[^']+'(?!\w)", text)]
    out, last = [], 0
    for match in _WORD.finditer(text):
        start, end = match.span()
        word = match.group(0)
        if any(a <= start < b for a, b in protected):
            continue
        before = text[:start].rstrip()
        if word[0].isupper() and before and before[-1] not in ".!?:;" and not word.isupper():
            continue  # a name in mid-sentence ("a portrait of Mira")
        fixed = _fix_word(word)
        if word.lower() in ("ya", "yah") and re.match(r"\s*,?\s*(?:an?|the|some|that|this|those|ok|sure|please|pls)\b",
                                                    text[end:], re.I) and not before:
            fixed = "yeah"  # "ya a pirate ship in a bottle": yes, then the request ("ya know"/"see ya": you)
        if commands_only and (fixed not in _COMMAND_WORDS or len(re.findall(r"[\w']+", re.split(r"[.!?;:]", before)[-1])) > 4):
            continue
        if fixed != word:
            out.append(text[last:start])
            out.append(fixed)
            last = end
    return "".join(out) + text[last:] if out else text




PROMPT_TYPO_MIN_LENGTH = 5  # shorter words have too many real neighbours (4 letters: a dropped or swapped letter only)
PROMPT_TYPO_COMMON = 1000  # a correction must be a common word (about the 21k most frequent): rare words are names,
#                            dishes, brands ("laksa" is not "lassa")
PROMPT_TYPO_LONG = 7  # a word this long with a dropped or swapped letter has few real neighbours: the fix may be rarer
PROMPT_TYPO_LONG_COMMON = 150  # ...down to this frequency ("retriver" -> "retriever")
PROMPT_TYPO_DOMINANCE = 3  # among equally likely slips, the most frequent must be this many times the next
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


@lru_cache(maxsize=1)
def _frequencies() -> dict:
    """English word frequencies from pyspellchecker's bundled dictionary (about 160k words); {} when it is not
    installed (then no prompt word is changed: the tokenizer's 20k words are too few to tell a typo from a rare word)."""
    try:
        from spellchecker import SpellChecker
    except ImportError:
        return {}
    frequencies = dict(SpellChecker().word_frequency.dictionary)
    for word in _picture_words():  # "pixl art": books rarely say "pixel"; people asking for pictures often do
        frequencies[word] = max(frequencies.get(word, 0), PROMPT_TYPO_COMMON)
    return frequencies


def _picture_words() -> set[str]:
    """The single words of the lexicon's looks, media, colours and times: the words a picture request is made of."""
    terms = (*lexicon.STYLE_TERMS, *lexicon.MEDIUM_NOUNS, *lexicon.PICTURE_KINDS, *lexicon.COLOURS, *lexicon.TIME_TERMS,
             *lexicon.WEATHER_TERMS, *lexicon.LIGHTING_WORDS)
    return {word for term in terms for word in re.findall(r"[a-z]{4,}", term.lower())}


# lower case only: "BG Plumbing", "Pic Nic" are names; "a bg", "w/ balloons" are shorthand
_SHORTHAND = re.compile(r"(?<![\w/\"“'])(?:" + "|".join(re.escape(k) for k in sorted(lexicon.PROMPT_SHORTHAND, key=len,
                                                                                     reverse=True)) + r")(?![\w/'])"
                        r"|(?<![\w-])(?P<age>\d{1,2})\s*(?:yo|y/o|yrs?\s+old|yr-old)\b"
                        r"|(?<=[a-z]{3}\s)(?<!letter\s)(?P<n>n)(?=\s+(?!(?:is|for|was)\b)[a-z]{2,})"  # "fish n chips": and
                        r"|(?<=[a-z]{3}\s)(?<!letter\s)(?P<w>w)(?=\s+(?!(?:is|for|was)\b)[a-z]{2,})")  # "a wall w graffiti": with


def _shorthand_out(text: str) -> tuple[str, list[tuple[str, str]]]:
    """"a bday card for my 5yo w/ balloons" -> "a birthday card for my 5-year-old with balloons" (quotes untouched)."""
    fixes: list[tuple[str, str]] = []

    def written(match: re.Match) -> str:
        full = f"{match.group('age')}-year-old" if match.group("age") else "and" if match.group("n") else "with" if \
            match.group("w") else \
            lexicon.PROMPT_SHORTHAND[match.group(0).lower()]
        if re.search(r"\bnot\s+$", match.string[: match.start()], re.I) and full.lower() in text.lower():
            return match.group(0)  # "happy birthday not bday": the short form is the one the user does not want
        fixes.append((match.group(0), full))
        return full

    parts = re.split(r"(\"[^\"]*\"|“[^”]*”|(?<!\w)'[^']+'(?!\w))", text)  # quoted words are lettered as typed
    return "".join(part if i % 2 else _SHORTHAND.sub(written, part) for i, part in enumerate(parts)), fixes


def word_frequency(word: str) -> int:
    """How common an English word is (0 when unknown, or when no dictionary is installed): names are rare."""
    return int(_frequencies().get(word.lower(), 0))


# contractions typed without the apostrophe ("dont", "theyre") and chat slang: no slip of "donut", "there", "brush"
_BARE_CONTRACTIONS = frozenset(c.replace("'", "") for c in (
    "don't doesn't didn't isn't aren't wasn't weren't haven't hasn't hadn't couldn't wouldn't shouldn't can't won't "
    "mustn't needn't you're they're we're that's what's there's here's who's where's how's it's let's i've you've "
    "we've they've i'll you'll she'll he'll we'll they'll she's he's i'd you'd she'd he'd we'd they'd i'm y'all "
    "ain't").split()) | {"bruh", "smh", "ikr", "ngl", "tbh", "idk", "lmao", "dunno", "lemme", "gimme", "yall"}
_KEYBOARD = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_VOWELS = set("aeiouy")


def _near(a: str, b: str) -> bool:
    """Keys next to each other on a QWERTY keyboard."""
    for r, row in enumerate(_KEYBOARD):
        if a in row:
            i = row.index(a)
            rows = [row] + [_KEYBOARD[k] for k in (r - 1, r + 1) if 0 <= k < len(_KEYBOARD)]
            return any(b in other[max(i - 1, 0): i + 2] for other in rows)
    return False


def _plausible_slip(typed: str, wanted: str, i: int) -> bool:
    """A wrong letter at i that people really type: a neighbouring key, a vowel for a vowel, or the wrong letter of a
    pair doubled ("wodden"); "macarons" -> "macaroni" is none of these."""
    a, b = typed[i], wanted[i]
    doubled = (i > 0 and typed[i - 1] == a) or (i + 1 < len(typed) and typed[i + 1] == a)
    return _near(a, b) or (a in _VOWELS and b in _VOWELS) or doubled


def _edits(word: str) -> dict[str, int]:
    """Strings one edit away (first letter kept) -> how likely that typo is: 0 a dropped or swapped letter (the usual
    slips: "baloons", "mountian"), 1 an extra letter or a plausible wrong one."""
    splits = [(word[:i], word[i:]) for i in range(1, len(word) + 1)]
    out = {a + b[1:]: 1 for a, b in splits if b}
    for a, b in splits:
        for c in _LETTERS if b else ():
            candidate = a + c + b[1:]
            if _plausible_slip(word, candidate, len(a)):
                out[candidate] = 1
    out.update({a + c + b: 0 for a, b in splits for c in _LETTERS})
    out.update({a + b[1] + b[0] + b[2:]: 0 for a, b in splits if len(b) > 1})
    return out


def _loan_ending(typed: str, known: str) -> bool:
    """"matcha" -> "match", "washi" -> "wash", "merci" -> "mercy": a last letter dropped or changed (not a doubled
    one) is more often a word from another language than a slip."""
    if len(known) == len(typed) - 1 and known == typed[:-1]:
        return typed[-1] != typed[-2]
    return len(known) == len(typed) and known[:-1] == typed[:-1]


_DOMAIN_WORDS = frozenset(("gif", "gifs", "png", "pngs", "jpg", "jpgs", "jpeg", "jpegs", "svg", "svgs", "webp", "pdf",
                         "pdfs", "mp4", "emoji", "emojis", "selfie", "selfies", "meme", "memes",  # rarer in books
                         "elven", "elvish", "dwarven", "orcish", "chibi", "kawaii", "steampunk", "cyberpunk", "solarpunk",
                         "isometric", "bokeh", "lofi", "synthwave", "vaporwave",
                         # foods and crafts a shop names as its own trade ("macarons" are not macaroons)
                         "macaron", "macarons", "boba", "mochi", "matcha", "churros", "gyoza", "bao", "poke", "acai",
                         "arepa", "arepas", "empanada", "empanadas", "pupusa", "pupusas", "tamale", "tamales", "elote",
                         "elotes", "quesadilla", "quesadillas", "horchata", "birria", "pozole", "tostada", "tostadas",
                         "amigurumi", "macrame", "zellige", "azulejo", "azulejos", "raku", "sashiko", "boro", "kintsugi"))


# spellings by sound: (as typed, as written), each tried once anywhere in the word
_SOUNDS = (("f", "ph"), ("ul", "le"), ("our", "ower"), ("shun", "tion"))  # (not k/c, ks/x, oo/ou: names and slang)


def _sound_alikes(low: str) -> set[str]:
    """Words that sound like the typed one: "elefant" -> {"elephant", ...}, "sunflours" -> {"sunflowers", ...}."""
    found = set()
    for typed, written in _SOUNDS:
        start = low.find(typed)
        while start >= 0:
            found.add(low[:start] + written + low[start + len(typed):])
            start = low.find(typed, start + 1)
    return found - {low}


@lru_cache(maxsize=4096)
def _prompt_word(low: str) -> str:
    """The known word a single edit away from an unknown word (the likeliest slip, clearly the most frequent among
    equally likely ones); else the word as typed."""
    freq = _frequencies()
    if len(low) < PROMPT_TYPO_MIN_LENGTH - 1 or not freq or low in freq or low in _known_words() or \
            low in _BARE_CONTRACTIONS or low in _DOMAIN_WORDS or (low.endswith("s") and (low[:-1] in _known_words()
                                                                                      or low[:-1] in freq)):
        return low  # "gifs": the plural of a known word is no slip of "gifts"
    heard = max((c for c in _sound_alikes(low) if freq.get(c, 0) >= PROMPT_TYPO_LONG_COMMON), key=freq.get,
                default=None) if len(low) >= PROMPT_TYPO_MIN_LENGTH else None
    slips = _edits(low)
    edits = {c: kind for c, kind in slips.items() if c != low and (freq.get(c, 0) >= PROMPT_TYPO_COMMON or (
        kind == 0 and len(low) >= PROMPT_TYPO_LONG and freq.get(c, 0) >= PROMPT_TYPO_LONG_COMMON))}
    if len(low) < PROMPT_TYPO_MIN_LENGTH:  # a 4-letter word: only a dropped or swapped letter ("gren", "bule")
        edits = {c: kind for c, kind in edits.items() if kind == 0}
    # a dropped or swapped letter is likelier than an extra or wrong one: the latter must be that much more common
    things = [c for c, kind in slips.items() if kind == 0 and c in THING_WORDS and freq.get(c, 0) >= 100]
    if things and not heard and len(low) >= PROMPT_TYPO_MIN_LENGTH:  # a letter dropped from a thing one draws: "a parot on
        return max(things, key=freq.get)  # a perch" is a parrot, "seagul" a seagull (not "part", however common)
    ranked = sorted(((freq[c] / PROMPT_TYPO_DOMINANCE ** kind, kind, c) for c, kind in edits.items()), reverse=True)
    if heard and (not ranked or (ranked[0][1] > 0 and freq[heard] > freq[ranked[0][2]])):
        return heard  # "elefant" -> "elephant" (not "elegant"), "purpul" -> "purple": spelt as it sounds ("fule" is fuel)
    if not ranked:
        return low
    if len(ranked) > 1:
        # among slips of one kind the likeliest must clearly lead; against a less likely kind ("dragn": "dragon"
        # with a dropped letter, "drag" with an extra one) the kind's penalty already counts
        lead = PROMPT_TYPO_DOMINANCE if ranked[0][1] == ranked[1][1] else 1
        if ranked[0][0] < lead * ranked[1][0]:
            return low
    return low if _loan_ending(low, ranked[0][2]) else ranked[0][2]


def _in_foreign_phrase(words: list, i: int) -> bool:
    """A word beside another word no dictionary knows."""
    freq = _frequencies()
    return any(0 <= j < len(words) and words[j].group(0) not in freq and words[j].group(0) not in _known_words()
               for j in (i - 1, i + 1))


def fix_prompt_typos(text: str) -> tuple[str, list[tuple[str, str]]]:
    """Obvious typos of common words fixed for the prompt ("a beatiful montain lake" -> "a beautiful mountain lake");
    quoted text, capitalised words (names) and words the vocabulary knows stay as typed; so does a message in another
    language ("montagne" is no typo of "montage"). Returns (text, fixes)."""
    if detect_language(text):
        return text, []
    text, fixes = _shorthand_out(text)
    beach = re.sub(r"\b(on|at|to|along)(\s+(?:the|a)\s+)beech(?=\s*(?:[,.!?]|$)|\s+(?:at|in|with|during|and|under|near)\b)",
                   r"\1\2beach", text, flags=re.I)  # (a beech branch, a beech trunk: the tree)
    beach = re.sub(r"\bhors\b(?!\s*d['’])", "horse", beach, flags=re.I)  # (hors d'oeuvres stay)
    if beach != text:  # "a girl on a beech at sunset": one stands on a beach, not on a beech
        text, fixes = beach, [*fixes, ("beech", "beach")]
    protected = [(m.start(), m.end()) for m in re.finditer(r"([\"“‘]).*?[\"”’]|(?<!\w)'[^']+'(?!\w)", text)]
    out, last = [], 0
    words = list(re.finditer(r"(?<![\w-])[a-z]+(?![\w'-])", text))
    for i, match in enumerate(words):
        if any(a <= match.start() < b for a, b in protected):
            continue
        if len(match.group(0)) < PROMPT_TYPO_MIN_LENGTH and _in_foreign_phrase(words, i):
            continue  # "bak chor mee": a dish's name, not a slip of "choir"
        fixed = _prompt_word(match.group(0))
        if fixed != match.group(0):
            out += [text[last:match.start()], fixed]
            last = match.end()
            fixes.append((match.group(0), fixed))
    return ("".join(out) + text[last:] if out else text), fixes
