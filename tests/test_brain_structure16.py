"""Stop 16's general readings, each with sentences of this file's own: a correction in the middle of a message, one
weather or time swapped for another, "a different style" with no style named, a new theme, a colour said alone,
things put on "him", a shape said last, a size question, long-word typos, a story sentence before an emoji and an ask
on an upload, and the offline word list's compounds and style names.

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest tests/test_brain_structure16.py -q
"""
import pytest

from chat.conversation import ChatSettings, Conversation
from chat.nopixels import NoPixelEngine
from chat.services import Services
from chat.types import Action
from chat.words.another import other_value
from chat.words.detail import head_noun
from chat.words.glossary import gloss, singular
from chat.words.normalize import self_corrected
from chat.words.route import RouteContext, route
from chat.words.scene import Scene
from chat.words.sizes import aspect_from_text, without_format_fragment
from chat.words.typos import fix_prompt_typos


def conversation():
    return Conversation(Services(llm=None, engine=NoPixelEngine("sd-turbo")), ChatSettings(rng_seed=16))


def say(*messages: str):
    conv = conversation()
    return [conv.respond(m) for m in messages]


def on_screen(*words: str) -> RouteContext:
    return RouteContext(has_current=True, image_count=1, last_batch=1, scene_words=set(words))


UPLOAD = RouteContext(has_upload=True)


# ---- a correction mid-message ------------------------------------------------------------------------------------
@pytest.mark.parametrize("message, corrected", [
    ("add a mug - no wait, a teapot, on the desk", "add a teapot, on the desk"),
    ("a green bike, I mean a yellow bike, by the canal", "a yellow bike, by the canal"),
    ("a pony, sorry, a unicorn", "a unicorn"),
    ("a wooden chair, actually a blue one", "a blue chair"),
])
def test_a_correction_replaces_what_it_corrects(message, corrected):
    assert self_corrected(message) == corrected


@pytest.mark.parametrize("message", [
    "a lighthouse, no people, a stormy sea",  # "no people" is a negative, not a correction
    "a boat with a sail. actually the sail should be red",  # a change said after, not a replacement
    "a beach at dusk, no umbrellas",
])
def test_no_correction_is_read_where_there_is_none(message):
    assert self_corrected(message) == message


def test_a_correction_in_an_edit_keeps_only_the_second_thing():
    results = say("a knight standing in a courtyard", "give him a spear - no wait, a banner")
    assert results[-1].action is Action.EDIT
    assert "banner" in results[-1].prompt and "spear" not in results[-1].prompt


def test_a_correction_in_a_request_draws_the_second_thing():
    result = say("draw a hamster, no wait, a guinea pig, eating lettuce")[0]
    assert result.prompt.startswith("a guinea pig, eating lettuce") and "hamster" not in result.prompt


# ---- one value of a slot swapped for another --------------------------------------------------------------------
@pytest.mark.parametrize("first, change, new, old", [
    ("a village square in the snow", "make the snow rain", "rain", "snow"),
    ("a harbour at sunrise", "make the sunrise night", "night", "sunrise"),
])
def test_making_one_weather_or_time_another_replaces_it(first, change, new, old):
    result = say(first, change)[-1]
    positive = result.prompt.lower()
    assert new in positive and old not in positive
    assert old in result.negative_prompt


# ---- "a different style" with nothing named ------------------------------------------------------------------------
@pytest.mark.parametrize("message", ["could you try a different style?", "another style pls", "new colours please",
                                     "different background?"])
def test_a_different_look_asked_without_a_value_is_an_edit(message):
    assert route(message, on_screen("teapot")).action is Action.EDIT


def test_easel_picks_a_style_the_picture_has_not_got_and_says_so():
    results = say("a teapot on a windowsill, watercolor painting", "can you try a different style")
    edit = results[-1]
    assert edit.action is Action.EDIT and "watercolor" not in edit.prompt.split(",")[1]
    assert "digital illustration" in edit.prompt and "I picked" in edit.reply
    assert "different style" not in edit.prompt


def test_each_pick_differs_from_what_the_scene_has():
    scene = Scene(subject="a teapot", style="digital illustration")
    assert other_value(scene, "style") != "digital illustration"
    assert other_value(Scene(subject="a teapot"), "background") not in ("", None)


# ---- a new theme -----------------------------------------------------------------------------------------------------
def test_a_new_theme_replaces_the_old_one():
    results = say("a bakery window with a pink and mint theme", "now a black and gold theme")
    prompt = results[-1].prompt
    assert "black and gold theme" in prompt and "pink and mint" not in prompt


def test_change_the_colour_scheme_to_names_the_new_one():
    results = say("a wedding table, rustic colour scheme", "change the colour scheme to navy and silver")
    prompt = results[-1].prompt
    assert "navy and silver" in prompt and "rustic" not in prompt


# ---- a colour said alone ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("message, colour", [("teal", "teal"), ("hmm maybe lilac?", "lilac"),
                                             ("how about navy and gold instead", "navy and gold")])
def test_a_colour_said_alone_recolours_the_picture(message, colour):
    decision = route(message, on_screen("bicycle"))
    assert decision.action is Action.EDIT and decision.text == f"make it {colour}"


def test_a_colour_alone_with_no_picture_is_not_an_edit():
    assert route("teal", RouteContext()).action is not Action.EDIT


# ---- things put on the one in the picture ----------------------------------------------------------------------------
@pytest.mark.parametrize("message", ["reading glasses on her pls", "fairy wings on him", "streamers around them"])
def test_things_put_on_him_or_her_are_added(message):
    decision = route(message, on_screen("grandma"))
    assert decision.action is Action.EDIT and decision.text.startswith("add ")


def test_focus_on_her_is_no_thing_added():
    decision = route("focus on her", on_screen("grandma"))
    assert not (decision.text or "").startswith("add focus")


# ---- shapes and sizes ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("message, aspect", [("make it insta story size", "tall"), ("for my ig story", "tall"),
                                             ("an insta post of it", "square")])
def test_insta_story_is_tall_and_insta_post_square(message, aspect):
    assert aspect_from_text(message) == aspect


@pytest.mark.parametrize("message, kept", [("a windmill in a tulip field. Square", "a windmill in a tulip field"),
                                           ("a windmill, vertical please", "a windmill")])
def test_a_shape_said_last_is_no_content(message, kept):
    assert without_format_fragment(message) == kept
    result = say(message)[0]
    assert result.prompt.startswith(kept + ",")


def test_a_shape_with_the_word_shape_and_a_reason_only_reshapes():
    results = say("a garden party flyer", "and make it landscape shape so it fits the leaflet")
    edit = results[-1]
    assert edit.images[0].width > edit.images[0].height
    assert "shape" not in edit.prompt and "leaflet" not in edit.prompt


@pytest.mark.parametrize("message", ["what size should it be for a canvas print?",
                                     "lovely! how big does it need to be for an A3 poster?"])
def test_asking_what_size_is_a_question_not_an_upscale(message):
    assert route(message, on_screen("flyer")).action is Action.CHAT


def test_asking_for_bigger_is_still_an_upscale():
    assert route("can you make it bigger for a canvas print", on_screen("flyer")).action is Action.UPSCALE


# ---- typos and nouns -------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("typed, fixed", [("a hummingbrid", "a hummingbird"), ("a golden retriver", "a golden retriever")])
def test_a_long_word_with_a_dropped_letter_is_fixed(typed, fixed):
    assert fix_prompt_typos(typed)[0] == fixed


@pytest.mark.parametrize("word", ["axolotl", "labradoodle", "cottagecore", "kintsugi"])
def test_rare_real_words_stay(word):
    assert fix_prompt_typos(f"a {word}")[0] == f"a {word}"


@pytest.mark.parametrize("subject, head", [("a cozy living room by the fire", "room"),
                                           ("nine red balloons over a field", "balloons"),
                                           ("a wedding cake with roses", "cake"),
                                           ("a heron standing in reeds", "heron")])
def test_the_detail_writer_names_the_thing_not_a_modifier_or_number(subject, head):
    assert head_noun(subject) == head


# ---- uploads ---------------------------------------------------------------------------------------------------------
def test_a_sentence_then_an_emoji_then_an_ask_on_an_upload_is_an_edit():
    assert route("this is my parrot Kiwi 🦜 can you give him a tiny top hat?", UPLOAD).action is Action.EDIT


def test_a_question_about_the_upload_is_still_a_question():
    assert route("this is my parrot 🦜 what kind is he?", UPLOAD).action is Action.DESCRIBE


# ---- the offline word list ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("plural, one", [("flowers", "flower"), ("cherries", "cherry"), ("boxes", "box"),
                                         ("dresses", "dress"), ("mice", "mouse"), ("grass", "grass")])
def test_singular(plural, one):
    assert singular(plural) == one


def test_a_noun_of_nouns_becomes_an_english_compound_in_the_singular():
    assert "a bird background" in gloss("un perro con un fondo de pájaros", "es").text


def test_a_german_compound_with_a_material():
    assert "silk pillow" in gloss("eine Katze auf einem Seidenkissen", "de").text


def test_an_italian_clitic_turn_it_into_and_the_style_named_before_style():
    assert gloss("trasformarla in stile acquerello", "it").text == "turn it into watercolor style"


# ---- the small model's reading, with the style the word list read for sure -----------------------------------------
def test_a_style_the_model_lost_comes_back_from_the_word_list():
    from chat.translator import translate
    from fakes import ScriptedLLM
    message = "quiero un dibujo de un mercado con puestos de frutas, estilo acuarela"
    reading = "I want a drawing of a market with stalls of fruits, style of painting"
    result = translate(ScriptedLLM([reading] * 2, is_instruct=False, name="small"), message)
    assert result.ok and "watercolor style" in result.text and "style of painting" not in result.text
    assert "stalls" in result.text  # the model's reading, not the word list's ("puestos" unknown to it)


def test_a_reading_that_kept_the_style_is_left_alone():
    from chat.translator import translate
    from fakes import ScriptedLLM
    reading = "I want a drawing of a market with stalls of pitahayas, in watercolor style"
    result = translate(ScriptedLLM([reading] * 2, is_instruct=False, name="small"),
                       "quiero un dibujo de un mercado con puestos de pitahayas, estilo acuarela")
    assert result.text == reading


# ---- short follow-ups in another language ---------------------------------------------------------------------------
@pytest.mark.parametrize("message, language", [("pode dar mais 3 opções?", "pt"), ("ficou ótimo, pode aumentar?", "pt"),
                                               ("torna a quella di prima", "it"), ("la misma casa pero sin nubes", "es")])
def test_common_words_say_the_language(message, language):
    from chat.words.language import detect_language
    assert detect_language(message) == language


@pytest.mark.parametrize("message", ["a sans serif font", "a dog without a collar", "more pls"])
def test_english_stays_english(message):
    from chat.words.language import detect_language
    assert detect_language(message) is None


@pytest.mark.parametrize("message, language, read", [
    ("la misma casa pero de noche", "es", "the same house but"), ("das gleiche Auto aber in Rot", "de", "the same car but"),
])
def test_same_and_but_are_read(message, language, read):
    assert gloss(message, language).text.startswith(read)


def test_a_portuguese_ask_for_more_options_gives_more():
    results = say("a lighthouse on a rock", "me dá mais 3 opções")
    assert results[-1].action is Action.VARIATIONS and len(results[-1].images) == 3


# ---- typed faces, removed words, "just", "btw", "like animated?" ---------------------------------------------------
def test_a_typed_face_ends_a_sentence_like_an_emoji():
    from chat.words.emoji import EMOJI_RUN
    assert EMOJI_RUN.findall("the wings look wrong :( can you fix them <3") == [":(", "<3"]
    assert EMOJI_RUN.findall("a 16:9 banner at 10:30, see http://example.com") == []


def test_removing_the_words_keeps_text_out_and_the_words_go():
    edit = say("a bake sale poster with text", "take all the writing off please")[-1]
    assert "text" in edit.negative_prompt and "text" not in edit.prompt and "writing" not in edit.prompt


def test_no_x_just_y_keeps_y():
    from chat.words.negatives import extract_negatives
    assert extract_negatives("no silver, just copper and teal") == ("just copper and teal", ["silver"])
    assert extract_negatives("no boats, buildings or people")[1] == ["boats", "buildings", "people"]


def test_btw_then_a_question_is_chat():
    decision = route("btw what's the best way to describe a mood in a prompt? any tips", on_screen("harbour"))
    assert decision.action is Action.CHAT


def test_asking_whether_it_could_be_like_animated_is_the_animation_answer():
    result = say("a frog on a lily pad", "can the frog jump into the pond? like animated?")[-1]
    assert result.action is Action.CHAT and "animate" in result.reply


# ---- a thing named by its family; what stays when it goes ----------------------------------------------------------
@pytest.mark.parametrize("subject, change, kept, gone", [
    ("a border collie herding sheep on a hill", "make the dog black", "black border collie", None),
    ("a toucan on a branch in the rainforest", "remove the bird", "rainforest", "toucan"),
    ("a jar of tulips on a windowsill", "make the flowers orange", "orange tulips", None),
])
def test_a_family_word_finds_the_kind_in_the_picture(subject, change, kept, gone):
    edit = say(subject, change)[-1]
    assert kept in edit.prompt
    assert gone is None or gone not in edit.prompt.split(", ")[0]


def test_removing_the_subject_keeps_the_place_it_was_in():
    edit = say("a beagle running in the snow", "remove the dog")[-1]
    assert edit.prompt.startswith("the snow") and "beagle" in edit.negative_prompt


def test_change_the_thing_so_it_says_new_words():
    edit = say('a bakery window with a chalkboard that says "FRESH"',
               'change the chalkboard so it says "HOT CROSS BUNS"')[-1]
    assert '"HOT CROSS BUNS"' in edit.prompt and '"FRESH"' not in edit.prompt and "chalkboard" in edit.prompt


def test_a_count_said_before_the_colon_is_the_number_of_pictures():
    result = say("four sticker options for my etsy shop: a sleepy sloth hugging a mug")[0]
    assert len(result.images) == 4 and result.prompt.startswith("a sleepy sloth hugging a mug")


def test_a_count_of_people_in_the_story_is_no_number_of_pictures():
    result = say("my three nieces love ponies. can you draw a pony with a rainbow mane")[0]
    assert len(result.images) == 1


def test_the_word_list_wins_when_the_model_lost_a_thing_it_read_for_sure():
    from chat.translator import translate
    from fakes import ScriptedLLM
    reading = "paint me a flying saucer in the storm"
    result = translate(ScriptedLLM([reading] * 2, is_instruct=False, name="small"),
                       "male mir bitte einen Leuchtturm im Sturm, wie ein altes Ölgemälde")
    assert "lighthouse" in result.text and "saucer" not in result.text


def test_sunrise_after_a_preposition_is_read():
    assert "sunrise" in gloss("un lac de montagne au lever du soleil", "fr").text


# ---- a new place with a time, "them" after a plural, a part tried in a look, changes in two sentences ------------
def test_a_new_place_said_with_a_time_replaces_the_old_place_and_sets_the_time():
    edit = say("an owl in a barn", "ok now put her in a pine forest at dusk")[-1]
    assert "in a pine forest" in edit.prompt and "barn" not in edit.prompt and "dusk" in edit.prompt


def test_them_after_more_things_is_those_things():
    edit = say("a cake with candles", "more candles and make them silver")[-1]
    assert "silver candles" in edit.prompt and "silver cake" not in edit.prompt


@pytest.mark.parametrize("message, wanted", [("could we try the armchair in mustard yellow?", "mustard yellow armchair"),
                                             ("can we have the curtains in a soft pink", "soft pink curtains")])
def test_a_part_tried_in_a_colour_is_that_part_recoloured(message, wanted):
    edit = say("a reading nook with a blue armchair and white curtains", message)[-1]
    assert edit.action is Action.EDIT and wanted in edit.prompt


def test_two_sentences_that_each_change_the_picture_both_count():
    edit = say("a reading nook with a blue armchair", "could we try the armchair in dark green? also a cat on it")[-1]
    assert "dark green armchair" in edit.prompt and "cat" in edit.prompt


def test_a_remark_then_a_change_is_still_only_the_change():
    decision = route("i love the colours. can you add a lamp", on_screen("nook", "armchair"))
    assert decision.action is Action.EDIT and decision.text == "can you add a lamp"


@pytest.mark.parametrize("colour", ["rust orange", "terracotta", "mauve", "slate grey", "burgundy"])
def test_more_colour_names_are_colours(colour):
    from chat.words.edit_plan import is_colour
    assert is_colour(colour)


@pytest.mark.parametrize("look", ["sepia", "charcoal"])  # a colour treatment and a medium, not a colour of a thing
def test_a_treatment_or_medium_is_no_colour(look):
    from chat.words.edit_plan import is_colour
    assert not is_colour(look)


# ---- saving, "not quite", lettering in capitals ---------------------------------------------------------------------
def test_save_it_is_answered_not_drawn_again():
    result = say("a mermaid on a rock", "ok great, save it pls")[-1]
    assert result.action is Action.CHAT and "saved" in result.reply and not result.images


def test_not_quite_is_no_part_of_the_picture():
    edit = say("a vase on a shelf", "hmm not quite, the vase should be on the right")[-1]
    assert "quite" not in edit.prompt and "vase on the right" in edit.prompt


@pytest.mark.parametrize("message, lettered", [
    ("a flyer for the bake sale with the text BAKE SALE SATURDAY", '"BAKE SALE SATURDAY"'),
    ("a shop sign that says OPEN LATE in neon", '"OPEN LATE"'),
])
def test_capitals_after_a_lettering_cue_are_lettered_verbatim(message, lettered):
    assert lettered in say(message)[0].prompt


def test_lowercase_words_after_says_are_not_quoted():
    from chat.words.scene import quote_capitals
    assert quote_capitals("a sign that says open late") == "a sign that says open late"


# ---- what a thing does, two swaps ------------------------------------------------------------------------------------
@pytest.mark.parametrize("subject, change, doing", [("a cowboy on a horse", "make the horse rear up", "rearing up"),
                                                    ("a wolf on a cliff", "make the wolf howl at the moon", "howling at")])
def test_make_the_thing_do_something_keeps_the_thing(subject, change, doing):
    edit = say(subject, change)[-1]
    assert doing in edit.prompt and edit.prompt.startswith(subject)


def test_two_swaps_in_one_sentence_are_both_made():
    edit = say("a desk with a lamp and a mug", "swap the lamp for a candle and the mug for a teacup")[-1]
    assert "candle" in edit.prompt and "teacup" in edit.prompt
    assert "lamp" in edit.negative_prompt and "mug" in edit.negative_prompt


def test_make_it_look_like_it_is_somewhere_keeps_it_and_moves_it():
    edit = say("a lighthouse on a rock", "can you make my lighthouse look like it's in a glass bottle")[-1]
    assert edit.prompt.startswith("a lighthouse in a glass bottle") and "lighthouse" not in edit.negative_prompt


def test_undo_in_english_inside_another_language_is_still_undo():
    results = say("un barco en el mar", "pon una gaviota en el cielo", "undo jaja, sin gaviota")
    assert results[-1].action is Action.REVERT


# ---- "what if there was", "you forgot", "that's not a cat, that's a fox" ------------------------------------------
def test_what_if_there_was_adds_the_thing():
    edit = say("a harbour at dawn", "what if there was a lighthouse?")[-1]
    assert edit.action is Action.EDIT and "lighthouse" in edit.prompt


@pytest.mark.parametrize("message, thing", [("you forgot the scarf", "scarf"), ("oh you didn't add the snowflakes!", "snowflakes")])
def test_you_forgot_adds_what_was_left_out(message, thing):
    edit = say("a snowman in a garden", message)[-1]
    assert edit.action is Action.EDIT and thing in edit.prompt
    assert "forgot" not in edit.prompt and "didn't" not in edit.prompt


@pytest.mark.parametrize("message", ["that's not a goat, it's a sheep", "it's supposed to be a sheep, not a goat"])
def test_a_thing_named_as_another_is_replaced(message):
    edit = say("a goat on a hillside", message)[-1]
    assert edit.prompt.startswith("a sheep on a hillside") and "goat" in edit.negative_prompt


# ---- versions that differ, a shape with its purpose and another change, "can you redo it" ------------------------
def test_versions_with_different_colours_are_more_takes():
    result = say("a paper crane", "can we get 3 versions with different colors")[-1]
    assert result.action is Action.VARIATIONS and len(result.images) == 3


def test_a_shape_for_a_purpose_then_another_change_does_both():
    edit = say("a fox in the snow", "make it landscape for the newsletter and give him a red scarf")[-1]
    assert edit.images[0].width > edit.images[0].height
    assert "red scarf" in edit.prompt and "newsletter" not in edit.prompt


@pytest.mark.parametrize("message", ["can you redo it", "the petals look odd, could you redraw it please"])
def test_redo_it_is_another_take(message):
    result = say("a tulip in a vase", message)[-1]
    assert result.action is Action.VARIATIONS and "redo" not in result.prompt and "redraw" not in result.prompt


def test_him_in_the_ask_is_the_one_the_story_named():
    result = say("We just adopted a rabbit named Biscuit and she is so fluffy. I'd love a watercolor of her "
                 "nibbling a carrot in the garden")[0]
    assert "Biscuit the rabbit nibbling a carrot" in result.prompt and " her " not in result.prompt


@pytest.mark.parametrize("message, language, read", [
    ("Kun je een vuurtoren tekenen bij zonsondergang?", "nl", "draw a lighthouse at sunset"),
    ("een fiets met bloemen ervoor", "nl", "a bicycle with flowers in front of it"),
    ("un gatto davanti a una finestra", "it", "a cat in front of a window"),
    ("un cartel con letras doradas", "es", "golden letters"),
])
def test_word_list_order_and_words(message, language, read):
    assert read in gloss(message, language).text


def test_voor_is_still_for():
    assert "for my mother" in gloss("een kaart voor mijn moeder", "nl").text


@pytest.mark.parametrize("message, subject", [
    ("can i get a cute cartoon otter holding a shell, like a sticker", "a cute cartoon otter holding a shell"),
    ("could I have a lighthouse on a cliff at night?", "a lighthouse on a cliff at night"),
])
def test_can_i_get_a_thing_is_a_drawing_request(message, subject):
    result = say(message)[0]
    assert result.action is Action.GENERATE and result.prompt.startswith(subject)


def test_can_i_get_a_refund_is_no_picture():
    assert route("can i get a refund", RouteContext()).action is Action.CHAT


@pytest.mark.parametrize("message, text", [("is it possible to get a whale made of stars?", "a whale made of stars"),
                                           ("hi, could you help me with a flyer for our choir concert?",
                                            "a flyer for our choir concert")])
def test_a_picture_asked_for_as_a_question(message, text):
    decision = route(message, RouteContext())
    assert decision.action is Action.GENERATE and decision.text == text


def test_help_with_something_that_is_no_picture_is_chat():
    assert route("could you help me with my homework?", RouteContext()).action is Action.CHAT


# ---- one-verb edits, "more of a side view" -------------------------------------------------------------------------
@pytest.mark.parametrize("message, phrase", [("center the teapot", "the teapot centred in the frame"),
                                             ("could you blur the background a little", "softly blurred background"),
                                             ("simplify it please", "simpler, clean composition")])
def test_a_change_said_as_one_verb(message, phrase):
    edit = say("a teapot on a kitchen table", message)[-1]
    assert edit.action is Action.EDIT and phrase in edit.prompt
    assert not any(w in edit.prompt for w in ("center the", "blur the", "simplify"))


def test_more_of_a_side_view_is_a_side_view():
    edit = say("a vintage car on a street", "more of a side view")[-1]
    assert "side view" in edit.prompt and "of a side view" not in edit.prompt


# ---- uploads: a style said as "X of it", shown changed, a question then a change ------------------------------------
def test_a_style_said_as_a_thing_of_it_is_the_style():
    edit = say("a bowl of pears", "make a watercolour of it")[-1]
    assert "watercolour" in edit.prompt and "of it" not in edit.prompt


def test_a_dangling_of_in_the_word_list_reading_is_of_it():
    assert gloss("maak er een aquarel van", "nl").text.endswith("of it")


def test_show_it_in_winter_on_an_upload_is_an_edit():
    assert route("can you show the house in winter?", UPLOAD).action is Action.EDIT
    assert route("can you show me what this is?", UPLOAD).action is Action.DESCRIBE


def test_what_this_is_then_a_change_keeps_only_the_change():
    conv = conversation()
    from pathlib import Path
    photo = str(Path(__file__).parent / "data" / "images" / "rocket.png")
    result = conv.respond("can you tell me what this is and then make it look like a comic", [photo])
    assert result.action is Action.EDIT and "tell" not in result.prompt and "what this is" not in result.prompt


# ---- long follow-ups: several sentences, what someone else thinks, "maybe some …?" ----------------------------------
def test_a_question_then_a_negative_in_the_next_sentence_both_count():
    edit = say("a logo for a tea shop with a teapot", "can the teapot be a bit smaller? also no leaves")[-1]
    assert "smaller teapot" in edit.prompt and "leaves" in edit.negative_prompt


def test_he_looks_too_x_then_can_he_do_y():
    edit = say("a portrait of a young wizard", "hmm he looks too serious. can he laugh a little? and give him a wand")[-1]
    assert edit.action is Action.EDIT
    assert "laughing a little" in edit.prompt and "wand" in edit.prompt and "serious" in edit.negative_prompt
    assert "he looks" not in edit.prompt


@pytest.mark.parametrize("message", ["maybe some hot air balloons?", "the sky is kinda empty, maybe a few hot air balloons?"])
def test_maybe_some_things_are_added(message):
    edit = say("a valley at sunrise", message)[-1]
    assert edit.action is Action.EDIT and "hot air balloons" in edit.prompt and "maybe" not in edit.prompt


def test_what_someone_else_thinks_after_a_story_is_the_change():
    edit = say("a barn on a hill", "so my dad saw this and he liked it but he thinks the barn should be red, and "
                                   "honestly the grass is a bit dull")[-1]
    assert "red barn" in edit.prompt
    assert not any(w in edit.prompt for w in ("dad", "liked", "thinks", "honestly"))


# ---- "one more thing", "i wanted to make", a format word with a look before it --------------------------------------
def test_one_more_thing_is_no_more_pictures():
    decision = route("thanks!! one more thing, can the moon be a crescent?", on_screen("moon", "clouds"))
    assert decision.action is Action.EDIT


def test_i_wanted_to_make_after_a_story_is_the_request():
    result = say("hi! im a teacher and super busy but i wanted to make a cheerful phone wallpaper, like sunflowers "
                 "and bees, very simple")[0]
    assert result.action is Action.GENERATE and result.prompt.startswith("a cheerful wallpaper, like sunflowers and bees")
    assert result.images[0].height > result.images[0].width
    assert not any(w in result.prompt for w in ("teacher", "busy", "wanted"))
