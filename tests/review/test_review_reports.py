"""``carekb review diff`` and ``carekb status`` (text, JSON and the HTML dashboard)."""

from __future__ import annotations

import json
import re


def test_diff_shows_only_changed_fields_as_a_unified_diff(kb):
    kb.request_and_approve("cat-cow", "rev-a")
    kb.edit("cat-cow", "repetitions: 10", "repetitions: 12")
    kb.edit(
        "cat-cow",
        "  - Breathe in and let your belly sink toward the floor.\n",
        "  - Breathe in and let your belly sink gently toward the floor.\n  - Rest.\n",
    )
    result = kb.ok("review", "diff", "cat-cow")
    lines = result.output.splitlines()
    assert re.match(r"--- cat-cow as approved by rev-a at \S+Z \([0-9a-f]{12}\)", lines[0])
    assert lines[1].startswith("+++ cat-cow now, kb/techniques/cat-cow.yaml (")
    assert "@@ steps @@" in lines
    assert "@@ dose @@" in lines
    assert "-  repetitions: 10" in lines
    assert "+  repetitions: 12" in lines
    assert "-  - Breathe in and let your belly sink toward the floor." in lines
    assert "+  - Breathe in and let your belly sink gently toward the floor." in lines
    assert "+  - Rest." in lines
    assert "@@ title @@" not in lines  # unchanged fields are not shown


def test_diff_wraps_long_text_so_small_edits_stay_small(kb):
    long_text = " ".join(f"word{i}" for i in range(60))
    kb.edit("cat-cow", "  Moving slowly like this can ease stiffness.\n", f"  {long_text}\n")
    kb.request_and_approve("cat-cow", "rev-a")
    kb.edit("cat-cow", "word42 ", "changed42 ")
    lines = kb.ok("review", "diff", "cat-cow").output.splitlines()
    removed = [line for line in lines if line.startswith("-") and not line.startswith("---")]
    assert len(removed) == 1 and "word42" in removed[0]
    assert all(len(line) <= 80 for line in lines[2:])


def test_diff_without_changes_and_without_approvals(kb):
    never = kb.cli("review", "diff", "cat-cow")
    assert never.exit_code == 2
    assert "has never been approved" in never.output
    kb.request_and_approve("cat-cow", "rev-a")
    kb.edit("cat-cow", "# A comment that", "# A changed comment that")
    same = kb.ok("review", "diff", "cat-cow")
    assert "no change since the approval by rev-a" in same.output


def _a_busy_project(kb):
    # Signed before the days the status is judged on: a signature dated after
    # "now" would not count at all (it is in the future), stale or not.
    kb.ok("review", "request", "move-gently", "--as", "author-b", now="2025-03-01T08:00:00Z")
    kb.ok("review", "approve", "move-gently", "--as", "rev-a", now="2025-03-01T09:00:00Z")
    kb.edit("move-gently", "Move slowly and stop", "Move slowly, and stop")  # stale
    kb.ok("review", "request", "cat-cow", "--as", "author-a")  # waiting
    kb.ok("review", "request", "upper-back", "--as", "author-a", now="2025-01-01T08:00:00Z")
    kb.ok("review", "approve", "upper-back", "--as", "rev-a", now="2025-01-02T08:00:00Z")


def test_status_text_counts_and_lists_what_needs_attention(kb):
    _a_busy_project(kb)
    result = kb.ok("status", now="2025-12-01T00:00:00Z")
    out = result.output
    assert "0 draft, 1 in review, 0 changes requested, 2 approved, 0 retired" in out
    assert "Waiting for review (1):" in out
    assert "cat-cow (technique, asked by author-a" in out
    assert "can review: rev-a, rev-b" in out  # not rev-author: an author of cat-cow
    assert "Stale (changed since approved) (1):" in out
    assert "move-gently: approved by rev-a" in out
    assert "Due soon (1):" in out
    assert "upper-back: next review 2026-01-02 (in 32 days)" in out
    expired = kb.ok("status", now="2026-02-01T00:00:00Z")
    assert "Expired (1):" in expired.output


def test_status_json_is_machine_readable(kb):
    _a_busy_project(kb)
    data = json.loads(kb.ok("status", "--format", "json", now="2025-12-01T00:00:00Z").output)
    assert data["counts"] == {
        "draft": 0,
        "in_review": 1,
        "changes_requested": 0,
        "approved": 2,
        "retired": 0,
    }
    assert data["waiting_for_review"] == ["cat-cow"]
    assert data["stale"] == ["move-gently"]
    assert data["due_soon"] == ["upper-back"]
    assert data["approved_now"] == 1
    entry = next(e for e in data["entries"] if e["id"] == "cat-cow")
    assert entry["waiting_for"] == ["rev-a", "rev-b"]


def test_status_html_is_one_self_contained_escaped_page(kb, tmp_path):
    _a_busy_project(kb)
    kb.edit("cat-cow", "title: 'Cat-cow stretch'", "title: 'Cat <script>alert(1)</script>'")
    out = tmp_path / "status.html"
    kb.ok("status", "--html", out, now="2025-12-01T00:00:00Z")
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert "<script" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<style>" in page
    assert not re.search(r"""(?:src|href)=["']?(?:https?:)?//""", page)  # nothing fetched
    for label in ("draft", "in review", "changes requested", "approved", "retired"):
        assert f"<span>{label}</span>" in page
    assert "2026-01" in page  # the timeline of due dates
    assert "upper-back" in page


def test_status_always_exits_zero(kb):
    kb.edit("cat-cow", "  status: draft\n", "  status: approved\n")  # an impossible state
    assert kb.cli("status").exit_code == 0
