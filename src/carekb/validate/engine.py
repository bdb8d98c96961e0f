"""Run every enabled rule over a loaded knowledge base and collect findings."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from carekb import clock, progress
from carekb.errors import CarekbError
from carekb.model import Entry, Finding, KnowledgeBase, Level
from carekb.project import Project
from carekb.validate.context import RuleContext
from carekb.validate.parallel import in_pieces, split_off, start_split
from carekb.validate.suppress import apply_suppressions
from carekb.workers import abandon_started

if TYPE_CHECKING:
    from carekb.validate.settings import RuleSetting


@dataclass
class LintResult:
    findings: list[Finding] = field(default_factory=list)
    files: int = 0
    entries: int = 0
    ignored: list[str] = field(default_factory=list)  # non-YAML files in scope, not read

    @property
    def clock_bound(self) -> bool:
        """Whether a finding may go away as the clock moves on (a ``CLOCK`` rule's)."""
        return bool(clock_rules() & {f.rule for f in self.findings})

    @property
    def errors(self) -> int:
        return sum(1 for f in self.findings if f.level is Level.ERROR)

    @property
    def warnings(self) -> int:
        return sum(1 for f in self.findings if f.level is Level.WARNING)

    def exit_code(self, *, strict: bool = False) -> int:
        if self.errors or (strict and self.findings):
            return 1
        return 0


def lint(
    project: Project,
    kb: KnowledgeBase,
    only: Iterable[Path] = (),
    *,
    today: dt.date | None = None,
    memo: FindingMemo | None = None,
    cross_file: Iterable[Finding] | None = None,
    fresh: frozenset[str] | None = None,
    cap: bool = True,
) -> LintResult:
    """Lint ``kb``; with ``only``, report just the files under those paths.

    Cross-file rules always see the whole knowledge base, so a file linted on
    its own still gets its references checked. ``today`` is the date review
    expiry is judged by (default: :func:`carekb.clock.today`). ``memo`` (the
    lint cache, valid for this roster, config and date) holds the per-entry
    rules' findings by file content: entries found there are not checked again.
    ``cross_file`` stands in for the cross-file rules' findings (from
    :func:`cross_file_findings` on an earlier model): an editor's keystroke
    then costs the per-entry rules on one file only.

    ``fresh`` narrows further what is worked out (not what is counted): only
    findings in the files it names are looked for, because the caller (the
    warm lint, :mod:`carekb.validate.incremental`) holds the others already.
    ``cap=False`` leaves every finding in, for a caller that caps after
    adding its own (:func:`cap_findings` counts per file, so that is the same).
    """
    # The rules are imported here, not at the top: a lint whose stored result stands
    # (nothing changed) never needs them, and importing them compiles hundreds of
    # patterns.
    from carekb.validate.settings import resolve_settings

    settings = resolve_settings(project)  # raises ConfigError before any work
    scope = scope_of(project, only)
    chosen = scope_test(scope)

    wanted = chosen if fresh is None else _both(chosen, fresh.__contains__)
    # The files whose findings are wanted, where they are known: a rule that walks the
    # project for files (private-key) reads these instead.
    candidates = None if fresh is None else frozenset(path for path in fresh if chosen(path))
    day = today or clock.today()
    check = _checker(project, day, wanted, scope_folders(scope), candidates)
    local, whole = _running(settings, local=True), _running(settings, local=False)
    # A per-entry rule depends on its own file only (the LOCAL contract), so the
    # entries outside ``only`` need not be checked by one: linting one file of a
    # large knowledge base (an editor, the review desk) costs one file's work.
    outside = [e for e in kb.entries if not wanted(e.path)]
    checked = split_off(kb, outside) if outside else kb

    def check_share(rules: list[RuleSetting], share: KnowledgeBase) -> list[Finding]:
        """``rules`` (PER_ENTRY) over the whole knowledge base, for ``share``'s entries."""
        mine = frozenset(entry.path for entry in share.entries)
        share_wanted = _both(wanted, mine.__contains__)
        narrowed = _checker(project, day, share_wanted, scope_folders(scope), candidates)
        return narrowed(rules, kb)

    # The per-entry rules start first, in workers where the knowledge base is large, and
    # the cross-file rules run here meanwhile: neither reads what the other finds.
    # The cross-file rules that work per entry go with them where they can (_Beside).
    handed = _Beside(
        [s for s in whole if s.rule.per_entry] if cross_file is None else [], check_share
    )
    local_findings, taken = _start_local_findings(checked, local, check, memo, handed)
    try:
        here = [s for s in whole if s not in taken]
        found_whole = list(cross_file) if cross_file is not None else check(here, kb)
        # (A share whose worker failed is worked here, where it may raise in turn.)
        findings = local_findings() + found_whole
    except BaseException:
        abandon_started()  # no worker is left waiting to send what nobody will read
        raise
    # Inline "# carekb: disable=..." comments; may add unused-suppression findings.
    # A directive covers findings in its own file only, so the files whose
    # findings are not wanted need not be read for them.
    levels = {setting.rule.id: setting.level for setting in settings}
    read = dataclasses.replace(kb, documents=tuple(d for d in kb.documents if wanted(d.path)))
    findings = [f for f in apply_suppressions(read, findings, levels) if wanted(f.path)]
    docs = [d for d in kb.documents if chosen(d.path)]
    entries = [e for e in kb.entries if chosen(e.path)]
    ignored = [path for path, _ in kb.ignored if chosen(path)]
    unique = sorted(set(findings))
    return LintResult(
        findings=cap_findings(unique) if cap else unique,
        files=len(docs),
        entries=len(entries),
        ignored=ignored,
    )


def cross_file_findings(
    project: Project, kb: KnowledgeBase, *, today: dt.date | None = None
) -> list[Finding]:
    """What the enabled cross-file rules find in ``kb`` (before inline suppressions).

    For :func:`lint`'s ``cross_file``: a long-running process (the language
    server) works this out in the background and reuses it between saves.
    """
    from carekb.validate.settings import resolve_settings

    settings = resolve_settings(project)
    check = _checker(project, today or clock.today(), lambda path: True, lambda folder: True)
    return check(_running(settings, local=False), kb)


# A file with one mistake repeated thousands of times needs the first few
# findings and a count, not a screenful per value.
MAX_FINDINGS_PER_RULE = 20


def cap_findings(findings: list[Finding], limit: int = MAX_FINDINGS_PER_RULE) -> list[Finding]:
    """At most ``limit`` findings per file and rule (in order), then one saying how many more."""
    seen: dict[tuple[str, str], list[Finding]] = {}
    kept: list[Finding] = []
    for finding in findings:
        group = seen.setdefault((finding.path, finding.rule), [])
        group.append(finding)
        if len(group) <= limit:
            kept.append(finding)
    for group in seen.values():
        if len(group) > limit:
            first_hidden = group[limit]
            more = len(group) - limit
            kept.append(
                Finding(
                    path=first_hidden.path,
                    line=first_hidden.line,
                    column=first_hidden.column,
                    rule=first_hidden.rule,
                    message=f"... and {more:,} more '{first_hidden.rule}' "
                    f"{'finding' if more == 1 else 'findings'} in this file, not shown: "
                    "fix the ones above first",
                    level=max((f.level for f in group[limit:]), key=_severity),
                    entry_id=first_hidden.entry_id,
                )
            )
    return sorted(kept)


def _severity(level: Level) -> int:
    return 1 if level is Level.ERROR else 0


def _checker(
    project: Project,
    day: dt.date,
    wanted: Callable[[str], bool],
    wanted_folder: Callable[[str], bool],
    candidates: frozenset[str] | None = None,
) -> Check:
    """A function running rules over a view of the knowledge base, for this run."""

    def check(rules: list[RuleSetting], view: KnowledgeBase) -> list[Finding]:
        shared: dict[Any, Any] = {}  # one scratch space per process and view
        found: list[Finding] = []
        for setting in rules:
            ctx = RuleContext(
                rule=setting.rule.id,
                level=setting.level,
                options=setting.options,
                kb=view,
                project=project,
                today=day,
                shared=shared,
                wanted=wanted,
                wanted_folder=wanted_folder,
                candidates=candidates,
            )
            found.extend(setting.rule.check(ctx))
        return found

    return check


FindingMemo = dict[str, Any]
"""``path`` NUL ``content digest`` -> the per-entry rules' findings (as dicts)."""

Check = Callable[[list["RuleSetting"], KnowledgeBase], list[Finding]]


@dataclass(frozen=True)
class _Beside:
    """Cross-file rules that work per entry (``PER_ENTRY``), and how to run them for one
    share of the entries with the whole knowledge base at hand."""

    rules: list[RuleSetting]
    check_share: Callable[[list[RuleSetting], KnowledgeBase], list[Finding]]


def _start_local_findings(
    kb: KnowledgeBase,
    rules: list[RuleSetting],
    check: Check,
    memo: FindingMemo | None,
    beside: _Beside,
) -> tuple[Callable[[], list[Finding]], list[RuleSetting]]:
    """The per-entry rules over every entry, from ``memo`` where the file is unchanged:
    started now, given by the function returned; with them, the rules of ``beside``
    where every entry is checked afresh (the rules returned: the caller runs the others).

    A local rule that reads more than its own file (``CACHEABLE = False``)
    always runs; an entry a ``CLOCK`` rule reports is not memoised. The rules of
    ``beside`` run where each share's files are checked: an approval's signature,
    which its audit log repeats, is then verified in one process, not here and again
    in a worker (a cold lint of 10,000 entries verified each approval twice). Where
    the memo holds some entries, the rules of ``beside`` are left to the caller,
    which works them out for every entry (the memo holds none of their findings).
    """
    cacheable = [s for s in rules if s.rule.cacheable]
    always = [s for s in rules if not s.rule.cacheable]
    keys: dict[int, str] = {}
    known: list[Entry] = []
    if memo is not None:
        keys = {id(e): f"{e.path}\0{e.doc.digest}" for e in kb.entries if e.doc.digest}
        known = [e for e in kb.entries if keys.get(id(e)) in memo]
    todo = split_off(kb, known) if known else kb
    taken = [] if known else beside.rules
    # Where every entry is checked afresh, the rules that always run go with the others,
    # in the same workers: in workers of their own, they read every entry's fields again
    # (a cold lint of 10,000 entries forked two more processes, half a second of CPU each).
    together, apart = ([], always) if known else (always, [])
    progress.stage("checking entries", len(todo.entries))
    started = [start_split(kb, lambda view: check(apart, view), _preparer(apart))] if apart else []

    def share(view: KnowledgeBase) -> list[Finding]:
        # The rules of ``beside`` first: audit-chain verifies each approve event, whose
        # signature vouches for the approval it holds (carekb.trust.verified.vouch), so
        # the approval rules after it verify no approval's signature a second time.
        first = beside.check_share(taken, view) if taken else []
        return first + in_pieces(view, lambda piece: check(cacheable + together, piece))

    afresh = start_split(todo, share, _preparer([*cacheable, *together]))
    # Findings of these are not kept by file: the memo holds the cacheable rules' only.
    handed = frozenset(setting.rule.id for setting in [*taken, *together])

    def findings() -> list[Finding]:
        found = [finding for pending in started for finding in pending()]
        fresh = afresh()
        if memo is not None:
            found += (Finding.from_dict(item) for e in known for item in memo[keys[id(e)]])
            _remember(memo, keys, todo, [f for f in fresh if f.rule not in handed])
        return found + fresh

    return findings, taken


def preparation(project: Project) -> Callable[[], None]:
    """What prepares every per-entry rule ``project`` runs (:data:`RuleSpec.prepare`),
    for a caller with time to spare before they run: a lint of every entry prepares
    them while workers parse the files (:func:`carekb.kb.open_kb`'s ``meanwhile``),
    not after, when it is all this process does and a core waits. Preparing is done
    once: :func:`lint` asking again costs nothing. The rules are imported then too, not
    before the workers start: a configuration they cannot read is reported by
    :func:`lint`, as ever, and prepares nothing here."""

    def prepare() -> None:
        from carekb.validate.settings import resolve_settings

        try:
            settings = resolve_settings(project)
        except CarekbError:  # a configuration it cannot read: lint() says so
            return
        _preparer(_running(settings, local=True))()

    return prepare


def _running(settings: list[RuleSetting], *, local: bool) -> list[RuleSetting]:
    """The rules of ``settings`` that run (not off): those that check each entry on its
    own (``local``), or the cross-file ones."""
    return [s for s in settings if s.level is not Level.OFF and s.rule.local == local]


def _preparer(rules: list[RuleSetting]) -> Callable[[], None]:
    """What prepares ``rules`` for checking entries (:data:`RuleSpec.prepare`), once,
    before workers are forked to check them."""
    chosen = [setting.rule.prepare for setting in rules if setting.rule.prepare is not None]

    def prepare() -> None:
        for one in chosen:
            one()

    return prepare


def _remember(
    memo: FindingMemo, keys: dict[int, str], todo: KnowledgeBase, fresh: list[Finding]
) -> None:
    """Keep in ``memo`` the per-entry findings of every entry of ``todo`` checked afresh,
    unless a ``CLOCK`` rule reported it (tomorrow may differ)."""
    by_path: dict[str, list[dict[str, Any]]] = {}
    for finding in fresh:
        by_path.setdefault(finding.path, []).append(finding.to_dict())
    timed = clock_rules()
    for entry in todo.entries:
        found = by_path.get(entry.path, [])
        if id(entry) in keys and not any(item["rule"] in timed for item in found):
            memo[keys[id(entry)]] = found


def clock_rules() -> frozenset[str]:
    """The ids of the rules that set ``CLOCK``."""
    from carekb.validate.rules import RULES

    return frozenset(rule.id for rule in RULES if rule.clock)


def scope_of(project: Project, only: Iterable[Path]) -> list[str]:
    """The paths ``only`` names, as :func:`scope_test` compares them."""
    return [project.relative(p).rstrip("/") for p in only]


def scope_test(scope: list[str]) -> Callable[[str], bool]:
    """Whether a file is one of, or under one of, the paths of ``scope`` (all if empty)."""
    if not scope or any(s in ("", ".") for s in scope):
        return lambda _path: True
    return _scope_test(tuple(scope))


# One test for each scope, however many times it is asked for: a lint of one file asks
# for it in three places, each of which would work out every file's answer again.
@functools.lru_cache(maxsize=8)
def _scope_test(scope: tuple[str, ...]) -> Callable[[str], bool]:
    exact = frozenset(scope)
    under = tuple(s + "/" for s in scope)
    return _Remembered(lambda path: path in exact or path.startswith(under)).__getitem__


class _Remembered(dict[str, bool]):
    """A test of paths that works out each path's answer once: a lint of one file asks
    about every file of the knowledge base several times (a dictionary look-up costs
    a fraction of a call)."""

    def __init__(self, test: Callable[[str], bool]) -> None:
        super().__init__()
        self._test = test

    def __missing__(self, path: str) -> bool:
        answer = self[path] = self._test(path)
        return answer


def _both(one: Callable[[str], bool], other: Callable[[str], bool]) -> Callable[[str], bool]:
    return lambda path: one(path) and other(path)


def scope_folders(scope: list[str]) -> Callable[[str], bool]:
    """Whether a folder (relative to the root, ending in "/") may hold a file
    :func:`scope_test` accepts: one of the paths of ``scope`` lies under it, or it lies
    under one of them."""
    if not scope or any(s in ("", ".") for s in scope):
        return lambda _folder: True
    under = tuple(s + "/" for s in scope)
    return lambda folder: folder.startswith(under) or any(s.startswith(folder) for s in scope)
