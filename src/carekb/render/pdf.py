"""Handout PDFs, drawn by WeasyPrint from the print HTML.

WeasyPrint's default fetcher follows any URL a document names: remote images,
CSS ``@import`` from a local server, even a local file attached through
``<link rel=attachment>``. Here the document's base URL is a name that cannot
resolve (``carekb.invalid``), and the fetcher serves only the files in the
project's ``templates/handout/assets/`` (or the packaged defaults) and the
exported technique pictures (:mod:`carekb.render.pictures`: the approved bytes,
without metadata); every other URL is refused, reported as a warning, and the
PDF is still produced.

A handout with a page budget (``pages``) that prints on more pages gets a
warning naming the parts of the print that cover the most paper (the
template marks them with ``data-room``), so the author knows what to shorten.

The bytes are deterministic: no document identifier, and the creation date is
the approval time (or ``SOURCE_DATE_EPOCH``), never the clock.

The PDF declares PDF/UA-1 (``pdf_variant="pdf/ua-1"``: tagged, with an XMP
metadata stream and the PDF/UA identification; ``pdf_tags=True`` alone gives
no XMP). WeasyPrint writes the title, creator (the organisation), subject,
keywords and dates into the XMP from the print HTML; carekb adds the
language (``dc:language``) and the printed version (``dc:identifier``), which
WeasyPrint keeps only in the document catalog or not at all. Links in the
print HTML (the clinic's website, the page address) become link annotations.
"""

from __future__ import annotations

import contextlib
import logging
import mimetypes
from collections.abc import Callable, Iterator, Mapping
from functools import cache, partial
from typing import Any

from carekb.model import Finding, Level
from carekb.render.handout import generated_assets, render_handout
from carekb.render.jobs import Job, RenderContext
from carekb.render.pictures import exported_pictures
from carekb.render.views import HandoutView
from carekb.trust.gate import RULE

OUT_DIR = "pdf"
PDF_VARIANT = "pdf/ua-1"
_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_DC = "http://purl.org/dc/elements/1.1/"
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
    assets.update(generated_assets(ctx))  # the QR codes made for this export
    fetcher = _fetcher_class()(assets)
    source = weasyprint.HTML(
        string=render_handout(ctx, view),
        base_url=f"{ASSET_BASE}{view.id}.html",
        url_fetcher=fetcher,
    )
    options: dict[str, Any] = {
        "pdf_identifier": False,
        "pdf_tags": True,
        "pdf_variant": PDF_VARIANT,
    }
    with _quiet_weasyprint():
        rendered = source.render(**options)
        _add_xmp(rendered.metadata, view)
        data: bytes = rendered.write_pdf(**options)
    entry = ctx.plan.target(view.id)
    path = entry.path if entry else view.id
    for url in fetcher.refused:
        ctx.warnings.append(_refusal(path, view.id, url))
    if view.pages is not None and len(rendered.pages) > view.pages:
        ctx.warnings.append(_over_budget(path, view, len(rendered.pages), rendered.pages))
    return data


def _over_budget(path: str, view: HandoutView, count: int, pages: list[Any]) -> Finding:
    """A warning that names what takes the room: the parts of the print (marked
    ``data-room`` in the template) that cover the most paper, as parts of a page."""
    room = rooms(pages)
    page_area = max((page.width * page.height for page in pages), default=1.0) or 1.0
    biggest = sorted(room.items(), key=lambda item: (-item[1], item[0]))[:4]
    named = "; ".join(f"{name} {area / page_area:.0%}" for name, area in biggest)
    return _warning(
        path,
        view.id,
        f"PDF of '{view.id}' prints on {count} pages, more than its budget of "
        f"{view.pages} (pages: in the handout). What takes the most room, in "
        f"parts of a page: {named}. Shorten those texts, or raise the budget",
    )


def rooms(pages: list[Any]) -> dict[str, float]:
    """The area (in square CSS px) each part marked ``data-room`` covers on the
    rendered pages, its pieces on every page and in every column added up."""
    found: dict[str, float] = {}
    for page in pages:
        # WeasyPrint offers no public way into a page's boxes; its Page keeps the
        # root box as _page_box (checked with WeasyPrint 70, pinned in pyproject).
        pending = [page._page_box]
        while pending:
            box = pending.pop()
            element = getattr(box, "element", None)
            name = element.get("data-room") if element is not None else None
            if name and getattr(box, "element_tag", "").find("::") < 0:
                area = float(box.margin_height()) * float(box.margin_width())
                found[name] = found.get(name, 0.0) + area
                continue
            pending.extend(getattr(box, "children", ()))
    return found


def _add_xmp(metadata: Any, view: HandoutView) -> None:
    """Add the language and the printed version to the XMP WeasyPrint writes.

    WeasyPrint builds its ``rdf:RDF`` element in ``generate_rdf_metadata`` and
    appends extra XMP after it, where readers such as pypdf, which read the
    first ``rdf:RDF`` only, never look; so the extra description goes inside
    that element. Pinned to WeasyPrint 70 (pyproject.toml); the PDF tests
    read it back.
    """
    from xml.etree.ElementTree import Element, SubElement, fromstring, tostring

    generate = metadata.generate_rdf_metadata

    def with_carekb(*args: Any) -> bytes:
        rdf: Element = fromstring(generate(*args))
        description = SubElement(rdf, f"{{{_RDF}}}Description", {f"{{{_RDF}}}about": ""})
        language = SubElement(SubElement(description, f"{{{_DC}}}language"), f"{{{_RDF}}}Bag")
        SubElement(language, f"{{{_RDF}}}li").text = view.language
        identifier = SubElement(description, f"{{{_DC}}}identifier")
        identifier.text = f"carekb printed version {view.printed.digest}"
        if view.url is not None:
            SubElement(description, f"{{{_DC}}}source").text = view.url
        encoded: bytes = tostring(rdf, encoding="utf-8")
        return encoded

    metadata.generate_rdf_metadata = with_carekb


def _refusal(path: str, handout_id: str, url: str) -> Finding:
    return _warning(
        path,
        handout_id,
        f"PDF of '{handout_id}': refused to fetch {url[:200]} (only files in "
        "templates/handout/assets/ may be used)",
    )


def _warning(path: str, handout_id: str, message: str) -> Finding:
    """An export warning about a handout's PDF, on the handout's file."""
    return Finding(
        path=path,
        line=1,
        column=1,
        rule=RULE,
        message=message,
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
