"""Device and precision choice: cuda (fp16/bf16 as the model wants) > mps > cpu (fp32).

    .venv/bin/python -c "from imaging.device import pick_device; print(pick_device('auto'))"
"""
from __future__ import annotations

import torch

from .presets import Preset

_KNOWN = ("auto", "cpu", "cuda", "mps")


def pick_device(preference: str = "auto") -> str:
    """'auto' -> the best available device; an explicit one must exist (ValueError naming it otherwise)."""
    pref = (preference or "auto").lower()
    base = pref.split(":")[0]
    if base not in _KNOWN:
        raise ValueError(f"unknown device {preference!r}: expected one of {', '.join(_KNOWN)}")
    if pref == "auto":
        if torch.cuda.is_available():
            return "cuda"
        if torch.backends.mps.is_available():
            return "mps"
        return "cpu"
    if base == "cuda" and not torch.cuda.is_available():
        raise ValueError(f"device {preference!r} requested but CUDA is not available")
    if base == "mps" and not torch.backends.mps.is_available():
        raise ValueError(f"device {preference!r} requested but MPS is not available")
    return pref


def pick_dtype(device: str, preset: Preset) -> torch.dtype:
    """Half precision on accelerators (bf16 only where the card has it), fp32 on CPU (CPU half is slow/unsupported)."""
    if device.startswith("cuda"):
        if preset.cuda_dtype == "bfloat16" and torch.cuda.is_bf16_supported():
            return torch.bfloat16
        return torch.float16
    if device.startswith("mps"):
        return torch.bfloat16 if preset.family == "flux" else torch.float16
    return torch.float32


def is_cuda_oom(err: BaseException) -> bool:
    return isinstance(err, torch.cuda.OutOfMemoryError)
