"""How the rules read casual phrasing, by kind: a request after a story or an emoji, a hedged wish, a remark before
the request, thanks after remarks, "and some X", words to letter in, "one more with X instead", a state of a thing
("look sad"), typos of 4-letter words, two changes behind "can you", Portuguese and Italian cues.

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest tests/test_brain_phrasing.py -q

Every sentence here is this file's own (none is taken from an eval set): each kind is checked on several
differently-worded messages.
"""
import pytest

from chat.types import Action
from chat.words.edit import apply_edit
from chat.words.foreign import foreign_route, only_thanks
from chat.words.nounphrase import subject_head
from chat.words.request import parse_request
from chat.words.route import RouteContext, route
from chat.words.scene import Scene, user_parts
from chat.words.typos import fix_prompt_typos

NONE = RouteContext()
CURRENT = RouteContext(has_current=True, image_count=2, last_batch=1, scene_words={"boat", "harbour", "gulls"})


def prompt_words(scene: Scene) -> str:
    return " ".join(user_parts(scene)).lower()


# ---- a request after talk ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,content", [
    ("my son turns six on friday 🎂 could you draw a pirate ship made of candy", "pirate ship"),
    ("so we just moved into a new flat and i kinda want like a big poster, maybe a koi pond at night", "koi pond"),
    ("I teach biology and need a picture for a quiz. a cross-section of a tree trunk, flat colours", "tree trunk"),
    ("Our band plays next month 🎸 we'd love a gig poster of a neon tiger", "neon tiger"),
])
def test_a_request_after_a_story_is_a_picture(text, content):
    decision = route(text, NONE)
    assert decision.action is Action.GENERATE, decision
    assert content in (decision.text or text).lower()


@pytest.mark.parametrize("text", ["i like dogs", "i need help", "i love you", "we need to talk"])
def test_a_statement_with_want_or_need_is_not_a_picture(text):
    assert route(text, NONE).action is Action.CHAT


def test_a_hedged_wish_for_a_thing_is_a_picture():
    assert route("i sort of want a lamp shaped like a mushroom", NONE).action is Action.GENERATE


# ---- a remark, then the request ----------------------------------------------------------------------------------
@pytest.mark.parametrize("text,action", [
    ("meh too busy, make it simpler", Action.EDIT),
    ("ok fine, add a lighthouse on the left", Action.EDIT),
    ("nope, take the gulls out", Action.EDIT),
    ("hmm, bring the boat back", Action.REVERT),
    ("i like it but can the harbour be at night", Action.EDIT),
])
def test_a_remark_before_the_request_does_not_hide_it(text, action):
    assert route(text, CURRENT).action is action


@pytest.mark.parametrize("text", ["lol my boss will love this. thank you so much", "thx gn",
                                  "that looks just like my old boat ❤️", "she will be so happy. thanks!!"])
def test_remarks_then_thanks_are_talk(text):
    assert route(text, CURRENT).action is Action.CHAT


@pytest.mark.parametrize("text", ["a wooden boat at dusk. thanks!", "make it stormy. thank you"])
def test_a_request_said_with_thanks_is_still_a_request(text):
    assert route(text, CURRENT).action is not Action.CHAT


# ---- more for the picture on screen -------------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["and some fireworks", "also a dog on the pier", "plus two red kites"])
def test_and_some_x_adds_to_the_current_picture(text):
    assert route(text, CURRENT).action is Action.EDIT


def test_and_some_more_of_those_is_variations():
    assert route("and some more of those please", CURRENT).action is Action.VARIATIONS


def test_and_some_x_without_a_picture_is_a_new_one():
    assert route("and some fireworks", NONE).action is Action.GENERATE


@pytest.mark.parametrize("text,action,count", [
    ("cool, can i see 2 more colour options", Action.VARIATIONS, 2),
    ("can you double the size of this one", Action.UPSCALE, 1),
    ("make this one bigger", Action.UPSCALE, 1),
    ("can you do a matching one for my phone", Action.EDIT, 1),
    ("could we have some fog over the water?", Action.EDIT, 1),
])
def test_more_ways_to_ask_for_an_action(text, action, count):
    decision = route(text, CURRENT)
    assert decision.action is action, decision
    assert decision.count == count


# ---- words to letter into the picture -----------------------------------------------------------------------------
@pytest.mark.parametrize("text,words", [
    ("can you write WELCOME HOME across the top", '"WELCOME HOME"'),
    ('write "Gone Fishing" on the sign', '"Gone Fishing"'),
    ("put the words grand opening at the bottom please", '"grand opening"'),
])
def test_words_to_write_are_an_edit_that_letters_them(text, words):
    assert route(text, CURRENT).action is Action.EDIT
    plan = apply_edit(Scene(subject="a fishing boat in a harbour"), text)
    drawn = " ".join(plan.scene.details)
    assert words in drawn and "fishing boat" in plan.scene.subject
    assert "write" not in drawn.lower().split()  # the command verb is no part of the picture


# ---- edits: a state, an implicit "instead", two changes behind "can you", trailing fillers -------------------------
@pytest.mark.parametrize("text,state", [("make the boat look old", "old"), ("have the gulls look angry", "angry"),
                                        ("make the boat seem tiny", "tiny")])
def test_a_thing_that_should_look_some_way_keeps_the_thing(text, state):
    plan = apply_edit(Scene(subject="a boat in a harbour with gulls"), text)
    words = prompt_words(plan.scene)
    assert state in words and "boat" in words and "gull" in words
    assert not plan.scene.negatives  # nothing was replaced


def test_look_like_a_new_thing_still_replaces():
    plan = apply_edit(Scene(subject="a boat in a harbour"), "make the boat look like a submarine")
    assert "submarine" in plan.scene.subject and "boat" not in plan.scene.subject


@pytest.mark.parametrize("text,new", [("do one more with two swans instead", "two swans"),
                                      ("maybe a heron instead", "a heron")])
def test_a_new_thing_instead_takes_the_subjects_place(text, new):
    plan = apply_edit(Scene(subject="3 paper boats floating in a puddle"), text)
    assert new in plan.scene.subject and "boats" not in plan.scene.subject
    assert "puddle" in plan.scene.subject


def test_a_new_place_instead_still_moves_the_subject():
    plan = apply_edit(Scene(subject="3 paper boats floating on a pond"), "on a lake instead")
    assert "boats" in plan.scene.subject and "lake" in plan.scene.subject and "pond" not in plan.scene.subject


@pytest.mark.parametrize("text", ["can u make the sail red and the sea green",
                                  "could you please turn the sail red and the sea green"])
def test_two_changes_behind_a_polite_ask(text):
    plan = apply_edit(Scene(subject="a sailing boat on the sea"), text)
    words = prompt_words(plan.scene)
    assert "red sail" in words and "green sea" in words and not plan.scene.negatives


def test_a_trailing_filler_is_no_part_of_what_is_removed():
    plan = apply_edit(Scene(subject="a harbour with a boat and gulls"), "remove the gulls actually, and add a crane")
    assert "gull" not in plan.scene.subject.lower() and plan.scene.negatives == ["gulls"]


def test_would_be_great_is_no_part_of_the_picture():
    decision = route("Thinking of my garden, a painting of a blue heron in the reeds would be great", NONE)
    assert decision.action is Action.GENERATE
    assert "great" not in parse_request(decision.text or "").scene.subject


def test_a_subjects_head_noun():
    assert subject_head("4 tiny origami cranes hanging from a branch") == "cranes"
    assert subject_head("an old man reading by the fire") == "man"


# ---- typos -------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,fixed", [("a gren frog", "green"), ("a bule whale", "blue"),
                                        ("a dragn over the sea", "dragon")])
def test_short_and_dropped_letter_typos_are_fixed(text, fixed):
    assert fixed in fix_prompt_typos(text)[0].split()


@pytest.mark.parametrize("text", ["a bowl of bak chor mee", "a kpop idol with boba", "lofi vibes", "an iced matcha latte",
                                  "a roll of washi tape", "bruh a cat", "a hourse in a field"])
def test_foreign_and_slang_words_stay(text):
    assert fix_prompt_typos(text)[0] == text


def test_a_typo_of_a_colour_makes_the_message_an_edit():
    assert route("make the boat gren", CURRENT).action is Action.EDIT


# ---- Portuguese and Italian cues -----------------------------------------------------------------------------------
@pytest.mark.parametrize("text,action,count", [
    ("agora põe um farol ao lado dele", Action.EDIT, 1),
    ("mach die Wolken rosa bitte", Action.EDIT, 1),
    ("Puoi farne altre quattro?", Action.VARIATIONS, 4),
    ("fais-m'en trois versions", Action.VARIATIONS, 3),
    ("faz um desenho de um barco à vela", Action.GENERATE, 1),
])
def test_more_cues_in_other_languages(text, action, count):
    found = foreign_route(text, True, 2)
    assert found is not None and found.action is action and found.count == count, (text, found)


@pytest.mark.parametrize("text", ["Obrigado, ficou perfeito!", "Grazie, è bellissimo", "Danke, sieht toll aus"])
def test_thanks_in_other_languages(text):
    assert only_thanks(text)


# ---- more asks, and what they carry -------------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["could u do a little owl reading a map pls", "can you do me a poster of a tram"])
def test_can_you_do_a_thing_is_a_picture(text):
    assert route(text, NONE).action is Action.GENERATE


def test_a_request_after_a_colon_is_the_picture():
    decision = route("fine, new plan: a greenhouse full of cacti at noon", NONE)
    assert decision.action is Action.GENERATE and decision.text.startswith("a greenhouse")


@pytest.mark.parametrize("text", ["i dont want any boats in it", "I don't want people anywhere", "we do not want gulls"])
def test_what_the_user_does_not_want_is_an_edit_that_leaves_it_out(text):
    assert route(text, CURRENT).action is Action.EDIT
    plan = apply_edit(Scene(subject="a quiet harbour"), text)
    assert plan.scene.negatives and not plan.scene.details  # nothing drawn from the leftover words ("I anywhere")


@pytest.mark.parametrize("text,count,kind", [("make me 3 posters of a jazz night", 3, "a poster of a jazz night"),
                                             ("two phone wallpapers of koi fish", 2, "koi fish")])
def test_a_number_of_pictures_of_a_kind_is_a_count(text, count, kind):
    parsed = parse_request(text)
    assert parsed.count == count and kind in parsed.scene.subject


def test_a_number_inside_a_description_stays_content():
    assert parse_request("a gallery wall with two framed sketches of birds").count == 1


def test_a_shape_said_before_the_ask_is_kept():
    from chat.planner.guard import GuardContext
    from chat.planner.rules import rules_plan
    text = "we're doing a phone wallpaper for the team. i'd love a paper crane over a misty lake"
    decision = route(text, NONE)
    plan = rules_plan(decision, text, GuardContext(text=text, image_ids=[], current_id=None))
    assert plan.action is Action.GENERATE and plan.aspect == "tall"


@pytest.mark.parametrize("text,thing", [("make Biscuit look sleepy", "sleepy"), ("make Biscuit wear a scarf",
                                                                                  "wearing a scarf")])
def test_a_name_from_the_picture_is_that_thing(text, thing):
    ctx = RouteContext(has_current=True, image_count=1, last_batch=1, scene_words={"biscuit", "corgi", "sofa"})
    assert route(text, ctx).action is Action.EDIT
    plan = apply_edit(Scene(subject="Biscuit the corgi on a sofa"), text)
    assert thing in prompt_words(plan.scene) and "biscuit" in plan.scene.subject.lower()
    assert not plan.scene.negatives


@pytest.mark.parametrize("text", ["dont", "theyre", "arent", "wasnt", "youre", "thats"])
def test_a_contraction_without_its_apostrophe_is_no_typo(text):
    assert fix_prompt_typos(f"i think {text} fine")[0] == f"i think {text} fine"


@pytest.mark.parametrize("text", ["plus sombre stp", "más brillante por favor", "più luminoso per favore"])
def test_more_of_a_quality_in_another_language_is_an_edit(text):
    found = foreign_route(text, True, 1)
    assert found is not None and found.action is Action.EDIT, (text, found)


@pytest.mark.parametrize("text", ["merci!", "gracias", "grazie!!"])
def test_one_word_thanks_in_another_language_is_talk(text):
    assert route(text, CURRENT).action is Action.CHAT


# ---- what Easel has loaded, answered from what it knows ---------------------------------------------------------
@pytest.mark.parametrize("text", ["which model do you use?", "are you chatgpt", "what ai is this"])
def test_which_model_is_answered_with_the_loaded_names(text):
    from chat.capabilities import about_easel_answer
    answer = about_easel_answer(text, "qwen2.5-1.5b-instruct", "sdxl-turbo")
    assert answer is not None and "sdxl-turbo" in answer and "qwen2.5-1.5b-instruct" in answer


def test_where_it_runs_names_the_llm_server_when_there_is_one():
    from chat.capabilities import about_easel_answer
    assert "this computer" in about_easel_answer("does this run offline?")
    assert "http://gpu-box:8000/v1" in about_easel_answer("is it running locally?", llm_server="http://gpu-box:8000/v1")
    assert about_easel_answer("what colours go with teal?") is None


# ---- questions that only sound like actions ----------------------------------------------------------------------
@pytest.mark.parametrize("text", ["how should i describe fog in a prompt?", "what's a good way to describe skin tones?"])
def test_how_to_describe_something_is_a_question_not_a_caption(text):
    assert route(text, CURRENT).action is Action.CHAT


@pytest.mark.parametrize("text", ["could you paint my dog if i upload a photo of him?", "if i send a selfie can u cartoon it?"])
def test_asking_about_sending_a_photo_is_talk(text):
    assert route(text, NONE).action is Action.CHAT


def test_a_count_before_a_colon_counts():
    decision = route("need 3 ideas for a sign: a fox holding a lantern, hand-lettered", NONE)
    assert decision.action is Action.GENERATE and decision.count == 3


def test_an_uploads_here_she_is_is_no_part_of_the_edit():
    decision = route("here he is! make him an astronaut", RouteContext(has_upload=True))
    assert decision.action is Action.EDIT and decision.text == "make him an astronaut"


def test_look_more_of_a_quality_for_a_platform_is_that_quality():
    plan = apply_edit(Scene(subject="a bowl of ramen"), "can you make this look more cozy for my instagram feed")
    assert plan.scene.details == ["cozy look"] and plan.scene.subject == "a bowl of ramen"  # the look asked for, named


@pytest.mark.parametrize("subject,noun,colour,expected", [
    ("a tall vase with tulips", "tulips", "yellow", "yellow tulips"),
    ("she waters ferns on a balcony", "ferns", "red", "she waters red ferns"),
    ("an old wooden gate", "gate", "green", "an old green wooden gate"),
])
def test_a_colour_goes_before_the_noun_or_its_material(subject, noun, colour, expected):
    plan = apply_edit(Scene(subject=subject), f"make the {noun} {colour}")
    assert expected in plan.scene.subject


@pytest.mark.parametrize("text", ["it's a bit empty, add a rowing boat", "that's too plain, make the sky stormy",
                                  "looks flat, give it more contrast"])
def test_a_critique_before_the_request_does_not_hide_it(text):
    assert route(text, CURRENT).action is Action.EDIT


def test_make_it_a_new_thing_instead_replaces_the_subject():
    plan = apply_edit(Scene(subject="a tabby kitten asleep on a windowsill"), "now make it a hedgehog instead")
    assert plan.scene.subject.startswith("a hedgehog asleep") and "kitten" in " ".join(plan.scene.negatives)


def test_a_style_instead_is_still_a_style():
    plan = apply_edit(Scene(subject="a tabby kitten asleep on a windowsill"), "make it a watercolor instead")
    assert "kitten" in plan.scene.subject and not plan.scene.negatives


def test_no_wait_then_a_thing_is_that_thing():
    decision = route("no wait, a heron", CURRENT)
    assert decision.action is Action.GENERATE and decision.text == "a heron"
    assert not parse_request(decision.text).scene.negatives


@pytest.mark.parametrize("subject,noun,expected", [
    ("a fox wearing hiking boots", "boots", "a fox wearing purple hiking boots"),
    ("purple hiking boots", "boots", "purple hiking boots"),
])
def test_a_colour_skips_the_verb_and_keeps_a_compound_noun_together(subject, noun, expected):
    plan = apply_edit(Scene(subject=subject.replace("purple ", "")), f"make the {noun} purple")
    assert expected in plan.scene.subject


@pytest.mark.parametrize("text", ["this is my dog rufus! can you make him a pirate", "it's my gran's teapot, make it gold"])
def test_a_sentence_that_says_what_the_photo_shows_is_kept(text):
    from chat.words.normalize import strip_lead_talk
    assert strip_lead_talk(text) == text


def test_cool_then_is_no_part_of_the_request():
    decision = route("cool then draw a heron standing in a rice field", CURRENT)
    assert decision.action is Action.GENERATE
    assert parse_request(decision.text or "cool then draw a heron standing in a rice field").scene.subject.startswith(
        "a heron")


@pytest.mark.parametrize("text", ["can i get it as a phone wallpaper", "could i see it in sepia?"])
def test_can_i_get_it_as_is_an_edit_of_the_picture(text):
    assert route(text, CURRENT).action is Action.EDIT


@pytest.mark.parametrize("text", ["surprise me", "ugh so bored. surprise me!", "just draw something random"])
def test_surprise_me_draws_an_idea_of_its_own(text):
    from chat.words import lexicon
    decision = route(text, NONE)
    assert decision.action is Action.GENERATE and decision.text in lexicon.SURPRISE_IDEAS


def test_surprise_me_with_a_thing_draws_that_thing():
    decision = route("surprise me with a dragon", NONE)
    assert decision.action is Action.GENERATE and decision.text is None


def test_which_model_in_a_conversation_names_the_engines_model():
    from chat.conversation import ChatSettings, Conversation
    from chat.nopixels import NoPixelEngine
    from chat.services import Services
    conv = Conversation(Services(llm=None, engine=NoPixelEngine("sdxl-turbo")), ChatSettings(rng_seed=1))
    result = conv.respond("which model is this?")
    assert result.action is Action.CHAT and "sdxl-turbo" in result.reply
    assert "answered from what Easel has loaded" in result.notes


@pytest.mark.parametrize("text,slot_words", [("i want it to be snowing", "snowing"),
                                             ("i'd like the sky to look stormy", "stormy sky"),
                                             ("background should be a desert", "desert background"),
                                             ("the sky needs to look darker", "darker sky")])
def test_a_wish_for_the_picture_is_the_change_alone(text, slot_words):
    assert route(text, CURRENT).action is Action.EDIT
    plan = apply_edit(Scene(subject="a fishing boat in a harbour"), text)
    words = prompt_words(plan.scene) + " " + " ".join([plan.scene.weather, plan.scene.time, plan.scene.lighting])
    assert slot_words in words
    assert not any(w in words.split() for w in ("want", "needs", "should", "to"))


def test_a_verb_ends_the_noun_phrase_a_change_names():
    plan = apply_edit(Scene(subject="a small robot watering plants"), "change the plants to cacti")
    assert plan.scene.subject == "a small robot watering cacti"


@pytest.mark.parametrize("text,answer", [("can you do transparent backgrounds?", "no transparency"),
                                         ("what does the seed do?", "same seed"),
                                         ("how long does it take to draw one?", "depends on the model")])
def test_questions_about_easel_are_answered_from_facts(text, answer):
    from chat.conversation import ChatSettings, Conversation
    from chat.nopixels import NoPixelEngine
    from chat.services import Services
    result = Conversation(Services(llm=None, engine=NoPixelEngine("sd-turbo")), ChatSettings()).respond(text)
    assert result.action is Action.CHAT and answer in result.reply


@pytest.mark.parametrize("text,change", [("would you mind making the sky pink", "pink sky"),
                                         ("the sail should be orange", "orange sail"),
                                         ("make it look like it's winter", "winter")])
def test_polite_and_should_be_edits_keep_only_the_change(text, change):
    assert route(text, CURRENT).action is Action.EDIT
    plan = apply_edit(Scene(subject="a boat with a white sail under a grey sky"), text)
    words = prompt_words(plan.scene) + " " + plan.scene.weather + " " + plan.scene.time
    assert change in words and not any(w in words.split() for w in ("mind", "making", "should", "it's"))


# ---- the review's cases ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("subject,noun,colour,expected", [
    ("a red sports car on a road", "car", "blue", "a blue sports car"),
    ("a green christmas tree in a hall", "tree", "gold", "a gold christmas tree"),
    ("a woman in a blue wedding dress", "dress", "ivory", "an ivory wedding dress"),
    ("a swimming pool at noon", "pool", "teal", "a teal swimming pool"),
])
def test_an_existing_colour_is_replaced_in_its_place(subject, noun, colour, expected):
    from chat.words.nounphrase import recolor
    assert expected in recolor(subject, noun, colour)


@pytest.mark.parametrize("text", ["i want a refund", "we need a new car, any tips?", "i was thinking about a nap"])
def test_everyday_wishes_are_not_pictures(text):
    assert route(text, NONE).action is Action.CHAT


def test_surprise_me_with_a_subject_keeps_the_subject():
    decision = route("surprise me, but make it a fox", NONE)
    assert decision.action is Action.GENERATE and "surprise me: an idea" not in decision.reason


def test_writing_asked_of_the_chat_is_not_lettered_into_the_picture():
    assert route("write a short poem about the fox in the picture", CURRENT).action is Action.CHAT


def test_transparent_things_can_be_drawn_but_transparent_backgrounds_cannot():
    from chat.capabilities import asks_to_do_lacking
    assert asks_to_do_lacking("can you paint a jellyfish with transparent tentacles?") is None
    assert asks_to_do_lacking("can you give me a png with transparency?").name == "transparent backgrounds"


def test_a_platform_purpose_cuts_only_itself():
    plan = apply_edit(Scene(subject="a red barn in a field"), "make it brighter for my instagram post with a rainbow")
    assert "rainbow" in " ".join([*plan.scene.details, plan.scene.weather, plan.scene.lighting, plan.scene.subject])


def test_the_word_list_refuses_a_negated_message():
    from chat.translator import translate
    assert not translate(None, "dessine un chat pas un chien").ok
    assert translate(None, "dibuja un gato negro sobre una mesa").ok  # no negation: read
