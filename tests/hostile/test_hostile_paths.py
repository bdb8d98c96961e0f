"""Ids never become paths: nothing is written outside the project or its export folder.

An id is a file name in ``exports/`` and in ``kb/audit/``. Ids with ``..``,
``/``, capitals or spaces are schema errors (case ``bad-ids``); here they are
also forced through the places that turn ids into paths, with the file tree
around the project compared before and after.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from carekb.kb import open_kb
from carekb.load.project import open_project
from carekb.render.export import ExportRequest, export
from carekb.trust import gate
from export.export_helpers import EXPORT_DAY, cli_run, export_cli, output_files
from review.helpers import make_kb

from .helpers import CASES

HOSTILE_IDS = [
    "../../outside",
    "/tmp/carekb-hostile-abs",
    "faqs/../../../up",
    "Upper",
    "with space",
]


def _tree(folder: Path, *, skip: Path | None = None) -> dict[str, bytes | str]:
    """Every file and link under ``folder`` (except under ``skip``), with its content.

    The project's own ``.carekb-cache/`` (git-ignored, where carekb remembers
    the signatures it verified) is not counted: it is carekb's, not output.
    """
    found: dict[str, bytes | str] = {}
    for dirpath, dirnames, filenames in os.walk(folder):
        here = Path(dirpath)
        if (skip is not None and (here == skip or skip in here.parents)) or (
            here.name == ".carekb-cache"
        ):
            dirnames[:] = []
            continue
        for name in [*filenames, *dirnames]:
            path = here / name
            if path.is_symlink():
                found[str(path)] = f"-> {os.readlink(path)}"
            elif path.is_file():
                found[str(path)] = path.read_bytes()
    return found


def _faq_with_id(entry_id: str, approved: bool) -> str:
    text = (CASES / "bad-ids" / "kb/faqs/dot-dot.yaml").read_text()
    text = text.replace("id: ../../outside", f"id: {entry_id!r}".replace("'", '"'))
    status = "  status: approved\n  next_review: 2027-01-01\n" if approved else "  status: draft\n"
    return text.replace("  status: draft\n", status)


@pytest.fixture
def hostile_ids_kb(signed: Path) -> Path:
    for number, entry_id in enumerate(HOSTILE_IDS):
        (signed / "kb" / "faqs" / f"hostile-{number}.yaml").write_text(
            _faq_with_id(entry_id, approved=number % 2 == 0)
        )
    return signed


@pytest.mark.parametrize("preview", [False, True], ids=["export", "preview"])
def test_export_writes_nothing_for_an_id_that_is_not_a_slug(hostile_ids_kb, tmp_path, preview):
    out = tmp_path / "exports"
    before = _tree(tmp_path, skip=out)
    args = ["--out", out, *(["--preview"] if preview else [])]
    result = export_cli(hostile_ids_kb, *args)
    assert _tree(tmp_path, skip=out) == before
    assert not Path("/tmp/carekb-hostile-abs.html").exists()
    names = [p.relative_to(out).as_posix() for p in output_files(out)]
    assert names, "the approved golden content is still exported"
    assert not [n for n in names if "outside" in n or "Upper" in n or " " in n or n == "up"]
    for entry_id in HOSTILE_IDS:
        assert f"'{entry_id}' not exported: id '{entry_id}' is not a valid id" in result.output


def test_the_gate_alone_keeps_bad_ids_out_even_in_preview(hostile_ids_kb):
    project = open_project(hostile_ids_kb)
    plan = gate.plan_export(project, open_kb(project), EXPORT_DAY, preview=True)
    exported = {e.id for e in (*plan.entries, *plan.handouts)}
    assert exported.isdisjoint(HOSTILE_IDS)
    assert {item.entry.id for item in plan.excluded} >= set(HOSTILE_IDS)


def test_the_writer_refuses_paths_that_leave_the_export_even_if_the_gate_let_them_by(
    hostile_ids_kb, tmp_path, monkeypatch
):
    # Second line of defence: with the gate's id check switched off, the
    # file writer still refuses to leave the staging folder.
    monkeypatch.setattr(gate, "is_entry_id", lambda entry_id: True)
    project = open_project(hostile_ids_kb)
    out = tmp_path / "exports"
    before = _tree(tmp_path, skip=out)
    request = ExportRequest(today=EXPORT_DAY, formats=("markdown",), out=out, preview=True)
    with pytest.raises(Exception, match="outside the export folder"):
        export(project, open_kb(project), request)
    assert _tree(tmp_path, skip=out) == before
    # Nothing was published: the preview folder was never put in place.
    assert not out.exists()


BAD_ARGUMENTS = ["../x", "../../kb/people", "/etc/passwd", "a/b", "Cat-Cow", "cat cow", ".", ""]


@pytest.mark.parametrize(
    "command",
    [
        ["review", "request", "{id}", "--as", "author-a"],
        ["review", "approve", "{id}", "--as", "rev-a"],
        ["review", "reject", "{id}", "--as", "rev-a", "--comment", "No."],
        ["review", "retire", "{id}", "--as", "author-a", "--reason", "Old."],
        ["review", "diff", "{id}"],
        ["review", "log", "{id}", "--verify"],
    ],
    ids=lambda c: " ".join(c[:2]),
)
def test_review_commands_refuse_ids_that_are_not_slugs(tmp_path, command):
    kb = make_kb(tmp_path)
    before = _tree(tmp_path)
    for bad in BAD_ARGUMENTS:
        result = kb.cli(*[part.replace("{id}", bad) for part in command])
        assert result.exit_code == 2, (bad, result.output)
        assert "is not an entry id" in result.output or "no entry with id" in result.output
    assert _tree(tmp_path) == before


def test_review_refuses_to_write_through_a_linked_audit_folder(tmp_path):
    kb = make_kb(tmp_path)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    audit = kb.root / "kb" / "audit"
    if audit.exists():
        os.rmdir(audit)
    os.symlink(elsewhere, audit)
    before = _tree(tmp_path)
    result = kb.cli("review", "request", "cat-cow", "--as", "author-a")
    assert result.exit_code == 2
    assert "leads outside the project" in result.output
    assert list(elsewhere.iterdir()) == []
    assert _tree(tmp_path) == before


def test_new_refuses_ids_that_are_not_slugs(tmp_path):
    kb = make_kb(tmp_path)
    before = _tree(tmp_path)
    for bad in BAD_ARGUMENTS[:6]:
        result = cli_run("new", "faq", "A title", "--id", bad, "--root", kb.root, expect=None)
        assert result.exit_code == 2, (bad, result.output)
    assert _tree(tmp_path) == before


def test_new_refuses_to_write_through_a_linked_type_folder(tmp_path):
    kb = make_kb(tmp_path)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    faqs = kb.root / "kb" / "faqs"
    for path in faqs.iterdir():
        path.unlink()
    faqs.rmdir()
    faqs.symlink_to(elsewhere)
    result = cli_run("new", "faq", "Is it safe?", "--root", kb.root, expect=None)
    assert list(elsewhere.iterdir()) == []
    assert result.exit_code == 2
