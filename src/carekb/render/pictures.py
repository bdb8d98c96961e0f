"""Technique pictures in every format: the approved bytes, without their metadata.

Each format gets its own ``pictures/`` folder (the handout's inside its
``assets/``, where the PDF writer fetches it), and each picture is named by
the digest of the bytes the reviewers approved. The file is read again at
export and written only if its bytes still have that digest (a picture
swapped between reading the entry and writing the export stops the export),
then saved anew by Pillow without EXIF, XMP, text chunks or colour profile.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from carekb.errors import CarekbError
from carekb.load.pictures import PictureError, digest, read_picture, stripped
from carekb.render.jobs import Job, RenderContext
from carekb.render.views import PictureView, TechniqueView


def exported_pictures(ctx: RenderContext) -> dict[str, Callable[[], bytes]]:
    """Every picture an exported technique shows: its export name, and how to make its bytes."""
    found: dict[str, Callable[[], bytes]] = {}
    for view in ctx.views.entries:
        if isinstance(view, TechniqueView):
            for picture in view.pictures:
                found.setdefault(picture.name, partial(picture_bytes, ctx.project.root, picture))
    return found


def picture_jobs(ctx: RenderContext, out_dir: str) -> list[Job]:
    """The picture files of one format, under ``<out_dir>/``."""
    return [Job(f"{out_dir}/{name}", build) for name, build in exported_pictures(ctx).items()]


def picture_bytes(root: Path, picture: PictureView) -> bytes:
    """The approved picture, stripped of its metadata; a clear error if it changed."""
    try:
        data = read_picture(root, picture.file)
        if digest(data) != picture.sha256:
            raise PictureError(
                f"'{picture.file}' changed while the export ran: export again "
                "(a changed picture needs a new review)"
            )
        return stripped(data, picture.file)
    except PictureError as error:
        raise CarekbError(f"picture {error}") from None
