"""Imaging gaps: the tiny VAE loaded instead of the full one, serialisable results, failed saves on the result,
and --compile's fallback (fullgraph -> graph breaks allowed -> uncompiled).

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest tests/test_imaging_gaps.py -q
"""
import dataclasses
import errno
import json
import os
import shutil
from concurrent.futures import Future
from types import SimpleNamespace

import numpy as np
import pytest
import torch
from PIL import Image

from imaging import Engine, EngineConfig, ImageRequest, SaveError, resolve_preset, tiny_vae
from imaging.compile import FULLGRAPH, PARTIAL, UNCOMPILED, compile_with_fallback
from imaging.writer import ImageWriter

SIZE = dict(width=128, height=128, steps=2)  # the demo's size (a folder model's preset says 512)


def pixels(result):
    return np.asarray(result.image, dtype=np.int16)


# ---------------------------------------------------------------------------------------------- 1. tiny VAE first
@pytest.fixture(scope="module")
def demo_folders(tmp_path_factory):
    """(the demo model saved as a diffusers folder, the same without its VAE weights, the demo TAESD folder)."""
    from imaging.demo import build_demo_tiny_vae, new_demo_pipeline

    root = tmp_path_factory.mktemp("demo-folders")
    full, taesd = root / "demo-model", root / "demo-taesd"
    new_demo_pipeline().save_pretrained(full)
    build_demo_tiny_vae().save_pretrained(taesd)
    without_vae = root / "demo-model-no-vae"
    shutil.copytree(full, without_vae)
    for weights in (without_vae / "vae").glob("*.safetensors"):
        weights.unlink()  # a load that reads the full VAE fails on this folder
    return full, without_vae, taesd


def _engine(model, tmp_path, **config) -> Engine:
    config = {"safety_checker": False, "backend": "torch", "offline": True, "outputs_dir": str(tmp_path), **config}
    return Engine(EngineConfig(model=str(model), **config))


def _draw_edit_inpaint(engine: Engine) -> list:
    (drawn,) = engine.run(ImageRequest(prompt="a cat", seeds=[3], **SIZE))
    (edited,) = engine.run(ImageRequest(op="img2img", prompt="a dog", source_image=drawn.image, strength=0.5,
                                        seeds=[4], **SIZE))
    mask = Image.new("L", drawn.image.size, 0)
    mask.paste(255, (32, 32, 96, 96))
    (painted,) = engine.run(ImageRequest(op="inpaint", prompt="a dog", source_image=drawn.image, mask_image=mask,
                                         seeds=[5], **SIZE))
    return [drawn, edited, painted]


def _old_way_reference(folder, taesd, tmp_path) -> Engine:
    """What the engine did before: the full model loaded, then its VAE replaced by the tiny one."""
    from diffusers import AutoencoderTiny, StableDiffusionPipeline

    pipe = StableDiffusionPipeline.from_pretrained(str(folder), local_files_only=True)
    pipe.vae = AutoencoderTiny.from_pretrained(str(taesd), local_files_only=True)
    return Engine.from_pipeline(pipe, resolve_preset(str(folder)), EngineConfig(outputs_dir=str(tmp_path)))


@pytest.mark.parametrize("setting", ["auto", "folder"])
def test_a_tiny_decode_never_reads_the_full_vae_and_edits_still_work(demo_folders, tmp_path, monkeypatch, setting):
    from diffusers import AutoencoderTiny

    full, without_vae, taesd = demo_folders
    if setting == "auto":  # the CPU default: the family's TAESD (here the demo's, from a folder, offline)
        monkeypatch.setitem(tiny_vae.TINY_VAES, "sd", str(taesd))
    engine = _engine(without_vae, tmp_path, device="cpu", tiny_vae="auto" if setting == "auto" else str(taesd))
    engine.load()  # before: ModelLoadError, the VAE's weights are not there
    assert isinstance(engine.pipeline("txt2img").vae, AutoencoderTiny) and engine.tiny_vae == str(taesd)
    assert engine.notices == []
    for op in ("img2img", "inpaint"):  # the edit pipelines (from_pipe) encode through the tiny VAE's encoder
        assert engine.pipeline(op).vae is engine.pipeline("txt2img").vae
    results = _draw_edit_inpaint(engine)
    reference = _draw_edit_inpaint(_old_way_reference(full, taesd, tmp_path))
    for new, old in zip(results, reference):
        assert new.image.size == (128, 128) and np.array_equal(pixels(new), pixels(old))
    drawn, edited, painted = (pixels(r) for r in results)
    assert not np.array_equal(drawn, edited) and not np.array_equal(drawn, painted)  # the edits did something


def test_the_full_vae_still_loads_when_the_tiny_one_is_missing_or_off(demo_folders, tmp_path):
    from diffusers import AutoencoderKL

    full, _, _ = demo_folders
    missing = _engine(full, tmp_path, device="cpu", tiny_vae="auto")  # madebyollin/taesd is not cached here
    missing.load()
    assert isinstance(missing.pipeline("txt2img").vae, AutoencoderKL) and missing.tiny_vae is None
    (notice,) = missing.notices  # said once, not once per attempt
    assert "madebyollin/taesd" in notice and "full VAE" in notice
    off = _engine(full, tmp_path, device="cpu", tiny_vae="off")
    off.load()
    assert isinstance(off.pipeline("txt2img").vae, AutoencoderKL) and off.notices == []
    (result,) = off.run(ImageRequest(prompt="a cat", seeds=[3], **SIZE))
    assert result.image.size == (128, 128)


def test_a_family_guessed_wrong_loads_the_models_own_vae_after_all(demo_folders, tmp_path, monkeypatch, caplog):
    from diffusers import AutoencoderTiny

    full, _, taesd = demo_folders
    for family in ("sd", "sdxl"):
        monkeypatch.setitem(tiny_vae.TINY_VAES, family, str(taesd))
    engine = _engine(full, tmp_path, device="cpu", tiny_vae="auto")
    engine.preset = dataclasses.replace(engine.preset, family="sdxl")  # what a misleading name would make
    engine.load()
    assert "is a sd model, not sdxl" in caplog.text and engine.preset.family == "sd"
    assert isinstance(engine.pipeline("txt2img").vae, AutoencoderTiny) and engine.notices == []
    (result,) = engine.run(ImageRequest(prompt="a cat", seeds=[3], **SIZE))
    assert result.image.size == (128, 128)


# ---------------------------------------------------------------------------------------------- 2. serialisable
def test_results_go_through_asdict_and_json(demo_engine):
    (result,) = demo_engine.run(ImageRequest(prompt="a cat", seeds=[11]))
    assert isinstance(result.saved, Future) and result.wait_saved()
    data = dataclasses.asdict(result)  # before: TypeError, the Future (and its lock) can't be deep-copied
    assert data["seed"] == 11 and data["path"] == result.path and "saved" not in data
    assert dataclasses.replace(result, seed=12).seed == 12
    plain = json.loads(json.dumps(result.to_dict()))
    assert plain["op"] == "txt2img" and plain["seed"] == 11 and plain["path"] == result.path
    assert "image" not in plain and "saved" not in plain and plain["save_error"] is None


# ---------------------------------------------------------------------------------------------- 3. failed saves
def _failing_save(code: int):
    def save(self, fp, *args, **kwargs):
        raise OSError(code, os.strerror(code), str(fp))
    return save


@pytest.mark.parametrize("code,reason", [(errno.ENOSPC, "No space left on device"),
                                         (errno.EACCES, "Permission denied")])
def test_a_failed_write_is_an_error_naming_the_file_and_the_cause(tmp_path, monkeypatch, code, reason):
    engine = Engine(EngineConfig(model="demo", outputs_dir=str(tmp_path)))
    engine.writer = ImageWriter()
    monkeypatch.setattr(Image.Image, "save", _failing_save(code))
    (result,) = engine.run(ImageRequest(prompt="a cat", seeds=[3]))
    failure = result.save_failure(timeout=30)
    assert isinstance(failure, SaveError) and failure.path == result.path and failure.reason == reason
    assert isinstance(failure.cause, OSError) and failure.cause.errno == code and failure.__cause__ is failure.cause
    assert str(failure) == f"could not save {result.path}: {reason}" == result.save_error
    assert result.wait_saved() is False and isinstance(result.saved.exception(), SaveError)


def test_an_unwritable_outputs_folder_is_reported_on_each_image(tmp_path):
    blocker = tmp_path / "outputs"
    blocker.write_text("a file where the outputs folder should be")
    engine = Engine(EngineConfig(model="demo", outputs_dir=str(blocker)))
    engine.writer = ImageWriter()
    results = engine.run(ImageRequest(prompt="a cat", count=2, seeds=[1, 2]))
    failures = [r.save_failure() for r in results]
    assert [f.path for f in failures] == [r.path for r in results]
    assert all(f.reason == "Not a directory" and isinstance(f.cause, NotADirectoryError) for f in failures)


def test_no_failure_when_saved_or_nothing_to_save(demo_engine):
    (result,) = demo_engine.run(ImageRequest(prompt="a cat", seeds=[4]))
    assert result.save_failure() is None and result.wait_saved()
    unsaved = dataclasses.replace(result)  # no Future: nothing was queued for it
    assert unsaved.saved is None and unsaved.save_failure() is None


# ---------------------------------------------------------------------------------------------- 4. compile fallback
class _Doubler(torch.nn.Module):
    def __init__(self, graph_break: bool = False):
        super().__init__()
        self.linear = torch.nn.Linear(4, 4)
        self.graph_break = graph_break

    def forward(self, x):
        x = self.linear(x)
        if self.graph_break:
            torch._dynamo.graph_break()  # what a custom model's Python-side code does to dynamo
        return x * 2


def _toy_pipe(graph_break: bool):
    torch.manual_seed(0)
    return SimpleNamespace(unet=_Doubler(graph_break), vae=SimpleNamespace(decoder=_Doubler()))


def _broken_backend(graph_module, example_inputs):
    raise RuntimeError("no C compiler here")


@pytest.mark.parametrize("graph_break,backend,mode", [
    (False, "eager", FULLGRAPH), (True, "eager", PARTIAL), (True, _broken_backend, UNCOMPILED),
    (False, _broken_backend, UNCOMPILED),
])
def test_compile_falls_back_one_mode_at_a_time(graph_break, backend, mode):
    pipe = _toy_pipe(graph_break)
    x = torch.randn(2, 4)
    with torch.no_grad():
        expected = pipe.vae.decoder(pipe.unet(x))
    outputs = []

    def warm_up():
        with torch.no_grad():
            outputs.append(pipe.vae.decoder(pipe.unet(x)))
        return 0.5

    outcome = compile_with_fallback(pipe, warm_up, backend=backend)
    assert outcome.mode == mode and len(outputs) == (mode != UNCOMPILED)  # one warm-up that worked, or none
    assert all(torch.allclose(out, expected) for out in outputs)
    assert len(outcome.failures) == {FULLGRAPH: 0, PARTIAL: 1, UNCOMPILED: 2}[mode]
    if mode == PARTIAL:
        assert outcome.failures[0].startswith("fullgraph failed") and outcome.describe().startswith("partial graph (")
    if mode == UNCOMPILED:
        assert "no C compiler" in outcome.describe() and outcome.seconds == 0.0
        assert pipe.unet._compiled_call_impl is None and pipe.vae.decoder._compiled_call_impl is None
    with torch.no_grad():
        assert torch.allclose(pipe.vae.decoder(pipe.unet(x)), expected)  # runs, compiled or not


@pytest.mark.slow
@pytest.mark.parametrize("backend,mode", [("eager", PARTIAL), (_broken_backend, UNCOMPILED)])
def test_engine_compile_fallback_is_in_its_summary_and_draws_the_same(tmp_path, monkeypatch, backend, mode):
    """A demo UNet with a graph break: fullgraph=True fails, graph breaks allowed works (eager backend, quick on a
    CPU); a backend that fails every time leaves the model uncompiled. Either way it draws what the plain one does."""
    from diffusers import StableDiffusionPipeline, UNet2DConditionModel

    import imaging.demo as demo

    class GraphBreakUNet(UNet2DConditionModel):
        def forward(self, *args, **kwargs):
            torch._dynamo.graph_break()
            return super().forward(*args, **kwargs)

    def breaking_pipeline():  # a private pipeline, as new_demo_pipeline's: compiled in place
        parts = demo.build_demo_components()
        unet = GraphBreakUNet.from_config(parts["unet"].config)
        unet.load_state_dict(parts["unet"].state_dict())
        pipe = StableDiffusionPipeline(**{**parts, "unet": unet.eval()}, safety_checker=None, feature_extractor=None,
                                       requires_safety_checker=False)
        pipe.set_progress_bar_config(disable=True)
        return pipe

    monkeypatch.setenv("EASEL_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("TORCHINDUCTOR_CACHE_DIR", "")
    monkeypatch.setattr(demo, "new_demo_pipeline", breaking_pipeline)
    engine = Engine(EngineConfig(model="demo", compile=True, compile_backend=backend, tiny_vae="off",
                                 outputs_dir=str(tmp_path)))
    engine.load()
    assert engine.compile_mode.startswith(f"{mode} (fullgraph failed: ")
    (notice,) = [n for n in engine.notices if "ompile" in n]
    if mode == PARTIAL:
        assert notice.startswith("Compiled demo (partial graph (fullgraph failed: ") and engine.compile_seconds > 0
    else:
        assert "runs uncompiled" in notice and "no C compiler" in notice and engine.compile_seconds is None
    plain = Engine(EngineConfig(model="demo", tiny_vae="off", outputs_dir=str(tmp_path)))
    request = ImageRequest(prompt="a red cat", steps=2, seeds=[5])
    (a,), (b,) = engine.run(request), plain.run(request)
    assert np.abs(pixels(a) - pixels(b)).max() <= 1
