"""Subject-specific detail: the additions fit the subject, vary between subjects, never override the user's slots.

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest tests/test_words_detail.py -q
"""
import re

import pytest

from chat.words import detail
from chat.words.request import parse_request
from chat.words.scene import Scene, estimate_tokens, render_prompt


def added(text, **kw):
    scene = parse_request(text).scene
    base = render_prompt(scene, enrich=False)
    prompt = render_prompt(scene, **kw)
    assert prompt.startswith(base), (base, prompt)  # the user's words lead, verbatim
    return prompt[len(base):]


@pytest.mark.parametrize("subject,category", [
    ("a hedgehog curled up in autumn leaves", "animal"), ("a plate of spaghetti with meatballs", "food"),
    ("a lighthouse keeper's daughter reading", "person"), ("a vintage motorcycle", "vehicle"),
    ("a neon-lit alley in a rainy metropolis", "city"), ("a wizard's tower floating in the clouds", "fantasy"),
])
def test_category_fits_the_subject(subject, category):
    assert detail.categorize(subject) == category


def test_detail_differs_between_subjects_and_is_stable_for_one():
    a, b = added("a hedgehog in the grass"), added("a sailing boat at the harbour")
    wa, wb = set(re.findall(r"\w+", a)), set(re.findall(r"\w+", b))
    assert len(wa & wb) / len(wa | wb) < 0.3, (a, b)
    assert added("a hedgehog in the grass") == a  # an edit that keeps the subject keeps its detail


def test_user_slots_are_not_doubled():
    scene = parse_request("a fox in the snow at night, watercolor").scene
    extra = render_prompt(scene)[len(render_prompt(scene, enrich=False)):].lower()
    assert "photograph" not in extra and "lens" not in extra and "light" not in extra.replace("highlight", "")
    framed = Scene(subject="a fox", framing="close-up shot")
    assert "lens" not in render_prompt(framed)[len(render_prompt(framed, enrich=False)):]


def test_additions_name_no_people_text_or_brands():
    banks = " ".join(p for c in detail.CATEGORIES for phrases in c.bank.values() for p in phrases)
    assert '"' not in banks and "'" not in banks.replace("{noun}'s", "")
    for word in ("woman", "man ", "girl", "boy", "canon", "nikon", "leica", "kodak", "rembrandt", "greg"):
        assert word not in banks.lower()
    assert "woman" not in added("a teapot on a table").lower()


def test_detail_stays_within_the_token_budget():
    long = "a very long request about " + " ".join(f"thing{i}" for i in range(70))
    scene = parse_request(long).scene
    assert render_prompt(scene, token_limit=77) == render_prompt(scene, enrich=False)  # words kept, nothing added
    short = parse_request("a red kite").scene
    assert estimate_tokens(render_prompt(short, token_limit=30)) <= 30


def test_keywords_decide_without_the_embedding_model(monkeypatch):
    monkeypatch.setenv("EASEL_NO_EMBEDDINGS", "1")
    detail.categorize.cache_clear()
    try:
        assert detail.categorize("a grumpy quokka") == detail.DEFAULT_CATEGORY  # (no list names a quokka)
        assert detail.categorize("three puppies in a basket") == "animal"
    finally:
        detail.categorize.cache_clear()


def test_head_noun():
    assert detail.head_noun("a red fox in the snow") == "fox"
    assert detail.head_noun("a portrait of an old fisherman, oil painting") == "fisherman"
