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
from dataclasses import dataclass
from typing import Any

from carekb.model import Entry, Finding, JsonPath, Level
from carekb.validate import fields, prose
from carekb.validate.context import RuleContext
from carekb.validate.wordlists import PhraseMatcher, normalise, strings

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
_WORD_CHAR = re.compile(r"\w")
_SEARCHED_WHOLE = 4000  # characters: a shorter text is searched whole, not by sentence
_BEFORE = 64  # characters read back for the word before a phrase, doubled while too few


@dataclass(frozen=True)
class _Passives:
    """The passive voice in a step, and in an instruction elsewhere."""

    step: prose.Caseless
    instruction: prose.Caseless


def _passives(ctx: RuleContext) -> _Passives:
    listed = strings(ctx, "participles")
    # Lower case keeps the words only for ASCII: ignoring case, the Kelvin sign
    # matches "k" and the long s matches "s", and some letters change length.
    lower = [p.lower() for p in listed] if all(p.isascii() for p in listed) else None

    def caseless(body: str) -> prose.Caseless:
        def filled(participles: list[str]) -> str:
            alternatives = "|".join([r"\w+ed", *(re.escape(p) for p in participles)])
            return body.replace("PARTICIPLE", alternatives)

        return prose.Caseless.compile(filled(listed), None if lower is None else filled(lower))

    return _Passives(
        # A modal (optional), a form of "be", an adverb (optional), a past participle.
        step=caseless(
            r"(?:(?:should|must|can|may|will|needs?\s+to)\s+)?"
            r"(?:is|are|be|been|being|was|were)\s+(?:\w+ly\s+)?(?:PARTICIPLE)\b"
        ),
        instruction=caseless(rf"{_MODAL_PASSIVE}(?:\w+ly\s+)?(?:PARTICIPLE)\b"),
    )


def _keywords(phrases: list[str]) -> tuple[str, ...] | None:
    """A word of each phrase, the longest, that a sentence holding the phrase holds too.

    ``None`` when a phrase has no ASCII word to look for, or holds a full stop,
    which would let it run over the end of a sentence: then every text is
    searched whole.
    """
    found: list[str] = []
    for phrase in phrases:
        ascii_words = [w for w in normalise(phrase).split() if w.isascii()]
        if not ascii_words or any(stop in phrase for stop in ".!?"):
            return None
        found.append(max(ascii_words, key=len))
    return tuple(found)


def check(ctx: RuleContext) -> Iterator[Finding]:
    phrases = strings(ctx, "third_person")
    third_person = PhraseMatcher(phrases)
    keywords = _keywords(phrases)
    passives = _passives(ctx)
    for entry in ctx.kb.entries:
        for path, text in prose.texts(ctx, entry):
            if fields.is_heading(path):
                continue
            lowered = prose.lowered(text)  # once for both checks
            yield from _third_person(ctx, entry, path, (text, lowered), third_person, keywords)
            yield from _passive(ctx, entry, path, text, lowered, passives)


def _third_person(
    ctx: RuleContext,
    entry: Entry,
    path: JsonPath,
    texts: tuple[str, str | None],
    matcher: PhraseMatcher,
    keywords: tuple[str, ...] | None,
) -> Iterator[Finding]:
    text, lowered = texts
    # Sentences already reported (one finding each) or about research: each
    # sentence is read once, however many phrases it holds.
    passed: set[int] = set()
    for start, end, key, sentence in _phrases(text, lowered, matcher, keywords):
        if key.startswith("one ") and _word_before(text, start) in _NOT_A_PRONOUN:
            continue
        if sentence.start() in passed:
            continue
        passed.add(sentence.start())
        if _RESEARCH.search(sentence.group()):
            continue
        phrase = " ".join(text[start:end].split())
        yield _finding(
            ctx,
            entry,
            path,
            text,
            (start, end),
            f'talks about the reader ("{phrase}") instead of to them in "{_clip(sentence)}": '
            'address them as "you", or write a plain command ("Sit up tall.")',
        )


def _phrases(
    text: str, lowered: str | None, matcher: PhraseMatcher, keywords: tuple[str, ...] | None
) -> Iterator[tuple[int, int, str, re.Match[str]]]:
    """(start, end, phrase, sentence) of each third-person phrase of ``text``, in order.

    A phrase holds no full stop, so it stands inside one sentence, and the
    matcher finds it there as in the whole text (the stop before and after is
    no word character). A sentence without a phrase's key word as a whole word
    cannot hold it, so an ASCII text without any is not searched, and in a long
    one only the sentences that hold one are: in a long answer, a few hundred
    sentences instead of a megabyte.
    """
    sentences: list[re.Match[str]] = []  # found once there is something to look up
    ends: list[int] = []
    places: list[int] = []
    if lowered is not None and keywords is not None:
        places = sorted(at for word in set(keywords) for at in _whole_words(lowered, word))
        if not places:
            return
    if not places or len(text) <= _SEARCHED_WHOLE:
        for hit in matcher.finditer(text):
            if not sentences:
                sentences = list(_SENTENCE.finditer(text))
                ends = [sentence.end() for sentence in sentences]
            index = min(bisect.bisect_right(ends, hit.start), len(sentences) - 1)
            yield hit.start, hit.end, hit.key, sentences[index]
        return
    sentences = list(_SENTENCE.finditer(text))
    ends = [sentence.end() for sentence in sentences]
    searched = -1
    for at in places:
        index = min(bisect.bisect_right(ends, at), len(sentences) - 1)
        if index <= searched:
            continue
        searched = index
        sentence = sentences[index]
        for hit in matcher.finditer(sentence.group()):
            yield sentence.start() + hit.start, sentence.start() + hit.end, hit.key, sentence


def _whole_words(lowered: str, word: str) -> Iterator[int]:
    """Where ``word`` stands in ``lowered`` with no word character on either side."""
    at = lowered.find(word)
    while at >= 0:
        after = at + len(word)
        if not (at and _WORD_CHAR.match(lowered, at - 1)) and not _WORD_CHAR.match(lowered, after):
            yield at
        at = lowered.find(word, at + 1)


def _passive(
    ctx: RuleContext,
    entry: Entry,
    path: JsonPath,
    text: str,
    lowered: str | None,
    passives: _Passives,
) -> Iterator[Finding]:
    # The passives first, over the whole text at once: most texts have none, and
    # those that do are read sentence by sentence only where a passive is.
    found = (passives.step if path[0] == "steps" else passives.instruction).spans(text, lowered)
    if not found:
        return
    sentences = list(_SENTENCE.finditer(text))
    ends = [sentence.end() for sentence in sentences]
    passed: set[int] = set()  # sentences reported, or that address the reader: read once
    for start, end in found:
        index = min(bisect.bisect_right(ends, start), len(sentences) - 1)
        sentence = sentences[index]
        if index in passed:
            continue
        passed.add(index)  # the first passive of a sentence, as before
        if _ADDRESSES_READER.search(sentence.group()):
            continue
        phrase = " ".join(text[start:end].split())
        where = "a step" if path[0] == "steps" else "an instruction"
        yield _finding(
            ctx,
            entry,
            path,
            text,
            (start, end),
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
    """The last word before ``index``, lower case ("" if none).

    Read from a window before ``index`` that doubles until the word in it cannot
    be the end of a longer one cut off by the window: a whole long text is not
    read for each phrase.
    """
    reach = _BEFORE
    while True:
        begin = max(index - reach, 0)
        found = list(_WORD.finditer(text, begin, index))
        if begin == 0 or (found and found[-1].start() > begin):
            return found[-1].group().lower() if found else ""
        reach *= 2
