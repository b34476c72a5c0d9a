"""Easel's conversation brain: routing, prompt rewriting, scene state, replies, replay. Never imports gradio.

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest tests/test_router.py tests/test_rewriter.py -q

Importing this package loads no model; `chat.conversation.Conversation` is the entry point.
"""
from chat.types import Action, EditMethod, ImageRecord, TurnResult, TurnUpdate

__all__ = ["Action", "EditMethod", "ImageRecord", "TurnResult", "TurnUpdate"]
