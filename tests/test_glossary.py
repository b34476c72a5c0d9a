"""The offline word-by-word reading of French/Spanish/German/Portuguese/Italian drawing requests (chat/words/glossary).

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest tests/test_glossary.py -q
"""
import pytest

from chat.words.glossary import LANGUAGES, gloss, vocabulary_size


@pytest.mark.parametrize("language, text, expected", [
    ("fr", "dessine un dragon vert qui dort sur une montagne d'or s'il te plaît",
     "draw a green dragon sleeping on a mountain of gold"),
    ("fr", "peux-tu dessiner 3 petits lapins blancs dans la forêt à l'aquarelle",
     "draw 3 small white rabbits in the forest in watercolor"),
    ("es", "dibújame un dragón verde durmiendo en la playa, por favor", "draw me a green dragon sleeping on the beach"),
    ("es", "hazlo en estilo anime con luces azules", "make it in anime style with blue lights"),
    ("de", "Zeichne bitte einen grünen Drachen, der auf einem Berg schläft",
     "draw a green dragon, sleeping on a mountain"),
    ("de", "Male zwei Katzen und drei Bäume im Schnee", "paint two cats and three trees in the snow"),
    ("pt", "desenha duas gatas brancas na praia ao pôr do sol", "draw two white cats on the beach at the sunset"),
    ("pt", "desenhe-me um robô azul voando sobre a cidade", "draw me a blue robot flying on the city"),
    ("it", "fallo con un gatto nero nell'acqua", "make it with a black cat in the water"),
    ("it", "mettilo su una spiaggia al tramonto", "put it on a beach at the sunset"),
])
def test_whole_sentences_read_in_english(language, text, expected):
    assert gloss(text, language).text == expected


@pytest.mark.parametrize("language, text, phrase", [
    ("fr", "une maison rouge", "a red house"),
    ("es", "un castillo viejo", "an old castle"),
    ("pt", "uma casa pequena e uma árvore grande", "a small house and a big tree"),
    ("it", "un cavallo bianco", "a white horse"),
    ("fr", "une petite fille", "a small girl"),  # an adjective already in front stays there
])
def test_romance_adjective_goes_before_its_noun(language, text, phrase):
    assert gloss(text, language).text == phrase


@pytest.mark.parametrize("language, text, phrase", [
    ("fr", "des chevaux noirs", "black horses"),
    ("fr", "une vieille femme", "an old woman"),
    ("es", "las flores amarillas", "the yellow flowers"),
    ("es", "dos peces", "two fish"),
    ("pt", "três leões", "three lions"),
    ("pt", "os balões azuis", "the blue balloons"),
    ("it", "le rose rosse", "the red roses"),
    ("it", "due gatti neri", "two black cats"),
    ("de", "drei Häuser", "three houses"),
])
def test_plural_and_feminine_endings(language, text, phrase):
    assert gloss(text, language).text == phrase


@pytest.mark.parametrize("language, text, phrase", [
    ("fr", "l'oiseau d'hiver", "the winter bird"),
    ("it", "un'isola nell'oceano", "an island in the ocean"),
    ("it", "il colore dell'acqua", "the color of the water"),
    ("es", "dibújalo", "draw it"),
    ("es", "hazme un gato", "make me a cat"),
    ("it", "disegnami un cane", "draw me a dog"),
    ("fr", "dessine-moi un mouton", "draw me a sheep"),
])
def test_elisions_and_clitics(language, text, phrase):
    assert gloss(text, language).text == phrase


def test_names_numbers_and_quotes_stay_as_typed():
    reading = gloss('disegna un cavallo bianco chiamato Stella con scritto "Buon Compleanno" e 42 stelle', "it")
    assert reading.text == 'draw a white horse named Stella saying "Buon Compleanno" and 42 stars'
    assert "Stella" not in reading.unknown
    assert "« Joyeux Noël »" in gloss("dessine un sapin avec « Joyeux Noël »", "fr").text
    assert "Luna" in gloss("un gato llamado Luna", "es").text  # a name, not "moon"


def test_unknown_words_reported_and_kept():
    reading = gloss("dessine un tamanoir bleu", "fr")
    assert reading.unknown == ["tamanoir"]
    assert reading.text == "draw a tamanoir blue"  # only a known noun swaps with its adjective
    assert reading.known == 2  # draw, blue: the article is no content word
    german = gloss("Male ein Haus mit Quastenflosser", "de")
    assert german.unknown == ["Quastenflosser"] and "Quastenflosser" in german.text


def test_known_counts_content_words_only():
    reading = gloss("por favor, dibuja un perro con un sombrero", "es")
    assert reading.text.endswith("draw a dog with a hat")
    assert "please" not in reading.text
    assert reading.known == 3 and reading.unknown == []


def test_german_compound_of_known_nouns():
    assert gloss("Mach ein Drachenschloss", "de").text == "make a dragon castle"


def test_styles_and_time_of_day():
    assert "watercolor" in gloss("un phare sous la pluie à l'aquarelle", "fr").text
    assert gloss("un lago al amanecer en invierno", "es").text == "a lake at the sunrise in winter"
    assert "in the style of" in gloss("un ritratto nello stile di Picasso", "it").text


def test_unsupported_language_is_a_value_error():
    with pytest.raises(ValueError, match="'sv'"):
        gloss("rita en katt", "sv")
    with pytest.raises(ValueError, match="'en'"):
        gloss("draw a cat", "en")


def test_every_language_has_a_picture_vocabulary():
    for language in LANGUAGES:
        assert vocabulary_size(language) >= 250


def test_colour_that_is_also_a_noun_after_a_noun():
    assert gloss("une robe rose et une rose rouge", "fr").text == "a pink dress and a red rose"
    assert gloss("un vestito rosa", "it").text == "a pink dress"


def test_german_number_agreement_and_verb_last():
    assert gloss("zeichne drei kleine Vögel", "de").text == "draw three small birds"
    assert gloss("Kannst du bitte ein Bild von einem Leuchtturm machen?", "de").text == (
        "make a picture of a lighthouse?")


def test_politeness_and_wrappers_dropped():
    assert gloss("pode desenhar uma bruxa velha, por favor?", "pt").text == "draw an old witch?"
    assert gloss("per favore disegnami una città di notte", "it").text == "draw me a city at night"
    assert gloss("Ich möchte eine Katze, bitte", "de").text == "a cat"


def test_capitals():
    assert gloss("DESSINE UN CHAT NOIR", "fr").text == "draw a black cat"
    reading = gloss("un robot avec NASA écrit dessus", "fr")
    assert "NASA" in reading.text and "NASA" not in reading.unknown
    assert gloss("J’aimerais un chat dans l’herbe", "fr").text == "a cat in the grass"  # curly apostrophes


@pytest.mark.parametrize("text,language,english", [
    ("quero um bolo de aniversário", "pt", "a birthday cake"),
    ("una taza de café", "es", "a cup of coffee"),
    ("mach es dunkler", "de", "make it darker"),
    ("un gatto che dorme sul divano", "it", "a cat sleeping on the sofa"),
])
def test_noun_de_noun_is_an_english_compound_and_german_comparatives(text, language, english):
    assert gloss(text, language).text == english


@pytest.mark.parametrize("text, language, reading", [
    ("un gâteau d'anniversaire avec des bougies", "fr", "a birthday cake with candles"),
    ("un verre d'eau", "fr", "a glass of water"),
    ("une couronne d'or", "fr", "a crown of gold"),
    ("un perro salchicha con un sombrero", "es", "a dachshund with a hat"),
    ("cambia el fondo a verde", "es", "change the background green"),
    ("mach es schwarz-weiß", "de", "make it black and white"),
    ("rendilo in bianco e nero", "it", "make it in black and white"),
])
def test_readings_of_this_stop(text, language, reading):
    assert gloss(text, language).text == reading


@pytest.mark.parametrize("text, language", [("plus coloré", "fr"), ("más oscuro", "es"), ("più luminosa", "it"),
                                            ("mehr Kontrast", "de"), ("mais colorido", "pt"), ("plus size", None),
                                            ("plus one", None)])
def test_more_of_a_look_in_two_words_is_that_language(text, language):
    from chat.words.language import detect_language

    assert detect_language(text) == language
