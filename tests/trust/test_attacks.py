"""What the issue asks the tests to show: the roster attacks are refused, lead changes work.

Each test starts from a project whose roster lead-l signed, verified against a
trust root outside the project (``CAREKB_TRUST``), and runs the real CLI.
"""

from __future__ import annotations

import re
import shutil

from trust.trust_helpers import (
    TrustedKb,
    attacker_key,
    forge_approval,
    make_trusted_kb,
    roster_key,
)

# author-b gives themselves the reviewer role and a key of their own.
SELF_PROMOTION = (
    "  - id: author-b\n    name: Ben Author\n    credentials: [MPH]\n    roles: [author]\n",
    "  - id: author-b\n    name: Ben Author\n    credentials: [MPH]\n"
    "    roles: [author, reviewer]\n",
)


def _promote_author_b(kb: TrustedKb) -> str:
    """The roster edit of the attack (and of the lead, done properly): author-b reviews.

    author-b already holds a roster key (authors sign their requests); the
    attack only adds the reviewer role.
    """
    kb.edit_roster(*SELF_PROMOTION)
    return roster_key(kb, "author-b")


def test_an_author_who_makes_themselves_a_reviewer_approves_nothing(kb, tmp_path):
    kb.request_and_approve("move-gently", "rev-b")  # cat-cow is never exported without it
    kb.ok("review", "request", "cat-cow", "--as", "author-a")
    _promote_author_b(kb)

    # With the trust root, carekb refuses to sign at all: the approval could not count.
    refused = kb.cli("review", "approve", "cat-cow", "--as", "author-b")
    assert refused.exit_code == 2
    assert "kb/people.yaml is NOT trusted" in refused.output
    assert "nothing was signed" in refused.output

    # On a machine without the trust root the approval is written, properly signed...
    kb.ok("review", "approve", "cat-cow", "--as", "author-b", trust=False)
    assert "by: author-b" in kb.text("cat-cow")

    # ...and with it, lint names the unsigned roster change and counts no approval.
    roster_errors = kb.messages("roster-trust")
    assert any(
        m.startswith("'author-b' (roles: author, reviewer; keys: ed25519:")
        and "changed after the clinical leads signed the roster" in m
        for m in roster_errors
    ), roster_errors
    assert any("0 of 1 required signatures" in m for m in roster_errors)
    exported, summary = kb.exported(tmp_path / "out")
    assert "cat-cow" not in exported
    assert "untrusted roster" in summary
    verify = kb.cli("roster", "verify")
    assert verify.exit_code == 1
    assert "trusted: NO" in verify.output
    assert "'author-b' (roles: author, reviewer" in verify.output

    # The same change, made properly: a lead checks it and signs the roster.
    signed = kb.sign_roster("lead-l")
    assert "vouched for: author-b changed" in signed.output
    assert "is trusted" in signed.output
    assert kb.messages("roster-trust") == []
    exported, _ = kb.exported(tmp_path / "out2")
    assert "cat-cow" in exported


def test_adding_a_new_person_is_named_as_added(kb):
    kb.edit_roster(
        "  - id: lead-l\n",
        "  - id: mallory\n    name: Mal Lory\n    credentials: [MD]\n    roles: [reviewer]\n"
        "  - id: lead-l\n",
    )
    messages = kb.messages("roster-trust")
    assert any(
        m.startswith("'mallory' (roles: reviewer; keys: none) was added after") for m in messages
    ), messages


def test_a_swapped_reviewer_key_fails_every_approval_and_the_roster_signature(kb, tmp_path):
    kb.request_and_approve("cat-cow", "rev-a")
    kb.ok("review", "request", "move-gently", "--as", "author-b")
    assert kb.findings() == []

    # The attacker puts their own public key in place of rev-a's...
    mine, public = attacker_key(tmp_path)
    kb.edit_roster(roster_key(kb, "rev-a"), public)
    # ...and approves as rev-a where no trust root checks the roster.
    kb.ok("review", "approve", "move-gently", "--as", "rev-a", "--key", mine, trust=False)

    findings = kb.findings()
    signature = [m for rule, m in findings if rule == "approval-signature"]
    assert len(signature) == 1  # rev-a's real approval no longer verifies
    assert "does not verify with their roster key" in signature[0]
    roster = [m for rule, m in findings if rule == "roster-trust"]
    assert any(m.startswith("'rev-a' (roles: reviewer; keys: ed25519:") for m in roster)
    assert any("0 of 1 required signatures" in m for m in roster)

    exported, summary = kb.exported(tmp_path / "out")
    assert exported == set()  # neither the real nor the forged approval counts
    assert "untrusted roster" in summary and "bad signature" in summary
    status = kb.ok("status", "--format", "json").stdout
    assert '"trusted": false' in status


def test_key_rotation_keeps_older_approvals_valid(kb, tmp_path):
    kb.ok("review", "request", "cat-cow", "--as", "author-a", now="2026-01-10T09:00:00Z")
    kb.ok("review", "approve", "cat-cow", "--as", "rev-a", now="2026-01-10T10:00:00Z")
    old_key = tmp_path / "rev-a-old.key"
    shutil.copy2(kb.keys / "rev-a.key", old_key)

    # The lead rotates rev-a's key: the old one ends on 2026-02-01, a new one starts.
    new = re.search(
        r"ed25519:\S+", kb.ok("keys", "new", "rev-a", "--force", "--no-passphrase").stdout
    )
    assert new
    old = roster_key(kb, "rev-a")
    kb.edit_roster(
        f"      - public_key: {old}\n        valid_from: 2020-01-01\n",
        f"      - public_key: {old}\n        valid_from: 2020-01-01\n"
        "        valid_until: 2026-02-01\n"
        f"      - public_key: {new.group(0)}\n        valid_from: 2026-02-02\n",
    )
    kb.sign_roster("lead-l")

    later = "2026-03-01T09:00:00Z"
    assert kb.findings(now=later) == []  # the approval made with the old key still counts
    kb.ok("review", "request", "move-gently", "--as", "author-b", now=later)
    kb.ok("review", "approve", "move-gently", "--as", "rev-a", now=later)
    exported, _ = kb.exported(tmp_path / "out", now=later)
    assert {"cat-cow", "move-gently"} <= exported

    # The old key cannot sign after its valid_until: carekb refuses...
    kb.ok("review", "request", "upper-back", "--as", "author-a", now=later)
    refused = kb.cli(
        "review", "approve", "upper-back", "--as", "rev-a", "--key", old_key, now=later
    )
    assert refused.exit_code == 2
    assert "not valid on 2026-03-01" in refused.output
    # ...and an approval made with it by hand does not count.
    forge_approval(kb, "upper-back", "rev-a", old_key, "2026-03-05T09:00:00Z")
    messages = kb.messages("approval-signature", now="2026-03-06T09:00:00Z")
    assert any("was not valid on 2026-03-05" in m for m in messages), messages
    exported, _ = kb.exported(tmp_path / "out2", now="2026-03-06T09:00:00Z")
    assert "upper-back" not in exported


def test_revoking_a_key_voids_every_approval_it_made_and_lint_lists_them(kb, tmp_path):
    kb.request_and_approve("cat-cow", "rev-a")
    kb.request_and_approve("move-gently", "rev-a")
    kb.request_and_approve("upper-back", "rev-b")
    exported, _ = kb.exported(tmp_path / "before")
    assert exported == {"cat-cow", "move-gently", "upper-back"}

    key = roster_key(kb, "rev-a")
    kb.edit_roster(
        f"      - public_key: {key}\n",
        f"      - public_key: {key}\n        revoked: 2026-11-20\n"
        "        revoked_reason: laptop stolen\n",
    )
    kb.sign_roster("lead-l")  # the lead signs the revocation

    revoked = kb.messages("approval-revoked")
    assert len(revoked) == 2  # cat-cow and move-gently, whatever their dates
    assert all("revoked on 2026-11-20: laptop stolen" in m for m in revoked)
    assert kb.messages("roster-trust") == []
    exported, summary = kb.exported(tmp_path / "after")
    assert "cat-cow" not in exported and "move-gently" not in exported
    assert "revoked key" in summary

    refused = kb.cli("review", "approve", "cat-cow", "--as", "rev-a")
    assert refused.exit_code == 2
    assert "was revoked on 2026-11-20" in refused.output


def test_a_revocation_removed_by_hand_makes_the_roster_untrusted(kb):
    key = roster_key(kb, "rev-a")
    kb.edit_roster(
        f"      - public_key: {key}\n", f"      - public_key: {key}\n        revoked: 2026-11-20\n"
    )
    kb.sign_roster("lead-l")
    kb.edit_roster("        revoked: 2026-11-20\n", "")  # someone "un-revokes" the key
    assert any(m.startswith("'rev-a'") for m in kb.messages("roster-trust"))


def test_a_threshold_of_two_needs_two_distinct_leads(tmp_path):
    kb = make_trusted_kb(tmp_path, threshold=2, signers=("lead-l",))
    kb.ok("review", "request", "cat-cow", "--as", "author-a")
    refused = kb.cli("review", "approve", "cat-cow", "--as", "rev-a")
    assert refused.exit_code == 2
    assert "1 of 2 required lead signature(s)" in refused.output
    assert any("1 of 2 required signatures" in m for m in kb.messages("roster-trust"))

    again = kb.sign_roster("lead-l")  # the same lead twice is still one
    assert "dropped: the signature by lead-l" in again.output
    assert kb.cli("roster", "verify").exit_code == 1

    second = kb.sign_roster("lead-m")
    assert "kept: the signature by lead-l" in second.output
    verify = kb.ok("roster", "verify")
    assert "trusted: yes, signed as it is now by lead-l, lead-m (2 of 2 required)" in (
        verify.output
    )
    kb.request_and_approve("move-gently", "rev-b")  # cat-cow is never exported without it
    kb.ok("review", "approve", "cat-cow", "--as", "rev-a")
    exported, _ = kb.exported(tmp_path / "out")
    assert "cat-cow" in exported

    # A later change needs both leads again: lead-m's signature is over the old roster.
    kb.edit_roster("    name: Raj Reviewer\n", "    name: Raj Reviewer-Smith\n")
    resigned = kb.sign_roster("lead-l")
    assert "dropped: the signature by lead-m" in resigned.output
    assert "signed an earlier roster" in resigned.output
    assert kb.cli("roster", "verify").exit_code == 1
    exported, _ = kb.exported(tmp_path / "out2")
    assert exported == set()
