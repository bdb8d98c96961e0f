"""The per-entry audit log on disk (``kb/audit/<ID>.jsonl``): its format, reading, appending.

Each line is one JSON object, one event: ``seq`` (1, 2, 3...), ``event``
(request, approve, reject, retire), ``actor``, ``at``, ``entry``,
``content_hash``, ``status`` (the status the event left), and ``prev``, the
:func:`line_hash` of the previous line's bytes (``null`` on the first line),
so changing, dropping or reordering a line breaks the chain at that point.
Approve events also keep the ``approval`` and the approved ``content``, so
``carekb review diff`` works without git.

This module knows the file: where a log lives, how its lines parse, and how
one more line is chained on and appended. It judges nothing: whether the
chain holds and whose signatures verify is :mod:`carekb.trust.audit`, which
reads logs through :func:`read_audit_file`; the review workflow reads them
there, and appends here (holding the entry's lock, :func:`entry_lock_path`,
for the whole read-check-write sequence).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from carekb.errors import CarekbError
from carekb.load.regular import read_regular
from carekb.load.writer import append_line, truncate_file
from carekb.model import is_entry_id
from carekb.project import AUDIT_DIR

AUDIT_SUFFIX = ".jsonl"


def check_entry_id(entry_id: str) -> str:
    """Refuse ids that are not slugs: they become file names under ``kb/audit/``."""
    if not is_entry_id(entry_id):
        raise CarekbError(
            f"'{entry_id}' is not an entry id",
            hint="ids use lowercase letters, digits and single hyphens, such as cat-cow",
        )
    return entry_id


def audit_log_name(entry_id: str) -> str:
    """``kb/audit/<ID>.jsonl``: the log's path inside the project, as messages show it."""
    return f"{AUDIT_DIR}/{entry_id}{AUDIT_SUFFIX}"


def audit_log_path(root: Path, entry_id: str) -> Path:
    return root / audit_log_name(entry_id)


def entry_lock_path(root: Path, entry_id: str) -> Path:
    """The lock file that serialises every change to one entry (git-ignored)."""
    return root / AUDIT_DIR / f".{check_entry_id(entry_id)}.lock"


def line_hash(raw: bytes) -> str:
    """What the next event's ``prev`` must be: the hash of a line without its line end."""
    return "sha256:" + hashlib.sha256(raw).hexdigest()


@dataclass(frozen=True)
class AuditEvent:
    """One line of a log that is a JSON object: an event as written, not yet believed."""

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
class AuditFile:
    """A log as read: every complete line, the ones that parse, and what does not."""

    path: Path
    exists: bool
    lines: tuple[bytes, ...] = ()  # every complete line, without its line ending
    events: tuple[AuditEvent, ...] = ()  # the lines that are JSON objects
    problems: tuple[AuditProblem, ...] = ()  # unreadable, not JSON, a partial last line
    size: int = 0  # bytes read: the next line goes after exactly these

    @property
    def next_seq(self) -> int:
        return self.events[-1].seq + 1 if self.events else 1

    @property
    def last_hash(self) -> str | None:
        """The ``prev`` of the next event: the hash of the last complete line."""
        return line_hash(self.lines[-1]) if self.events else None


def read_audit_file(path: Path) -> AuditFile:
    """Split a log into lines and parse each; problems are collected, never raised."""
    try:
        raw = read_regular(path)
    except FileNotFoundError:
        return AuditFile(path=path, exists=False)
    except OSError as exc:
        unreadable = AuditProblem(1, f"cannot read the audit log: {exc.strerror or exc}")
        return AuditFile(path=path, exists=True, problems=(unreadable,))
    *complete, partial = raw.split(b"\n")
    # Tolerate git's CRLF conversion on Windows.
    lines = tuple(line.removesuffix(b"\r") for line in complete)
    events: list[AuditEvent] = []
    problems: list[AuditProblem] = []
    for number, line in enumerate(lines, start=1):
        record = _json_object(line)
        if record is None:
            problems.append(
                AuditProblem(number, "line is not a JSON object: the log was edited by hand")
            )
        else:
            events.append(AuditEvent(line=number, raw=line, record=record))
    if partial:
        problems.append(
            AuditProblem(
                len(lines) + 1,
                "the last line is incomplete (a write was interrupted): check what the event "
                "was, then delete the partial line so the log ends with a newline",
            )
        )
    return AuditFile(path, True, lines, tuple(events), tuple(problems), len(raw))


def _json_object(line: bytes) -> dict[str, Any] | None:
    try:
        record = json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    return record if isinstance(record, dict) else None


def next_record(log: AuditFile, fields: Mapping[str, Any]) -> dict[str, Any]:
    """The event ``fields`` as the line after the last one in ``log``: ``seq`` and ``prev`` set."""
    return {"seq": log.next_seq, "prev": log.last_hash, **fields}


def take_back(log: AuditFile) -> None:
    """Cut the log back to ``log`` as read, undoing an append whose command then failed.

    Only the command holding the entry's lock calls this, right after its own
    append, so nothing else can have been appended since.
    """
    if not log.exists:
        with contextlib.suppress(FileNotFoundError):
            log.path.unlink()
        return
    truncate_file(log.path, log.size)


def append_record(root: Path, log: AuditFile, record: Mapping[str, Any]) -> None:
    """Append ``record`` (made by :func:`next_record` from ``log``) as one line.

    ``log`` must be the entry's log as read under the entry's lock, and its
    chain checked (:func:`carekb.trust.audit.require_intact`): an event
    chained onto a broken log would hide where it broke. A record that does
    not follow ``log``, or a log that grew since it was read, is refused: the
    chain would fork.
    """
    entry_id = str(record["entry"])
    path = audit_log_path(root, entry_id)
    if path != log.path:
        raise CarekbError(f"internal error: log {log.path} is not {audit_log_name(entry_id)}")
    on_disk = path.stat().st_size if path.exists() else 0
    follows = record.get("seq") == log.next_seq and record.get("prev") == log.last_hash
    if not follows or on_disk != log.size:
        raise CarekbError(f"internal error: the new event does not follow the last in {path}")
    line = json.dumps(record, ensure_ascii=False) + "\n"
    append_line(path, line.encode("utf-8"))
