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


def test_reject_takes_several_ids_each_signed_separately(kb):
    kb.ok("review", "request", "cat-cow", "upper-back", "--as", "author-a")
    result = kb.ok(
        "review", "reject", "cat-cow", "upper-back", "--as", "rev-a", "--comment", "Shorter steps."
    )
    lines = result.output.splitlines()
    assert [line.split(":")[0] for line in lines] == ["cat-cow", "upper-back"]
    for entry_id in ("cat-cow", "upper-back"):
        assert "status: changes_requested" in kb.text(entry_id)
        [_, rejected] = kb.log_lines(entry_id)
        assert rejected["event"] == "reject" and rejected["comment"] == "Shorter steps."
    # Two events, two signatures: each over its own entry's content.
    signatures = {kb.log_lines(e)[1]["signature"] for e in ("cat-cow", "upper-back")}
    assert len(signatures) == 2


def test_reject_of_several_is_all_or_nothing(kb):
    kb.ok("review", "request", "cat-cow", "--as", "author-a")  # upper-back stays a draft
    result = kb.cli(
        "review", "reject", "cat-cow", "upper-back", "--as", "rev-a", "--comment", "No."
    )
    assert result.exit_code != 0
    assert "upper-back is draft: only entries in review or approved can be sent back" in (
        result.output
    )
    assert "status: in_review" in kb.text("cat-cow")  # checked first, so never rejected
    assert [e["event"] for e in kb.log_lines("cat-cow")] == ["request"]


def test_retire_takes_several_ids_all_or_nothing(kb):
    kb.ok("review", "retire", "cat-cow", "--as", "author-a", "--reason", "Old.")
    refused = kb.cli(
        "review", "retire", "upper-back", "cat-cow", "--as", "author-a", "--reason", "Old."
    )
    assert refused.exit_code != 0
    assert "cat-cow" in refused.output and "retired" in refused.output
    assert "status: draft" in kb.text("upper-back")
    assert not (kb.root / "kb" / "audit" / "upper-back.jsonl").exists()

    kb.ok("review", "reinstate", "cat-cow", "--as", "rev-a", "--reason", "Needed.")
    done = kb.ok(
        "review", "retire", "upper-back", "cat-cow", "--as", "rev-a", "--reason", "Replaced."
    )
    assert [line.split(":")[0] for line in done.output.splitlines()] == ["upper-back", "cat-cow"]
    for entry_id in ("cat-cow", "upper-back"):
        assert "status: retired" in kb.text(entry_id)
        assert kb.log_lines(entry_id)[-1]["event"] == "retire"
