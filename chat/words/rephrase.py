"""A change of the picture on screen said as a wish, a critique, a suggestion or a question, rephrased as the plain
edit command the edit rules read: "it would be nice if the fox was smiling" -> "make the fox smiling", "the face looks
creepy" -> "make the face less creepy", "what about in pink?" -> "make it in pink".

    .venv/bin/python -c "from chat.words.rephrase import as_edit_command; print(as_edit_command('i wish it had more birds'))"
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Optional

from chat.words import lexicon
from chat.words.critique import FOR_MY_TASTE, anatomy_fault, critique
from chat.words.glossary import singular
from chat.words.sizes import SHAPE_WORDS, aspect_from_text, device_phrase
from chat.words.slots import classify_phrase, is_modifier_only

_LEAD = r"^(?:(?:ok(?:ay)?|so|and|now|hmm+|eh|meh|ugh|um+|well|honestly|tbh|imo|but|nah|nope|yeah|yea|i\s+think|i\s+feel\s+like|actually|" \
        r"maybe)[,\s]+)*"
_END = r"(?:[\s,]+(?:tbh|honestly|lol|haha+|imo|to\s+be\s+honest|though|tho|please|pls|maybe|perhaps))*[\s?.!]*$"
_TRAIL_WORD = r"(?:tbh|honestly|lol|haha+|imo|though|tho|please|pls)\b"
_PART = r"(?P<x>(?:the|his|her|its|their)\s+[\w'-]+(?:\s+(?!" + _TRAIL_WORD + r")[\w'-]+)?)"

_WHAT_ABOUT = re.compile(_LEAD + r"(?:what|how)\s+about\s+(?P<x>.+?)" + _END, re.I)
_IMAGINE_IT = re.compile(_LEAD + r"(?:imagine|picture|envision|visuali[sz]e)\s+(?:it|this|that|them|the\s+(?:scene|"
                         r"picture|image))\s+(?!(?:was|were|is|as\s+mine)\b)(?P<x>\S.*?)" + _END, re.I)
_IT_IS_NOW = re.compile(_LEAD + r"(?:it'?s|its|it\s+is)\s+(?:now\s+)?(?!(?:too|so|very|kinda|really|a\s+bit|a\s+little|"
                        r"quite|way|not)\b)(?P<x>.+?)(?:\s+now)?" + _END, re.I)
_AN_X_VERSION = re.compile(_LEAD + r"(?:(?:can|could)\s+(?:i|we|you)\s+(?:get|have|see|do|make)\s+|(?:make|do|give\s+me|"
                           r"try|show\s+me)\s+)?(?:a|an)\s+(?P<x>[\w'-]+(?:\s+[\w'-]+)?)\s+(?:version|edition|variant|"
                           r"take)(?:\s+(?:of\s+it|please|pls|too|instead))*" + _END, re.I)
# "the sky could be more dramatic", "the fox's tail should be fluffier"
_PART_SHOULD = re.compile(_LEAD + _PART + r"\s+(?:could|should|would|might|needs\s+to|has\s+to|must)\s+(?P<verb>be|look)\s+"
                          r"(?P<y>.+?)" + _END, re.I)
# "it would be nice if the fox was smiling", "what if the meadow was blue", "i wish the sky were pink"
_IF_IT_WERE = re.compile(_LEAD + r"(?:(?:it\s+would|it'?d|it\s+might|would\s+it)\s+(?:be|look)\s+(?:\w+\s+)?(?:nice|cool|great|"
                         r"better|fun|cute|awesome|lovely|good|funny|nicer|cuter)\s+if|what\s+if|(?:i\s+)?(?:kinda\s+|really\s+|"
                         r"just\s+)?wish)\s+"
                         + _PART + r"\s+(?:was|were|is|looked)\s+(?P<y>.+?)" + _END, re.I)
# "what if they were on a boat instead", "what if he was older": the people on screen, changed or put somewhere
_IF_THEY_WERE = re.compile(_LEAD + r"(?:what\s+if|how\s+about\s+if|imagine\s+if|(?:it\s+would|it'?d)\s+be\s+(?:\w+\s+)?(?:nice|"
                           r"cool|fun|cute|great|better|lovely|funny)\s+if|(?:i\s+)?(?:kinda\s+|really\s+|just\s+)?wish)\s+"
                           r"(?P<who>they|he|she|it)\s+(?P<verb>were|was|is|are|had|has|wore)\s+(?P<y>.+?)" + _END, re.I)
_OBJECT = {"they": "them", "he": "him", "she": "her", "it": "it"}


def _worn(said: str) -> Optional[str]:
    """"in a yellow dress" -> "a yellow dress": what a figure is dressed in, else None (a place: "in a boat")."""
    dressed = re.match(r"(?:dressed\s+)?in\s+(?P<w>(?:(?:an?|some|his|her|their|a\s+pair\s+of)\s+)?(?:[\w'-]+\s+){0,3}?"
                       r"(?P<n>[\w'-]+))(?P<rest>\s+(?:and|with)\s+.+)?$", said, re.I)
    noun = dressed.group("n").lower() if dressed else ""
    return said[dressed.start("w"):] if {noun, singular(noun)} & lexicon.WEARABLES else None


def _on_them(who: str, said: str) -> str:
    """The change a wish says of the people on screen: worn, placed or done ("put him on a horse")."""
    worn = _worn(said)
    if worn:
        return f"make {who} wear {worn}"
    doing_there = re.match(r"(?P<v>[a-z]+ing)\s+(?P<place>(?:on|in|under|inside|beside|next\s+to|behind|on\s+top\s+of)\s.+)$",
                           said, re.I)
    if doing_there and doing_there.group("v").lower() not in ("looking", "wearing", "holding", "carrying"):
        return f"put {who} {doing_there.group('place')}, {doing_there.group('v')}"  # the new place takes the old one's
    placed = re.match(r"(?:on|in|at|under|by|near|inside|outside|beside|next\s+to|in\s+front\s+of|behind|on\s+top\s+of)\s",
                      said, re.I)
    return f"{'put' if placed else 'make'} {who} {said}"


def _if_they_were(m: re.Match) -> Optional[str]:
    """"what if they were on a boat" -> "put them on a boat"; "what if he was older" -> "make him older"."""
    said, verb, who = m.group("y"), m.group("verb").lower(), _OBJECT[m.group("who").lower()]
    if _NOT_A_LOOK.match(said) or len(said.split()) > 8:
        return None
    if verb in ("had", "has"):  # "what if she had wings": give her wings ("… it had more reeds": added, below)
        return f"give {who} {said}" if who != "it" else None
    if verb == "wore":
        return f"make {who} wear {said}"
    return _on_them(who, said)


# "i want them holding hands", "we'd like him in a tux": the people on screen, doing or wearing something
_WANT_THEM = re.compile(_LEAD + r"(?:i|we)(?:\s+really|\s+kinda|\s+just)?(?:\s+want|\s+need|'d\s+like|\s+would\s+like|'d\s+love|"
                        r"\s+would\s+love)\s+(?P<who>them|him|her)\s+(?P<y>[a-z]+ing\b.*?|(?:in|on|at|under|by|near|inside|"
                        r"beside|next\s+to|behind)\s.+?|to\s+(?!be\b)[a-z]+\b.*?)" + _END, re.I)
# "make my house look like it's in the snow", "can you make it look like it was taken at night": it, so changed
_LOOK_LIKE_ITS = re.compile(_LEAD + r"(?:(?:can|could|would)\s+(?:you|u)\s+)?(?:please\s+)?make\s+(?:it|this|that)\s+look\s+(?:like|as\s+if|as\s+though)\s+(?:it'?s|its|it\s+is|it\s+was|it\s+were)\s+"
                            r"(?:been\s+)?(?:taken\s+|shot\s+|set\s+)?(?P<y>(?:in|on|at|under|during)\s.+?)" + _END, re.I)
# "too much text", "there are too many colours", "way too much going on": less of it
_TOO_MUCH = re.compile(_LEAD + r"(?:(?:it|this|that|there)(?:'s|\s+is|\s+are|'re|\s+has|\s+have)\s+)?(?:way\s+|a\s+bit\s+|far\s+|"
                       r"just\s+|kinda\s+)?too\s+(?P<q>much|many)\s+(?P<x>(?!(?:of\b))[\w'-]+(?:\s+[\w'-]+)?)(?:\s+(?:on|in)\s+"
                       r"(?:it|there|the\s+(?:picture|image|poster|design)))?" + _END, re.I)


# "less text maybe", "fewer words please": the words on it cut down, not taken out
_LESS_TEXT = re.compile(_LEAD + r"(?:(?:use|with|can\s+(?:you|u|we)\s+(?:use|have|do))\s+)?(?:less|fewer)\s+(?:text|writing|words|lettering)"
                        r"(?:\s+on\s+it)?" + _END, re.I)


def _too_much(m: re.Match) -> Optional[str]:
    """"too much text" -> "make it with fewer words"; "too many colours" -> "make it with fewer colours"."""
    thing = m.group("x").lower()
    if thing in ("going on", "stuff", "things", "detail", "details", "clutter", "happening"):
        return "simplify it"
    if thing in ("text", "writing", "words", "lettering"):
        return "make it with fewer words"
    return f"make it with {'less' if m.group('q').lower() == 'much' else 'fewer'} {m.group('x')}"


# "ok now she's sitting on a windowsill", "they're dancing": the one on screen, now doing or somewhere else
_NOW_THEY_ARE = re.compile(_LEAD + r"(?=(?:\S+\s+){0,3}?now\b)(?:now\s+)?(?P<who>she|he|they)(?:'s|'re|\s+is|\s+are)\s+(?:now\s+)?(?P<y>(?!going\b|gonna\b|"
                           r"looking\s+(?:great|good|nice|weird|odd|off|strange|cute)\b)[a-z]+ing\b.+?|(?:on|in|at|under|"
                           r"inside|beside|next\s+to|behind|on\s+top\s+of)\s.+?)(?:\s+now)?" + _END, re.I)
# "her but as a cartoon", "him but in a suit", "them in paris": the one on screen, so changed
_WHO_BUT = re.compile(_LEAD + r"(?P<who>her|him|them)\s+(?:but\s+|again\s+but\s+)?(?P<y>(?:as|in|on|at|wearing|with|"
                      r"holding)\s.+?)" + _END, re.I)


def _want_them(m: re.Match) -> Optional[str]:
    """"i want them holding hands" -> "make them holding hands"; "i want him on a horse" -> "put him on a horse";
    "i'd like her to look at the camera" -> "make her look at the camera"."""
    said = m.group("y")
    if said.lower().startswith("to "):  # "… her to look at the camera": her looking at the camera
        verb, _, rest = said[3:].partition(" ")
        return _on_them(m.group("who").lower(), f"{_ing(verb)} {rest}".strip())
    return _on_them(m.group("who").lower(), said)


# "it was better without the candles", "looks better without text": that thing taken out
_BETTER_WITHOUT = re.compile(_LEAD + r"(?:(?:no|nah|nope)[,\s]+)*(?:(?:it|this|that)(?:'s|\s+is|\s+was|\s+looked|\s+looks|'d\s+be|"
                             r"\s+would\s+(?:be|look))|(?:was|looked|looks|is))\s+(?:way\s+|much\s+|a\s+lot\s+)?(?:better|nicer|"
                             r"cleaner)\s+without\s+(?P<x>(?!(?:it|that|this|them)\b)\S.*?)" + _END, re.I)


# "no more motorbike, make it a horse", "get rid of the vase, use a jug": one thing in the other's place
_OUT_THEN_IN = re.compile(_LEAD + r"(?:no\s+more|get\s+rid\s+of|lose|ditch|remove|drop|scrap|bin)\s+(?:the\s+|that\s+)?"
                          r"(?P<x>[\w'-]+(?:\s+[\w'-]+)?)\s*[,;.]\s*(?:and\s+)?(?:make\s+it|turn\s+it\s+into|use|try|put\s+in|"
                          r"have|give\s+(?:me|us)|go\s+with)\s+(?P<y>(?:an?|some|the|two|three)\s+.+?)(?:\s+instead)?" + _END, re.I)


# "dress her in a yellow dress", "put him in a tux": what the one on screen wears
_DRESS_IN = re.compile(_LEAD + r"(?:(?:can|could)\s+(?:you|u)\s+)?(?:please\s+)?(?:dress|put|clothe)\s+(?P<who>him|her|them|"
                       r"the\s+[\w'-]+)\s+(?P<y>in\s+.+?)" + _END, re.I)


# "i wish it had more flowers", "kinda wish there was a rainbow"
_WISH_HAD = re.compile(_LEAD + r"(?:i\s+)?(?:kinda\s+|really\s+|just\s+|sort\s+of\s+)?wish\s+(?:it|this|the\s+[\w'-]+)\s+"
                       r"had\s+(?P<y>.+?)" + _END + r"|" + _LEAD + r"(?:(?:i\s+)?(?:kinda\s+|really\s+|just\s+)?wish|what\s+if|"
                       r"(?:it\s+)?(?:would|'d)\s+be\s+(?:\w+\s+)?(?:nice|cool|fun|cute|great|better|lovely|awesome)\s+if)\s+"
                       r"there\s+(?:was|were|is)\s+(?P<y2>.+?)" + _END, re.I)  # "what if there was a rainbow"
# "i'd prefer it in black and white", "id rather have it at sunset"
_PREFER = re.compile(_LEAD + r"(?:i'?d|i\s+would)\s+(?:prefer|rather|like|love)\s+(?:to\s+)?(?:have\s+|see\s+)?(?:it|this|"
                     r"that|the\s+whole\s+thing|the\s+(?:picture|image|scene))\s+(?:to\s+be\s+|be\s+)?(?P<y>.+?)" + _END, re.I)
# "honestly I'm not loving the vase, can we try a glass jar instead": the new thing in the old one's place
_NOT_KEEN_TRY = re.compile(r"^(?:(?:honestly|tbh|hmm+|so|ok(?:ay)?)[,\s]+)*(?:i'?m\s+|i\s+am\s+)?(?:not\s+(?:really\s+)?(?:loving|"
                           r"feeling|a\s+fan\s+of|sure\s+about|keen\s+on|into)|(?:i\s+)?(?:don'?t|do\s+not)\s+(?:really\s+)?(?:like|"
                           r"love))\s+(?:the|that|this)\s+(?P<old>[\w'-]+(?:\s+[\w'-]+)?)\s*[,.;!-]+\s*(?:(?:so|maybe|can|could|"
                           r"shall)\s+)?(?:(?:we|you|i)\s+)?(?:try|use|have|do|go\s+with|get|make\s+it)\s+(?P<new>(?:an?|some|the)\s+"
                           r"[^,.!?]+?)(?:\s+instead)?" + _END, re.I)
# "it doesn't really feel like summer, can you fix that": make it so
_NOT_ENOUGH = re.compile(_LEAD + r"(?:it|this|that)\s+(?:doesn'?t|does\s+not|isn'?t|is\s+not)\s+(?:really\s+|quite\s+)?(?:feel(?:ing)?|"
                         r"look(?:ing)?|seem)\s+(?:like\s+|very\s+|enough\s+)?(?P<y>[\w'-]+(?:\s+[\w'-]+){0,2}?)"
                         r"(?:\s+enough)?(?:\s*[,.;]\s*(?:can|could)\s+(?:you|u)\s+(?:fix|change)\s+(?:that|it))?" + _END, re.I)
# "not a fan of the background", "not sure about the colours", "not loving the font"
_NOT_KEEN = re.compile(_LEAD + r"(?:i'?m\s+)?not\s+(?:really\s+|too\s+|totally\s+)?(?:a\s+(?:big\s+|huge\s+)?fan\s+of|"
                       r"sure\s+about|loving|feeling|into|happy\s+with|keen\s+on)\s+(?P<x>(?:the|those|that|this|its)\s+"
                       r"[\w'-]+(?:\s+(?!" + _TRAIL_WORD + r")[\w'-]+)?)" + _END, re.I)
# "the face looks creepy", "the grass is too green": that part, less so
_PART_LOOKS = re.compile(_LEAD + _PART + r"\s+(?:looks?|is|are|seems?|feels?)\s+(?:(?:kinda|kind\s+of|a\s+bit|a\s+little|"
                         r"so|really|very|super|way|pretty|quite|rather|just|(?P<too>too))\s+)*(?P<y>[a-z]+)" + _END, re.I)
# "maybe a bit more contrast?", "can we try something less busy", "how would it look with snow?"
_MORE_LESS = re.compile(_LEAD + r"(?:(?:can|could)\s+(?:we|you|i)\s+(?:try|have|get|do)\s+(?:something|it)\s+)?"
                        r"(?P<y>(?:a\s+(?:bit|little|tad|lot)\s+|slightly\s+|much\s+)?(?:more|less)\s+(?!(?:with|where|"
                        r"but|of|like|please|pls|versions?|options?|ones?|times?|importantly|than|or)\b)[^?,]*?)" + _END,
                        re.I)
_HOW_WOULD = re.compile(_LEAD + r"how\s+would\s+(?:it|this|that)\s+look\s+(?P<y>(?:with|without|in|at|as|during|from)\s+.+?)"
                        + _END, re.I)
# "tone down the saturation", "crank up the contrast"
_DIAL = re.compile(_LEAD + r"(?:(?:can|could)\s+(?:you|u)\s+)?(?:please\s+)?(?P<verb>tone|turn|dial|crank|bump|boost|"
                   r"ramp|pump)\s+(?P<dir>up|down|back)?\s*(?:the\s+)?(?P<y>[\w-]+)(?:\s+(?P<dir2>up|down|back))?"
                   r"(?:\s+(?:a\s+(?:bit|little|lot|notch)|please|pls))*" + _END, re.I)
# "calm the sea down", "liven it up a bit", "cheer him up": a phrasal verb of a look, said as the look itself
_PHRASAL_LOOKS = {("calm", "down"): "calm", ("settle", "down"): "calm", ("quiet", "down"): "quieter",
                  ("liven", "up"): "livelier", ("cheer", "up"): "happier", ("brighten", "up"): "brighter",
                  ("warm", "up"): "warmer", ("cool", "down"): "cooler", ("spice", "up"): "more exciting and vivid",
                  ("jazz", "up"): "more exciting and vivid", ("tidy", "up"): "tidier", ("dim", "down"): "dimmer",
                  ("tone", "down"): "more subdued", ("mess", "up"): "messier", ("smarten", "up"): "smarter"}
_PHRASAL = re.compile(_LEAD + r"(?:(?:can|could|would)\s+(?:you|u|we)\s+)?(?:please\s+)?(?:try\s+(?:and\s+|to\s+)?)?"
                      r"(?P<verb>" + "|".join(sorted({v for v, _ in _PHRASAL_LOOKS})) + r")\s+"
                      r"(?P<x>it|this|that|him|her|them|things|everything|(?:the|his|her|its|their)\s+[\w'-]+(?:\s+[\w'-]+)?)"
                      r"\s+(?P<dir>up|down)(?:\s+(?:a\s+(?:bit|little|lot|touch|notch)|some|more|please|pls))*" + _END, re.I)


def _phrasal(m: re.Match) -> Optional[str]:
    look = _PHRASAL_LOOKS.get((m.group("verb").lower(), m.group("dir").lower()))
    if not look:
        return None
    who = m.group("x").lower()
    who = "it" if who in ("this", "that", "things", "everything") else m.group("x")
    return f"make {who} {look}"


# "the car should stay blue", "i said the roof has to remain red": that part keeps that look
PART_STAYS = re.compile(_LEAD + r"(?:(?:no|wait|sorry|oops)[,.!\s]+)*(?:(?:i|we)\s+(?:said|meant|wanted)\s+)?" + _PART + r"\s+(?:should|must|has\s+to|have\s+to|"
                         r"needs\s+to|need\s+to|can|is\s+to|are\s+to)\s+(?:stay|remain|be\s+kept|still\s+be)\s+(?P<y>[\w'-]+(?:\s+[\w'-]+)?)"
                         + _END, re.I)
# "no wait i meant cardinal tetras not neon": the thing meant in the place of the one drawn
_MEANT_NOT = re.compile(_LEAD + r"(?:(?:no|wait|sorry|oops)[,.!\s]+)*(?:i|we)\s+meant\s+(?P<x>(?:an?\s+|the\s+|some\s+)?[\w'-]+"
                        r"(?:\s+[\w'-]+){0,2}?)\s*,?\s+not\s+(?:the\s+|an?\s+)?(?P<y>[\w'-]+(?:\s+[\w'-]+)?)" + _END, re.I)
_HARD_TO_READ = re.compile(r"\b(?:(?:the\s+)?(?:text|words|writing|letters|lettering|title|font)\s+(?:is|are)\s+(?:kinda\s+|"
                           r"really\s+|too\s+|a\s+bit\s+)?(?:hard|difficult|impossible)\s+to\s+read|can'?t\s+read\s+"
                           r"(?:the\s+)?(?:text|words|writing|title)|(?:text|words|writing)\s+(?:is|are)\s+(?:illegible|"
                           r"unreadable|blurry))\b", re.I)
# "the text is spelled wrong", "there's a typo in the sign", "the spelling is off": the lettering, drawn right
_MISSPELLED = re.compile(r"^(?:(?:hmm+|ugh+|oops|oh\s+no|but|and|also|sorry)[,.!\s]+)*(?:(?:the\s+|its\s+|that\s+)?(?:text|words?|"
                         r"writing|letters|lettering|title|name|sign|banner|caption)\s+(?:is|are|was|were|got|came\s+out)\s+"
                         r"(?:all\s+|totally\s+|kinda\s+|a\s+bit\s+)?(?:spelt|spelled|written)\s+(?:wrong(?:ly)?|incorrectly|badly)|"
                         r"(?:the\s+|its\s+)?(?:text|words?|writing|lettering|title|name|sign|banner|caption)\s+(?:is|are)\s+"
                         r"mis-?spel(?:led|t)|(?:the\s+)?spelling\s+(?:is|was|looks)\s+(?:all\s+)?(?:wrong|off|bad|messed\s+up)|"
                         r"(?:there'?s|there\s+is|there\s+are|it\s+has)\s+(?:a\s+|some\s+)?(?:typos?|spelling\s+(?:mistakes?|errors?))"
                         r"(?:\s+(?:in|on)\s+(?:the\s+|it)[\w\s'-]*)?|"
                         r"(?:the\s+|its\s+)?(?:text|words?|writing|letters|lettering|title)\s+(?:is|are|came\s+out|looks?|got)\s+"
                         r"(?:all\s+|totally\s+|kinda\s+|a\s+bit\s+)?(?:garbled|jumbled|scrambled|gibberish|nonsense|messed\s+up|"
                         r"wonky|broken))(?:[\s.!,:(]+(?:can|could)\s+(?:you|u)\s+(?:try|fix\s+(?:it|that|this)|redo\s+it|do\s+it)"
                         r"(?:\s+again)?(?:\s+please|\s+pls)?)?[\s.!?]*$", re.I)
# "black and white version?", "maybe a watercolor one?": a look, asked as a version of the picture
_LOOK_VERSION = re.compile(_LEAD + r"(?:(?:maybe|how\s+about|what\s+about|or)\s+)?(?:an?\s+)?(?P<y>[\w'-]+(?:\s+[\w'-]+){0,3}?)\s+"
                           r"(?:version|one)(?:\s+(?:of\s+(?:it|this|that)|too|instead))?" + _END, re.I)
# "do you think it'd look better at sunset? if so do it": the change, asked for on condition
_BETTER_IF_SO = re.compile(_LEAD + r"(?:do\s+you\s+think\s+|would\s+|maybe\s+)?(?:it|this)(?:'d|\s+would|\s+might)?\s+(?:look|be)\s+"
                           r"better\s+(?P<y>(?:at|in|with|without|as|during|on|under)\s+[^?.!]+?)\s*[?.!]+\s*(?:if\s+(?:so|yes|you\s+"
                           r"(?:think|agree)(?:\s+so)?)[,\s]+)?(?:do\s+it|go\s+for\s+it|go\s+ahead|try\s+it|make\s+it\s+so)" + _END, re.I)
# "can she be holding a hammer", "could they be dancing", "can he smile a little?": the people on screen, doing it
_COULD_THEY_BE = re.compile(_LEAD + r"(?:and\s+|also\s+)?(?:can|could|should|would|might)\s+(?P<who>he|she|they)\s+(?:please\s+|"
                            r"maybe\s+|also\s+)?(?:be\s+(?P<y>[a-z]+ing\b[^?.!]*?)|(?P<verb>(?:" +
                            "|".join(sorted(lexicon.PEOPLE_VERBS)) + r")\b[^?.!]*?))" + _END, re.I)
# "a cat sleeping next to it would be cute", "some marshmallows on top would be nice": a thing wished into the picture
_THING_WOULD_BE_NICE = re.compile(_LEAD + r"(?P<y>(?:an?|some|two|three|four|\d+|a\s+few|a\s+couple\s+of|more)\s+[^?.!,]+?)\s+(?:would|will|"
                                  r"'d|could|might)\s+(?:be|look)\s+(?:so\s+|really\s+|super\s+|very\s+|kinda\s+|pretty\s+)?"
                                  r"(?:cute|nice|cool|great|fun|lovely|awesome|adorable|funny|perfect|amazing|sweet|good|"
                                  r"neat|fab|better)(?:\s+(?:too|as\s+well|in\s+it|in\s+there|there|i\s+think))?" + _END, re.I)
_CLEAN_UP = re.compile(_LEAD + r"(?:(?:can|could|would)\s+(?:you|u)\s+)?(?:please\s+)?(?:clean|tidy|touch|fix|sharpen)\s+"
                       r"(?:it|this|that|the\s+(?:photo|picture|image|pic))\s+up" + _END, re.I)
# "it looks too yellow", "hmm still too cartoony": the whole picture, less so (what critique() knows the other way of
# is read there: "too dark" -> brighter)
_IT_TOO = re.compile(_LEAD + r"(?:(?:it|this|that|the\s+(?:picture|image|whole\s+thing))\s+(?:still\s+)?(?:looks?|is|seems?|feels?)\s+"
                     r"|it'?s\s+|its\s+)?(?:still\s+)?(?:way\s+|a\s+bit\s+|kinda\s+|much\s+|far\s+|a\s+little\s+)?too\s+"
                     r"(?P<y>[a-z][a-z-]+)" + _END, re.I)
# "it should be darker", "they should be red", "it should be a chess knight": the whole picture (or its subject), so
_IT_SHOULD = re.compile(_LEAD + r"(?P<who>it|this|that|they|these|those)\s+(?:should|needs\s+to|has\s+to|ought\s+to)\s+"
                        r"(?:be|look)\s+(?!(?:fine|ok(?:ay)?|good|done|ready|possible|easy|able|free|here|there|saved|it|enough|"
                        r"fast(?:er)?|quick(?:er)?|working|a\s+(?:bug|mistake|glitch|joke|problem)|the\s+(?:demo|model|settings?|"
                        r"same))\b)"
                        r"(?P<y>\S.*?)" + _END, re.I)
# "label the planets", "can you name each flower": words naming the parts, lettered into the picture
_LABEL = re.compile(_LEAD + r"(?:(?:can|could|would)\s+(?:you|u)\s+)?(?:please\s+)?(?:label|annotate)\s+(?:the|each(?:\s+of\s+the)?|"
                    r"all\s+(?:of\s+)?the|every|its|their)\s+(?P<x>[\w'-]+(?:\s+(?!" + _TRAIL_WORD + r")[\w'-]+)?)(?:\s+(?:too|as\s+well|please|pls))*"
                    + _END, re.I)
# "can we see it from the side", "show him from behind": the same scene from another side
_SEEN_FROM = re.compile(_LEAD + r"(?:(?:can|could)\s+(?:we|i|you|u)\s+(?:see|get|have|view|do)|(?:show|view)(?:\s+me)?)\s+"
                        r"(?:it|this|that|them|him|her|the\s+[\w'-]+)\s+(?P<y>from\s+(?:the\s+)?(?:side|front|back|behind|"
                        r"above|below|the\s+air|a\s+(?:low|high|different)\s+angle|another\s+angle|an\s+angle))"
                        r"(?:\s+(?:instead|too|please|pls))*" + _END, re.I)
# "the dragon looks too friendly, make it scarier", "she looks too young - make her older": what is wrong, then the
# change that mends it (the change alone says what to do)
_FAULT_THEN_FIX = re.compile(_LEAD + r"(?P<who>it|this|that|he|she|they|the\s+[\w'-]+(?:\s+[\w'-]+)?)(?:'s|'re|\s+(?:is|are|looks?|"
                             r"seems?|feels?))\s+(?:(?:way|kinda|a\s+bit|a\s+little|still|much|far|just)\s+)*(?:too\s+"
                             r"[\w-]+|not\s+[\w-]+\s+enough)\s*(?:[,;.!-]+|\s+(?:so|and|but))\s*(?:(?:so|please|can\s+you|"
                             r"could\s+you|maybe|just)\s+)*(?P<cmd>(?:make|turn|give|add|remove|change|put|move|take|lose|try|"
                             r"fix)\b.+?)" + _END, re.I)
# "can you stage it with some plants and a grey sofa", "decorate the tree with lights": things to add
_FILL_WITH = re.compile(_LEAD + r"(?:(?:can|could|would)\s+(?:you|u|we)\s+)?(?:please\s+)?(?:stage|decorate|furnish|fill|dress|"
                        r"accessori[sz]e|deck\s+out|liven\s+up|cover|surround)\s+(?P<x>it|this|that|them|the\s+[\w'-]+(?:\s+[\w'-]+)?)"
                        r"(?:\s+up|\s+out)?\s+with\s+(?P<y>\S.*?)" + _END, re.I)
# "the raincoat looks orange, make it more yellow": "it" is the part just named
_PART_THEN_IT = re.compile(_LEAD + _PART + r"(?:'s|'re|\s+(?:is|are|looks?|seems?|feels?|came\s+out))\s+[^,;.!?]{1,40}?"
                           r"\s*(?:[,;.!-]+|\s+(?:so|but))\s*(?:(?:so|please|can\s+you|could\s+you|maybe|just)\s+)*"
                           r"(?:(?P<verb>make|turn|paint|colou?r)\s+(?:it|them)|(?:can|could)\s+(?:it|they)\s+be)\s+(?P<y>\S.*?)" + _END,
                           re.I)
# "can you make it so the sails are torn", "make it so that the lamp is on": the part, so
_MAKE_IT_SO = re.compile(_LEAD + r"(?:(?:can|could|would)\s+(?:you|u)\s+)?(?:please\s+)?make\s+it\s+so\s+(?:that\s+)?(?:" + _PART +
                         r"|(?P<it>it))(?:'s|\s+(?:is|are|looks?|gets?|becomes?))\s+(?P<y>\S.*?)" + _END, re.I)
# "the ladder again but longer", "that dress again, but in red": the thing once more, changed
_AGAIN_BUT = re.compile(_LEAD + r"(?:(?:can\s+(?:i|we)\s+(?:get|have|see)|show\s+me|give\s+me|do)\s+)?" + _PART +
                        r"\s+(?:again|once\s+more)\s*,?\s+(?:but|only|just)\s+(?P<y>\S.*?)" + _END, re.I)
# "can i see it with a garden?", "could we have it at night": the picture, so
_SEE_IT = re.compile(_LEAD + r"(?:can|could|may)\s+(?:i|we)\s+(?:see|get|have)\s+(?:it|this|that|this\s+one|that\s+one)\s+"
                     r"(?P<y>(?:with|without|in|at|as|during|on|under)\b\s*\S.*?)" + _END, re.I)
# "could the cottage be made of gingerbread?", "can the sky be pink": that part, so
_COULD_PART_BE = re.compile(_LEAD + r"(?:can|could|should|would|might)\s+" + _PART + r"\s+be\s+(?P<y>\S[^?.!]*?)\s*[?.!]+(?:\s+.*)?$|"
                            + _LEAD + r"(?:can|could|should|would|might)\s+" + _PART.replace("?P<x>", "?P<x2>") + r"\s+be\s+"
                            r"(?P<y2>\S.*?)" + _END, re.I)
# "i was hoping for more of a summery feel, with flowers everywhere": the look that was wanted
_HOPING_FOR = re.compile(_LEAD + r"(?:i\s+was|i'?m|we\s+were)\s+(?:hoping|going|looking)\s+for\s+(?:something\s+)?(?:more\s+of\s+)?"
                         r"(?:an?\s+)?(?P<y>\S.*?)" + _END, re.I)
# "the cape should flow more, like in the wind": what a part should do
_PART_SHOULD_DO = re.compile(_LEAD + _PART + r"\s+(?:should|could|needs\s+to)\s+(?!(?:be|look|have|say|read)\b)(?P<verb>[a-z]+)\b"
                             r"(?P<rest>.*?)" + _END + r"|" + _LEAD + r"(?:could|can|should)\s+(?P<x2>(?:the|his|her|its|their)\s+"
                             r"[\w'-]+)\s+(?!(?:be|look|have|say|read|get)\b)(?P<verb2>[a-z]+)\b(?P<rest2>.*?)" + _END, re.I)
# "can you show the whole dog?", "his feet are cut off": the framing, wider
_WHOLE_THING = re.compile(_LEAD + r"(?:(?:can|could)\s+(?:you|u|we)\s+)?(?:please\s+)?(?:show|see|fit|include)\s+(?:the\s+)?(?:whole|entire|"
                          r"full)\s+(?P<x>[\w'-]+)(?:[?.!,]+\s*.*)?$|" + _LEAD + r"(?:his|her|its|their|the)\s+[\w'-]+\s+(?:is|are)\s+"
                          r"(?:being\s+)?(?:cut\s+off|cropped|out\s+of\s+(?:the\s+)?frame)" + _END, re.I)
# "close up on the plate": nearer, on that part
_CLOSE_ON = re.compile(_LEAD + r"(?:close[\s-]?up|closeup|zoom(?:ed)?\s+in)\s+on\s+" + _PART + _END, re.I)  # ("a close-up of
# his eyes" is a new picture of them: chat.words.topic)
# "can the fishing line have a star on the end?": that part gets something
_PART_HAVE = re.compile(_LEAD + r"(?:can|could|should|would)\s+" + _PART + r"\s+(?:have|get|hold|carry)\s+(?P<y>(?:an?|some|two|three|"
                        r"\d+|more)\s.+?)" + _END, re.I)
# "what if we added a little river", "what if you made the sky pink": the change, proposed
_WHAT_IF_WE = re.compile(_LEAD + r"(?:what|how)\s+(?:if|about\s+if)\s+(?:we|you|u|i)\s+(?P<verb>added|put|made|gave|changed|removed|"
                         r"turned|tried|moved|swapped|replaced|took\s+out)\s+(?P<rest>\S.*?)" + _END, re.I)
_PAST_TO_COMMAND = {"added": "add", "put": "put", "made": "make", "gave": "give", "changed": "change", "removed": "remove",
                    "turned": "turn", "tried": "try", "moved": "move", "swapped": "swap", "replaced": "replace",
                    "took out": "take out"}
# "my daughter wants the fox to have a tiny crown", "i'd like her to be smiling": what someone wants of a part
_WANTS_IT_TO = re.compile(_LEAD + r"(?:i|we|she|he|they|(?:my|our)\s+[\w'-]+)\s+(?:wants?|would\s+like|'?d\s+like|'?d\s+love|"
                          r"would\s+love)\s+(?P<x>the\s+[\w'-]+(?:\s+[\w'-]+)?|it|him|her|them)\s+to\s+(?P<verb>have|be|look|"
                          r"wear|hold|get)\s+(?P<y>\S.*?)" + _END, re.I)
# "i'd rather have a snowy mountain behind it than trees": one thing in another's place
_RATHER_THAN = re.compile(_LEAD + r"(?:i'?d|i\s+would|we'?d)\s+(?:rather|prefer\s+to)\s+(?:have|see|get)\s+(?P<x>(?:an?|some|the|"
                          r"more)\s.+?)\s+(?:than|instead\s+of)\s+(?:the\s+)?(?P<y>[\w'-]+(?:\s+[\w'-]+)?)" + _END, re.I)
# "can you try again but with the fox facing the other way": a new take, with a change
_AGAIN_WITH = re.compile(_LEAD + r"(?:(?:can|could)\s+(?:you|u|we)\s+)?(?:please\s+)?(?:try|do|draw|make)\s+(?:it|that|one)?\s*"
                         r"(?:again|once\s+more)\s*,?\s*(?:but\s+)?(?P<y>(?:with|without|in|at|as|so)\b\s*\S.*?)" + _END, re.I)
# "the fox should be the main focus": nearer and sharp on it, not the fox replaced by "the main focus"
_MAIN_FOCUS = re.compile(_LEAD + _PART + r"\s+(?:should|could|needs\s+to)\s+be\s+(?:the\s+)?(?:main\s+|real\s+)?(?:focus|subject|"
                         r"focal\s+point|star|centre\s+of\s+attention|center\s+of\s+attention)(?P<rest>.*?)" + _END, re.I)
# "she should be wearing a yellow raincoat", "he could hold a lantern": what they wear or hold
_THEY_SHOULD_WEAR = re.compile(_LEAD + r"(?P<who>he|she|they|it)\s+(?:should|could|would|needs?\s+to|has\s+to|must)\s+(?:be\s+)?"
                               r"(?P<verb>wear|wearing|hold|holding|carry|carrying|have)\s+(?P<x>\S.*?)" + _END, re.I)
# "can the balloon say 'HAPPY 5TH'?", "could the sign read 'OPEN'"
_PART_SAY = re.compile(_LEAD + r"(?:can|could|would|should)\s+" + _PART + r"\s+(?:say|read|show)\s+(?P<q>[\"“'‘].+?[\"”'’])" + _END,
                       re.I)
# "could there be smoke from the chimney?", "can there be a moon"
_COULD_THERE_BE = re.compile(_LEAD + r"(?:could|can|should|would|might)\s+there\s+be\s+(?P<y>(?!more\s+than\b|any\b|a\s+way\b)"
                             r"(?:(?:an?|some|a\s+few|two|three|\d+)\s+)?[\w'-][^?!.]{0,150}?)" + _END, re.I)
# "it's missing a path to the door", "the scene is missing some birds"
_MISSING = re.compile(_LEAD + r"(?:it'?s|its|it\s+is|this\s+is|the\s+(?:picture|image|scene|drawing)\s+is)\s+(?:kinda\s+|just\s+|"
                      r"still\s+|definitely\s+)?missing\s+(?P<y>(?:an?|some|the|more|a\s+few)\s+.+?)" + _END, re.I)
# "any chance you could put a lake in front", "any chance of some snow?"
_ANY_CHANCE = re.compile(_LEAD + r"any\s+chance\s+(?:(?:you|u|we)\s+(?:could|can)\s+(?P<cmd>[^?!.]{1,200}?)|of\s+"
                         r"(?P<y>(?:an?|some|more|a\s+few)\s+(?!refund|discount|reply|response|answer|update)[^?!.,]{1,120}?))"
                         + _END, re.I)
# "a version of this in summer", "one more version at night"
_VERSION_IN = re.compile(_LEAD + r"(?:(?:can\s+i\s+(?:get|have|see)|give\s+me|make|do|show\s+me)\s+)?(?:a|another|one\s+more)\s+"
                         r"version\s+(?:of\s+(?:this|it|that)\s+)?(?P<y>(?:in|at|with|without|during|under|as)\s+.+?)" + _END,
                         re.I)
# "instead of woods put it in the desert": the change, then what it replaces
_INSTEAD_FIRST = re.compile(r"^instead\s+of\s+(?:the\s+)?(?P<old>[\w'-]+(?:\s+[\w'-]+){0,2}?)[,\s]+(?P<cmd>(?:put|make|add|use|give|"
                            r"set|move|place|show|have|draw|paint|do)\b.+?)" + _END, re.I)
_NEEDS_PART = re.compile(_LEAD + _PART + r"\s+(?:needs?|could\s+use)\s+(?P<y>(?:an?|some|more|another|a\s+few)\s+.+?)"
                         + _END, re.I)
# "there should be footprints in the sand", "i want there to be a moon": a thing to add
_THERE_SHOULD_BE = re.compile(_LEAD + r"(?:(?:and|also)\s+)?(?:there\s+(?:should|could|needs\s+to|has\s+to|must|ought\s+to)\s+be|"
                              r"i\s+(?:want|'?d\s+like|would\s+like)\s+there\s+to\s+be)\s+(?P<y>(?:an?|some|more|two|three|"
                              r"\d+|a\s+few|lots\s+of|[\w'-]+s)\b.+?)" + _END, re.I)


# what "not a fan of the …" can be about in a picture (not "the price", "this idea", "the result")
_PICTURE_PART = re.compile(r"\b(?:colou?rs?|palette|background|sky|light|lighting|style|font|text|lettering|pose|face|"
                           r"eyes?|hair|composition|angle|framing|mood|shadows?|contrast|border|frame|foreground|"
                           r"clouds?|water|grass|trees?|outfit|dress|clothes|logo|title|details?|shading|texture)\b", re.I)


def _what_about(m: re.Match) -> Optional[str]:
    x = m.group("x")
    instead = re.match(r"^(?P<new>(?:an?|some|the|two|three|\d+)\s+.+?)\s+instead\s+of\s+(?:the\s+|an?\s+)?(?P<old>[\w'-]+"
                       r"(?:\s+[\w'-]+)?)$", x, re.I)
    if instead:  # "what about a husky instead of a wolf?": the wolf swapped
        return f"replace the {instead.group('old')} with {instead.group('new')}"
    if re.match(r"^an?\s+[\w-]+(?:\s+[\w-]+)?\s+(?:one|version)$", x, re.I):
        return f"now {x}"  # "what about a red one?": the subject in that colour (the edit's coloured-one rule)
    if is_modifier_only(x) or classify_phrase(x) or re.match(r"^(?:in|at|as|with|without|during|under|on|from)\s", x, re.I):
        return f"make it {x}"
    return None  # "what about a penguin?": a new picture, not this one changed


def _it_is_now(m: re.Match) -> Optional[str]:
    """"now it's evening" -> "make it evening"; not "it's sunny today" or "it's night time where i live" (a remark)."""
    x = m.group("x")
    if len(x.split()) > 3 or re.search(r"\b(?:today|here|where|outside|lol|i|we|my|our|there)\b", x, re.I):
        return None
    return f"make it {x}" if classify_phrase(x) in ("time", "weather", "lighting") else None


_OCCASIONS = frozenset("christmas xmas halloween easter valentine's valentines thanksgiving birthday wedding holiday "
                       "hanukkah diwali eid ramadan spooky festive".split())


def _an_x_version(m: re.Match) -> Optional[str]:
    """"a christmas edition", "a night version" -> "make it …"; not "a better version" (more of them), "a square /
    mobile version" (a shape), "a hd version" (bigger) or "a png / free version" (no look at all)."""
    x = m.group("x").lower()
    if x.split()[-1] in lexicon.COMPARATIVES or aspect_from_text(m.group(0)) or device_phrase(m.group(0)) or \
            re.search(r"^(?:new|different|another|second|third|other|similar|same|better|best|worse|final)\b|^" +
                      SHAPE_WORDS + r"\b", x):
        return None
    if x in _OCCASIONS or classify_phrase(x) or is_modifier_only(x):
        return f"make it {m.group('x')}"
    return None


# where one thing is in the picture against another ("the cat should be inside the box")
PLACING = (r"(?:inside(?:\s+of)?|in|into|on|onto|on\s+top\s+of|under|underneath|beneath|behind|in\s+front\s+of|next\s+to|"
           r"beside|near|by|above|below|over|out\s+of|outside(?:\s+of)?|at)")


def _part_should(m: re.Match) -> str:
    """"the sky could be more dramatic" -> "make the sky more dramatic"; "the cat should look at the camera" keeps
    its "look"; "the cat should be inside the box, not next to it" -> "put the cat inside the box"."""
    if m.group("verb").lower() == "be" and re.match(PLACING + r"\s+(?:the|a|an|his|her|its|their|my)\s", m.group("y"), re.I):
        return f"put {m.group('x')} " + re.sub(r",?\s+(?:and\s+)?(?:not|instead\s+of|rather\s+than)\s+.+$", "", m.group("y"))
    look = "look " if m.group("verb").lower() == "look" and not re.match(r"(?:more|less)\b", m.group("y")) else ""
    wanted = re.sub(r",?\s+(?:and\s+)?(?:not|instead\s+of|rather\s+than)\s+(?P<old>[\w-]+)$", r" instead of \g<old>",
                    m.group("y"))  # "blue not brown": the old value said so, to go
    return f"make {m.group('x')} {look}{wanted}"


_NOT_A_LOOK = re.compile(r"^(?:mine|yours|his|hers|ours|theirs|real|true|here|there|gone|back|free|possible|available|ready|done|over|wrong|right|allowed|legal|(?:my|your|our|their|his|her)\s)",
                         re.I)


def _if_it_were(m: re.Match) -> Optional[str]:
    """"it would be nice if the fox was smiling" -> "make the fox smiling"; not "i wish the cat was mine"."""
    said = m.group("y")
    if _NOT_A_LOOK.match(said) or len(said.split()) > 8:
        return None
    return f"make {m.group('x')} {said}"


def _ing(verb: str) -> str:
    """"flow" -> "flowing", "sit" -> "sitting", "wave" -> "waving"."""
    low = verb.lower()
    if low.endswith("e") and not low.endswith("ee"):
        return low[:-1] + "ing"
    if re.fullmatch(r"[^aeiou]*[aeiou][bdgmnpt]", low):
        return low + low[-1] + "ing"
    return low + "ing"


def _wants_it_to(m: re.Match) -> str:
    """"my daughter wants the fox to have a tiny crown" -> "give the fox a tiny crown"; "… her to be smiling" -> "make
    her smiling"; "… him to wear a cape" -> "make him wear a cape"."""
    who, verb = m.group("x"), m.group("verb").lower()
    if verb in ("have", "get"):
        return f"give {who} {m.group('y')}"
    return f"make {who} {m.group('y')}" if verb in ("be", "look") else f"make {who} {verb} {m.group('y')}"


def _needs_part(m: re.Match) -> Optional[str]:
    """"the sky needs more stars" -> "add more stars"; "the windows need more cakes in them" -> "add more cakes in the
    windows"; not "the team needs a break"."""
    if re.search(r"\b(?:love|help|rest|break|name|hug|friend\s+irl)\b", m.group("y"), re.I):
        return None
    part = re.sub(r"^(?:his|her|its|their)\s", "the ", m.group("x"), flags=re.I)
    return "add " + re.sub(r"\b(?P<p>in|on|inside|around|under)\s+(?:them|it)\b", lambda p: f"{p.group('p')} {part}", m.group("y"))


def _fault_then_fix(m: re.Match) -> Optional[str]:
    """"the dragon looks too friendly, make it scarier" -> the fix alone; not when the fix is about something else ("the
    sky is too plain and make the cat bigger": two changes, read clause by clause)."""
    who = m.group("who").lower().split()[-1]
    about = re.match(r"\w+\s+(?:(?:it|them|him|her|this|that)\b|the\s+" + re.escape(who) + r"\b)", m.group("cmd"), re.I)
    return m.group("cmd") if about or who in ("it", "this", "that", "he", "she", "they") else None


# what a part can look that the user wants less of ("the face looks creepy"); anything else said of a part is praise
# or description ("the cat looks happy", "the eyes look real", "the cat is sleeping") unless said with "too"
_FAULTS = frozenset("creepy weird off fake ugly scary blurry messy plastic wrong strange odd awkward unnatural "
                    "distorted deformed stiff flat dull boring muddy murky washed grainy noisy harsh cartoony "
                    "childish cheap tacky garish creepier weirder uncanny lifeless smudged crooked lopsided "
                    "cluttered busy drunk tipsy dead evil mean angry grumpy sick bored goofy derpy possessed "
                    "demonic menacing".split())


def _part_looks(m: re.Match) -> Optional[str]:
    said = m.group("y").lower()
    if critique(m.string) is not None:
        return None  # "the pond is too small": the critique rules know the other way of it ("a bigger pond")
    if not m.group("too") and said not in _FAULTS:
        return None  # "the cat looks happy", "the sky is blue": praise or description
    return f"make {m.group('x')} less {said}"


# what can be turned up or down in a picture
_DIALS = frozenset("contrast saturation brightness colors colours color colour light lighting glow shadows highlights "
                   "detail details sharpness warmth blur vignette grain noise haze fog drama exposure texture".split())


def _dial(m: re.Match) -> Optional[str]:
    direction = (m.group("dir") or m.group("dir2") or "").lower()
    if m.group("verb").lower() in ("crank", "bump", "boost", "ramp", "pump"):
        direction = direction or "up"
    if direction not in ("up", "down", "back") or m.group("y").lower() not in _DIALS:
        return None  # "turn down the music": not the picture
    return f"{'more' if direction == 'up' else 'less'} {m.group('y')}"


def _they_should_wear(m: re.Match) -> Optional[str]:
    """"she should be wearing a yellow raincoat" -> "make her wear a yellow raincoat"; "he could have a hat" -> "give
    him a hat"; not "they should have more fun" or "she could have a cold" (nothing to draw)."""
    if re.match(r"(?:more\s+)?(?:fun|a\s+cold|a\s+break|a\s+rest|a\s+look|a\s+go|a\s+try|time|enough|a\s+point|"
                r"a\s+good\s+\w+|to\b|been\b)", m.group("x"), re.I):
        return None
    obj = {"he": "him", "she": "her", "they": "them", "it": "it"}[m.group("who").lower()]
    verb = m.group("verb").lower()
    return f"give {obj} {m.group('x')}" if verb == "have" else f"make {obj} {verb} {m.group('x')}"


_PRAISE_BUT = re.compile(r"^(?:(?:ok(?:ay)?|so|hmm+|yeah|wow)[,\s]+)*(?:i\s+)?(?:love|like|adore|really\s+like)\s+(?:the|this|that|it|"
                         r"how|his|her|its)\b[^,.!;?]{0,40}?[,\s]+but\s+|^(?:(?:ok(?:ay)?|so|yeah)[,\s]+)?(?:the|this|that|it)\s+"
                         r"[\w'-]+(?:\s+[\w'-]+)?\s+(?:is|are|looks?)\s+(?:really\s+|so\s+)?(?:nice|great|good|perfect|lovely|"
                         r"fine|cool|amazing|beautiful)[,\s]+but\s+", re.I)
_ANY = re.compile(r"^.+$", re.S)  # for readings whose own patterns live elsewhere (anatomy_fault's)
# tried in this order; the first that reads the message gives the command
_READINGS: tuple[tuple[re.Pattern, Callable[[re.Match], Optional[str]]], ...] = (
    (PART_STAYS, lambda m: f"keep {m.group('x')} {m.group('y')}"),
    (_MEANT_NOT, lambda m: f"replace the {m.group('y')} with {m.group('x')}"),
    (_ANY, lambda m: f"fix the {part}" if (part := anatomy_fault(m.string, whole=True)) else None),
    (_HARD_TO_READ, lambda m: "make the text clearer and easier to read"),
    (_MISSPELLED, lambda m: "fix the spelling"),
    (_BETTER_IF_SO, lambda m: f"make it {m.group('y')}"),
    (_COULD_THEY_BE, lambda m: f"make {dict(he='him', she='her', they='them')[m.group('who').lower()]} "
                               f"{m.group('y') or m.group('verb')}"),
    (_LOOK_VERSION, lambda m: f"make it {m.group('y')}" if classify_phrase(m.group("y")) not in (None, "aspect") and
     is_modifier_only(m.group("y")) else None),  # ("a square version": the shape rules' own)
    (_THING_WOULD_BE_NICE, lambda m: f"add {m.group('y')}"),
    (_PART_THEN_IT, lambda m: f"{m.group('verb') or 'make'} {m.group('x')} " + re.sub(r"\s+instead$", "", m.group("y"))),
    (_FAULT_THEN_FIX, _fault_then_fix),
    (_NOT_KEEN_TRY, lambda m: f"replace the {m.group('old')} with {m.group('new')}"),
    (_NOT_ENOUGH, lambda m: None if m.group("y").lower() in ("working", "loading", "right", "it", "good", "bad", "great")
     else f"make it {m.group('y')}"),
    (_WHAT_IF_WE, lambda m: f"{_PAST_TO_COMMAND[re.sub(r'[ ]+', ' ', m.group('verb').lower())]} {m.group('rest')}"),
    (_WANTS_IT_TO, _wants_it_to),
    (_RATHER_THAN, lambda m: f"replace the {m.group('y')} with {m.group('x')}"),
    (_AGAIN_WITH, lambda m: f"make it {m.group('y')}"),
    (_MAIN_FOCUS, lambda m: f"zoom in on {m.group('x')}{m.group('rest')}"),
    (_SEE_IT, lambda m: m.group("y") if re.match(r"with(?:out)?\b", m.group("y"), re.I) else f"make it {m.group('y')}"),
    # ("can i see it with a red door instead": with a red door, the door there recoloured)
    (_WHOLE_THING, lambda m: f"zoom out so we see the whole {m.group('x')}" if m.group("x") else "zoom out"),
    (_PART_SHOULD_DO, lambda m: f"add {m.group('x') or m.group('x2')} {_ing(m.group('verb') or m.group('verb2'))}"
                                f"{m.group('rest') or m.group('rest2') or ''}"),
    (_COULD_PART_BE, lambda m: f"make {m.group('x') or m.group('x2')} {m.group('y') or m.group('y2')}"),
    (_HOPING_FOR, lambda m: "make it " + re.sub(r"\s+(?:feel|vibe|look|mood|atmosphere)\b", "", m.group("y"), count=1)),
    (_CLOSE_ON, lambda m: f"zoom in on {m.group('x')}"),
    (_PART_HAVE, lambda m: f"give {m.group('x')} {m.group('y')}"),
    (_AGAIN_BUT, lambda m: f"make {m.group('x')} {m.group('y')}"),
    (_MAKE_IT_SO, lambda m: f"make {m.group('x') or 'it'} " + re.sub(r"\s+and\s+(?P<p>the\s+[\w'-]+)\s+(?:is|are)\s+",
                                                                     r", \g<p> ", m.group("y"))),
    (_FILL_WITH, lambda m: f"add {m.group('y')}" if m.group("x").lower() in ("it", "this", "that", "them")
     else f"add {m.group('y')} on {m.group('x')}"),
    (_LABEL, lambda m: f"label the {m.group('x')}"),  # the words of it: chat.words.fixes.label
    (_SEEN_FROM, lambda m: f"show it {m.group('y')}"),
    (_CLEAN_UP, lambda m: "make it cleaner and sharper, with crisp detail"),
    (_WHAT_ABOUT, _what_about),
    (_HOW_WOULD, lambda m: f"make it {m.group('y')}"),
    (_IMAGINE_IT, lambda m: f"make it {m.group('x')}"),
    (_IT_IS_NOW, _it_is_now),
    (_AN_X_VERSION, _an_x_version),
    (_PART_SHOULD, _part_should),
    (_IF_IT_WERE, _if_it_were),
    (_IF_THEY_WERE, _if_they_were),
    (_OUT_THEN_IN, lambda m: None if classify_phrase(m.group("y")) or re.match(  # "have the girl holding an umbrella
        r"the\s+[\w'-]+\s+(?:[\w'-]+ing|be|look|wear|hold|do)\b", m.group("y"), re.I)  # instead": she does something
     else f"replace the {m.group('x')} with {m.group('y')}"),
    (_BETTER_WITHOUT, lambda m: f"remove {m.group('x')}"),
    (_DRESS_IN, lambda m: f"make {m.group('who')} wear {_worn(m.group('y'))}" if _worn(m.group("y")) else None),
    (_WANT_THEM, _want_them),
    (_TOO_MUCH, _too_much),
    (_LESS_TEXT, lambda m: "make it with fewer words"),
    (_LOOK_LIKE_ITS, lambda m: f"make it {m.group('y')}"),
    (_NOW_THEY_ARE, lambda m: _on_them(_OBJECT[m.group("who").lower()], m.group("y"))),
    (_WHO_BUT, lambda m: f"make {m.group('who').lower()} {m.group('y')}" if m.group("y").lower().startswith("as ")
     else _on_them(m.group("who").lower(), m.group("y"))),
    (_WISH_HAD, lambda m: f"add {m.group('y') or m.group('y2')}"),
    (_PREFER, lambda m: None if re.match(r"(?:printed|framed|sent|emailed|posted|shared|saved|downloaded)\b",
                                          m.group("y"), re.I) else f"make it {m.group('y')}"),
    (_NOT_KEEN, lambda m: f"i don't like {m.group('x')}" if _PICTURE_PART.search(m.group("x")) else None),
    (_NEEDS_PART, _needs_part),
    (_THERE_SHOULD_BE, lambda m: None if re.search(r"\b(?:problem|issue|error|bug|way|option|setting|button)s?\b", m.group("y"), re.I)
     else f"add {m.group('y')}"),
    (_THEY_SHOULD_WEAR, _they_should_wear),
    (_IT_SHOULD, lambda m: None if re.match(r"(?:wearing|holding|carrying)\b", m.group("y"), re.I) else
     f"make {'them' if m.group('who').lower() in ('they', 'these', 'those') else 'it'} {m.group('y')}"),
    (_PART_SAY, lambda m: f"make {m.group('x')} say {m.group('q')}"),
    (_IT_TOO, lambda m: None if critique(m.string) is not None or m.group("y").lower() in ("much", "many", "late",
                                                                                         "early", "far", "long")
     else f"make it less {m.group('y')}"),
    (_COULD_THERE_BE, lambda m: None if re.search(r"\b(?:problem|issue|error|bug|way|chance|reason|mistake|delay|limit|"
                                                  r"charge|fee|cost)s?\b", m.group("y"), re.I) else f"add {m.group('y')}"),
    (_MISSING, lambda m: f"add {m.group('y')}"),
    (_ANY_CHANCE, lambda m: m.group("cmd") or f"add {m.group('y')}"),
    (_VERSION_IN, lambda m: f"make it {m.group('y')}"),
    (_INSTEAD_FIRST, lambda m: f"{m.group('cmd')} instead of {m.group('old')}"),
    (_DIAL, _dial),
    (_PHRASAL, _phrasal),
    (_MORE_LESS, lambda m: m.group("y")),
    (_PART_LOOKS, _part_looks),
)


@lru_cache(maxsize=512)  # the router asks for the message and its polite form, the edit rules once more
def as_edit_command(text: str) -> Optional[str]:
    """The plain edit command a wish, critique, suggestion or question about the picture on screen asks for
    ("what about in pink?" -> "make it in pink"); None when the message is none of those."""
    text = _PRAISE_BUT.sub("", text.strip(), count=1) or text.strip()  # "love the fox but …": what follows "but"
    text = FOR_MY_TASTE.sub("", text)  # "the fox looks too small in the frame": too small
    for pattern, command in _READINGS:
        match = pattern.search(text) if pattern is _HARD_TO_READ else pattern.match(text)
        if match:
            said = command(match)
            if said:
                return said
    return None
