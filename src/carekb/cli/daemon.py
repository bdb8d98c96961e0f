"""``carekb daemon``: keep carekb loaded so that ``carekb lint`` starts at once."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import click

from carekb.daemon import client
from carekb.errors import CarekbError

# How long `start` waits for the new daemon to answer.
_START_SECONDS = 30.0


@click.group("daemon")
def daemon_group() -> None:
    """Keep carekb loaded in the background, so that 'carekb lint' starts at once.

    A warm lint of one edited file (an editor's save, a pre-commit hook) spends most
    of its time starting Python on carekb. With a daemon running, 'carekb lint'
    runs in a fresh copy of the loaded process instead, on your terminal, in your
    folder, with your environment: it reads the files itself and prints exactly what
    it prints without the daemon. Other commands always run on their own.

    The daemon serves only your user and only this installation of carekb; it stops
    by itself after an idle time, and when carekb or its packages change on disk.
    Set CAREKB_NO_DAEMON=1 to run a lint without it.

    \b
    Examples:
      carekb daemon start
      carekb lint kb/faqs/new.yaml     # now served by the daemon
      carekb daemon status
      carekb daemon stop
    """


@daemon_group.command("start")
@click.option(
    "--idle-timeout",
    type=click.FloatRange(min=0),
    default=60.0,
    show_default=True,
    metavar="MINUTES",
    help="Stop after this many minutes without a run (0: never).",
)
@click.option(
    "--foreground",
    is_flag=True,
    help="Serve from this process until stopped (for a service manager), not in the background.",
)
def daemon_start_command(idle_timeout: float, foreground: bool) -> None:
    """Start this installation's daemon (nothing happens if it runs already).

    \b
    Examples:
      carekb daemon start
      carekb daemon start --idle-timeout 0 --foreground   # under a service manager
    """
    if not client.SUPPORTED:
        raise CarekbError(
            "the carekb daemon needs Unix sockets that name their peer's user (Linux)",
            hint="carekb lint runs in its own process here, as it always did",
        )
    running = client.ask(b"Q")
    if running is not None:
        click.echo(f"carekb daemon: already running (pid {running.get('pid')})")
        return
    silent = _silent_daemon()
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
    if foreground:
        from carekb.daemon.server import serve

        click.echo(f"carekb daemon: serving at {place}", err=True)
        serve(place, idle_timeout * 60)
        return
    status = _start_in_background(place, idle_timeout * 60)
    click.echo(
        f"carekb daemon: running (pid {status.get('pid')}); 'carekb lint' now runs in it. "
        "Stop it with 'carekb daemon stop'."
    )


@daemon_group.command("status")
def daemon_status_command() -> None:
    """Say whether the daemon runs (exit 0) or not (exit 1), and what it has served.

    \b
    Example:
      carekb daemon status
    """
    status = client.ask(b"Q")
    if status is None:
        silent = _silent_daemon()
        click.echo(
            "carekb daemon: not running"
            if silent is None
            else f"carekb daemon: not answering (pid {silent}); 'carekb daemon stop' ends it"
        )
        raise SystemExit(1)
    since = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(float(status.get("started", 0))))
    idle = float(status.get("idle_seconds", 0)) / 60
    click.echo(
        f"carekb daemon: running (pid {status.get('pid')}) since {since}; "
        f"{status.get('served')} runs served; "
        + (f"stops after {idle:g} idle minutes" if idle else "no idle timeout")
        + f"\n  socket: {client.socket_place()}"
    )


@daemon_group.command("stop")
def daemon_stop_command() -> None:
    """Stop the daemon (runs in progress finish).

    \b
    Example:
      carekb daemon stop
    """
    if client.ask(b"K") is not None:
        click.echo("carekb daemon: stopped")
        return
    silent = _silent_daemon()
    if silent is None:
        click.echo("carekb daemon: not running")
        return
    with contextlib.suppress(ProcessLookupError):
        os.kill(silent, signal.SIGTERM)
        os.kill(silent, signal.SIGCONT)  # a stopped one ends only once continued
    click.echo(f"carekb daemon: stopped (pid {silent}, which was not answering)")


def _silent_daemon() -> int | None:
    """The process id of this installation's daemon when it is alive but does not
    answer (stopped, or swamped), from the file it wrote; ``None`` otherwise."""
    from carekb.daemon.server import pid_file_of

    place = client.socket_place()
    if not os.path.exists(place) or client.private_folder_problem(client.socket_folder()):
        return None
    try:
        pid = int(pid_file_of(place).read_text(encoding="ascii").strip())
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


def _start_in_background(place: str, idle_seconds: float) -> dict[str, object]:
    """Start the daemon in its own session and wait until it answers."""
    log = Path(place).with_suffix(".log")
    with log.open("ab") as output:
        process = subprocess.Popen(
            # -P: the folder it is started from is not put on the import path (a
            # project's jsonschema_rs.py would otherwise be imported in its place).
            [sys.executable, "-P", "-m", "carekb.daemon.server", place, str(idle_seconds)],
            stdin=subprocess.DEVNULL,
            stdout=output,
            stderr=output,
            cwd="/",  # an empty entry of PYTHONPATH names the working folder
            start_new_session=True,  # not ended with this terminal
        )
    deadline = time.monotonic() + _START_SECONDS
    while time.monotonic() < deadline:
        status = client.ask(b"Q")
        if status is not None and status.get("pid") == process.pid:
            return dict(status)
        if process.poll() is not None:
            if status is not None:  # another start won the race: that daemon serves
                return dict(status)
            break
        time.sleep(0.05)
    else:
        process.terminate()
    said = log.read_text(encoding="utf-8", errors="replace").strip()
    raise CarekbError(
        "the carekb daemon did not start" + (f":\n{said[-2000:]}" if said else ""),
        hint=f"its log is {log}",
    )
