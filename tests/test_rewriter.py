"""Rewriter invariants: the user's words survive, quoted text is verbatim, "no X" moves to the negative prompt,
counts and sizes come from words, and edits change only the slot they name.

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest tests/test_rewriter.py -q
"""
import re

import pytest

from chat.words.edit import apply_edit
from chat.words.request import parse_request
from chat.words.scene import Scene, estimate_tokens, render_negative, render_prompt
from chat.words.sizes import aspect_from_text, size_for_aspect
from imaging.presets import PRESETS

FUNCTION_WORDS = {"a", "an", "the", "of", "in", "on", "at", "with", "and", "to", "for", "by", "is", "it", "its"}


def words_of(text):
    return [w for w in re.findall(r"\w+", text.lower()) if w not in FUNCTION_WORDS]


def prompt_for(text, family="sd", token_limit=77):
    parsed = parse_request(text)
    return parsed, render_prompt(parsed.scene, family, token_limit=token_limit)


@pytest.mark.parametrize("request_text,content", [
    ("please draw an otter floating on its back in a kelp forest", "an otter floating on its back in a kelp forest"),
    ("can you make me an image of 12 red apples in a wicker basket?", "12 red apples in a wicker basket"),
    ("I want a picture of Marie Curie reading in her lab", "Marie Curie reading in her lab"),
    ("generate a steampunk airship above Victorian London", "a steampunk airship above Victorian London"),
    ("a bowl of pho with basil and lime, top-down view", "a bowl of pho with basil and lime, top-down view"),
    ("show me three wolves howling at the moon", "three wolves howling at the moon"),
])
def test_content_words_survive(request_text, content):
    _, prompt = prompt_for(request_text)
    low = prompt.lower()
    for word in words_of(content):
        assert re.search(r"\b" + re.escape(word), low), f"{word!r} lost from {prompt!r}"
    for wrapper in ("please", "draw", "can you", "make me", "i want", "generate", "show me"):
        assert not low.startswith(wrapper), prompt


def test_quoted_text_is_verbatim():
    _, prompt = prompt_for('make a shop sign that says "Fresh Bread & Co." with no people in it')
    assert '"Fresh Bread & Co."' in prompt
    _, prompt = prompt_for("a mug with the words 'No Coffee, No Workee' printed on it")
    assert "'No Coffee, No Workee'" in prompt  # a "no" inside quotes is text, not an exclusion


def test_negatives_move_to_the_negative_prompt():
    parsed, prompt = prompt_for("a mountain meadow at noon without any cows, no fences or buildings")
    assert parsed.scene.negatives == ["cows", "fences", "buildings"]
    for word in ("cows", "fences", "buildings"):
        assert word not in prompt
        assert word in render_negative(parsed.scene)
    assert "meadow" in prompt and "noon" in prompt


def test_counts_only_count_images():
    assert parse_request("give me 3 options for a cafe logo").count == 3
    assert parse_request("show me five different ideas for a tattoo").count == 5
    parsed = parse_request("draw two kittens and three puppies")
    assert parsed.count == 1 and "two kittens" in parsed.scene.subject  # content, not a count of images
    parsed = parse_request("a few variations of a red kite")
    assert parsed.count == 3 and "kite" in parsed.scene.subject


@pytest.mark.parametrize("text,aspect", [
    ("a website banner with mountains", "wide"), ("landscape format shot of a valley", "wide"),
    ("a header image for my blog about tea", "wide"), ("a phone wallpaper with jellyfish", "tall"),
    ("a concert poster for a rock band", "tall"), ("in portrait format, a lighthouse", "tall"),
    ("a profile picture of a smiling robot", "square"), ("for instagram: a plate of tacos", "square"),
    ("a wide river in a canyon", None), ("a tall giraffe", None), ("a square table in a cafe", None),
])
def test_aspect_from_words(text, aspect):
    assert aspect_from_text(text) == aspect


@pytest.mark.parametrize("preset_name", ["sd-turbo", "sdxl-turbo", "flux-schnell"])
def test_sizes_near_native_area_and_snapped(preset_name):
    preset = PRESETS[preset_name]
    native = preset.native_width * preset.native_height
    for aspect in ("wide", "tall", "square"):
        width, height = size_for_aspect(aspect, preset)
        assert width % preset.size_multiple == 0 and height % preset.size_multiple == 0
        assert 0.7 * native <= width * height <= 1.3 * native
        shape = "wide" if width > 1.2 * height else "tall" if height > 1.2 * width else "square"
        assert shape == aspect


def test_format_words_do_not_leak_into_the_prompt():
    parsed, prompt = prompt_for("I want a phone wallpaper of a koi pond in autumn")
    assert parsed.aspect == "tall"
    assert "wallpaper" not in prompt and "koi pond in autumn" in prompt


def test_short_requests_gain_detail_per_family():
    for family in ("sd", "sdxl", "flux"):
        _, prompt = prompt_for("a fox", family)
        assert prompt.startswith("a fox") and len(prompt.split()) >= 6


def test_detail_is_dropped_before_user_words_when_long():
    long_request = ", ".join(["a tiny village with crooked chimneys and winding lanes"] * 6)
    _, prompt = prompt_for(long_request, token_limit=77)
    assert long_request in prompt  # never cut the user's words
    _, short_prompt = prompt_for("a village", token_limit=77)
    assert estimate_tokens(short_prompt) <= 77


def test_rewrite_keeps_style_named_by_request():
    parsed, prompt = prompt_for("paint a windmill in the style of Hokusai")
    assert "in the style of Hokusai" in prompt and "windmill" in prompt


# ---- edits act on the scene ------------------------------------------------------------------------------------
def scene_of(text):
    return parse_request(text).scene


def test_time_edit_replaces_time_and_keeps_the_rest():
    plan = apply_edit(scene_of("a pier with fishing boats at sunrise"), "make it midnight")
    prompt = render_prompt(plan.scene)
    assert "sunrise" not in prompt and "midnight" in prompt and "fishing boats" in prompt
    assert plan.method == "reprompt"


def test_remove_object_moves_it_to_negative():
    plan = apply_edit(scene_of("a kitchen with a cat on the counter and a plant"), "please remove the cat")
    prompt = render_prompt(plan.scene)
    assert "cat" not in prompt and "kitchen" in prompt and "plant" in prompt
    assert "cat" in plan.scene.negatives


def test_recolor_replaces_the_old_colour():
    plan = apply_edit(scene_of("a green bicycle next to a white fence"), "make the bicycle orange")
    prompt = render_prompt(plan.scene)
    assert "orange bicycle" in prompt and "green" not in prompt and "white fence" in prompt


def test_new_style_replaces_old_style():
    scene = apply_edit(scene_of("a fox in the snow, watercolor"), "now as a pixel art sprite").scene
    scene = apply_edit(scene, "make it an oil painting").scene
    prompt = render_prompt(scene)
    assert "oil painting" in prompt and "pixel" not in prompt and "fox" in prompt


def test_add_detail_is_img2img_and_keeps_scene():
    plan = apply_edit(scene_of("a quiet harbor"), "add a red lighthouse on the hill")
    assert plan.method == "img2img" and 0 < plan.strength < 1
    prompt = render_prompt(plan.scene)
    assert "quiet harbor" in prompt and "red lighthouse on the hill" in prompt


def test_aspect_edit_is_resize():
    plan = apply_edit(scene_of("a desert road"), "make it a wide banner")
    assert plan.method == "resize" and plan.aspect == "wide"
    assert render_prompt(plan.scene) == render_prompt(scene_of("a desert road"))


def test_framing_weather_lighting_and_replace():
    scene = scene_of("a wooden cabin by a lake in summer")
    plan = apply_edit(scene, "zoom in")
    assert plan.scene.framing == "close-up shot"
    plan = apply_edit(scene, "make it foggy")
    assert "summer" in render_prompt(plan.scene) and "foggy" in render_prompt(plan.scene)  # fog in summer: still summer
    plan = apply_edit(scene, "use soft candle lighting")
    assert plan.scene.lighting == "soft candle lighting"
    plan = apply_edit(scene, "replace the cabin with a castle")
    assert "castle" in plan.scene.subject and "cabin" not in plan.scene.subject


def test_adding_back_an_excluded_thing_clears_the_negative():
    scene = Scene(subject="a park", negatives=["people"])
    plan = apply_edit(scene, "add people having a picnic")
    assert "people" not in plan.scene.negatives and "people having a picnic" in render_prompt(plan.scene)


# ---- classes that must generalise (own phrasings) ------------------------------------------------------------------
def rendered(scene):
    return render_prompt(scene, enrich=False)


def test_removals_take_the_thing_out_everywhere_and_add_up():
    scene = scene_of("a field with clouds, a kite and a dog, a kite string")
    for request in ("ditch the clouds pls", "and erase the kite as well", "lose the dog lol"):
        scene = apply_edit(scene, request).scene
    text = rendered(scene).lower()
    assert "field" in text and not re.search(r"\b(?:cloud|kite|dog)s?\b", text)
    assert {"clouds", "kite", "dog"} <= set(scene.negatives)
    scene = apply_edit(scene_of("a desk with a coffee mug and a laptop"), "take the coffee out").scene
    assert "mug" not in rendered(scene) and "laptop" in rendered(scene)  # a compound noun goes whole


def test_recolour_keeps_the_thing():
    for subject, request, want in [("a neon arrow above a bar door", "change the neon to deep purple", "deep purple neon"),
                                   ("a woman in a green dress", "make the dress pastel blue", "pastel blue dress"),
                                   ("a red car by a house", "can the car be lime green?", "lime green car")]:
        assert want in rendered(apply_edit(scene_of(subject), request).scene)


def test_polite_question_edits_keep_the_scene():
    plan = apply_edit(scene_of("wheat fields under a big sky"), "could the light be softer, like early morning")
    text = rendered(plan.scene)
    assert "wheat" in text and "morning" in text and plan.kinds
    plan = apply_edit(scene_of("a harbour with boats as an oil painting"), "wow! can you do it as a linocut print instead?")
    assert "linocut" in rendered(plan.scene) and "oil" not in rendered(plan.scene) and "harbour" in rendered(plan.scene)


def test_same_thing_but_and_asides():
    plan = apply_edit(scene_of("a breakfast table: croissants, jam, orange juice"), "same thing but no jam")
    assert "jam" not in rendered(plan.scene) and "croissants" in rendered(plan.scene) and plan.kinds == ["remove"]
    plan = apply_edit(scene_of("a koi pond"), "could you make it portrait format? i want to hang it in my office")
    assert plan.method == "resize" and plan.aspect == "tall" and rendered(plan.scene) == "a koi pond"
    plan = apply_edit(scene_of("a koi pond"), "and now a square one for ig")
    assert plan.method == "resize" and plan.aspect == "square"


def test_zoom_keeps_what_should_come_into_view():
    plan = apply_edit(scene_of("a close-up of a bee on a clover"), "pull back so you can see the whole meadow")
    text = rendered(plan.scene)
    assert "bee" in text and "meadow" in text and "close" not in text and "wide shot" in text


def test_count_keeps_the_kind_of_picture():
    parsed = parse_request('need 4 flyer concepts for our bake sale, "Sweet Sunday", cheerful')
    assert parsed.count == 4 and "flyer" in parsed.scene.subject and '"Sweet Sunday"' in parsed.scene.subject
    parsed = parse_request("three avatar options for my podcast: a sleepy owl with headphones")
    assert parsed.count == 3 and "owl" in parsed.scene.subject and parsed.aspect == "square"


def test_chat_topic_fills_references():
    from chat.words.topic import chat_topic, resolve_reference

    assert chat_topic("who sculpted the thinker?") == "the thinker"
    assert chat_topic("my nephew is obsessed with dinosaurs and trains") == "dinosaurs and trains"
    scene = parse_request("draw a lighthouse at dusk in that style").scene
    assert resolve_reference(scene, "art nouveau") and "art nouveau" in rendered(scene)
    scene = parse_request("make one with his name on it").scene
    assert resolve_reference(scene, "a poster for my son's party, pirates") and "pirates" in rendered(scene)
    scene = parse_request("a sailing boat").scene
    assert not resolve_reference(scene, "art nouveau") and rendered(scene) == "a sailing boat"


# ---- the user's words are never lost (invariant over generate and edit phrasings) ---------------------------------
import re as _re

from chat.words.lexicon import STOPWORDS as _STOP
from chat.words.edit import apply_edit as _apply_edit
from chat.words.request import parse_request as _parse, same_style_subject, carry_style, scene_style
from chat.words.scene import Scene as _Scene, render_prompt as _render
from chat.replies import edit_reply as _edit_reply, upload_edit_reply as _upload_reply
from chat.types import ImageRecord as _Record

_GENERATE = [
    ("draw a vintage travel poster of Lisbon trams", ["vintage", "travel", "poster", "lisbon", "trams"]),
    ("can you make me a banner that says 'Grand Opening' with balloons", ["banner", "'grand opening'", "balloons"]),
    ("an instagram post about my bakery's sourdough", ["bakery's", "sourdough"]),
    ("a movie poster for a space western, phone wallpaper", ["movie", "poster", "space", "western"]),
    ("give me 3 options for a koi pond in autumn", ["koi", "pond", "autumn"]),
]
_EDITS = [
    ("a red barn in a field", "add a flock of geese over the barn", ["flock", "geese"]),
    ("a bonsai tree on a windowsill", "make the pot blue ceramic", ["pot", "blue", "ceramic"]),
    ("a hamburger on a plate", "make the bun golden and shiny", ["bun", "golden", "shiny"]),
    ("a cottage in the woods", "turn this into a vintage travel poster", ["vintage", "travel", "poster"]),
    ("a cottage in the woods", "make it look like a comic book drawing", ["comic", "drawing"]),
    ("a street market", "put a mime juggling oranges on the left", ["mime", "juggling", "oranges", "left"]),
]


def _words(text):
    return set(_re.findall(r"[\w'-]+", text.lower()))


@pytest.mark.parametrize("text,must", _GENERATE)
def test_generate_keeps_every_content_word(text, must):
    prompt = _render(_parse(text).scene).lower()
    for word in must:
        assert word in prompt, (word, prompt)


@pytest.mark.parametrize("first,edit,must", _EDITS)
def test_edit_keeps_every_content_word(first, edit, must):
    plan = _apply_edit(_parse(first).scene, edit)
    prompt = _render(plan.scene).lower()
    for word in must + [w for w in _words(first) if w not in _STOP]:
        assert word in prompt, (word, prompt)


def test_upload_restyle_keeps_style_and_drops_photo_terms():
    plan = _apply_edit(_Scene(), "turn this into a vintage travel poster")
    assert plan.scene.style == "vintage travel poster" and plan.aspect == "tall"
    prompt = _render(plan.scene)
    assert "vintage travel poster" in prompt and "photograph" not in prompt and "sharp focus" not in prompt
    later = _apply_edit(plan.scene, "add a flock of birds in the sky")
    assert "vintage travel poster" in _render(later.scene) and "flock of birds" in _render(later.scene)
    assert _upload_reply(plan.changes, 0.55, phrases=plan.phrases).startswith(
        "Here's your photo as a vintage travel poster — repainted")


def test_device_words_resize_and_stay_out_of_prompt():
    scene = _parse("jellyfish glowing in deep dark water").scene
    plan = _apply_edit(scene, "same thing but for my laptop")
    assert plan.method == "resize" and plan.aspect == "wide" and "laptop" not in _render(plan.scene)
    plan = _apply_edit(scene, "now a version for my phone")
    assert plan.aspect == "tall" and "phone" not in _render(plan.scene)
    assert _parse("a person holding a phone").aspect is None


def test_same_style_new_subject():
    old = _parse("a whale jumping out of the ocean, low poly illustration").scene
    assert scene_style(old) == "low poly illustration"
    rest = same_style_subject("same style but an elephant instead")
    assert rest == "an elephant"
    new = _parse(rest).scene
    carry_style(old, new)
    prompt = _render(new)
    assert "elephant" in prompt and "low poly illustration" in prompt and "whale" not in prompt


@pytest.mark.parametrize("first,edit,expected", [
    ("a beach", "make it night", "Here it is at night — same seed, new lighting."),
    ("a beach", "watercolor", "Here it is as a watercolor — same seed, new style."),
    ("a beach with a dog", "remove the dog", "Here it is without the dog — same seed, updated prompt."),
    ("a red car", "make the car blue", "Here it is with the car in blue — same seed, new colours."),
])
def test_edit_replies_are_grammatical(first, edit, expected):
    plan = _apply_edit(_parse(first).scene, edit)
    record = _Record(id="img-1", parent=None, seed=1, width=512, height=512)
    assert _edit_reply(plan.changes, plan.method, record, plan.strength, phrases=plan.phrases, kinds=plan.kinds,
                       aspect=plan.aspect, device=plan.device) == expected


def test_resize_reply_names_the_device():
    plan = _apply_edit(_parse("a fox").scene, "same again but for my desktop")
    record = _Record(id="img-2", parent=None, seed=1, width=768, height=432)
    reply = _edit_reply(plan.changes, plan.method, record, None, phrases=plan.phrases, kinds=plan.kinds,
                        aspect=plan.aspect, device=plan.device)
    assert reply == "Here's a wide version for your desktop (768×432) — same seed and prompt."
