"""Every picture is drawn on the engine's one device thread, whichever thread asks (CUDA keeps per-thread state: a new
thread per turn paid ~0.65 s before each sd-turbo picture on an H200).

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest tests/test_imaging_device_thread.py -q
"""
import threading

import pytest

from imaging import Cancelled, Engine, EngineConfig, ImageRequest
from imaging.batch import BatchingEngine


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    engine = Engine(EngineConfig(model="demo", outputs_dir=str(tmp_path_factory.mktemp("out")), offline=True))
    engine.load()
    return engine


def _draw_from_new_thread(server, seed: int, seen: list) -> None:
    """One turn from a brand-new thread (as the chat's bridge does); records the thread each step runs on."""
    errors = []

    def turn():
        try:
            server.run(ImageRequest(prompt="a red fox", seeds=[seed]),
                       progress=lambda step, total: seen.append(threading.get_ident()))
        except Exception as err:  # reported below, not lost in the thread
            errors.append(err)

    thread = threading.Thread(target=turn)
    thread.start()
    thread.join(120)
    assert not errors, errors


def test_turns_from_new_threads_are_drawn_on_one_thread(engine):
    seen: list[int] = []
    for seed in range(3):
        _draw_from_new_thread(engine, seed, seen)
    assert seen and len(set(seen)) == 1
    assert seen[0] != threading.get_ident()


def test_batched_turns_are_drawn_on_the_same_device_thread(engine):
    alone: list[int] = []
    _draw_from_new_thread(engine, 1, alone)
    batched: list[int] = []
    with BatchingEngine(engine, window_s=0.5, max_batch=4, adaptive=False) as batcher:
        threads = [threading.Thread(target=_draw_from_new_thread, args=(batcher, 10 + i, batched)) for i in range(3)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(120)
        assert list(batcher.calls) == [3]  # one call for the three: they were batched
    assert set(batched) == set(alone)


def test_same_pixels_whichever_thread_asks(engine):
    request = ImageRequest(prompt="a lighthouse at dusk", seeds=[42])
    here = engine.run(request)[0].image
    there = []
    thread = threading.Thread(target=lambda: there.append(engine.run(request)[0].image))
    thread.start()
    thread.join(120)
    assert list(here.getdata()) == list(there[0].getdata())


def test_a_run_asked_from_the_device_thread_itself_does_not_wait_on_itself(engine):
    results = engine.on_device(engine.run, ImageRequest(prompt="a boat", seeds=[7]))
    assert len(results) == 1 and results[0].seed == 7


def test_errors_on_the_device_thread_reach_the_caller_and_the_thread_keeps_working(engine):
    with pytest.raises(Cancelled):
        engine.run(ImageRequest(prompt="a boat", seeds=[3], steps=2), progress=lambda step, total: None,
                   cancel=iter([False, True, True, True]).__next__)
    with pytest.raises(ValueError, match="boom"):
        engine.on_device(_raise, ValueError("boom"))
    assert engine.run(ImageRequest(prompt="a boat", seeds=[4]))[0].seed == 4


def test_load_and_warm_up_from_another_thread_while_not_loaded(tmp_path):
    fresh = Engine(EngineConfig(model="demo", outputs_dir=str(tmp_path), offline=True))
    thread = threading.Thread(target=fresh.warm_up)  # warm_up -> pipeline -> load, all on the device thread
    thread.start()
    thread.join(120)
    assert not thread.is_alive() and fresh.loaded


def _raise(err: Exception):
    raise err
