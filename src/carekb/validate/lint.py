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
from carekb.errors import EXIT_USAGE, CarekbError
from carekb.kb import open_kb
from carekb.load import cache
from carekb.load.knowledge import YAML_SUFFIXES
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
    for path in chosen:
        _require_something_to_check(path)
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
