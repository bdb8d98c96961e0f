"""The lint cache: a lint whose inputs have not changed prints the last result.

Everything a lint reads is fingerprinted by the file system's own record of
it (path, size, modification time, inode) without opening a file: every file
of the project outside the folders no rule reads, carekb's own code and
schemas, the ``CAREKB_*`` settings, the files they name, and the date (review
expiry depends on it). When the fingerprint matches the one stored in
``.carekb-cache/`` with the last result, that result is the answer: stat-ing a
file is a hundred times cheaper than reading and parsing it. Any other change
runs the whole lint again, so a stale answer needs a file changed without its
size, time and inode changing.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import carekb
from carekb.model import Finding, Level
from carekb.project import CACHE_DIR, UNREAD_DIRS, Project
from carekb.validate.engine import LintResult

FORMAT = 1  # bump when what is stored changes shape
SKIP_DIRS = UNREAD_DIRS  # the folders carekb never reads


# A file changed twice within the file system's timestamp granularity can keep
# its size, time and inode. As git does for its index, results are not stored
# while any input is younger than this, so such a change is always seen.
RACY_NS = 2_000_000_000


def fingerprint(
    project: Project, paths: Iterable[Path], today: dt.date, trust: Path | None = None
) -> tuple[str, str, int]:
    """(cache file for this scope, digest of every input, newest input mtime in ns)."""
    scope = sorted(project.relative(p) for p in paths)
    digest = hashlib.sha256()
    newest = 0
    for part, mtime in _inputs(project, [Path(p) for p in paths], scope, today, trust):
        digest.update(part.encode("utf-8", "surrogateescape"))
        digest.update(b"\0")
        newest = max(newest, mtime)
    name = hashlib.sha256("\0".join(scope).encode()).hexdigest()[:16]
    return f"lint-{name}.json", digest.hexdigest(), newest


def _inputs(
    project: Project, paths: list[Path], scope: list[str], today: dt.date, trust: Path | None
) -> Iterator[tuple[str, int]]:
    yield f"format {FORMAT} carekb {carekb.__version__} python {sys.version}", 0
    yield f"today {today.isoformat()}", 0
    yield "scope " + " ".join(scope), 0
    for key, value in sorted(os.environ.items()):
        if key.startswith("CAREKB_") or key == "SOURCE_DATE_EPOCH":
            yield f"env {key}={value}", 0
            if os.path.isfile(value):
                yield _stat_line(Path(value), value)
    # carekb's own files count as inputs (an edit in a development install must
    # not be hidden) but not as racy ones: they do not change under a user.
    yield from ((line, 0) for line, _ in _tree(Path(carekb.__file__).parent, "pkg:"))
    # The trust root: named by CAREKB_TRUST (above) or the default file.
    from carekb.trust.root import default_trust_path

    yield _stat_line(default_trust_path(), "trust:default")
    if trust is not None:
        yield _stat_line(trust.absolute(), f"trust:{trust.absolute()}")
    yield from _tree(project.root, "", skip=SKIP_DIRS | {project.export_out.strip("/")})
    for path in paths:
        if project.root not in path.resolve().parents and path.resolve() != project.root:
            if path.is_dir():
                yield from _tree(path, f"extra:{path}:")
            else:
                yield _stat_line(path, str(path))


def _tree(
    root: Path, label: str, skip: frozenset[str] = frozenset({"__pycache__"})
) -> Iterator[tuple[str, int]]:
    pending = [(root, label)]
    while pending:
        folder, prefix = pending.pop()
        try:
            listing = sorted(os.scandir(folder), key=lambda item: item.name)
        except OSError:
            continue
        for item in listing:
            name = prefix + item.name
            if item.is_dir(follow_symlinks=False):
                if item.name not in skip and name not in skip:
                    pending.append((Path(item.path), name + "/"))
                continue
            try:
                info = item.stat(follow_symlinks=False)
            except OSError:
                continue
            # ctime too: it moves when someone sets a file's mtime back by hand.
            line = (
                f"{name} {info.st_size} {info.st_mtime_ns} {info.st_ctime_ns} "
                f"{info.st_ino} {info.st_mode}"
            )
            yield line, info.st_mtime_ns


def _stat_line(path: Path, name: str) -> tuple[str, int]:
    try:
        info = path.stat()
    except OSError:
        return f"{name} missing", 0
    return f"{name} {info.st_size} {info.st_mtime_ns} {info.st_ino}", info.st_mtime_ns


def read(project: Project, name: str, digest: str) -> LintResult | None:
    """The stored result, if it was stored for exactly these inputs."""
    try:
        stored = json.loads((project.root / CACHE_DIR / name).read_text(encoding="utf-8"))
        if stored.get("inputs") != digest:
            return None
        return LintResult(
            findings=[finding_from_dict(item) for item in stored["findings"]],
            files=int(stored["files"]),
            entries=int(stored["entries"]),
            ignored=[str(p) for p in stored["ignored"]],
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None  # no cache, or one from another version: lint afresh


def write(project: Project, name: str, digest: str, result: LintResult) -> None:
    """Store ``result``; a cache that cannot be written is only a slower next lint."""
    folder = project.root / CACHE_DIR
    record: dict[str, Any] = {
        "inputs": digest,
        "files": result.files,
        "entries": result.entries,
        "ignored": result.ignored,
        "findings": [f.to_dict() for f in result.findings],
    }
    try:
        folder.mkdir(exist_ok=True)
        ignore = folder / ".gitignore"
        if not ignore.exists():
            ignore.write_text("# carekb's lint cache: safe to delete at any time\n*\n")
        tmp = folder / f".{name}.{os.getpid()}.tmp"
        tmp.write_text(json.dumps(record), encoding="utf-8")
        os.replace(tmp, folder / name)
    except OSError:
        pass


def finding_from_dict(item: dict[str, Any]) -> Finding:
    return Finding(
        path=str(item["path"]),
        line=int(item["line"]),
        column=int(item["column"]),
        rule=str(item["rule"]),
        message=str(item["message"]),
        level=Level(item["level"]),
        entry_id=item.get("entry_id"),
    )


def lint_project(
    project: Project,
    paths: Iterable[Path] = (),
    *,
    trust: Path | None = None,
    today: dt.date | None = None,
    use_cache: bool = True,
) -> LintResult:
    """Load and lint ``project`` (reporting files under ``paths``), cached.

    ``trust`` names the clinical leads' trust root (else ``CAREKB_TRUST`` or
    the default file); a named one that cannot be read stops here.
    """
    from carekb import clock
    from carekb.load.knowledge import load_kb
    from carekb.trust.root import check_named_trust_root
    from carekb.trust.roster import use_trust_root
    from carekb.validate.engine import lint

    check_named_trust_root(trust)
    chosen = list(paths)
    day = today or clock.today()

    def fresh() -> LintResult:
        kb = load_kb(project, chosen)
        use_trust_root(kb, trust)
        return lint(project, kb, only=chosen, today=day)

    if not use_cache:
        return fresh()
    started = time.time_ns()
    name, digest, newest = fingerprint(project, chosen, day, trust)
    cached = read(project, name, digest)
    if cached is not None:
        return cached
    result = fresh()
    if newest < started - RACY_NS:
        write(project, name, digest, result)
    return result
