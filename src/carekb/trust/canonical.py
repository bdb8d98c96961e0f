"""The canonical form of an entry's content, and its SHA-256 fingerprint.

An approval is bound to the content hash, so the hash must change with every
change of meaning and with nothing else. The loader hands over plain data
(comments, quoting, key order and line endings are already gone; dates stay
the text the author wrote), and this module serialises it one fixed way:
JSON with sorted keys, no spaces, UTF-8, every string in Unicode NFC (so the
same letter typed two ways on two keyboards hashes the same). The loader
normalises every document to NFC as it reads it (:func:`carekb.model.nfc`),
so the templates render exactly the text this hash covers.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from typing import Any

from carekb.model import nfc

HASH_PREFIX = "sha256:"
REVIEW_KEY = "review"


def normalise(value: Any) -> Any:
    """``value`` with every string (keys included) in Unicode NFC.

    What the loader already did (:func:`carekb.model.nfc`); done again here
    for data that did not come from a file (a roster block being signed, a
    message), so the hash never depends on where its input came from.
    """
    return nfc(value)


def canonical_json(value: Any, *, from_json: bool = False) -> bytes:
    """One fixed JSON serialisation of ``value``, as UTF-8 bytes.

    ``from_json``: ``value`` is what :func:`json.loads` made (every key is text, no
    tuple), as an audit log's events are. When its JSON is all ASCII, no string in it
    can change under NFC, so the same bytes come without the walk that normalises
    (about half the cost of checking an event: every lint checks every event).
    """
    if from_json:
        text = _dumps(value)
        if text.isascii():  # raw UTF-8 is kept (ensure_ascii=False): no letter beyond ASCII
            return text.encode("ascii")
    return _dumps(normalise(value)).encode("utf-8")


def _dumps(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def content_of(entry_data: Mapping[str, Any]) -> dict[str, Any]:
    """The entry's content: everything except its ``review`` block."""
    return {key: value for key, value in entry_data.items() if key != REVIEW_KEY}


def canonical_content(entry_data: Mapping[str, Any], *, from_json: bool = False) -> bytes:
    """The canonical bytes of an entry without its ``review`` block (``from_json``: as
    :func:`canonical_json` takes it)."""
    return canonical_json(content_of(entry_data), from_json=from_json)


def sha256_text(data: bytes) -> str:
    """``sha256:<hex>`` of ``data``."""
    return HASH_PREFIX + hashlib.sha256(data).hexdigest()


def content_hash(entry_data: Mapping[str, Any]) -> str:
    """``sha256:<hex>`` of :func:`canonical_content`: what an approval signs."""
    return sha256_text(canonical_content(entry_data))


def short_hash(value: str, length: int = 12) -> str:
    """The first hex digits of a ``sha256:`` hash, for people to read."""
    return value.removeprefix(HASH_PREFIX)[:length]
