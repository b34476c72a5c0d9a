"""The app on the test services (demo image model, scripted LLM) in a process of its own, for the fault tests.

    HF_HUB_OFFLINE=1 .venv/bin/python tests/reliability/serve.py --outputs /tmp/out --sessions /tmp/out/sessions \
        --port 7861

Prints "EASEL READY <url>" once it serves; runs until killed.
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parents[1]), str(HERE.parent)]
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--outputs", required=True)
    parser.add_argument("--sessions", required=True)
    parser.add_argument("--port", type=int, required=True)
    args = parser.parse_args()
    import app
    from chat.options import AppOptions
    from chat.services import assemble_services, load_engine
    from fakes import ScriptedLLM

    options = AppOptions(image_model="demo", outputs=args.outputs, offline=True)
    notices: list[str] = []
    services = assemble_services(ScriptedLLM(default="Happy to help."), load_engine(options, notices), options, notices)
    demo = app.build_app(services, options, sessions_dir=args.sessions)
    app.launch_app(demo, options, sessions_dir=args.sessions, server_name="127.0.0.1", server_port=args.port,
                   prevent_thread_lock=True, quiet=True)
    print(f"EASEL READY http://127.0.0.1:{args.port}/", flush=True)
    while True:
        time.sleep(3600)


if __name__ == "__main__":
    main()
