"""The background writer: nothing lost when it is busy or the process stops, atomic files, failures reported.

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest tests/test_imaging_writer.py -q
"""
import errno
import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

import imaging.engine as engine_module
from imaging import Engine, EngineConfig, ImageRequest, read_metadata
from imaging.metadata import write_files
from imaging.writer import ImageWriter

ROOT = Path(__file__).resolve().parents[1]


def test_jobs_run_in_order_and_flush_waits():
    writer = ImageWriter(max_pending=2, threads=1)
    done = []
    futures = [writer.submit(lambda i=i: (time.sleep(0.01), done.append(i))[1] or i) for i in range(10)]
    assert writer.flush(timeout=10)
    assert done == list(range(10)) and [f.result() for f in futures] == list(range(10))
    assert writer.pending() == 0 and writer.close()


def test_full_queue_makes_the_caller_wait():
    writer = ImageWriter(max_pending=1, threads=1)
    gate = threading.Event()
    writer.submit(gate.wait)  # running, blocked
    writer.submit(lambda: None)  # fills the queue
    third = threading.Thread(target=writer.submit, args=(lambda: None,))
    third.start()
    third.join(0.3)
    assert third.is_alive()  # backpressure: submit waits for room
    gate.set()
    third.join(5)
    assert not third.is_alive() and writer.flush(5) and writer.close()


def test_jobs_after_close_still_run():
    writer = ImageWriter()
    writer.submit(lambda: None)
    assert writer.close()
    late = writer.submit(lambda: 42)
    assert late.done() and late.result() == 42


def test_bad_queue_size_names_it():
    with pytest.raises(ValueError, match="max_pending=0"):
        ImageWriter(max_pending=0)
    with pytest.raises(ValueError, match="threads=0"):
        ImageWriter(threads=0)


def test_several_threads_write_at_once_and_close_drains_them_all():
    writer = ImageWriter(max_pending=8, threads=3)
    together = threading.Barrier(3, timeout=10)  # passes only if three jobs run at the same time
    first = [writer.submit(together.wait) for _ in range(3)]
    assert all(isinstance(f.result(timeout=10), int) for f in first)
    slow = [writer.submit(lambda i=i: (time.sleep(0.02), i)[1]) for i in range(12)]
    assert writer.close(timeout=10)
    assert [f.result() for f in slow] == list(range(12)) and writer.pending() == 0


def test_nothing_lost_when_the_writer_is_busy(tmp_path, monkeypatch):
    engine = Engine(EngineConfig(model="demo", outputs_dir=str(tmp_path)))
    engine.writer = ImageWriter(max_pending=2)
    slow_write, pending_seen = engine_module.write_files, []

    def slow(*args):
        pending_seen.append(engine.writer.pending())
        time.sleep(0.02)
        return slow_write(*args)

    monkeypatch.setattr(engine_module, "write_files", slow)
    results = []
    for batch in range(3):
        results += engine.run(ImageRequest(prompt="a cat", count=8, seeds=list(range(batch * 8, batch * 8 + 8))))
    assert engine.flush(timeout=60)
    assert max(pending_seen) <= 4  # bounded: 1 running + 2 queued + 1 waiting to enter
    assert all(r.wait_saved(0) and r.save_error is None for r in results)
    pngs = sorted(tmp_path.rglob("*.png"))
    assert len(pngs) == 24 and not list(tmp_path.rglob("*.tmp"))
    for result in results:
        assert read_metadata(result.path)["resolved"]["seed"] == result.seed
        assert np.array_equal(np.asarray(Image.open(result.path)), np.asarray(result.image))
        assert json.loads(Path(result.sidecar_path).read_text())["resolved"]["seed"] == result.seed


def test_process_that_exits_right_after_run_leaves_complete_files(tmp_path):
    script = (
        "from imaging import Engine, EngineConfig, ImageRequest\n"
        f"engine = Engine(EngineConfig(model='demo', outputs_dir={str(tmp_path)!r}))\n"
        "results = engine.run(ImageRequest(prompt='a cat', count=6, seeds=[1, 2, 3, 4, 5, 6]))\n"
        "print(*[r.path for r in results], sep='\\n')\n"  # exits without flush(): atexit drains the writer
    )
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    out = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True,
                         timeout=300)
    assert out.returncode == 0, out.stderr
    paths = out.stdout.split()
    assert len(paths) == 6 and not list(tmp_path.rglob("*.tmp"))
    for seed, path in enumerate(paths, start=1):
        assert read_metadata(path)["resolved"]["seed"] == seed
        Image.open(path).load()  # complete, decodable
        assert Path(path).with_suffix(".json").is_file()


def _disk_full_save(self, fp, *args, **kwargs):
    """Image.save on a disk that fills up after a few bytes."""
    with open(fp, "wb") as handle:
        handle.write(b"\x89PNG\r\n\x1a\n")
    raise OSError(errno.ENOSPC, "No space left on device")


def test_full_disk_leaves_no_partial_file_and_is_reported_on_the_image(tmp_path, monkeypatch):
    engine = Engine(EngineConfig(model="demo", outputs_dir=str(tmp_path)))
    engine.writer = ImageWriter()
    monkeypatch.setattr(Image.Image, "save", _disk_full_save)
    (result,) = engine.run(ImageRequest(prompt="a cat", seeds=[3]))
    assert result.image is not None and result.path  # the picture is still shown
    assert result.wait_saved() is False
    assert "No space left" in result.save_error and result.path in result.save_error
    assert not [p for p in tmp_path.rglob("*") if p.is_file()]  # no PNG, no temp file, no sidecar
    monkeypatch.undo()
    (ok,) = engine.run(ImageRequest(prompt="a cat", seeds=[3]))  # the writer keeps working afterwards
    assert ok.wait_saved() and Path(ok.path).is_file()


def test_failed_write_never_touches_an_existing_file(tmp_path, demo_engine, monkeypatch):
    (result,) = demo_engine.run(ImageRequest(prompt="a cat", seeds=[8]))
    assert result.wait_saved()
    target, sidecar = tmp_path / "x.png", tmp_path / "x.json"
    write_files(result.image, result, {"resolved": {"seed": 8}}, target, sidecar)
    before = target.read_bytes()
    monkeypatch.setattr(Image.Image, "save", _disk_full_save)
    with pytest.raises(OSError, match="No space"):
        write_files(result.image, result, {"resolved": {"seed": 9}}, target, sidecar)
    assert target.read_bytes() == before and read_metadata(target)["resolved"]["seed"] == 8
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.json", "x.png"]
