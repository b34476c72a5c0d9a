"""The reliability suite's fixtures, and the figures it reports at the end of a run.

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest tests/reliability -q            # short form (CI, ~2 minutes)
    EASEL_RELIABILITY=full HF_HUB_OFFLINE=1 .venv/bin/python -m pytest tests/reliability -q   # 16 sessions x 10 turns

Figures (inputs tried, turns held, faults survived, memory before/after) are printed at the end of the run and written
to test-artifacts/reliability.json.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from reliability_support import ARTIFACTS, FIGURES


@pytest.fixture
def figures():
    return FIGURES


@pytest.fixture
def handlers(tmp_path):
    from test_app_support import app_options, shared_services
    from ui.handlers import ChatHandlers
    from ui.sessions import SessionStore

    services = shared_services()
    return ChatHandlers(services, SessionStore(services, tmp_path / "sessions"), Path(app_options().outputs))


def pytest_terminal_summary(terminalreporter):
    if not FIGURES:
        return
    terminalreporter.section("Easel reliability figures")
    for name, value in FIGURES.items():
        terminalreporter.write_line(f"{name}: {json.dumps(value, ensure_ascii=False)}")
    try:
        ARTIFACTS.mkdir(exist_ok=True)
        (ARTIFACTS / "reliability.json").write_text(json.dumps(FIGURES, indent=2, ensure_ascii=False))
    except OSError:
        pass
