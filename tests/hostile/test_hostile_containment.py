"""Nothing from a cloned repository makes carekb read or write outside the project.

A repository is someone else's input: its ``carekb.yaml`` may name an output
folder anywhere, and git stores symbolic links and (after a copy) hard links.
Only a folder given on the command line (``--out``) may be outside the
project. Each case runs the real CLI on a copy of the signed golden
knowledge base, beside a folder standing for the rest of the disk.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from export.export_helpers import cli_run, export_cli


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    folder = tmp_path / "outside"
    folder.mkdir()
    return folder


def _files(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*"))


def _set_out(root: Path, key: str, value: str) -> None:
    config = root / "carekb.yaml"
    text = config.read_text()
    if key == "out":
        text = text.replace("  out: exports\n", f"  out: {value}\n")
    else:
        text = text.replace("  out: exports\n", f"  out: exports\n  {key}: {value}\n")
    config.write_text(text)


@pytest.mark.parametrize("key", ["out", "preview_out"])
@pytest.mark.parametrize("where", ["relative", "absolute"])
def test_an_output_folder_from_the_config_must_stay_inside_the_project(signed, outside, key, where):
    value = "../outside/site" if where == "relative" else str(outside / "site")
    _set_out(signed, key, value)
    args = ["--preview"] if key == "preview_out" else []

    result = export_cli(signed, *args, expect=2)

    assert f"export.{key} '{value}' leads outside the project: refused" in result.output
    assert "pass --out DIR" in result.output
    assert _files(outside) == []


@pytest.mark.parametrize("folder", ["kb", "kb/exports", "templates", "."])
def test_an_output_folder_from_the_config_may_not_be_an_input(signed, folder):
    _set_out(signed, "out", folder)
    result = export_cli(signed, expect=2)
    assert f"export.out '{folder}'" in result.output and "refused" in result.output


def test_out_on_the_command_line_may_point_outside(signed, outside):
    export_cli(signed, "--out", outside / "site")
    assert (outside / "site" / "html" / "index.html").is_file()


@pytest.mark.parametrize(
    ("name", "kind"),
    [(".carekb-cache", "folder"), ("kb", "folder"), ("carekb.yaml", "file")],
)
def test_a_link_to_outside_the_project_in_place_of_its_files_is_refused(
    signed, outside, name, kind
):
    """A committed link: carekb would read another organisation's files or write through it."""
    moved = outside / name
    if name == ".carekb-cache":
        moved.mkdir()
    else:
        os.rename(signed / name, moved)
    before = _files(outside)
    (signed / name).symlink_to(moved)

    for command in (["lint"], ["export"], ["export", "--preview"], ["status"]):
        result = cli_run(*command, "--root", signed, expect=2)
        assert f"{name} is a symbolic link to outside the project" in result.output
        assert f"replace the link with a real {kind}" in result.output
        assert _files(outside) == before
    assert not (signed / "exports").exists() and not (signed / "preview").exists()


def test_a_link_inside_the_project_is_still_fine(signed):
    (signed / "content").mkdir()
    os.rename(signed / "kb", signed / "content" / "kb")
    (signed / "kb").symlink_to(Path("content") / "kb")
    cli_run("lint", "--root", signed)


@pytest.mark.parametrize("target", ["outside", "empty-folder", "notes.txt", "missing"])
def test_lint_of_a_path_that_checks_nothing_exits_2_saying_why(signed, outside, target):
    (outside / "faq.yaml").write_text((signed / "kb/faqs/how-often.yaml").read_text())
    reasons = {
        "outside": "is a symbolic link (to",
        "empty-folder": "holds no .yaml or .yml file",
        "notes.txt": "is not a YAML file",
        "missing": "does not exist",
    }
    path = signed / "kb" / target
    if target == "outside":
        path.symlink_to(outside)
    elif target == "empty-folder":
        path.mkdir()
    elif target == "notes.txt":
        path.write_text("notes")
    if target == "missing":
        # click refuses a missing path itself; the core says the same when called directly.
        from carekb.errors import CarekbError
        from carekb.load.project import open_project
        from carekb.validate.lint import lint_project

        with pytest.raises(CarekbError, match=reasons[target]):
            lint_project(open_project(signed), [path])
        return

    result = cli_run("lint", "--root", signed, path, expect=2)

    assert f"{path} {reasons[target]}" in result.output
    assert "would check nothing: refused" in result.output
    assert "checked" not in result.output.replace("would check nothing", "")


def test_a_hard_linked_asset_is_not_copied_into_the_export(signed, outside):
    secret = outside / "secret.txt"
    secret.write_text("do not publish")
    assets = signed / "templates" / "handout" / "assets"
    assets.mkdir(parents=True)
    os.link(secret, assets / "extra.css")

    result = export_cli(signed, expect=2)

    assert (
        "templates/handout/assets/extra.css has 2 hard links (it is also another file on "
        "this disk): refused, nothing was exported"
    ) in result.output
    assert not (signed / "exports").exists()


def test_a_regular_asset_of_the_project_is_copied(signed):
    assets = signed / "templates" / "handout" / "assets"
    assets.mkdir(parents=True)
    (assets / "extra.css").write_text("p { color: black }")
    export_cli(signed)
    assert (signed / "exports/handout/assets/extra.css").read_text() == "p { color: black }"
