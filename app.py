"""Easel's browser chat: Gradio wiring only (decisions live in chat/, pixels in imaging/).

Run:   .venv/bin/python app.py              # then open http://127.0.0.1:7860
       .venv/bin/python app.py --help       # models, device, host/port, share, auth, offline, ...

Every browser session gets its own `chat.Conversation`; the models (one `chat.services.Services`) are shared by all
sessions. A page reload keeps the conversation: the browser keeps a random session key (gr.BrowserState) and the server
keeps the conversation as JSON under <outputs>/sessions/<key>.json.
"""
import argparse
import dataclasses
import html
import ipaddress
import json
import logging
import math
import os
import re
import secrets
import sys
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterator, Optional, Sequence

from chat.conversation import Conversation
from chat.options import AppOptions, add_app_arguments, options_from_args
from chat.services import Services, build_services
from chat.types import Action, TurnResult, TurnUpdate

if TYPE_CHECKING:
    import gradio as gr

logger = logging.getLogger("easel.app")

TITLE = "Easel"
EXAMPLES = [
    "a cozy cabin in a snowy forest at night, warm light in the windows",
    "a watercolor fox reading a book under a tree",
    "a lighthouse on a cliff at sunset, dramatic clouds",
    "a bowl of ramen, studio photo, steam rising",
]
SIZE_CHOICES = [  # (label, aspect ratio width/height or None for "let the model / the words decide")
    ("Model default", None),
    ("Square 1:1", 1.0),
    ("Landscape 3:2", 3 / 2),
    ("Portrait 2:3", 2 / 3),
    ("Wide 16:9", 16 / 9),
    ("Tall 9:16", 9 / 16),
]
MAX_SHOWN_CHARS = 2000  # the chat shows a huge message shortened (the brain gets all of it)
SESSION_KEY_RE = re.compile(r"^[A-Za-z0-9_-]{20,64}$")  # what new_session_key() makes; anything else is ignored
LIVE_SESSIONS = 256  # conversations kept in memory for instant reloads; older ones come back from disk

CSS = """
.easel-banner {border-left: 4px solid #f59e0b; padding: 0.4em 0.8em; background: rgba(245,158,11,0.08);}
.easel-details summary {cursor: pointer; opacity: 0.8;}
.easel-details table {font-size: 0.85em; margin-top: 0.3em;}
.easel-details td {padding: 0.1em 0.6em 0.1em 0; vertical-align: top;}
.easel-status {min-height: 1.6em; opacity: 0.85;}
"""


# --------------------------------------------------------------------------------------------- sessions


def new_session_key() -> str:
    return secrets.token_urlsafe(24)


@dataclass
class Session:
    """One browser (or API client) session: its conversation and what the chat shows."""

    key: str  # random; the browser keeps it (gr.BrowserState), the server files the session under it
    conversation: Conversation
    transcript: list[dict] = field(default_factory=list)  # one entry per turn, see turn_entry()
    # one turn at a time per session (two tabs of one browser share it; --concurrency > 1 could run both)
    turn_lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    def to_dict(self) -> dict:
        return {"version": 1, "conversation": self.conversation.to_dict(), "transcript": self.transcript}


class SessionStore:
    """Server-side home of the sessions: recent ones live in memory, every one as JSON on disk.

    gradio's per-session gr.State holds only the key (a string: gradio deep-copies state values, and a Conversation
    holds the shared models)."""

    def __init__(self, services: Services, directory: str | Path):
        self.services = services
        self.directory = Path(directory)
        self._live: OrderedDict[str, Session] = OrderedDict()
        self._lock = threading.Lock()

    def path_for(self, key: str) -> Path:
        if not is_session_key(key):
            raise ValueError(f"bad session key {key!r}")
        return self.directory / f"{key}.json"

    def browser_secret(self) -> str:
        """Encryption secret of gr.BrowserState, kept on disk so keys stay readable after a server restart."""
        self.directory.mkdir(parents=True, exist_ok=True)
        secret_file = self.directory / ".browser-secret"
        if not secret_file.exists():
            secret_file.write_text(secrets.token_urlsafe(32))
            secret_file.chmod(0o600)
        return secret_file.read_text().strip()

    def get(self, key: Optional[str]) -> Optional[Session]:
        """The session filed under key: live in memory, else read back from disk; None when there is none."""
        if not is_session_key(key):
            return None
        with self._lock:
            if key in self._live:
                self._live.move_to_end(key)
                return self._live[key]
        path = self.path_for(key)
        if not path.exists():
            return None
        data = json.loads(path.read_text())
        session = Session(key, Conversation.from_dict(data["conversation"], self.services), data.get("transcript", []))
        return self._remember(session)

    def open(self, key: str) -> Session:
        """The session for key, a new empty one if there is none yet."""
        session = self.get(key)
        if session is None:
            if not is_session_key(key):
                raise ValueError(f"bad session key {key!r}")
            session = self._remember(Session(key, Conversation(self.services)))
        return session

    def save(self, session: Session) -> None:
        path = self.path_for(session.key)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".json.tmp")
        tmp.write_text(json.dumps(session.to_dict(), default=_json_default))
        os.replace(tmp, path)  # atomic: a reload never reads half a file

    def _remember(self, session: Session) -> Session:
        with self._lock:
            existing = self._live.setdefault(session.key, session)  # two loads at once keep one object
            self._live.move_to_end(session.key)
            while len(self._live) > LIVE_SESSIONS:
                self._live.popitem(last=False)
        return existing


def is_session_key(key: Any) -> bool:
    return isinstance(key, str) and SESSION_KEY_RE.match(key) is not None


def _json_default(value: Any) -> Any:
    if dataclasses.is_dataclass(value):
        return dataclasses.asdict(value)
    if isinstance(value, Path):
        return str(value)
    if hasattr(value, "value"):  # str enums
        return value.value
    raise TypeError(f"not JSON-serialisable: {type(value).__name__}")


def turn_entry(text: str, files: Sequence[str], result: TurnResult) -> dict:
    """What the chat needs to show one finished turn (JSON-safe, persisted with the session)."""
    return {
        "text": text,
        "files": list(files),
        "action": getattr(result.action, "value", result.action),
        "reply": result.reply,
        "error": result.error,
        "prompt": result.prompt,
        "negative_prompt": result.negative_prompt,
        "method": getattr(result.method, "value", result.method),
        "source": result.source,
        "notes": list(result.notes),
        "images": [image.to_dict() for image in result.images],
    }


def api_view(value: Any) -> Any:
    """A JSON value for API clients: gradio_client takes any dict with a "path" key for a file to download (and
    drops the rest of the dict), so image records say "file" instead."""
    if isinstance(value, dict):
        return {("file" if key == "path" else key): api_view(item) for key, item in value.items()}
    if isinstance(value, list):
        return [api_view(item) for item in value]
    return value


# --------------------------------------------------------------------------------------------- rendering


def _shown_text(text: str) -> str:
    if len(text) <= MAX_SHOWN_CHARS:
        return text
    return f"{text[:MAX_SHOWN_CHARS]}… *({len(text):,} characters in all)*"


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
    cells = "".join(f"<tr><td><b>{html.escape(k)}</b></td><td>{html.escape(str(v))}</td></tr>" for k, v in rows)
    return (
        f"<details class='easel-details'><summary>Details · {html.escape(image.get('id') or '')}</summary>"
        f"<table>{cells}</table></details>"
    )


def _is_image_file(path: str) -> bool:
    return Path(path).suffix.lower() in {".png", ".jpg", ".jpeg", ".webp", ".gif", ".bmp", ".tif", ".tiff"}


def user_message(text: str, files: Sequence[str], *, accepted: bool) -> dict:
    content: list[Any] = []
    if text:
        content.append(_shown_text(text))
    for path in files:
        if accepted and _is_image_file(path):
            content.append({"path": path})
        else:  # never push a rejected (maybe huge or not-an-image) file back to the browser
            content.append(f"(attached file: {Path(path).name})")
    return {"role": "user", "content": content or "*(empty message)*"}


def assistant_message(turn: dict) -> dict:
    reply = turn.get("reply") or turn.get("error") or ""
    if turn.get("error"):
        reply = f"⚠️ {reply}"
    content: list[Any] = [reply]
    for image in turn.get("images", []):
        if image.get("path"):
            content.append({"path": image["path"], "alt_text": image.get("prompt") or image.get("request_text")})
        content.append(details_html(image, turn))
    if turn.get("notes"):
        content.append("\n".join(f"*{html.escape(note)}*" for note in turn["notes"]))
    return {"role": "assistant", "content": content}


def render_chat(session: Session) -> list[dict]:
    messages: list[dict] = []
    for turn in session.transcript:
        messages.append(user_message(turn["text"], turn["files"], accepted=not turn.get("error")))
        messages.append(assistant_message(turn))
    return messages


def gallery_items(session: Session) -> list[tuple[str, str]]:
    return [(record.path, f"{record.id} · {record.method or record.action or ''}") for record in _shown_images(session)]


def _shown_images(session: Session):
    return [record for record in session.conversation.images if record.path]


def current_index(session: Session) -> Optional[int]:
    current = session.conversation.current
    for index, record in enumerate(_shown_images(session)):
        if current is not None and record.id == current.id:
            return index
    return None


def current_path(session: Session) -> Optional[str]:
    current = session.conversation.current
    return current.path if current is not None else None


# --------------------------------------------------------------------------------------------- settings


def size_for(choice: Optional[str], services: Services) -> tuple[Optional[int], Optional[int]]:
    """Width and height for a size choice: the model's native pixel count at that aspect ratio, snapped."""
    ratio = dict(SIZE_CHOICES).get(choice)
    preset = getattr(services.engine, "preset", None)
    if ratio is None or preset is None:
        return None, None
    area = preset.native_width * preset.native_height
    width = math.sqrt(area * ratio)
    from imaging import snap_size  # imaging is loaded by now; keep app import light

    return snap_size(round(width), round(area / width), preset)


def chat_settings(services: Services, rewrite: bool, steps: float, size: str, lock_seed: bool, seed: Any) -> dict:
    """The settings panel's values as ChatSettings fields (applied to the session's settings for the next turn)."""
    width, height = size_for(size, services)
    return dict(
        rewrite=bool(rewrite),
        seed=int(seed) if lock_seed and seed is not None and seed != "" else None,
        steps=int(steps) if steps else None,  # 0 = the model's default
        width=width,
        height=height,
    )


def model_summary(services: Services, options: AppOptions) -> str:
    """The settings panel's account of the shared models (what the engine really loaded, not what was asked)."""
    engine = services.engine
    preset = getattr(engine, "preset", None)
    config = getattr(engine, "config", None)
    device = getattr(engine, "device", None) or options.device
    safety = config.safety_checker if config is not None else options.safety_checker
    if getattr(engine, "is_demo", False):
        safety = False  # the demo model's noise has nothing to check
    lines = [f"**Image model:** `{getattr(engine, 'model_name', options.image_model)}`"]
    if preset is not None:
        lines.append(
            f"native {preset.native_width}×{preset.native_height}, {preset.steps} steps by default"
            + (f", about {preset.vram_gb:g} GB VRAM" if getattr(preset, "vram_gb", None) else "")
        )
    lines.append(f"**Language model:** `{getattr(services.llm, 'name', options.llm)}`")
    lines.append(f"**Device:** `{device}`" + (" (low-VRAM offload)" if options.low_vram else ""))
    lines.append(f"**Safety checker:** {'on' if safety else 'off'}")
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
    if getattr(services.engine, "is_demo", False):
        lines.append(REAL_MODEL_HINT)
    return lines


def banner_markdown(services: Services) -> str:
    return "\n".join(f"⚠️ {line}  " for line in banner_lines(services))


# --------------------------------------------------------------------------------------------- the app


def build_app(
    services: Services,
    options: AppOptions,
    *,
    sessions_dir: str | Path | None = None,
    concurrency_limit: int = 1,
) -> "gr.Blocks":
    """The Gradio Blocks of the chat; call .launch() (or launch_app()) on it. Nothing heavy happens here."""
    import gradio as gr  # imported here, not at the top: `app.py --help` and argument errors answer at once

    store = SessionStore(services, sessions_dir or Path(options.outputs) / "sessions")

    # ----- event handlers (gradio passes each session's key; the store has the session behind it)

    def outputs_for(session: Session, status: str = "") -> tuple:
        return (
            render_chat(session),
            status,
            gr.Gallery(value=gallery_items(session), selected_index=current_index(session)),
            gr.DownloadButton(value=current_path(session), interactive=current_path(session) is not None),
        )

    def restore_session(stored_key: Optional[str], key: str):
        """Page load: the conversation this browser had (a reload), else a new one."""
        session, notice = None, ""
        try:
            session = store.get(stored_key)
        except Exception as error:  # corrupt or incompatible file: start afresh but say so
            logger.exception("could not restore session %s", stored_key)
            notice = f"Could not restore your previous conversation ({error}); starting a new one."
            gr.Warning(notice)
        if session is None:
            session = store.open(key)
        return (session.key, session.key, *outputs_for(session, notice))

    def new_chat():
        session = store.open(new_session_key())
        return (session.key, session.key, *outputs_for(session, "New conversation."))

    def run_turn(session: Session, text: str, files: Sequence[str], settings: dict) -> Iterator[Any]:
        """Streams TurnUpdates while the brain works; the last item is the finished turn's entry."""
        with session.turn_lock:
            session.conversation.settings = dataclasses.replace(session.conversation.settings, **settings)
            result: Optional[TurnResult] = None
            for item in session.conversation.stream(text, files):
                if isinstance(item, TurnUpdate):
                    yield item
                else:
                    result = item
            if result is None:  # the brain promises a TurnResult last; say so plainly if it did not
                reply = "Something went wrong: no answer came back."
                result = TurnResult(action=Action.CHAT, reply=reply, error=reply)
            entry = turn_entry(text, files, result)
            session.transcript.append(entry)
            try:
                store.save(session)
            except OSError as error:
                gr.Warning(f"Could not save the conversation for page reloads: {error}")
        yield entry

    def chat(message: Optional[dict], key: str, rewrite, steps, size, lock_seed, seed):
        """The chat box's submit: stream the status into the chat, then show the reply, images and details."""
        session = store.open(key)
        message = message or {}
        text = (message.get("text") or "").strip()
        files = [f if isinstance(f, str) else f.get("path") for f in message.get("files") or []]
        settings = chat_settings(services, rewrite, steps, size, lock_seed, seed)
        shown = render_chat(session) + [user_message(text, files, accepted=True)]
        yield (shown, gr.MultimodalTextbox(value=None, interactive=False), "Thinking…", gr.skip(), gr.skip())
        for item in run_turn(session, text, files, settings):
            if isinstance(item, TurnUpdate):
                status = item.status or "Working…"
                pending = {"role": "assistant", "content": item.text or f"*{status}*"}
                yield (shown + [pending], gr.skip(), status, gr.skip(), gr.skip())
            else:
                if item.get("error"):
                    gr.Warning(item["reply"] or item["error"])
                chat_messages, status, gallery, download = outputs_for(session, "")
                yield (chat_messages, gr.skip(), status, gallery, download)

    def unlock_input():
        return gr.MultimodalTextbox(interactive=True)

    def api_send(text: str, files: Optional[list], key: str, rewrite, steps, size, lock_seed, seed):
        """API: one message (text + optional image files) -> (the turn as JSON, its images)."""
        session = store.open(key)
        paths = [f if isinstance(f, str) else f.get("path") for f in files or []]
        settings = chat_settings(services, rewrite, steps, size, lock_seed, seed)
        entry: dict = {}
        for item in run_turn(session, (text or "").strip(), paths, settings):
            if isinstance(item, dict):
                entry = item
        images = [(image["path"], image["id"]) for image in entry.get("images", []) if image.get("path")]
        return api_view(entry), images

    def api_history(key: str):
        """API: this session's turns and images (nothing from other sessions)."""
        session = store.open(key)
        current = session.conversation.current
        history = {
            "turns": session.transcript,
            "images": [record.to_dict() for record in session.conversation.images],
            "current": current.id if current is not None else None,
        }
        return api_view(history)

    def select_image(image_id: str, key: str):
        """API: make an earlier image of this session current."""
        session = store.open(key)
        try:
            record = session.conversation.select(image_id)
        except (KeyError, ValueError) as error:
            raise gr.Error(f"No image {image_id!r} in this conversation.") from error
        store.save(session)
        return api_view(record.to_dict())

    def on_gallery_select(key: str, event: gr.SelectData):
        session = store.open(key)
        shown = _shown_images(session)
        if not isinstance(event.index, int) or not 0 <= event.index < len(shown):
            return outputs_for(session, "")
        record = session.conversation.select(shown[event.index].id)
        store.save(session)
        return outputs_for(session, f"Now working on **{record.id}**: your next message changes this one.")

    def stop(key: str):
        session = store.get(key)
        if session is not None:
            session.conversation.cancel()
        return "Stopping…"

    def fill_seed(lock_seed: bool, key: str):
        """Locking the seed keeps the current image's seed, so later pictures vary only by the words."""
        session = store.get(key)
        current = session.conversation.current if session is not None else None
        if not lock_seed or current is None or current.seed is None:
            return gr.skip()
        return current.seed

    # ----- layout

    with gr.Blocks(title=TITLE, fill_height=True) as demo:
        session_key = gr.State(new_session_key)  # a callable: every session (page or API client) gets its own key
        browser_key = gr.BrowserState(None, storage_key="easel-session", secret=store.browser_secret())

        gr.Markdown(f"# {TITLE}\nChat to draw: describe a picture, then ask for changes, variations or a bigger one.")
        gr.Markdown(banner_markdown(services), visible=bool(banner_lines(services)), elem_classes="easel-banner")
        with gr.Row(equal_height=False):
            with gr.Column(scale=3):
                chatbot = gr.Chatbot(
                    label="Conversation",
                    height=620,
                    buttons=["copy"],
                    feedback_options=None,
                    placeholder="Describe a picture to start, or attach a photo and ask about it.",
                    allow_file_downloads=True,
                )
                status = gr.Markdown("", elem_classes="easel-status")
                with gr.Row():
                    message = gr.MultimodalTextbox(
                        placeholder="Describe a picture, or attach/paste a photo…",
                        show_label=False,
                        file_count="multiple",
                        sources=["upload"],
                        max_plain_text_length=200_000,  # long text stays text, so the brain can say it is too long
                        scale=8,
                        autofocus=True,
                    )
                    stop_button = gr.Button("■ Stop", variant="stop", scale=1, min_width=80)
                gr.Examples(examples=[[{"text": example, "files": []}] for example in EXAMPLES], inputs=[message])
            with gr.Column(scale=2):
                gallery = gr.Gallery(
                    label="This session's images (click one to keep working on it)",
                    columns=3,
                    height=340,
                    allow_preview=False,
                    fit_columns=False,
                    object_fit="contain",
                    interactive=False,
                )
                with gr.Row():
                    download = gr.DownloadButton("⬇ Download current image", value=None, interactive=False)
                    new_chat_button = gr.Button("New chat")
                with gr.Accordion("Settings", open=False):
                    gr.Markdown(model_summary(services, options))
                    rewrite = gr.Checkbox(True, label="Rewrite my words into a detailed prompt")
                    steps = gr.Slider(0, 50, value=0, step=1, label="Steps (0 = the model's default)")
                    size = gr.Dropdown([label for label, _ in SIZE_CHOICES], value="Model default", label="Size")
                    with gr.Row():
                        lock_seed = gr.Checkbox(False, label="Lock seed")
                        seed = gr.Number(0, precision=0, label="Seed (used when locked)", minimum=0, maximum=2**32 - 1)
        # API-only inputs/outputs (gradio_client): hidden, never shown in the page
        with gr.Row(visible=False):
            api_text = gr.Textbox(label="text")
            api_files = gr.File(label="files", file_count="multiple")
            api_image_id = gr.Textbox(label="image_id")
            api_turn = gr.JSON(label="turn")
            api_images = gr.Gallery(label="images")
            api_send_button = gr.Button("send")
            api_history_button = gr.Button("history")
            api_select_button = gr.Button("select")

        settings_inputs = [rewrite, steps, size, lock_seed, seed]
        view_outputs = [chatbot, status, gallery, download]

        demo.load(restore_session, [browser_key, session_key], [session_key, browser_key, *view_outputs],
                  api_visibility="private")
        turn = message.submit(
            chat,
            [message, session_key, *settings_inputs],
            [chatbot, message, status, gallery, download],
            api_name="chat",
            concurrency_limit=concurrency_limit,
            concurrency_id="gpu",
        )
        turn.then(unlock_input, None, [message], api_visibility="private", queue=False)
        stop_button.click(stop, [session_key], [status], api_name="stop", queue=False)
        gallery.select(on_gallery_select, [session_key], view_outputs, api_visibility="private")
        new_chat_button.click(new_chat, None, [session_key, browser_key, *view_outputs], api_name="new_chat")
        chatbot.clear(new_chat, None, [session_key, browser_key, *view_outputs], api_visibility="private")
        lock_seed.change(fill_seed, [lock_seed, session_key], [seed], api_visibility="private", queue=False)
        api_send_button.click(
            api_send,
            [api_text, api_files, session_key, *settings_inputs],
            [api_turn, api_images],
            api_name="send",
            concurrency_limit=concurrency_limit,
            concurrency_id="gpu",
        )
        api_history_button.click(api_history, [session_key], [api_turn], api_name="history")
        api_select_button.click(select_image, [api_image_id, session_key], [api_turn], api_name="select")

    demo.queue(default_concurrency_limit=concurrency_limit, max_size=64)
    return demo


def launch_app(demo: "gr.Blocks", options: AppOptions, **launch_kwargs) -> Any:
    """demo.launch() with Easel's theme, CSS and the outputs folder allowed for downloads."""
    import gradio as gr

    return demo.launch(
        allowed_paths=[str(Path(options.outputs).resolve())],
        css=CSS,
        theme=gr.themes.Soft(),
        show_error=True,
        **launch_kwargs,
    )


# --------------------------------------------------------------------------------------------- command line


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def parse_auth(value: Optional[str]) -> Optional[tuple[str, str]]:
    if not value:
        return None
    user, sep, password = value.partition(":")
    if not sep or not user or not password:
        raise ValueError(f"--auth must look like USER:PASSWORD, got {value!r}")
    return user, password


class _HelpFormatter(argparse.ArgumentDefaultsHelpFormatter):
    """Shows defaults of options that take a value; on/off switches and unset options say nothing."""

    def _get_help_string(self, action: argparse.Action) -> str:
        if action.nargs == 0 or action.default is None:
            return action.help or ""
        return super()._get_help_string(action)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="app.py",
        description="Easel: a local chat that draws. Opens a browser chat backed by a local LLM and a diffusion model.",
        formatter_class=_HelpFormatter,
    )
    add_app_arguments(parser)
    server = parser.add_argument_group("server")
    server.add_argument("--host", default="127.0.0.1", help="address to listen on; anything but loopback needs --auth")
    server.add_argument("--port", type=int, default=7860, help="port to listen on")
    server.add_argument("--share", action="store_true", help="also publish a temporary public gradio.live link (needs --auth)")
    server.add_argument(
        "--auth",
        default=None,
        help="USER:PASSWORD required to open the app (or set EASEL_AUTH); required with --share or a non-loopback --host",
    )
    server.add_argument("--concurrency", type=int, default=1, help="turns that may draw at the same time (GPU work)")
    return parser


def check_server_args(args: argparse.Namespace) -> Optional[tuple[str, str]]:
    """The auth pair; ValueError with a clear message when the server would be exposed without one."""
    auth = parse_auth(args.auth if args.auth is not None else os.environ.get("EASEL_AUTH"))
    exposed = args.share or not is_loopback(args.host)
    if exposed and auth is None:
        where = "a public --share link" if args.share else f"--host {args.host} (reachable from other machines)"
        raise ValueError(
            f"Refusing to start: {where} without a password. Add --auth USER:PASSWORD (or set EASEL_AUTH)."
        )
    if args.concurrency < 1:
        raise ValueError(f"--concurrency must be at least 1, got {args.concurrency}")
    return auth


def main(argv: Optional[Sequence[str]] = None) -> None:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        auth = check_server_args(args)
    except ValueError as error:
        parser.error(str(error))
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    logging.getLogger("httpx").setLevel(logging.WARNING)  # gradio's own start-up requests are not news
    options = options_from_args(args)
    print("Easel: loading models (the first run downloads them; progress shows below)…", flush=True)
    services = build_services(options)
    for line in banner_lines(services):
        print(f"NOTE: {line}", flush=True)
    demo = build_app(services, options, concurrency_limit=args.concurrency)
    launch_app(demo, options, server_name=args.host, server_port=args.port, share=args.share, auth=auth)


if __name__ == "__main__":
    main(sys.argv[1:])
