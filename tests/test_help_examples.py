"""Every command's --help shows an example, in plain text (no reStructuredText markup)."""

from __future__ import annotations

import re

import click
import pytest
from click.testing import CliRunner

from carekb.cli.main import COMMANDS, cli

# reStructuredText a terminal would print as it is: ``literal``, :role:`x`, `link`_, "::".
RST = re.compile(r"``[^`]+``|:[a-z]+:`|`[^`]+`_|::\s*$", re.MULTILINE)


def _walk(group: click.Group, path: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    found: list[tuple[str, ...]] = []
    ctx = click.Context(group)
    for name in group.list_commands(ctx):
        command = group.get_command(ctx, name)
        assert command is not None
        found.append((*path, name))
        if isinstance(command, click.Group):
            found.extend(_walk(command, (*path, name)))
    return found


COMMAND_PATHS = _walk(cli)


def test_the_walk_finds_every_command():
    assert {path[0] for path in COMMAND_PATHS} == set(COMMANDS)
    assert ("review", "reject") in COMMAND_PATHS and ("keys", "new") in COMMAND_PATHS


@pytest.mark.parametrize("path", COMMAND_PATHS, ids=" ".join)
def test_help_has_an_example_and_no_restructuredtext(path):
    result = CliRunner().invoke(cli, [*path, "--help"])
    assert result.exit_code == 0, result.output
    text = result.output
    name = f"carekb {' '.join(path)}"
    assert re.search(r"\bExamples?:", text), f"no example in '{name} --help'"
    example = " ".join(text.split("Example", 1)[1].split())  # click may wrap an inline one
    assert name in example, f"the example in '{name} --help' does not run it"
    assert not RST.search(text), RST.search(text)


def test_top_level_help_has_an_example():
    text = CliRunner().invoke(cli, ["--help"]).output
    assert "Example" in text and not RST.search(text)
