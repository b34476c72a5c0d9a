"""Big uploads can't exhaust the server's memory: decoded pixels stay within the cache's budget, "New chat" frees them.

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest tests/reliability/test_memory.py -q
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from reliability_support import FULL

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


def test_six_big_uploads_stay_within_the_pixel_budget(figures):
    # full: the case, 108 MB decoded each, the default 256 MB budget; short (CI): 27 MB each, a 64 MB budget
    side, budget_mb = (6000, 256) if FULL else (3000, 64)
    result = subprocess.run([sys.executable, str(Path(__file__).with_name("memory_probe.py")), "--uploads", "6",
                             "--side", str(side)], cwd=ROOT, capture_output=True, text=True, timeout=600,
                            env={**os.environ, "HF_HUB_OFFLINE": "1", "EASEL_PIXEL_CACHE_MB": str(budget_mb)})
    assert result.returncode == 0, result.stderr[-3000:]
    probe = json.loads(result.stdout.strip().splitlines()[-1])
    figures["memory (6 big uploads, 6 sessions)"] = probe
    decoded_mb = 6 * side * side * 3 / 2**20
    assert probe["pixel_cache_mb_after_uploads"] <= probe["pixel_cache_budget_mb"] < decoded_mb
    assert probe["pixel_cache_mb_after_new_chat"] == 0
    growth = probe["rss_after_uploads_mb"] - probe["rss_before_mb"]
    assert growth < probe["pixel_cache_budget_mb"] + 0.5 * decoded_mb, probe  # not all six kept decoded
