"""Every command opens the knowledge base one way: ``carekb.kb.open_kb``.

Each command runs through the real CLI on a signed project with the trust root
named by ``--trust``-equivalent ``CAREKB_TRUST``. The test counts three
things: how often the trust root file is read, how often a knowledge base is
opened through ``open_kb`` (or reopened), and how often files are read from
``kb/`` at all. A command that read the entries or the trust root by another
path, or read the trust root twice, fails here.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

import carekb.kb as kb_module
import carekb.load.knowledge as knowledge
import carekb.trust.root as root_module
from trust.trust_helpers import TrustedKb


@dataclass
class Counts:
    trust_reads: int = 0
    opens: int = 0  # open_kb and reopen
    # listings of kb/, whoever asked: a walk, or the walk the lint cache took first
    discoveries: int = 0
    paths: list[str] = field(default_factory=list)


@pytest.fixture
def counts(monkeypatch) -> Counts:
    seen = Counts()
    real_read = root_module.read_trust_root
    real_load = kb_module.load_files
    real_discover = knowledge._discover
    real_listed = knowledge._listed_in_kb

    def read(path):
        seen.trust_reads += 1
        seen.paths.append(str(path))
        return real_read(path)

    def load(*args, **kwargs):
        seen.opens += 1
        return real_load(*args, **kwargs)

    def discover(*args, **kwargs):
        seen.discoveries += 1
        return real_discover(*args, **kwargs)

    def listed(*args, **kwargs):
        seen.discoveries += 1
        return real_listed(*args, **kwargs)

    monkeypatch.setattr(root_module, "read_trust_root", read)
    monkeypatch.setattr(kb_module, "load_files", load)
    monkeypatch.setattr(knowledge, "_discover", discover)
    monkeypatch.setattr(knowledge, "_listed_in_kb", listed)
    return seen


def _reset(counts: Counts) -> None:
    counts.trust_reads = counts.opens = counts.discoveries = 0
    counts.paths.clear()


# (command line, opens expected): one open each, but signing the roster reads
# it again after writing, to report where it now stands (kb.reopen).
COMMANDS = [
    (("lint", "--no-cache"), 1),
    (("status",), 1),
    (("status", "--format", "json"), 1),
    (("roster", "verify"), 1),
    (("roster", "sign", "--as", "lead-l"), 2),
    (("review", "request", "cat-cow", "--as", "author-a"), 1),
    (("review", "diff", "cat-cow"), 1),
    (("review", "log", "cat-cow", "--verify"), 1),
    (("review", "reject", "cat-cow", "--as", "rev-a", "--comment", "Add a hold time."), 1),
    (("review", "retire", "move-gently", "--as", "rev-a", "--reason", "Replaced."), 1),
    (("new", "technique", "Neck rolls", "--author", "author-a"), 1),
    (("notify", "--dry-run"), 1),
]


@pytest.mark.parametrize(("args", "opens"), COMMANDS, ids=[" ".join(a[:2]) for a, _ in COMMANDS])
def test_every_command_opens_once_and_reads_the_trust_root_once(
    kb: TrustedKb, counts: Counts, args, opens
):
    kb.request_and_approve("cat-cow", "rev-a")  # so diff has a baseline
    _reset(counts)
    result = kb.cli(*args)
    assert result.exit_code in (0, 1), result.output
    assert counts.opens == opens, result.output
    assert counts.discoveries == opens, "kb/ was read outside open_kb"
    assert counts.trust_reads == 1, counts.paths
    assert counts.paths == [str(kb.trust_file)]


def test_approve_opens_once_and_reads_the_trust_root_once(kb: TrustedKb, counts: Counts):
    kb.ok("review", "request", "cat-cow", "--as", "author-a")
    _reset(counts)
    kb.ok("review", "approve", "cat-cow", "--as", "rev-a")
    assert (counts.opens, counts.discoveries, counts.trust_reads) == (1, 1, 1)


def test_export_opens_once_and_an_unchanged_export_opens_nothing(
    kb: TrustedKb, counts: Counts, tmp_path
):
    kb.request_and_approve("move-gently", "rev-b")  # cat-cow is never exported without it
    kb.request_and_approve("cat-cow", "rev-a")
    _reset(counts)
    out = tmp_path / "site"
    kb.ok("export", "--format", "markdown", "--out", out, "--require-trust", "--first-export")
    assert (counts.opens, counts.discoveries, counts.trust_reads) == (1, 1, 1)


def test_a_cached_lint_reads_neither_entries_nor_trust_root(kb: TrustedKb, counts: Counts):
    kb.cli("lint")
    _reset(counts)
    # The stored result stands only once its inputs are older than the racy
    # window; whether it is used or not, a lint opens at most once.
    kb.cli("lint")
    assert counts.opens == counts.discoveries <= 1
    assert counts.trust_reads == counts.opens


def test_a_missing_named_trust_root_stops_the_command_before_anything_is_read(
    kb: TrustedKb, counts: Counts
):
    kb.trust_file.unlink()
    _reset(counts)
    for args in (("lint",), ("status",), ("export", "--format", "markdown")):
        result = kb.cli(*args)
        assert result.exit_code == 2, result.output
        assert "trust root" in result.output and "not found" in result.output
    assert counts.discoveries == 0
