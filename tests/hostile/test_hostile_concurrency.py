"""Concurrent sign-offs, as real processes: every one recorded, every file and chain valid.

Eight reviewers' ``carekb review approve`` run at once on eight entries, and
two more at once on one of them (tests/review/test_review_concurrency.py runs
several on a single entry). They start together and race for the per-entry locks.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from carekb.load.audit import entry_lock_path
from carekb.load.writer import exclusive_lock
from carekb.trust.audit import read_audit_log
from review.helpers import make_kb

CAREKB = Path(sys.executable).parent / "carekb"
NOW = "2026-05-04T10:00:00Z"
FAQ = """id: {id}
type: faq
title: Question {n} about a stiff upper back
summary: A short answer about stretching a stiff upper back.
language: en
authors:
  - author-b
question: Is stretch number {n} safe for my upper back?
answer: Yes, if you move slowly and stop when it hurts.
sources:
  - title: Back pain
    url: https://www.nhs.uk/conditions/back-pain/
review:
  status: draft
"""


def _start(kb, *args: str) -> subprocess.Popen[str]:
    env = {
        **os.environ,
        "CAREKB_ROOT": str(kb.root),
        "CAREKB_KEY_DIR": str(kb.keys),
        "CAREKB_NOW": NOW,
    }
    return subprocess.Popen(
        [str(CAREKB), *args], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )


@pytest.mark.skipif(not CAREKB.exists(), reason="the carekb script is not installed")
def test_eight_entries_and_a_doubly_signed_one_at_once(tmp_path):
    kb = make_kb(tmp_path)
    ids = ["cat-cow", "move-gently"] + [f"question-{n}" for n in range(1, 7)]
    for n, entry_id in enumerate(ids[2:], start=1):
        (kb.root / "kb" / "faqs" / f"{entry_id}.yaml").write_text(FAQ.format(id=entry_id, n=n))
    for entry_id in ids:
        kb.ok("review", "request", entry_id, "--as", kb.author_of(entry_id), now=NOW)

    # rev-a signs all eight; rev-b signs question-1 at the same moment. The test
    # holds question-1's lock until every process has started, so both of its
    # approvals wait and then race for it.
    jobs = [(entry_id, "rev-a") for entry_id in ids] + [("question-1", "rev-b")]
    with exclusive_lock(entry_lock_path(kb.root, "question-1")):
        processes = [
            _start(kb, "review", "approve", entry_id, "--as", who) for entry_id, who in jobs
        ]
        time.sleep(1.0)
        waiting = [p.poll() for (e, _), p in zip(jobs, processes, strict=True) if e == "question-1"]
        assert waiting == [None, None]
    deadline = time.monotonic() + 120
    for (entry_id, who), process in zip(jobs, processes, strict=True):
        output, _ = process.communicate(timeout=max(1.0, deadline - time.monotonic()))
        assert process.returncode == 0, f"{entry_id} by {who}: {output}"

    assert kb.lint() == []  # every file valid, every block agreeing with its log
    for entry_id in ids:
        log = read_audit_log(kb.root, entry_id)
        assert log.ok, (entry_id, log.problems)
        events = [(e.text("event"), e.text("actor")) for e in log.events]
        signers = sorted(actor for event, actor in events if event == "approve")
        assert signers == (["rev-a", "rev-b"] if entry_id == "question-1" else ["rev-a"]), events
        assert [e.seq for e in log.events] == list(range(1, len(events) + 1))
        text = kb.text(entry_id)
        assert "status: approved" in text
        assert text.count("- by: rev-") == len(signers), text
        kb.ok("review", "log", entry_id, "--verify")
    leftovers = [p.name for p in (kb.root / "kb").rglob("*.tmp")]
    assert leftovers == []
