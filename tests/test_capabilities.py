"""The fact sheet: questions about what Easel can't do get true answers whatever the LLM says; the chat prompt
states the facts and the models that run; the small offline model's answers say so.

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest tests/test_capabilities.py -q
"""
import pytest

from chat.capabilities import (CAN_DRAW_ANSWER, LACKS, SMALL_MODEL_NOTE, asks_to_do_lacking, capability_answer,
                               claims_lacking, denies_capability, facts_prompt)
from chat.conversation import ChatSettings, Conversation
from chat.nopixels import NoPixelEngine
from chat.services import Services
from chat.types import Action
from fakes import ScriptedLLM


def chat_session(llm):
    return Conversation(Services(llm=llm, engine=NoPixelEngine("sd-turbo")), ChatSettings(rng_seed=1))


@pytest.mark.parametrize("question, lack", [
    ("can you animate it?", "animation"),
    ("could u turn this into an animation", "animation"),
    ("make a video of the waves", "video"),
    ("search the web for pictures of my town", "web access"),
    ("will you remember me next time?", "memory"),
    ("can you add background music?", "sound"),
    ("draw me a gif of a dancing cat", "animation"),
])
def test_questions_about_missing_capabilities_are_named(question, lack):
    assert asks_to_do_lacking(question).name == lack


@pytest.mark.parametrize("request_text", [
    "a movie poster of a robot in the rain",
    "draw an animated movie character",
    "make it a wide banner for my website header",
    "what colours go well with teal?",
    "draw a film noir detective",
    "draw a music box on a shelf",
    "add some music notes floating above the piano",
    "draw the google logo as a stained glass window",
])
def test_pictures_in_a_look_are_not_refused(request_text):
    assert asks_to_do_lacking(request_text) is None


def test_the_llm_saying_yes_is_overruled_by_the_fact_sheet():
    llm = ScriptedLLM(default="Yes, I can animate it for you!")
    conv = chat_session(llm)
    conv.respond("a paper boat on a puddle")
    result = conv.respond("can you animate it?")
    assert result.action is Action.CHAT and result.reply.startswith("No") and "still images" in result.reply
    assert "fact sheet" in " ".join(result.notes) and not result.images


def test_a_false_claim_in_a_free_answer_is_replaced():
    llm = ScriptedLLM(default="Sure, I will browse the web and find it.")
    result = chat_session(llm).respond("tell me something about lighthouses")
    assert claims_lacking("Sure, I will browse the web and find it.").name == "web access"
    assert "no web access" in result.reply and "fact sheet" in " ".join(result.notes)


def test_an_answer_denying_what_easel_does_is_replaced():
    # the small model once answered a birthday-card idea with "I'm sorry, I can't draw a unicorn."
    llm = ScriptedLLM(default="I'm sorry, I am not able to paint a giraffe.", is_instruct=False, name="small")
    result = chat_session(llm).respond("what do you think about giraffes")
    assert result.reply == CAN_DRAW_ANSWER and "denied something Easel can do" in " ".join(result.notes)


@pytest.mark.parametrize("reply, denies", [
    ("Sorry, I can't draw that.", True), ("I cannot edit pictures.", True), ("I'm unable to upscale it.", True),
    ("I can't make videos, only still pictures.", False), ("I can't create an animation.", False),
    ("You can't go wrong with warm light.", False), ("Sure, I can paint it.", False),
    ("You can't edit the seed here, but you can ask for 3 more.", False), ("I really can't draw hands well.", True),
    ("I can’t draw pictures.", True), ("I can't wait to draw that for you!", False),
    ("I cannot generate explicit content.", False), ("I can't render text reliably.", False),
])
def test_denials_of_what_easel_does_are_told_from_true_denials(reply, denies):
    assert denies_capability(reply) is denies


def test_the_chat_prompt_carries_the_facts_and_the_models():
    llm = ScriptedLLM(default="Complementary colours sit opposite on the colour wheel.")
    conv = chat_session(llm)
    conv.respond("which colours go together?")
    system = llm.calls[-1][1][0]["content"]
    assert "It cannot: " + LACKS[0].name in system and "sd-turbo" in system.lower() and "scripted" in system
    assert facts_prompt("m", "p").startswith("Facts about Easel")


def test_small_offline_model_answers_say_where_they_come_from():
    small = ScriptedLLM(default="Warm colours feel closer than cool ones.", is_instruct=False,
                        name="gemma-3-270m (embedded)")
    result = chat_session(small).respond("why do warm colours feel close?")
    assert result.reply.endswith(SMALL_MODEL_NOTE)
    big = ScriptedLLM(default="Warm colours feel closer than cool ones.", name="qwen2.5-1.5b-instruct")
    assert chat_session(big).respond("why do warm colours feel close?").reply == "Warm colours feel closer than cool ones."


def test_no_llm_still_answers_from_the_fact_sheet():
    assert capability_answer("can you make a video?") == chat_session(None).respond("can you make a video?").reply
