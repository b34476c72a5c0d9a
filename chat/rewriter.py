"""Turn a drawing request into a scene, and apply an edit request to a scene.

    /work/main/.venv/bin/python -c "from chat.rewriter import parse_request; print(parse_request('please draw a fox, no people'))"

Rules, not the LLM: the user's content words, names, quoted text and numbers are kept verbatim; only the request
wrapper ("can you make me a picture of", "please draw", "I want a") is stripped; "no X" / "without X" go to the
negative prompt; image counts ("3 options", "four ideas") and format words ("wide banner", "phone wallpaper") set
count and size. Edits change the one slot they name and report how the picture should be re-made.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from chat import lexicon
from chat.scene import Scene, protect_quotes, remove_terms, restore_quotes, tidy
from chat.sizes import aspect_from_text

_NUM = r"(?:\d+|" + "|".join(re.escape(w) for w in sorted(lexicon.NUMBER_WORDS, key=len, reverse=True)) + r")"
_STRONG_COUNT_NOUNS = ("options", "option", "versions", "version", "variations", "variation", "variants", "variant",
                       "ideas", "idea", "alternatives", "alternative", "takes", "concepts", "concept", "drafts",
                       "choices", "tries", "attempts", "renditions", "samples", "examples")
_WEAK_COUNT_NOUNS = tuple(n for n in lexicon.IMAGE_COUNT_NOUNS if n not in _STRONG_COUNT_NOUNS)
_COUNT_FILLER = r"(?:(?:more|different|new|alternative|other|distinct|unique|separate|quick|possible|cool|creative|" \
                r"fun|nice|good|great|rough|simple|varied|random|fresh|interesting|design|logo|poster|style)\s+){0,3}"
_COUNT_RE = re.compile(
    r"\b(?P<n>" + _NUM + r")\s+" + _COUNT_FILLER +
    r"(?:(?P<strong>" + "|".join(_STRONG_COUNT_NOUNS) + r")\b(?:\s+(?:of|for|with|showing|featuring|on|:))?"
    r"|(?P<weak>" + "|".join(_WEAK_COUNT_NOUNS) + r")\b(?:\s+(?:of|for|showing|featuring|:)|\s*[,:]|\s*$))",
    re.I,
)
_NEG_STOP = r"(?:\s+(?:on|in|inside|around|near)\s+(?:it|them)\b)?(?=[,.;!?]|\s+(?:and|but|with|in|on|at|please|so|" \
            r"because|to|next|near|beside|under|over|behind|around|inside|for|from|there|that|which|is|are|" \
            r"anywhere|left|right|or\s+(?:a|an|the)\b)\b|$)"
_NEG_RES = [
    re.compile(r"(?:,\s*|\s+)?(?:\b(?:but|and|with|also)\s+)?\b(?:no|without|minus|excluding|except for)\s+"
               r"(?:any\s+|the\s+|a\s+|an\s+|more\s+)?(?P<x>[\w'-]+(?:\s+(?!no\b|without\b)[\w'-]+){0,3}?(?:\s+or\s+"
               r"[\w'-]+(?:\s+[\w'-]+){0,2}?)*)" + _NEG_STOP, re.I),
    re.compile(r"(?:,\s*|\s+)?\b(?:and\s+|but\s+|please\s+)?(?:don'?t|do not|never)\s+(?:include|add|show|put|want|"
               r"draw|have|use|make)\s+(?:any\s+|the\s+|a\s+|an\s+)?(?P<x>[\w'-]+(?:\s+[\w'-]+){0,3}?)" + _NEG_STOP,
               re.I),
    re.compile(r"(?:,\s*|\s+)?\b(?:and\s+|but\s+)?avoid(?:ing)?\s+(?:any\s+|the\s+)?(?P<x>[\w'-]+(?:\s+[\w'-]+){0,3}?)"
               + _NEG_STOP, re.I),
]
_NEG_SKIP = {"one", "longer", "matter", "doubt", "idea", "problem", "way", "need", "thanks", "worries", "change",
             "changes", "less", "more"}

_LEAD_FILLER = re.compile(
    r"^(?:(?:ok(?:ay)?|cool|great|nice|hmm+|alright|all right|right|so|well|yes|yeah|yep|sure|awesome|perfect|"
    r"thanks|thank you|oh|ah|hey|hi|hello|wow|good|lovely|excellent|fine|no|nah|nope|actually|hm+)\s*[,.!;:\-–—]+\s*"
    r"|(?:ok(?:ay)?|alright|now|then|next|also|and|but|please|pls|plz|kindly|so|instead|finally|lastly|maybe|"
    r"perhaps|just)\s+)",
    re.I,
)
_NEW_TOPIC = re.compile(
    r"^(?:(?:let'?s\s+(?:do|try|draw|make|have)\s+)?(?:something|anything)\s+(?:completely\s+|totally\s+|"
    r"entirely\s+|very\s+)?(?:different|else|new)|(?:a\s+)?(?:new|different|fresh)\s+(?:one|image|picture|"
    r"scene|topic|idea|drawing)|start\s+(?:over|again|fresh)|from\s+scratch|change\s+of\s+topic)\s*"
    r"(?:[:,.;!\-–—]+\s*|\s+(?:now\s+)?)(?:(?:like|instead|please|now)\b\s*[:,]?\s*)?",
    re.I,
)
_ASK = re.compile(
    r"^(?:(?:can|could|would|will)\s+(?:you|u|ya)\s+(?:please\s+|maybe\s+|kindly\s+|also\s+|now\s+|just\s+)?"
    r"|(?:i|we)(?:'d|\s+would|\s+d|\s+really|\s+just)?\s+(?:really\s+)?(?:like|love|want|wanna|need)\s+"
    r"(?:you\s+to\s+|to\s+(?:see|have|get|make|create|draw|generate)\s+)?"
    r"|(?:i'?m|i\s+am)\s+looking\s+for\s+"
    r"|(?:please\s+)?(?:give|show|get|bring|send)\s+(?:me|us)\s+"
    r"|let\s+me\s+(?:see|have|get)\s+|let'?s\s+(?:see|have|get|try|do)\s+|how\s+about\s+|what\s+about\s+"
    r"|can\s+i\s+(?:get|have|see)\s+|may\s+i\s+(?:have|see|get)\s+|i'?d\s+love\s+|time\s+for\s+)",
    re.I,
)
_DRAW = re.compile(
    r"^(?:let'?s\s+)?(?P<verb>draw|paint|sketch|create|generate|make|render|design|illustrate|produce|imagine|"
    r"visuali[sz]e|depict|show|doodle|picture|craft|come\s+up\s+with|whip\s+up|do)\s+(?:me\s+|us\s+|for\s+me\s+|"
    r"up\s+)?(?:(?:a|an|one|some)\s+(?:quick|simple|nice|cool|beautiful|pretty|new|little|small|big|great|good|"
    r"fun|lovely|detailed|high[\s-]quality)?\s*(?:image|picture|pic)\s+(?:of|showing|depicting|with)\s+)?",
    re.I,
)
_FRAME = re.compile(
    r"^(?P<art>(?:a|an|one|the|some)\s+)?(?P<adj>(?:(?:quick|simple|nice|cool|beautiful|pretty|new|little|small|"
    r"big|great|good|fun|lovely|detailed|high[\s-]quality|realistic|photorealistic|stylized|[\w-]+(?:\s+[\w-]+)?)\s+)?)"
    r"(?P<noun>picture|image|pic|photo|photograph|illustration|drawing|painting|artwork|render|rendering|sketch|"
    r"graphic|visual|piece\s+of\s+art|digital\s+art|art)\s+(?:of|showing|depicting|featuring|that\s+shows|:)\s+",
    re.I,
)
_TRAIL = re.compile(r"(?:[\s,]+(?:please|pls|plz|for\s+me|thanks|thank\s+you|thx|if\s+you\s+can|if\s+possible|"
                    r"for\s+us)\b)+[\s.!?]*$|[\s.!?]+$", re.I)
_STYLE_AT_END = re.compile(
    r"(?:,\s*|\s+)(?:as|in)\s+(?:an?\s+|the\s+)?(?P<s>(?:[\w'-]+\s+){0,3}(?:painting|drawing|sketch|illustration|"
    r"render|photo|photograph|artwork|cartoon|comic|anime|watercolou?r|pixel\s+art|style|art|engraving|etching|"
    r"woodcut|mosaic|print))\s*$",
    re.I,
)
_STYLE_OF = re.compile(r"(?:,\s*|\s+)(?:done\s+|painted\s+|drawn\s+)?in\s+the\s+style\s+of\s+(?P<s>[^,]+?)\s*$", re.I)
_VERB_MEDIUM = {"paint": "painting", "sketch": "pencil sketch", "illustrate": "illustration", "doodle": "doodle"}
_FRAME_MEDIUM = {"photo": "photo", "photograph": "photograph", "illustration": "illustration", "drawing": "drawing",
                 "painting": "painting", "sketch": "sketch", "render": "render", "rendering": "rendering",
                 "digital art": "digital art", "artwork": "artwork"}


@dataclass
class ParsedRequest:
    """What a drawing request says, before any detail is added."""

    scene: Scene
    count: int = 1
    aspect: Optional[str] = None  # 'wide' | 'tall' | 'square'
    plain: str = ""  # the user's words minus negatives (the prompt when rewriting is off)


def extract_negatives(text: str) -> tuple[str, list[str]]:
    """Take "no X" / "without X" / "don't include X" out of the text; return (text, [X, ...])."""
    negatives: list[str] = []

    def take(match: re.Match) -> str:
        raw = match.group("x").strip()
        items = [i.strip() for i in re.split(r"\s+or\s+|\s*,\s*", raw) if i.strip()]
        items = [re.sub(r"^(?:any|the|a|an|more)\s+", "", i, flags=re.I) for i in items]
        if not items or items[0].lower() in _NEG_SKIP:
            return match.group(0)
        negatives.extend(items)
        return " "

    for pattern in _NEG_RES:
        text = pattern.sub(take, text)
    return tidy(text), negatives


def extract_count(text: str) -> tuple[str, int]:
    """("give me four ideas for a card", 1) -> ("give me a card", 4); "two kittens" is content and stays."""
    match = _COUNT_RE.search(text)
    if not match:
        return text, 1
    word = match.group("n").lower()
    if not word.isdigit() and word in ("some", "few", "several") and not match.group("strong"):
        return text, 1
    count = int(word) if word.isdigit() else lexicon.NUMBER_WORDS[word]
    if count < 1:
        return text, 1
    rest = (text[: match.start()] + " " + text[match.end():]).strip()
    return tidy(rest), min(count, lexicon.MAX_IMAGES)


def strip_wrapper(text: str) -> tuple[str, str]:
    """Strip the request wrapper; return (content, medium hint from the verb or frame noun)."""
    medium = ""
    previous = None
    while text != previous:
        previous = text
        for pattern in (_LEAD_FILLER, _NEW_TOPIC, _ASK):
            text = pattern.sub("", text, count=1)
        match = _DRAW.match(text)
        if match and len(text) > match.end():
            medium = _VERB_MEDIUM.get(match.group("verb").lower(), medium)
            text = text[match.end():]
        match = _FRAME.match(text)
        if match and len(text) > match.end():
            adjectives = (match.group("adj") or "").strip()
            noun = re.sub(r"\s+", " ", match.group("noun").lower())
            if noun in _FRAME_MEDIUM:
                medium = f"{adjectives} {match.group('noun')}".strip() if adjectives else _FRAME_MEDIUM[noun]
                text = text[match.end():]
            elif not adjectives:
                text = text[match.end():]
        text = re.sub(r"^(?:of|:|-)\s+", "", text.strip(), flags=re.I)
    text = _TRAIL.sub("", text)
    return tidy(text), medium


def extract_style(text: str) -> tuple[str, str]:
    """"a harbor as an impressionist painting" -> ("a harbor", "impressionist painting")."""
    for pattern in (_STYLE_OF, _STYLE_AT_END):
        match = pattern.search(text)
        if match and match.start() > 0:
            style = match.group("s").strip()
            if pattern is _STYLE_OF:
                style = f"in the style of {style}"  # verbatim: the user's words stay
            return tidy(text[: match.start()]), style
    return text, ""


def parse_request(text: str) -> ParsedRequest:
    """A drawing request -> scene (subject verbatim, style, negatives), count and aspect."""
    protected, quotes = protect_quotes(text.strip())
    protected = re.sub(r"\s+", " ", protected)
    aspect = aspect_from_text(protected)
    protected, negatives = extract_negatives(protected)
    plain = restore_quotes(protected, quotes)
    protected, count = extract_count(protected)
    content = lexicon.ASPECT_FORMAT_ONLY.sub(" ", protected)
    content, medium = strip_wrapper(tidy(content))
    content, style = extract_style(content)
    if not content:  # everything looked like wrapper: keep the user's words rather than an empty prompt
        content = tidy(protected)
    scene = Scene(
        subject=restore_quotes(content, quotes),
        style=restore_quotes(style, quotes),
        negatives=[restore_quotes(n, quotes) for n in negatives],
        medium_hint=medium,
    )
    return ParsedRequest(scene=scene, count=count, aspect=aspect, plain=plain)


# ---- edits ---------------------------------------------------------------------------------------------------------
SLOTS = ("style", "time", "weather", "lighting", "colour", "framing")
_SLOT_TERMS = {
    "time": lexicon.TIME_TERMS,
    "weather": lexicon.WEATHER_TERMS,
    "colour": lexicon.COLOUR_TREATMENTS,
    "framing": lexicon.FRAMING_TERMS,
    "style": lexicon.STYLE_TERMS,
}
_ZOOM = {"zoom in": "close-up shot", "zoom out": "wide shot", "closer": "close-up shot", "further away": "wide shot",
         "pull back": "wide shot", "get closer": "close-up shot"}
_TOO = {"dark": "brighter, well lit", "bright": "darker, moodier light", "busy": "simpler, clean composition",
        "cluttered": "simpler, clean composition", "plain": "more detail", "boring": "more vivid and dynamic",
        "small": "larger subject", "saturated": "muted colors", "dull": "vibrant colors", "warm": "cooler tones",
        "cold": "warmer tones", "cool": "warmer tones", "blurry": "sharp focus"}
_COMPARATIVE = {"brighter": ("lighting", "brighter lighting"), "darker": ("lighting", "darker, moodier lighting"),
                "warmer": ("colour", "warmer tones"), "cooler": ("colour", "cooler tones"),
                "moodier": ("lighting", "moody lighting"), "sunnier": ("weather", "sunny"),
                "more colorful": ("colour", "more colorful"), "more colourful": ("colour", "more colourful"),
                "more vibrant": ("colour", "vibrant colors"), "more realistic": ("style", "photorealistic"),
                "realistic": ("style", "photorealistic"), "photorealistic": ("style", "photorealistic")}
_QUALITY = re.compile(r"^(?:(?:add|with|give\s+(?:it|me))\s+)?(?:a\s+lot\s+)?(?:more|extra|additional|finer)\s+"
                      r"(?:detail|details|detailed|texture|textures|intricate)\b|^(?:make\s+it\s+)?more\s+detailed|"
                      r"^(?:add\s+)?(?:some\s+)?detail(?:s)?$|^(?:make\s+it\s+)?(?:more\s+)?intricate", re.I)
_OBJ = r"(?:the|that|those|this|these|all\s+the|her|his|its|their)\s+"
_RE_REMOVE = re.compile(r"^(?:remove|delete|erase|get\s+rid\s+of|take\s+(?:out|away)|drop|lose|hide|eliminate|"
                        r"clear)\s+(?:" + _OBJ + r")?(?P<x>.+?)(?:\s+(?:from|out\s+of)\s+(?:the|this|it).*)?$", re.I)
_RE_REPLACE = re.compile(r"^(?:replace|swap|switch|exchange|substitute)\s+(?:" + _OBJ + r")?(?P<x>.+?)\s+"
                         r"(?:with|for|by|to)\s+(?P<y>.+)$", re.I)
_RE_CHANGE = re.compile(r"^(?:make|turn|change|paint|color|colour|recolou?r|switch|set|have)\s+(?:" + _OBJ +
                        r")(?P<x>.+?)\s+(?:to\s+be\s+|to\s+|into\s+|look\s+|be\s+|a\s+bit\s+|more\s+)?(?P<y>.+)$",
                        re.I)
_RE_WHOLE = re.compile(
    r"^(?:make|turn|change|set|render|redo|do|transform|convert|put|switch|reimagine|recreate|show|have|give|let|"
    r"paint|draw|restyle|style|shoot|frame)\s+(?:this\s+(?:photo|image|picture|one|drawing|pic)|that\s+one|"
    r"the\s+(?:image|picture|photo|scene|whole\s+(?:thing|image|picture|scene)|drawing|painting|background)|it|"
    r"this|that|everything|me)?\s*(?:look\s+like\s+|into\s+|to\s+|as\s+|like\s+|be\s+|in\s+|so\s+it'?s\s+|so\s+that\s+"
    r"it'?s\s+)?(?P<y>.*)$", re.I)
_RE_ADD = re.compile(r"^(?:add|put|place|include|insert|draw|paint|throw\s+in|give\s+(?:it|him|her|them)|there\s+"
                     r"should\s+be|i\s+want|show)\s+(?P<y>.+)$", re.I)
_RE_USE = re.compile(r"^(?:use|apply|try|go\s+with|with|in|as|at|during|but|now|more|less|it\s+should\s+be|"
                     r"what\s+if\s+(?:it|this|that)\s+(?:was|were|is|had)|"
                     r"i\s+want\s+it(?:\s+to\s+be)?|let\s+it\s+be|it\s+needs|make\s+it)\s+(?P<y>.+)$", re.I)
_RE_TOO = re.compile(r"^(?:it'?s|it\s+is|this\s+is|that'?s|looks|it\s+looks)\s+(?:a\s+bit\s+|way\s+|much\s+)?too\s+"
                     r"(?P<y>\w+)", re.I)


@dataclass
class EditPlan:
    """What an edit request changes and how the picture should be re-made."""

    scene: Scene
    kinds: list[str] = field(default_factory=list)  # style, time, weather, lighting, colour, framing, recolor,
    # remove, replace, add, quality, aspect, detail
    aspect: Optional[str] = None
    changes: list[str] = field(default_factory=list)  # short phrases for the reply ("night", "the dog removed")
    method: str = "reprompt"
    strength: Optional[float] = None


def classify_phrase(phrase: str) -> Optional[str]:
    """Which slot a modifier phrase sets ("dramatic side lighting" -> lighting), or None for plain content."""
    low = phrase.lower().strip()
    if not low:
        return None
    if re.search(r"\bstyle\s+of\b|\bin\s+(?:an?\s+)?[\w-]+(?:\s+[\w-]+)?\s+style\b", low):
        return "style"
    if aspect_from_text(low) and len(low.split()) <= 8 and not re.search(r"\b(?:with|of)\b", low):
        return "aspect"
    if re.search(r"\b(?:zoom(?:ed)?\s+(?:in|out)|closer|further\s+away|pull\s+back)\b", low):
        return "framing"
    checks = [
        ("framing", lexicon.FRAMING_TERMS),
        ("lighting", lexicon.LIGHTING_WORDS),
        ("time", lexicon.TIME_TERMS),
        ("weather", lexicon.WEATHER_TERMS),
        ("colour", lexicon.COLOUR_TREATMENTS),
        ("style", lexicon.STYLE_TERMS),
    ]
    for slot, terms in checks:
        if any(re.search(r"\b" + re.escape(t).replace(r"\ ", r"[\s-]+") + r"\b", low) for t in terms):
            if slot == "style" and re.match(r"^(?:an?\s+)?(?:\w+\s+){0,2}(?:with|of)\b", low):
                return None  # "a painting of a ship" is content, not a style change
            return slot
    if re.search(r"\bstyle\b|\bin\s+the\s+style\s+of\b", low):
        return "style"
    return None


def _clean_modifier(phrase: str) -> str:
    phrase = re.sub(r"^(?:what\s+if|how\s+about\s+if|imagine\s+if)\s+(?:it|this|that|the\s+\w+)\s+(?:was|were|is|had|"
                    r"became)\s+", "", phrase.strip(), flags=re.I)
    phrase = re.sub(r"[?]+$", "", phrase)
    phrase = re.sub(r"^(?:(?:a|an|the|some|more|into|to|in|as|look\s+like|like|be)\s+)+", "", phrase.strip(), flags=re.I)
    phrase = re.sub(r"^(?:in\s+)?(?:the\s+)?style\s+of\s+(?:an?\s+)?", "", phrase, flags=re.I)
    phrase = _TRAIL.sub("", phrase)
    return tidy(phrase)


def _slot_value(slot: str, phrase: str) -> str:
    value = _clean_modifier(phrase)
    if slot == "time":
        if re.match(r"^(?:night|nighttime|night time|midnight|sunset|sunrise|dawn|dusk|noon|midday|twilight|"
                    r"golden hour|blue hour|daybreak|sundown)\b", value, re.I):
            return "at " + value
    if slot == "framing":
        for key, shot in _ZOOM.items():
            if key in value.lower():
                return shot
    return value


def _noun_pattern(noun: str) -> str:
    words = noun.lower().split()
    last = words[-1]
    stem = re.sub(r"(?:es|s)$", "", last) if len(last) > 3 else last
    body = r"\s+".join(re.escape(w) for w in words[:-1])
    return (body + r"\s+" if body else "") + re.escape(stem) + r"(?:s|es)?"


_NP_START = r"(?:(?<=^)|(?<=[\s,]))(?:(?:a|an|the|some|two|three|four|\d+|his|her|its|their|my)\s+)?"
_FUNCTION_WORDS = r"(?:a|an|the|with|and|or|on|in|at|of|near|by|to|from|under|over|behind|beside|next|into|onto|" \
                  r"for|is|are|while|that|which|who|his|her|its|their|my|some)"
_ADJ = r"(?:(?!" + _FUNCTION_WORDS + r"\b)[\w'-]+\s+){0,3}?"


def find_np(text: str, noun: str) -> Optional[re.Match]:
    """The noun phrase (article + up to three modifiers + noun) that names `noun` in text."""
    pattern = re.compile(_NP_START + r"(?P<adj>" + _ADJ + r")\b(?P<noun>" + _noun_pattern(noun) + r")\b", re.I)
    best = None
    for match in pattern.finditer(text):
        best = best or match
        break
    return best


def recolor(text: str, noun: str, colour: str) -> Optional[str]:
    """"a red vintage car" + (car, blue) -> "a blue vintage car"; None when the noun isn't in text."""
    match = find_np(text, noun)
    if not match:
        return None
    adjectives = match.group("adj")
    colour_re = re.compile(r"\b(?:" + "|".join(re.escape(c) for c in lexicon.COLOURS) + r")(?:-?colou?red|ish)?\b"
                           r"(?:\s+and\s+\w+)?\s*", re.I)
    kept = colour_re.sub("", adjectives)
    article = text[match.start(): match.start("adj")]
    new_np = f"{article}{colour} {kept}{match.group('noun')}"
    return tidy(text[: match.start()] + new_np + text[match.end():])


def remove_object(text: str, noun: str) -> tuple[str, bool]:
    """Take the noun phrase (and the words that attach it) out of a phrase."""
    match = find_np(text, noun)
    if not match:
        return text, False
    start, end = match.start(), match.end()
    before = text[:start]
    after = text[end:]
    connector = re.search(r"(?:\b(?:with|and|near|beside|next\s+to|by|plus|featuring|holding|behind|in\s+front\s+of|"
                          r"under|over|on)\s+)$", before, re.I)
    if connector:
        before = before[: connector.start()]
        # a place phrase right after the removed thing described where it was ("with a dog on the rug")
        after = re.sub(r"^\s+(?:on|in|at|under|by|near|beside|next\s+to)\s+(?:the|a|an|his|her|its)\s+[\w'-]+"
                       r"(?:\s+[\w'-]+)?(?=[,.;]|\s+(?:and|with)\b|$)", "", after, flags=re.I)
    elif not before.strip():
        # the first noun phrase: drop it and a participle that belonged to it ("a cat sleeping on a sofa")
        after = re.sub(r"^\s+(?:is\s+|are\s+)?[\w'-]+ing\b", "", after, flags=re.I)
        after = re.sub(r"^\s*(?:on|in|at|with|near|under|by)\s+", " ", after, flags=re.I)
    result = tidy(before + " " + after)
    return result, True


def apply_edit(scene: Scene, text: str) -> EditPlan:
    """Apply an edit request to a copy of the scene, clause by clause ("zoom in, make it a close-up shot")."""
    plan = EditPlan(scene=scene.copy())
    protected, quotes = protect_quotes(text.strip())
    protected, negatives = extract_negatives(protected)
    for neg in negatives:
        _remove_thing(plan, restore_quotes(neg, quotes))
    clauses = [c for c in re.split(r"\s*(?:[,;]|\band\s+then\b|\bthen\b|\band\s+(?=(?:make|add|remove|change|turn|"
                                   r"put|use|zoom|give|replace)\b)|\.\s+)\s*", protected) if c and c.strip()]
    for clause in clauses:
        _apply_clause(plan, restore_quotes(clause, quotes))
    if not plan.kinds:  # nothing recognised: the words are an addition to the picture
        cleaned = _clean_modifier(strip_wrapper(restore_quotes(protected, quotes))[0])
        if cleaned:
            plan.scene.details.append(cleaned)
            plan.kinds.append("detail")
            plan.changes.append(cleaned)
    _choose_method(plan)
    return plan


def _remove_thing(plan: EditPlan, thing: str) -> None:
    thing = _clean_modifier(re.sub(r"^(?:all|every|any)\s+", "", thing, flags=re.I))
    scene = plan.scene
    scene.subject, _ = remove_object(scene.subject, thing)
    scene.details = [d for d in (remove_object(d, thing)[0] for d in scene.details) if d]
    if thing.lower() not in (n.lower() for n in scene.negatives):
        scene.negatives.append(thing)
    plan.kinds.append("remove")
    plan.changes.append(f"no {thing}")


def _set_slot(plan: EditPlan, slot: str, phrase: str) -> None:
    scene = plan.scene
    value = _slot_value(slot, phrase)
    if not value:
        return
    if slot == "aspect":
        plan.aspect = aspect_from_text(phrase)
        plan.kinds.append("aspect")
        plan.changes.append({"wide": "wide format", "tall": "tall format", "square": "square format"}[plan.aspect])
        return
    terms = _SLOT_TERMS.get(slot)
    if terms:  # the old value of this slot goes, wherever the user had put it
        scene.subject = remove_terms(scene.subject, terms)
        scene.details = [d for d in (remove_terms(d, terms) for d in scene.details) if d]
    if slot == "time":  # a new time of day also replaces lighting tied to the old one
        scene.subject = remove_terms(scene.subject, ("golden light", "sunlight", "moonlight"))
    if slot == "style":
        scene.medium_hint = ""
    setattr(scene, slot, value)
    plan.kinds.append(slot)
    plan.changes.append(re.sub(r"^(?:at|in|during|with)\s+", "", value))


def _apply_clause(plan: EditPlan, clause: str) -> None:
    raw = clause
    previous = None
    while previous != clause:
        previous = clause
        clause = _ASK.sub("", _LEAD_FILLER.sub("", clause.strip(), count=1), count=1)
    clause = _TRAIL.sub("", clause).strip()
    if not clause:
        return
    low = clause.lower()
    if _QUALITY.search(low):
        plan.scene.quality = "intricate details, fine textures"
        plan.kinds.append("quality")
        plan.changes.append("more detail")
        return
    for key, (slot, value) in _COMPARATIVE.items():
        if re.fullmatch(r"(?:make\s+(?:it|this|the\s+image)\s+)?(?:a\s+(?:bit|little)\s+|much\s+|even\s+)?" +
                        re.escape(key), low):
            _set_slot(plan, slot, value)
            return
    match = _RE_TOO.match(low)
    if match and match.group("y") in _TOO:
        fix = _TOO[match.group("y")]
        slot = classify_phrase(fix) or "lighting"
        _set_slot(plan, slot if slot != "aspect" else "lighting", fix)
        return
    if re.match(r"^zoom\s+(?:in|out)\b|^(?:get\s+)?closer\b|^pull\s+back\b", low):
        _set_slot(plan, "framing", clause)
        return
    match = _RE_REMOVE.match(clause)
    if match:
        _remove_thing(plan, match.group("x"))
        return
    match = _RE_REPLACE.match(clause)
    if match:
        _replace(plan, match.group("x"), match.group("y"))
        return
    match = _RE_CHANGE.match(clause)
    if match and re.match(r"^(?:background|backdrop|setting|scenery)$", match.group("x").strip(), re.I):
        _set_background(plan, match.group("y"))
        return
    if match and not re.match(r"^(?:image|picture|photo|scene|whole|background\b)", match.group("x"), re.I):
        noun, target = match.group("x"), _clean_modifier(match.group("y"))
        if _is_colour(target):
            _recolor(plan, noun, target)
            return
        if plan.scene.mentions(noun.split()[-1]) and not classify_phrase(target):
            _replace(plan, noun, target)
            return
    match = _RE_WHOLE.match(clause)
    if match and match.group("y").strip():
        phrase = match.group("y")
        _modifier(plan, phrase)
        return
    match = _RE_ADD.match(clause)
    if match:
        phrase = match.group("y")
        slot = classify_phrase(phrase)
        if slot and not re.match(r"^(?:an?|one|two|three|\d+)\s+(?!\w+\s+(?:light|lighting)\b)", phrase, re.I):
            _set_slot(plan, slot, phrase)
        else:
            _add(plan, phrase)
        return
    match = _RE_USE.match(clause)
    if match:
        _modifier(plan, match.group("y"))
        return
    slot = classify_phrase(clause)
    if slot:
        _set_slot(plan, slot, clause)
        return
    if raw.strip():
        _add(plan, clause)


def _modifier(plan: EditPlan, phrase: str) -> None:
    slot = classify_phrase(phrase)
    if slot:
        _set_slot(plan, slot, phrase)
    elif _is_colour(_clean_modifier(phrase)):
        plan.scene.colour = f"{_clean_modifier(phrase)} color palette"
        plan.kinds.append("colour")
        plan.changes.append(_clean_modifier(phrase))
    else:
        _add(plan, phrase)


def _is_colour(text: str) -> bool:
    words = re.sub(r"[-]", " ", text.lower()).split()
    return bool(words) and all(w in lexicon.COLOURS or w in ("and", "colored", "coloured", "ish") for w in words)


def _recolor(plan: EditPlan, noun: str, colour: str) -> None:
    noun = _clean_modifier(noun)
    scene = plan.scene
    new = recolor(scene.subject, noun, colour)
    if new is not None:
        scene.subject = new
    else:
        for i, detail in enumerate(scene.details):
            new_detail = recolor(detail, noun, colour)
            if new_detail is not None:
                scene.details[i] = new_detail
                break
        else:
            scene.details.append(f"{colour} {noun}")
    plan.kinds.append("recolor")
    plan.changes.append(f"{colour} {noun}")


def _replace(plan: EditPlan, old: str, new: str) -> None:
    old, new = _clean_modifier(old), tidy(_TRAIL.sub("", new))
    scene = plan.scene
    match = find_np(scene.subject, old)
    if match:
        article = scene.subject[match.start(): match.start("adj")]
        new_np = new if re.match(r"^(?:a|an|the|some|\d+)\b", new, re.I) else f"{article}{new}"
        scene.subject = tidy(scene.subject[: match.start()] + new_np + scene.subject[match.end():])
    else:
        scene.details = [d for d in (remove_object(d, old)[0] for d in scene.details) if d]
        scene.details.append(new)
    old_head = old.split()[-1]
    if old_head.lower() not in (n.lower() for n in scene.negatives) and not scene.mentions(old_head):
        scene.negatives.append(old)
    plan.kinds.append("replace")
    plan.changes.append(f"{new} instead of {old}")


def _set_background(plan: EditPlan, phrase: str) -> None:
    """'change the background to a city': the new background replaces any earlier one."""
    value = _clean_modifier(phrase)
    if not value:
        return
    plan.scene.details = [d for d in plan.scene.details if not d.endswith(" background")]
    plan.scene.details.append(f"{value} background" if not value.endswith("background") else value)
    plan.kinds.append("replace")
    plan.changes.append(f"{value} background")


def _add(plan: EditPlan, phrase: str) -> None:
    phrase = tidy(_TRAIL.sub("", phrase))
    phrase = re.sub(r"^(?:also|too|as\s+well)\s+|\s+(?:too|as\s+well|also)$", "", phrase, flags=re.I)
    if not phrase:
        return
    scene = plan.scene
    # an added thing is no longer excluded
    scene.negatives = [n for n in scene.negatives if not re.search(r"\b" + re.escape(n.lower()), phrase.lower())]
    scene.details.append(phrase)
    plan.kinds.append("add")
    plan.changes.append(phrase)


# strength per kind of change for img2img edits (how much of the picture may move)
STRENGTH = {"quality": 0.35, "colour": 0.5, "lighting": 0.5, "time": 0.55, "weather": 0.55, "add": 0.5,
            "detail": 0.5, "recolor": 0.5, "replace": 0.6, "remove": 0.6, "framing": 0.65, "style": 0.65,
            "aspect": 0.5}
_IMG2IMG_KINDS = {"add", "detail", "quality"}


def _choose_method(plan: EditPlan) -> None:
    """Same-seed re-render for global changes, img2img where the picture must be kept, resize for a new shape."""
    kinds = set(plan.kinds)
    if kinds == {"aspect"}:
        plan.method = "resize"
    elif kinds & _IMG2IMG_KINDS and not kinds - _IMG2IMG_KINDS - {"aspect"}:
        plan.method = "img2img"
        plan.strength = max(STRENGTH.get(k, 0.5) for k in kinds)
    else:
        plan.method = "reprompt"
    if plan.method != "img2img":
        plan.strength = None


def upload_strength(plan: EditPlan) -> float:
    """Edits of an uploaded photo are always img2img: strength by the size of the change."""
    return max((STRENGTH.get(k, 0.55) for k in plan.kinds), default=0.55)
