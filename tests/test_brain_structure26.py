"""Stop 26's readings, each with sentences of our own (not from any eval set).

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest -q tests/test_brain_structure26.py
"""
import shutil

import pytest

from chat.translator import translate
from brain import edited_scene, offline_conversation, turns_after
from chat.types import Action
from chat.words.counts import extract_count
from chat.words.detail import head_noun
from chat.words.edit import apply_edit
from chat.words.normalize import as_said
from chat.words.route import RouteContext, route
from chat.words.scene import Scene
from fakes import ScriptedLLM

FOX = RouteContext(has_current=True, image_count=1, last_batch=1, scene_words={"fox", "snow"})
NOTHING = RouteContext()


def conversation():
    return offline_conversation(26)


def after(first: str, *messages: str):
    return turns_after(26, first, *messages)


edited = edited_scene


# ---- one kind of person for another ---------------------------------------------------------------------------------
@pytest.mark.parametrize("subject, change, new, old", [
    ("a man reading a newspaper", "make him a woman", "woman", "man"),
    ("a thumbnail of a guy yelling at his laptop", "make him a girl", "girl", "guy"),
    ("an old man fishing on a pier", "make him a little boy", "boy", "old man"),
    ("a girl flying a kite", "make her a boy", "boy", "girl"),
])
def test_make_him_a_woman_swaps_the_person(subject, change, new, old):
    scene = edited(subject, change)
    assert new in scene.subject and not f" {old} " in f" {scene.subject} ".replace(f"little {new}", new)
    assert "as a" not in scene.subject


def test_a_person_swapped_to_a_woman_owns_her_things():
    assert "her laptop" in edited("a guy yelling at his laptop", "make him a woman").subject


def test_a_role_still_keeps_the_person():
    assert "knight" in edited("a knight on a horse", "make him a woman").subject


# ---- one more of the subject makes two ------------------------------------------------------------------------------
@pytest.mark.parametrize("subject, change, pair", [
    ("a horse in a field", "add a second horse beside it", "two horses"),
    ("a wolf howling at the moon", "add another wolf next to it", "two wolves"),
    ("a red fox sleeping", "add one more fox", "two red foxes"),
])
def test_a_second_one_of_the_subject_makes_a_pair(subject, change, pair):
    result = after(f"draw {subject}", change)
    assert result.action is Action.EDIT and pair in result.prompt
    assert "second" not in result.prompt and "beside," not in result.prompt


# ---- a light replaced takes its source with it ----------------------------------------------------------------------
@pytest.mark.parametrize("subject, change, gone", [
    ("a cozy tavern interior, warm candlelight, wooden beams", "make it blue moonlight instead of candles", "candle"),
    ("a candlelit dining room", "neon light instead of candles", "candle"),
    ("a street at night, lamplight on wet cobbles", "moonlight instead of the lamps", "lamplight"),
])
def test_a_light_instead_of_its_source_drops_the_old_light(subject, change, gone):
    scene = edited(subject, change)
    assert gone not in scene.subject and scene.lighting


def test_back_to_the_one_with_the_old_light_is_the_first_picture():
    conv = conversation()
    conv.respond("draw a candlelit library")
    conv.respond("make it cold daylight instead of candles")
    result = conv.respond("go back to the candlelit one")
    assert result.action is Action.REVERT and "turn 1" in result.reply


# ---- a comparative with the kind of shot it should look like --------------------------------------------------------
@pytest.mark.parametrize("message", ["closer up, like a macro shot", "brighter, like a summer photo",
                                     "darker, kind of like a film noir movie"])
def test_a_comparative_like_a_kind_of_shot_is_an_edit(message):
    assert route(message, FOX).action is Action.EDIT


def test_closer_like_a_macro_shot_frames_it_so():
    assert "macro" in after("draw a beetle on a leaf", "closer up, like a macro shot").prompt


# ---- words in capitals put on a thing that carries lettering --------------------------------------------------------
def test_capitals_put_on_a_ribbon_are_lettering_and_can_be_changed():
    conv = conversation()
    conv.respond("draw a heart tattoo with a ribbon")
    lettered = conv.respond("put DAD on the ribbon")
    assert '"DAD"' in lettered.prompt
    changed = conv.respond("actually change the text to Luis")
    assert '"Luis"' in changed.prompt and "DAD" not in changed.prompt


def test_a_banner_told_to_say_words_is_no_speech_bubble():
    result = after("a swallow tattoo holding a banner", "make the banner say BRAVE")
    assert '"BRAVE"' in result.prompt and "speech bubble" not in result.prompt


# ---- draw one of what someone loves, with no stop between -----------------------------------------------------------
@pytest.mark.parametrize("message, thing", [
    ("my son loves dinosaurs can you draw one for his party", "dinosaur"),
    ("MY NIECE LOVES FLAMINGOS CAN YOU DRAW ONE FOR HER", "flamingo"),
    ("my daughter is obsessed with owls could you paint one in a top hat", "owl"),
])
def test_one_of_what_someone_loves_is_drawn_after_a_chat_turn(message, thing):
    result = after("hello is this the picture bot", message)
    assert result.action is Action.GENERATE and thing in result.prompt and "bot" not in result.prompt


def test_a_question_with_can_you_inside_is_not_split():
    assert as_said("how many pictures can you make at once") == "how many pictures can you make at once"
    assert as_said("my son loves sharks can you draw one") == "my son loves sharks. can you draw one"


# ---- what is in an upload, asked at the end -------------------------------------------------------------------------
@pytest.mark.parametrize("message", ["my friend sent me this pic, can you tell me what's in it",
                                     "customer emailed this photo can u tell me whats in it",
                                     "what's in there?"])
def test_whats_in_it_about_an_upload_is_describe(message, tmp_path):
    photo = tmp_path / "photo.png"
    shutil.copy("tests/data/images/ball.png", photo)
    result = conversation().respond(message, [str(photo)])
    assert result.action is Action.DESCRIBE


# ---- a scene recalled, then "make that" -----------------------------------------------------------------------------
def test_a_recalled_scene_is_drawn_with_its_look_and_count():
    result = conversation().respond("ok so you know when snow is falling over a little village at night and the "
                                    "windows glow yellow, can you make that but cozy and maybe three of them so i can choose")
    assert result.action is Action.GENERATE and len(result.images) == 3
    assert all(w in result.prompt for w in ("snow", "village", "windows", "cozy")) and "choose" not in result.prompt


@pytest.mark.parametrize("text, count", [
    ("make that but moody and maybe four of them so I can pick", 4),
    ("can you make me a few of those, let's say three", 3),
    ("give me a couple of those, like two", 2),
    ("make two of them blue", 1),
])
def test_a_count_of_them_said_after_the_ask(text, count):
    assert extract_count(text)[1] == count


def test_the_kind_of_thing_i_knew_is_the_one_described():
    result = conversation().respond("hello i drove trucks for 30 years and I want a picture of the kind of truck I drove "
                                    "she was a big red peterbilt with chrome stacks on a desert highway can you make a "
                                    "few of those, say three")
    assert len(result.images) == 3 and result.prompt.startswith("a big red peterbilt with chrome stacks on a desert highway")
    assert "can you" not in result.prompt and "kind" not in result.prompt.split(",")[0]


# ---- a thing the story has, drawn as "it" ---------------------------------------------------------------------------
@pytest.mark.parametrize("message, thing", [
    ("i have a black dog, draw it on the beach", "black dog on the beach"),
    ("we have a grey cat. can you paint it sleeping on a windowsill", "grey cat sleeping"),
    ("i just bought a vintage red vespa! could you draw it in rome", "vintage red vespa in rome"),
])
def test_it_is_the_thing_the_story_has(message, thing):
    result = conversation().respond(message)
    assert result.action is Action.GENERATE and thing in result.prompt


def test_her_is_no_card_the_story_makes():
    assert conversation().respond("i'm making a card for my niece. can you draw her?").action is Action.CHAT


# ---- the head of a phrase after an adverb and participle ------------------------------------------------------------
@pytest.mark.parametrize("subject, head", [("a freshly baked loaf of bread", "loaf"),
                                           ("a beautifully carved wooden box", "box"),
                                           ("a neatly folded paper crane", "crane")])
def test_an_adverb_and_participle_are_no_head(subject, head):
    assert head_noun(subject) == head


# ---- another language: the word list knows better than a swapped animal --------------------------------------------
def test_a_translation_that_swaps_one_animal_for_another_is_not_used():
    llm = ScriptedLLM(["Can you draw a rabbit reading a book under a mushroom?"] * 2, is_instruct=False, name="small")
    result = translate(llm, "Bonjour, je suis maman. Pouvez-vous dessiner un hérisson qui lit un livre sous un champignon ?")
    assert "hedgehog" in result.text and "rabbit" not in result.text


def test_a_translation_with_a_synonym_is_kept():
    llm = ScriptedLLM(["Can you draw a bunny reading a book?"] * 2, is_instruct=False, name="small")
    result = translate(llm, "Pouvez-vous dessiner un lapin qui lit un livre ?")
    assert "bunny" in result.text or "rabbit" in result.text


@pytest.mark.parametrize("message, words", [
    ("Hola, tengo una floristería. Dibuja una barra de pan con espigas de trigo", ["bread", "wheat"]),
    ("Dessine un chat qui lit un journal, style livre pour enfants", ["cat", "reading", "children's book"]),
    ("tengo un perro negro, dibújalo en la playa", ["black dog", "beach"]),
])
def test_word_list_reads_stories_and_kinds(message, words):
    result = conversation().respond(message)
    assert result.action is Action.GENERATE and all(w in result.prompt for w in words)


# ---- a phrase of another language inside an English message --------------------------------------------------------
@pytest.mark.parametrize("message", ["great, now make it más grande, 2x", "perfetto, now make it più grande"])
def test_bigger_said_in_another_language_inside_english_upscales(message):
    assert after("draw a lighthouse", message).action is Action.UPSCALE


# ---- back to a picture named by what came after it ------------------------------------------------------------------
@pytest.mark.parametrize("message", ["go back to the very first one, before the scarf and the hat",
                                     "take me back to the original, without the boat and the birds"])
def test_back_to_the_one_before_two_things_is_a_revert(message):
    ctx = RouteContext(has_current=True, image_count=3, last_batch=1, scene_words={"scarf", "hat", "boat", "birds"})
    assert route(message, ctx).action is Action.REVERT


def test_back_to_one_then_a_change_is_still_an_edit():
    ctx = RouteContext(has_current=True, image_count=3, last_batch=1, scene_words={"hat"})
    assert route("go back to the one before the hat, and make it blue", ctx).action is Action.EDIT


# ---- a question about a part of the picture on screen ---------------------------------------------------------------
@pytest.mark.parametrize("message", ["wow. what's in the background exactly?", "what is in the foreground?",
                                     "ooh what's in the corner there"])
def test_what_is_in_a_part_of_the_picture_is_describe(message):
    assert route(message, FOX).action is Action.DESCRIBE


def test_what_should_go_in_the_background_is_advice():
    assert route("what should be in the background?", FOX).action is Action.CHAT


# ---- a shape said as a fragment with a paper size or a likeness -----------------------------------------------------
@pytest.mark.parametrize("text, shape", [
    ("a bake sale poster, bright colours. Portrait, A4 please.", "tall"),
    ("a castle siege at dusk, epic. wide like a tv screen", "wide"),
    ("robots dancing in a disco. landscape, letter size", "wide"),
])
def test_a_shape_fragment_with_a_paper_size_or_screen(text, shape):
    from chat.words.sizes import aspect_from_text
    assert aspect_from_text(text) == shape


# ---- "a picture of that": the thing the story tells of --------------------------------------------------------------
@pytest.mark.parametrize("message, words", [
    ("my uncle keeps talking about the blue fishing shack by the pier and the gulls on the roof, and I thought it "
     "would be fun to get him a picture of that", ["shack", "pier", "gulls"]),
    ("my mum still misses the little bakery on her old street, so we want to give her a painting of it",
     ["bakery", "street"]),
])
def test_a_picture_of_that_is_the_thing_the_story_tells_of(message, words):
    result = conversation().respond(message)
    assert result.action is Action.GENERATE and all(w in result.prompt for w in words)


# ---- flowers are plants, and one flower read as another is a swap --------------------------------------------------
def test_a_translation_that_swaps_one_flower_for_another_is_not_used():
    llm = ScriptedLLM(["A field of daisies by a river, in the style of Monet."] * 2, is_instruct=False, name="small")
    result = translate(llm, "Un champ de coquelicots au bord d'une rivière, dans le style de Monet, s'il vous plaît.")
    assert "poppies" in result.text and "daisies" not in result.text


# ---- video games are no video ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("message", ["draw a raccoon in a hoodie playing video games",
                                     "a grandma on a video call with her grandkids"])
def test_a_video_game_or_call_is_drawn(message):
    assert conversation().respond(message).action is Action.GENERATE


def test_a_video_asked_for_is_still_answered():
    assert conversation().respond("can you make a video of my dog running").action is Action.CHAT


# ---- slang acknowledgements and goodbyes in other languages ---------------------------------------------------------
@pytest.mark.parametrize("message", ["ok bet ty", "aight bet", "say less", "this slaps ty"])
def test_slang_acknowledgements_are_talk(message):
    assert after("draw a skateboarding cat", message).action is Action.CHAT


@pytest.mark.parametrize("message", ["Danke, tschüss!", "Merci, au revoir", "muito obrigada, thank you so much!!",
                                     "grazie, ciao!"])
def test_thanks_and_goodbye_in_another_language_are_talk(message):
    assert after("draw a lotus on a pond", message).action is Action.CHAT


# ---- "need a cover:" after a sentence about the asker ---------------------------------------------------------------
def test_a_format_needed_with_a_colon_after_a_story_is_drawn():
    result = conversation().respond("I write spy thrillers. need a cover: empty train platform at night, one figure "
                                    "under a lamp, portrait format")
    assert result.action is Action.GENERATE and "train platform" in result.prompt
    assert result.images[0].height > result.images[0].width


# ---- a person removed takes what they wear --------------------------------------------------------------------------
def test_no_man_takes_his_coat_with_him():
    scene = edited("an empty pier at dusk, one lamp, a man in a long raincoat", "no man")
    assert "raincoat" not in scene.subject and "pier" in scene.subject


# ---- "change the river to the ocean": a thing in the old one's place ------------------------------------------------
@pytest.mark.parametrize("change", ["change the river to the ocean", "change the river into the ocean"])
def test_change_a_thing_to_the_other_replaces_it(change):
    scene = edited("a woman doing yoga on a rock by a river", change)
    assert "ocean" in scene.subject and "river" not in scene.subject


# ---- "make it a black panther" of another animal --------------------------------------------------------------------
@pytest.mark.parametrize("subject, change, new", [
    ("a snow leopard on a rocky ledge", "make it a black panther", "panther"),
    ("a cheetah running across the savanna", "make it a hyena", "hyena"),
])
def test_make_it_another_animal_replaces_the_animal(subject, change, new):
    scene = edited(subject, change)
    assert scene.subject.startswith(f"a {new}") or f" {new}" in scene.subject.split(",")[0]


# ---- a shape said with what it should be like -----------------------------------------------------------------------
@pytest.mark.parametrize("change, shape", [("make it tall like a kindle cover", "tall"),
                                           ("make it wide like a movie", "wide")])
def test_a_shape_like_a_thing_is_the_shape(change, shape):
    assert apply_edit(Scene(subject="a sunset over a harbour"), change).aspect == shape


# ---- a work's name, asked for as its title --------------------------------------------------------------------------
@pytest.mark.parametrize("message, title", [
    ("I'm self-publishing my first mystery novel, The Glass Harbor, and can't afford a designer. Could you make a cover "
     "with a lighthouse in a storm, title at the top?", '"The Glass Harbor"'),
    ("our band is called The Night Owls. can you make an album cover with an owl on the moon and the name in neon",
     '"The Night Owls"'),
])
def test_the_title_asked_for_is_the_works_name(message, title):
    assert title in conversation().respond(message).prompt


# ---- one of what was talked about, doing something ------------------------------------------------------------------
@pytest.mark.parametrize("first, second, thing", [
    ("can you make videos? like a goat jumping", "ok then just a picture of one jumping", "goat jumping"),
    ("can you make gifs of a penguin sliding?", "ok then just draw one sliding", "penguin sliding"),
    ("can you animate a whale swimming?", "fine, a picture of one then", "whale"),
])
def test_one_of_the_thing_talked_about(first, second, thing):
    result = after(first, second)
    assert result.action is Action.GENERATE and result.prompt.startswith(f"a {thing}")


# ---- back to the one with just the first thing ----------------------------------------------------------------------
def test_the_one_with_just_the_thing_is_the_first_that_had_it():
    conv = conversation()
    conv.respond("draw a mouse holding a candle in a cellar")
    conv.respond("add some spiders around him")
    conv.respond("make it daytime")
    result = conv.respond("go back to the one with just the candle")
    assert result.action is Action.REVERT and "turn 1" in result.reply


# ---- a count said last --------------------------------------------------------------------------------------------
def test_give_me_n_said_last_is_the_count():
    assert extract_count("a fruit stand at dawn, crates of figs, without people, give me 4") == (
        "a fruit stand at dawn, crates of figs, without people", 4)


# ---- the word list's bare words read as an edit ---------------------------------------------------------------------
def test_paint_bike_red_without_the_article_recolours_it():
    assert "red bicycle" in edited("a blue bicycle", "paint bike red?").subject


# ---- another language: elided articles and a quoted name ------------------------------------------------------------
def test_elided_articles_and_a_quoted_name_are_read_as_that_language():
    from chat.words.language import detect_language
    assert detect_language("Sull'insegna scrivi 'Pasticceria Bianchi'") == "it"
    assert detect_language("put 'OPEN' on the door") is None


# ---- what someone beside the user says, passed on -------------------------------------------------------------------
@pytest.mark.parametrize("message, said", [
    ("she says make the kite yellow", "make the kite yellow"),
    ("now he's asking if you can make it move like a cartoon", "now can you make it move like a cartoon?"),
    ("my son says thank you mister computer", "thank you mister computer"),
    ("she's asking if Biscuit can wag his tail", "can Biscuit wag his tail?"),
])
def test_a_relayed_ask_is_read_as_the_users_own(message, said):
    assert as_said(message) == said


def test_a_relayed_change_leaves_the_relay_out_of_the_prompt():
    result = after("my son is telling me what to type: a dragon eating pizza in space", "he says make the dragon green")
    assert result.action is Action.EDIT and "says" not in result.prompt and "green dragon" in result.prompt


@pytest.mark.parametrize("message", ["now he's asking if you can make it move like a cartoon",
                                     "he says thank you mister computer"])
def test_a_relayed_question_or_thanks_is_talk(message):
    assert after("a dragon eating pizza in space", message).action is Action.CHAT


# ---- a season the word list read for sure must survive the model's reading -----------------------------------------
def test_a_translation_that_loses_the_season_is_not_used():
    llm = ScriptedLLM(["Now please in winter instead of snow, without snow."] * 2, is_instruct=False, name="small")
    result = translate(llm, "Jetzt bitte im Herbst statt im Winter, ohne Schnee.")
    assert "autumn" in result.text


@pytest.mark.parametrize("message, words", [
    ("Olá! Desenha uma praia tropical com coqueiros e uma rede entre eles", ["coconut palms", "between them"]),
])
def test_glossary_reads_palms_and_between_them(message, words):
    from chat.words.glossary import gloss
    assert all(w in gloss(message, "pt").text for w in words)


# ---- a text named by its thing ("the label text") -------------------------------------------------------------------
@pytest.mark.parametrize("change", ["change the label text to 'Domaine Soleil'", 'change the label text to "Domaine Soleil"'])
def test_the_label_text_changed_replaces_the_quoted_words(change):
    scene = edited("a wine bottle with a label that says 'Chateau Lune'", change)
    assert "Domaine Soleil" in scene.subject and "Lune" not in scene.subject


# ---- a kind of picture wished for, then the thing asked for ---------------------------------------------------------
def test_a_little_drawing_wished_for_then_a_thing_asked_is_the_thing():
    result = conversation().respond("I'm a baker putting together a menu for Sunday and I want a little drawing at the "
                                    "top. Can you draw a croissant on a plate?")
    assert result.prompt.startswith("a croissant on a plate")


def test_a_logo_needed_then_options_keeps_the_logo_and_drops_give_me():
    result = conversation().respond("need a logo for my bakery. give me 4 options, minimal")
    assert len(result.images) == 4 and "logo" in result.prompt and "give me" not in result.prompt


# ---- a still picture of what a video ask was about ------------------------------------------------------------------
def test_a_still_picture_of_it_after_a_video_ask():
    result = after("can you make a short video of leaves falling?", "fine, just a still picture of it then")
    assert result.action is Action.GENERATE and result.prompt.startswith("leaves falling")


# ---- a hair colour said alone ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("change, hair", [("better blond", "blond hair"), ("brunette instead", "brunette hair"),
                                          ("make her ginger", "ginger hair")])
def test_a_hair_colour_alone_recolours_the_hair(change, hair):
    scene = edited("a girl with black hair painting a fence", change)
    assert hair in scene.subject and "black hair" not in scene.subject


def test_mejor_rubia_is_blonde_hair():
    assert "red hair" not in after("a woman with red hair reading in a cafe", "Mejor rubia").prompt


# ---- a paper boat is no vehicle -------------------------------------------------------------------------------------
@pytest.mark.parametrize("subject", ["a paper boat floating in a puddle", "an origami crane on a desk"])
def test_a_paper_or_origami_thing_is_an_object(subject):
    from chat.words.detail import categorize
    assert categorize(subject) == "object"


# ---- a prompt pasted from another tool ------------------------------------------------------------------------------
@pytest.mark.parametrize("text, said", [
    ("Prompt: a close-up of an old sailor, red beanie, natural light. Negative: blurry, cartoon, watermark",
     "a close-up of an old sailor, red beanie, natural light, no blurry, no cartoon, no watermark"),
    ("/imagine prompt: a lighthouse on a cliff in a storm, oil painting --ar 3:2 --v 6",
     "a lighthouse on a cliff in a storm, oil painting, wide"),
    ("a cat on a rug --no people, text --ar 9:16 --style raw", "a cat on a rug, no people, no text, tall"),
    ("a dog -- and a cat", "a dog -- and a cat"),
])
def test_a_pasted_prompt_is_read_in_easels_words(text, said):
    from chat.words.normalize import pasted_prompt
    assert pasted_prompt(text) == said


def test_a_pasted_negative_part_goes_to_the_negative_prompt():
    result = conversation().respond("Prompt: a portrait of a beekeeper in a meadow, 85mm lens. Negative: blurry, watermark")
    assert "blurry" in result.negative_prompt and "watermark" in result.negative_prompt
    assert "Negative" not in result.prompt and "watermark" not in result.prompt


# ---- capitals after "text says" are lettering -----------------------------------------------------------------------
def test_capitals_after_text_says_are_lettering_that_can_be_changed():
    result = after("logo for a plumber, a wrench inside a drop outline, text says PIPEPRO", "change the text to FLOWMASTERS")
    assert '"FLOWMASTERS"' in result.prompt and "PIPEPRO" not in result.prompt


# ---- a second change after new words, and a new place for a parked van ----------------------------------------------
def test_new_words_and_a_new_place_in_one_message():
    scene = edited("a white van with the words 'BOB PLUMBING' on the side, parked outside a suburban house",
                   "change the words to 'BOB PLUMBING & HEATING' and park it in front of a warehouse instead")
    assert "'BOB PLUMBING & HEATING'" in scene.subject and "warehouse" in scene.subject
    assert "suburban" not in scene.subject


def test_moved_to_a_beach_is_on_the_beach():
    assert "on a beach" in edited("a white van parked outside a house", "move it to a beach").subject


# ---- a shape named with why, for the picture on screen --------------------------------------------------------------
@pytest.mark.parametrize("message", ["portrait please so it fits an A5 card", "landscape please, it's for a banner"])
def test_a_shape_with_its_reason_reshapes_the_picture(message):
    assert route(message, FOX).action is Action.EDIT


# ---- German "aussehen lassen" on a photo ----------------------------------------------------------------------------
def test_make_a_photo_look_like_in_german_is_an_edit(tmp_path):
    photo = tmp_path / "photo.png"
    shutil.copy("tests/data/images/sunset.png", photo)
    result = conversation().respond("Kannst du dieses Foto wie ein Aquarell aussehen lassen?", [str(photo)])
    assert result.action is Action.EDIT and "watercolo" in result.prompt


# ---- plural and singular meet when a thing is removed ---------------------------------------------------------------
@pytest.mark.parametrize("subject, change, gone", [
    ("a tropical beach with palm tree at sunset", "without the palm trees pls", "palm"),
    ("a basket with a puppy and a ball", "remove the puppies", "pupp"),
    ("a vase of roses on a table", "no rose", "rose"),
])
def test_a_thing_said_in_the_other_number_is_removed(subject, change, gone):
    assert gone not in edited(subject, change).subject


# ---- a coloured part the words never named, recoloured --------------------------------------------------------------
def test_the_orange_suit_made_white_is_white_not_orange():
    plan = apply_edit(Scene(subject="an astronaut, comic book cover style"), "change the orange suit to white")
    assert "white suit" in plan.scene.details and "orange suit" in plan.scene.negatives


# ---- glossary rows: manga is manga, a comb, a wintry forest, autumnal, here is --------------------------------------
@pytest.mark.parametrize("message, language, words", [
    ("Dibújame un samurái peleando contra un pulpo, estilo manga", "es", ["manga", "fighting against", "octopus"]),
    ("uma tesoura e um pente sobre um fundo rosa, formato quadrado", "pt", ["comb", "square format"]),
    ("narysuj zimowy las z jeleniem", "pl", ["winter", "forest", "deer"]),
    ("Mach es bitte herbstlich, mit orangen Bäumen", "de", ["autumn", "orange trees"]),
    ("Voici mon chien Rex", "fr", ["here is", "dog"]),
])
def test_glossary_rows_of_this_stop(message, language, words):
    from chat.words.glossary import gloss
    reading = gloss(message, language)
    assert all(w in reading.text for w in words) and not reading.unknown


# ---- a fragment after a picture: where it is, or its weather --------------------------------------------------------
@pytest.mark.parametrize("message", ["on a branch", "over a river", "by the fire", "rain outside", "snow falling"])
def test_a_fragment_after_a_picture_changes_it(message):
    assert route(message, FOX).action is Action.EDIT


def test_fragments_build_up_the_picture():
    result = after("draw me a kingfisher", "on a branch", "over a river")
    assert result.action is Action.EDIT and all(w in result.prompt for w in ("kingfisher", "branch", "river"))


# ---- back to work is no revert --------------------------------------------------------------------------------------
@pytest.mark.parametrize("message", ["thank you!! back to the ward now", "ok back to the office", "thanks, back to work"])
def test_back_to_work_is_talk(message):
    ctx = RouteContext(has_current=True, image_count=3, last_batch=1, scene_words={"forest", "fog"})
    assert route(message, ctx).action is Action.CHAT


def test_back_to_the_first_one_is_still_a_revert():
    ctx = RouteContext(has_current=True, image_count=3, last_batch=1, scene_words={"forest", "fog"})
    assert route("back to the first one", ctx).action is Action.REVERT


# ---- a storm calmed -------------------------------------------------------------------------------------------------
def test_calm_the_sea_takes_the_storm_out():
    result = after("draw a fishing trawler battling through a storm, waves crashing over the deck",
                   "calm the sea down and make it sunset")
    assert "storm" not in result.prompt and "crashing" not in result.prompt and "calm sea" in result.prompt


# ---- boats are watercraft, not cars ---------------------------------------------------------------------------------
@pytest.mark.parametrize("subject", ["a schooner in a gale", "a red fishing boat in a harbour", "a canoe on a misty lake"])
def test_boats_get_maritime_detail(subject):
    from chat.words.detail import categorize
    assert categorize(subject) == "watercraft"


# ---- a colour instead of a compound colour --------------------------------------------------------------------------
@pytest.mark.parametrize("change", ["navy instead of sage", "what about navy instead of sage"])
def test_a_colour_instead_of_a_compound_colour(change):
    scene = edited("a small kitchen with sage green cabinets, brass handles", change)
    assert "navy cabinets" in scene.subject and "green" not in scene.subject


# ---- what the user saw, drawn as "that" -----------------------------------------------------------------------------
@pytest.mark.parametrize("message, thing", [
    ("spotted a heron on a rock in the canal this morning, can you draw that?", "a heron on a rock in the canal"),
    ("saw a fox under the bridge yesterday. could you paint it", "a fox under the bridge"),
])
def test_what_the_user_saw_is_drawn(message, thing):
    assert conversation().respond(message).prompt.startswith(thing)


# ---- a question about the difference between two things ------------------------------------------------------------
@pytest.mark.parametrize("message", ["what's the difference between making it bigger and making more versions?",
                                     "how does upscaling differ from variations?"])
def test_a_difference_asked_is_talk(message):
    assert route(message, FOX).action is Action.CHAT


# ---- removing the weather keeps where the subject sits --------------------------------------------------------------
def test_no_snow_keeps_the_fence():
    assert edited("a robin, sitting in the snow on a fence", "no snow").subject == "a robin, sitting on a fence"


def test_without_snow_before_a_dash_is_a_negative():
    plan = apply_edit(Scene(subject="a robin on a fence in the snow"), "Without snow – in spring, cherry blossoms")
    assert "snow" in plan.scene.negatives and "cherry blossoms" in plan.scene.details


@pytest.mark.parametrize("message, language, words", [
    ("un petit marché de Noël sous la neige", "fr", ["Christmas market"]),
    ("Ik heb veertig jaar gevaren. Teken een vuurtoren met vissersboten", "nl", ["fishing boats", "lighthouse"]),
])
def test_glossary_rows_of_this_stop_two(message, language, words):
    from chat.words.glossary import gloss
    reading = gloss(message, language)
    assert all(w in reading.text for w in words) and not reading.unknown


def test_a_portrait_like_an_oil_painting_keeps_what_it_has(tmp_path):
    photo = tmp_path / "photo.png"
    shutil.copy("tests/data/images/chelsea.png", photo)
    result = conversation().respond("make my dog look like a noble portrait, like an oil painting with a ruff collar "
                                    "and a sword", [str(photo)])
    assert "ruff collar" in result.prompt and "sword" in result.prompt


@pytest.mark.parametrize("text, negatives", [("a card with roses, no text pls", ["text"]), ("a dog, no cats thx", ["cats"])])
def test_a_negative_said_with_please_leaves_the_please_out(text, negatives):
    from chat.words.negatives import extract_negatives
    assert extract_negatives(text)[1] == negatives


def test_flags_after_the_negative_part_are_read_too():
    from chat.words.normalize import pasted_prompt
    assert pasted_prompt("Prompt: a kingfisher on a branch. Negative: blurry, watermark --ar 3:2 --v 6") == (
        "a kingfisher on a branch, no blurry, no watermark, wide")
