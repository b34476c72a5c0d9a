"""GrammarGuide (chat.llm.constrained) step by step, as transformers' generate calls it, on a tiny byte tokenizer.

    .venv/bin/python -m pytest tests/test_grammar_guide.py -q

The logits processor must read no token from the (GPU) input ids once the stopping criterion has fed it: that read
would wait for the forward pass the processor's mask work is meant to overlap.
"""
from __future__ import annotations

import pytest
import torch

SCHEMA = {"type": "object", "properties": {"a": {"type": "integer"}}, "required": ["a"], "additionalProperties": False}


@pytest.fixture(scope="module")
def byte_tokenizer():
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers
    from transformers import PreTrainedTokenizerFast

    vocab = {c: i for i, c in enumerate(sorted(pre_tokenizers.ByteLevel.alphabet()))}
    vocab["<eos>"] = len(vocab)
    tokenizer = Tokenizer(models.BPE(vocab=vocab, merges=[]))
    tokenizer.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tokenizer.decoder = decoders.ByteLevel()
    fast = PreTrainedTokenizerFast(tokenizer_object=tokenizer, eos_token="<eos>")
    from chat.llm.constrained import llg_tokenizer

    return fast, llg_tokenizer(fast)


class _ShapeOnly:
    """Input ids whose values can't be read: only the shape, which the CPU knows without a device sync."""

    def __init__(self, ids: torch.Tensor):
        self.shape = ids.shape

    def __getitem__(self, key):
        raise AssertionError("the logits processor read token values from the input ids")


def _guide(byte_tokenizer, prompt_length):
    from chat.llm.constrained import GrammarGuide, json_matcher

    fast, llg = byte_tokenizer
    return GrammarGuide(json_matcher(llg, SCHEMA), prompt_length, len(fast)), fast


def test_each_step_allows_the_grammars_tokens_without_reading_the_ids_the_stopping_criterion_fed(byte_tokenizer):
    prompt = [5, 6, 7]
    guide, fast = _guide(byte_tokenizer, len(prompt))
    done = guide.stopping()
    answer = fast.encode('{"a": 12}')
    ids = torch.tensor([prompt])
    for position, token in enumerate(answer):
        scores = guide(_ShapeOnly(ids), torch.zeros(1, len(fast)))
        assert scores[0, token] == 0, f"step {position}: the grammar's own next token was forbidden"
        assert torch.isinf(scores[0]).sum() > len(fast) // 2, f"step {position}: most tokens must be forbidden"
        ids = torch.cat([ids, torch.tensor([[token]])], dim=1)
        stopped = done(ids, scores)
        assert bool(stopped[0]) == (position == len(answer) - 1)
    assert guide.consumed == len(answer) and guide.matcher.is_accepting()
    assert guide.mask_seconds > 0


def test_a_forbidden_token_is_minus_infinity_and_without_the_stopping_criterion_the_processor_reads_the_ids(
        byte_tokenizer):
    guide, fast = _guide(byte_tokenizer, 0)
    letter_x = fast.convert_tokens_to_ids("x")
    scores = guide(torch.zeros(1, 0, dtype=torch.long), torch.zeros(1, len(fast)))
    assert scores[0, letter_x] == float("-inf")  # a JSON object can't start with "x"
    opening = fast.encode("{")
    scores = guide(torch.tensor([opening]), torch.zeros(1, len(fast)))  # fed by the processor itself
    assert guide.consumed == 1
    assert scores[0, fast.convert_tokens_to_ids('"')] == 0 and scores[0, letter_x] == float("-inf")
