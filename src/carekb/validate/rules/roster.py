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

It also checks that each public key is listed once: a key shared by two
people (or listed twice for one) is an error naming both lines, and the
clinical leads cannot sign such a roster. A person may hold a reviewer key on
the roster and a separate lead key in the trust root.

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

Failing example (two people with one key)::

    people:
      - id: demo-reviewer-pt
        keys:
          - public_key: ed25519:GAcMrCK2iK27ZwggMraPLA/WlncFP4I2+md8gfKT2yY=
      - id: demo-reviewer-dc
        keys:
          - public_key: ed25519:GAcMrCK2iK27ZwggMraPLA/WlncFP4I2+md8gfKT2yY=
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from carekb import project
from carekb.model import Document, Finding, Level
from carekb.schemas import schema_problems
from carekb.trust.roster import repeated_keys, repeated_people
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
    for repeat in repeated_keys(doc.data):
        index, number = repeat.first_at
        line = doc.position(("people", index, "keys", number, "public_key")).line
        where = ("people", repeat.at[0], "keys", repeat.at[1], "public_key")
        yield ctx.at(
            doc,
            where,
            f"{repeat.describe()}: it is also on line {line}; two people with one key cannot "
            "be told apart, so give each person their own key ('carekb keys new PERSON') and "
            "list it once; the leads cannot sign the roster until then",
        )
