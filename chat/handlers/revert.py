"""Action.REVERT, and which earlier image a message points at ("undo", "the first one", "#2")."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterator, Optional

from chat import replies
from chat.handlers.common import TurnFailure
from chat.types import Action, ImageRecord, TurnResult

if TYPE_CHECKING:
    from chat.conversation import Conversation


def _by_number(conv: "Conversation", target: str) -> Optional[ImageRecord]:
    """"2": the second of the latest batch when it had several, else the second image of the session."""
    index = int(target) - 1
    batch = [conv.state.get(i) for i in conv.state.last_batch]
    if len(batch) > 1 and 0 <= index < len(batch):
        return batch[index]
    images = conv.state.images
    return images[index] if 0 <= index < len(images) else None


def _says(record: ImageRecord, described: str) -> bool:
    """Every word of "watercolor" / "red car" (or its stem) is in the image's prompt, and no word marked "-hat" (the
    one "without the hat")."""
    prompt = (record.prompt or "").lower()

    def has(word: str) -> bool:
        stem = word[:-1] if len(word) > 4 and word.endswith("s") else word
        weather = re.sub(r"(?<=[a-z]{3})(?:(?<=(?P<d>[gnp]))(?P=d))?y$", "", word)  # "the snowy one": snow, "foggy": fog
        return any(re.search(r"\b" + re.escape(w) + r"\b" * (w == weather != word), prompt) for w in (stem, weather))

    return bool(prompt) and all(not has(w[1:]) if w.startswith("-") else has(w) for w in described.split())


def _matching(images: list[ImageRecord], described: str) -> list[ImageRecord]:
    """The images whose prompt says ``described``; when every prompt says it ("blue" in each "blue hour" light), those
    whose own message said it too ("draw a blue birdhouse"), which is the one the user means."""
    matching = [r for r in images if _says(r, described)]
    if len(matching) < 2 or len(matching) < len(images) or described.startswith("-"):
        return matching
    asked = [r for r in matching if _asked(r, " ".join(w for w in described.split() if not w.startswith("-")))]
    return asked or matching


def _asked(record: ImageRecord, words: str) -> bool:
    """The message that made ``record`` said these words (each, as a word or its start: "warm" in "warmer")."""
    said = record.request_text.lower()
    return all(re.search(r"\b" + re.escape(w), said) for w in words.lower().split() if w not in ("the", "a", "an", "it"))


def steps_back(target: str) -> int:
    """"back:2" (the rules' "go back two steps") -> 2; 0 for any other target, or a malformed one."""
    match = re.fullmatch(r"back:(\d{1,2})", target or "")
    return int(match.group(1)) if match else 0


def find_target(conv: "Conversation", target: str) -> Optional[ImageRecord]:
    """The image ``target`` names (an image id | 'first' | 'last' | a number | 'previous'); None when none."""
    images = conv.state.images
    if not images:
        return None
    by_id = next((r for r in images if r.id == target), None)  # an LLM plan names the image by its id
    if by_id is not None:
        return by_id
    trail = conv.state.current_trail
    if steps_back(target) and trail:  # "go back two steps": along what was current
        return conv.state.get(trail[max(0, len(trail) - 1 - steps_back(target))])
    if target.startswith("before-said:"):  # "the one before I said warmer": what that message started from
        said = [r for r in images if r.parent and _asked(r, target.split(":", 1)[1])]
        return conv.state.get(said[-1].parent) if said else None
    if ":" in target:  # "the first watercolor one": among the images whose prompt says so
        target, described = target.split(":", 1)
        matching = _matching(images, described)
        if target == "last" and len(matching) > 1 and matching[-1].id == conv.state.current_id:
            matching.pop()  # "back to the one with the hat" is not the current picture, which has kept the hat
        if matching:
            index = 0 if target == "first" else -1 if target == "last" else int(target) - 1
            return matching[index] if -len(matching) <= index < len(matching) else None
        if target == "last":  # "the one with the hat" that no prompt names: the one before, not the current one
            target = "previous"
    if target == "first":
        return images[0]
    if target == "first-made":  # "the first edit": of the pictures Easel made (an uploaded photo is the original)
        return next((r for r in images if r.action != "upload"), images[0])
    if target == "last":
        return images[-1]
    if target.isdigit():
        return _by_number(conv, target)
    trail = conv.state.current_trail
    if len(trail) >= 2:
        return conv.state.get(trail[-2])
    current = conv.state.current
    if current is not None and current.parent:
        return conv.state.get(current.parent)
    return None


def handle_revert(conv: "Conversation", text: str, decision, uploads) -> Iterator:
    target = find_target(conv, decision.target or "previous")
    if target is None:
        raise TurnFailure("There's no earlier picture to go back to.")
    state = conv.state
    steps = 1 if decision.target == "previous" else steps_back(decision.target or "")
    for _ in range(steps):
        if len(state.current_trail) > 1:
            state.current_trail.pop()  # undo walks back through what was current
    state.current_id = target.id
    if not state.current_trail or state.current_trail[-1] != target.id:
        state.current_trail.append(target.id)
    state.last_batch = [target.id]
    yield TurnResult(action=Action.REVERT, reply=replies.revert_reply(target), prompt=target.prompt or None,
                     negative_prompt=target.negative_prompt or None, source=target.id, images=[target])
