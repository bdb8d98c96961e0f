"""``carekb export`` as a Python API: the phases of one export.

:func:`export_project` is the whole command (recall, open, gate and write,
keep), parallel to :func:`carekb.validate.lint.lint_project`; :func:`export`
is gate and write for a knowledge base already open:

1. plan: the gate decides what may be exported (:mod:`carekb.trust.gate`);
2. views: plain values for the templates, built once;
3. jobs: each chosen writer lists the files it will write;
4. build: every file is written into a fresh folder beside the target;
5. publish: the new folder replaces the previous export whole.

A failure in any phase leaves the previous export untouched.

With a publisher's record (``--require-trust``; :mod:`carekb.trust.record`),
the whole export runs under the record's lock: a roster or an entry history
older than the record refuses the export before anything is built, and the
record moves forward only after the new export is in place.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from carekb import clock
from carekb.errors import EXIT_FINDINGS, CarekbError
from carekb.kb import open_kb
from carekb.load.cache import read_verified, write_verified
from carekb.load.record import read_record, record_lock, write_record
from carekb.model import Finding, KnowledgeBase
from carekb.project import PEOPLE_FILE, STATE_VARIABLE, Project
from carekb.render import output
from carekb.render.environment import make_templates
from carekb.render.escape import FILTERS
from carekb.render.handout import handout_jobs
from carekb.render.html import html_jobs
from carekb.render.incremental import export_inputs, previous_bytes
from carekb.render.jobs import Job, RenderContext
from carekb.render.manifest import MANIFEST, Difference, compare, manifest_bytes, manifest_formats
from carekb.render.markdown import markdown_jobs
from carekb.render.pdf import pdf_jobs
from carekb.render.request import (
    FORMATS,
    ExportRequest,
    Progress,
    export_folder,
)
from carekb.render.reuse import (
    ExportKey,
    ReusedExport,
    export_key,
    previous_pages,
    recall_export,
    remember,
    remember_pages,
)
from carekb.render.views import build_views
from carekb.report import number_of
from carekb.trust import verified
from carekb.trust.gate import HANDOUT, ExportPlan, plan_export
from carekb.trust.governance import unsigned_governance
from carekb.trust.record import (
    PrintedCopy,
    ProjectRecord,
    Rollback,
    next_record,
    project_record,
    roster_rollback,
)
from carekb.trust.roster import require_trusted_roster
from carekb.workers import run_parts, worker_count

_WRITERS: dict[str, Callable[[RenderContext], list[Job]]] = {
    "html": html_jobs,
    "markdown": markdown_jobs,
    "handout": handout_jobs,
    "pdf": pdf_jobs,
}


@dataclass(frozen=True)
class ExportResult:
    plan: ExportPlan
    folder: Path  # where the files are now
    formats: tuple[str, ...]
    files: tuple[str, ...]  # paths inside ``folder``
    findings: tuple[Finding, ...]  # warnings: exclusions, dropped links, refused URLs
    # Each exported handout's printed version: (id, short, digest, ids of what it prints).
    printed: tuple[tuple[str, str, str, tuple[str, ...]], ...] = ()
    # What the next export may copy: (page, its inputs' digest, SHA-256 of its bytes).
    pages: tuple[tuple[str, str, str], ...] = ()
    copied: int = 0  # pages copied from the last export, their inputs unchanged

    def summary(self, folder: str, *, copies: bool = True) -> str:
        """``exported 17 of 19 entries and 1 of 1 handout to exports/ (...); 2 not approved``.

        ``copies``: say how many pages were copied from the last export, not rendered."""
        plan = self.plan
        verb = "previewed" if plan.preview else "exported"
        handouts = number_of(plan.handout_total, "handout")
        copied = f", {self.copied} copied from the last export" if copies and self.copied else ""
        line = (
            f"{verb} {len(plan.entries)} of {number_of(plan.content_total, 'entry', 'entries')} "
            f"and {len(plan.handouts)} of {handouts} to {folder} "
            f"({', '.join(self.formats)}: {number_of(len(self.files), 'file')}{copied})"
        )
        reasons = Counter((item.entry.kind == HANDOUT, item.category) for item in plan.excluded)
        notes = [
            f"{count} {'handout ' if is_handout else ''}{category}"
            for (is_handout, category), count in sorted(reasons.items())
        ]
        if plan.dropped_links:
            notes.append(number_of(len(plan.dropped_links), "link") + " dropped")
        return line + ("; " + ", ".join(notes) if notes else "")


def export(
    project: Project,
    kb: KnowledgeBase,
    request: ExportRequest,
    *,
    progress: Progress | None = None,
    previous: Mapping[str, Any] | None = None,
) -> ExportResult:
    """Run one export; raise :class:`CarekbError` (previous export intact) on failure.

    ``previous``: the last export's pages (:func:`carekb.render.reuse.previous_pages`),
    copied where their inputs stand (:mod:`carekb.render.incremental`)."""
    target = export_folder(project, request)
    formats = _check_formats([*request.formats, *_formats_present(target)])
    if request.require_trust:
        # Before anything is built, so the last export stays.
        require_trusted_roster(
            kb, request.today, allow_unprotected=request.allow_unprotected_trust_root
        )
        _require_signed_governance(project, kb)
    pages = previous or {}
    if request.record is None:
        return _export(project, kb, request, formats, None, progress, pages)
    with record_lock(request.record):
        data = read_record(request.record) or {}
        record = _accepted_record(data, kb, request)
        result = _export(project, kb, request, formats, record, progress, pages)
        at = clock.format_timestamp(request.now or clock.now())
        accepted = frozenset(request.accept_rollback)
        write_record(
            request.record,
            next_record(
                data,
                record,
                kb.roster,
                result.plan.heads,
                at,
                accepted,
                printed=_printed_copies(result.printed, at),
            ),
        )
    return result


def _export(
    project: Project,
    kb: KnowledgeBase,
    request: ExportRequest,
    formats: tuple[str, ...],
    record: ProjectRecord | None,
    progress: Progress | None,
    previous: Mapping[str, Any],
) -> ExportResult:
    plan = plan_export(
        project,
        kb,
        request.today,
        preview=request.preview,
        now=request.now,
        record=record,
    )
    if record is not None:
        _refuse_rollbacks(_unaccepted(plan.rollbacks, request), request)
    templates = make_templates(project, FILTERS)
    ctx = RenderContext(
        project=project,
        plan=plan,
        views=build_views(project, plan),
        templates=templates,
        inputs=export_inputs(project, request.today, (request.preview, formats)),
    )
    _refuse_empty(plan, request)
    jobs = [job for name in formats for job in _WRITERS[name](ctx)]
    target = export_folder(project, request)
    staged = output.stage(target)
    try:
        built = _build(staged, jobs, progress, ctx, _Reuse(previous, target))
        ctx.warnings.extend(warning for part in built for warning in part.warnings)
        written = {path: digest for part in built for path, digest in part.hashes}
        manifest = manifest_bytes(project, kb, plan, staged, formats, written)
        output.write_file(staged, MANIFEST, manifest)
        output.publish(staged, target)
    finally:
        output.discard(staged)  # a no-op once published: the folder has moved
    return ExportResult(
        plan=plan,
        folder=target,
        formats=formats,
        files=tuple(sorted(job.path for job in jobs)),
        findings=tuple(sorted({*plan.findings(), *ctx.warnings})),
        printed=tuple(
            (
                view.id,
                view.printed.short,
                view.printed.digest,
                tuple(part.id for part in view.layout.entries),
            )
            for view in ctx.views.handouts
        ),
        pages=tuple(sorted(page for part in built for page in part.pages)),
        copied=sum(part.copied for part in built),
    )


def _printed_copies(
    printed: tuple[tuple[str, str, str, tuple[str, ...]], ...], at: str
) -> list[PrintedCopy]:
    return [
        PrintedCopy(handout, version, digest, entries, at)
        for handout, version, digest, entries in printed
    ]


def _accepted_record(
    data: dict[str, object], kb: KnowledgeBase, request: ExportRequest
) -> ProjectRecord:
    """This project's record, checked against the roster; an empty one for a first export."""
    assert request.record is not None
    roster = kb.roster
    record = project_record(data, roster.project)
    if record is None and not request.first_export:
        raise CarekbError(
            f"the publisher's record {request.record} has nothing for project "
            f"'{roster.project}': carekb cannot tell whether this repository was rolled back "
            "since the last export, so nothing was exported",
            hint="if this really is the project's first export from this record, add "
            "--first-export once; otherwise give the record the last export kept "
            f"(--state FILE or {STATE_VARIABLE}; docs/staff.md, 'The publisher's record')",
        )
    if record is not None and request.first_export:
        raise CarekbError(
            f"--first-export, but the publisher's record {request.record} already holds "
            f"project '{roster.project}' (last export {record.exported_at}): nothing was "
            "exported",
            hint="drop --first-export: it is for a project this record has never seen",
        )
    if record is None:
        return ProjectRecord(roster.project, 0, "", "")
    rollback = roster_rollback(record, roster, PEOPLE_FILE)
    if rollback is not None:
        _refuse_rollbacks((rollback,), request)
    return record


def verify_export(
    project: Project,
    folder: Path,
    *,
    trust: Path | None = None,
    now: dt.datetime,
    allow_unprotected_trust_root: bool = False,
) -> list[Difference]:
    """How the deployed export ``folder`` differs from what the repository and the trust root
    export now (``[]``: not at all).

    The export is built again, under ``--require-trust`` rules, with the formats
    the folder's manifest lists, into a scratch folder, and compared file by
    file, the manifest included.
    """
    import tempfile

    formats = manifest_formats(folder)
    if formats is None:
        raise CarekbError(
            f"{folder} holds no readable {MANIFEST}: it was not made by 'carekb export', or "
            "the manifest was removed; nothing can vouch for it",
            hint="export it again with 'carekb export --require-trust' and deploy that folder",
            exit_code=EXIT_FINDINGS,
        )
    with tempfile.TemporaryDirectory(prefix="carekb-verify-") as scratch:
        expected = Path(scratch) / "export"
        request = ExportRequest(
            today=now.date(),
            formats=tuple(name for name in formats if name in FORMATS),
            out=expected,
            require_trust=True,
            allow_empty=True,
            allow_unprotected_trust_root=allow_unprotected_trust_root,
            now=now,
        )
        export(project, open_kb(project, trust=trust), request)
        return compare(folder, expected)


def _require_signed_governance(project: Project, kb: KnowledgeBase) -> None:
    """Refuse (exit 1) to render with settings or templates the leads did not sign."""
    problems = unsigned_governance(project, kb.roster)
    if problems:
        lines = "\n".join(f"  {problem}" for problem in problems)
        raise CarekbError(
            f"refused: the settings and templates are not the ones the clinical leads signed; "
            f"nothing was exported:\n{lines}",
            hint="preview the change ('carekb export --preview'), then a lead checks it with "
            "'carekb roster verify' and signs it with 'carekb roster sign'",
            exit_code=EXIT_FINDINGS,
        )


def _unaccepted(rollbacks: Sequence[Rollback], request: ExportRequest) -> list[Rollback]:
    """The rollbacks the publisher did not accept; an acceptance nothing needs is refused,
    so one left in a publishing script cannot wave a later rollback through."""
    accepted = set(request.accept_rollback)
    unused = sorted(accepted - {item.entry_id for item in rollbacks})
    if unused:
        raise CarekbError(
            f"--accept-rollback {unused[0]}: the history of '{unused[0]}' was not rolled "
            "back, so there is nothing to accept; nothing was exported",
            hint="drop --accept-rollback; use it once, for the export that needs it",
        )
    return [item for item in rollbacks if item.entry_id not in accepted]


def _refuse_rollbacks(rollbacks: Sequence[Rollback], request: ExportRequest) -> None:
    """Refuse the export (exit 1, nothing written) when anything is older than the record."""
    if not rollbacks:
        return
    lines = "\n".join(f"  {item.message}" for item in rollbacks)
    raise CarekbError(
        f"refused: {len(rollbacks)} file(s) are older than what this publisher exported last "
        f"(record {request.record}); nothing was exported:\n{lines}",
        hint="see docs/staff.md, 'When export refuses a rollback'",
        exit_code=EXIT_FINDINGS,
    )


def export_project(
    project: Project,
    request: ExportRequest,
    *,
    trust: Path | None = None,
    progress: Progress | None = None,
    key: ExportKey | None = None,
) -> ExportResult | ReusedExport:
    """Open ``project`` and export it, unless the last export of the same inputs stands.

    The same pipeline as :func:`carekb.validate.lint.lint_project`: recall (the
    output folder must also be exactly as that export left it,
    :mod:`carekb.render.reuse`), open, gate and write (:func:`export`), keep.
    ``key``: the export's key (:func:`carekb.render.reuse.export_key`), when the
    caller has taken it already to try the recall without importing this module.
    """
    key = key or export_key(project, request, trust)
    reused = recall_export(project, request, key)
    if reused is not None:
        return reused
    verified.remember(read_verified(project))
    kb = open_kb(project, trust=trust)
    previous = previous_pages(project, key.name)
    result = export(project, kb, request, progress=progress, previous=previous)
    remember_pages(project, key.name, result.pages)
    write_verified(project, verified.used())
    if not result.plan.clock_bound:  # a time in the future now may not be one later today
        remember(project, key.name, key.inputs, key.folder, result)
    return result


# Below this many files, forking workers costs more than it saves.
PARALLEL_MIN_JOBS = 200


@dataclass(frozen=True)
class _Reuse:
    """The last export's pages, and the folder that holds them."""

    pages: Mapping[str, Any]
    folder: Path

    def bytes_of(self, job: Job) -> bytes | None:
        if job.inputs is None:
            return None
        return previous_bytes(job.path, job.inputs, self.pages, self.folder)


@dataclass(frozen=True)
class _Built:
    """What one share of the jobs sends back: warnings, and the pages it wrote."""

    warnings: list[Finding]
    pages: list[tuple[str, str, str]]
    copied: int
    # Every file written, with the SHA-256 of its bytes: the manifest lists them without
    # reading the staged folder back.
    hashes: list[tuple[str, str]]


def _build(
    staged: Path,
    jobs: Sequence[Job],
    progress: Progress | None,
    ctx: RenderContext,
    reuse: _Reuse,
) -> list[_Built]:
    """Write every job's file into ``staged``: copied from the last export where its
    inputs stand, else built. Returns the warnings rendering raised and the pages.

    A large export is shared out to forked workers (:mod:`carekb.workers`),
    which write their files into the same staging folder and send back only
    their warnings and page records; the bytes are the same however the work is split.
    """
    count = worker_count(len(jobs), PARALLEL_MIN_JOBS)
    shares = [list(jobs[n::count]) for n in range(count)]

    def work(share: list[Job]) -> list[_Built]:
        before = len(ctx.warnings)
        pages: list[tuple[str, str, str]] = []
        hashes: list[tuple[str, str]] = []
        copied = 0
        for done, job in enumerate(share, start=1):
            data = reuse.bytes_of(job)
            if data is None:
                data = job.build()
            else:
                copied += 1
            output.write_file(staged, job.path, data)
            digest = hashlib.sha256(data).hexdigest()
            hashes.append((job.path, digest))
            if job.inputs is not None:
                pages.append((job.path, job.inputs, digest))
            if progress is not None:
                # Only this process reports; its share stands for the whole.
                progress(min(done * count, len(jobs)), len(jobs))
        return [_Built(ctx.warnings[before:], pages, copied, hashes)]

    return run_parts(shares, work)


def _formats_present(target: Path) -> list[str]:
    """The formats the export being replaced holds.

    An export replaces its folder whole, so exporting only ``pdf`` would delete
    the site. Instead every format already there is built again with it,
    through the same gate: what lost its approval since goes from every
    format, and no stale page survives anywhere.
    """
    if not output.is_export_folder(target):
        return []
    return [name for name in FORMATS if (target / name).is_dir()]


def _refuse_empty(plan: ExportPlan, request: ExportRequest) -> None:
    """An export that would publish nothing while there are entries is a failure (exit 1).

    Every review expired, or a roster nobody verified: a CI job must not go on
    to publish an empty site over the real one. The previous export stays.
    """
    considered = plan.content_total + plan.handout_total
    if plan.entries or plan.handouts or not considered or request.preview or request.allow_empty:
        return
    reasons = Counter(item.category for item in plan.excluded)
    why = ", ".join(f"{count} {category}" for category, count in sorted(reasons.items()))
    raise CarekbError(
        f"nothing to export: none of the {number_of(considered, 'entry', 'entries')} may be "
        f"published ({why}); the previous export was left as it was",
        hint="run 'carekb lint' and 'carekb status' to see why; "
        "pass --allow-empty if an empty export is what you want",
        exit_code=EXIT_FINDINGS,
    )


def _check_formats(formats: Sequence[str]) -> tuple[str, ...]:
    unknown = [name for name in formats if name not in FORMATS]
    if unknown:
        raise CarekbError(
            f"unknown export format '{unknown[0]}'",
            hint=f"use one of {', '.join(FORMATS)} or all",
        )
    # Always the canonical order, so output and summary do not depend on the command line.
    return tuple(name for name in FORMATS if name in formats)
