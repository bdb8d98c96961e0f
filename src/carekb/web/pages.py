"""What each page shows, as plain values for the desk's templates.

Every value comes from the core: the status report (the same counts as
``carekb status``), lint findings, the verified audit history, the diff and
the preview site. Nothing here decides anything.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from carekb.model import Entry, Finding, KnowledgeBase
from carekb.project import Project
from carekb.render.desk import PreviewSite
from carekb.render.views import EntryView, HandoutView
from carekb.review.history import FieldDiff, field_diff
from carekb.review.status import EntryStatus, StatusReport, build_status, entry_status
from carekb.trust.audit import CheckedEvent, entry_history
from carekb.trust.canonical import content_hash
from carekb.validate.engine import lint

KINDS = ("technique", "precaution", "faq", "handout")
STATUSES = ("draft", "in_review", "changes_requested", "approved", "retired")


@dataclass(frozen=True)
class Queue:
    report: StatusReport
    me: str | None
    waiting_for_me: tuple[EntryStatus, ...]
    asked_by_me: tuple[EntryStatus, ...]
    sent_back: tuple[EntryStatus, ...]
    due: tuple[EntryStatus, ...]
    listed: tuple[EntryStatus, ...]  # all entries, filtered by kind and status
    kind: str
    status: str


def _newest_first(items: Sequence[EntryStatus]) -> tuple[EntryStatus, ...]:
    return tuple(sorted(items, key=lambda e: (e.requested_at or "", e.id), reverse=True))


def queue(
    project: Project, kb: KnowledgeBase, today: dt.date, me: str | None, kind: str, status: str
) -> Queue:
    report = build_status(project, kb, today)
    entries = report.entries
    return Queue(
        report=report,
        me=me,
        waiting_for_me=_newest_first(
            [e for e in entries if e.status == "in_review" and me in e.waiting_for]
        ),
        asked_by_me=_newest_first(
            [e for e in entries if e.status == "in_review" and e.requested_by == me]
        ),
        sent_back=_newest_first([e for e in entries if e.status == "changes_requested"]),
        due=tuple(e for e in entries if e.expired or e.due_soon),
        listed=_newest_first(
            [
                e
                for e in entries
                if (not kind or e.kind == kind) and (not status or e.status == status)
            ]
        ),
        kind=kind,
        status=status,
    )


@dataclass(frozen=True)
class ShownFinding:
    finding: Finding
    field: str  # the top-level field on that line, "" when none
    source: str  # the line of the file it points at


@dataclass(frozen=True)
class FieldComment:
    field: str
    comment: str


@dataclass(frozen=True)
class SentBack:
    by: str
    at: str
    comment: str
    comments: tuple[FieldComment, ...]


@dataclass(frozen=True)
class SourceLine:
    """One line of the entry's file, with the findings that point at it."""

    number: int
    text: str
    field: str  # the top-level field whose block holds this line
    findings: tuple[Finding, ...]


@dataclass(frozen=True)
class PrintedPart:
    """One entry a handout prints, and whether it is approved (else the export leaves it out)."""

    id: str
    title: str
    approved: bool
    reviewers: tuple[str, ...]


@dataclass(frozen=True)
class PrintedHandout:
    """What the handout's print carries: its version, its reviewers, its parts."""

    version: str  # as printed on every page
    reviewers: tuple[str, ...]  # as printed, each once
    parts: tuple[PrintedPart, ...]  # the handout first, then every entry it prints

    @property
    def complete(self) -> bool:
        return all(part.approved for part in self.parts)


@dataclass(frozen=True)
class EntryPage:
    entry: Entry
    status: EntryStatus | None
    content_hash: str
    findings: tuple[ShownFinding, ...]
    source: tuple[SourceLine, ...]  # the file, findings next to the lines they point at
    blocking: bool  # a lint error that stops review
    history: tuple[CheckedEvent, ...]
    sent_back: SentBack | None
    precautions: tuple[Entry, ...]
    page: str | None  # the preview page's path inside the export
    print_page: str | None
    pdf: str | None
    printed: PrintedHandout | None  # for a handout: what its print carries


def entry_page(
    project: Project,
    kb: KnowledgeBase,
    entry: Entry,
    today: dt.date,
    site: PreviewSite,
) -> EntryPage:
    history = entry_history(project.root, kb, entry.id)
    lines = _file_lines(project.root / entry.path)
    findings = _findings(project, kb, entry, today, lines)
    data = entry.data if isinstance(entry.data, Mapping) else {}
    linked = data.get("precautions")
    precautions = tuple(
        e for pid in (linked if isinstance(linked, list) else []) if (e := kb.entry(str(pid)))
    )
    return EntryPage(
        entry=entry,
        status=entry_status(project, kb, entry, today),
        content_hash=content_hash(entry.data),
        findings=findings,
        source=_source(lines, findings),
        blocking=any(f.finding.level.value == "error" for f in findings),
        history=history.events,
        sent_back=_sent_back(history.events),
        precautions=precautions,
        page=site.page_path(entry.id),
        print_page=site.print_path(entry.id),
        pdf=site.pdf_path(entry.id),
        printed=_printed(site.views.get(entry.id)),
    )


def _file_lines(path: Path) -> list[str]:
    try:
        return path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return []


def _findings(
    project: Project, kb: KnowledgeBase, entry: Entry, today: dt.date, lines: Sequence[str]
) -> tuple[ShownFinding, ...]:
    result = lint(project, kb, only=[project.root / entry.path], today=today)
    fields = _line_fields(lines)
    shown = []
    for finding in sorted(result.findings):
        source = lines[finding.line - 1].strip() if 0 < finding.line <= len(lines) else ""
        field = fields[finding.line - 1] if 0 < finding.line <= len(fields) else ""
        shown.append(ShownFinding(finding, field, source))
    return tuple(shown)


def _source(lines: Sequence[str], findings: Sequence[ShownFinding]) -> tuple[SourceLine, ...]:
    """The file's lines, each with the findings on it (a finding with no line sits on line 1)."""
    at: dict[int, list[Finding]] = {}
    for shown in findings:
        line = shown.finding.line if 0 < shown.finding.line <= len(lines) else 1
        at.setdefault(line, []).append(shown.finding)
    return tuple(
        SourceLine(number, text, field, tuple(at.get(number, ())))
        for (number, text), field in zip(
            enumerate(lines, start=1), _line_fields(lines), strict=True
        )
    )


def _printed(view: EntryView | None) -> PrintedHandout | None:
    """A handout's print as the export would make it: version, reviewers, parts."""
    if not isinstance(view, HandoutView):
        return None
    parts = {part.id: part for part in (view, *view.layout.entries)}.values()
    return PrintedHandout(
        version=view.printed.short,
        reviewers=view.printed.reviewers,
        parts=tuple(
            PrintedPart(
                part.id,
                part.title,
                part.sign_off.approved,
                tuple(r.display for r in part.sign_off.reviewers),
            )
            for part in parts
        ),
    )


def _line_fields(lines: Sequence[str]) -> list[str]:
    """For each line, the top-level key whose block holds it ("" before the first)."""
    fields: list[str] = []
    field = ""
    for text in lines:
        if text and not text[0].isspace() and not text.startswith(("#", "-")) and ":" in text:
            field = text.split(":", 1)[0]
        fields.append(field)
    return fields


def _sent_back(events: Sequence[CheckedEvent]) -> SentBack | None:
    """The newest proven rejection, with its field comments."""
    for checked in reversed(events):
        record: Mapping[str, Any] = checked.event.record
        if checked.verified and record.get("event") == "reject":
            raw = record.get("comments")
            comments = tuple(
                FieldComment(str(c.get("field", "")), str(c.get("comment", "")))
                for c in (raw if isinstance(raw, list) else [])
                if isinstance(c, Mapping)
            )
            return SentBack(
                str(record.get("actor", "")),
                str(record.get("at", "")),
                str(record.get("comment", "")),
                comments,
            )
        if checked.verified and record.get("event") in ("request", "approve"):
            return None  # answered since
    return None


def diff(project: Project, kb: KnowledgeBase, entry_id: str, against: str) -> FieldDiff:
    return field_diff(project, kb, entry_id, against=against)


def top_fields(entry: Entry) -> tuple[str, ...]:
    """The entry's fields, for anchoring a reviewer's comments."""
    data = entry.data if isinstance(entry.data, Mapping) else {}
    return tuple(str(k) for k in data if k not in ("review", "id", "type"))
