"""Signed approvals, and the one answer to "is this entry approved, now?".

An approval signs a canonical JSON message prefixed by a domain string, so a
signature made for carekb can never be replayed as anything else::

    carekb-approval-v1\\n{"at":...,"by":...,"content_hash":...,"entry":...,
                          "meaning":...,"role":...,"v":1}

An approval counts only if the signer is on the roster with the reviewer role
and is not an author of the entry; its signature verifies against one of the
signer's roster keys that was valid on the day it was signed and has not been
revoked; the time it signs is not later than now (give or take
:data:`carekb.clock.MAX_CLOCK_SKEW`); its content hash equals the hash of the
content now; and the roster itself is trusted (:mod:`carekb.trust.roster`:
signed by the clinical leads of the trust root, when one is configured).
:func:`review_verdict` applies these rules; lint rules, ``carekb status``, the
review workflow and the export gate all use it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from carekb import clock
from carekb.clock import parse_date, parse_timestamp
from carekb.entries import APPROVAL_FIELDS as APPROVAL_FIELDS  # the audit log's, too
from carekb.entries import Approval, read_approval
from carekb.model import Entry, KnowledgeBase, Person, PublicKey
from carekb.project import Policy
from carekb.trust.canonical import canonical_json, content_hash, short_hash

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

DOMAIN = b"carekb-approval-v1\n"
MESSAGE_VERSION = 1
APPROVER_ROLE = "reviewer"

# ApprovalCheck.kind values.
OK = "ok"
STALE = "stale"
SIGNATURE = "signature"
SIGNER = "signer"
FUTURE = "future"  # signed at a time later than now: a wrong clock or a forged time
REVOKED = "revoked"  # signed with a key a lead has since revoked
ROSTER = "roster"  # would count, but the roster is not trusted


def approval_message(
    entry_id: str, content_hash: str, by: str, role: str, meaning: str, at: str
) -> bytes:
    """The exact bytes an approval's signature covers."""
    body = {
        "v": MESSAGE_VERSION,
        "entry": entry_id,
        "content_hash": content_hash,
        "by": by,
        "role": role,
        "meaning": meaning,
        "at": at,
    }
    return DOMAIN + canonical_json(body)


def make_approval(
    entry_id: str,
    content_hash: str,
    by: str,
    meaning: str,
    at: str,
    key: Ed25519PrivateKey,
) -> dict[str, str]:
    """A signed approval, in the order it is written into the review block."""
    from carekb.trust.keys import sign

    return signed_approval(
        entry_id, content_hash, by, meaning, at, lambda message: sign(key, message)
    )


def signed_approval(
    entry_id: str,
    content_hash: str,
    by: str,
    meaning: str,
    at: str,
    sign: Callable[[bytes], str],
) -> dict[str, str]:
    """An approval signed by ``sign``: a key at hand, or a browser's signature (the desk)."""
    message = approval_message(entry_id, content_hash, by, APPROVER_ROLE, meaning, at)
    return {
        "by": by,
        "role": APPROVER_ROLE,
        "meaning": meaning,
        "at": at,
        "content_hash": content_hash,
        "signature": sign(message),
    }


def key_valid_on(key: PublicKey, day: dt.date) -> bool:
    """Whether a roster key may sign on ``day`` (``valid_from``/``valid_until`` inclusive).

    A revoked key may sign on no day: a stolen key can claim any signing time.
    """
    if key.revoked:
        return False
    start = parse_date(key.valid_from) if key.valid_from else None
    end = parse_date(key.valid_until) if key.valid_until else None
    if key.valid_from and start is None:
        return False  # an unreadable date never widens what a key may sign
    if key.valid_until and end is None:
        return False
    return (start is None or start <= day) and (end is None or day <= end)


def roster_key_for(person: Person, public_key: str, day: dt.date) -> PublicKey | None:
    """The roster entry of ``public_key`` if it is ``person``'s and valid on ``day``."""
    return next(
        (k for k in person.keys if k.public_key == public_key and key_valid_on(k, day)), None
    )


@dataclass(frozen=True)
class ApprovalCheck:
    """One approval of an entry, checked against the roster and the content now."""

    index: int  # position in review.approvals
    by: str
    role: str
    meaning: str
    at: str
    person: Person | None
    ok: bool
    kind: str  # "ok" | "stale" | "signature" | "future" | "signer" | "revoked" | "roster"
    reason: str  # plain-English why not, with what to do ("" when ok)


@dataclass(frozen=True)
class ReviewVerdict:
    """Where an entry stands: its approvals checked, and whether it is approved now."""

    entry_id: str
    status: str
    content_hash: str
    checks: tuple[ApprovalCheck, ...]
    valid: tuple[ApprovalCheck, ...]  # ok checks, distinct reviewers only
    approved: bool
    expired: bool
    due_soon: bool
    next_review: str | None
    problems: tuple[str, ...]  # invalid approvals, then why not approved; for reports
    required: int = 1
    days_left: int | None = None  # until next_review, from the verdict's today; < 0 when past
    next_review_limit: str | None = None  # the latest next_review the approvals allow

    @property
    def stale(self) -> tuple[ApprovalCheck, ...]:
        return tuple(c for c in self.checks if c.kind == STALE)


def review_verdict(
    entry: Entry,
    kb: KnowledgeBase,
    policy: Policy,
    today: dt.date,
    *,
    now: dt.datetime | None = None,
) -> ReviewVerdict:
    """Check every approval of ``entry`` and decide whether it is approved on ``today``.

    ``approved`` holds when the status is ``approved``, at least
    ``policy.approvals_required`` distinct reviewers have valid approvals,
    ``next_review`` is set, not past, and no later than the newest valid
    approval plus the review interval (a hand-extended date does not count).
    An approval signed later than ``now`` (default: :func:`carekb.clock.now`)
    is not valid, so the ``next_review`` it set never counts either.
    """
    current = current_hash(entry)
    approvals = entry.fields.review.approvals
    checks = _checked_against_roster(entry, approvals, kb, current, now or clock.now())
    valid = _distinct_reviewers(c for c in checks if c.ok)
    next_review = entry.fields.review.next_review
    due = parse_date(next_review)
    limit = _next_review_limit(valid, policy)
    is_approved_status = entry.status == "approved"
    expired = is_approved_status and due is not None and today > due
    days_left = (due - today).days if due is not None else None
    due_soon = (
        is_approved_status
        and not expired
        and days_left is not None
        and days_left <= policy.due_warning_days
    )
    blocking = _blocking(entry, valid, policy, due, limit, expired)
    problems = [c.reason for c in checks if not c.ok] + blocking
    return ReviewVerdict(
        entry_id=entry.id,
        status=entry.status,
        content_hash=current,
        checks=checks,
        valid=valid,
        approved=is_approved_status and not blocking,
        expired=expired,
        due_soon=due_soon,
        next_review=next_review,
        problems=tuple(problems),
        required=policy.approvals_required,
        days_left=days_left,
        next_review_limit=limit.isoformat() if limit else None,
    )


def current_hash(entry: Entry) -> str:
    """The content hash of ``entry`` as it is now, worked out once per entry: a cold lint
    asked again for every entry a precaution's check looks up after the entry's own
    checks (a third more hashes, each a walk and a serialisation of the whole entry)."""
    try:
        return entry.content_hash
    except AttributeError:  # not worked out yet
        entry.content_hash = content_hash(entry.data)
        return entry.content_hash


def _checked_against_roster(
    entry: Entry,
    approvals: Sequence[Approval],
    kb: KnowledgeBase,
    current: str,
    now: dt.datetime,
) -> tuple[ApprovalCheck, ...]:
    """Every approval checked against the roster, none counting while it is untrusted."""
    if not approvals:
        return ()  # nothing to verify
    from carekb.trust.roster import roster_headline

    roster = kb.roster
    checks = tuple(
        verify_approval(entry, approval, roster.people, current, now=now) for approval in approvals
    )
    if roster.counts:
        return checks
    return tuple(
        replace(
            c,
            ok=False,
            kind=ROSTER,
            reason=f"the approval by {c.by} would count, but {roster_headline(roster)}: "
            "see 'carekb roster verify'",
        )
        if c.ok
        else c
        for c in checks
    )


def _distinct_reviewers(checks: Iterable[ApprovalCheck]) -> tuple[ApprovalCheck, ...]:
    seen: set[str] = set()
    chosen: list[ApprovalCheck] = []
    for check in checks:
        if check.by not in seen:
            seen.add(check.by)
            chosen.append(check)
    return tuple(chosen)


def _next_review_limit(valid: Sequence[ApprovalCheck], policy: Policy) -> dt.date | None:
    """The newest valid approval's day plus the review interval (``None``: no limit)."""
    signed = [parse_timestamp(c.at) for c in valid]
    days = [moment.date() for moment in signed if moment is not None]
    if not days:
        return None
    # Past the calendar's last day nothing can be later: no limit to enforce.
    return clock.days_after(max(days), policy.review_interval_days)


def _blocking(
    entry: Entry,
    valid: Sequence[ApprovalCheck],
    policy: Policy,
    due: dt.date | None,
    limit: dt.date | None,
    expired: bool,
) -> list[str]:
    """Why the entry is not approved now (empty when it is)."""
    if entry.status != "approved":
        return [f"status is {entry.status}"]
    problems: list[str] = []
    if len(valid) < policy.approvals_required:
        problems.append(
            f"{len(valid)} of {policy.approvals_required} required valid approvals "
            "from distinct reviewers"
        )
    if due is None:
        problems.append("next_review is missing or not a date (carekb review approve sets it)")
    elif expired:
        problems.append(f"the review expired on {due.isoformat()}")
    elif limit is not None and due > limit:
        problems.append(
            f"next_review {due.isoformat()} is later than the newest approval allows "
            f"({limit.isoformat()}): it was changed by hand, or the policy's review "
            "interval was shortened"
        )
    return problems


def check_approval(
    entry: Entry,
    index: int,
    item: Any,
    people: Mapping[str, Person],
    current_hash: str,
    *,
    now: dt.datetime | None = None,
) -> ApprovalCheck:
    """Check one approval as written: a mapping, such as one about to be written."""
    return verify_approval(entry, read_approval(index, item), people, current_hash, now=now)


def verify_approval(
    entry: Entry,
    approval: Approval,
    people: Mapping[str, Person],
    current_hash: str,
    *,
    now: dt.datetime | None = None,
) -> ApprovalCheck:
    """Check one approval: its signer, then its signature and the time it signs (not
    later than ``now``, default :func:`carekb.clock.now`), then its content hash."""
    by, role, meaning, at = (
        v or "" for v in (approval.by, approval.role, approval.meaning, approval.at)
    )
    person = people.get(by)

    def result(kind: str, reason: str = "") -> ApprovalCheck:
        return ApprovalCheck(
            index=approval.index,
            by=by,
            role=role,
            meaning=meaning,
            at=at,
            person=person,
            ok=kind == OK,
            kind=kind,
            reason=reason,
        )

    if approval.missing:
        return result(
            SIGNATURE,
            f"approval #{approval.index + 1} is incomplete (no {', '.join(approval.missing)}): "
            f"only 'carekb review approve {entry.id}' writes valid approvals; "
            "delete it and approve again",
        )
    signer_problem = _signer_problem(entry, by, role, person)
    if signer_problem:
        return result(SIGNER, signer_problem)
    assert person is not None  # _signer_problem reports a missing person
    signed_hash = approval.content_hash or ""
    message = approval_message(entry.id, signed_hash, by, role, meaning, at)
    kind, signature_problem = _signature_problem(
        entry, person, at, approval.signature or "", message, now or clock.now()
    )
    if signature_problem:
        return result(kind, signature_problem)
    if signed_hash != current_hash:
        return result(
            STALE,
            f"the content changed after {_who(by, person)} approved it at {at} "
            f"(approved {short_hash(signed_hash)}, now {short_hash(current_hash)}): "
            f"see 'carekb review diff {entry.id}', then ask a reviewer to run "
            f"'carekb review approve {entry.id}'",
        )
    return result(OK)


def _who(by: str, person: Person | None) -> str:
    return f"{person.display} ({by})" if person else by


def _signer_problem(entry: Entry, by: str, role: str, person: Person | None) -> str:
    if person is None:
        return (
            f"'{by}' signed an approval but is not in kb/people.yaml: only reviewers on the "
            "roster can approve; add them (with their public key) or remove the approval"
        )
    if APPROVER_ROLE not in person.roles or role != APPROVER_ROLE:
        return (
            f"{_who(by, person)} is not a reviewer: only people with the reviewer role in "
            f"kb/people.yaml can approve; ask a reviewer to run 'carekb review approve {entry.id}'"
        )
    if by in entry.authors:
        return (
            f"{_who(by, person)} is an author of this entry and cannot approve it: ask another "
            f"reviewer to run 'carekb review approve {entry.id}'"
        )
    return ""


def _signature_problem(
    entry: Entry, person: Person, at: str, signature: str, message: bytes, now: dt.datetime
) -> tuple[str, str]:
    """(kind, why ``signature`` over ``message``, or the time it signs, does not count);
    ``("", "")`` when both do."""
    moment = parse_timestamp(at)
    if moment is None:
        return SIGNATURE, f"approval time '{at}' is not a valid time: the approval was edited"
    if not person.keys:
        return SIGNATURE, (
            f"{_who(person.id, person)} has no public key in kb/people.yaml, so the signature "
            f"cannot be checked: add the line printed by 'carekb keys new {person.id}'"
        )
    from carekb.trust.verified import verify  # cryptography loads only for new ones

    day = moment.date()
    matching = [k for k in person.keys if verify(k.public_key, signature, message)]
    revoked = next((k for k in matching if k.revoked), None)
    if revoked is not None:
        return REVOKED, _revoked_reason(entry, person, revoked)
    if any(key_valid_on(k, day) for k in matching):
        return _future_problem(entry, person, at, moment, now)
    if matching:
        return SIGNATURE, (
            f"signed with a key of {person.id} that was not valid on {day.isoformat()} "
            "(see valid_from/valid_until in kb/people.yaml): ask them to approve again"
        )
    return SIGNATURE, (
        f"the signature by {person.id} does not verify with their roster key: the approval was "
        "edited by hand or copied from another entry; delete it and ask a reviewer to run "
        f"'carekb review approve {entry.id}'"
    )


def _future_problem(
    entry: Entry, person: Person, at: str, moment: dt.datetime, now: dt.datetime
) -> tuple[str, str]:
    """A good signature over a time later than ``now`` allows does not count (yet)."""
    if not clock.in_future(moment, now):
        return "", ""
    return FUTURE, (
        f"the approval by {person.id} was signed at {at}, which is in the future: the "
        "signer's clock was wrong or the time was forged; it does not count, and nor does "
        "the next_review it set: ask them to set their clock right and run "
        f"'carekb review approve {entry.id}' again"
    )


def _revoked_reason(entry: Entry, person: Person, key: PublicKey) -> str:
    why = f": {key.revoked_reason}" if key.revoked_reason else ""
    return (
        f"signed with {person.id}'s key {key.public_key[:20]}…, revoked on {key.revoked}{why}; "
        "every approval made with a revoked key stops counting: ask a reviewer to run "
        f"'carekb review approve {entry.id}' with a current key"
    )
