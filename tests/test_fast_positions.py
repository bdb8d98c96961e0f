"""Every finding sits where the careful parser would put it.

Lint reads most files through libyaml and takes a finding's line and column
from libyaml's own marks; the careful parser (ruamel.yaml) is what the rest
of carekb trusts for positions. For every knowledge base among the test
corpora (acceptance cases, content cases, hostile cases, the sample), the
findings of a normal lint and of one where every file is read carefully must
be the same, positions included.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from carekb.load import reader
from carekb.load.project import open_project
from carekb.validate.lint import lint_project
from conftest import CORPUS_PROJECTS
from conftest import REPO_ROOT as REPO

PROJECTS = CORPUS_PROJECTS


def test_there_are_corpora_to_compare():
    assert len(PROJECTS) > 40


def _findings(root: Path) -> list[tuple[object, ...]]:
    result = lint_project(open_project(root), use_cache=False)
    return [(f.path, f.line, f.column, f.rule, f.message) for f in result.findings]


@pytest.mark.parametrize("source", PROJECTS, ids=lambda p: str(p.relative_to(REPO)) or ".")
def test_fast_and_careful_positions_agree_on_every_finding(source, tmp_path, monkeypatch):
    root = tmp_path / "kb-copy"
    shutil.copytree(source, root, ignore=shutil.ignore_patterns(".carekb-cache", "exports"))
    fast = _findings(root)
    monkeypatch.setattr(reader, "fast_read", lambda _text: None)  # every file careful
    careful = _findings(root)
    assert fast == careful
