"""Helpers of the reliability suite (tests/reliability/): figures, memory, one turn through the app's handlers.

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest tests/reliability -q
"""
from __future__ import annotations

import os
from pathlib import Path

FIGURES: dict = {}  # name -> what was measured; printed at the end of the run (conftest.py)
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
FULL = os.environ.get("EASEL_RELIABILITY", "").lower() == "full"


def rss_mb() -> float:
    """This process's resident memory in MB (Linux /proc; 0 elsewhere)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def send(handlers, text, files=(), key=None, steps=0):
    """One turn through the app's /send handler: (turn as the API shows it, session key)."""
    turn, _, key = handlers.api_send(text, [str(f) for f in files], key, True, steps, "Model default", False, 0)
    return turn, key
