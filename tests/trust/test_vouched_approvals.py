"""An approve event signed by its approver vouches for the approval it holds.

The event's signature covers the approval whole (who, role, meaning, time, content
hash, and the approval's own signature) and the entry's id: everything the approval's
signature covers. So once the event verifies with the approver's key, the approval is
not verified a second time (a cold lint of 10,000 approved entries verified 20,000
signatures where 10,000 prove the same). These tests hold the shortcut to exactly that
case: every other approval is still verified on its own, and no forged event vouches.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

import carekb.trust.keys as keys
from carekb.load.audit import read_audit_file
from carekb.model import Person, PublicKey
from carekb.trust import verified
from carekb.trust.approvals import approval_message
from carekb.trust.audit import History, check_chain, event_message, verify_history

ENTRY = "cat-cow"
AT = "2026-11-20T10:00:00Z"
NOW = dt.datetime(2026, 12, 1, tzinfo=dt.UTC)
HASH = "sha256:" + "ab" * 32
MEANING = "Clinically accurate and safe for patient use"
SIGNERS = ("rev-a", "rev-b", "mallory")


@pytest.fixture
def signers() -> dict[str, keys.Ed25519PrivateKey]:
    return {name: keys.generate_key() for name in SIGNERS}


@pytest.fixture
def people(signers) -> dict[str, Person]:
    """rev-a and rev-b are reviewers on the roster; mallory is not on it."""
    return {
        name: Person(
            id=name,
            name=name,
            credentials=("PT",),
            roles=frozenset({"reviewer"}),
            keys=(PublicKey(public_key=keys.public_key_text(signers[name])),),
        )
        for name in ("rev-a", "rev-b")
    }


@pytest.fixture
def checked(monkeypatch) -> Iterator[list[bytes]]:
    """The messages whose signatures are verified with cryptography (not from memory),
    starting from a process that remembers none."""
    monkeypatch.setattr(verified, "_REMEMBERED", set())
    monkeypatch.setattr(verified, "_USED", set())
    seen: list[bytes] = []
    real = keys.verify
    monkeypatch.setattr(keys, "verify", lambda k, s, m: seen.append(m) or real(k, s, m))
    yield seen


def _approval(by: str, signer: keys.Ed25519PrivateKey) -> dict[str, str]:
    message = approval_message(ENTRY, HASH, by, "reviewer", MEANING, AT)
    return {
        "by": by,
        "role": "reviewer",
        "meaning": MEANING,
        "at": AT,
        "content_hash": HASH,
        "signature": keys.sign(signer, message),
    }


def _history(
    tmp_path: Path,
    people: dict[str, Person],
    actor: str,
    signer: keys.Ed25519PrivateKey,
    approval: dict[str, str],
) -> History:
    """A log of one approve event by ``actor``, signed with ``signer``, verified."""
    record = {
        "seq": 1,
        "prev": None,
        "event": "approve",
        "entry": ENTRY,
        "actor": actor,
        "at": AT,
        "status": "approved",
        "content_hash": HASH,
        "approval": approval,
    }
    record["signature"] = keys.sign(signer, event_message(record))
    path = tmp_path / f"{ENTRY}.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    log = check_chain(read_audit_file(path), ENTRY)
    assert not log.problems
    return verify_history(log, ENTRY, people, None, now=NOW)


def _is_approval(message: bytes) -> bool:
    return message.startswith(b"carekb-approval-v1\n")


def test_the_approvers_own_event_is_the_one_signature_verified(tmp_path, people, signers, checked):
    approval = _approval("rev-a", signers["rev-a"])
    history = _history(tmp_path, people, "rev-a", signers["rev-a"], approval)
    assert [c.verified for c in history.events] == [True]
    assert len(checked) == 1 and not _is_approval(checked[0])
    # What the approval rules ask of the entry's file after it is answered from memory.
    message = approval_message(ENTRY, HASH, "rev-a", "reviewer", MEANING, AT)
    public = people["rev-a"].keys[0].public_key
    assert verified.verify(public, approval["signature"], message)
    assert len(checked) == 1


def test_an_approval_in_an_event_of_another_person_is_verified_on_its_own(
    tmp_path, people, signers, checked
):
    # rev-a signs an event recording an approval by rev-b that rev-b never signed.
    forged = _approval("rev-b", signers["mallory"])
    history = _history(tmp_path, people, "rev-a", signers["rev-a"], forged)
    assert [c.verified for c in history.events] == [False]
    assert "does not verify with rev-b's roster keys" in history.events[0].reason
    assert sum(map(_is_approval, checked)) == 1
    # rev-b's real approval, recorded by rev-a: it verifies, but only on its own.
    checked.clear()
    real = _approval("rev-b", signers["rev-b"])
    history = _history(tmp_path, people, "rev-a", signers["rev-a"], real)
    assert [c.verified for c in history.events] == [True]
    assert sum(map(_is_approval, checked)) == 1


def test_a_forged_event_vouches_for_nothing(tmp_path, people, signers, checked):
    """An event in rev-a's name signed with another key proves nothing, so the approval
    it carries (genuine, copied from the file) is not taken on its word either."""
    approval = _approval("rev-a", signers["rev-a"])
    history = _history(tmp_path, people, "rev-a", signers["mallory"], approval)
    assert [c.verified for c in history.events] == [False]
    message = approval_message(ENTRY, HASH, "rev-a", "reviewer", MEANING, AT)
    public = people["rev-a"].keys[0].public_key
    checked.clear()
    assert verified.verify(public, approval["signature"], message)
    assert checked == [message]  # verified now, not remembered from the forged event
    # And a changed approval, in the file, is its own triple: never vouched for.
    assert not verified.verify(public, approval["signature"], message + b" ")


def test_an_approval_copied_into_another_entrys_log_is_not_vouched_for(
    tmp_path, people, signers, checked
):
    """The event names its entry, and the approval's message is the log's entry: an
    event copied whole into another entry's log breaks that log's chain, and no
    approval of the other entry is remembered from it."""
    approval = _approval("rev-a", signers["rev-a"])
    _history(tmp_path, people, "rev-a", signers["rev-a"], approval)
    other = approval_message("move-gently", HASH, "rev-a", "reviewer", MEANING, AT)
    public = people["rev-a"].keys[0].public_key
    checked.clear()
    assert not verified.verify(public, approval["signature"], other)
    assert checked == [other]
    copied = tmp_path / "move-gently.jsonl"
    copied.write_bytes((tmp_path / f"{ENTRY}.jsonl").read_bytes())
    log = check_chain(read_audit_file(copied), "move-gently")
    assert any("copied from another entry" in p.message for p in log.problems)
