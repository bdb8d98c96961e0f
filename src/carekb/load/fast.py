"""The fast read path: libyaml (through PyYAML's C parser) with YAML 1.2 rules.

ruamel.yaml's round-trip parser keeps positions and comments but is about
twenty times slower. Most files are plain, valid YAML, so this path parses them
with libyaml and resolves plain scalars exactly as ruamel's YAML 1.2 resolver
does, keeping dates as text. Anything it is not sure to read the same way
(aliases, tags, directives, merge keys, duplicate or non-text keys, numbers
in octal, hex, with underscores or special values, any parse error) returns
``None`` and the careful path decides, so both paths agree on every file.
"""

from __future__ import annotations

import re
import sys
from array import array
from dataclasses import dataclass
from typing import Any

import yaml

from carekb.model import JsonPath, Position, PositionTables

try:  # PyYAML wheels ship libyaml; a build without it sends everything careful
    from yaml._yaml import CParser

    HAVE_LIBYAML = True
except ImportError:  # pragma: no cover - only where PyYAML was built without libyaml
    HAVE_LIBYAML = False

# Markers the resolver gives nodes without an explicit tag; a node with an
# explicit tag, even a core one such as !!seq, keeps it and goes careful.
_PLAIN = "carekb:plain"
_QUOTED = "carekb:quoted"  # quoted or block scalars
_MAP = "carekb:map"
_SEQ = "carekb:seq"
_TAGGED = "carekb:tagged"  # the non-specific tag '!': careful decides

# ruamel.yaml's YAML 1.2 implicit resolvers, in its order (ruamel/yaml/resolver.py).
_BOOL = re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$")
_FLOAT = re.compile(
    r"""^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+]?[0-9]+)?
        |[-+]?(?:[0-9][0-9_]*)(?:[eE][-+]?[0-9]+)
        |[-+]?\.[0-9_]+(?:[eE][-+][0-9]+)?
        |[-+]?\.(?:inf|Inf|INF)
        |\.(?:nan|NaN|NAN))$""",
    re.X,
)
_INT = re.compile(
    r"""^(?:[-+]?0b[0-1_]+
        |[-+]?0o?[0-7_]+
        |[-+]?[0-9_]+
        |[-+]?0x[0-9a-fA-F_]+)$""",
    re.X,
)
_NULL = re.compile(r"^(?:~|null|Null|NULL|)$")
# The forms this path converts itself; other ints and floats go careful.
_SIMPLE_INT = re.compile(r"^[-+]?(?:0|[1-9][0-9]{0,17})$")
_SIMPLE_FLOAT = re.compile(r"^[-+]?[0-9]+\.[0-9]*(?:[eE][-+]?[0-9]+)?$")
_DIRECTIVE = re.compile(r"^%", re.MULTILINE)
_CAREFUL_CHARACTERS = re.compile("[\t\x85\u2028\u2029\ufeff]")


class _Unsure(Exception):
    """This file needs the careful parser."""


class _Loader(CParser, yaml.resolver.BaseResolver):
    """libyaml's composer with a resolver that marks untagged scalars for us."""

    def __init__(self, text: str) -> None:
        CParser.__init__(self, text)
        yaml.resolver.BaseResolver.__init__(self)

    def resolve(self, kind: Any, value: Any, implicit: Any) -> str:
        # Called for nodes without an explicit tag, and for the non-specific tag
        # '!' (which ruamel reads its own way); marking them lets an explicit
        # tag (even !!str) stand out and go careful, as ruamel flags it.
        if kind is yaml.ScalarNode:
            if not any(implicit):  # '!': neither plain nor quoted without a tag
                return _TAGGED
            return _PLAIN if implicit[0] else _QUOTED
        if not implicit:  # '!' on a list or mapping
            return _TAGGED
        return _SEQ if kind is yaml.SequenceNode else _MAP


@dataclass(frozen=True)
class FastDocument:
    """What the fast path read: the data, and where its keys and items are.

    ``marks`` holds 0-based line and column pairs from libyaml's own node
    marks, in the order :func:`walk_positions` visits the data: for each key
    of a mapping its key then its value, for each list item the item. ``exact``
    is false when the file holds an empty value, where ruamel.yaml's position
    (the next token, or the end of the line, depending on what follows) is not
    libyaml's: such a file's positions come from the careful parser.
    """

    data: dict[str, Any]
    marks: array[int]
    exact: bool


def fast_load(text: str) -> dict[str, Any] | None:
    """The document as plain data, or ``None`` when the careful path must decide."""
    read = fast_read(text)
    return None if read is None else read.data


def fast_read(text: str) -> FastDocument | None:
    """The document with its positions' marks, or ``None`` when the careful path must decide."""
    # ruamel and libyaml disagree on some tabs (ruamel refuses tabs that YAML 1.2
    # allows inside plain scalars) and on the Unicode line breaks YAML 1.1 had
    # (NEL, LS, PS), so files with any of them go careful.
    if not HAVE_LIBYAML or _CAREFUL_CHARACTERS.search(text) or _DIRECTIVE.search(text):
        return None
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is None or node.tag != _MAP:
            return None
        # Only an alias ('*name') can make a node appear twice.
        # Lines and columns are below the text's length: two bytes each for most files.
        builder = _Builder(aliases="*" in text, small=len(text) < 65_536)
        data: dict[str, Any] = builder.mapping(node)
        return FastDocument(data, builder.marks, builder.exact)
    except (_Unsure, yaml.YAMLError, ValueError, RecursionError):
        return None
    finally:
        loader.dispose()


class _Builder:
    def __init__(self, aliases: bool = True, small: bool = False) -> None:
        self.aliases = aliases
        self.seen: set[int] = set()
        self.marks: array[int] = array("H" if small else "I")
        self.exact = True

    def node(self, node: Any) -> Any:
        # A node reached twice is an alias: let the careful path count them.
        if self.aliases:
            if id(node) in self.seen:
                raise _Unsure
            self.seen.add(id(node))
        if node.tag == _MAP:
            return self.mapping(node)
        if node.tag == _SEQ:
            return self.sequence(node.value)
        if node.tag == _PLAIN:
            return _shared(_plain(node.value))
        if node.tag == _QUOTED and isinstance(node.value, str):
            return _shared(node.value)
        raise _Unsure  # an explicit tag

    def mapping(self, node: Any) -> dict[str, Any]:
        self.seen.add(id(node))
        result: dict[str, Any] = {}
        marks = self.marks
        for key_node, value_node in node.value:
            key = self.node(key_node)
            if not isinstance(key, str) or key in result or key == "<<":
                raise _Unsure
            at, where = key_node.start_mark, value_node.start_mark
            marks.extend((at.line, at.column, where.line, where.column))
            if not key or _empty(value_node):
                self.exact = False
            result[key] = self.node(value_node)
        return result

    def sequence(self, items: list[Any]) -> list[Any]:
        result: list[Any] = []
        marks = self.marks
        for item in items:
            where = item.start_mark
            marks.extend((where.line, where.column))
            if _empty(item):
                self.exact = False
            result.append(self.node(item))
        return result


def _empty(node: Any) -> bool:
    return node.tag == _PLAIN and not node.value


def walk_positions(data: dict[str, Any], marks: array[int]) -> PositionTables | None:
    """The key and value position tables (1-based) of ``data``, from its ``marks``.

    ``data`` is what :func:`fast_read` returned, or the same in NFC: only its
    order and shape count. ``None`` if they do not fit the marks (NFC made two
    keys one).
    """
    keys: dict[JsonPath, Position] = {}
    values: dict[JsonPath, Position] = {}
    take = iter(marks).__next__

    def walk(node: Any, path: JsonPath) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                child = (*path, key)
                keys[child] = Position(take() + 1, take() + 1)
                values[child] = Position(take() + 1, take() + 1)
                walk(value, child)
        elif isinstance(node, list):
            for index, value in enumerate(node):
                child = (*path, index)
                values[child] = Position(take() + 1, take() + 1)
                walk(value, child)

    try:
        walk(data, ())
    except StopIteration:
        return None  # fewer marks than values
    try:
        take()
    except StopIteration:
        return keys, values  # every mark used, none missing
    return None  # marks left over


def pinpoint(
    data: dict[str, Any], marks: array[int], path: JsonPath, *, key: bool
) -> Position | None:
    """Where ``path`` is, as :meth:`carekb.model.Document.position` answers from the
    tables of :func:`walk_positions`, read from ``marks`` without building them.

    A schema finding needs one position in a file; the tables hold every node's, and
    building them cost a file with one finding more than checking it. So the marks
    before ``path`` are counted, not kept. ``data`` must fit the marks (:func:`marks_fit`):
    checking here read the whole document again for every finding.
    """
    node: Any = data
    # Where the marks of ``node``'s children begin and end (None: not counted). A step in
    # the second half of its mapping or list is counted from the end: an unknown field
    # is most often added last, after every field the entry holds.
    at = 0
    end: int | None = len(marks)
    found: tuple[int, bool] | None = None  # the deepest step's first mark, and if it is a key
    for step in path:
        if isinstance(node, dict) and isinstance(step, str) and step in node:
            start, end = _span(list(node.values()), list(node).index(step), at, end, 4)
            found, node, at = (start, True), node[step], start + 4
        elif isinstance(node, list) and type(step) is int and 0 <= step < len(node):
            start, end = _span(node, step, at, end, 2)
            found, node, at = (start, False), node[step], start + 2
        else:
            break  # not in the document: its nearest ancestor, as the tables answer
    if found is None:
        return Position(1, 1)
    first, is_key = found
    if is_key and not key:
        first += 2  # the value's marks follow its key's
    return Position(marks[first] + 1, marks[first + 1] + 1)


def _span(
    values: list[Any], index: int, at: int, end: int | None, own: int
) -> tuple[int, int | None]:
    """Where the marks of ``values[index]`` begin (its ``own``: four for a key and its
    value, two for a list item), and where those within it end (None: not counted),
    in a mapping's values or a list whose marks run from ``at`` to ``end``."""
    if end is not None and index > len(values) // 2:
        after = size = 0
        for value in reversed(values[index:]):
            size = own + _marks_in(value)
            after += size
        start = end - after
        return start, start + size
    for value in values[:index]:
        at += own + _marks_in(value)
    return at, None


def marks_fit(data: dict[str, Any], marks: array[int]) -> bool:
    """Does ``data`` (what :func:`fast_read` returned, in NFC) fit its ``marks``? Not
    when NFC made two keys one, which only text beyond ASCII can do."""
    return _marks_in(data) == len(marks)


def _marks_in(node: Any) -> int:
    """How many marks :func:`walk_positions` reads for what ``node`` holds: four for
    each key of a mapping within, two for each list item."""
    if not isinstance(node, dict | list):
        return 0  # most values: a finding's key counts every field before it
    count = 0
    pending = [node]
    while pending:
        held = pending.pop()
        if isinstance(held, dict):
            count += 4 * len(held)
            pending.extend(held.values())
        elif isinstance(held, list):
            count += 2 * len(held)
            pending.extend(held)
    return count


# A plain scalar starting with none of these is text under every resolver above.
_RESOLVABLE_START = frozenset("0123456789+-.tTfFnN~=<")


def _shared(value: Any) -> Any:
    """Short strings, one copy each: keys, ids, statuses, roles and tags repeat across
    thousands of entries, and each copy costs about 50 bytes more than its text."""
    if isinstance(value, str) and len(value) <= _SHARED_UP_TO:
        return sys.intern(value)
    return value


_SHARED_UP_TO = 64


def _plain(value: str) -> Any:
    if value and value[0] not in _RESOLVABLE_START:
        return value
    if _BOOL.match(value):
        return value[0] in "tT"
    if _FLOAT.match(value):
        if _SIMPLE_FLOAT.match(value) and "_" not in value:
            return float(value)
        raise _Unsure
    if _INT.match(value):
        if _SIMPLE_INT.match(value):
            return int(value)
        raise _Unsure
    if _NULL.match(value):
        return None
    if value in ("=", "<<"):
        raise _Unsure
    return value
