"""The export folder: built beside the target, then swapped in whole.

An export never edits the previous one in place. It builds a new folder next
to the target and, only when every file is written, renames the old folder
away and the new one into place. A failure half-way leaves the previous export
as it was; an entry that lost its approval disappears with the old folder.

carekb only ever deletes or replaces a folder it created itself, recognised
by a marker file, so ``--out ~`` or ``--out .`` is refused instead of wiping a
home folder or a project.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import tempfile
import time
from pathlib import Path

from carekb.errors import CarekbError

MARKER = ".carekb-export"
# Held (flock) by the export building a staging folder, for as long as it runs;
# a leftover whose lock can be taken belongs to a run that is gone.
LOCK = ".carekb-building"
STAGING_SUFFIX = ".carekb-tmp"
RETIRED_SUFFIX = ".carekb-old"
RETIRED_GRACE_SECONDS = 60
_held: dict[Path, int] = {}  # staging folder -> the open descriptor holding its lock
MARKER_TEXT = (
    "This folder was created by 'carekb export', which replaces it whole on every export.\n"
    "Do not keep other files here.\n"
)


def is_export_folder(path: Path) -> bool:
    marker = path / MARKER
    return marker.is_file() and not marker.is_symlink()


def check_target(target: Path) -> None:
    """Refuse to replace ``target`` unless it is missing, empty or a carekb export."""
    if target.is_symlink():
        raise CarekbError(
            f"{target} is a symbolic link: refusing to export into it",
            hint="pass the real folder with --out",
        )
    if not target.exists():
        return
    if not target.is_dir():
        raise CarekbError(f"{target} exists and is not a folder: refusing to replace it")
    if is_export_folder(target) or not any(target.iterdir()):
        return
    raise CarekbError(
        f"{target} is not empty and was not created by carekb export: refusing to replace it",
        hint=f"choose a new or empty folder with --out (carekb marks its exports with {MARKER})",
    )


def stage(target: Path) -> Path:
    """A new, marked and locked folder beside ``target`` to build the export in."""
    check_target(target)
    _prepare_parent(target)
    remove_leftovers(target)
    staged = Path(
        tempfile.mkdtemp(prefix=f".{target.name}.", suffix=STAGING_SUFFIX, dir=target.parent)
    )
    _held[staged] = _lock(staged / LOCK)
    # mkdtemp makes the folder private (0700); an export is for publishing.
    os.chmod(staged, 0o777 & ~_umask())
    (staged / MARKER).write_text(MARKER_TEXT, encoding="utf-8")
    return staged


def remove_leftovers(target: Path) -> list[Path]:
    """Delete the staging and retired folders of ``target`` left by runs that are gone.

    A run killed while building (Ctrl-C twice, ``kill -9``, a full disk) leaves
    its ``.<name>.*.carekb-tmp`` folder behind. One is deleted only if it is
    carekb's (marked) and nobody holds its lock: a running export holds it,
    and the system releases it when that process ends, however it ends.
    """
    removed: list[Path] = []
    for suffix in (STAGING_SUFFIX, RETIRED_SUFFIX):
        for folder in sorted(target.parent.glob(f".{target.name}.*{suffix}")):
            if folder.is_symlink() or not is_export_folder(folder):
                continue
            lock = folder / LOCK
            if suffix == STAGING_SUFFIX and not lock.is_file():
                continue  # not locked yet, or being published: in use
            if suffix == RETIRED_SUFFIX and _recent(folder):
                continue  # another export may still be swapping it in or out
            if _in_use(lock):
                continue
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder)
    return removed


def _recent(folder: Path) -> bool:
    # Renaming a folder sets its ctime: a retired folder is this young only
    # while the export that retired it is still between its two renames.
    return time.time() - folder.stat().st_ctime < RETIRED_GRACE_SECONDS


def _lock(path: Path) -> int:
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_NOFOLLOW, 0o600)
    fcntl.flock(descriptor, fcntl.LOCK_EX)
    return descriptor


def _in_use(lock: Path) -> bool:
    """Whether a live process holds ``lock`` (a missing lock of a retired folder: no)."""
    try:
        descriptor = os.open(lock, os.O_RDONLY | os.O_NOFOLLOW)
    except FileNotFoundError:
        return False
    except OSError:
        return True
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(descriptor)
    return False


def _release(staged: Path) -> None:
    descriptor = _held.pop(staged, None)
    if descriptor is not None:
        os.close(descriptor)


def publish(staged: Path, target: Path) -> None:
    """Put ``staged`` in place of ``target``, then delete the previous export."""
    check_target(target)  # again: the folder may have changed while we built
    # The lock file is not output; the lock itself stays held until the rename.
    (staged / LOCK).unlink(missing_ok=True)
    try:
        _publish(staged, target)
    finally:
        _release(staged)


def _publish(staged: Path, target: Path) -> None:
    if not target.exists():
        os.rename(staged, target)
        return
    retired = Path(
        tempfile.mkdtemp(prefix=f".{target.name}.", suffix=RETIRED_SUFFIX, dir=target.parent)
    )
    os.rmdir(retired)  # only the unique name is wanted
    os.rename(target, retired)
    try:
        os.rename(staged, target)
    except BaseException:
        # Put the previous export back, also after an interrupt (Ctrl-C) between
        # the two renames, which would otherwise leave no exports/ at all.
        os.rename(retired, target)
        raise
    shutil.rmtree(retired)


def discard(staged: Path) -> None:
    """Delete a half-built export folder."""
    if is_export_folder(staged):
        shutil.rmtree(staged, ignore_errors=True)
    _release(staged)


def write_file(staged: Path, relative: str, data: bytes) -> None:
    """Write one output file, refusing any name that would leave ``staged``."""
    path = staged / relative
    if relative.startswith("/") or ".." in Path(relative).parts:
        raise CarekbError(f"refusing to write {relative!r} outside the export folder")
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "xb") as handle:  # x: two outputs must never share a name
        handle.write(data)


def _prepare_parent(target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current
