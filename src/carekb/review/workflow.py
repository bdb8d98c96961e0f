"""The review state machine: request, approve, reject, retire, reinstate.

::

    draft ──request──▶ in_review ──approve (enough)──▶ approved
      ▲                  │   ▲                            │
      │          reject  │   └──────── request ◀──────────┤ (re-review)
      │                  ▼                                │ reject
      └──── changes_requested ◀───────────────────────────┘
                       (any state) ──retire──▶ retired
                           retired ──reinstate──▶ in_review

A retire is final unless a signed ``reinstate`` follows it, made by a
reviewer who is not an author of the entry or by a clinical lead; the entry
then goes back to review and needs a full round of fresh approvals.

The review block only ever holds the approvals of the current round:
``request``, ``reject`` and ``retire`` clear them, and ``approve`` drops the
ones that no longer count (stale, or by someone who may no longer sign) and
the signer's own earlier one; after an expired review it drops them all, so a
new period needs a full set of fresh signatures. Dropped approvals stay in the
audit log, which keeps every approval with the content it approved.

Every event in the audit log is signed by the person it names, with their
roster key (``--key``, else the key 'carekb keys new' wrote): a command for
someone whose key is not at hand refuses. :func:`checkpoint` lets a clinical
lead vouch, once, for a history written before events were signed.

Each command holds the entry's lock for the whole read-check-sign-write-append
sequence, so concurrent commands on one entry run one after the other and all
land. A refusal is a :class:`~carekb.errors.CarekbError` that says what to do.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import difflib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from carekb import clock
from carekb.errors import CarekbError
from carekb.kb import open_kb, reopen
from carekb.load.audit import (
    AUDIT_SUFFIX,
    append_record,
    audit_log_path,
    check_entry_id,
    entry_lock_path,
    next_record,
    take_back,
)
from carekb.load.writer import (
    atomic_write_bytes,
    exclusive_lock,
    remove_stale_temporaries,
    require_inside,
    splice_review_block,
    write_review_block,
)
from carekb.model import Entry, KnowledgeBase, Level, Person
from carekb.project import AUDIT_DIR, PEOPLE_FILE, Project
from carekb.report import text as findings_text
from carekb.review.entries import find_entry
from carekb.review.roster import lead_key, require_listed_lead
from carekb.trust.approvals import (
    APPROVER_ROLE,
    OK,
    check_approval,
    review_verdict,
    roster_key_for,
    signed_approval,
)
from carekb.trust.audit import (
    CHECKPOINT,
    LEAD_ROLE,
    AuditLog,
    event_message,
    read_audit_log,
    require_intact,
    review_block_digest,
    verify_history,
)
from carekb.trust.canonical import content_hash, content_of
from carekb.trust.roster import roster_summary
from carekb.validate.engine import lint  # the function: the package attribute can be the module

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

# Findings about the review block itself do not stop a request or an approval:
# fixing them is what those commands are for. Nor does an unsigned event in the
# log (audit-signature): it never counts, and a signed decision is what answers
# it. Forged approvals in the block (approval-signature) and a broken audit log
# (audit-chain) do stop them.
GATE_IGNORES = frozenset(
    {
        "approval-stale",
        "approval-signer",
        "review-state",
        "review-expired",
        "review-due",
        "audit-signature",
    }
)


class Signer(Protocol):
    """Who signs an event: a key file at hand, or the review desk's browser signatures."""

    @property
    def public_key(self) -> str:
        """``ed25519:<base64>``, checked against the actor's roster keys before signing."""
        ...

    def sign(self, message: bytes) -> str:
        """``ed25519:<base64 signature>`` over ``message``."""
        ...


@dataclass(frozen=True)
class KeySigner:
    """A private key loaded from a file (the command line, or the desk started ``--as``)."""

    key: Ed25519PrivateKey

    @property
    def public_key(self) -> str:
        from carekb.trust.keys import public_key_text

        return public_key_text(self.key)

    def sign(self, message: bytes) -> str:
        from carekb.trust.keys import sign

        return sign(self.key, message)


@dataclass(frozen=True)
class Signing:
    """How a command signs when the review desk runs it.

    ``signer`` replaces the key file (the browser signs); ``at`` fixes the
    event's time, so the bytes a browser signed in one request are the bytes
    the next request writes; ``expected_hash`` is the content the reviewer saw:
    anything else is stale and refused before a signature is asked for.
    """

    signer: Signer | None = None
    at: dt.datetime | None = None
    expected_hash: str | None = None


class StaleContent(CarekbError):
    """The entry changed since the page that asked for this action was loaded."""


# How long a time the desk handed to a browser may be signed and written:
# long enough to pick a key file, short enough that an event's time is true.
SIGNING_WINDOW = dt.timedelta(minutes=10)


@dataclass(frozen=True)
class Outcome:
    """What a workflow command did."""

    entry_id: str
    path: str
    event: str  # request | approve | reject | retire
    actor: str
    at: str
    status: str  # the status now
    content_hash: str
    valid_approvals: int = 0
    required: int = 1
    next_review: str | None = None
    dropped: tuple[str, ...] = ()  # approvals taken out of the block, described
    completed: bool = False  # an interrupted run of this command was finished, nothing new


@dataclass
class _Change:
    """What a command decided: the new review block and the audit event's extra fields."""

    review: dict[str, Any]
    extra: dict[str, Any] = field(default_factory=dict)
    dropped: list[str] = field(default_factory=list)
    valid_approvals: int = 0
    key: Signer | None = None  # the actor's signer, when the plan already checked it


@dataclass(frozen=True)
class _Session:
    project: Project
    kb: KnowledgeBase
    entry: Entry
    log: AuditLog
    now: dt.datetime

    @property
    def at(self) -> str:
        return clock.format_timestamp(self.now)

    @property
    def today(self) -> dt.date:
        return self.now.date()


# --- The four commands ------------------------------------------------------


def request_review(
    project: Project,
    entry_id: str,
    person_id: str,
    *,
    key_file: Path | None = None,
    trust_file: Path | None = None,
    signing: Signing | None = None,
) -> Outcome:
    """An author (or a lead) asks for review: status ``in_review``; a new round begins."""
    return _run(
        project,
        entry_id,
        person_id,
        "request",
        _request_plan(person_id),
        key_file=key_file,
        trust_file=trust_file,
        signing=signing,
    )


def request_reviews(
    project: Project,
    entry_ids: Sequence[str],
    person_id: str,
    *,
    key_file: Path | None = None,
    trust_file: Path | None = None,
) -> list[Outcome]:
    """:func:`request_review` for several entries, each signed separately: all or nothing.

    Every entry is checked first (it exists, is lint-clean, may be sent by
    ``person_id``, whose key is at hand); only when all pass is any request
    made, so a lint error in one leaves every entry as it was.
    """
    return _each(
        project,
        entry_ids,
        person_id,
        _request_plan(person_id),
        lambda entry_id: request_review(
            project, entry_id, person_id, key_file=key_file, trust_file=trust_file
        ),
        key_file=key_file,
        trust_file=trust_file,
    )


def _each(
    project: Project,
    entry_ids: Sequence[str],
    person_id: str,
    plan: Callable[[_Session], _Change],
    one: Callable[[str], Outcome],
    *,
    key_file: Path | None,
    trust_file: Path | None,
) -> list[Outcome]:
    """``one`` for each of ``entry_ids`` (once each, in the order given), all or nothing.

    With several ids, ``plan`` is first run on every entry without writing,
    and the signer's key is looked for: a refusal for any entry (a lint
    error, a status the action does not allow) changes none of them. Each
    entry is then signed and written separately.
    """
    ids = list(dict.fromkeys(entry_ids))
    if len(ids) > 1:
        kb = open_kb(project, trust=trust_file)
        now = clock.now()
        for entry_id in ids:
            entry = find_entry(kb, entry_id)
            plan(_Session(project, kb, entry, read_audit_log(project.root, entry_id), now))
        _signing_key(_roster_person(kb, person_id, verified=True), key_file, now.date())
    return [one(entry_id) for entry_id in ids]


def _request_plan(person_id: str) -> Callable[[_Session], _Change]:
    def plan(s: _Session) -> _Change:
        person = _roster_person(s.kb, person_id)
        if person_id not in s.entry.authors and "lead" not in person.roles:
            raise CarekbError(
                f"{person_id} is not an author of {s.entry.id}, so cannot ask for its review",
                hint=f"one of its authors ({', '.join(s.entry.authors) or 'none listed'}) or a "
                "person with the lead role runs this",
            )
        status = s.entry.status
        if status == "in_review":
            requested = s.entry.fields.review.requested
            since = f" since {requested.at}" if requested is not None and requested.at else ""
            raise CarekbError(
                f"{s.entry.id} is already waiting for review{since}",
                hint=f"a reviewer approves it with 'carekb review approve {s.entry.id} --as "
                "REVIEWER' or sends it back with 'carekb review reject'",
            )
        _refuse_retired(s.entry)
        _require_lint_clean(s)
        review: dict[str, Any] = {
            "status": "in_review",
            "requested": {"by": person_id, "at": s.at},
        }
        return _Change(review=review, dropped=_all_dropped(s, "a new review round"))

    return plan


def approve(
    project: Project,
    entry_id: str,
    person_id: str,
    *,
    meaning: str | None = None,
    key_file: Path | None = None,
    trust_file: Path | None = None,
    signing: Signing | None = None,
) -> Outcome:
    """A reviewer signs the entry's current content.

    When the policy's number of distinct valid approvals is reached, the
    status becomes ``approved`` and ``next_review`` is set from the policy.
    With a trust root configured (``trust_file``, ``$CAREKB_TRUST`` or the
    user config folder), the roster must be trusted: otherwise the approval
    could not count, and nothing is signed.
    """
    chosen_meaning = (meaning if meaning is not None else project.policy.default_meaning).strip()
    if not chosen_meaning:
        raise CarekbError("the meaning is empty", hint="say what you vouch for with --meaning")

    def plan(s: _Session) -> _Change:
        _require_counting_roster(s.kb)
        person = _roster_person(s.kb, person_id, verified=True)
        _require_may_sign(s.entry, person)
        if s.entry.status not in ("in_review", "approved"):
            _refuse_retired(s.entry)
            raise CarekbError(
                f"{s.entry.id} is {s.entry.status}, not waiting for review",
                hint=f"an author first runs 'carekb review request {s.entry.id} --as AUTHOR'",
            )
        signer = _signer(person, key_file, signing, s.today)
        _require_lint_clean(s)
        return _approval_change(s, person, chosen_meaning, signer)

    return _run(
        project,
        entry_id,
        person_id,
        "approve",
        plan,
        key_file=key_file,
        trust_file=trust_file,
        signing=signing,
    )


def reject(
    project: Project,
    entry_id: str,
    person_id: str,
    comment: str,
    *,
    field_comments: Sequence[tuple[str, str]] = (),
    key_file: Path | None = None,
    trust_file: Path | None = None,
    signing: Signing | None = None,
) -> Outcome:
    """A reviewer sends the entry back: status ``changes_requested``, with their comment.

    The event keeps the content that was judged, so the next review can be
    compared with the version that was sent back. ``field_comments`` are
    ``(field path, comment)`` pairs (``steps[2]``, ``dose.hold``): kept in the
    signed event only, as the review block's schema holds one comment.
    """
    comments = [
        {"field": path.strip(), "comment": text.strip()}
        for path, text in field_comments
        if path.strip() and text.strip()
    ]
    return _close_round(
        project,
        entry_id,
        person_id,
        _REJECT,
        comment,
        key_file=key_file,
        trust_file=trust_file,
        signing=signing,
        extra={"comments": comments} if comments else {},
    )


def retire(
    project: Project,
    entry_id: str,
    person_id: str,
    reason: str,
    *,
    key_file: Path | None = None,
    trust_file: Path | None = None,
    signing: Signing | None = None,
    replaced_by: str | None = None,
) -> Outcome:
    """Take an entry out of use for good: status ``retired``; it is never exported again.

    ``replaced_by`` names the entry that takes its place: recorded in the signed
    retire event, so the withdrawn page's notice can point readers to it.
    """
    return _close_round(
        project,
        entry_id,
        person_id,
        _RETIRE,
        reason,
        key_file=key_file,
        trust_file=trust_file,
        signing=signing,
        extra={"replaced_by": replaced_by} if replaced_by else None,
    )


def reject_many(
    project: Project,
    entry_ids: Sequence[str],
    person_id: str,
    comment: str,
    *,
    key_file: Path | None = None,
    trust_file: Path | None = None,
) -> list[Outcome]:
    """:func:`reject` for several entries with one comment, each signed separately:
    all or nothing (see :func:`_each`)."""
    return _each(
        project,
        entry_ids,
        person_id,
        _close_plan(person_id, _REJECT, comment),
        lambda entry_id: reject(
            project, entry_id, person_id, comment, key_file=key_file, trust_file=trust_file
        ),
        key_file=key_file,
        trust_file=trust_file,
    )


def retire_many(
    project: Project,
    entry_ids: Sequence[str],
    person_id: str,
    reason: str,
    *,
    key_file: Path | None = None,
    trust_file: Path | None = None,
    replaced_by: str | None = None,
) -> list[Outcome]:
    """:func:`retire` for several entries with one reason, each signed separately:
    all or nothing (see :func:`_each`)."""
    extra = {"replaced_by": replaced_by} if replaced_by else None
    return _each(
        project,
        entry_ids,
        person_id,
        _close_plan(person_id, _RETIRE, reason, extra),
        lambda entry_id: retire(
            project,
            entry_id,
            person_id,
            reason,
            key_file=key_file,
            trust_file=trust_file,
            replaced_by=replaced_by,
        ),
        key_file=key_file,
        trust_file=trust_file,
    )


def reinstate(
    project: Project,
    entry_id: str,
    person_id: str,
    reason: str,
    *,
    key_file: Path | None = None,
    trust_file: Path | None = None,
) -> Outcome:
    """Bring a retired entry back: status ``in_review``, signed by a reviewer or a lead."""
    return _close_round(
        project, entry_id, person_id, _REINSTATE, reason, key_file=key_file, trust_file=trust_file
    )


@dataclass(frozen=True)
class _Closing:
    """Reject, retire and reinstate: how each ends a round.

    ``record`` (default: ``status``) is the review block's key that records who
    closed the round; ``note_name`` (the command's option) is the key of the note
    in that record and in the audit event; ``dropped`` is why the round's
    approvals leave the block; ``may`` refuses a person or a status the action
    does not allow.
    """

    event: str
    status: str
    note_name: str
    empty_hint: str
    dropped: str
    may: Callable[[Entry, Person], None]
    record: str | None = None


def _close_round(
    project: Project,
    entry_id: str,
    person_id: str,
    closing: _Closing,
    note: str,
    *,
    key_file: Path | None,
    trust_file: Path | None,
    signing: Signing | None = None,
    extra: Mapping[str, Any] | None = None,
) -> Outcome:
    """End the round with who, when and why, and clear its approvals."""
    return _run(
        project,
        entry_id,
        person_id,
        closing.event,
        _close_plan(person_id, closing, note, extra),
        key_file=key_file,
        trust_file=trust_file,
        signing=signing,
    )


def _close_plan(
    person_id: str, closing: _Closing, note: str, extra: Mapping[str, Any] | None = None
) -> Callable[[_Session], _Change]:
    text = note.strip()
    if not text:
        raise CarekbError(f"the {closing.note_name} is empty", hint=closing.empty_hint)

    def plan(s: _Session) -> _Change:
        closing.may(s.entry, _roster_person(s.kb, person_id))
        replacement = (extra or {}).get("replaced_by")
        if replacement is not None:
            _require_replacement(s, str(replacement))
        closed = {"by": person_id, "at": s.at, closing.note_name: text}
        review = {"status": closing.status, closing.record or closing.status: closed}
        fields = {closing.note_name: text, **(extra or {}), "content": content_of(s.entry.data)}
        return _Change(review=review, extra=fields, dropped=_all_dropped(s, closing.dropped))

    return plan


def checkpoint(
    project: Project,
    lead_id: str,
    entry_ids: tuple[str, ...] = (),
    *,
    key_file: Path | None = None,
    trust_file: Path | None = None,
) -> list[Outcome]:
    """A clinical lead vouches for the history of ``entry_ids`` (default: every log).

    Each log whose chain holds gets a ``checkpoint`` event signed with the
    lead's key (the one the trust root lists; without a trust root, the
    lead's roster key): every event before it then counts as proven. A log
    whose newest event is already a checkpoint is left alone.
    """
    kb = open_kb(project, trust=trust_file)
    now = clock.now()
    key = _lead_signing_key(kb, lead_id, key_file, now.date())
    ids = entry_ids or tuple(_logged_ids(project))
    outcomes: list[Outcome] = []
    for entry_id in ids:
        outcome = _checkpoint_one(project, entry_id, lead_id, key, now)
        if outcome is not None:
            outcomes.append(outcome)
    return outcomes


def _checkpoint_one(
    project: Project, entry_id: str, lead_id: str, key: Ed25519PrivateKey, now: dt.datetime
) -> Outcome | None:
    check_entry_id(entry_id)
    lock = entry_lock_path(project.root, entry_id)
    require_inside(project.root, lock, audit_log_path(project.root, entry_id))
    with exclusive_lock(lock):
        log = read_audit_log(project.root, entry_id)
        require_intact(log)
        if not log.events:
            raise CarekbError(
                f"{entry_id} has no audit history to vouch for",
                hint="'carekb status' lists the entries; only reviewed ones have a log",
            )
        last = log.events[-1]
        if last.text("event") == CHECKPOINT:
            return None
        at = clock.format_timestamp(now)
        fields = {
            "event": CHECKPOINT,
            "entry": entry_id,
            "actor": lead_id,
            "at": at,
            "status": last.text("status"),
            "content_hash": last.text("content_hash"),
        }
        record = _signed(next_record(log.file, fields), KeySigner(key))
        append_record(project.root, log.file, record)
    return Outcome(
        entry_id,
        audit_log_path(project.root, entry_id).name,
        CHECKPOINT,
        lead_id,
        at,
        last.text("status"),
        last.text("content_hash"),
    )


def _logged_ids(project: Project) -> list[str]:
    """The ids of every audit log in the project."""
    folder = project.root / AUDIT_DIR
    return sorted(p.name.removesuffix(AUDIT_SUFFIX) for p in folder.glob(f"*{AUDIT_SUFFIX}"))


def _lead_signing_key(
    kb: KnowledgeBase, lead_id: str, key_file: Path | None, today: dt.date
) -> Ed25519PrivateKey:
    """The lead's key: the one the trust root lists, else their roster key with the lead role."""
    root = kb.roster.root
    if root is not None:
        require_listed_lead(root, lead_id, "vouch for audit history")
        return lead_key(root, lead_id, key_file)
    person = _roster_person(kb, lead_id, verified=True)
    if LEAD_ROLE not in person.roles:
        raise CarekbError(
            f"{person.id} does not have the lead role, so cannot vouch for audit history",
            hint="a clinical lead runs this",
        )
    return _signing_key(person, key_file, today)


# --- The shared sequence ----------------------------------------------------


def _run(
    project: Project,
    entry_id: str,
    actor: str,
    event: str,
    plan: Callable[[_Session], _Change],
    *,
    key_file: Path | None = None,
    trust_file: Path | None = None,
    signing: Signing | None = None,
) -> Outcome:
    check_entry_id(entry_id)
    lock = entry_lock_path(project.root, entry_id)
    require_inside(project.root, lock, audit_log_path(project.root, entry_id))
    with exclusive_lock(lock):
        # Everything is read again under the lock: a concurrent command may
        # have changed the entry while this one waited.
        kb = open_kb(project, trust=trust_file)
        entry = find_entry(kb, entry_id)
        require_inside(project.root, project.root / entry.path)
        remove_stale_temporaries(project.root / entry.path)  # a killed run's, if any
        log = read_audit_log(project.root, entry_id)
        require_intact(log)
        done = _complete_interrupted(project, kb, entry, log)
        if done is not None:
            if (done.event, done.actor) == (event, actor):
                return done  # the same command, run again: it has now landed
            kb = reopen(project, kb)
            entry = find_entry(kb, entry_id)
            log = read_audit_log(project.root, entry_id)
        _refuse_stale(entry, signing)
        session = _Session(project, kb, entry, log, _signing_time(signing))
        change = plan(session)
        if change.key is None:
            person = _roster_person(kb, actor, verified=True)
            change.key = _signer(person, key_file, signing, session.today)
        return _commit(session, actor, event, change)


def _refuse_stale(entry: Entry, signing: Signing | None) -> None:
    """Refuse when the content is not the one the reviewer was shown."""
    if signing is None or signing.expected_hash is None:
        return
    if content_hash(entry.data) != signing.expected_hash:
        raise StaleContent(
            f"{entry.id} changed since your page was loaded: what you saw is not what it "
            "holds now, so nothing was signed",
            hint="reload the entry and look at the new diff before you decide",
        )


def _signing_time(signing: Signing | None) -> dt.datetime:
    """Now, or the time the desk gave the browser to sign, if still recent."""
    now = clock.now()
    if signing is None or signing.at is None:
        return now
    if signing.at > now + clock.MAX_CLOCK_SKEW or signing.at < now - SIGNING_WINDOW:
        raise StaleContent(
            "the time to sign was handed out too long ago (or is in the future), so "
            "nothing was signed",
            hint="reload the page and sign again",
        )
    return signing.at


def _complete_interrupted(
    project: Project, kb: KnowledgeBase, entry: Entry, log: AuditLog
) -> Outcome | None:
    """Finish a command killed after its event was logged but before the entry was written.

    The newest event keeps the review block it left and a digest of the one
    it replaced. When the entry still holds exactly the block the event
    replaced, its content is the one the event judged, and the event is
    proven (signed by its actor: a forged event is never written into an
    entry), the block is written from the event. A block edited by hand is
    not "interrupted": lint reports it. Returns what the interrupted command
    did, or ``None`` when nothing was pending.
    """
    last = log.events[-1] if log.events else None
    review = last.record.get("review") if last is not None else None
    if last is None or not isinstance(review, Mapping):
        return None
    if last.text("replaces") != review_block_digest(entry.review):
        return None
    if last.text("content_hash") != content_hash(entry.data):
        return None  # edited since: lint reports the disagreement, a person looks
    history = verify_history(log, entry.id, kb.roster.people, kb.roster.root)
    if history.latest is None or not history.latest.verified:
        return None
    write_review_block(project.root / entry.path, review, expected_content=content_of(entry.data))
    approvals = review.get("approvals")
    return Outcome(
        entry_id=entry.id,
        path=entry.path,
        event=last.text("event"),
        actor=last.text("actor"),
        at=last.text("at"),
        status=last.text("status"),
        content_hash=last.text("content_hash"),
        valid_approvals=len(approvals) if isinstance(approvals, list) else 0,
        required=project.policy.approvals_required,
        next_review=review.get("next_review"),
        completed=True,
    )


def _commit(s: _Session, actor: str, event: str, change: _Change) -> Outcome:
    path = s.project.root / s.entry.path
    current = content_hash(s.entry.data)
    fields: dict[str, Any] = {
        "event": event,
        "entry": s.entry.id,
        "actor": actor,
        "at": s.at,
        "status": change.review["status"],
        "content_hash": current,
        **change.extra,
    }
    if change.dropped:
        fields["dropped"] = change.dropped
    # The block the event leaves, and a digest of the one it replaces, so a
    # command killed after its event can be told apart and completed.
    fields["review"] = change.review
    fields["replaces"] = review_block_digest(s.entry.review)
    assert change.key is not None  # _run checks it before committing
    record = _signed(next_record(s.log.file, fields), change.key)
    original = path.read_bytes()
    # The log first: it is the signed record of what happened. A failure after
    # the line landed takes the event back (and the entry, if it was already
    # replaced), so the two agree; a kill leaves the event, and the next
    # command for the entry completes it (_complete_interrupted).
    try:
        append_record(s.project.root, s.log.file, record)
        write_review_block(
            path, change.review, expected_content=content_of(s.entry.data), old=original
        )
    except BaseException:
        take_back(s.log.file)
        _undo_write(path, original, change.review)
        raise
    return Outcome(
        entry_id=s.entry.id,
        path=s.entry.path,
        event=event,
        actor=actor,
        at=s.at,
        status=change.review["status"],
        content_hash=current,
        valid_approvals=change.valid_approvals,
        required=s.project.policy.approvals_required,
        next_review=change.review.get("next_review"),
        dropped=tuple(change.dropped),
    )


def _approval_change(s: _Session, person: Person, meaning: str, key: Signer) -> _Change:
    verdict = review_verdict(s.entry, s.kb, s.project.policy, s.today)
    written = s.entry.review.get("approvals")
    items = written if isinstance(written, list) else []  # as written: kept ones go back
    current = verdict.content_hash
    # Keep what still counts for this content (one per reviewer), except the
    # signer's own earlier approval, which this one replaces. After an expired
    # review, keep nothing: a new period needs a full set of fresh signatures.
    keep = [c for c in verdict.valid if c.by != person.id and not verdict.expired]
    dropped = [
        _describe(c.by, c.at, _drop_reason(c.kind, c.by == person.id, verdict.expired))
        for c in verdict.checks
        if c not in keep
    ]
    approval = signed_approval(s.entry.id, current, person.id, meaning, s.at, key.sign)
    _check_new_approval(s, approval, current)
    approvals = [items[c.index] for c in keep] + [approval]
    count = len({c.by for c in keep} | {person.id})
    review: dict[str, Any]
    if count >= s.project.policy.approvals_required:
        due = clock.days_after(s.today, s.project.policy.review_interval_days)
        if due is None:  # only a clock fixed by CAREKB_NOW gets this close to 9999-12-31
            raise CarekbError(
                f"the review would be due after 9999-12-31 (today is {s.today.isoformat()})",
                hint="nothing was written; check the clock (and CAREKB_NOW)",
            )
        review = {"status": "approved", "approvals": approvals, "next_review": due.isoformat()}
    else:
        review = {"status": "in_review"}
        requested = s.entry.review.get("requested")  # as written: it goes back into the block
        if isinstance(requested, Mapping) and requested:
            review["requested"] = dict(requested)
        review["approvals"] = approvals
    extra: dict[str, Any] = {"approval": approval, "content": content_of(s.entry.data)}
    if "next_review" in review:
        extra["next_review"] = review["next_review"]
    return _Change(review=review, extra=extra, dropped=dropped, valid_approvals=count, key=key)


def _signed(record: dict[str, Any], signer: Signer) -> dict[str, Any]:
    """``record`` with its actor's signature over every other field."""
    return {**record, "signature": signer.sign(event_message(record))}


def _undo_write(path: Path, original: bytes, review: Mapping[str, Any]) -> None:
    """Put ``original`` back if the file holds what this command wrote, and nothing else."""
    with contextlib.suppress(OSError, CarekbError, UnicodeDecodeError):
        written = splice_review_block(original, review)
        if written != original and path.read_bytes() == written:
            atomic_write_bytes(path, original)


def _check_new_approval(s: _Session, approval: Mapping[str, str], current: str) -> None:
    # Verify the new approval exactly as lint and export will, before writing it.
    check = check_approval(s.entry, 0, approval, s.kb.roster.people, current)
    if check.kind != OK:
        raise CarekbError(
            f"the new approval would not count: {check.reason}",
            hint="nothing was written; fix the roster or key and try again",
        )


def _drop_reason(kind: str, own: bool, expired: bool) -> str:
    if own and kind == OK:
        return "replaced by the new approval"
    if expired and kind == OK:
        return "the review had expired"
    return {"stale": "content changed since", "signer": "signer may no longer approve"}.get(
        kind, "did not verify"
    )


def _all_dropped(s: _Session, reason: str) -> list[str]:
    return [
        _describe(item.by or "?", item.at or "?", reason)
        for item in s.entry.fields.review.approvals
        if item.is_mapping
    ]


def _describe(by: str, at: str, reason: str) -> str:
    return f"approval by {by} at {at} ({reason})"


# --- Checks -----------------------------------------------------------------


def _require_counting_roster(kb: KnowledgeBase) -> None:
    """Refuse to sign while a configured trust root does not trust the roster."""
    roster = kb.roster
    if not roster.counts:
        raise CarekbError(
            f"{roster_summary(roster)}, so no approval counts: nothing was signed",
            hint="a clinical lead checks kb/people.yaml and signs it ('carekb roster sign'); "
            "'carekb roster verify' shows what changed",
        )


def _roster_person(kb: KnowledgeBase, person_id: str, *, verified: bool = False) -> Person:
    """``person_id`` on the roster; ``verified``: as the trust check reads it (revocations)."""
    people = kb.roster.people if verified else kb.people
    person = people.get(person_id)
    if person is None:
        close = difflib.get_close_matches(person_id, sorted(people), n=1)
        raise CarekbError(
            f"'{person_id}' is not in the roster ({PEOPLE_FILE})"
            + (f"; did you mean '{close[0]}'?" if close else ""),
            hint="use your roster id with --as, or ask a lead to add you to kb/people.yaml",
        )
    return person


def _require_may_sign(entry: Entry, person: Person) -> None:
    """Only reviewers review, and never their own entries."""
    if APPROVER_ROLE not in person.roles:
        raise CarekbError(
            f"{person.display} ({person.id}) does not have the reviewer role, so cannot "
            f"review {entry.id}",
            hint="ask a reviewer; if they are one, a lead adds 'reviewer' to their roles "
            "in kb/people.yaml",
        )
    if person.id in entry.authors:
        raise CarekbError(
            f"{person.id} is an author of {entry.id} and cannot review their own entry",
            hint="ask another reviewer to run this",
        )


def _require_may_reject(entry: Entry, person: Person) -> None:
    """A reviewer who may review it sends back an entry in review or approved."""
    _require_may_sign(entry, person)
    if entry.status not in ("in_review", "approved"):
        _refuse_retired(entry)
        raise CarekbError(
            f"{entry.id} is {entry.status}: only entries in review or approved can be sent back",
            hint=f"an author asks for review with 'carekb review request {entry.id}'",
        )


def _require_replacement(s: _Session, replacement: str) -> None:
    """A replacement is another entry of this knowledge base."""
    ids = {entry.id for entry in s.kb.entries}
    if replacement == s.entry.id or replacement not in ids:
        raise CarekbError(
            f"--replaced-by '{replacement}' is not another entry of this knowledge base",
            hint="name the id of the entry that takes its place, or leave --replaced-by out",
        )


def _require_may_retire(entry: Entry, person: Person) -> None:
    """An author of the entry, a reviewer or a lead retires an entry not yet retired."""
    if person.id not in entry.authors and not person.roles & {"lead", APPROVER_ROLE}:
        raise CarekbError(
            f"{person.id} may not retire {entry.id}",
            hint="an author of the entry, a reviewer or a lead retires entries",
        )
    _refuse_retired(entry)


def _require_may_reinstate(entry: Entry, person: Person) -> None:
    """A reviewer who is not an author of the entry, or a lead, reinstates a retired entry."""
    if entry.status != "retired":
        raise CarekbError(
            f"{entry.id} is {entry.status}, not retired: there is nothing to reinstate",
            hint="'carekb status' shows each entry's status",
        )
    if LEAD_ROLE in person.roles:
        return
    if APPROVER_ROLE not in person.roles or person.id in entry.authors:
        raise CarekbError(
            f"{person.id} may not reinstate {entry.id}: a retire is undone only by a reviewer "
            "who is not an author of the entry, or by a clinical lead",
            hint="ask such a reviewer or a lead to run 'carekb review reinstate'",
        )


def _refuse_retired(entry: Entry) -> None:
    if entry.status == "retired":
        raise CarekbError(
            f"{entry.id} is retired, and a retired entry stays retired unless a reviewer "
            "(not one of its authors) or a clinical lead reinstates it",
            hint=f"they run 'carekb review reinstate {entry.id} --as ID --reason TEXT'; or "
            "write a new entry (carekb new)",
        )


def _signer(
    person: Person, key_file: Path | None, signing: Signing | None, today: dt.date
) -> Signer:
    """The desk's signer when it has one, else the key file; either must be the person's."""
    if signing is not None and signing.signer is not None:
        _require_roster_key(person, signing.signer.public_key, "the key you picked", today)
        return signing.signer
    return KeySigner(_signing_key(person, key_file, today))


def _signing_key(person: Person, key_file: Path | None, today: dt.date) -> Ed25519PrivateKey:
    from carekb.trust.keys import default_key_path, load_private_key, public_key_text

    path = key_file or default_key_path(person.id)
    if not person.keys:
        _require_roster_key(person, "", str(path), today)
    key = load_private_key(path)
    _require_roster_key(person, public_key_text(key), f"the key in {path}", today)
    return key


def _require_roster_key(person: Person, public: str, source: str, today: dt.date) -> None:
    """Refuse a key that is not one of ``person``'s roster keys valid ``today``."""
    if not person.keys:
        raise CarekbError(
            f"{person.id} has no public key in {PEOPLE_FILE}, so their signature could not "
            "be checked",
            hint=f"run 'carekb keys new {person.id}' and add the printed lines to "
            f"kb/people.yaml under {person.id}",
        )
    if roster_key_for(person, public, today) is not None:
        return
    revoked = next((k for k in person.keys if k.public_key == public and k.revoked), None)
    if revoked is not None:
        raise CarekbError(
            f"{source} was revoked on {revoked.revoked} ({PEOPLE_FILE}): it signs nothing any more",
            hint=f"make a new key ('carekb keys new {person.id} --force'); a lead adds its "
            "public key to the roster and signs the roster",
        )
    if any(k.public_key == public for k in person.keys):
        raise CarekbError(
            f"{source} is {person.id}'s, but the roster says it is not valid on "
            f"{today.isoformat()} (see valid_from/valid_until in {PEOPLE_FILE})",
            hint="sign with your current key, or ask a lead to correct the dates",
        )
    raise CarekbError(
        f"{source} does not match any of {person.id}'s public keys in "
        f"{PEOPLE_FILE} (it belongs to {public})",
        hint="use your own key file; if this is your new key, a lead adds its "
        "public key to the roster first",
    )


def _require_lint_clean(s: _Session) -> None:
    result = lint(s.project, s.kb, only=[s.project.root / s.entry.path], today=s.today)
    errors = [f for f in result.findings if f.level is Level.ERROR and f.rule not in GATE_IGNORES]
    if errors:
        raise CarekbError(
            f"{s.entry.id} has {len(errors)} lint error(s) and cannot go through review until "
            f"they are fixed:\n{findings_text(errors, s.project.root).rstrip()}",
            hint=f"fix them, check with 'carekb lint {s.entry.path}', then run this again",
            exit_code=1,
        )


_REJECT = _Closing(
    event="reject",
    status="changes_requested",
    note_name="comment",
    empty_hint="say what must change with --comment",
    dropped="changes requested",
    may=_require_may_reject,
)
_RETIRE = _Closing(
    event="retire",
    status="retired",
    note_name="reason",
    empty_hint="say why with --reason",
    dropped="retired",
    may=_require_may_retire,
)
_REINSTATE = _Closing(
    event="reinstate",
    status="in_review",
    record="reinstated",
    note_name="reason",
    empty_hint="say why the entry is needed again",
    dropped="reinstated",
    may=_require_may_reinstate,
)
