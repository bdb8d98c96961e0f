"""The typed view of an entry: every field of the entry schemas, read once.

``Entry.fields`` (:mod:`carekb.model`) is an :class:`EntryFields` built from the
entry's YAML the first time someone asks, and kept. Lint rules, the review
reports, the trust checks and the export read it instead of picking values out
of ``Entry.data`` and checking their types each in its own way; a field renamed
in a schema is renamed here, and mypy finds every reader.

Frozen dataclasses, not TypedDicts: a TypedDict only describes a dict, and
promises mypy that ``data["title"]`` is a ``str`` whether or not the YAML
agrees. Lint runs on broken files, so the types have to be checked somewhere at
run time; checking them once, here, into values that hold exactly what their
annotations say means no reader needs to check again. Frozen, because the
knowledge base is read once and never changed afterwards. ``Entry.data`` stays
for what needs the document as written: schema validation, the content hash,
positions, the text rules' walk over every prose field, writing back.

Reading is tolerant and never raises (an entry may be invalid in any way; the
schema rule reports how):

- a field that is missing or of the wrong type reads as absent: ``None`` for a
  value or a block (``dose``, ``review.requested``), ``()`` for a list;
- an entry without a readable ``review.status`` is a ``draft``;
- in a list of ids or of text only the strings count; each id keeps the path it
  is written at (:class:`Reference`), so findings still point at the item;
- a list of blocks (approvals, sources, sections) keeps every item at its
  index: an item that is not a mapping reads as a block with nothing in it and
  ``is_mapping`` false. The trust check reports it as an approval that does
  not verify; the review-state rule does not count it, pages do not print it;
- blank text is kept as written: whether blank counts as missing is the
  reader's decision (lint reports a blank ``precautions_reason``, pages skip it);
- dates and times stay the text the author wrote; :mod:`carekb.clock` parses
  them, and says ``None`` to text that is not one.

The field names are the schemas' property names: a field is read from the key
of its own name, by its declared type, unless its block's reader says otherwise
(:func:`_block`), and ``tests/test_entry_model.py`` fails when a schema property
has no field here. This module sits at the bottom, beside :mod:`carekb.model`,
and imports only the standard library.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Any, Generic, Literal, NamedTuple, TypeVar

# A path into the YAML document, as carekb.model.JsonPath (this module sits below it).
_Path = tuple[str | int, ...]

# The fields of a signed approval, in the order carekb writes them.
APPROVAL_FIELDS = ("by", "role", "meaning", "at", "content_hash", "signature")

PrecautionsForm = Literal["ids", "empty", "none"]


@dataclass(frozen=True, slots=True)
class Reference:
    """An id written in a list (an entry or a roster person), and where it is written."""

    path: _Path  # ("precautions", 0), ("sections", 1, "entries", 2), ("authors", 0)
    id: str


@dataclass(frozen=True, slots=True)
class Approval:
    """One item of ``review.approvals``; a field that is not text reads as ``None``."""

    index: int  # its place in review.approvals
    by: str | None = None
    role: str | None = None
    meaning: str | None = None
    at: str | None = None
    content_hash: str | None = None
    signature: str | None = None
    is_mapping: bool = True  # False: the item is not a mapping, so every field is None

    @property
    def missing(self) -> tuple[str, ...]:
        """The fields a signed approval needs and this one lacks, in the written order."""
        return tuple(name for name in APPROVAL_FIELDS if getattr(self, name) is None)


@dataclass(frozen=True, slots=True)
class Request:
    """``review.requested``: who asked for a review, and when."""

    by: str | None = None
    at: str | None = None


@dataclass(frozen=True, slots=True)
class ChangeRequest:
    """``review.changes_requested``: a reviewer's request for changes."""

    by: str | None = None
    at: str | None = None
    comment: str | None = None


@dataclass(frozen=True, slots=True)
class Retirement:
    """``review.retired``: who took the entry out of use, when, and why; and
    ``review.reinstated``: who brought it back into review, when, and why."""

    by: str | None = None
    at: str | None = None
    reason: str | None = None


@dataclass(frozen=True, slots=True)
class Review:
    """The review block. A missing block reads as a draft with nothing else in it."""

    status: str = "draft"
    approvals: tuple[Approval, ...] = ()
    requested: Request | None = None
    changes_requested: ChangeRequest | None = None
    retired: Retirement | None = None
    reinstated: Retirement | None = None
    next_review: str | None = None  # YYYY-MM-DD as written


@dataclass(frozen=True, slots=True)
class Source:
    """One item of ``sources``."""

    index: int  # its place in sources
    title: str | None = None
    url: str | None = None
    publisher: str | None = None
    accessed: str | None = None  # YYYY-MM-DD as written
    is_mapping: bool = True  # False: the item is not a mapping, so every field is None


@dataclass(frozen=True, slots=True)
class Dose:
    """A technique's ``dose``. Counts are integers (``true`` is not a count)."""

    hold_seconds: int | None = None
    repetitions: int | None = None
    sets: int | None = None
    frequency: str | None = None
    notes: str | None = None


@dataclass(frozen=True, slots=True)
class Picture:
    """One item of a technique's ``pictures``. ``sha256`` is what carekb read from
    the file (:mod:`carekb.load.pictures`), or ``unusable: <why>``."""

    index: int  # its place in pictures
    file: str | None = None
    alt: str | None = None
    caption: str | None = None
    sha256: str | None = None
    is_mapping: bool = True  # False: the item is not a mapping, so every field is None


@dataclass(frozen=True, slots=True)
class SymptomUse:
    """One item of an entry's ``symptoms``: a warning symptom from the project's
    controlled list (``symptoms`` in carekb.yaml), and how urgent it is here."""

    index: int  # its place in symptoms
    symptom: str | None = None  # an id of the project's list
    level: str | None = None  # one of URGENCY_LEVELS
    is_mapping: bool = True  # False: the item is not a mapping, so every field is None


# How urgent a warning symptom is, most urgent first: call the emergency number
# now; get medical care the same day; stop the exercise and ask a clinician;
# ask a clinician before starting.
URGENCY_LEVELS = ("emergency", "same-day", "stop-and-ask", "ask-first")


@dataclass(frozen=True, slots=True)
class Section:
    """One item of a handout's ``sections``: a heading and the entries it includes."""

    index: int  # its place in sections
    heading: str | None = None
    text: str | None = None
    entries: tuple[Reference, ...] = ()
    is_mapping: bool = True  # False: the item is not a mapping, so every field is None


@dataclass(frozen=True, slots=True)
class EntryFields:
    """Every field an entry of any type may have.

    One class for the four types, because an entry's type is decided by its
    folder as much as by its ``type`` field (``Entry.kind``), and readers
    branch on that: a field of another type is absent in a valid entry, and
    ignored by the readers of a broken one that has it.
    """

    # Every entry.
    id: str | None = None
    type: str | None = None
    title: str | None = None
    summary: str | None = None
    language: str | None = None
    tags: tuple[str, ...] = ()
    authors: tuple[Reference, ...] = ()  # roster ids
    sources: tuple[Source, ...] = ()
    review: Review = Review()
    # Techniques.
    purpose: str | None = None
    steps: tuple[str, ...] = ()
    dose: Dose | None = None
    equipment: tuple[str, ...] = ()
    pictures: tuple[Picture, ...] = ()
    symptoms: tuple[SymptomUse, ...] = ()  # techniques and precautions
    stop_if: tuple[str, ...] = ()
    precautions: tuple[Reference, ...] = ()  # precaution ids
    # How precautions is written: a list with items ("ids"), an empty list
    # ("empty"), the word none ("none"); None when missing or anything else.
    precautions_form: PrecautionsForm | None = None
    precautions_reason: str | None = None
    # Precautions.
    severity: str | None = None
    statement: str | None = None
    applies_to: tuple[Reference, ...] = ()  # technique ids
    conditions: tuple[str, ...] = ()
    seek_care: str | None = None
    # FAQs.
    question: str | None = None
    answer: str | None = None
    related: tuple[Reference, ...] = ()  # entry ids
    # Handouts.
    intro: str | None = None
    sections: tuple[Section, ...] = ()
    paper: str | None = None
    pages: int | None = None  # the page budget of the printed handout

    def links(self, kind: str) -> tuple[Reference, ...]:
        """The entries an entry of type ``kind`` points to, in the order written.

        A technique's precautions, a precaution's techniques (``applies_to``),
        an FAQ's related entries, every entry of a handout's sections.
        """
        if kind == "technique":
            return self.precautions
        if kind == "precaution":
            return self.applies_to
        if kind == "faq":
            return self.related
        if kind == "handout":
            return tuple(ref for section in self.sections for ref in section.entries)
        return ()


class Outline(NamedTuple):
    """What the checks of *other* entries need to know of an entry, and no more.

    Small enough for the lint cache to keep for every entry
    (:mod:`carekb.load.cache`), so a warm lint answers "who links to this id?"
    or "who else names this symptom?" without reading every file again. (A
    named tuple: a warm lint of a large knowledge base makes one per entry.)
    """

    links: tuple[str, ...] = ()  # the ids ``EntryFields.links`` names, in order
    symptoms: tuple[tuple[int, str, str], ...] = ()  # (index, symptom, level), both text
    pictures: tuple[str, ...] = ()  # the picture files it names, as paths from the root
    # Every calendar day the file names (YYYY-MM-DD, from any value that opens with one:
    # next_review, a signature's time, a source's accessed date), sorted: the days on
    # or near which its findings can change as the clock moves on, all else unchanged
    # (carekb.validate.incremental.dated_files).
    dates: tuple[str, ...] = ()

    @classmethod
    def of(cls, kind: str, fields: EntryFields, data: object) -> Outline:
        return cls(
            links=tuple(ref.id for ref in fields.links(kind)),
            symptoms=tuple(
                (use.index, use.symptom, use.level)
                for use in fields.symptoms
                if use.symptom is not None and use.level is not None
            ),
            pictures=tuple(
                PurePosixPath(p.file).as_posix() for p in fields.pictures if p.file is not None
            ),
            dates=tuple(sorted(_days_named(data))),
        )


def _days_named(value: object) -> set[str]:
    """Each day (YYYY-MM-DD) a value of ``value`` opens with, anywhere in it: a date, or a
    time with its date first. Read off the document as written, not off the fields,
    so that no field that holds a day is missed."""
    # The dashes first, here: most values are not days, and a call per value cost a
    # cold lint of 10,000 entries a tenth of a second.
    return {
        text[:10]
        for text in string_values(value)
        if len(text) >= 10 and text[4] == "-" and text[7] == "-" and _is_day(text[:10])
    }


def string_values(value: object) -> list[str]:
    """Every string in ``value`` (keys aside), in no particular order: for a question
    about all of them, which needs no path to each (:func:`carekb.model.string_leaves`
    gives those)."""
    found: list[str] = []
    pending = [value]
    while pending:
        item = pending.pop()
        if isinstance(item, str):
            found.append(item)
        elif isinstance(item, dict):
            pending.extend(item.values())
        elif isinstance(item, list):
            pending.extend(item)
    return found


def _is_day(text: str) -> bool:
    digits = text[:4] + text[5:7] + text[8:10]
    return text[4] == "-" and text[7] == "-" and digits.isascii() and digits.isdigit()


_Owner = TypeVar("_Owner")


@dataclass(frozen=True, slots=True)
class SymptomStandard(Generic[_Owner]):
    """The one urgency a warning symptom has across a knowledge base: its most urgent
    level, the first use at that level (its owner and place, which every conflicting
    use's finding quotes), and whether any use gives it another level."""

    level: str
    owner: _Owner
    index: int
    disputed: bool


def symptom_standards(
    outlines: Iterable[tuple[_Owner, Outline]],
) -> dict[str, SymptomStandard[_Owner]]:
    """Each named symptom's standard, reading ``outlines`` in the order given (the
    knowledge base's): the urgency-conflict rule reports against it, and a warm lint
    rechecks a symptom's users only when it moves."""
    rank = {level: place for place, level in enumerate(URGENCY_LEVELS)}
    found: dict[str, SymptomStandard[_Owner]] = {}
    for owner, outline in outlines:
        for index, symptom, level in outline.symptoms:
            if not symptom or level not in rank:
                continue
            standard = found.get(symptom)
            if standard is None:
                found[symptom] = SymptomStandard(level, owner, index, disputed=False)
            elif rank[level] < rank[standard.level]:
                found[symptom] = SymptomStandard(level, owner, index, disputed=True)
            elif level != standard.level and not standard.disputed:
                found[symptom] = dataclasses.replace(standard, disputed=True)
    return found


_Item = TypeVar("_Item", Approval, Source, Section, Picture, SymptomUse)  # blocks in a list
_Block = TypeVar(
    "_Block",
    EntryFields,
    Review,
    Approval,
    Request,
    ChangeRequest,
    Retirement,
    Source,
    Dose,
    Section,
    Picture,
    SymptomUse,
)


def read_entry(data: object) -> EntryFields:
    """The typed fields of one entry document (any value: a broken file reads as empty)."""
    doc = read_mapping(data) or {}
    return _block(
        EntryFields,
        doc,
        (),
        sources=_items(Source, doc.get("sources"), ("sources",)),
        review=_review(doc.get("review")),
        dose=_optional_block(Dose, doc.get("dose"), ("dose",)),
        precautions_form=_precautions_form(doc.get("precautions")),
        sections=_items(Section, doc.get("sections"), ("sections",)),
        pictures=_items(Picture, doc.get("pictures"), ("pictures",)),
        symptoms=_items(SymptomUse, doc.get("symptoms"), ("symptoms",)),
    )


def read_cross_fields(data: object) -> EntryFields:
    """The fields of one entry document that name other things (people, entries,
    symptoms, pictures), read as :func:`read_entry` reads them; every other field is
    left at its default. What the checks across entries read of every entry (its
    outline, its references): a cold lint checks every entry's own fields in its
    workers, and reading them all again in the process that looks across entries
    cost it 0.8 s of 10,000 entries."""
    doc = read_mapping(data) or {}
    return EntryFields(
        authors=_references(doc.get("authors"), ("authors",)),
        precautions=_references(doc.get("precautions"), ("precautions",)),
        applies_to=_references(doc.get("applies_to"), ("applies_to",)),
        related=_references(doc.get("related"), ("related",)),
        sections=_items(Section, doc.get("sections"), ("sections",)),
        pictures=_items(Picture, doc.get("pictures"), ("pictures",)),
        symptoms=_items(SymptomUse, doc.get("symptoms"), ("symptoms",)),
    )


def read_approval(index: int, value: object) -> Approval:
    """One approval as written (``value`` of any type), at ``index`` in review.approvals."""
    return _item(Approval, index, value, ("review", "approvals"))


# --- Tolerant readers, shared with the roster loader ------------------------------


def read_text(value: object) -> str | None:
    """``value`` if it is a string (blank included), else ``None``."""
    return value if isinstance(value, str) else None


def read_texts(value: object) -> tuple[str, ...]:
    """The strings of a list, in order; ``()`` when ``value`` is not a list."""
    return tuple(item for item in read_list(value) if isinstance(item, str))


def read_int(value: object) -> int | None:
    """``value`` if it is an integer (not ``true`` or ``false``), else ``None``."""
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def read_list(value: object) -> list[object]:
    """``value`` if it is a list, else ``[]``."""
    return value if isinstance(value, list) else []


def read_mapping(value: object) -> Mapping[str, object] | None:
    """``value`` if it is a mapping, else ``None``."""
    return value if isinstance(value, Mapping) else None


# --- The blocks --------------------------------------------------------------------


def _references(value: object, path: _Path) -> tuple[Reference, ...]:
    return tuple(
        Reference(_shared_path((*path, index)), item)
        for index, item in enumerate(read_list(value))
        if isinstance(item, str)
    )


def _shared_path(path: _Path) -> _Path:
    """One copy of each reference's path: ("authors", 0) is written in every entry, and
    every entry's fields stay in memory for a whole lint."""
    return _PATHS.setdefault(path, path)


# Paths of references, as many as the longest list of references and the deepest
# handout have: a few thousand at most, whatever the number of entries.
_PATHS: dict[_Path, _Path] = {}


def _precautions_form(value: object) -> PrecautionsForm | None:
    if value == "none":
        return "none"
    if isinstance(value, list):
        return "ids" if value else "empty"
    return None


def _review(value: object) -> Review:
    block = read_mapping(value) or {}
    status = read_text(block.get("status"))
    return _block(
        Review,
        block,
        ("review",),
        status=status if status is not None else "draft",
        approvals=_items(Approval, block.get("approvals"), ("review", "approvals")),
        requested=_optional_block(Request, block.get("requested"), ("review", "requested")),
        changes_requested=_optional_block(
            ChangeRequest, block.get("changes_requested"), ("review", "changes_requested")
        ),
        retired=_optional_block(Retirement, block.get("retired"), ("review", "retired")),
        reinstated=_optional_block(Retirement, block.get("reinstated"), ("review", "reinstated")),
    )


def _items(cls: type[_Item], value: object, path: _Path) -> tuple[_Item, ...]:
    """Every item of the list ``value`` (at ``path``), each read as a ``cls``."""
    return tuple(_item(cls, index, item, path) for index, item in enumerate(read_list(value)))


def _item(cls: type[_Item], index: int, value: object, path: _Path) -> _Item:
    item = read_mapping(value)
    return _block(cls, item or {}, (*path, index), index=index, is_mapping=item is not None)


def _optional_block(cls: type[_Block], value: object, path: _Path) -> _Block | None:
    block = read_mapping(value)
    return _block(cls, block, path) if block is not None else None


# How a field is read from the key of its own name, by its declared type;
# a list of ids (None here) is read with the path of each id.
_READERS: dict[str, Callable[[object], object] | None] = {
    "str | None": read_text,
    "int | None": read_int,
    "tuple[str, ...]": read_texts,
    "tuple[Reference, ...]": None,
}


def _block(cls: type[_Block], block: Mapping[str, object], path: _Path, **given: Any) -> _Block:
    """``cls`` with the fields ``given``; every other is read from the key of its own name.

    So a field and the schema property it reads always have one name. ``path``
    is where the block is in the document (for the references in it).
    """
    # Only the keys the block has are read: an absent field's default is what its reader
    # makes of a missing key (None, or no items), and an entry has a third of the
    # fields of its type's class (every type shares one class).
    readers = _FIELDS[cls]
    read: dict[str, Any] = {}
    for name, value in block.items():
        if name in readers and name not in given:
            reader = readers[name]
            read[name] = reader(value) if reader else _references(value, (*path, name))
    return cls(**given, **read)


def _given(value: object) -> object:
    raise TypeError("a field of this type is read by its block's reader, and given to _block")


# Each block's fields with their readers, looked up once: reading is on the
# path of every lint run.
_FIELDS: dict[type, dict[str, Callable[[object], object] | None]] = {
    cls: {field.name: _READERS.get(str(field.type), _given) for field in dataclasses.fields(cls)}
    for cls in _Block.__constraints__
}
