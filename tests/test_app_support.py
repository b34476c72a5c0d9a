"""Helpers for the app tests (test_app.py, test_app_sessions.py, test_browser.py); holds no tests itself.

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest tests/test_app.py tests/test_app_sessions.py tests/test_browser.py -q

One `Services` per process (the demo image model, a cheap LLM) like the real app has one per server; each test module
launches its own app on a free loopback port with its own sessions folder.
"""
from __future__ import annotations

import contextlib
import os
import socket
import tempfile
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")  # no test may touch the network
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

from PIL import Image  # noqa: E402

_SERVICES = None
_OUTPUTS = None


def cheap_llm():
    """A ScriptedLLM: the app tests check wiring, not the LLM's words (the embedded Gemma is tested elsewhere)."""
    from fakes import ScriptedLLM

    return ScriptedLLM(default="Happy to help: tell me what to draw.")


def shared_services():
    """The process-wide services of the app tests: demo image model (no hub), scripted LLM."""
    global _SERVICES, _OUTPUTS
    if _SERVICES is None:
        from chat.options import AppOptions
        from chat.services import assemble_services, load_engine

        _OUTPUTS = tempfile.mkdtemp(prefix="easel-app-tests-")
        notices: list[str] = []
        options = AppOptions(image_model="demo", outputs=_OUTPUTS, offline=True)
        engine = load_engine(options, notices)
        _SERVICES = assemble_services(cheap_llm(), engine, options, notices)
    return _SERVICES


def app_options():
    from chat.options import AppOptions

    shared_services()
    return AppOptions(image_model="demo", outputs=_OUTPUTS, offline=True)


def free_port() -> int:
    with contextlib.closing(socket.socket(socket.AF_INET, socket.SOCK_STREAM)) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def running_app(sessions_dir: Path, **build_kwargs):
    """build_app + launch on 127.0.0.1:<free port>; yields (demo, url)."""
    import app

    demo = app.build_app(shared_services(), app_options(), sessions_dir=sessions_dir, **build_kwargs)
    port = free_port()
    app.launch_app(demo, app_options(), server_name="127.0.0.1", server_port=port, prevent_thread_lock=True,
                   quiet=True)
    try:
        yield demo, f"http://127.0.0.1:{port}/"
    finally:
        demo.close()


def make_photo(path: Path, size=(96, 72), colour=(200, 120, 40)) -> Path:
    """A small real PNG (a coloured square on a plain background) to upload."""
    image = Image.new("RGB", size, (235, 235, 235))
    w, h = size
    image.paste(Image.new("RGB", (w // 2, h // 2), colour), (w // 4, h // 4))
    image.save(path)
    return path
