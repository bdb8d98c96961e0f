"""One symptom, one urgency: the same warning symptom is never at two levels.

A technique or precaution names warning symptoms from the project's
controlled list (``symptoms`` in carekb.yaml) with how urgent each is:
``emergency`` (call the emergency number now), ``same-day`` (get medical care
today), ``stop-and-ask`` (stop and ask a clinician), ``ask-first`` (ask a
clinician before starting). A patient who reads "chest pain: stop and ask" on
one page and "chest pain: call 999 now" on another cannot tell which is
right, so a symptom id has one level across the whole knowledge base (and so
in every handout and on the site). Each use at a level other than the most
urgent one it is given is reported, with where the more urgent use is. The
check is exact because the ids are: the same words under two ids are not
caught, which is why the list is short and signed by the clinical leads.

Passing example (chest pain is an emergency wherever it is named)::

    symptoms:
      - symptom: chest-pain
        level: emergency

Failing example (another entry names chest-pain as an emergency)::

    symptoms:
      - symptom: chest-pain
        level: stop-and-ask
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from carekb import entries
from carekb.model import Entry, Finding, Level
from carekb.validate.context import RuleContext

ID = "urgency-conflict"
LEVEL = Level.ERROR
OPTIONS: dict[str, Any] = {}


def check(ctx: RuleContext) -> Iterator[Finding]:
    # Every entry's outline, not its fields: a warm lint of some entries then reads
    # only their files (an outline is kept by the lint cache).
    standards = entries.symptom_standards((entry, entry.outline) for entry in ctx.kb.entries)
    uses: dict[str, list[tuple[Entry, int, str]]] = {}
    for entry in ctx.kb.entries:
        for index, symptom, level in entry.outline.symptoms:
            standard = standards.get(symptom)
            # A use at another level than its symptom's standard (a level at all).
            if standard and level != standard.level and level in entries.URGENCY_LEVELS:
                uses.setdefault(symptom, []).append((entry, index, level))
    printed_in = _handouts_by_entry(ctx)
    for symptom, found in sorted(uses.items()):
        for entry, index, level in found:
            if ctx.wanted(entry.path):
                yield _conflict(ctx, symptom, entry, index, level, standards[symptom], printed_in)


def _handouts_by_entry(ctx: RuleContext) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for entry in ctx.kb.entries:
        if entry.kind == "handout":
            for target in entry.outline.links:
                found.setdefault(target, set()).add(entry.id)
    return found


def _conflict(
    ctx: RuleContext,
    symptom: str,
    entry: Entry,
    index: int,
    level: str,
    standard: entries.SymptomStandard[Entry],
    printed_in: dict[str, set[str]],
) -> Finding:
    other, other_index, most = standard.owner, standard.index, standard.level
    line = other.doc.position(("symptoms", other_index, "level")).line
    both = sorted(printed_in.get(entry.id, set()) & printed_in.get(other.id, set()))
    where = f" (both are printed in handout '{both[0]}')" if both else ""
    return ctx.at(
        entry.doc,
        ("symptoms", index, "level"),
        f"symptom '{symptom}' is '{level}' here but '{most}' in '{other.id}' "
        f"({other.path}:{line}){where}: one symptom has one urgency; make it '{most}', "
        "or name a different symptom",
        entry_id=entry.id,
    )
