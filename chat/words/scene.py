"""The structured scene behind the current picture, and how it becomes a prompt.

    .venv/bin/python -c "from chat.words.scene import Scene, render_prompt; print(render_prompt(Scene(subject='a fox'), 'sd'))"

Edits change one slot (time of day, weather, lighting, colour treatment, framing, style, details, negatives) and
keep the rest, so "make it night" after "a castle at sunset" gives "a castle ..., at night" and nothing else moves.
The subject is the user's own phrase, kept verbatim; added detail (medium, composition, light, palette, lens) fits
the subject (chat/words/detail.py), never fills a slot the user filled, and is dropped first when the prompt would
not fit the text encoder.
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field, fields

from chat.words import lexicon
from chat.words.detail import PHOTO_WORDS, SIDE_OF, categorize, head_noun, named_medium, subject_detail

QUOTE_RE = re.compile(r"\"[^\"]+\"|“[^”]+”|(?<![\w])'[^']+'(?![\w])")
PLACEHOLDER_RE = re.compile(r"§(\d+)§")


def protect_quotes(text: str) -> tuple[str, list[str]]:
    """Swap quoted text for placeholders so no rule touches it; `restore_quotes` puts it back verbatim."""
    quotes: list[str] = []

    def keep(match: re.Match) -> str:
        quotes.append(match.group(0))
        return f"§{len(quotes) - 1}§"

    return QUOTE_RE.sub(keep, text), quotes


_DATE_WORDS = r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|today|\d{1,4}(?:st|nd|rd|th)?"
# lettering in capitals with no quotes ("with the text SCIENCE FAIR 2026", "a sign that says OPEN LATE"): the words
# to letter, kept verbatim as if quoted
_CAPITALS_TO_LETTER = re.compile(
    r"(?P<lead>\b(?i:(?:the\s+)?(?:text|words?|caption|title|slogan|lettering|headline|tagline)\s*(?:says|reads|is)?\s*:?\s+(?:to\s+|into\s+)?|"
    r"(?:that|which|it)\s+(?:says|reads)\s*:?\s+|saying\s*:?\s+|reading\s*:?\s+))(?P<t>[A-Z0-9][A-Z0-9!?'&.\-]*[A-Z0-9!?]"
    r"(?:\s+[A-Z0-9][A-Z0-9!?'&.\-]*)*(?:\s+(?i:" + _DATE_WORDS + r"))*)"
    r"(?=\s*(?:[,;:]|\.(?:\s|$)|$|\s+(?i:in|on|at|with|and|across|above|below|written|hanging|painted|printed|carved)\b))")
# lettering in small letters after a cue that can only mean words ("a mug that says good morning on it", "a banner
# saying happy retirement dave"): up to where the sentence goes on
_WORDS_TO_LETTER = re.compile(
    r"(?P<lead>\b(?i:(?:that|which|it)\s+says|(?:the\s+)?text\s+(?:says|reads|saying)|saying|with\s+the\s+words)\s*:?\s+)"
    r"(?P<t>(?!(?:a|an|the|something|anything|what|that|it|in|on)\b)[a-z0-9][\w'!&-]*(?:\s+(?!(?:in|on|at|with|and|across|"
    r"above|below|written|under|over|along|around|for|from|to|by|near|hanging|painted|printed|carved|as|but|so|please|"
    r"pls)\b)[\w'!&-]+){0,5})(?=\s*(?:[,;:]|\.(?:\s|$)|!|$|\s+(?:in|on|at|with|and|across|above|below|written|under|"
    r"over|along|around|hanging|painted|printed|carved|please|pls)\b))")


def quote_capitals(text: str) -> str:
    """"with the text SCIENCE FAIR 2026" -> 'with the text "SCIENCE FAIR 2026"': capitals after a lettering cue."""
    if re.search(r"[\"“]", text):
        return text  # the user quoted what to letter already
    asked = re.search(r"\b(?:can|could|would|will)\s+(?:you|u)\b", text, re.I)

    def quoted(m: re.Match) -> str:
        words, mark = m.group("t"), ""
        if asked and words.endswith("?") and not text[m.end():].strip():  # "could you add a banner that says HOME?"
            words, mark = words.rstrip("?"), "?"  # the question's mark, not the banner's
        return f'{m.group("lead")}"{words}"{mark}'

    return _CAPITALS_TO_LETTER.sub(quoted, text)


def quote_lettering(text: str) -> str:
    """The words to letter kept verbatim: capitals after a lettering cue (``quote_capitals``), or small letters after a
    cue that can only mean words ("a mug that says good morning on it" -> 'a mug that says "good morning" on it')."""
    text = quote_capitals(text)
    if re.search(r"[\"“]", text):
        return text
    return _WORDS_TO_LETTER.sub(lambda m: f'{m.group("lead")}"{m.group("t")}"', text, count=1)


def restore_quotes(text: str, quotes: list[str]) -> str:
    return PLACEHOLDER_RE.sub(lambda m: quotes[int(m.group(1))], text)


def tidy(text: str) -> str:
    """Collapse spaces and stray punctuation left behind when phrases are taken out."""
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r"\s+([,.;:!?])", r"\1", text)
    text = re.sub(r"([,;:])(?:\s*[,;:])+", r"\1", text)
    text = re.sub(r"^[\s,;:.\-–—]+|[\s,;:\-–—]+$", "", text)
    return text.strip()


def term_pattern(terms, *, with_preposition: bool = True) -> re.Pattern:
    """Matches any term (longest first) as whole words; with_preposition: the phrase "at sunset" / "in the rain",
    only where the term ends the phrase (so "in a snowy forest" keeps "in a … forest")."""
    alts = "|".join(re.escape(t).replace(r"\ ", r"[\s-]+") for t in sorted(terms, key=len, reverse=True))
    if not with_preposition:
        return re.compile(r"(?:,\s*)?\b(?:" + alts + r")\b(?:\s+of\b(?!\s+(?:the\s+)?(?:style|kind|sort)\b))?", re.I)
    prep = r"(?:at|during|in|on|by|under|with|as|into|for)\s+(?:the\s+|a\s+|an\s+)?"
    end = r"(?=\s*(?:[,.;:!?]|$)|\s+(?:and|with|in|on|at|under|near|over|by|while|behind|beside|above|below|across|through|" \
          r"along|beyond|past|among|inside|outside)\b)"
    return re.compile(r"(?:,\s*)?\b" + prep + r"(?:" + alts + r")\b" + end, re.I)


def remove_terms(text: str, terms) -> str:
    """Take slot words ("at sunset", "snowy", "watercolor") out of a phrase, protecting quoted text."""
    if not text:
        return text
    protected, quotes = protect_quotes(text)
    out = term_pattern(terms).sub(" ", protected)
    out = term_pattern(terms, with_preposition=False).sub(lambda m: ", " if m.group(0).startswith(",") else " ", out)
    out = re.sub(r"\b(?:a|an|the)\s+(?=[,.]|$)", "", out)  # "a" left without its noun
    out = re.sub(r"(?:^|(?<=[\s,]))(?:a|an|the)\s+of\s+", "", out)  # "a close-up of a snail" -> "a snail"
    out = re.sub(r"^\s*(?:a|an)\s+(?:over|above|behind|across|on|in|at)\s+(?=(?:the|a|an)\s)", "", out)  # "a sunset over
    # the sea" without the sunset: the sea
    # "a bit of fog down in the valley" without the fog: the quantity and where it was go with it
    out = re.sub(r"(?:^|(?<=[\s,]))(?:(?:a\s+(?:bit|little|lot|touch|hint|wisp)|lots|some\s+kind)\s+of|some|lots\s+of)"
                 r"(?:\s+(?:down|up|out|over|low|high))?(?:\s+(?:in|on|at|over|across|along|around)\s+the\s+[\w'-]+)?(?=\s*(?:[,.]|$))",
                 "", out)
    out = re.sub(r"\s+(?:with|and|of)\s*(?=[,.]|$)", "", out)  # "a lake with" once its fog is gone
    out = re.sub(r"\b(?:a|an|the)\s+(?=(?:a|an|the)\b)", "", out, flags=re.I)
    return restore_quotes(tidy(out), quotes)


@dataclass
class Scene:
    """What the current picture shows, slot by slot (every value is the user's own words where they gave one)."""

    subject: str = ""  # the content phrase, verbatim ("a medieval castle on a cliff")
    style: str = ""  # medium / art style ("watercolor painting")
    time: str = ""  # time of day ("at night")
    weather: str = ""  # weather or season ("snowy winter")
    lighting: str = ""  # ("dramatic side lighting")
    colour: str = ""  # global colour treatment ("black and white")
    framing: str = ""  # shot / camera ("close-up shot")
    details: list[str] = field(default_factory=list)  # additions ("a full moon over the water")
    negatives: list[str] = field(default_factory=list)  # what must not appear ("people")
    quality: str = ""  # extra detail asked for ("intricate details")
    medium_hint: str = ""  # the medium the request named ("a painting of …", "paint …"); a style edit replaces it
    category: str = ""  # the detail bank the subject was given ("fantasy"); kept by edits while its head noun stays...
    category_of: str = ""  # ...this one ("book": "butterflies instead of magic" keeps a storybook painting's look)

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict | None) -> "Scene":
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in (data or {}).items() if k in names})

    def copy(self) -> "Scene":
        return Scene.from_dict(self.to_dict())

    def mentions(self, word: str) -> bool:
        text = " ".join([self.subject, *self.details]).lower()
        return re.search(r"\b" + re.escape(word.lower()), text) is not None


# ---- added detail, by subject ------------------------------------------------------------------------------------
QUALITY_TERMS = {  # one closing quality term per model family (photo-only terms for photographic styles)
    "sd": "highly detailed",
    "demo": "highly detailed",
    "sdxl": "high quality",
    "flux": "rich natural detail",
}


def _has_any(text: str, words) -> bool:
    low = text.lower()
    return any(re.search(r"\b" + re.escape(w) + r"\b", low) for w in words)


_SEASONS = ("autumn", "autumnal", "winter", "wintry", "snowy", "spring", "summer")  # each has colours of its own


def _skipped_slots(scene: Scene) -> tuple[str, ...]:
    """The detail slots the user already filled (their words win): no second medium, light or palette."""
    skip = []
    if scene.style or scene.medium_hint or _has_any(scene.subject, lexicon.STYLE_TERMS) or named_medium(scene.subject):
        skip.append("medium")
    if scene.lighting or scene.time or _has_any(scene.subject, lexicon.LIGHTING_WORDS + lexicon.TIME_TERMS):
        skip.append("light")
    if scene.colour or _has_any(scene.subject, lexicon.COLOURS) or _has_any(scene.subject, _SEASONS):
        skip.append("palette")  # "a maple in autumn with red leaves": no "lush greens"
    if scene.framing:
        skip += ["composition", "lens"]
    elif SIDE_OF.match(scene.subject):
        skip.append("composition")  # "the back of the captain" says the view: no "front view of the captain"
    return tuple(skip)


def added_detail(scene: Scene, family: str = "sd") -> list[str]:
    """Detail that fits this subject (chat/words/detail.py), in the order it is dropped last to first. Sets the scene's
    ``category`` the first time (and when its head noun changes), so later edits of it keep the same bank."""
    named = f"{scene.style} {scene.medium_hint}".strip()
    if not scene.subject.strip() or re.fullmatch(r"[A-Z][a-z]+", scene.subject.strip()):
        # an upload nobody named (or named only by a name, "Milo"): no bank to guess from (a sunset is no product shot)
        medium = named_medium(named)
        extra = [medium[1][slot][0] for slot in ("light", "finish")] if medium else []
        return extra + [QUALITY_TERMS.get(family, QUALITY_TERMS["sd"])]
    noun = head_noun(scene.subject)
    if not scene.category or scene.category_of != noun:  # a new subject (or a first picture): its own bank
        scene.category, scene.category_of = categorize(scene.subject), noun
    detail = subject_detail(scene.subject, _skipped_slots(scene), named, category=scene.category)
    photographic = bool(PHOTO_WORDS.search(named)) if named else detail.photographic()
    if (_has_any(scene.subject, lexicon.STYLE_TERMS) or named_medium(f"{named} {scene.subject}")) \
            and not PHOTO_WORDS.search(scene.subject):
        photographic = False  # "a pixel art knight", "a diagram of the water cycle": no lens
    order = ("medium", "composition", "light", "palette", "finish") + (("lens",) if photographic else ())
    added = [detail.phrases.get(slot, "") for slot in order]
    added.append(QUALITY_TERMS.get(family, QUALITY_TERMS["sd"]))
    return [a for a in added if a and not _names_a_negative(a, scene.negatives) and not _clashes_with_the_scene(a, scene)]


# times of day and the light words that say them: detail must not say another time than the scene's
_TIME_GROUPS = {name: re.compile(r"\b(?:" + words + r")\b", re.I) for name, words in {
    "night": r"night|moonlit|moonlight|midnight|starry|starlit|nocturnal",
    "day": r"morning|midday|noon|daylight|sunlit|sunny|afternoon|bright\s+day",
    "sunset": r"sunset|dusk|golden\s+hour|evening|twilight",
    "sunrise": r"sunrise|dawn|first\s+light|daybreak",
}.items()}
_SUN_WORDS = r"\b(?:sun|sunlit|sunny|sunshine|sunlight|dappled\s+morning\s+sun|golden\s+hour|sun\s+rays|sunbeams?)\b"
_GREY_WEATHER = r"\b(?:rain|rainy|raining|snow|snowy|snowing|storm|stormy|fog|foggy|mist|misty|overcast|drizzle|blizzard)\b"


def _clashes_with_the_scene(phrase: str, scene: Scene) -> bool:
    """"warm sunset hues" for a lighthouse at night, "dappled morning sun" in the rain: detail that says another time
    or weather than the user's."""
    said = f"{scene.time} {scene.lighting} {scene.subject}".lower()
    own = {name for name, words in _TIME_GROUPS.items() if words.search(said)}
    if own and any(words.search(phrase) for name, words in _TIME_GROUPS.items() if name not in own):
        return True  # another time of day than the one the scene says
    grey = re.search(_GREY_WEATHER, f"{scene.weather} {scene.time} {scene.subject}", re.I)
    return bool(grey) and bool(re.search(_SUN_WORDS, phrase, re.I)) and not re.search(_SUN_WORDS, said, re.I)


def _names_a_negative(phrase: str, negatives: list[str]) -> bool:
    """"framed by swirling mist" when the user said "no fog": detail must not bring back what was kept out."""
    kept_out = {n.lower() for n in negatives} | {k for n in negatives for k in lexicon.WEATHER_KIN.get(n.lower(), ())}
    return any(re.search(r"\b" + re.escape(k) + r"(?:s|es|y)?\b", phrase, re.I) for k in kept_out if k)


def estimate_tokens(text: str) -> int:
    """Rough CLIP-BPE count: words and punctuation, a little over one token each, plus start/end tokens."""
    return int(len(re.findall(r"\w+|[^\w\s]", text)) * 1.2) + 2


def style_phrase(style: str) -> str:
    """'cartoon' -> 'cartoon style'; 'watercolor painting' stays; 'Van Gogh' -> 'in the style of Van Gogh'."""
    if not style:
        return ""
    low = style.lower()
    if low.startswith("in the style of"):
        return style
    if any(low.endswith(n) for n in lexicon.MEDIUM_NOUNS) or _has_any(low, ("art", "style", "render", "photo")):
        return style
    if _has_any(low, lexicon.STYLE_TERMS) or re.fullmatch(r"(?:the\s+)?'?(?:[2-9]0s|1[5-9][0-9]0s|20[0-9]0s|1[5-9]00s)", low):
        return f"{style} style"  # (a period: "1920s style")
    return f"in the style of {style}"


def user_parts(scene: Scene) -> list[str]:
    """The parts of the prompt that come from the user (never dropped)."""
    parts = [scene.subject, *scene.details, scene.time, scene.weather, scene.lighting, scene.framing, scene.colour,
             scene.medium_hint, style_phrase(scene.style), scene.quality]
    return [p for p in parts if p]


def render_prompt(scene: Scene, family: str = "sd", *, enrich: bool = True, token_limit: int = 77) -> str:
    """The positive prompt: the user's parts first, then added detail that fits within the encoder's window."""
    parts = user_parts(scene)
    if not enrich:
        return ", ".join(parts)
    added = [a for a in added_detail(scene, family) if not any(  # "no clouds": no "dramatic clouds" added either
        re.search(r"\b" + re.escape(n.lower()) + r"\b", a.lower()) for n in scene.negatives if n)]
    return ", ".join(parts + fit_additions(parts, added, token_limit))


def fit_additions(parts: list[str], added: list[str], token_limit: int) -> list[str]:
    """Additions not already said, dropped from the end until the prompt fits; the user's words always stay."""
    said = ", ".join(parts).lower()
    added = [a for a in dict.fromkeys(added) if a and a.lower() not in said]
    while added and estimate_tokens(", ".join(parts + added)) > token_limit:
        added.pop()
    return added


DEFAULT_NEGATIVE = "blurry, low quality, distorted, deformed, watermark"


def render_negative(scene: Scene, *, family_uses_negative: bool = True, enrich: bool = True) -> str:
    """The user's exclusions first, then (for models that use a negative prompt) the usual quality negatives."""
    parts = list(dict.fromkeys(n for n in scene.negatives if n))
    if enrich and family_uses_negative:
        parts.append(DEFAULT_NEGATIVE)
    return ", ".join(parts)
