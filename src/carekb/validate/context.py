"""What a lint rule sees: the knowledge base, its options, and a way to report."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from carekb.model import Document, Finding, JsonPath, KnowledgeBase, Level
from carekb.project import Project


@dataclass(frozen=True)
class RuleContext:
    rule: str
    level: Level
    options: Mapping[str, Any]
    kb: KnowledgeBase
    project: Project

    def at(
        self,
        doc: Document,
        path: JsonPath,
        message: str,
        *,
        key: bool = False,
        entry_id: str | None = None,
    ) -> Finding:
        """A finding at the key or value ``path`` of ``doc``."""
        where = doc.position(path, key=key)
        return self.at_line(doc.path, where.line, where.column, message, entry_id=entry_id)

    def at_line(
        self, path: str, line: int, column: int, message: str, *, entry_id: str | None = None
    ) -> Finding:
        return Finding(
            path=path,
            line=line,
            column=column,
            rule=self.rule,
            level=self.level,
            message=message,
            entry_id=entry_id,
        )
