"""Another language mixed into an English message: "draw me a maple in autumn, feuilles rouges" -> "…, red leaves".

A fragment (between commas or sentence ends) of two to six words, most of them no English word, whose every word the
offline glossary reads in one language, is replaced by that reading; the rest of the message stays as typed.

    .venv/bin/python -c "from chat.words.mixed import read_mixed; print(read_mixed('a maple in autumn, feuilles rouges'))"
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from chat.words import glossary, lexicon
from chat.words.language import detect_language
from chat.words.typos import word_frequency

MIN_WORDS, MAX_WORDS = 2, 6  # one word is too often a name or a loan ("café"); a long fragment is a sentence of its own
_ENGLISH_ONLY = frozenset("the and with of is are was were this that these those my your our".split())  # no other
# language's words ("the" is no French tea)
_LOAN_FREQUENCY = 200  # an English frequency this high makes a word a loan ("sombrero" 291), not a foreign word
_FRAGMENT = re.compile(r"[^,;.!?]+")
# words English borrowed whole, kept as typed at the end of a foreign run ("con un sombrero")
_LOANS = frozenset("sombrero poncho fiesta pinata piñata siesta plaza patio mariachi matador bodega cantina hacienda "
                   "gondola piazza gelato espresso beret chateau baguette croissant kimono crepe crêpe crepes crêpes "
                   "café cafe tapas paella churros".split())
# words English borrowed that the language also uses more widely ("salsa": any sauce): read in a run, then kept as typed
_KEPT_LOANS = _LOANS | frozenset("salsa tortilla tortillas burrito burritos nachos guacamole chorizo".split())
# "s'il te plaît" / "por favor" split across a run's edge: said in passing, no words of the picture
_POLITE_TAIL = re.compile(r"\s*,?\s*(?:s['’]il\s+(?:te|vous)\s+pla[iî]t|por\s+favor|per\s+favore|bitte)\s*[.!]*$", re.I)
# articles no English sentence uses: "draw me un perro with sunglasses" has a Spanish noun phrase
_FOREIGN_ARTICLES = frozenset("un una unos unas el los las une les ein eine einen einem uma um umas il gli uno het een "
                              "la le del al der das mi mis mon ma mes".split())  # (before a word only that language has:
# "para la tarjeta", "for mi hijo"; English "la" or "ma" is never followed by one)
_WISH = re.compile(r"(?:happy|merry|congratulations|welcome|good\s+luck|best\s+wishes|thank|love|cheers|bon|good\s+"
                   r"(?:morning|night|evening))\b", re.I)  # a greeting or wish is lettering, not a description
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


@dataclass
class MixedReading:
    text: str  # the message with each foreign fragment in English
    read: list[tuple[str, str]] = field(default_factory=list)  # (as typed, in English)


# "fais-le in black and white please", "hazlo more colourful": "make it" said in another language, the rest in English
_MAKE_IT_LEAD = re.compile(r"^(?P<lead>(?:fais|rends)-(?:le|la)|hazlo|hazla|hacelo|fallo|falla|rendilo|rendila|mach(?:'s|s|\s+es)|"
                           r"faz(?:-o|-a)?|deixa-o|deixa-a|maak\s+het)\s+(?=[a-z])", re.I)


# one word of another language between English ones: "ahora make it más cartoony", "jetzt make it mehr colourful"
_NOW_BEFORE_A_VERB = re.compile(r"\b(?:ahora|maintenant|jetzt|agora|adesso|nu|teraz)\s+(?=(?:make|add|remove|turn|change|put|give|"
                                r"try|draw|do|show|let'?s|can|could)\b)", re.I)
_MORE_BEFORE_A_WORD = re.compile(r"(?:\b(?P<before>it|them|him|her|bit|little|lot|much|way|even)\s+|^)(?:más|mas|plus|mehr|mais|più|"
                                 r"meer|bardziej)\s+(?=[a-z]+(?:y|ish|ful|ic|al|ive|ous|er|ed)\b)", re.I)


# "…, schwarz-weiß like an old film photo": black and white, one word of another language
_BLACK_AND_WHITE = re.compile(r"\bschwarz[\s-]?wei(?:ß|ss)\b|\bnoir\s+et\s+blanc\b|\bblanco\s+y\s+negro\b|\bpreto\s+e\s+branco\b|"
                              r"\bbianco\s+e\s+nero\b|\bzwart[\s-]?wit\b|\bczarno[\s-]?bia[łl]\w*", re.I)


def _function_words_read(text: str) -> tuple[str, list[tuple[str, str]]]:
    """"ahora make it más cartoony" -> "now make it more cartoony": a foreign "now" or "more" among English words."""
    read: list[tuple[str, str]] = []

    def said(english: str):
        def put(match: re.Match) -> str:
            before = match.groupdict().get("before")
            read.append((match.group(0)[len(before or ""):].strip(), english))
            return f"{before} {english} " if before else f"{english} "
        return put
    text = _NOW_BEFORE_A_VERB.sub(said("now"), text)
    text = _BLACK_AND_WHITE.sub(lambda m: read.append((m.group(0), "black and white")) or "black and white", text)
    return _MORE_BEFORE_A_WORD.sub(said("more"), text), read


def read_mixed(text: str) -> MixedReading:
    """The message with its foreign fragments read in English; unchanged when it has none (or is all one language)."""
    if detect_language(text) is None:
        text, words_read = _function_words_read(text)
        if words_read:
            rest = read_mixed(text)
            return MixedReading(rest.text, [*words_read, *rest.read])
    polite = _POLITE_TAIL.search(text)
    if polite and detect_language(text) is None:  # "…, très appétissant s'il te plaît": the please goes
        text = text[: polite.start()]
    lead = _MAKE_IT_LEAD.match(text.strip())
    if lead and detect_language(text.strip()[lead.end():]) is None:
        rest = read_mixed(text.strip()[lead.end():])
        return MixedReading("make it " + rest.text, [(lead.group("lead"), "make it"), *rest.read])
    fragments = [m for m in _FRAGMENT.finditer(text) if m.group(0).strip()]
    if len(fragments) < 2:
        return _runs_read(text)
    out, last, read = [], 0, []
    for number, match in enumerate(fragments):
        typed = match.group(0).strip()
        if any(w[0].isupper() for w in _WORD.findall(typed)[0 if number else 1:]):
            continue  # "Casa Rossa", "Bella Nera", "Le Petit Chat": a name, kept as typed
        english = _fragment_english(typed)
        if english is None or _WISH.match(english):
            continue  # "feliz navidad" on a card: the words to letter, in their own language
        start = match.start() + len(match.group(0)) - len(match.group(0).lstrip())
        end = match.start() + len(match.group(0).rstrip())
        out.append(text[last:start] + english)
        last = end
        read.append((match.group(0).strip(), english))
    if not read:
        return _runs_read(text)
    runs = _runs_read("".join(out) + text[last:])  # "i want a drawing de um papagaio on a fence, bem colorido": a run
    return MixedReading(runs.text, read + runs.read)  # inside an English fragment, after the fragments read whole


def _runs_read(text: str) -> MixedReading:
    """Foreign runs inside English sentences ("quiero un poster of a taco truck con luces de neón"): each run of two
    words or more that one language reads, when one run has three words or more, two of them the language's own."""
    english = lexicon.english_words()
    if not english:
        return MixedReading(text)
    kinds = {code: [(m, _kind(m.group(0), code, english)) for m in _WORD.finditer(text)]
             for code in glossary.LANGUAGES if code != "en"}
    language = max(kinds, key=lambda code: sum(kind == "own" for _, kind in kinds[code]))
    runs = [run for run in _runs(text, kinds[language], language) if len(run) >= 2]
    own = sum(kind == "own" for run in runs for _, kind in run)
    if not any(len(run) >= 3 and sum(kind == "own" for _, kind in run) >= 2 for run in runs) and not (
            len(runs) >= 2 and own >= 2) and not any(  # ("un gato negro … con la luna llena": two runs, two of its own
            a[0].group(0).lower() in _FOREIGN_ARTICLES and b[1] == "own" for run in runs for a, b in zip(run, run[1:])) \
            and not any(_one_phrase(run, language) for run in runs):  # ("make it más grande": a phrase the list has)
        # words; "un perro")
        return MixedReading(text)  # ("papel picado style": a craft's name, two words, left as typed)
    out, last, read = [], 0, []
    for run in runs:
        start, end = run[0][0].start(), run[-1][0].end()
        typed = text[start:end]
        reading = _loans_kept(glossary.gloss(typed, language).text.strip(), _WORD.findall(typed), language)
        out.append(text[last:start] + reading)
        last = end
        read.append((typed, reading))
    return MixedReading(re.sub(r"\s{2,}", " ", "".join(out) + text[last:]).strip(), read)


def _one_phrase(run: list[tuple[re.Match, str]], language: str) -> bool:
    """A run of two words or more that the word list holds as one phrase ("más grande": bigger)."""
    english = lexicon.english_words()
    words = [m.group(0) for m, _ in run]
    while len(words) > 2 and words[-1].lower() in english:
        words.pop()  # "de noche please": the phrase, then an English word
    return len(words) >= 2 and " ".join(glossary.fold(w) for w in words) in glossary.VOCAB[language]


def _kind(token: str, language: str, english: frozenset) -> str:
    """"own": a word of the language and no English one; "shared": both ("con", "de", "in"); "unknown": neither but
    long enough to be a word of it the list lacks ("glazen"); "name" (capitalised) or "english"."""
    if token.lower() in _LOANS:
        return "english"  # ("draw a crêpe with strawberries": English has the word)
    folded = glossary.fold(token)
    known = folded in glossary.VOCAB[language] or glossary.lookup(folded, language) is not None
    if token[:1].isupper() and not (language == "de" and known):  # (German nouns are capitalised)
        return "name"
    if known:  # a loan English uses ("scooter", "sombrero", "croissants") is shared, not the language's own
        return "shared" if token.lower() in english or word_frequency(token.lower()) >= _LOAN_FREQUENCY else "own"
    return "unknown" if token.lower() not in english and len(token) > 3 else "english"


def _runs(text: str, kinds: list[tuple[re.Match, str]], language: str) -> list[list[tuple[re.Match, str]]]:
    """Each run of the language's words (no punctuation inside) with one of its own words at least, as (word, kind);
    a shared word at either end only when it is one of the language's function words ("con luces", "un")."""
    def function(word: str) -> bool:
        entry = glossary.VOCAB[language].get(glossary.fold(word))
        return entry is not None and entry.kind == "function"

    def adjective(word: str) -> bool:  # or a noun after an article ("en la playa": the beach)
        entry = glossary.VOCAB[language].get(glossary.fold(word))
        return entry is not None and entry.kind in ("adj", "noun") and entry.english != word.lower() and \
            word.lower() not in _LOANS  # ("un sombrero": a loan English uses, kept)
    runs, run = [], []
    for match, kind in [*kinds, (None, "english")]:
        broken = run and match is not None and re.search(r"[,;.!?:—–]|\s-\s", text[run[-1][0].end(): match.start()])
        if kind in ("own", "shared", "unknown") and not broken:
            run.append((match, kind))
            continue
        while run and run[-1][1] == "shared" and not function(run[-1][0].group(0)) and not (
                len(run) >= 2 and (run[-2][1] == "own" or function(run[-2][0].group(0))) and
                adjective(run[-1][0].group(0))):  # "un gato negro": its colour
            run.pop()
        while run and run[0][1] == "shared" and not function(run[0][0].group(0)):
            run.pop(0)
        if any(k == "own" for _, k in run):
            runs.append(run)
        run = [(match, kind)] if match is not None and kind in ("own", "shared", "unknown") else []
    return runs


def _fragment_english(fragment: str) -> str | None:
    """The glossary's English for a fragment in another language, every word known; None otherwise."""
    words = _WORD.findall(fragment)
    if not MIN_WORDS <= len(words) <= MAX_WORDS or len(_WORD.sub("", fragment).strip()) > 0:
        return None  # digits or symbols: a size, a price, a name with a number
    detected = detect_language(fragment)
    english = lexicon.english_words()
    if not detected and (not english or sum(_english_word(w.lower(), english) for w in words) * 2 > len(words)):
        return None  # no language's own words, and mostly English ones (or no word list to tell)
    if any(w.lower() in _ENGLISH_ONLY for w in words):
        return None  # "the bulldozer": English ("the" is no French tea)
    if any(re.search(r"(?:'|’)(?:s|t|re|ll|ve|m|d)$", w, re.I) and re.split(r"['’]", w)[0].lower() in english for w in words):
        return None  # an English contraction: "That's adorable" is English
    for language in _candidates(detected):
        reading = glossary.gloss(fragment, language)
        if not reading.unknown and reading.known and reading.text.strip():
            return _loans_kept(reading.text.strip(), words, language)
    return None


def _english_word(word: str, english: frozenset) -> bool:
    """A common English word, or one the glossary has as English ("pastel": Spanish cake, but English first)."""
    return word in english or glossary.singular(word) in english or word in glossary.ENGLISH_ADJECTIVES or \
        glossary.singular(word) in glossary.ENGLISH_NOUNS


def _loans_kept(reading: str, words: list[str], language: str) -> str:
    """"con limes y salsa" -> "with limes and salsa" (not "sauce"): a word English borrowed stays as typed."""
    for word in words:
        entry = glossary.VOCAB[language].get(glossary.fold(word)) if word.lower() in _KEPT_LOANS else None
        if entry is not None and entry.english != word.lower():
            reading = re.sub(r"\b" + re.escape(entry.english) + r"\b", word, reading, count=1)
    return reading


def _candidates(detected: str | None) -> list[str]:
    """The detected language first, then every language the glossary reads."""
    languages = [code for code in glossary.LANGUAGES if code != "en"]
    return ([detected] if detected in languages else []) + [code for code in languages if code != detected]
