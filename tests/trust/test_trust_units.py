"""The pieces under the commands: the canonical roster, fingerprints, the block writer."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from carekb.load.reader import load_bytes
from carekb.load.writer import splice_block
from carekb.model import PublicKey
from carekb.review.roster import sign_roster
from carekb.trust.approvals import key_valid_on
from carekb.trust.keys import generate_key, public_key_text
from carekb.trust.root import Lead, TrustRoot, fingerprint, public_key_bytes
from carekb.trust.roster import (
    SignedRoster,
    canonical_roster,
    check_lead_signature,
    describe_record,
    repeated_people,
)

KEY = "ed25519:GAcMrCK2iK27ZwggMraPLA/WlncFP4I2+md8gfKT2yY="
ROSTER = {
    "people": [
        {"id": "b", "name": "B", "credentials": [], "roles": ["author"], "email": "b@x.org"},
        {"id": "a", "name": "A", "credentials": ["PT"], "roles": ["reviewer"]},
    ],
    "signatures": {"roster_hash": "sha256:whatever"},
}


def test_the_canonical_roster_is_keyed_by_id_with_email_without_signatures():
    roster = canonical_roster(ROSTER)
    assert roster.problem == ""
    assert list(roster.records) == ["b", "a"] and roster.records["b"]["email"] == "b@x.org"
    reordered = {"people": list(reversed(ROSTER["people"]))}
    assert canonical_roster(reordered).hash == roster.hash  # order and signatures: no matter
    other_email = {"people": [{**ROSTER["people"][0], "email": "new@x.org"}, ROSTER["people"][1]]}
    assert canonical_roster(other_email).hash != roster.hash  # notices go there: signed
    promoted = {"people": [{**ROSTER["people"][0], "roles": ["author", "reviewer"]}]}
    assert canonical_roster(promoted).digests["b"] != roster.digests["b"]
    assert roster.digests["a"].startswith("sha256:") and len(roster.digests["a"]) == 23


def test_a_roster_with_a_duplicate_or_missing_id_cannot_be_signed():
    twice = {"people": [ROSTER["people"][1], ROSTER["people"][1]]}
    assert "'a' is listed twice" in canonical_roster(twice).problem
    assert "has no id" in canonical_roster({"people": [{"name": "x"}]}).problem
    assert "no list of people" in canonical_roster({"people": "x"}).problem


def test_repeated_people_names_each_repeat_and_where_the_id_was_first():
    b, a = ROSTER["people"]
    people = {"people": [a, b, a, {"name": "no id"}, b, a]}
    assert repeated_people(people) == [(2, 0, "a"), (4, 1, "b"), (5, 0, "a")]
    assert repeated_people({"people": "x"}) == []


def test_a_new_roster_signature_is_checked_by_the_same_function_as_lint():
    # 'roster sign' signs (review) and checks its own signature with what lint
    # uses (trust), so the two cannot drift apart.
    key, other = generate_key(), generate_key()
    root = TrustRoot("trust.yaml", (Lead("lead", public_key_text(key)),), threshold=1)
    roster = canonical_roster(ROSTER)
    terms = SignedRoster("clinic", 3, "2027-11-26", roster.hash, roster.digests)
    now = dt.datetime(2026, 11, 27, tzinfo=dt.UTC)
    signed = sign_roster(terms, "lead", "2026-11-26T10:00:00Z", key)
    check = check_lead_signature(root, 0, signed, terms, roster.hash, now)
    assert check.current and check.reason == ""
    changed = canonical_roster({"people": ROSTER["people"][:1]})
    later = check_lead_signature(root, 0, signed, terms, changed.hash, now)
    assert later.authentic and not later.current
    forged = sign_roster(terms, "lead", "2026-11-26T10:00:00Z", other)
    check = check_lead_signature(root, 0, forged, terms, roster.hash, now)
    assert not check.authentic and "does not verify" in check.reason


def test_a_roster_signature_covers_its_version_project_and_expiry():
    key = generate_key()
    root = TrustRoot("trust.yaml", (Lead("lead", public_key_text(key)),), threshold=1)
    roster = canonical_roster(ROSTER)
    terms = SignedRoster("clinic", 3, "2027-11-26", roster.hash, roster.digests)
    now = dt.datetime(2026, 11, 27, tzinfo=dt.UTC)
    signed = sign_roster(terms, "lead", "2026-11-26T10:00:00Z", key)
    for edited in (
        replace(terms, version=9),
        replace(terms, project="other-clinic"),
        replace(terms, expires="2099-01-01"),
    ):
        check = check_lead_signature(root, 0, signed, edited, roster.hash, now)
        assert not check.authentic and "does not verify" in check.reason
    early = check_lead_signature(root, 0, signed, terms, roster.hash, now - dt.timedelta(days=2))
    assert not early.authentic and "later than now" in early.reason
    old_format = check_lead_signature(root, 0, signed, replace(terms, version=0), roster.hash, now)
    assert not old_format.authentic and "earlier format" in old_format.reason


def test_describe_record_shows_roles_and_shortened_keys():
    record = {"roles": ["reviewer"], "keys": [{"public_key": KEY, "revoked": "2026-01-01"}]}
    assert describe_record(record) == "roles: reviewer; keys: ed25519:GAcMrCK2iK27… (revoked)"
    assert describe_record({}) == "roles: none; keys: none"


def test_fingerprints_are_openssh_style_and_need_a_real_key():
    assert public_key_bytes(KEY) is not None
    assert fingerprint(KEY).startswith("SHA256:") and len(fingerprint(KEY)) == 50
    assert fingerprint("ed25519:short") == ""
    assert public_key_bytes("rsa:AAAA") is None


def test_a_revoked_key_is_valid_on_no_day():
    key = PublicKey(KEY, valid_from="2020-01-01", revoked="2026-01-01")
    assert not key_valid_on(key, dt.date(2025, 6, 1))  # before the revocation too


def test_splice_block_appends_with_a_comment_then_replaces_only_the_block():
    raw = b"# roster\npeople:\n  - id: a   # keep me\n"
    first = splice_block(raw, "signatures", {"roster_hash": "sha256:1"}, comment="Do not edit.")
    assert first == raw + b"\n# Do not edit.\nsignatures:\n  roster_hash: sha256:1\n"
    second = splice_block(first, "signatures", {"roster_hash": "sha256:2"}, comment="Do not edit.")
    assert second == raw + b"\n# Do not edit.\nsignatures:\n  roster_hash: sha256:2\n"
    doc = load_bytes(second, "people.yaml")
    assert doc.data["signatures"] == {"roster_hash": "sha256:2"}
