"""Handout PDFs, drawn by WeasyPrint from the print HTML.

WeasyPrint's default fetcher follows any URL a document names: remote images,
CSS ``@import`` from a local server, even a local file attached through
``<link rel=attachment>``. Here the document's base URL is a name that cannot
resolve (``carekb.invalid``), and the fetcher serves only the files in the
project's ``templates/handout/assets/`` (or the packaged defaults); every other
URL is refused, reported as a warning, and the PDF is still produced.

The bytes are deterministic: no document identifier, and the creation date is
the approval time (or ``SOURCE_DATE_EPOCH``), never the clock.
"""

from __future__ import annotations

import contextlib
import logging
import mimetypes
from collections.abc import Callable, Iterator, Mapping
from functools import cache, partial
from typing import Any

from carekb.model import Finding, Level
from carekb.render.handout import render_handout
from carekb.render.jobs import Job, RenderContext
from carekb.render.pictures import exported_pictures
from carekb.render.views import HandoutView
from carekb.trust.gate import RULE

OUT_DIR = "pdf"
ASSET_BASE = "https://carekb.invalid/handout/"
ASSET_PREFIX = ASSET_BASE + "assets/"


def pdf_jobs(ctx: RenderContext) -> list[Job]:
    return [
        Job(f"{OUT_DIR}/{view.id}.pdf", partial(render_pdf, ctx, view))
        for view in ctx.views.handouts
    ]


def render_pdf(ctx: RenderContext, view: HandoutView) -> bytes:
    import weasyprint

    assets: dict[str, Callable[[], bytes]] = {
        name: path.read_bytes for name, path in ctx.templates.assets("handout")
    }
    assets.update(exported_pictures(ctx))  # the approved bytes, without metadata
    fetcher = _fetcher_class()(assets)
    document = weasyprint.HTML(
        string=render_handout(ctx, view),
        base_url=f"{ASSET_BASE}{view.id}.html",
        url_fetcher=fetcher,
    )
    with _quiet_weasyprint():
        data: bytes = document.write_pdf(pdf_identifier=False, pdf_tags=True)
    entry = ctx.plan.target(view.id)
    for url in fetcher.refused:
        ctx.warnings.append(_refusal(entry.path if entry else view.id, view.id, url))
    return data


def _refusal(path: str, handout_id: str, url: str) -> Finding:
    return Finding(
        path=path,
        line=1,
        column=1,
        rule=RULE,
        message=(
            f"PDF of '{handout_id}': refused to fetch {url[:200]} (only files in "
            "templates/handout/assets/ may be used)"
        ),
        level=Level.WARNING,
        entry_id=handout_id,
    )


@cache
def _fetcher_class() -> type[Any]:
    """The fetcher class, defined on first use so WeasyPrint loads only for PDFs."""
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class AssetFetcher(URLFetcher):  # type: ignore[misc]
        def __init__(self, assets: Mapping[str, Callable[[], bytes]]) -> None:
            super().__init__(allowed_protocols=(), allow_redirects=False)
            self.assets = assets
            self.refused: list[str] = []

        def fetch(self, url: str, headers: Any = None) -> Any:
            name = url.removeprefix(ASSET_PREFIX) if url.startswith(ASSET_PREFIX) else None
            name = name.split("?")[0].split("#")[0] if name else None
            load = self.assets.get(name) if name else None
            if name is None or load is None:
                if url not in self.refused:
                    self.refused.append(url)
                raise ValueError(f"carekb refuses to fetch {url}")
            kind = mimetypes.guess_type(name)[0] or "application/octet-stream"
            return URLFetcherResponse(url, load(), {"Content-Type": kind})

    return AssetFetcher


@contextlib.contextmanager
def _quiet_weasyprint() -> Iterator[None]:
    """Keep WeasyPrint's own log (unsupported CSS, refused fetches) off the terminal.

    Refused fetches are reported as findings instead; CSS that only browsers
    understand (``:focus-visible``) is expected in a shared stylesheet.
    """
    logger = logging.getLogger("weasyprint")
    level, propagate = logger.level, logger.propagate
    logger.setLevel(logging.CRITICAL)
    logger.propagate = False
    try:
        yield
    finally:
        logger.setLevel(level)
        logger.propagate = propagate
