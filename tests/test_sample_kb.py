"""The repository passes its own tool: the bundled kb/ lints clean."""

from __future__ import annotations

import json

from conftest import REPO_ROOT


def test_repository_root_is_a_project():
    assert (REPO_ROOT / "pyproject.toml").is_file()
    assert (REPO_ROOT / "carekb.yaml").is_file()
    assert (REPO_ROOT / "kb" / "people.yaml").is_file()


DEMO_TRUST = REPO_ROOT / "demo-keys" / "trust.yaml"


def test_sample_kb_lints_clean(run, monkeypatch):
    monkeypatch.chdir(REPO_ROOT)
    # With the demo trust root, as `make run` lints it: the signed roster is trusted.
    result = run("lint", "--root", REPO_ROOT, "--format", "json", "--strict", "--trust", DEMO_TRUST)
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


def test_sample_roster_is_signed_by_the_demo_lead(run, monkeypatch):
    monkeypatch.chdir(REPO_ROOT)
    result = run("roster", "verify", "--root", REPO_ROOT, "--trust", DEMO_TRUST)
    assert result.exit_code == 0, result.output
    assert "trusted: yes, signed as it is now by demo-author-1" in result.output
    assert "warning" not in result.stdout  # the fingerprint in carekb.yaml matches
    # The demo trust root is in the repository: named on every run.
    assert f"warning: the trust root {DEMO_TRUST} is not protected: it is inside the " in (
        result.stderr
    )


def test_without_a_trust_root_the_sample_warns_once(run, monkeypatch):
    monkeypatch.chdir(REPO_ROOT)
    result = run("lint", "--root", REPO_ROOT, "--format", "json", "--no-cache")
    rules = [f["rule"] for f in json.loads(result.stdout)]
    assert rules == ["roster-unverified"], result.output
    assert result.exit_code == 0
