"""``carekb roster sign`` and ``roster verify``: the clinical leads vouch for the roster.

Signing checks that the signer is a lead in the trust root and holds the
private key the trust root lists for them, signs the canonical roster with
its terms (:func:`next_terms`: the project identity, a version that rises
only when what is signed changes, and the expiry), checks
the new signature as lint will, then rewrites only the roster's
``signatures:`` block (through :mod:`carekb.load.writer`, under a lock):
other leads' signatures that still cover the roster as it is now are kept,
the others (over an older roster, or not verifying) are dropped, and the
signer's own earlier one is replaced. This module is the only one that signs
the roster or writes its signatures. Verification (the canonical roster, the
message a lead signs, whether each signature verifies and the roster is
trusted) is :mod:`carekb.trust.roster`; this module only asks it, and
explains its verdict for ``roster verify``.
"""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from carekb import clock
from carekb.errors import CarekbError
from carekb.kb import open_kb, reopen
from carekb.load.writer import exclusive_lock, write_block
from carekb.model import Document, KnowledgeBase, LeadSignature, RosterTrust, TrustRoot
from carekb.project import AUDIT_DIR, PEOPLE_FILE, Project
from carekb.trust.canonical import short_hash
from carekb.trust.governance import governance, unsigned_governance
from carekb.trust.root import expected_fingerprints, fingerprint, fingerprint_mismatch
from carekb.trust.roster import (
    SIGNATURES_KEY,
    CanonicalRoster,
    SignedRoster,
    canonical_roster,
    check_lead_signature,
    expiry_date,
    roster_message,
    signed_roster,
)

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey


SIGNATURES_COMMENT = "The clinical leads' signatures ('carekb roster sign'): do not edit by hand."
# How long a signed roster holds when the lead names no expiry: a year, as The
# Update Framework suggests for root metadata. Leads re-sign before it ends.
DEFAULT_VALIDITY = dt.timedelta(days=365)


@dataclass(frozen=True)
class SigningChoices:
    """What a lead may choose when signing; ``None`` keeps what the roster says."""

    expires: dt.date | None = None
    project: str | None = None
    version: int | None = None  # only above the roster's own


@dataclass(frozen=True)
class SignOutcome:
    """What ``carekb roster sign`` did."""

    lead: str
    at: str
    terms: SignedRoster  # the project, version and expiry now signed
    people: int
    roster_hash: str
    signed_changes: tuple[str, ...]  # what this signature vouches for that none did before
    kept: tuple[str, ...]  # other leads' signatures that still count
    dropped: tuple[str, ...]  # signatures taken out of the block, described
    trust: RosterTrust  # the roster as it stands after signing


def roster_lock_path(root: Path) -> Path:
    """The lock that serialises roster signing (git-ignored like the entry locks)."""
    return root / AUDIT_DIR / ".people.yaml.lock"


def sign_as_lead(
    project: Project,
    lead_id: str,
    *,
    key_file: Path | None = None,
    trust_file: Path | None = None,
    choices: SigningChoices = SigningChoices(),
) -> SignOutcome:
    """Sign the roster as it is now, as the lead ``lead_id`` of the trust root."""
    with exclusive_lock(roster_lock_path(project.root)):
        # Read under the lock: another lead may just have signed.
        kb = open_kb(project, trust=trust_file)
        root = _require_lead(kb, lead_id)
        doc = _signable_roster(kb)
        roster = canonical_roster(doc.data)
        key = lead_key(root, lead_id, key_file)
        before = kb.roster
        now = clock.now()
        at = clock.format_timestamp(now)
        signed_before = signed_roster(doc.data.get(SIGNATURES_KEY))
        terms = next_terms(project, roster, signed_before, choices, now)
        signature = sign_roster(terms, lead_id, at, key)
        _check_new_signature(root, terms, signature, now)
        kept, kept_items, dropped = _carried_over(before, doc.data, lead_id, terms)
        block = signatures_block(terms, [*kept_items, signature])
        write_block(
            project.root / PEOPLE_FILE,
            SIGNATURES_KEY,
            block,
            expected_rest=_without_signatures(doc.data),
            comment=SIGNATURES_COMMENT,
        )
        after = reopen(project, kb).roster
    return SignOutcome(
        lead=lead_id,
        at=at,
        terms=terms,
        people=len(roster.records),
        roster_hash=roster.hash,
        signed_changes=tuple(f"{f.person} {f.change}" for f in before.findings if f.change),
        kept=kept,
        dropped=dropped,
        trust=after,
    )


def _require_lead(kb: KnowledgeBase, lead_id: str) -> TrustRoot:
    """The trust root, which must list ``lead_id`` as a lead."""
    root = require_trust_root(kb, "sign the roster")
    require_listed_lead(root, lead_id, "sign the roster")
    return root


def require_listed_lead(root: TrustRoot, lead_id: str, purpose: str) -> None:
    """Refuse (exit 2) unless the trust root lists ``lead_id`` among its leads."""
    if root.lead(lead_id) is None:
        raise CarekbError(
            f"'{lead_id}' is not a lead in the trust root {root.source} (leads: {root.lead_ids})",
            hint=f"only the clinical leads the trust root lists may {purpose}",
        )


def require_trust_root(kb: KnowledgeBase, purpose: str) -> TrustRoot:
    """The trust root ``kb`` was opened with; refuse (exit 2) when there is none."""
    root = kb.roster.root
    if root is None:
        raise CarekbError(
            f"no trust root configured: carekb needs the clinical leads' keys to {purpose}",
            hint="give the trust file with --trust FILE or CAREKB_TRUST, or put it in your user "
            "config folder as carekb/trust.yaml (see docs/leads.md)",
        )
    return root


def _signable_roster(kb: KnowledgeBase) -> Document:
    doc = kb.people_doc
    if doc is None or not doc.ok:
        raise CarekbError(
            f"{PEOPLE_FILE} is missing or does not load",
            hint=f"run 'carekb lint {PEOPLE_FILE}' and fix it first",
        )
    from carekb.schemas import schema_problems

    # The old signatures block is about to be replaced, so only the people must be valid.
    people = Document(path=doc.path, data=_without_signatures(doc.data))
    for _, message in schema_problems(people, "people"):
        raise CarekbError(
            f"{PEOPLE_FILE} does not match its schema ({message}): the leads sign a valid "
            "roster only",
            hint=f"run 'carekb lint {PEOPLE_FILE}' and fix it first",
        )
    problem = canonical_roster(doc.data).problem
    if problem:
        raise CarekbError(f"the roster cannot be signed: {problem}", hint="fix it first")
    return doc


def _without_signatures(data: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if k != SIGNATURES_KEY}


def lead_key(root: TrustRoot, lead_id: str, key_file: Path | None) -> Ed25519PrivateKey:
    from carekb.trust.keys import default_key_path, load_private_key, public_key_text

    path = key_file or default_key_path(lead_id)
    key = load_private_key(path)
    lead = root.lead(lead_id)
    if lead is None or public_key_text(key) != lead.public_key:
        raise CarekbError(
            f"the private key in {path} is not the key the trust root {root.source} lists for "
            f"{lead_id} (it belongs to {public_key_text(key)})",
            hint="sign with your own lead key (--key FILE); a new lead key goes into the trust "
            "root first",
        )
    return key


def next_terms(
    project: Project,
    roster: CanonicalRoster,
    before: SignedRoster,
    choices: SigningChoices,
    now: dt.datetime,
) -> SignedRoster:
    """The terms to sign ``roster`` under, given the block's terms ``before``.

    The project identity stays what the leads signed before (else the lead's
    ``--project``, else a new one); the expiry stays while the roster is the
    same and has not expired (so a second lead co-signs the same terms), else
    it is the lead's ``--expires`` or a year from now. The version stays when
    nothing signed changes and rises by one when anything does, so every lead
    signing one roster agrees on one version, and a publisher can tell an
    older roster from a newer one.
    """
    project_id = before.project or choices.project or _new_project_id(project)
    if choices.project and before.project and choices.project != before.project:
        raise CarekbError(
            f"the roster is signed for project '{before.project}', not '{choices.project}'",
            hint="a project keeps its identity: publishers' records are keyed by it; drop "
            "--project",
        )
    expires = choices.expires or _kept_expiry(roster, before, now.date())
    if expires <= now.date():
        raise CarekbError(
            f"--expires {expires.isoformat()} is not after today ({now.date().isoformat()})",
            hint="give a day in the future; a roster is not trusted after its expiry",
        )
    now_governed = governance(project)
    terms = SignedRoster(
        project_id,
        before.version,
        expires.isoformat(),
        roster.hash,
        {},
        now_governed.digest,
        now_governed.files,
    )
    same = terms.same_terms(before) and before.version > 0
    version = before.version if same else before.version + 1
    if choices.version is not None:
        if choices.version <= before.version:
            raise CarekbError(
                f"--version {choices.version} is not above the roster's version {before.version}",
                hint="a version only ever rises; leave --version out to sign the next one",
            )
        version = choices.version
    return replace(terms, version=version, people=roster.digests)


def _kept_expiry(roster: CanonicalRoster, before: SignedRoster, today: dt.date) -> dt.date:
    signed_until = expiry_date(before.expires)
    if before.roster_hash == roster.hash and signed_until is not None and signed_until > today:
        return signed_until
    return today + DEFAULT_VALIDITY


def _new_project_id(project: Project) -> str:
    """``back-care-clinic-3f9a1c``: the project's name as a slug, made unique."""
    from carekb.scaffold import slugify

    return f"{slugify(project.name)[:40] or 'carekb'}-{secrets.token_hex(3)}"


def sign_roster(terms: SignedRoster, by: str, at: str, key: Ed25519PrivateKey) -> dict[str, str]:
    """One lead's signature over ``terms``, as it is written under ``signed:``."""
    from carekb.trust.keys import sign

    return {"by": by, "at": at, "signature": sign(key, roster_message(terms, by, at))}


def signatures_block(terms: SignedRoster, signed: list[dict[str, str]]) -> dict[str, Any]:
    """The ``signatures:`` block for ``terms`` with the signatures ``signed``."""
    return {
        "project": terms.project,
        "version": terms.version,
        "expires": terms.expires,
        "governance": terms.governance,
        "governance_files": dict(terms.governance_files),
        "roster_hash": terms.roster_hash,
        "people": dict(terms.people),
        "signed": signed,
    }


def _check_new_signature(
    root: TrustRoot, terms: SignedRoster, signature: Mapping[str, str], now: dt.datetime
) -> None:
    # Verify the new signature exactly as lint will, before anything is written.
    check = check_lead_signature(root, 0, signature, terms, terms.roster_hash, now)
    if not check.current:
        raise CarekbError("internal error: the new roster signature does not verify")


def _carried_over(
    before: RosterTrust, data: Mapping[str, Any], lead_id: str, terms: SignedRoster
) -> tuple[tuple[str, ...], list[dict[str, Any]], tuple[str, ...]]:
    """Other leads' signatures that still cover the roster under the same terms; the ones
    dropped, described."""
    block = data.get(SIGNATURES_KEY)
    same = signed_roster(block).version == terms.version
    items = block.get("signed") if isinstance(block, Mapping) else None
    raw = items if isinstance(items, list) else []
    kept: list[str] = []
    kept_items: list[dict[str, Any]] = []
    dropped: list[str] = []
    for check in before.signatures:
        label = f"{check.by or '?'} at {check.at or '?'}"
        if check.by == lead_id:
            dropped.append(f"{label} (replaced by the new signature)")
        elif check.current and same and check.by not in kept:
            kept.append(check.by)
            kept_items.append(dict(raw[check.index]))
        elif check.authentic:
            dropped.append(f"{label} (signed an earlier roster or expiry: they sign again)")
        else:
            dropped.append(f"{label} (did not verify)")
    return tuple(kept), kept_items, tuple(dropped)


# --- What 'carekb roster verify' prints ------------------------------------------------


def verify_text(project: Project, kb: KnowledgeBase, trust: RosterTrust) -> str:
    """Who signed the roster, against which trust root, and whether it is trusted."""
    root = trust.root
    assert root is not None  # the command refuses to run without one
    people = len(canonical_roster(kb.people_doc.data if kb.people_doc else None).records)
    lines = [
        f"roster: {PEOPLE_FILE}, {people} people, {short_hash(trust.roster_hash)}",
        f"trust root: {root.source}: {root.threshold} of {len(root.leads)} lead(s) must sign",
    ]
    lines.extend(f"  lead {lead.id} {fingerprint(lead.public_key)}" for lead in root.leads)
    lines.extend(_notes(project, root))
    if trust.version:
        lines.append(
            f"signed terms: project {trust.project}, version {trust.version}, "
            f"expires {trust.expires}"
        )
    lines.append("signatures:" if trust.signatures else "signatures: none")
    lines.extend(f"  {_signature_line(check)}" for check in trust.signatures)
    if trust.trusted:
        lines.append(
            f"trusted: yes, signed as it is now by {', '.join(trust.signers)} "
            f"({len(trust.signers)} of {root.threshold} required)"
        )
        unsigned = unsigned_governance(project, trust)
        lines.append(
            "settings and templates: NOT as the leads signed them; exports under "
            "--require-trust are refused until a lead signs:"
            if unsigned
            else "settings and templates: as the leads signed them"
        )
        lines.extend(f"  {problem}" for problem in unsigned)
    else:
        lines.append(
            f"trusted: NO ({len(trust.signers)} of {root.threshold} required lead signatures "
            "cover the roster as it is now); no approval counts until it is:"
        )
        lines.extend(f"  {finding.message}" for finding in trust.findings)
    return "\n".join(lines) + "\n"


def _signature_line(check: LeadSignature) -> str:
    where = f"{check.by or '?'} at {check.at or '?'}"
    if not check.authentic:
        return f"{where}: does NOT verify: {check.reason}"
    if check.current:
        return f"{where}: valid, covers the roster as it is now"
    return f"{where}: valid, but over an earlier roster (it changed since)"


def _notes(project: Project, root: TrustRoot) -> list[str]:
    notes: list[str] = []
    mismatch = fingerprint_mismatch(root, expected_fingerprints(project.config))
    if mismatch:
        notes.append(f"warning: the trust root is not the one carekb.yaml expects: {mismatch}")
    # A trust root that is not protected is named on stderr by every command
    # (carekb.cli.common.trust_option), so not again here.
    return notes
