"""Print-ready handout HTML: the page a clinic prints, and the source of the PDF.

Each page's footer carries the organisation, the handout title and the
sign-off (reviewer, credentials, date, meaning, next review and the first 12
hex digits of the content hash), so a printed copy can be traced to the exact
version a clinician approved.
"""

from __future__ import annotations

import datetime as dt
import os
from functools import partial
from typing import TypedDict

from carekb.clock import format_timestamp
from carekb.errors import ConfigError
from carekb.render.jobs import Job, RenderContext, asset_jobs
from carekb.render.views import HandoutView, Site

OUT_DIR = "handout"
TEMPLATE = "handout/handout.html"
DRAFT = "Draft: not clinically reviewed"


class HandoutContext(TypedDict):
    site: Site
    entry: HandoutView
    paper: str  # a CSS page size: "A4" or "letter"
    footer: str  # the footer text; the template escapes it for CSS
    created: str | None  # the PDF's creation date


def handout_jobs(ctx: RenderContext) -> list[Job]:
    jobs = [
        Job(f"{OUT_DIR}/{view.id}.html", partial(_encoded, ctx, view))
        for view in ctx.views.handouts
    ]
    if jobs:  # no stylesheet without a handout to style
        jobs.extend(asset_jobs(ctx, "handout", f"{OUT_DIR}/assets"))
    return jobs


def _encoded(ctx: RenderContext, view: HandoutView) -> bytes:
    return render_handout(ctx, view).encode("utf-8")


def render_handout(ctx: RenderContext, view: HandoutView) -> str:
    """The handout's print HTML, also what the PDF writer renders."""
    site = ctx.views.site
    context = HandoutContext(
        site=site,
        entry=view,
        paper="letter" if view.paper == "Letter" else "A4",
        footer=footer_text(view, site),
        created=creation_date(view),
    )
    return ctx.templates.render_html(TEMPLATE, context)


def footer_text(view: HandoutView, site: Site) -> str:
    """Three lines: who publishes it, who vouched for it, and which version it is."""
    first = f"{site.organisation.name} · {view.title}"
    sign_off = view.sign_off
    if not sign_off.approved:
        return f"{first}\n{DRAFT}\nVersion {sign_off.short_hash}"
    reviewers = "; ".join(f"{r.display} on {r.date} ({r.meaning})" for r in sign_off.reviewers)
    due = f" · Next review due {sign_off.next_review}" if sign_off.next_review else ""
    return f"{first}\nReviewed by {reviewers}\nVersion {sign_off.short_hash}{due}"


def creation_date(view: HandoutView) -> str | None:
    """The handout's fixed date: its newest approval, else ``SOURCE_DATE_EPOCH``.

    Never the clock: the same input must give the same bytes, PDF included.
    """
    if view.sign_off.signed_at:
        return view.sign_off.signed_at
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if not epoch:
        return None
    try:
        moment = dt.datetime.fromtimestamp(int(epoch), dt.UTC)
    except (ValueError, OverflowError, OSError):
        raise ConfigError(
            f"SOURCE_DATE_EPOCH={epoch!r} is not a number of seconds since 1970",
            hint="set it to a whole number such as 1767225600, or unset it",
        ) from None
    return format_timestamp(moment)
