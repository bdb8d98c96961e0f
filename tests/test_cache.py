"""The lint cache answers only for unchanged inputs, and is never stale.

Files are aged with os.utime: the cache stores nothing while any input is
younger than two seconds (a change inside the file system's timestamp
granularity could otherwise go unseen), so fresh copies would never be cached.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import os
import shutil
import time
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest
import yaml

import carekb.kb as kb_module
from lint_support import age as _age

AGE = 3600


@pytest.fixture
def aged_case(copy_case, monkeypatch):
    case = copy_case("dangling-reference")
    _age(case)
    monkeypatch.chdir(case)
    return case


def _lint(run):
    result = run("lint", "--format", "json")
    return result.exit_code, json.loads(result.stdout)


def _count_loads(monkeypatch):
    calls = []
    real = kb_module.load_files
    monkeypatch.setattr(kb_module, "load_files", lambda *a, **k: calls.append(1) or real(*a, **k))
    return calls


def test_second_lint_of_unchanged_files_reads_no_file(aged_case, run, monkeypatch):
    first = _lint(run)
    loads = _count_loads(monkeypatch)
    assert _lint(run) == first
    assert loads == []  # answered from .carekb-cache without loading the knowledge base
    assert (aged_case / ".carekb-cache" / ".gitignore").read_text().strip().endswith("*")


def test_an_edit_of_the_same_size_is_seen(aged_case, run, monkeypatch):
    _, before = _lint(run)
    path = aged_case / "kb/techniques/cat-cow.yaml"
    text = path.read_text()
    assert "move-gentle" in text
    path.write_text(text.replace("move-gentle", "move-gently", 1))  # same length
    _age(path.parent, seconds=AGE - 5)  # still old enough to be cached, but a new time
    loads = _count_loads(monkeypatch)
    _, after = _lint(run)
    assert loads == [1]
    assert any("'move-gentle'" in f["message"] for f in before)
    assert not any("'move-gentle'" in f["message"] for f in after)


def test_a_config_change_is_seen(aged_case, run):
    _lint(run)
    config = aged_case / "carekb.yaml"
    config.write_text(config.read_text() + "lint:\n  rules:\n    dangling-reference: off\n")
    _age(aged_case, seconds=AGE - 5)
    code, findings = _lint(run)
    assert code == 0
    assert findings == []


def test_another_day_is_another_lint(aged_case, run, monkeypatch):
    _lint(run)
    loads = _count_loads(monkeypatch)
    monkeypatch.setenv("CAREKB_NOW", "2031-01-01T00:00:00Z")
    _lint(run)
    assert loads == [1]


def test_fresh_files_are_not_cached(copy_case, run, monkeypatch):
    case = copy_case("clean")
    # Written in the file system's tick of the stamp the lint writes first, or later:
    # its time cannot yet tell edits apart (a time ahead of the clock stands for that).
    ahead = time.time() + 60
    os.utime(case / "kb/people.yaml", (ahead, ahead))
    monkeypatch.chdir(case)
    _lint(run)
    loads = _count_loads(monkeypatch)
    _lint(run)
    assert loads == [1]


def test_files_written_before_the_lint_began_are_cached(copy_case, run, monkeypatch):
    # Git's "racily clean" rule: a file last written before the stamp the lint writes
    # first (in the file system's own time) cannot change unseen, however recently; a
    # fresh checkout is linted once, then answered from the cache.
    case = copy_case("clean")
    just_before = time.time() - 0.5  # younger than RACY_NS, older than any tick
    for path in case.rglob("*"):
        os.utime(path, (just_before, just_before), follow_symlinks=False)
    monkeypatch.chdir(case)
    first = _lint(run)
    loads = _count_loads(monkeypatch)
    assert _lint(run) == first
    assert loads == []
    assert first == _lint_paths(run, (), "--no-cache")


def test_no_cache_reads_and_writes_nothing(aged_case, run, monkeypatch):
    assert run("lint", "--no-cache").exit_code == 1
    assert not (aged_case / ".carekb-cache").exists()


def test_a_corrupt_cache_is_ignored(aged_case, run):
    first = _lint(run)
    for stored in (aged_case / ".carekb-cache").glob("lint-*.json"):
        stored.write_text("{not json")
    assert _lint(run) == first


def test_scopes_are_cached_apart(aged_case, run):
    everything = _lint(run)
    one = run("lint", "--format", "json", "kb/faqs")
    assert json.loads(one.stdout) != everything[1]
    assert all(f["path"].startswith("kb/faqs/") for f in json.loads(one.stdout))


# --- export reuse -------------------------------------------------------------


def _export(run):
    result = run("export", "--format", "markdown")
    assert result.exit_code == 0, result.output
    return result.output


def test_an_unchanged_export_is_not_rebuilt(aged_sample, run, monkeypatch):
    first = _export(run)
    loads = _count_loads(monkeypatch)
    second = _export(run)
    assert loads == []
    assert "(unchanged, not rebuilt)" in second
    assert second.replace(" (unchanged, not rebuilt)", "") == first


def test_a_touched_output_folder_is_rebuilt(aged_sample, run, monkeypatch):
    _export(run)
    page = next((aged_sample / "exports" / "markdown").rglob("*.md"))
    page.write_text("edited by hand\n")
    loads = _count_loads(monkeypatch)
    assert "unchanged" not in _export(run)
    assert loads == [1]
    assert page.read_text() != "edited by hand\n"


def test_a_changed_input_is_exported_again(aged_sample, run, monkeypatch):
    _export(run)
    entry = aged_sample / "kb/techniques/cat-cow.yaml"
    entry.write_text(entry.read_text().replace("Cat-cow stretch", "Cat-cow stretches", 1))
    _age(aged_sample, seconds=AGE - 5)
    output = _export(run)
    assert "unchanged" not in output
    assert not list((aged_sample / "exports" / "markdown").rglob("cat-cow.md"))


# --- memos by file content ------------------------------------------------------


def test_after_one_edit_only_that_file_is_parsed_and_checked(aged_case, run, monkeypatch):
    import carekb.load.reader as reader
    import carekb.validate.engine as engine

    _lint(run)  # fills the memo
    entry = aged_case / "kb/faqs/is-cracking-safe.yaml"
    entry.write_text(entry.read_text().replace("usually harmless", "often harmless"))
    parsed, checked = [], []
    real_parse = reader.load_bytes
    monkeypatch.setattr(
        "carekb.load.knowledge.load_bytes",
        lambda raw, path, **kw: parsed.append(path) or real_parse(raw, path, **kw),
    )
    real_split = engine.start_split
    monkeypatch.setattr(
        engine,
        "start_split",
        lambda kb, check, *more: (
            checked.append([e.path for e in kb.entries]) or real_split(kb, check, *more)
        ),
    )
    code, findings = _lint(run)
    # Read: the edited entry, the roster, and the entries whose cross-file findings
    # the edit can change (cat-cow, which it links to; those with a dangling
    # reference, whose "did you mean" may change). Nothing else.
    assert len(parsed) == len(set(parsed))
    assert set(parsed) == {
        "kb/faqs/is-cracking-safe.yaml",
        "kb/people.yaml",
        "kb/techniques/cat-cow.yaml",
        *_with_finding(findings, "dangling-reference"),
    }
    # The per-entry rules ran afresh on the edited entry alone.
    assert ["kb/faqs/is-cracking-safe.yaml"] in checked

    assert (code, findings) == _lint_fresh(run)


def _with_finding(findings, rule):
    return sorted({f["path"] for f in findings if f["rule"] == rule})


def _lint_fresh(run):
    result = run("lint", "--no-cache", "--format", "json")
    return result.exit_code, json.loads(result.stdout)


def test_the_memo_keeps_findings_not_a_copy_of_every_entry(aged_case, run):
    """The cache grows with the findings: no entry's data is kept, so a title or a
    step written in an entry appears nowhere in the memo."""
    _lint(run)
    body = (aged_case / ".carekb-cache" / "memo.json").read_bytes().partition(b"\n")[2]
    memo = json.loads(body)
    assert set(memo) == {"context", "findings"}
    entries = sorted((aged_case / "kb").rglob("*.yaml"))
    assert len(memo["findings"]) >= 2
    for path in entries:
        title = yaml.safe_load(path.read_text()).get("title")
        if isinstance(title, str):
            assert title not in body.decode(), path


def test_memoised_findings_equal_fresh_ones_after_edits(aged_case, run):
    _lint(run)
    for path in sorted((aged_case / "kb").rglob("*.yaml"))[:3]:
        path.write_text(path.read_text() + "\n# edited\n")
    assert _lint(run) == _lint_fresh(run)


def test_a_memo_sealed_by_someone_else_is_ignored(aged_case, run, tmp_path, monkeypatch):
    _lint(run)
    memo = aged_case / ".carekb-cache" / "memo.json"
    assert memo.is_file()
    # Another user (another seal key) claims every entry is clean.
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "other-user"))
    entry = aged_case / "kb/techniques/cat-cow.yaml"
    entry.write_text(entry.read_text() + "\n")
    assert _lint(run) == _lint_fresh(run)


def test_a_memo_not_sealed_by_this_user_leaves_the_warm_lint_warm(aged_case, run, monkeypatch):
    """The warm lint never reads the memo of findings, so a copied-in one neither
    slows it (its seal is a hash of its whole body) nor changes its answer; the lint
    afresh that reads it checks the seal there."""
    import carekb.validate.incremental as incremental

    _lint(run)
    memo = aged_case / ".carekb-cache" / "memo.json"
    memo.write_text("0" * 64 + "\n" + memo.read_bytes().partition(b"\n")[2].decode())
    warm: list[int] = []
    real = incremental.fresh_files
    monkeypatch.setattr(incremental, "fresh_files", lambda *a: warm.append(1) or real(*a))
    entry = aged_case / "kb/techniques/cat-cow.yaml"
    entry.write_text(entry.read_text() + "\n")
    _settle_only([entry], AGE - 10)
    assert _lint(run) == _lint_fresh(run)
    assert warm == [1]


# --- the cache never hides a finding ------------------------------------------------


def _both_ways(run, *paths):
    """Lint (and lint each of ``paths``) with the cache, then without: they must agree."""
    cached = [_lint_paths(run, ()), *(_lint_paths(run, (p,)) for p in paths)]
    fresh = [
        _lint_paths(run, (), "--no-cache"),
        *(_lint_paths(run, (p,), "--no-cache") for p in paths),
    ]
    assert cached == fresh
    return cached[0]


def _lint_paths(run, paths, *flags):
    result = run("lint", "--format", "json", *flags, *paths)
    return result.exit_code, json.loads(result.stdout)


def test_warm_lints_equal_fresh_ones_through_edits_renames_deletions_and_restores(aged_sample, run):
    kb = aged_sample / "kb"
    precaution = kb / "precautions/move-gently.yaml"
    technique = kb / "techniques/cat-cow.yaml"
    log = kb / "audit/cat-cow.jsonl"
    roster = kb / "people.yaml"
    originals = {p: p.read_bytes() for p in (precaution, technique, log, roster)}
    age = AGE

    def settle():
        # Each step's files are aged (so results are stored and recalled), each
        # step to another time (so every stat changes).
        nonlocal age
        age -= 10
        _age(aged_sample, age)

    baseline = _both_ways(run)
    _both_ways(run)  # recalled whole this time
    steps = [
        # a change of meaning, of the same size: stale approval here, safety
        # closure where it is linked
        lambda: precaution.write_text(precaution.read_text().replace("gently", "slowly", 1)),
        lambda: precaution.write_bytes(originals[precaution]),
        lambda: precaution.write_text(
            precaution.read_text().replace("gently", "slowly and gently", 1)
        ),
        # renamed: the id no longer matches the file name
        lambda: technique.rename(kb / "techniques/cat-cow-renamed.yaml"),
        lambda: (kb / "techniques/cat-cow-renamed.yaml").rename(technique),
        # deleted: every reference to it dangles
        lambda: precaution.unlink(),
        lambda: precaution.write_bytes(originals[precaution]),
        # a second file with the same id
        lambda: (kb / "techniques/cat-cow-copy.yaml").write_bytes(originals[technique]),
        lambda: (kb / "techniques/cat-cow-copy.yaml").unlink(),
        # a copy in a new folder (found by the walk every lint takes first), and one
        # hidden (a dot file, read by no lint), then both gone
        lambda: (kb / "techniques/more").mkdir(),
        lambda: (kb / "techniques/more/cat-cow-2.yaml").write_bytes(originals[technique]),
        lambda: (kb / "techniques/.cat-cow-3.yaml").write_bytes(originals[technique]),
        lambda: shutil.rmtree(kb / "techniques/more"),
        lambda: (kb / "techniques/.cat-cow-3.yaml").unlink(),
        # a folder named like a tool's: its entries are read, so its edits must be seen
        lambda: (kb / "techniques/venv").mkdir(),
        lambda: (kb / "techniques/venv/cat-cow-4.yaml").write_bytes(originals[technique]),
        lambda: (kb / "techniques/venv/cat-cow-4.yaml").write_text("id: [broken\n"),
        lambda: shutil.rmtree(kb / "techniques/venv"),
        # the audit log cut short, then restored
        lambda: log.write_bytes(originals[log].splitlines(keepends=True)[0]),
        lambda: log.write_bytes(originals[log]),
        # the roster changed, then restored
        lambda: roster.write_text(roster.read_text().replace("roles:", "roles: ", 1) + "\n# x\n"),
        lambda: roster.write_bytes(originals[roster]),
    ]
    seen = set()
    for step in steps:
        step()
        for settled in (False, True):  # racy inputs (nothing stored), then settled ones
            if settled:
                settle()
            files = [p for p in (precaution, technique) if p.exists()]
            result = _both_ways(run, *files)
            seen.add(json.dumps(result, sort_keys=True))
    assert len(seen) > 4  # the steps did change the findings
    for path, data in originals.items():
        assert path.read_bytes() == data
    assert _both_ways(run) == baseline


# --- the warm lint's index: only what a change can affect is checked again ----------


def _settle_only(paths, age):
    """Age just ``paths`` (the files a step touched): every other file keeps its stat,
    so the warm lint leaves those entries unread and takes their findings from the index."""
    past = time.time() - age
    for path in paths:
        if path.exists():
            os.utime(path, (past, past))


@contextlib.contextmanager
def _count_parses():
    """The files parsed while the block runs."""
    import carekb.load.knowledge as knowledge

    parsed = []
    real = knowledge.load_bytes
    knowledge.load_bytes = lambda raw, path, **kw: parsed.append(path) or real(raw, path, **kw)
    try:
        yield parsed
    finally:
        knowledge.load_bytes = real


def test_warm_lints_equal_fresh_ones_through_cross_file_changes(aged_sample, run):
    kb = aged_sample / "kb"
    technique = kb / "techniques/cat-cow.yaml"
    copy = kb / "techniques/cat-cow-copy.yaml"
    precaution = kb / "precautions/move-gently.yaml"
    other_precaution = kb / "precautions/stop-if-pain-increases.yaml"
    red_flags = kb / "precautions/red-flags-seek-care.yaml"
    other_technique = kb / "techniques/doorway-chest-stretch.yaml"
    handout = kb / "handouts/upper-back-self-care.yaml"
    safety_faq = kb / "faqs/is-it-safe-to-crack-your-own-upper-back.yaml"
    faq = kb / "faqs/what-is-the-upper-back.yaml"
    renamed_faq = kb / "faqs/what-is-the-upper-back-renamed.yaml"
    log = kb / "audit/move-gently.jsonl"
    picture = kb / "pictures/cat-cow.png"
    picture_b = (kb / "pictures/childs-pose.png").read_bytes()
    drawing = kb / "pictures/drawing.png"
    roster = kb / "people.yaml"
    stray_key = kb / "notes/stray.key"
    touched_files = [technique, precaution, other_precaution, red_flags, handout, faq, log, picture]
    touched_files += [safety_faq, roster, other_technique]
    originals = {p: p.read_bytes() for p in touched_files}
    yaml_files = len(list(kb.rglob("*.yaml")))

    def edit(path, old, new):
        text = path.read_text()
        assert old in text, (path, old)
        path.write_text(text.replace(old, new, 1))

    def restore(*paths):
        for path in paths:
            path.write_bytes(originals[path])

    def key_file():
        stray_key.parent.mkdir(exist_ok=True)
        stray_key.write_bytes((aged_sample / "demo-keys/demo-author-1.key").read_bytes())

    chest_pain = "  - symptom: chest-pain\n    level: stop-and-ask\n"
    # (what changes, the files it touches)
    steps = [
        # a signed precaution edited: its approval goes stale, and the techniques
        # that link it lose their safety closure (they are not edited)
        (lambda: edit(precaution, "gently", "slowly"), [precaution]),
        (lambda: restore(precaution), [precaution]),
        # a duplicate id created, then removed
        (lambda: copy.write_bytes(originals[technique]), [copy]),
        (lambda: copy.unlink(), [copy]),
        # a reference broken, then fixed
        (lambda: edit(technique, "  - move-gently\n", "  - move-gentle\n"), [technique]),
        (lambda: restore(technique), [technique]),
        # a linked entry deleted (every link to it dangles), then restored
        (lambda: other_precaution.unlink(), [other_precaution]),
        (lambda: restore(other_precaution), [other_precaution]),
        # renamed (the id no longer matches the file name), then back
        (lambda: faq.rename(renamed_faq), [renamed_faq]),
        (lambda: renamed_faq.rename(faq), [faq]),
        # an audit log cut short, then one event's text changed, then restored
        (lambda: log.write_bytes(originals[log].splitlines(keepends=True)[0]), [log]),
        (lambda: log.write_bytes(originals[log].replace(b"move-gently", b"move-gentlY", 1)), [log]),
        (lambda: restore(log), [log]),
        # an urgency conflict: the techniques that name the same symptom (none of them
        # edited, none linked to the edited one) are found to disagree, then not
        (lambda: edit(technique, "level: stop-and-ask", "level: emergency"), [technique]),
        # ... the entry that sets the standard moves its line: every conflict quotes it
        (lambda: edit(technique, "\nid:", "\n# one line more\nid:"), [technique]),
        # ... another entry that names the symptom edited, the standard unmoved
        (lambda: edit(other_technique, "title: ", "title: A "), [other_technique]),
        (lambda: restore(other_technique), [other_technique]),
        # ... and a handout that printed two of them no longer prints one: that
        # one's finding (unedited) no longer says they are printed together
        (lambda: edit(handout, "      - seated-chair-twist\n", ""), [handout]),
        (lambda: restore(handout), [handout]),
        (lambda: restore(technique), [technique]),
        # a misspelt link (with a suggestion), then the entry it suggests deleted:
        # the unedited entry's finding no longer suggests it
        (lambda: edit(safety_faq, "  - move-gently\n", "  - move-gentle\n"), [safety_faq]),
        (lambda: precaution.unlink(), [precaution]),
        (lambda: restore(precaution), [precaution]),
        (lambda: restore(safety_faq), [safety_faq]),
        # and between an edited file and one it links to, both ways round
        (lambda: edit(technique, "symptoms:\n", "symptoms:\n" + chest_pain), [technique]),
        (lambda: edit(red_flags, "level: emergency", "level: ask-first"), [red_flags]),
        (lambda: restore(technique, red_flags), [technique, red_flags]),
        # a picture swapped: the entry's file is unchanged, its content is not
        (lambda: picture.write_bytes(picture_b), [picture]),
        (lambda: restore(picture), [picture]),
        # ... under a name that is not the entry's id
        (lambda: drawing.write_bytes(originals[picture]), [drawing]),
        (
            lambda: edit(technique, "kb/pictures/cat-cow.png", "kb/pictures/drawing.png"),
            [technique],
        ),
        (lambda: drawing.write_bytes(picture_b), [drawing]),
        (lambda: restore(technique), [technique]),
        (lambda: drawing.unlink(), [drawing]),
        # a suppression comment that suppresses nothing, then removed
        (lambda: edit(faq, "\nid:", "\nid:  # carekb: disable=jargon\n#\n"), [faq]),
        (lambda: restore(faq), [faq]),
        # a private key dropped under kb/, then removed
        (key_file, [stray_key]),
        (lambda: stray_key.unlink(), [stray_key]),
        # the roster changed, then restored
        (lambda: edit(roster, "roles:", "roles: "), [roster]),
        (lambda: restore(roster), [roster]),
    ]
    baseline = _both_ways(run)
    age = AGE
    seen = set()
    unread_steps = 0
    for step, touched in steps:
        step()
        for settled in (False, True):  # racy files (read again), then settled ones
            if settled:
                age -= 10
                _settle_only(touched, age)
            with _count_parses() as parsed:
                cached = _lint_paths(run, ())
            fresh = _lint_paths(run, (), "--no-cache")
            assert cached == fresh, (touched, settled)
            if len(parsed) < yaml_files:
                unread_steps += 1
            files = [p for p in touched if p.exists() and p.suffix == ".yaml"]
            assert _both_ways(run, *files, technique) == cached
            seen.add(json.dumps(cached, sort_keys=True))
    assert len(seen) > 8  # the steps did change the findings
    assert unread_steps > len(steps)  # and most warm lints left most files unread
    for path, data in originals.items():
        assert path.read_bytes() == data
    assert _both_ways(run) == baseline


def test_an_edit_that_keeps_a_symptoms_urgency_leaves_its_other_users_to_the_index(
    aged_sample, run, monkeypatch
):
    """Five techniques name dizziness as stop-and-ask: editing one of them moves no
    standard, so the others' findings come from the index; making it an emergency
    changes every other one's finding, so they are worked out again."""
    import carekb.validate.incremental as incremental

    technique = aged_sample / "kb/techniques/cat-cow.yaml"
    others = {f"kb/techniques/{name}.yaml" for name in ("thread-the-needle", "seated-chair-twist")}
    worked_out: list[frozenset[str]] = []
    real = incremental.fresh_files
    monkeypatch.setattr(
        incremental, "fresh_files", lambda *a: worked_out.append(real(*a)) or worked_out[-1]
    )
    _lint(run)

    def warm_lint_after(old, new):
        text = technique.read_text()
        assert old in text
        technique.write_text(text.replace(old, new, 1))
        _settle_only([technique], AGE - 10)
        worked_out.clear()
        cached = _lint_paths(run, ())
        assert len(worked_out) == 1  # a warm lint
        assert cached == _lint_paths(run, (), "--no-cache")
        return cached[1], worked_out[0]

    _, fresh = warm_lint_after("title: Cat-cow stretch", "title: Cat-cow stretch, slowly")
    assert "kb/techniques/cat-cow.yaml" in fresh
    assert fresh.isdisjoint(others)
    findings, fresh = warm_lint_after("level: stop-and-ask", "level: emergency")
    assert others <= fresh
    assert {f["path"] for f in findings if f["rule"] == "urgency-conflict"} >= others


def test_files_deleted_while_too_young_to_trust_are_seen(aged_sample, run):
    """An entry (or a picture) written just before a lint is read again by the next
    one, and so is one gone since: the index keeps what was read, never as known."""
    technique = aged_sample / "kb/techniques/cat-cow.yaml"
    copy = aged_sample / "kb/techniques/cat-cow-copy.yaml"
    picture = aged_sample / "kb/pictures/cat-cow.png"
    original = picture.read_bytes()
    _lint(run)
    for young, gone in (
        (lambda: copy.write_bytes(technique.read_bytes()), copy.unlink),
        (lambda: picture.write_bytes(original + b"\0"), picture.unlink),
    ):
        young()  # too young: its stat is not kept
        assert _lint_paths(run, ()) == _lint_paths(run, (), "--no-cache")
        gone()
        after = _lint_paths(run, ())
        assert after == _lint_paths(run, (), "--no-cache")
    assert any("cat-cow.png" in f["message"] for f in after[1])


@pytest.mark.parametrize("most_recent", [0, 2000])
def test_the_index_is_kept_whole_or_as_what_changed_since(
    aged_sample, run, monkeypatch, most_recent
):
    """Whether a warm lint writes index.json whole again or only what changed since,
    the next warm lint starts from the same index and agrees with --no-cache."""
    import carekb.load.cache as cache

    monkeypatch.setattr(cache, "MAX_RECENT", most_recent)
    folder = aged_sample / ".carekb-cache"
    precaution = aged_sample / "kb/precautions/move-gently.yaml"
    _lint(run)
    whole = (folder / "index.json").read_bytes()
    for n, word in enumerate(["slowly", "softly"]):
        precaution.write_text(precaution.read_text().replace("gently", word, 1))
        _settle_only([precaution], AGE - 10 * (n + 1))
        assert _lint(run) == _lint_fresh(run)
    rewritten = (folder / "index.json").read_bytes() != whole
    assert rewritten == (most_recent == 0)
    assert _lint(run) == _lint_fresh(run)


def test_a_lint_of_one_file_sees_every_change_the_whole_lint_has_not_caught_up_with(
    aged_sample, run
):
    """``carekb lint FILE`` in a warm project works out that file's findings (the
    cross-file ones too) without bringing the index up to date: through edits of
    other files that no lint of the whole project has seen, each lint of a file agrees
    with --no-cache, leaves the index as it was and reads few files; the next lint of
    the whole project agrees too."""
    kb = aged_sample / "kb"
    technique = kb / "techniques/cat-cow.yaml"
    copy = kb / "techniques/cat-cow-copy.yaml"
    precaution = kb / "precautions/move-gently.yaml"
    log = kb / "audit/move-gently.jsonl"
    originals = {p: p.read_bytes() for p in (technique, precaution, log)}
    yaml_files = len(list(kb.rglob("*.yaml")))
    index_files = ("index.json", "index-findings.json", "index-recent.json")

    def edit(path, old, new):
        text = path.read_text()
        assert old in text, (path, old)
        path.write_text(text.replace(old, new, 1))

    baseline = _lint_paths(run, ())  # keeps the index
    index = {name: (aged_sample / ".carekb-cache" / name).read_bytes() for name in index_files}
    steps = [
        # a signed precaution edited: its approval goes stale, and the technique that
        # links it (not edited) loses its safety closure
        lambda: edit(precaution, "gently", "slowly"),
        # a second file with the technique's id
        lambda: copy.write_bytes(originals[technique]),
        # a link from the technique broken
        lambda: edit(technique, "  - move-gently\n", "  - move-gentle\n"),
        # the precaution's audit log cut short
        lambda: log.write_bytes(originals[log].splitlines(keepends=True)[0]),
        # the precaution deleted: the link (fixed again) dangles
        lambda: (technique.write_bytes(originals[technique]), precaution.unlink()),
        lambda: copy.unlink(),
    ]
    seen = set()
    for n, step in enumerate(steps):
        step()
        for settled in (False, True):  # racy files, then settled ones
            if settled:
                _settle_only([technique, copy, precaution, log], AGE - 10 * (n + 1))
            for path in (technique, precaution, copy):
                if not path.exists():
                    continue
                with _count_parses() as parsed:
                    cached = _lint_paths(run, (path,))
                assert cached == _lint_paths(run, (path,), "--no-cache"), (n, settled, path)
                assert len(parsed) < yaml_files / 2, parsed
                seen.add(json.dumps(cached, sort_keys=True))
            for name, data in index.items():
                assert (aged_sample / ".carekb-cache" / name).read_bytes() == data, name
    assert len(seen) > 5  # the steps did change the findings of the files linted
    assert _lint_paths(run, ()) == _lint_paths(run, (), "--no-cache") != baseline
    for path, data in originals.items():
        path.write_bytes(data)
    assert _both_ways(run, technique) == baseline


def test_a_lint_of_one_file_without_an_index_builds_one(aged_sample, run):
    """``carekb lint FILE`` (a pre-commit hook's, an editor's) in a project with no index
    it can use lints the whole project once and keeps the index, reporting what a lint
    of that file afresh reports: the next one-file lint reads few files, rather than
    every file again on every commit until a lint of the whole project runs. A lint of
    files outside kb/ keeps no index (no index holds them)."""
    kb = aged_sample / "kb"
    technique = kb / "techniques/cat-cow.yaml"
    index = aged_sample / ".carekb-cache" / "index.json"
    yaml_files = len(list(kb.rglob("*.yaml")))
    drafts = aged_sample / "drafts"
    drafts.mkdir()
    (drafts / "cat-cow-draft.yaml").write_bytes(technique.read_bytes())
    outside = _lint_paths(run, (drafts,))
    assert outside == _lint_paths(run, (drafts,), "--no-cache")
    assert outside[1] and {f["path"] for f in outside[1]} == {"drafts/cat-cow-draft.yaml"}
    assert not index.exists()

    first = _lint_paths(run, (technique,))
    assert first == _lint_paths(run, (technique,), "--no-cache")
    assert index.exists()
    technique.write_text(technique.read_text().replace("title: ", "title: A ", 1))
    with _count_parses() as parsed:
        second = _lint_paths(run, (technique,))
    assert second == _lint_paths(run, (technique,), "--no-cache")
    assert len(parsed) < yaml_files / 2, parsed
    assert _lint_paths(run, ()) == _lint_paths(run, (), "--no-cache")


def test_a_lint_of_one_file_reads_the_index_findings_only_for_an_unchanged_file(
    aged_sample, run, monkeypatch
):
    """The findings of every file are kept apart from the stats and outlines
    (index-findings.json): a lint of a file that changed works its findings out and
    reads none of them; one of a file that did not (after another file changed) takes
    its per-entry findings from there; a findings file that was not kept with the
    index (written over, or not sealed by this user) is not believed."""
    import carekb.load.cache as cache

    kb = aged_sample / "kb"
    technique = kb / "techniques/cat-cow.yaml"
    faq = kb / "faqs/what-is-the-upper-back.yaml"
    _lint_paths(run, ())
    reads = []
    real = cache._read_findings
    monkeypatch.setattr(cache, "_read_findings", lambda *a: reads.append(1) or real(*a))
    technique.write_text(technique.read_text().replace("title: ", "title: A ", 1))
    assert _lint_paths(run, (technique,)) == _lint_paths(run, (technique,), "--no-cache")
    assert reads == []
    assert _lint_paths(run, (faq,)) == _lint_paths(run, (faq,), "--no-cache")
    assert reads == [1]
    findings = aged_sample / ".carekb-cache" / "index-findings.json"
    kept = findings.read_bytes()
    seal, _, body = kept.partition(b"\n")
    record = json.loads(body)
    planted = {
        "path": "kb/faqs/what-is-the-upper-back.yaml",
        "line": 1,
        "column": 1,
        "rule": "jargon",
        "level": "error",
        "message": "planted",
        "entry_id": "what-is-the-upper-back",
        "end_line": None,
        "end_column": None,
        "fix": None,
    }
    record["local"][planted["path"]] = [planted]
    # sealed by this user, but not the findings kept with this index.json
    cache.seal(findings, record)
    assert _lint_paths(run, (faq,)) == _lint_paths(run, (faq,), "--no-cache")
    # the same findings with the seal they were kept under, but edited
    findings.write_bytes(seal + b"\n" + json.dumps(record, separators=(",", ":")).encode())
    assert _lint_paths(run, (faq,)) == _lint_paths(run, (faq,), "--no-cache")
    findings.write_bytes(kept)
    assert _lint_paths(run, (faq,)) == _lint_paths(run, (faq,), "--no-cache")
    assert _lint_paths(run, ()) == _lint_paths(run, (), "--no-cache")


_TABLES = [
    {},
    [1, "two", None],
    {"context": "c", "stats": {f"kb/f{n}.yaml": f"{n} 1 2" for n in range(4500)}},
    {f"k{n}": {"é": [n, {"x": None}]} for n in range(2001)},
    {"a": {}, "b": {n: n for n in range(2000)}, "c": {n: [n] for n in range(2001)}, "d": 1.5},
]


@pytest.mark.parametrize("record", _TABLES, ids=range(len(_TABLES)))
def test_a_record_written_in_pieces_is_the_json_of_the_whole(record):
    from carekb.load import cache

    pieces = list(cache.json_pieces(record))
    assert "".join(pieces) == json.dumps(record, separators=(",", ":"))


class _Made(Mapping[str, list[int]]):
    """A table whose values are made as they are asked for, counting those made."""

    def __init__(self, size: int) -> None:
        self.size, self.made = size, 0

    def __getitem__(self, key: str) -> list[int]:
        self.made += 1
        return [int(key[1:]), 0]

    def __iter__(self) -> Iterator[str]:
        return (f"k{n}" for n in range(self.size))

    def __len__(self) -> int:
        return self.size


@pytest.mark.parametrize("size", [0, 3, 2000, 2001, 4500])
def test_a_table_made_as_it_is_written_is_written_as_the_dict_it_is(size):
    from carekb.load import cache

    table = _Made(size)
    record = {"context": "c", "entries": table, "small": _Made(2)}
    pieces, made = [], []
    for piece in cache.json_pieces(record):
        pieces.append(piece)
        made.append(table.made)
    # A large table's values are made a batch at a time as it is written (a small
    # record is written whole, in one piece).
    steps = [after - before for before, after in itertools.pairwise([0, *made])]
    assert max(steps) <= 2000 if size > 2000 else made[0] == size
    text = "".join(pieces)
    plain = {"context": "c", "entries": dict(_Made(size)), "small": {"k0": [0, 0], "k1": [1, 0]}}
    assert text == json.dumps(plain, separators=(",", ":"))
    assert table.made == size


def test_a_large_record_is_sealed_a_piece_at_a_time_and_reads_back(tmp_path, monkeypatch):
    from carekb.load import cache

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user-cache"))
    record = {"context": "c", "stats": {f"kb/f{n}.yaml": f"{n} 1 2" for n in range(9000)}}
    assert len(list(cache.json_pieces(record))) > 4  # written in pieces, not whole
    mac = cache.seal(tmp_path / "cache" / "index.json", record)
    assert mac
    assert cache.unseal(tmp_path / "cache" / "index.json") == record
    body = (tmp_path / "cache" / "index.json").read_bytes().partition(b"\n")[2]
    assert body == json.dumps(record, separators=(",", ":")).encode()


def test_compiled_expressions_are_kept_per_user_and_only_the_newest_keys(tmp_path, monkeypatch):
    from carekb.load import cache

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user-cache"))
    folder = tmp_path / "user-cache" / "carekb" / cache.COMPILED_DIR
    keys = [f"{n:02x}".ljust(64, "0") for n in range(cache.COMPILED_KEPT + 3)]
    for age_ns, key in enumerate(keys):
        cache.write_compiled(key, {"0:x": [age_ns]})
        written = folder / f"{key[:32]}.json"
        os.utime(written, ns=(age_ns * 10**9, age_ns * 10**9))  # each newer than the last
    assert cache.read_compiled(keys[-1]) == {"0:x": [len(keys) - 1]}
    assert cache.read_compiled(keys[0]) == {}  # dropped: older than the newest eight
    assert len(list(folder.glob("*.json"))) == cache.COMPILED_KEPT
    assert (folder / f"{keys[-cache.COMPILED_KEPT][:32]}.json").exists()
    # A record under one key is not read for another, even at the same file name.
    assert cache.read_compiled(keys[-1][:32] + "f" * 32) == {}


def test_a_key_dropped_in_an_output_folder_or_one_named_like_it_reads_the_same_warm(
    aged_sample, run
):
    # The cache stats nothing in carekb's output folders and the private-key rule reads
    # nothing there, alike (Project.output_folders): a key dropped into preview/ after a
    # stored result cannot be reported by one lint and not by the next. A folder merely
    # named like an output elsewhere is read, and watched, like any other.
    pem = (
        "-----BEGIN PRIVATE KEY-----\n"
        "MC4CAQAwBQYDK2VwBCIEIJ+DYvh6SEqVTm50DFtMDoQikTmiCqirVv9mWG9qfSnF\n"
        "-----END PRIVATE KEY-----\n"
    )
    _both_ways(run)  # stored
    (aged_sample / "preview").mkdir()
    (aged_sample / "preview" / "leaked.pem").write_text(pem)
    (aged_sample / "kb" / "techniques" / "preview").mkdir()
    (aged_sample / "kb" / "techniques" / "preview" / "leaked.pem").write_text(pem)
    _age(aged_sample, AGE - 10)
    _, findings = _both_ways(run)
    keys = sorted(f["path"] for f in findings if f["rule"] == "private-key")
    assert keys == ["kb/techniques/preview/leaked.pem"]


def test_keys_dropped_after_a_stored_result_are_found_warm_without_a_second_walk(aged_sample, run):
    # The warm lint hands the private-key rule the files it works out again, from the
    # stat walk it took first, instead of letting it walk the project: the same keys
    # are reported as a lint afresh reports, and the same folders are skipped.
    pem = (
        "-----BEGIN PRIVATE KEY-----\n"
        "MC4CAQAwBQYDK2VwBCIEIJ+DYvh6SEqVTm50DFtMDoQikTmiCqirVv9mWG9qfSnF\n"
        "-----END PRIVATE KEY-----\n"
    )
    _both_ways(run)  # stored
    for place in ("notes/deep/leaked.pem", "kb/faqs/leaked.pem", "node_modules/pkg/leaked.pem"):
        (aged_sample / place).parent.mkdir(parents=True, exist_ok=True)
        (aged_sample / place).write_text(pem)
    _age(aged_sample, AGE - 10)
    _, findings = _both_ways(run)
    keys = sorted(f["path"] for f in findings if f["rule"] == "private-key")
    assert keys == ["kb/faqs/leaked.pem", "notes/deep/leaked.pem"]
    # Removed again: a warm lint names the gone file, and reads nothing of it.
    (aged_sample / "notes" / "deep" / "leaked.pem").unlink()
    _age(aged_sample, AGE - 20)
    _, findings = _both_ways(run)
    assert [f["path"] for f in findings if f["rule"] == "private-key"] == ["kb/faqs/leaked.pem"]


def test_a_new_day_rechecks_only_what_the_day_can_change(aged_sample, run, monkeypatch):
    """The index holds on another day: a warm lint then works out again only the files
    whose findings the day can change (a day they name is near, or a review falls due
    or expires; a finding is already there) and the entries that link to them. Day by
    day through approvals dated ahead of the clock, a source checked "in the future",
    a review falling due, a linked precaution expiring before the technique, and the
    clock set back, every warm lint agrees with --no-cache."""
    kb = aged_sample / "kb"
    precaution = kb / "precautions/move-gently.yaml"
    draft = kb / "faqs/ways-to-ease-a-stiff-upper-back.yaml"
    # The precaution's review ends first (an earlier date than its approval allows is
    # no finding), so the techniques linking it lose their safety closure then.
    text = precaution.read_text()
    assert "next_review: 2027-12-02" in text
    precaution.write_text(text.replace("next_review: 2027-12-02", "next_review: 2027-06-01"))
    text = draft.read_text()
    old = "    url: https://www.nhs.uk/conditions/back-pain/\n"
    assert old in text
    draft.write_text(text.replace(old, old + "    accessed: 2027-05-01\n"))
    _settle_only([precaution, draft], AGE)
    yaml_files = len(list(kb.rglob("*.yaml")))
    seen = []
    days = [
        "2026-12-01",  # the approvals (2026-12-02) are ahead of the clock
        "2026-12-05",  # now they count
        "2027-01-20",  # nothing near: the index serves, reading few files
        "2027-04-02",  # the precaution's review falls due (60 days before)
        "2027-04-03",
        "2027-05-01",  # the source's day
        "2027-05-02",
        "2027-06-01",
        "2027-06-02",  # it has expired: the linking techniques report it
        "2027-10-03",  # every other review falls due
        "2027-12-03",  # and expires
        "2027-05-01",  # the clock set back
    ]
    technique = kb / "techniques/cat-cow.yaml"
    for day in days:
        monkeypatch.setenv("CAREKB_NOW", f"{day}T12:00:00Z")
        for path in (technique, draft):  # a lint of one file, from the last day's index
            assert _lint_paths(run, (path,)) == _lint_paths(run, (path,), "--no-cache"), day
        with _count_parses() as parsed:
            cached = _lint_paths(run, ())
        assert cached == _lint_paths(run, (), "--no-cache"), day
        if day == "2027-01-20":
            assert len(parsed) < yaml_files / 2, parsed
        seen.append(json.dumps(cached, sort_keys=True))
    assert len(set(seen)) >= 6  # the days did change the findings
    expired = json.loads(seen[days.index("2027-06-02")])[1]
    assert any(f["rule"] == "safety-closure" for f in expired)
    assert not any(f["rule"] == "safety-closure" for f in json.loads(seen[2])[1])


def test_a_new_day_with_many_findings_is_still_served_by_the_index(aged_sample, run, monkeypatch):
    """On a new day every file with a finding is worked out again. Where those are many
    (a newly imported corpus of drafts, each with a warning) but fewer than half the
    entries, the index still serves the others: no lint afresh of every file."""
    import carekb.validate.parallel as parallel

    monkeypatch.setattr(parallel, "MIN_ENTRIES", 2)  # "many", for a sample this size
    monkeypatch.setattr(parallel, "worker_count", lambda size, minimum: 1)  # parses seen here
    kb = aged_sample / "kb"
    entries = sorted(kb.glob("*/*.yaml"))
    flagged = entries[:3]
    for path in flagged:  # trailing spaces on the first line: a warning in the text
        path.write_text(path.read_text().replace("\n", "   \n", 1))
    _settle_only(flagged, AGE)
    monkeypatch.setenv("CAREKB_NOW", "2027-01-20T12:00:00Z")
    first = _lint_paths(run, ())
    assert {f["path"] for f in first[1] if f["rule"] == "trailing-whitespace"} == {
        str(path.relative_to(aged_sample)) for path in flagged
    }
    monkeypatch.setenv("CAREKB_NOW", "2027-01-21T12:00:00Z")
    with _count_parses() as parsed:
        cached = _lint_paths(run, ())
    assert cached == _lint_paths(run, (), "--no-cache")
    assert 3 <= len(parsed) < len(entries) / 2, parsed


def _picture_through_a_link(root: Path) -> tuple[Path, Path]:
    """cat-cow's picture moved into a folder of its own and shown through a link to it
    (the same bytes): a pictures finding. Returns the link and the file."""
    picture = root / "kb/pictures/cat-cow.png"
    moved = root / "kb/pictures/moved/cat-cow.png"
    moved.parent.mkdir()
    picture.rename(moved)
    picture.symlink_to(moved)
    return picture, moved


def test_the_findings_kept_by_file_hold_none_of_a_rule_that_always_runs(aged_sample):
    """pictures reads more than its entry's file, so it runs on every lint and is never
    answered from the findings kept by file (the memo). A lint afresh runs it in the same
    workers as the rules whose findings are kept: its findings must not be kept with
    theirs."""
    from carekb.kb import open_kb
    from carekb.load.project import find_project
    from carekb.validate.engine import lint

    _picture_through_a_link(aged_sample)
    technique = aged_sample / "kb/techniques/cat-cow.yaml"
    technique.write_text(technique.read_text().replace("\nid:", "\nid: ", 1) + "  \n")
    project = find_project(aged_sample)
    memo: dict[str, Any] = {}
    found = lint(project, open_kb(project), memo=memo).findings
    assert {"pictures", "trailing-whitespace"} <= {f.rule for f in found if "cat-cow." in f.path}
    kept = [item["rule"] for key, items in memo.items() if "cat-cow." in key for item in items]
    assert "trailing-whitespace" in kept
    assert "pictures" not in kept


def test_a_picture_shown_through_a_link_then_put_back_lints_the_same_warm_and_fresh(
    aged_sample, run
):
    """The entry's key does not change (the same bytes), its pictures finding does."""
    picture, moved = _picture_through_a_link(aged_sample)
    linked = _both_ways(run)
    assert any(f["rule"] == "pictures" and "link" in f["message"] for f in linked[1])
    picture.unlink()
    moved.rename(picture)
    moved.parent.rmdir()
    _settle_only([picture], AGE - 10)
    _, findings = _both_ways(run)
    assert not [f for f in findings if f["rule"] == "pictures"]
