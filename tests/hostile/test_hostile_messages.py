"""Hostile text never reaches the terminal raw, and a broken file gets one clear message.

An id with a NUL byte and a title and tag with terminal escape sequences;
the common YAML mistakes (an unquoted ': ', a mis-indented key, a list item
without '- '); one broken file that other files refer to; a file of 300,000
values. All through the real ``carekb lint`` (and ``export``) on real files.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from export.export_helpers import cli_run, export_cli

ESCAPES = ("\x1b", "\x00", "\x9b", "\r", "\u202e")


def _write(root: Path, relative: str, text: str) -> Path:
    path = root / relative
    path.write_text(text, encoding="utf-8")
    return path


def test_a_nul_byte_and_escape_sequences_in_fields_are_shown_escaped(signed):
    _write(
        signed,
        "kb/faqs/nul.yaml",
        'id: "tech-nul\\0.html"\n'
        "type: faq\n"
        'title: "Bad \\e[31mred\\e[0m title \\e]0;owned\\a"\n'
        'tags: ["\\e[2J", "\\u202eright-to-left", "\\r\\nkb/fake.yaml:1:1: error forged"]\n'
        "review:\n  status: draft\n",
    )

    for command in (["lint"], ["export", "--preview"], ["status"]):
        result = cli_run(*command, "--root", signed, expect=None)
        assert result.exit_code in (0, 1), result.output
        assert "internal error" not in result.output
        assert not any(char in result.output for char in ESCAPES), (command, result.output)

    lint = cli_run("lint", "--root", signed, expect=1)
    assert "error schema 'tech-nul\\x00.html' in id does not have the expected form" in lint.output
    assert "'\\x1b[2J' in tags[0]" in lint.output
    assert "\\u202eright-to-left" in lint.output
    # A line break in a value cannot start a forged finding line of its own.
    assert not any(line.startswith("kb/fake.yaml") for line in lint.output.splitlines())
    preview = export_cli(signed, "--preview")
    assert "'tech-nul\\x00.html' not exported: id 'tech-nul\\x00.html' is not a valid id" in (
        preview.output
    )


def test_the_github_and_json_formats_escape_them_too(signed):
    _write(signed, "kb/faqs/esc.yaml", 'id: esc\ntype: faq\ntags: ["\\e[2J"]\n')
    for fmt in ("github", "json"):
        result = cli_run("lint", "--root", signed, "--format", fmt, expect=1)
        assert "\x1b" not in result.output


@pytest.mark.parametrize(
    ("text", "where", "hint"),
    [
        (
            "summary: Tip: stretch gently\n",
            ":4:13: error yaml-syntax invalid YAML: mapping values are not allowed here",
            "text holding ': ' must be quoted: write summary: \"Tip: stretch gently\"",
        ),
        (
            "summary: Once a day.\n  language: en\n",
            ":5:11: error yaml-syntax invalid YAML: mapping values are not allowed here",
            "check the indentation of line 5 against the line above",
        ),
        (
            "tags:\n  - neck\n  shoulder\nsummary: x\n",
            ":7:1: error yaml-syntax invalid YAML: could not find expected ':'",
            "line 6 follows a list item but does not start with '- ': write '- shoulder'",
        ),
    ],
    ids=["unquoted-colon", "mis-indented-key", "item-without-dash"],
)
def test_common_yaml_mistakes_say_what_to_do(signed, text, where, hint):
    path = signed / "kb/faqs/how-often.yaml"
    lines = path.read_text().splitlines(keepends=True)
    # Replace summary/language/tags (lines 4 to 8) with the mistake.
    path.write_text("".join(lines[:3]) + text + "".join(lines[8:]))

    result = cli_run("lint", "--root", signed, expect=1)

    assert "kb/faqs/how-often.yaml" + where in result.output
    assert hint in result.output


def test_references_to_an_entry_whose_file_failed_to_load_say_so_once(signed):
    path = signed / "kb/faqs/how-often.yaml"
    path.write_text(path.read_text().replace("summary: Once", "summary: Tip: once"))
    handout = signed / "kb/handouts/neck-care.yaml"
    technique = signed / "kb/techniques/neck-turns.yaml"
    # A second reference to the broken entry, from another file.
    faq = _write(
        signed,
        "kb/faqs/second.yaml",
        (signed / "kb/faqs/how-often.yaml")
        .read_text()
        .replace("id: how-often", "id: second")
        .replace("summary: Tip: once", "summary: Once")
        .replace("related:\n  - neck-turns", "related:\n  - how-often\n  - neck-turns"),
    )
    assert handout.is_file() and technique.is_file() and faq.is_file()

    result = cli_run("lint", "--root", signed, expect=1)

    assert "no entry with id 'how-often'" not in result.output
    assert "id 'how-often'" not in result.output
    mentions = [line for line in result.output.splitlines() if "'how-often'" in line]
    assert len(mentions) == 1, result.output
    assert (
        "error dangling-reference 'how-often' (and 1 other reference to it) cannot be checked: "
        "its file kb/faqs/how-often.yaml could not be read (line 4: see its yaml-syntax error); "
        "fix that file first"
    ) in mentions[0]
    assert "kb/faqs/how-often.yaml:4:" in result.output  # the real error, shown as well


def test_a_file_of_300000_values_is_refused_quickly(signed):
    path = signed / "kb/faqs/how-often.yaml"
    path.write_text(
        path.read_text().replace("tags:\n  - neck\n", "tags: [" + ",".join(["1"] * 300_000) + "]\n")
    )
    assert 590_000 < path.stat().st_size < 1_000_000

    started = time.monotonic()
    result = cli_run("lint", "--root", signed, expect=1)

    assert time.monotonic() - started < 20
    assert (
        "kb/faqs/how-often.yaml:6:9986: error yaml-syntax more than 5,000 values in one file: "
        "refused"
    ) in result.output
    assert len(result.output.splitlines()) < 10


def test_findings_are_capped_per_file_and_rule_with_a_count_of_the_rest(signed):
    path = signed / "kb/faqs/how-often.yaml"
    path.write_text(
        path.read_text().replace("tags:\n  - neck\n", "tags: [" + ",".join(["1"] * 3_000) + "]\n")
    )

    result = cli_run("lint", "--root", signed, expect=1)

    schema = [line for line in result.output.splitlines() if " error schema " in line]
    assert len(schema) == 21
    assert schema[-1].endswith(
        "error schema ... and 2,981 more 'schema' findings in this file, not shown: "
        "fix the ones above first"
    )
