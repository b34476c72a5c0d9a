"""The typed seams of chat/: the engines and LLMs it is given satisfy its Protocols; one sizing rule.

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest tests/test_seams.py -q
"""
from __future__ import annotations

import pytest

from chat.llm import LLM
from chat.nopixels import NoPixelEngine
from chat.seams import ChatLLM, ImageEngine, engine_summary
from fakes import ScriptedLLM


def test_the_real_engine_and_the_no_pixel_engine_are_image_engines(tmp_path):
    from imaging import Engine, EngineConfig

    real = Engine(EngineConfig(model="demo", outputs_dir=str(tmp_path), offline=True))  # cheap: nothing loads
    assert isinstance(real, ImageEngine)
    assert isinstance(NoPixelEngine("sd-turbo"), ImageEngine)


def test_something_without_run_is_not_an_image_engine():
    class Half:
        preset, model_name, is_demo, notices, device, config = None, "x", False, [], None, None

        def describe(self, image, question=None):
            return None

    assert not isinstance(Half(), ImageEngine)


def test_the_llm_and_the_test_fake_are_chat_llms():
    assert isinstance(LLM(None, None, name="m", is_instruct=True), ChatLLM)
    assert isinstance(ScriptedLLM(), ChatLLM)


def test_engine_summary_reads_what_runs_through_the_seam(tmp_path):
    from imaging import Engine, EngineConfig

    summary = engine_summary(NoPixelEngine("sd-turbo"))
    assert summary.model_name == "sd-turbo" and summary.native_size == (512, 512)
    assert summary.outputs_dir is None and summary.safety_checker is False and summary.device == "none"
    demo = engine_summary(Engine(EngineConfig(model="demo", outputs_dir=str(tmp_path), safety_checker=True)))
    assert demo.is_demo and demo.safety_checker is False  # nothing to check in the demo model's noise
    assert demo.outputs_dir == str(tmp_path)


@pytest.mark.parametrize("ratio", [16 / 9, 9 / 16, 1.0, 3 / 2])
def test_native_size_at_keeps_the_native_area_and_the_ratio(ratio):
    from imaging import resolve_preset
    from imaging.sizing import native_size_at

    preset = resolve_preset("sd-turbo")
    width, height = native_size_at(preset, ratio)
    assert width % preset.size_multiple == 0 and height % preset.size_multiple == 0
    assert abs(width * height / (preset.native_width * preset.native_height) - 1) < 0.1
    assert abs(width / height - ratio) / ratio < 0.15


def test_fit_area_names_a_bad_ratio():
    from imaging.sizing import fit_area

    with pytest.raises(ValueError, match="ratio=0"):
        fit_area(0, 1000)
