"""Every exported format passes the validator its ecosystem uses, with zero findings.

markdownlint-cli2 (default rules) on the Markdown, html-validate and the W3C
checker (vnu) on the site and the print HTML, on the golden knowledge base
and on the repository's own sample. The validators are npm packages pinned
in package.json and installed by ``make setup``; vnu runs on Java. Like the
browser tests, a missing tool skips a test on a developer's machine and
fails it under ``CI=true``. Each validator's output is kept under
test-artifacts/export/validators/ for a person to read.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from browser_support import require_tool
from export.export_helpers import REPO_ROOT, artifacts_dir, cli_run, export_cli

BIN = REPO_ROOT / "node_modules" / ".bin"
VNU_JAR = REPO_ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def _npm_tool(name: str) -> Path:
    tool = BIN / name
    require_tool(tool.is_file(), f"{tool} not found: run 'make setup' (npm ci)")
    return tool


def _run(args: list[object], cwd: Path, log: Path) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [str(a) for a in args], cwd=cwd, capture_output=True, text=True, timeout=600
    )
    log.write_text(
        f"$ {' '.join(str(a) for a in args)}\n{done.stdout}{done.stderr}exit {done.returncode}\n",
        encoding="utf-8",
    )
    return done


@pytest.fixture(scope="module")
def logs() -> Path:
    return artifacts_dir("validators")


@pytest.fixture(scope="module")
def golden_export(tmp_path_factory: pytest.TempPathFactory, signed_golden_master: Path) -> Path:
    out = tmp_path_factory.mktemp("validators") / "exports"
    export_cli(signed_golden_master, "--out", out, "--format", "all")
    return out


@pytest.fixture(scope="module")
def sample_export(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The repository's sample, exported as its leads signed it."""
    out = tmp_path_factory.mktemp("sample-validators") / "exports"
    trust = REPO_ROOT / "demo-keys" / "trust.yaml"
    cli_run(
        "export", "--root", REPO_ROOT, "--trust", trust, "--out", out, "--format", "all", now=None
    )
    return out


@pytest.fixture(params=["golden", "sample"])
def export(request: pytest.FixtureRequest) -> tuple[str, Path]:
    name = str(request.param)
    return name, request.getfixturevalue(f"{name}_export")


def test_markdown_passes_markdownlint_defaults(export: tuple[str, Path], logs: Path) -> None:
    name, folder = export
    tool = _npm_tool("markdownlint-cli2")
    files = sorted((folder / "markdown").rglob("*.md"))
    assert files, "the export holds Markdown files"
    done = _run([tool, "**/*.md"], folder / "markdown", logs / f"markdownlint-{name}.txt")
    output = done.stdout + done.stderr
    assert done.returncode == 0, output
    assert f"Linting: {len(files)} file(s)" in output
    assert "Summary: 0 error(s)" in output


def test_html_passes_html_validate(export: tuple[str, Path], logs: Path) -> None:
    name, folder = export
    tool = _npm_tool("html-validate")
    done = _run(
        [tool, "--formatter", "text", folder / "html", folder / "handout"],
        folder,
        logs / f"html-validate-{name}.txt",
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.strip() == "", done.stdout


def test_html_and_svg_pass_the_w3c_checker(export: tuple[str, Path], logs: Path) -> None:
    name, folder = export
    java = shutil.which("java")
    require_tool(java is not None and VNU_JAR.is_file(), "java or vnu.jar missing: make setup")
    pages = sorted([*(folder / "html").rglob("*.html"), *(folder / "handout").glob("*.html")])
    svgs = sorted((folder / "handout" / "assets").rglob("*.svg"))
    for kind, files in (("html", pages), ("svg", svgs)):
        if not files:
            continue
        flags = ["--svg"] if kind == "svg" else []
        done = _run(
            [java, "-jar", VNU_JAR, "--errors-only", "--format", "json", *flags, *files],
            folder,
            logs / f"vnu-{kind}-{name}.txt",
        )
        messages = json.loads(done.stderr or done.stdout or '{"messages": []}')["messages"]
        assert messages == [], messages
        assert done.returncode == 0
    assert len(pages) > 3
    assert svgs, "the handout's QR code is checked as SVG"
