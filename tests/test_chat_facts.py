"""Answers from the picture's own record ("what prompt did you use?", "what seed was that?") and undo by steps
("go back two steps", "undo twice").

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest tests/test_chat_facts.py -q
"""
import pytest

from chat.conversation import ChatSettings, Conversation
from chat.nopixels import NoPixelEngine
from chat.services import Services
from chat.types import Action
from chat.words.picks import revert_target


def session():
    return Conversation(Services(llm=None, engine=NoPixelEngine("sd-turbo")), ChatSettings(rng_seed=3))


def test_the_prompt_and_seed_of_the_current_picture_come_from_its_record():
    conv = session()
    made = conv.respond("a paper boat on a puddle", [])
    asked = conv.respond("what prompt did you use for that?", [])
    assert asked.action is Action.CHAT and made.prompt in asked.reply
    seed = conv.respond("which seed was it", [])
    assert str(conv.state.current.seed) in seed.reply
    size = conv.respond("what resolution is it?", [])
    assert f"{conv.state.current.width}×{conv.state.current.height}" in size.reply


def test_without_a_picture_the_prompt_question_is_not_answered_from_a_record():
    reply = session().respond("what prompt did you use?", []).reply
    assert "The prompt for this picture" not in reply


@pytest.mark.parametrize("text,target", [("go back two steps", "back:2"), ("undo twice", "back:2"),
                                         ("undo the last 3 changes", "back:3"), ("undo", "previous")])
def test_steps_back(text, target):
    assert revert_target(text) == target


def test_going_back_two_steps_lands_two_pictures_back():
    conv = session()
    for text in ("a paper boat on a puddle", "make it night", "make it rain"):
        conv.respond(text, [])
    first = conv.state.images[0].id
    result = conv.respond("go back two steps", [])
    assert result.action is Action.REVERT and conv.state.current_id == first
    assert conv.respond("undo", []).reply.startswith("There's no earlier picture")


@pytest.mark.parametrize("text", ["may we sell this on mugs", "is this copyrighted by anyone?", "rate this out of 10",
                                  "do you like it", "what have you changed"])
def test_talk_about_the_picture_is_no_change(text):
    from chat.words.route import RouteContext, route
    ctx = RouteContext(has_current=True, image_count=1, last_batch=1, scene_words={"boat", "puddle"})
    assert route(text, ctx).action is Action.CHAT


def test_a_licence_plate_in_a_request_is_a_picture():
    from chat.words.route import RouteContext, route
    assert route("a vintage car with a licence plate that says 'EASEL'", RouteContext()).action is Action.GENERATE


def test_use_rights_and_what_changed_are_answered_from_facts():
    from chat.replies import USE_RIGHTS
    conv = session()
    conv.respond("a paper boat on a puddle", [])
    assert conv.respond("can i sell prints of it?", []).reply == USE_RIGHTS
    conv.respond("make it night", [])
    changed = conv.respond("what did you change?", []).reply
    assert "make it night" in changed and conv.state.images[0].id in changed


@pytest.mark.parametrize("target,steps", [("back:2", 2), ("back:two", 0), ("previous", 0), ("back:", 0)])
def test_steps_back_parses_only_its_own_form(target, steps):
    from chat.handlers.revert import steps_back
    assert steps_back(target) == steps


@pytest.mark.parametrize("text", ["what makes a good prompt?", "what is a seed?", "what is a negative prompt?",
                                  "what size should a youtube thumbnail be?", "what prompt should i use for a logo?"])
def test_general_questions_are_not_answered_from_the_picture(text):
    from chat.replies import about_picture
    conv = session()
    conv.respond("a paper boat on a puddle", [])
    assert about_picture(text, conv.state.current) is None


@pytest.mark.parametrize("text,start", [
    ("how do i download it", "Use the"), ("can i download this?", "Use the"),
    ("how many can you make at once?", "Up to 8"),
    ("could you print it for me", "No — I can't print"),
    ("where are the files saved?", "Everything runs on this computer"),
    ("do you save my pictures?", "Everything runs on this computer"),
])
def test_saving_downloading_printing_and_how_many_come_from_the_facts(text, start):
    from chat.capabilities import about_easel_answer, capability_answer
    answer = capability_answer(text) or about_easel_answer(text)
    assert answer and answer.startswith(start)


def test_the_most_at_once_is_the_lexicon_s_limit():
    from chat.capabilities import MAX_AT_ONCE
    from chat.words.lexicon import MAX_IMAGES
    assert MAX_AT_ONCE == MAX_IMAGES


@pytest.mark.parametrize("text", ["can you make it portrait? want to print it for my hallway", "i want to print it big",
                                  "make it print quality"])
def test_printing_it_yourself_is_no_request_to_print(text):
    from chat.capabilities import capability_answer
    assert capability_answer(text) is None
