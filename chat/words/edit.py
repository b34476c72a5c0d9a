"""An edit request applied to a scene, clause by clause, and how the picture should be re-made.

    .venv/bin/python -c "from chat.words.edit import apply_edit; from chat.words.scene import Scene; print(apply_edit(Scene(subject='a castle'), 'make it night'))"
"""
from __future__ import annotations

import re
from typing import Optional

from chat.types import EditMethod
from chat.words import lexicon
from chat.words.another import new_theme, other_look
from chat.words.critique import (DISLIKE, FOR_MY_TASTE, RE_LOOKS, RE_TOO, TOO, TOO_PART, WHOLE, critique,
                                 picture_needs)
from chat.words.detail import CATEGORIES, THING_WORDS, head_noun
from chat.words.edit_plan import (COATS, EditPlan, named_place_swapped, add_thing, without_old_moods, without_undone_looks, has_place, place_phrase, is_colour, is_part_modifier, modify_part, move_setting,
                                  names_colour, recolor_part, recolor_subject, remove_terms, remove_thing, replace_thing,
                                  set_background, drop_old_value, later_part_colour,
                                  set_modifier, set_slot, set_text)
from chat.words.glossary import ENGLISH_ADJECTIVES, ENGLISH_NOUNS, plural, singular
from chat.words.fixes import (RESTORE_TALK, VALUE_CHANGE, change_value, restore, is_word_swap, only_keep, swap_places, two_places, swap_as_command, swap_lettering_word, without_wrong_remark, dressed, feel, fix_anatomy, fix_spelling, label, lettering,
                              many_of_it, reposition, verb_look)
from chat.words.keep import keep_user_words
from chat.words.negatives import extract_negatives
from chat.words.nounphrase import find_np, subject_head
from chat.words.normalize import (article_put_back, ASK_RUN_ON, ASIDE, CORRECTION, FILLER, made_so, FORGET_LEAD, MAKE_SURE_NONE, SAME_BUT, SAYS, SCENE_PARTS, TRAIL,
                                  USE_IT_AS, VERSION_OF_IT, is_social, polite_to_imperative, self_corrected, slash_as_and,
                                  strip_lead_talk)
from chat.words.picks import split_pick
from chat.words.rephrase import PART_STAYS, as_edit_command
from chat.words.places import is_place_name
from chat.words.remarks import META_REFERENCE, is_commentary, split_instead, without_remarks
from chat.words.request import ASK, strip_wrapper
from chat.words.scene import QUOTE_RE, Scene, protect_quotes, quote_lettering, restore_quotes, tidy
from chat.words.sizes import (SHAPE_ASKED_OF_IT, SHAPE_REASON, SHAPE_WORDS, SHAPED_VERSION, aspect_from_text, asks_reshape,
                              shape_said_outright)
from chat.words.slots import article, classify_phrase, clean_modifier, slot_phrase
from chat.words.typos import expand_shorthand, fix_prompt_typos, learner_phrasing, word_frequency

# "so we see the whole field" / "to show the shore": what an edit should bring into view
_PURPOSE = re.compile(
    r"""
    \s+(?:so\s+(?:that\s+)?(?:we|you|i|it|one|people)?\s*(?:can\s+|could\s+)?(?:see|shows?|includes?|gets?)
    |to\s+(?:show|see|include|reveal|fit)|showing|revealing
    |including)\s+(?P<what>.+)$
    """,
    re.I | re.X,
)


_COMPARATIVE = {"brighter": ("lighting", "brighter lighting"), "darker": ("lighting", "darker, moodier lighting"),
                "warmer": ("colour", "warmer tones"), "cooler": ("colour", "cooler tones"),
                "moodier": ("lighting", "moody lighting"), "more bright": ("lighting", "brighter lighting"),
                "more dark": ("lighting", "darker, moodier lighting"), "more warm": ("colour", "warmer tones"),
                "more cool": ("colour", "cooler tones"), "more cold": ("colour", "cooler tones"),
                "more muted": ("colour", "muted colors"), "softer": ("lighting", "softer light"), "sunnier": ("weather", "sunny"),
                "more colorful": ("colour", "more colorful"), "more colourful": ("colour", "more colourful"),
                "more vibrant": ("colour", "vibrant colors"), "pop": ("colour", "vibrant colors that pop"),
                "pop more": ("colour", "vibrant colors that pop"), "more realistic": ("style", "photorealistic"),
                "realistic": ("style", "photorealistic"), "photorealistic": ("style", "photorealistic")}
_QUALITY = re.compile(
    r"""
    ^(?:(?:add|with|give\s+(?:it|me))\s+)?(?:a\s+lot\s+)?(?:more|extra|additional|finer)\s+(?:detail|details|detailed|texture|textures|intricate)\b
    |^(?:make\s+it\s+)?more\s+detailed
    |^(?:add\s+)?(?:some\s+)?detail(?:s)?$
    |^(?:make\s+it\s+)?(?:more\s+)?intricate
    """,
    re.I | re.X,
)
_OBJ = r"(?:the|that|those|this|these|all\s+the|her|his|its|their)\s+"
_REMOVE_VERBS = r"(?:remove|delete|erase|get\s+rid\s+of|take\s+(?:out|away|off)|drop|lose|hide|eliminate|" \
                r"clear(?:\s+(?:away|out|off))?(?=\s+(?:the|that|those|this|these|all|his|her|its|their)\b)|" \
                r"ditch|nix|scrap|axe|skip|cut(?:\s+out)?|leave\s+out|strip\s+out|clean\s+up|no\s+more|" \
                r"(?:" + "|".join(lexicon.REMOVE_BEFORE_THE) + r")(?=\s+(?:the|those|these|his|her|its|their)\s))"
_RE_REMOVE = re.compile(
    r"^(?:" + _REMOVE_VERBS + r"\s+(?:" + _OBJ + r")?(?P<x>.+?)(?:\s+(?:from|out\s+of|off)\s+(?:the|this|it|that)\b.*)?"
    r"|(?:take|get|leave|cut|keep)\s+(?:" + _OBJ + r")(?P<x2>.+?)\s+(?:out|off|away)\b.*)$", re.I)
_RE_REPLACE = re.compile(r"^(?:replace|swap|switch|exchange|substitute)\s+(?:" + _OBJ + r")?(?P<x>.+?)\s+"
                         r"(?:with|for|by|to)\s+(?P<y>.+)$", re.I)
_RE_CHANGE = re.compile(r"^(?:make|turn|change|paint|color|colour|recolou?r|switch|set|have)\s+(?:" + _OBJ +
                        r")(?P<x>.+?)\s+(?P<link>to\s+be\s+|to\s+|into\s+|look\s+|seem\s+|be\s+|a\s+bit\s+|more\s+)?(?P<y>.+)$",
                        re.I)
_RE_CHANGE_TO = re.compile(r"^(?:turn|change|switch|swap|set)\s+(?:" + _OBJ + r")(?P<x>[^,]+?)\s+(?P<link>to\s+be\s+|to\s+|"
                           r"into\s+)(?P<y>.+)$", re.I)
_RE_WHOLE = re.compile(
    r"^(?:make|turn|change|set|render|redo|do|try|transform|convert|put|switch|reimagine|recreate|show|have|give|let|"
    r"paint|draw|restyle|style|shoot|frame|simplify|flatten|styli[sz]e|vectori[sz]e|cartooni[sz]e)\s+(?:this\s+(?:[\w'-]+\s+){0,2}?(?:photo|image|picture|one|drawing|pic|portrait|"
    r"snap|selfie)|(?:my|our)\s+(?:[\w'-]+\s+){0,2}?(?:photo|picture|pic|portrait|snap|selfie)|that\s+one|"
    r"the\s+(?:image|picture|photo|scene|whole\s+(?:thing|image|picture|scene)|drawing|painting|background)|it|"
    r"this|that|everything|me|him|her|them)?\s*(?:look\s+like\s+|look\s+(?=(?:more|less|a\s+bit|really|very|super|so)\b)|"
    r"into\s+|to\s+|as\s+|like\s+|be\s+|in\s+|so\s+(?:that\s+)?(?:it|he|she|they)(?:'s|'re|\s+is|\s+are)\s+)?(?P<y>.*)$", re.I)
_RE_ADD = re.compile(r"^(?:add|put|place|include|insert|draw|paint|throw\s+in|give\s+(?:it|him|her|them)|there\s+"
                     r"(?:should\s+be|is|are|'s)|i\s+want(?!\s+(?:it|this|that|them)\b)|show|(?:get|bring|throw|stick)\s+(?=(?:some|a|an|more|two|three|\d+)\b))"
                     r"\s*(?P<y>.+)$", re.I)
_RE_USE = re.compile(r"^(?:use|apply|try|go\s+with|with|in|as|at|during|but|now|more|less|it\s+should\s+be|"
                     r"it'?s|it\s+is|"
                     r"what\s+if\s+(?:it|this|that)\s+(?:was|were|is|had)|"
                     r"i\s+want\s+it(?:\s+to\s+be)?|let\s+it\s+be|it\s+needs|make\s+it)\s+(?P<y>.+)$", re.I)
_WHO = r"(?:it|this|that|him|her|them|he|she|they|everything|all\s+of\s+it|the\s+whole\s+(?:thing|scene)|the\s+[\w-]+)"
_RE_MOVE = re.compile(
    r"^(?:put|move|place|set|take|show|have|bring|send|relocate)\s+" + _WHO + r"\s+(?:(?:somewhere|some\s+place)\s+"
    r"(?:else|different|new)|elsewhere|(?:in|to)\s+(?:another|a\s+different|a\s+new)\s+(?:place|location|setting|spot))\s*[,:;-]*\s*"
    r"(?:(?:like|maybe|say|perhaps|such\s+as|e\.?g\.?)\s+)?(?:(?P<prep>on|in|at|to|into|onto|by)\s+)?(?P<y>.+)$"
    r"|^(?:put|move|place|take|bring|send|relocate)\s+" + _WHO + r"\s+(?:(?:outdoors|outside|indoors|inside|out|over)\s+)?"
    r"(?P<prep2>on|in|at|to|into|onto|by)\s+(?P<y2>.+)$"  # "put it outdoors in a park": the park
    r"|^(?:change|switch|set|make)\s+(?:the\s+)?(?:setting|location|place|scene)\s+(?:to|into)\s+(?P<y3>.+)$", re.I)
def _quote(name: str) -> str:
    return r"(?P<" + name + r">\"[^\"]+\"|“[^”]+”|'[^']+')"



_RE_TEXT = re.compile(
    r"^(?:change|make|set|update|switch|edit|fix|replace)\s+(?:the\s+|its\s+)?(?:[\w-]+(?:'s)?\s+)?(?:text|words?|wording|writing|"
    r"lettering|caption|title|slogan|message|quote|name)(?:\s+(?:on|in)\s+(?:it|the\s+[\w-]+))?\s+(?:to|into|"
    r"with|so\s+(?:that\s+)?it\s+(?:says|reads))\s*:?\s*" + _quote("q") + r"\s*$"
    r"|^(?:make|have|let)\s+(?:it|the\s+[\w-]+)\s+(?:say|read)s?\s*:?\s*" + _quote("q2") + r"\s*$"
    r"|^(?:it|the\s+[\w-]+)\s+should\s+(?:say|read)\s*:?\s*" + _quote("q3") + r"\s*$"
    r"|^(?:change|edit|fix|update|redo|make)\s+(?:the|its|that|this)\s+[\w-]+(?:\s+[\w-]+)?\s+so\s+(?:that\s+)?(?:it|they)\s+"
    r"(?:says?|reads?|spells?)\s*:?\s*" + _quote("q4") + r"\s*$"  # "change the sign so it says "OPEN""
    r"|^(?:change|switch|update|make)\s+(?:the|its)\s+(?:[\w-]+\s+)?(?:sign|banner|label|board|chalkboard|plaque|placard|"
    r"headline|heading|tagline|motto|marquee|sticker|badge)\s+(?:to|into|with)\s*:?\s*" + _quote("q5") + r"\s*$"
    r"|^(?:actually\s+)?(?:call|name|title|rename)\s+(?:it|this|that|the\s+(?:shop|store|van|truck|cafe|café|bakery|brand|"
    r"business|band|team|logo|book|poster|menu|board))\s*:?\s*" + _quote("q6") + r"(?:\s+(?:instead|please|pls))*\s*[.!]*$",
    re.I)  # "change the sign to 'Apple Cider £2'": the sign's words
# 'change the sign to say "X"' / 'it should read "X" instead' / 'have the banner spell "X"': any named thing's words
_RE_TEXT_SAYS = re.compile(r"^(?:(?:change|make|set|update|fix|edit|have|let|get|turn)\s+)?(?:it|this|that|the\s+[\w-]+"
                           r"(?:\s+[\w-]+)?|its\s+[\w-]+)?\s*(?:(?:should|would|must|could|will|needs?\s+to|has\s+to)\s+|"
                           r"to\s+)?(?:say|read|spell|show)s?\s*:?\s*" + _quote("q") + r"(?:\s+(?:instead|please|now|too))*"
                           r"\s*[.!]*$", re.I)
_RE_TEXT_SWAP = re.compile(r"^(?:replace|change|swap|switch)\s+(?P<old>\"[^\"]+\"|“[^”]+”|'[^']+')\s+(?:with|to|for|"
                           r"into)\s+" + _quote("q") + r"\s*$", re.I)
_RE_LESS = re.compile(r"^(?:make\s+(?:it|this|them|the\s+[\w-]+)\s+)?(?:a\s+(?:bit|little|lot)\s+|much\s+|way\s+|"
                      r"slightly\s+)?less\s+(?P<y>[\w-]+(?:\s+[\w-]+)?)$", re.I)
# "make the car white and the house teal": two changes, one verb
_TWO_CHANGES = re.compile(r"^(?P<verb>make|turn|paint|colou?r|change)\s+(?P<a>(?:the|his|her|its|their)\s+[\w-]+(?:\s+"
                          r"[\w-]+)?\s+[\w-]+)\s+and\s+(?P<b>(?:the|his|her|its|their)\s+[\w-]+(?:\s+[\w-]+)?"
                          r"\s+[\w-]+)$", re.I)
# "brighten it up a bit", "warm it up", "darken the sky": a verb that names a fixed change (of the picture, or a part)
_TONE_VERBS = {"brighten": "brighter", "lighten": "brighter", "darken": "darker", "warm": "warmer", "cool": "cooler",
               "saturate": "more vibrant", "desaturate": "more muted", "sharpen": "sharper", "soften": "softer"}
_COLOUR_VERB = r"colou?ri[sz]e|colou?r"  # "colour it": black and white out
_RE_TONE = re.compile(r"^(?P<verb>" + "|".join(_TONE_VERBS) + "|" + _COLOUR_VERB + r")\s*(?:it|this|the\s+(?:image|picture|photo|"
                      r"scene|whole\s+thing)|things|everything|(?P<part>(?:the|his|her|its|their)\s+[\w'-]+(?:'s\s+[\w'-]+)?))?"
                      r"\s*(?:up|down|in)?\s*(?:(?:a\s+)?(?:bit|little|tad|touch)|slightly|some|more|a\s+lot)?\s*(?:more)?$", re.I)
# "colour it", "in colour", "make it full colour": black and white comes out ("colorful" is a look, not this)
_IN_COLOUR = re.compile(r"^(?:(?:make|do|render|show|redo)\s+(?:it|this|the\s+(?:image|picture|photo))\s+)?(?:in\s+)?"
                        r"(?:full\s+)?colou?r(?:ed)?(?:\s+(?:version|instead|please))?$", re.I)
_MONOCHROME = ["black and white", "black-and-white", "b&w", "monochrome", "greyscale", "grayscale", "sepia"]



# where one change ends and the next begins: punctuation, "then", or "and" before a change verb
_NEXT_VERBS = tuple(sorted({v for v in lexicon.EDIT_VERBS if " " not in v} | {
    "swap", "switch", "exchange", "substitute", "paint", "recolor", "widen", "bring", "throw", "stick", "lose",
    "delete", "erase", "get", "take", "zoom", "replace", "remove", "label", "park", "move", "place", "put", "set"} -
    {"let", "keep", "go", "try", "fix"}))  # ("… and park it in front of a warehouse": a second change)
_CLAUSE_BREAK = re.compile(
    r"\s*(?:[,;]|\s(?:\+|&(?!\s+(?-i:[A-Z]))|[–—]|-{1,2})\s|(?:^|\s)\d{1,2}[.)](?:\s|$)"  # ", " / " + " / " – " / "1. pink sky 2. …"
    # (not "Crumb & Co", "Anna & Tom": a name)
    r"|\band\s+(?:maybe\s+|also\s+|perhaps\s+)(?=(?:an?|some|two|three|\d+)\s)"  # "… and maybe a heron"
    r"|\band\s+then\b|\bthen\b"
    r"|\bbut\s+(?=keep\b|leave\b|make\b|add\b|change\b|turn\b|remove\b|give\b|put\b)"
    r"|\band\s+(?=(?:more|less)\s)"  # "less realistic and more like a comic"
    r"|\band\s+(?:also\s+|please\s+|just\s+|then\s+)?(?=(?:" + "|".join(_NEXT_VERBS) + r")\b)"
    r"|\band\s+(?=there\s+(?:is|are|'s|should)\b)|[.?!]+\s+"
    r"|:\s*(?=(?:" + "|".join(_NEXT_VERBS) + r")\b)"  # "remove the sunset: make it early morning": two changes
    r"|" + ASK_RUN_ON.pattern + r")\s*",  # "there's too many cupcakes can you take them off": the complaint, the change
    re.I)
_LIST_ITEM = r"(?:the\s+|a\s+|an\s+|all\s+the\s+|those\s+|some\s+|two\s+|three\s+)?[\w'-]+(?:\s+[\w'-]+){0,3}"
# "remove the cups, the plates and the teapot" / "add a ladder, some lights and a flag": one change of a list
_REMOVE_LIST = re.compile(r"\b(?:" + _REMOVE_VERBS + r"|add|include|throw\s+in|put\s+in)\s+" + _LIST_ITEM + r"(?:\s*,\s*" + _LIST_ITEM + r")+\s*,?\s+"
                          r"(?:and|or)\s+" + _LIST_ITEM + r"(?=\s*(?:[.;!?]|$))", re.I)


_COLOUR_AFTER = re.compile(r"\b(?P<art>an?|some)\s+(?P<noun>[\w'-]+),\s*(?P<colour>[\w-]+(?:\s+[\w-]+)?)\s*(?=$|[.!])", re.I)


_NAMES_LISTED = re.compile(r"\b(?:add|put|write)\s+(?:our|my|their|his|her|the)\s+names?\s*[,:]\s*(?P<q>(?-i:[A-Z][\w'-]*)(?:\s+(?:and|&)\s+"
                           r"(?-i:[A-Z][\w'-]*))?)\s*,?\s*", re.I)
_A_LOT_OF_THEM = re.compile(r"\b(?P<lot>(?:box|tray|plate|pile|stack|row|bunch|bowl|basket|jar|pack|set|crowd|group|herd|flock|"
                            r"family|collection|dozen|lot|bag|heap|table|shelf|army|team|pair|couple)(?:ful)?\s+of\s+)them\b", re.I)


# "transform my cat in oil painting" (a word-by-word reading), "turn the photo into a watercolour": the whole picture
_THING_IN_A_STYLE = re.compile(r"^(?:(?:can|could)\s+(?:you|u)\s+)?(?:please\s+)?(?:(?:transform|turn|convert|change)\s+(?:my|the|this|"
                               r"that|our)\s+(?P<x>[\w'-]+)\s+(?:in|into|to)\s+(?:an?\s+)?(?P<y>[^,.;!?]+?)|(?:make|do|paint)\s+(?:me\s+)?"
                               r"(?:an?\s+)?(?P<y2>[^,.;!?]+?)\s+(?:of|from|out\s+of)\s+(?:it|this|that))[\s.!?]*$", re.I)


_HE_LOOKS = re.compile(r"(?:^|(?<=[.!?,;]\s))(?:(?:hmm+|well|but|and|also|now)[,\s]+)*(?P<who>he|she|they)(?=\s+(?:looks?|seems?|is|are|"
                       r"'s|'re)\s+(?:(?:a\s+)?(?:bit|little|way|kinda|really|so|very)\s+)*(?:too|not)\b)", re.I)


def _pronoun_named(scene: Scene, text: str) -> str:
    """"he looks too angry" -> "the sailor looks too angry": the one in the picture, named so the rules find him
    ("can he smile a little?" is rephrase's)."""
    head = head_noun(scene.subject)  # "a portrait of an old sailor": the sailor
    return _HE_LOOKS.sub(f"the {head}", text) if head else text


def _as_plain_command(scene: Scene, text: str) -> str:
    """The message as the plain command the clause rules read: talk, a pick, a correction and typos off; a wish or
    critique rephrased ("could you also do one at sunrise" -> "make it at sunrise"); "it"/"them"/"one" named."""
    text = _talk_off(scene, _it_named_first(scene, text))  # "the boat looks odd, remove it": named before the remark goes
    text = _located_named(scene, text)
    text = _colour_not_colour(scene, text)
    text = re.sub(r"^(?:switch|change|turn|swap)\s+it\s+(?:over\s+)?(?:to|into)\s+(?=(?P<y>[a-z][\w\s-]*?)(?:\s+(?:and|but|,)\b|[,.;!]|$))",
                  lambda m: "make it " if is_part_modifier(m.group("y")) else m.group(0), text.strip(), count=1, flags=re.I)
    # "switch it to gold (and …)": the thing in that colour or material
    fewer = _FEWER_THEN_HOW_MANY.match(text.strip())  # "less doves, just two": two doves
    text = f"just {fewer.group('n')} {fewer.group('x')}" if fewer else text
    removal = polite_to_imperative(text.strip())
    text = removal if removal.lower().startswith("remove ") else text  # "can the cars go away": removed, not "going"
    text = _it_named_first(scene, text)
    text = USE_IT_AS.sub("make it ", text, count=1)  # "can we print this as a coloring page?": made into one
    text = re.sub(r"(?<=[?.!])\s+like\s+(?:just\s+|only\s+)?(?=\w)", " ", text, flags=re.I)  # "…? like just black outlines"
    text = _pronoun_named(scene, text)
    sentences = re.split(r"(?<=[?!.])\s+(?=\S)", text.strip())  # "can the cup be smaller? also no steam": each one
    text = ". ".join((as_edit_command(s) or s).rstrip(" .") for s in sentences) if len(sentences) > 1 else (
        as_edit_command(text) or text)
    text = _ONE_LIKE_IT.sub("make it ", text.strip(), count=1)  # "could you also do one at sunrise": it, at sunrise
    text = _with_a_part_look(text)  # "same but with the suit orange instead": the suit, made orange
    text = re.sub(r"^(?:now\s+)?(?:one|another(?:\s+one)?)\s+with\s+(?=.+\binstead\s+of\b)", "", text, flags=re.I)  # "one with tulips
    # instead of sunflowers": the tulips in their place
    text = _AS_INSPIRATION.sub("add ", text, count=1)  # "use this as inspiration for a picture with a sailboat"
    text = _LIKE_THEY_ARE.sub("", text)  # "make them look like they're laughing": laughing
    text = re.sub(r"^(?:draw|paint|sketch|render|show|imagine|picture)\s+(him|her|it|them)\s+as\s+(?=(?:an?|the|some)\s)",
                  r"make \1 ", text.strip(), count=1, flags=re.I)  # "draw her as a queen on a throne": she becomes one
    part_colour = re.match(r"^(?:and\s+|but\s+)?(?P<part>(?:the|his|her|its|their)\s+[\w'-]+)\s+(?P<c>[\w -]+?)"
                           r"(?:\s+(?:instead|please|pls|now|too))*[\s.!]*$", text.strip(), re.I)
    if part_colour and is_colour(part_colour.group("c")):  # "the raincoat red instead": that part in that colour
        text = f"make {part_colour.group('part')} {part_colour.group('c')}"
    text = _THEN_WHICH_ONE.sub(_which_one, text, count=1)  # "put a deer in it? a small one, far away": that deer
    text = _NAMES_LISTED.sub(lambda m: f'add the text "{m.group("q")}" ', text, count=1)  # "add our names, Sam and Alex, …"
    head = subject_head(scene.subject)
    if head and not head.lower().endswith("s"):  # "add a basket of them" on a puppy: a basket of puppies
        text = _A_LOT_OF_THEM.sub(lambda m: m.group("lot") + plural(head), text)
    # "the horse should be white, the armor silver and …": one verb for the list, as "make the horse white, …"
    return re.sub(r"^(?P<x>(?:the|his|her|its|their)\s+[\w'-]+(?:\s+[\w'-]+)?)\s+(?:should|must|needs\s+to|has\s+to)\s+be\s+"
                  r"(?=[^,]*,[^,]*\b(?:the|his|her|its|their)\s)", r"make \g<x> ", text.strip(), count=1, flags=re.I)


def _talk_off(scene: Scene, text: str) -> str:
    """The first half of ``_as_plain_command``: the words around the change go (a pick, a correction's lead, typos,
    interjections, "for my taste", "keep everything else the same", "honestly"), a word swap and a look are said as
    commands."""
    _, text = split_pick(strip_lead_talk(text.strip()))
    text = CORRECTION.sub("", text, count=1).strip() or text  # "oops i meant ...": the fix is the request
    text = slash_as_and(fix_prompt_typos(learner_phrasing(expand_shorthand(text)))[0])  # "make the sky moer purple": obvious typos; "labels/text": both
    text = quote_lettering(self_corrected(text))  # "give her a cigarette - no wait, a toothpick": the toothpick
    restyled = _THING_IN_A_STYLE.match(text.strip())
    look = restyled.group("y") or restyled.group("y2") if restyled else ""
    part = restyled.group("x") if restyled else None  # "change the banner to a tapestry": a part of it, replaced
    if part and scene.mentions(part) and part.lower() != (subject_head(scene.subject) or "").lower():
        look = ""
    if look and classify_phrase(look) == "style":  # "transform my cat in oil painting", "make a watercolor of it"
        text = f"make it {look}"
    text = re.sub(r",?\s+(?:like|as)\s+(?:you|u)\s+(?:said|suggested|mentioned|recommended|offered)(?:\s+(?:before|earlier))?\b",
                  "", text, flags=re.I)  # "make it wider like you said": who said it is no part of the change
    text = re.sub(r"\b(?P<p>please|pls|plz)\s+(?=(?:it'?s|its|it\s+is|this\s+is|they'?re|they\s+are)\s+(?:for|going|gonna)\b)",
                  r"\g<p>, ", text, flags=re.I)  # "less scary pls its for 4 year olds": the why is a sentence of its own
    text = re.sub(r"(?<=[,;.!])\s*(?:oh|ah|um+|uh+|hmm+|oops)\b\s*,?\s*", " ", text, flags=re.I)  # "…, oh and make it
    # sunset": the interjection is no part of a list
    text = FOR_MY_TASTE.sub("", swap_as_command(without_wrong_remark(text), scene))  # "a bit too dark for my taste": too dark
    text = lexicon.TRANSPARENT_BG.sub("on a plain white background", text)  # the closest Easel can draw
    text = re.sub(r"\bmake\s+the\s+(?:background|bg)\s+(?:transparent|see-through|clear|invisible)\b", "put it on a plain white "
                  "background", text, flags=re.I)
    text = re.sub(r"[,;.]?\s*(?:(?:i\s+think\s+)?(?:he|she|it|they)\s+looks?\s+better\s+without(?:\s+(?:it|them))?|(?:it|that)'?s\s+"
                  r"(?:too\s+much|distracting)|(?:but\s+|and\s+)?(?:keep\s+)?(?:the\s+)?same\s+everything\s+else|(?:but\s+|and\s+)?"
                  r"(?:keep\s+)?everything\s+else\s+the\s+same|(?:but\s+|and\s+)?keep\s+the\s+rest(?:\s+the\s+same)?|(?:but\s+|and\s+)?"
                  r"(?:keep\s+the\s+|the\s+)?same\s+(?:layout|composition|framing|pose|everything|colou?rs?|palette)|(?:but\s+|"
                  r"and\s+)?keep\s+the\s+"
                  r"(?:layout|composition|framing)(?:\s+the\s+same)?)[\s.!]*$", "",
                  text, flags=re.I)  # "remove the cape, he looks better without", "…, same everything else"
    text = re.sub(r"^(?:(?:honestly|tbh|to\s+be\s+honest|frankly|imo|personally)[,\s]+)+|^(?:(?:is|would)\s+it\s+(?:be\s+)?"
                  r"possible\s+to\s+)?keep\s+(?:everything|it|all)(?:\s+the\s+same)?\s*,?\s*(?:but|and)\s+", "", text.strip(),
                  flags=re.I)  # "honestly the forest is too dark", "keep everything but make it autumn": the change
    return text


def _scene_word_for(scene: Scene, text: str) -> str:
    """"make the bike red" on "a blue bicycle": the picture's own word for the thing named, so the change finds it."""
    def swap(match: re.Match) -> str:
        word = match.group("word")
        found = [o for o in lexicon.SAME_THING.get(word.lower(), ()) if scene.mentions(o)]
        # only a thing already there ("the bike"), never a new one ("add a puppy"), and only when one word fits
        return match.group(0) if scene.mentions(word) or len(found) != 1 else f"{match.group('det')}{found[0]}"
    return _SAME_THING_NAMED.sub(swap, text)


_SAME_THING_NAMED = re.compile(r"\b(?P<det>(?:the|that|this|his|her|its|their)\s+)(?P<word>" + "|".join(lexicon.SAME_THING) +
                               r")\b", re.I)


# a shape, then why ("make it wide so it fills the whole slide", "can it be tall to fit my phone"): the shape alone
_SHAPE_BECAUSE = re.compile(r"^(?P<shape>[^,.;!?]*?\b" + SHAPE_WORDS + r"(?:\s+(?:shape|size|format|orientation|mode|version|"
                            r"one))?)(?:\s+(?:please|pls|plz))?(?:\s+|\s*,\s*)" + SHAPE_REASON + r"(?:(?!\s+and\s+(?:make|give|add|put|change|turn|remove|also|then)\b)"
                            r"[^,;.!?])*(?P<rest>[,;.!?].*|\s+and\s+.*)?$", re.I)  # the change said after the reason stays


# "now a story version of the same thing, tall", "a phone copy of it": the picture on screen, named as itself
_VERSION_OF_SAME = re.compile(r"^(?:(?:now|ok(?:ay)?|and|then|so)[,\s]+)*(?:(?:give\s+me|make|do|get\s+me|i\s+need)\s+)?(?:an?\s+)?"
                              r"(?:[\w'-]+\s+)?(?:version|copy)\s+of\s+(?:it|this|that|the\s+same\s+(?:thing|picture|image|one)|"
                              r"the\s+(?:picture|image|same))\b", re.I)


def _article_put_back(text: str, scene: Scene) -> str:
    """"paint bike red" -> "paint the bike red", when the picture has that thing (or a colour follows)."""
    def is_part(noun: str, rest: str) -> bool:
        after = rest.split()[:1]
        return (scene.mentions(noun) or bool(after and is_colour(after[0].strip("?.!,")))) and \
            noun.lower() not in lexicon.COMPARATIVES and not is_colour(noun)
    return article_put_back(text, is_part)


# why a thing goes: what is left when it has ("… so it is just the garden", "… so we can see the house")
_SO_ONLY = re.compile(r"\s*,?\s+so\s+(?:that\s+)?(?:(?:it'?s|it\s+is|there'?s|there\s+is|we|you|i)\s+(?:can\s+)?"
                      r"(?:only\s+|just\s+)?(?:see\s+)?(?:only\s+|just\s+)?)(?P<x>(?:the\s+|a\s+|an\s+)?[\w'-]+(?:\s+[\w'-]+)?)"
                      r"[\s.!]*$", re.I)
_RE_REMOVE_ANYWHERE = re.compile(r"\b" + _REMOVE_VERBS + r"\b|\bwithout\b", re.I)  # (the removal verbs, anywhere)
_CHANGE_SAID = re.compile(r"\b(?:make|paint|turn|colou?r|change|should|could|needs?\s+to|must)\b[^,.;!?]*,\s+not\s", re.I)
# ", not red" ending a change: the value it replaces (not a negative: "no red" would take the red sofa out)
_NOT_AFTER_VALUE = re.compile(r"(?<=\w)\s*,\s+not\s+(?!(?:too|so|very|as|even|just|only|quite|that|any|at\s+all|a\s+lot)\b)"
                              r"(?P<old>[\w'-]+(?:\s+[\w'-]+)?)(?=\s*[.;!?]*\s*$)", re.I)


# "make the dragon green instead of whatever colour that is": nothing named to replace
_VAGUE_INSTEAD = re.compile(r"\s+instead\s+of\s+(?:whatever|what(?:ever)?\s+(?:colou?r\s+)?(?:it|that|this|they)\s+(?:is|are|was|were)"
                            r"(?:\s+now)?|what'?s\s+there(?:\s+now)?|the\s+current\s+(?:one|colou?r))(?:\s+(?:colou?r|shade)\s+"
                            r"(?:it|that|this)\s+(?:is|was))?(?=\s*(?:[,.;!?]|and\b|$))", re.I)
# a sentence after the removal that says why ("remove the chimney? The chimney isn't in the deed."): no content
_WHY_REMOVED = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"'])|(?<=\s[-–—]))\s+(?:(?:because|since|cause|as)\s+)?(?:the|that|this|those|"
                          r"these|its|it'?s|it)\s+(?P<thing>[\w'-]+)?\s*(?:is\s*n[o']t|isnt|was\s*n[o']t|wasnt|are\s*n[o']t|"
                          r"arent|does\s*n[o']t|doesnt|do\s*n[o']t|should\s*n[o']t|never)\b[^.!?]*[.!?]*\s*$", re.I)


# "…, models always add gibberish text": what keeps happening, said as the reason
_HABIT_CLAUSE = re.compile(r"[,;]\s*[^,.;!?]*\b(?:always|usually|never|keeps?|tends?\s+to|every\s+time|constantly|all\s+the\s+time)"
                           r"\b[^,.;!?]*", re.I)


def _shaped_version_said(text: str) -> str:
    """"and a wide version of that?" -> "make it wide?": a shaped version of the picture on screen, said as the change
    (else "a … version of that" would be read as the same picture and the shape lost)."""
    shaped = SHAPED_VERSION.match(text.strip())
    rest = re.sub(r"^\s+of\s+(?:that|it|this)\b", "", text.strip()[shaped.end():]) if shaped else ""
    if not shaped or not re.match(r"\s*(?:[?.!,]|$)", rest):
        return text
    return f"make it {re.search(SHAPE_WORDS, shaped.group(0), re.I).group(0).lower()}{rest}"


def _reason_for_removal_off(text: str) -> str:
    """"remove the chimney? The chimney isn't in the deed." -> "remove the chimney?"; "no rain in it pls, it always
    rains on my shifts lol. make it …" -> "no rain in it pls. make it …": the reason names what goes."""
    why = _WHY_REMOVED.search(text)
    removed = why and why.group("thing") and re.search(_REMOVE_VERBS + r"\s+(?:the\s+|that\s+|this\s+|those\s+|its\s+)?"
                                                       r"(?:[\w'-]+\s+){0,2}?" + re.escape(why.group("thing")), text[: why.start()], re.I)
    text = text[: why.start()] if removed else text
    gone = [(m.end(), word.lower().rstrip("s")) for m in re.finditer(
        r"\b(?:no|without|swap|replace|switch)\s+(?:the\s+|any\s+)?(?P<thing>[a-z]{3,}(?:\s+[a-z]{3,})?)\b", text, re.I)
        for word in m.group("thing").split() if word.lower() not in ("pls", "please", "thanks", "tho", "though")]

    def why(match: re.Match) -> str:  # it names the thing, or points at it right after ("no clouds, they never look right")
        named = any(match.start() >= end and (stem in match.group(0).lower() or match.start() - end <= 12 and re.match(
            r"[,;]\s*(?:they|it|those|these)\b", match.group(0), re.I)) for end, stem in gone)
        return "" if named else match.group(0)
    return _HABIT_CLAUSE.sub(why, _REASON_CLAUSE.sub(why, text)) if gone else text


# a statement after a "no X" that tells why ("…, it always rains on my shifts lol"); no change asked in it
_REASON_CLAUSE = re.compile(r"[,;]\s*(?:it|that|this|they|i|we|my|our|he|she|nobody|no\s+one|everyone|everybody|people)\b(?![^,.;!?]*\b(?:make|add|put|change|turn|give|"
                            r"draw|can|could|please)\b)[^,.;!?]*", re.I)


def _plain_change(plan: EditPlan, text: str) -> str:
    """The change said as a command on the scene's own words: "none" asked plainly, ", not red" as the value replaced,
    a bare part given its article, "them" named, a wish said as a command."""
    text = MAKE_SURE_NONE.sub("", text.strip())  # "could you make sure there are no needles in it": none
    text = _VAGUE_INSTEAD.sub("", _reason_for_removal_off(text))  # "green instead of whatever colour that is": green
    text = _shaped_version_said(SHAPE_ASKED_OF_IT.sub(r"make it \g<shape>", text))  # "can the flyer picture be wide?",
    # "and a wide version of that?": make it wide
    text = re.sub(r"\b(?P<noun>[a-z][\w'-]+)\s+instead\s+of\s+the\s+(?P<old>[a-z][\w'-]*)\s+one\b", r"\g<noun> instead of the "
                  r"\g<old> \g<noun>", text, flags=re.I)  # "a blue roof instead of the red one": the red roof
    text = re.sub(r"(\b(?:wide|wider|tall|taller|square|vertical|horizontal)\s+(?:version|one|copy)(?:\s+of\s+(?:that|it|this))?)\s+"
                  r"for\s+(?:the|my|our|a|an)\s+[\w'-]+(?:\s+[\w'-]+){0,2}(?=\s*[.!?]*$)", r"\1", text, flags=re.I)  # "… a
    # wide version of that for the pitch deck": where it goes, no part of it
    if shape_said_outright(text):  # "can you do it in landscape, wide, for the awning": where it goes, no part of it
        text = re.sub(r",?\s+for\s+(?:the|my|our|a|an|his|her)\s+[\w'-]+(?:\s+[\w'-]+)?\s*[.!?]*$", "", text, flags=re.I) or text
    text = re.sub(r"\s+so\s+(?:that\s+)?(?:the|my|our|his|her)\s+[\w'-]+\s+(?:can|could|will|would)\s+(?:see|picture|imagine|get|"
                  r"decide|choose|visuali[sz]e)\b[^,.;!?]*", "", text, flags=re.I)  # "… so the client can picture it": why
    text = re.sub(r"(?<=\w)\s+(?=(?:i|we)\s+(?:just\s+|only\s+|really\s+)?(?:want|need|wanna|'d\s+like|would\s+like)\s+(?:just|only)\b)",
                  ", ", text, flags=re.I)  # "take out the organ i want just the windows": two clauses, run on
    left = _SO_ONLY.search(text) if _RE_REMOVE_ANYWHERE.search(text) else None
    if left:  # "take out the walls so it is just the garden": the walls go; what is left is said, and kept
        kept = left.group("x")
        text = text[: left.start()] + ("" if plan.scene.mentions(kept.split()[-1]) else f", and add {kept}")
    if _CHANGE_SAID.search(text):  # "the sofa should be blue, not red": red goes, not the sofa
        text = _NOT_AFTER_VALUE.sub(r" instead of \g<old>", text)
    return _command_text(plan, _them_said_before(_article_put_back(text, plan.scene), plan.scene))


def apply_edit(scene: Scene, text: str) -> EditPlan:
    """Apply an edit request to a copy of the scene, clause by clause ("zoom in, make it a close-up shot")."""
    plan = EditPlan(scene=scene.copy())
    if _colour_instead(plan, text, text.lower()):  # "try orange instead": the colour last given, changed
        choose_method(plan)
        return plan
    if not _NOUN_NOT_COLOUR.match(text.strip()) and _not_this_but_that(plan, text):  # "wait no, sunset not sunrise",
        # "not velvet, white marble instead" (not "pink yarn not red": the yarn, recoloured)
        choose_method(plan)
        return plan
    instead = _COLOUR_INSTEAD.match(text.strip())
    if instead and is_colour(instead.group("colour") or instead.group("colour2")):  # no part coloured yet: the picture in
        text = f"make it {instead.group('colour') or instead.group('colour2')}"  # that colour
    text = _plain_change(plan, text)
    protected, quotes = protect_quotes(text)
    protected = _format_off(plan, _whole_picture_words_off(plan, protected))
    protected, negatives = extract_negatives(protected)
    protected = _left_after_negatives(protected, negatives)
    for neg in negatives:
        remove_thing(plan, restore_quotes(neg, quotes))
    protected = _REMOVE_LIST.sub(lambda m: re.sub(r"\s*,\s*(?:and\s+|or\s+)?", " and ", m.group(0)), protected)
    protected = _COLOUR_AFTER.sub(lambda m: f"{m.group('art')} {m.group('colour')} {m.group('noun')}"  # "a cape, red"
                                  if is_colour(m.group("colour")) else m.group(0), protected)
    clauses = [c for c in _CLAUSE_BREAK.split(protected) if c and c.strip()] if not _RE_RENAME.match(
        protected.strip()) else [protected]  # "change the name to Crumb & Co": one name
    previous = ""
    for clause in (c for whole in _carry_verb(clauses) for c in _split_changes(whole, plan.scene)):
        clause, previous = _them_named(clause, previous), clause
        _apply_clause(plan, restore_quotes(clause, quotes))
    if not plan.kinds:  # nothing recognised: the words are an addition to the picture
        cleaned = clean_modifier(strip_wrapper(restore_quotes(protected, quotes))[0])
        if cleaned:
            plan.scene.details.append(cleaned)
            plan.record("detail", cleaned, slot_phrase("detail", cleaned))
    _looks_undone(plan, scene)
    _material_swapped(plan, scene)
    for phrase in keep_user_words(plan.scene, _words_to_keep(text), aspect=plan.aspect):
        plan.record("detail", phrase, slot_phrase("detail", phrase))
    choose_method(plan)
    return plan


def _left_after_negatives(protected: str, negatives: list[str]) -> str:
    """What is left once the negatives are out: no "+" ("pink sky + no fence"), no bare ask ("make it [without the
    wig]")."""
    protected = re.sub(r"^\s*[+&]\s*|\s*[+&]\s*$", "", protected)
    return _BARE_ASK.sub("", protected) if negatives else protected


# what is left of an ask once what it leaves out is taken ("make it [without the wig]", "show me one [without people]")
_BARE_ASK = re.compile(r"^\s*(?:(?:can|could|would)\s+(?:you|u)\s+)?(?:please\s+)?(?:make|show|do|draw|redo|render|give\s+me|"
                       r"have|try|leave)\s+(?:me\s+)?(?:it|this|that|them|one|another(?:\s+one)?|a\s+version|a\s+copy|the\s+same"
                       r"(?:\s+(?:one|thing|picture))?)(?:\s+(?:please|pls|again))?\s*(?=[,.;!?]|$)[,.;!?]*", re.I)


_LOOK_WORDS = frozenset("brand very really super so and more much looking look a bit little all completely totally".split())


def _looks_undone(plan: EditPlan, before: Scene) -> None:
    """"make it brand new shiny copper" of "a rusty old bucket": a look said in a new detail takes the subject's
    opposite looks away ("a bucket, brand new shiny copper")."""
    for detail in plan.scene.details[len(before.details):]:
        words = re.findall(r"[a-z]+", detail.lower())
        if len(words) <= 5 and any(lexicon.look_base(w) in lexicon.OPPOSITE_LOOKS for w in words) and all(
                lexicon.look_base(w) in lexicon.OPPOSITE_LOOKS or w in lexicon.MATERIALS or is_colour(w) or w in _LOOK_WORDS
                for w in words):  # a look alone ("add a small boat" to a big ship names a thing: the ship stays big)
            plan.scene.subject = without_undone_looks(plan.scene.subject, words)


def _material_swapped(plan: EditPlan, before: Scene) -> None:
    """"change it to white marble" of "a bronze sculpture of a heron": the new material takes the old one's place in the
    subject ("a white marble sculpture of a heron"), not a detail beside it."""
    for detail in list(plan.scene.details[len(before.details):]):
        words = re.findall(r"[a-z]+", detail.lower())
        new = [w for w in words if w in lexicon.MATERIALS]
        if len(new) != 1 or not all(w in lexicon.MATERIALS or is_colour(w) or w in ("a", "an", "in", "of", "made") for w in words):
            continue
        old = next((w for w in re.findall(r"[a-z]+", plan.scene.subject.lower()) if w in lexicon.MATERIALS and w != new[0]), None)
        if old is None:
            continue
        look = re.sub(r"^(?:an?|in|made\s+of|of)\s+", "", detail.strip(), flags=re.I)
        plan.scene.subject = re.sub(r"\b" + old + r"\b", look, plan.scene.subject, count=1, flags=re.I)
        plan.scene.details.remove(detail)


# "more balloons and make them gold": "them" is the things the clause before named
_PLURAL_NAMED = re.compile(r"\b(?:more|some|the|a\s+few|several|lots\s+of|\d+|two|three|four|five)\s+(?:[\w'-]+\s+)?"
                           r"(?P<things>[a-z]{3,}(?<![su])s)\b", re.I)


def _them_said_before(text: str, scene: Scene) -> str:
    """"the pigeons are a bit much, take them out" -> "…, take the pigeons out": "them" is the things named before,
    when the picture has them."""
    asked = re.search(r"\b(?P<verb>take|get|cut)\s+them\s+(?P<where>out|off|away)\b", text, re.I)
    named = list(_PLURAL_NAMED.finditer(text[: asked.start()])) if asked else []
    if not named or not scene.mentions(named[-1].group("things")):
        return text
    return f"{text[:asked.start()]}{asked.group('verb')} the {named[-1].group('things')} {asked.group('where')}{text[asked.end():]}"


def _them_named(clause: str, previous: str) -> str:
    named_it = it_named_before(clause, previous)
    if named_it != clause:
        return named_it
    named = list(_PLURAL_NAMED.finditer(previous))
    if not named or not re.search(r"\b(?:make|turn|paint|colou?r)\s+them\b|\b(?:take|get|cut)\s+them\s+(?:out|off|away)\b", clause,
                                  re.I):  # ("the pigeons are a bit much, take them out")
        return clause
    return re.sub(r"\bthem\b", f"the {named[-1].group('things')}", clause, count=1, flags=re.I)


def it_named_before(clause: str, previous: str) -> str:
    """"kindly remove it" after "I find the bird bath rather distracting" -> "kindly remove the bird bath"."""
    one = re.search(r"\bthe\s+(?P<thing>[a-z][\w'-]*(?:\s+[a-z][\w'-]*)?)\s+(?:is|looks|seems|feels|was)\b|\b(?:find|found)\s+"
                    r"the\s+(?P<thing2>[a-z][\w'-]*(?:\s+(?!(?:rather|a|too|quite|very|so|really|kinda)\b)[a-z][\w'-]*)?)\s+"
                    r"(?:rather\s+|a\s+bit\s+|too\s+|quite\s+|very\s+|so\s+|really\s+|kinda\s+)*"
                    r"[a-z]+", previous, re.I)
    if one and re.fullmatch(r"(?:(?:kindly|please|just|so|then)\s+)*(?:remove|delete|erase|get\s+rid\s+of|take\s+out|lose|"
                            r"ditch|drop)\s+it(?:\s+(?:please|pls|out|away))?[\s.!]*", clause.strip(), re.I):
        return re.sub(r"\bit\b", f"the {one.group('thing') or one.group('thing2')}", clause, count=1)
    return clause


_POP = re.compile(r"\b(?:make|let)\s+(?P<x>the\s+[\w'-]+(?:\s+[\w'-]+)?)\s+(?:really\s+|just\s+)?(?:pop|stand\s+out)"
                  r"(?:\s+(?:more|a\s+bit|a\s+little|a\s+lot|out))*\b", re.I)
# "put / hang / stick a banner saying 'X'": a lettered thing placed in the picture
_LETTERED_THING = re.compile(r"\b(?:put|place|stick|hang|hang\s+up|include|pop)\s+(?=(?:a|an|some|one)\s+(?:[\w'-]+\s+){0,2}?"
                             r"(?:banner|sign|flag|poster|placard|board|chalkboard|plaque|label|ribbon|balloon|cake|"
                             r"card|note|t-shirt|shirt)s?\s+(?:saying|that\s+says|which\s+says|reading|that\s+reads|with\s+"
                             r"(?:the\s+)?(?:words?|text|writing|letters)?\s*[\"“'‘]))", re.I)


# "this mountain picture", "the mountain photo" (of a mountain): the picture itself, called by what it shows
_THING_PICTURE = re.compile(r"\b(?P<det>this|that|my|our|the)\s+(?P<what>[\w'-]+(?:\s+[\w'-]+)?)\s+(?P<pic>picture|photo|image|"
                            r"pic|shot|snap|photograph)\b", re.I)


def _picture_said_plainly(scene: Scene, text: str) -> str:
    """"make this mountain picture wide" -> "make this picture wide": the picture, not a "picture wide" in the
    mountain's place ("the dog picture on the wall" of a room stays: "the" names a thing the scene does not show)."""
    def plain(match: re.Match) -> str:
        pointed = match.group("det").lower() != "the"
        if not pointed and not all(scene.mentions(w) for w in match.group("what").split()):
            return match.group(0)
        return f"{match.group('det')} {match.group('pic')}"
    return _THING_PICTURE.sub(plain, text)


def _command_text(plan: EditPlan, text: str) -> str:
    """The message as a command on the picture's own words: what was forgotten leaves the scene, a disliked thing is
    named, "my cat" is the cat in the picture, a correction's lead and why a shape is wanted are dropped."""
    forgot = re.match(FORGET_LEAD, text.strip(), re.I)
    if forgot:  # "forget pumpkin, make it peppermint": the forgotten thing leaves the picture's words
        plan.scene.subject = remove_terms(plan.scene.subject, (forgot.group("forgot"),)) or plan.scene.subject
        plan.scene.details = [d for d in (remove_terms(d, (forgot.group("forgot"),)) for d in plan.scene.details) if d]
    text = _as_plain_command(plan.scene, text)
    disliked = DISLIKE.match(text.strip())
    if disliked and disliked.end() < len(text.strip()):  # "i don't like the car, make it a truck": the car, changed
        text = re.sub(r"\b(?:it|that|one)\b", f"the {disliked.group('x')}", text.strip()[disliked.end():], count=1)
    text = re.sub(r"(?<!\blike\s)(?<!\bas\s)(?<!\bfor\s)\b(?:my|our)\s+(?=([\w'-]+))",
                  lambda m: "the " if plan.scene.mentions(m.group(1)) else m.group(0),
                  text, flags=re.I)  # "turn my cat into …" with the cat in the picture: that cat
    text = _scene_word_for(plan.scene, text)
    text = _POP.sub(lambda m: f"make {m.group('x')} more vivid", text)  # "make the roses pop more": the roses, more
    # vivid, not "pop" as a thing that replaces them
    text = _LETTERED_THING.sub("add ", text)  # "put a banner saying 'CHAMPIONS'": a banner in the picture, not its shape
    text = re.sub(r"^\s*(?:(?:actually|oh|ok(?:ay)?)[,\s]+)?(?:no\s+wait|wait\s+no|no\s+no|actually\s+no|wait|hmm+|no+|nope|nah)(?:[,.!:;]+\s*|\s+(?=(?:keep|make|put|change|"
                  r"do|add|use|turn|give|just|let|can|could|leave)\b))", "", text, flags=re.I)  # "no wait keep it blue but
    # …": a correction's lead, no words of the picture (and "wait no clouds" keeps its "no")
    text = _picture_said_plainly(scene=plan.scene, text=text)
    text = _VERSION_OF_SAME.sub(" ", text).strip(" ,") or text  # "a story version of the same thing, tall": the shape
    text = re.sub(r"\b(?P<part>background|sky|foreground|setting|backdrop)\s+of\s+(?:this|it|the\s+(?:photo|picture|image|pic))\b",
                  r"\g<part>", text, flags=re.I)  # "make the background of this a city street": the background
    text = made_so(text)  # "make it so the puppy has a stick in its mouth": give the puppy a stick
    reshaped = _SHAPE_BECAUSE.match(FILLER.sub("", text.strip(), count=1).strip())  # "make it wide so it fills the slide": why
    # is no content ("nice, wide please for the shop window" too)
    return reshaped.group("shape") + (reshaped.group("rest") or "") if reshaped else text


_HELD_IN = re.compile(r"\b(?:plate|bowl|cup|mug|glass|box|basket|jar|slice|piece|pile|stack|bunch|bag|tray|bottle|pot|dish|"
                      r"heap|bucket|crate|carton|platter|skewer)\s+of\s+(?P<n>[a-z][\w'-]*)", re.I)


def _kindred_noun(subject: str, said: str) -> Optional[str]:
    """The subject's noun of the same kind as a bare noun said alone ("pizza" -> "pasta" in "a plate of pasta with
    basil"), by the sentence embeddings, when one stands out; None otherwise (or with no embeddings)."""
    from chat.words import embeddings

    if not re.fullmatch(r"[a-z][\w'-]*", said, re.I) or singular(said.lower()) not in ENGLISH_NOUNS or \
            classify_phrase(said) or is_colour(said):
        return None
    held = _HELD_IN.search(subject)  # "a bowl of ramen": what the bowl holds is the thing
    if held:
        return held.group("n")
    if not embeddings.available():
        return None
    nouns = {w for w in re.findall(r"[a-z][\w'-]+", subject.lower()) if singular(w) in ENGLISH_NOUNS and w not in
             lexicon.STOPWORDS and w not in lexicon.FORMAT_NOUNS and w != said.lower()}
    said_vector = embeddings.encode(said.lower())
    scored = sorted(((float(said_vector @ embeddings.encode(w)), w) for w in nouns), reverse=True)
    if not scored or scored[0][0] < 0.5 or (len(scored) > 1 and scored[0][0] - scored[1][0] < 0.03):
        return None
    return scored[0][1]


def _whole_picture_words_off(plan: EditPlan, protected: str) -> str:
    """"the same but …", "a version of it with …", "somewhere else:" off; "same style but a rabbit" -> "replace the
    fox with a rabbit"."""
    same_but = SAME_BUT.match(FILLER.sub("", protected, count=1))
    protected = SAME_BUT.sub("", FILLER.sub("", protected, count=1), count=1) or protected
    same_with = bool(same_but) and re.match(r"^(?:do|make|draw)\b", same_but.group(0), re.I) and \
        protected.strip().lower().startswith("with ")  # "do the same with a bear": the bear instead
    protected = re.sub(r"^with\s+", "", protected.strip(), flags=re.I) if same_with else protected
    head = subject_head(plan.scene.subject) if same_but and (same_with or re.search(r"\bbut\s*$", same_but.group(0),
                                                                                       re.I)) else None
    new = re.match(r"^(?:an?|some|a\s+few|several|\d+|" + "|".join(lexicon.NUMBER_WORDS) + r")\s+(?P<np>[\w'-]+(?:\s+[\w'-]+)"
                   r"{0,2}?)(?:\s+(?:with|holding|wearing|in|on|under|riding|carrying)\s+(?:an?|the|some|his|her|its|two|"
                   r"\d+)\s+[\w'-]+(?:\s+[\w'-]+)?)?$", protected.strip(" .!"), re.I)  # "same style but seven red apples",
    # "the same thing but a rainy cloud with an umbrella"
    kin = _kindred_noun(plan.scene.subject, protected.strip(" .!")) if head and not new else None
    if head and new and not classify_phrase(protected) and not plan.scene.mentions(new.group("np").split()[-1]):
        if new.group("np") != protected.strip(" .!").split(None, 1)[-1]:  # the new one comes with its own things: the
            plan.scene.subject = re.sub(r"\s+wearing\s+(?:an?\s+|the\s+|some\s+|his\s+|her\s+|its\s+)?[\w'-]+(?:\s+"
                                        r"(?!(?:on|in|at|with|and)\b)[\w'-]+)?", "", plan.scene.subject, count=1, flags=re.I)
            # old one's clothes go ("a sun wearing sunglasses", then "… but a cloud with an umbrella")
        protected = f"replace the {head} with {protected.strip(' .!')}"  # "same thing but a rabbit": the rabbit instead
    elif kin:  # "now same but pizza" of "a plate of pasta with basil": the pizza in the pasta's place
        protected = f"replace the {kin} with {protected.strip(' .!')}"
    elif same_but and re.search(r"\bbut\s*$", same_but.group(0), re.I) and has_place(plan.scene) and \
            place_phrase(protected.split(",")[0]) and re.match(r"^\s*(?:in|on|at|inside|under)\s", protected, re.I) and \
            not re.search(r"\binstead\b", protected, re.I):  # "same truck but on a desert highway": the place replaced
        first, _, rest = protected.partition(",")
        protected = f"{first} instead" + (f",{rest}" if rest else "")
    protected = re.sub(r"\b(somewhere\s+(?:else|different|new)|elsewhere|some\s+place\s+(?:else|different|new)|"
                       r"(?:another|a\s+different|a\s+new)\s+(?:place|location|setting|spot))\s*[,:;-]+\s*", r"\1 ",
                       protected, flags=re.I)
    protected = VERSION_OF_IT.sub("", protected.strip(), count=1) or protected
    return META_REFERENCE.sub("", protected)  # "the lake from the story": the lake


def _format_off(plan: EditPlan, protected: str) -> str:
    """A shape said in passing ("… more vibrant for instagram", "make it a wide one with space …") sets the aspect
    and leaves the words."""
    platform = _PLATFORM_PURPOSE.search(protected)
    if platform and re.search(r"\S", protected[: platform.start()]):  # "… more vibrant for instagram": its shape only
        if aspect_from_text(platform.group(0)):
            set_slot(plan, "aspect", platform.group(0))
        protected = protected[: platform.start()] + protected[platform.end():]
    shaped = _SHAPE_IN_PASSING.match(protected.strip()) if not plan.aspect else None
    if shaped and re.search(r"[a-z]", protected.strip()[shaped.end():], re.I):  # "make it a wide one with space …"
        set_slot(plan, "aspect", shaped.group("shape"))
        protected = protected.strip()[shaped.end():]
    return protected


_ONE_MORE_BESIDE = re.compile(r"\b(?:a\s+second|a\s+2nd|another|one\s+more)\s+(?P<noun>[\w'-]+)(?:\s+(?:right\s+)?(?:next\s+to|"
                              r"beside|alongside|by|near)\s+(?:it|him|her|them|the\s+[\w'-]+))?", re.I)


def _words_to_keep(text: str) -> str:
    """The words of the message the scene must hold afterwards: not remarks, "the same but", a new name or value (in
    the picture's words already), where it goes, a dislike or a reshape, nor what is to stay as it is."""
    kept = ", ".join(map(_their_change, re.split(r"\s*,\s*", text)))  # "… but she thinks the roof should be blue"
    kept = "" if is_word_swap(kept) else ", ".join(c for c in re.split(r"\s*,\s*", kept) if not is_word_swap(c))  # "its
    # sunday not saturday", "change SAM to MAX, I'm making one for his cousin": the new word is in the picture's words
    kept = without_remarks(VERSION_OF_IT.sub("", strip_lead_talk(kept).strip(), count=1))
    kept = re.sub(r"\b(?:change|switch|update|edit|set)\s+the\s+(?:words?|text|wording|lettering|writing|title|caption)\s+"
                  r"(?:to|into)\b", " ", kept, flags=re.I)  # "change the words to '…'": the new words, no word "words"
    kept = re.sub(r"\b(?P<verb>make|turn|change)\s+the\s+(?P<old>[a-z]+)\b", lambda m: m.group("verb") + " the" + (
        "" if is_colour(m.group("old")) else " " + m.group("old")), kept, flags=re.I)  # "make the teal navy": teal goes
    kept = re.sub(r"\b(?P<verb>change|turn|switch|swap)\s+(?P<old>[a-z]+)\s+(?=(?:to|into|for)\s)", lambda m: m.group("verb") + (
        " " if is_colour(m.group("old")) else f" {m.group('old')} "), kept, flags=re.I)  # "change pink to teal and …"
    kept = re.sub(r"\b(?P<verb>swap|replace|switch|exchange|substitute|trade)\s+(?:out\s+)?(?:the|his|her|its|their|that|those|"
                  r"these)\s+(?:[\w'-]+\s+){0,3}?[\w'-]+\s+(?=(?:for|with)\b)", r"\g<verb> ", kept, flags=re.I)  # "swap the
    # grey sofa for a cream one": the grey goes with the sofa
    kept = _ONE_MORE_BESIDE.sub(r"\g<noun>", kept)  # "a second wolf next to it": two wolves, no word "second" to keep
    kept = SAME_BUT.sub("", FILLER.sub("", kept, count=1), count=1) or kept  # "like the last one but …": no words to keep
    kept = "" if _RE_RENAME.match(kept.strip()) or VALUE_CHANGE.match(kept.strip()) else kept  # the new name (or
    # price, date...) is in the picture's words already
    kept = _PLATFORM_PURPOSE.sub("", kept) or kept  # "for an instagram post" says where it goes, not what is in it
    restyled = _STYLE_FOR.search(kept)  # "a watercolor painting for her owner's christmas card": its use, no part of it
    kept = kept[: restyled.start()] if restyled and classify_phrase(re.sub(r"^.*\b(?:into|as|to)\s+", "", kept[: restyled.start()],
                                                                            flags=re.I)) == "style" else kept
    kept = RESTORE_TALK.sub(" ", kept)  # "restore this old photo, it's faded": the photo made good, no new words
    kept = "" if DISLIKE.match(kept.strip()) or asks_reshape(kept) else kept  # "i don't like the colours",
    # "widen it": no words of the picture to keep; "keep the colours but …", "leave the cat alone": no new words
    return re.sub(r"\b(?:but\s+)?(?:keep|leave)\s+(?:the|my|his|her|its|their)\s+[\w'-]+(?:\s+(?:alone|as\s+(?:is|it\s+is)|the\s+"
                  r"same|unchanged))?", " ", kept, flags=re.I)


_ONE_LIKE_IT = re.compile(r"^(?:(?:can|could|would)\s+(?:you|u)\s+)?(?:also\s+)?(?:please\s+)?(?:do|make|draw|give\s+me|show\s+me|"
                          r"try)\s+(?:one|another(?:\s+one)?|a\s+version|a\s+copy)\s+(?:too\s+|as\s+well\s+)?(?=(?:at|in|with|"
                          r"without|during|as|for|on|under|by)\b)", re.I)
_AS_INSPIRATION = re.compile(r"^(?:(?:can|could)\s+(?:you|u)\s+)?(?:please\s+)?use\s+(?:this|it|that|my\s+[\w'-]+)\s+as\s+(?:an?\s+)?"
                             r"(?:inspiration|reference|starting\s+point|base|template|guide)\s+(?:for|(?:and\s+|to\s+)(?:make|draw|"
                             r"create|paint|do))\s+"
                             r"(?:(?:a\s+new|another)\s+(?:picture|image|one|drawing)\s+|something\s+)?(?:with|of|showing)?\s*(?=\S)", re.I)
_LIKE_THEY_ARE = re.compile(r"\b(?:look|looks|seem|seems)\s+like\s+(?:they|he|she|it|we)(?:'re|'s|\s+are|\s+is|\s+were|\s+was)\s+",
                            re.I)


# "can you put a deer in it? a small one, far away": the thing just named, described after
_THEN_WHICH_ONE = re.compile(r"\b(?P<art>a|an)\s+(?P<noun>[\w'-]+)(?P<mid>(?:\s+(?!(?:and|but)\b)[\w'-]+){0,4}?)\s*[?.!,;]+\s*(?:maybe\s+|like\s+)?"
                             r"(?:a|an)\s+(?P<adj>(?:[\w'-]+\s+){1,2})one\b[,\s]*(?P<rest>[^.?!]*?)[.?!\s]*$", re.I)


def _which_one(match: re.Match) -> str:
    described = f"{article(match.group('adj').strip())} {match.group('adj')}{match.group('noun')}{match.group('mid')}"
    return f"{described}, {match.group('rest')}" if match.group("rest").strip() else described


# "the barn - make it white" / "the dog: give it a hat": the thing named first is the "it" of the change
_NAMED_THEN_IT = re.compile(r"^(?:(?:no+|nope|sorry|i\s+meant|oops|wait|just|only)[,.!\s]+)*(?:the|that)\s+"
                            r"(?P<x>\w[\w'-]*(?:\s+\w[\w'-]*)?)(?:\s+(?:looks?|seems?|is|are|'s|'re)\s+[^,.;!?]{1,30})?"  # "the boat
                            r"\s*[-–—:,.!]+\s*(?P<rest>.*\b(?:it|that\s+one|them|those)\b.*)$", re.I)  # looks odd, remove it"


_LOCATED = re.compile(r"^(?P<lead>(?:change|make|turn|swap|replace|switch|recolou?r|paint)\s+the\s+(?P<x>[\w'-]+))\s+(?:behind|"
                      r"beside|next\s+to|above|below|under|over|around|near)\s+(?:him|her|them|it|the\s+[\w'-]+)"
                      r"|^(?P<lead2>(?:change|make|turn|swap|replace|switch|recolou?r|paint)\s+the\s+(?P<x2>[\w'-]+))\s+in\s+the\s+"
                      r"(?:background|back|foreground|front|corner|distance)", re.I)


_COLOUR_WORDS = r"(?:(?:[a-z]+\s+){0,2}?[a-z]+)"
_NOUN_NOT_COLOUR = re.compile(r"^(?P<new>" + _COLOUR_WORDS + r")\s+(?P<noun>[\w'-]+)\s*,?\s+(?:but\s+)?(?:not|instead\s+of)\s+"
                              r"(?P<old>" + _COLOUR_WORDS + r")(?:\s+(?:one|ones))?[\s.!]*$", re.I)
_NOT_A_COLOUR = re.compile(r",\s*(?:but\s+)?not\s+(?P<old>" + _COLOUR_WORDS + r")(?=[\s.!]*$)", re.I)


def _colour_not_colour(scene: Scene, text: str) -> str:
    """"pink yarn not red" -> "make the yarn pink, no red"; "…, not red" -> "…, no red": the colour said not to be there
    goes, whether or not the picture's words named it (a photo's colours are not in its words)."""
    swap = _NOUN_NOT_COLOUR.match(text.strip())
    if swap and is_colour(swap.group("new")) and is_colour(swap.group("old")) and (
            scene.mentions(swap.group("noun")) or swap.group("noun").lower() == (subject_head(scene.subject) or "").lower()):
        said = re.search(r"\b" + re.escape(swap.group("old")) + r"\b", scene.subject, re.I)  # (then recoloured where said)
        return f"make the {swap.group('noun')} {swap.group('new')}" + ("" if said else f", no {swap.group('old')}")
    return _NOT_A_COLOUR.sub(lambda m: f", no {m.group('old')}" if is_colour(m.group("old")) else m.group(0), text, count=1)


def _located_named(scene: Scene, text: str) -> str:
    """"change the flag behind her to a galaxy" -> "change the flag to a galaxy": where a thing of the picture is
    says which one, not part of its name."""
    located = _LOCATED.match(text.strip())
    if not located:
        return text
    lead, rest = located.group("lead") or located.group("lead2"), text.strip()[located.end():]
    named = scene.mentions(located.group("x") or located.group("x2"))
    to_a_thing = re.match(r"^\s*(?:to|into)\s+(?:an?|some)\s", rest, re.I)  # (a photo's flag, not in its words, replaced)
    return lead + rest if named or to_a_thing else text


# "there's a campfire by the tent, get rid of it": a thing seen in the picture (its words may not name it), removed
_SEEN_THEN_REMOVED = re.compile(r"^(?:there'?s|there\s+is|there\s+are|i\s+(?:can\s+)?see)\s+(?:an?|some|the|this|that)\s+"
                                r"(?P<x>\w[\w'-]*(?:\s+\w[\w'-]*)?)(?:\s+(?:by|near|next\s+to|in|on|behind|beside|under|over)\s+"
                                r"[^,.;!?]{1,30})?\s*[-–—:,.!]+\s*(?:(?:please|pls|can\s+you|could\s+you)\s+)?(?P<verb>" + _REMOVE_VERBS +
                                r")\s+(?:it|them|that|those)\b(?P<rest>.*)$", re.I)


_WITH_A_PART_LOOK = re.compile(r"^(?:(?:the\s+)?same(?:\s+(?:thing|one))?\s*,?\s*)?(?:but\s+)?with\s+(?P<np>(?:the|his|her|its|their)\s+"
                               r".+?)(?:\s+instead)?[\s.!]*$", re.I)


def _with_a_part_look(text: str) -> str:
    """"same but with the suit orange instead" -> "make the suit orange"; other text unchanged."""
    with_look = _WITH_A_PART_LOOK.match(text)
    look = verbless_look(with_look.group("np")) if with_look else None
    return f"make {look}" if look else text


def _it_named_first(scene: Scene, text: str) -> str:
    seen = _SEEN_THEN_REMOVED.match(text.strip())
    if seen:
        return f"remove the {seen.group('x')}{seen.group('rest')}"
    named = _NAMED_THEN_IT.match(text.strip())
    head = named.group("x").split()[-1] if named else ""
    if not named or not (scene.mentions(head) or re.fullmatch(SCENE_PARTS, head, re.I)):
        return text
    return re.sub(r"\b(?:it|that\s+one|them|those)\b", f"the {named.group('x')}", named.group("rest"), count=1, flags=re.I)


_VERBLESS_LOOK = re.compile(r"^(?:(?:and|also|plus)\s+)?(?P<np>(?:the|his|her|its|their)\s+[\w'-]+(?:\s+[\w'-]+)?\s+[\w'-]+(?:\s+and\s+(?:the|his|"
                            r"her|its|their)\s+[\w'-]+(?:\s+[\w'-]+)?\s+[\w'-]+)?)$", re.I)


def verbless_look(text: str) -> Optional[str]:
    """"the door blue", "and the knight's armor gold": a part and its new colour (or comparative) with no verb -> the
    phrase to make; None for other text."""
    look = _VERBLESS_LOOK.match(text.strip())
    last = look.group("np").split()[-1].lower() if look else ""
    return look.group("np") if look and (is_colour(last) or last in lexicon.COMPARATIVES or last in lexicon.MATERIALS or
                                         classify_phrase(last) in ("weather", "lighting", "time")) else None


def _carry_verb(clauses: list[str]) -> list[str]:
    """"make the roof red, the door blue and the walls white": the later clauses share the first one's verb."""
    carried, verb = [], "make"  # "and the knight's armor gold" alone: a change too
    for clause in clauses:
        bare = clause.strip(" ,.!").lower()
        if carried and all(w in TOO for w in re.split(r"\s+(?:and|&)\s+", bare)) and critique(carried[-1]) is not None:
            # "too dark, blurry": too blurry as well
            carried.append(f"too {bare}")
            continue
        start = re.match(r"^(?:make|paint|colou?r|turn)\b", _request_words_off(clause), re.I)
        look = verbless_look(clause) if not start else None
        verb = start.group(0) if start else verb if look else ""
        carried.append(f"{verb} {look}" if look and verb else clause)
    return carried


_ONE_THING_TWO_CHANGES = re.compile(r"^(?P<verb>make|turn|paint)\s+(?P<x>(?:the|his|her|its|their)\s+[\w'-]+(?:\s+[\w'-]+)?)"
                                    r"\s+(?P<a>[\w-]+)\s+(?:and|&)\s+(?P<b>[\w-]+)[\s.!]*$", re.I)


# "make the robot rusty and old and the plants overgrown": the second part of the picture and its own change
_AND_THE_PART = re.compile(r"^(?P<verb>make|turn|paint)\s+(?P<a>(?:the|his|her|its|their)\s+[\w'-]+(?:\s+[\w'-]+)+?)\s+and\s+"
                           r"(?P<b>(?:the|his|her|its|their)\s+(?P<y>[\w'-]+)(?:\s+[\w'-]+){1,4})[\s.!]*$", re.I)


# "make the room darker with a nightlight": the part's new look, and a new thing that gives it
_LOOK_WITH = re.compile(r"^(?P<verb>make|turn|paint)\s+(?P<x>(?:it|(?:the|his|her|its|their)\s+[\w'-]+(?:\s+[\w'-]+)?))\s+"
                        r"(?P<look>[\w-]+)\s+(?:with|by\s+adding|and\s+add)\s+(?P<thing>(?:an?|some|two|three|\d+)\s.+)$", re.I)


_TWO_SWAPS = re.compile(r"^(?P<verb>replace|swap|switch|change|turn)\s+(?P<a>(?:the|his|her|its|their)\s+[\w'-]+(?:\s+[\w'-]+)?\s+"
                        r"(?:with|for|to|into)\s+(?:an?\s+|some\s+)?[\w'-]+(?:\s+[\w'-]+)?)\s*(?:,\s*|\s+)and\s+"
                        r"(?P<b>(?:the|his|her|its|their)\s+[\w'-]+(?:\s+[\w'-]+)?\s+(?:with|for|to|into)\s+\S.*?)[\s.!]*$", re.I)
_MOVED_AT_A_TIME = re.compile(
    r"^(?P<move>(?:(?:ok(?:ay)?|now|then|and|so)[,\s]+)*(?:put|move|place|set|take|send|bring|transport)\s+(?:him|her|it|them|"
    r"the\s+[\w'-]+(?:\s+[\w'-]+)?)\s+(?:in|on|at|into|to|onto|inside|under|by)\s+\S.*?)\s+(?P<when>(?:at|in|during|under|"
    r"on)\s+(?:an?\s+|the\s+)?(?:night|nighttime|dusk|dawn|sunset|sunrise|midnight|noon|twilight|golden\s+hour|blue\s+hour|"
    r"winter|summer|autumn|fall|spring|rain|snow|fog|storm|moonlight|daytime|daylight|(?:snowy|rainy|foggy|stormy|sunny|"
    r"misty)\s+(?:day|night|evening|morning)))[\s.!]*$", re.I)


_TWO_TO = re.compile(r"^(?P<verb>change|switch|turn|set|update)\s+(?P<a>(?:it|this|the\s+[\w'-]+(?:\s+[\w'-]+)?)\s+"
                     r"(?:to|into)\s+[^\"'“]+?)\s+and\s+(?P<b>(?:the|its)\s+(?:text|words?|wording|name|title|caption|sign|"
                     r"slogan)\s+(?:to|into)\s+\S.*)$", re.I)


def _split_changes(clause: str, scene: Optional[Scene] = None) -> list[str]:
    """"make the car white and the house teal" -> ["make the car white", "make the house teal"] when both end in a
    colour or a comparative, or the second names another part of the picture ("… and the plants overgrown"); anything
    else stays one clause ("make the dog and the cat wear hats")."""
    moved = _MOVED_AT_A_TIME.match(clause.strip())
    if moved:  # "put him in a snowy forest at night": a new place, and a time of day
        return [moved.group("move"), moved.group("when")]
    two_to = _TWO_TO.match(_request_words_off(clause))
    if two_to:  # "change it to the Highlands and the text to 'Greetings from the Highlands'": two changes, one verb
        return [f"{two_to.group('verb')} {two_to.group('a')}", f"{two_to.group('verb')} {two_to.group('b')}"]
    swaps = _TWO_SWAPS.match(_request_words_off(clause))
    if swaps:  # "replace the roses with peonies and the gold with silver": two swaps
        return [f"{swaps.group('verb')} {swaps.group('a')}", f"{swaps.group('verb')} {swaps.group('b')}"]
    given = _LOOK_WITH.match(_request_words_off(clause))
    look = given.group("look").lower() if given else ""
    if given and (look in lexicon.COMPARATIVES or re.fullmatch(r"\w+er", look) or is_colour(look) or _looks_adjectival(look)):
        return [f"{given.group('verb')} {given.group('x')} {given.group('look')}", f"add {given.group('thing')}"]
    parts = _AND_THE_PART.match(_request_words_off(clause)) if scene is not None else None
    last = parts.group("b").split()[-1] if parts else ""
    if parts and (scene.mentions(parts.group("y").rstrip("s")) or _looks_adjectival(last) or is_colour(last)) and not re.search(
            r"\b(?:wear|wearing|hold|holding|have|having|look|looking|do|doing)\b", parts.group("b"), re.I):
        return [f"{parts.group('verb')} {parts.group('a')}", f"{parts.group('verb')} {parts.group('b')}"]
    match = _TWO_CHANGES.match(_request_words_off(clause))  # "can u make the X blue and the Y yellow" too
    one = _ONE_THING_TWO_CHANGES.match(_request_words_off(clause)) if not match else None
    pair = (one.group("a"), one.group("b")) if one else ()
    if one and sum(map(is_colour, pair)) == 1 and any(re.fullmatch(r"\w+er", w) or w.lower() in lexicon.COMPARATIVES
                                                     for w in pair):  # "make the letters bigger and blue"
        return [f"{one.group('verb')} {one.group('x')} {one.group('a')}", f"{one.group('verb')} {one.group('x')} {one.group('b')}"]
    if not match:
        return [clause]
    ends = [match.group(k).split()[-1] for k in ("a", "b")]
    if not all(is_colour(e) or re.fullmatch(r"\w+er", e) or e.lower() in lexicon.MATERIALS or
               classify_phrase(e) in ("weather", "lighting", "time") for e in ends):
        return [clause]
    return [f"{match.group('verb')} {match.group('a')}", f"{match.group('verb')} {match.group('b')}"]


_EMPTY_CLAUSE = re.compile(r"(?:(?:(?:can|could)\s+(?:you|u)\s+)?(?:(?:tell|show)\s+me\s+)?what\s+(?:this|it|that)\s+is(?:\s+(?:and|then))*|"
                           r"(?:(?:can|could)\s+(?:you|u)\s+)?(?:fix|improve|sort\s+out|redo|re-?do|re-?draw|re-?make|try)\s+"
                           r"(?:that|it|this)(?:\s+again)?(?:\s+please)?|(?:(?:can|could)\s+(?:you|u)\s+)?try\s+again|"
                           r"(?:the\s+)?same(?:\s+(?:thing|image|picture|one|again))?|but|and|so|"
                           r"(?:this|that|it)\s+again|please|pls|plz|thanks|thank\s+you|thx|ty|too|as\s+well|also|for\s+(?:you|me)|"
                           r"again|now|then|instead|lol|haha+|ok(?:ay)?|"
                           r"(?:(?:only|just)\s+)?(?:a\s+(?:little|tiny)(?:\s+bit)?|a\s+(?:bit|touch|tad))|"  # ("less snow, only a
                           r"(?:only|just)\s+(?:change|edit|touch|do)\s+the\s+[\w'-]+(?:\s+[\w'-]+)?)[.!]*", re.I)
# what is left of "I don't want any text anywhere" once the negative is out: no part of the picture
_REMNANT = re.compile(r"(?:(?:i|we|you|it|anywhere|everywhere|at\s+all|in\s+it|on\s+it|in\s+there|please|pls|thanks|"
                      r"(?:but\s+)?(?:can|could|would)\s+(?:it|this|that|they)\s+(?:please\s+)?be)"  # ("could it be" | "without …")
                      r"[\s,.!?]*)+", re.I)
_ZOOM_START = re.compile(r"^zoom\s+(?:in|out)\b|^(?:get\s+|move\s+)?closer\b|^(?:pull|step|move)\s+back\b|^widen\b")
_NEEDS_VIEW = re.compile(r"^(?:zoom|pull|get|move|make|widen|crop|show|frame)\b", re.I)  # "zoom out so we see ..."


def _aside(plan: EditPlan, probe: str, clause: str) -> bool:
    """What the picture is for ("I want to print it for my hallway"): only its format counts."""
    if not ASIDE.search(probe):
        return False
    if aspect_from_text(clause):
        set_slot(plan, "aspect", clause)
    return True


def _request_words_off(clause: str) -> str:
    """"ok can you please make it night please" -> "make it night"."""
    previous = None
    while previous != clause:
        previous = clause
        clause = polite_to_imperative(ASK.sub("", polite_to_imperative(FILLER.sub("", clause.strip(), count=1)),
                                              count=1))
    return TRAIL.sub("", clause).strip()


def _purpose(plan: EditPlan, clause: str) -> bool:
    """"zoom out so we see the whole field": the framing change, and what should come into view."""
    purpose = _PURPOSE.search(clause)
    if not (purpose and _NEEDS_VIEW.match(clause)):
        return False
    _apply_clause(plan, clause[: purpose.start()])
    what = clean_modifier(re.sub(r"^(?:more\s+of\s+)", "", purpose.group("what"), flags=re.I))
    if what and not plan.scene.mentions(what.split()[-1]):
        add_thing(plan, what)
    return True


def _quality(plan: EditPlan, clause: str, low: str) -> bool:
    if not _QUALITY.search(low):
        return False
    plan.scene.quality = "intricate details, fine textures"
    plan.record("quality", "more detail", "with more detail")
    return True


def _comparative(plan: EditPlan, clause: str, low: str) -> bool:
    """"brighter", "make it a bit warmer": a fixed slot change."""
    for key, (slot, value) in _COMPARATIVE.items():
        if re.fullmatch(r"(?:make\s+(?:it|this|the\s+image)\s+)?(?:a\s+(?:bit|little)\s+|much\s+|even\s+)?" +
                        re.escape(key), low):
            set_slot(plan, slot, value)
            return True
    return False


def _tone(plan: EditPlan, clause: str, low: str) -> bool:
    """"brighten it up a bit" (as "brighter"), "darken the sky" (a darker sky), "colour it" (full colour)."""
    painted = re.match(r"^(?:" + _COLOUR_VERB + r"|paint)\s+(?:it|this|him|her|them)\s+(?P<c>[\w\s-]+)$", low.strip())
    if painted and is_colour(painted.group("c")):  # "color it red": the subject's colour
        recolor_subject(plan, painted.group("c"))
        return True
    match = _RE_TONE.match(low.strip())
    verb = match.group("verb").lower() if match else ""
    if re.fullmatch(_COLOUR_VERB, verb) and not match.group("part") or _IN_COLOUR.match(low.strip()):
        _drop_monochrome(plan)
        set_slot(plan, "colour", "full colour, natural colours")
        return True
    if verb not in _TONE_VERBS:
        return False
    if match.group("part"):  # "darken the background": that part
        modify_part(plan, re.sub(r"^(?:his|her|its|their)\s+", "the ", match.group("part")), _TONE_VERBS[verb])
        return True
    wanted = _TONE_VERBS[verb]
    if wanted == "sharper":
        add_thing(plan, "sharp focus, crisp detail")
        return True
    return _comparative(plan, wanted, wanted) or _less(plan, "less saturated", "")


def _drop_monochrome(plan: EditPlan) -> None:
    scene = plan.scene
    scene.subject = remove_terms(scene.subject, _MONOCHROME) or scene.subject
    scene.details = [d for d in (remove_terms(d, _MONOCHROME) for d in scene.details) if d]
    for slot in ("colour", "style", "lighting"):
        setattr(scene, slot, remove_terms(getattr(scene, slot), _MONOCHROME))
    scene.negatives.append("black and white")


def _too_much(plan: EditPlan, clause: str, low: str) -> bool:
    """"it's too dark (and blurry)", "the sky is kinda empty": the opposite change."""
    match = RE_TOO.match(low) or RE_LOOKS.match(low)
    if not match:
        return False
    said = [w for w in (match.group("y"), match.group("y2")) if w]
    part = match.group("part")
    if part and part not in WHOLE and all(w in TOO_PART for w in said):
        for word in said:
            modify_part(plan, part, TOO_PART[word])
        return True
    if not any(w in TOO for w in said):
        return False
    for word in said:
        if word not in TOO:  # "too dark and moody": less of the mood too
            _less(plan, f"less {word}", "")
            continue
        fix = TOO[word]
        slot = classify_phrase(fix)
        if slot and slot != "aspect":
            set_slot(plan, slot, fix)
        else:  # "simpler, clean composition", "sharp focus": no slot of their own
            add_thing(plan, fix)
    return True


_RE_PEOPLE = re.compile(r"^(?:make|have|let|get)\s+(?P<who>him|her|them)\s+(?:to\s+)?(?:look\s+|be\s+|seem\s+)?"
                        r"(?P<y>.+)$", re.I)


def _ing(verb: str) -> str:
    """"smile" -> "smiling", "sit" -> "sitting", "lie" -> "lying", "look" -> "looking"."""
    if verb.lower().endswith("ie"):
        return verb[:-2] + "ying"
    stem = verb[:-1] if verb.endswith("e") and not verb.endswith("ee") else verb
    stem = stem + stem[-1] if re.fullmatch(r"[^aeiou]*[aeiou][bdgmnpt]", stem) else stem  # sit -> sitting
    return stem + "ing"


def _gerund(phrase: str) -> str:
    """"wear raincoats" -> "wearing raincoats", "smile" -> "smiling"; adjectives ("happier") stay."""
    verb, _, rest = phrase.partition(" ")
    if verb.lower() not in lexicon.PEOPLE_VERBS:
        return phrase
    return f"{_ing(verb)} {rest}".strip()


def _people(plan: EditPlan, clause: str, low: str) -> bool:
    """"make him look happier", "have them wear raincoats": a change to the people in the current picture."""
    match = _RE_PEOPLE.match(clause.strip())
    holds = re.match(r"^(?P<verb>wear|wearing|hold|holding|carry|carrying)\s+(?P<x>\S.*)$", match.group("y").strip(),
                     re.I) if match else None
    if holds:  # "make her wear a yellow raincoat": what she wears (a colour in it is no colour change)
        who, verb = match.group("who").lower(), holds.group("verb").lower()
        doing = verb if verb.endswith("ing") else _ing(verb)
        add_thing(plan, f"{doing} {holds.group('x')}")
        plan.phrases[-1] = f"with {who} {doing} {holds.group('x')}"
        return True
    if not match or classify_phrase(match.group("y")):
        return False
    part = re.match(r"^(?!(?:an?|the)\s)(?P<noun>[\w'-]+(?:\s+[\w'-]+)?)\s+(?P<look>[\w'-]+(?:\s+[\w'-]+)?)$", match.group("y"))
    if match.group("who").lower() in ("her", "his", "its", "their") and part and (
            is_colour(part.group("look")) or is_part_modifier(part.group("look"))):
        if plan.scene.mentions(part.group("noun").split()[-1]):
            return False  # "make her raincoat red": her raincoat, a part the rules for parts change
        if is_colour(part.group("look")):  # "make her tail purple": a part the words never named, in that colour
            recolor_part(plan, part.group("noun"), part.group("look"))
        else:
            modify_part(plan, part.group("noun"), part.group("look"))
        return True
    if is_colour(clean_modifier(match.group("y"))):  # "make him purple": the subject's colour changes
        recolor_subject(plan, clean_modifier(match.group("y")))
        return True
    like = re.match(r"^(?:look\s+)?like\s+(?P<x>(?:an?|the)\s+.+)$", match.group("y"), re.I)
    if like:  # "make her look like a superhero": as one
        add_thing(plan, f"as {like.group('x')}")
        plan.phrases[-1] = f"with {match.group('who').lower()} as {like.group('x')}"
        return True
    return _people_become(plan, match)


def _people_become(plan: EditPlan, match: re.Match) -> bool:
    """"make him a knight", "make her an elf", "make them superheroes", "make him look happier": what they become or
    how they look now (a look that undoes one of theirs replaces it)."""
    who, phrase = match.group("who").lower(), _gerund(clean_modifier(match.group("y")))
    becomes = re.match(r"^(?:an?|the)\s+[\w'-]+(?:\s+[\w'-]+){0,2}?(?:\s+(?:on|in|at|with|holding|wearing|riding)\s+"
                       r"(?:an?|the|his|her|their|its)\s+[\w'-]+(?:\s+[\w'-]+)?)?$", match.group("y").strip(), re.I)
    # ("make her a queen on a throne": a queen, and where)
    head = subject_head(plan.scene.subject) if becomes else None
    if head and re.search(r"\b" + re.escape(head) + r"$", match.group("y").strip(), re.I) and \
            match.group("y").strip().lower() != f"{article(head)} {head}".lower():
        replace_thing(plan, head, match.group("y").strip())  # "make him a white arctic fox" of a red fox: that fox
        return True
    if head and who in ("him", "her", "them") and (_who_as(plan, head, match.group("y"))
                                                    or _person_swapped(plan, head, match.group("y"))):
        return True  # "make her an elf" of a bard: an elf bard; "make him a girl" of a guy: a girl
    if becomes and not re.search(r"\b(?:bit|lot|little|tad)\b", match.group("y"), re.I):
        add_thing(plan, f"as {match.group('y').strip()}")  # "make him a knight": what he becomes
        plan.phrases[-1] = f"with {who} as {match.group('y').strip()}"
        return True
    phrase = re.sub(r"^(?:bit|little|tad)\s+", "slightly ", re.sub(r"^lot\s+", "much ", phrase))  # "a bit taller"
    if who in ("them", "they") and re.fullmatch(r"(?![a-z]*(?:ss|us|is)$)[a-z]+s", phrase):
        add_thing(plan, f"as {phrase}")  # "make them superheroes": a plural noun, what they become
        plan.phrases[-1] = f"with them as {phrase}"
        return True
    looking = "looking " if re.fullmatch(r"\w+(?:er|ier)|\w+", phrase) and phrase.lower() not in (
        "smiling", "laughing") and not phrase.endswith("ing") else ""
    if len(phrase.split()) <= 2:  # "cheer him up" of "a grumpy old man": happier, no longer grumpy; "make him smile"
        plan.scene.subject = without_undone_looks(plan.scene.subject, phrase.split())
    without_old_moods(plan.scene, phrase)  # "now make him sleepy" after "looking sad": sleepy instead
    add_thing(plan, f"{looking}{phrase}")
    plan.phrases[-1] = f"with {who} {looking}{phrase}"
    return True


_POSE_VERBS = r"(?:look|looks|stare|gaze|face|glance|peek|point|wave|smile|turn|run|jump|sit|stand|sleep|lie)"
_RE_POSE = re.compile(r"^(?:make|have|let|get)\s+(?P<who>(?:the|his|her|their|its)\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:to\s+)?"
                      r"(?P<verb>" + _POSE_VERBS + r")(?P<rest>\s+(?:at|toward|towards|into|up|down|away|out|over|to|"
                      r"back|around|on|in|under|left|right|forwards?|ahead|sideways|backwards|the\s+(?:camera|viewer|other\s+way|"
                      r"front|left|right))\b.*)?$", re.I)  # ("make the fox face left")


# "make the dog do a backflip", "have the cat eat a fish": an action with an object
_RE_ACTION = re.compile(r"^(?:make|have|let|get)\s+(?P<who>(?:the|his|her|their|its)\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:to\s+)?"
                        r"(?P<verb>do|perform|fly|dance|swim|eat|hold|play|ride|climb|chase|read|sing|hug|throw|catch|kick|"
                        r"drink|fight|juggle|carry|walk|skate|surf|ski|dive|roar|howl|bark|fish)(?P<rest>\s+\S.*)?$", re.I)


_POSTURES = r"(?:standing(?:\s+up)?|sitting(?:\s+down|\s+up)?|lying(?:\s+down)?|laying(?:\s+down)?|crouching|kneeling|sleeping|" \
            r"running|walking|jumping|leaping|swimming|flying|curled\s+up)"
_POSTURE_SAID = re.compile(r"^(?:(?:same|the\s+same)(?:\s+(?:thing|one|dog|cat|pose))?\s*,?\s*(?:but\s+)?|but\s+|now\s+|make\s+"
                           r"(?:it|him|her|them)\s+)?(?P<new>" + _POSTURES + r")(?:\s+(?:instead|please|pls|now))*[\s.!]*$", re.I)


def _posture_swapped(plan: EditPlan, clause: str, low: str) -> bool:
    """"same but standing" of "a malamute lying down, side view": standing in the place of lying down (one posture
    at a time); False when the picture says none."""
    said = _POSTURE_SAID.match(clause.strip())
    old = re.search(r"\b" + _POSTURES + r"\b", plan.scene.subject, re.I) if said else None
    if not old or old.group(0).split()[0].lower() == said.group("new").split()[0].lower():
        return False
    scene = plan.scene
    scene.subject = scene.subject[: old.start()] + said.group("new") + scene.subject[old.end():]
    plan.record("replace", f"{said.group('new')} instead of {old.group(0)}", f"{said.group('new')} instead of {old.group(0)}")
    return True


def _pose(plan: EditPlan, clause: str, low: str) -> bool:
    """"make the fox look at the camera", "have the dog sit on the rug", "make the dog do a backflip": what a thing in
    the picture does."""
    match = _RE_POSE.match(clause.strip()) or _RE_ACTION.match(clause.strip())
    if not match or not plan.scene.mentions(match.group("who").split()[-1]) and match.re is _RE_ACTION:
        return False
    verb = re.sub(r"s$", "", match.group("verb").lower())
    action = _ing(verb) + (match.group("rest") or "")
    who = re.sub(r"^(?:his|her|their|its)\s+", "the ", match.group("who"), flags=re.I)
    add_thing(plan, f"{who} {action}")
    return True


_COUNT_WORD = r"(?:two|three|four|five|six|seven|eight|nine|ten|[2-9]|1[0-9])"
_HOW_MANY = re.compile(r"^(?:(?:make\s+(?:it|them)|(?:i\s+)?(?:want|need)|there\s+should\s+be)\s+)?(?:just|only|exactly)?\s*"
                       r"(?P<n>" + _COUNT_WORD + r")\s+(?P<x>[a-z][\w'-]*)(?:\s+(?:instead|only|please|pls|total|in\s+total))*[\s.!]*$",
                       re.I)
_FEWER_THEN_HOW_MANY = re.compile(r"^(?:less|fewer)\s+(?P<x>[a-z][\w'-]*)\s*[,.;:–—-]+\s*(?:just|only|maybe|like)?\s*(?P<n>" +
                                  _COUNT_WORD + r")(?:\s+(?:of\s+them|please|pls))*[\s.!]*$", re.I)


def _how_many(plan: EditPlan, clause: str, low: str) -> bool:
    """"just two doves", "make it 3 frogs", "less doves, just two": how many of a thing the picture has."""
    said = _HOW_MANY.match(clause.strip()) or _FEWER_THEN_HOW_MANY.match(clause.strip())
    if not said:
        return False
    noun, number = singular(said.group("x").lower()), said.group("n").lower()
    scene = plan.scene
    np = re.compile(r"\b(?:(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+|some|many|several|lots\s+of|a\s+few|a\s+"
                    r"couple\s+of|a\s+bunch\s+of)\s+)?(?P<mods>(?:(?!(?:with|and|of|in|on)\b)[\w'-]+\s+){0,2}?)" +
                    re.escape(noun) + r"(?:s|es)?\b", re.I)
    found = np.search(scene.subject)
    if not found:
        return False
    many = number not in ("one", "1")
    scene.subject = scene.subject[:found.start()] + f"{number} {found.group('mods')}{plural(noun) if many else noun}" + \
        scene.subject[found.end():]
    plan.record("count", f"{number} {plural(noun)}", f"with {number} {plural(noun)}")
    return True


_POSED = {"stretch": "stretched", "raise": "raised", "lower": "lowered", "lift": "lifted", "tilt": "tilted", "bend": "bent",
          "cross": "crossed", "fold": "folded", "open": "open", "close": "closed", "spread": "spread", "extend": "extended",
          "straighten": "straight", "relax": "relaxed"}
_RE_POSED_PART = re.compile(r"^(?P<verb>" + "|".join(_POSED) + r")\s+(?P<owner>his|her|their|its)\s+(?P<part>" +
                            "|".join(sorted(lexicon.FIGURE_PARTS, key=len, reverse=True)) + r")\s*(?P<way>out|up|down|back|"
                            r"forward|wide|apart)?(?:\s+(?:more|a\s+(?:bit|little|lot)|further|even\s+more|wider))*[\s.!]*$", re.I)


def _posed_part(plan: EditPlan, clause: str, low: str) -> bool:
    """"stretch her arms out more" -> "with her arms stretched out": a pose said as what the picture shows."""
    match = _RE_POSED_PART.match(clause.strip())
    if not match:
        return False
    way = f" {match.group('way').lower()}" if match.group("way") else ""
    add_thing(plan, f"{match.group('owner').lower()} {match.group('part').lower()} {_POSED[match.group('verb').lower()]}{way}")
    return True


# "less saturation": the adjective the critique words know
_QUALITY_NOUNS = {"saturation": "saturated", "clutter": "cluttered", "noise": "noisy", "blur": "blurry",
                  "grain": "grainy", "darkness": "dark", "brightness": "bright", "warmth": "warm"}


# "less snow": still some, lighter (a thing of the weather or a crowd, not a quality to take out)
_A_LITTLE_OF = {"snow": "a light dusting of snow", "fog": "light fog", "mist": "light mist", "rain": "light rain",
                "clouds": "a few clouds", "smoke": "a wisp of smoke", "steam": "a little steam", "people": "a few people",
                "leaves": "a few leaves", "flowers": "a few flowers", "stars": "a few stars", "sparkles": "a few sparkles"}


def _less_of_a_thing(plan: EditPlan, thing: str) -> bool:
    """"less snow": its mentions said lighter ("with a light dusting of snow"); False for no such thing."""
    lighter = _A_LITTLE_OF.get(thing)
    if lighter is None:
        return False
    said = re.compile(r"\b(?:(?:a\s+lot\s+of|lots\s+of|heavy|thick|deep|dense|much|loads\s+of)\s+)?" + thing + r"\b", re.I)
    scene, found = plan.scene, False
    for slot in ("subject", "weather", "lighting"):
        value = getattr(scene, slot)
        if said.search(value):
            setattr(scene, slot, said.sub(lighter, value, count=1))
            found = True
    details = [said.sub(lighter, d, count=1) for d in scene.details]
    found = found or details != scene.details
    scene.details = details if found else [*details, lighter]
    scene.negatives = [n for n in scene.negatives if n.lower() != thing]
    plan.record("detail", lighter, f"with {lighter}")
    return True


def _noun_shaped(word: str) -> bool:
    """"glitter", "foam": no adjective's ending, and no adjective the glossary knows ("scary", "dark" are not)."""
    return word not in ENGLISH_ADJECTIVES and not re.search(r"(?:y|ic|al|ive|ous|ful|ish|ed|ing|less|ant|ent|ble)$", word)


def _less(plan: EditPlan, clause: str, low: str) -> bool:
    """"less cluttered": the quality comes out of the prompt (into the negative), its opposite goes in when known;
    "less snow": the snow, lighter."""
    match = _RE_LESS.match(clause)
    if not match:
        return False
    if _less_of_a_thing(plan, match.group("y").lower()):
        return True
    things = match.group("y").lower()
    countable = bool(re.fullmatch(r"[a-z'-]{3,}(?<!s)s", things))
    a_thing = countable or things in ENGLISH_NOUNS or _noun_shaped(things)
    if a_thing and things not in _QUALITY_NOUNS and classify_phrase(things) is None and plan.scene.mentions(things):
        # "less lanterns, it feels crowded", "less confetti": fewer of them, not none
        fewer = f"fewer {things}" if countable else f"a little {things}"
        plan.scene.details.append(fewer)
        plan.record("detail", fewer, f"with {fewer}")
        return True
    quality = _QUALITY_NOUNS.get(match.group("y").lower(), match.group("y").lower())
    scene = plan.scene
    scene.subject = remove_terms(scene.subject, [quality]) or scene.subject
    scene.details = [d for d in (remove_terms(d, [quality]) for d in scene.details) if d]
    for slot in ("lighting", "colour", "quality", "weather", "style"):
        setattr(scene, slot, remove_terms(getattr(scene, slot), [quality]))
    if quality not in (n.lower() for n in scene.negatives):
        scene.negatives.append(quality)
    fix = TOO.get(quality)
    if fix:
        slot = classify_phrase(fix) or "lighting"
        set_slot(plan, slot if slot != "aspect" else "lighting", fix)
    else:
        part = re.match(r"^make\s+the\s+(?P<p>[\w'-]+(?:\s+(?!less\b)[\w'-]+)?)\s+less\b", clause.strip(), re.I)
        if part:  # "make the face less creepy": that part, said so, and the quality in the negative
            scene.details.append(f"less {quality} {part.group('p')}")
        plan.record("remove" if not part else "detail", f"less {quality}",
                    f"less {quality}" if not part else f"with the {part.group('p')} less {quality}")
    return True


def _move(plan: EditPlan, clause: str, low: str) -> bool:
    """"put it somewhere else, like a beach" / "move him to a library": the setting is replaced, not added to."""
    match = _RE_MOVE.match(clause)
    if not match:
        return False
    place = match.group("y") or match.group("y2") or match.group("y3")
    if aspect_from_text(place) or aspect_from_text(clause):
        return False  # "put it in portrait format": a shape, not a place
    head = re.findall(r"[\w'-]+", place.lower())[-1:] or [""]
    if classify_phrase(place) in ("style", "time", "weather", "lighting", "colour") and head[0] not in \
            lexicon.PLACE_NOUNS:
        return False  # "put it in watercolor": a style, not a place
    move_setting(plan, place, match.group("prep") or match.group("prep2") or "")
    return True


# "change the name to MIKE" on a card that says "HAPPY 40TH DAVE": the name in the words, not new words
_RE_RENAME = re.compile(r"^(?:change|make|switch|update|set|swap|replace|fix)\s+(?:the\s+|his\s+|her\s+|its\s+|their\s+)?"
                        r"(?:name|names)\s+(?:on\s+it\s+|in\s+it\s+)?(?:to|into|with|for)\s+(?P<new>[\w'&-]+(?:[ .]+(?!(?:and|"
                        r"then|also|plus)\s)[\w'&-]+)*?)(?:\s+instead)?[\s.!]*$", re.I)
_CALLED = re.compile(r"\b(?:called|named|the\s+name)\s+(?P<name>[^,;]+?)(?=\s*(?:[,;]|$)|\s+(?:with|in|on|at|that|which|and)\b)",
                     re.I)


_NOT_NAMES = frozenset("happy birthday merry christmas welcome home lost cat dog found open closed sale hours the and "
                       "for of to a congrats congratulations thank you love best wishes dear mom dad".split())
_NAME_FREQUENCY = 20_000  # names are rarer than this in the spelling dictionary (dave 2,356, mike 10,596)


def _name_words(quote: str) -> list[str]:
    """The capitalised words of quoted lettering that could be a name ("'Oh Baby Lily'" -> Oh, Lily)."""
    words = [w.strip("'") for w in re.findall(r"[\w'-]+", quote)]  # ("'Emma & Liam'": Emma, without its quote mark)
    return [w for w in words if w and w[0].isupper() and not any(c.isdigit() for c in w) and w.lower() not in _NOT_NAMES]


def _couple_renamed(plan: EditPlan, quote: str, words: list[str], new: str) -> bool:
    """"change the names to Sofia & Marco" on "'Emma & Liam'": each name in its place, in order; False unless the
    lettering holds as many names as were said."""
    names = [n.strip() for n in re.split(r"\s*&\s*|\s+and\s+", new) if n.strip()]
    if len(names) < 2 or len(names) != len(words) or any(len(n.split()) > 2 for n in names):
        return False
    new_quote = quote
    for old_name, new_name in zip(words, names):
        new_quote = re.sub(r"\b" + re.escape(old_name) + r"\b", new_name, new_quote, count=1)
    set_text(plan, new_quote, quote)
    plan.phrases[-1] = f"with the names {' & '.join(names)} instead of {' & '.join(words)}"
    return True


def _rename(plan: EditPlan, clause: str, low: str) -> bool:
    match = _RE_RENAME.match(clause.strip())
    if not match:
        return False
    new, scene = match.group("new").strip(" \"'“”"), plan.scene
    called = _CALLED.search(scene.subject)
    if called:  # "a logo for a bakery called Sweet Crumbs": the whole name
        scene.subject = scene.subject[: called.start("name")] + new + scene.subject[called.end("name"):]
        old = called.group("name")
    else:
        quotes = [m.group(0) for part in [scene.subject, *scene.details] for m in QUOTE_RE.finditer(part)]
        named = [q for q in reversed(quotes) if _name_words(q)]  # the lettering with a name in it, the latest first
        quote = named[0] if named else (quotes[0] if quotes else "")
        words = _name_words(quote)
        if _couple_renamed(plan, quote, words, new):  # "'Emma & Liam'" -> "Sofia & Marco"
            return True
        rarest = min(words, key=word_frequency) if words else None  # the name: the rarest capitalised word
        if rarest is None or (len(words) > 1 and word_frequency(rarest) > _NAME_FREQUENCY):
            add_thing(plan, f"with the name {new}")  # no word of the lettering reads as a name: the name, added
            return True
        old = rarest
        shown = new.upper() if old.isupper() else new
        new_quote = re.sub(r"\b" + re.escape(old) + r"\b", shown, quote, count=1)
        if len(new.split()) > 1 and old.lower() in new.lower().split():  # "'THE AMAZING ZORLO'" -> "ZORLO THE GREAT":
            new_quote, old = quote[0] + shown + quote[-1], quote.strip("'\"“”")  # the whole title, said anew
        set_text(plan, new_quote, quote)
        plan.phrases[-1] = f"with the name {shown} instead of {old}"
        return True
    plan.record("replace", f"the name {new} instead of {old}", f"with the name {new}")
    return True


# "change the text to Happy Holidays", "change the banner to say HAPPY NEW HOME": new words, unquoted, for the picture's
# text (read so only when the picture has text to replace)
_RE_TEXT_BARE = re.compile(r"^(?:change|make|set|update|switch|edit|fix)\s+(?:the\s+|its\s+)?(?:(?:text|words?|wording|writing|"
                           r"lettering|caption|title|slogan|message|quote)\s+(?:(?:on|in)\s+(?:it|the\s+[\w-]+)\s+)?(?:to\s+"
                           r"(?:say|read)\s+|to\s+|into\s+)|[\w-]+(?:'s\s+text)?\s+(?:to\s+(?:say|read)|so\s+(?:that\s+)?it\s+"
                           r"(?:says|reads))\s+)(?P<q>[^\s\"“'].*?)[\s.!]*$", re.I)


# "change it to DOUBLE TROUBLE" (the picture has lettering): new words in capitals are the new text
_IT_TO_CAPITALS = re.compile(r"^(?i:(?:actually\s+)?(?:change|make|switch)\s+it\s+(?:to|into)\s+(?:say\s+)?)"
                             r"(?P<q>[A-Z0-9][A-Z0-9'&!?.-]*(?:\s+[A-Z0-9'&!?.-]+)+)[\s.!]*$"
                             r"|^(?i:(?:actually\s+|no\s+|ok\s+|now\s+)?(?:change|make|switch)\s+(?:it|that|this)\s+(?:to\s+|into\s+)?(?:say\s+)?)"  # "change it to
                             r"[\"“'](?P<q2>[^\"”']+(?:'[a-z][^\"”']*)?)[\"”'](?:\s+(?i:instead|please|pls))*[\s.!]*$")  # 'Visit
# Brittany'" (quoted)


def _text(plan: EditPlan, clause: str, low: str) -> bool:
    """'change the text to "Closed Sundays"' / 'replace "A" with "B"': the quoted text is replaced."""
    swap = _RE_TEXT_SWAP.match(clause.strip())
    match = swap or _RE_TEXT.match(clause.strip()) or _RE_TEXT_SAYS.match(clause.strip())
    bare = (_RE_TEXT_BARE.match(clause.strip()) or _IT_TO_CAPITALS.match(clause.strip())) if not match else None
    if bare and any(QUOTE_RE.search(part) for part in [plan.scene.subject, *plan.scene.details]):
        set_text(plan, f'"{bare.groupdict().get("q") or bare.group("q2")}"')
        return True
    called = _CALLED.search(plan.scene.subject) if bare else None
    if called:  # "change the text to Curd & Co" of "a logo for a shop called The Curd Nerd": the name is its text
        new = (bare.groupdict().get("q") or bare.group("q2")).strip(" \"'“”")
        plan.scene.subject = plan.scene.subject[: called.start("name")] + new + plan.scene.subject[called.end("name"):]
        plan.record("replace", f"the name {new} instead of {called.group('name')}", f"with the name {new}")
        return True
    if not match:
        return False
    new = next(match.group(g) for g in ("q", "q2", "q3", "q4", "q5", "q6") if g in match.groupdict() and match.group(g))
    set_text(plan, new, swap.group("old") if swap else "")
    return True


# "change it to a square", "switch to portrait": only the shape
_TO_SHAPE = re.compile(r"^(?:make|crop|turn|change|resize|reframe|switch|go)\s+(?:(?:it|this|that|the\s+(?:image|picture|photo))\s+)?"
                       r"(?:(?:to|into|as|in)\s+)?(?:an?\s+)?(?:(?:bit|little|tad|lot)\s+|slightly\s+|much\s+|way\s+|even\s+|"
                       r"really\s+|very\s+|super\s+|extra\s+|properly\s+)?" +
                       SHAPE_WORDS + r"(?:\s+(?:format|one|version|shape|crop|ratio|"
                       r"orientation))?$", re.I)


def _shaped_version(plan: EditPlan, clause: str, low: str) -> bool:
    """"a square version of it for instagram": only the shape changes."""
    if not (SHAPED_VERSION.match(clause.strip()) or asks_reshape(clause) or _TO_SHAPE.match(clause.strip())) or \
            not aspect_from_text(clause):
        return False
    set_slot(plan, "aspect", clause)
    return True


# 'write HAPPY BIRTHDAY MIA across the top' / 'put the words "Open" on the sign': words to letter into the picture
WRITE_TEXT = re.compile(
    r"^(?:(?:write|print|letter|spell(?:\s+out)?)\s+(?:the\s+(?:text|words?|caption|title|name)\s+)?"
    r"|(?:put|add|place)\s+the\s+(?:text|words?|caption|title|name)\s+)"
    r"(?P<q>.+?)\s+(?P<where>(?:across|along|at|on|over|above|below|under|in|onto)\s+(?:the\s+)?(?:very\s+)?(?:top|bottom|"
    r"middle|center|centre|corner|side|sky|banner|sign|card|front|back|image|picture|it|cake|shirt|wall|cover)\b.*)$",
    re.I)


# "write a short story about the dragon": writing asked of the chat, not words in the picture
NOT_LETTERING = re.compile(r"^(?:a|an|me|some|about|us)\b", re.I)


def _write(plan: EditPlan, clause: str, low: str) -> bool:
    """'write HAPPY BIRTHDAY MIA across the top': the words, as typed, lettered where asked."""
    match = WRITE_TEXT.match(clause.strip())
    if not match or NOT_LETTERING.match(match.group("q")):
        return False
    words = match.group("q").strip()
    quoted = words if re.fullmatch(r"\"[^\"]+\"|“[^”]+”|'[^']+'", words) else f'"{words}"'
    plan.scene.details.append(f"with the text {quoted} {TRAIL.sub('', match.group('where')).strip()}")
    plan.record("add", f"the text {quoted}", f"with the text {quoted}")
    return True


_RE_KEEP = re.compile(r"^(?:but\s+|and\s+)?(?:keep|leave)\s+(?:the\s+|my\s+|his\s+|her\s+|its\s+|their\s+|it\s+)?(?P<x>[\w'-]+"
                      r"(?:\s+[\w'-]+)?)(?:\s+(?:as\s+(?:is|it\s+is)|the\s+same|there|alone|in|unchanged))?$", re.I)


def _keep(plan: EditPlan, clause: str, low: str) -> bool:
    """"… but keep the fox": nothing changes, and the fox is no negative ("the car should stay blue": kept blue)."""
    stays = PART_STAYS.match(clause.strip())
    clause = f"keep {stays.group('x')} {stays.group('y')}" if stays else clause
    match = _RE_KEEP.match(clause.strip())
    if not match:
        return False
    kept = match.group("x").lower()
    if clause.strip().lower().startswith(("keep it ", "but keep it ", "and keep it ")):  # "keep it simple": a look
        _apply_clause(plan, f"make it {kept}")
        return True
    last = kept.split()[-1]
    if len(kept.split()) > 1 and (is_colour(last) or last in lexicon.COMPARATIVES):  # "keep the background white"
        recolor_part(plan, kept.rsplit(" ", 1)[0], last) if is_colour(last) else modify_part(plan, kept.rsplit(" ", 1)[0],
                                                                                               last)
        return True
    plan.scene.negatives = [n for n in plan.scene.negatives if n.lower() != kept and not kept.endswith(n.lower())]
    return True


_DIFFERENT = {"color": ("colour", "a different colour palette"), "colour": ("colour", "a different colour palette"),
              "palette": ("colour", "a different colour palette"), "lighting": ("lighting", "different lighting"),
              "light": ("lighting", "different lighting"), "mood": ("lighting", "a different mood"),
              "framing": ("framing", "a different camera angle"), "angle": ("framing", "a different camera angle"),
              "composition": ("framing", "a different composition"), "style": ("style", "a different art style"),
              "pose": ("framing", "a different pose")}


def _dislike(plan: EditPlan, clause: str, low: str) -> bool:
    """"i don't like the colours": the colours change; "don't like the hat": a different hat."""
    match = DISLIKE.match(clause.strip())
    if not match:
        return False
    part = match.group("x").lower()
    slot = _DIFFERENT.get(re.sub(r"s$", "", part))
    if slot:
        old = getattr(plan.scene, slot[0], "")
        if old and old.lower() not in (n.lower() for n in plan.scene.negatives):
            plan.scene.negatives.append(old)  # the look the user disliked, if they had asked for one
        set_slot(plan, *slot)
    elif part == "background":
        set_background(plan, "a different")
    else:
        modify_part(plan, part, "different")
    return True


_RE_SWITCH = re.compile(r"^(?:switch|swap|go|change)\s+(?:it\s+|this\s+|that\s+)?(?:to|for|with)\s+(?P<new>(?:an?|some|two|"
                        r"three|\d+)\s.+)$", re.I)


_NOT_A_THING = {"one", "ones", "version", "scene", "day", "night", "morning", "evening", "afternoon", "picture", "image",
                "shot", "photo", "painting", "drawing", "style", "look", "vibe", "mood", "square", "portrait", "landscape",
                "format", "ratio", "size", "colour", "color", "palette"}


def is_new_thing(phrase: str) -> bool:
    """"a wolf", "two frogs" (a thing to draw), not "a square" / "a red one" / "a sunny day" / "a watercolor"."""
    words = re.findall(r"[\w'-]+", phrase.lower())
    return bool(words) and words[-1] not in _NOT_A_THING and not classify_phrase(phrase) and not aspect_from_text(phrase)


def switched_to(text: str) -> Optional[str]:
    """"switch to a wolf" -> "a wolf": a new thing to draw in the subject's place; None for other text."""
    match = _RE_SWITCH.match(text.strip())
    return match.group("new") if match and is_new_thing(match.group("new")) else None


# "now a blue one" / "go with a green one" / "try a red version": the subject in that colour
_COLOURED_ONE = re.compile(r"^(?:(?:now|then|ok(?:ay)?|maybe|just|try|go\s+with|how\s+about|what\s+about|do|make|draw|"
                           r"give\s+me|show\s+me|let'?s\s+(?:try|do|see)|can\s+(?:i|we|you)\s+(?:get|have|see|do|try))"
                           r"\s+)*(?:an?\s+)?(?P<c>[\w-]+(?:\s+[\w-]+)?)\s+(?:one|version|variant|instead)(?:\s+instead)?"
                           r"[\s.!?]*$", re.I)
# "make it blue" when the subject is "a red sports car": the car's colour, not the palette
_IT_COLOUR = re.compile(r"^(?:make|turn|paint|colou?r)\s+(?:it|him|her|them|this|that)\s+(?P<c>[\w-]+(?:\s+[\w-]+)?)"
                        r"(?:\s+instead)?[\s.!]*$", re.I)


_TONES = frozenset("dark light golden pastel warm cool bright muted pale deep vivid neon".split())


def _head_has_colour(first: str) -> bool:
    """"a red sports car on a mountain road": the car's own phrase names a colour (not "a sunset over a green valley")."""
    head = subject_head(first)
    phrase = re.match(r"^(?:\S+\s+){0,4}?" + re.escape(head) + r"\b(?:\s+in\s+(?:\w+\s+)?\w+)?", first.strip(), re.I) \
        if head else None  # ("a sweater in mustard yellow": its colour said after it)
    return bool(phrase and names_colour(phrase.group(0)))


# places that are a whole scene ("a forest": "make it blue" is its palette); furniture and buildings are things
_SCENE_PLACES = lexicon.PLACE_NOUNS - frozenset("bench sofa couch bed chair armchair windowsill table desk shelf barn castle "
                                                "palace temple church cathedral bridge roof spaceship house cottage cabin "
                                                "farmhouse".split())


def _lone_object(first: str) -> bool:
    """"a dress", "a leather sofa": one thing and no place, so "make it mint green" colours the thing itself."""
    match = re.fullmatch(r"(?:(?:a|an|the|my|our|some)\s+)?(?:[\w'-]+\s+){0,3}(?P<head>[\w'-]+)", first.strip(), re.I)
    return bool(match) and match.group("head").lower() not in _SCENE_PLACES and not re.search(
        r"\b(?:in|on|at|with|under|over|near|by|of|and|from|into|through|during)\b", first, re.I)


def coloured_one(text: str) -> Optional[str]:
    """"now a blue one" -> "blue": the current subject wanted in another colour; None for other text."""
    match = _COLOURED_ONE.match(text.strip())
    return match.group("c") if match and is_colour(match.group("c")) else None


def _coloured_subject(plan: EditPlan, clause: str, low: str) -> bool:
    one = _COLOURED_ONE.match(clause.strip())
    it = _IT_COLOUR.match(clause.strip()) if not one else None
    colour = (one or it).group("c") if one or it else ""
    if not colour or not is_colour(colour):
        return False
    first = plan.scene.subject.split(",")[0]
    if it and (colour.lower() in _TONES or not (_head_has_colour(first) or _lone_object(first) or
                                                 later_part_colour(plan.scene.subject))):
        return False  # "make it blue" of a scene with no colour on the subject, "make it dark": the palette (next rules)
    recolor_subject(plan, colour)
    return True


# "make it made of ice instead" / "make it out of wood": what the subject is made of
_MADE_OF = re.compile(r"^(?:(?:make|turn|build|do)\s+(?:it|him|her|them|this|that|the\s+(?P<part>[\w'-]+))\s+)?(?:be\s+)?"
                      r"(?:(?:made|built)\s+(?:of|out\s+of|from)|"
                      r"out\s+of)\s+(?P<m>[\w'-]+(?:\s+[\w'-]+){0,2}?)(?:\s+instead)?[\s.!]*$", re.I)
# one word a step, no overlap between steps (a nested quantifier here backtracked exponentially)
_SUBJECT_MADE_OF = re.compile(r"\b(?:made\s+(?:of|out\s+of|from)|out\s+of)\s+[\w'-]+(?:\s+(?:and|&)\s+[\w'-]+)*", re.I)
# "out of frame", "out of this world", "out of focus": no material
_NOT_MATERIAL = re.compile(r"^(?:frame|focus|this\s+world|place|time|view|sight|shot|the\s+\w+|a\s+\w+\s+angle)$", re.I)


def _made_of(plan: EditPlan, clause: str, low: str) -> bool:
    match = _MADE_OF.match(clause.strip())
    if not match or _NOT_MATERIAL.match(match.group("m")) or classify_phrase(match.group("m")):
        return False
    material = match.group("m")
    first, comma, rest = plan.scene.subject.partition(",")
    old = _SUBJECT_MADE_OF.search(first)
    if old:
        first = f"{first[: old.start()]}made of {material}{first[old.end():]}"
    else:
        head = match.group("part") or subject_head(first)  # "make the cabin out of stone": the cabin
        if not head or not re.search(r"\b" + re.escape(head) + r"\b", first):
            return False
        first = re.sub(r"\b" + re.escape(head) + r"\b", f"{head} made of {material}", first, count=1)
    plan.scene.subject = f"{first}{comma}{rest}"
    plan.record("replace", f"made of {material}", f"made of {material}")
    return True


# "he has curly hair and glasses and loves t-rexes" / "she's wearing a red scarf": more of what they look like
_THEY_HAVE = re.compile(r"^(?:and\s+|also\s+)?(?:he|she|they)(?:\s+(?P<has>has|have|got|also\s+has)|(?P<got>'s\s+got)|(?:'s|"
                        r"\s+is|\s+are|'re)\s+(?:also\s+)?(?P<wears>wearing)|\s+(?P<wear>wears?))\s+(?P<x>.+)$", re.I)


_THEY_ARE_A = re.compile(r"^(?:and\s+)?(?:he|she|they|it)(?:'s|\s+is|\s+are|'re)\s+(?P<x>an?\s+(?!(?:bit|little|lot|good|"
                         r"bad|rescue)\b)[\w'-]+.*?)[\s.!]*$", re.I)  # not "he's a bit fat", "he's a good boy"


_DOING = re.compile(r"^(?:and\s+)?(?P<who>he|she|it|they|the\s+[\w'-]+)(?:'s|\s+is|\s+are|'re)\s+(?:now\s+)?"
                    r"(?P<y>[a-z]+ing\b.*?)[\s.!]*$", re.I)


def _they_have(plan: EditPlan, clause: str, low: str) -> bool:
    doing = _DOING.match(clause.strip())
    if doing and doing.group("y").split()[0].lower() not in ("going", "looking", "getting", "being", "missing"):
        who = doing.group("who")  # "one where he's sleeping" / "the fox is sleeping": what they do
        add_thing(plan, doing.group("y") if who.lower() in ("he", "she", "it", "they") else f"{who} {doing.group('y')}")
        return True
    described = _THEY_ARE_A.match(clause.strip())
    last = described.group("x").split()[-1].lower() if described else ""
    if described and last not in _NOT_A_THING and last not in lexicon.COLOURS and classify_phrase(last) is None:
        # "she's a grey tabby": the subject, described
        first, comma, rest = plan.scene.subject.partition(",")
        plan.scene.subject = f"{first}, {described.group('x')}{comma}{rest}"
        plan.record("detail", described.group("x"), f"as {described.group('x')}")
        return True
    match = _THEY_HAVE.match(clause.strip())
    if not match or re.match(r"(?:a\s+)?(?:point|question|cold|idea|problem|meeting|job|chance)\b", match.group("x"), re.I):
        return False  # "he has a point"
    what = re.sub(r"\s+and\s+(?:loves?|likes?|adores?)\s+", ", who loves ", match.group("x").strip(" .!"), flags=re.I)
    add_thing(plan, f"{'with' if match.group('has') or match.group('got') else 'wearing'} {what}")
    return True


# "make one of them a dog" (two cats in the picture): one of the pair becomes the new thing
ONE_OF_THEM = re.compile(r"^(?:make|turn|change|have)\s+one\s+of\s+(?:them|those|these|the\s+[\w'-]+)\s+(?:into\s+|be\s+)?"
                         r"(?P<new>(?:an?)\s+[\w'-]+(?:\s+[\w'-]+)?)(?:\s+instead)?(?:\s*[,;.]\s*(?:we|i|he|she|they|it)(?:'s|'re|'ve|"
                         r"\s+(?:have|had|has|got|is|are|was|were|call|called|named))\b[^?]*)?[\s.!]*$", re.I)  # (", we have one
# named Tripod": why)
_PAIR = re.compile(r"\b(?:two|2|both|a\s+pair\s+of)\s+(?P<adj>(?:[\w'-]+\s+){0,2}?)(?P<noun>[\w'-]+?)(?P<end>ies|(?:(?<=[sxz])|"
                   r"(?<=ch)|(?<=sh))es|s)\b(?!\s+of\b)", re.I)  # not "two glasses of wine": a container


def _one_of_them(plan: EditPlan, clause: str, low: str) -> bool:
    match = ONE_OF_THEM.match(clause.strip())
    pair = _PAIR.search(plan.scene.subject) if match else None
    if not pair:
        return False
    one = f"{pair.group('adj')}{pair.group('noun')}{'y' if pair.group('end').lower() == 'ies' else ''}"
    plan.scene.subject = (plan.scene.subject[: pair.start()] + f"{article(one)} {one} and {match.group('new')}" +
                          plan.scene.subject[pair.end():])
    plan.record("replace", f"one of them {match.group('new')}", f"with one of them {match.group('new')}")
    return True


def _switch(plan: EditPlan, clause: str, low: str) -> bool:
    """"switch to a wolf": a new subject in the same picture."""
    new = switched_to(clause)
    head = subject_head(plan.scene.subject) if new else None
    if not head:
        return False
    replace_thing(plan, head, new)
    return True


def _needs(plan: EditPlan, clause: str, low: str) -> bool:
    """"it could use some butterflies": they are added; "it needs to be brighter": that change."""
    wanted = picture_needs(clause)
    if not wanted:
        return False
    change = re.match(r"^to\s+(?:be|look)\s+(?P<y>.+)$", wanted, re.I)
    if change:
        _apply_clause(plan, f"make it {change.group('y')}")
    else:
        add_thing(plan, wanted)
    return True


def _zoom(plan: EditPlan, clause: str, low: str) -> bool:
    if not _ZOOM_START.match(low):
        return False
    set_slot(plan, "framing", clause)
    on = re.search(r"\b(?:on|of)\s+(?P<x>(?:the|his|her|its|their)\s+[\w'-]+(?:\s+[\w'-]+)?)\s*$", clause, re.I)
    if on and plan.scene.framing:  # "zoom in on the plate": close on that part
        plan.scene.framing = f"{plan.scene.framing} of {re.sub(r'^(?:his|her|its|their)', 'the', on.group('x'))}"
    return True


_REMOVE_PRONOUN = re.compile(r"^(?:(?:take|get|cut)\s+(?:him|her|them)\s+(?:out|off|away)(?:\s+of\s+(?:the\s+)?(?:picture|image|photo|"
                             r"it))?|(?:remove|delete|erase)\s+(?:him|her|them))(?:\s+(?:again|too|please|pls))*[.!]*$", re.I)


def _remove(plan: EditPlan, clause: str, low: str) -> bool:
    """"remove the dog"; "take him out again": the one added last (the picture's subject stays)."""
    if _REMOVE_PRONOUN.match(clause) and plan.scene.details:
        remove_thing(plan, plan.scene.details[-1])
        return True
    match = _RE_REMOVE.match(clause)
    if match:
        remove_thing(plan, match.group("x") or match.group("x2"))
    return bool(match)


def _replace(plan: EditPlan, clause: str, low: str) -> bool:
    match = _RE_REPLACE.match(clause)
    if match:
        replace_thing(plan, match.group("x"), match.group("y"))
    return bool(match)


_STATE_LINK = re.compile(r"(?:look|seem|be|to\s+be|a\s+bit|more)\s+", re.I)
_NEW_THING = re.compile(r"^(?:like\s+)?(?:an?|the|some|one|two|three|\d+)\s", re.I)  # "look like a lion": a new thing


_SHADE_OF = {"darker": "dark", "lighter": "light", "brighter": "bright", "deeper": "deep", "paler": "pale", "softer": "soft"}


def _colour_recoloured(plan: EditPlan, old: str, new: str) -> bool:
    """"make the teal a darker navy" on "… in teal and terracotta" -> "… in dark navy and terracotta": a colour the
    picture's words name, changed where it is said."""
    old = re.sub(r"^(?:the|that|this)\s+", "", old.strip(), flags=re.I)
    new = re.sub(r"^(?:an?|the)\s+", "", clean_modifier(new).strip(), flags=re.I)
    new = re.sub(r"\b(?:darker|lighter|brighter|deeper|paler|softer)\b", lambda m: _SHADE_OF[m.group(0).lower()], new, flags=re.I)
    colour, _, thing = old.partition(" ")  # "teal", or "red car" (the car that is red)
    split = re.fullmatch(r"(?P<thing>[\w'-]+)\s+(?P<new>[\w'-]+)", new)  # "make the red car blue" read as red -> "car blue"
    if not thing and split and is_colour(split.group("new")) and not is_colour(split.group("thing")):
        thing, new = split.group("thing"), split.group("new")
        old = f"{colour} {thing}"
    if not thing and colour.lower() in lexicon.COLOUR_MODIFIERS:
        return False  # "make the light blue" on "… red light": the light, a thing (a modifier is no colour alone)
    if not is_colour(colour) or " " in thing or not new or not all(is_colour(w) or w in _SHADE_OF.values() for w in
                                                                   new.lower().split()) or not any(
            is_colour(w) and w not in _SHADE_OF.values() for w in new.lower().split()) or not re.search(
            r"\b" + re.escape(old) + r"\b", " ".join([plan.scene.subject, *plan.scene.details]), re.I):
        return False
    pattern = re.compile(r"\b" + re.escape(colour) + r"(?=\s+" + re.escape(thing) + r"\b)" if thing else r"\b" + re.escape(colour) +
                         r"\b", re.I)
    plan.scene.subject = pattern.sub(new, plan.scene.subject, count=1)
    plan.scene.details = [pattern.sub(new, d, count=1) for d in plan.scene.details]
    plan.record("recolor", f"the {old} {new}", f"with the {thing or colour} in {new}")
    return True


def _word_swapped(plan: EditPlan, clause: str, low: str) -> bool:
    """"change KAPOW to BLAM": a word of the picture's, named bare, becomes the other (the old one kept out)."""
    match = re.match(r"^(?:change|switch|swap|replace)\s+(?P<x>[\w'-]+)\s+(?:to|into|for|with)\s+(?P<y>[\w'-]+(?:\s+[\w'-]+)?)"
                     r"[\s.!]*$", clause.strip(), re.I)
    said = re.compile(r"\b" + re.escape(match.group("x")) + r"\b", re.I) if match else None
    if not said or match.group("x").lower() in ("it", "this", "that", "them", "him", "her") or not said.search(
            plan.scene.subject):
        return False
    plan.scene.subject = said.sub(match.group("y"), plan.scene.subject)
    plan.record("replace", f"{match.group('y')} instead of {match.group('x')}",
                f"with {match.group('y')} instead of {match.group('x')}")
    return True


def _change_part(plan: EditPlan, clause: str, low: str) -> bool:
    """"change the background to a city", "make the car blue", "make the pot blue ceramic", "make the dog a cat"."""
    match = _RE_CHANGE_TO.match(clause) or _RE_CHANGE.match(clause)  # "change the red roof to a slate roof": the roof
    if not match:
        return False
    if re.match(r"^(?:(?:background|backdrop|bg)(?:\s+colou?r)?|setting|scenery)$", match.group("x").strip(), re.I):
        set_background(plan, match.group("y"))
        return True
    if re.match(r"^(?:image|picture|photo|scene|whole|background\b)", match.group("x"), re.I) or re.match(
            r"^(?:[\w'-]+\s+){0,2}(?:photo|picture|portrait|pic|image|snap|selfie)\s+(?:into|as)\s",
            f"{match.group('x')} {match.group('y')}", re.I):  # "turn this astronaut portrait into an oil painting"
        return False
    noun, target = match.group("x"), clean_modifier(match.group("y"))
    noun = re.sub(r"(?<=\w)\s+colou?r$", "", noun, flags=re.I)  # "change the engine colour to maroon": the engine
    if classify_phrase(match.group("y").strip(" .!?")) == "style" and plan.scene.mentions(noun.split()[-1]) and (
            noun.split()[-1].lower() == (subject_head(plan.scene.subject) or "").lower() or not re.match(
                r"^(?:an?|the)\s", match.group("y").strip(), re.I)):  # (not "change the banner to a stained glass window")
        set_slot(plan, "style", match.group("y").strip(" .!?"))  # "make my cat a watercolor": the cat, restyled
        return True
    if _colour_recoloured(plan, noun, match.group("y")):
        return True
    placed = re.match(r"^(?:in|on|at|inside|under|underwater\s+in)\s+(?P<place>(?:an?|the|some)\s+.+)$", match.group("y").strip(), re.I)
    if placed and not match.group("link") and not classify_phrase(placed.group(0)) and plan.scene.mentions(noun.split()[-1]):
        if subject_head(plan.scene.subject) == noun.split()[-1]:  # "make the house in a fairy tale": it, there
            move_setting(plan, placed.group("place"), placed.group(0).split()[0])
        else:
            add_thing(plan, f"the {clean_modifier(noun)} {placed.group(0)}")
        return True
    if re.search(r"'s$", noun) and len(target.split()) > 1:  # "make the fox's tail fluffier": the fox's tail
        part, _, target = target.partition(" ")
        noun = f"{noun} {part}"
    *rest, last = target.split() or [""]
    if rest and not match.group("link") and not is_colour(target) and is_colour(last) and not any(
            is_colour(w) or w.lower() in lexicon.MATERIALS for w in rest):
        noun, target = f"{noun} {' '.join(rest)}", last  # "make the knight's armor gold": the armor, gold
    if noun.lower() in ("look", "seem", "feel", "be"):  # "make this look more appetizing": the whole picture
        return False
    return _weather_of_part(plan, noun, target) or _part_becomes(plan, match, noun, target)


def _weather_of_part(plan: EditPlan, noun: str, target: str) -> bool:
    """"make the sky stormy" (a stormy sky), "make the rain snow" (the weather's new value, the rain kept out)."""
    slot = classify_phrase(target)
    if noun.lower() in ("sky", "weather", "light", "lighting", "clouds") and slot in ("weather", "lighting", "time"):
        set_slot(plan, slot, f"{target} {noun}" if noun.lower() in ("sky", "clouds") else target)  # "a stormy sky"
        plan.phrases[-1] = f"with the {noun} {target}"
        return True
    if slot in ("weather", "time", "season") and classify_phrase(noun) == slot:
        set_slot(plan, slot, target)  # "make the rain snow": the weather's new value, the rain kept out
        if not plan.scene.mentions(noun.split()[-1]):
            plan.scene.negatives.append(clean_modifier(noun))
        plan.phrases[-1] = f"with {target} instead of {clean_modifier(noun)}"
        return True
    return False


_PICTURE_WORDS = frozenset("photo picture image pic portrait snap selfie drawing painting sketch shot photograph".split())


def _part_becomes(plan: EditPlan, match: re.Match, noun: str, target: str) -> bool:
    """The part takes the new value: a colour, a material or look, an action, a place, a new thing in its place, or
    (said of a thing in it) the picture's style; False when none fits."""
    if re.match(r"^(?:and|or|&)\s", target, re.I):  # "make the dog and the cat wear hats": both, not a change to one
        return False
    shaped = re.fullmatch(r"(?:an?\s+)?(?P<shape>[a-z]+)[\s-]+(?:shape|shaped)", target.strip(), re.I)
    if shaped:  # "can the balloon be a heart shape": a heart-shaped balloon (not a balloon replaced by a shape)
        modify_part(plan, noun, f"{shaped.group('shape').lower()}-shaped")
        return True
    same_head = len(target.split()) > 1 and singular(target.split()[-1].lower()) == singular(noun.split()[-1].lower())
    if same_head and plan.scene.mentions(noun.split()[-1]):  # "the red roof to a dark grey slate roof": that roof
        replace_thing(plan, noun, target)
    elif same_head and (match.group("link") or "").strip() in ("to", "into"):  # a photo's flag "to a pirate flag"
        add_thing(plan, target)
    elif is_colour(target):
        recolor_part(plan, noun, target)
    elif _a_new_thing(_the_as_a(match), noun) and plan.scene.mentions(noun.split()[-1]) and \
            noun.split()[-1].lower() not in _ROLES:  # ("make the pilot a girl": who the pilot is, read below)
        replace_thing(plan, noun, target)  # "make the volcano a giant crystal tower": a tower in its place
    elif _a_new_thing(_the_as_a(match), noun) and (match.group("link") or "").strip() in ("to", "into") and not \
            plan.scene.mentions(noun.split()[-1]) and noun.split()[-1].lower() not in _ROLES and \
            noun.split()[-1].lower() not in _PICTURE_WORDS:
        remove_thing(plan, noun)  # "change the flag to a galaxy" of a photo: the flag, out; the galaxy, in
        add_thing(plan, target)
    elif is_part_modifier(target):  # "make the pot blue ceramic", "make the roof mossy"
        modify_part(plan, noun, re.sub(r"(?<=\w)(?:ies)$", "y", target) if target.split()[-1].lower() in COATS else target)
    elif target.split()[0].lower() in lexicon.PEOPLE_VERBS:  # "make the dog wear a hat": what it does, not a swap
        add_thing(plan, f"{noun} {_gerund(target)}")
    elif re.fullmatch(r"[a-z]{3,}ing", target, re.I) and target.lower() not in lexicon.MATERIALS and \
            plan.scene.mentions(noun.split()[-1]):
        modify_part(plan, noun, target)  # "make the fox smiling": a smiling fox
    elif re.match(r"^(?:[a-z]{2,}ing|[a-z]{3,}ed|on|in|at|under|by|near|inside|behind)\s+\w", target, re.I) and \
            target.split()[0].lower() not in lexicon.MATERIALS:
        add_thing(plan, f"the {clean_modifier(noun)} {target}")  # "the fox should be looking at the camera", "… perched on"
    else:
        return _part_takes_a_look_or_place(plan, match, noun, target)
    return True


def _part_takes_a_look_or_place(plan: EditPlan, match: re.Match, noun: str, target: str) -> bool:
    """The later readings of ``_part_becomes``: a state, who it is as, what it is full of, a look, a thing, place or
    style in its place; False when none fits."""
    if _STATE_LINK.fullmatch(match.group("link") or "") and not _NEW_THING.match(match.group("y")):
        modify_part(plan, noun, target)  # "make the robot look sad": the robot, sad (not a robot replaced by "sad")
    elif _who_as(plan, noun, target):
        pass
    elif plan.scene.mentions(noun.split()[-1]) and not classify_phrase(target) and not _NEW_THING.match(
            match.group("y")) and match.group("link") != "into " and re.match(r"(?:full|covered|filled|packed|"
                                                                             r"dripping|glowing)\b", target, re.I):
        add_thing(plan, f"{clean_modifier(noun)} {target}")  # "make the garden full of flowers": that garden, so
    elif plan.scene.mentions(noun.split()[-1]) and not classify_phrase(target) and not _NEW_THING.match(
            match.group("y")) and match.group("link") != "into " and _looks_adjectival(target):
        modify_part(plan, noun, target)  # "make the plants overgrown": a look, not plants replaced by "overgrown"
    elif plan.scene.mentions(noun.split()[-1]) and not classify_phrase(target):
        replace_thing(plan, noun, target)
    elif plan.scene.mentions(noun.split()[-1]) and _NEW_THING.match(match.group("y")) and classify_phrase(target) in (
            "time", "weather", "lighting") and match.group("link") in ("to ", "into "):
        replace_thing(plan, noun, target)  # "change the garage to a desert highway at sunset": a place, at that time
    elif plan.scene.mentions(noun.split()[-1]) and classify_phrase(target) == "style" and match.group("link") in (
            "into ", "to ", "look ", None):
        set_modifier(plan, target)  # "turn the cat into a watercolor": the picture's style
    else:
        return False
    return True


def _the_as_a(match: re.Match) -> str:
    """The new value said, "change the river to the ocean" read as "to an ocean" (a thing in the old one's place)."""
    said = match.group("y") or ""
    return re.sub(r"^the\s+", "a ", said, flags=re.I) if (match.group("link") or "").strip() in ("to", "into") else said


def _a_new_thing(said: str, noun: str) -> bool:
    """"a giant crystal tower" said of a volcano: an article and a thing Easel knows by name, not the part's own kind
    ("a darker red", "a bit bigger" and "a ceramic" are looks)."""
    words = re.findall(r"[a-z'-]+", said.lower())
    if len(words) < 2 or words[0] not in ("a", "an") or words[1] in ("bit", "little", "lot", "tad", "touch"):
        return False
    head = singular(words[-1])
    return head != singular(noun.split()[-1].lower()) and head not in lexicon.MATERIALS and not is_colour(head) and (
        head in THING_WORDS or head in ENGLISH_NOUNS or (len(words) == 2 and head not in ENGLISH_ADJECTIVES and not
                                                          re.search(r"(?:ic|al|ive|ous|ful|ish|ed|less|ble|er|est)$", head)))
    # ("an osprey": a word Easel doesn't know, after an article, is a thing)


def _looks_adjectival(target: str) -> bool:
    """"overgrown", "rusty and old", "weathered": words with an adjective's ending and no thing Easel knows by name
    ("a tiger", "cat" are things)."""
    words = [w for w in re.findall(r"[a-z'-]+", target.lower()) if w not in ("and", "but", "very", "more", "really")]
    return 0 < len(words) <= 3 and not any(w in THING_WORDS for w in words) and all(
        re.search(r"(?:y|ed|ic|al|ous|ful|ish|en|er|less|own|ive|ant|ent|ble|est|old|new)$", w) or (
            w in ENGLISH_ADJECTIVES and w not in lexicon.MATERIALS) for w in words)


# "make the knight a woman": who the knight is changes, the knight stays
_WHO_AS = {"woman", "lady", "female", "girl", "man", "guy", "male", "boy", "kid", "child", "old man", "old woman",
           "old lady", "teenager", "teen", "little girl", "little boy", "young woman", "young man"}


_FEMALE = {"woman", "lady", "female", "girl", "old woman", "old lady", "little girl", "young woman"}


# the roles a person can take ("knight", "pilot", "wizard"), not animals or things ("make the cat a woman" replaces it)
_ANIMALS = frozenset(k for c in CATEGORIES if c.name in ("animal", "pet", "wildlife", "bird", "sea") for k in c.keywords)
_ROLES = ({k for c in CATEGORIES if c.name == "person" for k in c.keywords} - _WHO_AS - {
    "person", "people", "portrait", "family", "couple", "crowd", "kids", "baby", "toddler"}) | {
    "wizard", "witch", "warrior", "robot", "elf", "vampire", "superhero", "hero", "villain", "zombie", "angel",
    "mermaid", "fairy", "giant", "dwarf", "sorcerer", "detective", "explorer", "scientist", "bard", "ranger", "rogue",
    "paladin", "cleric", "druid", "monk", "barbarian", "sorceress", "mage", "archer", "hunter", "pirate", "knight",
    "samurai", "ninja", "queen", "king", "princess", "prince"}
# what kind of being a role-holder is ("make the bard an elf": an elf bard, the bard stays)
_FOLK = {"elf", "dwarf", "orc", "goblin", "vampire", "android", "cyborg", "zombie", "ghost", "fairy", "mermaid", "alien",
         "tiefling", "halfling", "gnome", "troll", "demon", "angel", "werewolf", "robot", "skeleton", "dragonborn"}


def _person_swapped(plan: EditPlan, noun: str, target: str) -> bool:
    """"make him a woman" of "a man reading": the woman reads in his place (one kind of person for another)."""
    who = re.sub(r"^(?:an?|the)\s+", "", target.strip().lower())
    people = [w for w in re.findall(r"[a-z]+", plan.scene.subject.lower()) if w in _WHO_AS]
    head = noun.split()[-1].lower() if noun.split()[-1].lower() in _WHO_AS else (people[0] if people else "")
    if who not in _WHO_AS or not head or who == head or not plan.scene.mentions(head):
        return False
    replace_thing(plan, head, who)
    if who in _FEMALE:  # "a guy yelling at his laptop" as a girl: her laptop
        plan.scene.subject = re.sub(r"\bhis\b", "her", plan.scene.subject)
    plan.phrases[-1] = f"with {article(who)} {who} instead of the {head}"
    return True


# "make it a she", "make the pilot a woman", "make him female": the person drawn, as a woman or a man
_GENDER_ASKED = re.compile(r"^(?:make|turn|change)\s+(?:it|him|her|them|the\s+[\w'-]+)\s+(?:into\s+|to\s+)?(?:an?\s+)?"
                           r"(?P<g>she|he|woman|man|girl|boy|female|male|lady|guy)(?:\s+(?:instead|please|pls))*[\s.!]*$", re.I)


def _gender(plan: EditPlan, clause: str, low: str) -> bool:
    """"make it a she" of "a violinist playing …": a female violinist, as ``_who_as`` makes "make her a woman" of a
    role (a man made a woman, or a cat, is one thing for another: ``_person_swapped``'s)."""
    asked = _GENDER_ASKED.match(clause.strip())
    head = (subject_head(plan.scene.subject) or "").lower() if asked else ""
    if not head or set(re.findall(r"[a-z]+", plan.scene.subject.lower())) & _WHO_AS:
        return False
    gender = asked.group("g").lower()
    if not _who_as(plan, head, {"she": "female", "he": "male"}.get(gender, gender)):  # ("a woman violinist": their word)
        return False
    if gender in _FEMALE | {"she"}:
        plan.scene.subject = re.sub(r"\bhis\b", "her", plan.scene.subject)
    return True


_NEW_OBJECT = re.compile(r"^(?:make|have|let|get)\s+(?:them|him|her|it|us|(?:[\w'-]+\s+){0,2}?(?!(?:the|an?|his|her|its|their|"
                         r"my|our|this|that)\s)[\w'-]+)\s+(?:to\s+)?(?P<verb>[a-z]{2,})\s+"
                         r"(?P<obj>(?:an?\s+|some\s+|the\s+)?[\w'-]+(?:\s+[\w'-]+)?)(?:\s+instead(?:\s+of\s+[\w' -]+)?)?[\s.!]*$", re.I)


def _same_act_new_object(plan: EditPlan, clause: str, low: str) -> bool:
    """"make them play checkers instead" of "two men playing chess in a park": playing checkers, the rest as it was."""
    asked = _NEW_OBJECT.match(clause.strip())
    if not asked or classify_phrase(asked.group("obj")) or is_colour(asked.group("obj")):
        return False  # ("make the sail red": a colour, not a new thing sailed)
    verb = asked.group("verb").lower()
    forms = {verb + "ing", verb[:-1] + "ing", verb + verb[-1] + "ing"}  # play: playing; ride: riding; dig: digging
    doing = re.search(r"\b(?P<v>" + "|".join(map(re.escape, forms)) + r")\s+(?P<obj>(?:(?!(?:in|on|at|by|with|near|under|"
                      r"beside|inside|outside|and)\b)[\w'-]+\s*){1,3}?)(?=\s*(?:[,.;]|$|\b(?:in|on|at|by|with|near|under|beside|"
                      r"inside|outside|and)\b))", plan.scene.subject, re.I)
    if not doing:
        return False
    old = doing.group("obj").strip()
    scene = plan.scene
    scene.subject = scene.subject[: doing.start("obj")] + asked.group("obj") + " " + scene.subject[doing.end("obj"):].lstrip()
    scene.subject = tidy(scene.subject)
    if not scene.mentions(old.split()[-1]):
        scene.negatives.append(old)
    plan.record("replace", f"{asked.group('obj')} instead of {old}", f"{doing.group('v')} {asked.group('obj')} instead of {old}")
    return True


def _is_role(head: str) -> bool:
    """"pilot", "violinist", "baker": a person named by what they do (not an animal: "tiger", "otter")."""
    return head in _ROLES or bool(re.search(r"(?:ist|ian|or|eer|er)$", head)) and head not in _ANIMALS


def _who_as(plan: EditPlan, noun: str, target: str) -> bool:
    who = re.sub(r"^(?:an?|the)\s+", "", target.strip().lower())
    head = noun.split()[-1].lower()
    if not (who in _WHO_AS or (who in _FOLK and head not in _FOLK)) or not _is_role(head) or not plan.scene.mentions(head):
        return False
    replace_thing(plan, noun, f"{who} {clean_modifier(noun)}")
    plan.phrases[-1] = f"with the {clean_modifier(noun)} as {article(who)} {who}"
    return True


def _whole(plan: EditPlan, clause: str, low: str) -> bool:
    """"make it a watercolor", "turn the image into night": a change of the whole picture."""
    match = _RE_WHOLE.match(clause)
    if not (match and match.group("y").strip()):
        return False
    if re.match(r"^(?:put|place|have|give)\s+(?:an?|some|two|three|\d+)\s", clause, re.I):
        return False  # "put a banner across the top that says …": a thing put in (the next rules), not the whole picture
    thing = re.match(r"^(?:a|an|the|some)\s+(?:[\w'-]+\s+){0,3}?(?P<head>[\w'-]+)(?:\s+(?:with|without|made\s+of|full\s+of|"
                     r"covered\s+in)\s+\S.*)?$", match.group("y").strip(), re.I)  # "a two-storey treehouse with a slide"
    if thing and re.match(r"^(?:make|turn|change)\b", clause, re.I) and plan.scene.mentions(thing.group("head")):
        replace_thing(plan, thing.group("head"), match.group("y").strip())  # "make it a black cat": that cat
        return True
    head = subject_head(plan.scene.subject)
    if thing and head and re.match(r"^turn\s+(?:him|her|them)\s+into\s+(?:an?|some)\s", clause, re.I) and \
            thing.group("head").lower() in _ROLES and head.lower() not in _ROLES | _FOLK:  # "turn him into a pirate" of
        add_thing(plan, f"as {match.group('y').strip()}")  # a cat: the cat as a pirate (as "make him a pirate" says)
        return True
    if thing and head and re.match(r"^(?:make|turn|change)\s+(?:it|him|her|this|that)\s+(?:into\s+)?(?:an?|some)\s", clause, re.I) \
            and singular(thing.group("head").lower()) in THING_WORDS and not classify_phrase(match.group("y")) and \
            thing.group("head").lower() not in lexicon.FORMAT_NOUNS | set(lexicon.PICTURE_KINDS) | set(lexicon.MEDIUM_NOUNS):
        replace_thing(plan, head, match.group("y").strip())  # "make it a wolf" of a fox in a forest: a wolf there
        return True
    look = match.group("y").strip()
    if re.fullmatch(r"(?:(?:a\s+)?(?:bit|little|lot|tad)\s+|much\s+|even\s+|way\s+)?(?:[a-z]{3,}(?:ier|er)|(?:more|less)\s+"
                    r"(?:[a-z'-]+(?:ic|al|ive|ous|ful|ish|ant|ent|ble|ed)|" + "|".join(sorted(lexicon.Y_LOOKS)) + r"))(?:\s+and\s+"
                    r"(?:[a-z]{3,}(?:ier|er)|(?:more|less)\s+[a-z'-]{3,}))?", look, re.I) and \
            not classify_phrase(look) and look.split()[-1].lower() not in THING_WORDS:  # "cuter", "more magical";
        # not "flower", "poster" or "more trees"
        add_thing(plan, look)  # "make it cuter": how it looks, said as it was ("Here it is cuter")
        plan.phrases[-1] = look
        return True
    if re.fullmatch(r"[\w' -]+\s+themed", look, re.I):  # "make it pumpkin themed": "Here it is pumpkin themed"
        add_thing(plan, look)
        plan.phrases[-1] = look
        return True
    look = _PLATFORM_PURPOSE.sub("", match.group("y")) or match.group("y")
    for_what = _STYLE_FOR.search(look)  # "a watercolor painting for her owner's christmas card": the look, not its use
    set_modifier(plan, look[: for_what.start()] if for_what and classify_phrase(look[: for_what.start()]) == "style" else look)
    return True


_STYLE_FOR = re.compile(r"\s+for\s+(?:a|an|my|our|his|her|their|the|some)\s+\S.*$", re.I)


# "label the biggest castle "IRONHOLD"": a thing in the picture gets the quoted name on it
_LABEL = re.compile(r"^(?:label|name|title|tag)\s+(?P<what>(?:the|that|this|its|his|her)\s+[^\"“]+?)\s*(?:as\s+|with\s+)?"
                    + _quote("q") + r"[\s.!]*$", re.I)


def _label(plan: EditPlan, clause: str, low: str) -> bool:
    match = _LABEL.match(clause.strip())
    if not match:
        return False
    add_thing(plan, f"{re.sub(r'^(?:that|this)', 'the', match.group('what'))} labeled {match.group('q')}")
    return True


# the shape said in passing, before the change that goes with it: "make it a wide one with empty space on the left"
_SHAPE_IN_PASSING = re.compile(r"^(?:(?:can|could)\s+(?:you|u)\s+)?(?:please\s+)?(?:make|do|turn)\s+it\s+(?:into\s+|as\s+)?"
                               r"(?:an?\s+)?(?P<shape>" + SHAPE_WORDS + r"\s+(?:one|version|format|crop|orientation))\b[\s,]*"
                               r"(?=(?:with|and|but|plus)\s)", re.I)
# "… for an instagram post": where the picture goes, no part of it
_PLATFORM_PURPOSE = re.compile(r"[\s,]+for\s+(?:(?:an?|my|our|the)\s+)?(?:"
                               + lexicon.online_places_pattern("ig", "fb", "tiktok", "youtube", "etsy", "spotify", "apple music",
                                                               "apple podcasts", "soundcloud", "bandcamp", "twitch", "discord",
                                                               "whatsapp", "web page", "slide deck", "email") +
                               r"|lock\s*screen|wallpaper|(?:phone|mobile|iphone|android|desktop|"
                               r"laptop)(?=\s+(?:wallpaper|background|screen|lock\s*screen)))(?:\s+(?:posts?|story|stories|reels?|feed|page|profile|banner|"
                               r"header|cover|thumbnail|channel|shop|listing|pin|deck|wallpaper|background|screen|lock\s*screen))?\b(?=\s*(?:[.,;!?]|$|(?:and|please|pls)\b))",
                               re.I)


# "put a fire pit there (instead)", "… in its place": where the thing goes is where the removed one was, no word of
# the picture
_PUT_THERE = re.compile(r"\s+(?:(?:right\s+)?there|in\s+(?:its|their|that|the\s+same)\s+(?:place|spot)|where\s+(?:it|they|the\s+"
                        r"[\w'-]+)\s+(?:was|were|used\s+to\s+be))(?=(?:\s+instead)?[\s.!]*$)", re.I)


def _add(plan: EditPlan, clause: str, low: str) -> bool:
    """"add a rainbow" (a thing) or "add dramatic lighting" (a slot)."""
    match = _RE_ADD.match(clause)
    if not match:
        return False
    phrase = _PUT_THERE.sub("", match.group("y"))
    if QUOTE_RE.match(phrase.strip()):  # 'add "Happy Mother's Day" in a script font': words to letter in
        plan.scene.details.append(f"with the text {phrase.strip()}")
        plan.record("add", f"the text {QUOTE_RE.match(phrase.strip()).group(0)}", f"with the text {phrase.strip()}")
        return True
    masked = QUOTE_RE.sub(lambda m: "x" * len(m.group(0)), phrase)  # "saying 'WELCOME TO THE PARTY'": no "to the"
    onto = re.match(r"^(?P<x>(?:an?|some|two|three|\d+)\s+.+?)(?<!leading)(?<!going)(?<!next)(?<!close)(?<!pointing)"
                    r"(?<!running)(?<!up)(?<!down)(?<!back)\s+to\s+(?:the|my|his|her|its|their)\s+"
                    r"(?P<who>[\w'-]+)$", masked, re.I)
    leads_to = onto and re.search(r"\b(?:path|paths|road|roads|walkway|bridge|stairs|staircase|steps|trail|driveway|ladder|"
                                  r"tunnel|lane|track|boardwalk|ramp|pier|jetty|route|way)$", onto.group("x"), re.I)
    if onto and not leads_to and not plan.scene.mentions(onto.group("who")) and onto.group("who").lower() not in (
            "picture", "photo", "image", "pic", "scene", "background", "drawing", "painting"):
        # "add a hat to my cat" (an upload): the cat with a hat
        add_thing(plan, f"the {onto.group('who')} with {phrase[onto.start('x'):onto.end('x')]}")
        return True
    slot = classify_phrase(phrase)
    if slot in ("style", "aspect") and aspect_from_text(phrase) and not re.search(r"\b(?:style|look|feel|vibe|format|shape|"
                                                                                  r"version)\b", phrase, re.I):
        slot = None  # "add balloons and a banner": a banner is a thing put in, not the picture's format
    if slot and not re.match(r"^(?:an?|one|two|three|\d+)\s+(?!\w+\s+(?:light|lighting)\b)", phrase, re.I):
        set_slot(plan, slot, phrase)
    else:
        add_thing(plan, phrase)
    return True


# "give the cat a tiny helmet": a thing in the picture gets something
_RE_GIVE = re.compile(r"^(?:give|get)\s+(?P<who>(?:the|his|her|its|their)\s+[\w'-]+(?:\s+(?!(?:an?|some|the|more)\b)[\w'-]+)?)\s+"
                      r"(?P<y>(?:an?|some|"
                      r"two|three|\d+|more|his|her|its|their|a\s+pair\s+of|[a-z]{3,}er)\s.+)$"
                      r"|^(?:give|get)\s+(?P<who2>(?:the|his|her|its|their)\s+[\w'-]+)\s+(?P<y2>(?:[\w'-]+\s+)?[\w'-]+s(?:\s+(?:on|in|at|with|"
                      r"for)\s.+)?)$", re.I)


def gives_to(text: str) -> Optional[str]:
    """"give the cat a tiny helmet" -> "cat": the thing that gets something; None for other text."""
    match = _RE_GIVE.match(text.strip())
    return (match.group("who") or match.group("who2")).split()[-1].lower() if match else None


# "give it a wave" / "have him do a thumbs up": a gesture, not a thing (an ocean wave)
_GESTURE = re.compile(r"^(?:give|have|make|let|get)\s+(?:it|him|her|them|the\s+[\w'-]+)\s+(?:do\s+|give\s+|make\s+)?(?:a\s+)?"
                      r"(?:(?:little|big|friendly|cheeky|small)\s+)?(?P<g>wave|smile|wink|thumbs[\s-]?up|salute|"
                      r"high[\s-]?five|shrug|nod|peace\s+sign)\b(?:\s+(?:to|at)\s+(?P<to>.+))?[\s.!]*$", re.I)
_GESTURE_ING = {"wave": "waving", "smile": "smiling", "wink": "winking", "salute": "saluting",
                "shrug": "shrugging", "nod": "nodding"}


def _gesture(plan: EditPlan, clause: str, low: str) -> bool:
    match = _GESTURE.match(clause.strip())
    if not match:
        return False
    gesture = re.sub(r"[\s-]+", " ", match.group("g").lower())
    doing = _GESTURE_ING.get(gesture) or f"giving a {gesture.replace('thumbs up', 'thumbs-up')}"
    plan.scene.subject = without_undone_looks(plan.scene.subject, doing.split()[:1])  # a grumpy pug, smiling
    add_thing(plan, f"{doing} {'at ' + match.group('to') if match.group('to') else ''}".strip())
    return True


def _give(plan: EditPlan, clause: str, low: str) -> bool:
    match = _RE_GIVE.match(clause.strip())
    who, what = (match.group("who") or match.group("who2"), match.group("y") or match.group("y2")) if match else ("", "")
    if not match or (not plan.scene.mentions(who.split()[-1]) and (match.group("who2") or re.search(
            r"\b(?:scene|picture|image|photo|pic|thing|whole|colou?rs?|background|lighting|light|sky|mood|look)$", who, re.I)
            or classify_phrase(what))):
        return False  # "give the fishing line a star": a part the words never named still gets it (not "the scene")
    who = re.sub(r"^(?:his|her|its|their)\s+", "the ", who, flags=re.I)
    add_thing(plan, f"{who} with {what}")
    return True


def _use(plan: EditPlan, clause: str, low: str) -> bool:
    """"use warmer colours", "in watercolor", "now at night"."""
    match = _RE_USE.match(clause)
    if match:
        looks = re.match(r"^like\s+(?:an?\s+|the\s+)?(?P<x>.+)$", match.group("y"), re.I)  # "more like a kids book"
        set_modifier(plan, f"{looks.group('x')} style" if looks and not re.search(r"\bstyle$", looks.group("x")) else
                     match.group("y"))
    return bool(match)


def _slot(plan: EditPlan, clause: str, low: str) -> bool:
    """A bare modifier ("watercolor", "at night")."""
    slot = classify_phrase(clause)
    if slot:
        set_slot(plan, slot, clause)
    return bool(slot)


# "make them kittens" (three puppies), "change them to white roses" (peonies): the many things on screen, become others
_THEM_BECOME = re.compile(r"^(?:make|turn|change|switch|swap)\s+them\s+(?:(?:in)?to\s+|for\s+)?(?P<y>(?:some\s+)?(?:[\w'-]+\s+){0,2}?"
                          r"[\w'-]+s)[\s.!?]*$", re.I)


# what they are drawn as, not what they become instead ("make them silhouettes", "make them statues")
_LOOK_PLURALS = frozenset("silhouettes outlines sketches drawings paintings cartoons doodles emojis icons statues "
                          "sculptures figurines toys plushies ghosts shadows".split())


def _them_become(plan: EditPlan, clause: str, low: str) -> bool:
    """The plural things of the picture replaced by the things named ("make them kittens"); a role they play ("make
    them pirates"), a look or a colour is left to the other rules."""
    match = _THEM_BECOME.match(clause.strip())
    target = match.group("y") if match else ""
    head = singular(target.split()[-1].lower()) if target else ""
    last = target.split()[-1].lower() if target else ""
    if not match or classify_phrase(target) or is_colour(target) or head in _ROLES | _FOLK | _WHO_AS or \
            last.endswith(("ss", "us", "ways")) or head in lexicon.FORMAT_NOUNS or head in lexicon.STYLE_TERMS or \
            last in (*lexicon.STYLE_TERMS, *_LOOK_PLURALS) or target.split()[0].lower() in {*lexicon.PEOPLE_VERBS,
                "different", "other", "same", "more", "less"}:
        return False  # ("make them furious", "… wear hats", "… different colors", "… stickers": no new things)
    many = _plural_thing(plan.scene.subject)
    if not many or singular(many.lower()) == head:
        return False
    replace_thing(plan, many, target)
    return True


def _plural_thing(subject: str) -> str | None:
    """The things the picture has many of: its head noun when plural ("three puppies"), else the first plural thing
    its words name ("a bouquet of pink peonies" -> "peonies")."""
    head = subject_head(subject)
    if head and re.fullmatch(r"[a-z][\w'-]*[^su]s", head.lower()):
        return head
    return next((m.group("w") for m in re.finditer(r"\b(?:an?|the|some|two|three|four|five|\d+|of|with|and)\s+(?:[a-z][\w'-]*\s+)"
                                                   r"{0,2}?(?P<w>[a-z][\w'-]*[^su]s)\b", subject.lower())
                 if m.group("w") not in lexicon.STOPWORDS), None)


# tried in this order on each clause; the first that recognises it makes the change
# "calm the sea down", "make the water calmer": the storm and its waves leave the picture
_CALMED = re.compile(r"^(?:(?:calm|settle|smooth|quiet)\s+(?:the\s+)?(?:sea|ocean|water|waves|lake|it|everything)(?:\s+down)?|"
                     r"(?:make|let)\s+(?:the\s+)?(?:sea|ocean|water|waves|lake)\s+(?:calm|calmer|still|stiller|flat|smooth|"
                     r"peaceful|gentle|gentler)|(?:a\s+)?calm(?:er)?\s+(?:sea|ocean|water|seas))[\s.!]*$", re.I)
_STORMY = re.compile(r"(?:,\s*)?\b(?:(?:fighting|sailing|battling|struggling)\s+)?(?:through|in|during|amid)\s+(?:an?\s+|the\s+)?"
                     r"(?:raging\s+|violent\s+|fierce\s+|wild\s+|huge\s+)?storm\b|(?:,\s*)?\b(?:huge\s+|big\s+|giant\s+)?waves\s+"
                     r"(?:breaking|crashing|smashing|pounding)[^,]*|\b(?:stormy|rough|choppy|raging)\s+(?=seas?\b|ocean\b|water\b)",
                     re.I)


def _calm(plan: EditPlan, clause: str, low: str) -> bool:
    """"calm the sea down": the storm and breaking waves go, a calm sea comes."""
    if not _CALMED.match(clause.strip()) or not re.search(r"\bstorm\b|\bwaves\s+(?:breaking|crashing|smashing|pounding)",
                                                          plan.scene.subject + " " + " ".join(plan.scene.details), re.I):
        return False  # ("a stormy sea" made calm is a calm sea: the look rule says so)
    plan.scene.subject = tidy(_STORMY.sub("", plan.scene.subject))
    plan.scene.details = [d for d in (tidy(_STORMY.sub("", d)) for d in plan.scene.details) if d]
    if plan.scene.weather and re.search(r"storm|rain|wind", plan.scene.weather, re.I):
        plan.scene.weather = ""
    plan.scene.details.append("calm sea")
    plan.scene.negatives.append("storm")
    plan.record("weather", "calm sea", "with a calm sea")
    return True


# "hmm try orange instead", "maybe teal instead?": another colour for the part last recoloured
_COLOUR_INSTEAD = re.compile(r"^(?:(?:hmm+|ok(?:ay)?|no|nah|maybe|actually|then|now)[,\s]+)*(?:(?:try|do|make\s+it|go\s+with|use|"
                             r"let'?s\s+(?:try|do|go\s+with))\s+)?(?P<colour>(?:(?:dark|light|pale|bright|deep|pastel|neon)\s+)?"
                             r"[a-z]+)\s+instead[\s?.!]*$"
                             r"|^(?:(?:hmm+|ok(?:ay)?|no|nah|maybe|actually|then|now)[,\s]+)*(?:try|what\s+about|how\s+about|"
                             r"let'?s\s+(?:try|see))\s+(?P<colour2>(?:(?:dark|light|pale|bright|deep|pastel|neon)\s+)?[a-z]+)[\s?.!]*$",
                             re.I)  # ("now try purple": the colour last given, changed)


_CORRECTION_LEAD = r"^(?:(?:wait|no|nope|oops|sorry|actually|hmm+|ugh)[,!.\s]+)*"
_NEW_NOT_OLD = re.compile(_CORRECTION_LEAD + r"(?P<new>[a-z][\w' -]{1,30}?)\s*,?\s+not\s+(?:the\s+|a\s+|an\s+)?"
                          r"(?P<old>[a-z][\w' -]{1,30}?)[\s.!]*$", re.I)
_NOT_OLD_NEW = re.compile(_CORRECTION_LEAD + r"not\s+(?:the\s+|a\s+|an\s+)?(?P<old>[a-z][\w' -]{1,30}?)\s*[,;:]\s*(?:but\s+)?"
                          r"(?P<new>[a-z][\w' -]{1,30}?)(?:\s+instead)?[\s.!]*$", re.I)


def _not_this_but_that(plan: EditPlan, text: str) -> bool:
    """"wait no, sunset not sunrise", "not velvet, white marble instead": the old words, where the picture's words say
    them, become the new ones (a slot's value too); False when the picture's words don't say the old ones."""
    said = _NEW_NOT_OLD.match(text.strip()) or _NOT_OLD_NEW.match(text.strip())
    if not said or re.search(r"\b(?:make|add|remove|put|change|turn|say|says|should|be|is|it|i|you|want|meant|wanted|one|"
                             r"draw|drew)\b", f"{said.group('new')} {said.group('old')}", re.I) or len(said.group("new").split()) > 4:
        return False  # ("it should say Rehearsal not Practice", "i meant a wolf not a fox": other readings)
    old, new = said.group("old").strip(), said.group("new").strip()
    pattern = re.compile(r"\b" + re.escape(old) + r"\b", re.I)
    if len(new.split()) > 1:  # "white marble" for "black velvet": the old one's colour goes with it
        pattern = re.compile(r"\b(?:(?:" + "|".join(c for c in lexicon.COLOURS if " " not in c) + r")\s+)?" + re.escape(old) +
                             r"\b", re.I)
    scene = plan.scene
    slots = [slot for slot in ("time", "weather", "lighting", "colour", "style") if pattern.search(getattr(scene, slot))]
    if not (pattern.search(scene.subject) or any(pattern.search(d) for d in scene.details) or slots):
        return False
    scene.subject = pattern.sub(new, scene.subject)
    scene.details = [pattern.sub(new, d) for d in scene.details]
    for slot in slots:
        setattr(scene, slot, pattern.sub(new, getattr(scene, slot)))
    scene.negatives = [n for n in scene.negatives if not re.search(r"\b" + re.escape(new) + r"\b", n, re.I)] + [old]
    plan.record("replace", f"{new} instead of {old}", f"with {new} instead of {old}")
    return True


def _colour_instead(plan: EditPlan, clause: str, low: str) -> bool:
    """"try orange instead" after "make the sky green": the green sky becomes an orange sky (the newest coloured part
    of the picture's words), not an orange palette on top of it."""
    match = _COLOUR_INSTEAD.match(clause.strip())
    colour = (match.group("colour") or match.group("colour2")) if match else None
    if not colour or not is_colour(colour):
        return False
    for detail in reversed(plan.scene.details):
        coloured = re.fullmatch(r"(?P<colour>(?:[\w-]+\s+)?[\w-]+)\s+(?P<part>[\w'-]+)", detail.strip())
        if coloured and is_colour(coloured.group("colour")) and not is_colour(coloured.group("part")):
            return _colour_recoloured(plan, f"{coloured.group('colour')} {coloured.group('part')}", colour) \
                if " " not in coloured.group("colour") else False
    return False


# "change it to the Scottish Highlands" of a picture "in Cornwall": a place by its name, for the one named
_TO_A_NAMED_PLACE = re.compile(r"^(?:change|switch|move|set|take|make)\s+(?:it|this|everything|the\s+(?:place|location|"
                               r"setting|scene|background))\s+(?:to|into)\s+(?P<p>(?:the\s+)?[A-Z][\w'-]+"
                               r"(?:\s+[A-Z][\w'-]+){0,3})[\s.!]*$")


def _named_place(plan: EditPlan, clause: str, low: str) -> bool:
    said = _TO_A_NAMED_PLACE.match(clause.strip())
    return bool(said) and named_place_swapped(plan, said.group("p"), "in")


_CLAUSE_RULES = (_calm, other_look, new_theme, verb_look, restore, fix_anatomy, fix_spelling, reposition, change_value, swap_lettering_word,
                 two_places, swap_places, only_keep, many_of_it, feel, label, dressed, lettering, _gender, _same_act_new_object, _posture_swapped, _needs, _keep, _dislike, _coloured_subject, _made_of, _gesture, _one_of_them, _them_become, _switch,
                 _shaped_version, _quality, _how_many, _comparative, _tone, _too_much, _people, _pose, _posed_part, _less, _rename, _text,
                 _write, _label, _named_place, _move, _zoom, _remove, _replace, _word_swapped, _change_part, _give, _whole, _they_have, _add, _use, _slot)


_NEW_THING_INSTEAD = re.compile(r"^(?:(?:but|with|just|maybe|now|(?:make|turn|change)\s+(?:it|this|them|him|her)(?:\s+into)?|"
                                r"(?:(?:can|could)\s+)?(?:it|this|they|that)\s+be)\s+)*(?P<new>(?:an?|some|one|two|three|four|five|"
                                r"\d+)\s.+|(?!(?:put|add|place|make|give|draw|use|have|get|try|show|do|bring|stick|throw)\b)"
                                r"(?:[a-z][\w'-]*\s+){0,2}[a-z][\w'-]*[^su\W]s)(?:\s+instead)?$", re.I)  # ("cats instead")


def _instead_of_subject(plan: EditPlan, clause: str, raw: str) -> bool:
    """"(one more) with 3 frogs on lily pads instead": a new thing, no old one named, takes the subject's place."""
    match = _NEW_THING_INSTEAD.match(clause.strip()) if re.search(r"\binstead\b(?!\s+of\b)", raw, re.I) and \
        "remove" not in plan.kinds else None  # ("remove the bananas and put grapes instead": in the bananas' place)
    head = subject_head(plan.scene.subject) if match else None
    if not head or classify_phrase(match.group("new")):
        return False
    last = match.group("new").split()[-1]
    subject_np = find_np(plan.scene.subject, head)  # "a blue mana potion instead" of "a red health potion bottle": the
    same_kind = bool(subject_np) and re.search(r"\b" + re.escape(last) + r"\b", subject_np.group(0), re.I)  # same kind
    if plan.scene.mentions(last) and not same_kind:
        return False
    if not _who_as(plan, head, match.group("new")):  # "make her an elf instead" of a bard: an elf bard
        replace_thing(plan, head, match.group("new"))
        if same_kind:  # the old one's head is no thing to keep out ("bottle" of the potion)
            plan.scene.negatives = [n for n in plan.scene.negatives if n.lower() != head.lower()]
    return True


_NAMED = re.compile(r"^(?P<verb>make|have|let|get)\s+(?P<name>[A-Z][\w'-]+)\s+(?=\w)")


def _named_as_the(plan: EditPlan, clause: str) -> str:
    """"make Pepper look happier" (Pepper named in the picture's words) -> "make the Pepper look happier"."""
    match = _NAMED.match(clause.strip())
    if not match or not re.search(r"\b" + re.escape(match.group("name")) + r"\b", plan.scene.subject, re.I):
        return clause
    return f"{match.group('verb')} the {match.group('name')} {clause.strip()[match.end():]}"


# "try the sofa in velvet green", "could we have the walls in a warm beige": that part, in that look
TRIED_IN = re.compile(r"^(?:(?:can|could|may)\s+(?:we|i|you|u)\s+)?(?:try|do|have|see|show|get)\s+(?P<x>(?:the|his|her|its|their)\s+"
                       r"[\w'-]+(?:\s+[\w'-]+)?)\s+in\s+(?:an?\s+)?(?P<y>[\w'-]+(?:\s+[\w'-]+){0,2}?)(?:\s+instead)?[\s?.!]*$", re.I)


def tried_in(clause: str) -> str:
    tried = TRIED_IN.match(clause.strip())
    look = tried.group("y") if tried else ""
    if not tried or not (is_colour(look) or is_colour(look.split()[-1]) or is_part_modifier(look)):
        return clause
    return f"make {tried.group('x')} {look}"


_PLANETS = {"mars", "venus", "jupiter", "saturn", "mercury", "neptune", "uranus", "pluto", "moon", "earth", "space"}


# "i showed my sister and she loved it but she thinks the roof should be blue": what someone thinks should change
_STORY_THEN_SAYS = re.compile(r"^.*?\b(?:but|and|so)\s+(?=(?:she|he|they|my\s+[\w'-]+|our\s+[\w'-]+|the\s+(?:client|boss|kids?|"
                              r"customer))\s+" + SAYS + r"\b)", re.I)


def _their_change(clause: str) -> str:
    """"… she loved it but she thinks the roof should be blue" -> "the roof should be blue": the change someone wants."""
    clause = _STORY_THEN_SAYS.sub("", clause.strip(), count=1)
    return CORRECTION.sub("", clause, count=1).strip() or clause


# what is wrong with a thing ("the straw looks weird"): after "no straw" it says why the straw goes, not what to draw
_LOOKS_WRONG = re.compile(r"^(?:(?:and|because|cause|cuz|since|as)\s+)?(?:the|that|this|those|these)\s+(?P<thing>[\w'-]+)\s+"
                          r"(?:looks?|seems?|is|are|was|were)\s+(?:so\s+|really\s+|kinda\s+|a\s+bit\s+|just\s+|too\s+)?"
                          r"(?:weird|odd|off|wrong|strange|ugly|bad|creepy|funny|awful|terrible|silly|fake|messy|distracting|"
                          r"out\s+of\s+place|cheesy|tacky)(?:\s+(?:lol|haha+|tbh))?[\s.!]*$", re.I)


def _why_it_goes(plan: EditPlan, clause: str) -> bool:
    """"no straw pls, the straw looks weird": the second clause is why the straw goes (it is already left out)."""
    wrong = _LOOKS_WRONG.match(clause.strip())
    thing = wrong.group("thing").lower() if wrong else ""
    return bool(thing) and any(re.search(r"\b" + re.escape(thing.rstrip("s")), n, re.I) for n in plan.scene.negatives)


_WOULD_BE_BETTER = re.compile(r"\s+(?:would|will|might|could|'d)\s+(?:be|look|work)\s+(?:so\s+much\s+|much\s+|way\s+)?(?:better|"
                              r"nicer|best|cuter|good|great)(?:\s+(?:there|instead))?[\s.!]*$", re.I)


def _colour_for_colour(plan: EditPlan, new: str, old: str) -> bool:
    """A colour in another's place, the old one's compound with it ("sage green" -> "navy")."""
    new = re.sub(r"^(?:make|turn|paint|colou?r|do)\s+(?:it|them|this|those|these)\s+(?:in\s+)?", "", new, flags=re.I)
    if not (new and old and is_colour(new) and is_colour(old)):
        return False
    run = re.compile(r"\b" + re.escape(old) + r"(?:[\s-]+(?:" + "|".join(map(re.escape, lexicon.COLOURS)) + r")(?![\w-]))?", re.I)
    parts = [plan.scene.subject, *plan.scene.details]
    if not any(run.search(p) for p in parts):
        return False
    plan.scene.subject = run.sub(new, plan.scene.subject)
    plan.scene.details = [run.sub(new, d) for d in plan.scene.details]
    plan.record("recolor", f"{new} instead of {old}", f"in {new} instead of {old}")
    return True


def _in_its_place(plan: EditPlan, clause: str, raw: str, old: str) -> bool:
    """A new place, subject or colour said in the old one's place ("now on mars", "what if it was in a jungle instead",
    "(one more) with frogs instead", "silver instead", "a dog instead of the cat"); False for other clauses."""
    instead = bool(re.search(r"\binstead\b", raw, re.I))
    named = re.match(r"^(?:(?:now|then|and|but|maybe|try)\s+)*(?P<y>[a-z][\w' .-]*?)(?:\s+(?:instead|please|pls))*[\s.!]*$",
                     clause.strip(), re.I)
    if named and is_place_name(named.group("y")):  # "now paris instead": the picture set there
        move_setting(plan, named.group("y"), "in")
        return True
    bare_place = re.match(r"^(?:(?:now|then|and|but)\s+)?(?P<prep>on|in|at|inside|under|underwater\s+in)\s+(?P<y>(?:the\s+|a\s+|an\s+)?"
                          r"[\w'-]+(?:\s+[\w'-]+){0,2})$", clause.strip(), re.I)
    if bare_place and not classify_phrase(bare_place.group("y")) and (
            bare_place.group("y").split()[-1].lower() in lexicon.PLACE_NOUNS | _PLANETS or (
            instead and has_place(plan.scene))):  # ("in a bathtub instead": the new place)
        move_setting(plan, bare_place.group("y"), bare_place.group("prep"))  # "now on mars": the moon is left behind
        return True
    place = place_phrase(clause) if instead and has_place(plan.scene) else None
    if place and not _RE_REMOVE.match(clause):  # "what if it was in a jungle instead": the place is replaced
        move_setting(plan, place[1], place[0])
        return True
    if not old and instead and _same_act_new_object(plan, clause, clause.lower()):
        return True  # "make them play checkers instead": the same act, on a new thing
    if not old and _instead_of_subject(plan, clause, raw):
        return True
    if not old and instead and is_colour(clause.strip(" .!")) and (_head_has_colour(plan.scene.subject.split(",")[0]) or
                                                                   later_part_colour(plan.scene.subject)):
        # "silver instead" of "a medal, gold": the subject's colour
        recolor_subject(plan, clause.strip(" .!"))
        return True
    if old and _colour_for_colour(plan, clause.strip(" .!"), clean_modifier(old)):
        return True  # "navy instead of sage" of "sage green cabinets": navy cabinets
    if old and re.match(r"^(?:(?:an?|some|two|three|\d+)\s+)?[\w'-]+(?:\s+[\w'-]+)?$", clause.strip(), re.I) and \
            find_np(plan.scene.subject, clean_modifier(old)):  # "a dog instead of the cat": the dog in the cat's place
        replace_thing(plan, clean_modifier(old), clause.strip())
        return True
    return False


# a hair colour said alone ("better blond", "brunette instead"; "mejor rubia" read word by word)
_HAIR_ALONE = re.compile(r"^(?:(?:better|rather|preferably|maybe|now|no|actually)[,\s]+)*(?:make\s+(?:it|her|him)\s+)?"
                         r"(?P<hair>blonde?|brunette|redhead(?:ed)?|ginger|"
                         r"auburn|platinum\s+blonde?|(?:grey|gray|silver|dark|black|white|red)-haired)(?:\s+(?:instead|please|pls|"
                         r"then))*[\s.!]*$", re.I)


def _hair_recoloured(plan: EditPlan, clause: str) -> bool:
    """"better blond" of "a woman with long red hair": "long blond hair" (a word for her hair's colour replaced, any
    other kept)."""
    hair = _HAIR_ALONE.match(clause.strip()) if re.search(r"\b[\w-]+\s+hair\b", plan.scene.subject, re.I) else None
    if not hair:
        return False
    colour = re.sub(r"-haired$|headed$|head$", "", hair.group("hair").lower())

    def recoloured(match: re.Match) -> str:
        said = match.group("w")
        return colour if is_colour(said) or said.lower() == "ginger" else f"{said} {colour}"  # (blond, auburn … are colours)

    plan.scene.subject = re.sub(r"\b(?P<w>[\w-]+)(?=\s+hair\b)", recoloured, plan.scene.subject, count=1, flags=re.I)
    plan.record("recolor", f"{colour} hair", f"with {colour} hair")
    return True


def _apply_clause(plan: EditPlan, clause: str) -> None:
    if _hair_recoloured(plan, clause):
        return
    clause = _WOULD_BE_BETTER.sub("", _their_change(clause))  # "chocolate chips would be better": chocolate chips
    clause = re.sub(r"^(?:(?:and|but|so)\s+)?(?:honestly|tbh|to\s+be\s+honest|frankly|imo|personally)[,\s]+", "", clause,
                    flags=re.I)
    clause = re.sub(r"^\s*(?:what|how)\s+about\s+(?:him|her|them|it)\s+(?=(?:in|on|at|under|inside|by|near)\s)", "", clause,
                    flags=re.I)  # "what about them in a bathtub instead": them, there
    clause = re.sub(r"^\s*(?:what|how)\s+about\s+(?=\S+\s+instead\s+of\b)", "", clause, flags=re.I)  # "what about navy
    # instead of sage": navy there
    raw = clause
    if _aside(plan, FILLER.sub("", clause.strip(), count=1), clause):
        return
    clause = _request_words_off(clause)
    if not clause or _EMPTY_CLAUSE.fullmatch(clause) or _REMNANT.fullmatch(clause) or is_social(clause):
        return
    if _aside(plan, clause, clause) or _purpose(plan, clause):
        return
    clause, old = split_instead(clause)
    if not clause or (is_commentary(clause) and critique(clause) is None) or _why_it_goes(plan, clause):
        return
    if _in_its_place(plan, clause, raw, old):
        return
    clause = tried_in(_named_as_the(plan, clause))
    low = clause.lower()
    if not any(rule(plan, clause, low) for rule in _CLAUSE_RULES) and raw.strip():
        add_thing(plan, clause)  # nothing recognised: the words are an addition to the picture
    if old:
        drop_old_value(plan, old)





# strength per kind of change for img2img edits (how much of the picture may move)
STRENGTH = {"quality": 0.35, "colour": 0.5, "lighting": 0.5, "time": 0.55, "weather": 0.55, "add": 0.5,
            "detail": 0.5, "recolor": 0.5, "replace": 0.6, "remove": 0.6, "framing": 0.65, "style": 0.65,
            "aspect": 0.5}
IMG2IMG_KINDS = {"add", "detail", "quality"}


def choose_method(plan: EditPlan) -> None:
    """Same-seed re-render for global changes, img2img where the picture must be kept, resize for a new shape."""
    kinds = set(plan.kinds)
    if kinds == {"aspect"}:
        plan.method = EditMethod.RESIZE
    elif kinds & IMG2IMG_KINDS and not kinds - IMG2IMG_KINDS - {"aspect"}:
        plan.method = EditMethod.IMG2IMG
        plan.strength = max(STRENGTH.get(k, 0.5) for k in kinds)
    else:
        plan.method = EditMethod.REPROMPT
    if plan.method is not EditMethod.IMG2IMG:
        plan.strength = None


def upload_strength(plan: EditPlan) -> float:
    """Edits of an uploaded photo are always img2img: strength by the size of the change."""
    return max((STRENGTH.get(k, 0.55) for k in plan.kinds), default=0.55)
