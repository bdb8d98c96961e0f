"""What the content rules share about an entry's text, worked out once per lint run.

Five rules read the same patient-facing fields of every entry. Walking an
entry's data for them costs more than some of the rules themselves, so the
walk is kept in the run's scratch space (``RuleContext.shared``) and every
rule after the first reuses it. What each rule reads out of one text (its
clauses, its sentences and their syllables) is kept per text by the module
that reads it (``clauses.clauses_of``, ``readability.sentences``), and an
entry's source map per document here, so a text seen again, by another rule
or another run of a long-lived process, is not read twice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

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
_SOURCES: dict[str, SourceMap] = {}


def source(ctx: RuleContext, entry: Entry) -> SourceMap:
    """The entry's :class:`SourceMap`, shared by the content rules that report on it.

    A map lines up a long value with its file once (see ``locate.py``); sharing
    it means a megabyte answer is lined up once, not once per rule. A map is
    worked out from its document alone, so it is kept per process, as the
    texts' sentences and clauses are, and any rule and run that reports on the
    same document (the same object) reuses it. Only the last few entries' maps
    are kept, so a large knowledge base does not hold every file's map at once.
    """
    found = _SOURCES.get(entry.path)
    if found is None or found.doc is not entry.doc:
        if len(_SOURCES) >= _SOURCES_KEPT:
            _SOURCES.clear()
        found = _SOURCES[entry.path] = SourceMap(entry.doc)
    return found


_WORD_CHAR = re.compile(r"\w")


@dataclass(frozen=True)
class Caseless:
    """A pattern that ignores case and starts at a word boundary, in two forms.

    ``pattern`` is ``\\b`` and the pattern's body, compiled to ignore case:
    what is searched for, in any text. ``lower`` is the body alone with its
    words in lower case, compiled as is (``None`` when those words are not
    all ASCII): for a text of ASCII only, searching the lower-cased text with
    it finds the same matches at the same places (lower-casing ASCII keeps
    every offset, and ignoring case matches nothing more there), faster: the
    regex engine reads lower case faster than it ignores case, and skips to a
    body's first letters, where a leading ``\\b`` makes it try every character.
    The boundary is then tested per match, and where it does not hold the
    search goes on from the next character, as the whole pattern's would.
    """

    pattern: re.Pattern[str]
    lower: re.Pattern[str] | None

    @classmethod
    def compile(cls, body: str, lower_body: str | None) -> Caseless:
        """``body`` as written, and ``lower_body``: the same with its words in lower case."""
        return cls(
            re.compile(rf"\b{body}", re.IGNORECASE),
            None if lower_body is None else re.compile(lower_body),
        )

    def spans(self, text: str, lowered: str | None) -> list[tuple[int, int]]:
        """(start, end) of each match in ``text``, as ``pattern.finditer`` finds them.

        ``lowered`` is ``text.lower()`` if ``text`` is ASCII, else ``None``.
        """
        if lowered is None or self.lower is None:
            return [m.span() for m in self.pattern.finditer(text)]
        found: list[tuple[int, int]] = []
        at = 0
        while (m := self._next(lowered, at)) is not None:
            if m.end() == m.start():  # an empty match: leave it to the whole pattern
                return [m.span() for m in self.pattern.finditer(text)]
            found.append(m.span())
            at = m.end()
        return found

    def search(self, text: str, lowered: str | None) -> bool:
        """Does ``pattern`` match anywhere in ``text``?"""
        if lowered is None or self.lower is None:
            return self.pattern.search(text) is not None
        return self._next(lowered, 0) is not None

    def _next(self, lowered: str, at: int) -> re.Match[str] | None:
        assert self.lower is not None
        while (m := self.lower.search(lowered, at)) is not None:
            if _boundary(lowered, m.start()):
                return m
            at = m.start() + 1
        return None


def lowered(text: str) -> str | None:
    """``text`` in lower case if it is ASCII (then every offset is kept), else ``None``."""
    return text.lower() if text.isascii() else None


def _boundary(text: str, at: int) -> bool:
    """Does ``\\b`` hold at ``at`` in ``text``: a word character on one side only?"""
    before = at > 0 and _WORD_CHAR.match(text, at - 1) is not None
    after = at < len(text) and _WORD_CHAR.match(text, at) is not None
    return before != after
