"""Hostile files are refused quickly, in bounded memory, with a finding.

"Billion laughs" alias bombs and deep nesting are small files that make a
careless loader (or anything that later walks the data: JSON Schema, hashing,
templates) run for minutes or take gigabytes. Each is linted in a child
process that may not grow past 1 GB and must finish within a generous 60 s;
the child measures what the work allocated (tracemalloc), which must stay
under 100 MB, and the file must be refused with a finding at a line.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import CASES_DIR

from .helpers import CASES, copy_case, lint_in_limited_child

LIMIT_BYTES = 100 * 2**20

# (case folder, the one file in it that must be refused)
BOMBS = [
    (CASES_DIR / "alias-bomb", "kb/faqs/laughs.yaml"),  # classic: 9 aliases a level
    (CASES / "alias-doubling", "kb/faqs/doubling.yaml"),  # two a level, under the alias limit
    (CASES / "alias-depth", "kb/faqs/deep-chain.yaml"),  # depth multiplied through aliases
    (CASES / "deep-nesting", "kb/faqs/brackets.yaml"),  # 1,000 nested lists
]


@pytest.mark.parametrize(("case", "bad"), BOMBS, ids=[c.name for c, _ in BOMBS])
def test_a_small_hostile_file_is_refused_in_bounded_memory(case: Path, bad: str, tmp_path):
    root = tmp_path / case.name
    shutil.copytree(case, root)
    assert (root / bad).stat().st_size < 4000  # a few KB at most; most under 1 KB
    report = lint_in_limited_child(root)
    refused = [f for f in report["findings"] if f["path"] == bad]
    assert [f["rule"] for f in refused] == ["yaml-syntax"], report["findings"]
    assert refused[0]["line"] > 1 and refused[0]["column"] > 1
    assert "refused" in refused[0]["message"]
    assert report["peak"] < LIMIT_BYTES, f"allocated {report['peak']:,} bytes"


def test_a_file_over_the_size_limit_is_not_read(tmp_path):
    root = copy_case("size-limit", tmp_path / "size-limit")
    big = root / "kb/faqs/big.yaml"
    # A hundred times the configured limit, and nothing a parser would enjoy.
    big.write_bytes(b"a: &a [" + b"*a, " * 50_000 + b"]\n")
    report = lint_in_limited_child(root)
    assert [(f["path"], f["line"], f["rule"]) for f in report["findings"]] == [
        ("kb/faqs/big.yaml", 1, "yaml-syntax")
    ]
    assert "over the limit of 2,000" in report["findings"][0]["message"]
    assert report["peak"] < LIMIT_BYTES
