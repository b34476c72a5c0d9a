"""Constrained decoding for a local transformers model: llguidance turns a JSON schema into a per-token mask.

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest tests/test_llm_structured.py -q -k local

llguidance (Rust, one wheel, no dependencies; the library behind llama.cpp's and vLLM's guided decoding) compiles
the schema once per call and computes the allowed-token bitmask at each step; ``GrammarGuide`` is the
``LogitsProcessor`` that applies it and the ``StoppingCriteria`` that ends generation the moment the JSON value is
complete. Works with any fast tokenizer, the one rebuilt from a GGUF file included. The tokenizer wrapper
(about a second for Gemma's 262k words) is built once per model and kept.
"""
from __future__ import annotations

from typing import Optional

# One JSON layout, no free whitespace: a small model can't wander off into blank lines, and each reply is short.
JSON_OPTIONS = {"whitespace_flexible": False, "item_separator": ", ", "key_separator": ": "}


def llg_tokenizer(tokenizer, vocab_size: Optional[int] = None):
    """An llguidance tokenizer for a transformers fast tokenizer (expensive: build once per model)."""
    import llguidance.hf

    return llguidance.hf.from_tokenizer(tokenizer, n_vocab=vocab_size)


def json_matcher(llg_tok, schema: dict):
    """A fresh matcher for one generation; ValueError when llguidance can't compile ``schema``."""
    from llguidance import LLMatcher

    grammar = LLMatcher.grammar_from_json_schema(schema, overrides=JSON_OPTIONS)
    is_error, messages = LLMatcher.validate_grammar_with_warnings(grammar, llg_tok)
    if is_error:
        raise ValueError(f"schema cannot be enforced: {messages[0] if messages else 'unknown error'}")
    return LLMatcher(llg_tok, grammar, log_level=0)


class GrammarGuide:
    """LogitsProcessor + StoppingCriteria for one (batch of one) generation under an llguidance matcher."""

    def __init__(self, matcher, prompt_length: int, vocab_size: int):
        import torch

        self.matcher = matcher
        self.prompt_length = prompt_length
        self.consumed = 0  # generated tokens already fed to the matcher
        self.bitmask = torch.full((1, (vocab_size + 31) // 32), -1, dtype=torch.int32)
        self.bits = torch.arange(32, dtype=torch.int32)
        self.mask_seconds = 0.0  # time spent computing and applying masks (the library's overhead)

    def _sync(self, input_ids) -> None:
        """Feed the matcher every generated token it has not seen yet."""
        new = input_ids[0, self.prompt_length + self.consumed:].tolist()
        if new:
            self.matcher.consume_tokens(new)
            self.consumed += len(new)

    def __call__(self, input_ids, scores):
        """As a LogitsProcessor: forbid every token the grammar does not allow next."""
        import time

        import torch
        from llguidance.torch import fill_next_token_bitmask

        started = time.perf_counter()
        self._sync(input_ids)
        if scores.dim() == 2 and scores.shape[0] == 1 and not self.matcher.is_error():
            fill_next_token_bitmask(self.matcher, self.bitmask)
            allowed = ((self.bitmask[0].unsqueeze(1) >> self.bits) & 1).flatten().bool()
            allowed = allowed.to(scores.device)
            n = min(allowed.shape[0], scores.shape[1])
            scores[0, :n].masked_fill_(~allowed[:n], float("-inf"))
            scores[0, n:] = float("-inf")
        self.mask_seconds += time.perf_counter() - started
        return scores

    def stopping(self):
        """A StoppingCriteria that ends generation once the JSON value is complete (or the matcher failed)."""
        guide = self

        class _Done:
            def __call__(self, input_ids, scores, **kwargs):
                import torch

                guide._sync(input_ids)
                done = guide.matcher.is_stopped() or guide.matcher.is_error()
                return torch.full((input_ids.shape[0],), done, dtype=torch.bool, device=input_ids.device)

        return _Done()
