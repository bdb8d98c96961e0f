r"""Characters that change how text looks or reads without showing it are not allowed.

A reviewer approves the text they see. Some characters make the text on the
screen differ from what it says:

- look-alikes: compatibility forms that Unicode's NFKC would replace, such as
  U+212A KELVIN SIGN for ``K``, U+FF4B FULLWIDTH LATIN SMALL LETTER K or the
  ligature U+FB01 for ``fi``.
  carekb reads every file in NFC, so a character NFC replaces is printed as
  the character it stands for, exactly as it was hashed; the others print as
  they are and may fool a reader, a search or a screen reader;
- bidirectional controls (U+202A to U+202E, U+2066 to U+2069, U+200E, U+200F,
  U+061C), which reorder how the text around them is shown, so that what a
  reviewer reads is not the order of the words (the "Trojan Source" attack);
- invisible characters: zero-width spaces and joiners, the word joiner, a
  byte-order mark inside the text, a soft hyphen.

The first such character on each line of the file (values, keys and comments
alike) is reported with its code point and name; so is one written as a YAML
escape (``"\u202e"``), at the value that holds it. Option ``allowed``:
characters that are fine in your content; by default the typographic ones
patient text often holds (no-break spaces, the ellipsis, simple fractions,
superscript digits, the trade mark sign). Add a zero-width joiner there if
your content needs one (some scripts and emoji do).

Passing example::

    title: Stretch for 30 seconds… then rest
    summary: Hold for ½ a minute.

Failing example (a Kelvin sign for the K, and a right-to-left override)::

    title: "\u212aeep your back straight"
    summary: "Stop if it hurts \u202e.ylbaraeb"
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from typing import Any

from carekb.model import Finding, Level, string_leaves
from carekb.validate.context import RuleContext

ID = "deceptive-characters"
LEVEL = Level.ERROR
OPTIONS: dict[str, Any] = {
    "allowed": [
        "\u00a0",  # no-break space
        "\u202f",  # narrow no-break space
        "\u2026",  # horizontal ellipsis
        "\u00bc",  # ¼
        "\u00bd",  # ½
        "\u00be",  # ¾
        "\u00b9",  # ¹
        "\u00b2",  # ²
        "\u00b3",  # ³
        "\u2122",  # ™
    ]
}
# Findings depend only on the file's own text.
LOCAL = True

_BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_INVISIBLE = frozenset("\u00ad\u180e\u200b\u200c\u200d\u2060\ufeff")


def check(ctx: RuleContext) -> Iterator[Finding]:
    allowed = frozenset(str(c) for c in ctx.options.get("allowed") or [])
    for doc in ctx.kb.documents:
        if doc.text.isascii() and "\\" not in doc.text:
            continue  # nearly every file: no such character, written or escaped
        reported: set[int] = set()
        for number, line in enumerate(doc.text.split("\n"), start=1):
            found = _first_suspect(line, allowed)
            if found is not None:
                reported.add(number)
                yield ctx.at_line(doc.path, number, found[0], found[1])
        for path, value in string_leaves(doc.data):
            found = _first_suspect(value, allowed)
            where = doc.position(path) if found is not None else None
            if found is not None and where is not None and where.line not in reported:
                reported.add(where.line)
                yield ctx.at(doc, path, f"{found[1]} (written as an escape)")


def _first_suspect(line: str, allowed: frozenset[str]) -> tuple[int, str] | None:
    """(1-based column, message) of the first suspicious character on ``line``."""
    if line.isascii():
        return None
    for index, char in enumerate(line):
        if char.isascii() or char in allowed:
            continue
        why = _why(char)
        if why:
            return index + 1, f"{_name(char)} {why}"
    return None


def _why(char: str) -> str:
    if char in _BIDI:
        return (
            "changes the order in which the text around it is shown, so readers do not see "
            "what it says: delete it"
        )
    if char in _INVISIBLE:
        return (
            "is invisible, but changes what the text is (to a search, a screen reader, a "
            "hash): delete it"
        )
    plain = unicodedata.normalize("NFKC", char)
    if plain == char:
        return ""
    if unicodedata.normalize("NFC", char) == plain:
        # Read, hashed and printed as the plain character already; the file still misleads.
        return f"is a look-alike of '{plain}' (carekb reads it as '{plain}'): type '{plain}'"
    return f"is a look-alike of '{plain}' and prints as itself: type '{plain}' instead"


def _name(char: str) -> str:
    return f"U+{ord(char):04X} {unicodedata.name(char, 'UNNAMED CHARACTER')}"
