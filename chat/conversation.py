"""One chat session: route each message, rewrite it, run the engine, record the images, reply.

    HF_HUB_OFFLINE=1 .venv/bin/python -m chat.replay ../shared/eval/conversations-dev.jsonl \
        --out /tmp/dev.jsonl --no-images --llm embedded

`Conversation.stream` yields `TurnUpdate`s ("Writing the prompt…", "Drawing… step 2/4", streamed chat text) and ends
with the `TurnResult`. A failing turn never raises: it ends with a TurnResult whose `error` says what went wrong, and
the session stays usable. The app and `chat.replay` both drive this class.
"""
from __future__ import annotations

import queue
import random
import re
import uuid
import threading
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Generator, Iterator, Optional, Sequence, Union

from chat import lexicon, replies
from chat.rewriter import (apply_edit, carry_style, chat_topic, parse_request, resolve_reference, same_style_subject,
                           upload_strength)
from chat.router import Route, RouteContext, route
from chat.scene import Scene, render_negative, render_prompt
from chat.sizes import size_for_aspect
from chat.state import SessionState
from chat.types import Action, ImageRecord, TurnResult, TurnUpdate

MAX_TEXT_CHARS = 10_000
HISTORY_CHARS = 2_000  # what the LLM sees of earlier turns (small models have small, slow contexts)
CHAT_MAX_TOKENS = 120


@dataclass
class ChatSettings:
    """Per-session choices from the UI."""

    rewrite: bool = True  # False: the user's words (minus "no X") are the prompt, unchanged
    seed: Optional[int] = None  # locked seed for new images; None: fresh random seeds
    steps: Optional[int] = None  # None: the model preset's steps
    width: Optional[int] = None  # None: from the words ("wide banner") or the model's native size
    height: Optional[int] = None
    rng_seed: Optional[int] = None  # seeds the session's seed picker (replays are reproducible); None: random

    def to_dict(self) -> dict:
        return asdict(self)


class _Failure(Exception):
    """A turn that can't be done, with the message for the user."""


class Conversation:
    """One browser session (or one replayed conversation)."""

    def __init__(self, services, settings: Optional[ChatSettings] = None):
        self.services = services
        self.settings = settings or ChatSettings()
        self.state = SessionState()
        self._rng = random.Random(self.settings.rng_seed)
        self._cancel = threading.Event()

    # ---- public views ----
    @property
    def images(self) -> list[ImageRecord]:
        return self.state.images

    @property
    def current(self) -> Optional[ImageRecord]:
        return self.state.current

    @property
    def history(self) -> list[dict]:
        return self.state.history

    @property
    def engine(self):
        return self.services.engine

    def cancel(self) -> None:
        """Ask the running turn to stop (checked by the engine's cancel callback and the LLM's stop_event)."""
        self._cancel.set()

    def select(self, image_id: str) -> ImageRecord:
        """Make an earlier image current (a gallery click); ValueError for an unknown id."""
        try:
            self.state.make_current(image_id)
        except KeyError:
            raise ValueError(f"image_id={image_id!r} is not an image of this conversation") from None
        return self.state.current

    def respond(self, text: str, files: Sequence[str] = ()) -> TurnResult:
        result = None
        for item in self.stream(text, files):
            if isinstance(item, TurnResult):
                result = item
        return result

    # ---- one turn ----
    def stream(self, text: str, files: Sequence[str] = ()) -> Iterator[Union[TurnUpdate, TurnResult]]:
        self._cancel.clear()
        text = text if isinstance(text, str) else ""
        files = list(files or [])
        problem = self._check_inputs(text, files)
        if problem:
            yield TurnResult(action=Action.CHAT, reply=problem, error=problem)
            return
        self.state.turn += 1
        result: Optional[TurnResult] = None
        try:
            uploads = [self._add_upload(path) for path in files]
            decision = route(text, self._route_context(bool(uploads)))
            self._pick(decision)
            handler = getattr(self, f"_do_{decision.action.value}")
            # the action acts on the request as the router read it (typos in command words fixed, a leading context
            # sentence split off); chat answers see the message as typed
            acted_on = decision.text if decision.text and decision.action is not Action.CHAT else text
            for item in handler(acted_on, decision, uploads):
                if isinstance(item, TurnResult):
                    result = item
                else:
                    yield item
        except _Failure as err:
            result = TurnResult(action=Action.CHAT, reply=str(err), error=str(err))
        except Exception as err:  # noqa: BLE001 -- a failing turn must leave the session usable
            if type(err).__name__ == "Cancelled":
                result = TurnResult(action=Action.CHAT, reply="Stopped.", error="cancelled")
            else:
                message = f"Sorry, that didn't work: {type(err).__name__}: {err}"
                result = TurnResult(action=Action.CHAT, reply=message, error=message)
        self._remember(text, result)
        yield result

    def _check_inputs(self, text: str, files: list) -> Optional[str]:
        if not text.strip() and not files:
            return "Please type a message (or attach a picture)."
        if len(text) > MAX_TEXT_CHARS:
            return f"That message is {len(text):,} characters long; the limit is {MAX_TEXT_CHARS:,}."
        return None

    def _add_upload(self, path) -> ImageRecord:
        from imaging import load_image

        try:
            image = load_image(path)
        except (ValueError, OSError) as err:
            # the file name is not repeated: it is user-controlled text
            raise _Failure(f"The uploaded file could not be used as a picture ({_reason(err, path)}).") from None
        upload_id = self.state.new_upload_id()
        record = ImageRecord(id=upload_id, parent=None, seed=None, width=image.width, height=image.height,
                             method="upload", action="upload", turn=self.state.turn,
                             path=self._keep_upload(image))
        self.state.add(record, Scene(), (image.width, image.height), pixels=image)
        if isinstance(path, (str, Path)):
            self.state.upload_paths[upload_id] = str(path)
        self.state.make_current(upload_id)
        return record

    def _keep_upload(self, image) -> Optional[str]:
        """Save a validated copy of an upload beside the generated images (nothing is lost: the browser's temp file
        goes away, and the gallery shows uploads too). Engines without an outputs folder (--no-images) keep none."""
        outputs = getattr(getattr(self.services.engine, "config", None), "outputs_dir", None)
        if not outputs:
            return None
        folder = Path(outputs) / "uploads"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"upload-{uuid.uuid4().hex[:12]}.png"
        image.save(path)
        return str(path)

    def _route_context(self, has_upload: bool) -> RouteContext:
        words: set[str] = set()
        if self.state.current_id is not None:
            scene = self.state.scene_of(self.state.current_id)
            for word in re.findall(r"[\w'-]+", " ".join([scene.subject, *scene.details]).lower()):
                if word not in lexicon.STOPWORDS:
                    words.update({word, re.sub(r"(?:es|s)$", "", word)})
        return RouteContext(has_current=self.state.current_id is not None, has_upload=has_upload,
                            image_count=len(self.state.images), last_batch=len(self.state.last_batch),
                            scene_words=words)

    def _pick(self, decision: Route) -> None:
        """"the second one is great, make it wide" / "what's in the original photo?": make that image current first."""
        if decision.action is Action.REVERT or not decision.target or self.state.current_id is None:
            return
        if decision.target == "original":
            record = self.state.current
            while record.parent and any(r.id == record.parent for r in self.state.images):
                record = self.state.get(record.parent)  # the root this picture was made from (an upload, or turn 1)
        else:
            record = self._revert_target(decision.target)
        if record is not None:
            self.state.make_current(record.id)

    def _remember(self, text: str, result: TurnResult) -> None:
        if result.action is Action.CHAT and not result.error:
            topic = chat_topic(text)
            if topic:  # what the talk is about, for "make one with …" / "in that style" next
                self.state.topic = topic
        elif result.images:
            self.state.topic = ""
        self.state.history.append({"role": "user", "content": text})
        self.state.history.append({"role": "assistant", "content": result.reply})

    # ---- helpers ----
    def _new_seeds(self, count: int, avoid: Sequence[int] = ()) -> list[int]:
        taken = set(self.state.used_seeds) | set(avoid)
        seeds: list[int] = []
        while len(seeds) < count:
            seed = self._rng.randrange(2 ** 32)
            if seed not in taken and seed not in seeds:
                seeds.append(seed)
        return seeds

    def _prompts(self, scene: Scene) -> tuple[str, str]:
        preset = self.engine.preset
        prompt = render_prompt(scene, preset.family, enrich=self.settings.rewrite, token_limit=preset.token_limit)
        negative = render_negative(scene, family_uses_negative=preset.negative_prompt, enrich=self.settings.rewrite)
        return prompt, negative

    def _run_engine(self, request) -> Generator[TurnUpdate, None, list]:
        """Run the engine in a worker thread, yielding progress updates; returns the results list."""
        from imaging import Cancelled

        updates: "queue.Queue" = queue.Queue()
        outcome: dict = {}

        def progress(step: int, total: int) -> None:
            updates.put(TurnUpdate(status=f"Drawing… step {step}/{total}", step=step, total_steps=total))

        def work() -> None:
            try:
                outcome["results"] = self.engine.run(request, progress=progress, cancel=self._cancel.is_set)
            except BaseException as err:  # handed to the caller's thread
                outcome["error"] = err
            finally:
                updates.put(None)

        worker = threading.Thread(target=work, daemon=True)
        worker.start()
        yield TurnUpdate(status="Drawing…")
        while True:
            item = updates.get()
            if item is None:
                break
            yield item
        worker.join()
        if "error" in outcome:
            err = outcome["error"]
            if isinstance(err, Cancelled):
                raise err
            if isinstance(err, ValueError):
                raise _Failure(f"The image model refused the request: {err}")
            raise err
        return outcome["results"]

    def _render(self, request, *, action: Action, method: str, parent: Optional[str], scene: Scene,
                render_size: Optional[tuple[int, int]], text: str) -> Generator[TurnUpdate, None, list]:
        """Run a request and record its images; yields updates and returns the new ImageRecords
        (`records = yield from self._render(...)`)."""
        from imaging import Operation

        if request.op is not Operation.UPSCALE and request.steps is None and self.settings.steps:
            request.steps = self.settings.steps
        request.extra.setdefault("user_text", text[:500])
        request.extra.setdefault("action", action.value)
        results = yield from self._run_engine(request)
        records = []
        for result in results:
            record = ImageRecord(
                id=self.state.new_image_id(), parent=parent, seed=result.seed, width=result.width,
                height=result.height, steps=result.steps, prompt=result.prompt or request.prompt,
                negative_prompt=request.negative_prompt, method=method, action=action.value,
                model=result.model, path=result.path, turn=self.state.turn, request_text=text[:500],
            )
            size = render_size or (result.width, result.height)
            self.state.add(record, scene, size, pixels=result.image)
            records.append(record)
        self.state.last_batch = [r.id for r in records]
        self.state.make_current(records[0].id)
        return records

    def _source_size(self, record: ImageRecord) -> dict:
        return {"source_size": [record.width, record.height]}

    # ---- actions ----
    def _do_chat(self, text: str, decision: Route, uploads) -> Iterator:
        canned = replies.canned_reply(text)
        if canned is not None:
            yield TurnResult(action=Action.CHAT, reply=canned)
            return
        llm = getattr(self.services, "llm", None)
        if llm is None:
            yield TurnResult(action=Action.CHAT, reply=replies.FALLBACK)
            return
        yield TurnUpdate(status="Thinking…")
        messages = self._chat_messages(text)
        parts: list[str] = []
        try:
            for chunk in llm.chat_stream(messages, max_new_tokens=CHAT_MAX_TOKENS, stop_event=self._cancel):
                parts.append(chunk)
                cut = replies.clean_llm_reply("".join(parts))
                if cut:
                    yield TurnUpdate(status="Writing…", text=cut)
                if self._cancel.is_set():
                    break
        except Exception as err:  # noqa: BLE001 -- the LLM failing must not end the session
            reply = replies.FALLBACK
            yield TurnResult(action=Action.CHAT, reply=reply, notes=[f"LLM error: {type(err).__name__}"])
            return
        reply = replies.clean_llm_reply("".join(parts)) or replies.FALLBACK
        yield TurnResult(action=Action.CHAT, reply=reply)

    def _chat_messages(self, text: str) -> list[dict]:
        system = replies.SYSTEM_PROMPT
        current = self.state.current
        if current is not None and current.prompt:
            system += f" The picture on screen was made from this prompt: {current.prompt}"
        history: list[dict] = []
        used = 0
        for message in reversed(self.state.history):  # newest first, until the budget is spent
            used += len(message["content"])
            if used > HISTORY_CHARS:
                break
            history.insert(0, {"role": message["role"], "content": message["content"]})
        while history and history[0]["role"] != "user":
            history.pop(0)
        return [{"role": "system", "content": system}, *history, {"role": "user", "content": text}]

    def _do_generate(self, text: str, decision: Route, uploads) -> Iterator:
        from imaging import ImageRequest, Operation

        yield TurnUpdate(status="Writing the prompt…")
        same_style = same_style_subject(text) if self.state.current is not None else None
        parsed = parse_request(same_style or text)
        scene = parsed.scene
        if same_style:  # "same style but an elephant": the new subject in the current picture's style
            carry_style(self.state.scene_of(self.state.current.id), scene)
        if resolve_reference(scene, self.state.topic):
            parsed.plain = f"{parsed.plain} ({self.state.topic})"
        count = max(parsed.count, decision.count if decision.action is Action.GENERATE else 1)
        if self.settings.rewrite:
            prompt, negative = self._prompts(scene)
        else:
            prompt, negative = parsed.plain, render_negative(scene, enrich=False)
        width, height = size_for_aspect(parsed.aspect, self.engine.preset)
        width, height = self.settings.width or width, self.settings.height or height
        if self.settings.seed is not None:
            seeds = [self.settings.seed + i for i in range(count)]
        else:
            seeds = self._new_seeds(count)
        request = ImageRequest(op=Operation.TEXT2IMG, prompt=prompt, negative_prompt=negative, count=count,
                               seeds=seeds, width=width, height=height)
        records = yield from self._render(request, action=Action.GENERATE, method="txt2img", parent=None,
                                            scene=scene, render_size=(width, height), text=text)
        reply = replies.generate_reply(scene.subject, records, aspect=parsed.aspect)
        yield TurnResult(action=Action.GENERATE, reply=reply, prompt=prompt, negative_prompt=negative,
                         images=records, notes=self._notes(records))

    def _edit_source(self, uploads) -> ImageRecord:
        source = uploads[0] if uploads else self.state.current
        if source is None:
            raise _Failure("There's no picture to change yet — describe one and I'll draw it first.")
        return source

    def _do_edit(self, text: str, decision: Route, uploads) -> Iterator:
        from imaging import ImageRequest, Operation

        source = self._edit_source(uploads)
        yield TurnUpdate(status="Writing the prompt…")
        self._caption_upload(source)
        plan = apply_edit(self.state.scene_of(source.id), text)
        scene = plan.scene
        prompt, negative = self._prompts(scene) if self.settings.rewrite else (
            render_prompt(scene, enrich=False), render_negative(scene, enrich=False))
        render_w, render_h = self.state.render_sizes.get(source.id, [source.width, source.height])
        if plan.aspect:
            render_w, render_h = size_for_aspect(plan.aspect, self.engine.preset)
        pixels_needed = source.seed is None or source.method == "upload" or plan.method == "img2img"
        if pixels_needed:
            method = "img2img"
            strength = plan.strength if (plan.method == "img2img" and source.method != "upload") \
                else upload_strength(plan)
            seed = source.seed if source.seed is not None else self._new_seeds(1)[0]
            extra = self._source_size(source)
            width = height = None
            if plan.aspect:
                width, height = render_w, render_h
            request = ImageRequest(op=Operation.IMG2IMG, prompt=prompt, negative_prompt=negative, seeds=[seed],
                                   strength=strength, source_image=self.state.pixels_of(source.id),
                                   source_id=source.id, width=width, height=height, extra=extra)
            if source.method == "upload":
                render_size = None  # follow the upload's shape at the model's area
            else:
                render_size = (render_w, render_h)
        else:
            method, strength = plan.method, None
            request = ImageRequest(op=Operation.TEXT2IMG, prompt=prompt, negative_prompt=negative,
                                   seeds=[source.seed], width=render_w, height=render_h, source_id=source.id)
            render_size = (render_w, render_h)
        records = yield from self._render(request, action=Action.EDIT, method=method, parent=source.id,
                                            scene=scene, render_size=render_size, text=text)
        if source.method == "upload":
            reply = replies.upload_edit_reply(plan.changes, strength, phrases=plan.phrases, aspect=plan.aspect)
        else:
            reply = replies.edit_reply(plan.changes, method, records[0], strength, phrases=plan.phrases,
                                       kinds=plan.kinds, aspect=plan.aspect, device=plan.device)
        yield TurnResult(action=Action.EDIT, reply=reply, prompt=prompt, negative_prompt=negative, source=source.id,
                         images=records, method=method, notes=self._notes(records))

    def _do_variations(self, text: str, decision: Route, uploads) -> Iterator:
        from imaging import ImageRequest, Operation

        source = self._edit_source(uploads)
        self._caption_upload(source)
        count = max(1, decision.count)
        scene = self.state.scene_of(source.id)
        seeds = self._new_seeds(count, avoid=[source.seed] if source.seed is not None else [])
        render_w, render_h = self.state.render_sizes.get(source.id, [source.width, source.height])
        if source.method == "upload" or not source.prompt:
            prompt, negative = self._prompts(scene)
            request = ImageRequest(op=Operation.IMG2IMG, prompt=prompt, negative_prompt=negative, count=count,
                                   seeds=seeds, strength=0.6, source_image=self.state.pixels_of(source.id),
                                   source_id=source.id, extra=self._source_size(source))
            method, render_size = "img2img-variation", None
        else:
            prompt, negative = source.prompt, source.negative_prompt
            request = ImageRequest(op=Operation.TEXT2IMG, prompt=prompt, negative_prompt=negative, count=count,
                                   seeds=seeds, width=render_w, height=render_h, source_id=source.id)
            method, render_size = "variation", (render_w, render_h)
        records = yield from self._render(request, action=Action.VARIATIONS, method=method, parent=source.id,
                                            scene=scene, render_size=render_size, text=text)
        yield TurnResult(action=Action.VARIATIONS, reply=replies.variations_reply(records), prompt=prompt,
                         negative_prompt=negative, source=source.id, images=records, notes=self._notes(records))

    def _do_upscale(self, text: str, decision: Route, uploads) -> Iterator:
        from imaging import ImageRequest, Operation

        source = self._edit_source(uploads)
        scene = self.state.scene_of(source.id)
        request = ImageRequest(op=Operation.UPSCALE, prompt=source.prompt, negative_prompt=source.negative_prompt,
                               seeds=[source.seed if source.seed is not None else self._new_seeds(1)[0]], scale=2.0,
                               source_image=self.state.pixels_of(source.id), source_id=source.id,
                               extra=self._source_size(source))
        render_size = tuple(self.state.render_sizes.get(source.id, [source.width, source.height]))
        records = yield from self._render(request, action=Action.UPSCALE, method="upscale", parent=source.id,
                                            scene=scene, render_size=render_size, text=text)
        yield TurnResult(action=Action.UPSCALE, reply=replies.upscale_reply(records[0], source),
                         prompt=source.prompt or None, negative_prompt=source.negative_prompt or None,
                         source=source.id, images=records, method="upscale", notes=self._notes(records))

    def _do_revert(self, text: str, decision: Route, uploads) -> Iterator:
        target = self._revert_target(decision.target or "previous")
        if target is None:
            raise _Failure("There's no earlier picture to go back to.")
        if decision.target == "previous" and len(self.state.current_trail) > 1:
            self.state.current_trail.pop()  # undo walks back through what was current
        self.state.current_id = target.id
        if not self.state.current_trail or self.state.current_trail[-1] != target.id:
            self.state.current_trail.append(target.id)
        self.state.last_batch = [target.id]
        yield TurnResult(action=Action.REVERT, reply=replies.revert_reply(target), prompt=target.prompt or None,
                         negative_prompt=target.negative_prompt or None, source=target.id, images=[target])

    def _revert_target(self, target: str) -> Optional[ImageRecord]:
        images = self.state.images
        if not images:
            return None
        if target == "first":
            return images[0]
        if target == "last":
            return images[-1]
        if target.isdigit():
            index = int(target) - 1
            batch = [self.state.get(i) for i in self.state.last_batch]
            if len(batch) > 1 and 0 <= index < len(batch):
                return batch[index]
            return images[index] if 0 <= index < len(images) else None
        trail = self.state.current_trail
        if len(trail) >= 2:
            return self.state.get(trail[-2])
        current = self.state.current
        if current is not None and current.parent:
            return self.state.get(current.parent)
        return None

    def _do_describe(self, text: str, decision: Route, uploads) -> Iterator:
        source = self._edit_source(uploads)
        yield TurnUpdate(status="Looking at the picture…")
        question = _question_for_captioner(text)
        pixels = self.state.pixels_of(source.id)
        reply = None
        notes: list[str] = []
        caption_ok = False
        if pixels is not None:
            description = self.engine.describe(pixels, question)
            caption_ok = bool(getattr(description, "available", False) and description.text)
            if caption_ok:
                reply = description.text
            elif description.text:
                notes.append("no captioning model")
                reply = description.text  # says why, with what could be measured from the pixels
        if reply is None or (not caption_ok and source.prompt):
            reply = replies.describe_fallback(source)
        if source.method == "upload" and reply and not self.state.scene_of(source.id).subject:
            # the caption becomes the upload's scene, so later edits have words to keep
            if caption_ok:
                self.state.scenes[source.id] = Scene(subject=reply.rstrip(".")).to_dict()
        self.state.make_current(source.id)
        yield TurnResult(action=Action.DESCRIBE, reply=reply, source=source.id, notes=notes)

    def _caption_upload(self, source: ImageRecord) -> None:
        """An upload's scene starts from its caption (when a captioner is available), so edits keep its content."""
        if source.method != "upload" or self.state.scene_of(source.id).subject:
            return
        pixels = self.state.pixels_of(source.id)
        if pixels is None:
            return
        description = self.engine.describe(pixels, None)
        if getattr(description, "available", False) and description.text:
            scene = self.state.scene_of(source.id)
            scene.subject = description.text.strip().rstrip(".")
            self.state.scenes[source.id] = scene.to_dict()

    def _notes(self, records: list[ImageRecord]) -> list[str]:
        notes = []
        if getattr(self.engine, "is_demo", False):
            notes.append("demo model: random weights, the pictures are noise")
        return notes

    # ---- persistence ----
    def to_dict(self) -> dict:
        return {"settings": self.settings.to_dict(), "state": self.state.to_dict()}

    @classmethod
    def from_dict(cls, data: dict, services) -> "Conversation":
        settings = ChatSettings(**{k: v for k, v in (data.get("settings") or {}).items()
                                   if k in ChatSettings.__dataclass_fields__})
        conversation = cls(services, settings)
        conversation.state = SessionState.from_dict(data.get("state") or {})
        return conversation


def _reason(err: Exception, path=None) -> str:
    """The error's message without the path or file name in it (user-controlled text)."""
    text = re.sub(r"^(?:uploaded )?image (?:'[^']*'|\"[^\"]*\"|\([^)]*\))\s*", "it ", str(err))
    if isinstance(path, (str, Path)):
        for name in sorted({str(path), Path(path).name, Path(path).stem}, key=len, reverse=True):
            if name:
                text = text.replace(name, "the file")
    text = re.sub(r"(['\"]).*?\1", "the file", text)
    return text[:200]


def _question_for_captioner(text: str) -> Optional[str]:
    """None for "describe this" (plain caption); the question itself for a specific one."""
    low = text.lower().strip()
    if not low or re.search(r"\b(?:describe|caption|what(?:'s|\s+is)\s+in\s+(?:this|the)|what\s+do\s+you\s+see|"
                            r"what\s+is\s+this)\b", low):
        return None
    return text.strip()
