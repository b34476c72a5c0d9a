"""The two seams of chat/: what it needs from an image engine and from a chat LLM (typing.Protocol, no imports).

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest tests/test_seams.py -q

``imaging.Engine`` and ``chat.nopixels.NoPixelEngine`` are ``ImageEngine``s; ``chat.llm.LLM`` and the test fake
``tests/fakes.py:ScriptedLLM`` are ``ChatLLM``s. ``engine_summary`` is what a UI shows about the engine, read
through the seam rather than by probing internals.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any, Callable, Iterator, Optional, Protocol, Sequence, runtime_checkable


@runtime_checkable
class ImageEngine(Protocol):
    """Draws, edits, upscales and describes pictures (``imaging.Engine``; ``NoPixelEngine`` under --no-images)."""

    preset: Any  # imaging.Preset: family, native_width/height, steps, token_limit, negative_prompt, vram_gb
    model_name: str
    is_demo: bool  # the demo model's pictures are noise: say so
    notices: list[str]  # things to tell the user once
    device: Optional[str]  # None until loaded
    config: Any  # imaging.EngineConfig (outputs_dir, safety_checker), None when nothing is saved

    def load(self) -> None: ...

    def run(self, request, progress: Optional[Callable[[int, int], None]] = None,
            cancel: Optional[Callable[[], bool]] = None, preview: Optional[Callable[[int, int, Any], None]] = None,
            phase: Optional[Callable[[Any], None]] = None) -> list: ...

    def wait_text(self, request) -> str: ...  # "about 9 s on this CPU, 1 step", or "" before any measurement

    def flush(self, timeout: Optional[float] = None) -> bool: ...  # every queued picture file written

    def describe(self, image, question: Optional[str] = None) -> Any: ...


@runtime_checkable
class ChatLLM(Protocol):
    """Talks: ``chat_stream`` for conversation, ``complete`` for few-shot prompts (``chat.llm.LLM``)."""

    name: str
    is_instruct: bool
    notices: list[str]

    def complete(self, prompt: str, *, max_new_tokens: int = 48, stop: Sequence[str] = ("\n",)) -> str: ...

    def chat_stream(self, messages: list[dict], *, max_new_tokens: int = 200,
                    stop_event: Optional[threading.Event] = None) -> Iterator[str]: ...


@dataclass(frozen=True)
class EngineSummary:
    """What the engine really runs, for the settings panel."""

    model_name: str
    native_size: tuple[int, int]
    default_steps: int
    vram_gb: Optional[float]
    device: Optional[str]
    safety_checker: bool
    is_demo: bool
    outputs_dir: Optional[str]


def engine_summary(engine: ImageEngine) -> EngineSummary:
    preset, config = engine.preset, engine.config
    return EngineSummary(
        model_name=engine.model_name,
        native_size=(preset.native_width, preset.native_height),
        default_steps=preset.steps,
        vram_gb=preset.vram_gb or None,
        device=engine.device,
        safety_checker=bool(config is not None and config.safety_checker and not engine.is_demo),
        is_demo=engine.is_demo,
        outputs_dir=config.outputs_dir if config is not None else None,
    )
