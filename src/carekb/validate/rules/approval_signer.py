"""Whoever signs an approval must be a reviewer on the roster and not an author.

The signer (``by``) must be in ``kb/people.yaml`` with the ``reviewer`` role,
and must not be one of the entry's ``authors``: nobody approves their own
work. If a reviewer leaves the roster or loses the role, their approvals stop
counting; the next ``carekb review approve`` drops them from the block.

Passing example (``demo-reviewer-pt`` has the reviewer role)::

    authors: [demo-author-1]
    review:
      approvals:
        - by: demo-reviewer-pt

Failing example (the author approved their own entry)::

    authors: [demo-author-1]
    review:
      approvals:
        - by: demo-author-1
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from carekb.model import Finding, Level
from carekb.trust import approvals
from carekb.validate.context import RuleContext

ID = "approval-signer"
LEVEL = Level.ERROR
OPTIONS: dict[str, Any] = {}
# Findings about an entry depend only on its own file (and the roster, the
# config and the date), so the engine may check entries in parallel.
LOCAL = True


def check(ctx: RuleContext) -> Iterator[Finding]:
    yield from ctx.approval_findings(approvals.SIGNER, "by")
