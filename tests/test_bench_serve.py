"""bench/serve.py: the report is saved after each part (a run cut by its time limit keeps what it finished), and
--tiny-vae has both modes decode through the same tiny VAE.

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest tests/test_bench_serve.py -q
"""
import argparse
import json

import pytest
import torch
from diffusers import AutoencoderTiny

from bench import serve


def _args(**overrides) -> argparse.Namespace:
    values = dict(users=2, turns=1, rounds=2, lone_turns=1, think_ms=0.0, window_ms=20.0, max_batch=8,
                  always_wait=False, device="cpu")
    values.update(overrides)
    return argparse.Namespace(**values)


class _Cut(Exception):
    """What the step's timeout does to the process, here at a chosen checkpoint."""


def test_a_cut_run_leaves_its_finished_parts_marked_partial(tmp_path):
    engine, decoder = serve.build_engine("demo", "cpu", str(tmp_path / "out"))
    out = tmp_path / "serve.json"
    report, saved = {"partial": True}, []

    def checkpoint():
        serve.save_report(report, out)
        saved.append(json.loads(out.read_text()))
        if len(saved) == 3:  # identity, lone, round 0's first mode: cut during round 0's second mode
            raise _Cut

    with pytest.raises(_Cut):
        serve.measure(engine, _args(), report, checkpoint)
    kept = json.loads(out.read_text())
    assert kept["partial"] is True and decoder == "full VAE"
    assert kept["identity"]["batch_sizes"] == [4] and kept["lone"]["images"] == 1
    assert kept["one_at_a_time"]["images"] == 2 and "batched" not in kept and "throughput_ratio" not in kept
    assert "identity" in saved[0] and "lone" not in saved[0] and "lone" in saved[1]
    assert not list(tmp_path.glob(".*.tmp"))  # written atomically: no temp file left behind


def test_a_finished_run_has_every_ratio(tmp_path):
    engine, _ = serve.build_engine("demo", "cpu", str(tmp_path / "out"))
    report: dict = {"partial": True}
    serve.measure(engine, _args(rounds=1), report)
    assert report["rounds_done"] == {"one_at_a_time": 1, "batched": 1} and report["users"] == 2
    for key in ("throughput_ratio", "p95_ratio", "window_cost_ratio", "cpu_cost_ratio"):
        assert report[key] > 0
    assert sum(report["batched"]["batch_sizes"]) == 2


def test_tiny_vae_decodes_both_modes(tmp_path):
    engine, decoder = serve.build_engine("demo", "cpu", str(tmp_path / "out"), tiny="on")
    assert decoder == "demo TAESD" and isinstance(engine.pipeline("txt2img").vae, AutoencoderTiny)
    report: dict = {}
    serve.measure(engine, _args(rounds=1), report)  # the batcher draws with the engine's pipelines: the same VAE
    assert max(report["identity"]["max_pixel_diff"]) <= 2 and report["identity"]["batch_sizes"] == [4]
    assert serve.results_path("cpu", "demo", 0, taesd=True).name == "serve-cpu-taesd.json"


def test_a_random_weight_taesd_when_the_real_one_is_not_cached(monkeypatch):
    def not_cached(*args, **kwargs):
        raise OSError("not in the cache")

    monkeypatch.setattr(serve.tiny_vae, "load_tiny_vae", not_cached)
    vae, name = serve.tiny_decoder("sd-turbo-arch", "cpu", torch.float32, "on")
    assert isinstance(vae, AutoencoderTiny) and name == "madebyollin/taesd architecture (random weights)"
    assert serve.tiny_decoder("sd-turbo-arch", "cuda", None, "auto") == (None, "full VAE")  # auto: full VAE on a GPU
