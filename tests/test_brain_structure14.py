"""Stop 14's general readings, each with sentences of this file's own: a format said as a fragment of its own, a story's
world and a name's apposition, an upload named by its file name when no captioner can look, a follow-up that speaks of
the picture on screen without an edit verb, an upscale followed by its reason, and more of a thing (not more pictures).

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest tests/test_brain_structure14.py -q
"""
import shutil

import pytest

from chat.conversation import ChatSettings, Conversation
from chat.nopixels import NoPixelEngine
from chat.services import Services
from chat.translator import with_format
from chat.types import Action
from chat.words.edit import apply_edit
from chat.words.glossary import gloss
from chat.words.photo import named_in_file_name
from chat.words.route import RouteContext, route
from chat.words.scene import Scene
from chat.words.sizes import aspect_from_text


def conversation():
    return Conversation(Services(llm=None, engine=NoPixelEngine("sd-turbo")), ChatSettings(rng_seed=14))


def after(first: str, message: str):
    conv = conversation()
    conv.respond(first)
    return conv.respond(message)


@pytest.mark.parametrize("message, aspect", [
    ("a greenhouse full of orchids, soft morning haze. landscape", "wide"),
    ("my grandad in his workshop, sawdust in the air. Portrait orientation please", "tall"),
    ("a bowl of ramen from above. square pls", "square"),
    ("a lighthouse on a cliff - vertical", "tall"),
    ("a phone wallpaper of a koi pond. landscape", "wide"),  # said outright beats the format's usual shape
])
def test_a_format_said_as_its_own_fragment_sets_the_shape(message, aspect):
    assert aspect_from_text(message) == aspect


@pytest.mark.parametrize("message", ["a landscape with a lake and a boat", "a portrait of my aunt in a garden"])
def test_landscape_or_portrait_as_the_picture_itself_sets_no_shape(message):
    assert aspect_from_text(message) is None


def test_a_translation_keeps_the_format_the_word_list_read():
    word_list = gloss("Zeig mir eine Bäckerei am Morgen. Querformat bitte.", "de")
    assert with_format("Show me a bakery in the morning.", word_list) == \
        "Show me a bakery in the morning, in landscape format"
    assert with_format("", word_list) == ""
    assert with_format("Show me a bakery in landscape format", word_list) == "Show me a bakery in landscape format"
    assert with_format("Show me a bakery?", gloss("Zeig mir eine Bäckerei?", "de")) == "Show me a bakery?"


def test_the_shape_said_in_passing_in_an_edit():
    plan = apply_edit(Scene(subject="a jar of honey on a table"), "make it a tall one with room at the top for a label")
    assert plan.aspect == "tall" and "tall" not in " ".join(plan.scene.details)
    assert any("room at the top" in d for d in plan.scene.details)
    plan = apply_edit(Scene(subject="a jar of honey"), "could you do a square version? it's for my shop")
    assert plan.aspect == "square"


def test_a_described_character_with_the_format_after_the_ask():
    result = conversation().respond("For my comic I draw Tomas, a retired sea captain. White beard, yellow raincoat, "
                                    "pipe. He's standing on a foggy pier. Can you draw him? portrait orientation pls")
    assert result.action is Action.GENERATE
    for word in ("captain", "beard", "raincoat", "pier"):
        assert word in result.prompt
    assert result.images[0].height > result.images[0].width


def test_a_story_world_goes_with_the_thing_asked_for():
    result = conversation().respond("my novel is set in a desert town of copper domes where the trains run on sails. "
                                    "could you draw the main square at noon?")
    assert result.action is Action.GENERATE
    assert "main square" in result.prompt and "copper domes" in result.prompt


def test_a_name_with_an_apposition_says_what_it_is():
    result = conversation().respond("my son made up Biscuit, a shy little otter who collects buttons. could you draw "
                                    "Biscuit floating on a river?")
    assert "Biscuit the shy little otter floating on a river" in result.prompt


@pytest.mark.parametrize("path, named", [
    ("/tmp/gradio/3f2a/red-tractor.png", "a red tractor"),
    ("Kitchen_Table (1).jpg", "a kitchen table"),
    ("dogs_on_sofa.jpeg", "dogs on sofa"),
    ("IMG_20260412_101500.jpg", None),
    ("jane-smith-Qx81a-unsplash.jpg", None),
    ("rosie.png", None),  # a name, not a thing a photo shows
])
def test_an_upload_named_from_its_file_name(path, named):
    assert named_in_file_name(path) == named


def test_an_upload_edit_keeps_the_thing_its_file_name_names(tmp_path):
    photo = tmp_path / "old-tractor.png"  # "old" is a file's version, not the thing: left out
    shutil.copy("tests/data/images/ball.png", photo)
    result = conversation().respond("make it look like a watercolour", [str(photo)])
    assert result.action is Action.EDIT and result.prompt.startswith("a tractor, watercolour")
    assert any("from its file name" in note for note in result.notes)


def test_an_upload_with_a_camera_file_name_is_not_named(tmp_path):
    photo = tmp_path / "IMG_4512.png"
    shutil.copy("tests/data/images/ball.png", photo)
    result = conversation().respond("make it look like a watercolour", [str(photo)])
    assert result.action is Action.EDIT and not any("file name" in note for note in result.notes)


def test_an_upload_used_as_inspiration_is_not_named_by_its_file(tmp_path):
    photo = tmp_path / "tractor.png"
    shutil.copy("tests/data/images/ball.png", photo)
    result = conversation().respond("use this as inspiration for something new, in watercolour", [str(photo)])
    assert "tractor" not in (result.prompt or "") and not any("file name" in note for note in result.notes)


@pytest.mark.parametrize("first, message, kept, added", [
    ("a penguin on an ice floe", "my niece says the penguin needs a scarf lol", "penguin", "scarf"),
    ("a whale in the sea", "my son says the whale needs a little hat too", "whale", "hat"),
    ("a quiet village street", "the class would love a rainbow in the top corner", "village", "rainbow"),
    ("a robot in a workshop", "ooh can it be holding a wrench instead", "robot", "wrench"),
    ("a living room with a sofa", "no plants on the shelf please, too busy", "sofa", None),
])
def test_a_sentence_about_the_picture_on_screen_is_an_edit(first, message, kept, added):
    result = after(first, message)
    assert result.action is Action.EDIT and kept in result.prompt
    if added:
        assert added in result.prompt


@pytest.mark.parametrize("message", ["a penguin with icebergs in the background", "now draw a castle on a hill",
                                     "a new picture of a harbour at night"])
def test_a_new_picture_after_one_is_still_a_new_picture(message):
    assert after("a penguin on an ice floe", message).action is Action.GENERATE


def test_the_thing_but_a_change_changes_it():
    result = after("a stone golem in a dark cave", "the golem but on a beach, at noon")
    assert result.action is Action.EDIT and "beach" in result.prompt and "cave" not in result.prompt


@pytest.mark.parametrize("message", ["bigger please, I want to frame it", "larger pls its for a poster",
                                     "make that one 3x larger", "can I have it twice the size for printing"])
def test_an_upscale_with_its_reason_after(message):
    ctx = RouteContext(has_current=True, image_count=1, scene_words={"fox"})
    assert route(message, ctx).action is Action.UPSCALE


def test_a_bigger_part_is_still_an_edit():
    ctx = RouteContext(has_current=True, image_count=1, scene_words={"fox"})
    assert route("make the fox bigger, it looks lost", ctx).action is Action.EDIT


@pytest.mark.parametrize("message, action", [("add a few more sheep on the hill", Action.EDIT),
                                             ("put some more lanterns along the path", Action.EDIT),
                                             ("a few more please", Action.VARIATIONS)])
def test_more_of_a_thing_is_not_more_pictures(message, action):
    ctx = RouteContext(has_current=True, image_count=1, scene_words={"hill"})
    assert route(message, ctx).action is action


def test_a_spanish_question_mark_starts_the_sentence():
    assert gloss("¿Y puedes poner un barco en el lago?", "es").text.startswith("and ")


@pytest.mark.parametrize("message", ["thank you!! my mum is going to love this", "haha thanks, you made my day",
                                     "muchas gracias, mi hermana va a estar feliz", "merci beaucoup, mes enfants vont adorer"])
def test_thanks_and_a_remark_is_talk(message):
    result = after("a hot-air balloon over fields", message)
    assert result.action is Action.CHAT and not result.images


def test_thanks_then_a_request_is_still_the_request():
    assert after("a hot-air balloon over fields", "thanks! can you make it sunset?").action is Action.EDIT


def test_asking_first_whether_easel_can_do_what_it_cannot_is_answered():
    result = conversation().respond("could you make videos? want my mascot waving")
    assert result.action is Action.CHAT and not result.images and "still" in result.reply


@pytest.mark.parametrize("text, language", [("muchas gracias, a los niños les va a encantar", "es"),
                                            ("vielen Dank, die Kinder werden es lieben", "de")])
def test_thanks_in_another_language_is_that_language(text, language):
    from chat.words.language import detect_language
    assert detect_language(text) == language


@pytest.mark.parametrize("subject, change, after", [("a green bicycle by a wall", "make the bike orange", "orange bicycle"),
                                                    ("a dog asleep on a couch", "make the sofa yellow", "yellow couch"),
                                                    ("a grey kitten", "make the kitty white", "white kitten")])
def test_another_word_for_the_same_thing_finds_it(subject, change, after):
    plan = apply_edit(Scene(subject=subject), change)
    assert after in plan.scene.subject and plan.kinds == ["recolor"]


def test_also_needing_a_new_thing_is_a_new_picture():
    result = after("a poster for a taco night", "also need a facebook banner for a summer fair with sunflowers")
    assert result.action is Action.GENERATE and "taco" not in result.prompt


@pytest.mark.parametrize("message", ["could you edit my photo so it looks like a snowy morning?",
                                     "my son built this 🙂 can you make it look like a real toy shop photo?",
                                     "is possible to put this ball on the moon?"])
def test_an_upload_question_asking_for_a_change_is_an_edit(message):
    result = conversation().respond(message, ["tests/data/images/ball.png"])
    assert result.action is Action.EDIT


@pytest.mark.parametrize("message", ["what colour is the ball?", "how big is this ball do you think?"])
def test_an_upload_question_about_it_is_still_a_description(message):
    assert conversation().respond(message, ["tests/data/images/ball.png"]).action is Action.DESCRIBE


def test_animating_an_upload_is_answered_as_something_easel_cannot_do():
    result = conversation().respond("could you animate this so it bounces?", ["tests/data/images/ball.png"])
    assert result.action is Action.CHAT and not result.images and "still" in result.reply


@pytest.mark.parametrize("first, message, wanted, talk", [
    ("a penguin on an ice floe", "my niece says the penguin needs a scarf lol", "scarf", "says"),
    ("a quiet harbour", "the guests would love a few lanterns on the water", "lanterns on the water", "guests"),
    ("a fox wearing a red cap", "hmm wait can it be a straw hat instead", "straw hat", "wait"),
])
def test_a_sentence_about_the_picture_becomes_its_change(first, message, wanted, talk):
    result = after(first, message)
    assert result.action is Action.EDIT and wanted in result.prompt and talk not in result.prompt


def test_a_list_of_changes_led_by_a_look_is_an_edit():
    result = after("a farmhouse on a hill", "autumn. a scarecrow by the gate. no fences")
    assert result.action is Action.EDIT and "farmhouse" in result.prompt and "scarecrow" in result.prompt
    assert "fence" in result.negative_prompt


def test_a_list_of_new_things_is_a_new_picture():
    assert after("a farmhouse on a hill", "goats, chickens, a red barn").action is Action.GENERATE


def test_another_form_of_that_is_the_picture_on_screen():
    result = after("a koi pond with lanterns", "desktop wallpaper of that please")
    assert result.action is Action.EDIT and result.images[0].width > result.images[0].height
    assert "koi" in result.prompt and "that" not in result.prompt


def test_no_wait_is_a_correction_not_a_negative():
    result = after("a yellow kayak on a lake", "no wait keep it yellow but put it on a river at dawn")
    assert result.action is Action.EDIT and "wait" not in result.prompt and "wait" not in result.negative_prompt
    assert "yellow" in result.prompt and "river" in result.prompt


def test_thanks_then_a_request_in_another_language_is_the_request():
    assert after("a castle on a hill", "Danke! Jetzt bitte bei Nacht").action is Action.EDIT


@pytest.mark.parametrize("message, count", [("could I get 3 versions so I can choose", 3),
                                            ("ok cool. 2 variations then so we can pick", 2),
                                            ("give me 4 more, the team will vote", 4)])
def test_variations_with_their_reason_after(message, count):
    ctx = RouteContext(has_current=True, image_count=1, scene_words={"kite"})
    decision = route(message, ctx)
    assert decision.action is Action.VARIATIONS and decision.count == count


def test_can_you_add_a_thing_to_an_upload_is_an_edit():
    assert conversation().respond("can you add a kite to this", ["tests/data/images/ball.png"]).action is Action.EDIT


# review 14's findings, each a misreading the first version of these rules made
@pytest.mark.parametrize("first, message, action", [
    ("", "merci! un chien dans un parc", Action.GENERATE),
    ("a castle on a hill", "gracias, con nieve", Action.EDIT),
    ("a sunny beach", "thanks, I need it in landscape", Action.EDIT),
    ("a castle on a hill", "thanks, I need it without the clouds", Action.EDIT),
    ("a castle on a hill", "a knight riding towards the castle", Action.GENERATE),
    ("a penguin on an ice floe", "the kids would love a poster of a giraffe", Action.GENERATE),
    ("a castle on a hill", "cyberpunk. a city street. neon signs", Action.GENERATE),
])
def test_review_misreadings_stay_mended(first, message, action):
    conv = conversation()
    if first:
        conv.respond(first)
    assert conv.respond(message).action is action


def test_review_a_remark_about_the_thing_is_no_edit():
    assert after("a castle on a hill", "the castle is from my childhood, my grandma lived near one").action is not \
        Action.EDIT


@pytest.mark.parametrize("subject, change, kept, lost", [
    ("a dog in a park", "add a puppy next to it", "puppy", None),
    ("a plane over the sea", "add an airplane", "an airplane", None),
    ("a park with a tree and a bench", "wait no clouds", None, "clouds"),
    ("a park with a tree and a bench", "without that ugly tree", None, "tree"),
])
def test_review_edits_stay_mended(subject, change, kept, lost):
    from chat.words.scene import render_prompt
    plan = apply_edit(Scene(subject=subject), change)
    prompt = render_prompt(plan.scene)
    if kept:
        assert kept in prompt
    if lost:
        assert lost in ", ".join(plan.scene.negatives) and lost not in prompt.replace(subject, "")


@pytest.mark.parametrize("message, action", [("what should I use this photo for?", Action.DESCRIBE),
                                             ("did I edit this photo well?", Action.DESCRIBE),
                                             ("here's a screenshot from a video, can you make it sharper?", Action.UPSCALE)])
def test_review_upload_questions_stay_mended(message, action):
    assert conversation().respond(message, ["tests/data/images/ball.png"]).action is action


def test_review_bigger_for_the_content_is_an_edit():
    ctx = RouteContext(has_current=True, image_count=1, scene_words={"fox"})
    assert route("bigger so the fox looks more dramatic", ctx).action is not Action.UPSCALE


def test_review_a_story_world_keeps_only_the_place():
    result = conversation().respond("our campaign is set in the Sword Coast, the players are all level 5. can you draw a "
                                    "tavern?")
    assert "Sword Coast" in result.prompt and "level 5" not in result.prompt


@pytest.mark.parametrize("path, named", [("children-at-pool.jpg", "children at pool"), ("my_ex_boyfriend.jpg", "a man"),
                                         ("black-man.jpg", "a man")])
def test_review_file_names_of_people(path, named):
    assert named_in_file_name(path) == named


@pytest.mark.parametrize("message", ["can you make gifs?! like a spinning logo",
                                     "ok so can you make gifs? like a spinning logo"])
def test_review_asking_first_about_gifs_in_other_words(message):
    from chat.capabilities import asks_to_do_lacking
    assert asks_to_do_lacking(message) is not None
