"""Command-line options shared by `python app.py` and `python -m chat.replay`.

    .venv/bin/python -m chat.replay --help
"""
from __future__ import annotations

import argparse
from dataclasses import dataclass, fields


@dataclass
class AppOptions:
    image_model: str = "sd-turbo"  # preset name, hub id, local folder, .safetensors file, or "demo"
    llm: str = "auto"  # "auto", "embedded", a preset name, hub id, local folder or .gguf file
    device: str = "auto"  # auto -> cuda > mps > cpu
    low_vram: bool = False  # model CPU offload
    outputs: str = "outputs"  # where PNGs and sidecars are saved
    offline: bool = False  # never touch the network (also implied by HF_HUB_OFFLINE=1)
    safety_checker: bool = True
    no_images: bool = False  # make every decision but run no diffusion (replay, CI)
    demo_fallback: bool = True  # fall back to the demo image model (with a banner) when the real one can't load


def add_app_arguments(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """Add the options every Easel entry point understands."""
    defaults = AppOptions()
    group = parser.add_argument_group("models")
    group.add_argument("--image-model", default=defaults.image_model,
                       help="image model: preset (sd-turbo, sdxl-turbo, flux-schnell, demo), hub id, folder or file")
    group.add_argument("--llm", default=defaults.llm,
                       help="language model: auto, embedded, a preset, hub id, local folder or .gguf file")
    group.add_argument("--device", default=defaults.device, help="auto, cuda, mps or cpu")
    group.add_argument("--low-vram", action="store_true", help="offload model parts to the CPU")
    group.add_argument("--outputs", default=defaults.outputs, help="folder for saved images")
    group.add_argument("--offline", action="store_true", help="never download anything")
    group.add_argument("--no-safety-checker", dest="safety_checker", action="store_false",
                       help="turn off the NSFW safety checker")
    group.add_argument("--no-images", action="store_true", help="make every decision but run no diffusion")
    group.add_argument("--no-demo-fallback", dest="demo_fallback", action="store_false",
                       help="fail instead of falling back to the demo image model")
    return parser


def options_from_args(args: argparse.Namespace) -> AppOptions:
    return AppOptions(**{f.name: getattr(args, f.name) for f in fields(AppOptions) if hasattr(args, f.name)})
