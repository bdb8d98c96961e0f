"""Fixtures for the roster-trust tests (the helpers live in trust_helpers.py)."""

from __future__ import annotations

import pytest

from trust.trust_helpers import TrustedKb, make_trusted_kb


@pytest.fixture(autouse=True)
def trust_env(monkeypatch, tmp_path):
    """No developer key folder, trust root, clock or identity leaks into a test."""
    monkeypatch.setenv("CAREKB_KEY_DIR", str(tmp_path / "keys"))
    for name in ("CAREKB_NOW", "CAREKB_AS", "CAREKB_ROOT", "CAREKB_TRUST"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def kb(tmp_path) -> TrustedKb:
    """A signed knowledge base whose roster lead-l signed; the trust root is outside it."""
    return make_trusted_kb(tmp_path)
