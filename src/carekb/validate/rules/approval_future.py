"""No approval counts while the time it was signed at is still in the future.

An approval records when it was signed, and its signature covers that time.
A time later than now (allowing five minutes for clocks that differ a
little) means the reviewer's computer had the wrong date, or the time was
set forward on purpose, for instance to make the review last longer. Such an
approval does not count, nor does the ``next_review`` it set, and the entry
is not exported. Ask the reviewer to set their computer's clock right (most
computers can set it automatically from the internet) and run ``carekb
review approve ID`` again. ``carekb export --require-trust`` judges the time
by the publishing machine's own clock.

Passing example (signed on a computer with the right date)::

    approvals:
      - by: demo-reviewer-pt
        role: reviewer
        at: 2026-11-21T09:30:00Z
        signature: ed25519:Qm9i...
    next_review: 2027-11-21

Failing example (signed on a computer whose clock said 2031)::

    approvals:
      - by: demo-reviewer-pt
        role: reviewer
        at: 2031-03-01T09:00:00Z
        signature: ed25519:Zm9y...
    next_review: 2032-02-29
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from carekb.model import Finding, Level
from carekb.trust import approvals
from carekb.validate.context import RuleContext

ID = "approval-future"
LEVEL = Level.ERROR
OPTIONS: dict[str, Any] = {}
# Findings about an entry depend only on its own file (and the roster, the
# config and the clock), so the engine may check entries in parallel.
LOCAL = True
# They compare a signed time with the time now: they go away as the clock
# catches up, with no file and no date changed, so the cache keeps none.
CLOCK = True


def check(ctx: RuleContext) -> Iterator[Finding]:
    yield from ctx.approval_findings(approvals.FUTURE, "at")
