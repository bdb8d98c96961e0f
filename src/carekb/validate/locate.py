"""Where a piece of a YAML value is in the file, and which lines a value spans.

The loader records where each value starts. Content rules need more: the line
and column of a phrase *inside* a value, which for folded (``>``), literal
(``|``) and multi-line plain scalars is not "start + offset", because the file
has line breaks and indentation where the parsed string has spaces. So the
phrase is searched for in the file text that belongs to the value (from its
start to the next key or list item), with any run of whitespace matching any
other, and comments masked out; if the phrase occurs several times in the
value, the same occurrence is taken in the file.
"""

from __future__ import annotations

import bisect
import itertools
import operator
import re
from dataclasses import dataclass

from carekb.model import Document, JsonPath, Position

_PLAIN_COMMENT = re.compile(r"(?:^|(?<=\s))#.*$")
_KEEP_ALIGNMENTS = 64
_SEARCHES_BEFORE_ALIGNING = 3
_ALIGN_AT_ONCE = 20_000  # characters: a value this short is lined up on its first search


@dataclass(frozen=True)
class _Node:
    line: int
    column: int
    path: JsonPath


class SourceMap:
    """Positions of one document, sorted, with the text's line offsets."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.lines = doc.text.splitlines(keepends=True)
        self.starts = [0]
        for line in self.lines:
            self.starts.append(self.starts[-1] + len(line))
        nodes = {
            (pos.line, pos.column, path): None
            for table in (doc.key_positions, doc.value_positions)
            for path, pos in table.items()
        }
        self.nodes = [_Node(line, col, path) for line, col, path in sorted(nodes, key=_order)]
        self._keys = [(n.line, n.column) for n in self.nodes]
        self._regions: dict[JsonPath, tuple[int, str] | None] = {}
        self._alignments: dict[tuple[JsonPath, str], _Alignment | None] = {}
        self._searches: dict[tuple[JsonPath, str], int] = {}

    # --- offsets ---------------------------------------------------------------

    def offset(self, line: int, column: int) -> int:
        """The character offset of a 1-based line and column."""
        if line > len(self.lines):
            return len(self.doc.text)
        return self.starts[line - 1] + column - 1

    def position(self, offset: int) -> Position:
        line = bisect.bisect_right(self.starts, offset) - 1
        line = min(max(line, 0), max(len(self.lines) - 1, 0))
        return Position(line + 1, offset - self.starts[line] + 1)

    # --- spans -----------------------------------------------------------------

    def end_of(self, path: JsonPath, start: Position) -> tuple[int, int]:
        """(line, column) where the node at ``path`` starting at ``start`` ends.

        That is the position of the next key or list item that is not inside
        this node, or the end of the file.
        """
        index = bisect.bisect_right(self._keys, (start.line, start.column))
        for node in self.nodes[index:]:
            if node.path[: len(path)] != path:
                return node.line, node.column
        return len(self.lines) + 1, 1

    def last_line(self, path: JsonPath, start: Position) -> int:
        """The last line of the node at ``path``: the line before the next node."""
        line, _ = self.end_of(path, start)
        return max(start.line, line - 1)

    def block_scalar_lines(self) -> set[int]:
        """Lines that hold the content of ``|`` and ``>`` scalars (not their header).

        A ``#`` on those lines is text, not a comment.
        """
        inside: set[int] = set()
        for path, pos in self.doc.value_positions.items():
            if self._is_block_header(pos):
                numbers = range(pos.line + 1, self.last_line(path, pos) + 1)
                flags = _block_content([self.lines[n - 1] for n in numbers])
                inside.update(n for n, content in zip(numbers, flags, strict=True) if content)
        return inside

    def _is_block_header(self, pos: Position) -> bool:
        if pos.line > len(self.lines):
            return False
        return self.lines[pos.line - 1][pos.column - 1 : pos.column] in ("|", ">")

    # --- searching -------------------------------------------------------------

    def value_region(self, path: JsonPath) -> tuple[int, str] | None:
        """(offset, text) of the file text holding the scalar at ``path``, comments masked.

        Masking replaces characters with spaces, so offsets stay valid. Kept per
        path: a long value with many findings is masked once, not once per finding.
        """
        if path not in self._regions:
            self._regions[path] = self._value_region(path)
        return self._regions[path]

    def _value_region(self, path: JsonPath) -> tuple[int, str] | None:
        start = self.doc.value_positions.get(path)
        if start is None:
            return None
        begin = self.offset(start.line, start.column)
        end = self.offset(*self.end_of(path, start))
        raw = self.doc.text[begin:end]
        if self._is_block_header(start):
            return begin, _mask_block(raw)
        first = raw[:1]
        if first in ("'", '"'):
            return begin, raw  # a '#' inside quotes is text
        lines = raw.splitlines(keepends=True)
        return begin, "".join(_PLAIN_COMMENT.sub(_spaces, line) for line in lines)

    def locate(self, path: JsonPath, value: str, start: int, end: int) -> Position:
        """Where ``value[start:end]`` (a piece of the string at ``path``) is in the file."""
        fallback = self.doc.position(path)
        piece = value[start:end].strip()
        if not piece:
            return fallback
        start += len(value[start:end]) - len(value[start:end].lstrip())
        aligned = self._aligned(path, value)
        if aligned is not None:
            return self.position(aligned[start])
        pattern = flexible_pattern(piece)
        ordinal = sum(1 for m in pattern.finditer(value) if m.start() < start)
        region = self.value_region(path)
        if region is None:
            return fallback
        begin, text = region
        found = list(pattern.finditer(text))
        if not found:
            return fallback
        match = found[ordinal] if ordinal < len(found) else found[0]
        return self.position(begin + match.start())

    def _aligned(self, path: JsonPath, value: str) -> _Alignment | None:
        """Where each run of ``value``'s characters is in the file, if they line up.

        A value's characters other than whitespace stand in the file in the same
        order, for plain, folded and literal scalars and most quoted ones; only
        whitespace (line breaks, indentation, folding) differs. Lining them up
        once per value makes every later piece a look-up, where searching the
        value per piece would cost a long value's length for each finding. A
        value that does not line up (escapes, doubled quotes) returns ``None``.
        """
        key = (path, value)
        if key in self._alignments:
            return self._alignments[key]
        # Lining up costs a pass over the value's words; a search compiles a pattern
        # for the piece (a third of a millisecond, more than lining up a short
        # value). A long value is lined up once it has several findings.
        self._searches[key] = self._searches.get(key, 0) + 1
        if len(value) > _ALIGN_AT_ONCE and self._searches[key] <= _SEARCHES_BEFORE_ALIGNING:
            return None
        region = self.value_region(path)
        result: _Alignment | None = None
        if region is not None:
            result = _align(value, *region)
        if len(self._alignments) > _KEEP_ALIGNMENTS:
            self._alignments.clear()  # one entry's values at a time is all a rule needs
            self._searches.clear()
        self._alignments[key] = result
        return result


_RUN = re.compile(r"\S+")
# The ASCII characters that str.split() and \s take for spaces, each made a space.
_ONE_SPACE = bytes.maketrans(b"\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f", b" " * 9)
_NOT_SPACE = re.compile(r"\S")


@dataclass(frozen=True)
class _Alignment:
    """Each run of non-space characters of a value: where it starts there and in the file."""

    value_starts: list[int]
    file_starts: list[int]
    lengths: list[int]

    def __getitem__(self, offset: int) -> int:
        """The file offset of the value's character at ``offset`` (not a space)."""
        run = max(bisect.bisect_right(self.value_starts, offset) - 1, 0)
        within = min(offset - self.value_starts[run], self.lengths[run])
        return self.file_starts[run] + within


def _align(value: str, begin: int, text: str) -> _Alignment | None:
    """Line up ``value``'s runs of non-space characters with ``text``'s, in order.

    For plain and block scalars the runs are the same words in the same order;
    comparing the two lists and taking each run's start are passes in C, so a
    megabyte lines up in a few hundredths of a second. Quoted scalars (a quote
    glued to the first and last word, escapes) are lined up word by word.
    """
    if text[:1] in ("'", '"'):
        return _align_quoted(value, begin, text)
    words = value.split()
    if not words or text.split()[: len(words)] != words:
        return None
    value_starts = _run_starts(value, 0)
    file_starts = _run_starts(text, begin)[: len(words)]
    return _Alignment(value_starts, file_starts, list(map(len, words)))


def _run_starts(text: str, offset: int) -> list[int]:
    """Where each run of non-space characters of ``text`` starts, plus ``offset``.

    Passes of C over the text, where a match object per run cost most of lining
    up a megabyte: an ASCII text is encoded, its spaces made one kind and split
    at (a run of them gives empty pieces), and the pieces' lengths summed.
    """
    if not text.isascii():
        return [offset + m.start() for m in _RUN.finditer(text)]
    pieces = text.encode("ascii").translate(_ONE_SPACE).split(b" ")
    # Piece i starts after the pieces before it and the i spaces between them.
    sums = itertools.accumulate(map(len, pieces), initial=offset)
    return list(itertools.compress(map(operator.add, sums, itertools.count()), pieces))


def _align_quoted(value: str, begin: int, text: str) -> _Alignment | None:
    cursor = 1  # the opening quote
    value_starts: list[int] = []
    file_starts: list[int] = []
    lengths: list[int] = []
    for run in _RUN.finditer(value):
        found = _NOT_SPACE.search(text, cursor)
        word = run.group()
        if found is None or not text.startswith(word, found.start()):
            return None
        value_starts.append(run.start())
        file_starts.append(begin + found.start())
        lengths.append(len(word))
        cursor = found.start() + len(word)
    if not value_starts:
        return None
    return _Alignment(value_starts, file_starts, lengths)


def flexible_pattern(text: str) -> re.Pattern[str]:
    """``text`` as a regex in which any run of whitespace matches any other."""
    return re.compile(r"\s+".join(re.escape(part) for part in text.split()))


def locate(doc: Document, path: JsonPath, value: str, start: int, end: int) -> Position:
    """Where ``value[start:end]`` of the string at ``path`` is in ``doc``'s file.

    Build a :class:`SourceMap` yourself to locate many pieces in one document.
    """
    return SourceMap(doc).locate(path, value, start, end)


def _order(node: tuple[int, int, JsonPath]) -> tuple[int, int, int]:
    # Same place, shorter path first: a key before the value that starts there.
    line, column, path = node
    return line, column, len(path)


def _spaces(match: re.Match[str]) -> str:
    return " " * len(match.group())


def _mask_block(raw: str) -> str:
    """Mask the header line (indicator and comment) and trailing less-indented comments."""
    lines = raw.splitlines(keepends=True)
    keep = [False, *_block_content(lines[1:])]
    return "".join(
        line if kept else " " * len(line.rstrip("\r\n")) + line[len(line.rstrip("\r\n")) :]
        for line, kept in zip(lines, keep, strict=False)
    )


def _block_content(lines: list[str]) -> list[bool]:
    """For the lines after a block scalar's header: is each one part of the text?

    The first non-blank line sets the indentation; a less-indented line (a
    comment between this value and the next key) is not part of it.
    """
    flags: list[bool] = []
    indent: int | None = None
    for line in lines:
        body = line.rstrip("\r\n")
        stripped = body.lstrip(" ")
        depth = len(body) - len(stripped)
        if indent is None and stripped:
            indent = depth
        flags.append(not stripped or indent is None or depth >= indent)
    return flags
