"""Stop 33's readings, each with sentences of our own (not from any eval set).

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest -q tests/test_brain_structure33.py
"""
import pytest

from brain import edited_scene, offline_conversation, turns_after
from chat.types import Action
from chat.words.edit import apply_edit
from chat.words.glossary import gloss
from chat.words.mind import final_say
from chat.words.mixed import read_mixed
from chat.words.photo import named_in_photo
from chat.words.route import RouteContext, route
from chat.words.scene import Scene
from chat.words.sizes import aspect_from_text

ON_SCREEN = RouteContext(has_current=True, image_count=1, last_batch=1)
UPLOADED = RouteContext(has_current=True, has_upload=True, image_count=1, last_batch=1)
A_BATCH = RouteContext(has_current=True, image_count=4, last_batch=4)


def after(first: str, *messages: str):
    return turns_after(33, first, *messages)


def _photo(tmp_path):
    from PIL import Image
    photo = tmp_path / "upload.png"
    Image.new("RGB", (256, 256), "white").save(photo)
    return str(photo)


# ---- a shape and where it goes, said last -------------------------------------------------------------------------------
@pytest.mark.parametrize("text, aspect", [("a windmill at dawn, square for my blog", "square"),
                                          ("a windmill at dawn, wide for youtube", "wide"),
                                          ("a windmill at dawn, tall please, for instagram", "tall")])
def test_the_shape_and_its_use_said_last_are_no_words_of_the_picture(text, aspect):
    result = after(text)
    assert "windmill" in result.prompt and not any(w in result.prompt.lower() for w in ("blog", "youtube", "instagram"))
    width, height = result.images[0].width, result.images[0].height
    assert {"square": width == height, "wide": width > height, "tall": height > width}[aspect]


@pytest.mark.parametrize("text, aspect", [("a wide watercolour painting of a harbour", "wide"),
                                          ("a tall cinematic shot of a lighthouse", "tall")])
def test_a_shape_before_a_styled_picture_kind_is_the_shape(text, aspect):
    assert aspect_from_text(text) == aspect


def test_a_tall_person_doing_something_is_no_shape():
    assert aspect_from_text("a tall man painting a wall") is None


def test_a_shape_asked_of_the_picture_as_a_question_reshapes_it():
    result = after("three ducks crossing a road", "Could the poster picture be tall? Also give them little hats")
    assert result.action is Action.EDIT and result.images[0].height > result.images[0].width
    assert "hats" in result.prompt and "poster picture" not in result.prompt


# ---- swaps that go on -----------------------------------------------------------------------------------------------------
def test_after_a_swap_now_a_thing_swaps_again():
    conv = offline_conversation(33)
    conv.respond("a goldfish in a glass bowl")
    conv.respond("make it a turtle instead")
    result = conv.respond("ok now a frog")
    assert result.action is Action.EDIT and "frog" in result.prompt and "bowl" in result.prompt
    result = conv.respond("and now a crab!")
    assert result.action is Action.EDIT and "crab" in result.prompt


def test_now_a_thing_with_no_swap_before_is_a_new_picture():
    assert after("a goldfish in a glass bowl", "now a castle on a hill").action is Action.GENERATE


# ---- English words that are also words of other languages --------------------------------------------------------------
def test_pastel_in_english_is_no_spanish_cake():
    assert read_mixed("a meadow at dusk, pastel colours").read == []
    assert "pastel" in after("a meadow at dusk, pastel colours").prompt


def test_a_foreign_fragment_in_english_is_still_read():
    assert read_mixed("a maple tree, feuilles rouges").text.endswith("red leaves")


# ---- questions about Easel and how to ask it ------------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["cool. what is this app built on, does it phone home?",
                                  "how would i word it if i want a specific lens? do i just type '85mm' or what",
                                  "could you explain what the difference is between variations and an edit?"])
def test_a_question_about_the_app_or_how_to_ask_is_talk(text):
    assert route(text, ON_SCREEN).action is Action.CHAT


def test_what_is_this_of_the_picture_is_still_a_description():
    assert route("what is this?", ON_SCREEN).action is Action.DESCRIBE


def test_if_i_say_with_no_question_is_no_talk():
    assert route("if I say night, make it night", ON_SCREEN).action is not Action.CHAT


# ---- takes, asked in other words ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, count", [("do 2 of these, a bit different", 2), ("she says she needs 3 of them now", 3)])
def test_so_many_of_these_is_that_many_takes(text, count):
    decision = route(text, ON_SCREEN)
    assert decision.action is Action.VARIATIONS and decision.count == count


def test_one_more_then_a_dash_and_an_ask_is_that_ask():
    result = after("a fox in a top hat", "oh one more - could you do a version without the hat? just the fox in a scarf")
    assert result.action is Action.EDIT and "hat" in result.negative_prompt and "scarf" in result.prompt


def test_an_ask_that_only_leaves_a_thing_out_leaves_no_command_words():
    scene = edited_scene("a fox in a top hat", "make it without the hat")
    assert scene.negatives == ["hat"] and "make it" not in " ".join([scene.subject, *scene.details])


@pytest.mark.parametrize("text", ["can i get it full res?", "full res for my laptop please"])
def test_full_res_is_an_upscale(text):
    assert route(text, ON_SCREEN).action is Action.UPSCALE


def test_a_version_of_it_in_a_look_is_an_edit_of_that_picture():
    decision = route("could you create a version of it in charcoal, rough strokes?", ON_SCREEN)
    assert decision.action is Action.EDIT and decision.text.startswith("make it in charcoal")


def test_a_version_of_a_named_thing_is_a_new_picture():
    assert route("draw a version of the leaning tower", ON_SCREEN).action is Action.GENERATE


# ---- talk before the ask, and reasons after it ---------------------------------------------------------------------------
def test_an_interjection_of_praise_is_no_word_of_the_picture():
    result = after("an owl on a fence post", "damn thats nice. now add a full moon behind it")
    assert "moon" in result.prompt and "damn" not in result.prompt


@pytest.mark.parametrize("change, gone", [
    ("remove the fountain please. The fountain wasn't there in real life.", "fountain"),
    ("no cars, i always end up with cars in these", "cars"),
    ("no clouds pls, they never look right. make it a clear blue sky", "clouds")])
def test_why_a_thing_goes_is_no_word_of_the_picture(change, gone):
    scene = edited_scene("a town square with a fountain and parked cars under clouds", change)
    assert gone in " ".join(scene.negatives) or gone not in scene.subject
    assert not any(w in " ".join([scene.subject, *scene.details]) for w in ("real life", "always", "never"))


def test_instead_of_whatever_it_is_names_nothing_to_replace():
    scene = edited_scene("a small dragon asleep on a pillow", "make the dragon blue instead of whatever colour it is now")
    assert "blue dragon" in scene.subject and "whatever" not in " ".join([scene.subject, *scene.details])


def test_the_ask_of_a_photo_after_talk_about_the_asker():
    decision = route("hello! i run a bakery in leeds, we open at six. could you turn this croissant photo into a "
                     "pop art poster?", UPLOADED)
    assert decision.action is Action.EDIT and decision.text.startswith("could you turn this croissant photo")


def test_an_upload_edit_after_talk_keeps_what_the_photo_shows(tmp_path):
    conv = offline_conversation(33)
    result = conv.respond("hi there, I'm a beekeeper in Devon, market day tomorrow. can you turn this honey jar "
                          "photo into a vintage label?", [_photo(tmp_path)])
    assert result.action is Action.EDIT and "honey jar" in result.prompt and "beekeeper" not in result.prompt


def test_a_pet_talked_of_before_the_photo_is_what_the_photo_shows(tmp_path):
    conv = offline_conversation(33)
    conv.respond("my parrot Kiwi keeps stealing my pens lol")
    result = conv.respond("here he is. can you make him look like a pirate captain", [_photo(tmp_path)])
    assert "parrot" in result.prompt


def test_a_compound_noun_names_the_last_thing():
    assert named_in_photo("this is our farm dog, he herds everything") == "a farm dog"


@pytest.mark.parametrize("text", ["can you tell me what birds are in there", "tell me what flowers are in it"])
def test_what_things_are_in_a_photo_is_a_description(text):
    assert route(text, UPLOADED).action is Action.DESCRIBE


# ---- a mind changed mid-message ---------------------------------------------------------------------------------------------
def test_a_part_recoloured_in_a_correction_takes_the_old_colour_s_place():
    said = final_say("a queen on a throne, in a blue cape... no wait, make the cape amber, that's her colour")
    assert said == "a queen on a throne, in an amber cape"


def test_a_place_taken_back_mid_message_is_replaced():
    said = final_say("two kids flying kites over a park, sunny beach... wait no, on a windy hilltop actually")
    assert said == "two kids flying kites over a park, on a windy hilltop"


# ---- same style, and colours again -------------------------------------------------------------------------------------------
def test_same_style_carries_a_style_said_with_a_colour_treatment():
    result = after("a smiling tugboat, black and white line art", "lovely. now the same style but a lighthouse")
    assert "lighthouse" in result.prompt and "line art" in result.prompt


def test_a_light_recoloured_is_the_light_not_a_shade():
    assert "green light" in edited_scene("a prism on a table, red light", "make the light green").subject


@pytest.mark.parametrize("text, change", [("and the kite yellow instead of red?", "make the kite yellow instead of red"),
                                          ("nice, and some fireflies too", "add some fireflies")])
def test_a_change_said_as_a_fragment_is_an_edit(text, change):
    decision = route(text, ON_SCREEN)
    assert decision.action is Action.EDIT and decision.text == change


def test_the_one_before_a_change_said_with_was_better_goes_back_before_it():
    conv = offline_conversation(33)
    conv.respond("a lighthouse on a cliff")
    conv.respond("make the sky orange")
    result = conv.respond("hmm the one before the orange was better, go back to that")
    assert result.action is Action.REVERT and result.source == "img-1"


def test_the_one_with_a_thing_then_why_goes_back_to_it():
    conv = offline_conversation(33)
    conv.respond("a quiet alley at night")
    conv.respond("add a dog sleeping by the door")
    conv.respond("remove the dog")
    result = conv.respond("go back to the one with the dog actually, i miss him")
    assert result.action is Action.REVERT and result.source == "img-2"


# ---- thanks and a remark ---------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["thanks, the team back at the office loved it", "cheers, the girls at the salon will love it",
                                  "thanks, that'll do for the newsletter"])
def test_thanks_and_who_loved_it_is_talk(text):
    assert route(text, ON_SCREEN).action is Action.CHAT


# ---- other languages' words ----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, language, english", [
    ("una lancha de rescate amarilla", "es", "rescue boat"),
    ("un payaso en el trapecio", "es", "trapeze"),
    ("des hortensias bleues", "fr", "hydrangea"),
    ("um salão de baile dourado", "pt", "ballroom"),
    ("een containerkraan in de haven", "nl", "container crane"),
    ("una balanza de la justicia", "es", "scales of justice"),
    ("una copa de plata", "es", "silver")])
def test_words_other_languages_say_of_things(text, language, english):
    assert english in gloss(text, language).text


# ---- numbers spelt by their sound, and bigger said other ways ---------------------------------------------------------------
@pytest.mark.parametrize("text, count", [("now make too more of these", 2), ("make for more", 4), ("give me to more", 2)])
def test_a_count_spelt_by_its_sound_is_that_many_takes(text, count):
    decision = route(text, ON_SCREEN)
    assert decision.action is Action.VARIATIONS and decision.count == count


def test_to_a_place_is_no_number():
    assert route("make it to the beach", ON_SCREEN).action is Action.EDIT


@pytest.mark.parametrize("text", ["make it 3 times bigger please", "could you make it too times bigger",
                                  "make it bigger but keep it crisp"])
def test_so_many_times_bigger_is_an_upscale(text):
    assert route(text, ON_SCREEN).action is Action.UPSCALE


def test_a_part_so_many_times_bigger_is_an_edit():
    assert route("make the moon 3 times bigger", ON_SCREEN).action is Action.EDIT


def test_a_quick_question_about_how_many_is_talk():
    assert route("hey! quick question, how many versions can you make at once?", ON_SCREEN).action is Action.CHAT


def test_a_removal_run_on_into_what_is_wanted_removes_only_the_thing():
    scene = edited_scene("a garden with a stone bench and rose bushes", "take out the bench i want just the roses")
    assert "bench" in scene.negatives and "rose" in scene.subject


def test_a_colour_changed_then_a_removal_keeps_no_old_colour():
    scene = edited_scene("a kite that glows red over a foggy beach", "change red to gold and remove the fog")
    assert "gold" in scene.subject and "red" not in " ".join([scene.subject, *scene.details])


# ---- dev92-94's kinds, in our own words -----------------------------------------------------------------------------------
def test_the_ask_in_english_after_saying_so_keeps_no_word_english():
    result = after("a stack of pancakes on a blue plate", "sorry, in English now: no syrup, and put it on a marble table")
    assert "english" not in result.prompt.lower() and "syrup" in result.negative_prompt and "marble" in result.prompt


@pytest.mark.parametrize("text", ["gracias crack, thanks!", "ty!! you made my day"])
def test_thanks_with_slang_praise_is_talk(text):
    assert route(text, ON_SCREEN).action is Action.CHAT


@pytest.mark.parametrize("text", ["merci! can we print this on our menus?", "is this app free to use? a friend told me about it"])
def test_asking_whether_a_picture_may_be_used_is_talk(text):
    assert route(text, ON_SCREEN).action is Action.CHAT


def test_a_shape_with_what_it_is_for_is_a_reshape():
    assert route("and square format pls, it's a vinyl cover", ON_SCREEN).action is Action.EDIT


def test_a_shaped_version_for_a_use_takes_the_shape_only():
    plan = apply_edit(Scene(subject="a green tractor"), "ok give me a tall version of that for the shop window")
    assert plan.aspect == "tall" and not plan.scene.details


@pytest.mark.parametrize("text, change", [("no wait, I meant more like a woodcut, not a photo", "make it like a woodcut instead of photo"),
                                          ("sorry, I meant a barn owl, not a snowy one. my bad!", "a barn owl instead of snowy"),
                                          ("no I meant at noon, not at night", "at noon, without the night")])
def test_i_meant_this_not_that_is_an_edit_in_its_place(text, change):
    decision = route(text, ON_SCREEN)
    assert decision.action is Action.EDIT and decision.text == change


def test_a_couple_more_with_a_thing_the_picture_has_are_takes():
    conv = offline_conversation(33)
    conv.respond("a penguin on an ice floe")
    conv.respond("give it a scarf")
    result = conv.respond("could I see a few more with the scarf")
    assert result.action is Action.VARIATIONS and len(result.images) == 3


def test_a_number_said_last_on_its_own_is_the_count():
    assert route("more like this please, 5", ON_SCREEN).count == 5


def test_the_picked_one_called_adorable_then_changed():
    decision = route("the third one is so adorable, make that one into a pencil sketch", A_BATCH)
    assert decision.action is Action.EDIT and decision.target == "3"


def test_a_clause_taken_back_with_the_same_thing_is_replaced():
    said = final_say("a castle on a hill, foggy moat - no wait, make it a frozen moat at dawn")
    assert said == "a castle on a hill, a frozen moat at dawn"


def test_the_shape_before_a_picture_kind_is_no_word_of_it():
    result = after("could you do a wide, landscape format picture of a heron in reeds?")
    assert result.prompt.startswith("a heron in reeds") and result.images[0].width > result.images[0].height


@pytest.mark.parametrize("text, change", [("now the same bathroom with blue tiles", "make it with blue tiles"),
                                          ("ok show me the same bathroom at night", "make it at night")])
def test_the_same_thing_with_a_change_edits_the_picture(text, change):
    context = RouteContext(has_current=True, image_count=1, last_batch=1, scene_words={"bathroom"})
    decision = route(text, context)
    assert decision.action is Action.EDIT and decision.text == change


def test_the_same_thing_not_on_screen_is_no_edit_of_it():
    context = RouteContext(has_current=True, image_count=1, last_batch=1, scene_words={"bathroom"})
    assert route("now the same castle in winter", context).reason != "the same thing as on screen, with a change " \
                                                                     "('now the same forest in winter')"


def test_a_part_made_bigger_and_more_is_an_edit():
    context = RouteContext(has_current=True, image_count=1, last_batch=1, scene_words={"kite"})
    assert route("bigger kite, and add a rainbow", context).action is Action.EDIT


def test_bump_the_resolution_up_is_an_upscale():
    assert route("thanks - could you bump the res up, 3x?", ON_SCREEN).action is Action.UPSCALE


def test_the_first_of_a_look_goes_back_to_the_first_picture_in_it():
    from chat.words.picks import revert_target
    assert revert_target("hmm that lost the tower. go back to the first sketch") == "first:sketch"


def test_a_swap_with_why_keeps_no_reason():
    scene = edited_scene("a bowl of apples, pears and plums", "swap the plums for figs, nobody likes plums")
    assert "figs" in scene.subject and "nobody" not in " ".join([scene.subject, *scene.details])


@pytest.mark.parametrize("text, language, english", [
    ("podes fazer uma imagem de pastéis de nata", "pt", "custard tart"),
    ("ein Fischkutter im Hafen", "de", "fishing boat"),
    ("un mimo intrappolato", "it", "trapped mime"),
    ("een koperen distilleerketel", "nl", "copper still"),
    ("een mime die tegen een onzichtbare muur duwt", "nl", "invisible wall"),
    ("una Gottesanbeterin", "de", "praying mantis"),
    ("een drukke tulpenveiling uit de zeventiende eeuw", "nl", "17th century"),
    ("un marché flottant", "fr", "floating market"),
    ("un volcán humeante", "es", "smoking volcano"),
    ("uma banca com ananases", "pt", "pineapples")])
def test_more_words_other_languages_say_of_things(text, language, english):
    assert english in gloss(text, language).text


def test_now_a_thing_the_picture_has_is_that_thing_changed_not_a_swap():
    conv = offline_conversation(33)
    conv.respond("a cabin with a red door")
    conv.respond("make it a blue door instead")
    result = conv.respond("now a green door")
    assert result.action is Action.EDIT and "green door" in result.prompt and "cabin" in result.prompt


def test_the_use_after_a_shape_in_an_edit_is_no_word_of_the_picture():
    plan = apply_edit(Scene(subject="a fruit stand"), "can you do it in landscape, wide, for the shop sign")
    assert plan.aspect == "wide" and not plan.scene.details


def test_a_shaped_version_asked_as_a_question_takes_the_shape():
    assert apply_edit(Scene(subject="a fruit stand"), "and a tall version of that?").aspect == "tall"


def test_the_old_one_of_a_swap_is_the_same_kind_of_thing():
    scene = edited_scene("a barn", "a green door instead of the red one")
    assert "red door" in scene.negatives and "green door" in " ".join([scene.subject, *scene.details])


def test_why_a_change_is_shown_is_no_word_of_the_picture():
    scene = edited_scene("a barn", "can you show it with a green door so my wife can picture it")
    assert "wife" not in " ".join([scene.subject, *scene.details])


def test_the_ask_of_a_photo_after_a_line_about_the_job():
    decision = route("hi, quoting a roofing job on this place. can you show it with yellow walls?", UPLOADED)
    assert decision.action is Action.EDIT and decision.text == "can you show it with yellow walls?"


def test_more_in_the_same_format_are_takes():
    decision = route("and do 3 more in that same tall format", ON_SCREEN)
    assert decision.action is Action.VARIATIONS and decision.count == 3


def test_a_comparative_shape_said_first_beats_the_format_s_shape():
    assert aspect_from_text("wider please, it's going on a poster") == "wide"


def test_an_apology_after_a_corrected_value_is_no_word_of_the_picture():
    said = final_say("a mug with a cat on it, in red - no wait, I meant green, sorry. studio photo")
    assert said == "a mug with a cat on it, in green, studio photo"


@pytest.mark.parametrize("text", ["thanks, super helpful", "ah ok, that helps, cheers"])
def test_thanks_for_help_is_talk(text):
    assert route(text, ON_SCREEN).action is Action.CHAT


def test_a_part_and_a_colour_alone_recolour_that_part():
    context = RouteContext(has_current=True, image_count=1, last_batch=1, scene_words={"knight", "cape"})
    decision = route("cape purple", context)
    assert decision.action is Action.EDIT and decision.text == "make the cape purple"


def test_a_thing_and_a_colour_not_in_the_picture_name_no_part():
    context = RouteContext(has_current=True, image_count=1, last_batch=1, scene_words={"knight", "cape"})
    assert route("dragon green", context).text != "make the dragon green"


def test_a_first_sentence_that_names_the_photo_stays_before_its_ask(tmp_path):
    conv = offline_conversation(33)
    result = conv.respond("harbour at low tide from our walk today, the boats were all stuck in the mud lol. can you "
                          "make it look like an etching", [_photo(tmp_path)])
    assert result.action is Action.EDIT and "harbour" in result.prompt


def test_a_first_sentence_about_the_asker_s_job_goes_before_its_ask():
    decision = route("hello! pricing up a garden makeover here. could you show it with a pond?", UPLOADED)
    assert decision.text == "could you show it with a pond?"
