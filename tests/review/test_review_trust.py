"""trust/: the content hash, keys and signatures, and the private-key rule."""

from __future__ import annotations

import datetime as dt
import os
import unicodedata
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from hypothesis import given
from hypothesis import strategies as st

from carekb.errors import CarekbError
from carekb.load.reader import load_bytes
from carekb.model import Person, PublicKey
from carekb.trust import keys
from carekb.trust.approvals import approval_message, key_valid_on, make_approval
from carekb.trust.canonical import canonical_content, content_hash

# --- The content hash --------------------------------------------------------


def _hash(text: str) -> str:
    doc = load_bytes(text.encode("utf-8"), "x")
    assert doc.ok, doc.problems
    return content_hash(doc.data)


BASE = (
    "id: x\ntitle: Cat-cow\nsteps:\n  - One\n  - Two\ndose:\n  hold: 3\nreview:\n  status: draft\n"
)


def test_formatting_comments_quoting_and_key_order_do_not_change_the_hash():
    same = [
        "# a comment\nid: x\ntitle: 'Cat-cow'\nsteps: [One, Two]\ndose: {hold: 3}\n",
        'dose:\n  hold: 3\nsteps:\n- "One"\n- Two\ntitle: >-\n  Cat-cow\nid: x   # id\n',
        BASE.replace("\n", "\r\n"),
        "\ufeff" + BASE,
        BASE.replace("  status: draft", "  status: approved\n  next_review: 2027-01-01"),
    ]
    for text in same:
        assert _hash(text) == _hash(BASE), text


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("Cat-cow", "Cat-cov"),
        ("hold: 3", "hold: 4"),
        ("hold: 3", "hold: '3'"),  # a number and a text are different things
        ("  - One\n  - Two", "  - Two\n  - One"),  # step order is meaning
        ("title: Cat-cow", "title: 'Cat-cow '"),  # a quoted trailing space is text
    ],
)
def test_any_change_of_meaning_changes_the_hash(old, new):
    assert old in BASE
    assert _hash(BASE.replace(old, new, 1)) != _hash(BASE)


def test_unicode_forms_hash_the_same():
    composed = unicodedata.normalize("NFC", "café")
    decomposed = unicodedata.normalize("NFD", "café")
    assert composed != decomposed
    assert content_hash({"title": composed}) == content_hash({"title": decomposed})


def test_canonical_form_is_sorted_compact_utf8_without_review():
    data = {"title": "Ünïcode", "id": "x", "review": {"status": "approved"}, "n": [1, 2.5]}
    assert canonical_content(data) == '{"id":"x","n":[1,2.5],"title":"Ünïcode"}'.encode()
    assert content_hash(data).startswith("sha256:") and len(content_hash(data)) == 71


@given(st.dictionaries(st.text(max_size=5), st.text(max_size=10), max_size=5))
def test_hash_ignores_insertion_order(data):
    reordered = dict(reversed(list(data.items())))
    assert content_hash(data) == content_hash(reordered)


# --- Keys ---------------------------------------------------------------------


def test_saved_keys_are_private_and_never_overwritten(tmp_path):
    key = keys.generate_key()
    path = tmp_path / "k" / "rev.key"
    keys.save_private_key(key, path)
    assert path.stat().st_mode & 0o777 == 0o600
    assert path.read_bytes().startswith(b"-----BEGIN PRIVATE KEY-----")
    loaded = keys.load_private_key(path)
    assert keys.public_key_text(loaded) == keys.public_key_text(key)
    with pytest.raises(CarekbError, match="refusing to overwrite"):
        keys.save_private_key(keys.generate_key(), path)
    kept = keys.save_private_key(keys.generate_key(), path, overwrite=True)
    assert keys.public_key_text(keys.load_private_key(path)) != keys.public_key_text(key)
    assert path.stat().st_mode & 0o777 == 0o600
    # Even a rotation keeps the old key, beside the new one and as private.
    assert kept is not None and kept.parent == path.parent
    assert keys.public_key_text(keys.load_private_key(kept)) == keys.public_key_text(key)
    assert sorted(p.name for p in path.parent.iterdir()) == sorted(["rev.key", kept.name])


def test_loading_refuses_open_permissions_wrong_format_and_missing_files(tmp_path):
    path = tmp_path / "rev.key"
    with pytest.raises(CarekbError, match="no private key at"):
        keys.load_private_key(path)
    keys.save_private_key(keys.generate_key(), path)
    path.chmod(0o644)
    with pytest.raises(CarekbError, match=r"can be read by other users \(mode 0644\)") as info:
        keys.load_private_key(path)
    assert "chmod 600" in info.value.hint
    path.chmod(0o600)
    path.write_bytes(b"not a key")
    with pytest.raises(CarekbError, match="is not a PEM private key"):
        keys.load_private_key(path)
    other = ec.generate_private_key(ec.SECP256R1()).private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    path.write_bytes(other)
    with pytest.raises(CarekbError, match="not an Ed25519 key"):
        keys.load_private_key(path)


def test_key_folder_comes_from_the_environment_or_the_user_config(monkeypatch, tmp_path):
    monkeypatch.setenv("CAREKB_KEY_DIR", str(tmp_path / "mine"))
    assert keys.default_key_path("rev-a") == tmp_path / "mine" / "rev-a.key"
    monkeypatch.delenv("CAREKB_KEY_DIR")
    import platformdirs

    expected = Path(platformdirs.user_config_dir("carekb")) / "keys" / "rev-a.key"
    assert keys.default_key_path("rev-a") == expected
    with pytest.raises(CarekbError, match="is not a roster id"):
        keys.default_key_path("../evil")


def test_sign_and_verify():
    key = keys.generate_key()
    public = keys.public_key_text(key)
    assert public.startswith("ed25519:") and len(public) == len("ed25519:") + 44
    signature = keys.sign(key, b"message")
    assert keys.verify(public, signature, b"message")
    assert not keys.verify(public, signature, b"messagE")
    assert not keys.verify(keys.public_key_text(keys.generate_key()), signature, b"message")
    assert not keys.verify("ed25519:bm90IGEga2V5", signature, b"message")
    assert not keys.verify(public, "ed25519:!!!", b"message")


def test_the_signed_message_binds_every_field_and_a_domain():
    fields = ("cat-cow", "sha256:" + "0" * 64, "rev-a", "reviewer", "Safe", "2026-01-01T00:00:00Z")
    message = approval_message(*fields)
    assert message.startswith(b"carekb-approval-v1\n{")
    for index in range(len(fields)):
        changed = list(fields)
        changed[index] += "x"
        assert approval_message(*changed) != message
    approval = make_approval("cat-cow", fields[1], "rev-a", "Safe", fields[5], keys.generate_key())
    assert list(approval) == ["by", "role", "meaning", "at", "content_hash", "signature"]


def test_key_validity_dates_are_inclusive():
    key = PublicKey("ed25519:x", valid_from="2026-01-01", valid_until="2026-12-31")
    assert key_valid_on(key, dt.date(2026, 1, 1))
    assert key_valid_on(key, dt.date(2026, 12, 31))
    assert not key_valid_on(key, dt.date(2025, 12, 31))
    assert not key_valid_on(key, dt.date(2027, 1, 1))
    assert not key_valid_on(PublicKey("ed25519:x", valid_from="garbage"), dt.date(2026, 1, 1))
    assert Person("p", "P", (), frozenset()).display == "P"


def test_keys_new_prints_the_roster_lines(kb):
    result = kb.ok("keys", "new", "rev-b", "--key", kb.keys / "another.key", "--no-passphrase")
    assert "    keys:\n      - public_key: ed25519:" in result.output
    assert "valid_from: " in result.output
    assert (kb.keys / "another.key").stat().st_mode & 0o777 == 0o600


def test_keys_new_needs_a_roster_person_and_never_overwrites(kb):
    unknown = kb.cli("keys", "new", "nobody", "--no-passphrase")
    assert unknown.exit_code == 2
    assert "'nobody' is not in the roster" in unknown.output
    again = kb.cli("keys", "new", "rev-a", "--no-passphrase")
    assert again.exit_code == 2
    assert "refusing to overwrite" in again.output


def test_keys_new_inside_the_project_warns(kb):
    result = kb.ok("keys", "new", "rev-b", "--key", kb.root / "rev-b.key", "--no-passphrase")
    assert "warning: the key is inside the project" in result.output


# --- The private-key rule ----------------------------------------------------


def test_a_private_key_anywhere_in_the_project_is_an_error(kb):
    key = keys.generate_key()
    keys.save_private_key(key, kb.root / "notes" / "backup.key")
    findings = kb.lint()
    assert [rule for rule, _ in findings] == ["private-key"]
    assert "a private key is stored in the project" in findings[0][1]
    result = kb.cli("lint")
    assert "notes/backup.key:1:1: error private-key" in result.output


def test_a_lint_of_some_paths_finds_the_keys_under_them_and_walks_no_other_folder(kb, monkeypatch):
    keys.save_private_key(keys.generate_key(), kb.root / "kb" / "notes" / "backup.key")
    keys.save_private_key(keys.generate_key(), kb.root / "notes" / "other.key")
    (kb.root / "kb" / "notes" / "note.yaml").write_text("id: note\n")
    whole = kb.cli("lint", "--no-cache").output
    assert "kb/notes/backup.key:1:1: error private-key" in whole
    assert "notes/other.key:1:1: error private-key" in whole
    walked = []
    real_walk = os.walk

    def walk(top, *args, **kwargs):
        for folder, dirs, files in real_walk(top, *args, **kwargs):
            walked.append(Path(folder).relative_to(kb.root).as_posix())
            yield folder, dirs, files

    monkeypatch.setattr(os, "walk", walk)
    some = kb.cli("lint", "--no-cache", kb.root / "kb" / "notes").output
    assert "kb/notes/backup.key:1:1: error private-key" in some
    assert "other.key" not in some
    assert sorted(walked) == [".", "kb", "kb/notes"]
    walked.clear()
    technique = next((kb.root / "kb" / "techniques").glob("*.yaml"))
    assert "private-key" not in kb.cli("lint", "--no-cache", technique).output
    assert sorted(walked) == [".", "kb", "kb/techniques"]


def test_a_key_pasted_into_yaml_is_found_too(kb):
    pem = keys.private_key_pem(keys.generate_key()).decode()
    indented = "".join(f"    {line}\n" for line in pem.splitlines())
    (kb.root / "stash.yaml").write_text("secret:\n  key: |\n" + indented)
    assert kb.rules() == {"private-key"}


def test_excluded_and_skipped_folders_are_not_scanned(kb):
    for folder in ("demo-keys", ".git", ".venv", "node_modules", "exports"):
        keys.save_private_key(keys.generate_key(), kb.root / folder / "x.key")
    config = kb.root / "carekb.yaml"
    setting = "    private-key:\n      exclude: [demo-keys/**]\n"
    text = config.read_text()
    config.write_text(text.replace("lint:\n  rules:\n", "lint:\n  rules:\n" + setting))
    assert kb.lint() == []


def test_text_that_only_mentions_a_key_header_is_not_reported(kb):
    (kb.root / "docs.md").write_text(
        "Keys start with -----BEGIN PRIVATE KEY-----\n"
        "    MC4CAQAwBQYDK2VwBCIEI... (shortened) ...\n"
        "-----END PRIVATE KEY-----\n"
    )
    big = kb.root / "big.bin"
    big.write_bytes(os.urandom(70 * 1024))
    assert kb.lint() == []


def test_a_linked_key_is_not_followed_and_the_size_limit_is_64_kb(kb):
    # A link to a key outside the project is not the project's file; files over 64 KB
    # are not read; one of exactly 64 KB is read to its end.
    pem = keys.private_key_pem(keys.generate_key())
    outside = kb.root.parent / "elsewhere.key"
    outside.write_bytes(pem)
    (kb.root / "notes").mkdir()
    (kb.root / "notes" / "linked.key").symlink_to(outside)
    limit = 64 * 1024
    (kb.root / "notes" / "over.txt").write_bytes(pem + b"\n" * (limit + 1 - len(pem)))
    assert kb.lint() == []
    (kb.root / "notes" / "over.txt").rename(kb.root / "notes" / "at.txt")
    with open(kb.root / "notes" / "at.txt", "r+b") as handle:
        handle.truncate(limit)
    result = kb.cli("lint", "--no-cache")
    assert "notes/at.txt:1:1: error private-key" in result.output
    assert "linked.key" not in result.output


def test_the_rule_option_must_be_a_list(kb):
    config = kb.root / "carekb.yaml"
    config.write_text(
        config.read_text().replace(
            "lint:\n  rules:\n", "lint:\n  rules:\n    private-key:\n      exclude: demo-keys\n"
        )
    )
    result = kb.cli("lint")
    assert result.exit_code == 2
    assert "option 'exclude' of rule 'private-key' should be list" in result.output


# Printed by an exit handler: ``carekb lint`` runs them, then ends without Python's
# teardown (cli.common.end_command), so nothing after main() would run.
_IMPORTS = """
import atexit, sys
from carekb.cli.main import main
sys.argv = ["carekb", *sys.argv[1:]]
atexit.register(lambda: print("cryptography" in sys.modules, "platformdirs" in sys.modules))
main()
"""


def _imports_after(*args):
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-c", _IMPORTS, *map(str, args)],
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.split("\n")[-2]


def test_help_and_lint_of_unsigned_content_do_not_load_cryptography(kb):
    assert _imports_after("--help") == "False False"
    # The roster lists keys, so lint looks for a trust root in the user config
    # folder (platformdirs, ~2 ms); nothing is verified, so no cryptography.
    assert _imports_after("lint", "--root", kb.root, "--no-cache") == "False True"
    kb.request_and_approve("cat-cow", "rev-a")
    assert _imports_after("lint", "--root", kb.root, "--no-cache") == "True True"
