"""The HTML site: an index, a page per entry and per handout, and its stylesheet.

Every link is relative and names its file (``../faqs/x.html``), so the site
works from ``file://`` as well as from any static host; the stylesheet is the
only other file a page loads.

With ``site.url`` set, each page also names its own address (a canonical
link, JSON-LD ``url``), and ``sitemap.xml`` lists every page with the date of
its last approval. A retired entry that was once published keeps its address:
the page there says it was withdrawn, when, and what replaces it
(``html/withdrawn.html``), so a QR code on an old printout still leads
somewhere true; ``withdrawn.json`` lists those entries and the handouts whose
approved versions printed them.
"""

from __future__ import annotations

import json
from functools import partial
from typing import TypedDict
from xml.sax.saxutils import escape

from markupsafe import Markup

from carekb.render import jsonld
from carekb.render.incremental import digest, format_inputs
from carekb.render.jobs import Job, RenderContext, asset_jobs
from carekb.render.pictures import picture_jobs
from carekb.render.views import EntryView, HandoutView, KindGroup, Site, TagGroup, WithdrawnView

OUT_DIR = "html"
INDEX_TEMPLATE = "html/index.html"
ENTRY_TEMPLATE = "html/entry.html"
HANDOUT_TEMPLATE = "html/handout.html"
WITHDRAWN_TEMPLATE = "html/withdrawn.html"
SITEMAP = f"{OUT_DIR}/sitemap.xml"
WITHDRAWN_LIST = f"{OUT_DIR}/withdrawn.json"


class PageContext(TypedDict):
    """What every site template receives."""

    site: Site
    kinds: tuple[KindGroup, ...]
    tags: tuple[TagGroup, ...]
    tag_labels: dict[str, str]
    root: str  # the way back to the site root from this page: "" or "../"
    lang: str
    jsonld: Markup
    canonical: str | None  # the page's own address, with site.url


class EntryPageContext(PageContext):
    entry: EntryView


class WithdrawnPageContext(PageContext):
    entry: WithdrawnView


def html_jobs(ctx: RenderContext) -> list[Job]:
    jobs = [Job(f"{OUT_DIR}/index.html", partial(_index, ctx))]
    # What a page receives besides its own entry: the site and the groups' names.
    views = ctx.views
    made_with = format_inputs(ctx.inputs, ctx.templates, "")  # it may include any template
    shared = digest(made_with, views.site, views.nav_kinds, views.nav_tags)
    for view in (*views.entries, *views.handouts):
        page = f"{OUT_DIR}/{view.page}.html"
        inputs = digest(shared, page, view)
        jobs.append(Job(page, partial(_entry_page, ctx, view), inputs))
    for item in views.withdrawn:
        page = f"{OUT_DIR}/{item.page}.html"
        jobs.append(Job(page, partial(_withdrawn_page, ctx, item), digest(shared, page, item)))
    if ctx.views.withdrawn:
        jobs.append(Job(WITHDRAWN_LIST, partial(_withdrawn_list, ctx)))
    if ctx.views.site.url is not None:
        jobs.append(Job(SITEMAP, partial(_sitemap, ctx)))
    jobs.extend(asset_jobs(ctx, "html", f"{OUT_DIR}/assets"))
    jobs.extend(picture_jobs(ctx, OUT_DIR))
    return jobs


def _page_context(
    ctx: RenderContext, root: str, lang: str, data: Markup, canonical: str | None
) -> PageContext:
    """What a page's template receives: on the index, the groups with their entries; on
    every other page, the groups' names for its navigation (so editing one entry
    changes its own pages and the index, not every page: carekb.render.incremental)."""
    views = ctx.views
    index = root == ""
    return PageContext(
        site=views.site,
        kinds=views.kinds if index else views.nav_kinds,
        tags=views.tags if index else views.nav_tags,
        tag_labels=views.tag_labels,
        root=root,
        lang=lang,
        jsonld=data,
        canonical=canonical,
    )


def _index(ctx: RenderContext) -> bytes:
    site = ctx.views.site
    context = _page_context(ctx, "", site.language, jsonld.index_page(site), site.url)
    return ctx.templates.render_html(INDEX_TEMPLATE, context).encode("utf-8")


def _entry_page(ctx: RenderContext, view: EntryView) -> bytes:
    data = jsonld.entry_page(view, ctx.views.site)
    base = _page_context(ctx, "../", view.language, data, view.url)
    context = EntryPageContext(**base, entry=view)
    template = HANDOUT_TEMPLATE if view.kind == "handout" else ENTRY_TEMPLATE
    return ctx.templates.render_html(template, context).encode("utf-8")


def _withdrawn_page(ctx: RenderContext, view: WithdrawnView) -> bytes:
    data = jsonld.withdrawn_page(view, ctx.views.site)
    base = _page_context(ctx, "../", view.language, data, view.url)
    context = WithdrawnPageContext(**base, entry=view)
    return ctx.templates.render_html(WITHDRAWN_TEMPLATE, context).encode("utf-8")


def _withdrawn_list(ctx: RenderContext) -> bytes:
    """Every withdrawn entry, when, its replacement, and the handouts that printed it."""
    items = [
        {
            "id": item.id,
            "title": item.title,
            "withdrawn": item.date,
            "replaced_by": item.replaced_by.id if item.replaced_by else None,
            "page": f"{item.page}.html",
            "printed_in": [
                {"handout": handout_id, "title": title, "approved": list(dates)}
                for handout_id, title, dates in item.printed_in
            ],
            # The exact versions printed on paper, from the publisher's record.
            "printed_versions": [
                {"handout": handout_id, "version": version, "first_exported": date}
                for handout_id, version, date in item.printed_versions
            ],
        }
        for item in ctx.views.withdrawn
    ]
    return (json.dumps({"withdrawn": items}, ensure_ascii=False, indent=2) + "\n").encode()


def _sitemap(ctx: RenderContext) -> bytes:
    """sitemap.xml: every page's address, with the date of its last approval."""
    site = ctx.views.site
    assert site.url is not None
    rows: list[tuple[str, str | None]] = []
    views: tuple[EntryView, ...] = (*ctx.views.entries, *ctx.views.handouts)
    dates = [_lastmod(view) for view in views]
    rows.append((site.url, max((d for d in dates if d), default=None)))
    rows.extend((view.url or "", date) for view, date in zip(views, dates, strict=True))
    rows.extend((item.url or "", item.date) for item in ctx.views.withdrawn)
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ]
    for loc, lastmod in rows:
        modified = f"<lastmod>{lastmod}</lastmod>" if lastmod else ""
        lines.append(f"<url><loc>{escape(loc)}</loc>{modified}</url>")
    lines.append("</urlset>")
    return ("\n".join(lines) + "\n").encode("utf-8")


def _lastmod(view: EntryView) -> str | None:
    """The date of a page's last approval: for a handout, the newest behind what it prints."""
    if isinstance(view, HandoutView) and view.printed.signed_at:
        return view.printed.signed_at[:10]
    return view.sign_off.last_reviewed
