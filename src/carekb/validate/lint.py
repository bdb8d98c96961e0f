"""``carekb lint`` as a Python API: open, check, keep.

1. recall: when nothing the lint reads has changed, the last result stands
   (:mod:`carekb.load.cache`; stat only, nothing is read);
2. open: :func:`carekb.kb.open_kb`; warm (the lint index holds the last lint
   of the whole project, :mod:`carekb.validate.incremental`), entry files the
   stat says are unchanged are left unread; otherwise every file is parsed
   (libyaml, on every core);
3. check: every rule (:func:`carekb.validate.engine.lint`); warm, for the files
   a change can affect only, the index holding the others' findings; else
   reusing the per-entry findings of unchanged files; the signatures verified
   before are not verified again, and the words the content rules looked up
   before are answered from memory (:mod:`carekb.validate.wordmemory`);
4. keep: the result, the index and the memos for next time.

Printing the findings is the caller's (:mod:`carekb.report`).
:mod:`carekb.render.export` is the same pipeline with a gate for the check.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import itertools
import operator
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from carekb import clock
from carekb.errors import EXIT_USAGE, CarekbError
from carekb.kb import open_kb
from carekb.load import cache
from carekb.load.knowledge import YAML_SUFFIXES, ChangedUnderfoot, KnownFile
from carekb.model import Finding, KnowledgeBase
from carekb.project import Project
from carekb.trust import verified
from carekb.validate import incremental, lazyre, parallel, wordmemory
from carekb.validate.engine import (
    FindingMemo,
    LintResult,
    cap_findings,
    clock_rules,
    lint,
    preparation,
    scope_of,
    scope_test,
)


def lint_project(
    project: Project,
    paths: Iterable[Path] = (),
    *,
    trust: Path | None = None,
    today: dt.date | None = None,
    use_cache: bool = True,
) -> LintResult:
    """Lint ``project``, reporting files under ``paths`` (default: all of them).

    ``trust`` names the clinical leads' trust root (else ``$CAREKB_TRUST`` or
    the default file); a named one that cannot be read stops here (exit 2).
    ``use_cache=False`` lints every file afresh and writes no cache.
    """
    chosen = list(paths)
    for path in chosen:
        _require_something_to_check(path)
    day = today or clock.today()
    with _no_cycle_collection():
        try:
            return _lint_once(project, chosen, trust=trust, day=day, use_cache=use_cache)
        except ChangedUnderfoot:
            # A file was saved while it was being read (its text is read again after the
            # parse, where a worker parsed it): once more, from the bytes it holds now. A
            # second time, the user hears of it (exit 2).
            return _lint_once(project, chosen, trust=trust, day=day, use_cache=use_cache)


def _lint_once(
    project: Project, chosen: list[Path], *, trust: Path | None, day: dt.date, use_cache: bool
) -> LintResult:
    if not use_cache:
        return lint(project, open_kb(project, extra=chosen, trust=trust), only=chosen, today=day)
    key = cache.fingerprint(project, chosen, day, trust)
    name = f"lint-{key.scope}.json"
    stored = cache.recall(project, name, key)
    if stored is not None and (result := _result(stored)) is not None:
        return result
    context = cache.index_context(project, trust)
    earlier = cache.read_verified(project)
    verified.remember(earlier)
    words_key = cache.code_key(wordmemory.sources())
    earlier_words = cache.read_words(project, words_key)
    wordmemory.remember(earlier_words)
    programs_key, earlier_programs = _recall_programs()
    result = None
    in_kb = all(_in_kb(project, path) for path in chosen)
    if in_kb and not cache.tampered(project):
        result = _warm(project, chosen, key, context, trust=trust, day=day)
    whole = result is None and in_kb  # every file is linted afresh
    every_entry = False
    if result is None:
        result, every_entry = _afresh(
            project, chosen, key, context, trust=trust, day=day, index=in_kb
        )
    tokens = _verified_to_keep(earlier, whole)
    if tokens is not None:
        cache.write_verified(project, tokens)
    # Likewise the words: only a lint that checked every entry asked about all of them.
    words = wordmemory.used()
    if not every_entry:
        words = wordmemory.merged(earlier_words, words)
    if words != earlier_words:
        cache.write_words(project, words_key, words)
    _keep_programs(programs_key, earlier_programs)
    if not result.clock_bound:  # a time in the future today may not be one later today
        cache.keep(project, name, key, _record(result))
    return result


def _verified_to_keep(earlier: list[str], whole: bool) -> list[str] | None:
    """The tokens of the signatures verified to keep for the next run, or ``None`` when
    they are ``earlier`` as read. Only a lint of every file afresh relies on every
    signature: after any other, the earlier ones are kept too (the warm lint of one
    edit checks few)."""
    used = verified.used()
    if not whole and _in_order(earlier) and set(earlier).issuperset(used):
        # Nothing new: what sorting them all and comparing would find, at a fifth of
        # the cost (20,000 tokens at 10,000 entries).
        return None
    tokens = sorted({*used, *(() if whole else earlier)})
    return None if tokens == earlier else tokens


def _in_order(items: list[str]) -> bool:
    """Whether ``items`` are sorted, none twice."""
    return all(map(operator.lt, items, itertools.islice(items, 1, None)))


def _recall_programs() -> tuple[str, dict[str, lazyre.Program]]:
    """The compiled expressions earlier runs kept (in the user's cache, whatever the
    project), now known to :mod:`lazyre`, and their key."""
    key = cache.code_key()
    earlier = cache.read_compiled(key)
    lazyre.remember(earlier)
    return key, earlier


def _keep_programs(key: str, earlier: dict[str, lazyre.Program]) -> None:
    """Keep every expression any run compiled: a bounded set (the rules' own), so
    unlike the answers about words it is never narrowed to what this run used."""
    learned = lazyre.learned()
    if learned.keys() - earlier.keys():
        cache.write_compiled(key, {**earlier, **learned})


def _afresh(
    project: Project,
    chosen: list[Path],
    key: cache.Fingerprint,
    context: cache.IndexContext,
    *,
    trust: Path | None,
    day: dt.date,
    index: bool,
) -> tuple[LintResult, bool]:
    """Lint with the memos of file contents only. With ``index`` (``chosen`` is empty or
    inside ``kb/``), lint the whole project and keep the index a warm lint starts from
    (:mod:`carekb.validate.incremental`), then report ``chosen``: a one-file lint that
    finds no index it can use (a fresh clone, a new carekb, a changed config, a branch
    switched) builds one, once, instead of every one-file lint after it linting the
    whole project again without one (at 10,000 entries, about 6 s a run, until the
    whole project was linted). Also whether every entry was checked (none had its
    findings from the memo)."""
    memos = cache.read_memos(project, day, trust)
    every_entry = index and not memos.findings
    # Where no entry's findings are known, every per-entry rule will run: prepared while
    # the files are parsed (about half a second of a cold lint of 10,000 entries).
    meanwhile = preparation(project) if not memos.findings else None
    kb = open_kb(project, extra=chosen, trust=trust, listed=key, meanwhile=meanwhile)
    if index:
        whole = lint(project, kb, today=day, memo=memos.findings, cap=False)
        by_path = _by_path(whole.findings)
        cache.write_index(project, _index(context.key, day, key, kb, by_path, memos.findings))
        result = _narrow(project, kb, whole.findings, whole.ignored, chosen)
    else:  # files outside kb/ (``carekb lint examples/``): no index holds them
        result = lint(project, kb, only=chosen, today=day, memo=memos.findings)
    cache.write_memos(project, memos, kb)
    return result, every_entry


def _warm(
    project: Project,
    chosen: list[Path],
    key: cache.Fingerprint,
    context: cache.IndexContext,
    *,
    trust: Path | None,
    day: dt.date,
) -> LintResult | None:
    """The whole project linted from the index, reading only the files a change can
    affect, then narrowed to ``chosen``; or, when ``chosen`` holds few entries, those
    alone (:func:`_warm_scoped`); ``None`` when the index cannot serve."""
    from carekb.validate.rules import RULES

    index = cache.read_index(project, context.key)
    if index is None:
        return None
    window = project.policy.due_warning_days
    try:
        dated = incremental.dated_files(index, day, window, context.days)
    except cache.IndexUnreadable:
        return None
    if dated is None:
        return None
    rules = [r.id for r in RULES if not r.local]
    changed = incremental.changes(index, key.files, rules, dated)
    if changed is None:
        return None
    try:
        kb = open_kb(project, trust=trust, known=changed.known, listed=key)
        if chosen and _few(project, kb, chosen):
            return _warm_scoped(project, chosen, kb, index, changed, day=day)
        fresh = incremental.fresh_files(index, kb, changed, clock_rules())
        count = sum(1 for e in kb.entries if e.path in fresh)
        if _most(count, len(kb.entries)):
            return None  # about as much work as linting afresh
        memo = {
            f"{path}\0{changed.known[path].digest}": list(local or [])
            for path in fresh
            if changed.reusable(path) and (local := index.local.get(path, [])) is not None
        }
        found = lint(project, kb, today=day, memo=memo, fresh=fresh, cap=False)
    except ChangedUnderfoot:
        return None  # a file changed as it was read: lint afresh
    except cache.IndexUnreadable:
        return None  # its findings were not kept with its outlines: lint afresh
    # The index's findings of the files not worked out again stay as it holds them;
    # only those a lint of ``chosen`` reports are made Findings.
    by_path = _by_path(found.findings)
    kept = {path: items for path, items in index.findings.items() if path not in fresh}
    by_path.update(kept)
    cache.write_index(
        project, _index(context.key, day, key, kb, by_path, memo, index, changed, fresh)
    )
    wanted = scope_test(scope_of(project, chosen))
    reported = [f for f in found.findings if wanted(f.path)]
    reported += (
        Finding.from_dict(item) for path, items in kept.items() if wanted(path) for item in items
    )
    return _narrow(project, kb, sorted(reported), found.ignored, chosen)


def _most(fresh: int, entries: int) -> bool:
    """Whether ``fresh`` entries to check are too many for the warm lint: half of all
    of them, or more. Fewer are checked in workers as a lint afresh checks them all
    (the first lint of a day rechecks every file with a finding: thousands in a
    newly imported corpus), and the rest is served from the index."""
    return fresh >= parallel.MIN_ENTRIES and 2 * fresh >= entries


def _few(project: Project, kb: KnowledgeBase, chosen: list[Path]) -> bool:
    """Whether ``chosen`` holds few enough entries to check them alone (an editor's
    file, a pre-commit hook's handful) rather than bring the whole index up to date."""
    wanted = scope_test(scope_of(project, chosen))
    return sum(1 for e in kb.entries if wanted(e.path)) < parallel.MIN_ENTRIES


def _warm_scoped(
    project: Project,
    chosen: list[Path],
    kb: KnowledgeBase,
    index: cache.Index,
    changed: incremental.Changes,
    *,
    day: dt.date,
) -> LintResult:
    """``carekb lint FILE`` from the index: every finding about the chosen files is
    worked out now (the cross-file rules look things up in ``kb``, whose unchanged
    entries stand unread), but for the per-entry rules' findings of a chosen file
    that did not change, which the index holds. No other file's findings are
    worked out, so the index is left as it is: the next lint of the whole project
    brings it up to date, and until then every lint sees the same changes."""
    wanted = scope_test(scope_of(project, chosen))
    mine = [e.path for e in kb.entries if wanted(e.path) and changed.reusable(e.path)]
    local = index.local if mine else {}  # the per-entry findings are read only if needed
    memo = {
        f"{path}\0{changed.known[path].digest}": list(held or [])
        for path in mine
        if (held := local.get(path, [])) is not None
    }
    return lint(project, kb, only=chosen, today=day, memo=memo)


@contextlib.contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """A lint without Python's cycle collector, which would otherwise walk every object
    of the knowledge base (and of the warm lint's index) again and again as more are
    made: a fifth of a warm lint of 10,000 entries, and about a second of a cold one's
    main process and half a second of each of its workers, which inherit the setting
    (forked, they also no longer write to every inherited object's header, which
    copied the pages they share with this process). Memory is still freed as objects
    go; only cycles wait until the lint ends, and a lint makes few: about 450 objects
    in the main process of a cold lint of 10,000 entries and 33 to 1,160 in each
    worker (one finding in every entry), measured with the collector off. What the lint
    leaves behind holds more (146,000 objects after that cold lint): they are freed when
    the collector is back on, at the next collection of a long-running process (the
    review desk, the daemon). Not for an export: rendering PDFs made millions of cyclic
    objects (3 GB at 10,000 entries with the collector off)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _in_kb(project: Project, path: Path) -> bool:
    kb_dir = project.kb_dir.resolve()
    resolved = path.resolve()
    return resolved == kb_dir or kb_dir in resolved.parents


def _narrow(
    project: Project,
    kb: KnowledgeBase,
    findings: list[Finding],
    ignored: list[str],
    chosen: list[Path],
) -> LintResult:
    """The findings (sorted, uncapped) and ignored files of a lint of the whole
    project as a lint of ``chosen`` reports them."""
    wanted = scope_test(scope_of(project, chosen))
    return LintResult(
        findings=cap_findings([f for f in findings if wanted(f.path)]),
        files=sum(1 for d in kb.documents if wanted(d.path)),
        entries=sum(1 for e in kb.entries if wanted(e.path)),
        ignored=[path for path in ignored if wanted(path)],
    )


def _by_path(findings: list[Finding]) -> dict[str, list[dict[str, Any]]]:
    """``findings`` (sorted) as the index keeps them: by file, in order."""
    by_path: dict[str, list[dict[str, Any]]] = {}
    for finding in findings:
        by_path.setdefault(finding.path, []).append(finding.to_dict())
    return by_path


def _index(
    context: str,
    day: dt.date,
    key: cache.Fingerprint,
    kb: KnowledgeBase,
    findings: dict[str, list[dict[str, Any]]],
    memo: FindingMemo,
    old: cache.Index | None = None,
    changed: incremental.Changes | None = None,
    fresh: frozenset[str] = frozenset(),
) -> cache.Index:
    """The index after a lint of the whole project. After a warm lint, ``old`` still
    holds what was not worked out again: the record of every entry file ``changed``
    calls unchanged, and the per-entry findings of those outside ``fresh``."""
    index = cache.Index(
        context=context,
        stats={p: s for p, s in key.files.items() if s},
        base=old.base if old is not None else None,
        day=day.isoformat(),
    )
    index.findings = findings
    unchanged = changed.known if changed is not None else {}
    if old is not None:
        index.entries = {p: known for p, known in old.entries.items() if p in unchanged}
        index.local = {
            p: local for p, local in old.local.items() if p in unchanged and p not in fresh
        }
    for entry in kb.entries:
        path = entry.path
        if path in unchanged:
            if path not in fresh:
                continue  # kept as it was, above
        else:
            # Kept even for a file too young to have its stat kept: the next warm lint
            # reads the file again (incremental.changes) but needs what this lint read
            # in it, which the findings of other entries were worked out from.
            doc = entry.doc
            index.entries[path] = KnownFile(
                doc.digest, doc.file_digest, entry.id, entry.kind, entry.outline
            )
        memo_key = f"{path}\0{entry.doc.digest}"
        if memo_key not in memo:
            index.local[path] = None  # not kept (a CLOCK rule's finding): check again
        elif memo[memo_key]:
            index.local[path] = memo[memo_key]
    return index


def lint_text(
    project: Project,
    path: Path,
    text: str,
    *,
    trust: Path | None = None,
    today: dt.date | None = None,
) -> LintResult:
    """Lint ``text`` as if it were the file ``path`` (standard input, an editor's buffer).

    The file need not exist; the rest of the knowledge base is read from disk
    so references are checked as usual. Nothing is cached: the text has no
    file whose state could tell a later run that it is unchanged.
    """
    if not path.name.endswith(YAML_SUFFIXES):
        raise CarekbError(
            f"{path} is not a YAML file name, so its text would check nothing: refused",
            hint="name a .yaml file with --stdin-filename, such as kb/faqs/new-faq.yaml",
        )
    kb = open_kb(project, trust=trust, unsaved={path: text})
    return lint(project, kb, only=[path], today=today or clock.today())


def narrow(
    result: LintResult, *, select: Iterable[str] = (), ignore: Iterable[str] = ()
) -> LintResult:
    """``result`` keeping only the rules in ``select`` (all if empty) and none in ``ignore``.

    Unknown rule ids are refused with the nearest known one, so a typo never
    silently selects nothing.
    """
    chosen, dropped = set(select), set(ignore)
    for rule in sorted(chosen | dropped):
        require_rule_id(rule)
    kept = [
        f for f in result.findings if (not chosen or f.rule in chosen) and f.rule not in dropped
    ]
    return LintResult(
        findings=kept, files=result.files, entries=result.entries, ignored=result.ignored
    )


def require_rule_id(rule: str) -> str:
    """``rule`` if a lint rule has that id; otherwise a usage error naming the nearest one."""
    import difflib

    from carekb.validate.rules import RULES

    known = sorted(spec.id for spec in RULES)
    if rule in known:
        return rule
    close = difflib.get_close_matches(rule, known, n=1)
    raise CarekbError(
        f"no lint rule '{rule}'" + (f"; did you mean '{close[0]}'?" if close else ""),
        hint="'carekb rules' lists the rule ids",
        exit_code=EXIT_USAGE,
    )


def _require_something_to_check(path: Path) -> None:
    """Refuse a PATH that would check nothing: "0 files checked" must never read as a pass."""
    why = _why_nothing(path)
    if why is not None:
        raise CarekbError(
            f"{path} {why}, so 'carekb lint {path}' would check nothing: refused",
            hint="name the YAML files or folders to check, or run 'carekb lint' for all of kb/",
        )


def _why_nothing(path: Path) -> str | None:
    if path.is_symlink():
        return f"is a symbolic link (to {path.readlink()}) and carekb does not follow links"
    if path.is_dir():
        has_yaml = any(p.suffix in YAML_SUFFIXES and p.is_file() for p in path.rglob("*"))
        return None if has_yaml else "holds no .yaml or .yml file"
    if not path.exists():
        return "does not exist"
    return None if path.name.endswith(YAML_SUFFIXES) else "is not a YAML file"


def _record(result: LintResult) -> dict[str, Any]:
    return {
        "files": result.files,
        "entries": result.entries,
        "ignored": result.ignored,
        "findings": [f.to_dict() for f in result.findings],
    }


def _result(stored: dict[str, Any]) -> LintResult | None:
    try:
        return LintResult(
            findings=[Finding.from_dict(item) for item in stored["findings"]],
            files=int(stored["files"]),
            entries=int(stored["entries"]),
            ignored=[str(p) for p in stored["ignored"]],
        )
    except (AttributeError, ValueError, KeyError, TypeError):
        return None  # another version's record: lint afresh
