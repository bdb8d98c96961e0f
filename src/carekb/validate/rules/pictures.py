"""A technique's pictures can be printed: the file is there, safe, small enough, and described.

- ``file`` names a PNG or JPEG inside the project, from the project root, not
  through a symbolic link, at most 1,000,000 bytes, and the bytes really are
  the picture format the name says (read with Pillow), at most 4,000 pixels
  on a side and 4,000,000 in all. SVG is not allowed: it can carry script.
- ``alt`` says what the picture shows, in words a patient would use: not
  blank, not the file name, not "image" or "picture" alone.
- The same file is not shown twice in one technique.

The picture's bytes are part of what the reviewers approve (see
docs/authors.md): changing the file makes the approval stale, and the
approval-stale rule reports it.

Passing example::

    pictures:
      - file: kb/pictures/cat-cow.png
        alt: A person on hands and knees, back rounded up toward the ceiling.

Failing example (a file outside the project, and no real description)::

    pictures:
      - file: ../shared/cat-cow.svg
        alt: picture
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import PurePosixPath
from typing import Any

from carekb.load import pictures
from carekb.model import Entry, Finding, Level
from carekb.validate.context import RuleContext

ID = "pictures"
LEVEL = Level.ERROR
OPTIONS: dict[str, Any] = {}
LOCAL = True
# It reads the picture files to check them with Pillow.
CACHEABLE = False

_EMPTY_ALT = frozenset({"image", "picture", "photo", "drawing", "figure", "img"})


def check(ctx: RuleContext) -> Iterator[Finding]:
    for entry in ctx.kb.entries:
        if entry.kind == "technique" and entry.fields.pictures:
            yield from _check_entry(ctx, entry)


def _check_entry(ctx: RuleContext, entry: Entry) -> Iterator[Finding]:
    seen: set[str] = set()
    for picture in entry.fields.pictures:
        where = ("pictures", picture.index)
        if not picture.is_mapping or picture.file is None:
            continue  # the schema rule says what is missing
        alt = " ".join((picture.alt or "").split())
        name = PurePosixPath(picture.file).name.lower()
        if not alt or alt.lower().strip(".") in _EMPTY_ALT or alt.lower() == name:
            yield ctx.at(
                entry.doc,
                (*where, "alt") if picture.alt is not None else where,
                f"picture '{picture.file}' needs alt text that says what it shows "
                "(such as 'A person on hands and knees, back rounded up')",
                entry_id=entry.id,
            )
        if picture.file in seen:
            yield ctx.at(
                entry.doc,
                (*where, "file"),
                f"picture '{picture.file}' is already shown in this technique: remove one",
                entry_id=entry.id,
            )
        seen.add(picture.file)
        problem = _problem(ctx, picture.file)
        if problem:
            yield ctx.at(entry.doc, (*where, "file"), problem, entry_id=entry.id)


def _problem(ctx: RuleContext, name: str) -> str:
    try:
        pictures.inspect(pictures.read_picture(ctx.project.root, name), name)
    except pictures.PictureError as error:
        return f"picture {error}"
    return ""
