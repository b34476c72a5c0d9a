"""How the rules read real phrasing, by kind: other languages, a new place, a replaced value, remarks, praise before
a request, lists of things, two changes in one message, quoted text, lead-ins.

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest tests/test_brain_understanding.py -q

Every sentence here is this file's own: each kind is checked on several differently-worded messages, never on the
eval sets' texts (rules fitted to one set's sentences do not carry to new conversations).
"""
import re

import pytest

from chat.types import Action
from chat.words.edit import apply_edit
from chat.words.foreign import foreign_route, only_thanks
from chat.words.negatives import extract_negatives
from chat.words.route import RouteContext, route
from chat.words.scene import Scene, user_parts
from chat.words.typos import correct_typos, fix_prompt_typos

NONE = RouteContext()
CURRENT = RouteContext(has_current=True, image_count=2, last_batch=1)


def words(scene: Scene) -> str:
    return " ".join(user_parts(scene) + [scene.colour]).lower()


def has_word(text: str, word: str) -> bool:
    return re.search(r"\b" + re.escape(word) + r"s?\b", text) is not None


# ---- other languages: the action from grammar words, the words kept as typed --------------------------------------
FOREIGN = [
    (NONE, "Peux-tu dessiner un chien qui court sur la plage ?", Action.GENERATE),
    (NONE, "dibújame un gato negro en el tejado", Action.GENERATE),
    (NONE, "Zeichne mir bitte einen Leuchtturm am Meer", Action.GENERATE),
    (NONE, "je voudrais une image d'un château dans la brume", Action.GENERATE),
    (CURRENT, "Maintenant mets-le dans la neige", Action.EDIT),
    (CURRENT, "ahora hazlo de noche con estrellas", Action.EDIT),
    (CURRENT, "Mach es jetzt bunter", Action.EDIT),
    (CURRENT, "annule ça, reviens à avant", Action.REVERT),
    (CURRENT, "vuelve a la anterior", Action.REVERT),
    (CURRENT, "Hazla más grande, por favor", Action.UPSCALE),
    (CURRENT, "Bitte in höherer Auflösung", Action.UPSCALE),
    (CURRENT, "donne-m'en deux autres", Action.VARIATIONS),
    (CURRENT, "Dame otras dos, porfa", Action.VARIATIONS),
    (CURRENT, "Noch drei mehr bitte", Action.VARIATIONS),
    (CURRENT, "Merci beaucoup, c'est magnifique", Action.CHAT),
    (CURRENT, "¡Gracias! está genial", Action.CHAT),
    (CURRENT, "Danke, das ist wunderschön", Action.CHAT),
]


@pytest.mark.parametrize("ctx,text,action", FOREIGN)
def test_other_languages_get_the_right_action(ctx, text, action):
    decision = route(text, ctx)
    assert decision.action is action, (text, decision)
    if action in (Action.GENERATE, Action.EDIT):
        assert decision.text == text  # the words as typed: no English "typo fixes" of foreign words


def test_more_versions_in_another_language_carry_the_count():
    assert route("Dame otras dos, porfa", CURRENT).count == 2
    assert route("Noch drei mehr bitte", CURRENT).count == 3


def test_a_new_shape_in_another_language_is_an_edit_with_that_shape():
    found = foreign_route("Rends-la plus large, en format panoramique", True, 1)
    assert found.action is Action.EDIT and found.aspect == "wide"
    assert apply_edit(Scene(subject="une forêt"), "Rends-la plus large, en format panoramique").aspect == "wide"


def test_foreign_words_are_no_english_typos():
    assert correct_typos("hazme una imagen de un perro") == "hazme una imagen de un perro"
    assert fix_prompt_typos("un paysage de montagne avec un lac et de la neige")[1] == []


def test_english_is_not_taken_for_another_language():
    assert foreign_route("draw a cat on a sofa", False, 0) is None
    assert foreign_route("make it bigger please", True, 1) is None
    assert not only_thanks("super cute, now add a hat")


# ---- a new place replaces the old one, wherever the scene had it ------------------------------------------------
@pytest.mark.parametrize("subject,text,new,old", [
    ("a fox sleeping under a tree in a snowy forest", "move it to a sunny meadow", "meadow", "forest"),
    ("three kids building a snowman, laughing in a backyard", "put them in a city park instead", "park", "backyard"),
    ("a girl reading on a sofa", "take her somewhere different, maybe a library", "library", "sofa"),
    ("an old tractor parked in a barn with hay bales", "put it on a beach", "beach", "barn"),
])
def test_a_new_place_replaces_the_old_one(subject, text, new, old):
    scene = apply_edit(Scene(subject=subject), text).scene
    assert has_word(words(scene), new) and not has_word(words(scene), old), scene


def test_praise_then_but_is_the_request():
    assert route("love it but make the sky pink", CURRENT).action is Action.EDIT
    assert route("looks great, but can you add a moon", CURRENT).action is Action.EDIT
    assert route("really nice though put it somewhere else, like a jungle", CURRENT).action is Action.EDIT


# ---- a replaced value (colour, thing, place) goes --------------------------------------------------------------------
@pytest.mark.parametrize("subject,text,new,old", [
    ("a cottage with a blue door", "make the door green instead of blue", "green", "blue"),
    ("a vase of red roses on a table", "make the roses white rather than red", "white", "red"),
    ("a small red robot waving", "make him blue instead", "blue", "red"),
    ("two green parrots on a branch", "make them orange", "orange", "green"),
    ("a girl in a pink dress dancing", "make her dress yellow", "yellow", "pink"),
    # "instead" replaces the thing or the place
    ("a fluffy grey rabbit in a meadow", "make it a brown rabbit instead", "brown", "grey"),
    ("a paper lantern floating over a lake at dusk", "what if it was floating over a city instead", "city", "lake"),
    ("a man reading in an armchair by the fireplace", "put him on a park bench instead", "bench", "fireplace"),
])
def test_a_new_value_replaces_the_old_one(subject, text, new, old):
    scene = apply_edit(Scene(subject=subject), text).scene
    assert has_word(words(scene), new) and not has_word(words(scene), old), scene


# ---- remarks are no content ------------------------------------------------------------------------------------
@pytest.mark.parametrize("subject,text,gone,kept", [
    ("a living room with a floor lamp and a sofa", "remove the lamp, my husband hates it", ["lamp", "husband"], "sofa"),
    ("a meadow at noon", "add some clouds, it's kinda empty", ["empty"], "cloud"),
    ("a kitchen with a dog", "take out the dog, i'm not a dog person haha", ["person"], "kitchen"),
])
def test_remarks_are_not_drawn(subject, text, gone, kept):
    scene = apply_edit(Scene(subject=subject), text).scene
    assert has_word(words(scene), kept) and not any(has_word(words(scene), g) for g in gone), scene


def test_a_remark_that_names_a_change_still_changes():
    plan = apply_edit(Scene(subject="a cellar"), "it's too dark")
    assert plan.kinds and "bright" in words(plan.scene) + " " + plan.scene.lighting


# ---- lists: every item of a coordinated list is removed / excluded -------------------------------------------------
@pytest.mark.parametrize("subject,text,gone,kept", [
    ("a picnic blanket with a basket, a thermos, a book and a dog", "remove the thermos and the book",
     ["thermos", "book"], "basket"),
    ("a kitchen table with cups, plates and a teapot", "get rid of the cups, the plates and the teapot",
     ["cup", "plate", "teapot"], "table"),
    ("a street corner with a bench, a lamp post and people walking", "take out the bench and the people",
     ["bench", "people", "walking"], "lamp"),
])
def test_every_item_of_a_removed_list_goes(subject, text, gone, kept):
    scene = apply_edit(Scene(subject=subject), text).scene
    assert has_word(words(scene), kept) and not any(has_word(words(scene), g) for g in gone), scene


@pytest.mark.parametrize("text,negs", [
    ("a quiet harbour at dawn without boats, gulls or people", ["boats", "gulls", "people"]),
    ("an empty road in the desert, no cars, signs, and poles", ["cars", "signs", "poles"]),
    ("a snowy field with no fences and trees", ["fences", "trees"]),
])
def test_every_item_of_a_negated_list_is_excluded(text, negs):
    rest, found = extract_negatives(text)
    assert found == negs and not any(has_word(rest, n) for n in negs)


def test_a_negated_item_followed_by_a_thing_keeps_the_thing():
    rest, found = extract_negatives("a street with no cars and a dog sleeping")
    assert found == ["cars"] and "dog" in rest


# ---- two changes joined by "and" ----------------------------------------------------------------------------------
@pytest.mark.parametrize("subject,text,has,lacks", [
    ("a living room with beige walls, a grey sofa and a rug", "paint the walls green and replace the rug with a plant",
     ["green", "plant"], ["rug", "beige"]),
    ("a castle on a hill", "add a dragon and make it night", ["dragon"], []),
    ("a bakery counter with croissants and a cash register", "remove the register and add a vase of tulips",
     ["tulip", "croissant"], ["register"]),
])
def test_two_changes_in_one_message(subject, text, has, lacks):
    plan = apply_edit(Scene(subject=subject), text)
    got = words(plan.scene) + " " + plan.scene.time
    assert all(has_word(got, w) for w in has) and not any(has_word(got, w) for w in lacks), plan.scene


# ---- "a version where ...": the picture on screen, changed --------------------------------------------------------
@pytest.mark.parametrize("text", ["ok now make a version where it's snowing", "could you do one with more clouds",
                                  "try a version without the fence", "make another take where the sky is pink"])
def test_a_version_of_the_picture_is_an_edit(text):
    assert route(text, CURRENT).action is Action.EDIT


def test_a_version_clause_becomes_the_change():
    plan = apply_edit(Scene(subject="a barn in a field"), "make a version where it's foggy and there are sheep")
    got = words(plan.scene) + " " + plan.scene.weather
    assert has_word(got, "foggy") and has_word(got, "sheep") and not has_word(got, "version")


# ---- lead-ins and slips before the request ------------------------------------------------------------------------
@pytest.mark.parametrize("text,content", [
    ("yo draw me a pirate ship in a storm", "pirate"), ("hi paint a bowl of lemons", "lemon"),
    ("cna you draw a hedgehog in a teacup", "hedgehog"), ("oops make me a lantern by a river", "lantern"),
])
def test_lead_ins_and_swapped_letters_do_not_reach_the_prompt(text, content):
    decision = route(text, NONE)
    assert decision.action is Action.GENERATE
    from chat.words.request import parse_request
    subject = parse_request(decision.text or text).scene.subject.lower()
    assert content in subject and not re.match(r"^(?:yo|hi|cna|oops)\b", subject), subject


# ---- new quoted text replaces the old ------------------------------------------------------------------------------
@pytest.mark.parametrize("subject,text,new,old", [
    ('a bakery window with a chalkboard that says "FRESH BREAD"', 'make the chalkboard say "CLOSED TODAY" instead',
     "CLOSED TODAY", "FRESH BREAD"),
    ('a birthday cake with icing that reads "HAPPY 30"', 'sorry, i meant it should read "HAPPY 40"', "HAPPY 40",
     "HAPPY 30"),
    ('a road sign saying "EXIT 12"', 'the sign needs to say "EXIT 14"', "EXIT 14", "EXIT 12"),
])
def test_new_quoted_text_replaces_the_old(subject, text, new, old):
    plan = apply_edit(Scene(subject=subject), text)
    got = " ".join(user_parts(plan.scene))
    assert new in got and old not in got and not re.search(r"\b(?:sorry|meant)\b", got), plan.scene


@pytest.mark.parametrize("text", ['oops, i meant it should say "OPEN 24/7"', 'have the banner read "SALE"',
                                  'the label should spell "ROSE" please'])
def test_new_quoted_text_is_an_edit(text):
    assert route(text, CURRENT).action is Action.EDIT


# ---- back to an earlier picture, then a change ---------------------------------------------------------------------
@pytest.mark.parametrize("text,target,change", [
    ("go back to the first one and make the dog look at the viewer", "first-made", "viewer"),
    ("undo that, then add a full moon", "previous", "moon"),
    ("revert to the original and just remove the car", "first", "car"),
])
def test_revert_then_change_is_an_edit_of_that_image(text, target, change):
    decision = route(text, CURRENT)
    assert decision.action is Action.EDIT and decision.target == target and change in decision.text


def test_plain_revert_stays_a_revert():
    assert route("go back to the second one", CURRENT).action is Action.REVERT


@pytest.mark.parametrize("subject,text,doing", [
    ("a red fox in tall grass", "make the fox look at the viewer", "fox looking at the viewer"),
    ("a golden retriever in a kitchen", "have the dog lie on the floor", "retriever lying on the floor"),  # the scene's word for it
])
def test_what_a_thing_does(subject, text, doing):
    plan = apply_edit(Scene(subject=subject), text)
    got = " ".join(user_parts(plan.scene))
    assert doing in got and subject.split()[-1] in got, plan.scene


# ---- the same picture, restyled; what something would look like -------------------------------------------------
@pytest.mark.parametrize("text", ["could you do the same thing but as pixel art", "can u make the same but in winter",
                                  "do the same one but with a pink sky"])
def test_the_same_but_is_an_edit(text):
    assert route(text, CURRENT).action is Action.EDIT


@pytest.mark.parametrize("text,content", [
    ("can you show me what a navy blue kitchen with brass handles would look like", "kitchen"),
    ("what would a treehouse on mars look like?", "treehouse"),
    ("i wonder what a glass castle might look like", "castle"),
])
def test_what_something_would_look_like_is_a_picture(text, content):
    assert route(text, NONE).action is Action.GENERATE


def test_how_it_would_look_is_not_a_new_picture():
    assert route("what would it look like?", NONE).action is not Action.GENERATE


# ---- the thing asked for before the details sentence ---------------------------------------------------------------
def test_a_request_sentence_before_the_details_is_kept():
    decision = route("need a poster for our chess club. give me 3 options, bold and geometric", NONE)
    assert decision.action is Action.GENERATE and decision.count == 3 and "poster" in decision.text


def test_a_story_before_the_request_is_dropped():
    decision = route("my sister just moved to lisbon. draw me a tram on a steep street", NONE)
    assert decision.action is Action.GENERATE and "sister" not in (decision.text or "")


# ---- him/her/them: what the earlier talk was about; a pointer into the talk is no thing --------------------------
@pytest.mark.parametrize("talk,pronoun,thing", [
    ("i'm writing a bedtime story about an owl who can't sleep. any title ideas for him?", "him", "an owl"),
    ("my aunt has a tortoise named Shelly, she is 60 years old", "her", "a tortoise"),
    ("our school play is about three brave mice", "them", "three brave mice"),
])
def test_a_pronoun_stands_for_what_the_talk_was_about(talk, pronoun, thing):
    from chat.words.topic import antecedent, chat_topic
    assert antecedent(chat_topic(talk), pronoun) == thing


def test_draw_him_after_talk_draws_the_thing_talked_about():
    from chat.words.topic import chat_topic, resolve_reference
    scene = Scene(subject="him? tiny and grey, looking sleepy")
    assert resolve_reference(scene, chat_topic("it's a story about an owl who can't sleep. names for him?"))
    assert scene.subject.startswith("an owl") and "grey" in scene.subject and "him" not in scene.subject


@pytest.mark.parametrize("subject,text,gone", [
    ("a small grey owl", "put him in the barn from the story", "story"),
    ("a woman in a park", "give her the blue scarf i mentioned earlier", "mentioned"),
    ("a boat on a lake", "add the lighthouse we talked about", "talked"),
])
def test_pointers_into_the_talk_are_not_drawn(subject, text, gone):
    scene = apply_edit(Scene(subject=subject), text).scene
    assert not has_word(words(scene), gone), scene


def test_a_colour_change_reaches_the_describing_words():
    scene = apply_edit(Scene(subject="a fox, tiny and orange, curled up asleep"), "make him white").scene
    assert "white" in scene.subject and "orange" not in scene.subject


# ---- a story before an upload's request ------------------------------------------------------------------------------
UPLOAD = RouteContext(has_upload=True, has_current=True, image_count=1)


@pytest.mark.parametrize("text,asked", [
    ("my grandad took this in 1970. can you make it look like a modern photo", "can you make it look like a modern photo"),
    ("We went camping last summer! Turn it into a watercolor please", "Turn it into a watercolor please"),
])
def test_a_story_before_an_upload_request_is_no_content(text, asked):
    decision = route(text, UPLOAD)
    assert decision.action is Action.EDIT and decision.text == asked


def test_a_sentence_naming_the_photo_stays():
    decision = route("this is my dog rex. put him on the moon", UPLOAD)
    assert decision.action is Action.EDIT and "rex" in (decision.text or "this is my dog rex")


# ---- whole conversations through Conversation.respond ----------------------------------------------------------
@pytest.fixture
def conv():
    from chat.conversation import ChatSettings, Conversation
    from chat.nopixels import NoPixelEngine
    from chat.services import Services
    from fakes import ScriptedLLM
    return Conversation(Services(llm=ScriptedLLM(default="Sure."), engine=NoPixelEngine("sd-turbo")),
                        ChatSettings(rng_seed=3))


def test_back_to_the_first_described_one_skips_other_images(conv):
    first = conv.respond("a lighthouse on a cliff")
    conv.respond("make it a watercolor")
    conv.respond("now make it an oil painting")
    back = conv.respond("go back to the first watercolor one")
    assert back.action is Action.REVERT and back.source != first.images[0].id and "watercolor" in back.prompt


def test_revert_then_change_edits_the_earlier_image(conv):
    first = conv.respond("a red fox sitting in tall grass")
    conv.respond("make it winter")
    result = conv.respond("go back to the original and make the fox look at the viewer")
    assert result.action is Action.EDIT and result.source == first.images[0].id
    assert "viewer" in result.prompt and "winter" not in result.prompt


def test_a_turn_read_word_by_word_says_so_and_the_next_stays_an_edit(conv):
    result = conv.respond("dibújame un faro en una isla")
    assert result.action is Action.GENERATE and "lighthouse" in result.prompt and "word by word" in result.reply
    edit = conv.respond("ahora hazlo de noche")
    assert edit.action is Action.EDIT and edit.source == result.images[0].id


def test_an_untranslated_turn_says_so_and_keeps_the_words(conv):
    result = conv.respond("dibújame un tamandúa junto al manantial cristalino")  # words the list doesn't know
    assert result.action is Action.GENERATE and "tamandúa" in result.prompt and "translate" in result.reply


# ---- found on this file's own fresh conversations (not any eval set) -----------------------------------------------
@pytest.mark.parametrize("text,action,count", [
    ("Tu peux la rendre plus sombre ?", Action.EDIT, 1),
    ("¿puedes hacerlo en blanco y negro?", Action.EDIT, 1),
    ("Kannst du es bitte bunter machen?", Action.EDIT, 1),
    ("encore trois s'il te plaît", Action.VARIATIONS, 3),
    ("noch zwei bitte", Action.VARIATIONS, 2),
])
def test_object_pronouns_and_counts_in_other_languages(text, action, count):
    decision = route(text, CURRENT)
    assert decision.action is action and decision.count == count


def test_how_the_picture_would_look_is_an_edit_with_the_change():
    decision = route("hmm what would it look like in the rain?", CURRENT)
    assert decision.action is Action.EDIT and decision.text == "in the rain"


@pytest.mark.parametrize("text", ["could you do the exact same scene but at dawn", "same exact thing but as a sketch"])
def test_the_exact_same_but_is_an_edit(text):
    assert route(text, CURRENT).action is Action.EDIT


def test_a_remark_with_an_infinitive_is_no_content():
    scene = apply_edit(Scene(subject="a busy market street"), "less cluttered, it's painful to look at").scene
    assert not has_word(words(scene), "painful")


@pytest.mark.parametrize("text,content,gone", [
    ("last week i visited a tiny fishing village in portugal. can you paint something like that at dusk",
     "fishing village", "last week"),
    ("i dreamt about a library floating in the clouds. draw me something like that please", "library", "dreamt"),
])
def test_something_like_that_takes_the_story_object(text, content, gone):
    decision = route(text, NONE)
    assert decision.action is Action.GENERATE and content in decision.text and gone not in decision.text


def test_a_question_after_a_story_about_the_photo_is_a_request():
    decision = route("my son drew this yesterday. could you make it look like a comic book page?", UPLOAD)
    assert decision.action is Action.EDIT and "son" not in decision.text


# ---- second round of this file's own conversations -----------------------------------------------------------------
def test_a_picture_offered_as_a_question_after_talk_is_drawn():
    decision = route("hi! we're opening a cafe next month. maybe a chalk drawing of a coffee cup with steam?", NONE)
    assert decision.action is Action.GENERATE and "cafe next month" not in (decision.text or "")


def test_a_picture_of_something_asked_with_another_verb():
    decision = route("ugh rough week, can you brighten my day with a picture of a hedgehog in a scarf", NONE)
    assert decision.action is Action.GENERATE and decision.text == "a picture of a hedgehog in a scarf"


@pytest.mark.parametrize("text", ["omg stop it's too adorable 😭 thanks", "this is so pretty!!", "aww it's really sweet"])
def test_praise_said_another_way_is_chat(text):
    assert route(text, CURRENT).action is Action.CHAT


def test_praise_words_inside_a_request_stay_a_request():
    assert route("make it so cute", CURRENT).action is Action.EDIT
    assert route("a cute puppy", NONE).action is Action.GENERATE




def test_an_added_list_is_one_change_and_its_items_can_go_later():
    plan = apply_edit(Scene(subject="a sandcastle on a beach"), "add a red bucket, a spade and a tiny flag on top")
    got = words(plan.scene)
    assert all(has_word(got, w) for w in ("bucket", "spade", "flag")) and not plan.scene.lighting
    scene = apply_edit(plan.scene, "remove the flag and make it sunset").scene
    assert not has_word(words(scene), "flag") and has_word(words(scene), "bucket")


@pytest.mark.parametrize("text", ["quítale el sombrero", "Mach ihn blau", "enlève les nuages"])
def test_change_verbs_in_other_languages(text):
    assert route(text, CURRENT).action is Action.EDIT


# ---- third round of this file's own conversations ------------------------------------------------------------------
@pytest.mark.parametrize("text,thing", [
    ("my niece wants a giraffe riding a bicycle haha. can you do that?", "a giraffe riding a bicycle"),
    ("imagine a castle made of candy. could you draw that for me", "a castle made of candy"),
    ("our class would like a robot teacher at a blackboard. is that possible?", "a robot teacher at a blackboard"),
])
def test_a_wish_then_can_you_do_that_draws_the_wish(text, thing):
    decision = route(text, NONE)
    assert decision.action is Action.GENERATE and decision.text == thing


def test_can_you_do_that_without_a_wish_is_not_a_drawing():
    assert route("i like cats. can you do that?", NONE).action is Action.CHAT


def test_phrasal_drawing_verbs_leave_no_words_behind():
    from chat.words.request import parse_request
    from chat.words.keep import keep_user_words
    text = "could you cook up a pic of a fox in a canoe"
    scene = parse_request(text).scene
    assert "fox" in scene.subject and keep_user_words(scene.copy(), text) == []


@pytest.mark.parametrize("subject,text,new,old", [
    ("a man with short black hair in a suit", "make his hair blond", "blond", "black"),
    ("a girl with auburn hair reading", "make her hair platinum instead", "platinum", "auburn"),
])
def test_hair_colours_are_colours(subject, text, new, old):
    scene = apply_edit(Scene(subject=subject), text).scene
    assert has_word(words(scene), new) and not has_word(words(scene), old), scene


@pytest.mark.parametrize("text", ["she says it should be snowing", "my husband thinks the boat should be bigger",
                                  "the client said that it needs a blue sky"])
def test_a_wish_passed_on_is_the_request(text):
    assert route(text, CURRENT).action is Action.EDIT
    scene = apply_edit(Scene(subject="a harbour at noon with a boat"), text).scene
    assert not any(has_word(words(scene), w) for w in ("says", "said", "thinks", "husband", "client"))


# ---- a pronoun and a finite verb is a statement, not a picture ------------------------------------------------------
@pytest.mark.parametrize("text", ["thanks so much, that really helped", "it turned out better than i hoped",
                                  "this works for me", "ok that makes sense"])
def test_a_statement_about_the_picture_is_talk(text):
    decision = route(text, CURRENT)
    assert decision.action is Action.CHAT, decision


@pytest.mark.parametrize("text", ["these lanterns floating over a lake", "that old barn in the snow"])
def test_a_demonstrative_noun_phrase_is_still_a_picture(text):
    assert route(text, NONE).action is Action.GENERATE


# ---- the whole picture bigger is an upscale, by the factor said -------------------------------------------------------
@pytest.mark.parametrize("text", ["make the whole image bigger please", "could it be a bit larger?",
                                  "make this 3x", "get the picture four times as big"])
def test_the_whole_picture_bigger_is_an_upscale(text):
    assert route(text, CURRENT).action is Action.UPSCALE


def test_a_thing_in_the_picture_bigger_is_an_edit():
    assert route("make the moon twice as big", CURRENT).action is Action.EDIT


@pytest.mark.parametrize("text, factor", [("bigger please", 2.0), ("upscale it 3x", 3.0), ("three times the size", 3.0),
                                          ("triple it", 3.0), ("make it 10x", 4.0), ("1x", 2.0)])
def test_the_upscale_factor_is_read_from_the_message(text, factor):
    from chat.words.sizes import upscale_factor

    assert upscale_factor(text) == factor


def test_an_upscale_by_three_makes_a_picture_three_times_the_size():
    from chat.conversation import ChatSettings, Conversation
    from chat.nopixels import NoPixelEngine
    from chat.services import Services

    conv = Conversation(Services(llm=None, engine=NoPixelEngine("sd-turbo")), ChatSettings(rng_seed=4))
    first = conv.respond("a windmill by a canal").images[0]
    bigger = conv.respond("make the whole picture 3x bigger").images[0]
    assert (bigger.width, bigger.height) == (3 * first.width, 3 * first.height)


def test_an_upscale_past_the_largest_side_is_fitted_then_refused_with_a_reason():
    from chat.conversation import ChatSettings, Conversation
    from chat.nopixels import NoPixelEngine
    from chat.services import Services

    conv = Conversation(Services(llm=None, engine=NoPixelEngine("sd-turbo")), ChatSettings(rng_seed=4))
    conv.respond("a windmill by a canal")  # 512 px
    conv.respond("upscale it 4x")  # 2048
    fitted = conv.respond("make the whole picture 3x bigger")  # 6144 would pass 4096: made 2x
    assert max(fitted.images[0].width, fitted.images[0].height) == 4096
    assert any("asked for 3x, made 2x" in n for n in fitted.notes)
    refused = conv.respond("make it bigger")
    assert not refused.images and "the largest I make is 4096 px" in refused.reply


@pytest.mark.parametrize("text, action", [
    ("make it bigger so i can print it on a mug", Action.UPSCALE),  # a purpose is no second change
    ("make the whole thing larger and add fog", Action.EDIT),
    ("could it be bigger, with a pink sky", Action.EDIT),
])
def test_an_upscale_with_a_second_change_is_an_edit(text, action):
    assert route(text, CURRENT).action is action
