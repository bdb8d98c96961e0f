"""``carekb schema``."""

from __future__ import annotations

import click

from carekb.schemas import SCHEMA_NAMES, schema_text


@click.command("schema")
@click.argument("kind", required=False, type=click.Choice([*SCHEMA_NAMES, "definitions"]))
def schema_command(kind: str | None) -> None:
    """Print the JSON Schema for KIND (for editors and other tools).

    Without KIND, list the schemas. Entry files start with a
    '# yaml-language-server: $schema=...' line, so editors with YAML support
    (such as VS Code's YAML extension) validate and explain fields as you type.

    \b
    Example:
      carekb schema technique > technique.schema.json
    """
    if kind is None:
        for name in SCHEMA_NAMES:
            click.echo(name)
        return
    click.echo(schema_text(kind), nl=False)
