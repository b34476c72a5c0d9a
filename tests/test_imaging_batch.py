"""The coalescing batcher on the demo model: batched pixels equal the same requests run alone, incompatible requests
stay apart, one session's Stop spares the others, errors reach every caller, the worker stops cleanly.

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest tests/test_imaging_batch.py -q

Batched vs alone: the CPU kernels round a batch of 4 slightly differently from a batch of 1 (float differences of
about 2e-6, the text encoder's rows are bit-identical), which flips about 1 in 10,000 channel values by 1/255; so
the bound is 1/255, and most images come out bit-identical.
"""
import threading
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from imaging import Cancelled, ImageRequest, Operation
from imaging.types import Phase
from imaging.batch import BatchingEngine, BatchConfig, batch_key

PROMPTS = ["a red cat", "a blue dog at night", "painting of the sea", "a photo of a dog and a cat"]


def pixels(result):
    return np.asarray(result.image, dtype=np.int16)


def run_all(batcher, requests, progress=None, cancel=None, preview=None, phase=None):
    """Each request from its own thread (a session); returns each session's results or exception."""
    outcomes = [None] * len(requests)

    def session(i):
        hooks = {name: fns[i] for name, fns in dict(progress=progress, cancel=cancel, preview=preview,
                                                     phase=phase).items() if fns}
        try:
            outcomes[i] = batcher.run(requests[i], **hooks)
        except BaseException as err:
            outcomes[i] = err

    threads = [threading.Thread(target=session, args=(i,)) for i in range(len(requests))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    return outcomes


def wait_for(condition, seconds=10.0):
    for _ in range(int(seconds / 0.01)):
        if condition():
            return
        threading.Event().wait(0.01)
    raise AssertionError("timed out")


@pytest.fixture
def batcher(demo_engine):
    # a long window, always waited: every test's requests are queued before the batch forms; max_batch closes it
    with BatchingEngine(demo_engine, window_s=2.0, max_batch=4, adaptive=False) as batching:
        yield batching
    assert not batching._queue.worker or not batching._queue.worker.is_alive()


def test_four_sessions_share_one_call_and_match_running_alone(batcher, demo_engine):
    requests = [ImageRequest(prompt=p, seeds=[100 + i]) for i, p in enumerate(PROMPTS)]
    outcomes = run_all(batcher, requests)
    assert list(batcher.calls) == [4]  # one pipeline call for the four sessions
    for request, batched in zip(requests, outcomes):
        (result,) = batched
        (alone,) = demo_engine.run(request)
        assert result.seed == request.seeds[0] and result.prompt == request.prompt
        assert result.path and result.sidecar_path  # saved like any other image
        assert np.abs(pixels(result) - pixels(alone)).max() <= 1  # CPU batch rounding: see the module docstring
    first = pixels(outcomes[0][0])
    assert all(np.abs(first - pixels(o[0])).mean() > 5 for o in outcomes[1:])  # four different pictures


def test_counts_long_prompts_and_img2img_batch_too(demo_engine):
    source = Image.fromarray((np.random.RandomState(0).rand(96, 140, 3) * 255).astype("uint8"))
    long_prompt = " ".join(["a red cat on a blue sofa"] * 20)  # past 77 tokens: prompt embeddings
    requests = [ImageRequest(prompt="a cat", count=2, seeds=[1, 2]), ImageRequest(prompt="a dog", seeds=[3]),
                ImageRequest(prompt=long_prompt, seeds=[4]), ImageRequest(prompt=long_prompt + " at night", seeds=[5])]
    edits = [ImageRequest(op=Operation.IMG2IMG, prompt=p, seeds=[7 + i], source_image=source, width=128, height=128,
                          steps=4) for i, p in enumerate(PROMPTS[:2])]
    with BatchingEngine(demo_engine, window_s=2.0, max_batch=8, adaptive=False) as batcher:
        outcomes = run_all(batcher, requests) + run_all(batcher, edits)
    # the two long prompts share one call as embeddings; prompts that fit are a prompt list; the edits one call
    assert sorted(batcher.calls) == [2, 2, 3]
    for request, batched in zip(requests + edits, outcomes):
        alone = demo_engine.run(request)
        assert [r.seed for r in batched] == request.seeds
        assert all(np.abs(pixels(a) - pixels(b)).max() <= 1 for a, b in zip(alone, batched))


def test_guided_requests_with_their_own_negative_prompts_batch(demo_engine):
    requests = [ImageRequest(prompt=p, negative_prompt=n, guidance_scale=3.0, seeds=[40 + i])
                for i, (p, n) in enumerate(zip(PROMPTS[:2], ["blurry", "dark, night"]))]
    with BatchingEngine(demo_engine, window_s=2.0, max_batch=2, adaptive=False) as batcher:
        outcomes = run_all(batcher, requests)
    assert list(batcher.calls) == [2]
    for request, (result,) in zip(requests, outcomes):
        assert result.negative_prompt == request.negative_prompt
        assert np.abs(pixels(result) - pixels(demo_engine.run(request)[0])).max() <= 1


def test_incompatible_requests_are_not_merged(demo_engine):
    requests = [ImageRequest(prompt="a cat", seeds=[1]), ImageRequest(prompt="a cat", seeds=[1], steps=3),
                ImageRequest(prompt="a cat", seeds=[1], width=128, height=96),
                ImageRequest(prompt="a cat", seeds=[1], guidance_scale=2.0),
                ImageRequest(op=Operation.UPSCALE, prompt="a cat", seeds=[1], scale=1.5,
                             source_image=Image.new("RGB", (64, 64), "red"))]
    plans = [demo_engine.check_inputs(r) for r in requests]
    assert len({batch_key(demo_engine, p) for p in plans}) == 5 and batch_key(demo_engine, plans[-1]) is None
    with BatchingEngine(demo_engine, window_s=0.2, max_batch=8, adaptive=False) as batcher:
        outcomes = run_all(batcher, requests)
    assert list(batcher.calls) == [1, 1, 1, 1]  # four batchable calls of one image; the upscale ran alone
    for request, (result,) in zip(requests, outcomes):
        assert (result.steps, result.guidance_scale) == (demo_engine.check_inputs(request).steps,
                                                         demo_engine.check_inputs(request).guidance)
        assert np.array_equal(pixels(result), pixels(demo_engine.run(request)[0]))  # batch of one: bit-identical
    assert outcomes[4][0].op is Operation.UPSCALE and outcomes[4][0].image.size == (96, 96)


def test_one_session_stopping_does_not_touch_the_others(batcher, demo_engine):
    requests = [ImageRequest(prompt=p, seeds=[20 + i], steps=3) for i, p in enumerate(PROMPTS[:3])]
    stop = threading.Event()
    steps = [[], [], []]
    progress = [lambda s, t, i=i: steps[i].append(s) for i in range(3)]
    progress[1] = lambda s, t: (steps[1].append(s), stop.set())  # session 1 presses Stop during its first step
    outcomes = run_all(batcher, requests, progress=progress, cancel=[None, stop.is_set, None])
    assert isinstance(outcomes[1], Cancelled)
    assert steps[0] == steps[2] == [1, 2, 3] and steps[1] == [1]
    for i in (0, 2):
        assert np.abs(pixels(outcomes[i][0]) - pixels(demo_engine.run(requests[i])[0])).max() <= 1


def test_each_session_gets_its_own_progress_phases_and_previews(batcher, demo_engine):
    requests = [ImageRequest(prompt=p, seeds=[30 + i], steps=4) for i, p in enumerate(PROMPTS[:2])]
    events, previews = [[], []], [[], []]
    outcomes = run_all(batcher, requests, progress=[lambda s, t, i=i: events[i].append((s, t)) for i in range(2)],
                       preview=[lambda s, t, im, i=i: previews[i].append((s, im)) for i in range(2)],
                       phase=[events[i].append for i in range(2)])
    assert list(batcher.calls) == [2]
    for i, request in enumerate(requests):
        assert outcomes[i][0].seed == request.seeds[0]
        assert events[i] == [Phase.DENOISING, (1, 4), (2, 4), (3, 4), (4, 4), Phase.DECODING, Phase.DONE]
        alone = []
        demo_engine.run(request, preview=lambda s, t, im: alone.append((s, im)))
        assert previews[i][0][0] == alone[0][0] == 1  # each session's first look: its own image, not the batch's first
        assert np.abs(np.asarray(previews[i][0][1], np.int16) - np.asarray(alone[0][1], np.int16)).max() <= 1
    assert np.abs(np.asarray(previews[0][0][1], np.int16) - np.asarray(previews[1][0][1], np.int16)).mean() > 1


def test_the_call_stops_early_when_every_session_stopped(batcher):
    stopped = threading.Event()
    steps = []
    requests = [ImageRequest(prompt=p, seeds=[i], steps=5) for i, p in enumerate(PROMPTS[:2])]
    progress = [lambda s, t: (steps.append(s), stopped.set())] * 2
    outcomes = run_all(batcher, requests, progress=progress, cancel=[stopped.is_set] * 2)
    assert all(isinstance(o, Cancelled) for o in outcomes)
    assert max(steps) == 1 and list(batcher.calls) == []  # stopped after the first step: no images made


class _Failing:
    """The demo engine (or pipeline) whose pipelines raise when called: an error inside the batched call."""

    def __init__(self, inner):
        self._inner = inner

    def __getattr__(self, name):
        return getattr(self._inner, name)

    def pipeline(self, op):
        return _Failing(self._inner.pipeline(op))

    def __call__(self, **kwargs):
        raise RuntimeError("the GPU caught fire")


def test_an_error_in_the_call_reaches_every_caller(demo_engine):
    with BatchingEngine(_Failing(demo_engine), window_s=5.0, max_batch=3, adaptive=False) as batcher:
        bad = ImageRequest(prompt="a cat", count=99)
        outcomes = run_all(batcher, [ImageRequest(prompt=p, seeds=[i]) for i, p in enumerate(PROMPTS[:3])] + [bad])
    assert all(isinstance(o, RuntimeError) and "caught fire" in str(o) for o in outcomes[:3])
    assert len({id(o) for o in outcomes[:3]}) == 3  # each caller raises its own instance (tracebacks don't mix)
    assert isinstance(outcomes[3], ValueError) and "count=99" in str(outcomes[3])  # refused in its own thread


def test_close_drains_the_queue_and_stops_the_worker(demo_engine):
    batcher = BatchingEngine(demo_engine, window_s=1.0, max_batch=8, adaptive=False)
    results = []
    sessions = [threading.Thread(target=lambda i=i: results.append(batcher.run(ImageRequest(prompt="cat", seeds=[i]))))
                for i in range(2)]
    for t in sessions:
        t.start()
    wait_for(lambda: len(batcher._queue) == 2)  # both queued, the window still open
    batcher.close(timeout=30)  # closes the window at once, makes the queued images, then the thread ends
    for t in sessions:
        t.join(30)
    assert len(results) == 2 and not batcher._queue.worker.is_alive() and list(batcher.calls) == [2]
    with pytest.raises(RuntimeError, match="closed"):
        batcher.run(ImageRequest(prompt="a cat"))
    assert batcher.preset is demo_engine.preset and batcher.config is demo_engine.config  # the engine's attributes


def test_a_lone_session_does_not_wait_for_the_window(demo_engine):
    with BatchingEngine(demo_engine, window_s=3.0) as batcher:
        for seed in (1, 2):  # one session, turn after turn
            batcher.run(ImageRequest(prompt="a cat", seeds=[seed]))
    assert list(batcher.calls) == [1, 1] and batcher.windows_waited == 0


def test_requests_that_queued_behind_a_call_are_batched(demo_engine):
    with BatchingEngine(demo_engine, window_s=0.5) as batcher:
        with demo_engine.lock:  # the worker takes the first request alone, then blocks on the engine
            first = threading.Thread(target=batcher.run, args=(ImageRequest(prompt="a cat", seeds=[1]),))
            first.start()
            wait_for(lambda: batcher._queue.worker is not None and not batcher._queue)
            later = [threading.Thread(target=batcher.run, args=(ImageRequest(prompt=p, seeds=[2]),))
                     for p in PROMPTS[:2]]
            for t in later:
                t.start()
            wait_for(lambda: len(batcher._queue) == 2)
        for t in [first] + later:
            t.join(30)
    assert list(batcher.calls) == [1, 2] and batcher.windows_waited == 1  # the first went at once


def test_config_is_checked():
    with pytest.raises(ValueError, match="window_s"):
        BatchConfig(window_s=-1)
    with pytest.raises(ValueError, match="max_batch"):
        BatchConfig(max_batch=0)


def test_warm_up_runs_each_batch_size_once_and_saves_nothing(demo_engine):
    """At start on CUDA (chat.services.batching) every batch size's first call is paid before users share one."""
    pipe = demo_engine.pipeline(Operation.TEXT2IMG)
    rows = []
    hook = pipe.unet.register_forward_pre_hook(lambda module, args: rows.append(args[0].shape[0]))
    outputs = Path(demo_engine.config.outputs_dir)
    demo_engine.flush(30)  # earlier tests' pictures are written in the background
    saved_before = sorted(p.name for p in outputs.rglob("*.png"))
    try:
        with BatchingEngine(demo_engine, window_s=0.0, max_batch=3, adaptive=False) as batcher:
            seconds = batcher.warm_up_batches()
    finally:
        hook.remove()
    assert seconds > 0 and rows in ([2, 3], [4, 6])  # one 1-step call a size (x2 rows under guidance)
    demo_engine.flush(30)
    assert sorted(p.name for p in outputs.rglob("*.png")) == saved_before
