"""Property: any change of meaning makes an approved entry unexportable; formatting never does.

The golden knowledge base is signed once per session through the real CLI.
Each example takes one of its approved files, rewrites it (keys reordered,
scalars re-quoted, lists re-indented or written inline, long text folded with
``>-``, comments added) and, for a change of meaning, first edits the data
(a character of any text, a list item added or removed, a number changed, a
key renamed). The gate (:func:`carekb.trust.gate.plan_export`, what every
export format asks) must then export the entry and its handout exactly when
the content is unchanged.
"""

from __future__ import annotations

import copy
import dataclasses
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from carekb.kb import open_kb
from carekb.load.project import open_project
from carekb.load.reader import load_bytes
from carekb.model import Entry, KnowledgeBase
from carekb.project import Project
from carekb.trust.canonical import content_of
from carekb.trust.gate import plan_export
from export.export_helpers import EXPORT_DAY, GOLDEN_APPROVED

from .yaml_styles import emit

HANDOUT = "neck-care"


@dataclasses.dataclass(frozen=True)
class Signed:
    project: Project
    kb: KnowledgeBase
    paths: dict[str, str]  # entry id -> project-relative path


@pytest.fixture(scope="module")
def golden(signed_master: Path) -> Signed:
    project = open_project(signed_master)
    kb = open_kb(project)
    plan = plan_export(project, kb, EXPORT_DAY)
    assert {e.id for e in (*plan.entries, *plan.handouts)} == set(GOLDEN_APPROVED)
    paths = {e.id: e.path for e in kb.entries if e.id in GOLDEN_APPROVED}
    return Signed(project, kb, paths)


def _exported_after(golden: Signed, entry_id: str, text: str) -> set[str]:
    """The ids the gate exports once ``entry_id``'s file holds ``text``."""
    path = golden.paths[entry_id]
    doc = load_bytes(text.encode("utf-8"), path)
    assert doc.ok, (doc.problems, text)
    entries = [
        Entry(doc=doc, kind=entry.kind) if entry.path == path else entry
        for entry in golden.kb.entries
    ]
    documents = [doc if d.path == path else d for d in golden.kb.documents]
    kb = dataclasses.replace(golden.kb, entries=entries, documents=documents)
    plan = plan_export(golden.project, kb, EXPORT_DAY)
    return {e.id for e in (*plan.entries, *plan.handouts)}


# --- changes of meaning ---------------------------------------------------------------


def _leaves(node: Any, path: tuple[Any, ...] = ()) -> list[tuple[tuple[Any, ...], Any]]:
    if isinstance(node, dict):
        return [leaf for key, value in node.items() for leaf in _leaves(value, (*path, key))]
    if isinstance(node, list):
        found = [(path, node)]
        return found + [leaf for i, v in enumerate(node) for leaf in _leaves(v, (*path, i))]
    return [(path, node)]


def _get(data: Any, path: tuple[Any, ...]) -> Any:
    for part in path:
        data = data[part]
    return data


def _put(data: Any, path: tuple[Any, ...], value: Any) -> None:
    _get(data, path[:-1])[path[-1]] = value


@st.composite
def meaning_change(draw: Any, data: dict[str, Any]) -> dict[str, Any]:
    """``data`` with its content (everything but ``review``) changed in one place.

    A change of case or a paragraph break counts: patient text is signed as written.
    """
    changed = copy.deepcopy(data)
    content = {k: v for k, v in changed.items() if k != "review"}
    leaves = [(p, v) for p, v in _leaves(content) if p]
    kind = draw(st.sampled_from(["character", "case", "paragraph", "list", "number", "key"]))
    texts = [(p, v) for p, v in leaves if isinstance(v, str) and v]
    lists = [(p, v) for p, v in leaves if isinstance(v, list)]
    numbers = [(p, v) for p, v in leaves if isinstance(v, int | float) and not isinstance(v, bool)]
    if kind == "number" and numbers:
        path, value = draw(st.sampled_from(numbers))
        _put(changed, path, value + draw(st.sampled_from([1, -1, 10])))
    elif kind == "list" and lists:
        path, value = draw(st.sampled_from(lists))
        if value and draw(st.booleans()):
            del value[draw(st.integers(0, len(value) - 1))]
        else:
            value.insert(draw(st.integers(0, len(value))), draw(st.sampled_from(value or ["x"])))
    elif kind == "case" and any(any(ch.isalpha() for ch in v) for _, v in texts):
        path, value = draw(
            st.sampled_from([(p, v) for p, v in texts if any(c.isalpha() for c in v)])
        )
        index = draw(st.sampled_from([i for i, ch in enumerate(value) if ch.isalpha()]))
        _put(changed, path, value[:index] + value[index].swapcase() + value[index + 1 :])
    elif kind == "paragraph" and any(" " in v for _, v in texts):
        path, value = draw(st.sampled_from([(p, v) for p, v in texts if " " in v]))
        index = draw(st.sampled_from([i for i, ch in enumerate(value) if ch == " "]))
        _put(changed, path, value[:index] + "\n\n" + value[index + 1 :])
    elif kind == "key":
        key = draw(st.sampled_from(sorted(content)))
        changed[key + draw(st.sampled_from(["s", "_", "2"]))] = changed.pop(key)
    else:
        path, value = draw(st.sampled_from(texts))
        index = draw(st.integers(0, len(value) - 1))
        new = draw(st.sampled_from("abcxyzAZ09 .!?-").filter(lambda ch: ch != value[index]))
        _put(changed, path, value[:index] + new + value[index + 1 :])
    return changed


# --- the properties --------------------------------------------------------------------

ENTRY_IDS = st.sampled_from(sorted(GOLDEN_APPROVED))


@settings(
    max_examples=300,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(entry_id=ENTRY_IDS, data=st.data())
def test_reformatting_an_approved_entry_keeps_it_exportable(golden, entry_id, data):
    entry = next(e for e in golden.kb.entries if e.id == entry_id)
    text = emit(entry.data, data.draw)
    reread = load_bytes(text.encode("utf-8"), "check.yaml", careful=True)
    assert reread.data == entry.data, f"the style generator changed the data:\n{text}"
    assert _exported_after(golden, entry_id, text) == set(GOLDEN_APPROVED), text


@settings(
    max_examples=300,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(entry_id=ENTRY_IDS, data=st.data())
def test_any_change_of_meaning_makes_it_unexportable(golden, entry_id, data):
    entry = next(e for e in golden.kb.entries if e.id == entry_id)
    changed = data.draw(meaning_change(entry.data))
    assert content_of(changed) != content_of(entry.data)
    text = emit(changed, data.draw)
    exported = _exported_after(golden, entry_id, text)
    new_id = changed.get("id")
    assert entry_id not in exported and new_id not in exported, text
    # Every approved entry is in the handout, so the handout goes too; and a technique
    # never goes out without its precaution (the golden neck-turns names go-slowly).
    assert HANDOUT not in exported, text
    needs = {"neck-turns"} if entry_id == "go-slowly" else set()
    assert exported == set(GOLDEN_APPROVED) - {entry_id, HANDOUT} - needs


def test_the_original_text_round_trips_through_the_helper(golden):
    for entry_id, path in golden.paths.items():
        text = (golden.project.root / path).read_text(encoding="utf-8")
        assert _exported_after(golden, entry_id, text) == set(GOLDEN_APPROVED)
