"""Instructions talk to the reader ("you", or a plain command), in the active voice.

PEMAT's actionability items ask that material "addresses the user directly
when describing actions" and uses the active voice. This rule reads every
patient-facing field (summary, purpose, steps, stop_if, statement, seek_care,
answer, intro, section text, dose notes...; titles and questions name a topic
and are skipped), and reports, quoting the clause:

- talking about the reader in the third person: "the patient", "patients",
  "one should" (not "no one should"); once per sentence, and not in a
  sentence about research ("in a study of 25 people, all patients..."),
  where the patients are the people studied;
- the passive voice in an instruction: in steps, any form of "be" followed by
  a past participle ("should be held", "is performed", "are repeated"); in
  other fields, where explaining in the passive is normal ("is caused by"),
  only a passive that tells someone what to do ("clothes should be washed",
  "the dressing must be changed"). A sentence that also addresses the reader
  with "you" or "your" passes ("Your arms should be crossed"), and so do
  commands ("Hold the stretch").

It is a warning by default: it asks for a rewrite, not a clinical check.

Options:

- ``third_person``: phrases that talk about the reader instead of to them.
- ``participles``: irregular past participles; regular ones ending in "-ed"
  are recognised without a list.

Passing example::

    steps:
      - Hold the stretch for 20 seconds.

Failing example::

    steps:
      - The patient should sit up tall.
      - The stretch should be held for 20 seconds.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from typing import Any

from carekb.model import Entry, Finding, JsonPath, Level
from carekb.validate import fields, prose
from carekb.validate.context import RuleContext
from carekb.validate.wordlists import PhraseMatcher, strings

ID = "you-voice"
LEVEL = Level.WARNING
# Findings about an entry depend only on its own file (and the roster, the
# config and the date), so the engine may check entries in parallel.
LOCAL = True
OPTIONS: dict[str, Any] = {
    "third_person": [
        "the patient",
        "a patient",
        "patients",
        "the client",
        "clients should",
        "one should",
        "one must",
        "one can",
        "the individual",
        "individuals should",
        "the user",
    ],
    "participles": [
        "held",
        "done",
        "kept",
        "bent",
        "put",
        "set",
        "made",
        "taken",
        "given",
        "shown",
        "drawn",
        "brought",
        "worn",
        "spread",
        "felt",
        "lain",
        "laid",
    ],
}

# A passive that tells someone what to do, wherever it is written.
_MODAL_PASSIVE = r"(?:should|must|needs?\s+to|has\s+to|have\s+to|ought\s+to)\s+be\s+"
# Words that make "one should" mean "no person should" or "which one": not an instruction.
_NOT_A_PRONOUN = frozenset({"no", "any", "every", "each", "some", "which", "this", "that"})
_ADDRESSES_READER = re.compile(r"\b(?:you|your|yours|yourself)\b", re.IGNORECASE)
_SENTENCE = re.compile(r"[^.!?]+(?:[.!?]+|$)")
_QUOTE_CHARS = 80
# Sentences about research, where "patients" are the people studied, not the reader.
_RESEARCH = re.compile(
    r"\b(?:study|studies|studied|frequency|frequencies|researchers?|number of patients"
    r"|percent|proportion)\b|%",
    re.IGNORECASE,
)
_WORD = re.compile(r"[A-Za-z']+")


def check(ctx: RuleContext) -> Iterator[Finding]:
    third_person = PhraseMatcher(strings(ctx, "third_person"))
    participles = "|".join([r"\w+ed", *(re.escape(p) for p in strings(ctx, "participles"))])
    # A modal (optional), a form of "be", an adverb (optional), a past participle.
    passive = re.compile(
        r"\b(?:(?:should|must|can|may|will|needs?\s+to)\s+)?"
        r"(?:is|are|be|been|being|was|were)\s+(?:\w+ly\s+)?"
        rf"(?:{participles})\b",
        re.IGNORECASE,
    )
    instructed = re.compile(rf"\b{_MODAL_PASSIVE}(?:\w+ly\s+)?(?:{participles})\b", re.IGNORECASE)
    for entry in ctx.kb.entries:
        for path, text in prose.texts(ctx, entry):
            if fields.is_heading(path):
                continue
            yield from _third_person(ctx, entry, path, text, third_person)
            yield from _passive(
                ctx, entry, path, text, passive if path[0] == "steps" else instructed
            )


def _third_person(
    ctx: RuleContext, entry: Entry, path: JsonPath, text: str, matcher: PhraseMatcher
) -> Iterator[Finding]:
    reported: set[int] = set()  # sentences already reported: one finding each
    sentences = list(_SENTENCE.finditer(text))  # once per text, searched per hit
    ends = [sentence.end() for sentence in sentences]
    for hit in matcher.finditer(text):
        if hit.key.startswith("one ") and _word_before(text, hit.start) in _NOT_A_PRONOUN:
            continue
        sentence = sentences[min(bisect.bisect_right(ends, hit.start), len(sentences) - 1)]
        if sentence.start() in reported or _RESEARCH.search(sentence.group()):
            continue
        reported.add(sentence.start())
        phrase = " ".join(text[hit.start : hit.end].split())
        yield _finding(
            ctx,
            entry,
            path,
            text,
            (hit.start, hit.end),
            f'talks about the reader ("{phrase}") instead of to them in "{_clip(sentence)}": '
            'address them as "you", or write a plain command ("Sit up tall.")',
        )


def _passive(
    ctx: RuleContext, entry: Entry, path: JsonPath, text: str, passive: re.Pattern[str]
) -> Iterator[Finding]:
    # The passives first, over the whole text at once: most texts have none, and
    # those that do are read sentence by sentence only where a passive is.
    found = list(passive.finditer(text))
    if not found:
        return
    sentences = list(_SENTENCE.finditer(text))
    ends = [sentence.end() for sentence in sentences]
    reported: set[int] = set()
    for match in found:
        index = min(bisect.bisect_right(ends, match.start()), len(sentences) - 1)
        sentence = sentences[index]
        if index in reported or _ADDRESSES_READER.search(sentence.group()):
            continue
        reported.add(index)  # the first passive of a sentence, as before
        phrase = " ".join(match.group().split())
        where = "a step" if path[0] == "steps" else "an instruction"
        yield _finding(
            ctx,
            entry,
            path,
            text,
            match.span(),
            f'passive voice ("{phrase}") in {where}, "{_clip(sentence)}": say what the reader '
            'does, as a command ("Hold the stretch...") or with "you"',
        )


def _clip(sentence: re.Match[str]) -> str:
    words = " ".join(sentence.group().split())
    return words if len(words) <= _QUOTE_CHARS else words[:_QUOTE_CHARS].rstrip() + "..."


def _finding(
    ctx: RuleContext, entry: Entry, path: JsonPath, text: str, span: tuple[int, int], message: str
) -> Finding:
    source = prose.source(ctx, entry)
    where = source.locate(path, text, *span)
    return ctx.at_line(entry.path, where.line, where.column, message, entry_id=entry.id)


def _word_before(text: str, index: int) -> str:
    words = _WORD.findall(text[:index])
    return words[-1].lower() if words else ""
