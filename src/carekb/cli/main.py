"""``carekb``: the top-level command group."""

from __future__ import annotations

import click

from carekb import __version__
from carekb.cli.common import CarekbGroup
from carekb.cli.export import export_command
from carekb.cli.keys import keys_group
from carekb.cli.lint import lint_command
from carekb.cli.review import review_group
from carekb.cli.rules import rules_command
from carekb.cli.scaffold import init_command, new_command
from carekb.cli.schema import schema_command
from carekb.cli.status import status_command


@click.group(cls=CarekbGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="carekb")
def cli() -> None:
    """carekb: patient-education content, checked and signed off by clinicians.

    Entries live as YAML files under kb/; 'carekb lint' checks them, reviewers
    sign them off, and only approved content is exported.

    Exit codes: 0 success (warnings allowed), 1 findings at error level
    (or any finding with --strict), 2 usage or configuration error.
    """


cli.add_command(lint_command)
cli.add_command(schema_command)
cli.add_command(rules_command)
cli.add_command(new_command)
cli.add_command(init_command)
cli.add_command(export_command)
cli.add_command(status_command)
cli.add_command(review_group)
cli.add_command(keys_group)


def main() -> None:
    cli(prog_name="carekb")
