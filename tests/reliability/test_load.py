"""Many users at once: 16 gradio clients talk to one app at the same time, each for several turns.

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest tests/reliability/test_load.py -q                 # 16 x 3 turns
    EASEL_RELIABILITY=full HF_HUB_OFFLINE=1 .venv/bin/python -m pytest tests/reliability/test_load.py -q  # 16 x 10

Checks: no turn lost (each history has every message, in order), no leak between sessions (no other session's subject,
no shared image file), every image on disk with its metadata, and the server's memory before and after.
"""
from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from reliability_support import FULL, rss_mb

SESSIONS = 16
TURNS = 10 if FULL else 3
SUBJECTS = ["fox", "owl", "whale", "tiger", "otter", "heron", "camel", "panda", "koala", "lynx", "moose", "bison",
            "gecko", "walrus", "toucan", "badger"]
SCRIPT = ["draw a {s} in a meadow", "make it night", "make it snowy", "thanks, that's lovely", "make it sunny",
          "draw a {s} on a beach", "make it a watercolor", "show me 2 variations", "undo", "make it foggy"]

pytestmark = pytest.mark.slow


def converse(url: str, subject: str, turns: int) -> dict:
    from gradio_client import Client

    client = Client(url, verbose=False)
    sent = []
    for index in range(turns):
        text = SCRIPT[index % len(SCRIPT)].format(s=subject)
        client.predict(text, [], api_name="/send")
        sent.append(text)
    return {"sent": sent, "history": client.predict(api_name="/history")}


def wait_for_files(paths: list[Path], timeout: float = 30) -> list[Path]:
    """The images not on disk after `timeout` seconds (PNGs are written in the background)."""
    deadline = time.time() + timeout
    while time.time() < deadline and not all(path.is_file() for path in paths):
        time.sleep(0.2)
    return [path for path in paths if not path.is_file()]


def test_sixteen_sessions_at_once(tmp_path, figures):
    from imaging import read_metadata
    from test_app_support import app_options, running_app

    outputs = Path(app_options().outputs)
    with running_app(tmp_path / "sessions", concurrency_limit=2) as (demo, url):
        converse(url, "warm-up", len(SCRIPT))  # lazy loads (captioner, embeddings) happen before "before"
        rss_before = rss_mb()
        started = time.time()
        with ThreadPoolExecutor(max_workers=SESSIONS) as pool:
            futures = {s: pool.submit(converse, url, s, TURNS) for s in SUBJECTS[:SESSIONS]}
            seen = {s: future.result(timeout=900) for s, future in futures.items()}
        elapsed = time.time() - started
        rss_after = rss_mb()

    lost = errors = leaks = 0
    files: dict[str, set] = {}
    for subject, view in seen.items():
        turns = view["history"]["turns"]
        lost += len(view["sent"]) - len(turns)
        assert [turn["text"] for turn in turns] == view["sent"], subject
        errors += sum(1 for turn in turns if turn["error"])
        others = [other for other in SUBJECTS if other != subject]
        words = " ".join(turn["text"] + " " + (turn["reply"] or "") for turn in turns)
        words += " ".join(image.get("prompt") or "" for image in view["history"]["images"])
        leaks += sum(1 for other in others if other in words)
        files[subject] = {image["file"] for image in view["history"]["images"] if image.get("file")}
    shared = sum(len(files[a] & files[b]) for a in files for b in files if a < b)
    every_file = [outputs / name for names in files.values() for name in names]
    missing = wait_for_files(every_file)
    without_metadata = [path for path in every_file if path.suffix == ".png" and path not in missing
                        and not read_metadata(path).get("request")]
    figures["load"] = {"sessions": SESSIONS, "turns each": TURNS, "turns answered": SESSIONS * TURNS - lost,
                       "turn errors": errors, "lost turns": lost, "cross-session leaks": leaks + shared,
                       "images": len(every_file), "missing on disk": len(missing),
                       "without metadata": len(without_metadata), "seconds": round(elapsed, 1),
                       "server RSS MB before/after": [round(rss_before), round(rss_after)]}
    assert lost == 0 and errors == 0 and leaks == 0 and shared == 0
    assert missing == [] and without_metadata == []
    assert rss_after - rss_before < 600, "memory grew by more than 600 MB for a few hundred small pictures"
