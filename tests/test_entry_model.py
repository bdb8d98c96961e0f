"""The typed entry model (carekb.entries): true to the YAML, tolerant, and in step with the schemas.

- Every sample entry reads back as exactly its YAML, and every reference points
  at the item it was read from.
- A field of the wrong type reads exactly as if it were missing, at any depth,
  and nothing an entry file can hold makes reading raise or yields a value of
  another type than the model declares (property-based, with hypothesis).
- Every property of the entry schemas has a field in the model, every list of
  ids reads as references with their paths, and ``links`` covers every field
  that names other entries: a schema change that the model does not follow
  fails here.
- Readers of the model build pages from a broken draft (the lint rules'
  side is ``tests/cases/schema-wrong-type-rules``).
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import itertools
import json
import shutil
import types
import typing
from collections.abc import Iterator
from functools import cache
from importlib import resources
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import carekb.entries as entries_module
from carekb.entries import (
    Approval,
    ChangeRequest,
    Dose,
    EntryFields,
    Picture,
    Reference,
    Request,
    Retirement,
    Review,
    Section,
    Source,
    SymptomUse,
    read_entry,
)
from carekb.kb import open_kb
from carekb.load.project import open_project
from carekb.load.reader import load_bytes
from carekb.model import ENTRY_TYPES, FOLDER_TYPES, Entry
from carekb.render.views import build_views
from carekb.trust.gate import plan_export
from conftest import REPO_ROOT

KINDS = tuple(ENTRY_TYPES)
SAMPLES = sorted(
    p
    for p in (REPO_ROOT / "kb").rglob("*.yaml")
    if "audit" not in p.parts and p.name != "people.yaml"
)
DocPath = tuple[str | int, ...]


def _sample(path: Any) -> Entry:
    doc = load_bytes(path.read_bytes(), path.relative_to(REPO_ROOT).as_posix())
    assert doc.ok, doc.problems
    return Entry(doc=doc, kind=FOLDER_TYPES[path.parent.name])


# --- the schemas, with their $refs resolved ------------------------------------------


@cache
def _schema(name: str) -> dict[str, Any]:
    text = (resources.files("carekb.schemas") / f"{name}.schema.json").read_text()
    return dict(json.loads(text))


def _resolve(node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target = node["$ref"].rsplit("/", 1)[-1]
        rest = {k: v for k, v in node.items() if k != "$ref"}
        node = {**_schema("definitions")["$defs"][target], **rest}
    return node


# The model class that reads the object schema at a property of that name.
BLOCKS: dict[str, type] = {
    "review": Review,
    "approvals": Approval,
    "requested": Request,
    "changes_requested": ChangeRequest,
    "retired": Retirement,
    "reinstated": Retirement,
    "sources": Source,
    "dose": Dose,
    "sections": Section,
    "pictures": Picture,
    "symptoms": SymptomUse,
}


def _properties(
    node: dict[str, Any], path: DocPath = ()
) -> Iterator[tuple[DocPath, dict[str, Any]]]:
    """(path, schema) of every property below ``node``; a list's item is the index 0."""
    for name, child in node.get("properties", {}).items():
        child = _resolve(child)
        yield (*path, name), child
        yield from _properties(child, (*path, name))
        items = _resolve(child.get("items", {}))
        if items.get("type") == "object":
            yield from _properties(items, (*path, name, 0))


def _all_properties() -> Iterator[tuple[str, DocPath, dict[str, Any]]]:
    for kind in KINDS:
        for path, schema in _properties(_schema(kind)):
            yield kind, path, schema


def _is_id_list(schema: dict[str, Any]) -> bool:
    """A list of ids, as the schemas describe one: slug items, and 'ids' in the description."""
    items = schema.get("items", {})
    return items.get("$ref", "").endswith("/slug") and " ids " in schema.get("description", "")


def _types(schema: dict[str, Any]) -> set[str]:
    kind = schema.get("type", "string" if "const" in schema else None)
    return set(kind) if isinstance(kind, list) else {kind}


# --- reading the model by a document path ----------------------------------------------


def _at(value: Any, path: DocPath) -> Any:
    """What the model holds at a document path: attributes by name, tuples by index."""
    for part in path:
        value = value[part] if isinstance(part, int) else getattr(value, part)
    return value


def _put(data: Any, path: DocPath, value: Any) -> Any:
    """A copy of ``data`` with ``value`` at ``path``, creating maps and one-item lists."""
    data = copy.deepcopy(data) if data is not None else {}
    node = data
    for part, following in itertools.pairwise(path):
        empty: Any = [{}] if isinstance(following, int) else {}
        if isinstance(part, int):
            node = node[part]
        else:
            if not isinstance(node.get(part), list | dict):
                node[part] = empty
            node = node[part]
    node[path[-1]] = value
    return data


def _drop(data: Any, path: DocPath) -> Any:
    data = copy.deepcopy(data)
    node = data
    for part in path[:-1]:
        node = node[part]
    del node[path[-1]]
    return data


def _plain(value: Any) -> Any:
    """The model as YAML data again: absent fields left out, references as their ids."""
    if isinstance(value, Reference):
        return value.id
    if dataclasses.is_dataclass(value):
        plain = {}
        for field in dataclasses.fields(value):
            item = getattr(value, field.name)
            skip = ("index", "is_mapping", "precautions_form")
            if field.name not in skip and item not in (None, ()):
                plain[field.name] = _plain(item)
        if getattr(value, "precautions_form", None) == "none":
            plain["precautions"] = "none"
        return plain
    if isinstance(value, tuple):
        return [_plain(item) for item in value]
    return value


# --- the sample knowledge base -----------------------------------------------------------


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.stem)
def test_each_sample_entry_reads_as_its_yaml(path):
    entry = _sample(path)
    assert _plain(entry.fields) == entry.data
    assert entry.fields is entry.fields  # read once


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.stem)
def test_each_reference_points_at_its_item(path):
    entry = _sample(path)
    references = (*entry.fields.authors, *entry.fields.links(entry.kind))
    assert references
    for ref in references:
        assert entry.doc.get(ref.path) == ref.id
    for source in entry.fields.sources:
        assert entry.doc.get(("sources", source.index, "url")) == source.url
    for approval in entry.fields.review.approvals:
        assert entry.doc.get(("review", "approvals", approval.index, "by")) == approval.by


def test_the_sample_uses_every_reference_field():
    # Otherwise the two tests above would prove nothing about the missing kind.
    used = {
        (entry.kind, ref.path[0])
        for entry in map(_sample, SAMPLES)
        for ref in entry.fields.links(entry.kind)
    }
    assert used == {
        ("technique", "precautions"),
        ("precaution", "applies_to"),
        ("faq", "related"),
        ("handout", "sections"),
    }


# --- the schemas and the model cannot drift apart ---------------------------------------


@pytest.mark.parametrize("kind", KINDS)
def test_every_schema_property_has_a_field(kind):
    missing = []
    for path, schema in _properties(_schema(kind)):
        parents = [part for part in path[:-1] if isinstance(part, str)]
        owner = BLOCKS.get(parents[-1]) if parents else EntryFields
        names = {field.name for field in dataclasses.fields(owner)} if owner else set()
        if path[-1] not in names:
            missing.append(".".join(map(str, path)))
        is_block = (
            "object" in _types(schema) or _resolve(schema.get("items", {})).get("type") == "object"
        )
        if is_block and path[-1] not in BLOCKS:
            missing.append(f"{'.'.join(map(str, path))} (a block with no class in BLOCKS)")
    assert not missing, f"the {kind} schema has properties the model does not read: {missing}"


def test_every_list_of_ids_reads_as_references_where_they_are_written():
    id_lists = [(kind, path) for kind, path, schema in _all_properties() if _is_id_list(schema)]
    assert {path[-1] for _, path in id_lists} == {
        "authors",
        "precautions",
        "applies_to",
        "related",
        "entries",
    }
    for kind, path in id_lists:
        fields = read_entry(_put({"type": kind}, path, ["first-id", 7, "second-id"]))
        assert _at(fields, path) == (
            Reference((*path, 0), "first-id"),
            Reference((*path, 2), "second-id"),
        ), f"{kind}: {path}"


@pytest.mark.parametrize("kind", KINDS)
def test_links_are_every_field_that_names_other_entries(kind):
    entry_lists = [
        path
        for path, schema in _properties(_schema(kind))
        if _is_id_list(schema) and "roster" not in schema["description"]
    ]
    data: dict[str, Any] = {}
    for number, path in enumerate(entry_lists):
        data = _put(data, path, [f"target-{number}"])
    expected = {(*path, 0) for path in entry_lists}
    assert {ref.path for ref in read_entry(data).links(kind)} == expected
    assert expected, f"a {kind} links to no other entry?"


# --- tolerance -------------------------------------------------------------------------------

_JSON_SCALARS = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8)
_FIELD_NAMES = sorted({str(p) for _, path, _ in _all_properties() for p in path})


def _json(max_leaves: int = 12) -> st.SearchStrategy[Any]:
    return st.recursive(
        _JSON_SCALARS | st.sampled_from(["none", "approved", "draft", "A4", "cat-cow", " "]),
        lambda inner: (
            st.lists(inner, max_size=4)
            | st.dictionaries(
                st.sampled_from(_FIELD_NAMES) | st.text(max_size=6), inner, max_size=5
            )
        ),
        max_leaves=max_leaves,
    )


def _allowed(value: Any, types_: set[str]) -> bool:
    checks = {
        "string": lambda v: isinstance(v, str),
        "array": lambda v: isinstance(v, list),
        "object": lambda v: isinstance(v, dict),
        "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    }
    return any(checks[t](value) for t in types_)


def _sample_paths() -> list[tuple[Any, DocPath, set[str]]]:
    """(sample data, path, allowed types) for every schema property a sample entry fills."""
    found = []
    for file in SAMPLES:
        entry = _sample(file)
        for path, schema in _properties(_schema(entry.kind)):
            if entry.doc.get(path, _MISSING) is not _MISSING:
                found.append((entry.data, path, _types(schema)))
    return found


_MISSING = object()
SAMPLE_PATHS = _sample_paths()


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(SAMPLE_PATHS), _json())
def test_a_field_of_the_wrong_type_reads_as_missing(case, value):
    data, path, allowed = case
    if _allowed(value, allowed):
        value = object()  # never a YAML value: as wrong as a type can be
    assert read_entry(_put(data, path, value)) == read_entry(_drop(data, path))


@pytest.mark.parametrize(
    ("block", "cls"),
    [(("review", "approvals"), Approval), (("sources",), Source), (("sections",), Section)],
)
@pytest.mark.parametrize("item", ["text", 7, None, ["a"], True])
def test_a_list_item_that_is_not_a_block_reads_as_an_empty_block(block, cls, item):
    fields = read_entry(_put({}, block, [item, {}]))
    assert _at(fields, block) == (cls(index=0, is_mapping=False), cls(index=1))


def test_what_absent_means():
    fields = read_entry({})
    assert fields == EntryFields()
    assert fields.review == Review(status="draft")  # no review block: a draft
    assert read_entry("not a mapping") == fields
    assert read_entry({"precautions": "none"}).precautions_form == "none"
    assert read_entry({"precautions": []}).precautions_form == "empty"
    assert read_entry({"precautions": [7]}).precautions_form == "ids"
    assert read_entry({"dose": {"sets": True, "repetitions": 2}}).dose == Dose(repetitions=2)
    assert read_entry({"summary": "  "}).summary == "  "  # blank is the reader's decision


@pytest.mark.parametrize("cls", entries_module._FIELDS, ids=lambda cls: cls.__name__)
def test_a_field_a_block_leaves_out_reads_as_its_default(cls):
    # A block's reader reads only the keys the block has (entries._block): a field left
    # out keeps its default, which must be what its reader makes of a missing key.
    for field in dataclasses.fields(cls):
        reader = entries_module._FIELDS[cls][field.name]
        if reader is entries_module._given:
            continue  # given by the block's own reader, never read by name
        missing = reader(None) if reader else entries_module._references(None, ())
        assert field.default == missing, (cls.__name__, field.name)
    assert entries_module._block(cls, {"no such field": "x"}, (), **_required(cls)) == cls(
        **_required(cls)
    )


def _required(cls: type) -> dict[str, Any]:
    """What ``cls``'s reader gives it (an item's place), for a block read alone."""
    names = {field.name for field in dataclasses.fields(cls)}
    return {"index": 0} if "index" in names else {}


def _shaped(schema: dict[str, Any]) -> st.SearchStrategy[Any]:
    """Documents shaped like ``schema``, where any value may also be anything at all."""
    schema = _resolve(schema)
    options = [_json(max_leaves=4), st.integers() | st.booleans() | st.just("none")]
    if "properties" in schema:
        children = {name: _shaped(child) for name, child in schema["properties"].items()}
        options.append(st.fixed_dictionaries({}, optional=children))
    if "items" in schema:
        options.append(st.lists(_shaped(schema["items"]), max_size=3))
    return st.one_of(options)


@settings(max_examples=200, deadline=None)
@given(st.one_of([_shaped(_schema(kind)) for kind in KINDS]))
def test_any_document_reads_without_raising_into_the_declared_types(data):
    _check_types(read_entry(data), EntryFields)


@settings(max_examples=200, deadline=None)
@given(st.one_of([_shaped(_schema(kind)) for kind in KINDS]), st.sampled_from(KINDS))
def test_the_fields_read_across_entries_are_those_the_whole_read_gives(data, kind):
    # What the checks across entries read of every entry (read_cross_fields): each of
    # its fields as read_entry reads it, so an outline and a reference read from it are
    # those read from the whole fields.
    from carekb.entries import Outline, read_cross_fields

    whole, cross = read_entry(data), read_cross_fields(data)
    named = ("authors", "precautions", "applies_to", "related", "sections", "pictures")
    assert {n: getattr(cross, n) for n in (*named, "symptoms")} == {
        n: getattr(whole, n) for n in (*named, "symptoms")
    }
    assert cross.links(kind) == whole.links(kind)
    assert Outline.of(kind, cross, data) == Outline.of(kind, whole, data)


def test_an_entrys_outline_reads_only_the_fields_that_name_other_things():
    project = open_project(REPO_ROOT)
    kb = open_kb(project)
    read = [entry.outline for entry in kb.entries]  # as the checks across entries do
    assert all(
        entries_module.Outline.of(e.kind, e.fields, e.data) == o
        for e, o in zip(kb.entries, read, strict=True)
    )
    fresh = open_kb(project)
    for entry in fresh.entries:
        assert entry.outline is not None
        with pytest.raises(AttributeError):
            object.__getattribute__(entry, "fields")  # never read for it


def _check_types(value: Any, annotation: Any) -> None:
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if dataclasses.is_dataclass(annotation):
        assert type(value) is annotation
        hints = typing.get_type_hints(annotation)
        for field in dataclasses.fields(annotation):
            _check_types(getattr(value, field.name), hints[field.name])
    elif origin in (typing.Union, types.UnionType):
        errors = []
        for option in args:
            try:
                _check_types(value, option)
                return
            except AssertionError as error:
                errors.append(error)
        raise AssertionError(f"{value!r} is none of {args}: {errors}")
    elif origin is typing.Literal:
        assert value in args
    elif origin is tuple:
        assert isinstance(value, tuple)
        item_types = [args[0]] * len(value) if args[-1] is Ellipsis else list(args)
        for item, item_type in zip(value, item_types, strict=True):
            _check_types(item, item_type)
    elif annotation is type(None):
        assert value is None
    elif annotation is int:
        assert isinstance(value, int) and not isinstance(value, bool)
    else:
        assert isinstance(value, annotation), (value, annotation)


# --- what readers make of a broken entry -----------------------------------------------------


def test_a_preview_of_a_handout_with_wrong_types_builds(tmp_path):
    # Views used to iterate whatever a section's entries held: an integer stopped the export.
    root = tmp_path / "project"
    shutil.copytree(REPO_ROOT / "tests" / "export" / "golden_kb", root)
    handout = root / "kb" / "handouts" / "neck-care.yaml"
    text = handout.read_text()
    text = text.replace("    entries:\n      - go-slowly\n", "    entries: 7\n")
    handout.write_text(text.replace("paper: Letter", "paper: [Letter]"))
    project = open_project(root)
    plan = plan_export(project, open_kb(project), dt.date(2026, 6, 1), preview=True)
    (view,) = build_views(project, plan).handouts
    assert [len(section.entries) for section in view.sections] == [0, 1, 1]
    assert view.paper == "A4"


def test_the_read_fields_keep_no_instance_dictionary():
    # Every entry's fields stay in memory for a whole lint: with a dictionary per object
    # they took about twice the memory (dangling-reference, which reads them first, grew
    # a 10,000-entry lint by 37 MB before, 19 MB after).
    classes = [
        value
        for value in vars(entries_module).values()
        if dataclasses.is_dataclass(value) and value.__module__ == entries_module.__name__
    ]
    assert EntryFields in classes and Reference in classes
    for cls in classes:
        assert "__slots__" in vars(cls), cls.__name__
    fields = read_entry({"id": "cat-cow", "type": "technique", "authors": ["demo-author-1"]})
    assert fields.authors[0].id == "demo-author-1"
    assert not hasattr(fields, "__dict__")
    assert not hasattr(fields.authors[0], "__dict__")
