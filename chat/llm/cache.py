"""On-disk cache of GGUF checkpoints converted to plain transformers weights, written safely by many processes.

    .venv/bin/python -m chat.llm.cache path/to/model.gguf   # convert (or find) and print the folder

Reading a GGUF file through transformers dequantises every tensor and rebuilds the tokenizer from the GGUF metadata
(about a minute for Gemma 3 270M on a 2-core CPU). We do that once, save the result as safetensors + tokenizer.json
under ``$EASEL_CACHE_DIR/llm/<sha256 of the .gguf>/`` (default ``~/.cache/easel``), and later starts load that folder
in seconds. Everything in the cache is written under a temporary name and renamed into place, under a cross-process
lock (``cache_lock``): a killed process never leaves a half-written file behind, and two processes starting at once
do the work once. The completion marker records each file's size, so a damaged folder is found and rebuilt.
"""
from __future__ import annotations

import copy
import hashlib
import json
import logging
import os
import shutil
import sys
import tempfile
import time
import uuid
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

logger = logging.getLogger(__name__)

COMPLETE_MARKER = "easel-complete.json"  # written last: a folder without it is not a usable cache
LOCK_TIMEOUT_S = 15 * 60  # a conversion takes about a minute; a lock held longer than this is a hung process


def cache_root() -> Path:
    """Root of Easel's caches: $EASEL_CACHE_DIR, else ~/.cache/easel."""
    return Path(os.environ.get("EASEL_CACHE_DIR") or Path.home() / ".cache" / "easel")


def sha256_file(path: str | Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


@contextmanager
def cache_lock(path: Path) -> Iterator[None]:
    """Hold the cross-process lock of one cache entry (a ``.lock`` file beside it) while it is checked or written."""
    from filelock import FileLock  # a dependency of huggingface_hub

    path.parent.mkdir(parents=True, exist_ok=True)
    with FileLock(str(path.parent / f".{path.name}.lock"), timeout=LOCK_TIMEOUT_S):
        yield


def write_file_atomically(target: Path, write: Callable[[Path], object]) -> Path:
    """``write(tmp)`` fills a temporary file beside ``target``, which is then renamed onto it (atomic on one disk)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{os.getpid()}-{uuid.uuid4().hex[:8]}.tmp")
    try:
        write(tmp)
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    return target


def converted_dir(sha256: str) -> Path:
    return cache_root() / "llm" / sha256


def is_complete(folder: Path) -> bool:
    """The folder has its marker, its config, and every file the marker lists at the size it was written."""
    marker = folder / COMPLETE_MARKER
    if not (marker.is_file() and (folder / "config.json").is_file()):
        return False
    try:
        sizes = json.loads(marker.read_text()).get("files", {})
    except (OSError, ValueError, AttributeError):
        return False
    for name, size in sizes.items():
        path = folder / name
        if not path.is_file() or path.stat().st_size != size:
            logger.warning("converted-weights cache %s is damaged: %s is missing or truncated", folder, name)
            return False
    return True


def _marker(folder: Path, gguf_path: Path, sha256: str, seconds: float) -> dict:
    files = {p.name: p.stat().st_size for p in sorted(folder.iterdir()) if p.is_file()}
    return {"source": str(gguf_path), "sha256": sha256, "convert_seconds": round(seconds, 1), "files": files}


def _plain_model(gguf_path: Path):
    """The GGUF's tokenizer and its weights in an ordinary (saveable) float32 model."""
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    folder, name = str(gguf_path.parent), gguf_path.name
    tokenizer = AutoTokenizer.from_pretrained(folder, gguf_file=name)
    with torch.inference_mode():
        gguf_model = AutoModelForCausalLM.from_pretrained(folder, gguf_file=name, dtype=torch.float32)
    # A model loaded from GGUF refuses save_pretrained (its quantizer is not serialisable), although its weights are
    # already plain float32 here: copy them into an ordinary model of the same config and save that one.
    config = copy.deepcopy(gguf_model.config)
    if hasattr(config, "quantization_config"):
        del config.quantization_config
    plain_model = AutoModelForCausalLM.from_config(config, dtype=torch.float32)
    plain_model.load_state_dict(gguf_model.state_dict(), strict=True)
    plain_model.generation_config = gguf_model.generation_config
    return tokenizer, plain_model


def convert_gguf(gguf_path: str | Path, sha256: str | None = None) -> Path:
    """Return a folder with the converted weights of ``gguf_path``, converting it first if needed."""
    gguf_path = Path(gguf_path)
    if not gguf_path.is_file():
        raise FileNotFoundError(f"GGUF file not found: {gguf_path}")
    sha256 = sha256 or sha256_file(gguf_path)
    target = converted_dir(sha256)
    if is_complete(target):
        return target
    started = time.perf_counter()
    tokenizer, plain_model = _plain_model(gguf_path)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{sha256[:12]}-", dir=target.parent))
    try:
        tmp.chmod(0o755)  # mkdtemp makes it private; the cache may be shared by users of one machine
        plain_model.save_pretrained(tmp)
        tokenizer.save_pretrained(tmp)
        marker = _marker(tmp, gguf_path, sha256, time.perf_counter() - started)
        (tmp / COMPLETE_MARKER).write_text(json.dumps(marker, indent=1))
        if target.exists() and not is_complete(target):  # a damaged folder from an older run: replaced
            shutil.rmtree(target, ignore_errors=True)
        if not is_complete(target):
            os.rename(tmp, target)  # atomic on one filesystem
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
    return target


def discard(folder: Path) -> None:
    """Remove a cache folder that failed to load, so the next start converts again."""
    shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    print(convert_gguf(sys.argv[1]))
