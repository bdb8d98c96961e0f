"""No phrases that promise a cure, total safety or a mechanism that is not true.

Patient text must not overclaim: self-care eases symptoms, it does not cure,
realign or detoxify, and nothing is risk-free. Every patient-facing field is
searched (title, summary, purpose, steps, stop_if, statement, seek_care,
question, answer, intro, section headings and text, dose notes and frequency,
equipment, conditions, precautions_reason). Phrases match as whole words,
ignoring case; any whitespace in a phrase matches any run of whitespace, even
a line break in a folded block. Each finding points at the phrase itself and
gives the reason and a suggested rewording.

Options:

- ``phrases``: the list of phrases, each ``{phrase, reason, suggest}``.
  Setting it replaces the built-in list (shown under "Options" above).
- ``extra_phrases``: more phrases of the same shape, added to ``phrases``.
  Use this to extend the built-in list rather than repeat it.

- ``negations``: words that, among the three words before a phrase in the
  same clause (no comma or full stop between), turn it into a caution rather
  than a claim: "it does not cure", "there is no risk-free way" pass. Set it
  to ``[]`` to report every occurrence.

Phrases are literal text, not patterns: list each form you want caught
("realign your spine", "realigns the vertebrae").

Passing example::

    purpose: >-
      Moving gently can ease stiffness for a short time.

Failing example (``realigns the vertebrae``: cracking does not move bones back
into line)::

    purpose: >-
      Cracking your back realigns the vertebrae.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from carekb.model import Finding, Level
from carekb.validate.context import RuleContext
from carekb.validate.wordlists import Occurrence, PhraseList, phrase_findings, strings

ID = "risky-claim"
LEVEL = Level.ERROR
# Findings about an entry depend only on its own file (and the roster, the
# config and the date), so the engine may check entries in parallel.
LOCAL = True

_FIELDS = ("phrase", "reason", "suggest")

_NO_CURE = "self-care can ease symptoms; it does not cure a condition"
_SAFE = "no technique is safe for everyone; say who should take care and why"
_ALIGN = (
    "stretching or cracking does not move bones back into line; the sound is gas in the joint fluid"
)
_GUARANTEE = "nothing works for everyone; promises set people up to ignore warning signs"
_TOXINS = "there are no 'toxins' that stretching, massage or cracking releases"
_ENDORPHINS = "there is no good evidence that cracking your back releases endorphins"
_LASTING = "relief from self-care is usually short; promising more delays proper care"
_EVIDENCE = "say what the evidence shows, cite it under sources, and avoid absolutes"


def _claims(reason: str, suggest: str, *phrases: str) -> list[dict[str, str]]:
    return [{"phrase": p, "reason": reason, "suggest": suggest} for p in phrases]


OPTIONS: dict[str, Any] = {
    "phrases": [
        *_claims(_NO_CURE, "can help ease", "cure", "cures", "cured", "cure-all"),
        *_claims(
            _GUARANTEE,
            "may help",
            "guaranteed",
            "never fails",
            "always works",
            "works every time",
            "miracle",
        ),
        *_claims(
            _SAFE,
            "safe for most people when done gently",
            "100% safe",
            "completely safe",
            "totally safe",
            "perfectly safe",
            "absolutely safe",
            "safe for everyone",
            "no risk",
            "no risks",
            "risk-free",
            "without any risk",
            "no side effects",
            "harmless for everyone",
        ),
        *_claims(
            _ALIGN,
            "can ease stiffness for a short time",
            "realign your spine",
            "realigns your spine",
            "realign the spine",
            "realigns the spine",
            "realign your vertebrae",
            "realigns your vertebrae",
            "realign the vertebrae",
            "realigns the vertebrae",
            "improve spinal alignment",
            "improves spinal alignment",
            "back into alignment",
            "back into place",
            "back in place",
        ),
        *_claims(
            "the cracking sound is gas in the joint fluid, but 'releasing' it treats nothing",
            "you may hear a harmless cracking sound",
            "releases built-up gas",
            "release built-up gas",
            "releasing built-up gas",
        ),
        *_claims(
            _TOXINS,
            "can help you feel less stiff",
            "releases toxins",
            "release toxins",
            "releasing toxins",
            "flush out toxins",
            "flushes out toxins",
            "detox",
        ),
        *_claims(
            _ENDORPHINS,
            "can help you relax",
            "stimulates endorphins",
            "stimulate endorphins",
            "releases endorphins",
            "release endorphins",
            "release of endorphins",
        ),
        *_claims(
            "there is little evidence for this; it sounds like a treatment claim",
            "can help your muscles feel looser",
            "break up adhesions",
            "breaks up adhesions",
            "improve circulation",
            "improves circulation",
        ),
        *_claims(
            _LASTING,
            "can give short-term relief",
            "permanent relief",
            "permanent fix",
            "permanently fix",
            "permanently fixes",
            "instant relief",
            "long-term relief",
        ),
        *_claims(_EVIDENCE, "research suggests (and cite it)", "clinically proven", "proven cure"),
    ],
    "extra_phrases": [],
    "negations": [
        "not",
        "no",
        "never",
        "cannot",
        "can't",
        "don't",
        "doesn't",
        "won't",
        "isn't",
        "aren't",
        "nothing",
        "without",
    ],
}

# The words just before a phrase, back to the start of its clause.
_CLAUSE_TAIL = re.compile(r"[^.,;:!?()\n]*$")
_WORD = re.compile(r"[a-z]+(?:['\u2019][a-z]+)?")
_WINDOW = 3


def check(ctx: RuleContext) -> Iterator[Finding]:
    claims = PhraseList(ctx, "phrases", _FIELDS)
    negations = {n.lower().replace("\u2019", "'") for n in strings(ctx, "negations")}
    for entry in ctx.kb.entries:
        found = (
            o for o in claims.occurrences(entry) if not _negated(o.text, o.hit.start, negations)
        )
        yield from phrase_findings(ctx, entry, found, _message)


def _message(occurrence: Occurrence) -> str:
    claim = occurrence.item
    return (
        f'risky claim "{occurrence.quoted}": {claim["reason"]}; '
        f'say instead something like "{claim["suggest"]}"'
    )


def _negated(text: str, start: int, negations: set[str]) -> bool:
    """Is one of the few words before ``start`` (in the same clause) a negation?"""
    clause = _CLAUSE_TAIL.search(text[:start])
    before = _WORD.findall(clause.group().lower().replace("\u2019", "'")) if clause else []
    return any(word in negations for word in before[-_WINDOW:])
