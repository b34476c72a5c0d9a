"""Modifier phrases and the scene slot each one sets (style, time, weather, lighting, colour, framing, aspect).

    .venv/bin/python -c "from chat.words.slots import classify_phrase; print(classify_phrase('dramatic side lighting'))"
"""
from __future__ import annotations

import re
from typing import Optional

from chat.words import lexicon
from chat.words.normalize import TRAIL
from chat.words.scene import tidy
from chat.words.sizes import DEVICE_RE, SHAPE_REASON, aspect_from_text

SLOT_TERMS = {
    "time": lexicon.TIME_TERMS,
    "weather": lexicon.WEATHER_TERMS,
    "colour": lexicon.COLOUR_TREATMENTS,
    "framing": lexicon.FRAMING_TERMS,
    "style": lexicon.STYLE_TERMS,
}
_ZOOM = {"zoom in": "close-up shot", "zoom out": "wide shot", "zoomed in": "close-up shot", "zoomed out": "wide shot", "closer": "close-up shot", "further away": "wide shot",
         "pull back": "wide shot", "get closer": "close-up shot", "step back": "wide shot", "move back": "wide shot",
         "widen": "wide shot"}


def terms_pattern(terms) -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(re.escape(t).replace(r"\ ", r"[\s-]+") for t in terms) + r")\b")


# checked in this order: the first slot with a term in the phrase is its slot
_SLOT_CHECKS = tuple((slot, terms_pattern(terms)) for slot, terms in (
    ("framing", lexicon.FRAMING_TERMS), ("lighting", lexicon.LIGHTING_WORDS), ("time", lexicon.TIME_TERMS),
    ("weather", lexicon.WEATHER_TERMS), ("colour", lexicon.COLOUR_TREATMENTS), ("style", lexicon.STYLE_TERMS)))
SLOT_PATTERNS = {slot: pattern for slot, pattern in _SLOT_CHECKS if slot in SLOT_TERMS}  # SLOT_TERMS' slots, compiled once


# "snow globe", "rain boots", "winter coat", "spring rolls": the weather word names a thing, not the weather
_WEATHER_THING = re.compile(r"[\s-]+(?:globes?|boots?|coats?|jackets?|hats?|dress(?:es)?|man|men|balls?|boards?|suits?|gear|"
                            r"rolls?|troopers?|drops?|flakes?|cones?|plough|plow|mobile|shoes?|sweaters?|scarf|scarves|"
                            r"gloves?|tires?|tyres?|sports?|lights?|lamps?|clothes|outfits?)\b")


def _held_by_a_thing(before: str) -> bool:
    """The words before a weather word name a thing that has it: "mountains on the left with " (snow on top)."""
    return len(before.split()) >= 2 and bool(re.search(r"\b(?:with|covered\s+(?:in|with)|topped\s+with|full\s+of|under)\s+"
                                                      r"(?:\w+\s+)?$", before)) and not re.match(
        r"^(?:(?:make|turn|add|put|give|set)\s+)?(?:it|this|that|the\s+(?:scene|picture|image|sky|weather))\b|"
        r"^(?:ok(?:ay)?\s+|let'?s\s+|maybe\s+|just\s+)?(?:an?\s+|the\s+|another\s+)?(?:go|try|do|make|use|set|keep|have|add|put|give|let|show|render|"
        r"paint|draw|start|stick|play|experiment|redo|same|one|version)\b", before)  # "go with golden hour": a choice


_SHAPE_REASON = re.compile(r"\s+" + SHAPE_REASON + r".*$", re.I)  # "wide so it fills the whole slide": the shape


# shade words that are also a medium or a material ("charcoal", "chrome"): before a colour, a shade of it
_MEDIUM_SHADES = frozenset("charcoal chrome pearl rust brick wine metallic neon matte glossy pastel".split())


def classify_phrase(phrase: str) -> Optional[str]:
    """Which slot a modifier phrase sets ("dramatic side lighting" -> lighting), or None for plain content."""
    low = re.sub(r"\"[^\"]*\"|“[^”]*”", " ", phrase.lower()).strip()  # quoted words are lettering, not a look
    if not low:
        return None
    if re.search(r"\bstyle\s+of\b|\bin\s+(?:an?\s+)?[\w-]+(?:\s+[\w-]+)?\s+style\b", low):
        return "style"
    shade = low.split()
    if len(shade) == 2 and shade[0] in _MEDIUM_SHADES and shade[1] in lexicon.COLOURS and \
            shade[1] not in ("light", "dark", "pale", "bright"):
        return "colour"  # "charcoal grey", "chrome silver": a colour's shade, not the medium or material it names
    shaped = _SHAPE_REASON.sub("", low)  # "wide so it fills the whole slide": the shape, and why ("a version for my
    shaped = shaped if aspect_from_text(shaped) else low  # phone": the reason is the shape)
    if aspect_from_text(shaped) and len(shaped.split()) <= 8 and not re.search(r"\b(?:with|of)\b", shaped):
        # "a phone wallpaper" only says the shape; "a vintage travel poster" is also what the picture becomes
        return "aspect" if is_format_only(shaped) else "style"
    if re.search(r"\b(?:zoom(?:ed)?\s+(?:in|out)|closer|further\s+away|(?:pull|step|move)\s+back|widen)\b", low):
        return "framing"
    if re.fullmatch(r"(?:an?\s+)?(?:[\w-]+\s+){0,3}(?:painting|drawing|sketch|illustration|etching|engraving|rendering|artwork|"
                    r"woodcut|linocut)(?:\s+instead)?", low) and not re.match(r"(?:an?\s+)?(?:painting|drawing)\s", low):
        return "style"  # "a soft pastel painting": a medium (the pastel is its chalk, not a colour treatment)
    if re.fullmatch(r"(?:(?:make\s+it|set\s+(?:it\s+)?in|in|from)\s+)?(?:the\s+)?(?:'?[2-9]0s|(?:1[5-9]|20)[0-9]0s|1[5-9]00s)(?:\s+"
                    r"(?:style|look|vibe|vibes|era|version|aesthetic|instead))?", low):
        return "style"  # "1920s", "the 80s", "in the 1800s": a period, the look of the whole picture
    if re.fullmatch(r"(?:an?\s+)?(?:sunny|rainy|snowy|foggy|misty|stormy|cloudy|overcast|windy)\s+day(?:\s+instead)?", low):
        return "weather"  # "a sunny day": the weather of a day (not the time, which a day already is)
    for slot, terms in _SLOT_CHECKS:
        found = terms.search(low)  # the leftmost term of the slot
        if found and slot in ("weather", "time") and (_held_by_a_thing(low[:found.start()]) or
                                                     _WEATHER_THING.match(low[found.end():])):
            return None  # "mountains with snow on top", "a tree covered in frost", "a snow globe": a thing
        if found:
            if slot == "style" and re.match(r"^(?:an?\s+)?(?:\w+\s+){0,2}(?:with|of)\b", low):
                return None  # "a painting of a ship" is content, not a style change
            return slot
    if re.search(r"\bstyle\b|\bin\s+the\s+style\s+of\b", low):
        return "style"
    return None


def clean_modifier(phrase: str) -> str:
    phrase = re.sub(r"^(?:what\s+if|how\s+about\s+if|imagine\s+if)\s+(?:it|this|that|the\s+\w+)\s+(?:was|were|is|had|"
                    r"became)\s+", "", phrase.strip(), flags=re.I)
    phrase = re.sub(r"[?]+$", "", phrase)
    phrase = re.sub(r"^(?:(?:a|an|the|some|more|into|to|in|as|look(?:\s+(?:more|a\s+bit|a\s+little|much))?\s+like|"
                    r"like|be|look(?=\s+(?!like\b)[\w-]+(?:\s+[\w-]+)?$))\s+)+", "", phrase.strip(), flags=re.I)  # "look vintage": vintage
    phrase = re.sub(r"^(?:in\s+)?(?:the\s+)?style\s+of\s+(?:an?\s+)?", "", phrase, flags=re.I)
    phrase = re.sub(r"^(?:it'?s|it\s+is|it\s+was)\s+(?=\w)", "", phrase, flags=re.I)  # "look like it's autumn"
    phrase = TRAIL.sub("", phrase)
    return tidy(phrase)


def slot_value(slot: str, phrase: str) -> str:
    value = clean_modifier(phrase)
    if slot == "style":  # "a painting by monet": a painting in the style of Monet
        value = re.sub(r"^(painting|drawing|sketch|print|portrait|photo(?:graph)?|illustration)\s+by\s+(?=\w)",
                       r"\1 in the style of ", value, flags=re.I)
    if slot == "time":
        if re.match(r"^(?:night|nighttime|night time|midnight|sunset|sunrise|dawn|dusk|noon|midday|twilight|"
                    r"golden hour|blue hour|daybreak|sundown)\b", value, re.I):
            return "at " + value
    if slot == "framing":
        value = re.sub(r"^(?:more\s+|a\s+bit\s+more\s+)?of\s+(?:an?\s+)?", "", value, flags=re.I)  # "more of a side view"
        seen = re.search(r"\s+so\s+(?:that\s+)?(?:i|we|you|they)\s+can\s+see\s+(?P<x>.+)$", value, re.I)
        in_view = f", with {seen.group('x')} in view" if seen else ""  # "zoom out so i can see the mountains"
        for key, shot in _ZOOM.items():
            if key in value.lower():
                return shot + in_view
    return value


_FORMAT_WORDS = re.compile(
    r"\b(?:wide|wider|widescreen|tall|taller|vertical|horizontal|landscape|portrait|square|format|orientation|mode|"
    r"version|size|sized|ratio|aspect|wallpaper|background|lock\s*screen|lockscreen|screen|display|one|it|this|that|"
    r"make|turn|do|redo|crop|resize|reframe|instead|please|pls|now|same|thing|again|but|just|image|picture|photo|pic|"
    r"\d+:\d+)\b", re.I)


def is_format_only(phrase: str) -> bool:
    """"a phone wallpaper", "for my laptop", "16:9 please": words that only say the shape of the picture."""
    rest = lexicon.ASPECT_FORMAT_ONLY.sub(" ", phrase)
    rest = DEVICE_RE.sub(" ", rest)
    for aspect_words in lexicon.ASPECT_PHRASES.values():  # "a wide banner" alone is a shape; "a travel poster" isn't
        for p in aspect_words:
            rest = re.sub(r"\b" + re.escape(p).replace(r"\ ", r"\s+") + r"\b", " ", rest, flags=re.I)
    rest = _FORMAT_WORDS.sub(" ", rest)
    return not [w for w in re.findall(r"[\w'-]+", rest.lower()) if w not in lexicon.STOPWORDS]


_COUNTABLE_STYLE = re.compile(r"(?:painting|drawing|sketch|illustration|photo|photograph|render|rendering|poster|"
                              r"print|portrait|etching|engraving|mural|watercolou?r|cartoon|comic(?:\s+book)?|"
                              r"postcard|poster|mosaic|woodcut|linocut|lithograph|tapestry|sculpture|statue|sticker|"
                              r"animation|doodle|blueprint|shot|scene|still|picture|image|collage|banner|cover)$", re.I)


def article(phrase: str) -> str:
    return "an" if re.match(r"[aeiou]", phrase, re.I) and not re.match(r"(?:uni|one|eu)", phrase, re.I) else "a"


def slot_phrase(slot: str, value: str) -> str:
    """A reply fragment that reads after "Here it is …": "at night", "as a watercolor painting", "in snowy weather"."""
    value = value.strip()
    low = value.lower()
    if slot == "style":
        if low.startswith("in the style of") or low.startswith("in "):
            return value
        if _COUNTABLE_STYLE.search(low) or " in the style of " in low:  # "as a painting in the style of monet"
            return f"as {article(value)} {value}"
        return f"in {value}" if low.endswith("style") else f"in {value} style"
    if slot == "time":
        if re.match(r"^(?:at|in|during|by)\b", low):
            return value
        if re.match(r"^(?:morning|evening|afternoon|daytime|daylight|twilight)", low):
            return f"in the {value}" if low in ("morning", "evening", "afternoon") else f"in {value}"
        return f"at {value}"
    if slot == "weather":
        if re.match(r"^(?:in|with|during|under)\b", low):
            return value
        if low in ("winter", "summer", "autumn", "fall", "spring", "springtime", "summertime"):
            return f"in {value}"
        if re.search(r"(?:y|ing)$", low):
            return f"in {value} weather" if "weather" not in low else f"in {value}"
        return f"with {value}"
    if slot == "colour":
        return value if re.match(r"^(?:in|with)\b", low) else (f"with a {value}" if "palette" in low else f"in {value}")
    if slot == "framing":
        if re.match(r"^(?:from|as|in)\b", low):
            return value
        return f"as {article(value)} {value}" if re.search(r"(?:shot|view|close-?\s?up|closeup|angle)$", low) else value
    return value if re.match(r"^(?:with|in|at|as)\b", low) else f"with {value}"



_MODIFIER_TERMS = re.compile(
    r"\b(?:" + "|".join(re.escape(t).replace(r"\ ", r"[\s-]+") for t in sorted(
        set(lexicon.STYLE_TERMS + lexicon.TIME_TERMS + lexicon.WEATHER_TERMS + lexicon.LIGHTING_WORDS
            + lexicon.COLOUR_TREATMENTS + lexicon.FRAMING_TERMS + lexicon.COLOURS
            + tuple(p for ps in lexicon.ASPECT_PHRASES.values() for p in ps)), key=len, reverse=True)) + r")\b"
    r"|(?<![\w'])'?(?:[2-9]0s|(?:1[5-9]|20)[0-9]0s|1[5-9]00s)\b")  # a period: "1920s", "the 80s"
_MODIFIER_FILLER = frozenset(
    "a an the in at on as of with by during into to it this that please now more less very really much bit little lots "
    "loads tons plenty "
    "slightly extra some kind sort style styled look looking like version one make made time day format shot view "
    "dramatic soft warm cold harsh side golden moody cinematic vivid gentle natural studio rim back dim low high "
    "strong subtle heavy light thick thin late early deep rich bold muted glowing lit tone tones colors colours "
    "color colour palette mood atmosphere vibe feel effect filter lens angle instead but and or so too again "
    "version please maybe perhaps for my me i want can you could would let's lets do try use apply go with "
    "square vertical horizontal widescreen wide tall wider taller copy crop insta ig post story stories feed "
    "orientation mode twitter phone mobile desktop screen instagram facebook linkedin youtube tiktok pinterest "
    "website blog print printing wall laptop iphone android header banner".split())




def is_modifier_only(low: str) -> bool:
    """A phrase that only names a style/time/weather/framing/colour ("watercolor please", "at night"), with no
    new subject in it ("a close-up of a margarita" names a new subject)."""
    if len(low.split()) <= 6 and aspect_from_text(low) and is_format_only(low):
        return True  # "phone wallpaper size", "instagram story size": a shape, named by where it goes
    shaped = _SHAPE_REASON.sub("", low)  # "square please for the menu board": the shape, and where it goes
    rest = _MODIFIER_TERMS.sub(" ", shaped if shaped != low and aspect_from_text(shaped) else low)
    leftover = [w for w in re.findall(r"[\w'-]+", rest) if w not in _MODIFIER_FILLER]
    return len(re.findall(r"[\w'-]+", low)) <= 10 and not leftover


