"""The model hub as Easel sees it: is this process offline, and can the hub be reached right now?

Shared by the image engine and the LLM loader (chat/ may import imaging/, never the reverse).
"""
from __future__ import annotations

import logging
import os

logger = logging.getLogger(__name__)


def env_offline() -> bool:
    """HF_HUB_OFFLINE set in the environment (read at call time, so a test or launcher may set it late)."""
    return os.environ.get("HF_HUB_OFFLINE", "").strip().lower() in {"1", "true", "yes", "on"}


def hub_reachable(repo_id: str, timeout: float = 5.0) -> bool:
    """A quick look at the hub (no download): False on no network, DNS failure, timeout, gated or unknown repo."""
    try:
        from huggingface_hub import HfApi

        HfApi().model_info(repo_id, timeout=timeout)
        return True
    except Exception as error:  # noqa: BLE001 -- every failure means "don't try to download now"
        logger.info("hub not reachable for %s: %s", repo_id, error)
        return False
