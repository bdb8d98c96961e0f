"""How common a word is in everyday English, and whether it looks medical.

The jargon rule asks two questions of a word: is it rare in everyday English,
and does it have the shape of a medical term? Rarity comes from wordfreq's
English list (word frequencies from subtitles, news, books, Wikipedia and the
web, shipped inside the package, so nothing is downloaded), on the Zipf
scale: 6 is "the", 4 is "shoulder", 3 is "tingling", below 2.5 are words most
readers never meet ("cystoscopy", 1.7). The list takes most of a second to
load, so it is loaded on first use and once per process.

The medical shape is a suffix of Greek and Latin medical vocabulary
("-itis", "-oscopy", "-cytes"...): such a word counts as medical until it is
as common as "arthritis".
"""

from __future__ import annotations

import functools
import math
import re

# Suffixes of medical vocabulary: inflammation, conditions, procedures, cells.
_MEDICAL_SUFFIX = re.compile(
    r"(?:itis|osis|oses|ectomy|ectomies|otomy|ostomy|oscopy|scopy|emia|aemia|algia|opathy|opathies"
    r"|plasty|plasia|trophy|cyte|cytes|coccal|coccus|somal|genic|lysis|megaly|penia|rrhea|rrhoea"
    r"|oma|omas|ectasia|sclerosis|iasis|uria|itis)$"
)


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


def zipf(word: str) -> float:
    """How common ``word`` or its stem is, on the Zipf scale (0: not in the list)."""
    frequencies = _frequencies()
    lower = word.lower()
    forms = [lower] + [
        lower[: -len(end)] + back
        for end, back in _INFLECTIONS
        if lower.endswith(end) and len(lower) - len(end) >= 3
    ]
    frequency = max(frequencies.get(form, 0.0) for form in forms)
    return math.log10(frequency) + 9 if frequency > 0 else 0.0


# Prefixes that make a rare word out of a common one: "realign", "overstretch".
_PREFIXES = ("re", "un", "pre", "over", "under", "mis", "out", "non", "self", "dis", "co")


def plain_compound(word: str, common: float) -> bool:
    """Is ``word`` a common prefix on a word at least ``common`` on the Zipf scale?"""
    lower = word.lower()
    return any(
        lower.startswith(prefix)
        and len(lower) - len(prefix) >= 4
        and zipf(lower[len(prefix) :]) >= common
        for prefix in _PREFIXES
    )


def plain_compound_of_words(word: str, common: float) -> bool:
    """Is ``word`` two everyday words run together ("breastbone", "windpipe", "underarm")?"""
    lower = word.lower()
    return any(
        zipf(lower[:cut]) >= common and zipf(lower[cut:]) >= common
        for cut in range(3, len(lower) - 2)
    )


def looks_medical(word: str) -> bool:
    """Does ``word`` end like a term of medical vocabulary ("-itis", "-oscopy")?"""
    return bool(_MEDICAL_SUFFIX.search(word.lower()))
