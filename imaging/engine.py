"""The image engine: one model, loaded once, behind `Engine.run(ImageRequest) -> list[ImageResult]`.

    HF_HUB_OFFLINE=1 .venv/bin/python -c "from imaging import *; \
print(Engine(EngineConfig(model='demo')).run(ImageRequest(prompt='a red cat', count=2)))"

txt2img, img2img, inpaint and upscale share one set of components (AutoPipelineFor*.from_pipe). Inputs are checked
(ValueError naming the value) before anything heavy; every image gets its own seed and torch.Generator; progress,
cancel, previews and phases go through callback_on_step_end (imaging.progress); every image is saved (PNG + metadata
+ sidecar JSON) by the background writer (imaging.writer), so run() returns as soon as the pixels exist.
On a CPU the tiny VAE decodes (and encodes edits) by default, and the model's full VAE is then not loaded at all
(imaging.tiny_vae); a model's step count comes from its preset, its name / model card (imaging.steps) or
EngineConfig.steps; each run's speed feeds the wait estimate (imaging.estimate); compile=True goes through
torch.compile, falling back to graph breaks allowed, then to uncompiled (imaging.compile; Engine.compile_mode), at
the warm-up or at the first call that breaks (Engine.call_pipeline).

A batching caller (several sessions in one pipeline call) reuses the same steps as run(): check_inputs(request),
then under `engine.lock`: pipeline(op), encode_prompt(...), pipe_kwargs(...) per request, one pipeline call, and
finish(request, plan, images, prompt_truncated=..., started=...) per request.
"""
from __future__ import annotations

import functools
import logging
import math
import secrets
import threading
import time
from dataclasses import dataclass, replace
from typing import Any, Optional

import numpy as np
import torch
from PIL import Image, ImageOps

from . import long_prompt, tiny_vae
from .caption import Captioner, Description
from .compile import (UNCOMPILED, CompileOutcome, compile_with_fallback, is_compile_error, maybe_the_models_error,
                      step_down, use_channels_last)
from .device import pick_device, pick_dtype
from .device_thread import DeviceThread, OwnedLock
from .hub import env_offline, hub_reachable
from .io import load_image
from .metadata import build_record, output_paths, sampler_name, write_files
from .presets import PRESETS, Preset, resolve_preset, with_family
from .estimate import SpeedMeter
from .estimate import describe as describe_wait
from .progress import PhaseTracker, StepReporter
from .sizing import fit_area, snap_size
from .safety import SafetyChecker, load_safety_checker, unavailable_notice
from .types import (Cancelled, CancelFn, ImageRequest, ImageResult, Operation, Phase, PhaseFn, PreviewFn,
                    ProgressFn, SaveError)
from .writer import ImageWriter, default_writer

logger = logging.getLogger(__name__)

MAX_COUNT = 8
MAX_STEPS = 150
MAX_GUIDANCE = 30.0
MIN_SIDE = 64
MAX_PROMPT_CHARS = 10_000
MAX_SCALE = 4.0
MAX_UPSCALE_SIDE = 4096
FLIP_AXES = {"horizontal": ImageOps.mirror, "vertical": ImageOps.flip}  # Operation.FLIP: a mirror image; upside down
UPSCALE_STRENGTH = 0.3  # low: add detail at the new size, keep the picture


class ModelLoadError(RuntimeError):
    """A model could not be loaded (offline and not cached, missing file, bad checkpoint...). Never silent."""


@dataclass(frozen=True)
class EngineConfig:
    model: str = "sd-turbo"  # preset name, hub id, local diffusers folder, single-file .safetensors, or "demo"
    device: str = "auto"  # auto -> cuda > mps > cpu
    low_vram: bool = False  # model CPU offload (CUDA)
    outputs_dir: str = "outputs"  # PNG + sidecar JSON go to outputs_dir/YYYY-MM-DD/
    safety_checker: bool = True  # NSFW checker on real models (a notice if it can't be loaded)
    caption_model: str = "blip-base"  # captioning/VQA preset or hub id; "none" disables
    offline: bool = False  # local_files_only=True for every load (HF_HUB_OFFLINE=1 implies it)
    # TAESD: "auto" = the tiny VAE decodes on a CPU (~10x faster decode, slightly softer detail) and makes previews
    # on a GPU; "on" = decode with it everywhere; "off" = full VAE, no previews; or a hub id / local folder
    tiny_vae: str = "auto"
    steps: Optional[int] = None  # steps for every request that doesn't set its own (None: what the model says)
    compile: bool = False  # torch.compile the UNet/transformer and VAE decode (slow first start, cached on disk)
    compile_backend: Any = "inductor"  # torch.compile's backend, a name or a callable ("eager": quick tests)
    # "auto": OpenVINO on a CPU for SD 1.x/2.x models when requirements-openvino.txt is installed (exported once,
    # cached), else torch; "torch"; "openvino"; "openvino-int8" (8-bit weights: ~4x less memory for the UNet)
    backend: str = "auto"


@dataclass
class _Plan:
    """A request after validation: every value resolved, nothing left to the pipeline's defaults."""

    op: Operation
    width: int
    height: int
    steps: int  # num_inference_steps passed to the pipeline
    guidance: float
    strength: Optional[float]
    seeds: list[int]
    source: Optional[Image.Image]
    mask: Optional[Image.Image]
    negative: str  # "" when the model/guidance make a negative prompt meaningless


def _tile_starts(length: int, tile: int, overlap: int) -> list[int]:
    """Start offsets of tiles of `tile` px covering `length` px with at least `overlap` px shared."""
    if length <= tile:
        return [0]
    n = math.ceil((length - overlap) / (tile - overlap))
    return [round(i * (length - tile) / (n - 1)) for i in range(n)]


def _feather(width: int, height: int, overlap: int) -> np.ndarray:
    """(h, w, 1) blend weights rising linearly over `overlap` px from each edge (never 0)."""
    def ramp(n: int) -> np.ndarray:
        edge = np.minimum(np.arange(n) + 1, np.arange(n)[::-1] + 1)
        return np.minimum(edge / overlap, 1.0).astype(np.float32)

    return np.outer(ramp(height), ramp(width))[..., None]


def _is_offline(config: EngineConfig) -> bool:
    return config.offline or env_offline()


class Engine:
    """One image model, its pipelines, safety checker and captioner. Thread-safe; cheap to construct."""

    def __init__(self, config: EngineConfig):
        self.config = config
        self.preset: Preset = resolve_preset(config.model)  # ValueError for an unknown spec, before anything heavy
        if config.steps is not None:
            if not isinstance(config.steps, int) or not 1 <= config.steps <= MAX_STEPS:
                raise ValueError(f"steps={config.steps!r}: must be an integer from 1 to {MAX_STEPS}")
            self.preset = replace(self.preset, steps=config.steps, steps_reason="set by --steps")
        self.tiny_vae_setting: str = tiny_vae.normalise_setting(config.tiny_vae)  # ValueError naming a bad value
        self.tiny_vae: Optional[str] = None  # the tiny VAE decoding final images (None: the model's full VAE)
        self._preview_vae = None  # AutoencoderTiny for previews (None: no previews)
        self.speed = SpeedMeter()  # measured speed of the last runs, for estimate_seconds()
        self.compile_seconds: Optional[float] = None  # the compile warm-up at load (compile=True)
        # compile=True: which compile runs after load ("fullgraph", "partial graph (...)", "uncompiled (...)"); "" = off
        self.compile_mode: str = ""
        self._compiled: Optional[CompileOutcome] = None  # what runs now, and every failure so far (compile=True)
        self.model_name: str = self.preset.name
        self.is_demo: bool = self.preset.family == "demo"
        self.notices: list[str] = []
        self.backend: str = "torch"  # what draws: "torch" | "openvino" | "openvino-int8" (set at load)
        self.offline = _is_offline(config)
        self.device: Optional[str] = None
        self.dtype: torch.dtype = torch.float32
        self._pipes: dict[str, Any] = {}  # "txt2img" / "img2img" / "inpaint" -> pipeline (shared components)
        self._offloaded = False
        self._safety: Optional[SafetyChecker] = None
        self._safety_tried = False
        self._captioner: Optional[Captioner] = None
        self._lock = OwnedLock()  # one generation at a time per engine (pipelines are not re-entrant); re-entrant
        # every picture is drawn on this one thread: CUDA keeps per-thread state (cuBLAS/cuDNN handles, CUDA graphs),
        # and a new thread per turn paid ~0.65 s before each sd-turbo picture on an H200 (bench/results/gpu-logs)
        self._device_thread = DeviceThread("easel-device")
        self.writer: ImageWriter = default_writer()  # PNG + sidecar off the critical path (one per process)

    # ------------------------------------------------------------------ loading
    @classmethod
    def from_pipeline(cls, pipe, preset: Preset, config: Optional[EngineConfig] = None) -> "Engine":
        """An engine around an already built text-to-image pipeline (benchmarks, custom components)."""
        engine = cls(config or EngineConfig(model="demo", safety_checker=False))
        engine.preset, engine.model_name, engine.is_demo = preset, preset.name, preset.family == "demo"
        engine.device = str(pipe.device)
        engine.dtype = pipe.dtype
        pipe.set_progress_bar_config(disable=True)
        engine._pipes["txt2img"] = pipe
        return engine

    @property
    def loaded(self) -> bool:
        return bool(self._pipes)

    def load(self) -> None:
        """Load the model (once), on the device thread. Raises ModelLoadError with a clear message when it can't."""
        if not self._pipes:
            self.on_device(self._load)

    def _load(self) -> None:
        with self._lock:
            if self._pipes:
                return
            if self.is_demo:
                pipe = self._load_demo()
            else:
                self.device = pick_device(self.config.device)
                self.dtype = pick_dtype(self.device, self.preset)
                pipe, tiny_first = self._load_with_tiny_vae()
                self.preset = with_family(self.preset, _family_of(pipe))
                self._use_preset_scheduler(pipe)
                if not tiny_first:
                    self._use_tiny_vae(pipe)
                pipe = self._use_backend(pipe)
            pipe.set_progress_bar_config(disable=True)
            self._pipes["txt2img"] = pipe
            if self.config.compile and self.backend == "torch":
                self._compile(pipe)
            elif self.backend != "torch":
                self.warm_up()  # OpenVINO's first call allocates (2x a steady call): pay it at start
                self.speed = SpeedMeter()

    def _use_backend(self, pipe):
        """Place the torch pipeline, or serve it through OpenVINO (exported once per model, cached)."""
        from .openvino_backend import choose_backend, load_openvino_pipeline

        try:
            self.backend = choose_backend(self.config.backend, self.device, self.preset.family)
        except ValueError as err:
            raise ModelLoadError(f"image model {self.model_name!r}: {err}") from err
        if self.backend != "torch":
            try:
                return load_openvino_pipeline(pipe, self.preset, self.config,
                                              progress=lambda msg: logger.info("%s: %s", self.model_name, msg))
            except Exception as err:  # noqa: BLE001 -- under "auto" a failed export draws with torch, and says so
                if self.config.backend != "auto":
                    raise ModelLoadError(f"OpenVINO could not load {self.model_name!r}: "
                                         f"{type(err).__name__}: {err}") from err
                self.notices.append(f"OpenVINO could not be used for {self.model_name} ({type(err).__name__}); "
                                    "drawing with PyTorch.")
                self.backend = "torch"
        self._place(pipe)
        return pipe

    def _compile(self, pipe) -> None:
        """torch.compile the denoiser and VAE decoder, and pay the compile now (at start), not in a user's turn."""
        if self._offloaded:
            self.notices.append("--compile is off with --low-vram (CPU offload moves the modules between calls).")
            self.compile_mode = "off (--low-vram)"
            return
        outcome = compile_with_fallback(pipe, self.warm_up, backend=self.config.compile_backend)
        self._compiled = outcome
        self.compile_mode = outcome.describe()
        self.speed = SpeedMeter()  # the compile run says nothing about the speed of the next ones
        self.warm_up()
        if outcome.mode == UNCOMPILED:
            self.notices.append(f"--compile could not compile {self.model_name}: it runs uncompiled "
                                f"({'; '.join(outcome.failures)}).")
            return
        self.compile_seconds = outcome.seconds
        self.notices.append(f"Compiled {self.model_name} ({self.compile_mode}) in {outcome.seconds:.0f} s "
                            f"(inductor cache: {outcome.folder}; the next start reuses it).")

    def _load_demo(self):
        """The demo pipeline. Its full VAE is already tiny, so "auto" keeps it and uses the demo's random tiny VAE
        for previews only; "on" decodes through that tiny VAE; a folder / hub id loads that one."""
        from .demo import build_demo_pipeline, build_demo_tiny_pipeline, build_demo_tiny_vae, new_demo_pipeline

        self.device, self.dtype = "cpu", torch.float32  # tiny fp32 model: CPU is fastest
        setting = self.tiny_vae_setting
        # compiled in place: a private copy, so other demo engines in this process stay as they are
        pipe = new_demo_pipeline() if self.config.compile else build_demo_pipeline()
        if setting == "auto":
            self._preview_vae = build_demo_tiny_vae()
        elif setting == "on":
            pipe = build_demo_tiny_pipeline() if not self.config.compile else _with_vae(pipe, build_demo_tiny_vae())
            self._preview_vae, self.tiny_vae = pipe.vae, "demo"
        elif setting != "off" and self._load_tiny_vae() is not None:
            pipe = _with_vae(pipe, self._preview_vae)  # a private pipeline: the shared one keeps its VAE
        return pipe

    def _load_with_tiny_vae(self):
        """(pipeline, whether the tiny VAE was settled here). When the tiny VAE will decode the final images (a CPU
        under "auto") and the model's family is certain (a preset, a local folder or checkpoint), it is loaded first
        and the model without its full VAE (vae=None: diffusers skips it), then joined with from_pipe: the full VAE's
        weights (335 MB for sd-turbo in fp32) are never read. Edits encode through the tiny VAE's encoder."""
        certain = self.preset.name in PRESETS or self.preset.local
        family = self.preset.family
        if not certain or tiny_vae.final_decode_source(self.tiny_vae_setting, family, self.device) is None:
            return self._load_real(), False
        tiny = self._load_tiny_vae()  # None (with a notice) when it can't be had: the full VAE decodes
        if tiny is None or not self.tiny_vae:
            return self._load_real(), True
        pipe = self._load_real(without_vae=True)
        if _family_of(pipe) != family:  # the family was not what the folder said: its own VAE after all
            logger.warning("%s is a %s model, not %s: loading its own VAE", self.model_name, _family_of(pipe), family)
            self.tiny_vae = self._preview_vae = None
            return self._load_real(), False
        return _with_vae(pipe, tiny), True

    def _load_kwargs(self, with_variant: bool) -> dict:
        kwargs: dict[str, Any] = {"torch_dtype": self.dtype, "local_files_only": self.offline}
        if with_variant and self.preset.variant and self.dtype == torch.float16:
            kwargs["variant"] = self.preset.variant
        if self.preset.family == "sd":  # the checker runs separately (imaging.safety), for every family alike
            kwargs.update(safety_checker=None, requires_safety_checker=False)
        return kwargs

    def _load_real(self, without_vae: bool = False):
        from diffusers import (AutoPipelineForText2Image, FluxPipeline, StableDiffusionPipeline,
                               StableDiffusionXLPipeline)

        preset = self.preset
        last_err: Optional[BaseException] = None
        half_variant = bool(preset.variant) and self.dtype == torch.float16
        # The local cache first (fast, no network); the hub only when that fails and we may go online, and only
        # after a short reachability probe, so a machine without network gets a clear answer in seconds instead of
        # a confusing error after the hub client's retries.
        local_only_passes = (True,) if (self.offline or preset.local) else (True, False)
        hub_unreachable = False
        for local_only in local_only_passes:
            if not local_only and not hub_reachable(preset.repo):
                hub_unreachable = True
                break
            for with_variant in ((True, False) if half_variant else (False,)):  # some repos lack the fp16 variant
                try:
                    kwargs = self._load_kwargs(with_variant and not preset.single_file)
                    kwargs["local_files_only"] = local_only
                    if without_vae:
                        kwargs["vae"] = None
                    if preset.single_file:
                        cls = {"sd": StableDiffusionPipeline, "sdxl": StableDiffusionXLPipeline,
                               "flux": FluxPipeline}[preset.family]
                        return cls.from_single_file(preset.repo, **kwargs)
                    return AutoPipelineForText2Image.from_pretrained(preset.repo, **kwargs)
                except Exception as err:  # hub, cache, network, config errors: all become one clear ModelLoadError
                    last_err = err
        where = preset.repo
        if hub_unreachable:
            why = (f"it is not in the local Hugging Face cache and the model hub could not be reached (no network?). "
                   f"Download it once with network (`hf download {where}`) or pick a model on disk")
        elif self.offline and not preset.local:
            why = (f"it is not in the local Hugging Face cache and Easel is offline. Download it once with network "
                   f"(`hf download {where}`) or pick another model")
        else:
            why = f"{type(last_err).__name__}: {last_err}"
        raise ModelLoadError(f"could not load image model {preset.name!r} ({where}): {why}") from last_err

    def _use_preset_scheduler(self, pipe) -> None:
        """Swap in the preset's scheduler class (keeping the repo's betas/spacing config) when it differs."""
        import diffusers

        name = self.preset.scheduler
        if name and type(pipe.scheduler).__name__ != name:
            pipe.scheduler = getattr(diffusers, name).from_config(pipe.scheduler.config)

    def _load_tiny_vae(self):
        """Load the tiny VAE the settings ask for: sets self._preview_vae, and self.tiny_vae when it decodes the
        final images too. The full VAE, with a notice, when a fast decode was asked for and can't be had."""
        family = "sd" if self.is_demo else self.preset.family
        final = tiny_vae.final_decode_source(self.tiny_vae_setting, family, self.device)
        source = final or tiny_vae.preview_source(self.tiny_vae_setting, family)
        if source is None:
            return None
        try:
            tiny = tiny_vae.load_tiny_vae(source, self.dtype, self.offline)
        except Exception as err:
            if final is not None:  # asked for the fast decode: say it isn't there (previews fail quietly)
                self.notices.append(tiny_vae.unavailable_notice(source, err, self.offline))
            return None
        self._preview_vae, self.tiny_vae = tiny, final
        return tiny

    def _use_tiny_vae(self, pipe) -> None:
        tiny = self._load_tiny_vae()
        if tiny is not None and self.tiny_vae:
            pipe.vae = tiny  # placed (or offloaded) with the pipeline
        elif tiny is not None:
            tiny.to(self.device)  # previews only: the pipeline's placement/offload doesn't cover it

    def _place(self, pipe) -> None:
        if self.device.startswith("cuda"):
            use_channels_last(pipe)  # 75 -> 64 ms a 512-px sd-turbo picture on an H200
        if self.config.low_vram and self.device.startswith("cuda"):
            pipe.enable_model_cpu_offload()
            self._offloaded = True
        else:
            pipe.to(self.device)

    def _enable_offload(self) -> None:
        """Switch every pipeline to model CPU offload (after a CUDA out-of-memory error)."""
        for pipe in self._pipes.values():
            pipe.enable_model_cpu_offload()
        self._offloaded = True
        torch.cuda.empty_cache()

    def pipeline(self, op: Operation):
        """The pipeline for an operation, made from the text-to-image one with from_pipe (shared components)."""
        from diffusers import AutoPipelineForImage2Image, AutoPipelineForInpainting

        self.load()
        key = {Operation.TEXT2IMG: "txt2img", Operation.IMG2IMG: "img2img", Operation.UPSCALE: "img2img",
               Operation.INPAINT: "inpaint"}[Operation(op)]
        with self._lock:
            if key not in self._pipes:
                auto = AutoPipelineForInpainting if key == "inpaint" else AutoPipelineForImage2Image
                pipe = auto.from_pipe(self._pipes["txt2img"])
                pipe.set_progress_bar_config(disable=True)
                if self._offloaded:
                    pipe.enable_model_cpu_offload()
                self._pipes[key] = pipe
            return self._pipes[key]

    # ------------------------------------------------------------------ validation
    def check_inputs(self, request: ImageRequest) -> _Plan:
        """Resolve defaults and validate; ValueError naming the bad value. Nothing heavy happens here."""
        p = self.preset
        if not isinstance(request, ImageRequest):
            raise ValueError(f"request must be an ImageRequest, got {type(request).__name__}")
        op = Operation(request.op)
        if not isinstance(request.prompt, str) or len(request.prompt) > MAX_PROMPT_CHARS:
            raise ValueError(f"prompt must be a string of at most {MAX_PROMPT_CHARS} characters "
                             f"(got {len(request.prompt) if isinstance(request.prompt, str) else request.prompt!r})")
        if not isinstance(request.count, int) or not 1 <= request.count <= MAX_COUNT:
            raise ValueError(f"count={request.count!r}: must be an integer from 1 to {MAX_COUNT}")
        if request.seeds is not None:
            if len(request.seeds) != request.count:
                raise ValueError(f"seeds={request.seeds!r}: {len(request.seeds)} seeds for count={request.count}")
            for s in request.seeds:
                if not isinstance(s, int) or not 0 <= s < 2 ** 63:
                    raise ValueError(f"seed {s!r} must be an integer from 0 to 2**63-1")
            seeds = list(request.seeds)
        else:
            seeds = []
            while len(seeds) < request.count:  # distinct fresh seeds
                s = secrets.randbelow(2 ** 32)
                if s not in seeds:
                    seeds.append(s)
        steps = p.steps if request.steps is None else request.steps
        if not isinstance(steps, int) or not 1 <= steps <= MAX_STEPS:
            raise ValueError(f"steps={request.steps!r}: must be an integer from 1 to {MAX_STEPS}")
        guidance = p.guidance_scale if request.guidance_scale is None else request.guidance_scale
        if not isinstance(guidance, (int, float)) or not 0 <= guidance <= MAX_GUIDANCE:
            raise ValueError(f"guidance_scale={request.guidance_scale!r}: must be a number from 0 to {MAX_GUIDANCE}")
        strength = request.strength
        if strength is not None and (not isinstance(strength, (int, float)) or not 0 < strength <= 1):
            raise ValueError(f"strength={strength!r}: must be a number with 0 < strength <= 1")
        for name in ("width", "height"):
            value = getattr(request, name)
            if value is not None and (not isinstance(value, int) or not MIN_SIDE <= value <= p.max_side):
                raise ValueError(f"{name}={value!r}: must be an integer from {MIN_SIDE} to {p.max_side} px "
                                 f"for model {p.name!r}")

        source = mask = None
        if op is Operation.TEXT2IMG:
            width, height = request.width or p.native_width, request.height or p.native_height
            strength = None
        else:
            if request.source_image is None:
                raise ValueError(f"op={op.value!r} needs a source_image")
            source = load_image(request.source_image)  # ValueError for huge / unreadable
            if op is Operation.FLIP:
                if (request.flip or "horizontal") not in FLIP_AXES:
                    raise ValueError(f"flip={request.flip!r}: must be one of {', '.join(FLIP_AXES)}")
                if request.count != 1:
                    raise ValueError(f"count={request.count}: op='flip' makes exactly one image")
                return _Plan(op, source.width, source.height, 1, 0.0, None, seeds, source, None, "")
            if op is Operation.UPSCALE:
                scale = request.scale
                if not isinstance(scale, (int, float)) or not 1 < scale <= MAX_SCALE:
                    raise ValueError(f"scale={scale!r}: must be a number with 1 < scale <= {MAX_SCALE:g}")
                width, height = round(source.width * scale), round(source.height * scale)
                if max(width, height) > MAX_UPSCALE_SIDE:
                    raise ValueError(f"upscaling {source.width}x{source.height} by {scale:g} gives {width}x{height}; "
                                     f"the largest side allowed is {MAX_UPSCALE_SIDE} px")
                strength = UPSCALE_STRENGTH if strength is None else strength
            else:
                if request.width and request.height:
                    width, height = request.width, request.height
                else:  # keep the source's aspect ratio at the model's native area
                    width, height = fit_area(source.width / source.height, p.native_width * p.native_height)
                    width, height = request.width or width, request.height or height
                strength = p.img2img_strength if strength is None else strength
            if op is Operation.INPAINT:
                if not p.supports_inpaint:
                    raise ValueError(f"model {p.name!r} does not support inpainting")
                if request.mask_image is None:
                    raise ValueError("op='inpaint' needs a mask_image (white = repaint)")
                mask = load_image(request.mask_image).convert("L")
        width, height = snap_size(width, height, p)
        if op is not Operation.UPSCALE and max(width, height) > p.max_side:
            width, height = snap_size(*fit_area(width / height, p.max_side * p.max_side // 2), p)
        if strength is not None:
            steps = max(steps, math.ceil(1 / strength))  # img2img runs int(steps*strength) steps: at least one
        use_negative = bool(request.negative_prompt) and guidance > 1 and p.family != "flux"
        return _Plan(op, width, height, steps, float(guidance), strength, seeds, source, mask,
                     request.negative_prompt if use_negative else "")

    # ------------------------------------------------------------------ generation
    def run(self, request: ImageRequest, progress: Optional[ProgressFn] = None, cancel: Optional[CancelFn] = None,
            preview: Optional[PreviewFn] = None, phase: Optional[PhaseFn] = None) -> list[ImageResult]:
        """Make the images of `request` and return one ImageResult per image as soon as they are decoded.

        progress(step, total) after each step; cancel() -> True stops at the next step (Cancelled);
        preview(step, total, image): small looks at the first image on the way (multi-step models, tiny VAE loaded);
        phase(Phase): DENOISING, DECODING (after the last step: the bar is full, the VAE works), DONE.
        Their PNG + sidecar are written in the background (`result.path` is already known; `result.wait_saved()`).
        """
        plan = self.check_inputs(request)
        if cancel is not None and cancel():
            raise Cancelled("cancelled before start")
        started = time.perf_counter()
        phases = PhaseTracker(phase)
        results = self.on_device(self._draw_and_finish, request, plan, phases, progress, cancel, preview, started)
        phases.enter(Phase.DONE)
        return results

    def on_device(self, fn, *args, **kwargs):
        """fn(*args, **kwargs) on the engine's one device thread, waiting for it (its exception is raised here).
        Called from that thread itself (a warm-up during a load, say), or by a thread that holds `engine.lock` (the
        device thread would wait for that lock forever), fn simply runs here."""
        if self._lock.held_here():
            return fn(*args, **kwargs)
        return self._device_thread.call(fn, *args, **kwargs)

    def _draw_and_finish(self, request: ImageRequest, plan: _Plan, phases: PhaseTracker, progress, cancel, preview,
                         started: float) -> list[ImageResult]:
        with self._lock:
            images, truncated = self._draw(request, plan, phases, progress, cancel, preview)
            return self.finish(request, plan, images, prompt_truncated=truncated, started=started)

    def _draw(self, request: ImageRequest, plan: _Plan, phases: PhaseTracker, progress=None, cancel=None,
              preview=None) -> tuple[list[Image.Image], bool]:
        """The pixels of a checked request (no safety check, nothing saved); its speed goes to self.speed."""
        if plan.op is Operation.FLIP:  # exact pixels: no model, nothing to time
            flipped = FLIP_AXES[request.flip or "horizontal"](plan.source.convert("RGB"))
            return [flipped] * len(plan.seeds), False
        started = time.perf_counter()
        reporter = functools.partial(self.step_reporter, progress, cancel, phases, plan.steps, preview=preview)
        with self._lock:
            pipe = self.pipeline(plan.op)
            phases.enter(Phase.DENOISING)
            encoding = self.encode_prompt(pipe, request, plan)
            images = self._generate(pipe, plan, request, encoding, reporter)
        decode_started = phases.entered.get(Phase.DECODING)
        if not self._needs_tiles(plan) and decode_started is not None:
            self.speed.record(plan, self.device, decode_started - started, time.perf_counter() - decode_started)
        return images, encoding.truncated

    def step_reporter(self, progress, cancel, phases: PhaseTracker, default_total: int, offset: int = 0,
                  total: Optional[int] = None, preview: Optional[PreviewFn] = None) -> StepReporter:
        """The callback_on_step_end of one pipeline call: progress, cancel, phases and previews (batched callers
        make one per session)."""
        decode = None
        if preview is not None and self._preview_vae is not None:
            decode = functools.partial(tiny_vae.preview_image, self._preview_vae)
        return StepReporter(progress, cancel, phases, default_total, offset, total, preview, decode)

    def estimate_seconds(self, request: ImageRequest) -> Optional[float]:
        """About how long `request` will take here, from the measured speed of the last runs (None before any)."""
        return self.speed.estimate(self.check_inputs(request), self.device)

    def wait_text(self, request: ImageRequest) -> str:
        """'about 9 s on this CPU, 1 step' for a status line ('' until a run or warm_up() was measured)."""
        plan = self.check_inputs(request)
        return describe_wait(self.speed.estimate(plan, self.device), self.device, plan.steps)

    def warm_up(self, images: int = 1) -> float:
        """One small unsaved run (1 step, native size, `images` pictures in one call) so the first estimate and first
        picture aren't cold. Returns its seconds."""
        started = time.perf_counter()
        request = ImageRequest(prompt="warm-up", steps=1, count=images, seeds=list(range(images)))
        self.on_device(self._draw, request, self.check_inputs(request), PhaseTracker(None))
        return time.perf_counter() - started

    @property
    def lock(self) -> OwnedLock:
        """Held around every use of the pipelines (they are not re-entrant); a batched caller takes it too."""
        return self._lock

    def encode_prompt(self, pipe, request: ImageRequest, plan: _Plan) -> long_prompt.PromptEncoding:
        """The prompt (and negative) as the pipeline will get it: long prompts embedded in chunks."""
        family = self.preset.family
        return long_prompt.encode_prompt(pipe, family, request.prompt, plan.negative,
                                         use_negative=plan.guidance > 1 and family != "flux")

    def finish(self, request: ImageRequest, plan: _Plan, images: list[Image.Image], *, prompt_truncated: bool,
               started: float) -> list[ImageResult]:
        """Decoded images -> ImageResults: the safety checker, every parameter recorded, the saves queued.

        `images[i]` was made with `plan.seeds[i]`; `started` is the time.perf_counter() when the work began.
        """
        if len(images) != len(plan.seeds):
            raise ValueError(f"{len(images)} images for {len(plan.seeds)} seeds")
        with self._lock:
            nsfw = [False] * len(images)
            checker = self._safety_checker()
            if checker is not None:
                images, nsfw = checker(images)
            sampler = "" if plan.op is Operation.FLIP else sampler_name(self.pipeline(plan.op).scheduler)
        elapsed = (time.perf_counter() - started) / len(images)
        results = []
        for i, (image, seed) in enumerate(zip(images, plan.seeds)):
            result = ImageResult(
                image=image, seed=seed, width=image.width, height=image.height, steps=plan.steps,
                guidance_scale=plan.guidance, sampler=sampler, model=self.model_name, prompt=request.prompt,
                negative_prompt=plan.negative, op=plan.op, strength=plan.strength, source_id=request.source_id,
                prompt_truncated=prompt_truncated, nsfw=nsfw[i], elapsed_s=elapsed,
            )
            self._queue_save(result, build_record(request, result, i, plan.seeds))
            results.append(result)
        return results

    def _queue_save(self, result: ImageResult, record: dict) -> None:
        png_path, json_path = output_paths(result, self.config.outputs_dir)
        result.path, result.sidecar_path = str(png_path), str(json_path)
        result.saved = self.writer.submit(_write_result, result, record)

    def flush(self, timeout: Optional[float] = None) -> bool:
        """Wait until every image made so far is on disk (False if `timeout` passed first)."""
        return self.writer.flush(timeout)

    def pipe_kwargs(self, plan: _Plan, request: ImageRequest, encoding, seeds: list[int], callback,
                    tile: Optional[Image.Image] = None) -> dict:
        """The pipeline arguments for `seeds` of a checked request."""
        kwargs = self.call_kwargs(plan, seeds, callback, images_per_prompt=len(seeds))
        if "prompt_embeds" in encoding.pipe_kwargs:
            kwargs.update(encoding.pipe_kwargs)
        else:
            kwargs.update(encoding.pipe_kwargs, prompt=request.prompt)
            if plan.negative:
                kwargs["negative_prompt"] = plan.negative
        if plan.op is Operation.TEXT2IMG:
            return kwargs
        if tile is not None:
            kwargs.update(image=tile, strength=plan.strength)
        else:
            # upscale: Lanczos to the target size, then low-strength img2img redraws the detail at that size
            kwargs.update(image=plan.source.resize((plan.width, plan.height), Image.LANCZOS), strength=plan.strength)
            if plan.op is Operation.INPAINT:
                kwargs.update(mask_image=plan.mask.resize((plan.width, plan.height), Image.NEAREST))
        return kwargs

    @staticmethod
    def call_kwargs(plan: _Plan, seeds: list[int], callback, images_per_prompt: int) -> dict:
        """What every pipeline call of a checked plan shares, alone or batched (imaging.batch): steps, guidance,
        one generator per image (image i depends only on seeds[i], whatever the batch), the step callback, and the
        size where the pipeline takes one."""
        kwargs: dict[str, Any] = dict(
            num_inference_steps=plan.steps, guidance_scale=plan.guidance, num_images_per_prompt=images_per_prompt,
            generator=[torch.Generator("cpu").manual_seed(s) for s in seeds],
            callback_on_step_end=callback, output_type="pil",
        )
        if plan.op in (Operation.TEXT2IMG, Operation.INPAINT):
            kwargs.update(width=plan.width, height=plan.height)
        return kwargs

    def decodes_in_tiles(self, plan: _Plan) -> bool:
        """Images past 1.5x the model's native side decode (and encode) in VAE tiles, to bound memory."""
        return max(plan.width, plan.height) > 1.5 * max(self.preset.native_width, self.preset.native_height)

    def runs_alone(self, plan: _Plan) -> bool:
        """Tiled work (an upscale or a tiled VAE) can't share one pipeline call with other requests."""
        return plan.op is Operation.UPSCALE or self.decodes_in_tiles(plan)

    def _needs_tiles(self, plan: _Plan) -> bool:
        """Upscales past twice the model's native size are redrawn tile by tile (native-size tiles)."""
        p = self.preset
        return plan.op is Operation.UPSCALE and (plan.width > 2 * p.native_width or plan.height > 2 * p.native_height)

    def _generate(self, pipe, plan: _Plan, request: ImageRequest, encoding, reporter) -> list[Image.Image]:
        """reporter(offset=0, total=None, preview=...) -> the StepReporter of one pipeline call."""
        if self._needs_tiles(plan):
            with torch.inference_mode():
                return [self._upscale_tiled(pipe, plan, request, encoding, seed, reporter) for seed in plan.seeds]
        on_step_end = reporter()
        big = self.decodes_in_tiles(plan)
        if big and hasattr(pipe.vae, "enable_tiling"):
            pipe.vae.enable_tiling()  # large images: VAE encode/decode in tiles (bounded memory)
        try:
            with torch.inference_mode():
                try:
                    return self.call_pipeline(
                        pipe, lambda: self.pipe_kwargs(plan, request, encoding, plan.seeds, on_step_end)).images
                except torch.cuda.OutOfMemoryError as err:
                    return self._retry_after_oom(pipe, plan, request, encoding, on_step_end, err)
        finally:
            if big and hasattr(pipe.vae, "disable_tiling"):
                pipe.vae.disable_tiling()

    def _upscale_tiled(self, pipe, plan: _Plan, request: ImageRequest, encoding, seed: int,
                       reporter) -> Image.Image:
        """Lanczos-enlarge, redraw overlapping native-size tiles at low strength, blend them with feathered edges."""
        width, height = plan.width, plan.height
        tile_w, tile_h = min(self.preset.native_width, width), min(self.preset.native_height, height)
        overlap = max(8, min(tile_w, tile_h) // 4)
        enlarged = plan.source.resize((width, height), Image.LANCZOS)
        boxes = [(x, y) for y in _tile_starts(height, tile_h, overlap) for x in _tile_starts(width, tile_w, overlap)]
        weight = _feather(tile_w, tile_h, overlap)
        steps_per_tile = max(1, int(plan.steps * plan.strength))
        total = steps_per_tile * len(boxes)
        acc = np.zeros((height, width, 3), dtype=np.float32)
        wsum = np.zeros((height, width, 1), dtype=np.float32)
        for i, (x, y) in enumerate(boxes):
            callback = reporter(offset=i * steps_per_tile, total=total, preview=None)
            tile = enlarged.crop((x, y, x + tile_w, y + tile_h))
            # seed + tile index: every tile gets its own noise, and the whole upscale stays reproducible
            out = self.call_pipeline(
                pipe, lambda: self.pipe_kwargs(plan, request, encoding, [seed + i], callback, tile=tile)).images[0]
            acc[y:y + tile_h, x:x + tile_w] += np.asarray(out, dtype=np.float32) * weight
            wsum[y:y + tile_h, x:x + tile_w] += weight
        return Image.fromarray(np.clip(np.round(acc / wsum), 0, 255).astype(np.uint8))

    def call_pipeline(self, pipe, make_kwargs):
        """pipe(**make_kwargs()), the engine's lock held. When the compiled modules fail at this call (a graph break
        at a new size or batch under fullgraph, a backend error), the engine steps down one compile mode as at load
        (fullgraph -> partial graph -> uncompiled; Engine.compile_mode and a notice say so) and calls again with
        fresh arguments (fresh generators: the image the seed gives uncompiled). Other errors are raised as they are.
        A batching caller calls this too."""
        with self._lock:
            while True:
                kwargs = make_kwargs()
                try:
                    return pipe(**kwargs)
                except Exception as err:
                    outcome = self._compiled
                    if outcome is None or outcome.mode == UNCOMPILED or not is_compile_error(err):
                        raise
                    if maybe_the_models_error(err):  # dynamo reports a model's own error while tracing this way too
                        with torch.compiler.set_stance("force_eager"):
                            result = pipe(**make_kwargs())  # the model's error is raised here, and compile is kept
                    else:
                        result = None
                    self._step_down(err, kwargs)
                    if result is not None:
                        return result

    def _step_down(self, err: BaseException, kwargs: dict) -> None:
        size = f"{kwargs['width']}x{kwargs['height']} px" if "width" in kwargs else "an edit"
        count = len(kwargs.get("generator") or [None])
        step_down(self._pipes["txt2img"], self._compiled, err, f"a call at {size}, {count} image(s)",
                  backend=self.config.compile_backend)
        self.compile_mode = self._compiled.describe()
        self.notices.append(f"--compile: {self.model_name} failed to compile at a new size or batch; it now runs "
                            f"{self._compiled.mode} ({self._compiled.failures[-1]}).")

    def _retry_after_oom(self, pipe, plan, request, encoding, callback, err) -> list[Image.Image]:
        """One retry: CPU offload on, and one image at a time. Otherwise a clear RuntimeError."""
        if torch.cuda.is_available():
            torch.cuda.empty_cache()
        try:
            if not self._offloaded:
                self._enable_offload()
                self.notices.append("The GPU ran out of memory: switched to model CPU offload (slower).")
            images = []
            for seed in plan.seeds:
                images += pipe(**self.pipe_kwargs(plan, request, encoding, [seed], callback)).images
            return images
        except torch.cuda.OutOfMemoryError as again:
            raise RuntimeError(
                f"CUDA out of memory making {len(plan.seeds)} image(s) of {plan.width}x{plan.height} with "
                f"{self.model_name!r}, even with CPU offload and one image at a time: try a smaller size, "
                f"or another model (needs ~{self.preset.vram_gb:g} GB)") from again

    def _safety_checker(self) -> Optional[SafetyChecker]:
        if self.is_demo or not self.config.safety_checker:
            return None
        if not self._safety_tried:
            self._safety_tried = True
            try:
                self._safety = load_safety_checker(self.device if not self._offloaded else "cpu",
                                                   self.dtype if not self._offloaded else torch.float32,
                                                   offline=self.offline)
            except Exception as err:  # not cached / offline / hub error: say so once, keep generating
                self.notices.append(unavailable_notice(err, self.offline))
        return self._safety

    def prepare_safety_checker(self) -> None:
        """Load the checker now (so its notice is known before the first image)."""
        if not self.is_demo and self.config.safety_checker:
            if self.device is None:
                self.device = pick_device(self.config.device)
                self.dtype = pick_dtype(self.device, self.preset)
            self._safety_checker()

    # ------------------------------------------------------------------ describe
    def describe(self, image: Image.Image, question: Optional[str] = None) -> Description:
        if self._captioner is None:
            device = "cuda" if (self.device or "").startswith("cuda") else "cpu"
            self._captioner = Captioner(self.config.caption_model, device=device, offline=self.offline)
        return self.on_device(self._captioner.describe, load_image(image), question)


def _family_of(pipe) -> str:
    """'flux' | 'sdxl' | 'sd' from a loaded pipeline's class."""
    name = type(pipe).__name__
    return "flux" if "Flux" in name else "sdxl" if "XL" in name else "sd"


def _with_vae(pipe, vae):
    """The same pipeline class and components, another VAE (a new pipeline object)."""
    new = type(pipe).from_pipe(pipe, vae=vae)
    new.set_progress_bar_config(disable=True)
    return new


def _write_result(result: ImageResult, record: dict) -> str:
    """Writer job: the PNG and sidecar of one result. A failure becomes a SaveError (the file, the cause): its text
    goes on the result's save_error, the error itself on the result's `saved` Future (`result.save_failure()`)."""
    try:
        write_files(result.image, result, record, result.path, result.sidecar_path)
    except Exception as err:
        failure = SaveError(result.path, err)
        result.save_error = str(failure)
        raise failure from err
    return result.path


_REGISTRY: dict[EngineConfig, Engine] = {}
_REGISTRY_LOCK = threading.Lock()


def get_engine(config: EngineConfig) -> Engine:
    """The process-wide Engine for `config` (so each model is loaded once and shared by every session)."""
    with _REGISTRY_LOCK:
        if config not in _REGISTRY:
            _REGISTRY[config] = Engine(config)
        return _REGISTRY[config]
