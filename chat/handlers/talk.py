"""Action.CHAT: the fact sheet's answer about what Easel can't do, a fixed reply when one fits, else the LLM's
streamed answer (the fallback line when it fails); an answer that claims a capability Easel lacks, or denies one it
has, is replaced by the fact sheet's, and the small offline model's answers say where they come from."""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterator, Optional

from chat import capabilities, replies
from chat.colour_wheel import colour_advice, picture_colour_advice
from chat.planner.prompt import SYSTEM as PLAN_SYSTEM
from chat.types import Action, TurnResult, TurnUpdate
from chat.words.detail import categorize
from chat.words.ideas import asked_ideas_for, ideas_reply, offered_ideas
from chat.words.mind import final_say
from chat.words.route_cues import has_content

if TYPE_CHECKING:
    from chat.conversation import Conversation

HISTORY_CHARS = 2_000  # what the LLM sees of earlier turns (small models have small, slow contexts)
CHAT_MAX_TOKENS = 120


def system_prompt(conv: "Conversation") -> str:
    """The chat's system prompt: the assistant, the fact sheet with the models that run, the picture's prompt."""
    engine = conv.services.engine
    system = " ".join([replies.SYSTEM_PROMPT, capabilities.facts_prompt(
        str(getattr(conv.services.llm, "name", "") or ""), str(getattr(engine, "model_name", "") or ""))])
    current = conv.state.current
    if current is not None and current.prompt:
        system += f" The picture on screen was made from this prompt: {current.prompt}"
    return system


def chat_messages(conv: "Conversation", text: str) -> list[dict]:
    """System prompt, the newest turns that fit the budget, and the message."""
    system = system_prompt(conv)
    history: list[dict] = []
    used = 0
    for message in reversed(conv.state.history):  # newest first, until the budget is spent
        used += len(message["content"])
        if used > HISTORY_CHARS:
            break
        content = message["content"].replace(capabilities.SMALL_MODEL_NOTE, "").strip()  # a label, not the answer
        history.insert(0, {"role": message["role"], "content": content})
    while history and history[0]["role"] != "user":
        history.pop(0)
    return [{"role": "system", "content": system}, *history, {"role": "user", "content": text}]


def _final_reply(llm, text: str, system: str) -> tuple[str, list[str]]:
    """The answer as shown: cleaned, a false claim about Easel replaced, the small model's answers labelled."""
    reply = replies.clean_llm_reply(text, system) or replies.FALLBACK
    if capabilities.is_small_model(llm) and capabilities.claims_a_picture(reply):
        return replies.FALLBACK, ["the LLM's answer claimed a picture no turn made; not shown"]
    claim = capabilities.claims_lacking(reply)
    if claim is not None:
        return claim.answer, [f"the LLM's answer claimed {claim.name}; answered from the fact sheet"]
    if capabilities.denies_capability(reply):
        return capabilities.CAN_DRAW_ANSWER, ["the LLM's answer denied something Easel can do; answered from the "
                                              "fact sheet"]
    if reply not in (replies.FALLBACK, replies.NO_LEAK) and capabilities.is_small_model(llm):
        reply = f"{reply.replace(capabilities.SMALL_MODEL_NOTE, '').strip()} {capabilities.SMALL_MODEL_NOTE}"
    return reply, []


def _about_easel(conv: "Conversation", text: str) -> Optional[TurnResult]:
    """What Easel can't do (the fact sheet), and what is loaded and where it runs; None for any other message."""
    fact = capabilities.capability_answer(text)
    if fact is not None:
        return TurnResult(action=Action.CHAT, reply=fact, notes=["answered from Easel's fact sheet"])
    llm, engine = conv.services.llm, conv.services.engine
    image_model = str(getattr(engine, "model_name", "") or "")
    if getattr(engine, "is_demo", False):
        image_model = f"{image_model} (the built-in demo model, which paints noise until a real model is downloaded)"
    about = capabilities.about_easel_answer(text, str(getattr(llm, "name", "") or ""), image_model,
                                            str(getattr(llm, "base_url", "") or ""))
    if about is not None:
        return TurnResult(action=Action.CHAT, reply=about, notes=["answered from what Easel has loaded"])
    return None


def _known_answer(conv: "Conversation", text: str) -> Optional[TurnResult]:
    """The answer Easel knows without asking a model: what it can't do (the fact sheet), what is loaded and where it
    runs, the picture's record, the colour wheel (for a small model) and fixed replies; None when none applies."""
    about = _about_easel(conv, text)
    if about is not None:
        return about
    llm = conv.services.llm
    known = replies.about_picture(text, conv.state.current)
    if known is not None:  # the prompt, seed or size of the picture on screen: from its record
        return TurnResult(action=Action.CHAT, reply=known, notes=["answered from the picture's record"])
    current = conv.state.current
    pixels = (lambda: conv.state.pixels_of(current.id)) if current else (lambda: None)
    wheel = (colour_advice(text) or picture_colour_advice(text, pixels)) \
        if llm is None or capabilities.is_small_model(llm) else None  # a capable LLM answers
    taken_back = replies.NEVER_MIND if final_say(text) == "" else None  # "add wings. actually scratch that"
    ideas = _ideas(conv, text) if llm is None or capabilities.is_small_model(llm) else None  # a capable LLM answers
    canned = wheel or taken_back or ideas or replies.canned_reply(text, has_picture=current is not None)
    return TurnResult(action=Action.CHAT, reply=canned) if canned is not None else None


def _ideas(conv: "Conversation", text: str) -> Optional[str]:
    """Three directions for what the message (or the talk before it) names, when it asks for ideas; else None."""
    thing = asked_ideas_for(text)
    thing = thing or (conv.state.topic if thing == "" else None)
    if not thing or not has_content(thing):
        return None
    return ideas_reply(thing, offered_ideas(thing, is_design=categorize(thing) == "graphic"))


def _fact_in_english(conv: "Conversation", english: str) -> Optional[TurnResult]:
    """The fact sheet's or the colour wheel's answer to another language's question, read in English ("¿qué colores
    combinan con el dorado?"); talk and thanks are still answered as typed."""
    about = _about_easel(conv, english)
    if about is not None:
        return about
    llm = conv.services.llm
    fact = replies.fact_reply(english) or (colour_advice(english) if llm is None or capabilities.is_small_model(llm)
                                           else None)
    return TurnResult(action=Action.CHAT, reply=fact) if fact else None


def handle_chat(conv: "Conversation", text: str, decision, uploads) -> Iterator:
    english = conv.whole_message or text  # another language's checked English reading, if any
    known = _known_answer(conv, text) or (_fact_in_english(conv, english) if english != text else None)
    if known is not None:  # a fact, the picture's record, the colour wheel or a fixed reply: never a model's guess
        yield known
        return
    llm = conv.services.llm
    if llm is None:
        yield TurnResult(action=Action.CHAT, reply=replies.FALLBACK)
        return
    if getattr(decision, "source", "") == "llm" and decision.reply.strip():
        # a capable LLM answered in its plan: the same guards, and no second call
        system = f"{PLAN_SYSTEM} {system_prompt(conv)}"  # a leak of either prompt is caught
        reply, checks = _final_reply(llm, decision.reply, system)
        yield TurnResult(action=Action.CHAT, reply=reply, notes=["answered in the LLM's plan", *checks])
        return
    yield TurnUpdate(status="Thinking…")
    messages = chat_messages(conv, text)
    parts: list[str] = []
    try:
        for chunk in llm.chat_stream(messages, max_new_tokens=CHAT_MAX_TOKENS, stop_event=conv.cancel_event):
            parts.append(chunk)
            cut = replies.clean_llm_reply("".join(parts), messages[0]["content"])
            if cut:
                yield TurnUpdate(status="Writing…", text=cut)
            if conv.cancel_event.is_set():
                break
    except Exception as err:  # noqa: BLE001 -- the LLM failing must not end the session
        yield TurnResult(action=Action.CHAT, reply=replies.FALLBACK, notes=[f"LLM error: {type(err).__name__}"])
        return
    reply, notes = _final_reply(llm, "".join(parts), messages[0]["content"])
    yield TurnResult(action=Action.CHAT, reply=reply, notes=notes)
