"""Without a trust root, the roster is not verified: warned once.

Approvals are checked against the public keys in ``kb/people.yaml``. Unless
the roster is verified against the clinical leads' keys, anyone who can edit
that file can add a reviewer with a key of their own, or swap a reviewer's
key, and approve whatever they like. carekb verifies the roster when it is
given a trust root from outside the content: ``--trust FILE``,
``CAREKB_TRUST``, or ``trust.yaml`` in the user's config folder (see
``docs/leads.md``). Without one, approvals still count as the roster is
written, and this rule warns once; ``carekb export --require-trust`` refuses.
A roster with no keys (nobody can sign yet) is not reported.

Passing example (a trust root is configured)::

    $ CAREKB_TRUST=~/clinic/trust.yaml carekb lint

Failing example (reviewers have keys, and no trust root is configured)::

    $ carekb lint
    kb/people.yaml:6:1: warning roster-unverified roster is not verified: no trust root ...
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from carekb import project
from carekb.model import Finding, Level
from carekb.trust.root import expected_fingerprints
from carekb.trust.roster import roster_signs_anything
from carekb.validate.context import RuleContext

ID = "roster-unverified"
LEVEL = Level.WARNING
OPTIONS: dict[str, Any] = {}


def check(ctx: RuleContext) -> Iterator[Finding]:
    doc = ctx.kb.people_doc
    if doc is None or not roster_signs_anything(doc) or ctx.kb.roster.configured:
        return
    expected = expected_fingerprints(ctx.project.config)
    expects = (
        f" (carekb.yaml expects leads with the fingerprints {', '.join(expected)})"
        if expected
        else ""
    )
    yield ctx.at(
        doc,
        ("people",),
        "roster is not verified: no trust root configured, so anyone who can edit "
        f"{doc.path} can add a reviewer or swap a key; give the clinical leads' trust file "
        f"with --trust FILE or {project.TRUST_VARIABLE}, or put it in your user config folder as "
        f"carekb/trust.yaml{expects} (see docs/leads.md)",
        key=True,
    )
