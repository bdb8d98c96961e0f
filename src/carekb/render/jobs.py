"""What every writer shares: the render context in, a list of files to write out."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial

from carekb.model import Finding
from carekb.project import Project
from carekb.render.environment import Templates
from carekb.render.views import Views
from carekb.trust.gate import ExportPlan


@dataclass(frozen=True)
class Job:
    """One output file: its path inside the export folder, and how to make its bytes.

    Writers only describe files; the export runs the jobs, so the total is known
    up front (for the progress bar) and nothing is written outside the staging
    folder.
    """

    path: str
    build: Callable[[], bytes]
    # A digest of everything that decides the bytes (carekb.render.incremental), for a
    # page the next export may copy rather than render; None: always built.
    inputs: str | None = None


@dataclass
class RenderContext:
    project: Project
    plan: ExportPlan
    views: Views
    templates: Templates
    # What every page depends on (carekb.render.incremental.export_inputs); "" when the
    # pages are not kept for another export (the review desk's).
    inputs: str = ""
    # Problems found while rendering (a refused URL in a PDF), reported with the plan's.
    warnings: list[Finding] = field(default_factory=list)


def asset_jobs(ctx: RenderContext, folder: str, out_dir: str) -> list[Job]:
    """Copy the static files of ``templates/<folder>/assets/`` to ``<out_dir>/``."""
    return [
        Job(f"{out_dir}/{name}", partial(path.read_bytes))
        for name, path in ctx.templates.assets(folder)
    ]
