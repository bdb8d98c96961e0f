"""Forgery and drift never reach an export.

tests/export/test_export_gate.py covers an unapproved, a stale, a copied
signature, an expired and a retired FAQ, and a handout that includes the
unapproved one. Here every other way to slip unreviewed text past the gate
gets its own FAQ (approved through the real CLI, then tampered with), and its
own handout that includes it next to approved content. One export in every
format is then searched, PDF text included, for any trace of them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from carekb.kb import open_kb
from carekb.load.project import open_project
from carekb.load.reader import load_bytes
from carekb.load.writer import splice_review_block
from carekb.trust.approvals import make_approval
from carekb.trust.canonical import content_hash
from carekb.trust.gate import plan_export
from carekb.trust.keys import load_private_key, public_key_text
from export.export_helpers import (
    EXPORT_DAY,
    SIGNED_AT,
    approve,
    cli_run,
    copy_kb,
    export_cli,
    output_files,
    readable_text,
    write_test_key,
)

SECOND = "gold-reviewer-2"


def derived_key(label: str) -> Ed25519PrivateKey:
    """A test-only key derived from ``label``: deterministic, never a secret."""
    return Ed25519PrivateKey.from_private_bytes(hashlib.sha256(label.encode()).digest())


def _faq(entry_id: str, title: str) -> str:
    return f"""id: {entry_id}
type: faq
title: {title}
summary: A short answer to a common question about neck stretches.
language: en
tags:
  - neck
authors:
  - gold-author
question: {title}?
answer: |-
  For most people, once or twice a day is enough ({entry_id} answer).
  Stop if your pain gets worse.
related:
  - neck-turns
sources:
  - title: Neck pain
    url: https://www.nhs.uk/conditions/neck-pain/
    publisher: NHS
review:
  status: draft
"""


def _handout(entry_id: str, title: str, includes: str) -> str:
    return f"""id: {entry_id}
type: handout
title: {title}
language: en
authors:
  - gold-author
intro: This sheet shows you a gentle way to ease a stiff neck at home.
sections:
  - heading: The stretch
    entries:
      - neck-turns
      - {includes}
paper: A4
review:
  status: draft
"""


# --- ways to tamper with an approved FAQ ------------------------------------------


def _sub(path: Path, pattern: str, replace: Callable[[re.Match[str]], str]) -> None:
    text, count = re.subn(pattern, replace, path.read_text(), count=1)
    assert count == 1, (path, pattern)
    path.write_text(text)


def _review_of(path: Path) -> dict:
    return load_bytes(path.read_bytes(), path.name, careful=True).data["review"]


def _set_review(path: Path, review: dict) -> None:
    path.write_bytes(splice_review_block(path.read_bytes(), review))


def paste_block_from_another_entry(root: Path, path: Path) -> None:
    _set_review(path, _review_of(root / "kb/faqs/how-often.yaml"))


def edit_the_hash(root: Path, path: Path) -> None:
    _sub(
        path,
        r"content_hash: sha256:(\w)",
        lambda m: f"content_hash: sha256:{'0' if m[1] != '0' else '1'}",
    )


def edit_content_and_rehash(root: Path, path: Path) -> None:
    # The hash then matches the new content, but the signature covers the old one.
    path.write_text(path.read_text().replace("once or twice a day", "five times a day"))
    data = load_bytes(path.read_bytes(), path.name, careful=True).data
    _sub(path, r"content_hash: sha256:\w+", lambda m: f"content_hash: {content_hash(data)}")


def edit_the_signature(root: Path, path: Path) -> None:
    _sub(
        path,
        r"signature: ed25519:(\w)",
        lambda m: f"signature: ed25519:{'A' if m[1] != 'A' else 'B'}",
    )


def edit_the_meaning(root: Path, path: Path) -> None:
    _sub(path, r"meaning: .*", lambda m: "meaning: Checked quickly, not for patients")


def edit_after_approval(root: Path, path: Path) -> None:
    path.write_text(path.read_text().replace("Stop if your pain", "Keep going even if your pain"))


def approval_by_a_non_reviewer(root: Path, path: Path) -> None:
    """A person added to the roster with a key but as an author only, signing for themselves."""
    key = derived_key("new hire (test-only)")
    people = root / "kb/people.yaml"
    people.write_text(
        people.read_text()
        + "  - id: new-hire\n    name: Nat Newhire\n    credentials:\n      - RN\n"
        + f"    roles:\n      - author\n    keys:\n      - public_key: {public_key_text(key)}\n"
        + "        valid_from: 2026-01-01\n"
    )
    data = load_bytes(path.read_bytes(), path.name, careful=True).data
    approval = make_approval(data["id"], content_hash(data), "new-hire", "Fine", SIGNED_AT, key)
    _set_review(path, {**_review_of(path), "approvals": [approval]})


def key_replaced_after_approval(root: Path, path: Path) -> None:
    """The second reviewer's key is replaced in the roster (the old one removed)."""
    people = root / "kb/people.yaml"
    old = public_key_text(load_private_key(write_test_key(SECOND, root.parent / "keys")))
    new = public_key_text(derived_key("second reviewer's new key (test-only)"))
    text = people.read_text()
    assert old in text
    people.write_text(text.replace(old, new))


def signed_before_the_key_was_valid(root: Path, path: Path) -> None:
    """A new key, valid from April, signs an approval dated in March."""
    key = derived_key("key valid from april (test-only)")
    people = root / "kb/people.yaml"
    people.write_text(
        people.read_text().replace(
            "        valid_from: 2026-01-01\n",
            f"        valid_from: 2026-01-01\n      - public_key: {public_key_text(key)}\n"
            "        valid_from: 2026-04-01\n",
            1,
        )
    )
    data = load_bytes(path.read_bytes(), path.name, careful=True).data
    approval = make_approval(data["id"], content_hash(data), "gold-reviewer", "OK", SIGNED_AT, key)
    _set_review(path, {**_review_of(path), "approvals": [approval]})


def next_review_pushed_back(root: Path, path: Path) -> None:
    _sub(path, r"next_review: \S+", lambda m: "next_review: 2031-01-01")


def status_set_by_hand(root: Path, path: Path) -> None:
    """A draft whose status was typed in, with a real approval copied from elsewhere."""
    review = _review_of(root / "kb/faqs/how-often.yaml")
    _set_review(path, {"status": "approved", "next_review": review["next_review"]})


def retired_by_hand_edit(root: Path, path: Path) -> None:
    _sub(path, r"status: approved", lambda m: "status: retired")


def retired_through_the_cli(root: Path, path: Path) -> None:
    entry_id = path.stem
    # The author's test key is derived from a fixed label: any folder outside the project will do.
    key = write_test_key("gold-author", root.parent)
    cli_run(
        "review",
        "retire",
        entry_id,
        "--as",
        "gold-author",
        "--reason",
        "Old.",
        "--key",
        key,
        "--root",
        root,
    )


# name -> (tamper, who signs it first, the gate's category)
SCENARIOS: dict[str, tuple[Callable[[Path, Path], None], str, str]] = {
    "pasted-block": (paste_block_from_another_entry, "gold-reviewer", "bad signature"),
    "edited-hash": (edit_the_hash, "gold-reviewer", "bad signature"),
    "edited-content-and-hash": (edit_content_and_rehash, "gold-reviewer", "bad signature"),
    "edited-signature": (edit_the_signature, "gold-reviewer", "bad signature"),
    "edited-meaning": (edit_the_meaning, "gold-reviewer", "bad signature"),
    "edited-after-approval": (edit_after_approval, "gold-reviewer", "stale"),
    "non-reviewer": (approval_by_a_non_reviewer, "gold-reviewer", "bad signer"),
    "key-replaced": (key_replaced_after_approval, SECOND, "bad signature"),
    "before-key-valid": (signed_before_the_key_was_valid, "gold-reviewer", "bad signature"),
    "next-review-pushed": (next_review_pushed_back, "gold-reviewer", "not approved"),
    "status-by-hand": (status_set_by_hand, None, "not approved"),
    "retired-by-hand": (retired_by_hand_edit, "gold-reviewer", "retired"),
    "retired": (retired_through_the_cli, "gold-reviewer", "retired"),
}
# Words no approved content uses, so a search cannot match by accident.
ANIMALS = iter(
    [
        "aardvark",
        "bandicoot",
        "capybara",
        "dugong",
        "eland",
        "fossa",
        "gharial",
        "hoatzin",
        "ibex",
        "jerboa",
        "kinkajou",
        "loris",
        "margay",
        "narwhal",
        "okapi",
        "pangolin",
    ]
)
TITLES = {name: f"Forged {next(ANIMALS)} question" for name in SCENARIOS}


@dataclasses.dataclass(frozen=True)
class Forged:
    root: Path
    out: Path
    output: str


@pytest.fixture(scope="module")
def forged(tmp_path_factory: pytest.TempPathFactory) -> Forged:
    base = tmp_path_factory.mktemp("forgery")
    root = copy_kb(base / "kb")
    keys = base / "keys"
    people = root / "kb/people.yaml"
    second = public_key_text(load_private_key(write_test_key(SECOND, keys)))
    people.write_text(
        people.read_text()
        + f"  - id: {SECOND}\n    name: Sam Second\n    credentials:\n      - MD\n"
        + f"    roles:\n      - reviewer\n    keys:\n      - public_key: {second}\n"
        + "        valid_from: 2026-01-01\n"
    )
    for name in SCENARIOS:
        (root / f"kb/faqs/f-{name}.yaml").write_text(_faq(f"f-{name}", TITLES[name]))
        handout = _handout(f"h-{name}", TITLES[name].replace("question", "handout"), f"f-{name}")
        (root / f"kb/handouts/h-{name}.yaml").write_text(handout)
    approve(root, ["go-slowly", "neck-turns", "how-often", "neck-care"], keys)
    for name, (_, reviewer, _) in SCENARIOS.items():
        if reviewer is not None:
            approve(root, [f"f-{name}"], keys, reviewer=reviewer)
        approve(root, [f"h-{name}"], keys)
    # Every FAQ and handout is exportable now; then each FAQ is tampered with.
    project = open_project(root)
    before = plan_export(project, open_kb(project), EXPORT_DAY)
    assert {e.id for e in before.handouts} >= {f"h-{name}" for name in SCENARIOS} - {
        "h-status-by-hand"
    }
    for name, (tamper, _, _) in SCENARIOS.items():
        tamper(root, root / f"kb/faqs/f-{name}.yaml")
    out = base / "exports"
    result = export_cli(root, "--out", out)
    return Forged(root, out, result.output)


def test_each_forgery_is_excluded_for_its_reason_and_takes_its_handout_along(forged):
    project = open_project(forged.root)
    plan = plan_export(project, open_kb(project), EXPORT_DAY)
    categories = {item.entry.id: item.category for item in plan.excluded}
    for name, (_, _, category) in SCENARIOS.items():
        assert categories.get(f"f-{name}") == category, (name, categories.get(f"f-{name}"))
        assert categories.get(f"h-{name}") == "incomplete", name
    exported = {e.id for e in (*plan.entries, *plan.handouts)}
    assert exported == {"go-slowly", "neck-turns", "how-often", "neck-care"}


@pytest.mark.parametrize("name", SCENARIOS)
def test_no_output_file_holds_a_trace_of_a_forgery(forged, name):
    files = list(output_files(forged.out))
    assert any(p.suffix == ".pdf" for p in files)
    handout_title = TITLES[name].replace("question", "handout")
    notices = 0
    for path in files:
        text = readable_text(path)
        assert f"f-{name} answer" not in text, path  # nothing the entry said, anywhere
        if name in WITHDRAWN and _tells_of_a_withdrawal(path, text):
            notices += 1  # its address says it was withdrawn, by its signed title: by design
            continue
        assert name not in path.name
        for needle in (f"f-{name}", f"h-{name}", TITLES[name], handout_title):
            assert needle not in text, f"{needle!r} in {path.relative_to(forged.out)}"
    assert notices == (5 if name in WITHDRAWN else 0)


# A signed retire of a published entry is no forgery: its address serves a notice
# that it was withdrawn (HTML and Markdown), and the list of withdrawn pages and the
# manifest and sitemap name it. Its words appear nowhere.
WITHDRAWN = {"retired"}


def _tells_of_a_withdrawal(path: Path, text: str) -> bool:
    return path.name in ("withdrawn.json", "carekb-manifest.json", "sitemap.xml") or (
        path.stem == "f-retired" and "withdrawn" in text.lower()
    )


def test_every_forgery_is_reported_on_the_command_line(forged):
    for name in SCENARIOS:
        assert f"'f-{name}' not exported" in forged.output
        assert f"'h-{name}' not exported: it includes 'f-{name}'" in forged.output


def test_an_expired_review_is_not_exported_the_day_after(forged):
    project = open_project(forged.root)
    kb = open_kb(project)
    next_review = dt.date.fromisoformat(
        _review_of(forged.root / "kb/faqs/how-often.yaml")["next_review"]
    )
    on_the_day = plan_export(project, kb, next_review)
    assert "how-often" in {e.id for e in on_the_day.entries}
    after = plan_export(project, kb, next_review + dt.timedelta(days=1))
    assert {e.id for e in (*after.entries, *after.handouts)} == set()
    assert {item.category for item in after.excluded if item.entry.id == "how-often"} == {"expired"}


def test_a_key_rotated_after_signing_keeps_earlier_approvals(signed):
    """Decision: rotating a key (the old one kept, ending after the approval) is not
    revoking it; approvals it made while valid still count. Removing the key voids them
    (scenario key-replaced above)."""
    people = signed / "kb/people.yaml"
    new = public_key_text(derived_key("rotated key (test-only)"))
    people.write_text(
        people.read_text().replace(
            "        valid_from: 2026-01-01\n",
            "        valid_from: 2026-01-01\n        valid_until: 2026-04-30\n"
            f"      - public_key: {new}\n        valid_from: 2026-05-01\n",
        )
    )
    project = open_project(signed)
    plan = plan_export(project, open_kb(project), EXPORT_DAY)
    assert {e.id for e in plan.entries} == {"go-slowly", "neck-turns", "how-often"}
    # The same key, ending the day before the approvals were signed: none count.
    people.write_text(
        people.read_text().replace("valid_until: 2026-04-30", "valid_until: 2026-03-01")
    )
    plan = plan_export(project, open_kb(project), EXPORT_DAY)
    assert plan.entries == () and plan.handouts == ()
