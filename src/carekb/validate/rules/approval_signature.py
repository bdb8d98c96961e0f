"""Every approval's signature must verify with the signer's key in the roster.

carekb checks the Ed25519 signature over the entry id, content hash, signer,
role, meaning and time against the signer's public keys in
``kb/people.yaml`` (a key counts only between its ``valid_from`` and
``valid_until``). A hand-edited hash, time or meaning, an approval copied
from another entry, or one signed with a key that is not on the roster fails.
Delete such an approval and ask a reviewer to run ``carekb review approve ID``.

Passing example (written by ``carekb review approve cat-cow``)::

    approvals:
      - by: demo-reviewer-pt
        role: reviewer
        meaning: Clinically accurate and safe for patient use
        at: 2026-11-21T09:30:00Z
        content_hash: sha256:5c1f...
        signature: ed25519:Qm9i...

Failing example (the same approval with its time changed by hand)::

    approvals:
      - by: demo-reviewer-pt
        role: reviewer
        meaning: Clinically accurate and safe for patient use
        at: 2027-11-21T09:30:00Z
        content_hash: sha256:5c1f...
        signature: ed25519:Qm9i...
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from carekb.model import Finding, Level
from carekb.trust import approvals
from carekb.validate.context import RuleContext

ID = "approval-signature"
LEVEL = Level.ERROR
OPTIONS: dict[str, Any] = {}
# Findings about an entry depend only on its own file (and the roster, the
# config and the date), so the engine may check entries in parallel.
LOCAL = True


def check(ctx: RuleContext) -> Iterator[Finding]:
    yield from ctx.approval_findings(approvals.SIGNATURE, "signature")
