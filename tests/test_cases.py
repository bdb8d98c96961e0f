"""Acceptance cases: every folder under tests/cases/ is a small knowledge base.

Each folder holds ``carekb.yaml``, ``kb/...`` and ``expected.txt``: one line per
expected finding, ``path:line:col: level rule``, optionally followed by
`` ~ text`` that the finding's message must contain. Blank lines and lines
starting with ``#`` are ignored; an empty file means the case lints clean.
Adding a case is adding a folder: the runner finds it by itself.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from conftest import CASES_DIR


def _case_names():
    return sorted(p.name for p in CASES_DIR.iterdir() if p.is_dir())


CASE_NAMES = _case_names()
_EXPECTED_LINE = re.compile(r"^\S+:[1-9]\d*:[1-9]\d*: (error|warning) [a-z][a-z0-9-]*$")


def _parse_expected(path: Path):
    """(finding lines, {finding line: [texts its message must contain]})."""
    lines = []
    pinned: dict[str, list[str]] = {}
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        head, sep, text = line.partition(" ~ ")
        head = head.strip()
        if not _EXPECTED_LINE.match(head):
            raise AssertionError(
                f"{path}:{number}: expected 'path:line:col: level rule [~ text]', got {raw!r}"
            )
        lines.append(head)
        if sep:
            pinned.setdefault(head, []).append(text.strip())
    return sorted(lines), pinned


def _key(finding) -> str:
    return (
        f"{finding['path']}:{finding['line']}:{finding['column']}: "
        f"{finding['level']} {finding['rule']}"
    )


def test_cases_are_found():
    assert CASE_NAMES, f"no case folders found under {CASES_DIR}"
    missing = [name for name in CASE_NAMES if not (CASES_DIR / name / "expected.txt").is_file()]
    assert not missing, f"case folders without expected.txt: {missing}"


@pytest.mark.parametrize("name", CASE_NAMES)
def test_case(name, copy_case, run, monkeypatch):
    case = copy_case(name)
    expected, pinned = _parse_expected(case / "expected.txt")
    monkeypatch.chdir(case)

    result = run("lint", "--root", case, "--format", "json")

    assert result.exit_code in (0, 1), (
        f"lint should exit 0 or 1, not {result.exit_code}:\n{result.output}"
    )
    try:
        findings = json.loads(result.stdout)
    except json.JSONDecodeError as error:
        raise AssertionError(f"stdout is not JSON ({error}):\n{result.stdout}") from None
    actual = sorted(_key(f) for f in findings)
    details = "\n".join(f"{_key(f)} {f['message']}" for f in findings)
    assert actual == expected, f"findings differ; all findings with messages:\n{details}"

    for key, texts in pinned.items():
        messages = [f["message"] for f in findings if _key(f) == key]
        for text in texts:
            assert any(text in message for message in messages), (
                f"{key}: no message contains {text!r}; messages: {messages}"
            )

    wants_error = any(line.split()[1] == "error" for line in expected)
    assert result.exit_code == (1 if wants_error else 0)
