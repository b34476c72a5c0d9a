"""A French, Spanish, German, Portuguese, Italian, Dutch or Polish message read in English by the loaded LLM, checked
before the rules act on it.

The embedded model is a small base model: it translates most short requests well, but it sometimes swaps a colour or
copies words from its examples ("a dog with a yellow hat" for a dog on a beach). So every translation is checked
against the message: colours, numbers, quoted text and names must match, and no word of the examples may appear
unless the message has it. A translation that fails is not used; the reply then says the words were drawn as typed.

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest tests/test_translator.py -q
"""
from __future__ import annotations

import re
import time
import unicodedata
from dataclasses import dataclass, field
from typing import Any, Optional

from chat.words import lexicon
from chat.words.foreign import MAKE_ME, NUMBERS as FOREIGN_NUMBERS
from chat.words.places import is_place_name
from chat.words.glossary import ENGLISH_ADJECTIVES, LANGUAGES as GLOSSARY_LANGUAGES, VOCAB as GLOSSARY_VOCAB, Gloss, fold, \
    diminutive, gloss, plural
from chat.words.language import detect_language, language_name
from chat.words.detail import named_category
from chat.words.sizes import aspect_from_text
from chat.words.typos import word_frequency

# words of the request itself, not of the picture: two readings may differ on them freely
REQUEST_WORDS = frozenset({*lexicon.REQUEST_VERBS, *lexicon.NEW_SCENE_NOUNS, "want", "like", "please", "hello", "put",
                           "add", "let", "photo", "drawing", "paint", "sketch", "illustrate", "depict", "show", "create",
                           "render", "design", "generate"})


@dataclass
class TranslatorConfig:
    max_new_tokens: int = 64  # a request of 40 words; longer messages are not translated (too slow on a CPU)
    max_words: int = 40  # messages longer than this keep their words (and the reply says so)
    min_ratio: float = 0.4  # the translation's word count within this share of the message's...
    max_ratio: float = 2.5  # ...and this multiple (plus a few words): a cut or rambling output is refused
    min_agreement: float = 0.6  # share of the shorter reading's content words the other reading must have
    min_dictionary_match: float = 0.6  # a reading that has this share of the dictionary's words is confirmed by it
    min_dictionary_coverage: float = 0.5  # the dictionary reads a message alone when it knows this share of its words
    short_command_words: int = 12  # a message this short whose every word the list knows is read by the list alone


@dataclass
class Translation:
    """The outcome: ``text`` is the English to act on, or None with the ``problems`` that refused it."""
    original: str
    language: str  # "fr" | "es" | "de" | "pt" | "it" | "nl" | "pl"
    text: Optional[str] = None
    raw: str = ""  # what the model wrote (each example set's answer, joined by ' | ')
    problems: list[str] = field(default_factory=list)
    seconds: float = 0.0
    source: str = "model"  # "model" | "model+dictionary" (a reading the dictionary confirmed) | "dictionary"
    unknown: list[str] = field(default_factory=list)  # words the dictionary kept as typed (source "dictionary")

    @property
    def ok(self) -> bool:
        return self.text is not None

    def note(self) -> str:
        """Details line: what was understood and from what."""
        name = language_name(self.language)
        if not self.ok:
            return f"the offline translation from {name} was not used ({'; '.join(self.problems)})"
        how = {"model": "by the offline language model",
               "model+dictionary": "by the offline language model, the reading its word list agrees with",
               "dictionary": "word by word with the offline word list"}[self.source]
        kept = f"; kept as typed: {', '.join(self.unknown)}" if self.unknown else ""
        refused = f" (the model's readings were not used: {'; '.join(self.problems)})" if self.problems else ""
        return f"translated from {name} {how}: {self.original[:300]!r} -> {self.text!r}{kept}{refused}"


# Example pairs for a base model, prompted by example. Each example's content words, with the words that say them in
# the three languages, are in EXAMPLE_WORDS: a translation may use one only when the message has it.
EXAMPLES = (
    (("French", "Dessine-moi une maison rouge près d'une rivière au coucher du soleil.",
      "Draw me a red house near a river at sunset."),
     ("Spanish", "Quiero una imagen de dos caballos blancos corriendo en la nieve.",
      "I want a picture of two white horses running in the snow."),
     ("German", "Mach ein Bild von einem kleinen Hund mit einem gelben Hut.",
      "Make a picture of a small dog with a yellow hat."),
     ("French", "Mets-le dans une forêt sombre avec du brouillard.", "Put it in a dark forest with fog."),
     ("Spanish", "Cambia el cielo a morado y añade estrellas.", "Change the sky to purple and add stars."),
     ("German", "Bitte ohne Menschen, und mach den Himmel blau.", "Please without people, and make the sky blue.")),
    # a second set, always asked too: two readings that agree are the evidence (different words, different copying)
    (("French", "Fais-moi un dessin d'une petite fille avec un parapluie vert sous la pluie.",
      "Make me a drawing of a little girl with a green umbrella in the rain."),
     ("Spanish", "¿Puedes pintar un barco viejo en un puerto con gaviotas?",
      "Can you paint an old boat in a harbor with seagulls?"),
     ("German", "Zeichne einen roten Drachen über einer Stadt in der Nacht.",
      "Draw a red dragon over a city at night."),
     ("French", "Enlève la voiture et rends le ciel orange.", "Remove the car and make the sky orange."),
     ("Spanish", "Ponle una bufanda negra, por favor.", "Give him a black scarf, please."),
     ("German", "Mach es wie einen Comic, mit kräftigen Farben.", "Make it like a comic, with bold colours.")),
)
# English word -> the stems that say it in French, Spanish and German (a message word starting with one counts)
EXAMPLE_WORDS = {
    "house": ("maison", "casa", "haus", "häus", "huis", "huiz", "domu", "domek", "domk"),
    "river": ("rivière", "fleuve", "río", "rio", "fluss", "fium", "rivier", "rzek", "rzec"),
    "sunset": ("coucher", "atardecer", "puesta", "ocaso", "sonnenuntergang", "abend", "pôr", "tramont", "zonsondergang",
               "zachod", "zachód"),
    "horse": ("cheva", "caballo", "yegua", "pferd", "caval", "paard", "koń", "koni"),
    "snow": ("neige", "enneig", "niev", "nevad", "schnee", "verschneit", "neve", "nev", "sneeuw", "śnieg", "śnież",
             "ośnież"),
    "dog": ("chien", "perr", "hund", "cão", "cachorr", "cane", "cani", "hond", "pies", "psa", "psem", "psy", "piesk"),
    "hat": ("chapeau", "sombrero", "gorr", "hut", "mütze", "chapéu", "cappell", "hoed", "kapelusz"),
    "forest": ("forêt", "foret", "bois", "bosque", "selva", "wald", "florest", "bosc", "forest", "woud", "lesie",
               "lasu", "lasem"),
    "fog": ("brouillard", "brume", "niebla", "bruma", "nebel", "neblina", "névoa", "nebbia", "mist", "mgł", "mgle"),
    "sky": ("ciel", "cielo", "himmel", "céu", "lucht", "hemel", "nieb"),
    "star": ("étoile", "etoile", "estrella", "stern", "estrela", "stell", "ster", "sterr", "gwiazd"),
    "people": ("gens", "personne", "monde", "foule", "gente", "persona", "mensch", "leute", "pessoa", "person",
               "mensen", "ludzi", "ludź"),
    "running": ("cour", "corr", "renn", "lauf", "biegn", "biega"),
    "girl": ("fille", "niña", "nina", "chica", "muchacha", "mädchen", "madchen", "menina", "garota", "ragazz",
             "bambin", "meisje", "meid", "dziewczyn"),
    "umbrella": ("parapluie", "ombrelle", "paraguas", "sombrilla", "schirm", "guarda-chuva", "ombrell", "paraplu",
                 "parasol"),
    "rain": ("pluie", "pleu", "lluvia", "llov", "regen", "chuva", "piogg", "deszcz"),
    "boat": ("bateau", "barque", "barco", "barca", "bote", "boot", "schiff", "barc", "nave", "łódź", "łódk", "łodzi",
             "łódce", "statek", "statk"),
    "harbor": ("port", "puerto", "hafen", "porto", "haven"),
    "seagull": ("mouette", "goéland", "gaviota", "möwe", "gaivota", "gabbian", "meeuw", "mewa", "mewy", "mew"),
    "dragon": ("dragon", "dragón", "drache", "dragão", "drag", "draak", "draken", "smok"),
    "city": ("ville", "cité", "ciudad", "stadt", "cidade", "città", "stad", "steden", "miast", "mieście"),
    "car": ("voiture", "auto", "coche", "carro", "wagen", "macchin", "samoch"),
    "scarf": ("écharpe", "foulard", "bufanda", "schal", "cachecol", "sciarp", "sjaal", "szalik", "szal"),
    "comic": ("bd", "bande", "comic", "cómic", "historieta", "quadrinho", "fumett", "stripverhaal", "komiks"),
}
# Polish adjective endings: a Polish colour is its stem plus one of these ("czerwon" -> czerwony, czerwonego...)
_PL_ENDINGS = ("y", "a", "e", "ą", "ego", "ym", "ej", "ych", "ymi", "i", "ie", "iego", "im", "ich", "o")


def _pl(*stems: str) -> tuple[str, ...]:
    return tuple(stem + ending for stem in stems for ending in _PL_ENDINGS)


# colours: English -> stems in the languages; the message's and the translation's colours must match
COLOURS = {
    "red": ("rouge", "roux", "rousse", "rojo", "roja", "pelirroj", "rot", "vermelh", "ruiv", "ross", "rood", "rode",
            *_pl("czerwon")),
    "white": ("blanc", "blanch", "blanco", "blanca", "weiß", "weiss", "branc", "bianc", "wit", "witte",
              *_pl("biał", "biel")),
    "black": ("noir", "negr", "schwarz", "pret", "ner", "zwart", *_pl("czarn")),
    "blue": ("bleu", "azul", "blau", "azzurr", "blu", "blauw", *_pl("niebiesk", "błękitn")),
    "green": ("vert", "verde", "grün", "grun", "groen", *_pl("zielon")),
    "yellow": ("jaune", "amarill", "gelb", "amarel", "giall", "geel", "gele", *_pl("żółt")),
    "purple": ("violet", "morad", "púrpura", "purpura", "lila", "violett", "rox", "viola", "paars",
               *_pl("fioletow", "liliow")),
    "pink": ("rose", "rosa", "roze", *_pl("różow")),
    "orange": ("orange", "naranja", "anaranjad", "laranja", "arancion", "oranje", *_pl("pomarańczow")),
    "brown": ("marron", "brun", "marrón", "braun", "marrom", "bruin", *_pl("brązow")),
    "grey": ("gris", "grau", "cinza", "grigi", "grijs", "grijze", *_pl("szar")),
    "gold": ("doré", "dorée", "dorad", "golden", "dourad", "dorat", "goud", "gouden", *_pl("złot")),
    "silver": ("argent", "platead", "silber", "prata", "pratead", "zilver", *_pl("srebrn")),
}
# English colour words that answer for a message's colour ("roux" may be said ginger, red or orange)
COLOUR_ALTERNATIVES = {"red": ("red", "ginger", "orange", "auburn", "crimson", "scarlet"), "grey": ("grey", "gray"),
                       "gold": ("gold", "golden"), "pink": ("pink", "rose"), "brown": ("brown", "chestnut")}
NUMBERS = {str(n): tuple(word for word, value in FOREIGN_NUMBERS.items() if value == n) for n in (2, 3, 4, 5)}
NUMBER_WORDS = {"2": ("two", "2", "pair", "twice", "both", "double", "couple"), "3": ("three", "3", "triple", "thrice"),
                "4": ("four", "4", "quadruple"), "5": ("five", "5")}


def _fold(word: str) -> str:
    """Lower case; accents kept (the stems carry them), so no folding beyond NFC."""
    return unicodedata.normalize("NFC", word.lower())


def _words(text: str) -> list[str]:
    return [_fold(w) for w in re.findall(r"[^\W\d_]+|\d+", text)]


def _has_stem(words: list[str], stems: tuple[str, ...]) -> bool:
    """A word starts with a stem, or ends with one (German compounds: "Segelboot", "Regenschirm")."""
    return any(w.startswith(s) or (len(s) > 3 and w.endswith(s)) for w in words for s in stems)


INFLECTION = re.compile(r"(?:s|e|es|a|as|o|os|i|en|er|em|he|hes|ne|nes)?")  # blanc-he, negr-o, gelb-en, ross-i


# short stems that are another word in the other languages ("roto" broken, "dos" back): checked only in their own
STEM_LANGUAGE = {"rot": "de", "ner": "it", "pret": "pt", "dos": "es", "dois": "pt", "duas": "pt", "due": "it",
                 "tre": "it", "tres": "es", "vier": "de"}


def _has_form(words: list[str], stems: tuple[str, ...], language: Optional[str] = None) -> bool:
    """A word is a stem plus an inflection ending: colours and numbers are short, so a bare prefix would match other
    words ("blu" in "Blume", "tre" in "tren"); a stem of one language counts only in it."""
    return any(w.startswith(s) and INFLECTION.fullmatch(w[len(s):]) for w in words for s in stems
               if STEM_LANGUAGE.get(s, language) == language)


ENGLISH_ENDING = re.compile(r"(?:s|es|ed|ing|y|ry|ish|dish|en)?")  # horse-s, star-ry, gold-en, red-dish


def _has_english(words: list[str], options: tuple[str, ...]) -> bool:
    """An English word is an option plus an English ending ("stars", "starry"; not "start", "rainbow",
    "dragonfly")."""
    return any(w.startswith(o) and ENGLISH_ENDING.fullmatch(w[len(o):]) for w in words for o in options)


def build_prompt(text: str, language: str, examples: int = 0) -> str:
    """The few-shot prompt with example set ``examples``."""
    shots = "".join(f"{lang}: {source}\nEnglish: {english}\n" for lang, source, english in EXAMPLES[examples])
    return f"Translate each request into English.\n{shots}{language_name(language)}: {text}\nEnglish:"


# "I've brought you a cat …" for "fammi un gatto …": a reply, not the user's words
_ANSWERS = re.compile(r"^(?:i(?:'ve|\s+have)\s+(?:made|drawn|brought|painted|created|generated)|i\s+(?:made|drew|brought|"
                      r"painted|created|generated)\s+(?:you|it|this|a|an|the)|here(?:'s|\s+is|\s+are)\s+(?:your|the\s+(?:picture|image|"
                      r"drawing))|(?:sure|of\s+course|ok(?:ay)?)[,!]\s+here)\b", re.I)


def check_translation(original: str, english: str, config: TranslatorConfig = TranslatorConfig()) -> list[str]:
    """What is wrong with ``english`` as a translation of ``original`` ([] when nothing is)."""
    source, target = _words(original), _words(english)
    if not target:
        return ["the translation is empty"]
    if detect_language(english) is not None:
        return ["the translation is not in English"]
    if _ANSWERS.match(english.strip()) and not _ANSWERS.match(original.strip()):
        return ["the model answered instead of translating"]
    if not config.min_ratio * len(source) <= len(target) <= config.max_ratio * len(source) + 3:
        return [f"the translation has {len(target)} words for {len(source)}"]
    language = detect_language(original)
    return (_colour_problems(source, target, language) + _number_problems(source, target, language)
            + _copied_words(source, target) + _text_problems(original, english))


def _colour_problems(source: list[str], target: list[str], language: Optional[str]) -> list[str]:
    problems = []
    for colour, stems in COLOURS.items():
        said = _has_form(source, stems, language)
        if said and not _has_english(target, COLOUR_ALTERNATIVES.get(colour, (colour,))):
            problems.append(f"the colour {colour} was lost")
        # only the colour's own word counts as added ("roses" add no pink)
        elif not said and _has_english(target, (colour,)) and not _has_stem(source, (colour,)):
            problems.append(f"the colour {colour} was added")
    return problems


def _number_problems(source: list[str], target: list[str], language: Optional[str]) -> list[str]:
    return [f"the number {digit} was lost" for digit, stems in NUMBERS.items()
            if (digit in source or _has_form(source, stems, language))
            and not _has_english(target, NUMBER_WORDS[digit])]


def _copied_words(source: list[str], target: list[str]) -> list[str]:
    """Words of the examples that the message doesn't have: copied, not translated. Short stems must be a whole word
    with an ending ("port" is not "porte", "auto" not "automne")."""
    problems = []
    for word, stems in EXAMPLE_WORDS.items():
        long_stems = tuple(s for s in stems if len(s) > 4)
        short_stems = tuple(s for s in stems if len(s) <= 4)
        said = _has_stem(source, long_stems) or _has_form(source, short_stems) or _has_english(source, (word,))
        if _has_english(target, (word,)) and not said:
            problems.append(f"'{word}' was not in the message")
    return problems


def _text_problems(original: str, english: str) -> list[str]:
    """Quoted text verbatim; names kept (a name may be translated, "Londres" -> "London", not dropped)."""
    problems = [f"the quoted text {q!r} was changed" for q in re.findall(r"[\"“«]([^\"”»]+)[\"”»]", original)
                if q.strip() not in english]
    names, kept = _names(original), _names(english)
    if len(kept) < len(names):  # a name said its English way ("Roma" -> "Rome") is kept
        problems += [f"the name {name!r} was lost" for name in names if _fold(name) not in _fold(english) and not any(
            _fold(other)[:3] == _fold(name)[:3] for other in kept)]
    return problems


def _names(text: str) -> list[str]:
    """Capitalised words inside a sentence (Paris, Eiffel): names, kept as written. German capitalises every noun, so
    a German message's names are not checked."""
    if detect_language(text) == "de":
        return []
    names = []
    for sentence in re.split(r"[.!?¡¿]+\s*", text):
        words = sentence.split()  # the sentence's first word is capitalised anyway ("vorrei una Vespa": a name)
        names += [w for w in re.findall(r"(?<=\s)[A-ZÀ-Ý][\w-]+", " " + " ".join(words[1:]))]
    return names


def keep_question(original: str, english: str) -> str:
    """A question stays a question: small models drop the "?" that tells a question from a request; an imperative
    stays one ("Makes it warmer" -> "Make it warmer")."""
    english = re.sub(r"^(Make|Turn|Put|Add|Remove|Change|Draw|Give)s\b", r"\1", english.strip())
    if original.rstrip().endswith("?") and not english.rstrip().endswith("?"):
        return english.rstrip().rstrip(".!") + "?"
    return english


def translate(llm: Any, text: str, config: TranslatorConfig = TranslatorConfig()) -> Optional[Translation]:
    """The English of a ``text`` in another language: the ``llm``'s reading when it passes the checks and either the
    other example set's reading or the offline word list agrees with it; else the word list's own reading when it
    knows enough of the words; else not translated (``problems`` say why). None for English."""
    language = detect_language(text)
    if language is None:
        return None
    result = Translation(original=text, language=language)
    if len(_words(text)) > config.max_words:
        result.problems.append(f"the message is longer than {config.max_words} words")
        return result
    word_list = gloss(text, language) if language in GLOSSARY_LANGUAGES else None
    if _shape_alone(word_list, text):  # "et en format paysage": a shape, which the list reads for sure
        result.text, result.source = word_list.text, "dictionary"
        return result
    if _short_and_known(word_list, text, result, config):  # "quita el sofá": literal is right, and no model wait
        _word_list_reading(word_list, result, config)
        return result
    if llm is not None and callable(getattr(llm, "complete", None)):
        _model_reading(llm, text, language, result, word_list, config)
    if not result.ok:
        _word_list_reading(word_list, result, config)
    return result


def _shape_alone(word_list: Optional[Gloss], text: str) -> bool:
    """A short message the list reads as a picture shape and nothing else ("et en format paysage", "im Hochformat")."""
    return word_list is not None and not word_list.unknown and len(_words(text)) <= 6 and bool(
        aspect_from_text(word_list.text)) and not content_words(re.sub(
            r"\b(?:landscape|portrait|square|format|wide|tall|vertical|horizontal|version|one|make|it|in|and)\b", "",
            word_list.text))


def _short_and_known(word_list: Optional[Gloss], text: str, result: Translation, config: TranslatorConfig) -> bool:
    """A short command whose every content word the word list knows ("quita el sofá", "tira as rosas"): the small
    model only paraphrases it ("Takes away the sofa"), so the list's literal reading is used."""
    return (word_list is not None and not word_list.unknown and len(_words(text)) <= config.short_command_words
            and word_list_can_read(word_list, result, config))


# "mi fai …", "me haces …", "tu me fais …": make me …, which a small model reads as "I make …"
_MAKE_ME = re.compile(r"\b" + MAKE_ME + r"\b", re.I)  # "mi fai …": make me …


def _asked_not_told(reading: str, original: str) -> str:
    """"Hello! I make a Vespa …" for "ciao! mi fai una Vespa …": the ask, "make me a Vespa …"."""
    if not _MAKE_ME.search(original):
        return reading
    return re.sub(r"^(?P<lead>\W*(?:(?:hello|hi|hey|good\s+\w+)\W+)?)(?:i|we)\s+(?:make|made)\s+(?=(?:an?|some|two|three|\d+)\s)",
                  r"\g<lead>make me ", reading, count=1, flags=re.I)


_COLOUR_AFTER = re.compile(r"\b(?P<art>an?|the)\s+(?P<noun>(?!(?:" + "|".join(lexicon.COLOUR_MODIFIERS) + r")\b)[A-Za-z][\w-]+)\s+"
                           r"(?P<colour>" + "|".join(c for c in lexicon.COLOURS if " " not in c) + r")\b"
                           r"(?=\s*(?:[,.;!?]|$)|\s+(?:[a-z]+ed|with|on|in|at|under|by|near|and)\b)")


def _english_order(reading: str) -> str:
    """"a Vespa red parked …" (the Romance order, copied) -> "a red Vespa parked …"."""
    def swapped(m: re.Match) -> str:
        if m.group("noun").lower() in lexicon.COLOURS or m.group("noun").lower() in lexicon.STOPWORDS or \
                m.group("noun").lower() in ("lot", "bit", "little", "few", "couple", "touch", "shade", "tad"):
            return m.group(0)
        art = m.group("art") if m.group("art").lower() == "the" else ("an" if m.group("colour")[0] in "aeiou" else "a")
        return f"{art} {m.group('colour')} {m.group('noun')}"
    return _COLOUR_AFTER.sub(swapped, reading)


def _model_reading(llm: Any, text: str, language: str, result: Translation, word_list: Optional[Gloss],
                   config: TranslatorConfig) -> None:
    """Both example sets asked; a passing reading used when the readings agree or the word list confirms it."""
    started = time.perf_counter()
    answers = []
    for examples in range(len(EXAMPLES)):
        try:
            answers.append(llm.complete(build_prompt(text.strip(), language, examples),
                                        max_new_tokens=config.max_new_tokens, stop=("\n",)).strip())
        except Exception as err:  # noqa: BLE001 -- a failing model leaves the words as typed, the turn goes on
            result.problems = [f"the model failed: {type(err).__name__}"]
            result.seconds = time.perf_counter() - started
            return
    result.seconds = time.perf_counter() - started
    result.raw = " | ".join(answers)
    checked = [(answer, check_translation(text, answer, config)) for answer in answers]
    passing = [answer for answer, problems in checked if not problems]
    if not passing:
        result.problems = checked[0][1]
        return
    agreement = answers_agree(answers, config.min_agreement)
    confirmed = None if agreement is None else next(
        (a for a in passing if confirms(word_list, a, config.min_dictionary_match)), None)
    reading = passing[0] if agreement is None else confirmed
    if reading is None:
        result.problems = [agreement]
        return
    problem = _word_list_knows_better(text, reading, word_list, result, config)
    if problem:
        result.problems = [problem]
        return
    reading = _english_order(_asked_not_told(_copies_read(reading, text, language), text))
    result.text = with_format(keep_question(text, _with_lost_style(reading, word_list)), word_list)
    if confirmed is not None:  # "a tower" / "a lighthouse": the word list knows "phare" is a lighthouse
        result.source = "model+dictionary"


_VAGUE_STYLE = re.compile(r"\b(?:(?:in\s+)?(?:the\s+)?style\s+(?:of\s+)?(?:an?\s+)?[\w-]+|(?:an?\s+)?[\w-]+\s+style)\b", re.I)


def _with_lost_style(reading: str, word_list: Optional[Gloss]) -> str:
    """The model's reading with the style the word list read for sure and the model lost ("estilo acuarela" read as
    "style of painting" -> "watercolor style"): a look has no vague synonym. Else the reading as it is."""
    if word_list is None:
        return reading
    read = content_words(reading)
    lost = [w for w in _words(word_list.text) if w.lower() in _STYLE_WORDS and w.lower() not in read]
    if not lost:
        return reading
    style = f"{' '.join(dict.fromkeys(w.lower() for w in lost))} style"
    vague = [m for m in _VAGUE_STYLE.finditer(reading) if not content_words(m.group(0)) & _STYLE_WORDS]
    if vague:
        return reading[: vague[-1].start()] + style + reading[vague[-1].end():]
    said = reading.rstrip(" .!")
    return f"{said[:-1].rstrip()}, {style}?" if said.endswith("?") else f"{said}, {style}"


_FORMAT_WORDS = {"wide": "in landscape format", "tall": "in portrait format", "square": "in square format"}


def with_format(reading: str, word_list: Optional[Gloss]) -> str:
    """The model's reading, with the picture's format the word list read and the model left out ("… einen See zeigen?
    Querformat bitte." -> "… a view of a lake?" + "in landscape format")."""
    shape = aspect_from_text(word_list.text) if word_list is not None else None
    if not shape or not reading.strip() or aspect_from_text(reading):
        return reading
    said = reading.rstrip(" .!")
    return f"{said[:-1].rstrip()} {_FORMAT_WORDS[shape]}?" if said.endswith("?") else f"{said}, {_FORMAT_WORDS[shape]}"


_ENGLISH_TYPED_FREQUENCY = 1000  # an unread word this common in English was typed in English ("superhero" 6149)
_UNTRANSLATED_FREQUENCY = 60  # a copied word rarer than this in English was left untranslated ("bigote" 0, "bateau"
# 50); a loan English uses ("sombrero" 291, "piazza" 306) was not


def _copies_read(reading: str, original: str, language: str) -> str:
    """The model's reading with the word list's English for a thing or look it copied as typed ("un taco con sombrero y
    bigote" read as "… and bigote": "mustache"); words shared with English ("sombrero", "taco") stay as they are."""
    table = GLOSSARY_VOCAB.get(language, {})
    typed = {_fold(w) for w in _words(original)}
    names = {_fold(name) for name in _names(original)}  # "una Vespa rossa": the scooter by its name, not a wasp

    def read(match: re.Match) -> str:
        word = match.group(0)
        entry = table.get(_fold(word))
        if entry is None and _fold(word).endswith("s") and table.get(_fold(word)[:-1]) is not None:
            single = table[_fold(word)[:-1]]  # "bulles": the list knows "bulle", a bubble; so bubbles
            if single.kind == "noun" and _fold(word) in typed and _fold(word) not in names:
                return plural(single.english)
        small = diminutive(_fold(word), language) if entry is None and _fold(word) in typed and \
            _fold(word) not in names else None
        if small:  # "con ositos" copied as "ositos": little bears
            return small
        if entry is None or entry.kind not in ("noun", "adj") or _fold(word) not in typed or _fold(word) in names or \
                word_frequency(word.lower()) > _UNTRANSLATED_FREQUENCY or _fold(entry.english) == _fold(word):
            return word
        return entry.english

    return re.sub(r"[^\W\d_]+", read, reading)


def _word_list_knows_better(text: str, reading: str, word_list: Optional[Gloss], result: Translation,
                            config: TranslatorConfig) -> Optional[str]:
    """Why the word list's reading is the better one, when it is: the model lost a thing it read for sure ("un faro
    en una isla" without the island), kept a word it read untranslated ("Hoi! I want …"), added things the message
    does not name ("cookies"), or wrote a half-copied word where the list knows every word ("add confet")."""
    lost = lost_words(word_list, reading, text)
    copied = copied_words(word_list, reading, text)  # (a copied word is patched in the model's reading, below)
    if lost and word_list_can_read(word_list, result, config, english_typed=not copied):  # ("un bombero superhero")
        return f"the model's reading lost {', '.join(sorted(lost))}"
    foreign_unknown = [w for w in word_list.unknown if word_frequency(w.lower()) < _SHARED_WORD_FREQUENCY]
    if len(copied) > len(foreign_unknown) and word_list_can_read(word_list, result, config):
        return f"the model's reading keeps words untranslated: {', '.join(sorted(copied))}"
    added = added_things(word_list, reading, text)
    lost_place = [p for p in _places_named(word_list.text) if not re.search(r"\b" + re.escape(p) + r"\b", reading, re.I)]
    if lost_place and word_list_can_read(word_list, result, config, english_typed=True):  # "durch Berlin" dropped
        return f"the model's reading lost {', '.join(lost_place)}"
    lost_setting = sorted(_settings(_dictionary_words(word_list)) - _settings(content_words(reading)))
    if lost_setting and word_list_can_read(word_list, result, config):  # "im Herbst" read as "in winter"
        return f"the model's reading lost {', '.join(lost_setting)}"
    swap = swapped_thing(word_list, reading)
    if swap and word_list_can_read(word_list, result, config):  # "un hérisson" read as "a rabbit": one animal for another
        return f"the model's reading says {swap[1]!r} where the message says {swap[0]!r}"
    if len(added) > len(foreign_unknown) and word_list_can_read(word_list, result, config):
        # more new things than words the list could not read ("un cucchiaio di legno" -> "a bowl of wood")
        return f"the model's reading adds {', '.join(sorted(added))}, which the message does not name"
    relation = swapped_relation(word_list, reading)
    if relation and word_list_can_read(word_list, result, config):  # "au bord de la mer" read as "in the sea"
        return f"the model's reading says {relation[1]!r} where the message says {relation[0]!r}"
    swapped = swapped_owner(word_list, reading)
    if swapped and word_list_can_read(word_list, result, config):
        return f"the model's reading says {swapped[1]!r} where the message says {swapped[0]!r}"
    invented = invented_words(text, reading, word_list)
    if invented and not word_list.unknown and word_list_can_read(word_list, result, config):
        return f"the model's reading has words that are no English: {', '.join(sorted(invented))}"
    return None


_WHERE = r"(?:by|beside|next\s+to|near|in|inside|on|under|above|over|behind|in\s+front\s+of|during)"
_RELATION = re.compile(r"\b(?P<prep>" + _WHERE + r")\s+(?:the|a|an)\s+(?P<noun>[a-z]+)\b", re.I)


def swapped_relation(word_list: Optional[Gloss], reading: str) -> Optional[tuple[str, str]]:
    """(said, read) when the reading puts a thing the word list read in another relation ("by the sea" read as "in the
    sea"): where a thing is, is the picture; None otherwise."""
    if word_list is None:
        return None
    said = {m.group("noun").lower(): _relation(m) for m in _RELATION.finditer(word_list.text)}
    for m in _RELATION.finditer(reading):
        noun = m.group("noun").lower()
        if noun in said and _SAME_RELATION.get(said[noun], said[noun]) != _SAME_RELATION.get(_relation(m), _relation(m)):
            return f"{said[noun]} the {noun}", f"{_relation(m)} the {noun}"
    return None


def _relation(match: re.Match) -> str:
    return re.sub(r"\s+", " ", match.group("prep").lower())


# relations that say the same ("during a storm", "in a storm")
_SAME_RELATION = {"during": "in", "inside": "in", "beside": "by", "next to": "by", "near": "by", "above": "over"}


def _places_named(text: str) -> list[str]:
    """The place names a reading says ("… through Vienna" -> ["Vienna"])."""
    return [w for w in re.findall(r"\b[A-Z][a-zà-ÿ'-]+(?:\s+[A-Z][a-zà-ÿ'-]+)?\b", text) if is_place_name(w)]


def swapped_thing(word_list: Optional[Gloss], reading: str) -> Optional[tuple[str, str]]:
    """(said, read) when the reading names a thing of the same kind in place of one the word list read for sure
    ("hérisson" -> hedgehog, read as "rabbit": both animals); None otherwise."""
    if word_list is None:
        return None
    known, read_words = _dictionary_words(word_list), content_words(reading)
    lost = {w for w in known - read_words if _thing_kind(w)}
    new = {w for w in read_words - known if _thing_kind(w) and w.rstrip("s") not in known}
    for said in sorted(lost):
        kind = _thing_kind(said)
        same = set(lexicon.SAME_THING.get(said, ())) | {k for k, v in lexicon.SAME_THING.items() if said in v}
        read = next((w for w in sorted(new - same) if _thing_kind(w) == kind), None)
        if read:
            return said, read
    return None


# a season, time of day or weather: a word list reads these for sure, and a reading must keep them (one name each)
_SETTING_NAMES = {"spring": "spring", "summer": "summer", "autumn": "autumn", "fall": "autumn", "winter": "winter",
                  "night": "night", "nighttime": "night", "morning": "morning", "evening": "evening", "sunset": "sunset",
                  "dusk": "sunset", "sunrise": "sunrise", "dawn": "sunrise", "rain": "rain", "rainy": "rain", "snow": "snow",
                  "snowy": "snow", "fog": "fog", "foggy": "fog", "mist": "fog", "misty": "fog", "storm": "storm",
                  "stormy": "storm"}


def _settings(words: set[str]) -> set[str]:
    return {_SETTING_NAMES[w] for w in words if w in _SETTING_NAMES}


def _thing_kind(word: str) -> Optional[str]:
    """The category a thing word names, in any of its stems ("poppie" -> plant); None for other words."""
    forms = (word, re.sub(r"ie$", "y", word), word + "s", word.rstrip("s"))
    if not any(f in _THING_WORDS for f in forms):
        return None
    return next((kind for kind in map(named_category, forms) if kind), None)


def swapped_owner(word_list: Optional[Gloss], reading: str) -> Optional[tuple[str, str]]:
    """("my", "your") when the model answered instead of translating ("mi panadería" read as "your bakery"): the
    word list's possessive is missing from the reading and another one stands there. None when they agree."""
    if word_list is None:
        return None
    said = [w for w in _words(word_list.text.lower()) if w in lexicon.POSSESSIVES]
    read = [w for w in _words(reading.lower()) if w in lexicon.POSSESSIVES]
    lost = [w for w in said if w not in read]
    other = [w for w in read if w not in said]
    return (lost[0], other[0]) if lost and other else None


def _dictionary_words(word_list: Gloss) -> set[str]:
    return content_words(word_list.text) - content_words(" ".join(word_list.unknown))


def confirms(word_list: Optional[Gloss], reading: str, min_share: float) -> bool:
    """Does the reading say what the word list read ("a lighthouse" for "un phare"), for most of the words it knows?"""
    if word_list is None:
        return False
    known = _dictionary_words(word_list)
    return bool(known) and len(known & content_words(reading)) / len(known) >= min_share


_NEGATION = {code: re.compile(pattern, re.I) for code, pattern in {
    "fr": r"\b(?:pas|ne|non)\b|\bn'", "es": r"\bno\b", "de": r"\b(?:nicht|kein\w*)\b", "pt": r"\b(?:não|nao)\b",
    "it": r"\bnon\b", "nl": r"\b(?:niet|geen)\b", "pl": r"\bnie\b"}.items()}


def lost_words(word_list: Optional[Gloss], reading: str, original: str = "") -> set[str]:
    """The words the word list read for sure that a reading leaves out ("isla" -> island, missing from "a lighthouse
    in the evening")."""
    if word_list is None:
        return set()
    known, read = _dictionary_words(word_list), content_words(reading)
    lost = {w for w in known - read if w in _THING_WORDS}
    typed = {_fold(w) for w in _words(original)}  # "oi!" copied is no synonym of anything
    added = {w for w in read - known - content_words(" ".join(word_list.unknown)) if _fold(w) not in typed}
    unread = [fold(w) for w in word_list.unknown]  # "Nordsee" read as "north sea": those words are no synonyms
    read_typed = {_fold(w) for w in _words(original)} - set(unread)
    false_friends = {w for w in added if len(w) >= 4 and any(  # "tramonto" (sunset) read as "tramway": a guess from
        t[:4] == _fold(w)[:4] and t != _fold(w) for t in read_typed)}  # the word's look, no synonym
    synonyms = {w for w in added if (w not in _THING_WORDS or w in _SYNONYM_WORDS) and w not in _GREETING_WORDS and
                not any(u.startswith(_fold(w)[:3]) for u in unread) and len(w) > 2 and (
                    w not in ENGLISH_ADJECTIVES or w in _SYNONYM_WORDS)} - false_friends - _QUANTIFIERS - _PICTURE_WORDS  # "kid" for
    # "child", "woods" for "forest"; "sea" is no beach
    styles = {w for w in lost if w in _STYLE_WORDS}  # "acuarela" read as "an art": a look has no vague synonym
    if styles and not word_list.unknown and not any(w in _STYLE_WORDS for w in added):  # (the list read every word)
        return styles
    if lost and not word_list.unknown and not synonyms & _SYNONYM_WORDS:  # the list read every word and the model lost
        return lost  # a thing it named for sure ("Leuchtturm" read as "a flying saucer")
    return lost if len(lost) > len(synonyms) else set()


# words a reading may use for a thing the list named another way ("woods" for "forest", "kid" for "child")
_SYNONYM_WORDS = frozenset(w for words in lexicon.SAME_THING.values() for w in words) | set(lexicon.SAME_THING) | {
    "woods", "wood", "kid", "kids", "guy", "lady", "puppy", "kitty", "ocean", "shore", "seaside", "hill", "hills", "town",
    "village", "city", "street", "road", "path"}


_QUANTIFIERS = frozenset("few several many lot lots couple bunch little plenty".split())  # no synonym of a thing
# what the ask calls the picture ("a picture of …" for "un dibujo de …"): no synonym of the thing drawn
_PICTURE_WORDS = frozenset("picture pictures image images drawing drawings photo photos painting paintings illustration "
                           "illustrations pic pics sketch cartoon".split())
_GREETING_WORDS = frozenset(w for phrase in (*lexicon.GREETINGS, *lexicon.SOCIAL) for w in phrase.split()) | {"please"}
_STYLE_WORDS = frozenset(term for term in lexicon.STYLE_TERMS if " " not in term) - {"photo", "photograph", "drawing",
                                                                                    "painting", "illustration"}



def copied_words(word_list: Optional[Gloss], reading: str, original: str) -> set[str]:
    """Words of the message the word list read (or dropped, as a greeting) that a reading copies as typed ("Hoi! I want
    a cheerful sun"): rare in English, so not a shared word such as "pizza" or "jazz", nor a name the list kept."""
    if word_list is None or not word_frequency("the"):
        return set()
    kept = {_fold(w) for w in word_list.unknown}
    typed = {_fold(w) for w in _words(original)} - kept
    return {w.lower() for w in _words(reading) if _fold(w) in typed and word_frequency(w.lower()) < _SHARED_WORD_FREQUENCY
            and len(w) > 2}


_SHARED_WORD_FREQUENCY = 400  # a word typed in both languages ("ciao" 444, "croissants" 672) is this common in English


def added_things(word_list: Optional[Gloss], reading: str, original: str) -> set[str]:
    """Things a reading names that the word list, which read every word, did not ("cookies" in "un gâteau au chocolat
    avec des bougies", "a kennel" for "numa rede"): the small model's inventions."""
    if word_list is None:
        return set()
    typed = {_fold(w) for w in _words(original)}
    read = _dictionary_words(word_list) | {plural(w) for w in _dictionary_words(word_list)}
    return {w for w in content_words(reading) & _THING_WORDS if w not in read and w.rstrip("s") not in read
            and _fold(w) not in typed and w not in _SYNONYM_WORDS}  # ("woods" for "bosque" is no invention)


def invented_words(original: str, reading: str, word_list: Optional[Gloss]) -> set[str]:
    """Words of a reading that are neither English (by the spelling dictionary) nor typed in the message nor read by
    the word list: the small model's half-copies ("confet" for "confetes"). Empty without a dictionary."""
    if word_list is None or not word_frequency("the"):
        return set()
    typed = {_fold(w) for w in _words(original)}
    listed = {_fold(w) for w in _words(word_list.text)}
    return {w for w in content_words(reading) if not word_frequency(w) and _fold(w) not in typed | listed}


def word_list_can_read(word_list: Optional[Gloss], result: Translation, config: TranslatorConfig,
                       english_typed: bool = False) -> bool:
    """Would the word list read the message itself (enough words known, nothing negated)? With `english_typed`,
    English words typed among the foreign ones count as read."""
    negation = _NEGATION.get(result.language)
    if word_list is None or (negation is not None and negation.search(result.original)):
        return False
    return bool(_dictionary_words(word_list)) and _coverage(word_list, english_typed) >= config.min_dictionary_coverage


def _coverage(word_list: Gloss, english_typed: bool = True) -> float:
    """The share of the message's words the list read; English words typed among them ("un bombero superhero … it's
    for my facebook") are no words it failed to read (unless `english_typed` is off)."""
    unread = [w for w in word_list.unknown if not english_typed or (
        len(w) > 1 and word_frequency(w.lower()) < _ENGLISH_TYPED_FREQUENCY)]
    return word_list.known / max(word_list.known + len(unread), 1)


def _word_list_reading(word_list: Optional[Gloss], result: Translation, config: TranslatorConfig) -> None:
    """The word list's reading, when it knows enough of the message's content words (the rest kept as typed)."""
    if word_list is None:
        return
    negation = _NEGATION.get(result.language)
    if negation is not None and negation.search(result.original):  # "un chat pas un chien": it would draw the dog
        result.problems = result.problems or ["the message negates something, which the word list can't read"]
        return
    if _dictionary_words(word_list) and _coverage(word_list) >= config.min_dictionary_coverage:
        result.text, result.source, result.unknown = word_list.text, "dictionary", list(word_list.unknown)
    elif not result.problems:
        result.problems = [f"the word list knows {word_list.known} of {word_list.known + len(word_list.unknown)} words"]


def content_words(english: str) -> set[str]:
    """The words that carry an answer's meaning: not function words, not the request's own ("make a picture")."""
    words = {w.rstrip("s") if len(w) > 3 else w for w in _words(english)}
    return {w for w in words if w not in lexicon.STOPWORDS and w not in REQUEST_WORDS}

# the English of the word list's nouns: things a reading must not drop (a lost verb or adverb is a paraphrase)
_THING_WORDS = content_words(" ".join(entry.english for entries in GLOSSARY_VOCAB.values() for entry in entries.values()
                                      if entry.kind == "noun"))


def answers_agree(answers: list[str], min_agreement: float) -> Optional[str]:
    """None when the answers from the example sets mean the same (most content words of the shorter are in the
    other); else why not. A small model that is unsure of a word guesses differently each time ("a tower" / "a
    lighthouse"), so disagreement is the sign of a guess the checks above can't see."""
    first, second = content_words(answers[0]), content_words(answers[1])
    if not first or not second:
        return None if first == second else "the two readings disagree"
    shared = len(first & second) / min(len(first), len(second))
    if shared < min_agreement:
        return f"the two readings disagree ({answers[0]!r} / {answers[1]!r})"
    return None
