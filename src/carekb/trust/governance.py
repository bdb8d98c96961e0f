"""Governance: the settings and templates behind every published page, signed by the leads.

A patient reads more than the entries: the organisation's name, address and
phone on every page, the words of the templates around the content, the
review policy that decided an approval still counts. Whoever can edit
``carekb.yaml`` or ``templates/`` could otherwise change them with no
clinician or lead ever seeing it. So the clinical leads sign them with the
roster (:mod:`carekb.trust.roster`, the ``governance`` terms):

- ``carekb.yaml``, all of it except :data:`OPERATIONAL` settings, which change
  where files go or how lint output reads, never what a patient sees or what
  may be published (the levels of lint rules that judge trust are signed);
- every template file an export would use: the project's ``templates/`` and
  the packaged defaults it falls back on, assets included
  (:func:`carekb.project.effective_template_files`).

Each file gets a short digest, so a change can be named; the governance
digest covers them all and is printed in every handout's version. This
module computes and compares; ``carekb roster sign`` signs, lint reports
(rule ``governance``), and ``carekb export --require-trust`` refuses to render
with governance the leads did not sign.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from carekb.model import RosterTrust
from carekb.project import CONFIG_NAME, Project, effective_template_files
from carekb.trust.canonical import canonical_json, sha256_text

# Settings that decide where output goes or how lint reads, never what is published.
OPERATIONAL: frozenset[tuple[str, ...]] = frozenset(
    {("export", "out"), ("export", "preview_out"), ("lint", "max_file_bytes")}
)
# Lint rules whose findings are about trust: their levels and options are signed.
TRUST_RULES = frozenset(
    {
        "approval-future",
        "approval-revoked",
        "approval-signature",
        "approval-signer",
        "approval-stale",
        "audit-chain",
        "audit-signature",
        "deceptive-characters",
        "governance",
        "placeholder-text",
        "private-key",
        "review-expired",
        "review-state",
        "roster",
        "roster-trust",
        "roster-unverified",
        "safety-closure",
    }
)
_DIGEST_HEX = 16  # per-file digests only name what changed; the governance digest binds all


@dataclass(frozen=True)
class Governance:
    """The governance of a project as it is now."""

    digest: str  # sha256: over every file's digest
    files: Mapping[str, str]  # "carekb.yaml", "templates/html/base.html" -> short digest


@dataclass(frozen=True)
class GovernanceChange:
    path: str
    change: str  # "changed", "added" or "removed"


def signed_settings(config: Mapping[str, Any]) -> dict[str, Any]:
    """The part of ``carekb.yaml``'s data the leads sign."""
    signed: dict[str, Any] = {}
    for key, value in config.items():
        if isinstance(value, Mapping):
            kept = {k: v for k, v in value.items() if (key, k) not in OPERATIONAL}
            if key == "lint" and isinstance(kept.get("rules"), Mapping):
                rules = kept["rules"]
                kept["rules"] = {k: v for k, v in rules.items() if k in TRUST_RULES}
            signed[key] = kept
        else:
            signed[key] = value
    return signed


def governance(project: Project) -> Governance:
    """The governance of ``project`` now: its signed settings and effective templates."""
    files = {CONFIG_NAME: _short(canonical_json(signed_settings(project.config)))}
    for name, path in effective_template_files(project.root).items():
        files[name] = _short(path.read_bytes())
    return Governance(sha256_text(canonical_json(files)), files)


def _short(data: bytes) -> str:
    return "sha256:" + hashlib.sha256(data).hexdigest()[:_DIGEST_HEX]


def changes(signed: Mapping[str, str], now: Governance) -> list[GovernanceChange]:
    """What differs from the governance the leads signed, file by file."""
    found = [
        GovernanceChange(path, "added" if path not in signed else "changed")
        for path, digest in now.files.items()
        if signed.get(path) != digest
    ]
    found.extend(GovernanceChange(path, "removed") for path in signed if path not in now.files)
    return sorted(found, key=lambda c: c.path)


def unsigned_governance(project: Project, trust: RosterTrust) -> list[str]:
    """Why ``project``'s governance is not what the leads signed (empty: it is, or there is
    no trusted roster to ask: the roster's own findings say so then)."""
    if not trust.trusted:
        return []
    if not trust.governance:
        return [
            "the clinical leads have not signed this project's settings and templates: a "
            "lead checks them and signs the roster again ('carekb roster sign')"
        ]
    now = governance(project)
    if now.digest == trust.governance:
        return []
    return [
        f"{change.path} was {change.change} after the clinical leads signed the settings and "
        "templates: it reaches every patient, so a lead checks it ('carekb roster verify') "
        "and signs again ('carekb roster sign')"
        for change in changes(trust.governance_files, now)
    ] or ["the settings and templates differ from what the clinical leads signed"]
