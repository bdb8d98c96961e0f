"""risky-claim asks RE2 which of its expressions can match a clause before running
them: the answer must name every expression Python's engine would find a match for,
or a claim would go unreported."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from carekb.validate import claims, lazyre, prefilter
from carekb.validate.clauses import NEGATIONS, Clause, clauses_of
from carekb.validate.lazyre import LazyPattern
from carekb.validate.prefilter import Prefilter, Untranslatable, translate

SETS = Path(__file__).resolve().parents[1] / "corpus"
NEGATED = frozenset(NEGATIONS)


def built(patterns: Sequence[re.Pattern[str] | LazyPattern]) -> Prefilter:
    found = Prefilter(patterns)
    assert found.build()
    return found


# --- the translation -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\b(?:cures?|heals?) for good", r"\b(?:cure(?:s)?|heal(?:s)?) for good"),
        (r"(?<!is )\bstop (?!taking)\S+", r"\bstop (?:[\S])+"),  # look-arounds only turn away
        (r"pain$", r"pain\z"),
        (r"^never", r"\Anever"),
        (r"[^a-c.]x{2,3}", r"[^a-c\.](?:x){2,3}"),
        (r"(?>ab)c*+", r"(?:ab)(?:c)*"),  # atomic and possessive: matching more only
        (r"a\.b\?", r"a\.b\?"),
    ],
)
def test_a_pattern_is_written_in_re2s_syntax(pattern: str, expected: str) -> None:
    assert translate(pattern) == expected


@pytest.mark.parametrize(
    "pattern",
    [r"(\w+) \1", r"(?i)safe", r"(?i:safe)", r"(?P<a>x)(?(a)y|z)"],
)
def test_what_re2_cannot_match_as_a_superset_is_refused(pattern: str) -> None:
    with pytest.raises(Untranslatable):
        translate(pattern)


def test_a_pattern_refused_is_always_run() -> None:
    kept = built([re.compile(r"(\w+) \1"), re.compile(r"\bcures? for good\b")])
    assert kept.possible("this cures for good") == {0, 1}
    assert kept.possible("nothing to see here") == {0}


@pytest.fixture
def no_translations():
    """No translation known before the test, nor left behind after it."""
    lazyre.forget()
    yield
    lazyre.forget()


def test_a_translation_an_earlier_run_kept_is_taken_as_it_was(
    no_translations: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    # What a cold lint's every worker spent 1.5 s on: worked out once, kept (with the
    # compiled programs, as the cache stores them), then read back.
    kept = built([re.compile(r"\bcures? (?:\S+ )?for good\b"), re.compile(r"(\w+) \1")])
    stored = json.loads(json.dumps(lazyre.learned()))
    assert len(stored) == 2
    assert [translate(r"\bcures? (?:\S+ )?for good\b")] in stored.values()
    assert [None] in stored.values()  # the back-reference has none: it is always run
    lazyre.forget()
    lazyre.remember(stored)

    def refused(pattern: str, flags: int = 0) -> str:
        raise AssertionError(f"translated again: {pattern}")

    monkeypatch.setattr(prefilter, "translate", refused)
    again = built([re.compile(r"\bcures? (?:\S+ )?for good\b"), re.compile(r"(\w+) \1")])
    assert lazyre.learned() == {}
    for text in ("it cures pain for good", "for good it cures", "so so"):
        assert again.possible(text) == kept.possible(text)
    assert again.possible("so so") == {1}


def test_a_kept_translation_is_looked_up_by_its_flags_and_text(no_translations: None) -> None:
    lazyre.remember({f"re2:{int(re.ASCII)}:" + r"\bheal\b": ["kept for other flags"]})
    assert prefilter.remembered_translation(r"\bheal\b") == r"\bheal\b"
    lazyre.remember({"re2:0:" + r"\bsafe\b": ["as kept"]})
    assert prefilter.remembered_translation(r"\bsafe\b") == "as kept"
    assert prefilter.remembered_translation(r"\bsafe\b", re.ASCII) is None  # has a flag


def test_an_expression_whose_words_are_there_but_which_cannot_match_is_not_named() -> None:
    # Every word the expression needs stands in the text, in another order: RE2 runs the
    # expression itself, so Python's engine is not asked to walk it for nothing.
    kept = built([re.compile(r"\bcures? (?:\S+ )?for good\b"), re.compile(r"\bfor good\b")])
    assert kept.possible("for good it cures") == {1}
    assert kept.possible("it cures pain for good") == {0, 1}


def test_text_outside_printable_ascii_is_not_filtered() -> None:
    kept = built([re.compile(r"\bcaf\w+ cures\b")])
    assert kept.possible("a café cures nothing") is None  # Python's \w takes the é
    assert kept.possible("a cafe cures nothing") == {0}
    assert kept.possible("line one\nline two") is None


def test_the_filter_is_built_only_when_it_will_pay_for_itself() -> None:
    # What it would save is counted in characters run through an expression: eight
    # here (the text's length) for each of the caller's 1,000 expressions.
    late = Prefilter([re.compile(r"\bcures\b")])
    asks = prefilter.WORTH_BUILDING_AFTER // 8000 + 1
    asked = [late.possible("it cures", 1000) for _ in range(asks)]
    assert asked[0] is None and asked[-2] is None
    assert asked[-1] == {0}


def test_a_few_long_clauses_build_the_filter_as_many_short_ones_do() -> None:
    # A 1 MB answer without punctuation is a few thousand clauses of 400 words, each
    # run through a score of expressions: counted in clauses, as before, it never built
    # the filter, and Python's engine walked every expression over every clause.
    long_clause = " ".join(["it cures"] * 200)  # 400 words, 1,799 characters
    late = Prefilter([re.compile(r"\bcures\b")])
    asked = [late.possible(long_clause, 24) for _ in range(200)]
    assert asked[0] is None
    assert asked[-1] == {0}


# --- a superset of what Python's engine matches --------------------------------------

PATTERNS = [pattern.regex for pattern in claims._PATTERNS]
FILTER = built(PATTERNS)
WORDS = sorted({word for pattern in claims._PATTERNS for word in pattern.needs})
FILLER = ["the", "it", "is", "you", "your", "to", "not", "no", "for", "a", ",", "and", "if"]


def must_run(words: str) -> set[int]:
    """The patterns the clause's words allow that Python's engine finds a match in."""
    needed = claims._ALL_NEEDS.intersection(words.split(" "))
    allowed = set().union(*(claims._NEEDED_BY[word] for word in needed))
    return {index for index in allowed if PATTERNS[index].search(words)}


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS + FILLER), min_size=1, max_size=14))
def test_every_pattern_that_matches_is_named(words: list[str]) -> None:
    text = " ".join(words)
    possible = FILTER.possible(text)
    assume(possible is not None)  # a needed word outside ASCII ("café") is not filtered
    assert possible is not None and must_run(text) <= possible


def corpus_clauses() -> list[Clause]:
    texts = [
        json.loads(line)["answer"]
        for line in (SETS / "medquad-dev.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    for path in sorted(SETS.glob("*.txt")):
        lines = path.read_text(encoding="utf-8").splitlines()
        texts += [line.split(" | ")[0] for line in lines if line and not line.startswith("#")]
    return [clause for text in texts for clause in clauses_of(text)]


@pytest.mark.corpus
def test_on_every_clause_of_the_corpora_no_matching_pattern_is_skipped() -> None:
    clauses = corpus_clauses()
    assert len(clauses) > 40_000
    filtered = skipped = 0
    for clause in clauses:
        possible = FILTER.possible(clause.words)
        if possible is None:
            continue
        filtered += 1
        needed = must_run(clause.words)
        assert needed <= possible, clause.words
        skipped += len(claims._PATTERNS) - len(possible)
    assert filtered > 0.95 * len(clauses)  # nearly all of it is plain ASCII
    assert skipped > 50 * filtered  # and the filter turns most patterns away


@pytest.mark.corpus
def test_the_claims_found_are_the_same_with_and_without_the_filter(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    clauses = corpus_clauses()[::7]

    def found() -> list[list[claims.Claim]]:
        return [list(claims.find_claims(clause, NEGATED)) for clause in clauses]

    monkeypatch.setattr(claims, "_PREFILTER", FILTER)
    filtered = found()
    monkeypatch.setattr(claims, "_PREFILTER", Prefilter([]))  # never built: runs them all
    assert found() == filtered
    assert sum(map(len, filtered)) > 500


# --- a long expression asked of RE2 first (lazyre.LazyPattern) ------------------------

LONG = r"\b(?:" + "|".join(f"word{n}" for n in range(2000)) + r") (?:is|are) (?:fine|normal)\b"


def test_a_long_expression_that_cannot_match_is_not_run_at_all(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(lazyre, "RUNS_BEFORE_GUARD", 1)
    long = LazyPattern(LONG)
    assert long.search("nothing here is fine") is None
    assert list(long.finditer("word7 is not fine")) == []
    assert long.match("word7 were normal") is None
    assert long.fullmatch("word7 is finest") is None
    assert list(long.finditer("word7 is fine", 0, 12)) == []  # up to "fin"
    assert long._compiled is None  # RE2 answered each time: Python's engine never compiled it
    assert long.search("so word7 are normal") is not None
    assert long._compiled is not None


def test_a_long_expression_asked_of_re2_finds_what_pythons_engine_finds(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(lazyre, "RUNS_BEFORE_GUARD", 1)
    long, plain = LazyPattern(LONG), re.compile(LONG)
    texts = [
        "word12 is fine",
        "so word399 are normal, really",
        "word12 is finer",
        "caf\u00e9 word3 is normal",  # outside printable ASCII: not asked of RE2
        "word5 is fine\nword6 are normal",
    ]
    for text in texts:
        assert [m.span() for m in long.finditer(text)] == [m.span() for m in plain.finditer(text)]
        assert bool(long.search(text)) == bool(plain.search(text))
        assert bool(long.match(text)) == bool(plain.match(text))
        # Up to a point: the text read as if it ended there, by both ("finer" cut to "fine").
        for end in range(len(text) + 1):
            found = [m.span() for m in long.finditer(text, 0, end)]
            assert found == [m.span() for m in plain.finditer(text, 0, end)], (text, end)
    # From a position, a match may depend on the text before it: never asked of RE2.
    assert long.search("xword12 is fine", 1) is None and plain.search("xword12 is fine", 1) is None
    assert long.search("a word12 is fine", 2) is not None


def corpus_sentences() -> list[str]:
    texts: list[str] = []
    for path in sorted(SETS.glob("dangerous-claims-*.txt"))[::3]:
        lines = path.read_text(encoding="utf-8").splitlines()
        texts += [line.split(" | ")[0] for line in lines if line and not line.startswith("#")]
    answers = (SETS / "medquad-dev.jsonl").read_text(encoding="utf-8").splitlines()[::10]
    return texts + [json.loads(line)["answer"] for line in answers]


@pytest.mark.corpus
def test_re2_never_turns_away_a_text_a_long_expression_of_risky_claim_matches() -> None:
    long = [
        value
        for value in vars(claims).values()
        if isinstance(value, LazyPattern) and len(value.pattern) >= lazyre.GUARD_FROM_LENGTH
    ]
    assert len(long) > 5
    sentences = corpus_sentences()
    matched = 0
    for pattern in long:
        may_match = prefilter.superset_test(pattern.pattern, pattern.flags)
        assert may_match is not None, pattern
        for text in sentences:
            if pattern.compiled.search(text):
                matched += 1
                assert may_match(text), (pattern, text)
    assert matched > 500


def test_re2_says_nothing_on_stderr_when_its_automaton_runs_out_of_memory(
    monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    # RE2 logs to stderr, by default, each time its fast automaton overflows the memory
    # it was given: into the terminal of whoever runs the lint. It must answer, rightly,
    # and say nothing.
    monkeypatch.setattr(prefilter, "_MAX_GUARD_MEMORY", 2 << 20)
    red_flag = claims._RED_FLAG
    may_match = prefilter.superset_test(red_flag.pattern, red_flag.flags)
    assert may_match is not None
    said = "chest pain that spreads to your left arm is just indigestion"
    assert red_flag.compiled.search(said)
    assert may_match(said)
    assert not may_match("roll your shoulders back and down ten times")
    assert capfd.readouterr().err == ""


def test_the_long_expression_of_these_tests_is_long_enough_to_be_guarded() -> None:
    assert len(LONG) >= lazyre.GUARD_FROM_LENGTH
