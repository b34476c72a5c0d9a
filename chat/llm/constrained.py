"""Constrained decoding for a local transformers model: llguidance turns a JSON schema into a per-token mask.

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest tests/test_llm_structured.py -q -k local

llguidance (Rust, one wheel, no dependencies; the library behind llama.cpp's and vLLM's guided decoding) compiles
the schema once per call and computes the allowed-token bitmask at each step; ``GrammarGuide`` is the
``LogitsProcessor`` that applies it and the ``StoppingCriteria`` that ends generation the moment the JSON value is
complete. Works with any fast tokenizer, the one rebuilt from a GGUF file included. The tokenizer wrapper
(about a second for Gemma's 262k words) is built once per model and kept.

On a GPU the mask's CPU work runs while the GPU computes the step's logits: the stopping criterion (called after
each token, before the next forward pass is queued) feeds the new token to the matcher, so the logits processor
(called once the next pass is queued) reads nothing from the GPU before the mask is computed; its first wait for the
GPU is copying the mask there. ``mask_seconds`` counts the CPU work alone, not that wait.
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
        self.mask_seconds = 0.0  # CPU time spent computing masks (the library's overhead; hidden when overlapped)

    def _sync(self, input_ids) -> None:
        """Feed the matcher every generated token it has not seen yet (reads the GPU only when there is one)."""
        if input_ids.shape[1] <= self.prompt_length + self.consumed:  # shape is known on the CPU: no device sync
            return
        new = input_ids[0, self.prompt_length + self.consumed:].tolist()
        self.matcher.consume_tokens(new)
        self.consumed += len(new)

    def _allowed(self):
        """The grammar's allowed next tokens as a bool vector on the CPU."""
        from llguidance.torch import fill_next_token_bitmask

        fill_next_token_bitmask(self.matcher, self.bitmask)
        return ((self.bitmask[0].unsqueeze(1) >> self.bits) & 1).flatten().bool()

    def __call__(self, input_ids, scores):
        """As a LogitsProcessor: forbid every token the grammar does not allow next."""
        import time

        started = time.perf_counter()
        self._sync(input_ids)  # nothing to read when the stopping criterion already fed the last token
        if scores.dim() != 2 or scores.shape[0] != 1 or self.matcher.is_error():
            return scores
        allowed = self._allowed()
        self.mask_seconds += time.perf_counter() - started
        allowed = allowed.to(scores.device)  # the first wait for the GPU's logits in this step
        n = min(allowed.shape[0], scores.shape[1])
        scores[0, :n].masked_fill_(~allowed[:n], float("-inf"))
        scores[0, n:] = float("-inf")
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
