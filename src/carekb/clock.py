"""The one clock carekb reads: what "now" and "today" are.

Sign-off times, review due dates and expiry all come from here, so tests and
demos can fix the date with ``CAREKB_NOW`` (an RFC 3339 time such as
``2027-12-01T09:00:00Z``). Fixing the clock grants nothing: a signer always
chooses the time they sign, and lint reads the date only to say what is due.
"""

from __future__ import annotations

import datetime as dt
import os

from carekb.errors import ConfigError

NOW_VARIABLE = "CAREKB_NOW"


def now() -> dt.datetime:
    """The current time in UTC, to the second (approvals record seconds)."""
    fixed = os.environ.get(NOW_VARIABLE)
    moment = parse_timestamp(fixed) if fixed else dt.datetime.now(dt.UTC)
    if moment is None:
        raise ConfigError(
            f"{NOW_VARIABLE}={fixed!r} is not a time",
            hint=f"write it like 2027-12-01T09:00:00Z, or unset {NOW_VARIABLE}",
        )
    return moment.astimezone(dt.UTC).replace(microsecond=0)


def today() -> dt.date:
    """Today's date in UTC, the calendar that review due dates use."""
    return now().date()


def format_timestamp(moment: dt.datetime) -> str:
    """``2026-11-21T09:30:00Z``: UTC, seconds, the form approvals store."""
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_timestamp(text: str) -> dt.datetime | None:
    """An RFC 3339 time as an aware datetime; ``None`` if ``text`` is not one."""
    try:
        moment = dt.datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None


def parse_date(text: object) -> dt.date | None:
    """A ``YYYY-MM-DD`` date; ``None`` for anything else."""
    if not isinstance(text, str):
        return None
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        return None
