"""--compile: inductor's cache under Easel's (a user's choice kept), a compiled demo model draws the same image, and a
graph break at a later size steps down a compile mode at that call.

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest tests/test_imaging_compile.py -q
"""
import numpy as np
import pytest
import torch
from diffusers import StableDiffusionPipeline, UNet2DConditionModel

from imaging import Engine, EngineConfig, ImageRequest
from torch._inductor.runtime.cache_dir_utils import default_cache_dir

from imaging.compile import use_inductor_cache


def test_inductor_cache_goes_under_easel_cache_unless_the_user_chose(tmp_path, monkeypatch):
    monkeypatch.setenv("EASEL_CACHE_DIR", str(tmp_path / "easel"))
    monkeypatch.setenv("TORCHINDUCTOR_CACHE_DIR", "")  # recorded, so the value set below is undone too
    assert use_inductor_cache() == str(tmp_path / "easel" / "inductor") and (tmp_path / "easel" / "inductor").is_dir()
    monkeypatch.setenv("TORCHINDUCTOR_CACHE_DIR", default_cache_dir())  # what importing diffusers puts there
    assert use_inductor_cache() == str(tmp_path / "easel" / "inductor")
    monkeypatch.setenv("TORCHINDUCTOR_CACHE_DIR", str(tmp_path / "mine"))
    assert use_inductor_cache() == str(tmp_path / "mine")


@pytest.mark.slow
def test_compiled_demo_draws_the_same_image(tmp_path, monkeypatch):
    from imaging.demo import build_demo_pipeline

    monkeypatch.setenv("EASEL_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("TORCHINDUCTOR_CACHE_DIR", "")
    compiled = Engine(EngineConfig(model="demo", compile=True, tiny_vae="off", outputs_dir=str(tmp_path)))
    compiled.load()  # compiles and warms up here, not in the first request
    assert compiled.compile_seconds > 0 and any("Compiled demo (fullgraph)" in n for n in compiled.notices)
    assert compiled.compile_mode == "fullgraph"  # inductor, whole graph: no fallback needed for a diffusers UNet
    assert compiled.estimate_seconds(ImageRequest(prompt="a cat", steps=2)) is not None
    plain = Engine(EngineConfig(model="demo", tiny_vae="off", outputs_dir=str(tmp_path)))
    request = ImageRequest(prompt="a red cat", steps=2, seeds=[5])
    (a,), (b,) = compiled.run(request), plain.run(request)
    diff = np.abs(np.asarray(a.image, dtype=np.int16) - np.asarray(b.image, dtype=np.int16))
    assert diff.max() <= 3 and diff.mean() < 0.5
    assert build_demo_pipeline().unet is not compiled.pipeline("txt2img").unet  # the shared demo stays uncompiled
    assert (tmp_path / "cache" / "inductor").is_dir()


class _BreaksAtNewSize(UNet2DConditionModel):
    """The demo UNet, but its forward breaks dynamo's graph for any latent size but its own (TEST ONLY: what a
    custom model's Python-side code can do at a size it wasn't warmed up at)."""

    def forward(self, sample, *args, **kwargs):
        if sample.shape[-1] != self.config.sample_size:
            torch._dynamo.graph_break()
        return super().forward(sample, *args, **kwargs)


def _breaking_demo_pipeline():
    import imaging.demo as demo

    parts = demo.build_demo_components()
    unet = _BreaksAtNewSize.from_config(parts["unet"].config)
    unet.load_state_dict(parts["unet"].state_dict())
    pipe = StableDiffusionPipeline(**{**parts, "unet": unet.eval()}, safety_checker=None, feature_extractor=None,
                                   requires_safety_checker=False)
    pipe.set_progress_bar_config(disable=True)
    return pipe


@pytest.mark.slow
def test_a_graph_break_at_a_later_size_steps_down_at_that_call(tmp_path, monkeypatch):
    """Compiled whole at the warm-up (native size); a request at another size breaks the graph under fullgraph: the
    engine compiles with graph breaks allowed, draws that request (the plain engine's pixels), and says so."""
    import imaging.demo as demo

    monkeypatch.setenv("EASEL_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("TORCHINDUCTOR_CACHE_DIR", "")
    monkeypatch.setattr(demo, "new_demo_pipeline", _breaking_demo_pipeline)
    engine = Engine(EngineConfig(model="demo", compile=True, compile_backend="eager", tiny_vae="off",
                                 outputs_dir=str(tmp_path)))
    engine.load()
    assert engine.compile_mode == "fullgraph"  # the warm-up's size: no graph break
    request = ImageRequest(prompt="a red cat", steps=2, seeds=[5], width=96, height=128)
    (drawn,) = engine.run(request)
    assert engine.compile_mode.startswith("partial graph (fullgraph failed at a call at 96x128 px, 1 image(s): ")
    assert "graph_break" in engine.compile_mode
    assert any(n.startswith("--compile: demo failed to compile at a new size") for n in engine.notices)
    plain = Engine(EngineConfig(model="demo", tiny_vae="off", outputs_dir=str(tmp_path)))
    plain._pipes["txt2img"] = _breaking_demo_pipeline()  # the same weights, never compiled
    (alone,) = plain.run(request)
    assert np.abs(np.asarray(drawn.image, dtype=np.int16) - np.asarray(alone.image, dtype=np.int16)).max() <= 1
    (again,) = engine.run(request)  # partial graph keeps working at that size, no further step down
    assert engine.compile_mode.count("failed") == 1 and again.image.size == (96, 128)


def test_only_compile_errors_step_down():
    from torch._dynamo.exc import BackendCompilerFailed, Unsupported

    from imaging.compile import is_compile_error

    assert is_compile_error(Unsupported("graph break"))
    assert is_compile_error(BackendCompilerFailed("inductor", RuntimeError("no C compiler"), None))
    assert not is_compile_error(RuntimeError("shape mismatch")) and not is_compile_error(ValueError("bad"))
    assert not is_compile_error(torch.cuda.OutOfMemoryError("out of memory"))  # the engine's own retry handles it
