"""The OpenVINO backend on the tiny demo model saved as a folder: export, cache reuse, Engine operations, int8.

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest tests/test_imaging_openvino.py -q

Needs the extra (pip install -r requirements-openvino.txt); CI installs it. One export of the demo (~30 s on
2 cores) is shared by the module. Pixel tolerance against torch on the same seeds: measured max difference 0-1
(of 255) on uint8 images, float difference ~1e-6 (the real-size sd-turbo architecture: max 2, PSNR 55.9 dB);
the tests allow 2. int8 weights against fp32 on the demo: PSNR 57-58 dB, max difference 1; the test asks > 40 dB.
"""
import numpy as np
import pytest

pytest.importorskip("openvino")

from imaging import Engine, EngineConfig, ImageRequest  # noqa: E402
from imaging.presets import resolve_preset  # noqa: E402
from imaging.types import Cancelled, Operation  # noqa: E402

PIXEL_TOLERANCE = 2  # of 255


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory):
    from imaging.demo import new_demo_pipeline

    folder = tmp_path_factory.mktemp("models") / "easel-demo-sd"
    new_demo_pipeline().save_pretrained(folder)
    return folder


def _torch_pipeline(folder):
    from diffusers import StableDiffusionPipeline

    pipe = StableDiffusionPipeline.from_pretrained(folder, local_files_only=True, safety_checker=None,
                                                   requires_safety_checker=False)
    pipe.set_progress_bar_config(disable=True)
    return pipe


@pytest.fixture(scope="module")
def cache_dir(tmp_path_factory):
    return tmp_path_factory.mktemp("ov-cache")


@pytest.fixture(scope="module")
def loaded(demo_folder, cache_dir):
    """(torch pipeline, OpenVINO pipeline, progress messages of the first load)."""
    from imaging.openvino_backend import OpenVINOOptions, load_openvino_pipeline

    torch_pipe = _torch_pipeline(demo_folder)
    messages = []
    ov_pipe = load_openvino_pipeline(torch_pipe, resolve_preset(str(demo_folder)), None, messages.append,
                                     options=OpenVINOOptions(cache_dir=str(cache_dir), precision="f32"))
    return torch_pipe, ov_pipe, messages


def _engines(loaded, demo_folder, tmp_path):
    torch_pipe, ov_pipe, _ = loaded
    preset = resolve_preset(str(demo_folder))
    config = EngineConfig(model=str(demo_folder), outputs_dir=str(tmp_path), safety_checker=False, offline=True)
    return Engine.from_pipeline(torch_pipe, preset, config), Engine.from_pipeline(ov_pipe, preset, config)


def _pixels(results):
    return [np.asarray(r.image, dtype=np.int16) for r in results]


def _assert_close(a_results, b_results):
    for a, b in zip(_pixels(a_results), _pixels(b_results)):
        assert a.shape == b.shape
        assert np.abs(a - b).max() <= PIXEL_TOLERANCE


def _request(**kw):
    base = dict(prompt="a red cat", steps=2, guidance_scale=1.0, width=128, height=128)
    return ImageRequest(**{**base, **kw})


def test_first_load_exports_every_part_and_keeps_the_pipeline_class(loaded, cache_dir):
    torch_pipe, ov_pipe, messages = loaded
    assert [m for m in messages if m.startswith("exporting")] == [
        f"exporting the {p} to OpenVINO (one-off)" for p in ("text encoder", "unet", "vae decoder", "vae encoder")]
    assert type(ov_pipe) is type(torch_pipe)
    assert type(ov_pipe.unet).__name__ == "OVUNet" and type(ov_pipe.vae).__name__ == "OVAutoencoder"
    assert sorted(p.name for p in cache_dir.glob("*/*/model.xml")) == ["model.xml"] * 4


def test_txt2img_matches_torch_on_the_same_seeds(loaded, demo_folder, tmp_path):
    torch_engine, ov_engine = _engines(loaded, demo_folder, tmp_path)
    ov = ov_engine.run(_request(count=2, seeds=[5, 6]))
    _assert_close(torch_engine.run(_request(count=2, seeds=[5, 6])), ov)
    assert ov[0].image.size == (128, 128) and ov[0].path  # saved like any other picture
    assert not np.array_equal(*_pixels(ov))  # variations: new seeds, new pictures


def test_img2img_and_upscale_match_torch(loaded, demo_folder, tmp_path):
    torch_engine, ov_engine = _engines(loaded, demo_folder, tmp_path)
    source = torch_engine.run(_request(seeds=[1]))[0].image
    for request in (_request(op=Operation.IMG2IMG, prompt="a blue dog", source_image=source, seeds=[2],
                             strength=0.6),
                    _request(op=Operation.UPSCALE, source_image=source, seeds=[3], scale=2.0, width=None,
                             height=None)):
        ov = ov_engine.run(request)
        _assert_close(torch_engine.run(request), ov)
        assert type(ov_engine.pipeline(request.op).unet).__name__ == "OVUNet"  # from_pipe shared the OV models
    assert ov[0].image.size == (256, 256)


def test_long_prompt_goes_through_prompt_embeds(loaded, demo_folder, tmp_path):
    torch_engine, ov_engine = _engines(loaded, demo_folder, tmp_path)
    long = " ".join(["a red cat on the blue night painting"] * 20)  # > 77 tokens: chunked prompt_embeds
    ov = ov_engine.run(_request(prompt=long, seeds=[9]))
    assert not ov[0].prompt_truncated
    _assert_close(torch_engine.run(_request(prompt=long, seeds=[9])), ov)


def test_progress_and_cancel_work_through_the_step_callback(loaded, demo_folder, tmp_path):
    _, ov_engine = _engines(loaded, demo_folder, tmp_path)
    steps = []
    ov_engine.run(_request(seeds=[1]), progress=lambda step, total: steps.append((step, total)))
    assert steps == [(1, 2), (2, 2)]
    with pytest.raises(Cancelled):
        ov_engine.run(_request(seeds=[1]), progress=lambda *_: None, cancel=lambda: bool(steps.append(0)) or
                      len(steps) > 3)


def test_second_load_reuses_the_cached_ir(loaded, demo_folder, cache_dir):
    from imaging.openvino_backend import OpenVINOOptions, load_openvino_pipeline

    before = {p: p.stat().st_mtime_ns for p in cache_dir.glob("*/*/model.*")}
    messages = []
    load_openvino_pipeline(_torch_pipeline(demo_folder), None, None, messages.append,
                           options=OpenVINOOptions(cache_dir=str(cache_dir), precision="f32"))
    assert not [m for m in messages if m.startswith("exporting")]
    assert {p: p.stat().st_mtime_ns for p in cache_dir.glob("*/*/model.*")} == before


def test_changed_vae_reexports_only_the_vae(demo_folder, cache_dir, loaded):
    import torch

    from imaging.openvino_backend import OpenVINOOptions, load_openvino_pipeline

    pipe = _torch_pipeline(demo_folder)
    with torch.no_grad():
        next(pipe.vae.parameters()).mul_(0.5)  # other weights: a new cache entry for the VAE parts only
    messages = []
    load_openvino_pipeline(pipe, None, None, messages.append,
                           options=OpenVINOOptions(cache_dir=str(cache_dir), precision="f32"))
    assert [m for m in messages if m.startswith("exporting")] == [
        "exporting the vae decoder to OpenVINO (one-off)", "exporting the vae encoder to OpenVINO (one-off)"]


def test_int8_weights_are_smaller_and_stay_close(loaded, demo_folder, cache_dir, tmp_path):
    pytest.importorskip("nncf")
    from imaging.openvino_backend import OpenVINOOptions, load_openvino_pipeline

    torch_pipe, ov_pipe, _ = loaded
    int8_pipe = load_openvino_pipeline(torch_pipe, None, None, options=OpenVINOOptions(
        weights="int8", cache_dir=str(cache_dir), precision="f32"))
    unet_dir = next(cache_dir.glob("unet/*"))
    assert (unet_dir / "int8" / "model.bin").stat().st_size < 0.5 * (unet_dir / "model.bin").stat().st_size
    preset = resolve_preset(str(demo_folder))
    config = EngineConfig(model=str(demo_folder), outputs_dir=str(tmp_path), safety_checker=False)
    fp32 = _pixels(Engine.from_pipeline(ov_pipe, preset, config).run(_request(seeds=[4])))[0]
    int8 = _pixels(Engine.from_pipeline(int8_pipe, preset, config).run(_request(seeds=[4])))[0]
    mse = float(np.mean((fp32 - int8) ** 2.0))
    assert 10 * np.log10(255 ** 2 / max(mse, 1e-9)) > 40  # dB; measured on the demo: 57-58 dB, SSIM 0.9999


@pytest.mark.parametrize("requested, device, family, expected", [
    ("torch", "cpu", "sd", "torch"), ("auto", "cpu", "sd", "openvino"), ("auto", "cuda", "sd", "torch"),
    ("auto", "cpu", "sdxl", "torch"), ("auto", "cpu", "demo", "torch"),
    ("openvino-int8", "cpu", "demo", "openvino-int8"),
])
def test_choose_backend(requested, device, family, expected):
    from imaging.openvino_backend import choose_backend

    assert choose_backend(requested, device, family) == expected


@pytest.mark.parametrize("requested, device, family, needle", [
    ("openvino", "cuda", "sd", "CPU only"), ("openvino", "cpu", "flux", "'flux'"), ("onnx", "cpu", "sd", "'onnx'"),
])
def test_choose_backend_rejects_what_cannot_work(requested, device, family, needle):
    from imaging.openvino_backend import choose_backend

    with pytest.raises(ValueError, match=needle):
        choose_backend(requested, device, family)


def test_bad_options_raise_value_error():
    from imaging.openvino_backend import OpenVINOOptions

    with pytest.raises(ValueError, match="'int4'"):
        OpenVINOOptions(weights="int4").check()


def test_engine_loads_a_folder_through_openvino_when_asked(loaded, demo_folder, cache_dir, tmp_path, monkeypatch):
    """The Engine's own loading path: --backend openvino on a model folder draws through the cached IR (the module's
    first load exported it, so this load reuses it) and says which backend draws."""
    import imaging.openvino_backend as ov

    monkeypatch.setattr(ov, "default_cache_dir", lambda: cache_dir)
    config = EngineConfig(model=str(demo_folder), device="cpu", outputs_dir=str(tmp_path), safety_checker=False,
                          offline=True, backend="openvino", tiny_vae="off")
    engine = Engine(config)
    engine.load()
    assert engine.backend == "openvino"
    torch_engine = Engine(EngineConfig(model=str(demo_folder), device="cpu", outputs_dir=str(tmp_path),
                                       safety_checker=False, offline=True, backend="torch", tiny_vae="off"))
    (ov_image,) = _pixels(engine.run(_request(seeds=[11])))
    (torch_image,) = _pixels(torch_engine.run(_request(seeds=[11])))
    assert torch_engine.backend == "torch"
    # the engine keeps OpenVINO's precision hint "auto" (bf16 where the CPU has it): measured max 4 of 255 here
    assert np.abs(ov_image - torch_image).max() <= 8 and np.abs(ov_image - torch_image).mean() < 0.5
