"""What earlier runs left behind never confuses the next one, and nothing stale is published.

A killed export, a preview beside the site, an export of one format, an
export with nothing left to publish, an output folder named like a content
folder, an id too long for a file name: each is run through the real CLI on a
copy of the signed golden knowledge base.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from carekb.render import output
from export.export_helpers import EXPORT_NOW, cli_run, export_cli

LATER = "2028-06-01T08:00:00Z"  # every golden review has expired by then
_CLI = "import sys; from carekb.cli.main import cli; sys.argv[0] = 'carekb'; cli()"


def _staging(root: Path) -> list[Path]:
    return sorted(root.glob(".exports.*.carekb-tmp"))


def test_leftovers_of_a_killed_export_are_removed_by_the_next_one(signed):
    # A template that renders for its whole time budget: the run is killed meanwhile.
    slow = signed / "templates" / "html" / "entry.html"
    slow.parent.mkdir(parents=True)
    slow.write_text(
        "{% set l = range(100000) | list %}{% for i in l %}{% for j in l %}{% endfor %}{% endfor %}"
    )
    env = {**os.environ, "CAREKB_NOW": EXPORT_NOW, "PYTHONPATH": os.pathsep.join(sys.path)}
    for _ in range(2):
        run = subprocess.Popen(
            [sys.executable, "-c", _CLI, "export", "--root", str(signed)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 30
        while not any((p / output.LOCK).exists() for p in _staging(signed)):
            assert time.monotonic() < deadline and run.poll() is None
            time.sleep(0.05)
        run.send_signal(signal.SIGKILL)
        run.wait()
        # The second run removed the first one's folder as it started; its own is left.
        assert len(_staging(signed)) == 1, "a killed run leaves its folder"

    slow.unlink()
    export_cli(signed)

    assert _staging(signed) == []
    assert (signed / "exports" / "html" / "index.html").is_file()


def test_a_staging_folder_in_use_is_never_deleted(signed):
    """Another export still building (it holds the lock) keeps its folder."""
    target = signed / "exports"
    busy = output.stage(target)  # this process holds its lock, as a running export does
    try:
        holder = subprocess.run(
            [sys.executable, "-c", _CLI, "export", "--root", str(signed)],
            env={**os.environ, "CAREKB_NOW": EXPORT_NOW, "PYTHONPATH": os.pathsep.join(sys.path)},
            capture_output=True,
            text=True,
            check=False,
        )
        assert holder.returncode == 0, holder.stderr
        assert busy.is_dir() and (busy / output.MARKER).is_file()
    finally:
        output.discard(busy)
    assert _staging(signed) == []


def test_preview_goes_to_its_own_folder_not_into_the_published_one(signed):
    export_cli(signed)
    published = sorted(p.relative_to(signed) for p in (signed / "exports").rglob("*"))

    result = export_cli(signed, "--preview")

    assert "previewed 4 of 4 entries and 1 of 1 handout to" in result.output
    assert "preview/ (" in result.output
    assert (signed / "preview" / "html" / "precautions" / "stop-if-dizzy.html").is_file()
    assert sorted(p.relative_to(signed) for p in (signed / "exports").rglob("*")) == published
    assert not (signed / "exports" / "preview").exists()


def test_preview_out_inside_the_published_folder_is_refused(signed):
    config = signed / "carekb.yaml"
    config.write_text(config.read_text() + "  preview_out: exports/preview\n")
    result = export_cli(signed, "--preview", expect=2)
    assert "export.preview_out 'exports/preview' is inside the published folder" in result.output


def test_exporting_one_format_keeps_the_others_and_regates_them(signed):
    export_cli(signed)
    page = signed / "exports" / "html" / "faqs" / "how-often.html"
    assert page.is_file()
    # how-often loses its approval: its content changes after it was signed.
    entry = signed / "kb" / "faqs" / "how-often.yaml"
    entry.write_text(entry.read_text().replace("once or twice a day", "three times a day"))

    result = export_cli(signed, "--format", "pdf")

    # Every format that was there is built again, through the gate.
    assert "(html, markdown, handout, pdf:" in result.output
    for kept in ("html/index.html", "html/techniques/neck-turns.html", "markdown/techniques"):
        assert (signed / "exports" / kept).exists(), kept
    assert not page.exists(), "a page no longer approved must go from every format"
    assert not (signed / "exports" / "markdown" / "faqs" / "how-often.md").exists()
    # The handout includes how-often: it goes too, as HTML and as PDF.
    assert not (signed / "exports" / "pdf" / "neck-care.pdf").exists()
    assert not (signed / "exports" / "handout" / "neck-care.html").exists()
    assert "'how-often' not exported: stale" in result.output


def test_an_export_that_publishes_nothing_fails_and_keeps_the_last_one(signed):
    export_cli(signed)
    before = sorted(p.relative_to(signed) for p in (signed / "exports").rglob("*"))

    result = export_cli(signed, now=LATER, expect=1)

    assert (
        "nothing to export: none of the 5 entries may be published (4 expired, 1 not approved); "
        "the previous export was left as it was"
    ) in result.output
    assert "pass --allow-empty if an empty export is what you want" in result.output
    assert sorted(p.relative_to(signed) for p in (signed / "exports").rglob("*")) == before

    allowed = export_cli(signed, "--allow-empty", now=LATER)
    assert "exported 0 of 4 entries and 0 of 1 handout" in allowed.output
    assert not (signed / "exports" / "html" / "faqs").exists()


def test_a_project_with_no_entries_exports_without_complaint(signed):
    for path in (signed / "kb").rglob("*.yaml"):
        if path.name != "people.yaml":
            path.unlink()
    export_cli(signed)


def _age(root: Path) -> None:
    """Make every file old enough for the lint result to be remembered (see RACY_NS)."""
    old = time.time() - 60
    for path in root.rglob("*"):
        os.utime(path, (old, old), follow_symlinks=False)


def test_the_lint_cache_sees_a_folder_named_like_the_output_folder(signed):
    config = signed / "carekb.yaml"
    config.write_text(config.read_text().replace("  out: exports\n", "  out: techniques\n"))
    _age(signed)
    assert "0 errors" in cli_run("lint", "--root", signed, expect=None).output
    broken = signed / "kb" / "techniques" / "neck-turns.yaml"
    broken.write_text(broken.read_text() + "summary: [unclosed\n")

    result = cli_run("lint", "--root", signed, expect=1)

    assert "kb/techniques/neck-turns.yaml" in result.output and "yaml-syntax" in result.output


def test_an_id_too_long_for_a_file_name_is_a_lint_error_and_never_exported(signed):
    long_id = "a" * 300
    source = (signed / "kb" / "faqs" / "how-often.yaml").read_text()
    (signed / "kb" / "faqs" / "long.yaml").write_text(
        source.replace("id: how-often", f"id: {long_id}")
    )

    lint = cli_run("lint", "--root", signed, expect=1)
    assert (
        f"kb/faqs/long.yaml:1:5: error schema '{long_id[:40]}'... in id is 300 characters long, "
        "more than the 80 allowed: shorten it"
    ) in lint.output

    preview = export_cli(signed, "--preview")
    assert "File name too long" not in preview.output
    assert f"'{long_id}' not exported: id '{long_id}' is not a valid id" in preview.output


def test_the_schema_and_the_code_agree_on_the_id_length():
    from carekb.model import MAX_ID_LENGTH, is_entry_id
    from carekb.schemas import load_schema

    slug = load_schema("definitions")["$defs"]["slug"]
    assert slug["maxLength"] == MAX_ID_LENGTH
    assert is_entry_id("a" * MAX_ID_LENGTH) and not is_entry_id("a" * (MAX_ID_LENGTH + 1))
    assert not is_entry_id("ok\n") and not is_entry_id("tech-nul\0")


@pytest.mark.parametrize("suffix", [".carekb-tmp", ".carekb-old"])
def test_only_carekbs_own_leftovers_are_removed(signed, suffix):
    """A folder that merely has the name, without carekb's marker, is somebody's: kept."""
    stranger = signed / f".exports.abc{suffix}"
    stranger.mkdir()
    (stranger / "notes.txt").write_text("mine")
    export_cli(signed)
    assert (stranger / "notes.txt").read_text() == "mine"
