"""The colour-wheel answer to "what colours go with X?" (worked out from the hue, never guessed by the small model).

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest tests/test_colour_wheel.py -q
"""
import pytest

from chat.colour_wheel import HUES, colour_advice
from chat.conversation import ChatSettings, Conversation
from chat.nopixels import NoPixelEngine
from chat.services import Services
from fakes import ScriptedLLM


@pytest.mark.parametrize("text,complement", [
    ("what colours go with orange?", "sky blue"),  # 30 + 180 = 210: sky blue (200) and blue (220) tie, the first wins
    ("which colour matches yellow", "indigo"),  # 58 + 180 = 238: indigo (250) beats blue (220)
    ("complementary colour of green", "plum"),  # 120 + 180 = 300
    ("what goes well with red?", "teal"),
])
def test_the_complement_is_the_opposite_hue(text, complement):
    answer = colour_advice(text)
    assert answer and f"colour wheel, {complement}," in answer


def test_neighbours_and_triad_are_named_from_the_wheel():
    answer = colour_advice("what colors go with green?")
    assert "lime" in answer and "mint" in answer  # 90 and 150: the nearest names to green's neighbours
    assert all(name in HUES for name in ("lime", "mint"))


@pytest.mark.parametrize("text", ["what goes with my new sofa?", "what goes with pasta", "draw a teal car",
                                  "what colour is the sky?"])
def test_anything_else_is_no_colour_question(text):
    assert colour_advice(text) is None


def test_a_neutral_gets_the_neutral_answer():
    assert "neutral" in colour_advice("what colours go with beige?")


def test_the_small_model_is_not_asked_but_a_capable_one_is():
    small = Conversation(Services(llm=ScriptedLLM(default="Teal.", is_instruct=False, name="small"),
                                  engine=NoPixelEngine("sd-turbo")), ChatSettings(rng_seed=1))
    assert "colour wheel" in small.respond("what colours go with teal?").reply
    capable = Conversation(Services(llm=ScriptedLLM(default="Coral and cream work well.", name="qwen"),
                                    engine=NoPixelEngine("sd-turbo")), ChatSettings(rng_seed=1))
    assert "Coral" in capable.respond("what colours go with teal?").reply
