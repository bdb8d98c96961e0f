"""No two entries may share an id.

Ids are how entries link to each other and how exports name their pages, so a
second entry with the same id would silently replace the first. The finding
sits on the later file and names the earlier one.

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
        first, *others = sorted(entries, key=lambda e: e.path)
        where = first.doc.position(("id",))
        for other in others:
            yield ctx.at(
                other.doc,
                ("id",),
                f"id '{entry_id}' is already used by {first.path}:{where.line}: "
                "give this entry a different id (and file name)",
                entry_id=entry_id,
            )
