"""Broken and odd files: one case folder each under tests/hostile/cases/.

Each folder is a tiny knowledge base with an ``expected.txt`` in the format of
tests/cases/ (see tests/case_format.py). Inputs that cannot live in git as
they are (CRLF line endings, lines of 300,000 characters) are stored plainly
and made hostile by a ``PREPARE`` step named in the case's expected.txt.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from case_format import assert_findings_match, parse_expected

from .helpers import CASES


def _crlf(*names: str) -> Callable[[Path], None]:
    def prepare(case: Path) -> None:
        for name in names:
            path = case / name
            path.write_bytes(path.read_bytes().replace(b"\n", b"\r\n"))

    return prepare


def _long_lines(case: Path) -> None:
    comment = case / "kb/faqs/long-comment.yaml"
    comment.write_text("# " + "x" * 300_000 + "\n" + comment.read_text())
    tags = case / "kb/faqs/long-tags.yaml"
    # 4,000 tags (44,000 characters): below the 5,000 values a file may hold.
    items = ", ".join(f"tag{i:06d}" for i in range(4_000))
    text = tags.read_text().replace(
        "language: en\n", f"language: en\ntags: [{items}, Not A Slug]\n"
    )
    tags.write_text(text)


PREPARE: dict[str, Callable[[Path], None]] = {
    "crlf": _crlf("kb/faqs/windows.yaml", "kb/faqs/windows-typo.yaml"),
    "conflict-leftovers": _crlf("kb/faqs/separator.yaml"),
    "long-lines": _long_lines,
}
CASE_NAMES = sorted(p.name for p in CASES.iterdir() if p.is_dir())


def lint_json(run, case: Path) -> tuple[int, list[dict]]:
    result = run("lint", "--root", case, "--format", "json")
    assert result.exit_code in (0, 1), result.output
    return result.exit_code, json.loads(result.stdout)


@pytest.fixture
def hostile_case(tmp_path, monkeypatch):
    def copy(name: str) -> Path:
        case = tmp_path / name
        shutil.copytree(CASES / name, case)
        PREPARE.get(name, lambda _: None)(case)
        monkeypatch.chdir(case)
        return case

    return copy


def test_every_case_has_expectations_and_every_prepare_step_a_case():
    assert CASE_NAMES
    assert [n for n in CASE_NAMES if not (CASES / n / "expected.txt").is_file()] == []
    assert set(PREPARE) <= set(CASE_NAMES)


@pytest.mark.parametrize("name", CASE_NAMES)
def test_case(name, hostile_case, run):
    case = hostile_case(name)
    expected, pinned = parse_expected(case / "expected.txt")
    exit_code, findings = lint_json(run, case)
    assert_findings_match(findings, expected, pinned)
    wants_error = any(line.split()[1] == "error" for line in expected)
    assert exit_code == (1 if wants_error else 0)


def test_prepared_files_are_what_the_cases_say(hostile_case):
    crlf = hostile_case("crlf") / "kb/faqs/windows.yaml"
    assert crlf.read_bytes().count(b"\r\n") == crlf.read_bytes().count(b"\n") > 5
    long = hostile_case("long-lines") / "kb/faqs/long-comment.yaml"
    assert max(len(line) for line in long.read_text().splitlines()) > 300_000
