"""Stop 28's readings, each with sentences of our own (not from any eval set).

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest -q tests/test_brain_structure28.py
"""
import pytest
from fakes import ScriptedLLM

from brain import edited_scene, offline_conversation, turns_after
from chat.capabilities import asks_to_do_lacking
from chat.translator import translate
from chat.types import Action
from chat.words.negatives import extract_negatives
from chat.words.normalize import is_social
from chat.words.photo import named_in_photo
from chat.words.route import RouteContext, route, route_translated
from chat.words.sizes import aspect_from_text

ONE_PICTURE = RouteContext(has_current=True, image_count=1, last_batch=1)
NOTHING_YET = RouteContext(has_current=False, image_count=0, last_batch=0)


def after(first: str, *messages: str):
    return turns_after(28, first, *messages)


edited = edited_scene


# ---- asks Easel can't do, said after a "now" or a story ---------------------------------------------------------------
@pytest.mark.parametrize("text", ["now post it to our team's discord", "upload it to pinterest for me",
                                  "now share it on my facebook page", "can you put it on my instagram?"])
def test_posting_it_somewhere_is_something_easel_cannot_do(text):
    lack = asks_to_do_lacking(text)
    assert lack is not None and lack.name == "email or posting"


@pytest.mark.parametrize("text", ["put it on a beach", "put it on the table", "put a hat on it"])
def test_putting_it_somewhere_in_the_picture_is_no_posting(text):
    assert asks_to_do_lacking(text) is None


@pytest.mark.parametrize("text", ["I make baking videos on youtube. can you draw me a lemon cake?",
                                  "we film fishing videos, could you paint a trout for the channel?"])
def test_the_videos_a_user_makes_are_no_ask_for_a_video(text):
    assert asks_to_do_lacking(text) is None


def test_a_video_asked_for_is_still_declined():
    assert asks_to_do_lacking("can you make a video of my dog running?").name == "video"


def test_a_story_about_making_videos_in_french_still_draws():
    result = after("Salut ! Je fais des vidéos de jardinage. Tu peux me dessiner un arrosoir vert sur une table ?")
    assert result.action is Action.GENERATE and "watering can" in result.prompt


# ---- thanks, then what happens to the picture or a goodbye --------------------------------------------------------------
@pytest.mark.parametrize("text", ["thanks, gonna show my boss on monday!", "cheers mate, gonna print this for the van",
                                  "great, thanks, will send it to my sister tonight", "Thank you, young man. Good day.",
                                  "top, danke schön!", "super, dank je wel!", "perfetto, grazie mille"])
def test_thanks_and_what_comes_next_is_a_chat_turn(text):
    assert after("a lemon tree in a pot", text).action is Action.CHAT


@pytest.mark.parametrize("text", ["thanks man, now make it blue", "thanks! can you make it wider though?"])
def test_thanks_then_a_change_is_still_a_change(text):
    assert after("a lemon tree in a pot", text).action is not Action.CHAT


@pytest.mark.parametrize("text", ["good day", "have a nice day", "take care"])
def test_a_goodbye_is_social(text):
    assert is_social(text)


def test_top_of_a_hill_is_no_praise():
    assert not is_social("top of the hill") and not is_social("move it to the top")


# ---- "what did you draw?": the picture on screen, described ----------------------------------------------------------
@pytest.mark.parametrize("text", ["can you tell me what you painted?", "what did you just draw?", "tell me what you made"])
def test_asking_what_was_drawn_describes_the_picture(text):
    assert route(text, ONE_PICTURE).action is Action.DESCRIBE


def test_asking_what_was_drawn_with_nothing_drawn_is_a_question():
    assert route("what did you just draw?", NOTHING_YET).action is Action.CHAT


# ---- bigger and 4k, in a few words or another language -----------------------------------------------------------------
@pytest.mark.parametrize("text", ["bigger pls, 8k", "larger please, 4k", "bigger, in 4k please"])
def test_bigger_and_a_resolution_is_an_upscale(text):
    assert route(text, ONE_PICTURE).action is Action.UPSCALE


@pytest.mark.parametrize("original, english", [("Grazie! Me lo puoi fare in 4k?", "Thanks! You can do it in 4K?"),
                                               ("Kannst du es in 8K machen?", "make it in 8K?")])
def test_it_made_4k_in_another_language_is_an_upscale(original, english):
    assert route_translated(original, english, ONE_PICTURE).action is Action.UPSCALE


# ---- a shape said outright beats the one a format implies ---------------------------------------------------------------
@pytest.mark.parametrize("text, aspect", [
    ("a poster of a lighthouse? wide please, it's going above the door", "wide"),
    ("a banner of tulips. tall please, it's for a pillar", "tall"),
    ("a poster of a lighthouse", "tall"),
])
def test_a_shape_said_with_why_beats_the_formats_shape(text, aspect):
    assert aspect_from_text(text) == aspect


# ---- the one a story named, drawn by pronoun ------------------------------------------------------------------------
def test_her_is_the_pet_the_story_named():
    result = after("hi! my uncle has a beagle called Rosie who loves the snow. could you draw her digging in a snowdrift?")
    assert "beagle" in result.prompt and "uncle" not in result.prompt


def test_sketch_that_out_is_the_thing_the_client_wants():
    result = after("my client wants an owl perched on a lantern, dusky blues. can you sketch that out for me, tall format?")
    assert "owl" in result.prompt and "that out" not in result.prompt
    assert result.images[0].height > result.images[0].width


def test_draw_it_as_after_a_declined_animation_is_that_thing():
    result = after("can you animate a hummingbird hovering?", "ok fine, draw it as a comic book panel then")
    assert result.action is Action.GENERATE and "hummingbird" in result.prompt


# ---- the background replaced, a pattern on a part, the words of a sign --------------------------------------------------
@pytest.mark.parametrize("change, new", [("change the background to teal", "teal"),
                                         ("change the background colour to navy", "navy"),
                                         ("make the background color dark green", "dark green")])
def test_a_new_background_replaces_the_one_said(change, new):
    scene = edited("a ceramic teapot on a bright orange background", change)
    said = " ".join([scene.subject, *scene.details])
    assert f"{new} background" in said and "orange" not in said and "colo" not in said.replace(new, "")


@pytest.mark.parametrize("change, pattern", [("make the blanket tartan", "tartan blanket"),
                                             ("make the blanket paisley", "paisley blanket")])
def test_a_pattern_makes_the_part_patterned(change, pattern):
    scene = edited("a dog asleep on a blanket", change)
    assert pattern in scene.subject and "blanket" not in scene.negatives


def test_a_sign_told_to_say_new_words_loses_the_old_ones():
    scene = edited("a bakery with a chalk sign that says FRESH BREAD 7 am", "change the sign to say SOLD OUT today")
    assert '"SOLD OUT today"' in scene.subject and "FRESH" not in scene.subject and "sign" not in scene.negatives


def test_a_sign_made_to_say_words_is_lettering_not_a_speech_bubble():
    scene = edited("a shed with a painted sign that says KEEP OUT", "make the sign say 'welcome friends'")
    assert '"welcome friends"' in scene.subject and not any("bubble" in d for d in scene.details)


def test_a_figure_made_to_say_words_still_gets_a_speech_bubble():
    assert any("speech bubble" in d for d in edited("a parrot on a perch", "have the parrot say hello").details)


# ---- no fog this time: the mist goes too, and "this time" is no thing ---------------------------------------------------
def test_no_fog_this_time_keeps_fog_out_and_takes_the_mist_away():
    scene = edited("a misty harbour at dawn", "no fog this time, clear morning")
    assert scene.negatives == ["fog"] and "mist" not in scene.subject and "morning" in scene.time


@pytest.mark.parametrize("text, negatives", [("a meadow, no cows anymore", ["cows"]),
                                             ("a meadow, no sheep this time", ["sheep"])])
def test_a_when_word_after_no_is_no_part_of_the_thing(text, negatives):
    assert extract_negatives(text)[1] == negatives


def test_clear_before_a_weather_word_is_no_removal():
    scene = edited("a pine forest", "clear skies")
    assert "skies" not in scene.negatives


# ---- "less scary pls its for toddlers"; "a wall w graffiti" ------------------------------------------------------------
def test_less_said_with_why_and_no_comma_still_softens():
    scene = edited("a cartoon bear face", "less scary pls its for toddlers")
    assert "scary" in scene.negatives and not any("toddlers" in d for d in scene.details)


def test_w_between_words_is_with():
    result = after("a red door w ivy around it", "no ivy")
    assert "red door" in result.prompt and "ivy" in result.negative_prompt


# ---- an upload named by the user's question; a photo made a style ------------------------------------------------------
def test_what_kind_of_thing_names_the_photos_subject():
    assert named_in_photo("what kind of bird is this?") == "a bird"


def test_an_upload_asked_about_then_restyled_keeps_what_it_shows():
    conv = offline_conversation(28)
    conv.respond("what breed of dog is this?", files=["tests/data/images/chelsea.png"])
    result = conv.respond("haha ok turn her into a pastel drawing")
    assert "dog" in result.prompt and "pastel" in result.prompt


@pytest.mark.parametrize("change, style", [("make my cat a watercolor", "watercolor"),
                                           ("make the cat an oil painting", "oil painting")])
def test_my_thing_made_a_style_is_restyled_not_replaced(change, style):
    scene = edited("a cat", change)
    assert scene.subject == "a cat" and scene.style == style


def test_my_thing_made_another_thing_is_still_replaced():
    assert edited("a cat", "make the cat a lion").subject == "a lion"


# ---- other languages: words the small model lost, places, formats -------------------------------------------------------
def test_a_thing_the_small_model_lost_in_a_half_english_message_is_read_from_the_word_list():
    original = "hola, puedes hacer un dibujo de un bombero con casco? it's for my station's newsletter"
    translation = translate(ScriptedLLM(default="Hello, can you make a picture of a man with a helmet?",
                                        is_instruct=False, name="small"), original)
    assert "firefighter" in translation.text


@pytest.mark.parametrize("text, said", [
    ("mi fai una bici blu parcheggiata davanti a un bar a Firenze", "parked in front of a bar in Florence"),
    ("tu peux dessiner un vélo devant une boulangerie à Lyon ?", "in Lyon"),
])
def test_a_city_after_a_is_in_the_city(text, said):
    assert said in after(text).prompt


def test_a_panoramic_format_in_portuguese_is_wide():
    result = after("quero um papagaio numa árvore, bem colorido, formato panorâmico")
    assert result.images[0].width > result.images[0].height and "panor" not in result.prompt


def test_put_it_in_another_city_instead_in_italian():
    result = after("una gondola a Venezia di notte", "Ora mettila a Parigi invece che a Venezia")
    assert "Paris" in result.prompt and "Venice" not in result.prompt
