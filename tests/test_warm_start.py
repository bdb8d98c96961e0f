"""A lint whose stored result stands starts no more than it needs.

When nothing the lint reads has changed, the stored result is printed: the
rules are not imported (risky-claim's patterns alone take a fifth of a second
to compile) and no word list is loaded. Run as a user runs it, in a new process.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import carekb
from conftest import REPO_ROOT
from lint_support import age, lint_in_new_process

# carekb's command line, then which of carekb's heavier modules the process imported.
_DRIVER = """
import atexit, sys
heavy = ("carekb.validate.rules", "carekb.validate.claims", "wordfreq")
loaded = lambda: [m for m in heavy if m in sys.modules]
atexit.register(lambda: print("imported:", *loaded(), file=sys.stderr))
from carekb.cli.main import main
sys.argv[0] = "carekb"
main()
"""


def _lint(root: Path) -> tuple[list[dict], list[str]]:
    return lint_in_new_process(_DRIVER, root, marker="imported:")


def test_an_unchanged_project_is_answered_without_importing_the_rules(tmp_path):
    root = tmp_path / "sample"
    shutil.copytree(REPO_ROOT / "kb", root / "kb")
    shutil.copy(REPO_ROOT / "carekb.yaml", root / "carekb.yaml")
    past = time.time() - 3600  # old enough for the result to be kept
    for folder, _, files in os.walk(root):
        for name in files:
            os.utime(os.path.join(folder, name), (past, past))
    first, imported = _lint(root)
    assert "carekb.validate.claims" in imported  # the rules ran
    assert first  # the sample's findings (no trust root here)
    second, imported = _lint(root)
    assert second == first
    assert imported == []


def test_the_cycle_collector_is_paused_during_a_lint_and_on_again_after(tmp_path, run, monkeypatch):
    """A lint pauses Python's cycle collector, afresh and warm (it walked the whole
    knowledge base again and again); a process that lives on (the review desk, an
    editor) must get it back after either."""
    import gc

    root = tmp_path / "sample"
    shutil.copytree(REPO_ROOT / "kb", root / "kb")
    shutil.copy(REPO_ROOT / "carekb.yaml", root / "carekb.yaml")
    monkeypatch.chdir(root)
    paused: list[tuple[str, bool]] = []
    import carekb.validate.incremental as incremental

    lint_module = sys.modules["carekb.validate.lint"]
    real_fresh, real_lint = incremental.fresh_files, lint_module.lint

    def fresh_files(*args: object) -> object:
        paused.append(("warm", gc.isenabled()))
        return real_fresh(*args)

    def lint(*args: object, **kwargs: object) -> object:
        paused.append(("rules", gc.isenabled()))
        return real_lint(*args, **kwargs)

    monkeypatch.setattr(incremental, "fresh_files", fresh_files)
    monkeypatch.setattr(lint_module, "lint", lint)
    assert gc.isenabled()
    faq = sorted((root / "kb" / "faqs").glob("*.yaml"))[0]
    for _ in range(2):  # afresh, then warm after an edit
        assert run("lint").exit_code in (0, 1)
        assert gc.isenabled()
        faq.write_text(faq.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert paused == [("rules", False), ("warm", False), ("rules", False)]


# carekb's command line, then whether the cycle collector was on at the end and how many
# collections it made after the lint.
_GC_DRIVER = """
import atexit, gc, sys
import carekb.validate.lint
made, linted = [], []
gc.callbacks.append(lambda phase, info: made.append(info) if phase == "stop" else None)
module = sys.modules["carekb.validate.lint"]
real = module.lint_project
module.lint_project = lambda *a, **k: [real(*a, **k), linted.append(len(made))][0]
after = lambda: len(made) - linted[0]
atexit.register(lambda: print("collector:", gc.isenabled(), after(), file=sys.stderr))
from carekb.cli.main import main
sys.argv[0] = "carekb"
main()
"""


def test_the_command_line_lint_leaves_the_collector_off_for_the_process_end(tmp_path):
    """``carekb lint`` ends its process: the collector stays off after the lint, rather
    than collecting what the process is about to free (after a cold lint of 10,000
    entries, 0.09 s). Called in process (the tests' runner above), it comes back on."""
    root = tmp_path / "sample"
    shutil.copytree(REPO_ROOT / "kb", root / "kb")
    shutil.copy(REPO_ROOT / "carekb.yaml", root / "carekb.yaml")
    findings, seen = lint_in_new_process(_GC_DRIVER, root, marker="collector:")
    assert findings  # the sample's findings (no trust root here): the lint ran
    assert seen == ["False", "0"]  # off, and no collection after the lint


# carekb's command line, with an exit handler and an object that says when it is freed.
_TEARDOWN_DRIVER = """
import atexit, sys
class Freed:
    def __del__(self):
        sys.stderr.write("freed at teardown\\n")
kept = Freed()
atexit.register(lambda: print("exit handlers ran", file=sys.stderr))
from carekb.cli.main import main
sys.argv[0] = "carekb"
main()
"""


def test_the_command_line_lint_ends_without_pythons_teardown(tmp_path):
    """``carekb lint`` flushes its output and runs the exit handlers, then ends without
    freeing every object one by one (0.2 s after a cold lint of 10,000 entries): what
    it printed and its exit status are as ever; nothing is freed at teardown."""
    root = tmp_path / "sample"
    shutil.copytree(REPO_ROOT / "kb", root / "kb")
    shutil.copy(REPO_ROOT / "carekb.yaml", root / "carekb.yaml")
    environment = {**os.environ, "PYTHONPATH": str(Path(carekb.__file__).parent.parent)}
    done = subprocess.run(
        [sys.executable, "-c", _TEARDOWN_DRIVER, "lint", "--root", str(root)],
        capture_output=True,
        text=True,
        env=environment,
        timeout=300,
    )
    assert done.returncode == 0  # a warning: the roster is not verified without a trust root
    assert re.match(r"\d+ files, \d+ entries checked: 0 errors", done.stdout.splitlines()[-1])
    assert "exit handlers ran" in done.stderr
    assert "freed at teardown" not in done.stderr
    # Python's own exit, for the same driver with a command that exits as ever.
    version = subprocess.run(
        [sys.executable, "-c", _TEARDOWN_DRIVER, "--version"],
        capture_output=True,
        text=True,
        env=environment,
        timeout=60,
    )
    assert "freed at teardown" in version.stderr
    # Profiled, the lint exits as ever: the profiler reports once the command returns.
    profiled = subprocess.run(
        [sys.executable, "-m", "cProfile", "-m", "carekb", "lint", "--root", str(root)],
        capture_output=True,
        text=True,
        env=environment,
        timeout=300,
    )
    assert profiled.returncode == 0 and "function calls" in profiled.stdout


# The same for an export: what the process imported of the renderers.
_EXPORT_DRIVER = """
import atexit, sys
heavy = ("carekb.render.export", "carekb.kb", "jinja2", "weasyprint")
loaded = lambda: [m for m in heavy if m in sys.modules]
atexit.register(lambda: print("imported:", *loaded(), file=sys.stderr))
from carekb.cli.main import main
sys.argv[0] = "carekb"
main()
"""


def _export(root: Path) -> tuple[str, list[str]]:
    """``carekb export --format markdown`` in a new process: its summary line, and
    which heavy modules it imported."""
    environment = {**os.environ, "PYTHONPATH": str(Path(carekb.__file__).parent.parent)}
    done = subprocess.run(
        [sys.executable, "-c", _EXPORT_DRIVER, "export", "--format", "markdown"],
        cwd=root,
        capture_output=True,
        text=True,
        env=environment,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    last = done.stderr.strip().splitlines()[-1]
    assert last.startswith("imported:"), done.stderr
    return done.stdout.strip().splitlines()[-1], last.split()[1:]


def test_an_unchanged_export_is_answered_without_importing_the_renderers(tmp_path):
    root = tmp_path / "sample"
    shutil.copytree(REPO_ROOT / "kb", root / "kb")
    shutil.copy(REPO_ROOT / "carekb.yaml", root / "carekb.yaml")
    age(root)
    first, imported = _export(root)
    assert "carekb.render.export" in imported and "jinja2" in imported  # it rendered
    second, imported = _export(root)
    assert second.endswith("(unchanged, not rebuilt)")
    assert second.removesuffix(" (unchanged, not rebuilt)") == first
    assert imported == []
    (root / "exports" / "stray.txt").write_text("not from carekb", encoding="utf-8")
    third, imported = _export(root)  # the folder no longer holds what was written
    assert not third.endswith("(unchanged, not rebuilt)")
    assert "carekb.render.export" in imported


# carekb's command line, then how many expressions the process compiled itself.
_COMPILING_DRIVER = """
import atexit, sys
from carekb.validate import lazyre
atexit.register(lambda: print("compiled:", len(lazyre.learned()), file=sys.stderr))
from carekb.cli.main import main
sys.argv[0] = "carekb"
main()
"""


def _sample_at(root: Path) -> Path:
    shutil.copytree(REPO_ROOT / "kb", root / "kb")
    shutil.copy(REPO_ROOT / "carekb.yaml", root / "carekb.yaml")
    age(root)
    return root


def test_a_lint_after_an_edit_compiles_no_expression_an_earlier_run_compiled(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user-cache"))  # none compiled yet
    root = _sample_at(tmp_path / "sample")
    _, compiled = lint_in_new_process(_COMPILING_DRIVER, root, marker="compiled:")
    assert int(compiled[0]) > 20  # risky-claim's expressions, compiled and kept
    edited = next((root / "kb" / "faqs").glob("*.yaml"))
    edited.write_text(edited.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    warm, compiled = lint_in_new_process(_COMPILING_DRIVER, root, str(edited), marker="compiled:")
    assert compiled == ["0"]
    fresh, _ = lint_in_new_process(
        _COMPILING_DRIVER, root, str(edited), "--no-cache", marker="compiled:"
    )
    assert warm == fresh


def test_the_first_lint_of_another_project_compiles_nothing_an_earlier_one_compiled(
    tmp_path, monkeypatch
):
    # The compiled expressions are carekb's own, kept once per user, as __pycache__ is:
    # a freshly cloned project (no cache of its own) takes what a lint elsewhere compiled.
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user-cache"))
    first, second = _sample_at(tmp_path / "first"), _sample_at(tmp_path / "second")
    _, compiled = lint_in_new_process(_COMPILING_DRIVER, first, marker="compiled:")
    assert int(compiled[0]) > 20
    found, compiled = lint_in_new_process(_COMPILING_DRIVER, second, marker="compiled:")
    assert compiled == ["0"]
    fresh, _ = lint_in_new_process(_COMPILING_DRIVER, second, "--no-cache", marker="compiled:")
    assert found == fresh
    # Another user's cache is sealed with another key: the first's is not believed there,
    # even copied in.
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "other-user"))
    shutil.copytree(
        tmp_path / "user-cache" / "carekb" / "compiled",
        tmp_path / "other-user" / "carekb" / "compiled",
    )
    shutil.rmtree(second / ".carekb-cache")
    _, compiled = lint_in_new_process(_COMPILING_DRIVER, second, marker="compiled:")
    assert int(compiled[0]) > 20
