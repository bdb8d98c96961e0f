"""One pass over ``kb/`` (and any extra paths) reads every file the knowledge base holds."""

from __future__ import annotations

import contextlib
import hashlib
import operator
import os
import stat
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from carekb import progress
from carekb.entries import Outline, read_list, read_mapping, read_text
from carekb.errors import CarekbError
from carekb.load.pictures import DIGEST_KEY, with_digests
from carekb.load.reader import LazyPositions, load_bytes, load_path, positions_later
from carekb.load.regular import read_regular
from carekb.model import (
    ENTRY_TYPES,
    FOLDER_TYPES,
    Document,
    Entry,
    Person,
    Problem,
    PublicKey,
)
from carekb.project import AUDIT_DIR, KB_DIR, PEOPLE_FILE, Project
from carekb.workers import MOST_PULLED, run_pulled, worker_count

if TYPE_CHECKING:
    from carekb.load.cache import Fingerprint

YAML_SUFFIXES = (".yaml", ".yml")


ParseMemo = dict[str, Any]
"""SHA-256 of a file's bytes -> the data the fast path read from them."""

Unsaved = Mapping[Path, str]
"""Text that stands in for a file's bytes on disk: what an editor or standard input holds."""


class KnownFile(NamedTuple):
    """An entry file the lint cache saw before and finds unchanged (by the file
    system's record of it and of its pictures): what it held then."""

    digest: str  # Document.digest: the file's bytes and its pictures
    file_digest: str  # Document.file_digest ("" for an entry without pictures)
    id: str
    kind: str
    outline: Outline


Known = Mapping[str, KnownFile]
"""Path relative to the root -> what the file held, for files known to be unchanged."""


class ChangedUnderfoot(CarekbError):
    """A file holds other bytes when it is read again than when it was first read: the
    lint cache called it unchanged (it changed twice within the file system's time
    granularity), or it was saved while the knowledge base was being read. The lint
    starts again; any other command says so (exit 2)."""

    def __init__(self, message: str) -> None:
        super().__init__(message, hint="it was saved meanwhile: run the command again")


@dataclass(frozen=True)
class LoadedFiles:
    """What one pass over the files found, before anything is judged."""

    documents: tuple[Document, ...]
    entries: tuple[Entry, ...]
    people_doc: Document | None
    people: dict[str, Person]
    ignored: tuple[tuple[str, str], ...]


def load_files(
    project: Project,
    extra: Iterable[Path] = (),
    memo: ParseMemo | None = None,
    unsaved: Unsaved | None = None,
    known: Known | None = None,
    listed: Fingerprint | None = None,
    meanwhile: Callable[[], None] | None = None,
) -> LoadedFiles:
    """Load the roster and every entry under ``kb/``, plus YAML files under ``extra``.

    Only :func:`carekb.kb.open_kb` calls this. ``extra`` lets ``carekb lint
    examples/`` check files outside ``kb/`` against the same roster and
    cross-references. With ``memo``, a file whose bytes were parsed before is
    not parsed again, and what is parsed now is added to it. ``unsaved`` maps
    a file to the text that stands in for it (the file need not exist).
    ``known`` lists entry files known to be unchanged: they are not read now,
    only if something asks for more than their id, type and outline. ``listed``, the
    stat of every file the run took first (the lint cache's), names the files under
    ``kb/`` when it walked all of it, so they are not listed a second time.
    ``meanwhile`` runs here while workers parse, where they do (:func:`_load_all`).
    """
    texts = {path.absolute(): text for path, text in (unsaved or {}).items()}
    ignored: list[tuple[str, str]] = []
    # Files by name and by place in the list, not as Path objects: thousands of
    # Paths made, hashed and compared cost a warm lint of a large knowledge base
    # more than its own work. A Path is made for the files read now only.
    if listed is not None and _names_as_walked(project) and listed.lists_all_of(KB_DIR):
        files, names = _listed_in_kb(project, ignored, listed.files)
    else:
        files, names = _discover(project, ignored), None
    extra_files = _expand(project, ignored, [*extra, *texts])
    if extra_files:
        real = _real_paths(project, [Path(name) for name in files])
        files.extend(str(p) for p in extra_files if os.path.realpath(p) not in real)
        names = None
    people = str(project.root / PEOPLE_FILE)
    unread = _unread(project, files, known or {}, {people, *map(str, texts)}, names)
    to_read = [n for n in range(len(files)) if n not in unread]
    read = _load_all(
        project,
        [Path(files[n]) for n in to_read],
        memo if memo is not None else {},
        texts,
        meanwhile,
    )
    for document in read:
        _add_picture_digests(project, document)
    found: dict[int, Document] = {**dict(zip(to_read, read, strict=True)), **unread}
    documents = [found[n] for n in range(len(files))]
    is_people = [name == people for name in files]
    people_doc = next((d for d, roster in zip(documents, is_people, strict=True) if roster), None)
    entries = tuple(
        _entry(doc)
        for doc, roster in zip(documents, is_people, strict=True)
        if not roster and doc.ok
    )
    return LoadedFiles(
        documents=tuple(documents),
        entries=entries,
        people_doc=people_doc,
        people=_people(people_doc) if people_doc is not None else {},
        ignored=tuple(sorted(ignored)),
    )


def _entry(doc: Document) -> Entry:
    if isinstance(doc, _Unread):
        return Entry.known(doc, doc.known.kind, doc.known.id, doc.known.outline)
    return Entry(doc=doc, kind=_entry_kind(doc))


def _unread(
    project: Project,
    files: list[str],
    known: Known,
    never: set[str],
    names: list[str] | None = None,
) -> dict[int, Document]:
    """The files of ``known`` (but those in ``never``), by their place in ``files``;
    ``names``, when given, holds each one's name relative to the root."""
    if not known:
        return {}
    found: dict[int, Document] = {}
    for number, name in enumerate(files):
        display = names[number] if names is not None else _display_name(project, name)
        record = known.get(display)
        if record is not None and name not in never:
            found[number] = _Unread(project, name, display, record)
    return found


class _OnRead:
    """An attribute of :class:`_Unread` that reads the file the first time it is asked for.

    The value is kept in an attribute of its own (``_read_<name>``), never through the
    instance's ``__dict__``: asking for that makes Python build a dictionary for the
    instance, twice the size of the attributes it otherwise keeps in place (some 17 MB
    at 100,000 documents)."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.kept = self.kept_as(name)

    @staticmethod
    def kept_as(name: str) -> str:
        """The attribute that keeps the value of ``name`` once read."""
        return f"_read_{name}"

    def __get__(self, doc: Any, owner: type | None = None) -> Any:
        if doc is None:
            return self
        try:
            return getattr(doc, self.kept)
        except AttributeError:
            doc.read_now()
            return getattr(doc, self.kept)

    def __set__(self, doc: Any, value: Any) -> None:
        setattr(doc, self.kept, value)

    def __delete__(self, doc: Any) -> None:
        with contextlib.suppress(AttributeError):
            delattr(doc, self.kept)


class _Unread(Document):
    """An entry file the lint cache knows unchanged: its id, type, digest and outline
    come from the cache, and its data, text and positions from the file, read the
    first time a rule asks for them (most never do)."""

    data = _OnRead()
    text = _OnRead()
    position_source = _OnRead()
    _tables = _OnRead()

    def __init__(self, project: Project, name: str, display: str, known: KnownFile) -> None:
        # Not Document.__init__: it would set the attributes that are read on demand.
        self.path = display
        self.problems = []
        self.digest = known.digest
        self.file_digest = known.file_digest
        self.known = known
        self._where = (project, name)

    @property
    def ok(self) -> bool:
        return True  # the cache keeps only files that loaded as a mapping

    def read_now(self) -> None:
        project, name = self._where
        doc = _load_document(project, Path(name), {}, {})
        _add_picture_digests(project, doc)
        if doc.digest != self.digest or not doc.ok:
            raise ChangedUnderfoot(f"{self.path} changed while it was being read")
        for attribute in ("data", "text", "position_source", "_tables"):
            setattr(self, attribute, getattr(doc, attribute))


class _ReadAgain(Document):
    """A file parsed in a worker process, whose data and positions came back through
    the pipe but not its text (:func:`_ship`): the text is read from the file again
    the first time something asks for it, and must be the bytes that were parsed."""

    text = _OnRead()

    def __init__(
        self, path: str, data: Any, lazy: LazyPositions, digest: str, file: Path, marked: bool
    ) -> None:
        # Not Document.__init__: it would set the text, which is read on demand. The file
        # is kept by name: a Path costs three times the text of its name, 21 MB at
        # 100,000 files.
        self.path = path
        self.data = data
        self.problems = []
        self.position_source = lazy.reading(self.read_text)
        self.digest = digest
        self.file_digest = ""
        self._tables = None
        self._file = os.fspath(file)
        self._parsed = digest  # of the bytes parsed: pictures may be added to ``digest``
        self._marked = marked

    @property
    def may_hold_directives(self) -> bool:
        return self._marked

    def read_text(self) -> str:
        return str(self.text)

    @property
    def text_held(self) -> bool:
        return hasattr(self, _OnRead.kept_as("text"))

    def forget_text(self) -> None:
        del self.text  # read again if asked for

    def read_now(self) -> None:
        try:
            raw = read_regular(self._file)
        except OSError:
            raw = b""
        if hashlib.sha256(raw).hexdigest() != self._parsed:
            raise ChangedUnderfoot(f"{self.path} changed while it was being read")
        # These bytes decoded cleanly when they were parsed.
        self.text = raw.decode("utf-8-sig")


def load_one(project: Project, path: Path, text: str, memo: ParseMemo) -> LoadedFiles:
    """One file, read from ``text`` (an editor's buffer), as :func:`load_files` reads it.

    Only its document and entry are set: :func:`carekb.kb.with_text` puts them
    into a knowledge base opened before.
    """
    doc = _load_document(project, path, memo, {path.absolute(): text})
    entries = (Entry(doc=doc, kind=_entry_kind(doc)),) if doc.ok else ()
    return LoadedFiles(documents=(doc,), entries=entries, people_doc=None, people={}, ignored=())


def _discover(project: Project, ignored: list[tuple[str, str]]) -> list[str]:
    """Every YAML file under ``kb/`` in sorted order, skipping the audit logs.

    ``os.scandir`` answers "folder? link?" from the directory listing itself,
    which matters when a knowledge base holds thousands of files; and names are
    listed, not Paths, which cost more than the listing itself.
    """
    if not project.kb_dir.is_dir():
        return []
    audit = str(project.root / AUDIT_DIR)
    found: list[str] = []
    pending = [str(project.kb_dir)]
    while pending:
        folder = pending.pop()
        with os.scandir(folder) as listing:
            for item in listing:
                if item.name.startswith("."):
                    continue
                if item.is_dir(follow_symlinks=False):
                    if item.path != audit:
                        pending.append(item.path)
                elif item.name.endswith(YAML_SUFFIXES):
                    found.append(item.path)
                else:
                    # Named as it is in the project: a link is not followed, so
                    # its target (maybe outside the project) is never shown.
                    # Only a link can be a folder here: the listing says so without a stat.
                    link_to_folder = item.is_symlink() and item.is_dir()
                    reason = "a link to a folder" if link_to_folder else "not a YAML file"
                    ignored.append((_display_name(project, item.path), reason))
    found.sort(key=in_path_order)
    return found


def in_path_order(path: str, sep: str = os.sep) -> str:
    """The key that sorts paths as Path objects sort (by their parts), which is not
    always the order of the strings ("a-b/" sorts before "a/" as text, after it as
    parts): the separator made the least of all characters, which no name holds. A
    string, not a list of parts: sorting 100,000 lists cost a quarter of a second."""
    return path.replace(sep, "\0")


def _names_as_walked(project: Project) -> bool:
    """Whether the lint cache's walk names this project's files as the loader does: it
    puts "/" between folders (POSIX systems), and names them from the root, which the
    loader does for a root given in full (the command line always resolves it; a
    relative one makes the loader name some files in full)."""
    return os.sep == "/" and project.root.is_absolute()


def _listed_in_kb(
    project: Project, ignored: list[tuple[str, str]], listed: Mapping[str, str]
) -> tuple[list[str], list[str]]:
    """What :func:`_discover` finds, from a walk already taken: ``listed`` maps every file
    of the project (relative to the root, "/" between names) to its stat line ("" for a
    file too young to be kept), and the walk went into every folder under ``kb/``. Also
    each file's name relative to the root.

    The same files, in the same order, and the same notes of what was ignored: no name
    starting with "." at any depth, nothing in the audit folder, a link (which the walk
    did not follow) found as the file it is.
    """
    prefix = KB_DIR + "/"
    audit = AUDIT_DIR + "/"
    # Named as _discover's walk of kb/ names them: the roster and the files given as
    # text are found by that name.
    folder = str(project.kb_dir)
    cut = len(KB_DIR)
    # Comprehensions, and the sort's key called in C: this meets every file of the
    # project (24,000 at 10,000 entries), and one loop doing it all cost a third more.
    inside = [
        name
        for name in listed
        if name.startswith(prefix) and not name.startswith(audit) and "/." not in name
    ]
    found = [name for name in inside if name.endswith(YAML_SUFFIXES)]
    for name in inside:
        if not name.endswith(YAML_SUFFIXES):
            linked = _links_to_folder(folder + name[cut:], listed[name])
            ignored.append((name, "a link to a folder" if linked else "not a YAML file"))
    # As _discover sorts: by in_path_order of the name in full, whose part before the
    # name is the same for all.
    found.sort(key=_IN_PATH_ORDER)
    return [folder + name[cut:] for name in found], found


_IN_PATH_ORDER = operator.methodcaller("replace", "/", "\0")
"""in_path_order of a name with "/" between its parts, as a sort's key."""


def _links_to_folder(full: str, stat_line: str) -> bool:
    """Whether the file at ``full`` is a link to a folder; its stat line's last field is
    its mode, read without a system call when the walk kept it."""
    mode = int(stat_line.rsplit(" ", 1)[1]) if stat_line else None
    if mode is not None and not stat.S_ISLNK(mode):
        return False
    return os.path.islink(full) and os.path.isdir(full)


def _real_paths(project: Project, files: list[Path]) -> set[str]:
    """``os.path.realpath`` of every file :func:`_discover` found, cheaply.

    Discovery follows no folder link, so only a file that is itself a link
    lies elsewhere than its place under the real ``kb/``: thousands of
    files cost a string join each, not a walk of every path component.
    """
    folder = str(project.kb_dir)
    real = os.path.realpath(project.kb_dir)
    return {
        os.path.realpath(p)
        if p.is_symlink() or not str(p).startswith(folder + os.sep)
        else real + str(p)[len(folder) :]
        for p in files
    }


def _expand(project: Project, ignored: list[tuple[str, str]], paths: Iterable[Path]) -> list[Path]:
    """The YAML files named on the command line, or found in folders named there.

    A file that is not YAML is noted as ignored, as it is when found in kb/.
    """
    result: list[Path] = []
    for path in paths:
        if path.is_dir():
            result.extend(sorted(p for p in path.rglob("*") if p.suffix in YAML_SUFFIXES))
        elif path.name.endswith(YAML_SUFFIXES):
            result.append(path)
        else:
            note = (project.relative(path), "not a YAML file")
            if note not in ignored:
                ignored.append(note)
    return result


# Below this many files, forking workers to parse them costs more than it saves.
PARALLEL_MIN_FILES = 400
# Files parsed as one chunk, each taken by whichever process is free (run_pulled), in
# no more chunks than its pipe holds (a larger knowledge base has larger chunks).
CHUNK_FILES = 50


def _load_all(
    project: Project,
    files: list[Path],
    memo: ParseMemo,
    texts: Mapping[Path, str],
    meanwhile: Callable[[], None] | None = None,
) -> list[Document]:
    """Every file parsed, in order; a large knowledge base is parsed on every core,
    while this process also runs ``meanwhile`` (then only: a small one does not need it)."""
    progress.stage("reading files", len(files))
    count = worker_count(len(files), PARALLEL_MIN_FILES)
    if count == 1:
        docs = [_load_counted(project, path, memo, texts) for path in files]
    else:
        size = max(CHUNK_FILES, -(-len(files) // MOST_PULLED))
        numbered = list(enumerate(files))
        chunks = [numbered[at : at + size] for at in range(0, len(files), size)]

        def parse(chunk: list[tuple[int, Path]]) -> list[tuple[int, _Shipped]]:
            return [
                (i, _ship(_load_counted(project, p, memo, texts), p.absolute() not in texts))
                for i, p in chunk
            ]

        parsed = dict(run_pulled(chunks, parse, count - 1, meanwhile or (lambda: None)))
        docs = [_unship(parsed[index], files[index]) for index in range(len(files))]
    memo.update((d.digest, d.data) for d in docs if _memorable(d))
    return docs


def _memorable(doc: Document) -> bool:
    # Only what the fast path read cleanly: its positions come from the text.
    return bool(doc.digest) and doc.position_source is not None and doc.ok


_Shipped = tuple[str, Any, list[Problem], str | None, bool, LazyPositions | None, Any, str]


def _ship(doc: Document, on_disk: bool) -> _Shipped:
    # What crosses the pipe: plain data. A fast-loaded file's positions travel as
    # libyaml's marks (a finding then needs no second parse of its file), a carefully
    # loaded file's as its tables. A fast-loaded file's text stays behind when the file
    # holds it (not an editor's buffer): at 100,000 entries the texts are a fifth of
    # what the knowledge base holds in memory, and most are read again by one worker
    # only, for the per-entry rules (:class:`_ReadAgain`).
    source = doc.position_source
    lazy = source if isinstance(source, LazyPositions) else None
    tables = None if lazy is not None else (doc.key_positions, doc.value_positions)
    if lazy is None or not on_disk or not doc.ok:
        return doc.path, doc.data, doc.problems, doc.text, False, lazy, tables, doc.digest
    marked = doc.may_hold_directives
    return doc.path, doc.data, [], None, marked, lazy.without_text(), None, doc.digest


def _unship(shipped: _Shipped, file: Path) -> Document:
    path, data, problems, text, marked, source, tables, digest = shipped
    if text is None and source is not None:
        return _ReadAgain(path, data, source, digest, file, marked)
    doc = Document(
        path=path,
        data=data,
        problems=problems,
        text=text or "",
        position_source=source,
        digest=digest,
    )
    doc._tables = tables
    return doc


def _load_counted(
    project: Project, path: Path, memo: ParseMemo, texts: Mapping[Path, str]
) -> Document:
    """:func:`_load_document`, counted for a progress line (:mod:`carekb.progress`)."""
    document = _load_document(project, path, memo, texts)
    progress.advance()
    return document


def _load_document(
    project: Project, path: Path, memo: ParseMemo, texts: Mapping[Path, str]
) -> Document:
    display = _display(project, path)
    text = texts.get(path.absolute())
    if text is not None:
        return _parse(project, display, text.encode("utf-8", "surrogateescape"), memo)
    if path.is_symlink():
        target = path.resolve()
        if project.root not in target.parents:
            return Document(
                path=display,
                problems=[
                    Problem(
                        1,
                        1,
                        "file is a symbolic link to outside the project: refused; "
                        "copy the content into the project instead",
                    )
                ],
            )
    try:
        small = path.stat().st_size <= project.max_file_bytes
        raw = read_regular(path) if small else None
    except OSError:
        raw = None
    if raw is None:  # too large or unreadable: the reader says which
        return load_path(path, display, max_bytes=project.max_file_bytes)
    return _parse(project, display, raw, memo)


def _parse(project: Project, display: str, raw: bytes, memo: ParseMemo) -> Document:
    """The document ``raw`` holds, from ``memo`` when the same bytes were parsed before."""
    digest = hashlib.sha256(raw).hexdigest()
    data = memo.get(digest)
    if isinstance(data, dict):
        text = raw.decode("utf-8-sig")  # these bytes decoded cleanly before
        return Document(
            path=display, data=data, text=text, position_source=positions_later(text), digest=digest
        )
    doc = load_bytes(raw, display, max_bytes=project.max_file_bytes)
    doc.digest = digest
    return doc


def _add_picture_digests(project: Project, doc: Document) -> None:
    """Bind the entry to the bytes of its pictures (:mod:`carekb.load.pictures`).

    Read on every open, never from the parse memo: the picture may change while
    the YAML stays the same. The document's digest (what findings are memoised
    by) covers the pictures too, so a changed picture is linted afresh.
    """
    if not doc.ok or not isinstance(doc.data, dict):
        return
    filled = with_digests(project.root, doc.data)
    if filled is None:
        return
    doc.data = filled
    doc.file_digest = doc.digest
    seen = "\0".join(
        str(item.get(DIGEST_KEY)) for item in filled["pictures"] if isinstance(item, dict)
    )
    doc.digest = hashlib.sha256(f"{doc.digest}\0{seen}".encode()).hexdigest()


def _display_name(project: Project, name: str) -> str:
    """:func:`_display` of a file named by a string, without making a Path for it."""
    return _under_root(project, name) or _display(project, Path(name))


def _under_root(project: Project, name: str) -> str:
    # Most files are found under the root: cutting the string costs far less than
    # pathlib's relative_to when thousands of files are named.
    root = str(project.root)
    if os.sep == "/" and name.startswith(root + "/") and "/./" not in name and "/../" not in name:
        return name[len(root) + 1 :]
    return ""


def _display(project: Project, path: Path) -> str:
    cut = _under_root(project, str(path))
    if cut:
        return cut
    absolute = path.absolute()
    try:
        return absolute.relative_to(project.root).as_posix()
    except ValueError:
        return absolute.as_posix()


def _entry_kind(doc: Document) -> str:
    """The entry's type: its ``type`` field if valid, else its folder's type."""
    declared = read_text(doc.data.get("type"))
    if declared is not None and declared in ENTRY_TYPES:
        return declared
    folder = Path(doc.path).parent.name
    return FOLDER_TYPES.get(folder, "unknown")


def _people(doc: Document) -> dict[str, Person]:
    people: dict[str, Person] = {}
    roster = read_mapping(doc.data) or {}
    for item in read_list(roster.get("people")):
        person = _person(item)
        if person is not None and person.id not in people:
            people[person.id] = person
    return people


def _person(value: object) -> Person | None:
    item = read_mapping(value) or {}
    person_id = read_text(item.get("id"))
    if person_id is None:
        return None
    keys = tuple(
        PublicKey(
            public_key=public_key,
            valid_from=read_text(key.get("valid_from")),
            valid_until=read_text(key.get("valid_until")),
        )
        for key in map(read_mapping, read_list(item.get("keys")))
        if key is not None and (public_key := read_text(key.get("public_key"))) is not None
    )
    return Person(
        id=person_id,
        name=str(item.get("name", person_id)),
        credentials=tuple(str(c) for c in read_list(item.get("credentials"))),
        roles=frozenset(str(r) for r in read_list(item.get("roles"))),
        keys=keys,
        email=read_text(item.get("email")),
        job_title=read_text(item.get("job_title")),
        affiliation=read_text(item.get("affiliation")),
    )
