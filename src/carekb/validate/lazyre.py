"""Regular expressions compiled when first used, not when their module is imported.

risky-claim's reader (:mod:`carekb.validate.claims`) holds two hundred expressions,
many of them large alternations; compiling them all costs a fifth of a second at every
start, on every
``carekb`` command that imports the lint rules, even when the text in hand needs a
few of them (a one-file lint from an editor or a pre-commit hook). Each is compiled
once, the first time a clause asks for it, and kept for the rest of the process.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator


class LazyPattern:
    """What the reader uses of :class:`re.Pattern`, compiling on first use."""

    __slots__ = ("_compiled", "flags", "pattern")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self.pattern, self.flags)
        return self._compiled

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.match(string, pos, endpos)

    def finditer(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(string, pos, endpos)

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern[:40]!r}...)"
