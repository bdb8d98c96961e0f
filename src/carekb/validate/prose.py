"""What the content rules share about an entry's text, worked out once per lint run.

Five rules read the same patient-facing fields of every entry. Walking an
entry's data for them costs more than some of the rules themselves, so the
walk is kept in the run's scratch space (``RuleContext.shared``) and every
rule after the first reuses it. What each rule reads out of one text (its
clauses, its sentences and their syllables) is kept per text by the module
that reads it (``clauses.clauses_of``, ``readability.sentences``), so a text
seen again, by another rule or another run of a long-lived process, is not
read twice.
"""

from __future__ import annotations

from carekb.model import Entry, JsonPath
from carekb.validate import fields
from carekb.validate.context import RuleContext
from carekb.validate.locate import SourceMap


def texts(
    ctx: RuleContext, entry: Entry, which: tuple[fields.FieldPattern, ...] = fields.TEXT_FIELDS
) -> list[tuple[JsonPath, str]]:
    """``fields.texts(entry, which)``, walked once per entry and lint run."""
    key = ("prose.texts", entry.path, id(entry.data), which)
    found: list[tuple[JsonPath, str]] | None = ctx.shared.get(key)
    if found is None:
        found = ctx.shared[key] = fields.texts(entry, which)
    return found


_SOURCES_KEPT = 16  # entries whose source maps are kept: the few being reported on


def source(ctx: RuleContext, entry: Entry) -> SourceMap:
    """The entry's :class:`SourceMap`, shared by the content rules that report on it.

    A map lines up a long value with its file once (see ``locate.py``); sharing
    it means a megabyte answer is lined up once, not once per rule. Only the
    last few entries' maps are kept, so a large knowledge base does not hold
    every file's map at once.
    """
    kept: dict[str, SourceMap] = ctx.shared.setdefault(("prose.sources",), {})
    found = kept.get(entry.path)
    if found is None or found.doc is not entry.doc:
        if len(kept) >= _SOURCES_KEPT:
            kept.clear()
        found = kept[entry.path] = SourceMap(entry.doc)
    return found
