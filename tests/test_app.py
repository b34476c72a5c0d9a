"""The app through its API (gradio_client), its command line and its session store; demo image model, offline.

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest tests/test_app.py -q
"""
from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PIL import Image

from test_app_support import app_options, make_photo, running_app, shared_services

ROOT = Path(__file__).resolve().parents[1]


SESSIONS = {}


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    SESSIONS["dir"] = tmp_path_factory.mktemp("sessions")
    with running_app(SESSIONS["dir"]) as (demo, url):
        yield url


@pytest.fixture
def client(server):
    from gradio_client import Client

    return Client(server, verbose=False)


def send(client, text, files=()):
    """One message through the public "send" endpoint: (turn dict, local paths of its images)."""
    from gradio_client import handle_file

    turn, images = client.predict(text, [handle_file(str(f)) for f in files], api_name="/send")
    return turn, [item["image"] for item in images]


def check_image(record: dict, local_path: str) -> None:
    """The downloaded file is the picture the record describes."""
    with Image.open(local_path) as image:
        assert image.size == (record["width"], record["height"])
    assert not Path(record["file"]).is_absolute(), "a reply never shows where the server keeps its files"
    assert (Path(app_options().outputs) / record["file"]).is_file()  # the server saved it in its outputs folder


# ------------------------------------------------------------------------------------------ the conversation


def test_multi_turn_conversation_through_gradio_client(client, tmp_path):
    drawn, paths = send(client, "draw a red fox sitting in the snow")
    assert drawn["action"] == "generate" and drawn["error"] is None
    assert len(drawn["images"]) == 1 and len(paths) == 1
    first = drawn["images"][0]
    check_image(first, paths[0])
    assert "fox" in first["prompt"] and first["request_text"] == "draw a red fox sitting in the snow"
    assert isinstance(first["seed"], int) and first["model"] == "demo"

    edited, paths = send(client, "make it night")
    assert edited["action"] == "edit" and edited["error"] is None and edited["method"]
    (second,) = edited["images"]
    check_image(second, paths[0])
    assert second["parent"] == first["id"]
    assert second["prompt"] != first["prompt"] and "fox" in second["prompt"]

    varied, paths = send(client, "show me 3 variations")
    assert varied["action"] == "variations" and len(varied["images"]) == 3 == len(paths)
    seeds = {image["seed"] for image in varied["images"]}
    assert len(seeds) == 3, "each variation has its own seed"
    for record, path in zip(varied["images"], paths):
        check_image(record, path)

    undone, _ = send(client, "undo")
    assert undone["action"] == "revert" and undone["error"] is None

    photo = make_photo(tmp_path / "photo.png")
    described, _ = send(client, "what's in this picture?", [photo])
    assert described["action"] == "describe" and described["error"] is None
    assert described["reply"].strip()

    history = client.predict(api_name="/history")
    assert [turn["text"] for turn in history["turns"]] == [
        "draw a red fox sitting in the snow", "make it night", "show me 3 variations", "undo", "what's in this picture?"
    ]
    ids = [image["id"] for image in history["images"]]
    assert len(ids) == len(set(ids)) == 1 + 1 + 3 + 1  # five drawn, one uploaded
    assert history["current"] == ids[-1]  # the upload that was described


def test_chat_endpoint_shows_images_inline_with_details(client):
    # the page's own event, as a client sees it: the whole conversation with images and their details
    from gradio_client import handle_file  # noqa: F401  (the message dict carries no files here)

    messages, _, status, gallery, download = client.predict(
        {"text": "paint a lighthouse at dusk <b>bold</b>", "files": []}, api_name="/chat"
    )
    user, assistant = messages[-2], messages[-1]
    assert user["role"] == "user" and assistant["role"] == "assistant"
    kinds = [part["type"] for part in assistant["content"]]
    assert kinds[0] == "text" and "file" in kinds
    details = next(part["text"] for part in assistant["content"] if part["type"] == "text" and "<details" in part["text"])
    for label in ("Request", "Prompt", "Negative prompt", "Seed", "Size", "Model", "Action", "Edit method"):
        assert f"<b>{label}</b>" in details
    assert "&lt;b&gt;bold&lt;/b&gt;" in details and "<b>bold</b>" not in details  # user text is escaped
    # gallery and download come back as component updates (value + which image is current)
    assert len(gallery["value"]) == 1 and Path(gallery["value"][0]["image"]).is_file()
    assert gallery["selected_index"] == 0
    assert Path(download["value"]).is_file() and download["interactive"] is True


def test_chat_endpoint_streams_the_status_while_working(client):
    job = client.submit({"text": "draw a windmill in a tulip field", "files": []}, api_name="/chat")
    job.result(timeout=120)
    statuses = [output[2] for output in job.outputs() if isinstance(output[2], str)]
    assert "Writing the prompt…" in statuses
    steps = [s for s in statuses if s.startswith("Drawing… step")]
    assert steps and steps[-1].split()[-1].split("/")[0] == steps[-1].split("/")[-1]  # ... up to step n/n
    assert statuses[-1] == "", "the status clears when the turn is over"
    pending = job.outputs()[1][0][-1]  # while working, the chat shows the status as the assistant's message
    assert pending["role"] == "assistant"


def test_select_makes_an_earlier_image_current(client):
    first, _ = send(client, "draw a blue teapot on a table")
    send(client, "make it green")
    selected = client.predict(first["images"][0]["id"], api_name="/select")
    assert selected["id"] == first["images"][0]["id"]
    edited, _ = send(client, "make it night")
    assert edited["images"][0]["parent"] == first["images"][0]["id"]
    with pytest.raises(Exception, match="No image"):
        client.predict("img-999", api_name="/select")


def test_settings_apply_to_the_next_picture(client):
    turn, paths = client.predict("draw a cat on a sofa", [], api_name="/send", steps=3, size="Wide 16:9",
                                 lock_seed=True, seed=42)
    (record,) = turn["images"]
    assert (record["seed"], record["steps"]) == (42, 3)
    assert record["width"] > record["height"]
    turn, _ = client.predict("draw a dog on a sofa", [], api_name="/send", rewrite=False)
    prompt = turn["images"][0]["prompt"]
    assert turn["images"][0]["seed"] != 42  # unlocked again
    assert "dog on a sofa" in prompt and len(prompt) <= len("draw a dog on a sofa")  # no words added


def test_stop_cancels_a_running_turn(client):
    most_steps = 50  # the slider's maximum: the stop lands while the demo model is still drawing
    job = client.submit({"text": "draw a castle on a hill", "files": []}, True, most_steps, "Model default", False, 0,
                        api_name="/chat")
    deadline = time.time() + 60
    while not any(str(out[2]).startswith("Drawing… step") for out in job.outputs()):
        assert time.time() < deadline and not job.done(), "no drawing progress was streamed"
        time.sleep(0.02)
    client.predict(api_name="/stop")
    job.result(timeout=60)
    last = client.predict(api_name="/history")["turns"][-1]
    assert last["error"] and "stop" in last["reply"].lower() and last["images"] == []
    after, paths = send(client, "draw a castle on a hill")  # the session still works
    assert after["error"] is None and len(paths) == 1


def test_new_chat_starts_empty(client):
    send(client, "draw a small boat")
    client.predict(api_name="/new_chat")
    history = client.predict(api_name="/history")
    assert history == {"turns": [], "images": [], "current": None}


# ------------------------------------------------------------------------------------------ hostile input


def raw_send(server: str, session_hash: str, text: str) -> dict:
    """/send as raw JSON (escaped with ensure_ascii, as any HTTP client may send it): gradio_client can't encode a lone
    surrogate, an attacker's script can. Returns the turn."""
    import json
    import urllib.request

    with urllib.request.urlopen(f"{server}config") as response:
        fn_index = next(d["id"] for d in json.loads(response.read())["dependencies"] if d.get("api_name") == "send")
    body = {"data": [text, [], None, True, 0, "Model default", False, 0], "fn_index": fn_index,
            "session_hash": session_hash}
    request = urllib.request.Request(f"{server}gradio_api/queue/join", data=json.dumps(body).encode("ascii"),
                                     headers={"Content-Type": "application/json"})
    urllib.request.urlopen(request).read()
    with urllib.request.urlopen(f"{server}gradio_api/queue/data?session_hash={session_hash}", timeout=120) as stream:
        for line in stream:
            if line.startswith(b"data:"):
                message = json.loads(line[5:])
                if message.get("msg") == "process_completed":
                    assert message["success"], message
                    return message["output"]["data"][0]
    raise AssertionError("no answer")


def test_a_lone_surrogate_through_the_api_leaves_history_working(client, server):
    turn = raw_send(server, client.session_hash, "draw a fox \ud800 in the snow")
    assert turn["error"] is None and "\ufffd" in turn["text"]
    history = client.predict(api_name="/history")
    assert history["turns"][-1]["text"] == "draw a fox \ufffd in the snow"


def test_messages_render_no_remote_images(client):
    hostile = 'a cat ![x](http://example.com/a.png) <img src="http://example.com/b.png">'
    messages, *_ = client.predict({"text": hostile, "files": []}, api_name="/chat")
    import re

    shown = " ".join(part.get("text", "") for m in messages for part in m["content"] if isinstance(part, dict))
    assert "example.com/a.png" in shown and "example.com/b.png" in shown  # the words are kept...
    assert "<img" not in shown and not re.search(r"(?<!\\)!\[", shown)  # ...but no image tag or markdown image


def test_only_pictures_are_served_never_sessions_or_secrets(client, server):
    import urllib.error
    import urllib.request

    turn, _ = send(client, "draw a small house")
    secret = SESSIONS["dir"] / ".browser-secret"
    session_files = list(SESSIONS["dir"].glob("*.json"))
    assert secret.is_file() and session_files
    picture = Path(app_options().outputs) / turn["images"][0]["file"]
    with urllib.request.urlopen(f"{server}gradio_api/file={picture}") as response:
        assert response.status == 200
    for path in (secret, session_files[0]):
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(f"{server}gradio_api/file={path}")
        assert refused.value.code in (403, 404)


def test_no_stray_endpoints(server):
    import json
    import urllib.request

    with urllib.request.urlopen(f"{server}gradio_api/info") as response:
        info = json.loads(response.read())
    assert set(info["named_endpoints"]) == {"/chat", "/stop", "/new_chat", "/send", "/history", "/select"}
    assert not info["unnamed_endpoints"]


def test_only_one_page_load_event_sets_the_session_key(server):
    """A second writer of the key at page load (gr.State(callable)'s own load event) raced restore_session: when it
    finished last, the turns were filed under a key the browser didn't keep, and a reload showed an empty chat."""
    import json
    import urllib.request

    with urllib.request.urlopen(f"{server}config") as response:
        config = json.loads(response.read())
    (state,) = [c["id"] for c in config["components"] if c["type"] == "state"]
    writers = [d for d in config["dependencies"] if any(t[1] == "load" for t in d["targets"]) and state in d["outputs"]]
    assert [d["api_name"] for d in writers] == ["restore_session"]


def test_a_huge_select_id_is_refused_shortly(client):
    with pytest.raises(Exception) as refused:
        client.predict("x" * 100_000, api_name="/select")
    assert "No image" in str(refused.value) and len(str(refused.value)) < 500


# ------------------------------------------------------------------------------------------ sessions on disk


def test_session_store_restores_a_conversation_after_a_restart(tmp_path):
    import app

    services = shared_services()
    store = app.SessionStore(services, tmp_path)
    session = store.open(app.new_session_key())
    for text in ("draw a green frog on a leaf", "make it sunny"):
        for item in session.conversation.stream(text):
            pass
        session.transcript.append(app.turn_entry(text, [], item))
    store.save(session)

    restarted = app.SessionStore(services, tmp_path)  # a new process: nothing live in memory
    restored = restarted.get(session.key)
    assert restored is not session
    assert [r.to_dict() for r in restored.conversation.images] == [r.to_dict() for r in session.conversation.images]
    assert restored.conversation.current.id == session.conversation.current.id
    assert app.render_chat(restored) == app.render_chat(session)
    assert restarted.get("../../etc/passwd") is None and restarted.get("no-such-session-key-000000") is None


# ------------------------------------------------------------------------------------------ command line


@pytest.mark.slow
def test_starts_offline_with_nothing_cached_and_says_so(tmp_path):
    """`python app.py` with no hub and an empty hub cache: embedded LLM, demo image model, a banner, and it draws."""
    import json
    import urllib.request

    from gradio_client import Client

    from test_app_support import free_port

    port = free_port()
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "HF_HOME": str(tmp_path / "empty-hf-home")}
    log = open(tmp_path / "app.log", "w")
    process = subprocess.Popen([sys.executable, "app.py", "--port", str(port), "--outputs", str(tmp_path / "out")],
                               cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        url = f"http://127.0.0.1:{port}/"
        deadline = time.time() + 420  # first run on a fresh machine converts the embedded GGUF (about a minute)
        config = None
        while config is None:
            assert process.poll() is None, (tmp_path / "app.log").read_text()[-3000:]
            assert time.time() < deadline, "the app did not start"
            try:
                with urllib.request.urlopen(url + "config", timeout=5) as response:
                    config = json.loads(response.read())
            except OSError:
                time.sleep(1)
        page_text = json.dumps(config)
        assert "Using the demo image model" in page_text  # the banner, with how to get a real model
        assert "For real pictures" in page_text and "--image-model" in page_text
        assert "gemma-3-270m (embedded)" in page_text  # the settings name the embedded LLM

        turn, images = Client(url, verbose=False).predict("draw a small house by a river", [], api_name="/send")
        assert turn["error"] is None and len(images) == 1 and turn["images"][0]["model"] == "demo"
        assert (tmp_path / "out" / turn["images"][0]["file"]).is_file()  # relative to the outputs folder
    finally:
        process.terminate()
        process.wait(timeout=30)
        log.close()


def run_app(*args, env=None, timeout=120):
    return subprocess.run([sys.executable, "app.py", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=timeout, env={**os.environ, "HF_HUB_OFFLINE": "1", **(env or {})})


def test_help_lists_every_option():
    result = run_app("--help")
    assert result.returncode == 0, result.stderr
    for option in ("--image-model", "--llm", "--device", "--low-vram", "--outputs", "--host", "--port", "--share",
                   "--auth", "--offline", "--no-safety-checker"):
        assert option in result.stdout
    assert "127.0.0.1" in result.stdout  # the default host


@pytest.mark.parametrize("args", [["--share"], ["--host", "0.0.0.0"], ["--host", "192.168.1.5", "--port", "9"]])
def test_exposed_server_without_auth_refuses_to_start(args):
    result = run_app(*args, env={"EASEL_AUTH": ""})
    assert result.returncode == 2
    assert "--auth USER:PASSWORD" in result.stderr and "Refusing to start" in result.stderr


def test_server_arguments():
    import app

    parser = app.build_parser()
    check = lambda *argv: app.check_server_args(parser.parse_args(list(argv)))  # noqa: E731
    assert check("--auth", "") is None  # loopback needs no password
    assert check("--host", "localhost") is None
    assert check("--host", "0.0.0.0", "--auth", "ann:s3cret:x") == ("ann", "s3cret:x")
    with pytest.raises(ValueError, match="USER:PASSWORD"):
        check("--auth", "nopassword")
    with pytest.raises(ValueError, match="Refusing"):
        check("--host", "::", "--auth", "")
