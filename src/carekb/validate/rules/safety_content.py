"""Every entry carries the safety content a patient needs before acting on it.

- A technique lists at least one red flag under ``stop_if`` (a symptom that
  means "stop now").
- A technique links at least one precaution under ``precautions``, or says
  ``precautions: none`` and gives a ``precautions_reason`` (the schema rule
  reports a missing reason, this rule a blank one). An empty list
  (``precautions: []``) is not a decision, so it is reported.
- A precaution of severity ``do-not`` says in ``seek_care`` when to get help.
- An FAQ whose question asks about safety ("Is it safe to...", "...
  dangerous?", "Can it harm...") links at least one precaution in ``related``,
  so the answer leads to the full safety advice.

Options:

- ``min_stop_if``: how many ``stop_if`` red flags a technique needs.
- ``seek_care_severities``: precaution severities that need ``seek_care``.
- ``safety_questions``: words and phrases that make a question a safety
  question (whole words, any case).

Passing example (a technique)::

    stop_if:
      - Numbness or tingling in your arms or hands
    precautions:
      - move-gently

Failing example (no red flags, and an empty list of precautions)::

    steps:
      - Twist hard until your back cracks.
    precautions: []
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from carekb.model import Entry, Finding, Level
from carekb.validate.context import RuleContext
from carekb.validate.locate import SourceMap
from carekb.validate.wordlists import PhraseMatcher, strings

ID = "safety-content"
LEVEL = Level.ERROR
OPTIONS: dict[str, Any] = {
    "min_stop_if": 1,
    "seek_care_severities": ["do-not"],
    "safety_questions": [
        "is it safe",
        "safe to",
        "safe for",
        "dangerous",
        "harm",
        "harmful",
        "risk",
        "risks",
        "risky",
    ],
}


def check(ctx: RuleContext) -> Iterator[Finding]:
    kinds = {entry.id: entry.kind for entry in ctx.kb.entries}
    severities = set(strings(ctx, "seek_care_severities"))
    questions = PhraseMatcher(strings(ctx, "safety_questions"))
    for entry in ctx.kb.entries:
        if entry.kind == "technique":
            yield from _technique(ctx, entry)
        elif entry.kind == "precaution":
            yield from _precaution(ctx, entry, severities)
        elif entry.kind == "faq":
            yield from _faq(ctx, entry, questions, kinds)


def _technique(ctx: RuleContext, entry: Entry) -> Iterator[Finding]:
    wanted = int(ctx.options["min_stop_if"])
    flags = [s for s in entry.fields.stop_if if s.strip()]
    if len(flags) < wanted:
        needed = "a red flag" if wanted == 1 else f"at least {wanted} red flags"
        yield ctx.at(
            entry.doc,
            ("stop_if",) if "stop_if" in entry.data else ("steps",),
            f"a technique needs {needed} under stop_if, found {len(flags)}: list the "
            "symptoms that mean 'stop now', such as numbness, tingling, sharp or spreading pain",
            key=True,
            entry_id=entry.id,
        )
    yield from _precautions(ctx, entry)


def _precautions(ctx: RuleContext, entry: Entry) -> Iterator[Finding]:
    fields = entry.fields
    if fields.precautions_form == "none":
        reason = fields.precautions_reason
        if reason is not None and not reason.strip():
            yield ctx.at(
                entry.doc,
                ("precautions_reason",),
                "precautions_reason is blank: say why no precaution applies",
                entry_id=entry.id,
            )
    elif fields.precautions_form == "empty":
        yield ctx.at(
            entry.doc,
            ("precautions",),
            "no precautions linked: link at least one precaution id, or write "
            "'precautions: none' with a precautions_reason saying why none applies",
            entry_id=entry.id,
        )


def _precaution(ctx: RuleContext, entry: Entry, severities: set[str]) -> Iterator[Finding]:
    severity, seek_care = entry.fields.severity, entry.fields.seek_care
    if severity in severities and not (seek_care and seek_care.strip()):
        yield ctx.at(
            entry.doc,
            ("severity",),
            f"a '{severity}' precaution must say when to get medical help: add seek_care",
            entry_id=entry.id,
        )


def _faq(
    ctx: RuleContext, entry: Entry, questions: PhraseMatcher, kinds: dict[str, str]
) -> Iterator[Finding]:
    question = entry.fields.question
    if question is None:
        return
    hit = next(questions.finditer(question), None)
    if hit is None:
        return
    if any(kinds.get(ref.id) == "precaution" for ref in entry.fields.related):
        return
    where = SourceMap(entry.doc).locate(("question",), question, hit.start, hit.end)
    yield ctx.at_line(
        entry.path,
        where.line,
        where.column,
        f'this question asks about safety ("{question[hit.start : hit.end]}") but no '
        "precaution is linked under related: add the ids of the precautions that answer it",
        entry_id=entry.id,
    )
