"""Projects watched by the daemon (``carekb daemon start --watch``), as git's fsmonitor.

Every run stats every file of its project before it reads anything
(:func:`carekb.load.cache.fingerprint`): at 10,000 entries about a fifth of a one-file
lint, at 100,000 nearly all of a warm one. A daemon started with ``--watch`` keeps, for
the projects it served last, each folder's listing with its files' stats, turned once
into the lines a run's walk makes of them (:data:`carekb.load.cache.KNOWN_LISTINGS`),
and learns from the kernel (Linux's inotify) which folders changed since: a change
drops that folder's listing at once, and before a run the daemon lists again only the
folders dropped. The run takes the rest from memory and so finds exactly what its own
walk would have found.

It is opt-in: it ends the daemon's promise that nothing one run reads reaches the
next, and inotify does not see every change. It misses changes on network file
systems (NFS, SMB), changes made through a hard link from outside the project, and
writes through a memory mapping. When the kernel's queue overflows, a watch cannot be
added (the per-user limit), or a folder turns up under a second name, everything is
dropped and the next run walks its project as it would without the daemon.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import os
import stat
import struct
import time
from collections.abc import Iterator

from carekb.load.cache import KNOWN_LISTINGS, Listing, list_folder, walks_into
from carekb.project import KB_DIR, UNREAD_DIRS

# inotify's event bits (linux/inotify.h).
_MODIFY = 0x2
_ATTRIB = 0x4
_CLOSE_WRITE = 0x8
_MOVED_FROM = 0x40
_MOVED_TO = 0x80
_CREATE = 0x100
_DELETE = 0x200
_DELETE_SELF = 0x400
_MOVE_SELF = 0x800
_Q_OVERFLOW = 0x4000
_IGNORED = 0x8000
_ONLYDIR = 0x01000000
_DONT_FOLLOW = 0x02000000
# Every change to a folder's items or to their stats, and the folder's own end.
_MASK = (
    _MODIFY
    | _ATTRIB
    | _CLOSE_WRITE
    | _MOVED_FROM
    | _MOVED_TO
    | _CREATE
    | _DELETE
    | _DELETE_SELF
    | _MOVE_SELF
    | _ONLYDIR
    | _DONT_FOLLOW
)
_EVENT = struct.Struct("iIII")  # wd, mask, cookie, length of the name that follows
# The projects whose folders are kept: the most recently served.
MOST_PROJECTS = 4
_READ_IN = KB_DIR + "/"


class Watcher:
    """One inotify instance for the daemon, the folders it watches, and which of them
    changed since they were listed."""

    def __init__(self, libc: ctypes.CDLL, fd: int) -> None:
        self._libc = libc
        self._fd = fd
        self._folder_of: dict[int, str] = {}  # watch descriptor -> folder
        self._watch_of: dict[str, int] = {}  # folder -> watch descriptor
        self._changed: set[str] = set()  # folders dropped since listed, to list again
        self._used: dict[str, float] = {}  # project root -> when a run last asked for it
        # Roots a watch could not be added under (the per-user limit): walked by each run.
        self._refused: set[str] = set()

    @classmethod
    def create(cls) -> Watcher | None:
        """A watcher, or None where the kernel offers no inotify."""
        try:
            libc = ctypes.CDLL(None, use_errno=True)  # this process's own: the C library's
            fd = int(libc.inotify_init1(os.O_NONBLOCK | os.O_CLOEXEC))
        except (OSError, AttributeError):
            return None
        return cls(libc, fd) if fd >= 0 else None

    def fileno(self) -> int:
        """The descriptor that becomes readable when something changed."""
        return self._fd

    def watching(self) -> list[str]:
        """The project roots whose folders are kept."""
        return sorted(self._used)

    def close(self) -> None:
        """Stop watching (in a run's process: the daemon's descriptor is not its own)."""
        with contextlib.suppress(OSError):
            os.close(self._fd)

    def prepare(self, root: str) -> None:
        """Bring what is kept of the project at ``root`` (absolute, as a run names it) up
        to date, just before a run in it starts: every change the kernel reported drops
        its folder, and the folders dropped are listed again."""
        self.take_changes()
        if root in self._refused:
            return
        if root not in self._used and len(self._used) >= MOST_PROJECTS:
            oldest = min(self._used, key=self._used.__getitem__)
            self._forget_under(oldest)
            del self._used[oldest]
        self._used[root] = time.monotonic()
        if root not in KNOWN_LISTINGS:
            self._changed.add(root)
        # Parents first (a folder's name is a prefix of those under it): a new folder is
        # listed with its parent, and what is under a folder no longer walked is left.
        for folder in sorted(f for f in self._changed if _under(f, root)):
            self._changed.discard(folder)
            walked = folder == root or _parent(folder) in KNOWN_LISTINGS
            if folder not in KNOWN_LISTINGS and walked and not self._list(folder, root):
                return

    def take_changes(self) -> None:
        """Drop the listing of every folder the kernel reported a change in."""
        for wd, mask in self._events():
            if mask & _Q_OVERFLOW:
                self.reset()  # changes were lost: nothing kept can be trusted
                return
            folder = self._folder_of.get(wd)
            if folder is None:
                continue
            if mask & (_DELETE_SELF | _MOVE_SELF | _IGNORED):
                # Gone or moved: known under this name no more (its old parent lists
                # it no longer, its new one gets an event of its own).
                self._forget_under(folder)
            else:
                KNOWN_LISTINGS.pop(folder, None)
                self._changed.add(folder)

    def reset(self) -> None:
        """Forget every folder (kept listings and watches); each is walked afresh."""
        for wd in list(self._folder_of):
            self._libc.inotify_rm_watch(self._fd, wd)
        self._folder_of.clear()
        self._watch_of.clear()
        self._changed.clear()
        KNOWN_LISTINGS.clear()  # each root is listed afresh when a run next asks for it

    def _list(self, top: str, root: str) -> bool:
        """List ``top`` and every folder under it not kept, watching each first, so that
        a change made while it is listed is reported. (A folder removed is forgotten on
        its own watch's word, which comes before its parent is listed again.) False when
        everything had to be forgotten."""
        pending = [top]
        while pending:
            folder = pending.pop()
            watched = self._watch(folder, root)
            if watched is None:
                return False
            listing = list_folder(folder) if watched else None
            if listing is None:
                self._forget_under(folder)  # gone since: its parent has word of it
                continue
            KNOWN_LISTINGS[folder] = listing
            listing.files(_prefix(folder, root), 0)  # its stat lines, made once, not by each run
            pending.extend(f for f in _subfolders(listing, folder, root) if f not in KNOWN_LISTINGS)
        return True

    def _watch(self, folder: str, root: str) -> bool | None:
        """Watch ``folder``: False when it is gone, None when nothing kept can be trusted
        any more (everything is then forgotten)."""
        wd = int(self._libc.inotify_add_watch(self._fd, os.fsencode(folder), _MASK))
        if wd < 0:
            if ctypes.get_errno() in (errno.ENOENT, errno.ENOTDIR):
                return False
            # The per-user limit reached (or no memory): this project is walked by each run.
            self._refused.add(root)
            self.reset()
            return None
        known = self._folder_of.get(wd)
        if known is not None and known != folder:
            # The same folder under a second name (a move not yet reported): start over.
            self.reset()
            return None
        self._folder_of[wd] = folder
        self._watch_of[folder] = wd
        return True

    def _forget_under(self, top: str) -> None:
        """Forget ``top`` and every folder under it."""
        for folder in [f for f in self._watch_of if _under(f, top)]:
            wd = self._watch_of.pop(folder)
            self._folder_of.pop(wd, None)
            self._libc.inotify_rm_watch(self._fd, wd)
        for folder in [f for f in KNOWN_LISTINGS if _under(f, top)]:
            del KNOWN_LISTINGS[folder]
        self._changed = {f for f in self._changed if not _under(f, top)}

    def _events(self) -> Iterator[tuple[int, int]]:
        """Each waiting event's watch descriptor and bits, until none is left."""
        while True:
            try:
                data = os.read(self._fd, 64 * 1024)
            except BlockingIOError:
                return
            except OSError:
                yield -1, _Q_OVERFLOW  # the descriptor failed: as if changes were lost
                return
            at = 0
            while at + _EVENT.size <= len(data):
                wd, mask, _cookie, length = _EVENT.unpack_from(data, at)
                at += _EVENT.size + length
                yield wd, mask


def _subfolders(listing: Listing, folder: str, root: str) -> Iterator[str]:
    """The folders in ``listing`` a run's walk goes into (as carekb.load.cache's)."""
    relative_folder = folder[len(root) + 1 :]
    for item, info in listing:
        if info is None or not stat.S_ISDIR(info.st_mode):
            continue
        relative = f"{relative_folder}/{item}" if relative_folder else item
        if walks_into(relative, item, UNREAD_DIRS, read_in=_READ_IN):
            yield f"{folder}/{item}"


def _prefix(folder: str, root: str) -> str:
    """What a run's walk of ``root`` puts before the names of ``folder``'s items."""
    relative = folder[len(root) + 1 :]
    return relative + "/" if relative else ""


def _under(folder: str, top: str) -> bool:
    return folder == top or folder.startswith(top + "/")


def _parent(folder: str) -> str:
    return folder.rpartition("/")[0]
