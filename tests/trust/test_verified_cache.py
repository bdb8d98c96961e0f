"""A warm lint or export verifies no signature again; the memory of them is sealed."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

import carekb.trust.keys as keys
from carekb.trust import verified
from carekb.trust.approvals import DOMAIN as APPROVAL_DOMAIN
from carekb.trust.audit import EVENT_DOMAIN
from conftest import REPO_ROOT

TRUST = REPO_ROOT / "demo-keys" / "trust.yaml"


@pytest.fixture
def sample(tmp_path, monkeypatch):
    """A copy of the bundled, signed sample; carekb runs in it with the demo trust root."""
    root = tmp_path / "sample"
    root.mkdir()
    shutil.copy(REPO_ROOT / "carekb.yaml", root / "carekb.yaml")
    shutil.copytree(REPO_ROOT / "kb", root / "kb")
    monkeypatch.chdir(root)
    monkeypatch.setenv("CAREKB_TRUST", str(TRUST))
    return root


@pytest.fixture
def verifications(monkeypatch):
    """Every signature actually verified (not answered from memory), as a list."""
    seen: list[str] = []
    real = keys.verify
    monkeypatch.setattr(keys, "verify", lambda k, s, m: seen.append(s) or real(k, s, m))
    return seen


def _new_process(monkeypatch) -> None:
    # What a fresh 'carekb' process starts with: nothing remembered in memory.
    monkeypatch.setattr(verified, "_REMEMBERED", set())
    monkeypatch.setattr(verified, "_USED", set())


def test_a_second_lint_verifies_nothing_again(sample, run, verifications, monkeypatch):
    _new_process(monkeypatch)
    first = run("lint", "--format", "json")
    assert first.exit_code == 0, first.output
    assert len(verifications) >= 15  # approvals, audit events, the roster
    verifications.clear()
    _new_process(monkeypatch)
    # The files are younger than the cache's racy window: the result is not reused,
    # so every rule runs again, and the signatures come from the sealed memory.
    second = run("lint", "--format", "json")
    assert second.stdout == first.stdout
    assert verifications == []


def test_a_cold_lint_verifies_each_event_once_and_no_approval_again(sample, run, monkeypatch):
    """Every approve event's signature, verified with its approver's key, vouches for the
    approval it holds, in the log and in the entry's file alike (the same words, signed
    by the same person): one verification per event, none per approval."""
    seen: list[bytes] = []
    real = keys.verify
    monkeypatch.setattr(keys, "verify", lambda k, s, m: seen.append(m) or real(k, s, m))
    _new_process(monkeypatch)
    assert run("lint").exit_code == 0
    # The signed events (older ones, unsigned, stand on a lead's checkpoint).
    events = sum(
        "signature" in json.loads(line)
        for log in (sample / "kb" / "audit").iterdir()
        for line in log.read_bytes().splitlines()
    )
    approvals = sum(
        text.count("signature: ed25519:") for text in map(Path.read_text, _entry_files(sample))
    )
    assert events >= approvals >= 10
    assert sum(m.startswith(EVENT_DOMAIN) for m in seen) == events
    assert [m for m in seen if m.startswith(APPROVAL_DOMAIN)] == []


def test_a_first_export_verifies_no_approval_its_event_vouched_for(sample, run, monkeypatch):
    seen: list[bytes] = []
    real = keys.verify
    monkeypatch.setattr(keys, "verify", lambda k, s, m: seen.append(m) or real(k, s, m))
    _new_process(monkeypatch)
    unprotected = "--allow-unprotected-trust-root"
    result = run("export", "--format", "markdown", "--require-trust", "--first-export", unprotected)
    assert result.exit_code == 0, result.output
    assert "exported 14 of 17 entries" in result.output
    assert any(m.startswith(EVENT_DOMAIN) for m in seen)
    assert [m for m in seen if m.startswith(APPROVAL_DOMAIN)] == []


def _entry_files(root: Path) -> list[Path]:
    return [p for p in (root / "kb").rglob("*.yaml") if p.name != "people.yaml"]


def test_an_export_after_a_lint_verifies_nothing_again(sample, run, verifications, monkeypatch):
    _new_process(monkeypatch)
    assert run("lint").exit_code == 0
    verifications.clear()
    _new_process(monkeypatch)
    # The demo trust root lives in the repository, so it is not protected: said so.
    unprotected = "--allow-unprotected-trust-root"
    result = run("export", "--format", "markdown", "--require-trust", "--first-export", unprotected)
    assert result.exit_code == 0, result.output
    assert "exported 14 of 17 entries" in result.output
    assert verifications == []


def test_a_memory_not_sealed_by_this_user_is_not_believed(sample, run, verifications, monkeypatch):
    _new_process(monkeypatch)
    assert run("lint").exit_code == 0
    stored = sample / ".carekb-cache" / "verified.json"
    tokens = json.loads(stored.read_bytes().partition(b"\n")[2])
    stored.write_text("0" * 64 + "\n" + json.dumps(tokens))  # copied in: a wrong seal
    # An edit, so that the lint works its findings out again (the stored result, which
    # this user sealed, would otherwise stand for the unchanged files).
    faq = sorted((sample / "kb" / "faqs").glob("*.yaml"))[0]
    faq.write_text(faq.read_text() + "\n")
    verifications.clear()
    _new_process(monkeypatch)
    assert run("lint").exit_code == 0
    assert len(verifications) >= 15


def test_a_remembered_signature_never_vouches_for_an_edited_one(sample, run, monkeypatch):
    _new_process(monkeypatch)
    assert run("lint").exit_code == 0
    path = sample / "kb" / "techniques" / "cat-cow.yaml"
    text = path.read_text()
    path.write_text(text.replace("meaning: Clinically accurate", "meaning: Clinically checked", 1))
    _new_process(monkeypatch)
    result = run("lint", "--format", "json")
    rules = {finding["rule"] for finding in json.loads(result.stdout)}
    assert "approval-signature" in rules


def test_a_remembered_token_vouches_only_for_the_triple_it_was_kept_for(monkeypatch):
    """Tokens are kept as the lower-case hex of a SHA-256 of key, signature and message:
    one read back vouches for that triple alone, is kept again once relied on, and
    text that no verification writes (another case, another length) vouches for
    nothing. A failed verification is never remembered."""
    checked: list[str] = []
    signed = ("key", "good", b"message")  # the one triple that verifies

    def verify_now(*triple: object) -> bool:
        checked.append(str(triple[1]))
        return triple == signed

    monkeypatch.setattr(keys, "verify", verify_now)
    _new_process(monkeypatch)
    assert verified.verify("key", "good", b"message")
    assert verified.verify("key", "good", b"message")
    assert checked == ["good"]
    kept = verified.used()
    assert len(kept) == 1 and len(kept[0]) == 64 and kept[0] == kept[0].lower()

    _new_process(monkeypatch)
    verified.remember([kept[0].upper(), kept[0][:-2], "zz" * 32, 42])
    assert verified.verify("key", "good", b"message")
    assert checked == ["good", "good"]

    _new_process(monkeypatch)
    verified.remember(kept)
    assert verified.used() == []  # remembered, not yet relied on
    assert verified.verify("key", "good", b"message")
    assert not verified.verify("key", "good", b"another message")
    assert not verified.verify("key", "bad", b"message")
    assert not verified.verify("key", "bad", b"message")
    assert checked == ["good", "good", "good", "bad", "bad"]  # none of these is remembered
    assert verified.used() == kept


@pytest.mark.parametrize(
    ("earlier", "used", "whole"),
    [
        (["a" * 64, "b" * 64], ["a" * 64], False),  # nothing new: nothing to write
        (["a" * 64, "c" * 64], ["b" * 64], False),  # a new one: merged in order
        (["b" * 64, "a" * 64], ["a" * 64], False),  # read out of order: written sorted
        (["a" * 64, "a" * 64], ["a" * 64], False),  # read twice: written once
        (["a" * 64, "b" * 64], ["a" * 64], True),  # a lint of everything keeps what it used
        ([], [], False),
    ],
)
def test_the_tokens_kept_after_a_lint_are_the_earlier_and_the_used_in_order(
    earlier, used, whole, monkeypatch
):
    """What the lint writes back is what sorting the union would give, written only when
    it differs from what was read (the shortcut for nothing new must agree)."""
    from carekb.validate.lint import _verified_to_keep

    monkeypatch.setattr(verified, "used", lambda: sorted(used))
    expected = sorted({*used, *(() if whole else earlier)})
    kept = _verified_to_keep(list(earlier), whole)
    assert kept == (None if expected == earlier else expected)
