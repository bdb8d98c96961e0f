"""Word lists from rule options: checking their items, and matching them in text.

Rule options are type-checked against their defaults by ``settings.py``, which
sees only that an option is a list. The items of a list of phrases or terms
are checked here, when the rule first reads them, and a bad item is a
configuration error naming its line in carekb.yaml.

:class:`PhraseList` is what the phrase rules (risky-claim, jargon) share: a
list option of records and its ``extra_`` companion, found in an entry's
patient-facing text, and each occurrence turned into a finding at the words
themselves. Each rule keeps only which occurrences it reports, and how.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from carekb.errors import ConfigError
from carekb.model import Entry, Finding, JsonPath
from carekb.project import CONFIG_NAME
from carekb.validate import prose
from carekb.validate.context import RuleContext
from carekb.validate.fields import TEXT_FIELDS, is_heading, texts


def records(ctx: RuleContext, option: str, fields: Sequence[str]) -> list[dict[str, str]]:
    """The items of list option ``option``: mappings with a non-empty text per field."""
    items = ctx.options.get(option, [])
    result: list[dict[str, str]] = []
    for index, item in enumerate(items if isinstance(items, list) else []):
        if not isinstance(item, Mapping):
            raise _item_error(ctx, option, index, f"should be a map with {_names(fields)}")
        unknown = sorted(set(item) - set(fields))
        if unknown:
            raise _item_error(ctx, option, index, f"has unknown key '{unknown[0]}'")
        for field in fields:
            value = item.get(field)
            if not isinstance(value, str) or not value.strip():
                raise _item_error(ctx, option, index, f"needs '{field}' as non-empty text")
        result.append({field: str(item[field]).strip() for field in fields})
    return result


def strings(ctx: RuleContext, option: str) -> list[str]:
    """The items of list option ``option``, each a non-empty string."""
    items = ctx.options.get(option, [])
    result: list[str] = []
    for index, item in enumerate(items if isinstance(items, list) else []):
        if not isinstance(item, str) or not item.strip():
            raise _item_error(ctx, option, index, "should be non-empty text")
        result.append(item.strip())
    return result


def normalise(text: str) -> str:
    """How phrases are compared: lower case, single spaces."""
    return " ".join(text.lower().split())


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    key: str  # the matched phrase, normalised: look it up in the rule's table


class PhraseMatcher:
    """Whole-word, case-insensitive search for many phrases in one compiled regex.

    Phrases are regex-escaped (a "." or "%" is literal) and any whitespace in
    them matches any run of whitespace, including a line break. Where phrases
    overlap, the longest wins. ``suffix`` (a regex) may follow each phrase, for
    example ``(?:s|es)?`` for plurals; it is not part of the key.

    The phrases are compiled as a tree of their letters (one branch per first
    letter, then per next letter), searched in the text folded to lower case:
    a long alternation with ``re.IGNORECASE`` tries every phrase at every
    position, which made a megabyte of text cost a third of a second, and
    reading a text word by word first to see whether any phrase may start in
    it cost more than the search itself.
    """

    def __init__(self, phrases: Iterable[str], *, suffix: str = "") -> None:
        unique = sorted({normalise(p) for p in phrases if p.strip()}, key=len, reverse=True)
        self._regex: re.Pattern[str] | None = None
        self._folding: re.Pattern[str] | None = None
        if unique:
            self._regex = re.compile(rf"(?<!\w)(?P<phrase>{tree(unique)}){suffix}(?!\w)")
            # For a text whose lower case is not the same length (a few non-ASCII
            # letters), where positions in the folded text would be wrong.
            body = alternation(unique)
            self._folding = re.compile(rf"(?<!\w)(?P<phrase>{body}){suffix}(?!\w)", re.IGNORECASE)

    def finditer(self, text: str) -> Iterator[Hit]:
        if self._regex is None or self._folding is None:
            return
        lower = text.lower()
        if len(lower) == len(text):
            for match in self._regex.finditer(lower):
                yield Hit(match.start(), match.end(), normalise(match.group("phrase")))
            return
        for match in self._folding.finditer(text):
            yield Hit(match.start(), match.end(), normalise(match.group("phrase")))


def tree(phrases: Iterable[str]) -> str:
    """A regex matching any of ``phrases`` (lower case, single spaces), built as a tree
    of their letters; where one phrase is the start of another, the longer is tried
    first, as in :func:`alternation`. A space matches any run of whitespace."""
    root: dict[str, Any] = {}
    for phrase in phrases:
        node = root
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}

    def branch(node: dict[str, Any]) -> str:
        ways = [
            (r"\s+" if char == " " else re.escape(char)) + branch(node[char])
            for char in sorted(node)
            if char
        ]
        if not ways:
            return ""
        body = ways[0] if len(ways) == 1 else "(?:" + "|".join(ways) + ")"
        return f"(?:{body})?" if "" in node else body

    return branch(root)


@dataclass(frozen=True)
class Occurrence:
    """One match of a :class:`PhraseList` in an entry's text."""

    path: JsonPath  # of the field
    text: str  # the whole field
    hit: Hit
    item: dict[str, str]  # the list item that matched

    @property
    def quoted(self) -> str:
        """The matched words as the entry writes them, on one line."""
        return " ".join(self.text[self.hit.start : self.hit.end].split())


class PhraseList:
    """List option ``option`` plus ``extra_<option>``: records keyed by their first field.

    Each record's first field (``phrase``, ``term``) is what is searched for;
    the others are what the rule says about it.
    """

    def __init__(
        self, ctx: RuleContext, option: str, names: Sequence[str], *, suffix: str = ""
    ) -> None:
        items = records(ctx, option, names) + records(ctx, f"extra_{option}", names)
        self._items = {normalise(item[names[0]]): item for item in items}
        self._matcher = PhraseMatcher(self._items, suffix=suffix)

    def __bool__(self) -> bool:
        """Does the list have any phrase (an empty one finds nothing, and need not look)?"""
        return bool(self._items)

    def occurrences(
        self,
        entry: Entry,
        *,
        headings: bool = True,
        read: Sequence[tuple[JsonPath, str]] | None = None,
    ) -> Iterator[Occurrence]:
        """Every match in ``entry``'s patient-facing text (``read``, if the caller has
        walked it already), in the order of the file."""
        for path, text in texts(entry, TEXT_FIELDS) if read is None else read:
            if not headings and is_heading(path):
                continue
            for hit in self._matcher.finditer(text):
                yield Occurrence(path, text, hit, self._items[hit.key])


def phrase_findings(
    ctx: RuleContext,
    entry: Entry,
    found: Iterable[Occurrence],
    message: Callable[[Occurrence], str],
) -> Iterator[Finding]:
    """A finding at the words of each occurrence in ``found``, worded by ``message``."""
    for occurrence in found:
        source = prose.source(ctx, entry)  # built only when there is something to point at
        hit = occurrence.hit
        where = source.locate(occurrence.path, occurrence.text, hit.start, hit.end)
        yield ctx.at_line(
            entry.path, where.line, where.column, message(occurrence), entry_id=entry.id
        )


def alternation(phrases: Iterable[str]) -> str:
    """A regex matching any of ``phrases`` literally, the longest first.

    Any whitespace in a phrase matches any run of whitespace, a line break too.
    """
    ordered = sorted(phrases, key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(w) for w in phrase.split()) for phrase in ordered)


def _names(fields: Sequence[str]) -> str:
    return ", ".join(f"'{f}'" for f in fields)


def _item_error(ctx: RuleContext, option: str, index: int, problem: str) -> ConfigError:
    path: tuple[Any, ...] = ("lint", "rules", ctx.rule, option, index)
    where = ctx.project.config_doc.position(path)
    return ConfigError(
        f"{CONFIG_NAME}:{where.line}:{where.column}: item {index + 1} of option '{option}' "
        f"of rule '{ctx.rule}' {problem}",
        hint=f"see 'carekb rules --markdown' for the options of {ctx.rule}",
    )
