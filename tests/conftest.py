"""Shared fixtures: the case folders, a clean environment and a CLI runner."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from browser_support import browser, page  # noqa: F401 - fixtures for every browser test
from carekb.cli.main import cli

TESTS_DIR = Path(__file__).resolve().parent
CASES_DIR = TESTS_DIR / "cases"
REPO_ROOT = TESTS_DIR.parent
# Every knowledge base among the test corpora (acceptance, content and hostile
# cases) and the sample itself.
CORPUS_PROJECTS = sorted(
    {p.parent for p in TESTS_DIR.rglob("carekb.yaml") if (p.parent / "kb").is_dir()} | {REPO_ROOT}
)

# Variables that change what carekb does; a developer's shell or CI must not leak them in.
_CAREKB_ENV = (
    "CAREKB_ROOT",
    "CAREKB_AUTHOR",
    "CAREKB_DEBUG",
    "CAREKB_TRUST",
    "CAREKB_STATE",
    "CAREKB_KEY_PASSPHRASE_FILE",
    "GITHUB_ACTIONS",
)


@pytest.fixture(autouse=True)
def clean_env(monkeypatch, tmp_path_factory):
    for name in _CAREKB_ENV:
        monkeypatch.delenv(name, raising=False)
    # The user config folder may hold a developer's trust root (carekb/trust.yaml):
    # point it at an empty folder, so no test is verified against it by accident.
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path_factory.getbasetemp() / "no-config"))
    # The cache seal key lives in the user cache folder: keep tests out of the real one.
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.getbasetemp() / "user-cache"))
    # The publisher's record lives in the user data folder: each test starts without one.
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("user-data")))


@pytest.fixture
def run():
    """Invoke the carekb CLI in-process: ``run("lint", "--format", "json")``."""

    def invoke(*args, env=None, input=None):
        return CliRunner().invoke(
            cli, [str(a) for a in args], env=env, input=input, catch_exceptions=False
        )

    return invoke


@pytest.fixture
def copy_case(tmp_path):
    """Copy ``tests/cases/<name>`` into a fresh temporary folder and return the copy."""

    def copy(name):
        target = tmp_path / name
        shutil.copytree(CASES_DIR / name, target)
        return target

    return copy


def copy_sample(root: Path) -> Path:
    """The sample project (kb, config, demo keys) copied to ``root``."""
    shutil.copytree(REPO_ROOT / "kb", root / "kb")
    shutil.copy(REPO_ROOT / "carekb.yaml", root / "carekb.yaml")
    shutil.copytree(REPO_ROOT / "demo-keys", root / "demo-keys")
    return root


@pytest.fixture
def aged_sample(tmp_path, monkeypatch):
    """A copy of the sample project (kb, config, demo keys) with every file an hour old,
    so the cache keeps what runs on it work out; the demo trust root is named and the
    working folder is the copy."""
    from lint_support import age

    root = copy_sample(tmp_path / "sample")
    age(root)
    monkeypatch.setenv("CAREKB_TRUST", str(root / "demo-keys" / "trust.yaml"))
    monkeypatch.chdir(root)
    return root
