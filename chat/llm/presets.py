"""Named LLM presets of Easel (no torch here).

The default online preset is Qwen2.5-1.5B-Instruct: Apache-2.0, not gated (downloads without a token), a real chat
template, good instruction following and JSON-ish formatting for its size, 32k context, about 3 GB in bf16 so it
runs on a laptop CPU (slowly) or any 4 GB GPU. The 0.5B sibling is the choice for weak CPUs. The embedded fallback,
Gemma 3 270M (a base model, Q4_K_M GGUF shipped on PyPI), needs no download at all.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class LLMPreset:
    name: str  # what the user types: --llm NAME
    source: str  # hub id, or "embedded" for the GGUF shipped on PyPI
    is_instruct: bool  # has a chat template / is instruction tuned
    description: str = ""
    capable_planner: bool = False  # its plans are trusted over the rules' (guards still check them); issue 8


EMBEDDED = "gemma-3-270m"
DEFAULT_ONLINE = "qwen2.5-1.5b-instruct"

LLM_PRESETS: dict[str, LLMPreset] = {
    p.name: p
    for p in (
        LLMPreset(EMBEDDED, "embedded", False, "Gemma 3 270M base, Q4_K_M GGUF from PyPI; offline, fast, weak"),
        LLMPreset("qwen2.5-1.5b-instruct", "Qwen/Qwen2.5-1.5B-Instruct", True, "default online: best size/quality",
                  capable_planner=True),
        LLMPreset("qwen2.5-0.5b-instruct", "Qwen/Qwen2.5-0.5B-Instruct", True, "small instruct model for weak CPUs"),
        LLMPreset("qwen2.5-3b-instruct", "Qwen/Qwen2.5-3B-Instruct", True, "better replies, wants a GPU",
                  capable_planner=True),
    )
}
PRESET_ALIASES = {"embedded": EMBEDDED, "gemma": EMBEDDED, "gemma-3-270m-gguf": EMBEDDED}


def find_preset(spec: str) -> LLMPreset | None:
    key = spec.strip().lower()
    return LLM_PRESETS.get(PRESET_ALIASES.get(key, key))
