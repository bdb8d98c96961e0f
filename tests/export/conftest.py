"""Fixtures for the export tests: signed knowledge bases, Chromium, pdftoppm.

Browser and PDF-to-PNG tests need Debian's ``chromium`` and ``poppler-utils``
(``make setup`` installs them). Where they are missing the tests are skipped
on a developer's machine, but FAIL under ``CI=true``, so CI can never pass by
silently skipping the accessibility and rendering checks.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from export.export_helpers import signed_golden_kb

CHROMIUM = Path("/usr/bin/chromium")
# The flags docs/staff.md documents: no sandbox (containers), no GPU, and none
# of the background traffic a first run of Chromium would make.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def require_tool(found: bool, message: str) -> None:
    """Skip without the tool, except under CI=true, where a missing tool is a failure."""
    if found:
        return
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{message} (CI=true: browser and PDF checks may not be skipped)")
    pytest.skip(message)


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
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """A headless Debian Chromium (never Playwright's own download) with a fresh profile."""
    require_tool(
        CHROMIUM.is_file(),
        f"{CHROMIUM} not found: install Debian's chromium (make setup)",
    )
    from playwright.sync_api import sync_playwright

    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(profile),
            executable_path=str(CHROMIUM),
            args=CHROMIUM_ARGS,
            headless=True,
            viewport={"width": 1280, "height": 900},
        )
        try:
            yield context
        finally:
            context.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    tab = browser.new_page()
    try:
        yield tab
    finally:
        tab.close()


@pytest.fixture(scope="session")
def pdftoppm() -> str:
    found = shutil.which("pdftoppm")
    require_tool(found is not None, "pdftoppm not found: install poppler-utils (make setup)")
    assert found is not None
    return found
