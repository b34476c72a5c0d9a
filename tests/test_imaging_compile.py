"""--compile: inductor's cache under Easel's (a user's choice kept), and a compiled demo model draws the same image.

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest tests/test_imaging_compile.py -q
"""
import numpy as np
import pytest

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
