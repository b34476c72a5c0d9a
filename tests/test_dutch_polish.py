"""Dutch and Polish: detected by their own words (and Polish letters), read word by word by the glossary (Polish cases,
Dutch plurals, diminutives and compounds undone), their actions found from their grammar words, and English and German
messages left as they were.

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest tests/test_dutch_polish.py -q

The sentences are this file's own.
"""
import pytest

from chat.conversation import ChatSettings, Conversation
from chat.nopixels import NoPixelEngine
from chat.services import Services
from chat.translator import check_translation, translate
from chat.types import Action
from chat.words.foreign import foreign_route, only_thanks
from chat.words.glossary import LANGUAGES, gloss, vocabulary_size
from chat.words.language import detect_language, language_name
from fakes import ScriptedLLM


@pytest.mark.parametrize("text,code", [
    ("maak een tekening van een molen in een tulpenveld", "nl"),
    ("maak het 's nachts", "nl"),
    ("kun je een rode kat op het strand tekenen?", "nl"),
    ("voeg een regenboog toe", "nl"),
    ("verwijder de auto", "nl"),
    ("narysuj kota w kapeluszu", "pl"),
    ("dodaj tęczę", "pl"),
    ("usuń samochód", "pl"),
    ("czy możesz narysować psa na plaży?", "pl"),
    ("zmień niebo na fioletowe", "pl"),
])
def test_dutch_and_polish_are_detected(text, code):
    assert detect_language(text) == code


@pytest.mark.parametrize("text", ["make it night", "a dog in the park", "add a hat", "make the sky bigger",
                                  "a van in the park", "draw a man with a van", "dog w hat", "w8 w9",
                                  "make it a bit more dramatic", "draw a boot on a strand of hair"])
def test_english_stays_english(text):
    assert detect_language(text) is None


@pytest.mark.parametrize("text,code", [("Zeichne einen Hund im Park", "de"), ("mach es dunkler", "de"),
                                       ("die Katze ist auf dem Dach", "de"), ("dibuja un perro de color verde", "es"),
                                       ("dessine un chat sur la plage", "fr")])
def test_other_languages_stay_theirs(text, code):
    assert detect_language(text) == code


def test_language_names():
    assert language_name("nl") == "Dutch" and language_name("pl") == "Polish"
    assert {"nl", "pl"} <= set(LANGUAGES)


@pytest.mark.parametrize("language,text,english", [
    ("nl", "maak een tekening van een molen in een tulpenveld", "make a drawing of a windmill in a tulip field"),
    ("nl", "maak het 's nachts", "make it at night"),
    ("nl", "voeg een regenboog toe", "add a rainbow"),
    ("nl", "verwijder de auto", "remove the car"),
    ("nl", "kun je een rode kat tekenen?", "draw a red cat?"),
    ("nl", "het meisje met de hoed", "the girl with the hat"),
    ("nl", "zet er een hoed op", "put a hat on"),
    ("pl", "narysuj kota w kapeluszu", "draw a cat in a hat"),
    ("pl", "dodaj tęczę", "add a rainbow"),
    ("pl", "narysuj czerwonego smoka na plaży", "draw a red dragon on the beach"),
    ("pl", "zmień niebo na fioletowe", "change the sky to purple"),
    ("pl", "usuń samochód", "remove the car"),
    ("pl", "zdjęcie psa w parku", "a photo of a dog in a park"),
    ("pl", "zrób to w nocy", "make it at night"),
])
def test_sentences_read_in_english(language, text, english):
    assert gloss(text, language).text == english


@pytest.mark.parametrize("language,text,english", [
    ("nl", "teken drie katten en twee grote bomen", "draw three cats and two big trees"),  # katt-en, b-omen, gr-ote
    ("nl", "de bloemen", "the flowers"),
    ("nl", "een huisje", "a house"),  # a diminutive
    ("nl", "de molens", "the windmills"),
    ("pl", "narysuj dwa psy i trzy koty w lesie", "draw two dogs and three cats in a forest"),
    ("pl", "narysuj gwiazdy na niebie", "draw stars in the sky"),
    ("pl", "bukiet kwiatów", "a bouquet of flowers"),  # a genitive plural: "of"
    ("pl", "dziewczynka z parasolką w deszczu", "a girl with an umbrella in the rain"),
])
def test_endings_are_undone(language, text, english):
    assert gloss(text, language).text == english


def test_a_dutch_compound_of_known_nouns_is_split():
    reading = gloss("een tulpenveld", "nl")
    assert reading.text == "a tulip field" and reading.unknown == []


def test_dutch_het_and_meer_read_by_their_place():
    assert gloss("maak het groter", "nl").text == "make it bigger"
    assert gloss("het huis", "nl").text == "the house"
    assert gloss("een huis aan een meer", "nl").text == "a house at a lake"
    assert gloss("meer sneeuw", "nl").text == "more snow"


@pytest.mark.parametrize("language,text,english", [
    ("nl", "teken een hond die een bal vangt in het park", "draw a dog catching a ball in the park"),
    ("nl", "teken een oude vrouw met een kat op haar schoot", "draw an old woman with a cat on her schoot"),
    ("nl", "een meisje met lang haar", "a girl with long hair"),
    ("nl", "kun je er een regenboog aan toevoegen?", "add a rainbow?"),
    ("pl", "narysuj portret mojej babci", "draw a portrait of my grandmother"),
    ("pl", "narysuj las zimą", "draw a forest in winter"),
    ("pl", "narysuj smoka nad miastem w nocy", "draw a dragon above a city at night"),
    ("pl", "narysuj latarnię morską na wyspie", "draw a lighthouse on an island"),
    ("pl", "dodaj słońce na niebie", "add the sun in the sky"),
    ("pl", "więcej gwiazd", "more stars"),
    ("pl", "zrób 3 wersje", "make 3 versions"),
    ("nl", "doe het in zwart-wit", "make it in black and white"),
])
def test_word_order_and_cases(language, text, english):
    assert gloss(text, language).text == english


def test_both_languages_have_a_picture_vocabulary():
    assert vocabulary_size("nl") >= 250 and vocabulary_size("pl") >= 250
    with pytest.raises(ValueError, match="'sv'"):
        gloss("rita en katt", "sv")


def test_unknown_words_are_reported():
    reading = gloss("narysuj kota i żyrafę i gżegżółkę", "pl")
    assert "gżegżółkę" in reading.unknown and "giraffe" in reading.text


@pytest.mark.parametrize("text,english", [("maak een tekening van een molen in een tulpenveld",
                                           "make a drawing of a windmill in a tulip field"),
                                          ("narysuj kota w kapeluszu", "draw a cat in a hat"),
                                          ("dodaj tęczę", "add a rainbow")])
def test_the_word_list_reads_without_a_model(text, english):
    result = translate(None, text)
    assert result.ok and result.source == "dictionary" and result.text == english


@pytest.mark.parametrize("text", ["teken een kat, niet een hond", "narysuj kota, nie psa"])
def test_a_negation_is_not_read_by_the_word_list(text):
    result = translate(None, text)
    assert not result.ok and "negates" in result.problems[0]


def test_a_model_reading_with_a_wrong_colour_is_refused():
    assert "the colour red was lost" in check_translation("narysuj czerwonego smoka", "Draw a blue dragon.")
    assert check_translation("narysuj czerwonego smoka nad miastem", "Draw a red dragon over a city.") == []
    assert "the number 3 was lost" in check_translation("teken drie katten", "Draw cats.")


def test_a_model_reading_that_drops_a_thing_gives_way_to_the_word_list():
    llm = ScriptedLLM(["Draw a cat in the snow at night.", "Draw a cat in the snow at night."], is_instruct=False)
    result = translate(llm, "teken een kat met een hoed in de sneeuw bij een molen")
    assert result.source == "dictionary" and "windmill" in result.text and "hat" in result.text


@pytest.mark.parametrize("text,has_current,action", [
    ("maak een tekening van een molen", False, Action.GENERATE),
    ("narysuj kota w kapeluszu", False, Action.GENERATE),
    ("maak het 's nachts", True, Action.EDIT),
    ("maak de lucht paars", True, Action.EDIT),
    ("voeg nog een boom toe", True, Action.EDIT),  # "nog een" inside a change is no new version
    ("dodaj tęczę", True, Action.EDIT),
    ("zmień niebo na fioletowe", True, Action.EDIT),
    ("maak het groter", True, Action.UPSCALE),
    ("powiększ", True, Action.UPSCALE),
    ("nog een", True, Action.VARIATIONS),
    ("jeszcze raz", True, Action.VARIATIONS),
    ("maak het ongedaan", True, Action.REVERT),
    ("cofnij", True, Action.REVERT),
    ("wat zie je?", True, Action.DESCRIBE),
    ("co widzisz?", True, Action.DESCRIBE),
    ("zrób niebo ciemniejsze", True, Action.EDIT),  # a comparative: a change, not a new picture
    ("zrób 3 wersje", True, Action.VARIATIONS),
    ("więcej gwiazd", True, Action.EDIT),
])
def test_actions_from_grammar_words(text, has_current, action):
    found = foreign_route(text, has_current=has_current, image_count=2 if has_current else 0)
    assert found is not None and found.action is action


def test_counts_and_shapes():
    assert foreign_route("nog 3 versies", True, 1).count == 3
    assert foreign_route("maak het breder", True, 1).aspect == "wide"


def test_thanks():
    assert only_thanks("bedankt, heel mooi") and only_thanks("dzięki, super")
    assert not only_thanks("een mooi huis") and not only_thanks("perfect, now add a hat")


def conversation():
    return Conversation(Services(llm=None, engine=NoPixelEngine("sd-turbo")), ChatSettings(rng_seed=1))


def test_a_dutch_conversation():
    conv = conversation()
    first = conv.respond("maak een tekening van een molen in een tulpenveld")
    assert first.action is Action.GENERATE and "windmill in a tulip field" in first.prompt
    night = conv.respond("maak het 's nachts")
    assert night.action is Action.EDIT and "windmill" in night.prompt and "night" in night.prompt
    rainbow = conv.respond("voeg een regenboog toe")
    assert rainbow.action is Action.EDIT and "rainbow" in rainbow.prompt
    assert conv.respond("nog een").action is Action.VARIATIONS


def test_a_polish_conversation():
    conv = conversation()
    first = conv.respond("narysuj kota w kapeluszu")
    assert first.action is Action.GENERATE and "a cat in a hat" in first.prompt
    rainbow = conv.respond("dodaj tęczę")
    assert rainbow.action is Action.EDIT and "rainbow" in rainbow.prompt and "cat" in rainbow.prompt
    assert conv.respond("cofnij").action is Action.REVERT
    assert conv.respond("dzięki, super").action is Action.CHAT
