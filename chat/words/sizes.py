"""Aspect words -> image sizes near the model's native area.

    .venv/bin/python -c "from chat.words.sizes import aspect_from_text; print(aspect_from_text('a phone wallpaper'))"
"""
from __future__ import annotations

import re
from typing import Optional

from chat.words import lexicon

RATIOS = {"wide": 16 / 9, "tall": 9 / 16, "square": 1.0}

_ASPECT_PATTERNS = [
    (aspect, re.compile(r"\b(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in
                                              sorted(phrases, key=len, reverse=True)) + r")(?:s)?\b", re.I))
    for aspect, phrases in lexicon.ASPECT_PHRASES.items()
] + [  # "a cover for my fantasy novel", "a thumbnail for my youtube video about baking": the format, words between
    ("tall", re.compile(r"\bcover\s+(?:art\s+)?for\s+(?:my|our|a|an|the)\s+(?:[\w'-]+\s+){0,2}(?:novel|book|ebook|e-book|"
                        r"comic|zine|magazine|story|memoir)\b", re.I)),
    ("square", re.compile(r"\bcover\s+(?:art\s+)?for\s+(?:my|our|a|an|the)\s+(?:[\w'-]+\s+){0,2}(?:album|podcast|"
                          r"playlist|single|ep|mixtape)\b", re.I)),
    ("wide", re.compile(r"\bthumbnail\s+for\s+(?:my|our|a|the)\s+(?:[\w'-]+\s+){0,2}(?:youtube|video|vlog|stream)\b"
                        r"|\byoutube\s+(?:video\s+)?(?:thumbnail|banner|header)\b|\bvideo\s+thumbnail\b", re.I)),
]
# bare shape words only count when they describe the picture, not an object ("a wide river" is content)
_SHAPE_RE = re.compile(
    r"""
    \b(?:(?P<a>wide|wider|widescreen|horizontal|landscape|tall|taller|vertical|portrait|square)\s+(?:(?:isometric|cinematic|watercolou?r|oil|digital|vector|flat|minimalist|minimal|retro|vintage|panoramic|detailed|colou?rful|pixel|art|3d|cartoon|anime|realistic|photorealistic|moody|dramatic|simple|clean|cute|pastel)\s+){0,2}(?:image|picture|photo|version|format|shape|size|one|shot|crop|frame|ratio|orientation|aspect|banner|poster|wallpaper|header|cover|card|flyer|print|layout|graphic|background|canvas|composition|illustration|painting|design)
    |(?:make|crop|turn|change|resize|reframe|do|render|redo|want|get|have)\s+(?:it|this|that|the\ (?:image|picture|photo))\s+(?:(?:to|into|as|in)\s+)?(?:an?\s+)?(?:(?:bit|little|tad|lot)\s+|slightly\s+|much\s+|way\s+|even\s+|really\s+|very\s+|super\s+|extra\s+|properly\s+)?(?P<b>wide|wider|widescreen|horizontal|landscape|tall|taller|vertical|portrait|square)\b(?!\s+(?:of|with)\b)
    |(?:switch|change|flip|rotate|turn|go|swap)\s+(?:it\s+|this\s+)?(?:(?:over|back)\s+)?(?:to|into|in)\s+(?:an?\s+)?(?P<f>portrait|landscape|vertical|horizontal|square|widescreen)(?:\s+(?:mode|format|orientation|layout|view|version))?(?:\s+(?:please|instead|pls))?[.!]*$
    |^(?:make\s+it\s+|in\s+|as\s+(?:an?\s+)?)?(?P<c>wide|wider|widescreen|horizontal|landscape|tall|taller|vertical|square)(?:\s+(?:please|instead|version|format))?[.!]*$
    |,\s*(?P<h>wide|square|vertical|horizontal|widescreen)\s*(?=,|[.!]|$)
    |(?:screen|poster|wallpaper|flyer|cover|card|image|picture|pic|print|banner|story|background|art|illustration)\s*,\s*(?P<i>tall|portrait)\s*(?=,|[.!]|$)
    |\b(?:formato|format|formaat|forma)\s*:?\s+(?P<j>wide|tall|square|vertical|horizontal|landscape|portrait)\b
    |^(?:(?:can|could)\s+(?:you|u)\s+)?make\s+(?:it|this|the\s+(?:image|picture))\s+(?:\d+\s*(?:x|times)|(?:two|three|four)\s+times|twice\s+as)\s+(?P<g>wider|taller|wide|tall)(?:\s+(?:please|pls))?[.!?]*$
    |^(?:(?:can|could)\s+(?:you|u)\s+)?(?:(?P<d>widen|outpaint)(?:\s+(?:it|this|the\s+(?:image|picture|scene|sides)))?(?:\s+(?:a\s+(?:bit|little|tad)|slightly|some|more|please))*\s*$
       |(?P<d2>stretch|extend|expand|lengthen|outpaint)\s+(?:it\s+|this\s+|the\s+(?:image|picture|scene)\s+)?(?:out\s+)?(?:(?:to\s+)?the\s+sides|(?:to\s+the\s+)?left\s+and\s+right|sideways|horizontally|wider)(?!\s+of\b)
       |(?P<e>stretch|extend|expand|lengthen|outpaint)\s+(?:it\s+|this\s+|the\s+(?:image|picture|scene)\s+)?(?:up\s+and\s+down|vertically|taller|upwards|the\s+top\s+and\s+bottom))\b)
    """,
    re.I | re.X,
)
# "for my laptop", "on my phone", "a desktop version", "tv size": a device names the shape
DEVICE_RE = re.compile(
    r"(?:\b(?:for|on|to\s+fit|fits?|fitting)\s+(?:(?:my|a|the|your|our|his|her)\s+)?(?:(?:new|big|small|work)\s+)?"
    r"(?P<a>" + "|".join(lexicon.DEVICE_ASPECT) + r")(?:\s+(?:screen|wallpaper|background|lock\s*screen|display))?\b"
    r"|\b(?P<b>" + "|".join(lexicon.DEVICE_ASPECT) + r")\s+(?:version|size|format|wallpaper|background|screen|"
    r"display|ratio|aspect(?:\s+ratio)?)\b)", re.I)
_SHAPE_TO_ASPECT = {"wide": "wide", "wider": "wide", "widescreen": "wide", "horizontal": "wide", "landscape": "wide",
                    "tall": "tall", "taller": "tall", "vertical": "tall", "portrait": "tall", "square": "square"}


# why a shape is wanted, said after it ("… so it fills the whole slide", "… for my vtt screen", "… because it's for
# instagram", "… to fit my phone"): not content
SHAPE_REASON = (r"(?:(?:it'?s|its|it\s+is|this\s+is)\s+(?:for\s+)?(?:an?|the|my|our)\s+(?:[\w'-]+\s+){0,2}(?:menu|poster|flyer|card|"
                r"cover|banner|page|print|slide|story|post|wallpaper|invite|invitation|sign|label|header|book|screen)s?\b|"
                r"so\s+(?:that\s+)?(?:it|i|we|they|you|people|there'?s|theres|there\s+(?:is|are|will\s+be))\b|for\s+(?:my|our|"
                r"the|a|an|his|her|their)\s+(?:[\w'-]+\s+){0,3}?[\w'-]+\b|to\s+(?:fit|"
                r"fill|cover)\b|(?:because|since|cause|cuz)\b|as\s+(?:it|i|we|my|our|the)\b|(?:it'?s|its|it\s+is|it|this|that)\s+"
                r"(?:(?:goes|is\s+going|'?s\s+going|will\s+go|'ll\s+go|will\s+be|'ll\s+be|gets|is\s+getting)\s+(?:up\s+)?"
                r"(?:on|onto|in|into|along|above|over|across|behind|under|beside|by|printed|used|framed|hung)|for)\b|"
                r"like\s+(?:an?|the|my)\s+(?:[\w-]+\s+)?(?:screen|tv|monitor|movie|film|cinema|phone|paperback|kindle|"
                r"(?:book|magazine|kindle|album)\s+cover|banner|billboard|postcard|card|invitation|invite|poster|flyer|bookmark|"
                r"door|page|leaflet)\b)")  # ("tall like a kindle cover"; not "a
# royal portrait, like an oil painting", where the portrait is the picture's kind)
# ("…, it goes on a board", "…, it goes along the hallway")


# "now a square version of it for instagram": the same picture in another shape
SHAPE_WORDS = r"(?:square|wide|wider|tall|taller|portrait|landscape|vertical|horizontal|widescreen)"
SHAPED_VERSION = re.compile(r"^(?:(?:now|and|ok(?:ay)?|then|maybe)[,\s]+)*(?:(?:give|get|make|do|show|send|have)\s+(?:me\s+|us\s+)?|"
                            r"(?:can|could|may)\s+(?:i|we|you)\s+(?:please\s+)?(?:have|get|see|make|do)\s+|(?:i'?d|we'?d)\s+"
                            r"(?:like|love)\s+|(?:i|we)\s+(?:want|need)\s+)?"
                            r"(?:(?:a|an)\s+)?" + SHAPE_WORDS +
                            r"\s+(?:version|one|copy)\b", re.I)


def asks_reshape(text: str) -> bool:
    """"widen it", "extend the sides", "stretch it up and down": the picture's shape, asked by a verb."""
    shape = _SHAPE_RE.search(text.lower().strip())
    return bool(shape and (shape.group("d") or shape.group("d2") or shape.group("e") or shape.group("f") or shape.group("g")))


# "can the flyer picture be wide?": the shape, asked of the picture
SHAPE_ASKED_OF_IT = re.compile(r"\b(?:can|could|should)\s+(?:it|this|that|the\s+(?:[\w'-]+\s+)?(?:image|picture|photo|pic|one|"
                               r"version|flyer|poster|banner|print))\s+be\s+(?:a\s+(?:bit|little)\s+|more\s+)?(?P<shape>wide|wider|"
                               r"tall|taller|square|vertical|horizontal)\b", re.I)
_ORIENTATION = re.compile(r"\b(?:in\s+|as\s+)?(landscape|portrait|square|wide|tall)\s+(?:format|orientation|mode|layout)\b|"
                          # "Taller please, it's going on a banner": a shape said first, outright
                          r"^(?:(?:a\s+(?:bit|little|lot)|much|way)\s+)?(taller|wider)(?=\s+(?:please|pls|plz)\b|\s*[,.!]|\s*$)|"
                          + SHAPE_ASKED_OF_IT.pattern + "|"
                          r"\bin\s+(landscape|portrait)\b(?!\s+(?:of|photo|painting|photography|lighting|light|style|mode|"
                          r"shot|pose))|(?:^|\bit\s+|\bin\s+|\bas\s+|,\s*)(horizontal(?:ly)?|vertical(?:ly)?)(?=\s+(?:format|"
                          r"orientation|version|image|picture|please|pls)\b|[\s.!?]*$)|\b(\d{1,2}\s*:\s*\d{1,2})\s+(?:format|ratio|aspect(?:\s+ratio)?)\b|"
                          r"^(?:make\s+it\s+|in\s+|at\s+)?(\d{1,2}\s*(?:by|x|×)\s*\d{1,2})(?:\s+(?:format|ratio|please))?[\s.!]*$|"
                          # "Portrait please, like a 5x7 card", "…, colourful, for kids, landscape": asked outright
                          r"\b(landscape|portrait)\s+(?:please|pls|plz)\b|,\s*(landscape|portrait)\s*[.!]*$|"
                          # "…, portrait for an A4 flyer": the shape of what it is for
                          r"(?:^|,\s*)(landscape|portrait)\s+for\s+(?:an?|my|our|the)\s+(?:[\w'-]+\s+){0,2}(?:flyer|poster|print|"
                          r"page|card|leaflet|cover|banner|screen|wall|frame|invite|invitation)s?\b|"
                          # "…, in a moonlit forest, tall", "…, cinematic, super wide", "…, wide so it fits the van": the
                          # last comma-clause is the shape alone, or the shape and why
                          r"(?<!\bperson)(?<!\bman)(?<!\bwoman)(?<!\bguy)(?<!\bgirl)(?<!\bboy)(?<!\blady)(?<!\bme)(?<!\bhim)"
                          r"(?<!\bher)[,.!?]\s*(?:super\s+|extra\s+|very\s+|really\s+|nice\s+and\s+)?(wide|tall|square)(?:(?:\s+(?:please|"
                          r"pls|plz|too|also|as\s+well|again|format|one|version|pic|picture|image|labels?|cards?|posters?|prints?|"
                          r"stickers?|pages?|flyers?|covers?|banners?))*\s*[.!?]*$|(?:\s+(?:please|pls|plz))?,?\s+(?:for\s+[\w'-]+\b|" +
                          SHAPE_REASON + r"))")


# a format said as a fragment of its own after the request ("… morning light. landscape", "Could you draw her? portrait
# orientation pls"): alone it is the picture's shape, even "landscape" or "portrait", which elsewhere can be content
_FORMAT_FRAGMENT = re.compile(r"^(?:(?:and|also|oh|ps|p\.s\.)[,:\s]+)?(?:in\s+|as\s+(?:an?\s+)?|make\s+it\s+)?(?P<w>wide|widescreen|"
                              r"horizontal|landscape|tall|vertical|portrait|square)(?:,?\s+(?:please|pls|plz)|\s+(?:format|orientation|mode|layout|"
                              r"ratio|shape|version|one|please|pls|plz|if\s+possible|thanks|thx|ty|labels?|cards?|posters?|prints?|"
                              r"stickers?|pages?|flyers?|covers?|banners?)|,?\s*(?:a[3-6]|us\s+letter|"
                              r"letter)(?:\s+(?:size|paper|page))?|[,\s]+like\s+(?:an?|the|my)\s+(?:[\w-]+\s+)?(?:screen|tv|"
                              r"monitor|movie|film|cinema|phone|paperback|book|novel|cover|poster|kindle|magazine|card|invitation|"
                              r"invite|postcard|flyer|bookmark|door|page))*"
                              # "…, square for instagram", "…, wide for our blog header": the shape, and where it goes
                              r"(?:,?\s+(?:please\s*,?\s*)?for\s+(?:insta(?:gram)?|ig|youtube|tiktok|pinterest|facebook|"
                              r"linkedin|twitter|the\s+web|web|print|printing|(?:my|our|the|an?|his|her|their)\s+[\w'-]+"
                              r"(?:\s+[\w'-]+){0,2}))?"
                              r"(?:\s*,\s*(?:(?:it|this|that|they)\s+(?:will|'ll|goes|is|are|has|needs|must|should)|(?:it'?s|its|it\s+is|they'?re|"
                              r"this\s+is)\s+(?:going|gonna|for|to\s+go)|(?:it|this|they)\s+(?:will|'ll)\s+go)\b[^.!?;]*)?$",
                              re.I)  # ("Portrait, A4 please", "wide like a screen", "Tall please, it will go on a page")
_FRAGMENT_BREAK = re.compile(r"[.!?;\n]+|\s[-–—]\s")


_TRAILING_FORMAT = re.compile(r"(?:[.!?;,\n]+|\s[-–—:]\s)\s*" + _FORMAT_FRAGMENT.pattern.strip("^$") + r"[\s.!?]*$", re.I)


def without_format_fragment(text: str) -> str:
    """"a lighthouse at sunset. Square" -> "a lighthouse at sunset": a shape said last, on its own, is no content."""
    return _TRAILING_FORMAT.sub("", text).strip() or text


def _format_fragment(text: str) -> Optional[str]:
    """The shape said in a later fragment of its own ("a kitchen, morning light. landscape"); None otherwise."""
    fragments = [f.strip(" ,") for f in _FRAGMENT_BREAK.split(text) if f and f.strip(" ,")]
    for fragment in fragments[1:]:
        said = _FORMAT_FRAGMENT.match(fragment)
        if said:
            return _SHAPE_TO_ASPECT[said.group("w").lower()]
    return None


def _ratio_aspect(ratio: str) -> str:
    w, h = (int(n) for n in re.findall(r"\d+", ratio))
    return "wide" if w > h else "tall" if h > w else "square"


def aspect_from_text(text: str) -> Optional[str]:
    """'wide', 'tall', 'square' or None, from format words ("website banner", "phone wallpaper", "instagram")."""
    low = text.lower()
    said = _ORIENTATION.search(low)
    if said:  # "a poster in landscape format": the orientation said outright beats the format's usual shape
        word = next(g for g in said.groups() if g)
        if re.search(r"\d", word):
            return _ratio_aspect(word)
        return _SHAPE_TO_ASPECT.get(word.removesuffix("ly"), "square")
    fragment = _format_fragment(low)
    if fragment:  # "a phone wallpaper of a forest. landscape": said outright too
        return fragment
    shaped = re.search(r"\b(?P<format>[a-z-]+)[\s-]+(?:shape|shaped|proportions)\b", low)
    named = aspect_from_text(shaped.group("format")) if shaped and shaped.group("format") not in ("the", "a", "same",
                                                                                                 "this", "that") else None
    if named:  # "a poster for the club, banner shape": the shape said outright beats the format's usual one
        return named
    best: Optional[tuple[int, str]] = None
    for aspect, pattern in _ASPECT_PATTERNS:
        match = pattern.search(low)
        if match and (best is None or match.start() < best[0]):
            best = (match.start(), aspect)
    device = DEVICE_RE.search(low)
    if device and (best is None or device.start() < best[0]):
        best = (device.start(), lexicon.DEVICE_ASPECT[(device.group("a") or device.group("b")).lower()])
    shape = _SHAPE_RE.search(low)
    if shape:
        word = "wide" if shape.group("d") or shape.group("d2") else "tall" if shape.group("e") else \
            (shape.group("a") or shape.group("b") or shape.group("c") or shape.group("f") or shape.group("g") or
             shape.group("h") or shape.group("i") or shape.group("j")).lower()
        if best is None or shape.start() <= best[0]:
            best = (shape.start(), _SHAPE_TO_ASPECT[word])
    return best[1] if best else None


def shape_said_outright(text: str) -> Optional[str]:
    """The shape said in so many words ("landscape format", "…? wide please, it's for a banner"), not implied by a
    format ("a poster"); None otherwise."""
    said = _ORIENTATION.search(text.lower())
    if said:
        word = next(g for g in said.groups() if g)
        return _ratio_aspect(word) if re.search(r"\d", word) else _SHAPE_TO_ASPECT.get(word.removesuffix("ly"), "square")
    return _format_fragment(text.lower())


def device_phrase(text: str) -> str:
    """"same thing but for my laptop" -> "laptop"; "" when no device is named."""
    device = DEVICE_RE.search(text)
    return (device.group("a") or device.group("b")).lower() if device else ""


def size_for_aspect(aspect: Optional[str], preset) -> tuple[int, int]:
    """A size with about the model's native pixel count and the asked shape, snapped to its size multiple."""
    if aspect is None:
        return preset.native_width, preset.native_height
    from imaging.sizing import native_size_at  # the engine's own rule (imported late: keeps chat imports light)

    return native_size_at(preset, RATIOS[aspect])


UPSCALE_DEFAULT = 2.0  # "bigger" with no number
UPSCALE_MAX = 4.0  # as the engine's largest factor (imaging.engine.MAX_SCALE; the handler also fits its largest side)
_FACTOR_WORDS = {"two": 2.0, "three": 3.0, "four": 4.0, "five": 5.0, "twice": 2.0, "double": 2.0, "doubled": 2.0,
                 "triple": 3.0, "tripled": 3.0, "quadruple": 4.0}
_FACTOR = re.compile(r"\b(?P<n>\d{1,2}(?:\.\d)?)\s*(?:x|×|times)(?!\w)|(?<!\w)[x×]\s*(?P<n2>\d(?:\.\d)?)\b|"
                     r"\b(?P<word>(?:two|three|four|five)(?=\s+times\b)|twice|double|doubled|triple|tripled|quadruple)\b|"
                     r"\b(?P<k>[48])k\b", re.I)


_TARGET = re.compile(r"\b(?P<w>[1-9]\d{2,4})\s*(?:x|×|by|\*)\s*(?P<h>[1-9]\d{2,4})\b", re.I)


# "make it 2048 pixels wide", "3000px tall": one side asked for
_ONE_SIDE = re.compile(r"\b(?P<n>[1-9]\d{2,4})\s*(?:px|pixels?)\s+(?P<side>wide|across|in\s+width|tall|high|in\s+height)\b", re.I)


def target_size(text: str) -> Optional[tuple[int, int]]:
    """"upscale it to 1920x1080" -> (1920, 1080): the size asked for in pixels; "2048 pixels wide" -> (2048, 0) (0:
    that side not asked for); None when none is said."""
    match = _TARGET.search(text)
    if match:
        return int(match.group("w")), int(match.group("h"))
    side = _ONE_SIDE.search(text)
    if side is None:
        return None
    wide = side.group("side").lower() in ("wide", "across", "in width")
    return (int(side.group("n")), 0) if wide else (0, int(side.group("n")))


_AS_BIG_AS_CAN_BE = re.compile(r"\bas\s+(?:big|large)\s+as\s+(?:you\s+can|possible|it\s+(?:goes|gets|can\s+go))|\b(?:biggest|"
                               r"largest|max(?:imum)?)\s+(?:size|resolution)|\b(?:the\s+)?(?:biggest|largest)\s+(?:you\s+can|"
                               r"possible)\b", re.I)


def upscale_factor(text: str) -> float:
    """How much bigger: "3x", "x3", "three times", "twice the size", "triple it" -> 3 / 3 / 3 / 2 / 3; "4k", "as big
    as you can" -> as big as allowed; 2 when no number is said; at most 4."""
    if _AS_BIG_AS_CAN_BE.search(text):
        return UPSCALE_MAX
    match = _FACTOR.search(text)
    if match is None:
        return UPSCALE_DEFAULT
    if match.group("k"):
        return UPSCALE_MAX
    number = match.group("n") or match.group("n2")
    factor = float(number) if number else _FACTOR_WORDS[match.group("word").lower()]
    return min(max(factor, 1.5), UPSCALE_MAX) if factor > 1 else UPSCALE_DEFAULT
