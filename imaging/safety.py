"""The NSFW safety checker (CompVis/stable-diffusion-safety-checker), run on finished images for every real model.

    .venv/bin/python -c "from imaging.safety import load_safety_checker as l; print(l('cpu', offline=True))"

Loaded separately from the pipelines (sd-turbo ships none, SDXL/Flux pipelines have no slot for one) and applied to
the PIL images: flagged images are replaced by black ones and reported as nsfw.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

import numpy as np
import torch
from PIL import Image

SAFETY_REPO = "CompVis/stable-diffusion-safety-checker"


@dataclass
class SafetyChecker:
    model: Any  # StableDiffusionSafetyChecker (or anything with its forward(clip_input, images) contract)
    processor: Any  # CLIPImageProcessor
    device: str = "cpu"
    dtype: torch.dtype = torch.float32

    @torch.inference_mode()
    def __call__(self, images: list[Image.Image]) -> tuple[list[Image.Image], list[bool]]:
        clip_input = self.processor(images, return_tensors="pt").pixel_values.to(self.device, self.dtype)
        arrays = np.stack([np.asarray(im, dtype=np.float32) / 255.0 for im in images])
        _, flags = self.model(clip_input=clip_input, images=arrays)
        flags = [bool(f) for f in flags]
        out = [Image.new("RGB", im.size) if flagged else im for im, flagged in zip(images, flags)]
        return out, flags


def load_safety_checker(device: str, dtype: torch.dtype = torch.float32, offline: bool = False) -> SafetyChecker:
    """Raises whatever the hub raises when it is not available (the engine turns that into a notice)."""
    from diffusers.pipelines.stable_diffusion.safety_checker import StableDiffusionSafetyChecker
    from transformers import CLIPImageProcessor

    model = StableDiffusionSafetyChecker.from_pretrained(SAFETY_REPO, torch_dtype=dtype, local_files_only=offline)
    processor = CLIPImageProcessor.from_pretrained(SAFETY_REPO, local_files_only=offline)
    return SafetyChecker(model.to(device).eval(), processor, device, dtype)


def unavailable_notice(err: Optional[BaseException], offline: bool) -> str:
    why = "it is not in the local model cache and Easel is offline" if offline else f"loading failed ({err})"
    return (f"The safety checker ({SAFETY_REPO}) could not be loaded: {why}. "
            "Images are NOT being filtered for NSFW content.")
