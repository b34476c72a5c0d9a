"""Schema-valid JSON from an LLM: checking a schema, parsing and validating a reply, errors a caller falls back on.

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest tests/test_llm_structured.py -q

Both backends' ``chat_json(messages, schema, *, max_new_tokens, timeout_s) -> dict`` end here: the model's text is
only ever parsed with ``json.loads`` (never evaluated) and validated with ``jsonschema``. A reply that is late,
truncated, not JSON or not valid raises a ``StructuredOutputError`` whose ``reason`` the caller can log and show
("timeout", "truncated", "invalid", "unreachable", "failed") before it falls back to the rules.
"""
from __future__ import annotations

import json
from typing import Any, Optional, Sequence

TIMEOUT, TRUNCATED, INVALID, UNREACHABLE, FAILED = "timeout", "truncated", "invalid", "unreachable", "failed"
REASONS = (TIMEOUT, TRUNCATED, INVALID, UNREACHABLE, FAILED)
JSON_SYSTEM_HINT = "Answer with one JSON object only, no prose, that follows this JSON schema:\n{schema}"


class StructuredOutputError(RuntimeError):
    """No schema-valid JSON came back; ``reason`` is one of REASONS, ``text`` what the model wrote (maybe empty)."""

    def __init__(self, reason: str, message: str, *, text: str = "", seconds: Optional[float] = None):
        if reason not in REASONS:
            raise ValueError(f"reason must be one of {REASONS}, got {reason!r}")
        super().__init__(message)
        self.reason = reason
        self.text = text
        self.seconds = seconds


def check_schema(schema: Any) -> dict:
    """ValueError naming the problem unless ``schema`` is a valid JSON schema (draft 2020-12) of an object."""
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import SchemaError

    if not isinstance(schema, dict):
        raise ValueError(f"schema must be a dict (a JSON schema), got {type(schema).__name__}")
    if schema.get("type") != "object":
        raise ValueError(f"schema must describe an object (\"type\": \"object\"), got type={schema.get('type')!r}")
    try:
        Draft202012Validator.check_schema(schema)
    except SchemaError as error:
        raise ValueError(f"invalid JSON schema: {error.message}") from error
    return schema


def check_timeout(timeout_s: Any) -> float:
    if isinstance(timeout_s, bool) or not isinstance(timeout_s, (int, float)) or not 0 < timeout_s <= 600:
        raise ValueError(f"timeout_s must be a number of seconds in (0, 600], got {timeout_s!r}")
    return float(timeout_s)


def schema_errors(value: Any, schema: dict) -> list[str]:
    """Every way ``value`` breaks ``schema``, as short readable lines (empty: valid)."""
    from jsonschema import Draft202012Validator

    validator = Draft202012Validator(schema)
    return [f"{'/'.join(map(str, e.absolute_path)) or '(root)'}: {e.message}"
            for e in sorted(validator.iter_errors(value), key=lambda e: list(map(str, e.absolute_path)))]


def parse_json_reply(text: str, schema: dict, *, finished: bool = True, seconds: Optional[float] = None) -> dict:
    """The JSON object in ``text``, validated against ``schema``; StructuredOutputError otherwise.

    ``finished`` False means generation was cut off (token limit); the error then says "truncated".
    """
    stripped = text.strip()
    if stripped.startswith("```"):  # a server in json_object mode may still fence its answer
        stripped = stripped.strip("`").removeprefix("json").strip()
    try:
        value = json.loads(stripped)
    except ValueError as error:
        reason = INVALID if finished else TRUNCATED
        raise StructuredOutputError(reason, f"reply is not JSON ({error.msg} at {error.pos})",
                                    text=text, seconds=seconds) from None
    problems = schema_errors(value, schema)
    if problems:
        raise StructuredOutputError(INVALID, "reply breaks the schema: " + "; ".join(problems[:3]),
                                    text=text, seconds=seconds)
    return value


SMALL_RANGE = 64  # an integer range up to this many values is also spelled out as an enum for servers


def enforceable_schema(schema: Any) -> Any:
    """A copy of ``schema`` whose small integer ranges are also enums.

    Some servers' grammars (llama-cpp-python's JSON-schema converter) ignore ``minimum``/``maximum`` (and
    ``maxLength``: a bounded string can still run to the token limit there) but honour ``enum``. The reply is
    still validated against the original schema.
    """
    if isinstance(schema, list):
        return [enforceable_schema(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    out = {key: enforceable_schema(value) for key, value in schema.items()}
    low, high = out.get("minimum"), out.get("maximum")
    if (out.get("type") == "integer" and "enum" not in out and isinstance(low, int) and isinstance(high, int)
            and 0 <= high - low < SMALL_RANGE):
        out["enum"] = list(range(low, high + 1))
    return out


def with_schema_hint(messages: Sequence[dict], schema: dict) -> list[dict]:
    """``messages`` with the schema stated in the system message (for backends that can't enforce it)."""
    hint = JSON_SYSTEM_HINT.format(schema=json.dumps(schema, separators=(",", ":")))
    messages = [dict(m) for m in messages]
    if messages and messages[0].get("role") == "system":
        messages[0]["content"] = f"{messages[0]['content']}\n\n{hint}"
        return messages
    return [{"role": "system", "content": hint}] + messages
