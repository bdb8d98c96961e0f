"""``carekb daemon``: keep carekb loaded so that ``carekb lint`` starts at once."""

from __future__ import annotations

import time

import click

from carekb.daemon import client, control


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
@click.option(
    "--watch",
    is_flag=True,
    help="Keep each served project's folder listings and learn of changes from the kernel "
    "(Linux inotify), so a run stats only what changed. Not on network file systems.",
)
def daemon_start_command(idle_timeout: float, foreground: bool, watch: bool) -> None:
    """Start this installation's daemon (nothing happens if it runs already).

    With --watch the daemon also keeps, for the last few projects it served, the
    listing of every folder and its files' stats, and the kernel tells it which
    folders change: a lint then stats only those, instead of every file of the
    project (most of a warm lint at 100,000 entries). Changes the kernel does not
    report are missed: on network file systems (NFS, SMB), through a hard link from
    outside the project, or through a memory mapping. Leave --watch off there.

    \b
    Examples:
      carekb daemon start
      carekb daemon start --watch                         # a large project on a local disk
      carekb daemon start --idle-timeout 0 --foreground   # under a service manager
    """
    running = control.running()
    if running is not None:
        unwatched = watch and running.get("watching") is None
        click.echo(
            f"carekb daemon: already running (pid {running.get('pid')})"
            + (
                " without --watch; 'carekb daemon stop' first to start one that watches"
                if unwatched
                else ""
            )
        )
        return
    place = control.prepared_place()
    if foreground:
        from carekb.daemon.server import serve

        click.echo(f"carekb daemon: serving at {place}", err=True)
        serve(place, idle_timeout * 60, watch=watch)
        return
    status = control.start_in_background(place, idle_timeout * 60, watch=watch)
    watching = "; it watches the projects it serves" if status.get("watching") is not None else ""
    if watch and not watching:
        click.echo("carekb daemon: --watch is not available here (no inotify): each run walks")
    click.echo(
        f"carekb daemon: running (pid {status.get('pid')}){watching}; 'carekb lint' now runs "
        "in it. Stop it with 'carekb daemon stop'."
    )


@daemon_group.command("status")
def daemon_status_command() -> None:
    """Say whether the daemon runs (exit 0) or not (exit 1), and what it has served.

    \b
    Example:
      carekb daemon status
    """
    status = control.running()
    if status is None:
        silent = control.silent_pid()
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
        + _watching(status.get("watching"))
    )


def _watching(roots: object) -> str:
    """What ``daemon status`` says of a watching daemon's projects."""
    if not isinstance(roots, list):
        return ""
    return "\n  watching: " + (", ".join(map(str, roots)) if roots else "no project yet")


@daemon_group.command("stop")
def daemon_stop_command() -> None:
    """Stop the daemon (runs in progress finish).

    \b
    Example:
      carekb daemon stop
    """
    stopped, silent = control.stop()
    if not stopped:
        click.echo("carekb daemon: not running")
    elif silent is None:
        click.echo("carekb daemon: stopped")
    else:
        click.echo(f"carekb daemon: stopped (pid {silent}, which was not answering)")
