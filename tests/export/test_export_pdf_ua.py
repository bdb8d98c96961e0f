"""The handout PDF as PDF/UA-1 declares it, checked as far as open tools allow.

pypdf reads back what a screen reader and an archive rely on: the XMP metadata
stream (PDF/UA identification, title, language, creator, the printed version
and the page address), the structure tree, alternative text on every figure,
and link annotations for the clinic's website and the page address. What no
open tool here checks (reading order as a person hears it, the full Matterhorn
protocol) is listed in the README.
"""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject

from export.export_helpers import REPO_ROOT, artifacts_dir, cli_run, export_cli

PAGE = "https://clinic.example.org/neck/handouts/neck-care.html"


@pytest.fixture(scope="module")
def handout(tmp_path_factory: pytest.TempPathFactory, signed_golden_master: Path) -> Path:
    out = tmp_path_factory.mktemp("pdf-ua") / "exports"
    export_cli(signed_golden_master, "--out", out, "--format", "pdf", "--format", "handout")
    return out


def _structure(node: Any) -> list[DictionaryObject]:
    """Every structure element under ``node``, depth first."""
    found: list[DictionaryObject] = []
    kids = node.get("/K")
    kids = kids.get_object() if kids is not None else None
    for kid in kids if isinstance(kids, ArrayObject) else [kids] if kids is not None else []:
        kid = kid.get_object()
        if isinstance(kid, DictionaryObject) and "/S" in kid:
            found.append(kid)
            found.extend(_structure(kid))
    return found


def test_xmp_declares_pdf_ua_with_title_language_creator_and_version(handout: Path) -> None:
    reader = PdfReader(handout / "pdf" / "neck-care.pdf")
    xmp = reader.xmp_metadata
    assert xmp is not None, "PDF/UA-1 requires an XMP metadata stream"
    raw = reader.trailer["/Root"]["/Metadata"].get_object().get_data().decode()
    assert 'pdfuaid:part="1"' in raw
    assert xmp.dc_title == {"x-default": "Neck care at home"}
    assert xmp.dc_language == ["en"]
    assert xmp.dc_creator == ["Golden Test Clinic"]
    html = (handout / "handout" / "neck-care.html").read_text()
    digest = html.split("Version ")[-1].split("(")[1].split(")")[0]
    assert xmp.dc_identifier == f"carekb printed version {digest}"
    assert xmp.dc_source == PAGE
    assert reader.trailer["/Root"]["/Lang"] == "en"


def test_tagged_with_alt_text_on_every_figure(handout: Path) -> None:
    reader = PdfReader(handout / "pdf" / "neck-care.pdf")
    root = reader.trailer["/Root"]
    assert bool(root["/MarkInfo"]["/Marked"])
    assert bool(root["/ViewerPreferences"]["/DisplayDocTitle"])
    elements = _structure(root["/StructTreeRoot"].get_object())
    kinds = {str(e["/S"]) for e in elements}
    assert {"/H1", "/H2", "/P", "/L", "/LI", "/Table", "/Link", "/Figure"} <= kinds, kinds
    figures = [e for e in elements if e["/S"] == "/Figure"]
    assert figures, "the QR code is a figure"
    for figure in figures:
        assert str(figure.get("/Alt", "")).strip(), figure
    assert any(PAGE in str(f["/Alt"]) for f in figures)


def test_website_and_page_address_are_link_annotations(handout: Path) -> None:
    reader = PdfReader(handout / "pdf" / "neck-care.pdf")
    uris = [
        annot.get_object()["/A"]["/URI"]
        for page in reader.pages
        for annot in page.get("/Annots") or []
        if annot.get_object().get("/Subtype") == "/Link"
    ]
    assert "https://clinic.example.org" in uris
    assert PAGE in uris
    first = " ".join(reader.pages[0].extract_text().split())
    assert "This copy: version" in first  # under the QR code, on the first page


def test_first_page_as_png(handout: Path, pdftoppm: str) -> None:
    """The handout's first page (QR code and all) for a person to look at."""
    folder = artifacts_dir("pdf-ua")
    pdfs = [handout / "pdf" / "neck-care.pdf"]
    sample = folder / "sample"
    trust = REPO_ROOT / "demo-keys" / "trust.yaml"
    cli_run(
        "export",
        "--root",
        REPO_ROOT,
        "--trust",
        trust,
        "--out",
        sample,
        "--format",
        "pdf",
        now=None,
    )
    pdfs.extend(sorted((sample / "pdf").glob("*.pdf")))
    for pdf in pdfs:
        subprocess.run(
            [pdftoppm, "-r", "100", "-f", "1", "-l", "1", "-png", str(pdf), str(folder / pdf.stem)],
            check=True,
        )
    pngs = sorted(folder.glob("*.png"))
    assert len(pngs) == len(pdfs) and all(p.stat().st_size > 10_000 for p in pngs)
