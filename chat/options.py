"""Command-line options shared by `python app.py` and `python -m chat.replay`.

    .venv/bin/python -m chat.replay --help
"""
from __future__ import annotations

import argparse
from dataclasses import dataclass, fields
from typing import Optional


@dataclass
class AppOptions:
    image_model: str = "sd-turbo"  # preset name, hub id, local folder, .safetensors file, or "demo"
    llm: str = "auto"  # "auto", "embedded", a preset name, hub id, local folder, .gguf file, or openai:MODEL
    llm_base_url: Optional[str] = None  # server for --llm openai:MODEL; None: $EASEL_LLM_BASE_URL, else Ollama's
    device: str = "auto"  # auto -> cuda > mps > cpu
    low_vram: bool = False  # model CPU offload
    outputs: str = "outputs"  # where PNGs and sidecars are saved
    offline: bool = False  # never touch the network (also implied by HF_HUB_OFFLINE=1)
    safety_checker: bool = True
    no_images: bool = False  # make every decision but run no diffusion (replay, CI)
    demo_fallback: bool = True  # fall back to the demo image model (with a banner) when the real one can't load
    tiny_vae: str = "auto"  # TAESD decode: "auto" (on for the CPU, off on a GPU), "off", a hub id or a local folder
    steps: Optional[int] = None  # diffusion steps for every picture; None -> what the model is known or found to need
    compile: bool = False  # torch.compile the UNet/transformer and VAE decode (warmed up at start)
    backend: str = "auto"  # "torch", "openvino", "openvino-int8" (CPU, requirements-openvino.txt) or "auto"
    batch_window_ms: int = 0  # >0: coalesce concurrent sessions' compatible requests into one batch within this window
    llm_batch_window_ms: int = 0  # >0: concurrent sessions' LLM replies share one generate call (chat.llm.batching)


def add_app_arguments(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """Add the options every Easel entry point understands."""
    defaults = AppOptions()
    group = parser.add_argument_group("models")
    group.add_argument("--image-model", default=defaults.image_model,
                       help="image model: preset (sd-turbo, sdxl-turbo, flux-schnell, demo), hub id, folder or file")
    group.add_argument("--llm", default=defaults.llm,
                       help="language model: auto, embedded, a preset, hub id, local folder or .gguf file, "
                            "or openai:MODEL (an OpenAI-compatible server)")
    group.add_argument("--llm-base-url", default=defaults.llm_base_url,
                       help="OpenAI-compatible server for --llm openai:MODEL (default: $EASEL_LLM_BASE_URL, else "
                            "http://localhost:11434/v1); the key is read from $EASEL_LLM_API_KEY")
    group.add_argument("--device", default=defaults.device, help="auto, cuda, mps or cpu")
    group.add_argument("--low-vram", action="store_true", help="offload model parts to the CPU")
    group.add_argument("--outputs", default=defaults.outputs, help="folder for saved images")
    group.add_argument("--offline", action="store_true", help="never download anything")
    group.add_argument("--no-safety-checker", dest="safety_checker", action="store_false",
                       help="turn off the NSFW safety checker")
    group.add_argument("--no-images", action="store_true", help="make every decision but run no diffusion")
    group.add_argument("--no-demo-fallback", dest="demo_fallback", action="store_false",
                       help="fail instead of falling back to the demo image model")
    speed = parser.add_argument_group("speed")
    speed.add_argument("--tiny-vae", default=defaults.tiny_vae,
                       help="decode with a tiny autoencoder (TAESD): auto (on for the CPU), off, a hub id or a folder")
    speed.add_argument("--steps", type=int, default=defaults.steps,
                       help="diffusion steps for every picture (default: what the model needs)")
    speed.add_argument("--compile", action="store_true", help="torch.compile the model at start (slower start)")
    speed.add_argument("--backend", default=defaults.backend, choices=["auto", "torch", "openvino", "openvino-int8"],
                       help="image backend: torch, openvino or openvino-int8 (CPU, needs requirements-openvino.txt), or auto (OpenVINO on a CPU when installed)")
    speed.add_argument("--batch-window-ms", type=int, default=defaults.batch_window_ms,
                       help="batch concurrent sessions' compatible pictures within this many ms (0: off)")
    speed.add_argument("--llm-batch-window-ms", type=int, default=defaults.llm_batch_window_ms,
                       help="batch concurrent sessions' LLM replies within this many ms (0: off; 15 suits a GPU "
                            "serving several people)")
    return parser


def options_from_args(args: argparse.Namespace) -> AppOptions:
    return AppOptions(**{f.name: getattr(args, f.name) for f in fields(AppOptions) if hasattr(args, f.name)})
