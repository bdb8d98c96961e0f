"""Text that ``carekb new`` or ``carekb init`` wrote as a placeholder must be replaced.

A new entry comes with instructions where its text goes ("Write the first
step as an instruction to the reader."), and a new roster with an example
person. Until the author replaces them they are errors: an entry that still
holds one cannot be sent for review or approved, and the export leaves it
out even if it was approved before this rule existed. The placeholders are
read from carekb's own skeleton files (a value marked ``# placeholder``), so
this rule knows every placeholder ``carekb new`` writes, and no other text.

Passing example::

    steps:
      - Kneel on a mat with your hands under your shoulders.

Failing example (the step ``carekb new`` wrote, unchanged)::

    steps:
      - Write the first step as an instruction to the reader.  # placeholder
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from carekb.load import placeholders
from carekb.model import Finding, Level
from carekb.validate.context import RuleContext

ID = "placeholder-text"
LEVEL = Level.ERROR
OPTIONS: dict[str, Any] = {}
# Findings depend only on the file itself (and carekb's own skeletons).
LOCAL = True


def check(ctx: RuleContext) -> Iterator[Finding]:
    for entry in ctx.kb.entries:
        for path, text in placeholders.placeholders_in(entry.data):
            yield ctx.at(entry.doc, path, _message(text), entry_id=entry.id)
    roster = ctx.kb.people_doc
    if roster is not None and roster.ok:
        for path, text in placeholders.placeholders_in(roster.data):
            yield ctx.at(roster, path, _message(text))


def _message(text: str) -> str:
    return (
        f"placeholder text '{text}' is still here: replace it with your own; an entry "
        "holding a placeholder cannot be reviewed or exported"
    )
