"""Stop 31's readings, each with sentences of our own (not from any eval set).

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest -q tests/test_brain_structure31.py
"""
import pytest

from brain import edited_scene, turns_after
from chat.types import Action
from chat.words.brief import brief_request
from chat.words.continued import part_recoloured_again
from chat.words.mind import final_say
from chat.words.negatives import extract_negatives
from chat.words.normalize import self_corrected
from chat.words.nounphrase import recolor
from chat.words.remarks import is_said_clause
from chat.words.typos import fix_prompt_typos
from chat.words.route import RouteContext, route

ON_SCREEN = RouteContext(has_current=True, image_count=1, last_batch=1)


def after(first: str, *messages: str):
    return turns_after(31, first, *messages)


# ---- thanks, then a clause said to Easel ----------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["thanks, grandma approves 👍", "Thank you. This will hang in the hallway for years.",
                                  "thank you, it means the world to us", "thanks! she says it's perfect",
                                  "thanks, this will look great, my sister loves foxes"])
def test_thanks_then_a_clause_said_to_easel_is_talk(text):
    assert route(text, ON_SCREEN).action is Action.CHAT


@pytest.mark.parametrize("text", ["thanks, now a fox in the snow", "thanks. a fox in the snow",
                                  "thanks, it needs a hat though", "thanks, the fox runs too fast, slow him down"])
def test_thanks_then_an_ask_is_still_the_ask(text):
    assert route(text, ON_SCREEN).action is not Action.CHAT


def test_a_clause_is_told_from_a_noun_phrase():
    assert is_said_clause("my uncle will frame it")
    assert not is_said_clause("red roses on a table")
    assert not is_said_clause("the fox runs away, slow him down")


# ---- "less X" of a thing in the picture -----------------------------------------------------------------------------
@pytest.mark.parametrize("subject, change, kept", [
    ("a party hall with streamers, glitter and a cake", "less glitter", "glitter"),
    ("a beach with sand and shells", "less sand", "sand"),
    ("a street with lanterns and confetti", "less lanterns", "lanterns"),
])
def test_less_of_a_thing_keeps_some_of_it(subject, change, kept):
    scene = edited_scene(subject, change)
    assert kept in " ".join([scene.subject, *scene.details])
    assert kept not in " ".join(scene.negatives)


def test_less_of_a_quality_still_takes_it_out():
    scene = edited_scene("a cluttered desk with books", "less cluttered")
    assert "cluttered" not in scene.subject


# ---- a colour said after a thing -------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, noun, colour, expected", [
    ("a marble with a streak of deep green inside", "streak", "orange", "a marble with a streak of orange inside"),
    ("a girl in a coat in navy blue", "coat", "yellow", "a girl in a coat in yellow"),
    ("a red kite in the sky", "kite", "yellow", "a yellow kite in the sky"),
])
def test_a_colour_said_after_its_thing_is_the_one_replaced(text, noun, colour, expected):
    assert recolor(text, noun, colour) == expected


# ---- a colour alone, after a part was recoloured ---------------------------------------------------------------------
@pytest.mark.parametrize("text, last, expected", [
    ("make it orange", "make the ribbon purple", "make the ribbon orange"),
    ("mint instead", "paint the front door dark green", "make the front door mint"),
    ("make it teal", "change the roof to light blue please", "make the roof teal"),
    ("make it teal", "make the dog bigger", "make it teal"),
    ("make it teal", "make it red", "make it teal"),
])
def test_a_colour_alone_goes_to_the_part_last_recoloured(text, last, expected):
    assert part_recoloured_again(text, last) == expected


def test_a_colour_alone_after_a_part_recoloured_recolours_that_part_in_a_conversation():
    result = after("a paper lantern with a ribbon of bright yellow", "make the ribbon purple", "and orange")
    assert "ribbon of orange" in result.prompt and "purple" not in result.prompt


# ---- a pasted brief of labelled lines --------------------------------------------------------------------------------
BRIEF = ("Hi, our brief is below.\n\nCampaign: Autumn Reading Week for a bookshop\nAudience: students\n"
         "Scene: a stack of old books on a wooden desk, a steaming teacup, maple leaves\nColours: rust, mustard, cream\n"
         "Avoid: people, phones\nOutput: 3 options, landscape\n\nThanks!")


def test_a_brief_of_labelled_lines_is_one_request():
    decision = route(BRIEF, RouteContext())
    assert decision.action is Action.GENERATE and decision.count == 3
    assert decision.text.startswith("a stack of old books on a wooden desk")
    assert "Audience" not in decision.text and "students" not in decision.text and "no phones" in decision.text


def test_a_brief_is_drawn_with_its_look_its_negatives_and_its_shape():
    result = after(BRIEF)
    assert "books" in result.prompt and "rust" in result.prompt and "bookshop" not in result.prompt
    assert "phones" in result.negative_prompt and "phones" not in result.prompt
    assert len(result.images) == 3 and result.images[0].width > result.images[0].height


def test_a_message_with_one_colon_is_no_brief():
    assert brief_request("draw a cat: orange and fluffy") is None
    assert brief_request("Scene: a cat on a mat") is None


# ---- feedback said as a change ---------------------------------------------------------------------------------------
def test_a_labelled_change_and_the_value_it_replaces():
    result = after("a steel bottle on a rock, cork stopper", "Client feedback: the stopper should be red not cork")
    assert "red stopper" in result.prompt and "cork" not in result.prompt and "feedback" not in result.prompt


def test_not_after_a_change_is_the_old_value_not_a_thing_removed():
    scene = edited_scene("a grey cat on a green rug", "make the rug orange, not green")
    assert "orange rug" in scene.subject and "green" not in " ".join(scene.negatives)


@pytest.mark.parametrize("text", ["4 variations for user testing", "ok. 2 versions for the client please"])
def test_takes_for_a_purpose_are_takes_of_the_picture(text):
    assert route(text, ON_SCREEN).action is Action.VARIATIONS


# ---- a mind changed twice in one message ------------------------------------------------------------------------------
@pytest.mark.parametrize("text, kept, gone", [
    ("paint a red door, no, purple... no, teal is better, with a brass knocker", "teal door", ["red", "purple"]),
    ("make me 2 posters of a lighthouse, no make it 6, hmm ok 3 is fine", "3 posters", ["6", "2 posters"]),
])
def test_the_last_of_several_says_wins(text, kept, gone):
    said = final_say(text)
    assert kept in said and not any(g in said for g in gone)


def test_a_thing_said_three_times_is_the_last_one_in_the_first_ones_place():
    said = self_corrected("draw a goat on a wall, no, a sheep, no actually make it a llama. at dawn")
    assert said.startswith("draw a llama on a wall") and "sheep" not in said and "goat" not in said


@pytest.mark.parametrize("text, expected", [
    ("draw a hamster on a cushion, no wait, a rabbit", "draw a rabbit on a cushion"),
    ("a boy with a kite, sorry, a girl", "a girl with a kite"),
    ("a mouse in a teacup, no wait, a mug", "a mouse in a mug"),
])
def test_a_correction_replaces_the_thing_it_is_most_like(text, expected):
    assert self_corrected(text) == expected


# ---- other languages -------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("first, text, words", [
    ("", "Narysuj fontannę i lody truskawkowe na tle gór", ["fountain", "strawberry"]),
    ("", "¿Me dibujas una bodega con barricas en primer plano?", ["barrel", "foreground"]),
    ("", "Desenha uma embalagem de suco de maracujá", ["packaging", "passion fruit"]),
    ("a treasure map of an island", "Aggiungi una rosa dei venti in alto", ["compass rose"]),
])
def test_new_words_of_other_languages_are_drawn_in_english(first, text, words):
    result = after(first, text) if first else after(text)
    assert all(w in result.prompt for w in words)


@pytest.mark.parametrize("text, gone", [("Sem nuvens, por favor.", "cloud"), ("Niente nuvole, solo il mare", "cloud")])
def test_none_of_a_thing_said_in_portuguese_or_italian_goes_to_the_negative(text, gone):
    result = after("a calm sea with clouds", text)
    assert gone in result.negative_prompt and gone not in result.prompt


# ---- the picture on screen, drawn again or changed --------------------------------------------------------------------
@pytest.mark.parametrize("text", ["evening with the street lamps lit", "foggy with a lone heron"])
def test_a_time_or_weather_with_a_thing_changes_the_picture_on_screen(text):
    assert route(text, ON_SCREEN).action is Action.EDIT


@pytest.mark.parametrize("text", ["can you redraw it as a linocut print?", "portray her as a renaissance queen",
                                  "could you reimagine it as a stained glass window?"])
def test_a_restyle_verb_with_as_is_an_edit_of_the_picture(text):
    assert route(text, ON_SCREEN).action is Action.EDIT


def test_a_restyle_verb_keeps_the_subject_and_says_the_look():
    conv_result = after("a lighthouse on a cliff", "redraw it as a linocut print")
    assert "lighthouse" in conv_result.prompt and "linocut" in conv_result.prompt and "redraw" not in conv_result.prompt


def test_a_new_animal_named_with_an_article_replaces_the_one_there():
    scene = edited_scene("a sticker, a cartoon puffin bird on a rock", "make the bird a kittiwake")
    assert "kittiwake" in scene.subject and "puffin" not in scene.subject


def test_what_is_left_after_a_removal_is_kept():
    scene = edited_scene("a farmhouse with a fence in front", "take out the fence so it is just the meadow")
    assert "fence" not in scene.subject and "meadow" in " ".join([scene.subject, *scene.details])
    assert "so it is" not in " ".join(scene.negatives)


def test_a_question_about_easel_then_a_need_that_names_nothing_is_talk():
    assert route("what can you actually do? we need some visuals for our website", RouteContext()).action is Action.CHAT


def test_tell_me_whats_in_it_after_a_story_describes_the_upload():
    text = "We're making a guide for volunteers. Before we print this photo, tell me what's in it please."
    assert route(text, RouteContext(has_upload=True, image_count=1)).action is Action.DESCRIBE


def test_a_french_card_of_a_named_city_is_a_map():
    assert "map of Lyon" in after("dessine une carte de Lyon avec le Rhône").prompt


# ---- dev81-83's kinds --------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, kept, gone", [
    ("draw a cat on a sofa made of velvet. wait, not velvet, leather", "leather", "velvet"),
    ("make the door red. no wait, not red but yellow", "yellow", "red"),
])
def test_not_this_but_that_replaces_the_thing_named(text, kept, gone):
    said = final_say(text)
    assert kept in said and gone not in said


def test_a_thing_said_again_after_what_it_is_doing_takes_its_place():
    said = self_corrected("draw a surfer riding a wave, actually make it a swimmer. at noon")
    assert said.startswith("draw a swimmer riding a wave") and "surfer" not in said


def test_make_it_a_comparative_is_still_a_look():
    said = self_corrected("draw a dog in a park, actually make it a bit darker")
    assert "dog" in said


@pytest.mark.parametrize("text, negatives, kept", [
    ("no rain actually, dry and bright", ["rain"], ["dry", "bright"]),
    ("no cars, bikes or vans", ["cars", "bikes", "vans"], []),
    ("no red, blue or green", ["red", "blue", "green"], []),
])
def test_a_look_said_after_a_thing_left_out_is_no_negative(text, negatives, kept):
    rest, found = extract_negatives(text)
    assert found == negatives and all(k in rest for k in kept)


def test_a_shape_said_of_a_thing_shapes_it():
    scene = edited_scene("a bear holding a blue kite", "can the kite be a star shape")
    assert "star-shaped kite" in " ".join([scene.subject, *scene.details]) and "kite" not in " ".join(scene.negatives)


@pytest.mark.parametrize("text", ["peace out ✌️", "All the best, thanks"])
def test_a_goodbye_is_talk(text):
    assert route(text, ON_SCREEN).action is Action.CHAT


def test_how_to_get_the_best_print_quality_is_advice_not_an_upscale():
    assert route("nice! how can we get the best quality when we print it big?", ON_SCREEN).action is Action.CHAT


def test_the_text_of_a_picture_named_by_called_is_its_name():
    scene = edited_scene("a sign for a bakery called Crumb Kings", "change the text to Loaf Lords")
    assert "Loaf Lords" in scene.subject and "Crumb" not in scene.subject


@pytest.mark.parametrize("text, words", [("Narysuj śnieg na szczytach gór", ["snow", "peak"]),
                                         ("Può disegnare un chiostro con una fontana?", ["cloister", "fountain"])])
def test_more_words_of_other_languages(text, words):
    prompt = after(text).prompt
    assert all(w in prompt for w in words) and "Può" not in prompt


def test_something_like_what_the_user_made_is_that_thing():
    result = after("Hi! I've just finished a quilt I'm so proud of, a patchwork of blue and yellow stars. "
                   "I'd love a picture of something like it draped over a wooden chair")
    assert "patchwork of blue and yellow stars draped over a wooden chair" in result.prompt and "proud" not in result.prompt


def test_a_place_by_its_name_takes_the_named_place_and_leaves_the_lettering():
    scene = edited_scene("a tram by the river in Lisbon, with 'Greetings from Lisbon' across the top",
                         "change it to the Amalfi Coast")
    assert "in the Amalfi Coast" in scene.subject and "'Greetings from Lisbon'" in scene.subject


def test_a_place_and_new_words_in_one_message():
    result = after("a tram in Lisbon, with 'Greetings from Lisbon' written across the top",
                   "change it to Porto and the text to 'Greetings from Porto'")
    assert "'Greetings from Porto'" in result.prompt and "Lisbon" not in result.prompt


@pytest.mark.parametrize("text", ["thank you, ta-ra", "cheerio then"])
def test_more_goodbyes(text):
    assert route(text, ON_SCREEN).action is Action.CHAT


@pytest.mark.parametrize("text, words", [
    ("Pouvez-vous dessiner un fleuret posé sur un banc ?", ["foil", "bench"]),
    ("Dibuja una esgrimista saltando hacia delante, estilo cómic", ["fencer", "forward", "comic"]),
    ("Zeichne einen Schornsteinfeger mit einem vierblättrigen Kleeblatt", ["chimney sweep", "four-leaf clover"]),
    ("Teken een wandelroute door de duinen", ["hiking trail", "dune"]),
])
def test_still_more_words_of_other_languages(text, words):
    prompt = after(text).prompt
    assert all(w in prompt for w in words)


def test_a_colon_ends_a_thing_left_out():
    result = after("a fox in a meadow at sunset", "Agora sem o pôr do sol: de noite, com lua cheia.")
    assert "sunset" in result.negative_prompt and "night" in result.prompt and "moon" in result.prompt


# ---- read from the seen blind37 -----------------------------------------------------------------------------------------
def test_an_ask_inside_a_run_on_story_is_drawn_without_its_why():
    result = after("ok so my son is turning five and he loves trains and the ocean so I was thinking you could draw a "
                   "steam train riding on the waves with seagulls around it because he would go wild and it's for his cake")
    assert result.action is Action.GENERATE and "steam train riding on the waves" in result.prompt
    assert "because" not in result.prompt and "cake" not in result.prompt


@pytest.mark.parametrize("typed, fixed", [("a flamingo and a pengin", "penguin"), ("a tortise on a rock", "tortoise")])
def test_a_letter_dropped_from_a_thing_one_draws_is_that_thing(typed, fixed):
    assert fixed in fix_prompt_typos(typed)[0]


def test_a_look_said_as_its_own_sentence_before_the_picture():
    result = after("let's go with charcoal sketch. an old man feeding pigeons")
    assert "old man feeding pigeons" in result.prompt and "charcoal sketch" in result.prompt


def test_colours_listed_after_a_thing_are_the_palette_not_its_colour():
    said = "a wheelbarrow by a greenhouse, a watering can, pastel pink, sage green"
    assert recolor(said, "can", "yellow") == "a wheelbarrow by a greenhouse, a yellow watering can, pastel pink, sage green"
    assert recolor("a dog, a ball, neon orange", "ball", "blue") == "a dog, a ball, blue"
