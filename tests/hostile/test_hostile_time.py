"""Times no calendar holds are findings, never crashes (issue 12, attack 5).

tests/hostile/cases/time-out-of-range holds approvals and audit events dated
where Python's datetime runs out: ``9999-12-31T23:59:59-12:00`` (a valid
RFC 3339 time whose UTC instant is in the year 10000), ``0001-01-01T00:00:00+01:00``
(in the year 0 in UTC), the last second of 9999 with ``next_review:
9999-12-31``, a year 0 and an offset of 24 hours. Its ``expected.txt`` pins
what lint says (tests/hostile/test_hostile_cases.py runs it); here every other
command that reads those times runs through the real CLI and must report, not
stop with an internal error (exit 3).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .helpers import copy_case

CASE = "time-out-of-range"
NOT_A_TIME = "is not a valid time"


@pytest.fixture
def case(tmp_path: Path, monkeypatch) -> Path:
    """A private copy of the case folder, and the current folder (as a user would run it)."""
    copied = copy_case(CASE, tmp_path / CASE)
    monkeypatch.chdir(copied)
    return copied


def _no_crash(result) -> None:
    assert result.exit_code != 3, result.output
    assert "internal error" not in result.output


def test_status_reports_the_approvals_as_invalid(case, run):
    result = run("status", "--root", case, "--format", "json")
    _no_crash(result)
    assert result.exit_code == 0
    rows = {row["id"]: row for row in json.loads(result.stdout)["entries"]}
    assert set(rows) == {
        "absurd-offset",
        "end-of-time",
        "last-second",
        "start-of-time",
        "year-zero",
    }
    assert not any(row["approved"] for row in rows.values())
    assert NOT_A_TIME in " ".join(rows["end-of-time"]["invalid"])
    assert NOT_A_TIME in " ".join(rows["start-of-time"]["invalid"])
    # A time UTC holds is judged like any other: this signature is not a real one.
    assert "does not verify" in " ".join(rows["last-second"]["invalid"])


def test_export_leaves_every_entry_out_with_its_reason(case, run, tmp_path: Path):
    out = tmp_path / "site"
    result = run("export", "--root", case, "--format", "markdown", "--out", out, "--allow-empty")
    _no_crash(result)
    assert result.exit_code == 0
    assert "exported 0 of 5 entries" in result.output
    assert not list((out / "markdown").rglob("*-time.md"))
    assert f"approval time '9999-12-31T23:59:59-12:00' {NOT_A_TIME}" in result.output
    assert f"approval time '0001-01-01T00:00:00+01:00' {NOT_A_TIME}" in result.output


@pytest.mark.parametrize(
    ("entry_id", "at"),
    [("end-of-time", "9999-12-31T23:59:59-12:00"), ("start-of-time", "0001-01-01T00:00:00+01:00")],
)
def test_review_log_verify_names_the_event(case, run, entry_id: str, at: str):
    shown = run("review", "log", entry_id, "--root", case)
    _no_crash(shown)
    assert at in shown.output
    verified = run("review", "log", entry_id, "--verify", "--root", case)
    _no_crash(verified)
    assert verified.exit_code == 1
    assert f"line 1: event 1 on line 1 (request by ann-author at {at}) has no valid time" in (
        verified.output
    )


def test_review_diff_and_approve_refuse_with_a_message(case, run):
    for args in (
        ("review", "diff", "end-of-time"),
        ("review", "approve", "last-second", "--as", "rob-reviewer"),
    ):
        result = run(*args, "--root", case)
        _no_crash(result)
        assert result.exit_code in (1, 2), result.output


@pytest.mark.parametrize(
    "fixed", ["9999-12-31T23:59:59-12:00", "0001-01-01T00:00:00+01:00", "2026-01-01T00:00:00+24:00"]
)
def test_a_clock_override_out_of_range_is_a_usage_error(case, run, fixed: str):
    result = run("lint", "--root", case, "--no-cache", env={"CAREKB_NOW": fixed})
    assert result.exit_code == 2, result.output
    assert f"CAREKB_NOW={fixed!r} is not a time" in result.output
