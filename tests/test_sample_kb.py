"""The repository passes its own tool: the bundled kb/ lints clean."""

from __future__ import annotations

import json

from conftest import REPO_ROOT


def test_repository_root_is_a_project():
    assert (REPO_ROOT / "pyproject.toml").is_file()
    assert (REPO_ROOT / "carekb.yaml").is_file()
    assert (REPO_ROOT / "kb" / "people.yaml").is_file()


def test_sample_kb_lints_clean(run, monkeypatch):
    monkeypatch.chdir(REPO_ROOT)
    result = run("lint", "--root", REPO_ROOT, "--format", "json", "--strict")
    findings = json.loads(result.stdout)
    details = "\n".join(
        f"{f['path']}:{f['line']}:{f['column']}: {f['level']} {f['rule']} {f['message']}"
        for f in findings
    )
    assert findings == [], f"the sample kb has findings:\n{details}"
    assert result.exit_code == 0, result.output
    assert "0 errors, 0 warnings" in result.stderr


def test_sample_kb_has_every_entry_type(run, monkeypatch):
    monkeypatch.chdir(REPO_ROOT)
    kb = REPO_ROOT / "kb"
    counts = {
        folder: len(list((kb / folder).glob("*.yaml")))
        for folder in ("techniques", "precautions", "faqs", "handouts")
    }
    # The minimum the foundation issue asks of the sample library.
    assert counts["techniques"] >= 6, counts
    assert counts["precautions"] >= 5, counts
    assert counts["faqs"] >= 5, counts
    assert counts["handouts"] >= 1, counts
