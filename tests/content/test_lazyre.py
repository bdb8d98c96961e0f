"""risky-claim's long patterns compile when first used, not when the reader is
imported: every command that loads the lint rules pays only for what its text needs."""

from __future__ import annotations

import gc
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from carekb.validate import lazyre
from carekb.validate.lazyre import LazyPattern, compile_guarded, first_characters

SETS = Path(__file__).resolve().parents[1] / "corpus"

SCRIPT = (
    "from carekb.validate import claims\n"
    "from carekb.validate.lazyre import LazyPattern\n"
    "lazy = [p.regex for p in claims._PATTERNS if isinstance(p.regex, LazyPattern)]\n"
    "print(len(lazy), sum(r._compiled is not None for r in lazy))\n"
)


def test_patterns_are_not_compiled_on_import() -> None:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, check=True
    )
    lazy, compiled = map(int, done.stdout.split())
    assert lazy > 20
    assert compiled == 0


def test_a_pattern_compiles_once_on_first_use_and_finds_what_re_finds() -> None:
    pattern = LazyPattern(r"\b(?:cures?|heals?) (?:\S+ )?(?:for good|forever)")
    assert pattern._compiled is None
    text = "this balm cures eczema for good"
    found = [m.span() for m in pattern.finditer(text)]
    assert found == [m.span() for m in re.finditer(pattern.pattern, text)]
    assert found == [(10, 31)]
    compiled = pattern._compiled
    assert compiled is not None
    assert pattern.search("it heals forever") is not None
    assert pattern._compiled is compiled  # compiled once, kept


# --- the first-character guard ----------------------------------------------------


@pytest.mark.parametrize(
    ("pattern", "firsts"),
    [
        (r"\b(?:cures?|heals?) for good", "ch"),
        (r"(?<!is )\b(?:stop|halve) (?:\S+ )?dose", "hs"),  # look-behinds take no character
        (r"(?:\d+ )?x", None),  # may open with a digit class: not worked out
        (r"(?:very )?safe", "sv"),  # an optional word adds its letter to the next one's
        (r"[a-c]d|e", "abce"),
        (r"(?:a|)b", "ab"),  # an empty branch lets the next item begin the match
        (r"a*", None),  # may match nothing: nowhere to guard
        (r"\w+ly", None),
        (r"[^a]x", None),
        (r"(?i)safe", None),  # the case is ignored: "Safe" begins with S
        (r"(?i:safe)", None),
        (r".x", None),
    ],
)
def test_first_characters_lists_every_character_a_match_can_begin_with(
    pattern: str, firsts: str | None
) -> None:
    found = first_characters(pattern)
    assert (None if found is None else "".join(sorted(found))) == firsts


def test_a_pattern_ignoring_case_by_its_flags_is_left_unguarded() -> None:
    assert first_characters("safe", re.IGNORECASE) is None
    assert compile_guarded("safe", re.IGNORECASE).search("SAFE") is not None


@pytest.mark.parametrize(
    "pattern",
    [
        r"\b(?:cure|heal)s?\b",  # guarded
        r"(?P<verb>stop|halve) (?P=verb)",  # named groups and a reference, guarded
        r"(\w+) \1",  # a class first: compiled as written
        r"[\]^-]x",  # special characters in the guard's class
    ],
)
def test_a_guarded_pattern_keeps_its_text_groups_and_matches(pattern: str) -> None:
    text = "cures heal stop stop halve halve word word ]x ^x -x"
    compiled = compile_guarded(pattern)
    plain = re.compile(pattern)
    assert compiled.pattern == pattern
    assert (compiled.groups, compiled.groupindex) == (plain.groups, plain.groupindex)
    found = [(m.span(), m.groups()) for m in compiled.finditer(text)]
    assert found == [(m.span(), m.groups()) for m in plain.finditer(text)]
    assert found


@pytest.mark.corpus
def test_every_guarded_reader_pattern_finds_exactly_what_the_plain_one_finds() -> None:
    """Over every claim in the corpus sets and a set of good leaflet text, as the reader
    reads them (clause words): the same spans, pattern by pattern."""
    from carekb.validate import claims, learned  # noqa: F401  -- their patterns, created
    from carekb.validate.clauses import clauses_of

    paths = [*sorted(SETS.glob("dangerous-claims*.txt")), SETS / "clean-leaflets-d.txt"]
    text = "\n".join(path.read_text(encoding="utf-8") for path in paths)
    words = "\n".join(clause.words for clause in clauses_of(text))
    patterns = [p for p in gc.get_objects() if isinstance(p, LazyPattern)]
    compared = 0
    for pattern in patterns:
        if first_characters(pattern.pattern, pattern.flags) is None:
            continue
        plain = re.compile(pattern.pattern, pattern.flags)
        found = [m.span() for m in pattern.finditer(words)]
        assert found == [m.span() for m in plain.finditer(words)], pattern
        compared += 1
    assert compared > 100


@pytest.fixture
def fresh_memory():
    """No program known before the test, nor left behind after it."""
    lazyre.forget()
    yield
    lazyre.forget()


@pytest.mark.parametrize(
    "pattern", [r"\b(?:cure|heal)s?\b", r"(?P<verb>stop|halve) (?P=verb)", r"(\w+) \1"]
)
def test_a_remembered_program_matches_as_the_expression_compiled_afresh(
    pattern: str, fresh_memory: None
) -> None:
    text = "cures heal stop stop halve halve word word"
    afresh = compile_guarded(pattern)
    kept = json.loads(json.dumps(lazyre.learned()))  # as the cache stores it
    assert list(kept) == [f"0:{pattern}"]
    lazyre.forget()
    lazyre.remember(kept)
    again = compile_guarded(pattern)
    assert lazyre.learned() == {}  # nothing compiled: the program was taken as it was
    assert again.pattern == pattern
    assert (again.groups, again.groupindex) == (afresh.groups, afresh.groupindex)
    found = [(m.span(), m.groups()) for m in again.finditer(text)]
    assert found == [(m.span(), m.groups()) for m in afresh.finditer(text)]
    assert found


@pytest.mark.parametrize(
    "program",
    [
        [0, 0, {}, [None], lazyre._packed([12345, 0, 1])],  # code the engine refuses
        [0, 0, {}, [None], [17, 4, 0, 1]],  # code as a list (the earlier format)
        [0, 0, {}, [None], "bm90IHBhY2tlZA=="],  # base64, but not compressed
        [0, 0, {}, [None], "!!"],  # not base64
        [0, 0, {}, [None], "eJxLTEoGAAJNASc="],  # three bytes: not a whole word
        [0, 0, {}, [None]],  # a part missing
        "not a program",
    ],
)
def test_a_program_the_engine_refuses_is_compiled_from_the_expression(
    program: object, fresh_memory: None
) -> None:
    pattern = r"\b(?:cure|heal)s?\b"
    lazyre.remember({f"0:{pattern}": program})  # type: ignore[dict-item]
    compiled = compile_guarded(pattern)
    text = "it cures and heals"
    assert [m.span() for m in compiled.finditer(text)] == [
        m.span() for m in re.finditer(pattern, text)
    ]
    assert list(lazyre.learned()) == [f"0:{pattern}"]  # compiled, and kept anew


def test_a_compiled_program_crosses_a_workers_pipe(fresh_memory: None) -> None:
    """A worker sends the programs it compiled back through pickle: the engine's named
    opcodes would not cross, and the worker's whole share was then done again here."""
    import pickle

    compile_guarded(r"\b(?:start|stop|halve) (?:\S+ ){0,2}?(?:your|the) (?:tablets|dose)\b")
    learned = lazyre.learned()
    assert pickle.loads(pickle.dumps(learned, protocol=pickle.HIGHEST_PROTOCOL)) == learned
    assert json.loads(json.dumps(learned)) == learned  # and the cache stores the same
