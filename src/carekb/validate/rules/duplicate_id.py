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
    # Only the shared ids are sorted: a warm lint of a large knowledge base runs this
    # for one edited file, and most ids are not shared.
    shared = sorted(item for item in ctx.kb.by_id().items() if len(item[1]) > 1)
    for entry_id, entries in shared:
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
