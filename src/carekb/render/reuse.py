"""Skip an export whose inputs and output are exactly as the last one left them.

The same inputs give byte-identical output, so when nothing an export reads has
changed (the lint cache's fingerprint: every project file's stat, carekb's own
files, the trust root, the date) and the output folder still holds exactly the
files that export wrote, rebuilding would rewrite the same bytes. The record
lives in ``.carekb-cache/`` beside the lint results. A changed input, or any
file in the output folder touched, added or removed, means a full export.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from carekb.load.cache import (
    Fingerprint,
    fingerprint,
    keep,
    keep_latest,
    recall,
    recall_latest,
)
from carekb.model import Finding
from carekb.project import Project
from carekb.render.request import ExportRequest, export_folder

FOLDER_TOKEN = "\0folder\0"  # where the summary names the output folder


@dataclass(frozen=True)
class ReusedExport:
    """The last export, still in place: what the command reports about it."""

    folder: Path
    formats: tuple[str, ...]
    files: tuple[str, ...]
    findings: tuple[Finding, ...]
    summary_text: str

    def summary(self, folder: str) -> str:
        return self.summary_text.replace(FOLDER_TOKEN, folder) + " (unchanged, not rebuilt)"


@dataclass(frozen=True)
class ExportKey:
    """What names an export's record: its folder, the record's name, and the stat of
    every input, taken before the export reads anything."""

    folder: Path
    name: str
    inputs: Fingerprint


def export_key(project: Project, request: ExportRequest, trust: Path | None) -> ExportKey:
    """The key of ``request``'s export of ``project``, with the trust root ``trust``."""
    folder = export_folder(project, request)
    inputs = fingerprint(project, [], request.today, trust)
    return ExportKey(folder, record_name(request, folder), inputs)


def recall_export(project: Project, request: ExportRequest, key: ExportKey) -> ReusedExport | None:
    """The last export under ``key``, still in place; never under a publisher's record,
    where every export checks (and moves) the record."""
    if request.record is not None:
        return None
    return reuse(project, key.name, key.inputs, key.folder)


def record_name(request: ExportRequest, folder: Path) -> str:
    """The cache record for an export of these formats, preview or not, into ``folder``."""
    what = (
        sorted(request.formats),
        request.preview,
        str(folder),
        request.require_trust,
        request.allow_empty,
    )
    return f"export-{hashlib.sha256(repr(what).encode()).hexdigest()[:16]}.json"


def reuse(project: Project, name: str, key: Fingerprint, folder: Path) -> ReusedExport | None:
    """The export recorded under ``name`` for these inputs, if ``folder`` still holds it."""
    stored = recall(project, name, key)
    try:
        if stored is None or stored["output"] != manifest(folder):
            return None
        return ReusedExport(
            folder=folder,
            formats=tuple(stored["formats"]),
            files=tuple(stored["files"]),
            findings=tuple(Finding.from_dict(item) for item in stored["findings"]),
            summary_text=str(stored["summary"]),
        )
    except (ValueError, KeyError, TypeError):
        return None


def previous_pages(project: Project, name: str) -> dict[str, Any]:
    """The pages the last export under ``name`` wrote: each page's inputs' digest and
    the SHA-256 of its bytes (carekb.render.incremental)."""
    stored = recall_latest(project, _pages_name(name))
    pages = stored.get("pages") if stored is not None else None
    return pages if isinstance(pages, dict) else {}


def remember_pages(project: Project, name: str, pages: Iterable[Sequence[str]]) -> None:
    """Keep an export's pages for the next one, after every export: a page is known by
    what made it, so no input too young to trust makes the record stale."""
    keep_latest(project, _pages_name(name), {"pages": {p: [i, h] for p, i, h in pages}})


def _pages_name(name: str) -> str:
    return name.replace("export-", "pages-", 1)


def remember(
    project: Project,
    name: str,
    key: Fingerprint,
    folder: Path,
    result: Any,  # an ExportResult: formats, files, findings, summary()
) -> None:
    record = {
        "output": manifest(folder),
        "formats": list(result.formats),
        "files": list(result.files),
        "findings": [f.to_dict() for f in result.findings],
        "summary": result.summary(FOLDER_TOKEN, copies=False),
    }
    keep(project, name, key, record)


def manifest(folder: Path) -> list[list[Any]]:
    """Every file in ``folder`` with its size, time and inode, in order."""
    rows: list[list[Any]] = []
    pending = [(folder, "")]
    while pending:
        current, prefix = pending.pop()
        try:
            items = sorted(os.scandir(current), key=lambda item: item.name)
        except OSError:
            return [["missing", str(current)]]
        for item in items:
            name = prefix + item.name
            if item.is_dir(follow_symlinks=False):
                pending.append((Path(item.path), name + "/"))
            else:
                info = item.stat(follow_symlinks=False)
                rows.append([name, info.st_size, info.st_mtime_ns, info.st_ino])
    return sorted(rows)
