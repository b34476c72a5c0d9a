"""Long prompts: tokens past CLIP's 77-token window still change the conditioning and the picture.

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest tests/test_imaging_long_prompt.py -q
"""
import numpy as np
import torch

from imaging import ImageRequest
from imaging.long_prompt import count_tokens, encode_prompt

HEAD = ", ".join(["a small red cat sitting on a blue chair"] * 4)  # well past 75 tokens on its own


def _pipe(engine):
    engine.load()
    return engine._pipes["txt2img"]


def test_short_prompt_is_left_to_the_pipeline(demo_engine):
    enc = encode_prompt(_pipe(demo_engine), "demo", "a cat", "", use_negative=False)
    assert enc.pipe_kwargs == {} and not enc.truncated and enc.token_count == 2


def test_one_chunk_matches_the_pipelines_own_encoding(demo_engine):
    from imaging.long_prompt import _encode_sd

    pipe = _pipe(demo_engine)
    ours = _encode_sd(pipe, "a red cat", 1)
    theirs, _ = pipe.encode_prompt("a red cat", "cpu", 1, False)
    assert torch.allclose(ours, theirs, atol=1e-6)


def test_tokens_past_the_limit_change_embeddings_and_pixels(demo_engine):
    pipe = _pipe(demo_engine)
    assert count_tokens(pipe.tokenizer, HEAD) > pipe.tokenizer.model_max_length
    a = encode_prompt(pipe, "demo", HEAD + ", at night", "", use_negative=False)
    b = encode_prompt(pipe, "demo", HEAD + ", in the snow", "", use_negative=False)
    ea, eb = a.pipe_kwargs["prompt_embeds"], b.pipe_kwargs["prompt_embeds"]
    assert ea.shape[1] % 77 == 0 and ea.shape[1] > 77 and not a.truncated
    assert torch.allclose(ea[:, :77], eb[:, :77])  # the first window is identical ...
    assert not torch.allclose(ea, eb)  # ... the tail is not lost
    ra = demo_engine.run(ImageRequest(prompt=HEAD + ", at night", seeds=[3]))[0]
    rb = demo_engine.run(ImageRequest(prompt=HEAD + ", in the snow", seeds=[3]))[0]
    assert not ra.prompt_truncated and not rb.prompt_truncated
    assert not np.array_equal(np.asarray(ra.image), np.asarray(rb.image))


def test_long_prompt_with_guidance_gets_a_matching_negative(demo_engine):
    pipe = _pipe(demo_engine)
    enc = encode_prompt(pipe, "demo", HEAD, "blurry", use_negative=True)
    assert enc.pipe_kwargs["negative_prompt_embeds"].shape == enc.pipe_kwargs["prompt_embeds"].shape
    (result,) = demo_engine.run(ImageRequest(prompt=HEAD, negative_prompt="blurry", guidance_scale=4.0, seeds=[1]))
    assert result.negative_prompt == "blurry" and result.image is not None


def test_flux_prompt_past_t5_limit_is_reported_as_truncated():
    class T5Like:
        def __call__(self, text, add_special_tokens, truncation):
            return type("Enc", (), {"input_ids": text.split()})()

    class FluxLike:
        tokenizer_2 = T5Like()

    assert not encode_prompt(FluxLike(), "flux", "word " * 200, "", False).truncated
    mid = encode_prompt(FluxLike(), "flux", "word " * 400, "", False)
    assert not mid.truncated and mid.pipe_kwargs == {"max_sequence_length": 512}
    assert encode_prompt(FluxLike(), "flux", "word " * 600, "", False).truncated
