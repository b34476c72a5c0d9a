"""What the chat shows: messages, image details, the gallery, the settings summary and the banner.

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest tests/test_app_units.py -q

User and LLM text is shown as text: HTML is escaped and markdown images become plain links, so no message can make
the browser load anything from another site (a tracking pixel, a fake image).
"""
from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any, Optional, Sequence

from chat.services import Services
from ui.sessions import Session

MAX_SHOWN_CHARS = 2000  # the chat shows a huge message shortened (the brain gets all of it)
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".webp", ".gif", ".bmp", ".tif", ".tiff"}
_MARKDOWN_IMAGE = re.compile(r"!(?=\s*\[)")  # ![alt](url) and ![alt][ref]: the "!" makes it an image


def inert_text(text: str) -> str:
    """Text that renders as itself: HTML escaped (no <img>, <iframe>, style url()), markdown images made links."""
    return _MARKDOWN_IMAGE.sub(r"\\!", html.escape(text))


def shown_text(text: str) -> str:
    if len(text) > MAX_SHOWN_CHARS:
        text = f"{text[:MAX_SHOWN_CHARS]}… *({len(text):,} characters in all)*"
    return inert_text(text)


def details_html(image: dict, turn: dict) -> str:
    """The collapsible 'how this image was made' under an image (every value escaped)."""
    rows = [
        ("Request", image.get("request_text") or turn.get("text") or ""),
        ("Prompt", image.get("prompt") or ""),
        ("Negative prompt", image.get("negative_prompt") or "—"),
        ("Seed", image.get("seed") if image.get("seed") is not None else "—"),
        ("Size", f"{image.get('width')}×{image.get('height')}"),
        ("Steps", image.get("steps") if image.get("steps") is not None else "—"),
        ("Model", image.get("model") or "—"),
        ("Action", image.get("action") or turn.get("action") or "—"),
        ("Edit method", turn.get("method") or image.get("method") or "—"),
        ("Made from", image.get("parent") or "—"),
        ("File", Path(image["path"]).name if image.get("path") else "—"),
    ]
    cells = "".join(f"<tr><td><b>{html.escape(k)}</b></td><td>{inert_text(str(v))}</td></tr>" for k, v in rows)
    return (
        f"<details class='easel-details'><summary>Details · {html.escape(image.get('id') or '')}</summary>"
        f"<table>{cells}</table></details>"
    )


PREVIEW_SIDE = 256  # px: previews are a glance at the picture being drawn, not the picture


def preview_html(image) -> str:
    """A live preview for the pending chat message: a small JPEG as a data URI (made by Easel, never by the user,
    so it is the one image allowed inline; the page's CSP allows data: images and nothing remote)."""
    import base64
    import io

    small = image.convert("RGB")
    small.thumbnail((PREVIEW_SIDE, PREVIEW_SIDE))
    buffer = io.BytesIO()
    small.save(buffer, format="JPEG", quality=70)
    data = base64.b64encode(buffer.getvalue()).decode("ascii")
    return f'\n\n<img src="data:image/jpeg;base64,{data}" alt="preview" width="{small.width}">'


def on_disk(path: Optional[str]) -> bool:
    return bool(path) and Path(path).is_file()


def is_image_file(path: str) -> bool:
    return Path(path).suffix.lower() in IMAGE_SUFFIXES


def user_message(text: str, files: Sequence[str], *, accepted: bool) -> dict:
    content: list[Any] = []
    if text:
        content.append(shown_text(text))
    for path in files:
        if accepted and is_image_file(path) and Path(path).is_file():
            content.append({"path": path})
        else:  # never push a rejected (maybe huge or not-an-image) file back to the browser
            content.append(f"(attached file: {inert_text(Path(path).name)})")
    return {"role": "user", "content": content or "*(empty message)*"}


def assistant_message(turn: dict) -> dict:
    reply = inert_text(turn.get("reply") or turn.get("error") or "")
    if turn.get("error"):
        reply = f"⚠️ {reply}"
    content: list[Any] = [reply]
    for image in turn.get("images", []):
        if on_disk(image.get("path")):
            content.append({"path": image["path"], "alt_text": image.get("prompt") or image.get("request_text")})
        elif image.get("path"):  # a full disk, or a file deleted since: say so rather than break the whole chat
            content.append(f"*(the picture {inert_text(image.get('id') or '')} is not on disk: it could not be "
                           f"saved, or was deleted)*")
        content.append(details_html(image, turn))
    if turn.get("notes"):
        content.append("\n".join(f"*{inert_text(note)}*" for note in turn["notes"]))
    return {"role": "assistant", "content": content}


def render_chat(session: Session) -> list[dict]:
    messages: list[dict] = []
    for turn in session.transcript:
        messages.append(user_message(turn["text"], turn["files"], accepted=not turn.get("error")))
        messages.append(assistant_message(turn))
    return messages


def shown_images(session: Session):
    return [record for record in session.conversation.images if on_disk(record.path)]


def gallery_items(session: Session) -> list[tuple[str, str]]:
    return [(record.path, f"{record.id} · {record.method or record.action or ''}") for record in shown_images(session)]


def current_index(session: Session) -> Optional[int]:
    current = session.conversation.current
    for index, record in enumerate(shown_images(session)):
        if current is not None and record.id == current.id:
            return index
    return None


def current_path(session: Session) -> Optional[str]:
    current = session.conversation.current
    return current.path if current is not None and on_disk(current.path) else None


# --------------------------------------------------------------------------------------------- settings and banner


def model_summary(services: Services) -> str:
    """The settings panel's account of the shared models: what was really loaded and runs, not what was asked."""
    summary = services.summary
    lines = [f"**Image model:** `{summary.image_model}`"]
    if summary.native_size:
        width, height = summary.native_size
        lines.append(f"native {width}×{height}, {summary.steps} steps by default"
                     + (f", about {summary.vram_gb:g} GB VRAM" if summary.vram_gb else ""))
    lines.append(f"**Language model:** `{summary.llm}`")
    lines.append(f"**Each turn is planned by:** {summary.planner}")
    lines.append(f"**Device:** `{summary.device}`" + (" (low-VRAM offload)" if summary.low_vram else ""))
    if summary.compiled:  # it can hold torch's error text
        lines.append(f"**torch.compile:** {inert_text(summary.compiled)}")
    lines.append(f"**Safety checker:** {summary.safety_text}")
    lines.append(
        "*Models, device and safety checker are shared by everyone using this server: choose them when starting it "
        "(`python app.py --help`).*"
    )
    return "  \n".join(lines)


REAL_MODEL_HINT = (
    "For real pictures, start Easel once with network access (it downloads sd-turbo, a few GB) or use a model on "
    "disk: `python app.py --image-model /path/to/diffusers-folder-or-file.safetensors`."
)


def banner_lines(services: Services) -> list[str]:
    """What everyone must see at the top of the page: the services' notices, and how to get a real model."""
    lines = list(services.notices)
    if services.summary.is_demo:
        lines.append(REAL_MODEL_HINT)
    return lines


def banner_markdown(services: Services) -> str:
    return "\n".join(f"⚠️ {line}  " for line in banner_lines(services))
