"""Stop 25's readings, each with sentences of our own (not from any eval set).

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest -q tests/test_brain_structure25.py
"""
import shutil

import pytest

from chat.capabilities import asks_to_do_lacking
from brain import edited_scene, offline_conversation, turns_after
from chat.types import Action
from chat.words.edit import apply_edit
from chat.words.glossary import gloss
from chat.words.mixed import read_mixed
from chat.words.photo import named_in_photo
from chat.words.route import RouteContext, route
from chat.words.scene import Scene, quote_capitals
from chat.words.sizes import aspect_from_text

LAKE = RouteContext(has_current=True, image_count=1, last_batch=1, scene_words={"lake", "cabin"})
GOBLINS = RouteContext(has_current=True, image_count=6, last_batch=6, scene_words={"goblin", "portrait"})
PHOTO = RouteContext(has_current=True, has_upload=True, image_count=1)
NOTHING = RouteContext()
LAKE_BATCH = RouteContext(has_current=True, image_count=4, last_batch=4, scene_words={"lake", "cabin"})


def conversation():
    return offline_conversation(25)


def after(first: str, *messages: str):
    return turns_after(25, first, *messages)


edited = edited_scene


# ---- the shape said last, after a comma ----------------------------------------------------------------------------
@pytest.mark.parametrize("message, shape", [
    ("a lighthouse on a cliff at dawn, tall", "tall"),
    ("a dragon circling the old city, cinematic, super wide", "wide"),
    ("a robot mascot holding a wrench? wide so it fits the shop sign", "wide"),
    ("a bowl of ramen, square for my menu", "square"),
    ("a koi pond in autumn, tall please", "tall"),
])
def test_a_shape_said_last_is_the_shape(message, shape):
    assert aspect_from_text(message) == shape


@pytest.mark.parametrize("message", ["a portrait of a man, tall", "a giraffe, tall and proud", "a box, square windows"])
def test_a_person_described_as_tall_is_no_shape(message):
    assert aspect_from_text(message) is None


# ---- bigger, for print --------------------------------------------------------------------------------------------
@pytest.mark.parametrize("message", ["bigger please, it'll be printed on a mug", "bigger, it's going to print",
                                     "make it big enough to print on a tote bag", "3x please"])
def test_bigger_for_print_upscales(message):
    assert route(message, LAKE).action is Action.UPSCALE


def test_a_photo_with_a_factor_is_upscaled():
    assert route("here's the file, 4x", PHOTO).action is Action.UPSCALE


# ---- a name from the story that is also the words to print ---------------------------------------------------------
def test_quoted_words_keep_the_name_the_story_gave():
    result = conversation().respond("I run a dog grooming shop called Sunny Paws. could you draw a logo with a poodle "
                                    "and the words 'Sunny Paws'?")
    assert "'Sunny Paws'" in result.prompt


# ---- what Easel can't do, asked as a change ------------------------------------------------------------------------
@pytest.mark.parametrize("message", ["can you make the flag animated, waving in the wind?",
                                     "could it be clickable so people can open each room?",
                                     "can you set this as my lock screen automatically?",
                                     "can you make it rotate, like a spinning logo?"])
def test_asks_for_what_easel_lacks_are_answered(message):
    assert asks_to_do_lacking(message) is not None
    assert after("a paper boat on a pond", message).action is Action.CHAT


def test_drawing_like_an_artist_is_a_question_about_easel():
    assert route("can you paint in the style of a famous painter?", RouteContext()).action is Action.CHAT
    assert route("can you paint a fox in the style of a famous painter?", RouteContext()).action is Action.GENERATE


@pytest.mark.parametrize("message", ["thx fam", "ty bestie", "thanks babe"])
def test_thanks_with_a_pet_name_is_thanks(message):
    assert route(message, LAKE).action is Action.CHAT


# ---- a colour instead, when the subject says its colour apart ------------------------------------------------------
def test_a_colour_instead_replaces_the_subjects_colour_said_apart():
    scene = edited("a trophy for the chess club, gold, with a knight on top", "bronze instead")
    assert "bronze" in scene.subject and "gold" not in scene.subject
    assert "silver" in edited("a trophy for the chess club, gold, with a knight on top", "make it silver").subject


def test_a_colour_for_a_scene_without_one_is_still_its_palette():
    scene = edited("a sunrise over a green valley", "make it purple")
    assert "green valley" in scene.subject and "purple" in scene.colour


# ---- new words for the text, unquoted ------------------------------------------------------------------------------
@pytest.mark.parametrize("change", ["change the text to Grand Opening", "change the sign to say Grand Opening"])
def test_new_words_unquoted_replace_the_pictures_text(change):
    scene = edited("a bakery front with 'Coming Soon' on the sign", change)
    assert '"Grand Opening"' in scene.subject and "Coming Soon" not in scene.subject


def test_a_change_of_a_part_is_no_text_when_the_picture_has_none():
    assert not any("say" in d for d in edited("a field under a blue sky", "change the sky to purple").details)


def test_the_questions_mark_stays_off_the_lettering():
    assert quote_capitals("could you add a flag that says GO TEAM?") == 'could you add a flag that says "GO TEAM"?'


# ---- an upload's subject, named when it was sent ------------------------------------------------------------------
def test_an_uploads_subject_is_named_by_the_message_it_came_with(tmp_path):
    photo = tmp_path / "IMG_0412.png"
    shutil.copy("tests/data/images/ball.png", photo)
    conv = conversation()
    conv.respond("this is my dog Rex, what do you see?", [str(photo)])
    result = conv.respond("make him a cartoon")
    assert result.action is Action.EDIT and "dog" in result.prompt


def test_a_graphic_or_sketch_of_ones_own_is_no_subject():
    assert named_in_photo("this is a quick sketch I made, can you describe it?") is None
    assert named_in_photo("this is a rough graphic for our club") is None


def test_a_banner_added_is_a_thing_not_a_format():
    scene = edited("a garden party", "add fairy lights and a banner")
    assert not scene.style and any("banner" in d for d in scene.details)


# ---- replaced doings and places ------------------------------------------------------------------------------------
def test_instead_of_doing_removes_the_doing():
    scene = edited("a scarecrow in a field, holding an umbrella", "make him wave instead of holding the umbrella")
    assert "umbrella" not in scene.subject and "umbrella" in scene.negatives


def test_what_about_them_somewhere_instead_moves_them():
    result = after("two ducks on a pond", "what about them on a rooftop instead")
    assert result.action is Action.EDIT and "rooftop" in result.prompt and "pond" not in result.prompt


def test_the_same_thing_but_in_another_place_replaces_the_place():
    scene = edited("a vintage bus parked at a gas station in the rain", "same bus but on a mountain road")
    assert "mountain road" in scene.subject and "gas station" not in scene.subject


def test_no_moon_takes_the_moonlight_too():
    scene = edited("a wolf howling in a moonlit valley", "no moon please")
    assert "moon" not in scene.subject.lower() and "moon" in scene.negatives


# ---- corrections and going back ------------------------------------------------------------------------------------
def test_no_wait_after_an_edit_replaces_what_the_edit_made():
    result = after("a brown owl on a branch", "make it a hawk", "no wait, a falcon")
    assert result.action is Action.EDIT and "falcon" in result.prompt and "hawk" not in result.prompt


def test_no_then_a_season_after_an_edit_changes_the_season():
    result = after("a farmhouse in summer", "actually winter", "hmm no, autumn with falling leaves")
    assert result.action is Action.EDIT and "autumn" in result.prompt and "winter" not in result.prompt


@pytest.mark.parametrize("message, target", [
    ("go back to the winter one", "last:winter"),
    ("back to the one that said Happy Birthday", "last:happy birthday"),
    ("go back to the first one", "first-made"),
    ("go back to the original photo", "first"),
])
def test_back_to_a_picture_named_by_what_it_shows(message, target):
    assert route(message, LAKE).target == target


def test_back_to_the_first_one_after_editing_a_photo_is_the_first_result(tmp_path):
    photo = tmp_path / "photo.png"
    shutil.copy("tests/data/images/ball.png", photo)
    conv = conversation()
    first = conv.respond("make this ball green", [str(photo)])
    conv.respond("put it on a tennis court")
    assert conv.respond("go back to the first one").source == first.images[0].id


# ---- takes and new pictures ----------------------------------------------------------------------------------------
def test_another_n_is_that_many_takes():
    decision = route("lovely, another 2 please", LAKE)
    assert decision.action is Action.VARIATIONS and decision.count == 2


def test_a_new_thing_with_its_shape_is_a_new_picture():
    assert route("now a castle courtyard, busy, torchlight, wide", GOBLINS).action is Action.GENERATE
    assert route("now a goblin king, wide", GOBLINS).action is Action.EDIT  # the goblins on screen, reshaped


def test_less_scary_brings_in_a_friendly_look():
    scene = apply_edit(Scene(subject="a haunted mansion with bats"), "less scary, it's for a kids party").scene
    assert "scary" in scene.negatives and "friendly" in " ".join([scene.lighting, *scene.details])


# ---- other languages -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("message, read", [
    ("draw me una jirafa with a scarf", "draw me a giraffe with a scarf"),
    ("hazlo in watercolor please", "make it in watercolor please"),
])
def test_a_foreign_noun_phrase_or_make_it_inside_english_is_read(message, read):
    assert read_mixed(message).text == read


def test_glossary_reads_pink_and_polish_baskets():
    assert "pink" in gloss("um vestido cor-de-rosa", "pt").text
    text = gloss("kosz jabłek", "pl").text
    assert "basket" in text and "apple" in text


# ---- second batch ---------------------------------------------------------------------------------------------------
def test_portuguese_progressive_reads_as_doing():
    assert gloss("um cão a dormir numa rede", "pt").text == "a dog sleeping in a hammock"


def test_an_emoji_sum_is_both_things_in_one_picture():
    result = conversation().respond("🐱 + 🌵 = ? draw it")
    assert result.action is Action.GENERATE and "cat" in result.prompt and "cactus" in result.prompt


def test_replacing_a_place_said_as_an_adjective_takes_the_adjective():
    scene = edited("a lighthouse on a rocky coastal cliff", "replace the coast with a frozen lake")
    assert "coastal" not in scene.subject and any("frozen lake" in d for d in scene.details)


def test_same_but_a_bare_noun_replaces_the_noun_of_its_kind():
    scene = edited("a bowl of ramen with chopsticks on a wooden table", "now same but curry")
    assert "curry" in scene.subject and "ramen" not in scene.subject and "table" in scene.subject


def test_a_long_wish_for_something_with_things_is_the_request():
    result = conversation().respond("so we've tried a few logos for the bakery and none felt right, I want something "
                                    "that feels cosy, like a woodcut, with a loaf of bread and a wheat sheaf, in two "
                                    "colours, brown and cream")
    assert result.action is Action.GENERATE and "bread" in result.prompt and "woodcut" in result.prompt


# ---- third batch (kinds still failing in the seen sets) ------------------------------------------------------------
def test_really_wide_is_the_shape():
    plan = apply_edit(Scene(subject="a row of beach huts"), "can you make it really wide, it goes along the hallway")
    assert plan.aspect == "wide" and not plan.scene.details


def test_a_story_sentence_before_an_uploads_ask_stays_out():
    decision = route("morning! I run a small candle shop. could you make this look like a moody product shot",
                     PHOTO)
    assert decision.action is Action.EDIT and "candle shop" not in (decision.text or "")


def test_a_look_with_things_sets_the_look_and_adds_the_things():
    plan = apply_edit(Scene(subject="a teapot"), "make this look like a rustic product photo with a linen cloth and "
                                                  "a spoon beside it")
    assert plan.scene.style == "rustic product photo" and any("spoon" in d for d in plan.scene.details)
    removed = apply_edit(plan.scene, "remove the spoon, it's too much").scene
    assert not any("spoon" in d for d in removed.details)


def test_a_time_with_things_sets_the_time_and_takes_the_old_one():
    scene = edited("the view from a tram window at sunset over the river", "make it night with fireworks instead")
    assert "sunset" not in scene.subject and scene.time and any("fireworks" in d for d in scene.details)
    assert "window over the river" in scene.subject  # the old time's preposition goes too


def test_a_question_after_picking_one_is_answered():
    decision = route("the third one is lovely. which colours would suit it for a wedding?", LAKE_BATCH)
    assert decision.action is Action.CHAT


def test_thanks_with_emoji_is_thanks():
    assert route("🌻🌻 thank you!!", LAKE).action is Action.CHAT


def test_praise_run_into_an_ask_is_the_ask():
    assert route("nice make it look like a van gogh", LAKE).action is Action.EDIT


def test_variations_with_other_colours_are_takes():
    decision = route("give me 3 variations with different coat colours", LAKE)
    assert decision.action is Action.VARIATIONS and decision.count == 3


def test_a_new_thing_in_the_same_style_with_its_shape_is_new():
    ctx = RouteContext(has_current=True, image_count=2, last_batch=1, scene_words={"sprite", "wizard", "pixel", "art",
                                                                                  "background"})
    assert route("ok now a background for the map: a misty swamp with old ruins, same pixel art style, wide",
                 ctx).action is Action.GENERATE


def test_removing_the_person_removes_who_is_there():
    scene = edited("a quiet alley at night with lanterns and a monk walking away", "remove the person")
    assert "monk" not in scene.subject


def test_someones_opinion_beside_a_removal_is_no_content():
    scene = edited("a nursery mural with owls, deer and mushrooms", "no owls actually, my mum thinks they look spooky")
    assert "mum" not in " ".join([scene.subject, *scene.details]) and "owls" in scene.negatives


def test_a_few_of_what_someone_loved_are_added():
    result = after("a quiet garden with a stone bench", "It's lovely. My grandad always loved robins, could you add a "
                                                         "couple sitting on the bench?")
    assert result.action is Action.EDIT and "robins" in result.prompt


def test_full_of_is_no_head_noun():
    from chat.words.detail import head_noun
    assert head_noun("a valley full of poppies with a farmhouse") == "valley"


# ---- fourth batch: words of other languages -----------------------------------------------------------------------
@pytest.mark.parametrize("message, language, english", [
    ("um elétrico azul", "pt", "tram"),  # (Lisbon's word for a tram)
    ("ajoute un arrosoir bleu", "fr", "watering can"),
    ("une légion romaine", "fr", "roman legion"),
    ("een glazen vaas", "nl", "glass vase"),
    ("een ijsvogel op een tak", "nl", "kingfisher"),
    ("un rifugio con la luce accesa", "it", "mountain hut"),
    ("una tostada con aguacate", "es", "toast"),
])
def test_glossary_rows_of_this_stop(message, language, english):
    assert english in gloss(message, language).text


def test_tortillas_stay_tortillas():
    assert "tortillas" in gloss("tacos y tortillas", "es").text


def test_dressed_as_in_french_is_as_one():
    assert "like an astronaut" in gloss("dessine mon chat en astronaute", "fr").text


def test_i_need_in_spanish_is_a_request():
    from chat.words.foreign import foreign_route
    assert foreign_route("necesito un póster con un gato y una luna", False, 0).action is Action.GENERATE


def test_a_spanish_place_after_an_article_inside_english_is_read():
    assert read_mixed("can you dibujar un gato pequeño en la playa?").text == "can you draw a small cat on the beach?"


# ---- fifth batch (dev sets read as kinds) --------------------------------------------------------------------------
@pytest.mark.parametrize("message, kept", [
    ("so sorry to bother you, could you draw a red kite over a hill? only if it's no trouble, sorry",
     "could you draw a red kite over a hill?"),
    ("Sorry! one more thing: bigger please", "bigger please"),
    ("sorry", "sorry"),
])
def test_apologies_around_an_ask_are_left_out(message, kept):
    from chat.words.normalize import without_apologies
    assert without_apologies(message) == kept


def test_without_it_asked_as_could_it_be_leaves_no_words_behind():
    scene = edited("a farmhouse on a hill", "it's lovely, but could it be without the clouds? I didn't ask for clouds")
    assert "clouds" in scene.negatives and not scene.details


def test_make_the_thing_actually_move_is_motion():
    assert after("a waterfall in a forest", "could you make the water actually move? a short clip would be great"
                 ).action is Action.CHAT


def test_a_mock_up_or_a_reference_is_no_subject_but_what_it_shows_is():
    assert named_in_photo("this is a mock-up of the cafe, can you describe it?") == "a cafe"
    assert named_in_photo("this is my reference for the set, can you paint it?") is None


def test_dutch_make_one_with_the_verb_last_is_a_request():
    from chat.words.foreign import foreign_route
    assert foreign_route("kun je een poster maken van een vuurtoren?", False, 0).action is Action.GENERATE


def test_one_of_the_things_the_user_makes():
    result = conversation().respond("we knit chunky wool scarves. draw one on a wooden chair")
    assert "a chunky wool scarf on a wooden chair" in result.prompt


def test_removing_a_thing_the_scene_does_not_name_only_keeps_it_out():
    result = after("a portrait of a pilot", "remove the plane in the background")
    assert result.action is Action.EDIT and "plane" not in result.prompt and "plane" in result.negative_prompt


def test_an_edit_of_a_photos_edit_stays_on_the_photo(tmp_path):
    photo = tmp_path / "photo.png"
    shutil.copy("tests/data/images/ball.png", photo)
    conv = conversation()
    conv.respond("make this a pencil sketch", [str(photo)])
    assert conv.respond("remove the shadow").method == "img2img"


def test_change_it_to_capitals_changes_the_lettering():
    scene = edited('a cake with the text "HAPPY 30"', "actually change it to HAPPY 40")
    assert '"HAPPY 40"' in scene.subject and "30" not in scene.subject


def test_put_a_sign_that_says_is_a_thing_with_text():
    scene = edited("a shop front", 'put a sign above the door that says "OPEN"')
    assert not scene.style and any("sign" in d for d in scene.details)


def test_that_car_is_the_one_the_story_had():
    result = conversation().respond("my dad had a 1972 Ford Mustang, red, when he was young. could you draw that car "
                                    "on a coastal road?")
    assert "a red 1972 Ford Mustang on a coastal road" in result.prompt


def test_things_on_a_part_of_the_subject_are_added():
    decision = route("a wreath on the door", RouteContext(has_current=True, image_count=1, last_batch=1,
                                                          scene_words={"cottage", "snow"}))
    assert decision.action is Action.EDIT
    assert route("a cat on the sofa", LAKE).action is Action.GENERATE


def test_a_picture_built_in_fragments():
    result = after("corgi", "park", "ball")
    assert result.action is Action.EDIT and "corgi" in result.prompt and "ball" in result.prompt


# ---- sixth batch (dev40 read as kinds) -----------------------------------------------------------------------------
def test_no_and_an_english_plural_is_no_polish():
    assert read_mixed("no cookies, just cupcakes").text == "no cookies, just cupcakes"
    from chat.words.glossary import singular
    assert [singular(w) for w in ("pies", "movies", "berries")] == ["pie", "movie", "berry"]


def test_draw_what_it_would_look_like_draws_what_the_story_looked_at():
    result = conversation().respond("Hi! I've been photographing the Andromeda galaxy all month and my shots are blurry. "
                                    "Could you draw what it would look like up close, in purples and golds?")
    assert result.action is Action.GENERATE and "Andromeda galaxy" in result.prompt


def test_a_colour_said_after_the_thing_is_its_colour():
    scene = edited("a knitted scarf in forest green draped over a chair", "make it navy instead")
    assert "in navy" in scene.subject and "green" not in scene.subject


def test_can_it_say_letters_words_in():
    result = after("a poster of a lighthouse", "can it say Summer Regatta 2026 at the bottom")
    assert result.action is Action.EDIT and '"Summer Regatta 2026" at the bottom' in result.prompt
    fixed = after("a poster of a lighthouse", "can it say Summer Regatta 2026 at the bottom",
                  "oops, it's actually Summer Fair, not regatta")
    assert '"Summer Fair 2026"' in fixed.prompt


def test_posting_after_a_filler_is_answered():
    assert after("a fox in the snow", "ok nvm. send it to my mum").action is Action.CHAT


def test_god_bless_is_thanks():
    assert route("thanks so much, god bless", LAKE).action is Action.CHAT


def test_a_view_of_a_thing_replaced():
    scene = edited("a bedroom with a view of the mountains", "replace the mountain view with the sea")
    assert "view of the sea" in scene.subject and "mountains" not in scene.subject


def test_pictures_of_patterns_asked_about_is_talk():
    assert route("can you make pictures of sewing patterns?", NOTHING).action is Action.CHAT


def test_a_loan_in_a_mixed_message_stays_and_please_goes():
    said = read_mixed("draw a croissant with jam, très appétissant s'il te plaît").text
    assert said == "draw a croissant with jam, very appetizing"


def test_polish_mammoth_in_the_ice_age():
    assert gloss("mamuta w epoce lodowcowej", "pl").text == "a mammoth in an ice age"


def test_a_pair_of_them_is_a_pair_of_what_the_user_makes():
    result = conversation().respond("we make beeswax candles. can you draw a row of them on a windowsill")
    assert "a row of beeswax candles on a windowsill" in result.prompt


@pytest.mark.parametrize("message, language, english", [
    ("una scalatrice sulla roccia", "it", "climber"),
    ("vor einer alten Tankstelle", "de", "gas station"),
    ("brincos com pérolas", "pt", "pearls"),
])
def test_glossary_rows_of_the_sixth_batch(message, language, english):
    assert english in gloss(message, language).text
