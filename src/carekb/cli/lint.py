"""``carekb lint``."""

from __future__ import annotations

import gc
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from carekb import progress, report
from carekb.cli import common
from carekb.cli.common import open_from, root_option, trust_option
from carekb.report import REPORTERS, default_format, number_of, printable

if TYPE_CHECKING:
    from carekb.model import Finding
    from carekb.project import Project
    from carekb.validate.engine import LintResult
    from carekb.validate.fix import Repair


class _LintCommand(click.Command):
    """Lists the rules under ``--help``, importing them only when help is shown."""

    def format_epilog(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        from carekb.validate.catalogue import plain_summary
        from carekb.validate.rules import RULES

        rows = [(rule.id, plain_summary(rule.doc)) for rule in RULES]
        with formatter.section("Rules (set levels and options under lint.rules in carekb.yaml)"):
            formatter.write_dl(rows)


@click.command("lint", cls=_LintCommand)
@click.argument("paths", nargs=-1, type=click.Path(exists=True, allow_dash=True, path_type=Path))
@click.option(
    "--format",
    "output_format",
    type=click.Choice(sorted(REPORTERS)),
    default=None,
    help="Output format. Default: text, or github under GitHub Actions.",
)
@click.option("--strict", is_flag=True, help="Exit 1 on warnings too.")
@click.option(
    "--select",
    "select",
    multiple=True,
    metavar="RULE",
    help="Report only this rule (repeat for more).",
)
@click.option(
    "--ignore",
    "ignore",
    multiple=True,
    metavar="RULE",
    help="Do not report this rule (repeatable).",
)
@click.option("-q", "--quiet", is_flag=True, help="Print the findings only, no summary.")
@click.option(
    "--statistics", is_flag=True, help="Print how many findings each rule has, not the findings."
)
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when there are findings.")
@click.option(
    "--stdin-filename",
    type=click.Path(dir_okay=False, path_type=Path),
    help="With PATH '-': lint standard input as if it were this file.",
)
@click.option(
    "--fix",
    is_flag=True,
    help="Apply the repairs that cannot change meaning (quoting a value), then report "
    "what is left.",
)
@click.option("--diff", is_flag=True, help="Show those repairs as a diff; change nothing.")
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
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    quiet: bool,
    statistics: bool,
    exit_zero: bool,
    stdin_filename: Path | None,
    fix: bool,
    diff: bool,
    no_cache: bool,
    trust: Path | None,
    root: Path | None,
) -> None:
    """Check entries: schema, ids, references, roster and content rules.

    With PATHs, report only files under them (cross-references are still
    checked against the whole knowledge base). Findings read
    'path:line:col: level rule message'. When nothing the lint reads has
    changed since the last run, the stored result is printed (.carekb-cache/).

    Examples:

    \b
      carekb lint kb/techniques --select risky-claim
      carekb lint --format sarif > carekb.sarif
      carekb lint --fix
      carekb lint - --stdin-filename kb/faqs/new.yaml < draft.yaml
    """
    from carekb.validate.lint import narrow

    if common.ENDS_WITH_COMMAND:
        # The process ends once the findings are printed: the cycle collector, paused for
        # the lint (validate/lint.py), stays off. Back on, it collected what was about to
        # be freed anyway (0.09 s after a cold lint of 10,000 entries).
        gc.disable()
    project = open_from(root)
    stdin = _stdin_path(paths, stdin_filename)
    if stdin is not None and (fix or diff):
        raise click.UsageError("--fix and --diff work on files, not on standard input")
    result = narrow(_lint(project, paths, stdin, trust, no_cache), select=select, ignore=ignore)
    if diff:  # as ruff does: the diff alone, exit 1 when there is something to repair
        repairs = _show_repairs(project, result)
        raise SystemExit(0 if exit_zero or not repairs else 1)
    if fix:
        result = _repair(project, result, paths, trust, select=select, ignore=ignore)
    fmt = output_format or default_format()
    if statistics:
        click.echo(report.statistics(result.findings), nl=False)
    else:
        click.echo(_render(fmt, result.findings, project.root), nl=False)
    if not quiet:
        click.echo(_summary(result), err=fmt != "text" or not sys.stdout)
    common.end_command(0 if exit_zero else result.exit_code(strict=strict))


def _stdin_path(paths: tuple[Path, ...], stdin_filename: Path | None) -> Path | None:
    """The file standard input stands for, with PATH '-'; None when linting files."""
    if Path("-") not in paths:
        if stdin_filename is not None:
            raise click.UsageError("--stdin-filename needs PATH '-' (standard input)")
        return None
    if paths != (Path("-"),):
        raise click.UsageError("PATH '-' (standard input) cannot be mixed with other paths")
    if stdin_filename is None:
        raise click.UsageError("PATH '-' needs --stdin-filename: which file is the text?")
    return stdin_filename


def _lint(
    project: Project,
    paths: tuple[Path, ...],
    stdin: Path | None,
    trust: Path | None,
    no_cache: bool,
) -> LintResult:
    from carekb.validate.lint import lint_project, lint_text

    if stdin is not None:
        text: str = sys.stdin.read()
        return lint_text(project, stdin, text, trust=trust)
    # A cold lint of a large project takes minutes: at a terminal, say how far it is.
    with progress.shown("carekb lint"):
        return lint_project(project, paths, trust=trust, use_cache=not no_cache)


def _show_repairs(project: Project, result: LintResult) -> list[Repair]:
    from carekb.validate.fix import repair

    repairs = repair(project, result.findings, write=False)
    for planned in repairs:
        click.echo(printable(planned.diff(), keep_newlines=True), nl=False)
    return repairs


def _repair(
    project: Project,
    result: LintResult,
    paths: tuple[Path, ...],
    trust: Path | None,
    *,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
) -> LintResult:
    """Apply the safe repairs, say what was repaired, and lint again to report the rest."""
    from carekb.validate.fix import repair
    from carekb.validate.lint import lint_project, narrow

    repairs = repair(project, result.findings, write=True)
    for done in repairs:
        rules = ", ".join(sorted({f.rule for f in done.fixed}))
        count = number_of(len(done.fixed), "finding")
        click.echo(f"fixed {count} in {printable(done.path)} ({rules})", err=True)
    if not repairs:
        return result
    return narrow(lint_project(project, paths, trust=trust), select=select, ignore=ignore)


def _render(fmt: str, findings: list[Finding], root: Path) -> str:
    if fmt == "sarif":
        from carekb.report.sarif import RuleHelp, sarif
        from carekb.validate.rules import RULES

        rules = [RuleHelp(rule.id, rule.level.value, rule.doc) for rule in RULES]
        return sarif(findings, root, rules)
    return REPORTERS[fmt](findings, root)


def _summary(result: LintResult) -> str:
    summary = (
        f"{number_of(result.files, 'file')}, "
        f"{number_of(result.entries, 'entry', 'entries')} checked: "
        f"{number_of(result.errors, 'error')}, {number_of(result.warnings, 'warning')}"
    )
    if result.ignored:
        summary += f" ({number_of(len(result.ignored), 'non-YAML file')} in kb/ ignored)"
    return summary
