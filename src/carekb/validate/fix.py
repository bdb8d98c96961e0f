"""``carekb lint --fix``: apply the repairs that cannot change what an entry means.

A rule offers a repair by giving its finding a :class:`~carekb.model.Fix`
marked ``safe`` (quoting an ambiguous scalar, say); rewording suggestions are
never applied. Each file is repaired under its entry's lock through the one
writer (:func:`carekb.load.writer.write_edits`), which refuses any result that
reads back differently or touches the ``review:`` block.
"""

from __future__ import annotations

import contextlib
import difflib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from carekb.errors import CarekbError
from carekb.load.audit import audit_log_path, entry_lock_path
from carekb.load.reader import load_bytes
from carekb.load.writer import TextEdit, exclusive_lock, splice_edits, write_edits
from carekb.model import Finding, is_entry_id
from carekb.project import Project


@dataclass(frozen=True)
class Repair:
    """What one file gets: its findings that were repaired, and the text before and after."""

    path: str  # relative to the project root
    fixed: tuple[Finding, ...]
    before: bytes
    after: bytes

    def diff(self) -> str:
        """A unified diff of the repair, as ``git diff`` shows it."""
        old = self.before.decode("utf-8-sig").splitlines(keepends=True)
        new = self.after.decode("utf-8-sig").splitlines(keepends=True)
        return "".join(difflib.unified_diff(old, new, f"a/{self.path}", f"b/{self.path}"))


def fixable(findings: Iterable[Finding]) -> list[Finding]:
    """The findings with a safe repair whose span is known."""
    return [
        f
        for f in findings
        if f.fix is not None and f.fix.safe and f.end_line == f.line and f.end_column
    ]


def repair(project: Project, findings: Sequence[Finding], *, write: bool) -> list[Repair]:
    """Apply (``write``) or only work out the safe repairs among ``findings``, file by file."""
    by_path: dict[str, list[Finding]] = {}
    for finding in fixable(findings):
        by_path.setdefault(finding.path, []).append(finding)
    return [
        _repair_file(project, path, found, write=write) for path, found in sorted(by_path.items())
    ]


def _repair_file(project: Project, path: str, findings: list[Finding], *, write: bool) -> Repair:
    target = project.root / path
    edits = [_edit(f) for f in findings]
    sets = {f.fix.field: f.fix.replacement for f in findings if f.fix and f.fix.field}
    if not write:
        before = target.read_bytes()
        return Repair(path, tuple(findings), before, splice_edits(before, edits))
    lock, entry_id = _lock_for(project, target)
    locks = {lock}
    if "id" in sets and is_entry_id(sets["id"]):  # the review workflow's lock for the new id too
        locks.add(entry_lock_path(project.root, sets["id"]))
    with contextlib.ExitStack() as held:
        for each in sorted(locks):  # always in one order, so two repairs never deadlock
            held.enter_context(exclusive_lock(each))
        if "id" in sets:
            _require_no_history(project, target, entry_id, sets["id"])
        before = target.read_bytes()
        after = write_edits(target, edits, old=before, sets=sets)
    return Repair(path, tuple(findings), before, after)


def _require_no_history(project: Project, target: Path, old: str, new: str) -> None:
    """An id is changed only while no audit log is filed under it (or under the new one)."""
    for entry_id in (old, new):
        log = audit_log_path(project.root, entry_id)
        if log.exists():
            raise CarekbError(
                f"{target.name}: not changing its id, as {project.relative(log)} holds a "
                "review history",
                hint=f"rename the file to '{old}.yaml' instead; nothing was changed",
            )


def _edit(finding: Finding) -> TextEdit:
    assert finding.fix is not None and finding.end_column is not None  # see fixable()
    return TextEdit(finding.line, finding.column, finding.end_column, finding.fix.replacement)


def _lock_for(project: Project, target: Path) -> tuple[Path, str]:
    """The entry's lock, the one the review workflow takes before it writes the file."""
    doc = load_bytes(target.read_bytes(), target.name)
    entry_id = doc.data.get("id") if doc.ok else None
    if not isinstance(entry_id, str) or not is_entry_id(entry_id):
        raise CarekbError(
            f"{target} has no valid id, so carekb cannot lock it for a repair",
            hint="fix the id first; nothing was changed",
        )
    return entry_lock_path(project.root, entry_id), entry_id
