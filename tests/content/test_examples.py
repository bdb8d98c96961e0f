"""The bundled kb/ passes every content rule; examples/unreviewed/ shows what they catch."""

from __future__ import annotations

from content_support import REPO_ROOT, lint_json

CONTENT_RULES = {
    "reading-level",
    "risky-claim",
    "safety-content",
    "sources",
    "jargon",
    "you-voice",
    "unused-suppression",
}
EXAMPLE = "examples/unreviewed/crack-your-upper-back.yaml"


def test_bundled_entries_pass_every_content_rule(monkeypatch):
    monkeypatch.chdir(REPO_ROOT)
    _, findings = lint_json(REPO_ROOT)
    content = [f for f in findings if f["rule"] in CONTENT_RULES]
    assert content == [], "\n".join(f"{f['path']}:{f['line']}: {f['message']}" for f in content)


def test_the_unreviewed_example_fails_and_every_content_rule_fires(monkeypatch):
    monkeypatch.chdir(REPO_ROOT)
    exit_code, findings = lint_json(REPO_ROOT, "examples/unreviewed")
    assert exit_code == 1
    assert {f["path"] for f in findings} == {EXAMPLE}
    assert {f["rule"] for f in findings} == CONTENT_RULES


def test_each_overclaim_of_the_article_is_flagged(monkeypatch):
    monkeypatch.chdir(REPO_ROOT)
    _, findings = lint_json(REPO_ROOT, "examples/unreviewed")
    claims = {str(f["message"]).split('"')[1] for f in findings if f["rule"] == "risky-claim"}
    assert claims == {
        "releasing built-up gas",
        "realign the vertebrae",
        "improve spinal alignment",
        "stimulate the release of endorphins",
        "break up adhesions",
        "completely safe",
        "pop back into place",
        "permanent relief",
    }
