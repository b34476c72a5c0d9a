"""Stop 23's readings, each with sentences of our own (not from any eval set).

    .venv/bin/python -m pytest -q tests/test_brain_structure23.py
"""
import pytest

from chat.types import Action
from chat.words.edit import apply_edit
from chat.words.glossary import gloss
from chat.words.mixed import read_mixed
from chat.words.normalize import as_said
from chat.words.route import RouteContext, route
from chat.words.scene import Scene, remove_terms, render_prompt

STORMY = RouteContext(has_current=True, image_count=1, last_batch=1, scene_words={"sea", "boat", "stormy"})


@pytest.mark.parametrize("message", ["calm the sea down", "could you calm it down a little", "liven it up",
                                     "brighten the hallway up a bit"])
def test_a_phrasal_verb_of_a_look_edits_the_picture(message):
    assert route(message, STORMY).action is Action.EDIT


@pytest.mark.parametrize("message", ["make the sea calm", "calm the sea down"])
def test_a_look_that_undoes_another_takes_its_place(message):
    plan = apply_edit(Scene(subject="a stormy sea with a small fishing boat"), message)
    assert plan.scene.subject == "a calm sea with a small fishing boat"
    assert not plan.scene.negatives  # the sea is no negative: it is still there


def test_a_bare_adjective_after_a_part_is_its_look_not_a_new_thing():
    plan = apply_edit(Scene(subject="a lake with a wooden cabin"), "make the cabin quiet")
    prompt = render_prompt(plan.scene)
    assert "cabin" in prompt and "quiet" in prompt
    assert "cabin" not in plan.scene.negatives
    assert apply_edit(Scene(subject="a busy street with a cafe"), "make the street quiet").scene.subject == \
        "a quiet street with a cafe"


def test_a_person_cheered_up_loses_the_opposite_look():
    plan = apply_edit(Scene(subject="a grumpy old man on a bench"), "cheer him up")
    prompt = render_prompt(plan.scene)
    assert "grumpy" not in prompt
    assert prompt.startswith("an old man on a bench") and "happier" in prompt


def test_a_part_said_to_stay_keeps_that_colour():
    scene = Scene(subject="a red vintage car on a street, pink sky")
    plan = apply_edit(scene, "no wait, i said the car should stay blue, only change the sky")
    prompt = render_prompt(plan.scene)
    assert "blue vintage car" in prompt and "red" not in prompt and "pink sky" in prompt
    assert "stay" not in prompt and "only change" not in prompt


@pytest.mark.parametrize("phrase, left", [
    ("a locomotive at night, headlights on, a bit of fog down in the valley", "a locomotive at night, headlights on"),
    ("a lake with some fog", "a lake"),
    ("a castle with a bit of fog over the moat, at dawn", "a castle, at dawn"),
])
def test_weather_taken_out_takes_its_quantity_and_place(phrase, left):
    assert remove_terms(phrase, ["fog"]) == left


@pytest.mark.parametrize("said, typed", [
    ("remove the cat comma and make the sky pink period", "remove the cat, and make the sky pink."),
    ("can you make it blue question mark", "can you make it blue?"),
    ("a knight from the medieval period", "a knight from the medieval period"),  # a period named, not said
    ("a comma butterfly on a leaf", "a comma butterfly on a leaf"),
    ("okay so what I want is a picture of a red barn", "okay so I want a picture of a red barn"),
])
def test_dictated_punctuation_and_a_cleft_request_read_as_typed(said, typed):
    assert as_said(said) == typed


def test_a_request_said_as_what_i_want_is_a_picture_is_drawn():
    assert route(as_said("so what we want is a lighthouse on a cliff at dusk"), RouteContext()).action is Action.GENERATE


@pytest.mark.parametrize("message", ["perfect for the shop window", "merci ! perfect for the club newsletter",
                                     "that's exactly what i needed for my slides"])
def test_praise_of_what_it_is_for_is_talk(message):
    assert route(message, STORMY).action is Action.CHAT


def test_bigger_by_a_factor_with_a_reason_upscales():
    assert route("lovely. bigger please, at least 3x, my printer needs it", STORMY).action is Action.UPSCALE


def test_a_thing_named_instead_of_the_subject_keeps_its_style():
    assert apply_edit(Scene(subject="a cyberpunk fox in an alley"), "make it a raccoon instead").scene.subject == \
        "a cyberpunk raccoon in an alley"
    assert apply_edit(Scene(subject="a fox in a forest"), "make it a badger").scene.subject == "a badger in a forest"


def test_a_thing_taken_out_takes_its_action_and_a_reason_says_nothing():
    plan = apply_edit(Scene(subject="a red tram in the rain with people getting off"),
                      "can you take the people out, we can't show people on the flyer")
    prompt = render_prompt(plan.scene)
    assert "people" not in prompt and "off" not in prompt.split(",")[0] and "can't" not in prompt


def test_walking_a_dog_through_a_park_without_the_dog_keeps_the_walk():
    plan = apply_edit(Scene(subject="a boy walking a small dog through a rainy market"), "remove the dog")
    assert plan.scene.subject == "a boy walking through a rainy market"


def test_a_place_named_in_another_language_is_its_english_name():
    assert gloss("dessine un chat sur un toit de Venise", "fr").text == "draw a cat on a roof of Venice"
    assert gloss("zeichne eine Kuh in den Alpen", "de").text == "draw a cow in the Alps"


def test_a_plural_ending_takes_the_least_off():
    assert gloss("un dragon avec des ailes", "fr").text == "a dragon with wings"


@pytest.mark.parametrize("message, read", [
    ("a castle mit einem roten Dach on a hill", "a castle with a red roof on a hill"),
    ("draw a lighthouse con luces de colores at night", "draw a lighthouse with fairy lights at night"),
    # a foreign article before a noun of that language: the phrase is that language's ("un gato negro": a black cat)
    ("un gato negro con un sombrero on a sofa", "a black cat with a sombrero on a sofa"),
])
def test_a_run_of_another_language_inside_an_english_sentence_is_read(message, read):
    assert read_mixed(message).text == read


@pytest.mark.parametrize("message", ["make the background papel picado style", "a vintage vespa scooter by a door"])
def test_a_loan_or_a_short_run_stays_as_typed(message):
    assert read_mixed(message).text == message


def test_a_hand_puppet_is_a_thing_to_draw_not_a_hand_asked_for():
    assert route("could you draw a hand puppet of an owl?", RouteContext()).action is Action.GENERATE
    assert route("could you give me a hand with something", RouteContext()).action is Action.CHAT


def test_an_idea_offered_after_a_story_is_drawn():
    message = as_said("my nephew loves trains and the sea so I was thinking a steam train crossing a bridge over waves?")
    decision = route(message, RouteContext())
    assert decision.action is Action.GENERATE and "steam train" in decision.text


@pytest.mark.parametrize("message", ["thx, heading home now", "thanks!! allez les bleus", "thank you, see you tomorrow"])
def test_thanks_then_a_goodbye_or_a_cheer_is_talk(message):
    assert route(message, STORMY).action is Action.CHAT


def test_a_question_then_a_word_about_the_asker_is_talk():
    assert route("quick one, is oil harder than acrylic? I'm still learning", STORMY).action is Action.CHAT


def test_a_shape_for_stories_is_a_shape_not_a_style():
    plan = apply_edit(Scene(subject="a lighthouse"), "and make it vertical for instagram stories pls")
    assert plan.aspect == "tall" and not plan.scene.style


def test_a_greeting_word_in_another_language_is_dropped():
    assert gloss("Super! Aber bitte ohne die Katzen", "de").text == "but without the cats"


def test_a_shape_said_outright_beats_the_formats_own():
    from chat.words.sizes import aspect_from_text
    assert aspect_from_text("a poster for the swim club, banner shape so it fits over the door") == "wide"


def test_n_of_a_thing_is_that_many_pictures():
    from chat.words.counts import extract_count
    assert extract_count("draw 3 of a fox reading by a campfire") == ("draw a fox reading by a campfire", 3)
    assert extract_count("draw 3 of the foxes") == ("draw 3 of the foxes", 1)


def test_a_bare_word_of_the_picture_changed_to_another():
    ctx = RouteContext(has_current=True, image_count=1, last_batch=1, scene_words={"zap", "robot"})
    assert route("change ZAP to BOOM", ctx).action is Action.EDIT
    plan = apply_edit(Scene(subject="a robot with a big ZAP sound effect"), "change ZAP to BOOM")
    assert plan.scene.subject == "a robot with a big BOOM sound effect"


@pytest.mark.parametrize("message, action", [("thanks, it's going on the fridge", Action.CHAT),
                                             ("thank you, that's just how i pictured it", Action.CHAT),
                                             ("thanks, now make it blue", Action.EDIT)])
def test_thanks_then_where_it_goes_is_talk(message, action):
    assert route(message, STORMY).action is action


def test_an_english_article_is_no_foreign_word():
    assert read_mixed("my grandson loves diggers, the bulldozer").read == []


def test_regions_and_mountains_read_in_english():
    assert gloss("dessine un château en Toscane", "fr").text == "draw a castle in Tuscany"
    assert gloss("zeichne eine Kuh in Bayern", "de").text == "draw a cow in Bavaria"


@pytest.mark.parametrize("message, action", [
    ("bigger please, gonna frame it", Action.UPSCALE),
    ("Lovely. Could it be made bigger so we can print it?", Action.UPSCALE),
    ("and windier, leaves blowing across the path", Action.EDIT),
    ("please no people anywhere in it, it's for a listing", Action.EDIT),
    ("no pressure! make the sky pink", Action.EDIT),
    ("what words say 'fresh' on a soap label?", Action.CHAT),
    ("she's going to be over the moon, thank you!!", Action.CHAT),
    ("haha great, showing this to my sister", Action.CHAT),
])
def test_readings_of_the_fifth_dev_set_kinds(message, action):
    assert route(message, STORMY).action is action


def test_back_to_a_one_named_by_two_colours_is_a_revert():
    assert route("nah go back to the red and gold one", STORMY).action is Action.REVERT


def test_a_smile_undoes_a_grumpy_look():
    plan = apply_edit(Scene(subject="a grumpy old bulldog on a sofa"), "make him smile")
    assert "grumpy" not in render_prompt(plan.scene) and plan.scene.subject.startswith("an old bulldog")


def test_talk_before_the_request_is_no_part_of_it():
    from chat.words.request import parse_request
    assert parse_request("ok whatever lol. draw a teal tram in a snowy city").scene.subject == "a teal tram in a snowy city"


@pytest.mark.parametrize("subject, message, now", [
    ("a house with a red roof", "change the red roof to a dark grey slate roof", "a house with a dark grey slate roof"),
    ("a motorbike in a garage, with tools on the wall", "change the garage to a quiet beach at sunset",
     "a motorbike in a quiet beach at sunset, with tools on the wall"),
])
def test_change_a_part_to_another_of_its_kind_or_a_place_at_a_time(subject, message, now):
    assert apply_edit(Scene(subject=subject), message).scene.subject == now


def test_a_spoken_pause_before_the_ask_and_inside_a_change():
    message = as_said("so I'm walking the dog um I want a picture of a blue kayak on a lake and maybe some ducks")
    decision = route(message, RouteContext())
    assert decision.action is Action.GENERATE and "kayak" in (decision.text or "")
    assert as_said("make the kayak red and um take out the ducks") == "make the kayak red and take out the ducks"


def test_what_the_user_will_do_is_no_ask():
    from chat.capabilities import lacking
    assert lacking("make it wider please, I'll post it on facebook later") is None
    assert lacking("can you post it on facebook for me?") is not None


def test_a_question_about_the_web_before_a_wish_is_answered():
    from chat.capabilities import asks_to_do_lacking
    assert asks_to_do_lacking("hi. quick question, can you look things up online? I need our town's crest") is not None
    assert asks_to_do_lacking("a koala poster. can you make gifs too?") is None  # the poster is drawn, the rest answered


def test_a_plural_is_not_made_plural_twice():
    assert gloss("zeichne 3 Bilder von einem Hund", "de").text == "draw 3 images of a dog"


def test_the_thing_meant_not_the_one_drawn():
    plan = apply_edit(Scene(subject="a pond with red koi and lily pads"), "no wait i meant golden koi not red")
    assert plan.scene.subject == "a pond with golden koi and lily pads"


def test_one_more_then_a_change_is_the_change():
    decision = route("sorry one more, make the scarf green", STORMY)
    assert decision.action is Action.EDIT and decision.text == "make the scarf green"
    assert route("one more please", STORMY).action is Action.VARIATIONS


def test_a_message_in_another_language_keeps_its_um_and_a_stem_keeps_most_of_the_word():
    assert as_said("faz um desenho de um gato") == "faz um desenho de um gato"  # Portuguese "um" is "a"
    assert gloss("um bolo com velas", "pt").text == "a cake with candles"  # not "fleeces"
