r"""Text is written in Unicode's composed form (NFC).

The same letter can be stored two ways: "é" as one character, or as "e"
followed by a combining accent. carekb reads every file in the composed form
(NFC), so content hashes, searches and exports agree, but the file itself
may still hold the other one, which some tools, diffs and searches treat as
different text. ``carekb lint --fix`` rewrites such lines in the composed
form: carekb reads them exactly the same before and after, so no approval is
affected (the ``review:`` block is never touched).

Passing example (one character, U+00E9)::

    title: Café stretches

Failing example (an "e" and U+0301 COMBINING ACUTE ACCENT)::

    title: Cafe\u0301 stretches
"""

from __future__ import annotations

import dataclasses
import unicodedata
from collections.abc import Iterator
from typing import Any

from carekb.load.writer import review_line_span
from carekb.model import Finding, Fix, Level
from carekb.validate.context import RuleContext

ID = "unicode-normalisation"
LEVEL = Level.WARNING
OPTIONS: dict[str, Any] = {}
# Findings about a file depend only on that file.
LOCAL = True


def check(ctx: RuleContext) -> Iterator[Finding]:
    for entry in ctx.kb.entries:
        text = entry.doc.text
        if text.isascii() or unicodedata.is_normalized("NFC", text):
            continue
        review = review_line_span(text)
        for index, raw in enumerate(text.split("\n")):
            line = raw.rstrip("\r")
            composed = unicodedata.normalize("NFC", line)
            if composed == line:
                continue
            begin, end = _changed_span(line, composed)
            written, wanted = line[begin:end], unicodedata.normalize("NFC", line[begin:end])
            codes = " ".join(f"U+{ord(ch):04X}" for ch in written)
            finding = ctx.at_line(
                entry.doc.path,
                index + 1,
                begin + 1,
                f"'{written}' ({codes}) is not in Unicode's composed form (NFC): write "
                f"'{wanted}' (U+{' U+'.join(f'{ord(ch):04X}' for ch in wanted)}), as carekb "
                "reads it",
                entry_id=entry.id,
            )
            fix = None if index in review else Fix(wanted, safe=True)
            yield dataclasses.replace(finding, end_line=index + 1, end_column=end + 1, fix=fix)


def _changed_span(line: str, composed: str) -> tuple[int, int]:
    """The columns (0-based, end exclusive) of ``line`` that NFC changes.

    Widened to whole characters (a base and its combining marks), so that
    composing just that span gives the line's NFC; the whole line otherwise.
    """
    begin = 0
    while begin < min(len(line), len(composed)) and line[begin] == composed[begin]:
        begin += 1
    tail = 0
    while tail < min(len(line), len(composed)) - begin and line[-1 - tail] == composed[-1 - tail]:
        tail += 1
    end = len(line) - tail
    while begin > 0 and (unicodedata.combining(line[begin]) if begin < len(line) else False):
        begin -= 1  # back to the base character the marks belong to
    while end < len(line) and unicodedata.combining(line[end]):
        end += 1
    if line[:begin] + unicodedata.normalize("NFC", line[begin:end]) + line[end:] != composed:
        return 0, len(line)
    return begin, end
