"""Case 5 of "What is printed is what was signed": where the trust root lives.

A trust root that whoever edits the project (or commits to a repository, or
shares the machine) can change vouches for nothing: swapping the lead key in
it lets an author sign a roster with a reviewer of their own. Every command
names such a trust root on stderr, and ``export --require-trust`` refuses it
unless the publisher says so with ``--allow-unprotected-trust-root``.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from trust.trust_helpers import TrustedKb

FIRST = ("--require-trust", "--first-export")


def _move_trust(kb: TrustedKb, to: Path) -> None:
    to.parent.mkdir(parents=True, exist_ok=True)
    shutil.move(kb.trust_file, to)
    kb.trust_file = to


def _export(kb: TrustedKb, out: Path, *args: str):
    return kb.cli("export", "--format", "markdown", "--out", out, *FIRST, *args)


def test_a_protected_trust_root_is_not_named(kb, tmp_path):
    kb.request_and_approve("move-gently", "rev-b")  # cat-cow is never exported without it
    kb.request_and_approve("cat-cow", "rev-a")
    result = _export(kb, tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert "not protected" not in result.stderr


def test_a_trust_root_inside_the_project_is_named_and_refused(kb, tmp_path):
    kb.request_and_approve("move-gently", "rev-b")  # cat-cow is never exported without it
    kb.request_and_approve("cat-cow", "rev-a")
    _move_trust(kb, kb.root / "trust.yaml")
    lint = kb.cli("lint")
    assert f"warning: the trust root {kb.trust_file} is not protected: it is inside the " in (
        lint.stderr
    )
    assert "project folder" in lint.stderr
    assert "not protected" not in lint.stdout  # machine-readable output stays clean
    out = tmp_path / "out"
    refused = _export(kb, out)
    assert refused.exit_code == 2
    assert f"refused: the trust root {kb.trust_file} is not protected" in refused.stderr
    assert "nothing was exported" in refused.stderr
    assert "--allow-unprotected-trust-root" in refused.stderr
    assert not out.exists()
    allowed = _export(kb, out, "--allow-unprotected-trust-root")
    assert allowed.exit_code == 0, allowed.output
    assert "not protected" in allowed.stderr  # still named, every run
    assert (out / "markdown").is_dir()


def test_a_trust_root_in_a_git_work_tree_is_refused(kb, tmp_path):
    repo = tmp_path / "clinic-config"
    repo.mkdir()
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    _move_trust(kb, repo / "leads" / "trust.yaml")
    result = _export(kb, tmp_path / "out")
    assert result.exit_code == 2
    assert f"it is inside the git work tree {repo.resolve()}" in result.stderr


@pytest.mark.parametrize(
    ("mode", "said"),
    [(0o664, "the file is writable by its group (mode 0664)"), (0o646, "by every user")],
)
def test_a_trust_root_others_can_write_is_refused(kb, tmp_path, mode, said):
    kb.trust_file.chmod(mode)
    result = _export(kb, tmp_path / "out")
    assert result.exit_code == 2
    assert said in result.stderr
    assert "roster verify" not in result.stderr
    verify = kb.cli("roster", "verify")
    assert said in verify.stderr  # named by every command, not only export


def test_a_folder_others_can_write_is_refused_unless_sticky(kb, tmp_path):
    folder = kb.trust_file.parent
    folder.chmod(0o777)
    result = _export(kb, tmp_path / "out")
    assert result.exit_code == 2
    assert f"its folder {folder.resolve()} is writable by every user (mode 0777)" in result.stderr
    folder.chmod(0o1777)  # like /tmp: others cannot replace a file they do not own
    allowed = _export(kb, tmp_path / "out2", "--allow-empty")  # nothing is approved here
    assert allowed.exit_code == 0, allowed.output


def test_the_flag_needs_require_trust(kb, tmp_path):
    result = kb.cli("export", "--out", tmp_path / "out", "--allow-unprotected-trust-root")
    assert result.exit_code == 2
    assert "only relaxes --require-trust" in result.output


def test_make_run_says_why_the_demo_trust_root_is_allowed():
    from conftest import REPO_ROOT

    makefile = (REPO_ROOT / "Makefile").read_text(encoding="utf-8")
    run = makefile.split("\nrun:", 1)[1].split("\n\n", 1)[0]
    assert "--allow-unprotected-trust-root" in run
    assert "@echo $(DEMO_TRUST_WHY)" in run
    assert "lives in the repository only so the sample runs" in makefile
