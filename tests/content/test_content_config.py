"""Content-rule options and levels come from carekb.yaml; bad ones are config errors."""

from __future__ import annotations

import pytest
from content_support import copy_case, lint_json, run_cli

HEADER = "name: content case\norganisation:\n  name: Test clinic\nlint:\n  rules:\n"


def _project(tmp_path, monkeypatch, rules: str, case: str = "risky-claim-fail"):
    """A copy of ``case`` whose carekb.yaml has ``rules`` under lint.rules."""
    root = copy_case(case, tmp_path)
    (root / "carekb.yaml").write_text(HEADER + rules, encoding="utf-8")
    monkeypatch.chdir(root)
    return root


@pytest.mark.parametrize(
    ("rules", "where", "message"),
    [
        # the error names the line of the unknown option itself (line 8)
        (
            "    reading-level:\n      max_grade: 6\n      max_grad: 6\n",
            "carekb.yaml:8:7",
            "no option 'max_grad'",
        ),
        ("    jargon:\n      terms_extra: []\n", "carekb.yaml:7:7", "no option 'terms_extra'"),
        ("    reading-level:\n      max_grade: eight\n", "carekb.yaml:7:7", "should be float"),
        ("    risky-claim:\n      phrases: a cure\n", "carekb.yaml:7:7", "should be list"),
        # items of word lists are checked when the rule reads them
        (
            "    risky-claim:\n      extra_phrases:\n        - phrase: wonder stretch\n"
            "          suggest: gentle stretch\n",
            "carekb.yaml:8:11",
            "item 1 of option 'extra_phrases' of rule 'risky-claim' needs 'reason'",
        ),
        (
            "    jargon:\n      extra_terms:\n        - term: scapula\n          explain: x\n"
            "        - scapula\n",
            "carekb.yaml:10:11",
            "item 2 of option 'extra_terms' of rule 'jargon' should be a map",
        ),
        (
            "    safety-content:\n      safety_questions: [is it safe, 3]\n",
            "carekb.yaml:7:38",
            "item 2 of option 'safety_questions'",
        ),
    ],
)
def test_bad_options_are_configuration_errors_naming_the_line(
    tmp_path, monkeypatch, rules, where, message
):
    root = _project(tmp_path, monkeypatch, rules)
    result = run_cli("lint", "--root", root)
    assert result.exit_code == 2, result.output
    assert where in result.output, result.output
    assert message in result.output, result.output
    assert "Traceback" not in result.output


def test_listed_phrases_and_extra_phrases_are_reported_as_well(tmp_path, monkeypatch):
    rules = (
        "    risky-claim:\n"
        "      phrases:\n"
        "        - {phrase: 100% safe, reason: nothing is, suggest: usually safe}\n"
        "      extra_phrases:\n"
        "        - {phrase: feel better, reason: a promise, suggest: may feel better}\n"
    )
    root = _project(tmp_path, monkeypatch, rules)
    _, findings = lint_json(root)
    messages = [str(f["message"]) for f in findings if f["rule"] == "risky-claim"]
    listed = sorted(m.split('"')[1] for m in messages if m.startswith("risky claim (listed"))
    assert listed == ["feel better"]  # "100% safe" is found by meaning first, once
    assert any('(listed phrase): "feel better": a promise' in m for m in messages)
    assert any('(absolute safety): "100% safe"' in m for m in messages)


def test_negations_can_be_switched_off(tmp_path, monkeypatch):
    rules = "    risky-claim:\n      negations: []\n"
    root = _project(tmp_path, monkeypatch, rules, "risky-claim-pass")
    _, findings = lint_json(root)
    assert [(f["rule"], f["line"]) for f in findings] == [("risky-claim", 9)]  # "does not cure"


def test_a_level_from_the_config_silences_or_downgrades(tmp_path, monkeypatch):
    root = _project(tmp_path, monkeypatch, "    risky-claim: off\n")
    exit_code, findings = lint_json(root)
    assert (exit_code, findings) == (0, [])

    (root / "carekb.yaml").write_text(HEADER + "    risky-claim: warning\n", encoding="utf-8")
    exit_code, findings = lint_json(root)
    assert exit_code == 0
    assert {f["level"] for f in findings} == {"warning"} and len(findings) == 8


def test_unused_suppression_can_be_turned_off(tmp_path, monkeypatch):
    rules = "    unused-suppression: off\n"
    root = _project(tmp_path, monkeypatch, rules, "unused-suppression")
    assert lint_json(root) == (0, [])


def test_min_words_and_show_sentences(tmp_path, monkeypatch):
    rules = "    reading-level:\n      min_words: 1000\n"
    root = _project(tmp_path, monkeypatch, rules, "reading-level-fail")
    assert lint_json(root) == (0, [])

    rules = "    reading-level:\n      show_sentences: 1\n"
    (root / "carekb.yaml").write_text(HEADER + rules, encoding="utf-8")
    _, findings = lint_json(root)
    assert str(findings[0]["message"]).count(" words, grade ") == 1
