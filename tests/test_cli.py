"""The command line, through click's CliRunner and once as a real process."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from carekb import __version__
from carekb.load.reader import load_path

TEXT_FINDING = re.compile(r"^(?P<path>[^:\s]+):(\d+):(\d+): (error|warning) ([a-z][a-z-]*) \S.*$")
SUMMARY = re.compile(
    r"^\d+ files?, \d+ (entry|entries) checked: \d+ errors?, \d+ warnings?( \(.*\))?$"
)

# The config line numbers below are asserted in the configuration-error tests.
CONFIG_HEAD = "name: case\norganisation:\n  name: Test clinic\n"


def _write_config(case: Path, lint_block: str) -> None:
    (case / "carekb.yaml").write_text(CONFIG_HEAD + lint_block, encoding="utf-8")


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


# --- top level -----------------------------------------------------------------


def test_help_lists_the_commands(run):
    result = run("--help")
    assert result.exit_code == 0
    for command in ("lint", "schema", "new", "init"):
        assert re.search(rf"^\s+{command}\s", result.output, re.MULTILINE), command


def test_version(run):
    result = run("--version")
    assert result.exit_code == 0
    assert __version__ in result.output
    assert "carekb" in result.output


def test_unknown_command_is_a_usage_error(run):
    result = run("lintt")
    assert result.exit_code == 2
    assert "Traceback" not in result.output


# --- lint output formats -------------------------------------------------------


def test_lint_text_format(copy_case, run, monkeypatch):
    case = copy_case("dangling-reference")
    monkeypatch.chdir(case)
    result = run("lint", "--format", "text")
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines, result.output
    *findings, summary = lines
    assert len(findings) == 7
    for line in findings:
        assert TEXT_FINDING.match(line), line
    assert (
        "kb/techniques/cat-cow.yaml:17:5: error dangling-reference no precaution with id "
        "'move-gentle'; did you mean 'move-gently'?"
    ) in findings
    assert SUMMARY.match(summary), summary
    positions = [line.split(": ", 1)[0].split(":") for line in findings]
    assert positions == sorted(positions, key=lambda p: (p[0], int(p[1]), int(p[2])))
    assert summary.startswith("6 files, 5 entries checked: 7 errors, 0 warnings")


def test_lint_text_is_the_default_format(copy_case, run, monkeypatch):
    case = copy_case("duplicate-key")
    monkeypatch.chdir(case)
    result = run("lint")
    assert result.exit_code == 1
    assert result.stdout.startswith("kb/faqs/twice.yaml:5:1: error yaml-syntax duplicate key")


def test_lint_clean_text_prints_only_the_summary(copy_case, run, monkeypatch):
    case = copy_case("clean")
    monkeypatch.chdir(case)
    result = run("lint")
    assert result.exit_code == 0
    assert result.stdout.splitlines() == ["5 files, 4 entries checked: 0 errors, 0 warnings"]


def test_lint_paths_are_relative_to_the_working_folder(copy_case, run, monkeypatch):
    case = copy_case("duplicate-key")
    monkeypatch.chdir(case / "kb")
    result = run("lint")  # the project is found upward from kb/
    assert result.exit_code == 1
    assert result.stdout.startswith("faqs/twice.yaml:5:1: error yaml-syntax")


@pytest.mark.parametrize("where", [".", "kb", "kb/faqs", "..", "../elsewhere"])
def test_every_finding_path_is_shown_as_relpath_shows_it(tmp_path, monkeypatch, where):
    # The report works out each folder's place once; a file's shown path must still be
    # exactly os.path.relpath's from wherever carekb runs (inside the project too, where
    # "kb/faqs" seen from "kb" is "faqs", not "../kb/faqs").
    from carekb.model import Finding, Level
    from carekb.report import text

    root = tmp_path / "project"
    (root / "kb" / "faqs").mkdir(parents=True)
    (tmp_path / "elsewhere").mkdir()
    monkeypatch.chdir(root / where)
    paths = ["kb/faqs/a.yaml", "kb/faqs/b.yaml", "kb/people.yaml", "carekb.yaml", "kb", ""]
    paths.append(str(tmp_path / "outside.yaml"))
    findings = [Finding(path, 1, 1, "schema", "m", Level.ERROR) for path in paths]
    shown = [line.split(":1:1:")[0] for line in text(findings, root).splitlines()]
    assert shown == [os.path.relpath(root / path) for path in paths]


def test_lint_json_format(copy_case, run, monkeypatch):
    case = copy_case("roster-duplicate")
    monkeypatch.chdir(case)
    result = run("lint", "--format", "json")
    assert result.exit_code == 1
    findings = json.loads(result.stdout)  # the summary goes to stderr, keeping stdout JSON
    assert findings == [
        {
            "path": "kb/people.yaml",
            "line": 10,
            "column": 9,
            "rule": "roster",
            "level": "error",
            "message": findings[0]["message"],
            "entry_id": None,
            "end_line": None,
            "end_column": None,
            "fix": None,
        }
    ]
    assert "1 error" in result.stderr


def test_lint_json_names_the_entry(copy_case, run, monkeypatch):
    monkeypatch.chdir(copy_case("schema-bad-enum"))
    result = run("lint", "--format", "json")
    [finding] = json.loads(result.stdout)
    assert finding["entry_id"] == "too-severe"
    assert finding["path"] == "kb/precautions/too-severe.yaml"
    assert (finding["line"], finding["column"]) == (8, 11)


def test_lint_json_clean_is_an_empty_list(copy_case, run, monkeypatch):
    monkeypatch.chdir(copy_case("clean"))
    result = run("lint", "--format", "json")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == []


def test_lint_github_format(copy_case, run, monkeypatch):
    case = copy_case("schema-bad-enum")
    monkeypatch.chdir(case)
    result = run("lint", "--format", "github")
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(
        "::error file=kb/precautions/too-severe.yaml,line=8,col=11,title=schema::"
    )
    assert "dangerous" in lines[0]


def test_lint_github_format_escapes_messages(copy_case, run, monkeypatch):
    # Commas and colons in a file name would break the annotation's properties.
    case = copy_case("id-filename-mismatch")
    (case / "kb/faqs/posture.yaml").rename(case / "kb/faqs/a,b:c.yaml")
    monkeypatch.chdir(case)
    result = run("lint", "--format", "github")
    assert result.exit_code == 1
    assert result.stdout.startswith("::error file=kb/faqs/a%2Cb%3Ac.yaml,line=1,col=5,")


def test_github_actions_picks_github_format(copy_case, run, monkeypatch):
    monkeypatch.chdir(copy_case("schema-bad-enum"))
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    result = run("lint")
    assert result.exit_code == 1
    assert result.stdout.startswith("::error file=kb/precautions/too-severe.yaml,line=8,col=11")


def test_explicit_format_wins_over_github_actions(copy_case, run, monkeypatch):
    monkeypatch.chdir(copy_case("schema-bad-enum"))
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    result = run("lint", "--format", "text")
    assert result.stdout.startswith("kb/precautions/too-severe.yaml:8:11: error schema ")


def test_warning_annotation_under_github(copy_case, run, monkeypatch):
    case = copy_case("schema-bad-enum")
    _write_config(case, "lint:\n  rules:\n    schema: warning\n")
    monkeypatch.chdir(case)
    result = run("lint", "--format", "github")
    assert result.exit_code == 0
    assert result.stdout.startswith("::warning file=kb/precautions/too-severe.yaml,line=8,col=11")


# --- levels, --strict and configuration errors ---------------------------------


def test_warning_level_exits_0_and_strict_exits_1(copy_case, run, monkeypatch):
    case = copy_case("dangling-reference")
    _write_config(case, "lint:\n  rules:\n    dangling-reference: warning\n")
    monkeypatch.chdir(case)

    relaxed = run("lint", "--format", "json")
    assert relaxed.exit_code == 0, relaxed.output
    findings = json.loads(relaxed.stdout)
    assert len(findings) == 7
    assert {f["level"] for f in findings} == {"warning"}

    strict = run("lint", "--format", "json", "--strict")
    assert strict.exit_code == 1
    assert json.loads(strict.stdout) == findings


def test_level_as_a_mapping(copy_case, run, monkeypatch):
    case = copy_case("dangling-reference")
    _write_config(case, "lint:\n  rules:\n    dangling-reference: {level: warning}\n")
    monkeypatch.chdir(case)
    result = run("lint", "--format", "json")
    assert result.exit_code == 0, result.output
    assert {f["level"] for f in json.loads(result.stdout)} == {"warning"}


def test_strict_on_a_clean_kb_exits_0(copy_case, run, monkeypatch):
    monkeypatch.chdir(copy_case("clean"))
    assert run("lint", "--strict").exit_code == 0


def test_level_off_silences_a_rule(copy_case, run, monkeypatch):
    case = copy_case("dangling-reference")
    _write_config(case, "lint:\n  rules:\n    dangling-reference: off\n")
    monkeypatch.chdir(case)
    result = run("lint", "--format", "json", "--strict")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == []


def test_unknown_rule_is_a_config_error_naming_its_line(copy_case, run, monkeypatch):
    case = copy_case("clean")
    _write_config(case, "lint:\n  rules:\n    schema: error\n    no-such-rule: warning\n")
    monkeypatch.chdir(case)
    result = run("lint")
    assert result.exit_code == 2
    assert "carekb.yaml:7:5:" in result.output
    assert "no-such-rule" in result.output
    assert "Traceback" not in result.output


def test_unknown_rule_option_is_a_config_error_naming_its_line(copy_case, run, monkeypatch):
    case = copy_case("clean")
    _write_config(
        case, "lint:\n  rules:\n    dangling-reference:\n      level: warning\n      max: 3\n"
    )
    monkeypatch.chdir(case)
    result = run("lint")
    assert result.exit_code == 2
    assert "carekb.yaml:8:7:" in result.output
    assert "max" in result.output
    assert "Traceback" not in result.output


def test_bad_rule_level_is_a_config_error_naming_its_line(copy_case, run, monkeypatch):
    case = copy_case("clean")
    _write_config(case, "lint:\n  rules:\n    schema: loud\n")
    monkeypatch.chdir(case)
    result = run("lint")
    assert result.exit_code == 2
    assert "carekb.yaml:6:13:" in result.output
    assert "loud" in result.output
    assert "Traceback" not in result.output


def test_invalid_yaml_in_config_is_a_config_error(copy_case, run, monkeypatch):
    case = copy_case("clean")
    (case / "carekb.yaml").write_text("name: case\nname: again\n", encoding="utf-8")
    monkeypatch.chdir(case)
    result = run("lint")
    assert result.exit_code == 2
    assert "carekb.yaml:2:1:" in result.output
    assert "Traceback" not in result.output


# --- lint PATH -----------------------------------------------------------------


def test_lint_path_reports_only_files_under_it(copy_case, run, monkeypatch):
    case = copy_case("dangling-reference")
    monkeypatch.chdir(case)
    result = run("lint", "--format", "json", "kb/techniques")
    assert result.exit_code == 1
    paths = {f["path"] for f in json.loads(result.stdout)}
    assert paths == {"kb/techniques/cat-cow.yaml"}


def test_lint_single_file_still_checks_references(copy_case, run, monkeypatch):
    case = copy_case("dangling-reference")
    monkeypatch.chdir(case)
    result = run("lint", "--format", "json", "kb/faqs/is-cracking-safe.yaml")
    assert result.exit_code == 1
    findings = json.loads(result.stdout)
    # 'cat-cow' resolves against the whole knowledge base; only the unknown id is reported.
    assert [(f["path"], f["line"], f["rule"]) for f in findings] == [
        ("kb/faqs/is-cracking-safe.yaml", 12, "dangling-reference")
    ]
    assert "1 file, 1 entry checked" in result.stderr


def test_lint_path_with_clean_files_exits_0(copy_case, run, monkeypatch):
    case = copy_case("dangling-reference")
    monkeypatch.chdir(case)
    result = run("lint", "kb/people.yaml")
    assert result.exit_code == 0, result.output


def test_lint_missing_path_is_a_usage_error(copy_case, run, monkeypatch):
    monkeypatch.chdir(copy_case("clean"))
    result = run("lint", "kb/nowhere")
    assert result.exit_code == 2


def test_lint_path_outside_kb(copy_case, run, monkeypatch):
    # 'carekb lint examples/' checks files outside kb/ against the same roster and ids.
    case = copy_case("clean")
    (case / "examples").mkdir()
    bad = (case / "kb/precautions/move-gently.yaml").read_text(encoding="utf-8")
    bad = bad.replace("id: move-gently", "id: take-care")
    bad = bad.replace("severity: caution", "severity: dangerous")
    (case / "examples/take-care.yaml").write_text(bad, encoding="utf-8")
    monkeypatch.chdir(case)

    everything = run("lint", "--format", "json")
    assert everything.exit_code == 0, "files outside kb/ are linted only when named"

    result = run("lint", "--format", "json", "examples")
    assert result.exit_code == 1
    findings = json.loads(result.stdout)
    assert [(f["path"], f["line"], f["column"], f["rule"]) for f in findings] == [
        ("examples/take-care.yaml", 8, 11, "schema")
    ]


def test_non_yaml_files_in_kb_are_counted_in_the_summary(copy_case, run, monkeypatch):
    case = copy_case("clean")
    (case / "kb/README.md").write_text("notes\n", encoding="utf-8")
    monkeypatch.chdir(case)
    result = run("lint")
    assert result.exit_code == 0
    assert "(1 non-YAML file in kb/ ignored)" in result.stdout


def test_unknown_format_is_a_usage_error(copy_case, run, monkeypatch):
    monkeypatch.chdir(copy_case("clean"))
    result = run("lint", "--format", "xml")
    assert result.exit_code == 2


# --- no project ------------------------------------------------------------------


def test_no_project_found_exits_2_with_a_hint(tmp_path, run, monkeypatch):
    empty = tmp_path / "not-a-project"
    empty.mkdir()
    monkeypatch.chdir(empty)
    result = run("lint")
    assert result.exit_code == 2
    assert "carekb.yaml" in result.output
    assert "hint:" in result.output
    assert "Traceback" not in result.output


def test_root_without_config_exits_2_with_a_hint(tmp_path, run):
    result = run("lint", "--root", tmp_path)
    assert result.exit_code == 2
    assert "hint:" in result.output
    assert "Traceback" not in result.output


def test_carekb_root_environment_variable(copy_case, run, tmp_path, monkeypatch):
    case = copy_case("roster-duplicate")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    monkeypatch.setenv("CAREKB_ROOT", str(case))
    result = run("lint", "--format", "json")
    assert result.exit_code == 1
    assert [f["line"] for f in json.loads(result.stdout)] == [10]


# --- schema ----------------------------------------------------------------------


def test_schema_lists_the_schemas(run):
    result = run("schema")
    assert result.exit_code == 0
    names = result.output.split()
    for name in ("technique", "precaution", "faq", "handout", "people", "config"):
        assert name in names


@pytest.mark.parametrize("kind", ["technique", "precaution", "faq", "handout", "people", "config"])
def test_schema_prints_json_schema(run, kind):
    result = run("schema", kind)
    assert result.exit_code == 0
    schema = json.loads(result.output)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["type"] == "object"


def test_schema_unknown_type_is_a_usage_error(run):
    result = run("schema", "recipe")
    assert result.exit_code == 2


# --- init --------------------------------------------------------------------------


def test_init_creates_a_kb_that_lints_clean(tmp_path, run):
    target = tmp_path / "new-kb"
    result = run("init", target)
    assert result.exit_code == 0, result.output
    assert (target / "carekb.yaml").is_file()
    assert (target / "kb/people.yaml").is_file()
    for folder in ("techniques", "precautions", "faqs", "handouts"):
        assert (target / "kb" / folder).is_dir()
    assert (target / "schemas/technique.schema.json").is_file()

    # The example person is a placeholder: an error until replaced (then clean).
    lint = run("lint", "--root", target, "--strict", "--format", "json")
    found = [(f["rule"], f["path"]) for f in json.loads(lint.stdout)]
    assert [(rule, path.endswith("kb/people.yaml")) for rule, path in found] == [
        ("placeholder-text", True)
    ]
    roster = target / "kb" / "people.yaml"
    text = roster.read_text(encoding="utf-8")
    roster.write_text(text.replace("Editor (replace with a real person)", "Ann Editor"))
    lint = run("lint", "--root", target, "--strict")
    assert lint.exit_code == 0, lint.output
    assert "0 errors, 0 warnings" in lint.output


def test_init_in_the_current_folder(tmp_path, run, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run("init", "--name", "Clinic KB", "--organisation", 'Dr "Back" & Co: Ltd')
    assert result.exit_code == 0, result.output
    config = load_path(tmp_path / "carekb.yaml", "carekb.yaml")
    assert not config.problems
    assert config.data["name"] == "Clinic KB"
    assert config.data["organisation"]["name"] == 'Dr "Back" & Co: Ltd'
    assert "error placeholder-text" in run("lint").output  # only the example person


def test_init_refuses_a_non_empty_folder(tmp_path, run):
    target = tmp_path / "busy"
    target.mkdir()
    (target / "notes.txt").write_text("keep me\n", encoding="utf-8")
    before = _snapshot(target)
    result = run("init", target)
    assert result.exit_code == 2
    assert "not empty" in result.output
    assert "Traceback" not in result.output
    assert _snapshot(target) == before
    assert sorted(p.name for p in target.iterdir()) == ["notes.txt"]


def test_init_twice_refuses_and_keeps_the_first(tmp_path, run):
    target = tmp_path / "kb-once"
    assert run("init", target).exit_code == 0
    before = _snapshot(target)
    result = run("init", target, "--name", "Other")
    assert result.exit_code == 2
    assert _snapshot(target) == before


# --- new ---------------------------------------------------------------------------


def test_new_technique(copy_case, run, monkeypatch):
    case = copy_case("clean")
    monkeypatch.chdir(case)
    result = run("new", "technique", "Child's pose", "--author", "ann-author")
    assert result.exit_code == 0, result.output
    path = case / "kb/techniques/childs-pose.yaml"
    assert path.is_file(), result.output
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=")
    doc = load_path(path, "kb/techniques/childs-pose.yaml")
    assert not doc.problems
    assert doc.data["id"] == "childs-pose"
    assert doc.data["type"] == "technique"
    assert doc.data["title"] == "Child's pose"
    assert doc.data["authors"] == ["ann-author"]
    assert doc.data["review"]["status"] == "draft"


def test_new_schema_line_points_at_the_schema(copy_case, run, monkeypatch):
    case = copy_case("clean")
    monkeypatch.chdir(case)
    assert run("new", "faq", "Does stretching help?").exit_code == 0
    first = (case / "kb/faqs/does-stretching-help.yaml").read_text(encoding="utf-8").splitlines()[0]
    assert first == "# yaml-language-server: $schema=../../schemas/faq.schema.json"


@pytest.mark.parametrize(
    "title",
    [
        'Stretch: "the big one" #1',
        "Ünïcödé — twist, 50% & more",
        "- looks like a list item",
        "yes",
        "2027-01-01",
        "{not: a mapping}",
        "ends with a backslash \\",
    ],
)
def test_new_title_round_trips(copy_case, run, monkeypatch, title):
    case = copy_case("clean")
    monkeypatch.chdir(case)
    result = run("new", "faq", "--id", "tricky-title", "--", title)
    assert result.exit_code == 0, result.output
    doc = load_path(case / "kb/faqs/tricky-title.yaml", "kb/faqs/tricky-title.yaml")
    assert not doc.problems
    assert doc.data["title"] == title


@pytest.mark.parametrize("kind", ["technique", "precaution", "faq", "handout"])
def test_new_entry_is_well_formed_and_lists_what_to_fill_in(copy_case, run, monkeypatch, kind):
    # A new draft passes the schema and the structural rules; what it still
    # lacks (sources, red flags, entries for a handout) is reported as a to-do.
    case = copy_case("clean")
    monkeypatch.chdir(case)
    assert run("new", kind, "A brand new entry", "--author", "ann-author").exit_code == 0
    result = run("lint", "--format", "json")
    rules = {f["rule"] for f in json.loads(result.stdout)}
    assert not rules & {"yaml-syntax", "schema", "id-filename", "duplicate-id", "roster"}
    # The instructions it holds are placeholders: errors until the author replaces them.
    assert "placeholder-text" in rules
    assert rules <= {"sources", "safety-content", "dangling-reference", "placeholder-text"}


def test_new_default_author_is_the_first_roster_author(copy_case, run, monkeypatch):
    case = copy_case("clean")
    monkeypatch.chdir(case)
    assert run("new", "precaution", "Take it slowly").exit_code == 0
    doc = load_path(case / "kb/precautions/take-it-slowly.yaml", "x")
    assert doc.data["authors"] == ["ann-author"]


def test_new_refuses_an_existing_id(copy_case, run, monkeypatch):
    case = copy_case("clean")
    monkeypatch.chdir(case)
    before = _snapshot(case)
    # cat-cow exists as a technique; ids are unique across all types.
    result = run("new", "faq", "Cat cow", "--id", "cat-cow")
    assert result.exit_code == 2
    assert "cat-cow" in result.output
    assert "Traceback" not in result.output
    assert _snapshot(case) == before


def test_new_refuses_an_invalid_id(copy_case, run, monkeypatch):
    case = copy_case("clean")
    monkeypatch.chdir(case)
    before = _snapshot(case)
    result = run("new", "technique", "Shoulder rolls", "--id", "Shoulder_Rolls")
    assert result.exit_code == 2
    assert "Shoulder_Rolls" in result.output
    assert "Traceback" not in result.output
    assert _snapshot(case) == before


def test_new_refuses_an_unknown_type(copy_case, run, monkeypatch):
    monkeypatch.chdir(copy_case("clean"))
    assert run("new", "recipe", "Soup").exit_code == 2


def test_new_outside_a_project_exits_2(tmp_path, run, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run("new", "faq", "Anything")
    assert result.exit_code == 2
    assert "hint:" in result.output
    assert "Traceback" not in result.output


# --- the installed console script, as a real process ----------------------------


def _installed_carekb() -> str:
    beside = Path(sys.executable).parent / "carekb"
    found = str(beside) if beside.is_file() else shutil.which("carekb")
    assert found, "the carekb console script is not installed (pip install -e .)"
    return found


def _subprocess_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CAREKB_")}
    env.pop("GITHUB_ACTIONS", None)
    return env


def test_console_script_lints_a_case(copy_case):
    case = copy_case("dangling-reference")
    completed = subprocess.run(
        [_installed_carekb(), "lint"],
        cwd=case,
        env=_subprocess_env(),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert completed.returncode == 1, completed.stderr
    lines = completed.stdout.splitlines()
    assert (
        "kb/precautions/move-gently.yaml:12:5: error dangling-reference no technique with id "
        "'thread-the-needle'"
    ) in lines
    assert lines[-1] == "6 files, 5 entries checked: 7 errors, 0 warnings"
    assert completed.stderr == ""


def test_console_script_clean_and_no_project(copy_case, tmp_path):
    clean = subprocess.run(
        [_installed_carekb(), "lint", "--root", str(copy_case("clean")), "--format", "json"],
        cwd=tmp_path,
        env=_subprocess_env(),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert clean.returncode == 0, clean.stderr
    assert json.loads(clean.stdout) == []

    nowhere = tmp_path / "nowhere"
    nowhere.mkdir()
    missing = subprocess.run(
        [_installed_carekb(), "lint"],
        cwd=nowhere,
        env=_subprocess_env(),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert missing.returncode == 2
    assert "hint:" in missing.stderr
    assert "Traceback" not in missing.stderr
