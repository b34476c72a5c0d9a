"""The chat LLM, one job a file:

    .venv/bin/python -m chat.llm "a cat on a sofa" --spec embedded   # load, chat once (streamed), print timings

- ``presets``    named models (no torch)
- ``prompts``    checked messages, the base-model transcript, trimming to the context budget
- ``stops``      stop strings: ``cut_at_stop`` and the one streaming loop ``until_stop``
- ``model``      ``LLM``: ``complete`` and ``chat_stream`` over a loaded transformers model
- ``pretrained`` loading a hub id or folder onto a device, CPU int8 speed-ups
- ``cache``      the converted-weights cache on disk (atomic writes, cross-process lock, damage detection)
- ``gguf``       GGUF files and the embedded Gemma through that cache
- ``structured`` ``chat_json``'s contract: schema checks, ``json.loads`` + jsonschema validation, StructuredOutputError
- ``constrained`` llguidance's per-token JSON-schema mask for local models (``LLM.chat_json``)
- ``openai_server`` ``ServerLLM``: any OpenAI-compatible server (``--llm openai:MODEL``), streaming, ``chat_json``
- ``loading``    ``resolve_llm_spec`` and ``load_llm`` (auto -> online preset, else the embedded model)

Imports run down this list. The test fake ``ScriptedLLM`` lives in ``tests/fakes.py``; both satisfy
``chat.seams.ChatLLM``.
"""
from chat.llm.loading import SERVER_PREFIX, ResolvedSpec, load_llm, resolve_llm_spec
from chat.llm.model import LLM, LLMConfig, LLMGenerationError, LLMLoadError
from chat.llm.openai_server import BASE_URL_ENV, ServerLLM
from chat.llm.presets import LLM_PRESETS
from chat.llm.prompts import BASE_CHAT_STOP, build_base_transcript, trim_messages
from chat.llm.stops import StopStringStream, cut_at_stop, until_stop
from chat.llm.structured import StructuredOutputError

__all__ = [
    "BASE_CHAT_STOP",
    "BASE_URL_ENV",
    "SERVER_PREFIX",
    "ServerLLM",
    "StructuredOutputError",
    "LLM",
    "LLMConfig",
    "LLMGenerationError",
    "LLMLoadError",
    "LLM_PRESETS",
    "ResolvedSpec",
    "StopStringStream",
    "build_base_transcript",
    "cut_at_stop",
    "load_llm",
    "resolve_llm_spec",
    "trim_messages",
    "until_stop",
]

