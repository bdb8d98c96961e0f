"""``carekb rules``."""

from __future__ import annotations

from pathlib import Path

import click

from carekb.cli.common import open_from, root_option
from carekb.errors import CarekbError


@click.command("rules")
@click.option("--markdown", is_flag=True, help="Print the full rule reference as Markdown.")
@root_option
def rules_command(markdown: bool, root: Path | None) -> None:
    """List the lint rules with their levels in this project.

    Outside a project, the default levels are shown. --markdown prints the
    reference that docs/rules.md holds.

    \b
    Examples:
      carekb rules
      carekb rules --markdown > docs/rules.md
    """
    from carekb.validate import catalogue
    from carekb.validate.settings import default_settings, resolve_settings

    try:
        settings = resolve_settings(open_from(root))
    except CarekbError:
        if root is not None:
            raise
        settings = default_settings()
    click.echo(
        catalogue.as_markdown(default_settings()) if markdown else catalogue.as_text(settings),
        nl=False,
    )
