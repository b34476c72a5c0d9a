"""Each action's handler on its own, called the way Conversation.stream dispatches it (HANDLERS[action]).

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest tests/test_handlers.py -q
"""
from __future__ import annotations

import pytest

from chat.conversation import ChatSettings, Conversation
from chat.handlers import HANDLERS, TurnFailure, find_target
from chat.handlers.describe import question_for_captioner
from chat.handlers.talk import HISTORY_CHARS, chat_messages
from chat.nopixels import NoPixelEngine
from chat.words.route import Route
from chat.services import Services
from chat.types import Action, ImageMethod, TurnResult, TurnUpdate
from fakes import ScriptedLLM


@pytest.fixture
def conv():
    return Conversation(Services(llm=ScriptedLLM(default="Sure thing."), engine=NoPixelEngine("sd-turbo")),
                        ChatSettings(rng_seed=5))


def run(conv, action, text, **route):
    """Drive one handler to its TurnResult; returns (updates, result)."""
    conv.state.turn += 1
    items = list(HANDLERS[action](conv, text, Route(action, "test", **route), []))
    assert all(isinstance(i, TurnUpdate) for i in items[:-1])
    assert isinstance(items[-1], TurnResult)
    return items[:-1], items[-1]


def test_every_action_has_a_handler():
    assert set(HANDLERS) == set(Action)


def test_generate_draws_new_seeds_at_the_size_the_words_ask_for(conv):
    updates, result = run(conv, Action.GENERATE, "a wide banner of a lighthouse", count=2)
    assert result.action is Action.GENERATE and len(result.images) == 2
    assert {r.method for r in result.images} == {ImageMethod.TXT2IMG.value}
    assert result.images[0].width > result.images[0].height
    assert len({r.seed for r in result.images}) == 2
    assert updates[0].status == "Writing the prompt…"


def test_edit_keeps_the_seed_for_a_global_change_and_reports_the_method(conv):
    _, first = run(conv, Action.GENERATE, "a castle at sunset")
    _, edited = run(conv, Action.EDIT, "make it night")
    assert edited.method == "reprompt" and edited.images[0].seed == first.images[0].seed
    assert edited.images[0].parent == first.images[0].id and "night" in edited.prompt


def test_edit_without_a_picture_fails_with_a_message(conv):
    with pytest.raises(TurnFailure, match="no picture to change"):
        run(conv, Action.EDIT, "make it night")


def test_variations_use_new_seeds_and_the_same_prompt(conv):
    _, first = run(conv, Action.GENERATE, "a red fox")
    _, more = run(conv, Action.VARIATIONS, "3 more", count=3)
    assert len(more.images) == 3 and more.prompt == first.prompt
    assert first.images[0].seed not in {r.seed for r in more.images}
    assert {r.method for r in more.images} == {ImageMethod.VARIATION.value}


def test_upscale_doubles_the_size(conv):
    _, first = run(conv, Action.GENERATE, "a red fox")
    _, big = run(conv, Action.UPSCALE, "bigger")
    assert big.images[0].width == 2 * first.images[0].width and big.method == "upscale"


def test_revert_walks_back_and_names_targets(conv):
    with pytest.raises(TurnFailure, match="no earlier picture"):
        run(conv, Action.REVERT, "undo", target="previous")
    _, batch = run(conv, Action.GENERATE, "a cat", count=3)
    assert find_target(conv, "2").id == batch.images[1].id  # the second of the latest batch
    assert find_target(conv, "first").id == batch.images[0].id
    _, back = run(conv, Action.REVERT, "the third one", target="3")
    assert back.images[0].id == batch.images[2].id and conv.state.current_id == batch.images[2].id


def test_describe_without_a_captioner_says_what_the_prompt_was(conv):
    _, first = run(conv, Action.GENERATE, "a red fox")
    _, said = run(conv, Action.DESCRIBE, "what's in this picture?")
    assert said.action is Action.DESCRIBE and said.source == first.images[0].id and "fox" in said.reply


def test_question_for_captioner_keeps_specific_questions_only():
    assert question_for_captioner("describe this") is None
    assert question_for_captioner("How many birds are there?") == "How many birds are there?"


def test_chat_streams_the_llm_answer_and_keeps_history_in_budget(conv):
    updates, result = run(conv, Action.CHAT, "why is the sky blue?")
    assert result.reply == "Sure thing." and any(u.text for u in updates)
    conv.state.history = [{"role": "user", "content": "x" * HISTORY_CHARS}, {"role": "assistant", "content": "ok"}]
    messages = chat_messages(conv, "and now?")
    assert messages[0]["role"] == "system" and messages[-1] == {"role": "user", "content": "and now?"}
    assert all(len(m["content"]) < HISTORY_CHARS for m in messages[1:])  # the long old turn is left out


def test_chat_without_an_llm_gives_the_fallback(conv):
    conv.services.llm = None
    _, result = run(conv, Action.CHAT, "tell me something about rivers")
    assert result.reply and result.error is None


def test_a_turn_streams_previews_the_decode_and_then_a_wait_estimate(tmp_path):
    """On the demo model (2 steps): a live preview before the last step, a decoding status after it, and from the
    second picture on, the wait estimate measured from the first ("about … s on this CPU, 2 steps")."""
    from imaging import Engine, EngineConfig

    engine = Engine(EngineConfig(model="demo", outputs_dir=str(tmp_path), offline=True, tiny_vae="auto"))
    conv = Conversation(Services(llm=ScriptedLLM(default="ok"), engine=engine), ChatSettings(rng_seed=5))
    first, _ = run(conv, Action.GENERATE, "a red fox in the snow")
    assert [u for u in first if u.preview is not None], [u.status for u in first]
    drawing = [u.status for u in first if u.status.startswith("Drawing")]
    assert drawing[0] == "Drawing…"  # nothing measured yet: no estimate is made up
    assert any(u.status == "Decoding the picture…" for u in first)
    second, result = run(conv, Action.GENERATE, "a blue heron at dawn")
    drawing = [u.status for u in second if u.status.startswith("Drawing")]
    assert drawing[0].startswith("Drawing (about ") and "2 steps" in drawing[0], drawing
    assert result.images and engine.flush(30)


def test_the_page_shows_a_preview_as_a_small_inline_picture():
    from PIL import Image

    from ui.render import PREVIEW_SIDE, preview_html

    html = preview_html(Image.new("RGB", (512, 384), (200, 10, 10)))
    assert html.strip().startswith('<img src="data:image/jpeg;base64,') and f'width="{PREVIEW_SIDE}"' in html


def test_a_picture_that_could_not_be_saved_says_so_in_its_turn_and_the_next_turn_is_clean(tmp_path):
    from imaging import Engine, EngineConfig

    blocked = tmp_path / "outputs"
    blocked.write_text("a file where the outputs folder should be")  # every write fails: Not a directory
    engine = Engine(EngineConfig(model="demo", outputs_dir=str(blocked), offline=True))
    conv = Conversation(Services(llm=ScriptedLLM(default="ok"), engine=engine), ChatSettings(rng_seed=5))
    _, result = run(conv, Action.GENERATE, "a red fox in the snow")
    assert result.images, "the picture is still shown"
    assert any(n.startswith("the picture could not be saved: ") for n in result.notes), result.notes
    blocked.unlink()
    _, result = run(conv, Action.GENERATE, "a blue heron at dawn")
    assert not [n for n in result.notes if "could not be saved" in n], result.notes
