"""``carekb init`` and ``carekb new``."""

from __future__ import annotations

from pathlib import Path

import click

from carekb.cli.common import load_project, root_option
from carekb.model import ENTRY_TYPES


@click.command("new")
@click.argument("kind", metavar="TYPE", type=click.Choice(list(ENTRY_TYPES)))
@click.argument("title")
@click.option("--id", "entry_id", help="The entry's id (default: made from the title).")
@click.option(
    "--author",
    envvar="CAREKB_AUTHOR",
    help="Your roster id (also CAREKB_AUTHOR). Default: the first author in the roster.",
)
@root_option
def new_command(
    kind: str, title: str, entry_id: str | None, author: str | None, root: Path | None
) -> None:
    """Create a new draft entry of TYPE titled TITLE, ready to edit.

    The file starts with a schema line, so editors with YAML support check it
    as you type.

    Example: carekb new technique "Seated chair twist" --author demo-author-1
    """
    from carekb.report import printable
    from carekb.scaffold import author_warning, new_entry

    project, kb = load_project(root)
    warning = author_warning(kb, author)
    if warning is not None:
        click.echo(f"warning: {printable(warning)}", err=True)
    path = new_entry(project, kb, kind, title, entry_id=entry_id, author=author)
    click.echo(f"created {project.relative(path)}")


@click.command("init")
@click.argument("directory", default=".", type=click.Path(file_okay=False, path_type=Path))
@click.option("--name", default="My knowledge base", show_default=True, help="The project's name.")
@click.option(
    "--organisation",
    default="My clinic",
    show_default=True,
    help="The organisation printed on handouts.",
)
@click.option(
    "--templates",
    "with_templates",
    is_flag=True,
    help="Copy the default export templates into templates/ to customise them.",
)
def init_command(directory: Path, name: str, organisation: str, with_templates: bool) -> None:
    """Create a new knowledge base in DIRECTORY (which must be empty or new).

    It holds carekb.yaml, a roster to fill in (kb/people.yaml), a folder per
    entry type, the JSON Schemas for editors, and templates/ for your own
    versions of the export templates (--templates copies the defaults there).

    \b
    Example:
      carekb init upper-back-kb
    """
    from carekb.scaffold import init_project

    written = init_project(
        directory, name=name, organisation=organisation, with_templates=with_templates
    )
    click.echo(f"created a knowledge base in {directory} ({len(written)} files)")
    click.echo('next: add people to kb/people.yaml, then: carekb new technique "Title"')
