"""Finding the one entry a review command names."""

from __future__ import annotations

import difflib

from carekb.errors import CarekbError
from carekb.load.audit import check_entry_id
from carekb.model import Entry, KnowledgeBase


def find_entry(kb: KnowledgeBase, entry_id: str) -> Entry:
    """The entry with ``entry_id``; a clear error if it is not an id, missing or not unique."""
    check_entry_id(entry_id)
    matches = kb.by_id().get(entry_id, [])
    if len(matches) > 1:
        raise CarekbError(
            f"more than one entry has id '{entry_id}' ({', '.join(e.path for e in matches)})",
            hint="give each entry its own id ('carekb lint' reports duplicate-id)",
        )
    if not matches:
        close = difflib.get_close_matches(entry_id, sorted(kb.by_id()), n=1)
        raise CarekbError(
            f"no entry with id '{entry_id}'",
            hint=f"did you mean '{close[0]}'?"
            if close
            else "'carekb status' lists the entries (a file that does not load is not one)",
        )
    return matches[0]
