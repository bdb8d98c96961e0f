"""Run the per-entry ("local") rules over shares of the knowledge base at once.

A rule module that sets ``LOCAL = True`` promises that its findings about an
entry depend only on that entry's file (and the roster, the config and the
date). Such rules check a large knowledge base in several processes
(:mod:`carekb.workers`): the knowledge base is loaded once, and each worker
checks its share of the entries and sends back its findings.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from carekb import progress
from carekb.model import Document, Entry, Finding, KnowledgeBase
from carekb.trust import verified
from carekb.validate import lazyre, wordmemory
from carekb.validate.lazyre import Program
from carekb.validate.wordmemory import Answers
from carekb.workers import start_parts, worker_count

# What a worker sends back: its findings, the signatures it relied on, its answers
# about words, and the expressions it compiled.
_Share = tuple[list[Finding], list[str], Answers, dict[str, Program]]

# Below this many entries a fork costs more than it saves.
MIN_ENTRIES = 400
# Entries checked with one scratch space (see in_pieces).
PIECE = 1000


def start_split(
    kb: KnowledgeBase,
    check: Callable[[KnowledgeBase], list[Finding]],
    prepare: Callable[[], None] = lambda: None,
) -> Callable[[], list[Finding]]:
    """``check`` over ``kb`` cut into shares, each started now in a worker of its own, so
    this process is free meanwhile (the cross-file rules run here); the function returned
    waits and gives the findings. A knowledge base too small to share out is checked
    here, when they are asked for.

    Each worker also sends back the signatures it verified (or relied on), so
    they are kept for the next run; and likewise the answers about words it gave
    (:mod:`carekb.validate.wordmemory`), and the expressions it compiled
    (:mod:`carekb.validate.lazyre`). Where there are workers to fork, ``prepare`` runs
    here first: what it builds (the rules' compiled expressions, word lists, a
    model's arrays) every worker inherits, instead of building it again.
    """
    parts = split(kb, worker_count(len(kb.entries), MIN_ENTRIES))
    if len(parts) <= 1:
        return lambda: check(kb)
    prepare()  # here, once: every worker inherits what it builds

    def work(view: KnowledgeBase) -> list[_Share]:
        return [(check(view), verified.used(), wordmemory.used(), lazyre.learned())]

    pending = start_parts(parts, work)
    return lambda: _gathered(pending())


def _gathered(shares: list[_Share]) -> list[Finding]:
    """The workers' findings; what they verified, answered and compiled, adopted here."""
    findings: list[Finding] = []
    for found, tokens, answers, programs in shares:
        findings.extend(found)
        verified.adopt(tokens)
        wordmemory.adopt(answers)
        lazyre.adopt(programs)
    return findings


def in_pieces(kb: KnowledgeBase, check: Callable[[KnowledgeBase], list[Finding]]) -> list[Finding]:
    """``check`` over ``kb`` a thousand entries at a time. Each call has a scratch space
    of its own, where the rules share what they read of each entry (its prose, above
    all): kept for the whole share, it grew each worker of a 100,000-entry lint by
    hundreds of megabytes. Only for rules whose findings about an entry depend on its
    file alone, which a piece holds. The texts a piece read again from their files are
    let go after it, for the same reason (a worker would otherwise hold its whole share's)."""
    count = -(-len(kb.entries) // PIECE)
    found: list[Finding] = []
    for piece in split(kb, count):
        found += check(piece)
        for doc in piece.documents:
            doc.forget_text()
        progress.advance(len(piece.entries))
    return found


def split_off(kb: KnowledgeBase, known: list[Entry]) -> KnowledgeBase:
    """A view of ``kb`` without the ``known`` entries and their documents."""
    gone = {id(entry.doc) for entry in known}
    return dataclasses.replace(
        kb,
        entries=tuple(e for e in kb.entries if id(e.doc) not in gone),
        documents=tuple(d for d in kb.documents if id(d) not in gone),
    )


def split(kb: KnowledgeBase, count: int) -> list[KnowledgeBase]:
    """``count`` views of ``kb``, each with a share of its entries and documents.

    A document belongs to the view holding its entry; documents that are not
    entries (files that did not load, the roster) stay with the first view.
    """
    if count <= 1:
        return [kb]
    entries = [kb.entries[i::count] for i in range(count)]
    owner = {id(entry.doc): n for n, share in enumerate(entries) for entry in share}
    documents: list[list[Document]] = [[] for _ in range(count)]
    for doc in kb.documents:
        documents[owner.get(id(doc), 0)].append(doc)
    return [
        dataclasses.replace(kb, entries=entries[n], documents=tuple(documents[n]))
        for n in range(count)
    ]
