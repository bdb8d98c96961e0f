"""The gate: nothing a clinician did not approve, now, reaches any export.

One knowledge base holds an entry in each state that must stay out (never
approved, stale, forged, expired, retired) plus a handout that includes one of
them. Each is made through the real review commands; then every file of every
format (PDF text included) is searched for their ids and titles.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from carekb.kb import open_kb
from carekb.load.project import open_project
from carekb.trust.gate import plan_export
from export.export_helpers import (
    EXPORT_DAY,
    approve,
    cli_run,
    copy_kb,
    export_cli,
    output_files,
    readable_text,
    write_test_key,
)

# id -> a title no other entry shares, so a search for it cannot match by accident.
BAD = {
    "unapproved-faq": "Unapproved quokka question",
    "stale-faq": "Stale wombat question",
    "forged-faq": "Forged numbat question",
    "expired-faq": "Expired echidna question",
    "retired-faq": "Retired platypus question",
}
BAD_HANDOUT = ("mixed-handout", "Mixed bilby handout")
# A retired entry that was once published keeps its address: a notice that it was
# withdrawn, naming it by the title its approval signed, and none of its advice.
WITHDRAWN_FILES = {
    "html/faqs/retired-faq.html",
    "markdown/faqs/retired-faq.md",
    "html/withdrawn.json",
    "html/sitemap.xml",
    "carekb-manifest.json",  # lists every file
}


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
  For most people, once or twice a day is enough. Stop if your pain gets worse.
related:
  - neck-turns
sources:
  - title: Neck pain
    url: https://www.nhs.uk/conditions/neck-pain/
    publisher: NHS
review:
  status: draft
"""


def _handout(entry_id: str, title: str) -> str:
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
      - unapproved-faq
paper: A4
review:
  status: draft
"""


@pytest.fixture(scope="module")
def scenario_kb(tmp_path_factory: pytest.TempPathFactory, key_dir: Path) -> Path:
    root = copy_kb(tmp_path_factory.mktemp("scenarios") / "kb")
    # Let the reviewer's key sign in 2025 too, so an approval can simply expire.
    people = root / "kb" / "people.yaml"
    people.write_text(
        people.read_text().replace("valid_from: 2026-01-01", "valid_from: 2025-01-01")
    )
    for entry_id, title in BAD.items():
        (root / "kb" / "faqs" / f"{entry_id}.yaml").write_text(_faq(entry_id, title))
    (root / "kb" / "handouts" / f"{BAD_HANDOUT[0]}.yaml").write_text(_handout(*BAD_HANDOUT))

    approve(root, ["go-slowly", "neck-turns", "how-often", "neck-care"], key_dir)
    approve(root, ["stale-faq", "forged-faq", "retired-faq", BAD_HANDOUT[0]], key_dir)
    # Approved in February 2025: the review ran out in February 2026.
    approve(root, ["expired-faq"], key_dir, at="2025-02-03T10:00:00Z")

    stale = root / "kb" / "faqs" / "stale-faq.yaml"
    stale.write_text(stale.read_text().replace("once or twice a day", "three times a day"))
    # A forgery: a real signature by the same reviewer, copied from another entry.
    borrowed = _signature(root / "kb" / "faqs" / "how-often.yaml")
    forged = root / "kb" / "faqs" / "forged-faq.yaml"
    text = forged.read_text()
    forged.write_text(text.replace(_signature(forged), borrowed))
    cli_run(
        "review",
        "retire",
        "retired-faq",
        "--as",
        "gold-author",
        "--reason",
        "Replaced.",
        "--key",
        write_test_key("gold-author", key_dir),
        "--root",
        root,
    )
    return root


def _signature(path: Path) -> str:
    found = re.search(r"signature: (ed25519:\S+)", path.read_text())
    assert found is not None
    return found.group(1)


@pytest.fixture(scope="module")
def exported(scenario_kb: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    out = tmp_path_factory.mktemp("scenario-export") / "exports"
    result = export_cli(scenario_kb, "--out", out)
    return out, result.output


def test_each_bad_entry_is_excluded_for_its_own_reason(scenario_kb):
    project = open_project(scenario_kb)
    plan = plan_export(project, open_kb(project), EXPORT_DAY)
    reasons = {item.entry.id: item.category for item in plan.excluded}
    assert reasons == {
        "unapproved-faq": "not approved",
        "stale-faq": "stale",
        "forged-faq": "bad signature",
        "expired-faq": "expired",
        "retired-faq": "retired",
        "stop-if-dizzy": "not approved",
        "mixed-handout": "incomplete",
    }
    assert [e.id for e in plan.entries] == ["neck-turns", "go-slowly", "how-often"]
    assert [h.id for h in plan.handouts] == ["neck-care"]


@pytest.mark.parametrize("entry_id", [*BAD, BAD_HANDOUT[0]])
def test_no_output_file_mentions_an_excluded_entry(exported, entry_id):
    out, _ = exported
    title = {**BAD, BAD_HANDOUT[0]: BAD_HANDOUT[1]}[entry_id]
    files = list(output_files(out))
    assert any(p.suffix == ".pdf" for p in files), "the PDF must be searched too"
    for path in files:
        text = readable_text(path)
        if entry_id == "retired-faq" and path.relative_to(out).as_posix() in WITHDRAWN_FILES:
            assert "once or twice a day" not in text  # the retired answer
            continue
        assert entry_id not in path.name
        assert entry_id not in text, f"{entry_id} found in {path.relative_to(out)}"
        assert title not in text, f"'{title}' found in {path.relative_to(out)}"


def test_a_retired_entry_s_address_says_it_was_withdrawn(exported):
    out, _ = exported
    page = (out / "html" / "faqs" / "retired-faq.html").read_text()
    assert 'This page was withdrawn on <time datetime="2026-03-02">2026-03-02</time>' in page
    assert "<h1>Retired platypus question</h1>" in page
    assert "Nothing replaces it." in page
    listed = json.loads((out / "html" / "withdrawn.json").read_text())["withdrawn"]
    assert [(item["id"], item["withdrawn"]) for item in listed] == [("retired-faq", "2026-03-02")]


def test_approved_content_is_there(exported):
    out, _ = exported
    assert "Gentle neck turns" in (out / "html" / "techniques" / "neck-turns.html").read_text()
    assert (out / "pdf" / "neck-care.pdf").is_file()


def test_every_exclusion_is_reported_like_a_lint_finding(exported):
    _, output = exported
    for entry_id in BAD:
        assert re.search(
            rf"^\S*kb/faqs/{entry_id}\.yaml:\d+:\d+: warning export '{entry_id}' not exported: ",
            output,
            re.MULTILINE,
        ), output
    assert (
        "warning export 'mixed-handout' not exported: it includes "
        "'unapproved-faq', which is not exported (not approved)"
    ) in output
    summary = output.strip().splitlines()[-1]
    assert summary.startswith("exported 3 of 9 entries and 1 of 2 handouts to ")
    assert summary.endswith(
        "1 bad signature, 1 expired, 2 not approved, 1 retired, 1 stale, "
        "1 handout incomplete, 1 link dropped"
    )


def test_a_link_to_an_excluded_entry_is_dropped_and_names_both(exported):
    out, output = exported
    assert (
        "warning export link from 'how-often' to 'stop-if-dizzy' dropped: "
        "'stop-if-dizzy' is not exported (not approved)"
    ) in output
    page = (out / "html" / "faqs" / "how-often.html").read_text()
    assert "go-slowly.html" in page
    assert "stop-if-dizzy" not in page and "Stop if you feel dizzy" not in page


def test_a_technique_is_never_exported_without_its_precaution(scenario_kb, tmp_path):
    # The golden technique's one precaution is edited after approval (stale): no
    # neck-turns page, no handout printing it, no "Stay safe" section with a hole in it.
    kb = tmp_path / "kb"
    shutil.copytree(scenario_kb, kb, ignore=shutil.ignore_patterns("exports"))  # logs too
    path = kb / "kb" / "precautions" / "go-slowly.yaml"
    text = path.read_text()
    path.write_text(text.replace("statement: >-\n  ", "statement: >-\n  Really. ", 1))
    out = tmp_path / "out"
    result = export_cli(kb, "--out", out, "--allow-empty")
    assert (
        "'neck-turns' not exported: its precaution 'go-slowly' is not exported "
        "(stale), and it is never published without it"
    ) in result.output
    assert not (out / "html" / "techniques" / "neck-turns.html").exists()
    assert not list((out / "html" / "handouts").glob("*.html"))


def test_preview_shows_drafts_but_never_retired(scenario_kb, tmp_path):
    export_cli(scenario_kb, "--preview", "--out", tmp_path / "out")
    site = tmp_path / "out" / "html"  # --out names the preview folder itself
    assert (site / "faqs" / "unapproved-faq.html").is_file()
    assert (site / "faqs" / "stale-faq.html").is_file()
    assert not (site / "faqs" / "retired-faq.html").exists()
    assert "Retired platypus question" not in (site / "index.html").read_text()


def test_an_entry_that_loses_its_approval_disappears_from_the_export(signed_golden, tmp_path):
    out = tmp_path / "exports"
    export_cli(signed_golden, "--out", out)
    assert (out / "markdown" / "faqs" / "how-often.md").is_file()
    faq = signed_golden / "kb" / "faqs" / "how-often.yaml"
    faq.write_text(faq.read_text().replace("is enough", "is plenty"))
    result = export_cli(signed_golden, "--out", out)
    assert "'how-often' not exported: stale" in result.output
    names = [p.name for p in output_files(out)]
    assert not any("how-often" in name for name in names)
    # The handout includes the FAQ, so it goes too.
    assert "neck-care.pdf" not in names
