"""Per-session state: every image (generated or uploaded), the current one, the scene behind each, the history.

    .venv/bin/python -m pytest tests/test_conversation.py -q

Everything here is JSON-serialisable (`to_dict` / `from_dict`) so a page reload restores the session; pixels are
not: they live in one process-wide cache bounded in bytes (`PIXELS`, least recently used first out) and come back
from the saved PNG (or the kept copy of an upload) when needed, so many sessions with big uploads can't exhaust memory.
"""
from __future__ import annotations

import itertools
import os
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Iterator, Optional

from PIL import Image

from chat.words.scene import Scene
from chat.types import ImageRecord


def _budget_from_env() -> int:
    return int(float(os.environ.get("EASEL_PIXEL_CACHE_MB", "256")) * 2**20)


@dataclass
class PixelCacheConfig:
    # decoded pixels in memory for all sessions together (RGB: 3 bytes a pixel); EASEL_PIXEL_CACHE_MB sets it
    max_bytes: int = field(default_factory=_budget_from_env)


class PixelCache:
    """Decoded images keyed by (owner, image id), least recently used dropped first once over `max_bytes`.
    The entry just stored is always kept (the image a turn is working on), even when it alone is over the budget."""

    def __init__(self, config: Optional[PixelCacheConfig] = None):
        self.config = config or PixelCacheConfig()
        self._items: OrderedDict[tuple[int, str], Image.Image] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()

    @staticmethod
    def size_of(image: Image.Image) -> int:
        return image.width * image.height * len(image.getbands())

    @property
    def bytes(self) -> int:
        return self._bytes

    def get(self, key: tuple[int, str]) -> Optional[Image.Image]:
        with self._lock:
            image = self._items.get(key)
            if image is not None:
                self._items.move_to_end(key)
            return image

    def put(self, key: tuple[int, str], image: Image.Image) -> None:
        with self._lock:
            self._drop(key)
            self._items[key] = image
            self._bytes += self.size_of(image)
            evicted = 0
            while self._bytes > self.config.max_bytes and len(self._items) > 1:
                evicted += self._drop(next(iter(self._items)))
        if evicted >= TRIM_AFTER_BYTES:
            return_freed_memory()

    def discard(self, key: tuple[int, str]) -> None:
        with self._lock:
            self._drop(key)

    def discard_owner(self, owner: int) -> None:
        with self._lock:
            freed = sum(self._drop(key) for key in [key for key in self._items if key[0] == owner])
        if freed >= TRIM_AFTER_BYTES:
            return_freed_memory()

    def keys_of(self, owner: int) -> list[str]:
        with self._lock:
            return [image_id for (who, image_id) in self._items if who == owner]

    def _drop(self, key: tuple[int, str]) -> int:
        image = self._items.pop(key, None)
        if image is None:
            return 0
        size = self.size_of(image)
        self._bytes -= size
        return size


TRIM_AFTER_BYTES = 32 * 2**20  # freeing this much decoded pixels hands the memory back to the system


def return_freed_memory() -> None:
    """Ask glibc to give freed heap pages back to the system. Big images are freed into the middle of the heap,
    where they would otherwise stay counted in the server's memory (measured: +690 MB after six 6000x6000 uploads
    with only 206 MB still in use; +270 MB with this). A no-op where glibc is not the C library."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass


PIXELS = PixelCache()  # shared by every session of this process
_OWNERS = itertools.count(1)


class SessionPixels:
    """One session's view of the shared cache, used like the dict it replaces (`in`, `[]`, `pop`, `clear`)."""

    def __init__(self, cache: PixelCache = PIXELS):
        self.cache = cache
        self.owner = next(_OWNERS)

    def __contains__(self, image_id: str) -> bool:
        return self.cache.get((self.owner, image_id)) is not None

    def __getitem__(self, image_id: str) -> Image.Image:
        image = self.cache.get((self.owner, image_id))
        if image is None:
            raise KeyError(image_id)
        return image

    def get(self, image_id: str) -> Optional[Image.Image]:
        return self.cache.get((self.owner, image_id))

    def __setitem__(self, image_id: str, image: Image.Image) -> None:
        self.cache.put((self.owner, image_id), image)

    def pop(self, image_id: str, default=None):
        image = self.get(image_id)
        self.cache.discard((self.owner, image_id))
        return image if image is not None else default

    def __iter__(self) -> Iterator[str]:
        return iter(self.cache.keys_of(self.owner))

    def __len__(self) -> int:
        return len(self.cache.keys_of(self.owner))

    def clear(self) -> None:
        self.cache.discard_owner(self.owner)


@dataclass
class SessionState:
    images: list[ImageRecord] = field(default_factory=list)  # ordered, generated and uploaded
    current_id: Optional[str] = None
    scenes: dict[str, dict] = field(default_factory=dict)  # image id -> Scene.to_dict() of the image
    render_sizes: dict[str, list[int]] = field(default_factory=dict)  # image id -> [w, h] it is re-rendered at
    current_trail: list[str] = field(default_factory=list)  # ids in the order they became current (undo)
    upload_paths: dict[str, str] = field(default_factory=dict)  # upload id -> the file it came from
    upload_texts: dict[str, str] = field(default_factory=dict)  # upload id -> the message it came with (names its subject)
    history: list[dict] = field(default_factory=list)  # {"role": "user"|"assistant", "content": str}
    turn: int = 0
    last_batch: list[str] = field(default_factory=list)  # ids the latest image turn showed
    used_seeds: list[int] = field(default_factory=list)
    next_image: int = 1
    next_upload: int = 1
    topic: str = ""  # what the latest chat turns talked about ("the starry night"); cleared by a new picture
    # this turn's "the picture could not be saved: <reason>" lines (not serialised: they belong to one reply)
    save_notes: list[str] = field(default_factory=list, repr=False, compare=False)
    pixels: SessionPixels = field(default_factory=SessionPixels, repr=False, compare=False)  # not serialised

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
        cached = self.pixels.get(image_id)
        if cached is not None:
            return cached
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

    def release_pixels(self) -> None:
        """Drop this session's decoded pixels (a closed or evicted session); they reload from disk if needed."""
        self.pixels.clear()

    # ---- serialisation ----
    def to_dict(self) -> dict:
        return {
            "images": [r.to_dict() for r in self.images],
            "current_id": self.current_id,
            "scenes": self.scenes,
            "render_sizes": self.render_sizes,
            "current_trail": self.current_trail,
            "upload_paths": self.upload_paths,
            "upload_texts": self.upload_texts,
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
        for key in ("current_id", "scenes", "render_sizes", "current_trail", "upload_paths", "upload_texts", "history", "turn",
                    "last_batch", "used_seeds", "next_image", "next_upload", "topic"):
            if key in data:
                setattr(state, key, data[key])
        return state
