"""Validated image input: uploads and sources become RGB PIL images, or a ValueError that names the problem.

    .venv/bin/python -c "from imaging.io import load_image; print(load_image('photo.jpg').size)"
"""
from __future__ import annotations

import io
from pathlib import Path
from typing import Union

from PIL import Image, ImageOps, UnidentifiedImageError

MAX_PIXELS = 40_000_000  # ~40 MP: bigger uploads are refused before decoding (memory), with their size named
MIN_SIDE = 8

ImageSource = Union[str, Path, bytes, bytearray, Image.Image]


def _check_size(width: int, height: int, what: str) -> None:
    if width * height > MAX_PIXELS:
        raise ValueError(
            f"{what} is {width}x{height} = {width * height / 1e6:.1f} megapixels; the limit is "
            f"{MAX_PIXELS / 1e6:.0f} megapixels"
        )
    if min(width, height) < MIN_SIDE:
        raise ValueError(f"{what} is {width}x{height}; each side must be at least {MIN_SIDE} px")


def _to_rgb(image: Image.Image) -> Image.Image:
    image = ImageOps.exif_transpose(image)  # phone photos: honour the orientation tag
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        background = Image.new("RGB", rgba.size, (255, 255, 255))  # transparent -> white, not black
        background.paste(rgba, mask=rgba.getchannel("A"))
        return background
    return image.convert("RGB")


def load_image(src: ImageSource) -> Image.Image:
    """An RGB copy of `src` (path, bytes or PIL image). ValueError for unreadable, too small or too big images."""
    if isinstance(src, Image.Image):
        _check_size(*src.size, what="image")
        return _to_rgb(src)
    if isinstance(src, (bytes, bytearray)):
        handle, what = io.BytesIO(bytes(src)), f"uploaded image ({len(src)} bytes)"
    elif isinstance(src, (str, Path)):
        path = Path(src)
        if not path.is_file():
            raise ValueError(f"image file {str(src)!r} does not exist")
        handle, what = path, f"image {path.name!r}"
    else:
        raise ValueError(f"cannot read an image from {type(src).__name__}")
    try:
        with Image.open(handle) as opened:  # reads the header only: the size check happens before decoding
            _check_size(*opened.size, what=what)
            opened.load()
            return _to_rgb(opened)
    except ValueError:
        raise
    except UnidentifiedImageError:  # Pillow's own text repeats the path; say what would work instead
        raise ValueError(f"{what} is not a readable image (not a PNG, JPEG, WebP, GIF, BMP or TIFF file)") from None
    except (OSError, Image.DecompressionBombError, SyntaxError) as err:
        raise ValueError(f"{what} is not a readable image ({err})") from None
