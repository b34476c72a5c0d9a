"""What Easel can and cannot do: one fact sheet, used in the chat prompt and as a guard on chat answers.

    .venv/bin/python -c "from chat.capabilities import capability_answer as a; print(a('can you animate it?'))"

A question about something Easel lacks ("can you animate it?", "make a video", "search the web") gets its answer
from ``LACKS`` whatever an LLM would say; ``facts_prompt`` is the sheet as the chat system prompt states it, with the
models this process really runs.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from chat.words.lexicon import MAX_IMAGES
from chat.words.route_patterns import GALLERY, SAVE_IT

CAN = (
    "draw a new picture from a description, several at once (1 to 8)",
    "edit the current picture: time of day, weather, lighting, colours, style, framing, shape, "
    "add/remove/replace things",
    "make more versions of a picture with new seeds, upscale it, or go back to an earlier one",
    "restyle or describe an uploaded photo",
    "save every picture with its prompt and seed, and keep saved chats after a reload",
    "answer short questions about art, colour, composition and prompting",
)


@dataclass(frozen=True)
class Lack:
    """A thing Easel can't do: how a question names it, and the true answer."""

    name: str
    pattern: re.Pattern
    answer: str


def _words(*alternatives: str) -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")", re.I)


# "I'll post it on Instagram": what the user will do, not what Easel is asked to
_NOT_MINE = r"(?<!\bi'll\s)(?<!\bwe'll\s)(?<!\bi\swill\s)(?<!\bgonna\s)(?<!going\sto\s)(?<!\bthen\s)"

# "make the waves actually move", "can you make the map animated", "make it spin": motion asked of the picture
MOTION_VERB = (r"(?:make|turn|let|get)\s+(?:it|this|that|them|him|her|(?:the|my|our|your|his|her|their)\s+(?:[\w'-]+\s+){0,2}?"
               r"[\w'-]+|[\w'-]+)\s+(?:(?:actually|really|somehow|slowly|gently|all)\s+)?(?:(?:talk|walk|dance|swim|fly|run)"
               r"\s+and\s+)?(?:animated|spin|spinning|rotate|rotating|twirl|move|moving|blink|blinking)\b"
               r"(?!\s+(?:style|look|movie|film|cartoon|series)\b)|animate\s+(?:it|this|that|them|him|her|the)\b")

# where pictures are posted: "put it on my instagram" asks Easel to post, which it can't
_SITES = ("instagram", "insta", "twitter", "facebook", "fb", "discord", "tiktok", "pinterest", "linkedin", "reddit",
          "whatsapp", "telegram", "snapchat", "tumblr", "youtube", "etsy", "threads", "bluesky", "mastodon")

LACKS: tuple[Lack, ...] = (
    Lack("animation", _words(r"animate\b", r"animations?\b", MOTION_VERB, r"gifs?\b", r"moving\s+(?:picture|image)s?",
                             r"(?:like|as)\s+(?:an?\s+)?animated(?=\s*(?:[?!.]|$))", r"animated\s+(?:version|clip|loop)",
                             r"(?:make|turn)\s+(?:it|this|that|them)\s+(?:into\s+)?an?\s+animated\b",
                             r"\b(?:that|which)\s+(?:loops|moves|plays)\b(?=\s*(?:[?!.]|$))",
                             r"(?:like|as)\s+an?\s+animated\s+(?:logo|icon|sticker|emoji|banner|gif)"),
         "No — I can't animate pictures; I make still images only. I can draw a sequence of stills (say, \"4 frames "
         "of the cat jumping\") that you could animate elsewhere."),
    Lack("video", _words(r"videos?\b(?![\s-]*(?:games?|gaming|gamer|call|chat|console|arcade|store|shop|camera|tape|"
                         r"cassette)\b)", r"(?:movie|film)\s+(?:of|clip)\b", r"clip\s+of\b", r"mp4\b", r"footage\b",
                         r"(?:make|create|do|produce)\s+(?:me\s+|us\s+)?(?:(?:a|some|little|short|small|tiny)\s+)*(?:movies|films|"
                         r"cartoons\s+that\s+move)\b"),  # "can you make little movies?"
         "No — I can't make videos; I make still images only, one or several at a time."),
    Lack("web access", _words(r"(?:search|browse|look\s+(?:it\s+)?up\s+on)\s+(?:the\s+)?(?:web|internet|online|"
                              r"google)", r"google\s+(?:it|this|that|for)\b", r"(?:web|internet)\s+(?:access|search)",
                              r"download\s+(?:an?\s+)?(?:image|picture|photo)s?\s+from", r"(?:go|get)\s+online",
                              r"latest\s+news", r"look\s+(?:things?|stuff|\w+(?:\s+\w+){0,4}?)\s+up\s+(?:on\s+)?(?:the\s+)?"
                              r"(?:web|internet|online|google)", r"look\s+up\s+(?:[\w'-]+\s+){0,6}?(?:online|on\s+the\s+"
                              r"(?:web|internet)|on\s+google)", r"(?:access|use|browse)\s+the\s+(?:internet|web)"),
         "No — I have no web access: I run offline on this computer and can't search or download anything. Describe "
         "what you want and I'll draw it."),
    Lack("sound", _words(r"(?:make|compose|play|create|generate|add|write)\s+(?:me\s+)?(?:some\s+|a\s+|an\s+|"
                         r"background\s+)?(?:music|songs?|soundtrack|sound\s+effects?|audio|jingle)"
                         r"(?=\s*(?:$|[?.!,]|to\b|for\b|with\b|please\b|too\b|also\b|as\s+well\b|in\s+the\s+background))", r"sing\b",
                         r"(?:speak|read)\s+(?:it|this)?\s*(?:out\s+loud|aloud)"),
         "No — I can't make sound, music or speech; I make still images."),
    Lack("3D", _words(r"3d\s+(?:mesh|print|file)", r"\.obj\b", r"\.stl\b", r"blender\s+file",
                      r"3d\s+(?:model|object|file)\s+(?:i|we|you)\s+(?:can|could)\s+(?:print|import|use|rotate)\b",
                      r"3d[\s-]+print(?:ed|able|ing)?\b",
                      r"(?:the|a)\s+3d\s+(?:model|object)\s+(?:of|for)\s+(?:it|this|that|them|him|her)\b",
                      r"(?:export|download)\s+(?:it\s+)?as\s+(?:a\s+)?3d"),
         "No — I can't make 3D models or files; I can draw a picture that looks 3D (\"a 3D render of …\")."),
    Lack("memory", _words(r"remember\s+(?:me|my|this|that|what|it|our|these|those)\b.*\b(?:next\s+time|tomorrow|later|"
                          r"forever|next\s+session|future)", r"(?:learn|remember)\s+(?:my|our)\s+(?:style|taste|preferences?)", r"(?:do|will|can)\s+you\s+remember\s+(?:me|our|last|yesterday)",
                          r"(?:last|previous|other)\s+(?:session|conversation|chat)s?\b"),
         "I only remember this chat (and any chat you saved and reopen); I keep no memory of you across sessions. Every "
         "picture is saved with its prompt and seed, though: to reuse a look, copy its style words from Details into a "
         "new request."),
    Lack("transparent backgrounds", _words(r"transparent\s+(?:background|bg|png|image\s+file)", r"transparency\b",
                                          r"(?:png|image)\s+with\s+(?:a\s+)?transparen", r"alpha\s+channel",
                                          r"(?:no|without\s+a?|remove\s+the)\s+background\s+(?:png|file)",
                                          r"cut\s*-?\s*out\s+png",
                                          r"remove\s+(?:the\s+)?background\s+(?:from|of|on)\s+(?:my|a|an|our)\s+"
                                          r"(?:photo|picture|image|pic|logo)"),
         "No — my pictures always have a background (no transparency). Ask for \"a plain white background\" and cut "
         "it out in an image editor, or use a background-removal tool afterwards."),
    Lack("printing", _words(r"(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+)?print\b",
                            r"print\s+(?:it|this|that|them)\s+(?:out\s+)?for\s+(?:me|us)\b", r"(?:send|connect)\s+(?:it\s+)?to\s+"
                            r"(?:a|my|the)\s+printer", r"(?:order|mail)\s+(?:a\s+)?prints?\b"),
         "No — I can't print or order prints. Download the picture (the download button beside the chat, or the PNG "
         "in the outputs folder) and print it from your computer; say \"bigger\" first for a sharper print."),
    Lack("interactivity", _words(r"interactive\b", r"clickable\b", r"(?:click|tap)\s+on\s+(?:it|them|the|each)\b"),
         "No — my pictures are still images: nothing in them can be clicked or respond. I can draw each part as a "
         "picture of its own, or add labels, for you to link up in a slideshow or web page."),
    Lack("device settings", _words(_NOT_MINE + r"(?<!\bi\scan\s)(?<!\bwe\scan\s)set\s+(?:it|this|that|them)\s+(?:up\s+)?as\s+"
                                   r"(?:my|the)\s+(?:wallpaper|background|lock\s*screen|profile\s+(?:pic|picture|photo)|avatar)\b",
                                   r"automatically\s+set\b"),  # ("… so i can set it as my wallpaper": the user's plan)
         "No — I can't change your computer's or phone's settings. Download the picture and set it from your device's "
         "settings; say \"for my phone\" or \"for my laptop\" and I'll make it the right shape first."),
    Lack("email or posting", _words(_NOT_MINE + r"(?:email|e-mail|send|post|upload|share|tweet)\s+(?:it|this|that|them)\s+"
                                    r"(?:to|on)\b", _NOT_MINE + r"post\s+(?:it\s+)?on\s+(?:instagram|twitter|facebook|x)\b",
                                    _NOT_MINE + r"(?:put|upload|share|post)\s+(?:it|this|that|them|(?:the|this|that|my)\s+(?:picture|image|photo|pic|"
                                    r"one|drawing))\s+(?:on|to|onto)\s+"
                                    r"(?:my|our|the)?\s*(?:" + "|".join(_SITES) + r")\b"),
         "No — I can't send, post or share anything; your pictures are saved on this computer (use the download "
         "button to share them yourself)."),
)

_ASKS = re.compile(r"^(?:(?:can|could|would|will|do|are)\s+(?:you|u|ya|easel)|is\s+it\s+possible|are\s+you\s+able|"
                   r"(?:please\s+)?(?:make|create|generate|draw|paint|turn|render|give|produce|do|animate|search|"
                   r"browse|look|google|send|email|post|share|upload|play|sing|remember|export|convert|compose|read|add)|"
                   r"i\s+(?:want|need|'?d\s+like)|"
                   r"how\s+(?:do|can)\s+i|does\s+(?:it|easel)|any\s+way)\b", re.I)


# what the user says they make or do ("I make beauty videos", "we film cooking videos", "my youtube videos")
_USER_MAKES = re.compile(r"\b(?:(?:i|we)(?:'m|\s+am|'re|\s+are)?\s+(?:make|do|film|shoot|edit|post|create|upload|record|"
                         r"making|doing|filming|shooting|editing|posting|creating|uploading|recording)|my|our)\s+"
                         r"(?:[\w'-]+\s+){0,3}?videos?\b")


def lacking(text: str) -> Optional[Lack]:
    """The capability Easel lacks that this message asks for or about; None when it asks for none."""
    low = re.sub(r"\s+", " ", text.strip().lower())
    low = re.sub(r"^(?:(?:ok(?:ay)?|nvm|never\s*mind|fine|alright|so|and|then|well|oh|now|great|perfect|cool|nice|"
                 r"lovely|awesome|thanks|thank\s+you)[,.!\s]+)+", "", low)  # ("ok nvm. post it …", "now post it …")
    low = _USER_MAKES.sub("", low)  # "I make beauty videos on youtube. can you draw …": their work, not the ask
    if not low:
        return None
    asks = _ASKS.search(low) or low.rstrip().endswith("?") or re.search(r"\b(?:can|could)\s+(?:you|u|easel)\b", low)
    if not asks:
        return None
    for lack in LACKS:
        if lack.pattern.search(low):
            return lack
    return None


def capability_answer(text: str) -> Optional[str]:
    """The fact sheet's true answer to a question about something Easel can't do; None for anything else."""
    lack = lacking(text)
    return lack.answer if lack is not None else None


_WHICH_MODEL = re.compile(
    r"\b(?:what|which)\s+(?:ai\s+|image\s+|language\s+|llm\s+|kind\s+of\s+(?:ai|model)\s+)?(?:model|models|ai|llm|"
    r"engine|checkpoint)\b|\bare\s+(?:you|u)\s+(?:chat\s*gpt|gpt|dall-?e|midjourney|stable\s+diffusion|gemini|claude|"
    r"an?\s+ai)\b|\bwhat\s+are\s+you\s+(?:running|built|based)\s+on\b|\bwho\s+(?:made|built|trained)\s+(?:you|u)\b",
    re.I)
_WHERE_IT_RUNS = re.compile(
    r"\b(?:run(?:s|ning)?|work(?:s|ing)?|hosted)\s+(?:\w+\s+)?(?:offline|locally|local|on\s+my\s+(?:own\s+)?(?:computer|machine|"
    r"pc|laptop|mac|gpu)|in\s+the\s+cloud|online)|\b(?:need|use|require)s?\s+(?:the\s+|an?\s+)?internet\b|"
    r"\b(?:are|is)\s+(?:my\s+)?(?:pictures|images|photos|uploads|data|chats?|prompts?)\s+(?:private|uploaded|sent|"
    r"stored|saved|kept)\b|\bwhere\s+(?:are|do|does|is)\s+(?:my\s+|the\s+)?(?:pictures|images|files|pics|outputs?|it|"
    r"they)\s+(?:saved|go|stored|end\s+up|kept)\b|\b(?:do|will|does)\s+(?:you|u|it|easel)\s+(?:save|keep|store)\s+"
    r"(?:my\s+|the\s+)?(?:pictures|images|photos|files|uploads|them|chats?)\b",
    re.I)
_DOWNLOAD = re.compile(r"\bhow\s+(?:do|can|would)\s+i\s+(?:download|save|get|export|keep)\s+(?:it|this|that|them|the\s+"
                       r"(?:picture|image|file|png)s?|my\s+(?:pictures|images))\b(?!\s+(?:in\s+)?(?:a\s+)?(?:higher|better|bigger|"
                       r"sharper|high|hd|4k|larger))|\bcan\s+i\s+(?:download|save)\s+"
                       r"(?:it|this|them)\b|" + SAVE_IT.pattern, re.I)  # "ok cool, save it"
_HOW_MANY = re.compile(r"\bhow\s+many\s+(?:pictures|images|versions|ones|pics|options)?\s*(?:can|could|do|will)\s+"
                       r"(?:you|u|i)\s+(?:make|get|generate|draw|do|create|have)\b", re.I)
MAX_AT_ONCE = MAX_IMAGES  # a turn's most images
_SIZES = re.compile(r"\b(?:what|which)\s+(?:sizes?|resolutions?|aspect\s+ratios?|formats?|dimensions?|shapes?)\s+(?:can|could|"
                    r"do|does|will|are)\b|\bhow\s+(?:big|large)\s+(?:can|could|do|will)\s+(?:you|u|it|they|the\s+pictures?)\b",
                    re.I)


_COMPARED = re.compile(r"\b(?:difference|differ|different|compare[sd]?|comparison|vs\.?|versus|better\s+than|worse\s+than|as\s+good\s+as|"
                       r"like|same\s+as|instead\s+of)\b.{0,40}\b(?:midjourney|dall-?e|chat\s*gpt|stable\s+diffusion|firefly|"
                       r"leonardo|ideogram|gemini|copilot|canva|imagen|flux)\b|\b(?:midjourney|dall-?e|chat\s*gpt|firefly|"
                       r"leonardo|ideogram|canva)\b.{0,40}\b(?:difference|better|worse|compare|vs\.?|versus)\b", re.I)


_NOISE = re.compile(r"\b(?:just|only|all|pure|random|looks?\s+like|is|it'?s|full\s+of)\s+(?:a\s+)?(?:noise|static|random\s+"
                    r"(?:pixels|colou?rs|dots)|tv\s+static|garbage|gibberish)\b|\b(?:noisy|staticky)\s+(?:mess|picture|image)|"
                    r"\b(?:is|it'?s)\s+(?:it|this|easel|something)\s+broken\b|\bwhy\s+(?:is|are|does)\s+(?:it|this|the\s+"
                    r"(?:picture|image)|everything|all\s+the\s+pictures?)\s+(?:look\s+)?(?:so\s+)?(?:noisy|grainy|random)",
                    re.I)
_OTHER_MODEL = re.compile(r"\b(?:use|change|switch(?:\s+to)?|load|try|pick|choose|swap|add|install|run)\s+(?:a\s+|the\s+)?"
                          r"(?:different|another|other|my\s+own|own|new|better|bigger|specific|custom)\s+(?:image\s+|ai\s+|"
                          r"language\s+|diffusion\s+)?(?:models?|checkpoints?|lora)|\b(?:change|switch)\s+(?:the\s+)?models?\b|"
                          r"\b(?:use|load)\s+(?:sdxl|flux|stable\s+diffusion|a\s+safetensors|a\s+checkpoint)", re.I)
_PLATFORM_SHAPE = re.compile(r"\b(?:what|which)\s+(?:aspect\s+ratio|ratio|size|shape|dimensions?|format|resolution)\b.{0,40}"
                             r"\b(?:instagram|insta|ig|tiktok|youtube|facebook|pinterest|twitter|linkedin|stor(?:y|ies)|reels?|"
                             r"phone|wallpaper|banner|thumbnail|print|poster)\b", re.I)
_TEXT_IN_PICTURES = re.compile(r"\b(?:can|could|do|does|will)\s+(?:you|u|it|easel)\s+(?:do|write|add|put|make|draw|handle|"
                               r"render|spell)\s+(?:\w+\s+)?(?:text|words|letters|lettering|writing|captions?|titles?)\b|"
                               r"\b(?:text|words|lettering)\s+(?:in|on)\s+(?:the\s+)?(?:images|pictures|pics)\b", re.I)
_LANGUAGES = re.compile(r"\b(?:what|which)\s+languages?\b|\b(?:do|can)\s+(?:you|u|it)\s+(?:speak|understand|read)\s+"
                        r"(?:\w+\s+)?(?:languages?|french|spanish|german|portuguese|italian|dutch|polish|other)\b|"
                        r"\bother\s+languages?\b", re.I)


def about_easel_answer(text: str, llm_name: str = "", image_model: str = "", llm_server: str = "") -> Optional[str]:
    """A true answer to "what model is this?" / "does it run offline?" from what is loaded; None for other text."""
    return (_about_the_models(text, llm_name, image_model, llm_server) or _about_using_it(text, image_model)
            or _where_it_runs(text, llm_server))


def _about_the_models(text: str, llm_name: str, image_model: str, llm_server: str) -> Optional[str]:
    """"what model are you?", "why is it all noise?", "can I use another model?"."""
    if _WHICH_MODEL.search(text):
        drawn = f"I draw with {image_model}" if image_model else "I draw with the image model chosen in Settings"
        talk = f" and read your messages with {llm_name}" if llm_name else ""
        if llm_server:
            where = f" (the image model runs on this computer; the language model answers from the server at {llm_server})"
        else:
            where = ", both running on this computer" if llm_name else ", running on this computer"
        return f"{drawn}{talk}{where}. Details under each picture name the model, prompt and seed it used."
    if _NOISE.search(text):
        if "demo" in image_model:
            return ("That's the built-in demo image model: a tiny random network that lets Easel run before a real "
                    "model is downloaded, so it paints noise. Start Easel with a real one, for example "
                    "`--image-model sd-turbo` (downloaded once, then offline), and the same requests draw real pictures.")
        return ("That one went wrong. Say \"try again\" for a new take, or tell me what's off (\"the face looks "
                "weird\", \"too dark\", \"less busy\") and I'll fix this picture.")
    if _OTHER_MODEL.search(text):
        drawn = f"Right now I draw with {image_model}. " if image_model else ""
        return (f"{drawn}Start Easel with `--image-model` and a preset (sd-turbo, sdxl-turbo, flux-schnell), any "
                "Hugging Face id, a local folder or a .safetensors file; the language model is `--llm` (a preset, hub "
                "id, .gguf file, or openai:MODEL for a server such as Ollama or vLLM). Each downloads once into the "
                "Hugging Face cache.")
    return None


def _about_using_it(text: str, image_model: str) -> Optional[str]:
    """Shapes for each platform, text in pictures, languages, other services, downloads, how many, the gallery, sizes."""
    if _PLATFORM_SHAPE.search(text):
        return ("Instagram posts: square (1:1); stories, reels and TikTok: tall (9:16); YouTube thumbnails and banners: "
                "wide (16:9); Pinterest and posters: tall (2:3). Name the place (\"an instagram story of …\", \"a "
                "youtube thumbnail of …\") and I'll draw it in that shape; say \"bigger\" afterwards for print.")
    if _TEXT_IN_PICTURES.search(text) and re.search(r"\?|^(?:can|could|do|does|will)\b", text.strip(), re.I):
        return ("Yes, for short text: put the words in quotes (a sign that says \"OPEN\") and they go into the prompt "
                "exactly as typed. Image models often misspell longer text, so a few words work best; for exact "
                "lettering, add it afterwards in an image editor.")
    if _LANGUAGES.search(text):
        return ("I understand English best. Requests in French, Spanish, German, Portuguese, Italian, Dutch and Polish "
                "are read in English offline (word by word, or by the small language model where the word list agrees), "
                "and my reply says what I understood; the original stays in Details. My replies are in English.")
    if _COMPARED.search(text) and re.search(r"\?|\b(?:what|how|is|are|which|why|difference)\b", text, re.I):
        drawn = image_model or "the open image model you choose"
        return (f"Easel draws with {drawn} on your own computer: free, private and offline once the model is "
                "downloaded, and every picture is saved here with its prompt and seed. Services such as Midjourney, "
                "DALL·E or ChatGPT run their own (often larger) models on their servers: your prompts and pictures go "
                "to them, usually on a paid plan. Which looks better depends on the model you load here.")
    if _DOWNLOAD.search(text):
        return ("Use the \"⬇ Download current image\" button beside the chat (pick a picture in the gallery first to "
                "download another one). Every picture is also saved on this computer as a PNG in the outputs folder "
                "(one folder a day), with its prompt, seed and model inside the file and in a .json file beside it.")
    if _HOW_MANY.search(text):
        return (f"Up to {MAX_AT_ONCE} at once: say \"4 versions of …\" or \"3 more\". Each gets its own seed, and you "
                "can pick one (\"the second one, bigger\") to keep working on.")
    if GALLERY.search(text):
        return ("Every picture of this chat is in the gallery beside it, oldest first: click one to keep working on it "
                "(your next message changes that one), or say \"go back to the first one\". Each is also saved as a PNG "
                "in the outputs folder.")
    if _SIZES.search(text):
        return ("Square, wide or tall: say \"wide\", \"tall\", \"phone wallpaper\", \"banner\" or a ratio such as "
                "\"16:9\", and each is drawn at about the model's own size. Then \"bigger\", \"2x\" or \"4k\" "
                "upscales the picture (up to 4x).")
    return None


def _where_it_runs(text: str, llm_server: str) -> Optional[str]:
    """"does it run offline?", "are my photos uploaded anywhere?": where the models run and the pictures stay."""
    if _WHERE_IT_RUNS.search(text):
        if llm_server:
            return (f"The image model runs on this computer and every picture is saved here, but your messages are sent "
                    f"to the language-model server you set ({llm_server}).")
        return ("Everything runs on this computer: the models are downloaded once (into the Hugging Face cache), then "
                "the image model draws here with no web service, nothing you type or upload leaves the machine, and "
                "every picture (with its prompt and settings) is saved in the outputs folder on this machine.")
    return None


def facts_prompt(llm_name: str = "", image_model: str = "") -> str:
    """The fact sheet as the chat system prompt states it."""
    runs = []
    if image_model:
        runs.append(f"pictures are drawn by {image_model} on this computer")
    if llm_name:
        runs.append(f"you are the language model {llm_name}, running offline here")
    lines = ["Facts about Easel (never contradict them): it can " + "; ".join(CAN) + ".",
             "It cannot: " + ", ".join(lack.name for lack in LACKS) + " (it makes still images only, works offline "
             "with no web access, and remembers nothing across sessions beyond saved chats)."]
    if runs:
        lines.append("Models: " + "; ".join(runs) + ".")
    return " ".join(lines)


SMALL_MODEL_NOTE = "(a short answer from the small offline model)"


def is_small_model(llm) -> bool:
    """The embedded fallback (or any base, non-instruct model): its answers say where they come from."""
    name = str(getattr(llm, "name", "")).lower()
    return not getattr(llm, "is_instruct", True) or "270m" in name or "embedded" in name or "135m" in name


_CLAIM = re.compile(r"\b(?:yes|sure|of\s+course|absolutely|i\s+can|i'?ll|i\s+will|i\s+could|here'?s|here\s+is|"
                    r"done)\b", re.I)
_DENIAL = re.compile(r"\b(?:no|not|can'?t|cannot|unable|don'?t|won'?t|only)\b", re.I)


# "Here it is with a yellow cake (512×512, seed 1806341205)": a chat answer copying the words of a picture reply;
# no picture is made in chat, so such an answer is false
_PICTURE_CLAIM = re.compile(r"\(\d{2,4}\s*×\s*\d{2,4},\s*seed\s+\d+\)|\brepainted\s+from\s+the\s+(?:current\s+picture|upload)\b|"
                            r"—\s*same\s+seed,\s+(?:new|updated)\b|^here\s+it\s+is\b|^here\s+are\s+\d+\s+more\s+versions\b", re.I)


def claims_a_picture(reply: str) -> bool:
    """Does a chat answer claim to show a picture it did not make (the small model echoing an earlier reply)?"""
    return bool(_PICTURE_CLAIM.search(reply.strip()))


def claims_lacking(reply: str) -> Optional[Lack]:
    """A chat answer that claims something Easel can't do ("Yes, I can animate it."); None when it claims none."""
    if not _CLAIM.search(reply) or _DENIAL.search(reply):
        return None
    return next((lack for lack in LACKS if lack.pattern.search(reply)), None)


# "I can't draw a unicorn" / "I'm unable to create images": a small model denying what Easel does
_APOS = "['’]"
_DENIES = re.compile(
    rf"\bi(?:{_APOS}m|\s+am)?\s+(?:(?:really|actually|currently|unfortunately|just|still|simply|honestly|truly)\s+)?"
    rf"(?:can{_APOS}?t|cannot|can\s+not|unable\s+to|not\s+able\s+to|(?:do\s+not|don{_APOS}?t)\s+have\s+the\s+"
    r"(?:ability|capability)\s+to)\s+(?:(?:actually|directly|really|physically|visually|personally)\s+)?"
    r"(?:draw|paint|sketch|create|make|generate|produce|render|design|illustrate|edit|change|modify|upscale|enlarge|"
    r"describe)\b(?!\s+(?:how|what|why|where|when|text|letters|words|legible|readable)\b)", re.I)
# a refusal on grounds of content is a true answer, not a denial of a capability
_POLICY = re.compile(r"\b(?:explicit|sexual|nsfw|nud(?:e|ity)|gore|violen(?:t|ce)|hateful|copyright(?:ed)?|"
                     r"real\s+(?:people|person))\b", re.I)
CAN_DRAW_ANSWER = ("I can make that picture: describe what you'd like to see (for example \"draw a lighthouse on a "
                   "cliff at dawn\"), then change it by talking (\"make it night\", \"3 more\", \"bigger\").")


def denies_capability(reply: str) -> bool:
    """A chat answer that says Easel can't draw, edit, upscale or describe pictures, which it can (a denial of
    what it really lacks, "I can't make videos", is true and stays)."""
    return bool(_DENIES.search(reply)) and not _POLICY.search(reply) and \
        not any(lack.pattern.search(reply) for lack in LACKS)


_STYLE_CUE = re.compile(r"\b(?:style|look(?:s|ing)?\s+like|like\s+an?(?!\s+(?:(?:little|short|quick|looping|small)\s+)*"
                        r"(?:gif|video|animation|clip)s?\b)|poster|still|frame|scene\s+from|cover|"
                        r"thumbnail|icon|logo)\b", re.I)


_CAN_YOU = re.compile(r"^\W*(?:(?:hi|hey|hello|so|ok(?:ay)?|quick\s+q(?:uestion)?)\b[\s,!:-]*){0,3}(?:can|could|do|are|will|would)\s+"
                     r"(?:you|u|ya|easel)\b", re.I)


def asks_to_do_lacking(text: str) -> Optional[Lack]:
    """A request to *do* something Easel can't ("animate it", "make a video of the cat"), not a picture in that
    look ("a movie poster", "in an animation style"); None otherwise."""
    lack = lacking(text)
    if lack is None:
        return None
    if re.search(MOTION_VERB, text, re.I):  # "can you make it spin around, like an animated logo?": motion, whatever it looks like
        return lack
    sentences = re.split(r"(?<=[?!.])\s+", text.strip())
    first = sentences[0]
    if lack.pattern.search(first) and _CAN_YOU.match(first) and re.search(r"\?[?!]*$", first):  # "can you make gifs? like a
        return None if _STYLE_CUE.search(first) else lack  # spinning logo": the question comes first, the rest explains
    for sentence in sentences:  # "quick question — can you look things up online? I need our park logo": asked about,
        # first, after greetings only ("morning."; not "a koala poster. can you make gifs too?", where the poster is drawn)
        if lack.pattern.search(sentence.lower()) and re.search(r"\?[?!]*$", sentence):
            if re.search(r"\b(?:can|could)\s+(?:you|u|easel)\b", sentence, re.I) and not _STYLE_CUE.search(sentence):
                return lack
            break
        if re.search(r"\b(?:an?|the|some)\s+\w", sentence, re.I):
            break
    return None if _STYLE_CUE.search(text) else lack
