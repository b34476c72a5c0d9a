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


# ---- a story told, then "can you draw that?" ----------------------------------------------------------------------------
def test_draw_that_after_a_story_draws_what_was_told():
    result = after("My grandparents met at a dance hall in Glasgow in 1962 when he stood on her foot. Can you draw that?")
    assert "dance hall" in result.prompt and "Glasgow" in result.prompt and not result.prompt.startswith("that")


def test_draw_that_after_a_picture_thought_of_draws_it_with_who_it_is_of():
    result = after("so my niece has two hamsters, Pip and Pop. I thought it would be fun to make a card with the two of "
                   "them eating sunflower seeds on a cushion. Could you draw that?")
    assert "two hamsters" in result.prompt and "sunflower" in result.prompt


# ---- "like" as a filler; "whats going on"; thanks with "anyway" ---------------------------------------------------------
def test_like_before_also_is_a_filler():
    assert route("like also a green scarf", ONE_PICTURE).action is Action.EDIT


def test_like_before_a_thing_is_still_that_thing():
    assert route("like a dragon but cuter", NOTHING_YET).action is Action.GENERATE


def test_thanks_anyway_with_like_is_chat():
    assert after("a kite on a beach", "ok like thanks anyway").action is Action.CHAT


def test_whats_going_on_in_an_upload_describes_it():
    assert route("like whats going on in this photo lol", RouteContext(has_upload=True)).action is Action.DESCRIBE


# ---- shapes: "tall like a card", "Tall, please." after the request ------------------------------------------------------
@pytest.mark.parametrize("text, aspect", [("a red fire engine with balloons, tall like a card?", "tall"),
                                          ("a stained glass window with a lamb, for our service sheet. Tall, please.", "tall"),
                                          ("a royal portrait, like an oil painting", None)])
def test_a_shape_like_a_card_or_said_with_please(text, aspect):
    assert aspect_from_text(text) == aspect


# ---- "do her in purple", a source for the image, "make them dance" -------------------------------------------------------
@pytest.mark.parametrize("text", ["can you do her in purple?", "do him as a pirate"])
def test_do_him_or_her_in_a_look_is_an_edit(text):
    assert route(text, ONE_PICTURE).action is Action.EDIT


def test_asking_for_the_images_source_is_talk():
    assert route("could you give me a citation for this picture? it's for my essay", ONE_PICTURE).action is Action.CHAT


def test_making_people_dance_is_a_pose_not_an_animation():
    assert asks_to_do_lacking("can you make them dance") is None
    assert asks_to_do_lacking("can you animate them dancing?") is not None


# ---- names in the lettering swapped with a reason after; "her name is KIM not jim" --------------------------------------
def test_a_name_swapped_with_a_reason_after_leaves_no_old_name():
    result = after("a birthday cake that says HAPPY BIRTHDAY SAM", "now change SAM to MAX, I'm making one for his cousin too")
    assert '"HAPPY BIRTHDAY MAX"' in result.prompt and "SAM" not in result.prompt


def test_her_name_is_not_the_old_one_fixes_the_lettering():
    result = after('a banner that says "WELCOME HOME JIM" with bunting', "sorry, her name is KIM not jim")
    assert result.action is Action.EDIT and "KIM" in result.prompt and "JIM" not in result.prompt


# ---- another colour instead, a look undone, the background taken away ---------------------------------------------------
def test_another_colour_instead_recolours_the_part_last_coloured():
    result = after("a windmill on a hill", "make the sky purple", "hmm try teal instead")
    assert "teal sky" in result.prompt and "purple" not in result.prompt


def test_a_look_said_alone_undoes_its_opposite():
    scene = edited("a rusty old kettle", "make it brand new shiny chrome")
    assert scene.subject == "a kettle" and "brand new shiny chrome" in scene.details


def test_a_thing_added_leaves_the_subjects_look_alone():
    assert edited("a big ship in a harbour", "add a small boat").subject == "a big ship in a harbour"


def test_getting_rid_of_the_background_makes_it_plain_and_drops_the_place():
    scene = edited("a corgi in a party hat in a crowded kitchen", "get rid of the background and just make it soft pink")
    assert "kitchen" not in scene.subject and "plain background" in scene.details and "background" in scene.negatives


@pytest.mark.parametrize("text", ["now black with a gum sole", "red with white laces"])
def test_a_colour_with_a_part_recolours_the_thing_on_screen(text):
    assert route(text, ONE_PICTURE).action is Action.EDIT


def test_the_colour_of_a_part_changed_by_name():
    scene = edited("a station platform with a green steam engine", "change the engine colour to maroon")
    assert "maroon steam engine" in scene.subject and "green" not in scene.subject


# ---- questions about Easel before a wish; pictures in general -----------------------------------------------------------
@pytest.mark.parametrize("text", ["Hello, can you make pictures for our club newsletter? I've never used one of these before.",
                                  "can you make images for my blog?",
                                  "Quick question: what shapes can you do? I want something for a banner on my site."])
def test_a_question_about_what_easel_makes_is_answered(text):
    assert route(text, NOTHING_YET).action is Action.CHAT


def test_a_picture_for_a_purpose_with_a_thing_is_drawn():
    assert route("can you make me a picture of a lighthouse for my blog?", NOTHING_YET).action is Action.GENERATE


# ---- detail that says another time, weather or what was kept out --------------------------------------------------------
def test_no_detail_brings_back_the_fog_kept_out():
    result = after("three tall phone wallpapers of a misty birch forest", "no fog this time, clear morning")
    assert "mist" not in result.prompt and "fog" in result.negative_prompt


def test_a_night_scene_gets_no_sunset_detail():
    result = after("a lighthouse on a cliff at sunset", "oops, I meant at night")
    assert "sunset" not in result.prompt and "night" in result.prompt


# ---- go back to the daytime one; other languages' words -----------------------------------------------------------------
def test_back_to_the_daytime_one_is_the_one_before_night():
    result = after("a frog on a mushroom", "make it night time", "wait no like go back to the daytime one")
    assert result.action is Action.REVERT and result.source == "img-1"


@pytest.mark.parametrize("text, said", [("une carte avec deux colombes blanches", "doves"),
                                        ("desenha um trem a vapor num deserto", "steam train")])
def test_glossary_words_of_this_stop(text, said):
    assert said in after(text).prompt


# ---- a word of another language among English ones; an upload shown, then changed ---------------------------------------
@pytest.mark.parametrize("text, said", [("ahora make it más cartoony", "more cartoony"),
                                        ("jetzt make it mehr colourful", "colourful")])
def test_a_foreign_now_or_more_among_english_words_is_read(text, said):
    result = after("a black cat on a windowsill", text)
    assert result.action is Action.EDIT and said in result.prompt and "ahora" not in result.prompt


def test_look_at_my_pet_then_a_change_is_an_edit_of_the_pet():
    conv = offline_conversation(28)
    result = conv.respond("look at my dog! can you make him look like a cowboy, with a hat?",
                          files=["tests/data/images/chelsea.png"])
    assert result.action is Action.EDIT and "dog" in result.prompt and "cowboy" in result.prompt


def test_look_at_my_pet_then_a_question_describes_it():
    assert route("look at my cat! what breed is she?", RouteContext(has_upload=True)).action is Action.DESCRIBE


def test_an_english_article_in_a_french_message_stays_an_article():
    conv = offline_conversation(28)
    result = conv.respond("Regarde mon chien! Can you make him look like a sailor, avec une casquette?",
                          files=["tests/data/images/chelsea.png"])
    assert "a sailor" in result.prompt and "at sailor" not in result.prompt and "looking" not in result.prompt


def test_a_pet_turned_into_a_role_keeps_the_pet():
    assert edited("a hamster", "turn him into a pirate").subject == "a hamster"


def test_a_pet_turned_into_another_animal_is_that_animal():
    assert edited("a hamster", "turn it into a lion").subject == "a lion"


# ---- from the last stop's sets, read as kinds ---------------------------------------------------------------------------
def test_changing_the_words_leaves_no_word_words():
    result = after("a red tractor in a wheat field with 'HAPPY HARVEST' written across the sky",
                   "actually change the words to 'SEE YOU IN OCTOBER'")
    assert "'SEE YOU IN OCTOBER'" in result.prompt and "HARVEST" not in result.prompt and ", words" not in result.prompt


def test_a_wish_a_customer_came_in_wanting_then_sketch_something_like_that():
    result = after("so a customer came in today wanting a heron standing among lilies for her invites. Could you sketch "
                   "something like that for me? Make it tall, it's going on the card.")
    assert "heron" in result.prompt and result.images[0].height > result.images[0].width


def test_tall_like_a_card_said_last_sets_the_shape():
    assert aspect_from_text("Could you draw a red barn under an oak in autumn? Tall, like a card.") == "tall"


@pytest.mark.parametrize("text", ["lol ok this is silly but draw a sloth in a bathtub wearing goggles",
                                  "this is weird but can you paint a toaster with legs"])
def test_a_remark_on_the_ask_then_but_and_the_ask_draws(text):
    assert route(text, NOTHING_YET).action is Action.GENERATE


def test_a_picture_of_one_after_talk_about_a_thing_is_that_thing():
    result = after("can you make a video of a tram?", "ok then just a picture of one, watercolor style, on a snowy evening")
    assert "tram" in result.prompt and "snowy evening" in result.prompt


def test_the_very_first_one_you_drew_goes_back_to_it():
    result = after("a husky in the snow", "2 more", "the first one. the very first dog you drew")
    assert result.action is Action.REVERT and result.source == "img-1"


def test_which_colours_are_in_it_describes_the_picture():
    assert route("Can you tell me which colours are in it? I need to match the napkins", ONE_PICTURE).action is \
        Action.DESCRIBE


def test_a_pets_home_is_a_place_that_a_new_place_replaces():
    result = after("my hamster pip sitting on the sand in his cage", "now put him in a castle instead of the cage")
    assert "castle" in result.prompt and "cage" not in result.prompt


def test_an_upload_wished_in_a_look_is_an_edit():
    conv = offline_conversation(28)
    result = conv.respond("I took this at my favourite bakery and I'd love it as a watercolor for the hallway. Can you do "
                          "that?", files=["tests/data/images/coffee.png"])
    assert result.action is Action.EDIT and "watercolor" in result.prompt and "hallway" not in result.prompt


def test_portuguese_um_inside_english_is_an_article_not_a_pause():
    result = after("hello! i want a drawing de um papagaio on a fence, bem colorido, for my son")
    assert "parrot on a fence" in result.prompt and "very colorful" in result.prompt


# ---- "sunset not sunrise", "not velvet, white marble instead"; letters; "remove it" of the thing named ------------------
@pytest.mark.parametrize("first, change, new, old", [
    ("a harbour at sunrise", "wait no, sunset not sunrise", "sunset", "sunrise"),
    ("a ring lying on black velvet", "not velvet, pale grey silk instead", "pale grey silk", "velvet"),
])
def test_new_not_old_puts_the_new_words_in_the_old_ones_place(first, change, new, old):
    scene = edited(first, change)
    assert new in scene.subject and old not in scene.subject and old in scene.negatives


def test_not_the_old_when_the_picture_never_said_it_is_no_swap():
    assert "dog" not in edited("a ring on velvet", "not the cat, the dog").subject


def test_a_letters_greeting_and_signature_are_no_part_of_the_ask():
    result = after("a cottage garden with hollyhocks, in the manner of a Victorian botanical plate. Yours sincerely, Edith")
    assert "Edith" not in result.prompt and "sincerely" not in result.prompt and "hollyhocks" in result.prompt


def test_a_letter_asking_to_go_back_goes_back():
    result = after("a portrait of my spaniel by the fire", "2 more",
                   "Dear Sir or Madam, On reflection I preferred the very first picture after all. Kind regards, M. Hale")
    assert result.action is Action.REVERT and result.source == "img-1"


def test_remove_it_after_naming_the_thing_removes_that_thing():
    result = after("a cottage garden with foxgloves and a stone sundial",
                   "Most kind. However, I find the sundial rather distracting; kindly remove it.")
    assert "sundial" not in result.prompt and "sundial" in result.negative_prompt


# ---- shapes and counts said in passing ---------------------------------------------------------------------------------
def test_a_shape_said_last_in_a_question_sets_it():
    assert aspect_from_text("Can you draw a cartoon fox and owl reading together, bright colours, wide?") == "wide"


def test_wider_like_you_said_is_only_wider():
    result = after("a violinist against a dark curtain", "now make it wider like you said")
    assert result.images[0].width > result.images[0].height and "like" not in result.prompt


def test_oops_i_meant_a_count_gives_that_many():
    result = after("two pictures of a lily pond", "oops i meant 4")
    assert len(result.images) == 4 and "lily pond" in result.prompt


# ---- "make that 'Autumn Gala'", news about the occasion, glossary rows ---------------------------------------------------
def test_make_that_quoted_words_changes_the_lettering():
    result = after("an art deco poster with 'Summer Ball' at the top in gold lettering",
                   "Actually make that 'Winter Ball', the summer one got cancelled")
    assert '"Winter Ball"' in result.prompt and "Summer" not in result.prompt and "cancelled" not in result.prompt


@pytest.mark.parametrize("text, said", [("Pouvez-vous dessiner un chef d'orchestre sur scène ?", "conductor"),
                                        ("¿Puedes dibujar un gato con una venda en la pata?", "bandage")])
def test_glossary_rows_from_the_last_stops_sets(text, said):
    assert said in after(text).prompt


def test_two_foreign_runs_inside_english_fragments_are_both_read():
    result = after("hey, can you draw un perro blanco sitting on a porch, con la luna llena behind it")
    assert "white dog" in result.prompt and "full moon" in result.prompt


def test_a_shape_said_outright_after_the_ask_beats_the_requests_format():
    result = after("we run a book club on thursdays. could you paint a poster-style picture of an owl reading? wide "
                   "please, it's going on a banner")
    assert result.images[0].width > result.images[0].height and "owl" in result.prompt
