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
import hmac
import json
import os
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import carekb
from carekb.model import Finding
from carekb.project import CACHE_DIR, UNREAD_DIRS, Project
from carekb.validate.engine import LintResult

FORMAT = 1  # bump when what is stored changes shape


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
    yield from _tree(project.root, "", skip=UNREAD_DIRS | {project.export_out.strip("/")})
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
    stored = unseal(project.root / CACHE_DIR / name)
    try:
        if stored.get("inputs") != digest:
            return None
        return LintResult(
            findings=[Finding.from_dict(item) for item in stored["findings"]],
            files=int(stored["files"]),
            entries=int(stored["entries"]),
            ignored=[str(p) for p in stored["ignored"]],
        )
    except (AttributeError, ValueError, KeyError, TypeError):
        return None  # no cache, one from elsewhere or another version: lint afresh


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
    seal(folder / name, record)


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

    if not use_cache:
        kb = load_kb(project, chosen)
        use_trust_root(kb, trust)
        return lint(project, kb, only=chosen, today=day)
    started = time.time_ns()
    name, digest, newest = fingerprint(project, chosen, day, trust)
    cached = read(project, name, digest)
    if cached is not None:
        return cached
    # Something changed: lint again, reusing what is known by file content.
    context = _context_key(project, day, trust)
    parsed, findings = _read_memos(project, context)
    kb = load_kb(project, chosen, memo=parsed)
    use_trust_root(kb, trust)
    result = lint(project, kb, only=chosen, today=day, memo=findings)
    _write_memos(project, context, kb, parsed, findings)
    if newest < started - RACY_NS:
        write(project, name, digest, result)
    return result


# --- memos by file content ------------------------------------------------------
#
# When anything changed, files whose bytes are unchanged are neither parsed nor
# checked by the per-entry rules again: their data and findings are kept by the
# SHA-256 of their bytes. Findings also depend on the roster, the trust root,
# the config, carekb itself and the date: the "context" key covers those, and
# memoised findings from another context are dropped. The memo file is sealed
# with a key kept outside the project, so a cache committed to a repository
# (say, one claiming a bad entry has no findings) is never believed.

MEMO_FILE = "memo.json"


def _context_key(project: Project, today: dt.date, trust: Path | None) -> str:
    from carekb.project import CONFIG_NAME, PEOPLE_FILE
    from carekb.trust.root import chosen_trust_path, default_trust_path

    digest = hashlib.sha256()
    parts = [
        f"format {FORMAT} carekb {carekb.__version__} python {sys.version}",
        f"today {today.isoformat()}",
        *(f"env {k}={v}" for k, v in sorted(os.environ.items()) if k.startswith("CAREKB_")),
        *(line for line, _ in _tree(Path(carekb.__file__).parent, "pkg:")),
    ]
    for part in parts:
        digest.update(part.encode("utf-8", "surrogateescape") + b"\0")
    root = chosen_trust_path(trust) or default_trust_path()
    for path in (project.root / CONFIG_NAME, project.root / PEOPLE_FILE, root):
        try:
            digest.update(path.read_bytes())
        except OSError:
            digest.update(b"missing")
        digest.update(b"\0")
    return digest.hexdigest()


def _read_memos(project: Project, context: str) -> tuple[dict[str, Any], dict[str, Any]]:
    stored = unseal(project.root / CACHE_DIR / MEMO_FILE)
    if not isinstance(stored, dict):
        return {}, {}
    parsed = stored.get("parsed")
    findings = stored.get("findings") if stored.get("context") == context else None
    return (
        parsed if isinstance(parsed, dict) else {},
        findings if isinstance(findings, dict) else {},
    )


def _write_memos(
    project: Project,
    context: str,
    kb: Any,
    parsed: dict[str, Any],
    findings: dict[str, Any],
) -> None:
    # Keep only what describes the files as they are now, so the memo does not grow.
    digests = {doc.digest for doc in kb.documents}
    keys = {f"{entry.path}\0{entry.doc.digest}" for entry in kb.entries}
    record = {
        "context": context,
        "parsed": {d: v for d, v in parsed.items() if d in digests},
        "findings": {k: v for k, v in findings.items() if k in keys},
    }
    seal(project.root / CACHE_DIR / MEMO_FILE, record)


def _secret() -> bytes | None:
    """This user's key for sealing cache files (created on first use, mode 0600)."""
    import platformdirs

    path = Path(platformdirs.user_cache_dir("carekb")) / "cache-key"
    try:
        return path.read_bytes()
    except FileNotFoundError:
        pass
    except OSError:
        return None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as out:
            out.write(os.urandom(32))
        return path.read_bytes()
    except OSError:
        return None


def seal(path: Path, record: Any) -> None:
    """Write ``record`` as JSON with this user's seal (see the memo notes above)."""
    secret = _secret()
    if secret is None:
        return
    body = json.dumps(record, separators=(",", ":")).encode("utf-8")
    mac = hmac.new(secret, body, hashlib.sha256).hexdigest().encode()
    try:
        path.parent.mkdir(exist_ok=True)
        ignore = path.parent / ".gitignore"
        if not ignore.exists():
            ignore.write_text("# carekb's lint and export cache: safe to delete at any time\n*\n")
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        tmp.write_bytes(mac + b"\n" + body)
        os.replace(tmp, path)
    except OSError:
        pass


def unseal(path: Path) -> Any:
    """The record at ``path`` if this user sealed it, else ``None``."""
    secret = _secret()
    try:
        mac, _, body = path.read_bytes().partition(b"\n")
    except OSError:
        return None
    if secret is None or not hmac.compare_digest(
        mac, hmac.new(secret, body, hashlib.sha256).hexdigest().encode()
    ):
        return None  # made elsewhere, or tampered with: ignore it
    try:
        return json.loads(body)
    except ValueError:
        return None
