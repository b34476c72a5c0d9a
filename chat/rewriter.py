"""Turn a drawing request into a scene, and apply an edit request to a scene.

    .venv/bin/python -c "from chat.rewriter import parse_request; print(parse_request('please draw a fox, no people'))"

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
from chat.scene import Scene, protect_quotes, remove_terms, restore_quotes, tidy, user_parts
from chat.sizes import DEVICE_RE, aspect_from_text, device_phrase
from chat.types import EditMethod

_NUM = r"(?:\d+|" + "|".join(re.escape(w) for w in sorted(lexicon.NUMBER_WORDS, key=len, reverse=True)) + r")"
_STRONG_COUNT_NOUNS = ("options", "option", "versions", "version", "variations", "variation", "variants", "variant",
                       "ideas", "idea", "alternatives", "alternative", "takes", "concepts", "concept", "drafts",
                       "choices", "tries", "attempts", "renditions", "samples", "examples")
_WEAK_COUNT_NOUNS = tuple(n for n in lexicon.IMAGE_COUNT_NOUNS if n not in _STRONG_COUNT_NOUNS)
_COUNT_FILLER = r"(?:(?:more|different|new|alternative|other|distinct|unique|separate|quick|possible|cool|creative|" \
                r"fun|nice|good|great|rough|simple|varied|random|fresh|interesting|design|logo|poster|style)\s+){0,3}"
_COUNT_WORDS = r"(?P<between>(?:(?!(?:of|for|with|and|or|the|a|an|in|on|to|from|by|at)\b)[\w'-]+\s+){0,3}?)"
_COUNT_RE = re.compile(
    r"\b(?P<n>" + _NUM + r")\s+"
    r"(?:" + _COUNT_WORDS + r"(?P<strong>" + "|".join(_STRONG_COUNT_NOUNS) + r")\b(?:\s+(?:of|for|with|showing|"
    r"featuring|on|:))?"
    r"|" + _COUNT_FILLER + r"(?P<weak>" + "|".join(_WEAK_COUNT_NOUNS) + r")\b(?:\s+(?:of|for|showing|featuring|:)|"
    r"\s*[,:]|\s*$))",
    re.I,
)
# adjectives of the count ("3 different ideas"), dropped; other words between say what to draw ("3 logo ideas")
_COUNT_FILLER_RE = re.compile(r"\b(?:more|different|new|alternative|other|distinct|unique|separate|quick|possible|cool|"
                              r"creative|fun|nice|good|great|rough|simple|varied|random|fresh|interesting)\b", re.I)
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
    r"thanks|thank you|oh|ah|hey|hi|hello|wow|good|lovely|excellent|fine|no|nah|nope|actually|hm+|lol|haha+|lmao|"
    r"omg|ooh+|yay|amazing|got it)\s*[,.!;:\-–—]+\s*"
    r"|(?:ok(?:ay)?|alright|now|then|next|also|and|but|please|pls|plz|kindly|so|instead|finally|lastly|maybe|"
    r"perhaps|just|lol|haha+|yes|yeah|yep|sure)\s+)",
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
    r"|(?:need|want|wanna)\s+(?!(?:to|you|u|it|this|that|help|advice|more|some\s+help|a\s+hand)\b)"
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
                    r"for\s+us|lol|haha+|lmao|xd|instead|too|as\s+well|also|again|now|then|ok(?:ay)?|thx|ty|"
                    r"in\s+there|in\s+it|to\s+it|on\s+it|to\s+the\s+(?:picture|image|scene)|in\s+the\s+(?:picture|image|"
                    r"scene))\b)+"
                    r"[\s.!?]*$|[\s.!?]+$", re.I)
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


_EMOJI = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u200D\u20E3]+")
_SOCIAL_FILLER = frozenset(
    "there so much very a lot it this that is was really again you for the picture image one all guys everyone friend "
    "buddy mate looks just too how are doing man dude easel bot lot great job work pic these those they them are "
    "absolutely totally super".split())
_GREETING_NAME = re.compile(r"^(?:hi|hello|hey|heya|hiya|howdy|yo|greetings|good\s+(?:morning|afternoon|evening))"
                            r"(?:\s+there)?[\s,!.]*(?P<name>[\w'-]+(?:\s+[\w'-]+)?)?[\s,!.?]*$", re.I)
_NOT_A_NAME = re.compile(r"\b(?:a|an|the|some|my|your|draw|paint|make|show|create|generate|\d+|one|two|three|"
                         r"can|could|what|how|please)\b", re.I)


def strip_emoji(text: str) -> str:
    """Emoji carry mood, not content: they go (so "hey easel 👋" reads as a greeting)."""
    return re.sub(r"\s+", " ", _EMOJI.sub(" ", text)).strip()


def is_social(text: str) -> bool:
    """Greetings, thanks and praise only ("thanks, I love it", "hi there!", "hey Sam 👋", "lol amazing")."""
    low = strip_emoji(text.lower())
    bare = re.sub(r"\s+", " ", re.sub(r"[^\w\s'&]", " ", low)).strip()
    if not bare:
        return True
    greeting = _GREETING_NAME.match(bare)
    if greeting and not (greeting.group("name") and _NOT_A_NAME.search(greeting.group("name"))):
        return True  # a greeting, maybe with a name ("hello Easel", "hey Sam")
    phrases = set(lexicon.GREETINGS) | set(lexicon.SOCIAL)
    rest = " " + bare + " "
    for phrase in sorted(phrases, key=len, reverse=True):
        rest = re.sub(r"(?<= )" + re.escape(phrase) + r"(?= )", " ", rest)
    if rest.split() == bare.split():
        return False  # no greeting, thanks or praise at all ("a man")
    leftover = [w for w in rest.split() if w not in _SOCIAL_FILLER]
    return not leftover and len(bare.split()) <= 12


_ORDINAL_WORDS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
                  "fifth": 5, "5th": 5, "sixth": 6, "6th": 6, "seventh": 7, "7th": 7, "eighth": 8, "8th": 8,
                  "last": -1}
_PICK = re.compile(
    r"(?:(?:ok(?:ay)?|so|hmm+|yes|yeah|nice|cool|great)[\s,]+)?"
    r"(?:(?:i\s+(?:like|love|prefer|want)|i'?ll\s+(?:take|go\s+with)|let'?s\s+(?:go\s+with|use|take|keep)|"
    r"go\s+with|take|pick|use|choose|select|keep)\s+)?(?:the\s+)?"
    r"(?P<which>first|second|third|fourth|fifth|sixth|seventh|eighth|last|1st|2nd|3rd|4th|5th|6th|7th|8th|"
    r"#\s*\d|number\s+\d|no\.?\s*\d)(?:\s+(?:one|image|picture|pic|version|option|design|concept|idea|draft))?"
    r"(?:(?:\s+(?:is|looks|was)|'s)\s+(?:\w+\s+)?(?:good|great|best|nice|perfect|the\s+(?:best|one)|my\s+fav\w*|"
    r"fine|cool|awesome|amazing|better|it|lovely|gorgeous))?(?:\s+(?:best|better|most|please|pls))?", re.I)
_PICK_END = re.compile(r"\s*[.!;,:]+\s*|\s+(?:but|and|so|now|then|just|-+|–|—)\s+|\s*[-–—]+\s*")


def _pick_index(head: str) -> Optional[int]:
    match = _PICK.fullmatch(head.strip())
    if not match:
        return None
    which = re.sub(r"[^\w]", "", re.sub(r"^(?:number|no)", "", match.group("which").lower()))
    return _ORDINAL_WORDS.get(which) or (int(which) if which.isdigit() else None)


def pick_only(text: str) -> Optional[int]:
    """"the third one is my favourite" -> 3; None unless the whole message picks an image."""
    return _pick_index(re.sub(r"[\s.!]+$", "", strip_emoji(text)))


def split_pick(text: str) -> tuple[Optional[int], str]:
    """"the second one is great. make it wide" -> (2, "make it wide"); (None, text) without such a lead."""
    for end in _PICK_END.finditer(text):
        head = text[: end.start()].strip()
        if head and _PICK.fullmatch(head) and text[end.end():].strip():
            return _pick_index(head), text[end.end():].strip()
    return None, text


def strip_lead_talk(text: str) -> str:
    """Drop emoji and whole leading sentences that are only praise or thanks ("lol amazing. now make it 3d",
    "so cute 😍 can you add a hat"): an emoji between words ends a sentence too."""
    marked = re.sub(r"\s+", " ", _EMOJI.sub(" \u2063 ", text)).strip()
    while True:
        match = re.match(r"^(?P<s>[^.!?;\u2063]*[^\s.!?;\u2063]\s*[.!?;\u2063]+)\s*(?P<rest>[^\s\u2063].*)$", marked, re.S)
        if not match or not is_social(match.group("s")):
            return re.sub(r"\s+", " ", marked.replace("\u2063", " ")).strip()
        marked = match.group("rest")


# "can the sky be pinker?" / "could we add a boat" / "is it possible to crop it": a request worded as a question
_POLITE_QUESTIONS = [
    (re.compile(r"^(?:is\s+it\s+possible|would\s+it\s+be\s+possible|any\s+chance(?:\s+(?:you|we|i)\s+could)?|"
                r"is\s+there\s+(?:a|any)\s+way)\s+(?:to\s+|you\s+could\s+|we\s+could\s+)?", re.I), ""),
    (re.compile(r"^(?:can|could|would|will|should|might|shall)\s+(?:we|i|you\s+guys|ya)\s+(?:please\s+|maybe\s+|"
                r"also\s+|just\s+)?(?=\w)", re.I), ""),
    (re.compile(r"^(?:can|could|would|will|should|might|may)\s+(?P<obj>it|this|that|the\s+(?!image\b|picture\b)"
                r"[\w'-]+(?:\s+[\w'-]+)?)\s+(?:please\s+)?(?:be|get)\s+(?:made\s+)?(?:a\s+(?:bit|little|touch)\s+|"
                r"even\s+|much\s+)?", re.I), r"make \g<obj> "),
    (re.compile(r"^(?:can|could|would|will|should|might|may)\s+(?P<obj>it|this|that|the\s+[\w'-]+(?:\s+[\w'-]+)?)"
                r"\s+(?:please\s+)?look\s+", re.I), r"make \g<obj> look "),
    (re.compile(r"^(?:can|could|would|will|should|might|may)\s+(?:it|this|that|the\s+[\w'-]+(?:\s+[\w'-]+)?)\s+"
                r"(?:please\s+)?have\s+", re.I), "add "),
]


def polite_to_imperative(text: str) -> str:
    """"can the lighting be warmer?" -> "make the lighting warmer?"; other text unchanged."""
    for pattern, replacement in _POLITE_QUESTIONS:
        new = pattern.sub(replacement, text, count=1)
        if new != text:
            return new
    return text


# a clause that says what the picture is for, not what is in it ("want to print it for my hallway")
_ASIDE = re.compile(
    r"^(?:(?:i|we)(?:'m|\s+am|'re|\s+are)?\s+)?(?:want|wanna|need|plan(?:ning)?|going|gonna|hope|hoping|"
    r"would\s+like|'d\s+like|trying)\s+(?:to\s+)?(?:print|use|post|share|put|hang|frame|send|give|show|set|upload|"
    r"gift)\b|^(?:it'?s|this\s+is|that'?s|its|it\s+is)\s+(?:for|going)\b|^(?:because|since|cause|cuz|bc|"
    r"so\s+(?:i|we)\s+can)\b|^for\s+(?:my|our)\s+[\w'-]+(?:\s+[\w'-]+)?$",
    re.I,
)
# "the same thing but no pens" / "same again, with a cat": what follows is the edit
_SAME_BUT = re.compile(
    r"^(?:(?:the\s+)?same\s+(?:thing|image|picture|pic|scene|one|idea|again|as\s+before)?|(?:do\s+)?(?:this|that|it)\s+"
    r"again|like\s+(?:this|that)|as\s+before|exactly\s+the\s+same)\s*,?\s*(?:but|only|except|just|and|(?=with))\s*",
    re.I)
# "so we see the whole field" / "to show the shore": what an edit should bring into view
_PURPOSE = re.compile(r"\s+(?:so\s+(?:that\s+)?(?:we|you|i|it|one|people)?\s*(?:can\s+|could\s+)?(?:see|shows?|"
                      r"includes?|gets?)|to\s+(?:show|see|include|reveal|fit)|showing|revealing|including)\s+"
                      r"(?P<what>.+)$", re.I)


# ---- what an earlier chat turn was about ("who painted the starry night?" -> "the starry night") ------------------
_TOPIC_SPLIT = re.compile(r"\s*(?:[,;.!?]+|\s+(?:but|so|because)\s+|\s+and\s+(?=(?:she|he|they|i|we|it|my|our|his|her|"
                          r"their|loves?|likes?|adores?|wants?|needs?|is|are)\b))\s*", re.I)
_TOPIC_WRAPPER = re.compile(
    r"^(?:(?:who|what|which|when|where|why|how)(?:'s|s)?\s+(?:[\w'-]+\s+)?(?:painted|drew|made|created|designed|wrote|"
    r"invented|directed|built|sculpted|composed|is|was|are|were|does|did|do)\s+"
    r"|(?:what(?:'s|s|\s+is|\s+are)\s+)?the\s+differences?\s+between\s+"
    r"|(?:can|could|would)\s+you\s+(?:tell\s+me|explain|talk)\s+(?:about\s+)?"
    r"|(?:tell\s+me|talk|explain|do\s+you\s+know|have\s+you\s+heard\s+of)\s+(?:about\s+)?"
    r"|(?:i|we)(?:'m|\s+am|'re|\s+are|m)?\s+(?:really\s+|also\s+|currently\s+|so\s+)?(?:making|doing|planning|"
    r"designing|creating|preparing|working\s+on|organi[sz]ing|throwing|hosting|writing|building|thinking\s+(?:about|of)|"
    r"into|obsessed\s+with|a\s+(?:big\s+|huge\s+)?fan\s+of|love|like|need|want|have|got)\s+"
    r"|(?:she|he|they|it|my\s+[\w'-]+|our\s+[\w'-]+)(?:'s|\s+is|'re|\s+are)?\s+(?:really\s+|also\s+|totally\s+|so\s+)?"
    r"(?:turning|loves?|likes?|adores?|into|obsessed\s+with|a\s+(?:big\s+|huge\s+)?fan\s+of|crazy\s+about)\s+"
    r"|(?:loves?|likes?|adores?|wants?)\s+)",
    re.I,
)
_NOT_TOPIC = re.compile(r"^(?:which|what|whats|how|why|who|when|where|i|im|i'm|you|we|should|can|could|is|are|do|does|"
                        r"did|will|would|ok|okay|thanks|yes|no)\b", re.I)
# a request that points back at what was talked about: "make one with …", "in that style"
_THAT_STYLE = re.compile(r"\b(?:(?:in|with)\s+)?(?:that|this|the\s+same|his|her|their|the\s+artist'?s|that\s+artist'?s)\s+"
                         r"(?:style|look|aesthetic|manner)\b", re.I)
_HEAD_REFERENCE = re.compile(r"^(?:one|it|that|this|them|some)\b(?=\s+(?:with|of|for|that|where|showing|featuring|in|on|"
                             r"at|but|and|which)\b|\s*$)", re.I)


def chat_topic(text: str) -> str:
    """The things a chat message talks about, in the user's words, without the question or sentence around them
    ("I'm making an invite for my son, he loves dinosaurs" -> "an invite for my son, dinosaurs")."""
    protected, quotes = protect_quotes(strip_lead_talk(text.strip()))
    topics = []
    for part in _TOPIC_SPLIT.split(protected):
        previous = None
        while previous != part:
            previous = part
            part = _TOPIC_WRAPPER.sub("", part.strip(), count=1)
        part = tidy(part)
        if not part or _NOT_TOPIC.match(part) or is_social(part):
            continue
        if any(w.lower() not in lexicon.STOPWORDS for w in re.findall(r"[A-Za-z§][\w'§-]*", part)):
            topics.append(restore_quotes(part, quotes))
    return ", ".join(topics)


def resolve_reference(scene: Scene, topic: str) -> bool:
    """Fill "in that style" / "make one with …" from the topic of the chat before; True when the scene changed."""
    if not topic:
        return False
    first, *others = [t.strip() for t in topic.split(",") if t.strip()]
    changed = False
    if _THAT_STYLE.fullmatch(scene.style.strip()) or (not scene.style and _THAT_STYLE.search(scene.subject)):
        scene.subject = tidy(_THAT_STYLE.sub(" ", scene.subject))
        scene.style = f"in the style of {first}"
        scene.medium_hint = ""
        return True
    if _HEAD_REFERENCE.match(scene.subject):
        scene.subject = tidy(_HEAD_REFERENCE.sub(first, scene.subject, count=1))
        scene.details.extend(o for o in others if o.lower() not in scene.subject.lower())
        changed = True
    return changed


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
    # words between the number and the count noun say what kind of picture ("3 ad concepts for …" -> "ad for …")
    kind = _COUNT_FILLER_RE.sub(" ", match.group("between") or "").strip() if match.group("strong") else ""
    if kind:
        link = re.search(r"\s+(?:of|for|with|showing|featuring|on)\s*$|\s*:\s*$", match.group(0))
        kind = kind + (link.group(0) if link else "")
    rest = (text[: match.start()] + " " + kind + " " + text[match.end():]).strip()
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
    protected, quotes = protect_quotes(strip_lead_talk(text.strip()))
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
    keep_user_words(scene, text, aspect=aspect, count=count)
    return ParsedRequest(scene=scene, count=count, aspect=aspect, plain=plain)


_SAME_STYLE = re.compile(r"^(?:(?:in\s+|with\s+)?(?:the\s+)?same\s+(?:style|look|aesthetic|art\s+style|vibe)|"
                         r"(?:in|with)\s+(?:this|that|the\s+same)\s+(?:style|look))\s*[,:]?\s*(?:but|with|only|"
                         r"for|of|now|and)?\s+(?P<rest>.+?)(?:[\s,]+instead)?[\s.!]*$", re.I)


def same_style_subject(text: str) -> Optional[str]:
    """"same style but an elephant instead" -> "an elephant"; None when the message doesn't ask for that."""
    match = _SAME_STYLE.match(_LEAD_FILLER.sub("", strip_lead_talk(text.strip()), count=1))
    return match.group("rest").strip() if match else None


def scene_style(scene: Scene) -> str:
    """The style of a scene: its style slot, the medium it named, or a style phrase inside the subject."""
    if scene.style:
        return scene.style
    if scene.medium_hint:
        return scene.medium_hint
    for part in reversed([p.strip() for p in scene.subject.split(",")][1:]):
        if classify_phrase(part) == "style":
            return part
    return ""


def carry_style(old: Scene, new: Scene) -> None:
    """"same style but …": the new scene takes the old one's style (and colour treatment) unless it names its own."""
    if not (new.style or new.medium_hint):
        new.style = scene_style(old)
    new.colour = new.colour or old.colour


_NON_CONTENT = frozenset(lexicon.STOPWORDS | set(lexicon.DRAW_VERBS) | set(v for v in lexicon.EDIT_VERBS if " " not in v)
                         | set(lexicon.GREETINGS) | set(w for w in lexicon.SOCIAL if " " not in w) | set(
    "please pls plz want wanna need like love let lets let's see show give me us i'd i'm id im get got can could would "
    "same thing again instead image images picture pictures pic pics photo one ones version versions bit little much "
    "look looks looking more less way kind sort style into something else new different stuff now okay ok yeah "
    "removed gone anymore rid take away out back everything whole scene ideas idea options option variations "
    "variation takes alternatives concepts drafts choices quick simple nice cool beautiful pretty lovely really "
    "maybe perhaps possible there's it's that's put place also too well actually hey thanks".split())
                         | set(lexicon.COMPARATIVES))
_SHAPE_WORDS = frozenset("wide wider widescreen tall taller vertical horizontal square landscape portrait format "
                         "orientation mode aspect ratio size wallpaper background screen".split())


def _stem(word: str) -> str:
    return re.sub(r"(?:ies|es|s|ing|ed|er|est)$", "", word.lower()) if len(word) > 4 else word.lower()


def keep_user_words(scene: Scene, text: str, *, aspect: Optional[str] = None, count: int = 1) -> list[str]:
    """The invariant: every content word of the request is in the scene's own words (subject, details, slots); words
    that would be lost go back in as the user's phrase. Request wrapper, command words, negated or removed things and
    pure format/count words are not content. Returns the phrases put back."""
    protected, quotes = protect_quotes(strip_lead_talk(text))
    protected, negatives = extract_negatives(protected)
    if count > 1:
        protected, _ = extract_count(protected)
    protected = DEVICE_RE.sub(" ", lexicon.ASPECT_FORMAT_ONLY.sub(" ", protected))
    # what the picture is for ("i want to hang it in my office") is no content
    protected = " , ".join(c for c in re.split(r"\s*[,;.!?]+\s*", protected)
                           if not _ASIDE.search(_LEAD_FILLER.sub("", c.strip(), count=1)))
    if aspect and is_format_only(protected):  # "make it a wide banner": only the shape
        return []
    have = " ".join(user_parts(scene) + scene.negatives + negatives).lower()
    have_words = set(re.findall(r"[\w'-]+", have))
    have_stems = {_stem(w) for w in have_words}
    too = set(re.findall(r"\btoo\s+(\w+)", protected.lower()))
    tokens = list(re.finditer(r"[\w'-]+|§\d+§", protected))

    def missing(word: str) -> bool:
        low = word.lower().strip("'-")
        if not low or word.startswith("§") or low in _NON_CONTENT or low in too or low in lexicon.NUMBER_WORDS:
            return False
        if aspect and low in _SHAPE_WORDS or low in lexicon.DEVICE_ASPECT and aspect:
            return False
        if low.isdigit() and count > 1:
            return False
        return low not in have_words and _stem(low) not in have_stems and low not in have

    runs: list[list[int]] = []
    for i, tok in enumerate(tokens):
        if missing(tok.group(0)):
            if runs and all(t.group(0).lower() in lexicon.STOPWORDS or missing(t.group(0))
                            for t in tokens[runs[-1][-1] + 1: i]) and i - runs[-1][-1] <= 3:
                runs[-1].append(i)
            else:
                runs.append([i])
    added = []
    for run in runs:
        phrase = restore_quotes(protected[tokens[run[0]].start(): tokens[run[-1]].end()], quotes)
        scene.details.append(phrase)
        added.append(phrase)
    return added


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
         "pull back": "wide shot", "get closer": "close-up shot", "step back": "wide shot", "move back": "wide shot",
         "widen": "wide shot"}
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
_REMOVE_VERBS = r"(?:remove|delete|erase|get\s+rid\s+of|take\s+(?:out|away|off)|drop|lose|hide|eliminate|clear|" \
                r"ditch|nix|scrap|axe|cut(?:\s+out)?|leave\s+out|strip\s+out|clean\s+up|no\s+more)"
_RE_REMOVE = re.compile(
    r"^(?:" + _REMOVE_VERBS + r"\s+(?:" + _OBJ + r")?(?P<x>.+?)(?:\s+(?:from|out\s+of|off)\s+(?:the|this|it|that)\b.*)?"
    r"|(?:take|get|leave|cut|keep)\s+(?:" + _OBJ + r")(?P<x2>.+?)\s+(?:out|off|away)\b.*)$", re.I)
_RE_REPLACE = re.compile(r"^(?:replace|swap|switch|exchange|substitute)\s+(?:" + _OBJ + r")?(?P<x>.+?)\s+"
                         r"(?:with|for|by|to)\s+(?P<y>.+)$", re.I)
_RE_CHANGE = re.compile(r"^(?:make|turn|change|paint|color|colour|recolou?r|switch|set|have)\s+(?:" + _OBJ +
                        r")(?P<x>.+?)\s+(?:to\s+be\s+|to\s+|into\s+|look\s+|be\s+|a\s+bit\s+|more\s+)?(?P<y>.+)$",
                        re.I)
_RE_WHOLE = re.compile(
    r"^(?:make|turn|change|set|render|redo|do|try|transform|convert|put|switch|reimagine|recreate|show|have|give|let|"
    r"paint|draw|restyle|style|shoot|frame)\s+(?:this\s+(?:photo|image|picture|one|drawing|pic)|that\s+one|"
    r"the\s+(?:image|picture|photo|scene|whole\s+(?:thing|image|picture|scene)|drawing|painting|background)|it|"
    r"this|that|everything|me)?\s*(?:look\s+like\s+|into\s+|to\s+|as\s+|like\s+|be\s+|in\s+|so\s+it'?s\s+|so\s+that\s+"
    r"it'?s\s+)?(?P<y>.*)$", re.I)
_RE_ADD = re.compile(r"^(?:add|put|place|include|insert|draw|paint|throw\s+in|give\s+(?:it|him|her|them)|there\s+"
                     r"should\s+be|i\s+want|show|(?:get|bring|throw|stick)\s+(?=(?:some|a|an|more|two|three|\d+)\b))"
                     r"\s*(?P<y>.+)$", re.I)
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
    method: EditMethod = EditMethod.REPROMPT
    strength: Optional[float] = None
    phrases: list[str] = field(default_factory=list)  # reply fragments, one per change ("at night", "as a poster")
    device: str = ""  # the device a new shape is for ("laptop")


def classify_phrase(phrase: str) -> Optional[str]:
    """Which slot a modifier phrase sets ("dramatic side lighting" -> lighting), or None for plain content."""
    low = phrase.lower().strip()
    if not low:
        return None
    if re.search(r"\bstyle\s+of\b|\bin\s+(?:an?\s+)?[\w-]+(?:\s+[\w-]+)?\s+style\b", low):
        return "style"
    if aspect_from_text(low) and len(low.split()) <= 8 and not re.search(r"\b(?:with|of)\b", low):
        # "a phone wallpaper" only says the shape; "a vintage travel poster" is also what the picture becomes
        return "aspect" if is_format_only(low) else "style"
    if re.search(r"\b(?:zoom(?:ed)?\s+(?:in|out)|closer|further\s+away|(?:pull|step|move)\s+back|widen)\b", low):
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
    phrase = re.sub(r"^(?:(?:a|an|the|some|more|into|to|in|as|look(?:\s+(?:more|a\s+bit|a\s+little|much))?\s+like|"
                    r"like|be)\s+)+", "", phrase.strip(), flags=re.I)
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
    compound = re.match(r"\s+(?!" + _FUNCTION_WORDS + r"\b)(?![\w'-]+(?:ing|ed)\b)[\w'-]+(?=\s*(?:[,.;:]|$)|\s+" +
                        _FUNCTION_WORDS + r"\b)", text[end:], re.I)
    if compound and not any(c.isdigit() for c in compound.group(0)):
        end += compound.end()
    before = text[:start]
    after = text[end:]
    connector = re.search(r"(?:\b(?:with|and|near|beside|next\s+to|by|plus|featuring|holding|behind|in\s+front\s+of|"
                          r"under|over|on|in|wearing|carrying|inside|full\s+of|covered\s+(?:in|with)|of)\s+)$", before,
                          re.I)
    if connector:
        before = before[: connector.start()]
        # a place phrase right after the removed thing described where it was ("with a dog on the rug")
        after = re.sub(r"^\s+(?:on|in|at|under|by|near|beside|next\s+to)\s+(?:the|a|an|his|her|its)\s+[\w'-]+"
                       r"(?:\s+[\w'-]+)?(?=[,.;]|\s+(?:and|with)\b|$)", "", after, flags=re.I)
    elif not before.strip():
        # the first noun phrase: drop it and a participle that belonged to it ("a cat sleeping on a sofa")
        after = re.sub(r"^\s+(?:is\s+|are\s+)?[\w'-]+ing\b", "", after, flags=re.I)
        after = re.sub(r"^\s*(?:(?:on|in|at|with|near|under|by)(?!\s+(?:front|the\s+middle)\b)|and|or|plus)\s+", " ", after,
                       flags=re.I)
    elif re.search(r",\s*$", before):  # "a field, a kite and a dog" - kite -> "a field, a dog"
        after = re.sub(r"^\s*(?:and|or|plus)\s+", " ", after, flags=re.I)
    result = tidy(before + " " + after)
    return result, True


def apply_edit(scene: Scene, text: str) -> EditPlan:
    """Apply an edit request to a copy of the scene, clause by clause ("zoom in, make it a close-up shot")."""
    plan = EditPlan(scene=scene.copy())
    _, text = split_pick(strip_lead_talk(text.strip()))
    protected, quotes = protect_quotes(text)
    protected = _SAME_BUT.sub("", _LEAD_FILLER.sub("", protected, count=1), count=1) or protected
    protected, negatives = extract_negatives(protected)
    for neg in negatives:
        _remove_thing(plan, restore_quotes(neg, quotes))
    clauses = [c for c in re.split(r"\s*(?:[,;]|\band\s+then\b|\bthen\b|\band\s+(?=(?:make|add|remove|change|turn|"
                                   r"put|use|zoom|give|replace|take|get|lose|drop|delete|erase)\b)|[.?!]+\s+)\s*",
                                   protected) if c and c.strip()]
    for clause in clauses:
        _apply_clause(plan, restore_quotes(clause, quotes))
    if not plan.kinds:  # nothing recognised: the words are an addition to the picture
        cleaned = _clean_modifier(strip_wrapper(restore_quotes(protected, quotes))[0])
        if cleaned:
            plan.scene.details.append(cleaned)
            plan.kinds.append("detail")
            plan.changes.append(cleaned)
            plan.phrases.append(slot_phrase("detail", cleaned))
    for phrase in keep_user_words(plan.scene, text, aspect=plan.aspect):
        plan.kinds.append("detail")
        plan.changes.append(phrase)
        plan.phrases.append(slot_phrase("detail", phrase))
    _choose_method(plan)
    return plan


def _remove_everywhere(text: str, thing: str) -> str:
    for _ in range(8):  # every mention goes ("a kite …, a kite string")
        text, removed = remove_object(text, thing)
        if not removed:
            break
    return text


def _remove_thing(plan: EditPlan, thing: str) -> None:
    thing = _clean_modifier(re.sub(r"^(?:all|every|any)\s+", "", thing, flags=re.I))
    scene = plan.scene
    scene.subject = _remove_everywhere(scene.subject, thing)
    scene.details = [d for d in (_remove_everywhere(d, thing) for d in scene.details) if d]
    if thing.lower() not in (n.lower() for n in scene.negatives):
        scene.negatives.append(thing)
    plan.kinds.append("remove")
    plan.changes.append(f"no {thing}")
    plan.phrases.append("without the " + _bare(thing))


def _set_slot(plan: EditPlan, slot: str, phrase: str) -> None:
    scene = plan.scene
    value = _slot_value(slot, phrase)
    if not value:
        return
    if slot == "aspect":
        plan.aspect = aspect_from_text(phrase)
        plan.device = device_phrase(phrase) or plan.device
        plan.kinds.append("aspect")
        plan.changes.append({"wide": "wide format", "tall": "tall format", "square": "square format"}[plan.aspect])
        plan.phrases.append(f"in {plan.aspect} format")
        return
    terms = _SLOT_TERMS.get(slot)
    if terms:  # the old value of this slot goes, wherever the user had put it
        scene.subject = remove_terms(scene.subject, terms)
        scene.details = [d for d in (remove_terms(d, terms) for d in scene.details) if d]
    if slot == "time":  # a new time of day also replaces lighting tied to the old one
        scene.subject = remove_terms(scene.subject, ("golden light", "sunlight", "moonlight"))
    if slot == "style":
        scene.medium_hint = ""
        shape = aspect_from_text(phrase)
        if shape and not plan.aspect:  # "a vintage travel poster": the style, and the poster's shape
            plan.aspect = shape
            plan.device = device_phrase(phrase) or plan.device
    setattr(scene, slot, value)
    plan.kinds.append(slot)
    plan.changes.append(re.sub(r"^(?:at|in|during|with)\s+", "", value))
    plan.phrases.append(slot_phrase(slot, value))


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


def _article(phrase: str) -> str:
    return "an" if re.match(r"[aeiou]", phrase, re.I) and not re.match(r"(?:uni|one|eu)", phrase, re.I) else "a"


def slot_phrase(slot: str, value: str) -> str:
    """A reply fragment that reads after "Here it is …": "at night", "as a watercolor painting", "in snowy weather"."""
    value = value.strip()
    low = value.lower()
    if slot == "style":
        if low.startswith("in the style of") or low.startswith("in "):
            return value
        if _COUNTABLE_STYLE.search(low):
            return f"as {_article(value)} {value}"
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
        return f"as {_article(value)} {value}" if re.search(r"(?:shot|view|close-?\s?up|closeup|angle)$", low) else value
    return value if re.match(r"^(?:with|in|at|as)\b", low) else f"with {value}"


def _apply_clause(plan: EditPlan, clause: str) -> None:
    raw = clause
    if _ASIDE.search(_LEAD_FILLER.sub("", clause.strip(), count=1)):  # what the picture is for: only its format
        if aspect_from_text(clause):
            _set_slot(plan, "aspect", clause)
        return
    previous = None
    while previous != clause:
        previous = clause
        clause = polite_to_imperative(_ASK.sub("", _LEAD_FILLER.sub("", clause.strip(), count=1), count=1))
    clause = _TRAIL.sub("", clause).strip()
    if not clause or re.fullmatch(r"(?:(?:the\s+)?same(?:\s+(?:thing|image|picture|one|again))?|but|and|so|"
                                  r"(?:this|that|it)\s+again|please|pls|plz|thanks|thank\s+you|thx|ty|too|as\s+well|also|"
                                  r"again|now|then|instead|lol|haha+|ok(?:ay)?)[.!]*", clause, re.I) or is_social(clause):
        return
    if _ASIDE.search(clause):  # what the picture is for: only its format matters
        if aspect_from_text(clause):
            _set_slot(plan, "aspect", clause)
        return
    purpose = _PURPOSE.search(clause)
    if purpose and re.match(r"^(?:zoom|pull|get|move|make|widen|crop|show|frame)\b", clause, re.I):
        _apply_clause(plan, clause[: purpose.start()])
        what = _clean_modifier(re.sub(r"^(?:more\s+of\s+)", "", purpose.group("what"), flags=re.I))
        if what and not plan.scene.mentions(what.split()[-1]):
            _add(plan, what)
        return
    low = clause.lower()
    if _QUALITY.search(low):
        plan.scene.quality = "intricate details, fine textures"
        plan.kinds.append("quality")
        plan.changes.append("more detail")
        plan.phrases.append("with more detail")
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
    if re.match(r"^zoom\s+(?:in|out)\b|^(?:get\s+|move\s+)?closer\b|^(?:pull|step|move)\s+back\b|^widen\b", low):
        _set_slot(plan, "framing", clause)
        return
    match = _RE_REMOVE.match(clause)
    if match:
        _remove_thing(plan, match.group("x") or match.group("x2"))
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
        if _is_part_modifier(target):  # "make the pot blue ceramic", "make the roof mossy"
            _modify_part(plan, noun, target)
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
        plan.phrases.append(f"with a {_clean_modifier(phrase)} color palette")
    else:
        _add(plan, phrase)


def _is_colour(text: str) -> bool:
    """"blue", "hot pink", "deep sea green", "pastel yellow and white": colour words only, at least one a colour."""
    words = re.sub(r"[-]", " ", text.lower()).split()
    return bool(words) and any(w in lexicon.COLOURS for w in words) and all(
        w in lexicon.COLOURS or w in lexicon.COLOUR_MODIFIERS or w in ("and", "colored", "coloured", "ish", "color",
                                                                       "colour") for w in words)


def _bare(noun: str) -> str:
    return re.sub(r"^(?:the|a|an)\s+", "", noun, flags=re.I)


def _is_part_modifier(text: str) -> bool:
    """"blue ceramic", "shiny", "bigger", "rustier": words that describe a part, not a new thing ("a cat")."""
    words = re.findall(r"[\w'-]+", text.lower())
    if not words or len(words) > 4 or re.match(r"^(?:a|an|the|some|one|two|three|\d+|into|like|look)\b", text, re.I):
        return False
    if classify_phrase(text) in ("time", "weather", "style", "framing", "aspect"):
        return False
    return any(w in lexicon.COLOURS or w in lexicon.MATERIALS or w in lexicon.COMPARATIVES or w in lexicon.COLOUR_MODIFIERS
               for w in words) or (len(words) <= 2 and all(re.search(r"(?:y|ed|ic|al|ous|ful|ish|en|er|less)$", w)
                                                          for w in words))


def _modify_part(plan: EditPlan, noun: str, modifier: str) -> None:
    """A named part gets a new look: in the phrase that names it, or added as a detail ("blue ceramic pot")."""
    noun = _clean_modifier(noun)
    scene = plan.scene
    looks = [w for w in re.findall(r"[\w'-]+", modifier.lower())]
    material = any(w in lexicon.COLOURS or w in lexicon.MATERIALS for w in looks)
    new = recolor(scene.subject, noun, modifier) if material else None
    if new is not None:
        scene.subject = new
    else:
        for i, detail in enumerate(scene.details):
            if find_np(detail, noun):
                scene.details[i] = recolor(detail, noun, modifier) or detail
                break
        else:
            scene.details.append(f"{modifier} {noun}")
    plan.kinds.append("recolor" if material else "detail")
    plan.changes.append(f"{modifier} {noun}")
    plan.phrases.append(f"with the {noun} {modifier}" if not material else
                        f"with {'' if noun.endswith('s') else _article(modifier) + ' '}{modifier} {noun}")


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
    plan.phrases.append(f"with the {noun} in {colour}")


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
    plan.phrases.append(f"with {new} instead of the " + _bare(old))


def _set_background(plan: EditPlan, phrase: str) -> None:
    """'change the background to a city': the new background replaces any earlier one."""
    value = _clean_modifier(phrase)
    if not value:
        return
    plan.scene.details = [d for d in plan.scene.details if not d.endswith(" background")]
    plan.scene.details.append(f"{value} background" if not value.endswith("background") else value)
    plan.kinds.append("replace")
    plan.changes.append(f"{value} background")
    plan.phrases.append(f"with {_article(value)} {value} background")


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
    plan.phrases.append(slot_phrase("add", phrase))


# strength per kind of change for img2img edits (how much of the picture may move)
STRENGTH = {"quality": 0.35, "colour": 0.5, "lighting": 0.5, "time": 0.55, "weather": 0.55, "add": 0.5,
            "detail": 0.5, "recolor": 0.5, "replace": 0.6, "remove": 0.6, "framing": 0.65, "style": 0.65,
            "aspect": 0.5}
_IMG2IMG_KINDS = {"add", "detail", "quality"}


def _choose_method(plan: EditPlan) -> None:
    """Same-seed re-render for global changes, img2img where the picture must be kept, resize for a new shape."""
    kinds = set(plan.kinds)
    if kinds == {"aspect"}:
        plan.method = EditMethod.RESIZE
    elif kinds & _IMG2IMG_KINDS and not kinds - _IMG2IMG_KINDS - {"aspect"}:
        plan.method = EditMethod.IMG2IMG
        plan.strength = max(STRENGTH.get(k, 0.5) for k in kinds)
    else:
        plan.method = EditMethod.REPROMPT
    if plan.method is not EditMethod.IMG2IMG:
        plan.strength = None


def upload_strength(plan: EditPlan) -> float:
    """Edits of an uploaded photo are always img2img: strength by the size of the change."""
    return max((STRENGTH.get(k, 0.55) for k in plan.kinds), default=0.55)
