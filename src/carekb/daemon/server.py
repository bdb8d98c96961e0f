"""The daemon: carekb loaded once, forked for each run (:mod:`carekb.daemon`).

``python -m carekb.daemon.server SOCKET IDLE_SECONDS`` (what ``carekb daemon start``
starts) imports what a lint needs, then waits for callers. Each run is a child of
the loaded process that takes the caller's streams, folder, environment and umask
before it runs a line of the command, and ends when the command ends: so a run
reads the project's files itself, as a run without the daemon does, and nothing
one run learns reaches the next.

The parent only accepts, checks and forks. It never reads a project's files, and
it stops (after refusing the run) when the code it loaded is no longer the code on
disk. Started with ``--watch`` (:mod:`carekb.daemon.watch`), it also keeps the
listings of the folders of the projects it served, with their files' stats, and hands
each run those no change has touched since.
"""

from __future__ import annotations

import array
import contextlib
import errno
import fcntl
import gc
import importlib
import inspect
import io
import os
import select
import signal
import socket
import struct
import sys
import tempfile
import time
import traceback
from base64 import b64encode
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NoReturn

from carekb.daemon.client import (
    HANDSHAKE_SECONDS,
    NoAnswer,
    installation,
    pid_file_of,
    read_exactly,
    read_message,
    same_user,
    send_message,
)
from carekb.daemon.watch import Watcher
from carekb.errors import CarekbError

# What a lint imports, in the order it does; imported once, before the first run.
PRELOAD = (
    "carekb.cli.main",
    "carekb.cli.common",
    "carekb.cli.lint",
    "carekb.report",
    "carekb.load.cache",
    "carekb.kb",
    "carekb.validate.lint",
    "carekb.validate.engine",
    "carekb.validate.rules",
    "carekb.validate.fix",
    "carekb.validate.catalogue",
    "jsonschema_rs",
)
_STREAMS = 3  # standard input, output and error
_INT_SIZE = array.array("i").itemsize


@dataclass
class _State:
    """What the parent knows of itself, for ``carekb daemon status``."""

    started: float = field(default_factory=time.time)
    served: int = 0
    idle_seconds: float = 0.0
    stamp: str = ""
    last_run: float = field(default_factory=time.monotonic)  # a status asked is no run
    watcher: Watcher | None = None  # with --watch: the projects' folders kept


def serve(place: str, idle_seconds: float, watch: bool = False) -> None:
    """Listen at ``place`` until stopped, or idle for ``idle_seconds`` (0: never); with
    ``watch``, keep the served projects' folder listings (where the kernel can say what
    changes)."""
    # Standing in no project: the folder it was started from is none of its business
    # (it is not on the import path either: ``python -P``, :mod:`carekb.cli.daemon`).
    os.chdir("/")
    for name in PRELOAD:
        importlib.import_module(name)
    warm_up()
    state = _State(idle_seconds=idle_seconds, stamp=code_stamp())
    state.watcher = Watcher.create() if watch else None
    listener = _listen(place)
    bound = os.stat(place).st_ino
    pid_file = Path(pid_file_of(place))
    pid_file.write_text(f"{os.getpid()}\n", encoding="ascii")
    # Children are reaped by the kernel; SIGTERM (``kill``) stops the loop cleanly.
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _stop)
    # The loaded objects are never freed: keep the collector off them, so that a
    # child's collections do not write to (and so copy) the parent's pages.
    gc.freeze()
    try:
        _loop(listener, state)
    except _Stopped:
        pass
    finally:
        listener.close()
        with contextlib.suppress(OSError):
            if os.stat(place).st_ino == bound:  # still ours, not a newer daemon's
                os.unlink(place)
                pid_file.unlink()


class _Stopped(Exception):
    pass


def _stop(_number: int, _frame: object) -> None:
    raise _Stopped


# Sentences for the warm-up lint: everyday patient-education text, with a warning
# sign and a medicine in it, so the content rules load their models and word lists
# and compile the expressions such text asks for.
_SAMPLE_ANSWER = (
    "Gentle movement helps most people with back pain feel better within a few weeks. "
    "Keep taking the medicine your doctor prescribed, and stop the exercise if the pain "
    "gets worse. Call 911 at once if you have chest pain, or numbness or weakness in your "
    "arms or legs. Physical therapists can show you how to do each stretch safely."
)


def warm_up() -> None:
    """Lint a small sample project once, in a temporary folder, so that every run
    starts with the rules' expressions compiled and their models read; then forget
    what that lint learned about its texts (the signatures it verified, the answers
    about its words and sentences), as a new process knows none.

    A sample that cannot be linted costs only the warm-up: runs still work."""
    from carekb.load.project import open_project
    from carekb.scaffold import init_project
    from carekb.trust import verified
    from carekb.validate import wordmemory
    from carekb.validate.lint import lint_project

    with tempfile.TemporaryDirectory(prefix="carekb-warm-up-") as folder:
        root = Path(folder) / "sample"
        with contextlib.suppress(CarekbError, OSError):
            init_project(root, name="Warm-up", organisation="Warm-up")
            project = open_project(root)
            (root / "kb" / "faqs" / "warm-up.yaml").write_text(_sample_faq(), encoding="utf-8")
            trust = root / "trust.yaml"  # its own: nothing outside the folder is read
            trust.write_text(_sample_trust_root(), encoding="utf-8")
            lint_project(project, use_cache=False, trust=trust)
    verified.forget()
    wordmemory.forget()
    _forget_answers()
    # The programs it compiled stay known and learned: each run keeps them in the user's
    # cache (they are carekb's own, not the project's), as a run without the daemon keeps
    # those it compiles.


def _forget_answers() -> None:
    """Empty every memo of carekb's that answers for an input (a text's sentences, a
    word's syllables), as a new process has them empty: each run then asks the word
    memory itself, which it keeps for runs without the daemon. Such memos are the
    functools caches of carekb's functions that take parameters, and carekb's module
    dictionaries that work out a missing key (``__missing__``). Loaders of carekb's own
    data (functions of no parameter: the learned model, the dictionaries) stay loaded."""
    for name, module in list(sys.modules.items()):
        if name != "carekb" and not name.startswith("carekb."):
            continue
        for value in list(vars(module).values()):
            if not _answers_for_an_input(value, name):
                continue
            if isinstance(value, dict):
                value.clear()
            else:
                value.cache_clear()


def _answers_for_an_input(value: Any, module: str) -> bool:
    if isinstance(value, dict):
        kind = type(value)
        return hasattr(kind, "__missing__") and kind.__module__.startswith("carekb")
    if not callable(getattr(value, "cache_clear", None)) or value.__module__ != module:
        return False
    try:
        return bool(inspect.signature(value).parameters)
    except (TypeError, ValueError):
        return True


def _sample_faq() -> str:
    return (
        "id: warm-up\ntype: faq\ntitle: Is it safe to stretch with back pain?\n"
        "summary: When stretching helps back pain, and when to get help.\n"
        "language: en\ntags: []\nauthors: [someone]\n"
        "question: Is it safe to stretch with back pain?\n"
        f"answer: {_SAMPLE_ANSWER}\n"
        "related: []\nsources: []\nreview:\n  status: draft\n"
    )


def _sample_trust_root() -> str:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    key = Ed25519PrivateKey.generate().public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    lead = f"  - id: warm-up\n    public_key: ed25519:{b64encode(key).decode()}\n"
    return f"threshold: 1\nleads:\n{lead}"


def _listen(place: str) -> socket.socket:
    """A socket bound at ``place`` (a socket a dead daemon left there is replaced)."""
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        try:
            listener.bind(place)
        except FileExistsError:
            raise
        except OSError as error:
            if error.errno != errno.EADDRINUSE:
                raise
            if _answers(place):
                raise CarekbError(f"a carekb daemon is already listening at {place}") from None
            with contextlib.suppress(FileNotFoundError):
                os.unlink(place)  # left by a daemon that is gone
            listener.bind(place)
    except OSError as error:
        listener.close()
        raise CarekbError(f"cannot listen at {place}: {error.strerror or error}") from None
    except CarekbError:
        listener.close()
        raise
    os.chmod(place, 0o600)
    listener.listen(64)
    return listener


def _answers(place: str) -> bool:
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
        try:
            probe.connect(place)
        except OSError:
            return False
    return True


def code_stamp() -> str:
    """What the loaded code was read from: carekb's own files and Python's version (as
    the lint cache keys them), and the folders Python imports from (a package
    installed, upgraded or removed changes its folder)."""
    from carekb.load.cache import code_key

    lines = [code_key()]
    for entry in sys.path:
        if not os.path.isabs(entry):
            continue  # a folder relative to where it stands: never imported from (-P)
        try:
            info = os.stat(entry or ".")
        except OSError:
            lines.append(f"{entry} missing")
            continue
        lines.append(f"{entry} {info.st_mtime_ns} {info.st_ino}")
    return "\n".join(lines)


def _loop(listener: socket.socket, state: _State) -> None:
    while True:
        left = state.idle_seconds - (time.monotonic() - state.last_run)
        if state.idle_seconds and left <= 0:
            return  # idle long enough
        waiting: list[Any] = [listener] if state.watcher is None else [listener, state.watcher]
        ready, _, _ = select.select(waiting, [], [], left if state.idle_seconds else None)
        if state.watcher is not None and state.watcher in ready:
            state.watcher.take_changes()  # as they come: the kernel's queue is bounded
        if listener not in ready:
            continue
        try:
            conn, _ = listener.accept()
        except OSError:
            continue
        with conn:
            if _answer(listener, conn, state) == "stop":
                return


def _answer(listener: socket.socket, conn: socket.socket, state: _State) -> str:
    """Serve one connection; "stop" when the daemon must stop after it."""
    conn.settimeout(HANDSHAKE_SECONDS)  # a caller that says nothing cannot hold us
    if not same_user(conn):
        return ""
    try:
        kind = read_exactly(conn, 1)
        if kind == b"Q":
            send_message(conn, _status(state))
        elif kind == b"K":
            send_message(conn, {"stopped": os.getpid()})
            return "stop"
        elif kind == b"R":
            request = read_message(conn)
            if not _servable(request, state):
                conn.sendall(b"S\n")
                return "stop"  # other code than the caller's: a new daemon is wanted
            _prepare_watched(state.watcher, request)
            if os.fork() == 0:
                _child(listener, conn, request, state.watcher)
            state.served += 1
            state.last_run = time.monotonic()
    except (OSError, NoAnswer, struct.error, ValueError, TypeError):
        pass
    return ""


def _go(conn: socket.socket) -> tuple[bytes, list[int]]:
    """The caller's word to go, and the descriptors that came with it."""
    space = socket.CMSG_SPACE(_STREAMS * _INT_SIZE)
    data, ancillary, _flags, _address = conn.recvmsg(1, space)
    fds: list[int] = []
    for level, kind, payload in ancillary:
        if level == socket.SOL_SOCKET and kind == socket.SCM_RIGHTS:
            numbers = array.array("i")
            numbers.frombytes(payload[: len(payload) - len(payload) % _INT_SIZE])
            fds.extend(numbers)
    return data, fds


def _servable(request: Any, state: _State) -> bool:
    return (
        isinstance(request, dict)
        and all(request.get(key) == value for key, value in installation().items())
        and code_stamp() == state.stamp
    )


def _status(state: _State) -> dict[str, Any]:
    return {
        "pid": os.getpid(),
        "started": state.started,
        "served": state.served,
        "idle_seconds": state.idle_seconds,
        "watching": None if state.watcher is None else state.watcher.watching(),
        **installation(),
    }


def _prepare_watched(watcher: Watcher | None, request: dict[str, Any]) -> None:
    """Bring the kept listings of the request's project up to date before its run; the
    project is the one the run will find from the caller's folder (a run told another
    with --root walks it itself). Nothing here may stop the run: whatever fails, every
    listing is forgotten and the run walks its project as without the daemon."""
    if watcher is None:
        return
    from carekb.project import find_root

    try:
        root = find_root(Path(request["cwd"]), request["env"].get("CAREKB_ROOT"))
        watcher.prepare(os.fspath(root))
    except CarekbError:
        return  # no project there: the run says so itself
    except Exception:  # a watcher's failure must never fail a run
        watcher.reset()


# --- The child: one run ----------------------------------------------------------------


def _child(
    listener: socket.socket, conn: socket.socket, request: Any, watcher: Watcher | None = None
) -> NoReturn:
    """Run the request as ``carekb`` would in the caller's place; never returns."""
    try:
        listener.close()
        if watcher is not None:
            watcher.close()
        _default_signals()
        conn.sendall(f"P{os.getpid()}\n".encode())
        go, fds = _go(conn)
        if go != b"G" or len(fds) != _STREAMS:
            os._exit(0)  # the caller gave up, and runs the command itself
        conn.settimeout(None)
        _end_with_the_caller(conn)
        _take_place(fds, request)
    except BaseException:
        # Nothing has run and nothing was written: the caller runs the command itself
        # (a folder it stands in that has gone, say).
        with contextlib.suppress(OSError):
            conn.sendall(b"F\n")
        os._exit(0)
    status = _run(request["argv"])
    _flush()
    with contextlib.suppress(OSError):
        conn.sendall(f"X{status}\n".encode())
    os._exit(0)


def _end_with_the_caller(conn: socket.socket) -> None:
    """End this run when its caller ends (killed, say: SIGKILL cannot be passed on), as
    a run in the caller's own process would: the kernel signals this process (SIGIO,
    whose default is to end it) when the caller's end of the connection closes. The
    caller sends nothing more after its go, so nothing else raises the signal."""
    fcntl.fcntl(conn.fileno(), fcntl.F_SETOWN, os.getpid())
    flags = fcntl.fcntl(conn.fileno(), fcntl.F_GETFL)
    fcntl.fcntl(conn.fileno(), fcntl.F_SETFL, flags | os.O_ASYNC)


def _default_signals() -> None:
    """The signal handlers a new Python process starts with."""
    signal.signal(signal.SIGCHLD, signal.SIG_DFL)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGHUP, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGIO, signal.SIG_DFL)


def _take_place(fds: list[int], request: dict[str, Any]) -> None:
    """The caller's streams, folder, environment and umask, as this process's own."""
    for target, fd in enumerate(fds):
        os.dup2(fd, target)
        os.close(fd)
    os.chdir(request["cwd"])
    os.environ.clear()
    os.environ.update(request["env"])
    time.tzset()
    os.umask(int(request["umask"]))
    streams = request["streams"]
    sys.stdin = _stream(0, "r", *streams[0])
    sys.stdout = _stream(1, "w", *streams[1])
    sys.stderr = _stream(2, "w", *streams[2])
    sys.argv = ["carekb", *request["argv"]]


def _stream(fd: int, mode: str, encoding: str | None, errors: str | None) -> io.TextIOWrapper:
    """A standard stream on ``fd`` as Python makes one at start: standard error and a
    terminal's output line by line."""
    raw = io.FileIO(fd, mode, closefd=False)
    buffered = io.BufferedReader(raw) if mode == "r" else io.BufferedWriter(raw)
    return io.TextIOWrapper(
        buffered,
        encoding=encoding,
        errors=errors,
        newline="\n",
        line_buffering=mode == "w" and (fd == 2 or raw.isatty()),
    )


def _run(argv: list[str]) -> int:
    """``carekb ARGV`` in this process, and the exit status Python would give it."""
    try:
        # Inside the try: a Ctrl-C passed on as the run begins must end this run here,
        # never unwind a forked child into the daemon's own loop.
        from carekb.cli.main import run_command

        run_command(argv)
    except SystemExit as ended:
        return _status_of(ended.code)
    except BaseException:  # as Python ends on an uncaught exception
        traceback.print_exc()
        return 1
    return 0


def _status_of(code: Any) -> int:
    """The status Python exits with for ``sys.exit(code)``."""
    if code is None:
        return 0
    if isinstance(code, int):
        return code & 0xFF
    print(code, file=sys.stderr)
    return 1


def _flush() -> None:
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):
            stream.flush()


def main() -> None:
    """``python -m carekb.daemon.server SOCKET IDLE_SECONDS [--watch]``."""
    place, idle = sys.argv[1], float(sys.argv[2])
    try:
        serve(place, idle, watch="--watch" in sys.argv[3:])
    except CarekbError as error:
        print(f"carekb daemon: {error}", file=sys.stderr)
        raise SystemExit(error.exit_code) from None


if __name__ == "__main__":
    main()
