"""What an export is asked for, and where it goes.

Kept apart from :mod:`carekb.render.export` and light to import: an export whose
inputs and output stand as the last one left them is answered from its record
(:mod:`carekb.render.reuse`) before any renderer, template or PDF engine is loaded.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from carekb.errors import CarekbError
from carekb.project import Project

FORMATS = ("html", "markdown", "handout", "pdf")

# Called after each file with (files done, files in total).
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class ExportRequest:
    today: dt.date  # the day approvals are judged on (expiry)
    formats: tuple[str, ...] = FORMATS
    out: Path | None = None  # default: export.out of carekb.yaml, under the project root
    preview: bool = False
    require_trust: bool = False  # refuse unless a trust root verifies the roster
    allow_empty: bool = False  # publish even when nothing may be exported
    # With require_trust: accept a trust root inside the project, a git work tree, or
    # writable by others (the sample's demo); said explicitly on the command line.
    allow_unprotected_trust_root: bool = False
    # The moment signed times are judged against (later ones do not count);
    # None: carekb.clock.now(). --require-trust passes the machine's clock.
    now: dt.datetime | None = None
    # The publisher's record (None: keep none). Only with require_trust.
    record: Path | None = None
    first_export: bool = False  # no record for this project yet, and that is expected
    accept_rollback: tuple[str, ...] = ()  # entries whose older history the publisher allows


def export_folder(project: Project, request: ExportRequest) -> Path:
    """The folder this export replaces: ``--out``, else ``export.out`` (``export.preview_out``
    for a preview, a folder of its own so drafts are never published with the site)."""
    if request.out is not None:
        return request.out.absolute()
    published = (project.root / project.export_out).absolute()
    if not request.preview:
        return published
    preview = (project.root / project.preview_out).absolute()
    if preview == published or preview.is_relative_to(published):
        raise CarekbError(
            f"export.preview_out '{project.preview_out}' is inside the published folder "
            f"'{project.export_out}': refused, drafts would be published with the site",
            hint="set export.preview_out in carekb.yaml to a folder of its own, such as preview",
        )
    return preview


def display_folder(folder: Path) -> str:
    """``folder`` relative to the working directory when it is below it, with a slash."""
    try:
        shown = folder.relative_to(Path.cwd()).as_posix()
    except ValueError:
        shown = folder.as_posix()
    return shown.rstrip("/") + os.sep
