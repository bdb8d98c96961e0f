"""Which fields of an entry are patient-facing text, in the order a reader meets them.

Content rules (reading level, risky claims, jargon) read the same fields, so
the lists live here once. A field pattern is a path in which ``"*"`` stands
for every item of a list.
"""

from __future__ import annotations

import functools

from carekb.model import Entry, JsonPath

FieldPattern = tuple[str, ...]

# What the Flesch-Kincaid grade is pooled over: the prose a patient reads.
READING_FIELDS: tuple[FieldPattern, ...] = (
    ("title",),
    ("summary",),
    ("purpose",),
    ("steps", "*"),
    ("stop_if", "*"),
    ("statement",),
    ("seek_care",),
    ("question",),
    ("answer",),
    ("intro",),
    ("sections", "*", "heading"),
    ("sections", "*", "text"),
    ("dose", "notes"),
)

# Everything a patient may see, including short list items and labels: a risky
# claim or an unexplained term is a problem wherever it is printed.
TEXT_FIELDS: tuple[FieldPattern, ...] = (
    *READING_FIELDS,
    ("precautions_reason",),
    ("conditions", "*"),
    ("equipment", "*"),
    ("dose", "frequency"),
)

# Fields that name a topic rather than explain it.
HEADING_FIELDS = frozenset({"title", "question", "heading"})


def texts(entry: Entry, fields: tuple[FieldPattern, ...]) -> list[tuple[JsonPath, str]]:
    """(path, text) of every string in ``fields``, in the order they appear in the file."""
    found: list[tuple[JsonPath, str]] = []
    # The loaders insert keys in the order the file has them, so walking the
    # data in its own order, along the patterns, meets the texts in file order:
    # no positions asked for, nothing sorted.
    _walk(entry.data, _tree(fields), (), found)
    return found


def is_heading(path: JsonPath) -> bool:
    return bool(path) and path[-1] in HEADING_FIELDS


# The patterns as a tree: each step maps to what follows it; a pattern that
# ends at a step maps it to a tree holding _END.
_Tree = dict[str, "_Tree"]
_END = ""


@functools.cache
def _tree(fields: tuple[FieldPattern, ...]) -> _Tree:
    tree: _Tree = {}
    for pattern in fields:
        node = tree
        for step in pattern:
            node = node.setdefault(step, {})
        node[_END] = {}
    return tree


def _walk(node: object, tree: _Tree, path: JsonPath, out: list[tuple[JsonPath, str]]) -> None:
    if _END in tree and isinstance(node, str) and node.strip():
        out.append((path, node))
    if isinstance(node, dict):
        for key, value in node.items():
            below = tree.get(key) if key != "*" else None
            if below is not None:
                _walk(value, below, (*path, key), out)
    elif isinstance(node, list) and "*" in tree:
        below = tree["*"]
        for index, item in enumerate(node):
            _walk(item, below, (*path, index), out)
