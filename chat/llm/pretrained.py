"""Load a transformers causal LM (a hub id or a local folder) onto a device, with the CPU int8 speed-ups.

    HF_HUB_OFFLINE=1 .venv/bin/python -c "from chat.llm.pretrained import load_pretrained; from chat.llm import LLMConfig; \
print(load_pretrained('path/to/model-folder', name='m', is_instruct=None, config=LLMConfig(), local_only=True))"

On CPU the embedded model's per-token cost is dominated by its 262k-word output layer (lm_head: 640 x 262144, 0.67 GB
of float32 read for every token, against 0.4 GB for all 18 decoder layers), so by default that one layer gets dynamic
int8 quantisation; ``bench/llm.py`` measures every variant.
"""
from __future__ import annotations

import logging
import time
import warnings
from typing import Optional, Sequence

from chat.llm.model import LLM, LLMConfig

logger = logging.getLogger(__name__)


def pick_dtype(dtype: str, device: str):
    import torch

    if dtype != "auto":
        return getattr(torch, dtype)
    if device.startswith("cuda"):
        return torch.bfloat16 if torch.cuda.is_bf16_supported() else torch.float16
    if device == "mps":
        return torch.float16
    return torch.float32  # this CPU has no fast bf16 (measured 3x slower than float32, see bench/llm.py)


def apply_cpu_speedups(model, config: LLMConfig) -> list[str]:
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


def load_pretrained(source: str, *, name: str, is_instruct: Optional[bool], config: LLMConfig,
                    local_only: bool, notices: Sequence[str] = ()) -> LLM:
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from imaging.device import pick_device  # validates the name too (ValueError)

    started = time.perf_counter()
    device = pick_device(config.device)
    dtype = pick_dtype(config.dtype, device)
    if config.num_threads:
        torch.set_num_threads(config.num_threads)
    tokenizer = AutoTokenizer.from_pretrained(source, local_files_only=local_only)
    model_kwargs = {"dtype": dtype, "local_files_only": local_only}
    if config.attn_implementation:
        model_kwargs["attn_implementation"] = config.attn_implementation
    model = AutoModelForCausalLM.from_pretrained(source, **model_kwargs).to(device).eval()
    if is_instruct is None:
        is_instruct = getattr(tokenizer, "chat_template", None) is not None
    optimisations = apply_cpu_speedups(model, config) if device == "cpu" else []
    llm = LLM(model, tokenizer, name=name, is_instruct=is_instruct, device=device, config=config, notices=notices)
    llm.optimisations = optimisations
    llm.load_seconds = time.perf_counter() - started
    logger.info("loaded LLM %s on %s in %.1fs (%s)", name, device, llm.load_seconds, ", ".join(optimisations) or "plain")
    return llm
