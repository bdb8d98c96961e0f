"""``carekb lint --fix`` / ``--diff`` for the repairs beyond quoting: trailing whitespace,
Unicode normalisation (NFC), and a new entry's id set to its file name."""

from __future__ import annotations

import json
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from carekb.load.reader import load_path
from carekb.trust.canonical import content_hash

TECHNIQUE = "kb/techniques/cat-cow.yaml"


@pytest.fixture
def clean(copy_case, monkeypatch):
    root = copy_case("clean")
    monkeypatch.chdir(root)
    return root


def _findings(run, *args):
    result = run("lint", "--format", "json", *args)
    return json.loads(result.stdout)


def test_trailing_whitespace_is_removed_but_not_inside_a_block_scalar(clean, run):
    path = clean / TECHNIQUE
    text = path.read_text(encoding="utf-8")
    text = text.replace("title: Cat-cow stretch\n", "title: Cat-cow stretch   \n")
    text = text.replace(
        "purpose: Eases stiffness in your back by moving it gently through its range.\n",
        "purpose: |\n  Eases stiffness in your back   \n  by moving it gently.\n",
    )
    path.write_text(text, encoding="utf-8")
    before = load_path(path, TECHNIQUE).data
    found = [f for f in _findings(run) if f["rule"] == "trailing-whitespace"]
    assert [(f["line"], f["column"], f["end_column"]) for f in found] == [(3, 23, 26), (10, 31, 34)]
    assert found[0]["fix"] == {"replacement": "", "safe": True}
    assert found[1]["fix"] is None  # inside '|': the spaces are part of the text

    shown = run("lint", "--diff")
    assert shown.exit_code == 1
    assert "-title: Cat-cow stretch   \n+title: Cat-cow stretch\n" in shown.stdout
    assert "by moving" not in shown.stdout
    assert path.read_text(encoding="utf-8") == text  # --diff writes nothing

    fixed = run("lint", "--fix")
    assert "fixed 1 finding in kb/techniques/cat-cow.yaml (trailing-whitespace)" in fixed.stderr
    after = path.read_text(encoding="utf-8")
    assert after == text.replace("title: Cat-cow stretch   \n", "title: Cat-cow stretch\n")
    assert load_path(path, TECHNIQUE).data == before
    assert "cat-cow.yaml:10:31: warning trailing-whitespace" in fixed.stdout  # left to the author


def test_decomposed_text_is_composed_and_the_content_hash_stays(clean, run):
    path = clean / TECHNIQUE
    decomposed = "Cafe\u0301 cat-cow stretch"
    text = path.read_text(encoding="utf-8")
    text = text.replace("title: Cat-cow stretch", f"title: {decomposed}")
    path.write_text(text, encoding="utf-8")
    hash_before = content_hash(load_path(path, TECHNIQUE).data)
    [found] = [f for f in _findings(run) if f["rule"] == "unicode-normalisation"]
    assert (found["line"], found["column"], found["end_column"]) == (3, 11, 13)
    assert found["fix"] == {"replacement": "\u00e9", "safe": True}
    assert "U+0065 U+0301" in found["message"]

    result = run("lint", "--fix")
    assert "unicode-normalisation" in result.stderr
    after = path.read_text(encoding="utf-8")
    assert "title: Caf\u00e9 cat-cow stretch\n" in after
    assert unicodedata.is_normalized("NFC", after)
    assert content_hash(load_path(path, TECHNIQUE).data) == hash_before
    assert "unicode-normalisation" not in result.stdout


def test_a_new_entrys_id_is_set_to_its_file_name(copy_case, run, monkeypatch):
    root = copy_case("id-filename-mismatch")
    monkeypatch.chdir(root)
    path = root / "kb" / "faqs" / "posture.yaml"
    [found] = _findings(run)
    assert found["fix"] == {"replacement": "posture", "safe": True, "field": "id"}
    shown = run("lint", "--diff")
    assert "-id: posture-tips\n+id: posture\n" in shown.stdout
    assert path.read_text(encoding="utf-8").startswith("id: posture-tips\n")

    result = run("lint", "--fix")
    assert result.exit_code == 0, result.output
    assert path.read_text(encoding="utf-8").startswith("id: posture\ntype: faq\n")
    assert "0 errors" in result.output


def test_an_id_with_a_review_history_is_not_changed(copy_case, run, monkeypatch):
    root = copy_case("id-filename-mismatch")
    monkeypatch.chdir(root)
    path = root / "kb" / "faqs" / "posture.yaml"
    original = path.read_bytes()
    (root / "kb" / "audit").mkdir()
    (root / "kb" / "audit" / "posture-tips.jsonl").write_text("", encoding="utf-8")
    result = run("lint", "--fix")
    assert result.exit_code == 2
    assert "holds a review history" in result.output
    assert path.read_bytes() == original


def test_an_approved_entrys_id_gets_no_repair(copy_case, run, monkeypatch):
    root = copy_case("id-filename-mismatch")
    monkeypatch.chdir(root)
    path = root / "kb" / "faqs" / "posture.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("  status: draft", "  status: approved"),
        encoding="utf-8",
    )
    found = [f for f in _findings(run) if f["rule"] == "id-filename"]
    assert found and found[0]["fix"] is None
    assert run("lint", "--diff").stdout == ""


@settings(max_examples=400, deadline=None)
@given(st.text(max_size=30) | st.text(alphabet=" a\u00a0\u2003\u200b\x1c\x85/:", max_size=20))
def test_a_source_address_with_any_space_inside_is_refused(url: str) -> None:
    from carekb.validate.rules.sources import url_problem

    spaced = url != url.strip() or any(ch.isspace() for ch in url)
    assert ("contains spaces" in url_problem(url, {"https"})) == spaced
