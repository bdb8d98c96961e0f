"""Helpers for the tests that lint a project as a user does: files aged so the lint
cache keeps its records, and ``carekb lint`` run in a new process."""

from __future__ import annotations

import json
import os
import select
import subprocess
import sys
import time
from pathlib import Path

import carekb


def age(root: Path, seconds: float = 3600) -> None:
    """Make every file under ``root`` ``seconds`` old: old enough for the lint result
    to be remembered (a file younger than ``RACY_NS`` could change again unseen)."""
    past = time.time() - seconds
    for folder, _, files in os.walk(root):
        for name in files:
            os.utime(os.path.join(folder, name), (past, past))


def lint_in_new_process(
    driver: str, root: Path, *args: str, marker: str, env: dict[str, str] | None = None
) -> tuple[list[dict], list[str]]:
    """The JSON findings of ``carekb lint --root ROOT ARGS``, started through the
    Python source ``driver``, and the words after ``marker`` on the last line the
    driver wrote to standard error (what it saw the process do)."""
    environment = {**os.environ, "PYTHONPATH": str(Path(carekb.__file__).parent.parent)}
    environment.update(env or {})
    done = subprocess.run(
        [sys.executable, "-c", driver, "lint", "--format", "json", "--root", str(root), *args],
        capture_output=True,
        text=True,
        env=environment,
        timeout=300,
    )
    assert done.returncode in (0, 1), done.stderr
    last = done.stderr.strip().splitlines()[-1]
    assert last.startswith(marker), done.stderr
    return json.loads(done.stdout), last.split()[1:]


def read_terminal(main: int, seconds: float = 60) -> bytes:
    """All a pseudo-terminal's other side shows, until it is closed (or ``seconds`` pass
    with nothing shown)."""
    shown = b""
    while select.select([main], [], [], seconds)[0]:
        try:
            chunk = os.read(main, 65536)
        except OSError:  # EIO: the other side is closed
            break
        if not chunk:
            break
        shown += chunk
    return shown


# A day on which the sample's precaution move-gently, given an earlier review date by
# tampered_sample, has expired while the techniques that name it have not.
EXPIRED_PRECAUTION_DAY = "2027-06-02"


def tampered_sample(root: Path) -> Path:
    """The sample project (kb, config, demo keys) at ``root``, with findings of every
    cross-file rule that works per entry: an audit log edited (its chain breaks), an
    approve event written by hand and unsigned at the end of another, and a precaution
    whose review ends before the techniques naming it (on EXPIRED_PRECAUTION_DAY they
    lose their safety closure); and a draft FAQ that asks about safety and links no
    precaution (safety-content)."""
    from carekb.load.audit import line_hash
    from conftest import copy_sample

    copy_sample(root)
    logs = sorted((root / "kb" / "audit").glob("*.jsonl"))
    edited = logs[0].read_text(encoding="utf-8").splitlines()
    first = json.loads(edited[0])
    first["actor"] = "someone-else"
    edited[0] = json.dumps(first)
    logs[0].write_text("\n".join(edited) + "\n", encoding="utf-8")
    lines = logs[-1].read_text(encoding="utf-8").splitlines()
    added = {key: value for key, value in json.loads(lines[-1]).items() if key != "signature"}
    added.update(seq=added["seq"] + 1, prev=line_hash(lines[-1].encode("utf-8")))
    logs[-1].write_text("\n".join([*lines, json.dumps(added)]) + "\n", encoding="utf-8")
    precaution = root / "kb" / "precautions" / "move-gently.yaml"
    text = precaution.read_text(encoding="utf-8")
    assert "next_review: 2027-12-02" in text
    precaution.write_text(text.replace("2027-12-02", "2027-06-01"), encoding="utf-8")
    (root / "kb" / "faqs" / "is-it-safe-to-stretch-every-day.yaml").write_text(
        "id: is-it-safe-to-stretch-every-day\ntype: faq\ntitle: Is it safe to stretch every day?\n"
        "summary: Gentle stretching every day suits most people.\nlanguage: en\n"
        "authors:\n  - demo-author-2\nquestion: Is it safe to stretch every day?\n"
        "answer: Gentle stretching every day suits most people.\n"
        "related:\n  - what-is-the-upper-back\nreview:\n  status: draft\n",
        encoding="utf-8",
    )
    return root
