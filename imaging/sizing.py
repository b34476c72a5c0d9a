"""Image sizes: snapping to the model's size multiple, and "the native pixel area at an aspect ratio".

    .venv/bin/python -c "from imaging.presets import resolve_preset; from imaging.sizing import native_size_at; \
print(native_size_at(resolve_preset('sd-turbo'), 16 / 9))"

The one home of these rules: the engine, chat/ (aspect words, --no-images) and the app's size menu all call them.
"""
from __future__ import annotations

import math


def snap_size(width: int, height: int, preset) -> tuple[int, int]:
    """Round to the nearest multiple the model needs (at least one multiple)."""
    m = preset.size_multiple
    return max(m, int(round(width / m)) * m), max(m, int(round(height / m)) * m)


def fit_area(ratio: float, area: float) -> tuple[int, int]:
    """Width and height with aspect ``ratio`` (width / height) and about ``area`` pixels, unsnapped."""
    if not ratio > 0 or not area > 0:
        raise ValueError(f"ratio={ratio!r} and area={area!r} must both be positive")
    return int(round(math.sqrt(area * ratio))), int(round(math.sqrt(area / ratio)))


def native_size_at(preset, ratio: float) -> tuple[int, int]:
    """The model's native pixel area at aspect ``ratio`` (width / height), snapped to its size multiple."""
    return snap_size(*fit_area(ratio, preset.native_width * preset.native_height), preset)
