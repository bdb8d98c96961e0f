"""An approved entry must not be past its ``next_review`` date.

Approvals last for the policy's ``review_interval_days``; after
``next_review`` the entry is no longer approved and is not exported until a
reviewer signs it again with ``carekb review approve ID`` (which sets a new
``next_review``). ``carekb status`` lists what is due and expired.

Passing example (checked before the date)::

    review:
      status: approved
      next_review: 2099-01-31

Failing example (checked after the date)::

    review:
      status: approved
      next_review: 2020-01-31
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from carekb.model import Entry, Finding, Level
from carekb.report import number_of
from carekb.trust.approvals import ReviewVerdict
from carekb.validate.context import RuleContext

ID = "review-expired"
LEVEL = Level.ERROR
OPTIONS: dict[str, Any] = {}
# Findings about an entry depend only on its own file (and the roster, the
# config and the date), so the engine may check entries in parallel.
LOCAL = True


def check(ctx: RuleContext) -> Iterator[Finding]:
    yield from ctx.next_review_findings(_expired)


def _expired(entry: Entry, verdict: ReviewVerdict) -> str | None:
    if not verdict.expired:
        return None
    ago = -(verdict.days_left or 0)
    return (
        f"the review expired on {verdict.next_review} ({number_of(ago, 'day')} ago): its "
        "approvals no longer count and it is not exported; ask a reviewer to check it and "
        f"run 'carekb review approve {entry.id}'"
    )
