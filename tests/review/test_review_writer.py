"""Writing back: only the review block changes, atomically, or nothing does."""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from carekb.errors import CarekbError
from carekb.load import writer
from carekb.load.reader import load_bytes
from carekb.load.writer import render_review_block, splice_review_block, write_review_block
from carekb.model import nfc
from carekb.trust.canonical import content_hash

NEW_REVIEW = {
    "status": "approved",
    "approvals": [
        {
            "by": "rev-a",
            "role": "reviewer",
            "meaning": "Clinically accurate and safe for patient use",
            "at": "2026-11-21T09:30:00Z",
            "content_hash": "sha256:" + "ab" * 32,
            "signature": "ed25519:" + "A" * 86 + "==",
        }
    ],
    "next_review": "2027-11-21",
}

ODD = (
    "\ufeff# yaml-language-server: $schema=../../schemas/technique.schema.json\n"
    "# Comments, odd quoting, folded and literal text: all must survive.\n"
    "id:   cat-cow      # spaced out\n"
    "title: 'Cat-cow: it''s a stretch'\n"
    'summary: "Round your back up,\\n then let it dip."\n'
    "purpose: >\n"
    "  Folded text that\n"
    "  runs on.\n"
    "\n"
    "steps:\n"
    "    - |\n"
    "      Literal text\n"
    "        keeps its indentation.\n"
    "    - plain step   # trailing comment\n"
    "dose: {hold_seconds: 3, repetitions: 10}\n"
    "\n"
    "# A comment before the review block\n"
    "review:   # managed by carekb\n"
    "  status: in_review\n"
    "  # a comment inside the block\n"
    "  requested: {by: author-a, at: '2026-11-20T10:00:00Z'}\n"
    "\n"
    "# A comment after the review block\n"
    "sources:\n"
    "  - title: Back pain\n"
    "    url: https://www.nhs.uk/conditions/back-pain/\n"
    "tags: [a,   b]\n"
)


def _outside(raw: bytes, marker: bytes = b"review:") -> tuple[bytes, bytes]:
    """The bytes before the review block and after it (up to the next top-level line)."""
    start = raw.index(marker)
    rest = raw[start:]
    lines = rest.splitlines(keepends=True)
    end = 1
    for index, line in enumerate(lines[1:], start=1):
        if line.strip() and not line.startswith((b" ", b"#")):
            break
        if line.startswith(b" "):
            end = index + 1
    return raw[:start], b"".join(lines[end:])


def _check_preserved(original: bytes) -> bytes:
    new = splice_review_block(original, NEW_REVIEW)
    before_old, after_old = _outside(original)
    before_new, after_new = _outside(new)
    assert before_new == before_old
    assert after_new == after_old
    old_doc, new_doc = load_bytes(original, "x", careful=True), load_bytes(new, "x", careful=True)
    assert new_doc.ok, new_doc.problems
    assert content_hash(new_doc.data) == content_hash(old_doc.data)
    assert new_doc.data["review"] == NEW_REVIEW
    return new


def test_comments_quoting_folding_bom_survive_byte_for_byte():
    original = ODD.encode("utf-8")
    new = _check_preserved(original)
    assert new.startswith(b"\xef\xbb\xbf# yaml-language-server")
    assert b"review:   # managed by carekb" not in new  # the block itself is rewritten
    assert b"# A comment before the review block\nreview:\n  status: approved\n" in new
    assert new.endswith(
        b"\n\n# A comment after the review block\nsources:\n"
        + original.split(b"# A comment after the review block\nsources:\n")[1]
    )


def test_crlf_files_keep_crlf_everywhere():
    original = ODD.replace("\n", "\r\n").encode("utf-8")
    new = _check_preserved(original)
    assert b"\n" not in new.replace(b"\r\n", b"")  # no lone LF crept in
    assert b"review:\r\n  status: approved\r\n" in new


def test_review_block_at_the_end_without_final_newline():
    original = b"id: x\ntitle: T\nreview:\n  status: draft"
    new = splice_review_block(original, {"status": "in_review"})
    assert new == b"id: x\ntitle: T\nreview:\n  status: in_review\n"


def test_missing_review_block_is_appended():
    original = b"id: x\n# last comment\ntitle: T  # no newline at the end"
    new = splice_review_block(original, {"status": "in_review"})
    assert new == original + b"\nreview:\n  status: in_review\n"


def test_only_the_top_level_review_key_is_replaced():
    original = (
        b"id: x\nnotes: |\n  review: this line is text, not a key\n"
        b"review:\n  status: draft\nafter: 1\n"
    )
    new = splice_review_block(original, {"status": "in_review"})
    assert new == original.replace(b"  status: draft\n", b"  status: in_review\n")


def test_flow_style_review_value_is_replaced_whole():
    original = b"id: x\nreview: {status: draft,\n  approvals: []}\nlast: 1\n"
    new = splice_review_block(original, {"status": "in_review"})
    assert new == b"id: x\nreview:\n  status: in_review\nlast: 1\n"


def test_two_review_keys_are_refused():
    with pytest.raises(CarekbError, match="more than one top-level 'review:'"):
        splice_review_block(b"review:\n  status: draft\nreview:\n  status: draft\n", {})


@pytest.mark.parametrize(
    "value",
    [
        "yes",
        "no",
        "null",
        "~",
        "true",
        "123",
        "0o17",
        "1e3",
        ".5",
        "- dash",
        "# hash",
        "a: colon",
        "trailing:",
        "key # comment",
        "[list]",
        "{map}",
        "'quoted'",
        '"double"',
        "café",
        "line one\nline two",
        "tab\there",
        "  spaced  ",
        "\x7f delete",
        "\u2028 separator",
        "",
        "2026-11-21",
        "2026-11-21T09:30:00Z",
        "@at",
        "!tag",
        "%percent",
        "&anchor",
        "*alias",
        "|pipe",
        ">fold",
    ],
)
def test_every_string_renders_as_itself(value):
    block = render_review_block({"status": "draft", "note": value})
    doc = load_bytes(("id: x\n" + block).encode("utf-8"), "x", careful=True)
    assert doc.ok, (block, doc.problems)
    assert doc.data["review"]["note"] == value


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.text(
        alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
        max_size=40,
    )
)
def test_any_comment_text_round_trips(text):
    review = {"status": "changes_requested", "changes_requested": {"by": "r", "comment": text}}
    new = splice_review_block(b"id: x\nreview:\n  status: draft\n", review)
    doc = load_bytes(new, "x", careful=True)
    assert doc.ok, (new, doc.problems)
    # Text is written as given and read in Unicode NFC (what is hashed is what prints).
    assert doc.data["review"] == nfc(review)


def test_write_keeps_the_file_mode(tmp_path):
    path = tmp_path / "x.yaml"
    path.write_bytes(b"id: x\nreview:\n  status: draft\n")
    path.chmod(0o640)
    write_review_block(path, {"status": "in_review"})
    assert path.read_bytes() == b"id: x\nreview:\n  status: in_review\n"
    assert path.stat().st_mode & 0o777 == 0o640


@pytest.mark.parametrize("failing", ["replace", "fsync"])
def test_a_killed_write_leaves_the_original_and_no_temp_files(tmp_path, monkeypatch, failing):
    path = tmp_path / "x.yaml"
    original = b"id: x  # keep me\nreview:\n  status: draft\n"
    path.write_bytes(original)

    def crash(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(writer.os, failing, crash)
    with pytest.raises(OSError):
        write_review_block(path, {"status": "in_review"})
    assert path.read_bytes() == original
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.yaml"]


def test_a_write_that_would_change_content_is_refused(tmp_path, monkeypatch):
    path = tmp_path / "x.yaml"
    original = b"id: x\nreview:\n  status: draft\n"
    path.write_bytes(original)
    # Simulate a splicing bug that touches other content: the check must catch it.
    monkeypatch.setattr(
        writer, "splice_block", lambda raw, key, value, **_: b"id: y\nreview:\n  status: x\n"
    )
    with pytest.raises(CarekbError, match="without changing other content"):
        write_review_block(path, {"status": "in_review"})
    assert path.read_bytes() == original


def test_symlinked_entries_are_not_written_through(tmp_path):
    target = tmp_path / "elsewhere.yaml"
    target.write_bytes(b"id: x\nreview:\n  status: draft\n")
    link = tmp_path / "x.yaml"
    os.symlink(target, link)
    with pytest.raises(CarekbError, match="symbolic link"):
        write_review_block(link, {"status": "in_review"})
    assert target.read_bytes() == b"id: x\nreview:\n  status: draft\n"


def test_append_line_refuses_partial_lines(tmp_path):
    with pytest.raises(ValueError):
        writer.append_line(tmp_path / "log.jsonl", b"no newline")


def test_a_file_saved_meanwhile_is_not_overwritten(tmp_path):
    path = tmp_path / "x.yaml"
    original = b"id: x\ntitle: Edited in an editor\nreview:\n  status: draft\n"
    path.write_bytes(original)
    with pytest.raises(CarekbError, match="changed while carekb was working on it"):
        write_review_block(
            path, {"status": "in_review"}, expected_content={"id": "x", "title": "Checked"}
        )
    assert path.read_bytes() == original
