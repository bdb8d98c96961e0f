"""The audit log: append-only, hash-chained, checked by lint and by ``log --verify``."""

from __future__ import annotations

import json

import pytest

from carekb.errors import CarekbError
from carekb.load.audit import (
    append_record,
    audit_log_path,
    line_hash,
    next_record,
    read_audit_file,
)
from carekb.trust.audit import read_audit_log


def _log_path(kb, entry_id="cat-cow"):
    return kb.root / "kb" / "audit" / f"{entry_id}.jsonl"


def _full_history(kb):
    kb.ok("review", "request", "cat-cow", "--as", "author-a")
    kb.ok("review", "reject", "cat-cow", "--as", "rev-b", "--comment", "Add a source.")
    kb.ok("review", "request", "cat-cow", "--as", "author-a")
    kb.ok("review", "approve", "cat-cow", "--as", "rev-a")


def test_every_action_appends_one_chained_event(kb):
    _full_history(kb)
    raw = _log_path(kb).read_bytes()
    lines = raw.split(b"\n")
    assert lines[-1] == b""  # ends with a newline
    events = [json.loads(line) for line in lines[:-1]]
    assert [e["event"] for e in events] == ["request", "reject", "request", "approve"]
    assert [e["seq"] for e in events] == [1, 2, 3, 4]
    assert events[0]["prev"] is None
    for previous, event in zip(lines, events[1:], strict=False):
        assert event["prev"] == line_hash(previous)
    for event in events:
        assert {"actor", "at", "content_hash", "status", "entry"} <= set(event)
    approve = events[-1]
    assert approve["approval"]["by"] == "rev-a"
    assert approve["content"]["id"] == "cat-cow"  # the approved content itself
    assert "review" not in approve["content"]
    assert events[1]["comment"] == "Add a source."


def test_log_command_shows_a_table_and_verify_passes(kb):
    _full_history(kb)
    result = kb.ok("review", "log", "cat-cow")
    header, *rows = result.output.splitlines()
    assert header.split() == ["SEQ", "AT", "EVENT", "BY", "STATUS", "CONTENT", "NOTE"]
    assert rows[1].split()[2:5] == ["reject", "rev-b", "changes_requested"]
    assert "comment: Add a source." in rows[1]
    verified = kb.ok("review", "log", "cat-cow", "--verify")
    assert "verified: 4 event(s) chained, 4 signed by who they name" in verified.output


def test_log_of_an_entry_never_reviewed(kb):
    result = kb.ok("review", "log", "move-gently", "--verify")
    assert "no audit log yet" in result.output


def test_an_edited_event_breaks_the_chain_at_the_next_one(kb):
    _full_history(kb)
    path = _log_path(kb)
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[1] = lines[1].replace("Add a source.", "Looks fine.")
    path.write_text("".join(lines), encoding="utf-8")
    result = kb.cli("review", "log", "cat-cow", "--verify")
    assert result.exit_code == 1
    # The edited event no longer carries its reviewer's signature: named first...
    assert "FAILED: kb/audit/cat-cow.jsonl line 2: event 2 on line 2 (reject by rev-b" in (
        result.output
    )
    assert "the event was forged or edited" in result.output
    # ...and the next event's link to it breaks the chain.
    assert any(
        "line 3" in m and "hash chain is broken" in m for r, m in kb.lint() if r == "audit-chain"
    )


def test_a_removed_event_is_named(kb):
    _full_history(kb)
    path = _log_path(kb)
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text("".join(lines[:1] + lines[2:]), encoding="utf-8")
    result = kb.cli("review", "log", "cat-cow", "--verify")
    assert result.exit_code == 1
    assert "has seq 3, expected 2" in result.output


def test_a_forged_signature_in_the_log_fails_verify(kb):
    _full_history(kb)
    path = _log_path(kb)
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    event = json.loads(lines[-1])
    event["approval"]["meaning"] = "Something else"
    lines[-1] = json.dumps(event) + "\n"
    path.write_text("".join(lines), encoding="utf-8")
    result = kb.cli("review", "log", "cat-cow", "--verify")
    assert result.exit_code == 1
    assert "line 4" in result.output
    assert "signature does not verify" in result.output


def test_stored_content_that_does_not_match_its_hash_fails_verify(kb):
    _full_history(kb)
    path = _log_path(kb)
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    event = json.loads(lines[-1])
    event["content"]["title"] = "Something else"
    lines[-1] = json.dumps(event) + "\n"
    path.write_text("".join(lines), encoding="utf-8")
    result = kb.cli("review", "log", "cat-cow", "--verify")
    assert result.exit_code == 1
    # The reviewer's signature over the event covers the stored content.
    assert "line 4: event 4 on line 4 (approve by rev-a" in result.output
    assert "the event was forged or edited" in result.output


def test_a_trailing_partial_line_is_reported_and_blocks_changes(kb):
    kb.ok("review", "request", "cat-cow", "--as", "author-a")
    with _log_path(kb).open("ab") as handle:
        handle.write(b'{"seq": 2, "event": "appr')  # a write cut short
    log = read_audit_log(kb.root, "cat-cow")
    assert [p.line for p in log.problems] == [2]
    findings = dict(kb.lint())
    assert "line 2: the last line is incomplete" in findings["audit-chain"]
    result = kb.cli("review", "reject", "cat-cow", "--as", "rev-a", "--comment", "x")
    assert result.exit_code == 2
    assert "is broken at line 2" in result.output
    assert "status: in_review" in kb.text("cat-cow")


def test_a_log_copied_from_another_entry_is_reported(kb):
    kb.ok("review", "request", "move-gently", "--as", "author-b")
    _log_path(kb).write_bytes(_log_path(kb, "move-gently").read_bytes())
    findings = dict(kb.lint())
    assert "copied from another entry" in findings["audit-chain"]


def test_stale_approvals_leave_the_block_but_stay_in_the_log(kb):
    kb.request_and_approve("cat-cow", "rev-a")
    kb.edit("cat-cow", "repetitions: 10", "repetitions: 12")
    kb.ok("review", "approve", "cat-cow", "--as", "rev-b")
    events = kb.log_lines("cat-cow")
    approvals = [e["approval"]["by"] for e in events if e["event"] == "approve"]
    assert approvals == ["rev-a", "rev-b"]
    assert events[-1]["dropped"] == [
        f"approval by rev-a at {events[1]['at']} (content changed since)"
    ]
    assert "- by: rev-a" not in kb.text("cat-cow")
    kb.ok("review", "log", "cat-cow", "--verify")
    assert kb.lint() == []


def test_log_lines_are_written_whole_and_end_with_a_newline(kb):
    kb.ok("review", "request", "cat-cow", "--as", "author-a")
    kb.ok("review", "reject", "cat-cow", "--as", "rev-a", "--comment", "Line one\nline two")
    raw = _log_path(kb).read_bytes()
    assert raw.endswith(b"\n")
    assert raw.count(b"\n") == 2  # the comment's newline is escaped inside the JSON


# --- One refusal for a broken log, whichever command meets it -----------------

BROKEN_AT = "2026-03-02T09:00:00Z"
COMMANDS = {
    "request": ("--as", "author-a"),
    "approve": ("--as", "rev-a"),
    "reject": ("--as", "rev-b", "--comment", "Again."),
    "retire": ("--as", "lead-l", "--reason", "Replaced."),
}


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_every_command_refuses_a_broken_log_with_one_message(kb, command):
    kb.ok("review", "request", "cat-cow", "--as", "author-a", now="2026-03-01T08:00:00Z")
    kb.ok("review", "reject", "cat-cow", "--as", "rev-b", "--comment", "x", now=BROKEN_AT)
    path = _log_path(kb)
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text(lines[0].replace("author-a", "author-b") + lines[1], encoding="utf-8")
    entry, log = kb.text("cat-cow"), path.read_bytes()
    result = kb.cli("review", command, "cat-cow", *COMMANDS[command])
    assert result.exit_code == 2
    # The log is checked before anything else (approve would otherwise refuse the
    # status, request would go ahead), with the same words for every command.
    assert result.output == (
        "Error: the audit log cat-cow.jsonl is broken at line 2: event 2 on line 2 (reject "
        f"by rev-b at {BROKEN_AT}): 'prev' does not match the line before it, so the line "
        "before was changed or removed (the hash chain is broken)\n"
        "  hint: see 'carekb review log ID --verify'; nothing was changed\n"
    )
    assert kb.text("cat-cow") == entry
    assert path.read_bytes() == log


# --- The file and the chain ----------------------------------------------------


def test_file_and_chain_problems_are_reported_in_file_order(kb):
    kb.ok("review", "request", "cat-cow", "--as", "author-a")
    kb.ok("review", "reject", "cat-cow", "--as", "rev-a", "--comment", "x")
    path = _log_path(kb)
    first, second = path.read_bytes().splitlines(keepends=True)
    path.write_bytes(first + b"not json\n" + second + b'{"seq": 3')
    log = read_audit_log(kb.root, "cat-cow")
    assert [p.line for p in log.problems] == [2, 3, 4]
    assert "not a JSON object" in log.problems[0].message  # the file (load.audit)
    assert "'prev' does not match" in log.problems[1].message  # the chain (trust.audit)
    assert "incomplete" in log.problems[2].message


def test_an_event_is_appended_only_after_the_log_it_was_chained_to(kb):
    kb.ok("review", "request", "cat-cow", "--as", "author-a")
    path = audit_log_path(kb.root, "cat-cow")
    read = read_audit_file(path)
    fields = {
        "event": "retire",
        "entry": "cat-cow",
        "actor": "lead-l",
        "at": "2026-03-02T09:00:00Z",
        "status": "retired",
        "content_hash": "sha256:0",
    }
    record = next_record(read, fields)
    assert (record["seq"], record["prev"]) == (2, line_hash(read.lines[-1]))
    append_record(kb.root, read, record)
    # A second event chained to the same, now stale, read would fork the chain.
    with pytest.raises(CarekbError, match="does not follow the last"):
        append_record(kb.root, read, next_record(read, fields))
    assert len(read_audit_file(path).lines) == 2
    assert read_audit_log(kb.root, "cat-cow").problems == ()
