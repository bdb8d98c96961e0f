"""``carekb daemon``: a lint it serves is the lint carekb runs without it.

Every test starts a real daemon (``python -m carekb daemon start``) in a socket
folder of its own and runs ``python -m carekb`` as a user does, in new processes.
"""

from __future__ import annotations

import array
import contextlib
import errno
import json
import os
import pty
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from carekb.daemon import client
from carekb.load import cache
from conftest import CASES_DIR, REPO_ROOT, copy_sample
from lint_support import read_terminal

pytestmark = pytest.mark.skipif(
    not hasattr(socket, "AF_UNIX") or not hasattr(socket, "SO_PEERCRED"),
    reason="the daemon needs Unix sockets with peer credentials",
)


# The installed command, as users run it ("python -m carekb" would put the working folder
# on the import path of the caller, which the daemon's tests must not depend on).
_SCRIPT = Path(sys.executable).parent / "carekb"
CAREKB = [str(_SCRIPT)] if _SCRIPT.is_file() else [sys.executable, "-m", "carekb"]


class Daemon:
    """A socket folder of its own, and ``carekb`` run with it."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.env = {
            **{k: v for k, v in os.environ.items() if not k.startswith("CAREKB_") and k != "CI"},
            client.FOLDER_VARIABLE: str(folder),
        }

    def carekb(self, *args: str | Path, **options: Any) -> subprocess.CompletedProcess[str]:
        return self.run([*CAREKB, *map(str, args)], **options)

    def carekb_shell(self, command: str, **options: Any) -> subprocess.CompletedProcess[str]:
        """``command`` run by the shell, for redirections Python cannot make."""
        return self.run(["sh", "-c", command], **options)

    def run(
        self, command: list[str], cwd: Path | None = None, **options: Any
    ) -> subprocess.CompletedProcess[str]:
        """``command`` in a new process, with this folder's environment (and ``env``)."""
        env = {**self.env, **options.pop("env", {})}
        return subprocess.run(
            command,
            cwd=cwd,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
            **options,
        )

    def served(self) -> int:
        status = self.carekb("daemon", "status")
        assert status.returncode == 0, status.stdout + status.stderr
        return int(status.stdout.split("; ")[1].split()[0])

    def pid(self) -> int:
        status = self.carekb("daemon", "status")
        assert status.returncode == 0, status.stdout + status.stderr
        return int(status.stdout.split("(pid ")[1].split(")")[0])


def _private_folder() -> Path:
    """A socket folder only this user may enter, with a short path: a Unix socket's path
    must fit in 108 bytes, which pytest's temporary folders can pass."""
    folder = Path(tempfile.mkdtemp(prefix="ckd-"))
    folder.chmod(0o700)
    return folder


@pytest.fixture
def daemon() -> Iterator[Daemon]:
    folder = _private_folder()
    running = Daemon(folder)
    started = running.carekb("daemon", "start")
    assert started.returncode == 0, started.stdout + started.stderr
    assert "running (pid" in started.stdout
    yield running
    _end_daemons(running)


def _end_daemons(daemon: Daemon) -> None:
    """Stop the daemons of ``daemon``'s folder, even one a failed test left unable to
    answer (or its folder unsafe): none outlives its test."""
    daemon.carekb("daemon", "stop")
    for pid_file in daemon.folder.glob("*.pid"):
        with contextlib.suppress(ValueError, OSError):
            pid = int(pid_file.read_text(encoding="ascii"))
            os.kill(pid, signal.SIGTERM)
            os.kill(pid, signal.SIGCONT)
    shutil.rmtree(daemon.folder, ignore_errors=True)


def _sample(tmp_path: Path) -> Path:
    return copy_sample(tmp_path / "sample")


def _with_findings(tmp_path: Path) -> Path:
    root = tmp_path / "findings"
    shutil.copytree(CASES_DIR / "dangling-reference", root)
    return root


Outcome = tuple[int, str, str]


def _both(daemon: Daemon, *args: str | Path, **options: Any) -> tuple[Outcome, Outcome]:
    """What a run in the daemon and a run without it print and exit with."""
    served = daemon.served()
    inside = daemon.carekb(*args, **options)
    assert daemon.served() == served + 1, "the daemon did not serve the run"
    env = {**options.pop("env", {}), client.OFF_VARIABLE: "1"}
    alone = daemon.carekb(*args, env=env, **options)
    assert daemon.served() == served + 1, "the daemon served a run it was told not to"
    return (
        (inside.returncode, inside.stdout, inside.stderr),
        (alone.returncode, alone.stdout, alone.stderr),
    )


def test_a_lint_in_the_daemon_prints_and_exits_as_one_without_it(
    daemon: Daemon, tmp_path: Path
) -> None:
    sample = _sample(tmp_path)
    trust = {"CAREKB_TRUST": str(sample / "demo-keys" / "trust.yaml")}
    inside, alone = _both(daemon, "lint", "--no-cache", cwd=sample, env=trust)
    assert inside == alone
    assert inside[0] == 0 and "18 entries checked" in str(inside)
    flawed = _with_findings(tmp_path)
    for args in (("lint", "--statistics"), ("lint",), ("lint", "--format", "json")):
        inside, alone = _both(daemon, *args, cwd=flawed)
        assert inside == alone, args
        assert inside[0] == 1
    findings = json.loads(inside[1])
    assert "dangling-reference" in {finding["rule"] for finding in findings}


def test_output_whose_reader_went_away_ends_the_run_quietly_in_the_daemon_too(
    daemon: Daemon, tmp_path: Path
) -> None:
    """``carekb lint | head -1``: the reader leaves; the run ends with the status a closed
    pipe gives (141), without a word, in the daemon as without it."""
    flawed = _with_findings(tmp_path)
    reader, writer = os.pipe()
    os.close(reader)
    try:
        runs = []
        for off in ("0", "1"):
            served = daemon.served()
            env = {**daemon.env, client.OFF_VARIABLE: off}
            ended = subprocess.run(
                [*CAREKB, "lint"],
                cwd=flawed,
                env=env,
                stdout=writer,
                stderr=subprocess.PIPE,
                timeout=120,
                check=False,
            )
            runs.append((ended.returncode, ended.stderr))
            assert daemon.served() == served + (off == "0")
    finally:
        os.close(writer)
    assert runs == [(141, b""), (141, b"")]


def test_the_run_takes_the_callers_folder_environment_umask_and_input(
    daemon: Daemon, tmp_path: Path
) -> None:
    flawed = _with_findings(tmp_path)
    # The folder: a path relative to the caller's, from a folder below the project.
    inside, alone = _both(daemon, "lint", "faqs", cwd=flawed / "kb")
    assert inside == alone and "dangling-reference" in str(inside)
    # The environment: the project named only in the caller's CAREKB_ROOT.
    inside, alone = _both(daemon, "lint", cwd=tmp_path, env={"CAREKB_ROOT": str(flawed)})
    assert inside == alone and inside[0] == 1
    # Standard input.
    text = next((flawed / "kb" / "faqs").glob("*.yaml")).read_text(encoding="utf-8")
    args = ("lint", "-", "--stdin-filename", "kb/faqs/typed.yaml")
    inside, alone = _both(daemon, *args, cwd=flawed, input=text)
    assert inside == alone and "typed.yaml" in str(inside)
    # The umask: the cache the run writes is the caller's user's alone.
    shutil.rmtree(flawed / ".carekb-cache", ignore_errors=True)
    served = daemon.served()
    daemon.carekb("lint", cwd=flawed, preexec_fn=lambda: os.umask(0o077))
    assert daemon.served() == served + 1
    written = [p for p in (flawed / ".carekb-cache").iterdir() if p.name.endswith(".json")]
    assert written and all(p.stat().st_mode & 0o077 == 0 for p in written)


def test_a_terminal_is_a_terminal_in_the_daemon(daemon: Daemon, tmp_path: Path) -> None:
    flawed = _with_findings(tmp_path)

    def at_a_terminal(env: dict[str, str]) -> bytes:
        main, other = pty.openpty()
        done = subprocess.Popen(
            [*CAREKB, "lint"],
            cwd=flawed,
            env={**daemon.env, **env},
            stdin=subprocess.DEVNULL,
            stdout=other,
            stderr=other,
        )
        os.close(other)
        shown = read_terminal(main)
        assert done.wait(timeout=60) == 1
        os.close(main)
        return shown

    served = daemon.served()
    inside = at_a_terminal({})
    assert daemon.served() == served + 1
    assert inside == at_a_terminal({client.OFF_VARIABLE: "1"})
    assert b"dangling-reference" in inside


def test_a_daemon_that_is_gone_or_stalled_holds_up_no_lint(daemon: Daemon, tmp_path: Path) -> None:
    flawed = _with_findings(tmp_path)
    expected = daemon.carekb("lint", cwd=flawed, env={client.OFF_VARIABLE: "1"})
    pid = daemon.pid()
    os.kill(pid, signal.SIGSTOP)  # stalled: it takes connections but answers none
    try:
        began = time.monotonic()
        stalled = daemon.carekb("lint", cwd=flawed)
        waited = time.monotonic() - began
    finally:
        os.kill(pid, signal.SIGCONT)
    assert (stalled.returncode, stalled.stdout) == (expected.returncode, expected.stdout)
    assert waited < client.HANDSHAKE_SECONDS + 30
    # The run the stalled daemon took late is never run a second time: its child finds
    # the caller gone and ends. The daemon is still there for the next run.
    served = daemon.served()
    again = daemon.carekb("lint", cwd=flawed)
    assert again.stdout == expected.stdout and daemon.served() == served + 1
    os.kill(pid, signal.SIGKILL)  # gone, its socket left behind
    _wait_gone(pid)
    assert Path(client.socket_place_in(daemon.folder)).exists()
    gone = daemon.carekb("lint", cwd=flawed)
    assert (gone.returncode, gone.stdout) == (expected.returncode, expected.stdout)
    assert daemon.carekb("daemon", "status").returncode == 1
    restarted = daemon.carekb("daemon", "start")  # the dead daemon's socket is replaced
    assert restarted.returncode == 0, restarted.stderr
    assert daemon.served() == 0


def _wait_gone(pid: int) -> None:
    for _ in range(200):
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.05)


# Entries for a run that a test ends early: long enough (tens of seconds if left to run)
# that it is still running when the signal comes, on any machine.
_CUT_SHORT = 5000


def test_ctrl_c_reaches_the_run_in_the_daemon(daemon: Daemon, tmp_path: Path) -> None:
    caller = _long_lint(daemon, tmp_path, _CUT_SHORT)
    child = _child_of(daemon.pid())
    caller.send_signal(signal.SIGINT)
    out, err = caller.communicate(timeout=60)
    assert caller.returncode == 1, err
    assert "Aborted!" in err and "entries checked" not in out
    _wait_gone(child)
    with pytest.raises(ProcessLookupError):
        os.kill(child, 0)


def _long_lint(
    daemon: Daemon, tmp_path: Path, count: int = 400, **options: Any
) -> subprocess.Popen[str]:
    """A lint of a project of ``count`` entries more than the sample, begun.

    400 entries take a few seconds alone and about one in the daemon; a test that cuts
    the run short asks for more, so that a fast machine cannot finish the run before
    the signal arrives (which once made such a test fail on a run that had ended).
    """
    streams = {"stdout": subprocess.PIPE, "stderr": subprocess.PIPE, **options}
    return subprocess.Popen(
        [*CAREKB, "lint", "--no-cache"],
        cwd=_many_entries(tmp_path, count),
        env=daemon.env,
        text=True,
        **streams,
    )


def _many_entries(tmp_path: Path, count: int) -> Path:
    root = _sample(tmp_path)
    faq = next((root / "kb" / "faqs").glob("*.yaml"))
    text = faq.read_text(encoding="utf-8")
    entry_id = text.split("id: ", 1)[1].split("\n", 1)[0]
    for number in range(count):
        copy = text.replace(entry_id, f"{entry_id}-copy-{number}")
        (faq.parent / f"{entry_id}-copy-{number}.yaml").write_text(copy, encoding="utf-8")
    return root


def _child_of(parent: int) -> int:
    """The first child the daemon forks (the run), once it is there."""
    for _ in range(600):
        children = Path(f"/proc/{parent}/task/{parent}/children")
        found = children.read_text().split() if children.exists() else []
        if found:
            time.sleep(0.3)  # let it begin the lint
            return int(found[0])
        time.sleep(0.02)
    raise AssertionError("the daemon forked no run")


def test_a_daemon_serves_only_the_code_it_loaded(tmp_path: Path) -> None:
    # A copy of carekb, imported by the daemon and by the caller: edited while the
    # daemon runs, the daemon refuses the next run (the caller runs it) and stops.
    copy = tmp_path / "code"
    shutil.copytree(Path(client.__file__).parents[1], copy / "carekb")
    folder = _private_folder()
    try:
        daemon = Daemon(folder)
        daemon.env["PYTHONPATH"] = str(copy)
        assert daemon.carekb("daemon", "start").returncode == 0
        flawed = _with_findings(tmp_path)
        first = daemon.carekb("lint", cwd=flawed)
        assert daemon.served() == 1
        rules = copy / "carekb" / "validate" / "rules" / "dangling_reference.py"
        source = rules.read_text(encoding="utf-8")
        edit = source.replace("with id '{target}'", "nothing has the id '{target}'")
        assert edit != source
        rules.write_text(edit, "utf-8")
        edited = daemon.carekb("lint", "--no-cache", cwd=flawed)
        assert edited.returncode == first.returncode
        assert "nothing has the id" in edited.stdout, edited.stdout
        assert "no entry with id" in first.stdout and "nothing has" not in first.stdout
        assert daemon.carekb("daemon", "status").returncode == 1  # it stopped
    finally:
        stopping = Daemon(folder)
        stopping.env["PYTHONPATH"] = str(copy)
        _end_daemons(stopping)


def test_a_daemon_stops_when_idle(tmp_path: Path) -> None:
    folder = _private_folder()
    try:
        daemon = Daemon(folder)
        started = daemon.carekb("daemon", "start", "--idle-timeout", "0.02")  # 1.2 s
        assert started.returncode == 0, started.stderr
        pid = daemon.pid()
        _wait_gone(pid)
        assert daemon.carekb("daemon", "status").returncode == 1
        assert not Path(client.socket_place_in(folder)).exists()  # it cleans up after itself
        assert not list(folder.glob("*.pid"))
    finally:
        _end_daemons(Daemon(folder))


def test_a_socket_folder_others_may_enter_is_refused(tmp_path: Path) -> None:
    folder = Path(tempfile.mkdtemp(prefix="ckd-"))
    folder.chmod(0o755)
    try:
        started = Daemon(folder).carekb("daemon", "start")
        assert started.returncode == 2
        assert "may be entered by other users" in started.stderr
        assert "hint:" in started.stderr and "Traceback" not in started.stderr
        assert not list(folder.iterdir())
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.mark.skipif(os.getuid() != 0, reason="needs root to act as another user")
def test_another_user_is_not_served(daemon: Daemon) -> None:
    # Even where the folder has been opened up by mistake, the kernel's word on who
    # is calling decides.
    daemon.folder.chmod(0o755)
    place = client.socket_place_in(daemon.folder)
    os.chmod(place, 0o777)
    reader, writer = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the other user's process
        os.close(reader)
        answer = b"no answer"
        try:
            os.setuid(65534)
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as conn:
                conn.settimeout(10)
                conn.connect(place)
                conn.sendall(b"Q")
                answer = conn.recv(100) or b"closed"
        except OSError as error:  # hung up on before or after the byte was sent
            hung_up = error.errno in (errno.ECONNRESET, errno.EPIPE)
            answer = b"closed" if hung_up else f"error {error}".encode()
        os.write(writer, answer)
        os._exit(0)
    os.close(writer)
    os.waitpid(pid, 0)
    daemon.folder.chmod(0o700)
    with os.fdopen(reader, "rb") as said:
        answer = said.read()
    assert answer == b"closed"  # hung up on, without a word
    assert daemon.served() == 0  # and it still serves its own user


def test_where_carekb_runs_is_no_input_of_the_lint_cache() -> None:
    # A lint in the daemon and one without it share their cache.
    assert frozenset({client.OFF_VARIABLE, client.FOLDER_VARIABLE}) == cache.HOW_IT_RUNS


def test_a_run_that_cannot_take_the_callers_place_is_handed_back(tmp_path: Path) -> None:
    # The child of a run, forked here as the daemon forks it, told to stand in a folder
    # that is gone: it says so (F) before it runs or writes anything, and the caller
    # runs the command itself.
    from carekb.daemon import server

    ours, theirs = socket.socketpair()
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    request = {
        "argv": ["lint"],
        "cwd": str(tmp_path / "gone"),
        "env": {},
        "umask": 0o22,
        "streams": [["utf-8", "strict"]] * 3,
    }
    out = tmp_path / "out"
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the daemon's child
        ours.close()
        server._child(listener, theirs, request)
    theirs.close()
    listener.close()
    with ours, out.open("wb") as written:
        assert client.read_line(ours) == f"P{pid}"
        streams = array.array("i", [0, written.fileno(), written.fileno()]).tobytes()
        ours.sendmsg([b"G"], [(socket.SOL_SOCKET, socket.SCM_RIGHTS, streams)])
        assert client.read_line(ours) == "F"
    os.waitpid(pid, 0)
    assert out.read_bytes() == b""


def test_the_folder_a_daemon_is_started_from_is_not_imported_from(
    daemon: Daemon, tmp_path: Path
) -> None:
    # A project (or any folder) may hold a module named like one carekb imports.
    daemon.carekb("daemon", "stop")
    flawed = _with_findings(tmp_path)
    marker = tmp_path / "imported"
    (flawed / "jsonschema_rs.py").write_text(f"open({str(marker)!r}, 'w').close()\n", "utf-8")
    # An empty entry in PYTHONPATH (``PYTHONPATH=$PYTHONPATH:/x`` with none set) names
    # the working folder.
    started = daemon.carekb("daemon", "start", cwd=flawed, env={"PYTHONPATH": ":"})
    assert started.returncode == 0, started.stderr
    inside, alone = _both(daemon, "lint", cwd=flawed)
    assert inside == alone
    assert not marker.exists()
    # Files made in that folder (the lint's own cache, a report) do not stop it either.
    (flawed / "report.txt").write_text("", "utf-8")
    inside, alone = _both(daemon, "lint", cwd=flawed)
    assert inside == alone


def test_a_caller_with_a_stream_closed_or_a_descriptor_named_runs_the_lint_itself(
    daemon: Daemon, tmp_path: Path
) -> None:
    flawed = _with_findings(tmp_path)
    trust = REPO_ROOT / "demo-keys" / "trust.yaml"
    cases = {  # what the shell is told -> whether the daemon may serve it
        "lint >&-": False,  # no standard output: the socket would take its place
        "lint <&-": False,
        f"lint --trust /dev/fd/3 3<{trust}": False,  # only the caller holds that one
        f"lint 3<{trust}": True,  # open, but named nowhere: nothing reads it
    }
    for command, servable in cases.items():
        served = daemon.served()
        inside = daemon.carekb_shell(f"exec {' '.join(CAREKB)} {command}", cwd=flawed)
        assert daemon.served() == served + servable, command
        alone = daemon.carekb_shell(
            f"exec {' '.join(CAREKB)} {command}", cwd=flawed, env={client.OFF_VARIABLE: "1"}
        )
        assert (inside.returncode, inside.stderr) == (alone.returncode, alone.stderr), command
        assert inside.returncode == 1, inside.stderr


def test_ctrl_c_before_the_run_began_ends_the_command(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Ctrl-C passed on while the child is still taking the caller's place: the child
    # cannot run and says so (F). The caller must end as interrupted, not run the
    # command itself as though no one had pressed Ctrl-C (which a slow machine showed).
    caller_end, child_end = socket.socketpair()
    run = subprocess.Popen(["sleep", "60"])  # stands for the child the signal goes to

    def child() -> None:
        _, fds, _, _ = child_end.recvmsg(1, socket.CMSG_SPACE(3 * 4))
        os.kill(os.getpid(), signal.SIGINT)  # Ctrl-C, after the go
        run.wait(timeout=30)  # the caller has passed it on
        child_end.sendall(b"F\n")
        for fd in array.array("i", fds[0][2]):
            os.close(fd)

    taking_place = threading.Thread(target=child)
    taking_place.start()
    with caller_end, child_end:
        status = client._served(caller_end, run.pid)
    taking_place.join(timeout=30)
    assert (status, run.returncode) == (1, -signal.SIGINT)
    assert capsys.readouterr().err == "\nAborted!\n"


def test_ctrl_c_that_ends_the_child_before_the_go_ends_the_command(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Ctrl-C reaches the caller as it is about to send the go: passed on, it ends the
    # child waiting for that go, so there is no one to send it to. The caller must end
    # as interrupted; it once ran the whole lint itself and exited 0, as though no one
    # had pressed Ctrl-C (a loaded machine showed it).
    ours, theirs = socket.socketpair()
    run = subprocess.Popen(["sleep", "60"])  # stands for the child the signal goes to

    class CtrlCBeforeTheGo(socket.socket):
        def settimeout(self, value: float | None) -> None:
            os.kill(os.getpid(), signal.SIGINT)  # Ctrl-C, handled and passed on...
            run.wait(timeout=30)
            theirs.close()  # ...and the child it reached ended
            super().settimeout(value)

    with CtrlCBeforeTheGo(fileno=ours.detach()) as caller_end:
        status = client._served(caller_end, run.pid)
    assert (status, run.returncode) == (1, -signal.SIGINT)
    assert capsys.readouterr().err == "\nAborted!\n"


def test_a_caller_killed_ends_its_run(daemon: Daemon, tmp_path: Path) -> None:
    out = tmp_path / "out.txt"
    with out.open("w") as written:
        caller = _long_lint(daemon, tmp_path, _CUT_SHORT, stdout=written, stderr=subprocess.DEVNULL)
    child = _child_of(daemon.pid())
    caller.kill()  # SIGKILL: no handler can pass it on
    caller.wait(timeout=60)
    _wait_gone(child)
    with pytest.raises(ProcessLookupError):
        os.kill(child, 0)
    assert "entries checked" not in out.read_text(encoding="utf-8")


def test_a_signal_the_caller_ignores_does_not_end_its_run(daemon: Daemon, tmp_path: Path) -> None:
    # As under nohup: a hang-up the caller ignores is no hang-up for its run.
    caller = _long_lint(
        daemon, tmp_path, preexec_fn=lambda: signal.signal(signal.SIGHUP, signal.SIG_IGN)
    )
    _child_of(daemon.pid())
    caller.send_signal(signal.SIGHUP)
    out, err = caller.communicate(timeout=120)
    alone = {client.OFF_VARIABLE: "1"}
    expected = daemon.carekb("lint", "--no-cache", cwd=tmp_path / "sample", env=alone)
    assert (caller.returncode, out, err) == (expected.returncode, expected.stdout, expected.stderr)


def test_a_daemon_that_does_not_answer_is_named_and_stopped(daemon: Daemon) -> None:
    pid = daemon.pid()
    os.kill(pid, signal.SIGSTOP)
    try:
        status = daemon.carekb("daemon", "status")
        assert status.returncode == 1
        assert f"not answering (pid {pid})" in status.stdout
        started = daemon.carekb("daemon", "start")
        assert started.returncode == 2 and f"not answering (pid {pid})" in started.stderr
        stopped = daemon.carekb("daemon", "stop")
        assert f"stopped (pid {pid}, which was not answering)" in stopped.stdout
        _wait_gone(pid)
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGCONT)
    assert daemon.carekb("daemon", "status").stdout.strip() == "carekb daemon: not running"


def test_a_socket_path_too_long_is_refused_plainly(tmp_path: Path) -> None:
    folder = Path(tempfile.mkdtemp(prefix="ckd-")) / ("x" * 100)
    folder.mkdir(mode=0o700)
    try:
        started = Daemon(folder).carekb("daemon", "start")
        assert started.returncode == 2
        assert "too long for a Unix socket" in started.stderr and "hint:" in started.stderr
        assert "Traceback" not in started.stderr
    finally:
        shutil.rmtree(folder.parent, ignore_errors=True)


def test_a_lint_in_the_daemon_keeps_the_caches_a_lint_without_it_keeps(
    daemon: Daemon, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # What the daemon's warm-up learned is not taken for what a run learned: a later
    # run without the daemon (CI, the language server) finds the answers it needs.
    kept = {}
    for how, env in (("inside", {}), ("alone", {client.OFF_VARIABLE: "1"})):
        root = _sample(tmp_path / how)
        user_cache = tmp_path / f"{how}-user-cache"  # the compiled expressions are kept there
        trust = {"CAREKB_TRUST": str(root / "demo-keys" / "trust.yaml")}
        served = daemon.served()
        daemon.carekb("lint", cwd=root, env={**trust, **env, "XDG_CACHE_HOME": str(user_cache)})
        assert daemon.served() == served + (how == "inside")
        (compiled,) = (user_cache / "carekb" / cache.COMPILED_DIR).glob("*.json")
        monkeypatch.setenv("XDG_CACHE_HOME", str(user_cache))  # whose key sealed them
        kept[how] = {
            "words": cache.unseal(root / ".carekb-cache" / "words.json")["answers"],
            "programs": cache.unseal(compiled)["answers"],
        }
    assert kept["inside"]["words"] == kept["alone"]["words"]
    assert kept["inside"]["words"]["syllables"]  # the reading level asked about words
    assert kept["inside"]["programs"].keys() >= kept["alone"]["programs"].keys()


def test_without_peer_credentials_every_lint_runs_on_its_own(tmp_path: Path) -> None:
    # As on a system whose Unix sockets do not name their peer's user (not Linux).
    flawed = _with_findings(tmp_path)
    script = (
        "import socket, sys; del socket.SO_PEERCRED; sys.argv[0] = 'carekb'; "
        "from carekb.launch import main; main()"
    )
    folder = _private_folder()
    daemon = Daemon(folder)
    try:
        started = daemon.run([sys.executable, "-c", script, "daemon", "start"])
        assert started.returncode == 2 and "needs Unix sockets" in started.stderr
        assert "Traceback" not in started.stderr and not list(folder.iterdir())
        linted = daemon.run([sys.executable, "-c", script, "lint"], cwd=flawed)
        assert linted.returncode == 1 and "dangling-reference" in linted.stdout
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def test_a_caller_paused_past_the_handshake_runs_the_lint_itself() -> None:
    # The child waited five seconds for the go and gave up (the caller was paused, or
    # the machine swamped): nothing ran, so the caller runs the lint itself.
    ours, theirs = socket.socketpair()
    theirs.close()
    with ours:
        assert client._served(ours, os.getpid()) is None


def test_a_relative_socket_folder_is_taken_from_where_the_command_runs(
    tmp_path: Path,
) -> None:
    base = Path(tempfile.mkdtemp(prefix="ckd-"))
    (base / "d").mkdir(mode=0o700)
    daemon = Daemon(base / "d")
    daemon.env[client.FOLDER_VARIABLE] = "d"
    try:
        started = daemon.carekb("daemon", "start", cwd=base)
        assert started.returncode == 0, started.stderr
        assert list((base / "d").glob("*.sock"))
        assert daemon.carekb("daemon", "status", cwd=base).returncode == 0
    finally:
        daemon.carekb("daemon", "stop", cwd=base)
        _end_daemons(Daemon(base / "d"))
        shutil.rmtree(base, ignore_errors=True)


def test_a_lint_run_from_dev_runs_on_its_own(daemon: Daemon, tmp_path: Path) -> None:
    # From /dev, "fd/3" names the caller's own descriptor 3, which the child does not
    # hold.
    flawed = _with_findings(tmp_path)
    served = daemon.served()
    done = daemon.carekb("lint", "--root", flawed, cwd=Path("/dev"))
    assert done.returncode == 1 and "dangling-reference" in done.stdout
    assert daemon.served() == served


@pytest.fixture
def watching_daemon() -> Iterator[Daemon]:
    folder = _private_folder()
    running = Daemon(folder)
    started = running.carekb("daemon", "start", "--watch")
    assert started.returncode == 0, started.stdout + started.stderr
    assert "it watches the projects it serves" in started.stdout
    yield running
    _end_daemons(running)


def test_a_watching_daemon_lints_each_change_as_a_lint_without_it(
    watching_daemon: Daemon, tmp_path: Path
) -> None:
    # The daemon keeps the project's folder listings between runs; every change a user
    # makes must reach the next lint, whose output is the output of a lint without it.
    sample = _sample(tmp_path)
    trust = {"CAREKB_TRUST": str(sample / "demo-keys" / "trust.yaml")}
    inside, alone = _both(watching_daemon, "lint", cwd=sample, env=trust)
    assert inside == alone and inside[0] == 0
    status = watching_daemon.carekb("daemon", "status").stdout
    assert f"watching: {sample.resolve()}" in status
    faqs = sample / "kb" / "faqs"
    entry = next(faqs.glob("*.yaml"))
    original = entry.read_text(encoding="utf-8")
    changes = [
        ("a new file with errors", lambda: (faqs / "broken.yaml").write_text("id: broken\n"), 1),
        ("the file removed", lambda: (faqs / "broken.yaml").unlink(), 0),
        (
            "an entry edited in place",
            lambda: entry.write_text(original.replace("type: faq", "type: nonsense", 1)),
            1,
        ),
        ("the entry put back", lambda: entry.write_text(original), 0),
    ]
    for what, change, code in changes:
        change()
        inside, alone = _both(watching_daemon, "lint", cwd=sample, env=trust)
        assert inside == alone, what
        assert inside[0] == code, (what, inside)
    entries = len(list(faqs.glob("*.yaml")))
    faqs.rename(tmp_path / "faqs-away")  # a folder of entries moved out of the project
    inside, alone = _both(watching_daemon, "lint", cwd=sample, env=trust)
    assert inside == alone
    assert f"{18 - entries} entries checked" in inside[1]


def test_asking_a_running_daemon_to_watch_says_it_does_not(daemon: Daemon) -> None:
    again = daemon.carekb("daemon", "start", "--watch")
    assert again.returncode == 0
    assert "already running" in again.stdout and "without --watch" in again.stdout
    assert "watching" not in daemon.carekb("daemon", "status").stdout
