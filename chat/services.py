"""Process-wide services shared by every session: the LLM and the image engine, each loaded once.

    HF_HUB_OFFLINE=1 .venv/bin/python -c "from chat.options import AppOptions; \
from chat.services import build_services; print(build_services(AppOptions(no_images=True, llm='embedded')).notices)"
"""
from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from typing import Optional

from chat.options import AppOptions
from chat.seams import ChatLLM, ImageEngine

log = logging.getLogger(__name__)


@dataclass
class ModelSummary:
    """What is really loaded and runs, as the settings panel and the log show it (not what was asked for)."""

    image_model: str = "demo"  # the engine's model name
    native_size: Optional[tuple[int, int]] = None  # the model's native width, height
    steps: Optional[int] = None  # the model's default steps
    vram_gb: Optional[float] = None  # about how much GPU memory the model needs
    is_demo: bool = False  # the demo model (random pictures)
    device: str = "cpu"  # where the image model runs
    low_vram: bool = False  # model CPU offload
    llm: str = "none"  # the language model's name
    safety_checker: bool = False  # True only when the NSFW checker is loaded and checks every picture
    safety_reason: str = ""  # why it is off: turned off, not needed for the demo model, could not be loaded
    planner: str = "rules"  # who plans each turn: "the LLM, checked by the rules" or "rules"
    compiled: str = ""  # --compile: "fullgraph", "partial graph (why)" or "uncompiled (why)"; "" = not asked for

    @property
    def safety_text(self) -> str:
        return "on" if self.safety_checker else f"off ({self.safety_reason})" if self.safety_reason else "off"


@dataclass
class Services:
    llm: Optional[ChatLLM]  # chat.llm.LLM or ServerLLM (tests: tests/fakes.py ScriptedLLM); None -> fixed replies only
    engine: ImageEngine  # imaging.Engine (maybe behind imaging.batch.BatchingEngine), or chat.nopixels.NoPixelEngine
    notices: list[str] = field(default_factory=list)  # things the app shows in its banner
    summary: ModelSummary = field(default_factory=ModelSummary)  # what runs (build_services fills it in)


def _offline(options: AppOptions) -> bool:
    from imaging.hub import env_offline

    return options.offline or env_offline()


def load_chat_llm(options: AppOptions, notices: list[str]):
    """The LLM the options ask for; the embedded Gemma when that one can't be loaded."""
    from chat.llm import LLMConfig, load_llm

    try:
        return load_llm(config=LLMConfig(spec=options.llm, offline=_offline(options), device=options.device,
                                         base_url=options.llm_base_url))
    except Exception as err:  # noqa: BLE001 -- any load failure falls back to the embedded model, and says so
        if options.llm in ("embedded", "gemma-3-270m"):
            raise
        notices.append(f"Could not load the language model {options.llm!r} ({err}); using the embedded Gemma 3 270M.")
        return load_llm("embedded", offline=True, device=options.device)


def load_engine(options: AppOptions, notices: list[str]):
    """The image engine; the demo model (with a notice) when the real one can't load and that is allowed."""
    if options.no_images:
        from chat.nopixels import NoPixelEngine

        return NoPixelEngine(options.image_model)
    from imaging import EngineConfig, ModelLoadError, get_engine

    config = EngineConfig(model=options.image_model, device=options.device, low_vram=options.low_vram,
                          outputs_dir=options.outputs, safety_checker=options.safety_checker,
                          offline=_offline(options), tiny_vae=options.tiny_vae, steps=options.steps,
                          compile=options.compile, backend=options.backend)
    engine = get_engine(config)
    try:
        engine.load()
    except ModelLoadError as err:
        if not options.demo_fallback or options.image_model == "demo":
            raise
        notices.append(f"Using the demo image model (random pictures): {err}")
        demo = EngineConfig(model="demo", device=options.device, outputs_dir=options.outputs,
                            safety_checker=False, offline=True, caption_model=config.caption_model,
                            tiny_vae=options.tiny_vae, steps=options.steps)
        engine = get_engine(demo)
        engine.load()
    return engine


def batching(engine, options: AppOptions):
    """--batch-window-ms > 0: concurrent sessions' compatible pictures share one pipeline call (imaging.batch).
    A lone user never waits for the window (it is only waited once requests queue behind a call)."""
    if options.no_images or options.batch_window_ms <= 0:
        return engine
    from imaging.batch import BatchingEngine

    batcher = BatchingEngine(engine, window_s=options.batch_window_ms / 1000)
    if str(getattr(engine, "device", "")).startswith("cuda"):  # each batch size's first CUDA call is slow: pay it now
        log.info("batch sizes warmed up in %.1f s", batcher.warm_up_batches())
    return batcher


def llm_batching(llm, options: AppOptions, notices: list[str]):
    """--llm-batch-window-ms > 0: concurrent sessions' replies share one generate call (chat.llm.batching).

    A lone user never waits for the window; plans (chat_json, constrained decoding) are not batched."""
    if llm is None or options.llm_batch_window_ms <= 0:
        return llm
    from chat.llm.batching import BatchingLLM, batching_refusal

    refusal = batching_refusal(llm)
    if refusal is not None:
        notices.append(f"LLM batching (--llm-batch-window-ms) is off: {refusal}.")
        return llm
    return BatchingLLM(llm, window_s=options.llm_batch_window_ms / 1000)


def prepare_safety(engine, options: AppOptions) -> tuple[bool, str]:
    """Load the NSFW checker now, before the first picture (offline or on failure the engine adds a notice).
    Returns (checker runs, why not)."""
    if options.no_images:
        return False, "no images are made"
    if engine.is_demo:
        return False, "not needed for the demo model's random pictures"
    if not options.safety_checker:
        return False, "turned off with --no-safety-checker"
    before = len(engine.notices)
    ready = engine.prepare_safety_checker()
    if ready is None:  # an engine that doesn't say: a new notice means it could not be loaded
        ready = len(engine.notices) == before
    return bool(ready), "" if ready else "could not be loaded, see the notice above"


def summarize(llm, engine, options: AppOptions, safety: tuple[bool, str]) -> ModelSummary:
    from chat.planner.ask import is_capable

    preset = engine.preset
    return ModelSummary(
        image_model=engine.model_name,
        native_size=(preset.native_width, preset.native_height),
        steps=preset.steps,
        vram_gb=preset.vram_gb or None,
        is_demo=bool(engine.is_demo),
        device="none (no images are made)" if options.no_images else str(engine.device),
        low_vram=options.low_vram,
        llm=llm.name if llm is not None else "none",
        safety_checker=safety[0],
        safety_reason=safety[1],
        planner="the LLM, checked by the rules" if is_capable(llm) else "rules",
        compiled=getattr(engine, "compile_mode", ""),
    )


def build_services(options: Optional[AppOptions] = None) -> Services:
    options = options or AppOptions()
    notices: list[str] = []
    llm = llm_batching(load_chat_llm(options, notices), options, notices)
    if getattr(llm, "capable_planner", False) and hasattr(llm, "prepare_json"):
        # llguidance's tokenizer takes seconds to build: pay it while the image model loads, not in the first plan
        threading.Thread(target=llm.prepare_json, name="llm-prepare-json", daemon=True).start()
    engine = batching(load_engine(options, notices), options)
    services = assemble_services(llm, engine, options, notices)
    # Only now, after the loads above: importing transformers from two threads at once can fail in its lazy
    # module machinery ("cannot import name AutoModelForCausalLM"), seen when this ran before the LLM load.
    _warm_up_router()  # the router's sentence embeddings load in the background while the app starts
    return services


def assemble_services(llm, engine, options: AppOptions, notices: list[str]) -> Services:
    """Services around loaded models: the safety checker loaded now, every notice known, what runs logged."""
    safety = prepare_safety(engine, options)
    notices.extend(engine.notices)  # the engine's own notices, the safety checker's included, before the banner
    summary = summarize(llm, engine, options, safety)
    log.info("Image model: %s on %s; language model: %s; safety checker: %s",
             summary.image_model, summary.device, summary.llm, summary.safety_text)
    return Services(llm=llm, engine=engine, notices=notices, summary=summary)


def _warm_up_router() -> None:
    try:
        from chat.words import embeddings
    except ImportError:  # sentence-transformers missing: the router runs on its rules alone
        return
    embeddings.warm_up()
