"""Debian's headless Chromium for the browser tests (exports and the review desk).

One Playwright instance per test session: the ``browser`` fixture is defined
once, in tests/conftest.py, because two sync Playwright instances cannot run
at once in one process.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

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
