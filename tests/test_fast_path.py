"""The fast read path (libyaml) and the careful one (ruamel round-trip) agree.

Lint reads most files through the fast path, so any difference in what the two
make of a file would change findings. Every file the repo ships, and many
generated documents full of YAML's tricky scalars, must load to the same data
and the same problems either way.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from carekb.load.reader import load_bytes
from carekb.model import Document, Pinpoints

REPO = Path(__file__).resolve().parents[1]

# Plain scalars whose meaning differs between YAML 1.1 and 1.2, or between
# parsers: the fast path must either read them as ruamel does or step aside.
TRICKY = [
    "yes",
    "no",
    "on",
    "off",
    "y",
    "n",
    "true",
    "False",
    "TRUE",
    "null",
    "~",
    "Null",
    "012",
    "0o17",
    "0x1F",
    "0b101",
    "1_000",
    "1.10",
    "1.",
    ".5",
    "-.5",
    "1e5",
    "1.5e3",
    ".inf",
    "-.inf",
    ".nan",
    "+1",
    "-0",
    "007",
    "2027-01-01",
    "2026-11-21T09:30:00Z",
    "2027-1-1",
    "12:30",
    "1:20:30",
    "=",
    "<<",
    "0.0",
    "-1.5",
    "99999999999999999999",
    "a: b",
    "- x",
    "#not",
    "x #comment",
    "'quoted'",
    '"dq"',
    "tab\there",
    "ünïcödé",
    "line\nbreak",
    "  lead",
    "trail  ",
    "",
]


def _same(raw: bytes) -> None:
    fast = load_bytes(raw, "f.yaml")
    careful = load_bytes(raw, "f.yaml", careful=True)
    assert fast.data == careful.data, raw
    assert fast.problems == careful.problems, raw
    if fast.ok:
        _same_single_positions(raw, careful)
        assert fast.key_positions == careful.key_positions
        assert fast.value_positions == careful.value_positions


def _same_single_positions(raw: bytes, careful: Document) -> None:
    """One position asked of a fresh fast load (read from libyaml's marks, no tables
    built) is the careful parser's, for every node, and for paths the file does not
    hold (their nearest ancestor's)."""
    paths = set(careful.key_positions) | set(careful.value_positions)
    asked = sorted(
        {*paths, *((*p, "not-a-field") for p in paths), *((*p, 99) for p in paths), ()}, key=repr
    )
    fast = load_bytes(raw, "f.yaml")
    source = fast.position_source
    marked = isinstance(source, Pinpoints) and source.pinpoint((), key=False) is not None
    for path in asked:
        for key in (True, False):
            assert fast.position(path, key=key) == careful.position(path, key=key), (raw, path)
    assert fast._tables is None or not marked  # answered from the marks alone


def _shipped_yaml() -> list[Path]:
    roots = [REPO / "kb", REPO / "tests", REPO / "examples", REPO / "carekb.yaml"]
    files: list[Path] = []
    for root in roots:
        if root.is_file():
            files.append(root)
        elif root.is_dir():
            files.extend(p for p in root.rglob("*") if p.suffix in (".yaml", ".yml"))
    return sorted(files)


SHIPPED = _shipped_yaml()


def test_there_are_shipped_files_to_compare():
    assert len(SHIPPED) > 15


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: str(p.relative_to(REPO)))
def test_every_shipped_file_loads_the_same_both_ways(path: Path):
    _same(path.read_bytes())


def test_plain_files_take_the_fast_path():
    doc = load_bytes(b"id: cat-cow\nnext_review: 2027-01-01\nsteps: [a, b]\n", "f.yaml")
    assert doc.position_source is not None  # positions not computed yet
    assert doc.position(("steps", 1)).column == 12
    assert doc._tables is None  # one position read from libyaml's marks, no tables built
    assert doc.value_positions[("steps", 1)].column == 12
    assert doc.position_source is None


def test_keys_nfc_makes_one_leave_no_marks_to_read_positions_from():
    # "cafe" with a combining accent and "café" are two keys to libyaml and one in NFC:
    # the data then no longer fits the marks, and a position read from them would be
    # the wrong key's. The loader keeps no marks for such a file (positions come from
    # the tables), so asking for one position need not walk the document to check.
    raw = "id: x\ncafe\u0301: 1\ncaf\u00e9: 2\ntags:\n  - a\n  - b\ntitle: T\n".encode()
    fast = load_bytes(raw, "f.yaml")
    assert fast.data == {"id": "x", "caf\u00e9": 2, "tags": ["a", "b"], "title": "T"}
    source = fast.position_source
    assert isinstance(source, Pinpoints) and source.pinpoint(("title",), key=True) is None
    _same(raw)
    # The same file in ASCII keeps its marks, and answers from them.
    plain = load_bytes(
        raw.replace("\u0301".encode(), b"").replace("\u00e9".encode(), b"x"), "g.yaml"
    )
    assert plain.position_source.pinpoint(("title",), key=True) == (7, 1)  # type: ignore[union-attr]


def test_short_strings_repeated_across_files_are_kept_once():
    # Keys, statuses, roles and tags repeat in every entry; one copy each keeps a large
    # knowledge base's parsed data small (10,000 entries: 286 MB to 245 MB at peak).
    first = load_bytes(b"id: a\nreview:\n  status: approved\ntags: [neck]\n", "a.yaml")
    second = load_bytes(b"id: b\nreview:\n  status: 'approved'\ntags: [neck]\n", "b.yaml")
    assert first.data["review"]["status"] is second.data["review"]["status"]
    assert first.data["tags"][0] is second.data["tags"][0]
    assert next(iter(first.data["review"])) is next(iter(second.data["review"]))
    long_text = "x" * 200
    third = load_bytes(f"id: c\nsummary: {long_text}\n".encode(), "c.yaml")
    fourth = load_bytes(f"id: d\nsummary: {long_text}\n".encode(), "d.yaml")
    assert third.data["summary"] == fourth.data["summary"]
    assert third.data["summary"] is not fourth.data["summary"]  # prose stays each file's own


@pytest.mark.parametrize("token", TRICKY)
@pytest.mark.parametrize("template", ["k: {}\n", "k: [{}]\n", "{}: v\n", "k:\n  - {}\n"])
def test_tricky_plain_scalars(template: str, token: str):
    _same(template.format(token).encode("utf-8"))


scalars = st.one_of(
    st.sampled_from(TRICKY),
    st.text(max_size=20),
    st.integers(min_value=-(10**20), max_value=10**20),
    st.floats(allow_nan=False),
    st.booleans(),
    st.none(),
)
keys = st.one_of(st.sampled_from(TRICKY), st.text(min_size=1, max_size=12))
documents = st.dictionaries(
    keys,
    st.recursive(
        scalars,
        lambda children: st.one_of(
            st.lists(children, max_size=4), st.dictionaries(keys, children, max_size=4)
        ),
        max_leaves=12,
    ),
    min_size=1,
    max_size=6,
)


@settings(max_examples=300, deadline=None)
@given(documents, st.sampled_from([False, True]), st.sampled_from([None, '"', "'", "|"]))
def test_generated_documents_load_the_same_both_ways(data, flow, style):
    out = io.StringIO()
    yaml.dump(data, out, default_flow_style=flow, default_style=style, allow_unicode=True)
    _same(out.getvalue().encode("utf-8"))


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from([*TRICKY, "k:", "  - ", "- ", "  k2: ", "\n", "[", "]", "{", "}"]),
        min_size=1,
        max_size=12,
    )
)
def test_random_token_soup_loads_the_same_both_ways(parts):
    _same("".join(parts).encode("utf-8"))


# --- the fast schema validator (jsonschema-rs) and jsonschema agree -------------

from carekb.schemas import _faulty_fields, _narrowed, fast_validator, validator  # noqa: E402

KINDS = {
    "techniques": "technique",
    "precautions": "precaution",
    "faqs": "faq",
    "handouts": "handout",
}


def _typed_documents() -> list[tuple[Path, str]]:
    found = []
    for path in SHIPPED:
        kind = KINDS.get(path.parent.name)
        if path.name == "people.yaml":
            kind = "people"
        elif path.name == "carekb.yaml":
            kind = "config"
        if kind and load_bytes(path.read_bytes(), "f.yaml").ok:
            found.append((path, kind))
    return found


def _agree(data, kind):
    fast = fast_validator(kind)
    assert fast is not None, "jsonschema-rs is a dependency; the fast path must be on"
    slow_valid = not list(validator(kind).iter_errors(data))
    # The fast answer decides whether jsonschema runs at all: it must never
    # call valid what jsonschema would reject.
    fast_errors = list(fast.iter_errors(data))
    assert (not fast_errors) == slow_valid, data
    if not slow_valid:
        # Only the fields jsonschema-rs faults are walked by jsonschema for the
        # messages: the errors, their order and their schema paths must not change.
        narrowed = _narrowed(kind, _faulty_fields(fast_errors))
        assert _errors(narrowed, data) == _errors(validator(kind), data), data


def _errors(checker, data):
    return [
        (e.message, list(e.absolute_path), list(e.absolute_schema_path), e.validator)
        for e in checker.iter_errors(data)
    ]


@pytest.mark.parametrize(
    ("path", "kind"),
    _typed_documents(),
    ids=lambda v: str(v.relative_to(REPO)) if isinstance(v, Path) else v,
)
def test_fast_and_full_schema_validation_agree_on_shipped_files(path, kind):
    _agree(load_bytes(path.read_bytes(), "f.yaml").data, kind)


SAMPLE = sorted((REPO / "kb").glob("*/*.yaml"))
junk = st.one_of(
    st.sampled_from(
        [
            "",
            "x",
            "2027-13-45",
            "2027-01-01",
            "2026-11-21T09:30:00Z",
            "not a url",
            "https://www.nhs.uk/",
            "http://x",
            "Cat-Cow",
            "none",
            "sha256:" + "0" * 64,
            "ed25519:AAAA",
            "a@b",
            "A4",
            "do-not",
        ]
    ),
    st.integers(-5, 700),
    st.booleans(),
    st.none(),
    st.lists(st.text(max_size=3), max_size=2),
    st.dictionaries(st.sampled_from(["title", "url", "by"]), st.text(max_size=5), max_size=2),
)


def _mutate(node, path, value, delete):
    if not path:
        return value
    head, *rest = path
    if isinstance(node, dict):
        copy = dict(node)
        if delete and not rest:
            copy.pop(head, None)
        else:
            copy[head] = _mutate(copy.get(head), rest, value, delete)
        return copy
    if isinstance(node, list) and node:
        copy = list(node)
        copy[head % len(copy)] = _mutate(copy[head % len(copy)], rest, value, delete)
        return copy
    return value


def _paths(node, prefix=()):
    yield prefix
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _paths(value, (*prefix, index))


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(SAMPLE), st.data(), junk, st.booleans())
def test_fast_and_full_schema_validation_agree_on_mutated_entries(path, data, value, delete):
    doc = load_bytes(path.read_bytes(), "f.yaml").data
    target = data.draw(st.sampled_from(list(_paths(doc))[1:]))
    _agree(_mutate(doc, list(target), value, delete), KINDS[path.parent.name])
