"""A local llama.cpp server (llama-cpp-python's ``llama_cpp.server``) on a GGUF file, for the tests and the bench.

    .venv/bin/python -m chat.llm.llama_server path/to/model.gguf --port 8080   # serve until Ctrl-C

Needs requirements-llm-server.txt. ``LlamaServer`` starts the server on a free loopback port, waits until
``/v1/models`` answers, and stops it (terminate, then kill) when the ``with`` block ends; its log goes to a file.
Easel itself only ever talks to a server through ``chat.llm.openai_server``.
"""
from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Optional


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class LlamaServerConfig:
    gguf: str  # the model file
    alias: str = "local"  # the model name the server lists
    port: Optional[int] = None  # None: a free loopback port
    n_ctx: int = 2048  # context window
    n_threads: int = 1  # CPU threads (on a busy 2-core box, 2 OpenMP threads spin against each other: 1 tok/s)
    chat_format: Optional[str] = None  # None: the GGUF's own template; "gemma" for the embedded GGUF (it has none)
    start_timeout_s: float = 120.0  # until /v1/models answers


class LlamaServer:
    """``with LlamaServer(config) as server: ... server.url ...``"""

    def __init__(self, config: LlamaServerConfig):
        if not Path(config.gguf).is_file():
            raise ValueError(f"GGUF file not found: {config.gguf!r}")
        self.config = config
        self.port = config.port or free_port()
        self.url = f"http://127.0.0.1:{self.port}/v1"
        self.log_path = Path(tempfile.mkstemp(prefix="easel-llama-server-", suffix=".log")[1])
        self.process: Optional[subprocess.Popen] = None
        self.start_seconds = 0.0

    def __enter__(self) -> "LlamaServer":
        self.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop()

    def start(self) -> None:
        c = self.config
        command = [sys.executable, "-m", "llama_cpp.server", "--model", c.gguf, "--model_alias", c.alias,
                   "--host", "127.0.0.1", "--port", str(self.port), "--n_ctx", str(c.n_ctx),
                   "--n_threads", str(c.n_threads), "--n_threads_batch", str(c.n_threads)]
        if c.chat_format:
            command += ["--chat_format", c.chat_format]
        started = time.perf_counter()
        with self.log_path.open("w") as log:
            env = {**os.environ, "OMP_WAIT_POLICY": "PASSIVE"}  # threads sleep rather than spin while waiting
            self.process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, env=env)
        try:
            self._wait_ready(started + c.start_timeout_s - time.perf_counter())
        except BaseException:
            self.stop()
            raise
        self.start_seconds = time.perf_counter() - started

    def _wait_ready(self, budget_s: float) -> None:
        import httpx

        deadline = time.monotonic() + budget_s
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"llama_cpp.server exited with {self.process.returncode}: {self.log_tail()}")
            try:
                if httpx.get(f"{self.url}/models", timeout=2).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.3)
        raise RuntimeError(f"llama_cpp.server did not answer within {budget_s:.0f}s: {self.log_tail()}")

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=5)  # a request still generating holds uvicorn's shutdown
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()

    def log_tail(self, chars: int = 1500) -> str:
        return self.log_path.read_text(errors="replace")[-chars:]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gguf")
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--alias", default="local")
    parser.add_argument("--chat-format", default=None, help="e.g. gemma for the embedded GGUF (it has no template)")
    args = parser.parse_args()
    config = LlamaServerConfig(args.gguf, alias=args.alias, port=args.port, chat_format=args.chat_format)
    with LlamaServer(config) as server:
        print(f"serving {args.gguf} as {args.alias!r} at {server.url} (log: {server.log_path}); Ctrl-C stops")
        try:
            server.process.wait()
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
