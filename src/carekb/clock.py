"""The one clock carekb reads: what "now" and "today" are, and which signed times count.

Sign-off times, review due dates and expiry all come from here, so tests and
demos can fix the date with ``CAREKB_NOW`` (an RFC 3339 time such as
``2027-12-01T09:00:00Z``). Fixing the clock grants nothing to a signer (they
always choose the time they sign), but it would let a publisher accept what
its real clock would not, so ``carekb export --require-trust`` reads
:func:`machine_now` and ignores it.

A signed time later than now plus :data:`MAX_CLOCK_SKEW` does not count
(:func:`in_future`). Times are parsed here only, and a time or date outside
what Python's datetime can hold (``9999-12-31T23:59:59-12:00`` is in the year
10000 in UTC) parses as ``None``, like any other text that is not a time.
"""

from __future__ import annotations

import datetime as dt
import os

from carekb.errors import ConfigError

NOW_VARIABLE = "CAREKB_NOW"
# How far ahead of the verifier's clock a signed time may be and still count.
# Reviewers sign on their own machines, and clocks that are kept by NTP differ
# by well under a second, but a laptop that was asleep or offline can drift by
# a minute or two. Five minutes forgives that, and still refuses a clock set to
# another day or year, or a time forged forward to outlive its review. It is
# far below one day, the unit of review dates, so a forgiven signature can make
# next_review at most one day later than the verifier's clock would.
MAX_CLOCK_SKEW = dt.timedelta(minutes=5)


def now() -> dt.datetime:
    """The current time in UTC, to the second (approvals record seconds).

    ``CAREKB_NOW`` fixes it (tests and demos); see :func:`machine_now`.
    """
    fixed = clock_override()
    if not fixed:
        return machine_now()
    moment = parse_timestamp(fixed)
    if moment is None:
        raise ConfigError(
            f"{NOW_VARIABLE}={fixed!r} is not a time",
            hint=f"write it like 2027-12-01T09:00:00Z, or unset {NOW_VARIABLE}",
        )
    return moment.replace(microsecond=0)


def machine_now() -> dt.datetime:
    """The machine's clock in UTC, to the second, whatever ``CAREKB_NOW`` says."""
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def clock_override() -> str | None:
    """The ``CAREKB_NOW`` setting, if one is set (it may not be a valid time)."""
    return os.environ.get(NOW_VARIABLE) or None


def trusted_now() -> tuple[dt.datetime, str | None]:
    """The machine's clock for a decision that must not rest on a test setting, and
    the one-line notice to show when ``CAREKB_NOW`` is set and so ignored (else ``None``)."""
    fixed = clock_override()
    notice = (
        f"carekb: ignoring {NOW_VARIABLE}={fixed} under --require-trust: "
        "the machine's clock decides"
        if fixed
        else None
    )
    return machine_now(), notice


def in_future(moment: dt.datetime, now: dt.datetime) -> bool:
    """Whether a signed ``moment`` is later than ``now`` allows, skew included."""
    return moment - now > MAX_CLOCK_SKEW


def today() -> dt.date:
    """Today's date in UTC, the calendar that review due dates use."""
    return now().date()


def format_timestamp(moment: dt.datetime) -> str:
    """``2026-11-21T09:30:00Z``: UTC, seconds, the form approvals store."""
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_timestamp(text: str) -> dt.datetime | None:
    """An RFC 3339 time as an aware datetime in UTC.

    ``None`` if ``text`` is not one, has no time zone, or is a moment UTC
    cannot hold (before the year 1 or after 9999 once its offset is applied).
    """
    try:
        moment = dt.datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
        if moment.tzinfo is None:
            return None
        return moment.astimezone(dt.UTC)
    except (ValueError, OverflowError):
        return None


def days_after(day: dt.date, days: int) -> dt.date | None:
    """``day`` plus ``days``; ``None`` past the last date the calendar holds (9999-12-31)."""
    try:
        return day + dt.timedelta(days=days)
    except OverflowError:
        return None


def parse_date(text: object) -> dt.date | None:
    """A ``YYYY-MM-DD`` date; ``None`` for anything else."""
    if not isinstance(text, str):
        return None
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        return None
