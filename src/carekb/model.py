"""The data model at the bottom of the data flow: findings, documents, entries.

Everything here is plain data: loaders build it, rules read it, reporters print
it. Positions are 1-based (line and column) as editors and compilers show them.
"""

from __future__ import annotations

import enum
import re
import unicodedata
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple, Protocol, runtime_checkable

from carekb.entries import EntryFields, Outline, read_cross_fields, read_entry


def nfc(value: Any) -> Any:
    """``value`` with every string (keys included) in Unicode NFC; tuples become lists.

    The loader hands every document over in this form, so the content hash
    (:mod:`carekb.trust.canonical`) and the templates read exactly the same
    text: the same letter typed two ways hashes and prints the same, and a
    character NFC replaces (U+212A KELVIN SIGN is K) cannot print differently
    from what a reviewer approved.
    """
    kind = type(value)  # exact types first: an ABC isinstance costs far more
    if kind is str:
        return value if value.isascii() else unicodedata.normalize("NFC", value)
    if kind is dict:
        return {
            (k if type(k) is str and k.isascii() else nfc(str(k))): (
                v if type(v) in _ATOMS or (type(v) is str and v.isascii()) else nfc(v)
            )
            for k, v in value.items()
        }
    if kind is list:
        return [
            item if type(item) in _ATOMS or (type(item) is str and item.isascii()) else nfc(item)
            for item in value
        ]
    if isinstance(value, str):
        return value if value.isascii() else unicodedata.normalize("NFC", value)
    if isinstance(value, Mapping):
        return {nfc(str(k)): nfc(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [nfc(item) for item in value]
    return value


# Values nfc() returns as they are.
_ATOMS = frozenset({int, float, bool, type(None)})


# A path into a YAML document: keys and list indexes, as jsonschema reports them.
JsonPath = tuple[str | int, ...]


def string_leaves(data: Any) -> list[tuple[JsonPath, str]]:
    """Every string value in ``data`` (keys aside) with its path, in file order."""
    found: list[tuple[JsonPath, str]] = []
    stack: list[tuple[JsonPath, Any]] = [((), data)]
    while stack:
        path, value = stack.pop()
        if isinstance(value, str):
            found.append((path, value))
        elif isinstance(value, dict):
            stack.extend(reversed([((*path, key), item) for key, item in value.items()]))
        elif isinstance(value, list):
            stack.extend(reversed([((*path, index), item) for index, item in enumerate(value)]))
    return found


class Level(enum.Enum):
    """How serious a finding is. ``OFF`` only appears in configuration."""

    ERROR = "error"
    WARNING = "warning"
    OFF = "off"

    @property
    def rank(self) -> int:
        return {"error": 2, "warning": 1, "off": 0}[self.value]


@dataclass(frozen=True)
class Fix:
    """A replacement for a finding's span (``line:column`` up to ``end_line:end_column``).

    ``safe`` marks a repair that cannot change what the entry means (quoting a
    scalar that already reads as that text): ``carekb lint --fix`` applies only
    those. Any other replacement is a suggestion for the author to judge.
    """

    replacement: str
    safe: bool = False
    # A repair that changes data on purpose names the one top-level field it
    # sets (to ``replacement`` as YAML reads it): the writer checks that the
    # file reads back as before with that field changed, and nothing else.
    field: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"replacement": self.replacement, "safe": self.safe}
        if self.field is not None:
            out["field"] = self.field
        return out


@dataclass(frozen=True, order=True)
class Finding:
    """One problem at one place. Sorts by file, line, column, rule, then message."""

    path: str  # POSIX path relative to the project root
    line: int
    column: int
    rule: str
    message: str
    level: Level = field(compare=False)
    entry_id: str | None = field(default=None, compare=False)
    # Where the span ends (1-based, exclusive column), where the rule knows it.
    end_line: int | None = field(default=None, compare=False)
    end_column: int | None = field(default=None, compare=False)
    fix: Fix | None = field(default=None, compare=False)

    @classmethod
    def from_dict(cls, item: Mapping[str, Any]) -> Finding:
        """The inverse of :meth:`to_dict` (for findings stored in the lint cache)."""
        return cls(
            path=str(item["path"]),
            line=int(item["line"]),
            column=int(item["column"]),
            rule=str(item["rule"]),
            message=str(item["message"]),
            level=Level(item["level"]),
            entry_id=item.get("entry_id"),
            end_line=item.get("end_line"),
            end_column=item.get("end_column"),
            fix=Fix(str(fix["replacement"]), bool(fix["safe"]), fix.get("field"))
            if (fix := item.get("fix"))
            else None,
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "rule": self.rule,
            "level": self.level.value,
            "message": self.message,
            "entry_id": self.entry_id,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "fix": self.fix.to_dict() if self.fix else None,
        }


class Position(NamedTuple):
    """A 1-based line and column. (A named tuple: a file's position tables hold one
    for every key and value, built when a finding first asks where something is.)"""

    line: int
    column: int


@dataclass(frozen=True)
class Problem:
    """A loader problem: where it is and what to say; the rule sets the level."""

    line: int
    column: int
    message: str


PositionTables = tuple[dict[JsonPath, Position], dict[JsonPath, Position]]


@runtime_checkable
class Pinpoints(Protocol):
    """A position source that can also answer for one path without building the
    tables (``None``: only the tables can say)."""

    def pinpoint(self, path: JsonPath, *, key: bool) -> Position | None: ...


# What every inline directive comment ("# carekb: disable=...") holds.
DIRECTIVE_MARKER = "carekb:"


@dataclass
class Document:
    """One YAML file as loaded: plain data plus the position of every key and item.

    ``data`` holds only dicts, lists, str, int, float, bool and None (dates and
    times stay the strings the author wrote), so it feeds jsonschema, hashing and
    templates directly. ``problems`` is non-empty when the file could not be read.

    Positions may be computed lazily: the fast loader parses without them and
    leaves ``position_source``, which the careful parser runs the first time a
    finding needs a line and column. Most files have no findings and never pay.
    """

    path: str
    data: Any = None
    problems: list[Problem] = field(default_factory=list)
    text: str = ""
    position_source: Callable[[], PositionTables] | None = field(default=None, repr=False)
    digest: str = field(default="", repr=False)  # SHA-256 of the file's bytes, when read
    # When the entry's content is more than its file (a technique's pictures),
    # ``digest`` covers that too and this keeps the file's own: the parse memo's key.
    file_digest: str = field(default="", repr=False)
    _tables: PositionTables | None = field(default=None, repr=False)

    @property
    def key_positions(self) -> dict[JsonPath, Position]:
        return self._position_tables()[0]

    @property
    def value_positions(self) -> dict[JsonPath, Position]:
        return self._position_tables()[1]

    def _position_tables(self) -> PositionTables:
        if self._tables is None:
            source, self.position_source = self.position_source, None
            self._tables = source() if source is not None else ({}, {})
        return self._tables

    @property
    def ok(self) -> bool:
        return not self.problems and isinstance(self.data, dict)

    @property
    def text_held(self) -> bool:
        """Whether the text is in memory now (a document that reads it from its file on
        demand may not have read it yet, or may have let it go)."""
        return True

    @property
    def may_hold_directives(self) -> bool:
        """Whether the text may hold an inline directive: asked of every file by each
        lint, so a document that has not kept its text answers without it."""
        return DIRECTIVE_MARKER in self.text

    def forget_text(self) -> None:
        """Let the text go where it can be read again when asked for (a document parsed
        in a worker, whose text was read again from its file); others keep theirs."""

    def position(self, path: JsonPath, *, key: bool = False) -> Position:
        """Where ``path`` is in the file, falling back to its nearest ancestor.

        ``key=True`` prefers the key (``title:``) over its value, which is what a
        reader wants for "this property is not allowed" or "is missing".
        """
        probe = tuple(path)
        source = self.position_source
        # A file with a finding or two (a schema error) needs no table of every node. The
        # source is asked as a Pinpoints by name: isinstance of a Protocol took longer
        # than the answer (a tenth of a second over 10,000 files with a finding each).
        pinpoint = getattr(source, "pinpoint", None) if self._tables is None else None
        if pinpoint is not None:
            found: Position | None = pinpoint(probe, key=key)
            if found is not None:
                return found
        keys, values = self._position_tables()
        first, second = (keys, values) if key else (values, keys)
        while True:
            for table in (first, second):
                if probe in table:
                    return table[probe]
            if not probe:
                return Position(1, 1)
            probe = probe[:-1]

    def get(self, path: JsonPath, default: Any = None) -> Any:
        node: Any = self.data
        for part in path:
            try:
                node = node[part]
            except (KeyError, IndexError, TypeError):
                return default
        return node


ENTRY_TYPES: Mapping[str, str] = {
    "technique": "techniques",
    "precaution": "precautions",
    "faq": "faqs",
    "handout": "handouts",
}
"""Entry type -> the folder under ``kb/`` that holds entries of that type."""

FOLDER_TYPES: Mapping[str, str] = {folder: kind for kind, folder in ENTRY_TYPES.items()}

# An id becomes a file name (in exports/ and kb/audit/), so it must be a short
# slug: file systems refuse names over 255 bytes, and the schema's ``slug``
# (``maxLength``, checked by lint) says the same as this (a test compares them).
MAX_ID_LENGTH = 80
_ENTRY_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def is_entry_id(value: str) -> bool:
    """Whether ``value`` may name an entry (and so a file): a slug of at most 80 characters."""
    return len(value) <= MAX_ID_LENGTH and _ENTRY_ID.fullmatch(value) is not None


@dataclass(slots=True)
class Entry:
    """A knowledge-base entry (technique, precaution, FAQ or handout).

    ``fields`` is what other packages read: the entry's typed fields
    (:mod:`carekb.entries`), read once. ``data`` is the document as written, for
    what needs exactly that: schema checks, the content hash, positions, writing.
    """

    doc: Document
    kind: str  # the entry type, from the file's folder
    # Worked out the first time they are asked for (:meth:`__getattr__`, see _WORKED_OUT),
    # then kept in these slots: a dictionary per entry, as functools.cached_property
    # keeps its values in, cost a lint of 100,000 entries some 26 MB.
    fields: EntryFields = field(init=False, repr=False, compare=False)
    # The fields that name other things (carekb.entries.read_cross_fields): what the
    # checks across entries read, the whole ``fields`` where they were read already.
    cross: EntryFields = field(init=False, repr=False, compare=False)
    # What other entries' checks need of this one (:class:`~carekb.entries.Outline`).
    outline: Outline = field(init=False, repr=False, compare=False)
    id: str = field(init=False, repr=False, compare=False)
    path: str = field(init=False, repr=False, compare=False)
    # What an approval of the entry as it is now signs: kept here by the trust layer,
    # which works it out (carekb.trust.approvals.current_hash).
    content_hash: str = field(init=False, repr=False, compare=False)

    def __getattr__(self, name: str) -> Any:
        # Only called for a slot not set yet (or a name the class does not have).
        work = _WORKED_OUT.get(name)
        if work is None:
            raise AttributeError(f"'Entry' object has no attribute '{name}'")
        value = work(self)
        setattr(self, name, value)
        return value

    @classmethod
    def known(cls, doc: Document, kind: str, entry_id: str, outline: Outline) -> Entry:
        """An entry whose id and outline are known already (the lint cache kept them),
        so asking for them does not read ``doc``: a warm lint of a large knowledge
        base reads only the files a change can affect."""
        entry = cls(doc, kind)
        entry.id, entry.outline, entry.path = entry_id, outline, doc.path
        return entry

    @property
    def data(self) -> dict[str, Any]:
        data: dict[str, Any] = self.doc.data
        return data

    @property
    def file_stem(self) -> str:
        return Path(self.doc.path).stem

    @property
    def title(self) -> str:
        return self.fields.title if self.fields.title is not None else self.id

    @property
    def authors(self) -> tuple[str, ...]:
        return tuple(ref.id for ref in self.fields.authors)

    @property
    def review(self) -> dict[str, Any]:
        """The review block as written (``{}`` if it is not a mapping), for writing back.

        Read its fields from ``fields.review``.
        """
        value = self.data.get("review")
        return value if isinstance(value, dict) else {}

    @property
    def status(self) -> str:
        return self.fields.review.status


def _entry_id(entry: Entry) -> str:
    # What fields.id reads (read_text of the key), without reading every
    # other field: indexes by id cover every entry, most never need more.
    data = entry.doc.data
    value = data.get("id") if isinstance(data, dict) else None
    return value if isinstance(value, str) else entry.file_stem


def _fields_read(entry: Entry) -> EntryFields | None:
    """The entry's fields where they were read already (never reading them)."""
    try:
        found: EntryFields = object.__getattribute__(entry, "fields")  # not __getattr__
    except AttributeError:
        return None
    return found


# Entry's values worked out when first asked for. ``path`` is kept once asked: the lint
# asks every entry's path several times over, and an entry's document is never
# swapped for another.
_WORKED_OUT: dict[str, Callable[[Entry], Any]] = {
    "fields": lambda entry: read_entry(entry.doc.data),
    "cross": lambda entry: _fields_read(entry) or read_cross_fields(entry.doc.data),
    "outline": lambda entry: Outline.of(entry.kind, entry.cross, entry.doc.data),
    "id": _entry_id,
    "path": lambda entry: entry.doc.path,
}


@dataclass(frozen=True)
class PublicKey:
    public_key: str
    valid_from: str | None = None
    valid_until: str | None = None
    # The day a lead revoked the key (it signs nothing, ever, once revoked), and why.
    # The loader leaves these unset; carekb.trust.roster reads them with the roster.
    revoked: str | None = None
    revoked_reason: str | None = None


@dataclass(frozen=True)
class Person:
    """A roster person. Roles: author, reviewer, lead."""

    id: str
    name: str
    credentials: tuple[str, ...]
    roles: frozenset[str]
    keys: tuple[PublicKey, ...] = ()
    email: str | None = None
    job_title: str | None = None  # published beside their reviews (schema.org jobTitle)
    affiliation: str | None = None  # their organisation, published beside their reviews

    @property
    def display(self) -> str:
        """``Name, DC`` as shown in sign-off lines."""
        creds = ", ".join(self.credentials)
        return f"{self.name}, {creds}" if creds else self.name


# --- Trust: the leads' trust root and the verdict on the roster ------------------
#
# Plain values, decided by carekb.trust (root.py reads a trust root, roster.py
# judges the roster against it) and held by the knowledge base from the moment
# it is opened.


@dataclass(frozen=True)
class Lead:
    """A clinical lead: may sign the roster with the key the trust root gives them."""

    id: str
    public_key: str


@dataclass(frozen=True)
class TrustRoot:
    """The clinical leads' public keys, read from a file outside the project."""

    source: str  # the file it was read from, as messages show it
    leads: tuple[Lead, ...]
    threshold: int

    def lead(self, lead_id: str) -> Lead | None:
        return next((lead for lead in self.leads if lead.id == lead_id), None)

    @property
    def lead_ids(self) -> str:
        return ", ".join(lead.id for lead in self.leads)

    def describe(self) -> str:
        """``demo-keys/trust.yaml needs 1 of: demo-lead``: which leads, how many must sign."""
        return f"{self.source} needs {self.threshold} of: {self.lead_ids}"


@dataclass(frozen=True)
class LeadSignature:
    """One entry under ``signatures.signed`` of the roster, checked against the trust root."""

    index: int
    by: str
    at: str
    authentic: bool  # made by that lead's trust-root key, over the block as written
    current: bool  # authentic, and the block's roster_hash is the roster now
    reason: str  # why not authentic ("" when it is)


@dataclass(frozen=True)
class RosterFinding:
    """Why the roster is not trusted, at a place in the roster file."""

    path: JsonPath
    message: str
    key: bool = False  # point at the key rather than its value
    person: str = ""  # for a change since the leads signed: who
    change: str = ""  # "added", "changed" or "removed"; "" for other findings


@dataclass(frozen=True)
class RosterTrust:
    """How far the roster can be trusted, and the people approvals are checked against."""

    root: TrustRoot | None
    people: Mapping[str, Person]  # the roster as written, revoked keys marked
    roster_hash: str
    signatures: tuple[LeadSignature, ...] = ()
    signers: tuple[str, ...] = ()  # distinct leads whose signatures cover the roster now
    findings: tuple[RosterFinding, ...] = ()  # empty when trusted (or no trust root)
    # What the leads signed with the roster (as written; believe them only when trusted):
    project: str = ""  # the identity the publisher's record is keyed by
    version: int = 0  # rises with every change the leads sign
    expires: str = ""  # an ISO date
    governance: str = ""  # the settings and templates they signed (carekb.trust.governance)
    governance_files: Mapping[str, str] = field(default_factory=dict)

    @property
    def configured(self) -> bool:
        return self.root is not None

    @property
    def trusted(self) -> bool:
        """A trust root is configured, and enough of its leads signed the roster as it is."""
        return self.root is not None and not self.findings

    @property
    def counts(self) -> bool:
        """Whether approvals may count: the roster is trusted, or nobody set a trust root."""
        return self.root is None or not self.findings


# --- The knowledge base -------------------------------------------------------------


@dataclass(frozen=True)
class OpenedFrom:
    """What a knowledge base was opened from, so it can be opened again the same way."""

    extra: tuple[Path, ...] = ()  # YAML files or folders outside kb/ (``lint examples/``)
    trust: Path | None = None  # the trust root named by --trust, if any
    trust_stamp: tuple[int, int, int] | None = None  # its file's size, time, inode when read


@dataclass(frozen=True)
class KnowledgeBase:
    """Everything one pass over the files found: the model lint, review and export read.

    Built only by :func:`carekb.kb.open_kb` and never changed afterwards: the
    trust verdict on the roster is decided while opening, so every reader sees
    the same one. A view over part of it (``dataclasses.replace``) keeps it.
    """

    root: Path
    roster: RosterTrust
    entries: tuple[Entry, ...] = ()
    documents: tuple[Document, ...] = ()
    people_doc: Document | None = None
    people: Mapping[str, Person] = field(default_factory=dict)
    # Files under kb/ that are not YAML entries: (path, reason). Reported, never read.
    ignored: tuple[tuple[str, str], ...] = ()
    # SHA-256 of a file's bytes -> its parsed data, shared by later opens (the
    # lint cache's and a long-running process's memory of what it parsed).
    parsed: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)
    opened: OpenedFrom = field(default_factory=OpenedFrom, repr=False, compare=False)

    def by_id(self) -> Mapping[str, list[Entry]]:
        """Entries by id (a list: two may share one), made once per knowledge base
        (every rule and lookup shares it, so it is not to be changed)."""
        table: dict[str, list[Entry]] | None = self.__dict__.get("_by_id")
        if table is None:
            table = {}
            for entry in self.entries:
                table.setdefault(entry.id, []).append(entry)
            self.__dict__["_by_id"] = table  # frozen: the instance dictionary is the cache
        return table

    def entry(self, entry_id: str) -> Entry | None:
        matches = self.by_id().get(entry_id)
        return matches[0] if matches and len(matches) == 1 else None

    def iter_entries(self, kind: str | None = None) -> Iterator[Entry]:
        return (e for e in self.entries if kind is None or e.kind == kind)
