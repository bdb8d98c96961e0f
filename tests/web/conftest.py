"""Fixtures for the review desk: a private sample project (Chromium: tests/conftest.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from web.desk_helpers import sample_copy


@pytest.fixture
def sample(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private copy of the sample, verified against its demo trust root."""
    root = sample_copy(tmp_path / "sample")
    monkeypatch.setenv("CAREKB_TRUST", str(root / "demo-keys" / "trust.yaml"))
    monkeypatch.setenv("CAREKB_KEY_DIR", str(tmp_path / "no-keys"))
    return root
