"""No two entries may share an id.

Ids are how entries link to each other and how exports name their pages, so a
second entry with the same id would silently replace the first. Every file
that shares the id gets a finding naming the others, so linting any one of
them (``carekb lint examples/``) shows the clash.

Passing example: ``kb/techniques/cat-cow.yaml`` with ``id: cat-cow`` and
``kb/faqs/cat-cow-faq.yaml`` with ``id: cat-cow-faq``::

    id: cat-cow-faq

Failing example: ``kb/faqs/cat-cow.yaml`` also says::

    id: cat-cow
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from carekb.model import Finding, Level
from carekb.validate.context import RuleContext

ID = "duplicate-id"
LEVEL = Level.ERROR
OPTIONS: dict[str, Any] = {}


def check(ctx: RuleContext) -> Iterator[Finding]:
    for entry_id, entries in sorted(ctx.kb.by_id().items()):
        if len(entries) < 2:
            continue
        for entry in entries:
            if not ctx.wanted(entry.path):
                continue
            others = ", ".join(
                f"{other.path}:{other.doc.position(('id',)).line}"
                for other in sorted(entries, key=lambda e: e.path)
                if other is not entry
            )
            yield ctx.at(
                entry.doc,
                ("id",),
                f"id '{entry_id}' is also used by {others}: give each entry its own id "
                "(and file name)",
                entry_id=entry_id,
            )
