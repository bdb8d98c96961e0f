"""Signatures already verified: checked once, remembered by what they cover.

An Ed25519 verification costs 150 to 250 µs here, and every lint and export
checks every signature in the knowledge base (approvals and every audit
event): tens of thousands on a large one. :func:`verify` answers from memory
for a (public key, signature, message) triple that verified before, in this
process or (through :func:`remember`, fed from the sealed cache by the lint
and export pipelines) in an earlier run. Only successes are remembered: a
signature that fails is checked again every time. The memory is keyed by a
SHA-256 of all three, so a remembered success never vouches for anything
else. Nothing here needs ``cryptography`` until a signature is new. A
signature inside a record whose own signature, by the same key, just verified
is taken as verified (:func:`vouch`): an approval inside its approve event.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

# Each token is in one set only: at 100,000 entries there are hundreds of thousands, and
# as two sets of hex text they cost a lint some 60 MB. Those earlier runs kept stay the
# hex text the cache holds (the caller's own strings, which it keeps to write back):
# turning 20,000 of them into bytes cost a warm lint of 10,000 entries 9 ms, where a
# token asked about is turned into text once.
_REMEMBERED: set[str] = set()  # tokens earlier runs kept, not yet relied on here
_USED: set[bytes] = set()  # tokens this process verified or relied on, as 32 bytes
_HEX_LENGTH = 2 * hashlib.sha256().digest_size  # a token as kept: SHA-256 in hex


def verify(public_key: str, signature: str, message: bytes) -> bool:
    """Whether ``signature`` over ``message`` was made with ``public_key``'s private key."""
    token = _token(public_key, signature, message)
    if token not in _USED:
        text = token.hex()
        if text in _REMEMBERED:
            _REMEMBERED.discard(text)
        else:
            from carekb.trust.keys import verify as verify_now

            if not verify_now(public_key, signature, message):
                return False
        _USED.add(token)
    return True


def vouch(public_key: str, signature: str, message: bytes) -> None:
    """Take ``signature`` over ``message`` as ``public_key``'s without checking it: for a
    caller that has just verified, with the same key, a signature over a record that holds
    this signature and everything ``message`` says (an approve event holds its approval
    whole, :mod:`carekb.trust.audit`). Only that key's holder can have made the record,
    so they stand behind this signature as if it had been verified; it is remembered as
    one that was, by what it covers, and vouches for nothing else."""
    token = _token(public_key, signature, message)
    _USED.add(token)
    _REMEMBERED.discard(token.hex())


def remember(tokens: Iterable[str]) -> None:
    """Take earlier runs' verified tokens (from the sealed cache) as known. Text that no
    verification writes (another case, another length) is kept too, but never matches
    a token asked about (:func:`verify` asks by the lower-case hex it writes)."""
    _REMEMBERED.update(token for token in tokens if isinstance(token, str))
    _REMEMBERED.difference_update(token.hex() for token in _USED)


def adopt(tokens: Iterable[str]) -> None:
    """Take tokens a worker of this process verified or relied on: known, and used."""
    mine = set(_read(tokens))
    _USED.update(mine)
    _REMEMBERED.difference_update(token.hex() for token in mine)


def forget() -> None:
    """Forget every token, as a new process starts without any."""
    _REMEMBERED.clear()
    _USED.clear()


def used() -> list[str]:
    """The tokens this process relied on: what is worth keeping for the next run."""
    return sorted(token.hex() for token in _USED)


def _read(tokens: Iterable[object]) -> Iterable[bytes]:
    """The tokens as kept (lower-case hex text), each as its bytes; anything else
    (which no verification would have written) is skipped."""
    for token in tokens:
        if isinstance(token, str) and len(token) == _HEX_LENGTH:
            try:
                read = bytes.fromhex(token)
            except ValueError:
                continue
            if read.hex() == token:
                yield read


def _token(public_key: str, signature: str, message: bytes) -> bytes:
    digest = hashlib.sha256()
    for part in (
        public_key.encode("utf-8", "surrogateescape"),
        signature.encode("utf-8", "surrogateescape"),
        message,
    ):
        digest.update(len(part).to_bytes(8, "big"))
        digest.update(part)
    return digest.digest()
