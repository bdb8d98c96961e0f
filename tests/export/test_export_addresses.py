"""Page addresses, linked data and withdrawn pages, read from the exported files.

With ``site.url`` (the golden knowledge base sets it) every page names its own
address; without it pages claim none. A retired entry's address keeps serving
a notice, so a QR code on an old printout still tells the truth.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from browser_support import require_tool
from carekb.load.project import open_project
from carekb.trust.governance import governance
from export.export_helpers import (
    REPO_ROOT,
    SIGNED_AT,
    approve,
    cli_run,
    copy_kb,
    export_cli,
    write_test_key,
)

SITE = "https://clinic.example.org/neck/"
SIGNED_DAY = SIGNED_AT[:10]


def _graph(page: Path) -> list[dict[str, Any]]:
    found = re.search(
        r'<script type="application/ld\+json">\n(.*?)\n</script>', page.read_text(), re.S
    )
    assert found is not None
    graph: list[dict[str, Any]] = json.loads(found.group(1))["@graph"]
    return graph


@pytest.fixture(scope="module")
def golden_site(tmp_path_factory: pytest.TempPathFactory, signed_golden_master: Path) -> Path:
    out = tmp_path_factory.mktemp("addresses") / "exports"
    export_cli(signed_golden_master, "--out", out, "--format", "html")
    return out / "html"


def test_every_page_names_its_address(golden_site: Path) -> None:
    page = golden_site / "techniques" / "neck-turns.html"
    address = SITE + "techniques/neck-turns.html"
    assert f'<link rel="canonical" href="{address}">' in page.read_text()
    web_page, how_to = _graph(page)
    assert web_page["@type"] == "MedicalWebPage"
    assert web_page["url"] == web_page["@id"] == address
    assert how_to["@type"] == "HowTo" and how_to["@id"] == address + "#howto"
    assert web_page["mainEntity"] == {"@id": how_to["@id"]}
    assert web_page["datePublished"] == web_page["dateModified"] == SIGNED_DAY
    assert f'<link rel="canonical" href="{SITE}">' in (golden_site / "index.html").read_text()


def test_faq_page_links_its_faq_node(golden_site: Path) -> None:
    web_page, faq = _graph(golden_site / "faqs" / "how-often.html")
    assert faq["@type"] == "FAQPage"
    assert web_page["mainEntity"] == {"@id": SITE + "faqs/how-often.html#faqpage"}


def test_reviewers_carry_credentials_job_and_affiliation_from_the_roster(
    golden_site: Path,
) -> None:
    web_page = _graph(golden_site / "precautions" / "go-slowly.html")[0]
    (reviewer,) = web_page["reviewedBy"]
    assert reviewer["name"] == "Rhea Reviewer"
    assert reviewer["jobTitle"] == "Physiotherapist"
    assert reviewer["affiliation"] == {"@type": "Organization", "name": "Golden Test Clinic"}
    assert [c["name"] for c in reviewer["hasCredential"]] == ["PT", "DPT"]
    assert {c["@type"] for c in reviewer["hasCredential"]} == {"EducationalOccupationalCredential"}


def test_sitemap_lists_every_page_with_its_last_approval(golden_site: Path) -> None:
    sitemap = (golden_site / "sitemap.xml").read_text()
    entries = dict(re.findall(r"<loc>([^<]+)</loc><lastmod>([^<]+)</lastmod>", sitemap))
    pages = sorted(
        SITE + p.relative_to(golden_site).as_posix()
        for p in golden_site.rglob("*.html")
        if p.name != "index.html"
    )
    assert sorted(entries) == sorted([SITE, *pages])
    assert set(entries.values()) == {SIGNED_DAY}


def test_without_a_site_address_pages_claim_none(
    signed_golden_master: Path, tmp_path: Path
) -> None:
    root = tmp_path / "kb"
    shutil.copytree(signed_golden_master, root, ignore=shutil.ignore_patterns("exports"))
    config = root / "carekb.yaml"
    config.write_text(
        config.read_text().replace("site:\n  url: https://clinic.example.org/neck\n", "")
    )
    out = tmp_path / "out"
    export_cli(root, "--out", out, "--format", "html", "--format", "handout")
    site = out / "html"
    page = site / "techniques" / "neck-turns.html"
    text = page.read_text()
    assert "canonical" not in text and "clinic.example.org/neck" not in text
    web_page, how_to = _graph(page)
    assert "url" not in web_page and "@id" not in web_page
    assert web_page["mainEntity"] == {"@id": "#howto"} and how_to["@id"] == "#howto"
    assert web_page["datePublished"] == SIGNED_DAY  # known from the signed history
    assert not (site / "sitemap.xml").exists()
    handout = (out / "handout" / "neck-care.html").read_text()
    assert 'class="qr"' not in handout
    assert not (out / "handout" / "assets" / "qr").exists()


def test_the_site_address_is_signed_by_the_leads(
    signed_golden_master: Path, tmp_path: Path
) -> None:
    root = tmp_path / "kb"
    shutil.copytree(signed_golden_master, root, ignore=shutil.ignore_patterns("exports"))
    before = governance(open_project(root)).digest
    config = root / "carekb.yaml"
    config.write_text(config.read_text().replace("clinic.example.org/neck", "evil.example.net/x"))
    after = governance(open_project(root))
    assert after.digest != before  # a QR code pointing elsewhere needs a lead's signature


def test_a_site_address_must_be_https(signed_golden_master: Path, tmp_path: Path) -> None:
    root = tmp_path / "kb"
    shutil.copytree(signed_golden_master, root, ignore=shutil.ignore_patterns("exports"))
    config = root / "carekb.yaml"
    config.write_text(config.read_text().replace("https://clinic", "javascript://clinic"))
    result = export_cli(root, "--out", tmp_path / "out", expect=2)
    assert "site" in result.output and "url" in result.output
    assert "Traceback" not in result.output
    assert not (tmp_path / "out").exists()


def test_a_long_title_gets_a_short_page_title(tmp_path: Path, key_dir: Path) -> None:
    root = copy_kb(tmp_path / "kb")
    long_title = (
        "How often should I do gentle neck turns when my neck feels stiff after a long day at work"
    )
    faq = root / "kb" / "faqs" / "how-often.yaml"
    faq.write_text(re.sub(r"(?m)^title: .*$", f"title: {long_title}", faq.read_text(), count=1))
    approve(root, ["go-slowly", "neck-turns", "how-often"], key_dir)
    out = tmp_path / "out"
    export_cli(root, "--out", out, "--format", "html")
    page = (out / "html" / "faqs" / "how-often.html").read_text()
    title = re.search(r"<title>(.*?)</title>", page)
    assert title is not None
    assert len(title.group(1)) <= 70 and title.group(1).endswith("…")
    assert long_title.startswith(title.group(1)[:-1])
    assert f"<h1>{long_title}</h1>" in page  # the page's heading keeps it whole


def test_a_withdrawn_entry_names_its_replacement_and_the_handouts_that_printed_it(
    tmp_path: Path, signed_golden_master: Path, key_dir: Path
) -> None:
    root = tmp_path / "kb"
    shutil.copytree(signed_golden_master, root, ignore=shutil.ignore_patterns("exports"))
    cli_run(
        "review",
        "retire",
        "how-often",
        "--as",
        "gold-reviewer",
        "--reason",
        "Merged into the technique's dose.",
        "--replaced-by",
        "neck-turns",
        "--key",
        write_test_key("gold-reviewer", key_dir),
        "--root",
        root,
        now="2026-04-10T12:00:00Z",
    )
    out = tmp_path / "out"
    export_cli(root, "--out", out, "--format", "html", "--format", "markdown", "--allow-empty")
    notice = (out / "markdown" / "faqs" / "how-often.md").read_text()
    assert 'title: "Withdrawn: How often should I do neck stretches?"' in notice
    assert "**This page was withdrawn on 2026-04-10.**" in notice
    assert "replaced by [Gentle neck turns](../techniques/neck-turns.md)" in notice
    assert "is enough" not in notice
    page = (out / "html" / "faqs" / "how-often.html").read_text()
    assert 'withdrawn on <time datetime="2026-04-10">2026-04-10</time>' in page
    assert 'replaced by <a href="../techniques/neck-turns.html">Gentle neck turns</a>' in page
    assert "Neck care at home (versions approved on 2026-03-02)" in page
    assert "Merged into" not in page  # the retire reason is a note for the team
    assert "is enough" not in page  # none of the retired answer
    (web_page,) = _graph(out / "html" / "faqs" / "how-often.html")
    assert web_page["relatedLink"] == SITE + "techniques/neck-turns.html"
    listed = json.loads((out / "html" / "withdrawn.json").read_text())["withdrawn"]
    assert listed == [
        {
            "id": "how-often",
            "title": "How often should I do neck stretches?",
            "withdrawn": "2026-04-10",
            "replaced_by": "neck-turns",
            "page": "faqs/how-often.html",
            "printed_in": [
                {"handout": "neck-care", "title": "Neck care at home", "approved": ["2026-03-02"]}
            ],
            "printed_versions": [],  # only a publisher's record knows them
        }
    ]
    sitemap = (out / "html" / "sitemap.xml").read_text()
    assert f"<loc>{SITE}faqs/how-often.html</loc><lastmod>2026-04-10</lastmod>" in sitemap
    # The notices pass the same validators as every other page.
    lint = REPO_ROOT / "node_modules" / ".bin" / "markdownlint-cli2"
    validate = REPO_ROOT / "node_modules" / ".bin" / "html-validate"
    require_tool(lint.is_file() and validate.is_file(), "npm validators missing: make setup")
    done = subprocess.run(
        [str(lint), "faqs/how-often.md"], cwd=out / "markdown", capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout + done.stderr
    done = subprocess.run(
        [str(validate), str(out / "html" / "faqs" / "how-often.html")],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_retire_refuses_an_unknown_replacement(
    tmp_path: Path, signed_golden_master: Path, key_dir: Path
) -> None:
    root = tmp_path / "kb"
    shutil.copytree(signed_golden_master, root, ignore=shutil.ignore_patterns("exports"))
    before = (root / "kb" / "faqs" / "how-often.yaml").read_bytes()
    result = cli_run(
        "review",
        "retire",
        "how-often",
        "--as",
        "gold-reviewer",
        "--reason",
        "Old.",
        "--replaced-by",
        "no-such-entry",
        "--key",
        write_test_key("gold-reviewer", key_dir),
        "--root",
        root,
        expect=None,
    )
    assert result.exit_code != 0
    assert "--replaced-by 'no-such-entry' is not another entry" in result.output
    assert (root / "kb" / "faqs" / "how-often.yaml").read_bytes() == before
