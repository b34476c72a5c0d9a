"""Describe an image: BLIP captioning / visual question answering, or an honest fallback that says it can't.

    .venv/bin/python -c "from imaging.caption import Captioner; from PIL import Image; \
print(Captioner('blip-base', offline=True).describe(Image.new('RGB', (64, 64), 'red')))"

When no captioning model can be loaded (offline, not cached) the Description says so (available=False) and adds only
what can be measured from pixels -- size, dominant colours, brightness -- labelled as measurements, not a caption.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any, Optional

from PIL import Image

# preset -> (captioning repo, VQA repo or None)
CAPTION_PRESETS: dict[str, tuple[str, Optional[str]]] = {
    "blip-base": ("Salesforce/blip-image-captioning-base", "Salesforce/blip-vqa-base"),
    "blip-large": ("Salesforce/blip-image-captioning-large", "Salesforce/blip-vqa-capfilt-large"),
}

_NAMED_COLOURS = {
    "black": (0, 0, 0), "white": (255, 255, 255), "grey": (128, 128, 128), "red": (200, 30, 30),
    "orange": (240, 140, 20), "yellow": (240, 220, 40), "green": (40, 160, 60), "teal": (0, 128, 128),
    "blue": (40, 80, 200), "navy": (20, 30, 90), "purple": (130, 50, 160), "pink": (240, 150, 190),
    "brown": (120, 75, 40), "beige": (220, 200, 160), "dark green": (20, 70, 30), "sky blue": (130, 190, 240),
}


@dataclass
class Description:
    text: str
    model: str  # the captioning model used, or "none"
    available: bool  # False: no captioning model could be loaded; `text` says so
    measured: dict[str, Any] = field(default_factory=dict)  # size / colours / brightness (always filled)


def _colour_name(rgb: tuple[int, int, int]) -> str:
    return min(_NAMED_COLOURS, key=lambda n: sum((a - b) ** 2 for a, b in zip(_NAMED_COLOURS[n], rgb)))


def measure(image: Image.Image) -> dict[str, Any]:
    """What the pixels say without a model: size, up to 3 dominant colours with their share, brightness 0..1."""
    rgb = image.convert("RGB")
    thumb = rgb.copy()
    thumb.thumbnail((64, 64))
    quant = thumb.quantize(colors=6, method=Image.Quantize.MEDIANCUT)
    palette = quant.getpalette()
    total = thumb.width * thumb.height
    shares: dict[str, float] = {}
    for count, index in sorted(quant.getcolors(), reverse=True):
        name = _colour_name(tuple(palette[3 * index:3 * index + 3]))
        shares[name] = shares.get(name, 0.0) + count / total
    colours = [(n, round(s, 2)) for n, s in sorted(shares.items(), key=lambda kv: -kv[1])[:3]]
    brightness = sum(i * c for i, c in enumerate(rgb.convert("L").histogram())) / (255 * rgb.width * rgb.height)
    return {"width": rgb.width, "height": rgb.height, "dominant_colours": colours, "brightness": round(brightness, 2)}


def measured_text(m: dict[str, Any]) -> str:
    light = "dark" if m["brightness"] < 0.35 else "bright" if m["brightness"] > 0.65 else "medium brightness"
    colours = ", ".join(f"{n} ({round(s * 100)}%)" for n, s in m["dominant_colours"])
    return f"Measured from the pixels (not a description): {m['width']}x{m['height']} px, mostly {colours}; {light}."


class Captioner:
    """Lazy BLIP captioner. `spec`: a preset name, a BLIP hub id, or 'none'."""

    def __init__(self, spec: str = "blip-base", device: str = "cpu", offline: bool = False):
        self.spec, self.device, self.offline = spec, device, offline
        self._lock = threading.Lock()
        self._caption: Any = None  # (processor, model) once loaded
        self._vqa: Any = None
        self._error: Optional[str] = None

    def _repos(self) -> tuple[str, Optional[str]]:
        if self.spec in CAPTION_PRESETS:
            return CAPTION_PRESETS[self.spec]
        return (self.spec, None) if "vqa" not in self.spec.lower() else (None, self.spec)  # type: ignore[return-value]

    def _load(self) -> None:
        with self._lock:
            if self._caption is not None or self._vqa is not None or self._error is not None:
                return
            if self.spec == "none":
                self._error = "captioning is turned off"
                return
            from transformers import BlipForConditionalGeneration, BlipForQuestionAnswering, BlipProcessor

            caption_repo, vqa_repo = self._repos()
            errors = []
            for repo, cls, slot in ((caption_repo, BlipForConditionalGeneration, "_caption"),
                                    (vqa_repo, BlipForQuestionAnswering, "_vqa")):
                if not repo:
                    continue
                try:
                    processor = BlipProcessor.from_pretrained(repo, local_files_only=self.offline)
                    model = cls.from_pretrained(repo, local_files_only=self.offline).to(self.device).eval()
                    setattr(self, slot, (processor, model))
                except Exception as err:  # hub/cache/config errors all mean "not available"
                    errors.append(f"{repo}: {type(err).__name__}")
            if self._caption is None and self._vqa is None:
                why = "offline and not in the local cache" if self.offline else "; ".join(errors)
                self._error = f"no captioning model could be loaded ({self.spec}: {why})"

    def _generate(self, pair, image: Image.Image, text: Optional[str]) -> str:
        import torch

        processor, model = pair
        inputs = processor(images=image, text=text, return_tensors="pt").to(self.device)
        with torch.inference_mode():
            ids = model.generate(**inputs, max_new_tokens=40)
        return processor.decode(ids[0], skip_special_tokens=True).strip()

    def describe(self, image: Image.Image, question: Optional[str] = None) -> Description:
        self._load()
        m = measure(image)
        if self._error is not None:
            return Description(f"I can't describe images right now: {self._error}. " + measured_text(m),
                               model="none", available=False, measured=m)
        rgb = image.convert("RGB")
        if question and self._vqa is not None:
            answer = self._generate(self._vqa, rgb, question)
            caption = self._generate(self._caption, rgb, None) if self._caption is not None else ""
            text = f"{answer}." + (f" ({caption})" if caption else "")
            return Description(text, model=self._repos()[1] or self.spec, available=True, measured=m)
        pair = self._caption or self._vqa
        text = self._generate(pair, rgb, None if self._caption else (question or "what is in the picture?"))
        return Description(text, model=self._repos()[0] or self.spec, available=True, measured=m)
