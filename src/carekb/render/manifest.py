"""The export's manifest, and checking a deployed folder against what was signed.

Every export writes ``carekb-manifest.json`` beside its files, like the
signed targets metadata of The Update Framework: every file with its
SHA-256, every exported entry with the content hash and the signatures of
the approvals behind it, and the project identity, roster version and
governance digest the leads signed. It holds no time, so the same input gives
the same bytes.

``carekb export verify DIR`` (:func:`verify_folder`) builds the export again
from the repository, through the same gate and the same trust root, into a
scratch folder, and compares it with ``DIR`` file by file. A deploy job runs
it on the folder it is about to publish: a page edited after the export, a
file added by hand, or an export made from content the leads did not sign,
is named and refused (exit 1).
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from carekb.model import KnowledgeBase
from carekb.project import Project
from carekb.render.output import LOCK, MARKER
from carekb.trust.gate import ExportPlan
from carekb.trust.governance import governance

MANIFEST = "carekb-manifest.json"
FORMAT = "carekb-export-manifest-v1"
# Files that are part of every export folder but not of what it publishes.
_NOT_CONTENT = frozenset({MARKER, LOCK})


def manifest_bytes(
    project: Project,
    kb: KnowledgeBase,
    plan: ExportPlan,
    folder: Path,
    formats: Iterable[str],
    written: Mapping[str, str] | None = None,
) -> bytes:
    """The manifest of the export built in ``folder`` (every file already written).

    ``written``: the SHA-256 (hex) of files the caller wrote, by path relative to
    ``folder``, as it hashed the bytes it wrote; every other file is read and hashed."""
    roster = kb.roster
    data: dict[str, Any] = {
        "format": FORMAT,
        "project": roster.project,
        "roster_version": roster.version,
        "governance": governance(project).digest,
        "formats": sorted(formats),
        "preview": plan.preview,
        "entries": {
            entry.id: _entry_record(plan, entry.id)
            for entry in sorted((*plan.entries, *plan.handouts), key=lambda e: e.id)
        },
        "files": file_hashes(folder, written),
    }
    return (json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode()


def _entry_record(plan: ExportPlan, entry_id: str) -> dict[str, Any]:
    entry = plan.target(entry_id)
    assert entry is not None
    verdict = plan.verdict(entry)
    written = {item.index: item for item in entry.fields.review.approvals}
    return {
        "content_hash": verdict.content_hash,
        "approvals": [
            {
                "by": check.by,
                "at": check.at,
                "meaning": check.meaning,
                "signature": written[check.index].signature if check.index in written else None,
            }
            for check in verdict.valid
        ],
    }


def file_hashes(folder: Path, written: Mapping[str, str] | None = None) -> dict[str, str]:
    """``relative path -> sha256:...`` of every file of an export folder but its marker.

    The manifest is written last, so the manifest itself lists every other file,
    and a comparison of two folders covers the manifests too. ``written`` gives the
    hex digests of files whose bytes the caller hashed as it wrote them (an export of
    10,000 pages read each back, a fifth of a second a format); the folder is still
    listed, so a file nobody told of is read and listed all the same.
    """
    known = written or {}
    found: dict[str, str] = {}
    for base, dirs, files in os.walk(folder):
        dirs.sort()
        prefix = Path(base).relative_to(folder).as_posix()
        for name in files:
            if name in _NOT_CONTENT:
                continue
            relative = name if prefix == "." else f"{prefix}/{name}"
            path = Path(base) / name
            if not path.is_file():  # as before: a link to a file is listed, by its target
                continue
            digest = known.get(relative)
            found[relative] = f"sha256:{digest}" if digest is not None else _sha256(path)
    return dict(sorted(found.items()))


def _sha256(path: Path) -> str:
    return "sha256:" + hashlib.sha256(path.read_bytes()).hexdigest()


def manifest_formats(folder: Path) -> list[str] | None:
    """The formats the manifest in ``folder`` lists; ``None`` without a readable one."""
    try:
        data = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    formats = data.get("formats") if isinstance(data, Mapping) else None
    return [str(f) for f in formats] if isinstance(formats, list) else None


@dataclass(frozen=True)
class Difference:
    path: str
    what: str  # "changed", "missing from the folder", "not in the signed export"


def compare(deployed: Path, expected: Path) -> list[Difference]:
    """How ``deployed`` differs from the freshly built export ``expected``, manifest included."""
    have, want = file_hashes(deployed), file_hashes(expected)
    found = [
        Difference(path, "changed")
        for path in sorted(have)
        if path in want and have[path] != want[path]
    ]
    found.extend(Difference(p, "missing from the folder") for p in sorted(set(want) - set(have)))
    found.extend(Difference(p, "not in the signed export") for p in sorted(set(have) - set(want)))
    return found
