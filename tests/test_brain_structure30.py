"""Stop 30's readings, each with sentences of our own (not from any eval set).

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest -q tests/test_brain_structure30.py
"""
import pytest

from brain import edited_scene, offline_conversation, turns_after
from chat.capabilities import asks_to_do_lacking
from chat.types import Action
from chat.words.glossary import gloss
from chat.words.mind import final_say
from chat.words.normalize import self_corrected
from chat.words.route import RouteContext, route
from chat.words.slots import classify_phrase, is_modifier_only

NOTHING_YET = RouteContext()


def after(first: str, *messages: str):
    return turns_after(30, first, *messages)


def on_screen(*words: str) -> RouteContext:
    return RouteContext(has_current=True, image_count=1, last_batch=1, scene_words=set(words))


# ---- asks Easel can't do, asked of the picture ---------------------------------------------------------------------
@pytest.mark.parametrize("text", ["can you make the penguins talk and move", "could you make my logo move? like a spinning gif",
                                  "nice. can you make him wave at us, like a little animation?",
                                  "can you make a song too? something upbeat", "can you post the picture on facebook for me?"])
def test_an_ask_for_motion_sound_or_posting_is_answered_not_drawn(text):
    assert asks_to_do_lacking(text) is not None
    assert after("a penguin on an ice floe", text).action is Action.CHAT


@pytest.mark.parametrize("text", ["a movie poster like a classic western", "make my dog dance in the rain"])
def test_a_look_or_a_pose_is_not_an_ask_easel_cannot_do(text):
    assert asks_to_do_lacking(text) is None


@pytest.mark.parametrize("text", ["hi, my nephew installed this for me. can you draw pictures of anything?",
                                  "quick question: can you make images sharp enough for a big print?"])
def test_what_easel_can_make_asked_in_general_is_talk(text):
    assert route(text, NOTHING_YET).action is Action.CHAT


def test_a_question_in_general_then_a_request_is_the_request():
    assert route("can you make pictures of anything? draw a walrus", NOTHING_YET).action is Action.GENERATE


# ---- a mind changed mid-message --------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, kept, gone", [
    ("put a scarf on her. wait, a beanie", "beanie", "scarf"),
    ("add a cup of tea... actually no, make it a bowl of soup", "bowl of soup", "tea"),
])
def test_a_thing_said_again_as_another_takes_its_place(text, kept, gone):
    said = self_corrected(text)
    assert kept in said and gone not in said


def test_a_thing_corrected_keeps_where_it_goes():
    assert self_corrected("put a bow tie on him. wait, a top hat") == "put a top hat on him"


def test_a_look_said_again_is_not_a_thing_corrected():
    assert self_corrected("a cat on a mat, make it a tiger") == "a cat on a mat, make it a tiger"


@pytest.mark.parametrize("text, said", [("give me 5 pictures of a windmill - sorry, 4, just 4", "give me 4 pictures of a windmill"),
                                        ("draw 2 owls. oops, 3", "draw 3 owls")])
def test_a_count_said_again_is_the_count(text, said):
    assert final_say(text) == said


def test_a_place_said_again_with_the_same_head_takes_its_place():
    assert final_say("change the river to a poppy field. oops i mean wheat field") == "change the river to a wheat field"


def test_a_colour_after_sky_is_not_sky_blue():
    assert final_say("make the sky green. actually no, yellow") == "make the sky yellow"


def test_a_count_corrected_draws_that_many():
    assert len(after("give me 4 pictures of a lighthouse - sorry, 3, just 3").images) == 3


# ---- a picture wished for inside a statement about the asker -----------------------------------------------------------
@pytest.mark.parametrize("text, thing", [
    ("Hello. I teach geography and would like a simple diagram of a volcano erupting, on white.", "volcano"),
    ("I need reference art for a clay model: a dwarf blacksmith at his anvil", "blacksmith"),
    ("i'm sewing a quilt and need a pattern idea. simple drawing of a heron among reeds", "heron"),
])
def test_a_kind_of_picture_wished_for_after_words_about_the_asker_is_drawn(text, thing):
    decision = route(text, NOTHING_YET)
    assert decision.action is Action.GENERATE and thing in decision.text.lower()


def test_art_wished_for_with_nothing_named_is_not_drawn():
    assert route("i need art for my shop", NOTHING_YET).action is not Action.GENERATE


# ---- a thing shown as well, in the picture on screen ------------------------------------------------------------------
@pytest.mark.parametrize("text", ["could you also show a balloon floating over the tower?", "show the bats under the bridge too"])
def test_a_thing_shown_as_well_is_added(text):
    result = after("a stone tower by a bridge", text)
    assert result.action is Action.EDIT and "tower" in result.prompt


def test_another_picture_asked_for_as_well_is_new():
    assert after("a stone tower by a bridge", "can you also draw a cat").action is Action.GENERATE


# ---- a change typed without its article --------------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["make bg yellow pls", "make background yellow", "make owl bigger"])
def test_a_change_without_its_article_is_an_edit(text):
    result = after("an owl on a branch", text)
    assert result.action is Action.EDIT and "owl" in result.prompt


def test_a_new_picture_without_its_article_stays_new():
    assert route("make owls in space", on_screen("owl", "branch")).action is Action.GENERATE


# ---- a period as the look -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["1950s", "the 70s", "in the 1800s"])
def test_a_period_alone_is_a_look(text):
    assert classify_phrase(text) == "style" and is_modifier_only(text)


def test_a_period_alone_restyles_the_picture_on_screen():
    result = after("a diner on a highway", "1950s")
    assert result.action is Action.EDIT and "diner" in result.prompt and "1950s style" in result.prompt


# ---- an upscale said as "it at 2x", "ready to print" -------------------------------------------------------------------
@pytest.mark.parametrize("text", ["could you give me it at 3x so i can frame it", "can i have this at 2x", "make it ready for printing",
                                  "ok fine. I'll frame it. bigger please"])
def test_a_factor_or_print_readiness_is_an_upscale(text):
    assert after("a map of an island", text).action is Action.UPSCALE


# ---- a restyle wished for an upload -----------------------------------------------------------------------------------
def test_an_upload_wanted_in_a_look_by_someone_else_is_restyled():
    conv = offline_conversation(30)
    result = conv.respond("my wife took this and wants it as a charcoal drawing, can you do that?",
                          files=["tests/data/images/ball.png"])
    assert result.action is Action.EDIT and "charcoal" in result.prompt


@pytest.mark.parametrize("text, language, english", [
    ("transforma numa pintura a óleo", "pt", "oil painting"),
    ("fallo sembrare un disegno a matita", "it", "look like"),
])
def test_a_restyle_in_another_language_reads_as_one(text, language, english):
    assert english in gloss(text, language).text


# ---- "the snowy one" -------------------------------------------------------------------------------------------------------
def test_the_weather_adjective_picks_the_picture_with_that_weather():
    conv = offline_conversation(30)
    conv.respond("a cabin in the snow")
    conv.respond("make it summer instead of snow, no snow")
    result = conv.respond("back to the snowy one")
    assert result.action is Action.REVERT and result.images[0].id == "img-1"
