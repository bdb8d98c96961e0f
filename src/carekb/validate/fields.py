"""Which fields of an entry are patient-facing text, in the order a reader meets them.

Content rules (reading level, risky claims, jargon) read the same fields, so
the lists live here once. A field pattern is a path in which ``"*"`` stands
for every item of a list.
"""

from __future__ import annotations

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
    data = entry.data
    for pattern in fields:
        if pattern[0] in data:
            _expand(data, pattern, (), found)
    if len(found) < 2:
        return found
    # The loaders insert keys in the order the file has them, so a path's place
    # in the file is the place of each of its steps among its siblings: no
    # positions asked for, no walk of the whole entry.
    return sorted(found, key=lambda pair: _place(data, pair[0]))


def is_heading(path: JsonPath) -> bool:
    return bool(path) and path[-1] in HEADING_FIELDS


def _expand(
    node: object, pattern: FieldPattern, prefix: JsonPath, out: list[tuple[JsonPath, str]]
) -> None:
    if not pattern:
        if isinstance(node, str) and node.strip():
            out.append((prefix, node))
        return
    head, rest = pattern[0], pattern[1:]
    if head == "*":
        if isinstance(node, list):
            for index, item in enumerate(node):
                _expand(item, rest, (*prefix, index), out)
    elif isinstance(node, dict) and head in node:
        _expand(node[head], rest, (*prefix, head), out)


def _place(data: object, path: JsonPath) -> tuple[int, ...]:
    """Where ``path`` comes in a walk of ``data`` in file order, as a sortable key."""
    place: list[int] = []
    node = data
    for step in path:
        if isinstance(node, dict):
            place.append(list(node).index(step))
        else:
            place.append(int(step))
        node = node[step]  # type: ignore[index]
    return tuple(place)
