"""The sign-off workflow through the CLI: what it allows, what it refuses, and why."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest

from review.helpers import add_key, make_kb


def _approval_block(text: str) -> str:
    return text[text.index("review:") :]


# --- The happy path ----------------------------------------------------------


def test_request_then_approve_signs_and_sets_next_review(kb):
    kb.ok("review", "request", "cat-cow", "--as", "author-a", now="2026-03-01T08:00:00Z")
    result = kb.ok("review", "approve", "cat-cow", "--as", "rev-a", now="2026-03-02T09:30:00Z")
    assert "status approved (1 of 1 approvals, next review 2027-03-02)" in result.output
    block = _approval_block(kb.text("cat-cow"))
    assert "status: approved" in block
    assert "- by: rev-a" in block
    assert "at: 2026-03-02T09:30:00Z" in block
    assert "meaning: Clinically accurate and safe for patient use" in block
    assert re.search(r"content_hash: sha256:[0-9a-f]{64}", block)
    assert re.search(r"signature: ed25519:[A-Za-z0-9+/]+=*", block)
    assert "next_review: 2027-03-02" in block
    assert kb.lint(today=dt.date(2026, 3, 2)) == []


def test_meaning_option_is_signed_and_kept(kb):
    kb.ok("review", "request", "cat-cow", "--as", "author-a")
    kb.ok("review", "approve", "cat-cow", "--as", "rev-a", "--meaning", "Safe: reviewer's check")
    assert 'meaning: "Safe: reviewer\'s check"' in kb.text("cat-cow")
    assert kb.lint() == []


def test_a_lead_may_request_review_of_any_entry(kb):
    kb.ok("review", "request", "cat-cow", "--as", "lead-l")
    assert "status: in_review" in kb.text("cat-cow")


def test_handouts_go_through_the_same_workflow(kb):
    kb.request_and_approve("upper-back", "rev-b")
    assert "status: approved" in kb.text("upper-back")
    assert kb.lint() == []
    kb.edit("upper-back", "Gentle ways", "Some gentle ways")
    assert "approval-stale" in kb.rules()


# --- Refusals at the command -------------------------------------------------


def test_author_approving_their_own_entry_is_refused(kb):
    kb.ok("review", "request", "cat-cow", "--as", "author-a")
    # rev-author is a reviewer with a valid key, but wrote this entry.
    result = kb.cli("review", "approve", "cat-cow", "--as", "rev-author")
    assert result.exit_code == 2
    assert "is an author of cat-cow and cannot review their own entry" in result.output
    assert "ask another reviewer" in result.output
    assert "approvals" not in kb.text("cat-cow")


def test_non_reviewer_approving_is_refused(kb):
    kb.ok("review", "request", "cat-cow", "--as", "author-a")
    result = kb.cli("review", "approve", "cat-cow", "--as", "author-b")
    assert result.exit_code == 2
    assert "does not have the reviewer role" in result.output
    assert "hint:" in result.output


def test_person_not_on_the_roster_is_refused(kb):
    kb.ok("review", "request", "cat-cow", "--as", "author-a")
    result = kb.cli("review", "approve", "cat-cow", "--as", "mallory")
    assert result.exit_code == 2
    assert "'mallory' is not in the roster" in result.output


def test_reviewer_with_another_reviewers_key_is_refused(kb):
    kb.ok("review", "request", "cat-cow", "--as", "author-a")
    result = kb.cli("review", "approve", "cat-cow", "--as", "rev-a", "--key", kb.keys / "rev-b.key")
    assert result.exit_code == 2
    assert "does not match any of rev-a's public keys" in result.output
    assert "approvals" not in kb.text("cat-cow")


def test_reviewer_without_a_key_file_is_refused(kb):
    kb.ok("review", "request", "cat-cow", "--as", "author-a")
    (kb.keys / "rev-a.key").unlink()
    result = kb.cli("review", "approve", "cat-cow", "--as", "rev-a")
    assert result.exit_code == 2
    assert "no private key at" in result.output
    assert "carekb keys new" in result.output


def test_reviewer_without_a_roster_key_is_refused(tmp_path):
    kb = make_kb(tmp_path)
    roster = kb.root / "kb" / "people.yaml"
    text = roster.read_text(encoding="utf-8")
    without_keys = re.sub(r"(?s)(  - id: rev-a\n.*?)    keys:\n.*?valid_from: \S+\n", r"\1", text)
    roster.write_text(without_keys)
    kb.ok("review", "request", "cat-cow", "--as", "author-a")
    result = kb.cli("review", "approve", "cat-cow", "--as", "rev-a")
    assert result.exit_code == 2
    assert "rev-a has no public key in kb/people.yaml" in result.output


def test_key_outside_its_validity_dates_is_refused(tmp_path):
    kb = make_kb(tmp_path)
    add_key(kb, "rev-b", valid_from="2030-01-01", force=True)  # a new key, not valid yet
    kb.ok("review", "request", "cat-cow", "--as", "author-a")
    result = kb.cli("review", "approve", "cat-cow", "--as", "rev-b", now="2026-05-01T10:00:00Z")
    assert result.exit_code == 2
    assert "is not valid on 2026-05-01" in result.output


def test_approving_a_draft_says_to_request_review_first(kb):
    result = kb.cli("review", "approve", "cat-cow", "--as", "rev-a")
    assert result.exit_code == 2
    assert "cat-cow is draft, not waiting for review" in result.output
    assert "carekb review request cat-cow" in result.output


def test_requesting_twice_is_refused(kb):
    kb.ok("review", "request", "cat-cow", "--as", "author-a")
    result = kb.cli("review", "request", "cat-cow", "--as", "author-a")
    assert result.exit_code == 2
    assert "already waiting for review since" in result.output


def test_only_authors_or_leads_request_review(kb):
    result = kb.cli("review", "request", "cat-cow", "--as", "author-b")
    assert result.exit_code == 2
    assert "author-b is not an author of cat-cow" in result.output


def test_unknown_entry_suggests_a_close_id(kb):
    result = kb.cli("review", "request", "cat-cwo", "--as", "author-a")
    assert result.exit_code == 2
    assert "no entry with id 'cat-cwo'" in result.output
    assert "did you mean 'cat-cow'?" in result.output


def test_ids_that_are_not_slugs_never_reach_a_path(kb):
    result = kb.cli("review", "request", "../../etc/passwd", "--as", "author-a")
    assert result.exit_code == 2
    assert "is not an entry id" in result.output


def test_request_refuses_an_entry_with_lint_errors_and_shows_them(kb):
    kb.edit("cat-cow", "  - move-gently\n", "  - move-gentle\n")
    result = kb.cli("review", "request", "cat-cow", "--as", "author-a")
    assert result.exit_code == 1
    assert "cat-cow has 1 lint error(s)" in result.output
    assert "error dangling-reference no precaution with id 'move-gentle'" in result.output
    assert "status: draft" in kb.text("cat-cow")
    assert not (kb.root / "kb" / "audit" / "cat-cow.jsonl").exists()


def test_approve_refuses_an_entry_that_became_invalid(kb):
    kb.ok("review", "request", "cat-cow", "--as", "author-a")
    kb.edit("cat-cow", "language: en", "language: English")
    result = kb.cli("review", "approve", "cat-cow", "--as", "rev-a")
    assert result.exit_code == 1
    assert "error schema" in result.output
    assert "approvals" not in kb.text("cat-cow")


# --- Reject and retire -------------------------------------------------------


def test_reject_keeps_the_comment_in_the_block_and_the_log(kb):
    kb.ok("review", "request", "cat-cow", "--as", "author-a")
    comment = "Step 2: say 'upper back', not 'thoracic spine'.\nAlso add a photo."
    kb.ok("review", "reject", "cat-cow", "--as", "rev-a", "--comment", comment)
    text = kb.text("cat-cow")
    assert "status: changes_requested" in text
    assert "changes_requested:\n    by: rev-a" in text
    assert json.dumps(comment) in text  # multi-line text is written quoted
    assert kb.log_lines("cat-cow")[-1]["comment"] == comment
    assert kb.lint() == []
    # The author fixes it and asks again.
    kb.ok("review", "request", "cat-cow", "--as", "author-a")
    assert "changes_requested:" not in kb.text("cat-cow")


def test_reject_needs_a_reviewer(kb):
    kb.ok("review", "request", "cat-cow", "--as", "author-a")
    result = kb.cli("review", "reject", "cat-cow", "--as", "author-b", "--comment", "no")
    assert result.exit_code == 2
    assert "does not have the reviewer role" in result.output


def test_retire_records_who_and_why_and_is_final(kb):
    kb.request_and_approve("cat-cow", "rev-a")
    kb.ok("review", "retire", "cat-cow", "--as", "lead-l", "--reason", "Replaced by a video.")
    text = kb.text("cat-cow")
    assert "status: retired" in text
    assert "reason: Replaced by a video." in text
    assert "approvals" not in _approval_block(text)
    assert kb.log_lines("cat-cow")[-1]["reason"] == "Replaced by a video."
    assert kb.lint() == []
    again = kb.cli("review", "request", "cat-cow", "--as", "author-a")
    assert again.exit_code == 2
    assert "a retired entry stays retired unless" in again.output


# Reject and retire share one path; each keeps its own words, rights and record.
CLOSINGS = {
    "reject": ("rev-b", "--comment", "changes_requested", "comment", "changes requested"),
    "retire": ("lead-l", "--reason", "retired", "reason", "retired"),
}


@pytest.mark.parametrize("command", sorted(CLOSINGS))
def test_reject_and_retire_close_the_round_with_who_when_and_why(kb, command):
    person, option, status, note, reason = CLOSINGS[command]
    kb.request_and_approve("cat-cow", "rev-a")
    approved_at = kb.log_lines("cat-cow")[-1]["at"]
    kb.ok("review", command, "cat-cow", "--as", person, option, "Why.", now="2026-04-01T10:00:00Z")
    block = _approval_block(kb.text("cat-cow"))
    assert f"status: {status}\n  {status}:\n    by: {person}\n" in block
    assert f"    {note}: Why.\n" in block and "approvals" not in block
    event = kb.log_lines("cat-cow")[-1]
    assert (event["event"], event["actor"], event["status"], event[note]) == (
        command,
        person,
        status,
        "Why.",
    )
    assert event["at"] == "2026-04-01T10:00:00Z"
    assert event["dropped"] == [f"approval by rev-a at {approved_at} ({reason})"]
    assert kb.lint() == []


@pytest.mark.parametrize(
    ("person", "args", "message"),
    [
        ("rev-a", ("reject", "--comment", " "), "the comment is empty\n  hint: say what must"),
        ("lead-l", ("retire", "--reason", " "), "the reason is empty\n  hint: say why with"),
        ("rev-a", ("reject", "--comment", "x"), "cat-cow is draft: only entries in review or"),
        ("author-b", ("retire", "--reason", "x"), "author-b may not retire cat-cow"),
    ],
)
def test_reject_and_retire_refuse_in_their_own_words(kb, person, args, message):
    command, option, text = args
    result = kb.cli("review", command, "cat-cow", "--as", person, option, text)
    assert result.exit_code == 2
    assert message in result.output
    assert "status: draft" in kb.text("cat-cow")
    assert not (kb.root / "kb" / "audit" / "cat-cow.jsonl").exists()


# --- Several reviewers -------------------------------------------------------


def test_policy_of_two_needs_two_distinct_reviewers(kb):
    kb.set_policy(approvals_required=2)
    kb.ok("review", "request", "cat-cow", "--as", "author-a")
    first = kb.ok("review", "approve", "cat-cow", "--as", "rev-a")
    assert "status in_review (1 of 2 approvals)" in first.output
    # The same reviewer again replaces their own approval; it does not count twice.
    again = kb.ok("review", "approve", "cat-cow", "--as", "rev-a")
    assert "status in_review (1 of 2 approvals)" in again.output
    assert "replaced by the new approval" in again.output
    assert kb.text("cat-cow").count("- by: rev-a") == 1
    second = kb.ok("review", "approve", "cat-cow", "--as", "rev-b")
    assert "status approved (2 of 2 approvals" in second.output
    assert kb.lint() == []


def test_an_edit_during_review_voids_the_earlier_approval(kb):
    kb.set_policy(approvals_required=2)
    kb.ok("review", "request", "cat-cow", "--as", "author-a")
    kb.ok("review", "approve", "cat-cow", "--as", "rev-a")
    kb.edit("cat-cow", "hold_seconds: 3", "hold_seconds: 5")
    result = kb.ok("review", "approve", "cat-cow", "--as", "rev-b")
    assert "status in_review (1 of 2 approvals)" in result.output
    assert "approval by rev-a" in result.output and "content changed since" in result.output
    assert "- by: rev-a" not in kb.text("cat-cow")


# --- What lint reports about approvals ---------------------------------------


def test_one_character_edit_after_approval_makes_it_stale(kb):
    kb.request_and_approve("cat-cow", "rev-a")
    kb.edit("cat-cow", "repetitions: 10", "repetitions: 11")
    findings = kb.lint()
    assert [rule for rule, _ in findings] == ["approval-stale"]
    message = findings[0][1]
    assert "Rita Reviewer, PT (rev-a) approved it at" in message
    assert "carekb review diff cat-cow" in message


def test_formatting_and_comment_edits_keep_the_approval(kb):
    kb.request_and_approve("cat-cow", "rev-a")
    kb.edit("cat-cow", "title: 'Cat-cow stretch'", 'title: "Cat-cow stretch"   # quoted')
    kb.edit("cat-cow", "tags: [upper-back, stretch]", "tags:\n  - upper-back\n  - stretch")
    kb.edit("cat-cow", "# A comment that", "# An edited comment that")
    assert kb.lint() == []


def test_copied_approval_from_another_entry_is_reported(kb):
    kb.request_and_approve("move-gently", "rev-a")
    kb.ok("review", "request", "cat-cow", "--as", "author-a")
    copied = _approval_block(kb.text("move-gently"))
    text = kb.text("cat-cow")
    kb.write("cat-cow", text[: text.index("review:")] + copied)
    rules = kb.rules()
    assert "approval-signature" in rules  # signed for move-gently, not cat-cow
    assert "audit-chain" in rules  # and no approve event of cat-cow recorded it
    message = dict(kb.lint())["approval-signature"]
    assert "copied from another entry" in message


def test_hand_edited_hash_is_reported(kb):
    kb.request_and_approve("cat-cow", "rev-a")
    text = kb.text("cat-cow")
    digit = re.search(r"content_hash: sha256:([0-9a-f])", text)
    assert digit
    other = "0" if digit.group(1) != "0" else "1"
    kb.write("cat-cow", text[: digit.start(1)] + other + text[digit.end(1) :])
    findings = dict(kb.lint())
    assert list(findings) == ["approval-signature"]  # not "stale": the hash is signed
    assert "edited by hand" in findings["approval-signature"]


def test_content_edit_with_a_matching_hand_made_hash_is_reported(kb):
    # Editing the content and pasting in its new hash does not help: the hash is signed.
    from carekb.load.reader import load_bytes
    from carekb.trust.canonical import content_hash

    kb.request_and_approve("cat-cow", "rev-a")
    kb.edit("cat-cow", "hold_seconds: 3", "hold_seconds: 300")
    doc = load_bytes(kb.path("cat-cow").read_bytes(), "x")
    text = kb.text("cat-cow")
    kb.write("cat-cow", re.sub(r"sha256:[0-9a-f]{64}", content_hash(doc.data), text))
    assert kb.rules() == {"approval-signature"}


def test_hand_edited_signature_is_reported(kb):
    kb.request_and_approve("cat-cow", "rev-a")
    text = kb.text("cat-cow")
    signature = re.search(r"signature: ed25519:(\S+)", text)
    assert signature
    chars = list(signature.group(1))
    chars[5] = "A" if chars[5] != "A" else "B"
    kb.write("cat-cow", text.replace(signature.group(1), "".join(chars)))
    findings = dict(kb.lint())
    assert "approval-signature" in findings
    assert "does not verify with their roster key" in findings["approval-signature"]


def test_hand_edited_time_or_meaning_is_reported(kb):
    kb.request_and_approve("cat-cow", "rev-a")
    kb.edit("cat-cow", "meaning: Clinically accurate", "meaning: Roughly accurate")
    assert "approval-signature" in kb.rules()


def test_approval_written_by_an_author_is_reported(kb):
    kb.request_and_approve("cat-cow", "rev-a")
    kb.edit("cat-cow", "  - rev-author\n", "  - rev-author\n  - rev-a\n")  # now an author too
    findings = dict(kb.lint())
    assert "approval-signer" in findings
    assert "is an author of this entry and cannot approve it" in findings["approval-signer"]


def test_reviewer_who_left_the_roster_no_longer_counts(kb):
    kb.request_and_approve("cat-cow", "rev-a")
    roster = kb.root / "kb" / "people.yaml"
    roster.write_text(roster.read_text().replace("roles: [reviewer]", "roles: [author]", 1))
    findings = dict(kb.lint())
    assert "not a reviewer" in findings["approval-signer"]


def test_expired_review_is_an_error_and_due_soon_a_warning(kb):
    kb.ok("review", "request", "cat-cow", "--as", "author-a")
    kb.ok("review", "approve", "cat-cow", "--as", "rev-a", now="2026-01-10T12:00:00Z")
    assert "next_review: 2027-01-10" in kb.text("cat-cow")
    assert kb.lint(today=dt.date(2026, 6, 1)) == []
    due = dict(kb.lint(today=dt.date(2026, 12, 1)))
    assert list(due) == ["review-due"]
    assert "due on 2027-01-10 (in 40 days)" in due["review-due"]
    expired = dict(kb.lint(today=dt.date(2027, 1, 11)))
    assert list(expired) == ["review-expired"]
    assert "expired on 2027-01-10 (1 day ago)" in expired["review-expired"]
    assert "carekb review approve cat-cow" in expired["review-expired"]
    # The CLI judges by the same clock.
    result = kb.cli("lint", now="2027-02-01T00:00:00Z")
    assert result.exit_code == 1
    assert "error review-expired" in result.output


def test_after_expiry_a_new_approval_starts_a_new_period(kb):
    kb.set_policy(approvals_required=2)
    kb.ok("review", "request", "cat-cow", "--as", "author-a", now="2026-01-10T12:00:00Z")
    kb.ok("review", "approve", "cat-cow", "--as", "rev-a", now="2026-01-10T12:00:00Z")
    kb.ok("review", "approve", "cat-cow", "--as", "rev-b", now="2026-01-11T12:00:00Z")
    late = kb.ok("review", "approve", "cat-cow", "--as", "rev-a", now="2027-03-01T12:00:00Z")
    # rev-b's year-old approval does not carry over into the new period.
    assert "status in_review (1 of 2 approvals)" in late.output
    assert "the review had expired" in late.output


def test_review_state_reports_impossible_combinations(kb):
    kb.edit("cat-cow", "  status: draft\n", "  status: approved\n  next_review: 2027-01-01\n")
    findings = dict(kb.lint())
    assert "review-state" in findings
    assert "approvals from 0 reviewer(s), but the policy requires 1" in findings["review-state"]
    kb.edit("move-gently", "  status: draft\n", "  status: changes_requested\n")
    assert any("no reviewer's comment" in m for r, m in kb.lint() if r == "review-state")


def test_next_review_pushed_back_by_hand_is_reported(kb):
    kb.ok("review", "request", "cat-cow", "--as", "author-a")
    kb.ok("review", "approve", "cat-cow", "--as", "rev-a", now="2026-01-10T12:00:00Z")
    kb.edit("cat-cow", "next_review: 2027-01-10", "next_review: 2029-01-10")
    findings = dict(kb.lint(today=dt.date(2026, 2, 1)))
    assert "later than the newest approval allows (2027-01-10" in findings["review-state"]
    # ...and it does not keep the entry approved past the real date.
    findings = dict(kb.lint(today=dt.date(2027, 6, 1)))
    assert "review-state" in findings


def test_status_edited_by_hand_disagrees_with_the_log(kb):
    kb.ok("review", "request", "cat-cow", "--as", "author-a")
    kb.edit("cat-cow", "status: in_review", "status: draft")
    findings = dict(kb.lint())
    assert "left it 'in_review': the block was edited by hand" in findings["audit-chain"]


def test_approvals_without_any_audit_log_are_reported(kb):
    kb.request_and_approve("cat-cow", "rev-a")
    (kb.root / "kb" / "audit" / "cat-cow.jsonl").unlink()
    findings = dict(kb.lint())
    assert "but no audit log kb/audit/cat-cow.jsonl" in findings["audit-chain"]


def test_approve_refuses_while_a_forged_approval_is_in_the_block(kb):
    kb.request_and_approve("cat-cow", "rev-a")
    kb.edit("cat-cow", "at: 20", "at: 19")  # a hand-edited time
    result = kb.cli("review", "approve", "cat-cow", "--as", "rev-b")
    assert result.exit_code == 1
    assert "approval-signature" in result.output


def test_approve_after_expiry_or_edit_is_allowed_and_fixes_lint(kb):
    kb.request_and_approve("cat-cow", "rev-a")
    kb.edit("cat-cow", "Sharp pain", "Sharp or sudden pain")
    assert kb.rules() == {"approval-stale"}
    kb.ok("review", "approve", "cat-cow", "--as", "rev-b")
    assert kb.lint() == []
