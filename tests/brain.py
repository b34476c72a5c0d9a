"""Helpers the brain tests share: an offline conversation (no LLM, no pixels), a few turns through it, and an edit of a
scene's words alone."""
from chat.conversation import ChatSettings, Conversation
from chat.nopixels import NoPixelEngine
from chat.services import Services
from chat.words.edit import apply_edit
from chat.words.scene import Scene


def offline_conversation(seed: int) -> Conversation:
    """A conversation with the rules as its brain and an engine that draws no pixels, seeded for repeatable replies."""
    return Conversation(Services(llm=None, engine=NoPixelEngine("sd-turbo")), ChatSettings(rng_seed=seed))


def turns_after(seed: int, first: str, *messages: str):
    """The result of the last of these messages, said in order in one conversation."""
    conv = offline_conversation(seed)
    result = conv.respond(first)
    for message in messages:
        result = conv.respond(message)
    return result


def edited_scene(subject: str, change: str) -> Scene:
    """The scene of ``subject`` after the edit ``change``."""
    return apply_edit(Scene(subject=subject), change).scene
