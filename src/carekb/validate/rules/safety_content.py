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
  so the answer leads to the full safety advice. Asking who is "at risk", or
  about "risk factors", is not a safety question, and a word inside a
  compound ("self-harm") does not count.
- An FAQ whose question is about symptoms, risks or treatment says in its
  answer when to get help: a verb such as "see", "call" or "talk to" followed,
  within a few words, by someone who helps ("your doctor", "a pharmacist",
  "911", "an ambulance"). If the question is about an emergency
  (a heart attack, a stroke, chest pain...), the answer must say to call an
  ambulance or the emergency number.

Options:

- ``min_stop_if``: how many ``stop_if`` red flags a technique needs.
- ``seek_care_severities``: precaution severities that need ``seek_care``.
- ``safety_questions``: words and phrases that make a question a safety
  question (whole words, any case).
- ``help_topics``: words that make a question one whose answer must say when
  to get help.
- ``help_verbs`` and ``helpers``: what counts as saying when to get help (a
  verb, then within three words a helper).
- ``emergencies``: words that make a question one about an emergency, and
  ``emergency_helpers`` the helpers such an answer must name.

Passing example (a technique)::

    stop_if:
      - Numbness or tingling in your arms or hands
    precautions:
      - move-gently

Failing example (no red flags, and an empty list of precautions)::

    steps:
      - Twist hard until your back cracks.
    precautions: []

Failing example (an FAQ about symptoms that never says when to get help)::

    question: What are the symptoms of a heart attack?
    answer: >-
      Chest pain or discomfort, and pain in the arm, back, neck or jaw.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from carekb.model import Entry, Finding, Level
from carekb.validate import prose
from carekb.validate.context import RuleContext
from carekb.validate.wordlists import Hit, PhraseMatcher, alternation, strings

ID = "safety-content"
LEVEL = Level.ERROR
# Per entry: an entry's findings come from its own fields and the kinds of the entries it
# names, looked up (so the workers that check its own file work them out too).
PER_ENTRY = True
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
        "side effects",
    ],
    "help_topics": [
        "symptom",
        "symptoms",
        "sign",
        "signs",
        "treat",
        "treated",
        "treatment",
        "treatments",
        "therapy",
        "medicine",
        "medicines",
        "medication",
        "medications",
        "risks",
        "complications",
        "side effects",
    ],
    "help_verbs": [
        "see",
        "call",
        "phone",
        "contact",
        "talk to",
        "talk with",
        "speak to",
        "speak with",
        "tell",
        "ask",
        "visit",
        "consult",
        "check with",
        "get",
        "seek",
        "go to",
    ],
    "helpers": [
        "doctor",
        "doctors",
        "gp",
        "nurse",
        "physician",
        "health care provider",
        "healthcare provider",
        "health care professional",
        "provider",
        "pharmacist",
        "specialist",
        "physiotherapist",
        "care team",
        "medical help",
        "medical care",
        "medical attention",
        "medical advice",
        "help",
        "hospital",
        "emergency",
        "ambulance",
        "911",
        "999",
        "112",
    ],
    "emergencies": [
        "heart attack",
        "heart attacks",
        "stroke",
        "strokes",
        "chest pain",
        "anaphylaxis",
        "choking",
        "sepsis",
        "meningitis",
        "overdose",
        "suicide",
        "suicidal",
    ],
    "emergency_helpers": ["911", "999", "112", "ambulance", "emergency"],
}
# Ways of writing a safety word that are not a safety question: "Who is at risk
# for...?", "What are the risk factors...?", "Self-harm".
_NOT_ABOUT_SAFETY = re.compile(r"\bat\s+$|-$")
_NOT_ABOUT_SAFETY_AFTER = re.compile(r"^(?:\s+factors?\b|-)")
_HELP_GAP = r"(?:\s+\S+){0,3}?\s+"


@dataclass(frozen=True)
class _Faq:
    """What the FAQ checks match: safety questions, help topics, and saying when to get help."""

    safety: PhraseMatcher
    topics: PhraseMatcher
    emergencies: PhraseMatcher
    help: prose.Caseless | None
    emergency_help: prose.Caseless | None


def _faq_matchers(ctx: RuleContext) -> _Faq:
    verbs = strings(ctx, "help_verbs")

    def helped_by(option: str) -> prose.Caseless | None:
        helpers = strings(ctx, option)
        if not verbs or not helpers:
            return None
        body = rf"(?:{alternation(verbs)}){_HELP_GAP}(?:{alternation(helpers)})(?!\w)"
        if not all(word.isascii() for word in (*verbs, *helpers)):
            return prose.Caseless.compile(body, None)
        lower = [v.lower() for v in verbs], [h.lower() for h in helpers]
        lower_body = rf"(?:{alternation(lower[0])}){_HELP_GAP}(?:{alternation(lower[1])})(?!\w)"
        return prose.Caseless.compile(body, lower_body)

    return _Faq(
        safety=PhraseMatcher(strings(ctx, "safety_questions")),
        topics=PhraseMatcher(strings(ctx, "help_topics")),
        emergencies=PhraseMatcher(strings(ctx, "emergencies")),
        help=helped_by("helpers"),
        emergency_help=helped_by("emergency_helpers"),
    )


def check(ctx: RuleContext) -> Iterator[Finding]:
    kinds = {entry.id: entry.kind for entry in ctx.kb.entries}
    severities = set(strings(ctx, "seek_care_severities"))
    questions = _faq_matchers(ctx)
    for entry in ctx.checked():
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


def _faq(ctx: RuleContext, entry: Entry, faq: _Faq, kinds: dict[str, str]) -> Iterator[Finding]:
    question = entry.fields.question
    if question is None:
        return
    hit = _safety_question(question, faq.safety)
    if hit is not None and not any(kinds.get(r.id) == "precaution" for r in entry.fields.related):
        where = prose.source(ctx, entry).locate(("question",), question, hit.start, hit.end)
        yield ctx.at_line(
            entry.path,
            where.line,
            where.column,
            f'this question asks about safety ("{question[hit.start : hit.end]}") but no '
            "precaution is linked under related: add the ids of the precautions that answer it",
            entry_id=entry.id,
        )
    yield from _get_help(ctx, entry, question, faq)


def _safety_question(question: str, matcher: PhraseMatcher) -> Hit | None:
    for hit in matcher.finditer(question):
        if _NOT_ABOUT_SAFETY.search(question[max(hit.start - 4, 0) : hit.start]):
            continue
        if _NOT_ABOUT_SAFETY_AFTER.match(question[hit.end : hit.end + 9]):
            continue
        return hit
    return None


def _get_help(ctx: RuleContext, entry: Entry, question: str, faq: _Faq) -> Iterator[Finding]:
    """An answer about symptoms, risks or treatment must say when to get help."""
    answer = entry.fields.answer or ""
    topic = _safety_question(question, faq.topics)
    if topic is None or faq.help is None:
        return
    emergency = next(faq.emergencies.finditer(question), None)
    lowered = prose.lowered(answer)
    if emergency is not None and faq.emergency_help is not None:
        if faq.emergency_help.search(answer, lowered):
            return
        what = " ".join(question[emergency.start : emergency.end].split())
        needed = (
            f'is about an emergency ("{what}") but never says to call an ambulance or the '
            "emergency number: say which signs mean calling one at once"
        )
    elif faq.help.search(answer, lowered):
        return
    else:
        about = question[topic.start : topic.end]
        needed = (
            f"is about {about.lower()} but never says when to get help: "
            'add when to see a doctor (for example "See your doctor if ...")'
        )
    yield ctx.at(entry.doc, ("answer",), f"this answer {needed}", key=True, entry_id=entry.id)
