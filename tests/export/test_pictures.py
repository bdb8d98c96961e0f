"""A technique's pictures are approved content: the bytes a patient sees are the
bytes a reviewer approved.

Each test takes a private copy of the signed sample, attacks it as someone
with write access to the repository would (a swapped file, a link, a path out
of the project, a second entry for the same file), and checks what lint says
and what reaches the export, through the real CLI.
"""

from __future__ import annotations

import io
import json
import os
import shutil
from pathlib import Path
from typing import Any

import pytest
from PIL import Image, ImageDraw, PngImagePlugin

from carekb.errors import CarekbError
from carekb.load.pictures import (
    MAX_BYTES,
    UNUSABLE,
    PictureError,
    digest,
    inspect,
    picture_digest,
    stripped,
)
from carekb.render.pictures import picture_bytes
from carekb.render.views import PictureView
from export.export_helpers import cli_run
from web.desk_helpers import sample_copy

PICTURE = Path("kb") / "pictures" / "cat-cow.png"
HANDOUT = "upper-back-self-care"


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    return sample_copy(tmp_path / "sample")


def _lint(root: Path) -> list[dict[str, Any]]:
    trust = root / "demo-keys" / "trust.yaml"
    result = cli_run(
        "lint", "--root", root, "--trust", trust, "--format", "json", now=None, expect=None
    )
    findings: list[dict[str, Any]] = json.loads(result.stdout)
    return findings


def _about(findings: list[dict[str, Any]], entry_id: str) -> set[str]:
    return {f["rule"] for f in findings if f.get("entry_id") == entry_id}


def _exported(root: Path, out: Path, *extra: str) -> set[str]:
    trust = root / "demo-keys" / "trust.yaml"
    cli_run(
        "export",
        "--root",
        root,
        "--trust",
        trust,
        "--out",
        out,
        "--format",
        "markdown",
        *extra,
        now=None,
    )
    return {p.stem for p in out.rglob("*.md")}


def test_the_signed_sample_exports_its_pictures(sample: Path, tmp_path: Path):
    assert _lint(sample) == []
    assert {"cat-cow", HANDOUT} <= _exported(sample, tmp_path / "out")


def _redraw(path: Path) -> None:
    """The same drawing with one more dot: what a careless (or hostile) edit looks like."""
    with Image.open(path) as image:
        image.load()
        changed = image.copy()
    ImageDraw.Draw(changed).ellipse((5, 5, 9, 9), fill=0)
    changed.save(path)


def test_changing_a_picture_makes_its_technique_stale(sample: Path, tmp_path: Path):
    _redraw(sample / PICTURE)
    assert "approval-stale" in _about(_lint(sample), "cat-cow")
    exported = _exported(sample, tmp_path / "out")
    assert "cat-cow" not in exported
    assert HANDOUT not in exported  # it prints the card, so it waits for the review too
    assert "shoulder-rolls" in exported  # the rest of the site is untouched


def test_a_link_in_place_of_the_file_is_refused_even_with_the_same_bytes(
    sample: Path, tmp_path: Path
):
    outside = tmp_path / "elsewhere.png"
    shutil.copy2(sample / PICTURE, outside)
    (sample / PICTURE).unlink()
    (sample / PICTURE).symlink_to(outside)
    findings = _lint(sample)
    assert {"pictures", "approval-stale"} <= _about(findings, "cat-cow")
    assert any("symbolic link" in f["message"] for f in findings)
    assert "cat-cow" not in _exported(sample, tmp_path / "out")


def test_a_linked_folder_is_refused(sample: Path, tmp_path: Path):
    folder = sample / "kb" / "pictures"
    shutil.move(folder, sample / "art")
    folder.symlink_to(sample / "art")
    assert "pictures" in _about(_lint(sample), "cat-cow")
    assert "cat-cow" not in _exported(sample, tmp_path / "out")


@pytest.mark.parametrize(
    "name", ["../elsewhere.png", "/etc/hostname.png", "kb/pictures/../../../x.png"]
)
def test_a_picture_outside_the_project_keeps_its_technique_out_even_in_preview(
    sample: Path, tmp_path: Path, name: str
):
    (tmp_path / "elsewhere.png").write_bytes((sample / PICTURE).read_bytes())
    entry = sample / "kb" / "techniques" / "cat-cow.yaml"
    entry.write_text(entry.read_text().replace("file: kb/pictures/cat-cow.png", f"file: {name}"))
    findings = _lint(sample)
    assert any("not inside the project" in f["message"] for f in findings), findings
    out = tmp_path / "preview"
    result = cli_run(
        "export", "--root", sample, "--preview", "--out", out, "--format", "markdown", now=None
    )
    assert "'cat-cow' not exported: its picture" in result.output
    assert "cat-cow" not in {p.stem for p in out.rglob("*.md")}


def test_a_second_entry_for_an_approved_picture_needs_a_review(sample: Path, tmp_path: Path):
    entry = sample / "kb" / "techniques" / "shoulder-rolls.yaml"
    entry.write_text(
        entry.read_text().replace(
            "pictures:\n",
            "pictures:\n  - file: kb/pictures/cat-cow.png\n    alt: A person on hands and knees.\n",
        )
    )
    assert "approval-stale" in _about(_lint(sample), "shoulder-rolls")
    assert "shoulder-rolls" not in _exported(sample, tmp_path / "out")


def test_exported_pictures_are_the_approved_bytes_stripped(sample: Path, tmp_path: Path):
    out = tmp_path / "out"
    trust = sample / "demo-keys" / "trust.yaml"
    cli_run("export", "--root", sample, "--trust", trust, "--out", out, "--format", "all", now=None)
    source = (sample / PICTURE).read_bytes()
    name = f"{digest(source).removeprefix('sha256:')[:24]}.png"
    for folder in ("html/pictures", "markdown/pictures", "handout/assets/pictures"):
        assert (out / folder / name).read_bytes() == stripped(source, "cat-cow.png"), folder
    page = (out / "html" / "techniques" / "cat-cow.html").read_text(encoding="utf-8")
    assert f'<img src="../pictures/{name}" alt="Two side views of a person' in page
    markdown = (out / "markdown" / "techniques" / "cat-cow.md").read_text(encoding="utf-8")
    assert f"](../pictures/{name})" in markdown


def _png_with_metadata() -> bytes:
    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "someone@example.org")
    info.add_text("Comment", "taken at 51.5007 N, 0.1246 W")
    out = io.BytesIO()
    profile = b"an ICC profile naming the author's own monitor"
    Image.new("L", (30, 20), 200).save(out, "PNG", pnginfo=info, icc_profile=profile)
    return out.getvalue()


def _jpeg_with_exif() -> bytes:
    exif = Image.Exif()
    exif[0x010F] = "CameraMaker"  # Make
    exif[0x0131] = "PhotoEditor 9"  # Software
    exif[0x0112] = 6  # Orientation: rotate 90 degrees to show it upright
    out = io.BytesIO()
    Image.new("RGB", (40, 20), "white").save(
        out, "JPEG", exif=exif.tobytes(), comment=b"scanned at home by someone@example.org"
    )
    return out.getvalue()


def test_metadata_never_leaves_the_project():
    png = stripped(_png_with_metadata(), "a.png")
    assert b"someone@example.org" not in png and b"tEXt" not in png and b"iCCP" not in png
    with Image.open(io.BytesIO(png)) as image:
        assert image.size == (30, 20) and not image.info
    jpeg = stripped(_jpeg_with_exif(), "a.jpg")
    assert b"CameraMaker" not in jpeg and b"Exif" not in jpeg and b"someone" not in jpeg
    with Image.open(io.BytesIO(jpeg)) as image:
        assert image.size == (20, 40)  # the orientation is applied, not dropped
        assert not image.getexif()


def test_a_picture_that_changes_during_the_export_stops_it(tmp_path: Path):
    (tmp_path / "a.png").write_bytes(_png_with_metadata())
    view = PictureView("pictures/x.png", "alt", None, "a.png", "sha256:" + "0" * 64)
    with pytest.raises(CarekbError, match="changed while the export ran"):
        picture_bytes(tmp_path, view)


@pytest.mark.parametrize(
    ("data", "name", "problem"),
    [
        (b"<svg onload='alert(1)'/>", "a.png", "not a PNG or JPEG"),
        (_jpeg_with_exif(), "a.png", "holds a JPEG picture, not PNG"),
    ],
)
def test_only_real_png_and_jpeg_pass(data: bytes, name: str, problem: str):
    with pytest.raises(PictureError, match=problem):
        inspect(data, name)


def test_a_picture_file_is_digested_only_as_a_small_regular_file_reached_without_links(
    tmp_path: Path,
):
    """What each kind of path gives as the picture's digest (what the content hash
    covers): the file's SHA-256, or the refusal that no approval of a good file matches."""
    folder = tmp_path / "kb" / "pictures"
    folder.mkdir(parents=True)
    (folder / "good.png").write_bytes(b"\x89PNG drawn")
    (folder / "big.png").write_bytes(b"\0" * (MAX_BYTES + 1))
    (folder / "edge.png").write_bytes(b"\0" * MAX_BYTES)
    (folder / "folder.png").mkdir()
    os.mkfifo(folder / "pipe.png")
    (folder / "linked.png").symlink_to(folder / "good.png")
    (tmp_path / "kb" / "art").symlink_to(folder)

    def outcome(name: str) -> str:
        found = picture_digest(tmp_path, name)
        return found.removeprefix(UNUSABLE) if found.startswith(UNUSABLE) else "digest"

    assert picture_digest(tmp_path, "kb/pictures/good.png") == digest(b"\x89PNG drawn")
    assert outcome("kb/pictures/edge.png") == "digest"
    assert "a picture may have at most" in outcome("kb/pictures/big.png")
    assert "is not a file" in outcome("kb/pictures/folder.png")
    assert "is not a file" in outcome("kb/pictures/pipe.png")  # refused, never waited on
    assert "symbolic link" in outcome("kb/pictures/linked.png")
    assert "symbolic link" in outcome("kb/art/good.png")  # a linked folder on the way
    assert "does not exist" in outcome("kb/pictures/missing.png")
