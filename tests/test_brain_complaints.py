"""Complaints about the picture on screen: "that's not what I meant" (with or without what was wanted), a body part
drawn wrong, a thing in the wrong place, a critique followed by its fix, a price or date on a sign that must change,
two parts changed in one breath.

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest tests/test_brain_complaints.py -q

Every sentence here is this file's own (none is taken from an eval set).
"""
import re

import pytest

from chat.conversation import ChatSettings, Conversation
from chat.nopixels import NoPixelEngine
from chat.services import Services
from chat.types import Action
from chat.words.critique import anatomy_fault, missed
from chat.words.edit import apply_edit
from chat.words.nounphrase import subject_head
from chat.words.rephrase import as_edit_command
from chat.words.scene import Scene


def after_picture(message: str, first: str):
    conv = Conversation(Services(llm=None, engine=NoPixelEngine("sd-turbo")), ChatSettings(rng_seed=3))
    conv.respond(first)
    return conv.respond(message)


@pytest.mark.parametrize("message, wanted", [
    ("that's not what I meant, I wanted a wooden rowing boat", "a wooden rowing boat"),
    ("nope, not what i asked for. i want a sailing boat", "i want a sailing boat"),
    ("no, not that kind of boat, I meant a gravy boat", "a gravy boat"),
    ("this is all wrong, it should be at night", "it should be at night"),
    ("That isn't what I had in mind I wanted it in winter", "make it in winter"),
    ("that's not what I meant", ""),
    ("ugh this isn't it at all", ""),
    ("wrong!", ""),
])
def test_a_missed_picture_and_what_was_wanted(message, wanted):
    assert missed(message) == wanted


@pytest.mark.parametrize("message", ["it is wrong to", "wrong one", "this is it!", "its not bad", "that is not a cat",
                                     "not sure"])
def test_other_sentences_do_not_say_the_picture_missed(message):
    assert missed(message) is None


def test_a_bare_rejection_asks_what_was_wanted_without_the_small_model():
    result = after_picture("that's not what I wanted", "a rowing boat on a lake")
    assert result.action is Action.CHAT and "missed" in result.reply and "small offline model" not in result.reply


def test_what_was_wanted_is_drawn():
    result = after_picture("that's not what I meant, I wanted a paper boat", "a rowing boat on a lake")
    assert result.action is Action.GENERATE and result.prompt.startswith("a paper boat")


def test_it_should_be_after_a_rejection_changes_the_picture():
    result = after_picture("no that's wrong, it should be darker", "a rowing boat on a lake")
    assert result.action is Action.EDIT and "darker" in result.prompt and "wrong" not in result.prompt


@pytest.mark.parametrize("message, part", [
    ("the hands look weird", "hands"), ("his fingers are all messed up", "hands"), ("she has six fingers", "hands"),
    ("why does he have 3 arms", "arms"), ("the face looks kinda creepy", "face"), ("fix her eyes", "eyes"),
    ("ugh the teeth look horrible", "teeth"),
])
def test_body_parts_drawn_wrong(message, part):
    assert anatomy_fault(message) == part


@pytest.mark.parametrize("message", ["the eyes look happy", "fix the sky", "the hands are holding a cup",
                                     "her face is lit by the fire"])
def test_other_remarks_about_body_parts_are_no_fault(message):
    assert anatomy_fault(message) is None


def test_a_hand_fault_is_repainted_with_the_faults_kept_out():
    result = after_picture("his hands look really weird", "a chef holding a knife")
    assert result.action is Action.EDIT and "well-formed hands" in result.prompt and "chef" in result.prompt
    assert "extra fingers" in result.negative_prompt and "weird" not in result.prompt + result.negative_prompt


def test_a_thing_moved_against_another_replaces_the_old_place():
    plan = apply_edit(Scene(subject="a puppy next to a basket"), "put the puppy inside the basket")
    assert plan.scene.subject == "a puppy inside a basket" and not plan.scene.negatives


def test_should_be_somewhere_keeps_the_subject():
    result = after_picture("the puppy should be in the basket, not beside it", "a puppy beside a basket")
    assert result.action is Action.EDIT and result.prompt.startswith("a puppy in a basket")
    assert "puppy" not in result.negative_prompt


@pytest.mark.parametrize("message, command", [
    ("the owl looks too cute, make it spookier", "make the owl spookier"),
    ("the teapot came out grey. paint it blue", "paint the teapot blue"),
    ("he looks too old - make him younger", "make him younger"),
    ("label the bones", "label the bones"),
    ("could you label each of the countries please", "label the countries"),
    ("can we see it from above instead", "show it from above"),
])
def test_a_critique_then_its_fix_and_other_readings(message, command):
    assert as_edit_command(message) == command


def test_the_critique_leaves_no_words_in_the_prompt():
    result = after_picture("he looks too old, make him younger", "a portrait of a fisherman")
    assert "younger" in result.prompt and "too old" not in result.prompt and "fisherman" in result.prompt


@pytest.mark.parametrize("first, change, wanted", [
    ('a cafe board that says "Iced Tea $4"', "change the price to $5", '"Iced Tea $5"'),
    ('a cafe board that says "Iced Tea $4"', "change the price to 6", '"Iced Tea $6"'),
    ('a banner that says "Spring Sale 15% off"', "update the discount to 25%", '"Spring Sale 25% off"'),
    ('a flyer that says "Yoga in the park, Sunday 10am"', "change the time to 11am", '"Yoga in the park, Sunday 11am"'),
    ('a card that says "Save the date: 3 May 2028"', "change the date to 10 May", '"Save the date: 10 May 2028"'),
])
def test_a_value_in_the_lettering_changes_alone(first, change, wanted):
    result = after_picture(change, first)
    assert result.action is Action.EDIT and wanted in result.prompt
    assert result.prompt.count('"') == 2  # no second text added


@pytest.mark.parametrize("subject, change, has, lacks", [
    ("a tractor pulling a trailer", "make the tractor muddy and old and the trailer overgrown",
     ["muddy and old tractor", "overgrown trailer"], []),
    ("a barn with a field", "make the barn red and the field full of sunflowers", ["red barn", "field full of sunflowers"],
     []),
    ("a fox in a den", "make the den darker with a lantern", ["darker den", "a lantern"], []),
    ("a macaron with pistachio filling", "make it a whole tray of them", ["a whole tray of macarons with pistachio"], []),
])
def test_two_changes_in_one_breath(subject, change, has, lacks):
    plan = apply_edit(Scene(subject=subject), change)
    words = ", ".join([plan.scene.subject, *plan.scene.details])
    assert all(h in words for h in has), words
    assert not plan.scene.negatives, plan.scene.negatives


def test_a_look_without_an_article_changes_the_part_not_the_thing():
    plan = apply_edit(Scene(subject="a lamp on a desk"), "make the lamp weathered")
    assert "lamp" in plan.scene.subject + " ".join(plan.scene.details) and not plan.scene.negatives


@pytest.mark.parametrize("subject, head", [("a rusty and old truck in a field", "truck"), ("a cat and dog sleeping", "cat"),
                                           ("a black and white cow", "cow")])
def test_paired_looks_before_the_noun(subject, head):
    assert subject_head(subject) == head


@pytest.mark.parametrize("message, count, wanted", [
    ("could you do 2 more but with a red scarf", 2, "red scarf"),
    ("3 more in watercolor", 3, "watercolor"),
    ("another one but at dusk", 1, "dusk"),
    ("give me a couple more without the bench", 2, None),
])
def test_more_takes_with_a_change(message, count, wanted):
    result = after_picture(message, "a snowman next to a bench")
    assert result.action is Action.EDIT and len(result.images) == count
    assert (wanted in result.prompt) if wanted else ("bench" in result.negative_prompt)
    if count > 1:
        assert len({image.seed for image in result.images}) == count and "new seeds" in result.reply


@pytest.mark.parametrize("message, start", [
    ("my niece adores foxes and turns seven soon, I'm making her a card, maybe a fox with a party hat?", "a fox with a party hat"),
    ("I was thinking of a sign for our car boot sale, something with bunting", "a sign for our car boot sale"),
])
def test_an_idea_offered_after_a_story_is_drawn(message, start):
    conv = Conversation(Services(llm=None, engine=NoPixelEngine("sd-turbo")), ChatSettings(rng_seed=3))
    result = conv.respond(message)
    assert result.action is Action.GENERATE and result.prompt.startswith(start) and "thinking" not in result.prompt


def test_make_it_so_names_the_part():
    assert as_edit_command("could you make it so the windows are glowing") == "make the windows glowing"


def test_colour_advice_for_the_picture_on_screen():
    from PIL import Image

    from chat.colour_wheel import main_colour, picture_colour_advice
    assert main_colour(Image.new("RGB", (32, 32), (200, 40, 40))) == "red"
    assert main_colour(Image.new("RGB", (32, 32), (120, 120, 120))) == "grey"
    green = Image.new("RGB", (32, 32), (40, 200, 40))
    answer = picture_colour_advice("which colours would go well with this?", lambda: green)
    assert answer.startswith("This picture is mostly green")
    assert picture_colour_advice("which colours would go well with this?", lambda: None) is None


def test_upscale_to_a_size_covers_it_and_says_the_shape():
    result = after_picture("upscale it to 1600x900 please", "a snowman next to a bench")
    assert result.action is Action.UPSCALE and result.images[0].width >= 1600 and "keeps its shape" in result.reply


def test_a_smaller_size_is_refused_plainly():
    result = after_picture("resize it to 300x300", "a snowman next to a bench")
    assert "only make pictures bigger" in result.reply


@pytest.mark.parametrize("subject, thing, left", [
    ("a scarecrow with a straw hat in a field", "hat", "a scarecrow in a field"),
    ("a boy with a kite on a beach", "kite", "a boy on a beach"),
    ("a bedroom with a cat on the pillow", "cat", "a bedroom"),
])
def test_removing_a_thing_keeps_the_setting_but_not_its_own_spot(subject, thing, left):
    from chat.words.nounphrase import remove_object
    assert remove_object(subject, thing)[0] == left


@pytest.mark.parametrize("subject, head", [("a real looking blue lizard", "lizard"), ("a spooky looking house", "house"),
                                           ("a girl looking at the stars", "girl")])
def test_a_look_said_with_looking_is_no_head(subject, head):
    from chat.words.detail import head_noun
    assert subject_head(subject) == head and head_noun(subject) == head


def test_a_path_to_a_door_is_no_gift_to_the_door():
    plan = apply_edit(Scene(subject="a barn in a meadow"), "it's missing a track to the gate")
    assert "a track to the gate" in plan.scene.details


def test_the_thing_again_but_changed():
    assert as_edit_command("the kite again but bigger") == "make the kite bigger"


@pytest.mark.parametrize("change", ["make her a dwarf instead", "make him an orc", "make the druid an elf"])
def test_a_kind_of_being_joins_the_role(change):
    plan = apply_edit(Scene(subject="a druid reading by a campfire"), change)
    assert re.search(r"\b(?:dwarf|orc|elf) druid reading by a campfire", plan.scene.subject) and not plan.scene.negatives


@pytest.mark.parametrize("change, detail", [("make it feel livelier", "lively atmosphere"), ("make the room feel calmer", "calm atmosphere"),
                                            ("make it look more elegant", "elegant look")])
def test_a_mood_asked_for_is_named_not_quoted(change, detail):
    assert detail in apply_edit(Scene(subject="a hotel lobby"), change).scene.details


@pytest.mark.parametrize("message", ["meh", "nah", "not great", "i don't like it", "that's boring"])
def test_a_lukewarm_word_asks_what_to_change(message):
    result = after_picture(message, "a rowing boat on a lake")
    assert result.action is Action.CHAT and "missed" in result.reply


@pytest.mark.parametrize("message", ["no people", "not bad", "no thanks"])
def test_other_short_replies_are_not_read_as_a_miss(message):
    assert missed(message) is None


@pytest.mark.parametrize("subject, change, has", [
    ("a harbour at dusk", "could you also do one at dawn?", "dawn"),
    ("three kids on a bench", "make them look like they're singing", "singing"),
    ("a quiet meadow", "can you put a fox in it? a sleepy one, near the front", "a sleepy fox"),
    ("a cake shaped like a boat", "make the sails white chocolate and the hull caramel", "caramel hull"),
])
def test_words_that_point_at_the_change(subject, change, has):
    plan = apply_edit(Scene(subject=subject), change)
    words = ", ".join([plan.scene.subject, *plan.scene.details, plan.scene.time])
    assert has in words and " one " not in f" {words} " and "they're" not in words


def test_parts_the_words_never_named_are_still_an_edit():
    result = after_picture("make the roof gingerbread and the door candy", "a cake shaped like a cottage")
    assert result.action is Action.EDIT and "cottage" in result.prompt


@pytest.mark.parametrize("subject, change, wanted", [
    ("a mermaid on a rock", "make her tail teal", "teal tail"),
    ("a knight on a horse", "make his cape gold", "gold cape"),
])
def test_a_part_the_words_never_named_gets_its_colour(subject, change, wanted):
    plan = apply_edit(Scene(subject=subject), change)
    assert wanted in plan.scene.details and subject == plan.scene.subject


def test_the_same_thing_described_anew_replaces_it():
    plan = apply_edit(Scene(subject="a sandcastle on a beach"), "make it a huge sandcastle with towers")
    assert plan.scene.subject == "a huge sandcastle with towers on a beach" and not plan.scene.details
