"""Case 8 of "What is printed is what was signed": placeholder text is never published.

Before, the step ``carekb new`` writes ("Write the first step as an instruction
to the reader.") passed lint, could be approved and was exported. Now it is a
lint error (rule placeholder-text), so it cannot be sent for review, and the
export gate keeps out an entry that still holds one even if it was approved
(for example before the rule existed).
"""

from __future__ import annotations

from carekb.load.placeholders import placeholder_texts
from review.helpers import Kb, make_kb

STEP = "Write the first step as an instruction to the reader."


def _with_rule(kb: Kb) -> None:
    config = kb.root / "carekb.yaml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("    placeholder-text: off\n", ""), encoding="utf-8")


def test_the_placeholders_come_from_the_skeletons():
    texts = placeholder_texts()
    assert STEP in texts
    assert "Editor (replace with a real person)" in texts  # carekb init's example person
    assert not any("${" in text for text in texts)
    assert "Once a day" not in texts  # a default dose is a value, not an instruction


def test_a_placeholder_is_an_error_and_blocks_review(tmp_path):
    kb = make_kb(tmp_path)
    _with_rule(kb)
    kb.edit("cat-cow", "Get on your hands and knees on a mat.", STEP)
    lint = kb.cli("lint", "--no-cache")
    assert lint.exit_code == 1
    assert f"error placeholder-text placeholder text '{STEP}' is still here" in lint.stdout
    refused = kb.cli("review", "request", "cat-cow", "--as", "author-a")
    assert refused.exit_code != 0
    assert "placeholder-text" in refused.output


def test_an_approved_entry_holding_a_placeholder_is_not_exported(tmp_path):
    # Approved while the rule was off: as an entry approved before it existed.
    kb = make_kb(tmp_path)
    kb.edit("cat-cow", "Get on your hands and knees on a mat.", STEP)
    kb.request_and_approve("cat-cow", "rev-a")
    kb.request_and_approve("move-gently", "rev-b")
    out = tmp_path / "out"
    result = kb.ok("export", "--format", "markdown", "--out", out)
    assert f"'cat-cow' not exported: it still holds the placeholder '{STEP}'" in result.output
    assert not list(out.rglob("cat-cow.md"))
    assert list(out.rglob("move-gently.md"))
    assert STEP not in "".join(p.read_text() for p in out.rglob("*.md"))


def test_placeholders_are_found_in_any_value_and_never_across_two():
    from carekb.load.placeholders import placeholders_in

    head, tail = STEP[:20], STEP[20:]
    data = {
        "steps": ["Sit tall.", {"text": f"Then: {STEP}"}],
        "notes": [head, tail],  # two values that would read as one placeholder joined
        "when": f"{head}\n{tail}",  # and one value with a line end inside it
        "done": True,
    }
    assert placeholders_in(data) == [(("steps", 1, "text"), STEP)]
    assert placeholders_in({"notes": [head, tail], "n": 3}) == []
