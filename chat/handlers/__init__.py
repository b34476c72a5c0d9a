"""One handler per action, dispatched by ``HANDLERS[action]`` from ``Conversation.stream``.

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest tests/test_handlers.py -q

A handler is ``handler(conversation, text, route, uploads)``: a generator of ``TurnUpdate``s that ends with one
``TurnResult`` (it may raise ``TurnFailure`` with the message for the user). ``common`` holds what they share.
"""
from __future__ import annotations

from typing import Callable, Iterator

from chat.handlers.common import TurnFailure
from chat.handlers.describe import handle_describe
from chat.handlers.edit import handle_edit
from chat.handlers.generate import handle_generate
from chat.handlers.revert import find_target, handle_revert
from chat.handlers.talk import handle_chat
from chat.handlers.upscale import handle_upscale
from chat.handlers.variations import handle_variations
from chat.types import Action

Handler = Callable[..., Iterator]

HANDLERS: dict[Action, Handler] = {
    Action.CHAT: handle_chat,
    Action.GENERATE: handle_generate,
    Action.EDIT: handle_edit,
    Action.VARIATIONS: handle_variations,
    Action.DESCRIBE: handle_describe,
    Action.UPSCALE: handle_upscale,
    Action.REVERT: handle_revert,
}

__all__ = ["HANDLERS", "Handler", "TurnFailure", "find_target"]
