"""What a message says is wrong with the picture on screen, and what it lacks: "it's too dark", "the pond is kinda
small", "the colours feel flat", "i don't like the sky", "it could use some birds". The patterns and the other way of
each complaint; ``chat.words.edit`` makes the change and ``chat.words.route`` knows the message is an edit.

    .venv/bin/python -c "from chat.words.critique import critique; print(repr(critique('the pond is way too small')))"
"""
from __future__ import annotations

import re
from typing import Optional

from chat.words.normalize import TRAIL

# "it's too dark": the other way, for the whole picture
TOO = {"dark": "brighter, well lit", "bright": "darker, moodier light", "busy": "simpler, clean composition",
       "cluttered": "simpler, clean composition", "plain": "more detail", "boring": "more vivid and dynamic",
       "small": "larger subject", "saturated": "muted colors", "dull": "vibrant colors", "warm": "cooler tones",
       "cold": "warmer tones", "cool": "warmer tones", "blurry": "sharp focus", "flat": "more depth and contrast",
       "cartoonish": "more realistic", "fake": "more realistic", "empty": "a fuller scene", "messy": "cleaner, tidier",
       "harsh": "softer light", "washed": "richer colours", "grainy": "clean noise-free detail",
       "noisy": "clean noise-free detail", "pixelated": "crisp fine detail", "blurred": "sharp focus",
       "spooky": "friendly, playful and cute", "scary": "friendly, playful and cute", "creepy": "friendly, playful and cute",
       "dark and scary": "friendly, playful and cute", "intense": "gentler, calmer mood", "serious": "more playful"}
# "it's a bit too dark (and blurry)", "the cat's too small", "way too busy"
RE_TOO = re.compile(r"^(?:(?:it'?s|it\s+is|this\s+is|that'?s|looks|(?:it|this|that)\s+(?:looks|feels|seems)|"
                    r"the\s+(?P<part>[\w'-]+)(?:'s|\s+(?:is|looks|feels|seems|are|look|feel|seem)))\s+)?"
                    r"(?:(?:(?:a\s+)?(?:bit|little|tad)\s+|way\s+|much\s+|kinda\s+|kind\s+of\s+|slightly\s+|still\s+|just\s+|"
                    r"really\s+|so\s+|very\s+|pretty\s+|quite\s+|rather\s+|super\s+)+(?:too\s+)?|too\s+)"
                    r"(?P<y>\w+)(?:\s*(?:,|and|&)\s*(?:too\s+)?(?P<y2>\w+))?\W*$", re.I)
# "the sky looks boring", "it feels flat": a critique without "too"
RE_LOOKS = re.compile(r"^(?:it|this|that|the\s+(?P<part>[\w'-]+))\s+(?:looks|feels|seems|look|feel|seem)\s+(?:(?:kinda|a\s+bit|"
                      r"really|so|very|pretty|quite|still|just)\s+)*(?P<y>\w+)(?:\s*(?:,|and|&)\s*"
                      r"(?P<y2>\w+))?\W*$", re.I)
WHOLE = ("image", "picture", "photo", "whole", "scene", "pic")  # "the picture is too dark": no part of it
# "the sky is too empty": that part, the other way
TOO_PART = {"dark": "brighter", "bright": "darker", "small": "bigger", "big": "smaller", "large": "smaller",
            "busy": "simpler", "plain": "more detailed", "empty": "fuller", "dull": "more vibrant",
            "saturated": "more muted", "blurry": "sharper", "long": "shorter", "short": "longer", "thin": "thicker",
            "thick": "thinner", "wide": "narrower", "tall": "shorter", "pale": "richer", "cartoonish": "more realistic",
            "scary": "friendlier", "harsh": "softer", "flat": "more dramatic", "boring": "more interesting"}


# "too dark for my taste", "too small in the frame": said of the picture as a whole, no part of the complaint
FOR_MY_TASTE = re.compile(r"\s+(?:in\s+(?:the|this)\s+(?:frame|picture|image|shot|photo|pic)|for\s+my\s+(?:taste|liking)|for\s+me|"
                          r"imo|to\s+me|if\s+you\s+ask\s+me)\b", re.I)


def critique(text: str) -> Optional[str]:
    """"the pond is kinda small" -> "pond", "it looks too flat" -> "": a part (or the whole picture) said to be too much
    (or too little) of something Easel knows the other way of; None for anything else."""
    text = FOR_MY_TASTE.sub("", text)
    match = RE_TOO.match(text.strip().lower()) or RE_LOOKS.match(text.strip().lower())
    said = [w for w in (match.group("y"), match.group("y2")) if w] if match else []
    part = match.group("part") if match else None
    if part and part not in WHOLE:
        return part if said and all(w in TOO_PART for w in said) else None
    return "" if said and any(w in TOO for w in said) else None



# "i don't like the colours" / "don't love the lighting": a different one
DISLIKED_LOOKS = r"(?:colou?rs?|palette|lighting|light|style|background|sky|font|pose|composition|angle|framing|mood)"
DISLIKE = re.compile(r"^(?:i\s+|we\s+)?(?:really\s+|just\s+)?(?:don'?t|dont|do\s+not)\s+(?:like|love|dig)\s+(?:the|those|"
                     r"that|this|its|his|her|their)\s+(?P<x>[\w'-]+(?:\s+[\w'-]+)?)\s*(?:[.!]*$|[,.;!]+\s*(?=\S))", re.I)
# "i think it needs more trees", "could use some birds", "it's missing a moon": what the picture on screen lacks
NEEDS = re.compile(r"^(?:(?:i\s+(?:think|feel(?:\s+like)?|guess|reckon)|imo|maybe|honestly|tbh|but|hmm+|and)[,\s]+)*"
                    r"(?:(?:it|this|that|this\s+one|the\s+(?:picture|image|scene|drawing|pic))(?:'s|\s+|(?=\s+is\b)))?\s*(?:really\s+|just\s+|"
                    r"still\s+|definitely\s+|kinda\s+|probably\s+|also\s+)?(?:needs|could\s+(?:really\s+)?use|could\s+do\s+with|"
                    r"would\s+(?:look|be)\s+better\s+with|(?:is\s+)?missing|lacks)\s+(?P<x>\S.*)$"
                    # "you forgot the hat", "you left out the dog", "you didn't add the moon": what it should have had
                    r"|^(?:(?:oh|hey|wait|um+|hmm+|but|and|oops)[,\s]+)*(?:you|u)\s+(?:forgot|left\s+out|missed|didn'?t\s+(?:add|include|"
                    r"put(?:\s+in)?|draw))\s+(?P<x2>(?:the|a|an|my|his|her|some)\s+\S.*?)(?:\s+(?:again|though|lol))?[\s.!?]*$", re.I)
_NOT_NEEDED = re.compile(r"(?:to\s+)?(?:be\s+)?(?:a\s+|some\s+)?(?:(?:better|new|good|little|bit\s+of|few)\s+)?(?:name|title|"
                         r"caption|break|rest|help|something|work|fixing|rethink|tweak|changes?|improvement)\b", re.I)


def picture_needs(text: str) -> Optional[str]:
    """"i think it needs more trees" -> "more trees"; None when it names nothing to draw ("it needs a name")."""
    match = NEEDS.match(text.strip())
    thing = (match.group("x") or match.group("x2")) if match else ""
    return None if not match or _NOT_NEEDED.match(thing) else TRAIL.sub("", thing).strip()


# "that's not what I meant", "nope, not what i asked for", "this isn't it at all": the picture missed, nothing said yet
# of what was wanted (whatever follows says it: "… I wanted a chess knight")
REJECTION = re.compile(
    r"^(?:(?:no+|nope|nah|ugh+|hmm+|um+|uh+|sorry|oh|well|hm+)[,.!\s]+)*"
    r"(?:(?:that'?s|thats|that\s+is|this\s+is|this'?s|it'?s|its|it\s+is|that|this|it)\s+)?"
    r"(?:(?:not|isn'?t|isnt|wasn'?t|wasnt|is\s+not|was\s+not)\s+(?:at\s+all\s+|really\s+|quite\s+|exactly\s+)?"
    r"(?:what\s+i\s+(?:meant|wanted|asked\s+for|had\s+in\s+mind|was\s+(?:going\s+for|after|thinking\s+of|picturing|"
    r"imagining|looking\s+for)|pictured|imagined|said|described)|it|right|the\s+(?:one|right\s+one)|"
    r"what\s+i\s+want(?:ed)?)"
    r"|(?:all\s+|completely\s+|totally\s+)?wrong)"
    r"(?:\s+at\s+all)?(?:\s*[,.!:;-]+\s*|\s*$|\s+(?=(?:i|it|the|this|that|make|can|could|please|just|they|he|she|"
    r"we|you|u|should|try|redo|again)\b))"
    r"(?:(?:no+|not\s+(?:that|this|the)\s+(?:kind|sort|type)\s+of\s+[\w'-]+)[\s,.!:;-]+)?", re.I)
# "no, not that kind of knight, I meant a chess piece": which thing, and not the one drawn
_NOT_THAT_KIND = re.compile(r"^(?:(?:no+|nope|nah)[,.!\s]+)*not\s+(?:that|this|the)\s+(?:kind|sort|type)\s+of\s+[\w'-]+"
                            r"[\s,.!:;-]+", re.I)
# "I wanted a chess knight", "what I asked for was a red one": the wish the picture missed, as a plain request
_WANTED = re.compile(r"^(?:(?:but|and|so)\s+)?(?:i\s+(?:wanted|meant|mean|said|asked\s+for|was\s+(?:going\s+for|after|thinking\s+of|"
                     r"looking\s+for|hoping\s+for|picturing|imagining)|had\s+in\s+mind)|what\s+i\s+(?:wanted|asked\s+for|"
                     r"meant)\s+(?:was|is))\s+", re.I)


# "no", "not really", "no thanks" (to "want a change?"): nothing to do now
DECLINE = re.compile(r"(?:(?:hmm+|um+|well)[,\s]+)?(?:no+|nope|not\s+really|no\s+thanks?|no\s+thank\s+you|nah,?\s+(?:i'?m|it'?s)\s+"
                     r"(?:good|fine))[\s.!]*", re.I)
# "meh", "nah", "not great", "i don't like it": the picture missed, said in a word or two
_LUKEWARM = re.compile(r"^(?:(?:hmm+|um+|uh+|well|honestly|tbh)[,.\s]+)*(?:m+e+h+|nah+|not\s+(?:great|good|"
                       r"quite|it|right|what\s+i\s+wanted)|ugh+|e+w+|bleh|yuck|boring|hate\s+it|i\s+hate\s+it|(?:i\s+)?"
                       r"(?:don'?t|do\s+not|dont)\s+(?:really\s+)?(?:like|love)\s+(?:it|this|that)|not\s+a\s+fan|not\s+feeling\s+it|"
                       r"(?:that'?s|this\s+is|it'?s)\s+(?:bad|awful|terrible|ugly|boring|meh))(?:[\s,.!]+(?:at\s+all|tbh|honestly|"
                       r"lol|sorry))*[\s.!?]*$", re.I)


def missed(text: str) -> Optional[str]:
    """"that's not what I meant, I wanted a chess knight" -> "a chess knight"; "that's not what I meant" -> "" (the
    picture missed, nothing said of what was wanted); None when the message does not say the picture missed."""
    stripped = text.strip()
    if _LUKEWARM.match(stripped):
        return ""
    found = REJECTION.match(stripped) or _NOT_THAT_KIND.match(stripped)
    if not found or not found.group(0).strip(" ,.!:;-"):
        return None
    rest = stripped[found.end():].strip()
    rest = _NOT_THAT_KIND.sub("", rest, count=1).strip()
    if re.fullmatch(r"(?:(?:that|what)\s+)?(?:i|we)\s+(?:wanted|meant|asked\s+for|said|had\s+in\s+mind)[\s.!?]*", rest, re.I):
        return ""  # "not the one I wanted": missed, nothing said of what was
    wanted = _WANTED.match(rest)
    if wanted:  # "I wanted it at night": make it so; "I wanted a chess knight": that thing
        rest = rest[wanted.end():]
        rest = re.sub(r"^(it|them|this|that)\s+(?:to\s+be\s+)?", r"make \1 ", rest, count=1, flags=re.I)
    return rest.strip(" ,.!:;-")


# body parts that small image models get wrong, what a fixed one looks like and what to steer away from
ANATOMY = {
    "hands": ("well-formed hands with five fingers", "deformed hands, extra fingers, fused fingers, bad anatomy"),
    "face": ("natural well-proportioned face", "distorted face, asymmetrical face, bad anatomy"),
    "eyes": ("natural symmetrical eyes", "crossed eyes, asymmetrical eyes, deformed eyes"),
    "teeth": ("natural even teeth", "deformed teeth, extra teeth"),
    "feet": ("well-formed feet", "deformed feet, extra toes, bad anatomy"),
    "legs": ("natural well-proportioned legs", "extra legs, deformed legs, bad anatomy"),
    "arms": ("natural well-proportioned arms", "extra arms, deformed arms, bad anatomy"),
    "body": ("natural anatomy, correct proportions", "bad anatomy, deformed body, extra limbs"),
}
_ANATOMY_WORDS = {"hand": "hands", "hands": "hands", "finger": "hands", "fingers": "hands", "face": "face",
                  "faces": "face", "eye": "eyes", "eyes": "eyes", "teeth": "teeth", "smile": "teeth", "mouth": "face",
                  "foot": "feet", "feet": "feet", "toes": "feet", "leg": "legs", "legs": "legs", "arm": "arms",
                  "arms": "arms", "body": "body", "anatomy": "body", "proportions": "body", "limbs": "body"}
_PART_WORD = r"(?P<part>" + "|".join(sorted(_ANATOMY_WORDS, key=len, reverse=True)) + r")"
_BAD = (r"(?:weird|wrong|off|messed[\s-]up|creepy|strange|odd|bad|broken|melted|mangled|deformed|distorted|twisted|"
        r"cursed|funky|janky|gross|scary|ugly|all\s+wrong|not\s+right|a\s+mess|horrible|terrible|awful|freaky|disturbing|"
        r"uncanny|blobs?|melty|wonky|crooked|lopsided)(?!\s+(?:to|screen|center|centre|frame|camera|the)\b)")
_ANATOMY_FAULT = re.compile(
    r"^(?:(?:also|and|but|ok(?:ay)?|so|hmm+|ugh+|um+|lol|eh)[,\s]+)*"
    r"(?:(?:the|his|her|their|its|your|those|these)\s+)?(?:[\w'-]+'s\s+)?" + _PART_WORD +
    r"\s+(?:look|looks|are|is|seem|seems|feel|feels|came\s+out|turned\s+out|went)\s+(?:(?:so|really|super|a\s+bit|"
    r"kinda|kind\s+of|pretty|very|totally|completely|all|a\s+little|real|hella)\s+)*" + _BAD + r"\b"
    r"|^(?:(?:also|and|but|ugh+|lol|um+)[,\s]+)*(?:(?:she|he|they|it)\s+(?:has|have|got)|there\s+(?:are|is)|"
    r"(?:why\s+)?(?:does|do)\s+(?:she|he|they|it)\s+have)\s+(?:like\s+)?(?:too\s+many|extra|(?:six|6|seven|7|"
    r"eight|8|three|3)|a\s+(?:third|sixth|weird|extra))\s+(?P<part2>fingers?|hands?|arms?|legs?|eyes?|toes?)\b"
    r"|^(?:(?:can|could)\s+(?:you|u)\s+)?(?:please\s+)?(?:fix|correct|repair|redo|sort\s+out)\s+(?:the|his|her|their|"
    r"its)\s+(?:[\w'-]+'s\s+)?" + _PART_WORD.replace("part", "part3") + r"\b(?=\s*(?:[,.!?;]|$|(?:please|pls|so|and|too)\b))",
    re.I)


_ONLY_FILLER = re.compile(r"^[\s,.!?;:-]*(?:(?:please|pls|lol|tbh|haha+|ugh+|again|now)[\s,.!?]*)*$", re.I)


def anatomy_fault(text: str, whole: bool = False) -> Optional[str]:
    """"the hands look weird" / "she has six fingers" / "fix his face" -> the body part to fix ("hands", "face"); None
    for anything else ("the eyes look happy", "fix the sky", "the eyes look off to the left"). ``whole``: only when
    that is the whole message ("the face looks off, and make the sky purple" says more)."""
    match = _ANATOMY_FAULT.match(text.strip())
    if not match or (whole and not _ONLY_FILLER.match(text.strip()[match.end():])):
        return None
    said = (match.group("part") or match.group("part2") or match.group("part3")).lower()
    return _ANATOMY_WORDS.get(said, _ANATOMY_WORDS.get(said.rstrip("s") + "s", "body")) if said else None
