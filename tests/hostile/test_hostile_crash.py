"""Nothing lost: a sign-off interrupted at any step, and an export that fails half-way.

A sign-off appends one signed line to the entry's audit log (open, write,
fsync) and then writes the entry (temporary file, write, fsync, chmod, rename,
fsync of the folder). Here a crash is injected at every one of those steps in turn (an
exception that nothing is allowed to swallow, like Ctrl-C; a write that stops
half-way, like a full disk). After each, the entry is the old file or the new
one, complete; the log is the old log or the old log plus the one new line;
the two agree; no temporary file is left; and running the same command again
gives exactly what an uninterrupted run gives.
"""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from carekb.load import writer
from carekb.load.audit import line_hash
from carekb.load.project import open_project
from carekb.review import workflow
from carekb.trust.audit import read_audit_log
from review.helpers import Kb, make_kb

NOW = "2026-05-04T10:00:00Z"


class Crash(BaseException):
    """An interruption at one step; a BaseException, as KeyboardInterrupt is."""


@dataclasses.dataclass
class Injector:
    """Counts the file-system steps of a sign-off and crashes at step ``at`` (1-based)."""

    at: int | None = None
    steps: list[str] = dataclasses.field(default_factory=list)
    active: bool = False
    fired: bool = False

    def step(self, name: str) -> bool:
        """Record a step; whether to crash at it."""
        if not self.active or self.fired:
            return False
        self.steps.append(name)
        if self.at is not None and len(self.steps) == self.at:
            self.fired = True
            return True
        return False

    def wrap(self, name: str, real: Callable[..., Any]) -> Callable[..., Any]:
        def call(*args: Any, **kwargs: Any) -> Any:
            if self.step(name):
                raise Crash(name)
            return real(*args, **kwargs)

        return call


def _install(monkeypatch: pytest.MonkeyPatch, injector: Injector) -> None:
    real_write = os.write

    def write(fd: int, data: Any) -> int:
        if injector.step("os.write"):
            real_write(fd, bytes(data)[: max(1, len(data) // 2)])  # half a line reaches the disk
            raise Crash("os.write")
        return real_write(fd, data)

    real_fdopen = os.fdopen

    def fdopen(*args: Any, **kwargs: Any) -> Any:
        handle = real_fdopen(*args, **kwargs)
        real_handle_write = handle.write

        def handle_write(data: bytes) -> int:
            if injector.step("file.write"):
                real_handle_write(data[: len(data) // 2])
                handle.flush()
                raise Crash("file.write")
            return real_handle_write(data)

        handle.write = handle_write
        return handle

    monkeypatch.setattr(os, "write", write)
    monkeypatch.setattr(os, "fdopen", fdopen)
    for name in ("fsync", "chmod", "replace", "open", "lseek", "close", "ftruncate"):
        monkeypatch.setattr(os, name, injector.wrap(f"os.{name}", getattr(os, name)))
    monkeypatch.setattr(tempfile, "mkstemp", injector.wrap("mkstemp", tempfile.mkstemp))
    for name in ("_fsync_dir",):
        monkeypatch.setattr(writer, name, injector.wrap(name, getattr(writer, name)))

    # Count only the writing itself (not reading the knowledge base or taking the lock).
    real_commit = workflow._commit

    def commit(*args: Any, **kwargs: Any) -> Any:
        injector.active = True
        try:
            return real_commit(*args, **kwargs)
        finally:
            injector.active = False

    monkeypatch.setattr(workflow, "_commit", commit)


@dataclasses.dataclass(frozen=True)
class State:
    entry: bytes
    log: bytes
    leftovers: tuple[str, ...]


def _state(kb: Kb, entry_id: str) -> State:
    log = kb.root / "kb" / "audit" / f"{entry_id}.jsonl"
    leftovers = tuple(
        sorted(p.name for p in (kb.root / "kb").rglob("*") if p.name.endswith(".tmp"))
    )
    return State(
        kb.path(entry_id).read_bytes(), log.read_bytes() if log.exists() else b"", leftovers
    )


def _approve(kb: Kb) -> None:
    workflow.approve(open_project(kb.root), "cat-cow", "rev-a")


@pytest.fixture
def requested(tmp_path, monkeypatch) -> Kb:
    kb = make_kb(tmp_path)
    kb.ok("review", "request", "cat-cow", "--as", "author-a", now=NOW)
    monkeypatch.setenv("CAREKB_KEY_DIR", str(kb.keys))
    monkeypatch.setenv("CAREKB_NOW", NOW)
    return kb


def _fresh(requested: Kb, tmp_path: Path, name: str) -> Kb:
    root = tmp_path / name
    shutil.copytree(requested.root, root, symlinks=True)
    return dataclasses.replace(requested, root=root)


@pytest.fixture
def reference(requested: Kb, tmp_path, monkeypatch) -> tuple[State, State, list[str]]:
    """Before and after an uninterrupted approval, and the steps it took."""
    kb = _fresh(requested, tmp_path, "reference")
    before = _state(kb, "cat-cow")
    injector = Injector()
    with monkeypatch.context() as patch:
        _install(patch, injector)
        _approve(kb)
    after = _state(kb, "cat-cow")
    assert after.entry != before.entry and after.log.startswith(before.log)
    assert after.log.count(b"\n") == before.log.count(b"\n") + 1
    return before, after, injector.steps


def test_the_sign_off_steps_are_the_ones_this_test_interrupts(reference):
    _, _, steps = reference
    for expected in ("mkstemp", "file.write", "os.fsync", "os.replace", "os.write"):
        assert expected in steps, steps
    assert steps.index("os.write") < steps.index("os.replace")  # the log, then the entry


def test_a_crash_at_any_step_leaves_old_or_new_never_half(
    requested, reference, tmp_path, monkeypatch
):
    before, after, steps = reference
    assert len(steps) >= 8
    for at in range(1, len(steps) + 1):
        kb = _fresh(requested, tmp_path, f"crash-{at}")
        injector = Injector(at=at)
        with monkeypatch.context() as patch:
            _install(patch, injector)
            with pytest.raises(Crash):
                _approve(kb)
        state = _state(kb, "cat-cow")
        where = f"crash at step {at} ({steps[at - 1]})"
        assert state.entry in (before.entry, after.entry), where
        assert state.log in (before.log, after.log), f"{where}: the log holds half a line"
        assert (state.entry == after.entry) == (state.log == after.log), f"{where}: disagree"
        assert state.leftovers == (), where
        log = read_audit_log(kb.root, "cat-cow")
        assert log.ok, (where, log.problems)
        # Nothing is stuck: the same command, run again, lands as if never interrupted.
        if state.entry == before.entry:
            _approve(kb)
        assert _state(kb, "cat-cow") == after, where


def test_a_disk_full_half_way_through_the_log_line_takes_the_half_back(tmp_path, monkeypatch):
    log = tmp_path / "x.jsonl"
    log.write_bytes(b'{"seq":1}\n')
    real_write = os.write

    def short_then_full(fd: int, data: Any) -> int:
        if len(data) > 4:
            return real_write(fd, bytes(data)[:4])
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "write", short_then_full)
    with pytest.raises(OSError, match="No space"):
        writer.append_line(log, b'{"seq":2,"event":"approve"}\n')
    monkeypatch.undo()
    assert log.read_bytes() == b'{"seq":1}\n'


# A hard kill (no exception handler runs) after the log line, before the entry's rename.
_KILL_BEFORE_RENAME = """
import os, sys
real = os.replace
def replace(src, dst):
    if str(dst).endswith("cat-cow.yaml"):
        os._exit(137)
    real(src, dst)
os.replace = replace
from carekb.cli.main import main
sys.argv = ["carekb", "review", *sys.argv[1:]]
main()
"""


def _kill_during(kb: Kb, *args: str) -> subprocess.CompletedProcess[bytes]:
    env = {
        **os.environ,
        "CAREKB_ROOT": str(kb.root),
        "CAREKB_KEY_DIR": str(kb.keys),
        "CAREKB_NOW": NOW,
    }
    return subprocess.run(
        [sys.executable, "-c", _KILL_BEFORE_RENAME, *args],
        env=env,
        capture_output=True,
        timeout=60,
    )


def test_a_hard_kill_between_log_and_entry_is_completed_by_running_it_again(requested, reference):
    _, after, _ = reference
    before = _state(requested, "cat-cow")
    done = _kill_during(requested, "approve", "cat-cow", "--as", "rev-a")
    assert done.returncode == 137, done.stderr
    state = _state(requested, "cat-cow")
    # Both files complete: the old entry, the new log. Nothing half-written...
    assert state.entry == before.entry and state.log == after.log
    # ...lint says the two disagree and what to do...
    found = [m for rule, m in requested.lint() if rule == "audit-chain"]
    assert any("(it was interrupted, or the file was rolled back" in m for m in found), found
    # ...and the same command, run again, completes it (and clears the killed run's
    # temporary file): as if never interrupted.
    again = requested.ok("review", "approve", "cat-cow", "--as", "rev-a", now=NOW)
    assert "(interrupted, or the file rolled back); completed it now" in again.output
    assert _state(requested, "cat-cow") == after
    assert not [r for r, _ in requested.lint() if r.startswith("audit")]


def test_a_request_killed_half_way_never_leaves_the_entry_stuck(tmp_path):
    kb = make_kb(tmp_path)
    kb.ok("review", "request", "cat-cow", "--as", "author-a", now=NOW)
    kb.ok("review", "approve", "cat-cow", "--as", "rev-a", now=NOW)
    kb.edit("cat-cow", "hold_seconds: 3", "hold_seconds: 5")
    done = _kill_during(kb, "request", "cat-cow", "--as", "author-a")
    assert done.returncode == 137, done.stderr
    assert "status: approved" in kb.text("cat-cow")  # the entry was not written...
    # ...but a reviewer can go on: approving completes the request first.
    approved = kb.ok("review", "approve", "cat-cow", "--as", "rev-b", now=NOW)
    assert "status approved" in approved.output
    events = [e["event"] for e in kb.log_lines("cat-cow")]
    assert events == ["request", "approve", "request", "approve"]
    assert not [r for r, _ in kb.lint() if r.startswith("audit")]


def test_a_forged_pending_event_is_never_written_into_the_entry(tmp_path):
    kb = make_kb(tmp_path)
    kb.ok("review", "request", "cat-cow", "--as", "author-a")
    log = kb.root / "kb" / "audit" / "cat-cow.jsonl"
    lines = log.read_bytes().splitlines()
    forged = json.loads(lines[-1])
    forged.update(seq=2, prev=line_hash(lines[-1]), event="approve", actor="rev-a")
    forged["review"] = {"status": "approved", "next_review": "2099-01-01"}
    forged.pop("signature")
    log.write_bytes(log.read_bytes() + json.dumps(forged).encode() + b"\n")
    kb.ok("review", "reject", "cat-cow", "--as", "rev-b", "--comment", "Not yet.")
    assert "status: approved" not in kb.text("cat-cow")
    assert "status: changes_requested" in kb.text("cat-cow")
