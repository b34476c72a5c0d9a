"""Model specs: presets, hub ids, local folders, single-file checkpoints, snapping, and failing fast offline.

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest tests/test_imaging_presets.py -q
"""
import json
import time

import pytest
import torch

from imaging import PRESETS, Engine, EngineConfig, ModelLoadError, resolve_preset, snap_size


def test_presets_carry_their_defaults():
    assert {"demo", "sd-turbo", "sdxl-turbo", "flux-schnell"} <= set(PRESETS)
    sd, xl, flux = PRESETS["sd-turbo"], PRESETS["sdxl-turbo"], PRESETS["flux-schnell"]
    assert (sd.repo, sd.family, sd.steps, sd.guidance_scale, sd.native_width) == ("stabilityai/sd-turbo", "sd", 1,
                                                                                  0.0, 512)
    assert (xl.repo, xl.family, xl.negative_prompt, xl.token_limit) == ("stabilityai/sdxl-turbo", "sdxl", False, 77)
    assert (flux.family, flux.native_width, flux.steps, flux.token_limit) == ("flux", 1024, 4, 256)
    assert PRESETS["demo"].family == "demo" and PRESETS["demo"].repo == ""


@pytest.mark.parametrize("spec,family", [
    ("sd-turbo", "sd"), ("SDXL-Turbo", "sdxl"), ("stabilityai/sdxl-turbo", "sdxl"),
    ("someone/my-sdxl-finetune", "sdxl"), ("runwayml/stable-diffusion-v1-5", "sd"),
    ("black-forest-labs/FLUX.1-dev", "flux"),
])
def test_resolve_names_and_hub_ids(spec, family):
    preset = resolve_preset(spec)
    assert preset.family == family and not preset.local


def test_resolve_local_folder_and_single_file(tmp_path):
    folder = tmp_path / "my-model"
    folder.mkdir()
    (folder / "model_index.json").write_text(json.dumps({"_class_name": "StableDiffusionXLPipeline"}))
    preset = resolve_preset(str(folder))
    assert preset.family == "sdxl" and preset.local and preset.native_width == 1024

    from safetensors.torch import save_file

    ckpt = tmp_path / "anime.safetensors"
    save_file({"model.diffusion_model.input_blocks.0.0.weight": torch.zeros(1)}, str(ckpt))
    preset = resolve_preset(str(ckpt))
    assert preset.single_file and preset.family == "sd" and preset.name == "anime"
    save_file({"conditioner.embedders.1.model.ln_final.weight": torch.zeros(1)}, str(ckpt))
    assert resolve_preset(str(ckpt)).family == "sdxl"


@pytest.mark.parametrize("spec", ["", "not a model", "./missing.safetensors", "model.ckpt", "a/b/c/d"])
def test_unknown_specs_are_value_errors(spec):
    with pytest.raises(ValueError):
        resolve_preset(spec)


def test_snap_size_rounds_to_the_models_multiple():
    sd = PRESETS["sd-turbo"]
    assert snap_size(500, 300, sd) == (512, 320)
    assert snap_size(10, 10, sd) == (64, 64)
    assert snap_size(1010, 1030, PRESETS["flux-schnell"]) == (1008, 1024)


def test_uncached_hub_model_offline_fails_fast_with_model_load_error(tmp_path):
    engine = Engine(EngineConfig(model="someone/not-a-cached-model", offline=True, device="cpu"))
    start = time.perf_counter()
    with pytest.raises(ModelLoadError, match="someone/not-a-cached-model") as info:
        engine.load()
    assert "offline" in str(info.value) and time.perf_counter() - start < 20
    assert not engine.loaded  # no silent fallback to the demo


def test_broken_local_folder_is_a_model_load_error(tmp_path):
    (tmp_path / "model_index.json").write_text(json.dumps({"_class_name": "StableDiffusionPipeline"}))
    with pytest.raises(ModelLoadError, match=str(tmp_path.name)):
        Engine(EngineConfig(model=str(tmp_path), device="cpu")).load()
