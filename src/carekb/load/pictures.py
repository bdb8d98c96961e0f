"""A technique's pictures: found inside the project, read safely, digested with the entry.

A picture is approved content: its bytes reach patients as surely as its
words. So when an entry is read, the SHA-256 of each picture file is written
into the entry's data (``pictures[i].sha256``), where the content hash
(:mod:`carekb.trust.canonical`) covers it: swapping the file changes the hash
and voids every approval, exactly as changing a word does. Whatever an author
writes in ``sha256`` is replaced by what the file holds.

A picture is named by a path relative to the project root and is refused
(its digest then names the problem, so no approval made of a good file can
match) when the path is absolute, climbs out with ``..``, passes through a
symbolic link at any step, is not a regular file, is not a ``.png``,
``.jpg`` or ``.jpeg``, or is larger than :data:`MAX_BYTES`. The export reads
the bytes again and refuses them unless they still have the approved digest.
Whether the bytes are a real PNG or JPEG within :data:`MAX_PIXELS` is for
:func:`inspect` (Pillow), used by lint and by the export.
"""

from __future__ import annotations

import hashlib
import io
import os
import stat
from collections.abc import Mapping
from pathlib import Path, PurePosixPath
from typing import Any

from carekb.load.regular import TooLarge, read_regular

# Picture formats by suffix: PNG and JPEG only (an author's SVG can carry script).
FORMATS = {".png": "PNG", ".jpg": "JPEG", ".jpeg": "JPEG"}
MAX_BYTES = 1_000_000  # a line drawing is tens of kilobytes; a photo needs no more
MAX_PIXELS = 4_000_000  # width x height: 2000 x 2000 prints sharp at handout size
MAX_SIDE = 4000
DIGEST_KEY = "sha256"
UNUSABLE = "unusable: "  # the digest of a picture that could not be read


class PictureError(Exception):
    """A picture that may not be used, with what to fix."""


def locate(root: Path, name: object) -> Path:
    """The picture file ``name`` names inside ``root``, or :class:`PictureError`."""
    if not isinstance(name, str) or not name.strip():
        raise PictureError("a picture needs 'file': a path inside the project")
    if "\\" in name or "\0" in name:
        raise PictureError(f"'{name[:200]}': write the path with '/' only")
    relative = PurePosixPath(name)
    if relative.is_absolute() or ".." in relative.parts or not relative.parts:
        raise PictureError(
            f"'{name[:200]}' is not inside the project: name it from the project root, "
            "such as kb/pictures/cat-cow.png"
        )
    if relative.suffix.lower() not in FORMATS:
        raise PictureError(f"'{name[:200]}': only PNG and JPEG pictures (.png, .jpg, .jpeg)")
    # Each step as text, not as a Path: a cold lint looks up every picture of the
    # knowledge base, three steps each, before any worker starts.
    path = str(root)
    for part in relative.parts:
        path = os.path.join(path, part)
        try:
            info = os.lstat(path)
        except OSError:
            raise PictureError(f"'{name[:200]}' does not exist") from None
        if stat.S_ISLNK(info.st_mode):
            raise PictureError(
                f"'{name[:200]}' passes through a symbolic link: refused; copy the picture "
                "into the project instead"
            )
    if not stat.S_ISREG(info.st_mode):
        raise PictureError(f"'{name[:200]}' is not a file")
    if info.st_size > MAX_BYTES:
        raise PictureError(
            f"'{name[:200]}' is {info.st_size:,} bytes; a picture may have at most "
            f"{MAX_BYTES:,}: save it smaller"
        )
    return Path(path)


def read_picture(root: Path, name: object) -> bytes:
    """The bytes of the picture ``name`` (checked by :func:`locate`), or :class:`PictureError`."""
    path = locate(root, name)
    try:
        data = read_regular(path, follow_links=False, most=MAX_BYTES + 1)
    except TooLarge:  # larger when opened than when looked up
        raise _grew(name) from None
    except OSError as error:
        raise PictureError(f"'{name}' cannot be read: {error.strerror}") from None
    if len(data) > MAX_BYTES:
        raise _grew(name)
    return data


def _grew(name: object) -> PictureError:
    return PictureError(f"'{name}' grew past {MAX_BYTES:,} bytes while it was read")


def digest(data: bytes) -> str:
    return "sha256:" + hashlib.sha256(data).hexdigest()


def picture_digest(root: Path, name: object) -> str:
    """``sha256:<hex>`` of the picture's bytes, or ``unusable: <why>``."""
    try:
        return digest(read_picture(root, name))
    except PictureError as error:
        return UNUSABLE + str(error)


def with_digests(root: Path, data: Mapping[str, Any]) -> dict[str, Any] | None:
    """A copy of ``data`` whose pictures carry the digest of their file; ``None``
    when the entry has no pictures (``data`` itself stays untouched: it may be
    shared with the parse memo)."""
    pictures = data.get("pictures")
    if not isinstance(pictures, list) or not pictures:
        return None
    filled: list[Any] = []
    for item in pictures:
        if isinstance(item, Mapping):
            item = {**item, DIGEST_KEY: picture_digest(root, item.get("file"))}
        filled.append(item)
    return {**data, "pictures": filled}


def without_digests(data: Any) -> Any:
    """``data`` as its file holds it: :func:`with_digests` undone."""
    if not isinstance(data, Mapping) or not isinstance(data.get("pictures"), list):
        return data
    pictures = [
        {k: v for k, v in item.items() if k != DIGEST_KEY} if isinstance(item, Mapping) else item
        for item in data["pictures"]
    ]
    return {**data, "pictures": pictures}


def inspect(data: bytes, name: str) -> str:
    """The Pillow format (``PNG`` or ``JPEG``) of ``data``, or :class:`PictureError`
    when it is not a picture of the format its name says, or is too large."""
    from PIL import Image

    expected = FORMATS.get(PurePosixPath(name).suffix.lower())
    try:
        with Image.open(io.BytesIO(data)) as image:
            found = image.format
            width, height = image.size
    except (OSError, ValueError, Image.DecompressionBombError):
        raise PictureError(
            f"'{name}' is not a PNG or JPEG picture that can be read: save it again as one"
        ) from None
    if found is None or found != expected:
        raise PictureError(f"'{name}' holds a {found} picture, not {expected}: fix its name")
    if width > MAX_SIDE or height > MAX_SIDE or width * height > MAX_PIXELS:
        raise PictureError(
            f"'{name}' is {width} x {height} pixels; at most {MAX_SIDE} on a side and "
            f"{MAX_PIXELS:,} in all: scale it down"
        )
    return found


def stripped(data: bytes, name: str) -> bytes:
    """The picture saved again without metadata (EXIF, XMP, text chunks, ICC profile,
    comments): an author's camera, location or software never reach a patient.
    The EXIF orientation is applied first, so the picture still stands upright."""
    from PIL import Image, ImageOps

    kind = inspect(data, name)
    with Image.open(io.BytesIO(data)) as image:
        image.load()
        upright = ImageOps.exif_transpose(image)
        clean = upright.copy()
    clean.info.clear()
    out = io.BytesIO()
    if kind == "PNG":
        clean.save(out, "PNG")
    else:
        if clean.mode not in ("RGB", "L"):
            clean = clean.convert("RGB")
        clean.save(out, "JPEG", quality=90)
    return out.getvalue()
