"""``carekb status --html FILE``: a one-page dashboard for the clinical lead.

One self-contained HTML file: inline CSS, no scripts, no external requests.
A bar per status, what needs attention, and a month-by-month timeline of
review due dates. Every value is escaped (Jinja2 with autoescape on; the
template is ours, entry text is only ever data).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from importlib import resources

from carekb.review.status import STATUSES, EntryStatus, StatusReport

_COLOURS = {
    "draft": "#8a8f98",
    "in_review": "#2f6fb0",
    "changes_requested": "#c27c0e",
    "approved": "#2e7d4f",
    "retired": "#5b5b5b",
}

_TEMPLATE = "dashboard.html.j2"  # beside this module


@dataclass(frozen=True)
class _Bar:
    label: str
    count: int
    percent: float
    colour: str


@dataclass(frozen=True)
class _Month:
    label: str
    css: str
    entries: tuple[EntryStatus, ...]


def status_html(report: StatusReport) -> str:
    """The dashboard page for ``report``."""
    from jinja2 import Environment

    source = resources.files(__package__).joinpath(_TEMPLATE).read_text(encoding="utf-8")
    # autoescape=True whatever the file name: select_autoescape() would miss ".html.j2".
    env = Environment(autoescape=True, keep_trailing_newline=True)
    template = env.from_string(source)  # our own template; entry text is only ever data
    return template.render(
        report=report,
        total=len(report.entries),
        bars=_bars(report),
        months=_months(report),
    )


def _bars(report: StatusReport) -> list[_Bar]:
    biggest = max([*report.counts.values(), 1])
    return [
        _Bar(
            label=status.replace("_", " "),
            count=report.counts.get(status, 0),
            percent=round(100 * report.counts.get(status, 0) / biggest, 1),
            colour=_COLOURS[status],
        )
        for status in STATUSES
    ]


def _months(report: StatusReport) -> list[_Month]:
    today = dt.date.fromisoformat(report.today)
    groups: dict[str, list[EntryStatus]] = {}
    for entry in report.timeline:
        groups.setdefault((entry.next_review or "")[:7], []).append(entry)
    months: list[_Month] = []
    for label, entries in groups.items():
        if any(e.expired for e in entries):
            css = "overdue"
        elif any(e.due_soon for e in entries) or label == today.isoformat()[:7]:
            css = "soon"
        else:
            css = ""
        months.append(_Month(label=label, css=css, entries=tuple(entries)))
    return months
