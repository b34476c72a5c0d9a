"""Stop 19's general readings, each with sentences of this file's own: looks joined by a comma before the noun
("a cute, fluffy bunny"), a count said with how sure it is ("at least 4 pictures of a dog"), "something for our
wedding invitations", going back said as a liking ("i liked it better before"), wishes about the people on screen
("what if they were on a boat", "i want her in a red dress") and "more romantic".

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest tests/test_brain_structure19.py -q
"""
import re

import pytest

from chat.capabilities import claims_a_picture
from chat.types import Action
from chat.words.another import varied_slot
from chat.words.counts import extract_count
from chat.words.detail import head_noun
from chat.words.glossary import gloss
from chat.words.language import detect_language
from chat.words.nounphrase import remove_object
from chat.words.rephrase import as_edit_command
from chat.words.route import RouteContext, route, route_translated

from offline_talk import offline_conversation, picture_on_screen, say_in_order


def conversation():
    return offline_conversation(19)


def say(*messages: str, files_first=()):
    return say_in_order(19, *messages, files_first=files_first)


def on_screen(*words: str) -> RouteContext:
    return picture_on_screen(*words, image_count=2)


# ---- looks joined by a comma ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("subject, noun", [
    ("a cute, fluffy bunny", "bunny"), ("a big, scary wolf in the woods", "wolf"), ("a shiny, red tractor", "tractor"),
    ("an old, crooked lighthouse at dusk", "lighthouse"),
    # a noun before the comma stays the noun
    ("a heron, soft morning light", "heron"), ("a sailboat, misty harbour", "sailboat"),
])
def test_the_noun_after_looks_joined_by_a_comma(subject, noun):
    assert head_noun(subject) == noun


def test_a_look_is_never_the_picture_s_subject_in_the_prompt():
    (result,) = say("draw a cute, fluffy hamster please")
    assert "the cute " not in result.prompt.lower()
    assert "cute, fluffy hamster" in result.prompt


# ---- a count said with how sure it is -------------------------------------------------------------------------------
@pytest.mark.parametrize("text, rest, count", [
    ("make at least 4 pictures of a goat", "make a goat", 4),
    ("can you do up to 3 options for a tea label", "can you do a tea label", 3),
    ("draw like 5 versions of a paper crane", "draw a paper crane", 5),
    ("make me at least 2 posters of a jazz night", "make me a poster of a jazz night", 2),
])
def test_the_hedge_goes_with_the_count(text, rest, count):
    assert extract_count(text) == (rest, count)


@pytest.mark.parametrize("text", ["a hen with about 6 chicks", "a table for at least 8 people"])
def test_a_hedged_number_of_things_is_content(text):
    assert extract_count(text) == (text, 1)


def test_a_hedged_count_leaves_no_hedge_in_the_prompt():
    (result,) = say("make at least 3 pictures of a lighthouse on a cliff")
    assert len(result.images) == 3
    assert "at least" not in result.prompt


# ---- "something for our wedding invitations": a format wanted, its details next --------------------------------------
def test_something_for_a_format_is_a_request_for_that_format():
    (result,) = say("we need something for our bake sale flyers")
    assert result.action is Action.GENERATE
    assert result.prompt.startswith("a bake sale flyer,")


def test_something_for_a_format_after_a_story():
    first, second = say("my sister is turning 40 next month and i need something for the thank you cards",
                        "something with sunflowers and a little bee")
    assert first.action is Action.GENERATE and first.prompt.startswith("a thank you card,")
    assert second.action is Action.GENERATE
    assert second.prompt.startswith("a thank you card, for a 40th birthday, with sunflowers and a little bee")


@pytest.mark.parametrize("text", ["i need something for my back pain", "we want something for dinner"])
def test_something_for_no_format_is_talk(text):
    assert route(text, RouteContext()).action is Action.CHAT


# ---- going back, said as a liking -----------------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["honestly i liked it more before", "ok back to how it looked", "i preferred option two",
                                  "the older version was way nicer", "meh. previous one pls",
                                  "the first one looked better, let's stick with that one"])
def test_a_liking_for_an_earlier_picture_goes_back(text):
    assert route(text, on_screen("tiger", "jungle")).action is Action.REVERT


def test_the_number_liked_is_the_one_gone_back_to():
    assert route("i preferred option two", on_screen("tiger")).target == "2"


# ---- the people on screen, wished changed ---------------------------------------------------------------------------
@pytest.mark.parametrize("text, command", [
    ("what if they were under an umbrella", "put them under an umbrella"),
    ("what if she was older", "make her older"),
    ("i want them dancing", "make them dancing"),
    ("we'd love him in a green raincoat", "make him wear a green raincoat"),
    ("dress her in a red kimono", "make her wear a red kimono"),
    ("what if he was in a canoe", "put him in a canoe"),
])
def test_a_wish_about_the_people_on_screen_is_a_change(text, command):
    assert as_edit_command(text) == command
    assert route(text, on_screen("couple", "park")).action is Action.EDIT


@pytest.mark.parametrize("text", ["what if it was free", "what if they were mine"])
def test_a_wish_about_no_look_is_no_change(text):
    assert as_edit_command(text) is None


def test_clothes_wished_for_keep_the_place():
    _, result = say("draw a girl reading on a park bench", "i want her in a blue raincoat")
    assert "park bench" in result.prompt and "blue raincoat" in result.prompt


# ---- "more romantic": a look, more so -------------------------------------------------------------------------------
def test_more_of_a_look_is_said_as_a_look():
    _, result = say("draw a lake at dawn", "more mysterious please")
    assert result.action is Action.EDIT
    assert "more mysterious" in result.prompt and "please" not in result.prompt
    assert "with more" not in result.reply


def test_more_of_things_adds_them():
    _, result = say("draw a lake at dawn", "more ducks")
    assert "more ducks" in result.prompt


# ---- asked as a possibility -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["would it be possible to get an icon of a paper plane for my app",
                                  "think you could paint a windmill in a tulip field?",
                                  "reckon you could sketch a sleeping fox"])
def test_a_request_asked_as_a_possibility_draws(text):
    (result,) = say(text)
    assert result.action is Action.GENERATE
    assert not re.match(r"(?:would|think|reckon|get)\b", result.prompt)


@pytest.mark.parametrize("text", ["is it possible to use my own model?", "would it be possible to run this offline?"])
def test_a_question_of_possibility_about_easel_is_talk(text):
    assert route(text, RouteContext()).action is Action.CHAT


def test_one_of_the_things_the_story_says_someone_loves():
    (result,) = say("my nephew is obsessed with dinosaurs, think you could draw one surfing a big wave?")
    assert result.action is Action.GENERATE
    assert result.prompt.startswith("a dinosaur surfing a big wave")


def test_something_with_things_would_be_lovely_is_a_request():
    (result,) = say("our school fair is in may, something with balloons and a ferris wheel would be lovely")
    assert result.action is Action.GENERATE
    assert "balloons and a ferris wheel" in result.prompt


# ---- takes that differ in one look ----------------------------------------------------------------------------------
@pytest.mark.parametrize("text, slot", [
    ("can i see it in a few different styles?", "style"), ("show me this with different backgrounds", "background"),
    ("try it in a couple of different colour schemes", "colour"), ("4 versions with different lighting", "lighting"),
])
def test_the_look_takes_should_differ_in(text, slot):
    assert varied_slot(text) == slot
    assert route(text, on_screen("windmill")).action is Action.VARIATIONS


def test_takes_in_different_styles_each_get_a_style_on_the_same_seed():
    first, takes = say("draw a windmill in a tulip field", "can i see it in a couple of different styles?")
    assert takes.action is Action.VARIATIONS and len(takes.images) == 2
    prompts = [image.prompt for image in takes.images]
    assert len(set(prompts)) == 2 and all("windmill in a tulip field" in p for p in prompts)
    assert {image.seed for image in takes.images} == {first.images[0].seed}
    assert "different style" in takes.reply


def test_takes_in_different_styles_with_no_number_are_three():
    _, takes = say("draw a windmill in a tulip field", "show it to me in different styles")
    assert len(takes.images) == 3


def test_plain_takes_still_vary_the_seed_only():
    first, takes = say("draw a windmill in a tulip field", "3 more like this")
    assert len(takes.images) == 3 and {image.prompt for image in takes.images} == {first.prompt}
    assert first.images[0].seed not in {image.seed for image in takes.images}


# ---- going back, said more ways -------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["hmm i changed my mind, the previous one", "scrap the last edit", "take that back pls",
                                  "no, the one before that", "could i get the version from earlier?",
                                  "it looked better a second ago", "the original was totally fine tbh",
                                  "bring back the old lighthouse"])
def test_more_ways_of_going_back(text):
    assert route(text, on_screen("lighthouse", "cliff")).action is Action.REVERT


def test_better_without_a_thing_takes_it_out():
    assert as_edit_command("honestly it looked better without the fence") == "remove the fence"
    _, result = say("draw a goat by a fence in a meadow", "hmm it was better without the fence")
    assert result.action is Action.EDIT and "fence" not in result.prompt and "goat" in result.prompt


# ---- short messages in another language -----------------------------------------------------------------------------
@pytest.mark.parametrize("text, code", [("¿se puede quitar el sombrero?", "es"), ("mettici anche delle stelle", "it"),
                                        ("kun je er wat sneeuw aan toevoegen?", "nl")])
def test_short_messages_are_read_as_their_language(text, code):
    assert detect_language(text) == code


@pytest.mark.parametrize("text, language, english", [
    ("¿se puede quitar el sombrero?", "es", "remove the hat?"),
    ("mettici anche delle stelle", "it", "add also some stars"),
    ("toglici le nuvole", "it", "remove the clouds"),
])
def test_short_asks_read_word_by_word(text, language, english):
    assert gloss(text, language).text == english


def test_a_colour_question_in_another_language_gets_the_colour_wheel():
    _, answer = say("draw a vase of tulips", "¿qué colores combinan con el dorado?")
    assert answer.action is Action.CHAT
    assert answer.reply.startswith("With gold:")


# ---- a chat answer never claims a picture ---------------------------------------------------------------------------
@pytest.mark.parametrize("reply", ["Here it is with a yellow cake (512×512, seed 1806341205).",
                                   "Here are 3 more versions — same prompt, new seeds.",
                                   "Sure! Here it is with some gold — repainted from the current picture."])
def test_an_answer_copying_a_picture_reply_is_a_false_claim(reply):
    assert claims_a_picture(reply)


@pytest.mark.parametrize("reply", ["Gold goes well with deep blue and cream.", "Here is a tip: describe the light.",
                                   "Try a 16:9 shape for a banner."])
def test_plain_answers_claim_no_picture(reply):
    assert not claims_a_picture(reply)


def test_a_small_model_answer_claiming_a_picture_is_not_shown():
    class EchoingModel:
        name = "gemma-3-270m"

        def chat_stream(self, messages, max_new_tokens=0, stop_event=None):
            yield "Here it is with a red roof (512×512, seed 1234567)."

    conv = offline_conversation(19, llm=EchoingModel())
    result = conv.respond("what's the meaning of life?", ())
    assert result.action is Action.CHAT
    assert "512" not in result.reply and "seed" not in result.reply
    assert any("claimed a picture" in note for note in result.notes)


# ---- a format asked for after a story: what the story says it is for ------------------------------------------------
@pytest.mark.parametrize("message, words", [
    ("we run a little bike repair shop called Spoke & Chain. could you design a sign for the door?",
     ["sign", "bike repair shop called Spoke & Chain"]),
    ("my nephew is turning 5 and loves trains and dinosaurs. i need an invitation for his party",
     ["invitation", "5th birthday", "trains and dinosaurs"]),
    ("our choir is called the Harmonics, can you make a poster for them", ["poster", "the Harmonics choir"]),
])
def test_a_format_after_a_story_is_made_for_what_the_story_names(message, words):
    (result,) = say(message)
    assert result.action is Action.GENERATE
    assert all(w in result.prompt for w in words), result.prompt


def test_a_format_with_its_own_content_takes_nothing_from_the_story():
    (result,) = say("I run a cat cafe. can you make a poster of a ginger cat napping on a windowsill?")
    assert result.prompt.startswith("a poster of a ginger cat napping on a windowsill,")
    assert "cafe" not in result.prompt.split(",")[1]


@pytest.mark.parametrize("text", ["could you make a logo?", "can you do a flyer please", "would you make me a banner"])
def test_a_single_format_asked_for_is_drawn(text):
    assert route(text, RouteContext()).action is Action.GENERATE


@pytest.mark.parametrize("text", ["can you make logos?", "can you make an image?"])
def test_asking_whether_easel_makes_a_kind_is_talk(text):
    assert route(text, RouteContext()).action is Action.CHAT


# ---- someone else's request, passed on ------------------------------------------------------------------------------
@pytest.mark.parametrize("message, prompt_start", [
    ("i'm a florist and my client wants a watercolor of peonies in a glass vase", "a watercolor of peonies in a glass vase"),
    ("our client asked for a sketch of the old chapel at dusk", "the old chapel at dusk"),
])
def test_whose_request_it_is_is_no_part_of_the_picture(message, prompt_start):
    (result,) = say(message)
    assert result.action is Action.GENERATE
    assert result.prompt.startswith(prompt_start) and "wants" not in result.prompt and "asked" not in result.prompt


def test_an_animal_that_wants_something_is_the_picture():
    (result,) = say("draw a dog wants a bone")
    assert "dog" in result.prompt and "bone" in result.prompt


# ---- removals and swaps ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("phrase, noun, left", [
    ("a hut by a river with hills behind", "hills", "a hut by a river"),
    ("a harbour with seagulls overhead and a ferry", "seagulls", "a harbour with a ferry"),
    ("a knight with a dragon in the distance", "dragon", "a knight"),
])
def test_where_a_removed_thing_stood_goes_with_it(phrase, noun, left):
    assert remove_object(phrase, noun) == (left, True)


def test_one_thing_out_and_another_in_is_a_swap():
    assert as_edit_command("no more scooter, make it a bicycle") == "replace the scooter with a bicycle"
    _, result = say("draw a scooter parked by a bakery", "get rid of the scooter, use a bicycle instead")
    assert "bicycle" in result.prompt and "scooter" not in result.prompt and "bakery" in result.prompt


# ---- sizes and shapes -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["could you improve the quality?", "make it 3000 pixels wide", "enhance the image quality"])
def test_quality_and_pixels_are_an_upscale(text):
    assert route(text, on_screen("barn")).action is Action.UPSCALE


def test_the_quality_of_a_thing_is_an_edit():
    assert route("improve the quality of the paintwork", on_screen("barn")).action is not Action.UPSCALE


@pytest.mark.parametrize("text, size", [("we need it as a landscape", (704, 384)), ("portrait please", (384, 704)),
                                        ("landscape pls", (704, 384))])
def test_a_shape_named_reshapes_the_picture(text, size):
    _, result = say("draw a red barn in a field", text)
    assert result.action is Action.EDIT and "barn" in result.prompt
    assert (result.images[0].width, result.images[0].height) == size


# ---- an upload, asked about as it would look changed ----------------------------------------------------------------
def upload_ctx() -> RouteContext:
    return RouteContext(has_current=True, has_upload=True, image_count=1, last_batch=1)


@pytest.mark.parametrize("text, command", [
    ("what would she look like as a tiger?", "make her look like a tiger"),
    ("how would it look in autumn", "make it in autumn"),
    ("what would my car look like with racing stripes?", "add racing stripes"),
])
def test_how_the_photo_would_look_changed_is_an_edit_of_it(text, command):
    decision = route(text, upload_ctx())
    assert decision.action is Action.EDIT and decision.text == command


@pytest.mark.parametrize("text", ["here's my cake, could it look more elegant?", "can it look a bit brighter?"])
def test_could_the_photo_look_different_is_an_edit(text):
    assert route(text, upload_ctx()).action is Action.EDIT


@pytest.mark.parametrize("text", ["what is this?", "what breed is she?", "how old does this house look?"])
def test_questions_about_the_photo_are_still_described(text):
    assert route(text, upload_ctx()).action is Action.DESCRIBE


def test_a_request_after_a_question_about_the_photo_is_the_edit():
    decision = route("do you like my garden? Could you add a little pond", upload_ctx())
    assert decision.action is Action.EDIT and decision.text == "Could you add a little pond"


# ---- the second look's finds: readings that must not reach too far --------------------------------------------------
@pytest.mark.parametrize("text, rest, count", [("i'd like 2 pictures of a heron", "i'd like a heron", 2),
                                                ("we would like 3 options for a tea label", "we would like a tea label", 3)])
def test_like_in_a_wish_is_no_hedge(text, rest, count):
    assert extract_count(text) == (rest, count)


@pytest.mark.parametrize("subject, noun", [("a city, rainy night", "city"), ("a bakery, early morning", "bakery")])
def test_a_noun_before_the_comma_is_no_look(subject, noun):
    assert head_noun(subject) == noun


@pytest.mark.parametrize("text", ["younger please", "i like how it was lit, but make the moon bigger"])
def test_a_change_is_no_going_back(text):
    assert route(text, on_screen("girl", "moon")).action is Action.EDIT


def test_out_then_a_look_is_no_swap():
    assert as_edit_command("lose the boat, make it a close-up") is None


def test_talk_and_sayings_are_no_part_of_the_format():
    (result,) = say("i adore your style! could you make me a flyer?")
    assert result.action is Action.GENERATE and result.prompt.startswith("a flyer,")
    assert "your style" not in result.prompt and "adore" not in result.prompt


def test_someone_s_wish_about_the_picture_on_screen_changes_it():
    _, result = say("draw a goat in a meadow", "my niece wants a flower crown on the goat")
    assert result.action is Action.EDIT and "flower crown" in result.prompt


def test_a_character_who_wants_something_stays_in_the_picture():
    (result,) = say("draw a comic panel: the knight wants a sandwich")
    assert "knight" in result.prompt


def test_a_question_about_changing_pictures_is_talk():
    assert route("is it possible to make changes after it's done?", RouteContext()).action is Action.CHAT


def test_a_capable_model_s_answer_is_never_taken_for_a_picture_claim():
    class Instruct:
        name = "qwen2.5-7b-instruct"
        is_instruct = True

        def chat_stream(self, messages, max_new_tokens=0, stop_event=None):
            yield "Try the same prompt with seed 12345 at (1080x2400) pixels."

    conv = offline_conversation(19, llm=Instruct())
    result = conv.respond("any tips for a phone wallpaper?", ())
    assert "seed 12345" in result.reply


def test_a_place_named_like_a_garment_is_a_place():
    assert as_edit_command("what if they were in a hotel suite") == "put them in a hotel suite"


def test_takes_never_repeat_a_pick():
    _, takes = say("draw a windmill in a tulip field", "8 versions with different lighting")
    assert len({image.prompt for image in takes.images}) == len(takes.images) < 8


def test_a_change_for_parts_in_different_colours_is_one_edit():
    _, result = say("draw a red barn in a field", "can you make it with different colours for the roof and the door")
    assert result.action is Action.EDIT and len(result.images) == 1


# ---- a question in another language, read in English ----------------------------------------------------------------
def test_a_request_read_as_a_yes_no_question_is_still_a_request():
    decision = route_translated("Puoi disegnare una volpe nella neve?", "You can draw a fox in the snow?", RouteContext())
    assert decision.action is Action.GENERATE


@pytest.mark.parametrize("original, english", [
    ("¿Puedo usar esta imagen para mi negocio?", "Can I use this picture for my business?"),
    ("Est-ce que tu peux faire des vidéos ?", "What can you do with me ?"),
])
def test_a_question_about_pictures_read_in_english_is_talk(original, english):
    assert route_translated(original, english, on_screen("fox")).action is Action.CHAT


def test_going_back_after_takes_in_different_styles_is_the_picture_before_them():
    first, _, back = say("draw a windmill in a tulip field", "show it in a few different styles", "undo")
    assert back.action is Action.REVERT and back.images[0].id == first.images[0].id
