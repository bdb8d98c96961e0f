"""Two reviewers signing the same entry at the same moment, as real processes."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from carekb.load.audit import entry_lock_path
from carekb.load.writer import exclusive_lock
from carekb.trust.audit import read_audit_log

CAREKB = Path(sys.executable).parent / "carekb"


def _start(kb, *args: str) -> subprocess.Popen[str]:
    env = {
        **os.environ,
        "CAREKB_ROOT": str(kb.root),
        "CAREKB_KEY_DIR": str(kb.keys),
    }
    return subprocess.Popen(
        [str(CAREKB), *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def _finish(process: subprocess.Popen[str]) -> str:
    output, _ = process.communicate(timeout=60)
    assert process.returncode == 0, output
    return output


@pytest.mark.skipif(not CAREKB.exists(), reason="the carekb script is not installed")
def test_two_concurrent_approvals_both_land(kb):
    kb.set_policy(approvals_required=2)
    kb.ok("review", "request", "cat-cow", "--as", "author-a")
    # Hold the entry's lock so both processes start, block, and then race for it.
    with exclusive_lock(entry_lock_path(kb.root, "cat-cow")):
        first = _start(kb, "review", "approve", "cat-cow", "--as", "rev-a")
        second = _start(kb, "review", "approve", "cat-cow", "--as", "rev-b")
        time.sleep(1.0)
        assert first.poll() is None and second.poll() is None  # both are waiting
    outputs = _finish(first) + _finish(second)
    assert "1 of 2 approvals" in outputs and "2 of 2 approvals" in outputs

    text = kb.text("cat-cow")
    assert "status: approved" in text
    assert text.count("- by: rev-") == 2
    log = read_audit_log(kb.root, "cat-cow")
    assert log.ok, log.problems
    assert [e.text("event") for e in log.events] == ["request", "approve", "approve"]
    assert kb.lint() == []
    kb.ok("review", "log", "cat-cow", "--verify")


@pytest.mark.skipif(not CAREKB.exists(), reason="the carekb script is not installed")
def test_many_concurrent_commands_on_one_entry_keep_file_and_chain_valid(kb):
    kb.ok("review", "request", "cat-cow", "--as", "author-a")
    processes = [
        _start(kb, "review", "approve", "cat-cow", "--as", reviewer)
        for reviewer in ("rev-a", "rev-b", "rev-a", "rev-b")
    ]
    for process in processes:
        _finish(process)
    log = read_audit_log(kb.root, "cat-cow")
    assert log.ok, log.problems
    assert [e.seq for e in log.events] == [1, 2, 3, 4, 5]
    assert kb.lint() == []
