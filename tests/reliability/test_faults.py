"""Faults: the server killed (kill -9) in the middle of a turn, then restarted; the disk full or read-only mid-run.

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest tests/reliability/test_faults.py -q

After a kill every finished turn is still on disk (the session JSON whole, each image a complete PNG with its
metadata) and the restarted server goes on; a full or read-only disk gives a clear message and the session keeps
working once the disk is back.
"""
from __future__ import annotations

import errno
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PIL import Image

from reliability_support import send

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


def start_server(outputs: Path, sessions: Path, log: Path) -> tuple[subprocess.Popen, str]:
    from test_app_support import free_port

    port = free_port()
    process = subprocess.Popen([sys.executable, str(Path(__file__).with_name("serve.py")), "--outputs", str(outputs),
                                "--sessions", str(sessions), "--port", str(port)], cwd=ROOT,
                               stdout=log.open("w"), stderr=subprocess.STDOUT, env={**os.environ, "HF_HUB_OFFLINE": "1"})
    deadline = time.time() + 180
    while "EASEL READY" not in log.read_text():
        assert process.poll() is None, log.read_text()[-3000:]
        assert time.time() < deadline, "the server did not start"
        time.sleep(0.3)
    return process, f"http://127.0.0.1:{port}/"


def check_on_disk(outputs: Path, sessions: Path) -> dict:
    """Every session file whole, every image it names a complete PNG with metadata; returns counts."""
    from imaging import read_metadata

    counts = {"sessions": 0, "turns": 0, "images": 0}
    for path in sessions.glob("*.json"):
        data = json.loads(path.read_text(encoding="utf-8"))  # never half a file
        counts["sessions"] += 1
        counts["turns"] += len(data["transcript"])
        for record in data["conversation"]["state"]["images"]:
            if record.get("path"):
                with Image.open(record["path"]) as image:
                    image.load()  # complete, not truncated
                assert read_metadata(record["path"]).get("request") or record["method"] == "upload"
                counts["images"] += 1
    empty = [p for p in outputs.rglob("*.png") if p.stat().st_size == 0]
    assert empty == [], f"empty PNGs left behind: {empty}"
    return counts


def test_kill_mid_turn_then_restart(tmp_path, figures):
    from gradio_client import Client

    outputs, sessions, log = tmp_path / "out", tmp_path / "out" / "sessions", tmp_path / "server.log"
    process, url = start_server(outputs, sessions, log)
    try:
        client = Client(url, verbose=False)
        for text in ("draw a red fox in the snow", "make it night"):
            turn, _ = client.predict(text, [], api_name="/send")
            assert turn["error"] is None
        job = client.submit({"text": "draw a castle on a hill", "files": []}, True, 50, "Model default", False, 0,
                            api_name="/chat")
        deadline = time.time() + 60
        while not any(str(out[2]).startswith("Drawing… step") for out in job.outputs()):
            assert time.time() < deadline, "no drawing progress"
            time.sleep(0.02)
        process.send_signal(signal.SIGKILL)  # mid-render, mid-turn
        process.wait(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
    (session_file,) = sessions.glob("*.json")
    key = session_file.stem
    before = check_on_disk(outputs, sessions)
    # both finished turns are on disk; the tiny demo can finish the third between its first step and the kill (then
    # that one is whole too): a killed turn leaves no half-written turn either way
    assert before["turns"] in (2, 3), "the finished turns are on disk"

    process, url = start_server(outputs, sessions, tmp_path / "restarted.log")
    try:
        from test_app_support import shared_services
        from ui.handlers import ChatHandlers
        from ui.sessions import SessionStore

        restored = ChatHandlers(shared_services(), SessionStore(shared_services(), sessions), outputs)
        _, _, messages, *_ = restored.restore_session(key, None)  # what a reloaded page shows
        assert len(messages) == 2 * before["turns"] and "fox" in json.dumps(messages)
        turn, _ = Client(url, verbose=False).predict("draw a lighthouse", [], api_name="/send")
        assert turn["error"] is None, "the restarted server draws"
    finally:
        process.kill()
        process.wait(timeout=30)
    figures["kill -9 mid-turn"] = {"finished turns kept": before["turns"], "images intact": before["images"],
                                   "restart": "ok", "session restored": True}


def _failing(error: int):
    def fail(*args, **kwargs):
        raise OSError(error, os.strerror(error))
    return fail


@pytest.mark.parametrize("error", [errno.ENOSPC, errno.EROFS], ids=["disk-full", "read-only"])
def test_disk_full_or_read_only_mid_run(handlers, monkeypatch, figures, error):
    turn, key = send(handlers, "draw a small red boat")
    assert turn["error"] is None
    with monkeypatch.context() as broken:  # every file write fails as on a full (or read-only) disk
        broken.setattr(Image.Image, "save", _failing(error))
        broken.setattr(Path, "write_text", _failing(error))
        broken.setattr(Path, "write_bytes", _failing(error))
        turn, _ = send(handlers, "make it night", key=key)
        handlers.services.engine.flush(timeout=30)
    assert turn["reply"], "the turn still answers"
    from ui.render import render_chat

    shown = json.dumps(render_chat(handlers.store.get(key)))
    assert "is not on disk: it could not be saved" in shown, "the chat says the picture was not saved"
    turn, _ = send(handlers, "make it sunny", key=key)  # the disk is back: the session goes on
    assert turn["error"] is None and len(turn["images"]) == 1
    history, _ = handlers.api_history(key)
    assert [t["text"] for t in history["turns"]][-2:] == ["make it night", "make it sunny"]
    outputs = handlers.outputs
    assert [p for p in outputs.rglob("*.png") if p.stat().st_size == 0] == [], "no empty PNG left behind"
    figures.setdefault("disk faults survived", []).append(os.strerror(error))
