"""What people who make things ask: "tattoo idea: …", lettering added in quotes, "stage it with …" for a listing,
"for A4 printing", questions comparing Easel with online services or asking it to remember a style, and short
requests in other languages that the small model reads wrong ("cookies" nobody asked for).

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest tests/test_brain_makers.py -q

Every sentence here is this file's own (none is taken from an eval set).
"""
import pytest

from chat.capabilities import about_easel_answer, capability_answer
from chat.conversation import ChatSettings, Conversation
from chat.nopixels import NoPixelEngine
from chat.services import Services
from chat.translator import added_things
from chat.types import Action
from chat.words.detail import named_medium
from chat.words.edit import apply_edit
from chat.words.glossary import gloss
from chat.words.language import detect_language
from chat.words.rephrase import as_edit_command
from chat.words.scene import Scene
from chat.words.sizes import aspect_from_text
from chat.words.slots import classify_phrase


def conversation():
    return Conversation(Services(llm=None, engine=NoPixelEngine("sd-turbo")), ChatSettings(rng_seed=4))


@pytest.mark.parametrize("message, start", [
    ("tattoo idea: a compass with a rose, fine line", "a tattoo of a compass with a rose"),
    ("sticker design - a grumpy pigeon in a hoodie", "a sticker of a grumpy pigeon in a hoodie"),
    ("logo concept: an owl made of circles", "a logo of an owl made of circles"),
])
def test_the_kind_said_first_stays_in_the_prompt(message, start):
    result = conversation().respond(message)
    assert result.action is Action.GENERATE and result.prompt.startswith(start)


def test_a_tattoo_gets_a_tattoo_look():
    assert named_medium("a tattoo of a wolf howling")[0] == "tattoo design"
    assert "ink" in conversation().respond("a tattoo of a wolf howling at the moon").prompt


@pytest.mark.parametrize("subject, change, lettering", [
    ("a flyer for a bake sale with cupcakes", 'add "Saturday Bake Sale" in big round letters',
     'with the text "Saturday Bake Sale" in big round letters'),
    ("a poster for a summer day at the lake", 'add "Lake Day" at the top', 'with the text "Lake Day" at the top'),
])
def test_quoted_words_added_are_lettering_not_a_look(subject, change, lettering):
    plan = apply_edit(Scene(subject=subject), change)
    assert lettering in plan.scene.details and plan.scene.subject == subject and not plan.scene.time


def test_quoted_words_set_no_slot():
    assert classify_phrase('"Good Night Moon" in silver') is None and classify_phrase("at night") == "time"


@pytest.mark.parametrize("message, command", [
    ("could you stage it with a rug and some books", "add a rug and some books"),
    ("decorate the fence with bunting", "add bunting on the fence"),
])
def test_staging_and_decorating_add_things(message, command):
    assert as_edit_command(message) == command


def test_staging_a_room_on_screen_is_an_edit():
    conv = conversation()
    conv.respond("an empty loft apartment with brick walls")
    result = conv.respond("can you stage it with a leather sofa and a big plant")
    assert result.action is Action.EDIT and "leather sofa" in result.prompt and "brick" in result.prompt


@pytest.mark.parametrize("words", ["for A4 printing", "a3 print", "US letter", "letter size please"])
def test_paper_sizes_are_tall(words):
    assert aspect_from_text(words) == "tall"


def test_a_letter_in_a_picture_is_no_paper_size():
    assert aspect_from_text("a letter to grandma on a desk") is None


@pytest.mark.parametrize("question", ["how is this different from midjourney?", "is it better than DALL-E",
                                      "what's the difference between you and chatgpt images"])
def test_comparisons_with_online_services_are_answered_truly(question):
    answer = about_easel_answer(question, image_model="sd-turbo")
    assert answer and "sd-turbo" in answer and "your own computer" in answer


def test_a_style_asked_for_is_no_comparison():
    assert about_easel_answer("paint it like midjourney art") is None


def test_remembering_a_style_next_time_is_answered_truly():
    answer = capability_answer("will you remember my style next time?")
    assert answer and "no memory" in answer


@pytest.mark.parametrize("text, language, english", [
    ("une tarte au chocolat vue d'en haut", "fr", "a chocolate tart from above"),
    ("um gato dormindo numa rede", "pt", "a cat sleeping in a hammock"),
    ("aggiungi del basilico", "it", "add some basil"),
    ("ajoute un peu de neige", "fr", "add some snow"),
    ("un pastel de cumpleaños con velas", "es", "a birthday cake with candles"),
])
def test_word_list_readings(text, language, english):
    assert gloss(text, language).text == english


def test_an_italian_view_from_above_is_italian():
    assert detect_language("una torta vista dall'alto") == "it"


def test_things_the_model_adds_are_caught():
    word_list = gloss("un gâteau au chocolat avec des bougies", "fr")
    assert added_things(word_list, "a chocolate cake with cookies and candles", "un gâteau au chocolat avec des bougies") \
        == {"cookie"}  # content words are singular
    assert not added_things(word_list, "a chocolate cake with candles", "un gâteau au chocolat avec des bougies")


def test_an_edit_keeps_the_pictures_look_while_the_subject_stays():
    conv = conversation()
    first = conv.respond("a lantern with fireflies drifting out of it")
    changed = conv.respond("turn the fireflies into snowflakes")
    medium = first.prompt.split(", ")[1]  # the bank's medium phrase, right after the user's words
    assert changed.action is Action.EDIT and medium in changed.prompt and "snowflakes" in changed.prompt


def test_a_new_look_keeps_what_the_picture_is():
    conv = conversation()
    conv.respond("a sticker of a sleepy koala")
    result = conv.respond("make it more minimal")
    assert "sticker" in result.prompt and "minimal" in result.prompt


@pytest.mark.parametrize("subject, change, wanted", [
    ("a pirate map with a lagoon", 'add a shipwreck near the top and label the lagoon "Blue Hollow"',
     ['a shipwreck near the top', 'the lagoon labeled "Blue Hollow"']),
    ("a bunch of tulips", "wrap it in newspaper with a ribbon", ["wrapped in newspaper with a ribbon"]),
    ("a lemon tart", "dust the tart with icing sugar", ["the tart dusted with icing sugar"]),
    ("a boy flying a kite", "can the kite have a long tail with bows?", ["the kite with a long tail with bows"]),
])
def test_finishing_touches(subject, change, wanted):
    plan = apply_edit(Scene(subject=subject), change)
    assert all(w in plan.scene.details for w in wanted), plan.scene.details


def test_a_list_of_changes_after_a_view_is_an_edit():
    conv = conversation()
    conv.respond("a bowl of porridge on a wooden table")
    result = conv.respond("side view, and put some berries on top")
    assert result.action is Action.EDIT and "porridge" in result.prompt and "berries" in result.prompt


def test_close_up_on_a_part():
    conv = conversation()
    conv.respond("a baker holding a tray of bread")
    result = conv.respond("close up on the tray")
    assert result.action is Action.EDIT and "close-up shot of the tray" in result.prompt


def upload_turn(message: str):
    return conversation().respond(message, ["tests/data/images/ball.png"])


def test_upload_versions_of_it_are_variations():
    result = upload_turn("can you make 3 versions of this in different styles")
    assert result.action is Action.VARIATIONS and len(result.images) == 3


def test_upload_made_real_is_a_photo():
    result = upload_turn("my daughter painted this, could you make it real?")
    assert result.action is Action.EDIT and "photorealistic" in result.prompt and "painted" not in result.prompt


def test_upload_for_a_platform_gets_its_shape_not_a_style():
    result = upload_turn("make it warmer and more vibrant for instagram")
    assert "instagram" not in result.prompt and "vibrant" in result.prompt


def test_upload_as_inspiration_draws_the_new_thing():
    result = upload_turn("use this as inspiration for a new picture with a lighthouse")
    assert result.action is Action.EDIT and result.prompt.startswith("a lighthouse")


@pytest.mark.parametrize("text, language, english", [
    ("dessine une maison sur une falaise au coucher du soleil", "fr", "draw a house on a cliff at the sunset"),
    ("um menino lendo debaixo de uma árvore", "pt", "a boy reading under a tree"),
    ("coloque um cachorro ao lado dela", "pt", "put a dog next to her"),
    ("maak hem geel", "nl", "make it yellow"),
    ("pouvez-vous le faire en noir et blanc ?", "fr", "make it in black and white?"),
    ("cambia lo sfondo in verde scuro", "it", "change the background in dark green"),
    ("une veste rose clair", "fr", "a light pink jacket"),
])
def test_more_word_list_readings(text, language, english):
    assert gloss(text, language).text == english


@pytest.mark.parametrize("text, language", [("ajoutez des étoiles", "fr"), ("cambie el cielo", "es")])
def test_polite_commands_are_read_as_their_language(text, language):
    assert detect_language(text) == language


def test_a_reading_that_keeps_a_greeting_untranslated_is_refused():
    from chat.translator import copied_words
    text = "Hoi! Kun je een blije hond met een hoed tekenen?"
    assert copied_words(gloss(text, "nl"), "Hoi! I want a glad dog with a hat", text) == {"hoi"}
    assert not copied_words(gloss(text, "nl"), "Draw a happy dog with a hat", text)


def test_noise_from_the_demo_model_is_explained():
    demo = "demo (the built-in demo model, which paints noise until a real model is downloaded)"
    assert "--image-model sd-turbo" in about_easel_answer("why is everything just noise?", image_model=demo)
    assert "try again" in about_easel_answer("it looks like tv static, is it broken?", image_model="sd-turbo")


@pytest.mark.parametrize("question, says", [
    ("can I switch to a different model?", "--image-model"),
    ("how do i use my own checkpoint", "--image-model"),
    ("which size is best for an instagram story?", "9:16"),
    ("can you put words in the images?", "quotes"),
    ("do you understand other languages", "Polish"),
])
def test_questions_about_easel_answered_from_facts(question, says):
    assert says in about_easel_answer(question, image_model="sd-turbo")


@pytest.mark.parametrize("text", ["a poster of static electricity", "make the text bigger", "a model train"])
def test_requests_are_not_questions_about_easel(text):
    assert about_easel_answer(text, image_model="sd-turbo") is None


@pytest.mark.parametrize("text, aspect", [
    ("a poster in landscape format of a harbour", "wide"), ("an instagram story in square format", "square"),
    ("a banner, vertical", "tall"), ("make it 4 by 3", "wide"), ("for my slides", "wide"),
    ("a shirt with horizontal stripes", None), ("a portrait of a sailor", None), ("a 2 by 4 plank", None),
])
def test_an_orientation_said_outright_wins(text, aspect):
    assert aspect_from_text(text) == aspect


@pytest.mark.parametrize("text, language", [
    ("une affiche au format paysage", "fr"), ("un cartel en formato horizontal", "es"),
    ("um cartaz em formato paisagem", "pt"), ("un manifesto in formato orizzontale", "it"),
    ("een poster in liggend formaat", "nl"), ("plakat w poziomie", "pl"),
])
def test_landscape_format_in_other_languages(text, language):
    assert aspect_from_text(gloss(text, language).text) == "wide"


@pytest.mark.parametrize("change", ["I need it wider, for the website", "change it to landscape orientation for my slides",
                                    "make it 16 by 9"])
def test_a_new_shape_for_a_purpose_is_only_a_new_shape(change):
    plan = apply_edit(Scene(subject="a bakery counter"), change)
    assert plan.kinds == ["aspect"] and plan.aspect == "wide" and not plan.scene.details


@pytest.mark.parametrize("message, start", [
    ("do you think you could put together a quick sketch of a windmill?", "a windmill"),
    ("would you mind drawing a heron", "a heron"),
    ("any chance of a lighthouse made of candy?", "a lighthouse made of candy"),
    ("how would a goat look as a astronaut", "a goat as a astronaut"),
    ("dunno, something with waterfalls maybe", "waterfalls"),
    ("let's try a totally different idea: a floating market", "a floating market"),
])
def test_requests_said_as_questions_or_hedges(message, start):
    result = conversation().respond(message)
    assert result.action is Action.GENERATE and result.prompt.startswith(start), result.prompt


@pytest.mark.parametrize("message", ["any chance of a refund?", "how does a printer work", "do you think you could explain it?"])
def test_questions_that_ask_for_no_picture(message):
    assert conversation().respond(message).action is Action.CHAT


@pytest.mark.parametrize("message, start", [("now do the inside", "the inside of the lighthouse"),
                                            ("show me the back of it", "the back of the lighthouse"),
                                            ("ok what about the view from above", "the view from above of the lighthouse")])
def test_another_side_of_the_thing_on_screen(message, start):
    conv = conversation()
    conv.respond("a lighthouse with a green door")
    result = conv.respond(message)
    assert result.action is Action.GENERATE and result.prompt.startswith(start)


def test_see_it_with_a_change():
    assert as_edit_command("can we see it with snow on the roof") == "with snow on the roof"  # (a "with" clause: a thing
    # the picture has, recoloured in place when it is there already)
    assert as_edit_command("could we see it at night") == "make it at night"


@pytest.mark.parametrize("text, language, english", [
    ("um buquê de rosas brancas e lavanda", "pt", "a bouquet of white roses and lavender"),
    ("ein Plakat für unser Sommerfest mit Luftballons", "de", "a poster for our summer party with balloons"),
    ("un cucchiaio di legno e dei pomodori", "it", "a wooden spoon and some tomatoes"),
])
def test_word_list_readings_of_longer_requests(text, language, english):
    assert gloss(text, language).text == english


def test_more_new_things_than_unread_words_refuse_the_model_reading():
    from chat.translator import TranslatorConfig, translate
    from fakes import ScriptedLLM
    reading = "a cover with a bowl of wood and a plate of tomatoes"
    result = translate(ScriptedLLM([reading, reading], is_instruct=False, name="small"),
                       "una copertina con un cucchiaio di legno e dei pomodori", TranslatorConfig(short_command_words=6))
    assert result.source == "dictionary" and "spoon" in result.text
    assert "adds" in result.note() or "lost spoon" in result.note()


@pytest.mark.parametrize("subject, change, wanted", [
    ("a graduation card", "write Well Done Priya on it", 'with the text "Well Done Priya"'),
    ("a save the date card", "could you add our names, Jo and Kim, at the bottom", 'with the text "Jo and Kim" at the bottom'),
    ("a cake topper", 'put "Mr & Mrs" in silver at the top', 'with the text "Mr & Mrs" in silver at the top'),
])
def test_lettering_said_without_quotes_or_with_put(subject, change, wanted):
    assert wanted in apply_edit(Scene(subject=subject), change).scene.details


@pytest.mark.parametrize("subject, change, wanted", [
    ('a bakery sign that says "Fresh Bread"', "it should say Warm Bagels", '"Warm Bagels"'),
    ('a mug that says "best dad"', 'spell it "BEST DAD" in capitals', '"BEST DAD"'),
])
def test_words_said_again_replace_the_old_ones(subject, change, wanted):
    plan = apply_edit(Scene(subject=subject), change)
    assert wanted in plan.scene.subject and plan.scene.subject.count('"') == 2 and not plan.scene.details


@pytest.mark.parametrize("message, start", [
    ("I want a flyer. It should have a hot air balloon. The sky should be pink.",
     "a flyer with a hot air balloon, the sky pink"),
    ("ok so. a whale. but tiny. like, swimming in a teacup.", "a whale, tiny, swimming in a teacup"),
    ("Imagine this: a fox reading by a candle", "a fox reading by a candle"),
    ("for my class blog: children flying kites on a hill", "children flying kites on a hill"),
])
def test_a_description_in_short_sentences_is_one_picture(message, start):
    result = conversation().respond(message)
    assert result.action is Action.GENERATE and result.prompt.startswith(start), result.prompt
