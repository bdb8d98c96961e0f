"""Appending events to an entry's audit log (``kb/audit/<ID>.jsonl``).

Reading and checking logs is :mod:`carekb.trust.audit`; this module only adds
lines, each chained to the one before by ``prev`` (the hash of its bytes).
Callers hold the entry's lock, so nobody appends between our read and write.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from carekb.errors import CarekbError
from carekb.load.writer import append_line
from carekb.project import AUDIT_DIR
from carekb.trust.audit import AuditLog, audit_log_path

_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def check_entry_id(entry_id: str) -> str:
    """Refuse ids that are not slugs: they become file names under ``kb/audit/``."""
    if not _ID.match(entry_id):
        raise CarekbError(
            f"'{entry_id}' is not an entry id",
            hint="ids use lowercase letters, digits and single hyphens, such as cat-cow",
        )
    return entry_id


def lock_path(root: Path, entry_id: str) -> Path:
    """The lock file that serialises every change to one entry (git-ignored)."""
    return root / AUDIT_DIR / f".{check_entry_id(entry_id)}.lock"


def append_event(root: Path, log: AuditLog, fields: Mapping[str, Any]) -> dict[str, Any]:
    """Append one event after the last one in ``log``; return the record as written.

    ``log`` must be the log as read under the entry's lock, and intact: an
    event chained onto a broken log would hide where it broke.
    """
    if not log.ok:
        first = log.problems[0]
        raise CarekbError(
            f"the audit log {log.path.name} is broken at line {first.line}: {first.message}",
            hint="repair it first ('carekb review log ID --verify' shows where it breaks); "
            "nothing was changed",
        )
    record: dict[str, Any] = {"seq": log.next_seq, "prev": log.last_hash, **fields}
    line = json.dumps(record, ensure_ascii=False) + "\n"
    entry_id = str(fields["entry"])
    path = audit_log_path(root, entry_id)
    if path != log.path:
        raise CarekbError(f"internal error: log {log.path} is not {AUDIT_DIR}/{entry_id}.jsonl")
    append_line(path, line.encode("utf-8"))
    return record
