"""Ideas offered and picked (chat.words.ideas): "what would you suggest for a flyer?" answered offline with three
numbered directions; "go with the first idea" draws that one.

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest tests/test_ideas.py -q
"""
from __future__ import annotations

import pytest

from chat.types import Action
from chat.words.ideas import asked_ideas_for, listed_ideas, offered_ideas, with_idea_picked
from offline_talk import say_in_order

LISTED = "Some ideas:\n1. a kite festival poster, paper cut-out style\n2) **a kite festival poster**, ink wash\n" \
         "3. a kite festival poster, neon\nWhich one?"


@pytest.mark.parametrize("text, thing", [
    ("what would you suggest for a bake sale banner?", "a bake sale banner"),
    ("hmm any ideas for our choir's concert poster?", "our choir's concert poster"),
    ("could you suggest a few ideas for a tattoo on my wrist", "a tattoo on my wrist"),
    ("what should I make for my dad's retirement card", "my dad's retirement card"),
    ("help me come up with an idea for a garden party invite", "a garden party invite"),
    ("what do you recommend?", ""),
    ("any suggestions?", ""),
])
def test_ideas_asked_for_and_what_they_are_for(text, thing):
    assert asked_ideas_for(text) == thing


@pytest.mark.parametrize("text", ["what would you suggest for sharper results?", "any tips for better prompts?",
                                  "what model do you recommend for a laptop?", "draw a kite", "what is a kite?"])
def test_advice_about_easel_or_anything_else_asks_no_ideas(text):
    assert asked_ideas_for(text) is None


def test_a_numbered_list_is_read_with_its_markdown_dropped():
    assert listed_ideas(LISTED) == ["a kite festival poster, paper cut-out style", "a kite festival poster, ink wash",
                                    "a kite festival poster, neon"]
    assert listed_ideas("no list here, just talk about 3 kites") == []


@pytest.mark.parametrize("text, drawn", [
    ("let's go with the first idea", "draw a kite festival poster, paper cut-out style"),
    ("number 3 pls", "draw a kite festival poster, neon"),
    ("option two sounds great!", "draw a kite festival poster, ink wash"),
    ("I'd pick the last one", "draw a kite festival poster, neon"),
    ("the second one but with more kites", "draw a kite festival poster, ink wash, with more kites"),
    ("2", "draw a kite festival poster, ink wash"),
])
def test_a_pick_of_the_listed_ideas_draws_it(text, drawn):
    assert with_idea_picked(text, LISTED) == drawn


@pytest.mark.parametrize("text, reply", [
    ("the first one", "Here's a kite (512×512, seed 1)."),  # no list: the first image, as before
    ("number 5", LISTED),  # no fifth idea
    ("3 more", LISTED),  # takes, not a pick
    ("a dragon kite", LISTED),
])
def test_no_pick_without_a_list_or_of_an_idea_not_there(text, reply):
    assert with_idea_picked(text, reply) == text


def test_offline_ideas_differ_in_look_and_keep_the_thing_named():
    ideas = offered_ideas("a surf shop logo", is_design=True)
    assert len(set(ideas)) == 3 and all(idea.startswith("a surf shop logo, ") for idea in ideas)
    assert offered_ideas("a lighthouse", is_design=False) != ideas


def test_asked_offline_then_picked_draws_the_idea_and_keeps_a_change():
    asked, picked = say_in_order(3, "what would you suggest for a surf shop logo?", "the third one, in teal please")
    assert asked.action is Action.CHAT and not asked.images
    ideas = listed_ideas(asked.reply)
    assert len(ideas) == 3 and "can't suggest ideas about the subject" in asked.reply
    assert picked.action is Action.GENERATE
    prompt = picked.images[0].prompt
    assert prompt.startswith(ideas[2].split(",")[0]) and "teal" in prompt
    assert ideas[2].split(", ")[1] in prompt


def test_ideas_asked_after_talk_are_for_what_the_talk_named():
    told, asked = say_in_order(4, "we're organising a charity fun run in june", "any ideas?")
    assert asked.action is Action.CHAT
    assert "charity fun run" in listed_ideas(asked.reply)[0]


@pytest.mark.parametrize("text, thing", [
    ("not sure what style would suit a poster for our jazz night. thoughts?", "a poster for our jazz night"),
    ("which colours would work best for a baby shower invite?", "a baby shower invite"),
])
def test_a_look_asked_for_a_thing_is_asked_as_ideas(text, thing):
    assert asked_ideas_for(text) == thing


@pytest.mark.parametrize("text, drawn", [
    ("ok let's try the ink wash then", "draw a kite festival poster, ink wash"),
    ("the neon one", "draw a kite festival poster, neon"),
])
def test_an_idea_picked_by_a_word_of_its_own(text, drawn):
    assert with_idea_picked(text, LISTED) == drawn


def test_a_word_every_idea_has_picks_none():
    assert with_idea_picked("let's try the poster", LISTED) == "let's try the poster"


def test_a_books_picture_is_drawn_as_an_illustration_of_what_it_is_about():
    ideas = offered_ideas("a bedtime book about a sleepy owl", is_design=False)
    assert all(idea.startswith("a bedtime book illustration of a sleepy owl, ") for idea in ideas)
    assert not any("photograph" in idea for idea in ideas)
