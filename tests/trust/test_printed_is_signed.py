"""What is printed is what was signed: every word behind a published page traces to a
clinician's or a clinical lead's signature.

Each test runs the real CLI on a signed project (see ``trust_helpers``) and looks
at what reaches the export.
"""

from __future__ import annotations

from pathlib import Path

from click.testing import Result

from trust.trust_helpers import TrustedKb


def _check_safety_closure(kb: TrustedKb) -> None:
    """Switch on the rule the sign-off tests' project switches off."""
    config = kb.root / "carekb.yaml"
    config.write_text(config.read_text().replace("    safety-closure: off\n", ""))


def _export(kb: TrustedKb, out: Path, *args: str) -> Result:
    return kb.cli("export", "--out", out, "--allow-empty", *args)


def _ids(out: Path) -> set[str]:
    return {p.stem for p in (out / "markdown").rglob("*.md") if p.stem != "index"}


# --- Case 2: a technique is never published without its precaution -------------------


def test_retiring_a_precaution_keeps_its_technique_and_handout_out(kb: TrustedKb, tmp_path):
    _check_safety_closure(kb)
    for entry_id in ("move-gently", "cat-cow", "upper-back"):
        kb.request_and_approve(entry_id, "rev-a" if entry_id != "move-gently" else "rev-b")
    before = _export(kb, tmp_path / "before", "--format", "markdown")
    assert before.exit_code == 0, before.output
    assert {"cat-cow", "move-gently", "upper-back"} <= _ids(tmp_path / "before")

    kb.ok("review", "retire", "move-gently", "--as", "rev-b", "--reason", "Rewritten.")
    result = _export(kb, tmp_path / "after", "--format", "markdown", "--format", "html")
    assert result.exit_code == 0, result.output
    assert _ids(tmp_path / "after") == set()  # no technique without its "Stay safe" section
    assert (
        "'cat-cow' not exported: its precaution 'move-gently' is not exported (retired), "
        "and it is never published without it"
    ) in result.output
    assert "'upper-back' not exported: it includes 'cat-cow'" in result.output
    assert not (tmp_path / "after" / "html" / "techniques" / "cat-cow.html").exists()
    messages = kb.messages("safety-closure")
    assert messages == [
        "'cat-cow' is not exported while its precaution 'move-gently' is not (it is retired): "
        "get 'move-gently' approved, or take it out of this list (the changed 'cat-cow' "
        "then goes through review again)"
    ]


def test_a_precaution_back_in_review_is_named_with_its_status(kb: TrustedKb):
    _check_safety_closure(kb)
    kb.request_and_approve("move-gently", "rev-b")
    kb.request_and_approve("cat-cow", "rev-a")
    assert kb.messages("safety-closure") == []
    kb.ok("review", "request", "move-gently", "--as", "author-b")
    (message,) = kb.messages("safety-closure")
    assert "precaution 'move-gently' is not (it is in review)" in message
