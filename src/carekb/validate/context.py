"""What a lint rule sees: the knowledge base, its options, and a way to report."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from carekb import clock
from carekb.model import Document, Entry, Finding, Fix, JsonPath, KnowledgeBase, Level
from carekb.project import Project

if TYPE_CHECKING:
    from carekb.trust.approvals import ReviewVerdict
    from carekb.trust.audit import History


@dataclass(frozen=True)
class AuditVerdict:
    """What the audit rules report of one entry's checked history, and nothing more.

    The history itself (every line of the log, parsed) is dropped as soon as this is
    taken from it: kept for every entry of a run it was the largest part of a cold
    lint's memory (about 13 KB an entry, over a gigabyte at 100,000 entries)."""

    log_problems: tuple[tuple[int, str], ...]  # the log's own breaks: line, message
    disagreements: tuple[str, ...]  # how the review block disagrees with the history
    unresolved: tuple[tuple[int, str], ...]  # unproven events nobody answered: line, why

    @classmethod
    def of(cls, history: History, entry: Entry) -> AuditVerdict:
        from carekb.trust.audit import block_disagreements

        problems = tuple((problem.line, problem.message) for problem in history.log.problems)
        if problems:  # a broken log cannot say what the block should be, nor prove anything
            return cls(problems, (), ())
        return cls(
            (),
            tuple(block_disagreements(history, entry)),
            tuple((checked.event.line, checked.reason) for checked in history.unresolved),
        )


@dataclass(frozen=True)
class RuleContext:
    rule: str
    level: Level
    options: Mapping[str, Any]
    kb: KnowledgeBase
    project: Project
    # The date rules judge "expired" and "due" by: one value per lint run, set
    # by the caller of lint() (tests fix it), else carekb.clock.today().
    today: dt.date = field(default_factory=clock.today)
    # Scratch space shared by every rule of one lint run, so that work several
    # rules need (verifying an entry's approvals) is done once.
    shared: dict[Any, Any] = field(default_factory=dict, compare=False)
    # Whether findings in a file are wanted (lint of some paths only). A finding
    # elsewhere is dropped by the engine, so its position, which can cost a
    # careful re-read of the file, is not worked out.
    wanted: Callable[[str], bool] = field(default=lambda _path: True, compare=False)
    # Whether a folder (relative to the root, ending in "/") may hold a file whose
    # findings are wanted: a rule that walks the project's folders skips the others.
    wanted_folder: Callable[[str], bool] = field(default=lambda _folder: True, compare=False)
    # Every file whose findings are wanted, where the caller knows them (the warm lint's
    # files to work out again, from the stat walk it took first); else None. A rule
    # that walks the project for files reads these instead of walking it again.
    candidates: frozenset[str] | None = field(default=None, compare=False)

    def audit_verdicts(self) -> list[tuple[Entry, AuditVerdict]]:
        """Every entry whose id no other entry shares, with what its checked audit
        history tells the audit rules.

        Checked once per run for the audit rules together, for the entries
        whose findings are wanted (:meth:`checked`), one history at a time. An entry
        sharing its id is left out: whose log would ``kb/audit/<id>.jsonl`` be?
        (duplicate-id says so first.)
        """
        from carekb.trust.audit import entry_history

        key = ("audit-verdicts",)
        if key not in self.shared:
            ids = self.kb.by_id()
            self.shared[key] = [
                (entry, AuditVerdict.of(entry_history(self.project.root, self.kb, entry.id), entry))
                for entry in self.checked()
                if len(ids.get(entry.id, [])) == 1
            ]
        verdicts: list[tuple[Entry, AuditVerdict]] = self.shared[key]
        return verdicts

    def checked(self) -> list[Entry]:
        """The entries whose own findings are wanted: all of them, unless the lint
        covers some paths only (``carekb lint FILE``).

        A rule that looks across entries still looks things up in all of
        ``kb``, but reports (and so works out) findings about these only.
        """
        key = ("checked",)
        if key not in self.shared:
            self.shared[key] = [e for e in self.kb.entries if self.wanted(e.path)]
        checked: list[Entry] = self.shared[key]
        return checked

    def verdict(self, entry: Entry) -> ReviewVerdict:
        """The entry's :func:`~carekb.trust.approvals.review_verdict`, computed once per run."""
        from carekb.trust.approvals import review_verdict

        key = ("verdict", entry.path, entry.id)
        if key not in self.shared:
            self.shared[key] = review_verdict(entry, self.kb, self.project.policy, self.today)
        verdict: ReviewVerdict = self.shared[key]
        return verdict

    def approval_findings(self, kind: str, field: str) -> Iterator[Finding]:
        """A finding at ``field`` of every approval whose check came out as ``kind``.

        The approval rules (signature, signer, revoked key) differ only in the
        kind of failure they report and the field they point at.
        """
        for entry in self.kb.entries:
            if not entry.fields.review.approvals:
                continue  # nothing to verify, and no reason to load cryptography
            for approval in self.verdict(entry).checks:
                if approval.kind == kind:
                    yield self.at(
                        entry.doc,
                        ("review", "approvals", approval.index, field),
                        approval.reason,
                        entry_id=entry.id,
                    )

    def next_review_findings(
        self, message: Callable[[Entry, ReviewVerdict], str | None]
    ) -> Iterator[Finding]:
        """A finding at ``review.next_review`` of every approved entry ``message`` words.

        The review-date rules (expired, due soon) differ only in which verdicts
        they report and how: ``message`` returns the text, or ``None`` to pass.
        """
        for entry in self.kb.entries:
            if entry.status != "approved":
                continue
            text = message(entry, self.verdict(entry))
            if text is not None:
                yield self.at(entry.doc, ("review", "next_review"), text, entry_id=entry.id)

    def at(
        self,
        doc: Document,
        path: JsonPath,
        message: str,
        *,
        key: bool = False,
        entry_id: str | None = None,
        length: int | None = None,
        fix: Fix | None = None,
    ) -> Finding:
        """A finding at the key or value ``path`` of ``doc``.

        ``length`` (characters on the same line) gives the finding an end, and
        ``fix`` a replacement for that span.
        """
        if not self.wanted(doc.path):
            return self.at_line(doc.path, 1, 1, message, entry_id=entry_id)
        where = doc.position(path, key=key)
        finding = self.at_line(doc.path, where.line, where.column, message, entry_id=entry_id)
        if length is None:
            return finding
        return replace(finding, end_line=where.line, end_column=where.column + length, fix=fix)

    def at_line(
        self, path: str, line: int, column: int, message: str, *, entry_id: str | None = None
    ) -> Finding:
        return Finding(
            path=path,
            line=line,
            column=column,
            rule=self.rule,
            level=self.level,
            message=message,
            entry_id=entry_id,
        )
