"""``open_kb`` and ``reopen``: one frozen model, unsaved text, cheap reopening."""

from __future__ import annotations

import dataclasses
import shutil

import pytest

import carekb.load.knowledge as knowledge
from carekb.errors import CarekbError
from carekb.kb import open_kb, reopen
from carekb.load.project import open_project
from carekb.validate import lint
from conftest import REPO_ROOT

TRUST = REPO_ROOT / "demo-keys" / "trust.yaml"


@pytest.fixture
def sample(tmp_path):
    """A copy of the bundled sample knowledge base (kb/ and carekb.yaml)."""
    root = tmp_path / "sample"
    root.mkdir()
    shutil.copy(REPO_ROOT / "carekb.yaml", root / "carekb.yaml")
    shutil.copytree(REPO_ROOT / "kb", root / "kb")
    return open_project(root)


@pytest.fixture
def parses(monkeypatch):
    """The display path of every file parsed from its bytes (not taken from the memo)."""
    seen: list[str] = []
    real = knowledge.load_bytes
    monkeypatch.setattr(
        knowledge,
        "load_bytes",
        lambda raw, path, **kw: seen.append(path) or real(raw, path, **kw),
    )
    return seen


def test_the_knowledge_base_is_frozen_with_its_roster_verdict(sample):
    kb = open_kb(sample, trust=TRUST)
    assert kb.roster.trusted, kb.roster.findings
    with pytest.raises(dataclasses.FrozenInstanceError):
        kb.roster = kb.roster  # type: ignore[misc]
    # A view over part of it (as the parallel rules make) keeps the same verdict.
    view = dataclasses.replace(kb, entries=kb.entries[:1])
    assert view.roster is kb.roster


def test_without_a_trust_root_the_roster_counts_as_written(sample):
    kb = open_kb(sample)
    assert kb.roster.root is None and kb.roster.counts and not kb.roster.trusted


def test_a_named_trust_root_that_is_missing_stops_the_open(sample, tmp_path):
    with pytest.raises(CarekbError, match="not found"):
        open_kb(sample, trust=tmp_path / "nowhere.yaml")


def test_reopen_parses_only_the_file_that_changed(sample, parses):
    kb = open_kb(sample, trust=TRUST)
    assert len(parses) == len(kb.documents)
    parses.clear()
    path = sample.root / "kb/techniques/cat-cow.yaml"
    path.write_text(path.read_text().replace("Cat-cow", "Cat-cow (gentle)", 1))
    again = reopen(sample, kb)
    assert parses == ["kb/techniques/cat-cow.yaml"]
    assert again.entry("cat-cow").title.startswith("Cat-cow (gentle)")
    assert again.roster.trusted
    # The memo forgets the old bytes, so a long-running process does not grow.
    assert len(again.parsed) == len({d.digest for d in again.documents if d.digest})


def test_reopen_reads_the_trust_root_again_only_when_it_changed(sample, tmp_path, monkeypatch):
    import carekb.trust.root as root_module

    trust = tmp_path / "trust.yaml"
    shutil.copy(TRUST, trust)
    reads: list[str] = []
    real = root_module.read_trust_root
    monkeypatch.setattr(root_module, "read_trust_root", lambda p: reads.append(p) or real(p))
    kb = open_kb(sample, trust=trust)
    kb = reopen(sample, kb)
    assert len(reads) == 1
    trust.write_text(trust.read_text() + "# a lead's note\n")
    reopen(sample, kb)
    assert len(reads) == 2


def test_unsaved_text_stands_in_for_the_file_on_disk(sample):
    path = sample.root / "kb/techniques/cat-cow.yaml"
    text = path.read_text().replace("title:", "titel:", 1)
    kb = open_kb(sample, unsaved={path: text})
    rules = {f.rule for f in lint(sample, kb).findings if f.path == "kb/techniques/cat-cow.yaml"}
    assert "schema" in rules
    assert "titel:" not in path.read_text()  # nothing was written


def test_unsaved_text_for_a_file_not_yet_on_disk_is_checked_as_part_of_the_kb(sample):
    path = sample.root / "kb/faqs/new-question.yaml"
    kb = open_kb(sample, unsaved={path: "id: new-question\ntype: faq\n"})
    entry = kb.entry("new-question")
    assert entry is not None and entry.path == "kb/faqs/new-question.yaml"
    assert not path.exists()


def _odd_files(root):
    """Files the loader must find, or note as ignored, whichever way it lists them."""
    kb = root / "kb"
    (kb / "faqs" / "deeper").mkdir(parents=True, exist_ok=True)
    faq = next((kb / "faqs").glob("*.yaml"))
    shutil.copy(faq, kb / "faqs" / "deeper" / "nested.yml")
    (kb / "faqs" / ".hidden.yaml").write_text("id: hidden\n")
    (kb / ".drafts").mkdir()
    (kb / ".drafts" / "draft.yaml").write_text("id: draft\n")
    (kb / "faqs" / "notes.txt").write_text("not an entry\n")
    (kb / "faqs" / "a-b").mkdir()
    (kb / "faqs" / "a-b" / "z.yaml").write_text("id: z\n")
    (kb / "linked").symlink_to(kb / "faqs", target_is_directory=True)
    (kb / "faqs" / "alias.yaml").symlink_to(faq)


def _loaded(project, listed):
    files = knowledge.load_files(project, listed=listed)
    return [d.path for d in files.documents], list(files.ignored)


def test_the_lint_caches_walk_names_the_files_the_loader_would_find(sample):
    # One walk per run: the stat every lint takes first lists the files, and the loader
    # finds the same files, in the same order, with the same notes, as its own walk.
    from carekb import clock
    from carekb.load import cache

    _odd_files(sample.root)
    key = cache.fingerprint(sample, [], clock.today())
    assert key.lists_all_of("kb")
    walked = _loaded(sample, None)
    assert _loaded(sample, key) == walked
    paths, ignored = walked
    assert "kb/faqs/deeper/nested.yml" in paths and "kb/faqs/alias.yaml" in paths
    assert not any("hidden" in p or "draft" in p for p in paths)
    assert ("kb/linked", "a link to a folder") in ignored
    assert ("kb/faqs/notes.txt", "not a YAML file") in ignored


def test_a_tool_folders_name_under_kb_is_watched_and_a_hidden_one_left_to_the_loader(
    sample, parses
):
    # The loader reads "kb/node_modules/" like any folder, so the cache's walk stats it
    # (else an edit there would go unseen); a hidden folder, which the loader skips, is
    # not walked, and the loader then lists kb/ itself.
    from carekb import clock
    from carekb.load import cache

    (sample.kb_dir / "node_modules").mkdir()
    faq = next((sample.kb_dir / "faqs").glob("*.yaml"))
    shutil.copy(faq, sample.kb_dir / "node_modules" / "stray.yaml")
    key = cache.fingerprint(sample, [], clock.today())
    assert "kb/node_modules/stray.yaml" in key.files
    assert key.lists_all_of("kb")
    assert "kb/node_modules/stray.yaml" in _loaded(sample, key)[0]
    (sample.kb_dir / ".git").mkdir()
    shutil.copy(faq, sample.kb_dir / ".git" / "hidden.yaml")
    key = cache.fingerprint(sample, [], clock.today())
    assert not key.lists_all_of("kb")
    assert _loaded(sample, key) == _loaded(sample, None)


def test_files_are_put_in_the_order_paths_sort_in():
    # "a-b/" sorts before "a/" as text, after it as parts; a space, a dot and a capital
    # before or after the separator all count.
    from pathlib import PurePosixPath

    names = ["/r/kb/a", "/r/kb/a-b/x", "/r/kb/a/x", "/r/kb/a.b", "/r/kb/a/b/c", "/r/kb/ab"]
    names += ["/r/kb/a b/x", "/r/kb/A/x", "/r/kb/a/"[:-1] + "0"]
    by_parts = sorted(names, key=PurePosixPath)
    assert sorted(names, key=knowledge.in_path_order) == by_parts
    assert sorted(reversed(names), key=knowledge.in_path_order) == by_parts


def test_a_project_opened_by_a_relative_root_is_walked_as_before(sample, monkeypatch):
    # A root given as "." (the API allows it; the command line resolves it) names some
    # files in full: the loader walks kb/ itself, and finds the roster all the same.
    from pathlib import Path

    from carekb import clock
    from carekb.load import cache

    monkeypatch.chdir(sample.root)
    here = open_project(Path("."))
    key = cache.fingerprint(here, [], clock.today())
    files = knowledge.load_files(here, listed=key)
    walked = knowledge.load_files(here)
    assert files.people_doc is not None and files.people.keys() == walked.people.keys()
    assert [d.path for d in files.documents] == [d.path for d in walked.documents]
    assert files.ignored == walked.ignored


def test_a_folder_whose_files_the_caches_walk_could_not_stat_is_walked_by_the_loader(
    sample, monkeypatch
):
    # A folder that can be listed but not entered (read without execute permission)
    # lists names whose stat fails: the cache's walk cannot vouch for that folder, so
    # the loader lists it itself and meets the file (whatever it then makes of it).
    import os as real_os

    from carekb import clock
    from carekb.load import cache

    locked = sample.kb_dir / "techniques" / "locked"
    locked.mkdir()
    faq = next((sample.kb_dir / "faqs").glob("*.yaml"))
    shutil.copy(faq, locked / "kept-out.yaml")
    real_stat = real_os.stat
    locked_folder = real_os.stat(locked).st_ino

    def stat(path, *, dir_fd=None, follow_symlinks=True):
        # The walk asks each name of its folder's descriptor: in the locked folder,
        # the kernel refuses (as it does for anyone but root).
        if dir_fd is not None and real_os.fstat(dir_fd).st_ino == locked_folder:
            raise PermissionError(13, "Permission denied", path)
        return real_stat(path, dir_fd=dir_fd, follow_symlinks=follow_symlinks)

    monkeypatch.setattr(cache.os, "stat", stat)
    key = cache.fingerprint(sample, [], clock.today())
    monkeypatch.setattr(cache.os, "stat", real_stat)
    assert "kb/techniques/locked/kept-out.yaml" not in key.files
    assert not key.lists_all_of("kb")
    paths, _ = _loaded(sample, key)
    assert "kb/techniques/locked/kept-out.yaml" in paths
