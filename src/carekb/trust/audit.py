"""Reading and checking the per-entry audit logs (``kb/audit/<ID>.jsonl``).

Each line is one JSON object, one event: ``seq`` (1, 2, 3...), ``event``
(request, approve, reject, retire), ``actor``, ``at``, ``entry``,
``content_hash``, ``status`` (the status the event left), and ``prev``, the
``sha256:`` of the previous line's bytes (``null`` on the first line), so
changing, dropping or reordering a line breaks the chain at that point.
Approve events also keep the ``approval`` and the approved ``content``, so
``carekb review diff`` works without git. The log is only ever appended to
(by ``carekb.review``); this module only reads.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from carekb.model import Entry, Person
from carekb.project import AUDIT_DIR
from carekb.trust.canonical import canonical_content, sha256_text

AUDIT_SUFFIX = ".jsonl"
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


def audit_log_path(root: Path, entry_id: str) -> Path:
    return root / AUDIT_DIR / f"{entry_id}{AUDIT_SUFFIX}"


def line_hash(raw: bytes) -> str:
    """What the next event's ``prev`` must be: the hash of a line without its line end."""
    return sha256_text(raw)


@dataclass(frozen=True)
class AuditEvent:
    line: int  # 1-based line number in the log
    raw: bytes  # the line's bytes, without its line ending
    record: Mapping[str, Any]

    @property
    def seq(self) -> int:
        value = self.record.get("seq")
        return value if isinstance(value, int) else 0

    def text(self, key: str) -> str:
        value = self.record.get(key)
        return value if isinstance(value, str) else ""

    @property
    def approval(self) -> Mapping[str, Any] | None:
        value = self.record.get("approval")
        return value if isinstance(value, Mapping) else None

    @property
    def content(self) -> Mapping[str, Any] | None:
        value = self.record.get("content")
        return value if isinstance(value, Mapping) else None

    @property
    def label(self) -> str:
        """``event 3 (approve by jlee at 2026-...)``: how messages name an event."""
        return (
            f"event {self.seq or '?'} on line {self.line} ({self.text('event') or '?'} by "
            f"{self.text('actor') or '?'} at {self.text('at') or '?'})"
        )


@dataclass(frozen=True)
class AuditProblem:
    line: int
    message: str


@dataclass(frozen=True)
class AuditLog:
    path: Path
    exists: bool
    events: tuple[AuditEvent, ...]
    problems: tuple[AuditProblem, ...]  # file and chain problems, in file order
    tail: bytes = b""  # the hash of this feeds the next event's prev

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def next_seq(self) -> int:
        return self.events[-1].seq + 1 if self.events else 1

    @property
    def last_hash(self) -> str | None:
        return line_hash(self.tail) if self.events else None

    def approvals(self) -> list[AuditEvent]:
        return [e for e in self.events if e.text("event") == "approve" and e.approval]

    def last_approval(self) -> AuditEvent | None:
        approvals = [e for e in self.approvals() if e.content is not None]
        return approvals[-1] if approvals else None


def read_audit_log(path: Path, entry_id: str) -> AuditLog:
    """Parse a log and check its chain; problems are collected, never raised."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return AuditLog(path=path, exists=False, events=(), problems=())
    except OSError as exc:
        unreadable = AuditProblem(1, f"cannot read the audit log: {exc.strerror or exc}")
        return AuditLog(path=path, exists=True, events=(), problems=(unreadable,))
    events: list[AuditEvent] = []
    problems: list[AuditProblem] = []
    lines = raw.split(b"\n")
    complete, partial = lines[:-1], lines[-1]
    previous: bytes | None = None
    for number, line in enumerate(complete, start=1):
        line = line.removesuffix(b"\r")  # tolerate git's CRLF conversion on Windows
        event, problem = _parse_line(number, line, entry_id, previous, len(events) + 1)
        if problem:
            problems.append(problem)
        if event is not None:
            events.append(event)
        previous = line
    if partial:
        problems.append(
            AuditProblem(
                len(complete) + 1,
                "the last line is incomplete (a write was interrupted): check what the event "
                "was, then delete the partial line so the log ends with a newline",
            )
        )
    return AuditLog(
        path=path,
        exists=True,
        events=tuple(events),
        problems=tuple(problems),
        tail=previous or b"",
    )


def _parse_line(
    number: int, line: bytes, entry_id: str, previous: bytes | None, expected_seq: int
) -> tuple[AuditEvent | None, AuditProblem | None]:
    try:
        record = json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None, AuditProblem(number, "line is not a JSON object: the log was edited by hand")
    if not isinstance(record, dict):
        return None, AuditProblem(number, "line is not a JSON object: the log was edited by hand")
    event = AuditEvent(line=number, raw=line, record=record)
    return event, _record_problem(event, entry_id, previous, expected_seq)


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
    from carekb.clock import parse_timestamp
    from carekb.trust.approvals import APPROVAL_FIELDS, approval_message, key_valid_on
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
    approvals = entry.review.get("approvals")
    items = [a for a in approvals if isinstance(a, Mapping)] if isinstance(approvals, list) else []
    if not log.exists:
        if items or entry.status == "approved":
            return [
                f"status {entry.status} with {len(items)} approval(s) but no audit log "
                f"{AUDIT_DIR}/{entry.id}{AUDIT_SUFFIX}: the review block was written by hand; "
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
