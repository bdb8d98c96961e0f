"""Finding a piece of a YAML value in the file, whatever the scalar style."""

from __future__ import annotations

import re

import pytest

from carekb.load.reader import load_bytes
from carekb.validate.locate import SourceMap
from carekb.validate.suppress import directives

YAML = """\
a: plain text realigns the vertebrae here  # realigns the vertebrae
b: 'it''s "quoted": realigns the vertebrae'
d: >-  # realigns the vertebrae (a comment on the header)
  folded text that realigns the
  vertebrae and realigns the vertebrae
# realigns the vertebrae (a comment after the block)
e: |
  literal
    realigns   the vertebrae
f:
  - item one realigns
    the vertebrae
  - "quoted realigns the vertebrae"
g: plain
  multi realigns the
  vertebrae
h: [x realigns the vertebrae, y realigns the vertebrae]
"""

PHRASE = re.compile(r"realigns\s+the\s+vertebrae")


@pytest.fixture(scope="module")
def source():
    doc = load_bytes(YAML.encode(), "t.yaml")
    assert not doc.problems
    return SourceMap(doc)


@pytest.mark.parametrize(
    ("path", "positions"),
    [
        (("a",), [(1, 15)]),  # plain: value column + offset; the comment is not matched
        (("b",), [(2, 21)]),  # '' in single quotes is one character in the value
        (("d",), [(4, 20), (5, 17)]),  # folded, across a line break; both occurrences
        (("e",), [(9, 5)]),  # literal, extra spaces kept in the value
        (("f", 0), [(11, 14)]),  # multi-line plain list item
        (("f", 1), [(13, 13)]),  # double-quoted list item
        (("g",), [(15, 9)]),  # multi-line plain mapping value
        (("h", 0), [(17, 7)]),  # flow sequence items
        (("h", 1), [(17, 33)]),
    ],
)
def test_locate_points_at_the_phrase_in_the_file(source, path, positions):
    value = source.doc.get(path)
    found = [
        (where.line, where.column)
        for match in PHRASE.finditer(value)
        for where in [source.locate(path, value, match.start(), match.end())]
    ]
    assert found == positions


def test_unknown_text_falls_back_to_the_value_position(source):
    where = source.locate(("a",), "not in the file", 0, 6)
    assert (where.line, where.column) == (1, 4)


def test_block_scalar_lines_exclude_header_and_trailing_comments(source):
    assert source.block_scalar_lines() == {4, 5, 8, 9}


def test_a_key_line_directive_covers_the_whole_value():
    text = (
        "id: x\n"
        "answer: >-  # carekb: disable=jargon\n"
        "  first line\n"
        "  second line\n"
        "steps:\n"
        "  # carekb: disable=you-voice\n"
        "  - one\n"
        "    more\n"
        "  - two  # carekb: disable=risky-claim\n"
        "notes: |\n"
        "  # carekb: disable=jargon\n"
    )
    doc = load_bytes(text.encode(), "t.yaml")
    found = {d.line: d for d in directives(doc)}
    assert sorted(found) == [2, 6, 9]  # line 11 is text inside a literal block
    assert found[2].lines == frozenset({2, 3, 4})
    assert found[6].lines == frozenset({7, 8})  # alone on its line: the next item
    assert found[9].lines == frozenset({9})
    assert found[9].rules == (("risky-claim", 28),)


@pytest.mark.parametrize(
    "text",
    ["", "   ", "a", " a  b\n\t c ", "x\x1cy\x1fz\x0bw", "a\xa0b\u2028c d", "line\r\n  next\n"],
)
def test_runs_start_where_the_pattern_finds_them(text):
    """A value is lined up by its runs of non-space characters, found in C."""
    from carekb.validate.locate import _run_starts

    assert _run_starts(text, 7) == [7 + m.start() for m in re.finditer(r"\S+", text)]
