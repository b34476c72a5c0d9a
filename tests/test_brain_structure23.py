"""Stop 23's readings, each with sentences of our own (not from any eval set).

    .venv/bin/python -m pytest -q tests/test_brain_structure23.py
"""
import pytest

from chat.types import Action
from chat.words.edit import apply_edit
from chat.words.route import RouteContext, route
from chat.words.scene import Scene, remove_terms, render_prompt

STORMY = RouteContext(has_current=True, image_count=1, last_batch=1, scene_words={"sea", "boat", "stormy"})


@pytest.mark.parametrize("message", ["calm the sea down", "could you calm it down a little", "liven it up",
                                     "brighten the hallway up a bit"])
def test_a_phrasal_verb_of_a_look_edits_the_picture(message):
    assert route(message, STORMY).action is Action.EDIT


@pytest.mark.parametrize("message", ["make the sea calm", "calm the sea down"])
def test_a_look_that_undoes_another_takes_its_place(message):
    plan = apply_edit(Scene(subject="a stormy sea with a small fishing boat"), message)
    assert plan.scene.subject == "a calm sea with a small fishing boat"
    assert not plan.scene.negatives  # the sea is no negative: it is still there


def test_a_bare_adjective_after_a_part_is_its_look_not_a_new_thing():
    plan = apply_edit(Scene(subject="a lake with a wooden cabin"), "make the cabin quiet")
    prompt = render_prompt(plan.scene)
    assert "cabin" in prompt and "quiet" in prompt
    assert "cabin" not in plan.scene.negatives
    assert apply_edit(Scene(subject="a busy street with a cafe"), "make the street quiet").scene.subject == \
        "a quiet street with a cafe"


def test_a_person_cheered_up_loses_the_opposite_look():
    plan = apply_edit(Scene(subject="a grumpy old man on a bench"), "cheer him up")
    prompt = render_prompt(plan.scene)
    assert "grumpy" not in prompt
    assert prompt.startswith("an old man on a bench") and "happier" in prompt


def test_a_part_said_to_stay_keeps_that_colour():
    scene = Scene(subject="a red vintage car on a street, pink sky")
    plan = apply_edit(scene, "no wait, i said the car should stay blue, only change the sky")
    prompt = render_prompt(plan.scene)
    assert "blue vintage car" in prompt and "red" not in prompt and "pink sky" in prompt
    assert "stay" not in prompt and "only change" not in prompt


@pytest.mark.parametrize("phrase, left", [
    ("a locomotive at night, headlights on, a bit of fog down in the valley", "a locomotive at night, headlights on"),
    ("a lake with some fog", "a lake"),
    ("a castle with a bit of fog over the moat, at dawn", "a castle, at dawn"),
])
def test_weather_taken_out_takes_its_quantity_and_place(phrase, left):
    assert remove_terms(phrase, ["fog"]) == left
