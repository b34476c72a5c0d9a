"""Stop 30's readings, each with sentences of our own (not from any eval set).

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest -q tests/test_brain_structure30.py
"""
import pytest

from brain import edited_scene, offline_conversation, turns_after
from chat.capabilities import asks_to_do_lacking
from chat.types import Action
from chat.words.glossary import gloss
from chat.words.mind import final_say
from chat.words.normalize import self_corrected
from chat.words.route import RouteContext, route
from chat.words.slots import classify_phrase, is_modifier_only

NOTHING_YET = RouteContext()
edited = edited_scene


def after(first: str, *messages: str):
    return turns_after(30, first, *messages)


def on_screen(*words: str) -> RouteContext:
    return RouteContext(has_current=True, image_count=1, last_batch=1, scene_words=set(words))


# ---- asks Easel can't do, asked of the picture ---------------------------------------------------------------------
@pytest.mark.parametrize("text", ["can you make the penguins talk and move", "could you make my logo move? like a spinning gif",
                                  "nice. can you make him wave at us, like a little animation?",
                                  "can you make a song too? something upbeat", "can you post the picture on facebook for me?"])
def test_an_ask_for_motion_sound_or_posting_is_answered_not_drawn(text):
    assert asks_to_do_lacking(text) is not None
    assert after("a penguin on an ice floe", text).action is Action.CHAT


@pytest.mark.parametrize("text", ["a movie poster like a classic western", "make my dog dance in the rain"])
def test_a_look_or_a_pose_is_not_an_ask_easel_cannot_do(text):
    assert asks_to_do_lacking(text) is None


@pytest.mark.parametrize("text", ["hi, my nephew installed this for me. can you draw pictures of anything?",
                                  "quick question: can you make images sharp enough for a big print?"])
def test_what_easel_can_make_asked_in_general_is_talk(text):
    assert route(text, NOTHING_YET).action is Action.CHAT


def test_a_question_in_general_then_a_request_is_the_request():
    assert route("can you make pictures of anything? draw a walrus", NOTHING_YET).action is Action.GENERATE


# ---- a mind changed mid-message --------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, kept, gone", [
    ("put a scarf on her. wait, a beanie", "beanie", "scarf"),
    ("add a cup of tea... actually no, make it a bowl of soup", "bowl of soup", "tea"),
])
def test_a_thing_said_again_as_another_takes_its_place(text, kept, gone):
    said = self_corrected(text)
    assert kept in said and gone not in said


def test_a_thing_corrected_keeps_where_it_goes():
    assert self_corrected("put a bow tie on him. wait, a top hat") == "put a top hat on him"


def test_a_look_said_again_is_not_a_thing_corrected():
    assert self_corrected("a cat on a mat, make it a tiger") == "a cat on a mat, make it a tiger"


@pytest.mark.parametrize("text, said", [("give me 5 pictures of a windmill - sorry, 4, just 4", "give me 4 pictures of a windmill"),
                                        ("draw 2 owls. oops, 3", "draw 3 owls")])
def test_a_count_said_again_is_the_count(text, said):
    assert final_say(text) == said


def test_a_place_said_again_with_the_same_head_takes_its_place():
    assert final_say("change the river to a poppy field. oops i mean wheat field") == "change the river to a wheat field"


def test_a_colour_after_sky_is_not_sky_blue():
    assert final_say("make the sky green. actually no, yellow") == "make the sky yellow"


def test_a_count_corrected_draws_that_many():
    assert len(after("give me 4 pictures of a lighthouse - sorry, 3, just 3").images) == 3


# ---- a picture wished for inside a statement about the asker -----------------------------------------------------------
@pytest.mark.parametrize("text, thing", [
    ("Hello. I teach geography and would like a simple diagram of a volcano erupting, on white.", "volcano"),
    ("I need reference art for a clay model: a dwarf blacksmith at his anvil", "blacksmith"),
    ("i'm sewing a quilt and need a pattern idea. simple drawing of a heron among reeds", "heron"),
])
def test_a_kind_of_picture_wished_for_after_words_about_the_asker_is_drawn(text, thing):
    decision = route(text, NOTHING_YET)
    assert decision.action is Action.GENERATE and thing in decision.text.lower()


def test_art_wished_for_with_nothing_named_is_not_drawn():
    assert route("i need art for my shop", NOTHING_YET).action is not Action.GENERATE


# ---- a thing shown as well, in the picture on screen ------------------------------------------------------------------
@pytest.mark.parametrize("text", ["could you also show a balloon floating over the tower?", "show the bats under the bridge too"])
def test_a_thing_shown_as_well_is_added(text):
    result = after("a stone tower by a bridge", text)
    assert result.action is Action.EDIT and "tower" in result.prompt


def test_another_picture_asked_for_as_well_is_new():
    assert after("a stone tower by a bridge", "can you also draw a cat").action is Action.GENERATE


# ---- a change typed without its article --------------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["make bg yellow pls", "make background yellow", "make owl bigger"])
def test_a_change_without_its_article_is_an_edit(text):
    result = after("an owl on a branch", text)
    assert result.action is Action.EDIT and "owl" in result.prompt


def test_a_new_picture_without_its_article_stays_new():
    assert route("make owls in space", on_screen("owl", "branch")).action is Action.GENERATE


# ---- a period as the look -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["1950s", "the 70s", "in the 1800s"])
def test_a_period_alone_is_a_look(text):
    assert classify_phrase(text) == "style" and is_modifier_only(text)


def test_a_period_alone_restyles_the_picture_on_screen():
    result = after("a diner on a highway", "1950s")
    assert result.action is Action.EDIT and "diner" in result.prompt and "1950s style" in result.prompt


# ---- an upscale said as "it at 2x", "ready to print" -------------------------------------------------------------------
@pytest.mark.parametrize("text", ["could you give me it at 3x so i can frame it", "can i have this at 2x", "make it ready for printing",
                                  "ok fine. I'll frame it. bigger please"])
def test_a_factor_or_print_readiness_is_an_upscale(text):
    assert after("a map of an island", text).action is Action.UPSCALE


# ---- a restyle wished for an upload -----------------------------------------------------------------------------------
def test_an_upload_wanted_in_a_look_by_someone_else_is_restyled():
    conv = offline_conversation(30)
    result = conv.respond("my wife took this and wants it as a charcoal drawing, can you do that?",
                          files=["tests/data/images/ball.png"])
    assert result.action is Action.EDIT and "charcoal" in result.prompt


@pytest.mark.parametrize("text, language, english", [
    ("transforma numa pintura a óleo", "pt", "oil painting"),
    ("fallo sembrare un disegno a matita", "it", "look like"),
])
def test_a_restyle_in_another_language_reads_as_one(text, language, english):
    assert english in gloss(text, language).text


# ---- "the snowy one" -------------------------------------------------------------------------------------------------------
def test_the_weather_adjective_picks_the_picture_with_that_weather():
    conv = offline_conversation(30)
    conv.respond("a cabin in the snow")
    conv.respond("make it summer instead of snow, no snow")
    result = conv.respond("back to the snowy one")
    assert result.action is Action.REVERT and result.images[0].id == "img-1"


# ---- a memory told over several sentences, then "can you paint that?" --------------------------------------------------
@pytest.mark.parametrize("text, things", [
    ("When I was little we spent every winter at our aunt's farmhouse by a frozen pond. There was a blue sled by the barn "
     "and there were always crows on the fence. Could you paint that for me?", ("sled", "crows", "farmhouse")),
    ("I grew up in a fishing village in Norway. There were red boathouses along the fjord and drying racks full of cod. "
     "My sister and I used to swim off the jetty. Can you draw it as a watercolor?", ("boathouses", "fjord", "watercolor")),
    ("This is a strange one, but I miss my grandpa's workshop. Grandpa's workshop in the 70s: pegboard walls full of tools, "
     "a radio on the bench, sawdust in the light. Can you draw it?", ("workshop", "pegboard", "radio")),
])
def test_a_memory_told_over_several_sentences_is_drawn_whole(text, things):
    result = after(text)
    assert result.action is Action.GENERATE and all(t in result.prompt for t in things)


# ---- new lettering for a sign, new names for a couple --------------------------------------------------------------------
def test_a_sign_changed_to_quoted_words_says_them():
    subject = edited("a shop door with a sign that says 'Open'", "change the sign to 'Back in 5 minutes'").subject
    assert "'Back in 5 minutes'" in subject and "'Open'" not in subject


def test_two_names_said_anew_take_the_places_of_the_two_names():
    subject = edited("a wreath with the names 'Ada & Tom' in silver", "change the names to Ruth & Ben").subject
    assert "'Ruth & Ben'" in subject and "Ada" not in subject and "Tom" not in subject


# ---- the thing itself, said anew; a person as a woman or a man; the same act on a new thing -------------------------------
def test_the_subject_said_anew_with_its_own_noun_replaces_it():
    subject = edited("a brown bear sitting in a meadow", "make him a white polar bear").subject
    assert subject.startswith("a white polar bear sitting") and "brown" not in subject


def test_a_role_made_a_woman_keeps_the_role():
    assert edited("a drummer playing on a rooftop", "make it a she").subject.startswith("a female drummer")
    assert edited("a drummer playing on a rooftop", "make the drummer a woman").subject.startswith("a woman drummer")


def test_an_animal_made_a_woman_is_still_one_thing_for_another():
    assert edited("a cat on a rug", "make the cat a woman").subject.startswith("a woman")


@pytest.mark.parametrize("text, new, old", [("make them play dominoes instead", "playing dominoes", "chess"),
                                            ("make her ride a bicycle instead", "riding a bicycle", "horse")])
def test_the_same_act_on_a_new_thing_replaces_the_old_thing(text, new, old):
    scene = edited("two kids playing chess" if "them" in text else "a girl riding a horse on a beach", text)
    assert new in scene.subject and old not in scene.subject


def test_a_colour_is_not_an_act_on_a_new_thing():
    scene = edited("a sailboat on the sea", "make the sail red and the sea green")
    assert "red sail" in scene.details and "green sea" in scene.subject and "sailing" not in scene.subject


def test_less_of_a_countable_thing_is_fewer_not_none():
    scene = edited("paper kites flying over a beach", "less kites, it's crowded")
    assert "kites" in scene.subject and "fewer kites" in scene.details and "kites" not in scene.negatives


# ---- a part of one of the things on screen; things on a part, asked politely --------------------------------------------
def test_a_part_of_one_of_the_things_on_screen_is_an_edit():
    assert route("make one car's wheels gold and the other car silver", on_screen("cars", "road")).action is Action.EDIT


def test_things_on_a_part_with_a_please_are_added():
    assert route("kites in the sky pls", on_screen("beach")).action is Action.EDIT


# ---- words of other languages ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, language, english", [
    ("dibuja un gato wearing a poncho", "es", "wearing a"),
    ("ein Leuchtturm unter Polarlichtern", "de", "northern lights"),
    ("agora de dia, por favor", "pt", "daytime"),
])
def test_words_of_other_languages_read(text, language, english):
    assert english in gloss(text, language).text


@pytest.mark.parametrize("text", ["mil gracias, quedó perfecto", "grazie mille, è venuto benissimo!",
                                  "muchas gracias, ¡quedó hermoso!"])
def test_thanks_and_praise_in_another_language_are_talk(text):
    assert after("a dog by a fireplace", text).action is Action.CHAT


def test_a_change_after_thanks_in_another_language_is_still_a_change():
    assert after("a dog by a fireplace", "gracias, hazlo más bonito").action is Action.EDIT


# ---- a city named anew ---------------------------------------------------------------------------------------------------
def test_a_city_named_anew_takes_the_old_citys_place():
    scene = edited("the rooftops of Lisbon in the rain", "move everything to Porto, by the river")
    assert "Porto" in scene.subject and "Lisbon" not in scene.subject and "rain" in scene.subject


# ---- an upload's story, then a question about it ---------------------------------------------------------------------------
def test_a_story_then_a_question_about_the_upload_describes_it():
    conv = offline_conversation(30)
    result = conv.respond("my class uses this photo for a game. what colour is the ball?", files=["tests/data/images/ball.png"])
    assert result.action is Action.DESCRIBE


# ---- the picture on screen wished in a shape; a question about a thing in it; an upscale and why -----------------------
def test_the_picture_wished_in_a_shape_by_someone_is_reshaped():
    result = after("white tulips in a jug", "The couple would like it as a wide image for their thank-you cards.")
    assert result.action is Action.EDIT and result.images[0].width > result.images[0].height


def test_what_is_in_a_thing_of_the_picture_is_a_look_at_it():
    assert after("a cottage with a cat in the window", "what's in the window?").action is Action.DESCRIBE


def test_bigger_because_it_goes_to_the_printers_is_an_upscale():
    assert after("a tram in a city", "lovely. bigger please, it's going to the print shop").action is Action.UPSCALE


def test_him_made_a_drawing_of_an_upload_restyles_it():
    conv = offline_conversation(30)
    conv.respond("what is this?", files=["tests/data/images/chelsea.png"])
    result = conv.respond("aww. make him a charcoal drawing")
    assert result.action is Action.EDIT and "charcoal" in result.prompt


def test_him_made_a_card_is_still_a_new_picture():
    assert route("make him a birthday card of a dinosaur", on_screen("dog")).action is Action.GENERATE


# ---- one posture for another -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, new", [("same but standing", "standing"), ("now sitting", "sitting")])
def test_a_posture_said_takes_the_old_postures_place(text, new):
    subject = edited("a black labrador lying down on a porch", text).subject
    assert new in subject and "lying" not in subject


# ---- a name for the shop, quoted; a name said without quotes --------------------------------------------------------------
def test_calling_it_a_quoted_name_replaces_its_lettering():
    subject = edited("a shop front with 'BEAN THERE' painted above the door", "actually call it 'Brew Crew' instead").subject
    assert "'Brew Crew'" in subject and "BEAN" not in subject


def test_a_name_after_the_name_is_renamed():
    subject = edited("a badge with a wolf and the name IRON PACK", "change the name to NIGHT PACK").subject
    assert "NIGHT PACK" in subject and "IRON" not in subject


# ---- shorthand -------------------------------------------------------------------------------------------------------------------
def test_mor_is_more():
    assert after("a fox in a field", "2 mor").action is Action.VARIATIONS


def test_ya_before_a_request_is_yes():
    assert route("ya a paper boat in a puddle", NOTHING_YET).action is Action.GENERATE


# ---- words of other languages, more -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, language, english", [
    ("un martin-pêcheur sur une branche", "fr", "kingfisher"),
    ("un gatto sul davanzale", "it", "windowsill"),
    ("un mago haciendo malabares", "es", "juggling"),
    ("een meisje met een tandenborstel", "nl", "toothbrush"),
    ("ptak w gnieździe", "pl", "nest"),
])
def test_more_words_of_other_languages_read(text, language, english):
    assert english in gloss(text, language).text


def test_a_pet_described_before_paint_that_in_a_style_keeps_the_description():
    result = after("my cat died last year and I would love a painting of her. she was a grey tabby with green eyes, and she "
                   "loved sleeping on the windowsill. could you paint that in a watercolor style?")
    assert result.action is Action.GENERATE and "tabby" in result.prompt and "windowsill" in result.prompt
