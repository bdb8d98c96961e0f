"""A ``# carekb: disable=...`` comment must suppress something.

Suppression comments (see below) silence a rule on a line or in a file. Once
the text is fixed they are stale, and a stale one would hide the next real
problem, so a directive that suppresses no finding is reported. So are
directives this rule cannot use: one naming an unknown rule, a
``disable-file`` below the comment block at the top of the file (where it
would look as if it worked), and a ``# carekb:`` comment that is not a
directive. Directives for rules that are turned off are not reported.

How to suppress: ``# carekb: disable=rule-id[,rule-id]`` at the end of a
line covers that line, and the whole value when the line starts a key or a
list item (a directive alone on a line covers the next line).
``# carekb: disable-file=rule-id`` in the comment block at the top of the file
covers the file. Text after the rule ids is ignored: give the reason there.

Passing example (the claim is quoted in order to reject it)::

    answer: >-  # carekb: disable=risky-claim -- quoting the myth
      Some websites say cracking "realigns the vertebrae". It does not.

Failing example (nothing on this line is a risky claim)::

    title: Shoulder rolls  # carekb: disable=risky-claim
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator
from typing import Any

from carekb.model import Finding, Level
from carekb.validate import suppress
from carekb.validate.context import RuleContext
from carekb.validate.suppress import Directive

ID = suppress.UNUSED_RULE
LEVEL = Level.WARNING
OPTIONS: dict[str, Any] = {}


def check(ctx: RuleContext) -> Iterator[Finding]:
    # Imported here: the registry imports this module, so it cannot be imported above.
    from carekb.validate.rules import RULES

    known = sorted(rule.id for rule in RULES)
    entry_ids = {entry.path: entry.id for entry in ctx.kb.entries}
    for doc in ctx.kb.documents:
        if not ctx.wanted(doc.path):
            continue
        for directive in suppress.directives(doc):
            entry_id = entry_ids.get(doc.path)
            yield from _problems(ctx, directive, known, entry_id)


def _problems(
    ctx: RuleContext, directive: Directive, known: list[str], entry_id: str | None
) -> Iterator[Finding]:
    if not directive.kind:
        yield ctx.at_line(
            directive.path,
            directive.line,
            directive.column,
            "not a carekb directive: write '# carekb: disable=rule-id' or "
            "'# carekb: disable-file=rule-id'",
            entry_id=entry_id,
        )
        return
    if directive.kind == suppress.FILE_KIND and not directive.in_header:
        yield ctx.at_line(
            directive.path,
            directive.line,
            directive.column,
            "'disable-file' only works in the comment block at the top of the file: move it "
            "there, or use 'disable=' on the line",
            entry_id=entry_id,
        )
    for rule, column in directive.rules:
        if rule not in known:
            close = difflib.get_close_matches(rule, known, n=1)
            hint = f"; did you mean '{close[0]}'?" if close else ""
            yield ctx.at_line(
                directive.path,
                directive.line,
                column,
                f"no lint rule named '{rule}'{hint}",
                entry_id=entry_id,
            )
