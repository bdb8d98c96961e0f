"""The content rules' shared reading: a caseless pattern's fast form finds what it finds."""

from __future__ import annotations

import re

import pytest

from carekb.validate.prose import Caseless, lowered

BODY = r"(?:should|must|needs?\s+to)\s+be\s+(?:\w+ly\s+)?(?:\w+ed|held|done)\b"
PATTERN = Caseless.compile(BODY, BODY)

TEXTS = [
    "The stretch should be held for 20 seconds.",
    "It SHOULD BE DONE slowly; it Must Be Repeated, it needs to\n  be carefully tested.",
    # Not at a word's start: the boundary fails, and the search goes on.
    "xshould be held, 1must be done, _should be held, but (should be held) counts.",
    "shouldshould be held should be held",
    # Not ASCII: the pattern as written, case ignored (the Kelvin sign is a "k").
    "It should be \u212aept... it must be held in Caf\u00e9 \u0130stanbul.",
    "",
    "should be",
]


@pytest.mark.parametrize("text", TEXTS)
def test_fast_form_finds_what_the_pattern_finds(text):
    whole = re.compile(rf"\b{BODY}", re.IGNORECASE)
    assert PATTERN.spans(text, lowered(text)) == [m.span() for m in whole.finditer(text)]
    assert PATTERN.search(text, lowered(text)) == (whole.search(text) is not None)


def test_found_at_word_starts_only():
    text = "xshould be held; Should be held."
    assert [text[a:b] for a, b in PATTERN.spans(text, lowered(text))] == ["Should be held"]


def test_lowered_keeps_offsets_or_says_none():
    assert lowered("Hold IT") == "hold it"
    assert lowered("\u0130t") is None  # lower-cased, this letter is two characters
