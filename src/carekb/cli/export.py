"""``carekb export``."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from carekb import progress
from carekb.cli.common import open_from, root_option, trust_option

if TYPE_CHECKING:
    from carekb.project import Project
    from carekb.render.export import ExportResult
    from carekb.render.request import ExportRequest
    from carekb.render.reuse import ExportKey, ReusedExport

FORMAT_CHOICES = ("all", "html", "markdown", "handout", "pdf")
# Fewer files than this finish before a progress bar would be any use.
PROGRESS_MIN_FILES = 6


@click.group("export", invoke_without_command=True)
@click.option(
    "--format",
    "formats",
    type=click.Choice(FORMAT_CHOICES),
    multiple=True,
    help="What to build: html (a static site), markdown (front matter for Hugo, "
    "Jekyll, MkDocs), handout (print-ready HTML), pdf, or all (the default). Repeatable.",
)
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    help="Output folder (default: export.out in carekb.yaml, usually exports/). "
    "It is replaced whole; carekb refuses a non-empty folder it did not create.",
)
@click.option(
    "--preview",
    is_flag=True,
    help="Render drafts too, marked 'Draft: not clinically reviewed', into a folder of "
    "their own (export.preview_out, default preview/; or --out DIR), never the published one.",
)
@click.option(
    "--require-trust",
    is_flag=True,
    help="Refuse (and keep the last export) unless a trust root is configured and the "
    "clinical leads' signatures make the roster trusted; judge signed times by the "
    "machine's clock (CAREKB_NOW is ignored). For CI.",
)
@click.option(
    "--state",
    type=click.Path(dir_okay=False, path_type=Path),
    help="The publisher's record of what was exported last, kept outside the repository "
    "(with --require-trust). Default: CAREKB_STATE, else publisher-record.json in your "
    "user data folder.",
)
@click.option(
    "--first-export",
    is_flag=True,
    help="The record has nothing for this project yet, and that is expected (with "
    "--require-trust). Refused when the record already knows the project.",
)
@click.option(
    "--accept-rollback",
    "accept_rollback",
    multiple=True,
    metavar="ID",
    help="Export once although ID's history is older than the record (it was lost for "
    "good and a clinical lead checked the entry). Repeatable.",
)
@click.option(
    "--allow-empty",
    is_flag=True,
    help="Publish even when no entry may be exported (by default that fails with exit 1 "
    "and keeps the last export, so CI never publishes an empty site by mistake).",
)
@click.option(
    "--allow-unprotected-trust-root",
    "allow_unprotected",
    is_flag=True,
    help="With --require-trust: use a trust root although it is inside the project or a "
    "git work tree, or writable by other users (a demo or a test; never for real content).",
)
@trust_option
@root_option
@click.pass_context
def export_command(
    ctx: click.Context,
    formats: tuple[str, ...],
    out: Path | None,
    preview: bool,
    require_trust: bool,
    state: Path | None,
    first_export: bool,
    accept_rollback: tuple[str, ...],
    allow_empty: bool,
    allow_unprotected: bool,
    trust: Path | None,
    root: Path | None,
) -> None:
    """Export approved content as an HTML site, Markdown, handouts and PDF.

    Only entries approved by enough valid reviewer signatures over their
    current content are exported; a handout only when every entry in it is.
    Everything left out is listed with the reason. The output folder is
    replaced whole, and the same input always gives the same bytes.

    With --require-trust, the publisher's record (--state) remembers the
    roster version and every entry's newest signed event, and a repository
    rolled back since the last export is refused.

    \b
    Examples:
      carekb export
      carekb export --format pdf --out /tmp/handouts
      carekb export --require-trust --state /srv/carekb/record.json
      carekb export verify /srv/www/clinic   (check a deployed folder)
    """
    if ctx.invoked_subcommand is not None:
        return
    # Only what recalling the last export needs: the renderers, templates and PDF
    # engine are imported when something must be built.
    from carekb import clock
    from carekb.project import state_path
    from carekb.render.request import FORMATS, ExportRequest, display_folder
    from carekb.render.reuse import export_key, recall_export
    from carekb.report import printable, text

    if not require_trust and (state or first_export or accept_rollback):
        raise click.UsageError(
            "--state, --first-export and --accept-rollback keep the publisher's record, "
            "which only --require-trust uses: add --require-trust"
        )
    if allow_unprotected and not require_trust:
        raise click.UsageError(
            "--allow-unprotected-trust-root only relaxes --require-trust: add --require-trust"
        )
    project = open_from(root)
    chosen = FORMATS if not formats or "all" in formats else formats
    now, notice = clock.trusted_now() if require_trust else (clock.now(), None)
    if notice:
        click.echo(notice, err=True)
    request = ExportRequest(
        today=now.date(),
        formats=chosen,
        out=out,
        preview=preview,
        require_trust=require_trust,
        allow_empty=allow_empty,
        allow_unprotected_trust_root=allow_unprotected,
        now=now,
        record=state_path(state) if require_trust else None,
        first_export=first_export,
        accept_rollback=accept_rollback,
    )
    key = export_key(project, request, trust)
    result = recall_export(project, request, key) or _build(project, request, trust, key)
    click.echo(text(result.findings, project.root), nl=False)
    click.echo(printable(result.summary(display_folder(result.folder))))


def _build(
    project: Project, request: ExportRequest, trust: Path | None, key: ExportKey
) -> ExportResult | ReusedExport:
    """Export afresh, with a progress bar (the last export's record did not stand)."""
    from carekb.render.export import export_project

    bar = _ProgressBar()
    try:
        return export_project(project, request, trust=trust, progress=bar, key=key)
    finally:
        bar.close()


@export_command.command("verify")
@click.argument("folder", type=click.Path(file_okay=False, exists=True, path_type=Path))
@click.option(
    "--allow-unprotected-trust-root",
    "allow_unprotected",
    is_flag=True,
    help="Use a trust root inside the project or writable by others (a demo or a test).",
)
@trust_option
@root_option
def verify_command(
    folder: Path, allow_unprotected: bool, trust: Path | None, root: Path | None
) -> None:
    """Check a deployed export FOLDER against the repository and the trust root.

    Builds the export again under --require-trust rules, with the formats
    FOLDER's carekb-manifest.json lists, and compares every file. Exits 1 and
    names each file that was changed, added or is missing, so a deploy job can
    refuse a site that differs from what the clinicians and leads signed.

    \b
    Example:
      carekb export verify public/
    """
    from carekb import clock
    from carekb.render.export import verify_export

    project = open_from(root)
    now, notice = clock.trusted_now()
    if notice:
        click.echo(notice, err=True)
    differences = verify_export(
        project, folder, trust=trust, now=now, allow_unprotected_trust_root=allow_unprotected
    )
    for item in differences:
        click.echo(f"{folder.as_posix().rstrip('/')}/{item.path}: {item.what}")
    if differences:
        click.echo(
            f"NOT verified: {len(differences)} file(s) differ from what the repository and the "
            "trust root export now; do not deploy this folder"
        )
        raise SystemExit(1)
    click.echo(f"verified: {folder} is exactly what the repository and the trust root export now")


class _ProgressBar:
    """A bar on stderr for a long export at a terminal; nothing under CI or in a pipe."""

    def __init__(self) -> None:
        self.enabled = progress.watched(sys.stderr)
        self.bar: click._termui_impl.ProgressBar[int] | None = None

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled or total < PROGRESS_MIN_FILES:
            return
        if self.bar is None:
            self.bar = click.progressbar(length=total, label="exporting", file=sys.stderr)
            self.bar.__enter__()
        self.bar.update(1)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)
