"""A reader of carekb's output that stops reading (``carekb lint | head -1``).

The command ends at once, without "Error: Broken pipe" or a traceback on the terminal,
with the status a shell gives a command a closed pipe stopped (141), whatever printed
last: findings, a rule list, click's help or version. (``tests/test_daemon.py`` holds a
run in the daemon to the same.)
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from carekb.errors import EXIT_OUTPUT_CLOSED
from conftest import CASES_DIR

_SCRIPT = Path(sys.executable).parent / "carekb"
CAREKB = [str(_SCRIPT)] if _SCRIPT.is_file() else [sys.executable, "-m", "carekb"]


def _with_findings(tmp_path: Path) -> Path:
    return Path(shutil.copytree(CASES_DIR / "dangling-reference", tmp_path / "project"))


def _into_closed_pipe(args: list[str], cwd: Path) -> subprocess.CompletedProcess[bytes]:
    """``carekb ARGS`` with its output going to a pipe nobody reads any more."""
    reader, writer = os.pipe()
    os.close(reader)
    try:
        return subprocess.run(
            [*CAREKB, *args],
            cwd=cwd,
            env={**os.environ, "CAREKB_NO_DAEMON": "1"},
            stdout=writer,
            stderr=subprocess.PIPE,
            timeout=120,
            check=False,
        )
    finally:
        os.close(writer)


@pytest.mark.parametrize(
    "args",
    [
        ["lint"],  # findings, then the summary on standard output
        ["lint", "--format", "json"],
        ["rules", "--markdown"],  # more than a pipe holds
        ["--version"],  # printed by click while it reads the arguments
        ["--help"],
        ["lint", "--help"],
    ],
)
def test_a_reader_that_went_away_ends_the_command_quietly(args: list[str], tmp_path: Path) -> None:
    ended = _into_closed_pipe(args, _with_findings(tmp_path))
    assert (ended.returncode, ended.stderr) == (EXIT_OUTPUT_CLOSED, b"")


def test_the_output_still_reaches_a_reader_that_stays(tmp_path: Path) -> None:
    """The same command into a file: every line and the usual status (1: findings)."""
    out = tmp_path / "out.txt"
    with out.open("wb") as handle:
        ended = subprocess.run(
            [*CAREKB, "lint"],
            cwd=_with_findings(tmp_path),
            env={**os.environ, "CAREKB_NO_DAEMON": "1"},
            stdout=handle,
            stderr=subprocess.PIPE,
            timeout=120,
            check=False,
        )
    assert ended.returncode == 1
    assert "dangling-reference" in out.read_text(encoding="utf-8")
