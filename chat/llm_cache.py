"""On-disk cache of GGUF checkpoints converted to plain transformers weights.

Reading a GGUF file through transformers dequantises every tensor and rebuilds the tokenizer from the GGUF metadata
(about a minute for Gemma 3 270M on a 2-core CPU). We do that once, save the result as safetensors + tokenizer.json
under ``$EASEL_CACHE_DIR/llm/<sha256 of the .gguf>/`` (default ``~/.cache/easel``), and later starts load that folder
in seconds. The folder is written to a temporary sibling and renamed into place, so a killed process never leaves a
half-written cache behind.

    .venv/bin/python -m chat.llm_cache path/to/model.gguf   # convert (or find) and print the folder
"""
from __future__ import annotations

import copy
import hashlib
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

COMPLETE_MARKER = "easel-complete.json"  # written last: a folder without it is not a usable cache


def cache_root() -> Path:
    """Root of Easel's caches: $EASEL_CACHE_DIR, else ~/.cache/easel."""
    return Path(os.environ.get("EASEL_CACHE_DIR") or Path.home() / ".cache" / "easel")


def sha256_file(path: str | Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def converted_dir(sha256: str) -> Path:
    return cache_root() / "llm" / sha256


def is_complete(folder: Path) -> bool:
    return (folder / COMPLETE_MARKER).is_file() and (folder / "config.json").is_file()


def convert_gguf(gguf_path: str | Path, sha256: str | None = None) -> Path:
    """Return a folder with the converted weights of ``gguf_path``, converting it first if needed."""
    gguf_path = Path(gguf_path)
    if not gguf_path.is_file():
        raise FileNotFoundError(f"GGUF file not found: {gguf_path}")
    sha256 = sha256 or sha256_file(gguf_path)
    target = converted_dir(sha256)
    if is_complete(target):
        return target

    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    started = time.perf_counter()
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
    del gguf_model

    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{sha256[:12]}-", dir=target.parent))
    try:
        tmp.chmod(0o755)  # mkdtemp makes it private; the cache may be shared by users of one machine
        plain_model.save_pretrained(tmp)
        tokenizer.save_pretrained(tmp)
        marker = {"source": str(gguf_path), "sha256": sha256, "convert_seconds": round(time.perf_counter() - started, 1)}
        (tmp / COMPLETE_MARKER).write_text(json.dumps(marker, indent=1))
        try:
            os.rename(tmp, target)  # atomic on one filesystem
        except OSError:
            if not is_complete(target):  # not another process that won the race: a leftover broken folder
                shutil.rmtree(target, ignore_errors=True)
                os.rename(tmp, target)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
    return target


def discard(folder: Path) -> None:
    """Remove a cache folder that failed to load, so the next start converts again."""
    shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    print(convert_gguf(sys.argv[1]))
