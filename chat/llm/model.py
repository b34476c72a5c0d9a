"""The chat LLM: a transformers causal LM + tokenizer behind ``complete`` and ``chat_stream`` (no loading here).

    .venv/bin/python -m chat.llm "a cat on a sofa" --spec embedded   # load, chat once (streamed), print timings

Model output is only ever treated as text. One generation runs at a time (sessions share the model); a stream that
is closed early or meets a stop string ends the generation in its worker thread.
"""
from __future__ import annotations

import threading
from concurrent.futures import wait
from dataclasses import dataclass
from typing import Iterator, Optional, Sequence

from chat.llm.prompts import (BASE_CHAT_STOP, MAX_NEW_TOKENS_LIMIT, build_base_transcript, check_max_new_tokens,
                              check_messages, check_prompt, trim_messages)
from chat.llm.stops import cut_at_stop, until_stop
from chat.llm.structured import (FAILED, TIMEOUT, TRUNCATED, StructuredOutputError, check_schema, check_timeout,
                                 parse_json_reply, with_schema_hint)


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
    static_cache: Optional[bool] = None  # None: a static KV cache on CUDA (measured 1.21 -> 0.25 s), dynamic elsewhere
    capable_planner: Optional[bool] = None  # None: instruct models of >= PLANNER_MIN_PARAMS or a preset that says so
    # openai-compatible server (--llm openai:MODEL), see chat.llm.openai_server
    base_url: Optional[str] = None  # None: $EASEL_LLM_BASE_URL, else Ollama's http://localhost:11434/v1
    api_key_env: str = "EASEL_LLM_API_KEY"  # the key comes from this environment variable, never the command line
    server_timeout_s: float = 60.0  # whole-request limit of a server call (chat_json takes its own timeout_s)
    connect_timeout_s: float = 3.0  # an unreachable server fails this fast


PLANNER_MIN_PARAMS = 900_000_000  # instruct models from about 1B parameters make usable plans (issue 8)


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
        self.planner_hint: Optional[bool] = None  # a preset's say on capable_planner (set by the loader)
        self._lock = threading.Lock()  # one generation at a time: sessions share the model
        # every generate runs on this one thread: on CUDA the static cache's compiled decoding step records CUDA
        # graphs per thread, and cuBLAS handles are per thread, so a new thread per call would pay them each time
        from imaging.device_thread import DeviceThread

        self.device_thread = DeviceThread("easel-llm")
        self._llg_tokenizer = None  # llguidance's view of the tokenizer, built on the first chat_json
        self._prepare_lock = threading.Lock()
        self.last_mask_seconds = 0.0  # constrained decoding overhead of the last chat_json (for the bench)
        self.last_json_tokens = 0  # tokens generated by the last chat_json

    @property
    def capable_planner(self) -> bool:
        """Whether this model's plans are trusted over the rules' (the guards check them either way)."""
        for say in (self.config.capable_planner, self.planner_hint):
            if say is not None:
                return say
        return self.is_instruct and self.num_parameters() >= PLANNER_MIN_PARAMS

    def num_parameters(self) -> int:
        return sum(p.numel() for p in self.model.parameters())

    def __repr__(self) -> str:
        return f"{type(self).__name__}(name={self.name!r}, is_instruct={self.is_instruct}, device={self.device!r})"

    # ---- public API
    def complete(self, prompt: str, *, max_new_tokens: int = 48, stop: Sequence[str] = ("\n",)) -> str:
        """Greedy raw continuation of ``prompt`` (few-shot use); cut before the first stop string."""
        check_prompt(prompt, max_new_tokens, stop)
        inputs = self.tokenizer(prompt, return_tensors="pt").to(self.device)
        prompt_length = inputs["input_ids"].shape[1]
        self._check_length(prompt_length, max_new_tokens)
        criteria = [_StopOnStrings(self.tokenizer, stop, prompt_length)] if stop else []
        kwargs = self._generation_kwargs(max_new_tokens, criteria)
        output = self.device_thread.call(self._generate, **inputs, **kwargs)
        text = self.tokenizer.decode(output[0, prompt_length:], skip_special_tokens=True)
        return cut_at_stop(text, stop)[0]

    def chat_stream(self, messages: list[dict], *, max_new_tokens: int = 200,
                    stop_event: Optional[threading.Event] = None, stop: Sequence[str] = ()) -> Iterator[str]:
        """Yield the reply's text chunks as they are generated; ends early when ``stop_event`` is set or at the
        first of ``stop`` (extra stop strings, never shown)."""
        check_messages(messages)
        check_max_new_tokens(max_new_tokens)
        check_prompt("-", max_new_tokens, stop)
        input_ids, transcript_stop = self._chat_inputs(messages, max_new_tokens)
        return self._stream(input_ids, max_new_tokens, tuple(transcript_stop) + tuple(stop), stop_event)

    def prepare_json(self):
        """Build llguidance's view of the tokenizer now (seconds for a 262k vocabulary; call at start-up so the
        first plan isn't late); later calls return it."""
        from chat.llm.constrained import llg_tokenizer

        with self._prepare_lock:
            if self._llg_tokenizer is None:
                self._llg_tokenizer = llg_tokenizer(self.tokenizer, self.model.config.get_text_config().vocab_size)
        return self._llg_tokenizer

    def chat_json(self, messages: list[dict], schema: dict, *, max_new_tokens: int = 256,
                  timeout_s: float = 10.0, schema_hint: bool = True) -> dict:
        """A JSON object valid under ``schema``, decoded under the schema's grammar (llguidance).

        ``schema_hint`` states the schema in the system message too (off when the prompt already explains it).

        StructuredOutputError (reason "timeout", "truncated", "invalid" or "failed") when none came in time.
        """
        import time

        import torch
        from transformers import LogitsProcessorList

        from chat.llm.constrained import GrammarGuide, json_matcher

        check_messages(messages)
        check_max_new_tokens(max_new_tokens)
        check_schema(schema)
        timeout_s = check_timeout(timeout_s)
        started = time.perf_counter()
        prompt = with_schema_hint(messages, schema) if schema_hint else messages
        input_ids, _ = self._chat_inputs(prompt, max_new_tokens)
        vocab_size = self.model.config.get_text_config().vocab_size  # the logits width (lm_head may be int8)
        llg_tok = self.prepare_json()
        guide = GrammarGuide(json_matcher(llg_tok, schema), input_ids.shape[1], vocab_size)
        kwargs = self._generation_kwargs(max_new_tokens, [guide.stopping()], max_time=timeout_s)
        try:
            output = self.device_thread.call(self._generate, input_ids=input_ids,
                                             attention_mask=torch.ones_like(input_ids),
                                             logits_processor=LogitsProcessorList([guide]), **kwargs)
        except Exception as error:
            raise StructuredOutputError(FAILED, f"{self.name}: generation failed: {error}") from error
        text = self.tokenizer.decode(output[0, input_ids.shape[1]:], skip_special_tokens=True)
        seconds = time.perf_counter() - started
        self.last_mask_seconds, self.last_json_tokens = guide.mask_seconds, guide.consumed
        if not guide.matcher.is_accepting():
            reason = TIMEOUT if seconds >= timeout_s else TRUNCATED
            raise StructuredOutputError(reason, f"{self.name}: no complete JSON after {seconds:.1f}s "
                                        f"({guide.consumed} tokens)", text=text, seconds=seconds)
        return parse_json_reply(text, schema, seconds=seconds)

    def chat(self, messages: list[dict], **kwargs) -> str:
        return "".join(self.chat_stream(messages, **kwargs)).strip()

    def count_tokens(self, text: str) -> int:
        return len(self.tokenizer(text)["input_ids"])

    # ---- internals
    def _context_limit(self) -> int:
        limit = getattr(self.model.config, "max_position_embeddings", None) or 2048
        return min(limit, self.config.max_input_tokens + MAX_NEW_TOKENS_LIMIT)

    def _check_length(self, prompt_length: int, max_new_tokens: int) -> None:
        if prompt_length + max_new_tokens > self._context_limit():
            raise ValueError(f"prompt of {prompt_length} tokens + max_new_tokens={max_new_tokens} exceeds the "
                             f"context of {self._context_limit()} tokens")

    def uses_static_cache(self) -> bool:
        if self.config.static_cache is not None:
            return self.config.static_cache
        return str(self.device).startswith("cuda")

    def _generation_kwargs(self, max_new_tokens: int, criteria: list, max_time: Optional[float] = None) -> dict:
        from transformers import GenerationConfig, StoppingCriteriaList

        base = self.model.generation_config
        # A fresh greedy config: a preset's sampling defaults (temperature, top_p) do not apply to greedy decoding.
        generation_config = GenerationConfig(
            do_sample=False,
            max_new_tokens=max_new_tokens,
            max_time=max_time,
            eos_token_id=base.eos_token_id,
            bos_token_id=base.bos_token_id,
            pad_token_id=base.pad_token_id if base.pad_token_id is not None else self.tokenizer.pad_token_id,
            cache_implementation="static" if self.uses_static_cache() else None,
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

    def _generate(self, **kwargs):
        import torch

        with self._lock, torch.inference_mode():
            return self.model.generate(**kwargs)

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
                self._generate(input_ids=input_ids, attention_mask=torch.ones_like(input_ids), streamer=streamer,
                               **kwargs)
            except BaseException as error:  # reported to the consumer below
                failure.append(error)
                streamer.end()

        worker = self.device_thread.submit(work)
        try:
            yield from until_stop(streamer, stop)
        finally:
            abandoned.set()
            if not worker.cancel():  # still queued behind another generation: dropped, nothing to wait for
                wait([worker])
        if failure:
            raise LLMGenerationError(f"{self.name}: generation failed: {failure[0]}") from failure[0]
