"""Nothing lost: a sign-off interrupted at any step, and an export that fails half-way.

A sign-off writes the entry (temporary file, write, fsync, chmod, rename,
fsync of the folder) and then appends one line to its audit log (open, write,
fsync). Here a crash is injected at every one of those steps in turn (an
exception that nothing is allowed to swallow, like Ctrl-C; a write that stops
half-way, like a full disk). After each, the entry is the old file or the new
one, complete; the log is the old log or the old log plus the one new line;
the two agree; no temporary file is left; and running the same command again
gives exactly what an uninterrupted run gives.
"""

from __future__ import annotations

import dataclasses
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
    assert steps.index("os.replace") < steps.index("os.write")  # the entry, then the log


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


# A hard kill (no exception handler runs) between the entry's rename and the log.
_KILL_AFTER_RENAME = """
import os, sys
from carekb.load import writer
real = os.replace
def replace(src, dst):
    real(src, dst)
    if str(dst).endswith("cat-cow.yaml"):
        os._exit(137)
os.replace = replace
from carekb.cli.main import main
sys.argv = ["carekb", "review", "approve", "cat-cow", "--as", "rev-a"]
main()
"""


def test_a_hard_kill_between_entry_and_log_is_caught_by_lint(requested):
    before = _state(requested, "cat-cow")
    env = {
        **os.environ,
        "CAREKB_ROOT": str(requested.root),
        "CAREKB_KEY_DIR": str(requested.keys),
        "CAREKB_NOW": NOW,
    }
    done = subprocess.run(
        [sys.executable, "-c", _KILL_AFTER_RENAME], env=env, capture_output=True, timeout=60
    )
    assert done.returncode == 137, done.stderr
    state = _state(requested, "cat-cow")
    # Both files complete: the new entry, the old log. Nothing half-written...
    assert state.entry != before.entry and state.log == before.log and state.leftovers == ()
    # ...and lint says the approval has no record in the log, so a person looks.
    rules = requested.rules()
    assert rules & {"audit-chain", "review-state"}, requested.lint()
