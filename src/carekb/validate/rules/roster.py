"""The roster ``kb/people.yaml`` must exist, match its schema and list each id once.

Authors and reviewers are named by roster id everywhere else, so the roster is
checked like an entry. Reviewers must list their credentials (DC, PT, MD...),
which every exported page shows.

Passing example::

    people:
      - id: demo-reviewer-pt
        name: Demo Reviewer (Physiotherapist)
        credentials: [PT]
        roles: [reviewer]

Failing example (the same id twice)::

    people:
      - id: demo-reviewer-pt
        name: Demo Reviewer (Physiotherapist)
        credentials: [PT]
        roles: [reviewer]
      - id: demo-reviewer-pt
        name: Another Reviewer
        credentials: [DC]
        roles: [reviewer]
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from carekb import project
from carekb.model import Document, Finding, Level
from carekb.schemas import schema_problems
from carekb.trust.roster import repeated_people
from carekb.validate.context import RuleContext

ID = "roster"
LEVEL = Level.ERROR
OPTIONS: dict[str, Any] = {}


def check(ctx: RuleContext) -> Iterator[Finding]:
    doc = ctx.kb.people_doc
    if doc is None:
        yield ctx.at_line(
            project.PEOPLE_FILE,
            1,
            1,
            "the roster kb/people.yaml is missing: create it with the "
            "authors and reviewers of this knowledge base ('carekb init' writes an example)",
        )
        return
    if not doc.ok:
        return  # yaml-syntax reports why it did not load
    for position, message in schema_problems(doc, "people"):
        yield ctx.at_line(doc.path, position.line, position.column, message)
    yield from _duplicates(ctx, doc)


def _duplicates(ctx: RuleContext, doc: Document) -> Iterator[Finding]:
    for index, first, person_id in repeated_people(doc.data):
        line = doc.position(("people", first, "id")).line
        yield ctx.at(
            doc,
            ("people", index, "id"),
            f"person '{person_id}' is already listed on line {line}: "
            "merge the two records into one",
        )
