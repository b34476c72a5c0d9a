"""Pointing back at earlier pictures ("show me the previous one", "go back to the one with the hat", "more like the
2nd") and detail that fits a medium the user named ("an oil painting of a ship": painterly light, no studio
reflections; "a colouring page": black and white outlines).

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest tests/test_brain_pointing_back.py -q

Every sentence here is this file's own (none is taken from an eval set).
"""
import pytest

from chat.conversation import ChatSettings, Conversation
from chat.nopixels import NoPixelEngine
from chat.services import Services
from chat.types import Action
from chat.words.detail import categorize, named_medium
from chat.words.picks import revert_target, split_pick


def conversation() -> Conversation:
    return Conversation(Services(llm=None, engine=NoPixelEngine("sd-turbo")), ChatSettings(rng_seed=3))


def say(conv: Conversation, *messages: str):
    return [conv.respond(m) for m in messages]


@pytest.mark.parametrize("message, first", [
    ("show me the previous one", False),
    ("can you show me the first one again", True),
    ("let me see the original picture again", True),
])
def test_asking_to_see_an_earlier_picture_goes_back_to_it(message, first):
    conv = conversation()
    results = say(conv, "a lantern on a wooden pier", "make it foggy", "add a heron", message)
    assert results[-1].action is Action.REVERT
    assert conv.state.current.id == (results[0].images[0].id if first else results[1].images[0].id)


def test_the_one_with_a_thing_is_the_latest_other_picture_that_has_it():
    conv = conversation()
    results = say(conv, "a snowman in a garden", "now one with a scarf", "and one with a top hat",
                  "go back to the one with the scarf")
    assert results[-1].action is Action.REVERT
    assert conv.state.current.id == results[1].images[0].id  # not the current one, which kept the scarf


@pytest.mark.parametrize("message, target", [
    ("go back to the one with the red roof please", "last:red roof"),
    ("show me the version with the balloons again", "last:balloons"),
    ("the one with the kite was better", "last:kite"),
    ("back to the one where she had a bow", "last:bow"),
])
def test_revert_targets_named_by_what_the_picture_had(message, target):
    assert revert_target(message) == target


def test_the_one_with_the_thing_is_a_revert_not_a_new_drawing():
    results = say(conversation(), "a red barn in a meadow", "add a tractor", "add a scarecrow",
                  "the one with the tractor was better")
    assert results[-1].action is Action.REVERT and "scarecrow" not in results[-1].prompt


@pytest.mark.parametrize("message, expected", [
    ("more like the 2nd", (2, "more like this")),
    ("3 more like number 4 please", (4, "3 more like this")),
    ("similar ones to the third one", (3, "more like this")),
])
def test_more_like_a_numbered_picture_picks_it(message, expected):
    assert split_pick(message) == expected


def test_more_like_the_second_makes_variations():
    results = say(conversation(), "a paper boat on a puddle", "4 versions please", "more like the 2nd")
    assert results[-1].action is Action.VARIATIONS


# ---- detail that fits the named medium ---------------------------------------------------------------------------
@pytest.mark.parametrize("message, medium, wanted, unwanted", [
    ("a tugboat in a storm, oil painting", "painting", ["painterly", "brushwork", "canvas", "pigments", "colour washes",
                                                        "strokes", "chiaroscuro", "glowing light"], ["chrome", "studio"]),
    ("a pixel art astronaut", "pixel art", ["pixel", "retro"], ["catchlights", "lens"]),
    ("a colouring page of a hedgehog", "line art", ["outline", "linework", "black"], ["museum", "lens"]),
    ("a cartoon giraffe on roller skates", "cartoon", ["cel shading", "outlines", "flat colours", "saturated",
                                                      "pastel", "rounded", "cheerful", "even light"], ["telephoto"]),
])
def test_a_named_medium_sets_the_light_palette_and_finish(message, medium, wanted, unwanted):
    assert named_medium(message)[0] == medium
    prompt = say(conversation(), message)[0].prompt.lower()
    assert any(w in prompt for w in wanted), prompt
    assert not any(w in prompt for w in unwanted), prompt


def test_a_photo_names_no_painted_medium():
    assert named_medium("a realistic photo of a lighthouse") is None
    assert named_medium("a lighthouse at dusk") is None


def test_fantasy_game_characters_get_the_fantasy_bank_and_a_harbour_is_not_under_water():
    assert categorize("a dwarf cleric with an axe for our tabletop game") == "fantasy"
    assert categorize("an orc blacksmith") == "fantasy"
    assert categorize("a little harbour with fishing boats at dawn") != "sea"
    assert categorize("a coral reef with little fish") == "sea"


# ---- a new picture of the thing on screen ------------------------------------------------------------------------
@pytest.mark.parametrize("message, start", [
    ("now do a matching one for the inside of the card", "a grey owl for the inside of the card"),
    ("and one for easter", "a grey owl for easter"),
    ("what about one where he's flying", "a grey owl, flying"),
    ("draw him again but wearing a scarf", "a grey owl wearing a scarf"),
    ("ok now a close up of his eyes", "a close up of the grey owl's eyes"),
])
def test_a_new_picture_of_the_thing_on_screen_keeps_that_thing(message, start):
    results = say(conversation(), "a grey owl on a branch at dusk", message)
    assert results[-1].action is Action.GENERATE
    assert results[-1].prompt.startswith(start), results[-1].prompt


def test_a_new_thing_named_is_not_replaced_by_the_one_on_screen():
    results = say(conversation(), "a grey owl on a branch at dusk", "now a hedgehog in a teacup")
    assert results[-1].prompt.startswith("a hedgehog in a teacup") and "owl" not in results[-1].prompt


def test_next_to_it_and_on_him_name_the_subject():
    results = say(conversation(), "a grey owl on a branch at dusk", "add a baby owl next to it", "put a tiny crown on him")
    assert "a baby owl next to the owl" in results[1].prompt
    assert "a tiny crown on the owl" in results[2].prompt


def test_make_him_a_role_is_what_he_becomes():
    results = say(conversation(), "a grey owl on a branch at dusk", "now make him a wizard")
    assert "as a wizard" in results[-1].prompt and "looking wizard" not in results[-1].prompt


def test_a_colour_on_a_thing_already_there_recolours_it():
    results = say(conversation(), "a raccoon with headphones", "same but with green headphones")
    assert "a raccoon with green headphones" in results[-1].prompt and results[-1].prompt.count("headphones") == 1


def test_the_one_with_just_a_thing_goes_back_to_it():
    conv = conversation()
    results = say(conv, "a lamp on a desk", "add a mug", "add a plant too", "go back to the one with just the mug")
    assert results[-1].action is Action.REVERT
    assert conv.state.current.id == results[1].images[0].id


@pytest.mark.parametrize("message, start", [
    ("now a blueberry version", "a blueberry muffin on a plate"),
    ("now do the same for a croissant", "a croissant on a plate"),
])
def test_another_kind_of_the_thing_on_screen(message, start):
    results = say(conversation(), "a lemon muffin on a plate", message)
    assert results[-1].prompt.startswith(start), results[-1].prompt


def test_a_whole_group_of_them_is_that_thing_in_the_plural():
    results = say(conversation(), "a puppy asleep in a basket", "now a whole litter of them")
    assert results[-1].prompt.startswith("a whole litter of puppies")


def test_the_same_character_doing_something_else():
    results = say(conversation(), "a young witch with a broom", "the same character flying over a town")
    assert results[-1].prompt.startswith("a young witch flying over a town")


def test_same_but_a_kind_of_one_keeps_the_noun():
    results = say(conversation(), "a lemon muffin on a plate", "same but a chocolate one")
    assert "a chocolate muffin on a plate" in results[-1].prompt and "muffin" not in results[-1].negative_prompt


def test_what_about_x_instead_of_y_swaps_them():
    results = say(conversation(), "a wolf howling at the moon", "what about a fox instead of a wolf")
    assert results[-1].action is Action.EDIT and results[-1].prompt.startswith("a fox howling at the moon")


def test_a_matching_piece_takes_the_look_of_the_one_on_screen():
    results = say(conversation(), "a wedding invitation, watercolor roses", "make a matching thank-you card")
    assert "watercolor" in results[-1].prompt and "thank-you card" in results[-1].prompt
