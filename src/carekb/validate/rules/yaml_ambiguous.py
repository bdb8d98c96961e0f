"""Text that other YAML tools would read as true, false or a date must be quoted.

carekb reads YAML 1.2, where an unquoted ``yes``, ``no``, ``on`` or ``off``
is text, and keeps an unquoted date in a text field as the text written. Many
other tools (PyYAML, static site generators, older editors) read YAML 1.1,
where the same words are the booleans true and false and the same dates are
date objects. Quoting the value makes every tool read the text the author
meant; carekb reads it the same either way, so quoting never changes an
approval. Dates in date fields (``next_review``, ``accessed``) are fine as they
are. A ``%YAML 1.1`` directive, which would switch carekb to the old reading,
is refused by yaml-syntax.

Passing example::

    language: "no"
    title: "Yes, you can stretch at work"
    summary: '2024-05-01'

Failing example (``no`` is false, and the summary a date, to a YAML 1.1 tool)::

    language: no
    summary: 2024-05-01
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from carekb.entries import string_values
from carekb.model import Document, Finding, Fix, JsonPath, Level, string_leaves
from carekb.validate import fields
from carekb.validate.context import RuleContext

ID = "yaml-ambiguous"
LEVEL = Level.WARNING
OPTIONS: dict[str, Any] = {}
# Findings about a file depend only on that file, so the engine may check
# entries in parallel (see carekb.validate.parallel).
LOCAL = True

# YAML 1.1 timestamps: a date, optionally with a time.
_YAML11_DATE = re.compile(r"^\d{4}-\d{1,2}-\d{1,2}(?:(?:[Tt]|[ \t]+)\d{1,2}:\d\d:\d\d\S*.*)?$")
# PyYAML's YAML 1.1 booleans that YAML 1.2 reads as text (true/false are booleans in both).
_WORDS = frozenset(("yes", "Yes", "YES", "no", "No", "NO", "on", "On", "ON", "off", "Off", "OFF"))
_TRUE = frozenset(("yes", "Yes", "YES", "on", "On", "ON"))


def check(ctx: RuleContext) -> Iterator[Finding]:
    for doc in ctx.kb.documents:
        if not doc.ok:
            continue
        for path, value, reading in _candidates(doc):
            if _is_plain(doc, path):
                written = _written_on_one_line(doc, path, value)
                yield ctx.at(
                    doc,
                    path,
                    f"unquoted '{value}' is text to carekb (YAML 1.2) but {reading} to YAML "
                    f'1.1 tools: write it in quotes ("{value}") so every tool reads the same '
                    "text",
                    length=len(value) if written else None,
                    fix=_quoted(value) if written and path[:1] != ("review",) else None,
                )


def _written_on_one_line(doc: Document, path: JsonPath, value: str) -> bool:
    """Whether the plain scalar at ``path`` is exactly ``value``, on its line.

    Only then is its span known and quoting it a mechanical repair (a plain
    scalar folded over lines, or one NFC changed, is left to the author).
    """
    where = doc.value_positions[path]
    line = doc.text.split("\n")[where.line - 1].rstrip("\r")
    start = where.column - 1
    after = line[start + len(value) :]
    return line[start : start + len(value)] == value and (not after or after[0] in " #")


def _quoted(value: str) -> Fix:
    # Double quotes with JSON escapes are valid YAML for any of these values,
    # and read back as the very same text, so quoting cannot change an approval.
    return Fix(replacement=json.dumps(value, ensure_ascii=False), safe=True)


def _candidates(doc: Document) -> list[tuple[JsonPath, str, str]]:
    """(path, value, what YAML 1.1 reads) of the strings that may have been written plain.

    Linting must stay fast on thousands of files: a walk without paths finds
    the rare file with such a word, and only that file is walked with paths.
    """
    found: list[tuple[JsonPath, str, str]] = []
    if not _WORDS.isdisjoint(string_values(doc.data)):
        for path, value in string_leaves(doc.data):
            if value in _WORDS:
                found.append((path, value, "true" if value in _TRUE else "false"))
    for pattern in fields.TEXT_FIELDS:
        for path, value in _text(doc.data, pattern, ()):
            if value[:1].isdigit() and _YAML11_DATE.match(value):
                found.append((path, value, "a date"))
    return found


def _text(node: Any, pattern: tuple[str, ...], path: JsonPath) -> Iterator[tuple[JsonPath, str]]:
    """(path, text) of each string at ``pattern`` (``*``: every list item)."""
    if not pattern:
        if isinstance(node, str):
            yield path, node
        return
    head, rest = pattern[0], pattern[1:]
    if head == "*":
        for index, item in enumerate(node if isinstance(node, list) else []):
            yield from _text(item, rest, (*path, index))
    elif isinstance(node, dict) and head in node:
        yield from _text(node[head], rest, (*path, head))


def _is_plain(doc: Document, path: JsonPath) -> bool:
    """Whether the value at ``path`` is written without quotes (a plain scalar)."""
    if path not in doc.value_positions:
        return False
    where = doc.value_positions[path]
    lines = doc.text.split("\n")
    if where.line > len(lines):
        return False
    line = lines[where.line - 1]
    first = line[where.column - 1 : where.column]
    # Quoted ('...', "...") and block (|, >) scalars are always text in every YAML version.
    return first not in ("'", '"', "|", ">", "")
