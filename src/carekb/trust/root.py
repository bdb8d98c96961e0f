"""The trust root: the clinical leads' public keys, kept outside the content.

Approvals are checked against the roster (``kb/people.yaml``), which anyone
who can edit the project can edit. So the roster must be signed, and the keys
that sign it cannot come from the project's own files: like git's
``gpg.ssh.allowedSignersFile``, carekb reads them from a file the project does
not contain, the first of:

1. ``--trust FILE`` on the command line;
2. ``$CAREKB_TRUST``;
3. ``trust.yaml`` in the user's config folder (``~/.config/carekb/`` on Linux).

A file named by 1 or 2 must exist; the default file is optional (without any,
the roster is "not verified" and lint says so). The format (YAML or JSON)::

    # The clinical leads who may sign the roster of a knowledge base.
    threshold: 1          # how many distinct leads must sign (default 1)
    leads:
      - id: jlee
        public_key: ed25519:GAcMrCK2iK27ZwggMraPLA/WlncFP4I2+md8gfKT2yY=

``carekb.yaml`` may list the leads' fingerprints (``trust.fingerprints``) so a
lead can check they hold the right trust file; a value there never makes a key
trusted. Nothing here needs ``cryptography``.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
import re
import stat
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, NoReturn

from carekb.errors import CarekbError
from carekb.model import Lead, TrustRoot
from carekb.project import TRUST_VARIABLE, chosen_trust_path, default_trust_path

# A trust root lists a handful of people; a big file is not one.
MAX_TRUST_BYTES = 100_000
_LEAD_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_PUBLIC_PREFIX = "ed25519:"
_PUBLIC_BYTES = 32
_FIELDS = frozenset({"threshold", "leads"})
_LEAD_FIELDS = frozenset({"id", "public_key"})
_FORMAT_HINT = (
    "a trust root looks like:\n    threshold: 1\n    leads:\n      - id: LEAD\n"
    "        public_key: ed25519:...\n  (see docs/leads.md)"
)


def fingerprint(public_key: str) -> str:
    """``SHA256:<base64>`` of the raw key, as OpenSSH prints fingerprints; "" if not a key."""
    raw = public_key_bytes(public_key)
    if raw is None:
        return ""
    digest = base64.b64encode(hashlib.sha256(raw).digest()).decode("ascii")
    return "SHA256:" + digest.rstrip("=")


def public_key_bytes(text: object) -> bytes | None:
    """The 32 raw bytes of an ``ed25519:<base64>`` key; ``None`` if ``text`` is not one."""
    if not isinstance(text, str) or not text.startswith(_PUBLIC_PREFIX):
        return None
    try:
        raw = base64.b64decode(text[len(_PUBLIC_PREFIX) :], validate=True)
    except (binascii.Error, ValueError):
        return None
    return raw if len(raw) == _PUBLIC_BYTES else None


# --- Finding the trust root ----------------------------------------------------


def find_trust_root(explicit: Path | None = None) -> TrustRoot | None:
    """The trust root to verify rosters against; ``None`` when none is configured.

    A file named by ``--trust`` or ``$CAREKB_TRUST`` must exist; the user's
    default file is optional.
    """
    chosen = chosen_trust_path(explicit)
    if chosen is not None:
        return read_trust_root(chosen)
    default_path = default_trust_path()
    # A default file that exists but cannot be read is an error, never "no trust root".
    return read_trust_root(default_path) if os.path.lexists(default_path) else None


def read_trust_root(path: Path) -> TrustRoot:
    """Read and check a trust root file; any problem is a :class:`CarekbError` (exit 2)."""
    from carekb.load.reader import load_bytes

    raw = _read(path)
    doc = load_bytes(raw, str(path), max_bytes=MAX_TRUST_BYTES)
    if doc.problems:
        problem = doc.problems[0]
        raise CarekbError(
            f"trust root {path}:{problem.line}:{problem.column}: {problem.message}",
            hint=_FORMAT_HINT,
        )
    return _trust_root(str(path), doc.data)


def _read(path: Path) -> bytes:
    if not path.exists():
        raise CarekbError(
            f"trust root {path} not found",
            hint=f"give the clinical leads' trust file with --trust FILE or {TRUST_VARIABLE} "
            "(see docs/leads.md)",
        )
    if not path.is_file():
        raise CarekbError(f"trust root {path} is not a file", hint=_FORMAT_HINT)
    try:
        return path.read_bytes()
    except OSError as exc:
        raise CarekbError(
            f"cannot read the trust root {path}: {exc.strerror or exc}",
            hint="check the file's permissions",
        ) from None


def _trust_root(source: str, data: Any) -> TrustRoot:
    if not isinstance(data, Mapping):
        _invalid(source, "it is not a mapping")
    unknown = sorted(str(k) for k in data if k not in _FIELDS)
    if unknown:
        _invalid(source, f"unknown field '{unknown[0]}'")
    leads = _leads(source, data.get("leads"))
    threshold = data.get("threshold", 1)
    if not isinstance(threshold, int) or isinstance(threshold, bool) or threshold < 1:
        _invalid(source, "'threshold' must be a whole number of at least 1")
    if threshold > len(leads):
        _invalid(
            source,
            f"'threshold' is {threshold}, but only {len(leads)} lead(s) are listed: "
            "the roster could never be trusted",
        )
    return TrustRoot(source=source, leads=leads, threshold=threshold)


def _leads(source: str, items: Any) -> tuple[Lead, ...]:
    if not isinstance(items, Sequence) or isinstance(items, str) or not items:
        _invalid(source, "'leads' must be a list of at least one lead")
    leads: list[Lead] = []
    for number, item in enumerate(items, start=1):
        lead = _lead(source, number, item)
        if any(other.id == lead.id for other in leads):
            _invalid(source, f"lead '{lead.id}' is listed twice")
        same = next((other for other in leads if other.public_key == lead.public_key), None)
        if same is not None:
            # Otherwise one key holder could count as two leads towards the threshold.
            _invalid(source, f"leads '{same.id}' and '{lead.id}' have the same public key")
        leads.append(lead)
    return tuple(leads)


def _lead(source: str, number: int, item: Any) -> Lead:
    if not isinstance(item, Mapping):
        _invalid(source, f"lead #{number} is not a mapping with id and public_key")
    unknown = sorted(str(k) for k in item if k not in _LEAD_FIELDS)
    if unknown:
        _invalid(source, f"lead #{number} has an unknown field '{unknown[0]}'")
    lead_id, public_key = item.get("id"), item.get("public_key")
    if not isinstance(lead_id, str) or not _LEAD_ID.match(lead_id):
        _invalid(source, f"lead #{number} has no valid id (lowercase letters, digits, hyphens)")
    if public_key_bytes(public_key) is None:
        _invalid(
            source,
            f"lead '{lead_id}' has no valid public_key (ed25519:<base64>, as 'carekb keys new' "
            "prints it)",
        )
    return Lead(id=lead_id, public_key=str(public_key))


def _invalid(source: str, reason: str) -> NoReturn:
    raise CarekbError(f"trust root {source} is not valid: {reason}", hint=_FORMAT_HINT)


# --- Where the trust root lives ------------------------------------------------------

ALLOW_UNPROTECTED_FLAG = "--allow-unprotected-trust-root"


def unprotected_reasons(path: Path, project_root: Path | None) -> tuple[str, ...]:
    """Why the trust root file at ``path`` is not protected from those it guards against.

    The trust root decides which roster counts, so whoever can change it can
    make any reviewer. It is not protected when it is inside the project or any
    git work tree (everyone who can edit or push there can change it), or when
    the file, or the folder holding it, is writable by other users (OpenSSH
    refuses such an ``authorized_keys`` for the same reason). Empty when none
    of these holds.
    """
    try:
        resolved = path.resolve()
    except OSError:
        return ()
    reasons: list[str] = []
    work_tree = _git_work_tree(resolved)
    if project_root is not None and project_root.resolve() in resolved.parents:
        reasons.append(
            "it is inside the project folder, where anyone who edits the project can change it"
        )
    elif work_tree is not None:  # the project's own repository is said by the line above
        reasons.append(
            f"it is inside the git work tree {work_tree}, where anyone who can commit there "
            "can change it"
        )
    reasons.extend(_writable_by_others(resolved))
    return tuple(reasons)


def _git_work_tree(path: Path) -> Path | None:
    """The nearest folder above ``path`` holding ``.git`` (a repository or a worktree link)."""
    return next((folder for folder in path.parents if (folder / ".git").exists()), None)


def _writable_by_others(path: Path) -> list[str]:
    reasons: list[str] = []
    try:
        own = os.stat(path)
        folder = os.stat(path.parent)
    except OSError:
        return reasons
    mode = stat.S_IMODE(own.st_mode)
    if mode & (stat.S_IWGRP | stat.S_IWOTH):
        reasons.append(f"the file is writable by {_who(mode)} (mode {mode:04o})")
    folder_mode = stat.S_IMODE(folder.st_mode)
    # A sticky folder (/tmp) lets others create files but not replace this one.
    if folder_mode & (stat.S_IWGRP | stat.S_IWOTH) and not folder_mode & stat.S_ISVTX:
        reasons.append(
            f"its folder {path.parent} is writable by {_who(folder_mode)} (mode "
            f"{folder_mode:04o}), who can replace the file"
        )
    return reasons


def _who(mode: int) -> str:
    return "every user" if mode & stat.S_IWOTH else "its group"


def unprotected_message(source: str, reasons: tuple[str, ...]) -> str:
    """One sentence naming the trust root ``source`` and every reason it is not protected."""
    return (
        f"the trust root {source} is not protected: {'; '.join(reasons)}; whoever can change "
        "it decides which roster, and so which reviewers, count"
    )


UNPROTECTED_HINT = (
    "keep the trust root outside the project and every git work tree, writable only by its "
    "owner (chmod go-w FILE and its folder); see docs/leads.md"
)


# --- Fingerprints recorded in carekb.yaml -------------------------------------------


def expected_fingerprints(config: Mapping[str, Any]) -> tuple[str, ...]:
    """``trust.fingerprints`` of carekb.yaml: what the project expects, for comparison only."""
    section = config.get("trust")
    values = section.get("fingerprints") if isinstance(section, Mapping) else None
    return tuple(v for v in values if isinstance(v, str)) if isinstance(values, list) else ()


def fingerprint_mismatch(root: TrustRoot, expected: Sequence[str]) -> str:
    """How ``root`` differs from the fingerprints the project records ("" when it agrees).

    The comparison only ever adds a warning sign: a trust root that matches is
    trusted because of where it came from, not because carekb.yaml agrees.
    """
    if not expected:
        return ""
    held = {fingerprint(lead.public_key): lead.id for lead in root.leads}
    unexpected = [f"{lead} ({fp})" for fp, lead in held.items() if fp not in expected]
    missing = [fp for fp in expected if fp not in held]
    parts = []
    if unexpected:
        parts.append(f"it holds lead keys carekb.yaml does not list: {', '.join(unexpected)}")
    if missing:
        parts.append(f"it lacks lead keys carekb.yaml lists: {', '.join(missing)}")
    return "; ".join(parts)
