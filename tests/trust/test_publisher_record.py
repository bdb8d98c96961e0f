"""The publisher's record: a repository rolled back with git is refused, not published.

Each signed version of an entry, its audit log or the roster stays well
signed for ever, so rolling all of them back together passes every signature
check. ``carekb export --require-trust`` therefore keeps a record outside the
repository (the newest roster version it accepted, and every entry's newest
proven event) and refuses anything older. Every test runs the real CLI on a
signed project committed with real git; the record is the default one in the
test's own user data folder.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from click.testing import Result

from trust.trust_helpers import TrustedKb, commit, git, make_trusted_kb, roster_key

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="needs git")

TRUSTED = ("--require-trust",)
FIRST = ("--require-trust", "--first-export")
CAT_COW = ("kb/techniques/cat-cow.yaml", "kb/audit/cat-cow.jsonl")


@pytest.fixture
def repo(kb: TrustedKb) -> TrustedKb:
    """The signed project in git, cat-cow and move-gently approved and committed."""
    git(kb, "init", "-q")
    kb.request_and_approve("move-gently", "rev-a")
    kb.request_and_approve("cat-cow", "rev-a")
    commit(kb, "approved")
    return kb


def _export(kb: TrustedKb, out: Path, *args: str) -> Result:
    return kb.cli("export", "--format", "markdown", "--out", out, *args)


def _ids(out: Path) -> set[str]:
    """The entries whose content is published (a retired entry's withdrawn notice is not)."""
    return {
        p.stem
        for p in (out / "markdown").rglob("*.md")
        if p.stem != "index" and "\nwithdrawn: " not in p.read_text(encoding="utf-8")
    }


def _published(kb: TrustedKb, out: Path, *args: str) -> set[str]:
    """The ids exported; an export that leaves every entry out is allowed here."""
    result = _export(kb, out, "--allow-empty", *args)
    assert result.exit_code == 0, result.output
    return _ids(out)


def _record(kb: TrustedKb) -> dict[str, object]:
    data = json.loads(kb.record.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def _project(kb: TrustedKb) -> str:
    found = re.search(r"^  project: (\S+)$", kb.roster.read_text(encoding="utf-8"), re.M)
    assert found, "the roster names no project"
    return found.group(1)


# --- Attack 1: an entry and its log rolled back together -----------------------------


def test_rolling_back_a_retired_entry_and_its_log_together_is_refused(repo, tmp_path):
    site = tmp_path / "site"
    assert "cat-cow" in _published(repo, site, *FIRST)
    repo.ok("review", "retire", "cat-cow", "--as", "rev-a", "--reason", "Replaced.")
    commit(repo, "retire cat-cow")
    assert "cat-cow" not in _published(repo, site, *TRUSTED)
    record_before = repo.record.read_bytes()
    files_before = sorted(p.relative_to(site) for p in site.rglob("*"))

    git(repo, "checkout", "HEAD~1", "--", *CAT_COW)  # the attack, exactly as filed
    assert "status: approved" in repo.text("cat-cow")
    # Every line of the old history is well signed: nothing in the repository can tell.
    assert [f for f in repo.findings() if f[0].startswith(("audit", "approval"))] == []

    refused = _export(repo, site, *TRUSTED)
    assert refused.exit_code == 1, refused.output
    assert "refused: 1 file(s) are older than what this publisher exported last" in refused.output
    assert "kb/audit/cat-cow.jsonl no longer holds event 3 (retire by rev-a" in refused.output
    assert "git log -- kb/audit/cat-cow.jsonl" in refused.output
    assert "nothing was exported" in refused.output
    # The last export and the record stand, untouched.
    assert sorted(p.relative_to(site) for p in site.rglob("*")) == files_before
    assert "cat-cow" not in _ids(site)
    assert repo.record.read_bytes() == record_before

    # Recovery: put the newest history back from git; the export runs, still without it.
    git(repo, "checkout", "HEAD", "--", *CAT_COW)
    assert "cat-cow" not in _published(repo, site, *TRUSTED)


def test_rolling_back_a_rejection_with_its_log_is_refused(repo, tmp_path):
    assert "cat-cow" in _published(repo, tmp_path / "site", *FIRST)
    repo.ok("review", "reject", "cat-cow", "--as", "rev-b", "--comment", "Unsafe step.")
    commit(repo, "rejected")
    assert "cat-cow" not in _published(repo, tmp_path / "site", *TRUSTED)
    git(repo, "checkout", "HEAD~1", "--", *CAT_COW)
    refused = _export(repo, tmp_path / "site", *TRUSTED)
    assert refused.exit_code == 1
    assert "(reject by rev-b" in refused.output


def test_a_log_truncated_by_hand_or_taken_from_another_commit_is_refused(repo, tmp_path):
    assert "cat-cow" in _published(repo, tmp_path / "a", *FIRST)
    log = repo.root / CAT_COW[1]
    lines = log.read_bytes().splitlines(keepends=True)
    log.write_bytes(b"".join(lines[:-1]))  # the approval's line dropped: the chain still holds
    refused = _export(repo, tmp_path / "b", *TRUSTED)
    assert refused.exit_code == 1
    assert "kb/audit/cat-cow.jsonl no longer holds event 2 (approve by rev-a" in refused.output


def test_a_refused_rollback_can_be_accepted_once_and_only_where_it_happened(repo, tmp_path):
    assert "cat-cow" in _published(repo, tmp_path / "a", *FIRST)
    repo.ok("review", "retire", "cat-cow", "--as", "rev-a", "--reason", "Replaced.")
    commit(repo, "retire")
    assert "cat-cow" not in _published(repo, tmp_path / "a", *TRUSTED)
    git(repo, "checkout", "HEAD~1", "--", *CAT_COW)

    wrong = _export(repo, tmp_path / "a", *TRUSTED, "--accept-rollback", "move-gently")
    assert wrong.exit_code == 2
    assert "the history of 'move-gently' was not rolled back" in wrong.output
    # The publisher accepts it for cat-cow, once; the record moves to the older head.
    assert "cat-cow" in _published(repo, tmp_path / "a", *TRUSTED, "--accept-rollback", "cat-cow")
    assert _published(repo, tmp_path / "a", *TRUSTED) >= {"cat-cow"}
    again = _export(repo, tmp_path / "a", *TRUSTED, "--accept-rollback", "cat-cow")
    assert again.exit_code == 2  # nothing to accept any more: a standing flag is refused


# --- Attack 2: the roster rolled back, undoing a revocation --------------------------


def _revoke_rev_a(kb: TrustedKb) -> None:
    key = roster_key(kb, "rev-a")
    kb.edit_roster(
        f"      - public_key: {key}\n",
        f"      - public_key: {key}\n        revoked: 2026-01-02\n"
        "        revoked_reason: laptop stolen\n",
    )
    kb.sign_roster("lead-l")


def test_rolling_back_the_roster_to_undo_a_revocation_is_refused(repo, tmp_path):
    site = tmp_path / "site"
    assert {"cat-cow", "move-gently"} <= _published(repo, site, *FIRST)
    _revoke_rev_a(repo)
    commit(repo, "revoke rev-a's key")
    assert "version: 2" in repo.roster.read_text(encoding="utf-8")
    assert not {"cat-cow", "move-gently"} & _published(repo, site, *TRUSTED)

    git(repo, "checkout", "HEAD~1", "--", "kb/people.yaml")  # the attack, as filed
    verify = repo.ok("roster", "verify")
    assert "trusted: yes" in verify.output  # the old roster is still well signed...
    refused = _export(repo, site, *TRUSTED)
    assert refused.exit_code == 1, refused.output  # ...but older than the record
    assert "kb/people.yaml is version 1, older than version 2" in refused.output
    assert "undo a revocation" in refused.output
    assert not {"cat-cow", "move-gently"} & _ids(site)

    # Recovery: restore the newest signed roster.
    git(repo, "checkout", "HEAD", "--", "kb/people.yaml")
    assert not {"cat-cow", "move-gently"} & _published(repo, site, *TRUSTED)


def test_a_lost_roster_is_signed_again_above_the_recorded_version(repo, tmp_path):
    assert _published(repo, tmp_path / "a", *FIRST)
    _revoke_rev_a(repo)
    commit(repo, "revoke")
    _published(repo, tmp_path / "a", *TRUSTED)
    git(repo, "checkout", "HEAD~1", "--", "kb/people.yaml")
    assert _export(repo, tmp_path / "a", *TRUSTED).exit_code == 1
    # The lead re-does the revocation on the old file and signs it above version 2.
    key = roster_key(repo, "rev-a")
    repo.edit_roster(
        f"      - public_key: {key}\n",
        f"      - public_key: {key}\n        revoked: 2026-01-02\n",
    )
    low = repo.cli("roster", "sign", "--as", "lead-l", "--version", "1", now="2026-01-01T00:00:00Z")
    assert low.exit_code == 2 and "is not above the roster's version 1" in low.output
    signed = repo.sign_roster("lead-l", "--version", "3")
    assert "version 3" in signed.output
    assert not {"cat-cow", "move-gently"} & _published(repo, tmp_path / "a", *TRUSTED)


def test_the_roster_version_rises_with_each_signed_change_and_leads_agree_on_it(tmp_path):
    kb = make_trusted_kb(tmp_path, threshold=2, signers=("lead-l", "lead-m"))
    text = kb.roster.read_text(encoding="utf-8")
    assert "version: 1" in text  # the second lead co-signed the same version
    assert text.count("    - by: lead-") == 2
    kb.edit_roster("    roles: [lead]\n", "    roles: [lead, author]\n")
    first = kb.sign_roster("lead-l")
    assert "version 2" in first.output and "signed an earlier roster" in first.output
    second = kb.sign_roster("lead-m")
    assert "version 2" in second.output and "kept: the signature by lead-l" in second.output
    assert kb.ok("roster", "verify").output.count("valid, covers the roster as it is now") == 2


# --- Expiry: nobody can freeze a site on an old roster -------------------------------


def test_an_expired_roster_is_not_trusted_and_a_lead_renews_it(repo, tmp_path):
    repo.sign_roster("lead-l", "--expires", "2026-06-30")
    later = "2026-07-01T09:00:00Z"
    messages = repo.messages("roster-trust", now=later)
    assert any("expired on 2026-06-30" in m for m in messages), messages
    # The publisher's machine clock is past that day too (this runs after mid-2026).
    refused = _export(repo, tmp_path / "site", *FIRST)
    assert refused.exit_code == 1 and "expired on 2026-06-30" in refused.output
    assert not (tmp_path / "site").exists()

    refused = repo.cli("roster", "sign", "--as", "lead-l", "--expires", "2026-06-30", now=later)
    assert refused.exit_code == 2 and "is not after today" in refused.output
    renewed = repo.sign_roster("lead-l", "--expires", "2027-06-30", now=later)
    assert "expires 2027-06-30" in renewed.output
    assert repo.messages("roster-trust", now=later) == []


def test_a_roster_signature_dated_in_the_future_does_not_count(repo):
    repo.sign_roster("lead-l", now="2026-03-01T00:00:00Z")
    messages = repo.messages("roster-trust", now="2026-02-01T00:00:00Z")
    assert any("later than now" in m for m in messages), messages


def test_a_roster_signed_in_the_earlier_format_counts_for_nothing_until_signed_again(repo):
    text = repo.roster.read_text(encoding="utf-8")
    repo.roster.write_text(re.sub(r"(?m)^  (project|version|expires): .*\n", "", text))
    messages = repo.messages("roster-trust")
    assert any("earlier format that signs no version" in m for m in messages), messages
    repo.sign_roster("lead-l")
    assert repo.messages("roster-trust") == []


# --- The record itself ----------------------------------------------------------------


def test_a_first_export_must_be_said_and_only_once(repo, tmp_path):
    missing = _export(repo, tmp_path / "a", *TRUSTED)
    assert missing.exit_code == 2
    assert f"has nothing for project '{_project(repo)}'" in missing.output
    assert "--first-export" in missing.output
    assert not (tmp_path / "a").exists() and not repo.record.exists()

    assert _published(repo, tmp_path / "a", *FIRST)
    data = _record(repo)
    assert data["format"] == "carekb-publisher-record-v1"
    entry = data["projects"][_project(repo)]["entries"]["cat-cow"]  # type: ignore[index]
    assert (entry["seq"], entry["event"], entry["actor"]) == (2, "approve", "rev-a")
    assert entry["line"].startswith("sha256:")

    again = _export(repo, tmp_path / "a", *FIRST)
    assert again.exit_code == 2 and "drop --first-export" in again.output


def test_one_record_holds_several_projects(repo, tmp_path):
    other = make_trusted_kb(tmp_path / "other")
    other.request_and_approve("move-gently", "rev-b")
    other.request_and_approve("cat-cow", "rev-a")
    state = tmp_path / "publisher" / "record.json"
    assert "cat-cow" in _published(repo, tmp_path / "a", *FIRST, "--state", str(state))
    assert "cat-cow" in _published(other, tmp_path / "b", *FIRST, "--state", str(state))
    projects = json.loads(state.read_text(encoding="utf-8"))["projects"]
    assert set(projects) == {_project(repo), _project(other)}
    assert _project(repo) != _project(other)  # each roster signs its own identity


def test_the_record_is_named_by_carekb_state_and_never_overwritten_when_damaged(
    repo, tmp_path, monkeypatch
):
    state = tmp_path / "elsewhere.json"
    with monkeypatch.context() as env:
        env.setenv("CAREKB_STATE", str(state))
        assert _published(repo, tmp_path / "a", *FIRST)
    assert state.exists() and not repo.record.exists()

    repo.record.parent.mkdir(parents=True, exist_ok=True)
    repo.record.write_text('{"format": "carekb-publisher-record-v1", "proj', encoding="utf-8")
    damaged = _export(repo, tmp_path / "b", *TRUSTED)
    assert damaged.exit_code == 2 and "is damaged" in damaged.output
    assert "restore it from your backup" in damaged.output
    assert repo.record.read_text(encoding="utf-8").endswith('"proj')


def test_the_record_options_need_require_trust(repo, tmp_path):
    for extra in (("--first-export",), ("--state", "x.json"), ("--accept-rollback", "cat-cow")):
        result = _export(repo, tmp_path / "a", *extra)
        assert result.exit_code == 2 and "add --require-trust" in result.output


def test_a_failed_export_leaves_the_record_as_it_was(repo, tmp_path):
    assert _published(repo, tmp_path / "a", *FIRST)
    before = repo.record.read_bytes()
    repo.ok("review", "retire", "cat-cow", "--as", "rev-a", "--reason", "Replaced.")
    repo.edit_roster("    roles: [lead]\n", "    roles: [lead, reviewer]\n")  # unsigned
    assert _export(repo, tmp_path / "a", *TRUSTED).exit_code == 1
    assert repo.record.read_bytes() == before


# --- Reinstatement: a retire is final unless signed otherwise ------------------------


def test_a_retired_entry_comes_back_only_through_a_signed_reinstatement(repo, tmp_path):
    assert "cat-cow" in _published(repo, tmp_path / "site", *FIRST)
    repo.ok("review", "retire", "cat-cow", "--as", "rev-a", "--reason", "Replaced.")
    refused = repo.cli("review", "request", "cat-cow", "--as", "author-a")
    assert refused.exit_code == 2 and "reinstate" in refused.output
    # An author of the entry, even one with the reviewer role, may not bring it back.
    for person in ("author-a", "rev-author"):
        denied = repo.cli("review", "reinstate", "cat-cow", "--as", person, "--reason", "Back.")
        assert denied.exit_code == 2 and "may not reinstate cat-cow" in denied.output

    done = repo.ok("review", "reinstate", "cat-cow", "--as", "rev-b", "--reason", "Needed again.")
    assert "reinstate by rev-b" in done.output
    assert "status: in_review" in repo.text("cat-cow")
    assert repo.log_lines("cat-cow")[-1]["event"] == "reinstate"
    assert "cat-cow" not in _published(repo, tmp_path / "site", *TRUSTED)  # not approved yet
    repo.ok("review", "approve", "cat-cow", "--as", "rev-a")
    assert "cat-cow" in _published(repo, tmp_path / "site", *TRUSTED)
    assert [f for f in repo.findings() if f[0].startswith("audit")] == []


def test_a_lead_may_reinstate_and_a_live_entry_cannot_be(repo):
    live = repo.cli("review", "reinstate", "cat-cow", "--as", "lead-l", "--reason", "x")
    assert live.exit_code == 2 and "not retired" in live.output
    repo.ok("review", "retire", "cat-cow", "--as", "author-a", "--reason", "Old.")
    repo.ok("review", "reinstate", "cat-cow", "--as", "lead-l", "--reason", "Still good.")
    assert "status: in_review" in repo.text("cat-cow")


def test_a_fresh_clone_exports_for_the_first_time_and_is_guarded_from_then_on(repo, tmp_path):
    clone = tmp_path / "clone"
    git(repo, "clone", "-q", str(repo.root), str(clone))
    fresh = TrustedKb(root=clone, keys=repo.keys, runner=repo.runner, trust_file=repo.trust_file)
    state = ("--state", str(tmp_path / "ci-cache" / "record.json"))
    assert {"cat-cow", "move-gently"} <= _published(fresh, tmp_path / "a", *FIRST, *state)
    # The next run of the same job, with the record it kept, needs no flag...
    assert {"cat-cow", "move-gently"} <= _published(fresh, tmp_path / "a", *TRUSTED, *state)
    # ...and refuses a log rolled back in the clone.
    log = clone / CAT_COW[1]
    log.write_bytes(b"".join(log.read_bytes().splitlines(keepends=True)[:1]))
    assert _export(fresh, tmp_path / "a", *TRUSTED, *state).exit_code == 1


def test_a_withdrawn_entry_names_the_printed_versions_that_held_it(repo: TrustedKb, tmp_path):
    """A patient's printout says its version; the withdrawal says which versions held it."""
    state = tmp_path / "record.json"
    repo.request_and_approve("upper-back", "rev-a")
    formats = ("--format", "handout", "--format", "html")
    first = repo.cli("export", *formats, "--out", tmp_path / "a", *FIRST, "--state", state)
    assert first.exit_code == 0, first.output
    printed = (tmp_path / "a" / "handout" / "upper-back.html").read_text(encoding="utf-8")
    version = re.search(r"Version ([0-9a-f]{12}) ", printed)
    assert version is not None
    kept = json.loads(state.read_text(encoding="utf-8"))
    (copy,) = next(iter(kept["projects"].values()))["printed"]
    assert copy["version"] == version.group(1) and "cat-cow" in copy["entries"]

    repo.ok("review", "retire", "cat-cow", "--as", "rev-a", "--reason", "Replaced.")
    again = repo.cli(
        "export", *formats, "--out", tmp_path / "b", *TRUSTED, "--state", state, "--allow-empty"
    )
    assert again.exit_code == 0, again.output
    listed = json.loads((tmp_path / "b" / "html" / "withdrawn.json").read_text(encoding="utf-8"))
    (item,) = [i for i in listed["withdrawn"] if i["id"] == "cat-cow"]
    assert [v["version"] for v in item["printed_versions"]] == [version.group(1)]
    notice = (tmp_path / "b" / "html" / "techniques" / "cat-cow.html").read_text(encoding="utf-8")
    assert f"Version {version.group(1)}" in notice
    # The record keeps the version printed before, and nothing it never printed.
    kept = json.loads(state.read_text(encoding="utf-8"))
    assert [c["version"] for c in next(iter(kept["projects"].values()))["printed"]] == [
        version.group(1)
    ]
