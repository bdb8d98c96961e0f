"""A long lint at a terminal says how far it has got; nowhere else does it say anything."""

from __future__ import annotations

import os
import pty
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from carekb import progress, workers
from conftest import REPO_ROOT
from lint_support import read_terminal

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")

# The real CLI in a process of its own, made to share out the bundled kb to two workers
# and to draw from the start, often: the bundled kb lints in about a second.
SCRIPT = """
import sys, carekb.workers as w, carekb.validate.parallel as p, carekb.load.knowledge as k
import carekb.progress as progress
p.MIN_ENTRIES = 1; k.PARALLEL_MIN_FILES = 1
count = lambda size, minimum: 2 if size else 1
w.worker_count = p.worker_count = k.worker_count = count
progress.SHOW_AFTER = 0.0; progress._REDRAW = 0.01
from carekb.cli.main import main
sys.argv = ["carekb", "lint", "--no-cache", "--root", sys.argv[1]]
main()
"""


def _project(tmp_path: Path) -> Path:
    root = tmp_path / "kb-copy"
    shutil.copytree(REPO_ROOT / "kb", root / "kb")
    shutil.copy(REPO_ROOT / "carekb.yaml", root / "carekb.yaml")
    shutil.copytree(REPO_ROOT / "schemas", root / "schemas")
    return root


def _lint_with_stderr_at_a_terminal(root: Path, env: dict[str, str]) -> tuple[str, str, int]:
    """stdout (a pipe) and stderr (a terminal) of the script's lint of ``root``."""
    main, other = pty.openpty()
    done = subprocess.Popen(
        [sys.executable, "-c", SCRIPT, str(root)],
        stdout=subprocess.PIPE,
        stderr=other,
        stdin=subprocess.DEVNULL,
        env=env,
    )
    os.close(other)
    shown = read_terminal(main)  # until the process closes it
    out, _ = done.communicate(timeout=60)
    os.close(main)
    return out.decode(), shown.decode(), done.returncode


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    return {**env, "PYTHONPATH": str(REPO_ROOT / "src"), **extra}


def test_a_lint_at_a_terminal_says_how_far_it_has_got(tmp_path: Path) -> None:
    root = _project(tmp_path)
    out, shown, code = _lint_with_stderr_at_a_terminal(root, _env())
    assert code == 0, shown
    lines = [line for line in shown.split("\r\x1b[K") if line]
    reading = [line for line in lines if line.startswith("carekb lint: reading files ")]
    checking = [line for line in lines if line.startswith("carekb lint: checking entries ")]
    assert reading and checking, shown
    # Counts of the files and entries, the workers' shares added up, never past the total.
    counted = re.compile(r"(?:files|entries) ([\d,]+)/([\d,]+) \(\d+%\), \d+:\d\d$")
    for line in reading + checking:
        found = counted.search(line)
        assert found, line
        assert int(found[1].replace(",", "")) <= int(found[2].replace(",", ""))
    assert checking[-1].split()[-3].split("/")[1] == "18"  # the bundled kb's entries
    assert shown.endswith("\r\x1b[K")  # the line is cleared before the report
    # The report itself, on stdout, is the report of a lint nobody watched.
    quiet = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(root)],
        capture_output=True,
        text=True,
        env=_env(),
        check=False,
    )
    assert out == quiet.stdout
    assert "carekb lint:" not in quiet.stderr  # no terminal: nothing drawn


def test_under_ci_a_terminal_is_shown_nothing(tmp_path: Path) -> None:
    out, shown, code = _lint_with_stderr_at_a_terminal(_project(tmp_path), _env(CI="true"))
    assert code == 0
    assert "carekb lint:" not in shown
    assert "18 entries checked" in out + shown


def test_the_workers_counts_add_up(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(progress, "wanted", lambda: True)

    def work(part: list[int]) -> list[int]:
        for _ in part:
            progress.advance()
        return part

    with progress.shown("test"):
        progress.stage("counting", 10)
        parts = [[1, 2, 3], [4, 5], [6, 7, 8, 9, 10]]
        assert workers.run_parts(parts, work) == list(range(1, 11))
        assert progress.done() == 10  # here, and in each forked worker on its own counter
        progress.stage("again", 3)
        assert progress.done() == 0
    assert progress.done() == 0  # nothing counted outside the block
    progress.advance()  # and counting there is nothing at all


def test_nothing_is_counted_where_nobody_is_shown(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(progress, "wanted", lambda: False)
    with progress.shown("test"):
        progress.stage("counting", 5)
        progress.advance(5)
        assert progress.done() == 0


@pytest.mark.parametrize(
    ("terminal", "ci", "expected"),
    [(True, None, True), (True, "true", False), (True, "TRUE", False), (False, None, False)],
)
def test_progress_is_wanted_only_at_a_terminal_outside_ci(
    monkeypatch: pytest.MonkeyPatch, terminal: bool, ci: str | None, expected: bool
) -> None:
    class Stderr:  # the process's own standard error, a terminal or not
        def fileno(self) -> int:
            return 2

        def isatty(self) -> bool:
            return terminal

    monkeypatch.setattr(sys, "stderr", Stderr())
    if ci is None:
        monkeypatch.delenv("CI", raising=False)
    else:
        monkeypatch.setenv("CI", ci)
    assert progress.wanted() is expected


def test_outside_the_main_thread_nothing_is_counted(monkeypatch: pytest.MonkeyPatch) -> None:
    # A timer signal reaches the main thread only: a lint run from another thread (a
    # server's) shows nothing, and fails in nothing.
    import threading

    monkeypatch.setattr(progress, "wanted", lambda: True)
    seen: list[int] = []

    def lint_elsewhere() -> None:
        with progress.shown("test"):
            progress.stage("counting", 2)
            progress.advance(2)
            seen.append(progress.done())

    thread = threading.Thread(target=lint_elsewhere)
    thread.start()
    thread.join()
    assert seen == [0]


# A standard error that takes nothing more (a terminal paused with Ctrl-S): the redraw
# must neither wait on it nor run inside itself, and the lint goes on to its end.
PAUSED = """
import fcntl, os, sys, time
from carekb import progress
r, w = os.pipe()
fcntl.fcntl(w, fcntl.F_SETFL, os.O_NONBLOCK)
try:
    while True:
        os.write(w, b"x" * 65536)
except BlockingIOError:
    pass
fcntl.fcntl(w, fcntl.F_SETFL, 0)
saved = os.dup(2)
os.dup2(w, 2)
progress.wanted = lambda: True
progress.SHOW_AFTER = 0.0
progress._REDRAW = 0.002
with progress.shown("carekb lint"):
    progress.stage("checking entries", 10)
    started = time.monotonic()
    while time.monotonic() - started < 1.5:
        sum(range(1000))
os.dup2(saved, 2)
print("went on")
"""


def test_a_paused_terminal_holds_up_nothing() -> None:
    done = subprocess.run(
        [sys.executable, "-c", PAUSED],
        capture_output=True,
        text=True,
        env=_env(),
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == "went on\n"


def test_a_timer_set_by_someone_else_is_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    import signal

    monkeypatch.setattr(progress, "wanted", lambda: True)
    fired: list[int] = []
    before = signal.signal(signal.SIGALRM, lambda signum, frame: fired.append(signum))
    try:
        signal.setitimer(signal.ITIMER_REAL, 30.0)
        with progress.shown("test"):
            progress.stage("counting", 1)
            progress.advance()
            assert progress.done() == 0  # not counted: the timer is the caller's
        remaining, _ = signal.getitimer(signal.ITIMER_REAL)
        assert 20.0 < remaining <= 30.0
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, before)
    assert fired == []


def test_a_standard_error_pointed_elsewhere_is_not_drawn_on(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import io

    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setattr(os, "isatty", lambda fd: True)  # the descriptor is a terminal...
    monkeypatch.setattr(sys, "stderr", io.StringIO())  # ...but stderr is a test's buffer
    assert progress.wanted() is False
