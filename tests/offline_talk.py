"""A conversation with no LLM and no pixels, for the brain's tests: each message answered by the offline rules.

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest tests/test_brain_structure19.py -q
"""
from __future__ import annotations

from chat.conversation import ChatSettings, Conversation
from chat.nopixels import NoPixelEngine
from chat.services import Services
from chat.words.route import RouteContext


def offline_conversation(seed: int, llm=None) -> Conversation:
    return Conversation(Services(llm=llm, engine=NoPixelEngine("sd-turbo")), ChatSettings(rng_seed=seed))


def say_in_order(seed: int, *messages: str, files_first=()) -> list:
    """Each message's TurnResult, in one fresh conversation; ``files_first`` go with the first message."""
    conv = offline_conversation(seed)
    return [conv.respond(message, files_first if i == 0 else ()) for i, message in enumerate(messages)]


def picture_on_screen(*words: str, image_count: int = 1) -> RouteContext:
    """The router's context with a picture on screen whose words are these."""
    return RouteContext(has_current=True, image_count=image_count, last_batch=1, scene_words=set(words))
