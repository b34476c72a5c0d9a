"""Stop 21's general readings, each with sentences of this file's own: praise said with "looking", a thing said
"instead" of the picture's subject, one side of a size in pixels, German comparatives and "sein" closing a clause,
and "café" read as the place where a place's words stand around it.

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest tests/test_brain_structure21.py -q
"""
import pytest

from chat.types import Action
from chat.words.glossary import gloss
from chat.words.route import route
from chat.words.sizes import target_size

from offline_talk import picture_on_screen, say_in_order


def say(*messages: str):
    return say_in_order(21, *messages)


# ---- praise said with "looking" ------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["she's looking great", "he's looking really good", "they're looking lovely",
                                  "it's looking amazing"])
def test_looking_good_is_praise(text):
    assert route(text, picture_on_screen("dancer", "stage")).action is Action.CHAT


def test_looking_somewhere_is_still_a_change():
    assert route("he's looking left, make him look right", picture_on_screen("pilot")).action is Action.EDIT


# ---- a thing said instead of the subject ---------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["a fox instead", "hmm maybe a fox instead?", "how about a fox instead",
                                  "or two foxes instead", "same vibe but a fox instead"])
def test_a_thing_said_instead_takes_the_subjects_place(text):
    _, swapped = say("a hedgehog in a mossy forest, storybook style", text)
    assert swapped.action is Action.EDIT
    prompt = swapped.images[0].prompt
    assert "fox" in prompt and "mossy forest" in prompt and "hedgehog" not in prompt


def test_a_colour_instead_is_still_a_recolour():
    _, recoloured = say("a red tram in lisbon", "how about a green one instead")
    assert recoloured.action is Action.EDIT and "green tram" in recoloured.images[0].prompt


def test_the_same_style_with_a_new_subject_is_still_a_new_picture():
    assert route("same style but a lighthouse", picture_on_screen("hedgehog", "storybook")).action is Action.GENERATE


# ---- one side of a size in pixels ----------------------------------------------------------------------------------
@pytest.mark.parametrize("text, size", [("make it 2048 pixels wide", (2048, 0)), ("can you make it 900px tall", (0, 900)),
                                        ("upscale it to 1920x1080", (1920, 1080)), ("make it bigger", None)])
def test_target_size_reads_one_side_or_both(text, size):
    assert target_size(text) == size


def test_a_width_smaller_than_the_picture_says_it_only_grows():
    drawn, asked = say("a lemon on a plate", "make it 256 pixels wide")
    assert drawn.images and not asked.images
    assert "256 px wide" in asked.reply and "only make pictures bigger" in asked.reply
    assert "pixels" not in (asked.prompt or "")


def test_a_width_larger_than_the_picture_upscales():
    _, bigger = say("a lemon on a plate", "make it 1200 px wide")
    assert bigger.action is Action.UPSCALE and bigger.images[0].width > 1000


# ---- German comparatives and "sein" --------------------------------------------------------------------------------
@pytest.mark.parametrize("text, english", [("kannst du das Wasser grüner machen?", "make the water more green?"),
                                           ("mach die Wolken noch weißer", "make the clouds more white"),
                                           ("die Katze sollte bunter sein", "the cat should be more colorful")])
def test_a_german_adjective_with_er_and_no_noun_after_it_is_a_comparative(text, english):
    assert gloss(text, "de").text == english


def test_a_german_adjective_with_er_before_its_noun_is_plain():
    assert gloss("ein grüner Frosch auf einem Blatt", "de").text == "a green frog on a leaf"


# ---- café, the place -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, language", [("un vieux café avec une terrasse", "fr"),
                                            ("un café en la esquina de la calle", "es"),
                                            ("dessine un café italien", "fr")])
def test_cafe_among_a_places_words_is_the_place(text, language):
    english = gloss(text, language).text
    assert "cafe" in english and "coffee" not in english


@pytest.mark.parametrize("text, language", [("une tasse de café sur une table", "fr"), ("una taza de café", "es")])
def test_a_cup_of_cafe_is_coffee(text, language):
    assert "coffee" in gloss(text, language).text


@pytest.mark.parametrize("text, language, english", [("ajoute une étoile dans le coin", "fr", "in the corner"),
                                                     ("pon una luna en la esquina", "es", "in the corner"),
                                                     ("il cielo dovrebbe essere più chiaro", "it", "should be")])
def test_corners_and_should_be_are_read(text, language, english):
    assert english in gloss(text, language).text
