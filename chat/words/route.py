"""Decide what a message asks for: chat, generate, edit, variations, describe, upscale or revert.

    .venv/bin/python -c "from chat.words.route import route, RouteContext; print(route('make it night', RouteContext(has_current=True)))"
"""
from __future__ import annotations

import re
import zlib
from dataclasses import dataclass, field
from typing import Optional

from chat.types import Action
from chat.words import embeddings
from chat.words import lexicon
from chat.words.another import asks_other_look, varied_slot
from chat.words.brief import brief_request
from chat.words.quoted import quoted_request
from chat.words.explained import explained_change
from chat.words.counts import NUM, extract_count
from chat.words.detail import THING_WORDS, categorize, named_category
from chat.words.fixes import flip_axis, says_verb_look, says_words
from chat.words.critique import DECLINE, DISLIKE, DISLIKED_LOOKS, critique, missed, picture_needs
from chat.words.edit_plan import is_colour
from chat.words.edit import (NOT_LETTERING, ONE_OF_THEM, WRITE_TEXT, coloured_one, gives_to, is_new_thing, it_named_before, switched_to,
                             tried_in, verbless_look)
from chat.words.emoji import EMOJI_RUN
from chat.words.foreign import asks_a_change, foreign_route
from chat.words.glossary import ENGLISH_NOUNS, singular
from chat.words.language import COMMAND_VERBS, detect_language
from chat.words.mind import final_say
from chat.words.normalize import article_put_back, ASK_RUN_ON, CORRECTION, HEDGE, MAKE_SURE_NONE, YOU_CAN_ASK, SAYS, SCENE_PARTS, TRAIL, SAME_BUT, WISH_VERB, VERSION_OF_IT, WOULD_LOOK, is_social, slash_as_and, made_so, strip_emoji, strip_filler, polite_to_imperative, strip_lead_talk, split_side_talk, ADVERB, words_pattern
from chat.words.negatives import extract_negatives
from chat.words.nounphrase import subject_head
from chat.words.one_version import one_version
from chat.words.remarks import PICTURE_REMARK, is_said_clause
from chat.words.places import is_place_name
from chat.words.picks import pick_only, revert_target, split_pick
from chat.words.fixes import VALUE_CHANGE, lettering_swap, without_wrong_remark
from chat.words.rephrase import as_edit_command
from chat.words.request import same_style_subject, strip_wrapper
from chat.words.clarify import clarified_request, is_vague
from chat.words.route_cues import (count_for_content, draw_request, draw_request_with_content, has_content,
                                   is_new_drawing, is_question, looks_like_description, refers_to_scene, variation_count)
from chat.words.route_patterns import (ACCEPT, CAPABILITY, CAPABILITY_DOUBT, CHAT_START, DESCRIBE, DRAW_ON_MY_PHOTO, EDIT_START, GALLERY,
                                       KNOWLEDGE, MAKE_THE, QUESTION_START, META_TALK, MOTION_ASK, NEW_CONTENT, NOW_A_THING, HOW_TO_ASK, USE_ASKED,
                                       NEW_SCENE, ORIGINAL, POLITE, REVERT, SAVE_IT, START_FRESH, UPLOAD_EDIT, UPLOAD_STATEMENT,
                                       ABILITY_ASKED, UPSCALE, VARIATIONS)
from chat.words.scene import tidy
from chat.words.sizes import SHAPE_REASON, SHAPE_WORDS, SHAPED_VERSION, aspect_from_text, asks_reshape, shape_said_outright
from chat.words.slots import article, classify_phrase, is_format_only, is_modifier_only
from chat.words.typos import correct_typos, fix_prompt_typos
from chat.words.topic import VIEW_OF_IT, antecedent, chat_topic

_PART_BIGGER = re.compile(r"\b(?:make|turn)\s+the\s+(?!image|picture|photo)\w+\s+(?:bigger|larger)")  # a part, not it
# "make him look happier" / "give her a red scarf" / "change their shirts to blue": the people in the current picture
_PEOPLE_IN_PICTURE = re.compile(
    r"^(?:(?:now|also|then|and|ok(?:ay)?|so|please|pls)\s+)*(?:make|turn|give|put|have|let|dress|change|get|move|place|"
    r"show|add|let'?s\s+(?:make|give|put|have))\s+(?:him|her|them|his\s+\w+|her\s+(?!a\b|an\b|some\b)\w+|"
    r"their\s+\w+)\b|^(?:he|she|they)\s+(?:should|could|needs?|must|has\s+to|have\s+to)\b", re.I)
# '... should say "OPEN"' / 'make the banner read "SALE"' / 'change the text to "HI"': new words in the picture
_NEW_QUOTE = re.compile(r"\b(?:say|says|read|reads|spell|spells|write|written|text|caption|title|label|lettering|"
                        r"wording)\b[^\"“§]{0,20}(?:[\"“][^\"”]+[\"”]|§\d+§)", re.I)
# "cheer me up with a picture of a puppy": the picture named, whatever the verb
_PICTURE_OF = re.compile(r"\b(?:a|an|some|one|two|three|\d+)\s+(?:(?:cute|nice|little|quick|new)\s+)?(?:picture|pic|"
                         r"drawing|painting|image|photo|illustration|sketch|portrait)s?\s+of\s+(?P<x>.+)$", re.I)
# "can you do a matching one for my desktop": this picture in another shape
_ONE_FOR = re.compile(r"^(?:do|make|give\s+me|create|get\s+me|show\s+me)\s+(?:a|an|another|one)\s+(?:(?:matching|similar|"
                      r"same|second|new)\s+)?(?:one|version|copy)\s+(?:for|as|in)\b", re.I)
# "surprise me" / "draw anything": no subject given, Easel picks one (with a picture on screen: "surprise me again")
_SURPRISE = re.compile(r"(?:^|[.!?,]\s*)(?:(?:just|pls|please|ok(?:ay)?|so)\s+)*surprise\s+me(?:\s+(?:pls|please))?[.!]*$"
                       r"|^(?:just\s+)?(?:draw|paint|make|show)\s+(?:me\s+)?(?:anything|something(?:\s+(?:random|cool|fun|"
                       r"nice|interesting))?)(?:\s+(?:you\s+like|you\s+want))?[.!]*$"
                       r"|^(?:a\s+)?random\s+(?:picture|image|drawing)(?:\s+(?:pls|please))?[.!]*$"
                       r"|^(?:(?:so|ok(?:ay)?|go\s+on)[,\s]+)?show\s+me\s+what\s+(?:you\s+can\s+do|you'?ve\s+got|you\s+got)[.!]*$"
                       # "i'm bored, surprise me with something fun to look at": Easel's pick, whatever it is
                       r"|\bsurprise\s+me\s+with\s+(?:something|anything)(?:\s+(?:fun|cool|nice|pretty|random|interesting|"
                       r"beautiful|cute|new))?(?:\s+to\s+(?:look\s+at|see))?(?:\s+(?:pls|please))?[.!]*$")
_IF_I_SEND = re.compile(r"\bif\s+i\s+(?:send|upload|give|share|attach|post)\b")
# "make Pepper look happier": a name from the picture's words
_NAMED_LOOK = re.compile(r"^(?:make|have|let|get)\s+(?P<name>(?!(?:it|this|that|me|us|him|her|them|the|a|an)\b)[\w'-]+)"
                         r"\s+(?:look|seem|be|smile|sit|stand|wear|hold|run|sleep|turn|face)\b")
_I_DONT_WANT = re.compile(r"^(?:i|we)\s+(?:really\s+)?(?:don'?t|dont|do\s+not)\s+want\s+(?:any\s+)?(?!to\b)\w", re.I)
_NOT_A_THING = (r"(?:it|this|that|these|those|make|turn|change|put|add|then|now|thanks|thank|i|you|u|we|he|she|they|"
                r"can|could|would|do|does|is|was|are|what|how|why|maybe|also|the|same|bigger|smaller|more|less)\b")
_AND_ALSO = re.compile(r"^(?:(?:oh|ah|ok(?:ay)?)[,\s]+)?(?:and|also|plus|and\s+also|and\s+maybe|maybe\s+also)[,\s]+"
                       r"(?P<x>(?:a|an|some|more|two|three|\d+)\s.+|(?!" + _NOT_A_THING + r")[a-z][\w'-]+\s+(?:(?!" + _NOT_A_THING
                       + r")[a-z][\w'-]+\s+)?(?:[a-z]+ing\s+)?(?:falling|flying|floating|drifting|scattered|hanging|"
                       r"everywhere|all\s+over|around\s+(?:it|them|him|her)|(?:on|in|over|under|behind|across|along|"
                       r"around|covering)\s+(?:the|his|her|its|their)\s+[a-z][\w'-]+)\b.*)$", re.I)  # "and confetti
# falling everywhere", "oh and autumn leaves everywhere", "and snow on the peaks please"
# "i kinda want like a chill vibe, maybe a japanese garden": a wish, hedged, for something to draw
_I_WANT = re.compile(r"^(?:i|we)\s*(?:" + HEDGE + r"\s+)*" + WISH_VERB + r"\s+(?:(?:like|maybe|something\s+like)[,\s]+)*"
                     r"(?P<x>(?:a|an|some|one|two|three|four|\d+)\s.+|something\s+(?:that\s+|which\s+)?(?:feels?|looks?|"
                     r"is|seems?)\s+[\w'-]+\s*,.*\bwith\s.+)$", re.I)  # ("i want something that feels handmade, … with a bee")
_PICTURE_NOUN = re.compile(r"\b(?:picture|image|drawing|painting|illustration|poster|logo|wallpaper|banner|icon|"
                           r"sticker|portrait|sketch|card|cover|scene|view)s?\b")
# "the boat should be bigger" / "her dress needs to be red": a part of the picture on screen, changed
_SHOULD_BE = re.compile(r"^(?:(?:the|his|her|its|their)\s+[\w'-]+(?:\s+[\w'-]+)?|" + SCENE_PARTS + r")\s+(?:" + ADVERB + r"\s+)?"
                        r"(?:should|"
                        r"could|needs?\s+to|has\s+to|"
                        r"have\s+to|must|ought\s+to)\s+(?:be|look|have|get|go|say|read|spell)\b", re.I)
_TALK_VERB = re.compile(r"\b(?:talk|chat|discuss|ask|speak|tell)\b")  # "let's talk about something else"


@dataclass
class RouteContext:
    """What the router knows besides the words."""

    has_current: bool = False  # a current image exists
    has_upload: bool = False  # an image was uploaded with this message
    image_count: int = 0  # images in the session
    last_batch: int = 0  # how many images the latest image turn showed
    scene_words: set[str] = field(default_factory=set)  # nouns of the current scene ("car", "dog")
    series: bool = False  # the last message asked for a new subject in the same style ("now rome in the same style")
    asked_who: str = ""  # the last message was "… can you draw her?" and Easel asked what she looks like: that message
    lettering: str = ""  # the quoted words of the current picture ('"Bake Sale - Saturday"')
    vague_request: str = ""  # the last turn drew a request that named only a format ("a logo"): its subject
    talked_about: bool = False  # the talk so far named a thing ("what did a roman legionary look like?")
    edited: bool = False  # the picture on screen is an edit ("no wait, a bear" then takes that change back)
    swapped: bool = False  # that edit put one thing in place of another ("make it a corgi instead"): "now a husky" goes on


@dataclass
class Route:
    action: Action
    reason: str  # which rule decided (for tests and debugging)
    count: int = 1  # variations / generate: how many images
    target: Optional[str] = None  # revert: 'previous' | 'first' | 'last' | ordinal index as str ('2')
    confident: bool = True
    text: Optional[str] = None  # what the action acts on when not the message as typed (typos fixed / the request
    #                             sentence after a context sentence); None: the message itself



_GO_WITH = re.compile(r"^(?:(?:can|could|shall)\s+(?:we|i|you)\s+|let'?s\s+|i'?ll\s+|i\s+will\s+)?(?:go|stick|run)\s+with\s+(?:that|it|"
                      r"this|that\s+one|this\s+one)\s*(?:,\s*|\s+)(?:and|then|but)\s+(?:(?:can\s+you|could\s+you|please)\s+)?"
                      r"(?=\S)", re.I)


def _picked_image(text: str, ctx: RouteContext) -> Optional[Route]:
    """"the third one is my favourite" / "the second one is great, make it wide": an image of the batch first."""
    if not (ctx.last_batch > 1 or ctx.image_count > 1):
        return None
    pick = pick_only(text)
    if pick is not None:
        return Route(Action.REVERT, "picked an image", target="last" if pick < 0 else str(pick))
    pick, body = split_pick(text)
    if pick is None:
        return None
    target = "last" if pick < 0 else str(pick)
    rest = _GO_WITH.sub("", body.strip(), count=1)
    if rest != body.strip() and (EDIT_START.match(rest) or as_edit_command(rest)) and not re.match(
            r"(?:move|carry|go|get)\s+on\b|keep\s+going|continue|finish|stop|call\s+it|wrap\s+up", rest, re.I):
        body = rest  # "… can we go with that and add a rainbow": the change (not "… and move on")
    if ACCEPT.match(strip_filler(body).lower()):
        return Route(Action.REVERT, "picked an image", target=target)
    decision = route(body, ctx)
    if decision.action in (Action.EDIT, Action.UPSCALE, Action.VARIATIONS, Action.DESCRIBE):
        decision.target = target  # that one, then the change
        decision.text = decision.text or body
        decision.reason += " (after picking an image)"
        return decision
    if decision.action is Action.CHAT and decision.confident and is_question(body.strip().lower()):
        return decision  # "the second one is nice. what font would go with it?": the question is answered
    if decision.action is Action.CHAT:
        return Route(Action.REVERT, "picked an image", target=target)
    if decision.action is Action.REVERT and decision.target == "previous":  # "the first one was better, go back to it"
        decision.target = target
    return decision


_THEN = re.compile(r"\s*(?:,\s*|\s+)(?:and|then|and\s+then|but)\s+(?:(?:just|also|now|please)\s+)*(?P<rest>.+)$|"
                   r"[,;.]\s*(?:(?:and|then|just|also|now|please)\s+)*(?P<rest2>(?:make|add|remove|change|turn|put|give|"
                   r"have|let|zoom|crop|swap|replace)\b.+|(?:it|this|that)\s+(?:needs\s+to|has\s+to|should|must)\s+be\s+.+)$", re.I)  # ("…, it needs to be square for the cards")


# "and tokyo" / "now a lion" / "berlin next", after "now rome in the same style": the next of the series
_NEXT_IN_SERIES = re.compile(r"^(?:(?:and|now|next|then|ok(?:ay)?|also|same\s+for)[,:\s]+)*(?:(?:do|make|draw)\s+)?"
                             r"(?P<x>[\w'\" -]+?)(?:[,\s]+(?:too|next|as\s+well|please|pls))?[\s.!]*$", re.I)


def in_series(user_messages: list[str]) -> bool:
    """Whether the next message may continue a series: the latest messages are "now rome in the same style", then
    perhaps "and tokyo", "berlin next" (newest last)."""
    for message in reversed(user_messages[-4:]):
        if same_style_subject(message) is not None:
            return True
        if not _series_item(strip_lead_talk(message).strip().lower(), set()):
            return False
    return False


def _series_item(low: str, scene_words: set[str]) -> Optional[str]:
    """"and tokyo" / "a lion next" -> the thing; None for "make it brighter", "and some fire", "and thanks", "and 3
    more" or a bare "tokyo"."""
    match = _NEXT_IN_SERIES.match(low)
    thing = match.group("x").strip() if match else ""
    if not thing or len(thing.split()) > 6 or thing.startswith(("some ", "more ", "maybe ")) or \
            EDIT_START.match(thing) or MAKE_THE.match(thing) or classify_phrase(thing) or not is_new_thing(thing) or \
            refers_to_scene(thing, scene_words) or is_social(thing) or is_question(low) or not has_content(thing) or \
            any(p.search(thing) for p in (VARIATIONS, UPSCALE, REVERT, CHAT_START)) or \
            re.search(r"\b(?:it|this|that|them|thanks?|bye|done|nothing|hd|\d+)\b", thing) or \
            re.fullmatch(r"the\s+" + SCENE_PARTS, thing):
        return None
    said_as_next = low.split()[0] in ("and", "now", "next", "then", "also", "same") or thing != low.strip(" .!")
    return thing if said_as_next else None


def _next_in_series(low: str, ctx: RouteContext) -> Optional[Route]:
    thing = _series_item(low, ctx.scene_words) if ctx.series and ctx.has_current else None
    if not thing:
        return None
    return Route(Action.GENERATE, "the next of a series, in the same style", text=f"{thing} in the same style")


def _same_style(low: str, ctx: RouteContext) -> Optional[Route]:
    """"now do rome in the same style" / "same style but a swan": a new picture of that thing, in this one's style."""
    thing = same_style_subject(low) if ctx.has_current else None
    if re.search(r"\bsame\s+(?:vibe|feel|mood)\b.*\binstead\b", low):
        return None  # "same vibe but a dog instead": the one on screen with its subject swapped (an edit)
    if not thing or not is_new_thing(thing) or refers_to_scene(thing, ctx.scene_words):
        return None
    return Route(Action.GENERATE, "a new subject in the current picture's style", count=extract_count(low)[1])


# "let's use that", "go with that one", "keep it": the image gone back to, taken
_TAKE_IT = re.compile(r"^(?:let'?s\s+|lets\s+|we\s+(?:can|could|should)\s+|i'?ll\s+|just\s+)?(?:use|keep|go\s+with|take|pick|"
                      r"choose|stick\s+with|stay\s+with)\s+(?:that|it|this|that\s+one|this\s+one|the\s+[\w'-]+\s+one)\b"
                      r"(?:\s+(?:instead|then|please|pls|again))*[\s.!]*$", re.I)


def _change_after_revert(low: str, ctx: RouteContext) -> Optional[Route]:
    """"go back to the first one and make the fox look at the camera": an edit of that earlier image."""
    match = REVERT.search(low)
    then = _THEN.search(low, match.end())
    if not then:
        return None
    rest = then.group("rest") or then.group("rest2")
    if re.search(r"\b(?:before|without)\s+(?:the|you|we|i|adding|added|it\s+had|there\s+(?:was|were))\b",
                 low[match.end(): then.start()]) and not re.search(r"[,;.]\s*(?:and|then)\b", low[then.start() - 2: then.end()]):
        return None  # "back to the first one, before the bow and the hawk": which one, the "and" inside it
    if _TAKE_IT.match(rest):  # "the earlier one was nicer, let's use that": the revert, said twice
        return None
    named = re.search(r"\bthe\s+[\w' -]+?\s+(?:one|version|picture|image|pic)\s*[.!]*$", low[match.end():])
    if named and match.end() + named.start() < then.start():  # "go back to the black and white one": which one
        return None
    decision = _route_rules(rest, ctx)
    if decision.action is not Action.EDIT and (decision.confident or decision.action is not Action.GENERATE):
        return None
    return Route(Action.EDIT, f"back to an earlier image, then a change ({decision.reason})",
                 target=revert_target(low[: then.start()]), text=rest)


# why the user asks, after the ask: "…, I want to print it", "… its for my dads wall", "…, the site wants 2000px"
_WHY_AFTER = re.compile(r"(?:[,;.!:-]+\s*|(?<!\s)\s+)(?:(?:because|since|cause|cuz|cos|as(?!\s+(?:an?|the|some|if|though|well|in)\b))\s+|(?:i|we)\s*(?:'d|\s+would|\s+really)?\s*"
                        r"(?:want|need|wanna|like|have|am\s+going|'m\s+going|plan)\s+to\s+|(?:i|we)\s+(?:wanna|gotta)\s+(?!be\b)|(?<=[,;.])\s*(?:my|our)\s+[\w'-]+\s+(?:is|are|was|were|isn'?t|aren'?t|ain'?t)\b|(?:i|we)\s+(?:want|need)\s+(?:it|this|them)\s+(?:for|to\s+(?:print|frame|hang|go))\b|(?:i'?m\s+|we'?re\s+)?(?:gonna|going\s+to)\s+(?:print|frame|post|use|hang|put)\b|(?:it'?s|its|it\s+is|this\s+is|that'?s)"
                        r"\s+(?:(?:going\s+)?(?:for|to\s+go)|going\s+(?:on|onto|in|into)(?=\s+(?:an?|my|our|the)\s)|going(?=\s+in(?:to)?\s+print\b))\s+|for\s+(?:my|our|the|a|an|printing|print|framing)\b|(?:the\s+|my\s+|our\s+|a\s+)?[\w'-]+"
                        r"\s+(?:wants|needs|requires|asks\s+for)\b|so\s+(?:i|we|it|they|you)\s+(?:can|could|will|looks?)\b"
                        r"|(?:it'?s|its|it\s+is|it'?ll|it\s+will|this\s+is)\s+(?:going\s+to\s+|gonna\s+)?(?:be\s+|get\s+)?(?:print(?:ed)?|"
                        r"framed|hung)\b"  # "bigger please, it's going to print"
                        r"|(?<=[,;.])\s*(?:[\w'-]+\s+){0,2}(?:will|'ll|can|could|are\s+going\s+to)\s+(?:vote|pick|choose|"
                        r"decide)\b).*$")


# "what size should the picture be?", "how big does it need to be for a poster?": advice asked, not an upscale
_SIZE_ADVICE = re.compile(r"\b(?:what|which)\s+(?:size|resolution|dimensions?|dpi|ppi|format|aspect\s+ratio)\s+(?:should|do|"
                          r"does|would|is|are|will|must)\b|\bhow\s+(?:big|large|many\s+pixels)\s+(?:should|do|does|would|must|"
                          r"can|is|are)\b|\bhow\s+(?:do|can|should|would)\s+(?:i|we)\s+(?:get|ensure|keep|achieve|make\s+sure\s+(?:i|we)\s+"
                          r"get)\s+(?:the\s+|a\s+)?(?:best|good|high|higher|better|great|top)\s+(?:print\s+)?(?:quality|results?|"
                          r"resolution)\b|\bhow\s+(?:do|can|should|would)\s+(?:i|we)\s+(?:save|download|export)\s+(?:it|this|"
                          r"that|them|the\s+(?:image|picture|file))\s+(?:at|in|with)\s+(?:full|high|higher|the\s+highest|max(?:imum)?|"
                          r"best)\b|\bwhat\s+(?:does|do)\s+(?:the\s+word\s+)?['\"“]?[\w-]+(?:\s+[\w-]+)?['\"”]?\s+(?:mean|do)\b"
                          r"|\bwhat(?:'s|\s+is)\s+(?:an?\s+)?upscal|^(?:does|do|will|would)\s+(?:it|this|that|they|the\s+(?:image|"
                          r"picture|shape|quality))\s+(?:keep|stay|lose|change|get\s+blurry|look)\b")  # ("how do I get the best print quality?", "how do I save it
# at full resolution?", "what does upscale mean?": advice,
# not an upscale)


# "put a few more deer in front of it", "add some more clouds": more of a thing in the picture, not more pictures
_MORE_OF_A_THING = re.compile(r"\b(?:add|put|place|throw|stick|include|with)\s+(?:in\s+)?(?:a\s+few|a\s+couple(?:\s+of)?|"
                              r"some|several|" + NUM + r")\s+more\s+(?!(?:versions?|options?|ones?|takes?|variations?|"
                              r"pictures?|images?|pics?|of|please|pls|like|times?)\b)[a-z]")


_THE_ORIGINAL = re.compile(r"the\s+original(?:\s+(?:one|version|picture|image|pic))?(?:\s+(?:again|back|please|pls))*[\s.!?]*")


_DIFFERENCE = re.compile(r"^(?:(?:so|ok(?:ay)?|quick\s+q(?:uestion)?|hmm+)[,:\s]+)*(?:what(?:'s|s|\s+is|\s+are)\s+the\s+differences?|"
                         r"(?:how|what)\s+(?:is|does)\s+.{2,60}?\s+differ)\b", re.I)
# "back to the ward now", "back to work": where the user goes, not an earlier picture
_BACK_TO_LIFE = re.compile(r"\bback\s+to\s+(?:the\s+|my\s+|our\s+)?(?P<x>(?!(?:first|original|start|beginning|previous|last|old|"
                           r"earlier|one|it|that|this|version|picture|image|pic|drawing|photo|other|second|third|before)\b)"
                           r"[\w'-]+)(?P<when>(?:\s+(?:now|then|i\s+go|for\s+me|we\s+go))+)?(?:\s+(?:lol|haha))*[\s.!]*$", re.I)


_AWAY_PLACES = frozenset("work ward office shift job school class bed sleep reality studio desk".split())


def _talk_like_an_action(low: str, ctx: RouteContext) -> Optional[Route]:
    """Talk that reads like an action: "what's the difference between making it bigger and …" (a question), "thanks,
    back to the ward now" (the user leaves, no earlier picture)."""
    if _DIFFERENCE.match(low):
        return Route(Action.CHAT, "a question about the difference between two things")
    away = _BACK_TO_LIFE.search(low)
    if away and away.group("x") not in ctx.scene_words and (away.group("when") or away.group("x") in _AWAY_PLACES):
        return Route(Action.CHAT, "thanks, and the user goes back to work ('back to the ward now')")
    return None


def _needs_a_picture(low: str, ctx: RouteContext) -> Optional[Route]:
    """Things only possible with a picture: revert, upscale, a new scene instead, variations, describe."""
    if ctx.image_count and SAVE_IT.match(low):  # "ok cool, save it": saved already; the answer says where
        return Route(Action.CHAT, "asks to save the picture")
    if ctx.image_count and GALLERY.search(low):  # "show me all the versions": the gallery, not a new picture
        return Route(Action.CHAT, "asks to see every picture (the gallery)")
    if ctx.image_count and REVERT.search(low) and (not draw_request_with_content(low) or _THE_ORIGINAL.fullmatch(
            draw_request(low) or "")) and not (
            SAME_BUT.match(low) and SAME_BUT.sub("", low, count=1).strip()):  # "like the previous one but foggy"
        then = _change_after_revert(low, ctx)
        if then is not None:
            return then
        return Route(Action.REVERT, "revert words", target=revert_target(low))
    if not ctx.has_current:
        return None
    return _upscale_asked(low, ctx) or _needs_the_current(low)


def _why_split(low: str) -> tuple[str, str]:
    """(what is asked, why): "bigger pls, the site wants 2000px" -> ("bigger please", "the site wants 2000px")."""
    asked = _WHY_AFTER.sub("", low)
    return TRAIL.sub("", asked).strip(), low[len(asked):].lstrip(" ,;.!:-")


_FACTOR_AFTER = re.compile(r"[,\s]+(?:like|maybe|about|say|at\s+least|around|approx(?:imately)?)\s+(?:\d{1,2}(?:\.\d)?\s*[x×]|"
                           r"twice|double)(?:\s+(?:please|pls|bigger|the\s+size))?[\s.!]*$")


def _upscale_asked(low: str, ctx: RouteContext) -> Optional[Route]:
    """"bigger", "upscale it", "bigger pls, the site wants 2000px" (bigger, for a reason); not "bigger, because the
    fox looks small" (a change) or "an hd version but as a watercolor" (a change asked too)."""
    low = _FACTOR_AFTER.sub("", low) or low  # "bigger please, like 2x": bigger (by the factor said)
    if _SIZE_ADVICE.search(low):
        return None  # "what size should it be?", "how do I get the best print quality?": advice, asked
    if UPSCALE.search(low) and not NEW_CONTENT.search(low) and not _PART_BIGGER.search(low):
        return Route(Action.UPSCALE, "upscale words")
    bare, why = _why_split(low)
    going_on = re.match(r"(?:it'?s|its|it\s+is|this\s+is|that'?s)\s+(?:going\s+)?(?:for|to\s+go|going\s+(?:on|onto|in|into))\b",
                        why, re.I)  # "it's going on a 3 metre banner": where it goes, whatever the picture shows
    about_content = not going_on and (_names_scene_word(why, ctx) or re.search(  # "bigger, because the fox looks small"
        r"\b(?:looks?|visible|dramatic|small|tiny|dark|bright|see)\b", why))
    changed_too = re.search(r"\b(?:but|and|only)\s+(?:as|in|with|without|make|more|less)\b", low)  # "an hd version but
    # as a watercolor": a change asked too
    if bare != low and bare and not about_content and not changed_too and UPSCALE.search(bare) and \
            not NEW_CONTENT.search(bare) and not _PART_BIGGER.search(bare):
        return Route(Action.UPSCALE, "upscale words, then why")
    return None


_MAKE_IT_N = re.compile(r"^(?:(?:omg|ok(?:ay)?|so|and|actually|hmm+)[,!\s]+)*(?:(?:can|could)\s+(?:you|u)\s+)?(?:make|do)\s+"
                        r"(?:it|that)\s+(?P<n>[2-8]|two|three|four|five|six|seven|eight)(?:\s+(?:please|pls|of\s+them|"
                        r"instead))?[\s.!?]*$")  # "omg make it 3": three takes, not the number 3 drawn


_AGAIN_BUT_WITH = re.compile(r"\b(?:try|do|draw|make|have\s+a\s+go)\s+(?:it\s+|that\s+)?(?:again|another\s+time)\s*,?\s+but\s+"
                             r"(?P<rest>(?:with|without|make|in|as|at|more|less|this\s+time)\b[^?]*)", re.I)


def _needs_the_current(low: str) -> Optional[Route]:
    """A new scene instead, more versions of it, or what is in it."""
    times = _MAKE_IT_N.match(low)
    if times:
        return Route(Action.VARIATIONS, "that many takes ('make it 3')", count=int(times.group("n")) if times.group("n").isdigit()
                     else lexicon.NUMBER_WORDS[times.group("n")])
    bare, why = _why_split(low)
    if NEW_SCENE.search(low) and not _TALK_VERB.search(low):
        return Route(Action.GENERATE, "new scene words", count=extract_count(low)[1])
    again_but = _AGAIN_BUT_WITH.search(low)
    if again_but:  # "could you try again, but with the tower made of black stone": the changes said after "but"
        return Route(Action.EDIT, "another try, with changes ('try again, but with …')", text=again_but.group("rest"))
    one_more = re.search(r"\bone\s+more(?:\s+(?:thing|request|change|tweak))?\s*[,:;.!-]+\s*(?P<rest>\S.*)$", low)
    if one_more and EDIT_START.match(one_more.group("rest")) and not is_new_drawing(one_more.group("rest")):
        return Route(Action.EDIT, "one more change, not one more take ('sorry one more, make it shoulder length')",
                     text=one_more.group("rest"))
    if VARIATIONS.search(low) and not count_for_content(low) and not VERSION_OF_IT.match(low) and not _LOOK_OF_A_VERSION.search(
            low) and not \
            _MORE_OF_A_THING.search(low) and not re.search(
            r"\b" + SHAPE_WORDS + r"\s+(?:version|one|copy)\b", low) and not (  # "a square version of it": another shape
            _ONE_SHAPE.search(low) and aspect_from_text(low)):  # "a story version of the same thing, tall": reshaped
        return Route(Action.VARIATIONS, "variation words", count=variation_count(low))
    versions = _versions_that_differ(low)
    if versions is not None:
        return versions
    if bare != low and bare and not why.startswith("for ") and VARIATIONS.search(bare) and not count_for_content(
            bare) and not _MORE_OF_A_THING.search(bare) and not _LOOK_OF_A_VERSION.search(bare):
        # "can I get 3 versions so I can pick", "… players will vote" ("3 options for a cafe logo" is a new request:
        # "for …" says what the options are of)
        return Route(Action.VARIATIONS, "variation words, then why", count=variation_count(bare))
    if DESCRIBE.search(low) and not EDIT_START.match(low) and not EDIT_START.match(POLITE.sub("", polite_to_imperative(low),
                                                                                              count=1)):
        return Route(Action.DESCRIBE, "describe words", target="original" if ORIGINAL.search(low) else None)
    return None


# "can you draw one?", "could you show me them": a picture of the thing talked about, asked as a question
_DRAW_THAT = re.compile(r"^(?:(?:ok(?:ay)?|so|cool|great|nice|oh|ooh)[,!.\s]+)*(?:(?:can|could|would|will)\s+(?:you|u)\s+"
                        r"(?:please\s+)?)?(?:draw|paint|sketch|make|show|do|illustrate)\s+(?:me\s+|us\s+)?(?:one|it|that|them|"
                        r"him|her|those|these)\b(?:\s+(?:for\s+me|for\s+us|please|pls|now|then))*[\s?!.]*$", re.I)
# "can i use this commercially?", "rate it out of 10", "what did you change?": talk about the picture, not a change
_OPINION_OR_RIGHTS = re.compile(
    r"^(?:can|may|could)\s+(?:i|we)\s+(?:use|sell|print\s+and\s+sell|post|share)\s+(?:it|this|that|these|them|the\s+"
    r"(?:image|picture|pictures|images))\b(?!\s+(?:as|in|for\s+my\s+(?:phone|desktop)))"
    r"|^(?:can|may|could|is|are|do|does|am|what|how|who)\b.*\b(?:commercial(?:ly)?|copyright(?:ed)?|royalt(?:y|ies)|"
    r"licen[cs]e(?!\s*plates?)|own\s+the\s+rights)\b"
    r"|\b(?:source|citation|credit|attribution|reference)s?\s+(?:for|of|on)\s+(?:this|that|it|the\s+(?:image|picture|photo))\b"
    r"|^(?:rate|grade|score|judge|critique|review)\s+(?:it|this|that|them|the\s+(?:image|picture))\b"
    r"|^(?:do|did)\s+you\s+(?:like|love)\s+(?:it|this|that)\b|^what\s+do\s+you\s+think\s+(?:of|about)\s+(?:it|this|that)\b"
    r"|^what\s+(?:did|have)\s+you\s+(?:change|changed|do|done)\b", re.I)


# "i love drawing dragons too", "we used to paint", "dragons are my favourite": about the user, no request
_ABOUT_ME = re.compile(r"^(?:i|we)\s+(?:really\s+|just\s+|also\s+|totally\s+)?(?:love|like|enjoy|adore|hate|used\s+to|"
                       r"started|tried)\s+(?:to\s+)?(?:drawing|painting|sketching|making|doing|draw|paint|sketch|"
                       r"collecting|taking\s+photos|photography|knitting|baking|crafting)\b"
                       r"|^[\w' -]{1,40}?\s+(?:is|are)\s+(?:also\s+|totally\s+|definitely\s+)?(?:my|our)\s+"
                       r"(?:(?:absolute|all-time|all\s+time)\s+)?(?:favou?rites?|faves?|favs?)\b[\s.!]*$", re.I)


_PICTURES_IN_GENERAL = re.compile(r"(?:me\s+)?(?:(?:images|pictures|photos|pics|artwork|drawings|paintings|illustrations|things|"
                                  r"stuff)\s+(?:in|with)\b|(?:images|pictures|photos|pics|artwork|drawings|illustrations|graphics)\s+"
                                  r"for\s+(?:my|our|a|an|the|his|her|their)\s+(?:[\w'-]+\s+){0,3}?[\w'-]+[?.!\s]*$|(?:in\s+the\s+style\s+of|like)\s+(?:an?|any)\s+(?:specific|certain|"
                                  r"particular|famous|real|different|other)\s+(?:artist|painter|illustrator|photographer)s?"
                                  r"[?.!\s]*$|(?:images|pictures|photos|pics|drawings)\s+of\s+(?:[\w'-]+\s+)?(?:patterns|diagrams|charts|schematics|"
                                  r"blueprints|templates|instructions|plans|graphs|infographics|maps|book\s+covers|covers|album\s+covers|"
                                  r"posters|logos|flyers|labels|menus|invitations|greeting\s+cards|cards|stickers|tattoos)[?.!\s]*$|"
                                  # "vector style images? like flat illustration?": pictures of a kind, in general
                                  r"(?:[\w-]+\s+){1,2}(?:style\s+)?(?:images|pictures|pics|illustrations|graphics|artworks|drawings)"
                                  r"[?.!\s]*(?:(?:like|e\.?g\.?|such\s+as)\s+[^?]{1,40}[?.!\s]*)?$)")
# ("can you draw in the style of a specific artist?", "can you make pictures of knitting patterns?")


def _small_talk(low: str, ctx: RouteContext) -> Optional[Route]:
    """Greetings, questions about the assistant, knowledge questions."""
    if is_social(low):
        return Route(Action.CHAT, "greeting/thanks")
    if _IF_I_SEND.search(low) and is_question(low):
        return Route(Action.CHAT, "question about sending a photo")  # "can you draw my cat if i send a photo?"
    if CAPABILITY_DOUBT.match(low):
        return Route(Action.CHAT, "question about what the assistant can do")
    if _ABOUT_ME.search(low) and not re.search(r"\b(?:can|could|would|will)\s+(?:you|u)\b|\bplease\b|(?:[,.!?]|\bso|\band)"
                                                r"\s*(?:(?:now|just)\s+)?(?:draw|paint|make|show|give)\b|\b(?:we|i)\s+"
                                                r"(?:want|need|would\s+like|'d\s+like)\b", low):
        return Route(Action.CHAT, "the user talks about themselves")  # "i love drawing dragons too"
    if _OPINION_OR_RIGHTS.search(low):
        return Route(Action.CHAT, "a question about the picture's use or worth")
    if KNOWLEDGE.search(low) and not draw_request_with_content(low):
        return Route(Action.CHAT, "knowledge question")
    if ctx.talked_about and _DRAW_THAT.match(low):  # "can you draw one?" after talk about a roman legionary
        return Route(Action.GENERATE, "a picture of what the talk was about")
    if DRAW_ON_MY_PHOTO.match(low):
        return Route(Action.CHAT, "question about editing a photo of one's own")
    asked = draw_request(low) or ""  # ("can you make images in a specific format?": pictures in general, asked about)
    if CAPABILITY.match(low) and not (asked and has_content(asked) and not re.match(r"^(?:what|how|who|are)\b", low)
                                      and not _PICTURES_IN_GENERAL.match(asked)):
        return Route(Action.CHAT, "question about the assistant")
    question, *after = re.split(r"(?<=\?)\s+", re.sub(r"^(?:(?:hello|hi|hey|hiya|good\s+\w+)[,!.\s]+)+", "", low))
    asked = draw_request(question) or "" if after else asked
    if asked and _PICTURES_IN_GENERAL.match(asked) and question.rstrip().endswith("?") and re.match(
            r"^(?:can|could|do|will)\s+(?:you|u)\s+(?:also\s+)?(?:make|draw|do|create|generate)\b", question) and all(
            _ASKER_REMARK.match(part) for part in after):  # ("… I've never used one of these before.")
        return Route(Action.CHAT, "question about the assistant: pictures of a kind")  # ("… pictures of knitting patterns?")
    return None


def _in_scene(word: str, ctx: RouteContext) -> bool:
    return word in ctx.scene_words or word.rstrip("s") in ctx.scene_words or bool(re.fullmatch(SCENE_PARTS, word))


def _part_edit(polite: str, low: str, ctx: RouteContext) -> Optional[str]:
    """Why the message changes a part of the picture on screen ("give the cat a hat", "i don't like the sky", "switch to
    a wolf", "keep the fox, …", "the pond is too small"); None when it doesn't."""
    given = gives_to(polite)
    if given and _in_scene(given, ctx):
        return "something for a thing in the picture"
    disliked = DISLIKE.match(polite)
    figure_part = bool(disliked) and re.search(r"\b(?:his|her|their|its)\s+" + re.escape(disliked.group("x")) + r"\b",
                                               polite, re.I) and disliked.group("x").split()[-1].lower() in lexicon.FIGURE_PARTS
    if disliked and (_in_scene(disliked.group("x").split()[-1], ctx) or figure_part or re.fullmatch(
            DISLIKED_LOOKS, disliked.group("x").split()[-1])):
        return "a part of the picture the user dislikes"
    if switched_to(polite):
        return "another subject for the picture"
    if re.match(r"^keep\s+it\s+(?:simple|minimal|clean|subtle|realistic|cute|bright|dark|soft|light)\b", polite):
        return "a look to keep the picture in"
    kept = re.match(r"^(?:but\s+)?(?:keep|leave)\s+(?:the|my|his|her|its|their)\s+(?P<x>[\w'-]+)(?P<rest>.*)$", polite)
    if kept and _in_scene(kept.group("x"), ctx) and re.search(
            r"[,;]|\b(?:but|and|just)\b|\s(?:" + "|".join(lexicon.COLOURS) + r")$", kept.group("rest")):
        return "a change that keeps part of the picture"
    if re.match(r"^(?:(?:now|then|and|but)\s+)?(?:on|in|at|inside|under)\s+(?:the\s+|a\s+|an\s+)?[\w'-]+(?:\s+[\w'-]+)?$", polite) \
            and polite.split()[-1] in lexicon.PLACE_NOUNS:
        return "the same picture somewhere else"  # "now on mars"
    placed = re.match(r"^(?:(?:now|then|and|but|maybe)\s+)?(?:on|over|above|below|beneath|under|by|beside|near|behind|next\s+to|"
                      r"in\s+front\s+of|across|along|among|through|inside|in|at)\s+(?:the\s+|a\s+|an\s+|some\s+)?(?:[\w'-]+\s+)?"
                      r"(?P<noun>[\w'-]+)$", polite)
    if placed and singular(placed.group("noun")) in ENGLISH_NOUNS | THING_WORDS and not classify_phrase(polite):
        return "the same picture, placed ('on a branch', 'over a river')"  # a fragment after a picture: where it is
    if verbless_look(polite):
        return "one more part changed, as before"  # "and the knight's armor gold"
    part = critique(polite)
    if part is not None and (not part or _in_scene(part, ctx)) and not is_question(low):
        return "a part of the picture is too much"
    return None


_SAME_THING_BUT = re.compile(r"^(?:the\s+)?same\s+(?P<thing>[\w'-]+)\s*,?\s*but\s+(?P<rest>\S.*?)(?:\s+this\s+time)?[\s.!?]*$")
_ANOTHER_ANGLE = re.compile(r"^(?:(?:give|show)\s+(?:me\s+)?|(?:try|do)\s+(?:it\s+)?(?:from\s+)?)?(?:an?other|a\s+different|a\s+new)\s+"
                            r"(?:angle|view|viewpoint|perspective)(?:\s+(?:of\s+it|please|pls))*[\s.!?]*$")


# "that's not a cat, it's a fox", "it's supposed to be a fox, not a cat": one thing on screen should be another
_NOT_A_BUT_B = re.compile(r"^(?:(?:no+|nope|um+|hmm+|lol|haha)[,.!\s]+)*(?:(?:that'?s|thats|it'?s|its|this\s+is|that\s+is|it\s+is)\s+"
                          r"not\s+(?:a|an)\s+(?P<old>[\w'-]+)\s*[,.;!-]*\s*(?:that'?s|thats|it'?s|its|it\s+should\s+be|"
                          r"it'?s\s+supposed\s+to\s+be|i\s+(?:wanted|meant|said|asked\s+for))\s+(?P<art>an?)\s+(?P<new>[\w'-]+"
                          r"(?:\s+[\w'-]+)?)|(?:(?:it'?s|its|that'?s)\s+supposed\s+to\s+be\s+|i\s+(?:meant|wanted|said|asked\s+for)\s+|"
                          r"(?:it|that)\s+should\s+be\s+)?(?P<art2>an?)\s+(?P<new2>[\w'-]+)\s*,?\s*(?:and\s+)?"
                          r"not\s+(?:a|an|the)\s+(?P<old2>[\w'-]+))[\s.!?]*$", re.I)  # ("i meant a wolf, not a fox")


# "maybe some dramatic clouds?", "…, perhaps a little boat": a thing suggested for the picture on screen
_MAYBE_SOME = re.compile(r"(?:(?:^|,\s*|\.\s+)(?:and\s+)?(?:maybe|perhaps)\s+|^(?=(?:some|more|a\s+few|a\s+couple\s+of)\s))"
                         r"(?P<x>(?:some|a|an|more|a\s+few|a\s+couple\s+of)\s+[\w'-]+(?:\s+[\w'-]+){0,4}?)\s*(?:too|as\s+well)?"
                         r"[?.!\s]*$", re.I)  # (a bare "some clouds?" too: its "maybe" went with the filler)
# "more romantic", "more colourful": a look said by its ending, more so (not "more clouds", things)
_MORE_OF_A_LOOK = re.compile(r"(?:more|less)\s+(?:[a-z'-]+(?:ic|al|ive|ous|ful|ish|ant|ent|ble|ed)|" + "|".join(
    sorted(lexicon.Y_LOOKS)) + r")(?:\s+(?:please|pls|plz))?", re.I)
# "pink", "maybe teal instead?", "what about navy": a colour said alone, with a picture on screen
_COLOURS_ALONE = re.compile(r"^(?:(?:maybe|perhaps|now|ok(?:ay)?|hmm+|what\s+about|how\s+about|try|in|all|or|then)[,\s]+)*"
                            r"(?P<c>[a-z][a-z\s,&-]*?)(?:\s+(?:instead|please|pls|plz|maybe|then|too|one|version))*[\s.!?]*$",
                            re.I)
# a material or a shape said alone of the thing on screen ("enamel", "butterfly shaped", "heart-shaped", "in gold leaf")
_A_LOOK_ALONE = re.compile(r"(?:" + words_pattern(set(lexicon.MATERIALS) - {"paper"}) + r"|[a-z]+[\s-]shaped|shaped\s+like\s+(?:an?\s+)?"
                           r"[a-z]+)", re.I)
# "now black with a gum sole", "red with white laces": the thing on screen in a colour, with a part in another
_COLOUR_WITH_A_PART = re.compile(r"^(?:(?:maybe|perhaps|now|ok(?:ay)?|hmm+|then|or)[,\s]+)*(?P<c>(?:(?:dark|light|pale|bright|"
                                 r"deep|pastel|matte|glossy)\s+)?[a-z]+)\s+with\s+(?P<part>(?:an?|the|some)?\s*(?:[a-z-]+\s+)?"
                                 r"[a-z]+)(?:\s+(?:instead|please|pls|this\s+time))*[\s.!?]*$", re.I)
# "a spooky halloween version of it", "a black and white version of this": a look, not another take
_LOOK_OF_A_VERSION = re.compile(r"\b(?:an?\s+)(?!(?:new|different|second|third|another|other|alternate|alternative|fresh|"
                                r"similar|few|couple|hd|hq|high|higher|bigger|larger|sharper|[248]k|full)\b)(?P<look>[\w'-]+(?:\s+[\w'-]+){0,3}?)\s+version(?:\s+of\s+(?:it|this|that|him|her|them|the\s+same(?:\s+(?:thing|one|"
                                r"picture|image))?)\b|(?=\s+with\s))",
                                re.I)
# "…, tall", "in portrait", "but wide", "for my phone": the shape of the one asked for
_ONE_SHAPE = re.compile(r"(?:[,:]\s*|\b(?:but|in|as|and)\s+|^)" + SHAPE_WORDS + r"(?:\s+(?:format|please|pls|instead|mode))?[\s.!]*$|"
                        r"\b(?:story|reel|tiktok|phone|wallpaper|banner|header)\s+(?:version|size|format)\b", re.I)


# "same style but seven red apples": the look kept, not a thing of the picture changed (a prompt may say "style")
_LOOK_NOUNS = frozenset("style look vibe aesthetic colours colors palette layout format theme".split())


def _versions_that_differ(low: str) -> Optional[Route]:
    """"can we get 3 versions with different colors": more takes, new seeds vary them (not one change)."""
    versions = _VERSIONS_OF_IT.search(low.rstrip(" ?!."))
    if versions and (not versions.group("rest").strip() or _ANY_LOOK.match(versions.group("rest").strip())):
        return Route(Action.VARIATIONS, "versions that differ ('3 versions with different colors')",
                     count=variation_count(low))
    varied = _IT_IN_VARIED_LOOKS.search(low)
    if varied and varied_slot(low[varied.start():]):  # "can i see it in a couple of different styles?"
        return Route(Action.VARIATIONS, "the picture in looks that differ ('see it in different styles')",
                     count=variation_count(low))
    return None


# "see it in different styles", "show me this with a few different backgrounds": takes that each differ in a slot
_IT_IN_VARIED_LOOKS = re.compile(r"\b(?:see|show|do|try|draw|make|get|render|have|redo|paint)\s+(?:me\s+|us\s+)?(?:it|this|that|"
                                 r"this\s+one|that\s+one|them|the\s+(?:picture|image|same\s+(?:thing|picture|one)))\s+(?:to\s+(?:me|us)\s+)?"
                                 r"(?:again\s+)?"
                                 r"(?=(?:in|with|as|using|under|at)\s)")


def _offered_for_it(polite: str) -> Optional[Route]:
    """"…, maybe some dramatic clouds?", "more romantic please", "maybe teal?": a thing, a look or a colour offered
    for the picture on screen; None otherwise."""
    maybe = _MAYBE_SOME.search(polite)
    if maybe and not is_new_drawing(maybe.group("x")):
        thing = maybe.group("x")
        if _MORE_OF_A_LOOK.fullmatch(thing):  # "more romantic please": a look, more so
            thing = "make it " + re.sub(r"\s+(?:please|pls|plz)$", "", thing)
        else:
            thing = f"add {thing}"
        return Route(Action.EDIT, "a thing suggested for the picture ('maybe some clouds?')",
                     text=polite[: maybe.start()].strip(" ,") + (", " if maybe.start() else "") + thing)
    alone = _COLOURS_ALONE.match(polite)
    if alone and is_colour(alone.group("c").strip(" ,")):  # "pink", "maybe teal?": the picture in that colour
        colour = alone.group("c").strip(" ,")  # ("teal instead": the colour last given, changed, in the edit's reading)
        tried = re.search(r"\b(?:try|what\s+about|how\s+about)\b", polite, re.I)  # ("now try purple": the colour last given)
        return Route(Action.EDIT, "a colour said alone",
                     text=f"{colour} instead" if (tried or re.search(r"\binstead\b", polite, re.I)) and " " not in colour
                     else f"make it {colour}")
    looks = [p.strip() for p in re.split(r"\s*,\s*|\s+and\s+", alone.group("c").strip(" ,"))] if alone else []
    if looks and len(looks) <= 3 and all(_A_LOOK_ALONE.fullmatch(p) or is_colour(p) for p in looks) and any(
            _A_LOOK_ALONE.fullmatch(p) for p in looks):  # "enamel, blue", "butterfly shaped": how the thing on screen looks
        return Route(Action.EDIT, "looks said alone ('enamel, blue')", text="make it " + ", ".join(looks))
    with_part = _COLOUR_WITH_A_PART.match(polite)
    if with_part and is_colour(with_part.group("c")):  # "now black with a gum sole": the thing on screen, recoloured
        return Route(Action.EDIT, "a colour and a part said alone",
                     text=f"make it {with_part.group('c')} with {with_part.group('part')}")
    return None


def _edit_of_current(low: str, ctx: RouteContext) -> Optional[Route]:
    """A change to the picture on screen ("the same but ...", "softer shadows", "make it night", "watercolor")."""
    if not ctx.has_current:
        return None
    polite = POLITE.sub("", polite_to_imperative(low), count=1)
    polite = re.sub(r"\b(?:my|our)\s+([\w'-]+)", lambda m: f"the {m.group(1)}" if m.group(1) in ctx.scene_words else m.group(0),
                    polite)  # "make my lighthouse look …" with the lighthouse on screen: that lighthouse
    polite = re.sub(r"^keep\s+(?:everything|it|all)(?:\s+(?:else\s+)?the\s+same)?\s*,?\s*(?:but|and)\s+(?=\S)", "", polite)  # "keep
    # everything but make it autumn": the change
    same = _SAME_THING_BUT.match(re.sub(r"^(?:(?:can|could|may)\s+(?:i|we)\s+)?(?:have|get|see|do|make|draw)\s+", "", polite))
    if same and same.group("thing") not in _LOOK_NOUNS and (same.group("thing") in ctx.scene_words or
                                                           same.group("thing").rstrip("s") in ctx.scene_words):
        return Route(Action.EDIT, "the same thing on screen, changed", text=f"make it {same.group('rest')}")
    offered = _offered_for_it(polite)
    if offered is not None:
        return offered
    if _ANOTHER_ANGLE.match(polite):
        return Route(Action.EDIT, "the same picture from another angle", text="show it from a different angle")
    if asks_other_look(polite):
        return Route(Action.EDIT, "a different style, palette or background, Easel's pick")
    if _PEOPLE_IN_PICTURE.match(polite) and not is_new_drawing(polite):
        return Route(Action.EDIT, "him/her/them: the people in the current picture")
    if SAME_BUT.match(polite) and SAME_BUT.sub("", polite, count=1).strip():
        return Route(Action.EDIT, "the same picture with a change")
    if ctx.lettering and any(lettering_swap(part, ctx.lettering) for part in [polite, without_wrong_remark(polite)] +
                             re.split(r"\s*[,;.!]\s+|\s+but\s+", polite)):
        return Route(Action.EDIT, "a word of the picture's lettering put in another's place ('its sunday not saturday')")
    return _changed_in_other_words(polite, low, ctx)


def _changed_in_other_words(polite: str, low: str, ctx: RouteContext) -> Optional[Route]:
    """The later stages of ``_edit_of_current``: a value in the picture's words, a thing named as another, a change
    said without a verb, one of a pair, another colour, a comparative, another screen; else a part of the picture."""
    if VALUE_CHANGE.match(polite):  # "update the discount to 25%": a value in the picture's words
        return Route(Action.EDIT, "a price, date or time in the picture's words changed")
    named = _named_as_another(polite, ctx)
    if named is not None:
        return named
    if as_edit_command(low) or as_edit_command(polite):
        return Route(Action.EDIT, "a change of the picture said without an edit verb ('what about in pink?')")
    if ONE_OF_THEM.match(polite):
        return Route(Action.EDIT, "one of the pair in the picture, changed")
    if coloured_one(polite):
        return Route(Action.EDIT, "the same subject in another colour ('now a blue one')")
    compared = _LIKE_A_KIND.sub("", polite)  # "closer up, like a macro shot": closer, the way such a shot is
    words = re.findall(r"[\w'-]+", compared)
    if words and words[0] in lexicon.COMPARATIVES and len(words) <= 8 and not is_question(polite) and not re.search(
            r"\b(?:a|an|the|on|in|at|of|with|by|near|under|over|from)\b", compared):
        return Route(Action.EDIT, "comparative")  # "softer shadows and fewer clouds"
    if (_ONE_FOR.match(polite) or SHAPED_VERSION.match(polite) or asks_reshape(polite) or (_ONE_SHAPE.search(polite) and re.search(
            r"\b(?:version|same|copy)\b", polite) and not re.search(r"\bsame\s+(?:[\w'-]+\s+){0,2}(?:style|look|vibe|"
                                                                    r"aesthetic|palette)\b", polite))) and aspect_from_text(polite):
        return Route(Action.EDIT, "the same picture for another screen")  # (not "a cave, same pixel art style, wide")
    return _part_of_current(polite, low, ctx)


def _named_as_another(polite: str, ctx: RouteContext) -> Optional[Route]:
    """"that's not a cat, that's a fox", "i meant a wolf, not a fox": the new thing in the old one's place; None
    unless the old one is on screen."""
    said = _NOT_A_BUT_B.match(polite)
    old, art, new = (said.group("old") or said.group("old2"), said.group("art") or said.group("art2"),
                     said.group("new") or said.group("new2")) if said else ("", "", "")
    if said and old in ctx.scene_words:
        return Route(Action.EDIT, "a thing on screen named as another", text=f"replace the {old} with {art} {new}")
    return None


def _part_of_current(polite: str, low: str, ctx: RouteContext) -> Optional[Route]:
    """A change to a part of the picture on screen, its words or its look ("the roof should be red", 'write "Sale"',
    "a spooky version of it", "top view, and sprinkles around it")."""
    swap = re.match(r"^(?:change|switch|swap|replace)\s+(?P<x>[\w'-]+)\s+(?:to|into|for|with)\s+\S", polite, re.I)
    if swap and swap.group("x").lower() in ctx.scene_words:  # "change KAPOW to BLAM": a word in the picture
        return Route(Action.EDIT, "a word or thing in the picture changed to another")
    if says_verb_look(polite):  # "center the cat", "simplify it", "blur the background"
        return Route(Action.EDIT, "a change said as one verb")
    tried = tried_in(polite)
    if tried != polite:  # "could we try the sofa in velvet green?": that part, in that look
        return Route(Action.EDIT, "a part of the picture tried in another look", text=tried)
    named = _NAMED_LOOK.match(low)
    if named and named.group("name") in ctx.scene_words:
        return Route(Action.EDIT, "a thing named in the picture, changed")
    if _I_DONT_WANT.match(polite):
        return Route(Action.EDIT, "something to leave out of the picture")
    written = WRITE_TEXT.match(polite)
    if written and not NOT_LETTERING.match(written.group("q")):
        return Route(Action.EDIT, "words to letter into the picture")
    lead = re.split(r"\s+(?:with|that|which|saying|reading)\b", polite, maxsplit=1)[0]  # ("a poster with the text "X"":
    if _NEW_QUOTE.search(polite) and not is_new_drawing(polite) and not re.match(r"(?:what|which|how|why|who)\b", low) \
            and not _a_new_thing_named(lead, ctx):  # a new poster, its own words)
        return Route(Action.EDIT, "new quoted text for the picture")
    if VERSION_OF_IT.match(polite):
        return Route(Action.EDIT, "a version of the current picture with a change")
    look = _LOOK_OF_A_VERSION.search(polite)
    if look and not is_new_drawing(polite[look.end():]):  # "can you make a spooky halloween version of it, pumpkins …"
        return Route(Action.EDIT, "the picture in a look ('a … version of it')",
                     text=f"make it {look.group('look')}{polite[look.end():]}")
    return _changes_of_current(polite, low, ctx)


# "please no text anywhere", "without the birds": something the picture should not have (not "no worries", "no
# pressure!", "no no, the fence", "no more questions")
_NONE_WANTED = re.compile(r"^(?:please\s+|and\s+|but\s+|also\s+)*(?:no(?!\s+(?:no|wait|the|that|this|it|i|you|we|not|sorry|"
                         r"nope|make|do|put|change|turn|give|add|use|try|go|let|just)\b)|without)\s+(?!(?:thanks?|thank\s+you|worries|problems?|need|way|idea|rush|offen[cs]e|"
                         r"clue|matter|one|pressure|hurry|stress|big|biggie|bother|doubt|joke|kidding|complaints?|comment|"
                         r"judge?ment|more\s+(?:questions?|pictures?|images?))\b)[a-z]")


def _changes_of_current(polite: str, low: str, ctx: RouteContext) -> Optional[Route]:
    """A change said as a part and its new look, an edit phrase, a list of changes or a shape named alone."""
    reason = _part_edit(polite, low, ctx)
    if reason:
        return Route(Action.EDIT, reason)
    if _NONE_WANTED.match(polite):
        return Route(Action.EDIT, "something the picture should not have ('please no text anywhere')")
    if re.match(r"^(?:make|turn|paint|colou?r)\s+(?:one|each|both|either)\s+(?:of\s+the\s+)?[\w-]+(?:'s|s')\s", polite):
        return Route(Action.EDIT, "a part of one of the things on screen ('make one team's shirts blue')")
    more = re.match(r"^(?:(?:and|also|plus|but|now)\s+)?(?:a\s+(?:bit|little|lot)\s+|much\s+|even\s+|way\s+)?(?P<w>[a-z]{3,}ier|"
                    r"more\s+[a-z]{3,}|[a-z]{3,}er)\b(?:\s*[,;]|\s+and\b|\s*$)", polite)
    if more and (more.group("w").endswith("ier") or more.group("w").startswith("more ") or more.group("w") in lexicon.COMPARATIVES):
        return Route(Action.EDIT, "more of a look, then maybe more ('and stormier, big waves …')")
    if _SHOULD_BE.match(polite) and not is_question(low):
        return Route(Action.EDIT, "a part of the picture should be different")
    named = MAKE_THE.match(polite)
    if named and ctx.scene_words and not refers_to_scene(named.group("rest"), ctx.scene_words) and \
            not _PARTS_RECOLOURED.match(polite):  # (a photo no captioner read: "the ball" may well be in it)
        return Route(Action.GENERATE, "drawing verb + a new thing", confident=False)
    if EDIT_START.match(polite) and not is_new_drawing(polite):
        return Route(Action.EDIT, "edit phrase")
    if re.match(r"^give\s+(?:the|his|her|its|their|him|them|it)\b", polite) or (
            re.search(r"\binstead\s+of\b", polite) and not draw_request(polite) and not is_question(low)):
        return Route(Action.EDIT, "something given to the picture, or put instead of a thing in it")
    parts = [p for p in re.split(r"\s*(?:[,;]+\s*(?:and\s+|then\s+)?|\s+and\s+(?:then\s+)?)", polite) if p.strip()]
    if len(parts) > 1 and all((classify_phrase(p) and is_modifier_only(p)) or (EDIT_START.match(p) and not is_new_drawing(p))
                              for p in parts):  # "top view, and put some sprinkles around it": changes, one by one
        return Route(Action.EDIT, "a list of changes")
    return _look_said_alone(polite, low)


def _look_said_alone(polite: str, low: str) -> Optional[Route]:
    """A shape, a time, weather or light said alone ("landscape please", "at dusk"), or with a thing ("night time with
    headlights on"): the picture on screen so."""
    shape = _SHAPE_ALONE.fullmatch(polite) or _SHAPE_ALONE.fullmatch(_SHAPE_REASON_TAIL.sub("", polite))
    if shape:  # "landscape please", "portrait pls" with a picture on screen: its shape, not a new landscape or portrait
        # ("portrait please so it fits an A5 card": the shape, and why)
        return Route(Action.EDIT, "a shape named alone ('landscape please')",
                     text=f"make it {shape.group('shape')} format")
    if not is_question(low) or polite != low or low.startswith(("can you", "could you", "would you", "will you")):
        slot = classify_phrase(polite)
        bare = re.sub(r"\s+(?:outside|outdoors|falling|coming\s+down|in\s+the\s+(?:background|window|distance)|too|as\s+well)$",
                      "", polite)  # "rain outside", "snow falling": the weather, said with where it is
        if slot and (is_modifier_only(polite) or (slot in ("weather", "time", "lighting") and is_modifier_only(bare))):
            return Route(Action.EDIT, f"{slot} modifier")
    with_thing = _LOOK_WITH_A_THING.match(polite)
    if with_thing and classify_phrase(with_thing.group("look")) in ("time", "weather", "lighting", "season") and \
            is_modifier_only(with_thing.group("look")):  # "night time with headlights on": the picture at night, and so
        return Route(Action.EDIT, "a time or weather with a thing ('night time with headlights on')")
    return None


# "night time with headlights on", "snowy with a red scarf": a look of the whole picture, then a thing in it
_LOOK_WITH_A_THING = re.compile(r"^(?P<look>[a-z][\w' -]{2,25}?)\s+with\s+(?P<thing>(?:[\w'-]+\s*){1,5})[\s.!]*$", re.I)


_SHAPE_REASON_TAIL = re.compile(r"(?:[\s,;.!-]+)" + SHAPE_REASON + r".*$", re.I)
_SHAPE_ALONE = re.compile(r"(?:(?:in|as|to)\s+)?(?:(?:an?\s+)?(?:a[2-6]|us\s+letter|letter)\s+)?(?P<shape>landscape|portrait)(?:\s+(?:mode|orientation|format|version|"
                          r"please|pls|plz|instead|then|now))*[\s.!]*", re.I)


# "make the towers chocolate and the walls pink frosting": parts of the picture on screen (a castle cake's towers),
# each given a colour or material, even when its words never named them
_PARTS_RECOLOURED = re.compile(r"^(?:make|paint|colou?r)\s+the\s+[\w'-]+\s+(?P<a>[\w'-]+(?:\s+[\w'-]+)?)\s+and\s+the\s+[\w'-]+\s+"
                               r"(?P<b>[\w'-]+(?:\s+[\w'-]+)?)[\s.!]*$", re.I)


# "a dog on the porch": a thing, then a definite place that the picture on screen has
_ON_THE_PART = re.compile(r"^(?:an?|some|two|three|\d+|a\s+few)\s+[\w'-]+(?:\s+[\w'-]+){0,2}?\s+(?:on|in|at|by|near|under|"
                          r"above|over|behind|beside|next\s+to|in\s+front\s+of)\s+the\s+(?P<part>[\w'-]+)[\s.!?]*$", re.I)
# parts most pictures have (a place such as "the beach" counts only when the picture shows it: ctx.scene_words)
_PICTURE_PARTS = frozenset("sky background foreground ground corner left right top bottom middle center centre "
                           "edge front".split())


_CHANCE_OF = re.compile(r"^(?:(?:hi|hey|hello|so|ok(?:ay)?)[,!\s]+)?(?:(?:is\s+there\s+)?any\s+chance\s+(?:of|for)|(?:can|could|may)\s+"
                        r"(?:i|we)\s+(?:please\s+)?(?:get|have)(?:\s+(?:me|us))?|(?:is|would|will)\s+it\s+(?:be\s+)?possible\s+(?:for\s+(?:you|u)\s+)?to\s+(?:get|have|see)|"
                        r"(?:can|could|would)\s+(?:you|u)\s+help\s+(?:me\s+|us\s+)?(?:with|make|create|design|do)(?=\s+(?:an?|some)\s+"
                        r"(?:[\w'-]+\s+){0,2}?(?:poster|logo|card|flyer|banner|invitation|invite|illustration|picture|image|"
                        r"drawing|painting|cover|sticker|icon|thumbnail|header|wallpaper|portrait|mascot)s?\b))\s+"
                        r"(?P<x>(?:an?|some|two|three|four|\d+)\s.+?|(?!(?:it|this|that|them|one|more|another)\b)[a-z][\w'-]*(?:\s+"
                        r"[a-z][\w'-]*)?(?<!s)s\b.*?)(?:[,\s]+(?:please|pls))?[?.!\s]*$", re.I)  # "can i get a sloth …", "could i
# have soap bars shaped like shells", "may i have a dragon please"
_HOW_WOULD_LOOK = re.compile(r"^(?:i\s+wonder\s+)?how\s+(?:would|might|could|will|does)\s+(?P<x>(?:an?|the|some|my)\s.+?)\s+look\s+"
                             r"(?P<rest>(?:as|in|with|wearing|at|on|during|under|made\s+of)\b.+?)[?.!\s]*$", re.I)


# "it'd be fun to have a picture for our group chat, something like a whale breaching …": what it could show (not
# "an image of a fox on a log, like a museum diorama": that picture said what it shows, and "like" its look)
_PICTURE_THEN_LIKE = re.compile(r"\b(?:an?|some)\s+(?:[\w'-]+\s+){0,2}?(?:picture|image|pic|drawing|illustration|painting|poster|"
                                r"wallpaper|banner|card|print|artwork)s?\b(?!\s+of\s)[^.?!]{0,60}?[,:-]\s*(?:(?:maybe|perhaps)\s+)?(?:something\s+like|kind\s+of\s+like|"
                                r"like|maybe|perhaps|ideally|e\.?g\.?|such\s+as|i'?m\s+thinking)[,:]?\s+(?P<x>(?:an?|some|two|"
                                r"three)\s+[^?]+)$", re.I)
# "my dog biscuit asleep on a rug", "our cabin in the snow", "my daughter's hamster eating a carrot": a thing of
# the user's, described as a picture (no finite verb: "my dog is sick" and "my son loves owls" are talk)
_MY_THING_DOING = re.compile(r"^(?:my|our)\s+(?!(?:thoughts?|day|days|life|opinion|ideas?|plans?|name|job|work|week|weekend|"
                             r"favou?rite|birthday|feelings?|question|problem|experience|time|mind|mood|point|turn)\b)"
                             r"(?:[\w'-]+\s+){1,4}?(?:[\w-]+ing|asleep|awake|on|in|at|under|by|with|wearing|"
                             r"as|next\s+to|in\s+front\s+of)\s+\S.{0,80}$")
_FINITE = re.compile(r"[?]|\b(?:is|are|was|were|am|be|been|has|have|had|does|did|do|can|could|will|would|should|may|might|"
                     r"must|loves?|likes?|hates?|wants?|needs?|thinks?|says?|said|got|gets|looks?|seems?|goes|went|made|"
                     r"makes|keeps?|just|always|never|lives|lived|works|worked|plays|played|died|passed|turned|turns|"
                     r"became|asked|told|wanted|loved|liked|\w+n't|isnt|doesnt|didnt|cant|wont|i|me|you|we)\b")


_FOR_ME = re.compile(r"\b(?:make|draw|design|create|do|paint|sketch|whip\s+up)\s+(?:me|us)\s+(?:an?|one)\s", re.I)


# "she keeps talking about the old stone cottage with the red door …", "he still misses the lake house we had": the
# thing a story tells of, up to the end of its clause
_TOLD_OF = re.compile(r"\b(?:talking|talks|talked|thinking|thinks|dreaming|dreams|telling\s+(?:me|us)|tells\s+(?:me|us)|stories)\s+"
                      r"(?:about|of)\s+(?P<thing>the\s+(?:[\w'-]+\s+){0,3}?[\w'-]+(?:\s+(?!and\s+(?:i|we)\b)[^,.;!?]+?)?)"
                      r"(?=\s*,\s*(?:and|so|but)\s+(?:i|we)\b|\s*[.;!?]|\s*$)"
                      r"|\b(?:misses|missed|remembers|remembered|loved|loves)\s+(?P<thing2>the\s+(?:[\w'-]+\s+){0,3}?[\w'-]+"
                      r"(?:\s+(?!and\s+(?:i|we)\b)[^,.;!?]+?)?)(?=\s*,\s*(?:and|so|but)\s+(?:i|we)\b|\s*[.;!?]|\s*$)",
                      re.I)


def _story_thing(story: str) -> Optional[str]:
    """The last thing the story tells of ("the old stone cottage with the red door and the sheep …"), as said."""
    told = list(_TOLD_OF.finditer(story))
    return (told[-1].group("thing") or told[-1].group("thing2")).strip() if told else None


# "a version of it in pencil", "a copy of this photo as a watercolour": what is on screen, in another look
_VERSION_OF_IT = re.compile(r"^(?:an?\s+|another\s+|one\s+more\s+)?(?:new\s+)?(?:version|copy|take|variant|rendition)\s+of\s+"
                            r"(?:it|this|that|the\s+(?:photo|picture|image|pic|one|drawing|painting|same))\b\s*[,:]?\s*(?=\S)",
                            re.I)


def _drawing_or_talk(low: str, ctx: RouteContext) -> Route:
    """A drawing request, a question or a statement; a noun phrase is a picture; else the context decides."""
    rest = draw_request(low)
    suggestion = re.match(r"^(?:how|what)\s+about\s+(?P<rest>.+)$", low)
    if rest is None and suggestion and not re.match(r"^(?:it|this|that|you|me|we|the\s+(?:weather|time))\b",
                                                    suggestion.group("rest")):
        rest = suggestion.group("rest")
    of_it = _VERSION_OF_IT.match(rest or "") if ctx.has_current or ctx.has_upload else None
    if of_it:  # "could you produce a version of it in a flat, two-colour style": the picture on screen, changed
        return Route(Action.EDIT, "a version of the picture on screen, changed ('create a version of it in pencil')",
                     text="make it " + rest[of_it.end():].strip(" ?.!"))
    if rest is not None and has_content(rest):
        return Route(Action.GENERATE, "drawing verb", count=extract_count(low)[1])
    format_only = re.match(r"^(?:an?|one)\s+(?P<noun>[\w'-]+)[?.!\s]*$", rest or "")
    if format_only and (_FOR_ME.search(low) and format_only.group("noun") in lexicon.FORMAT_NOUNS or
                        format_only.group("noun") in lexicon.MADE_AS_FORMATS):  # ("can you make logos?": can it?)
        return Route(Action.GENERATE, "a format asked for ('make me a logo', 'could you make a flyer?'); its details "
                                      "can follow")
    framed = _PICTURE_OF.search(low)
    told = _story_thing(low[: framed.start()]) if framed and re.match(r"(?:that|it|this)\b", framed.group("x")) else None
    if told:  # "… she keeps talking about the old stone cottage with the red door …, a picture of that for her wall"
        return Route(Action.GENERATE, "a picture of the thing the story tells of", count=extract_count(low)[1],
                     text=told + re.sub(r"^(?:that|it|this)\b", "", framed.group("x")))
    if framed and has_content(framed.group("x")) and not re.match(r"^(?:what|how|why|who|where|when|is|are|does|do)\b",
                                                                   low):
        return Route(Action.GENERATE, "a picture of something, asked for", count=extract_count(low)[1],
                     confident=False)  # unsure: a request sentence after a story is the better text
    if is_question(low) and not ctx.has_current and (re.match(r"^(?:a|an|some|two|three)\s", low) and looks_like_description(
            low.rstrip("?! ")) or re.match(r"^something\s+(?:with|about|featuring|showing|involving)\s+(?!(?:it|this|that)\b)\w",
                                           low)):  # "maybe something with flowers?"
        return Route(Action.GENERATE, "a picture offered as a question (maybe a ...?)", count=extract_count(low)[1])
    return _wished_or_offered(low, ctx) or _statement(low, ctx)


_NICE = r"(?:so\s+|really\s+|super\s+|just\s+)?(?:great|nice|lovely|awesome|amazing|perfect|cool|fun|wonderful|fantastic|ideal|" \
        r"brilliant|sweet|cute|adorable|beautiful|gorgeous|charming|fitting|good)"
# "it would be great to have a …", "a fire truck at sunset would be perfect", "… would mean a lot"
_WOULD_BE_NICE = re.compile(r"^(?:(?:it|that)(?:'d|\s+would|\s+will)\s+be\s+" + _NICE + r"\s+(?:to\s+(?:have|see|get)|if\s+(?:you|u)"
                            r"\s+(?:could|can)\s+(?:draw|make|paint|create|do)|if\s+(?:i|we)\s+(?:could|can)\s+(?:get|have|see))"
                            r"\s+(?P<x>(?:a|an|some|one|two|three|\d+)\s.+)"
                            r"|(?P<x2>(?:a|an|some|something)\s.+?)\s+(?:would|will|'d)\s+(?:be\s+" + _NICE + r"|mean\s+(?:a\s+lot|"
                            r"so\s+much|the\s+world)(?:\s+to\s+(?:me|us|her|him|them))?)[\s.!]*)$", re.I)


# "my idea is a cat floating in space", "what i have in mind is a treehouse village", "i picture a japanese garden"
_IDEA_IS = re.compile(r"^(?:(?:my|our|the)\s+(?:idea|plan|vision|concept)\s+(?:is|was)\s+(?:to\s+(?:have|draw|make|show|do)\s+)?|"
                      r"what\s+(?:i|we)\s+(?:have|had)\s+in\s+mind\s+is\s+|(?:i|we)\s+(?:picture|imagine|envision)\s+|"
                      r"(?:my|our)\s+(?:(?:main|new|dnd|d&d|rpg|game|story'?s?|book'?s?)\s+)?(?:character|oc|hero|heroine|villain|"
                      r"protagonist|antagonist|mascot)\s+is\s+)"
                      r"(?P<x>(?!(?:a\s+lot|lots|a\s+few|a\s+bunch|some\s+people)\b)(?:a|an|some|two|three|four|\d+)\s.+)$", re.I)
_ASKS_ADVICE = re.compile(r"\b(?:any\s+)?(?:tips|advice|suggestions|ideas|thoughts|help|feedback)\b\W*$", re.I)
# "i'm making a poster about the seasons, with four trees …": a picture being made, and what it shows
_MAKING_A = re.compile(r"^(?:(?:i|we)(?:'m|\s+am|'re|\s+are)\s+(?:making|creating|designing|doing|working\s+on|putting\s+"
                       r"together|preparing)\s+)(?![^.!?]*[.!?]+\s+\S)(?P<x>(?P<format>(?:an?|some|the|my|our)\s+(?:[\w'-]+\s+){0,3}?[\w'-]+)"
                       r"(?:\s+(?:about|of|with|for|showing|featuring)\b|,).+)$", re.I)


def _wished_or_offered(low: str, ctx: RouteContext) -> Optional[Route]:
    """"i want a dog on the porch", "i was thinking maybe a cat sailing a boat?", "any chance of a sloth …?", "how would
    the cat look in a hat": a picture (or a change of the one on screen) wished for or offered; None otherwise."""
    passed_on = lexicon.ASKER_WANTS.match(low)  # "my client wants a watercolor of peonies": their request, passed on
    wanted = low[passed_on.end():] if passed_on else ""
    if passed_on and has_content(wanted) and looks_like_description(wanted) and not is_question(low):
        if ctx.has_current and set(re.findall(r"[a-z]+", wanted)) & ctx.scene_words:  # "… a party hat on the cat"
            return Route(Action.EDIT, "someone's change of the picture, passed on", text=f"add {wanted.rstrip(' .!')}")
        return Route(Action.GENERATE, "someone's request, passed on ('my client wants a …')",
                     count=extract_count(low)[1])
    nice = _WOULD_BE_NICE.match(low)
    idea = (_IDEA_IS.match(low) if not (ctx.has_current and re.match(r"(?:i|we)\s+(?:picture|imagine|envision)\b", low))
            else None) or (_MAKING_A.match(low) if not is_question(low) and not _ASKS_ADVICE.search(low) else None)
    if idea and has_content(idea.group("x")) and (not idea.groupdict().get("format") or re.search(
            r"\b" + _FORMAT + r"\b", idea.group("format"))):  # "my idea is a cat in space", "i'm making a poster of …"
        return Route(Action.GENERATE, "an idea or a thing being made, described", text=idea.group("x"),
                     count=extract_count(idea.group("x"))[1])
    wished = (nice.group("x") or nice.group("x2")) if nice else ""
    if wished and has_content(wished):  # "it would be great to have a mermaid castle under the sea"
        return Route(Action.GENERATE, "a picture wished for ('it would be great to have …')", text=wished,
                     count=extract_count(wished)[1])
    wish = _I_WANT.match(low)  # a proposal, question or not
    placed = _ON_THE_PART.search(wish.group("x")) if wish and ctx.has_current else None
    if placed and (placed.group("part") in ctx.scene_words or placed.group("part") in _PICTURE_PARTS):
        return Route(Action.EDIT, "a wish for a thing on a part of the picture on screen",
                     text=f"add {wish.group('x').rstrip('?!. ')}")  # "i want a dog on the porch"
    if wish and _pictures_a_wish(low, wish.group("x").rstrip("?! ")):
        return Route(Action.GENERATE, "a wish for a picture", count=extract_count(low)[1], confident=False)
    offered = _CHANCE_OF.match(low) or _HOW_WOULD_LOOK.match(low)
    thing = offered.group("x") if offered else ""
    head = (subject_head(thing) or "").lower()
    if offered and ctx.has_current and re.match(r"the\s", thing) and head in ctx.scene_words and offered.groupdict().get(
            "rest"):  # "how would the cat look in a hat": that cat, changed
        return Route(Action.EDIT, "how a thing on screen would look", text=f"{thing} {offered.group('rest')}")
    if offered and has_content(thing) and looks_like_description(thing) and not re.search(
            r"\b(?:tomorrow|today|tonight|soon|later|next\s+(?:week|month|year)|anytime)\b", thing) and (
            head in THING_WORDS or head.rstrip("s") in THING_WORDS or len(thing.split()) >= 4):
        return Route(Action.GENERATE, "a picture asked for as a question ('any chance of …?', 'how would … look as …')",
                     text=f"{thing} {offered.groupdict().get('rest') or ''}".strip())
    return None


# "what time of day is it in this one?", "what colour is the ferry?": a question the picture answers
_ABOUT_WHAT_IS_SHOWN = re.compile(r"^(?:(?:so|ok(?:ay)?|and|hmm+|wow|oh|ooh|cool|nice)[,.!\s]+)?(?:what\s+(?:time(?:\s+of\s+day)?|season|colou?r|"
                                  r"kind|type|breed|country|city|year|weather)\b|what\s+(?:is|are)\s+the\b|where\s+(?:is|are)\b|"
                                  r"who\s+(?:is|are)\b|what(?:'s|s|\s+is|\s+are)\s+(?:in|on|under|behind|inside|beside|next\s+to|in\s+front\s+of)\s+"
                                  r"the\s+[\w'-]+|is\s+(?:it|that|this|the\s+[\w'-]+)\s+(?:a|an|daytime|night|morning|evening|"
                                  r"summer|winter|raining|real)\b)", re.I)
_ADVICE_ASKED = re.compile(r"\b(?:should|could\s+(?:i|we|you)|can\s+(?:i|we|you)|would\s+(?:look|be\s+better|work|suit|i|we)|"
                           r"need|buy|get\s+(?:one|it)|"
                           r"goes?\s+with|best|recommend|suggest)\b", re.I)
_IN_THE_PICTURE = re.compile(r"\bin\s+(?:this|that|it|the\s+(?:picture|image|photo|pic|painting|drawing|background|foreground|"
                             r"distance|corner|sky)|this\s+one|that\s+one|there)\b", re.I)


_I_SAID = re.compile(r"\bi\s+(?:said|asked\s+for|wanted|meant)\s+(?P<x>[a-z][\w' -]*?)(?=\s*(?:[,.;!?]|$))", re.I)
_ADDED_AS_A_QUESTION = re.compile(
    r"^(?:(?:amazing|great|nice|lovely|perfect|cool|wow|ok(?:ay)?|oh|ooh|haha+|lol|and|also|plus|maybe|perhaps|"
    r"what\s+about|how\s+about)[,!.\s]+)*(?!(?:\w+\s+){0,2}(?:typo|typos|scratch|scratches|watermark|mistake|error|glitch|smudge|"
    r"stain|crack|blur|artifact|tails|fingers|legs|arms|eyes|heads)\b)(?P<x>(?:some|an?|two|three|four|\d+|a\s+few|a\s+couple\s+of)\s+[\w'-]+(?:\s+[\w'-]+){0,5}?\s+(?:in\s+front\s+of|behind|"
    r"next\s+to|beside|on|in|under|around|above|over|near|by)\s+(?:it|him|her|them|the\s+[\w'-]+))(?:\s+too)?\s*\?+$", re.I)


_ASKER_REMARK = re.compile(r"^(?:(?:i|we)(?:'m|\s+am|'re|\s+are|'ve|\s+have|\s+just|\s+only)|im|ive|i\s+(?:never|always|still|"
                       r"don'?t|can'?t|keep)|just\s+(?:curious|wondering|asking)|(?:sorry|no\s+worries|lol|haha+))\b(?![^.!?]*"
                       r"\b(?:draw|paint|make|picture|image)\b)[^?]*$")


# "do you remember what we did yesterday? i made a map picture": a question to Easel, then what the user did before
_TO_EASEL = re.compile(r"\b(?:do|did|can|could|have|will|would|are)\s+(?:you|u)\s+(?:still\s+)?(?:remember|recall|keep|save|"
                       r"store|have|know)\b")
_DONE_BEFORE = re.compile(r"^(?:(?:i|we)\s+(?:made|did|drew|asked\s+for|had|used|tried|saw|got|created|generated)|it\s+was)\b[^?]*$")


_LIKE_A_KIND = re.compile(r"[,\s]+(?:(?:kind\s+of|sort\s+of|more)\s+)?like\s+(?:an?\s+)?(?:[\w'-]+\s+){0,2}?(?:shot|photo|"
                          r"photograph|picture|pic|image|close-?up|painting|poster|film|movie|lens)s?[\s.!]*$", re.I)


# "… and would like a scientific illustration of a Venus flytrap", "I need reference art for a prop sword: …": a kind of
# picture wished for, then what it shows
_PICTURE_KIND = (r"(?:picture|pic|image|illustration|drawing|painting|sketch|render|rendering|art|artwork|reference|"
                 r"poster|portrait|diagram|photo|design|concept\s+art|line\s+art|study)")
_PICTURE_WISHED = re.compile(r"\b(?:would\s+like|'d\s+like|need|want|am\s+looking\s+for|'m\s+looking\s+for|could\s+use)\s+"
                             r"(?P<x>(?:(?:an?|some)\s+)?(?:[\w'-]+\s+){0,3}?" + _PICTURE_KIND + r"s?\s*(?:of|showing|depicting|(?:for\s+[^.!?:]{1,40})?:)\s*"
                             r"[^.!?]*[a-z][^.!?]*)"
                             r"|[.!?]\s+(?P<said>(?:(?:an?|some|just\s+an?)\s+)?(?:[\w'-]+\s+){0,2}?" + _PICTURE_KIND +
                             r"s?\s+(?:of|showing|depicting)\s+[^.!?]*[a-z][^.!?]*)", re.I)  # ("… need a reference. simple line
# drawing of a hummingbird …": the picture said as its own sentence)


# "… so I was thinking maybe you could draw a unicorn floating in space …": the ask inside a run-on story
_ASK_INSIDE = re.compile(r"\b(?:you\s+could|could\s+you|can\s+you|would\s+you|will\s+you)\s+(?:please\s+)?(?:draw|paint|sketch|"
                         r"illustrate|make|create|design)\s+(?:me\s+|us\s+|her\s+|him\s+)?(?P<x>(?:an?|some|two|three|four|\d+)\s"
                         r"[^.!?]*[a-z][^.!?]*)")
_WHY_AFTER_ASK = re.compile(r"\s+(?:because|cause|cuz|since)\s+(?:he|she|they|we|i|my\s+[\w'-]+|our\s+[\w'-]+)\s*(?:would|will|'d|'ll|"
                            r"loves?|is|are|am|'s|'re|'m|gonna|is\s+going\s+to|wants?|needs?)\b.*$"
                            r"|\s+and\s+(?:it'?s|its|it\s+is|they'?re)\s+for\s+(?:his|her|their|my|our|the)\b.*$", re.I)  # why, not what


def _picture_wished(text: str, decision: Route) -> Route:
    """"i'm a botanist … and would like a scientific illustration of a flytrap": a statement about the asker that the
    other readings took for talk, with a kind of picture wished for in it; else the decision as it was."""
    wished = (_PICTURE_WISHED.search(text.lower()) or _ASK_INSIDE.search(text.lower())) if decision.action is Action.CHAT \
        and "statement to the assistant" in decision.reason else None
    wanted = (wished.groupdict().get("x") or wished.groupdict().get("said") or "") if wished else ""
    wanted = re.sub(r"\s+(?:would|will|could)\s+be\s+(?:perfect|great|nice|lovely|ideal|good|amazing|awesome)\b.*$", "", wanted)
    wanted = _WHY_AFTER_ASK.sub("", wanted)  # "… because she would love that and it's for the invitations": why
    if not has_content(wanted) or wished.group(0).rstrip().endswith("?"):
        return decision
    return Route(Action.GENERATE, f"a picture wished for after words about the asker (rules said {decision.reason})",
                 text=wanted.rstrip(" .!"), count=extract_count(wanted)[1])


# "ok now white hexagon tiles with black grout" of a shower with hexagon tiles: those things, in a new look (no article:
# "a husky" after a corgi is a new picture, and so is "Ezra feeding a seagull", the one named doing something; the rules
# see the message with "ok now" taken off)
_NOW_THE_SAME_THING = re.compile(r"^(?:(?:ok(?:ay)?|so|and|alright|right)[,\s]+)*(?:now\s+)?(?P<np>(?!(?:an?|one|another|some|the|"
                                 r"this|that|my|our)\s)"
                                 r"(?P<head>[\w'-]+(?:\s+[\w'-]+){0,3}?)(?:\s+(?:with|in|on|and)\s.*)?)[\s.!]*$", re.I)


def _statement(low: str, ctx: RouteContext) -> Route:
    """A question is talk; a statement is a picture when it offers one ("… something like a white whale", "my dog
    asleep on a rug", a noun phrase) and talk when it speaks to Easel; else the context decides."""
    if is_question(low) and ctx.has_current and _ABOUT_WHAT_IS_SHOWN.match(low) and not _ADVICE_ASKED.search(low) and \
            not re.search(r"\b(?:seed|prompt|resolution|size|model|settings|steps|pixels|dimensions|format)\b", low) and (
            _IN_THE_PICTURE.search(low) or any(w in ctx.scene_words for w in re.findall(r"\bthe\s+([\w'-]+)", low))):
        return Route(Action.DESCRIBE, "a question about what the picture on screen shows")  # (the captioner looks)
    said = _I_SAID.search(low) if ctx.has_current and not ctx.has_upload else None
    if said and all(is_colour(w) for w in re.findall(r"[\w'-]+", said.group("x")) if w not in ("and", "or")):
        return Route(Action.EDIT, "the colours asked for before, said again ('no, i said purple and gold')",
                     text=f"make it {said.group('x').strip()}")
    added = _ADDED_AS_A_QUESTION.match(low) if ctx.has_current and not ctx.has_upload else None
    if added:  # "amazing, and some dolphins jumping in front of it?"
        return Route(Action.EDIT, "a thing to add, asked as a question", text=f"add {added.group('x')}")
    if is_question(low):
        return Route(Action.CHAT, "question")
    asked, *after = re.split(r"(?<=\?)\s+", low)
    if after and is_question(asked) and all(_ASKER_REMARK.match(part) or (_TO_EASEL.search(asked) and _DONE_BEFORE.match(part))
                                            for part in after):
        return Route(Action.CHAT, "a question, then a word about the asker ('… I'm still a beginner')")
    offered = _PICTURE_THEN_LIKE.search(low)  # "… a picture for our group chat, something like a white whale …"
    if offered and has_content(offered.group("x")) and not is_question(offered.group("x")):
        return Route(Action.GENERATE, "a picture wished for, then what it could show ('something like a …')",
                     text=offered.group("x").rstrip(" .!"), count=extract_count(low)[1])
    if _MY_THING_DOING.match(low) and not _FINITE.search(low):  # "my dog biscuit asleep on a rug": a picture of it
        return Route(Action.GENERATE, "my thing, described without a verb", count=extract_count(low)[1])
    if CHAT_START.match(low):
        return Route(Action.CHAT, "statement to the assistant", confident=False)
    same_thing = _NOW_THE_SAME_THING.match(low) if ctx.has_current else None
    if same_thing and not re.search(r"\b[a-z]{2,}ing\b", low) and any(w in ctx.scene_words or re.sub(r"(?:es|s)$", "", w) in ctx.scene_words
                          for w in re.findall(r"[a-z]+", same_thing.group("head"))):
        return Route(Action.EDIT, "the picture's own thing, said anew ('ok now white hexagon tiles with black grout')",
                     text=same_thing.group("np"))
    if looks_like_description(low):
        return Route(Action.GENERATE, "noun phrase", count=extract_count(low)[1], confident=False)
    return Route(Action.EDIT if ctx.has_current or ctx.has_upload else Action.GENERATE, "default", confident=False)


def _pictures_a_wish(low: str, wished: str) -> bool:
    """"i kinda want like a chill vibe, maybe a japanese garden …" is a picture; "i want a refund" and "we need a new
    car, any tips?" are not: a scene's worth of words, a look (colour, style, light …) or a picture noun."""
    if not (has_content(wished) and looks_like_description(wished)):
        return False
    if is_question(low) and not re.search(r"\b(?:maybe|like)\b", low):
        return False
    return len(wished.split()) >= 4 or bool(classify_phrase(wished)) or bool(_PICTURE_NOUN.search(wished)) or any(
        w in lexicon.COLOURS for w in re.findall(r"[\w'-]+", wished))


# "a dragon flying over it", "and some birds above them": a thing, then where it goes relative to the picture's subject
# a thing with no "with"/"and" in it (not "a girl with mountains in the background", a new picture)
_PLAIN_THING = r"(?:(?!with\b|and\b|or\b)[\w'-]+\s+){0,2}?(?!with\b|and\b|or\b)[\w'-]+"
_PLACED_BY_IT = re.compile(r"(?:(?:and|now|plus|then|ok(?:ay)?)[,\s]+)*(?:(?:an?|some|two|three|four|five|\d+|a\s+few)\s+"
                           r"[\w'-]+(?:\s+[\w'-]+){0,4}?\s+(?:over|above|behind|beside|next\s+to|in\s+front\s+of|on\s+top\s+of|"
                           r"under|below|near|around|inside|on|in|by)\s+(?:it|them|him|her)"  # "a dragon flying over it"
                           r"|(?:[\w'-]+\s+)?[\w'-]{3,}(?<![ui])s\s+(?:on|around|over|behind|beside|next\s+to)\s+(?:him|her|them)"  # "sunglasses
                           # on him", "fairy wings on her": things worn or held by the one in the picture
                           r"|(?!(?:remove|delete|erase|take|get\s+rid|drop|lose|hide|no|without|ditch)\b)"  # (a removal)
                           r"(?:an?|some|more|lots\s+of|a\s+few)?\s*" + _PLAIN_THING + r"\s+(?:on\s+top|in\s+the\s+(?:background|"
                           r"foreground|corner))"  # "sprinkles on top", "a moon in the background"
                           r"|(?:an?\s+)?(?:(?:thin|thick|white|black|gold|golden|silver|red|blue|green|pink|soft|bright|"
                           r"neon|glowing)\s+){0,2}(?:border|frame|outline|glow|halo|shadow|stroke|edge)\s+(?:around|round)\s+"
                           r"(?:it|them|him|her))"  # "white border around it pls"
                           r"(?=(?:\s+(?:pls|please|plz|too|as\s+well|thanks|thx|lol))*[\s.!]*$)", re.I)


def _taken_back(text: str, told: str, ctx: RouteContext) -> Optional[Route]:
    """"nah the earlier one was nicer, let's use that": the revert said in the words before the ask, then taken."""
    lead = text[: len(text) - len(told)].lower() if text.endswith(told) else ""
    if ctx.image_count and REVERT.search(lead) and _TAKE_IT.match(told.lower()):
        return Route(Action.REVERT, "revert words, then 'use that'", target=revert_target(lead))
    return None


_MADE_IT = re.compile(r"^(?:my|our)\s+[\w'-]+\s+(?:drew|made|painted|did|sketched|took)\b", re.I)  # "my son drew our house."


# "I'd love it as an oil painting for the kitchen wall": the photo wished in a look
_WISHED_AS = re.compile(r"\b(?:(?:i|we|she|he|they)'?d\s+(?:love|like)|(?:i|we|she|he|they|(?:the|my|our)\s+[\w'-]+)\s+would\s+"
                        r"(?:love|like)|"
                        r"(?:she|he|they|and|my\s+[\w'-]+|our\s+[\w'-]+|(?:i|we)\s+(?:really\s+)?)\s*(?:wants?|wanted))\s+"
                        r"(?:it|this|this\s+(?:photo|picture|one)|that)\s+"
                        r"(?:as|in|turned\s+into)\s+(?P<look>(?:an?\s+)?[\w'-]+(?:\s+[\w'-]+){0,2}?)(?=\s+(?:for|to|so|because|on)\b|"
                        r"\s*[,.!?]|$)", re.I)


# "look at my dog! can you make him a cowboy?": the photo shown, then the ask
_LOOK_AT_MINE = re.compile(r"^\W*(?:(?:hey|hi|oh|omg|so)[,!\s]+)?(?:look|take\s+a\s+look)\s+at\s+(?:this|my|our)\b[^.!?]*"
                           r"[.!?]+\s*(?P<ask>\S.*)$", re.I)


def _upload_route(text: str, low: str) -> Route:
    """The action on an upload; "what do you think of it? could you add a sailboat": the request is the edit's text."""
    decision = _route_upload(strip_filler(_story_off(text)).lower() if low else low)
    at = text.lower().rfind(decision.text) if decision.text and decision.reason == "upload + request" else -1
    if at >= 0:  # the ask after talk about the asker, as typed ("… Could you turn this photo of Milo into …")
        decision.text = text[at: at + len(decision.text)]
    sentences = _SENTENCE_END.split(text.strip(), maxsplit=1)
    if decision.action is Action.EDIT and decision.text is None and len(sentences) == 2 and (UPLOAD_STATEMENT.match(
            sentences[0].lower()) or _MADE_IT.match(sentences[0])) and _SHOWN_CHANGED.search(sentences[1]):
        decision.text = sentences[1]  # "this is a sketch my daughter did of our house. can you show it at night": the ask
    asked = re.search(r"\?\s+(?=\S)", text)
    if decision.action is Action.EDIT and decision.text is None and asked and _CAN_YOU_CHANGE.match(
            text[asked.end():].lower()):
        decision.text = text[asked.end():]
    wished = _WISHED_AS.search(text)
    if decision.action is Action.DESCRIBE and wished:  # "… and I'd love it as an oil painting for the kitchen. Can
        return Route(Action.EDIT, "upload + 'I'd love it as …'", text=f"make it {wished.group('look')}")  # you do that?"
    shown = _LOOK_AT_MINE.match(text.strip())
    if decision.action is Action.DESCRIBE and len(sentences) == 2 and shown and _CAN_YOU_CHANGE.match(shown.group("ask").lower()):
        return Route(Action.EDIT, "upload + 'look at my dog!', then a change", text=shown.group("ask"))
    return decision


def _route_rules(text: str, ctx: RouteContext) -> Route:
    """The action for one message by the lexical rules alone (`confident=False` where they only guess); each
    stage below returns a Route whose reason names the rule that matched, or None to pass the message on."""
    if _ends_with_thanks(text, ctx):
        return Route(Action.CHAT, "remarks, then thanks")
    said, told = text, strip_lead_talk(text)  # emoji and leading praise ("lol amazing. …") say nothing about the action
    taken = _taken_back(text, told, ctx)
    if taken is not None:
        return taken
    text = told
    if not ctx.has_upload and text.strip() and is_social(text):
        return Route(Action.CHAT, "greeting/thanks")
    picked = _picked_image(text, ctx)
    if picked is not None:
        return picked
    thanked = _THANKS_LEAD.match(text.strip())  # "aww thank you she looks just like me": the remark after the thanks
    if ctx.has_current and not ctx.has_upload and PICTURE_REMARK.match(
            strip_lead_talk(thanked.group("rest") if thanked and thanked.group("rest") else text).strip()):
        return Route(Action.CHAT, "a remark on the picture that asks for nothing ('reminds me of …')")
    low = strip_filler(text).lower()
    low = CORRECTION.sub("", low, count=1).strip() or low
    if ctx.has_upload:  # a sentence about the photo first ("my son drew this.") says nothing about the action
        return _upload_route(text, low)
    if ctx.has_current and ctx.lettering and "§" in low and lettering_swap(text.strip(), ctx.lettering):
        return Route(Action.EDIT, "quoted words of the picture's lettering put in another's place")  # ("change 'Crystal
        # Clear' to 'Shine Bright'": the rules below read the quotes as placeholders)
    decision = _route_said(text, low, ctx)
    if decision.action is Action.REVERT and decision.target == "previous":
        decision.target = _which_one_before(said.lower()) or decision.target
    return decision


# "the first one was best, go back to that", "ugh the blue one was nicer, can we go back to it": which one, said first
_ONE_NAMED_FIRST = re.compile(r"\bthe\s+(?:[\w'-]+\s+){1,2}?(?:one|version|picture|image|pic)\b(?P<rest>.*?)\b(?:go|going|get|"
                              r"switch|revert|bring\s+(?:it|that)|take\s+me)\s+back\s+to\s+(?:that|it|this|those|them)"
                              r"(?:\s+one)?\b", re.I)


def _which_one_before(low: str) -> Optional[str]:
    """The earlier picture named before "go back to that"; None when the message names none."""
    named = _ONE_NAMED_FIRST.search(low)
    if not named:
        return None
    target = revert_target("go back to " + low[named.start(): named.start("rest")])
    return None if target == "previous" else target


def _route_said(text: str, low: str, ctx: RouteContext) -> Route:
    """The rules' stages for a message with no upload, once talk and thanks are read: a look wondered about, a series,
    a thing added, a surprise, more of the same, what needs a picture, small talk, an edit, a drawing."""
    looks = _would_look(text, low, ctx)
    if looks is not None:
        return looks
    star = _STAR_FIX.match(text.strip()) if ctx.has_current else None
    if star:  # "*kinda vintage i meant. sepia-ish": the last message mended, so the picture on screen that way
        return Route(Action.EDIT, "a '*' correction of the last message", text=f"make it {star.group('x')}{star.group('rest') or ''}")
    if META_TALK.search(low):  # talk about the assistant's own instructions is never an action
        return Route(Action.CHAT, "talk about instructions")
    says = _CAN_IT_SAY.match(text.strip()) if ctx.has_current else None
    if says:  # "can it say Harvest Festival 2025 at the top": words to letter in, asked as a question
        where = f" {says.group('where').strip()}" if says.group("where") else ""
        return Route(Action.EDIT, "words for the picture, asked as a question ('can it say …')",
                     text=f'add the text "{says.group("q").strip(" ?")}"{where}')
    series = _lettered(text, ctx) or _same_style(low, ctx) or _next_in_series(strip_lead_talk(text).strip().lower(), ctx)
    if series is not None:
        return series
    added = _added_to_the_one_on_screen(text, low, ctx) if ctx.has_current else None
    if added is not None:
        return added
    if _SURPRISE.search(low) and not re.search(r"\b(?:with|of|about)\s+(?!(?:something|anything)\b)\w", low):
        idea = lexicon.SURPRISE_IDEAS[zlib.crc32(low.encode()) % len(lexicon.SURPRISE_IDEAS)]
        return Route(Action.GENERATE, "surprise me: an idea of Easel's own", text=idea)
    instead = (_part_instead(strip_lead_talk(text).lower(), ctx) or _named_place_instead(strip_lead_talk(text), ctx)) \
        if ctx.has_current else None
    if instead is not None:
        return instead
    more_of_it = _versions_with_a_change(low, ctx) or _more_of_the_same(low, ctx) or _drawn_again_changed(low, ctx)
    if more_of_it is not None:
        return more_of_it
    for stage in (_talk_like_an_action, _needs_a_picture, _small_talk, _edit_of_current):
        decision = stage(low, ctx)
        if decision is not None:
            return decision
    return _drawing_or_talk(low, ctx)


# "now a celadon green glaze", "try a golden shield": another of a thing the picture has, in its place
_PART_INSTEAD = re.compile(r"^(?:(?:ok(?:ay)?|hmm+|and|so)[,\s]+)?(?:now|try|maybe|perhaps|what\s+about|how\s+about|"
                           r"let'?s\s+(?:try|do|go\s+with)|(?:can|could)\s+(?:you|we|u)\s+try)\s+(?P<x>(?:an?|some)\s+"
                           r"(?P<mods>(?:(?!(?:of|with|in|on|and|or|the|for|to|instead)\b)[\w'-]+\s+){1,3})"
                           r"(?P<noun>[\w'-]+))(?:\s+instead)?(?:\s+(?:please|pls|then))?[\s?.!]*$", re.I)


def _part_instead(low: str, ctx: RouteContext) -> Optional[Route]:
    """"now a speckled oatmeal glaze" of a vase with a blue glaze: that glaze replaced; None unless the thing named is
    in the picture on screen."""
    match = _PART_INSTEAD.match(low.strip())
    if not match or singular(match.group("noun")) not in ctx.scene_words:
        return None
    return Route(Action.EDIT, "another of a thing the picture has ('now a green glaze')",
                 text=f"replace the {match.group('noun')} with {match.group('x')}")


_PLACE_ALONE = re.compile(r"^(?:(?:ok(?:ay)?|and|now|then|maybe|try|hmm+)[,\s]+)*(?:(?:in|at)\s+)?(?P<y>[a-z][\w' .-]*?)"
                          r"(?P<instead>\s+instead)?(?:\s+(?:please|pls|now))*[\s.!?]*$", re.I)


def _named_place_instead(text: str, ctx: RouteContext) -> Optional[Route]:
    """"now lisbon" of a café in Rome, "paris instead": the picture set in the place named; None unless the message is
    a place's name and the picture has a place by name (or "instead" is said)."""
    match = _PLACE_ALONE.match(text.strip())
    if not match or not is_place_name(match.group("y")) or not (match.group("instead") or any(
            is_place_name(word) for word in ctx.scene_words)):
        return None
    return Route(Action.EDIT, "a place's name said alone: the picture set there ('now lisbon')",
                 text=f"put it in {match.group('y')} instead")


_STAR_FIX = re.compile(r"^\*\s*(?P<x>[^*\s][^*.!?]*?)(?:[,\s]+i\s+meant)?(?P<rest>[.!]\s*[^*]*)?$", re.I)


def _would_look(text: str, low: str, ctx: RouteContext) -> Optional[Route]:
    """"what would it look like in winter?" (the picture, changed), "… what it would look like" after a story, "what
    would a narwhal look like" (a picture of it); None without such a question."""
    looks = WOULD_LOOK.match(low)
    thing = (looks.group("x") or looks.group("x2")) if looks else ""
    typed = WOULD_LOOK.match(CORRECTION.sub("", strip_filler(text), count=1).strip()) if looks else None
    if ctx.has_current and re.fullmatch(r"(?:it|this|that|this\s+one|the\s+(?:picture|image|scene)|he|she|they)", thing) and \
            looks.group("rest").strip():  # "what would it look like in winter?": that picture, changed
        rest = typed.group("rest").strip() if typed else ""
        return Route(Action.EDIT, "how the picture would look with a change",
                     text=rest if rest and "§" not in rest else None)
    if thing in ("it", "they") and not ctx.has_current and has_content(looks.group("rest")):  # after a story
        return Route(Action.GENERATE, _HOW_IT_WOULD_LOOK)
    if thing and not re.match(r"^(?:it|this|that|they|he|she|you|i|we|my|your)\b", thing) and has_content(thing):
        what = (typed.group("x") or typed.group("x2")) + typed.group("rest") if typed else None
        what = what if what and "§" not in what else None  # quoted words: the message as typed
        return Route(Action.GENERATE, "what something would look like: a picture of it", text=what)
    return None


# "can it say Harvest Festival 2025 at the top?", "could the banner read Happy Retirement Jim"
_CAN_IT_SAY = re.compile(r"^(?:(?:and|also|ok(?:ay)?|so)[,\s]+)?(?:can|could|would)\s+(?:it|this|that|you\s+make\s+it|the\s+[\w'-]+)\s+"
                         r"(?:also\s+)?(?:say|read)\s+(?![\"“'])(?P<q>\S.*?)(?P<where>\s+(?:at|on|across|along|in|above|below|"
                         r"under|over)\s+the\s+\w+(?:\s+\w+)?)?\s*\??\s*$", re.I)


# "surfboards on the roof", "a wreath on the door": things, said with where they go on the picture's subject
_THINGS_ON_A_PART = re.compile(r"^(?:(?:and|now|plus|also|maybe)\s+)?(?:(?:an?|some|two|three|four|a\s+few)\s+)?"
                               r"(?!(?:no|not|without|remove|delete)\b)(?P<things>[a-z][\w'-]*(?:\s+[a-z][\w'-]*)?)\s+(?:on|in|at|by|under|"
                               r"above|over|behind|beside|next\s+to|in\s+front\s+of|along)\s+(?:the|his|her|its|their)\s+"
                               r"(?P<part>[\w'-]+)(?:\s+(?:pls|please|plz|too|as\s+well|thanks|thx))*[\s.!]*$", re.I)
# parts of things a picture's subject often has
_THING_PARTS = frozenset("roof hood bonnet door doors window windows head back shoulder shoulders porch balcony branch "
                         "branches mantel mantelpiece railing roof-rack deck chimney tail horns ears paws".split())


def _added_to_the_one_on_screen(text: str, low: str, ctx: RouteContext) -> Optional[Route]:
    """"and some balloons", "it needs a moon", "a dragon flying over it", "can u do a walking pose": the picture on
    screen, added to or posed; None for anything else."""
    more = _AND_ALSO.match(re.sub(r"^like[\s,]+", "", strip_lead_talk(text).strip().lower()))  # ("like also a cape")
    if more and looks_like_description(more.group("x")) and not is_question(low) and not VARIATIONS.search(
            more.group("x")) and not UPSCALE.search(more.group("x")) and not re.match(
            r"(?:some\s+)?more\s+(?:of|like)\s+(?:these|those|this|that|it|them)\b", more.group("x")):
        return Route(Action.EDIT, "'and some balloons': more for the picture on screen")
    if picture_needs(low):
        return Route(Action.EDIT, "what the picture needs")
    word = re.fullmatch(r"\s*([a-z][a-z'-]+)[\s.!]*", low)
    if word and 0 < len(ctx.scene_words) <= 4 and singular(word.group(1)) in ENGLISH_NOUNS and not \
            classify_phrase(word.group(1)) and not is_social(low) and word.group(1) not in lexicon.STOPWORDS and \
            not _in_scene(word.group(1), ctx) and not is_colour(word.group(1)):  # "corgi", then "beach", then
        # "sunglasses": a picture built in fragments ("bronze" alone is its colour, read below)
        said = word.group(1)
        return Route(Action.EDIT, "one word added to a picture made of a few words ('corgi' … 'beach')",
                     text=f"at the {said}" if said in lexicon.PLACE_NOUNS else f"add {said}")
    on_part = _THINGS_ON_A_PART.match(strip_filler(strip_lead_talk(text)).strip())
    if on_part and singular(on_part.group("things").split()[-1].lower()) in ENGLISH_NOUNS and not re.search(
            r"'|\b(?:close|zoom|up|he|she|it|they|him|her|them)\b", on_part.group("things"), re.I) and (
            on_part.group("part").lower() in _THING_PARTS | _PICTURE_PARTS or _in_scene(on_part.group("part").lower(),
                                                                                            ctx)) and not is_question(low):
        return Route(Action.EDIT, "things put on a part of the picture on screen ('surfboards on the roof')",
                     text=f"add {on_part.group(0).strip(' .!')}")
    placed = _PLACED_BY_IT.match(strip_filler(strip_lead_talk(text)))
    if placed and not is_question(low) and not re.search(r"\b(?:says|saying|reads|with\s+the\s+(?:words|text))\b",
                                                         placed.group(0), re.I):  # ("a mug that says good morning on it": its own words)  # "a dragon flying over it": a new thing placed by the picture on screen
        return Route(Action.EDIT, "a new thing placed by the picture on screen", text=f"add {placed.group(0)}")
    doing = _DOING_NOW.match(low)
    if doing and doing.group("v") not in lexicon.ING_ED_NOUNS and doing.group("v") not in THING_WORDS and \
            not is_question(low):  # "breathing fire": what the one on screen does now
        return Route(Action.EDIT, "what the one on screen is doing, said alone ('breathing fire')")
    pose = _A_POSE.match(low)
    if pose:  # "can u do a walking pose": the one on screen, posed so
        return Route(Action.EDIT, "the one on screen in another pose", text=f"show it in {pose.group('pose')}")
    return None


_DOING_NOW = re.compile(r"^(?:(?:and|now|ok(?:ay)?|maybe|also)[,\s]+)*(?P<v>[a-z]{3,}ing)\b(?:\s+[\w'-]+){0,6}[\s.!]*$")


# "can u do a walking pose", "try a different angle shot", "give him an angry expression": the one on screen so
_A_POSE = re.compile(r"^(?:(?:can|could|would)\s+(?:you|u)\s+)?(?:please\s+)?(?:do|make|try|draw|show\s+(?:me\s+)?|give\s+"
                     r"(?:me|it|him|her|them))\s+(?P<pose>(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:pose|stance|expression|"
                     r"facial\s+expression))(?:\s+(?:instead|please|pls|too|now))*[\s?.!]*$", re.I)


def _lettered(text: str, ctx: RouteContext) -> Optional[Route]:
    """"can it say Happy Birthday Oliver": capitalised words, no quotes, to letter into the picture on screen (read
    before lowercasing, which would lose what marks them as words to letter)."""
    typed = CORRECTION.sub("", strip_filler(text), count=1).strip()
    if ctx.has_current and says_words(typed):
        return Route(Action.EDIT, "words to letter into the picture, said without quotes")
    return None


def _versions_with_a_change(low: str, ctx: RouteContext) -> Optional[Route]:
    """"make 3 versions in watercolor", "a few versions of it as a painting": the picture on screen with that change,
    drawn that many times (an upload is read the same way by ``_route_upload``)."""
    versions = _VERSIONS_OF_IT.search(low) if ctx.has_current and not ctx.has_upload else None
    change = versions.group("rest").strip(" .!?") if versions else ""
    if not change or _ANY_LOOK.match(change):
        return None  # "3 versions in different styles": takes that vary, said by the variation rules
    return Route(Action.EDIT, "versions of the picture on screen with a change", count=variation_count(low), text=change)


# verbs that draw the picture on screen again, read as "draw" when what follows is "it/him/her as …"
_RESTYLE_VERB = re.compile(r"\b(?:redraw|repaint|depict|portray|reimagine|recreate|rebuild|remake)(?=\s+(?:it|him|her|them|this|"
                           r"that|(?:the|my|our|his|her|their)\s+[\w'-]+)\s+(?:as|in|out\s+of|into|like)\s)")


def _restyled_as_drawn(low: str) -> Optional[str]:
    """"redraw it as an engraving" -> "draw it as an engraving" (the edit reads "draw it as"); None for no such verb."""
    return _RESTYLE_VERB.sub("draw", low) if _RESTYLE_VERB.search(low) else None


def _drawn_again_changed(low: str, ctx: RouteContext) -> Optional[Route]:
    """"draw the dog bigger", "can you draw him jumping": the picture on screen, its own subject drawn with a change."""
    rest = draw_request(_RESTYLE_VERB.sub("draw", low)) if ctx.has_current and not ctx.has_upload and re.search(
        r"\b(?:draw|paint|sketch|redraw|repaint|illustrate|render|depict|portray|reimagine|recreate|rebuild|remake)\b",
        low) else None  # ("redraw it as an engraving", "depict her as a knight": drawn again, so)
    named = re.match(r"^(?:(?:him|her|them|it)|the\s+(?P<noun>[\w'-]+))\s+(?P<change>\S.*)$", rest or "")
    if named and re.fullmatch(r"(?:again|once\s+more|one\s+more\s+time)(?:\s+(?:please|pls|plz))?[\s.!?]*", named.group("change")):
        return Route(Action.VARIATIONS, "the picture on screen drawn again ('draw it again')")
    again = re.match(r"(?:again|once\s+more)\s*,?\s+(?:(?:but|and|only|except)\s+)?(?P<x>\S.*)$", named.group("change")) \
        if named else None
    if again and again.group("x") != named.group("change") and rest.startswith("it "):  # "draw it again but bigger"
        # (that change; "draw him again but wearing a scarf" is a new picture of him, said by other rules)
        change = again.group("x")
        change = f"make it {change}" if re.fullmatch(r"[a-z]+(?:er|ier)|more\s+[a-z]+", change) else change
        return Route(Action.EDIT, "the picture on screen drawn again with a change ('draw it again but bigger')",
                     text=change)
    if not named or (named.group("noun") and named.group("noun") not in ctx.scene_words) or re.match(
            r"(?:and|with|of|in\s+(?:a|an)\s+new|again|once\s+more|one\s+more\s+time|one)\b", named.group("change")):
        return None  # "draw the moon and a wolf": a new picture of both; "draw him with a friend": said by other rules
    return Route(Action.EDIT, "the picture's own subject drawn again with a change ('draw him jumping')",
                 text=_restyled_as_drawn(low))


_PART_NOUNS = frozenset("background colour color style font lighting light sky pose angle palette look".split())
_TAKE_NOUNS = frozenset(lexicon.STRONG_COUNT_NOUNS) | frozenset("design designs take one ones choice".split())
# "can I see more logos like this?", "do another version of the logo", "some alternatives to this logo": more takes
_MORE_SAME = re.compile(
    r"^(?:(?:(?:can|could|would|will)\s+(?:you|u|i|we)|please|pls|i'?d\s+(?:like|love)|i\s+want|i\s+wanna|let\s+me|show|"
    r"give|do|make|try|draw|generate|create|see|get|have|to|me|us)\s+)*"
    r"(?P<count>" + NUM + r"\s+|a\s+few\s+|a\s+couple(?:\s+of)?\s+|some\s+|several\s+|a\s+bunch\s+(?:of\s+|more\s+)?)?"
    r"(?P<lead>(?:more|other|another|different|alternative|new|extra)\s+)?(?P<noun>(?:[\w'-]+\s+){0,2}?[\w'-]+?)"
    r"(?:\s+(?:like\s+(?:this|that|these|those|it)(?:\s+one)?|for\s+(?:the|this|that|my|our)\s+[\w'-]+|of\s+(?:the|this|that|"
    r"these|those|it|them|my|our)\b(?:\s+[\w'-]+)?|to\s+(?:this|the|that|my)\s+[\w'-]+|but\s+different|to\s+(?:choose|pick)\s+"
    r"from|in\s+the\s+same\s+style))*(?:\s+(?:please|pls|plz|too))?[\s.!?]*$")


def _more_of_the_same(low: str, ctx: RouteContext) -> Optional[Route]:
    """More takes of the picture on screen, named by its own nouns or as versions/ideas; None for anything new."""
    match = _MORE_SAME.match(low) if ctx.has_current and not ctx.has_upload else None
    if not match or re.search(r"\btake\s+(?:it|them|him|her|this|that|the\s+[\w'-]+)\s+(?:out|off|away)\b", low):
        return None  # ("take them out": a removal, not a take)
    words = [w for w in re.findall(r"[\w'-]+", match.group("noun")) if w not in lexicon.STOPWORDS]
    known = ctx.scene_words | lexicon.FORMAT_NOUNS | _TAKE_NOUNS
    if not words or not all(w in known or re.sub(r"(?:es|s)$", "", w) in known for w in words):
        return None  # "more dogs": a new thing for the picture
    if not match.group("lead") and words[-1] not in _TAKE_NOUNS:
        return None  # "some logos": no word for "more"
    head = re.sub(r"(?:es|s)$", "", words[-1])
    if head in _PART_NOUNS or re.search(r"\ball\b", match.group("noun")):
        return None  # "a different background": an edit of that part; "all the versions": the gallery
    takes = words[-1] in _TAKE_NOUNS | lexicon.FORMAT_NOUNS or head in _TAKE_NOUNS | lexicon.FORMAT_NOUNS
    said_alike = re.search(r"\blike\s+(?:this|that|these|those|it)|\bbut\s+different|\bto\s+(?:choose|pick)\s+from|"
                           r"\bin\s+the\s+same\s+style", low)  # ("different flowers": other flowers, an edit)
    if not takes and not said_alike:
        return None  # "more clouds", "another cat": more of a thing in the picture (an edit)
    count = variation_count(low) if match.group("count") else 1
    return Route(Action.VARIATIONS, "more takes of the picture on screen, named by its own words", count=count)


def _ends_with_thanks(text: str, ctx: RouteContext) -> bool:
    """"omg she's gonna lose her mind. thanks so much": thanks last, and nothing before it the rules read as a request."""
    parts = _sentences_and_asks(text)  # "… loved sailing and i would like a painting of a boat. thank you"
    if len(parts) < 2 or ctx.has_upload or not is_social(parts[-1]):
        return False
    for part in parts[:-1]:
        decision = _route_rules(part, ctx)
        if (decision.confident and decision.action is not Action.CHAT) or (decision.action in (
                Action.EDIT, Action.VARIATIONS, Action.UPSCALE, Action.REVERT) and decision.reason != "default") or (
                decision.action is Action.GENERATE and decision.reason.startswith(("a picture of something", "a wish for",
                                                                                   "drawing verb"))) or re.match(
                r"^(?:a|an|some|one|two|three|four|\d+)\s", strip_filler(part).lower()):
            return False  # "a cat on a roof. thanks!": a request said with thanks
    return True


_VERSIONS_OF_IT = re.compile(r"\b(?:" + NUM + r"|a\s+few|some|several)\s+(?:different\s+)?(?:versions|takes|options|variants|variations|alternatives|"
                             r"of\s+(?:them|those|these)(?=\s+(?:in|with)\s+(?:different|other|various|random|new)\b))"
                             r"(?:\s+of\s+(?:this|it|that|my\s+[\w'-]+))?(?P<rest>(?:\s+(?:in|with|as|at|wearing|without|"
                             r"during)\b.*)?)$")
# "in different styles", "with other colours": what varies between versions, not one change
_ANY_LOOK = re.compile(r"(?:in|with|as)\s+(?:different|other|various|random|new)\b|(?:in|with)\s+(?:the\s+)?same\b")


# a question that asks for a change of the photo: "can you edit my pic so it looks like autumn", "is possible to put my
# cat in a space suit?", "… 😄 can you make it look like an actual photo?"
_CHANGE_VERB = (r"(?:make|turn|change|edit|add|remove|convert|transform|put|give|paint|draw|render|restyle|use|apply|"
                r"replace|clean|fix|enhance|improve|sharpen|restore|retouch|colou?ri[sz]e|tidy|brighten|darken|"
                r"recolou?r|dress|swap|erase|photoshop|write|letter|caption|overlay|insert|place|blur|crop|simplify|"
                r"flatten|styli[sz]e|soften|desaturate|saturate|vectori[sz]e|cartooni[sz]e|declutter|rebuild|recreate|remake|"
                r"redraw|repaint|reimagine|depict|portray)")
_CHANGE_ASKED = re.compile(r"\b" + _CHANGE_VERB + r"\s+(?:it|this|that|these|him|her|them|my|our|the|his|its|photo|picture|"
                           r"pic|image|drawing)\b", re.I)
# "can you add a sailboat to this": asked of Easel, whatever follows the verb
_CAN_YOU_CHANGE = re.compile(r"(?:^|[,.!;?]\s*|(?:" + EMOJI_RUN.pattern + r")\s*)(?:(?:so|ok(?:ay)?|and)\s+)?(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+)?"
                             + r"(?:" + _CHANGE_VERB + r"\b|do\s+(?:the\s+same|that|it|this)\b(?:\s+[\w'-]+){0,3}?\s+(?:on|to|with)\s+"
                             r"(?:this|it|my|mine|the\s+photo)\b)")  # "can you do the same heart on this one?"


# "can you show the house in winter?": the photo shown changed, not described
_SHOWN_CHANGED = re.compile(r"\bshow\s+(?:me\s+|us\s+)?(?:it|this|that|him|her|them|the\s+[\w'-]+)\s+(?:in|at|as|with|during|under|on|by)\s+\w", re.I)
# a question about the photo or the user, not a request: "what should I use this photo for?", "did I edit it well?"
_ADVICE_QUESTION = re.compile(r"^(?:\W*(?:hi|hey|hello|so|ok(?:ay)?)\b[\s,!]*)?(?:what|how|who|why|where|when|which|should\s+i|"
                              r"did\s+i|do\s+you\s+think|is\s+it\s+(?:ok|okay|fine|alright|legal|allowed)|would\s+it|can\s+i|"
                              r"could\s+i)\b")


# "what would she look like as a lion?", "could it look more professional?": the photo shown changed, asked as a question
_CHANGED_PHOTO_ASKED = re.compile(r"\b(?:what|how)\s+(?:would\s+(?:it|this|that|she|he|they|(?:my|our|the|this)\s+[\w'-]+)|(?:it|"
                                  r"this|that|she|he|they|(?:my|our|the|this)\s+[\w'-]+)(?:'d|\s+would|\s+might|\s+could))\s+look\s+"
                                  r"(?:like\s+)?(?:as|in|with|wearing|at|during|if|without|painted|colou?red|repainted|covered)\b"
                                  r"|\b(?:can|could|would)\s+(?:it|this|that|she|he|they)\s+(?:look|be\s+made)\s+(?:a\s+(?:bit|lot|"
                                  r"little)\s+)?(?:more|less|like|as|[a-z]+er)\b")


# "could she be wearing a crown?", "can it be in the snow": a change of the photo, asked
_COULD_IT_BE = re.compile(r"^(?:(?:so|and|but|hmm+|ok(?:ay)?)[,\s]+)*(?:can|could|would|might)\s+(?P<who>she|he|they|it|this)"
                          r"\s+be\s+")


def _become(rest: str, who: str) -> Optional[str]:
    """"in the snow?" after "could it be" -> "make it in the snow"; None for "any cuter?" (praise, no change)."""
    rest = rest.strip(" ?!.")
    if not re.match(r"(?:in|on|at|under|inside|by|near|wearing|holding|[a-z]+ing)\b", rest) or re.match(
            r"(?:anything|something|going|ceiling|ring|thing|string|king|spring|wing|building|painting|drawing|evening|"
            r"morning|wedding|pudding|clothing|icing|sibling|ending|swing|lightning)\b", rest):
        return None
    return f"make {lexicon.OBJECT_PRONOUNS.get(who, who)} {rest}"
# "need this as a phone wallpaper", "can i have it as my instagram banner": the photo in that format's shape
_PHOTO_AS_FORMAT = re.compile(r"\b(?:this|it|that)\s+(?:one\s+)?(?:as|for)\s+(?:a|an|my|our)\s+(?:[\w'-]+\s+){0,3}?(?:wallpaper|"
                              r"background|lock\s*screen|screensaver|banner|header|cover\s+photo|profile\s+(?:pic|picture|photo)|"
                              r"pfp|avatar|story|post|thumbnail)[?.!\s]*$")  # (a poster or a card is a new design)


def _as_shown_changed(asked: str) -> Optional[str]:
    """"what would she look like as a lion?" -> "make her look like a lion"; "what would it look like in winter" -> "make
    it in winter"; None (the message as it is) for "could it look more professional?", which the edit rules read."""
    asked = re.sub(r"^(?P<wh>what|how)\s+(?P<who>it|this|that|she|he|they|(?:my|our|the|this)\s+[\w'-]+)(?:'d|\s+would|\s+might|"
                   r"\s+could)\s+look\b", r"\g<wh> would \g<who> look", asked)  # "(show me) what it'd look like with …"
    would = re.match(r"(?:what|how)\s+would\s+(?P<who>[\w'-]+(?:\s+[\w'-]+)?)\s+look\s+(?:like\s+)?(?P<prep>[a-z]+)\s+(?P<rest>.+?)"
                     r"[?.!\s]*$", asked)
    if not would:
        return None
    who = re.sub(r"^(?:my|our|this)\s+", "the ", would.group("who"))
    who = lexicon.OBJECT_PRONOUNS.get(who, who)
    if would.group("prep") == "as":
        return f"make {who} look like {would.group('rest')}"
    if would.group("prep") == "with":  # "how would my bike look with red paint": the red paint added
        return f"add {would.group('rest')}"
    if would.group("prep") in ("painted", "repainted", "coloured", "colored"):  # "… look like painted blue": paint it
        return f"paint {who} {would.group('rest')}"
    return f"make {who} {would.group('prep')} {would.group('rest')}"


_PURPOSE_AFTER = re.compile(r"\bso\s+(?:that\s+)?(?:i|we|they|you|he|she)\s+can\b.*$")  # "… so i can write the handout"


_TELL_WHATS_IN_IT = re.compile(r"\b(?:tell|show)\s+(?:me|us)\s+what(?:'s|\s+is|\s+(?:kinds?\s+of\s+)?[\w'-]+\s+(?:is|are))\s+(?:in|on)\s+"
                               r"(?:it|this|that|there|here|the\s+(?:photo|picture|image|pic))\b")  # ("… what fruits are in there")


def _asked_of_it_last(low: str) -> bool:
    """"we use this photo for a quiz. what colour is the ball?": words about the photo, then a question asked of it."""
    last = re.split(r"(?<=[.!?])\s+", low.strip())[-1]
    return len(last) < len(low.strip()) and bool(re.match(
        r"(?:(?:what|which)\s+(?:colou?r|kind|sort|type|breed|animal|flower|bird)|(?:what|who)\s+(?:is|are|'s)\s+(?:this|that|"
        r"it|these|those|the|in|on)|where\s+(?:is|are)|how\s+many)\b[^?]*\?$", last)) and not _CAN_YOU_CHANGE.search(last)


def _route_upload(low: str) -> Route:
    """An image came with the message: describe it, edit it, vary it or upscale it."""
    if _TELL_WHATS_IN_IT.search(low):  # "before we use this photo, tell me what's in it": asked outright, whatever else
        return Route(Action.DESCRIBE, "upload + 'tell me what's in it'")
    if not low or is_social(low) or re.fullmatch(r"(?:here(?:\s+(?:it\s+is|you\s+go|goes))?|(?:my|our)\s+[\w'-]+|this(?:\s+one)?|"
                                                 r"(?:a|the|my)?\s*(?:photo|pic|picture|image|upload))[\s.!:]*", low):
        return Route(Action.DESCRIBE, "upload without a request")  # "here" / "my photo": what it shows
    if re.search(r"\b(?:rate|critique|review|judge)\s+(?:my|this|the)\b|\b(?:thoughts|feedback|opinion)\s+(?:on|about)\b", low):
        return Route(Action.DESCRIBE, "upload + what do you think")
    if UPSCALE.search(low) and re.match(r"^(?:here'?s|here\s+is|this\s+is)\b", low):  # "here's one, 2x please"
        return Route(Action.UPSCALE, "upload + upscale words after 'here's one'")
    if UPLOAD_STATEMENT.match(low) and not UPLOAD_EDIT.search(low) and not _CHANGED_PHOTO_ASKED.search(low) and \
            not _CAN_YOU_CHANGE.search(low) and not _SHOWN_CHANGED.search(low) and not re.search(
            r"\b(?:as\s+an?|in\s+(?:the\s+)?style|into\s+an?|like\s+an?|style)\b", low):
        return Route(Action.DESCRIBE, "upload shared with a remark")  # "here's my garden": say what's in it
    if UPSCALE.search(low):
        return Route(Action.UPSCALE, "upload + upscale words")
    versions = _VERSIONS_OF_IT.search(low)
    change = versions.group("rest").strip(" .!?") if versions else ""
    if change and not _ANY_LOOK.match(change):  # "make 3 versions of this in watercolor": the change, 3 times
        return Route(Action.EDIT, "upload + versions with a change", count=variation_count(low), text=change)
    if VARIATIONS.search(low) or re.search(r"\bvariations?\b", low) or versions:
        return Route(Action.VARIATIONS, "upload + variation words", count=variation_count(low))
    if _PHOTO_AS_FORMAT.search(low) and aspect_from_text(low):  # "need this as a phone wallpaper": reshaped
        return Route(Action.EDIT, "upload + wanted in a format's shape", text=f"make it {aspect_from_text(low)}")
    asked = is_question(low) or any(is_question(p) for p in re.findall(r"[^.!?]+\?", low))  # "… is it? what's in it"
    shown = _CHANGED_PHOTO_ASKED.search(low)
    could = _COULD_IT_BE.match(low) if asked and not shown else None
    changed = (as_edit_command(low) or _become(low[could.end():], could.group("who"))) if could else None
    if changed:  # "could she be wearing a crown?", "could it be in the snow?"
        return Route(Action.EDIT, "upload + a change asked as a question", text=changed)
    if shown:  # "what would she look like as a lion?", "could it look more professional?"
        return Route(Action.EDIT, "upload + how it would look changed", text=_as_shown_changed(low[shown.start():]))
    if _asked_of_it_last(low):
        return Route(Action.DESCRIBE, "upload + a story, then a question about it")
    if DESCRIBE.search(low) or (asked and not _CAN_YOU_CHANGE.search(low) and not _SHOWN_CHANGED.search(low) and not
                                re.search(r"(?:^|[.!?;]\s+)(?:please\s+)?" + _CHANGE_VERB + r"\s", low) and (
            _ADVICE_QUESTION.match(low) or not _CHANGE_ASKED.search(_PURPOSE_AFTER.sub("", low)))):
        return Route(Action.DESCRIBE, "upload + question")
    return _upload_request(low)


def _upload_request(low: str) -> Route:
    """The edit an upload's message asks for: its ask, restyled as drawn where it says so."""
    asked = _ask_of_the_photo(low)
    return Route(Action.EDIT, "upload + request", text=_restyled_as_drawn(asked) or (asked if asked != low else None))


# a sentence about who asks, before the ask of a photo: "hiii I'm a drag queen …", "hey there, quoting a job …"
_ABOUT_THE_ASKER = re.compile(r"^(?:h+i+|hey+|hello|hiya|howdy|good\s+(?:morning|afternoon|evening)|morning|evening|i|i'm|im|i\s+am|"
                              r"i've|we|we're|we\s+are|we've|my\s+name|so|ok(?:ay)?|just|[a-z]+ing)\b", re.I)  # ("quoting a job …")


def _ask_of_the_photo(low: str) -> str:
    """"hi, I'm a drag queen, doing an 80s night. can you turn this sunset photo into a poster?" -> the ask: the
    sentences before the first that asks for a change are who is asking and why, no part of the picture."""
    sentences = [p for p in re.split(r"(?<=[.!?])\s+", low.strip()) if p.strip()]
    asks = [bool(_CAN_YOU_CHANGE.search(p) or UPLOAD_EDIT.search(p) or _SHOWN_CHANGED.search(p) or re.match(
        r"(?:please\s+)?" + _CHANGE_VERB + r"\s", p) or re.search(r"\b(?:can|could)\s+(?:you|u)\s+(?:please\s+)?show\s+(?:it|this|"
                                                                r"them)\s+(?:with|without|in|at|as)\b", p))
            for p in sentences]
    first = asks.index(True) if True in asks else 0
    if any(re.search(r"\b(?:this|that|here|it|these)(?:'s|\s+is|\s+are|\s+was)\b|\bmeet\b|\b(?:photo|picture|pic|image)\s+of\b|"
                     r"\b(?:my|our)\s+[\w'-]+\s+(?:drew|made|took|painted)\b", p) or not _ABOUT_THE_ASKER.match(p)
           for p in sentences[:first]):
        return low  # "this is my dog rex. put him on the moon": a sentence naming the photo stays
    return " ".join(sentences[first:]) if first else low



# ---- context sentence + request ----------------------------------------------------------------------------------
_SENTENCE_END = re.compile(r"(?<=[.!?;:])\s+|\s+[-–—]+\s+|\s*" + EMOJI_RUN.pattern + r"\s+")  # "next week 🦊 could you"
# a request after talk in the same sentence: "hope you're well, could you draw ..." / "... and i want a poster of ..."
_ASK_AFTER_TALK = re.compile(
    r"(?:[,:]\s*|\s+(?:and|so|but|anyway|um+|uh+|erm+)\s+)(?=(?:(?:so|anyway|but|now)\s+)?(?:(?:can|could|would|will)\s+(?:you|u)\b"
    r"|(?:(?:do\s+)?(?:you|u)\s+)?(?:think|reckon)\s+(?:you|u)\s+(?:could|can|might)\b"
    r"|" + lexicon.ASKER_WANTS.pattern +  # "i'm a wedding planner and a couple wants a watercolor of their venue"
    r"|(?:can|could)\s+(?:the|it|this|that|we)\b"  # "i like them but can the text be brown"
    r"|(?:i|we)\s*(?:" + HEDGE + r"\s+)?" + WISH_VERB + r"\b|(?:need|want|(?:would|'d)\s+(?:like|love))\s+(?:a|an|some)\s|(?:need|want)\s+(?=" + lexicon.SOMETHING_FOR_A_FORMAT.pattern.lstrip("^") + r")"
    r"|i\s+(?:don'?t|do\s+not)\s+want\b"
    r"|(?:need|want)\s+(?:some\s+|new\s+)?(?:[\w-]+\s+){0,2}?(?:art|artwork|illustrations?|visuals?|graphics?)\b"  # "… and
    # need square cover art"
    r"|(?:maybe|perhaps)\s+(?:a|an|some|two|three|\d+)\s"  # "…, maybe a steam train with balloons?"
    r"|something\s+(?:with|like|showing|featuring)\s+[^.!?]{2,80}?\s+(?:would|will|'d)\s+be\s+" + _NICE + r"\b"
    r"|(?:i|we)(?:'m|\s+am|\s+was|\s+were|'re)\s+(?:kind\s+of\s+|kinda\s+)?thinking\b"
    r"|(?:i|we)(?:'m|\s+am|'re|\s+are)\s+(?:making|creating|designing|working\s+on|putting\s+together)\s+(?:an?|some|the|my|our)\s"
    r"|please\s+(?:draw|paint|make|create|generate|sketch|show)\b"
    r"|(?:\d{1,2}\s*:\s*\d{1,2}|" + SHAPE_WORDS + r")(?:\s+(?:format|please|pls|instead))*[\s.!]*$"  # "it's for video so 16:9"
    r"|(?:draw|paint|make|create|generate|sketch|show)\s+(?:me|us)\b"
    r"|(?:draw|paint|sketch|illustrate)\s+(?:it|him|her|them)\b))", re.I)  # ("i have a black dog, draw it on the beach")
_WONDERING = re.compile(r"\b(?:(?:i\s+was|i'?m|i\s+am)\s+wondering|i\s+wondered|i\s+wonder|(?:do\s+)?(?:you|u)\s+(?:think|reckon)"
                        r"(?:\s+that)?)\s+(?:(?:if|whether)\s+)?(?:you|u)\s+(could|can|would)\b|\bi\s+was\s+(?:hoping|thinking)\s+(?:that\s+)?(?:you|u)\s+(could|can|would|might)\b",
                        re.I)


# "could you possibly", "would you be able to": a polite "could you"
_HEDGED_ASK = re.compile(r"\b(?P<aux>can|could|would|will)\s+(?P<you>you|u)\s+(?:(?:possibly|perhaps|maybe)\s+)?(?:be\s+able\s+to\s+)?"
                         r"(?=(?:please\s+)?(?:draw|paint|make|show|create|do|sketch|give|put|add|turn|change|remove)\b)", re.I)


def _ask_first(text: str) -> str:
    """"i was wondering if you could draw ..." -> "could you draw ..."; "could you possibly show me …" -> "could you
    show me …"."""
    text = _WONDERING.sub(lambda m: f"{m.group(1) or m.group(2)} you", text)
    return _HEDGED_ASK.sub(lambda m: f"{m.group('aux')} {m.group('you')} ", text)


def _request_sentence(text: str, ctx: RouteContext) -> Optional[tuple[str, Route]]:
    """"I run a small bakery. Show me 3 ideas for a sign" -> the last sentence that the rules confidently read as
    an action other than chat, with that route; None when no later sentence is such a request."""
    text = _ASK_AFTER_TALK.sub(". ", _ask_first(text))
    asked = re.sub(r"^(?:[\w']+[,!.\s]+){0,3}?(?:a\s+)?(?:quick\s+|random\s+|small\s+)?question[,:!.\s]+", "", text.strip(), flags=re.I)
    if not QUESTION_START.match(asked):  # ("quick question, how many images can you make at once?" is one question)
        text = ASK_RUN_ON.sub(". ", text)
    parts = [p.strip() for p in _SENTENCE_END.split(text) if p and p.strip()]
    if len(parts) < 2:
        return None
    for i in range(len(parts) - 1, 0, -1):
        tail = " ".join(parts[i:])
        if re.match(r"^(?:(?:i|we)\s+)?(?:need|want)\s+(?:something|anything)\s+(?:for|to)\b", strip_filler(tail).lower()) and \
                not re.search(r"\b" + _FORMAT + r"\b|,\s*(?:an?|some|the|two|three|\d+)\s+\w", tail, re.I):
            continue  # "… what would you call that shade? need something for our brand sheet": why, not what to draw
            # ("i need something for the thank you cards" names what to make)
        decision = _route_rules(tail, ctx)
        if (decision.confident and decision.action is not Action.CHAT) or _asks_for_a_picture(parts[i], ctx):
            end = len(parts)
            if decision.action is Action.CHAT:  # "i'd love a kite. what do you think?": the wish is the request
                decision, end = _route_rules(parts[i], ctx), i + 1
            while decision.action is Action.GENERATE and i > 0 and _asks_for_a_picture(parts[i - 1], ctx) and \
                    not _format_then_thing(parts[i - 1], parts[i]):
                i -= 1  # "need a logo for my bakery. give me 4 options, minimal": the thing asked for came first
            adds = bool(re.match(r"(?:(?:and|also|plus|oh|so)[,\s]+)*(?:maybe|perhaps)\s", parts[i], re.I))
            asked = _drawn_earlier(parts[:i], ctx, adds) if decision.action in (Action.GENERATE, Action.EDIT) else None
            if asked is not None and _format_then_thing(parts[asked], parts[i]):
                asked = None  # "I want a little drawing at the top. Can you draw a croissant?": the croissant
            if asked is not None:  # "could you draw a steam train? he also loves cows so maybe some cows below":
                if decision.action is Action.EDIT:  # (with a picture on screen the cows alone read as an edit of it)
                    decision = _route_rules(parts[asked], ctx)
                return " ".join(parts[asked:end]), decision  # the train, and the cows (cleaned by _with_additions)
            request = " ".join(parts[i:end])
            if decision.action is Action.GENERATE:  # "need 4 options for a logo: a mountain …": the count came first
                decision.count = max(decision.count, extract_count(request)[1])
            return request, decision
    return None


# the context says what the picture is for: "a halloween party", "for christmas", "christmas-themed"
_FOR_AN_OCCASION = re.compile(r"\b(?:(?:an?|our|my|the|this|this\s+year'?s)\s+(?P<o>[\w']+)\s+(?:party|card|invite|invitation|"
                              r"dinner|brunch|lunch|event|fair|market|sale|bazaar|flyer|poster|menu|celebration|dance|"
                              r"concert|show|play|newsletter)s?\b|\bfor\s+(?P<o2>[\w']+)\b|\b(?P<o3>[\w']+)[-\s]themed\b)", re.I)


def _style_kept(context: str, request: str) -> str:
    """The request with the medium its context chose ("let's go with gouache then: a bunch of carrots …")."""
    chosen = re.search(r"\bgo\s+with\s+(?P<art>[\w' -]{2,30}?)(?:\s+then)?\s*[:.!]?\s*$", context.strip(), re.I)
    art = chosen.group("art").strip().lower() if chosen else ""
    return f"{request.rstrip(' .!?')}, {art}" if art in lexicon.STYLE_TERMS and art not in request.lower() else request


def _negatives_kept(context: str, request: str) -> str:
    """The request with the "no X" its context said ("no rabbits this time 🎩 draw a magician's table …" -> "…, no
    rabbits"): what must stay out, said before the ask."""
    _, negatives = extract_negatives(strip_emoji(context))
    negatives = [re.sub(r"\s+(?:this\s+time|today|tho|though|please|pls|again)$", "", n, flags=re.I) for n in negatives]
    said = [n for n in negatives if n and n.lower() not in request.lower()]
    return ", ".join([request.rstrip(" .!?"), *(f"no {n}" for n in said)]) if said else request


# "my first fantasy novel, Ashes of Verrin, …", "our band is called The Night Owls": the work's own name
_WORK_NAMED = re.compile(r"\b(?:novel|book|album|ep|single|podcast|band|zine|comic|game|series|show|channel|shop|store|"
                         r"bakery|cafe|café|restaurant|brand|business|company|studio|blog|newsletter|poem|song)(?:'s\s+name)?"
                         r"(?:\s+(?:is|was))?(?:\s*,\s*|\s+(?:called|named|titled)\s+|:\s*)(?P<name>(?-i:[A-Z][\w'-]*)"
                         r"(?:\s+(?:of|the|and|in|on|a|&)\s+(?-i:[A-Z][\w'-]*)|\s+(?-i:[A-Z][\w'-]*)){0,5})"
                         r"(?=\s*(?:[,.;:!?]|$|\s+(?:and|but|so)\b))", re.I)


def _title_kept(context: str, request: str) -> str:
    """The request with the work's name the context gave, where the request asks for its title unquoted ("… my novel,
    Ashes of Verrin … a cover, title at the top" -> '… the title "Ashes of Verrin" at the top')."""
    named = _WORK_NAMED.search(context)
    title = re.search(r"\b(?:the\s+|a\s+|with\s+(?:the\s+)?)?(?:title|name)\b(?!\s*(?:\"|“|of|is|:))", request, re.I)
    if not named or not title or re.search(r"[\"“]", request) or named.group("name").lower() in request.lower():
        return request
    return f'{request[: title.start()]}the title "{named.group("name")}"{request[title.end():]}'


def _occasion_kept(context: str, request: str) -> str:
    """The request with the occasion its context named and it did not ("we're doing a halloween party and i need an
    invite: a haunted house" -> "…, halloween theme"): the occasion sets the picture's look."""
    said = {w.lower() for w in re.findall(r"[\w']+", request)}
    named = [(m.group("o") or m.group("o2") or m.group("o3")).lower() for m in _FOR_AN_OCCASION.finditer(context)]
    occasions = [w for w in dict.fromkeys(named) if w in lexicon.OCCASIONS and w not in said]
    themes = [t.lower() for t in _A_THEME.findall(context) if t.lower() not in said and t.lower() not in lexicon.STOPWORDS]
    theme = (occasions or themes)[:1]  # "… birthday this weekend, dinosaur theme. can you give me 3 options for the cake?"
    return f"{request.rstrip(' .!?')}, {theme[0]} theme" if theme else request


_A_THEME = re.compile(r"\b([a-z][\w'-]{2,})[\s-]+them(?:e|ed)\b(?!\s+(?:song|tune|music|park))", re.I)


def _drawn_earlier(parts: list[str], ctx: RouteContext, adds: bool = False) -> Optional[int]:
    """The index of an earlier sentence that itself asks to draw a thing ("could you draw a red steam train?"); when
    the later sentence only adds to it (``adds``: "… and maybe some snow"), a wish or a description will do."""
    for k, part in enumerate(parts):
        earlier = _route_rules(part, ctx)
        if earlier.action is Action.GENERATE and (earlier.confident or adds) and earlier.reason in (
                "drawing verb", "a wish for a picture") + (("noun phrase",) if adds and k == 0 else ()):
            return k
    return None


# how a later sentence adds to the picture asked for: "he also loves cows so maybe", "oh and", "could you add"
_ADDITION_LEAD = re.compile(r"^(?:(?:he|she|they|i|we|my\s+[\w'-]+|our\s+[\w'-]+)\s+(?:also\s+)?(?:loves?|likes?|adores?|"
                            r"(?:is|are|'s|'re)\s+(?:also\s+)?(?:into|obsessed\s+with|crazy\s+about))\s+[^,.;!?]+?\s*,?\s+so\s+"
                            r"(?=(?:maybe|perhaps|add|include|could|can|please|pls)\b))?"
                            r"(?:(?:and|also|plus|maybe|perhaps|oh|ah|ooh|then|too)[,\s]+)*(?:(?:could|can|would)\s+you\s+"
                            r"(?:also\s+)?|please\s+)?(?:(?:add|include|put|throw\s+in)\s+)?", re.I)


def _with_additions(text: str) -> str:
    """A drawing request with what its later sentences add to the picture, each cleaned of the words that ask
    ("draw a lighthouse? oh and add a sailboat" -> "draw a lighthouse, a sailboat"); other text as it is."""
    parts = [p.strip() for p in re.split(r"(?<=[.!?])\s+", text.strip()) if p.strip()]
    if parts:  # "(could) you draw a train? …": the ask's head may be cut off by the sentence split before
        parts[0] = re.sub(r"^(?:you|u)\s+(?=(?:draw|paint|make|create|sketch|design|render)\b)", "", parts[0], flags=re.I)
    if len(parts) < 2 or not draw_request_with_content(strip_filler(parts[0]).lower()):
        return text
    added = []
    for sentence in parts[1:]:
        lead = _ADDITION_LEAD.match(sentence)
        rest = sentence[lead.end():].strip(" .!?,") if lead else ""
        if not lead or not lead.group(0).strip() or not rest or is_social(rest) or not has_content(rest.lower()) or \
                not re.match(r"(?:an?|the|some|two|three|four|\d+|more|lots\s+of|a\s+few)\s", rest, re.I) or \
                re.search(r"\b(?:actually|jk|just\s+kidding|instead|no\s+wait|never\s*mind)\b", sentence, re.I):
            return text  # "It should have a balloon.", "actually make it brown", thanks: other rules read them
        added.append(rest)
    return ", ".join([parts[0].rstrip(" .!?"), *added])


_NEED_ART = re.compile(r"^(?:(?:i|we)\s+)?(?:need|want)\s+(?:some\s+)?(?:[\w-]+\s+){0,2}?(?:art|artwork|illustrations?|visuals?|"
                       r"graphics?|renders?|images?|pictures?)\b", re.I)


_PICTURE_KINDS = frozenset(lexicon.MEDIUM_NOUNS) | frozenset(lexicon.FORMAT_NOUNS) | {
    "drawing", "illustration", "picture", "image", "graphic", "sketch", "painting"}


def _format_then_thing(earlier: str, later: str) -> bool:
    """"I want a little drawing at the top. Can you draw a croissant on a plate?": the earlier sentence names only a
    kind of picture (and where it goes), the later one the thing to draw, so the later one is the request."""
    wished = re.search(r"\b(?:an?|some)\s+(?:(?:little|small|simple|quick|nice|cute)\s+)?(?P<kind>[\w'-]+)(?P<rest>.*)$",
                       earlier, re.I)
    if not wished or wished.group("kind").lower().rstrip("s") not in _PICTURE_KINDS or re.search(
            r"\b(?:of|showing|with|featuring)\b", wished.group("rest"), re.I):
        return False  # ("need a logo for my bakery. give me 4 options": the logo is the request)
    asked = draw_request(later.lower())
    return bool(asked and re.match(r"(?:an?|some|the)\s+\w", asked))


def _asks_for_a_picture(sentence: str, ctx: RouteContext) -> bool:
    """A sentence that itself names a thing to draw ("need a logo idea for my shop"), not a story about the user."""
    if re.match(r"^(?:(?:i|we)\s+)?(?:need|want|would\s+like|'d\s+like)\s+(?:an?|some|the)\s+(?:[\w'-]+\s+){0,2}?" + _FORMAT +
                r"s?(?:\s+(?:for|of)\s+[\w' -]+)?\s*:\s*$", strip_filler(sentence), re.I):
        return True  # "need a cover: dark alley in the rain …": the format, and what it shows after the colon
    decision = _route_rules(sentence, ctx)
    if decision.action is Action.GENERATE and _NEED_ART.match(strip_filler(sentence)):
        return True  # "Need concept art:", "want some artwork for the cafe"
    return decision.action is Action.GENERATE and decision.reason in ("noun phrase", "drawing verb",
                                                                      "a wish for a picture") and bool(
        _I_WANT.match(strip_filler(sentence).lower()) or
        re.match(r"^(?:need|want|am\s+looking\s+for|looking\s+for)\b|^(?:an?|some)\s|^(?:two|three|four|five)\s(?!(?:[\w-]+\s+)?(?:options|ideas|versions|designs|takes|variations|"
                 r"choices|concepts)\b)|^(?:maybe\s+)?something\s+(?:like|with|"
                 r"showing|featuring)\s+(?:an?|some|two|three|\d+)\s", strip_filler(sentence).lower()))  # "Something like a …"


# a sentence about the photo or the user, no request: "my nephew took this at a launch", "this is our dog"
# ("this is my cat" / "meet rex" say what the photo shows: they stay)
_STORY = re.compile(r"^(?:(?:my|our|his|her|their)\s+[\w'-]+(?:\s+[\w'-]+)?|i|we|he|she|they)\b(?!\s+(?:is|are)\b)"
                    r"|^(?!(?:bring|thing|king|ring|sing|swing|wing|spring|string|sting)\b)[a-z]+ing\s+(?:my|our|an?|the|some|this)\s"  # "selling my old bike …"
                    r"|^here(?:'s|\s+is|\s+are)?\s+(?:she|he|it|they|my|our|the)\b"  # "here she is!"
                    r"|^(?:this|that)(?:'s|\s+is)\s+(?:my|our)\s+[\w'-]+[.!:)\s]*$"  # "this is my cat!" (a name stays)
                    r"|^(?:this|that|it)(?:'s|\s+is)\s+(?:the|an?|my|our)\s+(?:[\w'-]+\s+){0,2}?[\w'-]+\s+(?:where|that|which|who|"
                    r"(?:my|our|his|her|i|we)\s)"  # "this is the house where my client is throwing a party"
                    r"|^(?:(?:this|that|it|here)(?:'s|\s+is|\s+was)\s+)?(?:the\s+|an?\s+|my\s+|our\s+)?(?:very\s+)?(?:old\s+|"
                    r"new\s+|quick\s+|blurry\s+)?(?:photo|picture|pic|snap|shot|scan|selfie)\s+(?:(?:(?:i|we)\s+took\s+)?(?:of|from)|"
                    r"(?:i|we)\s+(?:just\s+)?took)\b",
                    re.I)  # "the old photo of my parents' farmhouse"


# "a photo of my cat, turn it into a watercolor": a command on the photo after a comma starts the request
_COMMAND_AFTER_COMMA = re.compile(r",\s*(?=(?:turn|make|change|paint|convert|transform|give|put|add|remove|redo|draw)\s+(?:it|this|"
                                  r"him|her|them)\b)", re.I)


def _sentences_and_asks(text: str) -> list[str]:
    """Sentences, each split again before a request that follows talk ("the photo of our barn, can you ...")."""
    parts = []
    for sentence in _SENTENCE_END.split(_COMMAND_AFTER_COMMA.sub(". ", text.strip())):
        start = 0
        for ask in _ASK_AFTER_TALK.finditer(sentence or ""):
            parts.append(sentence[start:ask.start()])
            start = ask.end()
        parts.append((sentence or "")[start:])
    return [p.strip() for p in parts if p and p.strip()]


def _story_off(text: str) -> str:
    """The request after leading sentences that only tell about the photo (an upload's message)."""
    parts = _sentences_and_asks(text)
    i = 0
    while i < len(parts) - 1 and (_STORY.match(strip_filler(parts[i])) or is_social(parts[i])) and not (
            UPLOAD_EDIT.search(parts[i]) or is_question(parts[i].lower())) and any(
                UPLOAD_EDIT.search(part) or as_edit_command(strip_filler(part)) for part in parts[i + 1:]):  # "could
        i += 1  # she be …", after "hi!" and "I sell mugs."
    return " ".join(parts[i:]) if i else text


# "can you paint something like that": the request points back at what the story described
_BACK_REFERENCE = re.compile(r"\b(?:something|one|a\s+(?:picture|painting|drawing|version))\s+like\s+(?:that|this|it)\b"
                             r"|\b(?<=\s)like\s+(?:that|this)\b(?=\s*(?:[,.!?]|with|but|and|$))", re.I)
# "i saw the most amazing sunset over the bay": what the story is about, the object of seeing / visiting / dreaming
_EXPERIENCED = re.compile(r"\b(?:saw|seen|see|visited|found|had|ate|remember|dreamt|dreamed|met|spotted|watched|finished|made|"
                          r"built|designed|carved|knitted|knit|baked|crafted|sewed|sewn|forged|restored|"
                          r"imaging|photographing|observing|watching|studying|photographed|went\s+to|been\s+to|stayed\s+(?:at|in))\s+(?:of\s+|about\s+)?"
                          r"(?P<x>(?:a|an|the|this|some|my|our)\b[^.!?;]+)", re.I)


def _fill_back_reference(text: str, request: str) -> str:
    """"i saw a sunset over the bay. paint something like that with a boat" -> "paint a sunset over the bay with a
    boat": the story's object takes the place of "something like that"."""
    refers = _BACK_REFERENCE.search(request)
    context = text[: len(text) - len(request)] if text.endswith(request) else text.replace(request, "")
    seen = _EXPERIENCED.search(context) if refers else None
    if not seen:
        return request
    thing = _when_off(_MAKER_SAID.sub("", seen.group("x")).strip(" ,"))
    return tidy(request[: refers.start()] + thing + request[refers.end():])


# "a ring I'm really proud of, a thin gold band": how the maker feels of it is no part of the picture
_MAKER_SAID = re.compile(r"\s+(?:that\s+|which\s+)?(?:i|we)(?:'m|'re|'ve|\s+am|\s+are|\s+have)?\s+(?:really\s+|so\s+|very\s+|"
                         r"just\s+)?(?:proud\s+of|love|made|finished|happy\s+with)\b(?=\s*(?:,|$))", re.I)


def _when_off(thing: str) -> str:
    """"a moose at the lake yesterday" -> "a moose at the lake": when it was seen is no part of the picture."""
    return re.sub(r"\s+(?:last\s+\w+|yesterday|today|tonight|this\s+(?:morning|week|weekend|year|summer|winter|"
                  r"spring|autumn|fall)|(?:a\s+few|a|two|three|\d+)\s+\w+\s+ago|on\s+(?:my|our)\s+\w+|"
                  r"(?:when|while)\s+.*)$", "", thing, flags=re.I)


# "… she has curly red hair. can you draw her?": the ask names no one but a pronoun; the story describes them
_POLITE_LEAD = (r"^(?:(?:so|ok(?:ay)?|well|anyway)[,\s]+)?(?:(?:can|could|would|will)\s+(?:you|u|ya)\s+(?:please\s+)?|please\s+|"
                r"pls\s+)?")  # "so can you …", "please …"
_DRAW_PRONOUN = re.compile(_POLITE_LEAD + r"(?:draw|paint|sketch|illustrate|make|do|create)\s+"
                           r"(?:(?:a\s+)?(?:picture|portrait|drawing|painting|pic|cartoon|illustration)\s+of\s+)?"
                           r"(?P<who>her|him|them|us|me|that|this)(?P<rest>\s+(?:(?:as|in|with|at|on)\s+|[a-z]+ing\b)[^?!.]*)?"
                           r"(?:\s+(?:please|pls|plz|for\s+(?:me|us)))*[?.!\s]*$", re.I)
_STORY_LOOK = ((re.compile(r"^(?:this|that|here)\s+is\s+", re.I), ""),
               (re.compile(r"\b(?P<whose>my|our|his|her)\s+(?P<who>[\w-]+)\s+is\s+(?P<age>\d{1,2})(?:\s+years?\s+old)?\b",
                           re.I), r"\g<whose> \g<age>-year-old \g<who>"),
               (re.compile(r"\b(?P<whose>my|our|his|her)\s+(?P<who>[\w-]+)\s+(?:just\s+)?turned\s+(?P<age>\d{1,2})\b", re.I),
                r"\g<whose> \g<age>-year-old \g<who>"),  # "my grandson just turned 5"
               (re.compile(r"\b(?P<who>(?:my|our|his|her)\s+[\w-]+(?:\s+(?!is\b)[\w-]+)?)\s+is\s+(?P<what>an?\s)", re.I),
                r"\g<who>, \g<what>"),  # "my dog max is a black lab"
               (re.compile(r"[,\s]+(?:and\s+)?(?:she|he|they|it)(?:'s|\s+is|\s+are|'re)\s+(?P<age>\d{1,2})\b(?:\s+years?\s+old)?",
                           re.I), r", \g<age> years old"),
               (re.compile(r"[,\s]+(?:and\s+)?(?:(?:she|he|they|it)\s+)?(?:always\s+|usually\s+)?wears?\s+", re.I), ", wearing "),
               (re.compile(r"[,\s]+(?:and\s+)?(?:(?:she|he|they|it)\s+)?(?:has|have|'s\s+got|got)\s+", re.I), " with "),
               # a pet or person remembered: "he was a golden retriever …, he had a white face, he loved the garden"
               (re.compile(r"[,\s]+(?:and\s+)?(?:she|he|they|it)\s+had\s+(?=an?\s|\w+\s+\w)", re.I), " with "),
               (re.compile(r"[,\s]+(?:and\s+)?(?:she|he|they|it)\s+(?:loved|liked|adored)\s+", re.I), ", who loved "),
               (re.compile(r"(?:^|[,\s]+)(?:and\s+)?(?:she|he|they|it)\s+(?:was|were)\s+(?=an?\s|\w+)", re.I), ", "),
               (re.compile(r"[,\s]+(?:and\s+)?(?:she|he|they|it)\s+(?:loves?|likes?|adores?)\s+", re.I), ", who loves "),
               (re.compile(r"\s+and\s+(?:loves?|likes?|adores?)\s+(?=\S)", re.I), ", who loves "),
               (re.compile(r"(?:^|[,\s]+)(?:and\s+)?(?:she|he|they|it)(?:'s|\s+is|\s+are|'re)\s+", re.I), ", "),
               (re.compile(r"\b(?P<who>(?:my|our|his|her)\s+[\w-]+)\s+(?:is|are)\s+(?!an?\s)", re.I), r"\g<who>, "))
# what the story must not still have once rewritten: a sentence of its own, not a description
_STILL_A_STORY = re.compile(r"^(?:she|he|they|it)\b|\b(?:i|i'm|i've|i'd|we|we're|we've|you|me|us)\b|\b(?:is|are|was|were|had|has|have|am|did|does|went|got|"
                            r"loves?|likes?|wants?|obsessed)\b", re.I)

_FIX_THAT = re.compile(r"^(?:(?:so|ok(?:ay)?)[,\s]+)?(?:(?:can|could|would)\s+(?:you|u)\s+(?:please\s+|maybe\s+)?)?(?:fix|improve|"
                       r"sort\s+out|do\s+something\s+about)\s+(?:that|it|this)\b", re.I)
# "draw a cat. actually make it a tiger": the later thing takes the first one's place
_SECOND_THOUGHT = re.compile(r"\s*[.!,;:—–]+\s*(?:(?:actually|no\s+wait|wait|on\s+second\s+thought|hmm+|or\s+rather|scratch\s+"
                             r"that|no)[,.!\s]+)+(?:(?:make|do)\s+(?:it|that|them|one)(?:\s+into)?|i\s+(?:want|meant)|change\s+"
                             r"(?:it|that)\s+to|let'?s\s+(?:do|go\s+with)|(?:go\s+with|do))\s+(?P<new>(?:an?|some|two|three|"
                             r"\d+)\s[^.!?]+?)(?:\s+instead)?[.!?\s]*$", re.I)


def _second_thought(text: str) -> Optional[str]:
    found = _SECOND_THOUGHT.search(text)
    head = subject_head(strip_wrapper(text[: found.start()])[0]) if found else None
    new = re.sub(r"^(?P<a>an?|the)\s+(?P<rest>.+?),\s*the\s+(?P<adj>[\w'-]+)\s+one$",
                 lambda m: f"{article(m.group('adj'))} {m.group('adj')} {m.group('rest')}" if m.group("adj").lower() not in
                 m.group("rest").lower() else f"{m.group('a')} {m.group('rest')}", found.group("new")) if found else ""
    # "…, the white one": its look, said after it
    thing, *place = re.split(r"\s+(?=(?:in|on|at|under|by|inside)\s)", new, maxsplit=1)  # "an arctic fox | in the snow"
    if head and place and not thing.endswith(",") and classify_phrase(place[0]) != "time" and is_new_thing(thing):
        return new  # "… actually no, make it an arctic fox in the snow": the scene said again, whole ("…, at sunrise" adds)
    if not head or not is_new_thing(new):
        return None  # "… actually make it a sunny day" / "a red one": a look, not a new thing
    first = text[: found.start()]
    swapped = re.sub(r"(?:\b(?:a|an|the|some|one|two|three|\d+)\s+|^)(?:[\w'-]+\s+){0,2}?" + re.escape(head) + r"(?:e?s)?\b",
                     new, first, count=1, flags=re.I)  # (the article may be gone: "brown bear fishing … — actually …")
    return swapped if swapped != first else None


# "no, the dog. make it blue" / "the sky - make it pink": the thing named before the edit is its "it"
_NAMED_FIRST = re.compile(r"^(?:(?:no+|nope|not\s+(?:that|the\s+\w+)|sorry|i\s+meant|oops|wait|just|only)[,.!\s]+)*"
                          r"(?:the|that|his|her|its)\s+(?P<x>\w[\w'-]*(?:\s+\w[\w'-]*)?)[\s,.!:;-]*$", re.I)


# "she hates lavender 🙄", "he doesn't like the hat": the thing disliked, the "it" of the change after
_DISLIKED_LAST = re.compile(r"\b(?:hates?|dislikes?|(?:doesn'?t|does\s+not|don'?t|do\s+not)\s+(?:like|want)|can'?t\s+stand|not\s+"
                            r"(?:a\s+)?(?:fan|keen)\s+(?:of|on))\s+(?:the\s+)?(?P<x>\w[\w'-]*(?:\s+\w[\w'-]*)?)\W*$", re.I)


def _named_before(context: str, request: str, ctx: RouteContext) -> str:
    named = _NAMED_FIRST.match(context.strip()) or _DISLIKED_LAST.search(strip_emoji(context).strip())
    head = named.group("x").split()[-1].lower() if named else ""
    if not named or not (head in ctx.scene_words or head.rstrip("s") in ctx.scene_words or re.fullmatch(
            SCENE_PARTS, head) or ctx.scene_words & set(lexicon.SAME_THING.get(head, ()))):  # "the dog": the dalmatian
        return request
    return re.sub(r"\b(?:it|that\s+one|him|her|them)\b", f"the {named.group('x')}", request, count=1, flags=re.I)

_LOOK_CUE = re.compile(r"\b(?:with|wearing|hair|eyes|skin|face|robes?|dress|cloak|armou?r|crown|hat|coat|jacket|scar|"
                       r"year-old|years\s+old|beard|glasses|tall|short|skinny|chubby|fluffy|"
                       r"curly|freckles|dressed)\b|,\s+an?\s", re.I)


# "… to meet the villain, a lich queen who rules from a frozen cathedral": the one described, named in passing
_APPOSITION = re.compile(r"(?:\b(?:an?|the|my|our|his|her)\s+[\w'-]+(?:\s+[\w'-]+){0,2}|\b(?-i:[A-Z][a-z'-]+)),\s+"
                         r"(?P<x>an?\s+[^,.;!?]+)", re.I)  # "… I play Maren, a half-elf ranger"


def _describing(sentence: str) -> str:
    """The part of one story sentence that describes someone: the sentence rewritten as a description ("my son is 9,
    he has glasses" -> "my 9-year-old son with glasses"), or an appositive in it; "" when it only tells a story."""
    for pattern, replacement in _STORY_LOOK:
        sentence = pattern.sub(replacement, sentence)
    sentence = sentence.strip(" ,")
    if sentence and not _STILL_A_STORY.search(sentence.replace("who loves", "")):
        return sentence
    named = _APPOSITION.search(sentence)
    return named.group("x").strip() if named else ""


def who_is_not_described(request: str) -> Optional[str]:
    """"can you draw her?" left as it is (no story said who she is, or what she looks like) -> "her"; else None."""
    asked = _DRAW_PRONOUN.match(_ask_first(request).strip())
    who = asked.group("who").lower() if asked else ""
    return who if who in ("him", "her", "them", "me", "us") and not asked.group("rest") else None


_FIRST_PERSON = {"i": "they", "i'm": "they're", "im": "they're", "i am": "they are", "my": "their", "we": "they",
                 "we're": "they're", "our": "their", "me": "them", "us": "them", "myself": "themselves"}


def _in_third_person(text: str) -> str:
    """"i have short grey hair and i love gardening" -> "they have short grey hair and they love gardening"."""
    text = re.sub(r"\b(?:i|we)['’]ve(?:\s+got)?\b|\b(?:i|we)\s+have\s+got\b", "they have", text, flags=re.I)
    text = re.sub(r"\b(?:i\s+am|i['’]m|im|we['’]re|i|my|we|our|me|us|myself)\b",
                  lambda m: _FIRST_PERSON.get(re.sub(r"\s+", " ", m.group(0).lower()).replace("’", "'"), "they"),
                  text, flags=re.I)
    return re.sub(r"\bthey\s+(loves|likes|has|wears|is)\b", lambda m: "they " + {"loves": "love", "likes": "like",
                                                                              "has": "have", "wears": "wear",
                                                                              "is": "are"}[m.group(1)], text)


def _description_asked_for(text: str, ctx: RouteContext) -> Optional[Route]:
    """"can you draw her?" -> (Easel asks) -> "she has red hair and freckles": the answer, with the first message's
    story, describes whom to draw."""
    asked_me = bool(ctx.asked_who) and who_is_not_described(
        re.split(r"(?<=[.!?])\s+", ctx.asked_who.strip())[-1].lower()) in ("me", "us")
    if ctx.asked_who and re.match(r"^(?:i|i'm|im|i\s+am|my|we|we're|our)\b", text.strip(), re.I):
        text = _in_third_person(text)  # Easel asked what the user looks like: "i have short grey hair" -> they have
    if not ctx.asked_who or (ctx.has_current and not asked_me) or is_question(text.lower()) or \
            not re.match(r"^(?:he|she|they|his|her|their)\b", text.strip(), re.I):
        return None  # "never mind, a cat on a roof": a new request
    sentences = re.split(r"(?<=[.!?])\s+", ctx.asked_who.strip())
    named = re.findall(r"\b(?:my|our)\s+(?:(?:little|baby|big|older|younger|best|new)\s+)?[\w'-]+", " ".join(sentences[:-1]),
                       re.I)  # "… a card for my niece": my niece
    answer = re.sub(r"^(?:she|he|they|it)(?:'s|\s+is|\s+are|'re)\s+(?=an?\s)", "", text.strip(), flags=re.I)
    if answer == text.strip() and not named:  # "she has red hair and freckles": someone, described
        named = ["a person"]
    described = _described_in_story(f"{named[-1]} {text.strip()}" if named else answer, sentences[-1])
    return Route(Action.GENERATE, "the description asked for", text=described) if described else None


# a format said after the ask, as a fragment of its own: "can you draw her? portrait orientation pls"
_FORMAT_AFTER = re.compile(r"(?<=[?.!])\s*(?:in\s+)?" + SHAPE_WORDS + r"(?:\s+(?:format|orientation|mode|please|pls|plz))*"
                           r"[\s.!]*$", re.I)


# "could you make something gentle and soft?": a look, for the picture the story asked for
_SOMETHING_LOOKING = re.compile(r"^(?:(?:so|ok(?:ay)?)[,\s]+)?(?:(?:can|could|would|will)\s+(?:you|u)\s+)?(?:please\s+)?(?:make|draw|paint|do|"
                                r"create)\s+(?:me\s+|us\s+|her\s+|him\s+|them\s+)?something\s+(?P<look>[a-z][\w\s,'-]{2,60}?)"
                                r"(?:\s+(?:please|pls|for\s+(?:her|him|them|me|us)))?[\s?.!]*$", re.I)
_STORY_PICTURE = re.compile(r"\b(?:picture|painting|drawing|image|portrait|illustration)\s+of\s+(?P<x>[^.!?]+)", re.I)


def _asked_for_in_the_story(context: str, request: str) -> Optional[str]:
    """"… one of our residents asked for a picture of a meadow full of wildflowers … Could you make something gentle
    and soft?" -> "a meadow full of wildflowers …, gentle and soft"; None unless the story names the picture and the
    ask names only a look."""
    asked = _SOMETHING_LOOKING.match(request.strip())
    shown = _STORY_PICTURE.search(context)
    if not asked or not shown or any(w in THING_WORDS for w in re.findall(r"[a-z]+", asked.group("look").lower())):
        return None
    return f"{shown.group('x').strip(' ,')}, {asked.group('look').strip(' ,')}"


# "you know how in the morning the fog sits on the lake …": a scene the user recalls, to be drawn
_RECALLED = re.compile(r"\b(?:you\s+know\s+(?:how|when|those|that)|imagine|picture\s+this|remember\s+(?:how|when))[,\s]+"
                       r"(?:like\s+)?(?P<scene>.{12,})$", re.I)
# "can you make that but kind of moody and maybe four of them so I can pick": that scene, a look, a count
_MAKE_THAT = re.compile(r"^(?:(?:yeah|yes|so|ok(?:ay)?|and)[,\s]+)*(?:(?:can|could|would|will)\s+)?(?:you|u)?\s*(?:please\s+)?"
                        r"(?:make|draw|paint|do|create|show|capture)\s+(?:me\s+)?(?:that|this|it|(?:one|something)\s+like\s+"
                        r"(?:that|this))\b(?P<rest>.*)$", re.I)
_SCENE_FILLER = re.compile(r"\b(?:just|like|yeah|you\s+know|kind\s+of|sort\s+of|kinda|basically|literally)\b[,\s]*", re.I)


def _scene_recalled(context: str, request: str) -> Optional[str]:
    """"so you know how in the morning the fog is sitting on the lake and there's a rowboat … can you make that but
    kind of moody" -> "in the morning the fog is sitting on the lake and a rowboat …, moody": the scene recalled."""
    context = re.sub(r"[\s,]*\b(?:can|could|would|will)\s*$", "", context.strip(" .,!?"), flags=re.I)  # the ask's first word
    asked, recalled = _MAKE_THAT.match(request.strip()), _RECALLED.search(context.strip(" .,!?"))
    if not asked or not recalled:
        return None
    scene = _SCENE_FILLER.sub("", recalled.group("scene"))
    scene = re.sub(r"\bthere(?:'s|\s+is|\s+are|'re)\s+(?:one\s+of\s+those\s+)?", "", scene, flags=re.I)
    scene = re.sub(r"\bone\s+of\s+those\s+(?P<x>(?:[\w'-]+\s+){0,2}[\w'-]+?)s\b", r"a \g<x>", scene, flags=re.I)
    look = re.match(r"^\s*,?\s*but\s+(?:more\s+)?(?P<look>[^,.;!?]+?)(?=\s+(?:and\s+)?(?:maybe|perhaps|like)\s|\s*[,.;!?]|$)",
                    asked.group("rest"), re.I)
    return tidy(scene.strip(" ,.") + (f", {_SCENE_FILLER.sub('', look.group('look')).strip()}" if look else ""))


_HE_WORDS = frozenset("uncle father dad brother son husband grandpa grandad granddad grandfather boyfriend nephew boy "
                      "man guy king prince".split())
_SHE_WORDS = frozenset("aunt auntie mother mum mom sister daughter wife grandma granny grandmother girlfriend niece girl "
                       "woman lady queen princess".split())


def _not_whom_the_pronoun_says(story: str, pronoun: str) -> bool:
    """"my uncle has a beagle called Rosie … draw her": the story's first one is a man, so "her" is someone else."""
    first = re.search(r"\b(?:my|our)\s+(?P<who>[a-z]+)\b", story, re.I)
    who = first.group("who").lower() if first else ""
    return (pronoun.lower() == "her" and who in _HE_WORDS) or (pronoun.lower() == "him" and who in _SHE_WORDS)


def _described_in_story(context: str, request: str) -> Optional[str]:
    """"my daughter is 6, she has curly red hair and loves dinosaurs. can you draw her?" -> "a portrait of my
    6-year-old daughter with curly red hair, who loves dinosaurs": the story is the picture's description."""
    asked = _DRAW_PRONOUN.match(_FORMAT_AFTER.sub("", request.strip()))  # "… draw her? portrait orientation pls"
    story = TRAIL.sub("", context.strip(" .!?,")).strip()
    if not asked or len(re.findall(r"[\w'-]+", story)) < 4 or _not_whom_the_pronoun_says(story, asked.group("who")):
        return None
    story = re.sub(r"^(?:so|ok(?:ay)?|well|hi|hey|hello)[,!\s]+", "", story, flags=re.I)
    story = ", ".join(filter(None, (_describing(sentence) for sentence in re.split(r"\s*[.!?]+\s*", story))))
    if not _LOOK_CUE.search(story):
        return None  # "i love my wife so much. can you draw her?": nothing to draw her from
    owned = re.search(r"\b(?P<who>(?:my|our)\s+[a-z][\w-]*\s+(?-i:[A-Z][a-z]+))\b", context, re.I)
    if owned and re.match(r"(?:an?)\s", story, re.I):  # "… my mare Bella, she's a chestnut …": Bella, a chestnut
        story = f"{owned.group('who')}, {story}"
    first, comma, more = story.partition(",")
    kind = "portrait" if categorize(first) == "person" else "picture"
    doing = asked.group("rest") or ""
    kind_of = re.match(r"^\s*(?P<np>an?\s+[^,]+)(?P<tail>.*)$", more)
    if doing and kind_of:  # "my dog max, a black lab" + "surfing": "… max, a black lab surfing"
        return tidy(f"a {kind} of {first}, {kind_of.group('np')}{doing}{kind_of.group('tail')}")
    return tidy(f"a {kind} of {first}{doing}{comma}{more}")


# "… a book about a hedgehog who runs a tiny bakery. can you draw him behind the counter …": whom the story is about
_ABOUT_SOMEONE = re.compile(r"\b(?:about|starring|featuring)\s+(?P<x>an?\s+(?:(?!(?:who|that|and|with)\b)[\w'-]+\s+){0,3}"
                            r"(?!(?:who|that)\b)[\w'-]+(?:\s+(?:who|that)\s+"
                            r"[^.!?,;]+)?)", re.I)
_DRAW_PRONOUN_SOMEWHERE = re.compile(_POLITE_LEAD + r"(?:draw|paint|sketch|illustrate|show)\s+(?P<who>him|her|them)\s+(?=(?:behind|under|"
                                     r"beside|by|near|inside|outside|over|next\s+to|in\s+front\s+of|at|on|in|with|holding|"
                                     r"wearing|as|dressed|[a-z]+ing)\b)", re.I)


# "my leopard gecko Biscuit is the love of my life": the one the story is about, by whose it is
_OWNED_ONE = re.compile(r"\b(?P<x>(?:my|our)\s+(?:[\w'-]+\s+){0,3}?[\w'-]+(?:\s+(?-i:[A-Z][a-z]+))?)\s+(?:is|turns|was|just|"
                        r"loves|has|had|'s|likes|adores|hates|will|can|keeps)\b", re.I)


# "I've been flying a Harris hawk called Juno …": the one the story named ("… could you draw her on a glove?")
_NAMED_IN_STORY = re.compile(r"\b(?P<x>(?:an?|my|our|the)\s+(?:(?!(?:has|have|had|is|was|are|owns|got|and|with|who)\b)"
                             r"[\w'-]+\s+){0,3}?[\w'-]+\s+(?:named|called)\s+"
                             r"(?-i:[A-Z][\w'-]+))", re.I)


def _who_the_story_is_about(context: str, request: str) -> Optional[str]:
    """"… a book about a hedgehog who runs a tiny bakery. can you draw him behind the counter" -> "… draw a hedgehog
    who runs a tiny bakery behind the counter"; None when the ask or the story says no such thing."""
    asked = _DRAW_PRONOUN_SOMEWHERE.match(request.strip())
    named = _NAMED_IN_STORY.findall(context) if asked else []
    about = (_NAMED_IN_STORY.search(context) if len(named) == 1 else None) or (
        _ABOUT_SOMEONE.search(context) or _OWNED_ONE.search(context)) if asked else None
    if not about:
        return None
    request = request.strip()
    return request[:asked.start("who")] + about.group("x").strip() + request[asked.end("who"):]


# "my kid wants a dinosaur eating ice cream. can you do that?": the ask points back at the wish before it
_ASK_FOR_THAT = re.compile(r"^(?:(?:so|ok(?:ay)?|well)[,\s]+)?(?:(?:can|could|would|will)\s+(?:you|u|ya)\s+(?:please\s+)?"
                           r"(?:do|draw|make|paint|create|manage|capture|illustrate|sketch|mock\s+up)\s+(?:that|this|it|one|them|something\s+like\s+that|"
                           r"(?:that|this)\s+(?:feeling|mood|scene|moment|memory|vibe|atmosphere|image|place|view|idea))(?:\s+(?:out|up))?|"
                           r"is\s+(?:that|this|it)\s+(?:possible|doable)|(?:do|draw|make|paint)\s+(?:that|this|it|one|"
                           r"some|them|me\s+one))"
                           r"(?:\s+as\s+(?P<look>(?:an?\s+)?(?!(?:a|an|the)\b)[\w'-]+(?:\s+(?!(?:for|please|pls)\b)[\w'-]+){0,2}?))?"
                           r"(?=\s*(?:[?.!,]|$|\s(?:please|pls|plz|for)\b))"  # ("… draw it as an oil painting?")
                           r"(?:\s+(?:please|pls|plz|for\s+(?:me|us|him|her|them)|for\s+(?:my|our|his|her|their|the)\s+"
                           r"(?:[\w'-]+\s+){0,2}[\w'-]+))*(?:,?\s*(?:in\s+)?" + SHAPE_WORDS + r"(?:\s+(?:format|orientation|"
                           r"please|pls))*)?[?.!\s]*$", re.I)  # ("… paint that for her birthday", "… sketch that out, tall")
# a thing said to be there or seen, then "can you draw that": "there's a lighthouse on a cliff", "we saw a moose"
_THERE_IS = re.compile(r"^(?:(?:so|ok(?:ay)?|well|and)[,\s]+)?(?:there(?:'s|\s+is|\s+are|\s+was|\s+were)|(?:i|we|my\s+[\w'-]+|"
                       r"our\s+[\w'-]+)\s+(?:just\s+|once\s+)?(?:saw|spotted|found|had|photographed|visited))\s+"
                       r"(?P<x>(?:an?|some|two|three|four|\d+)\s[^.!?;]+)", re.I)
_DRAWING_ASK = re.compile(r"\b(?:draw|paint|sketch|illustrate|capture)\b", re.I)  # ("i have a question. can you do that?")
# "one of my poems is about my grandmother's kitchen at 5am, steam off the kettle. can you paint that feeling"
_STORY_ABOUT = re.compile(r"\b(?:is|was|are|'s)\s+(?:all\s+)?about\s+(?P<x>(?:an?|my|our|his|her|the|some)\s[^.!?;]+)", re.I)
_WISH = re.compile(r"\b(?:wants?|wanting|wanted|would\s+like|'d\s+like|asked\s+(?:me\s+)?for|wish(?:es)?\s+for|dreams?\s+of|"
                   r"imagine|picture|is\s+obsessed\s+with|is\s+(?:crazy\s+about|into)|loves?|adores?)\s+(?P<x>(?:(?:a|an|some|two|three|\d+)\s)?[^.!?;]+)", re.I)

# "I need something for the wall, like a vintage gas station": the thing after "like" is what is wished for
_NEED_SOMETHING_LIKE = re.compile(r"\b(?:need|want|looking\s+for|after)\s+(?:something|a\s+(?:picture|pic|image|drawing|painting|"
                                  r"print))\b[^.!?;]*?,?\s+(?:like|maybe|say|such\s+as)\s+(?P<x>(?:an?|some|two|three|\d+)\s"
                                  r"[^.!?;]+)", re.I)


# "I thought it would be fun to make a card with the two of them in party hats": the picture thought of
_THOUGHT_OF = re.compile(r"\b(?:would\s+be\s+(?:fun|nice|cool|lovely|great|sweet|cute|funny)\s+to\s+(?:make|have|do|get|draw|"
                         r"create|give\s+(?:her|him|them))|(?:i'?d|we'?d)\s+love|(?:i'?m|we'?re)\s+picturing)\s+"
                         r"(?P<x>(?:an?|some|the|two|three|\d+)\s[^.!?;]+)", re.I)


def _last_scene_told(story_parts: list[str], ask: str) -> Optional[re.Match]:
    """"… they met in a bookshop in Lisbon when they both reached for the same book. Can you draw that?": the scene
    told last, as a match with group "x"; None unless the ask is "draw that/this" and the sentence says enough."""
    if not story_parts or not re.search(r"\b(?:that|this)\b", ask, re.I):
        return None
    last = re.split(r"\s+-\s+|:\s+", story_parts[-1].strip())[-1]  # ("… 'how we met' - they met in …": after the dash)
    told = re.match(r"^(?:(?:and|so|but|well|basically)[,\s]+)?(?:(?:i|we)\s+)?(?:(?:just|once)\s+)?(?:(?:spotted|saw|found|"
                    r"noticed|watched|photographed)\s+)?(?P<x>.+?)[\s.!]*$", last, re.I)  # ("spotted a heron …": the heron)
    if not told or len(re.findall(r"[\w'-]+", told.group("x"))) < 5 or not has_content(told.group("x").lower()) or \
            is_question(told.group("x")):
        return None
    return told


# a memory's scene: "there was a red canoe by the dock", "my mother's kitchen in the 80s: yellow wallpaper, …", "we
# spent every summer at my grandparents' cabin by a lake"
_THERE_WAS = re.compile(r"\bthere\s+(?:was|were|is|are|'s|used\s+to\s+be)\s+(?:this\s+|these\s+|always\s+)?(?P<x>[^.!?;]+?)"
                        r"(?=\s+and\s+(?:(?:in|at|on)\s+the\s+[\w'-]+\s+)?there\s+|\s*[.!?;]|$)", re.I)
_SCENE_COLON = re.compile(r"^(?P<x>(?:my|our|his|her|the|an?|[\w-]+'s)\s+[^:.!?]{2,60}:\s*[^.!?]+?)[.!]*$", re.I)
_STAYED_AT = re.compile(r"\b(?:spent|stayed|lived|grew\s+up|holidayed|vacationed|summered)\b[^.!?]*?\s(?P<x>(?:at|in|by|on)\s+"
                        r"(?:my|our|the|an?)\s+[^.!?,;]+)", re.I)


def _scene_told(story_parts: list[str]) -> Optional[str]:
    """"I grew up by the sea in Maine. There was a red fishing shack on a pier and gulls everywhere. …": what the
    memory shows (the things there, then where), as typed; None when it says too little to draw."""
    things, places = [], []
    for part in re.split(r"(?<=[.!?])\s+", " ".join(story_parts)):  # ("my mum's kitchen: yellow walls …" is one)
        colon = _SCENE_COLON.match(part.strip())
        things += [colon.group("x").replace(":", ",")] if colon else [m.group("x") for m in _THERE_WAS.finditer(part)]
        places += [m.group("x") for m in _STAYED_AT.finditer(part)]
    told = ", ".join(t.strip(" ,") for t in things + places if t.strip(" ,"))
    return told if things and len(told.split()) >= 5 and has_content(told.lower()) else None


def _them_counted(wanted: str, story: str) -> str:
    """"a card with the two of them in party hats" after "her two corgis, Biscuit and Waffle" -> "… with the two
    corgis in party hats"."""
    them = re.search(r"\bthe\s+(?P<n>two|three|four|2|3|4)\s+of\s+them\b|\bboth\s+of\s+them\b", wanted, re.I)
    said = re.search(r"\b(?P<n>two|three|four|2|3|4)\s+(?:(?!of\b)[a-z]+\s+)?(?P<things>[a-z]{3,}s)\b", story, re.I) \
        if them else None
    if not said or said.group("things").lower() in ("years", "weeks", "days", "months", "hours", "minutes", "times"):
        return wanted
    return wanted[:them.start()] + f"the {said.group('n')} {said.group('things')}" + wanted[them.end():]


def _wanted_before_ask(text: str) -> Optional[str]:
    """The thing wished for in the sentence before a bare "can you do that?", as typed; None otherwise."""
    parts = [q.strip() for p in _SENTENCE_END.split(text.strip()) if p and p.strip()  # "i love dragons, draw one": the
             for q in re.split(r",\s*(?=(?:(?:so|ok(?:ay)?|pls|please)\s+)?(?:can|could|would|will|do|draw|"  # ask after
                               r"make|paint|is)\b)", p) if q.strip()]  # a comma
    ask_at = next((i for i, p in enumerate(parts) if i and _ASK_FOR_THAT.match(p)), None)
    if ask_at is None:
        return None
    story, ask, after = " ".join(parts[:ask_at]), parts[ask_at], parts[ask_at + 1:]
    after = [p for p in after if not shape_said_outright(p) and not _SHAPE_ASKED_AFTER.match(p)]  # ("… Make it tall,
    # it's going down the arm.": the shape, read apart)
    if any(not _LOOK_AFTER.match(p) for p in after):
        return None  # "… can you do that? and what sizes are there?": more than a look follows
    asks_for_some = re.search(r"\b(?:one|some|them)\b", ask, re.I)
    wish = _NEED_SOMETHING_LIKE.search(story) or _THOUGHT_OF.search(story) or _WISH.search(story) or (
        re.search(r"\blikes?\s+(?P<x>[^.!?;]+)", story, re.I) if asks_for_some else None) \
        or (_THERE_IS.match(story) or _STORY_ABOUT.search(story) or _last_scene_told(parts[:ask_at], ask)
            if _DRAWING_ASK.search(ask) else None)
    wanted = _when_off(TRAIL.sub("", wish.group("x")).strip()) if wish else ""  # "likes cats. draw one": a cat
    told = _scene_told(parts[:ask_at]) if _DRAWING_ASK.search(ask) and not asks_for_some else None
    if told:  # a memory told over several sentences: all that was there
        wanted = told
    wanted = _them_counted(wanted, story)  # "her two corgis … a card with the two of them": the two corgis
    wanted = re.sub(r"^(?:drawing|painting|sketching|making|collecting|watching|reading\s+about)\s+", "", wanted)
    plural = re.fullmatch(r"(?P<adj>(?:[\w'-]+\s+)?)(?P<noun>[a-z'-]{3,}?)(?P<end>ies|(?:(?<=[sxz])|(?<=ch)|(?<=sh))es|s)",
                          wanted)
    if plural and re.search(r"\bone\b", ask, re.I) and wanted.split()[-1] not in _NO_SINGULAR:
        singular = f"{plural.group('adj')}{plural.group('noun')}{'y' if plural.group('end') == 'ies' else ''}"
        wanted = f"{'an' if singular[0] in 'aeiou' else 'a'} {singular}"  # "i love dragons, draw one": a dragon
    looks = ", ".join([_LOOK_AFTER.match(p).group("look") for p in after] +  # "… can you do it?? make it super cute"
                      [_ASK_FOR_THAT.match(ask).group("look")] * bool(_ASK_FOR_THAT.match(ask).group("look")))
    return (f"{wanted}, {looks}" if looks else wanted) if wanted else None


_SHAPE_ASKED_AFTER = re.compile(r"^(?:and\s+)?(?:make\s+it|in|as\s+an?)\s+" + SHAPE_WORDS + r"(?:\s+(?:format|please|pls))?"
                                r"(?:\s*,\s*(?:it'?s|its|it\s+is|it|this)\b[^.!?]*)?[\s.!]*$", re.I)
# a look asked after "can you do that?" ("make it super cute", "watercolor pls")
_LOOK_AFTER = re.compile(r"^(?!(?:(?:and|also|oh|but)\s+)?(?:what|how|why|when|where|who|which|is|are|can|could|do|does|will|would|"
                         r"thanks?|thank\s+you|i|we|my|she|he|they)\b)(?:(?:and|also|oh|but)\s+)?(?:(?:make|do)\s+(?:it|them|him|her)\s+)?"
                         r"(?P<look>[\w' -]{2,40}?)"
                         r"(?:\s+(?:please|pls|plz|thanks|thx))?[\s.!?]*$", re.I)


_NO_SINGULAR = frozenset("glasses scissors pants jeans shorts trousers mice geese sheep fish deer series species "
                         "clothes binoculars headphones".split())


def _request_in(typed: str, fixed_request: str) -> str:
    """The request sentence as the user typed it (only command words fixed): the same sentence cut from `typed`."""
    at = typed.lower().find(fixed_request.lower())
    if at >= 0:  # the request as typed, wherever it is ("i'd love a kite. what do you think?")
        return correct_typos(typed[at: at + len(fixed_request)], commands_only=True)
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
        if is_question(low):
            allowed.add("describe")  # "what's that in the corner?"; a noun phrase is never a question about it
    if ctx.image_count > 1:
        allowed.add("revert")
    return allowed


def _embedding_route(text: str, ctx: RouteContext, rules: Route) -> Optional[Route]:
    """A different action when the message is much closer to another intent's prototypes than to the rules'."""
    if not embeddings.available():
        return None
    low = strip_filler(text).lower() or text.lower()
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
        return Route(action, reason, count=variation_count(low))
    if action is Action.REVERT:
        return Route(action, reason, target=revert_target(low))
    return Route(action, reason)


def _foreign(text: str, ctx: RouteContext) -> Optional[Route]:
    """A French/Spanish/German message: its action from grammar words (``chat.words.foreign``), its words as typed."""
    if ctx.has_upload:
        return None
    found = foreign_route(text, ctx.has_current, ctx.image_count)
    if found is None:
        return None
    decision = Route(found.action, found.reason, count=found.count, text=text)
    if found.aspect:  # "puoi farlo più largo": the shape, said in English for the edit
        decision.text = f"make it {found.aspect}"
    if found.action is Action.REVERT:
        decision.target = "previous"
    return decision


def route_translated(original: str, english: str, ctx: RouteContext) -> Route:
    """A message read in English: where the original's grammar words decide the action (``chat.words.foreign``: an
    object pronoun, an undo verb, "3 more"), they do; otherwise the English rules on the English. The English is what
    the action acts on."""
    if _thanks_and_a_remark(original):  # "muchas gracias, a los niños les va a encantar": said, not asked
        return Route(Action.CHAT, "thanks, then a remark (in another language)")
    if not ctx.has_upload and is_social(original):  # "top, danke schön!", "perfetto, grazie mille"
        return Route(Action.CHAT, "thanks or praise (in another language)")
    grammar = _foreign(original, ctx)
    decision = route(english, ctx)
    if ctx.has_upload and decision.action is Action.DESCRIBE and asks_a_change(original):  # "questa è la mia tazza.
        ask = re.split(r"(?<=[.!?])\s+", english.strip())[-1]  # me la fai ad acquerello?": the photo in watercolour,
        ask = re.sub(r"^(?:(?:to\s+)?(?:me|us)\s+)?(?:the|it|them|her|him)\s+(?=make|do|turn|paint)", "", ask, flags=re.I)
        return Route(Action.EDIT, "an upload, changed in another language's words ('me la fai ad acquerello?')",
                     text=ask)  # not a description; the ask is its last sentence ("me the make in watercolor")
    return _translated_by_grammar(original, english, grammar, decision, ctx)


def _translated_by_grammar(original: str, english: str, grammar: Optional[Route], decision: Route,
                           ctx: RouteContext) -> Route:
    """The grammar words' action where they decide (``route_translated``), else the English rules'."""
    if grammar is not None and grammar.text and grammar.text.startswith("make it ") and grammar.text != original and \
            re.search(r"\b(?:farlo|farla|rendilo|rendila|fallo|falla|hazlo|hazla|ponlo|hacerlo|fais-le|rends-le|mach\s+es|machen\s+sie\s+es|"
                      r"maak\s+het|deixa-o|deixe-o|fá-lo|faz\s+isso|torna-lo)\b", original, re.I):
        grammar.reason += " (the shape read from the words)"  # ("più largo" read by a small model as "more long")
        return grammar
    if grammar is not None and grammar.action is decision.action is Action.VARIATIONS and grammar.count > decision.count:
        decision.count = grammar.count  # "Nog drie" read by a small model as "Three, please": three, as the words say
    if grammar is None or grammar.action is decision.action:
        return decision
    if grammar.reason.startswith(("other language: a short change", "other language: a follow-up")) and \
            decision.confident and decision.action in (Action.VARIATIONS, Action.UPSCALE, Action.REVERT, Action.DESCRIBE):
        return decision  # "bitte make 2 more versions, danke": the English says what; the grammar only guessed a change
    if grammar.reason.startswith("other language: change verb") and decision.confident and \
            decision.action is Action.UPSCALE and re.search(r"\b[248]\s*k\b|\b[234]\s*x\b", original, re.I):
        return decision  # "me lo puoi fare in 4k?": "it", made bigger, not changed
    if decision.action is Action.CHAT and decision.confident and grammar.action is Action.GENERATE and \
            original.rstrip().endswith("?") and (decision.reason != "question" or re.match(
                r"\W*(?:what|how|why|which|who|where|when)\b", english, re.I)):
        return decision  # "¿puedo usar esta imagen para mi negocio?": a question about a picture, not a request for one
        # ("puoi disegnare una pizza?" read as "you can draw a pizza?" is a request, as its grammar says)
    if grammar.action is Action.GENERATE and decision.action is Action.EDIT and decision.confident:
        return decision  # "pinta el coche de azul" with the car on screen: a drawing verb, but the car, recoloured
    grammar.text = decision.text or english
    grammar.reason += " (the words read in English)"
    return grammar


_NAMED = re.compile(r"\b(?:an?\s+|the\s+|my\s+|our\s+)(?P<kind>(?:(?!is\b|was\b|are\b)[a-z][\w'-]*\s+){0,2}?"
                    r"(?!is\b|was\b|are\b)[a-z][\w'-]*)(?:\s+(?:is|was|'s))?\s+(?:named|called)\s+(?P<name>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)*)")


# "a story about Pip, a little hedgehog who lives in a teapot": the name, then what it is (case matters: a name)
_NAME_APPOSED = re.compile(r"\b(?P<name>[A-Z][a-z'-]+),\s+(?:an?|the)\s+(?P<kind>(?:[a-z][\w'-]*\s+){0,2}?[a-z][\w'-]*?)"
                           r"(?=\s+(?:who|that|which|with|from|in|on|at|living|named|called)\b|[,.;!?]|$)")
# "i'm writing a fanfic set in a floating city of glass towers …": the world the story's pictures are of
_STORY_WORLD = re.compile(r"\b(?:story|book|novel|fanfic|fic|fan\s+fiction|campaign|game|comic|series|world|screenplay|"
                          r"script|poem|song|album|setting|room|escape\s+room|level|module|adventure|play|musical|film|movie|"
                          r"episode|quest|party|event)\s+(?:that's\s+|that\s+is\s+|which\s+is\s+|is\s+|'s\s+|was\s+)?"
                          r"(?:(?:set|takes?\s+place|happens?)\s+(?:in|on|at|inside|under)|themed\s+(?:as|around|like|on)|"
                          r"with\s+the\s+theme(?:\s+of)?)\s+(?P<x>(?:an?|the|some)\s+[^.!?;]+)", re.I)


# what a story says a format is for: "I run a small vegan cafe called Leaf & Ladle", "my daughter is turning 7 and
# loves unicorns and rainbows", "my son's soccer team is the Tigers"
_RUNS_A = re.compile(r"\b(?:i|we)(?:'ve|\s+have)?\s+(?:just\s+)?(?:run|own|manage|started|opened|coach|teach|lead|organi[sz]e)\s+"
                     r"(?P<x>(?:a|an|my|our|the)\s+(?!(?:lot|bit|few|while)\b)[^,.;!?]+?)(?=\s+(?:and|but|so|which|"
                     r"where)\b|[,.;!?]|$)", re.I)
_LOVES_THINGS = re.compile(r"\b(?:loves?|loved|likes?|liked|adores?|adored|(?:is|are|'s|'re)\s+(?:really\s+|so\s+)?(?:into|obsessed\s+with|crazy\s+"
                           r"about|mad\s+about)|collects?|fan\s+of)\s+(?:[a-z]+ing\s+)?"  # "loves drawing dinosaurs": dinosaurs
                           r"(?P<x>(?!(?:your|you|this|that|these|those|it|them|him|her|my|our|his|their|to|the|a|an)\b)"
                           r"[a-z][\w'-]*(?:\s+[a-z][\w'-]*)?(?:(?:,\s*|\s+and\s+)[a-z][\w'-]*(?:\s+[a-z][\w'-]*)?)*)"
                           r"(?=[,.;!?]|\s+(?:so|and\s+(?:i|we|need|want)|(?:can|could|would|will)\s+(?:you|u))\b|\s*$)", re.I)
_AGE_WORDS = {word: n for word, n in lexicon.NUMBER_WORDS.items() if word.isalpha() and word not in ("some", "few", "several")}
# "my daughter is turning 7", "my grandson Leo turns 3 next week": the birthday, and whose when a name is said
_TURNING = re.compile(r"(?:\b(?P<name>(?-i:(?!(?:My|Our|He|She|It|This|That|They|I)\b)[A-Z][a-z]{1,15}))\s+(?:is\s+)?)?"
                      r"\b(?:turning|turns|will\s+be)\s+(?P<n>\d{1,2}|" + "|".join(_AGE_WORDS) + r")\b(?!\s*(?:am|pm|"
                      r"o'?clock|minutes|hours|days|weeks|months|percent|%))", re.I)
_TEAM_IS = re.compile(r"\b(?P<who>(?:my|our)\s+(?:[\w']+\s+){0,3}?(?:team|club|band|group|choir|class|troop|squad|crew|shop|"
                      r"store|cafe|café|bakery|business|company|podcast|channel|show))\s+(?:is|are)\s+(?:called\s+|named\s+)?"
                      r"(?P<name>(?:the\s+)?[A-Z][\w'&-]*(?:\s+[A-Z&][\w'&-]*)*)")
_FOR_WHOM = re.compile(r"\s+for\s+(?:them|him|her|it|us|me)\s*[?.!]*$", re.I)


def _an_age(context: str, turning: re.Match) -> bool:
    """"turns 3" is an age; "will be 3" only of someone ("my son will be 4", not "there will be two tables")."""
    if re.match(r"\s+of\b", context[turning.end():]):  # "it will be one of the biggest"
        return False
    return not re.search(r"\bwill\s+be\b", turning.group(0), re.I) or bool(turning.group("name")) or bool(re.search(
        r"\b(?:he|she|son|daughter|girl|boy|kid|baby|grandson|granddaughter|niece|nephew|brother|sister)\s*$",
        context[:turning.start()], re.I))


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _format_for_the_story(context: str, request: str) -> str:
    """"I run a vegan cafe called Leaf & Ladle. can you make a sign for the front window?" -> "… a sign for the front
    window, for a vegan cafe called Leaf & Ladle": a request that names only a format, with what the story says it is
    for (a business, a team's name, an age, what someone loves); the request as it was otherwise."""
    asked = _FOR_WHOM.sub("", request.strip())
    if not is_vague(strip_wrapper(asked)[0]):
        return request
    said = {w.lower() for w in re.findall(r"[\w'&-]+", asked)}
    found = [(m, m.group("x"), "for {}") for m in _RUNS_A.finditer(context)]
    found += [(m, m.group("name") + " " + re.sub(r"^(?:my|our)\s+(?:[\w]+'s\s+)?", "", m.group("who"), flags=re.I),
               "for {}") for m in _TEAM_IS.finditer(context)]  # "my son's soccer team is the Tigers": the Tigers soccer team
    found += [(m, _ordinal(int(m.group("n")) if m.group("n").isdigit() else _AGE_WORDS[m.group("n").lower()]),
               f"for {m.group('name')}'s {{}} birthday" if m.group("name") else "for a {} birthday")
              for m in _TURNING.finditer(context) if _an_age(context, m)]
    found += [(m, m.group("x"), "with {}") for m in _LOVES_THINGS.finditer(context)]
    added = []
    for _, what, template in sorted(found, key=lambda f: f[0].start()):
        what = re.sub(r"^(?:my|our)\s+", "a ", what, flags=re.I)  # "our tiny bakery": a tiny bakery
        if {w.lower() for w in re.findall(r"[\w'&-]+", what)} - said - lexicon.STOPWORDS:
            added.append(template.format(what))
    return f"{asked.rstrip(' ?.!')}, {', '.join(added)}" if added else request


def _story_world(context: str, request: str) -> str:
    """"I'm writing a fanfic set in a floating city of glass towers … can you draw the skyline at sunrise?" -> "the
    skyline at sunrise, a floating city of glass towers …": a thing of that world, drawn in it."""
    world = _STORY_WORLD.search(context)
    if not world:
        return request
    parts = [p.strip() for p in re.sub(r"\s*\([^)]*\)", "", world.group("x")).split(",")]
    place = ", ".join(parts[:2] if len(parts) > 1 and parts[1].lower().startswith("where ") else parts[:1])
    place = re.sub(r"\s+(?:and\s+)?(?:i|we|my|our|it'?s|it\s+is)\b.*$", "", place, flags=re.I)  # "… and I need a cover"
    said = {w.lower() for w in re.findall(r"[a-z][\w'-]{2,}", request, re.I)}
    new_words = {w.lower() for w in re.findall(r"[a-z][\w'-]{3,}", place, re.I)} - said - lexicon.STOPWORDS
    return f"{request.rstrip(' ?.!')}, {place}" if place and len(new_words) >= 2 else request


def _name_the_kind(context: str, request: str) -> str:
    """"… about a hedgehog named Pip … could you draw Pip in his burrow" -> "Pip the hedgehog in his burrow": the model
    knows no Pip, so the story's word for what Pip is goes with the name."""
    for named in (*_NAME_APPOSED.finditer(context), *_NAMED.finditer(context)):  # "about Pip, a little hedgehog who …"
        name, kind = named.group("name"), named.group("kind")
        said = re.search(r"\b" + re.escape(name) + r"\b(?![\w'-]*\s+[A-Z])", request)
        if said and not _inside_quotes(request, said.start()) and not re.search(r"\b" + re.escape(kind.split()[-1]),
                                                                                request, re.I):
            return request[:said.start()] + f"{name} the {kind}" + request[said.end():]
    named = [(m.group("name"), m.group("kind")) for m in (*_NAME_APPOSED.finditer(context), *_NAMED.finditer(context))]
    pronoun = _PRONOUN_DRAWN.search(request)
    if pronoun and len({name for name, _ in named}) == 1:  # "… a greyhound named Pip … an illustration of him curled up"
        name, kind = named[0]
        return request[: pronoun.start("who")] + f"{name} the {kind}" + request[pronoun.end("who"):]
    return request


def _inside_quotes(text: str, at: int) -> bool:
    """Whether position `at` lies inside a quoted span ("the words 'Drip Doctors'": a text to print, not a being)."""
    return any(quoted.start() < at < quoted.end() for quoted in re.finditer(r"[\"“][^\"”]*[\"”]|(?<!\w)'[^']*'(?!\w)", text))


# "a cozy illustration of him curled up …", "paint her by the window": the one the story named
_PRONOUN_DRAWN = re.compile(r"\b(?:(?:an?|some)\s+(?:[\w'-]+\s+){1,3}?of|draw|paint|sketch|illustrate|show)\s+(?P<who>him|her)\b",
                            re.I)


_OF_IT = re.compile(r"\b(?:of|about|showing|explaining|for)\s+(?P<it>it|that|this)\b(?!\s+(?!(?:for|to|in|on|with|at|so|and|"
                    r"please|pls|[a-z]{3,}(?:ed|ing))\b)[a-z])"  # ("a picture of it parked by a lake")
                    r"|\bwhat\s+(?:(?P<it2>it|they)\s+(?:would|could|might|will)|(?:would|could|might|will)\s+(?P<it3>it|they))\s+"
                    r"look\s+like\b(?=\s+\w)", re.I)


# "my grandson loves monster trucks, could you draw one jumping": one of the things the story says someone likes
_DRAW_ONE = re.compile(r"\b(?:(?:draw|paint|sketch|make|do|show|illustrate)\s+(?:me\s+|us\s+)?|(?:picture|drawing|painting|photo|"
                       r"image|illustration)\s+of\s+)(?P<one>one)\b(?!\s+(?:of|more)\b)", re.I)  # ("a picture of one jumping")


# "draw it on the beach", "can you paint it sleeping": the thing the story had
_DRAW_IT = re.compile(r"\b(?:draw|paint|sketch|illustrate|show)\s+(?:me\s+|us\s+)?(?P<it>it|him|her)\b", re.I)


# "i'm restoring a 1967 Mustang fastback.": the one thing the story names, at the end of its clause
_SAW = r"(?:spotted|saw|seen|noticed|watched|found|photographed|met|came\s+across)"  # what the user saw, in a story
_ONE_NAMED = re.compile(r"\b(?:restoring|building|bought|got|own|owned|have|has|had|drive|drove|driving|ride|riding|making|restored|built|"
                        r"landed|caught|hooked|reeled\s+in|"
                        r"adopted|made|" + _SAW + r")\s+(an?\s+(?:[\w'-]+\s+){0,3}[\w'-]+)"
                        r"(?=\s*(?:[.,;!?]|$)|\s+(?:for|at|in|on|yesterday|today|last|this|the\s+other)\b)", re.I)


# "i make silver rings with moonstones", "we sell hand-dyed scarves": what the user makes, said in the plural
_I_MAKE_THINGS = re.compile(r"\b(?:i|we)\s+(?:\w+\s+)?(?:make|sell|craft|design|knit|bake|build|carve|forge|sew|brew|paint|"
                            r"restore|collect)\s+((?:[\w'-]+\s+){0,2}[\w'-]+[^s\W]s(?:\s+with\s+[\w'-]+(?:\s+[\w'-]+)?)?)"
                            r"(?=\s*(?:[.,;!?]|$)|\s+(?:for|at|in|and)\b)", re.I)


def _fill_that_one(context: str, request: str) -> str:
    """"my grandfather had a 1959 Cadillac Eldorado, pink … a picture of that car at a drive-in" -> "… of a pink 1959
    Cadillac Eldorado at a drive-in": "that <thing>" is the one the story had."""
    that = re.search(r"\bthat\s+(?P<kind>car|truck|van|bike|motorbike|motorcycle|boat|house|cabin|dog|cat|horse|tree|plane|"
                     r"guitar|one)\b", request, re.I)
    had = list(_ONE_NAMED.finditer(context)) if that else []
    if len(had) != 1:
        return request
    thing = had[0].group(1)
    colour = re.match(r"\s*,\s*(?P<c>[a-z]+)\s*,", context[had[0].end():])  # "…, pink, and he used to …"
    if colour and colour.group("c").lower() in lexicon.COLOURS:
        thing = re.sub(r"^(an?)\s+", lambda m: f"{article(colour.group('c'))} {colour.group('c')} ", thing, flags=re.I)
    return request[: that.start()] + thing + request[that.end():]


# "spotted a woodpecker on a birch tree in the garden this morning": what the user saw, and where
_SEEN = re.compile(r"\b" + _SAW + r"\s+(?P<x>an?\s+[^,.;!?]+?)"
                   r"(?=\s+(?:this|last|yesterday|today|earlier|the\s+other)\b|\s*[,.;!?]|\s*$)", re.I)
_DRAW_THAT_ALONE = re.compile(r"^(?:(?:so|and)\s+)?(?:(?:can|could|would|will)\s+(?:you|u)\s+)?(?:please\s+)?(?:draw|paint|sketch|"
                              r"illustrate|do)\s+(?:that|it|this)(?:\s+(?:for\s+me|please|pls))*(?:\s+so\s+(?:that\s+)?(?:i|we)\s+can\b"
                              r"[^?.!]*)?[\s?.!]*(?P<after>(?:(?:wide|tall|square|landscape|portrait)\b.*)?)$", re.I)  # ("…? wide please")
# "the kids voted … the winner was a giraffe doctor giving a teddy bear a checkup! can you draw that": what was chosen
_CHOSEN = re.compile(r"\b(?:the\s+winner\s+was|(?:they|we|the\s+kids|everyone)\s+(?:chose|picked|voted\s+for)|the\s+(?:idea|plan)\s+"
                     r"is)\s+(?P<x>an?\s+[^,.;!?]+?)(?=\s*[,.;!?]|\s*$)", re.I)


_NO_THING = frozenset("minute moment second sec while chance bit break look question idea lot few couple".split())


def _fill_one(context: str, request: str) -> str:
    """"… loves monster trucks, could you draw one jumping over a canyon" -> "… draw a monster truck jumping …"."""
    request = _fill_that_one(context, request)
    alone = _DRAW_THAT_ALONE.match(request.strip())
    seen = (list(_SEEN.finditer(context)) or list(_CHOSEN.finditer(context))) if alone else []
    if len(seen) == 1:  # "spotted a woodpecker on a birch tree this morning, can you draw that?": the woodpecker there
        shape = alone.group("after").split()[0].strip(",.!?") if alone.group("after") else ""  # ("wide please, the wall
        return seen[0].group("x") + (f", {shape}" if shape else "")  # is long": the shape)
    it = _DRAW_IT.search(request)
    had = _ONE_NAMED.findall(context) if it else []
    if len(had) == 1 and (it.group("it").lower() == "it" or named_category(had[0].split()[-1]) == "animal"):  # "i have a
        # black dog, draw it on the beach": that dog ("… making a card for my niece. can you draw her?": not the card)
        return request[: it.start("it")] + had[0] + request[it.end("it"):]
    one = _DRAW_ONE.search(request)
    liked = [m.group("x") for m in _LOVES_THINGS.finditer(context)] if one else []
    if one and not liked:  # "I'm restoring a 1967 Mustang fastback. Can you draw one in highland green": that one
        had = [h for h in _ONE_NAMED.findall(context) if h.split()[-1].lower() not in _NO_THING]  # (not "got a minute")
        if len(had) == 1:
            return request[: one.start("one")] + had[0] + request[one.end("one"):]
        made = _I_MAKE_THINGS.findall(context)  # "i make silver rings with moonstones. draw one": a silver ring …
        if len(made) == 1:
            head, _, rest = made[0].partition(" with ")
            words = head.split()
            thing = " ".join([*words[:-1], singular(words[-1])]) + (f" with {rest}" if rest else "")
            return request[: one.start("one")] + f"{article(thing)} {thing}" + request[one.end("one"):]
    if len(liked) != 1 or not liked[0].endswith("s") or re.search(r",|\band\b", liked[0]):
        return request  # none, or two kinds of things ("loves owls and foxes"): which one is unclear
    thing = singular(liked[0].lower())
    return request[: one.start("one")] + article(thing) + " " + thing + request[one.end("one"):]


def _fill_them(context: str, request: str) -> str:
    """"I make gold earrings with pearls. draw a pair of them in a hand" -> "draw a pair of gold earrings with pearls in a
    hand": "them" stands for the things the user makes."""
    them = re.search(r"\b(?:a\s+(?:pair|couple|few|set|bunch|pile|row)|some|two|three|four|one|all)\s+of\s+(?P<it>them|those|"
                     r"these)\b", request, re.I)
    made = _I_MAKE_THINGS.findall(context) if them else []
    if len(made) != 1:
        return request
    return request[: them.start("it")] + made[0] + request[them.end("it"):]


def _fill_it(context: str, request: str) -> str:
    """"we're doing the water cycle, can you draw a diagram of it" -> "… a diagram of the water cycle": the pronoun
    stands for what the context sentence is about."""
    request = _fill_them(context, request)
    match = _OF_IT.search(request)
    if not match or not context.strip():
        return request
    longest = 8 if match.group("it2") or match.group("it3") else 6
    context = re.sub(r"^\W*(?:good\s+)?(?:morning|evening|afternoon)\b[!,.]*\s*", "", " ".join(
        s for s in re.split(r"(?<=[.!?])\s+", context.strip()) if not is_social(s)), flags=re.I) or context  # ("Evening!")
    seen = _EXPERIENCED.search(context)  # "I've been imaging the Orion nebula all week": what the story looked at
    looked_at = re.split(r"\s+(?:and|but|so|all|this|last|every|for|with)\b|,", seen.group("x"))[0].strip() if seen else ""
    topic = looked_at or chat_topic(context).split(", ")[0]  # (else the last of
    # the candidates: "… bought an old van" -> "an old van")
    said = (re.sub(r"\s+(?:this|next|last)\s+(?:week|term|month|year|semester)$|\s+(?:today|at\s+the\s+moment|right\s+now|"
                   r"in\s+class|at\s+school)$", "", thing, flags=re.I)
            for thing in (topic, antecedent(context, "it"), re.sub(r"^.*?\b(?=(?:an?|some)\s)", "", topic, flags=re.I)))
    thing = next((thing for thing in said if thing and len(thing.split()) <= longest), "")  # the topic, else the thing named
    if not thing:
        return request
    if match.group("it2") or match.group("it3"):  # "show me what it would look like staged with a grey sofa": the thing, so changed
        return request[:match.start()] + thing + request[match.end():]
    return request[:match.start("it")] + thing + request[match.end("it"):]


# "page 2: the mouse opens a tiny door", "panel three - they escape": a numbered picture of a series
_PAGE_N = re.compile(r"^(?:(?:ok(?:ay)?|now|and|next)[,\s]+)?(?:(?:for\s+)?(?:page|panel|scene|slide|chapter|part|frame|spread)\s*"
                     r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|next)|(?:the\s+)?next\s+(?:page|panel|"
                     r"scene|slide|spread))(?:\s+of\s+(?:my|the|our)\s+[\w'-]+(?:\s+[\w'-]+)?)?\s*[:,.\-–—]+\s*(?P<x>\S.+)$", re.I)
# "can you do 2 more but with a top hat", "3 more in blue", "another one but at night": takes of the picture, changed
_MORE_WITH = re.compile(r"^(?:(?:can|could|would)\s+(?:you|u|i|we)\s+)?(?:please\s+)?(?:(?:do|make(?:\s+it)?|give\s+me|show\s+me|draw|"
                        r"generate|get(?:\s+me)?|try|have)\s+)?(?P<lead>(?:" + NUM + r"|a\s+few|a\s+couple(?:\s+of)?|some)\s+"
                        r"(?:more|other|extra)(?:\s+(?:versions?|options?|ones?|takes?|variations?|pictures?|of\s+(?:these|those|"
                        r"them|it)))?|another(?:\s+(?:one|version|take|batch|set|round))?|one\s+more(?:\s+(?:batch|set|round|go))?)"
                        r"(?:\s+like\s+(?:this|that|it|these))?(?:\s+(?:please|pls|plz))?[\s,]+"
                        r"(?:but\s+|only\s+|and\s+)?"
                        r"(?P<change>(?:with|without|in|at|as|during|wearing|holding|this\s+time)\b.+?|(?<=but\s)\S.*?\binstead\s+of\s+"
                        r"\S.+?)(?:\s+(?:please|pls|"
                        r"too))*[\s.!?]*$", re.I)  # ("… instead" stays: the new thing takes the old one's place)
# "tattoo idea:", "sticker -", "logo concept:": what kind of picture, said before the thing
_KIND_FIRST = re.compile(r"^\s*(?:(?:a|an|my|the|new|next)\s+)?(?P<kind>tattoo|sticker|logo|poster|t-?shirt(?:\s+print)?|mug|"
                         r"icon|emblem|badge|patch|mascot|banner|flyer|book\s+cover|album\s+cover|colou?ring\s+page|"
                         r"wallpaper|greeting\s+card|card)(?:\s+(?:idea|ideas|design|concept|request|time|please|pls))?"
                         r"\s*[:\-–—]+\s*$", re.I)


_FORMAT = words_pattern(lexicon.MADE_AS_FORMATS) + "s?"
# what the picture is made as, named in the words before the ask: "a flyer for our yoga retreat", "an album cover"
_FORMAT_NAMED = re.compile(r"\b(?:an?|my|our|the)\s+(?:[\w'-]+\s+){0,2}?" + _FORMAT + r"\b(?:\s+for\s+(?:my|our|an?|the)\s+"
                           r"[\w' -]{1,30}?(?=[,.;!?]|\s+(?:next|this|that|and|but|so)\b|$))?", re.I)


def _bare_content(request: str) -> bool:
    """A request that names only what to show ("Something with mountains", "a compass with a rose"), no verb of
    its own and no look or format."""
    said = strip_filler(request).lower()
    return bool(re.match(r"^(?:(?:maybe|perhaps|just)\s+)?(?:something\s+(?:with|like)|an?\s|some\s|two\s|three\s)", said)) \
        and draw_request(said) is None


def _after_context(text: str, fixed: str, request: str, action: Action, ctx: RouteContext) -> str:
    """What a request that follows context sentences acts on: the story's description for "can you draw her?", the
    thing the story saw for "something like that", the critique for "can u fix that", the thing named first for
    "no, the dog. make it blue"; else the request sentence."""
    at = fixed.lower().rfind(request.lower())
    context = fixed[:at] if at >= 0 else ""
    kind = _KIND_FIRST.match(context) if action is Action.GENERATE else None
    if kind:  # "tattoo idea: a mountain in a circle": a tattoo of it (the kind is what the picture is)
        return f"{article(kind.group('kind'))} {kind.group('kind').lower()} of {request}"
    if action is Action.GENERATE and not _FORMAT_NAMED.search(request):
        kind = _FORMAT_NAMED.search(context)  # "putting together a flyer for our retreat. Something with mountains"
        if kind and _bare_content(request):  # what it shows, then the format (the words that offered it dropped)
            shown = re.sub(r"^(?:(?:so|and|well|ok(?:ay)?)[,\s]+)*(?:(?:maybe|perhaps|just)\s+)?(?:something\s+(?:with|like)\s+)?",
                           "", request.strip(), flags=re.I)
            request = f"{shown.rstrip(' .!?')}, {kind.group(0)}"
    if action is Action.GENERATE:
        return _scene_recalled(context, request) or _asked_for_in_the_story(context, request) or \
            _described_in_story(context, request) or \
            _who_the_story_is_about(context, request) or _story_world(
            context, _format_for_the_story(context, _name_the_kind(
                text[: max(0, len(text) - len(request))] or context, _fill_one(context, _fill_it(
                    context, _fill_back_reference(text, request))))))
    if action is Action.EDIT:
        return text if _FIX_THAT.match(request.strip()) else _named_before(context, _add_some_liked(context, request), ctx)
    return request


# "… she always loved bluebirds, could you add a couple sitting on the fence": a couple of what the story names
_ADD_SOME = re.compile(r"\badd\s+(?P<q>a\s+couple|a\s+few|some|two|three|four|one)\s+(?=(?:sitting|standing|flying|perched|"
                       r"on|in|by|near|at|along|over|around|resting)\b)", re.I)


def _add_some_liked(context: str, request: str) -> str:
    """"add a couple sitting on a fence post" after "she loved bluebirds" -> "add a couple of bluebirds sitting …"."""
    some = _ADD_SOME.search(request)
    liked = [m.group("x") for m in _LOVES_THINGS.finditer(context)] if some else []
    if len(liked) != 1 or not liked[0].endswith("s") or re.search(r",|\band\b", liked[0]):
        return request
    quantity = some.group("q").lower()
    things = singular(liked[0].lower()) if quantity == "one" else liked[0].lower()
    said = f"a {things}" if quantity == "one" else f"{quantity} of {things}" if quantity.startswith("a ") else \
        f"{quantity} {things}"
    return request[: some.start("q")] + said + " " + request[some.end():]


# where in the frame: "in the top corner", "in the background", "on the left side": a place in the picture on screen
_FRAME_SPOT = re.compile(r"\b(?:in|at|on|to|into)\s+the\s+(?:(?:top|bottom|upper|lower|far)\s+)?(?:(?:left|right)\s+)?"
                         r"(?:corner|background|foreground|top|bottom|left|right|middle|centre|center|edge)s?\b"
                         r"|\bthe\s+(?:background|foreground)\b", re.I)
# words that add to or swap within what is there: "… too", "can it be a mushroom hat instead"
_ON_WHAT_IS_THERE = re.compile(r"\b(?:too|as\s+well|instead|anymore|any\s+more)\b|\b(?:can|could|should)\s+it\b",
                               re.I)
# words asking for a new picture: "now draw a …", "a new one of …", "another picture of …"
_NEW_PICTURE_ASKED = re.compile(r"\b(?:draw|paint|sketch|generate|create|illustrate|render)\b|\b(?:new|another|different|"
                                r"next|separate)\s+(?:picture|image|one|drawing|illustration|scene|pic)\b"
                                r"|\b(?:need|want)\s+(?:an?|some|another)\s"  # "also need an instagram story …"
                                r"|\b(?:picture|image|drawing|painting|photo|pic|poster|card|logo|sticker|banner|flyer|"
                                r"invitation|cover|wallpaper|comic|mug|t-?shirt)\s+(?:of|with|for)\s+(?!(?:it|that|this|them)\b)",
                                re.I)


_THANKS_LEAD = re.compile(r"^\W*(?:(?:(?:ha)+h?|lol|aww+|omg|wow|oh|yay)[\s,!.]+)?(?:many\s+thanks|thank\s+(?:you|u)(?:\s+(?:so|very)\s+much)?|"
                          r"thanks?(?:\s+(?:so|very)\s+much)?|thx|ty|cheers|(?:muchas\s+|mil\s+|much[ií]simas\s+)?gracias|merci(?:\s+beaucoup)?|"
                          r"danke(?:\s+sch(?:ö|oe)n)?|grazie(?:\s+mille)?|obrigad[oa]|dank\s+(?:je|u)(?:\s+wel)?|"
                          r"dzi[eę]kuj[eę]|dzi[eę]ki)\b[\s,!.:;-]*(?P<rest>.*)$", re.I)
# a remark about people, not a thing to draw: "the students will enjoy this", "i needed that today", "you made my day"
_REMARK = re.compile(r"\b(?:i|we|you|they|he|she|my\s+[\w'-]+|our\s+[\w'-]+|the\s+(?:(?:little|young|older|wee|tiny)\s+)?(?:kids|children|students|class|team|"
                     r"family|boss|client|clients|customers?|guests|bride|groom|crew|gang|squad|[\w'-]+s))(?:\s+(?:back\s+)?(?:at|in|on|from)\s+"
                     r"(?:the|my|our|work|home)(?:\s+(?!will\b|would\b|loved?\b)[\w'-]+)?)?(?:'s|'re|'m|'ll|'d)?\s+(?:(?:will|'ll|would|'d|going\s+to|are\s+going\s+to|"
                     r"is\s+going\s+to|am\s+going\s+to|(?:are|is|am|'re|'s)\s+gonna|gonna|really|totally|absolutely)\s+)*(?:love|loved|loves|enjoy|enjoyed|"
                     r"adore|be\s+(?:so\s+)?(?:happy|thrilled|pleased|excited)|cry|made|needed|can't\s+wait|"
                     r"(?:so\s+)?(?:obsessed|in\s+love)\s+with|crazy\s+about|flip(?:\s+out)?|freak\s+out|go\s+(?:nuts|"
                     r"crazy|wild|bananas)|lose\s+(?:his|her|their|my|our)\s+minds?|be\s+over\s+the\s+moon|be\s+stoked|picked|chose|"
                     r"went\s+with)\b"
                     r"(?!\s+(?:an?|some|more|another)\s)", re.I)  # ("the cats would love a ball of yarn": a wish)
# a whole message that only says who will love it: "the lads are gonna love it!!", "ok my mum will love this"
_REMARK_ALONE = re.compile(r"(?:(?:ok(?:ay)?|oh|aw+|haha+|lol|yes|yay|omg)[\s,!.]+)*" + _REMARK.pattern +
                           r"(?:\s+(?:it|this|that|them|these|those|one))?(?:\s+so\s+much)?(?:\W*\s*(?:lol|haha+|"
                           r"xx+|x)\b)?[\W\s]*",
                           re.I)  # ("he's gonna flip": no object)
_THANKS_LAST = re.compile(r"^(?P<rest>.+?)[\s,.!]+(?:thanks?(?:\s+(?:so|very)\s+much)?|thank\s+(?:you|u)(?:\s+(?:so|very)\s+much)?|"
                          r"thx|ty|cheers)[\s.!]*$", re.I)
# a goodbye or a cheer after the thanks: nothing asked
_SIGN_OFF = re.compile(r"^(?:(?:i'?m|i\s+am|we'?re|we\s+are)\s+)?(?:(?:going|heading|off|getting)\s+(?:back\s+)?(?:to\s+(?:work|bed|"
                       r"sleep|school|class|it)|home|now|back|off)|back\s+to\s+(?:work|it)|(?:gotta|got\s+to|have\s+to|need\s+to)\s+(?:go|run|get\s+back)|signing\s+off|"
                       r"logging\s+off|bye|see\s+(?:ya|you)|later|cya|gtg|ttyl|good\s*night|night|forza|allez|vamos|go\s+team|"
                       r"that'?ll\s+do|that\s+will\s+do|that\s+does\s+it|that'?s\s+(?:all|it)\s+for\s+(?:now|today)|"
                       r"(?:it'?s\s+|this\s+is\s+|it\s+is\s+)?going\s+(?:on|in|up\s+on|onto|into|to)\s+(?:the|my|our|her|his)|"
                       r"(?:that'?s|it'?s|this\s+is|that\s+is)\s+(?:exactly|just|so|really)\s+(?:how|what|like)|"
                       r"(?:i'?m\s+|we'?re\s+)?(?:sending|showing|printing|framing|posting|sharing|forwarding)\s+(?:this|it|that)|"
                       # "gonna show the client tomorrow", "will send it to my boss": what they'll do with it
                       r"(?:(?:i'?m|we'?re|i\s+am|we\s+are)\s+)?(?:gonna|going\s+to|i'?ll|we'?ll|i\s+will|we\s+will|will)\s+"
                       r"(?:send|show|print|frame|post|share|forward|hang|give|use)\s+(?:it|this|that|them|(?:it\s+)?(?:to\s+)?"
                       r"(?:my|our|the|her|his)\s+[\w'-]+)|"
                       r"(?:i'?m\s+|we'?re\s+)?(?:setting|using|making)\s+(?:this|it|that)\s+(?:as\s+)?(?:my|our)\s+|"
                       r"(?:he|she|they|my\s+[\w'-]+|the\s+[\w'-]+)(?:'s|'re|\s+is|\s+are|\s+will\s+be|'ll\s+be)\s+(?:going\s+to\s+be\s+|"
                       r"gonna\s+be\s+)?(?:so\s+|really\s+)?(?:thrilled|delighted|happy|stoked|chuffed|over\s+the\s+moon|excited))\b"
                       r"[^?]{0,40}$", re.I)
def _signs_off(rest: str) -> bool:
    """A goodbye, a cheer, where the picture goes or how happy someone is, with no change asked in it."""
    return bool(_SIGN_OFF.match(rest)) and not re.search(r"\b(?:make|add|remove|change|draw|paint|put|turn|give\s+(?:me|us)|"
                                                          r"show\s+(?:me|us)|try)\b", rest, re.I)


# anything asked in what follows the thanks: then it is a request after all ("thanks! can you make it sunset?")
_ASKED_AFTER = re.compile(r"\?|\b(?:can|could|would|will)\s+(?:you|u|it|we)\b|\b(?:make|add|remove|change|draw|paint|put|turn|"
                          r"give|show|try|do|now|more|less|bigger|smaller|another|again|but|want|wants|need|needs)\b", re.I)




_VOCATIVE = re.compile(r"^(?:mate|buddy|pal|man|dude|bro|love|dear|(?:my\s+)?friend|young\s+(?:man|lady)|sir|madam|guys|"
                       r"fam|bestie|easel)\b[\s,!.]*", re.I)


def _thanks_and_a_remark(text: str) -> bool:
    """"Thanks, the students will enjoy this!", "haha thank you, you made my day", "muchas gracias, a los niños les va
    a encantar", "perfect, the lads are gonna love it": thanks or praise, and talk about people, nothing asked."""
    praised = re.match(r"^(?P<praise>[\w' ]{2,20}?)[\s,!.]+(?=thank|thx|cheers)", text.strip(), re.I)
    if praised and is_social(praised.group("praise")):  # "brilliant thank you so much she's going to cry"
        text = text.strip()[praised.end():]
    thanks = _THANKS_LEAD.match(text.strip())
    last = _THANKS_LAST.match(text.strip())
    if not thanks and last and (_REMARK_ALONE.fullmatch(last.group("rest")) or _signs_off(last.group("rest"))):
        return True  # "he's going to love this, thanks"
    if not thanks:  # "haha perfect, the lads are gonna love it", "ok the twins are gonna love it": a remark alone
        praise = re.match(r"^(?:(?P<lead>[^,.!?;]{1,30})[,.!;]+\s*)?(?P<rest>\S.*)$", text.strip())
        return bool(praise) and (not praise.group("lead") or is_social(praise.group("lead"))) and (
            bool(_REMARK_ALONE.fullmatch(praise.group("rest"))) or bool(praise.group("lead") and _signs_off(praise.group("rest"))))
    rest = re.sub(r"^[^\w]+", "", thanks.group("rest")).strip() if thanks else ""  # ("thx 🙏 back to it")
    rest = _VOCATIVE.sub("", rest)  # "cheers mate, gonna print this": whom the thanks is to
    if rest and _signs_off(rest):  # "ty, going back to work now", "thanks!! forza Inter"
        return True
    if not rest or _ASKED_AFTER.search(rest) or draw_request(rest.lower()):
        return False
    language = detect_language(text)
    words = set(re.findall(r"[^\W\d_]+", rest.lower()))
    if language or (words and len(words) <= 3 and words & lexicon.FOREIGN_FEELING):  # (too short to tell the language:
        # "mil gracias, quedó perfecto") the rest has none of its language's command verbs, nor "can you": said, not asked
        commands = set().union(*COMMAND_VERBS.values()) if not language else COMMAND_VERBS.get(language, frozenset())
        return bool(words & lexicon.FOREIGN_FEELING) and not (words & commands or words & lexicon.FOREIGN_ASKING)
    return bool(_REMARK.search(rest)) or bool(_WHY_THANKED.fullmatch(rest)) or is_said_clause(strip_emoji(rest))


# why the thanks: praise of the help, then what the user's day was ("huge time saver, I had a 9 hour wedding yesterday")
_WHY_THANKED = re.compile(r"(?:(?:(?:an?\s+)?(?:huge|big|real|total|absolute|such\s+a)\s+)?(?:time\s*saver|life\s*saver|"
                          r"godsend|legend|star|hero|lifesaver)\b[\s,!.;]*)?(?:(?:i|we)\s+(?:had|was|were|did|spent|worked|"
                          r"'ve\s+been|have\s+been|just\s+(?:had|finished|did))\b[^?]*)?", re.I)


# "my niece says …": what she says is the change
_SAID_BY = re.compile(r"^(?:he|she|they|my\s+[\w'-]+|the\s+[\w'-]+|(?-i:[A-Z][a-z]+))\s+" + SAYS + r"\s+(?:that\s+)?", re.I)
_WOULD_LOVE = re.compile(r"^(?:the\s+[\w'-]+|my\s+[\w'-]+|they|he|she|we|i)\s+(?:would|'d)\s+(?:really\s+)?(?:love|like)\s+"
                         r"(?=(?:an?|some|two|three|\d+)\s)", re.I)  # "the kids would love a smiling sun …": add it
_THING_NEEDS = re.compile(r"^(?P<thing>(?:the|his|her|its)\s+[\w'-]+)\s+needs?\s+(?P<what>(?!to\b)\S.*)$", re.I)
_THE_THING_BUT = re.compile(r"^(?:the|that|this|my|our)\s+(?:[\w'-]+\s+){0,2}[\w'-]+\s*,?\s+but\s+(?P<rest>\S.+)$", re.I)


def _as_change(text: str) -> Optional[str]:
    """A sentence about the picture as the change it asks for: "he says the shark needs sunglasses too lol" -> "give
    the shark sunglasses", "the kids would love a smiling sun in the top corner" -> "add a smiling sun in the top
    corner", "the golem but on a beach" -> "on a beach"; None when it is already plain."""
    said = TRAIL.sub("", strip_filler(text).strip(" .!?")).strip()
    if re.search(r"\binstead[\s.!?]*$", text, re.I) and not re.search(r"\binstead\b", said, re.I):
        said += " instead"  # "a dog instead": in the place of what is there, not beside it
    said = re.sub(r"^(?:(?:actually|wait|hmm+|oh|ooh|ok(?:ay)?|so|now|please|pls)[\s,!.]+)+", "", said, flags=re.I)
    said = _SAID_BY.sub("", said, count=1)
    said = re.sub(r"\s+(?:of|for)\s+(?:it|that|this|them|these)(?:\s+one)?$", "", said, flags=re.I)  # "wallpaper of that"
    said = re.sub(r"^(?:can|could)\s+(?P<who>it|he|she|they)\s+be\s+", r"make \g<who> ", said, flags=re.I)  # "can it be …"
    but = _THE_THING_BUT.match(said)
    if but:
        return but.group("rest")
    said = _WOULD_LOVE.sub("add ", said, count=1)
    needs = _THING_NEEDS.match(said)
    if needs:
        said = f"give {needs.group('thing')} {needs.group('what')}"
    return said if said != text else None


# what makes naming a thing on screen a change of it: "the shark needs sunglasses", "the tree should be taller"
_CHANGE_CUE = re.compile(r"\b(?:needs?|should|would|could|can|too|instead|but|more|less|wants?|has\s+to|must|looks?|bigger|"
                         r"smaller|taller|shorter|with|without|holding|wearing|got|has|have)\b", re.I)


def _names_scene_word(low: str, ctx: RouteContext, after: str = r"\b") -> bool:
    """Does the text name a noun of the picture on screen (after the given lead: "the shark", "his hat")?"""
    words = sorted((w for w in ctx.scene_words if len(w) > 2 and w not in lexicon.COLOURS), key=len, reverse=True)
    return bool(words) and re.search(after + r"(?:" + "|".join(map(re.escape, words)) + r")(?:s|es)?\b", low) is not None


def _refers_with_of(low: str) -> bool:
    """"phone wallpaper of that pls", "a poster version of it": the picture on screen, in another form."""
    return bool(re.search(r"\b(?:wallpaper|version|poster|print|banner|copy|crop|sticker|card|icon|background|header|"
                          r"thumbnail|edition|format)s?\s+(?:of|for)\s+(?:it|that|this|them|these)(?:\s+(?:one|please|pls|"
                          r"plz|too|again))*[\s.!?]*$", low))


def _about_the_picture(text: str, ctx: RouteContext) -> bool:
    """A sentence that speaks of the picture on screen without an edit verb: it names a thing already in it ("he says
    the shark needs sunglasses"), a place in its frame ("a smiling sun in the top corner"), or adds to or swaps what
    is there ("can it be a mushroom hat instead"), and asks for no new picture."""
    low = text.lower()
    if _NEW_PICTURE_ASKED.search(low):
        return False
    named = _names_scene_word(low, ctx, after=r"\b(?:the|his|her|its|their|that|this)\s+(?:[\w'-]+\s+)?")
    if re.search(r"\binstead[\s.!?]*$", low) and len(low.split()) <= 8:
        return True  # "a truck instead", "hmm maybe a dog instead?": in the place of what is there
    if re.match(r"^(?:an?|some|two|three|four|five|\d+)\s", strip_filler(low).strip()):
        return False  # "a girl with mountains in the background", "a dog on the sofa": a new picture's description
    if re.match(r"^(?:the|his|her|its|their|this|that)\s+[\w'-]+(?:'s)?\s+(?:is|was|are|were|name|names)\b", low):
        return False  # "the castle is from my childhood", "the dog's name is Max": talk about it
    if (named and _CHANGE_CUE.search(low)) or _refers_with_of(low):
        return True
    fragments = [f.strip() for f in re.split(r"\s*[.,;]+\s*", strip_filler(low).strip(" .!?")) if f.strip()]
    if len(fragments) >= 2 and is_modifier_only(fragments[0]) and not re.search(
            r"\b(?:then|next|this\s+time|instead\s+of\s+the)\b|^(?:an?)\s+[\w'-]*\s*(?:street|beach|city|room|forest|"
            r"house|cabin|park|field|road|town|village|castle|island)\b", " | ".join(fragments[1:])):
        return True  # "winter. smoke from the chimney. no trees": a list of changes, led by a look
    taken_out = re.match(r"^(?:no|without)\s+(?!(?:thanks|thank|worries|problem|idea|way|wait|more|i|it)\b)[a-z]", low)
    return bool(taken_out or _FRAME_SPOT.search(low) or _ON_WHAT_IS_THERE.search(low) or
                _WOULD_LOVE.match(_SAID_BY.sub("", strip_filler(low).strip(), count=1)))


# "hmm maybe a dog instead?", "how about a bicycle instead", "or two owls instead": that thing in the place of the subject
_THING_INSTEAD = re.compile(r"^(?:(?:hmm+|ok(?:ay)?|so|or|and|maybe|perhaps|what\s+about|how\s+about|try|let'?s\s+(?:try|do|go\s+"
                            r"with)|can\s+(?:we|i|you)\s+(?:try|do|have))[,\s]+)*(?P<thing>(?:an?|some|two|three|four|\d+)\s+"
                            r"[\w'-]+(?:\s+[\w'-]+){0,3}?)\s+instead[\s.!?]*$", re.I)


# "no wait, a bear", "hmm no, spring with cherry blossoms" after an edit: that change taken back, this in its place
# (after a new picture, "no wait, a heron" is a new picture)
_NO_THEN_THING = re.compile(r"^(?:(?:hmm+|ugh|oh|wait|actually|ok(?:ay)?)[,.!\s]+)*(?:(?:no+|nah|nope)\s*[,.!;:-]|(?:no\s+wait|"
                            r"wait\s+no|nah|nope)[,.!\s])\s*"
                            r"(?:(?:wait|actually|sorry|hmm+)[,.!\s]+)*(?P<thing>(?:an?\s+|some\s+)?[a-z][\w'-]*(?:\s+[\w'-]+){0,4}?)"
                            r"(?:\s+(?:please|pls|instead))?[.!]*$", re.I)


def _a_thing_said(thing: str) -> bool:
    """"a bear", "spring with cherry blossoms": a noun phrase (not "that's fine", "sorry", "make it blue", "another one")."""
    first = thing.split()[0].lower()
    noun_first = first in lexicon.TIME_TERMS + lexicon.WEATHER_TERMS or (
        singular(first) in ENGLISH_NOUNS and first not in lexicon.STOPWORDS and not re.search(r"'|ly$", first))
    return (bool(re.match(r"(?:an?|some)\s", thing, re.I)) or noun_first) and has_content(thing) and not is_social(thing) \
        and not _TAKES_OR_SIZE.search(thing) and not re.search(r"\b(?:not|sorry|make|add|remove|do|try|go|it|that|this)\b",
                                                             thing, re.I)


_TAKES_OR_SIZE = re.compile(r"\b(?:more|versions?|variations?|variants?|options?|takes?|tries|ones?|new|different|another|"
                            r"bigger|larger|smaller|higher|sharper|hd|4k|res|resolution)\b", re.I)


_MEANT_A_COUNT = re.compile(r"^(?:(?:oops|sorry|no|wait|nope|ah|argh|ugh)[,!.\s]+)*i\s+(?:meant|said|wanted|asked\s+for)\s+"
                            r"(?P<n>\d{1,2}|two|three|four|five|six|seven|eight)(?:\s+(?:of\s+them|pictures|images|pics|"
                            r"versions|options|not\s+(?:\d|two|three|one)\w*))?[\s.!]*$", re.I)


def _said_outright(text: str, ctx: RouteContext) -> Optional[Route]:
    """Turns whose words say the action outright: a story's next page, another side of the thing on screen, "2 more
    but with a hat", "no thanks", "that's not what I meant (I wanted …)"; None for anything else."""
    if MOTION_ASK.search(split_side_talk(text)[0] or text):  # "make it a gif": no picture of what Easel can't make
        # (a question on the side, "a koala poster. can you make gifs too?", is answered after the picture)
        return Route(Action.CHAT, "motion asked for (a video, gif or animation), which Easel can't make")
    if ABILITY_ASKED.search(text):  # "can you make pictures of anything?": what Easel can make, asked in general
        return Route(Action.CHAT, "a question about what Easel can make, naming nothing to draw")
    meant = _MEANT_A_COUNT.match(text.strip()) if ctx.has_current and not ctx.has_upload else None
    if meant:  # "oops i meant 4" after two pictures: that many of the same request
        number = meant.group("n").lower()
        count = int(number) if number.isdigit() else lexicon.NUMBER_WORDS.get(number, 1)
        if 1 < count <= lexicon.MAX_IMAGES:
            return Route(Action.VARIATIONS, "a count corrected ('oops i meant 4')", count=count)
    page = _PAGE_N.match(text.strip()) if not ctx.has_upload else None
    if page and has_content(page.group("x")):  # "page 2: the mouse opens a door": the next picture of the story
        thing = re.sub(r"^(?:the\s+)?same\s+(?=[\w'-]+\s*,)", "the ", page.group("x").strip())
        thing = re.sub(r",\s*now\s+", ", ", thing)
        return Route(Action.GENERATE, "a page of a story, in the story's style",
                     text=f"{thing} in the same style" if ctx.has_current else thing)
    more = _more_of_the_one_on_screen(text, ctx) if ctx.has_current and not ctx.has_upload else None
    if more is not None:
        return more
    if START_FRESH.match(text.strip()):  # "let's start over": nothing named to draw yet (the answer asks what)
        return Route(Action.CHAT, "a fresh start asked for, nothing named yet")
    if (ctx.has_current or ctx.has_upload) and flip_axis(strip_filler(text)):
        return Route(Action.EDIT, "flip: the same pixels, mirrored or upside down")
    return _the_one_on_screen_changed(text, ctx) if not ctx.has_upload else None


def _more_of_the_one_on_screen(text: str, ctx: RouteContext) -> Optional[Route]:
    """"now do the inside" (another side of it), "2 more with different backgrounds" (takes), "2 more but with a top
    hat" (takes with a change); None for anything else."""
    text = strip_lead_talk(text)  # "That's lovely. Could you do 3 more with different animals?"
    if VIEW_OF_IT.match(strip_filler(text).strip()):
        return Route(Action.GENERATE, "another side of the thing on screen ('now do the inside')")
    more = _MORE_WITH.match(strip_filler(text).strip())
    if more and (_ANY_LOOK.match(more.group("change").lower()) or re.search(
            r"\b(?:same|different|other|new)\s+(?:seed|seeds|prompt|style|look|settings)\b|^(?:in\s+)?(?:that|this|the)\s+"
            r"same\s+(?:(?:wide|tall|square)\s+)?(?:format|size|shape|style|look|ratio)\b", more.group("change"), re.I)):  # ("2 more
        # in that same wide format": takes of it as it is)
        return Route(Action.VARIATIONS, "more takes ('2 more with different backgrounds': new seeds vary them)",
                     count=variation_count(more.group("lead").lower()))
    if more:  # "2 more but with a top hat": the change, drawn that many times
        return Route(Action.EDIT, "more takes of the picture with a change", count=variation_count(
            more.group("lead").lower()), text=more.group("change"))
    return None


_MORE_WITH_THE = re.compile(r"\b(?:a\s+couple(?:\s+of)?|a\s+few|some|few|two|three|four|five|\d)\s+more\s+(?:of\s+(?:these|those|them)\s+)?"
                            r"with\s+the\s+(?P<x>[\w'-]+)(?:\s+(?:on|in|still|too|please|pls))*[\s.!?]*$", re.I)
_THE_SAME_THING = re.compile(r"^(?:(?:now|ok(?:ay)?|and|so|then)[,\s]+)*(?:(?:show|draw|make|do|paint|give\s+me|can\s+(?:you|i)\s+"
                             r"(?:see|have|get|do|show\s+me))\s+(?:me\s+)?)?the\s+same\s+(?P<noun>[\w'-]+)\s+(?P<change>(?:with|in|at|"
                             r"during|without|under|on)\s+\S.*?)[\s.!?]*$", re.I)
_COMPARATIVE_THEN_MORE = re.compile(r"^(?:bigger|smaller|larger|taller|shorter|brighter|darker)\s+(?P<noun>[\w'-]+)\s*,?\s+"
                                    r"(?:and|also|plus)\s+\S", re.I)
_MEANT_LIKE = re.compile(r"^(?:(?:no+|nah|nope|wait|sorry|oops|actually|hmm+|no\s+wait|wait\s+no)[,.!\s]+)*i\s+meant\s+(?:more\s+|something\s+"
                         r"more\s+)?(?P<like>like\s+)?(?P<thing>(?:an?\s+|the\s+)?[\w'-]+(?:\s+[\w'-]+){0,3}?)(?:\s*,?\s*not\s+(?:an?\s+|the\s+)?"
                         r"(?P<old>[\w'-]+(?:\s+(?!one\b)[\w'-]+){0,2})(?:\s+one)?)?(?:[\s.!]+(?:sorry|oops|my\s+bad)\b[^?]*)?[\s.!]*$",
                         re.I)  # ("I meant a Masai giraffe, not a reticulated one. sorry!")
_PART_COLOUR = re.compile(r"^(?:(?:and|also|oh|maybe|perhaps|what\s+about|how\s+about|now)[,\s]+)*(?:(?P<det>the|his|her|its|their)\s+)?"
                          r"(?P<thing>[a-z][\w'-]*(?:\s+[a-z][\w'-]*)?)\s+(?P<colour>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)"
                          r"(?P<rest>\s+instead(?:\s+of\s+(?:the\s+)?[a-z][\w-]*)?)?(?:\s+(?:too|please|pls))?\s*\??$", re.I)
_THING_TOO = re.compile(r"^(?:(?:great|nice|cool|perfect|lovely|awesome|ok(?:ay)?|yes|love\s+it|oh)[,!.\s]+)*(?:and|also|plus)\s+"
                        r"(?P<thing>(?:an?|some)\s+[a-z][\w'-]*(?:\s+[\w'-]+){0,3}?)\s+(?:too|as\s+well|also)[\s.!]*$", re.I)


def _meant_instead(meant: re.Match) -> str:
    """"I meant a Masai giraffe, not a reticulated one" -> "a Masai giraffe instead of reticulated"; "I meant at dusk,
    not in the rain" -> "at dusk, without the rain": a place or time taken back goes."""
    old = meant.group("old")
    if not old:
        return meant.group("thing")
    place = re.match(r"^(?:in|at|on|under|during)\s+(?:the\s+)?(?P<x>.+)$", old, re.I)
    return f"{meant.group('thing')}, without the {place.group('x')}" if place else f"{meant.group('thing')} instead of {old}"


def _part_colour_asked(text: str, scene_words: set[str]) -> Optional[str]:
    """"and the bicycle red instead of blue?" -> "make the bicycle red instead of blue"; "armor red" (the armour on
    screen) -> "make the armor red"; None otherwise."""
    said = _PART_COLOUR.match(text.strip())
    if not said or not is_colour(said.group("colour")) or is_colour(said.group("thing")):
        return None
    if not said.group("det") and said.group("thing").split()[-1].lower().rstrip("s") not in {w.rstrip("s") for w in scene_words}:
        return None  # ("sunset orange": no part of the picture named)
    return f"make {said.group('det') or 'the'} {said.group('thing')} {said.group('colour')}{said.group('rest') or ''}".lower()


def _a_thing_too(text: str) -> Optional[str]:
    """"great, and a starry sky too" -> "add a starry sky"; None otherwise."""
    said = _THING_TOO.match(text.strip())
    return f"add {said.group('thing')}" if said and has_content(said.group("thing")) else None


def _on_screen(noun: str, ctx: RouteContext) -> bool:
    """The noun (or its singular) is a word of the picture on screen."""
    return re.sub(r"(?:es|s)$", "", noun.lower()) in ctx.scene_words | {w.rstrip("s") for w in ctx.scene_words}


def _change_in_passing(text: str, ctx: RouteContext) -> Optional[Route]:
    """A change of the picture on screen said in passing: "a couple more with the hat", "now the same forest in winter",
    "bigger boat, and add a seagull", "and the bike red?", "now a husky" after a swap, "I meant a comic book"."""
    more = _MORE_WITH_THE.search(text) if ctx.has_current else None
    if more and _on_screen(more.group("x"), ctx):
        return Route(Action.VARIATIONS, "more takes, with what the picture has ('a couple more with the hat')",
                     count=variation_count(text))
    same = _THE_SAME_THING.match(text.strip()) if ctx.has_current else None
    if same and _on_screen(same.group("noun"), ctx):
        return Route(Action.EDIT, "the same thing as on screen, with a change ('now the same forest in winter')",
                     text=f"make it {same.group('change')}")
    more_of = _COMPARATIVE_THEN_MORE.match(text.strip()) if ctx.has_current else None
    if more_of and _on_screen(more_of.group("noun"), ctx):
        return Route(Action.EDIT, "a part made bigger or smaller, and more ('bigger boat, and add a seagull')")
    asked = _part_colour_asked(text, ctx.scene_words) or _a_thing_too(text) if ctx.has_current else None
    if asked:  # "and the bicycle red instead of blue?", "great, and a starry sky too": a change, said in a fragment
        return Route(Action.EDIT, "a change said as a fragment ('and the bike red?', 'and a starry sky too')", text=asked)
    next_swap = NOW_A_THING.match(text.strip()) if ctx.swapped else None
    if next_swap and _a_thing_said(next_swap.group("thing")) and not _on_screen(next_swap.group("thing").split()[-1], ctx):
        # "make it a corgi instead", then "and now a husky" (not "now a green metal roof": the roof on screen, changed)
        return Route(Action.EDIT, "the next thing in place of the one swapped in ('now a husky')",
                     text=f"{next_swap.group('thing')} instead")
    meant = _MEANT_LIKE.match(text.strip()) if ctx.edited or ctx.has_current else None
    if meant:  # "no wait, I meant more like a comic book, not a poster": that look in place of the one given
        old = f" instead of {meant.group('old')}" if meant.group("old") else ""
        return Route(Action.EDIT, "a correction: I meant more like this ('… a comic book, not a poster')",
                     text=f"make it like {meant.group('thing')}{old}" if meant.group("like") else _meant_instead(meant))
    return None


def _the_one_on_screen_changed(text: str, ctx: RouteContext) -> Optional[Route]:
    """With no upload: "can i get a red one", "no" (declined), "maybe a dog instead?", "that's not what I meant, I
    wanted …"; None for anything else."""
    version = one_version(strip_filler(text)) if ctx.has_current else None
    if version is not None:  # "can i get a red one": the picture on screen in that look, not a picture of "a red one"
        return Route(version.action, "a <look> one/version of the picture on screen", text=version.change or None)
    if DECLINE.fullmatch(text.strip()):
        return Route(Action.CHAT, "declined ('no', 'not really'): nothing to do")
    swap = _THING_INSTEAD.match(strip_filler(text).strip()) if ctx.has_current else None
    if swap and has_content(swap.group("thing")) and not is_social(swap.group("thing")) and not _TAKES_OR_SIZE.search(
            swap.group("thing")):  # ("a few more instead", "a bigger version instead": takes and sizes, said so)
        return Route(Action.EDIT, "a thing said instead of what is there ('maybe a dog instead?')",
                     text=f"{swap.group('thing')} instead")
    passing = _change_in_passing(text, ctx)
    if passing is not None:
        return passing
    taken_back = _NO_THEN_THING.match(text.strip()) if ctx.edited else None
    if taken_back and _a_thing_said(taken_back.group("thing")):  # "no wait, a bear": the bear in place of what is there
        return Route(Action.EDIT, "a correction: no, this instead ('no wait, a bear')",
                     text=f"{taken_back.group('thing')} instead")
    wanted = missed(text) if ctx.has_current else None
    if wanted == "":
        return Route(Action.CHAT, "the picture missed, nothing said of what was wanted: ask")
    if wanted:  # "that's not what I meant, I wanted a chess knight": what was wanted is the request
        decision = route(wanted, ctx)
        decision.text = decision.text or wanted
        decision.reason += " (after saying the picture missed)"
        return decision
    return None


# "hey, question first - …?", "before we start, a question: …?": the request waits for the answer
_QUESTION_FIRST = re.compile(r"^(?:(?:hey|hi|hello|ok(?:ay)?|so|um+)[,!.\s]+)*(?:(?:a\s+|one\s+|quick\s+|small\s+)*question\s+"
                             r"(?:first|before\s+(?:i|we)\s+(?:start|begin))|"
                             r"first,?\s+(?:a|one)\s+(?:quick\s+)?question|before\s+(?:that|anything|we\s+start|i\s+ask)[,\s]+"
                             r"(?:a|one)\s+(?:quick\s+)?question)\b", re.I)


def route(text: str, ctx: RouteContext) -> Route:
    """The action for one message: certain facts and lexical rules first; for what they only guess, a context
    sentence is split off, and the sentence embedding of the message picks among the intents the context allows."""
    last_sentence = [p for p in _SENTENCE_END.split(text.strip()) if p and p.strip()][-1:] or [""]
    if not ctx.has_upload and _thanks_and_a_remark(text) and not (ctx.has_current and UPSCALE.search(last_sentence[0])):
        return Route(Action.CHAT, "thanks, then a remark ('thanks, the kids will love it')")  # (not "… I'll print it.
        # bigger please", an ask after the remark; "i made this" with a photo is about the photo)
    brief = brief_request(text) if not ctx.has_upload else None
    if brief:  # "Scene: …\nAvoid: …\nFormat: …": a new picture, its labelled lines said as one request
        return Route(Action.GENERATE, "a pasted brief of labelled lines", count=extract_count(brief)[1], text=brief)
    quoted = quoted_request(text) if not ctx.has_upload else None
    if quoted:  # "Here's the description: 'A fox logo, geometric shapes.' Can you make that?": the quote, asked for
        return Route(Action.GENERATE, "a quoted description, asked for", text=quoted)
    said = final_say(text)
    if said == "":  # "give it wings. actually scratch that": nothing left to do
        return Route(Action.CHAT, "a change of mind that takes it all back ('… never mind')")
    if said:  # "a beach at sunset, wait no, sunrise": the last say wins
        decision = route(said, ctx)
        decision.text = decision.text or said
        decision.reason += " (the last say of a changed mind)"
        return decision
    if not ctx.has_upload and is_social(text):  # "top, dank je wel!": thanks in another language, before its grammar
        return Route(Action.CHAT, "greeting/thanks")
    if _QUESTION_FIRST.match(text) and "?" in text:  # "question first - can i sell these? … want something for my card":
        return Route(Action.CHAT, "a question said to come first")  # the answer first, the picture after
    if HOW_TO_ASK.search(text) and ("?" in last_sentence[0] or HOW_TO_ASK.search(last_sentence[0]) and (
            "?" in text or re.search(r"\bor\s+(?:something|what|not)\W*$", text, re.I))):
        return Route(Action.CHAT, "a question about how to ask ('do I just say \"in watercolor\"?')")
    if USE_ASKED.search(text) and not ctx.has_upload and ("?" in last_sentence[0] or "?" in text and not re.match(
            r"(?:(?:ok(?:ay)?|so|and|anyway)[,\s]+)*(?:please\s+)?(?:make|add|draw|paint|change|remove|put|give|show|do|can|could)\b",
            last_sentence[0].strip(), re.I)):
        return Route(Action.CHAT, "a question about using the picture ('can I use this in a slide?')")
    explained = explained_change(text) if ctx.has_current and not ctx.has_upload else None
    if explained:  # "… there should be smoke from the chimney and a canoe by the lake, can you add those": those things
        return Route(Action.EDIT, "changes explained, then asked for ('… can you add those')", text=explained)
    certain = _foreign(text, ctx) or _description_asked_for(text, ctx) or _said_outright(text, ctx)
    if certain is not None:
        return certain
    return _upscale_in_parts(text, ctx) or _praise_but(text, ctx) or _route_read(text, ctx)


# "i like them but swap the elephants for bunnies", "love it but can it be wider": the praise, then the change
_PRAISE_BUT = re.compile(r"^(?:(?:aw+|oh|ok(?:ay)?|yes|yeah)[,\s]+)*(?:i\s+(?:really\s+|do\s+)?(?:like|love|dig)\s+(?:it|them|this|these|"
                         r"that|those)(?:\s+(?:a\s+lot|so\s+much))?|(?:it'?s|its|they'?re|these\s+are|this\s+is|those\s+are|"
                         r"they\s+are|it\s+is)\s+(?:really\s+|so\s+)?"
                         r"(?:nice|great|good|cute|lovely|cool|pretty|beautiful|close|nearly\s+there|almost\s+there|not\s+bad|fine|"
                         r"ok(?:ay)?))\s*,?\s+but\s+(?P<rest>\S.*)$", re.I)  # ("it's close but make it in colour")


def _praise_but(text: str, ctx: RouteContext) -> Optional[Route]:
    said = _PRAISE_BUT.match(text.strip())
    if not said or not ctx.has_current:
        return None
    rest = said.group("rest")
    critique = re.match(r"^(?:(?:a\s+(?:bit|little|tad)|kinda|kind\s+of|too|way\s+too|a\s+touch)\s+[\w'-]+)\s*[,.;:-]+\s*(?P<ask>\S.*)$",
                        rest, re.I)  # "… but a bit childish, make it more clean and modern": the change asked
    rest = critique.group("ask") if critique else rest
    decision = route(rest, ctx)
    if decision.action in (Action.CHAT, Action.GENERATE):
        return None
    decision.text = decision.text or rest
    decision.reason += " (after praise)"
    return decision


# a part of a message that says nothing of the picture: a yes to an offer, a shrug, what the user will do with it
_PASSING_PART = re.compile(r"^(?:(?:ok(?:ay)?|sure|yes|yeah|yep|great|cool|perfect|alright|hmm+|please|pls)[\s,]*)*(?:do\s+(?:that|it)|"
                           r"go\s+(?:for\s+it|ahead)|no\s+worries|no\s+problem|fair\s+enough|(?:i'?ll|i\s+will|i'?m\s+gonna|"
                           r"gonna)\s+(?:print|frame|hang|use|post)\b.*|(?:i\s+)?(?:want|need|wanna|would\s+like|'d\s+like)\s+"
                           r"(?:to\s+)?(?:print|frame|hang)\b.*|(?:i\s+)?need\s+it\s+(?:for|to)\s+(?:print|printing|a\s+print|frame|"
                           r"framing|a\s+poster|the\s+wall)\b.*|(?:it'?s|its|it\s+is)\s+(?:for|going\s+on|going\s+to)\s+(?:a|the|my|our)\s+"
                           r"(?:print|printers?|framers?|print\s+shop|poster|wall|frame|canvas)\b.*)?[\s.!]*$", re.I)


_SIZE_CUE = re.compile(r"\b(?:bigger|larger|big|[2-8]\s*x|x\s*[2-8]|[248]k|hd|print)\b", re.I)


def _upscale_in_parts(text: str, ctx: RouteContext) -> Optional[Route]:
    """"bigger please. 2x", "ok do that, 4x", "ok no worries, just make it as big as you can then, I'll print it
    myself": every part that asks anything asks to upscale (the others say yes, or what the user will do)."""
    parts = [p.strip() for p in re.split(r"[.,;!?]+", text) if p.strip()]
    if not ctx.has_current or len(parts) < 2:
        return None
    asks = [p for p in parts if not _PASSING_PART.match(p) and not is_social(p)]
    asks = [re.sub(r"^(?:just|now|and|so)\s+|\s+(?:then|now|please|pls)$", "", p, flags=re.I) for p in asks]
    if not asks or not all(UPSCALE.search(p.lower()) or _SIZE_CUE.search(p) for p in asks):
        return None  # (a cheap look first: most messages of two parts ask no upscale, and need no routing of each part)
    decisions = [route(p, ctx) for p in asks]
    if not all(d.action is Action.UPSCALE for d in decisions):
        return None
    target = next((d.target for d in decisions if d.target), None)  # "make the third one bigger, 2x": that one
    return Route(Action.UPSCALE, "each part asks to upscale ('bigger please. 2x')", text=" ".join(asks), target=target)


def _route_read(text: str, ctx: RouteContext) -> Route:
    """The rules' action for a message read with its typos mended, then checked against what was said before it, the
    embedding's reading, a request that named only its format, and the picture on screen."""
    fixed = _as_read(text)
    decision = _route_rules(_article_put_back(fixed, ctx), ctx)
    if not ctx.has_upload and (not decision.confident or decision.action is Action.CHAT) \
            and decision.reason != "talk about instructions":
        decision = _after_context_sentence(text, fixed, ctx) or decision
    elif not ctx.has_upload and not ctx.has_current and decision.action is Action.GENERATE and decision.text is None and \
            _WHO_IS_MEANT.search(fixed) and _SENTENCE_END.search(fixed.strip()):
        later = _after_context_sentence(text, fixed, ctx)  # "my gecko Biscuit is … pls draw him as a knight": him, the
        if later is not None and later.action is Action.GENERATE and later.text and not _WHO_IS_MEANT.search(later.text):
            decision = later  # gecko named before the ask
    elif not ctx.has_upload and decision.action is Action.EDIT and decision.text is None:
        later = _after_context_sentence(text, fixed, ctx)  # "the flyer is portrait format, can you make it tall?": the
        before = fixed.lower()[: fixed.lower().rfind((later.text or "").lower())] if later is not None else ""
        named = re.split(r"\s(?:is|are|was|were|looks?|seems?|feels?)\s", before, maxsplit=1)[0]  # what it is about
        if later is not None and later.action is Action.EDIT and later.reason.endswith(_AFTER_CONTEXT) and not (
                set(re.findall(r"[\w'-]+", named)) & ctx.scene_words):  # ask alone ("the door looks odd, can it be
            decision = later  # arched": the door, named before the ask, is what changes)
    if not ctx.has_upload and decision.action in (Action.CHAT, Action.GENERATE):
        wanted = _wanted_before_ask(text)
        if wanted is not None:
            return Route(Action.GENERATE, "a wish, then 'can you do that?'", text=wanted)
    if not decision.confident and not ctx.has_upload:
        decision = _embedding_route(fixed, ctx, decision) or decision
    decision = _picture_wished(fixed, decision) if not ctx.has_upload else decision
    if ctx.vague_request and not ctx.has_upload and decision.action in (Action.CHAT, Action.GENERATE) and \
            decision.reason != "drawing verb":
        clarified = clarified_request(ctx.vague_request, fixed)
        if clarified:  # "I need a logo" -> "it's for my bakery, with a croissant": one request, drawn anew
            return Route(Action.GENERATE, f"the details of a request that named only its format (rules said "
                                          f"{decision.reason})", count=decision.count, text=clarified)
    if decision.action is Action.GENERATE and decision.reason.startswith(("noun phrase", "embedding")) and \
            ctx.has_current and not ctx.has_upload and _about_the_picture(fixed, ctx):
        decision = Route(Action.EDIT, f"a sentence about the picture on screen (rules said {decision.reason})",
                         text=_as_change(fixed))
    decision = _what_it_acts_on(text, _kept_on_screen(fixed, decision, ctx), ctx)
    if decision.reason.startswith(_HOW_IT_WOULD_LOOK) and _WHAT_IT_WOULD_LOOK.search(decision.text or text):
        return Route(Action.CHAT, "how 'it' would look, with nothing named to draw")  # the pronoun stayed unfilled
    return decision


def _kept_on_screen(text: str, decision: Route, ctx: RouteContext) -> Route:
    """A "new picture" that is the one on screen, added to ("can you also show a dragon over the castle?") or wished
    in a look ("the family would like it as a wide image for the slideshow")."""
    if decision.reason == "drawing verb":
        decision = _also_in_it(text, ctx) or decision
    wished = _WISHED_AS.search(text) if ctx.has_current and not ctx.has_upload else None
    if wished and decision.action is Action.GENERATE:
        return Route(Action.EDIT, "the picture on screen wished in a look or a shape", text=f"make it {wished.group('look')}")
    return decision


_ALSO = re.compile(r"\b(?:also|too|as\s+well)\b", re.I)


def _also_in_it(text: str, ctx: RouteContext) -> Optional[Route]:
    """"can you also show a dragon over the castle?", "show the roots under the soil too": a thing shown *as well*, in
    the picture on screen (a thing of it named, or shown rather than drawn anew), is added to it."""
    low = strip_filler(text.lower()).strip()
    asked = draw_request(low)
    if not (ctx.has_current and not ctx.has_upload and asked and _ALSO.search(low)):
        return None
    shown = re.search(r"\b(?:show|include|put|fit|squeeze)\b", low[: len(low) - len(asked)])
    if not (shown or _names_scene_word(asked, ctx, after=r"\b(?:the|its|his|her|their)\s+")):
        return None
    thing = _ALSO.sub("", asked).strip(" ,.!?")
    return Route(Action.EDIT, "a thing shown as well, in the picture on screen", text=f"add {thing}")


_HOW_IT_WOULD_LOOK = "how the thing talked about would look, changed"
_WHAT_IT_WOULD_LOOK = re.compile(r"\bwhat\s+(?:(?:it|they)\s+(?:would|could|might|will)|(?:would|could|might|will)\s+(?:it|they))\s+"
                                 r"look\s+like\b", re.I)


def _article_put_back(text: str, ctx: RouteContext) -> str:
    """"make bg pink", "make dog bigger" -> "make the …" when the background (a part of any picture) or the noun (a
    thing in the one on screen) is what changes."""
    if not ctx.has_current or ctx.has_upload:
        return text
    return article_put_back(text, lambda noun, rest: noun.lower() in _PICTURE_PARTS | {"bg"} or
                            noun.lower() in ctx.scene_words or noun.lower().rstrip("s") in ctx.scene_words)


_SAME_KEPT = re.compile(r",\s*(?:and\s+|but\s+)?(?:keep\s+)?(?:the\s+)?same\s+(?:colou?rs?|palette|background|pose|lighting|"
                        r"everything)(?:\s+(?:as\s+before|please|pls))?[\s.!]*$", re.I)  # ("…, same style" says which picture
# the new one follows, and stays)


def _as_read(text: str) -> str:
    """The message as the rules read it: typos fixed, "labels/text" as a list, a learner's "you can make …" as the
    ask, a numbered list as one sentence of changes."""
    fixed = made_so(slash_as_and(fix_prompt_typos(correct_typos(text))[0]))  # "make the dragon gren": the colour steers
    # the action too; "make it so the puppy has a stick": give the puppy a stick
    fixed = _ask_first(fixed)  # "do you think you could make the roses pop": could you make the roses pop
    fixed = MAKE_SURE_NONE.sub("", fixed)  # "could you make sure there are no needles": none
    fixed = _SAME_KEPT.sub("", fixed) or fixed  # "a sea turtle not an octopus, same colours": what stays is no ask
    if not fixed.rstrip().endswith("?"):  # "please you can make picture of …": make a picture ("you can make videos?"
        fixed = YOU_CAN_ASK.sub("", fixed.strip(), count=1) or fixed  # asks what Easel can do)
    fixed = re.sub(r"^((?:(?:can|could)\s+(?:you|u)\s+)?(?:please\s+)?(?:make|do|turn|create)\b.*?)\s+(?:out\s+of|from)\s+"
                   r"(this|it|that)(?=[\s.!?]*$)", r"\1 of \2", fixed, flags=re.I)  # "make a painting out of this": of this
    if re.match(r"^\s*1[.)]\s", fixed) and re.search(r"\s2[.)]\s", fixed):  # "1) make the cup red 2) add steam"
        fixed = re.sub(r"^\s*\d{1,2}[.)]\s+|(?<=\S)\s+\d{1,2}[.)]\s+", lambda m: "" if m.start() == 0 else ", ", fixed)
    return fixed


_AFTER_CONTEXT = " (request after a context sentence)"


def _a_new_thing_named(before: str, ctx: RouteContext) -> bool:
    """"now a tavern interior, crowded, candlelight," with goblins on screen: a noun phrase of things not in the picture."""
    phrase = re.sub(r"^(?:(?:now|ok(?:ay)?|and|next|then)[,:\s]+)*", "", before.strip(" ,.;:"), flags=re.I)
    praise = re.match(r"^(?P<p>[^.!?]{1,25})[.!?]+\s+(?=\S)", phrase)  # "great. a mystery novel cover: …": the praise apart
    phrase = phrase[praise.end():] if praise and is_social(praise.group("p")) else phrase
    phrase = re.sub(r",?\s*(?:in\s+)?(?:the\s+)?same\s+(?:[\w'-]+\s+){0,2}(?:style|look|vibe|aesthetic|palette)\b", "", phrase,
                    flags=re.I)  # "a dark cave …, same pixel art style": the look kept for the new thing
    if not re.match(r"(?:an?|some|two|three|four|\d+)\s+[a-z]", phrase, re.I) or re.search(r"\b(?:it|this|that|him|her|them|"
                                                                                     r"same|version)\b", phrase, re.I):
        return False
    words = {w for w in re.findall(r"[a-z][\w'-]+", phrase.lower()) if w not in lexicon.STOPWORDS}
    new = [w for w in words if not _in_scene(w, ctx)]
    return has_content(phrase) and len(new) >= max(1, len(words) - 1) and (len(new) >= 2 or not words - set(new))


# "draw him", "paint one perched on a branch": someone or something the ask does not name
_WHO_IS_MEANT = re.compile(r"\b(?:draw|paint|sketch|illustrate|make|do)\s+(?:him|her|them|one)\b", re.I)


_ASKED_IN_A_QUESTION = re.compile(r"(?:^|[.!?]\s*)(?:how\s+(?:many|much|long|big|fast|often)|what|why|when|which)\b[^.!?]*$",
                                  re.I)
_QUESTION_ABOUT_EASEL = re.compile(r"\b(?:what|which|how)\b[^?]*\b(?:can|could|do)\s+(?:you|u)\b[^?]*\?", re.I)
_WISH_WITHOUT_A_THING = re.compile(r"^(?:(?:i|we)\s+(?:want|need|would\s+like|'d\s+like)\s+)?(?:something|anything|(?:an?\s+|some\s+)?"
                                   r"(?:[\w'-]+\s+)?(?:images?|pictures?|pics?|photos?|visuals?|graphics?))\s+for\b"
                                   r"(?!.*\b(?:of|with|showing|like)\b)", re.I)  # ("I need product images for our shop")


# "earring design:", "bookmark design -", "enamel pin:": what the picture is made as, said before what it shows
_KIND_OF_DESIGN = re.compile(r"(?:(?:an?|my|our|the|new)\s+)?(?:[\w'-]+\s+){0,2}?(?:design|logo|tattoo|sticker|pattern|print|badge|"
                             r"emblem|icon|mascot|label|bookmark|pin|patch|decal|stencil|ornament)s?\s*[:–—-]", re.I)


# "let's do watercolour.", "ok, pixel art this time!": the look said as a sentence of its own, before the picture
_LOOK_FIRST = re.compile(r"(?:(?:ok(?:ay)?|so|right|alright|hmm+)[,\s]+)*(?:let'?s\s+(?:do|go\s+with|try|go)|(?:i\s+want|we\s+want)|"
                         r"(?:do\s+it|make\s+it|this\s+time)\s+(?:in|as))\s+(?P<look>[a-z][\w' -]{2,30}?)(?:\s+this\s+time)?[\s.!]*",
                         re.I)


def _look_and_picture_apart(before: str, request: str, decision: Route, ctx: RouteContext) -> Optional[Route]:
    """A look said in one sentence, the picture in another, either way round: "let's do watercolour. a shy hedgehog …",
    "hey easel draw me a lighthouse on a rocky coast. make it stormy"; None otherwise."""
    said_first = _LOOK_FIRST.fullmatch(before.strip())
    if said_first and decision.action is Action.GENERATE and classify_phrase(said_first.group("look")) in (
            "style", "colour", "lighting", "time", "weather"):
        return Route(Action.GENERATE, "a look, then the picture ('let's do watercolour. a hedgehog …')", count=decision.count,
                     text=f"{request.strip().rstrip(' .!')}, {said_first.group('look')}")
    look = re.match(r"^(?:(?:and|but|oh|also|please)\s+)*make\s+it\s+(?P<look>\S.*)$", request.strip(), re.I)
    asked = re.search(r"\b(?:draw|paint|sketch|create|generate|make|render)\b", before, re.I) if look else None
    if asked and not ctx.has_current and draw_request_with_content(before[asked.start():].lower()):
        return Route(Action.GENERATE, "a drawing asked, then its look ('… make it stormy')",
                     text=f"{before[asked.start():].rstrip(' .!;')}, {look.group('look').rstrip(' .!')}")
    return None


def _after_context_sentence(text: str, fixed: str, ctx: RouteContext) -> Optional[Route]:
    """The request after a sentence of context ("my niece loves owls. can you draw one in a top hat"), with a count
    said in the context ("three sticker options for my shop: a sloth …"); None when there is none."""
    found = _request_sentence(fixed, ctx)
    if found is None:
        return None
    request, decision = found
    before = fixed[: fixed.rfind(request)].strip() if request in fixed else ""
    if _ASKED_IN_A_QUESTION.search(before):
        return None  # "perfect!! how many can you make at once?": the ask is part of a question about Easel
    if _QUESTION_ABOUT_EASEL.search(before) and _WISH_WITHOUT_A_THING.search(request.strip()):
        return Route(Action.CHAT, "a question about Easel, then a wish that names nothing yet")  # ("what sizes can you
        # do? I want something for a banner": the sizes, answered first)
    looked = _look_and_picture_apart(before, request, decision, ctx)
    if looked:
        return looked
    if decision.reason.startswith("aspect modifier") and _a_new_thing_named(before, ctx):
        return Route(Action.GENERATE, "a new thing, and its shape ('now a tavern interior, crowded, wide')")
    if decision.action is Action.GENERATE and _KIND_OF_DESIGN.fullmatch(before) and not _KIND_FIRST.match(before):
        # "earring design: two hummingbirds" (a sticker, a tattoo: "a sticker of …", below)
        return Route(Action.GENERATE, "a design's kind, then what it shows", count=decision.count, text=fixed.strip())
    sentences = [sentence for sentence in re.split(r"(?<=[.!?])\s+", before) if sentence.strip()] \
        if before and decision.action is Action.EDIT else []
    earlier = [_route_rules(sentence, ctx) for sentence in sentences]
    first = next((d for d, sentence in zip(earlier, sentences) if d.action is Action.EDIT and (
        d.confident or _NONE_WANTED.match(sentence.lower()))),
        None)  # ("no text on it please, I'll add it myself. and make it tall": both)
    if first is not None:  # "could we try the sofa in green? also a plant": both
        return Route(Action.EDIT, f"changes in two sentences ({first.reason}; {decision.reason})")
    request = _request_in(_ask_first(text), request)
    decision.reason += _AFTER_CONTEXT
    decision.text = _after_context(text, fixed, request, decision.action, ctx)
    if decision.action is Action.EDIT and decision.text:  # "I find the bird bath distracting; kindly remove it"
        decision.text = it_named_before(decision.text, before)
    if decision.action is Action.GENERATE:
        _what_the_context_adds(decision, fixed, request, before)
        decision.text = _WHY_AFTER_ASK.sub("", decision.text) if decision.text else decision.text
    return decision


def _what_the_context_adds(decision: Route, fixed: str, request: str, before: str) -> None:
    """A new picture asked after a sentence of context keeps the style, negatives, occasion, title and count that
    sentence said ("three sticker options for my shop: a sloth …")."""
    context = fixed[: max(0, fixed.lower().rfind(request.lower()))]
    decision.text = _style_kept(context, _negatives_kept(context, _occasion_kept(context, _title_kept(context,
                                                                                                  decision.text))))
    said_count = extract_count(fixed)[1]
    if said_count > 1 and extract_count(decision.text or request)[1] == 1:
        decision.count = said_count
    _takes_of_the_described(decision, before)
    _the_one_described(decision, before)
    _designs_of_the_named(decision, before)
    _theme_of_a_bare_format(decision, before)


_SHAPE_TALK = frozenset("tall wide square portrait landscape vertical horizontal like please pls format version one".split())
# "… Theme is 'oh baby' with lots of pink and gold balloons. Can you make an invitation picture, tall like a card?"
_THEME_IS = re.compile(r"(?:^|[.!?]\s+)(?:the\s+|our\s+|my\s+)?theme\s+(?:is|will\s+be|'s)\s+(?P<t>[^.!?]+)", re.I)


def _theme_of_a_bare_format(decision: Route, before: str) -> None:
    """A format asked with nothing to show ("an invitation picture") after a story that says its theme: the theme."""
    theme = _THEME_IS.search(before)
    asked = strip_filler(decision.text or "")
    asked = re.sub(r"^(?:(?:can|could|would)\s+(?:you|u)\s+)?(?:please\s+)?(?:make|draw|do|create|design)\s+(?:me\s+|us\s+)?", "",
                   asked, flags=re.I)
    words = re.findall(r"[\w'-]+", asked.lower())
    format_only = all(w in lexicon.FORMAT_NOUNS or w in lexicon.STOPWORDS or w in _SHAPE_TALK for w in words)
    if theme and words and (format_only or is_format_only(asked) or not has_content(asked)):
        decision.text = f"{asked.rstrip(' ?.!')}, theme {theme.group('t').strip()}"


# "… want ideas for a christmas jumper pattern. show me 4 different designs with reindeer": designs of that jumper
_DESIGNS_WITH = re.compile(r"^(?:(?:can|could|would)\s+(?:you|u)\s+)?(?:please\s+)?(?:show|give|make|draw|do|send)\s+(?:me|us)\s+"
                           r"(?:" + NUM + r"\s+|some\s+|a\s+few\s+)?(?:different\s+|new\s+)?(?:designs|ideas|options|concepts|versions)\s+"
                           r"(?P<rest>(?:with|featuring|showing|of)\s+\S.*)$", re.I)
_IDEAS_FOR = re.compile(r"\b(?:ideas?|designs?|options?|concepts?)\s+for\s+(?:an?|my|our|the|some)\s+(?P<np>[\w'-]+(?:\s+[\w'-]+){0,3}?)"
                        r"\s*(?=[.,;!?]|$)", re.I)


def _designs_of_the_named(decision: Route, before: str) -> None:
    designs = _DESIGNS_WITH.match((decision.text or "").strip())
    named = _IDEAS_FOR.search(before)
    if designs and named:
        decision.text = f"{article(named.group('np'))} {named.group('np')} {designs.group('rest').rstrip(' .!?')}"


# "can you show me a few ideas? like 3", "give me some options": how many takes, of what was said before
_TAKES_ONLY = re.compile(r"(?:^|(?<=[.!?:])\s*)(?:(?:so|and|ok(?:ay)?)[,\s]+)?(?:(?:can|could|would)\s+(?:you|u)\s+)?(?:please\s+)?"
                         r"(?:show|give|make|draw|do|send)\s+(?:me|us)\s+(?P<n>a\s+few|some|several|a\s+couple(?:\s+of)?|"
                         + NUM + r")\s+(?:different\s+)?(?:ideas|options|versions|designs|takes|concepts|variations|sketches)"
                         r"(?:\s+(?:please|pls))?(?:\s*,?\s*(?:in\s+)?(?:landscape|portrait|square|wide|tall)(?:\s+(?:format|"
                         r"orientation))?)?[\s?.!]*(?:(?:like|maybe|say|about)\s+(?P<n2>" + NUM + r"))?[\s?.!]*$", re.I)
_THINKING_OF_GETTING = re.compile(r"^(?:(?:i'?m|i\s+am|we'?re|we\s+are|been)\s+)?(?:thinking|thought)\s+(?:about|of)\s+"
                                  r"(?:getting|doing|making|having)\s+", re.I)


_WORK_STORY = re.compile(r"^(?:(?:hi|hey|hello)\b[\s,!.]*)?(?:i'?m|i\s+am|we'?re|we\s+are)\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?:working\s+on|"
                         r"doing|making|designing|planning|decorating|redoing|styling)\s+", re.I)
_THEY_WANT = re.compile(r"\s*,?\s+and\s+(?:they|he|she|the\s+clients?|my\s+clients?)\s+(?:want|wants|would\s+like|need|needs|asked\s+for)\s+",
                        re.I)


def _asker_story_off(said: str) -> str:
    """"I'm an interior designer working on a client's living room and they want a Scandinavian look: …" -> "a
    client's living room, a Scandinavian look: …": the thing and what is wanted of it, not who asks."""
    return _THEY_WANT.sub(", ", _WORK_STORY.sub("", said.strip(), count=1), count=1)


def _the_one_described(decision: Route, before: str) -> None:
    """"my heroine lives in a crooked tower, on a hill, above a foggy town; could you draw four options for the
    tower?": "the tower" asked for is the one the context described, in its words."""
    asked = re.fullmatch(r"(?:the|that|this)\s+(?P<x>[\w'-]+)", strip_wrapper(extract_count(decision.text or "")[0])[0].strip(" .!?"),
                         re.I)
    if not asked:
        return
    described = re.search(r"\b(?:an?|some)\s+(?:[\w'-]+\s+){0,3}?" + re.escape(asked.group("x")) + r"\b[^;.!?]*",
                          before, re.I)
    if described:
        decision.text = described.group(0).strip(" ,")


def _takes_of_the_described(decision: Route, before: str) -> None:
    """"a tattoo of a koi … can you show me a few ideas? like 3": the ask is how many takes, the thing is the one
    described (in the request's own words, or the sentence before the ask)."""
    asked = _TAKES_ONLY.search(decision.text or "")
    if not asked:
        return
    rest = (decision.text or "")[: asked.start()].strip(" ,.;")
    said = rest if has_content(rest) else _asker_story_off(_THINKING_OF_GETTING.sub("", before.strip())).strip(" ,.;")
    if not has_content(said):
        return
    number = re.sub(r"\s+", " ", (asked.group("n2") or asked.group("n")).lower())
    count = int(number) if number.isdigit() else lexicon.NUMBER_WORDS.get(number, 2 if "couple" in number else 3)
    decision.text, decision.count = said, min(max(count, 1), lexicon.MAX_IMAGES)


def _what_it_acts_on(text: str, decision: Route, ctx: RouteContext) -> Route:
    """The words the action acts on: the picture asked for, the request after a sentence about an upload, the second
    thought, the words after a correction or with command typos fixed; "draw him" with nobody described is a question."""
    framed = _PICTURE_OF.search(text) if decision.reason.startswith("a picture of something") else None
    if framed and decision.text is None and decision.action is Action.GENERATE:
        decision.text = text[framed.start():]  # "cheer me up with a picture of a puppy": the picture asked for
    if ctx.has_upload and decision.action is not Action.DESCRIBE and not decision.reason.startswith("upload + 'I'd love"):
        request = _story_off(text)
        if request != text:
            decision.text = correct_typos(request, commands_only=True)
            decision.reason += " (after a sentence about the photo)"
    if decision.action is Action.GENERATE:
        decision.text = _second_thought(decision.text or text) or decision.text
        added = _with_additions(decision.text or text)
        decision.text = added if added != (decision.text or text) else decision.text
        who = who_is_not_described(decision.text or text)
        if who in ("me", "us") or (who and not ctx.has_current):  # "draw me": Easel can't see the user, picture or not
            return Route(Action.CHAT, "draw him/her with nothing said of who that is: ask")
    if decision.text is None and decision.action is Action.GENERATE and CORRECTION.match(text.strip()):
        decision.text = CORRECTION.sub("", text.strip(), count=1)  # "no wait, a dog": the dog, not "no wait"
    if decision.text is None and correct_typos(text, commands_only=True) != text:
        decision.text = correct_typos(text, commands_only=True)
    return decision
