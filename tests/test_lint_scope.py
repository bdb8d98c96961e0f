"""``carekb lint FILE`` finds exactly what a whole lint finds in that file.

A lint of some paths runs the per-entry rules on those files only, and the
cross-file rules (references, duplicate ids, audit logs, safety closure) look
things up in the whole knowledge base but work out findings about those files
only. Neither shortcut may lose or change a finding: for every file of the
test corpora, the one-file lint equals the whole lint's findings in that file.
"""

from __future__ import annotations

import shutil

import pytest

from carekb.load.project import open_project
from carekb.validate.lint import lint_project
from conftest import CORPUS_PROJECTS
from conftest import REPO_ROOT as REPO

PROJECTS = CORPUS_PROJECTS


def _rows(result, path=None):
    return [
        (f.path, f.line, f.column, f.rule, f.level, f.message)
        for f in result.findings
        if path is None or f.path == path
    ]


@pytest.mark.parametrize("source", PROJECTS, ids=lambda p: str(p.relative_to(REPO)) or ".")
def test_one_file_lint_equals_the_whole_lint_in_that_file(source, tmp_path):
    root = tmp_path / "kb-copy"
    shutil.copytree(source, root, ignore=shutil.ignore_patterns(".carekb-cache", "exports"))
    project = open_project(root)
    whole = lint_project(project, use_cache=False)
    files = sorted(p for p in (root / "kb").rglob("*") if p.suffix in (".yaml", ".yml"))
    assert files
    for path in files:
        if path.is_symlink():
            continue
        relative = path.relative_to(root).as_posix()
        one = lint_project(project, [path], use_cache=False)
        assert _rows(one) == _rows(whole, relative), relative
