"""Easel's browser chat: Gradio wiring only (decisions live in chat/, pixels in imaging/).

Run:   .venv/bin/python app.py              # then open http://127.0.0.1:7860
       .venv/bin/python app.py --help       # models, device, host/port, share, auth, offline, ...

Every browser session gets its own `chat.Conversation`; the models (one `chat.services.Services`) are shared by all
sessions. A page reload keeps the conversation: the browser keeps a random session key (gr.BrowserState) and the server
keeps the conversation as JSON under <outputs>/sessions/<key>.json.
"""
import argparse
import dataclasses
import ipaddress
import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, Optional, Sequence

from chat.options import AppOptions, add_app_arguments, options_from_args
from chat.services import Services, build_services
from ui.handlers import SIZE_CHOICES, ChatHandlers, chat_settings, size_for  # noqa: F401  (the app's public names)
from ui.render import (banner_lines, banner_markdown, details_html, model_summary, render_chat,  # noqa: F401
                       user_message)
from ui.sessions import Session, SessionStore, api_view, is_session_key, new_session_key, turn_entry  # noqa: F401
from ui.startup import LoginThrottle, loading_message, outputs_problem, quiet_libraries

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
MAX_UPLOAD = "50mb"  # bigger files are refused by gradio before they reach Easel
# The page may show images only from this server (and data:/blob: previews): no message can load a remote picture.
CSP_HEAD = "<meta http-equiv=\"Content-Security-Policy\" content=\"img-src 'self' data: blob:; media-src 'self' blob:\">"

CSS = """
.easel-banner {border-left: 4px solid #f59e0b; padding: 0.4em 0.8em; background: rgba(245,158,11,0.08);}
.easel-details summary {cursor: pointer; opacity: 0.8;}
.easel-details table {font-size: 0.85em; margin-top: 0.3em;}
.easel-details td {padding: 0.1em 0.6em 0.1em 0; vertical-align: top;}
.easel-status {min-height: 1.6em; opacity: 0.85;}
"""


# --------------------------------------------------------------------------------------------- the app


def sessions_folder(options: AppOptions, sessions_dir: str | Path | None = None) -> Path:
    """Where the sessions' JSON and the browser secret live (never served: see launch_app)."""
    return Path(sessions_dir) if sessions_dir else Path(options.outputs) / "sessions"


def build_app(
    services: Services,
    options: AppOptions,
    *,
    sessions_dir: str | Path | None = None,
    concurrency_limit: int = 1,
) -> "gr.Blocks":
    """The Gradio Blocks of the chat; call .launch() (or launch_app()) on it. Nothing heavy happens here."""
    import gradio as gr  # imported here, not at the top: `app.py --help` and argument errors answer at once

    store = SessionStore(services, sessions_folder(options, sessions_dir))
    handlers = ChatHandlers(services, store, Path(options.outputs))

    def on_gallery_select(key: Optional[str], event: gr.SelectData):  # gradio passes the event by this annotation
        return handlers.on_gallery_select(key, event)

    with gr.Blocks(title=TITLE, fill_height=True) as demo:
        session_key = gr.State(None)  # the session's key: set at page load (restore_session) or by the first API call
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
                    gr.Markdown(model_summary(services))
                    rewrite = gr.Checkbox(True, label="Rewrite my words into a detailed prompt")
                    steps = gr.Slider(0, 50, value=0, step=1, label="Steps (0 = the model's default)")
                    size = gr.Dropdown([label for label, _ in SIZE_CHOICES], value="Model default", label="Size")
                    with gr.Row():
                        lock_seed = gr.Checkbox(False, label="Lock seed")
                        seed = gr.Number(0, precision=0, label="Seed (used when locked)", minimum=0, maximum=2**32 - 1)
        # API-only inputs/outputs (gradio_client): hidden, never shown in the page. gr.api can't take the session's
        # gr.State, so the API endpoints are events of hidden components, which can.
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
        session_outputs = [session_key, browser_key, *view_outputs]

        demo.load(handlers.restore_session, [browser_key, session_key], session_outputs, api_visibility="private")
        turn = message.submit(
            handlers.chat,
            [message, session_key, *settings_inputs],
            [chatbot, message, status, gallery, download, session_key],
            api_name="chat",
            concurrency_limit=concurrency_limit,
            concurrency_id="gpu",
        )
        turn.then(handlers.unlock_input, None, [message], api_visibility="private", queue=False)
        stop_button.click(handlers.stop, [session_key], [status], api_name="stop", queue=False)
        gallery.select(on_gallery_select, [session_key], view_outputs, api_visibility="private")
        new_chat_button.click(handlers.new_chat, [session_key], session_outputs, api_name="new_chat")
        chatbot.clear(handlers.new_chat, [session_key], session_outputs, api_visibility="private")
        lock_seed.change(handlers.fill_seed, [lock_seed, session_key], [seed], api_visibility="private", queue=False)
        api_send_button.click(
            handlers.api_send,
            [api_text, api_files, session_key, *settings_inputs],
            [api_turn, api_images, session_key],
            api_name="send",
            concurrency_limit=concurrency_limit,
            concurrency_id="gpu",
        )
        api_history_button.click(handlers.api_history, [session_key], [api_turn, session_key], api_name="history")
        api_select_button.click(handlers.select_image, [api_image_id, session_key], [api_turn, session_key],
                                api_name="select")

    demo.queue(default_concurrency_limit=concurrency_limit, max_size=64)
    return demo


def launch_app(demo: "gr.Blocks", options: AppOptions, *, sessions_dir: str | Path | None = None,
               auth: Optional[tuple[str, str]] = None, **launch_kwargs) -> Any:
    """demo.launch() with Easel's theme and CSS; only the outputs folder's pictures are served (never the sessions
    folder with its browser secret); a password, when given, is checked with login throttling."""
    import gradio as gr

    outputs = Path(options.outputs).resolve()
    blocked = {str(sessions_folder(options).resolve()), str(sessions_folder(options, sessions_dir).resolve())}
    return demo.launch(
        allowed_paths=[str(outputs)],
        blocked_paths=sorted(blocked),
        auth=LoginThrottle(*auth) if auth else None,
        max_file_size=MAX_UPLOAD,
        css=CSS,
        head=CSP_HEAD,
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


def startup_options(args: argparse.Namespace) -> AppOptions:
    """The options to start with: the outputs folder checked before any model loads (a clear message and exit 2, not
    a traceback after a minute of loading) and made absolute, so image records and session files stay valid whatever
    folder the server is started from."""
    options = options_from_args(args)
    problem = outputs_problem(options.outputs)
    if problem:
        print(f"Easel: {problem}", file=sys.stderr, flush=True)
        raise SystemExit(2)
    return dataclasses.replace(options, outputs=str(Path(options.outputs).expanduser().resolve()))


def main(argv: Optional[Sequence[str]] = None) -> None:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        auth = check_server_args(args)
    except ValueError as error:
        parser.error(str(error))
    options = startup_options(args)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    quiet_libraries()
    from imaging.hub import env_offline

    print(loading_message(options.offline or env_offline()), flush=True)
    services = build_services(options)
    for line in banner_lines(services):
        print(f"NOTE: {line}", flush=True)
    demo = build_app(services, options, concurrency_limit=args.concurrency)
    launch_app(demo, options, server_name=args.host, server_port=args.port, share=args.share, auth=auth,
               quiet=True, prevent_thread_lock=True)  # quiet: gradio's share=True hint is not Easel's flag
    where = f"http://{args.host}:{demo.server_port}"
    print(f"Easel is running at {where}" + (f" and {demo.share_url}" if demo.share_url else "")
          + " (Ctrl+C to stop)", flush=True)
    demo.block_thread()


if __name__ == "__main__":
    main(sys.argv[1:])
