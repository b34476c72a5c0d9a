"""Stop 18's general readings, each with sentences of this file's own: a request that named only what to make and
its details in the next message, motion asked for (gif, video, animation), "make it like before", "higher quality"
for print, "same but different", "the first edit", a lone object recoloured, "no X in the background", lettered
things put in the picture, and the offline word list's "N more", "like this", "ma fille", navy blue and pink candles.

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest tests/test_brain_structure18.py -q
"""
import re

import pytest

from chat.translator import swapped_owner, translate
from chat.types import Action
from chat.words.clarify import clarified_request, is_vague, vague_request
from chat.words.edit import apply_edit
from chat.words.glossary import gloss
from chat.words.negatives import extract_negatives
from chat.words.request import parse_request
from chat.words.route import RouteContext, route
from chat.words.scene import Scene
from chat.words.typos import learner_phrasing

from offline_talk import offline_conversation, picture_on_screen, say_in_order


def conversation():
    return offline_conversation(18)


def say(*messages: str, files_first=()):
    return say_in_order(18, *messages, files_first=files_first)


def on_screen(*words: str) -> RouteContext:
    return picture_on_screen(*words, image_count=1)


# ---- a format named first, what goes on it next ---------------------------------------------------------------------
@pytest.mark.parametrize("subject", ["a logo", "an invitation", "a nice birthday card", "a tattoo design",
                                     "a poster for our fun run", "something for my album cover", "some stickers"])
def test_a_format_alone_is_vague(subject):
    # (the first turn of such a request draws the format; the next message may say what goes on it)
    assert is_vague(subject)


@pytest.mark.parametrize("subject", ["a pizza logo", "a fox in the snow", "a poster of a lion", "a red barn"])
def test_a_format_with_content_is_not_vague(subject):
    assert not is_vague(subject)


@pytest.mark.parametrize("vague, text, merged", [
    ("a logo", "it's for my plant shop, with a monstera leaf", "a logo for my plant shop, with a monstera leaf"),
    ("an invitation", "hmm, for a baby shower, pastel balloons", "an invitation for a baby shower, pastel balloons"),
    ("a tattoo design", "a koi fish swimming through waves", "a tattoo design, a koi fish swimming through waves"),
    ("something for my channel banner", "retro arcade vibes with neon joysticks",
     "a channel banner, retro arcade vibes with neon joysticks"),
])
def test_the_details_complete_the_request(vague, text, merged):
    assert clarified_request(vague, text) == merged


@pytest.mark.parametrize("text", ["thanks!", "what colours would suit a bakery?", "draw a horse instead",
                                  "also need a flyer for the same event", "a banner instead"])
def test_talk_questions_and_new_asks_are_no_details(text):
    assert clarified_request("a logo", text) is None


def test_something_nice_needs_no_head():
    assert vague_request("something nice") == ""
    assert clarified_request("something nice", "maybe a lake with swans") == "a lake with swans"


def test_details_after_a_format_only_request_draw_one_new_picture():
    first, second = say("could you make me a logo?", "it's for a bike repair shop called Spoke & Chain, a wrench "
                                                     "crossed with a bicycle chain")
    assert first.action is Action.GENERATE and second.action is Action.GENERATE
    assert "logo" in second.prompt and "wrench" in second.prompt and "Spoke & Chain" in second.prompt


def test_an_edit_after_a_format_only_request_is_still_an_edit():
    first, second = say("i need a flyer", "make it green")
    assert second.action is Action.EDIT and second.source == first.images[0].id


def test_details_two_turns_later_are_no_longer_the_same_request():
    results = say("i need a sticker", "thank you", "a penguin on skis")
    assert results[2].action is Action.GENERATE and "sticker" not in results[2].prompt


# ---- motion, which Easel can't make ---------------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["turn this into a looping gif", "could you animate the waves?", "make it move",
                                  "export it as a video please", "make a short clip of it"])
def test_motion_is_answered_not_drawn(text):
    assert route(text, on_screen("beach", "waves")).action is Action.CHAT


@pytest.mark.parametrize("text", ["make it look like a still from an animated film", "make him dance",
                                  "a thumbnail for my video"])
def test_a_look_or_a_pose_is_no_motion(text):
    assert route(text, on_screen("boy", "street")).action is not Action.CHAT


def test_a_gif_answer_says_what_easel_can_do():
    _, answer = say("a paper boat on a puddle", "can you make it into a gif?")
    assert answer.action is Action.CHAT and not answer.images and "still" in answer.reply


# ---- going back, bigger, another take -------------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["make it like before", "can you put it how it was before?",
                                  "change it back like it looked at first"])
def test_like_before_is_a_revert(text):
    assert route(text, on_screen("mug")).action is Action.REVERT


@pytest.mark.parametrize("text", ["could you make it higher quality so we can print it", "better quality please",
                                  "can you increase the image size?"])
def test_quality_for_print_is_an_upscale(text):
    assert route(text, on_screen("mug")).action is Action.UPSCALE


@pytest.mark.parametrize("text", ["increase the size of the sun", "make it higher quality and warmer"])
def test_a_thing_bigger_or_a_second_change_is_an_edit(text):
    assert route(text, on_screen("sun", "field")).action is Action.EDIT


@pytest.mark.parametrize("text", ["same but different", "could you do it again but a bit different",
                                  "the same idea but slightly different please"])
def test_same_but_different_is_another_take(text):
    assert route(text, on_screen("owl")).action is Action.VARIATIONS


def test_a_bunch_more_is_four():
    decision = route("show me a bunch more", on_screen("owl"))
    assert decision.action is Action.VARIATIONS and decision.count == 4


def test_the_first_edit_of_a_photo_is_the_first_picture_made():
    results = say("make the sky pink", "add a hot air balloon", "the first edit looked better",
                  files_first=["tests/data/images/sunset.png"])
    assert results[2].action is Action.REVERT and results[2].source == results[0].images[0].id


def test_make_me_a_format_is_a_request_and_a_favour_is_not():
    assert route("could you make me a poster?", RouteContext()).action is Action.GENERATE
    assert route("can you do me a favour?", RouteContext()).action is Action.CHAT


def test_the_original_of_a_photo_is_the_photo():
    results = say("make the sky pink", "add a hot air balloon", "go back to the original",
                  files_first=["tests/data/images/sunset.png"])
    assert results[2].source.startswith("upload")


# ---- edits ----------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("subject, colour, wanted", [("a ceramic vase", "sage green", "sage green ceramic vase"),
                                                     ("a leather armchair", "burgundy", "burgundy leather armchair"),
                                                     ("a teapot", "blush pink", "blush pink teapot")])
def test_make_it_a_colour_recolours_a_lone_thing(subject, colour, wanted):
    plan = apply_edit(Scene(subject=subject), f"make it {colour}")
    assert wanted in plan.scene.subject and not plan.scene.colour


def test_make_it_a_colour_of_a_scene_is_its_palette():
    plan = apply_edit(Scene(subject="a meadow at noon"), "make it teal")
    assert "teal" in plan.scene.colour and "teal" not in plan.scene.subject


def test_a_colour_named_with_a_tone_replaces_the_old_colour():
    plan = apply_edit(Scene(subject="a bouquet of yellow tulips"), "make the tulips champagne pink")
    assert "champagne pink tulips" in plan.scene.subject and "yellow" not in plan.scene.subject


def test_make_a_part_pop_brightens_it_and_keeps_it():
    plan = apply_edit(Scene(subject="a bowl of cherries on a table"), "make the cherries pop more")
    prompt = " ".join([plan.scene.subject, *plan.scene.details])
    assert "cherries" in plan.scene.subject and "vivid" in prompt


@pytest.mark.parametrize("text, thing, left", [("no boats in the background", "boats", ""),
                                                ("no clouds in the sky please", "clouds", "please"),
                                                ("a field of poppies with no people in the distance", "people",
                                                 "a field of poppies")])
def test_where_a_thing_must_not_be_goes_with_it(text, thing, left):
    rest, negatives = extract_negatives(text)
    assert negatives == [thing] and rest == left


def test_a_lettered_banner_is_put_in_the_picture():
    plan = apply_edit(Scene(subject="a bake sale table"), "hang a banner saying 'ALL PROCEEDS TO THE SHELTER'")
    assert plan.aspect is None and not plan.scene.style
    assert any("'ALL PROCEEDS TO THE SHELTER'" in d and "banner" in d for d in plan.scene.details)


@pytest.mark.parametrize("text", ["do you think you could make the lamp brighter",
                                  "you reckon you could add a rug?"])
def test_do_you_think_you_could_is_an_ask(text):
    assert route(text, on_screen("lamp", "room")).action is Action.EDIT


def test_a_learners_make_without_it_is_make_it():
    assert learner_phrasing("can you make in sepia?") == "can you make it in sepia?"
    assert learner_phrasing("what can i make in this app") == "what can i make in this app"


def test_an_old_photo_restored_keeps_the_photo_and_drops_the_damage():
    plan = apply_edit(Scene(subject="a family at a picnic"), "could you restore this old photo? it's so faded")
    prompt = " ".join([plan.scene.subject, *plan.scene.details])
    assert "restored" in prompt and "family" in prompt and "faded" not in prompt and "old" not in prompt
    assert "scratches" in plan.scene.negatives


def test_a_change_asked_of_an_upload_with_a_question_mark_is_an_edit():
    decision = route("put this teapot on a marble counter?", RouteContext(has_upload=True, has_current=True,
                                                                        image_count=1))
    assert decision.action is Action.EDIT


@pytest.mark.parametrize("text, subject", [
    ("for my biology class i need a diagram of a plant cell", "a diagram of a plant cell"),
    ("podcast cover: two microphones on a neon background", "two microphones on a neon background"),
])
def test_a_purpose_lead_or_a_frame_is_no_part_of_the_subject(text, subject):
    assert parse_request(text).scene.subject.startswith(subject)


def test_can_i_get_it_wider_is_an_edit():
    assert route("could we get it a bit wider?", on_screen("harbour")).action is Action.EDIT


def test_maybe_like_is_no_part_of_the_subject():
    assert parse_request("maybe like a treehouse in autumn").scene.subject == "a treehouse in autumn"


# ---- the offline word list ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, language, english", [
    ("encore deux comme ça", "fr", "two more like this"),
    ("otros cuatro así", "es", "four more like this"),
    ("noch zwei davon", "de", "two more of them"),
    ("nog vier", "nl", "four more"),
    ("fais-le comme avant", "fr", "like before"),
    ("un pull bleu marine", "fr", "a navy blue sweater"),
    ("des ballons roses pour ma fille", "fr", "pink balloons for my daughter"),
    ("une fusée entre la Lune et la Terre", "fr", "the earth"),
    ("una tortuga bajo la luna llena", "es", "full moon"),
    ("peux-tu mettre ce vase sur une étagère", "fr", "this vase"),
])
def test_the_word_list_reads_more_of_a_request(text, language, english):
    assert english in gloss(text, language).text


def test_a_girl_is_still_a_girl_and_a_name_is_still_a_name():
    assert "girl" in gloss("une fille avec un parapluie", "fr").text
    assert "Soleil" in gloss("un chien nommé Soleil", "fr").text


class _AnsweringModel:
    """A model that answers the request instead of translating it ("I can make a logo for your bakery")."""

    def complete(self, prompt, **kwargs):
        return "I can make a logo for your bakery with a golden croissant."


def test_a_reading_that_swaps_whose_it_is_is_refused():
    assert swapped_owner(gloss("un logo para mi panadería", "es"), "a logo for your bakery") == ("my", "your")
    result = translate(_AnsweringModel(), "hola, me puedes hacer un logo para mi panadería con un croissant dorado")
    assert result.ok and "my bakery" in result.text and result.source == "dictionary"


# ---- the lettering: a date, a respelt name ----------------------------------------------------------------------------
_PARTY = Scene(subject="a party invitation", details=["text 'Noah turns 7! Sunday May 4th, 3pm'"])


@pytest.mark.parametrize("change, wanted", [("change the date to May 11th", "'Noah turns 7! Sunday May 11th, 3pm'"),
                                            ("change the day to Saturday", "'Noah turns 7! Saturday May 4th, 3pm'"),
                                            ("change the date to Saturday May 10th",
                                             "'Noah turns 7! Saturday May 10th, 3pm'")])
def test_a_new_date_replaces_the_same_kind_of_date(change, wanted):
    assert apply_edit(_PARTY, change).scene.details == [f"text {wanted}"]


@pytest.mark.parametrize("change, name", [("can you spell his name NOA", "Noa"), ("it's spelt Noha actually", "Noha"),
                                          ("spell it Noeh please", "Noeh")])
def test_a_name_respelt_changes_that_word_of_the_lettering(change, name):
    assert route(change, RouteContext(has_current=True, image_count=1, last_batch=1,
                                      lettering="'Noah turns 7! Sunday May 4th, 3pm'")).action is Action.EDIT
    assert apply_edit(_PARTY, change).scene.details == [f"text '{name} turns 7! Sunday May 4th, 3pm'"]


def test_spelling_it_right_is_no_respelling():
    assert apply_edit(_PARTY, "spell it right").scene.details[0] == "text 'Noah turns 7! Sunday May 4th, 3pm'"


def test_something_with_a_thing_offered_as_a_question_is_drawn():
    assert route("hmm, maybe something with sunflowers?", RouteContext()).action is Action.GENERATE


@pytest.mark.parametrize("text, subject", [("ok let's go with the giraffe one", "the giraffe"),
                                           ("i'll go with a robin on a branch", "a robin on a branch")])
def test_going_with_an_idea_draws_the_idea(text, subject):
    assert parse_request(text).scene.subject == subject


# ---- other languages: going back, what is seen, more words read ------------------------------------------------------
@pytest.mark.parametrize("text", ["Reviens à la deuxième image stp", "Geh bitte zurück zum vorherigen Bild",
                                  "Torna alla prima foto", "Volta para a anterior", "Ga terug naar de vorige"])
def test_going_back_in_another_language_is_a_revert(text):
    from chat.words.foreign import foreign_route
    found = foreign_route(text, has_current=True, image_count=3)
    assert found is not None and found.action is Action.REVERT


@pytest.mark.parametrize("text", ["Cosa vedi in quest'immagine?", "O que você vê nesta foto?"])
def test_what_do_you_see_in_another_language_is_a_describe(text):
    from chat.words.foreign import foreign_route
    found = foreign_route(text, has_current=True, image_count=1)
    assert found is not None and found.action is Action.DESCRIBE


def test_transforme_is_a_change_of_the_picture():
    from chat.words.foreign import foreign_route
    assert foreign_route("Transforme l'image en aquarelle", has_current=True, image_count=1).action is Action.EDIT


@pytest.mark.parametrize("text, language, english", [
    ("Guten Tag! Kannst du mir eine Katze im Regen malen?", "de", "paint a cat"),
    ("ajoute un éclair au-dessus du phare", "fr", "a lightning over the"),
    ("una tarjeta con globos", "es", "a card with balloons"),
    ("tira o cachorro da foto", "pt", "remove the dog from the picture"),
    ("Was ist auf diesem Bild zu sehen?", "de", "what is on this picture"),
    ("fais deux versions différentes", "fr", "two different versions"),
])
def test_more_words_of_a_request_read(text, language, english):
    assert english in gloss(text, language).text


# ---- more takes, named by the picture's own words ------------------------------------------------------------------
_LOGO = RouteContext(has_current=True, image_count=1, last_batch=1, scene_words={"logo", "bakery", "croissant", "cloud",
                                                                                  "clouds"})


@pytest.mark.parametrize("text", ["could I see a few more logos like this one?", "do another version of the logo please",
                                  "some other ideas for the logo?", "give me some alternatives to this logo",
                                  "these are lovely, more please", "what else ya got", "can we see more?",
                                  "draw it again"])
def test_more_takes_of_the_picture_are_variations(text):
    assert route(text, _LOGO).action is Action.VARIATIONS


@pytest.mark.parametrize("text", ["more clouds", "a different background?", "show me all the versions",
                                  "what else can you do?"])
def test_more_of_a_thing_a_part_or_the_gallery_is_no_variation(text):
    assert route(text, _LOGO).action is not Action.VARIATIONS


@pytest.mark.parametrize("text", ["draw the croissant bigger", "can you paint it again but at night"])
def test_the_picture_drawn_again_with_a_change_is_an_edit(text):
    assert route(text, _LOGO).action is Action.EDIT


# ---- what later sentences add, what the context's holiday says ------------------------------------------------------
def test_an_addition_after_the_ask_joins_the_picture():
    decision = route("my niece adores horses. could you draw a white pony in a meadow? she also likes rabbits so "
                     "maybe a rabbit by its hooves", RouteContext())
    assert decision.action is Action.GENERATE
    assert "pony" in decision.text and "a rabbit by its hooves" in decision.text and "adores" not in decision.text


def test_a_holiday_named_before_the_ask_sets_the_look():
    decision = route("we're hosting a christmas brunch and i need a menu picture: pancakes with berries",
                     RouteContext())
    assert "pancakes" in decision.text and "christmas" in decision.text


def test_a_birthday_before_the_ask_is_why_not_how():
    decision = route("it's my sister's birthday today. can you paint a bunch of sunflowers?", RouteContext())
    assert "birthday" not in (decision.text or "")


# ---- wishes said as statements, a format named in the context --------------------------------------------------------
@pytest.mark.parametrize("text, thing", [
    ("our dog just had puppies! it would be lovely to have a basket of sleepy puppies on a quilt", "a basket of sleepy puppies"),
    ("a lighthouse on a cliff at dawn would be perfect", "a lighthouse on a cliff at dawn"),
])
def test_a_wish_said_as_a_statement_is_drawn(text, thing):
    result = say(text)[0]
    assert result.action is Action.GENERATE and result.prompt.startswith(thing)
    assert "would" not in result.prompt and "lovely to have" not in result.prompt


def test_would_mean_a_lot_is_no_part_of_the_picture():
    result = say("my grandpa was a sailor. a painting of a tall ship in a storm would mean so much to him")[0]
    assert "tall ship" in result.prompt and "mean" not in result.prompt


@pytest.mark.parametrize("text, words", [
    ("I'm designing a poster for our chess club. Something with a knight piece and lightning", ("knight", "poster")),
    ("Thinking about a sticker for my laptop. A sleepy sloth hugging a coffee cup", ("sloth", "sticker")),
])
def test_a_format_named_before_the_content_stays(text, words):
    result = say(text)[0]
    assert result.action is Action.GENERATE and all(w in result.prompt for w in words)


@pytest.mark.parametrize("text, thing", [
    ("My idea is a hot air balloon shaped like a whale", "a hot air balloon shaped like a whale"),
    ("what I have in mind is a cliffside monastery above the clouds", "a cliffside monastery above the clouds"),
    ("I picture a moonlit pier with lanterns", "a moonlit pier with lanterns"),
    ("hello! I'm a scout leader and I'm making a badge for our troop, with a campfire and two pine trees",
     "a badge for our troop"),
])
def test_an_idea_or_a_thing_being_made_is_drawn(text, thing):
    result = say(text)[0]
    assert result.action is Action.GENERATE and result.prompt.startswith(thing)


def test_making_something_that_is_no_picture_is_talk():
    assert route("I'm making a lasagna with spinach", RouteContext()).action is Action.CHAT


# ---- going back, said many ways; a part that "just needs" a change ---------------------------------------------------
@pytest.mark.parametrize("text", ["I want the original picture back", "could we have the first one back?",
                                  "can we go with the earlier version", "nah, switch it back", "return to the first image",
                                  "I liked how it looked three edits ago", "put back the previous one",
                                  "show me the owl one again"])
def test_going_back_said_many_ways_is_a_revert(text):
    ctx = RouteContext(has_current=True, image_count=3, last_batch=1, scene_words={"owl", "branch"})
    assert route(text, ctx).action is Action.REVERT


def test_a_part_that_just_needs_a_change_is_that_change():
    plan = apply_edit(Scene(subject="a vase of white tulips on a table"), "the tulips just need to be yellow")
    assert "yellow tulips" in plan.scene.subject and "just" not in plan.scene.subject


def test_needing_it_in_a_shape_is_an_edit():
    assert route("we actually need it in portrait for the flyer", on_screen("tulip")).action is Action.EDIT


def test_versions_with_a_change_are_that_change_that_many_times():
    first, second = say("a cozy cafe interior", "make 3 versions in pencil sketch style")
    assert second.action is Action.EDIT and len(second.images) == 3 and "pencil" in second.prompt


def test_options_for_someone_are_more_takes():
    decision = route("I need 4 options to show my manager", on_screen("cafe"))
    assert decision.action is Action.VARIATIONS and decision.count == 4


@pytest.mark.parametrize("change, gone", [("can we not have the bench", "bench"), ("the lamp post has to go", "lamp post"),
                                          ("could the pigeons go away?", "pigeons")])
def test_a_thing_sent_away_is_removed(change, gone):
    plan = apply_edit(Scene(subject="a square with a bench, a lamp post and pigeons"), change)
    assert gone not in plan.scene.subject and gone.split()[-1] in " ".join(plan.scene.negatives)
    assert not plan.scene.details


@pytest.mark.parametrize("text", ["the cat looks just like the one we had growing up", "this would look amazing framed",
                                  "that lighthouse reminds me of our holidays in Maine",
                                  "honestly the sky is my favourite part"])
def test_a_remark_on_the_picture_asks_for_nothing(text):
    assert route(text, on_screen("cat", "lighthouse", "sky")).action is Action.CHAT


def test_a_remark_then_a_change_is_the_change():
    assert route("it looks like my cat, make her smile", on_screen("cat")).action is Action.EDIT


# ---- the second look: what the new rules must leave alone ------------------------------------------------------------
@pytest.mark.parametrize("text", ["create a movie night flyer with popcorn", "make a clip art of a pear",
                                  "make a tiktok profile picture of a panda", "make a video game character, a knight"])
def test_a_word_for_film_inside_a_picture_request_is_no_motion(text):
    assert route(text, RouteContext()).action is Action.GENERATE


def test_an_adjective_and_a_comma_is_no_praise():
    assert parse_request("cute, fluffy lamb on a hill").scene.subject.startswith("cute")


def test_details_on_a_background_or_a_sign_complete_the_request():
    assert clarified_request("a logo", "for my band, a wolf with a guitar on a black background") == \
        "a logo for my band, a wolf with a guitar on a black background"


@pytest.mark.parametrize("text", ["i imagine lots of people use this for invitations",
                                  "i'm working on a poster with my team, any tips?"])
def test_talk_about_ideas_or_making_is_still_talk(text):
    assert route(text, RouteContext()).action is Action.CHAT


def test_i_picture_a_thing_on_the_picture_on_screen_adds_it():
    plan = say("a stone cottage", "i picture a blue door on it")[1]
    assert plan.action is Action.EDIT and "blue door" in plan.prompt and "picture" not in plan.prompt


def test_nice_to_have_the_thing_on_screen_changed_is_an_edit():
    result = say("a corgi on a rug", "it'd be nice to have the corgi wearing a bow tie")[1]
    assert result.action is Action.EDIT and "bow tie" in result.prompt and "it'd" not in result.prompt


def test_different_things_of_the_picture_are_an_edit():
    assert route("different flowers please", on_screen("vase", "flowers")).action is Action.EDIT


def test_make_at_least_is_no_make_it():
    assert learner_phrasing("make at least 4 pictures of a dog") == "make at least 4 pictures of a dog"
    assert learner_phrasing("please make as many cats as you can") == "please make as many cats as you can"


def test_a_thing_that_returns_is_no_revert():
    from chat.words.foreign import foreign_route
    assert foreign_route("ora un gatto che torna a casa", has_current=True, image_count=2).action is not Action.REVERT
    assert "returning" in gloss("un perro que vuelve a casa", "es").text


def test_a_respelt_name_inside_quotes_is_found():
    from chat.words.fixes import lettering_swap
    assert lettering_swap("spell her name LILLY", "'Happy Birthday Lily'") == ("Lily", "Lilly")


def test_a_holiday_only_mentioned_sets_no_look():
    decision = route("I'm so tired of christmas already. can you draw a quiet beach at sunset?", RouteContext())
    assert "christmas" not in (decision.text or "")


@pytest.mark.parametrize("text, thing", [("draw a griffin. i love griffins so much", "a griffin"),
                                          ("draw a pug. have fun!", "a pug")])
def test_a_remark_after_the_ask_is_no_part_of_the_picture(text, thing):
    decision = route(text, RouteContext())
    assert not re.search(r", (?:much|fun)$", decision.text or "")
    prompt = say(text)[0].prompt
    assert prompt.startswith(thing + ",") and "love" not in prompt and "fun" not in prompt


def test_those_colours_are_the_colours_easel_just_named():
    from chat.words.topic import with_colours_named
    reply = 'With teal: its opposite, coral, gives the strongest contrast. Say "a ... in teal and coral" and I\'ll draw it.'
    assert with_colours_named("ok use those colours", reply) == "ok use teal and coral colors"
    assert with_colours_named("make the colours brighter", reply) == "make the colours brighter"
    assert with_colours_named("use those colours", "Sure, happy to help.") == "use those colours"


def test_those_colours_after_colour_advice_recolour_the_picture():
    results = say("a reading nook by a window", "what colours go well with teal?", "ok use those colours")
    assert results[2].action is Action.EDIT and "teal" in results[2].prompt and "those" not in results[2].prompt


def test_an_addition_after_a_new_ask_is_a_new_picture_even_with_one_on_screen():
    results = say("a house on a hill", "my niece loves boats. could you draw a yellow submarine under the sea? she also "
                                       "likes fish so maybe some fish around it")
    assert results[1].action is Action.GENERATE and "submarine" in results[1].prompt and "fish" in results[1].prompt
