"""Stop 20's general readings, each with sentences of this file's own: words to letter said without quotes ("can it
say Happy Retirement Linda"), a complaint before a re-roll ("he looks odd, try again"), a greeting with "there", the
thing a story names standing for "it" ("show me what it would look like with …"), "can you draw one?" after talk,
a character described ("my dnd character is …"), the same in named colours ("our brand colours, teal and coral") and
where a picture will be used kept out of its category.

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest tests/test_brain_structure20.py -q
"""
import pytest

from chat.types import Action
from chat.words.detail import categorize
from chat.words.normalize import strip_filler
from chat.words.route import RouteContext, route
from chat.words.topic import chat_topic, with_colours_named

from offline_talk import picture_on_screen, say_in_order


def say(*messages: str):
    return say_in_order(20, *messages)


# ---- words to letter, said without quotes ---------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["can it say Happy Retirement Linda", "wow! could it say Grand Opening?",
                                  "can you make it say Welcome Home Sam", "have it say Open Late"])
def test_capitalised_words_asked_of_the_picture_are_lettered_in(text):
    assert route(text, picture_on_screen("card", "cake")).action is Action.EDIT


@pytest.mark.parametrize("text", ["can it fly?", "can it be any colour?", "could it say anything?"])
def test_a_question_about_the_picture_without_words_to_letter_is_not_lettering(text):
    assert route(text, picture_on_screen("card", "kite")).reason != "words to letter into the picture, said without quotes"


def test_the_words_asked_for_go_into_the_prompt_in_quotes():
    _, lettered = say("a retirement card with a sailboat", "lovely, can it say Happy Retirement Linda")
    assert lettered.action is Action.EDIT
    assert '"Happy Retirement Linda"' in lettered.images[0].prompt and " say " not in lettered.images[0].prompt


# ---- a complaint, then a re-roll -----------------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["he looks odd, try again", "they're kind of creepy, redo it",
                                  "the hands are wrong, try again", "she seems off. regenerate"])
def test_a_complaint_before_a_re_roll_is_another_take(text):
    assert route(text, picture_on_screen("knight", "hands")).action is Action.VARIATIONS


def test_praise_before_a_change_still_changes():
    assert route("she's great, now give her a crown", picture_on_screen("queen")).action is Action.EDIT


# ---- greetings with "there" ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, rest", [("hey there, a lighthouse please", "a lighthouse please"),
                                        ("hello again! draw a barn owl", "draw a barn owl"),
                                        ("hi there can you paint a harbour", "can you paint a harbour")])
def test_a_greeting_with_there_or_again_is_no_part_of_the_request(text, rest):
    assert strip_filler(text) == rest


def test_a_greeting_never_becomes_the_subject():
    drawn, = say("hi there, could you draw a red tractor in a wheat field")
    assert drawn.images[0].prompt.startswith("a red tractor in a wheat field")


# ---- "it" for the thing the story names ----------------------------------------------------------------------------
def test_how_the_storys_thing_would_look_changed():
    drawn, = say("we just moved into a little cottage, can you show me what it would look like with a rose garden")
    assert drawn.action is Action.GENERATE
    assert drawn.images[0].prompt.startswith("a little cottage with a rose garden")


def test_it_before_who_it_is_for_is_the_storys_thing():
    drawn, = say("my class is learning about the solar system, could you make a poster showing it for ten year olds")
    assert "the solar system" in drawn.images[0].prompt and "showing it" not in drawn.images[0].prompt


# ---- "can you draw one?" after talk -------------------------------------------------------------------------------
def test_draw_one_after_talk_draws_what_the_talk_named():
    talk, drawn = say("what did a viking longship actually look like?", "could you draw one for me?")
    assert talk.action is Action.CHAT and drawn.action is Action.GENERATE
    assert drawn.images[0].prompt.startswith("a viking longship")


def test_draw_one_with_nothing_talked_about_is_still_a_question():
    answer, = say("can you draw one?")
    assert answer.action is Action.CHAT and not answer.images


def test_the_topic_of_a_question_about_a_look_leaves_the_question_out():
    assert chat_topic("what did a medieval knight usually wear?") == "a medieval knight"


# ---- a character described ----------------------------------------------------------------------------------------
def test_a_character_described_is_drawn_and_then_changed():
    drawn, changed = say("my rpg character is a dwarf blacksmith with a braided red beard", "give him a hammer")
    assert drawn.action is Action.GENERATE and drawn.images[0].prompt.startswith("a dwarf blacksmith with a braided red beard")
    assert changed.action is Action.EDIT and "hammer" in changed.images[0].prompt


def test_a_character_only_named_is_not_drawn():
    answer, = say("my character is called Wren")
    assert not answer.images


# ---- named colour sets --------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, said", [
    ("do it in our brand colours, teal and coral", "do it in teal and coral"),
    ("use my school colors (maroon + gold)", "use maroon and gold"),
    ("a banner in our club colours: green, white and black", "a banner in green, white and black"),
])
def test_colours_said_after_their_name_are_the_colours(text, said):
    assert with_colours_named(text, "") == said


def test_the_same_in_named_colours_is_a_new_palette():
    _, recoloured = say("a paper plane over a city", "can you do the same in our brand colours, teal and coral")
    assert recoloured.action is Action.EDIT
    assert "teal and coral color palette" in recoloured.images[0].prompt
    assert "brand" not in recoloured.images[0].prompt


# ---- where the picture will be used -----------------------------------------------------------------------------
@pytest.mark.parametrize("subject, category", [
    ("a stack of pancakes with berries for our cafe's instagram", "food"),
    ("a golden retriever puppy for my blog header", "animal"),
    ("a banner for our website", "graphic"),
])
def test_where_a_picture_is_used_is_not_what_it_shows(subject, category):
    assert categorize(subject) == category


def test_a_platform_only_says_the_shape():
    _, squared = say("cover art for a jazz podcast", "square version for spotify")
    assert "spotify" not in squared.images[0].prompt.lower()
    assert squared.images[0].width == squared.images[0].height


# ---- other languages: comparatives and places by the water -----------------------------------------------------------
@pytest.mark.parametrize("text, language, english", [
    # a comparative stays the change and the seaside is by the sea
    ("haz la luna más grande", "es", "make the moon bigger"),
    ("rends la maison plus petite", "fr", "make the house smaller"),
    ("più grande il gatto", "it", "make the cat bigger"),
    ("une cabane au bord de la mer", "fr", "a hut by the sea"),
    ("un faro junto al mar", "es", "a lighthouse by the sea"),
    ("uma menina na praia", "pt", "a girl on the beach"),
    ("ein Leuchtturm am Meer", "de", "a lighthouse by the sea"),
    # what if and is it possible to read as the change
    ("¿y si fuera de noche?", "es", "what if it was at night?"),
    ("e se fosse di notte?", "it", "what if it was at night?"),
    ("dá para tirar o barco?", "pt", "remove the boat?"),
    # words people ask for are read
    ("une pochette d'album pour mon groupe de rock", "fr", "an album cover for my rock band"),
    ("un ballon de basket en feu", "fr", "a basketball on fire"),
    ("un faro en la costa con la luna al fondo", "es", "a lighthouse on the coast with the moon in the background"),
    ("un cartel para una fiesta techno", "es", "a poster for a techno party"),
    ("ein Schiff im Sturm", "de", "a boat in a storm"),
    ("um cartaz para o nosso clube de leitura", "pt", "a poster for our book club"),
    ("una gondola sotto la pioggia", "it", "a gondola under the rain"),
    ("een stapel boeken", "nl", "a stack books"),
    # the english preposition and pronoun where romance elides or says a
    ("peux-tu l'agrandir ?", "fr", "enlarge it?"),
    ("ponle un sombrero al perro", "es", "put a hat on the dog"),
    ("cambia el fondo a una montaña", "es", "change the background to a mountain"),
    ("retourne à la deuxième image", "fr", "go back to the second picture"),
    # the formats people ask for in other languages
    ("una invitación de boda con flores", "es", "a wedding invitation with flowers"),
    ("une carte de noël avec un renne", "fr", "a Christmas card with a reindeer"),
    ("ein Flyer für eine Party", "de", "a flyer for a party"),
    ("un menù per il mio ristorante", "it", "a menu for my restaurant"),
    # more things people ask for are read
    ("un bonhomme de neige avec un chapeau haut de forme", "fr", "a snowman with a top hat"),
    ("un búho con gafas leyendo un periódico", "es", "an owl with glasses reading a newspaper"),
    ("un polpo che suona la batteria", "it", "an octopus playing the drums"),
    ("kun je een plaatje maken van een hond op een troon?", "nl", "make a picture of a dog on a throne?"),
    ("je cherche une image pour la couverture de mon roman", "fr", "a picture for the cover of my novel"),
])
def test_other_languages_read_word_by_word(text, language, english):
    """What the offline word list reads (the fallback when the small model's translation is refused, and its check)."""
    from chat.words.glossary import gloss

    assert gloss(text, language).text == english


def test_photo_introduced_by_its_own_name_keeps_that_name():
    from chat.words.photo import named_in_photo

    assert named_in_photo("this is our signature cold brew, make it look fancy") == "a signature cold brew"
    assert named_in_photo("this is my first try, can you fix it") is None


def test_a_birthday_said_with_turns_and_a_name_is_whose_birthday():
    drawn, = say("my niece Ava turns 6 on saturday and she loves mermaids. could you make a card for her?")
    prompt = drawn.images[0].prompt
    assert "Ava's 6th birthday" in prompt and "mermaids" in prompt


def test_a_birthday_age_said_in_words():
    drawn, = say("our twins are turning five and love trains, can you make an invitation")
    assert "5th birthday" in drawn.images[0].prompt


# ---- upscale asked as resolution or as a complaint about blur --------------------------------------------------------
@pytest.mark.parametrize("text", ["could you make the resolution higher?", "bump up the resolution", "it looks kinda pixelated",
                                  "its a bit blurry when i print it"])
def test_resolution_and_blur_of_the_whole_picture_ask_for_an_upscale(text):
    assert route(text, picture_on_screen("lighthouse")).action is Action.UPSCALE


def test_a_blurry_part_is_an_edit_not_an_upscale():
    assert route("the lighthouse is blurry", picture_on_screen("lighthouse")).action is Action.EDIT


# ---- going back said as a preference ------------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["honestly i preferred it without the scarf", "we liked it better before",
                                  "i miss the previous version", "i kinda prefer the original one"])
def test_a_preference_for_before_goes_back(text):
    assert route(text, picture_on_screen("fox", "scarf")).action is Action.REVERT


def test_liking_it_then_asking_more_is_the_change():
    assert route("i liked it with the scarf, now add mittens", picture_on_screen("fox", "scarf")).action is Action.EDIT


# ---- wishes about the one on screen -------------------------------------------------------------------------------
@pytest.mark.parametrize("text, command", [
    ("what if he had a jetpack", "give him a jetpack"),
    ("what if they wore matching hats", "make them wear matching hats"),
    ("we'd love them to wave at us", "make them waving at us"),
    ("i'd like her to look out of the window", "make her looking out of the window"),
    ("now he's fishing on a pier", "put him on a pier, fishing"),
    ("him but as a knight", "make him as a knight"),
])
def test_a_wish_about_the_one_on_screen_is_a_command(text, command):
    from chat.words.rephrase import as_edit_command

    assert as_edit_command(text) == command


def test_a_new_place_said_while_doing_replaces_the_old_place():
    _, moved = say("a dog on a rug", "ok now he's sleeping on the porch")
    assert moved.action is Action.EDIT
    prompt = moved.images[0].prompt
    assert "on the porch" in prompt and "rug" not in prompt and "sleeping" in prompt


# ---- uploads: a change asked as a question, a format's shape, painted ---------------------------------------------
def test_an_introduced_photo_then_a_change_asked_as_a_question_is_an_edit():
    changed, = say_in_order(20, "this is my dog! could he be wearing sunglasses", files_first=["tests/data/images/chelsea.png"])
    assert changed.action is Action.EDIT and "sunglasses" in changed.images[0].prompt


def test_praise_asked_as_a_question_about_a_photo_is_no_change():
    answer, = say_in_order(20, "could she be any cuter?", files_first=["tests/data/images/chelsea.png"])
    assert answer.action is not Action.EDIT


@pytest.mark.parametrize("text, tall", [("i need this as my phone wallpaper", True),
                                        ("could I have it as a desktop background?", False)])
def test_a_photo_wanted_as_a_format_takes_its_shape(text, tall):
    shaped, = say_in_order(20, text, files_first=["tests/data/images/sunset.png"])
    image = shaped.images[0]
    assert shaped.action is Action.EDIT and (image.height > image.width) == tall and "wallpaper" not in image.prompt


def test_how_a_photo_would_look_painted_a_colour_paints_it():
    painted, = say_in_order(20, "what would our shed look like painted green?", files_first=["tests/data/images/house.png"])
    assert painted.action is Action.EDIT and "green" in painted.images[0].prompt
    assert "what would" not in painted.images[0].prompt


def test_look_like_it_was_somewhere_is_that_change():
    from chat.words.rephrase import as_edit_command

    assert as_edit_command("make it look like it's in autumn") == "make it in autumn"
    assert as_edit_command("could you make this look like it was taken at night?") == "make it at night"


def test_a_what_if_in_another_language_changes_the_picture():
    _, changed = say("a dog and a car in a park", "¿y si fuera de noche?")
    assert changed.action is Action.EDIT and "at night" in changed.images[0].prompt


# ---- speech, borders, poses ---------------------------------------------------------------------------------------
def test_what_a_figure_says_goes_in_a_speech_bubble():
    _, spoken = say("a parrot on a branch", "have the parrot say hello there")
    assert spoken.action is Action.EDIT and 'speech bubble saying "hello there"' in spoken.images[0].prompt


def test_a_border_around_it_is_added_not_drawn_alone():
    _, bordered = say("a sticker of a sleepy panda", "thick black outline around it please")
    assert bordered.action is Action.EDIT and "panda" in bordered.images[0].prompt


@pytest.mark.parametrize("text", ["could you do a jumping pose", "give him an angry expression", "try a sitting pose"])
def test_a_pose_asked_for_is_the_one_on_screen_posed(text):
    assert route(text, picture_on_screen("knight", "sprite")).action is Action.EDIT


# ---- thinking aloud and shorthand ---------------------------------------------------------------------------------
def test_words_said_while_thinking_aloud_are_no_part_of_the_picture_and_the_first_thing_stays():
    drawn, = say("ok so basically i want like a little treehouse you know with rope ladders and maybe some fireflies "
                 "and like a cat or two thats it")
    prompt = drawn.images[0].prompt
    assert prompt.startswith("a little treehouse with rope ladders and maybe some fireflies and a cat or two")
    assert not any(word in prompt for word in ("basically", "you know", "thats", "like a"))


def test_a_simile_with_like_is_kept():
    drawn, = say("a cloud shaped like a whale")
    assert drawn.images[0].prompt.startswith("a cloud shaped like a whale")


def test_shorthand_in_the_picture_s_words_is_written_out():
    drawn, = say("a lighthouse at nite with fish n chips on the pier")
    assert "at night" in drawn.images[0].prompt and "fish and chips" in drawn.images[0].prompt


# ---- other languages: the vocabulary of stop 20's personas, read word by word ----------------------------------------


@pytest.mark.parametrize("text", ["tire as pessoas do fundo", "adicione um arco-íris"])
def test_a_portuguese_command_is_detected_by_its_verb(text):
    from chat.words.language import detect_language

    assert detect_language(text) == "pt"


def test_an_english_word_that_is_a_command_elsewhere_stays_english():
    from chat.words.language import detect_language

    assert detect_language("tire tracks in the snow") is None


@pytest.mark.parametrize("text, language", [("un fondo de pantalla de montañas", "es"), ("eine Einladung zur Hochzeit", "de")])
def test_a_short_request_is_told_by_its_own_letters_and_words(text, language):
    from chat.words.language import detect_language

    assert detect_language(text) == language




def test_a_photo_turned_into_a_design_keeps_the_design_s_words():
    poster, = say_in_order(20, "turn this into a vintage travel poster", files_first=["tests/data/images/mountain-dusk.png"])
    assert poster.action is Action.EDIT and "vintage travel poster" in poster.images[0].prompt


def test_a_vehicle_swapped_for_an_animal_is_no_longer_parked():
    _, swapped = say("a yellow taxi parked outside a bakery", "make the taxi an elephant")
    prompt = swapped.images[0].prompt
    assert prompt.startswith("an elephant standing outside a bakery") and "parked" not in prompt
    _, still = say("a yellow taxi parked outside a bakery", "make the taxi a bus")
    assert "bus parked outside a bakery" in still.images[0].prompt


@pytest.mark.parametrize("text, command", [
    ("too much text", "make it with fewer words"),
    ("less text maybe", "make it with fewer words"),
    ("there are way too many balloons", "make it with fewer balloons"),
    ("too much going on", "simplify it"),
])
def test_too_much_of_something_is_less_of_it(text, command):
    from chat.words.rephrase import as_edit_command

    assert as_edit_command(text) == command


def test_too_much_text_is_an_edit_not_an_upscale():
    assert route("too much text", picture_on_screen("poster")).action is Action.EDIT


# ---- the review's regressions, each kept fixed ----------------------------------------------------------------------
def test_a_photo_described_in_a_second_sentence_is_described_not_repainted():
    told, = say_in_order(20, "this is my cat. she is sleeping on the sofa", files_first=["tests/data/images/chelsea.png"])
    assert told.action is Action.DESCRIBE


def test_a_question_about_a_photo_with_an_ing_noun_is_no_change():
    asked, = say_in_order(20, "could this be ceiling water damage?", files_first=["tests/data/images/house.png"])
    assert asked.action is not Action.EDIT


def test_how_they_would_look_with_nothing_named_draws_nothing_and_a_named_thing_is_filled_in():
    assert route("what would they look like in the dark?", RouteContext()).action is Action.CHAT
    drawn, = say("i just bought a sofa. what would it look like in a blue room?")
    assert drawn.images[0].prompt.startswith("a sofa in a blue room")


def test_a_format_left_alone_after_where_it_goes_keeps_its_category():
    assert categorize("a header for my blog") == "graphic"


def test_a_thing_for_the_phone_is_content_not_a_shape():
    _, cased = say("a phone on a desk", "add a pink case for the phone")
    image = cased.images[0]
    assert "pink case for the phone" in image.prompt and image.width == image.height


@pytest.mark.parametrize("text", ["what colours would look good on it?", "any ideas for fixing the hands?",
                                  "any suggestions for improving my drawing?"])
def test_no_ideas_for_a_pronoun_or_for_advice(text):
    from chat.words.ideas import asked_ideas_for

    assert asked_ideas_for(text) is None


@pytest.mark.parametrize("text, kept", [("draw a cat that looks just like a tiger", "just like a tiger"),
                                        ("draw the letter n made of noodles", "letter n made"),
                                        ("an alphabet card: n is for nest", "n is for nest")])
def test_ordinary_words_are_not_taken_for_shorthand_or_thinking_aloud(text, kept):
    drawn, = say(text)
    assert kept in drawn.images[0].prompt


def test_there_will_be_two_is_no_birthday():
    drawn, = say("we're having a bake sale and there will be two tables. can you make a poster for it")
    assert "birthday" not in drawn.images[0].prompt


def test_shouting_at_someone_is_no_speech_bubble_and_a_figure_reading_is_no_lettering():
    _, shouted = say("a boy and a dog", "make him shout at the dog")
    assert "speech bubble" not in shouted.images[0].prompt
    assert route("have the boy read Harry Potter", picture_on_screen("boy")).reason != \
        "words to letter into the picture, said without quotes"


def test_a_platform_banner_keeps_its_own_shape():
    drawn, = say("my spotify banner with a guitar")
    assert drawn.images[0].width > drawn.images[0].height


def test_portuguese_with_a_circumflex_is_portuguese():
    from chat.words.language import detect_language

    assert detect_language("três cachorros de chapéu na praia") == "pt"


@pytest.mark.parametrize("text, language, english", [
    ("cambia el color de fondo a azul", "es", "change the background color blue"),
    ("geef ons een kat", "nl", "give us a cat"),
    ("illustre une histoire pour enfants", "fr", "illustrate a story for children"),
    ("ajoute un soleil en haut", "fr", "add a sun at the top"),
])
def test_the_review_s_readings_stay_as_they_were(text, language, english):
    from chat.words.glossary import gloss

    assert gloss(text, language).text == english


def test_beside_is_not_the_coast():
    from chat.words.glossary import gloss

    assert "coast" not in gloss("un chat à côté d'un chien", "fr").text
