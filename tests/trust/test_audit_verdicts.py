"""The audit rules keep what each entry's history tells them, not the history itself:
kept for every entry of a run, the parsed logs were the largest part of a cold lint's
memory (about 13 KB an entry)."""

from __future__ import annotations

import datetime as dt
import gc
import shutil
from pathlib import Path

from carekb.kb import open_kb
from carekb.load.project import open_project
from carekb.trust.audit import History, block_disagreements, entry_history
from carekb.validate.context import AuditVerdict, RuleContext
from carekb.validate.rules import RULES

REPO_ROOT = Path(__file__).resolve().parents[2]


def _sample(tmp_path: Path, monkeypatch) -> Path:
    root = tmp_path / "sample"
    shutil.copytree(REPO_ROOT / "kb", root / "kb")
    shutil.copy(REPO_ROOT / "carekb.yaml", root / "carekb.yaml")
    shutil.copytree(REPO_ROOT / "demo-keys", root / "demo-keys")
    monkeypatch.setenv("CAREKB_TRUST", str(root / "demo-keys" / "trust.yaml"))
    return root


def _live_histories() -> int:
    gc.collect()
    return sum(1 for thing in gc.get_objects() if isinstance(thing, History))


def test_the_audit_rules_keep_no_parsed_history(tmp_path, monkeypatch):
    project = open_project(_sample(tmp_path, monkeypatch))
    kb = open_kb(project)
    before = _live_histories()
    shared: dict[object, object] = {}
    found = []
    for rule in RULES:
        if rule.id in ("audit-chain", "audit-signature"):
            ctx = RuleContext(
                rule=rule.id,
                level=rule.level,
                options={},
                kb=kb,
                project=project,
                today=dt.date(2026, 12, 4),
                shared=shared,
            )
            found += list(rule.check(ctx))
    verdicts = shared[("audit-verdicts",)]
    assert len(verdicts) == len(kb.entries)  # every entry was checked, once for both rules
    assert _live_histories() == before  # and no history outlived its verdict


def test_a_verdict_says_what_its_history_says(tmp_path, monkeypatch):
    root = _sample(tmp_path, monkeypatch)
    project = open_project(root)
    kb = open_kb(project)
    entry = next(e for e in kb.entries if e.status == "approved")
    history = entry_history(root, kb, entry.id)
    verdict = AuditVerdict.of(history, entry)
    assert verdict.log_problems == ()
    assert verdict.disagreements == tuple(block_disagreements(history, entry))
    assert verdict.unresolved == tuple((c.event.line, c.reason) for c in history.unresolved)
    # A log broken at its second line: only the break is told, nothing after it is proven.
    log = root / "kb" / "audit" / f"{entry.id}.jsonl"
    lines = log.read_text(encoding="utf-8").splitlines()
    assert len(lines) >= 2
    log.write_text("\n".join([lines[0], "{not json", *lines[2:]]) + "\n", encoding="utf-8")
    broken_history = entry_history(root, open_kb(project), entry.id)
    broken = AuditVerdict.of(broken_history, entry)
    assert broken.log_problems[0][0] == 2
    assert broken.log_problems == tuple((p.line, p.message) for p in broken_history.log.problems)
    assert broken.disagreements == () and broken.unresolved == ()
