"""No dangerous advice: promises of cure, total safety, medicine changes, dismissed red flags.

Patient text must not overclaim or advise harm. The rule reads every
patient-facing field (title, summary, purpose, steps, stop_if, statement,
seek_care, question, answer, intro, section headings and text, dose notes and
frequency, equipment, conditions, precautions_reason) clause by clause, and
reports these kinds of dangerous advice, each with its reason and a safer
wording:

- **promise of cure**: a cure, a lasting result or a guarantee from self-care
  ("This stretch heals a slipped disc for good", "guaranteed to end arthritis
  pain", "Nothing cures back pain faster than this stretch", "your asthma will
  never come back", "shrinks tumours", "a thing of the past"). A medical
  treatment that cures ("Antibiotics can cure most cases of Lyme disease"), a
  hedge ("usually", "most people") and a possibility ("may help shrink") are
  not reported.
- **absolute safety**: "completely safe", "100% safe", "safe for everyone",
  "no side effects", "cannot hurt you", "you cannot overdose", "nothing can go
  wrong", "Paracetamol is harmless".
- **medicine change**: telling the reader to start, stop, skip, halve or
  double a medicine or change a dose ("Stop taking your blood thinner", "Double
  your painkillers", "Give your child aspirin", "Feel free to skip a dose",
  "dose up to the top strength straight away", "share your pen",
  "put your inhaler away for good", "Stopping steroids suddenly is perfectly
  fine", "Your psychiatrist won't know if you stop the lithium", "Don't take your
  water tablets on driving days"), unless the same clause sends them to the prescriber ("ask your
  doctor before you stop"), only supposes the change ("if you stop your
  medicine, symptoms return") or is about old medicines ("Throw away expired
  medicine").
- **dismisses care**: a red-flag symptom (chest pain or tightness, numbness or
  weakness, loss of bladder or bowel control, a stiff neck with fever,
  fainting, unexplained weight loss, pain after a fall or accident, a severe
  headache, pain that wakes you at night; and the red flags of work outdoors,
  late pregnancy and the first weeks of life: a snake bite, red streaks up a
  limb, heatstroke, a chemical in the eye, frostbite, bleeding that pumps or
  soaks through, a headache with swelling or flashing lights late in
  pregnancy, waters lost early, a fever in a baby weeks old, jaundice on the
  first day; and drowsiness with fast breathing and high sugars, a bullseye rash
  after a tick bite, a baby sucking in under the ribs or vomiting green, sudden
  deafness, pelvic pain with a missed period, stitches that ooze or smell, a
  swollen jaw with a fever, a fever of 40 or more; pain since a crash or a slip,
  a crushing pain or one spreading to the jaw or left arm, bleeding that will
  not stop; belly pain that is severe, low on the right or boring through to the
  back, a throat gone tight after a sting or a food, talk of hurting oneself; a
  face swelling spreading towards the eye or neck, a mouth ulcer or patch that
  will not heal; and the red flags of travel: a fever after a trip, staggering or
  a frothy pink cough at altitude, bloody diarrhoea, an animal's bite or scratch)
  called normal, nothing serious, its serious cause ruled out ("it won't be your
  heart"), or something to ignore or wait out
  ("give it a few weeks", "can be watched at home", "he'll be right", "no sense
  driving in", "finish the job before you head in"); and any advice not to see
  a clinician ("there is no need to see a doctor", "no call for a doctor",
  "nothing for the doctor", "forget the tetanus shot", "replaces
  physiotherapy", "hold off calling the doctor", "it is not considered
  necessary to call 999", "nobody needs to scan you"), unless the sentence
  names only a minor ailment ("No need to see a doctor for a common cold"). A
  sentence that goes on to send the reader for help ("Fainting is usually
  harmless, but see a doctor if it happens again") is not a dismissal.
- **pushing through pain**: "push through the pain", "keep going even if it
  hurts", "pain means it is working", "ignore the ache", "progress only comes
  when it hurts", "Throbbing pain under the gel is normal, so don't take them
  off".
- **false mechanism**: flushing toxins, heavy metals or impurities,
  cleansing organs, realigning or resetting bones, joints and discs, resetting
  hormones, unblocking energy, releasing gas or endorphins, breaking up
  adhesions.

Negation is read per clause: "there is no cure", "is not completely safe",
"Do not stop your medicine", "Never ignore chest pain" pass; a negation
reaches across a comma only inside a list ("no specific treatment, cure, or
vaccine"), not out of an "if" clause ("If you can't control your bladder,
give it a few weeks" is a claim); "without" denies only its own object
("Weight loss without trying is a good sign" is a claim); a predicate of its own
after "and" is out of its reach ("it's not addictive and completely safe" claims
safety); and a comparison is a claim ("nothing works better than..."). A harm
denied permits what follows it
("It won't hurt to stop your tablets for a week", "There's no harm in doubling
your dose"), a danger denied is no warning ("Skipping your statins is hardly
risky"), two denials promise everything ("There is no condition this tea cannot
cure", "No amount of stretching will ever harm your spine"), and what is said of
no one is said of the reader ("No one needs a doctor for chest pain that goes
away" reads as "you don't need"; "Nobody needs antibiotics for a cold" passes as
its "you" form does).
The words are matched by category (any medicine, any red flag), so other
sentences of the same kind are caught too. A red flag may stand in another clause
of the sentence, or in a question or short sentence just before ("Lost sight in
one eye? Rest your eyes. It will come back."). An FAQ's answer that says no to
getting help is read after its question, as a patient reads them: asked "Should I
go to hospital for chest pain that spreads to my left arm?", the answer "No, that is
just a pulled muscle" is reported on the answer's line. Any other answer is read
alone ("It may." says nothing without its question).
Negations and referrals written as texts write them ("dont", "cant", "ER now")
are read as such.

A second, learned reader then reads each sentence as a whole: a small linear
model over words and word pairs, trained on the claim sets in ``tests/corpus/``,
clean leaflet sentences, medical facts in an encyclopedia's words and half of
the real NIH answers
(``scripts/train-claims-model.py``; the weights ship with carekb and are applied
in plain Python, or with numpy to a batch of 2,000 sentences and more, so linting
needs no machine-learning library and gives the same answer everywhere). It
reports a sentence only where the kind's own words stand (a medicine and a change
for a medicine change, a red flag for dismissed care,
pain and carrying on for pushing through pain...) and the patterns' tests pass
(no prescriber, no hedge on a promise, no referral, no denied verb, no question,
not a list of symptoms); its findings say "read from its wording as a whole".
Where the reader is all but sure (under an 8% chance the sentence is harmless) a
promise, a mechanism or a medicine change needs no anchor word of its kind; a
safety claim still needs a word of safety. Surer still (under 5%), dismissed
care needs no red flag the patterns know and pushing on no pain they know, only
a body in trouble now: a part of it, a symptom or an injury named, no recovery
told, no word defined ("Skin on his shin has gone black and hard since the
burn, but it's just scabbing, no need for the burns unit"). Less sure, a
mechanism needs a word of one (toxins, realigning, resetting...) or of acting on
the body (drains, scrubs, pulls back). Where a pattern found a claim, the reader
adds only another kind it is that sure of: "Dig out the old amoxicillin for his
chest infection, no point bothering the surgery" puts off the doctor and changes
a medicine, and both are reported.

The rule reads each text once, in time linear in its length. It is a
reviewer's aid, not a clinical judgement: a finding that quotes a claim to
reject it can be suppressed on its line. Measured on claim sets written apart
from it (``bench/corpus.py``, ``tests/corpus/README.md``), it caught
about nine in ten new wordings of these claims in fields it knows (back care,
exercise, everyday medicines: 88% to 97% in the latest sets before being tuned
on them) and three to four in four in a field's own talk it had not met
(dental care, travel, sexual health, children's allergies: 72% to 86%; five to
eight in ten in the earliest rounds), and
reported up to six of 40 clean sentences per set (most sets none to two). Good
leaflet text written with the words dangerous advice uses (cure, safe, stop, no
need, toxins) is reported on up to one line in twenty: a clinical editor still
reads every entry.

Options:

- ``phrases``: more literal phrases to report, each ``{phrase, reason,
  suggest}`` (kind "listed phrase"); empty by default, since the kinds above
  are found by meaning.
- ``extra_phrases``: more phrases of the same shape, added to ``phrases``.
- ``negations``: the words that deny what follows them in a clause. Set it to
  ``[]`` to report every occurrence.
- ``learned``: ``false`` turns the learned reader off, leaving the patterns.

Passing example::

    purpose: >-
      There is no cure for back pain, but moving gently can ease stiffness.
      Do not stop your medicines without talking to your doctor.

Failing example (a false mechanism, and a medicine change)::

    purpose: >-
      Cracking your back realigns the vertebrae.
      You can stop your blood pressure tablets once your posture improves.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import Any

from carekb.model import Entry, Finding, JsonPath, Level
from carekb.validate import claims, learned, prose
from carekb.validate import clauses as reader
from carekb.validate.claims import Claim, find_claims, find_learned, read_after_question
from carekb.validate.clauses import Clause
from carekb.validate.context import RuleContext
from carekb.validate.wordlists import Hit, Occurrence, PhraseList, phrase_findings, strings

ID = "risky-claim"
LEVEL = Level.ERROR
# Findings about an entry depend only on its own file (and the roster, the
# config and the date), so the engine may check entries in parallel.
LOCAL = True

_FIELDS = ("phrase", "reason", "suggest")
# Fields that list symptoms or things ("Sharp pain in your neck" under stop_if), not
# statements: the learned reader, which reads statements, leaves them to the patterns.
_NOT_STATEMENTS = frozenset({"title", "stop_if", "seek_care", "conditions", "equipment"})

OPTIONS: dict[str, Any] = {
    "phrases": [],
    "extra_phrases": [],
    "negations": sorted(reader.NEGATIONS),
    "learned": True,
}


def prepare() -> None:
    claims.prepare()


def check(ctx: RuleContext) -> Iterator[Finding]:
    listed = PhraseList(ctx, "phrases", _FIELDS)
    negations = frozenset(n.lower().replace("\u2019", "'") for n in strings(ctx, "negations"))
    learn = bool(ctx.options.get("learned", True))
    ahead = _learned_texts(ctx) if learn else []
    with learned.reading_ahead(ahead):
        for entry in ctx.kb.entries:
            read = prose.texts(ctx, entry)
            found = _claims(entry, read, listed, negations, learn)
            yield from phrase_findings(ctx, entry, found, _message)


def _learned_texts(ctx: RuleContext) -> list[str]:
    """Every text the learned reader will read in the entries at hand, as it reads them
    (an answer after its question, where it is read so), for one batch."""
    return [
        context + text
        for entry in ctx.kb.entries
        for context, path, text in _readings(prose.texts(ctx, entry))
        if _states(path)
    ]


def _readings(texts: list[tuple[JsonPath, str]]) -> Iterator[tuple[str, JsonPath, str]]:
    """Each text with what is read before it: an FAQ's answer that refuses help is read
    after its question, as a patient reads it ("Should I call someone about chest pain
    at rest?" makes "No, it is usually muscle strain" a red flag dismissed)."""
    asked = _question(texts)
    for path, text in texts:
        read_after = path == _ANSWER and read_after_question(asked, text)
        yield (f"{asked} " if read_after else ""), path, text


def _claims(
    entry: Entry,
    texts: list[tuple[JsonPath, str]],
    listed: PhraseList,
    negations: frozenset[str],
    learn: bool,
) -> Iterator[Occurrence]:
    """Every claim in the entry's patient-facing text, in the order of the file."""
    phrases = _by_field(listed.occurrences(entry, read=texts)) if listed else {}
    for context, path, text in _readings(texts):
        claims = list(_pattern_claims(context, text, negations))
        found = [_occurrence(path, text, claim) for claim in claims]
        if learn and _states(path):
            for claim in _learned_claims(context, text, claims):
                found.append(_occurrence(path, text, claim))
        spans = [(o.hit.start, o.hit.end) for o in found]
        for occurrence in phrases.get(path, []):
            hit = occurrence.hit
            if any(hit.start < end and start < hit.end for start, end in spans):
                continue  # the same words, already reported by their kind
            if not _phrase_negated(reader.clauses_of(text), hit, negations):
                found.append(occurrence)
        yield from sorted(found, key=lambda o: o.hit.start)


def _states(path: JsonPath) -> bool:
    """Does the field at ``path`` make statements, which the learned reader reads?"""
    return path[0] not in _NOT_STATEMENTS


_QUESTION: JsonPath = ("question",)
_ANSWER: JsonPath = ("answer",)


def _question(texts: list[tuple[JsonPath, str]]) -> str:
    """The entry's question, when it asks one (an FAQ's), on one line."""
    for path, text in texts:
        if path == _QUESTION and text.rstrip().endswith("?"):
            return " ".join(text.split())
    return ""


def _pattern_claims(context: str, text: str, negations: frozenset[str]) -> Iterator[Claim]:
    """The patterns' claims in ``text``, read after ``context`` (its question): a claim
    in the context itself is the question's own, reported on its field."""
    shift = len(context)
    for clause in reader.clauses_of(context + text):
        if clause.end <= shift:
            continue
        for claim in find_claims(clause, negations):
            if claim.start >= shift:
                yield replace(claim, start=claim.start - shift, end=claim.end - shift)


def _learned_claims(context: str, text: str, taken: list[Claim]) -> Iterator[Claim]:
    """The learned reader's claims in ``text`` beside the patterns' (``taken``), read
    after ``context``; a sentence that starts in the question is reported on the
    answer's part of it."""
    shift = len(context)
    shifted = [replace(c, start=c.start + shift, end=c.end + shift) for c in taken]
    for claim in find_learned(context + text, shifted):
        if claim.end > shift:
            start = max(claim.start, shift)
            yield replace(claim, start=start - shift, end=claim.end - shift)


def _occurrence(path: tuple[str | int, ...], text: str, claim: Claim) -> Occurrence:
    kind = claim.kind
    reason = kind.reason + (f" ({claim.detail})" if claim.detail else "")
    item = {"kind": kind.name, "reason": reason, "suggest": kind.suggest}
    return Occurrence(path, text, Hit(claim.start, claim.end, kind.name), item)


def _by_field(occurrences: Iterator[Occurrence]) -> dict[tuple[str | int, ...], list[Occurrence]]:
    grouped: dict[tuple[str | int, ...], list[Occurrence]] = {}
    for occurrence in occurrences:
        grouped.setdefault(occurrence.path, []).append(occurrence)
    return grouped


def _phrase_negated(read: Sequence[Clause], hit: Hit, negations: frozenset[str]) -> bool:
    """Is a listed phrase denied in its clause, as the kinds' words are?"""
    starts = [clause.tokens[0].start for clause in read]
    index = bisect.bisect_right(starts, hit.start) - 1
    if index < 0:
        return False
    clause = read[index]
    token = bisect.bisect_left([t.start for t in clause.tokens], hit.start)
    return token < len(clause.tokens) and clause.negated_at(token, negations)


def _message(occurrence: Occurrence) -> str:
    claim = occurrence.item
    kind = claim.get("kind", "listed phrase")
    return (
        f'risky claim ({kind}): "{occurrence.quoted}": {claim["reason"]}; '
        f'say instead something like "{claim["suggest"]}"'
    )
