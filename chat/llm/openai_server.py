"""Any OpenAI-compatible server as Easel's LLM (Ollama, vLLM, llama.cpp server, LM Studio), through ``openai``.

    EASEL_LLM_BASE_URL=http://localhost:11434/v1 .venv/bin/python -m chat.llm "hi" --spec openai:llama3.2
    .venv/bin/python app.py --llm openai:Qwen/Qwen2.5-1.5B-Instruct --llm-base-url http://gpu-box:8000/v1

The base URL comes from ``LLMConfig.base_url`` (``--llm-base-url``), else ``$EASEL_LLM_BASE_URL``, else Ollama's
default; the key from ``$EASEL_LLM_API_KEY`` (servers that need none get a placeholder), never from the command line.
``connect`` lists the server's models with a short timeout, so an unreachable server is an ``LLMLoadError`` within
seconds; a server lost mid-session is an ``LLMGenerationError`` that names it. Replies are greedy (temperature 0);
``chat_json`` asks for ``response_format={"type": "json_schema"}`` and, on a server that refuses it, ``json_object``
with the schema in the system message; the reply is validated either way (``chat.llm.structured``).
"""
from __future__ import annotations

import logging
import math
import os
import threading
import time
from typing import Iterator, Optional, Sequence

from chat.llm.model import LLMConfig, LLMGenerationError, LLMLoadError
from chat.llm.prompts import check_max_new_tokens, check_messages, check_prompt
from chat.llm.stops import cut_at_stop, until_stop
from chat.llm.structured import (FAILED, TIMEOUT, UNREACHABLE, StructuredOutputError, check_schema, check_timeout,
                                 enforceable_schema, parse_json_reply, with_schema_hint)

logger = logging.getLogger(__name__)

BASE_URL_ENV = "EASEL_LLM_BASE_URL"
DEFAULT_BASE_URL = "http://localhost:11434/v1"  # Ollama; vLLM serves :8000/v1, llama.cpp :8080/v1, LM Studio :1234/v1
SERVER_STOP_LIMIT = 4  # the OpenAI API takes at most 4 stop strings; the rest are applied here
CHARS_PER_TOKEN = 3.5  # count_tokens estimate for English (the server's tokenizer is not visible)


def server_base_url(config: LLMConfig) -> str:
    url = (config.base_url or os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL).strip().rstrip("/")
    if not url.startswith(("http://", "https://")):
        raise ValueError(f"LLM server base URL must start with http:// or https://, got {url!r}")
    return url


class ServerLLM:
    """A model behind an OpenAI-compatible API; the same calls as ``chat.llm.LLM``."""

    is_instruct = True  # chat endpoints apply the model's own template
    device = "server"

    def __init__(self, model: str, config: Optional[LLMConfig] = None, notices: Sequence[str] = ()):
        import httpx
        from openai import OpenAI

        self.config = config or LLMConfig()
        self.base_url = server_base_url(self.config)
        self.model = model.strip()
        self.notices: list[str] = list(notices)
        self.load_seconds = 0.0
        self.optimisations: list[str] = []
        self.json_mode = "json_schema"  # becomes "json_object" once the server refuses json_schema
        key = os.environ.get(self.config.api_key_env) or "not-needed"  # local servers take any key
        timeout = httpx.Timeout(self.config.server_timeout_s, connect=self.config.connect_timeout_s)
        self.client = OpenAI(base_url=self.base_url, api_key=key, timeout=timeout, max_retries=0)

    @property
    def name(self) -> str:
        return f"{self.model or '?'} at {self.base_url}"

    @property
    def capable_planner(self) -> bool:
        return True if self.config.capable_planner is None else self.config.capable_planner

    def __repr__(self) -> str:
        return f"ServerLLM(model={self.model!r}, base_url={self.base_url!r})"

    # ---- connecting
    def connect(self) -> "ServerLLM":
        """List the server's models (short timeout); pick the first when no model was named. LLMLoadError if down."""
        started = time.perf_counter()
        try:
            ids = [m.id for m in self.client.models.list(timeout=self.config.connect_timeout_s + 2)]
        except Exception as error:
            raise LLMLoadError(f"cannot reach the LLM server at {self.base_url} ({type(error).__name__}: {error}); "
                               f"start it, or set --llm-base-url / ${BASE_URL_ENV}") from error
        if not self.model:
            if not ids:
                raise LLMLoadError(f"the LLM server at {self.base_url} lists no models; name one: --llm openai:MODEL")
            self.model = ids[0]
        elif ids and self.model not in ids and f"{self.model}:latest" not in ids:
            notice = f"The LLM server at {self.base_url} does not list {self.model!r} (it lists {', '.join(ids[:5])})."
            logger.warning(notice)
            self.notices.append(notice)
        self.load_seconds = time.perf_counter() - started
        return self

    # ---- text
    def chat_stream(self, messages: list[dict], *, max_new_tokens: int = 200,
                    stop_event: Optional[threading.Event] = None, stop: Sequence[str] = ()) -> Iterator[str]:
        """Yield the reply's text as the server streams it; ends when ``stop_event`` is set or at a stop string."""
        check_messages(messages)
        check_prompt("-", max_new_tokens, stop)
        return self._stream(messages, max_new_tokens, stop, stop_event)

    def chat(self, messages: list[dict], **kwargs) -> str:
        return "".join(self.chat_stream(messages, **kwargs)).strip()

    def complete(self, prompt: str, *, max_new_tokens: int = 48, stop: Sequence[str] = ("\n",)) -> str:
        """Greedy raw continuation (the completions endpoint; servers without one get it as a chat turn)."""
        from openai import NotFoundError

        check_prompt(prompt, max_new_tokens, stop)
        try:
            with self._errors():
                reply = self.client.completions.create(model=self.model, prompt=prompt, max_tokens=max_new_tokens,
                                                       temperature=0, stop=list(stop)[:SERVER_STOP_LIMIT] or None)
            text = reply.choices[0].text or ""
        except LLMGenerationError as error:
            if not isinstance(error.__cause__, NotFoundError):
                raise
            text = self.chat([{"role": "user", "content": prompt}], max_new_tokens=max_new_tokens)
        return cut_at_stop(text, stop)[0]

    def count_tokens(self, text: str) -> int:
        """An estimate (characters / 3.5): the server's tokenizer is not visible from here."""
        return max(1, math.ceil(len(text) / CHARS_PER_TOKEN)) if text else 0

    # ---- structured output
    def prepare_json(self) -> None:
        """Nothing to prepare: the server enforces the schema (the same call as ``LLM.prepare_json``)."""

    def chat_json(self, messages: list[dict], schema: dict, *, max_new_tokens: int = 256,
                  timeout_s: float = 10.0, schema_hint: bool = True) -> dict:
        """A JSON object valid under ``schema``; StructuredOutputError (with ``reason``) when none came in time."""
        check_messages(messages)
        check_max_new_tokens(max_new_tokens)
        check_schema(schema)
        deadline = time.perf_counter() + check_timeout(timeout_s)
        hinted = with_schema_hint(messages, schema) if schema_hint else messages
        while True:
            try:
                return self._json_once(hinted, schema, max_new_tokens, deadline)
            except StructuredOutputError as error:
                if self.json_mode == "json_schema" and _refused_the_format(error.__cause__):
                    logger.warning("%s refused response_format json_schema (%s); using json_object", self.name,
                                   str(error.__cause__)[:200])
                    self.json_mode = "json_object"
                    continue
                raise

    def _json_once(self, messages: list[dict], schema: dict, max_new_tokens: int, deadline: float) -> dict:
        from openai import APIConnectionError, APIError, APITimeoutError

        sent = enforceable_schema(schema)
        if self.json_mode == "json_schema":
            response_format = {"type": "json_schema",
                               "json_schema": {"name": "easel_reply", "schema": sent, "strict": True}}
        else:
            response_format = {"type": "json_object", "schema": sent}  # "schema": llama.cpp servers enforce it
        started = time.perf_counter()
        left = deadline - started
        if left <= 0:
            raise StructuredOutputError(TIMEOUT, f"{self.name}: no time left for a JSON reply")
        try:
            reply = self.client.chat.completions.create(
                model=self.model, messages=messages, max_tokens=max_new_tokens, temperature=0,
                response_format=response_format, timeout=left)
        except APITimeoutError as error:
            raise StructuredOutputError(TIMEOUT, f"{self.name}: no JSON reply within {left:.1f}s",
                                        seconds=time.perf_counter() - started) from error
        except APIConnectionError as error:
            raise StructuredOutputError(UNREACHABLE, f"cannot reach the LLM server at {self.base_url}: {error}",
                                        seconds=time.perf_counter() - started) from error
        except APIError as error:
            raise StructuredOutputError(FAILED, f"{self.name}: {type(error).__name__}: {error}",
                                        seconds=time.perf_counter() - started) from error
        choice = reply.choices[0]
        return parse_json_reply(choice.message.content or "", schema, finished=choice.finish_reason != "length",
                                seconds=time.perf_counter() - started)

    # ---- internals
    def _stream(self, messages, max_new_tokens: int, stop: Sequence[str],
                stop_event: Optional[threading.Event]) -> Iterator[str]:
        deltas = self._deltas(messages, max_new_tokens, stop, stop_event)
        try:
            yield from until_stop(deltas, stop)
        finally:
            deltas.close()  # at a stop string or when the consumer stops reading: the connection closes now

    def _deltas(self, messages, max_new_tokens: int, stop: Sequence[str],
                stop_event: Optional[threading.Event]) -> Iterator[str]:
        with self._errors():
            stream = self.client.chat.completions.create(
                model=self.model, messages=messages, max_tokens=max_new_tokens, temperature=0, stream=True,
                stop=list(stop)[:SERVER_STOP_LIMIT] or None)
        try:
            with self._errors():
                for chunk in stream:
                    if stop_event is not None and stop_event.is_set():
                        return
                    if chunk.choices and chunk.choices[0].delta.content:
                        yield chunk.choices[0].delta.content
        finally:
            stream.close()  # closes the connection: the server stops generating

    def _errors(self):
        return _ServerErrors(self)


def _refused_the_format(error) -> bool:
    """The server turned the request down, not the caller: worth one more try in json_object mode.

    Servers answer an unknown response_format differently: 400, 422, or (llama-cpp-python) 500 naming the field.
    """
    from openai import APIStatusError

    if not isinstance(error, APIStatusError) or error.status_code in (401, 403, 404, 429):
        return False
    return error.status_code in (400, 422) or "response_format" in str(error) or "json_schema" in str(error)


class _ServerErrors:
    """Context manager: openai's exceptions become LLMGenerationError naming the server (the cause is kept)."""

    def __init__(self, llm: ServerLLM):
        self.llm = llm

    def __enter__(self):
        return self

    def __exit__(self, kind, error, traceback):
        from openai import APIConnectionError, APIError, APITimeoutError

        if error is None or not isinstance(error, APIError):
            return False
        if isinstance(error, APITimeoutError):
            message = f"the LLM server at {self.llm.base_url} did not answer in time"
        elif isinstance(error, APIConnectionError):
            message = f"cannot reach the LLM server at {self.llm.base_url}; is it running?"
        else:
            message = f"the LLM server at {self.llm.base_url} refused the request: {error}"
        raise LLMGenerationError(message) from error


def load_server_llm(model: str, config: LLMConfig) -> ServerLLM:
    """Connect to the server (``openai:MODEL``; an empty MODEL takes the server's first); LLMLoadError when down."""
    return ServerLLM(model, config).connect()
