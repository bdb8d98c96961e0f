"""Each entry's audit log must be intact and agree with its review block.

``kb/audit/<ID>.jsonl`` holds one JSON event per line, each carrying the
hash of the line before it. Reported: a line that is not JSON, an incomplete
last line (an interrupted write), a missing, changed or reordered event (the
chain breaks), a log copied from another entry, a review block whose status
differs from what the last event left, an approval in the block that no
approve event recorded (or one that a later approval of other content
replaced: the file was rolled back), and approvals without any log. Only
events proven to be made by the people they name count (rule
``audit-signature`` reports the others). Findings point at the entry's
``review:`` key and name the log line.

Passing example (``kb/audit/cat-cow.jsonl``, shortened)::

    {"seq": 1, "event": "request", "prev": null, ...}
    {"seq": 2, "event": "approve", "prev": "sha256:<hash of line 1>", ...}

Failing example (line 1 was edited after line 2 was written)::

    {"seq": 1, "event": "request", "actor": "someone-else", "prev": null, ...}
    {"seq": 2, "event": "approve", "prev": "sha256:<hash of the original line 1>", ...}
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from carekb.load.audit import audit_log_name
from carekb.model import Finding, Level
from carekb.validate.context import RuleContext

ID = "audit-chain"
LEVEL = Level.ERROR
OPTIONS: dict[str, Any] = {}
# Not local: an entry that shares its id with another is skipped (whose log
# would it be?), which only the whole knowledge base can tell. It also reads
# kb/audit/<id>.jsonl, so its findings could not be kept by the entry's file.
# But per entry: each entry's findings come from its own log and review block.
PER_ENTRY = True


def check(ctx: RuleContext) -> Iterator[Finding]:
    for entry, verdict in ctx.audit_verdicts():
        name = audit_log_name(entry.id)
        for line, message in verdict.log_problems:
            yield ctx.at(
                entry.doc,
                ("review",),
                f"{name} line {line}: {message}",
                key=True,
                entry_id=entry.id,
            )
        # (A broken log has no disagreements: it cannot say what the block should be.)
        for message in verdict.disagreements:
            yield ctx.at(entry.doc, ("review",), message, key=True, entry_id=entry.id)
