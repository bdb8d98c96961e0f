"""Turn a YAML file into a :class:`~carekb.model.Document`, or into problems.

Every way a file can fail to load (bad bytes, bad YAML, duplicate keys, alias
bombs, an empty file, a top level that is not a mapping) becomes a
:class:`~carekb.model.Problem` with a 1-based line and column and a sentence
that says what to do. Nothing here raises for bad input. The data of every
document is in Unicode NFC (``Document.text`` keeps the file's own text).
"""

from __future__ import annotations

import dataclasses
import io
import re
import warnings
from array import array
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from carekb.load.fast import FastDocument, fast_read, marks_fit, pinpoint, walk_positions
from carekb.load.regular import read_regular
from carekb.model import Document, JsonPath, Position, PositionTables, Problem, nfc

# ruamel.yaml (the careful parser, pure Python) is imported where a file needs it:
# most files are read by libyaml, and a lint of one file should not pay for it.
if TYPE_CHECKING:
    from ruamel.yaml import YAML
    from ruamel.yaml.comments import CommentedMap, CommentedSeq
    from ruamel.yaml.error import MarkedYAMLError

MAX_FILE_BYTES = 1_000_000
# Entries never need many aliases or deep nesting; both are how "billion laughs"
# and stack-exhaustion files attack a loader, so refuse them before building objects.
MAX_ALIASES = 50
MAX_DEPTH = 40
# Fifty aliases are enough for a "billion laughs" when each anchors a list of
# the previous ones (two aliases per level double the values). Count what the
# aliases would repeat, as anything that walks the data will see it.
MAX_ALIAS_VALUES = 10_000
# An entry holds tens of values; a file with thousands is an attack or an
# accident (300,000 tags in 600 KB), and would cost minutes of careful parsing
# and one finding per value. Only files this large can hold that many.
MAX_VALUES = 5_000
_COUNT_VALUES_ABOVE = 10_000  # characters

# Python refuses to turn more than 4,300 digits into an int; no entry needs 1,000.
_LONG_NUMBER = re.compile(r"\d{1000,}")
# Git writes its markers at the start of a line ('|||||||' is diff3's base
# marker); inside a block scalar ('|') they are indented and still valid YAML.
_CONFLICT_MARKER = re.compile(r"^([ \t]*)(<{7}|\|{7}|={7}|>{7})(?:[ \t][^\n]*)?\r?$", re.MULTILINE)
# Only YAML 1.2 reads 'yes', 'no', 'on' and 'off' as text; a directive for 1.1
# would silently turn them into true and false.
_YAML_DIRECTIVE = re.compile(r"^%YAML(?:[ \t]+([^ \t\r\n#]*))?", re.MULTILINE)
# An anchor ('&name') or alias ('*name') starts a node: at the start of the text or
# after a space, a line break or a flow indicator. Anywhere else ('Q&A', a glob such
# as 'demo-keys/**') the character is text, and the file needs no event scan (which
# runs ruamel.yaml's pure-Python parser). Quoted text may match: a scan too many.
_MAY_NAME_A_NODE = re.compile(r"(?:^|[\s\[{,\ufeff])[&*]")


@cache
def _text_keeping_constructor() -> type:
    from ruamel.yaml.constructor import RoundTripConstructor

    class _TextKeepingConstructor(RoundTripConstructor):
        """Round-trip constructor that keeps timestamps as the text the author wrote.

        Unquoted dates otherwise become ``datetime.date`` objects, which fail a
        ``type: string, format: date`` schema and do not serialise to JSON.
        """

    _TextKeepingConstructor.add_constructor(
        "tag:yaml.org,2002:timestamp", RoundTripConstructor.construct_yaml_str
    )
    return _TextKeepingConstructor


def _make_yaml() -> YAML:
    from ruamel.yaml import YAML

    yaml = YAML(typ="rt", pure=True)
    yaml.Constructor = _text_keeping_constructor()
    yaml.allow_duplicate_keys = False
    return yaml


def load_path(path: Path, display: str, *, max_bytes: int = MAX_FILE_BYTES) -> Document:
    """Load the file at ``path``; ``display`` is the project-relative name used in findings."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return _failed(
                display,
                1,
                1,
                f"file is {size:,} bytes, over the limit of {max_bytes:,}; split it into smaller "
                "entries (or raise lint.max_file_bytes in carekb.yaml)",
            )
        raw = read_regular(path)
    except OSError as exc:
        return _failed(display, 1, 1, f"cannot read file: {exc.strerror or exc}")
    return load_bytes(raw, display, max_bytes=max_bytes)


def load_bytes(
    raw: bytes, display: str, *, max_bytes: int = MAX_FILE_BYTES, careful: bool = False
) -> Document:
    """Parse ``raw`` as one YAML document.

    Plain valid files take the fast path and get their positions computed only
    if something asks for one; ``careful=True`` forces the round-trip parser.
    """
    if len(raw) > max_bytes:
        return _failed(display, 1, 1, f"file is over the size limit of {max_bytes:,} bytes")
    text, problem = _decode(raw)
    if problem is not None:
        return Document(path=display, problems=[problem])
    problem = _precheck(text)
    if problem is not None:
        return Document(path=display, text=text, problems=[problem])
    if not careful:
        read = fast_read(text)
        if read is not None:
            data = _nfc(text, read.data)
            return Document(
                path=display,
                data=data,
                text=text,
                position_source=LazyPositions(text, data, _fitting_marks(text, data, read)),
            )
    doc = _careful(display, text)
    doc.data = _nfc(text, doc.data)
    return doc


def _fitting_marks(text: str, data: Any, read: FastDocument) -> array[int] | None:
    """The marks a position may be read from, or ``None`` when the tables must say: the
    file holds an empty value, or NFC made two of its keys one (only text beyond ASCII
    can), so ``data`` no longer fits them. Checked here, once, so that a position asked
    for (:func:`pinpoint`) need not walk the whole document to know."""
    if not read.exact or not (text.isascii() or marks_fit(data, read.marks)):
        return None
    return read.marks


def _nfc(text: str, data: Any) -> Any:
    """``data`` in Unicode NFC, as every reader (hash, templates, rules) gets it.

    ``Document.text`` stays as written, so a rule can still point at a
    character NFC replaced. ASCII text is NFC already: most files skip the walk.
    """
    return data if text.isascii() or data is None else nfc(data)


@dataclass(frozen=True)
class LazyPositions:
    """What a fast-loaded document runs if something asks for a position.

    The positions come from libyaml's marks, kept while parsing (``marks``), or
    from parsing the text with libyaml again when the data came from a memo.
    Only a file libyaml cannot place as ruamel.yaml does (an empty value) pays
    for the careful parser. Plain data, so it crosses a worker's pipe: without its
    text (:meth:`without_text`), which the receiver reads again if it must
    (:meth:`reading`).
    """

    text: str
    data: Any = None
    marks: array[int] | None = None
    reread: Callable[[], str] | None = field(default=None, compare=False)

    def __call__(self) -> PositionTables:
        data, marks = self.data, self.marks
        if data is None:  # the data came from a memo: read the marks again
            read = fast_read(self._text())
            if read is not None and read.exact:
                data, marks = read.data, read.marks
        if marks is not None and isinstance(data, dict):
            tables = walk_positions(data, marks)
            if tables is not None:
                return tables
        doc = _careful(display="", text=self._text())
        return doc.key_positions, doc.value_positions

    def _text(self) -> str:
        return self.reread() if self.reread is not None else self.text

    def without_text(self) -> LazyPositions:
        """The same positions, to be sent on without the file's text."""
        return dataclasses.replace(self, text="", reread=None)

    def reading(self, text: Callable[[], str]) -> LazyPositions:
        """The same positions, with ``text`` giving the file's text when a position
        needs it (sent on :meth:`without_text`)."""
        return dataclasses.replace(self, reread=text)

    def pinpoint(self, path: JsonPath, *, key: bool) -> Position | None:
        """One position from the marks kept while parsing; ``None`` when only the
        tables can say (no marks kept: the data came from a memo, or libyaml places
        the file's empty values otherwise)."""
        if self.marks is None or not isinstance(self.data, dict):
            return None
        return pinpoint(self.data, self.marks, path, key=key)


def positions_later(text: str) -> Callable[[], PositionTables]:
    """The positions of a document whose data came from elsewhere (a memo), when asked."""
    return LazyPositions(text)


def _careful(display: str, text: str) -> Document:
    from ruamel.yaml.comments import CommentedMap, CommentedSeq
    from ruamel.yaml.error import MarkedYAMLError

    doc = Document(path=display, text=text)
    try:
        with warnings.catch_warnings():
            # A reused anchor name is legal YAML; ruamel warns about it on stderr.
            warnings.simplefilter("ignore")
            tree = _make_yaml().load(text)
    except MarkedYAMLError as exc:
        doc.problems.append(_marked_problem(exc, text))
        return doc
    except Exception as exc:
        # ruamel raises KeyError, IndexError, AttributeError... for some tagged
        # values (``!!bool maybe``, ``!!float``): hostile input must not crash lint.
        doc.problems.append(Problem(1, 1, f"cannot parse YAML: {_first_line(exc)}"))
        return doc
    if tree is None:
        doc.problems.append(
            Problem(1, 1, "file is empty: write the entry's fields, or delete the file")
        )
        return doc
    if not isinstance(tree, CommentedMap):
        kind = "a list" if isinstance(tree, CommentedSeq) else "a single value"
        doc.problems.append(
            Problem(1, 1, f"top level is {kind}, not a mapping: start the file with 'id: ...'")
        )
        return doc
    builder = _PlainBuilder(doc)
    try:
        doc.data = builder.convert(tree, ())
    except RecursionError:
        # The event scan refuses deep nesting first; this is the last guard.
        doc.data = None
        doc.problems.append(Problem(1, 1, "nested too deeply to read: refused; flatten it"))
        return doc
    doc._tables = (builder.keys, builder.values)
    return doc


def _failed(display: str, line: int, column: int, message: str) -> Document:
    return Document(path=display, problems=[Problem(line, column, message)])


def _decode(raw: bytes) -> tuple[str, Problem | None]:
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]  # a UTF-8 byte-order mark is harmless; editors on Windows add it
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        # Columns count characters, as editors do, not bytes; lines break at a lone CR too.
        before = raw[: exc.start].decode("utf-8", errors="replace")
        line, column = _line_and_column(before, len(before))
        return "", Problem(
            line,
            column,
            f"byte 0x{raw[exc.start]:02x} is not valid UTF-8: save the file as UTF-8",
        )
    if "\x00" in text:
        line, column = _line_and_column(text, text.index("\x00"))
        return "", Problem(line, column, "file contains a NUL byte")
    return text, None


def _line_and_column(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of ``offset``, breaking lines at CR LF, LF and a lone CR
    as YAML and editors do."""
    before = text[:offset].replace("\r\n", "\n").replace("\r", "\n")
    return before.count("\n") + 1, len(before) - before.rfind("\n")


def _precheck(text: str) -> Problem | None:
    """Refuse merge-conflict leftovers, alias bombs and absurd numbers before parsing."""
    digits = _LONG_NUMBER.search(text)
    if digits is not None:
        line, column = _line_and_column(text, digits.start())
        return Problem(
            line,
            column,
            f"a run of {len(digits.group(0)):,} digits: refused, no field holds a number "
            "that long; shorten it (or quote it if it is text)",
        )
    problem = _conflict_marker(text) or _yaml_version(text)
    if problem is not None:
        return problem
    if _MAY_NAME_A_NODE.search(text) is not None or _looks_deep(text):
        problem = _scan_events(text)
        if problem is not None:
            return problem
    return _too_many_values(text) if len(text) > _COUNT_VALUES_ABOVE else None


def _too_many_values(text: str) -> Problem | None:
    """Refuse a file of more than :data:`MAX_VALUES` values, counted by libyaml (fast)."""
    import yaml

    count = 0
    try:
        for event in yaml.parse(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
            if isinstance(event, yaml.ScalarEvent | yaml.AliasEvent):
                count += 1
                if count > MAX_VALUES:
                    return _event_problem(
                        event,
                        f"more than {MAX_VALUES:,} values in one file: refused, no entry "
                        "needs that many; split it or remove what was pasted in by mistake",
                    )
    except yaml.YAMLError:
        return None  # the parser that reads the file reports it, with its position
    return None


def _conflict_marker(text: str) -> Problem | None:
    """The first merge-conflict marker line, if the text holds an unfinished merge.

    A marker at the start of a line always counts. Indented markers (inside a
    block scalar, where they are valid YAML) count when an opening '<<<<<<<' is
    followed by a closing '>>>>>>>': a lone '=======' there can be a Markdown
    heading underline.
    """
    opening: re.Match[str] | None = None
    for marker in _CONFLICT_MARKER.finditer(text):
        indent, kind = marker.group(1), marker.group(2)
        if not indent:
            return _marker_problem(text, marker)
        if kind.startswith("<") and opening is None:
            opening = marker
        elif kind.startswith(">") and opening is not None:
            return _marker_problem(text, opening)
    return None


def _marker_problem(text: str, marker: re.Match[str]) -> Problem:
    line = text.count("\n", 0, marker.start()) + 1
    return Problem(
        line,
        len(marker.group(1)) + 1,
        f"unresolved merge conflict marker '{marker.group(2)}': a git merge was not "
        "finished; keep the right version of the lines and delete the markers",
    )


def _yaml_version(text: str) -> Problem | None:
    if "%" not in text:
        return None
    directive = _YAML_DIRECTIVE.search(text)
    if directive is None or directive.group(1) == "1.2":
        return None
    line = text.count("\n", 0, directive.start()) + 1
    version = directive.group(1) or "without a version"
    return Problem(
        line,
        1,
        f"'%YAML {version}' directive: carekb reads YAML 1.2 only (where yes, no, on and off "
        "are text, not true and false); delete the directive line",
    )


def _looks_deep(text: str) -> bool:
    # Cheap test so that ordinary files skip the event scan: deep nesting needs
    # either many brackets or very deep indentation.
    return text.count("[") + text.count("{") > MAX_DEPTH or "\n" + " " * (2 * MAX_DEPTH) in text


def _scan_events(text: str) -> Problem | None:
    """Refuse too many aliases, too deep nesting, and aliases that would expand too far.

    Works on the event stream, where an alias is one event: each anchored node
    remembers how many values and levels it holds (its own aliases expanded),
    so a chain of anchors that doubles at every level is caught while it is
    still a few hundred bytes of text.
    """
    from ruamel.yaml import YAML
    from ruamel.yaml.error import MarkedYAMLError, YAMLError

    aliases = 0
    repeated = 0  # values that aliases add to the document, expanded
    anchored: dict[str, tuple[int, int]] = {}  # anchor -> (values, levels)
    # One frame per open collection: [anchor, values inside, deepest level inside].
    frames: list[list[Any]] = []
    try:
        for event in YAML(typ="rt", pure=True).parse(io.StringIO(text)):
            name = type(event).__name__
            if name == "AliasEvent":
                aliases += 1
                if aliases > MAX_ALIASES:
                    return _event_problem(
                        event,
                        f"more than {MAX_ALIASES} aliases ('*name'): refused, as alias "
                        "expansion can exhaust memory; write the values out",
                    )
                values, levels = anchored.get(str(event.anchor), (1, 0))
                repeated += values
                if repeated > MAX_ALIAS_VALUES:
                    return _event_problem(
                        event,
                        f"aliases ('*name') would repeat more than {MAX_ALIAS_VALUES:,} "
                        "values: refused, as alias expansion can exhaust memory; write "
                        "the values out",
                    )
                if len(frames) + levels > MAX_DEPTH:
                    return _event_problem(
                        event,
                        f"nested more than {MAX_DEPTH} levels deep once aliases are "
                        "expanded: refused; flatten it",
                    )
                _add_child(frames, values, levels)
            elif name == "ScalarEvent":
                if event.anchor is not None:
                    anchored[str(event.anchor)] = (1, 0)
                _add_child(frames, 1, 0)
            elif name in ("MappingStartEvent", "SequenceStartEvent"):
                frames.append([event.anchor, 0, 0])
                if len(frames) > MAX_DEPTH:
                    return _event_problem(
                        event, f"nested more than {MAX_DEPTH} levels deep: refused; flatten it"
                    )
            elif name in ("MappingEndEvent", "SequenceEndEvent") and frames:
                anchor, values, levels = frames.pop()
                if anchor is not None:
                    anchored[str(anchor)] = (values + 1, levels + 1)
                _add_child(frames, values + 1, levels + 1)
    except MarkedYAMLError as exc:
        return _marked_problem(exc, text)
    except (YAMLError, ValueError, RecursionError, AssertionError) as exc:
        return Problem(1, 1, f"cannot parse YAML: {_first_line(exc)}")
    return None


def _add_child(frames: list[list[Any]], values: int, levels: int) -> None:
    if frames:
        frames[-1][1] += values
        frames[-1][2] = max(frames[-1][2], levels)


def _event_problem(event: Any, message: str) -> Problem:
    mark = getattr(event, "start_mark", None)
    if mark is None:
        return Problem(1, 1, message)
    return Problem(mark.line + 1, mark.column + 1, message)


def _marked_problem(exc: MarkedYAMLError, source: str = "") -> Problem:
    mark = exc.problem_mark or exc.context_mark
    line, column = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
    problem = (exc.problem or "").strip()
    context = (exc.context or "").strip()
    if "found duplicate key" in problem or "found duplicate key" in context:
        key = _duplicate_key_name(str(exc))
        first = exc.context_mark.line + 1 if exc.context_mark is not None else None
        where = f" (the mapping starts on line {first})" if first else ""
        return Problem(line, column, f"duplicate key {key}{where}: keep one and delete the other")
    if "found character '\\t'" in problem or "\\t" in problem:
        return Problem(line, column, "tab character used for indentation: indent with spaces")
    text = problem or context or "invalid YAML"
    if context and problem:
        text = f"{problem} ({context})"
    hint = _hint(exc, source) if source else ""
    return Problem(line, column, f"invalid YAML: {text}" + (f"; {hint}" if hint else ""))


_KEY_VALUE = re.compile(r"^(\s*(?:-\s+)?)([A-Za-z_][\w-]*):\s+(.*)$")


def _hint(exc: MarkedYAMLError, source: str) -> str:
    """What to do about the parser errors people make most, in the words of the file."""
    lines = source.splitlines()
    problem = exc.problem or ""
    mark, start = exc.problem_mark, exc.context_mark
    here = lines[mark.line] if mark is not None and mark.line < len(lines) else ""
    if "mapping values are not allowed" in problem and mark is not None:
        pair = _KEY_VALUE.match(here)
        if pair and ": " in pair.group(3):
            indent, key, value = pair.groups()
            return f"text holding ': ' must be quoted: write {indent}{key}: \"{_quoted(value)}\""
        return _indent_hint(lines, mark.line)
    if "could not find expected ':'" in problem and start is not None:
        above = _line_above(lines, start.line)
        if above is not None and above.lstrip().startswith("- "):
            item = lines[start.line].strip() if start.line < len(lines) else ""
            return (
                f"line {start.line + 1} follows a list item but does not start with '- ': "
                f"write '- {item}', lined up with the item above"
            )
        return "each line of a mapping is 'key: value'; a list item starts with '- '"
    if "expected <block end>" in problem and mark is not None:
        return _indent_hint(lines, mark.line)
    return ""


def _indent_hint(lines: list[str], index: int) -> str:
    return (
        f"check the indentation of line {index + 1} against the line above: keys of one "
        "mapping line up exactly, a key indented further belongs to the value above it"
    )


def _line_above(lines: list[str], index: int) -> str | None:
    for candidate in reversed(lines[:index]):
        if candidate.strip() and not candidate.lstrip().startswith("#"):
            return candidate
    return None


def _quoted(value: str) -> str:
    return value.rstrip().replace("\\", "\\\\").replace('"', '\\"')


def _duplicate_key_name(text: str) -> str:
    match = re.search(r'found duplicate key "([^"]*)"', text)
    return f"'{match.group(1)}'" if match else ""


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0][:200] if text else type(exc).__name__


class _PlainBuilder:
    """Copy ruamel's tree into plain Python data, recording every position."""

    def __init__(self, doc: Document) -> None:
        from ruamel.yaml.comments import CommentedMap, CommentedSeq, TaggedScalar

        self._types = (CommentedMap, CommentedSeq, TaggedScalar)
        self.doc = doc
        self.keys: dict[JsonPath, Position] = {}
        self.values: dict[JsonPath, Position] = {}

    def convert(self, node: Any, path: JsonPath) -> Any:
        mapping, sequence, _ = self._types
        if isinstance(node, mapping | sequence) and _custom_tag(node):
            self._tag_problem(path, _custom_tag(node))
            return None
        if isinstance(node, mapping):
            return self._mapping(node, path)
        if isinstance(node, sequence):
            return self._sequence(node, path)
        return self._scalar(node, path)

    def _mapping(self, node: CommentedMap, path: JsonPath) -> dict[str, Any]:
        result: dict[str, Any] = {}
        if getattr(node, "merge", None):
            where = self._where(path)
            self.doc.problems.append(
                Problem(
                    where.line,
                    where.column,
                    "merge keys ('<<') are not supported (YAML 1.2 has none): "
                    "write the keys out in full",
                )
            )
            return result
        for key, value in node.items():
            name = key if isinstance(key, str) else _scalar_text(key)
            # Paths name keys as the data does (in NFC), so a rule finds them.
            child = (*path, nfc(name))
            self.keys[child] = _position(node.lc.key(key), self._where(path))
            self.values[child] = _position(node.lc.value(key), self.keys[child])
            result[str(name)] = self.convert(value, child)
        return result

    def _tag_problem(self, path: JsonPath, tag: str) -> None:
        where = self._where(path)
        self.doc.problems.append(
            Problem(
                where.line,
                where.column,
                f"YAML tag {tag} is not allowed: remove it and write a plain value",
            )
        )

    def _where(self, path: JsonPath) -> Position:
        return self.values.get(path) or self.keys.get(path) or Position(1, 1)

    def _sequence(self, node: CommentedSeq, path: JsonPath) -> list[Any]:
        result: list[Any] = []
        for index, value in enumerate(node):
            child = (*path, index)
            self.values[child] = _position(node.lc.item(index), self._where(path))
            result.append(self.convert(value, child))
        return result

    def _scalar(self, node: Any, path: JsonPath) -> Any:
        if isinstance(node, self._types[2]):
            self._tag_problem(path, _custom_tag(node) or "")
            return str(node.value)
        if node is None or isinstance(node, bool):
            return node
        if isinstance(node, int):
            return int(node)
        if isinstance(node, float):
            return float(node)
        if isinstance(node, str):
            return str(node)
        # Anything else (a tagged mapping, a set, binary) has no place in an entry.
        where = self._where(path)
        self.doc.problems.append(
            Problem(
                where.line, where.column, f"unsupported YAML value of type {type(node).__name__}"
            )
        )
        return None


def _position(pair: Any, fallback: Position) -> Position:
    # ruamel records no position for some nodes (for example tagged ones).
    if isinstance(pair, tuple | list) and len(pair) == 2 and None not in pair:
        return Position(int(pair[0]) + 1, int(pair[1]) + 1)
    return fallback


def _custom_tag(node: Any) -> str:
    """The explicit tag on ``node`` if it is not one of YAML's own core tags."""
    tag = getattr(node, "tag", None)
    value = getattr(tag, "value", tag)
    if not isinstance(value, str) or not value:
        return ""
    core = ("tag:yaml.org,2002:map", "tag:yaml.org,2002:seq", "tag:yaml.org,2002:omap")
    return "" if value in core else value


def _scalar_text(key: Any) -> str:
    if isinstance(key, bool):
        return "true" if key else "false"
    return str(key)
