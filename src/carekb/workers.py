"""Share CPU-bound work out to forked worker processes, or do it here.

Loading and checking a large knowledge base is pure Python work on thousands
of independent files; a fork gives each core a share without re-importing or
re-loading anything, and only the (small) results travel back through a pipe.
Where fork is unavailable, the job is small, or a worker fails, the work runs
in this process, so results never depend on how the work was split.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import signal
import struct
from collections.abc import Callable, Sequence
from typing import TypeVar

from carekb import progress

Part = TypeVar("Part")
Result = TypeVar("Result")

MAX_WORKERS = 4

# The exit status of every worker whose share had to be done here, in this process.
# Results never depend on it, but a failure costs a core's share of the time, silently:
# the tests assert there is none (a result that would not pickle once made every cold
# lint of a large project run on one core).
failures: list[int] = []


def worker_count(size: int, minimum: int) -> int:
    """How many processes a job of ``size`` items deserves (1: do it here)."""
    if not hasattr(os, "fork") or size < minimum:
        return 1
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return max(1, min(MAX_WORKERS, usable or 1))


def run_parts(parts: Sequence[Part], work: Callable[[Part], list[Result]]) -> list[Result]:
    """``work`` over every part, the first here and the others in forked workers."""
    if len(parts) <= 1:
        return [result for part in parts for result in work(part)]
    others = start_parts(parts[1:], work)
    return work(parts[0]) + others()


def run_pulled(
    chunks: Sequence[Part],
    work: Callable[[Part], list[Result]],
    workers: int,
    meanwhile: Callable[[], None],
) -> list[Result]:
    """``work`` over every chunk, by ``workers`` forked processes and this one, each taking
    the next chunk as soon as it is free; this process first runs ``meanwhile`` (what
    only it can do: what it builds, it keeps, and the workers it forks later inherit).
    Results come in the order of ``chunks``.

    Fixed shares would leave a core idle while this process ran ``meanwhile``, or while
    one share of larger files was still being worked: taken a chunk at a time, every
    process is busy until the last chunk. The chunks' numbers wait in a pipe written in
    full before the fork; a read of four bytes takes one number whole. A chunk whose
    worker failed is worked here, as run_parts does."""
    if len(chunks) > MOST_PULLED:
        raise ValueError(f"{len(chunks)} chunks: at most {MOST_PULLED} wait in the pipe")
    if not hasattr(os, "fork") or workers < 1 or len(chunks) <= 1:
        meanwhile()
        return [result for chunk in chunks for result in work(chunk)]
    numbers, writer = os.pipe()
    try:
        with os.fdopen(writer, "wb") as out:  # a few kilobytes: the pipe holds them all
            out.write(b"".join(_NUMBER.pack(n) for n in range(len(chunks))))

        def pull(_: object) -> list[tuple[int, list[Result]]]:
            done = []
            while len(taken := os.read(numbers, _NUMBER.size)) == _NUMBER.size:
                number = _NUMBER.unpack(taken)[0]
                done.append((number, work(chunks[number])))
            return done

        pending = start_parts([None] * workers, pull)
        try:
            meanwhile()
            worked = dict(pull(None))
            worked.update(pending())
        except BaseException:
            abandon_started()  # none is left working for nobody
            raise
    finally:
        os.close(numbers)
    return [
        result
        for number, chunk in enumerate(chunks)
        for result in (worked[number] if number in worked else work(chunk))
    ]


# A chunk's number in run_pulled's pipe, and how many numbers it is given: written
# before anyone reads them, they must fit the pipe (64 KB on Linux, 4 KB at least).
_NUMBER = struct.Struct("=I")
MOST_PULLED = 1024


def start_parts(
    parts: Sequence[Part], work: Callable[[Part], list[Result]]
) -> Callable[[], list[Result]]:
    """``work`` over every part in forked workers, started now, so this process is free
    for other work meanwhile; the function returned waits for them and gives their
    results in order. Without fork, the parts are worked here, when the results are
    asked for."""
    if not hasattr(os, "fork"):
        return lambda: [result for part in parts for result in work(part)]
    children = [_fork(part, work, number) for number, part in enumerate(parts, start=1)]
    _started.update(children)

    def results() -> list[Result]:
        gathered: list[Result] = []
        for (pid, reader), part in zip(children, parts, strict=True):
            _started.pop(pid, None)
            gathered.extend(_collect(pid, reader, part, work))
        return gathered

    return results


# Workers started by start_parts whose results nobody has asked for yet: pid -> pipe.
_started: dict[int, int] = {}


def abandon_started() -> None:
    """Stop every worker started and not yet collected, when this process gives up on
    their results (an error or an interrupt meanwhile): none is left blocked on a pipe
    nobody reads, in a process that goes on (the review desk, an editor's server)."""
    while _started:
        pid, reader = _started.popitem()
        os.close(reader)
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
        with contextlib.suppress(ChildProcessError):
            os.waitpid(pid, 0)


def _fork(part: Part, work: Callable[[Part], list[Result]], number: int) -> tuple[int, int]:
    reader, writer = os.pipe()
    pid = os.fork()
    if pid == 0:  # the worker: compute, send, and leave without running cleanup
        status = 1
        try:
            os.close(reader)
            progress.in_worker(number)
            payload = pickle.dumps(work(part), protocol=pickle.HIGHEST_PROTOCOL)
            with os.fdopen(writer, "wb") as out:
                out.write(payload)
            status = 0
        finally:
            os._exit(status)
    os.close(writer)
    return pid, reader


def _collect(
    pid: int, reader: int, part: Part, work: Callable[[Part], list[Result]]
) -> list[Result]:
    with os.fdopen(reader, "rb") as stream:
        payload = stream.read()
    _, status = os.waitpid(pid, 0)
    code = os.waitstatus_to_exitcode(status)
    if code == 0:
        try:
            results: list[Result] = pickle.loads(payload)
            return results
        except (pickle.UnpicklingError, EOFError, ValueError, AttributeError):
            code = -1  # sent something unreadable
    failures.append(code)
    return work(part)  # the worker failed: do its share here
