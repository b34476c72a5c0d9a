"""Another language read in English by the small LLM, and every check on its translation (own sentences, not the eval
sets'): a translation that swaps a colour, copies its examples, loses a number, a quote or a name is not used.

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest tests/test_translator.py -q
"""
import pytest

from chat.conversation import ChatSettings, Conversation
from chat.nopixels import NoPixelEngine
from chat.planner.explain import UNTRANSLATED
from chat.services import Services
from chat.translator import EXAMPLES, build_prompt, check_translation, translate
from chat.types import Action
from fakes import ScriptedLLM


def small_llm(*answers):
    """A fake base model (not a capable planner), answering translation prompts in order."""
    return ScriptedLLM(answers, is_instruct=False, name="small")


def session(llm):
    return Conversation(Services(llm=llm, engine=NoPixelEngine("sd-turbo")), ChatSettings(rng_seed=5))


# ------------------------------------------------------------------------------------------------------- the checks

def test_a_faithful_translation_passes():
    assert check_translation("dessine un renard roux dans un champ de blé", "draw a red fox in a wheat field") == []


def test_a_swapped_colour_is_caught_both_ways():
    problems = check_translation("pinta una bicicleta azul junto a un muro", "paint a green bicycle next to a wall")
    assert "the colour blue was lost" in problems and "the colour green was added" in problems


def test_words_copied_from_the_examples_are_caught():
    # "hat" and "yellow" are in the examples, not in the message
    problems = check_translation("zeichne eine Eule auf einem Ast", "draw an owl with a yellow hat on a branch")
    assert "'hat' was not in the message" in problems and "the colour yellow was added" in problems


def test_an_example_word_the_message_has_is_allowed():
    # German compounds carry the word at the end ("Segelboot": boat)
    assert check_translation("ein Segelboot im Hafen", "a sailboat in the harbor") == []


def test_a_lost_number_is_caught():
    assert "the number 3 was lost" in check_translation("dessine trois lapins dans un pré", "draw rabbits in a meadow")
    assert check_translation("dibuja 4 gatos", "draw four cats") == []


def test_quoted_text_and_names_must_survive():
    problems = check_translation('une affiche avec le texte "Chez Lulu" devant la gare de Lyon',
                                 'a poster with the text "At Lulu" in front of the station')
    assert "the quoted text 'Chez Lulu' was changed" in problems and "the name 'Lyon' was lost" in problems


def test_an_answer_still_in_the_language_or_of_the_wrong_length_is_refused():
    assert check_translation("un phare sur une jetée", "un phare sur une jetée la nuit") == \
        ["the translation is not in English"]
    assert check_translation("un phare sur une jetée", "") == ["the translation is empty"]
    rambling = "a lighthouse " * 20
    assert "words for" in check_translation("un phare sur une jetée", rambling)[0]


# --------------------------------------------------------------------------------------------------- asking the model

def test_english_is_not_translated_and_without_a_model_the_word_list_reads_what_it_knows():
    assert translate(small_llm("x"), "draw a lighthouse on a jetty") is None
    result = translate(None, "dessine un phare sur une estacade")
    assert result.ok and result.source == "dictionary" and result.text == "draw a lighthouse on an estacade"
    assert result.unknown == ["estacade"] and "kept as typed: estacade" in result.note()
    refused = translate(None, "dessine un tamanoir près du bigorneau")  # too few words the list knows
    assert not refused.ok and "the word list knows" in refused.problems[0]


def test_both_example_sets_are_asked_and_a_reading_that_fails_the_checks_is_not_used():
    llm = small_llm("Draw a red lighthouse on a jetty.", "Draw a lighthouse on a jetty.")
    result = translate(llm, "dessine un phare sur une estacade")
    assert result.ok and result.text == "Draw a lighthouse on a jetty."
    prompts = [prompt for method, prompt in llm.calls]
    assert prompts == [build_prompt("dessine un phare sur une estacade", "fr", 0),
                       build_prompt("dessine un phare sur une estacade", "fr", 1)]
    assert EXAMPLES[0][0][2] in prompts[0] and EXAMPLES[1][0][2] in prompts[1]


def test_two_readings_that_disagree_are_not_used():
    # a small model unsure of a word guesses differently with other examples (and the word list knows neither)
    result = translate(small_llm("Draw a platypus on a jetty.", "Draw a beaver on a jetty."),
                       "dessine un tamanoir sur une estacade")
    assert not result.ok and "the two readings disagree" in result.problems[0]


def test_of_two_readings_the_one_the_word_list_agrees_with_is_used():
    result = translate(small_llm("Draw a tower on a jetty.", "Draw a lighthouse on a jetty."),
                       "dessine un phare sur une estacade")
    assert result.ok and result.text == "Draw a lighthouse on a jetty." and result.source == "model+dictionary"
    assert "word list agrees with" in result.note()


def test_when_every_answer_fails_the_problems_are_kept():
    result = translate(small_llm("a pink tamanoir", "a pink tamanoir"), "dessine un tamanoir près du bigorneau")
    assert not result.ok and "the colour pink was added" in result.problems
    assert "was not used" in result.note()


def test_when_every_answer_fails_the_word_list_reads_what_it_knows():
    result = translate(small_llm("a pink phare", "a pink phare"), "dessine un phare sur une estacade")
    assert result.ok and result.source == "dictionary" and "lighthouse" in result.text
    assert "the colour pink was added" in result.note()  # why the model's reading was not used


def test_a_question_stays_a_question():
    result = translate(small_llm("what is the best light for portraits", "what is the best light for portraits"),
                       "quelle est la meilleure lumière pour les portraits ?")
    assert result.text == "what is the best light for portraits?"


def test_a_failing_model_leaves_the_words_as_typed():
    class Broken(ScriptedLLM):
        def complete(self, prompt, **kwargs):
            raise RuntimeError("out of memory")

    result = translate(Broken(is_instruct=False), "dessine un tamanoir près du bigorneau")
    assert not result.ok and result.problems == ["the model failed: RuntimeError"]


# ------------------------------------------------------------------------------------------------- in a conversation

def test_a_translated_request_is_drawn_in_english_and_the_reply_says_so():
    conv = session(small_llm(*["Draw a lighthouse on a cliff in a storm."] * 2))
    result = conv.respond("Dessine un phare sur une falaise pendant une tempête")
    assert result.action is Action.GENERATE and "lighthouse on a cliff" in result.prompt
    assert "phare" not in result.prompt and "lighthouse on a cliff" in result.reply
    assert any("translated from French" in n and "Dessine un phare" in n for n in result.notes)


def test_the_original_grammar_keeps_an_edit_an_edit():
    # "mets-le" (put it) is an edit of the picture on screen whatever the English says
    conv = session(small_llm(*["Draw a lighthouse on a cliff."] * 2, *["Put it under the snow."] * 2))
    conv.respond("Dessine un phare sur une falaise")
    result = conv.respond("Mets-le sous la neige")
    assert result.action is Action.EDIT and "lighthouse" in result.prompt and "snow" in result.prompt
    assert "neige" not in result.prompt


def test_a_refused_translation_draws_the_words_as_typed_and_says_so():
    conv = session(small_llm(*["draw a white owl and a kestrel in a barn"] * 2))
    result = conv.respond("dibuja una lechuza negra y un cernícalo en un henil")
    assert result.action is Action.GENERATE and "lechuza negra" in result.prompt
    assert result.reply.endswith(UNTRANSLATED)
    assert any("offline translation from Spanish was not used" in n and "black" in n for n in result.notes)


def test_a_chat_message_is_answered_as_typed():
    llm = small_llm("Thank you, it is lovely.", "Thank you, it is lovely.", "Merci !")
    result = session(llm).respond("merci, c'est très joli")
    assert result.action is Action.CHAT
    assert llm.calls[-1][0] == "chat_stream" and "merci, c'est très joli" in str(llm.calls[-1][1])


# -------------------------------------------------------------------------------------------- the real embedded model

@pytest.fixture(scope="module")
def gemma(embedded_llm):
    return embedded_llm


# own sentences, four a language, with the English words a faithful translation has
OWN_REQUESTS = [
    ("Dessine un vieux moulin au bord d'un canal", ("mill", "canal")),
    ("Je voudrais une photo d'un bol de soupe fumante", ("bowl", "soup")),
    ("Fais-moi un portrait d'une vieille dame qui sourit", ("portrait", "woman", "smil")),
    ("Ajoute des ballons rouges dans le ciel", ("balloon", "red", "sky")),
    ("Quiero una imagen de un tren rojo cruzando un puente", ("train", "red", "bridge")),
    ("Dibuja una tortuga nadando en el océano", ("turtle", "ocean")),
    ("Haz un cartel de un concierto de jazz", ("poster", "jazz")),
    ("Pon una luna llena sobre las montañas", ("moon", "mountain")),
    ("Zeichne einen Leuchtturm auf einer Klippe", ("lighthouse", "cliff")),
    ("Mach ein Bild von einer Katze auf einem Sofa", ("cat", "sofa")),
    ("Ich möchte ein Foto von einem roten Auto in der Wüste", ("red", "car", "desert")),
    ("Male einen Apfelbaum im Herbst", ("apple", "tree", "autumn")),
]


@pytest.mark.slow
def test_the_embedded_model_translates_most_short_requests(gemma):
    """Measured: how many of the own requests come back checked and with every key word (the rest stay as typed);
    on this machine 4 of 12, 5 more passed the checks with a word changed ("swamp" for "Wüste"), 3 were refused."""
    faithful, wrong = [], []
    for text, words in OWN_REQUESTS:
        result = translate(gemma, text)
        if result.ok and all(w in result.text.lower() for w in words):
            faithful.append(text)
        elif result.ok:
            wrong.append((text, result.text))  # passed the checks but lost a word: the checks can't see everything
    print(f"faithful {len(faithful)}/{len(OWN_REQUESTS)}, passed the checks but lost a word: {wrong}")
    assert len(faithful) >= 3


@pytest.mark.parametrize("original, english", [
    ("Dessine un arc-en-ciel sur la mer", "Draw a rainbow over the sea"),  # "rain" is an example word
    ("Dessine une libellule", "Draw a dragonfly"),
    ("Dibuja un jarrón roto", "Draw a broken vase"),  # German "rot" is no Spanish colour
    ("Rends-le deux fois plus grand", "Make it twice as big"),
    ("Zeichne mir bitte rote Rosen in einer Vase", "Please draw me red roses in a vase"),  # roses add no pink
    ("Dessine Londres sous la pluie", "Draw London in the rain"),  # a name may be translated
])
def test_good_translations_are_not_refused(original, english):
    assert check_translation(original, english) == []


def test_without_a_model_the_word_list_reading_is_drawn_and_the_reply_says_so():
    conv = session(None)
    result = conv.respond("dibuja un perro rojo en la nieve")
    assert result.action is Action.GENERATE and "red dog" in result.prompt and "perro" not in result.prompt
    assert "word by word" in result.reply and "dibuja un perro" in " ".join(result.notes)
    edit = conv.respond("ahora ponlo en el bosque")  # the original's grammar ("ponlo": put it) keeps it an edit
    assert edit.action is Action.EDIT and "forest" in edit.prompt and "dog" in edit.prompt
