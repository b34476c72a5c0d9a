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
