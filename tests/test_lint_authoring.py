"""``carekb lint`` as authors' tools use it: selection, summaries, SARIF, stdin, repairs."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

import carekb
from carekb.load.reader import load_path
from conftest import TESTS_DIR

AMBIGUOUS = TESTS_DIR / "hostile" / "cases" / "yaml-1-1-values"

# The SARIF 2.1.0 JSON Schema itself (OASIS; tests/sarif/README.md says where it is from).
RST_LITERAL = re.compile(r"(?<!`)``(?!`)")  # reStructuredText's ``literal``, not a fence
SARIF_SCHEMA = json.loads((TESTS_DIR / "sarif" / "sarif-2.1.0-rtm.5.json").read_text("utf-8"))


def _check_sarif(log: dict) -> None:
    """``log`` is valid SARIF 2.1.0: the official schema, every format checked."""
    validator = jsonschema.Draft4Validator(SARIF_SCHEMA, format_checker=jsonschema.FormatChecker())
    errors = sorted(validator.iter_errors(log), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:5])


@pytest.fixture
def ambiguous(tmp_path, monkeypatch):
    """A copy of a knowledge base whose FAQ has three unquoted YAML 1.1 values."""
    case = tmp_path / "case"
    shutil.copytree(AMBIGUOUS, case)
    (case / "expected.txt").unlink()
    monkeypatch.chdir(case)
    return case


FAQ = "kb/faqs/ambiguous.yaml"


# --- selection and summaries ---------------------------------------------------


def test_select_and_ignore_pick_rules(ambiguous, run, copy_case, monkeypatch):
    monkeypatch.chdir(copy_case("dangling-reference"))
    everything = run("lint").stdout.splitlines()[:-1]
    assert {line.split()[2] for line in everything} == {"dangling-reference"}
    selected = run("lint", "--select", "dangling-reference")
    assert selected.stdout.splitlines()[:-1] == everything
    ignored = run("lint", "--ignore", "dangling-reference")
    assert ignored.exit_code == 0
    assert ignored.stdout.splitlines() == ["6 files, 5 entries checked: 0 errors, 0 warnings"]
    other = run("lint", "--select", "yaml-ambiguous", "--select", "schema")
    assert other.exit_code == 0
    assert other.stdout.endswith("0 errors, 0 warnings\n")


def test_an_unknown_rule_id_is_a_usage_error_with_a_suggestion(ambiguous, run):
    result = run("lint", "--ignore", "yaml-ambigous")
    assert result.exit_code == 2
    assert "no lint rule 'yaml-ambigous'; did you mean 'yaml-ambiguous'?" in result.output


def test_quiet_statistics_and_exit_zero(ambiguous, run, copy_case, monkeypatch):
    quiet = run("lint", "--quiet")
    assert quiet.exit_code == 0
    assert len(quiet.stdout.splitlines()) == 3  # the findings, no summary
    assert "checked" not in quiet.output
    stats = run("lint", "--statistics", "-q")
    assert stats.stdout == "3  warning  yaml-ambiguous\n"
    monkeypatch.chdir(copy_case("dangling-reference"))
    assert run("lint").exit_code == 1
    zero = run("lint", "--exit-zero")
    assert zero.exit_code == 0
    assert "7 errors" in zero.stdout


# --- JSON and SARIF ------------------------------------------------------------


def test_json_findings_carry_their_end_and_repair(ambiguous, run):
    findings = json.loads(run("lint", "--format", "json").stdout)
    first = findings[0]
    assert (first["line"], first["column"], first["end_line"], first["end_column"]) == (3, 8, 3, 11)
    assert first["fix"] == {"replacement": '"Yes"', "safe": True}
    line = (ambiguous / FAQ).read_text(encoding="utf-8").splitlines()[2]
    assert line[first["column"] - 1 : first["end_column"] - 1] == "Yes"


def test_json_findings_without_a_known_end_say_so(copy_case, run, monkeypatch):
    monkeypatch.chdir(copy_case("dangling-reference"))
    finding = json.loads(run("lint", "--format", "json").stdout)[0]
    assert finding["end_line"] is None
    assert finding["end_column"] is None
    assert finding["fix"] is None


def test_sarif_has_the_structure_code_scanning_needs(ambiguous, run):
    result = run("lint", "--format", "sarif")
    assert result.exit_code == 0
    log = json.loads(result.stdout)
    _check_sarif(log)
    run_ = log["runs"][0]
    rules = run_["tool"]["driver"]["rules"]
    assert run_["tool"]["driver"]["version"] == carekb.__version__
    by_id = {rule["id"]: rule for rule in rules}
    help_ = by_id["yaml-ambiguous"]["help"]  # the rule's documentation, for people to read
    assert "YAML 1.1" in help_["text"]
    assert "``" not in help_["text"] and not RST_LITERAL.search(help_["markdown"])
    assert "```yaml\nlanguage: no\nsummary: 2024-05-01\n```" in help_["markdown"]
    assert not any(RST_LITERAL.search(rule["help"]["markdown"]) for rule in rules)
    [first, *_] = run_["results"]
    assert rules[first["ruleIndex"]]["id"] == first["ruleId"] == "yaml-ambiguous"
    location = first["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == FAQ
    assert location["region"] == {"startLine": 3, "startColumn": 8, "endLine": 3, "endColumn": 11}
    [replacement] = first["fixes"][0]["artifactChanges"][0]["replacements"]
    assert replacement["insertedContent"]["text"] == '"Yes"'


def test_sarif_of_errors_without_fixes(copy_case, run, monkeypatch):
    monkeypatch.chdir(copy_case("dangling-reference"))
    result = run("lint", "--format", "sarif")
    assert result.exit_code == 1
    log = json.loads(result.stdout)
    _check_sarif(log)
    levels = {r["level"] for r in log["runs"][0]["results"]}
    assert levels == {"error"}
    assert all("fixes" not in r for r in log["runs"][0]["results"])


# --- standard input ------------------------------------------------------------


def _carekb(*args: str, cwd: Path, stdin: str = "") -> subprocess.CompletedProcess[str]:
    """carekb from this source tree as a real process."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CAREKB_", "GITHUB_"))}
    env["PYTHONPATH"] = str(Path(carekb.__file__).parent.parent)
    return subprocess.run(
        [sys.executable, "-c", "from carekb.cli.main import main; main()", *args],
        cwd=cwd,
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_stdin_is_linted_as_the_named_file(ambiguous):
    text = (ambiguous / FAQ).read_text(encoding="utf-8").replace("title: Yes", 'title: "Yes"')
    done = _carekb("lint", "-", "--stdin-filename", FAQ, cwd=ambiguous, stdin=text)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    # The unsaved text stands in for the file: its quoted title is no longer reported.
    assert [line.split(":")[:3] for line in lines[:-1]] == [[FAQ, "4", "10"], [FAQ, "9", "9"]]
    assert lines[-1] == "1 file, 1 entry checked: 0 errors, 2 warnings"
    assert "title: Yes" in (ambiguous / FAQ).read_text(encoding="utf-8")  # disk untouched


def test_stdin_of_a_file_not_yet_saved(ambiguous, run):
    text = "id: brand-new\ntype: faq\ntitle: no\n"
    result = run("lint", "-", "--stdin-filename", "kb/faqs/brand-new.yaml", input=text)
    assert result.exit_code == 1
    assert result.stdout.startswith("kb/faqs/brand-new.yaml:")
    assert "kb/faqs/brand-new.yaml:3:8: warning yaml-ambiguous" in result.stdout
    assert not (ambiguous / "kb/faqs/brand-new.yaml").exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("-",), "needs --stdin-filename"),
        (("--stdin-filename", "kb/faqs/x.yaml"), "needs PATH '-'"),
        (("-", "kb", "--stdin-filename", "kb/faqs/x.yaml"), "cannot be mixed"),
        (("-", "--stdin-filename", "kb/faqs/x.yaml", "--fix"), "not on standard input"),
    ],
)
def test_stdin_usage_errors(ambiguous, run, args, message):
    result = run("lint", *args, input="")
    assert result.exit_code == 2
    assert message in result.output


# --- repairs -------------------------------------------------------------------


def test_diff_shows_the_repairs_and_changes_nothing(ambiguous, run):
    before = (ambiguous / FAQ).read_bytes()
    result = run("lint", "--diff")
    assert result.exit_code == 1
    assert result.stdout.startswith(f"--- a/{FAQ}\n+++ b/{FAQ}\n")
    assert '-title: Yes\n-summary: 2024-05-01\n+title: "Yes"\n' in result.stdout
    assert '+answer: "no"\n' in result.stdout
    assert (ambiguous / FAQ).read_bytes() == before


def test_fix_quotes_values_keeping_comments_and_the_review_block(ambiguous, run):
    path = ambiguous / FAQ
    original = path.read_text(encoding="utf-8")
    # A comment and a review block holding an ambiguous-looking date: both must survive.
    edited = original.replace("answer: no\n", "answer: no  # keep this comment\n")
    path.write_text(edited, encoding="utf-8")
    result = run("lint", "--fix")
    assert result.exit_code == 0
    assert f"fixed 3 findings in {FAQ} (yaml-ambiguous)" in result.stderr
    assert result.stdout.splitlines() == ["3 files, 2 entries checked: 0 errors, 0 warnings"]
    assert path.read_text(encoding="utf-8") == (
        edited.replace("title: Yes", 'title: "Yes"')
        .replace("summary: 2024-05-01", 'summary: "2024-05-01"')
        .replace("answer: no ", 'answer: "no" ')
    )
    again = run("lint", "--fix")
    assert "fixed" not in again.stderr


def test_fix_leaves_a_review_block_alone(ambiguous, run):
    path = ambiguous / FAQ
    text = path.read_text(encoding="utf-8").replace(
        "  status: draft\n", "  status: draft\n  note: no\n"
    )
    path.write_text(text, encoding="utf-8")
    result = run("lint", "--fix")
    assert f"fixed 3 findings in {FAQ}" in result.stderr
    fixed = path.read_text(encoding="utf-8")
    assert 'title: "Yes"' in fixed
    assert "  note: no\n" in fixed
    # Still reported, for the reviewers' tools to settle, but never repaired here.
    assert f"{FAQ}:12:9: warning yaml-ambiguous" in result.stdout


def test_fix_keeps_crlf_and_byte_order_mark(ambiguous, run):
    path = ambiguous / FAQ
    raw = b"\xef\xbb\xbf" + path.read_bytes().replace(b"\n", b"\r\n")
    path.write_bytes(raw)
    run("lint", "--fix")
    assert path.read_bytes() == raw.replace(b"title: Yes", b'title: "Yes"').replace(
        b"summary: 2024-05-01", b'summary: "2024-05-01"'
    ).replace(b"answer: no", b'answer: "no"')


# --- the walk-through: carekb new, help text ---------------------------------------


def test_new_warns_about_an_author_not_on_the_roster(copy_case, run, monkeypatch):
    case = copy_case("clean")
    monkeypatch.chdir(case)
    typo = run("new", "faq", "Can I stretch daily?", "--author", "ann-autor")
    assert typo.exit_code == 0  # written anyway: the person may be joining the roster
    assert "warning: 'ann-autor' is not on the roster (kb/people.yaml); did you mean " in (
        typo.stderr
    )
    assert "'ann-author'?" in typo.stderr
    stranger = run("new", "faq", "Is heat better than ice?", "--author", "zz-nobody")
    assert "ask a lead to add you" in stranger.stderr
    known = run("new", "faq", "How long should I hold?", "--author", "ann-author")
    assert known.stderr == ""


def test_new_technique_stop_if_reads_after_its_heading(copy_case, run, monkeypatch):
    case = copy_case("clean")
    monkeypatch.chdir(case)
    run("new", "technique", "Wall angel", "--author", "ann-author")
    doc = load_path(case / "kb/techniques/wall-angel.yaml", "x")
    # Exports print it under "Stop and get advice if you have": a symptom, not a sentence.
    [symptom] = doc.data["stop_if"]
    assert symptom == "Sharp pain, numbness or tingling"


@pytest.mark.parametrize("args", [("lint", "--help"), ("rules",)])
def test_terminal_text_has_no_restructuredtext_backticks(run, args):
    result = run(*args)
    assert result.exit_code == 0
    assert "``" not in result.output
    if args[0] == "lint":
        assert "An entry's id equals its file name" in result.output
