"""Review 13's findings, mended: each a misreading the day's new rules caused, with sentences of this file's own.

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest tests/test_brain_review13.py -q
"""
import pytest

from chat.conversation import ChatSettings, Conversation
from chat.nopixels import NoPixelEngine
from chat.services import Services
from chat.types import Action
from chat.words.edit import apply_edit
from chat.words.glossary import gloss
from chat.words.language import detect_language
from chat.words.nounphrase import remove_object, subject_head
from chat.words.rephrase import as_edit_command
from chat.words.route_cues import draw_request
from chat.words.scene import Scene
from chat.words.sizes import aspect_from_text


def conversation():
    return Conversation(Services(llm=None, engine=NoPixelEngine("sd-turbo")), ChatSettings(rng_seed=8))


def after(first: str, message: str):
    conv = conversation()
    conv.respond(first)
    return conv.respond(message)


@pytest.mark.parametrize("subject, head", [("a kitty looking sleepy on a rug", "kitty"), ("a baby looking up", "baby"),
                                           ("a spooky looking barn", "barn")])
def test_a_noun_before_looking_stays_the_noun(subject, head):
    assert subject_head(subject) == head


def test_a_body_part_fault_leaves_the_rest_of_the_message():
    plan = apply_edit(Scene(subject="a man fishing on a pier"), "his hands look weird, and make the water green")
    words = ", ".join([plan.scene.subject, *plan.scene.details])
    assert "well-formed hands" in words and "green" in words


@pytest.mark.parametrize("change, slot", [("give the scene some mist", "weather"), ("give the picture a cooler tone", "colour")])
def test_giving_the_whole_picture_a_look_sets_its_slot(change, slot):
    plan = apply_edit(Scene(subject="a harbour"), change)
    assert plan.kinds == [slot] and not plan.scene.details


def test_upload_versions_with_a_change_keep_the_change():
    result = conversation().respond("make 2 versions of this as a pencil sketch", ["tests/data/images/ball.png"])
    assert result.action is Action.EDIT and len(result.images) == 2 and "pencil" in result.prompt


@pytest.mark.parametrize("text", ["quite lovely", "quite dark now"])
def test_english_quite_is_english(text):
    assert detect_language(text) is None


def test_no_answers_a_question_plainly():
    result = after("a cat on a sofa", "no thanks")
    assert result.action is Action.CHAT and "No worries" in result.reply and "missed" not in result.reply


@pytest.mark.parametrize("message", ["painting my fence today lol", "designing logos is fun"])
def test_a_gerund_alone_is_no_drawing_request(message):
    assert draw_request(message) is None


@pytest.mark.parametrize("message", ["any chance of a discount code?", "any chance of a reply soon?"])
def test_chance_of_something_that_is_no_picture(message):
    assert conversation().respond(message).action is Action.CHAT


@pytest.mark.parametrize("text", ["a vertical garden on a balcony", "a girl in portrait lighting", "a red letterbox",
                                  "a Peugeot A3 on a bridge"])
def test_shape_words_inside_content_set_no_shape(text):
    assert aspect_from_text(text) is None


def test_a_grid_size_stays_in_the_prompt():
    assert "4x4" in conversation().respond("a 4x4 grid of cute cat stickers").prompt


def test_more_with_different_things_are_new_seeds():
    result = after("a cat on a sofa", "3 more with different lighting")
    assert result.action is Action.VARIATIONS and len(result.images) == 3


def test_a_part_looking_more_something_changes_that_part():
    plan = apply_edit(Scene(subject="a dog on a porch"), "make the dog look more scruffy")
    assert plan.scene.details == ["scruffy dog"]


def test_a_critique_of_another_part_is_kept_with_the_change():
    plan = apply_edit(Scene(subject="a fox in a meadow"), "the sky is too plain and make the fox bigger")
    assert "more detailed sky" in plan.scene.details and "bigger fox" in plan.scene.details


def test_not_the_one_i_wanted_asks():
    assert "missed" in after("a red car", "not the one I wanted").reply


def test_a_thing_in_the_sky_goes_with_it():
    assert remove_object("a girl with a balloon in the sky", "balloon")[0] == "a girl"


@pytest.mark.parametrize("message", ["this must be a glitch", "that should be it, thanks"])
def test_remarks_about_the_app_are_no_edits(message):
    assert as_edit_command(message) is None


@pytest.mark.parametrize("text, language, english", [
    ("dessine la montre de ma mère", "fr", None),
    ("een liggend paard in de wei", "nl", None),
])
def test_articles_and_ordinary_words_stay_what_they_are(text, language, english):
    read = gloss(text, language).text
    assert "it" not in read.split() and "landscape" not in read and (english is None or read == english)


def test_a_ladder_for_the_slide_keeps_its_words():
    assert "a ladder for the slide" in apply_edit(Scene(subject="a playground"), "add a ladder for the slide").scene.details


def test_a_zero_size_is_no_crash():
    result = after("a cat on a sofa", "upscale it to 2000x000")
    assert result.action is Action.UPSCALE and not result.error


def test_one_more_with_a_new_thing_instead_replaces_the_subject():
    result = after("4 paper boats on a puddle", "could you do one more with 2 rubber ducks on it instead")
    assert result.action is Action.EDIT and "rubber ducks" in result.prompt and "boats" not in result.prompt


def test_a_pick_then_go_with_it_and_a_change():
    conv = conversation()
    conv.respond("a paper lantern on a river")
    conv.respond("3 more")
    result = conv.respond("I like the third one, let's go with that and add some fireflies")
    assert result.action is Action.EDIT and "fireflies" in result.prompt and "that" not in result.prompt.split(", ")


@pytest.mark.parametrize("question", ["what colours are in it?", "is there a bridge in this?"])
def test_questions_about_whats_in_the_picture_are_descriptions(question):
    assert after("a paper lantern on a river", question).action is Action.DESCRIBE


@pytest.mark.parametrize("first, change, drawn", [("a living room", "add Santa", "Santa"),
                                                  ("a skyline", "put Big Ben in the background", "Big Ben")])
def test_a_capitalised_thing_added_is_drawn_not_lettered(first, change, drawn):
    result = after(first, change)
    assert drawn in result.prompt and f'"{drawn}' not in result.prompt


@pytest.mark.parametrize("text", ["a flyer. It has to be square.", "a cafe at 7 p.m. in the snow", "Elm St. at dawn",
                                  "1. a pear 2. a plum"])
def test_joins_leave_other_sentences_and_abbreviations(text):
    from chat.words.request import joined_sentences
    assert joined_sentences(text) == text.rstrip(". ")


def test_a_with_join_belongs_to_the_first_thing_only():
    from chat.words.request import joined_sentences
    assert joined_sentences("a knight on a hill. he has a banner. it has a lion on it.").count(" with ") == 0


def test_a_question_about_the_app_is_not_a_description():
    assert after("a cat on a sofa", "is there a size limit in this app?").action is Action.CHAT


def test_a_content_question_then_a_change_is_the_change():
    assert after("a cat on a sofa", "is there a cushion in this? add one").action is Action.EDIT


def test_go_with_that_and_move_on_is_a_pick():
    conv = conversation()
    conv.respond("a kite on a beach")
    conv.respond("3 more")
    assert conv.respond("the second one, let's go with that and move on").action is Action.REVERT


@pytest.mark.parametrize("first, change, wanted", [
    ("a teenage boy skateboarding", "give the boy shorter hair and a green hoodie", "the boy with shorter hair"),
    ("a flower shop window", "the window needs more tulips in it", "more tulips in the window"),
    ("a snowy field", "there should be a fox tracks leading to the trees", "a fox tracks leading to the trees"),
    ("a garden shed", "swap the doors for red ones", "red doors"),
    ("a kitten on a cushion", "a puppy instead of the kitten", "a puppy on a cushion"),
])
def test_changes_said_about_parts_the_words_never_named(first, change, wanted):
    result = after(first, change)
    assert result.action is Action.EDIT and wanted in result.prompt, result.prompt


@pytest.mark.parametrize("message, wanted", [
    ("I think it might look better if the owl was perched on a branch", "the owl perched on a branch"),
    ("honestly the sky is a bit too grey for my taste", "sky"),
    ("love the owl but I'd rather have a full moon behind it than clouds", "a full moon"),
    ("my son wants the owl to have a tiny wizard hat", "the owl with a tiny wizard hat"),
    ("what if we added some fireflies around it", "some fireflies"),
    ("could you try again but with the owl looking at the camera", "the owl looking at the camera"),
    ("okay the colours are great, but the owl looks too small in the frame", "bigger owl"),
    ("the owl should be the main focus", "close-up shot of the owl"),
    ("would it be possible to keep everything but make it winter", "winter"),
])
def test_long_casual_follow_ups_are_edits(message, wanted):
    result = after("an owl in a night forest", message)
    assert result.action is Action.EDIT and wanted in result.prompt and "owl" in result.prompt, result.prompt
    assert "taste" not in result.prompt and "frame" not in result.prompt.split(",")[1]


@pytest.mark.parametrize("message, wanted", [
    ("the door looks odd, can it be arched instead", "arched door"),
    ("I was hoping for more of a spooky feel, with bats", "spooky"),
    ("could you make it so it's dawn and the lamps are lit", "lamps lit"),
    ("could the barn be made of stone?", "a barn made of stone"),
])
def test_more_casual_follow_ups(message, wanted):
    result = after("a barn with a door in a field", message)
    assert result.action is Action.EDIT and wanted in result.prompt, result.prompt


@pytest.mark.parametrize("message, action, wanted", [
    ("what would he look like as a wolf?", Action.EDIT, "wolf"),
    ("give me another angle", Action.EDIT, "different angle"),
    ("the scarf should blow in the wind", Action.EDIT, "the scarf blowing in the wind"),
    ("can I have the same dog but as a astronaut this time", Action.EDIT, "astronaut"),
    ("remove the scarf, he looks better without", Action.EDIT, None),
    ("how do I get this in higher quality?", Action.UPSCALE, None),
    ("can you show the whole dog? his tail is cut off", Action.EDIT, "wide shot"),
])
def test_follow_ups_about_the_dog_on_screen(message, action, wanted):
    result = after("a dog with a red scarf", message)
    assert result.action is action and (wanted is None or wanted in result.prompt), result.prompt
    assert "better without" not in (result.prompt or "")


def test_a_transparent_background_edit_says_what_it_drew():
    result = after("a dog with a red scarf", "can you make the background transparent?")
    assert "plain white background" in result.prompt and "can't make transparent" in result.reply


@pytest.mark.parametrize("message, wanted, gone", [
    ("honestly I'm not loving the jug, can we try a teapot instead", "a teapot of lilies", "jug"),
    ("could the light come from the window on the right", "light coming from the window on the right", None),
    ("now one with roses instead of lilies, same everything else", "a jug of roses", "everything else"),
    ("I'd like the whole thing a bit more dreamy", "dreamy", None),
    ("it doesn't really feel like spring, can you fix that", "spring", "feel"),
])
def test_still_more_casual_follow_ups(message, wanted, gone):
    result = after("a jug of lilies on a table", message)
    assert result.action is Action.EDIT and wanted in result.prompt, result.prompt
    assert gone is None or gone not in result.prompt.split(", ")[0]
