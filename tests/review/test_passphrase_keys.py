"""Passphrase-protected keys: written encrypted by default, opened by every signing command.

``carekb keys new`` encrypts a new key (PKCS #8, PBES2 with PBKDF2-HMAC-SHA256
and AES-256-CBC). The passphrase comes from ``--passphrase-file``, from the
file $CAREKB_KEY_PASSPHRASE_FILE names, or from a terminal, which is asked
twice for a new key; with none of these the command refuses and says how.
"""

from __future__ import annotations

import os
import pty
import re
import select
import signal
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization

from review.helpers import Kb, add_key

PASSPHRASE = "correct horse battery"
# PBKDF2 with 600,000 rounds, as DER writes the count: INTEGER, 3 bytes, 0x0927C0.
ROUNDS_600K = bytes.fromhex("02030927c0")
PBES2_OID = bytes.fromhex("06092a864886f70d01050d")
AES256_CBC_OID = bytes.fromhex("060960864801650304012a")
HMAC_SHA256_OID = bytes.fromhex("06082a864886f70d0209")


def _passphrase_file(tmp_path: Path, text: str = PASSPHRASE) -> Path:
    path = tmp_path / "passphrase.txt"
    path.write_text(text + "\n", encoding="utf-8")
    path.chmod(0o600)
    return path


def _der(pem: bytes) -> bytes:
    import base64

    body = b"".join(line for line in pem.splitlines() if not line.startswith(b"-----"))
    return base64.b64decode(body)


def _replace_key_encrypted(kb: Kb, tmp_path: Path, person: str) -> None:
    """Give ``person`` a new, encrypted key on the roster (a rotation)."""
    add_key(kb, person, force=True, passphrase_file=_passphrase_file(tmp_path))
    assert b"ENCRYPTED" in (kb.keys / f"{person}.key").read_bytes()


def test_keys_new_writes_an_encrypted_key_with_600k_pbkdf2_rounds(kb: Kb, tmp_path: Path) -> None:
    key_file = tmp_path / "enc.key"
    result = kb.ok(
        "keys", "new", "rev-b", "--key", key_file, "--passphrase-file", _passphrase_file(tmp_path)
    )
    pem = key_file.read_bytes()
    assert pem.startswith(b"-----BEGIN ENCRYPTED PRIVATE KEY-----")
    der = _der(pem)
    for part in (PBES2_OID, HMAC_SHA256_OID, AES256_CBC_OID, ROUNDS_600K):
        assert part in der
    key = serialization.load_pem_private_key(pem, password=PASSPHRASE.encode())
    printed = re.search(r"ed25519:[A-Za-z0-9+/=]+", result.output)
    assert printed
    from carekb.trust.keys import public_key_text

    assert public_key_text(key) == printed.group(0)  # type: ignore[arg-type]
    # OpenSSL itself opens it: the format is the standard one, not carekb's own.
    opened = subprocess.run(
        ["openssl", "pkey", "-noout", "-passin", f"pass:{PASSPHRASE}"],
        input=pem,
        capture_output=True,
        check=False,
    )
    assert opened.returncode == 0, opened.stderr


def test_keys_new_without_a_terminal_or_passphrase_source_refuses_and_writes_nothing(
    kb: Kb, tmp_path: Path
) -> None:
    key_file = tmp_path / "none.key"
    result = kb.cli("keys", "new", "rev-b", "--key", key_file)
    assert result.exit_code == 2, result.output
    assert "no terminal" in result.output
    assert "--passphrase-file" in result.output and "--no-passphrase" in result.output
    assert not key_file.exists()


def test_a_short_passphrase_is_refused(kb: Kb, tmp_path: Path) -> None:
    key_file = tmp_path / "short.key"
    short = _passphrase_file(tmp_path, "abc")
    result = kb.cli("keys", "new", "rev-b", "--key", key_file, "--passphrase-file", short)
    assert result.exit_code == 2
    assert "shorter than 8" in result.output
    assert not key_file.exists()


def test_signing_with_an_encrypted_key_reads_the_passphrase_file(
    kb: Kb, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _replace_key_encrypted(kb, tmp_path, "rev-a")
    kb.ok("review", "request", "cat-cow", "--as", "author-a")
    monkeypatch.setenv("CAREKB_KEY_PASSPHRASE_FILE", str(_passphrase_file(tmp_path)))
    kb.ok("review", "approve", "cat-cow", "--as", "rev-a")
    assert kb.log_lines("cat-cow")[-1]["event"] == "approve"
    assert "approval-signature" not in kb.rules()


def test_a_wrong_passphrase_or_none_is_refused_and_nothing_changes(
    kb: Kb, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _replace_key_encrypted(kb, tmp_path, "rev-a")
    kb.ok("review", "request", "cat-cow", "--as", "author-a")
    before = (kb.text("cat-cow"), kb.log_lines("cat-cow"))

    no_source = kb.cli("review", "approve", "cat-cow", "--as", "rev-a")
    assert no_source.exit_code != 0
    assert "protected by a passphrase" in no_source.output
    assert "CAREKB_KEY_PASSPHRASE_FILE" in no_source.output

    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the passphrase\n", encoding="utf-8")
    monkeypatch.setenv("CAREKB_KEY_PASSPHRASE_FILE", str(wrong))
    refused = kb.cli("review", "approve", "cat-cow", "--as", "rev-a")
    assert refused.exit_code != 0
    assert "passphrase does not open" in refused.output
    assert "Traceback" not in refused.output
    assert (kb.text("cat-cow"), kb.log_lines("cat-cow")) == before


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX terminals only")
def test_a_terminal_is_asked_twice_for_a_new_key(kb: Kb, tmp_path: Path) -> None:
    """The real CLI in a pseudo-terminal, as a reviewer types at it."""
    key_file = tmp_path / "typed.key"
    output = _in_terminal(
        ["keys", "new", "rev-b", "--key", str(key_file)], kb, answers=[PASSPHRASE, PASSPHRASE]
    )
    assert "Passphrase for the new key" in output and "Repeat for confirmation" in output, output
    assert PASSPHRASE not in output  # the typing is not echoed
    pem = key_file.read_bytes()
    serialization.load_pem_private_key(pem, password=PASSPHRASE.encode())


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX terminals only")
def test_a_terminal_is_asked_once_to_sign_with_an_encrypted_key(kb: Kb, tmp_path: Path) -> None:
    _replace_key_encrypted(kb, tmp_path, "rev-a")
    kb.ok("review", "request", "cat-cow", "--as", "author-a")
    output = _in_terminal(["review", "approve", "cat-cow", "--as", "rev-a"], kb, [PASSPHRASE])
    assert output.count("Passphrase for") == 1, output
    assert PASSPHRASE not in output
    assert kb.log_lines("cat-cow")[-1]["event"] == "approve"


def _in_terminal(args: list[str], kb: Kb, answers: list[str]) -> str:
    """``python -m carekb ARGS`` on a new pseudo-terminal, typing each answer at a prompt."""
    env = {
        **os.environ,
        "CAREKB_ROOT": str(kb.root),
        "CAREKB_KEY_DIR": str(kb.keys),
        "PYTHONPATH": os.pathsep.join(p for p in sys.path if p),
    }
    env.pop("CAREKB_KEY_PASSPHRASE_FILE", None)
    argv = [sys.executable, "-m", "carekb", *args]
    pid, fd = pty.fork()
    if pid == 0:  # the child: its stdin, stdout and stderr are the terminal
        os.execve(argv[0], argv, env)
    seen = b""
    pending = list(answers)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 1)
        if not ready:
            continue
        try:
            chunk = os.read(fd, 4096)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        seen += chunk
        if pending and seen.rstrip().endswith(b":"):
            # Type only once the prompt has turned echo off: getpass flushes what
            # was typed before (TCSAFLUSH), so an early answer would be lost.
            _wait_for_echo_off(fd)
            os.write(fd, pending.pop(0).encode() + b"\n")
    if time.monotonic() >= deadline:
        os.kill(pid, signal.SIGKILL)  # never leave a child waiting at a prompt
    os.waitpid(pid, 0)
    os.close(fd)
    return seen.decode("utf-8", "replace")


def _wait_for_echo_off(fd: int) -> None:
    """Wait (up to 10 s) until the terminal's echo is off: the hidden prompt is reading."""
    until = time.monotonic() + 10
    while time.monotonic() < until and termios.tcgetattr(fd)[3] & termios.ECHO:
        time.sleep(0.01)
