"""An edit plan and the changes an edit makes to it: remove, set a slot, recolour, replace, add.

    .venv/bin/python -m pytest tests/test_rewriter.py -q
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from chat.types import EditMethod
from chat.words import lexicon
from chat.words.detail import head_noun
from chat.words.normalize import TRAIL
from chat.words.nounphrase import find_np, recolor, remove_object, subject_head
from chat.words.places import is_place_name, named_places
from chat.words.scene import QUOTE_RE, Scene, remove_terms, tidy
from chat.words.sizes import aspect_from_text, device_phrase
from chat.words.slots import SLOT_TERMS, article, classify_phrase, clean_modifier, slot_phrase, slot_value

@dataclass
class EditPlan:
    """What an edit request changes and how the picture should be re-made."""

    scene: Scene
    kinds: list[str] = field(default_factory=list)  # style, time, weather, lighting, colour, framing, recolor,
    # remove, replace, add, quality, aspect, detail
    aspect: Optional[str] = None
    changes: list[str] = field(default_factory=list)  # short phrases for the reply ("night", "the dog removed")
    method: EditMethod = EditMethod.REPROMPT
    strength: Optional[float] = None
    phrases: list[str] = field(default_factory=list)  # reply fragments, one per change ("at night", "as a poster")
    device: str = ""  # the device a new shape is for ("laptop")

    def record(self, kind: str, change: str, phrase: str) -> None:
        """One change made: its kind (for the method and strength), its short name and its reply fragment. A slot
        set twice ("too dark, brighten it up") holds the last value only: the reply names that one."""
        if kind in _SINGLE_VALUED and kind in self.kinds:
            at = self.kinds.index(kind)
            del self.kinds[at], self.changes[at], self.phrases[at]
        self.kinds.append(kind)
        self.changes.append(change)
        self.phrases.append(phrase)



_SINGLE_VALUED = ("time", "weather", "lighting", "colour", "framing", "style", "aspect")


def _remove_everywhere(text: str, thing: str) -> str:
    for _ in range(8):  # every mention goes ("a kite …, a kite string")
        text, removed = remove_object(text, thing)
        if not removed:
            break
    return text


_WEATHER_NOUNS = {"snow", "rain", "sun", "wind", "cloud", "clouds", "fog", "mist", "sand", "grass", "frost", "ice", "storm",
                  "dust", "smoke", "star", "stars"}


def _as_the_scene_says(thing: str, said: str) -> str:
    """"coffee cup" where the scene says "a cup of coffee" (and the other way round): the scene's words for the thing."""
    words = thing.split()
    if re.search(r"\b" + re.escape(thing) + r"\b", said, re.I):
        return thing
    if len(words) == 2:  # "tea cup" -> "cup of tea"; "cherry trees" -> "cherry blossom trees"
        between = re.search(r"\b" + re.escape(words[0]) + r"\s+[\w-]+\s+" + re.escape(words[1]) + r"\b", said, re.I)
        if between:
            return between.group(0)
        other = f"{words[1]} of {words[0]}"
    elif len(words) == 3 and words[1].lower() == "of":  # "cup of coffee" -> "coffee cup"
        other = f"{words[2]} {words[0]}"
    else:
        return thing
    return other if re.search(r"\b" + re.escape(other) + r"\b", said, re.I) else thing


def _things_listed(plan: EditPlan, thing: str) -> list[str]:
    """"the mug and the plant", "labels and text": the things of a list, each to remove; [] for one thing."""
    items = [i for i in re.split(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&|plus)\s+", thing.strip()) if i]
    named = re.compile(r"(?:the|those|that|these|all\s+the|his|her|its|their)\s", re.I)  # "the trees and the snow"
    if len(items) > 1 and all(len(i.split()) <= 4 for i in items) and (all(
            plan.scene.mentions(clean_modifier(i).split()[-1]) for i in items if clean_modifier(i)) or all(
            named.match(i) for i in items[1:]) or all(len(i.split()) == 1 for i in items)):  # "labels and text"
        return items
    return []


def _background_removed(plan: EditPlan) -> None:
    """"get rid of the background", "no background": a picture always has one, so a plain one; the place it showed
    goes, and the word stays in the negative, as said."""
    _replace_place(plan.scene, "")
    set_background(plan, "plain")
    if "background" not in (n.lower() for n in plan.scene.negatives):
        plan.scene.negatives.append("background")


def remove_thing(plan: EditPlan, thing: str) -> None:
    """The thing leaves the scene (every mention) and joins the negatives; "the mug and the plant" / "the pens,
    the cups and the lamp" are each removed when the scene names every one of them."""
    thing = re.sub(r"\s+(?:actually|because|cause|cuz|cos|since|as)\s+(?:she|he|they|i|we|my|our|it|the)\b.*$", "", thing,
                   flags=re.I)  # "the cat actually she's allergic haha": why, not what
    items = _things_listed(plan, thing)
    if items:
        for item in items:
            remove_thing(plan, item)
        return
    thing = clean_modifier(re.sub(r"^(?:all|every|any)\s+", "", thing, flags=re.I))
    if re.fullmatch(r"(?:the\s+)?(?:whole\s+)?(?:background|backdrop|bg)", thing, re.I):
        return _background_removed(plan)
    thing = re.sub(r"\s+(?:in|on|at|from)\s+the\s+(?:(?:top|bottom|far)\s+)?(?:background|foreground|left|right|top|bottom|middle|"
                   r"corner|sky|distance|back|front)$", "", thing, flags=re.I) or thing  # "the flag in the background": a flag
    scene = plan.scene
    thing = _as_the_scene_says(thing, " ".join([scene.subject, *scene.details]))
    scene.subject = _remove_everywhere(scene.subject, thing)
    scene.details = [d for d in (_remove_everywhere(d, thing) for d in scene.details) if d]
    for slot in ("lighting", "weather", "time"):  # "christmas lights and a snowman" said as the light: the snowman goes
        value = getattr(scene, slot)
        if value and re.search(r"\b(?:and|with)\b", value, re.I):
            setattr(scene, slot, _remove_everywhere(value, thing))
    lit = re.compile(r"\b" + re.escape(thing.lower()) + r"-?(?:lit|light)\s+(?=\w)", re.I)  # "no moon": "a moonlit forest"
    scene.subject = lit.sub("", scene.subject)  # is a forest
    scene.details = [lit.sub("", d) for d in scene.details]
    if thing.lower() in _WEATHER_NOUNS:  # "remove the snow" from "a snowy forest": its adjective goes too
        for kin in (thing.lower(), *lexicon.WEATHER_KIN.get(thing.lower(), ())):  # ("no fog" of a misty lake: the mist too)
            adjective = re.compile(r"\b" + re.escape(kin) + r"(?:" + re.escape(kin[-1]) + r")?y\s+", re.I)
            scene.subject = _remove_everywhere(adjective.sub("", scene.subject), kin) if kin != thing.lower() else \
                adjective.sub("", scene.subject)
            scene.details = [d for d in (adjective.sub("", d) for d in scene.details) if d]
    for kept_out in (thing, "text") if _WRITING.fullmatch(thing) else (thing,):  # "remove any words": the model
        if kept_out == "text":  # knows "text" best, and "a poster with text" loses it too
            scene.subject = _remove_everywhere(scene.subject, "text")
            scene.details = [d for d in (_remove_everywhere(d, "text") for d in scene.details) if d]
        if kept_out.lower() not in (n.lower() for n in scene.negatives):
            scene.negatives.append(kept_out)
    plan.record("remove", f"no {thing}", "without the " + _bare(thing))


_WRITING = re.compile(r"(?:the\s+)?(?:words?|writing|letters|lettering|captions?|wording|labels?)", re.I)


_SEASONS = r"spring|springtime|summer|summertime|autumn|fall|winter|wintertime"
_SEASON = re.compile(r"\b(?:in\s+(?:the\s+)?)?(?:" + _SEASONS + r")\b", re.I)


def set_slot(plan: EditPlan, slot: str, phrase: str) -> None:
    scene = plan.scene
    joined = _LOOK_WITH.match(phrase.strip()) if slot == "style" else None
    joined = joined or (_LOOK_WITH_THINGS.match(phrase.strip()) if slot != "aspect" else None)
    look_slot = classify_phrase(joined.group("look")) if joined else None
    if joined and (look_slot in ("style", "aspect") or (look_slot and joined.group("how").lower() == "with" and
                                                        _LOOK_WITH_THINGS.match(phrase.strip()))):
        # "a comic book cover with the title 'SPACE KID'", "night with the northern lights": the look, and its
        set_slot(plan, "style" if look_slot == "aspect" else look_slot, joined.group("look"))  # lettering or things added
        how = "with" if joined.group("how").lower() == "with" else "with the text"  # "that says 'SALE'": the text 'SALE'
        add_thing(plan, f"{how} {joined.group('extra')}")
        return
    value = slot_value(slot, phrase)
    if not value:
        return
    if slot == "aspect":
        plan.aspect = aspect_from_text(phrase)
        plan.device = device_phrase(phrase) or plan.device
        plan.record("aspect", f"{plan.aspect} format", f"in {plan.aspect} format")
        return
    _old_value_gone(scene, slot, value, phrase)
    if slot == "style":
        scene.medium_hint = ""
        shape = aspect_from_text(phrase)
        if shape and not plan.aspect:  # "a vintage travel poster": the style, and the poster's shape
            plan.aspect = shape
            plan.device = device_phrase(phrase) or plan.device
    setattr(scene, slot, value)
    plan.record(slot, re.sub(r"^(?:at|in|during|with)\s+", "", value), slot_phrase(slot, value))



def _old_value_gone(scene: Scene, slot: str, value: str, phrase: str) -> None:
    """The slot's old value leaves the scene wherever the user had put it, before ``value`` (said as ``phrase``)
    takes its place: a time takes its light along, a season said with a time the old season, "calm" the storm."""
    terms = SLOT_TERMS.get(slot)
    if slot == "weather" and terms and not _SEASON.search(value):  # "more fog" in autumn: still autumn
        terms = tuple(t for t in terms if not _SEASON.fullmatch(t))
    if slot == "style" and not any(re.search(r"\b" + re.escape(k) + r"\b", phrase, re.I) for k in lexicon.PICTURE_KINDS):
        terms = tuple(t for t in terms if t not in lexicon.PICTURE_KINDS)  # "more minimal": the tattoo stays a tattoo
    if slot == "colour":  # "change the colors to teal": an old palette said as a list of colours ("…, orange and brown,")
        scene.subject = ", ".join(item for item in scene.subject.split(",") if not is_colour(
            re.sub(r"\b(?:colou?rs?|palette|tones)\b", "", item).strip())) or scene.subject
    if terms:
        scene.subject = remove_terms(scene.subject, terms)
        scene.details = [d for d in (remove_terms(d, terms) for d in scene.details) if d]
    if slot == "time":  # a new time of day also replaces lighting tied to the old one
        scene.subject = remove_terms(scene.subject, ("golden light", "sunlight", "moonlight"))
    if slot != "weather" and _SEASON.search(value):  # "winter at night" after autumn: winter, no longer autumn
        _old_season_gone(scene)
    _undo_opposite_weather(scene, phrase)


_SEASON_WORD = r"(?:" + _SEASONS + r"|autumnal|wintry)"
# a season said alone or as the look of a place or time ("in autumn", ", winter", "a spring meadow"); "a summer dress" stays
_SEASON_SAID = re.compile(r"(?:\s*,\s*|\s+)(?:in\s+(?:the\s+)?)?" + _SEASON_WORD + r"(?:\s+(?:season|time))?(?=\s*(?:,|$))"
                          r"|\b" + _SEASON_WORD + r"\s+(?=(?:meadow|forest|woods|park|garden|fields?|landscape|day|evening|"
                          r"night|morning|afternoon|scene|leaves|foliage|trees|sky|village|valley|countryside|lake|"
                          r"mountains?)\b)", re.I)


def _old_season_gone(scene: Scene) -> None:
    """The season the picture had goes when a new one is said with another slot ("winter at night" is the time)."""
    scene.weather = "" if scene.weather and _SEASON.fullmatch(scene.weather.strip()) else scene.weather
    scene.subject = _SEASON_SAID.sub("", scene.subject).strip(" ,")
    scene.details = [d for d in scene.details if not _SEASON.fullmatch(d.strip())]


_WEATHER_NOUN = {"stormy": "storm", "rainy": "rain", "snowy": "snow", "foggy": "fog", "misty": "mist", "windy": "wind",
                 "cloudy": "clouds", "sunny": "sunshine"}


def _undo_opposite_weather(scene: Scene, phrase: str) -> None:
    """"a lighthouse in a storm", made "a calm summer day": the storm goes; "a calm evening", made stormy: "calm" goes
    (the looks the new words undo, said as an adjective or as weather)."""
    undone = undone_looks(re.findall(r"[a-z]+", phrase.lower()))
    if not undone:
        return
    weather = sorted(undone | {_WEATHER_NOUN[w] for w in undone if w in _WEATHER_NOUN})
    scene.subject = without_undone_looks(remove_terms(scene.subject, weather), list(re.findall(r"[a-z]+", phrase.lower())))
    scene.subject = re.sub(r"\s*,\s*(?=,|$)", "", scene.subject).strip(" ,")
    scene.details = [d for d in (remove_terms(d, weather) for d in scene.details) if d and d.strip().lower() not in undone]


# "a comic book cover with the title 'SPACE KID'": a look, and words or things that go with it
_LOOK_WITH = re.compile(r"^(?P<look>.+?)\s+(?P<how>with|that\s+says|saying|titled|called)\s+(?P<extra>.*(?:[\"“]|(?<!\w)').+)$", re.I)
# "a cozy product photo with a knitted blanket and a book": a look, and things put in the picture
_LOOK_WITH_THINGS = re.compile(r"^(?P<look>.+?)\s+(?P<how>with)\s+(?P<extra>(?:an?|the|some|two|three|four|\d+)\s.+|"
                               r"(?:[a-z]+\s+)?[a-z]+[^s\W]s(?:\s.+)?)$", re.I)  # ("night with fireworks")


def _colours_only(phrase: str) -> str:
    """The colour words of a modifier, without a trailing "colours"/"tones" ("navy and orange colours")."""
    return re.sub(r"\s+(?:colou?rs|tones|shades|hues)$", "", clean_modifier(phrase), flags=re.I)


def set_modifier(plan: EditPlan, phrase: str) -> None:
    phrase = re.sub(r"\s+(?:out\s+of|from|of)\s+(?:it|this|that)\b", "", phrase, flags=re.I)  # "a painting out of this"
    slot = classify_phrase(phrase)
    if slot:
        set_slot(plan, slot, phrase)
    elif is_colour(_colours_only(phrase)):  # "navy and orange", "in navy and orange colours"
        colours = _colours_only(phrase)
        plan.scene.colour = f"{colours} color palette"
        plan.record("colour", colours, f"with {article(colours)} {colours} color palette")
    elif re.fullmatch(r"(?:look\s+)?(?:more\s+)?(?:real|realistic|lifelike|life-like|like\s+a\s+real\s+photo)|look\s+like\s+"
                      r"(?:a\s+)?real\s+(?:one|thing|photo)", phrase.strip(), re.I):
        set_slot(plan, "style", "photorealistic photo")  # "make it look real" (a child's drawing, a sketch)
    elif re.match(r"^look\s+(?!like\b)[\w-]+(?:\s+[\w-]+)?$", phrase.strip(), re.I):
        looking = re.sub(r"^look\s+", "looking ", phrase.strip(), flags=re.I)  # "make it look old": looking old
        add_thing(plan, looking)
        plan.phrases[-1] = looking
    else:
        add_thing(plan, phrase)


def is_colour(text: str) -> bool:
    """"blue", "hot pink", "deep sea green", "pastel yellow and white": colour words only, at least one a colour."""
    words = re.sub(r"[-]", " ", text.lower()).split()
    return bool(words) and any(w in lexicon.COLOURS for w in words) and all(
        w in lexicon.COLOURS or w in lexicon.COLOUR_MODIFIERS or w in ("and", "colored", "coloured", "ish", "color",
                                                                       "colour") for w in words)


def _bare(noun: str) -> str:
    return re.sub(r"^(?:the|a|an)\s+", "", noun, flags=re.I)


# the coats of cats, dogs and horses: "make the cats orange tabbies" says how the cats look
COATS = frozenset("tabby tabbies calico calicos tortoiseshell tortoiseshells tuxedo tuxedos ginger brindle merle dapple "
                  "dappled piebald palomino palominos spotted striped".split())


def is_part_modifier(text: str) -> bool:
    """"blue ceramic", "shiny", "bigger", "rustier": words that describe a part, not a new thing ("a cat")."""
    words = re.findall(r"[\w'-]+", text.lower())
    if not words or len(words) > 4 or re.match(r"^(?:a|an|the|some|one|two|three|\d+|into|like|look)\b", text, re.I):
        return False
    if classify_phrase(text) in ("time", "weather", "style", "framing", "aspect"):
        return False
    def look(w: str) -> bool:
        return w in lexicon.COLOURS or w in lexicon.MATERIALS or w in lexicon.COMPARATIVES or w in lexicon.COLOUR_MODIFIERS

    def adjective(w: str) -> bool:
        return bool(re.search(r"(?:y|ed|ic|al|ous|ful|ish|en|er|less)$", w))
    if any(look(w) for w in words):  # "blue ceramic"; not "blue hydrangeas", a new thing in a colour
        return look(words[-1]) or adjective(words[-1]) or words[-1] in ("colour", "color", "coloured", "colored") or \
            words[-1] in COATS  # ("orange tabbies": a coat of the cats, not new animals)
    return len(words) <= 2 and all(adjective(w) for w in words)


def modify_part(plan: EditPlan, noun: str, modifier: str) -> None:
    """A named part gets a new look: in the phrase that names it, or added as a detail ("blue ceramic pot")."""
    noun = clean_modifier(noun)
    scene = plan.scene
    looks = [w for w in re.findall(r"[\w'-]+", modifier.lower())]
    material = any(w in lexicon.COLOURS or w in lexicon.MATERIALS for w in looks)
    new = recolor(scene.subject, noun, modifier) if material else _opposite_swapped(scene.subject, noun, looks)
    if new is not None:
        scene.subject = new
    else:
        for i, detail in enumerate(scene.details):
            if find_np(detail, noun):
                scene.details[i] = recolor(detail, noun, modifier) or detail
                break
        else:
            scene.details.append(f"{modifier} {noun}")
    plan.record("recolor" if material else "detail", f"{modifier} {noun}",
                f"with the {noun} {modifier}" if not material else
                f"with {'' if noun.endswith('s') else article(modifier) + ' '}{modifier} {noun}")


def undone_looks(looks: list[str]) -> set[str]:
    """The looks the new ones undo ("calmer" undoes "stormy", "rough", …)."""
    base = [lexicon.look_base(w) for w in looks]
    return set().union(*(lexicon.OPPOSITE_LOOKS.get(w, frozenset()) for w in base)) if base else set()


def without_undone_looks(text: str, looks: list[str]) -> str:
    """The text without the looks the new ones undo, its article mended ("a grumpy old man", made happier -> "an old
    man")."""
    undone = undone_looks(looks)
    if not undone:
        return text
    pattern = re.compile(r"\b(?P<a>(?:an?)\s+)?(?:" + "|".join(sorted(undone)) + r")\s+(?P<next>[\w'-]+)", re.I)
    for _ in range(3):  # "a rusty old bucket", made new: both go
        text, n = pattern.subn(lambda m: (f"{article(m.group('next'))} " if m.group("a") else "") + m.group("next"), text)
        if not n:
            break
    return text


_MOOD_SAID = re.compile(r"^(?:looking\s+)?(?:(?:very|really|so|slightly|much|a\s+bit|more|less)\s+)?(?P<w>[\w'-]+)", re.I)


def is_mood(phrase: str) -> bool:
    """"looking angry", "laughing so hard he cries", "very sleepy": a look of the face or mood."""
    said = _MOOD_SAID.match(phrase.strip())
    return bool(said) and lexicon.look_base(said.group("w")) in lexicon.MOODS


def without_old_moods(scene: Scene, phrase: str) -> None:
    """A new mood said ("now make him sleepy") takes the place of the old one ("looking sad"), in the details and the
    subject's trailing look."""
    if not is_mood(phrase):
        return
    scene.details = [detail for detail in scene.details if not is_mood(detail)]
    scene.subject = re.sub(r",\s*looking\s+(?:(?:very|really|so)\s+)?(?:" + "|".join(sorted(lexicon.MOODS)) +
                           r")\b(?=\s*(?:,|$))", "", scene.subject, flags=re.I)


def _opposite_swapped(text: str, noun: str, looks: list[str]) -> Optional[str]:
    """"a stormy sea" made calm -> "a calm sea": the look that the new one undoes gives way to it; None when the
    thing's phrase has no such look."""
    undone = undone_looks(looks)
    head = noun.split()[-1] if noun.split() else ""
    if not undone or not head:
        return None
    match = re.search(r"\b(?P<old>" + "|".join(map(re.escape, sorted(undone))) + r")\s+(?P<mid>(?:[\w'-]+\s+){0,2}?)"
                      + re.escape(head) + r"(?:e?s)?\b", text, re.I)
    if not match:
        return None
    return text[:match.start("old")] + " ".join(looks) + text[match.end("old"):]


def recolor_part(plan: EditPlan, noun: str, colour: str) -> None:
    noun = clean_modifier(noun)
    if re.fullmatch(r"(?:the\s+)?(?:colou?rs?|palette|colou?r\s+(?:scheme|palette))", noun, re.I):  # "change the colors to
        if subject_has_colour(plan.scene.subject.split(",")[0]):  # teal and mustard": a thing's own colour
            recolor_subject(plan, colour)  # ("a red car": blue now)
        else:  # the picture's palette, the old one gone
            set_slot(plan, "colour", colour)
        return
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
        else:  # a part the words never named: in its new colour ("the orange suit" made white: a white suit, not orange)
            old = _COLOUR_RUN.match(noun)
            if old and noun[old.end():].strip():
                scene.negatives.append(f"{old.group(0)} {noun[old.end():].strip()}")
                noun = noun[old.end():].strip()
            scene.details.append(f"{colour} {noun}")
    plan.record("recolor", f"{colour} {noun}", f"with the {noun} in {colour}")


_COLOUR_RUN = re.compile(r"\b(?:(?:" + "|".join(re.escape(m) for m in lexicon.COLOUR_MODIFIERS) + r")[\s-]+)?(?:" +
                         "|".join(re.escape(c) for c in lexicon.COLOURS) + r")(?:-?colou?red|ish)?"
                         r"(?:\s+and\s+(?:" + "|".join(re.escape(c) for c in lexicon.COLOURS) + r"))?\b", re.I)


def names_colour(text: str) -> bool:
    """Whether the text names a colour ("a red sports car", "teal and gold")."""
    return bool(_COLOUR_RUN.search(text))


def _own_parts(more: list[str]) -> list[int]:
    """Which later comma parts have no noun phrase of their own ("small and green", "gold"): they describe the first."""
    return [i for i, part in enumerate(more) if not re.search(r"\b(?:a|an|the|some|with|his|her|their|its|and\s+a)\b",
                                                               part, re.I)]


def subject_has_colour(subject: str) -> bool:
    """"a red sports car", "medal design for a marathon, gold, with a shoe": the subject's phrase names a colour."""
    return bool(_COLOUR_RUN.search(subject.split(",")[0])) or later_part_colour(subject)


def later_part_colour(subject: str) -> bool:
    """"medal design for a marathon, gold, with a shoe": a later part of its own is the subject's colour."""
    more = subject.split(",")[1:]
    return any(_COLOUR_RUN.search(more[i]) for i in _own_parts(more))


def recolor_subject(plan: EditPlan, colour: str) -> None:
    """"make him purple": the first colour of the subject's first phrase becomes ``colour`` (or ``colour`` goes before
    its first noun phrase's head when it had none)."""
    scene = plan.scene
    first, *more = scene.subject.split(",")
    own = _own_parts(more)
    if subject_has_colour(scene.subject):
        first = _COLOUR_RUN.sub(colour, first, count=1)
        for i in own:
            more[i] = _COLOUR_RUN.sub(colour, more[i], count=1)
    else:  # "a cute robot" -> "a cute blue robot": after size and opinion words, as `recolor` places it
        head = subject_head(first)
        placed = recolor(first, head, colour) if head else None
        first = placed or re.sub(r"^((?:a|an|the|some|two|three|\d+)\s+)?", lambda m: f"{m.group(0)}{colour} ",
                                 first.strip(), count=1, flags=re.I)
        first = re.sub(r"^(a|an)\s+(?=[aeiou])", "an ", re.sub(r"^an\s+(?=[^aeiou])", "a ", first))
    scene.subject = tidy(",".join([first, *more]))
    plan.record("recolor", colour, f"in {colour}")


def drop_old_value(plan: EditPlan, old: str) -> None:
    """"... instead of yellow": the replaced value leaves the scene (a colour or look from its phrases, a thing as a
    removal)."""
    old = clean_modifier(old)
    if not old:
        return
    scene = plan.scene
    if is_colour(old) or is_part_modifier(old):  # "instead of the blue" on "deep blues and ambers": the blues go
        pattern = re.compile(r"(?:\b(?:deep|dark|light|pale|bright|soft|rich)\s+)?\b" + re.escape(old) + r"s?\b(?:\s+and\b)?\s*",
                             re.I)
        scene.subject = tidy(pattern.sub("", scene.subject))
        scene.details = [d for d in (tidy(pattern.sub("", d)) for d in scene.details) if d]
        return
    doing = re.match(r"^(?P<v>[a-z]+ing)\s+(?:the|a|an|his|her|its|their|some)\s+(?P<x>.+)$", old, re.I)
    held = re.compile(r",?\s*\b" + re.escape(doing.group("v")) + r"\s+(?:the|a|an|his|her|its|their|some)\s+" +
                      re.escape(doing.group("x")) + r"\b", re.I) if doing else None
    if held and held.search(scene.subject):  # "… instead of holding the plunger" of "…, holding a plunger": the doing goes
        scene.subject = tidy(held.sub("", scene.subject, count=1))
        remove_thing(plan, doing.group("x"))
        return
    said_of = re.search(r"\b" + re.escape(old) + r"\s+(?P<noun>[\w'-]+)\b", scene.subject, re.I) if " " not in old else None
    if said_of and any(re.search(r"\b" + re.escape(said_of.group("noun")) + r"\b", c, re.I) for c in plan.changes):
        scene.subject = tidy(scene.subject[: said_of.start()] + scene.subject[said_of.start("noun"):])  # "red instead of
        return  # cork" of "cork stopper": the word goes, the stopper changed stays
    if scene.mentions(old.split()[-1]):
        remove_thing(plan, old)
        return
    stem = re.sub(r"(?<=\w{3})s$", "", old.split()[-1].lower())
    lit = re.compile(r"(?:\b(?:warm|soft|flickering|dim|golden|cozy|cosy)\s+)?\b" + re.escape(stem) +
                     r"(?:-?lit|light|lights)\b\s*", re.I)  # "neon instead of candles" of "candlelit …": the candlelight goes
    if lit.search(scene.subject):
        scene.subject = tidy(lit.sub("", scene.subject))
        return
    weather = re.fullmatch(r"(?P<stem>rain|snow|storm|cloud|fog|mist|wind)\w?y", old.lower())
    if weather and scene.mentions(weather.group("stem")):  # "sunny instead of rainy" on "rain outside": the rain goes
        remove_thing(plan, weather.group("stem"))


# what only a vehicle does, said right after it ("parked", "moored"): no horse is parked
_VEHICLE_STATE = re.compile(r"^\s+(?:parked|moored|docked|anchored)\b", re.I)
_IS_VEHICLE = re.compile(r"\b(?:car|truck|van|bus|bike|bicycle|motorbike|motorcycle|scooter|boat|ship|yacht|plane|jet|train|"
                         r"tractor|taxi|jeep|limo|limousine|caravan|camper|vehicle)s?\b", re.I)


def _look_carried(old_looks: str, new_np: str) -> str:
    """"a steampunk owl", made a cat: "a steampunk cat" (its style goes to the new thing, not its colour, size or
    material: "paper boats", made a heron, are a heron); the new phrase as said when it names a style of its own."""
    carried = [w for w in old_looks.split() if classify_phrase(w) == "style"]
    if not carried or any(classify_phrase(w) == "style" for w in new_np.split()):
        return new_np
    said = re.match(r"^(?P<det>(?:an?|the|some)\s+)?(?P<rest>.+)$", new_np, re.I)
    det = said.group("det") or ""
    looks = " ".join(carried)
    det = f"{article(looks)} " if det.strip().lower() in ("a", "an") else det
    return f"{det}{looks} {said.group('rest')}"


def replace_thing(plan: EditPlan, old: str, new: str) -> None:
    old, new = clean_modifier(old), tidy(TRAIL.sub("", new))
    new = re.sub(r"^(?P<a>(?:an?|some)\s+(?:[\w'-]+\s+){1,2}?)one$", lambda m: m.group("a") + old.split()[-1], new,
                 flags=re.I)  # "the same but a chocolate one": a chocolate tart
    new = re.sub(r"^(?P<a>(?:[\w'-]+\s+){1,3}?)ones$", lambda m: m.group("a") + old.split()[-1], new,
                 flags=re.I)  # "swap the cabinets for dark wood ones": dark wood cabinets
    scene = plan.scene
    match = find_np(scene.subject, old)
    of_it = re.search(r"\b(?P<b>" + re.escape(old.split()[-1]) + r")\s+of\s+(?:the\s+|an?\s+)?" + re.escape(old.split()[0]) +
                      r"(?:s|es)?\b", scene.subject, re.I) if not match and len(old.split()) == 2 else None
    if of_it:  # "replace the city view with the ocean" of "… a view of the city": a view of the ocean
        new_of = re.sub(r"^(?:the|an?)\s+", "", new, flags=re.I)
        scene.subject = tidy(scene.subject[: of_it.start()] + f"{of_it.group('b')} of the {new_of}" +
                             scene.subject[of_it.end():])
    elif match:
        lead = scene.subject[match.start(): match.start("adj")]
        if re.fullmatch(r"an?\s+", lead, re.I):  # "a wizard" -> "an old woman wizard"; "a dog" -> "cats"
            lead = "" if re.search(r"[^su\W]s$", new.split()[-1]) else article(new) + " "
        new_np = new if re.match(r"^(?:a|an|the|some|\d+|" + "|".join(lexicon.NUMBER_WORDS) + r")\b", new, re.I) else f"{lead}{new}"
        new_np = _look_carried(scene.subject[match.start("adj"): match.end("adj")], new_np)
        after = _VEHICLE_STATE.sub(" standing", scene.subject[match.end():], count=1) if not _IS_VEHICLE.search(new) else \
            scene.subject[match.end():]  # "a red car parked by the lake", the car a horse: a horse standing by the lake
        if re.match(r"[\s-]+themed\b", after, re.I):  # "unicorn themed", made a mermaid theme: "mermaid themed"
            new_np = re.sub(r"\s+themed?$", "", new_np, flags=re.I)
        head = new_np.split()[-1] if new_np.split() else ""
        after = re.sub(r"^\s+" + re.escape(head) + r"\b", "", after, count=1, flags=re.I) if head else after  # "neon
        # tetras", the neon cardinal tetras: "cardinal tetras", not "cardinal tetras tetras"
        scene.subject = tidy(scene.subject[: match.start()] + new_np + after)
    else:
        scene.details = [d for d in (remove_object(d, old)[0] for d in scene.details) if d]
        scene.details.append(new)
        adjective = re.compile(r"\b" + re.escape(old.split()[-1].lower()) + r"(?:al|y|ed|lit|-lit)\s+(?=\w)", re.I)
        scene.subject = adjective.sub("", scene.subject)  # "the coast" of "a coastal highway": a highway, and canyons
    old_head = old.split()[-1]
    if old_head.lower() not in (n.lower() for n in scene.negatives) and not scene.mentions(old_head):
        scene.negatives.append(old)
    plan.record("replace", f"{new} instead of {old}", f"with {new} instead of the " + _bare(old))


# the background said in the subject: "a microphone on a neon pink background", "a vase against a grey backdrop"
_OLD_BACKGROUND = re.compile(r"[,\s]+(?:(?:on|against|with|in\s+front\s+of|over)\s+(?:an?|the)\s+)?(?:[\w'-]+\s+){0,3}?"
                             r"(?:background|backdrop|bg)\b(?=\s*(?:[,.;]|$))", re.I)


def set_background(plan: EditPlan, phrase: str) -> None:
    """'change the background to a city': the new background replaces any earlier one."""
    value = re.sub(r"^(?:colou?r|shade)\s+(?:to\s+|of\s+)?", "", clean_modifier(phrase), flags=re.I)  # "… color dark green"
    if not value:
        return
    plan.scene.details = [d for d in plan.scene.details if not d.endswith(" background")]
    plan.scene.subject = _OLD_BACKGROUND.sub("", plan.scene.subject).strip() or plan.scene.subject  # "… on a pink background"
    plan.scene.details.append(f"{value} background" if not value.endswith("background") else value)
    plan.record("replace", f"{value} background", f"with {article(value)} {value} background")


_BY_IT = re.compile(r"\b(?P<prep>next\s+to|beside|above|over|behind|under|below|on|near|around|in\s+front\s+of|on\s+top\s+of|"
                    r"with)\s+(?:it|him|her)(?=[\s.!]*$)", re.I)


def add_thing(plan: EditPlan, phrase: str) -> None:
    noun = head_noun(plan.scene.subject)
    if noun:  # "a baby fox next to it": next to the fox (the pronoun would be read as a leftover word)
        phrase = _BY_IT.sub(lambda m: f"{m.group('prep')} the {noun}", phrase.strip())
        phrase = re.sub(r"^(?P<a>(?:an?|another)\s+(?:[\w'-]+\s+){1,2}?)one\b", lambda m: f"{m.group('a')}{noun}",
                        phrase, flags=re.I)  # "a baby one next to him": a baby wolf
    phrase = tidy(TRAIL.sub("", phrase))
    phrase = re.sub(r"^(?:also|too|as\s+well)\s+|\s+(?:too|as\s+well|also)$", "", phrase, flags=re.I)
    if not phrase:
        return
    if _one_more_of_it(plan, phrase):
        return
    scene = plan.scene
    coloured = re.fullmatch(r"(?:(?:a|an|some|the)\s+)?(?P<colour>[\w-]+(?:\s+[\w-]+)?)\s+(?P<noun>[\w'-]+)", phrase, re.I)
    if coloured and is_colour(coloured.group("colour")) and plan.scene.mentions(coloured.group("noun")) and \
            recolor(scene.subject + ", " + ", ".join(scene.details), coloured.group("noun"), coloured.group("colour")):
        return recolor_part(plan, coloured.group("noun"), coloured.group("colour"))  # "blue headphones": the ones there
    # an added thing is no longer excluded
    scene.negatives = [n for n in scene.negatives if not re.search(r"\b" + re.escape(n.lower()), phrase.lower())]
    scene.details.append(phrase)
    plan.record("add", phrase, slot_phrase("add", phrase))




_PLACE = re.compile(r"^(?P<head>.+?)\s+(?P<prep>on|in|at|by|near|under|inside|beside|atop|in\s+front\s+of|next\s+to)\s+"
                    r"(?P<place>(?:a|an|the|some|his|her|its|their|my)\s+.+)$", re.I)
_ON_PLACES = ("beach", "shore", "roof", "rooftop", "table", "hill", "moon", "island", "mountain", "street", "road",
              "lawn", "grass", "snow", "ice", "sand", "boat", "stage", "bed", "sofa", "couch", "bench", "cliff")


_ONE_MORE = re.compile(r"^(?:a\s+second|a\s+2nd|another|one\s+more)\s+(?P<noun>[\w'-]+)\b", re.I)


def _one_more_of_it(plan: EditPlan, phrase: str) -> bool:
    """"add a second wolf next to it" of "a wolf howling": two wolves howling (one more of the subject makes a pair)."""
    from chat.words.glossary import plural  # the glossary imports this module's neighbours; late to avoid a cycle
    more = _ONE_MORE.match(phrase)
    head = subject_head(plan.scene.subject)
    if not more or not head or more.group("noun").lower() != head.lower():
        return False
    single = re.search(r"\b(?:an?|one)\s+(?P<np>(?:[\w'-]+\s+){0,2}?)" + re.escape(head) + r"\b", plan.scene.subject, re.I)
    if not single:
        return False
    pair = f"two {single.group('np')}{plural(head)}"
    plan.scene.subject = tidy(plan.scene.subject[: single.start()] + pair + plan.scene.subject[single.end():])
    plan.record("add", pair, f"with {pair}")
    return True


def move_setting(plan: EditPlan, place: str, prep: str = "") -> None:
    """'put it somewhere else, like a beach': the new place replaces the old one (and any background)."""
    place = clean_place(place)
    if not place:
        return
    if not prep or prep.lower() in ("to", "into"):  # ("move it to a beach": on the beach)
        prep = "on" if re.search(r"\b(?:" + "|".join(_ON_PLACES) + r")s?$", place, re.I) else "in"
    scene = plan.scene
    if named_place_swapped(plan, place, prep):
        return
    old = _replace_place(scene, f"{prep} {place}")
    if old is None:
        first, _, rest = scene.subject.partition(",")
        match = _PLACE.match(first.strip())
        old = match.group("place") if match else ""
        head = match.group("head") if match else first.strip()
        scene.subject = tidy(f"{head} {prep} {place}" + (f",{rest}" if rest else ""))
    scene.details = [d for d in scene.details if not d.endswith(" background")]
    plan.record("replace", f"{prep} {place}" + (f" instead of {old}" if old else ""), f"{prep} {place}")


def named_place_swapped(plan: EditPlan, place: str, prep: str) -> bool:
    """"move everything to Florence, on the Ponte Vecchio" of "the canals of Venice under the snow": the city's name in
    the other's place (its snow stays), what follows it after; False unless both name a place by its name (the old one
    known as a place, or said after "in"/"at": "in Cornwall"). Quoted lettering is never touched."""
    new = re.match(r"(?P<the>the\s+)?(?P<name>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2})(?P<rest>.*)$", place.strip())
    if not new:
        return False
    scene = plan.scene
    quoted = [m.span() for m in QUOTE_RE.finditer(scene.subject)]
    names = [m for m in re.finditer(r"(?P<lead>\b(?:in|at|near|around)\s+)?\b[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2}\b",
                                    scene.subject)
             if not any(a <= m.start() < b for a, b in quoted) and m.group(0).lower() != new.group("name").lower()]
    old = next((m for m in names if is_place_name(m.group(0))), None) if is_place_name(new.group("name")) else None
    said_at = next((m for m in names if m.group("lead")), None)
    if old is None and said_at is not None:
        old = re.search(r"[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2}", scene.subject[said_at.start():said_at.end()])
        old = re.compile(re.escape(old.group(0))).search(scene.subject, said_at.start()) if old else None
    if old is None:
        return False
    named = (new.group("the") or "") + new.group("name")
    scene.subject = tidy(scene.subject[: old.start()] + named + scene.subject[old.end():])
    rest = new.group("rest").strip(" ,")
    if rest:
        scene.subject = tidy(f"{scene.subject}, {rest}")
    if not scene.mentions(old.group(0)):
        scene.negatives.append(old.group(0))
    plan.record("replace", f"{new.group('name')} instead of {old.group(0)}", f"{prep} {place}")
    return True


# a locative phrase whose head names a place: "in a backyard", "on the snowy mountain top", "by an old lake"
_LOCATIVE = re.compile(r"(?:,\s*)?\b(?:on|in|at|by|near|inside|beside|atop|under|over|above|across|along|through|"
                       r"around|below|beneath|outside|in\s+front\s+of|next\s+to)\s+"
                       r"(?:a|an|the|some|his|her|its|their|my)\s+(?:[\w'-]+\s+){0,3}?(?P<noun>[\w'-]+)"
                       r"(?=\s*(?:[,.;!?]|$)|\s+(?:with|and|where|while|at|in|on|by|during|under|near|from|of|that|"
                       r"which|as|full|covered|surrounded|lit)\b)", re.I)


def _locatives(text: str) -> list[re.Match]:
    """The place phrases of ``text``: a place noun ("in a backyard") or a place's name ("in amsterdam"), in order."""
    found = [m for m in _LOCATIVE.finditer(text) if m.group("noun").lower() in lexicon.PLACE_NOUNS]
    named = [m for m in named_places(text) if not any(m.start() < f.end() and f.start() < m.end() for f in found)]
    return sorted(found + named, key=lambda m: m.start())


def place_phrase(text: str) -> Optional[tuple[str, str]]:
    """(preposition, place) of the last place phrase in ``text`` ("landing in a jungle" -> ("in", "a jungle"))."""
    found = _locatives(text)
    if not found:
        return None
    prep, _, place = found[-1].group(0).lstrip(", ").partition(" ")
    return prep, place


def has_place(scene: Scene) -> bool:
    return any(_locatives(part) for part in [scene.subject, *scene.details])


# a place phrase chained to the one replaced ("in a rocking chair by the fire"): it described the old place
_CHAINED = re.compile(r"^\s+(?:by|near|beside|next\s+to|under|in\s+front\s+of|behind)\s+(?:the|a|an)\s+[\w'-]+"
                      r"(?:\s+[\w'-]+)?(?=\s*(?:[,.;]|$)|\s+(?:with|and|while)\b)", re.I)


def _replace_place(scene: Scene, new_place: str) -> Optional[str]:
    """The scene's place phrases ("in a backyard") go, the first one's spot takes ``new_place``; None when the scene
    names no place (then the new place joins the subject)."""
    parts = [scene.subject, *scene.details]
    found = [(i, m) for i, part in enumerate(parts) for m in _locatives(part)]
    if not found:
        return None
    first_i, first = found[0]
    old = first.group(0).lstrip(", ")
    for i, match in reversed(found):
        text = parts[i]
        keep = f"{' ' if not match.group(0).startswith(',') else ', '}{new_place}" if (i, match) == (first_i, first) else ""
        parts[i] = text[: match.start()] + keep + _CHAINED.sub("", text[match.end():], count=1)
    scene.subject = tidy(parts[0])
    scene.details = [tidy(d) for d in parts[1:] if tidy(d)]
    return re.sub(r"^\w+\s+", "", old)


def clean_place(place: str) -> str:
    place = tidy(TRAIL.sub("", place))
    return re.sub(r"^(?:somewhere\s+(?:like|with)|a\s+place\s+like|like|maybe|say|perhaps|such\s+as)\s+", "",
                  place, flags=re.I).strip()


# words a sign says, typed without quotes: "a wooden sign that says RIFUGIO 2 km", "a mug reading best dad"
_UNQUOTED_LETTERING = re.compile(r"\b(?:says|reads|saying|reading)\s+(?P<old>(?![\"“])[^,;\"“”]+?)(?=\s*(?:[,;]|$))"
                                 # "text at the bottom: RIDE MORE": words in capitals after the text's place
                                 r"|\b(?i:text|words|lettering|caption|title|slogan)(?:\s+[\w-]+){0,3}?\s*:\s*"
                                 r"(?P<old2>[A-Z0-9][A-Z0-9'&!?.-]*(?:\s+[A-Z0-9'&!?.-]+)*)(?=\s*(?:[,;]|$))")


def set_text(plan: EditPlan, new: str, old: str = "") -> None:
    """'change the text to "X"': the new quoted text replaces the old one (or the first quote in the scene)."""
    scene = plan.scene
    target = old or next((m.group(0) for part in [scene.subject, *scene.details] for m in QUOTE_RE.finditer(part)),
                         "") or next((m.group("old") for part in [scene.subject, *scene.details]
                                      for m in _UNQUOTED_LETTERING.finditer(part) if m.group("old")), "") or next((
        m.group("old2") for part in [scene.subject, *scene.details] for m in _UNQUOTED_LETTERING.finditer(part)
        if m.group("old2")), "")
    if target and target in scene.subject:
        scene.subject = scene.subject.replace(target, new, 1)
    elif target and any(target in d for d in scene.details):
        scene.details = [d.replace(target, new, 1) for d in scene.details]
    else:
        scene.details.append(f"with the text {new}")
    plan.record("replace", f"the text {new}" + (f" instead of {target}" if target else ""), f"with the text {new}")
