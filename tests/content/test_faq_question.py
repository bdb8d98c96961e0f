"""An FAQ's answer is read after its question, as a patient reads them together."""

from __future__ import annotations

import pytest
from content_support import copy_case, lint_json

FAQ = """id: is-cracking-safe
type: faq
title: Is it safe when my back cracks?
summary: What a cracking sound during a stretch means.
language: en
authors:
  - ann-author
question: {question}
answer: {answer}
related:
  - move-gently
review:
  status: draft
"""


def _risky(tmp_path, monkeypatch, question: str, answer: str) -> list[tuple[int, int, str]]:
    root = copy_case("risky-claim-pass", tmp_path)
    (root / "kb" / "faqs" / "is-cracking-safe.yaml").write_text(
        FAQ.format(question=question, answer=answer), encoding="utf-8"
    )
    monkeypatch.chdir(root)
    _, findings = lint_json(root)
    return [
        (int(f["line"]), int(f["column"]), str(f["message"]))
        for f in findings
        if f["rule"] == "risky-claim"
    ]


@pytest.mark.parametrize(
    ("question", "answer", "kind"),
    [
        # The red flag is named only in the question; the answer puts care off (each
        # answer alone is no claim).
        (
            "Should I call someone if my father is suddenly confused and slurring his words?",
            "No, let him sleep; it usually passes by the morning.",
            "dismisses care",
        ),
        (
            "Should I go to hospital for chest pain that spreads to my left arm?",
            "No, that is just a pulled muscle, so rest at home for a few days.",
            "dismisses care",
        ),
    ],
)
def test_an_answer_that_dismisses_its_questions_red_flag_is_reported_on_the_answer(
    tmp_path, monkeypatch, question, answer, kind
):
    found = _risky(tmp_path, monkeypatch, question, answer)
    # line 9 is the answer; its first column is 9 ("answer: " is eight characters)
    assert [line for line, _, _ in found] == [9], found
    _, column, message = found[0]
    assert column >= 9 and f"({kind})" in message, found


def test_an_answer_that_sends_for_help_is_not_reported(tmp_path, monkeypatch):
    found = _risky(
        tmp_path,
        monkeypatch,
        "Should I call someone if my father is suddenly confused and slurring his words?",
        "Yes. Call the emergency number now: these can be signs of a stroke.",
    )
    assert found == []


def test_the_question_alone_is_no_claim(tmp_path, monkeypatch):
    found = _risky(
        tmp_path,
        monkeypatch,
        "Is chest pain at rest something to worry about?",
        "Yes. Call the emergency number now for chest pain at rest.",
    )
    assert found == []


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # Short answers say nothing without their question, and are read alone.
        ("Will my back pain come back?", "It may."),
        ("Will the pain return if I stop the exercises?", "It might, so keep doing them."),
        ("Do I need to keep taking my inhaler once I feel better?", "Yes. Keep using it daily."),
        # No to resting is no to help refused: gentle movement is the advice.
        ("Should I stay in bed with back pain?", "No. Try to keep moving gently."),
        ("Is a headache after a fall serious?", "It can be. Go to A&E if you feel sick."),
    ],
)
def test_answers_that_are_no_claim_stay_quiet_after_their_question(
    tmp_path, monkeypatch, question, answer
):
    assert _risky(tmp_path, monkeypatch, question, answer) == []
