"""What every action handler shares: seeds, prompts, running the engine in a worker thread, recording images.

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest tests/test_handlers.py -q

Each function takes the ``Conversation`` whose turn is running (its state, settings, engine and cancel event).
"""
from __future__ import annotations

import logging
import re
import queue
import threading
from typing import TYPE_CHECKING, Generator, Optional, Sequence

from chat.types import Action, ImageMethod, ImageRecord, TurnUpdate
from imaging.types import Phase
from chat.words.photo import named_in_file_name, named_in_photo, wants_something_new
from chat.words.scene import Scene, render_negative, render_prompt

logger = logging.getLogger(__name__)

if TYPE_CHECKING:
    from chat.conversation import Conversation


class TurnFailure(Exception):
    """A turn that can't be done, with the message for the user."""


def new_seeds(conv: "Conversation", count: int, avoid: Sequence[int] = ()) -> list[int]:
    taken = set(conv.state.used_seeds) | set(avoid)
    seeds: list[int] = []
    while len(seeds) < count:
        seed = conv.rng.randrange(2 ** 32)
        if seed not in taken and seed not in seeds:
            seeds.append(seed)
    return seeds


def seed_of(conv: "Conversation", record: ImageRecord) -> int:
    """The record's seed, or a fresh one (uploads have none)."""
    return record.seed if record.seed is not None else new_seeds(conv, 1)[0]


def prompts(conv: "Conversation", scene: Scene) -> tuple[str, str]:
    preset = conv.engine.preset
    prompt = render_prompt(scene, preset.family, enrich=conv.settings.rewrite, token_limit=preset.token_limit)
    negative = render_negative(scene, family_uses_negative=preset.negative_prompt, enrich=conv.settings.rewrite)
    return prompt, negative


def written_prompts(conv: "Conversation", scene: Scene, text: str) -> Generator[TurnUpdate, None, tuple]:
    """(prompt, negative, note): a capable LLM writes the detail after the user's words (``chat.writer``, streamed
    into the status, time-boxed, the rules' detail when it can't); otherwise the rules' prompt as before
    (``prompt, negative, note = yield from written_prompts(conv, scene, text)``)."""
    from chat.planner.ask import is_capable

    llm = conv.services.llm
    if not conv.settings.rewrite or not is_capable(llm):
        prompt, negative = prompts(conv, scene) if conv.settings.rewrite else (
            render_prompt(scene, enrich=False), render_negative(scene, enrich=False))
        return prompt, negative, None
    from chat.writer import default_budget, write_prompt

    preset = conv.engine.preset
    partial: "queue.Queue" = queue.Queue()
    outcome: dict = {}

    def work() -> None:
        try:
            outcome["written"] = write_prompt(text, scene, llm, budget_s=default_budget(llm), on_text=partial.put,
                                              family=preset.family, token_limit=preset.token_limit)
        except Exception:  # noqa: BLE001 -- any writer failure: the rules' prompt below, logged here
            logger.exception("the prompt writer failed")
        finally:
            partial.put(None)

    threading.Thread(target=work, daemon=True, name="easel-writer").start()
    for so_far in iter(partial.get, None):
        yield TurnUpdate(status=f"Writing the prompt… {so_far[-120:]}")
    written = outcome.get("written")
    if written is None:  # the writer itself failed: the rules' prompt
        return (*prompts(conv, scene), "prompt detail: the rules' (the writer failed)")
    negative = render_negative(scene, family_uses_negative=preset.negative_prompt)
    who = "the LLM's" if written.source == "llm" else f"the rules' ({written.reason})"
    return written.prompt, negative, f"prompt detail: {who}"


def source_of(conv: "Conversation", uploads: Sequence[ImageRecord]) -> ImageRecord:
    """The picture a change applies to: this turn's upload, else the current picture."""
    source = uploads[0] if uploads else conv.state.current
    if source is None:
        raise TurnFailure("There's no picture to change yet — describe one and I'll draw it first.")
    return source


def source_size(record: ImageRecord) -> dict:
    return {"source_size": [record.width, record.height]}


def render_size_of(conv: "Conversation", record: ImageRecord) -> tuple[int, int]:
    """The size the record was drawn at (before any upscale), else its own size."""
    return tuple(conv.state.render_sizes.get(record.id, [record.width, record.height]))


def caption_upload(conv: "Conversation", source: ImageRecord, text: str = "") -> Optional[str]:
    """An upload's scene starts from its caption (when a captioner is available), else from what the user's words
    call it ("turn my cat into a lion" -> "a cat"), else from its file name ("rocket.png" -> "a rocket"), so edits
    keep its content. Returns a note for Details when the file name was the only clue."""
    if source.method != ImageMethod.UPLOAD or conv.state.scene_of(source.id).subject:
        return None
    pixels = conv.state.pixels_of(source.id)
    description = conv.engine.describe(pixels, None) if pixels is not None else None
    note = None
    if getattr(description, "available", False) and description.text:
        subject = description.text.strip().rstrip(".")
    else:
        subject = named_in_photo(text) or named_in_photo(getattr(conv, "whole_message", "")) or named_in_photo(
            conv.state.upload_texts.get(source.id, ""), pointed=False) or _named_before(conv, text) or ""  # ("whos this
        # guy": the file name knows more)
        if not subject and not wants_something_new(text):
            subject = named_in_file_name(conv.state.upload_paths.get(source.id)) or ""
            note = f"no captioner could look at the photo: it is taken to show {subject} (from its file name)" \
                if subject else None
        pointed = named_in_photo(conv.state.upload_texts.get(source.id, "")) or ""
        if not subject and pointed and not re.search(r"\b(?:guy|man|woman|person|dude|lady|one|thing|bloke|chap)\b",
                                                     pointed):  # "what breed is this cat?": a cat, not "this guy"
            subject = pointed
    if subject:
        scene = conv.state.scene_of(source.id)
        scene.subject = subject
        conv.state.scenes[source.id] = scene.to_dict()
    return note


def _named_before(conv: "Conversation", text: str) -> Optional[str]:
    """"my cat Chelsea keeps sitting on my coin albums", then a photo with "here she is": the cat talked of before."""
    if not re.search(r"\b(?:he|she|him|her|they|them)\b", text, re.I):
        return None
    said = [m["content"] for m in conv.state.history if m["role"] == "user" and m["content"].strip() != text.strip()]
    return named_in_photo(said[-1], pointed=False) if said else None


SAVE_WAIT_S = 30.0  # a turn waits at most this long for its pictures' background writes (the UI reads the files)


def save_notes(results) -> list[str]:
    """'the picture could not be saved: <reason>' for each picture whose background write failed (full disk...)."""
    failures = [result.save_failure(SAVE_WAIT_S) for result in results if hasattr(result, "save_failure")]
    return [f"the picture could not be saved: {failure.reason}" for failure in failures if failure is not None]


def notes(conv: "Conversation") -> list[str]:
    demo = ["demo model: random weights, the pictures are noise"] if conv.engine.is_demo else []
    return demo + conv.state.save_notes  # set by this turn's render()


def run_engine(conv: "Conversation", request) -> Generator[TurnUpdate, None, list]:
    """Run the engine in a worker thread, yielding progress updates; returns the results list."""
    updates: "queue.Queue" = queue.Queue()
    outcome: dict = {}

    def progress(step: int, total: int) -> None:
        updates.put(TurnUpdate(status=f"Drawing… step {step}/{total}", step=step, total_steps=total))

    def preview(step: int, total: int, image) -> None:
        updates.put(TurnUpdate(status=f"Drawing… step {step}/{total}", step=step, total_steps=total, preview=image))

    def phase(now: Phase) -> None:
        if now is Phase.DECODING:  # no steps to count, but the bar must not look stuck on a slow decode
            updates.put(TurnUpdate(status="Decoding the picture…"))

    def work() -> None:
        try:
            outcome["results"] = conv.engine.run(request, progress=progress, cancel=conv.cancel_event.is_set,
                                                 preview=preview, phase=phase)
        except BaseException as err:  # handed to the caller's thread
            outcome["error"] = err
        finally:
            updates.put(None)

    worker = threading.Thread(target=work, daemon=True)
    worker.start()
    wait = conv.engine.wait_text(request)  # "about 9 s on this CPU, 1 step" once a picture was measured
    yield TurnUpdate(status=f"Drawing ({wait})…" if wait else "Drawing…")
    for item in iter(updates.get, None):
        yield item
    worker.join()
    err = outcome.get("error")
    if isinstance(err, ValueError):
        raise TurnFailure(f"The image model refused the request: {err}")
    if err is not None:
        raise err
    return outcome["results"]


def render(conv: "Conversation", request, *, action: Action, method: ImageMethod, parent: Optional[str],
           scene: Scene, render_size: Optional[tuple[int, int]], text: str) -> Generator[TurnUpdate, None, list]:
    """Run a request and record its images; yields updates and returns the new ImageRecords
    (``records = yield from render(conv, ...)``)."""
    from imaging import Operation

    if request.op is not Operation.UPSCALE and request.steps is None and conv.settings.steps:
        request.steps = conv.settings.steps
    request.extra.setdefault("user_text", text[:500])
    request.extra.setdefault("action", action.value)
    results = yield from run_engine(conv, request)
    records = []
    for result in results:
        record = ImageRecord(
            id=conv.state.new_image_id(), parent=parent, seed=result.seed, width=result.width,
            height=result.height, steps=result.steps, prompt=result.prompt or request.prompt,
            negative_prompt=request.negative_prompt, method=method.value, action=action.value,
            model=result.model, path=result.path, turn=conv.state.turn, request_text=text[:500],
        )
        conv.state.add(record, scene, render_size or (result.width, result.height), pixels=result.image)
        records.append(record)
    conv.state.last_batch = [r.id for r in records]
    conv.state.make_current(records[0].id)
    conv.state.save_notes = save_notes(results)  # read by notes() for this turn's TurnResult
    return records
