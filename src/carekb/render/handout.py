"""Print-ready handout HTML: the page a clinic prints, and the source of the PDF.

Each page's footer carries the organisation, the handout title, every
clinician who reviewed what it prints, the soonest next review and the
printed version (:class:`~carekb.render.views.PrintedVersion`: a digest over
the handout's approved content and that of every entry it prints, in print
order), so a printed copy can be matched to exactly what each clinician
approved. The "About this handout" section lists every signature with its
date and meaning, and the PDF's date is the newest of them.

With ``site.url`` set, each handout also prints a QR code of its page address
with the printed version under it (``templates/handout/_qr.html``), so a
patient can reach the current version and see whether their copy still is;
the code is an asset of its own (``assets/qr/<id>.svg``), an image with alt
text like the pictures.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from functools import partial
from typing import TypedDict

from carekb.clock import format_timestamp
from carekb.errors import ConfigError
from carekb.render.jobs import Job, RenderContext, asset_jobs
from carekb.render.pictures import picture_jobs
from carekb.render.qr import qr_name, qr_svg
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
    qr: str | None  # the QR code's asset name (with site.url), else None


def handout_jobs(ctx: RenderContext) -> list[Job]:
    jobs = [
        Job(f"{OUT_DIR}/{view.id}.html", partial(_encoded, ctx, view))
        for view in ctx.views.handouts
    ]
    if jobs:  # no stylesheet without a handout to style
        jobs.extend(asset_jobs(ctx, "handout", f"{OUT_DIR}/assets"))
        jobs.extend(picture_jobs(ctx, f"{OUT_DIR}/assets"))
    jobs.extend(
        Job(f"{OUT_DIR}/assets/{name}", build) for name, build in generated_assets(ctx).items()
    )
    return jobs


def generated_assets(ctx: RenderContext) -> dict[str, Callable[[], bytes]]:
    """The handout assets made for this export, each with how to make its bytes (as
    :func:`~carekb.render.pictures.exported_pictures` gives the pictures): each
    handout's QR code, with site.url."""
    found: dict[str, Callable[[], bytes]] = {}
    for view in ctx.views.handouts:
        if view.url is not None:
            found[qr_name(view.id)] = partial(qr_svg, view.url, f"QR code: {view.url}")
    return found


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
        qr=qr_name(view.id) if view.url is not None else None,
    )
    return ctx.templates.render_html(TEMPLATE, context)


def footer_text(view: HandoutView, site: Site) -> str:
    """Three lines: who publishes it, who vouched for what it prints, which version it is."""
    first = f"{site.organisation.name} · {view.title}"
    printed = view.printed
    if not view.sign_off.approved:
        return f"{first}\n{DRAFT}\nVersion {printed.short}"
    due = f" · Next review due {printed.next_review}" if printed.next_review else ""
    return f"{first}\nReviewed by {'; '.join(printed.reviewers)}\nVersion {printed.short}{due}"


def creation_date(view: HandoutView) -> str | None:
    """The handout's fixed date: the newest approval behind anything it prints, else
    ``SOURCE_DATE_EPOCH``.

    Never the clock: the same input must give the same bytes, PDF included.
    """
    if view.printed.signed_at:
        return view.printed.signed_at
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
