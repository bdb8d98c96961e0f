"""Lines do not end in spaces or tabs.

Trailing whitespace is invisible in an editor but shows in every diff a
reviewer reads, and an editor that strips it on save turns one real change
into many. ``carekb lint --fix`` removes it wherever that leaves the entry
reading exactly the same (everywhere but inside a ``|`` or ``>`` block, where
a trailing space is part of the text: there it is reported for you to judge),
and never inside the ``review:`` block, which only ``carekb review`` writes.

Passing example::

    title: Cat-cow stretch
    summary: A gentle movement.

Failing example (spaces after "stretch")::

    title: Cat-cow stretch···
    summary: A gentle movement.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import Any

from carekb.load.reader import load_bytes
from carekb.load.writer import review_line_span
from carekb.model import Document, Finding, Fix, Level
from carekb.validate.context import RuleContext

ID = "trailing-whitespace"
LEVEL = Level.WARNING
OPTIONS: dict[str, Any] = {}
# Findings about a file depend only on that file.
LOCAL = True


def check(ctx: RuleContext) -> Iterator[Finding]:
    for entry in ctx.kb.entries:
        yield from _check_document(ctx, entry.doc, entry.id)


def _check_document(ctx: RuleContext, doc: Document, entry_id: str) -> Iterator[Finding]:
    lines = doc.text.split("\n")
    spotted = [
        i for i, line in enumerate(lines) if line.rstrip("\r") != line.rstrip("\r").rstrip(" \t")
    ]
    if not spotted:
        return
    review = review_line_span(doc.text)
    safe = _safe_lines(doc, lines, [i for i in spotted if i not in review])
    for index in spotted:
        body = lines[index].rstrip("\r")
        kept = len(body.rstrip(" \t"))
        finding = ctx.at_line(
            doc.path,
            index + 1,
            kept + 1,
            f"{len(body) - kept} trailing space or tab character(s): remove them",
            entry_id=entry_id,
        )
        fix = Fix("", safe=True) if index in safe else None
        yield dataclasses.replace(finding, end_line=index + 1, end_column=len(body) + 1, fix=fix)


def _safe_lines(doc: Document, lines: list[str], candidates: list[int]) -> set[int]:
    """Of ``candidates``, the lines whose trailing whitespace can go without changing the data."""
    if not candidates or not doc.ok:
        return set()
    if _same_data(doc, _stripped(lines, candidates)):
        return set(candidates)  # the usual case: one check for the whole file
    return {i for i in candidates if _same_data(doc, _stripped(lines, [i]))}


def _stripped(lines: list[str], indices: list[int]) -> str:
    out = list(lines)
    for index in indices:
        ending = "\r" if out[index].endswith("\r") else ""
        out[index] = out[index].rstrip("\r").rstrip(" \t") + ending
    return "\n".join(out)


def _same_data(doc: Document, text: str) -> bool:
    after = load_bytes(text.encode("utf-8"), doc.path)
    return after.ok and after.data == doc.data
