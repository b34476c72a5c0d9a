"""An uploaded photo named by the user's own words when no captioner can look at it ("this is my cat", "turn my
dog into a knight"), and edits of it that keep that thing.

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest tests/test_words_photo.py -q
"""
from pathlib import Path

import pytest

from chat.conversation import ChatSettings, Conversation
from chat.nopixels import NoPixelEngine
from chat.services import Services
from chat.types import Action
from chat.words.photo import named_in_photo

IMAGES = Path(__file__).parent / "data" / "images"


@pytest.mark.parametrize("text,named", [
    ("here's my parrot, can you give him a tiny crown", "a parrot"),
    ("turn my bike into a spaceship", "a bike"),
    ("this is our old blue truck. make it look brand new", "an old blue truck"),
    ("make my puppies wear party hats", "puppies"),
    ("could you paint the teapot gold", "a teapot"),
])
def test_the_thing_the_user_calls_the_photo(text, named):
    assert named_in_photo(text) == named


@pytest.mark.parametrize("text", ["my daughter drew this, make it look real", "make the sky orange",
                                  "make this a watercolor", "what is this?"])
def test_words_that_name_nothing_in_the_photo(text):
    assert named_in_photo(text) is None


def session():
    return Conversation(Services(llm=None, engine=NoPixelEngine("sd-turbo")), ChatSettings(rng_seed=2))


def test_an_upload_edit_keeps_the_thing_the_user_named():
    conv = session()
    result = conv.respond("this is my cat, make him look like a wizard", [str(IMAGES / "chelsea.png")])
    assert result.action is Action.EDIT
    assert result.prompt.startswith("a cat") and "wizard" in result.prompt and "this is" not in result.prompt
    follow = conv.respond("now make it night", [])
    assert follow.prompt.startswith("a cat")


def test_turn_my_thing_into_a_style_is_the_style_of_that_thing():
    result = session().respond("turn my bike into a pencil sketch", [str(IMAGES / "blue-bicycle.png")])
    assert result.prompt.startswith("a bike") and "pencil sketch" in result.prompt and "into" not in result.prompt


@pytest.mark.parametrize("text,named", [
    ("the old photo of my uncle's barn, can you make it look like a watercolour", "a barn"),
    ("a pic i took of our allotment, make it summer", "an allotment"),
    ("a photo of my daughter at the zoo, make her a princess", "a girl"),
    ("my grandad's old tractor - could you make it look new", "an old tractor"),
    ("my grandkids! make them astronauts", "children"),
])
def test_the_photo_of_a_thing_and_family_words(text, named):
    assert named_in_photo(text) == named


def test_the_thing_named_before_the_request_stays_in_the_prompt():
    conv = session()
    result = conv.respond("my bicycle!! could you put it in front of the eiffel tower", [str(IMAGES / "blue-bicycle.png")])
    assert result.action is Action.EDIT
    assert result.prompt.startswith("a bicycle") and "eiffel tower" in result.prompt


def test_a_sentence_about_the_photo_is_not_read_as_a_style():
    result = session().respond("the old photo of my aunt's cottage, can you make it look like an oil painting",
                               [str(IMAGES / "house.png")])
    assert result.prompt.startswith("a cottage") and "oil painting" in result.prompt
    assert "aunt" not in result.prompt and "photo" not in result.prompt.split(",")[0]


def test_make_them_a_plural_noun_is_what_they_become():
    conv = session()
    conv.respond("here are my kids, make it brighter", [str(IMAGES / "chelsea.png")])
    result = conv.respond("make them pirates")
    assert "as pirates" in result.prompt and "looking pirates" not in result.prompt


def test_an_unnamed_upload_gets_no_guessed_subject_detail():
    result = session().respond("add a lighthouse on the left", [str(IMAGES / "sunset.png")])
    assert "product" not in result.prompt and "catalogue" not in result.prompt and "lighthouse" in result.prompt


def test_a_photo_introduced_by_name_is_called_that_later():
    conv = session()
    conv.respond("this is Biscuit, can you give him a party hat", [str(IMAGES / "chelsea.png")])
    result = conv.respond("now make Biscuit look sleepy")
    assert result.action is Action.EDIT and "Biscuit" in result.prompt and "party hat" in result.prompt


def test_make_it_look_real_is_a_photorealistic_style():
    result = session().respond("my son drew this, can you make it look real", [str(IMAGES / "house.png")])
    assert "photorealistic" in result.prompt and "looking real" not in result.prompt
