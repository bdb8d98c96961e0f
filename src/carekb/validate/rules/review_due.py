"""An approved entry whose ``next_review`` is near is reported, as a warning.

"Near" is the policy's ``due_warning_days`` (``policy:`` in carekb.yaml,
60 days unless set). Plan the review: a reviewer checks the entry and runs
``carekb review approve ID``, which sets a new ``next_review``. Past the date
the entry expires (rule ``review-expired``).

Passing example (with the default 60-day window, checked on 2026-01-01)::

    review:
      status: approved
      next_review: 2026-12-01

Failing example (checked on 2026-11-01, a month before the date)::

    review:
      status: approved
      next_review: 2026-12-01
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from carekb.model import Entry, Finding, Level
from carekb.report import number_of
from carekb.trust.approvals import ReviewVerdict
from carekb.validate.context import RuleContext

ID = "review-due"
LEVEL = Level.WARNING
OPTIONS: dict[str, Any] = {}
# Findings about an entry depend only on its own file (and the roster, the
# config and the date), so the engine may check entries in parallel.
LOCAL = True


def check(ctx: RuleContext) -> Iterator[Finding]:
    yield from ctx.next_review_findings(_due_soon)


def _due_soon(entry: Entry, verdict: ReviewVerdict) -> str | None:
    if not verdict.due_soon:
        return None
    left = verdict.days_left or 0
    when = "today" if left == 0 else f"in {number_of(left, 'day')}"
    return (
        f"the review is due on {verdict.next_review} ({when}): ask a reviewer to "
        f"check the entry and run 'carekb review approve {entry.id}'"
    )
