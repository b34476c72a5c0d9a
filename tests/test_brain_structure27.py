"""Stop 27's readings, each with sentences of our own (not from any eval set).

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest -q tests/test_brain_structure27.py
"""
import pytest

from brain import edited_scene, offline_conversation, turns_after
from chat.types import Action
from chat.words.counts import extract_count
from chat.words.route import RouteContext, route

THREE_EDITS = RouteContext(has_current=True, image_count=3, last_batch=1)


def after(first: str, *messages: str):
    return turns_after(27, first, *messages)


edited = edited_scene


# ---- a count with the picture's shape or size between ---------------------------------------------------------------
@pytest.mark.parametrize("text, count, left", [
    ("8 square pictures of cute robots", 8, "cute robots"),
    ("6 tiny pics of owls", 6, "owls"),
    ("3 landscape images of a quiet lake", 3, "a quiet lake"),
    ("two wide pictures of a harbour", 2, "a harbour"),
])
def test_a_count_holds_across_a_shape_word(text, count, left):
    assert extract_count(text) == (left, count)


def test_a_shape_between_count_and_noun_still_sets_the_shape():
    result = after("5 tall pics of lighthouses please")
    assert len(result.images) == 5 and result.images[0].height > result.images[0].width


def test_a_tiny_thing_in_one_picture_is_content():
    assert extract_count("a tiny picture frame with 3 cats") == ("a tiny picture frame with 3 cats", 1)


# ---- "the first one was better, go back to it": the one named first --------------------------------------------------
@pytest.mark.parametrize("text, target", [
    ("nah the first one was best, go back to that", "first-made"),
    ("honestly the first one was nicer. take me back to it", "first-made"),
    ("hmm the red one was nicer, can we go back to that one", "last:red"),
])
def test_go_back_to_that_after_naming_which(text, target):
    decision = route(text, THREE_EDITS)
    assert decision.action is Action.REVERT and decision.target == target


def test_go_back_to_it_alone_is_the_previous_one():
    assert route("go back to it", THREE_EDITS).target == "previous"


def test_the_first_one_was_better_returns_to_the_first_picture():
    result = after("a parrot sticker", "make him grumpy", "now make him sleepy", "the first one was better, go back to it")
    assert result.action is Action.REVERT and result.source == "img-1"


# ---- a new mood takes the old one's place ----------------------------------------------------------------------------
@pytest.mark.parametrize("first, moods, old", [
    ("a cartoon owl mascot", ("make him grumpy", "now make him sleepy"), "grumpy"),
    ("a hamster sticker", ("make her sad", "make her laughing so hard she cries"), "sad"),
    ("a goblin emote", ("make him angry", "now make him surprised"), "angry"),
])
def test_a_new_mood_replaces_the_old(first, moods, old):
    result = after(first, *moods)
    assert old not in result.prompt and moods[-1].split()[-1] in result.prompt


def test_a_mood_and_a_thing_added_both_stay():
    result = after("a cartoon owl mascot", "make him grumpy", "give him a scarf")
    assert "grumpy" in result.prompt and "scarf" in result.prompt


# ---- a new season said with a time replaces the old season -----------------------------------------------------------
@pytest.mark.parametrize("first, changes, new, old", [
    ("a farmhouse by a pond", ("make it summer", "now make it winter at dusk"), "winter", "summer"),
    ("a chapel in a spring meadow", ("now autumn in the morning",), "autumn", "spring"),
])
def test_a_season_said_with_a_time_replaces_the_season(first, changes, new, old):
    result = after(first, *changes)
    assert new in result.prompt and old not in result.prompt


def test_a_summer_dress_is_no_season():
    scene = edited("a girl in a summer dress", "make it winter at dusk")
    assert "summer dress" in scene.subject


def test_a_sunset_that_was_the_subject_leaves_its_place():
    result = after("a sunset over the lake", "make it sunrise")
    assert result.prompt.startswith("the lake") and "sunrise" in result.prompt


# ---- a metal said alone is the thing's colour ------------------------------------------------------------------------
@pytest.mark.parametrize("first, said, new, old", [
    ("a silver ring on a velvet cushion", "now bronze", "bronze ring", "silver"),
    ("a brass doorknob", "copper", "copper doorknob", "brass"),
])
def test_a_metal_said_alone_recolours(first, said, new, old):
    result = after(first, said)
    assert new in result.prompt and old not in result.prompt


def test_one_word_after_a_few_still_adds_a_thing():
    assert "sunglasses" in after("a corgi", "beach", "sunglasses").prompt


# ---- "now a celadon glaze": another of a thing the picture has ------------------------------------------------------
@pytest.mark.parametrize("first, said, new, old", [
    ("a teapot with a white glaze on a shelf", "now a speckled brown glaze", "speckled brown glaze", "white glaze"),
    ("a wizard with a wooden staff", "try a crystal staff", "crystal staff", "wooden"),
    ("a girl in a yellow raincoat", "how about a red raincoat?", "red raincoat", "yellow"),
])
def test_another_of_a_thing_in_the_picture_replaces_it(first, said, new, old):
    result = after(first, said)
    assert result.action is Action.EDIT and new in result.prompt and old not in result.prompt


def test_another_thing_not_in_the_picture_is_a_new_picture():
    assert after("a teapot with a white glaze", "now a wooden chair").action is Action.GENERATE


# ---- lettering in small letters, and its words changed ---------------------------------------------------------------
@pytest.mark.parametrize("text, lettered", [
    ("a tote bag that says plant mom on it", '"plant mom"'),
    ("a banner saying welcome home sam", '"welcome home sam"'),
    ("a gig poster, text says NIGHT OWLS friday", '"NIGHT OWLS friday"'),
    ("a shop sign that says OPEN hanging in the window", '"OPEN"'),
])
def test_words_to_letter_are_kept_in_quotes(text, lettered):
    assert lettered in after(text).prompt


@pytest.mark.parametrize("text", ["a sign that says something funny", "a girl saying hi to her dog"])
def test_words_that_are_not_lettering_stay_unquoted(text):
    assert '"' not in after(text).prompt


@pytest.mark.parametrize("first, change, new, old", [
    ("a tote bag that says plant mom on it", "make it say dog mom", '"dog mom"', "plant"),
    ("a poster for a yard sale, text says YARD SALE saturday", "change the text to YARD SALE sunday", "sunday", "saturday"),
    ("a chalkboard that says 'SOUP'", "change soup to 'STEW'", "STEW", "SOUP"),
    ("a birthday cake that says 'happy bday nina'", "spell it out, happy birthday not bday", "happy birthday nina", "bday"),
])
def test_the_words_of_the_picture_are_changed(first, change, new, old):
    result = after(first, change)
    assert result.action is Action.EDIT and new in result.prompt and old not in result.prompt
    assert "''" not in result.prompt


def test_a_mug_made_to_say_words_gets_them_lettered():
    assert 'with the text "good night"' in after("a mug on a desk", "make it say good night").prompt


# ---- a place by its name ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("first, said, new, old", [
    ("a yellow tram in lisbon beside a fountain", "now vienna instead", "in vienna", "lisbon"),
    ("a street cafe in Rome at dusk", "now prague", "in prague", "rome"),
    ("a kid on a scooter on a beach", "move him to tokyo", "in tokyo", "beach"),
    ("a food truck in Seattle", "put it in mexico city instead", "in mexico city", "seattle"),
])
def test_a_place_by_name_replaces_the_setting(first, said, new, old):
    result = after(first, said)
    assert result.action is Action.EDIT and new in result.prompt.lower() and old not in result.prompt.lower()


def test_a_place_alone_after_a_series_is_the_next_picture():
    result = after("the skyline of paris at night, watercolor", "now rome in the same style", "and tokyo")
    assert result.action is Action.GENERATE and result.prompt.startswith("tokyo")


@pytest.mark.parametrize("text", ["a nice day at the park", "a girl in love with the rain", "a man in black"])
def test_everyday_words_are_no_place_names(text):
    from chat.words.places import named_places
    assert named_places(text) == []


def test_a_city_is_named_not_given_an_article_in_the_detail():
    assert "the tokyo" not in after("tokyo at night").prompt.lower()


# ---- thanks with a contraction, more like one of a batch -------------------------------------------------------------
@pytest.mark.parametrize("text", ["thanks!! she'll love it", "thank you so much, they'll adore it", "ty, he'd love this"])
def test_thanks_and_who_will_love_it_is_talk(text):
    assert after("a fox in the snow", "make it 4x bigger", text).action is Action.CHAT


@pytest.mark.parametrize("text, target", [
    ("the second one looks off. could you do more like the first one?", "1"),
    ("can i get a couple more like the second one", "2"),
])
def test_more_like_one_of_the_batch(text, target):
    decision = route(text, RouteContext(has_current=True, image_count=2, last_batch=2, scene_words={"robot"}))
    assert decision.action is Action.VARIATIONS and decision.target == target


# ---- a thing removed wherever it was said ----------------------------------------------------------------------------
def test_a_thing_said_with_the_light_is_removed_from_it():
    result = after("a cottage in the snow", "add fairy lights and a snowman", "remove the snowman")
    assert "snowman" not in result.prompt and "fairy lights" in result.prompt


@pytest.mark.parametrize("first, removal, gone", [
    ("a desk with a laptop and a cup of tea", "no tea cup please", "tea"),
    ("a breakfast table with a coffee mug and toast", "remove the mug of coffee", "mug"),
    ("a desk with a laptop and a cup of coffee", "remove the cup", "coffee"),
    ("a table with a bowl of fruit and a candle", "take away the bowl", "fruit"),
])
def test_a_container_and_what_it_holds_go_together(first, removal, gone):
    result = after(first, removal)
    assert gone not in result.prompt.split(",")[0] and " of" not in result.prompt.split(",")[0].split()[-1:]


# ---- an upload shown changed after a sentence about it ----------------------------------------------------------------
@pytest.mark.parametrize("text, kept, dropped", [
    ("this is a sketch my nephew did of our barn. can you show it at sunset", "sunset", "nephew"),
    ("my son drew our house. can you show it in the snow", "snow", "son"),
])
def test_an_upload_shown_changed_after_a_remark_is_an_edit(text, kept, dropped):
    conv = offline_conversation(27)
    result = conv.respond(text, files=["tests/data/images/house.png"])
    assert result.action is Action.EDIT and kept in result.prompt and dropped not in result.prompt


def test_an_upload_with_show_me_what_is_still_a_description():
    decision = route("this is my dog, can you show me what breed he is", RouteContext(has_upload=True))
    assert decision.action is Action.DESCRIBE


# ---- "I need something for the window, like a cake. can you do that?" ------------------------------------------------
def test_a_thing_needed_like_this_then_can_you_do_that_is_drawn():
    result = after("hi, I run a small florist in Bath. I need something for the shop window, like a bicycle with a "
                   "basket of tulips. can you do that?")
    assert result.action is Action.GENERATE and "bicycle" in result.prompt and "tulips" in result.prompt


# ---- an upload changed in another language's words ------------------------------------------------------------------
@pytest.mark.parametrize("text", ["Ciao! Questa è la mia teiera. Me la fai ad acquerello?",
                                  "Hola, es mi tetera. ¿Me la haces en acuarela?"])
def test_an_upload_changed_in_another_language_is_an_edit(text):
    result = offline_conversation(27).respond(text, files=["tests/data/images/coffee.png"])
    assert result.action is Action.EDIT and "watercolor" in result.prompt


def test_an_upload_asked_about_in_another_language_is_described():
    result = offline_conversation(27).respond("Ciao! Questa è la mia tazza. Che cosa vedi?",
                                              files=["tests/data/images/coffee.png"])
    assert result.action is Action.DESCRIBE


# ---- "draw her as a queen on a throne": what the one in the picture becomes -------------------------------------------
@pytest.mark.parametrize("change, becomes", [
    ("draw her as a queen on a throne", "as a queen on a throne"),
    ("paint him as a knight with a sword", "as a knight with a sword"),
])
def test_drawn_as_someone_is_what_they_become(change, becomes):
    assert becomes in edited("a ginger cat", change).details


def test_an_upload_pointed_at_in_a_question_names_its_subject():
    conv = offline_conversation(27)
    conv.respond("what breed is this dog?", files=["tests/data/images/chelsea.png"])
    result = conv.respond("draw him as a pirate on a ship")
    assert "dog" in result.prompt and "pirate" in result.prompt


# ---- names kept through a translation; spaghetti is English too -----------------------------------------------------
def test_a_brand_named_inside_a_sentence_is_a_name():
    from chat.translator import _names
    assert _names("vorrei una Fiat rossa davanti al Colosseo") == ["Fiat", "Colosseo"]


def test_a_name_said_its_english_way_is_not_lost():
    from chat.translator import check_translation
    assert check_translation("dessine un chat à Londres la nuit", "draw a cat in London at night") == []


def test_a_word_list_reading_of_a_pasta_dish_keeps_spaghetti():
    from chat.words.glossary import gloss
    assert "spaghetti" in gloss("un piatto di spaghetti al pomodoro", "it").text


# ---- « guillemets » and „Anführungszeichen“ are quotes -------------------------------------------------------------
@pytest.mark.parametrize("first, change, new, old", [
    ("une affiche avec le texte « Chez Léa »", "Change le texte pour « Chez Zoé »", "Chez Zoé", "Léa"),
    ("ein Schild mit „Frohe Ostern“", "ändere den Text in „Schöne Ferien“", "Schöne Ferien", "Ostern"),
])
def test_text_in_other_quotes_is_changed(first, change, new, old):
    result = after(first, change)
    assert f'"{new}"' in result.prompt and old not in result.prompt


# ---- "bitte make 2 more versions": the English says what, not a guessed change ---------------------------------------
def test_more_versions_said_between_german_courtesies_are_variations():
    from chat.words.route import route_translated
    decision = route_translated("bitte 3 more versions, danke", "Please 3 more versions, thanks.",
                                RouteContext(has_current=True, image_count=1, last_batch=1))
    assert decision.action is Action.VARIATIONS and decision.count == 3


# ---- "less snow": still some, lighter --------------------------------------------------------------------------------
@pytest.mark.parametrize("first, change, kept", [
    ("a village square with snow", "less snow, just a little bit", "light dusting of snow"),
    ("a harbour in thick fog", "less fog", "light fog"),
])
def test_less_of_a_thing_keeps_a_little_of_it(first, change, kept):
    result = after(first, change)
    assert kept in result.prompt and "bit" not in result.prompt and result.negative_prompt.count(kept.split()[-1]) == 0


def test_less_of_a_quality_still_takes_it_out():
    result = after("a cluttered desk with papers", "less clutter")
    assert "cluttered" in result.negative_prompt


# ---- "go back to the watercolor without the hat" ---------------------------------------------------------------------
def test_back_to_the_one_without_a_thing():
    result = after("a fox in a meadow", "make it a watercolor", "give him a scarf", "2 more",
                   "go back to the watercolor without the scarf")
    assert result.action is Action.REVERT and result.source == "img-2"


# ---- a shape said after the request, with why ------------------------------------------------------------------------
@pytest.mark.parametrize("text, taller", [
    ("phone lock screen, tall, a koi pond from above", True),
    ("I'm writing a booklet for my church. I'd like a picture of a candle by a window. Tall please, it will go on "
     "the cover.", True),
])
def test_a_tall_shape_said_on_its_own_is_read(text, taller):
    result = after(text)
    image = result.images[0]
    assert (image.height > image.width) is taller and "cover" not in result.prompt.split(",")[1:2]


def test_tall_describing_a_person_is_no_shape():
    image = after("a man, tall, in a long coat").images[0]
    assert image.height == image.width


# ---- a first message: a drawing asked, then its look ------------------------------------------------------------------
def test_a_drawing_then_make_it_stormy_is_one_picture():
    result = after("hi easel, draw me a windmill on a hill. make it stormy")
    assert result.action is Action.GENERATE and "windmill" in result.prompt and "stormy" in result.prompt
    assert "it stormy" not in result.prompt


def test_an_excuse_for_typos_is_no_part_of_the_ask():
    result = after("hey so im on the train sorry for typos draw a red canoe on a lake")
    assert result.action is Action.GENERATE and "canoe" in result.prompt and "typo" not in result.prompt


@pytest.mark.parametrize("typed, meant", [("a light house at dusk", "lighthouse"), ("a field of sun flowers", "sunflowers"),
                                          ("a jar of butter flies", "butterflies")])
def test_a_closed_compound_typed_as_two_words(typed, meant):
    assert meant in after(typed).prompt


# ---- foreign plurals the list knows in the singular ------------------------------------------------------------------
def test_a_copied_foreign_plural_is_read_through_its_singular():
    from chat.translator import _copies_read
    assert "bubbles" in _copies_read("a bar of soap with bulles", "un savon avec des bulles", "fr")


def test_tents_in_spanish_are_tents():
    from chat.words.glossary import gloss
    assert "tents" in gloss("una fogata con tiendas de campaña", "es").text


# ---- the same thing but another one, with its own things -------------------------------------------------------------
def test_the_same_thing_but_another_with_its_own_things():
    result = after("a happy cartoon sun wearing sunglasses", "now the same thing but a sleepy moon with a pillow")
    assert "moon with a pillow" in result.prompt and "sunglasses" not in result.prompt and "cartoon" in result.prompt


# ---- the colours changed: a palette said as a list, or the thing's own colour -----------------------------------------
@pytest.mark.parametrize("first, change, new, old", [
    ("a flyer in retro style, orange and brown, with the words DISCO NIGHT", "change the colors to teal and pink",
     "teal and pink", "orange"),
    ("a green tractor in a field", "change the colour to red", "red tractor", "green"),
])
def test_the_colours_changed(first, change, new, old):
    result = after(first, change)
    assert new in result.prompt and old not in result.prompt


@pytest.mark.parametrize("change, new", [("the scarf blue instead", "blue scarf"), ("and his hat black please", "black hat")])
def test_a_part_and_its_colour_said_without_a_verb(change, new):
    result = after("a snowman with a red scarf and a green hat", change)
    assert new in result.prompt


def test_bigger_typed_short_is_an_upscale():
    assert after("a lemon tree", "bigr").action is Action.UPSCALE


# ---- a number said last ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, count, left", [
    ("now a goat in the same style, just 2", 2, "now a goat in the same style"),
    ("a paper boat on a puddle, 3 please", 3, "a paper boat on a puddle"),
])
def test_a_number_said_last_is_the_count(text, count, left):
    assert extract_count(text) == (left, count)


@pytest.mark.parametrize("text", ["a birthday cake, age 5", "a cake for my son, 7", "a jersey, number 9"])
def test_a_number_said_last_without_just_or_please_is_content(text):
    assert extract_count(text)[1] == 1


def test_a_kind_of_picture_carries_to_the_next_in_the_same_style():
    result = after("3 sticker designs of a cartoon owl", "now a hedgehog in the same style, just 2")
    assert len(result.images) == 2 and "sticker design of a hedgehog" in result.prompt


# ---- a few more words of other languages -----------------------------------------------------------------------------
def test_valeu_is_thanks():
    assert after("a parrot on a branch", "valeu, thanks!").action is Action.CHAT


def test_an_upload_asked_to_look_like_a_cartoon_in_portuguese_is_an_edit():
    conv = offline_conversation(27)
    conv.respond("O que é isso na foto?", files=["tests/data/images/ball.png"])
    result = conv.respond("Faz parecer um quadrinho, com cores vivas")
    assert result.action is Action.EDIT and result.source == "upload-1"


@pytest.mark.parametrize("text, aspect", [("un faro al tramonto, formato wide", "wide"), ("a cat, format: tall", "tall")])
def test_a_format_word_then_a_shape(text, aspect):
    from chat.words.sizes import aspect_from_text
    assert aspect_from_text(text) == aspect


def test_an_italian_wedding_cake_with_white_roses():
    from chat.words.glossary import gloss
    text = gloss("una torta nuziale a tre piani con rose bianche", "it").text
    assert "wedding cake" in text and "white roses" in text


def test_change_it_to_quoted_words_replaces_the_lettering():
    result = after("a mug with the text 'Best Mum'", "change it to 'Best Gran'")
    assert "Best Gran" in result.prompt and "Mum" not in result.prompt


# ---- a new thing with its own words, after another picture (found driving the app in a browser) ----------------------
@pytest.mark.parametrize("text", ['a tote bag with the text "plant mom"', "a mug that says good morning on it",
                                  "une affiche avec le texte « Chez Léa »"])
def test_a_new_thing_with_its_own_words_is_a_new_picture(text):
    result = after("a yellow tram in lisbon", text)
    assert result.action is Action.GENERATE and "tram" not in result.prompt


def test_new_words_for_the_picture_on_screen_are_still_an_edit():
    result = after("a birthday cake on a table", 'add the text "Happy 30th"')
    assert result.action is Action.EDIT and "Happy 30th" in result.prompt and "cake" in result.prompt
