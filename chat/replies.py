"""The assistant's words: short replies that say what was done, and the chat prompt for the LLM.

    .venv/bin/python -c "from chat.replies import CAPABILITIES; print(CAPABILITIES)"
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from chat.types import EditMethod, ImageRecord
from chat.words.critique import DECLINE, missed
from chat.words.foreign import only_thanks
from chat.words.route import who_is_not_described
from chat.words.route_patterns import DRAW_ON_MY_PHOTO, START_FRESH as START_FRESH_ASKED

SYSTEM_PROMPT = (
    "You are Easel, a friendly assistant inside a local app that makes and edits pictures on this computer. "
    "Answer the user's message briefly (one to three sentences), in plain text. If they want a picture, tell them "
    "to describe it. Never claim to have made a picture in a chat answer."
)

CAPABILITIES = (
    "I'm Easel: I make pictures from your words, right here on this computer. Describe what you'd like "
    "(\"a lighthouse at dusk, watercolor\") and I'll draw it, adding lighting and style detail while keeping your "
    "words. Then ask for changes — \"make it night\", \"remove the boat\", \"make the car blue\", \"3 more options\", "
    "\"bigger\", \"undo\" — or upload a photo to restyle it or ask what's in it."
)
HOW_IT_WORKS = (
    "I read your message, decide what you want (a new picture, a change, more options…), and turn your words into a "
    "detailed prompt — your words stay, I add lighting, composition and style terms. A diffusion model on this "
    "computer then draws it from random noise, guided by that prompt; the seed lets me re-make the same picture "
    "with changes."
)
GREETING = "Hi! Tell me what you'd like to see and I'll draw it — or ask me anything."
WHO_TO_DRAW = ("Happy to! Tell me what {subject} look{s} like (hair, clothes, age, a favourite thing, the setting) and I'll "
               "draw {object} from that. Or upload a photo and I'll work from it.")
WHO_TO_DRAW_ME = ("I can't see you from here! Attach {photo} and tell me what to make of it (\"turn me into a "
                  "watercolor\", \"put me on a beach\"), or describe {who} (hair, clothes, age, a setting) and I'll "
                  "draw that.")
MISSED = ("Sorry, that one missed! Tell me what you had in mind or what's wrong with it: the subject, a part to change, "
          "the style or the mood. I'll fix this picture or start a new one, or say \"try again\" for new takes.")
START_FRESH = ("Fresh start! Tell me what you'd like me to draw. (Everything so far stays in the gallery and in the "
               "outputs folder, and \"go back to the first one\" still finds it.)")
NEVER_MIND = "No worries! Tell me what you'd like next: a change to this picture, a few more options, or something new."
THANKS = "You're welcome! Want a change — another style, time of day, or a few more options?"
FALLBACK = ("I'm not sure about that one — my offline language model is small. I'm best at pictures: tell me what "
            "to draw, or what to change in the current one.")
NO_TRANSPARENCY = ("(I can't make transparent backgrounds, so I drew it on a plain white background you can cut out in an "
                   "image editor.)")
NO_LEAK = "I can't share my instructions, but I'm happy to help you make a picture."

_ROLE_MARKERS = re.compile(r"(?:^|\n)\s*(?:user|assistant|system|model|human|ai|easel)\s*:|<\s*/?\s*(?:start_of_turn|"
                           r"end_of_turn|s|bos|eos|\|im_start\||\|im_end\|)[^>]*>", re.I)


SEED = ("The seed is the number that fixes the random noise a picture starts from: the same prompt with the same seed "
        "makes the same picture again, a new seed makes a new take on it. Each picture's seed is in its Details and "
        "its saved file; edits keep the seed so only what you asked for changes.")
HOW_LONG = ("It depends on the model and the machine: with a GPU, a one-step model such as sd-turbo makes a 512-px "
            "picture in well under a second and larger models take a few seconds; on a CPU it takes from seconds to "
            "minutes. The status line shows each step while it works, and Settings shows the model in use.")

TIPS = ("Say what you want to see first, then how: the subject and what it's doing, the place, the time of day and light, "
        "then a style (\"a red fox asleep in the snow at dawn, watercolor\"). Put text to write in the picture in "
        "quotes, and say \"no people\" or \"without text\" for what to leave out. Then refine by talking: \"warmer "
        "light\", \"make the fox bigger\", \"3 more\", \"undo\". For a sharper, larger copy of a picture, say \"bigger\".")
REALISM = ("For a realistic look, ask for a photo and describe it as a photographer would: \"a photo of …\", a lens or "
           "camera (\"85mm\", \"shot on film\"), natural light (\"soft window light\", \"golden hour\") and real "
           "materials and textures; leave out style words like illustration or cartoon. On a picture you have, say "
           "\"make it more realistic\" or \"make it look like a photo\".")
EDIT_METHODS = ("A new picture starts from noise and your words alone. An edit starts from the picture you have: a change "
                "of light, time or style is re-drawn from the same seed, so the layout stays close; adding or "
                "changing a thing repaints the current picture (image-to-image) with a strength that says how much "
                "may move; a new shape re-frames it. Details shows which method each picture used.")
STYLES = ("Any style the image model knows — for example photo, cinematic still, watercolor, oil painting, pencil "
          "sketch, ink drawing, anime, pixel art, low-poly 3D render, claymation, vintage poster, flat vector logo, "
          "comic book, stained glass. Name it in the request (\"a castle, pixel art\") or ask for it after "
          "(\"make it a watercolor\").")
USE_RIGHTS = ("Easel puts no limits on your pictures; what you may do with them (selling, logos, commercial use) is set "
              "by the image model's license — check the license of the model named in Details (some, like sd-turbo, "
              "limit commercial use). Pictures of real people, brands or someone else's art can raise other rights.")
FREE = ("Easel itself is free and open source, and it runs on this computer: no account, no credits, nothing is charged "
        "per picture. The models are free downloads too; their licences say what you may do with the pictures (see "
        "Details for the model in use).")
EDIT_UPLOADS = ("Yes: attach a photo to your message and say what to change (\"make it a watercolor\", \"remove the "
                "person on the left\", \"put it on a beach\") or ask what's in it. Your photo stays on this computer.")
NEGATIVE = ("The prompt says what should be in the picture; the negative prompt says what should not (\"people\", "
            "\"text\", \"blurry\"). When you write \"no X\" or \"without X\", I put X in the negative prompt rather "
            "than the prompt, because naming a thing in the prompt tends to draw it. Both are shown in Details.")

# questions about *this* picture ("what prompt did you use?", "what seed was that?", "what size is it?"); a general
# question ("what makes a good prompt?", "what is a seed?") is not one
_THIS = r"(?:did\s+you|you\s+used?|(?:was|is)\s+(?:it|this|that)|(?:for|of|in)\s+(?:this|that|it)\b|this\s+(?:one|picture|image)|that\s+one)"
_ASKS_PROMPT = re.compile(r"\b(?:what|which|show\s+me|tell\s+me|give\s+me|can\s+i\s+(?:see|have|get)|copy)\b.{0,30}\b(?:prompt|"
                          r"settings|parameters)\b.{0,20}" + _THIS + r"|\b(?:what|which)\s+(?:was|were)\s+the\s+(?:prompt|settings)"
                          r"|\bwhat\s+did\s+you\s+(?:write|type|tell\s+the\s+model)\b", re.I)
_ASKS_SEED = re.compile(r"\b(?:what|which)\b.{0,20}\bseed\b.{0,12}" + _THIS + r"|\b(?:what|which)(?:'s|s|\s+is|\s+was)\s+the\s+seed\b",
                        re.I)
_ASKS_SIZE = re.compile(r"\b(?:what|which)\s+(?:size|resolution|dimensions)\b.{0,12}" + _THIS + r"|\bhow\s+(?:big|large)\s+is\s+(?:it|"
                        r"this|that|the\s+(?:image|picture))\b", re.I)
_ASKS_CHANGE = re.compile(r"^(?:so\s+)?what\s+(?:did|have)\s+you\s+(?:change|changed|do|done)\b|\bexplain\s+what\s+you\s+"
                          r"(?:changed|did)\b", re.I)


def about_picture(text: str, record: Optional[ImageRecord]) -> Optional[str]:
    """"what prompt did you use?" / "what seed was that?" / "what size is it?": the current picture's own record."""
    if record is None or not (_ASKS_PROMPT.search(text) or _ASKS_SEED.search(text) or _ASKS_SIZE.search(text)
                              or _ASKS_CHANGE.search(text)):
        return None
    if _ASKS_CHANGE.search(text):
        if not record.parent:
            return f"This is a first picture, drawn from “{record.request_text or record.prompt}”."
        return (f"I made it from {record.parent} for “{record.request_text}” ({record.method or 'edit'}); its prompt is "
                f"“{record.prompt}” (Details compares it with the one before).")
    if record.action == "upload":
        return f"That's your uploaded photo ({record.width}×{record.height}); I didn't draw it, so it has no prompt or seed."
    made = f"{record.width}×{record.height}" + (f", seed {record.seed}" if record.seed is not None else "") + (
        f", {record.model}" if record.model else "")
    if _ASKS_PROMPT.search(text):
        negative = f" Negative prompt: “{record.negative_prompt}”." if record.negative_prompt else ""
        return f"The prompt for this picture was: “{record.prompt}”.{negative} ({made}; all of it is under Details.)"
    if _ASKS_SEED.search(text):
        size = f"{record.width}×{record.height}" + (f", {record.model}" if record.model else "")
        return (f"This picture's seed is {record.seed} ({size}); the same prompt with that seed makes it again."
                if record.seed is not None else f"This picture has no seed of its own ({made}).")
    return f"This picture is {made}."


# answers true of Easel whatever else the message asks (a request can carry one: "… a dragon? is it free?")
FACT_REPLIES = (FREE, HOW_IT_WORKS, HOW_LONG, USE_RIGHTS, EDIT_UPLOADS, SEED, STYLES, TIPS, NEGATIVE)


@dataclass(frozen=True)
class _Asked:
    """A question about Easel itself, and its fixed answer: the pattern (searched, or matched whole), a second pattern
    the message must also have, and one it must not."""

    reply: str
    pattern: re.Pattern
    whole: bool = False
    also: Optional[re.Pattern] = None
    unless: Optional[re.Pattern] = None

    def asks(self, low: str) -> bool:
        found = self.pattern.fullmatch(low) if self.whole else self.pattern.search(low)
        return bool(found) and (self.also is None or bool(self.also.search(low))) and (
            self.unless is None or not self.unless.search(low))


_EXPLAIN = re.compile(r"\b(?:what|difference|how|why|explain|mean)\b")
# checked in this order: the first that asks gets its answer
_FACT_QUESTIONS = (
    _Asked(START_FRESH, START_FRESH_ASKED, whole=True),
    _Asked(EDIT_UPLOADS, re.compile(r"(?:can|could)\s+(?:you|u)\s+(?:also\s+)?(?:edit|change|fix|retouch|restyle|work\s+"
                                    r"(?:on|with))\s+(?:my|our)\s+(?:own\s+)?(?:photos?|pictures?|pics|images)[\s?!.]*|"
                                    + DRAW_ON_MY_PHOTO.pattern), whole=True),
    _Asked(HOW_IT_WORKS, re.compile(r"\bhow\s+(?:do|does|can)\s+(?:you|it|this|easel)\b.*\b(?:work|turn|make|draw|create|"
                                    r"generate|picture|image)|\bhow\s+does\s+(?:this|it|easel)\s+work")),
    _Asked(CAPABILITIES, re.compile(r"\b(?:what\s+(?:can|could)\s+you\s+(?:do|make|draw)|can\s+you\s+(?:\w+\s+){0,2}(?:draw|paint|"
                                    r"make|create|generate|render|edit|design)|are\s+you\s+able|do\s+you\s+(?:draw|make|create|"
                                    r"generate)|what\s+are\s+you|who\s+are\s+you|what\s+is\s+easel|help\b)")),
    _Asked(SEED, re.compile(r"\bwhat(?:'s|\s+is|\s+does)\s+(?:the\s+|a\s+)?seed\s+(?:mean|do|for|number)?\b(?!\s*(?:look|grow))|"
                            r"\bseed\s+(?:mean|do|for)\b"), unless=re.compile(r"\b(?:look\s+like|grow|plant|garden)\b")),
    _Asked(HOW_LONG, re.compile(r"\bhow\s+(?:long|fast|quick(?:ly)?)\b.*\b(?:take|takes|taking|to\s+(?:make|draw|generate|"
                                r"render|create))\b.*\b(?:picture|image|drawing|one|it|each|them)\b|\bhow\s+long\s+(?:does|do|will|"
                                r"would)\s+(?:a|one|each|the|it|this)\s*(?:picture|image|drawing|one)?\s*take(?:\s+(?:on|with)\s+"
                                r"(?:my|a|this|the)\s+(?:laptop|computer|pc|mac|machine|gpu|cpu|phone))?\s*[?.!]*$"),
           unless=re.compile(r"\b(?:bake|cook|learn|paint\s+by\s+hand|grow)\b")),
    _Asked(TIPS, re.compile(r"\b(?:how\s+(?:do|can|should|could)\s+(?:i|we)\s+(?:get|make|have)\s+(?:(?:much|way|a\s+bit)\s+)?"
                            r"(?:better|good|nicer|sharper|clearer|crisper|more\s+detailed|higher[\s-]quality|prettier|more\s+"
                            r"accurate)\s+(?:results|pictures|images|pics|photos|drawings|ones)|how\s+(?:do|can)\s+i\s+improve\s+"
                            r"(?:the\s+|my\s+)?(?:results|pictures|images|quality|prompts?)|(?:tips|advice)\s+(?:for|on)\s+(?:\w+\s+)?"
                            r"(?:prompts?|prompting|results)|how\s+(?:do\s+i|to|should\s+i)\s+write\s+(?:a\s+)?(?:good|better)\s+"
                            r"prompts?|what\s+makes\s+a\s+good\s+prompt)")),
    _Asked(STYLES, re.compile(r"\b(?:what|which)\s+(?:kinds?\s+of\s+|sorts?\s+of\s+|art\s+)?styles\s+(?:can|could|do|does)\s+"
                              r"(?:you|u|it|easel)\b|\bwhat\s+styles\s+(?:are\s+there|are\s+available|do\s+you\s+(?:know|have|"
                              r"support))")),
    _Asked(USE_RIGHTS, re.compile(r"\b(?:commercial(?:ly)?|copyright(?:ed)?|royalt(?:y|ies)|licen[cs]e|sell\s+(?:it|this|them|"
                                  r"prints))\b|\buse\s+(?:it|this|them|these|those|the\s+(?:pictures|images))\s+(?:\w+\s+)?(?:for|"
                                  r"in|on)\s+(?:my|our|a)\s+(?:business|company|shop|store|brand|website|products?|merch|book|etsy|"
                                  r"clients?)\b"), also=re.compile(r"\?|^(?:can|may|could|is|are|do|does|am|what|how|who)\b")),
    _Asked(FREE, re.compile(r"(?:is\s+(?:this|it|easel)\s+(?:really\s+)?free|(?:does|will)\s+(?:this|it)\s+cost\s+(?:anything|"
                            r"money)|how\s+much\s+(?:does\s+(?:this|it)\s+cost|is\s+(?:this|it))|do\s+i\s+(?:have\s+to|need\s+to)\s+"
                            r"pay)(?:\s+to\s+use)?[\s?!.]*"), whole=True),
    _Asked(NEGATIVE, re.compile(r"\bnegative\s+prompts?\b"), also=_EXPLAIN),
    _Asked(NEVER_MIND, re.compile(r"(?:(?:lol|haha+|hehe|lmao|ok(?:ay)?|oh|oops)[\s,.!]+)*(?:jk|j/k|just\s+(?:kidding|joking)|"
                                  r"(?:only\s+)?(?:kidding|joking)|nvm|never\s*mind|all\s+good|forget\s+it)(?:[\s,.!]+(?:lol|"
                                  r"haha+|all\s+good|jk))*[\s.!]*"), whole=True),
    _Asked(REALISM, re.compile(r"\bhow\s+(?:do|can|should|could)\s+i\s+(?:make|get)\b.*\b(?:more\s+)?(?:realistic|"
                               r"photo-?realistic|lifelike|real)\b")),
    _Asked(EDIT_METHODS, re.compile(r"\b(?:img2img|image[\s-]to[\s-]image|inpaint(?:ing)?|strength)\b"), also=_EXPLAIN),
)


def canned_reply(text: str, has_picture: bool = True) -> Optional[str]:
    """Fixed but natural answers for greetings, thanks and questions about Easel itself (``has_picture``: a picture is
    on screen, so "meh" is about it)."""
    low = text.lower().strip()
    asked = [sentence for sentence in re.split(r"(?<=[.!?])\s+", low) if sentence][-1:]
    who = who_is_not_described(asked[0]) if asked else None
    if who in ("me", "us"):  # "can you make a picture of me?": Easel can't see the user
        return WHO_TO_DRAW_ME.format(who="yourself" if who == "me" else "yourselves",
                                     photo="a photo of you" if who == "me" else "a photo of you all")
    if who:  # "… can you draw her?" with nothing said of her: what to draw from
        subject = {"him": "he", "her": "she", "them": "they"}[who]
        return WHO_TO_DRAW.format(subject=subject, object=who, s="" if who == "them" else "s")
    if DECLINE.fullmatch(low):
        return NEVER_MIND  # "no" / "not really" (to "want a change?"): nothing to do, and what could come next
    if has_picture and missed(text) == "":  # "that's not what I meant": what was wanted, then
        return MISSED
    return fact_reply(text) or _social_reply(text, low)


def fact_reply(text: str) -> Optional[str]:
    """The fixed answer to a question about Easel or the pictures' use ("can I sell it?"); None for any other."""
    low = text.lower().strip()
    return next((q.reply for q in _FACT_QUESTIONS if q.asks(low)), None)


def _social_reply(text: str, low: str) -> Optional[str]:
    """Thanks and greetings ("c'est parfait, merci", "hi!", "love it"); None for anything else."""
    if only_thanks(text):
        return THANKS
    if re.match(r"^(?:hi|hello|hey|hiya|howdy|yo|good\s+(?:morning|afternoon|evening)|greetings|hola)\b", low):
        return GREETING
    if re.search(r"\b(?:thanks|thank\s*(?:you|u+)|thx|ty|tysm|cheers|ily|ilysm|love\s+(?:it|u+|you|ya)|like\s+it|great|"
                 r"awesome|perfect|nice|cool|beautiful|amazing|lovely|wow|wonderful|splendid|fire)\b", low) and \
            len(low.split()) <= 8:  # ("ily thank uuu", "no cap thats fire")
        return THANKS
    return None


def clean_llm_reply(text: str, system_prompt: str = SYSTEM_PROMPT) -> Optional[str]:
    """Cut the model's reply at any role marker and reject empty, looping or leaking output (None -> fallback)."""
    if not text:
        return None
    marker = _ROLE_MARKERS.search(text)
    if marker:
        text = text[: marker.start()]
    text = re.sub(r"[\x00-\x08\x0b-\x1f\x7f]", "", text).strip()
    if len(text) < 2 or not re.search(r"[A-Za-z0-9]{2}", text):
        return None
    words = text.split()
    if len(words) >= 12 and len(set(w.lower() for w in words)) < len(words) / 4:
        return None  # a loop ("the the the ...")
    for start in range(0, max(1, len(system_prompt) - 40), 20):  # never repeat the instructions
        if system_prompt[start:start + 40].lower() in text.lower():
            return NO_LEAK
    if len(text) > 1200:
        cut = text[:1200]
        text = cut[: max(cut.rfind(". "), cut.rfind("\n"), 200) + 1].strip()
    return text


def _size(record: ImageRecord) -> str:
    return f"{record.width}×{record.height}"


def generate_reply(subject: str, records: list[ImageRecord], *, aspect: Optional[str] = None) -> str:
    what = subject or "your picture"
    if len(records) > 1:
        return f"Here are {len(records)} takes on {what} — {_size(records[0])}, each with its own seed."
    shape = f" in {aspect} format" if aspect else ""
    return f"Here's {what}{shape} ({_size(records[0])}, seed {records[0].seed})."


_NEW_WHAT = {"time": "new lighting", "lighting": "new lighting", "weather": "new weather", "style": "new style",
             "colour": "new colours", "recolor": "new colours", "framing": "new framing", "quality": "more detail"}


def _joined(phrases: list[str]) -> str:
    items = list(dict.fromkeys(p for p in phrases if p))
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1] if items else ""


def _resize_text(aspect: Optional[str], device: str, record: ImageRecord) -> str:
    shape = aspect or "new"
    article = "an" if shape[0] in "aeiou" else "a"
    target = f" for your {device}" if device else ""
    return f"Here's {article} {shape} version{target} ({_size(record)}) — same seed and prompt."


def edit_reply(changes: list[str], method: str, record: ImageRecord, strength: Optional[float], *,
               phrases: Optional[list[str]] = None, kinds: Optional[list[str]] = None, aspect: Optional[str] = None,
               device: str = "", count: int = 1) -> str:
    """"Here it is at night — same seed, new lighting." / "Here's a wide version for your laptop (768×432) — …"."""
    kinds = list(dict.fromkeys(kinds or []))
    if method == EditMethod.RESIZE or kinds == ["aspect"]:
        return _resize_text(aspect, device, record)
    what = _joined([p for p in (phrases or []) if not p.startswith("in ") or not p.endswith(" format")])
    if not what:
        plain = ", ".join(dict.fromkeys(c for c in changes if c))
        what = f"with {plain}" if plain else "with your change"
    if method == EditMethod.IMG2IMG:
        how = f"repainted from the current picture (strength {strength:.2f})" if strength else \
            "repainted from the current picture"
    else:
        news = list(dict.fromkeys(_NEW_WHAT[k] for k in kinds if k in _NEW_WHAT))
        how = f"same seed, {news[0]}" if len(news) == 1 and len(kinds) == 1 else "same seed, updated prompt"
    shape = f", {aspect} format" if aspect and "aspect" in kinds else ""
    if count > 1:  # "2 more but with a top hat": several takes, each its own seed
        how = re.sub(r"^same seed,?\s*", "", how)
        return f"Here are {count} takes {what}{shape} — new seeds" + (f", {how}." if how else ".")
    return f"Here it is {what}{shape} — {how}."


def flip_reply(axis: str) -> str:
    """"Here it is flipped left to right (a mirror image) — the same pixels, turned over; no model ran."."""
    turned = "upside down" if axis == "vertical" else "flipped left to right (a mirror image)"
    return f"Here it is {turned} — the same pixels, turned over; no model ran."


def upload_edit_reply(changes: list[str], strength: Optional[float], *, phrases: Optional[list[str]] = None,
                      aspect: Optional[str] = None) -> str:
    """The reply for an edit of an upload ("Here's your photo as a vintage travel poster — ...")."""
    what = _joined([p for p in (phrases or []) if not p.endswith(" format")])
    if not what:
        plain = ", ".join(dict.fromkeys(c for c in changes if c and not c.endswith(" format")))
        what = f"with {plain}" if plain else (f"in {aspect} format" if aspect else "with your change")
    extra = f" (strength {strength:.2f})" if strength else ""
    return f"Here's your photo {what} — repainted from the upload{extra}."


def variations_reply(records: list[ImageRecord]) -> str:
    if len(records) == 1:
        return f"Here's another take — same prompt, new seed ({records[0].seed})."
    return f"Here are {len(records)} more versions — same prompt, new seeds."


def varied_takes_reply(records: list[ImageRecord], slot: str, values: list[str]) -> str:
    """"Here are 3 takes, each in a different style: watercolor painting, … — same seed, so only the style changes."."""
    kinds = {"colour": "colour scheme", "time": "time of day", "weather": "weather"}
    kind = kinds.get(slot, slot)
    named = ", ".join(values)
    return (f"Here are {len(records)} takes, each with a different {kind} I picked: {named} — same seed, so only the "
            f"{kind} changes. Name one if you have one in mind.")


def upscale_reply(record: ImageRecord, source: ImageRecord) -> str:
    return f"Here's a bigger, sharper version: {_size(source)} → {_size(record)}."


def revert_reply(record: ImageRecord) -> str:
    when = f" from turn {record.turn}" if record.turn else ""
    return f"Back to the earlier image{when} ({record.id}); it's the current one again."


def describe_fallback(record: ImageRecord) -> str:
    if record.prompt:
        return f"I can't look at pixels right now (no captioning model), but I made this one from: “{record.prompt}”."
    return "I can't look at pictures right now — no captioning model is available."
