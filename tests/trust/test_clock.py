"""Clock sanity (issue 12, attack 5): a signed time later than now does not count.

A reviewer's machine whose clock says 2031 signs approvals (and audit events)
dated 2031, with a review due in 2032. Judged on the real date, such an
approval is in the future: lint names it, status lists it as invalid, and the
entry is not exported. A small, documented skew (``clock.MAX_CLOCK_SKEW``)
forgives a machine a minute or two fast. ``CAREKB_NOW`` fixes the clock for
tests and demos everywhere except ``carekb export --require-trust``, where the
machine's clock decides and the command says it ignored the override.

Every test signs through the real CLI (``CAREKB_NOW`` plays the wrong clock)
and judges through the real CLI.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import time
from pathlib import Path

from carekb import clock
from carekb.clock import MAX_CLOCK_SKEW
from carekb.load.reader import load_path
from carekb.load.writer import write_review_block
from carekb.trust.approvals import make_approval
from carekb.trust.canonical import content_hash
from carekb.trust.keys import load_private_key
from trust.trust_helpers import TrustedKb

WRONG_CLOCK = "2031-03-01T09:00:00Z"
LATER_IN_2031 = "2031-06-01T09:00:00Z"
FUTURE = (
    f"signed at {WRONG_CLOCK}, which is in the future: the signer's clock was wrong or the "
    "time was forged"
)
# A fixed "now" for the skew tests; keys in these tests are valid from 2020.
NOW = dt.datetime(2026, 6, 1, 12, 0, tzinfo=dt.UTC)


def _at(moment: dt.datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def _approve_on_a_wrong_clock(kb: TrustedKb, entry_id: str, now: str = WRONG_CLOCK) -> None:
    kb.ok("review", "request", entry_id, "--as", kb.author_of(entry_id), now=now)
    kb.ok("review", "approve", entry_id, "--as", "rev-a", now=now)


def _export(kb: TrustedKb, out: Path, *args: str, now: str | None = None):
    result = kb.cli("export", "--format", "markdown", "--out", out, "--allow-empty", *args, now=now)
    assert result.exit_code == 0, result.output
    ids = {p.stem for p in (out / "markdown").rglob("*.md") if p.stem != "index"}
    return ids, result


def test_an_approval_signed_on_a_clock_set_to_2031_is_not_exported(kb: TrustedKb, tmp_path):
    kb.request_and_approve("move-gently", "rev-a")  # on the real clock: counts
    _approve_on_a_wrong_clock(kb, "cat-cow")
    assert "next_review: 2032-02-29" in kb.text("cat-cow")  # what the wrong clock wrote

    findings = kb.findings()
    assert any(rule == "approval-future" and FUTURE in m for rule, m in findings), findings
    audit = [m for rule, m in findings if rule == "audit-signature"]
    assert any(
        "kb/audit/cat-cow.jsonl line 2:" in m and f"at {WRONG_CLOCK}) is dated in the future" in m
        for m in audit
    ), audit
    chain = [m for rule, m in findings if rule == "audit-chain"]
    assert chain == [
        f"approval #1 (by rev-a at {WRONG_CLOCK}) is recorded only by event 2 on line 2 "
        f"(approve by rev-a at {WRONG_CLOCK}), which is dated in the future: it is not proven "
        "until that time has come"
    ]

    exported, result = _export(kb, tmp_path / "site")
    assert exported == {"move-gently"}
    assert FUTURE in result.output
    assert "1 future-dated approval" in result.output.strip().splitlines()[-1]
    status = json.loads(kb.ok("status", "--format", "json").stdout)
    row = next(e for e in status["entries"] if e["id"] == "cat-cow")
    assert not row["approved"]
    assert len(row["invalid"]) == 1 and FUTURE in row["invalid"][0]
    # Neither under --require-trust, the clock CI publishes with.
    assert _export(kb, tmp_path / "ci", "--require-trust", "--first-export")[0] == {"move-gently"}


def test_review_log_verify_names_the_future_event(kb: TrustedKb):
    _approve_on_a_wrong_clock(kb, "cat-cow")
    result = kb.cli("review", "log", "cat-cow", "--verify")
    assert result.exit_code == 1, result.output
    assert (
        f"line 1: event 1 on line 1 (request by author-a at {WRONG_CLOCK}) is dated in the future"
        in result.output
    )


def test_a_future_approval_never_extends_the_life_of_an_entry(kb: TrustedKb, tmp_path):
    kb.request_and_approve("move-gently", "rev-a")
    kb.request_and_approve("cat-cow", "rev-a")  # due a year from today
    assert "cat-cow" in _export(kb, tmp_path / "before")[0]
    # A second reviewer whose clock is half a year fast, while rev-a's approval still
    # counts: the workflow keeps it and, as that machine sees it, sets next_review
    # to a year and a half from today.
    fast = dt.datetime.now(dt.UTC).replace(microsecond=0) + dt.timedelta(days=182)
    kb.ok("review", "approve", "cat-cow", "--as", "rev-b", now=_at(fast))
    pushed = (fast.date() + dt.timedelta(days=365)).isoformat()
    assert f"next_review: {pushed}" in kb.text("cat-cow")

    findings = kb.findings()
    future = [m for rule, m in findings if rule == "approval-future"]
    assert len(future) == 1 and f"by rev-b was signed at {_at(fast)}, which is in the" in future[0]
    state = [m for rule, m in findings if rule == "review-state"]
    assert any(f"next_review {pushed} is later than the newest approval" in m for m in state)
    assert "cat-cow" not in _export(kb, tmp_path / "after")[0]


def test_a_signature_a_minute_ahead_counts_and_ten_minutes_ahead_does_not(kb: TrustedKb, tmp_path):
    assert dt.timedelta(minutes=1) < MAX_CLOCK_SKEW < dt.timedelta(minutes=10)
    now = _at(NOW)
    _approve_on_a_wrong_clock(kb, "move-gently", _at(NOW + dt.timedelta(minutes=1)))
    ahead = _at(NOW + dt.timedelta(minutes=10))
    _approve_on_a_wrong_clock(kb, "cat-cow", ahead)

    findings = kb.findings(now=now)
    future = [m for rule, m in findings if rule == "approval-future"]
    assert len(future) == 1 and f"signed at {ahead}, which is in the future" in future[0]
    assert all("move-gently" not in m for _, m in findings), findings
    exported, _ = _export(kb, tmp_path / "site", now=now)
    assert exported == {"move-gently"}
    # Ten minutes later the clock has caught up, and the approval counts.
    later = _at(NOW + dt.timedelta(minutes=11))
    assert [m for rule, m in kb.findings(now=later) if rule.startswith("approval")] == []
    assert {"cat-cow", "move-gently"} <= _export(kb, tmp_path / "later", now=later)[0]


def test_require_trust_ignores_carekb_now_and_says_so(kb: TrustedKb, tmp_path):
    _approve_on_a_wrong_clock(kb, "move-gently")
    _approve_on_a_wrong_clock(kb, "cat-cow")

    # Everywhere else CAREKB_NOW still fixes the clock: in 2031 both count.
    exported, plain = _export(kb, tmp_path / "demo", now=LATER_IN_2031)
    assert exported == {"cat-cow", "move-gently"}
    assert "CAREKB_NOW" not in plain.stderr

    exported, trusted = _export(
        kb, tmp_path / "ci", "--require-trust", "--first-export", now=LATER_IN_2031
    )
    assert exported == set()  # the machine's clock is not in 2031
    notice = [line for line in trusted.stderr.splitlines() if "CAREKB_NOW" in line]
    assert notice == [
        f"carekb: ignoring CAREKB_NOW={LATER_IN_2031} under --require-trust: "
        "the machine's clock decides"
    ]
    assert FUTURE in trusted.stdout

    _, unset = _export(kb, tmp_path / "ci2", "--require-trust")
    assert "CAREKB_NOW" not in unset.stderr


def test_the_last_days_of_the_calendar_are_findings_not_crashes(kb: TrustedKb, tmp_path):
    """Interval arithmetic near 9999-12-31 (a review due after the calendar's end)."""
    end = "9999-12-30T09:00:00Z"
    kb.sign_roster("lead-l", "--expires", "9999-12-31")  # a roster that holds that long
    kb.ok("review", "request", "move-gently", "--as", "author-b", now=end)
    refused = kb.cli("review", "approve", "move-gently", "--as", "rev-a", now=end)
    assert refused.exit_code == 2, refused.output
    assert "the review would be due after 9999-12-31" in refused.output
    # Written by hand as the workflow would have, due on the calendar's last day.
    path = kb.path("move-gently")
    data = load_path(path, path.name).data
    approval = make_approval(
        "move-gently",
        content_hash(data),
        "rev-a",
        "Looks fine",
        "9999-06-01T00:00:00Z",
        load_private_key(kb.keys / "rev-a.key"),
    )
    write_review_block(
        path, {"status": "approved", "approvals": [approval], "next_review": "9999-12-31"}
    )
    for args in (("lint", "--no-cache"), ("status",), ("export", "--out", tmp_path / "site")):
        result = kb.cli(*args, now=end)
        assert result.exit_code in (0, 1), result.output
    assert not [m for rule, m in kb.findings(now=end) if rule.startswith("approval")]


def test_the_cache_never_keeps_a_time_that_has_not_come_yet(kb: TrustedKb, tmp_path, monkeypatch):
    """Lint's cache and export's reuse hold results for a day; a future time lapses sooner."""
    start = dt.datetime.now(dt.UTC).replace(microsecond=0)
    kb.request_and_approve("move-gently", "rev-a")
    _approve_on_a_wrong_clock(kb, "cat-cow", _at(start + dt.timedelta(minutes=10)))
    past = time.time() - 3600  # inputs younger than two seconds are never cached
    for path in [kb.trust_file, *kb.root.rglob("*")]:
        os.utime(path, (past, past))

    def lint_and_export(now: dt.datetime, out: str) -> tuple[set[str], set[str]]:
        monkeypatch.setattr(clock, "machine_now", lambda: now)
        linted = kb.cli("lint", "--format", "json")
        rules = {finding["rule"] for finding in json.loads(linted.stdout)}
        return rules, _export(kb, tmp_path / out)[0]

    rules, exported = lint_and_export(start, "site")
    assert {"approval-future", "audit-signature"} <= rules and exported == {"move-gently"}
    assert lint_and_export(start, "site") == (rules, exported)  # an answer, kept or not
    rules, exported = lint_and_export(start + dt.timedelta(minutes=16), "site")
    assert not rules & {"approval-future", "audit-signature"}
    assert exported == {"cat-cow", "move-gently"}
