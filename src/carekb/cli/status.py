"""``carekb status``."""

from __future__ import annotations

import json
from pathlib import Path

import click

from carekb.cli.common import load_project, root_option, trust_option


@click.command("status")
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="Output format.",
)
@click.option(
    "--html",
    "html_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Also write a one-page HTML dashboard to this file.",
)
@trust_option
@root_option
def status_command(
    output_format: str, html_file: Path | None, trust: Path | None, root: Path | None
) -> None:
    """Show where every entry stands in review.

    Counts by status; what waits for review and who can review it; what
    changed since it was approved (stale); what is due soon or expired.
    Always exits 0: 'carekb lint' is the check that fails.

    \b
    Examples:
      carekb status
      carekb status --format json --html status.html
    """
    from carekb.clock import today
    from carekb.report import printable
    from carekb.review.status import build_status, status_text

    project, kb = load_project(root, trust=trust)
    report = build_status(project, kb, today())
    if output_format == "json":
        click.echo(json.dumps(report.to_dict(), indent=2, ensure_ascii=False))
    else:
        click.echo(printable(status_text(report), keep_newlines=True), nl=False)
    if html_file is not None:
        from carekb.load.writer import atomic_write_text
        from carekb.review.dashboard import status_html

        atomic_write_text(html_file, status_html(report))
        click.echo(f"wrote {html_file}", err=True)
