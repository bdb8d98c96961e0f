"""Findings to text, JSON or GitHub annotations; chosen by name from one table.

Also the one way counts are put in words in summaries and messages.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Sequence
from pathlib import Path

from carekb.model import Finding

Reporter = Callable[[Sequence[Finding], Path], str]

# Characters a terminal acts on instead of showing: C0 and C1 controls (ESC
# starts colour and cursor sequences, CR rewrites the line) and the Unicode
# line separators and bidirectional overrides that reorder what is shown.
_UNPRINTABLE = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def printable(value: str, *, keep_newlines: bool = False) -> str:
    """``value`` with every control character shown as an escape (``\\x1b``).

    Text from a file (an id, a title, a path) reaches the terminal only through
    this, so a hostile entry cannot colour, hide or forge output lines.
    """
    if keep_newlines:
        return "\n".join(printable(line) for line in value.split("\n"))
    return _UNPRINTABLE.sub(_escaped, value)


def _escaped(match: re.Match[str]) -> str:
    code = ord(match.group(0))
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def _display_paths(root: Path) -> Callable[[Finding], str]:
    """Each finding's path relative to where the user runs carekb, so editors can jump
    to them. Worked out once per folder: :func:`os.path.relpath` (which asks for the
    working folder each time) cost more than the rest of a line, over the 10,000
    findings of a freshly imported corpus."""
    here = os.getcwd()
    folders: dict[str, tuple[str, str]] = {}  # folder -> where it is, and its place from here

    def shown(finding: Finding) -> str:
        folder, name = os.path.split(finding.path)
        known = folders.get(folder)
        if known is None:
            absolute = os.path.abspath(root / folder)
            known = folders[folder] = (absolute, _relative(absolute, here))
        absolute, place = known
        if not name:
            return place
        path = os.path.join(absolute, name)
        if here == path or here.startswith(path + os.sep):
            return _relative(path, here)  # a folder holding the working one: "..", not "../kb"
        return name if place == os.curdir else os.path.join(place, name)

    return shown


def _relative(absolute: str, here: str) -> str:
    try:
        return os.path.relpath(absolute, here)
    except ValueError:  # another drive on Windows
        return absolute


def text(findings: Sequence[Finding], root: Path) -> str:
    shown = _display_paths(root)
    return "".join(
        printable(f"{shown(f)}:{f.line}:{f.column}: {f.level.value} {f.rule} ")
        + printable(f.message)
        + "\n"
        for f in findings
    )


def as_json(findings: Sequence[Finding], root: Path) -> str:
    # end_line, end_column (exclusive) and fix are null where a rule does not know them.
    shown = _display_paths(root)
    items = [dict(f.to_dict(), path=shown(f)) for f in findings]
    return json.dumps(items, indent=2, ensure_ascii=False) + "\n"


def _escape_data(value: str) -> str:
    escaped = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return printable(escaped)


def _escape_property(value: str) -> str:
    return _escape_data(value).replace(":", "%3A").replace(",", "%2C")


def github(findings: Sequence[Finding], root: Path) -> str:
    lines = []
    shown = _display_paths(root)
    for f in findings:
        command = "error" if f.level.value == "error" else "warning"
        props = ",".join(
            [
                f"file={_escape_property(shown(f))}",
                f"line={f.line}",
                f"col={f.column}",
                f"title={_escape_property(f.rule)}",
            ]
        )
        lines.append(f"::{command} {props}::{_escape_data(f.message)}\n")
    return "".join(lines)


def statistics(findings: Sequence[Finding]) -> str:
    """Counts per rule, most frequent first, as ``ruff --statistics`` prints them."""
    counts: dict[tuple[str, str], int] = {}
    for f in findings:
        counts[(f.rule, f.level.value)] = counts.get((f.rule, f.level.value), 0) + 1
    rows = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    width = max((len(str(n)) for _, n in rows), default=1)
    return "".join(f"{n:>{width}}  {level:<7}  {rule}\n" for (rule, level), n in rows)


def _sarif(findings: Sequence[Finding], root: Path) -> str:
    from carekb.report.sarif import sarif

    return sarif(findings, root)


# sarif here has no rule metadata; `carekb lint` passes the rules' help (report.sarif).
REPORTERS: dict[str, Reporter] = {"text": text, "json": as_json, "github": github, "sarif": _sarif}


def number_of(count: int, singular: str, plural: str = "") -> str:
    """``1 file``, ``3 files``; ``plural`` when it is not ``singular`` plus "s" (entries)."""
    return f"{count} {singular if count == 1 else (plural or singular + 's')}"


def default_format() -> str:
    """``github`` under GitHub Actions, where annotations show on the pull request."""
    return "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"
