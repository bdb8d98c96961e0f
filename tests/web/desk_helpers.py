"""Helpers for the review desk's tests: a private copy of the sample, signing as a browser does."""

from __future__ import annotations

import base64
import hashlib
import shutil
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

REPO_ROOT = Path(__file__).resolve().parents[2]
IN_REVIEW = "why-do-people-crack-their-upper-back"  # the sample's entry waiting for review
AUTHOR = "demo-author-1"  # its author (and the demo lead)
REVIEWER = "demo-reviewer-pt"
OTHER_REVIEWER = "demo-reviewer-dc"
NOT_A_REVIEWER = "demo-author-2"


def sample_copy(target: Path) -> Path:
    """The repository's sample (kb/, config, templates, schemas, demo keys) at ``target``."""
    target.mkdir(parents=True)  # a fresh tmp_path folder: never shared
    shutil.copy2(REPO_ROOT / "carekb.yaml", target / "carekb.yaml")
    for folder in ("kb", "demo-keys", "templates", "schemas"):
        shutil.copytree(REPO_ROOT / folder, target / folder, symlinks=False)
    for key in (target / "demo-keys").glob("*.key"):
        key.chmod(0o600)
    return target


def demo_key(root: Path, person: str) -> Path:
    return root / "demo-keys" / f"{person}.key"


def browser_key(path: Path) -> tuple[Ed25519PrivateKey, str]:
    """A key file read as the page reads it: the key, and its ``ed25519:`` public half."""
    key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    assert isinstance(key, Ed25519PrivateKey)
    raw = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return key, "ed25519:" + base64.b64encode(raw).decode()


def sign_b64(key: Ed25519PrivateKey, message_b64: str) -> str:
    return "ed25519:" + base64.b64encode(key.sign(base64.b64decode(message_b64))).decode()


def tree_digest(root: Path) -> str:
    """One digest over every file under kb/: 'the files are unchanged' in one comparison."""
    digest = hashlib.sha256()
    for path in sorted((root / "kb").rglob("*")):
        if path.is_file() and not path.name.endswith(".lock"):
            digest.update(str(path.relative_to(root)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()
