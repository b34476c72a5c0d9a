"""A drawing request -> a scene: the wrapper ("can you draw me") stripped, style, negatives, count, aspect.

    .venv/bin/python -c "from chat.words.request import parse_request; print(parse_request('please draw a fox, no people'))"
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from chat.words import lexicon
from chat.words.counts import extract_count
from chat.words.detail import subject_detail
from chat.words.keep import keep_user_words
from chat.words.negatives import extract_negatives
from chat.words.normalize import (FILLER, FRAME_PURPOSE, HEDGE, SOMETHING_ELSE, alternatives, START_OVER, TRAIL,
                                  self_corrected, strip_lead_talk, strip_trailing_talk, words_pattern)
from chat.words.scene import Scene, protect_quotes, quote_lettering, restore_quotes, tidy
from chat.words.remarks import INSTEAD_OF
from chat.words.sizes import aspect_from_text, without_format_fragment
from chat.words.slots import classify_phrase
from chat.words.typos import fix_prompt_typos

_NEW_TOPIC = re.compile(
    r"^(?:(?:let'?s\s+(?:do|try|draw|make|have)\s+)?" + SOMETHING_ELSE + r"|(?:(?:let'?s\s+)?try\s+)?(?:a\s+)?(?:(?:completely|totally|"
    r"entirely)\s+)?(?:new|different|fresh)\s+" + words_pattern(lexicon.NEW_SCENE_NOUNS) + r"|(?:let'?s\s+)?(?:" + START_OVER +
    r")|change\s+of\s+topic|(?:idk|dunno|i\s+don'?t\s+know|not\s+sure|no\s+idea)(?=\s*[,.:;!-]))\s*"
    r"(?:[:,.;!\-–—]+\s*|\s+(?:now\s+)?)(?:(?:like|instead|please|now|with)\b\s*[:,]?\s*)?",
    re.I,
)
ASK = re.compile(
    r"""
    ^(?:(?:(?:can|could|would|will)\s+(?:you|u|ya)|(?:i\s+(?:was\s+)?|i'?m\s+|i\s+am\s+)wonder(?:ing|ed)?\s+(?:if|whether)\s+
     (?:you|u)\s+(?:can|could|would|might|will))\s+(?:(?:please|maybe|kindly|also|now|just|possibly|perhaps)\s+){0,2}
     (?:be\s+so\s+kind\s+as\s+to\s+|be\s+able\s+to\s+)?
    |(?:can|could|would)\s+(?:it|this|that|they)\s+(?:please\s+)?be\s+(?=without\b|with\s+(?:no|fewer|less|more)\b)
    |(?:is|would|will)\s+(?:it\s+)?(?:be\s+)?possible\s+(?:for\s+(?:you|u)\s+)?(?:to|that\s+you)\s+(?:(?:get|have|see)\s+(?=(?:an?|some|one|two|three|\d+)\s))?
    |(?:please\s+)?(?:you|u)\s+(?:can\s+|could\s+|will\s+)?(?:to\s+)?(?:please\s+)?(?=(?:make|draw|paint|create|do|show)\b)
    |(?:i|we)(?:'d|(?<=i)d|\s+would|\s+d|\s+""" + HEDGE + r""")?\s+(?:really\s+)?(?:like|love|wanted|want|wanna|needed|need|was\s+hoping)\s+(?:you\s+to\s+|that\s+you\s+|to\s+(?:see|have|get|make|create|draw|generate)\s+|for\s+)?(?:(?:like|maybe)[,\s]+)*
    |(?:need|want|wanna)\s+(?!(?:to|you|u|it|this|that|help|advice|more|some\s+help|a\s+hand)\b)
    |""" + lexicon.ASKER_WANTS.pattern.replace(" ", r"\ ") + r"""
    |(?:(?:i'?m|i\s+am|we'?re|we\s+are)\s+)?looking\s+for\s+
    |(?:i'?m|i\s+am|we'?re|we\s+are)\s+(?:making|creating|designing|working\s+on|putting\s+together|preparing)\s+(?=(?:an?|some|the|my|our)\s)
    |(?:it|that)(?:'d|\s+would|\s+will)\s+be\s+(?:so\s+|really\s+|super\s+)?(?:great|nice|lovely|awesome|amazing|perfect|cool|fun|wonderful|fantastic|ideal)\s+(?:to\s+(?:have|see|get)|if\s+(?:you|u)\s+(?:could|can)\s+(?:draw|make|paint|create|do))\s+
    |(?:(?:do\s+)?(?:you|u)\s+(?:think|reckon)|think|reckon|is\s+there\s+any\s+way|any\s+way)\s+(?:you|u)\s+(?:could|can|might|would)\s+(?:maybe\s+|please\s+)?
    |(?:(?:would|do)\s+you\s+)?mind\s+(?:making|drawing|doing|creating|painting|sketching)\s+(?:me\s+|us\s+)?
    |(?:i'?m|i\s+am|i\s+was|we'?re|we\s+were)\s+(?:kind\s+of\s+|kinda\s+|sort\s+of\s+)?(?:thinking(?:\s+(?:of|about))?|picturing|imagining|envisioning)
     (?:\s+(?:making|doing|drawing|getting|having|something\s+like))?\s+(?=(?:a|an|some|one|two|three|\d+|something)\b)
    |(?:please\s+)?(?:give|show|get|bring|send)\s+(?:me|us)\s+
    |let\s+me\s+(?:see|have|get)\s+
    |let'?s\s+(?:see|have|get|try|do)\s+|how\s+about\s+
    |(?:let'?s|i'?ll|we'?ll|i\s+will|we\s+will)\s+go\s+with\s+
    |what\s+about\s+
    |can\s+i\s+(?:get|have|see)\s+
    |may\s+i\s+(?:have|see|get)\s+|i'?d\s+love\s+|time\s+for\s+)
    """,
    re.I | re.X,
)
_PLAIN_ADJECTIVES = frozenset("quick simple nice cool beautiful pretty new little small big great good fun lovely "
                              "awesome amazing still static normal regular single plain".split())  # they say nothing of the kind of picture
_PLAIN = "|".join(sorted(_PLAIN_ADJECTIVES))
_DRAW = re.compile(
    r"^(?:let'?s\s+)?(?P<verb>" + alternatives(lexicon.DRAW_VERBS + ("show", "do")) + r")\s+(?:me\s+|us\s+|for\s+me\s+|"
    r"up\s+)?(?:(?:(?:a|an|one|some)\s+)?(?:" + _PLAIN + r"|detailed|high[\s-]quality)?\s*(?:image|picture|pic)\s+(?:of|showing|"
    r"depicting|with)\s+)?",
    re.I,
)
_FRAME = re.compile(
    r"^(?P<art>(?:a|an|one|the|some)\s+)?(?P<adj>(?:(?:" + _PLAIN + r"|detailed|high[\s-]quality|realistic|photorealistic|"
    r"stylized|[\w-]+(?:\s+[\w-]+)?)\s+)?)"
    r"(?P<noun>picture|image|pic|photo|photograph|illustration|drawing|painting|artwork|render|rendering|sketch|"
    r"graphic|visual|piece\s+of\s+art|digital\s+art|art|shot|snapshot)" + FRAME_PURPOSE +
    r"?\s+(?:of|showing|depicting|featuring|that\s+shows|:)\s+",
    re.I,
)
_SCREEN_FRAME = re.compile(
    r"^(?:(?:a|an|the|some|one)\s+)?(?:(?:new|cool|nice|simple|minimal|minimalist)\s+)?(?:(?:phone|iphone|android|mobile|desktop|"
    r"laptop|pc|computer|monitor|tablet|ipad|lock\s*screen|home\s*screen)\s+(?:background\s+)?|(?=wallpaper|screensaver|lock\s*screen))"
    r"(?:wallpaper|background|screensaver|lock\s*screen)(?:\s+for\s+(?:my|our|the|a|an)\s+(?:[\w'-]+\s+)?(?:phone|iphone|android|desktop|laptop|"
    r"pc|computer|monitor|tablet|ipad|mac|macbook|screen|lock\s*screen|home\s*screen)(?:\s+[\w'-]+)?)?\s+(?:of|with|showing|"
    r"featuring|that\s+shows|:)\s+", re.I)
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
                 "digital art": "digital art", "artwork": "artwork", "art": "art", "shot": "photo", "snapshot": "photo"}



@dataclass
class ParsedRequest:
    """What a drawing request says, before any detail is added."""

    scene: Scene
    count: int = 1
    aspect: Optional[str] = None  # 'wide' | 'tall' | 'square'
    plain: str = ""  # the user's words minus negatives, as typed (the prompt when rewriting is off)
    typos: list = field(default_factory=list)  # (typed, fixed) words corrected in the scene ("montain" -> "mountain")



_FOR_A_PURPOSE = re.compile(r"^(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?P<kind>illustration|picture|image|drawing|painting|sketch|photo|"
                            r"visual|graphic)\s+for\s+(?:a|an|my|our|the|his|her)\s+(?:[\w'-]+\s+){0,3}?[\w'-]+\s*(?::\s*|,\s*"
                            r"(?:maybe|perhaps|probably|ideally|like|something\s+like|i'?m\s+thinking|thinking)[,\s]+)(?=\S)", re.I)
# ("an image for a waiting room poster, maybe a lake at dawn": what follows "maybe" is the picture)


_WHAT_IT_LOOKS_LIKE = re.compile(r"^what\s+(?:(?P<x>(?:an?|the|some|two|three|\d+)\s.+?)\s+(?:would|might|could|will)|"
                                 r"(?:would|might|could|will)\s+(?P<x2>(?:an?|the|some|two|three|\d+)\s.+?))\s+look\s+like(?P<rest>\b.*)$",
                                 re.I)


# words said while thinking aloud, no part of the picture: "so basically i want like a cabin, you know, with smoke"
_THINKING_ALOUD = re.compile(r"\b(?:basically|literally)\s+|,?\s*\byou\s+know\b,?|[,\s]+(?:that'?s|thats|that\s+is)\s+(?:it|all)"
                             r"(?:\s+really)?[\s.!]*$", re.I)
_LIKE_BEFORE_A_THING = re.compile(r"\b(?P<lead>want|and|maybe|with|of)\s+like\s+(?=(?:an?|some|two|three|four|\d+)\s)", re.I)


def _spoken_fillers_off(text: str) -> str:
    """"i want like a cozy cabin you know with smoke … thats it" -> "i want a cozy cabin with smoke …"."""
    return re.sub(r"\s{2,}", " ", _LIKE_BEFORE_A_THING.sub(r"\g<lead> ", _THINKING_ALOUD.sub(" ", text))).strip()


def strip_wrapper(text: str) -> tuple[str, str]:
    """Strip the request wrapper; return (content, medium hint from the verb or frame noun)."""
    medium = ""
    text = _spoken_fillers_off(text)
    previous = None
    while text != previous:
        previous = text
        for pattern in (FILLER, _NEW_TOPIC, ASK):
            text = pattern.sub("", text, count=1)
        text, medium = _frames_off(text, medium)
        text = _colon_leads_off(text)
        looks = _WHAT_IT_LOOKS_LIKE.match(text)  # "what a garden arch would look like, with a bench": the arch, and the bench
        if looks:
            text = f"{looks.group('x') or looks.group('x2')}{looks.group('rest')}"
        framed = _FOR_A_PURPOSE.match(text)  # "an illustration for a kids book: a bear and a rabbit …"
        if framed:
            kind = framed.group("kind").lower()
            medium = medium or ("" if kind in ("picture", "image", "pic", "one") else kind)  # a plain picture says no medium
            text = text[framed.end():]
        # "i'd love one of a robin": one picture of it (not "one of the cats", a pick among many)
        text = re.sub(r"^one\s+of\s+(?=(?:an?|my|our|his|her|their|this|that|some)\s|the\s+(?![\w'-]+s\b))", "", text,
                      flags=re.I)
    return tidy(_vague_leads_off(TRAIL.sub("", text))), medium


def _frames_off(text: str, medium: str) -> tuple[str, str]:
    """"draw me …", "a product shot of …", "a wallpaper for my iphone with …": the frame off, its medium kept."""
    match = _DRAW.match(text)
    if match and len(text) > match.end():
        medium = _VERB_MEDIUM.get(match.group("verb").lower(), medium)
        text = text[match.end():]
    match = _FRAME.match(text)
    if match and len(text) > match.end():
        adjectives = (match.group("adj") or "").strip()
        noun = re.sub(r"\s+", " ", match.group("noun").lower())
        if noun in _FRAME_MEDIUM:  # "a product shot of": that kind of picture; "a quick shot of": a photo
            plain = not adjectives or adjectives.lower() in _PLAIN_ADJECTIVES
            medium = _FRAME_MEDIUM[noun] if plain else f"{adjectives} {match.group('noun')}"
            text = text[match.end():]
        elif not adjectives or adjectives.lower() in _PLAIN_ADJECTIVES or match.group(0).rstrip().endswith(":"):  # "a
            # reference pic for my cosplay: …", "a still picture of it"
            text = text[match.end():]
    match = _SCREEN_FRAME.match(text)
    if match and len(text) > match.end():  # "a wallpaper for my iphone with a mountain": the shape is said elsewhere
        text = text[match.end():]
    return text, medium


def _colon_leads_off(text: str) -> str:
    """"of: …", "Picture this: …", "travel blog header: santorini …", "some concept art: dusty shelves …": what
    follows the lead is the picture (a medium named before the colon goes after it)."""
    text = re.sub(r"^(?:of|:|-)\s+", "", text.strip(), flags=re.I)
    text = re.sub(r"^(?:an?\s+|the\s+)?(?:picture|image|photo|drawing|pic)\s+(?:where|in\s+which)\s+(?:there\s+)?(?:is|are)\s+"
                  r"(?=\S)", "", text, flags=re.I)  # "make picture where is cat sitting on roof": a learner's "of"
    # "let's go with gouache then: a bunch of carrots …": the picture, in that medium
    text = re.sub(r"^(?:(?:let'?s|we'?ll|i'?ll)\s+go\s+with\s+)?(?P<art>[\w' -]{2,30}?)(?:\s+then)?\s*:\s*(?P<rest>\S.*)$",
                  lambda m: f"{m.group('rest').rstrip(' .!')}, {m.group('art')}" if m.group("art").lower().strip() in
                  lexicon.STYLE_TERMS else m.group(0), text, flags=re.I)
    # "some concept art: dusty shelves …": the picture, in that medium
    text = re.sub(r"^(?:some\s+|an?\s+|the\s+)?(?P<art>(?:concept|fan|pixel|line|digital|vector|clip)\s+art|(?:an?\s+)?"
                  r"(?:oil\s+painting|watercolou?r|pencil\s+sketch|charcoal\s+drawing))\s*:\s*(?P<rest>\S.*)$",
                  lambda m: f"{m.group('rest').rstrip(' .!')}, {m.group('art')}", text, flags=re.I)
    # "the first page: Pip in his burrow": what follows the colon is the picture
    text = re.sub(r"^(?:the\s+|a\s+|an\s+|my\s+|our\s+)?(?:[\w-]+\s+){0,2}(?:page|cover|panel|spread|slide|scene|illustration|"
                  r"chapter\s+header|header|banner|thumbnail|background|wallpaper|poster|post|flyer|card|image|picture|"
                  r"photo|pic|idea)\s*:\s*(?=\S)", "", text, flags=re.I)  # "travel blog header: santorini …"
    text = re.sub(r"^for\s+(?:my|our|the|a|an)\s+[\w' -]{1,40}?,?\s+(?=(?:i|we)\s+(?:need|want|'d\s+like|would\s+like|"
                  r"'d\s+love|would\s+love|am\s+looking\s+for|'m\s+looking\s+for)\b)", "", text,
                  flags=re.I)  # "for my architecture class i need a concept render of …": the render
    text = re.sub(r"^(?:(?:picture|imagine)\s+this\s*[:,.\-–—]+|this\s*:)\s*(?=\S)|^for\s+(?:my|our|the|a|an)\s+[\w' -]{1,30}?\s*:\s*(?=\S)", "",
                  text, flags=re.I)  # "Picture this: a girl …", "for our school newsletter: kids planting trees"
    return text


def _vague_leads_off(text: str) -> str:
    """"an example, like …", "the elephant one", "maybe like a beach", "something with mountains maybe", "something for
    our wedding invitations": the thing itself."""
    text = re.sub(r"^(?:an?\s+|one\s+)?(?:example|idea|sample|mock-?up|mockup)\s*,?\s+(?:like|of|with|showing)\s+(?=\S)", "", text.strip(),
                  flags=re.I)  # "an example, like a table setting": the table setting
    text = re.sub(r"^(?:the|that)\s+(?P<x>[\w'-]+(?:\s+[\w'-]+)?)\s+one[.!]*$", r"the \g<x>", text.strip(),
                  flags=re.I)  # "let's go with the elephant one": the elephant
    text = re.sub(r"^(?:(?:maybe|perhaps)\s+)?(?:something\s+)?like\s+(?=(?:an?|the|some|two|three|four|\d+)\s)", "", text.strip(),
                  flags=re.I)  # "maybe like a beach at sunset": the beach at sunset
    text = re.sub(r"^something\s+(?:with|about|involving|featuring|showing)\s+(?=\S)|[,\s]+(?:maybe|perhaps)\s*\??$", "",
                  text.strip(), flags=re.I)  # "something with mountains maybe": mountains
    something = lexicon.SOMETHING_FOR_A_FORMAT.match(text.strip())
    tail = text.strip()[something.end():] if something else ""
    if something and re.fullmatch(r"(?:,\s.*)?[.!]*", tail):  # "something for our wedding invitations": one of them
        text = "a " + lexicon.one_of_a_format(something.group("x")) + tail.rstrip(".!")
    return text


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


def _plain(text: str) -> tuple[str, list[str], str]:
    """(protected text minus negatives, quotes, the user's words minus negatives as typed)."""
    protected, quotes = protect_quotes(strip_trailing_talk(strip_lead_talk(text.strip())))
    protected, negatives = extract_negatives(re.sub(r"\s+", " ", protected))
    return protected, quotes, restore_quotes(protected, quotes)


# "a card for my mum she likes roses and her favourite colour is lilac": what the person likes goes in the picture
_LIKES = re.compile(r"(?:[,;]\s?|\s|^)(?:and\s+|because\s+|as\s+)?(?:she|he|they|(?:my|our)\s+[\w'-]+)\s+(?:really\s+|absolutely\s+|just\s+)?"
                    r"(?:likes?|loves?|adores?|is\s+(?:really\s+)?into|(?:is|are)\s+(?:obsessed\s+with|crazy\s+about|mad\s+about))\s+"
                    r"(?P<x>[^,.;!?]+?)(?=\s*(?:[,.;!?]|\s+and\s+(?:her|his|their|my|she|he|they)\b|$))", re.I)
_FAVOURITE_COLOUR = re.compile(r"(?:[,;]\s?|\s|^)(?:and\s+)?(?:her|his|their|my|our)\s+(?:fav(?:ou?rite)?|fave)\s+colou?rs?\s+"
                               r"(?:is|are)\s+(?P<c>[\w-]+(?:\s[\w-]+){0,2}?)(?=\s?(?:[,.;!?]|$))", re.I)


def likes_in_picture(text: str) -> str:
    """"… for my mum she likes roses and butterflies and her favourite colour is lilac" -> "… for my mum with roses
    and butterflies, in lilac tones": what someone likes is drawn; the clause about them is not (quoted text stays)."""
    text, quotes = protect_quotes(re.sub(r"\s+", " ", text))
    return restore_quotes(_likes_drawn(text), quotes)


def _likes_drawn(text: str) -> str:
    likes = _LIKES.search(text)
    if likes and any(w.lower() not in lexicon.STOPWORDS for w in re.findall(r"[A-Za-z][\w'-]*", likes.group("x"))) \
            and not re.match(r"(?:it|this|that|them|you|to\s+\w+)\b", likes.group("x"), re.I):
        before = text[:likes.start()].lower()
        said = all(re.search(r"\b" + re.escape(w.lower().rstrip("s")), before) for w in re.findall(r"[A-Za-z][\w'-]*",
                   likes.group("x")) if w.lower() not in lexicon.STOPWORDS)  # "a tractor …, he loves tractors"
        text = f"{text[:likes.start()]}{'' if said else ' with ' + likes.group('x')}{text[likes.end():]}"
    colour = _FAVOURITE_COLOUR.search(text)
    if colour and colour.start() > 0 and not re.search(r"[.!?]\s?$", text[:colour.start()]):
        text = f"{text[:colour.start()].rstrip(' ,;')}, in {colour.group('c').strip()} tones{text[colour.end():]}"
    return text


# a description said in short sentences ("a poster. It should have a lighthouse. The sky should be purple."), joined
# as one picture's words ("a poster with a lighthouse, the sky stormy and purple")
_SENTENCE_JOINS = (
    (re.compile(r"^(?P<first>[^.!?;]+)[.!;]\s+(?:it|this|that)\s+(?:should\s+(?:have|include)|has(?!\s+to\b)|needs(?!\s+to\b))\s+"
                r"(?=(?:an?|some|two|three|\d+|lots|many|the)\b)", re.I), r"\g<first> with "),  # the first thing's, only
    (re.compile(r"[.!?;]\s+(?:and\s+)?(?:it|he|she|they)(?:'s|'re|\s+is|\s+are)\s+", re.I), ", "),
    (re.compile(r"[.!;]\s+the\s+(?P<x>[\w'-]+(?:\s+[\w'-]+)?)\s+(?:should|must|needs\s+to|has\s+to)\s+be\s+", re.I), r", the \g<x> "),
    (re.compile(r"[.!;]\s+(?:but|and|so)\s+", re.I), ", "),
    (re.compile(r"(?:(?<=^)|(?<=[.!;,]\s))like,\s*", re.I), ""),
    (re.compile(r"(?<=[a-z]{3})[.!;]\s+(?=[a-z])"), ", "),  # not after "p.m.", "St.", "e.g.", "vs.", "1."
)


def joined_sentences(text: str) -> str:
    """"a dragon. but tiny. like, sitting on a teacup" -> "a dragon, tiny, sitting on a teacup": short sentences of one
    description as one phrase (a message of real sentences keeps its words; only the joins change)."""
    for pattern, join in _SENTENCE_JOINS:
        text = pattern.sub(join, text)
    return text.rstrip(". ")


# "a cardinal on a branch to put on my Christmas cards", "… so I can print it for her room": what it is for
_PURPOSE_TAIL = re.compile(r"(?<=\w)\s*,?\s+(?:to|so\s+(?:that\s+)?(?:i|we)\s+can|that\s+(?:i|we)\s+can)\s+(?:put|use|print|hang|"
                           r"frame|send|give|share|post|stick|set|make)\b(?:\s+(?:it|this|them))?\s+(?:on|in|as|for|to|at|onto|"
                           r"into|with)\s+(?:my|our|his|her|their|the|a|an)\b[^,;!?]*?(?=[.!?]*\s*$|[.!?]\s|\s+(?:with|and|"
                           r"featuring|showing)\s)", re.I)
# "a dog in a raincoat, this is for my blog", "…. it's for my station's facebook": where it goes, said as a sentence
_PURPOSE_SENTENCE = re.compile(r"(?<=\w)\s*[,.;!?–—-]+\s*(?:(?:it'?s|its|it\s+is|this\s+is|this'?s|that'?s|they'?re|"
                               r"they\s+are)\s+(?:(?:just|all|gonna\s+be|going\s+to\s+be)\s+)?for\s+(?P<what>(?:my|our|his|"
                               r"her|their|the|a|an)\b[^,;!?.]*))[.!]*\s*$", re.I)
_ONLINE_PLACE = re.compile(r"\b" + lexicon.online_places_pattern("ig", "fb", "blog", "tiktok", "youtube", "etsy", "vlog",
                                                                 "newsletter", "feed", "profile") + r"\b", re.I)


# "I need a new poster. Can you draw a magician …": the format wished for, then what it shows
_FORMAT_THEN_ASK = re.compile(r"^(?:(?:anyway|anyways|so|ok(?:ay)?|well|basically)[,\s]+)*(?:(?:i|we)\s+(?:really\s+|also\s+)?(?:need|want|would\s+like|'d\s+like)\s+)?(?P<format>(?:an?|some)\s+"
                              r"(?:new\s+|quick\s+|simple\s+|nice\s+|cool\s+)?" + words_pattern(lexicon.MADE_AS_FORMATS) +
                              r")\s*[.,;!]+\s*(?:(?:so|and|anyway)[,\s]+)?(?:(?:can|could|would|will)\s+(?:you|u)\s+|please\s+)?"
                              r"(?:please\s+)?(?:draw|make|paint|create|design|do)\s+(?:me\s+|us\s+)?(?P<rest>(?:an?|the|some|two|three|"
                              r"\d+)\s+\S.*)$", re.I)


def _format_then_ask(text: str) -> str:
    """"I need a new poster. Can you draw a magician in a cape?" -> "a new poster: a magician in a cape?"."""
    said = _FORMAT_THEN_ASK.match(text.strip())
    return f"{said.group('format')}: {said.group('rest')}" if said else text


def _purpose_said_apart(text: str) -> str:
    """"a dog in a raincoat, this is for my blog" -> "a dog in a raincoat": an online place is where the picture goes,
    no part of it; "…, it's for my daughter's birthday invite" -> "… for my daughter's birthday invite" (the occasion
    can shape the picture, so it stays, said as a plain phrase)."""
    said = _PURPOSE_SENTENCE.search(text)
    if not said:
        return text
    keep = "" if _ONLINE_PLACE.search(said.group("what")) else " for " + said.group("what").strip()
    return text[:said.start()] + keep


# "a horse in a field and make it night", "…, put it in a watercolor style": a look for the picture asked for
_MAKE_IT_LOOK = re.compile(r"(?:\s*,\s*|\s+)(?:and\s+)?(?:then\s+)?(?:make|put|set|turn|have|do)\s+(?:it|the\s+(?:picture|image|"
                           r"scene|whole\s+thing))\s+(?:(?:in|into|at|as)\s+)?(?=(?P<look>[^,.;!?]+))", re.I)


# "show me an example: a portrait with rembrandt lighting", "an example of a tilt-shift photo": the example is the picture
_EXAMPLE_OF = re.compile(r"^\s*(?:(?:can|could)\s+(?:you|u)\s+)?(?:(?:show|give)\s+(?:me|us)\s+)?(?:an?\s+)?(?:quick\s+)?"
                         r"(?:example|sample|demo)\s*(?::\s*|\s+of\s+(?=\S))", re.I)


# why a thing is left out, said after it: "as some people are squeamish", "because my son is scared of them"
_WHY_TAIL = re.compile(r"\s*,?\s+(?:as|since|because|cause|cuz|coz|cos|bc)\s+(?:some|many|most|people|kids|children|he|she|they|we|"
                       r"i|my|our|his|her|their|it'?s|its|it\s+is|it'?ll|it\s+will|this\s+is)\b[^,.;!?]*(?=[.!?]*$)", re.I)
# ("… no blood or gore cuz its a family event", "… no blood because it's for kids": why, not what)


# why a thing is left out, said of another tool: "…, without any cats, my last app kept adding cats"
_OTHER_TOOL = re.compile(r"\s*[,;.]\s*(?:my|the|our)\s+(?:last|other|previous|old)\s+(?:app|tool|generator|ai|program|bot|"
                         r"website|site)\b[^,.;!?]*", re.I)


def _why_left_out_off(text: str) -> str:
    """The request without why a thing is left out ("… as some kids are scared", "…, my last app kept adding cats")."""
    return _OTHER_TOOL.sub("", _WHY_TAIL.sub("", text))


# what is left of "I need a phone wallpaper" once the format is read as a shape: the ask's own words
_WRAPPER_LEFT = re.compile(r"(?:(?:i|we)\s+(?:really\s+)?(?:need|want|would\s+like|'d\s+like|wanna)|(?:make|draw|give|create|get|"
                           r"do)\s+(?:me|us)|me|us|please|pls)[\s,.!?]*", re.I)


_ASK_LEFT = re.compile(r"(?:[.!?,;:]\s*|\s+)(?:(?:so|and|ok(?:ay)?)[,\s]+)?(?:(?:can|could|would)\s+(?:you|u)\s+)?(?:please\s+)?"
                       r"(?:(?:show|give|send|make|draw|paint|do)\s+(?:me|us)|make|draw|paint|do)(?:\s+(?:please|pls))?[\s?.!,]*$",
                       re.I)  # (a count said after it: "… can you make a few of those, say three")


def parse_request(text: str) -> ParsedRequest:
    """A drawing request -> scene (subject verbatim bar obvious typos, style, negatives), count and aspect."""
    typed = text
    text = quote_lettering(self_corrected(text))  # "a cat, no wait, a dog": the dog; 'the text OPEN' as quoted
    text = _format_then_ask(_purpose_said_apart(_PURPOSE_TAIL.sub("", text)))  # "… to put on my Christmas cards": what it is for,
    # no part of the picture
    text = _example_off(text)
    text = _KIND_I_KNEW.sub("", text, count=1)  # "the kind of ship I served on, a big old cargo ship …": that ship
    text = _MAKE_IT_LOOK.sub(lambda m: ", " if classify_phrase(m.group("look")) else m.group(0), text)  # "a fox, make it
    # night": at night
    text = lexicon.TRANSPARENT_BG.sub("on a plain white background", text)  # the closest Easel can draw
    text, typos = fix_prompt_typos(likes_in_picture(strip_trailing_talk(text)))
    protected, quotes = protect_quotes(strip_lead_talk(text.strip()))
    protected = joined_sentences(re.sub(r"\s+", " ", protected))
    aspect = aspect_from_text(protected)
    protected, negatives, instead = _left_out(protected)
    plain = _plain(typed)[2] if typos else restore_quotes(protected, quotes)
    protected, count = extract_count(protected)
    protected = _ASK_LEFT.sub("", protected) or protected  # "…. can you show me [a few ideas]?": the count was the ask
    protected = re.sub(r"[.,;]\s*(?:(?:can|could)\s+(?:you|u)\s+)?(?:give|show|send)\s+(?:me|us)\s*(?=,)", "", protected,
                       flags=re.I) or protected  # "… bakery. give me [4 options], minimal"
    content = without_format_fragment(protected) if aspect else protected
    content = _format_words_off(_SHAPED_KIND.sub("a ", content))
    content, medium = strip_wrapper(tidy(content))
    if instead:  # "one with frogs instead of ladybugs": frogs ("make one with a banner" points at the topic: it stays)
        content = re.sub(r"^(?:one|another(?:\s+one)?)\s+with\s+(?=\S)", "", content, flags=re.I)
    content, style = extract_style(content)
    if not content or _WRAPPER_LEFT.fullmatch(content):  # everything looked like wrapper or format ("make me a phone
        content = strip_wrapper(tidy(protected))[0] or tidy(protected)  # wallpaper"): the format is what is drawn
    scene = Scene(
        subject=restore_quotes(content, quotes),
        style=restore_quotes(style, quotes),
        negatives=[restore_quotes(n, quotes) for n in negatives],
        medium_hint=medium,
    )
    keep_user_words(scene, _why_left_out_off(text) if negatives else text, aspect=aspect, count=count)
    return ParsedRequest(scene=scene, count=count, aspect=aspect, plain=plain, typos=typos)


# "the kind of oven I used, a big old brick oven …", "the sort of ship we sailed on she was a cargo ship …": the kind
# named through the user's memory, then described (the description is the picture)
_KIND_I_KNEW = re.compile(r"\bthe\s+(?:kind|sort|type)\s+of\s+[\w'-]+\s+(?:that\s+)?(?:i|we|he|she|they|my\s+[\w'-]+)\s+"
                          r"(?:\w+\s+){0,2}?\w+(?:\s+(?:on|in|with|at|for|to|by))?\s*[,:-]?\s*(?:(?:she|he|it|that|this|they)(?:'s|\s+was|"
                          r"\s+is|\s+were|\s+are)\s+)?(?=(?:an?|some|two|three)\s)", re.I)


def _example_off(text: str) -> str:
    """"ok show me an example: a street at night" -> "a street at night"; other text unchanged."""
    bare = FILLER.sub("", text.strip(), count=1)
    example = _EXAMPLE_OF.sub("", bare, count=1)
    return example if example != bare and example.strip() else text


def _left_out(protected: str) -> tuple[str, list[str], bool]:
    """The request without what must not be drawn, those things, and whether "instead of" named one ("one with frogs
    instead of ladybugs": frogs, and no ladybugs; "…, no needles as some people are squeamish": no reason either)."""
    protected, negatives = extract_negatives(protected)
    protected = _why_left_out_off(protected) if negatives else protected
    instead = INSTEAD_OF.search(protected)
    if not instead or not instead.start():
        return protected, negatives, False
    negatives.append(re.sub(r"^(?:the|a|an)\s+", "", instead.group("old"), flags=re.I))
    return (protected[: instead.start()] + protected[instead.end():]).strip(), negatives, True


# "a tall, portrait format picture of a giraffe": the shape said before the picture's kind, no part of it
_SHAPED_KIND = re.compile(r"\b(?:an?\s+)?(?:(?:wide|tall|square|vertical|horizontal|landscape|portrait|widescreen)(?:\s+(?:format|"
                          r"orientation))?\s*,?\s*(?:and\s+)?)+(?=(?:picture|image|photo|pic|illustration|painting|drawing|shot|"
                          r"render)\s+of\b)", re.I)


def _format_words_off(content: str) -> str:
    """The format words that only say the shape, out ("a calming phone wallpaper" -> "a calming wallpaper")."""
    return lexicon.ASPECT_FORMAT_ONLY.sub(lambda m: " " + m.group(0).split()[-1] if re.search(
        r"\b(?:an?|the|some)\s+(?!(?:for|of|in|on|as)\b)[\w'-]+\s*$", content[: m.start()], re.I) and not re.match(
        r"\s*(?:for|on|in|as|at|with|my)\b", m.group(0), re.I) and re.fullmatch(
        r"wallpaper|background|lockscreen|screen", m.group(0).split()[-1], re.I) else " ", content)


_SAME_STYLE = re.compile(r"^(?:(?:in\s+|with\s+)?(?:the\s+)?same\s+(?:style|look|aesthetic|art\s+style|vibe)|"
                         r"(?:in|with)\s+(?:this|that|the\s+same)\s+(?:style|look))\s*[,:]?\s*(?:but\s+with|but|with|only|"
                         r"for|of|now|and)?\s+(?P<rest>.+?)(?:[\s,]+instead)?[\s.!]*$", re.I)


_SAME_STYLE_AFTER = re.compile(r"^(?:(?:now|then|ok(?:ay)?|and)[,\s]+)*(?:(?:do|make|draw|paint)\s+)?(?P<rest>(?!(?:it|this|"
                               r"that|one|them|these)\b)[\w'\"].*?)[\s,]+(?:in\s+)?(?:the\s+)?same\s+(?:style|look|aesthetic|"
                               r"art\s+style|vibe)[\s.!]*$", re.I)  # "now an owl in the same style", "now do rome in the same style"
# "a vintage travel poster of paris": a picture kind, then what it shows; "rome in the same style" keeps the kind
_KIND_OF = re.compile(r"^(?P<kind>(?:an?\s+|the\s+)?(?:[\w'-]+\s+){0,4}?(?:poster|painting|drawing|illustration|sketch|"
                      r"sticker|logo|icon|postcard|print|portrait|photo|photograph|render|sprite|map|card|cover|emblem|"
                      r"badge|mural|tattoo|comic|cartoon|woodcut|etching|figurine|plushie|statue|patch|stamp|pin|coin|label|"
                      r"sculpture|mosaic|quilt|embroidery|ornament|keychain|decal|silhouette|linocut|collage|"
                      r"caricature|doodle|diagram|infographic|blueprint|model|miniature|toy|emoji|avatar|mascot|"
                      r"banner|flyer|sign|menu|cake|cookie|candle|design)s?)\s+of\s+(?=\S)", re.I)


def same_style_subject(text: str) -> Optional[str]:
    """"same style but an elephant instead" -> "an elephant"; None when the message doesn't ask for that."""
    plain = FILLER.sub("", strip_lead_talk(text.strip()), count=1)
    counted, count = extract_count(plain)
    plain = counted if count > 1 else plain  # "now a pig in the same style, just 2": the count is no part of it
    match = _SAME_STYLE.match(plain)
    if match:
        return match.group("rest").strip()
    ends_so = re.search(r"\bsame\s+(?:style|look|aesthetic|art\s+style|vibe)[\s.!]*$", plain[-60:], re.I)
    after = _SAME_STYLE_AFTER.match(plain) if ends_so else None  # "now an owl in the same style" (checked cheaply
    # first: the lazy match before "[\s,]+" is quadratic on a long message that doesn't end so)
    return after.group("rest").strip() if after else None


def scene_style(scene: Scene) -> str:
    """The style of a scene: its style slot, the medium it named, or a style phrase inside the subject."""
    if scene.style:
        return scene.style
    if scene.medium_hint:
        return scene.medium_hint
    for part in reversed([p.strip() for p in scene.subject.split(",")][1:]):
        words = part.split()
        if classify_phrase(part) == "style" or any(classify_phrase(" ".join(words[i:])) == "style"
                                                   for i in range(1, len(words))):
            return part  # ("black and white line art": a colour treatment, then the style)
    return ""


def drawn_medium(scene: Scene) -> str:
    """The medium the picture was drawn in: the user's style, else the one the detail bank gave its subject
    ("storybook fantasy painting"), so "same style" means the look on screen."""
    return scene_style(scene) or (subject_detail(scene.subject).phrases.get("medium", "") if scene.subject else "")


def carry_style(old: Scene, new: Scene) -> None:
    """"same style but …": the new scene takes the old one's style (and colour treatment) unless it names its own."""
    if not (new.style or new.medium_hint):
        new.style = scene_style(old)
        new.medium_hint = "" if new.style else drawn_medium(old)  # the look the detail bank gave it
        kind = _KIND_OF.match(old.subject)
        if kind and not _KIND_OF.match(new.subject):  # "now rome in the same style": another poster
            new.subject = f"{kind.group('kind')} of {new.subject}"
    new.colour = new.colour or old.colour


