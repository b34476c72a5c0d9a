"""Process-wide services shared by every session: the LLM and the image engine, each loaded once.

    HF_HUB_OFFLINE=1 .venv/bin/python -c "from chat.options import AppOptions; \
from chat.services import build_services; print(build_services(AppOptions(no_images=True, llm='embedded')).notices)"
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any, Optional

from chat.options import AppOptions

log = logging.getLogger(__name__)


@dataclass
class Services:
    llm: Any  # chat.llm.LLM (or a ScriptedLLM in tests); None -> fixed replies only
    engine: Any  # imaging.Engine, or chat.nopixels.NoPixelEngine under --no-images
    notices: list[str] = field(default_factory=list)  # things the app shows in its banner


def _offline(options: AppOptions) -> bool:
    from imaging.hub import env_offline

    return options.offline or env_offline()


def load_chat_llm(options: AppOptions, notices: list[str]):
    """The LLM the options ask for; the embedded Gemma when that one can't be loaded."""
    from chat.llm import load_llm

    try:
        return load_llm(options.llm, offline=_offline(options), device=options.device)
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
                          offline=_offline(options))
    engine = get_engine(config)
    try:
        engine.load()
    except ModelLoadError as err:
        if not options.demo_fallback or options.image_model == "demo":
            raise
        notices.append(f"Using the demo image model (random pictures): {err}")
        demo = EngineConfig(model="demo", device=options.device, outputs_dir=options.outputs,
                            safety_checker=False, offline=True, caption_model=config.caption_model)
        engine = get_engine(demo)
        engine.load()
    notices.extend(engine.notices)
    return engine


def build_services(options: Optional[AppOptions] = None) -> Services:
    options = options or AppOptions()
    notices: list[str] = []
    llm = load_chat_llm(options, notices)
    engine = load_engine(options, notices)
    # Only now, after the loads above: importing transformers from two threads at once can fail in its lazy
    # module machinery ("cannot import name AutoModelForCausalLM"), seen when this ran before the LLM load.
    _warm_up_router()  # the router's sentence embeddings load in the background while the app starts
    return Services(llm=llm, engine=engine, notices=notices)


def _warm_up_router() -> None:
    try:
        from chat import embeddings
    except ImportError:  # sentence-transformers missing: the router runs on its rules alone
        return
    embeddings.warm_up()
