"""An entry's ``id`` equals its file name, and the file sits in its type's folder.

Links, exports and audit logs all use the id, and authors find entries by file
name, so the two must agree: ``kb/techniques/cat-cow.yaml`` holds
``id: cat-cow`` with ``type: technique``. Folders: ``techniques/``,
``precautions/``, ``faqs/``, ``handouts/``.

While an entry is new (a draft nobody has approved, with no audit log yet),
``carekb lint --fix`` changes its id to its file name; once it has a review
history, its id is what that history is filed under, so rename the file
instead.

Passing example (``kb/techniques/cat-cow.yaml``)::

    id: cat-cow
    type: technique

Failing example (``kb/techniques/cat-cow.yaml``)::

    id: cat-and-cow
    type: faq
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import PurePosixPath
from typing import Any

from carekb import model, project
from carekb.model import Entry, Finding, Fix, Level
from carekb.validate.context import RuleContext

ID = "id-filename"
LEVEL = Level.ERROR
OPTIONS: dict[str, Any] = {}
# Findings about an entry depend only on its own file (and the roster, the
# config and the date), so the engine may check entries in parallel.
LOCAL = True


def check(ctx: RuleContext) -> Iterator[Finding]:
    for entry in ctx.kb.entries:
        yield from _check_entry(ctx, entry)


def _is_new(entry: Entry) -> bool:
    """A draft nobody approved: its id is not yet what a review history is filed under.

    (The repair checks again, under the entry's lock, that no audit log exists.)
    """
    return entry.status == "draft" and not entry.fields.review.approvals


def _id_span(entry: Entry, declared: str) -> int | None:
    """How many characters the id's value takes on its line (quotes included), if known."""
    where = entry.doc.value_positions.get(("id",))
    if where is None:
        return None
    line = entry.doc.text.split("\n")[where.line - 1].rstrip("\r")
    written = line[where.column - 1 :]
    for quote in ("", "'", '"'):
        token = f"{quote}{declared}{quote}"
        rest = written[len(token) :]
        if written.startswith(token) and (not rest or rest[0] in " #"):
            return len(token)
    return None


def _check_entry(ctx: RuleContext, entry: Entry) -> Iterator[Finding]:
    declared = entry.fields.id
    stem = entry.file_stem
    if declared is not None and declared != stem:
        span = _id_span(entry, declared) if _is_new(entry) and model.is_entry_id(stem) else None
        yield ctx.at(
            entry.doc,
            ("id",),
            f"id '{declared}' does not match the file name '{stem}': rename the file to "
            f"'{declared}.yaml' or change the id to '{stem}'",
            entry_id=declared,
            length=span,
            fix=Fix(stem, safe=True, field="id") if span else None,
        )
    path = PurePosixPath(entry.path)
    if path.parts[:1] != (project.KB_DIR,):
        return  # files linted from outside kb/ may sit anywhere
    folder = path.parent.name
    if folder not in model.FOLDER_TYPES:
        yield ctx.at_line(
            entry.path,
            1,
            1,
            f"'{entry.path}' is not in a type folder: move it into kb/"
            f"{model.ENTRY_TYPES.get(entry.kind, '<type folder>')}/",
            entry_id=entry.id,
        )
    elif entry.kind in model.ENTRY_TYPES and model.FOLDER_TYPES[folder] != entry.kind:
        yield ctx.at(
            entry.doc,
            ("type",),
            f"a {entry.kind} in kb/{folder}/: move it to kb/{model.ENTRY_TYPES[entry.kind]}/ "
            f"or correct its type",
            entry_id=entry.id,
        )
