"""Real-size sd-turbo (SD 2.1) and sdxl-turbo (SDXL) architectures with random weights, for benchmarking offline.

    .venv/bin/python -c "from imaging.architectures import build_random_pipeline as b; print(b('sd-turbo'))"

The configs are those of the published repos' unet/vae/text_encoder config.json files, so a step costs what the real
model's step costs; the weights are random (seeded), so the pictures are meaningless. The tokenizer is the demo's
small generated vocabulary (token ids only need to fit the embedding table).
"""
from __future__ import annotations

import torch

from .demo import build_demo_tokenizer

_SD_VAE = dict(
    block_out_channels=[128, 256, 512, 512], in_channels=3, out_channels=3, latent_channels=4, layers_per_block=2,
    down_block_types=["DownEncoderBlock2D"] * 4, up_block_types=["UpDecoderBlock2D"] * 4, norm_num_groups=32,
    sample_size=512,
)


def sd_turbo_components(seed: int = 0) -> dict:
    from diffusers import AutoencoderKL, EulerDiscreteScheduler, UNet2DConditionModel
    from transformers import CLIPTextConfig, CLIPTextModel

    torch.manual_seed(seed)
    unet = UNet2DConditionModel(
        sample_size=64, in_channels=4, out_channels=4, layers_per_block=2,
        block_out_channels=(320, 640, 1280, 1280), attention_head_dim=(5, 10, 20, 20), cross_attention_dim=1024,
        down_block_types=("CrossAttnDownBlock2D", "CrossAttnDownBlock2D", "CrossAttnDownBlock2D", "DownBlock2D"),
        up_block_types=("UpBlock2D", "CrossAttnUpBlock2D", "CrossAttnUpBlock2D", "CrossAttnUpBlock2D"),
        use_linear_projection=True,
    )
    vae = AutoencoderKL(**_SD_VAE, scaling_factor=0.18215)
    tokenizer = build_demo_tokenizer()
    text_encoder = CLIPTextModel(CLIPTextConfig(  # OpenCLIP ViT-H text tower, last layer dropped (23 of 24)
        vocab_size=49408, hidden_size=1024, intermediate_size=4096, num_hidden_layers=23, num_attention_heads=16,
        max_position_embeddings=77, projection_dim=512, hidden_act="gelu",
        bos_token_id=tokenizer.bos_token_id, eos_token_id=tokenizer.eos_token_id, pad_token_id=tokenizer.pad_token_id,
    ))
    scheduler = EulerDiscreteScheduler(beta_start=0.00085, beta_end=0.012, beta_schedule="scaled_linear",
                                       timestep_spacing="trailing", steps_offset=1)
    return dict(unet=unet.eval(), vae=vae.eval(), text_encoder=text_encoder.eval(), tokenizer=tokenizer,
                scheduler=scheduler)


def sdxl_turbo_components(seed: int = 0) -> dict:
    from diffusers import AutoencoderKL, EulerAncestralDiscreteScheduler, UNet2DConditionModel
    from transformers import CLIPTextConfig, CLIPTextModel, CLIPTextModelWithProjection

    torch.manual_seed(seed)
    unet = UNet2DConditionModel(
        sample_size=64, in_channels=4, out_channels=4, layers_per_block=2, block_out_channels=(320, 640, 1280),
        attention_head_dim=(5, 10, 20), cross_attention_dim=2048, transformer_layers_per_block=(1, 2, 10),
        down_block_types=("DownBlock2D", "CrossAttnDownBlock2D", "CrossAttnDownBlock2D"),
        up_block_types=("CrossAttnUpBlock2D", "CrossAttnUpBlock2D", "UpBlock2D"), use_linear_projection=True,
        addition_embed_type="text_time", addition_time_embed_dim=256, projection_class_embeddings_input_dim=2816,
    )
    vae = AutoencoderKL(**_SD_VAE, scaling_factor=0.13025, force_upcast=True)
    tokenizer = build_demo_tokenizer()
    ids = dict(bos_token_id=tokenizer.bos_token_id, eos_token_id=tokenizer.eos_token_id,
               pad_token_id=tokenizer.pad_token_id, vocab_size=49408, max_position_embeddings=77)
    text_encoder = CLIPTextModel(CLIPTextConfig(  # CLIP ViT-L text tower
        hidden_size=768, intermediate_size=3072, num_hidden_layers=12, num_attention_heads=12, projection_dim=768,
        hidden_act="quick_gelu", **ids))
    text_encoder_2 = CLIPTextModelWithProjection(CLIPTextConfig(  # OpenCLIP ViT-bigG text tower
        hidden_size=1280, intermediate_size=5120, num_hidden_layers=32, num_attention_heads=20, projection_dim=1280,
        hidden_act="gelu", **ids))
    scheduler = EulerAncestralDiscreteScheduler(beta_start=0.00085, beta_end=0.012, beta_schedule="scaled_linear",
                                                timestep_spacing="trailing", steps_offset=1)
    return dict(unet=unet.eval(), vae=vae.eval(), text_encoder=text_encoder.eval(),
                text_encoder_2=text_encoder_2.eval(), tokenizer=tokenizer, tokenizer_2=tokenizer, scheduler=scheduler)


def build_random_pipeline(name: str, device: str = "cpu", dtype: torch.dtype = torch.float32, seed: int = 0):
    """A StableDiffusionPipeline ('sd-turbo') or StableDiffusionXLPipeline ('sdxl-turbo') with random weights."""
    from diffusers import StableDiffusionPipeline, StableDiffusionXLPipeline

    if name == "sd-turbo":
        pipe = StableDiffusionPipeline(**sd_turbo_components(seed), safety_checker=None, feature_extractor=None,
                                       requires_safety_checker=False)
    elif name == "sdxl-turbo":
        pipe = StableDiffusionXLPipeline(**sdxl_turbo_components(seed))
    else:
        raise ValueError(f"no random architecture for {name!r}: expected 'sd-turbo' or 'sdxl-turbo'")
    pipe.set_progress_bar_config(disable=True)
    if device != "cpu" or dtype != torch.float32:  # already fp32 on CPU; .to() would only warn
        pipe = pipe.to(device, dtype)
    return pipe


def tiny_autoencoder(seed: int = 0, scaling_factor: float = 1.0):
    """AutoencoderTiny with the TAESD architecture (random weights)."""
    from diffusers import AutoencoderTiny

    torch.manual_seed(seed)
    return AutoencoderTiny(scaling_factor=scaling_factor).eval()
