"""Hostile inputs through the app's handlers: every one gets an answer in Easel's words, nothing leaks or breaks, and
the session keeps working afterwards.

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest tests/reliability/test_hostile_inputs.py -q
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from reliability_support import send
from hostile import HOSTILE_IDS, HOSTILE_TEXTS, hostile_uploads


def shown_text(handlers, key) -> str:
    from ui.render import render_chat

    session = handlers.store.get(key)
    return " ".join(part for message in render_chat(session) for part in
                    ([message["content"]] if isinstance(message["content"], str) else message["content"])
                    if isinstance(part, str))


def check_safe(handlers, turn: dict, key: str) -> None:
    """What any reply must be: valid UTF-8 JSON, no server path, the history readable, nothing remote rendered."""
    outputs = str(handlers.outputs.resolve())
    encoded = json.dumps(turn, ensure_ascii=False).encode("utf-8")
    assert outputs.encode() not in encoded, "a reply shows where the server keeps its files"
    history, _ = handlers.api_history(key)
    json.dumps(history, ensure_ascii=False).encode("utf-8")
    shown = shown_text(handlers, key)
    assert "<img" not in shown and "<script" not in shown and "<iframe" not in shown
    assert not re.search(r"(?<!\\)!\s*\[", shown), "a markdown image would be rendered"


def test_hostile_texts(handlers, figures):
    key = None
    answered = refused = 0
    for name, text in HOSTILE_TEXTS:
        turn, key = send(handlers, text, key=key)
        assert turn["reply"], name
        check_safe(handlers, turn, key)
        refused += bool(turn["error"])
        answered += 1
    turn, key = send(handlers, "draw a small red boat on a lake", key=key)
    assert turn["error"] is None and len(turn["images"]) == 1, "the session still draws"
    figures["hostile texts"] = {"tried": len(HOSTILE_TEXTS), "answered": answered, "refused with a message": refused}


def test_hostile_uploads(handlers, figures, tmp_path):
    key = None
    refused = 0
    uploads = hostile_uploads(tmp_path / "uploads")
    for name, path, words in uploads:
        turn, key = send(handlers, "make this a watercolor", [path], key=key)
        check_safe(handlers, turn, key)
        if words:
            assert turn["error"] and words in turn["reply"], (name, turn["reply"])
            assert turn["reply"].startswith("The uploaded file could not be used as a picture"), name
            assert path.stem not in turn["reply"] and "the file file" not in turn["reply"], name
            refused += 1
        else:
            assert turn["error"] is None, (name, turn["reply"])
    turn, key = send(handlers, "draw a lighthouse", key=key)
    assert turn["error"] is None and len(turn["images"]) == 1
    figures["hostile uploads"] = {"tried": len(uploads), "refused with Easel's message": refused,
                                  "accepted (odd but valid)": len(uploads) - refused}


def test_hostile_ids(handlers, figures):
    import gradio as gr

    turn, key = send(handlers, "draw a kite")
    for name, image_id in HOSTILE_IDS:
        with pytest.raises(gr.Error) as refused:
            handlers.select_image(image_id, key)
        assert "No image" in str(refused.value) and len(str(refused.value)) < 200, name
    for bad_key in ("../../etc/passwd", "x" * 10_000, "short"):
        with pytest.raises(ValueError):
            handlers.store.open(bad_key)
        assert handlers.store.get(bad_key) is None
    record, _ = handlers.select_image(turn["images"][0]["id"], key)
    assert record["id"] == "img-1"
    figures["hostile ids"] = {"tried": len(HOSTILE_IDS) + 3, "refused": len(HOSTILE_IDS) + 3}


def test_a_served_app_refuses_paths_outside_its_pictures(tmp_path, figures):
    """Over HTTP: the sessions folder, the browser secret and files outside outputs/ are never served."""
    import urllib.error
    import urllib.request

    from test_app_support import running_app

    sessions = tmp_path / "sessions"
    with running_app(sessions) as (demo, url):
        from gradio_client import Client

        Client(url, verbose=False).predict("draw a house", [], api_name="/send")
        targets = [sessions / ".browser-secret", *sessions.glob("*.json"), Path("/etc/passwd"),
                   Path(__file__).resolve()]
        for path in targets:
            with pytest.raises(urllib.error.HTTPError) as refused:
                urllib.request.urlopen(f"{url}gradio_api/file={path}", timeout=10)
            assert refused.value.code in (403, 404), path
    figures["file URLs refused"] = len(targets)
