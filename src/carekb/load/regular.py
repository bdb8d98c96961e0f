"""Reading a file that must be a regular file.

A pipe, socket or device named like an entry, a picture, an audit log or any file the
private-key rule scans would stop a run for ever: opening a pipe waits for a writer,
and reading a device may never end. Such a file is opened without waiting and refused
as the :class:`OSError` every caller already reports ("cannot read file: ...").
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import BinaryIO


class NotRegular(OSError):
    """The path names a pipe, socket, device or folder, not a file's bytes."""

    def __init__(self, path: Path | str) -> None:
        super().__init__(
            errno.EINVAL, "not a regular file (a pipe, socket or device): refused", str(path)
        )


def open_regular(path: Path | str, *, follow_links: bool = True) -> BinaryIO:
    """``path`` opened for reading bytes, if it is a regular file; else :class:`NotRegular`
    (or the :class:`OSError` of opening it), without ever waiting."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)
    if not follow_links:
        flags |= getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(path, flags)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise NotRegular(path)
        os.set_blocking(fd, True)  # a regular file: read it as any other
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_regular(path: Path | str) -> bytes:
    """The bytes of the regular file ``path``."""
    with open_regular(path) as handle:
        return handle.read()
