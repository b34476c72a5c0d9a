"""The tiny autoencoder (TAESD): a fast decode on the CPU, and live previews while a multi-step model draws.

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest tests/test_imaging_tiny_vae.py -q

TAESD (madebyollin/taesd, taesdxl, taef1) decodes the same latents as the model's own VAE, about 10x faster, with
slightly softer fine detail (hair, text, small faces). `EngineConfig.tiny_vae` picks it:
- "auto" (default): the tiny VAE decodes the final image on a CPU, where the full VAE takes most of the time
  (22-26 s of a 35 s sd-turbo picture on 2 cores), and encodes the source of edits; the model is then loaded without
  its full VAE (Engine._load_with_tiny_vae); on a GPU the full VAE decodes and the tiny one makes previews;
- "on": the tiny VAE decodes everywhere; "off": the full VAE only, and no previews;
- a hub id or a local folder: that AutoencoderTiny.
It is loaded like the models: the local cache first, then the hub when Easel is online and the hub answers.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Optional

import numpy as np
import torch
from PIL import Image

from .hub import hub_reachable

# model family -> the TAESD trained for its latents
TINY_VAES = {"sd": "madebyollin/taesd", "sdxl": "madebyollin/taesdxl", "flux": "madebyollin/taef1"}
KEYWORDS = ("auto", "on", "off")
_OFF = {"off", "none", "no", "false", "0"}
_HUB_ID = re.compile(r"^[A-Za-z0-9][\w.\-]*/[\w.\-]+$")
PREVIEW_MAX_LATENT_CPU = 32  # CPU previews decode at most 32x32 latents (256 px): ~4x cheaper than 512 px


def normalise_setting(setting) -> str:
    """'auto' | 'on' | 'off' | a hub id | a local folder; ValueError naming anything else."""
    if isinstance(setting, bool):  # the old boolean switch
        return "on" if setting else "off"
    if not isinstance(setting, str) or not setting.strip():
        raise ValueError(f"tiny_vae={setting!r}: expected 'auto', 'on', 'off', a hub id or a local folder")
    value = setting.strip()
    low = value.lower()
    if low in _OFF:
        return "off"
    if low in KEYWORDS:
        return low
    if Path(value).expanduser().is_dir() or (_HUB_ID.match(value) and not value.startswith((".", "/"))):
        return value
    raise ValueError(f"tiny_vae={setting!r}: not 'auto', 'on', 'off', a hub id (owner/name) or an existing folder")


def final_decode_source(setting: str, family: str, device: str) -> Optional[str]:
    """The tiny VAE that decodes the final image (None: the model's full VAE)."""
    if setting == "off" or (setting == "auto" and not device.startswith("cpu")):
        return None
    if setting in KEYWORDS:
        return TINY_VAES.get(family)
    return setting


def preview_source(setting: str, family: str) -> Optional[str]:
    """The tiny VAE for previews: any setting but 'off' (packed Flux latents get no preview)."""
    if setting == "off" or family == "flux":
        return None
    return TINY_VAES.get(family) if setting in KEYWORDS else setting


def load_tiny_vae(source: str, dtype: torch.dtype, offline: bool):
    """AutoencoderTiny from a folder or the hub: the local cache first, then the hub (when online and reachable)."""
    from diffusers import AutoencoderTiny

    try:
        return AutoencoderTiny.from_pretrained(source, torch_dtype=dtype, local_files_only=True)
    except Exception:  # not cached: maybe download below
        if offline or Path(source).expanduser().is_dir() or not hub_reachable(source):
            raise
    return AutoencoderTiny.from_pretrained(source, torch_dtype=dtype, local_files_only=False)


def unavailable_notice(source: str, err: BaseException, offline: bool) -> str:
    why = ("not in the local cache and Easel is offline" if offline else f"{type(err).__name__}: {err}")
    return (f"The tiny VAE ({source}) could not be loaded ({why}): decoding with the model's full VAE, which is "
            f"slower on a CPU. Download it once with `hf download {source}`, or set --tiny-vae off to silence this.")


@torch.inference_mode()
def preview_image(tiny, latents: torch.Tensor) -> Optional[Image.Image]:
    """The first image of a (B, C, h, w) latent batch through the tiny decoder, as a small PIL image."""
    if latents.ndim != 4 or latents.shape[1] != tiny.config.latent_channels:
        return None
    sample = latents[:1].to(tiny.device, tiny.dtype)
    if tiny.device.type == "cpu" and max(sample.shape[-2:]) > PREVIEW_MAX_LATENT_CPU:
        factor = -(-max(sample.shape[-2:]) // PREVIEW_MAX_LATENT_CPU)  # ceil
        sample = torch.nn.functional.avg_pool2d(sample, factor, ceil_mode=True)
    decoded = tiny.decode(sample / tiny.config.scaling_factor).sample[0]
    pixels = ((decoded.float().clamp(-1, 1) + 1) * 127.5).round().to(torch.uint8).permute(1, 2, 0).cpu().numpy()
    return Image.fromarray(np.ascontiguousarray(pixels))
