"""The desk's view of one project: the knowledge base as it is now, and its preview.

Every request reads the project again through :func:`carekb.kb.reopen`, which
parses only the files whose bytes changed, so a page always shows what is on
disk (an author's edit in another window included). The preview export is
rebuilt only when the knowledge base changed.
"""

from __future__ import annotations

import json
import threading
from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from carekb import clock
from carekb.kb import open_kb, reopen
from carekb.model import Entry, KnowledgeBase
from carekb.project import Project
from carekb.render.desk import PreviewSite, preview_site

# Rendered "before" versions kept at once (each is one preview export, built lazily).
BEFORE_CACHE = 8


@dataclass(frozen=True)
class DeskConfig:
    """What ``carekb serve`` was started with."""

    project: Project
    trust_file: Path | None = None
    person: str | None = None  # --as: the one person this desk signs for, with key_file
    key_file: Path | None = None
    secure: bool = False  # served over TLS

    @property
    def server_signs(self) -> bool:
        return self.person is not None


class Desk:
    """The current knowledge base and its preview, shared by the server's threads."""

    def __init__(self, config: DeskConfig) -> None:
        self.config = config
        self._lock = threading.Lock()
        self._kb: KnowledgeBase | None = None
        self._preview: tuple[tuple[object, ...], PreviewSite] | None = None
        self._before: OrderedDict[tuple[object, ...], PreviewSite] = OrderedDict()

    @property
    def project(self) -> Project:
        return self.config.project

    def kb(self) -> KnowledgeBase:
        with self._lock:
            if self._kb is None:
                self._kb = open_kb(self.project, trust=self.config.trust_file)
            else:
                self._kb = reopen(self.project, self._kb)
            return self._kb

    def preview(self, kb: KnowledgeBase) -> PreviewSite:
        key = self._inputs()
        with self._lock:
            if self._preview is None or self._preview[0] != key:
                self._preview = (key, preview_site(self.project, kb, clock.today()))
            return self._preview[1]

    def before(self, kb: KnowledgeBase, entry: Entry, content: Mapping[str, Any]) -> PreviewSite:
        """The preview with ``entry`` as ``content`` (a version from its audit log), the rest
        of the project as it is now: the "before" of a rendered diff, made by the export's
        own gate and templates like every other preview."""
        key = (entry.id, json.dumps(content, sort_keys=True), self._inputs())
        with self._lock:
            if key in self._before:
                self._before.move_to_end(key)
                return self._before[key]
            # With today's review block, whose approvals still sign the old content: the
            # version as approved shows who vouched for it, as its page did then.
            review = entry.data.get("review") if isinstance(entry.data, Mapping) else None
            earlier_data = {**content, **({"review": review} if review is not None else {})}
            # JSON is YAML: the one loader reads the old version, no second writer needed.
            text = json.dumps(earlier_data, ensure_ascii=False, indent=2)
            earlier = open_kb(
                self.project,
                trust=self.config.trust_file,
                memo=dict(kb.parsed),  # a copy: the desk's own memo keeps today's files
                unsaved={self.project.root / entry.path: text},
            )
            site = preview_site(self.project, earlier, clock.today())
            self._before[key] = site
            while len(self._before) > BEFORE_CACHE:
                self._before.popitem(last=False)
            return site

    def _inputs(self) -> tuple[object, ...]:
        """What a preview depends on: every file of the project but exports, and the day."""
        root = self.project.root
        stats: list[tuple[str, int, int]] = []
        for folder in ("kb", "templates"):
            for path in sorted((root / folder).rglob("*")):
                if path.is_file():
                    st = path.stat()
                    stats.append((str(path), st.st_mtime_ns, st.st_size))
        config = root / "carekb.yaml"
        return (clock.today(), config.stat().st_mtime_ns, tuple(stats))

    def entry(self, kb: KnowledgeBase, entry_id: str) -> Entry | None:
        return next((e for e in kb.entries if e.id == entry_id), None)

    def unreadable(self, kb: KnowledgeBase, entry_id: str) -> tuple[str, str] | None:
        """The file named for ``entry_id`` and its first problem, when it holds no entry
        because it could not be read (broken YAML, say)."""
        for doc in kb.documents:
            if doc.problems and Path(doc.path).stem == entry_id:
                first = doc.problems[0]
                return doc.path, f"line {first.line}: {first.message}"
        return None
