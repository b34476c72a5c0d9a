"""Memory of the app's handlers around big uploads, in a process of its own (a clean RSS); prints one JSON line.

    HF_HUB_OFFLINE=1 .venv/bin/python tests/reliability/memory_probe.py --uploads 6 --side 6000

Each upload is a 6000x6000 PNG (about 100 KB on disk, 108 MB decoded) sent by its own session, as six users would.
"""
from __future__ import annotations

import argparse
import gc
import json
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parents[1]), str(HERE.parent), str(HERE)]

from reliability_support import rss_mb  # noqa: E402


def big_png(path: Path, side: int) -> Path:
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (side, side), (40, 90, 160))
    ImageDraw.Draw(image).ellipse((side // 4, side // 4, 3 * side // 4, 3 * side // 4), fill=(240, 200, 40))
    image.save(path, optimize=True)
    return path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--uploads", type=int, default=6)
    parser.add_argument("--side", type=int, default=6000)
    args = parser.parse_args()
    from chat.state import PIXELS
    from test_app_support import app_options, shared_services
    from ui.handlers import ChatHandlers
    from ui.sessions import SessionStore

    folder = Path(tempfile.mkdtemp(prefix="easel-memory-"))
    services = shared_services()
    handlers = ChatHandlers(services, SessionStore(services, folder / "sessions"), Path(app_options().outputs))
    photo = big_png(folder / "big.png", args.side)
    handlers.api_send("draw a warm-up cat", [], None, True, 0, "Model default", False, 0)  # models and caches warm
    gc.collect()
    before = rss_mb()
    keys = []
    for _ in range(args.uploads):
        turn, _, key = handlers.api_send("what's in this picture?", [str(photo)], None, True, 0, "Model default",
                                         False, 0)
        assert turn["error"] is None, turn["reply"]
        keys.append(key)
    gc.collect()
    after_uploads, cached = rss_mb(), PIXELS.bytes
    for key in keys:
        handlers.new_chat(key)
    gc.collect()
    print(json.dumps({"uploads": args.uploads, "side": args.side, "file_kb": photo.stat().st_size // 1024,
                      "rss_before_mb": round(before), "rss_after_uploads_mb": round(after_uploads),
                      "rss_after_new_chat_mb": round(rss_mb()), "pixel_cache_mb_after_uploads": round(cached / 2**20),
                      "pixel_cache_mb_after_new_chat": round(PIXELS.bytes / 2**20),
                      "pixel_cache_budget_mb": round(PIXELS.config.max_bytes / 2**20)}))


if __name__ == "__main__":
    main()
