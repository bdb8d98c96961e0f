"""Which fields of an entry are patient-facing text, in the order a reader meets them.

Content rules (reading level, risky claims, jargon) read the same fields, so
the lists live here once. A field pattern is a path in which ``"*"`` stands
for every item of a list.
"""

from __future__ import annotations

from collections.abc import Iterator

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
    found = [pair for pattern in fields for pair in _expand(entry.data, pattern, ())]
    order = _reading_order(entry.data)
    return sorted(found, key=lambda pair: order.get(pair[0], len(order)))


def is_heading(path: JsonPath) -> bool:
    return bool(path) and path[-1] in HEADING_FIELDS


def _expand(
    node: object, pattern: FieldPattern, prefix: JsonPath
) -> Iterator[tuple[JsonPath, str]]:
    if not pattern:
        if isinstance(node, str) and node.strip():
            yield prefix, node
        return
    head, rest = pattern[0], pattern[1:]
    if head == "*":
        for index, item in enumerate(node if isinstance(node, list) else []):
            yield from _expand(item, rest, (*prefix, index))
    elif isinstance(node, dict) and head in node:
        yield from _expand(node[head], rest, (*prefix, head))


def _reading_order(data: object) -> dict[JsonPath, int]:
    """Each leaf path's place in the file.

    The loaders insert keys in the order the file has them, so walking the data
    gives file order without asking for positions, which would make every
    entry pay for the careful parser.
    """
    order: dict[JsonPath, int] = {}
    stack: list[tuple[JsonPath, object]] = [((), data)]
    while stack:
        path, node = stack.pop()
        if isinstance(node, dict):
            stack.extend(reversed([((*path, k), v) for k, v in node.items()]))
        elif isinstance(node, list):
            stack.extend(reversed([((*path, i), v) for i, v in enumerate(node)]))
        else:
            order[path] = len(order)
    return order
