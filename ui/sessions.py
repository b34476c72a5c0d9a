"""Server-side sessions of the chat: each browser or API client's Conversation, kept as JSON on disk.

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest tests/test_app_units.py -q

The browser keeps only a random session key (gr.BrowserState, encrypted with a secret stored beside the sessions);
the server files the session under <sessions>/<key>.json after every turn. A bounded number of sessions stay in
memory for instant reloads; older ones are evicted (their pixels freed) and read back from disk when they return.
"""
from __future__ import annotations

import dataclasses
import json
import logging
import os
import re
import secrets
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional, Sequence

from chat.conversation import Conversation
from chat.services import Services
from chat.types import TurnResult

logger = logging.getLogger("easel.app")

SESSION_KEY_RE = re.compile(r"^[A-Za-z0-9_-]{20,64}$")  # what new_session_key() makes; anything else is ignored


@dataclass
class StoreConfig:
    live_sessions: int = 64  # conversations kept in memory for instant reloads; older ones come back from disk


def new_session_key() -> str:
    return secrets.token_urlsafe(24)


def is_session_key(key: Any) -> bool:
    return isinstance(key, str) and SESSION_KEY_RE.match(key) is not None


@dataclass
class Session:
    """One browser (or API client) session: its conversation and what the chat shows."""

    key: str  # random; the browser keeps it (gr.BrowserState), the server files the session under it
    conversation: Conversation
    transcript: list[dict] = field(default_factory=list)  # one entry per turn, see turn_entry()
    # one turn at a time per session (two tabs of one browser share it; --concurrency > 1 could run both)
    turn_lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    def to_dict(self) -> dict:
        return {"version": 1, "conversation": self.conversation.to_dict(), "transcript": self.transcript}


class SessionStore:
    """Server-side home of the sessions: recent ones live in memory, every one as JSON on disk.

    gradio's per-session gr.State holds only the key (a string: gradio deep-copies state values, and a Conversation
    holds the shared models)."""

    def __init__(self, services: Services, directory: str | Path, config: Optional[StoreConfig] = None):
        self.services = services
        self.directory = Path(directory)
        self.config = config or StoreConfig()
        self._live: OrderedDict[str, Session] = OrderedDict()
        self._lock = threading.Lock()

    def path_for(self, key: str) -> Path:
        if not is_session_key(key):
            raise ValueError(f"bad session key {str(key)[:40]!r}")
        return self.directory / f"{key}.json"

    def browser_secret(self) -> str:
        """Encryption secret of gr.BrowserState, kept on disk so keys stay readable after a server restart."""
        self.directory.mkdir(parents=True, exist_ok=True)
        secret_file = self.directory / ".browser-secret"
        if not secret_file.exists():
            secret_file.write_text(secrets.token_urlsafe(32))
            secret_file.chmod(0o600)
        return secret_file.read_text().strip()

    def live_keys(self) -> list[str]:
        with self._lock:
            return list(self._live)

    def get(self, key: Optional[str]) -> Optional[Session]:
        """The session filed under key: live in memory, else read back from disk; None when there is none."""
        if not is_session_key(key):
            return None
        with self._lock:
            if key in self._live:
                self._live.move_to_end(key)
                return self._live[key]
        path = self.path_for(key)
        if not path.exists():
            return None
        data = json.loads(path.read_text(encoding="utf-8"))
        session = Session(key, Conversation.from_dict(data["conversation"], self.services), data.get("transcript", []))
        return self._remember(session)

    def open(self, key: Optional[str]) -> Session:
        """The session for key, a new empty one if there is none yet (or the key is missing)."""
        if key is None:
            key = new_session_key()
        session = self.get(key)
        if session is None:
            if not is_session_key(key):
                raise ValueError(f"bad session key {str(key)[:40]!r}")
            session = self._remember(Session(key, Conversation(self.services)))
        return session

    def save(self, session: Session) -> None:
        path = self.path_for(session.key)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".json.tmp")
        tmp.write_text(json.dumps(session.to_dict(), default=_json_default), encoding="utf-8")
        os.replace(tmp, path)  # atomic: a reload never reads half a file

    def close(self, key: Optional[str]) -> None:
        """Forget a session in memory ("New chat"): its pixels are freed; its file stays for the record."""
        with self._lock:
            session = self._live.get(key) if isinstance(key, str) else None
            if session is None or session.turn_lock.locked():
                return  # a turn still running keeps its session until it ends
            del self._live[key]
        session.conversation.state.release_pixels()

    def _remember(self, session: Session) -> Session:
        evicted = []
        with self._lock:
            existing = self._live.setdefault(session.key, session)  # two loads at once keep one object
            self._live.move_to_end(session.key)
            for key in list(self._live):
                if len(self._live) <= self.config.live_sessions:
                    break
                if key != session.key and not self._live[key].turn_lock.locked():  # never one mid-turn
                    evicted.append(self._live.pop(key))
        for old in evicted:  # every finished turn was saved: the file has all of it
            old.conversation.state.release_pixels()
        return existing


def _json_default(value: Any) -> Any:
    if dataclasses.is_dataclass(value):
        return dataclasses.asdict(value)
    if isinstance(value, Path):
        return str(value)
    if hasattr(value, "value"):  # str enums
        return value.value
    raise TypeError(f"not JSON-serialisable: {type(value).__name__}")


def turn_entry(text: str, files: Sequence[str], result: TurnResult) -> dict:
    """What the chat needs to show one finished turn (JSON-safe, persisted with the session)."""
    return {
        "text": text,
        "files": list(files),
        "action": getattr(result.action, "value", result.action),
        "reply": result.reply,
        "error": result.error,
        "prompt": result.prompt,
        "negative_prompt": result.negative_prompt,
        "method": getattr(result.method, "value", result.method),
        "source": result.source,
        "notes": list(result.notes),
        "images": [image.to_dict() for image in result.images],
    }


def api_view(value: Any, outputs: Optional[Path] = None) -> Any:
    """A JSON value for API clients. Image records say "file" (gradio_client takes any dict with a "path" key for a
    file to download), given relative to the outputs folder: a reply never shows where the server keeps its files."""
    if isinstance(value, dict):
        return {("file" if key == "path" else key): (_public_path(item, outputs) if key == "path"
                                                     else api_view(item, outputs))
                for key, item in value.items()}
    if isinstance(value, list):
        return [api_view(item, outputs) for item in value]
    return value


def _public_path(path: Any, outputs: Optional[Path]) -> Any:
    if not isinstance(path, str) or not path:
        return path
    if outputs is not None:
        try:
            return Path(path).resolve().relative_to(outputs.resolve()).as_posix()
        except ValueError:
            pass
    return Path(path).name  # outside the outputs folder: its name only
