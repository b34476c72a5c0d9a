"""What an uploaded photo shows, in the user's own words, for when no captioning model can look at it: "this is my
cat", "turn my dog into a knight", "make the ball blue" name the thing in the photo, and an edit of it then keeps
that thing in the prompt.

    .venv/bin/python -c "from chat.words.photo import named_in_photo; print(named_in_photo('turn my cat into a lion'))"
"""
from __future__ import annotations

import re
from typing import Optional

from chat.words import lexicon
from chat.words.detail import CATEGORIES

# a noun the detail categories know (animals, people, food, vehicles, objects…): a thing a photo can show
_THINGS = frozenset({k for c in CATEGORIES if c.name not in ("abstract", "graphic") for k in c.keywords if " " not in k}
                    | {"ball", "bowl", "rocket", "flag", "toy", "doll", "teddy", "bag", "vase", "lamp", "chair", "table",
                       "painting", "drawing", "sketch", "garden", "room", "bedroom", "kitchen", "yard", "backyard",
                       "house", "home", "cottage", "barn", "farmhouse", "cabin", "shed", "tractor", "van", "truck",
                       "porch", "patio", "balcony", "shop", "cafe", "office", "desk", "sofa", "couch", "bed", "cake",
                       "guitar", "piano", "pond", "pool", "mug", "bottle", "necklace", "ring", "logo", "product",
                       "scooter", "motorbike", "allotment", "greenhouse", "fence", "gate", "door", "car"}) - {
    "sky", "background", "foreground", "ground", "floor", "wall", "walls", "water", "light", "lighting", "grass",
    "clouds", "cloud", "path", "waves", "storm", "word", "letters"}
_NOUN = r"(?P<words>[\w'-]+(?:\s+[\w'-]+){0,2})"
# "this is my cat", "here's our house", "it's a photo of my grandma": the photo introduced
_INTRODUCED = re.compile(r"\b(?:this\s+is|that'?s|here'?s|here\s+is|it'?s|it\s+is|these\s+are|meet|look\s+at|take\s+a\s+look\s+at|"
                         r"check\s+out)\s+(?:[A-Z][a-z]+,\s+(?:one\s+of\s+)?)?"
                         r"(?:an?\s+(?:(?:old|quick|rough)\s+)?"
                         r"(?:photo|picture|pic|snap|drawing|painting|sketch)\s+of\s+)?(?:my|our|a|an|the|his|her|their)\s+" + _NOUN +
                         r"\b", re.I)
# "the old photo of my parents' farmhouse", "a pic i took of our garden": the user says what the photo shows
_PHOTO_OF = re.compile(r"\b(?:photo|picture|pic|snap|shot|scan|selfie|drawing|painting|sketch|mock-?up|render(?:ing)?|model)\s+(?:(?:i|we)\s+took\s+)?of\s+(?:my|our|a|an|the|his|"
                       r"her|their)\s+" + _NOUN + r"\b", re.I)
# "turn my dog into …", "make my grandma look like …": the thing the change is about
_CHANGED = re.compile(r"\b(?:turn|make|transform|change|convert|draw|paint|redo|give|put|dress)\s+(?:my|our|the|this|that)\s+"
                      + _NOUN + r"\b", re.I)
# "this bike", "these shoes": the thing in the photo, pointed at
_POINTED = re.compile(r"\b(?:this|that|these|those)\s+(?!(?:says?|reads?|is|are|was|were|has|have|had|shows?|will|would|can|"
                      r"could|looks?|i|we|you|they|he|she)\b)" + _NOUN + r"\b", re.I)  # (not "a banner that says HOME")
# "what breed of cat is this?", "what kind of flower is that": the thing asked about is in the photo
_KIND_ASKED = re.compile(r"\b(?:what|which)\s+(?:breed|kind|type|sort|species|variety|make|model)\s+of\s+" + _NOUN +
                         r"\s+(?:is|are)\s+(?:this|that|these|those|it|he|she|they)\b", re.I)
# "my cat" anywhere, unless the thing did something to the photo ("my kids drew this")
_POSSESSED = re.compile(r"(?<!\bon\s)(?<!\bat\s)(?<!\bfor\s)(?<!\blike\s)(?<!\bby\s)(?<!\bto\s)(?<!\bfrom\s)(?<!\bwith\s)(?<!\bof\s)(?<!\bas\s)"
                        r"\b(?:my|our)\s+" + _NOUN + r"\b(?!\s+(?:drew|made|took|painted|did|sketched|wants?|asked|"
                        r"says?|said|loves?|left|lost|found|dropped|forgot|kicked|threw|gave|sent))", re.I)


# who a family word names, as a picture shows them ("my son" -> "a boy": the model knows no one's son)
_FAMILY = {"son": "boy", "daughter": "girl", "mum": "woman", "mom": "woman", "mother": "woman", "grandma": "old woman",
           "granny": "old woman", "grandmother": "old woman", "nan": "old woman", "nana": "old woman", "wife": "woman",
           "sister": "woman", "aunt": "woman", "auntie": "woman", "dad": "man", "father": "man", "grandpa": "old man",
           "grandad": "old man", "granddad": "old man", "grandfather": "old man", "husband": "man", "brother": "man",
           "uncle": "man", "kids": "children", "grandkids": "children", "grandchildren": "children",
           "grandson": "boy", "granddaughter": "girl", "boyfriend": "man", "girlfriend": "woman", "parents": "couple",
           "grandparents": "old couple"}
# what "this is my …" can name that no photo shows: "this is my first attempt", "this is my idea"
_NOT_A_THING = frozenset("attempt try time idea question problem issue version favourite favorite go turn photo picture "
                         "pic image best own first last new old work plan draft graphic graphics design mockup screenshot artwork "
                         "thing file upload sketch doodle drawing mock-up reference render rendering".split())
_NOT_MODIFIERS = frozenset({*lexicon.STOPWORDS, "into", "look", "looks", "like", "be", "is", "was"})


def _singular(word: str) -> str:
    low = word.lower()
    for ending, back in (("ies", "y"), ("es", ""), ("s", "")):
        if low.endswith(ending) and low[: len(low) - len(ending)] + back in _THINGS:
            return low[: len(low) - len(ending)] + back
    return low


# "this is Milo, …", "meet Pepper!": the photo's subject by name (later turns call it that)
_NAME_INTRODUCED = re.compile(r"\b(?:this\s+is|that'?s|here'?s|here\s+is|meet)\s+(?P<name>[A-Z][a-z]{1,20})\b(?!\s+[a-z])"
                              r"(?=\s*(?:[,.!?:;-]|$))")


def named_in_photo(text: str, pointed: bool = True) -> Optional[str]:
    """"a cat" for "this is my cat! make her a superhero"; "a red ball" for "make the red ball blue"; "Milo" for "this
    is Milo, give him a hat"; None when the words name no thing a photo shows."""
    name = _NAME_INTRODUCED.search(text)
    if name and name.group("name").lower() not in ("it", "this", "that", "my", "our", "the", "a", "an", "here", "me"):
        return name.group("name")
    for pattern in (_PHOTO_OF, _INTRODUCED, _KIND_ASKED, _CHANGED, *((_POINTED,) if pointed else ()), _POSSESSED):
        for match in pattern.finditer(text):
            words = [w for w in match.group("words").split() if not re.search(r"(?:'s|s')$", w)]  # "parents'"
            head = next((i for i, w in enumerate(words) if _singular(w) in _THINGS or w.lower() in _FAMILY), None)
            while head is not None and head + 1 < len(words) and _singular(words[head + 1]) in _THINGS:
                head += 1  # "our barn cat", "my coffee cup": the last noun of a compound is the thing
            if head is None and pattern in (_PHOTO_OF, _INTRODUCED):  # the photo's own name for its subject ("this
                # is my signature latte"): the last noun-like word
                head = next((i for i in range(len(words) - 1, -1, -1) if words[i].lower() not in _NOT_MODIFIERS
                             and not re.search(r"(?:ing|ed|ly)$", words[i].lower())), None)
                if head is not None and words[head].lower() in _NOT_A_THING:
                    continue
            if head is None or any(w.lower() in _NOT_MODIFIERS for w in words[:head]) or \
                    words[head].lower() in _NOT_A_THING:  # "this is a quick sketch I made", "this drawing"
                continue  # "my kids drew this", "the sky": no thing in the photo
            noun = _FAMILY.get(words[head].lower(), words[head].lower())
            after = text[match.start("words"):].split()[head + 1: head + 2]
            if after and re.fullmatch(r"(?:drew|made|took|painted|did|sketched|wants?|asked|says?|said|loves?|likes?|left|lost|"
                                      r"found|dropped|forgot|kicked|threw|gave|sent)",
                                      after[0], re.I):
                continue  # "my kids love this bike": the kids are not in the photo
            phrase = " ".join([*(w.lower() for w in words[:head]), noun])
            plural = _singular(noun) != noun or (noun.endswith("s") and not noun.endswith("ss")) or noun in (
                "children", "people")
            return phrase if plural else f"{'an' if phrase[0] in 'aeiou' else 'a'} {phrase}"
    return None


# words of a file name that say nothing of the picture: cameras, phones, stock sites, editors, copies
_FILE_NOISE = frozenset({"img", "image", "dsc", "dscn", "dscf", "pxl", "photo", "pic", "picture", "screenshot", "screen",
                         "shot", "scan", "copy", "final", "edit", "edited", "new", "old", "untitled", "download", "upload",
                         "file", "unsplash", "pexels", "pixabay", "shutterstock", "stock", "adobe", "freepik", "whatsapp",
                         "export", "resized", "small", "large", "hd", "hq", "jpg", "jpeg", "png", "webp", "heic", "my"})
_PLURAL_PEOPLE = frozenset({"children", "people", "men", "women", "kids", "couple"})
_PEOPLE = frozenset({*_FAMILY.values(), "man", "woman", "boy", "girl", "child", "baby", "person", "people", "men", "women",
                     "lady", "guy", "kid", "kids", "old woman", "old man"})
_FILE_JOINS = frozenset({"at", "on", "in", "with", "and", "of", "by", "under", "over"})


def named_in_file_name(path: object) -> Optional[str]:
    """"a rocket" for "rocket.png", "a blue bicycle" for "blue-bicycle.jpg", "a fruit bowl" for "Fruit_Bowl (2).png";
    None for "IMG_2041.jpg" or a name whose words name no thing a photo shows. Only words of the thing vocabulary
    and colours are taken, so the file name's other text never reaches a prompt."""
    if not isinstance(path, str) or not path:
        return None
    stem = re.sub(r"\.[A-Za-z0-9]{2,5}$", "", re.split(r"[\\/]", path)[-1])
    tokens = [t.lower() for t in re.findall(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])", stem)]
    def is_word(t: str) -> bool:
        return t not in _FILE_NOISE and (_singular(t) in _THINGS or t in lexicon.COLOURS or t in _FAMILY or t in _PEOPLE)

    kept = [t for i, t in enumerate(tokens) if is_word(t) or (  # "dogs_at_beach": the joining word between two things
        t in _FILE_JOINS and any(is_word(b) for b in tokens[:i]) and i + 1 < len(tokens) and is_word(tokens[i + 1]))]
    kept = [_FAMILY.get(t, t) for t in kept]  # "my_ex_boyfriend.jpg": a man, as the words of a message would say
    if any(t in _PEOPLE for t in kept):  # a colour from a file name never describes a person
        kept = [t for t in kept if t not in lexicon.COLOURS]
    things = [t for t in kept if _singular(t) in _THINGS or t in _PEOPLE]
    if not things or len(kept) > 5:
        return None
    phrase = " ".join(kept)
    plural = things[0] != _singular(things[0]) or things[0] in _PLURAL_PEOPLE
    return phrase if plural else f"{'an' if phrase[0] in 'aeiou' else 'a'} {phrase}"


# "use this as inspiration for a new picture with a lighthouse": the upload's own subject is not the picture's
_NEW_FROM_UPLOAD = re.compile(r"\b(?:inspiration|inspired|reference|starting\s+point|new\s+(?:picture|image|one|drawing))\b",
                              re.I)


def wants_something_new(text: str) -> bool:
    """The message uses the photo only as a starting point: its file name says nothing of the new picture."""
    return bool(_NEW_FROM_UPLOAD.search(text))
