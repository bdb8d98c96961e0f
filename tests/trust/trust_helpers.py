"""Helpers for the roster-trust tests: a signed project and a trust root outside it.

The project is the sign-off tests' one (``review.helpers.make_kb``: authors,
reviewers with keys, a lead). The clinical leads' keys are made with
``carekb keys new LEAD --lead``; the trust root is written to
``tmp_path/outside/trust.yaml``, outside the project as a real one would be;
and ``carekb roster sign`` signs the roster, all through the real CLI.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from click.testing import Result

from carekb.cli.main import cli
from carekb.load.writer import write_review_block
from carekb.trust.approvals import make_approval
from carekb.trust.canonical import content_hash
from carekb.trust.keys import generate_key, load_private_key, public_key_text, save_private_key
from review.helpers import Kb, make_kb

LEADS = ("lead-l", "lead-m")  # lead-l is also on the roster; lead-m only in the trust root
# The tests fix the clock anywhere from early 2026 to the 2030s, so the test
# roster is signed before the earliest (a signature dated later than "now" does
# not count) and holds past the latest.
ROSTER_SIGNED_AT = "2026-01-01T00:00:00Z"
ROSTER_EXPIRES = "2099-12-31"


@dataclass
class TrustedKb(Kb):
    """A project plus the trust root that verifies its roster (``CAREKB_TRUST``)."""

    trust_file: Path = field(default_factory=Path)
    lead_keys: dict[str, str] = field(default_factory=dict)  # lead -> public key

    def cli(self, *args: object, now: str | None = None, trust: bool = True) -> Result:
        """The CLI with the trust root (``trust=False``: a machine without one)."""
        env = {
            "CAREKB_ROOT": str(self.root),
            "CAREKB_KEY_DIR": str(self.keys),
            "CAREKB_NOW": now,
            "CAREKB_TRUST": str(self.trust_file) if trust else None,
        }
        return self.runner.invoke(cli, [str(a) for a in args], env=env, catch_exceptions=False)

    def ok(self, *args: object, now: str | None = None, trust: bool = True) -> Result:
        result = self.cli(*args, now=now, trust=trust)
        assert result.exit_code == 0, result.output
        return result

    @property
    def record(self) -> Path:
        """The publisher's record in the user data folder (each test has its own)."""
        return Path(os.environ["XDG_DATA_HOME"]) / "carekb" / "publisher-record.json"

    @property
    def roster(self) -> Path:
        return self.root / "kb" / "people.yaml"

    def edit_roster(self, old: str, new: str) -> None:
        text = self.roster.read_text(encoding="utf-8")
        assert old in text, f"{old!r} not in the roster"
        self.roster.write_text(text.replace(old, new, 1), encoding="utf-8")

    def findings(self, now: str | None = None, trust: bool = True) -> list[tuple[str, str]]:
        """(rule, message) of every finding of ``carekb lint``."""
        result = self.cli("lint", "--format", "json", "--no-cache", now=now, trust=trust)
        assert result.exit_code in (0, 1), result.output
        return [(f["rule"], f["message"]) for f in json.loads(result.stdout)]

    def messages(self, rule: str, now: str | None = None) -> list[str]:
        return [message for found, message in self.findings(now) if found == rule]

    def exported(self, out: Path, now: str | None = None) -> tuple[set[str], str]:
        """(ids exported as Markdown, the summary line) of ``carekb export``."""
        result = self.ok("export", "--format", "markdown", "--out", out, "--allow-empty", now=now)
        ids = {p.stem for p in (out / "markdown").rglob("*.md") if p.stem != "index"}
        return ids, result.output.strip().splitlines()[-1]

    def sign_roster(self, lead: str, *args: object, now: str = ROSTER_SIGNED_AT) -> Result:
        """``carekb roster sign --as LEAD``, early and for long (see ROSTER_SIGNED_AT)."""
        expiry = () if "--expires" in args else ("--expires", ROSTER_EXPIRES)
        return self.ok("roster", "sign", "--as", lead, *expiry, *args, now=now)

    def set_trust(self, leads: tuple[str, ...], threshold: int) -> None:
        write_trust(self.trust_file, {lead: self.lead_keys[lead] for lead in leads}, threshold)


def write_trust(path: Path, leads: dict[str, str], threshold: int) -> None:
    lines = ["# The clinical leads of the test project.", f"threshold: {threshold}", "leads:"]
    for lead, public in leads.items():
        lines += [f"  - id: {lead}", f"    public_key: {public}"]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def make_trusted_kb(
    tmp_path: Path, *, threshold: int = 1, signers: tuple[str, ...] = ("lead-l",)
) -> TrustedKb:
    base = make_kb(tmp_path)
    kb = TrustedKb(
        root=base.root,
        keys=base.keys,
        runner=base.runner,
        trust_file=tmp_path / "outside" / "trust.yaml",
    )
    for lead in LEADS:
        existing = kb.keys / f"{lead}.key"
        if existing.exists():
            # lead-l also signs workflow events with a roster key: one person, one key.
            kb.lead_keys[lead] = public_key_text(load_private_key(existing))
            continue
        made = kb.ok("keys", "new", lead, "--lead", "--no-passphrase", trust=False)
        public = re.search(r"public_key: (ed25519:\S+)", made.stdout)
        assert public, made.output
        kb.lead_keys[lead] = public.group(1)
    kb.set_trust(LEADS, threshold)
    for lead in signers:
        kb.sign_roster(lead)
    return kb


def attacker_key(tmp_path: Path) -> tuple[Path, str]:
    """A key of the attacker's own, outside the project: (private key file, public key)."""
    path = tmp_path / "attacker" / "mine.key"
    key = generate_key()
    save_private_key(key, path)
    return path, public_key_text(key)


def roster_key(kb: TrustedKb, person: str) -> str:
    """The (first) public key the roster lists for ``person``."""
    text = kb.roster.read_text(encoding="utf-8")
    block = re.search(rf"(?ms)^  - id: {person}\n.*?public_key: (\S+)", text)
    assert block, person
    return block.group(1)


def forge_approval(kb: TrustedKb, entry_id: str, by: str, key_file: Path, at: str) -> None:
    """Write an approval into the review block by hand, as someone bypassing carekb would."""
    from carekb.load.reader import load_path

    path = kb.path(entry_id)
    doc = load_path(path, path.name)
    approval = make_approval(
        entry_id, content_hash(doc.data), by, "Looks fine", at, load_private_key(key_file)
    )
    day = dt.date.fromisoformat(at[:10])
    review = {
        "status": "approved",
        "approvals": [approval],
        "next_review": (day + dt.timedelta(days=300)).isoformat(),
    }
    write_review_block(path, review)


def git(kb: Kb, *args: str) -> str:
    """Run real git in the project, as an author with the repository would."""
    done = subprocess.run(
        ["git", "-c", "user.name=Test", "-c", "user.email=test@example.org", *args],
        cwd=kb.root,
        check=True,
        capture_output=True,
        text=True,
    )
    return done.stdout


def commit(kb: Kb, message: str) -> None:
    git(kb, "add", "-A")
    git(kb, "commit", "-q", "-m", message)
