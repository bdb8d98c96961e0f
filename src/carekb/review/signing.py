"""Signatures made elsewhere: the review desk's browser signs, the server checks.

The desk never sees a reviewer's private key. It runs the same workflow
command as the command line, with a :class:`PresentedSignatures` signer: each
time the command needs a signature over some bytes, the signer looks for one
the browser already sent that verifies over exactly those bytes with the
reviewer's public key. When there is none it raises :class:`SignatureNeeded`
with the bytes, before anything is written (every command signs before it
writes); the desk hands them to the browser, which signs them and asks again.
An approval takes two rounds (the approval, then the event that holds it).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from carekb.trust.keys import parse_public_key, verify


class SignatureNeeded(Exception):
    """The command needs a signature over ``message`` that nobody has sent yet."""

    def __init__(self, message: bytes) -> None:
        super().__init__("a signature is needed")
        self.message = message


@dataclass(frozen=True)
class PresentedSignatures:
    """A signer holding only signatures: those that verify with ``public_key``."""

    public_key: str
    signatures: Sequence[str] = ()

    def __post_init__(self) -> None:
        if parse_public_key(self.public_key) is None:
            from carekb.errors import CarekbError

            raise CarekbError(
                "the key file you picked did not give an Ed25519 public key",
                hint="pick the key file 'carekb keys new' wrote for you",
            )

    def sign(self, message: bytes) -> str:
        for signature in self.signatures:
            if verify(self.public_key, signature, message):
                return signature
        raise SignatureNeeded(message)
