"""The publisher's record: what a publisher last exported, so a rollback is refused.

Everything in the repository can be rolled back together with git: an entry
and its audit log (undoing a retire or a rejection), or the roster (undoing
a revocation). Each old version is still well signed, so no signature check
can tell it from the newest. Like a client of The Update Framework, the
publisher therefore remembers the newest state it has accepted, outside the
repository (:mod:`carekb.load.record` keeps the file), and refuses anything
older:

- the roster's signed ``version`` may never fall, and one version means one
  roster (:func:`roster_rollback`);
- every entry's audit log must still hold, at the same place, the newest
  proven event the publisher saw last time (its *head*), so the log can only
  have grown since (:func:`entry_rollback`).

The record is keyed by the project identity the leads sign with the roster,
so one machine can publish several projects. This module decides; it reads
and writes nothing.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from typing import Any

from carekb.load.audit import audit_log_name, line_hash
from carekb.model import RosterTrust
from carekb.trust.audit import History

RECORD_FORMAT = "carekb-publisher-record-v1"


@dataclass(frozen=True)
class ChainHead:
    """The newest proven event of an entry's log, as the publisher saw it."""

    seq: int
    line: str  # the hash of the event's line: the chain's digest up to there
    event: str  # approve, retire... (for messages)
    actor: str
    at: str

    def describe(self) -> str:
        return f"event {self.seq} ({self.event} by {self.actor} at {self.at})"

    def as_json(self) -> dict[str, Any]:
        return {
            "seq": self.seq,
            "line": self.line,
            "event": self.event,
            "actor": self.actor,
            "at": self.at,
        }


@dataclass(frozen=True)
class PrintedCopy:
    """A handout version this publisher exported: what a patient may hold on paper."""

    handout: str
    version: str  # the short version printed on every page
    digest: str  # the full printed version
    entries: tuple[str, ...]  # every entry it printed
    first_exported: str  # when this publisher first exported it

    def as_json(self) -> dict[str, Any]:
        return {
            "handout": self.handout,
            "version": self.version,
            "digest": self.digest,
            "entries": list(self.entries),
            "first_exported": self.first_exported,
        }


@dataclass(frozen=True)
class ProjectRecord:
    """What one project's last export accepted, and every handout version it printed."""

    project: str
    roster_version: int
    roster_hash: str
    exported_at: str
    heads: Mapping[str, ChainHead] = field(default_factory=dict)  # entry id -> head
    printed: tuple[PrintedCopy, ...] = ()  # oldest first


@dataclass(frozen=True)
class Rollback:
    """Something older than what the publisher accepted last: the export is refused."""

    path: str  # the file to restore, relative to the project
    entry_id: str  # "" for the roster
    message: str


def project_record(data: Mapping[str, Any], project: str) -> ProjectRecord | None:
    """``project``'s part of a record file's data; ``None`` when it has none."""
    projects = data.get("projects")
    found = projects.get(project) if isinstance(projects, Mapping) else None
    if not isinstance(found, Mapping):
        return None
    roster = found.get("roster")
    roster = roster if isinstance(roster, Mapping) else {}
    entries = found.get("entries")
    heads = {
        str(entry_id): head
        for entry_id, value in (entries.items() if isinstance(entries, Mapping) else [])
        if (head := _head(value)) is not None
    }
    return ProjectRecord(
        project=project,
        roster_version=_int(roster.get("version")),
        roster_hash=str(roster.get("hash", "")),
        exported_at=str(found.get("exported_at", "")),
        heads=heads,
        printed=_printed(found.get("printed")),
    )


def _printed(value: Any) -> tuple[PrintedCopy, ...]:
    """The record's printed copies; an item that is not one is skipped."""
    copies: list[PrintedCopy] = []
    for item in value if isinstance(value, list) else []:
        if not isinstance(item, Mapping) or not isinstance(item.get("digest"), str):
            continue
        entries = item.get("entries")
        copies.append(
            PrintedCopy(
                handout=str(item.get("handout", "")),
                version=str(item.get("version", "")),
                digest=item["digest"],
                entries=tuple(str(e) for e in entries) if isinstance(entries, list) else (),
                first_exported=str(item.get("first_exported", "")),
            )
        )
    return tuple(copies)


def _head(value: Any) -> ChainHead | None:
    if not isinstance(value, Mapping) or not isinstance(value.get("line"), str):
        return None
    return ChainHead(
        seq=_int(value.get("seq")),
        line=value["line"],
        event=str(value.get("event", "?")),
        actor=str(value.get("actor", "?")),
        at=str(value.get("at", "?")),
    )


def _int(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def _with_new_copies(
    previous: ProjectRecord | None, printed: Collection[PrintedCopy]
) -> list[PrintedCopy]:
    copies = list(previous.printed) if previous else []
    known = {copy.digest for copy in copies}
    copies.extend(copy for copy in printed if copy.digest not in known)
    return copies


def copies_printing(record: ProjectRecord | None, entry_id: str) -> tuple[PrintedCopy, ...]:
    """The handout versions this publisher exported that printed ``entry_id``."""
    if record is None:
        return ()
    return tuple(copy for copy in record.printed if entry_id in copy.entries)


def chain_head(history: History) -> ChainHead | None:
    """The newest proven event of ``history``; ``None`` when no event is proven."""
    proven = [checked.event for checked in history.events if checked.verified]
    if not proven:
        return None
    event = proven[-1]
    return ChainHead(
        seq=event.seq,
        line=line_hash(event.raw),
        event=event.text("event"),
        actor=event.text("actor"),
        at=event.text("at"),
    )


def extends(history: History, head: ChainHead) -> bool:
    """Whether ``history``'s log still holds ``head`` where it was, on an intact chain.

    Each line's ``prev`` is the hash of the line before, so the same line at
    the same place means the same history up to there: the log only grew.
    """
    events = history.log.events
    if head.seq < 1 or head.seq > len(events):
        return False
    event = events[head.seq - 1]
    broken = history.log.problems[0].line if history.log.problems else None
    return line_hash(event.raw) == head.line and (broken is None or broken > event.line)


def entry_rollback(
    record: ProjectRecord, entry_id: str, path: str, history: History
) -> Rollback | None:
    """Why ``entry_id``'s history (entry file at ``path``) is older than the publisher's
    record (``None``: it is not)."""
    head = record.heads.get(entry_id)
    if head is None or extends(history, head):
        return None
    log_path = audit_log_name(entry_id)
    return Rollback(
        log_path,
        entry_id,
        f"'{entry_id}': its audit log {log_path} no longer holds {head.describe()}, which this "
        f"publisher exported on {record.exported_at or 'an earlier export'}: the log (and "
        f"perhaps {path}) was rolled back to an older version, or replaced. Restore both from "
        f"version control (git log -- {log_path}), or, if that history is lost for good and "
        f"a clinical lead has checked the entry, export once with --accept-rollback {entry_id}",
    )


def roster_rollback(record: ProjectRecord, roster: RosterTrust, path: str) -> Rollback | None:
    """Why the trusted roster is older than the one the publisher accepted last."""
    if roster.version > record.roster_version:
        return None
    if roster.version == record.roster_version and roster.roster_hash == record.roster_hash:
        return None
    older = (
        f"is version {roster.version}, older than version {record.roster_version}"
        if roster.version < record.roster_version
        else f"is another roster signed as version {roster.version}"
    )
    return Rollback(
        path,
        "",
        f"{path} {older}, which this publisher accepted on "
        f"{record.exported_at or 'an earlier export'}: the roster was rolled back (which can "
        f"undo a revocation). Restore the newest signed roster from version control "
        f"(git log -p -- {path}); if it is lost, a clinical lead checks the roster and signs "
        f"it as a newer version ('carekb roster sign --version {record.roster_version + 1}')",
    )


def next_record(
    data: Mapping[str, Any],
    previous: ProjectRecord | None,
    roster: RosterTrust,
    heads: Mapping[str, ChainHead],
    exported_at: str,
    accepted: Collection[str] = (),
    printed: Collection[PrintedCopy] = (),
) -> dict[str, Any]:
    """The record file's data after a successful export of ``roster.project``.

    An entry no longer in the knowledge base keeps its head, so bringing it
    back with an older history is still refused; a head never moves back,
    except for the ``accepted`` rollbacks the publisher allowed. The handout
    versions ``printed`` now join those printed before (each version once,
    with the time it was first exported), so a withdrawal can name them.
    """
    merged: dict[str, ChainHead] = dict(previous.heads) if previous else {}
    for entry_id, head in heads.items():
        known = merged.get(entry_id)
        if known is None or head.seq >= known.seq or entry_id in accepted:
            merged[entry_id] = head
    projects = data.get("projects")
    updated = dict(projects) if isinstance(projects, Mapping) else {}
    updated[roster.project] = {
        "roster": {"version": roster.version, "hash": roster.roster_hash},
        "exported_at": exported_at,
        "entries": {entry_id: merged[entry_id].as_json() for entry_id in sorted(merged)},
        "printed": [copy.as_json() for copy in _with_new_copies(previous, printed)],
    }
    return {"format": RECORD_FORMAT, "projects": dict(sorted(updated.items()))}
