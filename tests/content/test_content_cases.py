"""Content-rule cases: every folder under tests/content/cases/ is a small knowledge base.

Each holds ``carekb.yaml``, ``kb/...`` and ``expected.txt`` with the exact
findings (``path:line:col: level rule [~ text the message contains]``). The
clock is fixed (see ``content_support.FIXED_NOW``). Adding a case is adding a
folder.
"""

from __future__ import annotations

import pytest
from content_support import CASES_DIR, case_names, copy_case, key, lint_json, parse_expected

CASES = case_names()


def test_case_folders_are_found():
    assert CASES, f"no case folders under {CASES_DIR}"
    missing = [name for name in CASES if not (CASES_DIR / name / "expected.txt").is_file()]
    assert not missing, f"case folders without expected.txt: {missing}"


@pytest.mark.parametrize("name", CASES)
def test_case(name, tmp_path, monkeypatch):
    case = copy_case(name, tmp_path)
    expected, pinned = parse_expected(case / "expected.txt")
    monkeypatch.chdir(case)

    exit_code, findings = lint_json(case)

    details = "\n".join(f"{key(f)} {f['message']}" for f in findings)
    assert sorted(key(f) for f in findings) == expected, f"findings differ:\n{details}"
    for line, texts in pinned.items():
        messages = [str(f["message"]) for f in findings if key(f) == line]
        for text in texts:
            assert any(text in m for m in messages), f"{line}: no message contains {text!r}"
    has_errors = any(f["level"] == "error" for f in findings)
    assert exit_code == (1 if has_errors else 0)
