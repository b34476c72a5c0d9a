"""The wait estimate: how long a request will take here, from the measured speed of the last runs.

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest tests/test_imaging_estimate.py -q

Each run is split at the moment the last step ends (Phase.DECODING): before it, the denoising work (text encoding
included), proportional to pixels x steps (x2 with classifier-free guidance); after it, the decode, proportional to
pixels. Seconds per unit are kept per operation as a moving average (the newest run weighs half), so a machine that
gets busier is followed within a few pictures. Before anything was measured the estimate is None (say nothing rather
than guess); `Engine.warm_up()` makes a first measurement.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Optional

NEWEST_WEIGHT = 0.5  # moving average: weight of the newest run


@dataclass
class Rates:
    denoise: float  # seconds per pixel-step (guidance doubling counted)
    decode: float  # seconds per decoded pixel
    runs: int = 1


def work(plan) -> tuple[float, float]:
    """(pixel-steps, pixels) of a checked request (an engine _Plan)."""
    count = len(plan.seeds)
    pixels = float(plan.width * plan.height * count)
    steps = plan.steps if plan.strength is None else max(1, int(plan.steps * plan.strength))
    guidance = 2 if plan.guidance > 1 else 1  # CFG runs the model twice per step (Flux ignores it: rare, harmless)
    return pixels * steps * guidance, pixels


class SpeedMeter:
    """Per-operation rates measured on this engine (thread-safe)."""

    def __init__(self):
        self._rates: dict[str, Rates] = {}
        self._lock = threading.Lock()

    def record(self, plan, device: Optional[str], denoise_s: float, decode_s: float) -> None:
        pixel_steps, pixels = work(plan)
        new = Rates(max(denoise_s, 0.0) / pixel_steps, max(decode_s, 0.0) / pixels)
        with self._lock:
            old = self._rates.get(plan.op.value)
            if old is not None:
                new = Rates(NEWEST_WEIGHT * new.denoise + (1 - NEWEST_WEIGHT) * old.denoise,
                            NEWEST_WEIGHT * new.decode + (1 - NEWEST_WEIGHT) * old.decode, old.runs + 1)
            self._rates[plan.op.value] = new

    def rates(self, op: str) -> Optional[Rates]:
        with self._lock:  # an operation not measured yet borrows another's rates (same model, same device)
            return self._rates.get(op) or self._rates.get("txt2img") or next(iter(self._rates.values()), None)

    def estimate(self, plan, device: Optional[str] = None) -> Optional[float]:
        rates = self.rates(plan.op.value)
        if rates is None:
            return None
        pixel_steps, pixels = work(plan)
        return rates.denoise * pixel_steps + rates.decode * pixels


def describe(seconds: Optional[float], device: Optional[str], steps: int) -> str:
    """'about 9 s on this CPU, 1 step' (empty before anything was measured)."""
    if seconds is None:
        return ""
    where = {"cpu": "this CPU", "cuda": "this GPU", "mps": "this Mac's GPU"}.get((device or "").split(":")[0],
                                                                               device or "this machine")
    if seconds < 10:
        amount = f"{seconds:.0f} s" if seconds >= 1.5 else "a second"
    elif seconds < 90:
        amount = f"{round(seconds / 5) * 5:.0f} s"
    else:
        amount = f"{seconds / 60:.0f} min"
    return f"about {amount} on {where}, {steps} step{'s' if steps != 1 else ''}"
