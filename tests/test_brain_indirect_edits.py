"""Changes of the picture on screen said without an edit verb: "could there be smoke from the chimney?", "it's missing
a path", "any chance you could put a lake in front", "a version of this in summer", "instead of woods put it in the
desert", "fog. lots of fog", "i want a dog on the porch", "zoom out so i can see the mountains", "the cabin should be
made of stone".

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest tests/test_brain_indirect_edits.py -q

Every sentence here is this file's own (none is taken from an eval set).
"""
import pytest

from chat.conversation import ChatSettings, Conversation
from chat.nopixels import NoPixelEngine
from chat.services import Services
from chat.types import Action
from chat.words.rephrase import as_edit_command


def after_picture(message: str, first: str = "a stone bridge over a stream"):
    conv = Conversation(Services(llm=None, engine=NoPixelEngine("sd-turbo")), ChatSettings(rng_seed=6))
    conv.respond(first)
    return conv.respond(message)


@pytest.mark.parametrize("message, command", [
    ("could there be ducks swimming under it?", "add ducks swimming under it"),
    ("it's missing some lanterns along the edge", "add some lanterns along the edge"),
    ("any chance you could put a heron on the rocks", "put a heron on the rocks"),
    ("any chance of a rainbow?", "add a rainbow"),
    ("a version of this at dawn", "make it at dawn"),
    ("instead of the stream put it over a canyon", "put it over a canyon instead of stream"),
    ("nah the bridge needs to be wooden", "make the bridge wooden"),
])
def test_indirect_changes_read_as_edit_commands(message, command):
    assert as_edit_command(message) == command


def test_a_question_about_something_else_is_no_change():
    assert as_edit_command("could there be a problem with the download") is None


@pytest.mark.parametrize("message, wanted", [
    ("could there be ducks swimming under it?", "ducks"),
    ("it's missing some lanterns along the edge", "lanterns"),
    ("a version of this at dawn", "dawn"),
    ("instead of the stream put it over a canyon", "canyon"),
    ("mist. lots of mist", "mist"),
    ("i want a heron on the bridge", "heron on the bridge"),
])
def test_they_change_the_picture_on_screen(message, wanted):
    result = after_picture(message)
    assert result.action is Action.EDIT and wanted in result.prompt and "bridge" in result.prompt


def test_a_thing_on_a_place_the_picture_lacks_is_a_new_picture():
    assert after_picture("i want a goat on the beach").action is Action.GENERATE


def test_zoom_out_so_i_can_see_names_what_comes_into_view():
    result = after_picture("a bit more zoomed out so i can see the hills")
    assert "wide shot" in result.prompt and "hills in view" in result.prompt and "zoomed" not in result.prompt


def test_a_part_made_of_a_material():
    result = after_picture("the bridge should be made of rope")
    assert "bridge made of rope" in result.prompt and "made of rope bridge" not in result.prompt


# ---- more ways of saying it -----------------------------------------------------------------------------------------
def test_an_action_with_an_object_is_what_the_thing_does():
    result = after_picture("make the otter do a handstand", "an otter on a stone bridge")
    assert "the otter doing a handstand" in result.prompt and "a do a" not in result.prompt


def test_a_colour_after_the_thing_colours_it():
    result = after_picture("and give it a scarf, yellow")
    assert "a yellow scarf" in result.prompt


def test_not_the_old_colour_is_left_out():
    result = after_picture("the bridge should be grey not brown")
    assert "a grey stone bridge" in result.prompt and "brown" not in result.prompt


@pytest.mark.parametrize("message", ["it looks too orange", "hmm still too orange"])
def test_too_much_of_a_look_takes_it_out(message):
    result = after_picture(message)
    assert result.action is Action.EDIT and "orange" not in result.prompt and "orange" in result.negative_prompt


def test_give_me_a_number_is_that_many_takes():
    result = after_picture("give me 5")
    assert result.action is Action.VARIATIONS and len(result.images) == 5


def test_way_bigger_is_an_upscale():
    assert after_picture("WAY BIGGER").action is Action.UPSCALE


def test_show_me_all_the_versions_points_at_the_gallery():
    result = after_picture("show me all the versions")
    assert result.action is Action.CHAT and "gallery" in result.reply and not result.images


def test_what_she_should_wear_is_worn_not_a_colour_change():
    result = after_picture("she should be wearing a green raincoat", "a girl walking a dog in the park")
    assert "wearing a green raincoat" in result.prompt and "a green girl" not in result.prompt


def test_make_her_wear_a_coloured_thing():
    result = after_picture("make her wear a red scarf", "a girl walking a dog in the park")
    assert "wearing a red scarf" in result.prompt and "scarf wear" not in result.prompt


def test_can_the_thing_say_text_writes_it():
    result = after_picture('can the sign say "OPEN LATE"?', "a bakery with a wooden sign")
    assert '"OPEN LATE"' in result.prompt and "can the sign" not in result.prompt


def test_one_thing_bigger_and_a_colour_is_two_changes():
    result = after_picture("make the letters bigger and orange", 'a shop sign with the letters "BAKERY"')
    assert "orange" in result.prompt and "bigger" in result.prompt and "bigger and" not in result.prompt


@pytest.mark.parametrize("message", ["sprinkles on top", "palm trees in the background", "a full moon in the background"])
def test_a_thing_and_its_place_adds_to_the_picture(message):
    result = after_picture(message, "a cupcake on a beach table")
    assert result.action is Action.EDIT and "cupcake" in result.prompt


def test_a_village_is_not_an_interior():
    result = after_picture("make it snowy", "a medieval village")
    assert "interior" not in result.prompt
