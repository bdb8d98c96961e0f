"""A pipe named like a file (an entry, a picture, an audit log, any file the private-key
rule scans) is refused as unreadable: opening a pipe waits for a writer, so reading one
would stop the run for ever. The real command line, with a time limit."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO_ROOT

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")


def _sample_with_pipes(root: Path) -> Path:
    root.mkdir()
    shutil.copy(REPO_ROOT / "carekb.yaml", root / "carekb.yaml")
    shutil.copytree(REPO_ROOT / "kb", root / "kb")
    os.mkfifo(root / "kb" / "techniques" / "pipe.yaml")
    picture = sorted((root / "kb" / "pictures").glob("*.png"))[0]
    picture.unlink()
    os.mkfifo(picture)
    log = sorted((root / "kb" / "audit").glob("*.jsonl"))[0]
    log.unlink()
    os.mkfifo(log)
    os.mkfifo(root / "notes.txt")
    return root


@pytest.mark.parametrize("flags", [(), ("--no-cache",)], ids=["cached", "no-cache"])
def test_lint_refuses_pipes_and_finishes(tmp_path: Path, flags: tuple[str, ...]) -> None:
    root = _sample_with_pipes(tmp_path / "piped")
    done = subprocess.run(
        [sys.executable, "-m", "carekb", "lint", "--format", "json", *flags],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=120,  # the bug this guards against is a run that never ends
        env={
            **os.environ,
            "PYTHONPATH": str(REPO_ROOT / "src"),
            "CAREKB_TRUST": str(REPO_ROOT / "demo-keys" / "trust.yaml"),
        },
    )
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode == 1, done.stderr
    findings = json.loads(done.stdout)
    about_pipe = [f for f in findings if f["path"] == "kb/techniques/pipe.yaml"]
    assert about_pipe and "not a regular file" in about_pipe[0]["message"], done.stdout
    about_log = [f for f in findings if "audit log: not a regular file" in f["message"]]
    assert about_log, done.stdout
