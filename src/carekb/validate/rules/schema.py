"""Every entry must match the JSON Schema of its type.

Each error points at the line and column of the offending key or list item and
says what is expected; for a choice between shapes (``oneOf``/``anyOf``) only
the most useful error is shown. Print a schema with ``carekb schema TYPE``;
editors with YAML schema support validate as you type.

Passing example (``kb/faqs/what-is-the-upper-back.yaml``, other fields omitted)::

    id: what-is-the-upper-back
    type: faq
    question: What is the upper back?

Failing example (``severity`` must be one of caution, warning, do-not)::

    id: move-gently
    type: precaution
    severity: dangerous
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from carekb import model
from carekb.model import Finding, Level
from carekb.schemas import schema_problems
from carekb.validate.context import RuleContext

ID = "schema"
LEVEL = Level.ERROR
OPTIONS: dict[str, Any] = {}
# Findings about an entry depend only on its own file (and the roster, the
# config and the date), so the engine may check entries in parallel.
LOCAL = True


def check(ctx: RuleContext) -> Iterator[Finding]:
    for entry in ctx.kb.entries:
        if entry.kind not in model.ENTRY_TYPES:
            yield ctx.at(
                entry.doc,
                ("type",),
                "cannot tell what type of entry this is: set 'type' to one of "
                f"{', '.join(model.ENTRY_TYPES)} and put the file in kb/<type folder>/",
                key=True,
                entry_id=entry.id,
            )
            continue
        for position, message in schema_problems(entry.doc, entry.kind):
            yield ctx.at_line(
                entry.path, position.line, position.column, message, entry_id=entry.id
            )
