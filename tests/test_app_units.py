"""The app's parts without a server: input checks, rendering, handlers, the session store, pixel cache, start-up.

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest tests/test_app_units.py -q
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import zlib
from dataclasses import replace
from pathlib import Path

import pytest
from PIL import Image

from test_app_support import app_options, make_photo, shared_services

ROOT = Path(__file__).resolve().parents[1]


# ------------------------------------------------------------------------------------------ text and ids


def test_clean_text_makes_valid_unicode():
    from chat.input_checks import clean_text

    assert clean_text("a\ud800b") == "a\ufffdb"  # a lone surrogate can't be encoded: replaced
    assert clean_text("\ud83d\ude00") == "😀"  # a pair sent as two escapes is its character
    assert clean_text("nul\x00here") == "nulhere"
    assert clean_text("cafe\u0301") == "café"  # NFC
    assert clean_text(None) == "" and clean_text(42) == ""
    clean_text("x\udfff").encode("utf-8")  # never raises


def test_mostly_unreadable_text_is_refused_but_real_text_is_not():
    from chat.input_checks import text_problem

    garbage = bytes(range(256)).decode("latin-1") * 4  # 1,024 characters of binary data
    assert "unreadable" in text_problem(garbage)
    assert text_problem(os.urandom(1000).decode("utf-8", "replace"))
    for fine in ("draw a cat", "ارسم قطة على الشاطئ", "猫を描いて 🐱", "a family 👨‍👩‍👧 at the beach", "tab\tand\nnewline",
                 "one stray \x07 bell in a long enough sentence"):
        assert text_problem(fine) is None, fine


def test_image_ids_are_checked_by_shape_and_never_echoed_in_full():
    from chat.input_checks import image_id_problem

    assert image_id_problem("img-3") is None and image_id_problem("upload-12") is None
    for bad in ("img-999999999", "../img-1", "x" * 100_000, "", "img-1\n", None, 5):
        problem = image_id_problem(bad)
        assert problem and len(problem) < 160, bad


# ------------------------------------------------------------------------------------------ uploads


def _png_bytes(size=(64, 64)) -> bytes:
    import io

    buffer = io.BytesIO()
    Image.new("RGB", size, (10, 200, 30)).save(buffer, "PNG")
    return buffer.getvalue()


def _bomb_png(path: Path, width=30_000, height=30_000) -> Path:
    """A valid PNG header claiming 900 megapixels (a few hundred bytes on disk)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return len(data).to_bytes(4, "big") + kind + data + zlib.crc32(kind + data).to_bytes(4, "big")

    header = width.to_bytes(4, "big") + height.to_bytes(4, "big") + bytes([8, 2, 0, 0, 0])
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0" * 100))
                     + chunk(b"IEND", b""))
    return path


def test_one_clear_upload_message_per_failure_kind(tmp_path):
    from chat.input_checks import upload_problem

    good = make_photo(tmp_path / "image.png")
    assert upload_problem(good) is None
    truncated = tmp_path / "image-2.png"
    truncated.write_bytes(_png_bytes((400, 300))[:200])
    text = tmp_path / "qx-notes.png"
    text.write_text("not a picture at all")
    empty = tmp_path / "qx-nothing.png"
    empty.write_bytes(b"")
    huge = tmp_path / "qx-huge.png"
    Image.new("RGB", (8_200, 6_100)).save(huge)
    cases = {
        truncated: "cut short (truncated)",
        text: "not an image Easel can read",
        empty: "the file is empty",
        huge: "megapixels; the limit is 40 megapixels",
        _bomb_png(tmp_path / "qx-bomb.png"): "decompression bomb",
        tmp_path / "qx-missing.png": "did not arrive",
    }
    for path, words in cases.items():
        message = upload_problem(path)
        assert message and words in message, (path.name, message)
        assert message.startswith("The uploaded file could not be used as a picture")
        assert path.stem not in message.replace("image", "") and "the file file" not in message  # no garbling
        assert str(tmp_path) not in message


# ------------------------------------------------------------------------------------------ rendering


def test_messages_never_load_remote_images():
    from ui.render import assistant_message, user_message

    hostile = ('look ![x](http://example.com/a.png) and <img src="http://example.com/b.png"> '
               '![ref][1]\n\n[1]: http://example.com/c.png <iframe src="http://example.com"></iframe>')
    user = user_message(hostile, [], accepted=True)["content"][0]
    reply = assistant_message({"reply": hostile, "images": [], "notes": []})["content"][0]
    for text in (user, reply):
        assert "<img" not in text and "<iframe" not in text
        assert "![" not in text.replace("\\![", "")  # every markdown image is escaped into a link
        assert "example.com/a.png" in text  # the words are kept, as text


# ------------------------------------------------------------------------------------------ handlers


@pytest.fixture
def handlers(tmp_path):
    from ui.handlers import ChatHandlers
    from ui.sessions import SessionStore

    services = shared_services()
    return ChatHandlers(services, SessionStore(services, tmp_path / "sessions"), Path(app_options().outputs))


def _send(handlers, text, files=(), key=None):
    turn, images, key = handlers.api_send(text, list(files), key, True, 0, "Model default", False, 0)
    return turn, key


def test_a_lone_surrogate_is_repaired_and_history_still_works(handlers):
    turn, key = _send(handlers, "draw a cat \ud800 on a mat")
    assert turn["text"] == "draw a cat \ufffd on a mat" and turn["error"] is None
    history, _ = handlers.api_history(key)
    json.dumps(history).encode("utf-8")  # what gradio sends: valid UTF-8
    saved = handlers.store.path_for(key).read_bytes().decode("utf-8")
    assert "\\ud800" not in saved


def test_binary_garbage_is_refused_with_a_clear_message_and_the_session_goes_on(handlers):
    turn, key = _send(handlers, bytes(range(1, 256)).decode("latin-1") * 4)
    assert turn["error"] and "unreadable" in turn["reply"] and turn["images"] == []
    turn, _ = _send(handlers, "draw a small red boat", key=key)
    assert turn["error"] is None and len(turn["images"]) == 1


def test_bad_uploads_get_easels_message_and_reply_paths_are_relative(handlers, tmp_path):
    truncated = tmp_path / "image.png"
    truncated.write_bytes(_png_bytes((400, 300))[:300])
    turn, key = _send(handlers, "make this a watercolor", [str(truncated)])
    assert turn["reply"] == ("The uploaded file could not be used as a picture: the file is cut short (truncated), "
                             "perhaps by an interrupted download or copy.")
    turn, _ = _send(handlers, "draw a lighthouse", key=key)
    handlers.services.engine.flush(timeout=30)  # PNGs are written in the background
    file = turn["images"][0]["file"]
    assert not Path(file).is_absolute() and (Path(app_options().outputs) / file).is_file()


def test_select_checks_the_id_before_looking_it_up(handlers):
    import gradio as gr

    _, key = _send(handlers, "draw a kite")
    for bad in ("x" * 100_000, "img-999", "../../etc/passwd"):
        with pytest.raises(gr.Error) as caught:
            handlers.select_image(bad, key)
        assert "No image" in str(caught.value) and len(str(caught.value)) < 200
    record, _ = handlers.select_image("img-1", key)
    assert record["id"] == "img-1"


def test_new_chat_frees_the_old_sessions_pixels(handlers, tmp_path):
    from chat.state import PIXELS

    photo = make_photo(tmp_path / "photo.png", size=(600, 400))
    _, key = _send(handlers, "make this a watercolor", [str(photo)])
    old = handlers.store.get(key)
    assert len(old.conversation.state.pixels) >= 1
    new_key = handlers.new_chat(key)[0]
    assert new_key != key and key not in handlers.store.live_keys()
    assert len(old.conversation.state.pixels) == 0 and PIXELS.keys_of(old.conversation.state.pixels.owner) == []
    assert handlers.store.get(key).transcript, "the old conversation is still on disk"


# ------------------------------------------------------------------------------------------ memory


def test_pixel_cache_is_bounded_in_bytes_and_reloads_from_disk(tmp_path):
    from chat.words.scene import Scene
    from chat.state import PixelCache, PixelCacheConfig, SessionPixels, SessionState
    from chat.types import ImageRecord

    cache = PixelCache(PixelCacheConfig(max_bytes=3 * 100 * 100 * 3))  # three 100x100 RGB images
    state = SessionState(pixels=SessionPixels(cache))
    for index in range(5):
        path = tmp_path / f"{index}.png"
        Image.new("RGB", (100, 100), (index * 40, 0, 0)).save(path)
        record = ImageRecord(id=f"img-{index}", parent=None, seed=1, width=100, height=100, path=str(path))
        state.add(record, Scene(), (100, 100), pixels=Image.open(path).convert("RGB"))
    assert cache.bytes <= cache.config.max_bytes and len(state.pixels) == 3
    assert "img-0" not in state.pixels
    assert state.pixels_of("img-0").getpixel((0, 0)) == (0, 0, 0)  # evicted, read back from its file
    big = Image.new("RGB", (300, 300))
    state.pixels["img-big"] = big  # bigger than the whole budget: kept alone, the one a turn is working on
    assert list(state.pixels) == ["img-big"]


def test_session_store_evicts_old_sessions_to_disk(tmp_path):
    from ui.sessions import SessionStore, StoreConfig, new_session_key

    store = SessionStore(shared_services(), tmp_path, StoreConfig(live_sessions=2))
    keys = []
    for _ in range(4):
        session = store.open(new_session_key())
        session.transcript.append({"text": "hi", "files": [], "images": []})
        store.save(session)
        keys.append(session.key)
    assert store.live_keys() == keys[-2:]
    assert store.get(keys[0]).transcript[0]["text"] == "hi"  # back from disk


# ------------------------------------------------------------------------------------------ start-up and login


def test_outputs_folder_is_checked(tmp_path):
    from ui.startup import outputs_problem

    assert outputs_problem(tmp_path / "new" / "folder") is None and (tmp_path / "new" / "folder").is_dir()
    a_file = tmp_path / "file.txt"
    a_file.write_text("x")
    assert "is a file, not a folder" in outputs_problem(a_file)
    if os.geteuid() != 0:  # root writes anywhere
        locked = tmp_path / "locked"
        locked.mkdir()
        locked.chmod(0o500)
        assert "can't be used" in outputs_problem(locked / "sub") and "can't be used" in outputs_problem(locked)


@pytest.mark.parametrize("kind", ["file", "readonly"])
def test_bad_outputs_stops_before_loading_anything_with_a_clear_message(tmp_path, kind):
    target = tmp_path / "out"
    if kind == "file":
        target.write_text("not a folder")
    else:
        if os.geteuid() == 0:
            pytest.skip("root can write to a read-only folder")
        target.mkdir()
        target.chmod(0o500)
    result = subprocess.run([sys.executable, "app.py", "--outputs", str(target / ("" if kind == "file" else "x"))],
                            cwd=ROOT, capture_output=True, text=True, timeout=60, env={**os.environ, "HF_HUB_OFFLINE": "1"})
    assert result.returncode == 2
    assert result.stderr.startswith("Easel: --outputs") and "Traceback" not in result.stderr
    assert "loading models" not in result.stdout


def test_wrong_passwords_are_throttled():
    from ui.startup import LoginThrottle, ThrottleConfig

    now = [0.0]
    login = LoginThrottle("ann", "s3cret", ThrottleConfig(max_failures=5, window_s=60, lockout_s=30),
                          clock=lambda: now[0])
    assert login("ann", "s3cret")
    for _ in range(5):
        assert not login("ann", "guess")
    assert not login("ann", "s3cret"), "locked: even the right password waits"
    now[0] += 31
    assert login("ann", "s3cret")


def test_settings_show_what_runs():
    from chat.services import ModelSummary
    from ui.render import model_summary

    services = shared_services()
    assert "**Safety checker:** off (not needed for the demo model" in model_summary(services)
    summary = ModelSummary(safety_checker=False, safety_reason="could not be loaded, see the notice above")
    assert summary.safety_text.startswith("off (could not be loaded")
    assert "torch.compile" not in model_summary(services)  # not asked for: not shown
    compiled = replace(services, summary=replace(services.summary, compiled="partial graph (fullgraph failed: <b>)"))
    assert "**torch.compile:** partial graph (fullgraph failed: &lt;b&gt;)" in model_summary(compiled)


def test_safety_checker_is_loaded_at_start_and_what_is_shown_is_what_runs():
    from chat.options import AppOptions
    from chat.services import prepare_safety

    class OfflineEngine:  # imaging.Engine offline with nothing cached: the checker can't load, a notice says so
        is_demo, notices, calls = False, [], 0

        def prepare_safety_checker(self):
            self.calls += 1
            self.notices.append("The safety checker could not be loaded (offline).")

    engine = OfflineEngine()
    assert prepare_safety(engine, AppOptions()) == (False, "could not be loaded, see the notice above")
    assert engine.calls == 1
    engine = OfflineEngine()
    assert prepare_safety(engine, AppOptions(safety_checker=False)) == (False, "turned off with --no-safety-checker")
    assert engine.calls == 0

    class LoadedEngine(OfflineEngine):
        def prepare_safety_checker(self):
            return True

    assert prepare_safety(LoadedEngine(), AppOptions()) == (True, "")


def test_a_long_render_logs_its_progress(caplog):
    import logging

    from ui.handlers import ProgressLog

    progress = ProgressLog("abcdefghij", every_s=0.0)
    with caplog.at_level(logging.INFO, logger="easel.app"):
        progress.update("Drawing… step 3/40")
        progress.done({"action": "generate", "images": [{}]})
    lines = [record.getMessage() for record in caplog.records]
    assert lines[0].startswith("session abcdef… Drawing… step 3/40") and "turn done" in lines[1]


def test_start_up_prints_no_noise_a_user_cant_act_on():
    """`python app.py` up to the models: the library warnings listed in quiet_libraries are silenced."""
    code = ("import logging, warnings, app\n"
            "logging.basicConfig(level=logging.INFO, format='%(message)s')\n"
            "app.quiet_libraries()\n"
            "warnings.warn('`torch_dtype` is deprecated! Use `dtype` instead!', FutureWarning)\n"
            "warnings.warn('The `local_dir_use_symlinks` argument is deprecated', UserWarning)\n"
            "warnings.warn('Failed to load image Python extension: torchvision', UserWarning)\n"
            "logging.getLogger('transformers.utils.import_utils').warning('requires torchvision (not installed)')\n"
            "print(app.loading_message(True))\n")
    result = subprocess.run([sys.executable, "-W", "default", "-c", code], cwd=ROOT, capture_output=True, text=True,
                            timeout=120, env={**os.environ, "HF_HUB_OFFLINE": "1"})
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip() == "", result.stderr
    assert "offline: nothing is downloaded" in result.stdout and "first run downloads" not in result.stdout


def test_outputs_become_absolute_so_records_dont_depend_on_the_servers_folder(tmp_path, monkeypatch):
    import app

    monkeypatch.chdir(tmp_path)
    options = app.startup_options(app.build_parser().parse_args(["--outputs", "pictures"]))
    assert Path(options.outputs) == tmp_path / "pictures" and Path(options.outputs).is_absolute()


def test_the_chat_waits_for_background_writes_but_not_forever(tmp_path):
    import threading

    from ui.handlers import wait_for_files

    late = tmp_path / "late.png"
    threading.Timer(0.3, lambda: late.write_bytes(b"png")).start()
    assert wait_for_files({"images": [{"path": str(late)}]}, timeout=5)
    assert not wait_for_files({"images": [{"path": str(tmp_path / "never.png")}]}, timeout=0.2)
