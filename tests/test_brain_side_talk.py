"""A request with talk after it: a question about something else ("… a dragon? what sizes can you do?") is answered
from the fact sheet, not drawn; news about the user ("… my son is 5") is left out of the picture; detail after a
question mark ("… of a fox? simple lines") stays.

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest tests/test_brain_side_talk.py -q

Every sentence here is this file's own (none is taken from an eval set).
"""
import pytest

from chat.capabilities import about_easel_answer
from chat.conversation import ChatSettings, Conversation
from chat.nopixels import NoPixelEngine
from chat.services import Services
from chat.types import Action
from chat.words.normalize import split_side_talk, strip_trailing_talk
from chat.words.typos import fix_prompt_typos


def ask(message: str):
    return Conversation(Services(llm=None, engine=NoPixelEngine("sd-turbo")), ChatSettings(rng_seed=4)).respond(message)


@pytest.mark.parametrize("message, kept", [
    ("could you draw a hot air balloon? what sizes can you do?", "could you draw a hot air balloon?"),
    ("a turtle wearing a top hat!! my daughter is 7", "a turtle wearing a top hat!!"),
    ("a snail racing a car. she's turning six next week", "a snail racing a car."),
    ("a map of a pirate island? with a compass rose", "a map of a pirate island, with a compass rose"),
    ("a lantern festival. how long will it take?", "a lantern festival."),
    ("a chess set made of ice", "a chess set made of ice"),
])
def test_side_talk_after_the_request_is_not_drawn(message, kept):
    assert strip_trailing_talk(message) == kept


def test_a_question_on_the_side_is_answered_after_the_picture():
    result = ask("can you paint a windmill in spring? what sizes can you do?")
    assert result.action is Action.GENERATE and result.images
    assert "sizes" not in result.prompt and "windmill" in result.prompt
    assert "wide" in result.reply and "tall" in result.reply


def test_a_question_about_what_easel_cannot_do_is_answered_not_drawn():
    assert split_side_talk("a koala poster. can you make gifs too?")[1] == ["can you make gifs too?"]
    result = ask("a koala poster. can you make gifs too?")
    assert "gif" not in result.prompt.lower() and "animate" in result.reply


def test_news_about_the_user_is_left_out_of_the_prompt():
    result = ask("hi! can you draw a penguin on a skateboard?? my grandson is 4")
    assert "penguin on a skateboard" in result.prompt and "grandson" not in result.prompt
    assert "?" not in result.prompt


def test_sizes_are_a_fact_sheet_answer():
    assert "16:9" in about_easel_answer("what sizes can you make?")
    assert about_easel_answer("what size is the moon") is None


def test_the_plural_of_a_known_word_is_no_typo():
    assert fix_prompt_typos("stickers of frogs and gifs")[1] == []


# ---- context sentences, counts of formats, reshaping, replies --------------------------------------------------
def test_of_it_takes_what_the_context_sentence_is_about():
    result = ask("my class is learning about the solar system this week, could you make a poster about it")
    assert "solar system" in result.prompt and "about it" not in result.prompt and "week" not in result.prompt


def test_one_of_a_thing_is_a_picture_of_it():
    result = ask("i'd really love one of a fox curled up in the snow")
    assert result.prompt.startswith("a fox curled up in the snow")


@pytest.mark.parametrize("message, count, start", [
    ("need 4 pinterest pins for a flower shop", 4, "a pinterest pin for a flower shop"),
    ("make 3 stories for our ice cream van", 3, "a story for our ice cream van"),
])
def test_a_number_of_formats_is_that_many_pictures(message, count, start):
    result = ask(message)
    assert len(result.images) == count and result.prompt.startswith(start)


def test_n_times_wider_reshapes_the_picture():
    conv = Conversation(Services(llm=None, engine=NoPixelEngine("sd-turbo")), ChatSettings(rng_seed=4))
    conv.respond("a lighthouse on a rock")
    result = conv.respond("make it 3 times wider")
    assert result.images[0].width > result.images[0].height and "times" not in result.prompt


def test_a_slot_set_twice_in_one_message_is_named_once_in_the_reply():
    conv = Conversation(Services(llm=None, engine=NoPixelEngine("sd-turbo")), ChatSettings(rng_seed=4))
    conv.respond("a quiet library at night")
    result = conv.respond("way too dark, brighten it up")
    assert result.reply.count("bright") == 1


def test_make_it_look_hand_drawn_is_a_style():
    conv = Conversation(Services(llm=None, engine=NoPixelEngine("sd-turbo")), ChatSettings(rng_seed=4))
    conv.respond("a treasure map of a desert island")
    result = conv.respond("make it look hand drawn")
    assert "hand drawn style" in result.prompt and "look hand" not in result.prompt


# ---- long messages, things placed by the picture, likes ---------------------------------------------------------
def test_a_long_polite_message_with_the_wish_in_the_middle_is_drawn():
    result = ask("Good afternoon. I hope this finds you well. My name is Harold and I am 81. My wife loved her garden "
                 "and I would very much like a painting of an English cottage garden with foxgloves in June. "
                 "Many thanks.")
    assert result.action is Action.GENERATE
    assert result.prompt.startswith("an English cottage garden with foxgloves in June")
    assert "thanks" not in result.prompt.lower() and "Harold" not in result.prompt


def test_a_thing_placed_by_it_adds_to_the_picture():
    conv = Conversation(Services(llm=None, engine=NoPixelEngine("sd-turbo")), ChatSettings(rng_seed=4))
    conv.respond("a windmill on a green hill")
    result = conv.respond("some geese flying over it")
    assert result.action is Action.EDIT and "windmill" in result.prompt and "geese" in result.prompt


def test_make_it_three_pictures_is_three_takes():
    conv = Conversation(Services(llm=None, engine=NoPixelEngine("sd-turbo")), ChatSettings(rng_seed=4))
    conv.respond("a penguin ice skating")
    result = conv.respond("make it 3 pictures")
    assert result.action is Action.VARIATIONS and len(result.images) == 3


def test_what_someone_likes_is_drawn_and_their_favourite_colour_is_the_palette():
    result = ask("can you make a get well card for my grandpa he loves trains and his favourite colour is green")
    assert "with trains" in result.prompt and "green tones" in result.prompt and "loves" not in result.prompt


def test_a_count_adjective_is_not_part_of_the_kind():
    result = ask("make 3 different stickers for my laptop, a cactus with sunglasses")
    assert len(result.images) == 3 and "different" not in result.prompt


def test_a_teddy_bear_is_a_toy_not_wildlife():
    result = ask("a teddy bear having a tea party")
    assert "wildlife" not in result.prompt and "documentary" not in result.prompt


# ---- stories before the request --------------------------------------------------------------------------------
def test_a_name_from_the_story_brings_what_it_is():
    result = ask("i'm making a comic about a badger called Bramble who runs a bakery. could you do the first panel: "
                 "Bramble kneading dough at dawn")
    assert result.action is Action.GENERATE
    assert result.prompt.startswith("Bramble the badger kneading dough at dawn")


def test_could_you_do_a_page_is_a_request_and_its_words_stay():
    result = ask("could you do the cover: a lighthouse keeper and his cat in a storm")
    assert result.action is Action.GENERATE and result.prompt.startswith("a lighthouse keeper and his cat in a storm")


def test_a_weather_word_held_by_a_thing_keeps_the_weather_of_the_scene():
    conv = Conversation(Services(llm=None, engine=NoPixelEngine("sd-turbo")), ChatSettings(rng_seed=4))
    conv.respond("a village in the rain with clouds over the hills")
    result = conv.respond("could you add a tree on the right with snow on its branches")
    assert "rain" in result.prompt and "clouds" in result.prompt and "snow on its branches" in result.prompt


def test_fantasy_words_are_no_typos():
    assert fix_prompt_typos("an elven archer and a dwarven smith")[1] == []


# ---- first-time questions --------------------------------------------------------------------------------------
@pytest.mark.parametrize("message, words", [
    ("is this free?", "free and open source"),
    ("how much does it cost", "free and open source"),
    ("can you edit my photos?", "attach a photo"),
    ("how long does a picture take?", "depends on the model"),
    ("can i use these pictures for my business?", "license"),
])
def test_first_time_questions_get_true_answers(message, words):
    result = ask(message)
    assert result.action is Action.CHAT and words in result.reply


def test_a_picture_of_me_asks_for_a_photo_or_a_description_then_draws_it():
    conv = Conversation(Services(llm=None, engine=NoPixelEngine("sd-turbo")), ChatSettings(rng_seed=4))
    first = conv.respond("could you draw me?")
    assert first.action is Action.CHAT and "can't see you" in first.reply and not first.images
    second = conv.respond("i have curly red hair and freckles and i love sailing")
    assert second.action is Action.GENERATE
    assert "curly red hair" in second.prompt and "sailing" in second.prompt and " i " not in f" {second.prompt} "


def test_a_bare_shape_word_between_commas_is_the_shape():
    result = ask("a misty harbour at dawn, wide, no boats")
    assert result.images[0].width > result.images[0].height and "boats" in result.negative_prompt
