"""Lint as an editor needs it: one file's findings, unsaved text included, from a warm model.

:class:`LiveLint` opens the knowledge base once (:func:`carekb.kb.open_kb`)
and, for every keystroke, opens it again with :func:`carekb.kb.reopen`, which
parses only the files whose bytes changed (here: the buffer being edited) and
reads the trust root again only if its file changed. The per-entry rules then
run on that one file only (their ``LOCAL`` contract), the cross-file rules on
the whole model, so the answer on a large project costs one file's parse plus
the cross-file rules. The language server (``carekb lsp``) is its face.
"""

from __future__ import annotations

import datetime as dt
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from carekb import clock
from carekb.kb import open_kb, reopen, with_text
from carekb.load.knowledge import YAML_SUFFIXES, Unsaved
from carekb.load.reader import load_bytes
from carekb.model import FOLDER_TYPES, Finding, JsonPath, KnowledgeBase
from carekb.project import CONFIG_NAME, PEOPLE_FILE, Project
from carekb.schemas import describe
from carekb.validate.engine import cross_file_findings, lint


@dataclass(frozen=True)
class FieldHelp:
    """What a hover shows: the field's path, its schema description, and where its key is."""

    path: JsonPath
    description: str
    line: int  # 1-based
    column: int  # 1-based, in code points
    end_column: int


class LiveLint:
    """A knowledge base kept open for an editor.

    :meth:`refresh` reopens the whole model (warm: only changed files are
    parsed) and works out the cross-file rules' findings; it is slow on a
    large project and meant for a background thread, on open and on save.
    :meth:`check` answers a keystroke: the buffer is parsed on its own, the
    per-entry rules run on it, and the cross-file findings of the last
    refresh are reused for its file.
    """

    def __init__(self, project: Project, *, trust: Path | None = None) -> None:
        self.project = project
        self._trust = trust
        self._kb: KnowledgeBase | None = None
        self._cross: dict[str, list[Finding]] = {}
        self._refreshing = threading.Lock()  # one refresh at a time

    def lintable(self, path: Path) -> bool:
        """Whether ``path`` is a YAML file of this project that lint reads."""
        try:
            path.resolve().relative_to(self.project.root)
        except ValueError:
            return False
        return path.name.endswith(YAML_SUFFIXES) and path.name != CONFIG_NAME

    def refresh(self, unsaved: Unsaved | None = None, *, today: dt.date | None = None) -> None:
        """Reopen the model (``unsaved``: open buffers) and redo the cross-file findings."""
        with self._refreshing:
            if self._kb is None:
                kb = open_kb(self.project, trust=self._trust, unsaved=unsaved)
            else:
                kb = reopen(self.project, self._kb, unsaved=unsaved)
            cross: dict[str, list[Finding]] = {}
            for finding in cross_file_findings(self.project, kb, today=today or clock.today()):
                cross.setdefault(finding.path, []).append(finding)
            # Swapped whole, so a keystroke answered meanwhile sees the old or the new.
            self._kb, self._cross = kb, cross

    def check(
        self, path: Path, text: str | None = None, *, today: dt.date | None = None
    ) -> list[Finding]:
        """The findings in ``path``, reading ``text`` (an editor's buffer) in its place."""
        if not self.lintable(path):
            return []
        day = today or clock.today()
        if text is None:
            text = path.read_text(encoding="utf-8", errors="surrogateescape")
        relative = self.project.relative(path)
        if self._kb is None or relative == PEOPLE_FILE:
            # The roster decides what every approval is worth: judge it afresh.
            self.refresh({path: text}, today=day)
        kb, cross = self._kb, self._cross
        assert kb is not None
        known = cross.get(relative, [])
        if relative == PEOPLE_FILE:
            return lint(self.project, kb, only=[path], today=day, cross_file=known).findings
        view = with_text(self.project, kb, path, text)
        return lint(self.project, view, only=[path], today=day, cross_file=known).findings

    def field_at(self, path: Path, text: str, line: int, column: int) -> FieldHelp | None:
        """The field whose key is at ``line``:``column`` (1-based) and its schema description."""
        doc = load_bytes(text.encode("utf-8"), path.name, careful=True)
        if not doc.ok:
            return None
        kind = self._schema_name(path, doc.data)
        if kind is None:
            return None
        for field_path, where in doc.key_positions.items():
            key = field_path[-1] if field_path else None
            if where.line != line or not isinstance(key, str):
                continue
            if where.column <= column < where.column + len(key):
                description = describe(kind, field_path)
                if description is None:
                    return None
                return FieldHelp(
                    field_path, description, where.line, where.column, where.column + len(key)
                )
        return None

    def _schema_name(self, path: Path, data: dict[str, Any]) -> str | None:
        relative = self.project.relative(path)
        if relative == PEOPLE_FILE:
            return "people"
        if relative == CONFIG_NAME:
            return "config"
        kind = data.get("type")
        if isinstance(kind, str) and kind in FOLDER_TYPES.values():
            return kind
        return FOLDER_TYPES.get(path.parent.name)
