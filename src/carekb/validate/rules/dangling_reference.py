"""Every reference must name something that exists, of the right type.

Checked fields: a technique's ``precautions`` (precaution ids), a precaution's
``applies_to`` (technique ids), an FAQ's ``related`` (any entry), a handout's
``sections[].entries`` (techniques, precautions and FAQs) and every entry's
``authors`` (roster ids in ``kb/people.yaml``). Close matches are suggested.

Passing example (``move-gently`` is in ``kb/precautions/``)::

    precautions:
      - move-gently

Failing example (no such precaution)::

    precautions:
      - move-gentle
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Iterator
from typing import Any

from carekb.model import Entry, Finding, JsonPath, Level
from carekb.validate.context import RuleContext

ID = "dangling-reference"
LEVEL = Level.ERROR
OPTIONS: dict[str, Any] = {}

_CONTENT = frozenset({"technique", "precaution", "faq"})
_ANY = frozenset({"technique", "precaution", "faq", "handout"})


def check(ctx: RuleContext) -> Iterator[Finding]:
    kinds = {entry.id: entry.kind for entry in ctx.kb.entries}
    people = set(ctx.kb.people)
    for entry in ctx.kb.entries:
        for path, target in _references(entry, "authors", entry.data.get("authors")):
            if target not in people:
                yield _missing(ctx, entry, path, target, "person in kb/people.yaml", people)
        for path, target, allowed in _entry_references(entry):
            kind = kinds.get(target)
            if kind is None:
                label = " or ".join(sorted(allowed)) if allowed != _ANY else "entry"
                candidates = {i for i, k in kinds.items() if k in allowed}
                yield _missing(ctx, entry, path, target, label, candidates)
            elif kind not in allowed:
                yield ctx.at(
                    entry.doc,
                    path,
                    f"'{target}' is a {kind}, but this field takes "
                    f"{' or '.join(sorted(allowed))} ids",
                    entry_id=entry.id,
                )


def _entry_references(entry: Entry) -> Iterator[tuple[JsonPath, str, frozenset[str]]]:
    data = entry.data
    if entry.kind == "technique":
        for path, target in _references(entry, "precautions", data.get("precautions")):
            yield path, target, frozenset({"precaution"})
    elif entry.kind == "precaution":
        for path, target in _references(entry, "applies_to", data.get("applies_to")):
            yield path, target, frozenset({"technique"})
    elif entry.kind == "faq":
        for path, target in _references(entry, "related", data.get("related")):
            yield path, target, _ANY
    elif entry.kind == "handout":
        sections = data.get("sections")
        for index, section in enumerate(sections if isinstance(sections, list) else []):
            if isinstance(section, dict):
                items = section.get("entries")
                for (_, position), target in _pairs(items):
                    yield ("sections", index, "entries", position), target, _CONTENT


def _references(entry: Entry, field: str, value: Any) -> Iterator[tuple[JsonPath, str]]:
    for (_, index), target in _pairs(value):
        yield (field, index), target


def _pairs(value: Any) -> Iterable[tuple[tuple[None, int], str]]:
    if not isinstance(value, list):
        return []
    return [((None, i), item) for i, item in enumerate(value) if isinstance(item, str)]


def _missing(
    ctx: RuleContext, entry: Entry, path: JsonPath, target: str, label: str, known: set[str]
) -> Finding:
    # Compare only ids that could be close: difflib over every id of a large
    # knowledge base, for every missing reference, costs minutes.
    nearby = sorted(k for k in known if k[:1] == target[:1] and abs(len(k) - len(target)) <= 3)
    close = difflib.get_close_matches(target, nearby, n=1)
    hint = f"; did you mean '{close[0]}'?" if close else ""
    return ctx.at(entry.doc, path, f"no {label} with id '{target}'{hint}", entry_id=entry.id)
