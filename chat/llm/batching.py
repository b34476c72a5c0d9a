"""Many people, one GPU (the LLM side): concurrent sessions' text generations share one batched ``generate`` call.

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest tests/test_llm_batching.py -q
    HF_HUB_OFFLINE=1 .venv/bin/python -m bench.llm_serve --device cpu

``BatchingLLM(llm)`` wraps a ``chat.llm.LLM`` (a transformers model + tokenizer) and is a ``ChatLLM``
(chat/seams.py): ``complete``, ``chat_stream``, ``chat``, ``count_tokens``; every other attribute is the wrapped
LLM's. Each caller checks and tokenizes its own request in its own thread (a bad one fails at once) and queues it;
one worker thread takes the oldest request, waits up to ``window_s`` for compatible ones (greedy, same
``max_new_tokens`` bucket, same ``min_new_tokens``), and runs them as the rows of ONE left-padded
``model.generate`` call (with an attention mask, so a row's tokens depend only on its own prompt: greedy token ids
of a batched row equal the same request run alone, tests/test_llm_batching.py checks it). As with
``imaging.batch.BatchingEngine``, a lone user never waits for the window: it is waited only once requests have queued
behind a call or shared one.

Each row has its own stop strings, stop event and token budget, checked at every step by one StoppingCriteria that
also decodes the row's new token and streams its text to that caller: a caller's text arrives as it is generated,
and a row that is finished (EOS, a stop string, its own budget, its stop event, its stream closed) ends that caller's
stream at once (the batch goes on for the others; generation ends when every row has). An error in ``generate``
reaches every caller of that batch; the next batch runs as usual.

``chat_json`` (constrained decoding, llguidance) is not batched: it goes to the wrapped LLM, which takes the same
model lock as the worker, so it runs between batches.
"""
from __future__ import annotations

import queue
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Iterator, Optional, Sequence

from chat.llm.model import LLMGenerationError
from chat.llm.prompts import check_max_new_tokens, check_messages, check_prompt
from chat.llm.stops import cut_at_stop, until_stop
from imaging.coalesce import BatchConfig, Coalescer

_END = object()  # the last item of a row's chunk queue


@dataclass(frozen=True)
class LLMBatchConfig(BatchConfig):
    window_s: float = 0.015  # an LLM call is longer than a 1-step picture: a shorter window costs less of it


def budget_bucket(max_new_tokens: int) -> int:
    """Requests whose budgets round up to the same power of two share a call (a 48-token `complete` doesn't keep a
    200-token chat's batch running long after its own rows are done, and vice versa)."""
    return 1 << max(0, (max_new_tokens - 1).bit_length())


@dataclass(eq=False)
class RowStream:
    """One caller's request on its way through the queue: iterate it for the row's text chunks (as generated);
    afterwards ``token_ids`` holds the row's generated ids (EOS included when it ended on one)."""

    input_ids: list[int]
    max_new_tokens: int
    stop: tuple[str, ...]
    stop_event: Optional[threading.Event]
    min_new_tokens: int = 0
    label: str = "LLM"  # the model's name, for errors
    behind: bool = False  # other requests were queued or being generated when this one came
    enqueued: float = field(default_factory=time.monotonic)
    token_ids: list[int] = field(default_factory=list)
    text: str = ""  # the row's decoded text so far (stop strings included; callers cut them)
    error: Optional[BaseException] = None
    finished: bool = False  # set in the worker when the row is done
    abandoned: threading.Event = field(default_factory=threading.Event)  # the caller stopped reading
    _chunks: "queue.SimpleQueue" = field(default_factory=queue.SimpleQueue)

    @property
    def key(self) -> tuple:
        return (budget_bucket(self.max_new_tokens), self.min_new_tokens)

    def cancelled(self) -> bool:
        return self.abandoned.is_set() or (self.stop_event is not None and self.stop_event.is_set())

    def __iter__(self) -> Iterator[str]:
        while True:
            item = self._chunks.get()
            if item is _END:
                break
            yield item
        if self.error is not None:  # a new instance in each caller's thread, the batch's error as its cause
            raise LLMGenerationError(f"{self.label}: generation failed: {self.error}") from self.error

    # ---- worker's side
    def push(self, chunk: str) -> None:
        if chunk:
            self._chunks.put(chunk)

    def finish(self, error: Optional[BaseException] = None) -> None:
        if not self.finished:
            self.finished = True
            self.error = self.error or error
            self._chunks.put(_END)

    # ---- the Coalescer's side
    count = 1  # one row of max_batch

    def fail(self, err: BaseException) -> None:
        self.finish(err)

    def release(self) -> None:
        self.finish()


class _Rows:
    """StoppingCriteria for a batch: each step, each live row takes its new token, streams its new text to its
    caller and is finished (its caller released) at EOS, a stop string, its own budget or its stop event."""

    def __init__(self, rows: list[RowStream], tokenizer):
        self.rows = rows
        self.tokenizer = tokenizer
        self.eos_ids: set[int] = set()

    def __call__(self, input_ids, scores, **kwargs):
        import torch

        newest = input_ids[:, -1].tolist()
        for row, token in zip(self.rows, newest):
            if not row.finished:
                self._step(row, token)
        return torch.tensor([row.finished for row in self.rows], dtype=torch.bool, device=input_ids.device)

    def _step(self, row: RowStream, token: int) -> None:
        row.token_ids.append(token)
        text = self.tokenizer.decode(row.token_ids, skip_special_tokens=True)
        done = (token in self.eos_ids or row.cancelled() or len(row.token_ids) >= row.max_new_tokens
                or (row.stop and cut_at_stop(text, row.stop)[1]))
        if done or not text.endswith("\ufffd"):  # a character cut in two waits for its next token
            row.push(text[len(row.text):])  # as transformers' TextStreamer: the text past what was shown
            row.text = text
        if done:
            row.finish()


class BatchingLLM:
    """A ``ChatLLM`` for many sessions at once: compatible concurrent generations share one ``generate`` call."""

    def __init__(self, llm, window_s: float = LLMBatchConfig.window_s, max_batch: int = LLMBatchConfig.max_batch,
                 adaptive: bool = LLMBatchConfig.adaptive):
        self.llm = llm
        self.batching = LLMBatchConfig(window_s, max_batch, adaptive)  # not `config`: that is the LLM's
        # each batch on the LLM's one generation thread (CUDA graphs of the static cache are per thread); a row is
        # released as soon as it is finished, often before its call ends: a lone user's next request can come while
        # the call finishes, and it is not waiting behind anyone else's
        self._queue = Coalescer(self.batching, lambda rows: llm.device_thread.call(self._run_batch, rows),
                                name="batching LLM", busy=lambda running: any(not r.finished for r in running))
        self.calls: deque[int] = deque(maxlen=1000)  # rows per recent generate call (benchmarks, tests)

    @property
    def windows_waited(self) -> int:
        """Times the oldest request waited for company (benchmarks, tests)."""
        return self._queue.windows_waited

    def __getattr__(self, name: str):
        if name == "llm":  # not yet set: no recursion
            raise AttributeError(name)
        return getattr(self.llm, name)

    def __repr__(self) -> str:
        return f"BatchingLLM({self.llm!r}, window_s={self.batching.window_s}, max_batch={self.batching.max_batch})"

    # ------------------------------------------------------------------ callers' side (ChatLLM)
    def complete(self, prompt: str, *, max_new_tokens: int = 48, stop: Sequence[str] = ("\n",)) -> str:
        """Greedy raw continuation of ``prompt``, cut before the first stop string (as ``LLM.complete``)."""
        check_prompt(prompt, max_new_tokens, stop)
        ids = self.llm.tokenizer(prompt)["input_ids"]
        row = self.generate(ids, max_new_tokens=max_new_tokens, stop=tuple(stop))
        return cut_at_stop("".join(row), stop)[0]

    def chat_stream(self, messages: list[dict], *, max_new_tokens: int = 200,
                    stop_event: Optional[threading.Event] = None, stop: Sequence[str] = ()) -> Iterator[str]:
        """The reply's text chunks as they are generated (as ``LLM.chat_stream``); closing the stream ends the row."""
        check_messages(messages)
        check_prompt("-", max_new_tokens, stop)
        input_ids, transcript_stop = self.llm._chat_inputs(messages, max_new_tokens)
        stop = tuple(transcript_stop) + tuple(stop)
        return self._stream(input_ids[0].tolist(), max_new_tokens, stop, stop_event)

    def chat(self, messages: list[dict], **kwargs) -> str:
        return "".join(self.chat_stream(messages, **kwargs)).strip()

    def chat_json(self, messages: list[dict], schema: dict, **kwargs) -> dict:
        """Not batched: the wrapped LLM's constrained decoding, between batches (it takes the same model lock)."""
        return self.llm.chat_json(messages, schema, **kwargs)

    def generate(self, input_ids: Sequence[int], *, max_new_tokens: int, stop: Sequence[str] = (),
                 stop_event: Optional[threading.Event] = None, min_new_tokens: int = 0) -> RowStream:
        """Queue one row of token ids; iterate the returned RowStream for its text (greedy, batched)."""
        check_max_new_tokens(max_new_tokens)
        if not isinstance(min_new_tokens, int) or not 0 <= min_new_tokens <= max_new_tokens:
            raise ValueError(f"min_new_tokens={min_new_tokens!r}: must be an int from 0 to max_new_tokens")
        ids = [int(i) for i in input_ids]
        if not ids:
            raise ValueError("input_ids is empty: a generation needs at least one prompt token")
        self.llm._check_length(len(ids), max_new_tokens)
        row = RowStream(ids, max_new_tokens, tuple(s for s in stop if s), stop_event, min_new_tokens,
                        label=str(getattr(self.llm, "name", "LLM")))
        self._submit(row)
        return row

    def _stream(self, ids: list[int], max_new_tokens: int, stop: tuple[str, ...],
                stop_event: Optional[threading.Event]) -> Iterator[str]:
        """Queued on the first read (as LLM.chat_stream starts generating then); never shows a stop string."""
        row = self.generate(ids, max_new_tokens=max_new_tokens, stop=stop, stop_event=stop_event)
        try:
            yield from until_stop(row, stop)
        finally:
            row.abandoned.set()  # a stop string seen or the stream closed: the worker finishes the row

    def _submit(self, row: RowStream) -> None:
        self._queue.submit(row)

    def close(self, timeout: Optional[float] = None) -> None:
        """Finish what is queued, then stop the worker thread. Later calls raise RuntimeError."""
        self._queue.close(timeout)

    def __enter__(self) -> "BatchingLLM":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ------------------------------------------------------------------ worker's side
    def _run_batch(self, rows: list[RowStream]) -> None:
        import torch

        live = [row for row in rows if not row.cancelled()]
        for row in rows:
            if row.cancelled():  # stopped while queued: nothing to generate
                row.finish()
        if not live:
            return
        input_ids, attention_mask = left_pad([row.input_ids for row in live], self._pad_id(), self.llm.device)
        criteria = _Rows(live, self.llm.tokenizer)
        kwargs = self.llm._generation_kwargs(max(row.max_new_tokens for row in live), [criteria])
        kwargs["generation_config"].min_new_tokens = live[0].min_new_tokens or None
        criteria.eos_ids = eos_ids(kwargs["generation_config"].eos_token_id)  # those generate stops a row at
        self.calls.append(len(live))
        with self.llm._lock, torch.inference_mode():  # the wrapped LLM's lock: chat_json runs between batches
            self.llm.model.generate(input_ids=input_ids, attention_mask=attention_mask, **kwargs)

    def _pad_id(self) -> int:
        for value in (self.llm.tokenizer.pad_token_id, self.llm.tokenizer.eos_token_id):
            if value is not None:
                return int(value)
        return 0  # masked out by the attention mask either way



INEXACT_OPTIMISATIONS = ("int8 lm_head", "int8 linear")  # chat.llm.pretrained's dynamic int8 layers


def batching_refusal(llm) -> Optional[str]:
    """None when BatchingLLM can serve ``llm`` with batched rows equal to the same requests alone, else why not.

    A dynamic int8 layer (the CPU default for the output layer) scales its input over the whole batch, so a batched
    row's greedy text could change with the other sessions' rows (seen with the embedded Gemma): not batched.
    """
    from chat.llm.model import LLM

    if not isinstance(llm, LLM):
        return f"{type(llm).__name__} is not a local transformers LLM"
    inexact = [o for o in getattr(llm, "optimisations", []) if o in INEXACT_OPTIMISATIONS]
    if inexact:
        return (f"{', '.join(inexact)}: dynamic int8 scales its input over the whole batch, so a session's reply "
                f"would depend on the others'")
    return None


def eos_ids(eos) -> set[int]:
    """A generation config's eos_token_id (None, an int or a list) as a set."""
    if eos is None:
        return set()
    return {int(eos)} if isinstance(eos, int) else {int(e) for e in eos}


def left_pad(rows: list[list[int]], pad_id: int, device):
    """(input_ids, attention_mask) of ``rows`` padded on the left (the newest token of every row in the last
    column, as generate needs for a decoder-only model)."""
    import torch

    width = max(len(row) for row in rows)
    input_ids = torch.full((len(rows), width), pad_id, dtype=torch.long)
    attention_mask = torch.zeros((len(rows), width), dtype=torch.long)
    for i, row in enumerate(rows):
        input_ids[i, width - len(row):] = torch.tensor(row, dtype=torch.long)
        attention_mask[i, width - len(row):] = 1
    return input_ids.to(device), attention_mask.to(device)
