"""Write the same data as YAML in many different styles, for the property tests.

Every choice (key order, quoting, block or flow lists, how far a list is
indented, literal or folded blocks, comments) is drawn from a Hypothesis
``draw`` function, and none of them changes what the text means: the tests
check that by loading the text back with carekb's careful reader.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from functools import cache
from typing import Any

from hypothesis import strategies as st

from carekb.load.reader import load_bytes

Draw = Callable[[st.SearchStrategy[Any]], Any]

_COMMENTS = st.sampled_from(
    ["# checked", "# TODO: ask the physio", "#", "# ÜNICODE ✓", "# review: approved?"]
)
# Escaped inside double quotes: YAML reads these differently from JSON.
_ESCAPE_IN_QUOTES = re.compile("[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]")


@cache
def _reads_back(text: str) -> bool:
    """Whether ``k: <text>`` (plain) loads as exactly the string ``text``."""
    doc = load_bytes(f"k: {text}\n".encode(), "style.yaml", careful=True)
    return doc.ok and doc.data == {"k": text}


def double_quoted(text: str) -> str:
    quoted = json.dumps(text, ensure_ascii=False)
    return _ESCAPE_IN_QUOTES.sub(lambda m: f"\\u{ord(m.group()):04x}", quoted)


def _printable(text: str) -> bool:
    return all(ch == "\n" or (ch.isprintable() and ch not in "\ufeff") for ch in text)


def scalar(value: Any, draw: Draw, indent: int) -> list[str]:
    """``value`` as the rest of a ``key:`` line, plus any block lines after it."""
    if value is None:
        return [draw(st.sampled_from(["null", "~", "Null"]))]
    if isinstance(value, bool):
        return [draw(st.sampled_from(["true", "True", "TRUE"] if value else ["false", "False"]))]
    if isinstance(value, int | float):
        return [json.dumps(value)]
    text = str(value)
    styles = ["double"]
    if "\n" not in text and text == text.strip() and _printable(text) and text:
        styles.append("single")
        if _reads_back(text):
            styles.append("plain")
        if "  " not in text and " " in text and not text.startswith(("#", "-", "?", ":")):
            styles.append("folded")
    if _literal_ok(text):
        styles.append("literal")
    style = draw(st.sampled_from(styles))
    pad = " " * (indent + 2)
    if style == "plain":
        return [text]
    if style == "single":
        return ["'" + text.replace("'", "''") + "'"]
    if style == "folded":
        words = text.split(" ")
        lines, current = [], words[0]
        for word in words[1:]:
            if draw(st.booleans()) and current and word:
                lines.append(current)
                current = word
            else:
                current += " " + word
        lines.append(current)
        return [">-", *(pad + line for line in lines)]
    if style == "literal":
        body = text[:-1] if text.endswith("\n") else text
        header = "|" if text.endswith("\n") else "|-"
        return [header, *((pad + line) if line else "" for line in body.split("\n"))]
    return [double_quoted(text)]


def _literal_ok(text: str) -> bool:
    if not text or not _printable(text) or text.endswith("\n\n") or text.startswith("\n"):
        return False
    lines = (text[:-1] if text.endswith("\n") else text).split("\n")
    if lines[0].startswith(" ") or not lines[0]:
        return False
    # Trailing spaces and blank last lines are kept by '|' but easy to get wrong: skip them.
    return all(line == line.rstrip() for line in lines) and bool(lines[-1])


def emit(data: dict[str, Any], draw: Draw) -> str:
    """``data`` (a mapping) as a YAML document in styles drawn from ``draw``."""
    lines: list[str] = []
    if draw(st.booleans()):
        lines.append(draw(_COMMENTS))
    _mapping(data, draw, 0, lines, first_prefix=None)
    if draw(st.booleans()):
        lines.append(draw(_COMMENTS))
    return "\n".join(lines) + "\n"


def _ordered(mapping: dict[str, Any], draw: Draw) -> list[str]:
    keys = list(mapping)
    if len(keys) > 1 and draw(st.booleans()):
        keys = draw(st.permutations(keys))
    return keys


def _mapping(
    mapping: dict[str, Any], draw: Draw, indent: int, lines: list[str], first_prefix: str | None
) -> None:
    """Block mapping lines at ``indent``; the first line may start with ``first_prefix`` ("- ")."""
    pad = " " * indent
    for number, key in enumerate(_ordered(mapping, draw)):
        lead = first_prefix if (number == 0 and first_prefix is not None) else pad
        if number > 0 and draw(st.integers(0, 5)) == 0:
            lines.append(pad + draw(_COMMENTS))
        value = mapping[key]
        name = key if _reads_back(key) and ":" not in key else double_quoted(key)
        if isinstance(value, dict) and value:
            lines.append(f"{lead}{name}:")
            _mapping(value, draw, indent + 2, lines, first_prefix=None)
        elif isinstance(value, list) and value:
            _sequence(value, draw, indent, lines, f"{lead}{name}:")
        elif isinstance(value, dict | list):
            lines.append(f"{lead}{name}: {'{}' if isinstance(value, dict) else '[]'}")
        else:
            head, *rest = scalar(value, draw, indent)
            comment = ""
            if not rest and draw(st.integers(0, 6)) == 0:
                comment = "  " + draw(_COMMENTS)
            lines.append(f"{lead}{name}: {head}{comment}")
            lines.extend(rest)


def _sequence(items: list[Any], draw: Draw, indent: int, lines: list[str], head: str) -> None:
    scalars = all(not isinstance(item, dict | list) for item in items)
    if scalars and draw(st.integers(0, 3)) == 0:
        flow = ", ".join(
            double_quoted(item) if isinstance(item, str) else scalar(item, draw, 0)[0]
            for item in items
        )
        lines.append(f"{head} [{flow}]")
        return
    lines.append(head)
    # A list under a key may start at the key's column or be indented.
    dash = indent + draw(st.sampled_from([0, 2, 4]))
    pad = " " * dash
    for item in items:
        if isinstance(item, dict) and item:
            _mapping(item, draw, dash + 2, lines, first_prefix=pad + "- ")
        elif isinstance(item, list):
            raise ValueError("nested lists do not occur in entries")
        else:
            first, *rest = scalar(item, draw, dash)
            lines.append(f"{pad}- {first}")
            lines.extend(rest)
