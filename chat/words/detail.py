"""Detail that fits the subject: per-category banks of medium, light, palette, composition and lens phrases.

    HF_HUB_OFFLINE=1 .venv/bin/python -c "from chat.words.detail import subject_detail; \
print(subject_detail('a red fox in the snow'))"

The subject is sorted into a category (animal, food, city, portrait, ...) by its MiniLM embedding against a few
prototype phrases per category (chat/words/embeddings.py's model), or by keywords when the model is unavailable.
From the category's bank one phrase per slot is picked by a hash of the subject's head noun, so the same subject
always gets the same detail (an edit that recolours or moves it keeps its detail) and two subjects of a category
rarely share it.
The phrases name no text, people, brands or artists: only how the picture is made, never new things in it.
"""
from __future__ import annotations

import hashlib
import re
import threading
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

import numpy as np

from chat.words import embeddings, lexicon
from chat.words.places import is_place_name

DETAIL_KINDS = ("medium", "light", "palette", "composition", "lens", "finish")
PHOTO_WORDS = re.compile(r"photo|realistic|cinematic|film|camera|lens|shot|macro|telephoto|bokeh", re.I)


@dataclass(frozen=True)
class Category:
    """One kind of subject: prototypes to recognise it, keywords for when there is no model, and a bank per slot."""

    name: str
    prototypes: tuple[str, ...]
    keywords: tuple[str, ...]
    bank: dict  # slot -> tuple of phrases; "{noun}" is the subject's head noun


def _c(name, prototypes, keywords, **bank) -> Category:
    return Category(name, tuple(prototypes), tuple(keywords), {k: tuple(v) for k, v in bank.items()})


CATEGORIES = (
    _c("animal", ("a fox", "a sleeping cat", "a galloping horse", "an owl", "a herd of elephants"),
       ("dog", "cat", "fox", "horse", "bird", "owl", "bear", "lion", "tiger", "rabbit", "deer", "wolf", "animal",
        "puppy", "kitten", "cow", "pig", "sheep", "goat", "elephant", "giraffe", "zebra", "monkey", "gorilla", "panda",
        "koala", "kangaroo", "squirrel", "mouse", "raccoon", "otter", "frog", "lizard", "gecko", "snake", "turtle",
        "penguin", "parrot", "eagle", "duck", "chicken", "swan", "flamingo", "butterfly", "bee", "beehive", "hive", "insect", "spider",
        "dinosaur", "triceratops", "t-rex", "camel", "llama", "hedgehog", "badger", "beaver", "moose", "bison",
        "robin", "sparrow", "hummingbird", "crow", "raven", "pigeon", "seagull", "heron", "kingfisher", "puffin",
        "peacock", "hamster", "guinea pig", "ferret", "donkey", "alpaca", "sloth", "lemur", "fawn", "calf", "lamb", "mole",
        "vole", "shrew", "mice", "husky", "poodle", "labrador", "retriever", "terrier", "beagle", "corgi", "pug",
        "dachshund", "bulldog", "collie", "spaniel", "chihuahua", "dalmatian", "greyhound", "tabby", "siamese",
        "cardinal", "bluejay", "jay", "finch", "goldfinch", "magpie", "woodpecker", "wren", "swallow", "starling",
        "blackbird", "bluebird", "hawk", "falcon", "stork", "pelican", "toucan", "macaw", "cockatoo", "hen", "rooster",
        "goose", "turkey", "chick", "songbird", "leopard", "panther", "jaguar", "cheetah", "puma", "cougar", "lynx",
        "hyena", "chimpanzee", "orangutan", "hippo", "hippopotamus", "rhino", "rhinoceros", "crocodile", "alligator",
        "tortoise", "toad", "reindeer", "elk", "buffalo", "yak", "pony", "mule", "wolfhound",
        "chameleon", "iguana", "salamander", "axolotl", "capybara", "meerkat", "armadillo", "walrus", "polar bear",
        "vulture", "ostrich", "emu", "dragonfly", "ladybug", "ladybird", "beetle", "caterpillar", "snail"),
       medium=("wildlife photograph", "nature documentary still", "fine-art animal portrait"),
       light=("golden hour backlight", "soft overcast daylight", "dappled morning sun"),
       palette=("earthy browns and mossy greens", "warm amber tones", "muted natural palette"),
       composition=("the {noun} at eye level", "the {noun} framed by foliage", "the {noun} filling the frame"),
       lens=("300mm telephoto lens", "shallow depth of field", "fast shutter, crisp detail"),
       finish=("fine natural texture", "lifelike detail", "alert expression")),
    _c("sea", ("a whale in the ocean", "a coral reef with fish", "an octopus underwater", "a shark"),
       ("whale", "fish", "shark", "octopus", "jellyfish", "coral", "dolphin", "underwater", "reef", "turtle", "seahorse",
        "ocean floor", "seabed", "sea floor", "under the sea", "scuba", "diver", "aquarium", "manta", "stingray", "seal", "orca"),
       medium=("underwater photograph", "marine life photograph", "blue-water documentary still"),
       light=("sun rays filtering through the water", "caustic light patterns", "deep-sea glow"),
       palette=("teal and aquamarine", "deep ocean blues", "turquoise and coral pink"),
       composition=("the {noun} drifting through open water", "the {noun} in the middle distance",
                    "the {noun} against the surface light"),
       lens=("wide-angle dome port", "fisheye underwater lens", "clear water visibility"),
       finish=("suspended particles", "glistening scales", "gentle bubbles")),
    _c("person", ("a portrait of a woman", "an old man smiling", "a child playing", "a musician on stage"),
       ("man", "woman", "girl", "boy", "child", "children", "person", "people", "portrait", "astronaut", "chef",
        "kid", "kids", "baby", "lady", "grandmother", "grandfather", "sailor", "farmer", "dancer", "musician", "king",
        "queen", "soldier", "doctor", "teacher", "student", "family", "couple", "crowd", "athlete", "player",
        "daughter", "son", "mother", "father", "grandma", "grandpa", "keeper", "knight", "pirate", "nurse", "cowboy",
        "cowgirl", "mom", "dad", "wife", "husband", "sister", "brother", "aunt", "uncle", "friend", "boyfriend",
        "girlfriend", "granny", "nana", "grandson", "granddaughter", "niece", "nephew", "samurai", "ninja",
        "firefighter", "guy", "toddler", "teenager", "bride", "groom", "businessman", "businesswoman", "baker",
        "painter", "worker", "builder", "scientist", "artist", "writer", "singer", "waiter", "waitress", "barista",
        "mechanic", "gardener", "fisherman", "hunter", "climber", "runner", "surfer", "skier", "skateboarder",
        "cyclist", "photographer", "pilot", "detective", "monk", "shepherd", "cook", "grandmother", "elder"),
       medium=("editorial portrait photograph", "environmental portrait", "candid documentary photograph"),
       light=("soft window light on the face", "split lighting with soft fill", "gentle rim light"),
       palette=("warm skin tones", "muted film colours", "soft pastel tones"),
       composition=("the {noun} at eye level", "the {noun} off-centre, rule of thirds", "head-and-shoulders framing"),
       lens=("85mm portrait lens", "50mm lens, creamy bokeh", "shallow depth of field"),
       finish=("natural expression", "fine skin texture", "catchlights in the eyes")),
    _c("food", ("a bowl of ramen", "a chocolate cake on a plate", "a cup of coffee", "fresh fruit"),
       ("cake", "pizza", "bread", "coffee", "tea", "soup", "fruit", "banana", "apple", "food", "dish", "sandwich"),
       medium=("food photography", "appetising menu photograph", "culinary magazine shot"),
       light=("soft diffused daylight from the side", "warm tungsten kitchen light", "bright airy light"),
       palette=("warm appetising tones", "fresh vibrant colours", "creamy neutral palette"),
       composition=("overhead flat lay of the {noun}", "the {noun} at a 45-degree angle", "close crop on the {noun}"),
       lens=("100mm macro lens", "shallow focus on the {noun}", "crisp texture detail"),
       finish=("glistening surfaces", "visible steam", "fresh ingredients")),
    _c("plant", ("a sunflower in a field", "a bonsai tree", "roses in a vase", "a cactus in the desert"),
       ("flower", "rose", "tree", "plant", "leaf", "leaves", "cactus", "garden", "tulip", "sunflower", "mushroom", "poppy",
        "daisy", "lily", "orchid", "peony", "daffodil", "dahlia", "marigold", "hydrangea", "lotus", "wildflower"),
       medium=("botanical photograph", "nature macro photograph", "garden photograph"),
       light=("morning dew in soft sunlight", "gentle translucent backlight", "gentle diffused light"),
       palette=("lush greens", "delicate pastel petals", "vivid natural colours"),
       composition=("the {noun} against a soft green background", "close on the {noun}", "the {noun} centred"),
       lens=("macro lens, shallow depth of field", "90mm macro", "soft bokeh"),
       finish=("fine vein detail", "dewdrops", "organic textures")),
    _c("landscape", ("a mountain lake at dawn", "a desert with sand dunes", "a waterfall in a valley", "a beach"),
       ("mountain", "lake", "river", "forest", "desert", "beach", "valley", "field", "meadow", "waterfall", "sky",
        "path", "trail", "canyon", "glacier", "island", "coast", "hills", "landscape", "sunset", "sunrise", "ocean",
        "sea", "waves", "storm", "volcano", "cliffs", "dunes", "prairie", "tundra", "jungle", "swamp", "barn",
        "farm", "farmhouse", "vineyard", "orchard", "cottage", "cabin", "hut", "chalet", "lodge", "windmill", "lighthouse", "pier", "snowman"),
       medium=("landscape photograph", "fine-art landscape photograph", "travel photograph"),
       light=("golden hour light", "first light of dawn", "dramatic clouds with breaking sun"),
       palette=("rich earth and sky tones", "cool blues and greens", "warm sunset hues"),
       composition=("leading lines into the distance", "wide vista with a strong foreground",
                    "layered depth from foreground to horizon"),
       lens=("16mm wide-angle lens", "deep depth of field", "polarised sky"),
       finish=("atmospheric haze", "crisp distant detail", "sweeping scale")),
    _c("city", ("a busy street in Tokyo", "a skyscraper skyline", "an old stone bridge", "a cathedral"),
       ("city", "street", "building", "skyline", "bridge", "tower", "house", "castle", "church", "temple", "town",
        "village", "harbour", "harbor", "port", "market", "alley", "cathedral", "palace"),
       medium=("architectural photograph", "street photograph", "urban travel photograph"),
       light=("blue hour city lights", "late afternoon sun on the facades", "soft overcast light"),
       palette=("concrete greys with warm accents", "neon-tinged blues", "sunlit stone tones"),
       composition=("strong verticals", "symmetrical view of the {noun}", "the {noun} seen from street level"),
       lens=("24mm tilt-shift lens", "wide-angle perspective", "architectural lens, straight lines"),
       finish=("fine masonry detail", "reflections in the glass", "sense of scale")),
    _c("interior", ("a cozy living room", "a kitchen with wooden cabinets", "a library full of books", "a bedroom"),
       ("room", "kitchen", "bedroom", "library", "office", "interior", "cafe", "desk", "sofa", "hallway"),
       medium=("interior design photograph", "architectural interior shot", "lifestyle interior photograph"),
       light=("warm lamp light", "soft daylight through tall windows", "evening ambient glow"),
       palette=("warm wood and cream tones", "calm neutral palette", "muted earthy interior colours"),
       composition=("one-point perspective of the {noun}", "corner view of the {noun}", "eye-level view"),
       lens=("wide-angle interior lens", "24mm lens", "balanced exposure"),
       finish=("tactile materials", "lived-in detail", "clean lines")),
    _c("watercraft", ("a sailing boat", "a fishing boat in a harbour", "a cargo ship at sea", "a canoe on a lake"),
       ("boat", "ship", "yacht", "canoe", "kayak", "schooner", "sailboat", "ferry", "tugboat", "trawler", "galleon",
        "sloop", "catamaran", "dinghy", "rowboat", "steamship", "tanker", "freighter", "gondola", "raft", "submarine"),
       medium=("maritime photograph", "marine photograph", "seascape photograph"),
       light=("low sun glinting on the water", "soft sea haze", "golden light on the hull"),
       palette=("deep ocean blues", "weathered wood and sea greens", "silver water tones"),
       composition=("the {noun} on open water", "three-quarter view of the {noun}", "low angle from the waterline"),
       lens=("35mm lens", "telephoto compression", "wide-angle lens"),
       finish=("a sparkling wake", "rippling reflections", "crisp rigging detail")),
    _c("vehicle", ("a red sports car", "a steam train", "a motorcycle on the road", "an airplane"),
       ("car", "truck", "train", "bus", "bike", "bicycle", "motorcycle", "airplane", "plane", "vespa",
        "scooter", "motorbike", "van", "jeep", "suv", "pickup", "taxi", "limo", "limousine", "tractor", "tram",
        "helicopter", "convertible", "fastback", "coupe", "sedan", "hatchback", "camper", "lambo",
        "lamborghini", "ferrari", "porsche", "mustang", "corvette", "beetle", "tesla", "supercar", "racecar", "lowrider",
        "impala", "camaro", "cadillac", "hotrod", "roadster", "minivan", "bulldozer", "excavator", "forklift"),
       medium=("automotive photograph", "transport photograph", "dynamic vehicle photograph"),
       light=("glossy studio reflections", "low sun glinting on the body", "dusky roadside light"),
       palette=("polished metallic tones", "bold saturated paint", "cool steel and chrome"),
       composition=("three-quarter view of the {noun}", "low angle on the {noun}", "the {noun} in motion"),
       lens=("35mm lens, slight motion blur", "panning shot", "70-200mm lens"),
       finish=("gleaming chrome", "road spray", "precise panel lines")),
    _c("object", ("a pair of headphones", "a vintage camera on a table", "a wooden chair", "a teapot", "a watch"),
       ("cup", "mug", "chair", "lamp", "book", "clock", "watch", "bottle", "vase", "phone", "camera", "toy", "box",
        "headphones", "teapot", "table", "guitar", "piano", "violin", "computer", "laptop", "keyboard", "umbrella",
        "candle", "jar", "perfume", "soap", "lotion", "serum", "lipstick", "ring", "necklace", "bracelet", "earrings",
        "jewelry", "jewellery", "wallet", "pen", "notebook", "speaker", "kettle", "teacup", "figurine", "product",
        "brooch", "earring", "pendant", "locket", "charm", "cufflinks", "tiara", "anklet", "bangle", "keychain", "pin"),
       medium=("studio product photograph", "still life photograph", "catalogue product shot"),
       light=("softbox lighting", "single key light with soft shadows", "clean even studio light"),
       palette=("neutral backdrop", "muted complementary colours", "soft gradient background"),
       composition=("the {noun} centred", "the {noun} on a seamless backdrop", "three-quarter view of the {noun}"),
       lens=("100mm lens", "focus stacked", "crisp edges"),
       finish=("fine material texture", "subtle reflections", "precise detail")),
    _c("fashion", ("a red dress", "a leather jacket", "a pair of sneakers", "a knitted sweater", "a straw hat"),
       ("dress", "shirt", "t-shirt", "sweatshirt", "jacket", "coat", "shoe", "shoes", "sneakers", "boots", "hat",
        "scarf", "sweater", "hoodie", "jeans", "skirt", "gown", "glasses", "sunglasses", "backpack", "handbag", "cosplay",
        "costume", "outfit", "uniform", "tuxedo", "suit"),
       medium=("fashion product photograph", "lookbook photograph", "apparel catalogue shot"),
       light=("soft beauty-dish light", "bright even studio light", "natural window light on the fabric"),
       palette=("muted neutral backdrop", "tonal colour story", "crisp white background"),
       composition=("the {noun} laid flat", "the {noun} on a plain backdrop", "front view of the {noun}"),
       lens=("85mm lens", "crisp fabric focus", "50mm lens"),
       finish=("visible stitching", "fine fabric texture", "tailored detail")),
    _c("fantasy", ("a dragon over a castle", "a wizard casting a spell", "an enchanted forest", "a unicorn"),
       ("dragon", "wizard", "unicorn", "fairy", "elf", "magic", "enchanted", "mythical", "goblin", "phoenix", "fantasy",
        "paladin", "dwarf", "orc", "halfling", "d&d", "dnd", "rpg", "dungeon", "warlock", "sorcer", "necromancer",
        "troll", "ogre", "griffin", "gryphon", "kraken", "centaur", "minotaur", "pegasus", "mermaid", "potion",
        "haunted", "halloween", "spooky", "ghost", "vampire", "werewolf", "zombie", "witch"),
       medium=("digital fantasy illustration", "epic concept art", "storybook fantasy painting"),
       light=("glowing magical light", "shafts of ethereal light", "moody twilight glow"),
       palette=("jewel tones", "mystic purples and golds", "emerald and sapphire hues"),
       composition=("the {noun} as the dramatic centrepiece", "sweeping low-angle view of the {noun}",
                    "the {noun} framed by swirling mist"),
       lens=("painterly depth", "cinematic framing", "atmospheric perspective"),
       finish=("intricate ornament", "sparkling particles", "rich painterly texture")),
    _c("scifi", ("a robot in a futuristic city", "a spaceship in orbit", "a cyborg", "an alien planet"),
       ("robot", "spaceship", "cyborg", "alien", "futuristic", "sci-fi", "android", "mech", "spacecraft"),
       medium=("sci-fi concept art", "futuristic 3D render", "cinematic science fiction still"),
       light=("neon rim light", "cool holographic glow", "hard light from a distant star"),
       palette=("cyan and magenta", "brushed steel and electric blue", "dark chrome with orange accents"),
       composition=("the {noun} in a vast setting", "low angle on the {noun}", "the {noun} silhouetted"),
       lens=("anamorphic lens flare", "wide cinematic frame", "volumetric depth"),
       finish=("hard-surface detail", "panel lines and glowing seams", "sleek materials")),
    _c("space", ("a galaxy full of stars", "the moon and planets", "a nebula", "an astronaut floating in space"),
       ("galaxy", "planet", "moon", "star", "stars", "nebula", "space", "cosmos", "comet", "orbit", "universe"),
       medium=("astrophotography", "space telescope image", "cosmic digital art"),
       light=("starlight against deep black", "glowing nebular gas", "sunlit limb of a planet"),
       palette=("deep violets and blues", "inky black with bright stars", "cosmic magenta and teal"),
       composition=("the {noun} against the star field", "vast scale", "the {noun} off-centre in darkness"),
       lens=("long exposure", "ultra-wide field", "high dynamic range"),
       finish=("fine stellar detail", "wisps of cosmic dust", "crisp pinpoint stars")),
    _c("graphic", ("a logo for a bakery", "a poster for a concert", "an app icon", "a sign that says open"),
       ("logo", "icon", "poster", "sign", "flyer", "banner", "sticker", "badge", "emblem", "word", "letters", "card",
        "invitation", "invite", "menu", "label", "thumbnail", "certificate", "infographic", "postcard", "bookmark",
        "coupon", "leaflet", "brochure", "mascot", "post", "ad", "advert", "slide", "mockup", "template"),
       medium=("flat vector design", "clean graphic design", "bold print design"),
       light=("even flat lighting", "crisp clean edges", "no harsh shadows"),
       palette=("limited two-colour palette", "bold contrasting colours", "harmonious brand colours"),
       composition=("centered composition", "plain background", "balanced negative space"),
       lens=("simple shapes", "strong silhouette", "legible layout"),
       finish=("crisp lines", "minimal ornament", "clean typography space")),
    _c("abstract", ("love", "the concept of time", "chaos and order", "a feeling of freedom", "inertia"),
       ("concept", "idea", "feeling", "emotion", "abstract", "pattern", "shapes", "time", "energy", "dream"),
       medium=("conceptual art", "abstract digital artwork", "surreal symbolic illustration"),
       light=("soft gradient light", "luminous glow", "dramatic chiaroscuro"),
       palette=("harmonious complementary colours", "bold primary colours", "subtle monochrome gradient"),
       composition=("flowing shapes", "visual metaphor", "balanced asymmetric layout"),
       lens=("layered depth", "dynamic movement", "strong focal point"),
       finish=("rich textures", "expressive forms", "evocative mood")),
    _c("artwork", ("a painting of a vase", "a sculpture in a museum", "a statue", "a mosaic", "a tapestry"),
       ("painting", "sculpture", "statue", "mosaic", "tapestry", "mural", "drawing", "sketch", "portrait"),
       medium=("museum-quality artwork", "gallery photograph", "fine art reproduction"),
       light=("gallery spotlight", "soft museum lighting", "warm raking light"),
       palette=("rich pigments", "aged patina tones", "classical palette"),
       composition=("the {noun} in full view", "frontal view of the {noun}", "close study of the {noun}"),
       lens=("archival detail", "true colour", "even illumination"),
       finish=("visible brushwork", "fine craftsmanship", "surface texture")),
)
DEFAULT_CATEGORY = "object"

# A medium the user named ("an oil painting of a ship", "a pixel art knight", "a colouring page") decides how the
# picture is lit, coloured and finished: the subject's bank would add studio reflections or skin catchlights.
# Checked in order: the first that matches wins ("a cartoon colouring page" is line art).
MEDIUMS = (
    ("line art", r"colou?ring[\s-]+(?:page|book|sheet|in)|line[\s-]?art|outline\s+drawing|black\s+and\s+white\s+outline",
     dict(light=("even flat light", "flat unshaded fills"), palette=("black and white", "black ink on white"),
          finish=("clean bold outlines", "crisp even linework", "simple closed shapes"))),
    ("pixel art", r"pixel[\s-]?art|\b(?:8|16|32)[\s-]?bit\b|pixelated|sprite",
     dict(light=("flat retro lighting", "simple two-tone shading"), palette=("limited retro palette", "vibrant 16-bit colours"),
          finish=("crisp pixels", "clean pixel edges"))),
    ("tattoo design", r"\btattoos?\b",
     dict(light=("flat even light",), palette=("black ink on clean white", "bold black and grey shading",
                                              "limited traditional tattoo colours"),
          finish=("crisp bold linework", "clean fine-line detail", "balanced stencil-ready design"))),
    ("logo", r"\blogos?\b|\bemblem\b|\bbadge\s+design\b",
     dict(light=("flat even light",), palette=("limited brand palette", "two bold colours"),
          finish=("clean vector shapes", "simple scalable design", "crisp edges"))),
    ("drawing", r"pencil|charcoal|sketch|\bink\b|pen\s+and\s+ink|hand[\s-]?drawn|crayon|doodle|graphite|etching|engraving",
     dict(light=("soft directional light", "gentle tonal shading"), palette=("graphite greys", "warm sepia tones", "muted paper tones"),
          finish=("fine hatching", "expressive linework", "textured paper grain"))),
    ("painting", r"oil\s+paint|watercolou?r|acrylic|gouache|impressionis|painting|painted|tempera|fresco",
     dict(light=("soft painterly light", "warm glowing light", "dramatic chiaroscuro"),
          palette=("rich pigments", "harmonious earthy palette", "luminous colour washes"),
          finish=("visible brushwork", "textured canvas", "loose expressive strokes"))),
    ("cartoon", r"cartoon|anime|manga|comic|kawaii|chibi|children'?s\s+book|clip[\s-]?art|sticker|storybook|pixar|disney|ghibli",
     dict(light=("bright cheerful light", "soft even light"), palette=("bold flat colours", "bright saturated colours", "playful pastel palette"),
          finish=("clean outlines", "smooth cel shading", "simple rounded shapes"))),
    ("3d render", r"\b3d\b|cgi|claymation|\bclay\b|low[\s-]?poly|voxel|isometric|render",
     dict(light=("soft global illumination", "studio three-point lighting"), palette=("soft pastel materials", "vivid saturated materials"),
          finish=("smooth materials", "subtle ambient occlusion"))),
    ("diagram", r"diagram|infographic|worksheet|flow\s*chart|\bchart\b|cross[\s-]section|cutaway",
     dict(light=("even flat lighting",), palette=("clear distinct colours", "friendly bright colours"),
          finish=("clean simple shapes", "clear uncluttered layout"))),
    ("map", r"\bmap\b",
     dict(light=("even light",), palette=("aged parchment tones", "muted ink colours"),
          finish=("hand-inked detail", "fine cartographic detail"))),
)


THING_WORDS = frozenset(k for c in CATEGORIES for k in c.keywords)  # things Easel knows by name ("dragon", "poster")


def named_medium(text: str) -> Optional[tuple[str, dict]]:
    """("painting", its bank) when the words name a non-photographic medium; None for a photo or none named."""
    low = text.lower()
    if re.search(r"\bphoto|realistic|photograph", low) and not re.search(r"\bphoto\s+of\s+(?:an?\s+|the\s+)?"
                                                                        r"(?:painting|drawing|map)", low):
        return None
    for name, pattern, bank in MEDIUMS:
        if re.search(pattern, low):
            return name, bank
MIN_SIMILARITY = 0.25  # below this the subject is too unlike every category: the default bank (plain object)


@dataclass
class Detail:
    """Chosen additions: the category and one phrase per slot (empty where the user filled that slot)."""

    category: str
    phrases: dict  # slot -> phrase

    def photographic(self) -> bool:
        return bool(PHOTO_WORDS.search(self.phrases.get("medium", "")))


_lock = threading.Lock()
_matrix: Optional[np.ndarray] = None
_labels: Optional[np.ndarray] = None


def _prototype_matrix() -> tuple[np.ndarray, np.ndarray]:
    global _matrix, _labels
    with _lock:
        if _matrix is None:
            index = embeddings.get_index()
            texts = [p for c in CATEGORIES for p in c.prototypes]
            _labels = np.array([i for i, c in enumerate(CATEGORIES) for _ in c.prototypes])
            _matrix = index.model.encode(texts, batch_size=64, normalize_embeddings=True, convert_to_numpy=True)
    return _matrix, _labels


_LEAD = re.compile(r"^(?:(?:a|an|the|some|one|two|three|\d+)\s+)?(?:(?:portrait|photo|picture|painting|drawing|"
                   r"close-up|image|view|group|pair|couple|bunch|set|collection|team|crowd|family|herd|flock|pack|row|pile|stack|bowl|plate|cup)\s+of\s+)?", re.I)
_CUT = re.compile(r"\s+(?:of|on|in|at|with|and|by|near|under|over|from|for|about|showing|asleep|awake|alone|afloat|wearing|holding|made|that|which|who|"
                  r"sitting|standing|flying|running|walking|floating|lying|playing|eating|shaped|like|as)\b|[,.;:(]", re.I)


# "a reading nook", "a fishing boat", "a sleeping bag": an -ing word that names a kind of thing, not what it does
_ING_COMPOUND = (r"(?:nook|room|pool|boat|bag|sheet|pot|machine|shoes?|stick|boots?|trail|gear|rope|rink|cart|mall|lot|area|"
                 r"table|desk|ring|alley|tent|ship|car|track|gown|chair|lamp|glasses|board|bench|station|cabinet|mug|kit|pad)")
_PARTICIPLE = re.compile(r"\s+(?!(?:" + "|".join(sorted(lexicon.ING_ED_NOUNS)) + r")\b)[a-z]+(?:ing|ed)\b(?!\s+" + _ING_COMPOUND +
                         r"\b)")  # "a cat sleeping on", "a car parked by" (not the first word, not "a living room")


SIDE_OF = re.compile(r"^(?:the\s+|a\s+)?(?:back|front|side|top|bottom|inside|outside|rear|underside|interior|exterior|"
                      r"other\s+side|back\s+view|side\s+view|rear\s+view)\s+of\s+(?=\S)", re.I)


MEDIUM_OF = re.compile(r"^(?:an?\s+|the\s+|some\s+)?(?:[\w-]+\s+){0,2}?(?:watercolou?r|painting|drawing|sketch|"
                       r"illustration|portrait|picture|photo|photograph|image|print|cartoon|render|rendering|pic|"
                       r"artwork|doodle|caricature|reference|study|studies)s?\s+of\s+(?=\S)", re.I)


def head_noun(subject: str) -> str:
    """The last word of the subject's first noun phrase ("a red fox in the snow" -> "fox"); "" when unclear."""
    subject = lexicon.join_looks(subject)  # "a rusty and old robot", "a real looking dog": the noun after the looks
    subject = re.sub(r"\b(?P<how>[a-z]{3,}ly)\s+(?P<done>[a-z]+(?:ed|en))\b", r"\g<how>-\g<done>", subject)  # "a freshly
    # baked loaf": the loaf
    subject = SIDE_OF.sub("", subject, count=1)  # "the back of the pirate captain": the captain
    subject = MEDIUM_OF.sub("", subject, count=1)  # "a watercolor of a cottage": the cottage
    phrase = _CUT.split(_LEAD.sub("", subject, count=1), maxsplit=1)[0]
    first = re.match(r"\S+", phrase)
    if first:
        phrase = phrase[: first.end()] + _PARTICIPLE.split(phrase[first.end():], maxsplit=1)[0]
    words = re.findall(r"[A-Za-z][\w'-]*", phrase)
    while len(words) > 1 and (words[-1].lower() in ("full", "covered", "filled", "packed", "lined", "dotted", "made") or
                              words[-1].lower().startswith("mid-")):
        words.pop()  # "a meadow full of wildflowers", "a dancer mid-leap": the meadow, the dancer
    if len(words) > 1 and words[-1][0].isupper() and words[-2][0].islower() and not (
            words[-2].lower() in lexicon.COLOURS or words[-2].lower() in lexicon.MATERIALS):  # ("a red Vespa": the Vespa)
        words.pop()  # "my grandpa Joe", "her cat Whiskers": the noun before the name
    return words[-1].lower() if words and len(words[-1]) > 2 else ""


def _by_keywords(subject: str) -> str:
    low = subject.lower()
    for category in CATEGORIES:
        if any(re.search(r"\b" + re.escape(k) + r"s?\b", low) for k in category.keywords):
            return category.name
    return DEFAULT_CATEGORY


NEEDS_KEYWORD = ("sea",)  # banks too particular (underwater) to choose by likeness alone
GENRES = ("fantasy", "scifi")  # a genre word anywhere ("a wizard's tower", "a futuristic car") outranks the head noun


def _singulars(noun: str) -> set[str]:
    """The noun and its likely singulars ("puppies" -> "puppy", "foxes" -> "fox", "cats" -> "cat")."""
    forms = {noun}
    if noun.endswith("ies"):
        forms.add(noun[:-3] + "y")
    if noun.endswith("es"):
        forms.add(noun[:-2])
    if noun.endswith("s"):
        forms.add(noun[:-1])
    return forms


def _head_keyword(subject: str) -> Optional[str]:
    low = re.sub(r"\bfairy[\s-]+(?:lights?|cakes?|bread|floss)\b", "string lights", subject.lower())  # no fairy in them
    for category in CATEGORIES:
        if category.name in GENRES and any(re.search(r"\b" + re.escape(k), low) for k in category.keywords):
            return category.name
    if _TOY.search(low):  # "a teddy bear having a picnic": a toy, not wildlife
        return "object"
    noun = head_noun(subject)
    for category in CATEGORIES:
        if noun and (_singulars(noun) | {noun + "s"}) & set(category.keywords):  # ("a wave": the keyword "waves")
            return category.name
    return None


# where a picture will be used, said after what it shows: "… for my website header", "… for our instagram"
_USED_FOR = re.compile(r"[\s,]+for\s+(?:my|our|the|a|an|his|her|their)\s+(?:[\w'-]+\s+){0,2}?"
                       + lexicon.online_places_pattern("site", "slide", "deck", "shop", "store", "menu")
                       + r"(?:\s+(?:header|banner|hero|post|page|cover|background|feed|story))?\b.*$", re.I)
_TOY = re.compile(r"\b(?:teddy|toys?|plush(?:ie)?s?|stuffed|lego|figurines?|action\s+figures?|(?:paper|origami|cardboard|"
                  r"scale|model)\s+(?:boats?|ships?|planes?|airplanes?|cars?|trains?|rockets?|cranes?))\b", re.I)  # ("a paper boat")


def named_category(noun: str) -> Optional[str]:
    """The category whose keywords name the noun ("hedgehog" -> animal); None for a noun no list names."""
    return _head_keyword(f"a {noun}")


@lru_cache(maxsize=2048)
def categorize(subject: str) -> str:
    """The category of a subject: its head noun's keyword list, else the nearest prototypes by MiniLM embedding,
    else any keyword."""
    if not subject.strip():
        return DEFAULT_CATEGORY
    shown = _USED_FOR.sub("", subject)  # "peonies for my website header": flowers, not a graphic
    kept = _head_keyword(shown) if shown.strip() and shown != subject else None
    subject = shown if kept and kept != "graphic" else subject  # (a format left alone keeps the whole subject)
    named = _head_keyword(subject)
    if named:
        return named
    if not embeddings.available():
        return _by_keywords(subject)
    matrix, labels = _prototype_matrix()
    sims = matrix @ embeddings.encode(subject.strip())
    best = {i: float(np.sort(sims[labels == i])[-2:].mean()) for i in range(len(CATEGORIES))}
    for i, category in enumerate(CATEGORIES):  # "a fishing harbour with boats" is near the sea, not under it
        if category.name in NEEDS_KEYWORD and not any(re.search(r"\b" + re.escape(k) + r"(?:e?s)?\b", subject.lower())
                                                      for k in category.keywords):
            del best[i]
    top = max(best, key=best.get)
    return CATEGORIES[top].name if best[top] >= MIN_SIMILARITY else _by_keywords(subject)


def _pick(options: tuple[str, ...], key: str) -> str:
    digest = hashlib.blake2b(key.encode("utf-8"), digest_size=4).digest()
    return options[int.from_bytes(digest, "big") % len(options)] if options else ""


def subject_detail(subject: str, skip: tuple[str, ...] = (), named: str = "", category: str = "") -> Detail:
    """One phrase per slot (bar ``skip``) from the subject's category bank (``category`` when the picture already has
    one), picked by a hash of the subject; light, palette and finish from the bank of a medium the user named
    (`named`: their style words and the subject)."""
    name = category if any(c.name == category for c in CATEGORIES) else categorize(subject)
    category = next(c for c in CATEGORIES if c.name == name)
    noun = head_noun(subject)
    # keyed by the head noun when there is one: an edit ("make the car white", "put it on a beach") keeps the detail
    key = noun or re.sub(r"\s+", " ", subject.strip().lower())
    phrases = {}
    named_place = is_place_name(noun)  # "Tokyo seen from street level", not "the tokyo"
    for slot in DETAIL_KINDS:
        if slot in skip:
            continue
        options = tuple(o for o in category.bank.get(slot, ()) if noun or "{noun}" not in o)
        phrase = _pick(options, f"{slot}:{key}")
        if named_place:
            phrase = phrase.replace("the {noun}", noun.title())
        phrases[slot] = phrase.replace("{noun}", noun)
    medium = named_medium(f"{named} {subject}")
    if medium is not None:
        for slot, options in medium[1].items():
            if slot in phrases:
                phrases[slot] = _pick(options, f"{slot}:{key}")
    return Detail(category=name, phrases=phrases)
