"""Per-session state: every image (generated or uploaded), the current one, the scene behind each, the history.

    .venv/bin/python -m pytest tests/test_conversation.py -q

Everything here is JSON-serialisable (`to_dict` / `from_dict`) so a page reload restores the session; pixels are
kept in memory only and reloaded from the saved PNG (or the uploaded file) when needed.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from PIL import Image

from chat.scene import Scene
from chat.types import ImageRecord


@dataclass
class SessionState:
    images: list[ImageRecord] = field(default_factory=list)  # ordered, generated and uploaded
    current_id: Optional[str] = None
    scenes: dict[str, dict] = field(default_factory=dict)  # image id -> Scene.to_dict() of the image
    render_sizes: dict[str, list[int]] = field(default_factory=dict)  # image id -> [w, h] it is re-rendered at
    current_trail: list[str] = field(default_factory=list)  # ids in the order they became current (undo)
    upload_paths: dict[str, str] = field(default_factory=dict)  # upload id -> the file it came from
    history: list[dict] = field(default_factory=list)  # {"role": "user"|"assistant", "content": str}
    turn: int = 0
    last_batch: list[str] = field(default_factory=list)  # ids the latest image turn showed
    used_seeds: list[int] = field(default_factory=list)
    next_image: int = 1
    next_upload: int = 1
    topic: str = ""  # what the latest chat turns talked about ("the starry night"); cleared by a new picture
    pixels: dict[str, Image.Image] = field(default_factory=dict, repr=False)  # not serialised

    # ---- lookups ----
    def get(self, image_id: str) -> ImageRecord:
        for record in self.images:
            if record.id == image_id:
                return record
        raise KeyError(f"no image {image_id!r} in this conversation")

    @property
    def current(self) -> Optional[ImageRecord]:
        return self.get(self.current_id) if self.current_id else None

    def scene_of(self, image_id: str) -> Scene:
        return Scene.from_dict(self.scenes.get(image_id))

    def pixels_of(self, image_id: str) -> Optional[Image.Image]:
        """The image's pixels: from memory, else from its saved PNG / uploaded file; None under --no-images."""
        if image_id in self.pixels:
            return self.pixels[image_id]
        record = self.get(image_id)
        path = record.path or self.upload_paths.get(image_id)
        if not path:
            return None
        from imaging import load_image

        image = load_image(path)
        self.pixels[image_id] = image
        return image

    # ---- changes ----
    def new_image_id(self) -> str:
        image_id = f"img-{self.next_image}"
        self.next_image += 1
        return image_id

    def new_upload_id(self) -> str:
        image_id = f"upload-{self.next_upload}"
        self.next_upload += 1
        return image_id

    def add(self, record: ImageRecord, scene: Scene, render_size: tuple[int, int],
            pixels: Optional[Image.Image] = None) -> None:
        self.images.append(record)
        self.scenes[record.id] = scene.to_dict()
        self.render_sizes[record.id] = [int(render_size[0]), int(render_size[1])]
        if record.seed is not None:
            self.used_seeds.append(record.seed)
        if pixels is not None:
            self.pixels[record.id] = pixels

    def make_current(self, image_id: str) -> None:
        self.get(image_id)  # KeyError for an unknown id
        self.current_id = image_id
        if not self.current_trail or self.current_trail[-1] != image_id:
            self.current_trail.append(image_id)

    # ---- serialisation ----
    def to_dict(self) -> dict:
        return {
            "images": [r.to_dict() for r in self.images],
            "current_id": self.current_id,
            "scenes": self.scenes,
            "render_sizes": self.render_sizes,
            "current_trail": self.current_trail,
            "upload_paths": self.upload_paths,
            "history": self.history,
            "turn": self.turn,
            "last_batch": self.last_batch,
            "used_seeds": self.used_seeds,
            "next_image": self.next_image,
            "next_upload": self.next_upload,
            "topic": self.topic,
        }

    @classmethod
    def from_dict(cls, data: dict) -> "SessionState":
        state = cls()
        state.images = [ImageRecord(**r) for r in data.get("images", [])]
        for key in ("current_id", "scenes", "render_sizes", "current_trail", "upload_paths", "history", "turn",
                    "last_batch", "used_seeds", "next_image", "next_upload", "topic"):
            if key in data:
                setattr(state, key, data[key])
        return state
