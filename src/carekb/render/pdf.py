"""Handout PDFs, drawn by WeasyPrint from the print HTML.

WeasyPrint's default fetcher follows any URL a document names: remote images,
CSS ``@import`` from a local server, even a local file attached through
``<link rel=attachment>``. Here the document's base URL is a name that cannot
resolve (``carekb.invalid``), and the fetcher serves only the files in the
project's ``templates/handout/assets/`` (or the packaged defaults); every other
URL is refused, reported as a warning, and the PDF is still produced.

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
from collections.abc import Iterator, Mapping
from functools import cache, partial
from pathlib import Path
from typing import Any

from carekb.model import Finding, Level
from carekb.render.handout import generated_assets, render_handout
from carekb.render.jobs import Job, RenderContext
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

    assets: dict[str, Path | bytes] = dict(ctx.templates.assets("handout"))
    assets.update(generated_assets(ctx))
    fetcher = _fetcher_class()(assets)
    source = weasyprint.HTML(
        string=render_handout(ctx, view),
        base_url=f"{ASSET_BASE}{view.id}.html",
        url_fetcher=fetcher,
    )
    with _quiet_weasyprint():
        document = source.render(pdf_variant=PDF_VARIANT, pdf_tags=True)
        _add_xmp(document.metadata, view)
        data: bytes = document.write_pdf(
            pdf_identifier=False, pdf_variant=PDF_VARIANT, pdf_tags=True
        )
    entry = ctx.plan.target(view.id)
    for url in fetcher.refused:
        ctx.warnings.append(_refusal(entry.path if entry else view.id, view.id, url))
    return data


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
        def __init__(self, assets: Mapping[str, Path | bytes]) -> None:
            super().__init__(allowed_protocols=(), allow_redirects=False)
            self.assets = assets
            self.refused: list[str] = []

        def fetch(self, url: str, headers: Any = None) -> Any:
            name = url.removeprefix(ASSET_PREFIX) if url.startswith(ASSET_PREFIX) else None
            path = self.assets.get(name.split("?")[0].split("#")[0]) if name else None
            if path is None:
                if url not in self.refused:
                    self.refused.append(url)
                raise ValueError(f"carekb refuses to fetch {url}")
            kind = mimetypes.guess_type(str(name))[0] or "application/octet-stream"
            data = path if isinstance(path, bytes) else path.read_bytes()
            return URLFetcherResponse(url, data, {"Content-Type": kind})

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
