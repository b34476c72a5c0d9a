"""The rules check every plan: the user's words kept, negatives out of the prompt, the target real, pronouns
pointing at the current picture, instructions talk left as talk.

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest tests/test_guard.py -q

``check_plan`` returns the problems it found (empty: the plan passes); a failing LLM plan is replaced by the rules'
plan and the problems go into the turn's notes (Details).
"""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from typing import Optional

from chat.capabilities import asks_to_do_lacking
from chat.plan import SlotOpKind, TurnPlan
from chat.planner.apply import edit_plan, new_scene
from chat.types import Action
from chat.words import lexicon
from chat.words.keep import keep_user_words
from chat.words.language import detect_language
from chat.words.negatives import extract_negatives
from chat.words.typos import correct_typos
from chat.words.normalize import is_social
from chat.words.route_patterns import META_TALK
from chat.words.scene import Scene, user_parts

TYPO_CUTOFF = 0.75  # difflib ratio at which a missing word counts as a misspelling of a kept one
# request and edit verbs: a misspelt one ("drw", "mak", "genrate") is no content word
COMMAND_WORDS = frozenset(w for w in (*lexicon.REQUEST_VERBS, *lexicon.EDIT_VERBS, *lexicon.DRAW_VERBS, "picture",
                                      "image", "photo", "please", "make", "more", "some") if " " not in w)
PICTURE_ACTIONS = (Action.EDIT, Action.VARIATIONS, Action.UPSCALE, Action.DESCRIBE)
# "make him smile", "give her a hat", "put them on a beach": a pronoun that can only mean the picture on screen
_REFERS = re.compile(r"\b(?:him|her|them|it|this|that|he|she|they|his|its|their)\b", re.I)
# pronouns for the picture and vague place/thing words: no content a plan must carry
_PRONOUNS = re.compile(r"\b(?:him|her|them|he|she|they|his|hers|their|theirs|somewhere|elsewhere|anywhere|"
                       r"something|anything|else|other|place)\b", re.I)
# words that point at another image than the current one ("the first one", "#2", "the original")
_PICK = re.compile(r"\b(?:first|second|third|fourth|last|previous|earlier|original|other|older|one|#\d|\d+(?:st|nd|rd|th)|"
                   r"img-\d+|upload-\d+)\b", re.I)
_NEW_CUE = re.compile(r"\b(?:new|another|different|else|fresh|instead|start\s+over|from\s+scratch)\b", re.I)
_PRONOUN_EDIT = re.compile(r"^(?:(?:ok(?:ay)?|now|please|and|so|can\s+you|could\s+you)[,\s]+)*(?:make|give|put|let|"
                           r"have|dress|turn|change|show)\s+(?:him|her|them)\b|^(?:(?:hmm+|ok(?:ay)?|so|and|or)[,\s]+)*(?:what|how)\s+"
                           r"about\s+(?:him|her|them)\s+(?:in|on|at|with|as|wearing|under|inside|by|near|holding)\b",
                           re.I)  # ("what about them in a bathtub instead")

@dataclass
class GuardContext:
    """What the checks need besides the plan."""

    text: str  # the message as typed
    image_ids: list[str] = field(default_factory=list)  # every image of the session
    current_id: Optional[str] = None
    has_upload: bool = False
    scene: Scene = field(default_factory=Scene)  # the current picture's scene ("" subject when none)
    rules_action: Optional[Action] = None  # what the rules read the message as
    request_text: str = ""  # the request sentence the rules acted on ("" -> text): a context sentence is no content


def looks_foreign(text: str) -> bool:
    """Clearly another language ("un chat sur la plage"): ``chat.words.language.detect_language``."""
    return detect_language(text) is not None


def refers_to_current(text: str) -> bool:
    """A pronoun for the picture on screen, and no word asking for a new one."""
    return bool(_REFERS.search(text)) and not _NEW_CUE.search(text)


def pronoun_edit(text: str) -> bool:
    """"make him smile" / "give her a red hat": a change to the person on screen, whatever else the words say."""
    return bool(_PRONOUN_EDIT.match(text.strip()) or _PRONOUN_EDIT.match(correct_typos(text.strip())))  # ("waht about them …")


def _positive_text(plan: TurnPlan) -> str:
    return " ".join(op.value for op in plan.ops if op.op is not SlotOpKind.REMOVE).lower()


def _has_phrase(text: str, phrase: str) -> bool:
    return bool(phrase) and re.search(r"\b" + re.escape(phrase.lower()) + r"\b", text) is not None


def _check_target(plan: TurnPlan, ctx: GuardContext) -> list[str]:
    problems = []
    if plan.target and plan.target not in ctx.image_ids:
        problems.append(f"the plan's target image {plan.target!r} does not exist")
    if plan.action in PICTURE_ACTIONS and ctx.current_id is None and not ctx.has_upload:
        problems.append(f"{plan.action.value} needs a picture, and there is none yet")
    if plan.action is Action.REVERT and not ctx.image_ids:
        problems.append("revert needs an earlier picture, and there is none")
    return problems


def _check_reference(plan: TurnPlan, ctx: GuardContext) -> list[str]:
    """"it/this/him/her/them" is the picture on screen: an edit of it, not a new picture nor another image."""
    if ctx.current_id is None:
        return []
    if plan.target and plan.target != ctx.current_id and plan.action is not Action.REVERT \
            and refers_to_current(ctx.text) and not _PICK.search(ctx.text):
        pronoun = _REFERS.search(ctx.text).group(0)
        return [f"{pronoun!r} means the current picture ({ctx.current_id}), not {plan.target}"]
    if plan.action is not Action.GENERATE:
        return []
    if pronoun_edit(ctx.text) or (refers_to_current(ctx.text) and ctx.rules_action is Action.EDIT):
        pronoun = _REFERS.search(ctx.text).group(0)
        return [f"{pronoun!r} refers to the current picture, but the plan draws a new one"]
    return []


def _check_negatives(plan: TurnPlan, ctx: GuardContext) -> list[str]:
    _, asked = extract_negatives(ctx.text)
    positive = _positive_text(plan)
    return [f"{neg!r} was excluded but is in the positive prompt"
            for neg in dict.fromkeys([*asked, *plan.negatives]) if _has_phrase(positive, neg)]


def _scene_after(plan: TurnPlan, ctx: GuardContext) -> Scene:
    return new_scene(plan) if plan.action is Action.GENERATE else edit_plan(ctx.scene, plan).scene


def _check_words(plan: TurnPlan, ctx: GuardContext) -> list[str]:
    """The user's content words are in the scene the plan makes (for another language: the plan is in English)."""
    if plan.action not in (Action.GENERATE, Action.EDIT):
        return []
    if not plan.ops and not plan.negatives and not plan.aspect:
        return ["the plan changes nothing the message asks for"]
    scene = _scene_after(plan, ctx)
    if looks_foreign(ctx.text):
        words = " ".join(user_parts(scene))
        return ["the plan kept the untranslated words"] if looks_foreign(words) else []
    # "give him a smile": "him" is the picture; "the first one": which picture; neither is a word to draw
    words = _PICK.sub(" ", _PRONOUNS.sub(" ", ctx.request_text or ctx.text))
    missing = keep_user_words(scene.copy(), words, aspect=plan.aspect, count=plan.count)
    have = re.findall(r"[\w'-]+", " ".join(user_parts(scene) + scene.negatives).lower()) + list(COMMAND_WORDS)
    lost = [w for phrase in missing for w in re.findall(r"[\w'-]+", phrase) if not _typo_of(w.lower(), have)]
    return [f"the plan dropped the user's words: {', '.join(repr(w) for w in lost)}"] if lost else []


def _typo_of(word: str, known: list[str]) -> bool:
    """A misspelling the plan fixed ("pumkin" -> "pumpkin", "genrate" -> a command word), or not content at all."""
    if word in lexicon.STOPWORDS:
        return True
    return len(word) >= 3 and bool(difflib.get_close_matches(word, known, n=1, cutoff=TYPO_CUTOFF))


def _check_instructions(plan: TurnPlan, ctx: GuardContext) -> list[str]:
    """Instructions talk, greetings and requests for what Easel can't do are chat turns, whatever the plan says."""
    if META_TALK.search(ctx.text.lower()) and plan.action is not Action.CHAT:
        return ["talk about the assistant's instructions stays a chat answer"]
    if is_social(ctx.text) and plan.action is not Action.CHAT:
        return ["a greeting or thanks is a chat turn, not a picture"]
    lack = asks_to_do_lacking(ctx.text)
    if lack is not None and plan.action is not Action.CHAT:
        return [f"the message asks for {lack.name}, which Easel can't do: a chat answer, not a picture"]
    return []


CHECKS = (_check_target, _check_reference, _check_instructions, _check_negatives, _check_words)


def check_plan(plan: TurnPlan, ctx: GuardContext) -> list[str]:
    """Every problem with the plan (empty: it passes)."""
    problems: list[str] = []
    for check in CHECKS:
        problems.extend(check(plan, ctx))
    return problems
