"""The HTML site: an index, a page per entry and per handout, and its stylesheet.

Every link is relative and names its file (``../faqs/x.html``), so the site
works from ``file://`` as well as from any static host; the stylesheet is the
only other file a page loads.
"""

from __future__ import annotations

from functools import partial
from typing import TypedDict

from markupsafe import Markup

from carekb.render import jsonld
from carekb.render.jobs import Job, RenderContext, asset_jobs
from carekb.render.pictures import picture_jobs
from carekb.render.views import EntryView, KindGroup, Site, TagGroup

OUT_DIR = "html"
INDEX_TEMPLATE = "html/index.html"
ENTRY_TEMPLATE = "html/entry.html"
HANDOUT_TEMPLATE = "html/handout.html"


class PageContext(TypedDict):
    """What every site template receives."""

    site: Site
    kinds: tuple[KindGroup, ...]
    tags: tuple[TagGroup, ...]
    tag_labels: dict[str, str]
    root: str  # the way back to the site root from this page: "" or "../"
    lang: str
    jsonld: Markup


class EntryPageContext(PageContext):
    entry: EntryView


def html_jobs(ctx: RenderContext) -> list[Job]:
    jobs = [Job(f"{OUT_DIR}/index.html", partial(_index, ctx))]
    for view in (*ctx.views.entries, *ctx.views.handouts):
        jobs.append(Job(f"{OUT_DIR}/{view.page}.html", partial(_entry_page, ctx, view)))
    jobs.extend(asset_jobs(ctx, "html", f"{OUT_DIR}/assets"))
    jobs.extend(picture_jobs(ctx, OUT_DIR))
    return jobs


def _page_context(ctx: RenderContext, root: str, lang: str, data: Markup) -> PageContext:
    views = ctx.views
    return PageContext(
        site=views.site,
        kinds=views.kinds,
        tags=views.tags,
        tag_labels=views.tag_labels,
        root=root,
        lang=lang,
        jsonld=data,
    )


def _index(ctx: RenderContext) -> bytes:
    site = ctx.views.site
    context = _page_context(ctx, "", site.language, jsonld.index_page(site))
    return ctx.templates.render_html(INDEX_TEMPLATE, context).encode("utf-8")


def _entry_page(ctx: RenderContext, view: EntryView) -> bytes:
    base = _page_context(ctx, "../", view.language, jsonld.entry_page(view, ctx.views.site))
    context = EntryPageContext(**base, entry=view)
    template = HANDOUT_TEMPLATE if view.kind == "handout" else ENTRY_TEMPLATE
    return ctx.templates.render_html(template, context).encode("utf-8")
