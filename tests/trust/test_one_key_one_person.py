"""Case 6 of "What is printed is what was signed": one key, one person.

Before, a roster in which two people shared one public key was signed by a
lead and used without a word: either person could sign as the other. Now lint
names both places, ``carekb roster sign`` refuses the roster, and ``carekb keys
new`` never destroys a private key, even with ``--force``.
"""

from __future__ import annotations

import re

from carekb.trust.keys import load_private_key, public_key_text
from trust.trust_helpers import TrustedKb, roster_key


def _line_of(kb: TrustedKb, text: str, occurrence: int) -> int:
    lines = kb.roster.read_text(encoding="utf-8").splitlines()
    found = [number for number, line in enumerate(lines, start=1) if text in line]
    return found[occurrence]


def test_two_people_sharing_a_key_is_an_error_naming_both_places(kb):
    shared = roster_key(kb, "rev-a")
    kb.edit_roster(roster_key(kb, "rev-b"), shared)
    first, second = _line_of(kb, shared, 0), _line_of(kb, shared, 1)
    errors = kb.messages("roster")
    assert len(errors) == 1, errors
    assert (
        f"is listed for both 'rev-a' and 'rev-b': one key, one person: it is also on line {first}"
        in errors[0]
    )
    lint = kb.cli("lint", "--no-cache")
    assert lint.exit_code == 1
    assert f"kb/people.yaml:{second}:" in lint.stdout  # at the repeat, naming the first
    assert lint.stdout.count("one key, one person") == 2  # roster, and roster-trust
    refused = kb.cli("roster", "sign", "--as", "lead-l")
    assert refused.exit_code == 2
    assert "the roster cannot be signed: the public key ed25519:" in refused.output
    assert "is listed for both 'rev-a' and 'rev-b'" in refused.output
    # The leads' earlier signature does not cover it either: nothing counts, nothing exports.
    assert any("the roster cannot be verified" in m for m in kb.messages("roster-trust"))


def test_one_key_listed_twice_for_one_person_is_an_error(kb):
    key = roster_key(kb, "rev-a")
    kb.edit_roster(
        f"      - public_key: {key}\n        valid_from: 2020-01-01\n",
        f"      - public_key: {key}\n        valid_from: 2020-01-01\n"
        f"      - public_key: {key}\n        valid_from: 2024-01-01\n",
    )
    errors = kb.messages("roster")
    assert len(errors) == 1 and "is listed twice for 'rev-a'" in errors[0], errors
    assert kb.cli("roster", "sign", "--as", "lead-l").exit_code == 2


def test_a_person_may_hold_separate_reviewer_and_lead_keys(kb, tmp_path):
    # lead-m signs the roster with a lead key and also reviews with a roster key of their own.
    lead_key = kb.lead_keys["lead-m"]
    kb.edit_roster(
        "  - id: rev-b\n",
        "  - id: lead-m\n    name: Mo Lead\n    credentials: [MD]\n"
        "    roles: [reviewer]\n    keys:\n      - public_key: PLACEHOLDER\n"
        "        valid_from: 2020-01-01\n  - id: rev-b\n",
    )
    made = kb.ok(
        "keys", "new", "lead-m", "--key", tmp_path / "lead-m-reviewer.key", "--no-passphrase"
    )
    reviewer_key = re.search(r"public_key: (ed25519:\S+)", made.stdout)
    assert reviewer_key and reviewer_key.group(1) != lead_key
    kb.edit_roster("PLACEHOLDER", reviewer_key.group(1))
    kb.sign_roster("lead-l")
    assert kb.messages("roster") == []
    assert kb.ok("roster", "verify").exit_code == 0


def test_keys_new_never_overwrites_a_private_key_even_with_force(kb):
    path = kb.keys / "rev-a.key"
    old = public_key_text(load_private_key(path))
    refused = kb.cli("keys", "new", "rev-a", "--no-passphrase")
    assert refused.exit_code == 2
    assert "refusing to overwrite it" in refused.output
    rotated = kb.ok("keys", "new", "rev-a", "--force", "--no-passphrase")
    kept = re.search(
        r"kept the previous private key as (\S+) \(nothing is overwritten\)", rotated.stderr
    )
    assert kept, rotated.stderr
    kept_path = kb.keys / kept.group(1).rsplit("/", 1)[-1]
    assert kept_path.name.startswith("rev-a.replaced-") and kept_path.suffix == ".key"
    assert public_key_text(load_private_key(kept_path)) == old
    new = public_key_text(load_private_key(path))
    assert new != old and new in rotated.stdout
    again = kb.ok(
        "keys", "new", "rev-a", "--force", "--no-passphrase"
    )  # a second rotation in the same second
    assert "kept the previous private key as" in again.stderr
    keys = sorted(p.name for p in kb.keys.glob("rev-a.*"))
    assert len(keys) == 3, keys
    assert {public_key_text(load_private_key(kb.keys / name)) for name in keys} >= {old, new}
