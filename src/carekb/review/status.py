"""``carekb status``: where every entry stands in review, for the clinical lead.

Built on :func:`carekb.trust.approvals.review_verdict`, so "approved" here
means exactly what lint and export mean by it. The report is plain data
(:meth:`StatusReport.to_dict` for JSON); :func:`status_text` prints it and
:mod:`carekb.review.dashboard` makes the HTML page.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from typing import Any

from carekb.entries import ChangeRequest, Request
from carekb.model import Entry, KnowledgeBase
from carekb.project import Project
from carekb.trust.approvals import (
    APPROVER_ROLE,
    FUTURE,
    REVOKED,
    ROSTER,
    SIGNATURE,
    SIGNER,
    STALE,
    review_verdict,
)
from carekb.trust.roster import roster_summary

STATUSES = ("draft", "in_review", "changes_requested", "approved", "retired")
_INVALID = (SIGNATURE, FUTURE, SIGNER, REVOKED, ROSTER)  # approvals that do not verify, and why


@dataclass(frozen=True)
class EntryStatus:
    id: str
    kind: str
    title: str
    path: str
    status: str
    approved: bool  # approved now, by the sign-off rules (what export would accept)
    valid_approvals: int
    required: int
    approved_by: tuple[str, ...]  # reviewers whose approvals count now
    waiting_for: tuple[str, ...]  # reviewers who could still approve (in review only)
    requested_by: str | None
    requested_at: str | None
    comment: str | None  # the reviewer's comment when changes were requested
    next_review: str | None
    days_left: int | None
    expired: bool
    due_soon: bool
    stale: tuple[str, ...]  # "reviewer at time" of approvals the content outgrew
    invalid: tuple[str, ...]  # reasons approvals do not count (signature, signer, key, roster)


@dataclass(frozen=True)
class StatusReport:
    name: str
    today: str
    required: int
    counts: Mapping[str, int]
    approved_now: int
    entries: tuple[EntryStatus, ...]
    roster: str = ""  # whether kb/people.yaml is signed by the clinical leads, in one line
    roster_trusted: bool | None = None  # None: no trust root configured, nothing verified

    def select(self, **where: Any) -> list[EntryStatus]:
        return [e for e in self.entries if all(getattr(e, k) == v for k, v in where.items())]

    @property
    def waiting(self) -> list[EntryStatus]:
        return self.select(status="in_review")

    @property
    def changes_requested(self) -> list[EntryStatus]:
        return self.select(status="changes_requested")

    @property
    def stale(self) -> list[EntryStatus]:
        return [e for e in self.entries if e.status == "approved" and e.stale]

    @property
    def invalid(self) -> list[EntryStatus]:
        return [e for e in self.entries if e.status in ("approved", "in_review") and e.invalid]

    @property
    def due_soon(self) -> list[EntryStatus]:
        return sorted(self.select(due_soon=True), key=lambda e: e.next_review or "")

    @property
    def expired(self) -> list[EntryStatus]:
        return sorted(self.select(expired=True), key=lambda e: e.next_review or "")

    @property
    def timeline(self) -> list[EntryStatus]:
        """Approved entries by review due date, soonest first."""
        dated = [e for e in self.entries if e.status == "approved" and e.next_review]
        return sorted(dated, key=lambda e: (e.next_review or "", e.id))

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "today": self.today,
            "approvals_required": self.required,
            "counts": dict(self.counts),
            "approved_now": self.approved_now,
            "roster": {"trusted": self.roster_trusted, "summary": self.roster},
            "waiting_for_review": [e.id for e in self.waiting],
            "changes_requested": [e.id for e in self.changes_requested],
            "stale": [e.id for e in self.stale],
            "invalid_approvals": [e.id for e in self.invalid],
            "due_soon": [e.id for e in self.due_soon],
            "expired": [e.id for e in self.expired],
            "entries": [asdict(e) for e in self.entries],
        }


def build_status(project: Project, kb: KnowledgeBase, today: dt.date) -> StatusReport:
    """The status of every entry that loaded, in id order."""
    roster = kb.roster
    rows = tuple(entry_status(project, kb, e, today) for e in sorted(kb.entries, key=_order))
    counts = {status: 0 for status in STATUSES}
    for row in rows:
        counts[row.status] = counts.get(row.status, 0) + 1
    return StatusReport(
        name=project.name,
        today=today.isoformat(),
        required=project.policy.approvals_required,
        counts=counts,
        approved_now=sum(1 for r in rows if r.approved),
        entries=rows,
        roster=roster_summary(roster),
        roster_trusted=roster.trusted if roster.configured else None,
    )


def _order(entry: Entry) -> tuple[str, str]:
    return entry.id, entry.path


def entry_status(project: Project, kb: KnowledgeBase, entry: Entry, today: dt.date) -> EntryStatus:
    """One entry's row of :func:`build_status` (the desk's entry page needs no other)."""
    verdict = review_verdict(entry, kb, project.policy, today)
    requested = entry.fields.review.requested or Request()
    changes = entry.fields.review.changes_requested or ChangeRequest()
    approved_by = tuple(c.by for c in verdict.valid)
    waiting: tuple[str, ...] = ()
    if entry.status == "in_review":
        waiting = tuple(
            person.id
            for person in kb.people.values()
            if APPROVER_ROLE in person.roles
            and person.id not in entry.authors
            and person.id not in approved_by
        )
    return EntryStatus(
        id=entry.id,
        kind=entry.kind,
        title=entry.title,
        path=entry.path,
        status=entry.status,
        approved=verdict.approved,
        valid_approvals=len(verdict.valid),
        required=verdict.required,
        approved_by=approved_by,
        waiting_for=waiting,
        requested_by=requested.by,
        requested_at=requested.at,
        comment=changes.comment,
        next_review=verdict.next_review,
        days_left=verdict.days_left,
        expired=verdict.expired,
        due_soon=verdict.due_soon,
        stale=tuple(f"{c.by} at {c.at}" for c in verdict.checks if c.kind == STALE),
        invalid=tuple(c.reason for c in verdict.checks if c.kind in _INVALID),
    )


def status_text(report: StatusReport) -> str:
    """The report as the terminal shows it: counts, then what needs someone's attention."""
    total = len(report.entries)
    lines = [f"{report.name}: {total} entries on {report.today}"]
    lines.append(
        "  " + ", ".join(f"{report.counts.get(s, 0)} {s.replace('_', ' ')}" for s in STATUSES)
    )
    lines.append(
        f"  {report.approved_now} approved and valid now "
        f"(policy: {report.required} reviewer(s) per entry)"
    )
    if report.roster:
        lines.append(f"  roster: {report.roster}")
    sections = [
        ("Waiting for review", report.waiting, _waiting_line),
        ("Changes requested", report.changes_requested, _changes_line),
        ("Stale (changed since approved)", report.stale, _stale_line),
        ("Approvals that do not verify", report.invalid, _invalid_line),
        ("Expired", report.expired, _due_line),
        ("Due soon", report.due_soon, _due_line),
    ]
    for title, items, describe in sections:
        if items:
            lines.append("")
            lines.append(f"{title} ({len(items)}):")
            lines.extend(f"  {describe(item)}" for item in items)
    if not any(items for _, items, _ in sections):
        lines.append("")
        lines.append("Nothing waits for review, is stale, due or expired.")
    return "\n".join(lines) + "\n"


def _waiting_line(e: EntryStatus) -> str:
    asked = f", asked by {e.requested_by} at {e.requested_at}" if e.requested_by else ""
    have = f"{e.valid_approvals} of {e.required} approvals"
    who = ", ".join(e.waiting_for) or "no eligible reviewer on the roster"
    return f"{e.id} ({e.kind}{asked}): {have}; can review: {who}"


def _changes_line(e: EntryStatus) -> str:
    comment = " ".join((e.comment or "").split())
    return f"{e.id}: {comment[:100]}" if comment else e.id


def _stale_line(e: EntryStatus) -> str:
    return f"{e.id}: approved by {', '.join(e.stale)}; see 'carekb review diff {e.id}'"


def _invalid_line(e: EntryStatus) -> str:
    return f"{e.id}: {e.invalid[0]}"


def _due_line(e: EntryStatus) -> str:
    days = e.days_left if e.days_left is not None else 0
    when = f"{-days} days ago" if days < 0 else ("today" if days == 0 else f"in {days} days")
    return f"{e.id}: next review {e.next_review} ({when})"
