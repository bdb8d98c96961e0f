"""The roster commands and the trust root from the command line: the everyday cases."""

from __future__ import annotations

import json

import pytest

from carekb.trust.root import fingerprint
from trust.trust_helpers import LEADS, write_trust

# --- roster sign and verify ---------------------------------------------------------


def test_sign_writes_only_the_signatures_block(kb):
    before = kb.roster.read_bytes()
    kb.edit_roster("    name: Raj Reviewer\n", "    name: Raj Reviewer-Smith\n")
    edited = kb.roster.read_bytes()
    kb.sign_roster("lead-l")
    after = kb.roster.read_bytes()
    head = edited.split(b"\nsignatures:")[0]
    assert after.startswith(head)  # people, comments and formatting byte for byte
    assert after != before
    text = after.decode()
    assert text.count("\nsignatures:\n") == 1
    assert "  roster_hash: sha256:" in text
    assert "    rev-a: sha256:" in text
    assert "    - by: lead-l\n" in text
    assert "# The clinical leads' signatures ('carekb roster sign')" in text


def test_verify_says_who_signed_against_which_trust_root(kb):
    result = kb.ok("roster", "verify")
    out = result.output
    assert "roster: kb/people.yaml, 6 people, " in out
    assert f"trust root: {kb.trust_file}: 1 of 2 lead(s) must sign" in out
    assert f"  lead lead-l {fingerprint(kb.lead_keys['lead-l'])}" in out
    assert "lead-l at " in out and ": valid, covers the roster as it is now" in out
    assert "trusted: yes, signed as it is now by lead-l (1 of 1 required)" in out
    assert "note: the trust root is inside the project" not in out


def test_sign_needs_a_lead_of_the_trust_root_with_their_own_key(kb):
    not_lead = kb.cli("roster", "sign", "--as", "rev-a")
    assert not_lead.exit_code == 2
    assert "'rev-a' is not a lead in the trust root" in not_lead.output
    wrong_key = kb.cli("roster", "sign", "--as", "lead-l", "--key", kb.keys / "lead-m.key")
    assert wrong_key.exit_code == 2
    assert "is not the key the trust root" in wrong_key.output
    no_key = kb.cli("roster", "sign", "--as", "lead-l", "--key", kb.keys / "missing.key")
    assert no_key.exit_code == 2
    assert "no private key at" in no_key.output


def test_sign_refuses_a_roster_that_does_not_match_its_schema(kb):
    kb.edit_roster("    roles: [reviewer]\n", "    roles: [superuser]\n")
    result = kb.cli("roster", "sign", "--as", "lead-l")
    assert result.exit_code == 2
    assert "does not match its schema" in result.output


def test_sign_and_verify_need_a_trust_root(kb):
    for args in (("roster", "sign", "--as", "lead-l"), ("roster", "verify")):
        result = kb.cli(*args, trust=False)
        assert result.exit_code == 2, result.output
        assert "no trust root configured" in result.output
        assert "--trust FILE" in result.output


def test_the_trust_option_wins_over_the_environment(kb, tmp_path):
    other = tmp_path / "other-trust.yaml"
    write_trust(other, {"lead-m": kb.lead_keys["lead-m"]}, 1)
    result = kb.cli("roster", "verify", "--trust", other)
    assert result.exit_code == 1  # lead-m never signed
    assert f"trust root: {other}" in result.output
    assert "is by 'lead-l', who is not a lead in the trust root" in result.output


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "not found"),
        ("", "file is empty"),
        ("- a\n", "mapping"),
        ("threshold: 1\n", "'leads' must be a list of at least one lead"),
        ("leads:\n  - id: x\n    public_key: ed25519:nope\n", "has no valid public_key"),
        ("leads: []\nthreshold: 1\n", "'leads' must be a list"),
        ("leads:\n  - id: Bad Id\n    public_key: PUB\n", "has no valid id"),
        ("leads:\n  - id: a\n    public_key: PUB\n  - id: a\n    public_key: PUB\n", "twice"),
        (
            "threshold: 2\nleads:\n  - id: a\n    public_key: PUB\n"
            "  - id: b\n    public_key: PUB\n",
            "have the same public key",
        ),
        ("threshold: 2\nleads:\n  - id: a\n    public_key: PUB\n", "could never be trusted"),
        ("threshold: 0\nleads:\n  - id: a\n    public_key: PUB\n", "at least 1"),
        ("leeds: []\n", "unknown field 'leeds'"),
        ("leads: [\n", "trust root"),
    ],
)
def test_a_missing_or_broken_trust_file_is_a_clear_error(kb, tmp_path, content, message):
    path = tmp_path / "broken" / "trust.yaml"
    if content is not None:
        path.parent.mkdir()
        path.write_text(content.replace("PUB", kb.lead_keys["lead-l"]), encoding="utf-8")
    for args in (("roster", "verify"), ("lint",), ("status",), ("export", "--out", tmp_path)):
        result = kb.cli(*args, "--trust", path)
        assert result.exit_code == 2, (args, result.output)
        assert message in result.output, result.output
        assert "Traceback" not in result.output


def test_an_unreadable_trust_file_is_a_clear_error(kb, tmp_path):
    folder = tmp_path / "a-folder"
    folder.mkdir()
    result = kb.cli("roster", "verify", "--trust", folder)
    assert result.exit_code == 2
    assert "is not a file" in result.output or "is a directory" in result.output
    garbage = tmp_path / "garbage.yaml"
    garbage.write_bytes(b"\xff\xfe\x00garbage")
    result = kb.cli("lint", "--trust", garbage)
    assert result.exit_code == 2
    assert f"trust root {garbage}:1:1:" in result.output


def test_a_missing_trust_file_in_the_environment_stops_every_command(kb, tmp_path):
    kb.trust_file = tmp_path / "nowhere" / "trust.yaml"
    for args in (("lint",), ("status",), ("roster", "verify"), ("export", "--out", tmp_path)):
        result = kb.cli(*args)
        assert result.exit_code == 2, (args, result.output)
        assert f"trust root {kb.trust_file} not found" in result.output


def test_the_user_config_folder_holds_the_default_trust_root(kb, monkeypatch, tmp_path):
    config = tmp_path / "xdg"
    (config / "carekb").mkdir(parents=True)
    (config / "carekb" / "trust.yaml").write_text(kb.trust_file.read_text())
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    result = kb.cli("roster", "verify", trust=False)
    assert result.exit_code == 0, result.output
    assert f"trust root: {config / 'carekb' / 'trust.yaml'}" in result.output


# --- What does and does not need a new signature ------------------------------------


def test_order_comments_and_formatting_keep_the_signature(kb):
    text = kb.roster.read_text(encoding="utf-8")
    rev_b = text[text.index("  - id: rev-b\n") : text.index("  - id: lead-l\n")]
    text = text.replace(rev_b, "")  # move rev-b to the top of the list
    text = text.replace("people:\n", "people:\n" + rev_b, 1)
    text = text.replace("    credentials: [PT]\n", "    credentials:\n      - PT   # a comment\n")
    kb.roster.write_text(text, encoding="utf-8")
    assert kb.cli("roster", "verify").exit_code == 0
    assert kb.messages("roster-trust") == []


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("    name: Rita Reviewer\n", "    name: Rita Reviewer, MD\n"),  # names are printed
        ("    credentials: [PT]\n", "    credentials: [PT, MD]\n"),  # so are credentials
        ("    roles: [lead]\n", "    roles: [lead, reviewer]\n"),
        ("        valid_from: 2020-01-01\n", "        valid_from: 2019-01-01\n"),
        # notices go there (carekb notify): an address nobody signed could redirect them
        ("    name: Lee Lead\n", "    name: Lee Lead\n    email: lee@example.org\n"),
    ],
)
def test_any_change_to_identity_roles_or_keys_needs_a_new_signature(kb, old, new):
    kb.edit_roster(old, new)
    assert kb.cli("roster", "verify").exit_code == 1
    assert kb.messages("roster-trust")


def test_a_removed_person_is_named(kb):
    text = kb.roster.read_text(encoding="utf-8")
    start = text.index("  - id: rev-author\n")
    end = text.index("\n\n# The clinical leads' signatures")
    kb.roster.write_text(text[:start] + text[end + 1 :], encoding="utf-8")
    messages = kb.messages("roster-trust")
    assert any(m.startswith("'rev-author' was removed after") for m in messages), messages


def test_a_hand_edited_signature_does_not_verify(kb):
    text = kb.roster.read_text(encoding="utf-8")
    signature = text.split("signature: ed25519:")[1][:10]
    kb.roster.write_text(text.replace(signature, "A" * 10), encoding="utf-8")
    messages = kb.messages("roster-trust")
    assert any("does not verify with lead-l's key in the trust root" in m for m in messages)
    assert kb.cli("roster", "verify").exit_code == 1


def test_a_stray_signature_beside_enough_real_ones_grants_and_takes_nothing(kb):
    kb.edit_roster(
        "  signed:\n",
        "  signed:\n    - by: mallory\n      at: 2026-01-01T00:00:00Z\n"
        "      signature: ed25519:" + "A" * 86 + "==\n",
    )
    result = kb.ok("roster", "verify")
    assert "mallory at 2026-01-01T00:00:00Z: does NOT verify" in result.output
    assert "trusted: yes" in result.output
    assert kb.messages("roster-trust") == []


def test_an_untrusted_roster_voids_approvals_made_under_a_trusted_one(kb, tmp_path):
    kb.request_and_approve("cat-cow", "rev-a")
    kb.request_and_approve("move-gently", "rev-b")
    kb.edit_roster("    roles: [lead]\n", "    roles: [lead, reviewer]\n")
    rules = {rule for rule, _ in kb.findings()}
    assert rules == {"roster-trust"}  # reported once, not once per approval
    exported, summary = kb.exported(tmp_path / "out")
    assert exported == set()
    assert summary.endswith("2 untrusted roster, 1 handout not approved")
    status = kb.ok("status").output
    assert "0 approved and valid now" in status
    assert "roster: kb/people.yaml is NOT trusted: 0 of 1 required" in status
    assert "Approvals that do not verify (2):" in status
    kb.ok("status", "--html", tmp_path / "status.html")
    page = (tmp_path / "status.html").read_text(encoding="utf-8")
    assert '<p class="alert">Roster: kb/people.yaml is NOT trusted' in page


# --- Without a trust root -------------------------------------------------------------


def _warnings_on(kb):
    config = kb.root / "carekb.yaml"
    config.write_text(config.read_text().replace("    roster-unverified: off\n", ""))


def test_without_a_trust_root_lint_warns_once_and_approvals_count(kb, tmp_path):
    _warnings_on(kb)
    kb.request_and_approve("cat-cow", "rev-a")
    findings = kb.findings(trust=False)
    assert [rule for rule, _ in findings] == ["roster-unverified"]
    assert findings[0][1].startswith("roster is not verified: no trust root configured")
    result = kb.cli("lint", trust=False)
    assert result.exit_code == 0
    assert result.output.endswith("0 errors, 1 warning\n")
    status = kb.cli("status", trust=False).output
    assert "roster: kb/people.yaml is not verified: no trust root configured" in status


def test_a_roster_without_keys_is_not_reported(tmp_path, run):
    root = tmp_path / "fresh"
    assert run("init", root).exit_code == 0
    result = run("lint", "--root", root, "--format", "json", "--no-cache")
    # Only the example person's placeholder name, which is not about trust.
    assert [f["rule"] for f in json.loads(result.stdout)] == ["placeholder-text"]


def test_export_require_trust_refuses_without_a_trust_root(kb, tmp_path):
    kb.request_and_approve("move-gently", "rev-b")  # cat-cow is never exported without it
    kb.request_and_approve("cat-cow", "rev-a")
    out = tmp_path / "out"
    kb.ok("export", "--format", "markdown", "--out", out)
    before = sorted(p.name for p in out.rglob("*"))
    result = kb.cli("export", "--format", "markdown", "--out", out, "--require-trust", trust=False)
    assert result.exit_code == 2
    assert "roster is not verified: no trust root configured" in result.output
    assert sorted(p.name for p in out.rglob("*")) == before  # the last export stays
    first = ("--require-trust", "--first-export")
    assert kb.cli("export", "--format", "markdown", "--out", out, *first).exit_code == 0


def test_export_require_trust_refuses_an_untrusted_roster(kb, tmp_path):
    kb.edit_roster("    roles: [lead]\n", "    roles: [lead, reviewer]\n")
    result = kb.cli("export", "--out", tmp_path / "out", "--require-trust")
    assert result.exit_code == 1
    assert "is NOT trusted" in result.output
    assert "'lead-l' (roles: lead, reviewer; keys: ed25519:" in result.output
    assert ") changed after the clinical leads signed the roster" in result.output
    assert not (tmp_path / "out").exists()


# --- Fingerprints in carekb.yaml and lead keys -------------------------------------------


def test_fingerprints_in_the_config_flag_the_wrong_trust_file_but_grant_nothing(kb):
    config = kb.root / "carekb.yaml"
    text = config.read_text()
    expected = fingerprint(kb.lead_keys["lead-m"])
    config.write_text(text + f"trust:\n  fingerprints:\n    - {expected}\n")
    messages = kb.messages("roster-trust")
    assert len(messages) == 1
    assert "is not the one this project expects" in messages[0]
    assert f"lead-l ({fingerprint(kb.lead_keys['lead-l'])})" in messages[0]
    assert "warning: the trust root is not the one carekb.yaml expects" in (
        kb.ok("roster", "verify").output
    )
    # Without a trust root, the fingerprint alone makes nothing trusted.
    kb.edit_roster("    roles: [lead]\n", "    roles: [lead, reviewer]\n")
    assert kb.cli("roster", "verify", trust=False).exit_code == 2


def test_keys_new_lead_prints_the_trust_root_lines(kb):
    result = kb.ok("keys", "new", "chief", "--lead", "--no-passphrase", trust=False)
    assert "  - id: chief\n    public_key: ed25519:" in result.stdout
    assert "add these lines under 'leads:' in the trust root" in result.output
    assert "SHA256:" in result.output
    assert (kb.keys / "chief.key").stat().st_mode & 0o777 == 0o600
    refused = kb.cli("keys", "new", "chief", "--no-passphrase", trust=False)
    assert refused.exit_code == 2
    assert "a clinical lead's key for the trust root takes --lead" in refused.output


def test_a_trust_root_of_every_lead_can_be_read_back(kb):
    kb.set_trust(LEADS, 2)
    assert "2 of 2 lead(s) must sign" in kb.cli("roster", "verify").output
