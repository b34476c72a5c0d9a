"""The chat's event handlers, one method each, on a small class that app.py wires to Gradio events.

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest tests/test_app_units.py -q

Each handler gets the session key from gradio's per-session gr.State and returns it as its last output: a page gets
its key at load (restored from the browser), an API client gets one at its first call. Everything that comes in is
checked first (chat.input_checks): text repaired to valid Unicode, unreadable text and bad uploads refused with a
clear message, image ids checked by shape.
"""
from __future__ import annotations

import dataclasses
import logging
import time
from pathlib import Path
from typing import Any, Iterator, Optional, Sequence

from chat.input_checks import clean_text, image_id_problem, text_problem, upload_problem
from chat.services import Services
from chat.state import return_freed_memory
from chat.types import Action, TurnResult, TurnUpdate
from ui.render import (current_index, current_path, gallery_items, preview_html, render_chat, shown_images,
                       user_message)
from ui.sessions import Session, SessionStore, api_view, new_session_key, turn_entry

logger = logging.getLogger("easel.app")

SIZE_CHOICES = [  # (label, aspect ratio width/height or None for "let the model / the words decide")
    ("Model default", None),
    ("Square 1:1", 1.0),
    ("Landscape 3:2", 3 / 2),
    ("Portrait 2:3", 2 / 3),
    ("Wide 16:9", 16 / 9),
    ("Tall 9:16", 9 / 16),
]
PROGRESS_LOG_S = 5.0  # a long render logs its progress to the terminal at most this often
SAVE_WAIT_S = 10.0  # the chat waits at most this long for a turn's PNGs (written in the background) to be on disk


def size_for(choice: Optional[str], services: Services) -> tuple[Optional[int], Optional[int]]:
    """Width and height for a size choice: the model's native pixel count at that aspect ratio, snapped."""
    ratio = dict(SIZE_CHOICES).get(choice)
    if ratio is None:
        return None, None
    from imaging.sizing import native_size_at  # imaging is loaded by now; keep app import light

    return native_size_at(services.engine.preset, ratio)


def chat_settings(services: Services, rewrite: bool, steps: float, size: str, lock_seed: bool, seed: Any) -> dict:
    """The settings panel's values as ChatSettings fields (applied to the session's settings for the next turn)."""
    width, height = size_for(size, services)
    return dict(
        rewrite=bool(rewrite),
        seed=int(seed) if lock_seed and seed is not None and seed != "" else None,
        steps=int(steps) if steps else None,  # 0 = the model's default
        width=width,
        height=height,
    )


def message_parts(message: Any) -> tuple[str, list[str]]:
    """The text and file paths of a MultimodalTextbox value (or of the API's text and files)."""
    message = message if isinstance(message, dict) else {}
    return clean_text(message.get("text")).strip(), file_paths(message.get("files"))


def file_paths(files: Any) -> list[str]:
    paths = [f if isinstance(f, str) else f.get("path") if isinstance(f, dict) else None for f in files or []]
    return [path for path in paths if isinstance(path, str)]


def input_problem(text: str, files: Sequence[str]) -> Optional[str]:
    """The first thing wrong with a message before the brain sees it (unreadable text, an unusable upload)."""
    return text_problem(text) or next((problem for path in files if (problem := upload_problem(path))), None)


def wait_for_files(entry: dict, timeout: float = SAVE_WAIT_S) -> bool:
    """Wait (briefly) until the turn's PNGs, written in the background, are on disk: the chat can only show a file.
    False when one is still missing (a full disk: the chat then says so)."""
    paths = [Path(image["path"]) for image in entry.get("images", []) if image.get("path")]
    deadline = time.monotonic() + timeout
    while not all(path.is_file() for path in paths):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.02)
    return True


class ProgressLog:
    """A terminal line now and then while a turn works (a render takes minutes on a CPU)."""

    def __init__(self, key: str, every_s: float = PROGRESS_LOG_S):
        self.key, self.every_s = key[:6], every_s
        self.started = self.last = time.monotonic()

    def update(self, status: Optional[str]) -> None:
        now = time.monotonic()
        if status and now - self.last >= self.every_s:
            self.last = now
            logger.info("session %s… %s (%.0f s)", self.key, status, now - self.started)

    def done(self, entry: dict) -> None:
        images = len(entry.get("images") or [])
        logger.info("session %s… turn done in %.1f s: %s%s", self.key, time.monotonic() - self.started,
                    entry.get("action"), f", {images} image(s)" if images else "")


class ChatHandlers:
    """Every event of the chat page and its API; gradio passes each session's key, the store has the session."""

    def __init__(self, services: Services, store: SessionStore, outputs: Path):
        self.services, self.store, self.outputs = services, store, Path(outputs)

    # ----- showing a session

    def outputs_for(self, session: Session, status: str = "") -> tuple:
        import gradio as gr

        path = current_path(session)
        return (
            render_chat(session),
            status,
            gr.Gallery(value=gallery_items(session), selected_index=current_index(session)),
            gr.DownloadButton(value=path, interactive=path is not None),
        )

    def restore_session(self, stored_key: Optional[str], key: Optional[str]):
        """Page load: the conversation this browser had (a reload), else a new one."""
        import gradio as gr

        session, notice = None, ""
        try:
            session = self.store.get(stored_key)
        except Exception as error:  # corrupt or incompatible file: start afresh but say so
            logger.exception("could not restore session %s…", str(stored_key)[:6])
            notice = f"Could not restore your previous conversation ({type(error).__name__}); starting a new one."
            gr.Warning(notice)
        if session is None:
            session = self.store.open(key)
        return (session.key, session.key, *self.outputs_for(session, notice))

    def new_chat(self, key: Optional[str] = None):
        """A fresh conversation; the old one is saved on disk and its memory freed."""
        self.store.close(key)
        session = self.store.open(new_session_key())
        return (session.key, session.key, *self.outputs_for(session, "New conversation."))

    # ----- one turn

    def run_turn(self, session: Session, text: str, files: Sequence[str], settings: dict) -> Iterator[Any]:
        """Streams TurnUpdates while the brain works; the last item is the finished turn's entry."""
        with session.turn_lock:
            progress = ProgressLog(session.key)
            result: Optional[TurnResult] = None
            problem = input_problem(text, files)
            if problem:
                result = TurnResult(action=Action.CHAT, reply=problem, error=problem)
            else:
                session.conversation.settings = dataclasses.replace(session.conversation.settings, **settings)
                for item in session.conversation.stream(text, files):
                    if isinstance(item, TurnUpdate):
                        progress.update(item.status)
                        yield item
                    else:
                        result = item
            if result is None:  # the brain promises a TurnResult last; say so plainly if it did not
                reply = "Something went wrong: no answer came back."
                result = TurnResult(action=Action.CHAT, reply=reply, error=reply)
            entry = turn_entry(text, files, result)
            session.transcript.append(entry)
            self._save(session)
            progress.done(entry)
        if files:  # decoding an upload freed big buffers into the middle of the heap: hand them back
            return_freed_memory()
        yield entry

    def _save(self, session: Session) -> None:
        import gradio as gr

        try:
            self.store.save(session)
        except OSError as error:
            logger.error("could not save session %s…: %s", session.key[:6], error)
            gr.Warning(f"Could not save the conversation for page reloads ({error.strerror or error}).")

    def chat(self, message: Optional[dict], key: Optional[str], rewrite, steps, size, lock_seed, seed):
        """The chat box's submit: stream the status into the chat, then show the reply, images and details."""
        import gradio as gr

        session = self.store.open(key)
        text, files = message_parts(message)
        settings = chat_settings(self.services, rewrite, steps, size, lock_seed, seed)
        shown = render_chat(session) + [user_message(text, files, accepted=True)]
        yield (shown, gr.MultimodalTextbox(value=None, interactive=False), "Thinking…", gr.skip(), gr.skip(),
               session.key)
        preview = ""
        for item in self.run_turn(session, text, files, settings):
            if isinstance(item, TurnUpdate):
                status = item.status or "Working…"
                preview = preview_html(item.preview) if item.preview is not None else preview
                pending = {"role": "assistant", "content": item.text or f"*{status}*" + preview}
                yield (shown + [pending], gr.skip(), status, gr.skip(), gr.skip(), gr.skip())
            else:
                if item.get("error"):
                    gr.Warning(item["reply"] or item["error"])
                wait_for_files(item)
                chat_messages, status, gallery, download = self.outputs_for(session, "")
                yield (chat_messages, gr.skip(), status, gallery, download, gr.skip())

    # ----- the API (gradio_client)

    def api_send(self, text: str, files: Optional[list], key: Optional[str], rewrite, steps, size, lock_seed, seed):
        """API: one message (text + optional image files) -> (the turn as JSON, its images)."""
        session = self.store.open(key)
        settings = chat_settings(self.services, rewrite, steps, size, lock_seed, seed)
        entry: dict = {}
        for item in self.run_turn(session, clean_text(text).strip(), file_paths(files), settings):
            if isinstance(item, dict):
                entry = item
        images = [(image["path"], image["id"]) for image in entry.get("images", []) if image.get("path")]
        return api_view(entry, self.outputs), images, session.key

    def api_history(self, key: Optional[str]):
        """API: this session's turns and images (nothing from other sessions)."""
        session = self.store.open(key)
        current = session.conversation.current
        history = {
            "turns": session.transcript,
            "images": [record.to_dict() for record in session.conversation.images],
            "current": current.id if current is not None else None,
        }
        return api_view(history, self.outputs), session.key

    def select_image(self, image_id: Any, key: Optional[str]):
        """API: make an earlier image of this session current."""
        import gradio as gr

        session = self.store.open(key)
        image_id = clean_text(image_id).strip()
        problem = image_id_problem(image_id)
        if problem is None and not any(record.id == image_id for record in session.conversation.images):
            problem = f"No image {image_id!r} in this conversation."
        if problem:
            raise gr.Error(problem, print_exception=False)
        record = session.conversation.select(image_id)
        self._save(session)
        return api_view(record.to_dict(), self.outputs), session.key

    # ----- the page's other events

    def on_gallery_select(self, key: Optional[str], event: Any):
        session = self.store.open(key)
        shown = shown_images(session)
        if not isinstance(event.index, int) or not 0 <= event.index < len(shown):
            return self.outputs_for(session, "")
        record = session.conversation.select(shown[event.index].id)
        self._save(session)
        return self.outputs_for(session, f"Now working on **{record.id}**: your next message changes this one.")

    def stop(self, key: Optional[str]):
        session = self.store.get(key)
        if session is not None:
            session.conversation.cancel()
        return "Stopping…"

    def fill_seed(self, lock_seed: bool, key: Optional[str]):
        """Locking the seed keeps the current image's seed, so later pictures vary only by the words."""
        import gradio as gr

        session = self.store.get(key)
        current = session.conversation.current if session is not None else None
        if not lock_seed or current is None or current.seed is None:
            return gr.skip()
        return current.seed

    @staticmethod
    def unlock_input():
        import gradio as gr

        return gr.MultimodalTextbox(interactive=True)
