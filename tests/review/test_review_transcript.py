"""The whole workflow from the command line, as a user would run it."""

from __future__ import annotations

import re

from click.testing import CliRunner

from carekb.cli.main import cli
from carekb.validate.rules import RULES
from review.helpers import KEPT_RULES, Kb


def test_request_approve_edit_stale_diff_reapprove(kb):
    request = kb.ok("review", "request", "cat-cow", "--as", "author-a")
    assert "status in_review" in request.output

    approve = kb.ok("review", "approve", "cat-cow", "--as", "rev-a")
    assert "status approved (1 of 1 approvals" in approve.output
    assert kb.ok("lint").output.endswith("0 errors, 0 warnings\n")

    kb.edit("cat-cow", "hold_seconds: 3", "hold_seconds: 30")  # an author "fixes" the dose

    lint = kb.cli("lint")
    assert lint.exit_code == 1
    assert re.search(r"cat-cow\.yaml:\d+:\d+: error approval-stale .*rev-a", lint.output)
    assert "carekb review diff cat-cow" in lint.output

    diff = kb.ok("review", "diff", "cat-cow")
    assert "-  hold_seconds: 3\n+  hold_seconds: 30\n" in diff.output

    reapprove = kb.ok("review", "approve", "cat-cow", "--as", "rev-b")
    assert "status approved (1 of 1 approvals" in reapprove.output
    assert "set aside (kept in the audit log): approval by rev-a" in reapprove.output
    assert kb.ok("lint").output.endswith("0 errors, 0 warnings\n")
    assert (
        "verified: 3 event(s) chained, 3 signed by who they name"
        in kb.ok("review", "log", "cat-cow", "--verify").output
    )


ROSTER = """\
# The people of this knowledge base.
people:
  - id: sam-author
    name: Sam Author
    credentials: [RN]
    roles: [author, lead]
  - id: pat-reviewer
    name: Pat Reviewer
    credentials: [PT]
    roles: [reviewer]
"""


def test_end_to_end_on_a_fresh_init_project(tmp_path):
    root = tmp_path / "fresh"
    runner = CliRunner()
    assert runner.invoke(cli, ["init", str(root)]).exit_code == 0
    kb = Kb(root=root, keys=tmp_path / "keys", runner=runner)
    # Content-quality rules are tested with their own cases; this test is the workflow.
    config = root / "carekb.yaml"
    off = "".join(f"    {r.id}: off\n" for r in RULES if r.id not in KEPT_RULES)
    config.write_text(config.read_text().replace("  rules: {}\n", f"  rules:\n{off}"))

    # Everyone who records an event signs it: the author's key goes in too.
    (root / "kb" / "people.yaml").write_text(ROSTER)
    roster_text = ROSTER
    for person in ("sam-author", "pat-reviewer"):
        public = re.search(r"ed25519:\S+", kb.ok("keys", "new", person, "--no-passphrase").output)
        assert public
        keys = f"    keys:\n      - public_key: {public.group(0)}\n        valid_from: 2020-01-01\n"
        block = re.search(rf"(?ms)^  - id: {person}\n.*?(?=^  - id: |\Z)", roster_text)
        assert block
        roster_text = roster_text[: block.end()] + keys + roster_text[block.end() :]
    (root / "kb" / "people.yaml").write_text(roster_text)

    kb.ok("new", "precaution", "Move gently", "--author", "sam-author")
    kb.ok("new", "technique", "Shoulder rolls", "--author", "sam-author")
    kb.edit("shoulder-rolls", "precautions: []", "precautions: [move-gently]")
    kb.edit("move-gently", "applies_to: []", "applies_to: [shoulder-rolls]")
    for entry_id in ("shoulder-rolls", "move-gently"):
        kb.edit(
            entry_id,
            "sources: []",
            "sources:\n  - title: Back pain\n    url: https://www.nhs.uk/conditions/back-pain/",
        )
    assert kb.ok("lint").output.endswith("0 errors, 0 warnings\n")

    for entry_id in ("shoulder-rolls", "move-gently"):
        kb.ok("review", "request", entry_id, "--as", "sam-author")
        kb.ok("review", "approve", entry_id, "--as", "pat-reviewer")
        kb.ok("review", "log", entry_id, "--verify")
    status = kb.ok("status", "--format", "json").output
    assert '"approved_now": 2' in status
    assert kb.ok("lint").output.endswith("0 errors, 0 warnings\n")
    assert sorted(p.name for p in (root / "kb" / "audit").iterdir()) == [
        ".move-gently.lock",
        ".shoulder-rolls.lock",
        "move-gently.jsonl",
        "shoulder-rolls.jsonl",
    ]
    assert "kb/audit/.*.lock" in (root / ".gitignore").read_text()
