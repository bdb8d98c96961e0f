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
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup

from carekb.clock import format_timestamp, parse_timestamp
from carekb.model import ENTRY_TYPES, Entry, Person
from carekb.project import Project
from carekb.render import text
from carekb.render.gate import CONTENT_KINDS, ExportPlan
from carekb.trust.approvals import ReviewVerdict
from carekb.trust.canonical import short_hash

KIND_LABELS: Mapping[str, tuple[str, str]] = {
    "technique": ("Technique", "Techniques"),
    "precaution": ("Precaution", "Precautions"),
    "faq": ("Question", "Common questions"),
    "handout": ("Handout", "Handouts"),
}
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

    @property
    def link(self) -> Link:
        return Link(self.id, self.title, self.kind, self.page)


@dataclass(frozen=True)
class TechniqueView(EntryView):
    purpose: Text | None
    steps: tuple[Text, ...]
    dose: tuple[DoseItem, ...]
    equipment: tuple[Text, ...]
    stop_if: tuple[Text, ...]
    precautions: tuple[Link, ...]
    precautions_reason: Text | None


@dataclass(frozen=True)
class PrecautionView(EntryView):
    severity: str
    severity_label: str
    statement: Text | None
    conditions: tuple[Text, ...]
    seek_care: Text | None
    applies_to: tuple[Link, ...]


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
class HandoutView(EntryView):
    intro: Text | None
    sections: tuple[Section, ...]
    paper: str  # "A4" or "Letter"


@dataclass(frozen=True)
class Organisation:
    name: str
    address: str | None
    phone: str | None
    website: str | None


@dataclass(frozen=True)
class Site:
    name: str
    language: str
    organisation: Organisation
    preview: bool


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
    kinds: tuple[KindGroup, ...]
    tags: tuple[TagGroup, ...]

    @property
    def tag_labels(self) -> dict[str, str]:
        return {group.tag: group.label for group in self.tags}


def build_views(project: Project, plan: ExportPlan) -> Views:
    """Views of every exported entry and handout in ``plan``."""
    entries = tuple(_entry_view(entry, plan) for entry in plan.entries)
    by_id = {view.id: view for view in entries}
    handouts = tuple(_handout_view(h, plan, by_id) for h in plan.handouts)
    everything: tuple[EntryView, ...] = (*entries, *handouts)
    kinds = tuple(
        KindGroup(kind, KIND_LABELS[kind][1], ENTRY_TYPES[kind], group)
        for kind in (*CONTENT_KINDS, "handout")
        if (group := tuple(v for v in everything if v.kind == kind))
    )
    return Views(
        site=_site(project, plan.preview),
        entries=entries,
        handouts=handouts,
        kinds=kinds,
        tags=_tag_groups(everything),
    )


def _site(project: Project, preview: bool) -> Site:
    org = project.organisation
    return Site(
        name=project.name,
        language=_str(project.config.get("language")) or "en",
        organisation=Organisation(
            name=_str(org.get("name")) or project.name,
            address=_str(org.get("address")),
            phone=_str(org.get("phone")),
            website=text.safe_url(org.get("website")),
        ),
        preview=preview,
    )


def _common(entry: Entry, plan: ExportPlan) -> dict[str, Any]:
    data = entry.data
    return {
        "id": entry.id,
        "kind": entry.kind,
        "kind_label": KIND_LABELS[entry.kind][0],
        "page": f"{ENTRY_TYPES[entry.kind]}/{entry.id}",
        "title": entry.title,
        "summary": _text(data.get("summary")),
        "language": _str(data.get("language")) or "en",
        "tags": _strings(data.get("tags")),
        "sources": _sources(data.get("sources")),
        "sign_off": sign_off(plan.verdict(entry)),
    }


def _entry_view(entry: Entry, plan: ExportPlan) -> EntryView:
    data = entry.data
    common = _common(entry, plan)
    if entry.kind == "technique":
        return TechniqueView(
            **common,
            purpose=_text(data.get("purpose")),
            steps=_texts(data.get("steps")),
            dose=_dose(data.get("dose")),
            equipment=_texts(data.get("equipment")),
            stop_if=_texts(data.get("stop_if")),
            precautions=_links(plan.links(entry, "precautions")),
            precautions_reason=_text(data.get("precautions_reason")),
        )
    if entry.kind == "precaution":
        severity = _str(data.get("severity")) or "caution"
        return PrecautionView(
            **common,
            severity=severity,
            severity_label=SEVERITY_LABELS.get(severity, severity.capitalize()),
            statement=_text(data.get("statement")),
            conditions=_texts(data.get("conditions")),
            seek_care=_text(data.get("seek_care")),
            applies_to=_links(plan.links(entry, "applies_to")),
        )
    return FaqView(
        **common,
        question=_str(data.get("question")) or entry.title,
        answer=_text(data.get("answer")),
        related=_links(plan.links(entry, "related")),
    )


def _handout_view(entry: Entry, plan: ExportPlan, by_id: Mapping[str, EntryView]) -> HandoutView:
    data = entry.data
    sections = []
    for item in data.get("sections") or []:
        if not isinstance(item, dict):
            continue
        # The gate exported this handout only if every entry in it is exported.
        included = tuple(by_id[str(i)] for i in item.get("entries") or [] if str(i) in by_id)
        sections.append(
            Section(
                heading=_text(item.get("heading")) or Text(""),
                text=_text(item.get("text")),
                entries=included,
            )
        )
    paper = _str(data.get("paper"))
    return HandoutView(
        **_common(entry, plan),
        intro=_text(data.get("intro")),
        sections=tuple(sections),
        paper=paper if paper in ("A4", "Letter") else "A4",
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


def _dose(value: Any) -> tuple[DoseItem, ...]:
    if not isinstance(value, dict):
        return ()
    items: list[DoseItem] = []
    for key, label, unit in (
        ("hold_seconds", "Hold", "second"),
        ("repetitions", "Repeat", "time"),
        ("sets", "Sets", "set"),
    ):
        number = value.get(key)
        if isinstance(number, int) and not isinstance(number, bool):
            items.append(DoseItem(label, Text(f"{number} {unit}{'' if number == 1 else 's'}")))
    for key, label in (("frequency", "How often"), ("notes", "Notes")):
        field_text = _text(value.get(key))
        if field_text is not None:
            items.append(DoseItem(label, field_text))
    return tuple(items)


def _sources(value: Any) -> tuple[Source, ...]:
    sources: list[Source] = []
    for item in value if isinstance(value, list) else []:
        if not isinstance(item, dict) or _text(item.get("title")) is None:
            continue
        sources.append(
            Source(
                title=Text(str(item["title"])),
                url=text.safe_url(item.get("url")),
                publisher=_str(item.get("publisher")),
                accessed=_str(item.get("accessed")),
            )
        )
    return tuple(sources)


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def _strings(value: Any) -> tuple[str, ...]:
    return tuple(v for v in value if isinstance(v, str)) if isinstance(value, list) else ()


def _text(value: Any) -> Text | None:
    found = _str(value)
    return Text(found) if found is not None else None


def _texts(value: Any) -> tuple[Text, ...]:
    return tuple(Text(v) for v in _strings(value) if v.strip())
