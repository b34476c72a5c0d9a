"""Step counts that fit the model: a distilled (turbo, LCM, lightning, schnell, hyper...) model is not run for 25 steps.

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest tests/test_imaging_steps.py -q

For a model that is not a preset, `fit_steps(name, folder)` reads what is there, most specific first:
1. the name (folder, file or hub id): "sdxl_lightning_4step", "...-turbo", "lcm-...";
2. the model card (README.md in the folder): its keywords, then `num_inference_steps=N` / `guidance_scale=G` in its
   code examples, then "N steps" / "1-4 steps" in its text;
3. the scheduler config: an LCMScheduler / TCDScheduler means a few-step model.
"distill" alone is not enough (FLUX.1-dev is guidance-distilled and wants ~28 steps): it counts only with a small step
count in the card. `EngineConfig.steps` (--steps) and a request's own steps override all of this.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

FEW_STEPS_MAX = 12  # a "few-step" model's count is at most this
# keyword -> (default steps, guidance) when nothing says how many steps; guidance <= 1 means no CFG
KEYWORDS = {
    "turbo": (4, 0.0), "lightning": (4, 0.0), "schnell": (4, 0.0), "hyper": (4, 0.0), "lcm": (4, 1.0),
    "tcd": (4, 0.0), "few-step": (4, 0.0), "one-step": (1, 0.0), "1-step": (1, 0.0),
}
FEW_STEP_SCHEDULERS = {"LCMScheduler": "lcm", "TCDScheduler": "tcd"}
_NAME_STEPS = re.compile(r"(\d{1,2})[-_ ]?steps?\b", re.I)
_CODE_STEPS = re.compile(r"num_inference_steps\s*=\s*(\d{1,3})")
_CODE_GUIDANCE = re.compile(r"guidance_scale\s*=\s*(\d+(?:\.\d+)?)")
_TEXT_STEPS = re.compile(r"\b(\d{1,2})(?:\s*(?:-|to|–)\s*(\d{1,2}))?[\s-]*(?:sampling |inference )?steps?\b", re.I)


@dataclass(frozen=True)
class StepHint:
    steps: int
    guidance_scale: float
    reason: str  # shown to the user: where the numbers come from


def _keyword(text: str) -> Optional[str]:
    low = text.lower()
    for word in KEYWORDS:
        if re.search(r"(?<![a-z])" + re.escape(word) + r"(?![a-z])", low):
            return word
    return None


def _small(values) -> Optional[int]:
    few = [v for v in values if 1 <= v <= FEW_STEPS_MAX]
    return max(few) if few else None  # "1-4 steps": 4, the better-looking end of what the card allows


def _card_steps(card: str) -> tuple[Optional[int], Optional[float]]:
    steps = _small(int(n) for n in _CODE_STEPS.findall(card))
    if steps is None:
        steps = _small(int(n) for pair in _TEXT_STEPS.findall(card) for n in pair if n)
    guidance = [float(g) for g in _CODE_GUIDANCE.findall(card)]
    return steps, (min(guidance) if guidance else None)


def _read(path: Path) -> str:
    try:
        return path.read_text(errors="replace")[:200_000]
    except OSError:
        return ""


def _scheduler_keyword(folder: Path) -> Optional[str]:
    try:
        name = json.loads(_read(folder / "scheduler" / "scheduler_config.json") or "{}").get("_class_name", "")
    except ValueError:
        return None
    return FEW_STEP_SCHEDULERS.get(name)


def fit_steps(name: str, folder: Optional[Path] = None) -> Optional[StepHint]:
    """Steps and guidance for a few-step model, or None when nothing says it is one (keep the family default)."""
    card = _read(folder / "README.md") if folder is not None else ""
    name_word = _keyword(name)
    card_word = _keyword(card.split("\n## ")[0]) if card else None  # the card's head: title, tags, summary
    sched_word = _scheduler_keyword(folder) if folder is not None else None
    card_steps, card_guidance = _card_steps(card) if card else (None, None)
    if name_word is None and card_word is None and sched_word is None:
        if not (card and re.search(r"distill", card, re.I) and card_steps):
            return None
        word, source = "distill", "model card"
    else:
        word = name_word or card_word or sched_word
        source = "name" if name_word else "model card" if card_word else "scheduler config"
    name_steps = _small(int(n) for n in _NAME_STEPS.findall(name))
    default_steps, default_guidance = KEYWORDS.get(word, (4, 0.0))
    steps = name_steps or card_steps or default_steps
    guidance = card_guidance if card_guidance is not None and card_guidance <= 2 else default_guidance
    how = ("from its name" if name_steps else "from its model card" if card_steps else "the usual count")
    return StepHint(steps, guidance, f"{word} model ({source}): {steps} step{'s' if steps != 1 else ''}, {how}")
