"""Every event in an entry's audit log must be signed by the person it names.

Each event (request, approve, reject, retire) carries its actor's signature,
made with their key on the roster; a ``checkpoint`` signed by a clinical lead
(``carekb review checkpoint``) vouches for the events before it. An event
that is neither, or one dated later than now (allowing five minutes for
clocks that differ a little: the signer's clock was wrong, or the time was
forged), is treated as forged: it is never used as the baseline of
``carekb review diff`` and never backs the review block; until someone who
may decide acts after it, the entry is not exported. A
reviewer resolves it with a signed approve, reject or retire (after reading
``carekb review diff``, which never compares with a forged event), or a lead
with a checkpoint after checking the log with ``carekb review log ID
--verify``; an author's request does not. Resolved forged events stay
visible in ``review log --verify``.

Passing example (``kb/audit/cat-cow.jsonl``, shortened)::

    {"seq": 1, "event": "request", "actor": "author-a", ..., "signature": "ed25519:..."}

Failing example (an approve event added by hand, without a reviewer's key)::

    {"seq": 2, "event": "approve", "actor": "jlee", "prev": "sha256:...", ...}
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from carekb.load.audit import audit_log_name
from carekb.model import Finding, Level
from carekb.validate.context import RuleContext

ID = "audit-signature"
LEVEL = Level.ERROR
OPTIONS: dict[str, Any] = {}
# Not local, like audit-chain: it reads kb/audit/<id>.jsonl and skips ids that
# several entries share, which only the whole knowledge base can tell. Per entry,
# like audit-chain.
PER_ENTRY = True
# An event dated in the future is not proven until the clock catches up with
# it: a result naming one is not kept by the lint cache.
CLOCK = True


def check(ctx: RuleContext) -> Iterator[Finding]:
    # (A broken log has nothing unresolved: audit-chain reports the break, and nothing
    # after it is proven.)
    for entry, verdict in ctx.audit_verdicts():
        for line, reason in verdict.unresolved:
            yield ctx.at(
                entry.doc,
                ("review",),
                f"{audit_log_name(entry.id)} line {line}: {reason}; the "
                "entry is not exported until a reviewer or a lead signs an event after it",
                key=True,
                entry_id=entry.id,
            )
