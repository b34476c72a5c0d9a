"""Tests of chat.llm.batching: concurrent sessions' generations share one left-padded generate call.

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest tests/test_llm_batching.py -q

A tiny random Qwen2 (2 layers, float32, built from a config) and a word-level tokenizer built in memory ("w5 w17"):
nothing is downloaded. Requests are released together and the window is long (adaptive off), so the batches the
tests expect are the ones the worker makes.
"""
from __future__ import annotations

import threading
import time

import pytest

from bench.llm_serve import EOS, word_tokenizer  # the in-memory word-level tokenizer of the bench
from chat.llm.batching import BatchingLLM, LLMBatchConfig, batching_refusal, budget_bucket, left_pad
from chat.llm.model import LLM, LLMGenerationError
from chat.seams import ChatLLM

VOCAB = 512


@pytest.fixture(scope="module")
def llm():
    import torch
    from transformers import AutoModelForCausalLM, Qwen2Config

    config = Qwen2Config(vocab_size=VOCAB, hidden_size=64, intermediate_size=128, num_hidden_layers=2,
                         num_attention_heads=4, num_key_value_heads=2, max_position_embeddings=1024,
                         tie_word_embeddings=True, eos_token_id=EOS, pad_token_id=0, bos_token_id=None,
                         initializer_range=0.5)  # wide weights: varied greedy text, no near-ties
    torch.manual_seed(0)
    model = AutoModelForCausalLM.from_config(config, dtype=torch.float32).eval()
    return LLM(model, word_tokenizer(VOCAB), name="tiny-qwen2", is_instruct=False, device="cpu")


def prompt(seed: int, words: int) -> list[int]:
    return [3 + (seed * 37 + i * 11) % (VOCAB - 3) for i in range(words)]


def alone(llm, ids: list[int], max_new_tokens: int) -> list[int]:
    """The same request on the plain model, unpadded and alone."""
    import torch

    with torch.inference_mode():
        out = llm.model.generate(torch.tensor([ids]), attention_mask=torch.ones(1, len(ids), dtype=torch.long),
                                 **llm._generation_kwargs(max_new_tokens, []))
    return out[0, len(ids):].tolist()


def together(batcher, calls) -> list:
    """Run each zero-argument call in its own thread, released together; their results (or errors) in order."""
    results: list = [None] * len(calls)
    gate = threading.Barrier(len(calls))

    def run(i):
        gate.wait()
        try:
            results[i] = calls[i]()
        except BaseException as error:  # the test looks at it
            results[i] = error

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(calls))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    return results


def drained(row):
    text = "".join(row)
    return text, list(row.token_ids)


def strip_eos(ids: list[int]) -> list[int]:
    return ids[: ids.index(EOS) + 1] if EOS in ids else ids


# ------------------------------------------------------------------------------------------------ config and helpers


def test_config_names_bad_values():
    with pytest.raises(ValueError, match="window_s=-1"):
        LLMBatchConfig(window_s=-1)
    with pytest.raises(ValueError, match="max_batch=0"):
        LLMBatchConfig(max_batch=0)


def test_budget_buckets_and_left_padding():
    assert [budget_bucket(n) for n in (1, 48, 64, 65, 200)] == [1, 64, 64, 128, 256]
    ids, mask = left_pad([[5, 6, 7], [8]], 0, "cpu")
    assert ids.tolist() == [[5, 6, 7], [0, 0, 8]]
    assert mask.tolist() == [[1, 1, 1], [0, 0, 1]]


def test_batching_llm_is_a_chat_llm(llm):
    batcher = BatchingLLM(llm)
    assert isinstance(batcher, ChatLLM)
    assert batcher.name == "tiny-qwen2" and batcher.tokenizer is llm.tokenizer  # the rest is the LLM's


# ------------------------------------------------------------------------------------------------ batched == alone


def test_batched_rows_equal_the_same_requests_alone(llm):
    prompts = [prompt(1, 5), prompt(2, 17), prompt(3, 9), prompt(4, 30)]  # different lengths: real left padding
    expected = [strip_eos(alone(llm, ids, 24)) for ids in prompts]
    with BatchingLLM(llm, window_s=2.0, adaptive=False) as batcher:
        got = together(batcher, [lambda ids=ids: drained(batcher.generate(ids, max_new_tokens=24))
                                 for ids in prompts])
        assert list(batcher.calls) == [4]
    assert [ids for _, ids in got] == expected
    assert [text for text, _ in got] == [llm.tokenizer.decode(ids, skip_special_tokens=True) for ids in expected]
    assert len({tuple(ids) for ids in expected}) == 4  # the rows really differ


def test_complete_and_chat_stream_match_the_plain_llm(llm):
    text_prompts = ["w5 w9 w200 w31", "w77 w3 w4 w5 w6 w7 w8"]
    expected = [llm.complete(p, max_new_tokens=12, stop=()) for p in text_prompts]
    messages = [{"role": "user", "content": "w40 w41"}]
    expected_chat = "".join(llm.chat_stream(messages, max_new_tokens=12))
    with BatchingLLM(llm, window_s=2.0, adaptive=False) as batcher:
        got = together(batcher, [lambda p=p: batcher.complete(p, max_new_tokens=12, stop=()) for p in text_prompts]
                       + [lambda: list(batcher.chat_stream(messages, max_new_tokens=12))])
        assert list(batcher.calls) == [3]
    assert got[:2] == expected
    chunks = got[2]
    assert len(chunks) > 1 and "".join(chunks) == expected_chat  # streamed token by token, same text


# ------------------------------------------------------------------------------------------------ per-row stops


def test_a_stop_string_ends_one_row_and_not_the_others(llm):
    a, b = prompt(5, 8), prompt(6, 11)
    text_a = llm.tokenizer.decode(alone(llm, a, 20), skip_special_tokens=True).split()
    full_b = llm.tokenizer.decode(strip_eos(alone(llm, b, 20)), skip_special_tokens=True)
    k = next(k for k in range(2, 10) if text_a[k] not in full_b.split() + text_a[:k])  # a word only A says
    stop = " " + text_a[k] + " "
    with BatchingLLM(llm, window_s=2.0, adaptive=False) as batcher:
        rows = [batcher.generate(a, max_new_tokens=20, stop=(stop,)), batcher.generate(b, max_new_tokens=20)]
        got = [drained(row) for row in rows]
        assert list(batcher.calls) == [2]
    assert got[0][0] == " ".join(text_a[:k + 2])  # the row's raw text ends at the stop string (callers cut it)
    assert len(got[0][1]) == k + 2  # it ended there, not at its budget
    assert got[1][0] == full_b  # the other row went on to its own end


def test_one_callers_stop_event_cancels_only_its_row_and_its_caller_is_not_kept_waiting(llm):
    a, b = prompt(7, 6), prompt(8, 6)
    expected_b = strip_eos(alone(llm, b, 40))
    stop_a, stop_b = threading.Event(), threading.Event()
    with BatchingLLM(llm, window_s=2.0, adaptive=False) as batcher:
        row_a = batcher.generate(a, max_new_tokens=300, stop_event=stop_a)
        row_b = batcher.generate(b, max_new_tokens=400, stop_event=stop_b)
        first = next(iter(row_a))
        stop_a.set()
        rest_a = "".join(row_a)  # returns once its own row is finished...
        b_running = not row_b.finished  # ...while the batch still generates the other row
        stop_b.set()
        drained(row_b)
        assert list(batcher.calls) == [2]
    assert first and len(row_a.token_ids) <= 3 and len(first + rest_a) > 0
    assert b_running and len(row_b.token_ids) < 400
    n = min(len(row_b.token_ids), len(expected_b))
    assert n >= 2 and row_b.token_ids[:n] == expected_b[:n]


def test_a_closed_chat_stream_ends_its_row(llm):
    with BatchingLLM(llm) as batcher:
        stream = batcher.chat_stream([{"role": "user", "content": "w9"}], max_new_tokens=300)
        next(stream)
        stream.close()
        assert batcher.complete("w5 w6", max_new_tokens=3, stop=()) != ""  # the model is free again
    assert list(batcher.calls) == [1, 1]


# ------------------------------------------------------------------------------------------------ errors, window, size


class FailingOnce:
    """The model, except that its first generate call raises."""

    def __init__(self, model):
        self.model, self.failed = model, False

    def generate(self, **kwargs):
        if not self.failed:
            self.failed = True
            raise RuntimeError("out of luck")
        return self.model.generate(**kwargs)

    def __getattr__(self, name):
        return getattr(self.model, name)


def test_an_error_in_generate_reaches_every_caller_of_the_batch_and_the_next_batch_works(llm):
    failing = LLM(FailingOnce(llm.model), llm.tokenizer, name="failing", is_instruct=False, device="cpu")
    with BatchingLLM(failing, window_s=2.0, adaptive=False) as batcher:
        errors = together(batcher, [lambda i=i: drained(batcher.generate(prompt(i, 4), max_new_tokens=5))
                                    for i in range(3)])
        assert all(isinstance(e, LLMGenerationError) and "out of luck" in str(e) for e in errors)
        assert len({id(e) for e in errors}) == 3  # each caller raises its own instance
        assert drained(batcher.generate(prompt(9, 4), max_new_tokens=5))[1] == strip_eos(alone(llm, prompt(9, 4), 5))


def test_a_lone_call_does_not_wait_for_the_window(llm):
    with BatchingLLM(llm, window_s=3.0) as batcher:
        for _ in range(2):
            started = time.perf_counter()
            batcher.complete("w5 w6 w7", max_new_tokens=4, stop=())
            assert time.perf_counter() - started < 2.0
        assert batcher.windows_waited == 0


def test_max_batch_is_respected(llm):
    with BatchingLLM(llm, window_s=1.0, max_batch=2, adaptive=False) as batcher:
        got = together(batcher, [lambda i=i: drained(batcher.generate(prompt(i, 5), max_new_tokens=4))
                                 for i in range(5)])
        assert max(batcher.calls) == 2 and sum(batcher.calls) == 5
    assert [ids for _, ids in got] == [strip_eos(alone(llm, prompt(i, 5), 4)) for i in range(5)]


def test_different_budget_buckets_are_not_mixed_and_bad_requests_fail_in_the_caller(llm):
    with BatchingLLM(llm, window_s=1.0, adaptive=False) as batcher:
        with pytest.raises(ValueError, match="max_new_tokens"):
            batcher.generate([5], max_new_tokens=0)
        with pytest.raises(ValueError, match="prompt"):
            batcher.complete("", max_new_tokens=4)
        together(batcher, [lambda: drained(batcher.generate([5, 6], max_new_tokens=4)),
                           lambda: drained(batcher.generate([7, 8], max_new_tokens=100))])
        assert sorted(batcher.calls) == [1, 1]


def test_chat_json_goes_to_the_wrapped_llm():
    class Recorder:
        def chat_json(self, messages, schema, **kwargs):
            return {"messages": messages, "schema": schema, **kwargs}

    assert BatchingLLM(Recorder()).chat_json([], {"type": "object"}, timeout_s=3) == {
        "messages": [], "schema": {"type": "object"}, "timeout_s": 3}


def test_batched_rows_equal_alone_with_a_static_cache(llm):
    """The cache chat.llm.LLM uses on CUDA (here forced on the CPU): left padding and per-row stops still hold."""
    from chat.llm.model import LLMConfig

    static = LLM(llm.model, llm.tokenizer, name="static", is_instruct=False, device="cpu",
                 config=LLMConfig(static_cache=True))
    prompts = [prompt(11, 7), prompt(12, 19), prompt(13, 3)]
    expected = [strip_eos(alone(llm, ids, 16)) for ids in prompts]
    with BatchingLLM(static, window_s=2.0, adaptive=False) as batcher:
        got = together(batcher, [lambda ids=ids: drained(batcher.generate(ids, max_new_tokens=16))
                                 for ids in prompts])
        assert list(batcher.calls) == [3]
    assert [ids for _, ids in got] == expected


def test_batching_is_refused_where_rows_would_depend_on_each_other(llm):
    assert batching_refusal(llm) is None
    int8 = LLM(llm.model, llm.tokenizer, name="int8", is_instruct=False, device="cpu")
    int8.optimisations = ["int8 lm_head"]  # dynamic int8 scales its input over the whole batch
    assert "int8 lm_head" in batching_refusal(int8)

    class Server:
        name, is_instruct, notices = "server", True, []

    assert "Server is not a local transformers LLM" == batching_refusal(Server())


@pytest.mark.slow
def test_embedded_gemma_streams_the_same_replies_batched():
    """A real tokenizer (SentencePiece, multi-byte pieces) and real weights, float32 (int8 off, see above)."""
    from chat.llm import LLMConfig, load_llm

    gemma = load_llm(config=LLMConfig(spec="embedded", offline=True, cpu_int8_lm_head=False))
    assert batching_refusal(gemma) is None
    asks = [[{"role": "user", "content": text}] for text in
            ("Tell me about the sea.", "Hi! Who are you?", "Draw a cat on a red sofa, café style, 東京")]
    expected = ["".join(gemma.chat_stream(messages, max_new_tokens=24)) for messages in asks]
    with BatchingLLM(gemma, window_s=2.0, adaptive=False) as batcher:
        got = together(batcher, [lambda m=m: list(batcher.chat_stream(m, max_new_tokens=24)) for m in asks])
        assert list(batcher.calls) == [3]
    assert ["".join(chunks) for chunks in got] == expected
    assert all(len(chunks) > 1 for chunks in got)


def test_the_serving_bench_runs_and_writes_its_figures(tmp_path):
    import json
    import subprocess
    import sys
    from pathlib import Path

    out = tmp_path / "llm-serve.json"
    subprocess.run([sys.executable, "-m", "bench.llm_serve", "--users", "2", "--calls", "1", "--prompt-tokens", "8",
                    "--new-tokens", "4", "--out", str(out)], cwd=Path(__file__).resolve().parents[1], check=True,
                   capture_output=True, timeout=300)
    result = json.loads(out.read_text())
    assert result["device"] == "cpu" and result["users"] == 2
    assert set(result["p95_s"]) == {"lone", "batched", "one_at_a_time", "lone_batched"}
    assert result["throughput_ratio"] > 0 and result["p95_ratio"] > 0
    assert result["warmup_agreement"]["rows_equal_alone"] == 2  # float32: batched rows are the rows alone


def test_the_plain_llm_generates_on_one_thread_whichever_thread_calls(llm):
    """complete, chat_stream and chat_json from brand-new threads (as each chat turn is) all run generate on the
    LLM's one thread: on CUDA, CUDA graphs of the static cache and cuBLAS handles are per thread."""
    seen: list[int] = []
    original = llm.model.generate

    def recording(*args, **kwargs):
        seen.append(threading.get_ident())
        return original(*args, **kwargs)

    llm.model.generate = recording
    try:
        calls = [lambda: llm.complete("w5 w6 w7", max_new_tokens=4, stop=()),
                 lambda: "".join(llm.chat_stream([{"role": "user", "content": "w8 w9"}], max_new_tokens=4)),
                 lambda: llm.complete("w10 w11", max_new_tokens=4, stop=())]
        for call in calls:
            thread = threading.Thread(target=call)
            thread.start()
            thread.join(60)
    finally:
        del llm.model.generate  # back to the class's method
    assert len(seen) == 3 and len(set(seen)) == 1 and seen[0] != threading.get_ident()
