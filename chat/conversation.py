"""One chat session: plan each message, rewrite it, run the engine, record the images, reply.

    HF_HUB_OFFLINE=1 .venv/bin/python -m chat.replay ../shared/eval/conversations-dev.jsonl \
        --out /tmp/dev.jsonl --no-images --llm embedded

The turn loop lives here: check the input, add uploads, `chat.words.route.route` reads the message and
`chat.planner.make_plan` makes the turn's `TurnPlan` (the capable LLM's when it passes the guard, else the rules'),
and `chat.handlers.HANDLERS[plan.action]` does it (rewriting with `chat.words.request` / `chat.words.edit` or the
plan's slot operations, drawing through the engine in `chat.handlers.common.render`, recording images in
`SessionState`). `Conversation.stream` yields `TurnUpdate`s ("Writing the prompt…", "Drawing… step 2/4", streamed
chat text) and ends with the `TurnResult`, whose notes say who made the plan (and why an LLM plan was not used). A
failing turn never raises: it ends with a TurnResult whose `error` says what went wrong, and the session stays
usable. The app and `chat.replay` both drive this class.
"""
from __future__ import annotations

import random
import re
import threading
import uuid
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Iterator, Optional, Sequence, Union

from chat.words import lexicon
from chat.handlers import HANDLERS, TurnFailure, find_target
from chat.input_checks import UPLOAD_INTRO, upload_problem
from chat.plan import TurnPlan
from chat.planner import make_plan
from chat.planner.ask import is_capable
from chat.planner.explain import explain_plan
from chat.planner.guard import GuardContext
from chat.words.ideas import with_idea_picked
from chat.words.topic import chat_topic, with_colours_named
from chat.words.route import RouteContext, in_series, route, route_translated, who_is_not_described
from chat.words.route_patterns import NOW_A_THING, SWAP_SAID
from chat.words.fixes import lettering_of
from chat.words.clarify import is_vague
from chat.words.scene import Scene
from chat.seams import ImageEngine
from chat.translator import Translation, translate
from chat.words.emoji import emoji_as_words
from chat.words.language import detect_language
from chat.words.mixed import read_mixed
from chat.words.asides import without_asides
from chat.words.normalize import as_said, calm_shouting, straight_quotes, without_apologies
from chat.state import SessionState
from chat.types import Action, ImageMethod, ImageRecord, TurnResult, TurnUpdate

MAX_TEXT_CHARS = 10_000


@dataclass
class Reading:
    """The message as the planner reads it."""

    text: str
    translation: Optional[Translation] = None  # the small LLM's English, used only when it passed its checks
    note: str = ""  # for Details

    @property
    def translated(self) -> bool:
        return self.translation is not None and self.translation.ok


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


class Conversation:
    """One browser session (or one replayed conversation)."""

    def __init__(self, services, settings: Optional[ChatSettings] = None):
        self.services = services
        self.settings = settings or ChatSettings()
        self.state = SessionState()
        self.rng = random.Random(self.settings.rng_seed)  # the session's seed picker
        self.cancel_event = threading.Event()  # set by cancel(); the engine and the LLM check it
        self.whole_message = ""  # this turn's message in English, before the router split off a leading sentence

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
    def engine(self) -> ImageEngine:
        return self.services.engine

    def cancel(self) -> None:
        """Ask the running turn to stop (checked by the engine's cancel callback and the LLM's stop_event)."""
        self.cancel_event.set()

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
        self.cancel_event.clear()
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
            reading = yield from self._read(text)
            reading.text = with_colours_named(reading.text, self._last_reply())  # "use those colours": the ones named
            reading.text = with_idea_picked(reading.text, self._last_reply())  # "go with the first idea": that one
            self.whole_message = reading.text  # "my bike! can you put it on a beach": the photo's subject is named first
            for upload in uploads:  # "this is our cat Chelsea, what do you see?" then "make her a watercolor"
                self.state.upload_texts[upload.id] = reading.text
            plan = self._plan(reading.text, bool(uploads), original=text if reading.translated else None)
            self._pick(plan)
            handler = HANDLERS[plan.action]
            # the action acts on the request as the router read it (typos in command words fixed, a leading context
            # sentence split off, another language in English, emoji named); chat answers see the message as typed
            acted_on = text if plan.action is Action.CHAT else (plan.text or reading.text)
            for item in handler(self, acted_on, plan, uploads):
                if isinstance(item, TurnResult):
                    result = item
                else:
                    yield item
            explain_plan(plan, text, result, reading.translation)
            if result is not None and reading.note:
                result.notes.append(reading.note)
        except Exception as err:  # noqa: BLE001 -- a failing turn must leave the session usable
            result = _failed_turn(err)
        self._remember(text, result)
        yield result

    def _read(self, text: str) -> Iterator[TurnUpdate]:
        """The message as the planner reads it (a generator returning a ``Reading``): emoji that are its only content
        named; another language in English (a capable LLM translates in its plan; a small one is asked, and checked);
        a message typed in capitals read in lowercase."""
        text = without_asides(without_apologies(as_said(straight_quotes(text))))  # "… comma …" put back; "sorry to be a
        # pain, …" left out; « guillemets » as plain quotes; "could you, perhaps, add …" and "(sorry!)" as plain asks
        calm = calm_shouting(text)  # "DRAW A CHEVY AT NIGHT": a chevy at night, not a shouted prompt
        reading = yield from self._read_calm(calm)
        if calm != text:
            reading.note = "; ".join(filter(None, ["read in lowercase (the message was typed in capitals)", reading.note]))
        return reading

    def _read_calm(self, text: str) -> Iterator[TurnUpdate]:
        """The reading of a message in ordinary case (see ``_read``)."""
        named = emoji_as_words(text)
        if named is not None:
            return Reading(named, note=f"read the emoji as: {named}")
        if is_capable(self.services.llm):
            yield TurnUpdate(status="Reading your message…")
        elif detect_language(text):  # the small model, checked against the offline word list; or the list alone
            yield TurnUpdate(status="Reading your message in English…")
            translation = translate(self.services.llm, text)
            return Reading(translation.text if translation is not None and translation.ok else text, translation)
        mixed = read_mixed(text)  # "a maple in autumn, feuilles rouges": the foreign words read with the word list
        if mixed.read:
            said = "; ".join(f'"{typed}" as "{english}"' for typed, english in mixed.read)
            return Reading(mixed.text, note=f"read with the offline word list: {said}")
        return Reading(text)

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
        except (ValueError, OSError):
            # the file name is not repeated: it is user-controlled text
            raise TurnFailure(upload_problem(path) or f"{UPLOAD_INTRO}: the file is damaged.") from None
        upload_id = self.state.new_upload_id()
        record = ImageRecord(id=upload_id, parent=None, seed=None, width=image.width, height=image.height,
                             method=ImageMethod.UPLOAD.value, action="upload", turn=self.state.turn,
                             path=self._keep_upload(image))
        self.state.add(record, Scene(), (image.width, image.height), pixels=image)
        if isinstance(path, (str, Path)):
            self.state.upload_paths[upload_id] = str(path)
        self.state.make_current(upload_id)
        return record

    def _keep_upload(self, image) -> Optional[str]:
        """Save a validated copy of an upload beside the generated images (nothing is lost: the browser's temp file
        goes away, and the gallery shows uploads too). Engines without an outputs folder (--no-images) keep none."""
        config = self.engine.config
        outputs = config.outputs_dir if config is not None else None
        if not outputs:
            return None
        folder = Path(outputs) / "uploads"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"upload-{uuid.uuid4().hex[:12]}.png"
        image.save(path)
        return str(path)

    def _plan(self, text: str, has_upload: bool, original: Optional[str] = None) -> TurnPlan:
        """The router's decision, made a plan by the capable LLM (guarded) or by the rules. ``text`` is the message,
        or its English when ``original`` (another language) was translated."""
        context = self._route_context(has_upload)
        decision = route(text, context) if original in (None, text) else route_translated(original, text, context)
        state = self.state
        scene = state.scene_of(state.current_id) if state.current_id is not None else Scene()
        ctx = GuardContext(text=text, image_ids=[r.id for r in state.images], current_id=state.current_id,
                           has_upload=has_upload, scene=scene, rules_action=decision.action,
                           request_text=decision.text or text)
        return make_plan(decision, text, ctx, llm=self.services.llm, images=state.images, current=state.current,
                         history=state.history)

    def _route_context(self, has_upload: bool) -> RouteContext:
        words: set[str] = set()
        lettering = ""
        if self.state.current_id is not None:
            scene = self.state.scene_of(self.state.current_id)
            lettering = lettering_of(scene)
            for word in re.findall(r"[\w'-]+", " ".join([scene.subject, *scene.details]).lower()):
                word = word.strip("'")  # a word of single-quoted lettering ("'open'") is the word itself
                if word and word not in lexicon.STOPWORDS:
                    words.update({word, re.sub(r"(?:es|s)$", "", word)})
        users = [m["content"] for m in self.state.history if m["role"] == "user"]
        series = in_series(users)
        last_sentence = re.split(r"(?<=[.!?])\s+", users[-1].strip())[-1] if users else ""
        asked = bool(last_sentence) and who_is_not_described(last_sentence.lower()) is not None  # Easel asked who
        return RouteContext(has_current=self.state.current_id is not None, has_upload=has_upload,
                            image_count=len(self.state.images), last_batch=len(self.state.last_batch),
                            scene_words=words, series=series, asked_who=users[-1] if asked and users else "",
                            lettering=lettering, vague_request=self._vague_request(),
                            talked_about=bool(self.state.topic),
                            edited=self.state.current is not None and self.state.current.action == "edit",
                            swapped=self._swapped(users))

    def _swapped(self, users: list[str]) -> bool:
        """The picture on screen is an edit that put one thing in place of another ("make it a corgi instead")."""
        record = self.state.current
        return bool(record is not None and record.action == "edit" and users and record.turn == self.state.turn - 1
                    and (SWAP_SAID.search(users[-1]) or NOW_A_THING.match(users[-1].strip())))

    def _last_reply(self) -> str:
        return next((m["content"] for m in reversed(self.state.history) if m["role"] == "assistant"), "")

    def _vague_request(self) -> str:
        """The subject of the picture the last turn drew, when it named only a format ("a logo"), else ""."""
        record = self.state.current
        if record is None or record.action != Action.GENERATE.value or record.turn != self.state.turn - 1:
            return ""
        subject = self.state.scene_of(record.id).subject
        return subject if is_vague(subject) else ""

    def _pick(self, decision: TurnPlan) -> None:
        """"the second one is great, make it wide" / "what's in the original photo?": make that image current first."""
        if decision.action is Action.REVERT or not decision.target or self.state.current_id is None:
            return
        if decision.target == "original":
            record = self.state.current
            while record.parent and any(r.id == record.parent for r in self.state.images):
                record = self.state.get(record.parent)  # the root this picture was made from (an upload, or turn 1)
        else:
            record = find_target(self, decision.target)
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


def _failed_turn(err: Exception) -> TurnResult:
    """The turn's result when it raised: the user's message for a TurnFailure, "Stopped." when cancelled."""
    from imaging import Cancelled

    if isinstance(err, TurnFailure):
        return TurnResult(action=Action.CHAT, reply=str(err), error=str(err))
    if isinstance(err, Cancelled):
        return TurnResult(action=Action.CHAT, reply="Stopped.", error="cancelled")
    message = f"Sorry, that didn't work: {type(err).__name__}: {err}"
    return TurnResult(action=Action.CHAT, reply=message, error=message)
