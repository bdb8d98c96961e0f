"""The signed roster: whether ``kb/people.yaml`` is the one the clinical leads signed.

Approvals prove that the holder of a roster key signed; they prove nothing if
whoever can edit the roster can add a reviewer with a key of their own. So the
leads named in the trust root (:mod:`carekb.trust.root`, kept outside the
content) sign the roster, and :func:`verify_roster` decides, once per
knowledge base while it is opened (:func:`carekb.kb.open_kb`), whether it is
trusted. :func:`carekb.trust.approvals.review_verdict` reads that verdict
(``kb.roster``), so lint, ``carekb status``, the review workflow and the export gate
all count approvals against the same verified roster.

What the leads sign is the *canonical roster*: every person's whole record
(email included: ``carekb notify`` sends review notices there), keyed by id,
as canonical JSON. Reordering people, comments and formatting never void a
signature; any change to an id, name, credential, role, email, key, key date
or revocation does.

With it they sign three things a publisher needs to refuse an old roster (as
The Update Framework's root metadata does): the ``project`` identity, which
keys the publisher's record (:mod:`carekb.trust.record`); a ``version`` that
rises whenever what is signed changes, so a roster rolled back with git
(undoing a revocation) is older than the one a publisher last accepted; and
an ``expires`` date, after which the roster is not trusted, so nobody can
freeze a site on an old roster for ever.
The signatures live in the roster file itself, written by
``carekb roster sign`` (:mod:`carekb.review.roster`: signing and writing the
block is editing; this module only reads and verifies)::

    signatures:
      project: clinic-back-care-3f9a1c  # who this roster belongs to
      version: 4                     # rises with every change the leads sign
      expires: 2027-12-01            # not trusted after this day
      roster_hash: sha256:...        # the canonical roster the leads signed
      people:                        # a short digest of each person's record,
        jlee: sha256:0f1e2d3c4b5a6978  # so lint can name who changed since
      signed:
        - by: lead-id
          at: 2026-11-26T10:00:00Z
          signature: ed25519:...

Each signature covers ``carekb-roster-v2\\n`` followed by the canonical JSON of
``{"v": 2, "project", "version", "expires", "roster_hash", "people",
"governance", "governance_files", "by", "at"}`` (the governance terms:
:mod:`carekb.trust.governance`). The roster is trusted when at least the trust root's ``threshold``
distinct leads have a signature that verifies with their trust-root key and
covers the roster as it is now, the signed ``expires`` day has not passed, and
no signature is dated in the future. A block written before versions were
signed (no ``version``) counts for nothing until a lead signs again.

Without any trust root the roster counts as written (the approvals work as
before, and lint warns that it is not verified); with one, an untrusted
roster means no approval counts.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from carekb import clock
from carekb.clock import parse_timestamp
from carekb.model import (
    Document,
    KnowledgeBase,
    LeadSignature,
    Person,
    PublicKey,
    RosterFinding,
    RosterTrust,
    TrustRoot,
)
from carekb.project import PEOPLE_FILE
from carekb.trust.canonical import canonical_json, sha256_text

ROSTER_DOMAIN = b"carekb-roster-v2\n"
MESSAGE_VERSION = 2
SIGNATURES_KEY = "signatures"
# Nothing in a person's record is left unsigned: names and credentials are
# printed as the reviewer, and email addresses are where 'carekb notify' sends
# review notices, so whoever may edit the roster must not be able to redirect them.
UNSIGNED_FIELDS: frozenset[str] = frozenset()
SIGNATURE_FIELDS = ("by", "at", "signature")
_DIGEST_HEX = 16  # per-person digests only name who changed; roster_hash binds the whole
_SIGN_HINT = "a lead checks the roster and runs 'carekb roster sign --as LEAD'"


# --- The canonical roster -------------------------------------------------------


@dataclass(frozen=True)
class CanonicalRoster:
    """The part of the roster the leads sign, and where each person is in the file."""

    records: Mapping[str, Mapping[str, Any]]  # id -> the signed part of the record
    indexes: Mapping[str, int]  # id -> position in the people list
    problem: str = ""  # why the roster cannot be signed ("" when it can)

    @property
    def hash(self) -> str:
        return sha256_text(canonical_json(self.records))

    @property
    def digests(self) -> dict[str, str]:
        return {person: _digest(record) for person, record in sorted(self.records.items())}


def _digest(record: Mapping[str, Any]) -> str:
    full = hashlib.sha256(canonical_json(record)).hexdigest()
    return f"sha256:{full[:_DIGEST_HEX]}"


def canonical_roster(data: Any) -> CanonicalRoster:
    """The signed part of a roster document's data (``kb.people_doc.data``)."""
    items = data.get("people") if isinstance(data, Mapping) else None
    if not isinstance(items, list):
        return CanonicalRoster({}, {}, f"{PEOPLE_FILE} has no list of people")
    records: dict[str, Mapping[str, Any]] = {}
    indexes: dict[str, int] = {}
    for index, item in enumerate(items):
        person = item.get("id") if isinstance(item, Mapping) else None
        if not isinstance(person, str):
            return CanonicalRoster({}, {}, f"person #{index + 1} in {PEOPLE_FILE} has no id")
        if person in records:
            return CanonicalRoster({}, {}, f"'{person}' is listed twice in {PEOPLE_FILE}")
        records[person] = {k: v for k, v in item.items() if k not in UNSIGNED_FIELDS}
        indexes[person] = index
    shared = repeated_keys(data)
    if shared:
        return CanonicalRoster({}, {}, shared[0].describe())
    return CanonicalRoster(records, indexes)


def repeated_people(data: Any) -> list[tuple[int, int, str]]:
    """``(index, first index, id)`` of each person listed again under an id taken before."""
    items = data.get("people") if isinstance(data, Mapping) else None
    first: dict[str, int] = {}
    repeats: list[tuple[int, int, str]] = []
    for index, item in enumerate(items if isinstance(items, list) else []):
        person = item.get("id") if isinstance(item, Mapping) else None
        if not isinstance(person, str):
            continue
        if person in first:
            repeats.append((index, first[person], person))
        else:
            first[person] = index
    return repeats


@dataclass(frozen=True)
class RepeatedKey:
    """A public key listed again in the roster: one key may belong to one person, once.

    Two people sharing a key cannot be told apart (either could sign as the
    other), and a key listed twice for one person could carry two sets of
    dates or revocations. Places are indexes into ``people`` and its ``keys``.
    """

    public_key: str
    person: str
    at: tuple[int, int]  # (person index, key index) of the repeat
    first_person: str
    first_at: tuple[int, int]  # where the key was listed first

    def describe(self) -> str:
        owners = (
            f"twice for '{self.person}'"
            if self.person == self.first_person
            else f"for both '{self.first_person}' and '{self.person}'"
        )
        return f"the public key {_short(self.public_key)} is listed {owners}: one key, one person"


def _short(public_key: str) -> str:
    return public_key[:20] + "…" if len(public_key) > 20 else public_key


def repeated_keys(data: Any) -> list[RepeatedKey]:
    """Every public key the roster lists after it was listed already (for anyone)."""
    items = data.get("people") if isinstance(data, Mapping) else None
    first: dict[str, tuple[str, tuple[int, int]]] = {}
    repeats: list[RepeatedKey] = []
    for index, item in enumerate(items if isinstance(items, list) else []):
        person = item.get("id") if isinstance(item, Mapping) else None
        keys = item.get("keys") if isinstance(item, Mapping) else None
        for number, key in enumerate(keys if isinstance(keys, list) else []):
            public = key.get("public_key") if isinstance(key, Mapping) else None
            if not isinstance(public, str):
                continue
            owner = person if isinstance(person, str) else f"#{index + 1}"
            if public in first:
                earlier, where = first[public]
                repeats.append(RepeatedKey(public, owner, (index, number), earlier, where))
            else:
                first[public] = (owner, (index, number))
    return repeats


@dataclass(frozen=True)
class SignedRoster:
    """What each lead's signature in a block covers, besides who signed and when."""

    project: str
    version: int  # 0: written before versions were signed
    expires: str  # an ISO date
    roster_hash: str
    people: Mapping[str, str]  # id -> the short digest of their record
    # The settings and templates behind every page (carekb.trust.governance); "" when
    # the block was signed before they were.
    governance: str = ""
    governance_files: Mapping[str, str] = field(default_factory=dict)

    def same_terms(self, other: SignedRoster) -> bool:
        """Whether ``other`` covers the same roster and governance for the same project
        until the same day."""
        return (self.project, self.roster_hash, self.expires, self.governance) == (
            other.project,
            other.roster_hash,
            other.expires,
            other.governance,
        )


def signed_roster(block: Any) -> SignedRoster:
    """The signed terms of a ``signatures:`` block as written (not yet believed)."""
    get = block.get if isinstance(block, Mapping) else (lambda _key: None)
    version = get("version")
    expires = get("expires")
    return SignedRoster(
        project=_text(get("project")),
        version=version if isinstance(version, int) and not isinstance(version, bool) else 0,
        # YAML reads an unquoted date as a date; the signature covers its ISO text.
        expires=expires.isoformat() if isinstance(expires, dt.date) else _text(expires),
        roster_hash=_text(get("roster_hash")),
        people=_digests(get("people")),
        governance=_text(get("governance")),
        governance_files=_digests(get("governance_files")),
    )


def roster_message(terms: SignedRoster, by: str, at: str) -> bytes:
    """The exact bytes a lead's roster signature covers."""
    body = {
        "v": MESSAGE_VERSION,
        "project": terms.project,
        "version": terms.version,
        "expires": terms.expires,
        "roster_hash": terms.roster_hash,
        "people": dict(terms.people),
        "governance": terms.governance,
        "governance_files": dict(terms.governance_files),
        "by": by,
        "at": at,
    }
    return ROSTER_DOMAIN + canonical_json(body)


def expiry_date(expires: str) -> dt.date | None:
    """A signed ``expires`` text as a day, or ``None`` when it is not a date."""
    try:
        return dt.date.fromisoformat(expires)
    except ValueError:
        return None


# --- The verdict on a roster ----------------------------------------------------------


def roster_headline(trust: RosterTrust) -> str:
    """``kb/people.yaml is NOT trusted (0 of 1 lead signatures cover it now)``."""
    if trust.root is None:
        return f"{PEOPLE_FILE} is not verified (no trust root configured)"
    state = "trusted" if trust.trusted else "NOT trusted"
    return (
        f"{PEOPLE_FILE} is {state} ({len(trust.signers)} of {trust.root.threshold} "
        "lead signatures cover it now)"
    )


def roster_summary(trust: RosterTrust) -> str:
    """One line for status, refusals and ``roster sign``: trusted or not, and by what."""
    if trust.root is None:
        return f"{PEOPLE_FILE} is not verified: no trust root configured"
    state = "trusted" if trust.trusted else "NOT trusted"
    return (
        f"{PEOPLE_FILE} is {state}: {len(trust.signers)} of {trust.root.threshold} required "
        f"lead signature(s) cover it as it is now (trust root {trust.root.source})"
    )


def verify_roster(
    doc: Document | None,
    people: Mapping[str, Person],
    root: TrustRoot | None,
    *,
    now: dt.datetime | None = None,
) -> RosterTrust:
    """Check the roster ``doc`` (whose people are ``people``) against ``root``.

    ``root`` ``None`` means no trust root: nothing to check, the roster counts
    as written. ``now`` (default :func:`carekb.clock.now`) judges the signed
    expiry and the signing times. Called once, while a knowledge base is
    opened (:func:`carekb.kb.open_kb`); everyone else reads ``kb.roster``.
    """
    data = doc.data if doc is not None and doc.ok else None
    people = _with_revocations(people, data)
    roster = canonical_roster(data)
    if root is None:
        return RosterTrust(root=None, people=people, roster_hash=roster.hash)
    if data is None or roster.problem:
        problem = roster.problem or f"{PEOPLE_FILE} is missing or did not load"
        finding = RosterFinding((), f"the roster cannot be verified: {problem}")
        return RosterTrust(root, people, roster.hash, findings=(finding,))
    block = data.get(SIGNATURES_KEY)
    if not isinstance(block, Mapping):
        finding = RosterFinding(
            ("people",),
            f"the roster is not signed by the clinical leads (trust root {root.describe()}): "
            f"no approval counts until {_SIGN_HINT}",
            key=True,
        )
        return RosterTrust(root, people, roster.hash, findings=(finding,))
    return _verify_block(root, people, roster, block, now or clock.now())


def _verify_block(
    root: TrustRoot,
    people: Mapping[str, Person],
    roster: CanonicalRoster,
    block: Mapping[str, Any],
    now: dt.datetime,
) -> RosterTrust:
    terms = signed_roster(block)
    items = block.get("signed")
    checks = tuple(
        check_lead_signature(root, index, item, terms, roster.hash, now)
        for index, item in enumerate(items if isinstance(items, list) else [])
    )
    signers = tuple(dict.fromkeys(c.by for c in checks if c.current))
    signed = replace(_trust(root, people, roster, terms), signatures=checks, signers=signers)
    if len(signers) >= root.threshold:
        # Enough leads signed this very roster. A stray signature beside theirs (by
        # someone no longer a lead, or a forgery) grants nothing and takes nothing
        # away, as in TUF; 'carekb roster verify' still lists it.
        expired = _expiry_finding(terms.expires, now.date())
        return replace(signed, findings=(expired,)) if expired else signed
    findings = [
        RosterFinding((SIGNATURES_KEY, "signed", c.index), c.reason)
        for c in checks
        if not c.authentic
    ]
    if terms.roster_hash != roster.hash:
        findings.extend(_changes(roster, terms.people, authentic=any(c.authentic for c in checks)))
    findings.append(
        RosterFinding(
            (SIGNATURES_KEY,),
            f"the roster is not trusted: {len(signers)} of {root.threshold} required "
            f"signatures by the clinical leads cover it as it is now (trust root "
            f"{root.describe()}): no approval counts until {_SIGN_HINT}",
            key=True,
        )
    )
    return replace(signed, findings=tuple(findings))


def _trust(
    root: TrustRoot, people: Mapping[str, Person], roster: CanonicalRoster, terms: SignedRoster
) -> RosterTrust:
    return RosterTrust(
        root,
        people,
        roster.hash,
        project=terms.project,
        version=terms.version,
        expires=terms.expires,
        governance=terms.governance,
        governance_files=terms.governance_files,
    )


def _expiry_finding(expires: str, today: dt.date) -> RosterFinding | None:
    """Why a roster signed to hold until ``expires`` has expired on ``today`` (``None``
    while it holds)."""
    day = expiry_date(expires)
    if day is not None and today <= day:
        return None
    when = f"expired on {day.isoformat()}" if day else f"has no valid expiry ({expires!r})"
    return RosterFinding(
        (SIGNATURES_KEY, "expires"),
        f"the clinical leads' signatures over the roster {when}: an expired roster is not "
        f"trusted, so no approval counts until a lead checks it and signs it again "
        f"('carekb roster sign', which renews the expiry)",
    )


def check_lead_signature(
    root: TrustRoot,
    index: int,
    item: Any,
    terms: SignedRoster,
    current_hash: str,
    now: dt.datetime,
) -> LeadSignature:
    """Signature #``index + 1`` of a block over ``terms``, checked against ``root``.

    The signature is current when it is authentic and ``terms.roster_hash``
    is ``current_hash``, the roster now. A signature dated later than ``now``
    allows is not authentic: the lead's clock was wrong, or the time forged.
    """
    fields = {k: _text(item.get(k)) for k in SIGNATURE_FIELDS} if isinstance(item, Mapping) else {}
    by, at = fields.get("by", ""), fields.get("at", "")

    def result(reason: str) -> LeadSignature:
        authentic = not reason
        current = authentic and terms.roster_hash == current_hash
        return LeadSignature(index, by, at, authentic, current, reason)

    if not all(fields.get(k) for k in SIGNATURE_FIELDS):
        return result(
            f"roster signature #{index + 1} is incomplete: only 'carekb roster sign' writes "
            "valid signatures; delete it"
        )
    if terms.version < 1:
        return result(
            f"roster signature #{index + 1} by {by} was made in an earlier format that signs no "
            "version, project or expiry: it no longer counts; a lead signs again with "
            "'carekb roster sign'"
        )
    lead = root.lead(by)
    if lead is None:
        return result(
            f"roster signature #{index + 1} is by '{by}', who is not a lead in the trust root "
            f"{root.source} (leads: {root.lead_ids}): it does not count"
        )
    from carekb.trust.verified import verify  # cryptography loads only for new ones

    if not verify(lead.public_key, fields["signature"], roster_message(terms, by, at)):
        return result(
            f"the roster signature by {by} at {at} does not verify with {by}'s key in the "
            f"trust root {root.source}: the signatures block was edited by hand, or signed "
            "with another key"
        )
    moment = parse_timestamp(at)
    if moment is None or clock.in_future(moment, now):
        return result(
            f"the roster signature by {by} is dated {at}, later than now: {by}'s clock was "
            "wrong or the time was forged; it counts for nothing"
        )
    return result("")


def _changes(
    roster: CanonicalRoster, signed: Mapping[str, str], *, authentic: bool
) -> list[RosterFinding]:
    """Who differs from the roster the leads signed, one finding per person."""
    if not authentic:
        # The per-person digests are only evidence when a lead's signature covers them.
        return [
            RosterFinding(
                (SIGNATURES_KEY, "roster_hash"),
                "the roster is not the one the clinical leads signed, and no lead's signature "
                "in the block verifies, so carekb cannot tell what changed",
            )
        ]
    findings: list[RosterFinding] = []
    now = roster.digests
    for person, index in roster.indexes.items():
        if person not in signed:
            findings.append(_change(roster, person, index, "added"))
        elif signed[person] != now[person]:
            findings.append(_change(roster, person, index, "changed"))
    for person in sorted(set(signed) - set(now)):
        findings.append(
            RosterFinding(
                (SIGNATURES_KEY, "people", person),
                f"'{person}' was removed after the clinical leads signed the roster: the "
                f"removal is not signed; {_SIGN_HINT}",
                key=True,
                person=person,
                change="removed",
            )
        )
    return findings


def _change(roster: CanonicalRoster, person: str, index: int, change: str) -> RosterFinding:
    record = roster.records[person]
    what = "was added after" if change == "added" else "changed after"
    return RosterFinding(
        ("people", index, "id"),
        f"'{person}' ({describe_record(record)}) {what} the clinical leads signed the roster: "
        f"the change is not signed, so no approval counts until {_SIGN_HINT}",
        person=person,
        change=change,
    )


def describe_record(record: Mapping[str, Any]) -> str:
    """``roles: author, reviewer; keys: ed25519:AbCdEfGhIjKl…``: what matters for trust."""
    roles = record.get("roles")
    role_text = ", ".join(str(r) for r in roles) if isinstance(roles, list) and roles else "none"
    keys = record.get("keys")
    shown = [
        _short_key(k) for k in (keys if isinstance(keys, list) else []) if isinstance(k, Mapping)
    ]
    return f"roles: {role_text}; keys: {', '.join(shown) or 'none'}"


def _short_key(key: Mapping[str, Any]) -> str:
    text = str(key.get("public_key", "?"))
    short = text[:20] + "…" if len(text) > 20 else text
    return f"{short} (revoked)" if key.get("revoked") else short


def _digests(value: Any) -> dict[str, str]:
    if not isinstance(value, Mapping):
        return {}
    return {str(k): v for k, v in value.items() if isinstance(v, str)}


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


# --- Revocations ---------------------------------------------------------------------


def _with_revocations(people: Mapping[str, Person], data: Any) -> dict[str, Person]:
    """``people`` with each key's ``revoked`` date and reason from the roster document.

    The loader does not read revocations, so they are read here from the raw
    roster; a key marked revoked signs nothing, ever (see ``key_valid_on``).
    """
    revoked = _revocations(data)
    if not revoked:
        return dict(people)
    return {
        person_id: replace(person, keys=tuple(_revoke(person_id, k, revoked) for k in person.keys))
        for person_id, person in people.items()
    }


def _revoke(
    person_id: str, key: PublicKey, revoked: Mapping[tuple[str, str], tuple[str, str | None]]
) -> PublicKey:
    found = revoked.get((person_id, key.public_key))
    return replace(key, revoked=found[0], revoked_reason=found[1]) if found else key


def _revocations(data: Any) -> dict[tuple[str, str], tuple[str, str | None]]:
    items = data.get("people") if isinstance(data, Mapping) else None
    found: dict[tuple[str, str], tuple[str, str | None]] = {}
    for item in items if isinstance(items, list) else []:
        keys = item.get("keys") if isinstance(item, Mapping) else None
        for key in keys if isinstance(keys, list) else []:
            if not isinstance(key, Mapping) or key.get("revoked") in (None, False):
                continue
            when = key["revoked"]
            reason = key.get("revoked_reason")
            # Anything but a date (true, a typo) still revokes: a revocation is never
            # undone by how it was written.
            day = when if isinstance(when, str) else "(date not given)"
            identity = (str(item.get("id")), str(key.get("public_key")))
            found[identity] = (day, reason if isinstance(reason, str) else None)
    return found


def roster_signs_anything(doc: Document | None) -> bool:
    """Whether the roster lists a signing key or carries signatures: something to trust.

    A roster without keys can approve nothing, so lint leaves it alone (and
    nothing goes looking for a trust root).
    """
    data = doc.data if doc is not None and doc.ok else None
    if not isinstance(data, Mapping):
        return False
    if SIGNATURES_KEY in data:
        return True
    items = data.get("people")
    return any(
        isinstance(item, Mapping) and bool(item.get("keys"))
        for item in (items if isinstance(items, list) else [])
    )


def require_trusted_roster(
    kb: KnowledgeBase, today: dt.date | None = None, *, allow_unprotected: bool = False
) -> RosterTrust:
    """The roster's verdict, or a refusal: no trust root or one that is not protected
    (exit 2), or not trusted (exit 1).

    ``today`` (the publisher's clock) judges the signed expiry again, in case
    the knowledge base was opened under a clock fixed for tests. A trust root
    inside the project, a git work tree, or writable by others is refused
    unless ``allow_unprotected`` (the publisher said so on the command line).
    """
    from carekb.errors import EXIT_FINDINGS, CarekbError
    from carekb.project import TRUST_VARIABLE
    from carekb.trust.root import (
        ALLOW_UNPROTECTED_FLAG,
        UNPROTECTED_HINT,
        unprotected_message,
        unprotected_reasons,
    )

    trust = kb.roster
    expired = _expiry_finding(trust.expires, today) if today and trust.trusted else None
    if expired is not None:
        trust = replace(trust, findings=(expired,))
    if trust.root is None:
        raise CarekbError(
            "roster is not verified: no trust root configured, and --require-trust was given",
            hint=f"give the clinical leads' trust file with --trust FILE or {TRUST_VARIABLE} "
            "(see docs/leads.md)",
        )
    reasons = unprotected_reasons(Path(trust.root.source), kb.root)
    if reasons and not allow_unprotected:
        raise CarekbError(
            f"refused: {unprotected_message(trust.root.source, reasons)}; nothing was exported",
            hint=f"{UNPROTECTED_HINT}; for a demo or a test, say so with {ALLOW_UNPROTECTED_FLAG}",
        )
    if not trust.trusted:
        details = "\n".join(f"  {finding.message}" for finding in trust.findings)
        raise CarekbError(
            f"{roster_summary(trust)}; nothing was exported:\n{details}",
            hint="a clinical lead checks the roster and signs it ('carekb roster sign'); "
            "'carekb roster verify' shows where it stands",
            exit_code=EXIT_FINDINGS,
        )
    return trust
