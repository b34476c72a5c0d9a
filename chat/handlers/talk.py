"""Action.CHAT: a fixed reply when one fits, else the LLM's streamed answer (the fallback line when it fails)."""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

from chat import replies
from chat.types import Action, TurnResult, TurnUpdate

if TYPE_CHECKING:
    from chat.conversation import Conversation

HISTORY_CHARS = 2_000  # what the LLM sees of earlier turns (small models have small, slow contexts)
CHAT_MAX_TOKENS = 120


def chat_messages(conv: "Conversation", text: str) -> list[dict]:
    """System prompt (with the picture's prompt), the newest turns that fit the budget, and the message."""
    system = replies.SYSTEM_PROMPT
    current = conv.state.current
    if current is not None and current.prompt:
        system += f" The picture on screen was made from this prompt: {current.prompt}"
    history: list[dict] = []
    used = 0
    for message in reversed(conv.state.history):  # newest first, until the budget is spent
        used += len(message["content"])
        if used > HISTORY_CHARS:
            break
        history.insert(0, {"role": message["role"], "content": message["content"]})
    while history and history[0]["role"] != "user":
        history.pop(0)
    return [{"role": "system", "content": system}, *history, {"role": "user", "content": text}]


def handle_chat(conv: "Conversation", text: str, decision, uploads) -> Iterator:
    canned = replies.canned_reply(text)
    if canned is not None:
        yield TurnResult(action=Action.CHAT, reply=canned)
        return
    llm = conv.services.llm
    if llm is None:
        yield TurnResult(action=Action.CHAT, reply=replies.FALLBACK)
        return
    yield TurnUpdate(status="Thinking…")
    parts: list[str] = []
    try:
        for chunk in llm.chat_stream(chat_messages(conv, text), max_new_tokens=CHAT_MAX_TOKENS,
                                     stop_event=conv.cancel_event):
            parts.append(chunk)
            cut = replies.clean_llm_reply("".join(parts))
            if cut:
                yield TurnUpdate(status="Writing…", text=cut)
            if conv.cancel_event.is_set():
                break
    except Exception as err:  # noqa: BLE001 -- the LLM failing must not end the session
        yield TurnResult(action=Action.CHAT, reply=replies.FALLBACK, notes=[f"LLM error: {type(err).__name__}"])
        return
    yield TurnResult(action=Action.CHAT, reply=replies.clean_llm_reply("".join(parts)) or replies.FALLBACK)
