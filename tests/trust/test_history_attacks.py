"""Signed history: what an author with the repository and git, but no reviewer's or
lead's key, can no longer fake or undo.

Each test runs the real CLI on a signed project (authors and reviewers hold
roster keys; the roster is signed by the leads in a trust root outside the
project), commits it with real git, attacks it as such an author would, and
checks what reaches the export.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from carekb.load.audit import line_hash
from trust.trust_helpers import TrustedKb, commit, git

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="needs git")


@pytest.fixture
def repo(kb: TrustedKb) -> TrustedKb:
    """The signed project as a git repository, cat-cow and move-gently approved."""
    git(kb, "init", "-q")
    kb.request_and_approve("move-gently", "rev-a")
    kb.request_and_approve("cat-cow", "rev-a")
    commit(kb, "approved")
    return kb


def _exported(kb: TrustedKb, out: Path) -> tuple[set[str], str]:
    """``export --require-trust``, the first one in a test with ``--first-export``."""
    first = () if kb.record.exists() else ("--first-export",)
    result = kb.cli("export", "--format", "markdown", "--out", out, "--require-trust", *first)
    assert result.exit_code == 0, result.output
    ids = {p.stem for p in (out / "markdown").rglob("*.md") if p.stem != "index"}
    return ids, result.output


def _log(kb: TrustedKb, entry_id: str) -> Path:
    return kb.root / "kb" / "audit" / f"{entry_id}.jsonl"


def _append_forged(kb: TrustedKb, entry_id: str, fields: dict[str, object]) -> int:
    """Append a correctly chained event that nobody signed; return its line number."""
    path = _log(kb, entry_id)
    lines = path.read_bytes().splitlines()
    last = json.loads(lines[-1])
    record = {"seq": last["seq"] + 1, "prev": line_hash(lines[-1]), **fields}
    with path.open("a", encoding="utf-8") as handle:
        handle.write(json.dumps(record) + "\n")
    return len(lines) + 1


def _hide_key(kb: TrustedKb, person: str, tmp_path: Path) -> None:
    """The attacker does not hold ``person``'s key: take it out of the key folder."""
    shutil.move(kb.keys / f"{person}.key", tmp_path / f"elsewhere-{person}.key")


# --- 4: request, reject and retire are signed ----------------------------------------


@pytest.mark.parametrize(
    ("person", "args"),
    [
        ("rev-a", ("retire", "cat-cow", "--as", "rev-a", "--reason", "x")),
        ("rev-a", ("reject", "cat-cow", "--as", "rev-a", "--comment", "x")),
        ("author-a", ("request", "cat-cow", "--as", "author-a")),
    ],
    ids=["retire", "reject", "request"],
)
def test_no_event_is_recorded_for_someone_whose_key_is_not_at_hand(repo, tmp_path, person, args):
    _hide_key(repo, person, tmp_path)
    before = (repo.text("cat-cow"), _log(repo, "cat-cow").read_bytes())
    result = repo.cli("review", *args)
    assert result.exit_code == 2, result.output
    assert "no private key at" in result.output
    assert (repo.text("cat-cow"), _log(repo, "cat-cow").read_bytes()) == before


def test_every_event_carries_its_actors_signature(repo):
    repo.ok("review", "reject", "cat-cow", "--as", "rev-b", "--comment", "Add a hold time.")
    events = [json.loads(line) for line in _log(repo, "cat-cow").read_text().splitlines()]
    assert [e["event"] for e in events] == ["request", "approve", "reject"]
    assert all(e["signature"].startswith("ed25519:") for e in events)
    assert (
        "verified: 3 event(s) chained, 3 signed"
        in repo.ok("review", "log", "cat-cow", "--verify").output
    )


def test_a_rewritten_rejection_comment_is_detected(repo):
    repo.ok("review", "reject", "cat-cow", "--as", "rev-b", "--comment", "Add a hold time.")
    path = _log(repo, "cat-cow")
    path.write_text(path.read_text().replace("Add a hold time.", "Looks great, ship it."))
    result = repo.cli("review", "log", "cat-cow", "--verify")
    assert result.exit_code == 1
    assert "line 3: event 3 on line 3 (reject by rev-b" in result.output
    assert "forged or edited" in result.output
    found = [m for rule, m in repo.findings() if rule == "audit-signature"]
    assert found and "kb/audit/cat-cow.jsonl line 3" in found[0]


def test_a_forged_retire_by_a_reviewer_does_not_count(repo, tmp_path):
    # Written by hand, as a retire by rev-a would be, but with no signature.
    entry = repo.text("cat-cow").replace("status: approved", "status: retired", 1)
    repo.write("cat-cow", entry)
    line = _append_forged(
        repo,
        "cat-cow",
        {
            "event": "retire",
            "entry": "cat-cow",
            "actor": "rev-a",
            "at": "2026-11-30T10:00:00Z",
            "status": "retired",
            "content_hash": "sha256:0",
            "reason": "x",
        },
    )
    result = repo.cli("review", "log", "cat-cow", "--verify")
    assert result.exit_code == 1 and f"line {line}: " in result.output
    assert "is not signed" in result.output


# --- 3: forged events never steer the reviewer ----------------------------------------


def test_a_forged_approval_is_never_the_baseline_of_the_diff(repo, tmp_path):
    approved = repo.text("cat-cow")
    dangerous = approved.replace(
        '  - "Get on your hands and knees on a mat."\n',
        '  - "Get on your hands and knees on a mat."\n'
        "  - Push hard into the pain until you hear a crack.\n",
    ).replace("It is a good way to start the day.", "It is a fine way to start the day.")
    repo.write("cat-cow", dangerous)
    from carekb.load.reader import load_path
    from carekb.trust.canonical import content_hash, content_of

    doc = load_path(repo.path("cat-cow"), "cat-cow.yaml")
    line = _append_forged(
        repo,
        "cat-cow",
        {
            "event": "approve",
            "entry": "cat-cow",
            "actor": "rev-a",
            "at": "2026-11-30T10:00:00Z",
            "status": "approved",
            "content_hash": content_hash(doc.data),
            "content": content_of(doc.data),
            "approval": {"by": "rev-a"},
        },
    )
    commit(repo, "wording")
    repo.ok("review", "request", "cat-cow", "--as", "author-a")  # signed by the author

    diff = repo.ok("review", "diff", "cat-cow").output
    assert "+  - Push hard into the pain until you hear a crack." in diff
    assert "fine way to start the day" in diff
    # Lint names the forged line even after the author's signed request...
    found = [m for rule, m in repo.findings() if rule == "audit-signature"]
    assert any(f"kb/audit/cat-cow.jsonl line {line}:" in m for m in found), found
    # ...until a reviewer who read that diff decides.
    repo.ok("review", "reject", "cat-cow", "--as", "rev-b", "--comment", "Remove the new step.")
    assert not [m for rule, m in repo.findings() if rule == "audit-signature"]
    assert "cat-cow" not in _exported(repo, tmp_path / "site")[0]


def test_a_forged_approval_as_the_newest_event_keeps_the_entry_out(repo, tmp_path):
    assert "cat-cow" in _exported(repo, tmp_path / "before")[0]
    _append_forged(
        repo,
        "cat-cow",
        {
            "event": "request",
            "entry": "cat-cow",
            "actor": "author-a",
            "at": "2026-11-30T10:00:00Z",
            "status": "approved",
            "content_hash": "sha256:0",
        },
    )
    ids, output = _exported(repo, tmp_path / "after")
    assert "cat-cow" not in ids
    assert "unproven history" in output


# --- 1: rolling back an entry file cannot undo a decision ----------------------------


def test_rolling_back_the_entry_after_a_retire_does_not_publish_it(repo, tmp_path):
    repo.ok("review", "retire", "cat-cow", "--as", "rev-a", "--reason", "Replaced.")
    commit(repo, "retire cat-cow")
    git(repo, "checkout", "HEAD~1", "--", "kb/techniques/cat-cow.yaml")
    assert "status: approved" in repo.text("cat-cow")

    ids, output = _exported(repo, tmp_path / "site")
    assert "cat-cow" not in ids
    assert "cat-cow" in output and "unproven history" in output
    messages = [m for rule, m in repo.findings() if rule == "audit-chain"]
    assert any("left it 'retired'" in m and "rolled back" in m for m in messages), messages
    # Any review command completes the retire from the signed event: the file says so again.
    refused = repo.cli("review", "request", "cat-cow", "--as", "author-a")
    assert refused.exit_code == 2 and "a retired entry stays retired unless" in refused.output
    assert "status: retired" in repo.text("cat-cow")
    assert not [f for f in repo.findings() if f[0].startswith("audit")]


def test_rolling_back_to_an_older_approved_version_does_not_publish_it(repo, tmp_path):
    repo.edit("cat-cow", "hold_seconds: 3", "hold_seconds: 5")
    repo.ok("review", "approve", "cat-cow", "--as", "rev-b")
    commit(repo, "hold 5 s, approved again")
    assert "cat-cow" in _exported(repo, tmp_path / "new")[0]

    git(repo, "checkout", "HEAD~1", "--", "kb/techniques/cat-cow.yaml")
    assert "hold_seconds: 3" in repo.text("cat-cow")
    ids, output = _exported(repo, tmp_path / "old")
    assert "unproven history" in output
    assert "cat-cow" not in ids
    messages = [m for rule, m in repo.findings() if rule == "audit-chain"]
    assert any("replaced by the approval of other content" in m for m in messages), messages


def test_legitimate_history_still_exports(repo, tmp_path):
    # Re-approval after an edit, and a rejection then a new round.
    repo.edit("cat-cow", "hold_seconds: 3", "hold_seconds: 5")
    repo.ok("review", "approve", "cat-cow", "--as", "rev-b")
    repo.ok("review", "reject", "move-gently", "--as", "rev-b", "--comment", "Say when.")
    repo.edit("move-gently", "stop if it hurts.", "stop if it hurts, and rest.")
    repo.request_and_approve("move-gently", "rev-a")
    assert {"cat-cow", "move-gently"} <= _exported(repo, tmp_path / "site")[0]
    assert not [f for f in repo.findings() if f[0].startswith("audit")]


# --- Moving an unsigned history over: a lead's checkpoint ----------------------------


def _strip_signatures(kb: TrustedKb, entry_id: str) -> None:
    """Rewrite a log as carekb wrote it before events were signed (chain recomputed)."""
    path = _log(kb, entry_id)
    records = [json.loads(line) for line in path.read_text().splitlines()]
    previous: bytes | None = None
    out: list[bytes] = []
    for record in records:
        record.pop("signature", None)
        record["prev"] = line_hash(previous) if previous is not None else None
        previous = json.dumps(record).encode()
        out.append(previous)
    path.write_bytes(b"\n".join(out) + b"\n")


def test_a_leads_checkpoint_vouches_for_history_written_before_events_were_signed(repo, tmp_path):
    _strip_signatures(repo, "cat-cow")
    assert "cat-cow" not in _exported(repo, tmp_path / "before")[0]
    assert [r for r, _ in repo.findings() if r == "audit-signature"]

    refused = repo.cli("review", "checkpoint", "cat-cow", "--as", "rev-a")
    assert refused.exit_code == 2 and "is not a lead in the trust root" in refused.output

    done = repo.ok("review", "checkpoint", "--as", "lead-l")
    assert "cat-cow: checkpoint by lead-l" in done.output
    assert "cat-cow" in _exported(repo, tmp_path / "after")[0]
    assert not [r for r, _ in repo.findings() if r.startswith("audit")]
    verified = repo.ok("review", "log", "cat-cow", "--verify").output
    assert "2 vouched for by a lead's checkpoint" in verified


def test_a_forged_checkpoint_vouches_for_nothing(repo, tmp_path):
    _strip_signatures(repo, "cat-cow")
    last = json.loads(_log(repo, "cat-cow").read_text().splitlines()[-1])
    _append_forged(
        repo,
        "cat-cow",
        {
            "event": "checkpoint",
            "entry": "cat-cow",
            "actor": "lead-l",
            "at": "2026-11-30T10:00:00Z",
            "status": last["status"],
            "content_hash": last["content_hash"],
        },
    )
    assert "cat-cow" not in _exported(repo, tmp_path / "site")[0]
