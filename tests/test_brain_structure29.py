"""Stop 29's readings, each with sentences of our own (not from any eval set).

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest -q tests/test_brain_structure29.py
"""
import pytest

from brain import edited_scene, turns_after
from chat.translator import swapped_relation
from chat.types import Action
from chat.words.glossary import Gloss
from chat.words.normalize import is_social
from chat.words.request import parse_request
from chat.words.route import RouteContext, route
from chat.words.typos import fix_prompt_typos

ONE_PICTURE = RouteContext(has_current=True, image_count=1, last_batch=1)


def after(first: str, *messages: str):
    return turns_after(29, first, *messages)


edited = edited_scene


# ---- "it" named in the same message, after a remark on the thing ------------------------------------------------------
@pytest.mark.parametrize("text", ["the kite looks odd, remove it", "the kite is kinda weird. can you get rid of it?",
                                  "the kite seems off - take it out"])
def test_it_after_a_remark_on_a_named_thing_is_that_thing(text):
    scene = edited("a beach at noon with a red kite", text)
    assert "kite" not in scene.subject and "kite" in scene.negatives and "it" not in scene.negatives


def test_a_remark_then_a_change_to_it_changes_that_thing():
    assert "green tractor" in edited("a red tractor in a field", "the tractor looks great, make it green").subject


# ---- a move with "outdoors", "outside" before the new place ------------------------------------------------------------
@pytest.mark.parametrize("text", ["put it outdoors in a garden instead", "move her outside to a garden",
                                  "make him a woman and put it outdoors in a garden instead"])
def test_outdoors_before_the_new_place_replaces_the_place(text):
    subject = edited("a man doing yoga in a studio", text).subject
    assert "garden" in subject and "studio" not in subject


# ---- a shape said as "put it in portrait format" ----------------------------------------------------------------------
@pytest.mark.parametrize("text, aspect", [("put it in portrait format?", "tall"), ("put it in landscape format please", "wide"),
                                          ("put it in a vertical format", "tall")])
def test_a_format_put_in_is_a_shape_not_a_place(text, aspect):
    plan_scene = edited("a windmill by a canal", text)
    assert plan_scene.subject == "a windmill by a canal"
    assert after("a windmill by a canal", text).images[0].height != after("a windmill by a canal", text).images[0].width \
        or aspect == "square"


# ---- where the picture goes, said as its own sentence ------------------------------------------------------------------
@pytest.mark.parametrize("text", ["a teapot with roses, it's for my shop's instagram", "a teapot with roses. this is for our blog",
                                  "can you draw a teapot with roses? its for my etsy listing"])
def test_an_online_place_said_apart_is_no_part_of_the_picture(text):
    subject = parse_request(text).scene.subject
    assert subject.startswith("a teapot with roses") and not any(
        w in subject for w in ("instagram", "blog", "etsy", "it's", "its", "this is"))


def test_an_occasion_said_apart_stays_as_a_plain_phrase():
    subject = parse_request("a teapot with roses, it's for my aunt's retirement card").scene.subject
    assert subject == "a teapot with roses for my aunt's retirement card"


# ---- slang thanks and praise -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["ily thank uuu", "thanku so much", "no cap thats fire bye", "love youuu easel",
                                  "yasss", "luv ya"])
def test_slang_thanks_and_praise_are_social(text):
    assert is_social(text)


def test_no_cap_alone_may_be_the_caps_removal():
    assert not is_social("no cap")


def test_a_stretched_yes_before_an_edit_is_filler():
    result = after("a hamster in a teacup", "LOL yesss now put him on a skateboard!!")
    assert result.action is Action.EDIT and "hamster" in result.prompt and "skateboard" in result.prompt


# ---- typos of picture words --------------------------------------------------------------------------------------------
@pytest.mark.parametrize("typed, meant", [("make it pixl art", "pixel"), ("a watercolr of a fox", "watercolor")])
def test_typos_of_picture_words_are_fixed(typed, meant):
    assert meant in fix_prompt_typos(typed)[0]


# ---- a place relation the model's reading changed ----------------------------------------------------------------------
def test_a_thing_put_in_another_relation_by_the_model_is_caught():
    gloss = Gloss(text="draw a windmill by the river during a storm", known=3, unknown=[])
    assert swapped_relation(gloss, "draw a windmill in the river for a storm") == ("by the river", "in the river")
    assert swapped_relation(gloss, "draw a windmill by the river in a storm") is None


def test_calligraphy_is_read_in_german():
    result = after("Zeichne bitte ein Blatt Papier mit roter Kalligrafie.")
    assert result.action is Action.GENERATE and "calligraphy" in result.prompt


# ---- a revert to the picture before a change the user names -----------------------------------------------------------
@pytest.mark.parametrize("last", ["go back to the one before i said darker", "undo the scarf, i liked it plain",
                                  "go back to the one before the red scarf"])
def test_a_revert_before_the_message_that_said_it(last):
    result = after("a snowman in a garden", "make it darker", "give him a red scarf", "2 more", last)
    expected = "img-1" if "darker" in last else "img-2"
    assert result.action is Action.REVERT and result.images[0].id == expected


def test_the_colour_one_is_the_one_whose_message_said_the_colour():
    # every prompt says "blue" when the look adds "blue hour" light; the one the user asked blue is meant
    result = after("draw a blue tram in a city street at blue hour", "make it green", "now orange", "go back to the blue one")
    assert result.action is Action.REVERT and result.images[0].id == "img-1"


# ---- replies that are thanks, capability questions, shapes named by where they go ----------------------------------
@pytest.mark.parametrize("text", ["can you draw on top of a photo I already have?", "could I paint over one of my pictures?"])
def test_drawing_on_a_photo_of_ones_own_is_a_question(text):
    result = after(text)
    assert result.action is Action.CHAT and "attach a photo" in result.reply


@pytest.mark.parametrize("text, tall", [("phone wallpaper size", True), ("instagram story size", True),
                                        ("desktop wallpaper size please", False)])
def test_a_shape_named_by_where_it_goes_reshapes_the_picture(text, tall):
    result = after("a lighthouse at dusk", text)
    assert result.action is Action.EDIT and (result.images[0].height > result.images[0].width) is tall


def test_what_is_in_it_now_describes_the_picture():
    assert after("a lighthouse at dusk", "what's in it now?").action is Action.DESCRIBE


@pytest.mark.parametrize("text", ["the first lamp without the shade was better", "the original lamp in the corner looked better"])
def test_the_first_thing_was_better_goes_back(text):
    result = after("a lamp in a room", "give the lamp a green shade", text)
    assert result.action is Action.REVERT and result.images[0].id == "img-1"


# ---- each part of a message asks to upscale ----------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["bigger please. 2x", "ok do that, 2x", "ok no worries, just make it as big as you can then, "
                                                                         "I'll frame it myself"])
def test_upscale_asked_in_parts(text):
    result = after("a lighthouse at dusk", text)
    assert result.action is Action.UPSCALE and max(result.images[0].width, result.images[0].height) >= 1024


def test_an_upscale_and_a_change_is_no_upscale():
    assert after("a lighthouse at dusk", "bigger, and add a boat").action is Action.EDIT


# ---- changes of the picture's things ----------------------------------------------------------------------------------
def test_a_thing_in_a_colour_replaces_a_thing():
    scene = edited("a chocolate cake with white icing and pink sugar tulips", "change the tulips to yellow daisies")
    assert "yellow daisies" in scene.subject and "tulips" not in scene.subject


@pytest.mark.parametrize("subject", ["a knitted scarf", "a knitted red scarf"])
def test_colour_noun_not_colour_recolours_the_thing(subject):
    scene = edited(subject, "green scarf not red")
    assert "green" in scene.subject and "red" not in scene.subject and "scarf scarf" not in scene.subject


def test_a_pose_said_as_a_command_is_described():
    scene = edited("a gymnast mid-jump, pencil sketch", "raise her arms up more")
    assert "her arms raised up" in scene.details


def test_a_located_thing_is_changed_where_it_is():
    scene = edited("a knight standing in front of a banner", "change the banner behind him to a stained glass window")
    assert "stained glass window" in scene.subject and "banner" not in scene.subject


def test_the_whole_title_said_anew_replaces_the_title():
    result = after("a poster of a juggler, text that says 'THE MIGHTY BORIS'", "change the name to 'BORIS THE BOLD'")
    assert "'BORIS THE BOLD'" in result.prompt and "MIGHTY" not in result.prompt


def test_capital_words_after_the_texts_place_are_the_text_to_change():
    scene = edited("a surf shop poster, text at the top: CATCH WAVES", "actually make it say RIDE ON")
    assert '"RIDE ON"' in scene.subject and "CATCH WAVES" not in scene.subject


def test_a_format_wished_for_then_the_ask_is_one_request():
    result = after("Anyway I need a new flyer. Can you draw a juggler on a unicycle?")
    assert result.prompt.startswith("a juggler on a unicycle") and "Can you" not in result.prompt


def test_a_license_plate_is_no_license_question():
    result = after("can you draw an old truck with a rusty license plate, parked by a barn")
    assert result.action is Action.GENERATE and "license plate" in result.prompt


# ---- other languages ---------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, words", [
    ("Dessine un nichoir accroché à un cerisier au printemps", ("birdhouse", "hanging on", "spring")),
    ("Teken een vaas in de vorm van een vis", ("vase", "shape of", "fish")),
    ("Narysuj wędkarza nad rzeką", ("angler",)),
    ("Disegna dei corridori davanti al Colosseo", ("runners", "Colosseum")),
])
def test_words_the_word_list_now_reads(text, words):
    result = after(text)
    assert result.action is Action.GENERATE and all(w in result.prompt for w in words)


def test_make_from_the_x_a_y_in_german_turns_it_into_one():
    result = after("Zeichne bitte einen Hasen auf einer Wiese", "Mach aus dem Hasen einen Igel.")
    assert result.action is Action.EDIT and "hedgehog" in result.prompt and "rabbit" not in result.prompt


def test_animating_asked_in_german_is_declined():
    result = after("Zeichne bitte einen Hasen auf einer Wiese", "Kannst du das Bild animieren?")
    assert result.action is Action.CHAT and "animate" in result.reply


def test_a_spanish_time_phrase_inside_english_is_read():
    result = after("a taco truck on a street", "ahora make it de noche please")
    assert result.action is Action.EDIT and "night" in result.prompt and "noche" not in result.prompt


def test_a_shape_said_in_german_reshapes():
    result = after("a fox sleeping in the snow", "Mach es bitte im Breitformat")
    assert result.action is Action.EDIT and result.images[0].width > result.images[0].height


# ---- batch 2 --------------------------------------------------------------------------------------------------------
def test_a_photos_unnamed_thing_changed_into_a_new_thing():
    scene = edited("an old man, oil painting", "change the hat behind him to a crown of leaves")
    assert "crown of leaves" in " ".join([scene.subject, *scene.details]) and "hat" in scene.negatives


def test_a_thing_of_two_words_is_found_with_a_word_between():
    scene = edited("a fox under apple blossom trees", "remove the apple trees")
    assert "blossom" not in scene.subject and "apple" not in scene.subject


def test_how_many_of_a_thing():
    assert edited("a pond with white swans", "less swans, just two").subject == "a pond with two white swans"
    assert edited("a puppy on a sofa", "make it 3 puppies").subject == "3 puppies on a sofa"


def test_switch_it_to_a_material():
    assert edited("a silver bracelet with blue stones", "switch it to gold").subject == "a gold bracelet with blue stones"


def test_the_flames_are_the_fire():
    scene = edited("a candle on fire", "without the flames")
    assert "fire" not in scene.subject and "fire" in scene.negatives


@pytest.mark.parametrize("text", ["what did you put in it?", "what have you drawn in the picture?"])
def test_what_was_put_in_it_describes(text):
    assert after("a kitchen at dawn", text).action is Action.DESCRIBE


def test_a_kind_of_design_before_what_it_shows_is_kept():
    result = after("pendant design: a tiny owl on a crescent moon")
    assert result.prompt.startswith("pendant design: a tiny owl on a crescent moon")


def test_a_bookmark_is_tall_and_a_side_scroller_wide():
    assert after("a bookmark with an owl reading").images[0].height > 512
    assert after("a game background with hills and castles, side-scrolling").images[0].width > 512


@pytest.mark.parametrize("text", ["ceramic", "heart shaped", "enamel, red"])
def test_looks_said_alone_change_the_picture(text):
    result = after("a coffee mug", text)
    assert result.action is Action.EDIT and "mug" in result.prompt


def test_a_theme_said_in_the_story_is_kept():
    result = after("I'm a party planner and the birthday is pirate themed. can you give me 2 options for the invitation?")
    assert result.action is Action.GENERATE and "pirate" in result.prompt and len(result.images) == 2


def test_designs_asked_for_a_thing_named_in_the_story():
    result = after("i sew quilts and want ideas for a baby quilt pattern. show me 3 designs with ducks and clouds")
    assert "baby quilt pattern with ducks and clouds" in result.prompt and len(result.images) == 3


def test_the_story_of_a_work_is_no_part_of_the_prompt():
    result = after("I'm an architect working on a beach house and they want a modern look: glass walls, a flat roof. "
                   "Could you give me 2 options?")
    assert result.prompt.startswith("a beach house, a modern look") and "architect working" not in result.prompt


def test_a_colon_before_a_second_change_splits_them():
    scene = edited("a harbour at sunset", "remove the sunset: make it early in the morning")
    assert scene.subject == "a harbour" and scene.time == "early in the morning"


def test_more_said_in_spanish_at_the_start():
    result = after("a cabin in the woods", "más cozy please")
    assert result.action is Action.EDIT and "cozy" in result.prompt


def test_praise_then_but_then_a_change():
    result = after("a cake with lemons", "i like it but swap the lemons for cherries")
    assert result.action is Action.EDIT and "cherries" in result.prompt and "lemons" not in result.prompt


def test_an_animated_thing_that_loops_is_declined():
    assert after("a pixel art torch", "can you make it an animated torch that loops?").action is Action.CHAT


def test_pictures_of_a_kind_asked_about_is_a_question():
    assert after("can you make watercolor style pictures? like loose and splashy?").action is Action.CHAT


def test_praise_then_a_remark_is_talk():
    assert after("a sailboat at dawn", "Splendid, she'll be delighted").action is Action.CHAT


def test_one_of_the_thing_caught_in_the_story():
    result = after("finally got a minute. my son caught a big rainbow trout yesterday and i want a picture of one "
                   "leaping over a waterfall")
    assert "rainbow trout leaping" in result.prompt


# ---- batch 3 --------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["bigger, want to hang it", "bigger, i need it for printing"])
def test_bigger_then_what_it_is_for_upscales(text):
    assert after("a lighthouse at dusk", text).action is Action.UPSCALE


def test_spanish_please_in_an_english_message():
    result = after("a lighthouse at dusk", "wide porfa")
    assert result.action is Action.EDIT and result.images[0].width > result.images[0].height


def test_a_list_of_lines_is_one_description():
    result = after("need a picture:\n- a red barn\n- a field of sunflowers\n- two horses\n- wide format\n- no people")
    assert result.action is Action.GENERATE and "red barn" in result.prompt and "horses" in result.prompt
    assert "people" in result.negative_prompt and result.images[0].width > result.images[0].height


def test_things_said_to_look_bad_then_them():
    scene = edited("two candles in brown bottles on a shelf", "no the bottles look too dark, make them clear glass")
    assert "clear glass bottles" in scene.subject and not scene.negatives


def test_a_shape_said_with_a_format_noun_after_the_ask():
    result = after("Give me 2 options of a jam label: strawberries and mint leaves. Tall labels.")
    assert result.images[0].height > result.images[0].width and "Tall labels" not in result.prompt


def test_pictures_of_a_format_asked_about_is_a_question():
    assert after("hello, can you make pictures of album covers? I'm a DJ putting together a mix").action is Action.CHAT


def test_praise_then_a_new_thing_with_a_format_and_a_shape_is_a_new_picture():
    result = after("a cosy bookshop at night", "great. a sci-fi novel cover: a red planet, a lone rover, two moons, tall")
    assert result.action is Action.GENERATE and "rover" in result.prompt and result.images[0].height > 512


def test_now_try_a_colour_changes_the_colour_last_given():
    result = after("a sticker of a taco", "make the background orange", "now try green")
    assert "green background" in result.prompt and "orange" not in result.prompt


def test_a_sunny_day_is_weather():
    result = after("a bridge in fog", "make it a sunny day instead")
    assert "sunny" in result.prompt and "fog" not in result.prompt


@pytest.mark.parametrize("fix, new, old", [("actually the name is BURGER BOB not joe sorry", "BURGER BOB", "JOE"),
                                            ("oops it's Jon with no h", "Jon", "John")])
def test_the_name_said_again(fix, new, old):
    first = "a food truck banner with the words BURGER JOE" if "BOB" in new else "a birthday card with the text 'John & Mia'"
    result = after(first, fix)
    assert result.action is Action.EDIT and new in result.prompt and old not in result.prompt


def test_quoted_words_of_the_lettering_replaced():
    result = after("a shop sign that says 'Fresh Bakes Daily'", "change 'Fresh Bakes' to 'Warm Bread'")
    assert result.action is Action.EDIT and "'Warm Bread Daily'" in result.prompt


def test_a_typed_street_food_is_no_typo():
    result = after("a poster with empanadas and arepas on a yellow background")
    assert "arepas" in result.prompt and "empanadas" in result.prompt


@pytest.mark.parametrize("text", ["what does the sign say right now?", "what does it say?"])
def test_what_the_lettering_says_describes(text):
    assert after("a shop sign that says 'Open'", text).action is Action.DESCRIBE


def test_little_movies_are_declined():
    result = after("Can you make little movies? My grandson would love a cartoon of a jumping frog")
    assert result.action is Action.CHAT and "video" in result.reply


def test_praise_but_a_critique_then_a_change():
    result = after("a poster of a smiling tooth", "these are great but a bit cartoony, make it more realistic")
    assert result.action is Action.EDIT and "realistic" in result.prompt


def test_that_which_was_chosen_in_the_story():
    result = after("our class voted on the mural and the winner was a penguin astronaut planting a flag! can you draw "
                   "that so I can show the art teacher? wide please")
    assert result.prompt.startswith("a penguin astronaut planting a flag") and result.images[0].width > 512


def test_someone_wants_him_in_something():
    result = after("a koala reading a book", "the kids also want him in a party hat")
    assert result.action is Action.EDIT and "party hat" in result.prompt and "kids" not in result.prompt


def test_a_medium_replaces_the_medium_in_the_words():
    result = after("a harbour at dawn as a charcoal sketch", "make it a bright oil painting instead")
    assert "oil painting" in result.prompt and "charcoal" not in result.prompt


def test_black_and_white_in_german_inside_english():
    result = after("can you draw a fox in the snow, schwarz-weiß like an old photo?")
    assert "black and white" in result.prompt


def test_a_restyle_for_a_use_keeps_the_use_out():
    scene = edited("a dog on a sofa", "turn him into a watercolor painting for my sister's birthday card")
    assert scene.style == "watercolor painting" and not any("birthday" in d for d in scene.details)


def test_a_theme_said_before_a_bare_format():
    result = after("We're throwing a party. Theme is 'under the sea' with octopuses and bubbles. Can you make an "
                   "invitation picture?")
    assert "octopuses" in result.prompt


@pytest.mark.parametrize("text, words", [
    ("Disegna un violino appoggiato su uno spartito", ("violin", "resting on", "sheet music")),
    ("Faz um desenho de um tucano num galho na floresta amazônica", ("toucan", "on a branch", "amazon rainforest")),
    ("Disegna una pizza margherita con basilico fresco", ("margherita pizza", "fresh basil")),
])
def test_more_words_the_word_list_reads(text, words):
    result = after(text)
    assert all(w in result.prompt for w in words)


def test_instead_of_the_in_italian():
    result = after("Disegna una torta su un tavolo", "metti uno sfondo nero al posto del tavolo")
    assert "black background" in result.prompt and "table" not in result.prompt


def test_more_pastel_in_spanish_is_no_cake():
    result = after("a little elephant with a balloon", "hazlo más pastel y sin el globo, por favor")
    assert "pastel" in result.prompt and "cake" not in result.prompt and "balloon" not in result.prompt


def test_polish_make_of_this_an_oil_painting():
    result = after("a windmill by a canal", "Zrób z tego obraz olejny")
    assert result.action is Action.EDIT and "oil painting" in result.prompt


def test_closer_on_a_part():
    result = after("a horse's head, pencil sketch", "closer on the eyes")
    assert result.action is Action.EDIT and "eyes" in result.prompt


def test_n_of_them_in_different_colours():
    result = after("a knitted hat on a table", "make 3 of them in different colours")
    assert result.action is Action.VARIATIONS and len(result.images) == 3


def test_a_coat_of_the_animals_keeps_the_animals():
    assert edited("two dogs on a porch", "make the dogs brown brindle").subject == "two brown brindle dogs on a porch"
    assert "cats" in edited("two cats on a rug", "make the cats orange tabbies").subject


def test_the_name_in_the_latest_lettering_with_a_name():
    result = after("a party invitation, theme 'pool party' with balloons", "put 'Splash with Max' on it",
                   "change the name to Leo")
    assert "'Splash with Leo'" in result.prompt and "Max" not in result.prompt


@pytest.mark.parametrize("text", ["ily thank uuu", "no cap thats fire"])
def test_slang_thanks_get_the_thanks_reply(text):
    result = after("a cat on a rug", text)
    assert result.action is Action.CHAT and result.reply.startswith("You're welcome")
