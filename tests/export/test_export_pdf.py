"""Handout PDFs: readable by pypdf, traceable on every page, laid out for print.

Each PDF is also rendered to PNG with pdftoppm into test-artifacts/export/pdf/
at the repository root, so a person can look at the pages (not committed).
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from carekb.kb import open_kb
from carekb.load.project import open_project
from carekb.trust.canonical import canonical_json, content_hash, sha256_text, short_hash
from carekb.trust.governance import governance
from export.export_helpers import REPO_ROOT, artifacts_dir, cli_run, copy_kb, export_cli

# The golden handout (kb/handouts/neck-care.yaml) on US Letter: its expected length.
GOLDEN_PAGES = 1  # compact cards in one flow; sign-offs run on in the fine print
LETTER = (612, 792)
A4 = (595, 842)


@pytest.fixture(scope="module")
def golden_pdf(tmp_path_factory: pytest.TempPathFactory, signed_golden_master: Path) -> Path:
    out = tmp_path_factory.mktemp("pdf") / "exports"
    export_cli(signed_golden_master, "--out", out, "--format", "pdf")
    return out / "pdf" / "neck-care.pdf"


@pytest.fixture(scope="module")
def sample_preview_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The repository's own sample handout, as a preview (it may not be signed yet)."""
    out = tmp_path_factory.mktemp("sample-pdf") / "exports"
    cli_run("export", "--root", REPO_ROOT, "--out", out, "--preview", "--format", "pdf", now=None)
    return out / "pdf" / "upper-back-self-care.pdf"  # --out names the preview folder


def _pages(pdf: Path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(pdf).pages]


def _size(pdf: Path) -> tuple[int, int]:
    box = PdfReader(pdf).pages[0].mediabox
    return round(float(box.width)), round(float(box.height))


def test_golden_pdf_opens_with_the_expected_pages_and_metadata(golden_pdf):
    reader = PdfReader(golden_pdf)
    assert len(reader.pages) == GOLDEN_PAGES
    assert _size(golden_pdf) == LETTER  # paper: Letter in the handout
    assert reader.metadata is not None
    assert reader.metadata.title == "Neck care at home"
    assert reader.metadata["/CreationDate"] == "D:20260302093000Z"  # the approval time
    assert reader.trailer["/Root"]["/Lang"] == "en"


def test_every_page_footer_traces_the_approved_version(golden_pdf, signed_golden_master):
    # The printed version covers the handout and every entry it prints, in order.
    project = open_project(signed_golden_master)
    kb = open_kb(project)
    printed = ["neck-care", "go-slowly", "neck-turns", "how-often"]
    parts = []
    for entry_id in printed:
        entry = kb.entry(entry_id)
        assert entry is not None
        parts.append([entry_id, content_hash(entry.data)])
    governed = governance(project).digest  # and the settings and templates it prints with
    short = short_hash(
        sha256_text(canonical_json({"v": 2, "printed": parts, "governance": governed}))
    )
    pages = _pages(golden_pdf)
    for number, text in enumerate(pages, start=1):
        assert "Golden Test Clinic · Neck care at home" in text, number
        assert "Reviewed by Rhea Reviewer, PT, DPT" in text, number
        assert f"Version {short} · Next review due 2027-03-02" in text, number
        assert f"Page {number} of {len(pages)}" in text


def test_a_list_of_steps_is_never_split_across_pages(golden_pdf):
    pages = _pages(golden_pdf)
    steps = [
        "Sit up tall in a chair",
        "Slowly turn your head to the right",
        "Do the same on the left",
    ]
    holding = {i for i, text in enumerate(pages) for step in steps if step in text}
    assert len(holding) == 1


def test_pdf_pages_as_png_for_people_to_look_at(golden_pdf, sample_preview_pdf, pdftoppm):
    folder = artifacts_dir("pdf")
    for old in folder.glob("*.png"):  # pages of an earlier, longer run
        old.unlink()
    for pdf in (golden_pdf, sample_preview_pdf):
        subprocess.run(
            [pdftoppm, "-r", "70", "-png", str(pdf), str(folder / pdf.stem)],
            check=True,
            timeout=120,
        )
    pngs = sorted(p.name for p in folder.glob("*.png"))
    assert len([n for n in pngs if n.startswith("neck-care")]) == GOLDEN_PAGES
    assert len([n for n in pngs if n.startswith("upper-back-self-care")]) == len(
        PdfReader(sample_preview_pdf).pages
    )


def test_sample_handout_preview_is_a4_with_a_watermark_on_every_page(sample_preview_pdf):
    pages = _pages(sample_preview_pdf)
    assert len(pages) >= 2
    assert _size(sample_preview_pdf) == A4
    for number, text in enumerate(pages, start=1):
        assert "Draft: not clinically reviewed" in text, number
        assert "Demo Spine and Physio Clinic · Upper back self-care" in text, number
        assert f"Page {number} of {len(pages)}" in text


def test_unapproved_preview_pdf_takes_its_date_from_source_date_epoch(tmp_path, monkeypatch):
    root = copy_kb(tmp_path / "kb")  # unsigned: the handout has no approval time
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")  # 2026-01-01T00:00:00Z
    export_cli(root, "--preview", "--format", "pdf")
    reader = PdfReader(root / "preview" / "pdf" / "neck-care.pdf")  # beside exports/
    assert reader.metadata is not None
    assert reader.metadata["/CreationDate"] == "D:20260101000000Z"
