"""A second reader for risky-claim: a small linear model over word pairs, by kind.

The rules in :mod:`carekb.validate.claims` read a claim by its parts (a medicine
and a change to it, a red flag and a dismissal). New wordings slip past parts
nobody wrote down: measured on sets of claims written apart from the rules, the
rules alone caught about six in ten. This model reads the same claims by the
company their words keep, learned from the claim sets in ``tests/corpus/``, the
clean leaflet sentences written beside them, medical facts in an encyclopedia's
words and half of the real NIH answers (``scripts/train-claims-model.py`` trains
it; the other half of the answers and the newest claim sets are kept out of
training to measure it).

The model is multinomial logistic regression over TF-IDF weighted words and
word pairs, as scikit-learn computes them; its weights ship as a text file
beside this module, and this module applies them in plain Python (or, to a batch
of many sentences, with numpy: the same sums, added in another order, agreeing to
about 1e-16), so linting needs no machine-learning library and gives the same
answer everywhere. The weights are written to six significant figures; the
training script checks that this code and scikit-learn then agree to within 1e-4
on every probability (about 2e-6 in practice).

It is read as a hint, never alone: :func:`suspect` only reports a unit of text
the model gives at most :data:`NONE_BELOW` chance of being harmless, in which a
word of the kind it names stands (a medicine for a medicine change, a symptom or
a word of care for a dismissal...), and which does not send the reader to their
prescriber, call itself a myth, or hedge.
"""

from __future__ import annotations

import contextlib
import functools
import importlib
import itertools
import json
import math
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any, NamedTuple

from carekb.validate.clauses import LEANING, LONGEST, PIECE, POINTS_BACK

MODEL_FILE = "claims-model.json"
# A unit is reported when the model gives it at most this chance of being harmless.
# Chosen on the training folds for few false findings on real answers (see the
# training script's report), not on the held-out set. Out of fold on claim sets 1-46
# (six folds, with every gate), 0.2 caught 85.9% of the claims and reported 6 of 1,847
# clean sentences; 0.25, 87.2% and 8; 0.3, 88.0% and 13; none reported anything in
# answers 301-600 or in leaflet set d. Trained on sets 1-164, the model gave two good
# sentences of the tests just under 0.25 ("Your lungs oxygenate your blood, so stop
# smoking before surgery" at 0.23); at 0.2 it caught one fewer of the 360 claims in sets
# 165-168, which it had never seen. Raised to 0.35 with risky-claim's band of less
# certain readings (claims.UNSURE_FROM), which count only in a unit that denies nothing.
NONE_BELOW = 0.35
HARMLESS = "none"
# scikit-learn's default token pattern, on lower-cased text ("(?u)\b\w\w+\b"), which
# findall reads alike without the word boundaries (a run of word characters is taken
# whole from its first), at two thirds of the time.
_TOKEN = re.compile(r"\w\w+")
# A web address, or a Markdown link's target: not words of the sentence, and not in
# the text the model learned from ("Read more on the [neck pain page](https://...)").
_ADDRESS = re.compile(r"\]\([^)\s]*\)|\b(?:https?://|www\.)\S+")
# Where a unit of text ends: a sentence end, a new line, an inline list marker. A
# capital's full stop before a lower-case word is an initial, no sentence end ("Take
# every tablet in your H. pylori pack"). Every kind of end opens with a space, matched
# first and looked back on: the engine skips to the next space (three times as fast
# as look-behinds tried at every character).
_UNIT_END = re.compile(
    r"\s(?:(?<=[.!?]\s)(?<!\b[A-Z]\.\s)\s*|(?<=\b[A-Z]\.\s)\s*(?![\sa-z])|(?<=\n)\s*"
    r"|[-*+\u2022]\s)"
)


Weights = tuple[float, tuple[float, ...]]


@dataclass(frozen=True)
class Model:
    classes: tuple[str, ...]
    intercepts: tuple[float, ...]
    # word or word pair -> (idf, one weight per class)
    features: _Lines
    # word or word pair -> (idf, idf times each weight): what a word seen once adds
    scaled: _Lines


class _Lines(Mapping[str, Weights]):
    """Word or pair -> its weights, each read from its line of the model file when
    first asked for: a lint of a few entries asks for hundreds of 40,000, and reading
    them all took a tenth of a second at every start."""

    def __init__(self, lines: Mapping[str, str], *, scaled: bool) -> None:
        self.vocabulary = lines  # every word or pair the model knows -> its numbers' text
        self._scaled = scaled
        self._read: dict[str, Weights] = {}

    def __contains__(self, gram: object) -> bool:
        return gram in self.vocabulary

    def __getitem__(self, gram: str) -> Weights:
        found = self._read.get(gram)
        if found is None:
            found = self._read[gram] = self._parse(gram)
        return found

    def _parse(self, gram: str) -> Weights:
        numbers = self.vocabulary[gram].rstrip().rstrip(",").rstrip("]")
        idf, *weights = (float(value) for value in numbers.split(", "))
        factor = idf if self._scaled else 1.0
        return idf, tuple(factor * weight for weight in weights)

    def weights(self, grams: list[str]) -> list[Weights]:
        """Each of ``grams``' weights, in order (every one must be known): the hot path,
        kept to dictionary look-ups."""
        got = self._read.get
        return [got(gram) or self[gram] for gram in grams]

    def as_arrays(self, np: Any) -> tuple[list[str], Any, Any]:
        """Every word or pair, and their IDFs and weights as arrays (a row per word or
        pair, in the same order), read afresh and not kept: a batch keeps the arrays.
        numpy parses every number at once (a parse line by line cost each worker of a
        cold lint a quarter of a second). ValueError when the lines do not all hold as
        many numbers (the arrays would be wrong, not merely slow)."""
        grams = list(self.vocabulary)
        rows = [self.vocabulary[gram].rstrip().rstrip(",").rstrip("]") for gram in grams]
        if len({row.count(",") for row in rows}) > 1:
            raise ValueError("the model's lines do not all hold as many numbers")
        flat = np.array(",".join(rows).split(","), dtype=np.float64)
        table = flat.reshape(len(grams), -1)
        idf, weights = table[:, 0], table[:, 1:]
        return grams, idf, weights * idf[:, None] if self._scaled else weights

    def __iter__(self) -> Iterator[str]:
        return iter(self.vocabulary)

    def __len__(self) -> int:
        return len(self.vocabulary)


_FEATURES_OPEN = ', "features": {'


def _feature_lines(lines: list[str]) -> dict[str, str]:
    """Each ``"word pair": [1.5, 0.2, ...],`` line as the word and its numbers' text,
    unparsed (the closing bracket and comma stay: :meth:`_Lines._parse` drops them). A
    split per line in one generator is half the time of a function called per line; a
    word JSON wrote with an escape (a quote, a backslash) is decoded after."""
    grams = dict(line[1:].split('": [', 1) for line in lines)
    for written in [gram for gram in grams if "\\" in gram]:
        grams[json.loads(f'"{written}"')] = grams.pop(written)
    return grams


class Unit(NamedTuple):
    """A sentence or piece of a text, as the reader reads it (a tuple: a long text
    makes thousands, and a tuple is made in a fraction of a dataclass's time)."""

    start: int  # in the text
    end: int
    text: str


@functools.lru_cache(maxsize=1)
def model() -> Model:
    """The shipped model, read once per process (its numbers as they are asked for)."""
    raw = resources.files("carekb.validate").joinpath(MODEL_FILE).read_text(encoding="utf-8")
    return parse_model(raw)


def parse_model(raw: str) -> Model:
    """The model from its JSON: classes, intercepts, and per word or pair its IDF and
    one weight per class. The training script writes one word or pair a line; such a
    file is read line by line, each line's numbers only when the word is asked for."""
    lines = raw.split("\n")
    if lines[0].endswith(_FEATURES_OPEN) and lines[-2:] == ["}}", ""]:
        head = json.loads(lines[0][: -len(_FEATURES_OPEN)] + "}")
        grams = _feature_lines(lines[1:-2])
    else:  # the same JSON written another way: its numbers as a line would hold them
        head = json.loads(raw)
        grams = {
            gram: ", ".join(repr(float(value)) for value in values)
            for gram, values in head["features"].items()
        }
    return Model(
        tuple(head["classes"]),
        tuple(float(value) for value in head["intercepts"]),
        _Lines(grams, scaled=False),
        _Lines(grams, scaled=True),
    )


def probabilities(text: str, read: Model | None = None) -> dict[str, float]:
    """The model's chance of each kind (and of ``"none"``) for ``text``."""
    read = read or model()
    scaled = read.scaled
    # Only the words and pairs the model knows count; most of a sentence's pairs are
    # unknown, so they are looked up before anything is counted.
    words = _TOKEN.findall(text.lower())
    vocabulary = scaled.vocabulary
    known = [w for w in words if w in vocabulary]
    known += [p for p in map(" ".join, itertools.pairwise(words)) if p in vocabulary]
    # TF-IDF with sublinear TF (1 + ln count), L2-normalised, then a linear score per
    # class. Most words occur once (TF 1), so their idf-scaled weights are summed as
    # they are, column by column.
    counts: dict[str, int] = {}
    if len(set(known)) < len(known):
        for gram in known:
            counts[gram] = counts.get(gram, 0) + 1
        known = list(counts)
    vectors: list[tuple[float, ...]] = []
    squares = 0.0
    for gram, (idf, weighted) in zip(known, scaled.weights(known), strict=True):
        count = counts.get(gram, 1)
        if count == 1:
            squares += idf * idf
            vectors.append(weighted)
        else:
            tf = 1.0 + math.log(count)
            squares += (tf * idf) ** 2
            vectors.append(tuple(tf * value for value in weighted))
    norm = math.sqrt(squares) or 1.0
    scores = list(read.intercepts)
    if vectors:
        sums = map(sum, zip(*vectors, strict=True))
        scores = [bias + total / norm for bias, total in zip(scores, sums, strict=True)]
    top = max(scores)
    exps = [math.exp(score - top) for score in scores]
    total = sum(exps)
    return {name: value / total for name, value in zip(read.classes, exps, strict=True)}


def units(text: str) -> Iterator[Unit]:
    """Sentences of ``text``; a short one, or one opening with "it", "this"..., joined
    to the one before on the same line, as a question and its answer are."""
    found = _UNITS_AHEAD.get(text)
    return iter(found) if found is not None else _units(text)


def _units(text: str) -> Iterator[Unit]:
    pieces: list[tuple[int, int, bool]] = []  # start, end, begins a new line or list item
    start, fresh = 0, True
    for cut in _UNIT_END.finditer(text):
        pieces.append((start, cut.start(), fresh))
        start, fresh = cut.end(), not cut.group().isspace() or "\n" in cut.group()
    pieces.append((start, len(text), fresh))
    current: tuple[int, int] | None = None
    for begin, end, new_line in pieces:
        # Only the first word and whether there are more than LEANING are asked.
        words = text[begin:end].split(None, LEANING)
        if not words:
            continue
        if current is not None and not new_line and _leans_back(words, text, *current):
            current = (current[0], end)
            continue
        if current is not None:
            first, last = current
            if last - first <= LONGEST:  # most units, made here rather than in a call
                yield Unit(first, last, text[first:last])
            else:
                yield from _in_pieces(text, first, last)
        current = (begin, end)
    if current is not None:
        yield from _in_pieces(text, *current)


def _leans_back(words: list[str], text: str, start: int, end: int) -> bool:
    """Does the piece whose first words are ``words`` lean on the unit from ``start`` to
    ``end``? (Read in place: joined units grow, and a slice of each would copy it again.)"""
    first = words[0].lower().strip("\"'(")
    if len(words) <= LEANING or first in POINTS_BACK:
        return True
    last = end - 1
    while last > start and text[last].isspace():
        last -= 1
    return text[last] == "?"


def _in_pieces(text: str, start: int, end: int) -> Iterator[Unit]:
    """The unit from ``start`` to ``end``; one of hundreds of words has lost its
    punctuation, and is read in pieces as the clauses are: no sentence runs that long,
    and a sentence's words weigh nothing among a page's."""
    pieces = list(_PIECE_OF_A_UNIT.finditer(text, start, end)) if end - start > LONGEST else []
    if len(pieces) <= LONGEST // PIECE:  # at most LONGEST words
        yield Unit(start, end, text[start:end])
        return
    for piece in pieces:
        yield Unit(piece.start(), piece.end(), piece.group())


# PIECE words and the spaces between them (or the last few).
_PIECE_OF_A_UNIT = re.compile(rf"\S+(?:\s+\S+){{0,{PIECE - 1}}}")


def has_address(text: str) -> bool:
    """Does ``text`` hold a link's address or a bare URL?"""
    return _may_hold_address(text) and _ADDRESS.search(text) is not None


def without_addresses(text: str) -> str:
    """``text`` with its links' addresses and bare URLs blanked: not words to read."""
    return _ADDRESS.sub(" ", text) if _may_hold_address(text) else text


def _may_hold_address(text: str) -> bool:
    """Could :data:`_ADDRESS` match in ``text``? Most texts hold none of what every
    address opens with, and three look-ups of a string cost less than the search."""
    return "](" in text or "http" in text or "www." in text


@dataclass(frozen=True)
class Suspicion:
    """What the model reads in a text it suspects."""

    kind: str  # the likeliest kind
    harmless: float  # the chance of being harmless
    second: str | None  # the next likeliest kind
    second_share: float  # its chance as a share of the likeliest's (0 when there is none)


def harmless_ahead(text: str) -> bool:
    """Has the batch being read ahead (:func:`reading_ahead`) already found ``text``
    harmless? A dictionary look-up, cheaper than any other test of a unit."""
    return _AHEAD.get(text, _UNREAD) is None


_UNREAD = Suspicion("", 1.0, None, 0.0)  # what _AHEAD does not hold


def suspect(text: str) -> Suspicion | None:
    """The kinds the model reads in ``text`` and its chance of being harmless, when that
    chance is low enough to report; else None."""
    if text in _AHEAD:
        return _AHEAD[text]
    return _suspicion(probabilities(without_addresses(text)))


def _suspicion(chances: dict[str, float]) -> Suspicion | None:
    harmless = chances.pop(HARMLESS, 1.0)
    if harmless > NONE_BELOW or not chances:
        return None
    ranked = sorted(chances, key=lambda name: chances[name], reverse=True)
    if len(ranked) < 2:
        return Suspicion(ranked[0], harmless, None, 0.0)
    share = chances[ranked[1]] / chances[ranked[0]]
    return Suspicion(ranked[0], harmless, ranked[1], share)


# Below this many characters (about 2,000 sentences) a text is read one unit at a
# time: numpy's import and the model's matrix (every word's weights, read at once)
# cost more than they save. Counted in characters, not units: a page without
# punctuation is a few thousand units of a hundred words.
BATCH_FROM = 200_000
# What suspect() answers for the units of the piece being read (reading_ahead).
_AHEAD: dict[str, Suspicion | None] = {}
# And its texts' units, worked out before the batch: the reader asks for them again.
_UNITS_AHEAD: dict[str, list[Unit]] = {}


@contextlib.contextmanager
def reading_ahead(texts: Iterable[str]) -> Iterator[None]:
    """Within the block, :func:`suspect` answers for every unit of ``texts`` from one
    batch worked out at the start, with numpy: the same arithmetic on every unit at
    once, not one unit's words at a time in Python (about 30 microseconds a unit).
    The answers are let go at the end. Every unit is read, a sentence met twice
    twice: the batch costs what the units cost one by one, only less."""
    cut: dict[str, list[Unit]] = {}
    pieces: list[str] = []
    for text in texts:
        found = cut.get(text)
        if found is None:
            found = cut[text] = list(_units(text))
        pieces += (unit.text for unit in found)
    _UNITS_AHEAD.update(cut)
    if sum(map(len, pieces)) >= BATCH_FROM and (matrix := _matrix()) is not None:
        _AHEAD.update(zip(pieces, matrix.suspicions(pieces), strict=True))
    try:
        yield
    finally:
        _AHEAD.clear()
        _UNITS_AHEAD.clear()


class _Matrix:
    """The model as arrays: a row of weights per word or pair, and each word's and
    pair's row found by number, so that a batch of units is scored with a few array
    operations."""

    def __init__(self, np: Any, read: Model) -> None:
        self._np = np
        grams, self._idf, self._weights = read.scaled.as_arrays(np)  # idf times weight
        self._intercepts = np.array(read.intercepts)
        self._classes = read.classes
        # Every word the model knows, alone or in a pair, by number; a pair's number is
        # its first word's times the count of words plus its second's.
        self._word = {word: n for n, word in enumerate(dict.fromkeys(" ".join(grams).split()))}
        count = self._words = len(self._word)
        single = np.full(count + 1, -1)  # the last: a word the model does not know
        pairs: list[tuple[int, int]] = []
        for row, gram in enumerate(grams):
            first, _, second = gram.partition(" ")
            if second:
                pairs.append((self._word[first] * count + self._word[second], row))
            else:
                single[self._word[first]] = row
        pairs.sort()
        self._single = single
        self._pair_keys = np.array([key for key, _ in pairs])
        self._pair_rows = np.array([row for _, row in pairs])

    def suspicions(self, pieces: Sequence[str]) -> list[Suspicion | None]:
        """:func:`suspect` of each of ``pieces``."""
        np = self._np
        chances = self._probabilities(pieces)
        none = self._classes.index(HARMLESS)
        # Only the few units the reader suspects are turned into answers, as one
        # would be by suspect().
        found: list[Suspicion | None] = [None] * len(pieces)
        for place in np.flatnonzero(chances[:, none] <= NONE_BELOW).tolist():
            row = chances[place].tolist()
            found[place] = _suspicion(dict(zip(self._classes, row, strict=True)))
        return found

    def _probabilities(self, pieces: Sequence[str]) -> Any:
        """Each piece's chance of each class, a row a piece, as probabilities() works
        it out (TF-IDF with sublinear TF, L2-normalised, then softmax)."""
        np = self._np
        unknown = self._words
        look_up = self._word.get
        numbers: list[int] = []
        lengths: list[int] = []
        for piece in pieces:
            words = _TOKEN.findall(without_addresses(piece).lower())
            numbers += [look_up(word, unknown) for word in words]
            lengths.append(len(words))
        ids = np.array(numbers, dtype=np.int64)
        unit = np.repeat(np.arange(len(pieces)), lengths)
        # Rows of the words alone, then of each pair of neighbours in the same unit.
        alone = self._single[ids]
        first, second = ids[:-1], ids[1:]
        paired = (first < unknown) & (second < unknown) & (unit[:-1] == unit[1:])
        keys = first * unknown + second
        at = np.minimum(np.searchsorted(self._pair_keys, keys), len(self._pair_keys) - 1)
        paired &= self._pair_keys[at] == keys
        rows = np.concatenate([alone[alone >= 0], self._pair_rows[at[paired]]])
        owners = np.concatenate([unit[alone >= 0], unit[:-1][paired]])
        # A word or pair met n times in a unit counts 1 + ln n, once.
        grams = len(self._idf)
        met, times = np.unique(owners * grams + rows, return_counts=True)
        owners, rows = met // grams, met % grams
        tf = 1.0 + np.log(times)
        squares = (tf * self._idf[rows]) ** 2
        norms = np.sqrt(np.bincount(owners, weights=squares, minlength=len(pieces)))
        norms[norms == 0] = 1.0
        # Summed class by class with bincount, in the order np.add.at would add them
        # (the same numbers), at a tenth of its time.
        weighted = self._weights[rows] * tf[:, None]
        scores = np.stack(
            [
                np.bincount(owners, weights=weighted[:, column], minlength=len(pieces))
                for column in range(len(self._classes))
            ],
            axis=1,
        )
        scores = scores / norms[:, None] + self._intercepts
        scores -= scores.max(axis=1, keepdims=True)
        exps = np.exp(scores)
        return exps / exps.sum(axis=1, keepdims=True)


def prepare() -> None:
    """Read the model and, where numpy is there, build its arrays: what a process
    otherwise does when it first reads (:func:`reading_ahead`)."""
    model()
    _matrix()


@functools.lru_cache(maxsize=1)
def _matrix() -> _Matrix | None:
    """The shipped model as arrays, built once per process; None without numpy."""
    try:
        np = importlib.import_module("numpy")
    except ImportError:
        return None
    return _Matrix(np, model())
