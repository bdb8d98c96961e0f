"""Checking the per-entry audit logs: the hash chain, the signed approvals, the review block.

The file (``kb/audit/<ID>.jsonl``: where it lives, its format, reading and
appending) is :mod:`carekb.load.audit`. This module decides what a log as
read proves: :func:`read_audit_log` checks every event's fields and its place
in the chain (``seq`` and ``prev``), :func:`verify_log` also every logged
approval's content hash and signature, and :func:`block_disagreements`
compares the log with the entry's review block. :func:`require_intact` is the
one refusal to change an entry whose log is broken. Nothing here writes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from carekb.clock import parse_timestamp
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
from carekb.model import Entry, Person
from carekb.trust.approvals import APPROVAL_FIELDS, approval_items, approval_message, key_valid_on
from carekb.trust.canonical import canonical_content, sha256_text

EVENTS = frozenset({"request", "approve", "reject", "retire"})
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

    def approvals(self) -> list[AuditEvent]:
        return [e for e in self.events if e.text("event") == "approve" and e.approval]

    def last_approval(self) -> AuditEvent | None:
        approvals = [e for e in self.approvals() if e.content is not None]
        return approvals[-1] if approvals else None


def read_audit_log(root: Path, entry_id: str) -> AuditLog:
    """``entry_id``'s log in the project at ``root``, its chain checked (problems collected)."""
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


def verify_log(log: AuditLog, entry_id: str, people: Mapping[str, Person]) -> list[AuditProblem]:
    """Everything :func:`read_audit_log` checks, plus every approval's content and signature.

    For ``carekb review log --verify``: the first problem names the first bad event.
    """
    problems = list(log.problems)
    for event in log.approvals():
        problem = _approval_event_problem(event, entry_id, people)
        if problem:
            problems.append(problem)
    return sorted(problems, key=lambda p: p.line)


def _approval_event_problem(
    event: AuditEvent, entry_id: str, people: Mapping[str, Person]
) -> AuditProblem | None:
    from carekb.trust.keys import verify

    approval = event.approval or {}
    fields = {k: approval.get(k) for k in APPROVAL_FIELDS}
    if not all(isinstance(v, str) for v in fields.values()):
        return AuditProblem(event.line, f"{event.label}: the approval is incomplete")
    values = {k: str(v) for k, v in fields.items()}
    if values["content_hash"] != event.text("content_hash"):
        return AuditProblem(event.line, f"{event.label}: the approval is for a different hash")
    content = event.content
    if content is not None and sha256_text(canonical_content(content)) != values["content_hash"]:
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
    day = moment.astimezone(dt.UTC).date()
    if not any(
        key_valid_on(k, day) and verify(k.public_key, values["signature"], message)
        for k in person.keys
    ):
        return AuditProblem(
            event.line,
            f"{event.label}: the signature does not verify with {values['by']}'s roster keys",
        )
    return None


def block_disagreements(log: AuditLog, entry: Entry) -> list[str]:
    """How the entry's review block disagrees with its log (empty when they agree).

    The block may hold fewer approvals than the log (approve drops stale ones,
    and they stay in the log), but never one the log does not have.
    """
    items = [a for _, a in approval_items(entry) if isinstance(a, Mapping)]
    if not log.exists:
        if items or entry.status == "approved":
            return [
                f"status {entry.status} with {len(items)} approval(s) but no audit log "
                f"{audit_log_name(entry.id)}: the review block was written by hand; "
                f"use the 'carekb review' commands"
            ]
        return []
    problems: list[str] = []
    last = log.events[-1] if log.events else None
    if last is not None and last.text("status") != entry.status:
        problems.append(
            f"the review block says status '{entry.status}', but the audit log's last "
            f"{last.label} left it '{last.text('status')}': the block was edited by hand"
        )
    logged = {str(e.approval.get("signature")) for e in log.approvals() if e.approval}
    for index, item in enumerate(items):
        if str(item.get("signature")) not in logged:
            problems.append(
                f"approval #{index + 1} (by {item.get('by', '?')} at {item.get('at', '?')}) "
                f"is not in the audit log: it was not made with 'carekb review approve'"
            )
    return problems
