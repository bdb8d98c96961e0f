"""No approval counts if it was signed with a key a lead has revoked.

When a reviewer's private key is lost or leaked, a lead marks its public key
``revoked`` in ``kb/people.yaml`` (with the date and, optionally, why) and
signs the roster again. A thief can claim any signing time, so every approval
made with that key stops counting, whenever it says it was made; this rule
lists them. Ask the reviewer (with their new key) or another reviewer to run
``carekb review approve ID``. To retire a key in the ordinary way, so that the
approvals it made stay valid, give it a ``valid_until`` date instead.

Passing example (the key was rotated, not revoked)::

    keys:
      - public_key: ed25519:N1Sqm3t5h31Xh5dauLGmYNtwvRbX4vKVY3QEpJHKQY4=
        valid_from: 2025-01-01
        valid_until: 2026-11-20

Failing example (an approval signed with this key, in any entry)::

    keys:
      - public_key: ed25519:N1Sqm3t5h31Xh5dauLGmYNtwvRbX4vKVY3QEpJHKQY4=
        valid_from: 2025-01-01
        revoked: 2026-11-20
        revoked_reason: laptop stolen
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from carekb.model import Finding, Level
from carekb.trust import approvals
from carekb.validate.context import RuleContext

ID = "approval-revoked"
LEVEL = Level.ERROR
OPTIONS: dict[str, Any] = {}
# Findings about an entry depend only on its own file (and the roster, the
# config and the date), so the engine may check entries in parallel.
LOCAL = True


def check(ctx: RuleContext) -> Iterator[Finding]:
    yield from ctx.approval_findings(approvals.REVOKED, "signature")
