"""Fixes a picture on screen often needs: a body part the model drew wrong ("the hands look weird" -> well-formed
hands, and deformed ones in the negative prompt), a thing moved against another ("put the cat inside the box" on
"a cat next to a box" -> "a cat inside a box"), a value in its lettering ("change the price to 3€") and a change said
as one verb ("simplify it", "blur the background", "center the cat"); "flip it horizontally" (exact pixels, turned over).

    .venv/bin/python -c "from chat.words.edit import apply_edit; from chat.words.scene import Scene; print(apply_edit(Scene(subject='a cat next to a box'), 'put the cat inside the box').scene.subject)"
"""
from __future__ import annotations

import re
from difflib import SequenceMatcher

from chat.words import lexicon
from chat.words.critique import ANATOMY, anatomy_fault
from chat.words.edit_plan import EditPlan, modify_part, set_text
from chat.words.rephrase import PLACING
from chat.words.glossary import plural
from chat.words.nounphrase import find_np, subject_head
from chat.words.scene import QUOTE_RE, Scene, tidy
from chat.words.slots import article


def fix_anatomy(plan: EditPlan, clause: str, low: str) -> bool:
    """"the hands look weird", "she has six fingers", "fix his face": the part drawn well, its usual faults kept out."""
    part = anatomy_fault(clause)
    if part is None:
        return False
    wanted, unwanted = ANATOMY[part]
    scene = plan.scene
    if wanted not in scene.details:
        scene.details.append(wanted)
    for term in unwanted.split(", "):
        if term.lower() not in (n.lower() for n in scene.negatives):
            scene.negatives.append(term)
    plan.record("detail", f"{part} fixed", f"with the {part} fixed")
    return True


_VERB_LOOKS = tuple((re.compile(r"^(?:(?:can|could)\s+(?:you|u)\s+)?(?:please\s+)?" + said +
                                r"(?:\s+(?:a\s+bit|a\s+little|more|please|pls|too))*[\s.!?]*$", re.I), look, reply)
                    for said, look, reply in lexicon.VERB_LOOKS)


# "flip it horizontally", "can you mirror the image?", "turn it upside down": the same pixels, turned over (no model)
_FLIP = re.compile(r"^(?:(?:ok(?:ay)?|now|and|hmm+|also)[,\s]+)*(?:(?:can|could|would)\s+(?:you|u)\s+)?(?:please\s+)?"
                   r"(?:(?P<verb>flip|mirror)\s+(?:it|this|that|this\s+one|the\s+(?:picture|image|photo|pic|whole\s+thing))"
                   r"(?:\s+(?P<axis>horizontally|vertically|upside[\s-]down|left\s+to\s+right|right\s+to\s+left|side\s+to\s+side|"
                   r"top\s+to\s+bottom|around|over))?|turn\s+(?:it|this|the\s+(?:picture|image|photo))\s+(?P<down>upside[\s-]down)|"
                   r"(?:make\s+)?(?:a\s+)?mirror(?:ed)?\s+(?:image|version)(?:\s+of\s+(?:it|this))?)"
                   r"(?:\s+(?:please|pls|plz|for\s+me))?[\s.!?]*$", re.I)


def flip_axis(text: str) -> str | None:
    """"flip it horizontally" -> "horizontal" (a mirror image), "turn it upside down" -> "vertical"; None otherwise."""
    match = _FLIP.match(text.strip())
    if not match:
        return None
    axis = (match.group("axis") or match.group("down") or "").lower()
    return "vertical" if re.match(r"vertically|upside|top|over", axis) else "horizontal"  # "flip it over": upside down


def says_verb_look(text: str) -> bool:
    """"simplify it", "center the cat": a change said as one verb (``verb_look`` makes it)."""
    return any(said.match(text.strip()) for said, _, _ in _VERB_LOOKS)


def verb_look(plan: EditPlan, clause: str, low: str) -> bool:
    """"simplify it", "blur the background a bit", "center the cat": the look a prompt words that way."""
    for said, look, reply in _VERB_LOOKS:
        match = said.match(clause.strip())
        part = match.groupdict().get("x") or "" if match else ""
        if match and (not part or plan.scene.mentions(part.split()[-1])):
            phrase = look.format(x=part)
            if phrase not in plan.scene.details:  # "it's too busy, simplify it": said twice, made once
                plan.scene.details.append(phrase)
                plan.record("detail", phrase, reply.format(x=part))
            return True
    return False


SPELLING_FIXED = "clear, correctly spelled lettering"
_SPELLING_FAULTS = ("misspelled text", "garbled letters")


def fix_spelling(plan: EditPlan, clause: str, low: str) -> bool:
    """"fix the spelling" (what "the text is spelled wrong" reads as): the lettering asked for again, spelled right, its
    usual faults kept out; said twice, still once."""
    if not re.fullmatch(r"(?:please\s+)?fix\s+the\s+(?:spelling|typos?)(?:\s+(?:please|pls))?[\s.!]*", low):
        return False
    if SPELLING_FIXED not in plan.scene.details:
        plan.scene.details.append(SPELLING_FIXED)
    for term in _SPELLING_FAULTS:
        if term not in (n.lower() for n in plan.scene.negatives):
            plan.scene.negatives.append(term)
    plan.record("detail", "spelling fixed", "with the lettering spelled right")
    return True


_REPOSITION = re.compile(r"^(?:put|move|place|sit|set|have)\s+(?:the|his|her|its|their|my)\s+(?P<x>[\w'-]+)\s+"
                         r"(?P<prep>" + PLACING + r")\s+(?:the|his|her|its|their|my|a|an)\s+(?P<y>[\w'-]+)[\s.!]*$", re.I)
_DETERMINER = r"(?:the|a|an|his|her|its|their|my|some)"


def reposition(plan: EditPlan, clause: str, low: str) -> bool:
    """"put the cat inside the box" when the picture has the cat next to the box: the new place against the other
    thing replaces the old one in the picture's words (a new composition: re-drawn, not repainted)."""
    match = _REPOSITION.match(clause.strip())
    scene = plan.scene
    if not match or not (scene.mentions(match.group("x")) and scene.mentions(match.group("y"))):
        return False
    y = re.escape(match.group("y").lower().rstrip("s"))
    old = re.compile(r"\b" + PLACING + r"(?=\s+" + _DETERMINER + r"\s+(?:[\w'-]+\s+){0,2}?" + y + r"(?:e?s)?\b)", re.I)
    where = old.search(scene.subject)
    if where is None or where.group(0).lower() == match.group("prep").lower():
        return False  # the relation is not in the subject's words (or is the same): the add rules say it instead
    new = match.group("prep").lower()
    scene.subject = tidy(scene.subject[: where.start()] + new + scene.subject[where.end():])
    plan.record("replace", f"{match.group('x')} {new} the {match.group('y')}",
                f"with the {match.group('x')} {new} the {match.group('y')}")
    return True


_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
          r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
_DAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
# what each value named in a change looks like in lettering ("Fresh Croissants 2€", "SALE 20% OFF", "June 14th")
_VALUE_SHAPES = {
    "price": r"(?:[$€£¥]\s?\d+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?\s?(?:€|\$|£|eur\b|euros?\b|usd\b|dollars?\b|pounds?\b|"
             r"zł|pln\b|kr\b|chf\b))",
    "percent": r"\d+(?:[.,]\d+)?\s?%",
    "year": r"\b(?:19|20)\d\d\b",
    "time": r"\b\d{1,2}(?::\d\d)?\s?(?:am|pm|a\.m\.|p\.m\.|h)(?!\w)|\b\d{1,2}:\d\d\b",
    "date": r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r"\b|\b" + _MONTH + r"\.?\s+\d{1,2}(?:st|nd|rd|th)?\b|"
            r"\b\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?\b|\b" + _DAY + r"\b",
    "number": r"\b\d+(?:st|nd|rd|th)?\b",
}
_VALUE_KINDS = {"price": "price", "prices": "price", "cost": "price", "discount": "percent", "percentage": "percent",
                "percent": "percent", "sale": "percent", "year": "year", "time": "time", "hours": "time", "date": "date",
                "day": "date", "number": "number", "age": "number", "phone": "number", "phone number": "number"}
VALUE_CHANGE = re.compile(r"^(?:change|make|update|set|switch|fix|correct)\s+(?:the\s+)?(?P<kind>phone\s+number|" +
                           "|".join(k for k in _VALUE_KINDS if " " not in k) + r")\s+(?:(?:on|in)\s+(?:it|the\s+\w+)\s+)?"
                           r"(?:to|into|as|so\s+it\s+says)\s+(?P<new>[^\s,;]+(?:\s+[^\s,;]+){0,3}?)(?:\s+instead)?[\s.!]*$", re.I)


_DATE_FORMS = (r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r"\b", r"\b" + _MONTH + r"\.?\s+\d{1,2}(?:st|nd|rd|th)?\b",
               r"\b\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?\b")


def _date_shape(new: str) -> str:
    """What of the lettering a new date replaces: a weekday for a weekday ("to Sunday"), a date for a date ("to June
    10th"), with the weekday before it when the new value names one too ("to Sunday June 10th")."""
    weekday = re.search(r"\b" + _DAY + r"\b", new, re.I)
    dated = any(re.search(form, new, re.I) for form in _DATE_FORMS)
    if weekday and not dated:
        return r"\b" + _DAY + r"\b"
    if dated:
        dates = "|".join(_DATE_FORMS)
        return (r"(?:\b" + _DAY + r",?\s+)?(?:" + dates + ")") if weekday else dates
    return _VALUE_SHAPES["date"]


def change_value(plan: EditPlan, clause: str, low: str) -> bool:
    """"change the price to 3€" on a sign that says "Fresh Croissants 2€": the value in the quoted words changes, and
    nothing else of them ("change the price to 3" keeps the € sign)."""
    match = VALUE_CHANGE.match(clause.strip())
    if not match:
        return False
    new = match.group("new").strip("\"“”'")
    kind = _VALUE_KINDS[re.sub(r"\s+", " ", match.group("kind").lower())]
    shape = re.compile(_date_shape(new) if kind == "date" else _VALUE_SHAPES[kind], re.I)
    scene = plan.scene
    for index, part in enumerate([scene.subject, *scene.details]):
        for quote in QUOTE_RE.finditer(part):
            value = shape.search(quote.group(0))
            if value is None:
                continue
            written = re.sub(r"\d+(?:[.,]\d+)?", new, value.group(0), count=1) if re.fullmatch(
                r"\d+(?:[.,]\d+)?", new) and not re.fullmatch(r"\d+(?:[.,]\d+)?", value.group(0)) else new
            _rewrite_quote(plan, index, part, quote, quote.group(0)[: value.start()] + written + quote.group(0)[value.end():])
            return True
    return False


def _rewrite_quote(plan: EditPlan, index: int, part: str, quote: re.Match, changed: str) -> None:
    """The quoted words in part `index` of the scene (0: the subject, then its details) replaced by `changed`."""
    text = part[: quote.start()] + changed + part[quote.end():]
    if index == 0:
        plan.scene.subject = text
    else:
        plan.scene.details[index - 1] = text
    plan.record("replace", f"the text {changed}", f"with the text {changed}")


_W = r"[\w'&-]+(?:\s+[\w'&-]+){0,2}?"
# "change saturday to sunday", "its sunday not saturday", "not Mia, Maya": one word of the lettering for another
_WORD_SWAPS = (
    re.compile(r"^(?:(?:change|replace|switch|swap|make|fix|correct)\s+(?:the\s+)?(?:word\s+)?[\"“']?(?P<old>" + _W +
               r")[\"”']?\s+(?:to|with|into|for)\s+[\"“']?(?P<new>" + _W + r")[\"”']?(?:\s+instead)?)[\s.!]*$", re.I),
    re.compile(r"^(?:(?:(?:his|her|their|my|our|the)\s+name(?:'s|\s+is|\s+should\s+be)|it'?s|its|it\s+is|it\s+should\s+be|should\s+be|(?:it\s+)?should\s+say|it'?s\s+supposed\s+to\s+"
               r"(?:be|say)|(?:it\s+)?needs\s+to\s+say)\s+)?[\"“']?(?P<new>" + _W + r")[\"”']?\s*,?\s+not\s+[\"“']?(?P<old>" +
               _W + r")[\"”']?(?:\s*,?\s*(?:sorry|please|pls|thanks|thx|lol))*[\s.!]*$", re.I),
    re.compile(r"^not\s+[\"“']?(?P<old>" + _W + r")[\"”']?\s*[,;:-]+\s*(?:it'?s\s+|its\s+)?[\"“']?(?P<new>" + _W +
               r")[\"”']?[\s.!]*$", re.I),
)


_OOPS = re.compile(r"^(?:(?:oops|sorry|oh|wait|no|nope|actually|hmm+|um+|ah|argh|ugh)[,.!\s]+|(?:please\s+)?(?:spell|write)\s+"
                   r"it\s+(?:out|out\s+in\s+full|in\s+full|properly|correctly|right)\s*[,:;.!-]+\s*)+", re.I)  # ("spell it out,
# happy birthday not bday")
# "the date is wrong, its sunday not saturday": the remark before the fix says nothing more
_WRONG_REMARK = re.compile(r"(?:^|(?<=[.!;]\s))(?:(?:oops|sorry|oh|hmm+|um+)[,.!\s]+)*(?:the\s+|that\s+|this\s+)?(?:[\w'-]+\s+){0,2}"
                           r"(?:is|are|was|'s)\s+(?:(?:all|a\s+bit|slightly)\s+)?(?:wrong|incorrect|off|misspel\w+|a\s+typo)"
                           r"\s*[,;.!:-]+\s*(?=\S)", re.I)


def without_wrong_remark(text: str) -> str:
    """"the date is wrong, its sunday not saturday" -> "its sunday not saturday" (only where a word swap follows)."""
    rest = _WRONG_REMARK.sub("", text, count=1)
    return rest if rest != text and any(p.match(_OOPS.sub("", rest.strip())) for p in _WORD_SWAPS) else text


def is_word_swap(clause: str) -> bool:
    """"change saturday to sunday", "its maya not mia": one word put in another's place (whatever the picture says)."""
    return any(p.match(_SWAP_LEAD.sub("", _OOPS.sub("", clause.strip()))) for p in _WORD_SWAPS)


_SWAP_LEAD = re.compile(r"^(?:(?:now|ok(?:ay)?|and|so|sorry|then|actually)[,\s]+)+", re.I)  # ("now change SAM to MAX")


def swap_as_command(text: str, scene: Scene) -> str:
    """"oops not Mia, Maya" -> "change Mia to Maya" when the picture's lettering says "Mia": a word swap said any
    way, as the one clause the rules read."""
    found = lettering_swap(text, lettering_of(scene))
    return f"change {found[0]} to {found[1]}" if found else text


def lettering_of(scene: Scene) -> str:
    """The quoted words of a scene ('"Happy Birthday Mia"')."""
    return " ".join(q.group(0) for part in [scene.subject, *scene.details] for q in QUOTE_RE.finditer(part))


# "spell her name LILLY with two Ls", "it's spelled Jaxon", "the name is spelt Caitlyn": a word of the lettering respelt
_RESPELL = re.compile(r"^(?:(?:can|could|would)\s+(?:you|u)\s+)?(?:please\s+)?(?:(?:spell|write)\s+(?:(?:her|his|my|our|their|the|it|"
                      r"its)\s+)?(?:name|word|title)?\s*(?:as\s+|like\s+)?|(?:(?:it|her\s+name|his\s+name|the\s+name|their\s+"
                      r"name|my\s+name)(?:'s|s|\s+is|\s+should\s+be)\s+spel(?:led|t)\s+(?:as\s+|like\s+)?)|"
                      # "oops it's Ana with one n", "it's Jon with no h": the name, spelt as said
                      r"(?:it'?s|its|it\s+is|(?:her|his|their|the)\s+name(?:'s|\s+is))\s+(?=\S+\s+with\s+(?:one|two|a\s+single|a\s+"
                      r"double|double|no|an?)\s+[a-z]\b))[\"“']?(?P<new>[A-Za-z]"
                      r"[\w'-]+)[\"”']?(?:\s*,?\s*(?:with|not|like)\s+.*)?(?:\s*,?\s*(?:actually|please|pls|instead|now|sorry))*[\s.!?]*$", re.I)


def _respelt(clause: str, lettering: str) -> tuple[str, str] | None:
    """(old, new) for a word of the lettering spelt anew: the lettering's word most like the new spelling."""
    match = _RESPELL.match(_OOPS.sub("", clause.strip()))
    if not match:
        return None
    new = match.group("new")
    words = {w.strip("'") for w in re.findall(r"[A-Za-z][\w-]*(?:'[a-z]+)?", lettering) if w.strip("'").lower() != new.lower()}
    old = max(words, key=lambda w: SequenceMatcher(None, w.lower(), new.lower()).ratio(), default=None)
    if old is None or old[0].lower() != new[0].lower() or SequenceMatcher(None, old.lower(), new.lower()).ratio() < 0.6:
        return None  # no word of the lettering is spelt like it
    return old, new.capitalize() if new.isupper() and not old.isupper() else new  # "LILLY" said loud: "Lilly"


def lettering_swap(clause: str, lettering: str) -> tuple[str, str] | None:
    """(old, new) when the clause puts one word of the picture's quoted `lettering` in another's place ("change
    saturday to sunday" on "Bake Sale - Saturday", "spell her name Lilly"); None otherwise."""
    respelt = _respelt(clause, lettering) if lettering else None
    if respelt:
        return respelt
    for pattern in _WORD_SWAPS:
        match = pattern.match(_OOPS.sub("", clause.strip()))
        old = match.group("old").strip("'\"“”‘’") if match else ""  # ("change 'Crystal Clear' to 'Shine Bright'")
        if match and old and re.search(r"\b" + re.escape(old) + r"\b", lettering, re.I) and not re.match(
                r"(?:an?|the|some)\s", match.group("new"), re.I):  # "change the choir to an orchestra": a thing
            new = re.sub(r"^(?:actually|really|just)\s+", "", match.group("new").strip(), flags=re.I).strip("'\"“”‘’")
            kept = [w for w in new.split() if not re.search(r"\b" + re.escape(w) + r"\b", lettering, re.I)]
            return old, " ".join(kept) or new  # ("it's actually Harvest Supper, not festival": Supper)
    return None


def _as_cased(new: str, old: str) -> str:
    """The new word in the old word's case: "Saturday" -> "Sunday", "SALE" -> "PARTY"."""
    if old.isupper() and len(old) > 1:
        return new.upper()
    return new[:1].upper() + new[1:] if old[:1].isupper() and new[:1].islower() else new


def swap_lettering_word(plan: EditPlan, clause: str, low: str) -> bool:
    """An edit clause rule: "change saturday to sunday", "it's Maya not Mia": that word of the quoted lettering
    replaced, the rest of it kept."""
    scene = plan.scene
    parts = [scene.subject, *scene.details]
    found = lettering_swap(clause, lettering_of(scene))
    if found is None:
        return False
    old, new = found
    for index, part in enumerate(parts):
        for quote in QUOTE_RE.finditer(part):
            word = re.search(r"\b" + re.escape(old) + r"\b", quote.group(0), re.I)
            if word is None:
                continue
            _rewrite_quote(plan, index, part, quote,
                           quote.group(0)[: word.start()] + _as_cased(new, word.group(0)) + quote.group(0)[word.end():])
            return True
    return False


_A_LOT_OF_IT = re.compile(r"^(?:make|turn)\s+(?:it|this|that)\s+(?:into\s+)?(?P<lot>(?:a|an)\s+(?:whole\s+|big\s+|full\s+)?"
                         r"[\w'-]+\s+of)\s+(?:them|these|those|(?P<noun>[\w'-]+))[\s.!]*$", re.I)


def many_of_it(plan: EditPlan, clause: str, low: str) -> bool:
    """"make it a whole box of them" on "a chocolate cupcake with pink frosting": a whole box of chocolate cupcakes
    with pink frosting (the one thing, many times, described as before)."""
    match = _A_LOT_OF_IT.match(clause.strip())
    scene = plan.scene
    head = subject_head(scene.subject) if match else None
    if not head or head.lower().endswith("s") or (match.group("noun") and match.group("noun").lower() not in (
            plural(head).lower(), head.lower())):
        return False
    many = re.sub(r"^(?:a|an|one|the)\s+", "", scene.subject.strip(), flags=re.I)
    many = re.sub(r"\b" + re.escape(head) + r"\b", plural(head), many, count=1)
    scene.subject = tidy(f"{match.group('lot')} {many}")
    plan.record("replace", f"{match.group('lot')} {plural(head)}", f"as {match.group('lot')} {plural(head)}")
    return True


_FEEL = re.compile(r"^(?:make|get)\s+(?:it|this|that|the\s+(?:scene|picture|image|place|room|space|whole\s+thing|[\w'-]+))\s+"
                   r"(?P<verb>feel|seem|look)\s+(?:(?:a\s+(?:bit|lot|little|tad)|much|way|even|slightly)\s+)?(?P<more>more\s+)?"
                   r"(?P<adj>[a-z]+)[\s.!]*$", re.I)
_NOT_A_MOOD = frozenset("like real realistic photorealistic lifelike old new better worse good bad different same bigger "
                        "smaller wider taller shorter older younger larger longer bigger thinner thicker".split())
_WHOLE_PICTURE = frozenset("scene picture image place space whole".split())
_SIZES = frozenset("bigger smaller wider taller shorter larger longer thinner thicker".split())


def _base(adjective: str) -> str:
    """"cozier" -> "cozy", "calmer" -> "calm", "darker" -> "dark"; other words as they are."""
    low = adjective.lower()
    if low.endswith("ier") and len(low) > 4:
        return low[:-3] + "y"
    if low.endswith("er") and len(low) > 4 and low not in ("silver", "clever", "bitter", "tender", "super", "sober"):
        stem = low[:-2]
        return stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem
    return low


def feel(plan: EditPlan, clause: str, low: str) -> bool:
    """"make it feel cozier" -> a cozy atmosphere; "make it look more expensive" -> an expensive look: the mood or
    look of the whole picture, not the words "feel cozier" (its light and colours follow from the words)."""
    match = _FEEL.match(clause.strip())
    part = re.match(r"(?:make|get)\s+the\s+([\w'-]+)", clause.strip(), re.I) if match else None
    named = part.group(1) if part and part.group(1).lower() not in _WHOLE_PICTURE and plan.scene.mentions(part.group(1)) \
        else ""
    if match and named and match.group("adj").lower() in _SIZES:  # "make the room feel bigger": a bigger room
        modify_part(plan, named, match.group("adj").lower())
        return True
    if not match or match.group("adj").lower() in _NOT_A_MOOD or (match.group("verb").lower() == "look" and not
                                                                 match.group("more")):
        return False
    if named and match.group("verb").lower() == "look":
        return False  # "make the cat look more fluffy": that cat (the part rules), not the whole picture's look
    base = _base(match.group("adj"))
    said = f"{base} atmosphere" if match.group("verb").lower() in ("feel", "seem") else f"{base} look"
    plan.scene.details = [d for d in plan.scene.details if not d.endswith((" atmosphere", " look"))]
    plan.scene.details.append(said)
    plan.record("detail", said, f"with {article(said)} {said}")
    return True


_LABEL = re.compile(r"^(?:label|caption|annotate)\s+(?:the|each(?:\s+of\s+the)?|every|all\s+(?:of\s+)?the)\s+(?P<x>[\w'-]+(?:\s+[\w'-]+)?)"
                    r"[\s.!]*$", re.I)


def label(plan: EditPlan, clause: str, low: str) -> bool:
    """"label the planets" -> text labels naming the planets (a quoted label, "label the volcano "Mount Ember"", is
    chat.words.edit's: the volcano labeled "Mount Ember")."""
    match = _LABEL.match(clause.strip())
    if not match:
        return False
    said = f"text labels naming the {match.group('x')}"
    plan.scene.details.append(said)
    plan.record("add", said, f"with {said}")
    return True


_PARTICIPLES = {"wrap": "wrapped", "frame": "framed", "dress": "dressed", "bathe": "bathed", "dip": "dipped",
                "drape": "draped", "tie": "tied", "trim": "trimmed", "dust": "dusted", "drizzle": "drizzled",
                "sprinkle": "sprinkled", "top": "topped", "line": "lined", "edge": "edged"}
_DRESSED = re.compile(r"^(?P<verb>" + "|".join(_PARTICIPLES) + r")\s+(?P<x>it|this|that|them|the\s+[\w'-]+(?:\s+[\w'-]+)?)\s+"
                      r"(?:up\s+)?(?P<prep>in|with|by)\s+(?P<y>\S.*?)[\s.!]*$", re.I)


def dressed(plan: EditPlan, clause: str, low: str) -> bool:
    """"wrap it in brown paper with a twine bow" -> "wrapped in brown paper with a twine bow"; "top the cake with
    berries" -> "the cake topped with berries": how the thing is finished, said of it."""
    match = _DRESSED.match(clause.strip())
    if not match:
        return False
    done = f"{_PARTICIPLES[match.group('verb').lower()]} {match.group('prep').lower()} {match.group('y')}"
    thing = match.group("x").lower()
    said = done if thing in ("it", "this", "that", "them") else f"{match.group('x')} {done}"
    plan.scene.details.append(said)
    plan.record("add", said, said)
    return True


# what carries lettering: "make the ribbon say MOM" is words on the ribbon, not a speech bubble
_TEXT_SURFACES = (r"sign|card|banner|ribbon|scroll|poster|cake|shirt|t-shirt|tee|hoodie|mug|label|cover|board|sticker|logo|flyer|"
                  r"menu|invitation|plaque|flag|badge|tag|frame|tattoo|headstone|bottle|box|sash|cup|billboard|storefront|"
                  r"awning|window|door|van|truck|jersey|cap|hat")
_CAPITAL_WORDS = r"(?-i:[A-Z0-9][\w'&.!?-]*)(?:\s+(?:(?-i:[A-Z0-9&][\w'&.!?-]*)|and|of|the|to|for|a|&))*"
_WHERE = r"(?:\s*,?\s*(?P<where>(?:on|at|across|along|in|over|under|above|below|near)\s+(?:the\s+)?[\w'-]+(?:\s+[\w'-]+)?))?"
# "write Happy Birthday Grandma on it", "add our names, Sam and Alex, at the top": capitalised words to letter in
_WRITE_NAMES = re.compile(r"^(?:(?:write|print|letter|spell\s+out)\s+(?:(?:the|our|my|his|her|their)\s+(?:words?|text|names?|title)\s*,?"
                          r"\s*)?|(?:put|add)\s+(?:the|our|my|his|her|their)\s+(?:words?|text|names?|title)\s*[,:]?\s*)"
                          r"(?P<q>" + _CAPITAL_WORDS + r")\s*,?" + _WHERE + r"[\s.!]*$", re.I)  # ("add Santa": Santa himself)
# "it should say Bella's Bakery", "spell it "LEMONADE"": the words the picture already has, changed
_SAY_LEAD = r"^(?:it|this|that|the\s+(?:sign|text|words|title|banner|card|label|name|lettering|writing)|" \
            r"(?:(?:can|could)\s+(?:you|u)\s+)?(?:make|have|let|get)\s+(?:it|this|that|the\s+(?:" + _TEXT_SURFACES + \
            r"|title|text))|(?:can|could)\s+(?:it|the\s+\w+)|(?:change|switch|update|edit)\s+(?:it|this|that|the\s+(?:" + \
            _TEXT_SURFACES + r"|title|text|words|lettering|writing)))\s+(?:should|must|needs\s+to|has\s+to|could|would|to)?\s*" \
            r"(?:say|read|spell)\s+"
_SAY_INSTEAD = re.compile(_SAY_LEAD + r"(?P<q>" + _CAPITAL_WORDS + r")[\s.!?]*$|^spell\s+it\s+(?P<q2>\"[^\"]+\"|“[^”]+”)"
                          r"(?:\s+.*)?$", re.I)
# "make it say good night" of a mug that has words: any words, in small letters too, take their place
_SAY_OTHER_WORDS = re.compile(_SAY_LEAD + r"(?P<q>(?!(?:something|anything|more|less|it|that|this)\b)[\w'!&,-]+(?:\s+[\w'!&-]+)"
                              r"{0,7}?)(?:\s+(?:instead|now|please|pls))*[\s.!?]*$", re.I)


# "put MOM in the banner", "add BEST DAD across the mug": words in capitals put on a thing that carries lettering
_PUT_CAPITALS = re.compile(r"^(?:put|add|write|print)\s+(?P<q>(?-i:[A-Z][A-Z0-9'&!.-]+)(?:\s+(?-i:[A-Z0-9&][A-Z0-9'&!.-]*))*)\s+"
                           r"(?P<where>(?:on|in|across|along|inside|onto|into)\s+(?:the|a|its|his|her|their)\s+(?:[\w'-]+\s+)?"
                           r"(?:" + _TEXT_SURFACES + r"))[\s.!]*$", re.I)


def says_words(clause: str) -> bool:
    """Words to letter into the picture, said without quotes: "can it say Happy Birthday Oliver", "make him say
    yeehaw"."""
    return bool(_SAY_INSTEAD.match(clause.strip()) or _WRITE_NAMES.match(clause.strip()) or
                _HAS_THEM_SAY.match(clause.strip()) or (_PUT_CAPITALS.match(clause.strip()) and not clause.isupper()))


# "make him say yeehaw", "have the parrot say hello": words a figure in the picture says, in a speech bubble
_HAS_THEM_SAY = re.compile(r"^(?:(?:can|could)\s+(?:you|u)\s+)?(?:please\s+)?(?:make|have|let|get)\s+(?:him|her|them|the\s+"
                           r"(?!(?:" + _TEXT_SURFACES + r"|title|text|words|lettering|writing)\b)[\w'-]+)\s+"
                           r"(?:say|saying|shout|shouting|yell|yelling)\s+(?!(?:at|to|about|for|with|back|something|anything)\b)(?P<q>(?!\")[^\"“§]{1,40}?)[\s.!?]*$", re.I)


def lettering(plan: EditPlan, clause: str, low: str) -> bool:
    """Words to letter into the picture said without quotes ("write Happy Birthday Grandma on it", "it should say
    Bella's Bakery"): put in quotes so the words are kept as typed; a picture that has words gets them replaced; what
    a figure says goes in a speech bubble ("make him say yeehaw")."""
    spoken = _HAS_THEM_SAY.match(clause.strip())
    if spoken and not _SAY_INSTEAD.match(clause.strip()):
        said_text = f'with a speech bubble saying "{spoken.group("q").strip()}"'
        plan.scene.details.append(said_text)
        plan.record("add", said_text, said_text)
        return True
    carries_words = lettering_of(plan.scene) or any(re.search(r"\b(?:" + _TEXT_SURFACES + r")s?\b", part, re.I)
                                                    for part in (plan.scene.subject, *plan.scene.details))
    said = _SAY_INSTEAD.match(clause.strip()) or (_SAY_OTHER_WORDS.match(clause.strip()) if carries_words else None)
    if said:
        words = said.groupdict().get("q2") or f'"{said.group("q").strip().strip(chr(39) + "‘’")}"'
        set_text(plan, words)
        return True
    quoted = re.match(r"^(?:put|place|write|print|letter)\s+(?P<q>\"[^\"]+\"|“[^”]+”)(?P<rest>.*)$", clause.strip(), re.I)
    if quoted:  # 'put "Sam & Alex" in gold script at the top'
        said_text = f"with the text {quoted.group('q')}{quoted.group('rest').rstrip(' .!')}"
        plan.scene.details.append(said_text)
        plan.record("add", said_text, said_text)
        return True
    written = _WRITE_NAMES.match(clause.strip()) or (_PUT_CAPITALS.match(clause.strip()) if not clause.isupper() else None)
    if not written or len(written.group("q").split()) > 8:
        return False
    where = f" {written.group('where')}" if written.group("where") else ""
    said_text = f'with the text "{written.group("q").strip(" ,")}"{where}'
    plan.scene.details.append(said_text)
    plan.record("add", said_text, said_text)
    return True


_SPOT = r"(?:on\s+the\s+(?:left|right)|in\s+the\s+(?:front|back|middle|background|foreground))"
# "put the cat on the left and the dog on the right": two things of the picture, each given its place
_TWO_PLACES = re.compile(r"^(?:put|place|move|have|set)\s+(?:the\s+)?(?P<a>[\w'-]+)\s+(?P<pa>" + _SPOT + r")\s*,?\s+and\s+"
                         r"(?:the\s+)?(?P<b>[\w'-]+)\s+(?P<pb>" + _SPOT + r")[\s.!]*$", re.I)
_SWAP = re.compile(r"^(?:swap|switch|flip|trade|exchange)\s+(?:them|their\s+(?:places|spots|positions|sides)|places|sides|"
                   r"the\s+(?P<a>[\w'-]+)\s+and\s+the\s+(?P<b>[\w'-]+))(?:\s+(?:around|over|please|pls))*[\s.!]*$", re.I)
_ONLY_KEEP = re.compile(r"^(?:remove|delete|get\s+rid\s+of|take\s+out)\s+everything\s+(?:except|but|apart\s+from|other\s+than)\s+"
                        r"(?:the\s+)?(?P<x>[\w'-]+)|^(?:only\s+keep|keep\s+only|just\s+keep)\s+(?:the\s+)?(?P<x2>[\w'-]+)"
                        r"(?:\s+(?:and\s+remove|,)?\s*(?:everything|the\s+rest)(?:\s+else)?(?:\s+gone)?)?[\s.!]*$", re.I)


def two_places(plan: EditPlan, clause: str, low: str) -> bool:
    """"put the cat on the left and the dog on the right": each thing in the subject gets its place (an old place of
    theirs goes)."""
    match = _TWO_PLACES.match(clause.strip())
    subject = plan.scene.subject
    if not match or not (find_np(subject, match.group("a")) and find_np(subject, match.group("b"))):
        return False
    subject = re.sub(r"\s+" + _SPOT + r"\b", "", subject, flags=re.I)
    for noun, spot in ((match.group("a"), match.group("pa")), (match.group("b"), match.group("pb"))):
        found = find_np(subject, noun)
        if found is None:  # the noun named only a place the picture had ("the background"): not two things
            return False
        subject = subject[: found.end()] + f" {spot.lower()}" + subject[found.end():]
    plan.scene.subject = tidy(subject)
    plan.record("detail", f"the {match.group('a')} {match.group('pa')}", f"with the {match.group('a')} "
                f"{match.group('pa').lower()} and the {match.group('b')} {match.group('pb').lower()}")
    return True


def swap_places(plan: EditPlan, clause: str, low: str) -> bool:
    """"swap them": the left and the right of the picture's words change places; with no sides said, the two things
    named first ("a cat and a dog" -> "a dog and a cat")."""
    if not _SWAP.match(clause.strip()):
        return False
    subject = plan.scene.subject
    if re.search(r"\bleft\b", subject, re.I) and re.search(r"\bright\b", subject, re.I):
        swapped = re.sub(r"\b(left|right)\b", lambda m: {"left": "right", "right": "left"}[m.group(1).lower()], subject,
                         flags=re.I)
    else:
        pair = re.match(r"^(?P<a>(?:an?|the|some|two|three)\s+[\w'-]+(?:\s+[\w'-]+)?)\s+and\s+(?P<b>(?:an?|the|some|two|three)"
                        r"\s+[\w'-]+)\b", subject, re.I)
        if not pair:
            return False
        swapped = f"{pair.group('b')} and {pair.group('a')}" + subject[pair.end():]
    plan.scene.subject = swapped
    plan.record("detail", "swapped", "with the two swapped")
    return True


def only_keep(plan: EditPlan, clause: str, low: str) -> bool:
    """"remove everything except the tree", "only keep the house": that thing alone, as the picture named it."""
    match = _ONLY_KEEP.match(clause.strip())
    if not match:
        return False
    noun = match.group("x") or match.group("x2")
    found = find_np(plan.scene.subject, noun) or next(
        (m for m in (find_np(d, noun) for d in plan.scene.details) if m), None)
    if found is None:
        return False
    plan.scene.subject = found.group(0)
    plan.scene.details = []
    plan.record("remove", f"everything but the {noun}", f"with only the {noun}")
    return True


# "restore this old photo", "fix the scratches", "it's all faded, can you repair it": an old photo made good again
_OLD_PHOTO = (r"(?:it|this|that|the|my|our)?\s*(?:(?:old|faded|damaged|scratched|torn|worn|vintage|family)\s+)*"
              r"(?:photo|picture|pic|image|photograph|scan|print)?s?")
_DAMAGE_WORD = r"(?:scratch(?:es)?|creases?|dust|stains?|spots?|tears?|damage|fading|cracks?)"
_RESTORE = re.compile(r"^(?:restore|repair|fix\s+up|clean\s+up|touch\s+up|retouch|refresh|revive)\s+" + _OLD_PHOTO + r"[\s.!]*$"
                      r"|^(?:remove|fix|repair|get\s+rid\s+of|clean\s+up|take\s+out)\s+(?:the\s+|all\s+the\s+|those\s+)?"
                      + _DAMAGE_WORD + r"(?:\s+(?:and|&)\s+(?:the\s+)?" + _DAMAGE_WORD + r")*[\s.!]*$", re.I)
_DAMAGE = ("scratches", "dust", "creases", "stains", "faded colours")
# the words of such a request and of the damage it names: no words of the picture
RESTORE_TALK = re.compile(r"\b(?:restore|repair|fix\s+up|retouch)\s+" + _OLD_PHOTO + r"\b"
                          r"|\b(?:it'?s|its|it\s+is)\s+(?:all\s+|very\s+|so\s+|really\s+|quite\s+)?(?:faded|damaged|scratched|"
                          r"old|torn|worn)\b", re.I)


def restore(plan: EditPlan, clause: str, low: str) -> bool:
    """"restore this old photo" / "fix the scratches": the same photo, clean and sharp (the damage to the negatives),
    not a picture of the words "restore this old photo"."""
    if not _RESTORE.match(clause.strip()):
        return False
    said = "restored photograph, clean and sharp, natural colours"
    if said not in plan.scene.details:
        plan.scene.details.append(said)
    plan.scene.negatives.extend(d for d in _DAMAGE if d not in plan.scene.negatives)
    plan.record("detail", said, "restored, clean and sharp")
    return True

