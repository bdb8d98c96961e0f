"""``carekb lint`` as a Python API: open, check, keep.

1. recall: when nothing the lint reads has changed, the last result stands
   (:mod:`carekb.load.cache`; stat only, nothing is read);
2. open: :func:`carekb.kb.open_kb`, reusing parsed files by content;
3. check: every rule (:func:`carekb.validate.engine.lint`), reusing the
   per-entry findings of unchanged files and the signatures verified before;
4. keep: the result and the memos for next time.

Printing the findings is the caller's (:mod:`carekb.report`).
:mod:`carekb.render.export` is the same pipeline with a gate for the check.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from carekb import clock
from carekb.kb import open_kb
from carekb.load import cache
from carekb.model import Finding
from carekb.project import Project
from carekb.trust import verified
from carekb.validate.engine import LintResult, lint


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
    day = today or clock.today()
    if not use_cache:
        return lint(project, open_kb(project, extra=chosen, trust=trust), only=chosen, today=day)
    key = cache.fingerprint(project, chosen, day, trust)
    name = f"lint-{key.scope}.json"
    stored = cache.recall(project, name, key)
    if stored is not None and (result := _result(stored)) is not None:
        return result
    memos = cache.read_memos(project, day, trust)
    verified.remember(cache.read_verified(project))
    kb = open_kb(project, extra=chosen, trust=trust, memo=memos.parsed)
    result = lint(project, kb, only=chosen, today=day, memo=memos.findings)
    cache.write_memos(project, memos, kb)
    cache.write_verified(project, verified.used())
    if not result.clock_bound:  # a time in the future today may not be one later today
        cache.keep(project, name, key, _record(result))
    return result


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
