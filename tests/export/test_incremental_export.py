"""An export after a change renders again only the pages whose inputs changed, and
writes byte for byte what a full export of the same project writes."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from conftest import REPO_ROOT
from lint_support import age

FORMATS = ("--format", "html", "--format", "markdown")
PACKAGED_ENTRY = REPO_ROOT / "src/carekb/templates/html/entry.html"


def _tree(folder: Path) -> dict[str, bytes]:
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def _export(run, root: Path) -> str:
    result = run("export", "--root", root, *FORMATS)
    assert result.exit_code == 0, result.output
    return result.output


def _full_export(run, root: Path, where: Path) -> dict[str, bytes]:
    """A copy of the project, without the cache or the last export, exported whole."""
    shutil.rmtree(where, ignore_errors=True)
    shutil.copytree(
        root, where, ignore=shutil.ignore_patterns(".carekb-cache", "exports", "trust.yaml")
    )
    shutil.copy(root / "demo-keys" / "trust.yaml", where / "demo-keys" / "trust.yaml")
    age(where)
    output = _export(run, where)
    assert "copied from the last export" not in output
    return _tree(where / "exports")


def _copied(output: str) -> int:
    found = re.search(r"(\d+) copied from the last export", output)
    return int(found.group(1)) if found else 0


def test_incremental_exports_equal_full_ones_through_changes(aged_sample, run, tmp_path):
    kb = aged_sample / "kb"
    faq = kb / "faqs/what-is-the-upper-back.yaml"
    technique = kb / "techniques/cat-cow.yaml"
    precaution = kb / "precautions/move-gently.yaml"
    override = aged_sample / "templates/html/entry.html"
    originals = {path: path.read_bytes() for path in (faq, technique, precaution)}

    def edit(path: Path, old: str, new: str) -> None:
        text = path.read_text()
        assert old in text, (path, old)
        path.write_text(text.replace(old, new, 1))

    def restore(path: Path) -> None:
        path.write_bytes(originals[path])

    def add_override() -> None:
        override.parent.mkdir(parents=True, exist_ok=True)
        override.write_text(PACKAGED_ENTRY.read_text() + "\n{# a project's own entry page #}\n")

    first = _export(run, aged_sample)
    assert _copied(first) == 0
    pages = len(list((aged_sample / "exports").rglob("*.md"))) * 2  # a page per entry, both formats
    steps = [
        # a comment: every view as it was, every page copied
        ("comment", lambda: edit(technique, "\nid:", "\n# reviewed wording\nid:"), pages),
        # the next review moved: the technique's pages show the new date, and only they
        # are rendered again
        (
            "next review",
            lambda: edit(technique, "next_review: 2027-12-02", "next_review: 2027-06-01"),
            pages - 4,
        ),
        # an answer edited: the FAQ loses its approval, so its pages go and the pages
        # that linked it change; the rest are copied
        ("answer", lambda: edit(faq, "upper back", "upper-back"), 1),
        ("answer restored", lambda: restore(faq), 1),
        # a project template for entry pages: every HTML page is rendered again, every
        # Markdown file copied
        ("template", add_override, pages // 3),
        ("template removed", override.unlink, pages // 3),
        # an entry deleted: its pages go, links to it are dropped, entries that need it
        # for their safety content are held back (and the navigation changes with them);
        # put back, they return
        ("deleted", precaution.unlink, 0),
        ("restored", lambda: restore(precaution), 0),
    ]
    for number, (what, step, fewest_copied) in enumerate(steps):
        step()
        age(aged_sample, seconds=3600 - 10 * (number + 1))  # settled: the record is kept
        output = _export(run, aged_sample)
        assert _copied(output) >= fewest_copied, (what, output)
        full = _full_export(run, aged_sample, tmp_path / "full")
        assert _tree(aged_sample / "exports") == full, what


def test_a_page_edited_in_the_output_folder_is_rendered_again(aged_sample, run, tmp_path):
    _export(run, aged_sample)
    page = aged_sample / "exports/html/techniques/cat-cow.html"
    tampered = page.read_bytes().replace(b"Cat-cow", b"Cat-cow (cures everything)", 1)
    assert tampered != page.read_bytes()
    page.write_bytes(tampered)
    technique = aged_sample / "kb/techniques/cat-cow.yaml"
    technique.write_text(technique.read_text() + "# a comment: the views stay as they were\n")
    age(aged_sample, seconds=3590)
    output = _export(run, aged_sample)
    assert _copied(output) > 0
    assert b"cures everything" not in page.read_bytes()
    assert _tree(aged_sample / "exports") == _full_export(run, aged_sample, tmp_path / "full")


def test_pages_are_copied_even_just_after_an_edit(aged_sample, run):
    """A page is known by what made it, so an export seconds after an edit (its
    inputs too young for the whole export to be remembered) still copies the
    pages the edit left alone, and so does the one after it."""
    technique = aged_sample / "kb/techniques/cat-cow.yaml"
    _export(run, aged_sample)
    for comment in ("# first\n", "# second\n"):
        technique.write_text(technique.read_text() + comment)  # young: not aged
        assert _copied(_export(run, aged_sample)) > 0


def test_the_manifest_lists_what_the_folder_holds_as_read_back(aged_sample, run):
    # The manifest takes each page's hash from the bytes the build wrote (copied or
    # rendered), not from reading the folder back; read back, every file agrees.
    import json

    from carekb.render.manifest import MANIFEST, file_hashes

    technique = aged_sample / "kb/techniques/cat-cow.yaml"
    _export(run, aged_sample)
    technique.write_text(technique.read_text() + "\n")
    age(aged_sample)
    assert _copied(_export(run, aged_sample)) > 0  # some pages came from the last export
    written = aged_sample / "exports"
    listed = json.loads((written / MANIFEST).read_text())["files"]
    read_back = {path: digest for path, digest in file_hashes(written).items() if path != MANIFEST}
    assert listed == read_back
    assert {path.split("/")[0] for path in listed} >= {"html", "markdown"}
