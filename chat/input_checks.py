"""What comes in from a browser or an API client, checked before a turn: text, image ids and uploaded files.

    .venv/bin/python -m pytest tests/test_app_input_checks.py -q

Every function here answers in Easel's own words (never a library's message, never the user's file name) and raises
nothing for bad input: `clean_text` repairs, the `*_problem` functions return the message to show, or None.
"""
from __future__ import annotations

import re
import unicodedata
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Optional

IMAGE_ID_RE = re.compile(r"(?:img|upload)-[0-9]{1,6}")  # what SessionState.new_image_id / new_upload_id make
MAX_ID_SHOWN = 40  # an unknown id is quoted at most this long


@dataclass
class TextLimits:
    unreadable_share: float = 0.10  # refuse text when more than this share of its characters is unreadable
    unreadable_min: int = 5  # ... and at least this many (one stray control character is fine)


def clean_text(value: Any) -> str:
    """Valid Unicode (NFC) for any input: lone UTF-16 surrogates become U+FFFD, NUL characters go; non-text -> ""."""
    if not isinstance(value, str):
        return ""
    # a surrogate pair sent as two escapes becomes its character; an unpaired one becomes U+FFFD
    text = value.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return unicodedata.normalize("NFC", text.replace("\x00", ""))


def _unreadable(char: str) -> bool:
    if char in "\t\n\r" or char == "\u200d":  # whitespace, and the joiner inside emoji sequences
        return False
    return char == "\ufffd" or unicodedata.category(char) in ("Cc", "Cs", "Co", "Cn")


def text_problem(text: str, limits: TextLimits = TextLimits()) -> Optional[str]:
    """A message when the text is mostly control codes or broken characters (binary data pasted as text)."""
    count = sum(1 for char in text if _unreadable(char))
    if count >= limits.unreadable_min and count > limits.unreadable_share * max(len(text.strip()), 1):
        return ("That message is mostly unreadable characters (control codes or broken text), so there is nothing "
                "to draw from it. Please type your request as plain text.")
    return None


def image_id_problem(image_id: Any) -> Optional[str]:
    """A message when an image id is not of the shape Easel gives ids (img-3, upload-1)."""
    if isinstance(image_id, str) and IMAGE_ID_RE.fullmatch(image_id):
        return None
    shown = image_id[:MAX_ID_SHOWN] + ("…" if len(image_id) > MAX_ID_SHOWN else "") if isinstance(image_id, str) \
        else type(image_id).__name__
    return f"No image {shown!r} in this conversation (image ids look like img-3 or upload-1)."


# --------------------------------------------------------------------------------------------- uploads

UPLOAD_INTRO = "The uploaded file could not be used as a picture"
FORMATS = "PNG, JPEG, WebP, GIF, BMP or TIFF"


def upload_problem(path: Any, max_pixels: Optional[int] = None) -> Optional[str]:
    """One clear message per kind of bad upload (missing, empty, not an image, too many pixels, a decompression
    bomb, truncated or damaged), or None when the file decodes as a picture. Decodes the file (then drops it)."""
    from PIL import Image, UnidentifiedImageError

    from imaging.io import MAX_PIXELS, MIN_SIDE

    limit = max_pixels or MAX_PIXELS
    if not isinstance(path, (str, Path)) or not Path(path).is_file():
        return f"{UPLOAD_INTRO}: the file did not arrive. Please attach it again."
    if Path(path).stat().st_size == 0:
        return f"{UPLOAD_INTRO}: the file is empty."
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(path) as image:
                width, height = image.size
                if width * height > limit:
                    return (f"{UPLOAD_INTRO}: it is {width}x{height} = {width * height / 1e6:.1f} megapixels; "
                            f"the limit is {limit / 1e6:.0f} megapixels. Please send a smaller picture.")
                if min(width, height) < MIN_SIDE:
                    return f"{UPLOAD_INTRO}: it is {width}x{height}; each side must be at least {MIN_SIDE} pixels."
                image.load()
    except UnidentifiedImageError:
        return f"{UPLOAD_INTRO}: it is not an image Easel can read (send a {FORMATS} file)."
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        return (f"{UPLOAD_INTRO}: it claims to be far bigger than its file (a decompression bomb), so it was not "
                f"opened.")
    except (OSError, SyntaxError, ValueError, EOFError) as err:
        if "truncated" in str(err).lower() or isinstance(err, EOFError):
            return f"{UPLOAD_INTRO}: the file is cut short (truncated), perhaps by an interrupted download or copy."
        return f"{UPLOAD_INTRO}: the file is damaged (its image data can't be decoded)."
    return None
