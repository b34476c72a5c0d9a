"""Stop 24's readings, each with sentences of our own (not from any eval set).

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest -q tests/test_brain_structure24.py
"""
import re

import pytest

from brain import offline_conversation, turns_after
from chat.types import Action
from chat.words.edit import apply_edit
from chat.words.route import RouteContext, route
from chat.words.scene import Scene, render_prompt

BRIDGE = RouteContext(has_current=True, image_count=1, last_batch=1, scene_words={"bridge", "river"})
NOTHING = RouteContext()


def conversation():
    return offline_conversation(24)


def after(first: str, *messages: str):
    return turns_after(24, first, *messages)


@pytest.mark.parametrize("message", ["oh and paper lanterns along the railing", "and mist over the water please",
                                     "also wild geese across the sky"])
def test_and_a_thing_placed_in_the_picture_adds_it(message):
    assert route(message, BRIDGE).action is Action.EDIT


def test_and_a_verb_is_still_read_as_its_own_change():
    assert route("and make it night", BRIDGE).action is Action.EDIT
    assert route("and thanks for the help", BRIDGE).action is Action.CHAT


@pytest.mark.parametrize("message", ["fair enough, bigger then", "ok no problem, bigger please", "oh well, bigger"])
def test_an_answer_taken_in_stride_then_bigger_upscales(message):
    assert route(message, BRIDGE).action is Action.UPSCALE


def test_a_shape_with_though_and_where_it_goes_is_only_the_shape():
    result = after("a stone bridge over a river", "make it wide tho, it goes on our website header")
    assert result.action is Action.EDIT and result.images[0].width > 1.2 * result.images[0].height
    assert "tho" not in result.prompt and "header" not in result.prompt


def test_a_fact_about_the_format_then_the_ask_is_the_ask_alone():
    result = after("a stone bridge over a river", "the slideshow is landscape format, could you make it wide?")
    assert result.action is Action.EDIT and result.images[0].width > 1.2 * result.images[0].height
    assert "slideshow" not in result.prompt


def test_a_complaint_about_a_part_before_the_ask_keeps_the_part():
    result = after("a cottage with a blue door", "the door looks flat, can it be arched instead")
    assert result.action is Action.EDIT and "door" in result.prompt


@pytest.mark.parametrize("message", ["wait how do owls see in the dark", "hold on, why is the sky blue?",
                                     "wait what do hedgehogs eat"])
def test_a_question_asked_on_the_way_is_talk(message):
    assert route(message, BRIDGE).action is Action.CHAT


@pytest.mark.parametrize("message", ["she's gonna freak out, thanks!", "my brother will lose his mind, thank you",
                                     "thanks! total lifesaver, I had three deadlines today",
                                     "thank you, we were up all night with the launch"])
def test_thanks_with_a_remark_or_a_story_is_talk(message):
    assert route(message, BRIDGE).action is Action.CHAT


def test_thanks_then_an_ask_is_still_the_ask():
    assert route("thanks, I had a dog like that, can you add one on the bridge", BRIDGE).action is Action.EDIT


def test_a_bigger_version_with_a_factor_upscales_by_it():
    result = after("a stone bridge over a river", "can i get a 3x bigger version of that")
    assert result.action is Action.UPSCALE
    assert result.images[0].width >= 3 * 512


def test_a_look_of_the_same_is_an_edit_with_that_look():
    result = after("a stone bridge over a river", "now a snowy version of the same")
    assert result.action is Action.EDIT and "snowy" in result.prompt


def test_why_a_thing_goes_stays_out_of_the_prompt():
    result = after("a birthday cake with candles", "no candles please, the candles look odd")
    assert result.action is Action.EDIT
    assert "candle" in result.negative_prompt and "candle" not in result.prompt and "odd" not in result.prompt


def test_a_purpose_then_a_ratio_reshapes():
    result = after("a stone bridge over a river", "it's for a slideshow so 16:9 please")
    assert result.action is Action.EDIT and result.images[0].width > 1.2 * result.images[0].height


@pytest.mark.parametrize("message", ["can you make pictures in different sizes?", "could you do images with text?",
                                     "can you draw illustrations in any style?"])
def test_a_question_about_pictures_in_general_is_talk(message):
    assert route(message, NOTHING).action is Action.CHAT


def test_a_question_about_pictures_of_a_thing_is_still_a_drawing():
    assert route("can you draw pictures of owls?", NOTHING).action is Action.GENERATE


def test_a_part_made_a_new_thing_is_replaced_by_it():
    plan = apply_edit(Scene(subject="a harbour with a lighthouse and a pier"), "make the lighthouse a giant stone tower")
    prompt = render_prompt(plan.scene)
    assert "giant stone tower" in prompt and "lighthouse" not in prompt
    keep = apply_edit(Scene(subject="a harbour with a lighthouse"), "make the lighthouse a bit taller")
    assert "lighthouse" in render_prompt(keep.scene)


def test_one_of_a_pair_changed_with_a_remark_after():
    result = after("two cats on a sofa", "make one of them a tabby, we have one named Biscuit")
    assert result.action is Action.EDIT and "tabby" in result.prompt
    assert "named" not in result.prompt and "Biscuit" not in result.prompt


# ---- other languages --------------------------------------------------------------------------------------------
from fakes import ScriptedLLM  # noqa: E402

from chat.translator import lost_words, translate  # noqa: E402
from chat.words.glossary import gloss  # noqa: E402


def small_model(answer: str) -> ScriptedLLM:
    return ScriptedLLM(default=answer, is_instruct=False, name="small")


def test_a_reading_that_guesses_from_a_words_look_has_lost_that_word():
    original = "Disegna un castello al tramonto con un lago"
    lost = lost_words(gloss(original, "it"), "Draw a castle at the tramway with a lake", original)
    assert "sunset" in lost


def test_a_word_the_model_copied_untranslated_is_read_with_the_word_list():
    translation = translate(small_model("Hey! I need a logo for my food truck, a cat with a sombrero and bigote, "
                                        "cartoon style"),
                            "hey! necesito un logo for my food truck, un gato con sombrero y bigote, cartoon style")
    assert "mustache" in translation.text and "bigote" not in translation.text
    assert "sombrero" in translation.text  # a loan English uses stays as typed


def test_a_card_with_places_drawn_on_it_is_a_map():
    assert "map" in gloss("Dessine une carte d'une île avec un volcan et une rivière", "fr").text
    assert "map" in gloss("Zeichne eine Karte mit Bergen und einem Fluss", "de").text
    assert "card" in gloss("Fais une carte d'anniversaire avec un gâteau", "fr").text


def test_new_rows_read_parchment_and_a_dalmatian():
    assert "parchment" in gloss("un vieux parchemin avec une carte", "fr").text
    assert "dalmatian" in gloss("Zeichne einen Dalmatiner im Park", "de").text


def test_liking_it_but_none_of_a_thing_is_that_thing_left_out():
    decision = route("I like but no words on it", BRIDGE)
    assert decision.action is Action.EDIT


def test_a_fact_naming_a_word_of_the_scene_still_leaves_the_ask_alone():
    ctx = RouteContext(has_current=True, image_count=1, last_batch=1, scene_words={"portrait", "queen", "crown"})
    decision = route("the brochure is portrait format, could you make it tall?", ctx)
    assert decision.action is Action.EDIT and "brochure" not in (decision.text or "brochure")


@pytest.mark.parametrize("message, wide", [("make me a phone wallpaper", False), ("we need a laptop wallpaper", True)])
def test_a_format_asked_for_alone_is_drawn_as_that_format(message, wide):
    result = after(message)
    assert result.action is Action.GENERATE and "wallpaper" in result.prompt
    assert not result.prompt.lower().startswith(("me", "we need", "make"))
    width, height = result.images[0].width, result.images[0].height
    assert (width > 1.2 * height) if wide else (height > 1.2 * width)


@pytest.mark.parametrize("message", ["i meant a heron, not a stork", "a heron not a stork", "it should be a heron, not a stork"])
def test_the_thing_meant_not_the_one_drawn_takes_its_place(message):
    result = after("a stork in a marsh at dawn", message)
    assert result.action is Action.EDIT and result.prompt.startswith("a heron in a marsh")
    assert "stork" not in result.prompt


LAKE = RouteContext(has_current=True, image_count=2, last_batch=1, scene_words={"lake", "cabin", "night"})


def test_a_shaped_version_asked_for_with_have_is_the_picture_reshaped():
    assert route("could i have a square version for the shop page", LAKE).action is Action.EDIT


@pytest.mark.parametrize("message", ["show me 3 more alternatives of the snowy version", "give me 2 more takes of the blue one"])
def test_more_takes_of_a_version_named_by_its_look_are_variations(message):
    assert route(message, LAKE).action is Action.VARIATIONS


def test_the_original_shown_again_is_a_revert():
    assert route("hmm the original was the best. show me the original again", LAKE).action is Action.REVERT
    assert route("show me the original painting of the night watch", LAKE).action is Action.GENERATE


@pytest.mark.parametrize("message", ["my nephew asks if you can make it spin 😅", "can you make the propeller spin"])
def test_spinning_is_motion_which_easel_cannot_make(message):
    assert route(message, LAKE).action is Action.CHAT


def test_art_needed_after_a_story_is_the_request():
    result = after("I run a gardening channel called Dirt Time and need some cover art. muddy boots beside a "
                   "wheelbarrow full of pumpkins")
    assert result.action is Action.GENERATE and "wheelbarrow" in result.prompt and "boots" in result.prompt


def test_a_few_ideas_asked_after_the_description_are_takes_of_it():
    result = after("thinking about getting a tattoo of a fox curled around a crescent moon, fine linework. "
                   "could you show me some ideas? maybe 4")
    assert result.action is Action.GENERATE and len(result.images) == 4
    assert "fox" in result.prompt and "show me" not in result.prompt and "thinking" not in result.prompt


def test_the_ask_for_options_leaves_no_words_in_the_prompt():
    result = after("we need a sticker for our climbing gym with a gecko. can you show me a few ideas?")
    assert len(result.images) == 3 and "gecko" in result.prompt and "show me" not in result.prompt


@pytest.mark.parametrize("message", ["gg ty", "lovely, ta", "tysm!!"])
def test_short_thanks_are_talk(message):
    assert route(message, LAKE).action is Action.CHAT


def test_a_picture_simplified_into_a_look_is_an_edit_with_that_look():
    result = after("a cabin by a lake at night", "could you flatten it into bold blocks of colour, like a screen print?")
    assert result.action is Action.EDIT and "blocks of colour" in result.prompt and "flatten it" not in result.prompt


def test_close_but_a_part_should_differ_is_that_change():
    result = after("a red tractor in a wheat field", "that's close but the tractor should be green not red")
    assert result.action is Action.EDIT and "green tractor" in result.prompt and "red" not in result.prompt


def test_a_star_correction_mends_the_picture_on_screen():
    result = after("a teapot on a table with a candle, kinda", "*kinda moody i meant. candlelit")
    assert result.action is Action.EDIT and "moody" in result.prompt and "i meant" not in result.prompt


def test_a_look_asked_for_the_picture_the_story_named():
    result = after("Hi. My grandson asked for a picture of a red kite flying over a windy hill. He loves kites. "
                   "Could you make something bright and breezy?")
    assert result.action is Action.GENERATE
    assert "kite" in result.prompt and "hill" in result.prompt and "breezy" in result.prompt


def test_new_rows_read_a_santa_hat_and_removals():
    assert "santa hat" in gloss("ponle un gorro de Santa al perro jaja", "es").text
    assert "jaja" not in gloss("ponle un gorro de Santa al perro jaja", "es").text
    assert gloss("enlevez les feuilles d'or", "fr").text.startswith("remove the gold leaf")


def test_a_calm_day_takes_the_storm_away_and_stormy_takes_the_calm():
    calmer = after("a windmill on a hill in a storm", "make it a calm spring morning")
    assert "storm" not in calmer.prompt and "calm" in calmer.prompt and "windmill" in calmer.prompt
    stormier = after("a harbour at dusk, calm water, pale pinks", "make it stormy instead")
    assert "stormy" in stormier.prompt and "calm" not in stormier.prompt and "harbour" in stormier.prompt


def test_a_shape_with_where_it_goes_is_a_reshape():
    result = after("a chalkboard menu with pastries", "nice, wide please for the shop window")
    assert result.action is Action.EDIT and result.images[0].width > 1.2 * result.images[0].height


def test_a_shape_asked_with_get_it():
    assert route("and can we get it landscape, like a postcard", LAKE).action is Action.EDIT
    assert route("can you get it done by friday", LAKE).action is not Action.EDIT


def test_bigger_with_a_factor_said_after_upscales():
    result = after("a stone bridge over a river", "bigger please, maybe 3x")
    assert result.action is Action.UPSCALE and result.images[0].width >= 3 * 512


@pytest.mark.parametrize("message", ["thanks, the little ones will love painting these", "ROFL ok now give her a crown"])
def test_remarks_about_little_ones_and_stretched_laughter(message):
    expected = Action.CHAT if message.startswith("thanks") else Action.EDIT
    ctx = RouteContext(has_current=True, image_count=1, last_batch=1, scene_words={"queen", "garden"})
    assert route(message.replace("ROFL", "LOLLL"), ctx).action is expected


def test_a_bare_plural_instead_replaces_the_subject():
    result = after("a dog asleep on a porch", "hmm can it be rabbits instead, the farm is mostly rabbits")
    assert result.prompt.startswith("rabbits asleep on a porch") and "mostly" not in result.prompt
    assert "dog" in result.negative_prompt


def test_a_swapped_part_takes_its_old_colour_with_it():
    result = after("a bright kitchen with a yellow table", "swap the yellow table for a dark oak one")
    assert "dark oak table" in result.prompt and "yellow" not in result.prompt


def test_bring_that_back_is_a_revert():
    assert route("they liked the first one best 🙈 can you bring that back?", LAKE).action is Action.REVERT


@pytest.mark.parametrize("message, named", [
    ("my border collie Pepper turns 5 on sunday!! can you draw her wearing a birthday crown", "collie"),
    ("I write a comic about a sleepy badger postman. could you draw him delivering letters in the snow", "badger"),
    ("last week I spotted a hoopoe in the garden. Can you paint one sitting on the fence?", "hoopoe"),
])
def test_him_her_or_one_is_the_one_the_story_named(message, named):
    result = after(message)
    assert result.action is Action.GENERATE and named in result.prompt
    assert not re.search(r"\b(?:him|her|one)\b", result.prompt.split(",")[0])


def test_no_then_a_fix_is_the_fix_not_a_thing_left_out():
    result = after("a portrait of a violinist", "no make his jacket green")
    assert result.action is Action.EDIT and "green jacket" in result.prompt and "make" not in result.negative_prompt


@pytest.mark.parametrize("message", ["thank you, i'm using this as my wallpaper lol", "ok he picked one, thanks!!",
                                     "ty 🙏 back to it"])
def test_thanks_with_what_becomes_of_it_is_talk(message):
    assert route(message, LAKE).action is Action.CHAT


def test_make_it_a_number_is_that_many_takes():
    decision = route("omg make it 4", LAKE)
    assert decision.action is Action.VARIATIONS and decision.count == 4
    assert route("make it 3d", LAKE).action is Action.EDIT


def test_versions_of_him_are_takes_of_the_picture_on_screen():
    decision = route("give me 3 different versions of her", LAKE)
    assert decision.action is Action.VARIATIONS and decision.count == 3


def test_a_sheet_that_animates_them_is_motion():
    assert route("can you make a sprite sheet that animates them walking?", LAKE).action is Action.CHAT


def test_make_it_so_a_thing_has_something_gives_it():
    result = after("a kitten on a rug", "that's great can you make it so the kitten has a ball of yarn")
    assert result.action is Action.EDIT and "ball of yarn" in result.prompt and "make it so" not in result.prompt


def test_skip_a_thing_and_say_what_would_be_better():
    result = after("a pancake stack with blueberries", "actually skip the blueberries, raspberries would be better")
    assert "raspberries" in result.prompt and "blueberries" not in result.prompt and "better" not in result.prompt
    assert "blueberries" in result.negative_prompt


@pytest.mark.parametrize("message", ["howling at the moon", "and sleeping under a tree"])
def test_what_the_one_on_screen_does_said_alone_is_an_edit(message):
    result = after("a grey wolf on a hill", message)
    assert result.action is Action.EDIT and "wolf" in result.prompt and message.split()[-2] in result.prompt


def test_an_ing_noun_alone_is_still_a_new_picture():
    assert route("painting of a lighthouse", LAKE).action is not Action.EDIT


def test_back_to_a_named_picture_then_a_reason_or_a_change():
    conv = conversation()
    for message in ("a hedgehog in pencil", "same style but a badger", "and an otter"):
        conv.respond(message)
    result = conv.respond("go back to the hedgehog, it needs to be wide for the banner")
    assert result.action is Action.EDIT and result.source == "img-1"
    assert result.images[0].width > 1.2 * result.images[0].height


def test_back_to_the_original_but_changed():
    result = after("a troll under a bridge", "make him green", "go back to the original troll, but make his hat red")
    assert result.action is Action.EDIT and result.source == "img-1" and "red hat" in result.prompt


def test_instead_of_the_old_colour_before_another_change():
    result = after("an owl in a scarf on a branch", "can you make the scarf yellow instead of red and add some falling leaves")
    assert "yellow scarf" in result.prompt and "red" not in result.prompt and "leaves" in result.prompt


def test_a_paper_size_with_portrait_is_a_reshape():
    result = after("a poster of a lighthouse", "perfect. A3 portrait please")
    assert result.action is Action.EDIT and result.images[0].height > 1.2 * result.images[0].width


def test_the_3d_model_of_it_is_a_thing_easel_cannot_make():
    result = after("a fox figurine", "can you give me the 3D model for it too?")
    assert result.action is Action.CHAT and "3D" in result.reply


def test_a_good_caption_is_advice_not_a_description():
    assert route("whats a fun caption for this on insta?", LAKE).action is Action.CHAT
    assert route("caption this", LAKE).action is Action.DESCRIBE


def test_a_look_version_of_him_edits_the_picture_on_screen():
    decision = route("haha love it. now make a pixel art version of him with a black outline", LAKE)
    assert decision.action is Action.EDIT


def test_one_with_new_things_instead_of_the_old_in_the_same_style():
    result = after("bees on a sunflower, gouache", "can you do one with butterflies instead of bees, same style")
    assert result.prompt.startswith("butterflies") and "bees" not in result.prompt and "bees" in result.negative_prompt


def test_a_thing_left_out_with_its_reason_keeps_the_reason_out_of_the_prompt():
    result = after("Draw a cartoon of a vet checking a puppy's ears, no syringes visible if possible as some kids are scared")
    assert "syringe" in result.negative_prompt
    assert "scared" not in result.prompt and "visible" not in result.prompt and "vet" in result.prompt


def test_a_complaint_run_into_can_you_take_it_off():
    result = after("a tea table with scones and macarons",
                   "that's lovely but there's too many macarons can you take the macarons off and put a teapot instead")
    assert result.action is Action.EDIT and "teapot" in result.prompt and "macarons" not in result.prompt


def test_one_more_batch_with_a_theme_instead_of_another():
    result = after("cookies for a dinosaur themed party", "one more batch pls but space theme instead of dinosaur")
    assert result.action is Action.EDIT and "space themed party" in result.prompt and "dinosaur" not in result.prompt


def test_same_style_but_with_a_new_thing_instead_of_the_old():
    result = after("a fox on a rooftop, flat vector", "now the same style but with an owl on a chimney instead of the fox")
    assert result.prompt.startswith("an owl on a chimney") and "fox" in result.negative_prompt


def test_fairy_lights_are_no_fantasy():
    from chat.words.detail import categorize
    assert categorize("a cozy bedroom with a bunk bed and fairy lights") != "fantasy"
    assert categorize("a fairy on a mushroom") == "fantasy"


def test_an_example_asked_for_is_the_picture_itself():
    result = after("ok show me an example: a street at night with neon signs")
    assert result.prompt.startswith("a street at night with neon signs") and "example" not in result.prompt


def test_a_thing_put_instead_of_one_removed_takes_only_its_place():
    result = after("a bowl of apples and pears on a table", "remove the pears and put plums instead")
    assert "bowl" in result.prompt and "plums" in result.prompt and "pears" in result.negative_prompt


def test_a_question_with_can_you_inside_stays_one_question():
    assert route("how many pictures can you make in one go?", LAKE).action is Action.CHAT
