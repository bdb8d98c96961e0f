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

import os
import shutil
import tempfile
from pathlib import Path

from carekb.errors import CarekbError

MARKER = ".carekb-export"
PREVIEW_DIR = "preview"
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
    """A new, marked folder beside ``target`` to build the export in."""
    check_target(target)
    _prepare_parent(target)
    staged = Path(
        tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".carekb-tmp", dir=target.parent)
    )
    # mkdtemp makes the folder private (0700); an export is for publishing.
    os.chmod(staged, 0o777 & ~_umask())
    (staged / MARKER).write_text(MARKER_TEXT, encoding="utf-8")
    return staged


def publish(staged: Path, target: Path) -> None:
    """Put ``staged`` in place of ``target``, then delete the previous export."""
    check_target(target)  # again: the folder may have changed while we built
    if not target.exists():
        os.rename(staged, target)
        return
    retired = Path(
        tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".carekb-old", dir=target.parent)
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


def preview_target(out: Path) -> Path:
    """Where ``--preview`` writes: ``<out>/preview``.

    ``<out>`` is marked as an export folder (it must be missing, empty or one
    already), so the next real export may replace it, preview and all.
    """
    check_target(out)
    out.mkdir(parents=True, exist_ok=True)
    if not is_export_folder(out):
        (out / MARKER).write_text(MARKER_TEXT, encoding="utf-8")
    return out / PREVIEW_DIR


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current
