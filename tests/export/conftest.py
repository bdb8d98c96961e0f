"""Fixtures for the export tests: signed knowledge bases, Chromium, pdftoppm.

Browser and PDF-to-PNG tests need Debian's ``chromium`` and ``poppler-utils``
(``make setup`` installs them). Where they are missing the tests are skipped
on a developer's machine, but FAIL under ``CI=true``, so CI can never pass by
silently skipping the accessibility and rendering checks.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from browser_support import CHROMIUM, CHROMIUM_ARGS, require_tool  # noqa: F401 - re-exported
from export.export_helpers import signed_golden_kb

# Chromium and its fixtures live in tests/browser_support.py, shared with the desk's tests.


@pytest.fixture(scope="session")
def key_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where test-only private keys are written: outside every project."""
    return tmp_path_factory.mktemp("keys")


@pytest.fixture(scope="session")
def signed_golden_master(tmp_path_factory: pytest.TempPathFactory, key_dir: Path) -> Path:
    """The golden knowledge base, signed once per session. Do not modify: copy it."""
    return signed_golden_kb(tmp_path_factory.mktemp("golden") / "kb", key_dir)


@pytest.fixture
def signed_golden(tmp_path: Path, signed_golden_master: Path) -> Path:
    """A private, signed copy of the golden knowledge base (audit logs included)."""
    target = tmp_path / "kb"
    shutil.copytree(signed_golden_master, target, ignore=shutil.ignore_patterns("exports"))
    return target


@pytest.fixture(scope="session")
def pdftoppm() -> str:
    found = shutil.which("pdftoppm")
    require_tool(found is not None, "pdftoppm not found: install poppler-utils (make setup)")
    assert found is not None
    return found
