"""Render again only the pages whose inputs changed since the last export.

A page's bytes are decided by what it is rendered from and nothing else: the
template files, carekb itself, the date and carekb's settings (the export's own
inputs, :func:`export_inputs`), and the values the page's template receives (its
entry's view, the site, the names of the index's groups). Each page job carries a
digest of all of these (:attr:`carekb.render.jobs.Job.inputs`). The record of the
last export into the same folder keeps, for every page, that digest and the
SHA-256 of the bytes written; a page whose digest is the same now and whose file
in the output folder still holds exactly those bytes is copied into the new
export, not rendered again. Anything else (a page new, changed, or its old file
touched) is rendered. An entry's view holds what the page shows of the entries it
links (their titles and addresses), so editing one entry renders again its page,
the pages that show it, and the index; a template, the date or carekb changing
renders everything.

The same bytes follow either way (a test compares an export built this way with
a full one, byte for byte, through edits, additions, retirements and template
changes). The record is sealed like the rest of the cache, and every copied page
is checked against its recorded hash, so a file edited in the output folder is
rendered again, never carried forward.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import pickle
from collections.abc import Mapping
from importlib import metadata
from pathlib import Path
from typing import Any

from carekb.load.cache import settings_lines
from carekb.project import CONFIG_NAME, Project, template_files
from carekb.render.environment import Templates

# What the record keeps of a page: its path, its inputs' digest, its bytes' SHA-256.
PageRecord = tuple[str, str, str]


def digest(*parts: object) -> str:
    """One digest of ``parts``: the views are frozen dataclasses of text, numbers and
    tuples, which pickle writes whole, field by field, in a fixed order, far faster
    than their ``repr``. Without pickle's memo ("fast" mode), an object met twice is
    written twice: equal values give equal bytes however their parts happen to be
    shared (a string read in a worker or from the cache is a different object)."""
    out = io.BytesIO()
    pickler = pickle.Pickler(out, protocol=_PROTOCOL)
    pickler.fast = True  # no memo; the views hold no cycles
    pickler.dump(parts)
    return hashlib.sha256(out.getbuffer()).hexdigest()


_PROTOCOL = 5  # fixed, so a newer Python's default does not change every digest


def export_inputs(project: Project, today: dt.date, extra: object) -> str:
    """What every page of an export depends on besides its templates: carekb, its
    settings and the date, the project's configuration, and ``extra`` (the export's
    options)."""
    hasher = hashlib.sha256()
    for line in settings_lines(today):
        hasher.update(line.encode("utf-8", "surrogateescape") + b"\0")
    for library in _RENDERERS:  # an upgrade may render the same values differently
        hasher.update(f"{library} {_version_of(library)}\0".encode())
    hasher.update(_bytes_of(project.root / CONFIG_NAME))
    hasher.update(repr(extra).encode("utf-8", "surrogateescape"))
    return hasher.hexdigest()


_RENDERERS = ("jinja2", "markupsafe", "markdown-it-py")


def _version_of(library: str) -> str:
    try:
        return metadata.version(library)
    except metadata.PackageNotFoundError:
        return "absent"


def format_inputs(export: str, templates: Templates, folder: str) -> str:
    """``export``'s inputs with every template file under ``folder`` (the project's and
    the packaged ones) that a format's pages can be made with: ``markdown/`` for the
    Markdown files (their environment loads nothing else), every folder ("") for the
    site, whose templates may include any. A new Markdown template renders every
    Markdown file again, and no HTML page."""
    hasher = hashlib.sha256(export.encode())
    for name, path in template_files(templates.packaged_dir, templates.project_dir).items():
        if name.startswith(folder):
            hasher.update(name.encode("utf-8", "surrogateescape") + b"\0")
            hasher.update(_bytes_of(path) + b"\0")
    return hasher.hexdigest()


def _bytes_of(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError:
        return b"missing"


def previous_bytes(
    path: str, inputs: str, previous: Mapping[str, Any], folder: Path
) -> bytes | None:
    """The bytes the last export wrote at ``path``, when they were made from ``inputs``
    and the file there still holds them; else ``None`` (render it)."""
    record = previous.get(path)
    if not (isinstance(record, list) and len(record) == 2 and record[0] == inputs):
        return None
    try:
        data = (folder / path).read_bytes()
    except OSError:
        return None
    return data if hashlib.sha256(data).hexdigest() == record[1] else None
