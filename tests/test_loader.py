"""Unit tests of the YAML loader: carekb.load.reader.load_bytes."""

from __future__ import annotations

import os
import warnings

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from carekb.load.reader import MAX_ALIAS_VALUES, MAX_ALIASES, MAX_DEPTH, load_bytes
from carekb.model import Document, Position


def _load(raw: bytes, *, careful: bool = False) -> Document:
    return load_bytes(raw, "kb/faqs/x.yaml", careful=careful)


@pytest.fixture(params=[False, True], ids=["fast", "careful"])
def load(request):
    """Both read paths (libyaml first, ruamel round-trip) must give the same answer."""
    return lambda raw: _load(raw, careful=request.param)


def only_problem(doc: Document):
    assert len(doc.problems) == 1, doc.problems
    return doc.problems[0]


# --- encodings and line endings --------------------------------------------------


def test_plain_mapping(load):
    doc = load(b"id: cat-cow\ntitle: Cat-cow stretch\n")
    assert doc.problems == []
    assert doc.ok
    assert doc.data == {"id": "cat-cow", "title": "Cat-cow stretch"}
    assert doc.path == "kb/faqs/x.yaml"


def test_byte_order_mark_is_accepted_and_not_counted_as_a_column(load):
    doc = load(b"\xef\xbb\xbfid: cat-cow\ntitle: Cat\n")
    assert doc.problems == []
    assert doc.data == {"id": "cat-cow", "title": "Cat"}
    assert doc.key_positions[("id",)] == Position(1, 1)
    assert doc.value_positions[("id",)] == Position(1, 5)


def test_crlf_line_endings_keep_line_numbers(load):
    doc = load(b"id: cat-cow\r\nsteps:\r\n  - Kneel.\r\n  - Breathe.\r\ntitle: Cat\r\n")
    assert doc.problems == []
    assert doc.data == {"id": "cat-cow", "steps": ["Kneel.", "Breathe."], "title": "Cat"}
    assert doc.value_positions[("steps", 0)] == Position(3, 5)
    assert doc.value_positions[("steps", 1)] == Position(4, 5)
    assert doc.key_positions[("title",)] == Position(5, 1)


def test_crlf_error_position(load):
    problem = only_problem(load(b"id: a\r\ntitle: b\r\nid: c\r\n"))
    assert (problem.line, problem.column) == (3, 1)
    assert "duplicate key 'id'" in problem.message


def test_undecodable_byte_gives_line_and_column(load):
    problem = only_problem(load(b"id: latin1\ntitle: Caf\xe9 posture\n"))
    assert (problem.line, problem.column) == (2, 11)
    assert "0xe9" in problem.message
    assert "UTF-8" in problem.message


def test_undecodable_byte_column_counts_characters_not_bytes(load):
    # 'Ç' is two bytes in UTF-8 but one column in an editor: the bad byte is character 11.
    problem = only_problem(load("title: Ça ".encode() + b"\xff\n"))
    assert (problem.line, problem.column) == (1, 11)


def test_nul_byte_is_refused_with_its_position(load):
    problem = only_problem(load(b'id: a\ntitle: "x\x00"\n'))
    assert (problem.line, problem.column) == (2, 10)
    assert "NUL" in problem.message


# --- YAML 1.2 and scalar types -----------------------------------------------------


def test_dates_and_times_stay_strings(load):
    doc = load(
        b"next_review: 2027-01-01\n"
        b"at: 2026-11-21T09:30:00Z\n"
        b"spaced: 2026-11-21 09:30:00\n"
        b"quoted: '2027-01-01'\n"
    )
    assert doc.problems == []
    assert doc.data == {
        "next_review": "2027-01-01",
        "at": "2026-11-21T09:30:00Z",
        "spaced": "2026-11-21 09:30:00",
        "quoted": "2027-01-01",
    }
    assert all(type(v) is str for v in doc.data.values())


def test_yaml_1_2_booleans_and_numbers(load):
    doc = load(
        b"a: yes\nb: no\nc: on\nd: off\ne: y\nf: true\ng: false\n"
        b"h: 017\ni: 0o17\nj: 12:30\nk: ~\nl: 1.5\n"
    )
    assert doc.problems == []
    assert doc.data == {
        "a": "yes",
        "b": "no",
        "c": "on",
        "d": "off",
        "e": "y",
        "f": True,
        "g": False,
        "h": 17,
        "i": 15,
        "j": "12:30",
        "k": None,
        "l": 1.5,
    }


def test_data_is_plain_python(load):
    doc = load(b"a: {b: [1, x, {c: d}]}\n")
    assert type(doc.data) is dict
    assert type(doc.data["a"]) is dict
    assert type(doc.data["a"]["b"]) is list
    assert type(doc.data["a"]["b"][2]) is dict


@pytest.mark.parametrize(("raw", "key"), [(b"1: one\n", "1"), (b"true: yes\n", "true")])
def test_non_string_keys_become_strings(raw, key, load):
    doc = load(raw)
    assert doc.problems == []
    assert list(doc.data) == [key]


# --- positions ----------------------------------------------------------------------


SAMPLE = b"""\
# a comment line
id: cat-cow
dose:
  hold_seconds: 5
  frequency: Once a day
steps:
  - Kneel on all fours.
  -   Round your back.
sources:
  - title: Back pain
    url: https://www.nhs.uk/
tags: [upper-back, stretch]
"""


def test_positions_of_keys_values_and_items(load):
    doc = load(SAMPLE)
    assert doc.problems == []
    keys, values = doc.key_positions, doc.value_positions
    assert keys[("id",)] == Position(2, 1)
    assert values[("id",)] == Position(2, 5)
    assert keys[("dose",)] == Position(3, 1)
    assert keys[("dose", "hold_seconds")] == Position(4, 3)
    assert values[("dose", "hold_seconds")] == Position(4, 17)
    assert keys[("dose", "frequency")] == Position(5, 3)
    assert values[("dose", "frequency")] == Position(5, 14)
    assert values[("steps", 0)] == Position(7, 5)
    assert values[("steps", 1)] == Position(8, 7)
    assert values[("sources", 0)] == Position(10, 5)
    assert keys[("sources", 0, "url")] == Position(11, 5)
    assert values[("sources", 0, "url")] == Position(11, 10)
    assert values[("tags", 0)] == Position(12, 8)
    assert values[("tags", 1)] == Position(12, 20)


def test_position_lookup_and_fallback(load):
    doc = load(SAMPLE)
    assert doc.position(("dose", "frequency")) == Position(5, 14)
    assert doc.position(("dose", "frequency"), key=True) == Position(5, 3)
    assert doc.position(("steps", 1)) == Position(8, 7)
    # A path that is not in the file falls back to its nearest ancestor.
    assert doc.position(("dose", "sets"), key=True) == Position(3, 1)
    assert doc.position(("sources", 0, "publisher"), key=True) == Position(10, 5)
    assert doc.position(("missing",)) == Position(1, 1)
    assert doc.position(()) == Position(1, 1)


# --- files that are not entries --------------------------------------------------------


@pytest.mark.parametrize("raw", [b"", b"\n\n", b"# only a comment\n", b"---\n", b"--- \n...\n"])
def test_empty_file(raw, load):
    problem = only_problem(load(raw))
    assert (problem.line, problem.column) == (1, 1)
    assert "empty" in problem.message


@pytest.mark.parametrize(
    ("raw", "kind"), [(b"- a\n- b\n", "a list"), (b"just text\n", "a single value"), (b"42\n", "")]
)
def test_top_level_must_be_a_mapping(raw, kind, load):
    doc = load(raw)
    problem = only_problem(doc)
    assert "not a mapping" in problem.message
    assert kind in problem.message
    assert not doc.ok


def test_second_document_is_refused(load):
    problem = only_problem(load(b"id: a\n---\nid: b\n"))
    assert problem.line == 2


def test_invalid_yaml_position_and_message(load):
    problem = only_problem(load(b"id: a\ntitle: Broken: value\n"))
    assert (problem.line, problem.column) == (2, 14)
    assert problem.message.startswith("invalid YAML")


def test_unclosed_flow_sequence(load):
    problem = only_problem(load(b"id: a\ntags: [a, b\n"))
    assert problem.message.startswith("invalid YAML")
    assert problem.line >= 2


def test_tab_indentation(load):
    problem = only_problem(load(b"dose:\n\tfrequency: daily\n"))
    assert (problem.line, problem.column) == (2, 1)
    assert "tab" in problem.message


def test_duplicate_key_names_the_key_and_points_at_the_second(load):
    problem = only_problem(load(b"id: a\ndose:\n  sets: 1\n  sets: 2\n"))
    assert (problem.line, problem.column) == (4, 3)
    assert "duplicate key 'sets'" in problem.message


def test_merge_conflict_markers(load):
    problem = only_problem(load(b"id: a\n<<<<<<< HEAD\ntitle: x\n=======\ntitle: y\n>>>>>>> b\n"))
    assert (problem.line, problem.column) == (2, 1)
    assert "merge conflict" in problem.message


def test_size_limit():
    problem = only_problem(load_bytes(b"title: " + b"x" * 200 + b"\n", "f.yaml", max_bytes=100))
    assert (problem.line, problem.column) == (1, 1)
    assert "size limit" in problem.message


# --- tags ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw",
    [
        b"id: a\ntitle: !!python/name:os.system\n",
        b"id: a\ntitle: !include other.yaml\n",
        b'id: a\ntitle: !!python/object/apply:os.system ["echo unsafe"]\n',
        b"id: a\ntitle: !!python/object/apply:os.system\n  - echo unsafe\n",
        b"id: a\ntitle: !custom {x: 1}\n",
    ],
    ids=["python-name", "include", "apply-flow", "apply-block", "tagged-mapping"],
)
def test_tags_are_refused_at_the_value(raw, load):
    problem = only_problem(load(raw))
    assert (problem.line, problem.column) == (2, 8)
    assert "tag" in problem.message


@pytest.mark.parametrize(
    "raw",
    [
        b"base: &base {a: 1}\nitem:\n  <<: *base\n  b: 2\n",
        b"<<: {a: 1}\nb: 2\n",
        b"a: !!bool maybe\n",
        b"a: !!float\n",
        b"a: !!float ''\n",
        b"a: !!omap x\n",
        b"a: !!set x\n",
        b"a: !!seq x\n",
        b"a: !!map [1]\n",
    ],
    ids=[
        "merge-alias",
        "merge-inline",
        "bool-tag",
        "empty-float-tag",
        "quoted-float-tag",
        "omap-tag",
        "set-tag",
        "seq-tag",
        "map-tag",
    ],
)
def test_loader_never_raises(raw, load):
    # "Nothing here raises for bad input": whatever carekb decides about these
    # (YAML 1.2 has no merge keys; the tags do not fit their values), it must
    # answer with a Document, not an exception that the CLI shows as an internal error.
    doc = load(raw)
    assert isinstance(doc, Document)
    assert doc.problems or isinstance(doc.data, dict)


def test_duplicate_anchor_does_not_print_a_python_warning(load):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        load(b"a: &x 1\nb: &x 2\n")
    assert [str(w.message) for w in caught] == []


# --- hostile input is refused, not expanded ------------------------------------------


def test_alias_bomb_is_refused(load):
    lines = [b'a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for prev, name in zip("abcdefgh", "bcdefghi", strict=True):
        items = ", ".join([f"*{prev}"] * 9).encode()
        lines.append(f"{name}: &{name} [".encode() + items + b"]")
    problem = only_problem(load(b"\n".join(lines) + b"\n"))
    assert f"would repeat more than {MAX_ALIAS_VALUES:,} values" in problem.message
    # Lines 2-4 repeat 90 + 819 + 7,380 values; the first '*d' on line 5 passes 10,000.
    assert (problem.line, problem.column) == (5, 8)


def test_many_small_aliases_are_refused_by_count(load):
    raw = b"a: &a x\nb: [" + b", ".join([b"*a"] * (MAX_ALIASES + 1)) + b"]\n"
    problem = only_problem(load(raw))
    assert f"more than {MAX_ALIASES} aliases" in problem.message


@pytest.mark.parametrize(
    "raw",
    [
        b"a: &a x\nb: [" + b",".join([b"*a"] * (MAX_ALIASES + 1)) + b"]\n",  # after ','
        b"a: &a x\nb: {" + b", ".join(b"k%d: *a" % n for n in range(MAX_ALIASES + 1)) + b"}\n",
        b"a: &a x\nb:\n" + b"".join([b"-\t*a\n"] * (MAX_ALIASES + 1)),  # after a tab
        b"\xef\xbb\xbf&a [x]\n",  # an anchor right after a byte order mark
    ],
)
def test_aliases_and_anchors_are_seen_wherever_a_node_starts(load, raw):
    # The event scan runs only where an anchor or alias can start a node: it must
    # still run for every one of these (the last only proves the scan sees it).
    import carekb.load.reader as reader

    scanned = []
    real = reader._scan_events
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(reader, "_scan_events", lambda text: scanned.append(1) or real(text))
        load(raw)
    assert scanned == [1]


def test_an_ampersand_or_asterisk_inside_text_reads_the_same_without_a_scan(load):
    import carekb.load.reader as reader

    raw = b"id: q-and-a\ntitle: Q&A on neck pain*\nexclude:\n  - demo-keys/**\n"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(reader, "_scan_events", lambda text: pytest.fail("scanned"))
        doc = load(raw)
    assert doc.problems == []
    assert doc.data == {
        "id": "q-and-a",
        "title": "Q&A on neck pain*",
        "exclude": ["demo-keys/**"],
    }


def test_a_few_aliases_are_fine(load):
    doc = load(b"a: &x Once a day\nb: *x\nc: *x\n")
    assert doc.problems == []
    assert doc.data == {"a": "Once a day", "b": "Once a day", "c": "Once a day"}


def test_deep_flow_nesting_is_refused(load):
    raw = b"id: a\nx: " + b"[" * 200 + b"]" * 200 + b"\n"
    problem = only_problem(load(raw))
    assert f"nested more than {MAX_DEPTH} levels" in problem.message
    assert problem.line == 2


def test_deep_block_nesting_is_refused(load):
    raw = b"".join(b"  " * i + b"k:\n" for i in range(MAX_DEPTH + 10)) + b"  " * 60 + b"v\n"
    problem = only_problem(load(raw))
    assert f"nested more than {MAX_DEPTH} levels" in problem.message


def test_nesting_at_the_limit_is_accepted(load):
    raw = b"x: " + b"[" * (MAX_DEPTH - 1) + b"]" * (MAX_DEPTH - 1) + b"\n"
    assert load(raw).problems == []


def test_huge_integer_is_refused_at_its_line(load):
    problem = only_problem(load(b"id: a\ntype: technique\nrepetitions: " + b"9" * 100_000 + b"\n"))
    assert "digits" in problem.message
    assert problem.line == 3


# --- the loader never raises -----------------------------------------------------------

_YAMLISH = st.text(alphabet="ab:-[]{}&*!<>#|>'\"\n \t?,01.~%@`\\\u00e9", max_size=60)


@settings(max_examples=300, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(_YAMLISH)
def test_loader_never_raises_on_yamlish_text(text):
    doc = _load(text.encode("utf-8"))
    assert doc.problems or isinstance(doc.data, dict)
    for problem in doc.problems:
        assert problem.line >= 1
        assert problem.column >= 1
        assert problem.message


@settings(max_examples=200, derandomize=True)
@given(st.binary(max_size=60))
def test_loader_never_raises_on_bytes(raw):
    doc = _load(raw)
    assert doc.problems or isinstance(doc.data, dict)


@pytest.mark.parametrize("newline", [b"\n", b"\r\n", b"\r"])
def test_a_huge_integer_is_placed_on_its_line_whatever_the_line_breaks(load, newline):
    # Found by the fuzzer: after a lone CR the column counted from the file's start.
    raw = newline + b"repetitions: " + b"9" * 2_000 + newline
    problem = only_problem(load(raw))
    assert (problem.line, problem.column) == (2, 14)


@pytest.mark.parametrize("newline", [b"\n", b"\r\n", b"\r"])
def test_a_byte_that_is_not_utf8_is_placed_whatever_the_line_breaks(load, newline):
    # Found by the fuzzer: after a lone CR the byte was placed on line 1.
    problem = only_problem(load(b"id: a" + newline + b"title: caf\xe9 \x80" + newline))
    assert "not valid UTF-8" in problem.message
    assert (problem.line, problem.column) == (2, 11)


# --- reading a file's bytes ------------------------------------------------------


@pytest.mark.parametrize("size", [0, 1, 4095, 65535, 65536, 65537, 300_001])
def test_read_regular_returns_every_byte(tmp_path, size):
    from carekb.load.regular import read_regular

    data = bytes(range(256)) * (size // 256) + bytes(range(size % 256))
    (tmp_path / "f").write_bytes(data)
    assert read_regular(tmp_path / "f") == data
    assert read_regular(str(tmp_path / "f"), most=size) == data


def test_read_regular_refuses_what_it_must_not_read(tmp_path):
    from carekb.load.regular import NotRegular, TooLarge, read_regular

    (tmp_path / "f").write_bytes(b"x" * 11)
    with pytest.raises(TooLarge):
        read_regular(tmp_path / "f", most=10)
    (tmp_path / "link").symlink_to(tmp_path / "f")
    assert read_regular(tmp_path / "link") == b"x" * 11
    with pytest.raises(OSError):
        read_regular(tmp_path / "link", follow_links=False)
    with pytest.raises(NotRegular):
        read_regular(tmp_path)
    if hasattr(os, "mkfifo"):  # a pipe without a writer: refused at once, never waited on
        os.mkfifo(tmp_path / "pipe")
        with pytest.raises(NotRegular):
            read_regular(tmp_path / "pipe")


def test_read_regular_reads_a_file_that_grew_after_it_was_opened(tmp_path, monkeypatch):
    from carekb.load import regular

    path = tmp_path / "f"
    path.write_bytes(b"a" * 100)
    real_fstat = os.fstat

    def fstat_then_grow(fd):
        info = real_fstat(fd)
        with open(path, "ab") as handle:  # appended once the size was taken
            handle.write(b"b" * 70_000)
        return info

    monkeypatch.setattr(regular.os, "fstat", fstat_then_grow)
    assert regular.read_regular(path) == b"a" * 100 + b"b" * 70_000
    path.write_bytes(b"a" * 100)
    assert regular.read_regular(path, most=150) == b"a" * 100 + b"b" * 50
