"""Starting, finding and stopping this installation's daemon (``carekb daemon``).

The command (:mod:`carekb.cli.daemon`) only says what happened; what it takes to start
a daemon safely, to tell a silent one from none, and to stop either, is here.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from carekb.daemon import client
from carekb.errors import CarekbError

# How long a start waits for the new daemon to answer.
_START_SECONDS = 30.0


def running() -> dict[str, Any] | None:
    """What the daemon says of itself, or ``None`` when none answers."""
    return client.ask(b"Q")


def prepared_place() -> str:
    """The socket a new daemon is to listen at, its folder made private; a
    :class:`CarekbError` when a daemon cannot be started here."""
    if not client.SUPPORTED:
        raise CarekbError(
            "the carekb daemon needs Unix sockets that name their peer's user (Linux)",
            hint="carekb lint runs in its own process here, as it always did",
        )
    silent = silent_pid()
    if silent is not None:
        raise CarekbError(
            f"a carekb daemon runs but is not answering (pid {silent})",
            hint="'carekb daemon stop' ends it; then start again",
        )
    place = client.socket_place()
    if len(os.fsencode(place)) > client.MAX_SOCKET_PATH:
        raise CarekbError(
            f"the daemon's socket path is too long for a Unix socket: {place}",
            hint=f"set {client.FOLDER_VARIABLE} to a shorter folder (mode 700)",
        )
    _make_private_folder(client.socket_folder())
    return place


def start_in_background(place: str, idle_seconds: float, watch: bool = False) -> dict[str, Any]:
    """Start the daemon in its own session and wait until it answers; what it says of
    itself (or of the daemon that won a race to start)."""
    log = Path(place).with_suffix(".log")
    command = [sys.executable, "-P", "-m", "carekb.daemon.server", place, str(idle_seconds)]
    with log.open("ab") as output:
        process = subprocess.Popen(
            # -P: the folder it is started from is not put on the import path (a
            # project's jsonschema_rs.py would otherwise be imported in its place).
            [*command, *(["--watch"] if watch else [])],
            stdin=subprocess.DEVNULL,
            stdout=output,
            stderr=output,
            cwd="/",  # an empty entry of PYTHONPATH names the working folder
            start_new_session=True,  # not ended with this terminal
        )
    deadline = time.monotonic() + _START_SECONDS
    while time.monotonic() < deadline:
        status = running()
        if status is not None and status.get("pid") == process.pid:
            return status
        if process.poll() is not None:
            if status is not None:  # another start won the race: that daemon serves
                return status
            break
        time.sleep(0.05)
    else:
        process.terminate()
    said = log.read_text(encoding="utf-8", errors="replace").strip()
    raise CarekbError(
        "the carekb daemon did not start" + (f":\n{said[-2000:]}" if said else ""),
        hint=f"its log is {log}",
    )


def stop() -> tuple[bool, int | None]:
    """Stop the daemon: whether one was there, and the process id of one that did not
    answer (ended with SIGTERM), if that is how it ended."""
    if client.ask(b"K") is not None:
        return True, None
    silent = silent_pid()
    if silent is None:
        return False, None
    with contextlib.suppress(ProcessLookupError):
        os.kill(silent, signal.SIGTERM)
        os.kill(silent, signal.SIGCONT)  # a stopped one ends only once continued
    return True, silent


def silent_pid() -> int | None:
    """The process id of this installation's daemon when it is alive but does not
    answer (stopped, or swamped), from the file it wrote; ``None`` otherwise."""
    place = client.socket_place()
    if not os.path.exists(place) or client.private_folder_problem(client.socket_folder()):
        return None
    try:
        pid = int(Path(client.pid_file_of(place)).read_text(encoding="ascii").strip())
        command = Path(f"/proc/{pid}/cmdline").read_bytes()
    except (OSError, ValueError):
        return None
    # The process of that id is a carekb daemon, not a process that took the number over.
    return pid if b"carekb.daemon.server" in command and place.encode() in command else None


def _make_private_folder(folder: str) -> None:
    try:
        os.makedirs(folder, mode=0o700, exist_ok=True)
    except OSError as error:
        raise CarekbError(f"cannot make the daemon's folder {folder}: {error.strerror}") from None
    problem = client.private_folder_problem(folder)
    if problem is not None:
        raise CarekbError(
            f"the daemon's socket cannot be kept safely: {problem}",
            hint=f"set {client.FOLDER_VARIABLE} to a folder only you can enter (mode 700)",
        )
