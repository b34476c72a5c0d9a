"""Stop 21's general readings, each with sentences of this file's own: praise said with "looking", a thing said
"instead" of the picture's subject, one side of a size in pixels, German comparatives and "sein" closing a clause,
and "café" read as the place where a place's words stand around it.

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest tests/test_brain_structure21.py -q
"""
import re

import pytest

from chat.types import Action
from chat.words.counts import extract_count
from chat.words.glossary import gloss
from chat.words.language import detect_language
from chat.words.normalize import FILLER
from chat.words.route import RouteContext, route
from chat.words.sizes import UPSCALE_MAX, target_size, upscale_factor
from chat.words.typos import fix_prompt_typos

from offline_talk import picture_on_screen, say_in_order


def say(*messages: str):
    return say_in_order(21, *messages)


# ---- praise said with "looking" ------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["she's looking great", "he's looking really good", "they're looking lovely",
                                  "it's looking amazing"])
def test_looking_good_is_praise(text):
    assert route(text, picture_on_screen("dancer", "stage")).action is Action.CHAT


def test_looking_somewhere_is_still_a_change():
    assert route("he's looking left, make him look right", picture_on_screen("pilot")).action is Action.EDIT


# ---- a thing said instead of the subject ---------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["a fox instead", "hmm maybe a fox instead?", "how about a fox instead",
                                  "or two foxes instead", "same vibe but a fox instead"])
def test_a_thing_said_instead_takes_the_subjects_place(text):
    _, swapped = say("a hedgehog in a mossy forest, storybook style", text)
    assert swapped.action is Action.EDIT
    prompt = swapped.images[0].prompt
    assert "fox" in prompt and "mossy forest" in prompt and "hedgehog" not in prompt


def test_a_colour_instead_is_still_a_recolour():
    _, recoloured = say("a red tram in lisbon", "how about a green one instead")
    assert recoloured.action is Action.EDIT and "green tram" in recoloured.images[0].prompt


def test_the_same_style_with_a_new_subject_is_still_a_new_picture():
    assert route("same style but a lighthouse", picture_on_screen("hedgehog", "storybook")).action is Action.GENERATE


# ---- one side of a size in pixels ----------------------------------------------------------------------------------
@pytest.mark.parametrize("text, size", [("make it 2048 pixels wide", (2048, 0)), ("can you make it 900px tall", (0, 900)),
                                        ("upscale it to 1920x1080", (1920, 1080)), ("make it bigger", None)])
def test_target_size_reads_one_side_or_both(text, size):
    assert target_size(text) == size


def test_a_width_smaller_than_the_picture_says_it_only_grows():
    drawn, asked = say("a lemon on a plate", "make it 256 pixels wide")
    assert drawn.images and not asked.images
    assert "256 px wide" in asked.reply and "only make pictures bigger" in asked.reply
    assert "pixels" not in (asked.prompt or "")


def test_a_width_larger_than_the_picture_upscales():
    _, bigger = say("a lemon on a plate", "make it 1200 px wide")
    assert bigger.action is Action.UPSCALE and bigger.images[0].width > 1000


# ---- German comparatives and "sein" --------------------------------------------------------------------------------
@pytest.mark.parametrize("text, english", [("kannst du das Wasser grüner machen?", "make the water more green?"),
                                           ("mach die Wolken noch weißer", "make the clouds more white"),
                                           ("die Katze sollte bunter sein", "the cat should be more colorful")])
def test_a_german_adjective_with_er_and_no_noun_after_it_is_a_comparative(text, english):
    assert gloss(text, "de").text == english


def test_a_german_adjective_with_er_before_its_noun_is_plain():
    assert gloss("ein grüner Frosch auf einem Blatt", "de").text == "a green frog on a leaf"


# ---- café, the place -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, language", [("un vieux café avec une terrasse", "fr"),
                                            ("un café en la esquina de la calle", "es"),
                                            ("dessine un café italien", "fr")])
def test_cafe_among_a_places_words_is_the_place(text, language):
    english = gloss(text, language).text
    assert "cafe" in english and "coffee" not in english


@pytest.mark.parametrize("text, language", [("une tasse de café sur une table", "fr"), ("una taza de café", "es")])
def test_a_cup_of_cafe_is_coffee(text, language):
    assert "coffee" in gloss(text, language).text


@pytest.mark.parametrize("text, language, english", [("ajoute une étoile dans le coin", "fr", "in the corner"),
                                                     ("pon una luna en la esquina", "es", "in the corner"),
                                                     ("il cielo dovrebbe essere più chiaro", "it", "should be")])
def test_corners_and_should_be_are_read(text, language, english):
    assert english in gloss(text, language).text


# ---- language detection from the glossary's words ------------------------------------------------------------------
@pytest.mark.parametrize("text, language", [("neun Gartenzwerge vor einem Schrebergarten, Aquarell", "de"),
                                            ("uma varanda com vasos de samambaia e piso de ladrilho", "pt"),
                                            ("dodici biciclette contro un muro giallo", "it"),
                                            ("twaalf fietsen tegen een brug", "nl")])
def test_a_request_made_of_a_languages_picture_words_is_detected(text, language):
    assert detect_language(text) == language


@pytest.mark.parametrize("text", ["a bowl of ramen with a soft-boiled egg and chopsticks",
                                  "a piñata at a fiesta in a plaza, bright paper flags",
                                  "a gondola in venice at dusk, fresco style"])
def test_english_with_borrowed_words_stays_english(text):
    assert detect_language(text) is None


# ---- cognates and diminutives --------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, language, english", [("un retrato en estilo cubismo", "es", "cubism"),
                                                     ("une ville mystérieuse", "fr", "mysterious"),
                                                     ("eine fantastische Burg", "de", "fantastic")])
def test_an_unknown_word_is_read_by_an_ending_english_shares(text, language, english):
    assert english in gloss(text, language).text


@pytest.mark.parametrize("text, language, english", [("una mesita junto a la ventana", "es", "little table"),
                                                     ("dois cachorrinhos na praia", "pt", "little dogs")])
def test_a_diminutive_is_a_little_one(text, language, english):
    assert english in gloss(text, language).text


# ---- counts ----------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, count", [("draw 3 different robots playing chess", 3),
                                         ("three different owls on a branch", 3),
                                         ("draw 3 different kinds of mushrooms", 1),
                                         ("some concept art of a desert fortress", 1)])
def test_different_things_are_that_many_pictures_and_concept_art_is_no_count(text, count):
    assert extract_count(text)[1] == count


# ---- remarks, dislikes, stories ------------------------------------------------------------------------------------
def test_the_thing_disliked_is_the_it_of_the_change_after():
    _, swapped = say("a patio with a red umbrella and two chairs", "my wife hates the umbrella. swap it for a pergola")
    assert swapped.action is Action.EDIT
    assert "pergola" in swapped.images[0].prompt and "umbrella" not in swapped.images[0].prompt


def test_art_asked_for_after_a_story_keeps_the_storys_world():
    drawn, = say("I'm building a puzzle game set in a flooded cathedral. Need concept art: broken pews and candles")
    prompt = drawn.images[0].prompt
    assert drawn.action is Action.GENERATE and len(drawn.images) == 1
    assert "pews" in prompt and "flooded cathedral" in prompt and "Need" not in prompt


def test_a_second_thought_after_a_dash_replaces_the_first():
    drawn, = say("a brown bear fishing in a river — actually no, make it a grizzly bear")
    assert "grizzly bear fishing in a river" in drawn.images[0].prompt and "brown bear" not in drawn.images[0].prompt


def test_as_big_as_you_can_is_the_largest_upscale():
    _, bigger = say("a lighthouse at dawn", "now make it as big as you can")
    assert bigger.action is Action.UPSCALE and upscale_factor("as big as you can") == UPSCALE_MAX


def test_show_me_what_it_would_look_like_with_on_an_upload_is_an_edit():
    turn, = say_in_order(21, "show me what it'd look like with a red frame", files_first=("tests/data/images/blue-bicycle.png",))
    assert turn.action is Action.EDIT and "red frame" in turn.images[0].prompt


@pytest.mark.parametrize("text", ["Vous pouvez ajouter un chien à côté de lui ?", "¿Puedes quitar la mesa?",
                                  "Kannst du den Baum entfernen?"])
def test_can_you_with_an_infinitive_in_another_language_is_an_edit(text):
    assert route(text, picture_on_screen("man", "table", "tree")).action is Action.EDIT


# ---- the many things on screen become others -----------------------------------------------------------------------
@pytest.mark.parametrize("first, change, new, old", [("four ducklings on a pond", "make them swans", "four swans", "ducklings"),
                                                     ("a vase of yellow tulips", "change them to red poppies",
                                                      "red poppies", "tulips")])
def test_them_made_into_other_things_replaces_the_many_things(first, change, new, old):
    _, changed = say(first, change)
    prompt = changed.images[0].prompt
    assert changed.action is Action.EDIT and new in prompt and old not in prompt.split(",")[0]


def test_them_made_into_a_role_is_a_costume():
    _, changed = say("two kids on a trampoline", "make them astronauts")
    assert "kids" in changed.images[0].prompt and "astronauts" in changed.images[0].prompt


# ---- spelt as it sounds --------------------------------------------------------------------------------------------
@pytest.mark.parametrize("typed, fixed", [("a dolfin in the waves", "a dolphin in the waves"),
                                          ("a purpul umbrella", "a purple umbrella"),
                                          ("a feild of sunflours", "a field of sunflowers")])
def test_a_word_spelt_as_it_sounds_is_fixed_in_the_prompt(typed, fixed):
    assert fix_prompt_typos(typed)[0] == fixed


# ---- talk around a request -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["Thanks, that will do nicely.", "she's going to love this, thanks",
                                  "they're gonna love it lol", "lol perfect, the girls are gonna love it",
                                  "ok the grandkids will love this", "my boss is going to love it!!"])
def test_thanks_and_remarks_are_talk(text):
    assert route(text, picture_on_screen("cake", "candles")).action is Action.CHAT


def test_praise_and_and_now_in_another_language_before_an_english_request():
    decision = route("génial! et maintenant make it look like a pencil sketch", picture_on_screen("harbour", "boats"))
    assert decision.action is Action.EDIT


def test_a_version_named_by_four_words_is_an_edit():
    decision = route("ok make a vintage 50s diner menu version of it", picture_on_screen("burger", "fries"))
    assert decision.action is Action.EDIT


# ---- German sentences and decades ----------------------------------------------------------------------------------
def test_the_german_verb_moves_to_the_front_of_its_own_sentence():
    english = gloss("Ich verkaufe Kleidung. Kannst du eine Schaufensterpuppe zeichnen?", "de").text
    assert english.endswith("draw a mannequin?") and english.startswith("I sell clothes.")


@pytest.mark.parametrize("text, language", [("ein Kleid im 70er-Jahre-Stil", "de"), ("une affiche des années 70", "fr"),
                                            ("un coche de los años 70", "es")])
def test_a_decade_said_in_another_language_is_the_70s(text, language):
    assert "70s" in gloss(text, language).text


# ---- review of stop 21: readings that must not change --------------------------------------------------------------
@pytest.mark.parametrize("text", ["viola player in orchestra", "secret agent bank heist", "tour bus on route 66",
                                  "step by step", "mama bear and papa bear", "super cute male cat"])
def test_english_words_the_glossary_also_knows_keep_a_message_english(text):
    assert detect_language(text) is None


@pytest.mark.parametrize("text, language, english", [
    ("rendilo giallo", "it", "make it yellow"), ("un cielo azul con nubes blancas", "es", "white clouds"),
    ("een brug over de rivier", "nl", "over the river"), ("un vecchio castello", "it", "an old castle"),
    ("prueba otra vez", "es", "try again"), ("un vélo neuf", "fr", "a new bicycle"),
    ("un burrito con guacamole", "es", "a burrito"), ("una fábrica abandonada", "es", "an abandoned factory"),
    ("un café sur une table en bois", "fr", "coffee")])
def test_common_words_keep_their_common_reading(text, language, english):
    assert english in gloss(text, language).text


@pytest.mark.parametrize("text, action", [("a few more instead", Action.VARIATIONS), ("a bigger version instead", Action.UPSCALE),
                                          ("how about three variations instead", Action.VARIATIONS)])
def test_takes_and_sizes_said_with_instead_are_no_swap(text, action):
    assert route(text, picture_on_screen("dog", "beach")).action is action


@pytest.mark.parametrize("text", ["a husky with two different colored eyes", "a pizza with 4 different toppings"])
def test_different_things_inside_one_picture_are_one_picture(text):
    assert extract_count(text) == (text, 1)


def test_some_concept_ideas_are_several():
    assert extract_count("some concept ideas for a logo")[1] == 3


def test_a_photo_shared_with_i_made_this_is_described():
    assert route("i made this", RouteContext(has_upload=True, image_count=1)).action is Action.DESCRIBE


def test_thanks_then_what_they_would_love_is_an_addition():
    assert route("thanks! the cats would love a ball of yarn", picture_on_screen("cats", "rug")).action is Action.EDIT


@pytest.mark.parametrize("text", ["¿puedes dibujar un perro para poner en una taza?",
                                  "peux-tu dessiner un chat pour remplacer mon logo ?"])
def test_a_change_verb_saying_what_a_new_picture_is_for_is_no_edit(text):
    assert route(text, picture_on_screen("cat")).action is Action.GENERATE


def test_the_look_said_after_a_second_thought_goes_with_the_new_thing():
    drawn, = say("a cat on a sofa, actually make it a dog, the white one")
    assert drawn.images[0].prompt.startswith("a white dog on a sofa")


def test_a_change_in_the_second_sentence_about_an_upload_is_an_edit():
    decision = route("this is a sketch of our barn. put a rooster on the roof?", RouteContext(has_upload=True, image_count=1))
    assert decision.action is Action.EDIT


def test_dutch_ons_before_a_noun_is_our():
    assert gloss("een tekening van ons huis", "nl").text == "a drawing of our house"


# ---- dev set 25's kinds of turn, in sentences of this file ---------------------------------------------------------
@pytest.mark.parametrize("text", ["4k version of it please, it's for a billboard", "hd version of this"])
def test_a_4k_or_hd_version_is_an_upscale(text):
    assert route(text, picture_on_screen("ferry", "harbour")).action is Action.UPSCALE


def test_praise_straight_before_can_you_is_no_part_of_the_request():
    decision = route("gorgeous can you make it a winter morning with frost", picture_on_screen("garden", "bench"))
    assert decision.action is Action.EDIT


def test_a_question_then_why_it_is_needed_is_talk():
    decision = route("nice. what would you call that shade of green? need something for our style guide",
                     picture_on_screen("ferry", "green"))
    assert decision.action is Action.CHAT


def test_make_him_do_something_with_a_picture_on_screen_is_an_edit():
    assert route("make him hold a bunch of balloons", picture_on_screen("astronaut")).action is Action.EDIT


@pytest.mark.parametrize("text, count", [("draw 4 cartoon ferry mascots for our ferry company", 4),
                                         ("draw 3 enamel pin designs of owls", 3)])
def test_a_number_of_designs_with_two_words_before_them_is_that_many_pictures(text, count):
    assert extract_count(text)[1] == count


def test_a_no_before_a_later_change_is_kept():
    _, changed = say("a ferry mascot with a big smile", "no text on it please, I'll letter it myself. and make it wide")
    assert changed.action is Action.EDIT and "text" in changed.images[0].negative_prompt
    assert changed.images[0].width > changed.images[0].height


def test_obsessed_with_it_thanks_is_talk():
    assert route("haha he's obsessed with it, thank u", picture_on_screen("ferry")).action is Action.CHAT


def test_dutch_widescreen_is_wide():
    _, wide = say("a heron by a canal", "Mooi! Kan het ook in breedbeeld?")
    assert wide.action is Action.EDIT and wide.images[0].width > wide.images[0].height
    assert "Kan" not in wide.images[0].prompt


def test_a_width_asked_for_is_reached_after_the_engine_rounds_it():
    _, bigger = say("a lemon on a plate", "make it 1500 px wide")
    assert bigger.action is Action.UPSCALE and bigger.images[0].width >= 1500


def test_two_german_clauses_each_put_their_verb_first():
    assert gloss("Kannst du das Meer grün machen und ein paar Boote hinzufügen?", "de").text == \
        "make the sea green and add a few boats?"


def test_a_german_change_of_a_named_part_is_an_edit():
    assert route("Kannst du das Meer grün machen und ein paar Boote hinzufügen?",
                 picture_on_screen("harbour", "sea")).action is Action.EDIT


# ---- second review of stop 21 ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("typed, fixed", [("a wierd creature", "a weird creature"), ("a kity on a pillow", "a kitty on a pillow"),
                                          ("baby groot dancing", "baby groot dancing"), ("kids go karting", "kids go karting"),
                                          ("a card for ralf", "a card for ralf")])
def test_a_likelier_slip_or_a_name_beats_a_sound_alike(typed, fixed):
    assert fix_prompt_typos(typed)[0] == fixed


@pytest.mark.parametrize("change, kept", [("make them furious", "puppies"), ("make them wear hats", "puppies"),
                                          ("make them different colors", "puppies"), ("make them stickers", "puppies"),
                                          ("make them silhouettes", "puppies")])
def test_them_made_a_look_or_a_verb_keeps_the_things(change, kept):
    _, changed = say("three puppies on a lawn", change)
    assert kept in changed.images[0].prompt


@pytest.mark.parametrize("text, count", [("draw 3 chinese characters for good luck", 1),
                                         ("draw 2 paw prints for a pet shop logo", 1),
                                         ("i'd like 4 different logos for my bakery", 4), ("how about 3 different monsters", 3)])
def test_counts_of_kinds_and_of_different_things(text, count):
    assert extract_count(text)[1] == count


@pytest.mark.parametrize("text", ["No rush. Could you make the sofa blue?", "No pressure! make the sofa blue"])
def test_no_rush_is_no_removal(text):
    _, changed = say("a cat on a sofa", text)
    assert "rush" not in changed.reply and "pressure" not in changed.reply and "blue" in changed.images[0].prompt


def test_make_him_a_card_is_a_new_picture():
    assert route("perfect. now make him a birthday card of a dinosaur", picture_on_screen("cat", "sofa")).action \
        is Action.GENERATE


def test_an_hd_version_with_a_change_is_no_plain_upscale():
    assert route("i'd like an hd version but as a watercolor", picture_on_screen("cat", "sofa")).action is not Action.UPSCALE


def test_need_something_for_a_place_then_the_thing_is_drawn():
    decision = route("we're opening a taco truck. need something for the side of the truck, a cactus wearing a sombrero",
                     picture_on_screen())
    assert decision.action is Action.GENERATE


@pytest.mark.parametrize("text, language, wrong", [("disegna una ragazza con il loro cane", "it", "they"),
                                                   ("maak het laat in de avond", "nl", "let"),
                                                   ("due gatti che sono seduti", "it", "I am"),
                                                   ("uma menina que tem cabelo rosa", "pt", "there is"),
                                                   ("sí, hazlo más grande", "es", "if")])
def test_words_with_two_readings_are_not_read_the_wrong_way(text, language, wrong):
    assert not re.search(r"\b" + wrong + r"\b", gloss(text, language).text)


@pytest.mark.parametrize("text", ["super-saiyan goku powering up", "toll-booth on a highway"])
def test_a_hyphenated_word_is_no_praise_before_a_request(text):
    assert FILLER.sub("", text, count=1) == text


def test_a_reading_that_kept_the_question_form_is_still_the_change():
    _, changed = say("a cartoon owl under the moon", "You can add stars around the moon?")
    assert changed.action is Action.EDIT and "You can" not in changed.images[0].prompt
    assert "stars around the moon" in changed.images[0].prompt
