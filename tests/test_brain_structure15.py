"""Stop 15's general readings, each with sentences of this file's own: a shape said with its reason or outright, a
polite wish to see what something would look like, talk after the request, complaints about a figure's part or the
lettering, a thing wished into the picture, a new one of the same kind, a remembered pet described in the past tense,
remarks beside a change, chat shorthand, and the foreign cues and words added to the offline reading.

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest tests/test_brain_structure15.py -q
"""
import re

import pytest

from chat.conversation import ChatSettings, Conversation
from chat.nopixels import NoPixelEngine
from chat.services import Services
from chat.translator import TranslatorConfig, lost_words, translate
from chat.types import Action
from chat.words.edit import apply_edit
from chat.words.foreign import foreign_route
from chat.words.glossary import gloss
from chat.words.route import RouteContext, route
from chat.words.scene import Scene
from chat.words.sizes import aspect_from_text
from chat.words.slots import classify_phrase
from fakes import ScriptedLLM


def conversation():
    return Conversation(Services(llm=None, engine=NoPixelEngine("sd-turbo")), ChatSettings(rng_seed=15))


def after(first: str, message: str):
    conv = conversation()
    conv.respond(first)
    return conv.respond(message)


def on_screen(*words: str) -> RouteContext:
    return RouteContext(has_current=True, image_count=1, last_batch=1, scene_words=set(words))


@pytest.mark.parametrize("message, aspect", [
    ("a map of the old town for the school fair, bright colours, landscape", "wide"),
    ("a thank-you card with pressed flowers. Landscape please, it goes on a postcard", "wide"),
    ("a tree house in autumn, portrait pls", "tall"),
])
def test_a_shape_said_outright_beats_the_format_or_stands_alone(message, aspect):
    assert aspect_from_text(message) == aspect


def test_a_portrait_of_someone_is_no_shape():
    assert aspect_from_text("a portrait of my grandmother knitting") is None


@pytest.mark.parametrize("phrase", ["tall so it fits my phone", "square because it's for my profile",
                                    "wide so that it covers the whole banner"])
def test_a_shape_with_its_reason_is_a_shape(phrase):
    assert classify_phrase(phrase) == "aspect"


def test_a_reshape_with_a_reason_keeps_the_picture_words():
    result = after("a lighthouse at dusk", "could you make it wide so it fills my whole desktop")
    assert result.action is Action.EDIT and result.images[0].width > result.images[0].height
    assert "desktop" not in result.prompt and "fills" not in result.prompt


def test_a_version_of_the_same_thing_in_another_shape_is_reshaped():
    result = after("a pixel-art frog knight", "now a reel version of the same thing, tall")
    assert result.action is Action.EDIT and result.images[0].height > result.images[0].width
    assert "version" not in result.prompt and "same thing" not in result.prompt


def test_wondering_whether_easel_could_show_something_draws_it():
    result = conversation().respond("Hello there. I keep bees and I wondered if you could show me what a meadow of "
                                    "wildflowers with three hives would look like. I hope that makes sense.")
    assert result.action is Action.GENERATE
    assert "meadow of wildflowers with three hives" in result.prompt
    assert "look like" not in result.prompt and "hope" not in result.prompt and "makes sense" not in result.prompt


@pytest.mark.parametrize("message", ["i dont like his face", "i don't like their hands"])
def test_disliking_a_figures_part_is_an_edit(message):
    assert route(message, on_screen("farmer", "field")).action is Action.EDIT


def test_a_thing_made_like_another_on_screen_is_an_edit():
    assert route("and make the wall like an old brick wall", on_screen("bakery", "sign")).action is Action.EDIT
    assert route("make the statue of liberty", on_screen("bakery")).action is Action.GENERATE


def test_printing_the_picture_as_a_kind_of_picture_turns_it_into_one():
    result = after("a smiling dinosaur", "could we print this as a colouring page? like only thick outlines")
    assert result.action is Action.EDIT and re.search(r"colou?ring page", result.prompt)
    assert "print" not in result.prompt and "like" not in result.prompt.split(",")[1]


@pytest.mark.parametrize("message", ["the lettering is spelt wrong", "there's a typo in the banner",
                                     "hmm the spelling is all wrong"])
def test_a_misspelled_word_asks_for_the_lettering_again(message):
    result = after('a shop sign that says "Fresh Bread"', message)
    assert result.action is Action.EDIT and '"Fresh Bread"' in result.prompt
    assert "misspelled text" in result.negative_prompt and "spelt" not in result.prompt


def test_the_spelling_fix_said_twice_is_in_the_prompt_once():
    conv = conversation()
    conv.respond('a birthday banner that says "Go Team"')
    conv.respond("the text is spelled wrong")
    result = conv.respond("the text is spelled wrong")
    assert result.prompt.count("correctly spelled") == 1


def test_a_thing_wished_into_the_picture_is_added():
    result = after("a snowy cabin in the woods", "a deer standing next to it would be lovely")
    assert result.action is Action.EDIT and "deer standing next to" in result.prompt and "lovely" not in result.prompt


@pytest.mark.parametrize("message", ["wat animals r these", "wht is this"])
def test_chat_shorthand_asks_about_an_upload(message):
    assert route(message, RouteContext(has_upload=True)).action is Action.DESCRIBE


def test_turning_into_a_style_with_no_object_changes_the_picture_on_screen():
    assert route("then you can turn into a comic style", on_screen("castle")).action is Action.EDIT


def test_a_new_one_of_the_same_kind_takes_the_subjects_place():
    plan = apply_edit(Scene(subject="a green poison flask", style="pixel art"), "same style but a golden elixir flask instead")
    assert "golden elixir flask" in plan.scene.subject and "green" not in plan.scene.subject
    assert plan.scene.style == "pixel art" and "flask" not in plan.scene.negatives


def test_a_sentence_about_what_the_user_does_before_the_ask_is_no_content():
    conv = conversation()
    result = conv.respond("listing my grandma's armchair online, can you make the background of this a sunny "
                          "living room", ["tests/data/images/house.png"])
    assert result.action is Action.EDIT and "living room" in result.prompt
    assert "listing" not in result.prompt and "of this" not in result.prompt


@pytest.mark.parametrize("remark", ["it turned purple", "it came out orange somehow", "they went grey"])
def test_what_the_picture_turned_into_is_no_content(remark):
    result = after("a yellow taxi in the rain", f"keep the taxi yellow, {remark}")
    assert result.action is Action.EDIT and remark.split()[-1] not in result.prompt.split("taxi", 1)[1]


def test_a_remembered_pet_described_in_the_past_is_drawn_from_the_story():
    result = conversation().respond("our cat died in the spring. she was a grey tabby, tiny, with green eyes, and she "
                                    "loved sleeping on the windowsill. could you paint that as a watercolour?")
    assert result.action is Action.GENERATE
    assert "tabby" in result.prompt and "windowsill" in result.prompt and "that" not in result.prompt.split(",")[0]


def test_why_a_thing_is_added_is_no_content():
    result = after("a grey tabby on a windowsill", "add a ball of yarn next to her, it was her favourite toy")
    assert "yarn" in result.prompt and "favourite" not in result.prompt


# ---- other languages: cues, words and the word list's reading

@pytest.mark.parametrize("message", ["Gib ihm bitte eine blaue Mütze", "Können Sie ihm einen Bart geben?",
                                     "donne-lui une écharpe", "dale una corona dorada, por favor", "geef hem een hoed", "daj mu czapkę"])
def test_giving_something_to_him_or_her_is_an_edit(message):
    found = foreign_route(message, True, 1)
    assert found is not None and found.action is Action.EDIT


def test_the_word_list_reads_give_her_and_drops_the_opening_marks():
    assert gloss("Können Sie ihr bitte einen grünen Hut geben?", "de").text == "give her a green hat?"
    assert "¿" not in gloss("¿Puedes dibujar un gato?", "es").text


def test_the_word_list_knows_marshmallows_by_a_fireplace_in_polish():
    reading = gloss("narysuj kubek z piankami przy kominku", "pl")
    assert "marshmallow" in reading.text and "fireplace" in reading.text and not reading.unknown


def test_turn_it_into_in_spanish():
    assert gloss("conviértelo en una acuarela", "es").text == "turn it into a watercolor"


def test_a_look_the_word_list_read_for_sure_is_lost_when_the_model_drops_it():
    word_list = gloss("puedes convertirla en una acuarela", "es")
    assert lost_words(word_list, "can you turn it into an art?", "puedes convertirla en una acuarela") == {"watercolor"}
    assert not lost_words(word_list, "can you turn it into a watercolor?", "puedes convertirla en una acuarela")


def test_a_fully_known_request_of_a_dozen_words_is_read_by_the_word_list_alone():
    llm = ScriptedLLM([], is_instruct=False, name="small")
    result = translate(llm, "dibuja un perro y un gato en la playa por la noche")
    assert result.source == "dictionary" and all(w in result.text for w in ("dog", "cat", "beach", "night"))
    assert llm.calls == []  # the small model was not asked
    asked = ScriptedLLM(["Draw a dog and a cat on the beach at night."] * 2, is_instruct=False, name="small")
    translate(asked, "dibuja un perro y un gato en la playa por la noche", TranslatorConfig(short_command_words=6))
    assert len(asked.calls) == 2  # with the old limit the model read it


# ---- follow-ups read from the seen sets' failure kinds (this file's own sentences)

@pytest.mark.parametrize("message", ["sepia version?", "maybe a watercolour one?", "a neon version of it"])
def test_a_look_asked_as_a_version_is_an_edit(message):
    assert route(message, on_screen("lighthouse")).action is Action.EDIT


def test_a_new_version_is_still_another_take():
    assert route("a new version?", on_screen("lighthouse")).action is Action.VARIATIONS


def test_a_seasonal_version_of_it_with_things_is_an_edit_of_the_picture():
    result = after("a cosy bookshop window", "could you do a christmas version of it, fairy lights and snow")
    assert result.action is Action.EDIT and "christmas" in result.prompt and "fairy lights" in result.prompt
    assert "version" not in result.prompt


def test_a_change_asked_on_condition_is_made():
    result = after("a sailboat on a lake", "would it look better at dawn? if you think so go for it")
    assert result.action is Action.EDIT and "dawn" in result.prompt


def test_could_she_be_doing_something_is_an_edit():
    result = after("a woman reading in a garden", "love it!! could she be holding a cup of tea")
    assert result.action is Action.EDIT and "cup of tea" in result.prompt


@pytest.mark.parametrize("message", ["the letters look jumbled, could you try again", "the title came out garbled"])
def test_garbled_lettering_is_drawn_again(message):
    assert route(message, on_screen("poster")).action in (Action.EDIT, Action.VARIATIONS)


@pytest.mark.parametrize("message", ["can you try again", "could you give it another go please"])
def test_asking_to_try_again_is_another_take(message):
    assert route(message, on_screen("poster")).action is Action.VARIATIONS


def test_a_forgotten_thing_leaves_before_the_change():
    result = after("a bakery window for strawberry week, pink theme", "ok forget strawberry, make it a lemon week")
    assert result.action is Action.EDIT and "lemon" in result.prompt and "strawberry" not in result.prompt


def test_things_listed_with_a_slash_are_each_taken_out():
    result = after("a school poster with arrows and captions", "can you take the arrows/captions out, we'll write our own")
    assert result.action is Action.EDIT
    assert {"arrows", "captions"} <= set(result.negative_prompt.split(", "))
    assert "write our own" not in result.prompt


@pytest.mark.parametrize("message", [
    "quick one: how many candles are on this cake? my nan asked",
    "my friend says this bird is a robin. is it? no idea what it is",
])
def test_a_question_anywhere_in_an_uploads_message_asks_about_the_photo(message):
    assert route(message, RouteContext(has_upload=True)).action is Action.DESCRIBE


@pytest.mark.parametrize("message", ["is possible to make more big?", "nice but i want more big picture", "make bigger pls"])
def test_a_learners_bigger_is_an_upscale(message):
    assert route(message, on_screen("plate")).action is Action.UPSCALE


def test_a_learners_you_can_make_is_a_request():
    result = conversation().respond("please you can make picture of my grandmother kitchen, with many pots, very warm")
    assert result.action is Action.GENERATE and result.prompt.startswith("my grandmother kitchen")


def test_surprise_me_with_something_is_easels_pick():
    assert route("so bored lol, surprise me with something cool to look at", RouteContext()).action is Action.GENERATE


@pytest.mark.parametrize("message", ["Kannst du noch einen Hund dazu zeichnen?", "¿Puedes hacer que llueva?"])
def test_to_it_and_make_it_so_in_other_languages_are_edits(message):
    found = foreign_route(message, True, 1)
    assert found is not None and found.action is Action.EDIT


def test_a_wish_then_can_you_do_it_then_a_look():
    result = conversation().respond("my son wants a shark riding a skateboard for his party, can you do it?? "
                                    "make it really colourful")
    assert result.action is Action.GENERATE and "shark riding a skateboard" in result.prompt
    assert "really colourful" in result.prompt and "do it" not in result.prompt


def test_picturing_something_is_a_request():
    result = conversation().respond("We run a tiny tea shop. I'm picturing a sleepy fox curled up next to a teapot, "
                                    "soft morning light.")
    assert result.action is Action.GENERATE and "sleepy fox curled up next to a teapot" in result.prompt
    assert "picturing" not in result.prompt


def test_him_in_a_book_about_someone_is_that_someone():
    result = conversation().respond("i'm writing a picture book about an otter who collects shiny stones. could you "
                                    "draw him on a riverbank at sunset?")
    assert result.action is Action.GENERATE and "otter who collects shiny stones" in result.prompt


@pytest.mark.parametrize("message, words", [("can yiu draw a lighthouse", ["lighthouse"]),
                                            ("make tge boat red", ["red", "boat"])])
def test_common_typos_of_you_and_the(message, words):
    result = after("a boat in a harbour", message)
    assert all(w in result.prompt for w in words) and "tge" not in result.prompt and "yiu" not in result.prompt


@pytest.mark.parametrize("message, wide", [("make it wider so theres more sky", True),
                                           ("can you make it landscape for my stream overlay screen", True),
                                           ("tall version for my phone lock screen?", False)])
def test_a_shape_with_where_it_goes_or_why(message, wide):
    result = after("a hot air balloon over hills", message)
    assert result.action is Action.EDIT
    assert (result.images[0].width > result.images[0].height) is wide and "screen" not in result.prompt


def test_the_same_style_with_a_counted_new_subject_replaces_it():
    result = after("a green frog, flat vector style", "nice. now same style but three blue fish")
    assert "three blue fish" in result.prompt and "frog" not in result.prompt


def test_and_a_bare_thing_falling_is_added():
    result = after("a dog in a party hat", "and streamers hanging all over")
    assert result.action is Action.EDIT and "streamers hanging all over" in result.prompt


@pytest.mark.parametrize("message", ["you can make videos?", "you can draw anything?"])
def test_a_you_can_question_still_asks_what_easel_can_do(message):
    assert route(message, RouteContext()).action is Action.CHAT
