"""What happened to an entry: the diff since its last approval, and its audit trail.

``carekb review diff ID`` compares the content stored in the entry's last
proven approve event (or, with ``--against rejected``, its last proven
rejection) with the content now, field by field, as a unified diff of
YAML-like lines (long text wrapped, so a one-word change shows as one line).
Forged events are never the baseline. ``carekb review log ID`` lists the
events; ``--verify`` also recomputes the hash chain, every stored content
hash and every event's signature.
"""

from __future__ import annotations

import difflib
import json
import textwrap
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from carekb.errors import CarekbError
from carekb.load.audit import AuditEvent, AuditProblem, audit_log_name, check_entry_id
from carekb.model import Entry, KnowledgeBase
from carekb.project import Project
from carekb.review.entries import find_entry
from carekb.trust.audit import (
    AuditLog,
    History,
    block_disagreements,
    entry_history,
    read_audit_log,
    verify_history,
)
from carekb.trust.canonical import content_hash, content_of, short_hash

WRAP = 76


BASELINES = {"approved": "approve", "rejected": "reject"}


@dataclass(frozen=True)
class ContentDiff:
    entry_id: str
    base: AuditEvent  # the approve (or reject) event whose content is compared
    text: str  # the unified diff ("" when nothing changed)
    changed_fields: tuple[str, ...]

    @property
    def changed(self) -> bool:
        return bool(self.changed_fields)


def content_diff(
    project: Project, kb: KnowledgeBase, entry_id: str, *, against: str = "approved"
) -> ContentDiff:
    """The diff between the content last approved (or rejected) and the content now.

    Only proven events count: a forged approve event, however well chained,
    is never the baseline a reviewer compares with.
    """
    entry, base = _baseline(project, kb, entry_id, against)
    kind = BASELINES[against]
    if base is None or base.content is None:
        never = "approved" if against == "approved" else "sent back"
        raise CarekbError(
            f"{entry.id} has never been {never} (no proven {kind} event in its audit log), "
            "so there is nothing to compare with",
            hint=f"'carekb review log {entry.id} --verify' shows its history",
        )
    before = dict(base.content)
    after = content_of(entry.data)
    approval = base.approval or {}
    header = [
        f"--- {entry.id} as {against} by {approval.get('by', base.text('actor'))} at "
        f"{approval.get('at', base.text('at'))} ({short_hash(base.text('content_hash'))})",
        f"+++ {entry.id} now, {entry.path} ({short_hash(content_hash(entry.data))})",
    ]
    body: list[str] = []
    changed: list[str] = []
    for key in _field_order(before, after):
        old = render_field(key, before[key]) if key in before else []
        new = render_field(key, after[key]) if key in after else []
        if old == new:
            continue
        changed.append(key)
        body.extend(_field_hunks(key, old, new))
    text = "\n".join(header + body) + "\n" if changed else ""
    return ContentDiff(entry.id, base, text, tuple(changed))


@dataclass(frozen=True)
class FieldChange:
    """One top-level field, as the baseline had it and as it is now (YAML-like lines)."""

    field: str
    before: tuple[str, ...]  # empty: the field is new
    after: tuple[str, ...]  # empty: the field was removed
    diff: tuple[str, ...]  # unified diff lines of the field ("+"/"-"/" " prefixed)


@dataclass(frozen=True)
class FieldDiff:
    """The content now against a baseline; with no baseline, every field is new."""

    entry_id: str
    against: str  # approved | rejected
    base: AuditEvent | None  # None: never approved (or never sent back)
    changes: tuple[FieldChange, ...]  # only fields that differ


def field_diff(
    project: Project, kb: KnowledgeBase, entry_id: str, *, against: str = "approved"
) -> FieldDiff:
    """Field-by-field changes since the last proven approval (or rejection).

    The review desk's diff: the same baseline as :func:`content_diff`, but an
    entry never approved (or never sent back) is compared with nothing, so
    every field shows as new instead of the command refusing.
    """
    entry, base = _baseline(project, kb, entry_id, against)
    before = dict(base.content) if base is not None and base.content is not None else {}
    after = content_of(entry.data)
    changes: list[FieldChange] = []
    for key in _field_order(before, after):
        old = render_field(key, before[key]) if key in before else []
        new = render_field(key, after[key]) if key in after else []
        if old != new:
            diff = list(difflib.unified_diff(old, new, n=len(old) + len(new), lineterm=""))[3:]
            changes.append(FieldChange(key, tuple(old), tuple(new), tuple(diff)))
    return FieldDiff(entry.id, against, base, tuple(changes))


def _baseline(
    project: Project, kb: KnowledgeBase, entry_id: str, against: str
) -> tuple[Entry, AuditEvent | None]:
    """The entry, and its newest proven approve (or reject) event that stored content."""
    entry = find_entry(kb, entry_id)
    history = entry_history(project.root, kb, entry.id)
    kind = BASELINES[against]
    base = next(
        (e for e in reversed(_proven(history)) if e.text("event") == kind and e.content),
        None,
    )
    return entry, base


def _proven(history: History) -> list[AuditEvent]:
    return [checked.event for checked in history.events if checked.verified]


def _field_order(before: Mapping[str, Any], after: Mapping[str, Any]) -> list[str]:
    # Fields in the order the file has them now; removed ones where they were.
    return list(after) + [k for k in before if k not in after]


def _field_hunks(key: str, old: list[str], new: list[str]) -> list[str]:
    lines: list[str] = []
    diff = list(difflib.unified_diff(old, new, n=2, lineterm=""))
    for line in diff[2:]:  # skip the ---/+++ header of the per-field diff
        lines.append(f"@@ {key} @@" if line.startswith("@@") else line)
    return lines


def render_field(key: str, value: Any, indent: int = 0) -> list[str]:
    """``key: value`` as YAML-like lines, long text wrapped at :data:`WRAP` columns."""
    pad = " " * indent
    if isinstance(value, Mapping):
        if not value:
            return [f"{pad}{key}: {{}}"]
        lines = [f"{pad}{key}:"]
        for child, item in value.items():
            lines.extend(render_field(str(child), item, indent + 2))
        return lines
    if isinstance(value, list):
        if not value:
            return [f"{pad}{key}: []"]
        lines = [f"{pad}{key}:"]
        for item in value:
            lines.extend(_item_lines(item, indent + 2))
        return lines
    return _wrapped(f"{pad}{key}: ", _scalar_text(value), pad + "  ")


def _item_lines(item: Any, indent: int) -> list[str]:
    pad = " " * indent
    if isinstance(item, Mapping) and item:
        inner: list[str] = []
        for child, value in item.items():
            inner.extend(render_field(str(child), value, indent + 2))
        return [f"{pad}- {inner[0].lstrip()}", *inner[1:]]
    if isinstance(item, list) and item:
        nested: list[str] = []
        for value in item:
            nested.extend(_item_lines(value, indent + 2))
        return [f"{pad}- {nested[0].lstrip()}", *nested[1:]]
    return _wrapped(f"{pad}- ", _scalar_text(item), pad + "  ")


def _scalar_text(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def _wrapped(first: str, text: str, rest: str) -> list[str]:
    lines: list[str] = []
    for number, paragraph in enumerate(text.split("\n")):
        prefix = first if number == 0 else rest
        wrapped = textwrap.wrap(
            paragraph,
            width=WRAP,
            initial_indent=prefix,
            subsequent_indent=rest,
            break_long_words=False,
            break_on_hyphens=False,
        )
        lines.extend(wrapped or [prefix.rstrip()])
    return lines


# --- The audit trail --------------------------------------------------------


@dataclass(frozen=True)
class Trail:
    entry_id: str
    path: str  # the log's path relative to the project root
    log: AuditLog
    problems: tuple[AuditProblem, ...]  # from --verify; empty when not verified or intact
    disagreements: tuple[str, ...]  # the review block versus the log (with --verify)
    verified: bool

    @property
    def ok(self) -> bool:
        return not self.problems and not self.disagreements

    @property
    def signed(self) -> int:
        """How many events carry their own signature (the others rest on a checkpoint)."""
        return sum(1 for event in self.log.events if event.text("signature"))


def audit_trail(
    project: Project, kb: KnowledgeBase, entry_id: str, *, verify: bool = False
) -> Trail:
    """The entry's log; with ``verify``, checked down to every signature.

    A log can be shown for an id whose entry file is gone (a deleted entry's
    trail is still evidence); it is then checked against the roster only.
    """
    check_entry_id(entry_id)
    log = read_audit_log(project.root, entry_id)
    entry = kb.entry(entry_id)
    if not log.exists and entry is None:
        raise CarekbError(
            f"no entry and no audit log with id '{entry_id}'",
            hint="'carekb status' lists the entries",
        )
    problems: list[AuditProblem] = list(log.problems)
    disagreements: list[str] = []
    if verify:
        history = verify_history(log, entry_id, kb.roster.people, kb.roster.root)
        problems = list(history.problems)
        if entry is not None and not log.problems:
            disagreements = block_disagreements(history, entry)
    return Trail(
        entry_id=entry_id,
        path=audit_log_name(entry_id),
        log=log,
        problems=tuple(problems),
        disagreements=tuple(disagreements),
        verified=verify,
    )


def trail_rows(trail: Trail) -> list[tuple[str, ...]]:
    """The table rows of a trail: seq, time, event, actor, status, content, note."""
    return [
        (
            str(event.seq),
            event.text("at"),
            event.text("event"),
            event.text("actor"),
            event.text("status"),
            short_hash(event.text("content_hash")),
            _note(event),
        )
        for event in trail.log.events
    ]


def _note(event: AuditEvent) -> str:
    record = event.record
    kind = event.text("event")
    if kind == "approve":
        approval = event.approval or {}
        note = f'"{approval.get("meaning", "")}"'
        if isinstance(record.get("next_review"), str):
            note += f"; next review {record['next_review']}"
        return note
    if kind == "reject":
        return f"comment: {_one_line(str(record.get('comment', '')))}"
    if kind == "retire":
        return f"reason: {_one_line(str(record.get('reason', '')))}"
    dropped = record.get("dropped")
    return f"{len(dropped)} approval(s) dropped" if isinstance(dropped, list) and dropped else ""


def _one_line(text: str, limit: int = 60) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 3] + "..."


def format_table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """A plain text table with columns padded to their widest cell."""
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    lines = [
        "  ".join(str(cell).ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        for row in [header, *rows]
    ]
    return "\n".join(lines) + "\n"
