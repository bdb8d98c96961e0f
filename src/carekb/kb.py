"""One way in: :func:`open_kb` opens a knowledge base for every command.

Lint, status, the review workflow, the roster commands and export all start
here, and nothing else reads the entries or the trust root. Opening

1. reads the clinical leads' trust root once: the file named by ``--trust``
   or ``$CAREKB_TRUST``, else the user's default file if there is one (a
   named file that is missing or broken stops the command before anything
   else is read);
2. reads every file of the knowledge base once (:mod:`carekb.load.knowledge`),
   reusing what was parsed before when the bytes are the same;
3. judges the roster against it (:func:`carekb.trust.roster.verify_roster`).

The result is a frozen :class:`~carekb.model.KnowledgeBase` whose trust
verdict is set at construction, so every reader sees the same decision.
:func:`reopen` opens it again after a change on disk, parsing only the files
whose bytes changed and reading the trust root again only if its file
changed: what a long-running process (the review desk, an editor
integration) needs. Unsaved text for a file (an editor's buffer, standard
input) stands in for what is on disk.

This module sits above ``load/`` and ``trust/`` and below ``validate/``.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from carekb.load.knowledge import Known, LoadedFiles, ParseMemo, Unsaved, load_files, load_one
from carekb.model import KnowledgeBase, OpenedFrom, TrustRoot
from carekb.project import Project, trust_path
from carekb.trust.root import find_trust_root
from carekb.trust.roster import verify_roster

if TYPE_CHECKING:
    from carekb.load.cache import Fingerprint


def open_kb(
    project: Project,
    *,
    extra: Iterable[Path] = (),
    trust: Path | None = None,
    memo: ParseMemo | None = None,
    unsaved: Unsaved | None = None,
    known: Known | None = None,
    listed: Fingerprint | None = None,
    meanwhile: Callable[[], None] | None = None,
) -> KnowledgeBase:
    """Read ``project``'s knowledge base and decide whether its roster is trusted.

    ``extra`` adds YAML files outside ``kb/`` (``carekb lint examples/``);
    ``trust`` names the trust root (else ``$CAREKB_TRUST`` or the default
    file; a named one that is missing or broken raises ``CarekbError``, exit 2);
    ``memo`` maps file digests to data parsed before and learns what is parsed
    now; ``unsaved`` maps files to the text that stands in for them; ``known``
    (the lint cache's) lists entry files unchanged since it saw them, which are
    read only if a check asks for more than their id, type and outline; ``listed`` (the
    lint cache's stat of every file, taken first) names the files, so ``kb/`` is not
    walked again. ``meanwhile`` runs in this process while workers parse a large
    knowledge base (not at all for a small one): the lint prepares its rules there.
    """
    parsed = memo if memo is not None else {}
    opened = OpenedFrom(extra=tuple(extra), trust=trust, trust_stamp=_trust_stamp(trust))
    root = find_trust_root(trust)  # first: a named one that is missing stops here
    files = load_files(project, opened.extra, parsed, unsaved, known, listed, meanwhile)
    return _assemble(project, files, root, parsed, opened)


def reopen(project: Project, kb: KnowledgeBase, *, unsaved: Unsaved | None = None) -> KnowledgeBase:
    """``kb`` opened again as it was opened: only files whose bytes changed are parsed."""
    opened = kb.opened
    files = load_files(project, opened.extra, kb.parsed, unsaved)
    stamp = _trust_stamp(opened.trust)
    root = kb.roster.root if stamp == opened.trust_stamp else find_trust_root(opened.trust)
    # Forget what no file holds any more, so a long-running process does not grow.
    live = {doc.file_digest or doc.digest for doc in files.documents}
    for digest in [d for d in kb.parsed if d not in live]:
        del kb.parsed[digest]
    return _assemble(project, files, root, kb.parsed, OpenedFrom(opened.extra, opened.trust, stamp))


def with_text(project: Project, kb: KnowledgeBase, path: Path, text: str) -> KnowledgeBase:
    """A view of ``kb`` holding only the file ``path``, read from ``text``; nothing else is read.

    The roster's verdict is ``kb``'s: for the roster file itself, :func:`reopen`
    with ``unsaved`` instead. What an editor checks on every keystroke.
    """
    one = load_one(project, path, text, kb.parsed)
    return dataclasses.replace(kb, entries=one.entries, documents=one.documents)


def _assemble(
    project: Project,
    files: LoadedFiles,
    root: TrustRoot | None,
    parsed: ParseMemo,
    opened: OpenedFrom,
) -> KnowledgeBase:
    return KnowledgeBase(
        root=project.root,
        roster=verify_roster(files.people_doc, files.people, root),
        entries=files.entries,
        documents=files.documents,
        people_doc=files.people_doc,
        people=files.people,
        ignored=files.ignored,
        parsed=parsed,
        opened=opened,
    )


def _trust_stamp(explicit: Path | None) -> tuple[int, int, int] | None:
    """The trust root file's size, time and inode, to tell whether it changed."""
    try:
        info = os.stat(trust_path(explicit))
    except OSError:
        return None
    return (info.st_size, info.st_mtime_ns, info.st_ino)
