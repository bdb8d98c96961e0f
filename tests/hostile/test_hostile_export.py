"""Nothing lost on export: a failure half-way, even on the very last file, changes nothing.

tests/export/test_export_safety.py breaks a template that fails on the first
Markdown page and refuses a foreign ``--out`` folder. Here the failure comes
as late as it can: a template error on the last PDF, a crash of the PDF
writer on its last page, an interrupt while the new folder is being swapped
in. Each time the previous ``exports/`` must be exactly as it was, and no
half-built folder may be left beside it.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

import pytest

from carekb.errors import CarekbError
from carekb.kb import open_kb
from carekb.load.project import open_project
from carekb.load.writer import splice_review_block
from carekb.render import output, pdf
from carekb.render.environment import PACKAGED_TEMPLATES
from carekb.render.export import ExportRequest, export
from export.export_helpers import EXPORT_DAY, approve, export_cli


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


def _leftovers(root: Path) -> list[str]:
    # Staging folders left beside the output; carekb's own cache is not one.
    return sorted(
        p.name for p in root.iterdir() if "carekb-" in p.name and p.name != ".carekb-cache"
    )


@pytest.fixture
def exported(signed: Path, key_dir: Path) -> tuple[Path, dict[str, bytes]]:
    """The signed golden knowledge base plus a second handout that sorts last, exported."""
    handout = (signed / "kb/handouts/neck-care.yaml").read_bytes()
    handout = splice_review_block(handout, {"status": "draft"})
    (signed / "kb/handouts/zz-last.yaml").write_bytes(
        handout.replace(b"id: neck-care", b"id: zz-last").replace(b"Neck care at", b"Last one at")
    )
    approve(signed, ["zz-last"], key_dir)
    export_cli(signed)
    before = _snapshot(signed / "exports")
    assert "pdf/zz-last.pdf" in before and "pdf/neck-care.pdf" in before
    return signed, before


def _run(root: Path, **request: Any) -> None:
    project = open_project(root)
    export(project, open_kb(project), ExportRequest(today=EXPORT_DAY, **request))


def test_a_template_error_on_the_last_page_changes_nothing(exported):
    root, before = exported
    template = (PACKAGED_TEMPLATES / "handout" / "handout.html").read_text()
    broken = template.replace(
        "<h1>", '{% if entry.id == "zz-last" %}{{ entry.no_such_field }}{% endif %}<h1>', 1
    )
    override = root / "templates/handout/handout.html"
    override.parent.mkdir(parents=True)
    override.write_text(broken)
    project = open_project(root)
    done: list[int] = []
    with pytest.raises(CarekbError, match=r"templates/handout/handout\.html:\d+: template error"):
        export(
            project,
            open_kb(project),
            ExportRequest(today=EXPORT_DAY, formats=("pdf",)),
            progress=lambda n, total: done.append(total - n),
        )
    # The formats already there are rebuilt too, so the template fails on the last
    # handout page (HTML, built before the PDFs), after every other page was written.
    assert len(done) > 10 and done == sorted(done, reverse=True), done
    assert _snapshot(root / "exports") == before
    assert _leftovers(root) == []


def test_a_crash_in_the_pdf_writer_on_its_last_page_changes_nothing(exported, monkeypatch):
    root, before = exported
    real = pdf.render_pdf

    def render(ctx: Any, view: Any) -> bytes:
        if view.id == "zz-last":
            raise MemoryError("out of memory on the last page")
        return real(ctx, view)

    monkeypatch.setattr(pdf, "render_pdf", render)
    with pytest.raises(MemoryError):
        _run(root)
    assert _snapshot(root / "exports") == before
    assert _leftovers(root) == []


class Interrupt(BaseException):
    """Ctrl-C, at the worst moment."""


@pytest.mark.parametrize("which", ["new-in", "old-away"])
def test_an_interrupt_while_swapping_folders_keeps_the_previous_export(
    exported, monkeypatch, which
):
    root, before = exported
    real_rename = os.rename

    def rename(src: Any, dst: Any) -> None:
        staged = ".carekb-tmp" in str(src)
        if (which == "new-in" and staged) or (which == "old-away" and str(src).endswith("exports")):
            raise Interrupt(which)
        real_rename(src, dst)

    monkeypatch.setattr(output.os, "rename", rename)
    with pytest.raises(Interrupt):
        _run(root, formats=("markdown",))
    monkeypatch.undo()
    assert _snapshot(root / "exports") == before
    assert _leftovers(root) == []


def test_a_foreign_folder_with_only_a_hidden_file_is_refused(signed, tmp_path):
    folder = tmp_path / "site"
    folder.mkdir()
    (folder / ".git").write_text("gitdir: elsewhere\n")
    result = export_cli(signed, "--out", folder, expect=2)
    assert "not empty and was not created by carekb export" in result.output
    assert [p.name for p in folder.iterdir()] == [".git"]


def test_a_marker_that_is_a_symlink_does_not_make_a_folder_carekbs(signed, tmp_path):
    export_cli(signed)
    folder = tmp_path / "documents"
    folder.mkdir()
    (folder / "thesis.txt").write_text("years of work")
    (folder / ".carekb-export").symlink_to(signed / "exports" / ".carekb-export")
    result = export_cli(signed, "--out", folder, expect=2)
    assert "not empty and was not created by carekb export" in result.output
    assert (folder / "thesis.txt").read_text() == "years of work"


def test_out_pointing_at_a_symlinked_folder_is_refused(signed, tmp_path):
    real = tmp_path / "real"
    real.mkdir()
    (real / "keep.txt").write_text("keep")
    link = tmp_path / "link"
    link.symlink_to(real)
    export_cli(signed, "--out", link, expect=2)
    assert [p.name for p in real.iterdir()] == ["keep.txt"]
    shutil.rmtree(real)
