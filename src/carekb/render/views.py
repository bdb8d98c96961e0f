"""What templates see: plain, frozen values built once from the plan.

Templates never read YAML data directly. Each entry becomes a view whose text
fields are :class:`Text` values: the template picks ``.html`` (block),
``.inline``, ``.plain`` or ``.markdown`` and every one of them is already safe
for where it goes (see :mod:`carekb.render.text`). Links hold only exported
targets: the plan has already dropped the rest. Everything is a tuple in a
fixed order, so output does not depend on dict or file-system order.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from functools import cached_property
from typing import Any

from markupsafe import Markup

from carekb.clock import format_timestamp, parse_timestamp
from carekb.entries import URGENCY_LEVELS, Dose, Picture, SymptomUse, read_text
from carekb.entries import Source as WrittenSource
from carekb.model import ENTRY_TYPES, Entry, Person
from carekb.project import Project
from carekb.render import text
from carekb.trust.approvals import ReviewVerdict
from carekb.trust.canonical import canonical_json, sha256_text, short_hash
from carekb.trust.gate import CONTENT_KINDS, ExportPlan, Withdrawal
from carekb.trust.governance import governance

KIND_LABELS: Mapping[str, tuple[str, str]] = {
    "technique": ("Technique", "Techniques"),
    "precaution": ("Precaution", "Precautions"),
    "faq": ("Question", "Common questions"),
    "handout": ("Handout", "Handouts"),
}
# A precaution with this tag lists warning signs: a handout prints it first, in the
# urgent box, and every card that links it points there instead of repeating it.
URGENT_TAG = "red-flags"
PICTURE_DIR = "pictures"  # each format's folder of technique pictures
# Safety notes are referred to on exercise cards by letter, never repeated in full.
NOTE_MARKS = "ABCDEFGHJKLMNPQRSTUVWXYZ"
_LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s", re.MULTILINE)
SEVERITY_LABELS: Mapping[str, str] = {
    "caution": "Caution",
    "warning": "Warning",
    "do-not": "Do not",
}


@dataclass(frozen=True)
class Text:
    """One text field from YAML, with a safe rendering for each destination."""

    source: str

    @property
    def html(self) -> Markup:
        return text.to_html(self.source)

    @property
    def inline(self) -> Markup:
        return text.to_inline_html(self.source)

    @property
    def plain(self) -> str:
        return text.to_plain(self.source)

    @property
    def markdown(self) -> str:
        return text.to_safe_markdown(self.source)

    def __str__(self) -> str:
        # A bare {{ text }} would put one format's text where another is expected
        # (Markdown syntax in a Markdown file is live); make the template choose.
        raise TypeError(
            "show a text field as .html, .inline, .plain or .markdown, "
            "e.g. {{ entry.summary.html }}"
        )


@dataclass(frozen=True)
class Reviewer:
    id: str
    name: str
    credentials: str  # "PT, DPT"
    display: str  # "Name, PT, DPT"
    date: str  # YYYY-MM-DD (UTC) of the signature
    at: str  # the signed time, as stored
    meaning: str
    credential_list: tuple[str, ...] = ()  # ("PT", "DPT")
    job_title: str | None = None  # from the roster, when it says
    affiliation: str | None = None  # from the roster, when it says


@dataclass(frozen=True)
class SignOff:
    """Who vouched for this content, when, and which exact version."""

    approved: bool
    reviewers: tuple[Reviewer, ...]
    last_reviewed: str | None  # the newest signature's date
    signed_at: str | None  # the newest signature's time, UTC
    next_review: str | None
    content_hash: str
    short_hash: str  # the first 12 hex digits, printed on handouts


@dataclass(frozen=True)
class Link:
    """An exported entry another page points to."""

    id: str
    title: str
    kind: str
    page: str  # "precautions/move-gently": add .html or .md


@dataclass(frozen=True)
class Source:
    title: Text
    url: str | None  # None when the URL is not http, https or mailto
    publisher: str | None
    accessed: str | None

    @property
    def publisher_name(self) -> str:
        """The publisher, or "" (to group and sort by)."""
        return self.publisher or ""


@dataclass(frozen=True)
class DoseItem:
    label: str
    value: Text


@dataclass(frozen=True)
class EntryView:
    """Fields every entry type has."""

    id: str
    kind: str
    kind_label: str
    page: str
    title: str
    summary: Text | None
    language: str
    tags: tuple[str, ...]
    sources: tuple[Source, ...]
    sign_off: SignOff
    # The page's address when site.url is set (https://.../techniques/cat-cow.html).
    url: str | None
    # The date (UTC) of its first verified approval: when it was first published.
    published: str | None

    @property
    def link(self) -> Link:
        return Link(self.id, self.title, self.kind, self.page)


@dataclass(frozen=True)
class PictureView:
    """A technique's picture as exported: its file name in the export's picture
    folder (named by the digest of the approved bytes), what it shows, a caption."""

    name: str  # "pictures/<digest>.png", relative to the format's folder
    alt: str
    caption: Text | None
    file: str  # where it is in the project
    sha256: str  # the approved digest: the export writes only these bytes


@dataclass(frozen=True)
class UrgencyGroup:
    """Warning symptoms of one urgency, as a page prints them: the templates give
    each level one label and one style (html/_macros.html, markdown/_macros.md),
    the emergency number beside the most urgent."""

    level: str  # one of carekb.entries.URGENCY_LEVELS
    items: tuple[Text, ...]
    number: str | None = None  # the emergency number, beside the emergency group


@dataclass(frozen=True)
class TechniqueView(EntryView):
    purpose: Text | None
    steps: tuple[Text, ...]
    dose: tuple[DoseItem, ...]
    equipment: tuple[Text, ...]
    stop_if: tuple[Text, ...]
    precautions: tuple[Link, ...]
    precautions_reason: Text | None
    dose_words: Text | None  # the dose as sentences: "Hold for 20 seconds. Do this 3 times."
    pictures: tuple[PictureView, ...] = ()
    # Its warning symptoms by urgency; stop_if's own words join "stop-and-ask".
    urgency: tuple[UrgencyGroup, ...] = ()


@dataclass(frozen=True)
class PrecautionView(EntryView):
    severity: str
    severity_label: str
    statement: Text | None
    conditions: tuple[Text, ...]
    seek_care: Text | None
    applies_to: tuple[Link, ...]
    urgency: tuple[UrgencyGroup, ...] = ()  # its warning symptoms by urgency


@dataclass(frozen=True)
class FaqView(EntryView):
    question: str
    answer: Text | None
    related: tuple[Link, ...]


@dataclass(frozen=True)
class Section:
    heading: Text
    text: Text | None
    entries: tuple[EntryView, ...]


@dataclass(frozen=True)
class PrintedSignOff:
    """One reviewer's signature behind a printed handout, and what it covers."""

    entry_id: str
    entry_title: str  # the handout's own title for its own sign-off
    reviewer: Reviewer
    restricted: bool  # the meaning is not the project's default: print it where it applies


@dataclass(frozen=True)
class PrintedVersion:
    """What a printed handout is: its own approved content and that of every entry it
    prints, in print order, and the settings and templates it is printed with
    (:mod:`carekb.trust.governance`).

    Two handouts print the same words exactly when their versions are equal, so a
    printed copy can be matched to what each clinician approved.
    """

    digest: str  # sha256: over the canonical list of (id, content hash), in print order
    short: str  # its first 12 hex digits, printed on every page
    sign_offs: tuple[PrintedSignOff, ...]  # the handout's, then each entry's, in order
    signed_at: str | None  # the newest of those signatures: the PDF's date
    next_review: str | None  # the soonest next review among them: the copy's shelf life

    @property
    def reviewers(self) -> tuple[str, ...]:
        """Each reviewer once, as printed (``Name, PT``), in order of first appearance."""
        return tuple(dict.fromkeys(item.reviewer.display for item in self.sign_offs))

    @property
    def by_signature(self) -> tuple[SignOffGroup, ...]:
        """The sign-offs gathered by who signed, on which day, with which meaning (a
        narrower one only), in order of first appearance: each signature printed
        once with every title it covers, so the list fits the fine print."""
        groups: dict[tuple[str, str, str | None], list[str]] = {}
        for item in self.sign_offs:
            meaning = item.reviewer.meaning if item.restricted else None
            key = (item.reviewer.display, item.reviewer.date, meaning)
            groups.setdefault(key, []).append(item.entry_title)
        return tuple(
            SignOffGroup(display, date, meaning, tuple(titles))
            for (display, date, meaning), titles in groups.items()
        )


@dataclass(frozen=True)
class SignOffGroup:
    """One reviewer's signatures of one day and one meaning, and the titles they cover."""

    display: str  # "Name (Job), PT"
    date: str
    meaning: str | None  # a narrower meaning than the project's default, else None
    titles: tuple[str, ...]


@dataclass(frozen=True)
class SafetyNote:
    """A precaution printed once under "Before you start", and the letter cards cite."""

    mark: str
    precaution: PrecautionView
    conditions_in_statement: bool  # the statement lists them already: print the list once


@dataclass(frozen=True)
class PrintItem:
    """A technique card or a question, as a handout prints it."""

    entry: EntryView
    notes: tuple[str, ...]  # the marks of the safety notes it links, in print order
    urgent: bool  # it links warning signs printed in the urgent box


@dataclass(frozen=True)
class PrintSection:
    heading: Text
    text: Text | None
    items: tuple[PrintItem, ...]


@dataclass(frozen=True)
class HandoutLayout:
    """A handout in the order a patient should read it, each precaution once.

    Warning signs first (the urgent box), then every other precaution once as a
    lettered safety note, then the author's sections holding only techniques
    and questions, then the sources of everything printed, without repeats.
    """

    red_flags: tuple[PrecautionView, ...]
    notes: tuple[SafetyNote, ...]
    sections: tuple[PrintSection, ...]
    sources: tuple[Source, ...]

    @property
    def techniques(self) -> tuple[TechniqueView, ...]:
        return tuple(
            item.entry
            for section in self.sections
            for item in section.items
            if isinstance(item.entry, TechniqueView)
        )

    @property
    def entries(self) -> tuple[EntryView, ...]:
        """Everything printed, in print order."""
        notes = tuple(note.precaution for note in self.notes)
        items = tuple(item.entry for section in self.sections for item in section.items)
        return (*self.red_flags, *notes, *items)


@dataclass(frozen=True)
class HandoutView(EntryView):
    intro: Text | None
    sections: tuple[Section, ...]
    paper: str  # "A4" or "Letter"
    pages: int | None  # the page budget of the print, if the handout sets one
    printed: PrintedVersion
    layout: HandoutLayout


@dataclass(frozen=True)
class Organisation:
    name: str
    address: str | None
    phone: str | None
    website: str | None
    emergency_number: str | None  # printed wherever a handout advises emergency care


@dataclass(frozen=True)
class Site:
    name: str
    language: str
    organisation: Organisation
    preview: bool
    default_meaning: str  # what a reviewer vouches for unless they say otherwise
    url: str | None = None  # site.url, ending in "/"; None: pages carry no address

    def address(self, page: str) -> str | None:
        """The address of ``page`` ("techniques/cat-cow.html"), if the site has one."""
        return self.url + page if self.url is not None else None


@dataclass(frozen=True)
class WithdrawnView:
    """A retired entry's page: a notice built from signed facts only (see the gate)."""

    id: str
    kind: str
    kind_label: str
    page: str
    title: str  # as its last approval signed it
    date: str  # YYYY-MM-DD (UTC) of the verified retire event
    replaced_by: Link | None
    url: str | None
    language: str
    # (handout id, its signed title, the dates of the approvals that included it)
    printed_in: tuple[tuple[str, str, tuple[str, ...]], ...]
    # With a publisher's record: (handout id, printed version, first exported on), the
    # versions printed on paper that held this entry, so a reader can match a copy.
    printed_versions: tuple[tuple[str, str, str], ...] = ()


@dataclass(frozen=True)
class KindGroup:
    kind: str
    label: str
    anchor: str  # the index section's id, also the folder name: "techniques"
    entries: tuple[EntryView, ...]


@dataclass(frozen=True)
class TagGroup:
    tag: str
    label: str
    entries: tuple[Link, ...]


@dataclass(frozen=True)
class Views:
    """Everything the writers render, built once per export."""

    site: Site
    entries: tuple[EntryView, ...]  # techniques, precautions, FAQs
    handouts: tuple[HandoutView, ...]
    withdrawn: tuple[WithdrawnView, ...]
    kinds: tuple[KindGroup, ...]
    tags: tuple[TagGroup, ...]

    @property
    def tag_labels(self) -> dict[str, str]:
        return {group.tag: group.label for group in self.tags}

    @cached_property
    def nav_kinds(self) -> tuple[KindGroup, ...]:
        """The index's groups as every other page names them: without their entries, so a
        page depends on its own entry and the groups' names, not on every entry."""
        return tuple(replace(group, entries=()) for group in self.kinds)

    @cached_property
    def nav_tags(self) -> tuple[TagGroup, ...]:
        return tuple(replace(group, entries=()) for group in self.tags)


def build_views(project: Project, plan: ExportPlan) -> Views:
    """Views of every exported entry and handout in ``plan``."""
    symptoms = _Symptoms(project.symptoms, project.emergency_number)
    site = _site(project, plan.preview)
    entries = tuple(_entry_view(entry, plan, symptoms, site) for entry in plan.entries)
    by_id = {view.id: view for view in entries}
    printing = _Printing(project.policy.default_meaning, governance(project).digest)
    handouts = tuple(_handout_view(h, plan, by_id, printing, site) for h in plan.handouts)
    everything: tuple[EntryView, ...] = (*entries, *handouts)
    kinds = tuple(
        KindGroup(kind, KIND_LABELS[kind][1], ENTRY_TYPES[kind], group)
        for kind in (*CONTENT_KINDS, "handout")
        if (group := tuple(v for v in everything if v.kind == kind))
    )
    return Views(
        site=site,
        entries=entries,
        handouts=handouts,
        withdrawn=tuple(_withdrawn_view(item, site) for item in plan.withdrawn),
        kinds=kinds,
        tags=_tag_groups(everything),
    )


def _site(project: Project, preview: bool) -> Site:
    org = project.organisation
    return Site(
        name=project.name,
        language=_shown(read_text(project.config.get("language"))) or "en",
        organisation=Organisation(
            name=_shown(read_text(org.get("name"))) or project.name,
            address=_shown(read_text(org.get("address"))),
            phone=_shown(read_text(org.get("phone"))),
            website=text.safe_url(org.get("website")),
            emergency_number=project.emergency_number,
        ),
        preview=preview,
        default_meaning=project.policy.default_meaning,
        url=project.site_url,
    )


def _withdrawn_view(item: Withdrawal, site: Site) -> WithdrawnView:
    entry = item.entry
    page = f"{ENTRY_TYPES[entry.kind]}/{entry.id}"
    replacement = _links((item.replaced_by,))[0] if item.replaced_by is not None else None
    return WithdrawnView(
        id=entry.id,
        kind=entry.kind,
        kind_label=KIND_LABELS[entry.kind][0],
        page=page,
        title=item.title,
        date=_utc_date(item.at),
        replaced_by=replacement,
        url=site.address(page + ".html"),
        language=_shown(entry.fields.language) or "en",
        printed_in=tuple(
            (handout_id, title, tuple(sorted({_utc_date(at) for at in times})))
            for handout_id, title, times in item.printed_in
        ),
        printed_versions=tuple(
            (copy.handout, copy.version, _utc_date(copy.first_exported))
            for copy in item.printed_copies
        ),
    )


def _utc_date(at: str) -> str:
    moment = parse_timestamp(at)
    return moment.astimezone(dt.UTC).date().isoformat() if moment else at[:10]


def _common(entry: Entry, plan: ExportPlan, site: Site) -> dict[str, Any]:
    fields = entry.fields
    page = f"{ENTRY_TYPES[entry.kind]}/{entry.id}"
    published = plan.published.get(entry.id)
    return {
        "id": entry.id,
        "kind": entry.kind,
        "kind_label": KIND_LABELS[entry.kind][0],
        "page": page,
        "url": site.address(page + ".html"),
        "published": _utc_date(published) if published else None,
        "title": entry.title,
        "summary": _prose(fields.summary),
        "language": _shown(fields.language) or "en",
        "tags": fields.tags,
        "sources": _sources(fields.sources),
        "sign_off": sign_off(plan.verdict(entry)),
    }


def _pictures(pictures: tuple[Picture, ...]) -> tuple[PictureView, ...]:
    """The pictures the gate let through (each has the digest of usable bytes)."""
    return tuple(
        PictureView(
            name=f"{PICTURE_DIR}/{p.sha256.removeprefix('sha256:')[:24]}{_suffix(p.file)}",
            alt=" ".join((p.alt or "").split()),
            caption=_prose(p.caption),
            file=p.file,
            sha256=p.sha256,
        )
        for p in pictures
        if p.file and p.sha256 and p.sha256.startswith("sha256:")
    )


def _suffix(name: str) -> str:
    return ".png" if name.lower().endswith(".png") else ".jpg"


def urgency_groups(
    uses: Iterable[SymptomUse],
    symptoms: Mapping[str, str],
    number: str | None,
    stop_if: Iterable[str] = (),
) -> tuple[UrgencyGroup, ...]:
    """An entry's warning symptoms in the words of the project's list, grouped by
    urgency, most urgent first; ``stop_if`` (a technique's own words) joins the
    stop-and-ask group, before the listed symptoms. An id not in the list is left
    out (lint reports it)."""
    found: dict[str, list[Text]] = {level: [] for level in URGENCY_LEVELS}
    found["stop-and-ask"].extend(_prose_items(stop_if))  # the technique's own words first
    for use in uses:
        wording = symptoms.get(use.symptom or "")
        if use.level in found and wording:
            found[use.level].append(Text(wording))
    return tuple(
        UrgencyGroup(level, tuple(items), number if level == "emergency" else None)
        for level, items in found.items()
        if items
    )


@dataclass(frozen=True)
class _Symptoms:
    words: Mapping[str, str]  # the project's controlled list
    number: str | None  # the emergency number


def _entry_view(entry: Entry, plan: ExportPlan, symptoms: _Symptoms, site: Site) -> EntryView:
    fields = entry.fields
    common = _common(entry, plan, site)
    if entry.kind == "technique":
        return TechniqueView(
            **common,
            purpose=_prose(fields.purpose),
            steps=_prose_items(fields.steps),
            dose=_dose(fields.dose),
            dose_words=_prose(dose_in_words(fields.dose)),
            equipment=_prose_items(fields.equipment),
            stop_if=_prose_items(fields.stop_if),
            precautions=_links(plan.links(fields.precautions)),
            precautions_reason=_prose(fields.precautions_reason),
            pictures=_pictures(fields.pictures),
            urgency=urgency_groups(
                fields.symptoms, symptoms.words, symptoms.number, fields.stop_if
            ),
        )
    if entry.kind == "precaution":
        severity = _shown(fields.severity) or "caution"
        return PrecautionView(
            **common,
            severity=severity,
            severity_label=SEVERITY_LABELS.get(severity, severity.capitalize()),
            statement=_prose(fields.statement),
            conditions=_prose_items(fields.conditions),
            seek_care=_prose(fields.seek_care),
            applies_to=_links(plan.links(fields.applies_to)),
            urgency=urgency_groups(fields.symptoms, symptoms.words, symptoms.number),
        )
    return FaqView(
        **common,
        question=_shown(fields.question) or entry.title,
        answer=_prose(fields.answer),
        related=_links(plan.links(fields.related)),
    )


@dataclass(frozen=True)
class _Printing:
    """What every printed handout of one export shares."""

    default_meaning: str
    governance: str  # the digest of the settings and templates it is printed with


def _handout_view(
    entry: Entry,
    plan: ExportPlan,
    by_id: Mapping[str, EntryView],
    printing: _Printing,
    site: Site,
) -> HandoutView:
    fields = entry.fields
    # The gate exported this handout only if every entry in it is exported.
    sections = tuple(
        Section(
            heading=_prose(section.heading) or Text(""),
            text=_prose(section.text),
            entries=tuple(by_id[ref.id] for ref in section.entries if ref.id in by_id),
        )
        for section in fields.sections
        if section.is_mapping
    )
    common = _common(entry, plan, site)
    layout = handout_layout(sections, common["sources"])
    return HandoutView(
        **common,
        intro=_prose(fields.intro),
        sections=sections,
        paper=fields.paper if fields.paper in ("A4", "Letter") else "A4",
        pages=fields.pages,
        printed=printed_version(
            (entry.id, common["title"], common["sign_off"]),
            [(item.id, item.title, item.sign_off) for item in layout.entries],
            printing.default_meaning,
            printing.governance,
        ),
        layout=layout,
    )


def handout_layout(
    sections: Iterable[Section], own_sources: Iterable[Source] = ()
) -> HandoutLayout:
    """The print order of a handout's ``sections``: see :class:`HandoutLayout`."""
    sections = tuple(sections)
    included = _unique(entry for section in sections for entry in section.entries)
    precautions = [e for e in included if isinstance(e, PrecautionView)]
    red_flags = tuple(p for p in precautions if URGENT_TAG in p.tags)
    others = [p for p in precautions if URGENT_TAG not in p.tags]
    # More precautions than letters would be a handout nobody can use; print them all.
    marks_in_order = [*NOTE_MARKS, *(str(n) for n in range(1, len(others) + 1))]
    notes = tuple(
        SafetyNote(mark, p, _has_list(p.statement))
        for mark, p in zip(marks_in_order, others, strict=False)
    )
    marks = {note.precaution.id: note.mark for note in notes}
    urgent = {p.id for p in red_flags}
    printed_sections = tuple(
        PrintSection(section.heading, section.text, items)
        for section in sections
        if (items := tuple(_item(e, marks, urgent) for e in section.entries if _stays(e)))
    )
    printed: tuple[EntryView, ...] = (*red_flags, *(n.precaution for n in notes))
    printed += tuple(item.entry for section in printed_sections for item in section.items)
    return HandoutLayout(
        red_flags=red_flags,
        notes=notes,
        sections=printed_sections,
        sources=_unique_sources([*own_sources, *(s for e in printed for s in e.sources)]),
    )


def _has_list(value: Text | None) -> bool:
    """Whether a text holds a Markdown list (its own list of conditions)."""
    return value is not None and _LIST_ITEM.search(value.source) is not None


def _stays(entry: EntryView) -> bool:
    """Techniques and questions stay in the author's sections; precautions move up."""
    return not isinstance(entry, PrecautionView)


def _item(entry: EntryView, marks: Mapping[str, str], urgent: set[str]) -> PrintItem:
    links = entry.precautions if isinstance(entry, TechniqueView) else ()
    return PrintItem(
        entry=entry,
        notes=tuple(sorted((marks[link.id] for link in links if link.id in marks), key=_mark_key)),
        urgent=any(link.id in urgent for link in links),
    )


def _mark_key(mark: str) -> tuple[int, str]:
    return (len(mark), mark)


def _unique(entries: Iterable[EntryView]) -> tuple[EntryView, ...]:
    seen: dict[str, EntryView] = {}
    for entry in entries:
        seen.setdefault(entry.id, entry)
    return tuple(seen.values())


def _unique_sources(sources: Iterable[Source]) -> tuple[Source, ...]:
    """Each source once (by address, else by title), in order of first use."""
    seen: dict[str, Source] = {}
    for source in sources:
        seen.setdefault(source.url or source.title.source.casefold(), source)
    return tuple(seen.values())


def printed_version(
    handout: tuple[str, str, SignOff],
    entries: Iterable[tuple[str, str, SignOff]],
    default_meaning: str,
    governance_digest: str,
) -> PrintedVersion:
    """The version of a handout that prints ``entries`` (id, title, sign-off) in order,
    with the settings and templates whose digest is ``governance_digest``."""
    parts = [handout, *entries]
    printed = [[entry_id, sign.content_hash] for entry_id, _, sign in parts]
    digest = sha256_text(
        canonical_json({"v": 2, "printed": printed, "governance": governance_digest})
    )
    sign_offs = tuple(
        PrintedSignOff(entry_id, title, reviewer, reviewer.meaning != default_meaning)
        for entry_id, title, sign in parts
        for reviewer in sign.reviewers
    )
    times = [item.reviewer.at for item in sign_offs]
    dues = [sign.next_review for _, _, sign in parts if sign.next_review]
    return PrintedVersion(
        digest=digest,
        short=short_hash(digest),
        sign_offs=sign_offs,
        signed_at=max(times) if times else None,
        next_review=min(dues) if dues else None,
    )


def sign_off(verdict: ReviewVerdict) -> SignOff:
    """The sign-off shown on a page; empty unless the entry is approved now."""
    reviewers = tuple(
        _reviewer(check.by, check.person, check.at, check.meaning) for check in verdict.valid
    )
    latest = max(reviewers, key=lambda r: r.at, default=None)
    return SignOff(
        approved=verdict.approved,
        reviewers=reviewers if verdict.approved else (),
        last_reviewed=latest.date if latest and verdict.approved else None,
        signed_at=latest.at if latest and verdict.approved else None,
        next_review=verdict.next_review if verdict.approved else None,
        content_hash=verdict.content_hash,
        short_hash=short_hash(verdict.content_hash),
    )


def _reviewer(by: str, person: Person | None, at: str, meaning: str) -> Reviewer:
    moment = parse_timestamp(at)
    utc = moment.astimezone(dt.UTC) if moment else None
    name = person.name if person is not None else by
    credentials = ", ".join(person.credentials) if person is not None else ""
    return Reviewer(
        id=by,
        name=name,
        credentials=credentials,
        display=person.display if person is not None else by,
        date=utc.date().isoformat() if utc else at[:10],
        at=format_timestamp(utc) if utc else at,
        meaning=meaning,
        credential_list=person.credentials if person is not None else (),
        job_title=person.job_title if person is not None else None,
        affiliation=person.affiliation if person is not None else None,
    )


def _tag_groups(views: Iterable[EntryView]) -> tuple[TagGroup, ...]:
    groups: dict[str, list[Link]] = {}
    for view in views:
        for tag in view.tags:
            groups.setdefault(tag, []).append(view.link)
    return tuple(
        TagGroup(tag, tag.replace("-", " ").capitalize(), tuple(sorted(links, key=_link_key)))
        for tag, links in sorted(groups.items())
    )


def _link_key(link: Link) -> tuple[str, str]:
    return (link.title.casefold(), link.id)


def _links(entries: Iterable[Entry]) -> tuple[Link, ...]:
    return tuple(Link(e.id, e.title, e.kind, f"{ENTRY_TYPES[e.kind]}/{e.id}") for e in entries)


def dose_in_words(dose: Dose | None) -> str | None:
    """The dose as sentences a patient can follow: a bare table ("Sets: 2 sets")
    leaves them to guess what a set is and how the numbers go together."""
    if dose is None:
        return None
    sentences: list[str] = []
    if dose.hold_seconds is not None:
        sentences.append(f"Hold for {_count(dose.hold_seconds, 'second')}.")
    if dose.repetitions is not None:
        times = "once" if dose.repetitions == 1 else f"{dose.repetitions} times"
        sentences.append(f"Do this {times}.")
    if dose.sets is not None and dose.sets > 1:
        # A set is one round of the repeats: say so rather than print "Sets: 2 sets".
        sentences.append(f"Do {dose.sets} sets (one set is one round of these repeats).")
    for label, value in (("How often: ", dose.frequency), ("", dose.notes)):
        shown = _shown(value)
        if shown is not None:
            sentences.append(label + _sentence(shown))
    return " ".join(sentences) or None


def _sentence(value: str) -> str:
    value = value.strip()
    return value if value[-1] in ".!?" else f"{value}."


def _count(number: int, unit: str) -> str:
    return f"{number} {unit}{'' if number == 1 else 's'}"


def _dose(dose: Dose | None) -> tuple[DoseItem, ...]:
    if dose is None:
        return ()
    items: list[DoseItem] = []
    for number, label, unit in (
        (dose.hold_seconds, "Hold", "second"),
        (dose.repetitions, "Repeat", "time"),
        (dose.sets, "Sets", "set"),
    ):
        if number is not None:
            items.append(DoseItem(label, Text(f"{number} {unit}{'' if number == 1 else 's'}")))
    for value, label in ((dose.frequency, "How often"), (dose.notes, "Notes")):
        field_text = _prose(value)
        if field_text is not None:
            items.append(DoseItem(label, field_text))
    return tuple(items)


def _sources(sources: Iterable[WrittenSource]) -> tuple[Source, ...]:
    return tuple(
        Source(
            title=Text(title),
            url=text.safe_url(source.url),
            publisher=_shown(source.publisher),
            accessed=_shown(source.accessed),
        )
        for source in sources
        if (title := _shown(source.title)) is not None
    )


# Blank text is left off a page, as missing text is.


def _shown(value: str | None) -> str | None:
    return value if value is not None and value.strip() else None


def _prose(value: str | None) -> Text | None:
    shown = _shown(value)
    return Text(shown) if shown is not None else None


def _prose_items(values: Iterable[str]) -> tuple[Text, ...]:
    return tuple(Text(v) for v in values if v.strip())
