"""Benchmark carekb on a generated knowledge base of N entries.

    make bench                      # N=10000, 3 runs each (installs check-jsonschema)
    .venv/bin/python bench/bench.py --entries 1000 --runs 3

It clones the bundled sample entries under new ids (cross-references rewired
to the clones), signs every clone with the demo reviewer keys so that export
has approved content, then times, side by side in one run: cold and warm
`carekb lint`, lint after touching one file, cold and warm exports,
`carekb --version` against `python -c "import click"`, peak memory, and
check-jsonschema with carekb's own schemas on the same files. Each time is the
median of --runs runs. Targets come from the issue that asked for this bench;
the last column says pass or miss. Not part of the test suite.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
CAREKB = str(BIN / "carekb")
SIGNER = "demo-reviewer-pt"
SIGNED_AT = "2026-11-26T12:00:00Z"


# --- generating the knowledge base -------------------------------------------------


# Appended to every clone in the corpus "with findings": a field no schema
# allows, so every entry carries exactly one finding (schema), signed as it is.
FINDING_LINE = "internal_note: imported, not yet edited\n"


def generate(target: Path, entries: int, findings: bool = False) -> int:
    """Write a project with ``entries`` entries into ``target``; return how many.

    ``findings``: every entry gets a field its schema refuses (one finding each).
    """
    from carekb.kb import open_kb
    from carekb.load.project import open_project

    shutil.copy(REPO / "carekb.yaml", target / "carekb.yaml")
    (target / "kb").mkdir()
    shutil.copy(REPO / "kb" / "people.yaml", target / "kb" / "people.yaml")
    # The techniques' drawings: each copy's picture path gets the copy's suffix too.
    pictures = sorted((REPO / "kb" / "pictures").glob("*.png"))
    (target / "kb" / "pictures").mkdir()
    shutil.copytree(REPO / "demo-keys", target / "demo-keys")
    shutil.copytree(
        REPO / "src" / "carekb" / "schemas",
        target / "schemas",
        ignore=shutil.ignore_patterns("*.py", "__pycache__"),
    )
    os.chmod(target / "demo-keys" / f"{SIGNER}.key", 0o600)
    sample = open_kb(open_project(REPO))
    originals = [(e, (REPO / e.path).read_text(encoding="utf-8")) for e in sample.entries]
    ids = sorted((e.id for e, _ in originals), key=len, reverse=True)
    pattern = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, ids)) + r")(?![\w-])")
    # Whole copies of the sample only, so that every cross-reference resolves:
    # the count is rounded up to a multiple of the sample's size.
    written = 0
    copy = 0
    while written < entries:
        for picture in pictures:
            name = f"{picture.stem}-c{copy}{picture.suffix}"
            shutil.copy(picture, target / "kb" / "pictures" / name)
        for entry, text in originals:
            suffix = f"-c{copy}"
            clone = pattern.sub(r"\g<1>" + suffix, text)
            if findings:
                clone += FINDING_LINE
            folder = target / Path(entry.path).parent
            folder.mkdir(parents=True, exist_ok=True)
            (folder / f"{entry.id}{suffix}.yaml").write_text(clone, encoding="utf-8")
            written += 1
        copy += 1
    return written


def sign_all(target: Path) -> int:
    """Approve every entry as the demo reviewer, with its audit event, in one pass."""
    from carekb.kb import open_kb
    from carekb.load.audit import append_record, audit_log_path, next_record, read_audit_file
    from carekb.load.project import open_project
    from carekb.load.writer import splice_review_block
    from carekb.trust.approvals import make_approval
    from carekb.trust.audit import event_message
    from carekb.trust.canonical import content_hash, content_of
    from carekb.trust.keys import load_private_key, sign

    project = open_project(target)
    kb = open_kb(project)
    key = load_private_key(target / "demo-keys" / f"{SIGNER}.key")
    meaning = project.policy.default_meaning
    due = (
        dt.date(2026, 11, 26) + dt.timedelta(days=project.policy.review_interval_days)
    ).isoformat()
    (target / "kb" / "audit").mkdir(parents=True, exist_ok=True)
    for entry in kb.entries:
        current = content_hash(entry.data)
        approval = make_approval(entry.id, current, SIGNER, meaning, SIGNED_AT, key)
        review = {"status": "approved", "approvals": [approval], "next_review": due}
        path = target / entry.path
        path.write_bytes(splice_review_block(path.read_bytes(), review))
        log = read_audit_file(audit_log_path(target, entry.id))  # a new log: nothing to check
        record = next_record(
            log,
            {
                "event": "approve",
                "entry": entry.id,
                "actor": SIGNER,
                "at": SIGNED_AT,
                "status": "approved",
                "content_hash": current,
                "approval": approval,
                "content": content_of(entry.data),
                "next_review": due,
            },
        )
        # Every event is signed by the person it names, as 'carekb review' signs it.
        append_record(target, log, {**record, "signature": sign(key, event_message(record))})
    return len(kb.entries)


# --- measuring -------------------------------------------------------------------


@dataclass
class Run:
    seconds: float
    max_rss_mb: float
    returncode: int
    output: str


def run(cmd: list[str], cwd: Path, env: dict[str, str] | None = None) -> Run:
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    assert proc.stdout is not None
    output = proc.stdout.read().decode("utf-8", "replace")
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    return Run(elapsed, usage.ru_maxrss / 1024, proc.returncode, output)


def median(
    cmd: list[str], cwd: Path, runs: int, before=None, env: dict[str, str] | None = None
) -> tuple[float, Run]:
    times = []
    last = None
    for _ in range(runs):
        if before:
            before()
        last = run(cmd, cwd, env)
        times.append(last.seconds)
    assert last is not None
    return statistics.median(times), last


def medians_in_turn(cmds: list[list[str]], cwd: Path, runs: int) -> list[tuple[float, Run]]:
    """Each command's median time and last run, the commands run in turn ``runs`` times."""
    times: list[list[float]] = [[] for _ in cmds]
    last: list[Run] = []
    for _ in range(runs):
        last = [run(cmd, cwd) for cmd in cmds]
        for taken, done in zip(times, last, strict=True):
            taken.append(done.seconds)
    return [(statistics.median(taken), done) for taken, done in zip(times, last, strict=True)]


def stat_floor(root: Path, runs: int) -> float:
    files = [p for p in (root / "kb").rglob("*.yaml")]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        for p in files:
            p.stat()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def stat_floor_apart(root: Path, runs: int) -> float:
    """:func:`stat_floor` in a child process. Listing every file grows this process (by
    about 100 MB at 100,000 entries), and a command started after that reports this
    process's size as its own peak: a child's memory before it runs the command counts
    in its ``ru_maxrss``. So the start-up and small-lint peaks after it were this
    process's, not carekb's."""
    out = subprocess.run(
        [sys.executable, __file__, "--stat-floor", str(root), "--runs", str(runs)],
        check=True,
        capture_output=True,
        text=True,
    )
    return float(out.stdout)


def clear_cache(root: Path) -> None:
    shutil.rmtree(root / ".carekb-cache", ignore_errors=True)


def check_jsonschema_cmds(root: Path) -> list[list[str]]:
    exe = shutil.which("check-jsonschema", path=str(BIN))
    if exe is None:
        return []
    cmds = []
    for kind, folder in [
        ("technique", "techniques"),
        ("precaution", "precautions"),
        ("faq", "faqs"),
        ("handout", "handouts"),
    ]:
        files = sorted(str(p) for p in (root / "kb" / folder).glob("*.yaml"))
        if files:
            cmds.append(
                [exe, "--schemafile", str(root / "schemas" / f"{kind}.schema.json"), *files]
            )
    return cmds


def time_check_jsonschema(root: Path, runs: int) -> float | None:
    cmds = check_jsonschema_cmds(root)
    if not cmds:
        return None
    times = []
    for _ in range(runs):
        total = 0.0
        for cmd in cmds:
            result = run(cmd, root)
            if result.returncode not in (0, 1):
                raise SystemExit(f"check-jsonschema failed:\n{result.output[-2000:]}")
            total += result.seconds
        times.append(total)
    return statistics.median(times)


def byte_compile_carekb() -> str:
    """Byte-compile the carekb being measured, as pip does when it installs a package.

    An editable install under PYTHONDONTWRITEBYTECODE (set on these machines) never
    writes its .pyc files, so every run would compile carekb's source again (about
    0.1 s of each warm lint) where no installed copy does.
    """
    import compileall

    import carekb

    folder = Path(carekb.__file__).parent
    compileall.compile_dir(folder, quiet=1)
    return f"byte-compiled {folder} first, as an installed copy is"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--small", type=int, default=1_000, help="size for the memory-growth check")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--keep", action="store_true", help="keep the generated project")
    parser.add_argument(
        "--projects",
        type=Path,
        help="generate the projects into this folder, or reuse the ones already there "
        "(to compare two versions of carekb on the same files)",
    )
    parser.add_argument("--lint-only", action="store_true", help="skip the export measurements")
    parser.add_argument("--generate-into", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--with-findings", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--floor", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--stat-floor", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.stat_floor is not None:
        print(stat_floor(args.stat_floor, args.runs))
        return
    if args.floor is not None:
        parse_floor(args.floor)
        return
    if args.generate_into is not None:
        count = generate(args.generate_into, args.entries, args.with_findings)
        signed = sign_all(args.generate_into)
        print(f"generated {count} entries in {args.generate_into} and signed {signed}", end="")
        return

    # Every command runs in its own process, as the targets mean, even where the user
    # has a daemon running; the daemon's rows start one of their own.
    os.environ["CAREKB_NO_DAEMON"] = "1"
    print(
        f"carekb bench: {args.entries} entries (and {args.small} for memory growth), "
        f"median of {args.runs} runs, {os.cpu_count()} cores, Python {sys.version.split()[0]}"
    )
    print(byte_compile_carekb())
    if args.projects is not None:
        args.projects.mkdir(parents=True, exist_ok=True)
    work = args.projects or Path(tempfile.mkdtemp(prefix="carekb-bench-"))
    try:
        results = measure(work, args)
    finally:
        if not args.keep and args.projects is None:
            shutil.rmtree(work, ignore_errors=True)
        else:
            print(f"kept: {work}")
    report(results)


def build(work: Path, name: str, entries: int, findings: bool = False) -> Path:
    """Generate in a child process: a forked child's peak memory (what the
    measurements read) would otherwise start at this process's own size."""
    root = work / f"{name}-{entries}"
    done = work / f".{name}-{entries}.complete"
    if done.is_file():
        print(f"reusing {root}")
        return root
    shutil.rmtree(root, ignore_errors=True)
    root.mkdir()
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, __file__, "--generate-into", str(root), "--entries", str(entries)]
        + (["--with-findings"] if findings else []),
        check=True,
    )
    done.touch()
    print(f"  ({time.perf_counter() - start:.1f} s)")
    return root


def parse_floor(root: Path) -> None:
    """The floor cold lint is judged against, in this (fresh) process: every YAML
    file under kb/ parsed by libyaml (PyYAML's C loader), then one Ed25519
    verification per approval event in the audit logs."""
    import yaml

    from carekb.trust.audit import event_message
    from carekb.trust.keys import verify

    for path in sorted((root / "kb").rglob("*.yaml")):
        yaml.load(path.read_bytes(), Loader=yaml.CSafeLoader)
    people = yaml.load((root / "kb" / "people.yaml").read_bytes(), Loader=yaml.CSafeLoader)
    keys = {p["id"]: p["keys"][0]["public_key"] for p in people["people"] if p.get("keys")}
    for log in sorted((root / "kb" / "audit").glob("*.jsonl")):
        for line in log.read_text(encoding="utf-8").splitlines():
            event = json.loads(line)
            message = event_message(event)
            if event.get("event") == "approve" and not verify(
                keys[event["actor"]], event["signature"], message
            ):
                raise SystemExit(f"{log}: an approval event does not verify")


def measure(work: Path, args: argparse.Namespace) -> dict[str, float | None]:
    small = build(work, "small", args.small)
    big = build(work, "big", args.entries)
    flawed = build(work, "flawed", args.entries, findings=True)
    r: dict[str, float | None] = {}
    floor = [sys.executable, __file__, "--floor", str(big)]
    lint = [CAREKB, "lint", "--root", str(big)]
    flawed_lint = [CAREKB, "lint", "--root", str(flawed)]
    # Cold lint, the floor and the corpus with findings side by side, run by run,
    # so that a neighbour's load falls on all three alike.
    # "Cold" is a project's first lint (cloned, or its cache deleted) by a user who has
    # run carekb before: the compiled expressions, carekb's own, are kept per user as
    # __pycache__ is. carekb's very first run (an empty user cache) is timed too.
    times: dict[str, list[float]] = {
        "floor": [],
        "lint_cold": [],
        "lint_cold_findings": [],
        "lint_first_ever": [],
    }
    clear_cache(small)
    run([CAREKB, "lint", "--root", str(small)], small)  # carekb has run before, elsewhere
    for _ in range(args.runs):
        clear_cache(big)
        clear_cache(flawed)
        floor_run = run(floor, big)
        if floor_run.returncode != 0:
            raise SystemExit(f"parse floor failed:\n{floor_run.output[-2000:]}")
        with tempfile.TemporaryDirectory(prefix="carekb-user-cache-") as empty:
            first = run(lint, big, env={**os.environ, "XDG_CACHE_HOME": empty})
        times["lint_first_ever"].append(first.seconds)
        clear_cache(big)
        cold = run(lint, big)
        cold_flawed = run(flawed_lint, flawed)
        times["floor"].append(floor_run.seconds)
        times["lint_cold"].append(cold.seconds)
        times["lint_cold_findings"].append(cold_flawed.seconds)
    for key, values in times.items():
        r[key] = statistics.median(values)
    print(f"  lint output: {cold.output.strip().splitlines()[-1]} (exit {cold.returncode})")
    print(
        f"  lint output, with findings: {cold_flawed.output.strip().splitlines()[-1]} "
        f"(exit {cold_flawed.returncode})"
    )
    r["lint_peak_mb"] = cold.max_rss_mb
    # The first lint after the last cold one (nothing changed): the stored result.
    r["lint_first_warm"] = run(lint, big).seconds
    r["lint_warm"], _ = median(lint, big, args.runs)
    victim = next((big / "kb" / "faqs").glob("*.yaml"))

    def touch() -> None:
        text = victim.read_text(encoding="utf-8")
        victim.write_text(text + "\n", encoding="utf-8")  # a change of formatting only

    r["lint_touched"], _ = median(lint, big, args.runs, before=touch)
    # A technique names warning symptoms that thousands of others name too (the
    # urgency-conflict rule reads them all): the harder one-file edit.
    technique = next((big / "kb" / "techniques").glob("*.yaml"))

    def touch_technique() -> None:
        text = technique.read_text(encoding="utf-8")
        technique.write_text(text + "\n", encoding="utf-8")

    r["lint_touched_technique"], _ = median(lint, big, args.runs, before=touch_technique)
    # What an editor or a pre-commit hook runs: one file, just edited, in a warm project.
    r["lint_file"], one = median([*lint, str(victim)], big, args.runs, before=touch)
    print(f"  lint FILE output: {one.output.strip().splitlines()[-1]} (exit {one.returncode})")
    # The same with no index to start from (a fresh clone, a new carekb, a changed
    # config): the first lint of one file lints the whole project and keeps the index
    # (the memo of file contents stands), the next one starts from it.
    for name in ("index.json", "index-findings.json", "index-recent.json"):
        (big / ".carekb-cache" / name).unlink(missing_ok=True)
    touch()
    r["lint_file_unindexed"] = run([*lint, str(victim)], big).seconds
    touch()
    r["lint_file_after_unindexed"] = run([*lint, str(victim)], big).seconds
    run(lint, big)  # the index up to date again, whichever version built it, for what follows
    run(flawed_lint, flawed)
    flawed_victim = next((flawed / "kb" / "faqs").glob("*.yaml"))
    r["lint_file_findings"], _ = median(
        [*flawed_lint, str(flawed_victim)],
        flawed,
        args.runs,
        before=lambda: flawed_victim.write_text(
            flawed_victim.read_text(encoding="utf-8") + "\n", encoding="utf-8"
        ),
    )
    r.update(with_daemon(big, flawed, args.runs, touch, touch_technique, flawed_victim))
    # The first lint of the next day, nothing changed: the index knows which day it was
    # worked out for and rechecks only what the day can change. Last of the lints of
    # this project: a lint of today after it finds the clock set back, and lints afresh.
    tomorrow = dt.datetime.now(dt.UTC) + dt.timedelta(days=1)
    next_day = {**os.environ, "CAREKB_NOW": tomorrow.strftime("%Y-%m-%dT12:00:00Z")}
    r["lint_next_day"] = run(lint, big, env=next_day).seconds
    clear_cache(small)
    r["lint_peak_small_mb"] = run([CAREKB, "lint", "--root", str(small)], small).max_rss_mb
    r["stat_floor"] = stat_floor_apart(big, args.runs)
    for fmt in () if args.lint_only else ("html", "markdown"):
        export = [CAREKB, "export", "--root", str(big), "--format", fmt]

        def wipe() -> None:
            clear_cache(big)
            shutil.rmtree(big / "exports", ignore_errors=True)

        r[f"export_{fmt}_cold"], out = median(export, big, args.runs, before=wipe)
        print(
            f"  export {fmt}: {out.output.strip().splitlines()[-1] if out.output.strip() else ''}"
            f" (exit {out.returncode})"
        )
        r[f"export_{fmt}_warm"], _ = median(export, big, args.runs)
        r[f"export_{fmt}_peak_mb"] = out.max_rss_mb
        # One entry file touched: the export runs again, copying every page whose
        # inputs stand (carekb.render.incremental), here all of them.
        r[f"export_{fmt}_touched"], out = median(export, big, args.runs, before=touch_technique)
        print(f"  export {fmt}, one file touched: {out.output.strip().splitlines()[-1]}")
    # Start-up takes tens of milliseconds, as long as a stray load on a shared machine:
    # the two are run in turn, many times, so that such a load falls on both alike.
    (r["version"], version_run), (r["import_click"], _) = medians_in_turn(
        [[CAREKB, "--version"], [sys.executable, "-c", "import click"]], big, max(args.runs, 15)
    )
    r["baseline_mb"] = version_run.max_rss_mb
    r["startup"] = r["version"]
    r["check_jsonschema"] = None if args.lint_only else time_check_jsonschema(big, args.runs)
    r["entries"] = float(args.entries)
    r["small"] = float(args.small)
    return r


def with_daemon(big, flawed, runs, touch, touch_technique, flawed_victim) -> dict[str, float]:
    """The warm one-file lints again, served by ``carekb daemon`` and by a daemon started
    with ``--watch`` (each in a socket folder of its own, stopped after), each run
    alternating with the same lint without either, so that the machine's load falls on
    all alike: the ratios are the measure."""
    folder, watching_folder = tempfile.mkdtemp(prefix="ckd-"), tempfile.mkdtemp(prefix="ckw-")
    served = {k: v for k, v in os.environ.items() if k != "CAREKB_NO_DAEMON"}
    served["CAREKB_DAEMON_DIR"] = folder
    watched = {**served, "CAREKB_DAEMON_DIR": watching_folder}
    alone = {**served, "CAREKB_NO_DAEMON": "1"}
    for env, how in ((served, []), (watched, ["--watch"])):
        started = run([CAREKB, "daemon", "start", *how], big, env)
        if started.returncode != 0:
            raise SystemExit(f"carekb daemon start {' '.join(how)} failed:\n{started.output}")
    victim = next((big / "kb" / "faqs").glob("*.yaml"))
    lint = [CAREKB, "lint", "--root", str(big)]

    def touch_flawed() -> None:
        flawed_victim.write_text(flawed_victim.read_text(encoding="utf-8") + "\n", encoding="utf-8")

    cases = {
        "touched": (lint, big, touch),
        "touched_technique": (lint, big, touch_technique),
        "file": ([*lint, str(victim)], big, touch),
        "file_findings": (
            [CAREKB, "lint", "--root", str(flawed), str(flawed_victim)],
            flawed,
            touch_flawed,
        ),
    }
    r: dict[str, float] = {}
    try:
        for name, (cmd, root, before) in cases.items():
            times: dict[str, list[float]] = {"daemon": [], "watch": [], "alone": []}
            for _ in range(max(runs, 3)):
                for how, env in (("daemon", served), ("watch", watched), ("alone", alone)):
                    before()
                    times[how].append(run(cmd, root, env).seconds)
            for how, taken in times.items():
                r[f"{how}_{name}"] = statistics.median(taken)
        for env in (served, watched):
            status = run([CAREKB, "daemon", "status"], big, env).output.strip().splitlines()
            print(f"  {status[0]}" + "".join(f"; {line.strip()}" for line in status[2:]))
    finally:
        for env in (served, watched):
            run([CAREKB, "daemon", "stop"], big, env)
        shutil.rmtree(folder, ignore_errors=True)
        shutil.rmtree(watching_folder, ignore_errors=True)
    return r


def report(r: dict[str, float | None]) -> None:
    def f(key: str) -> float:
        value = r.get(key)
        return float("nan") if value is None else value

    rows = [
        ("parse floor (libyaml + a verify per approval)", f"{f('floor'):.2f} s"),
        ("cold lint", f"{f('lint_cold'):.2f} s"),
        ("cold lint, carekb's first run (empty user cache)", f"{f('lint_first_ever'):.2f} s"),
        ("cold lint, a finding in every entry", f"{f('lint_cold_findings'):.2f} s"),
        ("first warm lint after the cold one", f"{f('lint_first_warm'):.2f} s"),
        ("warm lint, nothing changed", f"{f('lint_warm'):.2f} s"),
        ("first lint of the next day, nothing changed", f"{f('lint_next_day'):.2f} s"),
        (
            "warm lint, one file touched (faq / technique)",
            f"{f('lint_touched'):.2f} s / {f('lint_touched_technique'):.2f} s",
        ),
        (
            "warm 'lint FILE', file touched (clean / with findings)",
            f"{f('lint_file'):.2f} s / {f('lint_file_findings'):.2f} s",
        ),
        (
            "with 'carekb daemon' / alone, alternating: touched faq",
            f"{f('daemon_touched'):.2f} s / {f('alone_touched'):.2f} s",
        ),
        (
            "  touched technique",
            f"{f('daemon_touched_technique'):.2f} s / {f('alone_touched_technique'):.2f} s",
        ),
        (
            "  'lint FILE' clean / with findings",
            f"{f('daemon_file'):.2f} s / {f('alone_file'):.2f} s, "
            f"{f('daemon_file_findings'):.2f} s / {f('alone_file_findings'):.2f} s",
        ),
        (
            "  ratios daemon / alone (faq, technique, FILE, FILE with findings)",
            ", ".join(
                f"{f(f'daemon_{name}') / f(f'alone_{name}'):.2f}"
                for name in ("touched", "touched_technique", "file", "file_findings")
            ),
        ),
        (
            "with 'carekb daemon --watch', same runs: touched faq / technique",
            f"{f('watch_touched'):.2f} s / {f('watch_touched_technique'):.2f} s",
        ),
        (
            "  'lint FILE' clean / with findings",
            f"{f('watch_file'):.2f} s / {f('watch_file_findings'):.2f} s",
        ),
        (
            "  ratios watching daemon / daemon (faq, technique, FILE, FILE with findings)",
            ", ".join(
                f"{f(f'watch_{name}') / f(f'daemon_{name}'):.2f}"
                for name in ("touched", "touched_technique", "file", "file_findings")
            ),
        ),
        (
            "'lint FILE' with no index, file touched (first / next)",
            f"{f('lint_file_unindexed'):.2f} s / {f('lint_file_after_unindexed'):.2f} s",
        ),
        ("stat every file (floor)", f"{f('stat_floor'):.3f} s"),
        (
            "export html cold / warm",
            f"{f('export_html_cold'):.2f} s / {f('export_html_warm'):.2f} s",
        ),
        (
            "export markdown cold / warm",
            f"{f('export_markdown_cold'):.2f} s / {f('export_markdown_warm'):.2f} s",
        ),
        (
            "export html / markdown, one entry file touched",
            f"{f('export_html_touched'):.2f} s / {f('export_markdown_touched'):.2f} s",
        ),
        ("carekb --version", f"{f('version'):.3f} s"),
        ("python -c 'import click'", f"{f('import_click'):.3f} s"),
        (
            "check-jsonschema, same files",
            "not installed" if r["check_jsonschema"] is None else f"{f('check_jsonschema'):.2f} s",
        ),
        (
            "peak memory, lint",
            f"{f('lint_peak_mb'):.0f} MB ({f('entries'):.0f} entries), "
            f"{f('lint_peak_small_mb'):.0f} MB ({f('small'):.0f} entries)",
        ),
    ]
    width = max(len(name) for name, _ in rows)
    print()
    for name, value in rows:
        print(f"{name:<{width}}  {value}")
    print()
    export_cold = f("export_html_cold") + f("export_markdown_cold")
    export_warm = f("export_html_warm") + f("export_markdown_warm")
    # Memory per entry beyond start-up, small run against the step to the big one.
    per_entry_small = max(f("lint_peak_small_mb") - f("baseline_mb"), 1e-9) / f("small")
    added = f("entries") - f("small")  # none when --entries is the small project's size
    per_entry_step = (f("lint_peak_mb") - f("lint_peak_small_mb")) / added if added else math.nan
    growth = per_entry_step / per_entry_small
    targets = [
        ("cold lint / parse floor", f("lint_cold") / f("floor"), "<=", 2.0),
        (
            "cold lint with findings / clean cold lint",
            f("lint_cold_findings") / f("lint_cold"),
            "<=",
            1.2,
        ),
        (
            "warm lint, one file touched, seconds",
            max(f("lint_touched"), f("lint_touched_technique")),
            "<=",
            0.5,
        ),
        ("warm 'lint FILE', seconds", max(f("lint_file"), f("lint_file_findings")), "<=", 0.3),
        (
            "the same one-file touched, with the daemon, seconds",
            max(f("daemon_touched"), f("daemon_touched_technique")),
            "<=",
            0.5,
        ),
        (
            "warm 'lint FILE' with the daemon, seconds",
            max(f("daemon_file"), f("daemon_file_findings")),
            "<=",
            0.3,
        ),
        (
            "the same one-file touched, with a watching daemon, seconds",
            max(f("watch_touched"), f("watch_touched_technique")),
            "<=",
            0.5,
        ),
        (
            "warm 'lint FILE' with a watching daemon, seconds",
            max(f("watch_file"), f("watch_file_findings")),
            "<=",
            0.3,
        ),
        ("cold lint / check-jsonschema", f("lint_cold") / f("check_jsonschema"), "<=", 0.5),
        ("warm lint, seconds", f("lint_warm"), "<=", 0.5),
        ("first warm lint after the cold one, seconds", f("lint_first_warm"), "<=", 1.0),
        ("first lint of the next day, seconds", f("lint_next_day"), "<=", 1.0),
        (
            "warm lint / (10 x stat floor + start-up)",
            f("lint_warm") / (10 * f("stat_floor") + f("startup")),
            "<=",
            1.0,
        ),
        ("export html+markdown cold / cold lint", export_cold / f("lint_cold"), "<=", 3.0),
        ("export html+markdown warm, seconds", export_warm, "<=", 1.0),
        ("carekb --version / import click", f("version") / f("import_click"), "<=", 1.5),
        ("peak memory, MB", f("lint_peak_mb"), "<=", 1024.0),
        ("memory per added entry / per first entries (1 = linear)", growth, "<=", 1.5),
    ]
    width = max(len(t[0]) for t in targets)
    print(f"{'target':<{width}}  {'measured':>9}  {'limit':>7}  result")
    for name, value, op, limit in targets:
        if value != value:  # NaN: not measured in this run (--lint-only)
            print(f"{name:<{width}}  {'-':>9}  {op}{limit:>5}  not measured")
            continue
        ok = value <= limit
        print(f"{name:<{width}}  {value:>9.2f}  {op}{limit:>5}  {'pass' if ok else 'MISS'}")
    print(json.dumps({k: v for k, v in r.items()}, indent=None))


if __name__ == "__main__":
    main()
