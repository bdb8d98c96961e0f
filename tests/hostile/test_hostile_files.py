"""Files that are not what they seem: symbolic links out of the project, files that are not YAML.

The case folders cannot hold symbolic links (copying a case follows them), so
these tests make their links at run time.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from carekb.kb import open_kb
from carekb.load.project import open_project

from .helpers import CASES

SECRET = "Secret text from outside the project"


@pytest.fixture
def project(tmp_path, monkeypatch) -> Path:
    root = tmp_path / "project"
    shutil.copytree(CASES / "bom", root)
    (root / "expected.txt").unlink()
    monkeypatch.chdir(root)
    return root


@pytest.fixture
def outside(tmp_path) -> Path:
    """A folder beside the project holding an entry-shaped file with a secret title."""
    folder = tmp_path / "outside"
    folder.mkdir()
    entry = (CASES / "bom" / "kb/faqs/with-bom.yaml").read_bytes()[3:].decode()
    (folder / "leak.yaml").write_text(
        entry.replace("id: with-bom", "id: leak").replace("A question", SECRET)
    )
    return folder


def _lint(run, root: Path) -> tuple[int, list[dict], str]:
    result = run("lint", "--root", root, "--format", "json")
    text = run("lint", "--root", root)
    return result.exit_code, json.loads(result.stdout), text.output


def test_a_symlinked_file_pointing_outside_is_refused_unread(run, project, outside):
    os.symlink(outside / "leak.yaml", project / "kb/faqs/leak.yaml")
    code, findings, text = _lint(run, project)
    assert code == 1
    assert [(f["path"], f["line"], f["column"], f["rule"]) for f in findings] == [
        ("kb/faqs/leak.yaml", 1, 1, "yaml-syntax")
    ]
    assert "symbolic link to outside the project" in findings[0]["message"]
    assert SECRET not in text
    kb = open_kb(open_project(project))
    assert "leak" not in {entry.id for entry in kb.entries}


def test_a_symlinked_folder_pointing_outside_is_not_read(run, project, outside):
    os.symlink(outside, project / "kb/faqs/linked")
    _code, findings, text = _lint(run, project)
    assert SECRET not in text
    assert all(f["path"].startswith("kb/") for f in findings), findings
    kb = open_kb(open_project(project))
    assert "leak" not in {entry.id for entry in kb.entries}
    assert all(SECRET not in doc.text for doc in kb.documents)


def test_a_symlink_to_a_file_inside_the_project_is_read_like_the_file(run, project):
    shared = project / "shared"
    shared.mkdir()
    shutil.move(project / "kb/faqs/with-bom.yaml", shared / "with-bom.yaml")
    os.symlink(shared / "with-bom.yaml", project / "kb/faqs/with-bom.yaml")
    code, findings, _ = _lint(run, project)
    assert (code, findings) == (0, [])


def test_non_yaml_files_are_counted_in_the_summary_and_never_read(run, tmp_path, monkeypatch):
    case = tmp_path / "case"
    shutil.copytree(CASES / "non-yaml-files", case)
    monkeypatch.chdir(case)
    result = run("lint", "--root", case)
    assert result.exit_code == 0, result.output
    # README.md, notes.txt and the editor backup clean.yaml~; hidden files are skipped silently.
    assert "(3 non-YAML files in kb/ ignored)" in result.output
    kb = open_kb(open_project(case))
    assert sorted(doc.path for doc in kb.documents) == ["kb/faqs/clean.yaml", "kb/people.yaml"]


def test_naming_a_non_yaml_file_ignores_it_the_same_way(run, tmp_path, monkeypatch):
    case = tmp_path / "case"
    shutil.copytree(CASES / "non-yaml-files", case)
    monkeypatch.chdir(case)
    # Naming only a file that is not YAML checks nothing: that is refused, not a pass.
    result = run("lint", "--root", case, "--format", "json", "kb/README.md")
    assert "kb/README.md is not a YAML file, so 'carekb lint kb/README.md' would check nothing" in (
        result.output
    )
    assert result.exit_code == 2
