"""``carekb daemon start --watch``: the listings a watching daemon keeps for a run are
the listings the run's own walk would make, after every kind of change a user makes.

Real inotify on real folders; each walk is compared, line by line and in order (the
lint cache's key is a digest of the lines in order), with a walk that asks the file
system for everything."""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from carekb.daemon import watch
from carekb.daemon.watch import Watcher
from carekb.load import cache
from carekb.project import KB_DIR, UNREAD_DIRS

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="inotify is Linux's")

Walked = tuple[list[cache.Row], list[str], list[str]]


def walk(root: Path) -> Walked:
    """What a run's fingerprint walks: every file's stat line, the folders walked and
    those left unwalked, in the walk's order."""
    walked = cache._Walk()
    lines = cache._tree(root, "", skip=UNREAD_DIRS, walk=walked, read_in=KB_DIR + "/")
    return lines, walked.folders, walked.unwalked


def fresh_walk(root: Path) -> Walked:
    kept = dict(cache.KNOWN_LISTINGS)
    cache.KNOWN_LISTINGS.clear()
    try:
        return walk(root)
    finally:
        cache.KNOWN_LISTINGS.update(kept)


@pytest.fixture
def watcher() -> Iterator[Watcher]:
    made = Watcher.create()
    assert made is not None
    yield made
    made.reset()
    made.close()
    cache.KNOWN_LISTINGS.clear()


@pytest.fixture
def project(tmp_path: Path) -> Path:
    root = tmp_path / "project"
    files = {
        "carekb.yaml": "name: Test\n",
        "kb/people.yaml": "people: []\n",
        "kb/faqs/a.yaml": "id: a\n",
        "kb/faqs/b.yaml": "id: b\n",
        "kb/techniques/venv/c.yaml": "id: c\n",  # walked: under kb/, named like a tool's
        "kb/.hidden/x.yaml": "id: x\n",
        "kb/audit/a.jsonl": "{}\n",
        ".git/HEAD": "ref: refs/heads/main\n",  # never walked
        "exports/index.html": "<p>hi</p>\n",
    }
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    (root / "kb" / "faqs" / "link.yaml").symlink_to(root / "kb" / "faqs" / "a.yaml")
    return root


def counted_listings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The folders a run's walk asks the file system for, from now on."""
    asked: list[str] = []
    real = cache.list_folder

    def listing(folder: str) -> cache.Listing | None:
        asked.append(folder)
        return real(folder)

    monkeypatch.setattr(cache, "list_folder", listing)
    return asked


def counted_stat_lines(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The folders whose files are turned into stat lines, from now on."""
    made: list[str] = []
    real = cache.folder_files

    def files(listing: cache.Listing, prefix: str, cut: int) -> cache.FolderFiles:
        made.append(prefix)
        return real(listing, prefix, cut)

    monkeypatch.setattr(cache, "folder_files", files)
    return made


def rename(source: Path, target: Path) -> None:
    source.rename(target)


CHANGES: list[tuple[str, Callable[[Path], object], str]] = [
    ("an entry edited", lambda r: (r / "kb/faqs/a.yaml").write_text("id: a\nlonger\n"), "a.yaml"),
    ("an entry added", lambda r: (r / "kb/faqs/new.yaml").write_text("id: new\n"), "new.yaml"),
    ("an entry deleted", lambda r: (r / "kb/faqs/b.yaml").unlink(), "a.yaml"),
    (
        "an entry moved to another folder",
        lambda r: rename(r / "kb/faqs/a.yaml", r / "kb/techniques/a.yaml"),
        "techniques/a.yaml",
    ),
    (
        "folders made with a file in them",
        lambda r: (
            (r / "kb/more/deeper").mkdir(parents=True),
            (r / "kb/more/deeper/d.yaml").write_text("id: d\n"),
        ),
        "deeper/d.yaml",
    ),
    (
        "a folder removed and made again with other files",
        lambda r: (
            shutil.rmtree(r / "kb/techniques"),
            (r / "kb/techniques").mkdir(),
            (r / "kb/techniques/e.yaml").write_text("id: e\n"),
        ),
        "techniques/e.yaml",
    ),
    ("a folder renamed", lambda r: rename(r / "kb/faqs", r / "kb/questions"), "questions/"),
    ("a file's mode changed", lambda r: (r / "kb/people.yaml").chmod(0o600), "people.yaml"),
    (
        "a file's time set back by hand",
        lambda r: os.utime(r / "kb/people.yaml", ns=(1_000_000_000, 1_000_000_000)),
        "people.yaml",
    ),
    (
        "a folder replaced by a file of its name",
        lambda r: (shutil.rmtree(r / "kb/audit"), (r / "kb/audit").write_text("now a file\n")),
        "kb/audit",
    ),
    ("the config edited", lambda r: (r / "carekb.yaml").write_text("name: Other\n"), "carekb"),
]


def test_a_watched_walk_finds_what_its_own_walk_finds_after_every_change(
    project: Path, watcher: Watcher, monkeypatch: pytest.MonkeyPatch
) -> None:
    watcher.prepare(os.fspath(project))
    asked = counted_listings(monkeypatch)
    made = counted_stat_lines(monkeypatch)
    assert walk(project) == fresh_walk(project)
    asked.clear()
    made.clear()
    walk(project)
    assert asked == []  # nothing changed: every listing came from the daemon's memory
    assert made == []  # and the stat lines of their files were made once, by the daemon
    for what, change, shown in CHANGES:
        change(project)
        watcher.prepare(os.fspath(project))
        asked.clear()
        made.clear()
        watched = walk(project)
        assert asked == [], what  # the daemon listed the changed folders itself
        assert made == [], what  # and made their files' stat lines
        assert watched == fresh_walk(project), what
        assert any(shown in row[0] for row in watched[0]) or shown.rstrip("/") in str(watched[1]), (
            what
        )


def test_changes_drop_their_folders_at_once_even_before_the_next_run(
    project: Path, watcher: Watcher
) -> None:
    watcher.prepare(os.fspath(project))
    faqs = os.fspath(project / "kb" / "faqs")
    assert faqs in cache.KNOWN_LISTINGS
    (project / "kb" / "faqs" / "a.yaml").write_text("id: a\nedited\n")
    watcher.take_changes()
    # Another project's run (or none) may come first: the stale listing is gone already.
    assert faqs not in cache.KNOWN_LISTINGS
    assert os.fspath(project / "kb" / "techniques") in cache.KNOWN_LISTINGS
    assert walk(project) == fresh_walk(project)


def test_lost_changes_forget_everything_and_the_next_run_walks_afresh(
    project: Path, watcher: Watcher, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The kernel's queue overflowed: which folders changed is not known.
    watcher.prepare(os.fspath(project))
    assert cache.KNOWN_LISTINGS
    monkeypatch.setattr(watcher, "_events", lambda: iter([(-1, watch._Q_OVERFLOW)]))
    watcher.take_changes()
    assert cache.KNOWN_LISTINGS == {}
    monkeypatch.undo()
    (project / "kb" / "faqs" / "z.yaml").write_text("id: z\n")
    watcher.prepare(os.fspath(project))
    assert os.fspath(project / "kb" / "faqs") in cache.KNOWN_LISTINGS
    assert walk(project) == fresh_walk(project)


def test_a_project_where_no_watch_can_be_added_is_walked_by_each_run(
    project: Path, watcher: Watcher, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The per-user limit of watches reached (ENOSPC): nothing is kept for that project.
    class Refusing:
        def __init__(self, real: object) -> None:
            self.real = real

        def inotify_add_watch(self, fd: int, path: bytes, mask: int) -> int:
            import ctypes
            import errno

            ctypes.set_errno(errno.ENOSPC)
            return -1

        def __getattr__(self, name: str) -> object:
            return getattr(self.real, name)

    monkeypatch.setattr(watcher, "_libc", Refusing(watcher._libc))
    watcher.prepare(os.fspath(project))
    assert cache.KNOWN_LISTINGS == {}
    asked = counted_listings(monkeypatch)
    assert walk(project) == fresh_walk(project)
    assert asked  # the run listed its folders itself


def test_only_the_last_projects_served_are_kept(tmp_path: Path, watcher: Watcher) -> None:
    roots = []
    for n in range(watch.MOST_PROJECTS + 1):
        root = tmp_path / f"p{n}"
        (root / "kb").mkdir(parents=True)
        (root / "kb" / "a.yaml").write_text("id: a\n")
        roots.append(os.fspath(root))
        watcher.prepare(roots[-1])
    assert watcher.watching() == sorted(roots[1:])
    assert not any(folder.startswith(roots[0]) for folder in cache.KNOWN_LISTINGS)
