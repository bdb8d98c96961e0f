"""An approved entry is never published without its safety content.

A technique names the precautions that apply to it (``precautions``; the
schema marks such fields ``x-carekb-safety``). The export gate
(:func:`carekb.trust.gate.safety_links`) leaves a technique out while any of
them is not exportable, rather than printing the technique with its "Stay
safe" section silently removed; and a handout that includes the technique
goes with it. This rule says so in advance, at the link, with the
precaution's status: approve the precaution again, or take it out of the
list (which changes the technique, so it is reviewed again). Likewise an
approved handout is never printed with an entry left out: each entry it
includes that will not be exported is named, with its status.

Passing example (``move-gently`` is approved)::

    precautions:
      - move-gently

Failing example (``move-gently`` was retired, or is back in review)::

    precautions:
      - move-gently   # retired: cat-cow is not exported
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from carekb.model import Entry, Finding, Level
from carekb.trust import gate
from carekb.validate.context import RuleContext

ID = "safety-closure"
LEVEL = Level.ERROR
OPTIONS: dict[str, Any] = {}
# Per entry: an entry's findings come from it and the entries it names, looked up.
PER_ENTRY = True


def check(ctx: RuleContext) -> Iterator[Finding]:
    by_id = ctx.kb.by_id()
    for entry in ctx.checked():
        handout = entry.kind == gate.HANDOUT
        links = entry.fields.links(gate.HANDOUT) if handout else gate.safety_links(entry)
        if not links or not ctx.verdict(entry).approved:
            continue  # nothing would be published anyway: no promise to break
        for ref in links:
            targets = by_id.get(ref.id, [])
            if len(targets) != 1:
                continue  # dangling-reference and duplicate-id report it
            why = _not_exportable(ctx, targets[0])
            if not why:
                continue
            if handout:
                message = (
                    f"'{entry.id}' is not exported while '{ref.id}', which it prints, is not "
                    f"({why}): get '{ref.id}' approved, or take it out of the handout (which "
                    "then goes through review again)"
                )
            else:
                message = (
                    f"'{entry.id}' is not exported while its precaution '{ref.id}' is not "
                    f"({why}): get '{ref.id}' approved, or take it out of this list (the "
                    f"changed '{entry.id}' then goes through review again)"
                )
            yield ctx.at(entry.doc, ref.path, message, entry_id=entry.id)


def _not_exportable(ctx: RuleContext, target: Entry) -> str:
    """Why ``target`` will not be exported ("" when its approval counts)."""
    verdict = ctx.verdict(target)
    if verdict.approved:
        return ""
    if verdict.status != "approved":
        return f"it is {verdict.status.replace('_', ' ')}"
    return "its approval does not count: " + ("; ".join(verdict.problems) or "see its findings")
