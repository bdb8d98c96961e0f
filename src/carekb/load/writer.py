"""The one place that writes files into a knowledge base.

Writes are atomic: the text goes to a temporary file in the same folder, is
flushed to disk, and replaces the target with one ``os.replace``, so a crash
leaves either the old file or the new one, never half of it.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path

from carekb.errors import CarekbError


def atomic_write_bytes(path: Path, data: bytes, *, create_only: bool = False) -> None:
    """Write ``data`` to ``path`` atomically, keeping an existing file's mode.

    ``create_only`` refuses to replace an existing file (for ``carekb new`` and
    ``carekb init``, which must never overwrite an author's work).
    """
    if path.is_symlink():
        # Writing through a link would change a file somewhere else entirely.
        raise CarekbError(f"{path} is a symbolic link: refusing to write through it")
    if create_only and path.exists():
        raise CarekbError(f"{path} already exists: refusing to overwrite it")
    path.parent.mkdir(parents=True, exist_ok=True)
    mode = stat.S_IMODE(path.stat().st_mode) if path.exists() else _default_mode()
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)  # mkstemp creates 0600; keep what the file had
        if create_only and path.exists():
            raise CarekbError(f"{path} appeared while writing: refusing to overwrite it")
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise
    _fsync_dir(path.parent)


def atomic_write_text(path: Path, text: str, *, create_only: bool = False) -> None:
    atomic_write_bytes(path, text.encode("utf-8"), create_only=create_only)


def _default_mode() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def _fsync_dir(folder: Path) -> None:
    # Make the rename itself durable; not every platform can open a folder.
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
