"""The tiny VAE (TAESD) setting, its offline-first loading and fallback notice, previews and phases.

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest tests/test_imaging_tiny_vae.py -q
"""
import numpy as np
import pytest
import torch
from PIL import Image

from imaging import Engine, EngineConfig, ImageRequest
from imaging.tiny_vae import TINY_VAES, final_decode_source, normalise_setting, preview_source
from imaging.types import Phase


def pixels(result):
    return np.asarray(result.image, dtype=np.int16)


@pytest.mark.parametrize("value,expected", [
    ("auto", "auto"), (" ON ", "on"), ("off", "off"), ("none", "off"), (False, "off"), (True, "on"),
    ("madebyollin/taesd", "madebyollin/taesd"),
])
def test_settings_are_normalised(value, expected):
    assert normalise_setting(value) == expected


@pytest.mark.parametrize("value", ["", "fast", "./no/such/folder", 3])
def test_bad_setting_is_a_value_error_naming_it(value):
    with pytest.raises(ValueError, match="tiny_vae="):
        normalise_setting(value)
    with pytest.raises(ValueError, match="tiny_vae="):
        Engine(EngineConfig(model="demo", tiny_vae=value))


def test_auto_means_tiny_decode_on_cpu_and_previews_on_gpu():
    assert final_decode_source("auto", "sd", "cpu") == TINY_VAES["sd"]
    assert final_decode_source("auto", "sdxl", "cuda") is None and preview_source("auto", "sdxl") == TINY_VAES["sdxl"]
    assert final_decode_source("on", "flux", "cuda:0") == TINY_VAES["flux"]
    assert preview_source("auto", "flux") is None  # packed latents: no preview
    assert final_decode_source("off", "sd", "cpu") is None and preview_source("off", "sd") is None
    assert final_decode_source("me/my-taesd", "sd", "cuda") == "me/my-taesd"


def test_tiny_decode_on_the_demo_model(tmp_path):
    from diffusers import AutoencoderKL, AutoencoderTiny

    tiny = Engine(EngineConfig(model="demo", tiny_vae="on", outputs_dir=str(tmp_path)))
    full = Engine(EngineConfig(model="demo", tiny_vae="off", outputs_dir=str(tmp_path)))
    (a,) = tiny.run(ImageRequest(prompt="a cat", seeds=[3]))
    (b,) = full.run(ImageRequest(prompt="a cat", seeds=[3]))
    tiny_pipe, full_pipe = tiny.pipeline("txt2img"), full.pipeline("txt2img")
    assert isinstance(tiny_pipe.vae, AutoencoderTiny) and isinstance(full_pipe.vae, AutoencoderKL)
    assert tiny_pipe.unet is full_pipe.unet and tiny.tiny_vae == "demo" and full.tiny_vae is None
    assert a.image.size == b.image.size == (128, 128) and not np.array_equal(pixels(a), pixels(b))
    (edit,) = tiny.run(ImageRequest(op="img2img", prompt="a dog", source_image=a.image, strength=0.5, seeds=[4]))
    assert edit.image.size == (128, 128)  # the tiny encoder works for edits too


def test_tiny_vae_from_a_local_folder(tmp_path):
    from imaging.demo import build_demo_pipeline, build_demo_tiny_vae

    folder = tmp_path / "my-taesd"
    build_demo_tiny_vae().save_pretrained(folder)
    engine = Engine(EngineConfig(model="demo", tiny_vae=str(folder), outputs_dir=str(tmp_path)))
    reference = Engine(EngineConfig(model="demo", tiny_vae="on", outputs_dir=str(tmp_path)))
    (a,) = engine.run(ImageRequest(prompt="a cat", seeds=[5]))
    (b,) = reference.run(ImageRequest(prompt="a cat", seeds=[5]))
    assert engine.tiny_vae == str(folder) and np.abs(pixels(a) - pixels(b)).max() <= 1  # same weights
    assert type(build_demo_pipeline().vae).__name__ == "AutoencoderKL"  # the shared demo pipeline is untouched


def test_missing_tiny_vae_falls_back_to_the_full_vae_with_a_notice():
    engine = Engine(EngineConfig(model="sd-turbo", device="cpu", offline=True))
    engine.device = "cpu"
    assert engine._load_tiny_vae() is None and engine.tiny_vae is None
    (notice,) = engine.notices
    assert "madebyollin/taesd" in notice and "full VAE" in notice and "offline" in notice
    quiet = Engine(EngineConfig(model="sd-turbo", device="cuda", offline=True))
    quiet.device = "cuda"  # GPU: the tiny VAE is only for previews, its absence is not worth a notice
    assert quiet._load_tiny_vae() is None and quiet.notices == []


def test_previews_while_a_multi_step_model_draws(demo_engine):
    previews, events = [], []
    demo_engine.run(ImageRequest(prompt="a cat", steps=4, seeds=[1]),
                    progress=lambda s, t: events.append((s, t)),
                    preview=lambda s, t, image: previews.append((s, t, image)),
                    phase=events.append)
    assert previews and all(isinstance(p[2], Image.Image) and p[1] == 4 and p[0] < 4 for p in previews)
    assert previews[0][0] == 1  # the first step always shows one
    assert events == [Phase.DENOISING, (1, 4), (2, 4), (3, 4), (4, 4), Phase.DECODING, Phase.DONE]


def test_no_preview_for_one_step_or_with_tiny_vae_off(demo_engine, tmp_path):
    previews = []
    demo_engine.run(ImageRequest(prompt="a cat", steps=1, seeds=[1]), preview=lambda *a: previews.append(a))
    off = Engine(EngineConfig(model="demo", tiny_vae="off", outputs_dir=str(tmp_path)))
    off.run(ImageRequest(prompt="a cat", steps=3, seeds=[1]), preview=lambda *a: previews.append(a))
    assert previews == []


def test_previews_do_not_change_the_picture(demo_engine):
    request = ImageRequest(prompt="a cat", steps=3, seeds=[2])
    (a,) = demo_engine.run(request, preview=lambda *a: None)
    (b,) = demo_engine.run(request)
    assert np.array_equal(pixels(a), pixels(b))


@pytest.mark.skipif(not torch.cuda.is_available(), reason="needs a CUDA GPU")
@pytest.mark.cuda
def test_previews_and_tiny_decode_on_cuda_fp16(tmp_path):
    from imaging.compile import use_channels_last
    from imaging.demo import build_demo_tiny_vae, new_demo_pipeline
    from imaging.presets import PRESETS

    pipe = new_demo_pipeline().to("cuda", torch.float16)
    use_channels_last(pipe)
    engine = Engine.from_pipeline(pipe, PRESETS["demo"], EngineConfig(model="demo", outputs_dir=str(tmp_path)))
    engine._preview_vae = build_demo_tiny_vae().to("cuda", torch.float16)
    previews = []
    (a,) = engine.run(ImageRequest(prompt="a cat", steps=3, seeds=[1]), preview=lambda *p: previews.append(p))
    assert previews and previews[0][2].size == (128, 128) and a.wait_saved()
    pipe.vae = engine._preview_vae  # the final decode through the tiny VAE too
    (b,) = engine.run(ImageRequest(prompt="a cat", steps=3, seeds=[1]))
    assert b.image.size == (128, 128) and not np.array_equal(pixels(a), pixels(b))
