"""Every reference must name something that exists, of the right type.

Checked fields: a technique's ``precautions`` (precaution ids), a precaution's
``applies_to`` (technique ids), an FAQ's ``related`` (any entry), a handout's
``sections[].entries`` (techniques, precautions and FAQs), every entry's
``authors`` (roster ids in ``kb/people.yaml``) and the ``symptoms`` of
techniques and precautions (ids of ``symptoms`` in carekb.yaml). Close
matches are suggested.

Passing example (``move-gently`` is in ``kb/precautions/``)::

    precautions:
      - move-gently

Failing example (no such precaution)::

    precautions:
      - move-gentle
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator
from pathlib import Path, PurePosixPath
from typing import Any

from carekb import model
from carekb.entries import Reference
from carekb.model import Document, Entry, Finding, Level
from carekb.validate.context import RuleContext

ID = "dangling-reference"
LEVEL = Level.ERROR
OPTIONS: dict[str, Any] = {}

_CONTENT = frozenset({"technique", "precaution", "faq"})
_ANY = frozenset({"technique", "precaution", "faq", "handout"})
# The types of entry each type's links may name (EntryFields.links says which field).
_TARGETS: dict[str, frozenset[str]] = {
    "technique": frozenset({"precaution"}),
    "precaution": frozenset({"technique"}),
    "faq": _ANY,
    "handout": _CONTENT,
}


def check(ctx: RuleContext) -> Iterator[Finding]:
    kinds = {entry.id: entry.kind for entry in ctx.kb.entries}
    people = set(ctx.kb.people)
    unreadable = _unreadable_files(ctx, kinds)
    waiting: dict[str, list[tuple[Entry, Reference]]] = {}
    symptoms = set(ctx.project.symptoms)
    for entry in ctx.checked():
        for ref in entry.cross.authors:
            if ref.id not in people:
                yield _missing(ctx, entry, ref, "person in kb/people.yaml", people)
        for use in entry.cross.symptoms:
            if use.symptom is not None and use.symptom not in symptoms:
                ref = Reference(("symptoms", use.index, "symptom"), use.symptom)
                yield _missing(ctx, entry, ref, "symptom in carekb.yaml's symptoms", symptoms)
        allowed = _TARGETS.get(entry.kind, frozenset())
        for ref in entry.cross.links(entry.kind):
            kind = kinds.get(ref.id)
            if kind is None and ref.id in unreadable:
                waiting.setdefault(ref.id, []).append((entry, ref))
            elif kind is None:
                label = " or ".join(sorted(allowed)) if allowed != _ANY else "entry"
                candidates = {i for i, k in kinds.items() if k in allowed}
                yield _missing(ctx, entry, ref, label, candidates)
            elif kind not in allowed:
                yield ctx.at(
                    entry.doc,
                    ref.path,
                    f"'{ref.id}' is a {kind}, but this field takes "
                    f"{' or '.join(sorted(allowed))} ids",
                    entry_id=entry.id,
                )

    for target, references in sorted(waiting.items()):
        yield _unreadable(ctx, target, unreadable[target], references)


def _unreadable_files(ctx: RuleContext, known: dict[str, str]) -> dict[str, Document]:
    """Files that could not be read, by the id their name gives (the id is the file name)."""
    failed: dict[str, Document] = {}
    for doc in ctx.kb.documents:
        if not doc.problems:
            continue
        stem = PurePosixPath(doc.path).stem
        if stem not in known and Path(doc.path).parent.name in model.FOLDER_TYPES:
            failed.setdefault(stem, doc)
    return failed


def _unreadable(
    ctx: RuleContext, target: str, doc: Document, references: list[tuple[Entry, Reference]]
) -> Finding:
    """One finding for every reference to an entry whose file failed to load: the cause
    is that file's error, so it is named instead of repeating "no entry" per reference."""
    entry, ref = min(references, key=lambda item: (item[0].path, item[1].path))
    problem = doc.problems[0]
    others = len(references) - 1
    also = f" (and {others} other reference{'s' if others > 1 else ''} to it)" if others else ""
    return ctx.at(
        entry.doc,
        ref.path,
        f"'{target}'{also} cannot be checked: its file {doc.path} could not be read "
        f"(line {problem.line}: see its yaml-syntax error); fix that file first",
        entry_id=entry.id,
    )


def _missing(
    ctx: RuleContext, entry: Entry, ref: Reference, label: str, known: set[str]
) -> Finding:
    # Compare only ids that could be close: difflib over every id of a large
    # knowledge base, for every missing reference, costs minutes.
    target = ref.id
    nearby = sorted(k for k in known if k[:1] == target[:1] and abs(len(k) - len(target)) <= 3)
    close = difflib.get_close_matches(target, nearby, n=1)
    hint = f"; did you mean '{close[0]}'?" if close else ""
    return ctx.at(entry.doc, ref.path, f"no {label} with id '{target}'{hint}", entry_id=entry.id)
