"""Checking the per-entry audit logs: the hash chain, the signed events, the review block.

The file (``kb/audit/<ID>.jsonl``: where it lives, its format, reading and
appending) is :mod:`carekb.load.audit`. This module decides what a log as
read proves:

- :func:`read_audit_log` checks every event's fields and its place in the
  chain (``seq`` and ``prev``); :func:`require_intact` is the one refusal to
  change an entry whose chain is broken;
- :func:`verify_history` checks who made each event: every event carries the
  ``signature`` of the person it names (``actor``), made with their roster key
  over :func:`event_message`; a ``checkpoint`` event, signed by a clinical
  lead, vouches for every event before it (how histories written before
  events were signed move over). An event neither signed nor vouched for is
  *forged*: shown as such, and never used for a decision (the diff's
  baseline, what the block may say, what may be exported). An event dated
  later than now (beyond :data:`carekb.clock.MAX_CLOCK_SKEW`) is not proven
  either, however well signed: its signer's clock was wrong, or the time was
  forged;
- :func:`block_disagreements` compares the verified history with the entry's
  review block.

Nothing here writes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from carekb import clock
from carekb.clock import parse_timestamp
from carekb.entries import Approval
from carekb.errors import CarekbError
from carekb.load.audit import (
    AuditEvent,
    AuditFile,
    AuditProblem,
    audit_log_name,
    audit_log_path,
    line_hash,
    read_audit_file,
)
from carekb.model import Entry, KnowledgeBase, Person, TrustRoot, is_entry_id
from carekb.project import AUDIT_DIR
from carekb.trust.approvals import APPROVAL_FIELDS, approval_message, key_valid_on
from carekb.trust.canonical import canonical_content, canonical_json, sha256_text

CHECKPOINT = "checkpoint"
EVENTS = frozenset({"request", "approve", "reject", "retire", "reinstate", CHECKPOINT})
EVENT_DOMAIN = b"carekb-event-v1\n"
LEAD_ROLE = "lead"
# Proven events after which an earlier unproven one no longer stands unanswered:
# someone who may decide (a reviewer, a lead) has acted since. A request does not
# count: an author can sign one, and authors are who this guards against.
RESOLVING = frozenset({"approve", "reject", "retire", "reinstate", CHECKPOINT})
_REQUIRED: Mapping[str, type | tuple[type, ...]] = {
    "seq": int,
    "event": str,
    "actor": str,
    "at": str,
    "entry": str,
    "content_hash": str,
    "status": str,
}


@dataclass(frozen=True)
class AuditLog:
    """An entry's log as read, with everything wrong with its file and its chain."""

    file: AuditFile
    problems: tuple[AuditProblem, ...]  # file and chain problems, in file order

    @property
    def path(self) -> Path:
        return self.file.path

    @property
    def exists(self) -> bool:
        return self.file.exists

    @property
    def events(self) -> tuple[AuditEvent, ...]:
        return self.file.events

    @property
    def ok(self) -> bool:
        return not self.problems


def read_audit_log(root: Path, entry_id: str) -> AuditLog:
    """``entry_id``'s log in the project at ``root``, its chain checked (problems collected)."""
    if not is_entry_id(entry_id):
        # Not a file name (a schema error lint reports): there is no log to read,
        # and a NUL or '../' in it must never reach the file system.
        return check_chain(AuditFile(path=root / AUDIT_DIR, exists=False), entry_id)
    return check_chain(read_audit_file(audit_log_path(root, entry_id)), entry_id)


def check_chain(file: AuditFile, entry_id: str) -> AuditLog:
    """Every event's fields, entry, ``seq`` and ``prev`` checked against the line before it."""
    problems = list(file.problems)
    for expected_seq, event in enumerate(file.events, start=1):
        previous = file.lines[event.line - 2] if event.line > 1 else None
        problem = _record_problem(event, entry_id, previous, expected_seq)
        if problem:
            problems.append(problem)
    # One problem a line at most, so ordering by line keeps the file's order.
    return AuditLog(file, tuple(sorted(problems, key=lambda p: p.line)))


def require_intact(log: AuditLog) -> None:
    """Refuse to change an entry whose audit log is broken: nothing may hide where it broke."""
    if log.problems:
        first = log.problems[0]
        raise CarekbError(
            f"the audit log {log.path.name} is broken at line {first.line}: {first.message}",
            hint="see 'carekb review log ID --verify'; nothing was changed",
        )


def _record_problem(
    event: AuditEvent, entry_id: str, previous: bytes | None, expected_seq: int
) -> AuditProblem | None:
    record = event.record
    for key, kind in _REQUIRED.items():
        if not isinstance(record.get(key), kind) or isinstance(record.get(key), bool):
            return AuditProblem(event.line, f"{event.label} has no valid '{key}'")
    if record["event"] not in EVENTS:
        return AuditProblem(event.line, f"{event.label}: unknown event '{record['event']}'")
    if record["entry"] != entry_id:
        return AuditProblem(
            event.line,
            f"{event.label} belongs to entry '{record['entry']}', not '{entry_id}': "
            "the log was copied from another entry",
        )
    if record["seq"] != expected_seq:
        return AuditProblem(
            event.line,
            f"{event.label} has seq {record['seq']}, expected {expected_seq}: "
            "an event was removed, added or reordered",
        )
    expected_prev = line_hash(previous) if previous is not None else None
    if record.get("prev") != expected_prev:
        return AuditProblem(
            event.line,
            f"{event.label}: 'prev' does not match the line before it, so the line before "
            "was changed or removed (the hash chain is broken)",
        )
    return None


def event_message(record: Mapping[str, Any], *, from_json: bool = False) -> bytes:
    """The exact bytes an event's ``signature`` covers: every other field of the record
    (``from_json``: the record as read from its log, see :func:`canonical_json`)."""
    body = {key: value for key, value in record.items() if key != "signature"}
    return EVENT_DOMAIN + canonical_json(body, from_json=from_json)


@dataclass(frozen=True)
class CheckedEvent:
    """One event of a log and whether its author is proven."""

    event: AuditEvent
    verified: bool  # signed by its actor, or vouched for by a later lead checkpoint
    reason: str = ""  # why not verified ("" when it is)
    future: bool = False  # well signed, but dated later than now: proven once time catches up


@dataclass(frozen=True)
class History:
    """An entry's log with every event checked: what decisions may rest on."""

    log: AuditLog
    events: tuple[CheckedEvent, ...]

    @property
    def forged(self) -> tuple[CheckedEvent, ...]:
        return tuple(e for e in self.events if not e.verified)

    @property
    def future(self) -> bool:
        """Whether an event is unproven only because its time has not come yet."""
        return any(e.future for e in self.events)

    @property
    def latest(self) -> CheckedEvent | None:
        return self.events[-1] if self.events else None

    def last_verified(self, kind: str) -> AuditEvent | None:
        """The newest proven event of ``kind`` (approve, reject...)."""
        found = [e.event for e in self.events if e.verified and e.event.text("event") == kind]
        return found[-1] if found else None

    @property
    def unresolved(self) -> tuple[CheckedEvent, ...]:
        """Unproven events after the newest proven decision (approve, reject, retire) or
        lead's checkpoint: nobody who may decide has acted since they appeared."""
        tail: list[CheckedEvent] = []
        for checked in reversed(self.events):
            if checked.verified and checked.event.text("event") in RESOLVING:
                break
            if not checked.verified:
                tail.append(checked)
        return tuple(reversed(tail))

    @property
    def problems(self) -> tuple[AuditProblem, ...]:
        """Chain problems, then every event that is not proven, in file order."""
        forged = [AuditProblem(e.event.line, e.reason) for e in self.forged]
        return tuple(sorted([*self.log.problems, *forged], key=lambda p: p.line))


def verify_history(
    log: AuditLog,
    entry_id: str,
    people: Mapping[str, Person],
    root: TrustRoot | None,
    *,
    now: dt.datetime | None = None,
) -> History:
    """Every event of ``log`` checked against the roster ``people`` and the trust root.

    ``people`` is the roster as trusted (revoked keys marked: they sign
    nothing). A checkpoint must be signed by a lead of ``root``; without a
    trust root, by a roster person with the lead role. Events after a break
    in the chain, and events dated later than ``now`` (default:
    :func:`carekb.clock.now`), are never proven.
    """
    broken = log.problems[0].line if log.problems else None
    moment = now or clock.now()
    checked = [
        _check_event(event, entry_id, people, root, moment)
        if broken is None or event.line < broken
        else CheckedEvent(event, False, f"{event.label} comes after the break in the chain")
        for event in log.events
    ]
    vouched = max(
        (i for i, c in enumerate(checked) if c.verified and c.event.text("event") == CHECKPOINT),
        default=-1,
    )
    return History(
        log,
        tuple(
            CheckedEvent(c.event, True) if i < vouched and not c.verified else c
            for i, c in enumerate(checked)
        ),
    )


def _check_event(
    event: AuditEvent,
    entry_id: str,
    people: Mapping[str, Person],
    root: TrustRoot | None,
    now: dt.datetime,
) -> CheckedEvent:
    problem, key = _signature_problem(event, people, root)
    if problem is None and event.text("event") == "approve":
        found = _approval_event_problem(event, entry_id, people, signed_with=key)
        problem = found.message if found else None
    if problem is None and _dated_after(event, now):
        return CheckedEvent(
            event,
            False,
            f"{event.label} is dated in the future: {event.text('actor')}'s clock was wrong "
            "or the time was forged",
            future=True,
        )
    return CheckedEvent(event, problem is None, problem or "")


def _dated_after(event: AuditEvent, now: dt.datetime) -> bool:
    """Whether the event (or the approval it records) was signed later than ``now`` allows."""
    times = [event.text("at"), str((event.approval or {}).get("at", ""))]
    moments = [parse_timestamp(text) for text in times if text]
    return any(clock.in_future(moment, now) for moment in moments if moment is not None)


def _signature_problem(
    event: AuditEvent, people: Mapping[str, Person], root: TrustRoot | None
) -> tuple[str | None, str | None]:
    """Why ``event`` is not signed by its actor ("None" when it is), and else the public
    key its signature verifies with."""
    from carekb.trust.verified import verify

    actor, signature = event.text("actor"), event.text("signature")
    if not signature:
        return (
            f"{event.label} is not signed: it was not made by carekb for {actor or 'anyone'} "
            "(or was made before events were signed and no lead's checkpoint vouches for it)"
        ), None
    moment = parse_timestamp(event.text("at"))
    if moment is None:
        return f"{event.label} has no valid time", None
    keys = _signing_keys(event, people, root, moment.date())
    message = event_message(event.record, from_json=True)
    found = next((key for key in keys if verify(key, signature, message)), None)
    if found is None:
        whose = "a clinical lead's key" if event.text("event") == CHECKPOINT else "roster keys"
        return (
            f"{event.label}: the signature does not verify with {actor}'s {whose} valid on "
            "that day: the event was forged or edited"
        ), None
    return None, found


def _signing_keys(
    event: AuditEvent, people: Mapping[str, Person], root: TrustRoot | None, day: dt.date
) -> list[str]:
    """The public keys that may have signed ``event``."""
    actor = event.text("actor")
    if event.text("event") == CHECKPOINT and root is not None:
        lead = root.lead(actor)
        return [lead.public_key] if lead is not None else []
    person = people.get(actor)
    if person is None:
        return []
    if event.text("event") == CHECKPOINT and LEAD_ROLE not in person.roles:
        return []
    return [k.public_key for k in person.keys if key_valid_on(k, day)]


def entry_history(
    root: Path, kb: KnowledgeBase, entry_id: str, *, now: dt.datetime | None = None
) -> History:
    """``entry_id``'s log in the project at ``root``, every event checked against ``kb``'s
    trusted roster and trust root (and against ``now``, default :func:`carekb.clock.now`)."""
    log = read_audit_log(root, entry_id)
    return verify_history(log, entry_id, kb.roster.people, kb.roster.root, now=now)


def unproven(history: History, entry: Entry) -> list[str]:
    """Why ``entry``'s history cannot back what its review block says (empty: it can).

    The export gate asks this of every entry it would publish: a broken chain,
    an unproven event nobody who may decide has answered, or a block the proven history does
    not back each keep the entry out.
    """
    if history.log.problems:
        first = history.log.problems[0]
        return [f"its audit log is broken at line {first.line}: {first.message}"]
    if history.unresolved:
        return [f"an event in its audit log is not proven: {history.unresolved[0].reason}"]
    return block_disagreements(history, entry)


def _approval_event_problem(
    event: AuditEvent, entry_id: str, people: Mapping[str, Person], *, signed_with: str | None
) -> AuditProblem | None:
    """Why the approval an approve event records does not stand ("None" when it does).
    ``signed_with``: the public key the event's own signature verified with."""
    from carekb.trust.verified import verify, vouch

    approval = event.approval or {}
    fields = {k: approval.get(k) for k in APPROVAL_FIELDS}
    if not all(isinstance(v, str) for v in fields.values()):
        return AuditProblem(event.line, f"{event.label}: the approval is incomplete")
    values = {k: str(v) for k, v in fields.items()}
    if values["content_hash"] != event.text("content_hash"):
        return AuditProblem(event.line, f"{event.label}: the approval is for a different hash")
    content = event.content
    stored = None if content is None else sha256_text(canonical_content(content, from_json=True))
    if stored is not None and stored != values["content_hash"]:
        return AuditProblem(
            event.line, f"{event.label}: the stored content does not match its hash"
        )
    person = people.get(values["by"])
    moment = parse_timestamp(values["at"])
    if person is None or moment is None:
        return AuditProblem(
            event.line, f"{event.label}: signer '{values['by']}' is not in kb/people.yaml"
        )
    message = approval_message(
        entry_id,
        values["content_hash"],
        values["by"],
        values["role"],
        values["meaning"],
        values["at"],
    )
    if signed_with is not None and _approver_signed(event, entry_id, values["by"]):
        # The event's signature, made with the approver's own key, covers the approval
        # whole: each field its own signature covers (the entry's id as the event's), and
        # that signature too. So the approval needs no second verification, here or in
        # the entry's file (approval-signature asks after the same three): a cold lint of
        # 10,000 approved entries verified 20,000 signatures, one per approval event now.
        vouch(signed_with, values["signature"], message)
    day = moment.date()
    if not any(
        key_valid_on(k, day) and verify(k.public_key, values["signature"], message)
        for k in person.keys
    ):
        return AuditProblem(
            event.line,
            f"{event.label}: the signature does not verify with {values['by']}'s roster keys",
        )
    return None


def _approver_signed(event: AuditEvent, entry_id: str, by: str) -> bool:
    """Whether ``event`` was made by the approver ``by`` it records, for ``entry_id``: its
    signature (made with their key) then vouches for their approval."""
    return event.text("actor") == by and event.text("entry") == entry_id


def block_disagreements(history: History, entry: Entry) -> list[str]:
    """How the entry's review block disagrees with its proven history (empty when they agree).

    Only proven events count. The block may hold fewer approvals than the log
    (approve drops stale ones, and they stay in the log), but never one that
    no proven approve event recorded, nor one a later approval of other
    content replaced (the file was rolled back to an older approval); and its
    status is the one the newest proven event left.
    """
    items = [a for a in entry.fields.review.approvals if a.is_mapping]
    if not history.log.exists:
        if items or entry.status == "approved":
            return [
                f"status {entry.status} with {len(items)} approval(s) but no audit log "
                f"{audit_log_name(entry.id)}: the review block was written by hand; "
                f"use the 'carekb review' commands"
            ]
        return []
    proven = [c.event for c in history.events if c.verified]
    problems: list[str] = []
    last = proven[-1] if proven else None
    if last is not None and last.text("status") != entry.status:
        interrupted = last.text("replaces") == review_block_digest(entry.review)
        why = (
            f"the entry does not show that {last.text('event')} yet (it was interrupted, or the "
            "file was rolled back to just before it): any 'carekb review' command for the "
            "entry completes it from the signed event"
            if interrupted
            else "the block was edited by hand or the file rolled back: put back the version "
            "this event recorded (for example with git), or run the review commands again"
        )
        problems.append(
            f"the review block says status '{entry.status}', but the audit log's last proven "
            f"{last.label} left it '{last.text('status')}': {why}"
        )
    approvals = [e for e in proven if e.text("event") == "approve" and e.approval]
    early = [c.event for c in history.events if c.future]
    for item in items:
        problem = _approval_in_history(item, approvals, early)
        if problem:
            problems.append(
                f"approval #{item.index + 1} (by {item.by or '?'} at {item.at or '?'}) {problem}"
            )
    return problems


def review_block_digest(review: Mapping[str, Any]) -> str:
    """A digest of a review block as loaded, which events record to recognise it later."""
    return sha256_text(canonical_json(dict(review)))


def _approval_in_history(
    item: Approval, approvals: list[AuditEvent], early: list[AuditEvent]
) -> str:
    """Why a block approval is not backed by the proven approve events ("" when it is).

    ``early`` are the well-signed events dated in the future (not proven yet).
    """
    signature = str(item.signature)
    logged = _signed_by(approvals, signature)
    if logged is None:
        future = _signed_by(early, signature)
        if future is not None:
            return (
                f"is recorded only by {early[future].label}, which is dated in the future: "
                "it is not proven until that time has come"
            )
        return "is not in the audit log: it was not made with 'carekb review approve'"
    made = approvals[logged].text("content_hash")
    later = next((e for e in approvals[logged + 1 :] if e.text("content_hash") != made), None)
    if later is not None:
        return (
            f"was replaced by the approval of other content ({later.label}): the entry "
            "file was rolled back to an older approved version"
        )
    return ""


def _signed_by(events: list[AuditEvent], signature: str) -> int | None:
    """The index of the event recording the approval with ``signature``, if any."""
    return next(
        (i for i, e in enumerate(events) if str((e.approval or {}).get("signature")) == signature),
        None,
    )
