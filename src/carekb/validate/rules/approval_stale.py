"""An approved entry's approvals must be for the content it has now.

An approval signs the content hash of the entry as it was; any change of
meaning afterwards (one character of a step, a dose, a source) makes the
approval stale, and the entry is no longer approved. The finding says who
approved and when; ``carekb review diff ID`` shows what changed since, and a
reviewer's ``carekb review approve ID`` signs the new content (dropping the
stale approval from the block; it stays in the audit log). Only approved
entries are checked: in other states approvals do not count anyway.

Passing example (the content is unchanged since the approval)::

    title: Cat-cow stretch
    review:
      status: approved
      approvals:
        - by: demo-reviewer-pt
          content_hash: sha256:5c1f...   # the hash of the content now

Failing example (the title was edited after the approval)::

    title: Cat-cow stretch for beginners
    review:
      status: approved
      approvals:
        - by: demo-reviewer-pt
          content_hash: sha256:5c1f...   # the hash of the old content
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from carekb.model import Finding, Level
from carekb.validate.context import RuleContext

ID = "approval-stale"
LEVEL = Level.ERROR
OPTIONS: dict[str, Any] = {}
# Findings about an entry depend only on its own file (and the roster, the
# config and the date), so the engine may check entries in parallel.
LOCAL = True


def check(ctx: RuleContext) -> Iterator[Finding]:
    for entry in ctx.kb.entries:
        if entry.status != "approved" or not entry.fields.review.approvals:
            continue
        for approval in ctx.verdict(entry).stale:
            yield ctx.at(
                entry.doc,
                ("review", "approvals", approval.index),
                approval.reason,
                entry_id=entry.id,
            )
