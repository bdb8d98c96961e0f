"""Signatures already verified: checked once, remembered by what they cover.

An Ed25519 verification costs 150 to 250 µs here, and every lint and export
checks every signature in the knowledge base (approvals and every audit
event): tens of thousands on a large one. :func:`verify` answers from memory
for a (public key, signature, message) triple that verified before, in this
process or (through :func:`remember`, fed from the sealed cache by the lint
and export pipelines) in an earlier run. Only successes are remembered: a
signature that fails is checked again every time. The memory is keyed by a
SHA-256 of all three, so a remembered success never vouches for anything
else. Nothing here needs ``cryptography`` until a signature is new.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

_KNOWN: set[str] = set()  # tokens of triples that verified
_USED: set[str] = set()  # tokens this process verified or relied on


def verify(public_key: str, signature: str, message: bytes) -> bool:
    """Whether ``signature`` over ``message`` was made with ``public_key``'s private key."""
    token = _token(public_key, signature, message)
    if token not in _KNOWN:
        from carekb.trust.keys import verify as verify_now

        if not verify_now(public_key, signature, message):
            return False
        _KNOWN.add(token)
    _USED.add(token)
    return True


def remember(tokens: Iterable[str]) -> None:
    """Take earlier runs' verified tokens (from the sealed cache) as known."""
    _KNOWN.update(t for t in tokens if isinstance(t, str))


def adopt(tokens: Iterable[str]) -> None:
    """Take tokens a worker of this process verified or relied on: known, and used."""
    mine = [t for t in tokens if isinstance(t, str)]
    _KNOWN.update(mine)
    _USED.update(mine)


def used() -> list[str]:
    """The tokens this process relied on: what is worth keeping for the next run."""
    return sorted(_USED)


def _token(public_key: str, signature: str, message: bytes) -> str:
    digest = hashlib.sha256()
    for part in (
        public_key.encode("utf-8", "surrogateescape"),
        signature.encode("utf-8", "surrogateescape"),
        message,
    ):
        digest.update(len(part).to_bytes(8, "big"))
        digest.update(part)
    return digest.hexdigest()
