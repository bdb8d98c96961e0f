"""The cache in ``.carekb-cache/``: what lint and export keep between runs.

Two kinds of record, both keyed by one key builder (:func:`settings_lines`):

- **Results by fingerprint.** A lint or export whose inputs have not changed
  reuses the last result. The fingerprint covers everything a run reads, by
  the file system's own record of it (path, size, modification time, ctime,
  inode) without opening a file: every file of the project outside the folders
  nothing reads, carekb's own code and schemas, the ``CAREKB_*`` settings and
  the files they name, the trust root, and the date (review expiry depends on
  it). Stat-ing a file is a hundred times cheaper than reading and parsing it.
  Any change misses, so a stale answer needs a file changed without its size,
  times and inode changing (see :data:`RACY_NS`).
- **Signatures already verified** (``verified.json``): a token per (key,
  signature, message) that verified, so a warm run verifies nothing again
  (:mod:`carekb.trust.verified`).
- **The lint index** (:class:`Index`): every file's stat as the fingerprint
  saw it, each entry's id, type and outline, and the findings by file, for a
  warm lint to recheck only what a change can affect
  (:mod:`carekb.validate.incremental`). Its context key leaves the date out
  (:func:`index_context`): it says which day it was worked out for, and on
  another day only what the day can change is worked out again.
- **Answers about words** (``words.json``): how common each word the
  content rules looked up is, and its syllables, kept under a key of carekb's
  own code and the word lists' files (:func:`code_key`), so a warm lint loads
  no word list (:mod:`carekb.validate.wordmemory`).
- **Compiled expressions** (``compiled/<key>.json`` in the user's cache folder,
  not the project's): the engine's program for each of the content rules'
  expressions a run compiled, and RE2's translation of those RE2 runs first, kept
  under a key of carekb's own code and the exact Python
  (:mod:`carekb.validate.lazyre`). They depend on nothing else, as Python's
  ``__pycache__`` depends on the code alone: so the first lint of any project
  (cloned, or its cache deleted) parses none of them again, where each worker of a
  cold lint otherwise spent about three seconds on them. The newest
  :data:`COMPILED_KEPT` keys are kept (each change of carekb's code is a new key).
- **Findings by content** (``memo.json``). When something changed, an entry
  whose bytes are unchanged is not checked by the per-entry rules again: its
  findings are kept by its path and the SHA-256 of its bytes. Findings also
  depend on the roster, the trust root, the config, carekb itself and the
  date; the memo's context key covers those (by content, not by stat), and
  findings kept under another context are dropped. Parsed data is not kept:
  a copy of every entry made the cache grow with the project (118 MB of
  ``memo.json`` at 100,000 entries, written by every lint afresh), while
  parsing is the cheap part of a lint (libyaml, on every core).

Every record is sealed with a key kept outside the project (the user's cache
folder), so a cache committed to a repository (say, one claiming a bad entry
has no findings) is never believed.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import hmac
import itertools
import json
import os
import re
import stat
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

import carekb
from carekb.clock import NOW_VARIABLE
from carekb.load.regular import read_regular
from carekb.project import (
    CACHE_DIR,
    CONFIG_NAME,
    KB_DIR,
    PEOPLE_FILE,
    UNREAD_DIRS,
    Project,
    trust_path,
)

if TYPE_CHECKING:  # imported where used: recalling a run must not load the YAML readers
    from carekb.load.knowledge import KnownFile
    from carekb.model import KnowledgeBase

FORMAT = 5  # bump when what is stored changes shape

# A file changed twice within the file system's timestamp granularity can keep
# its size, time and inode. Results are not stored while any input may still change so:
# a file of the project written in the same tick as a stamp written just before the
# walk (git's "racily clean" rule, in the file system's own time: STAMP_FILE), or,
# where no stamp can be written or the project spans several file systems, and for
# files elsewhere, one younger than this (the coarsest granularity, FAT's two seconds).
RACY_NS = 2_000_000_000
STAMP_FILE = "stamp"

MEMO_FILE = "memo.json"
VERIFIED_FILE = "verified.json"  # signatures that verified (carekb.trust.verified)
WORDS_FILE = "words.json"  # answers about words (carekb.validate.wordmemory)
# Compiled expressions (carekb.validate.lazyre): a folder of the user's cache, one file
# per code key, the newest COMPILED_KEPT of them kept (about 2 MB each).
COMPILED_DIR = "compiled"
COMPILED_KEPT = 8


@dataclass(frozen=True)
class Fingerprint:
    """The stat of every input of a run, taken before the run reads anything."""

    scope: str  # a short name for the paths the run was asked about
    digest: str  # of every input's stat
    settled: bool  # no input is young enough to change again unseen: may be stored
    # Every file of the project (path relative to the root) -> its stat (size,
    # times, inode, mode), or "" for a file too young to tell edits apart: what the
    # lint index compares.
    files: Mapping[str, str] = field(default_factory=dict, compare=False, repr=False)
    # The folders of the project the stat walked through, and those it left unwalked
    # (a tool's folder, an output folder, one it could not list), relative to the root:
    # whether ``files`` lists every file of a folder (:func:`lists_all_of`).
    folders: frozenset[str] = field(default_factory=frozenset, compare=False, repr=False)
    unwalked: frozenset[str] = field(default_factory=frozenset, compare=False, repr=False)

    def lists_all_of(self, folder: str) -> bool:
        """Whether ``files`` names every file under ``folder`` (relative to the root), so
        that the loader need not walk it again: the walk went into it and into every
        folder under it."""
        inside = folder + "/"
        return folder in self.folders and not any(
            name == folder or name.startswith(inside) for name in self.unwalked
        )


def fingerprint(
    project: Project, paths: Iterable[Path], today: dt.date, trust: Path | None = None
) -> Fingerprint:
    """Every input of a run over ``paths`` (none: the whole project) on ``today``."""
    by_clock = time.time_ns() - RACY_NS
    stamp = _stamp(project)  # first: whatever is written after it is young
    chosen = [Path(p) for p in paths]
    scope = sorted(project.relative(p) for p in chosen)
    lines = [*settings_lines(today), "scope " + " ".join(scope)]
    walk = _Walk()
    stats = list(_stats(project, chosen, trust, walk))
    by_stamp = stamp[1] if stamp is not None and walk.devices <= {stamp[0]} else by_clock
    lines += [row[0] for row in stats]
    lines.append("")
    # The stat is kept as it is (hashing each of a quarter of a million lines costs more
    # than reading them back). Comprehensions, not one loop doing it all: a fifth of the
    # time, for every file of the project on every run.
    files = {row[2]: row[3] for row in stats if row[2]}
    young = _young(stats, by_stamp, by_clock)
    files.update((name, "") for name in young if name)
    digest = hashlib.sha256("\0".join(lines).encode("utf-8", "surrogateescape"))
    scope_name = hashlib.sha256("\0".join(scope).encode()).hexdigest()[:16]
    return Fingerprint(
        scope=scope_name,
        digest=digest.hexdigest(),
        settled=not young,
        files=files,
        folders=frozenset(walk.folders),
        unwalked=frozenset(walk.unwalked),
    )


def _young(rows: list[Row], by_stamp: int, by_clock: int) -> list[str]:
    """The names of the files that may still change unseen ("" for one outside the
    project): one of the project modified at ``by_stamp`` or later, any other at
    ``by_clock`` or later."""
    first = min(by_stamp, by_clock)
    recent = [row for row in rows if row[1] >= first]  # few: the exact test on those only
    return [name for _, mtime, name, _ in recent if mtime >= (by_stamp if name else by_clock)]


def context_key(project: Project, today: dt.date, trust: Path | None) -> str:
    """What per-file findings depend on besides the file: by content, not by stat."""
    return _context(project, trust, settings_lines(today))[0]


class IndexContext(NamedTuple):
    """What the lint index is kept under (:func:`index_context`)."""

    key: str  # :func:`context_key` without the date and the clock's setting
    days: frozenset[str]  # every YYYY-MM-DD the config, the roster and the trust root name


def index_context(project: Project, trust: Path | None) -> IndexContext:
    """:func:`context_key` without the date (and the clock's setting), for the lint
    index, which says itself what changes with the day
    (:func:`carekb.validate.incremental.dated_files`); and every day the config, the
    roster and the trust root name, on which any finding may change."""
    return IndexContext(*_context(project, trust, settings_lines(None)))


def _context(
    project: Project, trust: Path | None, lines: Iterable[str]
) -> tuple[str, frozenset[str]]:
    digest = hashlib.sha256()
    for part in lines:
        digest.update(part.encode("utf-8", "surrogateescape") + b"\0")
    days: set[str] = set()
    for path in (project.root / CONFIG_NAME, project.root / PEOPLE_FILE, trust_path(trust)):
        try:
            raw = read_regular(path)
        except OSError:
            raw = b"missing"
        digest.update(raw)
        digest.update(b"\0")
        days.update(day.decode() for day in _DAY.findall(raw))
    return digest.hexdigest(), frozenset(days)


_DAY = re.compile(rb"(?<![0-9])[0-9]{4}-[0-9]{2}-[0-9]{2}(?![0-9])")


# Settings of where carekb runs, never of what it finds (carekb.daemon.client's): a lint
# with the daemon and one without must share their cache.
HOW_IT_RUNS = frozenset({"CAREKB_NO_DAEMON", "CAREKB_DAEMON_DIR"})


def settings_lines(today: dt.date | None) -> Iterator[str]:
    """The inputs every key shares: carekb itself, its settings, the date (``None``:
    neither the date nor the clock's setting)."""
    yield _version()
    if today is not None:
        yield f"today {today.isoformat()}"
    for key, value in sorted(os.environ.items()):
        if (today is None and key == NOW_VARIABLE) or key in HOW_IT_RUNS:
            continue
        if key.startswith("CAREKB_") or key == "SOURCE_DATE_EPOCH":
            yield f"env {key}={value}"
    yield from _own_code()


def _version() -> str:
    return f"format {FORMAT} carekb {carekb.__version__} python {sys.version}"


def _own_code() -> Iterator[str]:
    # carekb's own files count (an edit in a development install must not be
    # hidden) but not as racy ones: they do not change under a user.
    return (row[0] for row in _tree(Path(carekb.__file__).parent, "pkg:"))


def code_key(sources: Iterable[Path] = ()) -> str:
    """What answers worked out by carekb's code alone depend on: that code, the Python
    running it, and the files in ``sources`` (by stat; for answers about words, the
    word lists'); never the project, its settings or the date."""
    digest = hashlib.sha256()
    for line in (_version(), *_own_code(), *(_stat_line(p, str(p))[0] for p in sources)):
        digest.update(line.encode("utf-8", "surrogateescape") + b"\0")
    return digest.hexdigest()


@dataclass
class _Walk:
    """The folders a walk of the project went into, and those it did not; the file
    systems its files are on."""

    folders: list[str] = field(default_factory=list)
    unwalked: list[str] = field(default_factory=list)
    devices: set[int] = field(default_factory=set)


def _stamp(project: Project) -> tuple[int, int] | None:
    """A file of the cache written now: its file system and modification time, which a
    file of the project last written before it has passed (the file system's clock
    ticks the same for both), or ``None`` where nothing can be written."""
    try:
        path = _cache_folder_at(project.root / CACHE_DIR) / STAMP_FILE
        with path.open("wb") as out:
            out.write(str(time.time_ns()).encode())
        info = path.stat()
    except OSError:
        return None
    return info.st_dev, info.st_mtime_ns


def _cache_folder_at(folder: Path) -> Path:
    """The cache's folder, made (with its .gitignore) if it is not there."""
    folder.mkdir(exist_ok=True)
    ignore = folder / ".gitignore"
    if not ignore.exists():
        ignore.write_text("# carekb's lint and export cache: safe to delete at any time\n*\n")
    return folder


Row = tuple[str, int, str, str]
"""A file as a walk saw it: its line (its name, then its stat: what the fingerprint's
digest covers), its modification time, its path relative to the walk's root ("" for a
file outside the project), and its stat alone (as the lint index keeps it)."""


def _stats(
    project: Project, paths: list[Path], trust: Path | None, walk: _Walk | None = None
) -> Iterator[Row]:
    """Every file a run may read (:data:`Row`)."""
    for key, value in sorted(os.environ.items()):
        if key.startswith("CAREKB_") and os.path.isfile(value):
            yield (*_stat_line(Path(value), value), "", "")
    trust_file = trust_path(trust)
    yield (*_stat_line(trust_file.absolute(), f"trust:{trust_file.absolute()}"), "", "")
    # Output folders are skipped by their exact place, never by name: a folder
    # named like export.out elsewhere (kb/techniques) is an input all the same.
    outputs = project.output_folders
    yield from _tree(
        project.root, "", skip=UNREAD_DIRS, skip_paths=outputs, walk=walk, read_in=KB_DIR + "/"
    )
    for path in paths:
        if project.root not in path.resolve().parents and path.resolve() != project.root:
            if path.is_dir():
                yield from ((row[0], row[1], "", "") for row in _tree(path, f"extra:{path}:"))
            else:
                yield (*_stat_line(path, str(path)), "", "")


# A folder opened to list it and to stat its files by name (never a link followed
# inside the project: every file is asked with follow_symlinks=False).
_FOLDER_FLAGS = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_CLOEXEC", 0)


class Listing(list[tuple[str, "os.stat_result | None"]]):
    """A folder's items in the order it lists them, each with its stat (None: it could not
    be asked: gone, or in a folder that can be listed but not entered). Never changed once
    listed: a change is a new listing.

    It also keeps what a walk made of its files (:meth:`files`), so that a watching
    daemon's listing is turned into stat lines once, not again by every run: that was
    two thirds of a run's walk, which asks the file system for nothing then."""

    __slots__ = ("_files",)

    def __init__(self, items: Iterable[tuple[str, os.stat_result | None]] = ()) -> None:
        super().__init__(items)
        self._files: FolderFiles | None = None

    def files(self, prefix: str, cut: int) -> FolderFiles:
        """:func:`folder_files` of this listing, kept for the last ``prefix`` and ``cut``."""
        kept = self._files
        if kept is None or kept.prefix != prefix or kept.cut != cut:
            kept = self._files = folder_files(self, prefix, cut)
        return kept


class FolderFiles(NamedTuple):
    """A folder's listing as a walk that names its items ``prefix`` + item takes it."""

    prefix: str
    cut: int  # the length of the walk's label, cut from each name (:func:`_tree`)
    rows: list[Row]  # its files, in the listing's order
    devices: frozenset[int]  # the file systems they are on
    others: list[tuple[str, os.stat_result | None]]  # its folders, and items not asked


def folder_files(listing: Listing, prefix: str, cut: int) -> FolderFiles:
    """``listing``'s files as rows, and the rest of its items, in order. Every run stats
    every file of the project (a quarter of a million at 100,000 entries), so this loop
    is kept tight: locals only."""
    rows: list[Row] = []
    add = rows.append
    others: list[tuple[str, os.stat_result | None]] = []
    devices: set[int] = set()
    is_folder = stat.S_ISDIR
    for item, info in listing:
        if info is None or is_folder(info.st_mode):
            others.append((item, info))
            continue
        mtime = info.st_mtime_ns
        devices.add(info.st_dev)
        name = prefix + item
        # ctime too: it moves when someone sets a file's mtime back by hand.
        stat_line = f"{info.st_size} {mtime} {info.st_ctime_ns} {info.st_ino} {info.st_mode}"
        add((f"{name} {stat_line}", mtime, name[cut:], stat_line))
    return FolderFiles(prefix, cut, rows, frozenset(devices), others)


KNOWN_LISTINGS: dict[str, Listing] = {}
"""Folders whose listing a watching daemon (``carekb daemon start --watch``,
:mod:`carekb.daemon.watch`) keeps, by the path :func:`_tree` names them by: those no
change has touched since it listed them, refreshed just before each run. A run's walk
takes them from here instead of asking the file system. Empty in every other process."""


def _tree(
    root: Path,
    label: str,
    skip: frozenset[str] = frozenset({"__pycache__"}),
    skip_paths: frozenset[str] = frozenset(),
    walk: _Walk | None = None,
    read_in: str | None = None,
) -> list[Row]:
    """The stat of every file under ``root``, except in folders named in ``skip`` (carekb's
    own list of tool folders) or at a path in ``skip_paths`` (relative to ``root``), with
    its modification time and its path relative to ``root``. Under ``read_in`` (kb/, which
    the loader reads whole but for hidden names), a folder is skipped by its name only when
    the loader skips it too: "kb/techniques/venv/" holds entries like any other folder."""
    found: list[Row] = []
    cut = len(label)
    walk = walk or _Walk()
    devices = walk.devices
    known = KNOWN_LISTINGS
    pending = [(os.fspath(root), label)]
    while pending:
        folder, prefix = pending.pop()
        listing = known.get(folder)
        if listing is None:
            listing = list_folder(folder)
        if listing is None:
            walk.unwalked.append(prefix[cut:].rstrip("/"))
            continue
        walk.folders.append(prefix[cut:].rstrip("/"))
        files = listing.files(prefix, cut)
        found += files.rows
        devices |= files.devices
        for item, info in files.others:
            if info is None:
                # The list of this folder's files is incomplete: the loader walks it itself.
                walk.unwalked.append(prefix[cut:].rstrip("/"))
                continue
            name = prefix + item
            relative = name[cut:]
            if walks_into(relative, item, skip, skip_paths, read_in):
                pending.append((f"{folder}/{item}", name + "/"))
            else:
                walk.unwalked.append(relative)
    return found


def walks_into(
    relative: str,
    item: str,
    skip: frozenset[str],
    skip_paths: frozenset[str] = frozenset(),
    read_in: str | None = None,
) -> bool:
    """Does the walk go into the folder ``item`` at ``relative`` (see :func:`_tree`)?"""
    named = item in skip and not (
        read_in is not None and relative.startswith(read_in) and not item.startswith(".")
    )
    return not named and relative not in skip_paths


def list_folder(folder: str) -> Listing | None:
    """``folder``'s items in the order it lists them, each with its stat; None when it
    cannot be opened or listed.

    Each name is asked of the folder's open descriptor (fstatat): the kernel walks no
    path and Python builds none, a fifth less than os.scandir's entries and their stat()
    (measured on 24,000 files). In the listing's own order, not sorted: the order of an
    unchanged folder does not change, so the digest is as stable, and sorting a folder of
    100,000 audit logs cost a sixth of a warm lint."""
    try:
        descriptor = os.open(folder, _FOLDER_FLAGS)
    except OSError:
        return None
    lstat = os.stat
    listing = Listing()
    add = listing.append
    try:
        items = os.listdir(descriptor)
        for item in items:
            try:
                add((item, lstat(item, dir_fd=descriptor, follow_symlinks=False)))
            except OSError:
                add((item, None))
    except OSError:
        return None
    finally:
        os.close(descriptor)
    return listing


def _stat_line(path: Path, name: str) -> tuple[str, int]:
    try:
        info = path.stat()
    except OSError:
        return f"{name} missing", 0
    return f"{name} {info.st_size} {info.st_mtime_ns} {info.st_ino}", info.st_mtime_ns


# --- Records --------------------------------------------------------------------------


def recall(project: Project, name: str, key: Fingerprint) -> dict[str, Any] | None:
    """The record stored under ``name`` for exactly the inputs of ``key``, if any."""
    stored = unseal(project.root / CACHE_DIR / name)
    if not isinstance(stored, dict) or stored.get("inputs") != key.digest:
        return None
    return stored


def recall_latest(project: Project, name: str) -> dict[str, Any] | None:
    """The record kept under ``name`` by :func:`keep_latest`."""
    stored = unseal(project.root / CACHE_DIR / name)
    return stored if isinstance(stored, dict) else None


def keep_latest(project: Project, name: str, record: dict[str, Any]) -> None:
    """Store ``record`` under ``name`` whatever the inputs: for what is known by content
    (an export's pages, by the digest of what made each), which a racy file cannot
    make stale."""
    seal(project.root / CACHE_DIR / name, record)


def keep(project: Project, name: str, key: Fingerprint, record: dict[str, Any]) -> None:
    """Store ``record`` under ``name`` for the inputs of ``key``, once they have settled."""
    if key.settled:
        seal(project.root / CACHE_DIR / name, {"inputs": key.digest, **record})


@dataclass
class Memos:
    """What is known by file content (see the module notes), for one context."""

    context: str
    findings: dict[str, Any] = field(default_factory=dict)  # path NUL digest -> findings


def read_memos(project: Project, today: dt.date, trust: Path | None) -> Memos:
    context = context_key(project, today, trust)
    stored = unseal(project.root / CACHE_DIR / MEMO_FILE)
    if not isinstance(stored, dict):
        return Memos(context)
    findings = stored.get("findings") if stored.get("context") == context else None
    return Memos(context, findings if isinstance(findings, dict) else {})


def write_memos(project: Project, memos: Memos, kb: KnowledgeBase) -> None:
    # Keep only what describes the files as they are now, so the memo does not grow.
    keys = {f"{entry.path}\0{entry.doc.digest}" for entry in kb.entries}
    record = {
        "context": memos.context,
        "findings": {k: v for k, v in memos.findings.items() if k in keys},
    }
    seal(project.root / CACHE_DIR / MEMO_FILE, record)


INDEX_FILE = "index.json"  # every file's stat and every entry's outline
FINDINGS_FILE = "index-findings.json"  # the findings by file, read only when asked for
RECENT_FILE = "index-recent.json"  # what changed since, and the findings
# A warm lint writes only what changed since the index was written whole, until
# this many files have: then it writes it whole again.
MAX_RECENT = 2000


class IndexUnreadable(Exception):
    """The index's findings, read when first asked for, are not the ones its stats and
    outlines were kept with (written over since, or not sealed by this user): the
    caller lints afresh."""


Findings = dict[str, list[dict[str, Any]]]
Local = dict[str, list[dict[str, Any]] | None]


class Index:
    """What the last lint of the whole project saw, for a warm lint to start from.

    It grows with the files and the findings, never with the content: each
    file's stat, then for each entry file only what other entries'
    checks need (:class:`KnownFile`), and the findings, by file (``findings``:
    as reported, before the per-file cap; ``local``: the per-entry rules' own,
    before inline suppressions, for entries that have some; ``None`` for one
    whose findings could not be kept). All of it holds for one context key
    (:func:`index_context`) only, and for the day ``day``.

    Kept in three files, so that a warm lint after one edit does not write the
    stat, outline and findings of every file again, and a lint of one file does
    not read every file's findings: ``index.json`` holds the stats and outlines
    as they were when last written whole, ``index-findings.json`` the findings
    then (read the first time ``findings`` or ``local`` is asked for, which may
    raise :class:`IndexUnreadable`), ``index-recent.json`` what changed since.
    """

    def __init__(
        self,
        context: str,
        stats: dict[str, str] | None = None,
        base: _Base | None = None,
        day: str = "",
    ) -> None:
        self.context = context
        # The day (YYYY-MM-DD) the findings were worked out for: the context leaves the
        # date out, so that a new day rechecks only what can change with it.
        self.day = day
        self.stats: dict[str, str] = stats if stats is not None else {}
        self.entries: dict[str, KnownFile] = {}
        # index.json as read: its seal, and what the four tables are compared with to
        # write only the difference.
        self.base = base
        self._findings: Findings | None = {}
        self._local: Local | None = {}
        self._later: Callable[[], tuple[Findings, Local]] | None = None

    @property
    def findings(self) -> Findings:
        if self._findings is None:
            self._read_findings()
        assert self._findings is not None
        return self._findings

    @findings.setter
    def findings(self, value: Findings) -> None:
        self._findings = value

    @property
    def local(self) -> Local:
        if self._local is None:
            self._read_findings()
        assert self._local is not None
        return self._local

    @local.setter
    def local(self, value: Local) -> None:
        self._local = value

    def _read_findings(self) -> None:
        assert self._later is not None
        findings, local = self._later()
        if self._findings is None:
            self._findings = findings
        if self._local is None:
            self._local = local


class _Base:
    """``index.json`` and ``index-findings.json`` as read."""

    def __init__(
        self,
        seal: str,
        stats: dict[str, str],
        entries: dict[str, KnownFile],
        tables: Callable[[], tuple[Findings, Local]],
    ) -> None:
        self.seal = seal
        self.stats = stats
        self.entries = entries
        self._tables = tables

    @property
    def findings(self) -> Findings:
        return self._tables()[0]

    @property
    def local(self) -> Local:
        return self._tables()[1]


def read_index(project: Project, context: str) -> Index | None:
    """The index kept under ``context``, or ``None`` (none, another context, or unreadable).

    Its findings are read when first asked for (see :class:`Index`)."""
    folder = project.root / CACHE_DIR
    base, seal_of_base = _unseal_with_mac(folder / INDEX_FILE)
    recent = unseal(folder / RECENT_FILE)
    if not isinstance(base, dict) or not isinstance(recent, dict):
        return None
    if base.get("context") != context or recent.get("context") != context:
        return None
    if recent.get("base") != seal_of_base:
        return None  # written over another index.json
    try:
        stats: dict[str, str] = base["stats"]
        known = _known_reader()
        entries = {path: known(item) for path, item in base["entries"].items()}
        seal_of_findings = base["findings"]
        recent_findings = recent["findings"]
        recent_local = recent["local"]
        held: list[tuple[Findings, Local]] = []

        def tables() -> tuple[Findings, Local]:
            """``index-findings.json`` as kept with this index.json, read once."""
            if not held:
                held.append(_read_findings(folder, context, seal_of_findings))
            return held[0]

        def now() -> tuple[Findings, Local]:
            """The findings with what changed since applied."""
            findings, local = tables()
            findings, local = dict(findings), dict(local)
            try:
                _apply(findings, recent_findings, list)
                # A per-entry value is kept in a list, since the value itself may be None.
                _apply(local, recent_local, lambda kept: kept[0])
            except (KeyError, TypeError, ValueError, AttributeError, IndexError) as error:
                raise IndexUnreadable(str(error)) from error
            return findings, local

        day = recent["day"]
        if not isinstance(day, str):
            return None
        index = Index(
            context=context,
            stats=dict(stats),
            base=_Base(seal_of_base, stats, entries, tables),
            day=day,
        )
        index.entries = dict(entries)
        index._findings = index._local = None
        index._later = now
        _apply(index.stats, recent["stats"], str)
        _apply(index.entries, recent["entries"], known)
    except (KeyError, TypeError, ValueError, AttributeError):
        return None  # another version's record: lint afresh
    return index


def _read_findings(folder: Path, context: str, seal_of_findings: str) -> tuple[Findings, Local]:
    stored, seal_of_stored = _unseal_with_mac(folder / FINDINGS_FILE)
    if (
        not isinstance(stored, dict)
        or not seal_of_stored
        or seal_of_stored != seal_of_findings
        or stored.get("context") != context
    ):
        raise IndexUnreadable(f"{FINDINGS_FILE} was not kept with {INDEX_FILE}")
    findings, local = stored.get("findings"), stored.get("local")
    if not isinstance(findings, dict) or not isinstance(local, dict):
        raise IndexUnreadable(f"{FINDINGS_FILE} holds another version's record")
    return findings, local


def write_index(project: Project, index: Index) -> None:
    """Keep ``index``: what changed since ``index.json`` was written, or all of it."""
    folder = project.root / CACHE_DIR
    tables = ("stats", "entries", "findings", "local")
    recent: dict[str, Any] = {
        "context": index.context,
        "day": index.day,
        **{name: {} for name in tables},
    }
    base = index.base
    if base is not None:
        seal_of_base = base.seal
        recent["stats"] = _difference(base.stats, index.stats)
        recent["entries"] = {
            path: None if known is None else _record(known)
            for path, known in _difference(base.entries, index.entries).items()
        }
        recent["findings"] = _difference(base.findings, index.findings)
        recent["local"] = {
            path: None if path not in index.local else [index.local[path]]
            for path in _difference(base.local, index.local)
        }
    if base is None or sum(len(recent[name]) for name in tables) > MAX_RECENT:
        findings = {"context": index.context, "findings": index.findings, "local": index.local}
        whole = {
            "context": index.context,
            "stats": index.stats,
            "entries": _Records(index.entries),
            "findings": seal(folder / FINDINGS_FILE, findings),
        }
        seal_of_base = seal(folder / INDEX_FILE, whole)
        recent.update((name, {}) for name in tables)
    recent["base"] = seal_of_base
    seal(folder / RECENT_FILE, recent)


_V = TypeVar("_V")


_ABSENT: Any = object()


def _difference(old: Mapping[str, _V], new: Mapping[str, _V]) -> dict[str, _V | None]:
    """What turns ``old`` into ``new``: changed and added values, ``None`` for removed keys
    (a caller whose values may be ``None`` tells the two apart by ``new``)."""
    changed: dict[str, _V | None] = {k: v for k, v in new.items() if old.get(k, _ABSENT) != v}
    changed.update((k, None) for k in old if k not in new)
    return changed


def _apply(table: dict[str, _V], changes: dict[str, Any], read: Callable[[Any], _V]) -> None:
    """Bring ``table`` up to date with ``changes`` from the recent file: a path mapped
    to None was removed, any other value is read into the table's form."""
    for path, value in changes.items():
        if value is None:
            table.pop(path, None)
        else:
            table[path] = read(value)


class _Records(Mapping[str, list[Any]]):
    """Each entry file's :func:`_record`, made as it is written (a batch at a time, by
    :func:`json_pieces`), not all at once: 100,000 records made together were about 50 MB,
    at the moment a cold lint's memory is at its highest (the index is written last)."""

    def __init__(self, entries: Mapping[str, KnownFile]) -> None:
        self._entries = entries

    def __getitem__(self, path: str) -> list[Any]:
        return _record(self._entries[path])

    def __iter__(self) -> Iterator[str]:
        return iter(self._entries)

    def __len__(self) -> int:
        return len(self._entries)


def _record(known: KnownFile) -> list[Any]:
    outline = known.outline
    return [
        known.digest,
        known.file_digest,
        known.id,
        known.kind,
        list(outline.links),
        [list(use) for use in outline.symptoms],
        list(outline.pictures),
        list(outline.dates),
    ]


def _known_reader() -> Callable[[list[Any]], KnownFile]:
    """What reads back a :func:`_record`. Its types are imported here, once per read
    of the index: recalling an export needs none of them, nor the YAML readers that
    come with them."""
    from carekb.entries import Outline
    from carekb.load.knowledge import KnownFile

    make = tuple.__new__  # what the named tuples' own __new__ does, less its Python call

    def known(item: list[Any]) -> KnownFile:
        # Sealed by this user, so the types are what _record wrote: no per-item checks,
        # which would cost a warm lint of 100,000 entries seconds.
        digest, file_digest, entry_id, kind, links, symptoms, pictures, dates = item
        outline = make(
            Outline,
            (
                tuple(links),
                tuple(map(tuple, symptoms)) if symptoms else (),
                tuple(pictures) if pictures else (),
                tuple(dates) if dates else (),
            ),
        )
        return make(KnownFile, (digest, file_digest, entry_id, kind, outline))

    return known


def read_verified(project: Project) -> list[str]:
    """The tokens of signatures earlier runs verified (see :mod:`carekb.trust.verified`)."""
    stored = unseal(project.root / CACHE_DIR / VERIFIED_FILE)
    return [t for t in stored if isinstance(t, str)] if isinstance(stored, list) else []


def tampered(project: Project) -> bool:
    """Is a memory of verified signatures there that this user did not seal (copied
    in, or edited)? Then the warm index is not relied on either: the lint works
    everything out again, as it does for the memory itself.

    The memo of findings is not asked about: a warm lint never reads it, and a lint
    afresh checks its seal as it reads it (:func:`read_memos`). Checking it here
    cost a read and a hash of its whole body on every warm lint."""
    stored = project.root / CACHE_DIR / VERIFIED_FILE
    return stored.exists() and _sealed_body(stored) is None


def write_verified(project: Project, tokens: list[str]) -> None:
    """Keep the tokens this run relied on (only those, so the file does not grow)."""
    seal(project.root / CACHE_DIR / VERIFIED_FILE, tokens)


def read_words(project: Project, key: str) -> dict[str, dict[str, Any]]:
    """The answers about words kept under ``key`` (:func:`code_key`), or none."""
    answers = _recall_keyed(project, WORDS_FILE, key)
    if not all(isinstance(v, dict) for v in answers.values()):
        return {}
    return answers


def write_words(project: Project, key: str, answers: Mapping[str, Mapping[str, Any]]) -> None:
    _keep_keyed(project, WORDS_FILE, key, answers)


def read_compiled(key: str) -> dict[str, list[Any]]:
    """The compiled expressions kept under ``key`` (:func:`code_key`) in the user's
    cache, or none."""
    compiled = _recall_keyed_at(_compiled_folder() / _compiled_name(key), key)
    if not all(isinstance(v, list) for v in compiled.values()):
        return {}
    return compiled


def write_compiled(key: str, compiled: Mapping[str, list[Any]]) -> None:
    """Keep ``compiled`` under ``key`` in the user's cache, and drop all but the newest
    :data:`COMPILED_KEPT` keys' files there (a key per version of carekb's code)."""
    folder = _compiled_folder()
    if seal(folder / _compiled_name(key), {"key": key, "answers": compiled}):
        _drop_oldest(folder, COMPILED_KEPT)


def _compiled_folder() -> Path:
    """The user's folder of compiled expressions, beside the seal's key (:func:`seal`
    makes both; where it cannot, nothing is kept and nothing is read)."""
    import platformdirs

    return Path(platformdirs.user_cache_dir("carekb")) / COMPILED_DIR


def _compiled_name(key: str) -> str:
    return f"{key[:32]}.json"


def _drop_oldest(folder: Path, kept: int) -> None:
    """Remove all but the ``kept`` most recently written ``*.json`` files of ``folder``;
    one another process removes first, or cannot remove, is left."""
    try:
        files = [(entry.stat().st_mtime_ns, entry.path) for entry in os.scandir(folder)]
    except OSError:
        return
    stored = sorted((item for item in files if item[1].endswith(".json")), reverse=True)
    for _, path in stored[kept:]:
        with contextlib.suppress(OSError):
            os.unlink(path)


def _recall_keyed(project: Project, name: str, key: str) -> dict[str, Any]:
    """The table kept in the record ``name`` under ``key``, or an empty one."""
    return _recall_keyed_at(project.root / CACHE_DIR / name, key)


def _recall_keyed_at(path: Path, key: str) -> dict[str, Any]:
    """The table kept in the record at ``path`` under ``key``, or an empty one."""
    stored = unseal(path)
    if not isinstance(stored, dict) or stored.get("key") != key:
        return {}
    table = stored.get("answers")
    return table if isinstance(table, dict) else {}


def _keep_keyed(project: Project, name: str, key: str, table: Mapping[str, Any]) -> None:
    seal(project.root / CACHE_DIR / name, {"key": key, "answers": table})


# --- Sealing ----------------------------------------------------------------------------


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


def seal(path: Path, record: Any) -> str:
    """Write ``record`` as JSON with this user's seal, and return the seal; a cache that
    cannot be written only makes the next run slower."""
    secret = _secret()
    if secret is None:
        return ""
    mac = hmac.new(secret, digestmod=hashlib.sha256)
    try:
        _cache_folder_at(path.parent)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        with tmp.open("wb") as out:
            # The seal comes first but is known last: its place is kept, then filled.
            out.write(b"0" * mac.digest_size * 2 + b"\n")
            for piece in json_pieces(record):
                body = piece.encode("utf-8")
                mac.update(body)
                out.write(body)
            seal_hex = mac.hexdigest()
            out.seek(0)
            out.write(seal_hex.encode())
        os.replace(tmp, path)
    except OSError:
        return ""
    return seal_hex


# Tables with more items than this are written a batch at a time.
_BATCH = 2000


def json_pieces(record: Any) -> Iterator[str]:
    """``json.dumps(record, separators=(",", ":"))``, in pieces that join to exactly
    that text: the tables of a record (the lint index holds one line per file of the
    project) a batch at a time. The whole text, its bytes and the sealed file's bytes
    were three copies of the index at once, the last and largest rise in a large
    knowledge base's memory (a 65 MB index at 100,000 entries). A table may be any
    mapping, and make its values as they are asked for (:class:`_Records`)."""
    if isinstance(record, Mapping) and len(record) > _BATCH:
        yield from _table_pieces(record)
        return
    if not isinstance(record, Mapping) or not _has_table(record):
        yield _dumps(record)
        return
    yield "{"
    for number, (key, value) in enumerate(record.items()):
        yield ("," if number else "") + _dumps(key) + ":"
        if isinstance(value, Mapping) and len(value) > _BATCH:
            yield from _table_pieces(value)
        else:
            yield _dumps(value)
    yield "}"


def _has_table(record: Mapping[Any, Any]) -> bool:
    return any(isinstance(value, Mapping) and len(value) > _BATCH for value in record.values())


def _table_pieces(table: Mapping[Any, Any]) -> Iterator[str]:
    items = iter(table.items())
    yield "{"
    for start in range(0, len(table), _BATCH):
        batch = _dumps(dict(itertools.islice(items, _BATCH)))
        yield ("," if start else "") + batch[1:-1]
    yield "}"


def _dumps(value: Any) -> str:
    return json.dumps(value, separators=(",", ":"), default=_as_dict)


def _as_dict(value: object) -> dict[Any, Any]:
    """A table made as it is written (:class:`_Records`) is written as the dict it is."""
    if isinstance(value, Mapping):
        return dict(value)
    raise TypeError(f"{type(value).__name__} is not JSON")


def unseal(path: Path) -> Any:
    """The record at ``path`` if this user sealed it, else ``None``."""
    return _unseal_with_mac(path)[0]


def _unseal_with_mac(path: Path) -> tuple[Any, str]:
    """The record at ``path`` if this user sealed it (else ``None``), and its seal."""
    sealed = _sealed_body(path)
    if sealed is None:
        return None, ""  # made elsewhere, or tampered with: ignore it
    mac, body = sealed
    try:
        return json.loads(body), mac.decode()
    except ValueError:
        return None, ""


def _sealed_body(path: Path) -> tuple[bytes, bytes] | None:
    """The seal and the body of the file at ``path`` if this user sealed it, else ``None``."""
    secret = _secret()
    try:
        mac, _, body = path.read_bytes().partition(b"\n")
    except OSError:
        return None
    if secret is None or not hmac.compare_digest(
        mac, hmac.new(secret, body, hashlib.sha256).hexdigest().encode()
    ):
        return None
    return mac, body
