"""Findings as SARIF 2.1.0, the format GitHub code scanning and many editors read.

The rules' metadata (their help text is their documentation) comes from the
caller, since the rules live in a layer above this one.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from carekb import __version__
from carekb.model import Finding, Fix

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
SARIF_VERSION = "2.1.0"


@dataclass(frozen=True)
class RuleHelp:
    """What SARIF says about one rule: its id, default level and documentation."""

    id: str
    level: str  # "error" or "warning"
    doc: str


def sarif(findings: Sequence[Finding], root: Path, rules: Sequence[RuleHelp] = ()) -> str:
    """One SARIF log with one run: carekb's rules and every finding as a result."""
    index = {rule.id: number for number, rule in enumerate(rules)}
    log = {
        "$schema": SARIF_SCHEMA,
        "version": SARIF_VERSION,
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "carekb",
                        "version": __version__,
                        "rules": [_rule(rule) for rule in rules],
                    }
                },
                "columnKind": "unicodeCodePoints",
                "results": [_result(f, root, index) for f in findings],
            }
        ],
    }
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"


def _rule(rule: RuleHelp) -> dict[str, Any]:
    paragraphs = rule.doc.split("\n\n") if rule.doc else [rule.id]
    summary = _plain(" ".join(paragraphs[0].split()))
    described = _plain(" ".join(paragraphs[1].split())) if len(paragraphs) > 1 else summary
    return {
        "id": rule.id,
        "name": "".join(word.capitalize() for word in rule.id.split("-")),
        "shortDescription": {"text": summary},
        "fullDescription": {"text": described},
        "help": {"text": _plain(rule.doc) or summary, "markdown": _markdown(rule.doc) or summary},
        "defaultConfiguration": {"level": rule.level if rule.level != "off" else "none"},
        "properties": {"tags": ["carekb"]},
    }


_LITERAL = re.compile(r"``(.+?)``", re.DOTALL)


def _plain(doc: str) -> str:
    """A rule's docstring (reStructuredText) as plain text: no double backticks, no ``::``."""
    return re.sub(r"::$", ":", _LITERAL.sub(r"'\1'", doc), flags=re.MULTILINE)


def _markdown(doc: str) -> str:
    """A rule's docstring as Markdown: inline literals in backticks, examples fenced."""
    out: list[str] = []
    block: list[str] | None = None  # the lines of a literal block being read

    def close() -> None:
        while block and not block[-1].strip():
            block.pop()
        out.extend(["```yaml", *block, "```", ""] if block else [])

    for line in _LITERAL.sub(r"`\1`", doc).split("\n"):
        if block is not None:
            if not line.strip() or line.startswith(" "):
                if line.strip() or block:
                    block.append(line[4:] if line.startswith("    ") else line.strip())
                continue
            close()
            block = None
        if line.rstrip().endswith("::"):
            out.extend([line.rstrip()[:-1], ""])
            block = []
            continue
        out.append(line)
    if block is not None:
        close()
    return "\n".join(out).strip()


def _result(finding: Finding, root: Path, index: dict[str, int]) -> dict[str, Any]:
    uri = _uri(finding, root)
    region = _region(finding)
    result: dict[str, Any] = {
        "ruleId": finding.rule,
        "level": finding.level.value,
        "message": {"text": finding.message},
        "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri}, "region": region}}],
    }
    if finding.rule in index:
        result["ruleIndex"] = index[finding.rule]
    if finding.fix is not None and finding.end_column is not None:
        result["fixes"] = [_fix(finding.fix, uri, region)]
    return result


def _region(finding: Finding) -> dict[str, int]:
    region = {"startLine": finding.line, "startColumn": finding.column}
    if finding.end_line is not None and finding.end_column is not None:
        region.update(endLine=finding.end_line, endColumn=finding.end_column)
    return region


def _fix(fix: Fix, uri: str, region: dict[str, int]) -> dict[str, Any]:
    what = "Apply with 'carekb lint --fix'" if fix.safe else "Suggested rewording"
    return {
        "description": {"text": f"{what}: {fix.replacement}"},
        "artifactChanges": [
            {
                "artifactLocation": {"uri": uri},
                "replacements": [
                    {"deletedRegion": region, "insertedContent": {"text": fix.replacement}}
                ],
            }
        ],
    }


def _uri(finding: Finding, root: Path) -> str:
    # Relative to where carekb runs (the repository root in CI), with forward
    # slashes, as code scanning matches results to files.
    try:
        relative = os.path.relpath(root / finding.path, Path.cwd())
    except ValueError:  # another drive on Windows
        return (root / finding.path).as_uri()
    return Path(relative).as_posix()
