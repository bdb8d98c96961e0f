"""How far a long run has got, counted across forked workers, shown on a terminal.

A cold lint of a large knowledge base takes minutes (100,000 entries: about three),
most of it in forked workers (:mod:`carekb.workers`), and said nothing until it was
done. The work counts itself here: the loader and the engine name each stage and its
size (:func:`stage`), and every process adds what it finished (:func:`advance`) to a
counter of its own in memory shared with its workers, so no count is lost to two
processes adding at once and nothing travels through the workers' pipes.

Only a command at a terminal shows it (:func:`shown`): a line on stderr, redrawn
twice a second from a timer signal in the main thread (no thread of its own, which a
fork could catch holding a lock), written straight to the file descriptor, and
cleared before the command prints its result. Under CI, in a pipe, or in the review
desk and the language server, which call the same code, nothing is counted or shown.
"""

from __future__ import annotations

import contextlib
import mmap
import os
import select
import signal
import struct
import sys
import threading
import time
from collections.abc import Iterator
from typing import Any

# A run counts for one process and up to this many workers (workers.MAX_WORKERS is 4).
_SLOTS = 16
_COUNT = struct.Struct("=q")
# Nothing is drawn for a run this short: a warm lint has finished by then.
SHOW_AFTER = 1.0
_REDRAW = 0.5

_counts: mmap.mmap | None = None  # a counter per process, shared with its workers
_slot = 0  # this process's counter: 0 in the process that shows, 1... in workers
_stage = ""
_total = 0
_started = 0.0


def stage(name: str, total: int) -> None:
    """A new stage of ``total`` items starts (called where no worker of the last one
    still runs): the counters start again from nothing."""
    global _stage, _total
    if _counts is None:
        return
    _stage, _total = name, total
    _counts[:] = bytes(len(_counts))


def advance(done: int = 1) -> None:
    """``done`` more items of the stage finished, in this process."""
    if _counts is not None:
        at = _slot * _COUNT.size
        _COUNT.pack_into(_counts, at, _COUNT.unpack_from(_counts, at)[0] + done)


def in_worker(number: int) -> None:
    """This process is worker ``number`` (from 1) of the one that forked it: it counts
    on a counter of its own."""
    global _slot
    _slot = min(number, _SLOTS - 1)


def done() -> int:
    """The items of the stage finished so far, in every process."""
    if _counts is None:
        return 0
    return sum(_COUNT.unpack_from(_counts, n * _COUNT.size)[0] for n in range(_SLOTS))


def watched(stream: Any) -> bool:
    """Is someone at a terminal reading ``stream`` (and this no CI run)? Any progress
    shown, this module's line or ``carekb export``'s bar, is shown only then."""
    try:
        terminal = bool(stream.isatty())
    except (AttributeError, ValueError, OSError):  # closed, or no stream at all
        terminal = False
    return terminal and os.environ.get("CI", "").lower() != "true"


def wanted() -> bool:
    """Is there a person at a terminal to show this module's line to? Asked of
    ``sys.stderr``, which a caller may have pointed elsewhere (a test runner's), and
    only where it is the process's own standard error, the descriptor drawn on."""
    try:
        own = sys.stderr is not None and sys.stderr.fileno() == 2
    except (AttributeError, ValueError, OSError):  # no descriptor: a buffer in memory
        own = False
    return own and watched(sys.stderr)


@contextlib.contextmanager
def shown(command: str) -> Iterator[None]:
    """Within the block, count the work and redraw ``command: stage done/total time``
    on stderr twice a second, from one second on; clear the line at the end. Nothing
    at all where :func:`wanted` says no, or where timer signals are not to be had."""
    global _counts, _started, _stage, _total
    if not (wanted() and _timer_free()) or _counts is not None:
        yield
        return
    _counts = mmap.mmap(-1, _SLOTS * _COUNT.size)
    _started = time.monotonic()
    drawn = drawing = False

    def redraw(_signum: int, _frame: Any) -> None:
        # Never inside itself (a write held up by a paused terminal is retried after
        # the next signal's handler runs), and never a write that would wait.
        nonlocal drawn, drawing
        if drawing or not _stage or time.monotonic() - _started < SHOW_AFTER:
            return
        drawing = True
        try:
            if _writable():
                _write(f"\r\033[K{command}: {_line()}")
                drawn = True
        finally:
            drawing = False

    before = signal.signal(signal.SIGALRM, redraw)
    signal.setitimer(signal.ITIMER_REAL, _REDRAW, _REDRAW)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, before)
        if drawn:
            _write("\r\033[K")
        _counts.close()
        _counts = None
        _stage, _total = "", 0


def _timer_free() -> bool:
    """Can this thread take timer signals, and is the timer nobody else's? Only the main
    thread takes them, where there are any; a timer already set is left alone."""
    if not hasattr(signal, "setitimer"):
        return False
    if threading.current_thread() is not threading.main_thread():
        return False
    unset = signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    return unset and signal.getsignal(signal.SIGALRM) in (signal.SIG_DFL, signal.SIG_IGN)


def _writable() -> bool:
    """Would a write to standard error go through now? Not to a paused terminal."""
    try:
        return bool(select.select([], [2], [], 0)[1])
    except (OSError, ValueError):
        return False


def _line() -> str:
    """``stage 1,234/10,008 (12%), 0:41``."""
    seconds = int(time.monotonic() - _started)
    elapsed = f"{seconds // 60}:{seconds % 60:02d}"
    if _total <= 0:
        return f"{_stage}, {elapsed}"
    count = min(done(), _total)
    return f"{_stage} {count:,}/{_total:,} ({100 * count // _total}%), {elapsed}"


def _write(text: str) -> None:
    # Straight to the descriptor: the signal may arrive while Python's own stderr
    # object is in the middle of a write, which it would refuse to enter again.
    with contextlib.suppress(OSError):
        os.write(2, text.encode("utf-8", "replace"))
