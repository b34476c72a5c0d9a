"""Stop 22's readings, each with sentences of our own (not from any eval set).

    .venv/bin/python -m pytest -q tests/test_brain_structure22.py
"""
import pytest

from chat.types import Action
from chat.words import glossary
from chat.words.route import RouteContext, route

ON_SCREEN = RouteContext(has_current=True, image_count=1, last_batch=1, scene_words={"cat"})


@pytest.mark.parametrize("message, drawn", [
    ("there's a windmill by a canal, can you draw that", "a windmill by a canal"),
    ("we spotted a heron on the jetty this morning! could you paint it", "a heron on the jetty"),
    ("my uncle had a green tractor in an orchard, could you draw that for his retirement", "a green tractor in an orchard"),
])
def test_a_thing_said_to_be_there_then_draw_that_draws_the_thing(message, drawn):
    decision = route(message, RouteContext())
    assert decision.action is Action.GENERATE
    assert decision.text == drawn


def test_a_problem_said_to_be_there_is_no_picture():
    assert route("there's a bug in the settings page, can you fix that", RouteContext()).action is Action.CHAT


@pytest.mark.parametrize("text, language, english", [
    ("dessine une porte bleue", "fr", "draw a blue door"),
    ("un homme qui porte un chapeau", "fr", "a man wearing a hat"),
    ("disegna una ruota rossa", "it", "draw a red wheel"),
])
def test_a_verb_form_after_an_article_is_its_noun(text, language, english):
    assert glossary.gloss(text, language).text == english


@pytest.mark.parametrize("message", ["ths is grate", "that looks grate!", "tht is awsome", "luv it"])
def test_praise_spelt_by_ear_or_in_shorthand_is_no_change(message):
    assert route(message, ON_SCREEN).action is Action.CHAT
