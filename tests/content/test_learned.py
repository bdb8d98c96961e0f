"""risky-claim's learned reader, through the real CLI on real files, and its gates.

The sentences here were written for this test (they are in no claim set): the
first two are missed by the patterns and caught by the learned reader, which is
the reader's reason to exist; the others check that each of its gates holds.
"""

from __future__ import annotations

import json
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest

from carekb.validate import claims, learned
from carekb.validate.claims import Claim, find_claims, find_learned
from carekb.validate.clauses import LONGEST, NEGATIONS, PIECE, clauses, words_of

LEARNED_ONLY = [
    ("Sudden weakness in one arm? A good night's sleep fixes it.", "dismisses care"),
    (
        "Chest tightness on the stairs is a sign you are out of shape, nothing more.",
        "dismisses care",
    ),
    # A field's own emergency, or an injury pushed on, that no red-flag or pain word of the
    # patterns names: the reader is sure enough, and a body in trouble is named.
    (
        "Skin on his shin has gone black and hard since the burn, but it's just scabbing, "
        "no need for the burns unit.",
        "dismisses care",
    ),
    (
        "My thumb went white and cold after the cable snapped, it'll warm up, I'm not "
        "queuing at minor injuries for that.",
        "dismisses care",
    ),
    (
        "Strap the torn calf and get back on the pitch for the last ten, we need you out there.",
        "pushing through pain",
    ),
    # No "safe", "risk" or "harm": the safest thing there is, harm that could never come.
    ("Our sleep tea is the safest remedy you can give a baby.", "absolute safety"),
    ("With our smart bottle you could never get dehydrated on a long shift.", "absolute safety"),
]

CONFIG = "name: t\norganisation:\n  name: T clinic\n"
PEOPLE = "people:\n  - id: ann-author\n    name: Ann Author\n    credentials: [PT]\n"


def pattern_claims(text: str) -> list[Claim]:
    return [claim for clause in clauses(text) for claim in find_claims(clause, NEGATIONS)]


def patterns(text: str) -> list[str]:
    return [claim.kind.name for claim in pattern_claims(text)]


def learned_kinds(text: str) -> list[str]:
    return [claim.kind.name for claim in find_learned(text, [])]


@pytest.mark.parametrize(("sentence", "kind"), LEARNED_ONLY)
def test_the_learned_reader_catches_what_the_patterns_miss(sentence: str, kind: str) -> None:
    assert patterns(sentence) == []
    assert learned_kinds(sentence) == [kind]


@pytest.mark.parametrize(
    "sentence",
    [
        # Sent to the prescriber or a clinician, hedged, or a question: no claim.
        "Sudden weakness in one arm? A good night's sleep fixes it, but call 999 first.",
        "Is chest tightness on the stairs a sign you are out of shape?",
        # The kind's own words are missing: a medicine change needs a medicine.
        "Lift your shoulders toward your ears, roll them back, then let them drop.",
        # A correction, and a denied claim verb.
        "It is a myth that chest tightness on the stairs is only a sign of being unfit.",
        "Alkaline water cannot change the pH of your blood.",
    ],
)
def test_the_learned_reader_keeps_the_patterns_tests(sentence: str) -> None:
    assert learned_kinds(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # A remedy's work on an organ: the organ is the object, not the subject.
        ("Cold showers reset your thyroid hormones within a week.", "false mechanism"),
        ("Activated charcoal capsules cleanse your liver of toxins.", "false mechanism"),
        # A clinician named only to be put off sends no one to them.
        (
            "If the antibiotics upset your stomach, just stop them; there's no need to ring "
            "the surgery.",
            "medicine change",
        ),
        (
            "A child who is floppy and hard to wake can sleep it off, nothing to call the "
            "doctor about.",
            "dismisses care",
        ),
        (
            "Wait a fortnight before calling the GP about chest pain when you climb stairs.",
            "dismisses care",
        ),
        # A negation in the clause before does not deny the change in the next one.
        ("When your inhaler isn't working, take ten puffs instead of two.", "medicine change"),
        # A symptom explained as an organ at work, where the reader is sure it is false.
        (
            "Hay fever is really your liver overflowing with toxins from processed food.",
            "false mechanism",
        ),
        # A clinician seen only later, on a day, a morning or after a trip, is the delay
        # itself, not a safety net.
        (
            "Her face dropped on one side at tea time, but it's Saturday, so we'll ring the "
            "GP on Monday.",
            "dismisses care",
        ),
        (
            "A sudden crushing chest pain at the wheel? Finish the delivery round and see the "
            "GP tomorrow.",
            "dismisses care",
        ),
        (
            "Severe headache and a stiff neck on the trip? Take paracetamol and get it looked "
            "at when we get back home.",
            "dismisses care",
        ),
        # Help that "needs no" one is help denied.
        (
            "Chest pain on the stairs needs no medical attention, it's just being unfit.",
            "dismisses care",
        ),
        # Where the reader is sure of pushing on, a stop scorned or put off is no stop.
        (
            "Numb feet and a burning toe after the marathon? Ignore it, if you stop now "
            "you're letting the race win.",
            "pushing through pain",
        ),
        (
            "Stop fussing about the shooting pain in your shin and power through the last mile.",
            "pushing through pain",
        ),
        # A hurt named ("tweaked") is a body in trouble.
        (
            "Hamstring tweaked at the start of the match? Play on, only the soft ones stop.",
            "pushing through pain",
        ),
        # Where the reader is all but certain, a treatment as the subject vouches for
        # nothing: a myth about a treatment is told of the treatment.
        (
            "Vaccines strip the myelin off your nerves, which is what sets off MS relapses.",
            "false mechanism",
        ),
    ],
)
def test_the_learned_reader_alone_finds_what_its_gates_used_to_turn_away(
    sentence: str, kind: str
) -> None:
    assert kind in learned_kinds(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # Organs doing their own work, and symptoms explained as the body's true work.
        "Your liver clears alcohol from your blood at about one drink an hour.",
        "Your kidneys filter waste out of your blood.",
        "A fever is your body fighting an infection.",
        "Sneezing is your body getting rid of irritants from your nose.",
        # The negation in the change's own clause still denies it.
        "If the tablets don't suit you, don't double the dose; ask your pharmacist.",
        # First aid for bleeding pushes through nothing.
        "Press firmly on the cut with a clean cloth until it stops bleeding.",
        "Pinch the soft part of your nose until the nosebleed stops.",
        "Keep pressing on the wound until the bleeding stops.",
        # A referral before the change is still a referral.
        "Ring the pharmacy before stopping your tablets.",
        # However sure the reader, care put off or pain pushed on needs a body in trouble
        # now: none in a sleeping child let sleep, a recovery told, a word defined.
        "There's no need to wake a sleeping child just to give them Calpol.",
        "My knee was sore last week, but the pain eased and I kept walking every day.",
        "Self-harm means hurting yourself on purpose.",
        # However sure of pushing on, a stop on a condition sets a limit.
        "Run through the ache, but stop if the pain turns sharp.",
        # An organ at its own work stays physiology, however sure the reader.
        "The liver removes toxins from the blood.",
    ],
)
def test_the_learned_reader_alone_stays_quiet_on_fine_text(sentence: str) -> None:
    assert learned_kinds(sentence) == []


def _reads_as(monkeypatch: pytest.MonkeyPatch, kind: str, harmless: float) -> None:
    """The reader made to read every unit as ``kind`` with ``harmless`` chance."""
    reading = learned.Suspicion(kind, harmless, None, 0.0)
    monkeypatch.setattr(learned, "suspect", lambda text: reading)


def test_a_less_certain_reading_counts_only_where_nothing_is_denied(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    unsure = (claims.UNSURE_FROM + learned.NONE_BELOW) / 2
    _reads_as(monkeypatch, "medicine", unsure)
    assert learned_kinds("Halve your blood pressure tablets on hot days.") == ["medicine change"]
    # The same reading of a correction: something is denied.
    assert learned_kinds("Beetroot juice won't thin your blood the way your warfarin does.") == []
    # Surer, the negation no longer turns it away (the kind's own tests still apply).
    _reads_as(monkeypatch, "medicine", claims.UNSURE_FROM / 2)
    assert learned_kinds("Halve your tablets, no need to ask anyone.") == ["medicine change"]


def test_a_less_certain_reading_of_care_counts_where_the_help_itself_is_turned_down(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _reads_as(monkeypatch, "care", (claims.UNSURE_FROM + learned.NONE_BELOW) / 2)
    turned_down = "Sudden numbness down one side after the match, no need to call 999."
    assert learned_kinds(turned_down) == ["dismisses care"]
    # Help sent for now, or nothing about help at all: the negation is no dismissal.
    assert learned_kinds("Sudden numbness down one side is no joke: call 999.") == []
    assert learned_kinds("Sudden numbness down one side is not a pulled muscle.") == []


def test_pushing_on_told_plainly_needs_no_pain_word_the_patterns_know(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    between = (claims.SURE_OF_HARM_BELOW + claims.PUSHED_PLAINLY_SURE_BELOW) / 2
    _reads_as(monkeypatch, "pain", between)
    assert learned_kinds("Hamstring twanged on the ladder? Climb on up.") == [
        "pushing through pain"
    ]
    # The same reading with something denied needs the patterns' anchor.
    assert learned_kinds("Hamstring twanged on the ladder? Don't come down yet.") == []


def test_a_close_runner_up_that_passes_its_own_tests_is_reported_beside_the_first(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sentence = (
        "Sudden worst-ever headache at your desk? Grab a coffee and a couple of painkillers "
        "and push through to the end of the day."
    )

    def reads(share: float) -> list[str]:
        reading = learned.Suspicion("care", 0.01, "pain", share)
        monkeypatch.setattr(learned, "suspect", lambda text: reading)
        return learned_kinds(sentence)

    assert reads(claims.RUNNER_UP_SHARE) == ["dismisses care", "pushing through pain"]
    assert reads(claims.RUNNER_UP_SHARE / 2) == ["dismisses care"]
    # The runner-up must pass its own kind's tests: no pain pushed on, none reported.
    reading = learned.Suspicion("care", 0.01, "pain", 0.9)
    monkeypatch.setattr(learned, "suspect", lambda text: reading)
    assert learned_kinds("Sudden worst-ever headache? Sleep it off, no need for a doctor.") == [
        "dismisses care"
    ]


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        # The clinician named only to be turned down, sent for on a worse condition, or
        # scorned: care is put off all the same.
        ("Sudden weakness down one arm is a trapped nerve, don't ring the surgery.", ["care"]),
        ("A first fit in an adult is nothing, no point ringing the GP unless it recurs.", ["care"]),
        ("Black stools after ibuprofen? The GP can't do anything for that anyway.", ["care"]),
        # Sent to the clinician now: no claim.
        ("Sudden weakness down one arm: ring the surgery straight away.", []),
    ],
)
def test_care_read_where_the_clinician_named_is_turned_down(
    monkeypatch: pytest.MonkeyPatch, sentence: str, kinds: list[str]
) -> None:
    _reads_as(monkeypatch, "care", 0.01)
    expected = ["dismisses care"] if kinds else []
    assert learned_kinds(sentence) == expected


def test_a_warning_called_a_myth_after_a_safety_claim_is_no_correction(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _reads_as(monkeypatch, "safety", 0.01)
    claim = "Beta blockers are completely harmless with asthma, the warning is just a myth."
    assert learned_kinds(claim) == ["absolute safety"]
    # The claim itself called the myth: a correction.
    assert (
        learned_kinds("It's a myth that beta blockers are completely harmless with asthma.") == []
    )


def test_a_false_mechanism_is_read_only_where_the_reader_is_fairly_sure(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sentence = "Foam rolling flushes toxins out of your muscles."
    _reads_as(monkeypatch, "mechanism", (claims.UNSURE_FROM + learned.NONE_BELOW) / 2)
    assert learned_kinds(sentence) == []
    _reads_as(monkeypatch, "mechanism", claims.UNSURE_FROM / 2)
    assert learned_kinds(sentence) == ["false mechanism"]


def test_the_reader_adds_a_second_kind_beside_a_patterns_finding() -> None:
    # The patterns read the surgery put off; the old antibiotics dug out are a medicine
    # change too, and the reader is sure of it.
    sentence = (
        "Dig out the old amoxicillin from the bathroom drawer for his chest infection, no "
        "point bothering the surgery."
    )
    found = pattern_claims(sentence)
    assert [claim.kind.name for claim in found] == ["dismisses care"]
    added = [claim.kind.name for claim in find_learned(sentence, found)]
    assert added == ["medicine change"]


def test_the_readers_runner_up_kind_is_tried_where_a_pattern_took_the_likeliest() -> None:
    # The patterns read care put off ("just the jab settling in"); a reading that leans to
    # the same kind with pushing on ("push through it") as its runner-up reports that
    # second kind, which passes its own anchor; a runner-up given too small a share does
    # not. The reading is set here, not the model's: the rule is what is tested, and a
    # retrained model moves every share.
    sentence = (
        "Tummy pain shooting through to your back is just the jab settling in, push through it."
    )
    found = pattern_claims(sentence)
    assert {claim.kind.name for claim in found} == {"dismisses care"}
    words = claims.words_of(sentence)
    taken = {claim.kind for claim in found}
    leaning = learned.Suspicion("care", 0.004, "pain", claims.RUNNER_UP_SHARE + 0.01)
    kind = claims._learned_kind(leaning, words, words, taken)
    assert kind is not None and kind.name == "pushing through pain"
    faint = learned.Suspicion("care", 0.004, "pain", claims.RUNNER_UP_SHARE - 0.01)
    assert claims._learned_kind(faint, words, words, taken) is None


def test_a_runner_up_promise_is_not_trusted() -> None:
    # Likeliest a medicine change (none named), then a promise of cure: a true account.
    read = learned.suspect("Once the infection clears, the cough goes away.")
    assert read is not None and read.second == "cure" and read.second_share >= 0.3
    assert learned_kinds("Once the infection clears, the cough goes away.") == []


def test_the_reader_never_repeats_the_kind_a_pattern_found() -> None:
    sentence = (
        "Use up your nan's leftover diazepam for the flight nerves, no need to ring the "
        "doctor for a script."
    )
    found = pattern_claims(sentence)
    assert [claim.kind.name for claim in found] == ["medicine change"]
    assert learned_kinds(sentence) == ["medicine change"]  # alone, it reads the same kind
    assert list(find_learned(sentence, found)) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # How an infection spreads is a fact, not a promise of safety.
        "You can't get pregnant from a toilet seat.",
        "You cannot get HIV from kissing, hugging or sharing cups.",
        "It's impossible to tell a sprain from a break without an X-ray, so get it checked.",
    ],
)
def test_facts_of_what_cannot_happen_are_left_alone(sentence: str) -> None:
    assert patterns(sentence) == []
    assert learned_kinds(sentence) == []


def test_units_join_a_question_and_short_sentences_to_what_follows() -> None:
    text = "Lost sight in one eye? Rest your eyes. It will come back.\nSit up tall."
    found = [unit.text for unit in learned.units(text)]
    assert found == ["Lost sight in one eye? Rest your eyes. It will come back.", "Sit up tall."]


def test_a_unit_of_hundreds_of_words_is_read_in_pieces_as_the_clauses_are() -> None:
    # Text that has lost its punctuation is no sentence: read whole, a megabyte of it was
    # one unit, its words' weights summed one by one in Python (0.36 s), and no claim in
    # it could weigh anything among a page's words.
    words = [f"word{n}" for n in range(LONGEST + 1)]
    text = "Rest a while. " + "  ".join(words) + "\nSit up tall."
    found = list(learned.units(text))
    assert [len(unit.text.split()) for unit in found] == [3, *[PIECE] * (LONGEST // PIECE), 1, 3]
    assert [unit.text for unit in found] == [text[unit.start : unit.end] for unit in found]
    assert found[1].text.startswith("word0  word1 ") and found[-2].text == f"word{LONGEST}"
    # Up to LONGEST words it is one unit, as before.
    whole = " ".join(words[:LONGEST])
    assert [unit.text for unit in learned.units(whole)] == [whole]


def test_a_unit_does_not_end_at_an_initial() -> None:
    # "H." before a lower-case word is an initial; "D." before a capital ends a sentence.
    pack = "Take every tablet in your H. pylori treatment pack, even if your indigestion settles."
    assert [unit.text for unit in learned.units(pack)] == [pack]
    text = "Take vitamin D.  Many people rest for a while in a quiet room each day."
    assert [unit.text for unit in learned.units(text)] == [
        "Take vitamin D.",
        "Many people rest for a while in a quiet room each day.",
    ]


def test_the_model_names_the_six_kinds_and_harmless() -> None:
    model = learned.model()
    assert set(model.classes) == {"cure", "safety", "medicine", "care", "pain", "mechanism", "none"}
    assert len(model.features) > 5000
    chances = learned.probabilities("Sit up tall and roll your shoulders.")
    assert abs(sum(chances.values()) - 1.0) < 1e-9
    assert max(chances, key=lambda name: chances[name]) == "none"


def _project(root: Path, answer: str, options: str = "") -> None:
    (root / "carekb.yaml").write_text(CONFIG + options, encoding="utf-8")
    (root / "kb" / "faqs").mkdir(parents=True)
    (root / "kb" / "people.yaml").write_text(PEOPLE, encoding="utf-8")
    entry = (
        "id: weakness\ntype: faq\ntitle: Arm weakness\nsummary: About arm weakness.\n"
        "language: en\nauthors:\n  - ann-author\nquestion: What about arm weakness?\n"
        f"answer: |-\n  Rest helps many aches.\n  {answer}\nreview:\n  status: draft\n"
    )
    (root / "kb" / "faqs" / "weakness.yaml").write_text(entry, encoding="utf-8")


def _lint(root: Path) -> list[dict[str, object]]:
    done = subprocess.run(
        [sys.executable, "-m", "carekb", "lint", "--format", "json", "--no-cache"],
        cwd=root,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode in (0, 1), done.stderr
    return [f for f in json.loads(done.stdout) if f["rule"] == "risky-claim"]


def test_lint_reports_a_learned_claim_on_its_line_and_says_how_it_was_read(
    tmp_path: Path,
) -> None:
    sentence, kind = LEARNED_ONLY[1]
    _project(tmp_path, sentence)
    found = _lint(tmp_path)
    assert len(found) == 1
    assert found[0]["line"] == 11
    assert f"risky claim ({kind})" in str(found[0]["message"])
    assert "read from its wording as a whole" in str(found[0]["message"])


def test_the_learned_reader_can_be_turned_off(tmp_path: Path) -> None:
    sentence, _ = LEARNED_ONLY[1]
    _project(tmp_path, sentence, "lint:\n  rules:\n    risky-claim:\n      learned: false\n")
    assert _lint(tmp_path) == []


def test_the_model_read_line_by_line_gives_the_weights_its_json_holds() -> None:
    # The shipped file is read a line at a time, each word's numbers when first asked
    # for: every word and pair must come out as the JSON holds it, scaled by its IDF.
    raw = resources.files("carekb.validate").joinpath(learned.MODEL_FILE).read_text("utf-8")
    read = learned.parse_model(raw)
    data = json.loads(raw)
    assert read.classes == tuple(data["classes"])
    assert read.intercepts == tuple(data["intercepts"])
    assert set(read.scaled) == set(data["features"])
    for gram, (idf, *weights) in data["features"].items():
        assert read.features[gram] == (idf, tuple(weights))
        assert read.scaled[gram] == (idf, tuple(idf * weight for weight in weights))


@pytest.mark.parametrize(
    ("sentence", "sends"),
    [
        ("Chest pain needs urgent medical attention.", True),
        ("If the chest pain lasts, go to A&E.", True),
        # Help needed by none, shunned, scorned as sought too soon, or put off.
        ("Chest tightness after a cold swim needs no medical attention.", False),
        ("If you get chest pain on a hike, breathe slowly and avoid going to hospital.", False),
        ("Fainting at the gym is normal, people go to A&E way too quickly for it.", False),
        ("My ankle is twice the size, but I'll get it looked at when we land.", False),
        ("Only call the hospital if it lasts a week.", False),
    ],
)
def test_help_is_sent_for_only_when_it_is_sought_now(sentence: str, sends: bool) -> None:
    assert claims._sends_for_help(words_of(sentence)) is sends


def test_an_organ_vouches_for_physiology_only_as_the_subject(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _reads_as(monkeypatch, "mechanism", claims.VERY_SURE / 2)
    # A treatment as the subject, the organ only what it acts on: a myth about it.
    assert learned_kinds("Vaccines clog up your kidneys with metal.") == ["false mechanism"]
    # The organ opening the subject, at its own work: physiology.
    assert learned_kinds("Your kidneys filter waste from the blood into the urine.") == []


def test_all_but_certain_dismissed_care_needs_no_symptom_word_where_help_is_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    refused = "Chewed a button battery but seems happy, so no need to go to A&E, just watch him."
    _reads_as(monkeypatch, "care", claims.VERY_SURE / 2)
    assert learned_kinds(refused) == ["dismisses care"]
    # Help sent for now: nothing is refused.
    assert learned_kinds("Chewed a button battery? Go to A&E now, even if he seems happy.") == []
    # Less certain, a symptom word the patterns know is still needed.
    _reads_as(monkeypatch, "care", (claims.VERY_SURE + claims.SURE_OF_HARM_BELOW) / 2)
    assert learned_kinds(refused) == []


def test_all_but_certain_pushing_on_needs_no_pain_word_where_it_is_told_in_so_many_words(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _reads_as(monkeypatch, "pain", claims.VERY_SURE / 2)
    assert learned_kinds("Post-exertional crash again? Tough it out and do the full walk.") == [
        "pushing through pain"
    ]
    _reads_as(monkeypatch, "pain", (claims.VERY_SURE + claims.SURE_OF_HARM_BELOW) / 2)
    assert learned_kinds("Post-exertional crash again? Tough it out and do the full walk.") == []


@pytest.mark.parametrize(
    ("kind", "sentence"),
    [
        # A stop forbidden, of the pain itself, after the work, or overruled: no stop.
        ("pain", "Don't stop if it hurts, keep lifting."),
        (
            "pain",
            "Knees aching on the tiles? Keep kneeling, they stop aching once they toughen up.",
        ),
        ("pain", "Real roofers work through a sore back, you can rest when the job is done."),
        ("pain", "The leaflet says stop if your hip hurts, but keep going through it anyway."),
        # A negation in a question before the advice denies nothing it tells.
        ("pain", "Shin not right? Keep running on it."),
        # A medicine said not to work is the reason for a change, not its denial.
        ("medicine", "Inhaler not working? Take six puffs instead of two."),
        ("medicine", "If your painkillers don't work take two more."),
        # Safety worded as no limit or no effect.
        ("safety", "Melatonin is only a sleep hormone, so there's no such thing as too many."),
        ("safety", "This herbal sleep tea suits every patient, whatever else they take."),
        ("safety", "Your blood pressure tablets won't affect your driving at all."),
    ],
)
def test_claims_are_read_through_wordings_the_gates_once_turned_away(
    monkeypatch: pytest.MonkeyPatch, kind: str, sentence: str
) -> None:
    reported = {
        "pain": "pushing through pain",
        "medicine": "medicine change",
        "safety": "absolute safety",
    }
    _reads_as(monkeypatch, kind, claims.VERY_SURE / 2)
    assert learned_kinds(sentence) == [reported[kind]]


def test_a_stop_on_a_condition_still_stops(monkeypatch: pytest.MonkeyPatch) -> None:
    _reads_as(monkeypatch, "pain", claims.VERY_SURE / 2)
    assert learned_kinds("Keep going with the lunges, but stop if your knee hurts.") == []


def test_all_but_certain_a_promise_of_permanence_is_not_hedged_by_usually(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    promise = "Our sound bath cures tinnitus for good, usually within a month."
    _reads_as(monkeypatch, "cure", claims.VERY_SURE / 2)
    assert learned_kinds(promise) == ["promise of cure"]
    # Less certain, the hedge still counts.
    _reads_as(monkeypatch, "cure", (claims.VERY_SURE + claims.SURE_BELOW) / 2)
    assert learned_kinds(promise) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Cellulite isn't caused by toxins trapped under the skin; it is ordinary fat.",
        "Claims that foot pads draw out toxins overnight have no scientific basis.",
    ],
)
def test_a_false_process_denied_in_so_many_words_is_a_correction(
    monkeypatch: pytest.MonkeyPatch, sentence: str
) -> None:
    _reads_as(monkeypatch, "mechanism", claims.VERY_SURE / 2)
    assert learned_kinds(sentence) == []
    # The process claimed, nothing denied: reported.
    assert learned_kinds("Foot pads draw toxins out of your body overnight.") == ["false mechanism"]


def test_a_close_runner_up_process_is_named_beside_a_kind_reported(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sentence = "Sudden numbness in one arm is just a blocked energy line, no need for A&E."

    def reads(second: str, share: float) -> list[str]:
        reading = learned.Suspicion("care", 0.01, second, share)
        monkeypatch.setattr(learned, "suspect", lambda text: reading)
        return learned_kinds(sentence)

    assert reads("mechanism", claims.RUNNER_UP_SHARE) == ["dismisses care", "false mechanism"]
    assert reads("mechanism", claims.RUNNER_UP_SHARE / 2) == ["dismisses care"]
    # Alone, a runner-up process is still not trusted: nothing else reported, nothing is.
    reading = learned.Suspicion("safety", 0.01, "mechanism", 0.9)
    monkeypatch.setattr(learned, "suspect", lambda text: reading)
    assert learned_kinds("A blocked energy line in the arm clears with a warm flannel.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Claims that foot pads draw out toxins have no scientific basis, but they work.",
        "My GP calls the foot pads a myth, but trust me, they draw the toxins out.",
    ],
)
def test_a_correction_brushed_aside_is_no_correction(
    monkeypatch: pytest.MonkeyPatch, sentence: str
) -> None:
    _reads_as(monkeypatch, "mechanism", claims.VERY_SURE / 2)
    assert learned_kinds(sentence) == ["false mechanism"]


def test_a_harm_said_to_be_absent_is_the_safety_claimed_not_denied(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _reads_as(monkeypatch, "safety", claims.VERY_SURE / 2)
    claim = "These sleep gummies are gentle, no side effects and fine for toddlers too."
    assert learned_kinds(claim) == ["absolute safety"]
    # Safety itself denied: no claim.
    assert learned_kinds("These sleep gummies are not fine for toddlers.") == []


# --- many units at once (learned.reading_ahead) ----------------------------------------

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def _sentences() -> list[str]:
    texts = [sentence for sentence, _ in LEARNED_ONLY]
    for path in sorted(CORPUS.glob("dangerous-claims-heldout-1*.txt"))[:12]:
        lines = path.read_text(encoding="utf-8").splitlines()
        texts += [line.split(" | ")[0] for line in lines if line and not line.startswith("#")]
    answers = (CORPUS / "medquad-dev.jsonl").read_text(encoding="utf-8").splitlines()[:150]
    texts += [json.loads(line)["answer"] for line in answers]
    # Units the one-by-one reading meets: repeated words and pairs, an address, no word.
    texts += ["Stop stop stop your tablets, stop them now.", "See https://example.org/a-b.", "!!"]
    return texts


def _one_by_one(pieces: list[str]) -> list[learned.Suspicion | None]:
    return [learned.suspect(piece) for piece in pieces]


def test_a_batch_reads_every_unit_as_the_reader_reads_it_alone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    texts = _sentences()
    pieces = [unit.text for text in texts for unit in learned.units(text)]
    alone = _one_by_one(pieces)
    assert sum(found is not None for found in alone) > 100  # the claims are suspected
    cut = [list(learned.units(text)) for text in texts]
    monkeypatch.setattr(learned, "BATCH_FROM", 1)
    with learned.reading_ahead(texts):
        assert len(learned._AHEAD) > 1000
        together = _one_by_one(pieces)
        assert [list(learned.units(text)) for text in texts] == cut  # kept, the same
    assert learned._AHEAD == {} and learned._UNITS_AHEAD == {}  # let go after the block
    for piece, one, other in zip(pieces, alone, together, strict=True):
        assert (one is None) == (other is None), piece
        if one is not None and other is not None:
            assert (one.kind, one.second) == (other.kind, other.second), piece
            assert abs(one.harmless - other.harmless) < 1e-9
            assert abs(one.second_share - other.second_share) < 1e-9


def test_a_few_units_are_read_one_by_one(monkeypatch: pytest.MonkeyPatch) -> None:
    sentence = LEARNED_ONLY[0][0]
    with learned.reading_ahead([sentence]):
        assert learned._AHEAD == {}  # below BATCH_FROM: no numpy, no matrix
        assert learned.suspect(sentence) is not None


def test_lint_of_many_entries_finds_the_learned_claims_it_finds_in_one(tmp_path: Path) -> None:
    # Over BATCH_FROM characters, in one process and in workers: the batch's findings are
    # those of a lint of the one entry that holds the claim.
    sentence, kind = LEARNED_ONLY[1]
    _project(tmp_path, sentence)
    alone = _lint(tmp_path)
    faqs = tmp_path / "kb" / "faqs"
    template = (faqs / "weakness.yaml").read_text(encoding="utf-8")
    filler = " ".join(["Walk a little further each day and rest when you need to."] * 12)
    for n in range(450):
        text = template.replace("id: weakness", f"id: weakness-{n}").replace(sentence, filler)
        (faqs / f"weakness-{n}.yaml").write_text(text, encoding="utf-8")
    many = _lint(tmp_path)
    assert [(f["path"], f["line"], f["message"]) for f in many] == [
        (f["path"], f["line"], f["message"]) for f in alone
    ]
    assert f"risky claim ({kind})" in str(many[0]["message"])


def test_without_numpy_every_unit_is_read_one_by_one(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib

    real_import = importlib.import_module

    def no_numpy(name: str, package: str | None = None) -> object:
        if name == "numpy":
            raise ImportError("no numpy here")
        return real_import(name, package)

    monkeypatch.setattr(importlib, "import_module", no_numpy)
    monkeypatch.setattr(learned, "BATCH_FROM", 1)
    learned._matrix.cache_clear()
    try:
        sentence = LEARNED_ONLY[0][0]
        alone = learned.suspect(sentence)
        assert alone is not None
        with learned.reading_ahead([sentence] * 3):
            assert learned._AHEAD == {}  # no batch: nothing read ahead
            assert learned.suspect(sentence) == alone
    finally:
        learned._matrix.cache_clear()  # the next test builds the real one again


@pytest.mark.parametrize("scaled", [True, False])
def test_the_models_arrays_hold_exactly_the_numbers_read_line_by_line(scaled: bool) -> None:
    np = pytest.importorskip("numpy")
    read = learned.model()
    lines = read.scaled if scaled else read.features
    grams, idf, weights = lines.as_arrays(np)
    assert grams == list(lines.vocabulary)
    for row in (0, 1, len(grams) // 2, len(grams) - 1):
        one_by_one = lines[grams[row]]
        assert idf[row] == one_by_one[0]  # the same float, not merely a close one
        assert tuple(weights[row].tolist()) == one_by_one[1]


def test_a_model_whose_lines_hold_unlike_counts_of_numbers_makes_no_arrays() -> None:
    np = pytest.importorskip("numpy")
    lines = learned.parse_model(
        '{"classes": ["a", "b"], "intercepts": [0.1, 0.2], "features": {\n'
        '"pain": [2.0, 0.5, 0.25],\n'
        '"back pain": [3.0, 1.0],\n'
        '"neck": [3.0],\n'
        "}}\n"
    ).scaled
    with pytest.raises(ValueError, match="as many numbers"):
        lines.as_arrays(np)  # 6 numbers for 3 rows: reshaped, they would read as 2 each
