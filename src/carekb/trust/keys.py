"""Ed25519 signing keys: make, keep, load, sign and verify (``cryptography`` only).

Public keys are written ``ed25519:<base64 of the 32 raw bytes>``, the form the
roster (``kb/people.yaml``) holds. Private keys are PEM (PKCS #8) files with
mode 0600 in the user's config folder, one per person, never in the project:
``<user config dir>/carekb/keys/<person>.key``, or ``$CAREKB_KEY_DIR/<person>.key``,
or any file given with ``--key``.

This module imports ``cryptography`` at the top; import it only where a key or
signature is really used, so that ``carekb lint`` on unsigned content and
``carekb --help`` never pay for it.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import os
import re
import stat
import tempfile
from pathlib import Path

from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes, padding, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC

from carekb.errors import CarekbError
from carekb.trust.passphrase import passphrase_for, use_passphrase_prompt

PUBLIC_PREFIX = "ed25519:"
SIGNATURE_PREFIX = "ed25519:"
KEY_DIR_VARIABLE = "CAREKB_KEY_DIR"
KEY_SUFFIX = ".key"
# OWASP's 2023 figure for PBKDF2-HMAC-SHA256; about half a second on a laptop.
PBKDF2_ITERATIONS = 600_000
_ENCRYPTED_HEADER = b"-----BEGIN ENCRYPTED PRIVATE KEY-----"
_PERSON_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_SIGNATURE_BYTES = 64
_PUBLIC_BYTES = 32


def key_dir() -> Path:
    """Where private keys live: ``$CAREKB_KEY_DIR``, else the user's config folder."""
    chosen = os.environ.get(KEY_DIR_VARIABLE)
    if chosen:
        return Path(chosen).expanduser()
    import platformdirs  # only commands that handle keys need it

    return Path(platformdirs.user_config_dir("carekb")) / "keys"


def default_key_path(person_id: str) -> Path:
    """The private key file of ``person_id`` in :func:`key_dir`."""
    if not _PERSON_ID.match(person_id):
        # The id becomes a file name: never let it climb out of the key folder.
        raise CarekbError(
            f"'{person_id}' is not a roster id",
            hint="roster ids use lowercase letters, digits and single hyphens",
        )
    return key_dir() / f"{person_id}{KEY_SUFFIX}"


def generate_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


def private_key_pem(key: Ed25519PrivateKey, passphrase: bytes | None = None) -> bytes:
    """PKCS #8 PEM; with a passphrase, encrypted as :func:`encrypt_pkcs8` says."""
    der = key.private_bytes(
        serialization.Encoding.DER,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    if passphrase is None:
        return _pem("PRIVATE KEY", der)
    return _pem("ENCRYPTED PRIVATE KEY", encrypt_pkcs8(der, passphrase))


def encrypt_pkcs8(der: bytes, passphrase: bytes, *, iterations: int = PBKDF2_ITERATIONS) -> bytes:
    """An EncryptedPrivateKeyInfo (RFC 5958) with PBES2: PBKDF2-HMAC-SHA256 and AES-256-CBC.

    Written by hand because ``cryptography`` encrypts PKCS #8 with OpenSSL's
    default of 2,048 PBKDF2 rounds and lets no one choose more. PBES2 with
    these two algorithms is what OpenSSL reads and what a browser's WebCrypto
    can undo (PBKDF2 and AES-CBC), so the review desk decrypts in the page.
    """
    salt, iv = os.urandom(16), os.urandom(16)
    secret = PBKDF2HMAC(hashes.SHA256(), 32, salt, iterations).derive(passphrase)
    padder = padding.PKCS7(128).padder()
    padded = padder.update(der) + padder.finalize()
    encryptor = Cipher(algorithms.AES(secret), modes.CBC(iv)).encryptor()
    encrypted = encryptor.update(padded) + encryptor.finalize()
    kdf = _seq(
        _PBKDF2_OID,
        _seq(_octets(salt), _integer(iterations), _seq(_HMAC_SHA256_OID, b"\x05\x00")),
    )
    scheme = _seq(_PBES2_OID, _seq(kdf, _seq(_AES256_CBC_OID, _octets(iv))))
    return _seq(scheme, _octets(encrypted))


# DER for the few ASN.1 values an encrypted key needs (X.690).
_PBES2_OID = bytes.fromhex("06092a864886f70d01050d")  # 1.2.840.113549.1.5.13
_PBKDF2_OID = bytes.fromhex("06092a864886f70d01050c")  # 1.2.840.113549.1.5.12
_HMAC_SHA256_OID = bytes.fromhex("06082a864886f70d0209")  # 1.2.840.113549.2.9
_AES256_CBC_OID = bytes.fromhex("060960864801650304012a")  # 2.16.840.1.101.3.4.1.42


def _tlv(tag: int, content: bytes) -> bytes:
    size = len(content)
    if size < 0x80:
        return bytes([tag, size]) + content
    length = size.to_bytes((size.bit_length() + 7) // 8, "big")
    return bytes([tag, 0x80 | len(length)]) + length + content


def _seq(*parts: bytes) -> bytes:
    return _tlv(0x30, b"".join(parts))


def _octets(data: bytes) -> bytes:
    return _tlv(0x04, data)


def _integer(value: int) -> bytes:
    # One spare byte keeps the sign bit clear for a positive number.
    return _tlv(0x02, value.to_bytes(value.bit_length() // 8 + 1, "big"))


def _pem(label: str, der: bytes) -> bytes:
    text = base64.encodebytes(der).decode("ascii").replace("\n", "")
    lines = [text[i : i + 64] for i in range(0, len(text), 64)]
    return (
        "\n".join([f"-----BEGIN {label}-----", *lines, f"-----END {label}-----"]) + "\n"
    ).encode("ascii")


def save_private_key(
    key: Ed25519PrivateKey,
    path: Path,
    *,
    overwrite: bool = False,
    passphrase: bytes | None = None,
) -> Path | None:
    """Write ``key`` to ``path`` with mode 0600; return where an earlier key there was kept.

    With ``passphrase`` the file is encrypted (:func:`encrypt_pkcs8`).

    A private key is never destroyed: with ``overwrite`` (a key rotation), the
    key already at ``path`` is first kept beside it under a name with the time
    (:func:`kept_key_path`), so whatever it signed can still be checked and the
    key revoked properly; without it, an existing key is refused.
    """
    if path.is_symlink():
        raise CarekbError(f"{path} is a symbolic link: refusing to write a key through it")
    if path.exists() and not overwrite:
        raise CarekbError(
            f"a key already exists at {path}: refusing to overwrite it",
            hint="approvals signed with it stop verifying if its public key leaves the roster; "
            "use --force to make a new key there (the old one is kept under a new name), or "
            "--key FILE to write elsewhere",
        )
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    data = private_key_pem(key, passphrase)
    if not path.exists():
        _create_secret(path, data)
        return None
    kept = _keep_old_key(path)
    _replace_secret(path, data)
    return kept


def kept_key_path(path: Path, when: str) -> Path:
    """``rev.key`` -> ``rev.replaced-20261121T093000Z.key``: where a replaced key is kept.

    The name still ends in ``.key``, so the ``private-key`` rule still finds it
    if it is inside a project.
    """
    return path.with_name(f"{path.stem}.replaced-{when}{path.suffix}")


def _keep_old_key(path: Path) -> Path:
    """Link the key at ``path`` to a new, unused name beside it; that name."""
    from carekb import clock

    when = clock.now().strftime("%Y%m%dT%H%M%SZ")
    target = kept_key_path(path, when)
    number = 1
    while True:
        try:
            # A hard link never replaces an existing file: two rotations in one
            # second cannot lose a key between them.
            os.link(path, target)
            return target
        except FileExistsError:
            number += 1
            target = kept_key_path(path, f"{when}-{number}")


def _create_secret(path: Path, data: bytes) -> None:
    # O_EXCL: two runs at once cannot both think they created the key.
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise CarekbError(f"a key already exists at {path}: refusing to overwrite it") from None
    with os.fdopen(fd, "wb") as handle:
        os.fchmod(handle.fileno(), 0o600)
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def _replace_secret(path: Path, data: bytes) -> None:
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            os.fchmod(handle.fileno(), 0o600)
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(name, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(name)
        raise


def is_encrypted_key(data: bytes) -> bool:
    return _ENCRYPTED_HEADER in data


def load_private_key(path: Path) -> Ed25519PrivateKey:
    """Read a private key, refusing files others can read and keys of other kinds.

    An encrypted key (``carekb keys new`` writes one by default) is opened
    with the passphrase from :data:`PASSPHRASE_FILE_VARIABLE`'s file or the
    terminal prompt the command line installed.
    """
    if not path.is_file():
        raise CarekbError(
            f"no private key at {path}",
            hint="create one with 'carekb keys new PERSON' (and add its public key to "
            "kb/people.yaml), or point --key at your key file",
        )
    _check_permissions(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CarekbError(f"cannot read the private key {path}: {exc.strerror or exc}") from None
    passphrase = passphrase_for(path) if is_encrypted_key(data) else None
    try:
        key = serialization.load_pem_private_key(data, password=passphrase)
    except TypeError:
        raise CarekbError(
            f"{path} is not a PEM private key",
            hint="use the file 'carekb keys new' wrote, or create a new key",
        ) from None
    except (ValueError, UnsupportedAlgorithm):
        if passphrase is not None:
            raise CarekbError(
                f"the passphrase does not open the private key {path}",
                hint="type it again (it is case-sensitive), or check the passphrase file",
            ) from None
        raise CarekbError(
            f"{path} is not a PEM private key",
            hint="use the file 'carekb keys new' wrote, or create a new key",
        ) from None
    if not isinstance(key, Ed25519PrivateKey):
        raise CarekbError(
            f"{path} holds a {type(key).__name__.removeprefix('_')}, not an Ed25519 key",
            hint="carekb signs with Ed25519 keys only: create one with 'carekb keys new PERSON'",
        )
    return key


def unlock_for_this_process(path: Path) -> Ed25519PrivateKey:
    """Open the key at ``path`` now, asking an encrypted key's passphrase once, and
    answer every later ask in this process with it (a server's request threads have
    no terminal). A wrong passphrase or a missing key raises here, at start-up."""
    if path.is_file() and is_encrypted_key(path.read_bytes()):
        passphrase = passphrase_for(path)
        use_passphrase_prompt(lambda _path: passphrase)
    return load_private_key(path)


def _check_permissions(path: Path) -> None:
    if os.name == "nt":  # no POSIX modes; the user profile folder protects the file
        return
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & 0o077:
        raise CarekbError(
            f"the private key {path} can be read by other users (mode {mode:04o})",
            hint=f"run: chmod 600 {path}",
        )


def public_key_text(key: Ed25519PrivateKey | Ed25519PublicKey) -> str:
    """``ed25519:<base64>``: the line to put in the roster."""
    public = key.public_key() if isinstance(key, Ed25519PrivateKey) else key
    raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return PUBLIC_PREFIX + base64.b64encode(raw).decode("ascii")


def parse_public_key(text: str) -> Ed25519PublicKey | None:
    """The key in an ``ed25519:<base64>`` string; ``None`` if it is not one."""
    raw = _decode(text, PUBLIC_PREFIX, _PUBLIC_BYTES)
    if raw is None:
        return None
    try:
        return Ed25519PublicKey.from_public_bytes(raw)
    except ValueError:
        return None


def sign(key: Ed25519PrivateKey, message: bytes) -> str:
    """``ed25519:<base64 signature>`` over ``message``."""
    return SIGNATURE_PREFIX + base64.b64encode(key.sign(message)).decode("ascii")


def verify(public_key: str, signature: str, message: bytes) -> bool:
    """Whether ``signature`` over ``message`` was made with ``public_key``'s private key."""
    key = parse_public_key(public_key)
    raw = _decode(signature, SIGNATURE_PREFIX, _SIGNATURE_BYTES)
    if key is None or raw is None:
        return False
    try:
        key.verify(raw, message)
    except InvalidSignature:
        return False
    return True


def _decode(text: str, prefix: str, size: int) -> bytes | None:
    if not isinstance(text, str) or not text.startswith(prefix):
        return None
    try:
        raw = base64.b64decode(text[len(prefix) :], validate=True)
    except (binascii.Error, ValueError):
        return None
    return raw if len(raw) == size else None
