"""Many users at once: two gradio clients talk to one app at the same time and each sees only its own conversation.

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest tests/test_app_sessions.py -q
"""
from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest

from test_app_support import running_app


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with running_app(tmp_path_factory.mktemp("sessions")) as (demo, url):
        yield url


def converse(url: str, subject: str) -> dict:
    """One user's short conversation through the page's own event; returns what that user can see afterwards."""
    from gradio_client import Client

    client = Client(url, verbose=False)
    shown = None
    for text in (f"draw {subject}", "make it night"):
        shown = client.predict({"text": text, "files": []}, api_name="/chat")
    messages, _, _, gallery, _ = shown
    return {"messages": messages, "gallery": gallery["value"], "history": client.predict(api_name="/history")}


def test_two_clients_at_once_see_only_their_own_conversation(server):
    subjects = {"ann": "a yellow submarine under the sea", "bob": "a snowy mountain village"}
    with ThreadPoolExecutor(max_workers=2) as pool:
        futures = {name: pool.submit(converse, server, subject) for name, subject in subjects.items()}
        seen = {name: future.result(timeout=240) for name, future in futures.items()}

    for name, subject in subjects.items():
        other = subjects["bob" if name == "ann" else "ann"]
        view = seen[name]
        texts = " ".join(part.get("text", "") for m in view["messages"] for part in m["content"])
        assert subject in texts and other not in texts
        assert [turn["text"] for turn in view["history"]["turns"]] == [f"draw {subject}", "make it night"]
        prompts = [image["prompt"] for image in view["history"]["images"]]
        assert len(prompts) == 2 and all(subject.split()[-1] in p for p in prompts)  # "sea" / "village"
        assert len(view["gallery"]) == 2

    files = {name: {image["file"] for image in view["history"]["images"]} for name, view in seen.items()}
    assert not files["ann"] & files["bob"], "no image is shared between sessions"
    ids = {name: [image["id"] for image in view["history"]["images"]] for name, view in seen.items()}
    assert ids["ann"] == ids["bob"] == ["img-1", "img-2"]  # each session numbers its own images


def test_a_client_cannot_select_another_sessions_image(server):
    from gradio_client import Client

    first, second = Client(server, verbose=False), Client(server, verbose=False)
    first.predict("draw a red kite in the sky", [], api_name="/send")
    with pytest.raises(Exception, match="No image"):
        second.predict("img-1", api_name="/select")
    assert second.predict(api_name="/history")["images"] == []
