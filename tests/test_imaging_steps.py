"""Steps that fit the model: few-step folders/files/hub ids are found by name, model card or scheduler; --steps and
the request override.

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest tests/test_imaging_steps.py -q
"""
import pytest

from imaging import Engine, EngineConfig, ImageRequest, resolve_preset
from imaging.steps import fit_steps


@pytest.fixture(scope="module")
def saved_demo(tmp_path_factory):
    """The demo pipeline saved as a diffusers folder (a real local model layout)."""
    from imaging.demo import new_demo_pipeline

    folder = tmp_path_factory.mktemp("models") / "plain-model"
    new_demo_pipeline().save_pretrained(folder)
    return folder


def _copy(src, dst, card=None, scheduler=None):
    import json
    import shutil

    shutil.copytree(src, dst)
    if card is not None:
        (dst / "README.md").write_text(card)
    if scheduler is not None:
        path = dst / "scheduler" / "scheduler_config.json"
        config = json.loads(path.read_text())
        config["_class_name"] = scheduler
        path.write_text(json.dumps(config))
    return dst


def test_plain_folder_keeps_the_family_default(saved_demo):
    preset = resolve_preset(str(saved_demo))
    assert preset.steps == 25 and preset.guidance_scale == 7.0 and preset.steps_reason == ""


def test_turbo_name_means_few_steps_without_cfg(saved_demo, tmp_path):
    preset = resolve_preset(str(_copy(saved_demo, tmp_path / "my-sd-turbo-merge")))
    assert preset.steps <= 4 and preset.guidance_scale == 0.0 and "turbo" in preset.steps_reason
    assert not preset.negative_prompt


def test_step_count_in_the_name_wins(saved_demo, tmp_path):
    preset = resolve_preset(str(_copy(saved_demo, tmp_path / "sdxl_lightning_2step")))
    assert preset.steps == 2 and "lightning" in preset.steps_reason and "name" in preset.steps_reason


def test_model_card_gives_keyword_steps_and_guidance(saved_demo, tmp_path):
    card = ("---\ntags:\n- lcm\n---\n# Latent Consistency Model\nFast.\n## Usage\n```py\n"
            "image = pipe(prompt, num_inference_steps=6, guidance_scale=1.5).images[0]\n```\n")
    preset = resolve_preset(str(_copy(saved_demo, tmp_path / "some-model", card=card)))
    assert (preset.steps, preset.guidance_scale) == (6, 1.5) and "model card" in preset.steps_reason


def test_scheduler_config_marks_an_lcm_folder(saved_demo, tmp_path):
    preset = resolve_preset(str(_copy(saved_demo, tmp_path / "anything", scheduler="LCMScheduler")))
    assert preset.steps == 4 and "scheduler config" in preset.steps_reason


def test_guidance_distilled_flux_dev_card_is_not_a_few_step_model(tmp_path):
    card = "# FLUX.1 [dev]\nTrained using guidance distillation.\n## Usage\nnum_inference_steps=50\n"
    assert fit_steps("flux1-dev", None) is None
    (tmp_path / "README.md").write_text(card)
    assert fit_steps("x", tmp_path) is None


def test_distilled_with_a_small_count_is_one(tmp_path):
    (tmp_path / "README.md").write_text("# My model\nA distilled model that draws in 1-4 steps.\n")
    hint = fit_steps("x", tmp_path)
    assert hint is not None and hint.steps == 4


def test_hub_id_name_is_read_too():
    preset = resolve_preset("someone/dreamshaper-xl-turbo")
    assert preset.family == "sdxl" and preset.steps == 4 and preset.guidance_scale == 0.0


def test_config_steps_override_and_request_steps_override_that(tmp_path):
    engine = Engine(EngineConfig(model="demo", steps=3, outputs_dir=str(tmp_path)))
    assert engine.check_inputs(ImageRequest(prompt="x")).steps == 3
    assert engine.check_inputs(ImageRequest(prompt="x", steps=5)).steps == 5
    (result,) = engine.run(ImageRequest(prompt="x", seeds=[1]))
    assert result.steps == 3 and engine.preset.steps_reason == "set by --steps"
    with pytest.raises(ValueError, match="steps=0"):
        Engine(EngineConfig(model="demo", steps=0))


def test_a_turbo_folder_runs_its_steps(saved_demo, tmp_path):
    folder = _copy(saved_demo, tmp_path / "tiny-turbo")
    engine = Engine(EngineConfig(model=str(folder), device="cpu", safety_checker=False, tiny_vae="off",
                                 backend="torch", outputs_dir=str(tmp_path / "out"), offline=True))
    calls = []
    (result,) = engine.run(ImageRequest(prompt="a cat", seeds=[1]), progress=lambda s, t: calls.append(t))
    assert result.steps == engine.preset.steps <= 4 and calls[-1] == result.steps and result.guidance_scale == 0
