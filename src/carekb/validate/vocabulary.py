"""How common a word is in everyday English, and whether it looks medical.

The jargon rule asks two questions of a word: is it rare in everyday English,
and does it have the shape of a medical term? Rarity comes from wordfreq's
English list (word frequencies from subtitles, news, books, Wikipedia and the
web, shipped inside the package, so nothing is downloaded), on the Zipf
scale: 6 is "the", 4 is "shoulder", 3 is "tingling", below 2.5 are words most
readers never meet ("cystoscopy", 1.7). The list takes most of a second to
load, so it is loaded on first use and once per process; and each question
below that reads it is remembered between runs (:mod:`carekb.validate.wordmemory`),
so a lint that meets only words asked about before does not load it at all.

The medical shape is a suffix of Greek and Latin medical vocabulary
("-itis", "-oscopy", "-cytes"...): such a word counts as medical until it is
as common as "arthritis".

A rare word may still be plain: a common word with a prefix ("malformation")
or with an ending that only changes its part of speech ("dwarfism"), two
common words run together ("breastbone"), or, for a word no list knows, words
whose space or dash the source lost ("complicationsstroke", "stressorsan")
or two swapped letters ("symtpoms"). Each test is a few dictionary look-ups.
"""

from __future__ import annotations

import functools
import math
from pathlib import Path

from carekb.validate.wordmemory import remembered

# Suffixes of medical vocabulary: inflammation, conditions, procedures, cells.
_MEDICAL_SUFFIXES = (
    *("itis", "osis", "oses", "ectomy", "ectomies", "otomy", "ostomy", "oscopy", "scopy"),
    *("emia", "aemia", "algia", "opathy", "opathies", "plasty", "plasia", "trophy", "cyte"),
    *("cytes", "coccal", "coccus", "somal", "genic", "lysis", "megaly", "penia", "rrhea"),
    *("rrhoea", "oma", "omas", "ectasia", "sclerosis", "iasis", "uria"),
)


def sources() -> list[Path]:
    """The files the answers below come from: wordfreq's code and its English list,
    found without importing wordfreq (:mod:`carekb.validate.wordmemory`)."""
    import importlib.util

    spec = importlib.util.find_spec("wordfreq")
    if spec is None or spec.origin is None:
        return []
    package = Path(spec.origin).parent
    return [package / "__init__.py", package / "data" / "large_en.msgpack.gz"]


def prepare() -> None:
    """Load wordfreq's list now, as the first word asked about otherwise does."""
    _frequencies()


@functools.cache
def _frequencies() -> dict[str, float]:
    # Imported here, not at the top: wordfreq and its list cost most of a second,
    # which `carekb --help` and rules that never ask must not pay.
    import wordfreq

    frequencies: dict[str, float] = wordfreq.get_frequency_dict("en", wordlist="large")
    return frequencies


# Endings of inflected forms, and what to put back: "bulges" is rarer than
# "bulge", but no harder to read.
_INFLECTIONS = (
    ("ies", "y"),
    ("es", ""),
    ("es", "e"),
    ("s", ""),
    ("ed", ""),
    ("ed", "e"),
    ("ing", ""),
    ("ing", "e"),
    ("ly", ""),
)


# Every question below that reads the list is remembered between runs
# (:mod:`carekb.validate.wordmemory`); the questions call each other through
# their private forms, so that only what a rule asks is kept.


def _zipf(word: str) -> float:
    frequencies = _frequencies()
    lower = word.lower()
    best = frequencies.get(lower, 0.0)
    for end, back in _INFLECTIONS:
        if lower.endswith(end) and len(lower) - len(end) >= 3:
            found = frequencies.get(lower[: -len(end)] + back, 0.0)
            if found > best:
                best = found
    return math.log10(best) + 9 if best > 0 else 0.0


@remembered("zipf")
def zipf(word: str) -> float:
    """How common ``word`` or its stem is, on the Zipf scale (0: not in the list)."""
    return _zipf(word)


@remembered("frequency")
def frequency(word: str) -> float:
    """How often ``word`` (lower case, as written) comes in English: a share of words."""
    return _frequencies().get(word, 0.0)


# Prefixes that make a rare word out of a common one: "realign", "overstretch",
# "malformation", "subtypes", "monounsaturated" (mono + un + saturated).
PREFIXES = (
    "re",
    "un",
    "pre",
    "over",
    "under",
    "mis",
    "out",
    "non",
    "self",
    "dis",
    "co",
    "mal",
    "mono",
    "poly",
    "multi",
    "semi",
    "sub",
    "super",
    "anti",
    "hyper",
)


@remembered("plain_compound")
def plain_compound(word: str, common: float) -> bool:
    """Is ``word`` a common prefix on a plain word: one at least ``common`` on the
    Zipf scale, or itself a prefix on one ("mono" + "un" + "saturated")?"""
    return _plain_compound(word, common)


def _plain_compound(word: str, common: float) -> bool:
    return _prefixed(word.lower(), common, depth=2)


def _prefixed(lower: str, common: float, depth: int) -> bool:
    for prefix in _PREFIXES_BY_LETTER.get(lower[:1], ()):
        base = lower[len(prefix) :]
        if not lower.startswith(prefix) or len(base) < 4:
            continue
        if _zipf(base) >= common or (depth > 1 and _prefixed(base, common, depth - 1)):
            return True
    return False


# The prefixes by their first letter: most words are tried against one or two.
_PREFIXES_BY_LETTER = {
    letter: tuple(p for p in PREFIXES if p[0] == letter) for letter in {p[0] for p in PREFIXES}
}


# Endings that make a noun or verb out of a plain word, and what the word ended in
# before: "dwarf" + "ism", "pale" + "ness", "sticky" + "ness", "toxic" + "ity",
# "stiff" + "en".
_DERIVATIONS = (
    ("en", ""),
    ("iness", "y"),
    ("ness", ""),
    ("ism", ""),
    ("ism", "e"),
    ("ity", ""),
    ("ity", "e"),
    ("ment", ""),
    ("less", ""),
    ("ful", ""),
)


@remembered("plain_derivation")
def plain_derivation(word: str, common: float) -> bool:
    """Is ``word`` a plain word (at least ``common`` on the Zipf scale) with an ending
    that only changes its part of speech ("dwarfism", "paleness", "stickiness"), also
    when inflected ("stiffens")?"""
    lower = word.lower()
    frequencies = _frequencies()
    forms = (
        [lower]
        + [  # "stiffens" -> "stiffen", a word; not "deferens" -> "deferen"
            lower[: -len(end)] + back
            for end, back in _INFLECTIONS
            if lower.endswith(end) and (lower[: -len(end)] + back) in frequencies
        ]
    )
    return any(
        form.endswith(end)
        and len(form) - len(end) >= 3
        and _zipf(form[: -len(end)] + back) >= common
        for form in forms
        for end, back in _DERIVATIONS
    )


# The adverbs of phrasal verbs, which make nouns of them: "flare" + "up", "check" + "up".
_PARTICLES = ("up", "out", "off", "down")
_PHRASAL = 3.5  # a verb this common before a particle is plain: "flare" (3.6)


@remembered("plain_compound_of_words")
def plain_compound_of_words(word: str, common: float) -> bool:
    """Is ``word`` two everyday words run together ("breastbone", "windpipe", "underarm"),
    or a verb and its particle ("flareup", "checkup")?"""
    lower = word.lower()
    for particle in _PARTICLES:
        if lower.endswith(particle) and _zipf(lower[: -len(particle)]) >= _PHRASAL:
            return True
    frequencies, floor = _frequencies(), 10 ** (common - 9)
    return any(
        frequencies.get(lower[:cut], 0.0) >= floor and _zipf(lower[cut:]) >= common
        for cut in range(3, len(lower) - 2)
    )


# A word of one or two letters this common may be run into the next one by a lost
# space or dash ("ormore", "tosudden", "cholesterola waxy, fat-like substance").
_SHORT_WORD = 5.5


@remembered("run_together")
def run_together(word: str, common: float) -> bool:
    """Is ``word``, which no word list knows, two words whose space or dash was lost in
    the source ("vomitinto", "complicationsstroke", "calledperipheral", "ormore"), each
    at least ``common`` on the Zipf scale?"""
    lower = word.lower()
    frequencies = _frequencies()
    return any(
        # Both parts are words as written: one look-up each rules out most cuts.
        lower[:cut] in frequencies
        and lower[cut:] in frequencies
        and _plain_part(lower[:cut], common)
        and _plain_part(lower[cut:], common)
        for cut in range(1, len(lower))
    )


def _plain_part(part: str, common: float) -> bool:
    if len(part) <= 2:
        return _frequencies().get(part, 0.0) >= 10 ** (_SHORT_WORD - 9)
    return _zipf(part) >= common or _plain_compound(part, common)  # "overeating"


# Endings, not words run into the word before: a plural "s", and "-is" and "-us" of
# Latin terms ("hydrops fetalis").
_ENDINGS = frozenset({"s", "is", "us"})


@remembered("lost_space", decode=tuple)
def lost_space(word: str) -> tuple[int, int]:
    """How many letters at the front and at the end of ``word``, which no list knows,
    are a short everyday word run into a word the list does know, by a lost space:
    "foratherosclerosis" (3, 0), "stressorsan" (0, 2); (0, 0) if none."""
    lower = word.lower()
    if _zipf(lower) > 0:
        return 0, 0
    # Three letters in front ("for", "the", "and"): shorter heads are prefixes of
    # medical words as often as lost words ("achondrogenesis", "myectomy").
    if _zipf(lower[:3]) >= _SHORT_WORD and _zipf(lower[3:]) > 0:
        return 3, 0
    for cut in (1, 2):
        tail = lower[-cut:]
        if tail not in _ENDINGS and _zipf(tail) >= _SHORT_WORD and _zipf(lower[:-cut]) > 0:
            return 0, cut
    return 0, 0


@remembered("misspelling_of")
def misspelling_of(word: str, known: float) -> str | None:
    """The word ``word`` is a slip of, if it is not a word itself: two letters next to
    each other swapped ("symtpoms", "subytpes"), of a word at least ``known`` on the
    Zipf scale."""
    lower = word.lower()
    frequencies = _frequencies()
    if lower in frequencies:
        return None
    floor = 10 ** (known - 9)
    for i in range(len(lower) - 1):
        candidate = lower[:i] + lower[i + 1] + lower[i] + lower[i + 2 :]
        if frequencies.get(candidate, 0.0) >= floor:
            return candidate
    return None


def looks_medical(word: str) -> bool:
    """Does ``word`` end like a term of medical vocabulary ("-itis", "-oscopy")?"""
    return word.lower().endswith(_MEDICAL_SUFFIXES)
