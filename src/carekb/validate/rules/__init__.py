"""The lint rules: one module each, listed here explicitly.

Each rule module defines ``ID``, ``LEVEL`` (its default level), ``OPTIONS``
(option name -> default value), a docstring that is its user documentation
with a passing and a failing example, and ``check(ctx)``, a generator of
findings over the whole knowledge base.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from types import ModuleType
from typing import Any, Protocol, cast

from carekb.model import Finding, Level
from carekb.validate.context import RuleContext
from carekb.validate.rules import (
    approval_revoked,
    approval_signature,
    approval_signer,
    approval_stale,
    audit_chain,
    dangling_reference,
    duplicate_id,
    id_filename,
    jargon,
    private_key,
    reading_level,
    review_due,
    review_expired,
    review_state,
    risky_claim,
    roster,
    roster_trust,
    roster_unverified,
    safety_content,
    schema,
    sources,
    unused_suppression,
    yaml_ambiguous,
    yaml_syntax,
    you_voice,
)


class Rule(Protocol):
    ID: str
    LEVEL: Level
    OPTIONS: Mapping[str, Any]
    __doc__: str | None

    def check(self, ctx: RuleContext) -> Iterator[Finding]: ...


def _rules(*modules: ModuleType) -> tuple[Rule, ...]:
    return tuple(cast(Rule, module) for module in modules)


RULES: tuple[Rule, ...] = _rules(
    yaml_syntax,
    yaml_ambiguous,
    schema,
    id_filename,
    duplicate_id,
    dangling_reference,
    roster,
    roster_trust,
    roster_unverified,
    approval_stale,
    approval_signature,
    approval_revoked,
    approval_signer,
    review_state,
    review_expired,
    review_due,
    audit_chain,
    private_key,
    reading_level,
    risky_claim,
    safety_content,
    sources,
    jargon,
    you_voice,
    unused_suppression,
)


def rule_by_id(rule_id: str) -> Rule | None:
    return next((rule for rule in RULES if rule_id == rule.ID), None)
