"""Tidy a message before it is read: the one filler pattern, emoji, greetings and thanks, leading praise, polite
questions as requests, trailing politeness, asides and "the same but".

    .venv/bin/python -c "from chat.words.normalize import strip_lead_talk; print(strip_lead_talk('lol amazing. now make it 3d'))"
"""
from __future__ import annotations

import re
from typing import Callable

from chat.words import embeddings, lexicon
from chat.words.emoji import EMOJI_RUN
from chat.words.language import detect_language
from chat.words.scene import protect_quotes, restore_quotes



def alternatives(words, repeatable=frozenset()) -> str:
    """An alternation of lexicon words, longest first; spaces match any whitespace; repeatable words may be
    stretched ("hmmm", "hahaha")."""
    alts = (re.escape(w).replace(r"\ ", r"\s+") + ("+" if w in repeatable else "")
            for w in sorted(words, key=len, reverse=True))
    return "|".join(alts)


# The one filler pattern: a leading word that carries no request ("ok, ", "thanks! ", "now ", "please ").
FILLER = re.compile(
    r"""^(?:
        (?:""" + alternatives(lexicon.FILLER_INTERJECTIONS, lexicon.STRETCHED_WORDS) + r""")(?:\s*[,.!;:–—]+|\s*-+(?=\s))\s*  # "ok, ..."
        # (not a hyphen inside a word: "super-saiyan", "toll-booth")
      | (?:""" + alternatives(lexicon.FILLER_LEADS, lexicon.STRETCHED_WORDS) + r""")\s+(?!of\b)               # "now ..." (not "instead of")
      | like(?:\s*,\s*|\s+(?=(?:also|and|so|maybe|ok(?:ay)?|um+|uh+|just|yeah|make|add|remove|turn|change|put|give|
        can|could|thanks?|thank|whats|what'?s|what|now|then|i|we|please|pls|idk)\b))    # "like also a cape": a filler
      | (?:(?:client|customer|boss|team|manager|editor|art\s+director|the\s+client)(?:'s)?\s+)?(?:feedback|notes?|comments?|
        update|changes?|edits?|revisions?|fixes|tweaks?|requests?)\s*:\s*              # "Client feedback: lid should be black"
      | (?:cool|nice|great|awesome|perfect|sweet|lovely|amazing|love\s+it|yay|gorgeous|beautiful)\s+
        (?=(?:make|add|remove|turn|change|put|give|can|could|let'?s|try|draw|show|now)\b)  # "cool make it look like …"
    )""",
    re.I | re.X,
)


def words_pattern(words) -> str:
    """A non-capturing alternation of lexicon words or phrases, longest first (spaces match any whitespace)."""
    return "(?:" + alternatives(words) + ")"


# "something completely different", "start over", "from scratch": the talk turns to a new picture
SOMETHING_ELSE = r"(?:something|anything)\s+(?:completely\s+|totally\s+|entirely\s+|very\s+)?(?:different|else|new)"
START_OVER = r"start\s+(?:over|again|fresh)|from\s+scratch"


def strip_filler(text: str) -> str:
    """Quotes protected, spaces collapsed, and every leading filler word taken off ("ok so now make it blue")."""
    text, _ = protect_quotes(text.strip())
    text = re.sub(r"\s+", " ", text)
    previous = None
    while previous != text:
        previous = text
        text = FILLER.sub("", text, count=1).strip()
    return text


TRAIL = re.compile(r"(?:[\s,]+(?:please|pls|plz|for\s+me|for\s+you|thanks|thank\s+you|thx|if\s+you\s+can|if\s+possible|"
                    r"for\s+us|lol|haha+|lmao|xd|tbh|imo|ngl|honestly|maybe|perhaps|(?<=,\s)i\s+(?:think|guess)|"
                    r"(?:like|as)\s+(?:you|u)\s+(?:said|suggested|mentioned|recommended|offered)(?:\s+before|\s+earlier)?|instead|too|as\s+well|also|again|now|then|ok(?:ay)?|thx|ty|actually|anyways?|after\s+all|"
                    r"for\s+now|(?:would|will|'d)\s+be\s+(?:so\s+|really\s+)?(?:great|nice|perfect|awesome|lovely|amazing|"
                    r"cool|ideal|fun|fab|cute|adorable|sweet|funny)|(?:would|will|'d)\s+mean\s+(?:a\s+lot|so\s+much|the\s+world)"
                    r"(?:\s+to\s+(?:me|us|her|him|them))?|"
                    r"in\s+there|in\s+it|(?<!next\s)to\s+(?:it|this|that)(?:\s+(?:one|picture|image|photo|pic))?|on\s+it|to\s+the\s+(?:picture|image|scene)|in\s+the\s+(?:picture|image|"
                    r"scene))\b)+"
                    r"[\s.!?]*$|[\s.!?]+$", re.I)


_EMOJI = EMOJI_RUN
_SOCIAL_FILLER = frozenset(
    "there so much very a lot it this that is was really again you for the picture image one all guys everyone friend "
    "buddy mate looks just too how are doing man dude easel bot lot great job work pic these those they them are "
    "absolutely totally super kindly advance in bestie fam babe hun love dear pal sis bro girl boo young sir madam lady "
    "lad lass like anyway anyways then her him".split())
_GREETING_NAME = re.compile(r"^(?:hi|hello|hey|heya|hiya|howdy|yo|greetings|good\s+(?:morning|afternoon|evening))"
                            r"(?:\s+there)?[\s,!.]*(?P<name>[\w'-]+(?:\s+[\w'-]+)?)?[\s,!.?]*$", re.I)
_NOT_A_NAME = re.compile(r"\b(?:a|an|the|some|my|your|draw|paint|make|show|create|generate|\d+|one|two|three|"
                         r"can|could|what|how|please)\b", re.I)


def strip_emoji(text: str) -> str:
    """Emoji carry mood, not content: they go (so "hey easel 👋" reads as a greeting)."""
    return re.sub(r"\s+", " ", _EMOJI.sub(" ", text)).strip()


_BY_LENGTH = sorted(lexicon.STRETCHED_WORDS, key=len, reverse=True)
_STRETCHED = re.compile(r"\b(?:" + "|".join(re.escape(w) + "+" for w in _BY_LENGTH) + r")\b")


def is_social(text: str) -> bool:
    """Greetings, thanks and praise only ("thanks, I love it", "hi there!", "hey Sam 👋", "lol amazing")."""
    low = strip_emoji(text.lower())
    bare = re.sub(r"\s+", " ", re.sub(r"[^\w\s'&]", " ", low)).strip()
    bare = re.sub(r"\b(thank|love|luv)\s*(?:u+|yo+u+)\b", r"\1 you", bare)  # "thank uuu", "thanku", "love youuu"
    bare = _STRETCHED.sub(lambda m: next(w for w in _BY_LENGTH if re.fullmatch(re.escape(w) + "+", m.group(0))), bare)  # "yasss"
    if not bare:
        return True
    greeting = _GREETING_NAME.match(bare)
    if greeting and not (greeting.group("name") and _NOT_A_NAME.search(greeting.group("name"))):
        return True  # a greeting, maybe with a name ("hello Easel", "hey Sam")
    phrases = set(lexicon.GREETINGS) | set(lexicon.SOCIAL)
    if re.search(r"\btoo\s+(?!(?:cute|adorable|sweet|precious|funny|good|perfect|pretty|beautiful|gorgeous)\b)\w", bare):
        return False  # "he looks too happy": a complaint ("it's too cute" is praise)
    rest = " " + _COMPLIMENT.sub(" ", bare) + " "  # "stop it's too cute": praise said another way
    for phrase in sorted(phrases, key=len, reverse=True):
        rest = re.sub(r"(?<= )" + re.escape(phrase) + r"(?= )", " ", rest)
    if rest.split() == bare.split() or re.fullmatch(r"no\s+\w+", bare):
        return False  # no greeting, thanks or praise at all ("a man"); "no cap" alone may be the cap's removal
    leftover = [w for w in rest.split() if w not in _SOCIAL_FILLER]
    return not leftover and len(bare.split()) <= 12


# praise beyond the lexicon's phrases: a copula or intensifier before a praising adjective ("it's too cute")
_COMPLIMENT = re.compile(r"\b(?:(?:omg|stop|oh\s+my\s+god|wow|aww+|ahh+|i'?m\s+crying|crying)\s+)*(?:(?:it'?s|its|this\s+is|"
                         r"that'?s|thats|so|too|really|very|super|soo+|(?:the|his|her|their)\s+(?!(?:first|second|third|fourth|fifth|"
                         r"last|other|next|previous|middle|left|right|top|bottom|new|old|original|one)\b)[\w'-]+"
                         r"(?:\s+(?!one\b)[\w'-]+)?\s+"
                         r"(?:is|are|looks?)(?:\s+just)?|(?:he|she|they)(?:'s|'re|\s+(?:is|are|looks?))(?:\s+just)?)(?:\s+looking)?\s+)+"
                         r"(?:cute|adorable|pretty|beautiful|good|perfect|lovely|funny|gorgeous|amazing|sweet|nice|cool|great|"
                         r"wholesome|precious|charming|magical|dreamy|stunning|fun|happy|peaceful|cozy|cosy|awesome|wonderful|"
                         r"fantastic|incredible|fabulous|epic|majestic|brilliant|spot\s+on)\b")


# "nah too serious, make it lego" / "ok whatever, add a croissant": a remark, then the request
# (a remark that says "without X" is a change itself: "hmm without the pond, put a fire pit there" keeps both)
_REMARK_THEN_ASK = re.compile(
    r"^(?:(?:ngl|tbh|honestly|lowkey|highkey|bruh|bro|dude|yo|idk)[,\s]+)*(?:mid|lame|cringe|nah|nope|no\s+wait|wait(?:\s+no)?|no(?=\s*[,.!?;:])|hmm+|hm+|meh|ugh|eh|ok(?:ay)?|well|yeah|yes|yep|sure|fine|alright|perfect|great|cool|nice|lol|"
    r"haha+|omg|wow|whatever|oops|(?:i\s+)?(?:love|loved|like|liked|dig)\s+(?:it|this|that)|(?:it'?s|its|that'?s|thats|it\s+looks|looks)(?!\s+(?:(?:a|an)\s+(?!(?:bit|little|lot|tad)\b)|"
    r"(?:the|my|our|his|her|their)\s))|(?:he|she|they)\s+(?:looks?|is|are|seems?)|(?:he|she)'s|they're|"
    r"the\s+[\w'-]+\s+(?:looks?|is|are|seems?)(?=\s+(?:a\s+bit\s+|kinda\s+|kind\s+of\s+|so\s+|too\s+|really\s+|very\s+)?"
    r"(?:weird|odd|off|wrong|creepy|ugly|strange|bad|broken|messed\s+up|terrible|awful|funny|fine|good|great|nice|perfect)\b)|"
    r"too)\b(?![^,.!?;:]*\b(?:without|minus)\s)[^,.!?;:]{0,30}[,.!?;:]+\s*(?P<rest>(?:(?:maybe|perhaps|just|also|and|so|then|but)\s+)*(?:(?:can|could|would|will)\s+(?:you|u|i|we)|"
    r"make|add|remove|turn|change|put|give|show|draw|bring|get|take|try|do|let'?s|go|use|paint|move|zoom|now|re-?do|redraw|"
    r"regenerate|re-?roll)\b.*)$",
    re.I | re.S)


# praise before a comma: "these are nice, …", "nice ones, …", "so cute, …"
# an answer taken in stride before the next ask ("ok no worries, bigger then", "fair enough, try a fox")
_SHRUG_COMMA = re.compile(r"^(?:(?:ok(?:ay)?|oh|ah|aw+|hmm+|right|ah\s+well)[,\s]+)*(?:no\s+worries|no\s+problem|no\s+prob|np|fair\s+"
                          r"enough|all\s+good|that'?s\s+(?:fine|ok(?:ay)?|a\s+shame|too\s+bad|alright)|oh\s+well|shame|"
                          r"got\s+it|understood|makes\s+sense|i\s+see)\s*[,!.;:]+\s*(?=\S)", re.I)
_PRAISE_COMMA = re.compile(r"^(?:(?:these|those|they|it|this|that|both|all\s+of\s+them)\s*(?:'re|are|'s|is|look|looks)\s+(?:so\s+|really\s+"
                           r"|very\s+|super\s+|pretty\s+|all\s+|almost\s+|nearly\s+|basically\s+|mostly\s+)?|(?:very|so|really|super)\s+)?(?:nice|great|good|cool|lovely|"
                           r"amazing|awesome|beautiful|gorgeous|perfect|cute|fun|neat|sweet|fab|fabulous|brilliant|stunning)"
                           r"(?:\s+(?:ones|one|work|job|stuff|pics|pictures))?(?:\s+(?:thanks|thank\s+you|thx|ty)(?:\s+(?:so|very)\s+much)?)?"
                           r"\s*[,!]+\s*(?=(?:now|then|can|could|would|"
                           r"make|add|more|give|show|do|let'?s|please|pls|try|maybe|another|one\s+more|again|change|"
                           r"remove|put|what|i'?d|i\s+want)\b)", re.I)  # (not "cute, fluffy bunny …": the picture's words)


# "amazing can you make it …", "perfect now add a moon": a word of praise, then the ask, with no stop between
_PRAISE_THEN_ASK = re.compile(r"^(?:" + alternatives([w for w in lexicon.SOCIAL if " " not in w and w not in ("no", "nope", "ok",
                                                                                             "okay", "k", "yes", "sure")])
                              + r")\s+(?=(?:can|could|would)\s+(?:you|u)\b|(?:now|please|pls)\s)"
                              # "okay that's hilarious now give him a scarf": a remark on it, then the ask
                              r"|^(?:(?:ok(?:ay)?|haha+|lol|omg|wow)[,\s]+)*(?:that'?s|thats|this\s+is|it'?s|its)\s+(?:so\s+|really\s+|"
                              r"actually\s+|pretty\s+)?(?:hilarious|funny|great|amazing|perfect|cool|lovely|cute|awesome|brilliant|"
                              r"gorgeous|beautiful|stunning|adorable|fab|fabulous|fantastic|wonderful|nice|good)\s+(?=now\s|so\s+now\s)",
                              re.I)


def strip_lead_talk(text: str) -> str:
    """Drop emoji and whole leading sentences that are only praise or thanks ("lol amazing. now make it 3d",
    "so cute 😍 can you add a hat"): an emoji between words ends a sentence too."""
    marked = re.sub(r"\s+", " ", _EMOJI.sub(" \u2063 ", text)).strip()
    while True:
        match = re.match(r"^(?P<s>[^.!?;\u2063]*[^\s.!?;\u2063]\s*[.!?;\u2063]+)\s*(?P<rest>[^\s\u2063].*)$", marked, re.S)
        if not match or not is_social(match.group("s")):
            marked = re.sub(r"(?<=\w)\s*\u2063\s*(?=(?:can|could|would|will)\s+(?:you|u)\b)", ". ", marked, flags=re.I)  # "this
            # is my cat 🐱 can you …": the ask is a sentence of its own
            plain = _praise_but_off(re.sub(r"\s+", " ", marked.replace("\u2063", " ")).strip())
            plain = _PRAISE_COMMA.sub("", plain, count=1) or plain  # "these are nice, more please": more please
            plain = _SHRUG_COMMA.sub("", plain, count=1) or plain  # "ok no worries, bigger then": bigger then
            remark = _REMARK_THEN_ASK.match(plain)
            plain = remark.group("rest") if remark else plain
            unpunctuated = re.match(r"^(?P<s>[^,.!?;]{1,40}?)\s+(?P<rest>(?:can|could|would|will)\s+(?:you|u)\b.*)$", plain, re.I | re.S)
            if unpunctuated and is_social(unpunctuated.group("s")):  # "okay that's great can you add a ball"
                plain = unpunctuated.group("rest")
            self_aware = _SILLY_BUT.match(plain)  # "lol ok this is dumb but draw a capybara …": the ask after "but"
            plain = self_aware.group("rest") if self_aware else plain
            return _PRAISE_THEN_ASK.sub("", plain, count=1) or plain
        marked = match.group("rest")


# a remark on the ask itself, then "but" and the ask: "lol ok this is dumb but draw a capybara in a hot tub"
_SILLY_BUT = re.compile(r"^(?:(?:lol|lmao|haha+|ok(?:ay)?|so|um+|hmm+|right)[,!\s]+)*(?:this\s+is|this'?s|that'?s|it'?s|i\s+know\s+"
                        r"(?:this|it)(?:'s|\s+is)|sorry\s+this\s+is|ok\s+this\s+is)\s+(?:(?:so|really|very|kinda|a\s+bit|"
                        r"probably|gonna\s+sound)\s+)*(?:dumb|silly|weird|random|stupid|odd|strange|crazy|a\s+weird\s+one|"
                        r"a\s+strange\s+one|a\s+dumb\s+one|a\s+silly\s+one|ridiculous|niche|specific)[,\s]+but\s+"
                        r"(?P<rest>\S.*)$", re.I | re.S)


# after a request, a question about something else ("… a dragon? what sizes can you do?") or a remark about the user
# ("… football?? my son is 5"): no part of the picture
_TRAILING_QUESTION = re.compile(  # not "could you do the first page: …", a request (one Easel lacks is caught apart)
    r"^(?:what|whats|which|how|why|when|where|who|is|are|do|does|can|could|will|would|should|did)\b(?!\s+(?:you|u)\b)"
    r"[^?]*\??$", re.I)
_TRAILING_REMARK = re.compile(
    r"^(?:(?:my|our|his|her|their)\s+[\w'-]+|he|she|they|i|we)(?:'s|'re|'m|\s+is|\s+are|\s+am|\s+was)\s+(?:turning\s+|"
    r"only\s+|just\s+|nearly\s+|almost\s+)?(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"(?:\s+(?:years?|yrs?|months?)(?:\s+old)?)?(?:\s+(?:now|today|next\s+\w+|this\s+\w+))?[\s.!]*$", re.I)

# a hope or a courtesy after the request ("I hope that is not too complicated.", "if that makes sense", "no rush"):
# said to Easel, not drawn
_TRAILING_HOPE = re.compile(r"^(?:(?:i|we)\s+(?:just\s+|really\s+|absolutely\s+)?(?:love|adore)\s+(?:them|it|those|these|[\w'-]+s)"
                            r"(?:\s+(?:so\s+much|a\s+lot|to\s+bits|lol|haha))*[\s.!]*$|have\s+fun[\s.!]*$|good\s+luck[\s.!]*$|"
                            r"no\s+pressure[\s.!]*$)|"  # "draw a dragon. i love dragons so much": said, not drawn
                            r"^(?:(?:i|we)\s+)?(?:really\s+)?hope\s+(?:that|this|it|that's|this\s+is|it's)\b|^(?:(?:i'?m\s+)?not\s+sure\s+)?if\s+"
                            r"(?:that|this)\s+makes\s+sense\b|^(?:there'?s\s+)?no\s+rush\b|^take\s+your\s+time\b|"
                            r"^(?:sorry|apologies)\s+(?:if|for)\b|"
                            r"^(?:(?:i|we|she|he|they|my\s+[\w'-]+|our\s+[\w'-]+|the\s+kids?)(?:'d|'ll|\s+would|\s+will|\s+(?:is|are)\s+"
                            r"going\s+to)\s+(?:absolutely\s+|totally\s+|really\s+|just\s+|so\s+)?(?:love|adore|enjoy|be\s+(?:so\s+)?"
                            r"(?:over\s+the\s+moon|thrilled|happy|delighted|excited|amazed|stoked)))(?:\s+(?:it|this|that|them))?"
                            r"(?:\s+(?:so\s+much|a\s+lot|to\s+bits))?[\s.!]*$", re.I)  # "she'd be over the moon" (not "…
# she'd love a unicorn next to it": a request)


def _asks_what_easel_lacks(sentence: str) -> bool:
    """"can you make gifs too?": a question about something Easel can't do (the fact sheet's)."""
    from chat.capabilities import lacking  # here: capabilities reads words from this package

    return sentence.endswith("?") and lacking(sentence) is not None


# a question that is itself a change to the request ("… could it be at night?", "… what about a red hat?")
_CHANGE_QUESTION = re.compile(r"^(?:(?:could|can|would|will|should)\s+(?:it|this|that|they|he|she|there)\b|(?:what|how)\s+about\b|"
                              r"is\s+it\s+possible\b|(?:would|will)\s+it\s+look\b|maybe\b)", re.I)
# a remark with a number kept when the picture is of that person or shows the number (a cake, a card)
_NUMBER_MATTERS = re.compile(r"\b(?:cake|card|banner|candles?|poster|invitation|him|her|son|daughter|boy|girl|kid|child|"
                             r"portrait|grandson|granddaughter|niece|nephew)\b", re.I)


def _asked_aside(sentence: str) -> bool:
    """A question about something else, or about what Easel lacks ("what sizes can you do?", "can you make gifs?")."""
    plain = sentence.strip()
    return bool(_TRAILING_QUESTION.match(plain) and not _CHANGE_QUESTION.match(plain)) or _asks_what_easel_lacks(plain)


def split_side_talk(text: str) -> tuple[str, list[str]]:
    """(the request, the questions asked beside it): sentences after the request that ask about something else, tell
    the user's news or thank go; "Simple lines, no shading", quoted text and a question that changes the request ("…
    could it be at night?") stay. "can you make a dragon? what sizes can you do?" -> ("can you make a dragon?",
    ["what sizes can you do?"])."""
    protected, quotes = protect_quotes(re.sub(r"\s+", " ", text.strip()))
    first, *rest = re.split(r"(?<=[?!.])\s+", protected)
    while rest and is_social(first.strip()):  # "ok whatever lol. do a …": the talk before is no request
        first, *rest = rest
    asked = [p for p in rest if _asked_aside(p)]
    news = [p for p in rest if _TRAILING_REMARK.match(p.strip()) and not _NUMBER_MATTERS.search(first) or
            is_social(p.strip()) or _TRAILING_HOPE.match(p.strip())]
    kept = [first] + [p for p in rest if p not in asked and p not in news]
    # "a colouring page of a fox? simple lines": the question mark inside the request reads as a comma
    joined = " ".join(re.sub(r"\?+$", ",", p) if i < len(kept) - 1 else p for i, p in enumerate(kept))
    return restore_quotes(joined, quotes), [restore_quotes(p.strip(), quotes) for p in asked]


def strip_trailing_talk(text: str) -> str:
    """The request without the talk beside it (split_side_talk)."""
    return split_side_talk(text)[0]


# "love it but put it somewhere else" / "looks great, but can you add a moon": praise, then the request
_PRAISE_BUT = re.compile(r"^(?P<s>[^,.!?;]{1,40}?)\s*,?\s+(?:but|though|however|only|except)\s+(?P<rest>\S.*)$", re.I)


# "I like the vibe", "we love the colours": liking what is there, before the change
_LIKED = re.compile(r"^(?:(?:ok(?:ay)?|yeah|hmm+|so)[,\s]+)?(?:i|we)\s+(?:really\s+|do\s+)?(?:like|love|dig)(?:\s+(?:it|this|that|these|"
                    r"the\s+[\w'-]+(?:\s+[\w'-]+)?))?$", re.I)  # ("I like but …": a reading of "me gusta pero …")


def _praise_but_off(text: str) -> str:
    """The request after "<praise> but": the praise is no part of it."""
    match = _PRAISE_BUT.match(text)
    if match and (is_social(match.group("s")) or _LIKED.match(match.group("s").strip())):
        return match.group("rest")
    return text


# "a pic for our instagram of a monstera": where the picture goes, between the frame noun and its "of"
# (not "a painting for the cover of my novel": the cover's "of"; the thing after "of" starts a noun phrase)
FRAME_PURPOSE = (r"(?:\s+for\s+(?:my|our|the|a|an|his|her|their)\s+[\w'-]+(?:\s+[\w'-]+){0,2}?(?<!\bcover)(?<!\btop)"
                 r"(?<!\bfront)(?<!\bback)(?<!\bside)(?<!\bbottom)(?<!\bedge)(?=\s+(?:showing|depicting|featuring|of\s+(?:an?|the|"
                 r"some|two|three|four|five|\d+|my|our|his|her|their)\s)))")
PICTURE_FOR = re.compile(r"\b(?P<noun>picture|pic|photo|image|illustration|drawing|painting|graphic|visual)" + FRAME_PURPOSE +
                         r"(?=\s+(?:of|showing|depicting|featuring)\b)", re.I)


# "i kinda want …": hedges between the speaker and the wish (route's wish rules, request's wrapper)
HEDGE = r"(?:kinda|kind\s+of|sorta|sort\s+of|really|just|also|actually|still)"
# "want / need / 'd love / was thinking": the verbs of a wish, after "i" or "we"
WISH_VERB = (r"(?:wanted\s+to\s+(?:make|get|have|do|create|see)|was\s+hoping\s+(?:for|to\s+(?:get|make|have|see))|want|need|wanna|(?:'d|\s*would)\s+(?:(?:really|very\s+much|so\s+much|truly|dearly)\s+)?(?:like|love)|(?:was|were|'m|'re|am|are)\s+"
             r"(?:thinking(?:\s+(?:of|about))?|picturing|imagining|envisioning))")  # "I'm picturing a grumpy cactus …"
# parts of a picture named without "the" ("background should be a desert")
SCENE_PARTS = r"(?:background|sky|foreground|lighting|water|ground|floor|walls?|text|font|title|colou?rs?)"


# "can we print this as a coloring page?": the picture on screen, made into that
USE_IT_AS = re.compile(r"^(?:can|could|may)\s+(?:i|we)\s+(?:please\s+|also\s+)?(?:print|use|do|redo|frame|post|turn)\s+(?:it|this|that)"
                       r"\s+(?:one\s+)?as\s+(?=an?\s+(?!(?:gift|present|reference|template|base|profile|avatar|pfp)\b))", re.I)
# "can the sky be pinker?" / "could we add a boat" / "is it possible to crop it": a request worded as a question
# "please you can make picture of my country food", "you can draw a cat?": a request, in a learner's word order
# "you can make a …", "please you make for me a …", "u draw a cat pls": a learner's or a texter's ask
YOU_CAN_ASK = re.compile(r"^(?:please\s+)?(?:you|u)\s+(?:can\s+(?:to\s+)?|(?=(?:make|draw|paint|create)\s+(?:for\s+me|(?:me|us)\s+(?:an?|"
                         r"some|one)|an?|some|one)\b(?!\s+(?:lot|mistake|good|great|nice|point)\b)))(?:please\s+)?"
                         r"(?=(?:make|draw|paint|create|do|show|add|put|remove|change|give)\b)", re.I)  # "You can add
# stars around the moon?": a reading of "Vous pouvez ajouter …?" that kept the question's form
# the adverb between a part and its modal: "the roses just need to be pink"
ADVERB = r"(?:just|really|still|also|probably|definitely|maybe|only|actually)"
_THING = r"(?P<x>(?:the|that|those|these|this|his|her|their|all\s+(?:the|those|these))\s+[\w' -]{1,40}?)"
_POLITE_QUESTIONS = [
    (YOU_CAN_ASK, ""),
    # "i picture a red door on it": that thing added; "it'd be nice to have the cat wearing a hat": that change
    (re.compile(r"^(?:i|we)\s+(?:picture|imagine|envision)\s+(?=(?:an?|some|two|three)\s)", re.I), "add "),
    (re.compile(r"^(?:it|that)(?:'d|\s+would)\s+be\s+(?:so\s+|really\s+)?(?:nice|great|lovely|cool|fun|awesome|perfect)\s+(?:to\s+"
                r"(?:have|see)\s+|if\s+)(?=\S)", re.I), ""),
    # "can we not have the dog", "the tree has to go", "can the cars go away": that thing removed
    (re.compile(r"^(?:can|could)\s+(?:we|you|u)\s+(?:please\s+)?not\s+have\s+(?=(?:the|that|those|these|any|his|her)\b)", re.I),
     "remove "),
    (re.compile(r"^" + _THING + r"\s+(?:(?:just|really|probably|definitely)\s+)?(?:has\s+to|have\s+to|needs?\s+to|must|should|"
                r"can|could|gotta)\s+(?:go(?:\s+away)?|be\s+gone|be\s+removed|disappear|vanish)(?:\s+(?:please|pls|now))?"
                r"(?P<end>[.!?]*)$", re.I), r"remove \g<x>\g<end>"),
    (re.compile(r"^(?:can|could)\s+" + _THING + r"\s+(?:please\s+)?(?:go(?:\s+away)?|disappear|vanish|be\s+removed)"
                r"(?:\s+(?:please|pls))?(?P<end>[.!?]*)$", re.I), r"remove \g<x>\g<end>"),
    # "(jetzt bitte noch einen Schneemann davor:) now another snowman in front of it": one more thing, placed in the picture
    (re.compile(r"^(?:(?:now|and|also|plus|then)\s+)?(?=another\s+[\w'-]+(?:\s+[\w'-]+)?\s+(?:in\s+front\s+of|next\s+to|beside|"
                r"behind|under|near|by|on\s+top\s+of)\s+(?:it|him|her|them|this)\b)", re.I), "add "),
    # "can you show how it'd look with candles too": the picture on screen, so changed
    (re.compile(r"^(?:(?:can|could)\s+(?:you|u)\s+)?(?:please\s+)?show\s+(?:me\s+|us\s+)?(?:how|what)\s+(?:it|this|that)(?:'d|\s+would|"
                r"\s+will|'ll|\s+might)?\s+looks?(?:\s+like)?\s+(?=(?:with|without|in|as|at|during|under)\b)", re.I), "make it "),
    # "pls dont make it so cartoony": less of it
    (re.compile(r"^(?:(?:please|pls|plz)\s+)?don'?t\s+make\s+(?P<obj>it|him|her|them|this)\s+(?:so|too|that|as)\s+(?=[\w'-])", re.I),
     r"make \g<obj> less "),
    # "the visor reflection, put the earth in it": the part named first is where the new thing goes
    (re.compile(r"^(?P<part>(?:the|his|her|its|their)\s+[\w'-]+(?:\s+[\w'-]+)?)\s*[,:\-–—]+\s*(?P<verb>put|add|place|draw|paint|"
                r"stick)\s+(?P<what>\S.*?)\s+(?P<prep>in|on|into|onto|inside|behind|under)\s+(?:it|there|that)(?P<end>[.!?]*)$", re.I),
     r"\g<verb> \g<what> \g<prep> \g<part>\g<end>"),
    # "(is there a way to) get it without the smoke": the picture on screen, so changed
    (re.compile(r"^(?:(?:is\s+there\s+(?:a|any)\s+way|is\s+it\s+possible)\s+to\s+)?(?:get|have)\s+(?P<obj>it|this|that|them)\s+"
                r"(?=(?:without|in|as)\s)", re.I), r"make \g<obj> "),
    (re.compile(r"^(?:is\s+(?:it\s+)?possible|would\s+it\s+be\s+possible|any\s+chance(?:\s+(?:you|we|i)\s+could)?|"
                r"is\s+there\s+(?:a|any)\s+way)\s+(?:to\s+|you\s+could\s+|we\s+could\s+)?", re.I), ""),
    # "i want it to be raining" / "i'd like the sky to look stormy": the picture on screen, changed
    (re.compile(r"^(?:i|we)\s*(?:(?:really|actually|just|also|now|still|kind\s+of|kinda)\s+)?(?:want|need|'d\s+like|\s+would\s+like|'d\s+love|\s+would\s+love)\s+"
                r"(?P<obj>it|this|that|them|the\s+[\w'-]+)\s+(?:to\s+(?:be\s+|look\s+)?|(?=(?:in\s+|as\s+an?\s+)?(?:wide|wider|tall|taller|"
                r"square|horizontal|vertical|landscape|portrait|widescreen|" + alternatives(lexicon.COMPARATIVES) + r")\b))", re.I),
     r"make \g<obj> "),
    # "background should be a burning castle" / "the sky needs to look stormier": that part, changed
    (re.compile(r"^(?:the\s+)?(?P<obj>" + SCENE_PARTS + r")\s+(?:should|needs?\s+to|has\s+to|must|ought\s+to)\s+"
                r"(?:be|look)\s+", re.I), r"make the \g<obj> "),
    # "would you mind making the background blurry": a request
    (re.compile(r"^(?:would|do)\s+you\s+mind\s+(?P<v>making|adding|changing|removing|putting|turning|giving|drawing|"
                r"doing|trying|creating|showing)\s+", re.I),
     lambda m: {"making": "make", "adding": "add", "changing": "change", "removing": "remove", "putting": "put",
                "turning": "turn", "giving": "give", "drawing": "draw", "doing": "do", "trying": "try",
                "creating": "create", "showing": "show"}[m.group("v").lower()] + " "),
    # "the cape should be red": that part, changed
    (re.compile(r"^the\s+(?P<obj>(?!picture\b|image\b|photo\b)[\w'-]+(?:\s+(?!" + ADVERB + r"\b)[\w'-]+)?)\s+(?:" + ADVERB +
                r"\s+)?(?:should|needs?\s+to|has\s+to|must|ought\s+to)\s+(?=be\s+)", re.I), r"make the \g<obj> "),
    # "the cat should have a tiny helmet": that thing gets something
    (re.compile(r"^the\s+(?P<obj>(?!picture\b|image\b|photo\b)[\w'-]+(?:\s+[\w'-]+)?)\s+(?:should|needs?\s+to|has\s+to|"
                r"must|ought\s+to)\s+have\s+(?!to\b|been\b|had\b)(?=\w)", re.I),
     r"give the \g<obj> "),
    # "can i get it as a phone wallpaper?": the picture on screen, changed
    (re.compile(r"^(?:can|could|may)\s+(?:i|we)\s+(?:please\s+)?(?:get|have|see)\s+(?=(?:it|this|that)\s+(?:one\s+)?(?:as|in)\b|"
                r"(?:it|this|that)\s+(?:one\s+)?(?:(?:even|a\s+bit|a\s+little|much|way)\s+)?(?:wider|taller|brighter|darker|"
                r"warmer|cooler|softer|sharper|bigger|larger|smaller|lighter|busier|simpler|cleaner|squarer|moodier)\b)",
                re.I), "make "),
    # "can we print this as a coloring page?": the picture on screen, made into that
    (USE_IT_AS, "make it "),
    # "now you can turn into a cartoon style" (a reading of "e agora pode transformar em …"): the picture, turned into it
    (re.compile(r"^(?:(?:and|now|then|so|ok(?:ay)?)[,\s]+)*(?:(?:you\s+can|can\s+you|could\s+you)\s+)?(?:please\s+)?(?:turn|transform|"
                r"convert)\s+(?=into\s+(?:an?|the|some)?\s*\w)", re.I), "turn it "),
    # "could we have some lavender in the foreground?": more in the picture
    (re.compile(r"^(?:can|could|should|might|shall)\s+we\s+(?:please\s+|maybe\s+|also\s+|just\s+)?(?:have|get)\s+"
                r"(?=(?:a|an|some|more|two|three|\d+)\s)", re.I), "add "),
    (re.compile(r"^(?:can|could|would|will|should|might|shall)\s+(?:we|i|you\s+guys|ya)\s+(?:please\s+|maybe\s+|"
                r"also\s+|just\s+)?(?=\w)", re.I), ""),
    (re.compile(r"^(?:can|could|would|will|should|might|may)\s+(?P<obj>it|this|that|the\s+(?!image\b|picture\b)"
                r"[\w'-]+(?:\s+[\w'-]+)?)\s+(?:please\s+)?(?:be|get)\s+(?:made\s+)?(?:a\s+(?:bit|little|touch)\s+|"
                r"even\s+|much\s+)?", re.I), r"make \g<obj> "),
    (re.compile(r"^(?:can|could|would|will|should|might|may)\s+(?P<obj>it|this|that|the\s+[\w'-]+(?:\s+[\w'-]+)?)"
                r"\s+(?:please\s+)?look\s+", re.I), r"make \g<obj> look "),
    (re.compile(r"^(?:can|could|would|will|should|might|may)\s+(?:it|this|that|the\s+[\w'-]+(?:\s+[\w'-]+)?)\s+"
                r"(?:please\s+)?have\s+", re.I), "add "),
    # "can he have a pointy hat?": the person in the picture gets it
    (re.compile(r"^(?:can|could|would|will|should|might|may)\s+(?P<who>he|she|they)\s+(?:please\s+|also\s+)?(?:have|get|wear)\s+",
                re.I), lambda m: {"he": "give him ", "she": "give her ", "they": "give them "}[m.group("who").lower()]),
]


# "could you make sure there are no needles in it": the "no needles" is what is asked
MAKE_SURE_NONE = re.compile(r"^\s*(?:(?:can|could)\s+(?:you|u)\s+)?(?:please\s+)?make\s+sure\s+(?:that\s+)?(?:there(?:'s|\s+is|\s+are)\s+|"
                            r"it\s+has\s+)(?=no\s)", re.I)


_MADE_SO = re.compile(r"\bmake\s+it\s+so\s+(?:that\s+)?(?P<who>the\s+[\w'-]+|he|she|they|it)\s+(?P<verb>has|have|holds?|is|are|"
                      r"looks?)\s+", re.I)


# "there's too many cupcakes can you take them off": a change asked straight after a remark, with no comma between
ASK_RUN_ON = re.compile(r"(?<=\w)\s+(?=(?:can|could)\s+(?:you|u)\s+(?:please\s+)?(?:take|make|add|remove|put|change|turn|give|"
                        r"draw|paint|fix|swap|replace)\b)", re.I)


def made_so(text: str) -> str:
    """"make it so the puppy has a stick in its mouth" -> "give the puppy a stick in its mouth"; "make it so she is
    smiling" -> "make her smiling"; other text unchanged."""
    def said(match: re.Match) -> str:
        who = lexicon.OBJECT_PRONOUNS.get(match.group("who").lower(), match.group("who"))
        return f"give {who} " if match.group("verb").lower().startswith(("ha", "hold")) else f"make {who} "
    return _MADE_SO.sub(said, text)


def polite_to_imperative(text: str) -> str:
    """"can the lighting be warmer?" -> "make the lighting warmer?"; other text unchanged."""
    for pattern, replacement in _POLITE_QUESTIONS:
        new = pattern.sub(replacement, text, count=1)
        if new != text:
            return new
    return text


# a clause that says what the picture is for, not what is in it ("want to print it for my hallway")
ASIDE = re.compile(
    r"""
    ^(?:(?:i|we)(?:'m|\s+am|'re|\s+are)?\s+)?(?:want|wanna|need|plan(?:ning)?|going|gonna|hope|hoping|would\s+like|'d\s+like|trying)\s+(?:to\s+)?(?:print|use|post|share|put|hang|frame|send|give|show|set|upload|gift)\b
    |^(?:it'?s|this\s+is|that'?s|its|it\s+is)\s+(?:for|going)\b
    |^(?:it|this|that|they)(?:'ll|\s+will)?\s+(?:go|goes|hang|hangs|sit|sits)\s+(?:in|on|into|onto|above|over)\s+(?:a|an|the|my|our)\b
    |^(?:because|since|cause|cuz|bc|so\s+(?:i|we)\s+can)\b
    |^for\s+(?:my|our)\s+[\w'-]+(?:\s+[\w'-]+)?$
    |^(?:i|we)\s+(?:can'?t|cannot|can\s+not|couldn'?t|shouldn'?t|mustn'?t|(?:am|'m|are|'re)\s+not\s+allowed\s+to)\s+(?:use|have|show|include|put|print|post)\b
    |^(?:(?:i|we|my\s+[\w'-]+)\s+(?:just\s+)?)?(?:took|shot|snapped|made|drew|painted|photographed|found|got|scanned)\s+(?:this|these|it)\b
    """,
    re.I | re.X,
)
# "the same thing but no pens" / "same again, with a cat": what follows is the edit
SAME_BUT = re.compile(
    r"^(?:(?:now|ok(?:ay)?|so)[,\s]+)?(?:(?:can|could|would|will)\s+(?:you|u|ya)\s+(?:please\s+)?)?"
    r"(?:(?:(?:do|make|draw|try|give\s+me|show\s+me)\s+)?(?:the\s+)?(?:exact(?:ly)?\s+|very\s+)?same\s+(?:exact\s+)?(?:thing|image|picture|pic|scene|one|idea|"
    r"again|as\s+before|[\w'-]+(?=\s*,?\s*but\b))?|(?:do\s+)?(?:this|that|it)\s+"
    r"again|(?:just\s+)?like\s+(?:this|that|before|(?:the\s+)?(?:last|previous|first|other|that|this)\s+(?:one|picture|image|pic))|(?:the\s+)?(?:last|previous)\s+(?:one|picture|image|pic)(?=\s*,?\s*(?:but|except)\b)|as\s+before|exactly\s+the\s+same)\s*,?\s*(?:but|only|except|just|and|(?=with))\s*"
    r"|^(?:(?:now|then|and|ok(?:ay)?)[,\s]+)*(?:(?:do|make|draw|show\s+me|give\s+me)\s+)?the\s+same\s+(?:scene|picture|image|thing|"
    r"one|view|shot)\s+(?=(?:in|at|during|by|on|under|as)\s)"  # "now the same scene in summer"
    r"|^(?:(?:now|ok(?:ay)?|so)[,\s]+)?(?:(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+)?)?(?:do|make|try)\s+the\s+"
    r"same\s+(?:thing\s+)?(?=(?:in|at|during|as|with|without|on|under)\s)",  # "can you do the same in navy and orange"
    re.I)
# "make a version where it's sunny" / "do one with more trees": the picture on screen, changed as the rest says
_VERSION_ASK = (r"(?:make|do|give\s+me|show\s+me|draw|render|create|try|paint|generate|get(?:\s+me)?|(?:can|could|may)\s+(?:i|we)\s+"
                r"(?:get|have|see)|let'?s\s+(?:see|try|do|have)|i'?d\s+(?:like|love)|i\s+want)\s+(?:me\s+|us\s+)?")
_VERSION_WHERE = r"(?:where|with|in\s+which|that\s+has|but|featuring|(?=without\b)|(?=in\s+(?!which\b)))"
VERSION_OF_IT = re.compile(r"^(?:(?:just|then|now|next|so|maybe|ok(?:ay)?|and|can\s+you|could\s+you|please)[,\s]+)*(?:"
                           + _VERSION_ASK + r")?(?:(?:a|another|one\s+more)\s+(?:version|one|take|variant|edition)\s+"
                           + _VERSION_WHERE + r"|(?:one|another)\s+(?:more\s+)?" + _VERSION_WHERE + r")\s*"
                           r"(?!in\s+(?:an?|one|ten|\d+)\s+(?:million|thousand|hundred|people|of)\b)", re.I)
# ("one in a million", "one in ten people": no version)
# "show me what a red kitchen would look like" / "what would a castle on the moon look like": a picture of it
WOULD_LOOK = re.compile(r"^(?:(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+)?(?:show|draw|paint|sketch)\s+(?:(?:me|us)\s+)?"
                        r"|(?:show|draw|paint|sketch)\s+(?:(?:me|us)\s+)?|i\s+(?:wonder|want\s+to\s+see|'d\s+love\s+to\s+see)\s+"
                        r"|i(?:'m|\s+am)\s+(?:so\s+|really\s+|just\s+)?curious\s+(?:about\s+|to\s+see\s+)?|i(?:'d|\s+would)\s+like\s+to\s+"
                        r"(?:see|know)\s+|i\s+(?:can'?t|cannot)\s+(?:quite\s+)?(?:picture|imagine)\s+)?"
                        r"what\s+(?:(?P<x>.+?)\s+(?:would|might|could|will)|(?:would|might|could|will)\s+(?P<x2>.+?))"
                        r"\s+look\s+like(?P<rest>\b.*?)[?.!\s]*$", re.I)
# "i meant ..." / "sorry, ..." / "correction: ...", or someone else's wish passed on ("she says it should be pink",
# "my wife thinks the sky needs more stars"): the words that follow are the request
# what someone else says: "my niece says …", "the client thinks that …"
SAYS = r"(?:says?|said|thinks?|thought|wants\s+to\s+know\s+if|asked\s+if|reckons?|feels)"
def slash_as_and(text: str) -> str:
    """"take the labels/text out" -> "take the labels and text out": a slash between two words lists them ("w/", "24/7",
    "1/2" and "A/B" stay)."""
    return re.sub(r"(?<=[a-z]{2})/(?=[a-z]{2})", " and ", text, flags=re.I)


# a thing of the picture dropped before the change that replaces it ("actually forget pumpkin, make it peppermint")
FORGET_LEAD = (r"^(?:(?:actually|ok(?:ay)?|no|so|hmm+|wait)[,\s]+)*forget\s+(?:about\s+)?(?:the\s+)?(?P<forgot>(?!it\b|that\b)"
               r"[\w'-]+(?:\s+[\w'-]+)?)\s*[,.;:!-]+\s*(?=(?:make|turn|change|do|give|put|add|use|let'?s|go|try|just)\b)")
CORRECTION = re.compile(r"^(?:she|he|they|my\s+[\w'-]+|our\s+[\w'-]+|the\s+(?:client|boss|kids?|customer))\s+" + SAYS +
                        r"\s+(?:that\s+)?(?=(?:it|the|this|there|you|we|maybe)\b)|"
                        r"^(?:(?:oops|whoops|sorry|my\s+bad|correction)[,.!:;\s]+)*(?:i\s+meant|i\s+mean|what\s+i\s+meant\s+"
                        r"(?:was|is))\s*[,:]?\s+(?:that\s+)?|^(?:oops|whoops|sorry|my\s+bad|correction)[,.!:;\s]+"
                        r"|^[^.!?]{0,200}?\b(?:jk|j/k|just\s+(?:kidding|joking))\s*[,.!:;]+\s*(?=\S)"  # "… lol jk. draw a pug"
                        r"|" + FORGET_LEAD +  # "actually forget pumpkin, make it a peppermint mocha week"
                        r"|^(?:no\s+wait|wait\s+no|no\s+no|actually\s+no|scratch\s+that|never\s*mind|nvm|forget\s+(?:it|that))[,.!:;\s]+"
                        r"(?:(?:make\s+it|i\s+want|do)\s+)?(?=(?:an?|some|two|three|\d+)\s)", re.I)


_DETERMINER = r"(?:a|an|the|some|one|two|three|four|five|six|seven|eight|\d+)"
_NOT_IN_NAME = r"(?!(?:a|an|the|with|and|or|in|on|of|at|to|for|by|from|no|wait|actually)\b)"
# "a cigarette - no wait, a toothpick", "a red car, I mean a blue car": the thing said second takes the first's place
_MID_CORRECTION = re.compile(
    r"\b(?P<old>" + _DETERMINER + r"\s+(?:" + _NOT_IN_NAME + r"[\w'-]+\s+){0,3}?" + _NOT_IN_NAME + r"[\w'-]+"
    r"(?:\s+of\s+(?:" + _NOT_IN_NAME + r"[\w'-]+\s+)?" + _NOT_IN_NAME + r"[\w'-]+)?)"  # ("a glass of red wine")
    r"(?P<on>\s+(?:on|onto|for|around|over)\s+(?:him|her|it|them|the\s+[\w'-]+))?"  # ("a bow tie on him. wait, a top hat")
    r"(?:\s*[-–—,.;:!]+\s*|\s+)(?:(?:no+\s+wait|wait\s+no|no+|wait|sorry|oops|actually|i\s+mean|i\s+meant|or\s+rather|"
    r"rather|make\s+that|no+\s*[,.!]?\s*make\s+it|scratch\s+that)(?:\s*[-–—,.;:!]+\s*|\s+))+"
    r"(?P<new>" + _DETERMINER + r"\s+[^,.;:!?()]+?)(?=\s*(?:[,.;:!?()]|\s-\s|$))", re.I)


# "draw a horse in a field, actually make it a zebra": the thing asked for first, said again as another
_MAKE_IT_ANOTHER = re.compile(r"^(?P<ask>.+?)\s*[,.;:!-]+\s*(?:(?:actually|no\s+wait|wait|hmm+|or\s+rather|sorry|oh|no+)[,\s]+)+"
                              r"(?:make\s+(?:it|that|this)|change\s+(?:it|that)\s+to|let'?s\s+(?:do|say))\s+"
                              r"(?P<new>(?:an?|some)\s+[\w'-]+(?:\s+[\w'-]+)?)(?P<rest>\s*(?:[,.;!]|\band\b|\bbut\b|$).*)$", re.I)
_FIRST_THING = re.compile(r"\b(?:a|an|some)\s+(?:[\w'-]+\s+){0,2}?[\w'-]+(?=\s+(?:in|on|at|with|under|by|near|next|"
                          r"(?!(?:king|ring|thing|string|wing|spring|ceiling|building|painting|evening|morning)\b)[a-z]{2,}ing)\b|\s*$)",
                          re.I)  # (what it is doing follows it: "a snowboarder doing a jump")


# a thing said again in between ("…, no, a dog") before the last say ("…, no actually make it a fox")
_MID_SAY_AT_END = re.compile(r"\s*[,.;:-]+\s*(?:(?:no+|wait|sorry|oops|actually|i\s+mean)[,\s]+)+(?:an?|the|some)\s+[^,.;:!?]+$",
                             re.I)


def _another_thing(text: str) -> str:
    """"draw a horse in a field, actually make it a zebra, at sunset" -> "draw a zebra in a field, at sunset"."""
    said = _MAKE_IT_ANOTHER.match(text.strip())
    thing = _FIRST_THING.search(said.group("ask")) if said else None
    if not thing or _LOOK_WORD.search(said.group("new")):  # "actually make it a watercolor": a look, said after
        return text
    ask, rest = _MID_SAY_AT_END.sub("", said.group("ask")), said.group("rest")  # "a cat, no, a dog, no actually make it
    # a fox": the fox takes the first thing's place; the dog said between goes
    ask = ask[: thing.start()] + said.group("new") + ask[thing.end():]
    place = re.match(r"[,;\s]*(?P<p>(?:in|on|at|by|under|near)\s+(?:an?|the)\s+[\w'-]+)\b", rest, re.I)
    at = ask.lower().rfind(" " + place.group("p").lower()) if place else -1
    if at > 0 and re.fullmatch(r"[\s.!]*", ask[at + 1 + len(place.group("p")):]):  # ", on a beach at sunset": said again,
        ask = ask[:at]  # fuller (once)
    return ask + rest


_LOOK_WORD = re.compile(r"\b(?:watercolou?r|painting|sketch|drawing|cartoon|anime|photo|illustration|poster|version|"
                        r"bit|lot|little|night|day|sunset|sunrise|winter|summer|close-?up|wide|tall|square|" +
                        "|".join(lexicon.COMPARATIVES) + r")$", re.I)  # (not "a skier": a comparative, said)


def self_corrected(text: str) -> str:
    """"give her a cigarette - no wait, a toothpick" -> "give her a toothpick": a correction in the middle of a message
    replaces the thing it corrects ("a blue one" is the old thing in blue)."""
    text = _another_thing(text)
    found = _MID_CORRECTION.search(text)
    if not found or re.search(r"\b(?:should|is|are|was|were|be|needs?|must|can|could|would|will|looks?|has|have)\b",
                              found.group("new"), re.I):  # "… actually the hat should be red": a change, said after
        return text
    new = re.sub(r"\bones?$", found.group("old").split()[-1], found.group("new").strip())
    first = _first_thing_meant(text, found, new)
    if first:  # "a cat on a fence, no, a dog": the dog in the cat's place, not the fence's
        kept = text[first.end(): found.end("old")] + (found.group("on") or "")
        return text[: first.start()] + new + kept + text[found.end():]
    return text[: found.start()] + new + (found.group("on") or "") + text[found.end():]


def _first_thing_meant(text: str, found: re.Match, new: str):
    """The first thing of the message when the thing corrected last is where it was ("on a fence") and the new thing is
    more like the first (by sentence embedding); None otherwise, or when no embedding model is at hand."""
    if not re.search(r"\b(?:on|in|at|with|under|by|near|over|beside|behind|inside|to)\s+$", text[: found.start()], re.I):
        return None
    first = _FIRST_THING.search(text[: found.start()]) or re.search(r"\b(?:a|an|some)\s+(?:[\w'-]+\s+){0,2}?[\w'-]+(?=\s+(?:on|in|at|"
                                                                  r"with|under|by|near|over|beside|behind|inside|to)\s+$)",
                                                                  text[: found.start()], re.I)
    if not first or first.end() >= found.start():
        return None
    if not embeddings.available():  # (the model loads on first use; the rules stand without it)
        return None
    target = embeddings.encode(new)
    return first if float(target @ embeddings.encode(first.group(0))) > float(target @ embeddings.encode(found.group("old"))) \
        else None


# words after these are lettering, kept as typed even in a shouted message ("… A SIGN THAT SAYS ROY'S")
_LETTERING_LEAD = re.compile(r"\b(?:says?|saying|reads?|reading|that\s+says|the\s+words?|the\s+text|spelling|spells|write|"
                             r"writes)\b\s*(?=\S)", re.I)


def calm_shouting(text: str) -> str:
    """"DRAW A 1957 CHEVY AT NIGHT" -> "draw a 1957 chevy at night": a message typed in capitals is read (and drawn) in
    lowercase, its quoted words and the words it asks to letter kept as typed; any other message unchanged."""
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 12 or sum(c.isupper() for c in letters) < 0.8 * len(letters):
        return text
    lettering = _LETTERING_LEAD.search(text)
    head, tail = (text[: lettering.end()], text[lettering.end():]) if lettering else (text, "")
    parts = re.split(r"(\"[^\"]*\"|“[^”]*”|(?<!\w)'[^']+'(?!\w))", head)  # quoted words stay as typed
    return "".join(p if p[:1] in "\"“'" else p.lower() for p in parts) + tail


# punctuation said aloud by a dictating phone ("remove the dog comma and … period")
_SAID_COMMA = re.compile(r"(?<![\s,])(?<!\ba)(?<!\ban)(?<!\bthe)(?<!\bone)\s+comma\s+(?=\w)", re.I)
_SAID_STOP = re.compile(r"(?P<word>[\w']+)\s+(?:period|full\s+stop)(?=\s*$|\s+[a-z])", re.I)
_NAMES_A_PERIOD = frozenset("the a an that this same time victorian edwardian regency medieval tudor historical baroque "
                            "georgian elizabethan jurassic cretaceous triassic blue rose early late modern classical "
                            "colonial edo meiji heian ming tang ice warm cold free trial grace waiting golden".split())
_SAID_QUESTION = re.compile(r"\s+question\s+mark\s*$", re.I)
# a spoken pause ("um", "uhh", "erm"), and the joining word before it
_PAUSE = re.compile(r"(?P<before>\b(?:and|but|so|or|then)\s+|^)?(?:(?<=\s)|^)(?<!\bde\s)(?<!\bem\s)(?<!\bcom\s)(?<!\bpor\s)"
                    r"(?:u+m+|u+h+|e+rm+|u+hm+)\b[,.]?\s*", re.I)  # ("de um tucano": Portuguese "a", no pause)
# "okay so what I want is a picture of …": the pseudo-cleft of a request, said plainly
_WHAT_I_WANT = re.compile(r"^(?P<lead>(?:(?:ok(?:ay)?|so|well|right|alright|hi|hey|hello)[,.!\s]+)*)what\s+(?:i|we)\s+"
                          r"(?:really\s+|actually\s+)?(?:want|need|'d\s+like|would\s+like|'d\s+love|would\s+love|"
                          r"(?:'m|am|are|'re)\s+(?:after|looking\s+for|thinking\s+of|picturing|imagining|hoping\s+for)|"
                          r"have\s+in\s+mind|(?:'m|am)\s+thinking)\s+is\s+(?!(?:for|to|that)\b)", re.I)


# "… so I was thinking a unicorn astronaut floating past saturn?": the idea offered is the picture asked for
_THINKING_OF = re.compile(r"(?:[,;]\s*|\s+)(?:and\s+|so\s+)?(?:i\s+was|i'?m|i\s+am|we\s+were|we'?re|we\s+are)\s+"
                          r"(?:kinda\s+|kind\s+of\s+|just\s+)?thinking\s+(?:of\s+|about\s+)?(?:maybe\s+|like\s+|"
                          r"something\s+like\s+)?(?=(?:an?|some|two|three|four|\d+)\s+(?![\w'-]+\s+(?:would|will|could|"
                          r"might|is|was)\b))", re.I)


_THOUGH = re.compile(r"\s+(?:tho|though|tho\s+lol)\b(?=\s*(?:[,.!?;]|$))", re.I)  # "make it tall tho, …": said, not asked


# apologies and hedges around an ask ("sorry to be a pain, …", "…, only if it's no trouble, sorry", "Sorry!"): manners,
# not content (a message that is only an apology stays as it is)
_SORRY = r"(?:(?:oh\s+)?(?:so|really|very|terribly|super)\s+)?(?:sorry|apologies|my\s+apologies)"
_APOLOGY_SENTENCE = re.compile(r"^\s*(?:(?:hello|hi|hey|good\s+(?:morning|afternoon|evening))[,!]?\s+)?" + _SORRY + r"(?:\s+(?:again|to\s+(?:bother|trouble)\s+you(?:\s+again)?|to\s+be\s+a\s+"
                               r"pain|for\s+(?:the\s+)?(?:trouble|bother|hassle|all\s+the\s+questions)|if\s+[^.!?]*))?"
                               r"\s*[.!]*\s*$", re.I)
_APOLOGY_LEAD = re.compile(r"^\s*" + _SORRY + r"(?:\s+to\s+(?:bother|trouble)\s+you|\s+to\s+be\s+a\s+pain|\s+again)?"
                           r"(?:\s*,\s*(?:but\s+)?|\s+but\s+)|^\s*(?:one\s+more\s+thing|one\s+last\s+thing)\s*[:,-]\s*", re.I)
# "hey so I'm driving so sorry for typos": why the typing is rough, said before the ask (a lead, no content)
_TYPING_EXCUSED = re.compile(r"^\s*(?:(?:hey|hi|hello|ok(?:ay)?|so)[,!\s]+)*(?:(?:i'?m|im|i\s+am)\s+(?:driving|walking|on\s+(?:the|a|my)\s+"
                             r"[\w'-]+|typing\s+(?:on\s+(?:my|a)\s+phone|one[\s-]handed|fast)|in\s+a\s+(?:hurry|rush))[\s,.!-]*)?"
                             r"(?:so\s+)?(?:sorry|excuse|pardon|apologies)\s+(?:for\s+)?(?:the\s+|my\s+|any\s+)?"
                             r"(?:typos?|spelling|mistakes|grammar)\b[\s,.!:;-]*", re.I)
# "sorry, in English: …", "ok in english now: …": the language the ask comes in, no part of it
_IN_ENGLISH_NOW = re.compile(r"^\s*(?:(?:sorry|oops|ok(?:ay)?|so|and)[,!\s]+)*(?:(?:now\s+)?in|(?:i'?ll\s+)?(?:say|write)\s+it\s+in)\s+"
                             r"english(?:\s+now|\s+this\s+time)?\s*[:,.!-]+\s*(?=\S)", re.I)
_APOLOGY_INSIDE = re.compile(r",\s*" + _SORRY + r"\s*(?=,)|,?\s*(?:(?:but\s+)?only\s+)?if\s+(?:it'?s|that'?s|it\s+is|that\s+is)\s+"
                             r"(?:no|not\s+too\s+much(?:\s+of\s+a)?)\s+(?:trouble|bother|hassle)\b|,?\s*if\s+you\s+don'?t\s+"
                             r"mind\b|,\s*" + _SORRY + r"\s*(?=[.!?]*\s*$)", re.I)


# a message written as a letter: "Dear Sir or Madam, …", "… Respectfully, Harold", "… Yours faithfully, A. Pemberton"
_SALUTATION = re.compile(r"^\s*dear\s+(?:sir(?:\s+or\s+madam)?|madam|easel|team|all|friend|assistant|(?-i:[A-Z][a-z]+))\s*[,:!.]\s*", re.I)
_SIGN_OFF_LETTER = re.compile(r"(?:(?<=[.!?])|[,;]|\s+-+)\s*(?:respectfully(?:\s+yours)?|yours\s+(?:faithfully|sincerely|truly|respectfully)|"
                              r"(?:kind|best|warm|warmest)\s+regards|regards|sincerely|with\s+(?:thanks|gratitude|best\s+wishes)|"
                              r"best\s+wishes|many\s+thanks|thanks\s+(?:again|in\s+advance))\s*[,.!]?\s*"
                              r"(?:(?-i:[A-Z])[\w'-]*\.?(?:\s+(?-i:[A-Z])[\w'-]*\.?){0,2})?\s*[.!]*\s*$", re.I)


def without_letter_frame(text: str) -> str:
    """"Dear Sir or Madam, On reflection I preferred the first picture. Yours faithfully, A. Pemberton" -> "On
    reflection I preferred the first picture.": the letter's greeting and signature are no part of the ask."""
    framed = _SIGN_OFF_LETTER.sub("", _SALUTATION.sub("", text, count=1), count=1).strip()
    return framed if framed else text


def without_apologies(text: str) -> str:
    """"Sorry to be a pain, it's lovely, but could it be without the birds? Sorry" -> "it's lovely, but could it be
    without the birds?": apologies and "only if it's no trouble" said around an ask are left out."""
    text = without_letter_frame(text)
    excused = _IN_ENGLISH_NOW.sub("", _TYPING_EXCUSED.sub("", text.strip(), count=1), count=1)
    text = excused if excused.strip() else text
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s]
    kept = [s for s in sentences if not _APOLOGY_SENTENCE.match(s)]
    if not kept:
        return text
    cleaned = []
    for sentence in kept:
        previous = None
        while previous != sentence:
            previous = sentence
            sentence = _APOLOGY_INSIDE.sub("", _APOLOGY_LEAD.sub("", sentence, count=1))
        cleaned.append(sentence.strip())
    said = " ".join(s for s in cleaned if s.strip(" ,.!?"))
    return said if said.strip() else text


def straight_quotes(text: str) -> str:
    """« Chez Anne » and „Frohe Weihnachten“ as "Chez Anne" and "Frohe Weihnachten": the quotes every rule knows."""
    text = re.sub(r"«\s*([^»]+?)\s*»", r'"\1"', text)
    return re.sub(r"„([^“”\"]+)[“”\"]", r'"\1"', text)


_BULLET = re.compile(r"\n\s*(?:[-*•·–]|\d{1,2}[.)])\s+")


def bullets_as_a_list(text: str) -> str:
    """"need a picture:\n- cozy log cabin\n- snowy pine forest\n- no people" -> "need a picture: cozy log cabin, snowy
    pine forest, no people": a list of lines is one description, its items joined as a sentence joins them."""
    items = _BULLET.split(text.strip())
    if len(items) < 3:
        return text
    head, rest = items[0].strip(), [i.strip(" ,;.") for i in items[1:] if i.strip(" ,;.")]
    return (f"{head.rstrip(':')}: " if head else "") + ", ".join(rest)


def as_said(text: str) -> str:
    """A message as it would have been typed: punctuation a phone dictated in words put back ("… comma …", "…
    period"), "what I want is a picture of X" said as "I want a picture of X", and "…, so I was thinking a X" as a
    sentence of its own ("I'd like a X"); a prompt pasted from another tool in Easel's words; an ask passed on ("she
    says …") as the user's own; an ask run on after a statement as a sentence of its own. Any other message unchanged."""
    text = bullets_as_a_list(text)
    if detect_language(text):  # "faz um desenho de um tucano": "um" is Portuguese "a", "comma" no English word
        return text
    dictated = _SAID_QUESTION.sub("?", _SAID_COMMA.sub(", ", text))
    dictated = re.sub(r"\s+,", ",", _PAUSE.sub(_pause_read, _THOUGH.sub("", dictated)))
    dictated = _SAID_STOP.sub(lambda m: m.group(0) if m.group("word").lower() in _NAMES_A_PERIOD else f"{m.group('word')}.",
                              dictated)
    dictated = _run_on_ask(_relayed(pasted_prompt(dictated)))
    thinking = _THINKING_OF.search(dictated)
    if thinking and thinking.start() > 0:
        dictated = f"{dictated[: thinking.start()]}. I'd like {dictated[thinking.end():]}"
    return _WHAT_I_WANT.sub(lambda m: f"{m.group('lead')}I want ", dictated, count=1)


# a prompt pasted from another tool: its label, its "Negative:" part and Midjourney's flags
_PROMPT_LABEL = re.compile(r"^\s*(?:/imagine\s+(?:prompt\s*:\s*)?|(?:positive\s+)?prompt\s*:\s*)", re.I)
_NEGATIVE_PART = re.compile(r"[.,;\s]*\b(?:negative(?:\s+prompt)?|neg)\s*:\s*(?P<n>[^\n]+?)[\s.]*$", re.I)
_MJ_ASPECT = re.compile(r"\s*--(?:ar|aspect)\s+(?P<w>\d{1,2})\s*:\s*(?P<h>\d{1,2})\b", re.I)
_MJ_NO = re.compile(r"\s*--no\s+(?P<n>[^-]+?)(?=\s+--|\s*$)", re.I)
_MJ_FLAG = re.compile(r"\s*--(?:v|version|style|stylize|s|q|quality|chaos|c|seed|niji|tile|iw|weird|w|hd|uplight|upbeta)\b"
                      r"(?:\s+(?!--)[\w.]+)?", re.I)


def pasted_prompt(text: str) -> str:
    """"Prompt: a fisherman … Negative: blurry, watermark" -> "a fisherman …, no blurry, no watermark"; "/imagine prompt:
    a viaduct --ar 3:2 --v 6" -> "a viaduct, 3:2 format": a prompt written for another tool, in Easel's words."""
    if not (_PROMPT_LABEL.match(text) or _NEGATIVE_PART.search(text) or "--" in text):
        return text
    said = _PROMPT_LABEL.sub("", text, count=1)
    negatives = [n.strip() for flag in _MJ_NO.finditer(said) for n in flag.group("n").split(",") if n.strip()]
    ratio = _MJ_ASPECT.search(said)  # the flags first: they may follow the "Negative:" part
    shape = "" if not ratio else ", " + ("wide" if int(ratio.group("w")) > int(ratio.group("h")) else "tall" if int(
        ratio.group("w")) < int(ratio.group("h")) else "square")
    said = _MJ_ASPECT.sub("", _MJ_FLAG.sub("", _MJ_NO.sub("", said)))
    part = _NEGATIVE_PART.search(said)
    if part and part.start() > 0:
        negatives = [n.strip() for n in part.group("n").split(",") if n.strip()] + negatives
        said = said[: part.start()]
    said = said.strip().rstrip(".,; ")
    return said + "".join(f", no {n}" for n in negatives) + shape  # (the shape said last, where it reads as one)


# what someone beside the user says, passed on ("she says make the unicorn purple", "he's asking if you can make it
# move"): the ask itself
_RELAYED = re.compile(r"^(?P<lead>(?:(?:now|and|ok(?:ay)?|so|also|oh)[,\s]+)*)(?:she|he|they|(?:my|our)\s+(?:little\s+)?(?:son|daughter|"
                      r"kid|kids|wife|husband|mum|mom|dad|boss|client|grandson|granddaughter|friend|niece|nephew|partner|"
                      r"grandma|grandpa)|the\s+(?:kids?|client|boss))(?:'s|\s+is|\s+are|\s+was)?\s+(?:says?|said|asks|asked|asking|"
                      r"wants\s+to\s+know|wondering)\s*[:,]?\s*(?P<if>(?:if|whether)\s+)?(?P<rest>\S.*)$", re.I)
_ASKED_IF = re.compile(r"^(?P<who>you|u|it|he|she|they|we|[A-Z][a-z]+|the\s+[\w'-]+)\s+(?P<aux>can|could|would|will)\s+"
                       r"(?P<rest>.+?)[\s?.!]*$", re.I)


# "the kids also want him in a bow tie", "my daughter wants her with wings": someone's wish for the one in the picture
_WANT_HIM_IN = re.compile(r"^(?:(?:now|and|ok(?:ay)?|so|oh)[,\s]+)*(?:she|he|they|(?:my|our)\s+(?:little\s+)?[\w'-]+|the\s+(?:kids?|"
                          r"client|boss|children|students|family|team))\s+(?:also\s+)?(?:wants?|would\s+like|would\s+love|'d\s+like)"
                          r"\s+(?P<who>him|her|it|them)\s+(?:also\s+|too\s+)?(?P<how>(?:in|with|wearing|holding)\s+\S.*)$", re.I)


def _relayed(text: str) -> str:
    """"she says make the unicorn purple" -> "make the unicorn purple"; "he's asking if Milo can blink" -> "can Milo
    blink?"; "the kids want him in a bow tie" -> "put him in a bow tie": the ask passed on, as the user's own."""
    wanted = _WANT_HIM_IN.match(text.strip())
    if wanted:
        how = wanted.group("how")
        verb = "put" if how.lower().startswith("in ") else "give" if how.lower().startswith("with ") else "show"
        return f"{verb} {wanted.group('who')} {how[len('with '):] if verb == 'give' else how}"
    relayed = _RELAYED.match(text.strip())
    if not relayed:
        return text
    rest = relayed.group("rest")
    asked = _ASKED_IF.match(rest) if relayed.group("if") else None
    if asked:
        rest = f"{asked.group('aux')} {asked.group('who')} {asked.group('rest')}?"
    elif relayed.group("if"):
        return text
    return f"{relayed.group('lead')}{rest}"


# an ask run on after a statement with no stop between ("my son loves dinosaurs can you draw one for his party")
_RUN_ON_ASK = re.compile(r"(?<=[a-z])\s+(?=(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+|pls\s+)?(?:draw|paint|make|"
                         r"create|sketch|generate|design|illustrate|do)\b)", re.I)
_QUESTION_START = re.compile(r"^\W*(?:what|how|which|who|why|when|where|is|are|do|does|can|could|would|will|should)\b", re.I)


def _run_on_ask(text: str) -> str:
    """"my son loves dinosaurs can you draw one" -> "my son loves dinosaurs. can you draw one": the statement and the
    ask as two sentences; a question ("how many pictures can you make"), or a message with stops, unchanged."""
    ask = _RUN_ON_ASK.search(text)
    if not ask or re.search(r"[.!?;,]", text[: ask.start()]) or _QUESTION_START.match(text) or \
            len(text[: ask.start()].split()) < 3:
        return text
    return f"{text[: ask.start()]}. {text[ask.end():]}"


def _pause_read(match: re.Match) -> str:
    """"… my phone um I want …" -> "… my phone, I want …"; "and um take out" -> "and take out"; "the uh red one" -> "the
    red one"."""
    if match.group("before") or match.start() == 0:
        return match.group("before") or ""
    return "" if re.search(r"\b(?:the|a|an|my|our|some)\s*$", match.string[: match.start()], re.I) else ", "


# "make bg pink", "paint bike red" (a word list's reading of "pinta esta bici de rojo"): a change typed without its article
# (not "make cats in space", a new picture; not "change ZAP to BOOM", words)
_BARE_PART = re.compile(r"^(?P<lead>(?:(?:pls|please|plz|now|ok(?:ay)?|can\s+(?:you|u)|could\s+(?:you|u))[,\s]+)*"
                        r"(?:paint|make|colou?r|turn|change)\s+)(?P<noun>(?!(?:the|a|an|it|this|that|these|those|his|her|"
                        r"its|their|my|our|everything|all|more|less|much|even|way|super|very|really|so|bit|little|lot|slightly|some|sure|"
                        r"me|him|them|us|you)\b)(?-i:[a-z])[\w'-]*)\s+(?=(?:to\s+|into\s+)?(?!(?:in|on|at|with|of|for|and|or|from|by|"
                        r"a|an|the|playing|doing|eating|wearing|holding)\b)[a-z])", re.I)


def article_put_back(text: str, is_part: Callable[[str, str], bool]) -> str:
    """"make bg pink" -> "make the bg pink" when ``is_part(noun, rest)`` says the noun is a part of the picture on
    screen (the caller knows the picture); anything else as typed."""
    bare = _BARE_PART.match(text.strip())
    if not bare or not is_part(bare.group("noun"), text.strip()[bare.end():]):
        return text
    return f"{bare.group('lead')}the {text.strip()[bare.end('lead'):]}"
