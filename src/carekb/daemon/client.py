"""The caller's side of ``carekb daemon``: hand a run to the daemon, or say it did not.

Only a few modules of the standard library are imported here (and :mod:`carekb`'s
version): this runs before anything else on every ``carekb`` command, and a run the
daemon serves must not pay for what the daemon spares it (``typing``, ``json``,
``contextlib`` and ``array`` were half of this module's 24 ms).

The conversation, over a Unix socket in a folder only this user can enter
(:func:`socket_place`), one connection per run:

1. the caller sends ``R``, then the request: its arguments, working folder,
   environment, umask, and the encodings of its streams, as length-prefixed JSON;
2. the daemon answers ``S`` (stale: it runs other code than this caller's; the
   caller runs the command itself) or forks a child, which says ``P<pid>``;
3. the caller answers ``G`` (go), with its standard streams attached
   (``SCM_RIGHTS``). Only then does the child run, so a caller that gave up waiting
   (and runs the command itself) is never served twice; and the streams are never
   held by a daemon that has not answered (a stalled daemon holding the caller's
   pipe open would keep whoever reads it waiting for its end);
4. the child takes the caller's place (``F`` when it cannot: the caller runs the
   command itself), runs the command on the caller's streams and ends with
   ``X<status>``.

Signals the caller gets (Ctrl-C at a terminal, a ``kill``) are passed on to the
child, whose process the terminal does not know.

``Q`` asks the daemon how it is and ``K`` stops it (:mod:`carekb.cli.daemon`).
"""

from __future__ import annotations

import marshal
import os
import signal
import socket
import stat
import struct
import sys
import zlib

import carekb

TYPE_CHECKING = False  # typing itself is not imported: it costs 4 ms on every run
if TYPE_CHECKING:
    from typing import Any

# The commands the daemon runs: those whose start-up is most of a warm run.
SERVED = frozenset({"lint"})
# Set (to anything but "" or "0"): every command runs in its own process.
OFF_VARIABLE = "CAREKB_NO_DAEMON"
# The folder of the sockets, in place of the user's runtime folder.
FOLDER_VARIABLE = "CAREKB_DAEMON_DIR"
# How long a caller waits for the daemon to take a run before running it itself: a
# daemon stopped (SIGSTOP) or swamped must not make a lint hang.
HANDSHAKE_SECONDS = 5.0
_LENGTH = struct.Struct("!I")
# Requests larger than this are refused (an environment is a few kilobytes).
MAX_REQUEST = 4 * 1024 * 1024


# Changed whenever the conversation below changes: it is part of the socket's name, so a
# caller never talks to a daemon that speaks otherwise.
PROTOCOL = "2"
# The longest path a Unix socket may have (sun_path, less its closing NUL).
MAX_SOCKET_PATH = 107


# A daemon needs Unix sockets whose peer's user the kernel names (Linux); elsewhere
# every command runs in its own process, and `carekb daemon start` says why.
SUPPORTED = hasattr(socket, "AF_UNIX") and hasattr(socket, "SO_PEERCRED")


class NoAnswer(Exception):
    """The daemon did not answer as it should."""


def socket_folder() -> str:
    """Where this user's daemons listen: ``$CAREKB_DAEMON_DIR``, else the user's
    runtime folder (``$XDG_RUNTIME_DIR``), else ``carekb-UID`` in the temporary folder."""
    explicit = os.environ.get(FOLDER_VARIABLE)
    if explicit:
        # In full (the daemon stands in "/"), without a closing "/" (the check below must
        # see a link as the link it is).
        return os.path.abspath(explicit)
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if runtime and os.path.isdir(runtime):
        return os.path.join(runtime, "carekb")
    temporary = os.environ.get("TMPDIR") or "/tmp"
    return os.path.join(temporary, f"carekb-{os.getuid()}")


def private_folder_problem(folder: str) -> str | None:
    """Why ``folder`` cannot hold this user's sockets (it is someone else's, or others
    may enter it), or ``None`` when it can."""
    try:
        info = os.lstat(folder)
    except OSError as error:
        return f"{folder}: {error.strerror}"
    if not stat.S_ISDIR(info.st_mode):
        return f"{folder} is not a folder"
    if info.st_uid != os.getuid():
        return f"{folder} belongs to another user"
    if info.st_mode & 0o077:
        return f"{folder} may be entered by other users (mode {stat.S_IMODE(info.st_mode):o})"
    return None


def installation() -> dict[str, str]:
    """What makes a daemon this caller's: the Python running it, carekb's place and
    version (the version is checked on every run, not part of the socket's name: a
    daemon left running by the version before an upgrade is then asked, refuses and
    stops, rather than lingering unseen)."""
    return {
        "executable": sys.executable,
        "package": os.path.dirname(os.path.abspath(carekb.__file__)),
        "version": carekb.__version__,
    }


def socket_place() -> str:
    """The socket of the daemon for this installation of carekb (a name, not a check)."""
    return socket_place_in(socket_folder())


def socket_place_in(folder: str | os.PathLike[str]) -> str:
    """The socket of this installation's daemon in ``folder``."""
    mine = installation()
    key = "\0".join((mine["executable"], mine["package"], PROTOCOL))
    name = zlib.crc32(key.encode("utf-8", "surrogateescape"))
    return os.path.join(folder, f"daemon-{name:08x}.sock")


def pid_file_of(place: str) -> str:
    """Where the daemon listening at ``place`` writes its process id: for ``carekb daemon
    stop`` when it no longer answers."""
    return os.path.splitext(place)[0] + ".pid"


def run(argv: list[str]) -> int | None:
    """``argv`` run by this installation's daemon, and its exit status; ``None`` when
    no daemon ran it (none is running, it cannot serve this command or this caller,
    it is turned off), and the caller runs it itself."""
    if not SUPPORTED or not argv or argv[0] not in SERVED:
        return None
    if os.environ.get(OFF_VARIABLE, "") not in ("", "0"):
        return None
    place = socket_place()
    if not os.path.exists(place) or private_folder_problem(socket_folder()) is not None:
        return None
    if not _can_stand_in(argv):
        return None
    try:
        conn = _connect(place)
    except OSError:
        return None  # a socket left by a daemon that is gone
    with conn:
        try:
            pid = _hand_over(conn, argv)
        except (OSError, NoAnswer, ValueError):
            return None
        if pid is None:
            return None
        return _served(conn, pid)


def _can_stand_in(argv: list[str]) -> bool:
    """Whether the child can stand in for this process: its three standard streams are
    open (a closed one would be taken by the socket, and the child would talk to
    itself), and nothing the command reads names a descriptor only this process holds
    (``--trust /dev/fd/3``, a shell's ``<(...)``; ``CAREKB_TRUST=/proc/self/fd/4``)."""
    if not all(_is_open(fd) for fd in (0, 1, 2)):
        return False
    try:
        here = os.getcwd()
    except OSError:
        return False
    if here.startswith(("/dev", "/proc")):
        return False  # "fd/3" from /dev names a descriptor too
    said = [*argv, *os.environ.values()]
    return not any(place in text for text in said for place in _OWN_PLACES)


# Paths that name this process's own descriptors (or the process itself): the child
# would find its own there.
_OWN_PLACES = ("/dev/fd/", "/proc/self/", "/proc/thread-self/", f"/proc/{os.getpid()}/")


def _is_open(fd: int) -> bool:
    try:
        os.fstat(fd)
    except OSError:
        return False
    return True


def _connect(place: str) -> socket.socket:
    conn = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        conn.settimeout(HANDSHAKE_SECONDS)
        conn.connect(place)
        if not same_user(conn):  # never hand the environment to another user's socket
            raise ConnectionRefusedError("the daemon runs as another user")
    except OSError:
        conn.close()
        raise
    return conn


def same_user(conn: socket.socket) -> bool:
    """Whether the other end of ``conn`` runs as this process's user (the kernel says)."""
    peer = conn.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("3i"))
    _pid, uid, _gid = struct.unpack("3i", peer)
    return bool(uid == os.getuid())


def _hand_over(conn: socket.socket, argv: list[str]) -> int | None:
    """Send the run; the pid of the child that will run it, or ``None`` if the daemon
    will not."""
    conn.sendall(b"R")
    send_message(conn, _request(argv))
    answer = read_line(conn)
    if answer == "S":
        return None
    if not answer.startswith("P") or not answer[1:].isdigit():
        raise NoAnswer(answer)
    return int(answer[1:])


def _request(argv: list[str]) -> dict[str, Any]:
    mask = os.umask(0)
    os.umask(mask)
    return {
        "argv": argv,
        "cwd": os.getcwd(),
        "env": dict(os.environ),
        "umask": mask,
        "streams": [_encoding(stream) for stream in (sys.stdin, sys.stdout, sys.stderr)],
        **installation(),
    }


def _encoding(stream: object) -> list[str | None]:
    """The encoding and error handler Python gave this stream, for the child's own."""
    return [getattr(stream, "encoding", None), getattr(stream, "errors", None)]


def _served(conn: socket.socket, pid: int) -> int | None:
    """Let the child run, pass it the signals this process gets, and return its status
    (or end as it ended, when a signal ended it); ``None`` when it could not run."""
    received: list[int] = []
    earlier = _pass_on(pid, received)
    try:
        conn.settimeout(None)
        answer = _go_and_wait(conn)
    finally:
        for number, handler in earlier.items():
            signal.signal(number, handler)
    if answer.startswith("X") and answer[1:].isdigit():
        return int(answer[1:])
    if received:
        # The child was ended by the signal this process passed on, or it reached the
        # child before the run began (``F``, or no child left to take the go, as Ctrl-C
        # pressed at once): either way the user ended the command, which must not then
        # run here as if nothing came.
        return _ended_by(received[-1])
    if answer in ("F", _NO_GO):
        return None
    print(
        "carekb: the daemon's run ended without an exit status; run the command again "
        f"with {OFF_VARIABLE}=1, and stop the daemon (carekb daemon stop) if this repeats",
        file=sys.stderr,
    )
    return 3


# What _go_and_wait says when the go could not be sent: the child had gone.
_NO_GO = "-"


def _go_and_wait(conn: socket.socket) -> str:
    """Send the go with this process's streams, and the child's last line ("" when it
    ended without one, :data:`_NO_GO` when it was not there to take the go: it gave up
    waiting while this process was paused, or a signal passed on had ended it)."""
    try:
        conn.sendmsg([b"G"], [(socket.SOL_SOCKET, socket.SCM_RIGHTS, STREAMS)])
    except OSError:
        return _NO_GO
    try:
        return read_line(conn)
    except (OSError, NoAnswer):
        return ""


def _ended_by(number: int) -> int:
    """End as the command ends on signal ``number``: on Ctrl-C (SIGINT) as click ends
    a command it interrupts, by the signal itself otherwise."""
    if number == signal.SIGINT:
        print("\nAborted!", file=sys.stderr)
        return 1
    signal.signal(number, signal.SIG_DFL)
    os.kill(os.getpid(), number)
    return 128 + number  # not reached: the signal's default ends this process


_PASSED_ON = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP, signal.SIGQUIT)
# Standard input, output and error, as SCM_RIGHTS carries them.
STREAMS = struct.pack("3i", 0, 1, 2)


def _pass_on(pid: int, received: list[int]) -> dict[int, Any]:
    """Send the signals this process gets to ``pid`` (noting each in ``received``), and
    stop and continue it as this process is stopped (Ctrl-Z) and continued; the
    handlers the signals had, to put back. A signal this process ignores (``nohup``, a
    script's background job) is left ignored: the run would not have seen it."""

    def pass_on(number: int, _frame: object) -> None:
        received.append(number)
        _signal(pid, number)

    def stop(_number: int, _frame: object) -> None:
        _signal(pid, signal.SIGSTOP)
        signal.signal(signal.SIGTSTP, signal.SIG_DFL)
        os.kill(os.getpid(), signal.SIGTSTP)  # stopped here until continued
        signal.signal(signal.SIGTSTP, stop)
        _signal(pid, signal.SIGCONT)

    earlier: dict[int, Any] = {}
    for number in _PASSED_ON:
        if signal.getsignal(number) != signal.SIG_IGN:
            earlier[number] = signal.signal(number, pass_on)
    if signal.getsignal(signal.SIGTSTP) == signal.SIG_DFL:
        earlier[signal.SIGTSTP] = signal.signal(signal.SIGTSTP, stop)
    return earlier


def _signal(pid: int, number: int) -> None:
    try:  # noqa: SIM105 - contextlib is not imported here (see above)
        os.kill(pid, number)
    except ProcessLookupError:
        pass


# --- Framing, shared with the daemon ---------------------------------------------------


def send_message(conn: socket.socket, message: Any) -> None:
    """``message`` (plain values: text, numbers, lists and dictionaries of them) in
    Python's marshal format, after its length. Marshal, not JSON: it needs no import,
    and both ends are the same Python (the daemon serves only its own installation).
    Only a caller of the daemon's own user is read at all (``SO_PEERCRED``)."""
    body = marshal.dumps(message)
    conn.sendall(_LENGTH.pack(len(body)) + body)


def read_message(conn: socket.socket) -> Any:
    """What :func:`send_message` sent; ``NoAnswer`` when it is not all there."""
    (length,) = _LENGTH.unpack(read_exactly(conn, _LENGTH.size))
    if length > MAX_REQUEST:
        raise NoAnswer(f"a message of {length} bytes")
    try:
        return marshal.loads(read_exactly(conn, length))
    except (ValueError, EOFError, TypeError) as error:
        raise NoAnswer("a message that is not one") from error


def read_exactly(conn: socket.socket, size: int) -> bytes:
    chunks: list[bytes] = []
    while size:
        chunk = conn.recv(size)
        if not chunk:
            raise NoAnswer("the connection closed")
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


def read_line(conn: socket.socket, limit: int = 64) -> str:
    """One short line (without its newline)."""
    seen = bytearray()
    while len(seen) < limit:
        byte = conn.recv(1)
        if not byte:
            raise NoAnswer("the connection closed")
        if byte == b"\n":
            return seen.decode("ascii", "replace")
        seen += byte
    raise NoAnswer("a line too long")


def ask(kind: bytes) -> dict[str, Any] | None:
    """Send ``kind`` (``Q``: how are you; ``K``: stop) to this installation's daemon and
    return its answer; ``None`` when no daemon answers."""
    place = socket_place()
    if not SUPPORTED or not os.path.exists(place) or private_folder_problem(socket_folder()):
        return None
    try:
        with _connect(place) as conn:
            conn.sendall(kind)
            answer = read_message(conn)
    except (OSError, NoAnswer, struct.error):
        return None
    return answer if isinstance(answer, dict) else None
