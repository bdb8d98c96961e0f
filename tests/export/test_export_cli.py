"""``carekb export`` as a command: options, output, exit codes, start-up cost."""

from __future__ import annotations

import subprocess
import sys

import pytest

from carekb.cli.export import PROGRESS_MIN_FILES, _ProgressBar
from export.export_helpers import REPO_ROOT, export_cli, output_files


def test_help_names_every_format_and_the_preview(run):
    result = run("export", "--help")
    assert result.exit_code == 0
    for word in ("html", "markdown", "handout", "pdf", "all", "--preview", "--out"):
        assert word in result.output


def test_one_format_builds_only_that_folder(signed_golden):
    result = export_cli(signed_golden, "--format", "markdown")
    out = signed_golden / "exports"
    assert sorted(p.name for p in out.iterdir()) == [
        ".carekb-export",
        "carekb-manifest.json",
        "markdown",
    ]
    assert "(markdown: 4 files)" in result.output


def test_an_unknown_format_is_a_usage_error(signed_golden):
    result = export_cli(signed_golden, "--format", "docx", expect=2)
    assert "docx" in result.output


def test_warnings_do_not_fail_the_export(signed_golden):
    result = export_cli(signed_golden)
    assert "warning export" in result.output
    assert result.output.strip().splitlines()[-1].startswith("exported 3 of 4 entries")


def test_no_progress_bar_outside_a_terminal(signed_golden):
    result = export_cli(signed_golden)  # CliRunner's streams are not terminals
    assert "exporting" not in result.output


@pytest.mark.parametrize(
    ("tty", "ci", "shown"), [(True, "", True), (True, "true", False), (False, "", False)]
)
def test_progress_bar_only_on_a_terminal_and_never_under_ci(monkeypatch, tty, ci, shown):
    monkeypatch.setattr(sys.stderr, "isatty", lambda: tty)
    monkeypatch.setenv("CI", ci)
    bar = _ProgressBar()
    bar(1, PROGRESS_MIN_FILES)
    assert (bar.bar is not None) == shown
    bar.close()


def test_a_handful_of_files_gets_no_bar(monkeypatch):
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    monkeypatch.delenv("CI", raising=False)
    bar = _ProgressBar()
    bar(1, PROGRESS_MIN_FILES - 1)
    assert bar.bar is None


def test_help_and_lint_do_not_load_the_export_libraries(tmp_path):
    """WeasyPrint and markdown-it load inside 'carekb export' only: lint stays fast."""
    probe = (
        "import sys\n"
        "from click.testing import CliRunner\n"
        "from carekb.cli.main import cli\n"
        "CliRunner().invoke(cli, ['--help'])\n"
        f"CliRunner().invoke(cli, ['lint', '--root', {str(REPO_ROOT)!r}])\n"
        "print(sorted(m for m in ('weasyprint', 'markdown_it', 'carekb.render.pdf') "
        "if m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=120
    )
    assert result.stdout.strip() == "[]"


def test_export_output_folder_is_complete_and_marked(signed_golden):
    export_cli(signed_golden)
    out = signed_golden / "exports"
    names = {p.relative_to(out).as_posix() for p in output_files(out)}
    assert {
        ".carekb-export",
        "html/index.html",
        "html/assets/style.css",
        "html/techniques/neck-turns.html",
        "html/precautions/go-slowly.html",
        "html/faqs/how-often.html",
        "html/handouts/neck-care.html",
        "markdown/techniques/neck-turns.md",
        "markdown/handouts/neck-care.md",
        "handout/neck-care.html",
        "handout/assets/print.css",
        "pdf/neck-care.pdf",
    } <= names


def test_a_missing_browser_fails_under_ci_and_is_skipped_elsewhere(monkeypatch):
    from export.conftest import require_tool

    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception):
        require_tool(False, "chromium not found")
    monkeypatch.delenv("CI")
    with pytest.raises(pytest.skip.Exception):
        require_tool(False, "chromium not found")
    require_tool(True, "found")  # present: nothing happens
