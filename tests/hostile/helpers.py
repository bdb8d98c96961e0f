"""Shared helpers for the hostile-input tests."""

from __future__ import annotations

import json
import resource
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

HOSTILE = Path(__file__).resolve().parent
CASES = HOSTILE / "cases"

# Lint one project in a child process, with tracemalloc counting what the work
# (not the imports) allocates. The child prints one JSON line.
_LIMITED_LINT = """
import json, resource, sys, time, tracemalloc
from pathlib import Path
from carekb.kb import open_kb
from carekb.load.project import open_project
from carekb.validate import lint
import carekb.validate.rules  # every rule module, imported before counting

project = open_project(Path(sys.argv[1]))
tracemalloc.start()
start = time.process_time()
result = lint(project, open_kb(project))
seconds = time.process_time() - start
peak = tracemalloc.get_traced_memory()[1]
print(json.dumps({
    "peak": peak,
    "seconds": seconds,
    "findings": [f.to_dict() for f in result.findings],
}))
"""


def copy_case(name: str, target: Path) -> Path:
    shutil.copytree(CASES / name, target, ignore=shutil.ignore_patterns(".carekb-cache"))
    return target


def lint_in_limited_child(
    root: Path, *, address_space_mb: int = 1024, timeout: float = 60.0
) -> dict[str, Any]:
    """Lint ``root`` in a child process that may not grow past ``address_space_mb``.

    The limit and the timeout are guards that make a runaway fail fast instead
    of taking the machine with it; the test asserts on the child's own report.
    """

    def limit() -> None:
        size = address_space_mb * 2**20
        resource.setrlimit(resource.RLIMIT_AS, (size, size))

    completed = subprocess.run(
        [sys.executable, "-c", _LIMITED_LINT, str(root)],
        capture_output=True,
        text=True,
        preexec_fn=limit,
        timeout=timeout,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr[-2000:]
    report: dict[str, Any] = json.loads(completed.stdout.strip().splitlines()[-1])
    return report
