"""Findings to text, JSON or GitHub annotations; chosen by name from one table.

Also the one way counts are put in words in summaries and messages.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Sequence
from pathlib import Path

from carekb.model import Finding

Reporter = Callable[[Sequence[Finding], Path], str]


def _display_path(finding: Finding, root: Path) -> str:
    # Paths relative to where the user runs carekb, so editors can jump to them.
    absolute = root / finding.path
    try:
        return os.path.relpath(absolute, Path.cwd())
    except ValueError:  # another drive on Windows
        return str(absolute)


def text(findings: Sequence[Finding], root: Path) -> str:
    return "".join(
        f"{_display_path(f, root)}:{f.line}:{f.column}: {f.level.value} {f.rule} {f.message}\n"
        for f in findings
    )


def as_json(findings: Sequence[Finding], root: Path) -> str:
    items = [dict(f.to_dict(), path=_display_path(f, root)) for f in findings]
    return json.dumps(items, indent=2, ensure_ascii=False) + "\n"


def _escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(value: str) -> str:
    return _escape_data(value).replace(":", "%3A").replace(",", "%2C")


def github(findings: Sequence[Finding], root: Path) -> str:
    lines = []
    for f in findings:
        command = "error" if f.level.value == "error" else "warning"
        props = ",".join(
            [
                f"file={_escape_property(_display_path(f, root))}",
                f"line={f.line}",
                f"col={f.column}",
                f"title={_escape_property(f.rule)}",
            ]
        )
        lines.append(f"::{command} {props}::{_escape_data(f.message)}\n")
    return "".join(lines)


REPORTERS: dict[str, Reporter] = {"text": text, "json": as_json, "github": github}


def number_of(count: int, singular: str, plural: str = "") -> str:
    """``1 file``, ``3 files``; ``plural`` when it is not ``singular`` plus "s" (entries)."""
    return f"{count} {singular if count == 1 else (plural or singular + 's')}"


def default_format() -> str:
    """``github`` under GitHub Actions, where annotations show on the pull request."""
    return "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"
