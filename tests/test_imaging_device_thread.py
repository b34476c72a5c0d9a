"""Every picture is drawn on the engine's one device thread, whichever thread asks (CUDA keeps per-thread state: a new
thread per turn paid ~0.65 s before each sd-turbo picture on an H200).

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest tests/test_imaging_device_thread.py -q
"""
import dataclasses
import threading
from concurrent.futures import Future

import pytest

from imaging import Cancelled, Engine, EngineConfig, ImageRequest, SaveError
from imaging.batch import BatchingEngine
from imaging.device_thread import OwnedLock


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


def test_a_caller_holding_the_engine_lock_draws_in_place_without_deadlock(engine):
    """A batching caller holds engine.lock and asks for device work: it runs on the caller's thread (the device
    thread would wait for that lock forever)."""
    seen, results = [], []

    def holder():
        with engine.lock:
            results.extend(engine.run(ImageRequest(prompt="a kite", seeds=[5]),
                                      progress=lambda step, total: seen.append(threading.get_ident())))
            seen.append(("caller", threading.get_ident()))

    thread = threading.Thread(target=holder)
    thread.start()
    thread.join(120)
    assert not thread.is_alive(), "deadlock: the lock holder's work waited on the device thread"
    caller = seen.pop()[1]
    assert results and results[0].seed == 5 and seen and set(seen) == {caller}
    assert caller != engine._device_thread.ident


def test_another_threads_work_goes_to_the_device_thread_while_one_holds_the_lock(engine):
    engine.run(ImageRequest(prompt="a kite", seeds=[6]))  # the device thread is started
    holding, release, ran_on = threading.Event(), threading.Event(), []

    def holder():
        with engine.lock:
            holding.set()
            release.wait(60)

    def other():
        ran_on.append((threading.get_ident(), engine.on_device(threading.get_ident)))

    first = threading.Thread(target=holder)
    first.start()
    assert holding.wait(30) and engine.lock.locked() and not engine.lock.held_here()
    second = threading.Thread(target=other)
    second.start()
    second.join(60)
    release.set()
    first.join(60)
    (asker, runner), = ran_on
    assert runner == engine._device_thread.ident != asker
    assert not engine.lock.locked()


def test_owned_lock_is_reentrant_and_only_its_holder_releases_it():
    lock = OwnedLock()
    with lock:
        with lock:
            assert lock.held_here()
        assert lock.held_here()  # still held after the inner release
        errors = []

        def stranger():
            errors.append(lock.held_here())
            try:
                lock.release()
            except RuntimeError as err:
                errors.append(err)
            errors.append(lock.acquire(timeout=0.05))

        thread = threading.Thread(target=stranger)
        thread.start()
        thread.join(30)
        assert errors[0] is False and isinstance(errors[1], RuntimeError) and errors[2] is False
    assert not lock.held_here() and not lock.locked()


# ImageResults cross threads (device thread -> writer -> the chat's): a copy keeps its picture's background write
def test_a_replaced_result_keeps_the_background_write(engine):
    (result,) = engine.run(ImageRequest(prompt="a kite", seeds=[8]))
    assert dataclasses.replace(result).saved is None  # plain replace: a copy with no write (documented)
    copy = result.replaced(prompt="a kite, retold")
    assert copy.saved is result.saved and copy.prompt == "a kite, retold" and copy.path == result.path
    assert copy.wait_saved() and copy.save_failure() is None and copy.save_error is None


def test_a_replaced_result_hears_of_a_write_that_fails_later(engine):
    failing = Future()
    result = dataclasses.replace(engine.run(ImageRequest(prompt="a kite", seeds=[9]))[0], path="/nowhere/x.png")
    result.saved = failing
    copy = result.replaced()
    assert copy.save_error is None  # pending
    failing.set_exception(SaveError("/nowhere/x.png", OSError(28, "No space left on device")))
    assert copy.wait_saved(1) is False and copy.save_error == "could not save /nowhere/x.png: No space left on device"
    assert copy.save_failure(1).reason == "No space left on device"
