"""The review desk's previews: the export's own pages, built on request.

The desk shows a reviewer exactly what a patient will get, so it never
renders by a path of its own: it asks the export gate for a ``--preview``
plan (drafts included, the draft banner on every page) and keeps the jobs
the HTML, handout and PDF writers list, keyed by the path they would have in
``exports/``. A page is built only when the desk asks for it, and nothing is
served that is not one of those files.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from carekb.model import KnowledgeBase
from carekb.project import Project
from carekb.render.environment import make_templates
from carekb.render.escape import FILTERS
from carekb.render.handout import OUT_DIR as HANDOUT_DIR
from carekb.render.handout import handout_jobs
from carekb.render.html import OUT_DIR as HTML_DIR
from carekb.render.html import html_jobs
from carekb.render.jobs import Job, RenderContext
from carekb.render.pdf import OUT_DIR as PDF_DIR
from carekb.render.pdf import pdf_jobs
from carekb.render.views import EntryView, build_views
from carekb.trust.gate import ExportPlan, plan_export


@dataclass(frozen=True)
class PreviewSite:
    """Every file a ``--preview`` export of one knowledge base would hold, unbuilt."""

    plan: ExportPlan
    views: dict[str, EntryView]  # by entry id: what the templates receive
    jobs: dict[str, Job]  # by path inside the export folder

    def file(self, path: str) -> bytes | None:
        """The bytes of ``path`` (``html/techniques/cat-cow.html``), or ``None``."""
        job = self.jobs.get(path)
        return job.build() if job is not None else None

    def page_path(self, entry_id: str) -> str | None:
        """The site page of an entry or handout."""
        view = self.views.get(entry_id)
        return f"{HTML_DIR}/{view.page}.html" if view is not None else None

    def print_path(self, entry_id: str) -> str | None:
        """The print page of a handout."""
        path = f"{HANDOUT_DIR}/{entry_id}.html"
        return path if path in self.jobs else None

    def pdf_path(self, entry_id: str) -> str | None:
        path = f"{PDF_DIR}/{entry_id}.pdf"
        return path if path in self.jobs else None


def preview_site(
    project: Project, kb: KnowledgeBase, today: dt.date, *, now: dt.datetime | None = None
) -> PreviewSite:
    """The preview export of ``kb``, gated and rendered as ``carekb export --preview`` does."""
    plan = plan_export(project, kb, today, preview=True, now=now)
    views = build_views(project, plan)
    ctx = RenderContext(
        project=project,
        plan=plan,
        views=views,
        templates=make_templates(project, FILTERS),
    )
    jobs = [*html_jobs(ctx), *handout_jobs(ctx), *pdf_jobs(ctx)]
    return PreviewSite(
        plan=plan,
        views={view.id: view for view in (*views.entries, *views.handouts)},
        jobs={job.path: job for job in jobs},
    )
