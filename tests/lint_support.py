"""Helpers for the tests that lint a project as a user does: files aged so the lint
cache keeps its records, and ``carekb lint`` run in a new process."""

from __future__ import annotations

import json
import os
import select
import subprocess
import sys
import time
from pathlib import Path

import carekb


def age(root: Path, seconds: float = 3600) -> None:
    """Make every file under ``root`` ``seconds`` old: old enough for the lint result
    to be remembered (a file younger than ``RACY_NS`` could change again unseen)."""
    past = time.time() - seconds
    for folder, _, files in os.walk(root):
        for name in files:
            os.utime(os.path.join(folder, name), (past, past))


def lint_in_new_process(
    driver: str, root: Path, *args: str, marker: str, env: dict[str, str] | None = None
) -> tuple[list[dict], list[str]]:
    """The JSON findings of ``carekb lint --root ROOT ARGS``, started through the
    Python source ``driver``, and the words after ``marker`` on the last line the
    driver wrote to standard error (what it saw the process do)."""
    environment = {**os.environ, "PYTHONPATH": str(Path(carekb.__file__).parent.parent)}
    environment.update(env or {})
    done = subprocess.run(
        [sys.executable, "-c", driver, "lint", "--format", "json", "--root", str(root), *args],
        capture_output=True,
        text=True,
        env=environment,
        timeout=300,
    )
    assert done.returncode in (0, 1), done.stderr
    last = done.stderr.strip().splitlines()[-1]
    assert last.startswith(marker), done.stderr
    return json.loads(done.stdout), last.split()[1:]


def read_terminal(main: int, seconds: float = 60) -> bytes:
    """All a pseudo-terminal's other side shows, until it is closed (or ``seconds`` pass
    with nothing shown)."""
    shown = b""
    while select.select([main], [], [], seconds)[0]:
        try:
            chunk = os.read(main, 65536)
        except OSError:  # EIO: the other side is closed
            break
        if not chunk:
            break
        shown += chunk
    return shown
