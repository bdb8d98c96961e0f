"""The one place that writes files into a knowledge base.

Writes are atomic: the text goes to a temporary file in the same folder, is
flushed to disk, and replaces the target with one ``os.replace``, so a crash
leaves either the old file or the new one, never half of it.

The review workflow writes back only an entry's ``review:`` block (and
``carekb roster sign`` only the roster's ``signatures:`` block), by splicing
freshly rendered lines into the original text (never by dumping the whole
document, which would lose quoting, folding and line endings), under an
exclusive lock; audit events are appended as whole lines.
"""

from __future__ import annotations

import contextlib
import functools
import glob
import itertools
import json
import os
import re
import stat
import tempfile
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from carekb.errors import CarekbError


def atomic_write_bytes(path: Path, data: bytes, *, create_only: bool = False) -> None:
    """Write ``data`` to ``path`` atomically, keeping an existing file's mode.

    ``create_only`` refuses to replace an existing file (for ``carekb new`` and
    ``carekb init``, which must never overwrite an author's work).
    """
    if path.is_symlink():
        # Writing through a link would change a file somewhere else entirely.
        raise CarekbError(f"{path} is a symbolic link: refusing to write through it")
    if create_only and path.exists():
        raise CarekbError(f"{path} already exists: refusing to overwrite it")
    path.parent.mkdir(parents=True, exist_ok=True)
    mode = stat.S_IMODE(path.stat().st_mode) if path.exists() else _default_mode()
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)  # mkstemp creates 0600; keep what the file had
        if create_only and path.exists():
            raise CarekbError(f"{path} appeared while writing: refusing to overwrite it")
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise
    _fsync_dir(path.parent)


def atomic_write_text(path: Path, text: str, *, create_only: bool = False) -> None:
    atomic_write_bytes(path, text.encode("utf-8"), create_only=create_only)


def _default_mode() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def _fsync_dir(folder: Path) -> None:
    # Make the rename itself durable; not every platform can open a folder.
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


# --- Locking and appending ---------------------------------------------------

LOCK_TIMEOUT_SECONDS = 120.0
_LOCK_POLL_SECONDS = 0.05


@contextlib.contextmanager
def exclusive_lock(path: Path, *, timeout: float = LOCK_TIMEOUT_SECONDS) -> Iterator[None]:
    """Hold an exclusive lock on the lock file ``path`` for the ``with`` block.

    Another process asking for the same lock waits (up to ``timeout`` seconds)
    until this one is done, so read-check-write sequences on one entry never
    interleave. The lock file stays behind: deleting it while someone waits on
    it would let two processes hold "the" lock at once. The operating system
    releases the lock when its holder exits, however it exits.

    filelock does the locking (``flock`` on POSIX, ``msvcrt`` on Windows); it
    is told to keep the file, never to fall back to a lock that outlives a
    killed process, and to create it 0644.
    """
    import filelock  # only commands that write take a lock

    if path.is_symlink():
        raise CarekbError(f"{path} is a symbolic link: refusing to use it as a lock file")
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = filelock.FileLock(
        path,
        timeout=timeout,
        mode=0o644,
        thread_local=False,
        poll_interval=_LOCK_POLL_SECONDS,
        preserve_lock_file=True,
        fallback_to_soft=False,
    )
    try:
        lock.acquire()
    except filelock.Timeout:
        raise CarekbError(
            f"another carekb command has held {path.name} for {timeout:.0f} s",
            hint="wait for it to finish and try again; if none is running, try again "
            "(the lock is released when a process exits)",
        ) from None
    try:
        yield
    finally:
        lock.release()


def append_line(path: Path, line: bytes) -> None:
    """Append one complete line to ``path`` and flush it to disk before returning.

    The line goes out in one ``write`` to a file opened for appending, so a
    reader never sees half of it unless the machine dies mid-write; a reader
    reports such a trailing partial line as a broken log.
    """
    if not line.endswith(b"\n"):
        raise ValueError("append_line needs a complete line ending in a newline")
    if path.is_symlink():
        raise CarekbError(f"{path} is a symbolic link: refusing to write through it")
    path.parent.mkdir(parents=True, exist_ok=True)
    created = not path.exists()
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        start = os.lseek(fd, 0, os.SEEK_END)
        try:
            view = memoryview(line)
            while view:  # a regular file takes it in one go; a short write finishes the line
                view = view[os.write(fd, view) :]
            os.fsync(fd)
        except BaseException:
            # A failed append (disk full half-way, an interrupt before the line is
            # on disk) takes back what it wrote: the log never keeps half a line,
            # nor a line its caller was told did not land.
            with contextlib.suppress(OSError):
                os.ftruncate(fd, start)
                os.fsync(fd)
            raise
    finally:
        os.close(fd)
    if created:
        _fsync_dir(path.parent)


def remove_stale_temporaries(path: Path) -> None:
    """Delete temporary files a killed writer of ``path`` left beside it.

    Only a caller holding the lock that serialises writes to ``path`` may
    call this: then no other writer's temporary file can be in progress.
    """
    for stale in path.parent.glob(f".{glob.escape(path.name)}.*.tmp"):
        with contextlib.suppress(OSError):
            stale.unlink()


def truncate_file(path: Path, size: int) -> None:
    """Cut ``path`` back to its first ``size`` bytes, on disk before returning."""
    fd = os.open(path, os.O_WRONLY)
    try:
        os.ftruncate(fd, size)
        os.fsync(fd)
    finally:
        os.close(fd)


# --- Writing back a top-level block (review:, signatures:) ----------------------

_BOM = b"\xef\xbb\xbf"
REVIEW_KEY = "review"
_PLAIN_PUNCTUATION = frozenset(" ._/+=()-,:'!?%;&*@")
_YAML_WORDS = frozenset(
    {"true", "false", "yes", "no", "on", "off", "y", "n", "null", "~", "nan", "inf"}
)
_DATE_OR_TIME = re.compile(r"^\d{4}-\d\d-\d\d(?:T\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d))?$")
# Escaped inside quotes: not printable in YAML, or (NEL, LS, PS) read as line breaks.
_ESCAPE_IN_QUOTES = re.compile("[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]")


def write_review_block(
    path: Path,
    review: Mapping[str, Any],
    *,
    expected_content: Mapping[str, Any] | None = None,
    old: bytes | None = None,
) -> bytes:
    """Replace the top-level ``review:`` block of the entry at ``path``; return the old bytes.

    See :func:`write_block`; ``expected_content`` is the entry without
    ``review``, as the caller checked and signed it. The caller holds the
    entry's lock.
    """
    return write_block(path, REVIEW_KEY, review, expected_rest=expected_content, old=old)


def write_block(
    path: Path,
    key: str,
    value: Mapping[str, Any],
    *,
    expected_rest: Mapping[str, Any] | None = None,
    old: bytes | None = None,
    comment: str = "",
) -> bytes:
    """Replace (or append) the top-level ``key:`` block of ``path``; return the old bytes.

    Only the block's lines change: every byte before and after it (comments,
    quoting, key order, blank lines, a byte-order mark, CRLF line endings) is
    kept. The result is parsed again before it replaces the file, and must
    hold exactly the same other keys and exactly ``value``; otherwise nothing
    is written. ``expected_rest`` (the document without ``key``, as the caller
    checked and signed it) guards against an editor saving the file meanwhile;
    so does ``old``, the exact bytes the caller read (nothing is written if the
    file no longer holds them). ``comment`` (one line, without ``#``) goes above
    a block that is appended, never above one that is replaced. The caller
    holds the file's lock.
    """
    current = path.read_bytes()
    if old is not None and current != old:
        raise CarekbError(
            f"{path} changed while carekb was working on it (saved from an editor?)",
            hint="nothing was written; check the file and run the command again",
        )
    new = splice_block(current, key, value, comment=comment)
    _check_splice(path, key, current, new, value, expected_rest)
    atomic_write_bytes(path, new)
    return current


def splice_review_block(raw: bytes, review: Mapping[str, Any]) -> bytes:
    """``raw`` with its top-level ``review:`` block replaced (or appended) by ``review``."""
    return splice_block(raw, REVIEW_KEY, review)


@functools.cache
def _key_line(key: str) -> re.Pattern[str]:
    """A line that starts the top-level block ``key:`` (plain or quoted key)."""
    name = re.escape(key)
    return re.compile(rf"""^(?:{name}|"{name}"|'{name}')[ \t]*:(?:[ \t]|\r?\n|$)""")


def splice_block(raw: bytes, key: str, value: Mapping[str, Any], *, comment: str = "") -> bytes:
    """``raw`` with its top-level ``key:`` block replaced (or appended) by ``value``."""
    bom = _BOM if raw.startswith(_BOM) else b""
    text = raw[len(bom) :].decode("utf-8")
    newline = "\r\n" if "\r\n" in text.split("\n", 1)[0] + "\n" else "\n"
    block = render_block(key, value, newline)
    lines = _split_lines(text)
    starts = [i for i, line in enumerate(lines) if _key_line(key).match(line)]
    if len(starts) > 1:
        raise CarekbError(f"the file has more than one top-level '{key}:' key: keep one")
    if not starts:
        if text and not text.endswith("\n"):
            text += newline
        if comment:
            block = f"{newline}# {' '.join(comment.split())}{newline}{block}"
        return bom + (text + block).encode("utf-8")
    start = starts[0]
    end = _block_end(lines, start)
    spliced = "".join(lines[:start]) + block + "".join(lines[end:])
    return bom + spliced.encode("utf-8")


def _split_lines(text: str) -> list[str]:
    # Split on "\n" only: str.splitlines also breaks on \v, \f, \x1c, U+2028...
    # which may sit inside values and must stay where they are.
    parts = text.split("\n")
    lines = [part + "\n" for part in parts[:-1]]
    if parts[-1]:
        lines.append(parts[-1])
    return lines


def _block_end(lines: Sequence[str], start: int) -> int:
    """The index just past the block that starts at ``start``.

    The block is the key line plus every following indented line. Comments at
    column 1 belong to it only if more indented lines follow them; blank lines
    and comments after its last indented line stay outside, with what follows.
    """
    end = start + 1
    index = start + 1
    while index < len(lines):
        body = lines[index].rstrip("\r\n")
        if not body.strip() or body.startswith("#"):
            index += 1
            continue
        if body[0] in " \t":
            index += 1
            end = index
            continue
        break
    return end


def render_review_block(review: Mapping[str, Any], newline: str = "\n") -> str:
    """``review:`` and its fields as block YAML, two spaces per level."""
    return render_block(REVIEW_KEY, review, newline)


def render_block(key: str, value: Mapping[str, Any], newline: str = "\n") -> str:
    """``key:`` and the fields of ``value`` as block YAML, two spaces per level."""
    lines = [f"{_scalar(key)}:", *_mapping_lines(value, 1)]
    return newline.join(lines) + newline


def _mapping_lines(mapping: Mapping[str, Any], depth: int) -> list[str]:
    pad = "  " * depth
    lines: list[str] = []
    for key, value in mapping.items():
        name = _scalar(str(key))
        if isinstance(value, Mapping) and value:
            lines.append(f"{pad}{name}:")
            lines.extend(_mapping_lines(value, depth + 1))
        elif isinstance(value, list | tuple) and value:
            lines.append(f"{pad}{name}:")
            lines.extend(_sequence_lines(value, depth + 1))
        else:
            lines.append(f"{pad}{name}: {_scalar(value)}")
    return lines


def _sequence_lines(items: Sequence[Any], depth: int) -> list[str]:
    pad = "  " * depth
    lines: list[str] = []
    for item in items:
        if isinstance(item, Mapping) and item:
            inner = _mapping_lines(item, depth + 1)
            # The first key goes on the dash line: "- by: jlee", the rest under it.
            lines.append(f"{pad}- {inner[0].lstrip()}")
            lines.extend(inner[1:])
        elif isinstance(item, list | tuple) and item:
            raise ValueError("nested lists are not used in a review block")
        else:
            lines.append(f"{pad}- {_scalar(item)}")
    return lines


def _scalar(value: Any) -> str:
    """A YAML scalar: plain when that reads back as the same string, else JSON-quoted."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return json.dumps(value)
    if isinstance(value, Mapping):
        return "{}"
    if isinstance(value, list | tuple):
        return "[]"
    text = str(value)
    if _plain_safe(text):
        return text
    # JSON strings are YAML double-quoted scalars, once the characters YAML
    # treats differently from JSON are escaped too.
    quoted = json.dumps(text, ensure_ascii=False)
    return _ESCAPE_IN_QUOTES.sub(lambda m: f"\\u{ord(m.group()):04x}", quoted)


def _plain_safe(text: str) -> bool:
    if not text or not text[0].isalnum() or text[-1] in " :":
        return False
    if ": " in text or " #" in text or text.lower() in _YAML_WORDS:
        return False
    if text[0].isdigit() and not _DATE_OR_TIME.match(text):
        return False  # numbers, sexagesimals, octals... would not read back as text
    return all(ch.isalnum() or ch in _PLAIN_PUNCTUATION for ch in text)


def _check_splice(
    path: Path,
    key: str,
    old: bytes,
    new: bytes,
    value: Mapping[str, Any],
    expected_rest: Mapping[str, Any] | None,
) -> None:
    from carekb.load.reader import load_bytes

    # The careful (round-trip) parser is the reference reading of a file.
    display = path.name
    before = load_bytes(old, display, careful=True)
    after = load_bytes(new, display, careful=True)
    if not after.ok or not before.ok:
        reason = after.problems[0].message if after.problems else "it is not a mapping"
        raise CarekbError(
            f"refusing to write {path}: with the new {key} block it would not load ({reason})",
            hint="this is a bug in carekb; the file was not changed",
        )
    if expected_rest is not None and _without(before.data, key) != _plain(expected_rest):
        raise CarekbError(
            f"{path} changed while carekb was working on it (saved from an editor?)",
            hint="nothing was written; check the file and run the command again",
        )
    same_rest = _without(before.data, key) == _without(after.data, key)
    if not same_rest or after.data.get(key) != _plain(value):
        raise CarekbError(
            f"refusing to write {path}: the {key} block could not be replaced without "
            f"changing other content (is '{key}:' written in an unusual way?)",
            hint=f"write the file's top-level '{key}:' key at the start of a line, in block "
            "style; the file was not changed",
        )


def _without(data: Mapping[str, Any], key: str) -> dict[str, Any]:
    return {k: v for k, v in data.items() if k != key}


def _plain(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def require_inside(root: Path, *paths: Path) -> None:
    """Refuse to write where a symbolic link to a folder outside the project leads.

    The writer already refuses to write through a linked file; this catches a
    linked folder (``kb/audit`` or ``kb/faqs`` pointing elsewhere) before
    anything is created.
    """
    real_root = root.resolve()
    for path in paths:
        if not path.parent.resolve().is_relative_to(real_root):
            raise CarekbError(
                f"{path.parent} leads outside the project (a symbolic link?): refusing to "
                "write there",
                hint="make it a real folder inside the project; nothing was changed",
            )


# --- Mechanical repairs (``carekb lint --fix``) --------------------------------


@dataclass(frozen=True)
class TextEdit:
    """Replace columns ``column`` up to ``end_column`` (1-based, end exclusive) of ``line``."""

    line: int
    column: int
    end_column: int
    replacement: str


def splice_edits(raw: bytes, edits: Sequence[TextEdit]) -> bytes:
    """``raw`` with ``edits`` applied; a byte-order mark and line endings are kept.

    Overlapping edits are refused (two repairs of one span cannot both hold).
    """
    bom = _BOM if raw.startswith(_BOM) else b""
    lines = _split_lines(raw[len(bom) :].decode("utf-8"))
    ordered = sorted(edits, key=lambda e: (e.line, e.column), reverse=True)
    for later, earlier in itertools.pairwise(ordered):
        if later.line == earlier.line and earlier.end_column > later.column:
            raise CarekbError(f"two repairs overlap on line {later.line}: apply them one by one")
    for edit in ordered:
        if not 1 <= edit.line <= len(lines):
            raise CarekbError(f"a repair points past the end of the file (line {edit.line})")
        text = lines[edit.line - 1]
        lines[edit.line - 1] = (
            text[: edit.column - 1] + edit.replacement + text[edit.end_column - 1 :]
        )
    return bom + "".join(lines).encode("utf-8")


def write_edits(
    path: Path, edits: Sequence[TextEdit], *, old: bytes, sets: Mapping[str, Any] | None = None
) -> bytes:
    """Apply ``edits`` to ``path`` if it still holds ``old``; return the new bytes.

    Only repairs that cannot change meaning are accepted: the file must read
    back as exactly the same data (but for the top-level fields ``sets`` names,
    which must read back as the values given there), and its ``review:`` block
    must keep every byte (what reviewers signed is never touched). Otherwise
    nothing is written. The caller holds the entry's lock.
    """
    from carekb.load.reader import load_bytes

    current = path.read_bytes()
    if current != old:
        raise CarekbError(
            f"{path} changed while carekb was working on it (saved from an editor?)",
            hint="nothing was written; run 'carekb lint --fix' again",
        )
    new = splice_edits(current, edits)
    before = load_bytes(current, path.name, careful=True)
    after = load_bytes(new, path.name, careful=True)
    expected = {**before.data, **(sets or {})} if before.ok else None
    if not (before.ok and after.ok and expected == after.data):
        raise CarekbError(
            f"refusing to repair {path}: the result would not read as the same content",
            hint="this is a bug in carekb; the file was not changed",
        )
    if _review_lines(current) != _review_lines(new):
        raise CarekbError(
            f"refusing to repair {path}: a repair would touch the review block",
            hint="the review block is written only by 'carekb review'; the file was not changed",
        )
    atomic_write_bytes(path, new)
    return new


def _review_lines(raw: bytes) -> list[str]:
    text = raw.decode("utf-8-sig")
    span = review_line_span(text)
    return _split_lines(text)[span.start : span.stop]


def review_line_span(text: str) -> range:
    """The 0-based indices of the lines of ``text``'s top-level ``review:`` block.

    What no mechanical repair may touch (:func:`write_edits` refuses); empty
    when the file has no such block.
    """
    lines = _split_lines(text)
    starts = [i for i, line in enumerate(lines) if _key_line(REVIEW_KEY).match(line)]
    if not starts:
        return range(0)
    return range(starts[0], _block_end(lines, starts[0]))
