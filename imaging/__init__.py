"""Easel's image engine: presets, pipelines, upscaling, captioning, metadata, saving. Never imports chat/.

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest tests/test_imaging_*.py -q

Importing this package loads no model.
"""
from .caption import Description
from .engine import Engine, EngineConfig, ModelLoadError, get_engine
from .sizing import snap_size
from .io import MAX_PIXELS, load_image
from .metadata import read_metadata, request_from_metadata
from .presets import PRESETS, Preset, resolve_preset
from .types import Cancelled, ImageRequest, ImageResult, Operation, Phase, SaveError

__all__ = [
    "Cancelled", "Description", "Engine", "EngineConfig", "ImageRequest", "ImageResult", "MAX_PIXELS",
    "ModelLoadError", "Operation", "PRESETS", "Phase", "Preset", "get_engine", "load_image", "read_metadata",
    "request_from_metadata", "resolve_preset", "SaveError", "snap_size",
]
