"""Passphrases for encrypted private keys: from a file, or asked at a terminal.

Kept apart from :mod:`carekb.trust.keys` so that the command line can install
its terminal prompt without importing ``cryptography`` on every run.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from carekb.errors import CarekbError

# A file holding the passphrase of an encrypted key, for scripts (a terminal is asked).
PASSPHRASE_FILE_VARIABLE = "CAREKB_KEY_PASSPHRASE_FILE"
# Shorter passphrases fall to a guessing attack on a stolen key file within days.
MIN_PASSPHRASE_LENGTH = 8

PassphrasePrompt = Callable[[Path], bytes]
# How this process asks for the passphrase of an encrypted key: the command
# line installs a terminal prompt (:func:`use_passphrase_prompt`); without one,
# only the file named by $CAREKB_KEY_PASSPHRASE_FILE can answer. One setting
# for the whole process (not a context variable), so the review desk's
# request threads see what its start-up installed.
_prompts: list[PassphrasePrompt] = []


def use_passphrase_prompt(prompt: PassphrasePrompt | None) -> None:
    """Ask ``prompt`` for the passphrase of an encrypted key from now on (``None``: ask no one)."""
    _prompts[:] = [prompt] if prompt is not None else []


def read_passphrase_file(path: Path) -> bytes:
    """The passphrase in ``path``: its first line, without the line break."""
    try:
        text = path.read_bytes()
    except OSError as exc:
        raise CarekbError(
            f"cannot read the passphrase file {path}: {exc.strerror or exc}"
        ) from None
    passphrase = text.splitlines()[0] if text.strip() else b""
    if not passphrase:
        raise CarekbError(f"the passphrase file {path} is empty", hint="write the passphrase in it")
    return passphrase


def configured_passphrase(explicit: Path | None = None) -> bytes | None:
    """The passphrase in ``explicit``, else in the file $CAREKB_KEY_PASSPHRASE_FILE names;
    ``None`` when neither is given (a terminal must be asked)."""
    chosen = os.environ.get(PASSPHRASE_FILE_VARIABLE)
    if explicit is None and chosen:
        explicit = Path(chosen).expanduser()
    return read_passphrase_file(explicit) if explicit is not None else None


def check_new_passphrase(passphrase: bytes) -> bytes:
    """``passphrase``, unless it is too short to protect a new key."""
    if len(passphrase.decode("utf-8", "replace")) < MIN_PASSPHRASE_LENGTH:
        raise CarekbError(
            f"the passphrase is shorter than {MIN_PASSPHRASE_LENGTH} characters",
            hint="a few words you will remember make a strong passphrase",
        )
    return passphrase


def passphrase_for(path: Path) -> bytes:
    """The passphrase for the encrypted key at ``path``: the variable's file, else the prompt."""
    configured = configured_passphrase()
    if configured is not None:
        return configured
    if not _prompts:
        raise CarekbError(
            f"the private key {path} is protected by a passphrase and there is no terminal "
            "to ask for it",
            hint=f"run the command in a terminal, or set {PASSPHRASE_FILE_VARIABLE} to a file "
            "(mode 0600) holding the passphrase",
        )
    return _prompts[0](path)
