"""Saved PNGs: A1111 parameters, AI-generated XMP mark, sidecar JSON, and reading the request back.

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest tests/test_imaging_metadata.py -q
"""
import json

import numpy as np
from PIL import Image

from imaging import ImageRequest, Operation, read_metadata, request_from_metadata
from imaging.metadata import DIGITAL_SOURCE_TYPE, is_ai_marked, parse_a1111


def test_png_carries_parameters_request_and_ai_mark(demo_engine):
    req = ImageRequest(prompt="a red cat, oil painting", negative_prompt="blurry", count=2, seeds=[41, 42],
                       guidance_scale=3.0, extra={"user_text": "draw a red cat", "action": "generate"})
    results = demo_engine.run(req)
    second = results[1]
    assert second.wait_saved()  # the files are written in the background
    meta = read_metadata(second.path)
    assert meta["request"]["prompt"] == req.prompt and meta["request"]["seeds"] == [41, 42]
    assert meta["request"]["extra"] == req.extra and meta["index"] == 1
    resolved = meta["resolved"]
    assert resolved["seed"] == 42 and resolved["model"] == "demo"
    assert (resolved["width"], resolved["height"]) == second.image.size
    assert resolved["negative_prompt"] == "blurry"  # guidance 3 > 1: the negative applies
    assert is_ai_marked(second.path) == DIGITAL_SOURCE_TYPE
    with Image.open(second.path) as png:
        params = png.text["parameters"]
    parsed = parse_a1111(params)
    assert parsed["prompt"] == req.prompt and parsed["negative_prompt"] == "blurry"
    assert parsed["seed"] == 42 and parsed["steps"] == second.steps and parsed["model"] == "demo"
    assert parsed["guidance_scale"] == 3.0 and (parsed["width"], parsed["height"]) == second.image.size
    sidecar = json.loads(open(second.sidecar_path).read())
    assert sidecar["request"] == meta["request"] and sidecar["resolved"]["seed"] == 42


def test_sidecar_is_used_when_png_chunks_are_stripped(demo_engine, tmp_path):
    (result,) = demo_engine.run(ImageRequest(prompt="a dog", seeds=[5]))
    assert result.wait_saved()
    stripped = tmp_path / "copy.png"
    Image.open(result.path).save(stripped)  # re-saving drops the text chunks
    (tmp_path / "copy.json").write_text(open(result.sidecar_path).read())
    assert read_metadata(stripped)["resolved"]["prompt"] == "a dog"


def test_rerender_from_metadata_gives_same_pixels(demo_engine):
    (original,) = demo_engine.run(ImageRequest(prompt="a lighthouse at night", width=192, height=128, seeds=[77]))
    assert original.wait_saved()
    request = request_from_metadata(read_metadata(original.path))
    assert request.seeds == [77] and request.op is Operation.TEXT2IMG and (request.width, request.height) == (192, 128)
    (again,) = demo_engine.run(request)
    assert np.array_equal(np.asarray(original.image), np.asarray(again.image))


def test_img2img_records_source_and_strength(demo_engine):
    (source,) = demo_engine.run(ImageRequest(prompt="a cat", seeds=[1]))
    (edit,) = demo_engine.run(ImageRequest(op=Operation.IMG2IMG, prompt="a cat, watercolor", strength=0.5,
                                           source_image=source.image, source_id="abc", seeds=[2]))
    assert edit.wait_saved()
    resolved = read_metadata(edit.path)["resolved"]
    assert resolved["op"] == "img2img" and resolved["source_id"] == "abc" and resolved["strength"] == 0.5
    assert "Denoising strength: 0.5" in Image.open(edit.path).text["parameters"]
