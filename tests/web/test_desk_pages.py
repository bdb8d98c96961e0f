"""What the desk's pages show a reviewer, checked against what the export really makes.

- the diff renders the version last approved (from the audit log) beside the
  version now, both through the export's own templates and gate;
- lint findings sit in the entry's text right after the line they point at;
- a handout's page states the version and reviewers its print carries, the
  same ones ``carekb export`` prints.
"""

from __future__ import annotations

import html
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

from carekb.load.project import find_project
from carekb.web.app import create_app
from carekb.web.desk import DeskConfig
from carekb.web.security import Secrets
from web.desk_helpers import IN_REVIEW, REPO_ROOT, REVIEWER

HANDOUT = "upper-back-self-care"
OLD_STEP = "Get on your hands and knees on a mat"
NEW_STEP = "Kneel on a folded towel with your hands under your shoulders"


def _signed_in(root: Path, me: str = REVIEWER) -> Any:
    secrets = Secrets()
    client = create_app(DeskConfig(find_project(root)), secrets).test_client()
    assert client.get(f"/?token={secrets.token}").status_code == 303
    client.post("/me", data={"person": me, "csrf": secrets.csrf})
    return client


def _text(client: Any, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return str(response.get_data(as_text=True))


def _iframes(page: str) -> list[str]:
    return re.findall(r'<iframe class="preview"[^>]* src="([^"]+)"', page)


def test_the_diff_renders_the_approved_version_beside_the_version_now(sample: Path) -> None:
    path = sample / "kb" / "techniques" / "cat-cow.yaml"
    text = path.read_text(encoding="utf-8")
    assert OLD_STEP in text
    path.write_text(text.replace(OLD_STEP, NEW_STEP, 1), encoding="utf-8")
    client = _signed_in(sample)

    page = _text(client, "/entry/cat-cow/diff")
    before, now = _iframes(page)
    assert before.startswith("/before/cat-cow/approved/") and now.startswith("/preview/")
    old_page, new_page = _text(client, before), _text(client, now)
    # Both are the export's own page (same template), differing in the edited words only.
    assert OLD_STEP in old_page and NEW_STEP not in old_page
    assert NEW_STEP in new_page and OLD_STEP not in new_page
    assert _title(old_page) == _title(new_page)
    # The "before" page's stylesheet comes from the same preview export.
    css = re.search(r'href="([^"]+\.css)"', old_page)
    assert css is not None
    assert client.get(_resolve(before, css.group(1))).status_code == 200
    # Author HTML is shown only in the sandbox: the same locked-down policy as the preview.
    policy = client.get(before).headers["Content-Security-Policy"]
    assert "script-src 'none'" in policy or "default-src 'none'" in policy


def test_an_entry_never_approved_has_no_before(sample: Path) -> None:
    client = _signed_in(sample)
    page = _text(client, f"/entry/{IN_REVIEW}/diff")
    assert "every field is new" in page
    assert [src for src in _iframes(page) if src.startswith("/before/")] == []
    assert client.get(f"/before/{IN_REVIEW}/approved/html/index.html").status_code == 404
    assert client.get("/before/cat-cow/sideways/html/index.html").status_code == 404


def test_findings_sit_right_after_the_line_they_point_at(sample: Path) -> None:
    path = sample / "kb" / "techniques" / "cat-cow.yaml"
    claim = "This stretch cures back pain for good."
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace(OLD_STEP, f"{OLD_STEP}. {claim}", 1), encoding="utf-8")
    client = _signed_in(sample)
    page = _text(client, "/entry/cat-cow")
    source = page[page.index('<div class="source"') :]
    flagged = re.search(
        r'<div class="line flagged" id="L(\d+)">.*?</div>\s*(<p class="finding[^"]*">.*?</p>)',
        source,
    )
    assert flagged is not None, source[:2000]
    line_number = int(flagged.group(1))
    assert claim in html.unescape(
        path.read_text(encoding="utf-8").splitlines()[line_number - 1]
    ).replace("\\", "")
    assert "risky-claim" in flagged.group(2)
    # The summary at the top links to that line.
    assert f'href="#L{line_number}"' in page


def test_a_handouts_page_shows_the_version_and_reviewers_the_export_prints(sample: Path) -> None:
    client = _signed_in(sample)
    page = html.unescape(_text(client, f"/entry/{HANDOUT}"))
    shown = re.search(r'<code id="printed-version">([0-9a-f]{12})</code>', page)
    assert shown is not None, page
    reviewers = re.search(r"Reviewers printed</dt><dd>([^<]+)</dd>", page)
    assert reviewers is not None

    export = subprocess.run(
        [sys.executable, "-m", "carekb", "export", "--format", "handout"],
        cwd=sample,
        env={**os.environ, "PYTHONPATH": str(REPO_ROOT / "src")},
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert export.returncode == 0, export.stdout + export.stderr
    printed = html.unescape(
        (sample / "exports" / "handout" / f"{HANDOUT}.html").read_text(encoding="utf-8")
    )
    assert f"Version {shown.group(1)} (" in printed
    for reviewer in reviewers.group(1).split("; "):
        assert reviewer in printed
    assert 'href="/preview/pdf/' in page  # and its PDF, from the same preview export


def _title(page: str) -> str:
    match = re.search(r"<title>(.*?)</title>", page, re.S)
    return match.group(1) if match else ""


def _resolve(page_url: str, relative: str) -> str:
    base = page_url.rsplit("/", 1)[0]
    parts = [*base.split("/"), *relative.split("/")]
    resolved: list[str] = []
    for part in parts:
        if part == "..":
            resolved.pop()
        elif part != ".":
            resolved.append(part)
    return "/".join(resolved)


def test_the_queue_counts_are_those_of_carekb_status(sample: Path) -> None:
    import json

    status = subprocess.run(
        [sys.executable, "-m", "carekb", "status", "--format", "json"],
        cwd=sample,
        env={**os.environ, "PYTHONPATH": str(REPO_ROOT / "src")},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert status.returncode == 0, status.stderr
    counts = json.loads(status.stdout)["counts"]
    shown = html.unescape(_text(_signed_in(sample), "/"))
    line = re.search(r'<p class="counts" id="counts">(.*?)</p>', shown, re.S)
    assert line is not None
    for state, number in counts.items():
        assert f"{number} {state.replace('_', ' ')}" in line.group(1)


def test_a_lint_error_blocks_approval_with_a_clear_page(sample: Path) -> None:
    from web.desk_helpers import browser_key, demo_key, tree_digest

    path = sample / "kb" / "faqs" / f"{IN_REVIEW}.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "surprise: field\n", encoding="utf-8")
    client = _signed_in(sample)
    page = _text(client, f"/entry/{IN_REVIEW}")
    assert "A lint error stops this entry" in page and "surprise" in page
    before = tree_digest(sample)
    secrets_csrf = re.search(r'name="csrf-token" content="([0-9a-f]+)"', page)
    assert secrets_csrf is not None
    refused = client.post(
        f"/entry/{IN_REVIEW}/approve",
        json={
            "public_key": browser_key(demo_key(sample, REVIEWER))[1],
            "signatures": [],
            "content_hash": "",
        },
        headers={"X-CSRF-Token": secrets_csrf.group(1)},
    )
    assert refused.status_code == 422
    assert "lint error" in refused.get_json()["error"]
    assert tree_digest(sample) == before


def test_a_file_that_does_not_parse_gets_a_page_that_says_so(sample: Path) -> None:
    path = sample / "kb" / "faqs" / f"{IN_REVIEW}.yaml"
    path.write_text("id: [unclosed\n", encoding="utf-8")
    response = _signed_in(sample).get(f"/entry/{IN_REVIEW}")
    body = response.get_data(as_text=True)
    assert response.status_code == 422
    assert f"kb/faqs/{IN_REVIEW}.yaml cannot be read" in body
    assert "carekb lint" in body and "Traceback" not in body
