"""Work shared out to forked workers gives exactly the findings of one process."""

from __future__ import annotations

import json
import os
import sys
import time

import pytest

import carekb.load.knowledge as knowledge
import carekb.validate.parallel as parallel
import carekb.workers as workers
from conftest import CASES_DIR
from lint_support import EXPIRED_PRECAUTION_DAY, tampered_sample

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")

# Cases with loader failures, careful-path files, findings of every kind.
CASES = sorted(p.name for p in CASES_DIR.iterdir() if (p / "expected.txt").is_file())


def _lint(run, case):
    result = run("lint", "--no-cache", "--format", "json", "--root", str(case))
    return result.exit_code, json.loads(result.stdout)


def _force_workers(monkeypatch, count=3):
    monkeypatch.setattr(parallel, "MIN_ENTRIES", 1)
    monkeypatch.setattr(knowledge, "PARALLEL_MIN_FILES", 1)
    monkeypatch.setattr(workers, "worker_count", lambda size, minimum: count if size else 1)
    monkeypatch.setattr(parallel, "worker_count", workers.worker_count)
    monkeypatch.setattr(knowledge, "worker_count", workers.worker_count)
    monkeypatch.setattr(workers, "failures", [])


@pytest.mark.parametrize("name", CASES)
def test_forked_lint_matches_one_process(name, copy_case, run, monkeypatch):
    case = copy_case(name)
    monkeypatch.chdir(case)
    alone = _lint(run, case)
    _force_workers(monkeypatch)
    assert _lint(run, case) == alone
    assert workers.failures == []  # every worker sent its share back


def test_entries_checked_a_few_at_a_time_give_the_same_findings(copy_case, run, monkeypatch):
    # The per-entry rules run over pieces of the knowledge base, each with a scratch
    # space of its own (parallel.in_pieces): pieces of two entries must change nothing.
    case = copy_case("clean")
    entries = sorted((case / "kb").glob("*/*.yaml"))
    for path in entries:  # a per-entry finding in every entry: trailing whitespace
        lines = path.read_text(encoding="utf-8").split("\n")
        at = next(n for n, line in enumerate(lines) if line.startswith("id:"))
        lines[at] += "   "
        path.write_text("\n".join(lines), encoding="utf-8")
    monkeypatch.chdir(case)
    whole = _lint(run, case)
    assert len(whole[1]) >= len(entries) >= 4
    monkeypatch.setattr(parallel, "PIECE", 2)
    assert _lint(run, case) == whole


def test_every_worker_sends_its_share_back_from_a_fresh_process(tmp_path):
    """A cold lint in a new process: the workers compile the expressions and send them
    back with their findings. Run as a user runs it, in a process of its own."""
    import shutil
    import subprocess
    import sys

    from conftest import REPO_ROOT

    root = tmp_path / "kb-copy"
    shutil.copytree(REPO_ROOT / "kb", root / "kb")
    shutil.copy(REPO_ROOT / "carekb.yaml", root / "carekb.yaml")
    shutil.copytree(REPO_ROOT / "schemas", root / "schemas")
    script = (
        "import sys, pathlib, carekb.workers as w, carekb.validate.parallel as p, "
        "carekb.load.knowledge as k\n"
        "p.MIN_ENTRIES = 1; k.PARALLEL_MIN_FILES = 1\n"
        "count = lambda size, minimum: 2 if size else 1\n"
        "w.worker_count = p.worker_count = k.worker_count = count\n"
        "from carekb.load.project import open_project\n"
        "from carekb.validate.lint import lint_project\n"
        "result = lint_project(open_project(pathlib.Path(sys.argv[1])), use_cache=False)\n"
        "print(len(result.findings), w.failures)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(root)], capture_output=True, text=True, check=True
    )
    assert done.stdout.split(" ", 1)[1].strip() == "[]", done.stdout


def test_a_failing_worker_has_its_share_done_here():
    calls = []

    def work(part):
        calls.append(part)
        if os.getpid() != parent:
            os._exit(7)  # a worker that dies without sending anything
        return [part * 10]

    parent = os.getpid()
    assert workers.run_parts([1, 2, 3], work) == [10, 20, 30]


def test_started_parts_run_while_this_process_works_and_come_back_in_order(monkeypatch):
    monkeypatch.setattr(workers, "failures", [])
    parent = os.getpid()

    def work(part):
        if part == 2 and os.getpid() != parent:
            os._exit(3)  # this worker fails: its share is done here, in order
        return [(part, os.getpid() != parent)]

    pending = workers.start_parts([1, 2, 3], work)
    here = sum(range(100_000))  # this process's own work, meanwhile
    assert pending() == [(1, True), (2, False), (3, True)]
    assert here == 4_999_950_000
    assert workers.failures == [3]


def test_pulled_chunks_are_worked_by_whoever_is_free_and_come_back_in_order(monkeypatch):
    """run_pulled: this process runs ``meanwhile`` while the workers take chunks, then
    takes chunks too; every chunk is worked once, the results come in the chunks' order,
    and a chunk whose worker died is worked here."""
    monkeypatch.setattr(workers, "failures", [])
    parent = os.getpid()
    meanwhile: list[float] = []

    def work(chunk):
        if chunk == 7 and os.getpid() != parent:
            os._exit(5)  # the worker that took chunk 7 dies: what it did is lost
        time.sleep(0.01)  # long enough for every process to take a share
        return [(chunk, os.getpid(), time.monotonic())]

    def prepare():
        time.sleep(0.05)  # the workers take chunks meanwhile
        meanwhile.append(time.monotonic())

    done = workers.run_pulled(list(range(40)), work, 2, prepare)
    assert [chunk for chunk, _, _ in done] == list(range(40))
    by = {pid for _, pid, _ in done}
    assert parent in by and len(by) >= 2, by  # a worker that lives, and this process
    here = [at for chunk, pid, at in done if pid == parent and chunk != 7]
    assert len(meanwhile) == 1 and here and meanwhile[0] < min(here)
    assert min(at for _, pid, at in done if pid != parent) < meanwhile[0]
    assert [pid for chunk, pid, _ in done if chunk == 7] == [parent]
    assert workers.failures == [5]
    # Their numbers are written to a pipe before anyone reads: no more than it holds.
    with pytest.raises(ValueError, match="at most"):
        workers.run_pulled(list(range(workers.MOST_PULLED + 1)), work, 2, prepare)


def test_files_are_parsed_in_no_more_chunks_than_the_pipe_holds(copy_case, monkeypatch):
    """A knowledge base with more files than chunks of the usual size the pipe can hold
    is parsed in larger chunks, and loads as one process loads it."""
    from carekb.kb import open_kb
    from carekb.load.project import find_project

    project = find_project(copy_case("clean"))
    alone = open_kb(project)
    _force_workers(monkeypatch, count=2)
    monkeypatch.setattr(knowledge, "CHUNK_FILES", 1)
    monkeypatch.setattr(knowledge, "MOST_PULLED", 2)
    monkeypatch.setattr(workers, "MOST_PULLED", 2)
    sizes: list[int] = []
    real_pulled = knowledge.run_pulled
    monkeypatch.setattr(
        knowledge,
        "run_pulled",
        lambda chunks, *rest: sizes.append(len(chunks)) or real_pulled(chunks, *rest),
    )
    shared = open_kb(project)
    assert sizes == [2] and len(alone.documents) > 2
    assert [(d.path, d.data) for d in shared.documents] == [
        (d.path, d.data) for d in alone.documents
    ]
    assert workers.failures == []


def test_a_lint_of_every_entry_prepares_its_rules_while_the_files_are_parsed(
    copy_case, monkeypatch
):
    """The rules' preparation is handed to the parse, which runs it here while the
    workers parse, where every entry will be checked; not where the memo already holds
    entries' findings (it would be for a few entries' sake)."""
    from carekb.load.project import find_project

    lint_module = sys.modules["carekb.validate.lint"]
    _force_workers(monkeypatch, count=2)
    case = copy_case("clean")
    prepared: list[str] = []
    real_pulled = knowledge.run_pulled

    def pulled(chunks, work, count, meanwhile):
        def noted() -> None:
            prepared.append("while workers parse")
            meanwhile()

        return real_pulled(chunks, work, count, noted)

    monkeypatch.setattr(knowledge, "run_pulled", pulled)
    monkeypatch.setattr(
        lint_module, "preparation", lambda project: lambda: prepared.append("the rules")
    )
    project = find_project(case)
    first = lint_module.lint_project(project)
    assert (case / ".carekb-cache" / "index.json").exists()
    assert prepared == ["while workers parse", "the rules"]
    # The index gone, the memo of each file's findings kept: the next lint is afresh,
    # with every entry's findings from the memo.
    for name in ("index.json", "index-findings.json", "index-recent.json"):
        (case / ".carekb-cache" / name).unlink(missing_ok=True)
    touched = next(path for path in (case / "kb").rglob("*.yaml") if path.name != "people.yaml")
    touched.write_text(touched.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    prepared.clear()
    seen: list[object] = []
    real_load = knowledge._load_all
    monkeypatch.setattr(
        knowledge,
        "_load_all",
        lambda *args: seen.append(args[4]) or real_load(*args),
    )
    again = lint_module.lint_project(project)
    assert again.findings == first.findings == []
    assert seen and all(meanwhile is None for meanwhile in seen)
    assert "the rules" not in prepared


def test_the_sample_knowledge_base_lints_the_same_in_parallel(run, monkeypatch):
    from conftest import REPO_ROOT

    alone = _lint(run, REPO_ROOT)
    monkeypatch.setattr(parallel, "MIN_ENTRIES", 1)
    monkeypatch.setattr(knowledge, "PARALLEL_MIN_FILES", 1)
    assert _lint(run, REPO_ROOT) == alone


def _files(folder):
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


def test_forked_export_writes_the_same_bytes(run, tmp_path, monkeypatch):
    import carekb.render.export as export
    from conftest import REPO_ROOT

    monkeypatch.setenv("CAREKB_TRUST", str(REPO_ROOT / "demo-keys" / "trust.yaml"))
    args = ["export", "--root", str(REPO_ROOT), "--format", "html", "--format", "markdown"]
    alone = run(*args, "--out", tmp_path / "alone")
    assert alone.exit_code == 0, alone.output
    monkeypatch.setattr(export, "PARALLEL_MIN_JOBS", 1)
    monkeypatch.setattr(knowledge, "PARALLEL_MIN_FILES", 1)
    monkeypatch.setattr(workers, "failures", [])
    split = run(*args, "--out", tmp_path / "split")
    assert split.exit_code == 0, split.output
    assert workers.failures == []  # every share came back from its worker
    assert split.output.replace("split", "alone") == alone.output
    assert _files(tmp_path / "split") == _files(tmp_path / "alone")
    assert len(_files(tmp_path / "alone")) > 30


def _parsed(raw):
    """``raw`` parsed as a loading worker parses a file: with the digest of its bytes."""
    import hashlib

    from carekb.load.reader import load_bytes

    doc = load_bytes(raw, "f.yaml")
    doc.digest = hashlib.sha256(raw).hexdigest()
    return doc


def test_a_parsed_file_crosses_the_pipe_with_its_marks_not_its_text(tmp_path):
    """A file parsed in a loading worker comes back able to place a finding from
    libyaml's marks, without parsing its text again, and without its text, which is
    read from the file again when something asks for it."""
    import pickle

    from carekb.load.reader import load_bytes

    raw = (
        b"id: cat-cow  # a comment only the text holds\n"
        b"title: Cat-cow\nsteps:\n  - Kneel.\n  - Arch.\n"
    )
    path = tmp_path / "f.yaml"
    path.write_bytes(raw)
    payload = pickle.dumps(knowledge._ship(_parsed(raw), True))
    assert b"only the text holds" not in payload
    doc = knowledge._unship(pickle.loads(payload), path)
    assert doc.position_source.pinpoint(("steps", 1), key=False) == (5, 5)
    assert doc.position(("steps", 1)) == (5, 5)
    assert doc._tables is None  # placed from the marks alone
    assert doc.key_positions == load_bytes(raw, "f.yaml", careful=True).key_positions
    assert not doc.may_hold_directives
    assert doc.text == raw.decode()


def test_a_file_sent_without_its_text_reads_the_bytes_that_were_parsed(tmp_path):
    """Where libyaml cannot place a file's values (an empty one), its positions come from
    its text, read again; a directive is known of without reading it; and a file saved
    since it was parsed is refused, never read as if it were what was parsed."""
    import pickle

    from carekb.load.reader import load_bytes

    raw = b"id: cat-cow\ntitle:\nsummary: x  # carekb: disable=jargon\n"
    path = tmp_path / "f.yaml"
    path.write_bytes(raw)
    shipped = pickle.loads(pickle.dumps(knowledge._ship(_parsed(raw), True)))
    doc = knowledge._unship(shipped, path)
    assert doc.may_hold_directives and not doc.text_held  # not read for that
    careful = load_bytes(raw, "f.yaml", careful=True)
    assert (doc.key_positions, doc.value_positions) == (
        careful.key_positions,
        careful.value_positions,
    )
    saved = knowledge._unship(shipped, path)
    path.write_bytes(raw.replace(b"cat-cow", b"cow-cat"))
    with pytest.raises(knowledge.ChangedUnderfoot, match=r"f\.yaml changed"):
        saved.text  # noqa: B018 -- reads the file
    # An editor's buffer (not the file's bytes) is sent whole.
    buffer = knowledge._unship(knowledge._ship(_parsed(raw), False), path)
    assert buffer.text == raw.decode()


def test_a_file_saved_while_a_lint_reads_it_is_linted_as_saved(copy_case, monkeypatch):
    """A file saved after the workers parsed it and before its text is read again: the
    lint starts again and reports what the file holds now."""
    import importlib

    from carekb.load.project import open_project

    lint_module = importlib.import_module("carekb.validate.lint")  # the package names a function so

    case = copy_case("clean")
    for module in (knowledge, parallel):
        monkeypatch.setattr(module, "worker_count", lambda size, minimum: 2 if size else 1)
    monkeypatch.setattr(knowledge, "PARALLEL_MIN_FILES", 1)
    monkeypatch.setattr(parallel, "MIN_ENTRIES", 1)
    target = sorted((case / "kb" / "techniques").glob("*.yaml"))[-1]
    opened = []

    def open_then_save(*args, **kwargs):
        kb = real_open(*args, **kwargs)
        if not opened:  # a trailing space: a per-entry finding, in the text only
            lines = target.read_text(encoding="utf-8").split("\n")
            lines[0] += "   "
            target.write_text("\n".join(lines), encoding="utf-8")
        opened.append(kb)
        return kb

    real_open = lint_module.open_kb
    monkeypatch.setattr(lint_module, "open_kb", open_then_save)
    result = lint_module.lint_project(open_project(case), use_cache=False)
    assert len(opened) == 2
    name = f"kb/techniques/{target.name}"
    assert [(f.rule, f.line) for f in result.findings if f.path == name] == [
        ("trailing-whitespace", 1)
    ]


def test_workers_given_up_on_are_stopped_not_left_blocked():
    """An error in this process while workers run: they are stopped and reaped, not
    left blocked on a pipe of results nobody reads."""
    import time

    def work(part):
        if os.getpid() != parent:
            time.sleep(60)
        return [b"x" * 1_000_000]  # more than a pipe holds

    parent = os.getpid()
    workers.start_parts([1, 2], work)
    pids = list(workers._started)
    assert len(pids) == 2
    workers.abandon_started()
    assert workers._started == {}
    for pid in pids:
        with pytest.raises(ChildProcessError):
            os.waitpid(pid, os.WNOHANG)  # reaped already: no such child


def test_an_error_in_the_cross_file_rules_stops_the_workers(tmp_path, monkeypatch):
    import shutil

    import carekb.validate.engine as engine
    from carekb.load.project import open_project
    from carekb.validate.lint import lint_project
    from conftest import REPO_ROOT

    case = tmp_path / "kb-copy"
    for part in ("kb", "schemas"):
        shutil.copytree(REPO_ROOT / part, case / part)
    shutil.copy(REPO_ROOT / "carekb.yaml", case / "carekb.yaml")
    started = []
    real_start = workers.start_parts
    monkeypatch.setattr(
        parallel, "start_parts", lambda parts, work: started.append(1) or real_start(parts, work)
    )
    monkeypatch.setattr(parallel, "MIN_ENTRIES", 1)
    monkeypatch.setattr(parallel, "worker_count", lambda size, minimum: 2 if size else 1)
    real_check = engine.RuleContext  # the cross-file rules run through this context

    def broken(*args, **kwargs):
        context = real_check(*args, **kwargs)
        if context.rule == "duplicate-id":
            raise RuntimeError("a cross-file rule failed")
        return context

    monkeypatch.setattr(engine, "RuleContext", broken)
    with pytest.raises(RuntimeError):
        lint_project(open_project(case), use_cache=False)
    assert started  # the workers had started when the error came
    assert workers._started == {}


def test_texts_read_again_for_a_piece_are_let_go_after_it(copy_case, monkeypatch):
    """A worker checking its share piece by piece holds one piece's texts at a time, not
    its whole share's; each is read again, the same, when asked for once more."""
    from carekb.kb import open_kb
    from carekb.load.project import open_project

    case = copy_case("clean")
    monkeypatch.setattr(knowledge, "worker_count", lambda size, minimum: 2 if size else 1)
    monkeypatch.setattr(knowledge, "PARALLEL_MIN_FILES", 1)
    monkeypatch.setattr(parallel, "PIECE", 1)
    kb = open_kb(open_project(case))
    assert kb.entries and all(type(e.doc).__name__ == "_ReadAgain" for e in kb.entries)
    held: list[int] = []

    def check(piece):
        found = [doc.path for doc in piece.documents if doc.text.startswith("\ufeff")]
        held.append(sum(entry.doc.text_held for entry in kb.entries))
        return found

    assert parallel.in_pieces(kb, check) == []
    # The piece's own text (read by the check) and no other: one entry a piece here.
    assert len(held) == len(kb.entries) >= 4 and set(held) == {1}
    assert not any(e.doc.text_held for e in kb.entries)
    for entry in kb.entries:
        assert entry.doc.text == (case / entry.path).read_text(encoding="utf-8")


def _tampered_sample(root, monkeypatch):
    """The sample with findings of every per-entry cross-file rule, on the day it shows
    them, as the working folder."""
    tampered_sample(root)
    monkeypatch.setenv("CAREKB_NOW", f"{EXPIRED_PRECAUTION_DAY}T12:00:00Z")
    monkeypatch.setenv("CAREKB_TRUST", str(root / "demo-keys" / "trust.yaml"))
    monkeypatch.chdir(root)
    return root


def test_per_entry_cross_file_rules_find_in_workers_what_one_process_finds(
    tmp_path, run, monkeypatch
):
    # The audit and safety rules that work per entry (PER_ENTRY) run in the workers, each
    # for its share, with the whole knowledge base at hand.
    root = _tampered_sample(tmp_path / "sample", monkeypatch)
    alone = _lint(run, root)
    found = {finding["rule"] for finding in alone[1]}
    assert {"audit-chain", "audit-signature", "safety-closure", "safety-content"} <= found
    _force_workers(monkeypatch)
    assert _lint(run, root) == alone
    assert workers.failures == []


def test_an_entrys_signatures_are_verified_in_the_process_that_checks_it_once(
    tmp_path, run, monkeypatch
):
    # An approval's signature is in the entry's file and again in its audit log: both
    # are checked in the worker that checks the entry, which verifies it once. (A cold
    # lint of 10,000 entries verified 10,000 of them twice: here and in a worker.)
    # Only the roster's is verified here, before the workers start.
    from carekb.trust import approvals, audit, keys, verified

    root = _tampered_sample(tmp_path / "sample", monkeypatch)
    verified.forget()  # what earlier tests in this process verified
    record = tmp_path / "verified.txt"
    real = keys.verify

    def counted(public_key, signature, message):
        with record.open("a", encoding="utf-8") as out:  # one line per call, any process
            out.write(f"{os.getpid()} {public_key} {signature} {message.hex()}\n")
        return real(public_key, signature, message)

    monkeypatch.setattr(keys, "verify", counted)
    _force_workers(monkeypatch)
    _lint(run, root)
    assert workers.failures == []
    calls = [line.split(" ", 1) for line in record.read_text(encoding="utf-8").splitlines()]
    by_process: dict[str, list[str]] = {}
    for pid, call in calls:
        by_process.setdefault(pid, []).append(call)
    assert len(by_process) >= 3  # the workers verified
    for made in by_process.values():
        assert len(made) == len(set(made))  # none twice in one process
    signed_here = [bytes.fromhex(c.split()[-1]) for c in by_process.pop(str(os.getpid()), [])]
    for message in signed_here:
        assert not message.startswith((approvals.DOMAIN, audit.EVENT_DOMAIN)), message[:40]
    entries = [c for made in by_process.values() for c in made]
    events = [c for c in entries if bytes.fromhex(c.split()[-1]).startswith(audit.EVENT_DOMAIN)]
    assert len(events) == len(set(events)) > 10  # each audit event in one worker


def test_a_lint_that_reuses_some_entries_findings_still_runs_the_per_entry_rules(
    tmp_path, run, monkeypatch
):
    # Findings the memo keeps are the per-entry file rules' only: with some entries
    # taken from it, the per-entry cross-file rules run here, for every entry.
    root = _tampered_sample(tmp_path / "sample", monkeypatch)
    _force_workers(monkeypatch)
    first = run("lint", "--format", "json", "--root", str(root))
    assert first.exit_code == 1
    edited = sorted((root / "kb" / "faqs").glob("*.yaml"))[0]
    edited.write_text(edited.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    cached = run("lint", "--format", "json", "--root", str(root))
    assert json.loads(cached.stdout) == _lint(run, root)[1]
    assert {"audit-chain", "audit-signature"} <= {f["rule"] for f in json.loads(cached.stdout)}


def test_with_findings_taken_from_the_memo_the_per_entry_rules_stay_with_the_caller(
    tmp_path, monkeypatch
):
    # The memo holds no finding of theirs: a lint that takes some entries' findings from
    # it must work these rules out for every entry, where it runs the cross-file rules.
    from carekb.kb import open_kb
    from carekb.load.project import open_project
    from carekb.validate import engine
    from carekb.validate.settings import resolve_settings

    root = _tampered_sample(tmp_path / "sample", monkeypatch)
    project = open_project(root)
    kb = open_kb(project)
    per_entry = [s for s in resolve_settings(project) if s.rule.per_entry]
    beside = engine._Beside(per_entry, lambda rules, view: [])
    nothing = lambda rules, view: []  # noqa: E731
    entry = kb.entries[0]
    for memo, handed in (({f"{entry.path}\0{entry.doc.digest}": []}, []), ({}, per_entry)):
        findings, taken = engine._start_local_findings(kb, [], nothing, memo, beside)
        assert taken == handed
        assert findings() == []


def test_what_is_prepared_before_the_fork_is_there_in_every_worker(copy_case, monkeypatch):
    """start_split prepares once, here, and only when it forks workers: each worker
    inherits what was built (the rules' compiled expressions, word lists) instead of
    building it again. Here what is built is a note of the process that built it."""
    from carekb.kb import open_kb
    from carekb.load.project import find_project
    from carekb.model import Finding, Level

    _force_workers(monkeypatch, count=2)
    kb = open_kb(find_project(copy_case("clean")))
    prepared: list[int] = []

    def check(view):
        seen = f"{os.getpid()} {prepared}"
        return [Finding(view.entries[0].path, 1, 1, "note", seen, Level.WARNING)]

    pending = parallel.start_split(kb, check, lambda: prepared.append(os.getpid()))
    assert prepared == [os.getpid()]
    seen = [finding.message.split(" ", 1) for finding in pending()]
    assert len(seen) == 2
    assert all(int(pid) != os.getpid() and notes == f"[{os.getpid()}]" for pid, notes in seen)
    assert workers.failures == []
    # Too small to share out: checked here when asked, and nothing prepared for workers.
    monkeypatch.setattr(parallel, "worker_count", lambda size, minimum: 1)
    assert len(parallel.start_split(kb, check, lambda: prepared.append(0))()) == 1
    assert prepared == [os.getpid()]
