"""Start-up and server guards: the outputs folder checked before any model loads, quiet libraries, login throttling.

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest tests/test_app_units.py -q
"""
from __future__ import annotations

import logging
import os
import tempfile
import threading
import time
import warnings
from collections import deque
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Optional

logger = logging.getLogger("easel.app")


def outputs_problem(outputs: str | Path) -> Optional[str]:
    """Why Easel can't save pictures in `outputs` (not a folder, can't be made, not writable), or None when it can.
    Creates the folder when it is missing: that is where the first picture goes anyway."""
    path = Path(outputs).expanduser()
    if path.exists() and not path.is_dir():
        return f"--outputs {str(outputs)!r} is a file, not a folder. Pick a folder for the pictures."
    try:
        path.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path, prefix=".easel-write-check-"):
            pass
    except OSError as err:
        reason = err.strerror or type(err).__name__
        return f"--outputs {str(outputs)!r} can't be used for the pictures ({reason}). Pick a folder you can write to."
    return None


# Messages printed by libraries at start-up that a user of Easel can't act on (each matched by its start).
QUIET_WARNINGS = [
    (r".*local_dir_use_symlinks", UserWarning),  # huggingface_hub: a deprecated argument inside a library
    (r".*`torch_dtype` is deprecated", FutureWarning),  # transformers / diffusers renamed an argument
    (r".*torch_dtype.*deprecated", FutureWarning),
    (r"(?s).*torchvision", UserWarning),  # torchvision's optional image/video extensions and beta notices
    (r"(?s).*torchvision", DeprecationWarning),
]


def quiet_libraries() -> None:
    """Silence the library warnings listed above (Easel's own messages and real errors still show)."""
    for message, category in QUIET_WARNINGS:
        warnings.filterwarnings("ignore", message=message, category=category)
    warnings.filterwarnings("ignore", module=r"torchvision(\..*)?")
    os.environ.setdefault("TRANSFORMERS_NO_ADVISORY_WARNINGS", "1")
    # transformers says "requires torchvision (not installed); falling back to ..." for each image processor
    for name in ("httpx", "huggingface_hub.file_download", "torchvision", "transformers.utils.import_utils",
                 "sentence_transformers.SentenceTransformer"):
        logging.getLogger(name).setLevel(logging.ERROR)


def loading_message(offline: bool) -> str:
    if offline:
        return "Easel: loading models from this computer (offline: nothing is downloaded)…"
    return "Easel: loading models (the first run downloads them; progress shows below)…"


# --------------------------------------------------------------------------------------------- login


@dataclass
class ThrottleConfig:
    max_failures: int = 5  # wrong passwords allowed within `window_s`
    window_s: float = 60.0  # seconds over which failures are counted
    lockout_s: float = 30.0  # every login (right or wrong) is refused this long after too many failures


class LoginThrottle:
    """Gradio's auth callable for one USER:PASSWORD, refusing every login for a while after repeated failures (so a
    password can't be guessed at the speed of the network). Gradio has no throttling of its own."""

    def __init__(self, user: str, password: str, config: Optional[ThrottleConfig] = None,
                 clock: Callable[[], float] = time.monotonic):
        import hmac

        self._check = lambda u, p: hmac.compare_digest(u.encode(), user.encode()) & \
            hmac.compare_digest(p.encode(), password.encode())
        self.config = config or ThrottleConfig()
        self._clock = clock
        self._failures: deque[float] = deque()
        self._locked_until = 0.0
        self._lock = threading.Lock()

    def __call__(self, username: str, password: str) -> bool:
        now = self._clock()
        with self._lock:
            if now < self._locked_until:
                logger.warning("login refused: locked for %.0f s after repeated wrong passwords",
                               self._locked_until - now)
                return False
            if self._check(str(username), str(password)):
                self._failures.clear()
                return True
            self._failures.append(now)
            while self._failures and self._failures[0] < now - self.config.window_s:
                self._failures.popleft()
            if len(self._failures) >= self.config.max_failures:
                self._locked_until = now + self.config.lockout_s
                self._failures.clear()
                logger.warning("%d wrong passwords: logins refused for %.0f s", self.config.max_failures,
                               self.config.lockout_s)
            return False
