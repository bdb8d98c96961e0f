"""The ``expected.txt`` format of case folders, shared by every case runner.

One line per expected finding, ``path:line:col: level rule``, optionally
followed by `` ~ text`` that the finding's message must contain. Blank lines
and lines starting with ``#`` are ignored; an empty file means the case lints
clean. tests/test_cases.py runs tests/cases/; tests/hostile runs its own.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

EXPECTED_LINE = re.compile(r"^\S+:[1-9]\d*:[1-9]\d*: (error|warning) [a-z][a-z0-9-]*$")


def parse_expected(path: Path) -> tuple[list[str], dict[str, list[str]]]:
    """(finding lines, {finding line: [texts its message must contain]})."""
    lines = []
    pinned: dict[str, list[str]] = {}
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        head, sep, text = line.partition(" ~ ")
        head = head.strip()
        if not EXPECTED_LINE.match(head):
            raise AssertionError(
                f"{path}:{number}: expected 'path:line:col: level rule [~ text]', got {raw!r}"
            )
        lines.append(head)
        if sep:
            pinned.setdefault(head, []).append(text.strip())
    return sorted(lines), pinned


def finding_key(finding: Mapping[str, Any]) -> str:
    """A finding (as ``carekb lint --format json`` prints it) as an expected.txt line."""
    return (
        f"{finding['path']}:{finding['line']}:{finding['column']}: "
        f"{finding['level']} {finding['rule']}"
    )


def assert_findings_match(
    findings: list[Mapping[str, Any]], expected: list[str], pinned: Mapping[str, list[str]]
) -> None:
    """The findings are exactly ``expected``, and their messages hold the pinned texts."""
    actual = sorted(finding_key(f) for f in findings)
    details = "\n".join(f"{finding_key(f)} {f['message']}" for f in findings)
    assert actual == expected, f"findings differ; all findings with messages:\n{details}"
    for key, texts in pinned.items():
        messages = [f["message"] for f in findings if finding_key(f) == key]
        for text in texts:
            assert any(text in message for message in messages), (
                f"{key}: no message contains {text!r}; messages: {messages}"
            )
