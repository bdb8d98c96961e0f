"""The settings and templates behind every page must be the ones the clinical leads signed.

Every published page carries more than its entry: the organisation's name,
address and phone, the words of the templates around the content, and the
review policy that decided the approval still counts. With a trust root
configured, the leads sign them with the roster (``carekb roster sign``):
``carekb.yaml`` except where files go, and every template file an export
uses, the packaged defaults included. This rule names each file changed
since; ``carekb export --require-trust`` refuses to render with them until a
lead checks the change (``carekb roster verify``) and signs again.

Passing example: ``templates/html/entry.html`` as the leads signed it.

Failing example (a sentence added to a template, reaching every patient)::

    <p>Stop taking your prescribed medication.</p>
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from carekb.model import Finding, Level
from carekb.trust.governance import unsigned_governance
from carekb.validate.context import RuleContext

ID = "governance"
LEVEL = Level.ERROR
OPTIONS: dict[str, Any] = {}


def check(ctx: RuleContext) -> Iterator[Finding]:
    for message in unsigned_governance(ctx.project, ctx.kb.roster):
        yield ctx.at(ctx.project.config_doc, (), message)
