"""The rule contract: every name a rule module sets is known and typed, and its promises hold.

A rule marked local promises that its findings about an entry come from that
entry's file alone (with the roster, the config and the date), so the engine
may check shares of the entries apart. A local rule that is also cacheable
promises that it reads no other file while checking, so the lint cache may
keep its findings by the entry's file content.
"""

from __future__ import annotations

import builtins
import datetime as dt
import io
import os
import pathlib
import shutil
import sys
import types
from pathlib import Path
from typing import Any

import pytest

import carekb
from carekb.kb import open_kb
from carekb.load.project import open_project
from carekb.model import Finding, KnowledgeBase, Level
from carekb.project import Project
from carekb.validate.context import RuleContext
from carekb.validate.parallel import split_off
from carekb.validate.rules import RULES, RuleContractError, RuleSpec, rule_spec
from carekb.validate.settings import resolve_settings
from conftest import REPO_ROOT
from lint_support import EXPIRED_PRECAUTION_DAY, tampered_sample

DEMO_TRUST = REPO_ROOT / "demo-keys" / "trust.yaml"
LOCAL = [rule for rule in RULES if rule.local]
LOCAL_CACHEABLE = [rule for rule in LOCAL if rule.cacheable]
PER_ENTRY = [rule for rule in RULES if rule.per_entry and not rule.local]
# The sample's approvals run to 2027-11-26: one day when they are due soon, one after.
DAYS = [dt.date(2027, 10, 15), dt.date(2028, 1, 15)]


# --- the contract itself -----------------------------------------------------------


def _module(**names: Any) -> types.ModuleType:
    module = types.ModuleType("fake_rule", "A fake rule.\n\nPassing example::\n\n    x: 1\n")
    module.ID = "fake-rule"
    module.LEVEL = Level.WARNING
    module.OPTIONS = {"limit": 3}
    module.check = lambda ctx: iter(())
    for name, value in names.items():
        if value is None:
            delattr(module, name)
        else:
            setattr(module, name, value)
    return module


def test_a_module_keeping_the_contract_gets_the_flag_defaults():
    spec = rule_spec(_module())
    assert spec == RuleSpec(
        id="fake-rule",
        level=Level.WARNING,
        options=spec.options,
        doc="A fake rule.\n\nPassing example::\n\n    x: 1",
        check=spec.check,
        local=False,
        cacheable=True,
        clock=False,
    )
    assert dict(spec.options) == {"limit": 3}
    assert rule_spec(_module(LOCAL=True, CACHEABLE=False)).local is True
    assert rule_spec(_module(LOCAL=True, CACHEABLE=False)).cacheable is False
    assert rule_spec(_module(CLOCK=True)).clock is True


@pytest.mark.parametrize(
    ("names", "message"),
    [
        ({"LOKAL": True}, "unknown name LOKAL; did you mean LOCAL?"),
        ({"CACHABLE": False}, "unknown name CACHABLE; did you mean CACHEABLE?"),
        ({"MAX_BYTES": 1024}, "unknown name MAX_BYTES"),
        ({"LOCAL": "yes"}, "LOCAL should be bool, not str 'yes'"),
        ({"LOCAL": 1}, "LOCAL should be bool, not int 1"),
        ({"CACHEABLE": 0}, "CACHEABLE should be bool, not int 0"),
        ({"CLOCK": "yes"}, "CLOCK should be bool, not str 'yes'"),
        ({"LEVEL": "error"}, "LEVEL should be Level, not str 'error'"),
        ({"ID": 7}, "ID should be str, not int 7"),
        ({"ID": "Fake_Rule"}, "ID 'Fake_Rule' should be lower-case words joined by hyphens"),
        ({"OPTIONS": ["limit"]}, "OPTIONS should be Mapping, not list"),
        ({"ID": None}, "ID is missing"),
        ({"check": None}, "check(ctx) is missing"),
        ({"prepare": 3}, "prepare should be a function, not 3"),
    ],
)
def test_an_unknown_or_wrongly_typed_name_is_refused(names, message):
    with pytest.raises(RuleContractError) as caught:
        rule_spec(_module(**names))
    assert str(caught.value).startswith(f"rule module fake_rule: {message}")


def test_the_registry_holds_the_flags_the_modules_set():
    # Rules that look across entries must not be local; spot-check both kinds.
    by_id = {rule.id: rule for rule in RULES}
    assert not by_id["duplicate-id"].local
    assert not by_id["dangling-reference"].local
    assert by_id["schema"].local and by_id["schema"].cacheable
    assert LOCAL_CACHEABLE, "no local, cacheable rule left to test"
    # Rules that compare signed times with now: their findings lapse as the clock moves.
    assert {rule.id for rule in RULES if rule.clock} == {
        "approval-future",
        "audit-signature",
        "roster-trust",
    }


# --- knowledge bases to hold the rules to their promises -----------------------------


def _open(root: Path) -> tuple[Project, KnowledgeBase]:
    """The knowledge base as a command opens it: project, entries, the demo trust root."""
    project = open_project(root)
    kb = open_kb(project, trust=DEMO_TRUST)
    return project, kb


def _cross_file_kb(root: Path) -> Path:
    """The sample plus facts that only show across files.

    A technique citing a precaution and an author that do not exist; a second
    file claiming the id ``cat-cow`` (a draft, disagreeing with cat-cow's audit
    log); an approved entry edited since it was signed; a file that is not YAML;
    content that the per-entry content rules report.
    """
    shutil.copy(REPO_ROOT / "carekb.yaml", root / "carekb.yaml")
    shutil.copytree(REPO_ROOT / "kb", root / "kb")
    kb = root / "kb"
    original = (kb / "techniques" / "cat-cow.yaml").read_text(encoding="utf-8")
    twin = original.replace("status: approved", "status: draft").split("  approvals:")[0]
    (kb / "techniques" / "cat-cow-again.yaml").write_text(twin, encoding="utf-8")
    (kb / "techniques" / "childs-pose.yaml").write_text(
        (kb / "techniques" / "childs-pose.yaml")
        .read_text(encoding="utf-8")
        .replace("A resting stretch.", "A resting stretch that cures back pain."),
        encoding="utf-8",
    )
    neck = original.split("review:")[0].replace("id: cat-cow", "id: neck-tilt")
    neck = neck.replace("  - demo-author-1", "  - nobody-we-know")
    neck = neck.replace("  - move-gently", "  - no-such-precaution")
    neck = neck.replace("It is a\n  good way", "It realigns the vertebrae and is a\n  good way")
    (kb / "techniques" / "neck-tilt.yaml").write_text(
        neck + "review:\n  status: draft\n", encoding="utf-8"
    )
    (kb / "faqs" / "broken.yaml").write_text("id: broken\nquestion: [unclosed\n", encoding="utf-8")
    return root


@pytest.fixture(params=["sample", "cross-file"])
def case(request, tmp_path) -> tuple[Project, KnowledgeBase]:
    root = REPO_ROOT if request.param == "sample" else _cross_file_kb(tmp_path)
    return _open(root)


def _run(
    rule: RuleSpec, project: Project, kb: KnowledgeBase, day: dt.date, wanted: Any = None
) -> list[Finding]:
    """``rule`` over ``kb`` as the engine runs it, with the project's options; findings
    worked out for the files ``wanted`` accepts (all by default)."""
    setting = next(s for s in resolve_settings(project) if s.rule is rule)
    ctx = RuleContext(
        rule=rule.id,
        level=setting.level,
        options=setting.options,
        kb=kb,
        project=project,
        today=day,
        shared={},
        **({} if wanted is None else {"wanted": wanted}),
    )
    return sorted(rule.check(ctx))


# --- local: one entry alone is checked as in the whole ---------------------------


@pytest.mark.parametrize("day", DAYS, ids=str)
@pytest.mark.parametrize("rule", LOCAL, ids=[rule.id for rule in LOCAL])
def test_a_local_rule_finds_the_same_in_a_view_of_one_entry(rule, day, case):
    project, kb = case
    whole = _run(rule, project, kb, day)
    views = [split_off(kb, [other for other in kb.entries if other is not e]) for e in kb.entries]
    views.append(split_off(kb, kb.entries))  # the files that are not entries
    seen: set[Finding] = set()
    for view in views:
        paths = {doc.path for doc in view.documents}
        alone = _run(rule, project, view, day)
        assert alone == [f for f in whole if f.path in paths], [d.path for d in view.documents]
        seen.update(alone)
    assert seen == set(whole)


# --- per entry: each entry's findings are worked out for it alone ---------------------


@pytest.fixture(scope="module")
def tampered(tmp_path_factory) -> tuple[Project, KnowledgeBase]:
    return _open(tampered_sample(tmp_path_factory.mktemp("tampered") / "sample"))


@pytest.mark.parametrize("rule", PER_ENTRY, ids=[rule.id for rule in PER_ENTRY])
def test_a_per_entry_rule_finds_for_each_entry_alone_what_it_finds_for_all(rule, tampered):
    # What lets a large lint's workers each work out these findings for their own share,
    # with the whole knowledge base at hand: each entry's findings, at its own file,
    # are the same whichever other entries are worked out with it.
    project, kb = tampered
    day = dt.date.fromisoformat(EXPIRED_PRECAUTION_DAY)
    whole = _run(rule, project, kb, day)
    assert whole  # the tampered sample shows what each of these rules finds
    seen: list[Finding] = []
    for entry in kb.entries:
        alone = _run(rule, project, kb, day, wanted=lambda path, mine=entry.path: path == mine)
        assert alone == [f for f in whole if f.path == entry.path], entry.path
        seen += alone
    assert sorted(seen) == whole


def test_the_per_entry_rules_are_the_audit_and_safety_rules():
    assert {rule.id for rule in PER_ENTRY} == {
        "audit-chain",
        "audit-signature",
        "safety-closure",
        "safety-content",
    }
    assert not any(rule.per_entry for rule in LOCAL)


def test_the_cross_file_kb_has_what_the_local_rules_must_not_see(tmp_path):
    # The view test above means something only if the whole has cross-file findings.
    project, kb = _open(_cross_file_kb(tmp_path))
    by_id = {rule.id: rule for rule in RULES}
    found = {
        rule_id: _run(by_id[rule_id], project, kb, DAYS[0])
        for rule_id in ("duplicate-id", "dangling-reference", "id-filename", "risky-claim")
    }
    assert {f.path for f in found["duplicate-id"]} == {
        "kb/techniques/cat-cow.yaml",
        "kb/techniques/cat-cow-again.yaml",
    }
    assert len(found["dangling-reference"]) == 2
    assert found["id-filename"] and found["risky-claim"]


# --- local and cacheable: no file opened while checking ------------------------------

# What carekb and its libraries ship (the packaged schemas, the hyphenation
# dictionary) may be read; nothing of the project or the user's.
_SHIPPED = tuple(Path(p).resolve() for p in (carekb.__path__[0], sys.prefix, sys.base_prefix))


def _shipped(file: Any) -> bool:
    if isinstance(file, int):
        return False
    path = Path(os.fsdecode(file)).resolve()
    return any(path.is_relative_to(base) for base in _SHIPPED)


@pytest.fixture
def no_file_opened(monkeypatch) -> list[str]:
    """Make every way of opening a file raise; returns the files asked for."""
    opened: list[str] = []

    def guard(real: Any) -> Any:
        def opener(*args: Any, **kwargs: Any) -> Any:
            file = args[0]
            if not _shipped(file):
                opened.append(str(file))
                raise AssertionError(f"a local, cacheable rule opened {file}")
            return real(*args, **kwargs)

        return opener

    monkeypatch.setattr(builtins, "open", guard(builtins.open))
    monkeypatch.setattr(io, "open", guard(io.open))
    monkeypatch.setattr(os, "open", guard(os.open))
    for name in ("open", "read_bytes", "read_text"):
        monkeypatch.setattr(pathlib.Path, name, guard(getattr(pathlib.Path, name)))
    return opened


@pytest.mark.parametrize("rule", LOCAL_CACHEABLE, ids=[rule.id for rule in LOCAL_CACHEABLE])
def test_a_local_cacheable_rule_opens_no_file(rule, case, request):
    project, kb = case
    reads: list[str] = request.getfixturevalue("no_file_opened")
    for day in DAYS:
        _run(rule, project, kb, day)
    # A rule that caught the error and carried on opened a file all the same.
    assert reads == []
