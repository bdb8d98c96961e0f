"""The one decision on what may be exported, for every format.

An entry (technique, precaution, FAQ) is exportable when ``trust`` says it is
approved now: enough valid, current, non-author reviewer signatures over
exactly this content, and a review that has not expired. The signatures are
checked against the verified roster only: with a trust root configured, a
roster the clinical leads have not signed as it is now makes every approval
void (:func:`carekb.trust.approvals.review_verdict` asks
:func:`carekb.trust.roster.roster_trust`), so nothing is exported. A handout is
exportable when it is approved itself and every entry it includes is
exportable. An approval also needs the entry's audit history behind it
(:func:`carekb.trust.audit.unproven`): an intact chain whose newest event its
actor signed, and a review block that history backs, so a forged event, a
rolled-back file or a rolled-back retire keeps the entry out. A signed time
later than now (beyond :data:`carekb.clock.MAX_CLOCK_SKEW`), in an approval or
an audit event, counts for nothing. Retired entries never are, nor is an
entry that still holds placeholder text from ``carekb new``
(:mod:`carekb.load.placeholders`). Nothing
outside this module decides exportability: writers receive an
:class:`ExportPlan` and ask it.

A link from an exported entry to one that is not exported is dropped from the
output (a reader must never land on a missing page, and the target's title
must not leak) and reported as a warning naming both entries.

``preview=True`` relaxes only the approval rule, so authors can see drafts;
retired entries, broken ids and duplicate ids stay out even then.

A retired entry that was once published leaves a *withdrawal*: the time of
its verified retire event, its title as its last verified approval signed it,
and the exported entry the retire event names as its replacement, if any. Its
page address then serves a short notice built from those signed facts alone
(no words of the retired content beyond that signed title). The plan also
carries, for every exported entry, the time of its first verified approval
(when it was first published), and for every handout that ever printed a
withdrawn entry, the approvals that did.

Given the publisher's record (:mod:`carekb.trust.record`), the gate also reads
every entry's history: an entry whose log no longer holds the head the
publisher saw last is *rolled back* (the export refuses to run at all), and
the plan carries every entry's new head for the record.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property

from carekb import clock
from carekb.entries import Reference
from carekb.load.pictures import UNUSABLE
from carekb.load.placeholders import placeholders_in
from carekb.model import Entry, Finding, JsonPath, KnowledgeBase, Level, is_entry_id
from carekb.project import Project
from carekb.schemas import safety_fields
from carekb.trust.approvals import (
    FUTURE,
    REVOKED,
    ROSTER,
    SIGNATURE,
    SIGNER,
    STALE,
    ReviewVerdict,
    review_verdict,
)
from carekb.trust.audit import History, entry_history, unproven
from carekb.trust.record import (
    ChainHead,
    PrintedCopy,
    ProjectRecord,
    Rollback,
    chain_head,
    copies_printing,
    entry_rollback,
)

RULE = "export"
CONTENT_KINDS = ("technique", "precaution", "faq")
HANDOUT = "handout"  # a handout's links are inclusions: all exported, or no handout
_KIND_ORDER = {kind: index for index, kind in enumerate((*CONTENT_KINDS, HANDOUT))}
_STATUS_PATH: JsonPath = ("review", "status")


@dataclass(frozen=True)
class Exclusion:
    """An entry left out of the export, and why."""

    entry: Entry
    category: str  # short, for the summary: "not approved", "stale", "retired"...
    reason: str  # the full explanation, for the warning
    path: JsonPath = _STATUS_PATH  # where in the file the reason points
    # Rests (also) on a signed time still in the future: may lapse as the clock moves on.
    clock_bound: bool = False


@dataclass(frozen=True)
class DroppedLink:
    """A link from an exported entry to one that is not exported."""

    source: Entry
    path: JsonPath
    target_id: str
    reason: str


@dataclass(frozen=True)
class Withdrawal:
    """A retired entry that was once published: what its address tells a reader now."""

    entry: Entry
    at: str  # the verified retire event's signed time
    title: str  # the title its last verified approval signed
    replaced_by: Entry | None  # the exported entry the retire event names, if any
    # Handouts whose verified approvals included it: (handout id, its signed title,
    # the signed times of those approvals), in id order.
    printed_in: tuple[tuple[str, str, tuple[str, ...]], ...] = ()
    # With a publisher's record: the handout versions it exported that printed it.
    printed_copies: tuple[PrintedCopy, ...] = ()


@dataclass(frozen=True)
class ExportPlan:
    """What one export contains: the gate's answer, read by every writer."""

    preview: bool
    today: dt.date
    entries: tuple[Entry, ...]  # exportable techniques, precautions and FAQs, in order
    handouts: tuple[Entry, ...]  # exportable handouts, in order
    excluded: tuple[Exclusion, ...]
    dropped_links: tuple[DroppedLink, ...]
    verdicts: Mapping[str, ReviewVerdict] = field(repr=False)
    content_total: int = 0  # techniques, precautions and FAQs considered
    handout_total: int = 0
    # With a publisher's record: histories older than it, and every entry's newest head.
    rollbacks: tuple[Rollback, ...] = ()
    heads: Mapping[str, ChainHead] = field(default_factory=dict, repr=False)
    # Exported entry id: the signed time of its first verified approval.
    published: Mapping[str, str] = field(default_factory=dict, repr=False)
    withdrawn: tuple[Withdrawal, ...] = ()

    def target(self, entry_id: str) -> Entry | None:
        """The exported entry or handout with ``entry_id``; ``None`` if it is not exported."""
        return self._exported.get(entry_id)

    def links(self, references: Iterable[Reference]) -> tuple[Entry, ...]:
        """The exported entries ``references`` name, in the author's order."""
        found = (self.target(ref.id) for ref in references)
        return tuple(target for target in found if target is not None)

    def verdict(self, entry: Entry) -> ReviewVerdict:
        return self.verdicts[entry.id]

    @property
    def clock_bound(self) -> bool:
        """Whether an exclusion may lapse as the clock moves on (not worth remembering)."""
        return any(item.clock_bound for item in self.excluded)

    def findings(self) -> list[Finding]:
        """Every exclusion and dropped link as a warning, in file order."""
        found = [_exclusion_finding(item) for item in self.excluded]
        found.extend(_dropped_finding(item) for item in self.dropped_links)
        return sorted(found)

    @cached_property
    def _exported(self) -> dict[str, Entry]:
        return {entry.id: entry for entry in (*self.entries, *self.handouts)}


def plan_export(
    project: Project,
    kb: KnowledgeBase,
    today: dt.date,
    *,
    preview: bool = False,
    now: dt.datetime | None = None,
    record: ProjectRecord | None = None,
) -> ExportPlan:
    """Decide, once, which entries and handouts this export may contain.

    ``today`` judges review expiry; ``now`` (default :func:`carekb.clock.now`)
    the signed times of approvals and audit events: a later one does not count.
    ``record`` is what the publisher accepted last (see the module's notes).
    """
    moment = now or clock.now()
    counts: dict[str, int] = {}
    for entry in kb.entries:
        counts[entry.id] = counts.get(entry.id, 0) + 1
    verdicts: dict[str, ReviewVerdict] = {}
    excluded: list[Exclusion] = []
    candidates: list[Entry] = []
    rollbacks: list[Rollback] = []
    heads: dict[str, ChainHead] = {}
    published: dict[str, str] = {}
    retired: list[tuple[Entry, History]] = []
    handout_entries: list[Entry] = []
    for entry in sorted(kb.entries, key=_order):
        problem = _identity_problem(entry, counts) or _picture_problem(entry)
        if problem is not None:
            excluded.append(problem)
            continue
        history = entry_history(project.root, kb, entry.id, now=moment) if record else None
        if record is not None and history is not None:
            rollback = entry_rollback(record, entry.id, entry.path, history)
            if rollback is not None:
                rollbacks.append(rollback)
            head = chain_head(history)
            if head is not None:
                heads[entry.id] = head
        verdict = review_verdict(entry, kb, project.policy, today, now=moment)
        verdicts[entry.id] = verdict
        refusal = _approval_problem(entry, verdict, preview=preview)
        if refusal is None and not preview:
            refusal = _placeholder_problem(entry)
            if refusal is None:
                history = history or entry_history(project.root, kb, entry.id, now=moment)
                refusal = _history_problem(entry, history)
                first = _first_approval(history)
                if first is not None:
                    published[entry.id] = first
        if not preview and verdict.status == "retired":
            history = history or entry_history(project.root, kb, entry.id, now=moment)
            retired.append((entry, history))
        if entry.kind == HANDOUT:
            handout_entries.append(entry)
        if refusal is not None:
            excluded.append(refusal)
        else:
            candidates.append(entry)
    content, unsafe = _safety_closure([e for e in candidates if e.kind in CONTENT_KINDS], excluded)
    excluded.extend(unsafe)
    handouts, incomplete = _complete_handouts(
        [e for e in candidates if e.kind == HANDOUT], content, excluded
    )
    excluded.extend(incomplete)
    reasons = {item.entry.id: item.category for item in excluded}
    exported = {e.id for e in (*content, *handouts)}
    dropped = tuple(_dropped_links(content, exported, reasons))
    return ExportPlan(
        preview=preview,
        today=today,
        entries=content,
        handouts=handouts,
        excluded=tuple(sorted(excluded, key=lambda item: (_order(item.entry), item.path))),
        dropped_links=dropped,
        verdicts=verdicts,
        content_total=sum(1 for e in kb.entries if e.kind in CONTENT_KINDS),
        handout_total=sum(1 for e in kb.entries if e.kind == HANDOUT),
        rollbacks=tuple(rollbacks),
        heads=heads,
        published=published,
        # A preview is for authors, never published: no addresses to keep.
        withdrawn=()
        if preview
        else _withdrawals(
            retired,
            # Which handouts printed a withdrawn entry: read only when one was withdrawn.
            [(h, entry_history(project.root, kb, h.id, now=moment)) for h in handout_entries]
            if retired
            else [],
            {e.id: e for e in content},
            record,
        ),
    )


def _order(entry: Entry) -> tuple[int, str, str]:
    return (_KIND_ORDER.get(entry.kind, len(_KIND_ORDER)), entry.id, entry.path)


def _identity_problem(entry: Entry, counts: Mapping[str, int]) -> Exclusion | None:
    """Entries that cannot be exported whatever their review says."""
    if entry.kind not in _KIND_ORDER:
        return Exclusion(entry, "invalid", "not a technique, precaution, FAQ or handout", ("type",))
    if not is_entry_id(entry.id):  # ids become file names: nothing else may leave exports/
        return Exclusion(
            entry, "invalid", f"id '{entry.id}' is not a valid id; run 'carekb lint'", ("id",)
        )
    if counts[entry.id] > 1:
        return Exclusion(
            entry, "invalid", f"id '{entry.id}' is used by more than one file", ("id",)
        )
    return None


def _picture_problem(entry: Entry) -> Exclusion | None:
    """A picture whose file cannot be used (missing, outside the project, through a
    link, too large) keeps its technique out, drafts included: the page would
    lose what the reviewers saw. A changed file is caught by the content hash."""
    for picture in entry.fields.pictures:
        seen = picture.sha256 or ""
        if picture.is_mapping and not seen.startswith("sha256:"):
            return Exclusion(
                entry,
                "picture",
                f"its picture {seen.removeprefix(UNUSABLE) or 'has no file'}",
                ("pictures", picture.index),
            )
    return None


def _approval_problem(entry: Entry, verdict: ReviewVerdict, *, preview: bool) -> Exclusion | None:
    if verdict.status == "retired":
        return Exclusion(entry, "retired", "it is retired")
    if preview or verdict.approved:
        return None
    category = _category(verdict)
    detail = "; ".join(verdict.problems) or f"status is {verdict.status}"
    future = any(check.kind == FUTURE for check in verdict.checks)
    return Exclusion(entry, category, f"{category}: {detail}", clock_bound=future)


def _placeholder_problem(entry: Entry) -> Exclusion | None:
    """An entry still holding text ``carekb new`` wrote as a placeholder stays out.

    Lint (rule placeholder-text) already keeps such an entry from review, but an
    entry approved before that rule existed may hold one: approved or not, a
    placeholder is never published.
    """
    found = placeholders_in(entry.data)
    if not found:
        return None
    path, text = found[0]
    return Exclusion(entry, "placeholder text", f"it still holds the placeholder '{text}'", path)


def _history_problem(entry: Entry, history: History) -> Exclusion | None:
    """An approved entry whose audit history does not prove that approval stays out."""
    reasons = unproven(history, entry)
    if not reasons:
        return None
    return Exclusion(
        entry, "unproven history", "; ".join(reasons), ("review",), clock_bound=history.future
    )


def _first_approval(history: History) -> str | None:
    """The signed time of the first verified approval in ``history``."""
    for checked in history.events:
        if checked.verified and checked.event.text("event") == "approve":
            return checked.event.text("at") or None
    return None


def _withdrawals(
    retired: Iterable[tuple[Entry, History]],
    handouts: Iterable[tuple[Entry, History]],
    exported: Mapping[str, Entry],
    record: ProjectRecord | None,
) -> tuple[Withdrawal, ...]:
    """Retired entries once published, with only what their signed history says, and
    the handout versions the publisher's record says printed them."""
    found: list[Withdrawal] = []
    handout_list = list(handouts)
    for entry, history in retired:
        retire = history.last_verified("retire")
        approve = history.last_verified("approve")
        content = approve.content if approve is not None else None
        if retire is None or approve is None or content is None or retire.seq < approve.seq:
            continue  # never published, or its retirement is not proven: nothing to say
        title = content.get("title")
        found.append(
            Withdrawal(
                entry=entry,
                at=retire.text("at"),
                title=title if isinstance(title, str) else entry.id,
                replaced_by=exported.get(retire.text("replaced_by")),
                printed_in=_printed_in(entry.id, handout_list),
                printed_copies=copies_printing(record, entry.id),
            )
        )
    return tuple(found)


def _printed_in(
    entry_id: str, handouts: Iterable[tuple[Entry, History]]
) -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """The handouts whose verified approvals included ``entry_id``, and when they were."""
    found: list[tuple[str, str, tuple[str, ...]]] = []
    for handout, history in sorted(handouts, key=lambda pair: pair[0].id):
        times: list[str] = []
        title = handout.id
        for checked in history.events:
            content = checked.event.content
            if not checked.verified or checked.event.text("event") != "approve" or not content:
                continue
            sections = content.get("sections")
            ids = {
                item
                for section in (sections if isinstance(sections, list) else [])
                if isinstance(section, dict)
                for item in (section.get("entries") or [])
                if isinstance(item, str)
            }
            if entry_id in ids:
                times.append(checked.event.text("at"))
                shown = content.get("title")
                title = shown if isinstance(shown, str) else title
        if times:
            found.append((handout.id, title, tuple(times)))
    return tuple(found)


def _category(verdict: ReviewVerdict) -> str:
    """The main reason an entry is not approved, in two words for the summary."""
    if verdict.status != "approved":
        return "not approved"
    if verdict.expired:
        return "expired"
    kinds = {check.kind for check in verdict.checks if not check.ok}
    labels = (
        (ROSTER, "untrusted roster"),
        (REVOKED, "revoked key"),
        (SIGNATURE, "bad signature"),
        (FUTURE, "future-dated approval"),
        (SIGNER, "bad signer"),
        (STALE, "stale"),
    )
    for kind, label in labels:
        if kind in kinds:
            return label
    return "not approved"


def safety_links(entry: Entry) -> tuple[Reference, ...]:
    """The entries ``entry`` may never be published without: the links in the fields its
    schema marks ``x-carekb-safety`` (a technique's precautions)."""
    fields = safety_fields(entry.kind)
    return tuple(ref for ref in entry.fields.links(entry.kind) if ref.path[0] in fields)


def _safety_closure(
    content: list[Entry], excluded: list[Exclusion]
) -> tuple[tuple[Entry, ...], list[Exclusion]]:
    """The entries whose safety content is all exported, and the others with the first
    missing piece: a technique is never published without its precautions."""
    why = {item.entry.id: item.category for item in excluded}
    kept = list(content)
    unsafe: list[Exclusion] = []
    changed = True
    while changed:  # leaving one out can leave out another that needs it
        exported = {entry.id for entry in kept}
        changed = False
        for entry in list(kept):
            missing = next((r for r in safety_links(entry) if r.id not in exported), None)
            if missing is None:
                continue
            reason = why.get(missing.id, "no such entry")
            unsafe.append(
                Exclusion(
                    entry,
                    "missing safety content",
                    f"its precaution '{missing.id}' is not exported ({reason}), and it is "
                    "never published without it",
                    missing.path,
                )
            )
            why[entry.id] = "missing safety content"
            kept.remove(entry)
            changed = True
    return tuple(kept), unsafe


def _complete_handouts(
    handouts: list[Entry], content: tuple[Entry, ...], excluded: list[Exclusion]
) -> tuple[tuple[Entry, ...], list[Exclusion]]:
    """Handouts whose every included entry is exported; the others, with the first reason."""
    exported = {entry.id for entry in content}
    why = {item.entry.id: item.category for item in excluded}
    complete: list[Entry] = []
    incomplete: list[Exclusion] = []
    for handout in handouts:
        items = handout.fields.links(HANDOUT)
        missing = next((ref for ref in items if ref.id not in exported), None)
        if missing is None:
            complete.append(handout)
            continue
        reason = why.get(missing.id, "no such technique, precaution or FAQ")
        incomplete.append(
            Exclusion(
                handout,
                "incomplete",
                f"it includes '{missing.id}', which is not exported ({reason})",
                missing.path,
            )
        )
    return tuple(complete), incomplete


def _dropped_links(
    content: tuple[Entry, ...], exported: set[str], reasons: Mapping[str, str]
) -> Iterator[DroppedLink]:
    for entry in content:
        for ref in entry.fields.links(entry.kind):
            if ref.id not in exported:
                reason = reasons.get(ref.id, "no such entry")
                yield DroppedLink(entry, ref.path, ref.id, reason)


def _exclusion_finding(item: Exclusion) -> Finding:
    where = item.entry.doc.position(item.path)
    return Finding(
        path=item.entry.path,
        line=where.line,
        column=where.column,
        rule=RULE,
        message=f"'{item.entry.id}' not exported: {item.reason}",
        level=Level.WARNING,
        entry_id=item.entry.id,
    )


def _dropped_finding(item: DroppedLink) -> Finding:
    where = item.source.doc.position(item.path)
    return Finding(
        path=item.source.path,
        line=where.line,
        column=where.column,
        rule=RULE,
        message=(
            f"link from '{item.source.id}' to '{item.target_id}' dropped: "
            f"'{item.target_id}' is not exported ({item.reason})"
        ),
        level=Level.WARNING,
        entry_id=item.source.id,
    )
