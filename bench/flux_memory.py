"""Peak GPU memory and time of a FLUX.1-schnell picture through Easel, on the real-size architecture (random weights).

    HF_HUB_OFFLINE=1 .venv/bin/python -m bench.flux_memory --device cuda   # bf16, 1024x1024, 4 steps (~35 GB GPU)
    HF_HUB_OFFLINE=1 .venv/bin/python -m bench.flux_memory --tiny          # CPU check of the same code path

Nothing is downloaded: the transformer (19 double + 38 single blocks), T5-XXL encoder, CLIP-L text tower and the
16-channel VAE are built from their published shapes with random weights, directly on the GPU in bf16 (building 17 B
parameters on the CPU first would take minutes). The T5 slot gets Easel's small demo tokenizer (its ids fit T5's
vocabulary), which changes nothing about memory or time: the encoder still reads 512 tokens. Writes
bench/results/flux-memory-<device>.json: peak allocated memory of the whole picture (Engine.run -> PNG) and its time.
Random-weight real-size architectures time like trained ones; the peak is what the README's VRAM column reports.
"""
from __future__ import annotations

import argparse
import json
import re
import time
from pathlib import Path

import torch

from bench.engine import whole_picture
from imaging.presets import PRESETS

RESULTS = Path(__file__).resolve().parent / "results"
REAL = dict(
    transformer=dict(num_layers=19, num_single_layers=38, attention_head_dim=128, num_attention_heads=24,
                     joint_attention_dim=4096, pooled_projection_dim=768),
    t5=dict(d_model=4096, d_kv=64, d_ff=10240, num_layers=24, num_heads=64),
    clip=dict(hidden_size=768, intermediate_size=3072, num_hidden_layers=12, num_attention_heads=12),
    vae=dict(block_out_channels=[128, 256, 512, 512], layers_per_block=2),
)
TINY = dict(
    transformer=dict(num_layers=1, num_single_layers=1, attention_head_dim=16, num_attention_heads=2,
                     joint_attention_dim=32, pooled_projection_dim=32),
    t5=dict(d_model=32, d_kv=8, d_ff=64, num_layers=1, num_heads=4),
    clip=dict(hidden_size=32, intermediate_size=64, num_hidden_layers=1, num_attention_heads=2),
    vae=dict(block_out_channels=[8, 16, 16, 16], layers_per_block=1),
)


def flux_components(shapes: dict) -> dict:
    """FluxPipeline components with random weights, created on the current default device and dtype."""
    from diffusers import AutoencoderKL, FlowMatchEulerDiscreteScheduler, FluxTransformer2DModel
    from transformers import CLIPTextConfig, CLIPTextModel, T5Config, T5EncoderModel

    from imaging.demo import build_demo_tokenizer

    rope = sum((16, 56, 56)) == shapes["transformer"]["attention_head_dim"]
    transformer = FluxTransformer2DModel(patch_size=1, in_channels=64, guidance_embeds=False,
                                         axes_dims_rope=(16, 56, 56) if rope else (4, 6, 6), **shapes["transformer"])
    t5 = T5EncoderModel(T5Config(vocab_size=32128, feed_forward_proj="gated-gelu", is_encoder_decoder=False,
                                 **shapes["t5"]))
    tokenizer = build_demo_tokenizer()
    clip = CLIPTextModel(CLIPTextConfig(vocab_size=49408, max_position_embeddings=77, projection_dim=768,
                                        bos_token_id=tokenizer.bos_token_id, eos_token_id=tokenizer.eos_token_id,
                                        pad_token_id=tokenizer.pad_token_id, hidden_act="quick_gelu", **shapes["clip"]))
    blocks = len(shapes["vae"]["block_out_channels"])
    vae = AutoencoderKL(in_channels=3, out_channels=3, latent_channels=16, down_block_types=["DownEncoderBlock2D"] * blocks,
                        up_block_types=["UpDecoderBlock2D"] * blocks, use_quant_conv=False, use_post_quant_conv=False,
                        scaling_factor=0.3611, shift_factor=0.1159, norm_num_groups=8 if shapes is TINY else 32,
                        **shapes["vae"])
    scheduler = FlowMatchEulerDiscreteScheduler(shift=1.0, use_dynamic_shifting=False)
    return dict(transformer=transformer.eval(), text_encoder_2=t5.eval(), text_encoder=clip.eval(), vae=vae.eval(),
                tokenizer=tokenizer, tokenizer_2=build_demo_tokenizer(), scheduler=scheduler)


def build(device: str, dtype: torch.dtype, shapes: dict):
    from diffusers import FluxPipeline

    torch.manual_seed(0)
    previous = torch.get_default_dtype()
    torch.set_default_dtype(dtype)
    try:
        with torch.device(device):
            pipe = FluxPipeline(**flux_components(shapes))
    finally:
        torch.set_default_dtype(previous)
    pipe.set_progress_bar_config(disable=True)
    return pipe


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--device", default="cpu")
    parser.add_argument("--tiny", action="store_true", help="tiny shapes (a CPU check of the code path)")
    parser.add_argument("--repeats", type=int, default=2)
    args = parser.parse_args()
    cuda = args.device.startswith("cuda")
    dtype = torch.bfloat16 if cuda else torch.float32
    started = time.perf_counter()
    pipe = build(args.device, dtype, TINY if args.tiny else REAL)
    report = {"device": torch.cuda.get_device_name(0) if cuda else "cpu", "dtype": str(dtype).replace("torch.", ""),
              "shapes": "tiny" if args.tiny else "FLUX.1-schnell (random weights)", "torch": torch.__version__,
              "build_s": round(time.perf_counter() - started, 1),
              "parameters_billion": round(sum(p.numel() for m in (pipe.transformer, pipe.text_encoder_2,
                                                                   pipe.text_encoder, pipe.vae)
                                              for p in m.parameters()) / 1e9, 2)}
    if cuda:
        report["weights_gb"] = round(torch.cuda.memory_allocated() / 2 ** 30, 2)
    print(json.dumps(report), flush=True)
    preset = PRESETS["flux-schnell"]
    if args.tiny:  # the same code path at a size a CPU draws in seconds
        from dataclasses import replace

        preset = replace(preset, native_width=128, native_height=128)
    report["picture"] = whole_picture(pipe, preset, args.repeats, outputs=str(Path("/tmp") / "easel-flux-bench"))
    report["size"] = f"{preset.native_width}x{preset.native_height}"
    report["steps"] = preset.steps
    tag = "cpu" if not cuda else re.sub(r"[^a-z0-9]+", "-", report["device"].lower()).strip("-")
    out = RESULTS / f"flux-memory-{tag}{'-tiny' if args.tiny else ''}.json"
    out.write_text(json.dumps(report, indent=2) + "\n")
    print(json.dumps(report), "\nwrote", out, flush=True)


if __name__ == "__main__":
    main()
