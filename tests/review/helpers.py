"""Helpers for the sign-off tests: a small signed knowledge base, built as users build one.

``carekb init`` makes the project; the roster gets two authors, two reviewers
and a lead; ``carekb keys new`` makes the authors' and reviewers' keys in a
key folder in tmp_path (``CAREKB_KEY_DIR``), and their public keys go into the
roster.
Content-quality rules (reading level, jargon...) are switched off in this
project's carekb.yaml: they have their own tests, and these are about sign-off.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from click.testing import CliRunner, Result

from carekb.cli.main import cli
from carekb.kb import open_kb
from carekb.load.project import open_project
from carekb.validate import lint
from carekb.validate.rules import RULES

# The rules this suite is about, plus the foundation ones the lint gate relies on.
KEPT_RULES = {
    "yaml-syntax",
    "schema",
    "id-filename",
    "duplicate-id",
    "dangling-reference",
    "roster",
    "approval-stale",
    "approval-signature",
    "approval-future",
    "approval-revoked",
    "approval-signer",
    "roster-trust",
    "review-state",
    "review-expired",
    "review-due",
    "audit-chain",
    "audit-signature",
    "governance",
    "private-key",
}

ROSTER = """\
# yaml-language-server: $schema=../schemas/people.schema.json
# The roster for the sign-off tests.
people:
  - id: author-a
    name: Ada Author
    credentials: [RN]
    roles: [author]
  - id: author-b
    name: Ben Author
    credentials: [MPH]
    roles: [author]
  - id: rev-a
    name: Rita Reviewer
    credentials: [PT]
    roles: [reviewer]
  - id: rev-b
    name: Raj Reviewer
    credentials: [DC]
    roles: [reviewer]
  - id: lead-l
    name: Lee Lead
    credentials: [MD]
    roles: [lead]
  - id: rev-author
    name: Robin Writer-Reviewer
    credentials: [DPT]
    roles: [author, reviewer]
"""

TECHNIQUE = """\
# yaml-language-server: $schema=../../schemas/technique.schema.json
# A comment that must survive every sign-off.
id: cat-cow
type: technique
title: 'Cat-cow stretch'
summary: >-
  On your hands and knees, slowly round your back up, then let it dip down.
language: en
tags: [upper-back, stretch]
authors:
  - author-a
  - rev-author
purpose: |
  Moving slowly like this can ease stiffness.
  It is a good way to start the day.
steps:
  - "Get on your hands and knees on a mat."
  - Breathe out and round your back up, like a cat.   # keep this comment
  - Breathe in and let your belly sink toward the floor.
dose:
  hold_seconds: 3
  repetitions: 10
  frequency: Once or twice a day
equipment: []
stop_if:
  - Sharp pain in your back or neck
precautions:
  - move-gently
sources:
  - title: Back pain
    url: https://www.nhs.uk/conditions/back-pain/
review:
  status: draft
"""

PRECAUTION = """\
# yaml-language-server: $schema=../../schemas/precaution.schema.json
id: move-gently
type: precaution
title: Move gently
summary: Move slowly and stay within what feels comfortable.
language: en
authors: [author-b]
severity: caution
statement: Move slowly and stop if it hurts.
applies_to: [cat-cow]
seek_care: See a doctor if pain gets worse or does not go away.
sources:
  - title: Back pain
    url: https://www.nhs.uk/conditions/back-pain/
review:
  status: draft
"""

HANDOUT = """\
# yaml-language-server: $schema=../../schemas/handout.schema.json
id: upper-back
type: handout
title: Upper back self-care
language: en
authors: [author-a]
intro: Gentle ways to ease a stiff upper back.
paper: A4
sections:
  - heading: Stretches
    entries: [cat-cow, move-gently]
review:
  status: draft
"""


@dataclass
class Kb:
    """A project in tmp_path, with helpers that run the real CLI on it."""

    root: Path
    keys: Path
    runner: CliRunner = field(default_factory=CliRunner)

    def cli(self, *args: object, now: str | None = None) -> Result:
        env = {"CAREKB_ROOT": str(self.root), "CAREKB_KEY_DIR": str(self.keys)}
        if now:
            env["CAREKB_NOW"] = now
        return self.runner.invoke(cli, [str(a) for a in args], env=env, catch_exceptions=False)

    def ok(self, *args: object, now: str | None = None) -> Result:
        result = self.cli(*args, now=now)
        assert result.exit_code == 0, result.output
        return result

    def path(self, entry_id: str) -> Path:
        for folder in ("techniques", "precautions", "faqs", "handouts"):
            candidate = self.root / "kb" / folder / f"{entry_id}.yaml"
            if candidate.exists():
                return candidate
        raise FileNotFoundError(entry_id)

    def text(self, entry_id: str) -> str:
        return self.path(entry_id).read_text(encoding="utf-8")

    def write(self, entry_id: str, text: str) -> None:
        self.path(entry_id).write_text(text, encoding="utf-8")

    def edit(self, entry_id: str, old: str, new: str) -> None:
        text = self.text(entry_id)
        assert old in text, f"{old!r} not in {entry_id}"
        self.write(entry_id, text.replace(old, new, 1))

    def log_lines(self, entry_id: str) -> list[dict[str, object]]:
        path = self.root / "kb" / "audit" / f"{entry_id}.jsonl"
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]

    def lint(self, today: dt.date | None = None) -> list[tuple[str, str]]:
        """(rule, message) of every finding, judged on ``today``."""
        project = open_project(self.root)
        result = lint(project, open_kb(project), today=today)
        return [(f.rule, f.message) for f in result.findings]

    def rules(self, today: dt.date | None = None) -> set[str]:
        return {rule for rule, _ in self.lint(today)}

    def set_policy(self, **values: object) -> None:
        config = self.root / "carekb.yaml"
        text = config.read_text(encoding="utf-8")
        for key, value in values.items():
            text, count = re.subn(rf"(?m)^  {key}: .*$", f"  {key}: {value}", text)
            assert count == 1, key
        config.write_text(text, encoding="utf-8")

    def request_and_approve(self, entry_id: str, *reviewers: str) -> None:
        self.ok("review", "request", entry_id, "--as", self.author_of(entry_id))
        for reviewer in reviewers:
            self.ok("review", "approve", entry_id, "--as", reviewer)

    def author_of(self, entry_id: str) -> str:
        pattern = r"(?m)^authors:\s*(?:\[\s*([a-z0-9-]+)|\n  - ([a-z0-9-]+))"
        match = re.search(pattern, self.text(entry_id))
        assert match, entry_id
        return match.group(1) or match.group(2)


def make_kb(tmp_path: Path, *, name: str = "project") -> Kb:
    runner = CliRunner()
    root = tmp_path / name
    keys = tmp_path / "keys"
    result = runner.invoke(cli, ["init", str(root), "--name", "Sign-off tests"])
    assert result.exit_code == 0, result.output
    kb = Kb(root=root, keys=keys, runner=runner)
    _quiet_content_rules(root)
    (root / "kb" / "people.yaml").write_text(ROSTER, encoding="utf-8")
    (root / "kb" / "techniques" / "cat-cow.yaml").write_text(TECHNIQUE, encoding="utf-8")
    (root / "kb" / "precautions" / "move-gently.yaml").write_text(PRECAUTION, encoding="utf-8")
    (root / "kb" / "handouts" / "upper-back.yaml").write_text(HANDOUT, encoding="utf-8")
    # Every event is signed by the person it names: authors need keys too.
    for person in ("author-a", "author-b", "rev-a", "rev-b", "lead-l", "rev-author"):
        add_key(kb, person)
    return kb


def add_key(
    kb: Kb,
    person: str,
    *,
    valid_from: str = "2020-01-01",
    extra: str = "",
    force: bool = False,
    passphrase_file: Path | None = None,
) -> str:
    """``carekb keys new PERSON``, then paste its public key into the roster.

    The key is unencrypted unless ``passphrase_file`` holds its passphrase.
    """
    protect = ["--passphrase-file", passphrase_file] if passphrase_file else ["--no-passphrase"]
    result = kb.ok("keys", "new", person, *(["--force"] if force else []), *protect)
    public = re.search(r"ed25519:[A-Za-z0-9+/=]+", result.output)
    assert public, result.output
    roster = kb.root / "kb" / "people.yaml"
    text = roster.read_text(encoding="utf-8")
    block = re.search(rf"(?ms)^  - id: {person}\n.*?(?=^  - id: |\Z)", text)
    assert block, person
    keys = f"      - public_key: {public.group(0)}\n        valid_from: {valid_from}\n{extra}"
    if "    keys:\n" not in block.group(0):
        keys = "    keys:\n" + keys
    text = text[: block.end()] + keys + text[block.end() :]
    roster.write_text(text, encoding="utf-8")
    return public.group(0)


def _quiet_content_rules(root: Path) -> None:
    off = sorted(rule.id for rule in RULES if rule.id not in KEPT_RULES)
    config = root / "carekb.yaml"
    text = config.read_text(encoding="utf-8")
    settings = "".join(f"    {rule}: off\n" for rule in off) or "    {}\n"
    text = text.replace("lint:\n  rules: {}\n", f"lint:\n  rules:\n{settings}")
    config.write_text(text, encoding="utf-8")
