"""Golden output: the export of tests/export/golden_kb, byte for byte.

The expected files live in tests/golden/ (the HTML site, the Markdown, the
print-ready handout, and the command's output). A template or writer change
shows up here as a reviewable diff. To accept a change on purpose:

    make golden

which reruns this test with CAREKB_UPDATE_GOLDEN=1 and rewrites tests/golden/.
PDFs are left out of the golden files (their bytes depend on the fonts
installed); test_export_pdf.py checks their content and determinism instead.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from export.export_helpers import GOLDEN_OUT, export_cli, output_files

GOLDEN_FORMATS = ("--format", "html", "--format", "markdown", "--format", "handout")
COMMAND_OUTPUT = "export-output.txt"  # what 'carekb export' printed, beside the files


def _export_golden(root: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, bytes]:
    monkeypatch.chdir(root)  # finding paths and the summary are relative to where you run
    result = export_cli(root, *GOLDEN_FORMATS)
    out = root / "exports"
    files = {p.relative_to(out).as_posix(): p.read_bytes() for p in output_files(out)}
    files[COMMAND_OUTPUT] = result.output.encode("utf-8")
    return files


def _golden_files() -> dict[str, bytes]:
    return {p.relative_to(GOLDEN_OUT).as_posix(): p.read_bytes() for p in output_files(GOLDEN_OUT)}


def test_export_matches_golden_files(signed_golden, monkeypatch):
    actual = _export_golden(signed_golden, monkeypatch)
    if os.environ.get("CAREKB_UPDATE_GOLDEN") == "1":
        shutil.rmtree(GOLDEN_OUT, ignore_errors=True)
        for name, data in actual.items():
            (GOLDEN_OUT / name).parent.mkdir(parents=True, exist_ok=True)
            (GOLDEN_OUT / name).write_bytes(data)
    expected = _golden_files()
    assert sorted(actual) == sorted(expected), "files differ from tests/golden (make golden)"
    for name in sorted(expected):
        assert actual[name] == expected[name], (
            f"{name} differs from tests/golden/{name}; if the change is intended, run make golden"
        )


def test_golden_output_shows_the_gate_at_work():
    """The golden files themselves say what the gate did: one draft out, its link dropped."""
    output = (GOLDEN_OUT / COMMAND_OUTPUT).read_text(encoding="utf-8")
    assert "'stop-if-dizzy' not exported: not approved" in output
    assert "link from 'how-often' to 'stop-if-dizzy' dropped" in output
    assert output.rstrip().endswith("1 not approved, 1 link dropped")
    assert not any("stop-if-dizzy" in p.name for p in output_files(GOLDEN_OUT))


def test_same_input_gives_identical_bytes_pdf_included(signed_golden, tmp_path):
    first, second = tmp_path / "first", tmp_path / "second"
    export_cli(signed_golden, "--out", first)
    export_cli(signed_golden, "--out", second)
    left = {p.relative_to(first): p.read_bytes() for p in output_files(first)}
    right = {p.relative_to(second): p.read_bytes() for p in output_files(second)}
    assert any(name.suffix == ".pdf" for name in left)
    assert left == right
