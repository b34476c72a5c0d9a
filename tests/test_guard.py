"""Every guard on a plan, one failure kind a test (own sentences): an LLM plan that fails falls back to the rules'
plan, and Details says why.

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest tests/test_guard.py -q
"""
from chat.plan import SlotOp, TurnPlan, plan_from_json
from chat.planner.guard import GuardContext, check_plan, looks_foreign
from chat.planner.explain import UNTRANSLATED
from chat.types import Action
from chat.words.scene import Scene
from test_plan_support import PlannerLLM, plan_dict, session


def fallback_notes(result) -> str:
    return " ".join(n for n in result.notes if "rules' plan was used" in n)


def with_picture(*answers):
    """A session with one picture (img-1, a fisherman on a pier) made by the LLM's plan, then these answers."""
    llm = PlannerLLM(plan_dict(ops=[("set", "subject", "an old fisherman mending a net on a pier")]), *answers)
    conv = session(llm)
    first = conv.respond("an old fisherman mending a net on a pier")
    assert first.action is Action.GENERATE and conv.current.id == "img-1"
    return conv, first


def test_a_plan_that_drops_the_subject_falls_back_with_the_reason():
    llm = PlannerLLM(plan_dict(ops=[("set", "subject", "a bicycle"), ("set", "style", "watercolor")]))
    result = session(llm).respond("a rusty penny-farthing leaning on a brick wall, watercolor")
    assert "penny-farthing" in result.prompt and "brick wall" in result.prompt
    assert "dropped the user's words" in fallback_notes(result) and "penny-farthing" in fallback_notes(result)


def test_a_negative_in_the_positive_prompt_is_refused():
    llm = PlannerLLM(plan_dict(ops=[("set", "subject", "a quiet beach at dawn with umbrellas")]))
    result = session(llm).respond("a quiet beach at dawn, no umbrellas")
    assert "umbrellas" not in result.prompt and "umbrellas" in result.negative_prompt
    assert "'umbrellas' was excluded but is in the positive prompt" in fallback_notes(result)


def test_a_plan_negative_that_is_also_in_the_ops_is_refused():
    plan = plan_from_json(plan_dict(ops=[("set", "subject", "a forest path with fog")], negatives=["fog"]))
    problems = check_plan(plan, GuardContext(text="a forest path"))
    assert problems == ["'fog' was excluded but is in the positive prompt"]


def test_count_twelve_is_rejected():
    llm = PlannerLLM(plan_dict(ops=[("set", "subject", "paper lanterns")], count=12))
    result = session(llm).respond("twelve paper lanterns over a river")
    assert len(result.images) <= 8 and "count=12" in fallback_notes(result)


def test_a_target_that_does_not_exist_is_refused():
    conv, _ = with_picture(plan_dict("edit", target="img-9", ops=[("set", "weather", "rain")]))
    result = conv.respond("make it rainy")
    assert result.action is Action.EDIT and result.source == "img-1"
    assert "'img-9' does not exist" in fallback_notes(result)


def test_make_him_smile_is_an_edit_of_the_current_picture():
    conv, first = with_picture(plan_dict("generate", ops=[("set", "subject", "a smiling man")]))
    result = conv.respond("make him smile")
    assert result.action is Action.EDIT and result.source == "img-1"
    assert result.images[0].parent == "img-1" and "fisherman" in result.prompt
    assert "'him' refers to the current picture" in fallback_notes(result)


def test_a_pronoun_edit_from_the_llm_passes_and_keeps_the_picture():
    conv, first = with_picture(plan_dict("edit", target="img-1", ops=[("add", "subject", "a wide smile")]))
    result = conv.respond("give him a wide smile")
    assert result.action is Action.EDIT and result.source == "img-1" and not fallback_notes(result)
    assert "fisherman" in result.prompt and "wide smile" in result.prompt


def test_a_new_place_replaces_the_old_one():
    conv, _ = with_picture(plan_dict("edit", target="img-1", ops=[("replace", "setting", "in a snowy harbor")]))
    result = conv.respond("put him somewhere else, in a snowy harbor")
    assert result.action is Action.EDIT and "snowy harbor" in result.prompt and "pier" not in result.prompt


def test_an_edit_without_a_picture_is_refused():
    llm = PlannerLLM(plan_dict("edit", ops=[("set", "time", "night")]))
    result = session(llm).respond("a lighthouse at night")
    assert result.action is Action.GENERATE and "edit needs a picture" in fallback_notes(result)


def test_a_plan_that_changes_nothing_is_refused():
    plan = TurnPlan(Action.GENERATE, source="llm")
    assert check_plan(plan, GuardContext(text="a teapot")) == ["the plan changes nothing the message asks for"]


def test_asking_for_video_is_never_a_picture():
    conv, _ = with_picture(plan_dict("generate", ops=[("set", "subject", "a video of the fisherman")]))
    result = conv.respond("make a video of him rowing away")
    assert result.action is Action.CHAT and not result.images and "video" in result.reply.lower()
    assert "still images" in result.reply


def test_a_translated_plan_passes_and_details_show_the_original():
    llm = PlannerLLM(plan_dict(ops=[("set", "subject", "a red house by the sea"), ("set", "style", "watercolor")]))
    result = session(llm).respond("une maison rouge au bord de la mer, à l'aquarelle")
    assert result.action is Action.GENERATE and "red house by the sea" in result.prompt
    assert any("translated into English from: une maison rouge" in n for n in result.notes)


def test_an_untranslated_plan_falls_back_and_the_reply_says_so():
    llm = PlannerLLM(plan_dict(ops=[("set", "subject", "une maison rouge au bord de la mer")]))
    result = session(llm).respond("dessine une maison rouge au bord de la mer")
    assert "untranslated" in fallback_notes(result) and result.reply.endswith(UNTRANSLATED)


def test_without_an_llm_another_language_is_drawn_from_the_word_list_or_as_written_and_said():
    result = session(None).respond("dibuja un gato negro sobre una mesa con flores")
    assert result.action is Action.GENERATE and "black cat on a table with flowers" in result.prompt
    assert "word by word" in result.reply
    unknown = session(None).respond("dibuja un tamandúa junto al manantial cristalino")
    assert "tamandúa" in unknown.prompt and UNTRANSLATED in unknown.reply


def test_looks_foreign_is_not_fooled_by_english():
    assert looks_foreign("ein Hund mit einem roten Ball im Park, bitte")
    assert not looks_foreign("a dog with a red ball in the park, please")
    assert not looks_foreign("a café on la rambla at dusk")


def test_a_good_plan_passes_every_check():
    plan = TurnPlan(Action.EDIT, target="img-1", ops=[SlotOp("set", "weather", "foggy")], source="llm")
    ctx = GuardContext(text="make it foggy", image_ids=["img-1"], current_id="img-1",
                       scene=Scene(subject="a stone bridge"))
    assert check_plan(plan, ctx) == []


def test_a_greeting_is_never_a_picture():
    conv, _ = with_picture(plan_dict("edit", target="img-1", ops=[("add", "subject", "hello, how are you")]))
    result = conv.respond("hello, how are you?")
    assert result.action is Action.CHAT and not result.images
    assert "a greeting or thanks is a chat turn" in fallback_notes(result)


def test_it_means_the_current_picture_not_an_older_one():
    conv, _ = with_picture(plan_dict(ops=[("set", "subject", "a green kayak on a lake")]),
                           plan_dict("edit", target="img-1", ops=[("set", "time", "sunset")]))
    assert conv.respond("a green kayak on a lake").images[0].id == "img-2"
    result = conv.respond("make it sunset")
    assert result.action is Action.EDIT and result.source == "img-2" and "kayak" in result.prompt
    assert "'it' means the current picture (img-2), not img-1" in fallback_notes(result)
