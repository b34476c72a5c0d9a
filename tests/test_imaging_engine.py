"""Engine operations on the demo model: txt2img, batches and seeds, determinism, img2img, sizes, upscale, inpaint,
progress and cancel, component sharing, errors, out-of-memory retry, safety plumbing.

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest tests/test_imaging_engine.py -q
"""
import numpy as np
import pytest
import torch
from PIL import Image

from imaging import Cancelled, Engine, EngineConfig, ImageRequest, Operation, get_engine, snap_size
from imaging.safety import SafetyChecker


def pixels(result):
    return np.asarray(result.image, dtype=np.int16)


def test_txt2img_native_size_and_demo_label(demo_engine):
    (result,) = demo_engine.run(ImageRequest(prompt="a red cat", seeds=[7]))
    assert demo_engine.is_demo and demo_engine.model_name == "demo"
    assert result.model == "demo" and result.seed == 7
    assert result.image.size == (demo_engine.preset.native_width, demo_engine.preset.native_height)
    assert result.image.mode == "RGB" and pixels(result).std() > 1  # a picture, not a flat fill
    assert result.steps == demo_engine.preset.steps and result.sampler == "Euler"


def test_batch_has_distinct_recorded_seeds(demo_engine):
    results = demo_engine.run(ImageRequest(prompt="a blue dog", count=3))
    seeds = [r.seed for r in results]
    assert len(set(seeds)) == 3
    assert not np.array_equal(pixels(results[0]), pixels(results[1]))


def test_same_request_and_seed_give_same_pixels(demo_engine):
    req = ImageRequest(prompt="a photo of a cat", seeds=[123])
    a, b = demo_engine.run(req)[0], demo_engine.run(req)[0]
    assert np.array_equal(pixels(a), pixels(b))
    other = demo_engine.run(ImageRequest(prompt="a photo of a cat", seeds=[124]))[0]
    assert not np.array_equal(pixels(a), pixels(other))


def test_image_in_batch_equals_single_render_with_its_seed(demo_engine):
    batch = demo_engine.run(ImageRequest(prompt="a cat", count=2, seeds=[5, 6]))
    single = demo_engine.run(ImageRequest(prompt="a cat", seeds=[6]))[0]
    assert np.abs(pixels(batch[1]) - pixels(single)).max() <= 2  # own generator per image


def test_same_seed_changed_prompt_rerenders(demo_engine):
    a = demo_engine.run(ImageRequest(prompt="a cat", seeds=[9]))[0]
    b = demo_engine.run(ImageRequest(prompt="a dog at night", seeds=[9]))[0]
    assert b.seed == 9 and b.prompt == "a dog at night"
    assert not np.array_equal(pixels(a), pixels(b))


def test_other_aspect_ratio_is_snapped(demo_engine):
    (result,) = demo_engine.run(ImageRequest(prompt="wide", width=200, height=100, seeds=[1]))
    m = demo_engine.preset.size_multiple
    assert result.image.size == snap_size(200, 100, demo_engine.preset)
    assert result.width % m == 0 and result.height % m == 0 and result.width > result.height


def test_img2img_keeps_size_and_strength_sets_how_much_the_source_counts(demo_engine):
    red, blue = demo_engine.run(ImageRequest(prompt="a cat", count=2, seeds=[1, 2]))

    def edit(source, strength):
        return demo_engine.run(ImageRequest(op=Operation.IMG2IMG, prompt="a cat at night", strength=strength,
                                            source_image=source.image, source_id="img-1", seeds=[3]))[0]

    low_a, low_b = edit(red, 0.3), edit(blue, 0.3)
    high_a, high_b = edit(red, 1.0), edit(blue, 1.0)
    assert low_a.image.size == red.image.size and low_a.source_id == "img-1" and low_a.strength == 0.3
    assert not np.array_equal(pixels(low_a), pixels(red))
    # at low strength the result follows its source; at strength 1 the source barely matters
    assert np.abs(pixels(low_a) - pixels(low_b)).mean() > 2 * np.abs(pixels(high_a) - pixels(high_b)).mean()


def test_img2img_from_upload_uses_its_aspect_ratio(demo_engine):
    upload = Image.new("RGB", (300, 150), (200, 40, 40))
    (result,) = demo_engine.run(ImageRequest(op=Operation.IMG2IMG, prompt="watercolor", source_image=upload,
                                             seeds=[3]))
    assert result.width > result.height and result.width % demo_engine.preset.size_multiple == 0


def test_upscale_is_2x_and_not_a_plain_resize(demo_engine):
    source = demo_engine.run(ImageRequest(prompt="a cat", seeds=[11]))[0]
    (up,) = demo_engine.run(ImageRequest(op=Operation.UPSCALE, prompt="a cat", source_image=source.image,
                                         scale=2.0, seeds=[11]))
    assert up.image.size == (2 * source.width, 2 * source.height) and up.op is Operation.UPSCALE
    plain = source.image.resize(up.image.size, Image.LANCZOS)
    assert np.abs(pixels(up) - np.asarray(plain, dtype=np.int16)).mean() > 1  # the diffusion pass redrew it


def test_inpaint_changes_masked_region_most(demo_engine):
    source = demo_engine.run(ImageRequest(prompt="a cat", seeds=[4]))[0]
    w, h = source.image.size
    mask = Image.new("L", (w, h), 0)
    mask.paste(255, (0, 0, w // 2, h))  # repaint the left half
    (out,) = demo_engine.run(ImageRequest(op=Operation.INPAINT, prompt="a dog", source_image=source.image,
                                          mask_image=mask, strength=1.0, seeds=[4]))
    diff = np.abs(pixels(out) - pixels(source)).mean(axis=2)
    assert out.image.size == (w, h)
    assert diff[:, : w // 2].mean() > diff[:, w // 2 + 8:].mean()


def test_components_are_shared_between_operations(demo_engine):
    txt = demo_engine.pipeline(Operation.TEXT2IMG)
    img = demo_engine.pipeline(Operation.IMG2IMG)
    inp = demo_engine.pipeline(Operation.INPAINT)
    assert type(img).__name__ == "StableDiffusionImg2ImgPipeline"
    assert type(inp).__name__ == "StableDiffusionInpaintPipeline"
    assert img.unet is txt.unet and inp.unet is txt.unet and img.vae is txt.vae
    assert demo_engine.pipeline(Operation.UPSCALE) is img  # made once


def test_progress_reports_every_step(demo_engine):
    calls = []
    demo_engine.run(ImageRequest(prompt="a cat", steps=3, seeds=[1]), progress=lambda s, t: calls.append((s, t)))
    assert calls == [(1, 3), (2, 3), (3, 3)]


def test_cancel_stops_and_raises(demo_engine, tmp_path):
    engine = Engine(EngineConfig(model="demo", outputs_dir=str(tmp_path)))
    steps = []

    def cancel():
        return len(steps) >= 2

    with pytest.raises(Cancelled):
        engine.run(ImageRequest(prompt="a cat", steps=5, seeds=[1]), progress=lambda s, t: steps.append(s),
                   cancel=cancel)
    assert steps == [1, 2]  # stopped right after the step where cancel turned true
    assert not list(tmp_path.rglob("*.png"))  # nothing saved
    with pytest.raises(Cancelled):
        engine.run(ImageRequest(prompt="a cat"), cancel=lambda: True)


def test_results_are_saved_with_sidecar(demo_engine):
    (result,) = demo_engine.run(ImageRequest(prompt="saved", seeds=[2]))
    assert result.path.endswith(".png") and result.sidecar_path.endswith(".json")  # known at once
    assert result.wait_saved() and result.save_error is None
    assert Image.open(result.path).size == result.image.size


@pytest.mark.parametrize("field,value,needle", [
    ("width", 10_000, "width=10000"), ("height", 8, "height=8"), ("steps", 0, "steps=0"),
    ("steps", 1000, "steps=1000"), ("count", 0, "count=0"), ("count", 50, "count=50"),
    ("strength", 1.5, "strength=1.5"), ("strength", 0.0, "strength=0.0"), ("guidance_scale", -1.0, "guidance_scale"),
    ("seeds", [1, 2], "seeds=[1, 2]"), ("prompt", "x" * 20_000, "prompt"),
])
def test_bad_values_raise_value_error_naming_them(demo_engine, field, value, needle):
    req = ImageRequest(**{"prompt": "a cat", field: value})
    with pytest.raises(ValueError) as info:
        demo_engine.check_inputs(req)
    assert needle in str(info.value)


def test_bad_operations_inputs(demo_engine):
    with pytest.raises(ValueError, match="source_image"):
        demo_engine.run(ImageRequest(op=Operation.IMG2IMG, prompt="x"))
    src = Image.new("RGB", (128, 128))
    with pytest.raises(ValueError, match="scale=9"):
        demo_engine.run(ImageRequest(op=Operation.UPSCALE, source_image=src, scale=9))
    with pytest.raises(ValueError, match="mask_image"):
        demo_engine.run(ImageRequest(op=Operation.INPAINT, source_image=src))
    with pytest.raises(ValueError, match="megapixels"):
        demo_engine.run(ImageRequest(op=Operation.IMG2IMG, source_image=Image.new("1", (8000, 6250))))


def test_unknown_model_is_a_value_error_at_construction():
    with pytest.raises(ValueError, match="no-such-model"):
        Engine(EngineConfig(model="no-such-model"))


def test_get_engine_is_one_per_config(tmp_path):
    config = EngineConfig(model="demo", outputs_dir=str(tmp_path))
    assert get_engine(config) is get_engine(EngineConfig(model="demo", outputs_dir=str(tmp_path)))
    assert get_engine(config) is not get_engine(EngineConfig(model="demo", outputs_dir=str(tmp_path / "x")))


class _OOMOnce:
    """Wraps a pipeline: the first `failures` calls raise CUDA OOM (as a too-big batch on a GPU would)."""

    def __init__(self, pipe, failures=1):
        self.pipe, self.calls, self.failures = pipe, [], failures

    def __getattr__(self, name):
        return getattr(self.pipe, name)

    def __call__(self, **kwargs):
        self.calls.append(kwargs["num_images_per_prompt"])
        if len(self.calls) <= self.failures:
            raise torch.cuda.OutOfMemoryError("CUDA out of memory (simulated)")
        return self.pipe(**kwargs)


class _NoOffloadEngine(Engine):
    def _enable_offload(self):  # CPU has no offload; record the switch
        self._offloaded = True


def test_cuda_oom_retries_once_one_image_at_a_time(tmp_path):
    engine = _NoOffloadEngine(EngineConfig(model="demo", outputs_dir=str(tmp_path)))
    engine.load()
    flaky = _OOMOnce(engine._pipes["txt2img"])
    engine._pipes["txt2img"] = flaky
    results = engine.run(ImageRequest(prompt="a cat", count=2, seeds=[1, 2]))
    assert flaky.calls == [2, 1, 1] and engine._offloaded and len(results) == 2
    assert any("out of memory" in n for n in engine.notices)
    ref = Engine(EngineConfig(model="demo", outputs_dir=str(tmp_path))).run(ImageRequest(prompt="a cat", seeds=[2]))
    assert np.abs(pixels(results[1]) - pixels(ref[0])).max() <= 2


def test_cuda_oom_twice_is_a_clear_runtime_error(tmp_path):
    engine = _NoOffloadEngine(EngineConfig(model="demo", outputs_dir=str(tmp_path)))
    engine.load()

    flaky = _OOMOnce(engine._pipes["txt2img"], failures=99)
    engine._pipes["txt2img"] = flaky
    with pytest.raises(RuntimeError, match="out of memory") as info:
        engine.run(ImageRequest(prompt="a cat", seeds=[1]))
    assert not isinstance(info.value, torch.cuda.OutOfMemoryError) and "128x128" in str(info.value)
    assert flaky.calls == [1, 1]  # tried once more, then gave up


def test_safety_checker_blacks_out_flagged_images(tmp_path):
    class FlagAll:
        def __call__(self, clip_input, images):
            return images, [True] * len(images)

    class Processor:
        def __call__(self, images, return_tensors):
            return type("Out", (), {"pixel_values": torch.zeros(len(images), 3, 8, 8)})()

    engine = Engine(EngineConfig(model="demo", outputs_dir=str(tmp_path)))
    engine.load()
    engine.is_demo = False  # the demo skips the checker; exercise the real-model path with a stub checker
    engine._safety, engine._safety_tried = SafetyChecker(FlagAll(), Processor()), True
    (result,) = engine.run(ImageRequest(prompt="a cat", seeds=[1]))
    assert result.nsfw and pixels(result).max() == 0


def test_safety_checker_unavailable_offline_is_said_once(tmp_path):
    engine = Engine(EngineConfig(model="sd-turbo", offline=True, device="cpu", outputs_dir=str(tmp_path)))
    engine.prepare_safety_checker()
    engine.prepare_safety_checker()
    notices = [n for n in engine.notices if "safety checker" in n]
    assert len(notices) == 1 and "NOT being filtered" in notices[0]
    off = Engine(EngineConfig(model="sd-turbo", offline=True, device="cpu", safety_checker=False))
    off.prepare_safety_checker()
    assert off.notices == []


@pytest.mark.skipif(not torch.cuda.is_available(), reason="needs a CUDA GPU")
@pytest.mark.cuda
def test_demo_pipeline_runs_on_cuda_fp16(tmp_path):
    from imaging.demo import new_demo_pipeline
    from imaging.presets import PRESETS

    pipe = new_demo_pipeline().to("cuda", torch.float16)
    engine = Engine.from_pipeline(pipe, PRESETS["demo"], EngineConfig(model="demo", outputs_dir=str(tmp_path)))
    a = engine.run(ImageRequest(prompt="a cat", seeds=[1]))[0]
    b = engine.run(ImageRequest(prompt="a cat", seeds=[1]))[0]
    assert a.image.size == (128, 128) and np.abs(pixels(a) - pixels(b)).max() <= 2


def test_large_upscale_is_tiled_and_reproducible(demo_engine):
    source = demo_engine.run(ImageRequest(prompt="a cat", seeds=[12]))[0]
    calls = []
    req = ImageRequest(op=Operation.UPSCALE, prompt="a cat", source_image=source.image, scale=3.0, seeds=[12])
    up = demo_engine.run(req, progress=lambda s, t: calls.append((s, t)))[0]
    assert up.image.size == (3 * source.width, 3 * source.height)
    total = calls[-1][1]
    assert calls[-1][0] == total and total >= 9  # at least 3x3 native-size tiles, one progress run over them all
    again = demo_engine.run(req)[0]
    assert np.array_equal(pixels(up), pixels(again))
    plain = np.asarray(source.image.resize(up.image.size, Image.LANCZOS), dtype=np.int16)
    assert np.abs(pixels(up) - plain).mean() > 1


def test_finish_is_the_seam_a_batched_caller_reuses(demo_engine):
    """check_inputs + pipeline + lock + finish, as a batching server calls them, give what run() gives."""
    import time

    request = ImageRequest(prompt="a red cat", seeds=[21, 22], count=2)
    plan = demo_engine.check_inputs(request)
    started = time.perf_counter()
    with demo_engine.lock:
        pipe = demo_engine.pipeline(plan.op)
        images = pipe(prompt=request.prompt, num_inference_steps=plan.steps, guidance_scale=plan.guidance,
                      width=plan.width, height=plan.height, num_images_per_prompt=2,
                      generator=[torch.Generator("cpu").manual_seed(s) for s in plan.seeds]).images
    results = demo_engine.finish(request, plan, images, prompt_truncated=False, started=started)
    alone = demo_engine.run(request)
    assert [r.seed for r in results] == [21, 22] and all(r.wait_saved() for r in results)
    for a, b in zip(results, alone):
        assert np.abs(pixels(a) - pixels(b)).max() <= 2 and a.path != b.path
    with pytest.raises(ValueError, match="1 images for 2 seeds"):
        demo_engine.finish(request, plan, images[:1], prompt_truncated=False, started=started)
