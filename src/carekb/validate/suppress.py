"""Inline suppression: ``# carekb: disable=rule-id`` comments in entry files.

Two forms, as yamllint has:

- ``# carekb: disable=rule-a,rule-b`` at the end of a line suppresses those
  rules' findings on that line. On the line of a key or list item, it covers
  the whole value, however many lines it spans (``answer: >-  # carekb:
  disable=jargon`` covers the folded answer; a comment inside a ``|`` block
  would be text, not a comment). A directive alone on a line applies to the
  next line that is not blank or a comment, the same way.
- ``# carekb: disable-file=rule-a`` in the comment block at the top of a file
  (before the first key) suppresses those rules for the whole file.

Anything after the list of rule ids is free text, for the reason. A directive
that suppresses nothing is reported under the ``unused-suppression`` rule at
that rule's level, so stale directives do not pile up; so is one that names
no known rule or a ``disable-file`` below the top comment block (those two
by the rule module itself). A directive for a rule that is turned off is not
"unused": the rule did not run.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from carekb.model import DIRECTIVE_MARKER, Document, Finding, KnowledgeBase, Level
from carekb.validate.locate import SourceMap

UNUSED_RULE = "unused-suppression"
FILE_KIND = "disable-file"
LINE_KIND = "disable"

# The marker is the one Document.may_hold_directives looks for, before any of this runs.
_MARKER = re.escape(DIRECTIVE_MARKER)
_COMMENT = re.compile(rf"(?:^|(?<=\s))#\s*{_MARKER}")
_DIRECTIVE = re.compile(
    rf"#\s*{_MARKER}\s*(?P<kind>disable-file|disable)\s*=\s*"
    r"(?P<rules>[\w-]+(?:[ \t]*,[ \t]*[\w-]+)*)"
)
_RULE_NAME = re.compile(r"[\w-]+")


@dataclass(frozen=True)
class Directive:
    """One ``# carekb:`` comment."""

    path: str
    line: int
    column: int  # of the "#"
    kind: str  # LINE_KIND or FILE_KIND; "" when the comment could not be read
    rules: tuple[tuple[str, int], ...]  # (rule id, column of the id)
    lines: frozenset[int]  # the lines a LINE_KIND directive covers
    in_header: bool  # in the comment block at the top of the file

    @property
    def applies_to_file(self) -> bool:
        return self.kind == FILE_KIND and self.in_header

    def covers(self, finding: Finding) -> bool:
        if finding.rule not in (rule for rule, _ in self.rules):
            return False
        return self.applies_to_file or (self.kind == LINE_KIND and finding.line in self.lines)


def directives(doc: Document) -> list[Directive]:
    """Every ``# carekb:`` comment in ``doc`` (malformed ones with an empty ``kind``)."""
    if not doc.may_hold_directives:
        return []
    source = SourceMap(doc)
    in_blocks = source.block_scalar_lines()
    header_end = _header_end(source.lines)
    found: list[Directive] = []
    for number, line in enumerate(source.lines, start=1):
        comment = _COMMENT.search(line)
        if comment is None or number in in_blocks:
            continue
        found.append(_directive(doc, source, number, line, comment.start(), header_end))
    return found


def apply_suppressions(
    kb: KnowledgeBase, findings: Iterable[Finding], levels: Mapping[str, Level]
) -> list[Finding]:
    """``findings`` without the suppressed ones, plus a finding per unused directive.

    ``levels`` maps every known rule id to its level in this run.
    """
    table = {doc.path: found for doc in kb.documents if (found := directives(doc))}
    findings = list(findings)
    if not table:
        return findings
    used: set[tuple[Directive, str]] = set()
    kept = [f for f in findings if not _suppressed(f, table.get(f.path, ()), used)]
    unused = _unused(kb, table, used, levels)
    return kept + [f for f in unused if not _suppressed(f, table.get(f.path, ()), used)]


def _suppressed(
    finding: Finding, candidates: Iterable[Directive], used: set[tuple[Directive, str]]
) -> bool:
    hits = [d for d in candidates if d.covers(finding)]
    used.update((d, finding.rule) for d in hits)
    return bool(hits)


def _unused(
    kb: KnowledgeBase,
    table: dict[str, list[Directive]],
    used: set[tuple[Directive, str]],
    levels: Mapping[str, Level],
) -> list[Finding]:
    level = levels.get(UNUSED_RULE, Level.OFF)
    if level is Level.OFF:
        return []
    entry_ids = {entry.path: entry.id for entry in kb.entries}
    result: list[Finding] = []
    for path, found in table.items():
        for directive in found:
            if directive.kind == FILE_KIND and not directive.in_header:
                continue  # misplaced: the rule module reports it
            for rule, column in directive.rules:
                if rule == UNUSED_RULE or levels.get(rule, Level.OFF) is Level.OFF:
                    continue  # unknown (reported by the rule module) or not run
                if (directive, rule) in used:
                    continue
                where = "in this file" if directive.kind == FILE_KIND else "here"
                result.append(
                    Finding(
                        path=path,
                        line=directive.line,
                        column=column,
                        rule=UNUSED_RULE,
                        level=level,
                        message=f"'{directive.kind}={rule}' suppresses nothing: there is no "
                        f"{rule} finding {where}; remove it from the comment",
                        entry_id=entry_ids.get(path),
                    )
                )
    return result


def _directive(
    doc: Document, source: SourceMap, number: int, line: str, hash_at: int, header_end: int
) -> Directive:
    match = _DIRECTIVE.match(line, hash_at)
    if match is None:
        return Directive(doc.path, number, hash_at + 1, "", (), frozenset(), number <= header_end)
    rules = tuple(
        (name.group(), match.start("rules") + name.start() + 1)
        for name in _RULE_NAME.finditer(match.group("rules"))
    )
    kind = match.group("kind")
    covered = frozenset() if kind == FILE_KIND else _covered(source, number, line[:hash_at])
    return Directive(doc.path, number, hash_at + 1, kind, rules, covered, number <= header_end)


def _covered(source: SourceMap, number: int, before_comment: str) -> frozenset[int]:
    """The lines a line directive covers: its line (or the next content line) and any
    value that starts there."""
    target = number if before_comment.strip() else _next_content_line(source.lines, number)
    lines = {target}
    for node in source.nodes:
        # A key, or a list item, that starts on this line (not a list or map
        # whose key is on an earlier line but whose first item is here).
        start = source.doc.position(node.path, key=True)
        if node.line == target and start.line == target:
            lines.update(range(target, source.last_line(node.path, start) + 1))
    return frozenset(lines)


def _next_content_line(lines: list[str], number: int) -> int:
    for index in range(number, len(lines)):
        stripped = lines[index].strip()
        if stripped and not stripped.startswith("#"):
            return index + 1
    return number


def _header_end(lines: list[str]) -> int:
    """The last line of the comment block at the top of the file (0 if there is none)."""
    end = 0
    for number, line in enumerate(lines, start=1):
        stripped = line.strip()
        if stripped and not stripped.startswith("#"):
            break
        end = number
    return end
