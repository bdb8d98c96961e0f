"""Several ids per review request, all or nothing; "did you mean" for people."""

from __future__ import annotations


def test_request_takes_several_ids_each_signed_separately(kb):
    result = kb.ok("review", "request", "cat-cow", "upper-back", "--as", "author-a")
    lines = result.output.splitlines()
    assert [line.split(":")[0] for line in lines] == ["cat-cow", "upper-back"]
    assert all("request by author-a" in line and "status in_review" in line for line in lines)
    for entry_id in ("cat-cow", "upper-back"):
        assert "status: in_review" in kb.text(entry_id)
        assert [event["event"] for event in kb.log_lines(entry_id)] == ["request"]


def test_request_of_several_is_all_or_nothing_on_a_lint_error(kb):
    kb.edit("cat-cow", "  - move-gently\n", "  - move-gentle\n")
    result = kb.cli("review", "request", "upper-back", "cat-cow", "--as", "author-a")
    assert result.exit_code == 1
    assert "cat-cow has 1 lint error(s)" in result.output
    assert "status: draft" in kb.text("upper-back")  # checked first, so never requested
    assert not (kb.root / "kb" / "audit" / "upper-back.jsonl").exists()


def test_request_of_several_names_an_unknown_id_with_a_suggestion(kb):
    result = kb.cli("review", "request", "cat-cow", "upper-bak", "--as", "author-a")
    assert result.exit_code == 2
    assert "no entry with id 'upper-bak'" in result.output
    assert "did you mean 'upper-back'?" in result.output
    assert "status: draft" in kb.text("cat-cow")


def test_a_mistyped_person_gets_a_suggestion(kb):
    kb.ok("review", "request", "cat-cow", "--as", "author-a")
    result = kb.cli("review", "approve", "cat-cow", "--as", "rev-aa")
    assert result.exit_code == 2
    assert "'rev-aa' is not in the roster (kb/people.yaml); did you mean 'rev-a'?" in result.output
