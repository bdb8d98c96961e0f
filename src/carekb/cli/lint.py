"""``carekb lint``."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from carekb.cli.common import open_from, root_option, trust_option
from carekb.report import REPORTERS, default_format, number_of


class _LintCommand(click.Command):
    """Lists the rules under ``--help``, importing them only when help is shown."""

    def format_epilog(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        from carekb.validate.rules import RULES

        rows = [(rule.id, rule.doc.splitlines()[0] if rule.doc else "") for rule in RULES]
        with formatter.section("Rules (set levels and options under lint.rules in carekb.yaml)"):
            formatter.write_dl(rows)


@click.command("lint", cls=_LintCommand)
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option(
    "--format",
    "output_format",
    type=click.Choice(sorted(REPORTERS)),
    default=None,
    help="Output format. Default: text, or github under GitHub Actions.",
)
@click.option("--strict", is_flag=True, help="Exit 1 on warnings too.")
@click.option(
    "--no-cache",
    is_flag=True,
    help="Lint every file afresh, ignoring (and not writing) .carekb-cache/.",
)
@trust_option
@root_option
def lint_command(
    paths: tuple[Path, ...],
    output_format: str | None,
    strict: bool,
    no_cache: bool,
    trust: Path | None,
    root: Path | None,
) -> None:
    """Check entries: schema, ids, references, roster and content rules.

    With PATHs, report only files under them (cross-references are still
    checked against the whole knowledge base). Findings read
    'path:line:col: level rule message'. When nothing the lint reads has
    changed since the last run, the stored result is printed (.carekb-cache/).
    """
    from carekb.validate.lint import lint_project

    project = open_from(root)
    result = lint_project(project, paths, trust=trust, use_cache=not no_cache)
    fmt = output_format or default_format()
    click.echo(REPORTERS[fmt](result.findings, project.root), nl=False)
    summary = (
        f"{number_of(result.files, 'file')}, "
        f"{number_of(result.entries, 'entry', 'entries')} checked: "
        f"{number_of(result.errors, 'error')}, {number_of(result.warnings, 'warning')}"
    )
    if result.ignored:
        summary += f" ({number_of(len(result.ignored), 'non-YAML file')} in kb/ ignored)"
    click.echo(summary, err=fmt != "text" or not sys.stdout)
    raise SystemExit(result.exit_code(strict=strict))
