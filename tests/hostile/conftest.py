"""Fixtures for the hostile-input tests (the helpers live in helpers.py)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from export.export_helpers import signed_golden_kb


@pytest.fixture(autouse=True)
def hostile_env(monkeypatch, tmp_path):
    """No developer key folder, clock, identity or project leaks into a test."""
    monkeypatch.setenv("CAREKB_KEY_DIR", str(tmp_path / "keys"))
    for name in ("CAREKB_NOW", "CAREKB_AS", "CAREKB_ROOT", "CAREKB_TRUST"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(scope="session")
def key_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where the test-only private keys are written: outside every project."""
    return tmp_path_factory.mktemp("hostile-keys")


@pytest.fixture(scope="session")
def signed_master(tmp_path_factory: pytest.TempPathFactory, key_dir: Path) -> Path:
    """The golden knowledge base, signed once per session through the CLI. Copy it."""
    return signed_golden_kb(tmp_path_factory.mktemp("hostile-golden") / "kb", key_dir)


@pytest.fixture
def signed(tmp_path: Path, signed_master: Path) -> Path:
    """A private copy of the signed golden knowledge base, audit logs included."""
    target = tmp_path / "kb"
    shutil.copytree(signed_master, target, ignore=shutil.ignore_patterns("exports", ".carekb-*"))
    return target
