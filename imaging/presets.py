"""Model presets: which weights to load and the defaults that suit them.

    .venv/bin/python -c "from imaging.presets import PRESETS; print(*PRESETS.values(), sep='\\n')"

`resolve_preset(spec)` accepts a preset name, a hub repo id, a local diffusers folder or a single-file
`.safetensors` checkpoint, and returns a `Preset`. Specs that are not presets get a generic preset whose family is
inferred from the folder's `model_index.json`, the checkpoint's tensor names, or (hub ids) the repo name.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Optional

from .steps import fit_steps


@dataclass(frozen=True)
class Preset:
    """A model and the generation defaults that suit it."""

    name: str  # what Easel calls it ("sd-turbo", "demo", or the spec itself)
    repo: str  # hub id, local folder or .safetensors file; "" for the in-process demo
    family: str  # 'sd' | 'sdxl' | 'flux' | 'demo'
    native_width: int = 512
    native_height: int = 512
    size_multiple: int = 64  # width/height are snapped to this
    max_side: int = 2048  # larger requests are rejected as absurd
    steps: int = 25
    guidance_scale: float = 7.0
    img2img_strength: float = 0.6  # default strength of an edit
    negative_prompt: bool = True  # does a negative prompt do anything (needs guidance > 1)
    token_limit: int = 77  # the (first) text encoder's window, incl. start/end tokens
    vram_gb: float = 4.0  # fp16/bf16 peak at native size, without offload (presets: measured, bench/results)
    scheduler: Optional[str] = None  # diffusers scheduler class (the repo's own for presets); None -> repo default
    supports_inpaint: bool = True
    cuda_dtype: str = "float16"  # 'float16' | 'bfloat16' on CUDA; CPU always float32
    variant: Optional[str] = None  # weight file variant to ask for on CUDA ("fp16")
    single_file: bool = False  # repo is a .safetensors checkpoint (from_single_file)
    local: bool = False  # repo is a local folder / file (never touches the hub)
    license_note: str = ""
    steps_reason: str = ""  # where `steps` came from when not a family default (model card, name, --steps)

    def __str__(self) -> str:
        return (
            f"{self.name:<12} {self.repo or '(in-process)':<42} {self.family:<5} "
            f"{self.native_width}x{self.native_height}/{self.size_multiple} steps={self.steps} "
            f"cfg={self.guidance_scale} neg={self.negative_prompt} tokens={self.token_limit} "
            f"vram~{self.vram_gb}GB sched={self.scheduler or 'repo default'}"
        )


PRESETS: dict[str, Preset] = {
    # Tiny random SD-architecture pipeline built in-process (imaging.demo): tests, and the app's explicit fallback.
    "demo": Preset(
        name="demo", repo="", family="demo", native_width=128, native_height=128, size_multiple=32,
        max_side=1024, steps=2, guidance_scale=1.0, img2img_strength=0.6, negative_prompt=False,
        token_limit=77, vram_gb=0.0, scheduler="EulerDiscreteScheduler", supports_inpaint=True,
        license_note="random weights",
    ),
    # SD 2.1 distilled with adversarial diffusion distillation: 1 step, no CFG, 512 px.
    "sd-turbo": Preset(
        name="sd-turbo", repo="stabilityai/sd-turbo", family="sd", native_width=512, native_height=512,
        size_multiple=64, max_side=1024, steps=1, guidance_scale=0.0, img2img_strength=0.5,
        negative_prompt=False, token_limit=77, vram_gb=3.1, scheduler="EulerDiscreteScheduler",
        cuda_dtype="float16", variant="fp16", license_note="Stability AI non-commercial research licence",
    ),
    # SDXL distilled the same way: 1 step (up to 4), no CFG, 512 px native (not 1024).
    "sdxl-turbo": Preset(
        name="sdxl-turbo", repo="stabilityai/sdxl-turbo", family="sdxl", native_width=512, native_height=512,
        size_multiple=64, max_side=1536, steps=1, guidance_scale=0.0, img2img_strength=0.5,
        negative_prompt=False, token_limit=77, vram_gb=7.9, scheduler="EulerAncestralDiscreteScheduler",
        cuda_dtype="float16", variant="fp16", license_note="Stability AI non-commercial research licence",
    ),
    # 1024-px quality preset: FLUX.1-schnell. Apache-2.0 (usable by anyone), 4 steps, no CFG, a T5 encoder that reads
    # 256 tokens (long chat-rewritten prompts fit), and all three AutoPipelines (txt2img/img2img/inpaint) support it.
    # Heavy (12B transformer + T5-XXL): 33.8 GB peak in bf16 through Easel on an H200 (bench/flux_memory.py), or use
    # low_vram (CPU offload).
    "flux-schnell": Preset(
        name="flux-schnell", repo="black-forest-labs/FLUX.1-schnell", family="flux", native_width=1024,
        native_height=1024, size_multiple=16, max_side=2048, steps=4, guidance_scale=0.0, img2img_strength=0.7,
        negative_prompt=False, token_limit=256, vram_gb=34.0, scheduler="FlowMatchEulerDiscreteScheduler",
        cuda_dtype="bfloat16", variant=None, license_note="Apache-2.0",
    ),
}

# Generic defaults per family for specs that are not presets (a hub id, a folder, a checkpoint).
FAMILY_DEFAULTS: dict[str, dict] = {
    "sd": dict(native_width=512, native_height=512, size_multiple=64, max_side=1536, steps=25, guidance_scale=7.0,
               negative_prompt=True, token_limit=77, vram_gb=4.0, cuda_dtype="float16"),
    "sdxl": dict(native_width=1024, native_height=1024, size_multiple=64, max_side=2048, steps=25,
                 guidance_scale=6.0, negative_prompt=True, token_limit=77, vram_gb=10.0, cuda_dtype="float16"),
    "flux": dict(native_width=1024, native_height=1024, size_multiple=16, max_side=2048, steps=28,
                 guidance_scale=3.5, negative_prompt=False, token_limit=512, vram_gb=34.0, cuda_dtype="bfloat16"),
}

_HUB_ID = re.compile(r"^[A-Za-z0-9][\w.\-]*/[\w.\-]+$")


def _family_from_name(text: str) -> str:
    low = text.lower()
    if "flux" in low:
        return "flux"
    if "xl" in low:
        return "sdxl"
    return "sd"


def _family_from_folder(folder: Path) -> str:
    index = folder / "model_index.json"
    try:
        class_name = json.loads(index.read_text())["_class_name"]
    except (OSError, ValueError, KeyError) as err:
        raise ValueError(f"model folder {str(folder)!r} has no readable model_index.json ({err})") from None
    return _family_from_name(class_name) if ("XL" in class_name or "Flux" in class_name) else "sd"


def _family_from_checkpoint(path: Path) -> str:
    """Read only the safetensors header (tensor names) to tell SD, SDXL and Flux checkpoints apart."""
    from safetensors import safe_open

    try:
        with safe_open(str(path), framework="pt") as handle:
            keys = list(handle.keys())
    except Exception as err:  # safetensors raises its own error types for bad headers
        raise ValueError(f"model file {str(path)!r} is not a readable .safetensors checkpoint ({err})") from None
    if any(k.startswith("conditioner.embedders.1") for k in keys):
        return "sdxl"
    if any("double_blocks" in k for k in keys):
        return "flux"
    return "sd"


def resolve_preset(spec: str) -> Preset:
    """A preset by name, or a generic preset for a hub id / local folder / .safetensors file.

    Raises ValueError naming the spec when it is none of these.
    """
    if not isinstance(spec, str) or not spec.strip():
        raise ValueError(f"model spec must be a non-empty string, got {spec!r}")
    spec = spec.strip()
    if spec.lower() in PRESETS:
        return PRESETS[spec.lower()]
    for preset in PRESETS.values():  # a preset's repo id given directly keeps its tuned defaults
        if preset.repo and preset.repo.lower() == spec.lower():
            return preset
    path = Path(spec).expanduser()
    if spec.endswith((".safetensors", ".ckpt")):
        if spec.endswith(".ckpt"):
            raise ValueError(f"model file {spec!r}: only .safetensors checkpoints are supported (pickle is unsafe)")
        if not path.is_file():
            raise ValueError(f"model file {spec!r} does not exist")
        family = _family_from_checkpoint(path)
        return _fitted(Preset(name=path.stem, repo=str(path), family=family, single_file=True, local=True,
                              **FAMILY_DEFAULTS[family]), None)
    if path.is_dir():
        family = _family_from_folder(path)
        return _fitted(Preset(name=path.name, repo=str(path), family=family, local=True, **FAMILY_DEFAULTS[family]),
                       path)
    if _HUB_ID.match(spec) and not spec.startswith((".", "/")):
        family = _family_from_name(spec)
        return _fitted(Preset(name=spec, repo=spec, family=family, **FAMILY_DEFAULTS[family]), None)
    raise ValueError(
        f"unknown model {spec!r}: expected a preset ({', '.join(PRESETS)}), a hub id like 'owner/name', "
        "a local diffusers folder or a .safetensors file"
    )


def _fitted(preset: Preset, folder: Optional[Path]) -> Preset:
    """A generic preset with the step count and guidance its name / model card / scheduler say (few-step models)."""
    hint = fit_steps(preset.name, folder)
    if hint is None:
        return preset
    return replace(preset, steps=hint.steps, guidance_scale=hint.guidance_scale, steps_reason=hint.reason,
                   negative_prompt=hint.guidance_scale > 1)


def with_family(preset: Preset, family: str) -> Preset:
    """The same preset with the family the loaded pipeline turned out to be (generic specs only)."""
    if preset.name in PRESETS or family == preset.family:
        return preset
    fitted = replace(preset, family=family, **FAMILY_DEFAULTS[family])
    if preset.steps_reason:  # keep what the model itself said about its steps
        fitted = replace(fitted, steps=preset.steps, guidance_scale=preset.guidance_scale,
                         negative_prompt=preset.negative_prompt)
    return fitted
