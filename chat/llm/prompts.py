"""What the chat LLM is given: checked messages, the base-model transcript, and trimming to the context budget.

    .venv/bin/python -c "from chat.llm.prompts import build_base_transcript; \
print(build_base_transcript([{'role': 'user', 'content': 'hi'}]))"
"""
from __future__ import annotations

from typing import Callable, Sequence

ROLES = ("system", "user", "assistant")
MAX_NEW_TOKENS_LIMIT = 4096
# Stop strings of the base-model chat transcript: the model would otherwise go on to invent the user's next turn.
BASE_CHAT_STOP = ("\nUser:", "\nAssistant:", "\nUSER:", "\n\n\n")
BASE_CHAT_HEADER = (
    "Below is a conversation with Easel, a friendly assistant that draws pictures from descriptions, changes them "
    "on request and answers questions in one or two short sentences.\n\n"
    "User: Hi! What can you do?\n"
    "Assistant: I can draw pictures from your descriptions and change them, for example \"make it night\". "
    "What would you like to see?\n"
    "User: What is the capital of Italy?\n"
    "Assistant: The capital of Italy is Rome.\n"
)


def check_messages(messages: list[dict]) -> None:
    if not isinstance(messages, list) or not messages:
        raise ValueError(f"messages must be a non-empty list of {{'role', 'content'}} dicts, got {messages!r:.200}")
    for i, message in enumerate(messages):
        if not isinstance(message, dict) or message.get("role") not in ROLES:
            raise ValueError(f"messages[{i}] must be a dict with role in {ROLES}, got {message!r:.200}")
        if not isinstance(message.get("content"), str):
            raise ValueError(f"messages[{i}]['content'] must be a str, got {type(message.get('content')).__name__}")
    if messages[-1]["role"] != "user":
        raise ValueError(f"the last message must be the user's, got role {messages[-1]['role']!r}")


def check_max_new_tokens(max_new_tokens: int) -> None:
    if not isinstance(max_new_tokens, int) or not 1 <= max_new_tokens <= MAX_NEW_TOKENS_LIMIT:
        raise ValueError(f"max_new_tokens must be an int in [1, {MAX_NEW_TOKENS_LIMIT}], got {max_new_tokens!r}")


def check_prompt(prompt: str, max_new_tokens: int, stop: Sequence[str]) -> None:
    """The arguments of ``complete``: a non-empty prompt, a token budget, a sequence of stop strings."""
    if not isinstance(prompt, str) or not prompt:
        raise ValueError(f"prompt must be a non-empty str, got {prompt!r:.80}")
    check_max_new_tokens(max_new_tokens)
    if isinstance(stop, str) or not all(isinstance(s, str) for s in stop):
        raise ValueError(f"stop must be a sequence of str, got {stop!r}")


def _one_line(text: str) -> str:
    # A turn that spans lines could fake a "User:" line of the transcript: keep each turn on one line.
    return " ".join(text.split())


def build_base_transcript(messages: list[dict]) -> str:
    """A few-shot "User: / Assistant:" transcript that a base (not instruction-tuned) model continues."""
    system = " ".join(_one_line(m["content"]) for m in messages if m["role"] == "system")
    lines = [BASE_CHAT_HEADER.rstrip("\n")]
    if system:
        lines.insert(0, system)
    for message in messages:
        if message["role"] == "user":
            lines.append(f"User: {_one_line(message['content'])}")
        elif message["role"] == "assistant":
            lines.append(f"Assistant: {_one_line(message['content'])}")
    return "\n".join(lines) + "\nAssistant:"


def trim_messages(messages: list[dict], count_tokens: Callable[[list[dict]], int], budget: int) -> list[dict]:
    """Drop the oldest non-system turns until the prompt fits ``budget`` tokens (the last user turn always stays)."""
    kept = list(messages)
    while count_tokens(kept) > budget:
        droppable = [i for i, m in enumerate(kept[:-1]) if m["role"] != "system"]
        if not droppable:
            break
        del kept[droppable[0]]
    return kept
