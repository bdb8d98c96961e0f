"""No private key may be stored anywhere in the project folder.

Signing keys belong to one reviewer and live outside the repository (in the
user's config folder, where ``carekb keys new`` puts them); the roster holds
public keys only. A committed private key lets anyone sign as that reviewer:
move it out, and if it was ever committed or shared, treat it as leaked: a
lead revokes the old key in ``kb/people.yaml`` (``revoked:`` with the date,
not ``valid_until``, which a key holder could sign around by backdating) and
signs the roster, and its owner makes a new key (``carekb keys new PERSON
--force``) whose public key a lead adds (docs/leads.md, "Revoking a
compromised key").

Files up to 64 KB are scanned for a PEM private key block (PKCS #8,
OpenSSH, RSA, EC..., encrypted or not): a ``BEGIN ... PRIVATE KEY`` line,
base64 lines, and the matching ``END`` line (so text that only mentions the
header, like this page, is not reported). ``.git``, virtual environments, ``node_modules``,
caches and carekb's output folders (``export.out`` and ``export.preview_out``, at their
exact place) are skipped. Option ``exclude``: glob patterns
relative to the project root (``**`` spans folders) for files to skip, such
as demo keys that exist only to make a sample reproducible.

Passing example (in ``kb/people.yaml``, a public key)::

    keys:
      - public_key: ed25519:GAcMrCK2iK27ZwggMraPLA/WlncFP4I2+md8gfKT2yY=
        valid_from: 2026-11-21

Failing example (a key file inside the project; a real one has base64 lines)::

    -----BEGIN PRIVATE KEY-----
    MC4CAQAwBQYDK2VwBCIEI... (the secret key) ...
    -----END PRIVATE KEY-----
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, NamedTuple

from carekb import project
from carekb.load.regular import read_regular
from carekb.model import Finding, Level
from carekb.validate.context import RuleContext

ID = "private-key"
LEVEL = Level.ERROR
OPTIONS: dict[str, Any] = {"exclude": []}

_MAX_BYTES = 64 * 1024
# A whole PEM block: header, base64 (and RFC 1421 header) lines, footer. Requiring
# the body keeps documentation that shows a shortened key from being reported.
_PEM_BLOCK = re.compile(
    rb"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----[ \t]*\r?\n"
    rb"(?:[A-Za-z0-9+/=:,\- \t]*\r?\n){1,400}?"
    rb"[ \t]*-----END (?:[A-Z0-9]+ )*PRIVATE KEY-----"
)


def check(ctx: RuleContext) -> Iterator[Finding]:
    root = ctx.project.root
    exclude = _patterns(ctx.options.get("exclude") or [])
    # Tool folders by name, carekb's outputs by their exact place (as the lint cache
    # skips them: a folder named like one elsewhere is read all the same).
    skip = _Skipped(project.UNREAD_DIRS, ctx.project.output_folders)
    # A lint of some paths reports (and so reads, and walks to) only those; a warm lint
    # names the files it works out again, which need no walk.
    if ctx.candidates is not None:
        files = _named_files(root, skip, exclude, ctx.candidates)
    else:
        files = _files(root, skip, exclude, ctx.wanted, ctx.wanted_folder)
    for path, relative in files:
        where = _header_position(path)
        if where is not None:
            yield ctx.at_line(
                relative,
                where[0],
                where[1],
                "a private key is stored in the project: anyone with the repository could sign "
                "as its owner; move it out (carekb keeps keys in your config folder) and, if "
                "it was ever committed or shared, a lead must revoke that key in "
                "kb/people.yaml ('revoked: DATE', not valid_until) and sign the roster, and "
                "its owner makes a new one with 'carekb keys new PERSON --force' (docs/leads.md, "
                "'Revoking a compromised key'; list the file under "
                "lint.rules.private-key.exclude if it is a demo key)",
            )


class _Skipped(NamedTuple):
    names: frozenset[str]  # a folder of one of these names, anywhere
    places: frozenset[str]  # the folder at one of these paths from the root


def _files(
    root: Path,
    skip: _Skipped,
    exclude: Sequence[re.Pattern[str]],
    wanted: Callable[[str], bool],
    wanted_folder: Callable[[str], bool],
) -> Iterator[tuple[str, str]]:
    # Paths as text, not Path objects: the rule looks at every file of the project
    # (23,923 in the bench's), and making two Paths a file cost more than reading it.
    for folder, dirs, files in os.walk(root):
        base = Path(folder).relative_to(root).as_posix()
        prefix = "" if base == "." else base + "/"
        dirs[:] = sorted(
            d
            for d in dirs
            if not _folder_skipped(skip, exclude, d, prefix + d) and wanted_folder(prefix + d + "/")
        )
        for name in sorted(files):
            relative = prefix + name
            if wanted(relative) and not _matches(exclude, relative):
                yield os.path.join(folder, name), relative


def _folder_skipped(
    skip: _Skipped, exclude: Sequence[re.Pattern[str]], name: str, relative: str
) -> bool:
    """Is the folder ``name``, at ``relative`` from the root, left unread: a tool's folder
    by its name, an output folder by its place, or one the options exclude?"""
    return name in skip.names or relative in skip.places or _matches(exclude, relative + "/")


def _named_files(
    root: Path, skip: _Skipped, exclude: Sequence[re.Pattern[str]], named: frozenset[str]
) -> Iterator[tuple[str, str]]:
    """What :func:`_files` yields of the files ``named`` (relative to the root): the
    same folders skipped, by name or place, the same patterns excluded. One no longer
    there is yielded all the same: reading it finds nothing."""
    for relative in sorted(named):
        folders = relative.split("/")[:-1]
        if any(
            _folder_skipped(skip, exclude, name, "/".join(folders[: depth + 1]))
            for depth, name in enumerate(folders)
        ):
            continue
        if not _matches(exclude, relative):
            yield os.path.join(root, relative), relative


def _header_position(path: str) -> tuple[int, int] | None:
    try:
        # A link is not followed (a key elsewhere is not the project's to report), and
        # a pipe named like a file never answers: both are refused as they are opened.
        data = read_regular(path, follow_links=False, most=_MAX_BYTES)
    except OSError:  # gone, unreadable, a link, not a regular file, or too large
        return None
    match = _PEM_BLOCK.search(data)
    if match is None:
        return None
    line = data.count(b"\n", 0, match.start()) + 1
    column = match.start() - (data.rfind(b"\n", 0, match.start()) + 1) + 1
    return line, column


def _patterns(globs: Sequence[Any]) -> list[re.Pattern[str]]:
    return [re.compile(_glob_regex(str(g).strip("/"))) for g in globs if str(g).strip()]


def _glob_regex(glob: str) -> str:
    """``**`` spans folders, ``*`` and ``?`` stay within one name."""
    parts: list[str] = []
    index = 0
    while index < len(glob):
        if glob.startswith("**", index):
            parts.append(".*")
            index += 2
        elif glob[index] == "*":
            parts.append("[^/]*")
            index += 1
        elif glob[index] == "?":
            parts.append("[^/]")
            index += 1
        else:
            parts.append(re.escape(glob[index]))
            index += 1
    return "".join(parts)


def _matches(patterns: Sequence[re.Pattern[str]], relative: str) -> bool:
    return any(p.fullmatch(relative) for p in patterns)
