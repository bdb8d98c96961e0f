"""The publisher's record file: reading it, and replacing it atomically.

What the record means and how it is checked is :mod:`carekb.trust.record`;
where it lives (``--state FILE``, ``CAREKB_STATE``, else the user data
folder) is :func:`carekb.project.state_path`. This module only reads and
writes the JSON file. It is outside the repository on purpose: an author who
can roll back the repository must not be able to roll back the memory that
refuses it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from carekb.errors import CarekbError
from carekb.load.writer import atomic_write_bytes, exclusive_lock

# A record holds one line of JSON per entry at most; anything larger is not ours.
MAX_RECORD_BYTES = 64 * 1024 * 1024


def read_record(path: Path) -> dict[str, Any] | None:
    """The record file's data; ``None`` when there is no file yet."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as error:
        raise CarekbError(
            f"cannot read the publisher's record {path}: {error.strerror}",
            hint="check the path given with --state or CAREKB_STATE",
        ) from error
    if len(raw) > MAX_RECORD_BYTES:
        raise CarekbError(f"the publisher's record {path} is too large to be one")
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise CarekbError(
            f"the publisher's record {path} is damaged ({error}): nothing was exported",
            hint="restore it from your backup (docs/staff.md, 'The publisher's record'); "
            "never delete it to get past a refusal",
        ) from error
    if not isinstance(data, Mapping):
        raise CarekbError(f"the publisher's record {path} is not a carekb record")
    return dict(data)


def write_record(path: Path, data: Mapping[str, Any]) -> None:
    """Replace the record with ``data``, atomically (a kill leaves the old one or the new)."""
    text = json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    atomic_write_bytes(path, text.encode("utf-8"))


@contextmanager
def record_lock(path: Path) -> Iterator[None]:
    """Hold the record's lock: two exports by one publisher read and write it in turn."""
    with exclusive_lock(path.with_name(path.name + ".lock")):
        yield
