"""Stop 32's readings, each with sentences of our own (not from any eval set).

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest -q tests/test_brain_structure32.py
"""
import pytest

from brain import edited_scene, turns_after
from chat.types import Action
from chat.words.edit import apply_edit
from chat.words.glossary import gloss
from chat.words.mixed import read_mixed
from chat.words.nounphrase import recolor
from chat.words.quoted import quoted_request
from chat.words.route import RouteContext, route
from chat.words.scene import Scene

ON_SCREEN = RouteContext(has_current=True, image_count=1, last_batch=1)
A_BATCH = RouteContext(has_current=True, image_count=4, last_batch=4)


def after(first: str, *messages: str):
    return turns_after(32, first, *messages)


# ---- bigger, said with why or with how big ----------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["bigger pls i wanna frame it for the hallway", "larger please we gotta print it tomorrow",
                                  "we'd love to frame it, as big as you can make it",
                                  "it's for the shop window, as large as possible"])
def test_bigger_with_a_reason_or_as_big_as_you_can_is_an_upscale(text):
    assert route(text, ON_SCREEN).action is Action.UPSCALE


def test_as_big_as_you_can_of_a_part_is_an_edit():
    assert route("make the sun as big as you can", ON_SCREEN).action is Action.EDIT


@pytest.mark.parametrize("text, index", [("Please make the third one bigger, 2x.", "3"),
                                         ("could you make the second one night", "2")])
def test_a_polite_pick_inside_the_ask_points_at_that_image(text, index):
    assert route(text, A_BATCH).target == index


def test_the_picked_image_is_upscaled_by_the_factor_said():
    result = after("4 pictures of a red tractor in a barn", "Lovely. Please make the second one bigger, 2x.")
    assert result.action is Action.UPSCALE and result.source == "img-2"
    assert result.images[0].width >= 2 * 512


# ---- a description in quotes, asked for -------------------------------------------------------------------------------
def test_a_quoted_description_asked_for_is_the_request():
    text = ("Our menu designer sent me this prompt: 'A steaming bowl of ramen, soft boiled egg, chopsticks resting on "
            "the rim, dark wooden table.' Can you make that? Square please.")
    assert quoted_request(text) == ("A steaming bowl of ramen, soft boiled egg, chopsticks resting on the rim, dark "
                                    "wooden table, square format")
    result = after(text)
    assert result.action is Action.GENERATE and "ramen" in result.prompt and "chopsticks" in result.prompt
    assert result.images[0].width == result.images[0].height


def test_a_swap_after_the_quote_changes_that_thing_in_place():
    text = ("I saw this description on a blog: \"a small red rowboat tied to a wooden dock at dawn, fog on the lake\" - "
            "could you do something like it but with a canoe instead of a rowboat?")
    request = quoted_request(text)
    assert "canoe" in request and "rowboat" not in request and "dock" in request


@pytest.mark.parametrize("text", ["put 'Fresh bread baked every morning' on it, can you do that?",
                                  "add the words 'see you at the fair' at the bottom, can you make it?",
                                  "a poster with the text 'Summer jazz on the pier tonight', can you make that?"])
def test_quoted_lettering_is_no_description(text):
    assert quoted_request(text) is None


def test_a_quote_not_asked_for_is_no_request():
    assert quoted_request("my daughter's teacher wrote: 'a lovely drawing of the whole family together'") is None


# ---- an edit's words ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("change, facing", [("make the horse face right", "the horse facing right"),
                                            ("make the owl face the camera", "the owl facing the camera")])
def test_facing_a_direction_is_a_pose_not_a_new_thing(change, facing):
    scene = edited_scene("a horse and an owl in a meadow", change)
    assert facing in scene.details and not scene.negatives


def test_a_recolour_takes_the_old_shade_word_with_the_old_colour():
    assert recolor("a stage with deep purple curtains", "curtains", "gold") == "a stage with gold curtains"
    assert recolor("a tall dark green door", "door", "red") == "a tall red door"


def test_without_a_thing_said_after_a_hmm_then_an_addition_does_both():
    scene = edited_scene("a garden with a stone path, a small fountain and roses", "hmm without the fountain, put a "
                                                                                      "bird bath there instead")
    assert "fountain" in scene.negatives and "fountain" not in scene.subject
    assert "a bird bath" in scene.details


def test_there_after_an_addition_is_no_word_of_the_picture():
    scene = edited_scene("a desk with a lamp", "remove the lamp and put a plant in its place")
    assert scene.details == ["a plant"]


@pytest.mark.parametrize("change", ["make this lake picture tall", "make the lake photo taller for my phone"])
def test_the_picture_called_by_what_it_shows_is_the_picture(change):
    plan = apply_edit(Scene(subject="a lake at dawn"), change)
    assert plan.aspect == "tall" and "lake" in plan.scene.subject and not plan.scene.negatives


def test_a_thing_called_a_picture_the_scene_does_not_show_stays_a_thing():
    plan = apply_edit(Scene(subject="a living room"), "remove the dog picture on the wall")
    assert plan.aspect is None and plan.scene.negatives


# ---- other languages ------------------------------------------------------------------------------------------------
def test_lit_lanterns_in_spanish():
    assert gloss("de noche, con farolitos encendidos", "es").text == "at night, with lit lanterns"


def test_a_spanish_article_and_noun_inside_english_are_read():
    assert read_mixed("could you make it wider para mi sobrina").text.endswith("for my niece")
    assert read_mixed("a cat in la la land").text == "a cat in la la land"


# ---- asks said politely or with a question first ----------------------------------------------------------------------
@pytest.mark.parametrize("text", ["I was wondering if you could possibly paint me a windmill in a tulip field",
                                  "could you possibly show me a windmill in a tulip field",
                                  "would you be able to draw a windmill in a tulip field"])
def test_a_hedged_ask_draws_and_its_hedge_is_no_word_of_the_picture(text):
    result = after(text)
    assert result.action is Action.GENERATE
    assert not any(w in result.prompt.lower() for w in ("wonder", "possibly", "able", "could"))


def test_a_vague_count_then_a_number_draws_that_many_and_the_count_words_go():
    result = after("could you show me a few pictures of a red barn in the snow. Maybe 4 of them, so I can choose?")
    assert len(result.images) == 4 and "choose" not in result.prompt and "of them" not in result.prompt


def test_a_few_more_then_a_number_is_that_many_takes():
    result = after("a lighthouse on a cliff", "could you do a few more of those, say 2")
    assert result.action is Action.VARIATIONS and len(result.images) == 2


def test_question_first_is_answered_first():
    assert route("hi! question first - do you keep my pictures private? I want a logo for my bakery",
                 RouteContext()).action is Action.CHAT


def test_a_question_about_what_was_done_before_is_talk():
    assert route("do you still have what we made last week? i did a poster of a ship", RouteContext()).action is Action.CHAT


@pytest.mark.parametrize("text", ["what birds do you reckon these are?", "what do you think is in the photo, exactly?"])
def test_what_you_think_is_in_it_is_a_description(text):
    assert route(text, ON_SCREEN).action is Action.DESCRIBE


def test_a_picked_image_after_praise_then_a_change_edits_that_image():
    result = after("3 pictures of a beach hut", "They are all nice. I think I like the second one best. Could you add a "
                                                "striped towel on the sand?")
    assert result.action is Action.EDIT and result.source == "img-2" and "towel" in result.prompt


# ---- a reason said after the ask --------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["larger please, i want it for the shop window", "make it higher res so i can set it as "
                                                                                   "my lock screen"])
def test_bigger_then_what_it_is_for_is_an_upscale(text):
    assert route(text, ON_SCREEN).action is Action.UPSCALE


def test_the_reason_a_thing_is_left_out_is_no_word_of_the_picture():
    result = after("a zombie party in a barn, no blood cuz its for my nephew's class")
    assert "blood" in result.negative_prompt and "nephew" not in result.prompt and "cuz" not in result.prompt


@pytest.mark.parametrize("change", ["take the scarf off, the client hates scarves", "make the scarf green not red, red is "
                                                                                   "my rival's colour"])
def test_why_a_change_is_asked_is_no_word_of_the_picture(change):
    scene = edited_scene("a snowman with a red scarf", change)
    assert not scene.details and "client" not in scene.subject and "rival" not in scene.subject


def test_it_would_make_a_nice_card_is_a_remark():
    scene = edited_scene("a barn", "could you add some geese? It would make a lovely birthday card.")
    assert scene.details == ["some geese"]


# ---- removals said other ways -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("change", ["actually scratch the kite, keep the clouds", "loose the kite please"])
def test_scratch_and_loose_remove_the_thing(change):
    scene = edited_scene("a park with a kite and clouds", change)
    assert "kite" in scene.negatives and "kite" not in scene.subject and not scene.details


def test_a_thing_seen_then_removed_by_pronoun_is_left_out():
    scene = edited_scene("a mountain lake at dusk", "there's a boat near the shore, can you remove it pls")
    assert scene.negatives == ["boat"] and not scene.details


def test_a_correction_lead_after_actually_is_no_word_of_the_picture():
    scene = edited_scene("a kite with a green tail", "actually no wait, make the tail orange not green")
    assert "orange tail" in scene.subject and not scene.details


def test_see_it_with_a_thing_in_another_colour_recolours_it():
    scene = edited_scene("a barn with a grey roof", "can i see it with a red roof instead")
    assert scene.subject == "a barn with a red roof" and not scene.details


# ---- what an upload shows ----------------------------------------------------------------------------------------------
def test_it_is_her_dog_names_the_upload():
    from chat.words.photo import named_in_photo
    assert named_in_photo("Oh, it is her dog. Could you make it a pencil sketch?") == "a dog"


def test_an_upscaled_upload_keeps_what_it_shows_for_the_next_edit(tmp_path):
    from PIL import Image
    photo = tmp_path / "upload.png"
    Image.new("RGB", (256, 256), "white").save(photo)
    conv = __import__("brain").offline_conversation(32)
    conv.respond("This is a picture of a lighthouse my son drew. Can you make it bigger?", [str(photo)])
    result = conv.respond("now make it look like it is raining")
    assert result.action is Action.EDIT and "lighthouse" in result.prompt


# ---- other languages' words ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, language, english", [
    ("una bola de discoteca sobre el mar", "es", "a disco ball on the sea"),
    ("un gatto in stile punto croce", "it", "cross-stitch"),
    ("een hond in een teil vol schuim", "nl", "tub"),
    ("koekjes op een wit bordje", "nl", "plate"),
    ("eine Torte auf einem Kuchenbuffet", "de", "cake buffet")])
def test_words_other_languages_say_of_things(text, language, english):
    assert english in gloss(text, language).text


# ---- talk set inside a sentence ---------------------------------------------------------------------------------------
def test_asides_of_talk_go_and_asides_of_the_picture_stay():
    from chat.words.asides import without_asides
    assert without_asides("Lovely (sorry to be a bother!) but could you, perhaps, add a red kite?") == \
        "Lovely but could you add a red kite?"
    assert without_asides("could you draw me, say, three options") == "could you draw me three options"
    assert without_asides("a bridge (the old stone one) over a river") == "a bridge (the old stone one) over a river"


def test_a_long_ask_with_asides_still_edits():
    result = after("a windmill by a canal", "Oh, that's grand, really, though (and forgive me for being picky) could "
                                           "you, then, add a barge on the water?")
    assert result.action is Action.EDIT and "barge" in result.prompt and "forgive" not in result.prompt


def test_the_one_described_in_the_context_is_the_one_drawn():
    result = after("My story's wizard lives in a leaning cottage, beside a frozen lake, under green northern lights; "
                   "could you draw me, say, three options for the cottage?")
    assert len(result.images) == 3 and "frozen lake" in result.prompt and "northern lights" in result.prompt


def test_try_again_but_with_changes_is_an_edit_of_them():
    result = after("a castle on a cliff", "Not quite. Could you try again, but with the castle made of red brick and "
                                          "bats around the tower?")
    assert result.action is Action.EDIT and "brick" in result.prompt and "bats" in result.prompt


def test_thanks_said_with_a_remark_or_a_slip_is_talk():
    for text in ("thank you, that honestly made my whole week", "Thnak you!!", "jaja gracias!!", "lol nailed it, cheers"):
        assert route(text, ON_SCREEN).action is Action.CHAT, text


@pytest.mark.parametrize("text", ["what does upscale even mean?", "how can I download it in full resolution?",
                                  "could you turn it into a 3d model I could print?"])
def test_questions_about_words_saving_and_3d_prints_are_talk(text):
    assert after("a teapot shaped like a whale", text).action is Action.CHAT


# ---- an edit's words, again -------------------------------------------------------------------------------------------
def test_a_shade_named_for_a_medium_is_a_colour():
    scene = edited_scene("a navy wool coat on a hanger", "make the coat charcoal grey")
    assert "charcoal grey wool coat" in scene.subject and "navy" not in scene.subject and not scene.style


def test_a_new_material_takes_the_old_ones_place():
    scene = edited_scene("a copper statue of an owl on a plinth", "change it to black granite")
    assert scene.subject == "a black granite statue of an owl on a plinth" and not scene.details


def test_same_but_with_a_part_in_a_colour_recolours_it():
    scene = edited_scene("a skier in a yellow jacket on a slope", "same but with the jacket red instead")
    assert "red jacket" in scene.subject and "yellow" not in scene.subject


def test_a_recolour_finds_the_thing_as_said_not_a_modifier_of_another():
    assert recolor("a stone wall path, grey wall tiles", "tiles", "blue") == "a stone wall path, blue wall tiles"


@pytest.mark.parametrize("subject, change, kept", [("a barista pouring milk into a cup", "replace the milk with cream",
                                                    "a barista pouring cream into a cup"),
                                                   ("a boy lifting a box onto a shelf", "swap the box for a crate",
                                                    "a boy lifting a crate onto a shelf")])
def test_a_thing_acted_on_is_swapped_without_its_doer(subject, change, kept):
    assert edited_scene(subject, change).subject == kept


def test_i_meant_this_not_that_with_a_sorry_and_the_same_colours():
    result = after("a stained glass window of an owl in red and gold", "no wait, i meant a heron not an owl, sorry, "
                                                                        "same colours")
    assert result.action is Action.EDIT and "heron" in result.prompt and "owl" not in result.prompt
    assert "same colours" not in result.prompt


def test_the_pictures_own_things_said_anew_edit_them():
    result = after("a kitchen with green subway tiles and oak shelves", "ok now white subway tiles with grey grout")
    assert result.action is Action.EDIT and "kitchen" in result.prompt and "grout" in result.prompt
    assert after("a kitchen with green subway tiles", "now a bathroom").action is Action.GENERATE


@pytest.mark.parametrize("text, language, english", [
    ("une corbeille avec des grappes de raisin", "fr", "bunch of grapes"),
    ("un château sous un ciel dégagé", "fr", "clear"),
    ("eine Kutsche vor einem Märchenschloss", "de", "fairy-tale castle"),
    ("las z sarną", "pl", "deer"),
    ("rudy kot", "pl", "ginger cat")])
def test_more_words_other_languages_say_of_things(text, language, english):
    assert english in gloss(text, language).text


# ---- long explanations, then a short ask --------------------------------------------------------------------------------
def test_things_explained_then_asked_for_with_a_pronoun_are_the_change():
    from chat.words.explained import explained_change
    text = ("right, so my gran grew up by the sea and there should be gulls over the harbour and a red lighthouse on the "
            "point, can you add those")
    assert explained_change(text) == "gulls over the harbour, a red lighthouse on the point"
    result = after("a fishing harbour at dawn", text)
    assert result.action is Action.EDIT and "gulls" in result.prompt and "lighthouse" in result.prompt
    assert "gran" not in result.prompt


def test_a_list_after_a_colon_then_change_it_is_the_change():
    from chat.words.explained import explained_change
    assert explained_change("nice but I wanted specific things: a cello in the corner, and sheet music on the floor. "
                            "can you change it") == "a cello in the corner, sheet music on the floor"


@pytest.mark.parametrize("text", ["we'd love to frame it, as big as you can make it", "the fox is sweet, can you change it"])
def test_no_description_no_explained_change(text):
    from chat.words.explained import explained_change
    assert explained_change(text) is None


def test_what_i_mean_is_then_the_change():
    result = after("a cartoon owl on a branch", "sorry, what I mean is the owl looks too cartoony, I wanted it to look "
                                               "like a real photo, with snow on the branch")
    assert result.action is Action.EDIT and "owl" in result.prompt and "snow" in result.prompt


def test_the_file_has_to_be_bigger_is_an_upscale():
    assert route("so the print shop said the file has to be bigger, like twice the size", ON_SCREEN).action is \
        Action.UPSCALE


@pytest.mark.parametrize("text", ["and a bigger version for the wall pls", "Bigger please, it's going in print",
                                  "bigger please, my printer is fussy and I want to frame it"])
def test_more_ways_bigger_is_asked(text):
    assert route(text, ON_SCREEN).action is Action.UPSCALE


def test_a_question_about_what_bigger_does_is_talk():
    assert route("ty! will it stay square when you make it bigger?", ON_SCREEN).action is Action.CHAT


def test_a_shape_said_with_format_beats_the_formats_own():
    from chat.words.sizes import aspect_from_text
    assert aspect_from_text("a flyer for the bake sale, a cake stand with cupcakes, tall format pls") == "tall"
    assert aspect_from_text("a poster of a lighthouse, wide format please") == "wide"


def test_id_prefer_it_wide_after_actually():
    plan = apply_edit(Scene(subject="a bowl of lemons"), "Actually I'd prefer it wide for the blog header")
    assert plan.aspect == "wide" and not plan.scene.details


# ---- British talk ---------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("change", ["nah bin the pickles, cant stand em", "bin the pickles"])
def test_bin_the_thing_removes_it(change):
    result = after("a burger with pickles and cheese", change)
    assert result.action is Action.EDIT and "pickles" in result.negative_prompt and "stand" not in result.prompt


@pytest.mark.parametrize("text", ["top, that's the one cheers", "safe, ta", "ace, sorted"])
def test_british_thanks_are_talk(text):
    assert route(text, ON_SCREEN).action is Action.CHAT


def test_could_i_have_bare_plurals_is_a_picture():
    result = after("Morning! Baker here, doing a spring range. Could I have cupcakes shaped like tulips on a tray, "
                   "without any sprinkles")
    assert result.action is Action.GENERATE and "cupcakes" in result.prompt and "Baker" not in result.prompt
    assert "sprinkles" in result.negative_prompt


def test_a_reason_about_another_tool_is_no_word_of_the_picture():
    result = after("a bowl of pears, without any bananas, my old app kept adding bananas")
    assert "app" not in result.prompt and "bananas" in result.negative_prompt


# ---- other languages, again ---------------------------------------------------------------------------------------------
def test_go_back_in_italian_after_a_murmur_is_a_revert():
    assert after("a red tram in Lisbon", "make it night", "Mmm, torna alla prima immagine").action is Action.REVERT


def test_dutch_make_the_thing_another_colour_is_an_edit():
    result = after("a bunch of yellow tulips in a jug", "Kun je de tulpen rood maken in plaats van geel?")
    assert result.action is Action.EDIT


@pytest.mark.parametrize("text, language, english", [
    ("een bruidsboeket op een stoel", "nl", "bridal bouquet"),
    ("een loodgieter met een pet", "nl", "plumber with a cap"),
    ("un chien et des corredores", "es", "runner"),
    ("eine Handpuppe aus Filz", "de", "hand puppet from felt"),
    ("ohne Zähne", "de", "teeth"),
    ("uma prancha encostada numa torre de salva-vidas", "pt", "lifeguard tower")])
def test_words_for_people_and_things_in_other_languages(text, language, english):
    assert english in gloss(text, language).text


def test_a_thing_removed_takes_where_it_was_with_it():
    from chat.words.nounphrase import remove_object
    assert remove_object("steam rising from the bowl, a paper lantern in the background", "lantern") == (
        "steam rising from the bowl", True)
    assert remove_object("a lantern in the background", "lantern") == ("", True)
    assert remove_object("a cat sitting in the garden", "cat") == ("the garden", True)  # the picture's place stays


def test_a_message_without_asides_is_left_as_typed():
    from chat.words.asides import without_asides
    text = "sorry, english is easier for me to type :) can you take away the fog?"
    assert without_asides(text) == text
    assert after("a monastery on a hill in the fog", text).action is Action.EDIT
