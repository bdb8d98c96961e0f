"""Fixtures for the sign-off tests (the helpers live in helpers.py)."""

from __future__ import annotations

import pytest

from review.helpers import Kb, make_kb


@pytest.fixture(autouse=True)
def review_env(monkeypatch, tmp_path):
    """No developer key folder, clock or identity leaks into a test."""
    monkeypatch.setenv("CAREKB_KEY_DIR", str(tmp_path / "keys"))
    for name in ("CAREKB_NOW", "CAREKB_AS", "CAREKB_ROOT"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def kb(tmp_path) -> Kb:
    return make_kb(tmp_path)
