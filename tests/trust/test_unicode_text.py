"""Case 7 of "What is printed is what was signed": hash and render the same text.

Before, replacing the K of an approved entry with U+212A KELVIN SIGN kept the
approval (the content hash normalised to NFC, where the Kelvin sign is K) while
the exported page printed the Kelvin sign: bytes nobody approved. Now every
file is read in NFC, so the page prints exactly what the hash covers, and lint
names the look-alike (rule deceptive-characters).
"""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from carekb.trust.canonical import canonical_json
from review.helpers import Kb, make_kb

KELVIN = "\u212a"


def _files(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


def _export(kb: Kb, out: Path) -> dict[str, bytes]:
    kb.ok("export", "--format", "html", "--format", "markdown", "--out", out)
    return _files(out)


def _approved_kb(tmp_path: Path) -> Kb:
    kb = make_kb(tmp_path)
    config = kb.root / "carekb.yaml"
    config.write_text(
        config.read_text(encoding="utf-8").replace("    deceptive-characters: off\n", ""),
        encoding="utf-8",
    )
    path = kb.path("cat-cow")
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("title: 'Cat-cow stretch'", "title: 'Knees-down cat-cow'"))
    kb.request_and_approve("move-gently", "rev-b")  # cat-cow is never exported without it
    kb.request_and_approve("cat-cow", "rev-a")
    return kb


def test_a_kelvin_sign_prints_as_the_k_that_was_approved_and_is_reported(tmp_path):
    kb = _approved_kb(tmp_path)
    approved = _export(kb, tmp_path / "approved")
    page = next(name for name in approved if name.endswith("cat-cow.html"))
    assert "Knees-down cat-cow" in approved[page].decode()
    path = kb.path("cat-cow")
    path.write_text(path.read_text(encoding="utf-8").replace("'Knees-down", f"'{KELVIN}nees-down"))
    edited = _export(kb, tmp_path / "edited")
    assert KELVIN.encode() not in b"".join(edited.values())
    assert edited == approved  # byte for byte: what is printed is what was signed
    lint = kb.cli("lint", "--no-cache")
    assert lint.exit_code == 1
    assert "error deceptive-characters U+212A KELVIN SIGN is a look-alike of 'K'" in lint.stdout
    assert "approval-stale" not in lint.stdout  # the approved text did not change


def test_a_look_alike_nfc_keeps_voids_the_approval(tmp_path):
    kb = _approved_kb(tmp_path)
    path = kb.path("cat-cow")
    fullwidth = "\uff2b"  # FULLWIDTH LATIN CAPITAL LETTER K: NFC keeps it, so it prints
    path.write_text(
        path.read_text(encoding="utf-8").replace("'Knees-down", f"'{fullwidth}nees-down")
    )
    lint = kb.cli("lint", "--no-cache")
    assert "U+FF2B FULLWIDTH LATIN CAPITAL LETTER K is a look-alike of 'K' and prints as" in (
        lint.stdout
    )
    assert "approval-stale" in lint.stdout  # what would print is not what was approved
    result = kb.ok("export", "--format", "markdown", "--out", tmp_path / "out", "--allow-empty")
    assert not list((tmp_path / "out").rglob("cat-cow.md"))
    assert "'cat-cow' not exported" in result.output


def test_the_sample_approvals_still_verify_after_reading_in_nfc(run, monkeypatch):
    from conftest import REPO_ROOT

    monkeypatch.chdir(REPO_ROOT)
    trust = REPO_ROOT / "demo-keys" / "trust.yaml"
    result = run("lint", "--root", REPO_ROOT, "--format", "json", "--no-cache", "--trust", trust)
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == "[]"


# ASCII, JSON's escapes, and letters NFC changes: a combining accent after an "e", the
# Kelvin sign, a ligature (NFC keeps it), an emoji.
_JSON_TEXT = st.text(alphabet=list('aZ1 "\\\n\x01e\u00e9\u0301K\u212a\ufb01\U0001f600'), max_size=6)
_JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | _JSON_TEXT,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_JSON_TEXT, inner, max_size=3),
    max_leaves=12,
)


@settings(max_examples=300, deadline=None)
@given(_JSON_VALUES)
def test_an_events_bytes_read_from_json_are_the_same_without_the_nfc_walk(value: object) -> None:
    """An audit event is checked without normalising it when its JSON is ASCII: the bytes
    its signature covers must be exactly those of the full canonical form, for ASCII and
    for text NFC would change (a combining accent, a Kelvin sign), escapes included."""
    parsed = json.loads(json.dumps(value))  # as the log is read: keys are text
    assert canonical_json(parsed, from_json=True) == canonical_json(parsed)
