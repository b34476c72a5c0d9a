"""Uploads (load_image validation) and describe() with no captioning model available.

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest tests/test_imaging_io_caption.py -q
"""
import io

import pytest
from PIL import Image

from imaging import load_image
from imaging.caption import Captioner, measure


def _png_bytes(image):
    buf = io.BytesIO()
    image.save(buf, format="PNG")
    return buf.getvalue()


def test_load_image_accepts_paths_bytes_and_images(tmp_path):
    rgba = Image.new("RGBA", (40, 30), (255, 0, 0, 0))  # fully transparent -> white
    path = tmp_path / "a.png"
    rgba.save(path)
    for src in (path, str(path), _png_bytes(rgba), rgba):
        image = load_image(src)
        assert image.mode == "RGB" and image.size == (40, 30) and image.getpixel((0, 0)) == (255, 255, 255)


def test_fifty_megapixel_image_is_rejected_naming_its_size(tmp_path):
    path = tmp_path / "huge.png"
    Image.new("1", (8000, 6250)).save(path)  # 50 MP, tiny file (1-bit)
    with pytest.raises(ValueError, match="8000x6250 = 50.0 megapixels"):
        load_image(path)


@pytest.mark.parametrize("src,needle", [
    (b"definitely not an image", "not a readable image"), ("/no/such/file.png", "does not exist"),
    (12345, "cannot read an image"),
])
def test_unreadable_inputs_are_value_errors(src, needle):
    with pytest.raises(ValueError, match=needle):
        load_image(src)


def test_truncated_file_is_a_value_error(tmp_path):
    data = _png_bytes(Image.effect_noise((64, 64), 50).convert("RGB"))
    with pytest.raises(ValueError, match="not a readable image"):
        load_image(data[: len(data) // 2])


def test_describe_without_a_model_says_so_and_measures(demo_engine):
    image = Image.new("RGB", (120, 80), (30, 60, 200))
    image.paste((240, 220, 40), (0, 0, 30, 80))  # a quarter yellow
    desc = demo_engine.describe(image, "what's in this picture?")
    assert not desc.available and desc.model == "none"
    assert "no captioning model could be loaded" in desc.text and "not a description" in desc.text
    assert desc.measured["width"] == 120 and desc.measured["dominant_colours"][0][0] == "blue"
    assert "yellow" in dict(desc.measured["dominant_colours"])


def test_captioning_can_be_turned_off():
    desc = Captioner("none").describe(Image.new("RGB", (10, 10)))
    assert not desc.available and "turned off" in desc.text


def test_brightness_is_measured():
    assert measure(Image.new("RGB", (8, 8), "white"))["brightness"] == 1.0
    assert measure(Image.new("RGB", (8, 8), "black"))["brightness"] == 0.0
