"""With a trust root configured, the roster must be signed by the clinical leads as it is now.

``carekb roster sign --as LEAD`` signs the roster (everyone's id, name,
credentials, roles, email and keys with their dates and revocations).
The trust root (``--trust FILE``, ``CAREKB_TRUST`` or the user config folder)
names the leads and how many must sign. If the roster changed after they
signed, this rule names each person added, changed or removed; if a
signature does not verify with the lead's key, it says so. Until enough leads
sign the roster as it is now, no approval counts and nothing is exported:
switching this rule off hides the report, not the effect. The leads also
sign the roster's project identity, version and expiry: after the
``expires`` day, a signature dated in the future, or a block signed in the
earlier format without these terms, the roster is not trusted either. It also
reports a trust root whose lead keys differ from the fingerprints
``carekb.yaml`` records under ``trust.fingerprints`` (another project's trust
file?).

Passing example (the roster as the lead signed it)::

    people:
      - id: jlee
        roles: [reviewer]
        ...
    signatures:
      project: back-care-clinic-3f9a1c
      version: 4
      expires: 2027-12-01
      roster_hash: sha256:...
      people:
        jlee: sha256:0f1e2d3c4b5a6978
      signed:
        - by: clinical-lead
          at: 2026-11-26T10:00:00Z
          signature: ed25519:...

Failing example (an author gave themselves the reviewer role after the lead signed)::

    people:
      - id: sam-author
        roles: [author, reviewer]
        keys:
          - public_key: ed25519:...
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from carekb.model import Finding, Level
from carekb.trust.root import expected_fingerprints, fingerprint_mismatch
from carekb.trust.roster import roster_signs_anything
from carekb.validate.context import RuleContext

ID = "roster-trust"
LEVEL = Level.ERROR
OPTIONS: dict[str, Any] = {}
# A lead's signature dated a few minutes ahead counts once the clock catches up:
# a result naming one is not kept by the lint cache.
CLOCK = True


def check(ctx: RuleContext) -> Iterator[Finding]:
    doc = ctx.kb.people_doc
    if doc is None or not roster_signs_anything(doc):
        return
    trust = ctx.kb.roster
    if trust.root is None:
        return  # roster-unverified says so
    for finding in trust.findings:
        yield ctx.at(doc, finding.path, finding.message, key=finding.key)
    mismatch = fingerprint_mismatch(trust.root, expected_fingerprints(ctx.project.config))
    if mismatch:
        config = ctx.project.config_doc
        yield ctx.at(
            config,
            ("trust", "fingerprints"),
            f"the trust root {trust.root.source} is not the one this project expects: "
            f"{mismatch}; check you were given the right trust file (the fingerprints here "
            "only help you spot a wrong one; they never make a key trusted)",
            key=True,
        )
