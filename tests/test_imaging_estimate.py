"""The wait estimate: nothing before a measurement, then scaled by pixels, steps, count and guidance.

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest tests/test_imaging_estimate.py -q
"""
import pytest
from PIL import Image

from imaging import Engine, EngineConfig, ImageRequest
from imaging.estimate import SpeedMeter, describe


def test_meter_scales_with_the_work(demo_engine):
    meter = SpeedMeter()
    one = demo_engine.check_inputs(ImageRequest(prompt="x", steps=1, seeds=[1]))
    assert meter.estimate(one) is None
    meter.record(one, "cpu", denoise_s=2.0, decode_s=1.0)
    assert meter.estimate(one) == pytest.approx(3.0)
    four = demo_engine.check_inputs(ImageRequest(prompt="x", steps=4, seeds=[1]))
    assert meter.estimate(four) == pytest.approx(4 * 2.0 + 1.0)
    two_images = demo_engine.check_inputs(ImageRequest(prompt="x", steps=1, count=2, seeds=[1, 2]))
    assert meter.estimate(two_images) == pytest.approx(6.0)
    cfg = demo_engine.check_inputs(ImageRequest(prompt="x", steps=1, guidance_scale=5.0, seeds=[1]))
    assert meter.estimate(cfg) == pytest.approx(2 * 2.0 + 1.0)  # guidance runs the model twice a step
    big = demo_engine.check_inputs(ImageRequest(prompt="x", steps=1, width=256, height=256, seeds=[1]))
    assert meter.estimate(big) == pytest.approx(4 * 3.0)


def test_meter_follows_the_newest_runs(demo_engine):
    meter = SpeedMeter()
    plan = demo_engine.check_inputs(ImageRequest(prompt="x", steps=1, seeds=[1]))
    meter.record(plan, "cpu", 2.0, 0.0)
    meter.record(plan, "cpu", 4.0, 0.0)
    assert meter.estimate(plan) == pytest.approx(3.0) and meter.rates("txt2img").runs == 2
    edit = demo_engine.check_inputs(ImageRequest(op="img2img", prompt="x", steps=4, strength=0.5, seeds=[1],
                                                 source_image=Image.new("RGB", (128, 128))))
    assert meter.estimate(edit) == pytest.approx(2 * 3.0)  # borrows txt2img's rate; int(4 * 0.5) = 2 steps run


def test_engine_estimates_after_a_warm_up_without_saving(tmp_path):
    engine = Engine(EngineConfig(model="demo", outputs_dir=str(tmp_path)))
    request = ImageRequest(prompt="a cat", steps=2, seeds=[1])
    assert engine.estimate_seconds(request) is None
    assert engine.warm_up() > 0
    assert not list(tmp_path.rglob("*.png"))
    first = engine.estimate_seconds(request)
    assert first is not None and first > 0
    engine.run(request)
    assert engine.estimate_seconds(ImageRequest(prompt="a cat", steps=8, seeds=[1])) > engine.estimate_seconds(request)
    with pytest.raises(ValueError, match="steps=0"):
        engine.estimate_seconds(ImageRequest(prompt="a cat", steps=0))
    assert engine.wait_text(request).endswith("on this CPU, 2 steps")
    assert Engine(EngineConfig(model="demo")).wait_text(request) == ""


@pytest.mark.parametrize("seconds,device,steps,text", [
    (9.2, "cpu", 1, "about 9 s on this CPU, 1 step"), (0.4, "cuda", 4, "about a second on this GPU, 4 steps"),
    (37, "cpu", 25, "about 35 s on this CPU, 25 steps"), (360, "cpu", 25, "about 6 min on this CPU, 25 steps"),
    (None, "cpu", 1, ""),
])
def test_describe(seconds, device, steps, text):
    assert describe(seconds, device, steps) == text
