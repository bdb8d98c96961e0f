"""A warm lint: recheck only what the files changed since the last lint can affect.

The lint index (:class:`carekb.load.cache.Index`) holds what the last lint saw:
a digest of every file's stat, each entry's id, type and outline, and the
findings by file. A warm lint compares the stats (nothing is read), opens the
knowledge base with the unchanged entries left unread
(:func:`carekb.kb.open_kb`'s ``known``), works out the findings of the files
a change can affect, and takes every other file's findings from the index.

A file's findings are worked out again when the file changed, and when an
entry's findings depend on another file that changed. The cross-file rules
and what they read beyond the entry's own file (the roster, the trust root,
the config and carekb are the context key: when it changes, the index is not
used at all; on another day, :func:`dated_files` says what may read differently):

============================  ==================================================
rule                          reads, besides the entry's own file
============================  ==================================================
duplicate-id                  the entries with the same id (and where their id is)
audit-chain, audit-signature  the entry's audit log; whether another entry has its id
dangling-reference            the ids and types of the entries it links to; when a
                              link is missing, every id (for "did you mean");
                              files that did not load, by their name
safety-content                the types of the entries it links to
safety-closure                the approvals of the entries it links to
urgency-conflict              every entry naming a symptom it names (and where);
                              the handouts that print it
unused-suppression            nothing more
private-key                   nothing more (it reads every file, each on its own)
roster, roster-trust,         the roster, the config, the templates: reported on
roster-unverified, governance those files, which are always checked again
============================  ==================================================

So, for the entry files that changed (added, removed, edited, or one of their
pictures changed) and the audit logs that changed, the entries checked again
are: those files; every entry with an id one of them had or has (or a changed
file's name, or an audit log's); every entry linking to such an id, or linked
from a changed entry before or after the change; every entry naming a symptom
a changed entry named before or after, when the change moved that symptom's
standard (its most urgent level, or the first use at that level, which each
conflict finding quotes) or touched the entry that sets it; and, when any entry
file changed,
every entry with a dangling-reference finding. Files with a finding of a
``CLOCK`` rule are always checked again. A rule not in :data:`CROSS_FILE`
turns the warm lint off, so a new cross-file rule cannot be served stale
findings before someone has written down what it reads.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import PurePosixPath

from carekb.entries import SymptomStandard, symptom_standards
from carekb.load.cache import Index
from carekb.load.knowledge import KnownFile, in_path_order
from carekb.model import KnowledgeBase
from carekb.project import CONFIG_NAME, PEOPLE_FILE

CROSS_FILE = frozenset(
    {
        "duplicate-id",
        "audit-chain",
        "audit-signature",
        "dangling-reference",
        "safety-content",
        "safety-closure",
        "urgency-conflict",
        "unused-suppression",
        "private-key",
        "roster",
        "roster-trust",
        "roster-unverified",
        "governance",
    }
)
"""The cross-file rules whose reading the table above describes."""

# Beyond this many changed files a warm lint saves little: lint everything.
MAX_CHANGED = 2000


@dataclass(frozen=True)
class Changes:
    """What changed since the index was kept, by the file system's record alone."""

    paths: frozenset[str]  # files added, removed or changed (relative to the root)
    known: Mapping[str, KnownFile]  # entry files unchanged, pictures included
    # Files unchanged but worked out again all the same, none of their findings taken
    # from the index: their wording may move with the day (:attr:`Dated.reported`).
    reworded: frozenset[str] = frozenset()

    def reusable(self, path: str) -> bool:
        """Whether the index's per-entry findings of ``path`` still hold."""
        return path in self.known and path not in self.reworded


def changes(
    index: Index,
    files: Mapping[str, str],
    rules: Iterable[str],
    dated: Dated | None = None,
) -> Changes | None:
    """Which files changed since ``index`` was kept, given every file's stat now, and
    what another day changes (``dated``, :func:`dated_files`).

    ``None`` when a warm lint cannot be trusted or would not pay: a cross-file
    rule this module does not know runs, or too many files changed.
    """
    if any(rule not in CROSS_FILE for rule in rules):
        return None
    old = index.stats
    # A file too young to tell edits apart ("") counts as changed every time; so does
    # an entry the index has a record of (what the last lint read) but no stat for,
    # as it was too young then (even if it is gone now).
    get = old.get
    paths = frozenset(
        [p for p, stat in files.items() if not stat or get(p) != stat]
        + [p for p in old if p not in files]
        + [p for p in index.entries if p not in old]
    ).union(dated.turned if dated is not None else ())
    if len(paths) > MAX_CHANGED:
        return None
    known = {
        path: record
        for path, record in index.entries.items()
        if path not in paths
        and all(picture in old and picture not in paths for picture in record.outline.pictures)
    }
    reworded = dated.reported if dated is not None else frozenset()
    return Changes(paths=paths, known=known, reworded=reworded)


# How far from a day a file names a finding may turn: the day itself and the next (a
# review expires the day after its next_review), widened each way for time zones (a
# signature's time is UTC, the day is the machine's) and for a "later than now" that
# allows a few minutes' skew.
_SLACK = dt.timedelta(days=2)


@dataclass(frozen=True)
class Dated:
    """What another day can change, all else unchanged (:func:`dated_files`)."""

    turned: frozenset[str]  # files near one of whose days a verdict may turn: as if edited
    reported: frozenset[str]  # files with findings, whose wording may move with the day


def dated_files(
    index: Index, today: dt.date, window: int, context_days: frozenset[str]
) -> Dated | None:
    """The files whose findings may read differently on ``today`` than on the day the
    index was worked out for, all else unchanged; ``None`` when the index cannot serve.

    The rules compare today and the clock's time with days the files name: a review
    falls due ``window`` days (the policy's ``due_warning_days``) before its
    ``next_review`` and expires after it; a signature or a source's ``accessed`` date
    later than now is refused until then. So, as the clock moves on, whether an entry
    is approved, and so its own findings and those of the entries linking to it, can
    change only near a day it names (:attr:`~carekb.entries.Outline.dates`) or
    ``window`` days before one: such files count as edited. The findings already
    there (a review due "in 12 days", a time in the future) are worked out again,
    whatever their rule. Audit logs and the roster are not read for their days: a day
    they name that is still to come is reported (so worked out again), and one gone
    by stays gone, unless the clock goes back, when nothing is served from the index.
    Nor when the config, the roster or the trust root names a day in between:
    approvals count only while the roster is trusted, which can end on a day (the
    trust root's ``expires``).
    """
    if index.day == today.isoformat():
        return Dated(frozenset(), frozenset())
    try:
        then = dt.date.fromisoformat(index.day)
        near = (then - _SLACK).isoformat(), (today + _SLACK).isoformat()
        ahead = (
            (then + dt.timedelta(days=window) - _SLACK).isoformat(),
            (today + dt.timedelta(days=window) + _SLACK).isoformat(),
        )
    except (ValueError, OverflowError):
        return None  # no day kept, or a window beyond the calendar
    if today < then or any(near[0] <= day <= near[1] for day in context_days):
        return None

    def turns(day: str) -> bool:
        return near[0] <= day <= near[1] or ahead[0] <= day <= ahead[1]

    turned = {path for path, known in index.entries.items() if any(map(turns, known.outline.dates))}
    reported = {path for path, found in index.findings.items() if found}
    # A finding kept quiet by an inline comment: its going would leave the comment unused.
    reported.update(path for path, local in index.local.items() if local)
    return Dated(frozenset(turned), frozenset(reported))


def fresh_files(
    index: Index, kb: KnowledgeBase, changed: Changes, clock_rules: frozenset[str]
) -> frozenset[str]:
    """The files whose findings must be worked out now; the index holds the others'."""
    known = changed.known
    read_now = [e for e in kb.entries if e.path not in known]
    before = [index.entries[p] for p in index.entries if p not in known]
    ids = {e.id for e in read_now} | {record.id for record in before}
    # A changed file's name: an audit log's (kb/audit/ID.jsonl), or a file that
    # did not load, whose name stands for the id links to it are checked against.
    ids |= {PurePosixPath(p).stem for p in changed.paths}
    ids |= {PurePosixPath(doc.path).stem for doc in kb.documents if not doc.ok}
    linked = {link for e in read_now for link in e.outline.links}
    linked |= {link for record in before for link in record.outline.links}
    named = {use[1] for e in read_now for use in e.outline.symptoms}
    named |= {use[1] for record in before for use in record.outline.symptoms}
    symptoms = _recounted(named, index, kb, changed.paths)
    fresh = set(changed.paths) | {e.path for e in read_now}
    entry_paths = {e.path for e in kb.entries}
    fresh |= {doc.path for doc in kb.documents if doc.path not in entry_paths}
    fresh |= {CONFIG_NAME, PEOPLE_FILE}
    # Set operations, not a generator per entry: this loop meets every entry.
    for entry in kb.entries:
        outline = entry.outline
        if (
            entry.id in ids
            or entry.id in linked
            or not ids.isdisjoint(outline.links)
            or (symptoms and any(use[1] in symptoms for use in outline.symptoms))
        ):
            fresh.add(entry.path)
    any_entry_changed = bool(read_now or before)
    for path, found in index.findings.items():
        rules = {item.get("rule") for item in found}
        if rules & clock_rules or (any_entry_changed and "dangling-reference" in rules):
            fresh.add(path)
    fresh |= {path for path, local in index.local.items() if local is None}
    fresh |= changed.reworded
    return frozenset(fresh)


def _recounted(
    named: set[str], index: Index, kb: KnowledgeBase, changed: frozenset[str]
) -> set[str]:
    """The symptoms among ``named`` whose other uses' urgency-conflict findings may
    read differently now.

    Such a finding depends on the entry's own level and on the symptom's standard:
    its most urgent level and the first use at that level (whose line it quotes). A
    symptom whose standard is the same before and after, set by an entry that did not
    change, leaves every unchanged entry's finding as it was: editing one technique
    rechecks the hundreds of entries that name its symptoms only when it moves the
    standard.
    """
    # The last lint read them in the knowledge base's order (by path parts: the index's
    # paths are POSIX, from the root), which the index, updated in place since, need not
    # keep.
    earlier = sorted(index.entries.items(), key=lambda item: in_path_order(item[0], "/"))
    old = symptom_standards((path, record.outline) for path, record in earlier)
    new = symptom_standards((e.path, e.outline) for e in kb.entries)
    return {
        symptom
        for symptom in named
        if old.get(symptom) != new.get(symptom)
        or any(_quoted_from(s, changed) for s in (old.get(symptom), new.get(symptom)))
    }


def _quoted_from(standard: SymptomStandard[str] | None, changed: frozenset[str]) -> bool:
    """Whether conflict findings quote a line of a changed file (an entry's place may
    have moved); where every use agrees there is no finding to quote it."""
    return standard is not None and standard.disputed and standard.owner in changed
