"""Helpers for the export tests: a signed copy of a knowledge base, made through the CLI.

Approved content is created the way a clinic creates it: ``carekb review
request`` by an author, then ``carekb review approve`` by a reviewer with a
private key. The reviewer keys here are TEST-ONLY: each is derived from a fixed
label (no secret is stored in the repository), and because Ed25519 signatures
are deterministic, a fixed key and a fixed clock (``CAREKB_NOW``) give the same
approvals, and so the same export, on every run.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from click.testing import CliRunner, Result

from carekb.cli.main import cli

EXPORT_TESTS = Path(__file__).resolve().parent
REPO_ROOT = EXPORT_TESTS.parent.parent
GOLDEN_KB = EXPORT_TESTS / "golden_kb"
GOLDEN_OUT = REPO_ROOT / "tests" / "golden"
ARTIFACTS = REPO_ROOT / "test-artifacts" / "export"

SIGNED_AT = "2026-03-02T09:30:00Z"  # when the golden reviewer signs
EXPORT_NOW = "2026-06-01T08:00:00Z"  # "now" for exports: approvals are current
EXPORT_DAY = dt.date(2026, 6, 1)

# Test-only reviewer keys: label -> roster id. Never use these for real content.
TEST_KEY_LABELS = {
    "gold-reviewer": b"carekb golden demo reviewer (test-only)",
    "gold-reviewer-2": b"carekb golden demo second reviewer (test-only)",
    "gold-author": b"carekb golden demo author (test-only)",
}
GOLDEN_APPROVED = ("go-slowly", "neck-turns", "how-often", "neck-care")


def cli_run(*args: object, now: str | None = SIGNED_AT, expect: int | None = 0) -> Result:
    """Run carekb in-process with a fixed clock (``now=None``: the real one).

    The exit code is checked unless ``expect`` is None.
    """
    result = CliRunner().invoke(
        cli, [str(a) for a in args], env={"CAREKB_NOW": now}, catch_exceptions=False
    )
    if expect is not None:
        assert result.exit_code == expect, result.output
    return result


def write_test_key(person: str, folder: Path) -> Path:
    """Write the test-only private key of ``person`` (mode 0600) outside any project."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from carekb.trust.keys import save_private_key

    seed = hashlib.sha256(TEST_KEY_LABELS[person]).digest()
    path = folder / f"{person}.key"
    if not path.exists():
        save_private_key(Ed25519PrivateKey.from_private_bytes(seed), path)
    return path


def record_signed_history(
    root: Path,
    data: dict[str, Any],
    key_dir: Path,
    *,
    author: str = "gold-author",
    at: str = SIGNED_AT,
) -> None:
    """The audit log 'review request' and 'review approve' would have written for ``data``.

    For tests whose content could not pass the workflow's lint gate (hostile
    payloads) but must be exportable: the review block in ``data`` is already
    signed; this writes the signed history behind it, with carekb's own code.
    """
    from carekb.load.audit import append_record, audit_log_path, next_record, read_audit_file
    from carekb.trust.audit import event_message
    from carekb.trust.canonical import content_hash, content_of
    from carekb.trust.keys import load_private_key, sign

    entry_id = data["id"]
    approval = data["review"]["approvals"][0]
    common = {"entry": entry_id, "at": at, "content_hash": content_hash(data)}
    events = [
        (author, {"event": "request", "actor": author, "status": "in_review", **common}),
        (
            approval["by"],
            {
                "event": "approve",
                "actor": approval["by"],
                "status": "approved",
                **common,
                "approval": approval,
                "content": content_of(data),
                "next_review": data["review"]["next_review"],
            },
        ),
    ]
    path = audit_log_path(root, entry_id)
    path.parent.mkdir(parents=True, exist_ok=True)
    for person, fields in events:
        log = read_audit_file(path)
        record = next_record(log, fields)
        key = load_private_key(write_test_key(person, key_dir))
        append_record(root, log, {**record, "signature": sign(key, event_message(record))})


def copy_kb(target: Path, source: Path = GOLDEN_KB) -> Path:
    shutil.copytree(source, target, ignore=shutil.ignore_patterns("exports", "audit"))
    return target


def approve(
    root: Path,
    ids: Iterable[str],
    key_dir: Path,
    *,
    reviewer: str = "gold-reviewer",
    author: str = "gold-author",
    at: str = SIGNED_AT,
) -> None:
    """Request review and approve each entry, as its author and a reviewer would."""
    key = write_test_key(reviewer, key_dir)
    author_key = write_test_key(author, key_dir)
    for entry_id in ids:
        cli_run(
            "review",
            "request",
            entry_id,
            "--as",
            author,
            "--key",
            author_key,
            "--root",
            root,
            now=at,
        )
        cli_run(
            "review", "approve", entry_id, "--as", reviewer, "--key", key, "--root", root, now=at
        )


def signed_golden_kb(target: Path, key_dir: Path) -> Path:
    """A copy of the golden knowledge base with its approved entries signed."""
    copy_kb(target)
    approve(target, GOLDEN_APPROVED, key_dir)
    return target


def export_cli(root: Path, *args: object, now: str = EXPORT_NOW, expect: int = 0) -> Result:
    return cli_run("export", "--root", root, *args, now=now, expect=expect)


def output_files(folder: Path) -> Iterator[Path]:
    """Every file of an export, in a fixed order."""
    return iter(sorted(p for p in folder.rglob("*") if p.is_file()))


def readable_text(path: Path) -> str:
    """A file's text as a reader (or a search engine) would get it; PDFs through pypdf."""
    if path.suffix == ".pdf":
        from pypdf import PdfReader

        reader = PdfReader(path)
        info = reader.metadata or {}
        pages = "\n".join(page.extract_text() for page in reader.pages)
        return pages + "\n" + "\n".join(str(v) for v in info.values())
    return path.read_text(encoding="utf-8", errors="replace")


def artifacts_dir(name: str) -> Path:
    """``test-artifacts/export/<name>/`` at the repository root (gitignored).

    Not emptied: tests in several processes (pytest-xdist) may write there at
    once, each to files of its own name.
    """
    folder = ARTIFACTS / name
    folder.mkdir(parents=True, exist_ok=True)
    return folder


HOSTILE_TITLE = (
    "Is <script>alert(1)</script><img src=x onerror=alert(2)>[go](javascript:alert(3)) ok?"
)
HOSTILE_FAQ = """id: hostile
type: faq
title: "Is <script>alert(1)</script><img src=x onerror=alert(2)>[go](javascript:alert(3)) ok?"
summary: "A test of <script>alert(4)</script> text in a summary."
language: en
tags:
  - neck
authors:
  - gold-author
question: "Is <script>alert(5)</script> a good idea?"
answer: |-
  Stop if your pain gets worse. <script>alert(6)</script>

  <img src=x onerror="alert(7)">

  [Click me](javascript:alert(8)) and <javascript:alert(9)> and
  [also me](JaVaScRiPt:alert(10)).

  [A safe link](https://www.nhs.uk/conditions/neck-pain/).
related:
  - neck-turns
sources:
  - title: "Neck <b onmouseover=alert(11)>pain</b>"
    url: https://www.nhs.uk/conditions/neck-pain/
    publisher: NHS
review:
  status: draft
"""


def hostile_kb(target: Path, key_dir: Path) -> Path:
    """The golden knowledge base plus an approved FAQ full of markup, also in the handout."""
    copy_kb(target)
    (target / "kb" / "faqs" / "hostile.yaml").write_text(HOSTILE_FAQ)
    handout = target / "kb" / "handouts" / "neck-care.yaml"
    handout.write_text(
        handout.read_text().replace("      - how-often\n", "      - how-often\n      - hostile\n")
    )
    approve(target, (*GOLDEN_APPROVED[:-1], "hostile", GOLDEN_APPROVED[-1]), key_dir)
    return target
