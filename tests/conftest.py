"""Shared fixtures: the demo engine and the embedded LLM, each loaded once per test session.

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest tests/test_imaging_*.py -q
"""
import os

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")  # no test may touch the network


@pytest.fixture(scope="session")
def demo_engine(tmp_path_factory):
    """One demo Engine for the session (the tiny pipeline is built once per process)."""
    from imaging import Engine, EngineConfig

    outputs = tmp_path_factory.mktemp("imaging-outputs")
    return Engine(EngineConfig(model="demo", outputs_dir=str(outputs), offline=True))


@pytest.fixture(scope="session")
def embedded_llm():
    """The embedded Gemma 3 270M, loaded once for every test module that uses it (from the converted-weights cache)."""
    from chat.llm.loading import load_llm

    return load_llm("embedded", offline=True)


def pytest_configure(config):
    config.addinivalue_line("markers", "cuda: needs a CUDA GPU (skipped elsewhere; run with -m cuda on a GPU machine)")
