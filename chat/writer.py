"""The prompt writer: the user's words lead the prompt verbatim; an LLM streams detail that fits this subject after
them, filtered and cut to the text encoder's budget; the rules' detail (chat/words/detail.py) when there is no LLM,
when it is too slow, or when nothing it wrote survives the filter.

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest tests/test_writer.py -q

``write_prompt(user_prompt, scene, llm, budget_s=..., on_text=...)`` -> ``WrittenPrompt(prompt, source, reason)``:
- ``user_prompt``: the user's request as typed (what the LLM reads; names and quoted text in it may be repeated);
- ``scene``: the parsed scene; its user parts (``render_prompt(scene, enrich=False)``) lead the prompt;
- ``llm``: a ``chat.seams.ChatLLM`` or None; ``budget_s``: after this the stream is stopped and the rules' version
  used (about 4 s on a CPU, 0.5 s on a GPU: ``default_budget``); ``on_text``: called with the prompt so far as the
  detail streams in (for the "Writing the prompt…" status);
- ``enrich=False`` (the rewrite toggle off): the user's words alone.
The filter drops any phrase with quoted text, a capitalised name, a person or text word the request didn't use,
something the user excluded, more than ``max_phrase_words`` words, a second lens, or nothing new. A base (not
instruct) model doesn't write: on 40 PartiPrompts the embedded Gemma 3 270M base model's detail fit its subject
less often than the rules' and mostly missed the 4 s budget (bench/results/rewrite-llm.json). Model output is only text here:
never parsed as code, never executed.
"""
from __future__ import annotations

import inspect
import re
import threading
import time
from dataclasses import dataclass, field
from typing import Callable, Optional

from chat.llm.stops import cut_at_stop
from chat.words.detail import CATEGORIES
from chat.words.scene import Scene, fit_additions, render_prompt

SOURCES = ("llm", "rules")
PEOPLE_WORDS = frozenset(
    "man men woman women girl girls boy boys person people child children kid kids baby figure figures crowd couple "
    "family lady gentleman model models bride groom worker workers player audience tourist tourists hiker hikers "
    "traveler traveller rider surfer swimmer runner walker stranger passerby passersby villager villagers monk nun "
    "silhouette silhouettes".split()) | frozenset(next(c for c in CATEGORIES if c.name == "person").keywords)
FUNCTION_WORDS = frozenset("a an the of in on at with and to for by from its their".split())
TEXT_WORDS = frozenset("text texts word words letter letters lettering caption captions title typography font sign "
                       "signs signature watermark logo logos label labels slogan quote writing written".split())
SYSTEM = ("You add visual detail to image prompts. Reply with one line of 5 to 8 short comma-separated phrases that "
          "fit this subject: setting, light, palette, composition, medium, lens. Do not repeat the request. Never add "
          "text, lettering, people, brands or names. Only the line, nothing else.")
EXAMPLES = (
    ("a red fox in the snow", "wildlife photograph, fresh powder snow, low winter sun, cool blue shadows, fox in "
                              "sharp focus, 300mm telephoto lens, shallow depth of field"),
    ("a bowl of ramen", "food photography, steaming broth, dark ceramic bowl, warm side light, overhead view, "
                        "rich umami tones, 50mm macro lens"),
    ("a lighthouse on a cliff, watercolor", "loose wet-on-wet washes, stormy sea below, soft grey-blue palette, "
                                            "dramatic sky, lighthouse beam glowing, textured paper"),
)
STOP = ("\n", "User:", "user:", "Request:", "<end_of_turn>", "<|im_end|>")


@dataclass
class WriterConfig:
    """How the LLM writes detail."""

    max_new_tokens: int = 48  # one line of phrases
    max_phrase_words: int = 8  # a longer "phrase" is a sentence or a story: dropped
    min_phrases: int = 2  # fewer surviving phrases: the rules' detail instead
    stop: tuple[str, ...] = STOP  # the line ends at the first of these
    base_models: bool = False  # let a base (not instruct) model write: measured worse than the rules (Gemma 3 270M)

    def check_inputs(self) -> None:
        if self.max_new_tokens < 1:
            raise ValueError(f"max_new_tokens must be >= 1, got {self.max_new_tokens}")
        if self.max_phrase_words < 1 or self.min_phrases < 0:
            raise ValueError(f"bad phrase limits: {self.max_phrase_words}, {self.min_phrases}")


@dataclass
class WrittenPrompt:
    """The positive prompt and who wrote its detail ("llm" or "rules"), with why when the rules did."""

    prompt: str
    source: str  # "llm" | "rules"
    reason: str  # "LLM detail" / "no LLM" / "time budget 4.0 s ran out" / "rewrite off" / ...
    additions: list[str] = field(default_factory=list)  # the detail after the user's words
    seconds: float = 0.0
    first_text_s: Optional[float] = None  # when the first streamed detail arrived (LLM only)


def default_budget(llm) -> float:
    """About 4 s on a CPU, 0.5 s on a GPU."""
    return 0.5 if str(getattr(llm, "device", "cpu")).startswith("cuda") else 4.0


def messages_for(user_prompt: str, lead: str) -> list[dict]:
    """A system line, three worked examples, then the request (the user's words as typed, and as they lead)."""
    messages = [{"role": "system", "content": SYSTEM}]
    for request, reply in EXAMPLES:
        messages += [{"role": "user", "content": request}, {"role": "assistant", "content": reply}]
    request = lead if user_prompt.strip().lower() == lead.lower() else f"{lead} (asked as: {user_prompt.strip()})"
    return messages + [{"role": "user", "content": request}]


def _words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-z][\w'-]*", text)}


def _allowed(phrase: str, said: str, request_words: set[str], excluded: set[str], cfg: WriterConfig) -> bool:
    words = re.findall(r"[A-Za-z][\w'-]*", phrase)
    low = {w.lower() for w in words}
    if not words or len(words) > cfg.max_phrase_words or re.search(r"[\"“”«»]|(?<!\w)'|'(?!\w)", phrase):
        return False
    if any(w[0].isupper() and w.lower() not in request_words for w in words):
        return False  # a name or brand the user didn't write
    if (low & (PEOPLE_WORDS | TEXT_WORDS)) - request_words or low & excluded:
        return False
    return not (low - FUNCTION_WORDS) <= _words(said)  # says nothing new


def filter_detail(text: str, lead: str, user_prompt: str, scene: Scene, cfg: WriterConfig) -> list[str]:
    """The LLM's line -> phrases that add only how the picture looks, each new, none repeated."""
    request_words = _words(user_prompt) | _words(lead)
    excluded = set().union(*(_words(n) for n in scene.negatives)) if scene.negatives else set()
    kept: list[str] = []
    for raw in re.split(r"[,;]|\s+-\s+", text):
        phrase = re.sub(r"\s+", " ", raw).strip(" .*-•\t")
        lens = _LENS.search(phrase) and any(_LENS.search(k) for k in [lead, *kept])
        if phrase and not lens and _allowed(phrase, ", ".join([lead, *kept]), request_words, excluded, cfg):
            kept.append(phrase)
    return kept


_LENS = re.compile(r"\b(?:\d+\s?mm|lens)\b", re.I)  # one lens per prompt ("100mm macro lens, 300mm telephoto lens")


def _supports_stop(llm) -> bool:
    try:
        return "stop" in inspect.signature(llm.chat_stream).parameters
    except (TypeError, ValueError):
        return False


def _stream_detail(llm, messages: list[dict], lead: str, budget_s: float, on_text, cfg: WriterConfig):
    """(text, timed_out, first_text_s): the LLM's line, streamed until a stop string or the time budget."""
    stop_event = threading.Event()
    timer = threading.Timer(budget_s, stop_event.set)
    timer.daemon = True
    kwargs = {"stop": cfg.stop} if _supports_stop(llm) else {}
    start, first, text = time.perf_counter(), None, ""
    timer.start()
    try:
        for chunk in llm.chat_stream(messages, max_new_tokens=cfg.max_new_tokens, stop_event=stop_event, **kwargs):
            text += chunk
            text, stopped = cut_at_stop(text, cfg.stop)
            if first is None and text.strip():
                first = time.perf_counter() - start
            if on_text is not None and text.strip():
                on_text(f"{lead}, {text.strip()}")
            if stopped or stop_event.is_set():
                break
    finally:
        timer.cancel()
    return text, stop_event.is_set(), first


def write_prompt(user_prompt: str, scene: Scene, llm=None, *, budget_s: float = 4.0,
                 on_text: Optional[Callable[[str], None]] = None, family: str = "sd", token_limit: int = 77,
                 enrich: bool = True, config: Optional[WriterConfig] = None) -> WrittenPrompt:
    """The prompt for ``scene``: the user's words, then the LLM's detail (or the rules' when it can't)."""
    cfg = config or WriterConfig()
    cfg.check_inputs()
    if budget_s <= 0:
        raise ValueError(f"budget_s must be > 0, got {budget_s}")
    start = time.perf_counter()
    lead = render_prompt(scene, family, enrich=False)

    def rules(reason: str, first: Optional[float] = None) -> WrittenPrompt:
        prompt = render_prompt(scene, family, token_limit=token_limit)
        return WrittenPrompt(prompt, "rules", reason, _after(prompt, lead), time.perf_counter() - start, first)

    if not enrich:
        return WrittenPrompt(lead, "rules", "rewrite off", [], time.perf_counter() - start)
    if llm is None:
        return rules("no LLM")
    if not getattr(llm, "is_instruct", True) and not cfg.base_models:
        return rules("base model: the rules' detail fits better (bench/rewrite.py)")
    try:
        text, timed_out, first = _stream_detail(llm, messages_for(user_prompt, lead), lead, budget_s, on_text, cfg)
    except Exception as err:  # noqa: BLE001 -- a failing LLM never costs the picture: the rules write it
        return rules(f"LLM failed ({type(err).__name__}: {err})")
    if timed_out:
        return rules(f"time budget {budget_s:g} s ran out", first)
    phrases = filter_detail(text, lead, user_prompt, scene, cfg)
    if len(phrases) < cfg.min_phrases:
        return rules(f"LLM detail unusable ({len(phrases)} phrases passed the filter)", first)
    added = fit_additions([lead] if lead else [], phrases, token_limit)
    prompt = ", ".join([p for p in (lead,) if p] + added)
    return WrittenPrompt(prompt, "llm", "LLM detail", added, time.perf_counter() - start, first)


def _after(prompt: str, lead: str) -> list[str]:
    rest = prompt[len(lead):] if prompt.startswith(lead) else prompt
    return [p.strip() for p in rest.split(",") if p.strip()]
