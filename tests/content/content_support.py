"""Helpers for the content-rule tests: run lint in-process on a folder, read expectations.

Kept out of a ``conftest.py`` on purpose: ``tests/conftest.py`` is imported by
name (``from conftest import ...``) and a second module called ``conftest``
would shadow it.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from click.testing import CliRunner, Result

from carekb.cli.main import cli

CONTENT_DIR = Path(__file__).resolve().parent
CASES_DIR = CONTENT_DIR / "cases"
REPO_ROOT = CONTENT_DIR.parent.parent

# "Today" for every content test, so that `accessed` dates do not go stale.
FIXED_NOW = "2026-06-01T12:00:00Z"


def case_names() -> list[str]:
    if not CASES_DIR.is_dir():
        return []
    return sorted(p.name for p in CASES_DIR.iterdir() if p.is_dir())


def copy_case(name: str, target: Path) -> Path:
    """A fresh copy of ``cases/<name>`` under ``target``, so tests never write to the repo."""
    copy = target / name
    shutil.copytree(CASES_DIR / name, copy)
    return copy


def run_cli(*args: object) -> Result:
    """``carekb ARGS`` in-process, with the clock fixed."""
    return CliRunner().invoke(
        cli, [str(a) for a in args], env={"CAREKB_NOW": FIXED_NOW}, catch_exceptions=False
    )


def lint_json(root: Path, *paths: object) -> tuple[int, list[dict[str, object]]]:
    """(exit code, findings) of ``carekb lint --format json`` in ``root``."""
    result = run_cli("lint", "--root", root, "--format", "json", *paths)
    assert result.exit_code in (0, 1), f"lint exited {result.exit_code}:\n{result.output}"
    return result.exit_code, json.loads(result.stdout)


def key(finding: dict[str, object]) -> str:
    """A finding as an ``expected.txt`` line: ``path:line:col: level rule``."""
    return (
        f"{finding['path']}:{finding['line']}:{finding['column']}: "
        f"{finding['level']} {finding['rule']}"
    )


def parse_expected(path: Path) -> tuple[list[str], dict[str, list[str]]]:
    """The expected finding lines, and texts their messages must contain.

    One line per finding, ``path:line:col: level rule``, optionally followed by
    `` ~ text`` (or several: `` ~ one ~ two``). Blank lines and ``#`` comments
    are ignored; an empty file means the case lints clean.
    """
    lines: list[str] = []
    pinned: dict[str, list[str]] = {}
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        head, sep, text = line.partition(" ~ ")
        head = head.strip()
        parts = head.split()
        if len(parts) != 3 or parts[1] not in ("error", "warning"):
            raise AssertionError(f"{path}:{number}: expected 'path:line:col: level rule [~ text]'")
        lines.append(head)
        if sep:
            pinned.setdefault(head, []).extend(t.strip() for t in text.split(" ~ "))
    return sorted(lines), pinned
