"""Acceptance cases: every folder under tests/cases/ is a small knowledge base.

Each folder holds ``carekb.yaml``, ``kb/...`` and ``expected.txt``: one line per
expected finding, ``path:line:col: level rule``, optionally followed by
`` ~ text`` that the finding's message must contain. Blank lines and lines
starting with ``#`` are ignored; an empty file means the case lints clean.
Adding a case is adding a folder: the runner finds it by itself.
"""

from __future__ import annotations

import json

import pytest

from case_format import assert_findings_match, parse_expected
from conftest import CASES_DIR


def _case_names():
    return sorted(p.name for p in CASES_DIR.iterdir() if p.is_dir())


CASE_NAMES = _case_names()


def test_cases_are_found():
    assert CASE_NAMES, f"no case folders found under {CASES_DIR}"
    missing = [name for name in CASE_NAMES if not (CASES_DIR / name / "expected.txt").is_file()]
    assert not missing, f"case folders without expected.txt: {missing}"


@pytest.mark.parametrize("name", CASE_NAMES)
def test_case(name, copy_case, run, monkeypatch):
    case = copy_case(name)
    expected, pinned = parse_expected(case / "expected.txt")
    monkeypatch.chdir(case)

    result = run("lint", "--root", case, "--format", "json")

    assert result.exit_code in (0, 1), (
        f"lint should exit 0 or 1, not {result.exit_code}:\n{result.output}"
    )
    try:
        findings = json.loads(result.stdout)
    except json.JSONDecodeError as error:
        raise AssertionError(f"stdout is not JSON ({error}):\n{result.stdout}") from None
    assert_findings_match(findings, expected, pinned)

    wants_error = any(line.split()[1] == "error" for line in expected)
    assert result.exit_code == (1 if wants_error else 0)
