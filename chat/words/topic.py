"""What an earlier chat turn was about ("who painted the starry night?" -> "the starry night"), and requests that
point back at it ("in that style").

    .venv/bin/python -c "from chat.words.topic import chat_topic; print(chat_topic('who painted the starry night?'))"
"""
from __future__ import annotations

import re
from typing import Optional

from chat.words import lexicon
from chat.words.detail import head_noun
from chat.words.glossary import plural
from chat.words.normalize import is_social, strip_lead_talk
from chat.words.scene import Scene, protect_quotes, restore_quotes, tidy

_TOPIC_SPLIT = re.compile(
    r"""
    \s*(?:[,;.!?]+
    |\s+(?:but|so|because)\s+
    |\s+and\s+(?=(?:she|he|they|i|we|it|my|our|his|her|their|loves?|likes?|adores?|wants?|needs?|is|are)\b))\s*
    """,
    re.I | re.X,
)
_TOPIC_WRAPPER = re.compile(
    r"""
    ^(?:(?:who|what|which|when|where|why|how)(?:'s|s)?\s+(?:[\w'-]+\s+)?(?:painted|drew|made|created|designed|wrote|invented|directed|built|sculpted|composed|is|was|are|were|does|did|do)\s+
    |(?:what(?:'s|s|\s+is|\s+are)\s+)?the\s+differences?\s+between\s+
    |(?:what|which)\s+(?:art\s+)?(?:styles?|colou?rs?|palettes?|looks?|fonts?)\s+(?:do\s+you\s+think\s+|would\s+)?(?:work|works|look|looks|go|goes|suit|suits)
     (?:\s+(?:well|best|good|nice|great))?\s+(?:for|with|on|in)\s+
    |(?:can|could|would)\s+you\s+(?:tell\s+me|explain|talk)\s+(?:about\s+)?
    |(?:can|could|do)\s+(?:you|u)\s+(?:make|do|create|generate)\s+(?:an?\s+)?(?:(?:short|quick|little|small)\s+)?(?:gifs?|videos?|animations?|clips?|movies?)\s+(?:of|with)\s+
    |(?:can|could|do)\s+(?:you|u)\s+animate\s+
    |(?:tell\s+me|talk|explain|do\s+you\s+know|have\s+you\s+heard\s+of)\s+(?:about\s+)?
    |(?:i|we)(?:'m|\s+am|'re|\s+are|m)?\s+(?:really\s+|also\s+|currently\s+|so\s+)?(?:making|doing(?:\s+a\s+(?:unit|project|topic|lesson|lessons)\s+(?:on|about))?|learning\s+about|studying|teaching|reading\s+about|covering|planning|designing|creating|preparing|working\s+on|organi[sz]ing|throwing|hosting|writing|building|thinking\s+(?:about|of)|into|obsessed\s+with|a\s+(?:big\s+|huge\s+)?fan\s+of|love|like|need|want|have|got)\s+
    |(?:she|he|they|it|my\s+[\w'-]+|our\s+[\w'-]+)(?:'s|\s+is|'re|\s+are)?\s+(?:really\s+|also\s+|totally\s+|so\s+)?(?:turning|loves?|likes?|adores?|into|learning\s+about|studying|obsessed\s+with|a\s+(?:big\s+|huge\s+)?fan\s+of|crazy\s+about)\s+
    |(?:loves?|likes?|adores?|wants?)\s+)
    """,
    re.I | re.X,
)
# the rest of the question after its thing: "what did a roman legionary actually look like?"
_TOPIC_TAIL = re.compile(r"\s+(?:actually\s+|really\s+|usually\s+|typically\s+)?(?:look(?:ed|s)?\s+like|wear|wore|"
                         r"dress(?:ed)?\s+like)\s*[?.!]*$", re.I)
_NOT_TOPIC = re.compile(r"^(?:it\s+(?:for|to|as|in|on|with)|which|what|whats|how|why|who|when|where|i|im|i'm|you|we|should|can|could|is|are|do|does|"
                        r"did|will|would|ok|okay|thanks|yes|no)\b", re.I)
# a request that points back at what was talked about: "make one with …", "in that style"
_THAT_STYLE = re.compile(r"\b(?:(?:in|with)\s+)?(?:that|this|the\s+same|his|her|their|the\s+artist'?s|that\s+artist'?s)\s+"
                         r"(?:style|look|aesthetic|manner)\b", re.I)
_HEAD_REFERENCE = re.compile(r"^(?:one|it|that|this|them|some)\b(?=\s+(?:with|of|for|that|where|showing|featuring|in|on|"
                             r"at|but|and|which|then|too|please|pls)\b|\s*$)", re.I)


_ONE_DOING = re.compile(r"^(?P<one>one|it)\s+(?=[a-z]+ing\b)", re.I)


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
        part = tidy(_TOPIC_TAIL.sub("", part))
        if not part or _NOT_TOPIC.match(part) or is_social(part):
            continue
        if any(w.lower() not in lexicon.STOPWORDS for w in re.findall(r"[A-Za-z§][\w'§-]*", part)):
            topics.append(restore_quotes(part, quotes))
    return ", ".join(topics)


# "draw him", "can you paint them?": a pronoun standing for something the chat was about
_PRONOUN_HEAD = re.compile(r"^(?:(?P<p>him|her|them|he|she|they)\b\s*[?.!]*\s*,?\s*|(?P<it>it)\s+(?=as\s+(?:an?|the)\s)|"
                           r"(?P<one>one)\s*(?:,\s*|$))", re.I)  # ("a picture of one, watercolor style" after talk of trams)
_NP = re.compile(r"\b(?P<np>(?:a|an|the|my|our|his|her|their|two|three|some)\s+(?:[\w'-]+\s+){0,2}?[\w'-]+?)"
                 r"(?=\s+(?P<after>who|whom|named|called|that|which|is|are|was|were|lives?|loves?|with|in|on|at|from|"
                 r"of|and|for)\b|\s*(?:[,.;!?]|$))", re.I)


def antecedent(text: str, pronoun: str) -> str:
    """What "him/her/them" stands for in the earlier talk: a noun phrase a relative clause or a name marks as a
    being ("a dragon who ...", "my cat called Max"), else what the talk was about ("a story about a fox"), else the
    first noun phrase; plural pronouns prefer a plural phrase. "" when the talk names nothing."""
    found = [m for m in _NP.finditer(text) if not re.match(r"^(?:the|a|an|my|our)\s+(?:name|names|idea|ideas|"
                                                           r"thing|things|one|way|kind|sort|bit)$", m.group("np"), re.I)]
    if not found:
        return ""
    plural = pronoun.lower() in ("them", "they")
    def fits(m: re.Match) -> bool:
        return plural == bool(re.search(r"(?:s|people|children|men|women|two|three)$|^(?:two|three|some)\b",
                                        m.group("np"), re.I))
    for rank in (lambda m: (m.group("after") or "").lower() in ("who", "whom", "named", "called"),
                 lambda m: bool(re.search(r"\babout\s+$", text[: m.start()])),
                 lambda m: True):
        picked = [m for m in found if rank(m) and fits(m)] or ([] if plural else [m for m in found if rank(m)])
        if picked:
            return re.sub(r"^(?:my|our|his|her|their)\s+", "a ", picked[0].group("np"), flags=re.I)
    return ""


def resolve_reference(scene: Scene, topic: str) -> bool:
    """Fill "in that style" / "make one with …" from the topic of the chat before; True when the scene changed."""
    if not topic:
        return False
    pronoun = _PRONOUN_HEAD.match(scene.subject)
    if pronoun:  # "draw him? small and green" after talk about a dragon: "a dragon, small and green"
        thing = antecedent(topic, pronoun.group("p") or pronoun.group("it") or ("it" if pronoun.group("one") else ""))
        if thing:
            rest = scene.subject[pronoun.end():].strip()
            scene.subject = tidy(f"{thing}, {rest}" if rest else thing)
            return True
    first, *others = [t.strip() for t in topic.split(",") if t.strip()]
    changed = False
    look = scene.subject.strip(" .!?").lower()
    if look in lexicon.STYLE_TERMS and not scene.style:  # "what styles suit a lighthouse print?" … "watercolour"
        scene.subject, scene.style = first, look
        return True
    if _THAT_STYLE.fullmatch(scene.style.strip()) or (not scene.style and _THAT_STYLE.search(scene.subject)):
        scene.subject = tidy(_THAT_STYLE.sub(" ", scene.subject))
        scene.style = f"in the style of {first}"
        scene.medium_hint = ""
        return True
    doing = _ONE_DOING.match(scene.subject)
    thing = re.sub(r"\s+[a-z]+ing$", "", antecedent(topic, "it")) if doing else ""
    if thing and not re.match(r"^(?:an?|the)\s+(?:gif|video|animation|clip|movie)s?$", thing, re.I):  # "ok then just a
        scene.subject = tidy(thing + scene.subject[doing.end("one"):])  # picture of one yawning" after a lion yawning
        return True
    if _HEAD_REFERENCE.match(scene.subject):
        scene.subject = tidy(_HEAD_REFERENCE.sub(first, scene.subject, count=1))
        scene.details.extend(o for o in others if o.lower() not in scene.subject.lower())
        changed = True
    return changed



# ---- a new picture of the thing on screen: "one for christmas", "him again in a hat" -----------------------------
# "one" / "a version" followed by nothing or by where it is, what it's for or what it does ("one for christmas", "one
# where he's awake"); not "one dog", "one-eyed", "one hundred"
_AFTER_ONE = r"(?P<rest>(?:,?\s+(?:for|at|in|on|with|where|from|by|under|over|near|wearing|holding|but|as|during|without|" \
             r"[a-z]+ing)\b.*)?)$"
_ONE_OF_IT = re.compile(r"^(?:(?:a|an)\s+)?(?:another\s+|one\s+more\s+)?(?:(?:matching|similar|new|second|different|"
                        r"fresh)\s+)?(?:one|version)(?![\w-])" + _AFTER_ONE, re.I)
_IT_AGAIN = re.compile(r"^(?:him|her|it|them)\s+(?:again\b[\s,]*(?:but\s+)?|,?\s*but\s+)(?P<rest>.*)$", re.I)
# "the inside", "the back of it", "the view from above": another side of the thing on screen
VIEW_OF_IT = re.compile(r"^(?:(?:ok(?:ay)?|now|and|so)[,\s]+)*(?:(?:(?:can|could)\s+(?:you|u|i|we)\s+)?(?:do|show(?:\s+me)?|draw|see|"
                        r"get|have)\s+|let'?s\s+see\s+|(?:what|how)\s+about\s+)?the\s+(?P<part>inside|interior|back|rear|front|"
                        r"top|underside|other\s+side|view\s+from\s+(?:above|below|inside|the\s+(?:front|back|side|top)))"
                        r"(?:\s+of\s+(?:it|this|that|them|him|her))?(?:\s+(?:now|too|please|pls))*[?.!\s]*$", re.I)
_WHERE_STATE = re.compile(r"^\s*(?:where|in\s+which|with)\s+(?:he|she|it|they)(?:'s|'re|\s+is|\s+are)\s+(?P<x>.+)$", re.I)
# "a close up of his face", "his family": the pronoun is the whole subject's owner (not "a knight with his sword")
_POSSESSIVE = re.compile(r"^(?:(?:an?|the)\s+)?(?:close[\s-]?up|portrait|picture|photo|drawing|painting|shot|view|detail)\s+of\s+"
                         r"(?P<p>his|her|its|their)\s+(?=[\w-]+)|^(?P<p2>his|its|their)\s+(?=(?:face|eyes|family|friends|home|"
                         r"house|head|paws|tail|wings|shadow|reflection|den|nest|babies|puppies|kittens|cubs|owner|"
                         r"footprints)\b)", re.I)


def subject_phrase(subject: str) -> str:
    """The noun phrase a subject is about, with its article: "a red fox sleeping under a tree" -> "a red fox"."""
    noun = head_noun(subject)
    words = subject.split()
    at = next((i for i, w in enumerate(words) if re.sub(r"[^\w'-]", "", w).lower() in (noun, noun + "s", noun + "es")),
              None) if noun else None
    if at is None or at > 5:
        return ""
    phrase = " ".join(words[: at + 1]).rstrip(",.")
    if not re.match(r"(?:a|an|the|some|two|three|\d+|my|our)\b", phrase, re.I):
        phrase = f"{'an' if phrase[:1].lower() in 'aeiou' else 'a'} {phrase}"
    return phrase


# "a strawberry version", "a baby one": the thing on screen of another kind; "the same for a cheesecake": another thing
_KIND_OF_IT = re.compile(r"^(?:a|an)\s+(?P<mod>[\w'-]+(?:\s+[\w'-]+)?)\s+(?:one|version)\b(?!\s+of\b)(?P<rest>.*)$", re.I)
_SAME_FOR = re.compile(r"^(?:the\s+)?same(?:\s+thing)?\s+(?:for|with)\s+(?P<x>(?:an?|the|some|two|three|\d+)\s+.+)$", re.I)
_SAME_ONE = re.compile(r"^(?:the\s+)?same\s+(?:(?:two|three|four|\d+)\s+)?(?:characters?|ones?|persons?|people|guys?|girls?|boys?|"
                       r"dogs?|cats?|things?|creatures?|animals?|kids?|man|men|woman|women|heroe?s?|heroines?|birds?|cars?|"
                       r"friends?|couple|pair|family|mouse|mice|bears?|foxes|fox)\b[\s,]*(?:but\s+)?(?:now\s+)?(?P<rest>.*)$", re.I)
_OF_THEM = re.compile(r"\bof\s+them\b", re.I)
# "a bear and a rabbit sharing a picnic": the two things a picture is about
_PAIR = re.compile(r"^(?P<pair>(?:a|an|the|my|our)\s+(?:[\w'-]+\s+){0,2}?[\w'-]+\s+and\s+(?:a|an|the|his|her|my|our)\s+"
                   r"(?:[\w'-]+\s+){0,2}?[\w'-]+?)(?=\s+(?:[\w'-]+ing|in|on|at|with|by|under|near|having|who|that)\b|\s*[,.;]|\s*$)",
                   re.I)
def _with_thing(previous: str, thing: str, new: str) -> str:
    """The previous subject with its noun phrase swapped: ("a lemon tart on a counter", "a lemon tart", "a cheesecake")
    -> "a cheesecake on a counter"."""
    at = previous.lower().find(thing.lower())
    return tidy(previous[:at] + new + previous[at + len(thing):]) if at >= 0 else new


def refer_back(subject: str, previous: str) -> Optional[str]:
    """A new picture's subject said as a reference to the one on screen, with that thing put back: "one for
    christmas" -> "a red fox for christmas", "him again but in a cowboy hat" -> "a red fox in a cowboy hat", "a
    close up of his face" -> "a close up of the red fox's face", "a strawberry version" -> "a strawberry tart on a
    marble counter", "the same for a cheesecake" -> "a cheesecake on a marble counter", "a whole pack of them" -> "a
    whole pack of wolves". None when the subject names its own thing."""
    thing = subject_phrase(previous)
    if not thing or re.search(r"[\"“”]", subject):  # quoted words are the user's, as typed
        return None
    noun = head_noun(previous)
    same_for = _SAME_FOR.match(subject.strip())
    if same_for:
        return _with_thing(previous, thing, same_for.group("x"))
    kind = _KIND_OF_IT.match(subject.strip())
    if kind and noun and not re.match(r"(?:matching|similar|new|second|different|fresh|another|better|final|whole)\b",
                                      kind.group("mod"), re.I):
        article = "an" if kind.group("mod")[0].lower() in "aeiou" else "a"
        new = f"{article} {kind.group('mod')} {noun}{kind.group('rest')}"
        return _with_thing(previous, thing, new) if not kind.group("rest").strip() else tidy(new)
    if _OF_THEM.search(subject) and noun:
        return _OF_THEM.sub(f"of {plural(noun)}", subject, count=1)
    pair = _PAIR.match(previous.strip())
    if pair and re.match(r"^(?:the\s+)?same\s+(?:two|both|pair|couple|characters|ones|friends)\b|^both\s+of\s+them\b",
                         subject.strip(), re.I):
        thing = pair.group("pair")  # "the same two characters": the pair on screen, not its first half
    for pattern in (_ONE_OF_IT, _IT_AGAIN, _SAME_ONE):
        match = pattern.match(subject.strip())
        if match:
            rest = match.group("rest").strip()
            state = _WHERE_STATE.match(rest)
            rest = f", {state.group('x')}" if state else (f" {rest}" if rest else "")
            return tidy(f"{thing}{rest}")
    return _part_of_it(subject, previous, thing)


def _part_of_it(subject: str, previous: str, thing: str) -> Optional[str]:
    """The later readings of ``refer_back``: a side of the thing on screen ("show me the back of it"), or a part said
    with "his"/"its" ("a close up of his face"); None otherwise."""
    side = VIEW_OF_IT.match(subject.strip())
    if side:  # "now do the inside", "show me the back of it": that side of the thing on screen
        definite = re.sub(r"^(?:a|an|the|some)\s+", "the ", thing, flags=re.I)
        return f"the {side.group('part').lower()} of {definite}"
    owned = _POSSESSIVE.match(subject)
    if owned and not re.search(r"\b(?:he|she|they|him|them)\b", previous, re.I):
        owner = re.sub(r"^(?:a|an|the|some|my|our)\s+", "", thing, flags=re.I)
        pronoun = "p" if owned.group("p") else "p2"
        return subject[:owned.start(pronoun)] + f"the {owner}'s " + subject[owned.end():]
    return None


# "a shy hedgehog named Pip", "my cat Mochi", "an old robot called Bolt": a character the story gave a name
_NAMED_ONE = re.compile(r"\b(?P<art>an?|the|my|our|his|her|their)\s+(?P<desc>(?:[\w'-]+\s+){0,3}?(?P<noun>[a-z][\w'-]*))\s+"
                        r"(?:(?:named|called)\s+)?(?P<name>[A-Z][a-z][\w'-]*)\b")


def named_again(subject: str, earlier: list[str]) -> Optional[tuple[str, int]]:
    """A new picture of a character named in an earlier one, said by name alone: "Pip holding a lantern" after "a
    shy hedgehog named Pip" -> ("Pip the shy hedgehog holding a lantern", the index of that earlier subject in
    `earlier`, newest first). None when no earlier subject names one, or the new words already say what it is."""
    for index, previous in enumerate(earlier):
        for match in _NAMED_ONE.finditer(previous):
            name, desc, noun = match.group("name"), match.group("desc"), match.group("noun")
            if noun.lower() in lexicon.STOPWORDS or noun.lower() in lexicon.PLACE_NOUNS or noun.lower() in (
                    "hometown", "town", "city", "country", "village", "home") or re.search(r"[^s]s$", noun) or not re.search(r"\b" + re.escape(name) + r"\b", subject) or \
                    re.search(r"\b" + re.escape(noun) + r"s?\b", subject, re.I):
                continue
            # "a red Vespa" names no character; "my cat Mochi" and "a hedgehog named Pip" do
            if re.search(r"\b(?:named|called)\b", match.group(0)) or match.group("art").lower() not in ("a", "an", "the"):
                return re.sub(r"\b" + re.escape(name) + r"\b", f"{name} the {desc}", subject, count=1), index
    return None


# "use those colours", "in the colors you suggested", "that palette": the colours Easel's last answer named
_COLOUR_SET = r"(?:(?:two|three|suggested|same)\s+)?(?:colou?rs|colou?r\s+(?:scheme|combo|combination|palette)|palette|shades|tones)"
_THOSE_COLOURS = re.compile(r"\b(?:(?:those|these|that)\s+" + _COLOUR_SET + r"(?:\s+(?:you|u)\s+(?:said|suggested|mentioned|named|"
                            r"recommended|gave\s+me))?|(?:the|your)\s+" + _COLOUR_SET + r"\s+(?:you|u)\s+(?:said|suggested|"
                            r"mentioned|named|recommended|gave\s+me))\b", re.I)
_SUGGESTED = re.compile(r"\bin\s+(?P<a>[\w -]+?)\s+and\s+(?P<b>[\w -]+?)\"")  # the colour wheel's 'Say "a ... in navy and gold"'


def colours_said(reply: str) -> list[str]:
    """The colours an answer named: the pair it suggested saying, else its first three colour words."""
    suggested = _SUGGESTED.search(reply)
    if suggested:
        return [suggested.group("a").strip(), suggested.group("b").strip()]
    named = re.findall(r"\b(?:" + "|".join(lexicon.COLOURS) + r")\b", reply.lower())
    return list(dict.fromkeys(n for n in named if n not in ("dark", "light", "pale", "bright")))[:3]


_A_COLOUR = r"(?:(?:dark|light|pale|bright|deep|pastel|neon)\s+)?(?:" + "|".join(lexicon.COLOURS) + r")"
# "in our brand colours, navy and orange", "use my school colors (green + gold)": the colours, said after their name
_OUR_COLOURS = re.compile(r"\b(?:our|my|the|their|his|her)\s+(?:brand|company|team|school|club|shop|store|business|logo|house|"
                          r"wedding|church|uni|university|college|band)(?:'s)?\s+colou?rs?\s*(?:[,:(-]|which\s+are|are|=)\s*"
                          r"(?P<c>" + _A_COLOUR + r"(?:\s*(?:,|and|&|\+|/)\s*" + _A_COLOUR + r")+)\s*\)?", re.I)


def with_colours_named(text: str, reply: str) -> str:
    """"ok use those colours" after an answer that named navy and gold -> "ok use navy and gold colours", "in our
    brand colours, navy and orange" -> "in navy and orange colours"; other text as it is (and as it is when the
    answer named no colour)."""
    ours = _OUR_COLOURS.search(text)
    if ours:
        colours = [c.strip() for c in re.split(r"\s*(?:,|\band\b|&|\+|/)\s*", ours.group("c")) if c.strip()]
        named = " and ".join([", ".join(colours[:-1]), colours[-1]])
        return f"{text[: ours.start()]}{named}{text[ours.end():]}"
    found = _THOSE_COLOURS.search(text)
    colours = colours_said(reply) if found else []
    if not colours:
        return text
    named = " and ".join([", ".join(colours[:-1]), colours[-1]]) if len(colours) > 1 else colours[0]
    return f"{text[: found.start()]}{named} colors{text[found.end():]}"
