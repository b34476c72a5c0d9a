"""A change of the picture on screen said as a wish, a critique, a suggestion or a question, read as the plain edit
command (chat/words/rephrase.py), and what the edit rules then make of it.

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest tests/test_words_rephrase.py -q

Every sentence here is this file's own (none is taken from an eval set).
"""
import pytest

from chat.types import Action
from chat.words.edit import apply_edit
from chat.words.rephrase import as_edit_command
from chat.words.request import parse_request
from chat.words.route import RouteContext, route
from chat.words.scene import user_parts

PIER = RouteContext(has_current=True, image_count=1, last_batch=1, scene_words={"pier", "heron", "lake"})


def words(plan) -> str:
    return " ".join(user_parts(plan.scene) + [plan.scene.weather, plan.scene.lighting, plan.scene.colour]).lower()


@pytest.mark.parametrize("text,command", [
    ("i think the water could be calmer", "make the water calmer"),
    ("the heron's beak should be longer", "make the heron's beak longer"),
    ("it would be nice if the heron was flying", "make the heron flying"),
    ("what if the pier was made of stone", "make the pier made of stone"),
    ("i kinda wish it had more reeds", "add more reeds"),
    ("wish there was a moon", "add a moon"),
    ("i'd prefer it in sepia", "make it in sepia"),
    ("id rather have it at dawn", "make it at dawn"),
    ("not a fan of the sky tbh", "i don't like the sky"),
    ("the pier needs some lanterns", "add some lanterns"),
    ("could you tone down the contrast", "less contrast"),
    ("crank up the saturation a bit", "more saturation"),
    ("maybe a little more mist?", "a little more mist"),
    ("how would it look with fireflies?", "make it with fireflies"),
    ("the water looks murky", "make the water less murky"),
    ("ugh the lake is way too blue", "make the lake less blue"),
    ("the words are hard to read", "make the text clearer and easier to read"),
    ("tone it down", "make it more subdued"),  # a phrasal verb of a look: the look itself
    ("calm the sea down a bit", "make the sea calm"),
    ("can you cheer him up", "make him happier"),
    ("spice things up please", "make it more exciting and vivid"),
    ("no, i said the car should stay blue", "keep the car blue"),
    ("the roof has to remain red", "keep the roof red"),
])
def test_as_edit_command_reads_the_wish(text, command):
    assert as_edit_command(text) == command


@pytest.mark.parametrize("text", ["the heron is gorgeous", "the lake is blue", "what about a new picture of a cat?",
                                  "i think it's great", "turn it down"])
def test_praise_descriptions_and_new_requests_are_no_command(text):
    assert as_edit_command(text) is None


@pytest.mark.parametrize("text", ["i think the water could be calmer", "i kinda wish it had more reeds",
                                  "could you tone down the contrast", "maybe a little more mist?",
                                  "how would it look with fireflies?", "the water looks murky",
                                  "not a fan of the sky tbh"])
def test_each_is_an_edit_of_the_picture(text):
    assert route(text, PIER).action is Action.EDIT


@pytest.mark.parametrize("text", ["the heron is so cute", "the lake looks amazing", "the pier is perfect"])
def test_praise_of_a_part_is_talk(text):
    assert route(text, PIER).action is Action.CHAT


@pytest.mark.parametrize("text,wanted,unwanted", [
    ("i kinda wish it had more reeds", "more reeds", "wish"),
    ("it would be nice if the heron was flying", "flying heron", "nice"),
    ("the water looks murky", "less murky water", "looks"),
    ("could you tone down the saturation", "muted", "tone"),
    ("the heron's beak should be longer", "longer heron's beak", "should"),
])
def test_the_edit_carries_the_change_not_the_sentence(text, wanted, unwanted):
    plan = apply_edit(parse_request("a grey heron on a wooden pier by a lake").scene, text)
    assert wanted in words(plan) and unwanted not in words(plan)
    assert words(plan).startswith("a grey heron on a wooden pier by a lake")


@pytest.mark.parametrize("text", ["can you do one more with two geese instead", "more please", "more of these",
                                  "3 more versions"])
def test_more_of_the_same_is_no_more_or_less_of_a_quality(text):
    assert as_edit_command(text) is None


@pytest.mark.parametrize("text", ["turn down the music", "the cat needs some love lol",
                                  "more importantly, how do i save it"])
def test_things_that_are_not_about_the_picture_are_no_command(text):
    assert as_edit_command(text) is None


@pytest.mark.parametrize("text", ["he's a bit fat", "he has a point"])
def test_idioms_are_no_description(text):
    plan = apply_edit(parse_request("my cat").scene, text)
    assert plan.scene.subject == "my cat" and "with a point" not in plan.scene.details
