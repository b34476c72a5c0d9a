"""Stop 17's general readings, each with sentences of this file's own: "a <look> one/version" of the picture on
screen, "keep it" / "make a copy", flipping a picture (exact pixels, no model), a weather word that names a thing
("a snow globe"), and the offline word list's "le transformer en" and a colour after a name.

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest tests/test_brain_structure17.py -q
"""
import numpy as np
import pytest
from PIL import Image, ImageOps

from chat.conversation import ChatSettings, Conversation
from chat.nopixels import NoPixelEngine
from chat.services import Services
from chat.types import Action, ImageMethod
from chat.words.fixes import flip_axis
from chat.words.glossary import gloss
from chat.words.one_version import one_version
from chat.words.route import RouteContext, route
from chat.words.slots import classify_phrase
from imaging import ImageRequest, Operation


def conversation(engine=None):
    return Conversation(Services(llm=None, engine=engine or NoPixelEngine("sd-turbo")), ChatSettings(rng_seed=17))


def say(*messages: str, engine=None):
    conv = conversation(engine)
    return [conv.respond(m) for m in messages]


def on_screen(*words: str) -> RouteContext:
    return RouteContext(has_current=True, image_count=1, last_batch=1, scene_words=set(words))


# ---- "a <look> one/version" of the picture on screen ----------------------------------------------------------------
@pytest.mark.parametrize("text, action, change", [
    ("could we get a halloween version", Action.EDIT, "make it halloween themed"),
    ("i'd love a green one", Action.EDIT, "make it green"),
    ("how about a snowy one?", Action.EDIT, "make it snowy"),
    ("can you make a sadder one", Action.EDIT, "make it sadder"),
    ("can I have a larger one please", Action.UPSCALE, ""),
    ("give me a fresh one", Action.VARIATIONS, ""),
])
def test_a_look_one_is_the_picture_in_that_look(text, action, change):
    found = one_version(text)
    assert found is not None and found.action is action and found.change == change
    decision = route(text, on_screen("lighthouse", "cliff"))
    assert decision.action is action


@pytest.mark.parametrize("text", ["can i get a tall one", "give me 2 more", "can i get a lighthouse at dusk",
                                  "a watercolor version please"])
def test_shapes_counts_and_new_things_are_not_a_look_one(text):
    assert one_version(text) is None


def test_a_look_one_edits_the_picture_and_keeps_its_subject():
    first, second = say("a lighthouse on a cliff", "could I get a christmas one")
    assert second.action is Action.EDIT and second.source == first.images[0].id
    assert "lighthouse" in second.prompt and "christmas themed" in second.prompt
    assert "christmas themed" in second.reply and "with christmas" not in second.reply


def test_a_thing_in_a_corner_is_still_added_not_a_look():
    assert route("can i get a seagull in the corner", on_screen("lighthouse", "cliff")).action is Action.EDIT
    assert one_version("can i get a seagull in the corner") is None


@pytest.mark.parametrize("text", ["i'll keep this one", "make a copy of that", "great, keep it"])
def test_keeping_or_copying_the_picture_is_answered_not_drawn(text):
    _, answer = say("a lighthouse on a cliff", text)
    assert answer.action is Action.CHAT and not answer.images and "saved" in answer.reply


# ---- flipping: exact pixels ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, axis", [
    ("mirror it", "horizontal"), ("could you flip the image left to right?", "horizontal"),
    ("flip the photo upside down", "vertical"), ("turn this upside down pls", "vertical"),
    ("a mirrored version of it please", "horizontal"),
])
def test_flip_axis_is_read(text, axis):
    assert flip_axis(text) == axis


@pytest.mark.parametrize("text", ["flip the pancake", "mirror it and add a moon", "the lake mirrors the sky"])
def test_other_flips_are_not_a_picture_flip(text):
    assert flip_axis(text) is None


def test_a_flip_keeps_prompt_seed_and_size_and_says_no_model_ran():
    first, flipped = say("a lighthouse on a cliff at dusk", "mirror it")
    assert flipped.action is Action.EDIT and flipped.method == ImageMethod.FLIP.value
    assert flipped.prompt == first.prompt and flipped.images[0].seed == first.images[0].seed
    assert (flipped.images[0].width, flipped.images[0].height) == (first.images[0].width, first.images[0].height)
    assert "mirror image" in flipped.reply and "no model ran" in flipped.reply


def test_an_edit_after_a_flip_repaints_the_flipped_pixels():
    _, flipped, night = say("a lighthouse on a cliff", "flip it horizontally", "make it night")
    assert night.action is Action.EDIT and night.source == flipped.images[0].id
    assert night.method == ImageMethod.IMG2IMG.value  # the same seed re-drawn would come out unflipped


def test_flip_on_the_demo_engine_gives_the_exact_mirror(demo_engine):
    conv = conversation(demo_engine)
    first = conv.respond("a lighthouse on a cliff")
    before = conv.state.pixels_of(first.images[0].id)
    flipped = conv.respond("flip it upside down")
    after = conv.state.pixels_of(flipped.images[0].id)
    assert np.array_equal(np.asarray(after), np.asarray(ImageOps.flip(before.convert("RGB"))))
    demo_engine.flush()
    with Image.open(flipped.images[0].path) as saved:
        assert "flip" in saved.info["parameters"] or "Steps" in saved.info["parameters"]


def test_flip_request_is_checked_before_any_work(demo_engine):
    source = Image.new("RGB", (64, 48), (10, 20, 30))
    with pytest.raises(ValueError, match="flip='diagonal'"):
        demo_engine.run(ImageRequest(op=Operation.FLIP, source_image=source, flip="diagonal"))
    with pytest.raises(ValueError, match="count=2"):
        demo_engine.run(ImageRequest(op=Operation.FLIP, source_image=source, count=2))
    with pytest.raises(ValueError, match="source_image"):
        demo_engine.run(ImageRequest(op=Operation.FLIP))
    (result,) = demo_engine.run(ImageRequest(op=Operation.FLIP, source_image=source, seeds=[5]))
    assert result.image.size == (64, 48) and result.op is Operation.FLIP


def test_an_upload_can_be_flipped(tmp_path):
    path = tmp_path / "sign.png"
    Image.new("RGB", (300, 200), (90, 160, 40)).save(path)
    conv = conversation()
    result = conv.respond("mirror this please", [str(path)])
    assert result.action is Action.EDIT and result.method == ImageMethod.FLIP.value
    assert (result.images[0].width, result.images[0].height) == (300, 200)


# ---- a weather word that names a thing -----------------------------------------------------------------------------
@pytest.mark.parametrize("phrase", ["inside a snow globe", "rain boots on the porch", "a winter coat", "snowflakes"])
def test_a_weather_word_in_a_thing_is_not_the_weather(phrase):
    assert classify_phrase(phrase) != "weather"


@pytest.mark.parametrize("phrase", ["snowy", "heavy rain", "make it winter"])
def test_the_weather_is_still_the_weather(phrase):
    assert classify_phrase(phrase) == "weather"


def test_put_in_a_snow_globe_is_not_a_weather_change():
    _, globe = say("a tiny village with a church", "now put it inside a snow globe")
    assert globe.action is Action.EDIT and "snow globe" in globe.prompt and "new weather" not in globe.reply


# ---- the offline word list --------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, language, english", [
    ("Pouvez-vous la transformer en aquarelle", "fr", "turn it into watercolor"),
    ("disegna una Fiat verde sotto la pioggia", "it", "a green Fiat"),
    ("dibuja un Seat blanco", "es", "a white Seat"),
])
def test_word_list_pronoun_and_colour_after_a_name(text, language, english):
    assert english in gloss(text, language).text


# ---- "a product shot of …", and subjects the detail bank knows by name ------------------------------------------------
def test_a_product_shot_is_the_kind_of_picture_not_its_subject():
    (result,) = say("a product shot of a lavender soap bar on slate, white background")
    assert result.prompt.startswith("a lavender soap bar on slate") and "product shot" in result.prompt
    assert "of the shot" not in result.prompt and "the bar" in result.prompt or "soap" in result.prompt


def test_a_plain_word_before_shot_is_not_kept_as_a_medium():
    (result,) = say("a quick shot of a yellow taxi in the rain")
    assert result.prompt.startswith("a yellow taxi in the rain") and "quick shot" not in result.prompt


@pytest.mark.parametrize("subject, category", [("a scented candle in a glass jar", "object"),
                                                ("a silver necklace on velvet", "object"),
                                                ("a vintage porsche on a mountain road", "vehicle"),
                                                ("a mint green scooter by a cafe", "vehicle")])
def test_products_and_vehicles_get_their_own_detail(subject, category):
    from chat.words.detail import categorize
    assert categorize(subject) == category


# ---- a named character, said by name alone -------------------------------------------------------------------------
def test_a_character_named_earlier_keeps_what_it_is_and_its_look():
    first, second = say("an old lighthouse keeper named Ezra, ink drawing", "Ezra feeding a seagull")
    assert second.action is Action.GENERATE
    assert second.prompt.startswith("Ezra the old lighthouse keeper feeding a seagull")
    assert "ink" in second.prompt


def test_my_pet_by_name_is_that_pet_in_a_new_picture():
    _, second = say("my dog Biscuit asleep on a rug", "Biscuit wearing a raincoat")
    assert "Biscuit the dog wearing a raincoat" in second.prompt


@pytest.mark.parametrize("earlier", ["a green Jeep in the desert", "a street in Lisbon at dusk"])
def test_a_place_or_brand_is_not_a_character(earlier):
    from chat.words.topic import named_again
    assert named_again("Jeep tracks in the sand", [earlier]) is None
    assert named_again("Lisbon trams", [earlier]) is None


# ---- one word of the lettering for another -------------------------------------------------------------------------
@pytest.mark.parametrize("fix, expected", [
    ("swap tuesday for thursday", "'Choir Practice Thursday 7pm'"),
    ("the day is wrong, it's thursday not tuesday", "'Choir Practice Thursday 7pm'"),
    ("sorry, not 7pm, 6pm", "'Choir Practice Tuesday 6pm'"),
    ("it should say Rehearsal not Practice", "'Choir Rehearsal Tuesday 7pm'"),
])
def test_a_word_of_the_lettering_is_put_in_another_words_place(fix, expected):
    _, fixed = say("a poster of a choir singing with the text 'Choir Practice Tuesday 7pm'", fix)
    assert fixed.action is Action.EDIT and expected in fixed.prompt
    assert "tuesday" not in fixed.prompt.lower().replace(expected.lower(), "") or "Tuesday" in expected
    assert "wrong" not in fixed.prompt


def test_a_swap_of_a_thing_not_in_the_lettering_is_a_plain_replacement():
    _, fixed = say("a poster of a choir singing with the text 'Choir Practice'", "change the choir to an orchestra")
    assert "orchestra" in fixed.prompt and "'Choir Practice'" in fixed.prompt


# ---- a learner's or a texter's ask, and "my thing" described ---------------------------------------------------------
@pytest.mark.parametrize("text, start", [("please you make for me picture of river with old bridge", "river with old bridge"),
                                         ("u draw a penguin pls", "a penguin")])
def test_a_learners_ask_is_a_drawing_request(text, start):
    (result,) = say(text)
    assert result.action is Action.GENERATE and result.prompt.startswith(start)


@pytest.mark.parametrize("text, action", [("my parrot Kiwi sitting on a curtain rod", Action.GENERATE),
                                          ("our old barn in autumn fog", Action.GENERATE),
                                          ("my parrot is learning words", Action.CHAT),
                                          ("my grandma turned ninety today", Action.CHAT)])
def test_my_thing_described_without_a_verb_is_a_picture(text, action):
    assert route(text, RouteContext()).action is action


# ---- a new picture said with an edit's words -----------------------------------------------------------------------
@pytest.mark.parametrize("text, kept, dropped", [
    ("paint a barn in a meadow and make it foggy", "foggy", "make it"),
    ("a harbour with fishing boats, put it at dusk", "dusk", "put it"),
    ("draw a rooster on a fence, actually make it a goose, at sunrise", "a goose on a fence", "rooster"),
    ("ayo draw a koi pond with lanterns", "a koi pond", "ayo"),
])
def test_a_new_picture_said_with_edit_words_keeps_only_the_picture(text, kept, dropped):
    (result,) = say(text)
    assert result.action is Action.GENERATE and kept in result.prompt and dropped not in result.prompt


def test_a_colon_after_a_request_for_a_reference_pic_starts_the_picture():
    (result,) = say("i need a reference pic for my larp: an elven archer in a green cloak")
    assert result.prompt.startswith("an elven archer in a green cloak") and "picture" not in result.prompt


def test_the_back_of_the_thing_on_screen_keeps_its_detail_bank_and_drops_its_front_view():
    first, back = say("a knight in a silver cosplay costume, full body", "now show me the back")
    assert back.action is Action.GENERATE and back.prompt.startswith("the back of")
    assert "front view" not in back.prompt


# ---- the offline word list: more picture words ---------------------------------------------------------------------
@pytest.mark.parametrize("text, language, english", [
    ("dessine une mariée avec un voile en dentelle", "fr", "a bride with a veil in lace"),
    ("Zeichne einen Wanderer auf einem Gipfel", "de", "draw a hiker on a peak"),
    ("mach es breiter", "de", "make it wider"),
    ("maak het winter", "nl", "make it winter"),
    ("maak het huis blauw", "nl", "make the house blue"),
    ("un pastel con velas", "es", "a cake with candles"),
])
def test_word_list_picture_words(text, language, english):
    assert english in gloss(text, language).text


# ---- a look with its lettering, and advice on sharper pictures -------------------------------------------------------
def test_a_look_with_its_lettering_is_the_look_and_the_text():
    _, edited = say("an owl on a branch", "make it a book cover titled 'NIGHT WATCH'")
    assert "with the text 'NIGHT WATCH'" in edited.prompt and "style of book cover titled" not in edited.prompt


def test_a_painting_out_of_this_has_no_out_of_this():
    _, edited = say("a bowl of pears", "make an oil painting out of this")
    assert "out of this" not in edited.prompt and "oil painting" in edited.prompt


@pytest.mark.parametrize("question", ["how can i get crisper images?", "how do we get more detailed pictures",
                                      "how do I improve my prompts?"])
def test_asking_how_to_get_better_pictures_gets_the_tips(question):
    from chat.replies import TIPS, canned_reply
    assert canned_reply(question) == TIPS


# ---- more takes with a change, a compound noun, a picture offered after its purpose ----------------------------------
def test_two_more_like_this_but_at_night_is_the_change_twice():
    _, more = say("a quiet harbour with fishing boats", "make it 2 more like this but at dusk")
    assert more.action is Action.EDIT and len(more.images) == 2 and "dusk" in more.prompt


@pytest.mark.parametrize("subject, head", [("a sunny dining room with a long table", "room"),
                                           ("an old fishing boat on the shore", "boat"),
                                           ("a boy fishing from a pier", "boy")])
def test_an_ing_compound_is_one_noun(subject, head):
    from chat.words.detail import head_noun
    assert head_noun(subject) == head


def test_a_picture_offered_after_its_purpose_is_the_picture():
    (result,) = say("i need a soothing image for a dentist office wall, maybe a forest stream with ferns")
    assert result.prompt.startswith("a forest stream with ferns")


@pytest.mark.parametrize("text", ["can you do it again but square", "could u do it again but in pencil"])
def test_do_it_again_but_is_the_change_alone(text):
    _, again = say("a lighthouse at dusk", text)
    assert again.action is Action.EDIT and "again" not in again.prompt


def test_an_interjection_in_a_list_of_changes_is_dropped():
    _, edited = say("a red barn in a field", "make the barn green and add a scarecrow, oh and make it foggy")
    assert "oh" not in edited.prompt.split(", ") and "scarecrow" in edited.prompt and " and oh" not in edited.prompt


def test_a_colour_asked_about_for_a_purpose_gets_the_colour_wheel():
    from chat.colour_wheel import colour_advice
    answer = colour_advice("which colours go well with emerald green for a bedroom?")
    assert answer is not None and answer.startswith("With emerald")


def test_an_example_like_a_thing_is_the_thing():
    (result,) = say("show me an example, like a picnic blanket with lemonade")
    assert result.prompt.startswith("a picnic blanket with lemonade")


# ---- praise of a part, and a part that looks wrong ------------------------------------------------------------------
@pytest.mark.parametrize("text", ["the puppy looks so happy", "she looks wonderful!", "the lake looks peaceful"])
def test_praise_of_the_picture_is_talk(text):
    assert route(text, on_screen("puppy", "lake")).action is Action.CHAT


@pytest.mark.parametrize("text, fault", [("the puppy looks grumpy", "grumpy"), ("the puppy looks too happy", "happy")])
def test_a_part_that_looks_wrong_is_fixed(text, fault):
    _, fixed = say("a puppy by a lake", text)
    assert fixed.action is Action.EDIT and fault in fixed.negative_prompt or f"less {fault}" in fixed.prompt


@pytest.mark.parametrize("first, change, kept", [("a desert road at dusk", "remove the road", "a desert at dusk"),
                                                 ("a garden bench under a tree", "remove the bench", "a garden")])
def test_removing_the_thing_keeps_the_place_it_was_named_by(first, change, kept):
    _, edited = say(first, change)
    assert edited.prompt.startswith(kept)


# ---- the offline reading of other languages: Italian told from Spanish, quoted names, a shape alone -------------------
@pytest.mark.parametrize("text, language", [("ciao, disegna un faro su una scogliera al tramonto", "it"),
                                            ("aggiungi dei gabbiani nel cielo", "it"),
                                            ("dibuja un perro en la playa al atardecer", "es")])
def test_italian_is_told_from_spanish(text, language):
    from chat.words.language import detect_language
    assert detect_language(text) == language


def test_a_single_quoted_name_is_kept_as_typed_by_the_word_list():
    reading = gloss("un cartel para mi tienda 'El Rincón' con flores", "es")
    assert "'El Rincón'" in reading.text and not reading.unknown


def test_a_shape_alone_is_read_by_the_word_list_without_the_model():
    from chat.translator import translate

    class NoModel:  # the word list must not need it
        def complete(self, *a, **k):
            raise AssertionError("the model was asked")

    result = translate(NoModel(), "et en format paysage")
    assert result.ok and "landscape" in result.text and result.source == "dictionary"


def test_removing_a_thing_after_with_keeps_the_rest_of_the_with():
    _, edited = say("a logo for a bakery with wheat and warm colors", "without the wheat")
    assert "with warm colors" in edited.prompt and ", and warm" not in edited.prompt


def test_a_single_quoted_title_is_lettered_once():
    _, edited = say("a jazz poster", "put the title 'Blue Hour' at the top")
    assert "with the text 'Blue Hour' at the top" in edited.prompt and "\"'" not in edited.prompt
    assert ", title" not in edited.prompt


@pytest.mark.parametrize("text, language, english", [("kun je het lichter maken?", "nl", "make it brighter"),
                                                     ("kannst du es dunkler machen", "de", "make it darker")])
def test_a_verb_said_last_after_it_comes_first(text, language, english):
    assert gloss(text, language).text.startswith(english)


def test_removing_the_background_of_my_photo_without_one_is_answered_truly():
    (answer,) = say("could you remove the background from my logo?")
    assert answer.action is Action.CHAT and "no transparency" in answer.reply


# ---- a long message: the picture after "something like", its purpose and the happy remark after it are not drawn ----
def test_a_picture_wished_for_then_something_like_is_drawn():
    (result,) = say("my running club has a race soon and it'd be great to have a poster for it, something like a fox "
                    "sprinting through autumn leaves")
    assert result.action is Action.GENERATE and result.prompt.startswith("a fox sprinting through autumn leaves")


def test_what_the_picture_is_for_and_how_they_will_feel_are_not_drawn():
    (result,) = say("could you draw a snowy owl on a fence post to print for my mum's birthday card? she'll love it. "
                    "thank you kindly")
    assert result.prompt.startswith("a snowy owl on a fence post,") and "love" not in result.prompt
    assert "print" not in result.prompt and "kindly" not in result.prompt


def test_a_painting_by_an_artist_is_a_painting_in_their_style():
    _, edited = say("a pond with water lilies", "make it look like a painting by monet")
    assert "painting in the style of monet" in edited.prompt and "as a painting in the style of monet" in edited.reply


def test_use_this_as_a_reference_and_draw_is_the_new_thing(tmp_path):
    path = tmp_path / "ball.png"
    Image.new("RGB", (256, 256), (200, 30, 30)).save(path)
    result = conversation().respond("use this as a reference and draw a puppy chasing it", [str(path)])
    assert result.action is Action.EDIT and result.prompt.startswith("a puppy chasing it")
    assert "reference" not in result.prompt


# ---- a mind changed mid-message: the last say wins -----------------------------------------------------------------
@pytest.mark.parametrize("text, final", [
    ("a lake at dawn, wait no, make it dusk", "a lake at dusk"),
    ("make the door red. no, yellow. actually red is fine", "make the door red"),
    ("make it pink? hmm or maybe teal", "make it teal"),
    ("a yellow kite, no, orange", "an orange kite"),
    ("add a bench, never mind, add a swing instead", "add a swing instead"),
    ("add some birds. actually scratch that", ""),
])
def test_mind_the_last_say_wins(text, final):
    from chat.words.mind import final_say
    assert final_say(text) == final


@pytest.mark.parametrize("text", ["a poster, no text", "a cat, no wait, a dog", "make it night. actually add stars too",
                                  "never mind"])
def test_mind_no_change_of_mind_leaves_the_message(text):
    from chat.words.mind import final_say
    assert final_say(text) is None


def test_mind_changed_in_an_edit_draws_the_last_say():
    _, edited = say("a red door in a stone wall", "make the door green. no, blue. actually green is fine")
    assert "green" in edited.prompt and "blue" not in edited.prompt


def test_mind_taken_back_is_nothing_to_do():
    _, answer = say("a robot in a workshop", "give it a jetpack. actually scratch that")
    assert answer.action is Action.CHAT and not answer.images and "No worries" in answer.reply


# ---- a learner's and a texter's English ---------------------------------------------------------------------------
@pytest.mark.parametrize("text, start", [
    ("Good evening. Could you kindly be so kind as to paint a harbour at dusk?", "a harbour at dusk"),
    ("I want that you draw a kite over a beach", "a kite over a beach"),
    ("please make picture where is dog sleeping under table", "dog sleeping under table"),
])
def test_a_learners_request_is_the_picture(text, start):
    (result,) = say(text)
    assert result.action is Action.GENERATE and result.prompt.startswith(start)


def test_a_learners_edits_are_the_changes():
    _, bigger, black = say("a boat on a lake under the moon", "make more big the moon",
                           "is possible to change color of boat to red?")
    assert bigger.action is Action.EDIT and "bigger moon" in bigger.prompt or "moon bigger" in bigger.reply
    assert black.action is Action.EDIT and "red boat" in black.prompt


def test_a_texters_remark_then_ask_is_the_ask():
    _, edited, purple = say("a dragon on a tower", "ngl thats mid, make it scarier", "lowkey want a green one")
    assert edited.action is Action.EDIT and "scarier" in edited.prompt
    assert purple.action is Action.EDIT and "green" in purple.prompt and "lowkey" not in purple.prompt


# ---- places of two things, swapping them, only one thing kept --------------------------------------------------------
def test_two_things_each_given_a_place_and_swapped():
    _, placed, swapped = say("a fox and a rabbit in a clearing", "put the rabbit on the left and the fox on the right",
                             "swap them")
    assert placed.prompt.startswith("a fox on the right and a rabbit on the left")
    assert swapped.prompt.startswith("a fox on the left and a rabbit on the right")


def test_swapping_two_things_without_sides_swaps_their_order():
    _, swapped = say("a teapot and a cup on a tray", "switch them around")
    assert swapped.prompt.startswith("a cup and a teapot on a tray")


def test_everything_except_one_thing_removed_leaves_that_thing():
    _, kept = say("a garden with a bench, a fountain and a rose bush", "remove everything except the fountain")
    assert kept.prompt.startswith("a fountain,") and "bench" not in kept.prompt and "except" not in kept.prompt


@pytest.mark.parametrize("text", ["let's start over", "ok can we start fresh?", "reset please"])
def test_a_fresh_start_with_nothing_named_asks_what_to_draw(text):
    _, answer = say("a fox in a forest", text)
    assert answer.action is Action.CHAT and not answer.images and "Fresh start" in answer.reply


def test_a_fresh_start_with_a_picture_named_draws_it():
    (result,) = say("let's start over with a kite on a hill")
    assert result.action is Action.GENERATE and result.prompt.startswith("a kite on a hill")


# ---- the review's cases: what must not be read as a change of mind, a flip, a learner's ask or a picture offered ------
@pytest.mark.parametrize("text", ["draw a cat, never mind the dog", "draw a woman who will never forget that summer",
                                  "draw the never mind club logo", "draw a sign saying forget it",
                                  "a poster that says 'never mind'"])
def test_mind_a_cancel_inside_a_request_cancels_nothing(text):
    from chat.words.mind import final_say
    assert final_say(text) is None


@pytest.mark.parametrize("text, final", [("a photo of a cat, no wait, a watercolor", "a watercolor of a cat"),
                                         ("a cat in the rain, no, in the snow", "a cat in the snow")])
def test_mind_the_new_value_brings_its_own_article_once(text, final):
    from chat.words.mind import final_say
    assert final_say(text) == final


@pytest.mark.parametrize("text, expected", [("reverse that", None), ("flip it over", "vertical")])
def test_reverse_is_no_flip_and_over_is_upside_down(text, expected):
    assert flip_axis(text) == expected


@pytest.mark.parametrize("text", ["you make me happy", "u make us proud", "my thoughts on the matter",
                                  "my day at work"])
def test_compliments_and_chit_chat_stay_talk(text):
    assert route(text, RouteContext()).action is Action.CHAT


def test_criticism_with_like_is_no_new_picture():
    assert route("the picture looks off, like a bad photocopy",
                 on_screen("picture", "lake")).action is not Action.GENERATE


def test_a_purpose_then_more_keeps_the_more():
    (result,) = say("make a poster to hang in my room with a tiger")
    assert "tiger" in result.prompt


def test_a_wish_for_more_after_the_request_is_kept():
    (result,) = say("draw a castle on a hill. my daughter would love a unicorn next to it")
    assert "unicorn" in result.prompt


def test_two_places_with_a_place_as_one_thing_is_not_two_things():
    from chat.words.edit import apply_edit
    from chat.words.scene import Scene
    plan = apply_edit(Scene(subject="a dog and a cat in the background"),
                      "put the background on the left and the dog on the right")
    assert plan.scene.subject  # no exception, a picture left


def test_a_place_or_a_pair_named_is_no_character():
    from chat.words.topic import named_again
    assert named_again("Paris in the rain", ["my hometown Paris at dusk"]) is None
    assert named_again("Max in the snow", ["my dogs Max and Ruby"]) is None


def test_a_non_flip_record_has_no_flip():
    from imaging.metadata import build_record
    from imaging.types import ImageResult
    request = ImageRequest(prompt="a fox", seeds=[1])
    result = ImageResult(image=None, seed=1, width=8, height=8, steps=1, guidance_scale=0.0, sampler="", model="m",
                         prompt="a fox", negative_prompt="", op=Operation.TEXT2IMG, strength=None, source_id=None)
    assert build_record(request, result, 0, [1])["request"]["flip"] is None
