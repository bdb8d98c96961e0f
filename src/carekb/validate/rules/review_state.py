"""The review block must describe a state the workflow can be in.

Reported: ``status: approved`` with fewer approvals (from distinct reviewers)
than the policy's ``approvals_required``, or without ``next_review``; a
``next_review`` later than the newest valid approval plus the review interval
(a due date pushed back by hand); approvals on a draft; ``changes_requested``
without the reviewer's comment; ``retired`` without who, when and why. The
``carekb review`` commands always write consistent blocks: use them rather
than editing ``review:`` by hand.

Passing example (with ``approvals_required: 1``)::

    review:
      status: approved
      approvals:
        - by: demo-reviewer-pt
          # ... written by carekb review approve
      next_review: 2027-11-21

Failing example (approved, but nobody signed)::

    review:
      status: approved
      next_review: 2027-11-21
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from carekb.clock import parse_date
from carekb.entries import Approval
from carekb.model import Entry, Finding, JsonPath, Level
from carekb.validate.context import RuleContext

ID = "review-state"
LEVEL = Level.ERROR
OPTIONS: dict[str, Any] = {}
# Findings about an entry depend only on its own file (and the roster, the
# config and the date), so the engine may check entries in parallel.
LOCAL = True


def check(ctx: RuleContext) -> Iterator[Finding]:
    for entry in ctx.kb.entries:
        for path, message in _problems(ctx, entry):
            yield ctx.at(entry.doc, path, message, key=True, entry_id=entry.id)


def _problems(ctx: RuleContext, entry: Entry) -> Iterator[tuple[JsonPath, str]]:
    review = entry.fields.review
    status = review.status
    # An item that is not even a mapping is no approval (approval-signature reports it).
    approvals = [approval for approval in review.approvals if approval.is_mapping]
    if status == "approved":
        yield from _approved_problems(ctx, entry, approvals)
    elif status == "draft" and approvals:
        yield (
            ("review", "approvals"),
            f"a draft with {len(approvals)} approval(s): approvals belong to entries in review; "
            f"run 'carekb review request {entry.id}' instead of editing the status by hand",
        )
    elif status == "changes_requested" and review.changes_requested is None:
        yield (
            ("review", "status"),
            "status is changes_requested but no reviewer's comment says what to change: use "
            f"'carekb review reject {entry.id} --as REVIEWER --comment TEXT'",
        )
    elif status == "retired" and review.retired is None:
        yield (
            ("review", "status"),
            f"status is retired but nothing says who retired it and why: use "
            f"'carekb review retire {entry.id} --as PERSON --reason TEXT'",
        )


def _approved_problems(
    ctx: RuleContext, entry: Entry, approvals: list[Approval]
) -> Iterator[tuple[JsonPath, str]]:
    required = ctx.project.policy.approvals_required
    signers = {approval.by for approval in approvals}  # None: one unknown signer
    # Invalid approvals are reported by approval-stale/-signature/-signer; here
    # only a block that could never have been approved is an impossible state.
    if len(signers) < required:
        yield (
            ("review", "status"),
            f"status is approved with approvals from {len(signers)} reviewer(s), but the "
            f"policy requires {required}: ask a reviewer to run 'carekb review approve {entry.id}'",
        )
    due = parse_date(entry.fields.review.next_review)
    if due is None:
        yield (
            ("review", "status"),
            "status is approved but next_review is missing: 'carekb review approve' sets it",
        )
        return
    limit = parse_date(ctx.verdict(entry).next_review_limit)
    if limit is not None and due > limit:
        yield (
            ("review", "next_review"),
            f"next_review {due.isoformat()} is later than the newest approval allows "
            f"({limit.isoformat()}, {ctx.project.policy.review_interval_days} days after it): "
            "it was changed by hand (or the policy's interval was shortened); set it back, "
            "or have a reviewer approve again",
        )
