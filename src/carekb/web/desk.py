"""The desk's view of one project: the knowledge base as it is now, and its preview.

Every request reads the project again through :func:`carekb.kb.reopen`, which
parses only the files whose bytes changed, so a page always shows what is on
disk (an author's edit in another window included). The preview export is
rebuilt only when the knowledge base changed.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from carekb import clock
from carekb.kb import open_kb, reopen
from carekb.model import Entry, KnowledgeBase
from carekb.project import Project
from carekb.render.desk import PreviewSite, preview_site


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
