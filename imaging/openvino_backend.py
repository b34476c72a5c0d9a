"""OpenVINO backend for the CPU: a diffusers pipeline's torch models exported once to OpenVINO IR, cached, reused.

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest tests/test_imaging_openvino.py -q
    .venv/bin/pip install -r requirements-openvino.txt      # the extra (openvino + nncf, ~190 MB)

The pipeline stays a real diffusers pipeline (StableDiffusionPipeline, or whatever class the torch pipeline was):
only its text encoder, UNet and VAE are swapped for thin torch modules that run compiled OpenVINO models. So the
scheduler, generator lists, prompt_embeds (long prompts), callback_on_step_end (progress, cancel) and
AutoPipelineFor*.from_pipe (img2img, inpaint, upscale) all keep working, with the same numbers as torch up to float
rounding. optimum-intel is not used: every release caps transformers (<5.6) and huggingface-hub (<1.22) below
Easel's pins; `openvino` (ov.convert_model) and `nncf` (weight compression) have no such caps.

Export happens once per set of weights: each part's IR is cached under <HF_HOME>/easel-openvino/<part>/<key>/ (the
key hashes the module's class, config and a strided sample of every weight tensor, so a hub model, a local folder,
a single-file checkpoint each get their own entry, a changed file a new one, and a TAESD swap re-exports the VAE only).
Compiled blobs go to the same root (OpenVINO CACHE_DIR), so a restart skips most of the compile too.
Weights: "fp32" (exact), or "int8" (nncf 8-bit weight-only compression of the UNet and text encoder; VAE kept).
Families: SD 1.x/2.x architectures (sd-turbo, SD 1.5/2.1 folders, the demo). SDXL/Flux: not yet (ValueError).
"""
from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import shutil
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Optional

import numpy as np
import torch

EXPORT_VERSION = "1"  # bump when the export recipe changes: old cache entries are then ignored
SUPPORTED_FAMILIES = ("sd", "demo")
WEIGHT_MODES = ("fp32", "int8")
BACKENDS = ("auto", "torch", "openvino", "openvino-int8")
PARTS = ("text_encoder", "unet", "vae_decoder", "vae_encoder")
COMPRESSED_PARTS = ("text_encoder", "unet")  # int8: the big matmul/conv weights; the VAE stays fp32 (colour fidelity)

LoadProgress = Callable[[str], None]  # a human-readable message per stage ("exporting the UNet (one-off)...")


@dataclass(frozen=True)
class OpenVINOOptions:
    weights: str = "fp32"  # "fp32" | "int8" (nncf weight-only INT8_ASYM on UNet + text encoder)
    cache_dir: Optional[str] = None  # None -> <HF_HOME>/easel-openvino (beside the HF hub cache)
    precision: str = "auto"  # OpenVINO INFERENCE_PRECISION_HINT: "auto" (bf16 where the CPU has it), "f32"
    device: str = "CPU"  # OpenVINO device name

    def check(self) -> None:
        if self.weights not in WEIGHT_MODES:
            raise ValueError(f"weights={self.weights!r}: expected one of {', '.join(WEIGHT_MODES)}")
        if self.precision not in ("auto", "f32", "bf16", "f16"):
            raise ValueError(f"precision={self.precision!r}: expected auto, f32, bf16 or f16")


def is_available() -> bool:
    """openvino importable (the extra is installed). nncf is only needed for int8."""
    return importlib.util.find_spec("openvino") is not None


def choose_backend(requested: str, device: str, family: str) -> str:
    """'torch' | 'openvino' | 'openvino-int8' for this request; ValueError naming what is impossible.

    'auto' picks OpenVINO on the CPU for a real SD 1.x/2.x model when it is installed, torch otherwise (the demo
    model stays on torch under 'auto': it is tiny, and a one-off export would cost more than it saves).
    """
    if requested not in BACKENDS:
        raise ValueError(f"backend={requested!r}: expected one of {', '.join(BACKENDS)}")
    if requested == "torch":
        return "torch"
    if requested == "auto":
        return "openvino" if device == "cpu" and family == "sd" and is_available() else "torch"
    if device != "cpu":
        raise ValueError(f"backend={requested!r} runs on the CPU only (device is {device!r})")
    if family not in SUPPORTED_FAMILIES:
        raise ValueError(f"backend={requested!r} supports SD 1.x/2.x models, not the {family!r} family")
    if not is_available():
        raise ValueError(f"backend={requested!r}: OpenVINO is not installed (pip install -r requirements-openvino.txt)")
    return requested


def default_cache_dir() -> Path:
    from huggingface_hub import constants

    return Path(constants.HF_HOME) / "easel-openvino"


# ---------------------------------------------------------------------------------------------- fingerprint
def _module_digest(module: torch.nn.Module, samples: int = 64) -> str:
    """Class, config and a strided sample of every tensor: cheap (milliseconds) and changes with the weights."""
    h = hashlib.sha256(type(module).__name__.encode())
    config = getattr(module, "config", None)
    if config is not None:
        items = config.to_dict() if hasattr(config, "to_dict") else dict(config)
        items = {k: v for k, v in items.items() if not k.startswith("_")}
        h.update(json.dumps(items, sort_keys=True, default=str).encode())
    for name, tensor in module.state_dict().items():
        flat = tensor.detach().reshape(-1)
        step = max(1, flat.numel() // samples)
        h.update(f"{name}{tuple(tensor.shape)}{tensor.dtype}".encode())
        h.update(flat[::step][:samples].float().cpu().numpy().tobytes())
    return h.hexdigest()


def part_keys(pipe) -> dict[str, str]:
    """One cache key per exported part: its source module's digest, the export recipe and OpenVINO's version.

    Per part, so swapping the VAE (TAESD on/off) re-exports only the VAE."""
    import openvino

    salt = f"easel-ov-{EXPORT_VERSION}-{openvino.__version__}"
    sources = {"text_encoder": pipe.text_encoder, "unet": pipe.unet, "vae_decoder": pipe.vae, "vae_encoder": pipe.vae}
    digests: dict[int, str] = {}
    keys = {}
    for part, module in sources.items():
        if id(module) not in digests:
            digests[id(module)] = _module_digest(module)
        keys[part] = hashlib.sha256(f"{salt}-{part}-{digests[id(module)]}".encode()).hexdigest()[:20]
    return keys


def part_dirs(pipe, root: Path) -> dict[str, Path]:
    """root/<part>/<key>/ holding model.xml/.bin (fp32) and int8/model.xml/.bin (int8 parts)."""
    return {part: root / part / key for part, key in part_keys(pipe).items()}


# ---------------------------------------------------------------------------------------------- export
class _TextEncoderGraph(torch.nn.Module):
    def __init__(self, encoder):
        super().__init__()
        self.encoder = encoder

    def forward(self, input_ids):
        out = self.encoder(input_ids, return_dict=False)
        return out[0], out[1]  # last hidden state (what the pipeline uses), pooled output


class _UNetGraph(torch.nn.Module):
    def __init__(self, unet):
        super().__init__()
        self.unet = unet

    def forward(self, sample, timestep, encoder_hidden_states):
        return self.unet(sample, timestep, encoder_hidden_states, return_dict=False)[0]


class _VaeDecoderGraph(torch.nn.Module):
    def __init__(self, vae):
        super().__init__()
        self.vae = vae

    def forward(self, latents):
        return self.vae.decode(latents, return_dict=False)[0]


class _VaeEncoderGraph(torch.nn.Module):
    """AutoencoderKL -> the latent distribution's moments (sampled later with the pipeline's generator);
    AutoencoderTiny -> the latents themselves."""

    def __init__(self, vae):
        super().__init__()
        self.vae = vae

    def forward(self, image):
        out = self.vae.encode(image, return_dict=False)[0]
        return out.parameters if hasattr(out, "parameters") else out


def _example_inputs(pipe) -> dict[str, tuple]:
    """Small example inputs for tracing; every dimension stays dynamic in the IR."""
    unet_cfg, factor = pipe.unet.config, pipe.vae_scale_factor
    side = max(unet_cfg.sample_size, 8)
    latents = torch.randn(1, unet_cfg.in_channels, side, side)
    ids = torch.zeros(1, pipe.tokenizer.model_max_length, dtype=torch.long)
    hidden = torch.randn(1, pipe.tokenizer.model_max_length, unet_cfg.cross_attention_dim)
    vae_latent = torch.randn(1, 4, side, side)
    return {
        "text_encoder": (ids,),
        "unet": (latents, torch.tensor([999.0]), hidden),
        "vae_decoder": (vae_latent,),
        "vae_encoder": (torch.randn(1, 3, side * factor, side * factor),),
    }


def _graphs(pipe) -> dict[str, torch.nn.Module]:
    return {"text_encoder": _TextEncoderGraph(pipe.text_encoder), "unet": _UNetGraph(pipe.unet),
            "vae_decoder": _VaeDecoderGraph(pipe.vae), "vae_encoder": _VaeEncoderGraph(pipe.vae)}


def check_supported(pipe) -> None:
    """ValueError naming what this backend can't export (before any slow work)."""
    if getattr(pipe, "text_encoder_2", None) is not None or not hasattr(pipe, "unet"):
        raise ValueError(f"the OpenVINO backend supports SD 1.x/2.x pipelines, not {type(pipe).__name__}")
    cfg = pipe.unet.config
    if cfg.get("time_cond_proj_dim") is not None or cfg.get("addition_embed_type") is not None:
        raise ValueError("the OpenVINO backend does not export UNets with timestep_cond or added conditions")


def export_ir(pipe, dirs: dict[str, Path], progress: Optional[LoadProgress] = None) -> dict[str, float]:
    """Trace each part that is not cached yet to fp32 IR in dirs[part]; returns seconds per exported part.

    Each part is written to a temp folder and renamed into place when complete (a crash leaves nothing half-done)."""
    import openvino as ov

    check_supported(pipe)
    missing = [part for part in PARTS if not (dirs[part] / "model.xml").is_file()]
    examples, graphs = (_example_inputs(pipe), _graphs(pipe)) if missing else ({}, {})
    seconds: dict[str, float] = {}
    for part in missing:
        if progress:
            progress(f"exporting the {part.replace('_', ' ')} to OpenVINO (one-off)")
        start = time.perf_counter()
        dirs[part].parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=dirs[part].name + ".tmp-", dir=dirs[part].parent))
        try:
            with torch.no_grad():
                model = ov.convert_model(graphs[part].eval(), example_input=examples[part])
            ov.save_model(model, tmp / "model.xml", compress_to_fp16=False)
            del model
            _publish(tmp, dirs[part])
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
        seconds[part] = round(time.perf_counter() - start, 2)
    return seconds


def _publish(tmp: Path, folder: Path) -> None:
    """Rename a finished export into place; when another process won the race, keep theirs."""
    try:
        os.replace(tmp, folder)
    except OSError:
        if not (folder / "model.xml").is_file():
            raise


def compress_int8(folder: Path, progress: Optional[LoadProgress] = None) -> Path:
    """nncf 8-bit weight-only compression (INT8_ASYM) of folder/model.xml into folder/int8/ (cached)."""
    import nncf
    import openvino as ov

    target = folder / "int8"
    if (target / "model.xml").is_file():
        return target
    if progress:
        progress(f"compressing the {folder.parent.name.replace('_', ' ')} to int8 (one-off)")
    tmp = Path(tempfile.mkdtemp(prefix="int8.tmp-", dir=folder))
    try:
        model = _core().read_model(folder / "model.xml")
        model = nncf.compress_weights(model, mode=nncf.CompressWeightsMode.INT8_ASYM)
        ov.save_model(model, tmp / "model.xml", compress_to_fp16=False)
        _publish(tmp, target)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return target


# ---------------------------------------------------------------------------------------------- runtime
_CORE_LOCK = threading.Lock()
_CORES: dict[str, Any] = {}


def _core(compiled_cache: Optional[Path] = None):
    """One ov.Core per compiled-blob cache folder."""
    import openvino as ov

    key = str(compiled_cache or "")
    with _CORE_LOCK:
        if key not in _CORES:
            core = ov.Core()
            if compiled_cache is not None:
                compiled_cache.mkdir(parents=True, exist_ok=True)
                core.set_property({"CACHE_DIR": str(compiled_cache)})
            _CORES[key] = core
        return _CORES[key]


class OVModel(torch.nn.Module):
    """A compiled OpenVINO model behind a torch module face (config, dtype, device) that diffusers expects."""

    def __init__(self, compiled, config, part: str):
        super().__init__()
        self.compiled, self.config, self.part = compiled, config, part
        self.request = compiled.create_infer_request()

    @property
    def dtype(self) -> torch.dtype:
        return torch.float32

    @property
    def device(self) -> torch.device:
        return torch.device("cpu")

    def infer(self, *inputs: torch.Tensor) -> list[torch.Tensor]:
        arrays = [t.detach().cpu().numpy() for t in inputs]
        out = self.request.infer(arrays)  # copies the outputs (the request's buffers are reused next call)
        return [torch.from_numpy(np.asarray(out[port])) for port in self.compiled.outputs]


class OVTextEncoder(OVModel):
    def forward(self, input_ids, attention_mask=None, output_hidden_states=None, return_dict=True):
        if output_hidden_states:
            raise ValueError("the OpenVINO text encoder returns the last hidden state only (no clip_skip)")
        hidden, pooled = self.infer(input_ids.to(torch.long))
        from transformers.modeling_outputs import BaseModelOutputWithPooling

        return BaseModelOutputWithPooling(last_hidden_state=hidden, pooler_output=pooled) if return_dict else (
            hidden, pooled)


class OVUNet(OVModel):
    def forward(self, sample, timestep, encoder_hidden_states, timestep_cond=None, cross_attention_kwargs=None,
                added_cond_kwargs=None, return_dict=True, **unused):
        if timestep_cond is not None or added_cond_kwargs:
            raise ValueError("the OpenVINO UNet takes no timestep_cond / added_cond_kwargs")
        t = torch.as_tensor(timestep, dtype=torch.float32).reshape(-1).expand(sample.shape[0])
        (noise,) = self.infer(sample.float(), t.contiguous(), encoder_hidden_states.float())
        from diffusers.models.unets.unet_2d_condition import UNet2DConditionOutput

        return UNet2DConditionOutput(sample=noise) if return_dict else (noise,)


class OVAutoencoder(OVModel):
    """decode() and encode() of AutoencoderKL or AutoencoderTiny, as the pipelines call them."""

    def __init__(self, decoder, encoder, config, tiny: bool):
        super().__init__(decoder, config, "vae")
        self.encoder_model, self.tiny = encoder, tiny
        self.encoder_request = encoder.create_infer_request()

    def decode(self, latents, return_dict=True, generator=None):
        from diffusers.models.autoencoders.vae import DecoderOutput

        (image,) = self.infer(latents.float())
        return DecoderOutput(sample=image) if return_dict else (image,)

    def encode(self, image, return_dict=True):
        out = self.encoder_request.infer([image.detach().float().cpu().numpy()])
        value = torch.from_numpy(np.asarray(out[self.encoder_model.outputs[0]]))
        if self.tiny:
            from diffusers.models.autoencoders.autoencoder_tiny import AutoencoderTinyOutput

            return AutoencoderTinyOutput(latents=value) if return_dict else (value,)
        from diffusers.models.autoencoders.vae import DiagonalGaussianDistribution
        from diffusers.models.modeling_outputs import AutoencoderKLOutput

        dist = DiagonalGaussianDistribution(value)
        return AutoencoderKLOutput(latent_dist=dist) if return_dict else (dist,)

    def forward(self, *args, **kwargs):
        raise ValueError("call encode() or decode() on the OpenVINO autoencoder")


def _compile(core, path: Path, options: OpenVINOOptions):
    config: dict[str, str] = {"PERFORMANCE_HINT": "LATENCY"}
    if options.precision != "auto":
        config["INFERENCE_PRECISION_HINT"] = options.precision
    return core.compile_model(core.read_model(path), options.device, config)


def build_ov_pipeline(pipe, dirs: dict[str, Path], options: OpenVINOOptions,
                      progress: Optional[LoadProgress] = None):
    """The same diffusers pipeline class, its text encoder/UNet/VAE served by the compiled IR in `dirs`."""
    core = _core(Path(options.cache_dir or default_cache_dir()) / "compiled")
    paths = {}
    for part in PARTS:
        int8 = options.weights == "int8" and part in COMPRESSED_PARTS
        paths[part] = (compress_int8(dirs[part], progress) if int8 else dirs[part]) / "model.xml"
    if progress:
        progress("compiling the OpenVINO models")
    compiled = {part: _compile(core, paths[part], options) for part in PARTS}
    tiny = type(pipe.vae).__name__ == "AutoencoderTiny"
    components = {
        "text_encoder": OVTextEncoder(compiled["text_encoder"], pipe.text_encoder.config, "text_encoder"),
        "unet": OVUNet(compiled["unet"], pipe.unet.config, "unet"),
        "vae": OVAutoencoder(compiled["vae_decoder"], compiled["vae_encoder"], pipe.vae.config, tiny),
    }
    ov_pipe = type(pipe).from_pipe(pipe, **components)
    ov_pipe.set_progress_bar_config(disable=True)
    return ov_pipe


def load_openvino_pipeline(source, preset=None, config=None, progress: Optional[LoadProgress] = None,
                           options: Optional[OpenVINOOptions] = None):
    """An OpenVINO-served copy of the torch pipeline `source` (exported once per set of weights, then cached).

    `preset` and `config` (the Engine's Preset and EngineConfig) are accepted for the engine's loading path;
    `config.backend == "openvino-int8"` selects int8 weights unless `options` says otherwise.
    """
    if options is None:
        int8 = getattr(config, "backend", "") == "openvino-int8"
        options = OpenVINOOptions(weights="int8" if int8 else "fp32")
    options.check()
    if not is_available():
        raise ValueError("OpenVINO is not installed: pip install -r requirements-openvino.txt")
    if preset is not None and preset.family not in SUPPORTED_FAMILIES:
        raise ValueError(f"the OpenVINO backend supports SD 1.x/2.x models, not the {preset.family!r} family")
    check_supported(source)
    dirs = part_dirs(source, Path(options.cache_dir) if options.cache_dir else default_cache_dir())
    export_ir(source, dirs, progress)
    return build_ov_pipeline(source, dirs, options, progress)
