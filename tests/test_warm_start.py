"""A lint whose stored result stands starts no more than it needs.

When nothing the lint reads has changed, the stored result is printed: the
rules are not imported (risky-claim's patterns alone take a fifth of a second
to compile) and no word list is loaded. Run as a user runs it, in a new process.
"""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

from conftest import REPO_ROOT
from lint_support import lint_in_new_process

# carekb's command line, then which of carekb's heavier modules the process imported.
_DRIVER = """
import atexit, sys
heavy = ("carekb.validate.rules", "carekb.validate.claims", "wordfreq")
loaded = lambda: [m for m in heavy if m in sys.modules]
atexit.register(lambda: print("imported:", *loaded(), file=sys.stderr))
from carekb.cli.main import main
sys.argv[0] = "carekb"
main()
"""


def _lint(root: Path) -> tuple[list[dict], list[str]]:
    return lint_in_new_process(_DRIVER, root, marker="imported:")


def test_an_unchanged_project_is_answered_without_importing_the_rules(tmp_path):
    root = tmp_path / "sample"
    shutil.copytree(REPO_ROOT / "kb", root / "kb")
    shutil.copy(REPO_ROOT / "carekb.yaml", root / "carekb.yaml")
    past = time.time() - 3600  # old enough for the result to be kept
    for folder, _, files in os.walk(root):
        for name in files:
            os.utime(os.path.join(folder, name), (past, past))
    first, imported = _lint(root)
    assert "carekb.validate.claims" in imported  # the rules ran
    assert first  # the sample's findings (no trust root here)
    second, imported = _lint(root)
    assert second == first
    assert imported == []


def test_the_cycle_collector_is_on_again_after_a_warm_lint(tmp_path, run, monkeypatch):
    """A warm lint pauses Python's cycle collector while it reads the index; a process
    that lives on (the review desk, an editor) must get it back, also when the warm lint
    gives way to a lint afresh."""
    import gc

    root = tmp_path / "sample"
    shutil.copytree(REPO_ROOT / "kb", root / "kb")
    shutil.copy(REPO_ROOT / "carekb.yaml", root / "carekb.yaml")
    monkeypatch.chdir(root)
    paused: list[bool] = []
    import carekb.validate.incremental as incremental

    real = incremental.fresh_files
    monkeypatch.setattr(
        incremental, "fresh_files", lambda *a: paused.append(gc.isenabled()) or real(*a)
    )
    assert gc.isenabled()
    for _ in range(2):  # afresh, then warm (the files are too young to be left unread)
        assert run("lint").exit_code in (0, 1)
        assert gc.isenabled()
    assert paused == [False]
