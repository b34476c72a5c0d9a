"""Emoji that are a message's only content are read by their Unicode names; reactions still say nothing (own
messages, not the eval sets').

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest tests/test_words_emoji.py -q
"""
import pytest

from chat.conversation import ChatSettings, Conversation
from chat.nopixels import NoPixelEngine
from chat.services import Services
from chat.types import Action
from chat.words.emoji import emoji_as_words, emoji_name


@pytest.mark.parametrize("text, read", [
    ("🐢🌊", "turtle, water wave"),
    ("🦊🌲❄️ please", "fox, evergreen tree, snowflake please"),
    ("draw 🐸 on a 🍄", "draw frog on a mushroom"),
    ("🐶🐶🐶", "3 dog"),  # a repeated emoji is a count
    ("🇯🇵🏯", "flag, japanese castle"),  # a country's flag is one flag
    ("🤖⭐", "robot, star"),  # a robot face is a thing; "WHITE MEDIUM STAR" is a star
    ("🌞 😍", "sun"),  # "SUN WITH FACE" is the sun; the smiley is a reaction
])
def test_emoji_that_are_the_only_content_are_named(text, read):
    assert emoji_as_words(text) == read


@pytest.mark.parametrize("text", ["😂😂", "👍 thanks", "love it ❤️", "a red kite 🪁 over a beach", "🔥🔥🔥", "ok 👌",
                                  "no emoji at all"])
def test_reactions_and_messages_with_words_are_left_alone(text):
    assert emoji_as_words(text) is None


def test_feelings_are_not_things_but_animal_faces_are():
    assert emoji_name("🤔") is None and emoji_name("😭") is None
    assert emoji_name("🐱") == "cat" and emoji_name("🐼") == "panda"


def test_an_emoji_request_is_drawn_from_their_names_and_details_say_so():
    conv = Conversation(Services(llm=None, engine=NoPixelEngine("sd-turbo")), ChatSettings(rng_seed=2))
    result = conv.respond("🐙🚲")
    assert result.action is Action.GENERATE and "octopus" in result.prompt and "bicycle" in result.prompt
    assert "read the emoji as: octopus, bicycle" in result.notes
