"""Long prompts: encode the whole prompt past the CLIP 77-token window, or report that it was cut.

    .venv/bin/python -m pytest tests/test_imaging_long_prompt.py -q

CLIP text encoders see 77 tokens (start + 75 + end). For SD and SDXL a longer prompt is split into 75-token chunks,
each chunk is encoded in its own window ([start] chunk [end] padding) and the hidden states are concatenated along
the sequence axis -- the approach of A1111 and compel. The UNet's cross-attention accepts any sequence length, so
nothing is lost. Prompts that fit return None: the pipeline then encodes them itself, exactly as a direct diffusers
call would (no overhead, identical pixels).

Flux reads the prompt with T5 (max_sequence_length up to 512); past that the prompt is cut and that is reported.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import torch

FLUX_MAX_SEQUENCE = 512


@dataclass
class PromptEncoding:
    """What to pass to the pipeline instead of prompt/negative_prompt, and whether anything was cut."""

    pipe_kwargs: dict[str, Any] = field(default_factory=dict)
    token_count: int = 0  # prompt tokens, without start/end
    truncated: bool = False


def count_tokens(tokenizer, text: str) -> int:
    return len(tokenizer(text, add_special_tokens=False, truncation=False).input_ids)


def _chunk_ids(tokenizer, text: str, n_chunks: int | None = None) -> torch.Tensor:
    """(n_chunks, model_max_length) ids: each chunk framed by start/end tokens and padded like the pipeline does."""
    window = tokenizer.model_max_length - 2
    ids = tokenizer(text, add_special_tokens=False, truncation=False).input_ids
    chunks = [ids[i:i + window] for i in range(0, len(ids), window)] or [[]]
    if n_chunks is not None:
        chunks += [[]] * (n_chunks - len(chunks))
    pad = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else tokenizer.eos_token_id
    rows = [[tokenizer.bos_token_id] + c + [tokenizer.eos_token_id] + [pad] * (window - len(c)) for c in chunks]
    return torch.tensor(rows, dtype=torch.long)


def _n_chunks(tokenizer, *texts: str) -> int:
    window = tokenizer.model_max_length - 2
    return max(max(1, -(-count_tokens(tokenizer, t) // window)) for t in texts)


@torch.inference_mode()
def _encode_sd(pipe, text: str, n_chunks: int) -> torch.Tensor:
    encoder = pipe.text_encoder
    ids = _chunk_ids(pipe.tokenizer, text, n_chunks).to(pipe._execution_device)  # offload-aware
    hidden = encoder(ids)[0]  # (chunks, 77, dim): last hidden state, as StableDiffusionPipeline.encode_prompt
    return hidden.reshape(1, -1, hidden.shape[-1])


@torch.inference_mode()
def _encode_sdxl(pipe, text: str, n_chunks: int) -> tuple[torch.Tensor, torch.Tensor]:
    hiddens, pooled = [], None
    for tokenizer, encoder in ((pipe.tokenizer, pipe.text_encoder), (pipe.tokenizer_2, pipe.text_encoder_2)):
        ids = _chunk_ids(tokenizer, text, n_chunks).to(pipe._execution_device)
        out = encoder(ids, output_hidden_states=True)
        hiddens.append(out.hidden_states[-2])  # penultimate layer, as StableDiffusionXLPipeline.encode_prompt
        pooled = out[0][:1]  # projected pooled output of the 2nd encoder, from the first chunk
    hidden = torch.cat(hiddens, dim=-1)
    return hidden.reshape(1, -1, hidden.shape[-1]), pooled


def encode_prompt(pipe, family: str, prompt: str, negative_prompt: str, use_negative: bool) -> PromptEncoding:
    """Pipeline kwargs for a prompt that does not fit the text encoder's window (empty kwargs when it fits)."""
    if family == "flux":
        tokenizer = getattr(pipe, "tokenizer_2", None)  # T5
        if tokenizer is None:
            return PromptEncoding()
        n = count_tokens(tokenizer, prompt)
        if n <= 256:
            return PromptEncoding(token_count=n)
        return PromptEncoding({"max_sequence_length": FLUX_MAX_SEQUENCE}, n, truncated=n > FLUX_MAX_SEQUENCE)

    tokenizer = pipe.tokenizer
    n = count_tokens(tokenizer, prompt)
    n_neg = count_tokens(tokenizer, negative_prompt) if use_negative else 0
    if max(n, n_neg) <= tokenizer.model_max_length - 2:
        return PromptEncoding(token_count=n)
    n_chunks = _n_chunks(tokenizer, prompt, negative_prompt if use_negative else "")
    dtype = pipe.unet.dtype
    if family == "sdxl":
        embeds, pooled = _encode_sdxl(pipe, prompt, n_chunks)
        kwargs = {"prompt_embeds": embeds.to(dtype), "pooled_prompt_embeds": pooled.to(dtype)}
        if use_negative:
            if not negative_prompt and pipe.config.force_zeros_for_empty_prompt:
                neg, neg_pooled = torch.zeros_like(embeds), torch.zeros_like(pooled)
            else:
                neg, neg_pooled = _encode_sdxl(pipe, negative_prompt, n_chunks)
            kwargs.update(negative_prompt_embeds=neg.to(dtype), negative_pooled_prompt_embeds=neg_pooled.to(dtype))
        return PromptEncoding(kwargs, n)
    kwargs = {"prompt_embeds": _encode_sd(pipe, prompt, n_chunks).to(dtype)}
    if use_negative:
        kwargs["negative_prompt_embeds"] = _encode_sd(pipe, negative_prompt, n_chunks).to(dtype)
    return PromptEncoding(kwargs, n)
