"""The review desk end to end in Debian's headless Chromium.

``carekb serve`` runs on a private copy of the sample. A reviewer opens the
queue with the printed link, the entry in review and its diff, and approves
it: once signing in the browser with a demo key file (WebCrypto), once with a
desk started ``--as`` the reviewer. Then lint is clean, the audit log
verifies and the export holds the entry. Every page passes axe-core at 1280
and 390 px. Screenshots go to test-artifacts/desk/ (not committed).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from web.desk_helpers import AUTHOR, IN_REVIEW, REPO_ROOT, REVIEWER, demo_key, tree_digest

CAREKB = (sys.executable, "-c", "from carekb.cli.main import main; main()")
ARTIFACTS = REPO_ROOT / "test-artifacts" / "desk"
AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
    "resultTypes": ["violations"],
    "preload": False,
}


def _carekb(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*CAREKB, *args],
        cwd=root,
        env=_env(root),
        capture_output=True,
        text=True,
        timeout=300,
    )


def _env(root: Path) -> dict[str, str]:
    return {
        **os.environ,
        "CAREKB_TRUST": str(root / "demo-keys" / "trust.yaml"),
        "PYTHONPATH": str(REPO_ROOT / "src"),
    }


@pytest.fixture
def serve(sample: Path) -> Iterator[Any]:
    """Start ``carekb serve`` on the sample copy; yields a function returning its URL."""
    started: list[subprocess.Popen[str]] = []

    def start(*options: str) -> str:
        process = subprocess.Popen(
            [
                sys.executable,
                "-c",
                "from carekb.cli.main import main; main()",
                "serve",
                "--port",
                "0",
                *options,
            ],
            cwd=sample,
            env=_env(sample),
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        started.append(process)
        assert process.stdout is not None
        for _ in range(5):
            line = process.stdout.readline()
            if "?token=" in line:
                return line.strip()
        raise AssertionError("carekb serve printed no link")

    yield start
    for process in started:
        process.terminate()
        process.wait(timeout=20)


def _axe(page: Any, name: str) -> list[str]:
    from axe_playwright_python.sync_playwright import Axe

    found = []
    for width in (1280, 390):
        page.set_viewport_size({"width": width, "height": 900})
        violations = Axe().run(page, options=AXE_OPTIONS).response["violations"]
        found += [
            f"{name}@{width}: {v['id']}: {v['help']} at {[n['target'] for n in v['nodes']][:3]}"
            for v in violations
        ]
    page.set_viewport_size({"width": 1280, "height": 900})
    return found


def _shot(page: Any, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / name), full_page=True)


def _check_published(sample: Path) -> None:
    lint = _carekb(sample, "lint")
    assert lint.returncode == 0, lint.stdout + lint.stderr
    log = _carekb(sample, "review", "log", IN_REVIEW, "--verify")
    assert log.returncode == 0, log.stdout + log.stderr
    assert REVIEWER in log.stdout
    export = _carekb(sample, "export", "--format", "html")
    assert export.returncode == 0, export.stdout + export.stderr
    assert (sample / "exports" / "html" / "faqs" / f"{IN_REVIEW}.html").is_file()


def test_approve_in_the_browser_with_a_key_file(sample, serve, page):
    link = serve()
    base = link.split("?")[0]
    page.goto(link)
    assert "token=" not in page.url  # traded for the cookie, and gone from the address
    page.select_option("#person", REVIEWER)
    page.click("text=Use this name")
    assert page.locator("#waiting").inner_text().startswith("Waiting for you (1)")
    problems = _axe(page, "queue")
    _shot(page, "queue.png")

    page.click(f"#waiting ~ .table-wrap a[href='/entry/{IN_REVIEW}']")
    page.wait_for_load_state("load")
    frame = page.frame_locator("iframe.preview").first
    assert frame.locator("h1").inner_text()  # the export's own page, in the sandbox
    problems += _axe(page, "entry")

    page.goto(f"{base}entry/{IN_REVIEW}/diff")
    assert "every field is new" in page.content()
    problems += _axe(page, "diff")
    _shot(page, "diff.png")

    page.goto(f"{base}entry/{IN_REVIEW}/approve")
    problems += _axe(page, "approve")
    page.set_input_files("#key-approve", str(demo_key(sample, REVIEWER)))
    _shot(page, "approve-confirmation.png")
    page.click("text=Sign and approve")
    page.wait_for_url(re.compile(r"done=approve"), timeout=30_000)
    assert page.locator(".status").first.inner_text() == "approved"

    page.goto(f"{base}entry/upper-back-self-care")
    problems += _axe(page, "handout")
    assert problems == []
    _check_published(sample)


def test_approve_with_a_desk_started_as_the_reviewer(sample, serve, page):
    link = serve("--as", REVIEWER, "--key", str(demo_key(sample, REVIEWER)))
    base = link.split("?")[0]
    page.goto(link)
    page.goto(f"{base}entry/{IN_REVIEW}/approve")
    assert page.locator("#key-approve").count() == 0  # the server signs: no key file asked
    page.click("text=Sign and approve")
    page.wait_for_url(re.compile(r"done=approve"), timeout=30_000)
    _check_published(sample)


def test_without_the_token_the_desk_answers_403(serve, page):
    link = serve()
    response = page.goto(link.split("?")[0])
    assert response is not None and response.status == 403
    assert "access link" in page.content()


PASSPHRASE = "a long passphrase for the desk"
DRAFT = "risks-of-cracking-your-upper-back"  # in draft, written by AUTHOR


def _encrypted_copy(sample: Path, person: str, target: Path) -> Path:
    """``person``'s demo key, encrypted as 'carekb keys new' encrypts (PBKDF2, AES-256)."""
    from cryptography.hazmat.primitives import serialization

    from carekb.trust.keys import private_key_pem

    key = serialization.load_pem_private_key(demo_key(sample, person).read_bytes(), None)
    target.write_bytes(private_key_pem(key, PASSPHRASE.encode()))  # type: ignore[arg-type]
    target.chmod(0o600)
    return target


def _open_as(page: Any, link: str, person: str) -> str:
    page.goto(link)
    page.select_option("#person", person)
    page.click("text=Use this name")
    return link.split("?")[0]


def _sign_in_form(page: Any, action: str, key: Path, passphrase: str = "") -> None:
    page.set_input_files(f"#key-{action}", str(key))
    if passphrase:
        page.fill(f"#passphrase-{action}", passphrase)


def test_approve_with_a_passphrase_protected_key_decrypted_in_the_page(
    sample, serve, page, tmp_path
):
    key = _encrypted_copy(sample, REVIEWER, tmp_path / "reviewer.key")
    assert b"ENCRYPTED PRIVATE KEY" in key.read_bytes()
    base = _open_as(page, serve(), REVIEWER)
    page.goto(f"{base}entry/{IN_REVIEW}/approve")
    before = tree_digest(sample)

    _sign_in_form(page, "approve", key)  # no passphrase typed
    page.click("text=Sign and approve")
    status = page.locator("form[action$='/approve'] .sign-status")
    status.filter(has_text="passphrase").wait_for(timeout=30_000)
    _sign_in_form(page, "approve", key, "not the passphrase")
    page.click("text=Sign and approve")
    status.filter(has_text="does not open this key file").wait_for(timeout=60_000)
    assert tree_digest(sample) == before  # nothing signed, nothing written

    _sign_in_form(page, "approve", key, PASSPHRASE)
    page.click("text=Sign and approve")
    page.wait_for_url(re.compile(r"done=approve"), timeout=60_000)
    _check_published(sample)


def test_request_reject_with_comments_and_retire_in_the_browser(sample, serve, page):
    link = serve()
    # The author asks for review of a draft, signing with their key file.
    base = _open_as(page, link, AUTHOR)
    page.goto(f"{base}entry/{DRAFT}")
    _sign_in_form(page, "request", demo_key(sample, AUTHOR))
    page.click("text=Sign and ask for review")
    page.wait_for_url(re.compile(r"done=request"), timeout=30_000)
    assert page.locator(".status").first.inner_text() == "in review"

    # A reviewer sends it back with two comments anchored to fields.
    _open_as(page, link, REVIEWER)
    page.goto(f"{base}entry/{DRAFT}")
    page.fill("#comment", "Two things before this can go out.")
    page.select_option("#field-path-0", "question")
    page.fill("#field-comment-0", "Ask it the way a patient would.")
    page.select_option("#field-path-1", "answer")
    page.fill("#field-comment-1", "Say when to get help.")
    _sign_in_form(page, "reject", demo_key(sample, REVIEWER))
    page.click("text=Sign and send back")
    page.wait_for_url(re.compile(r"done=reject"), timeout=30_000)
    last = json.loads((sample / "kb" / "audit" / f"{DRAFT}.jsonl").read_text().splitlines()[-1])
    assert last["event"] == "reject" and last["actor"] == REVIEWER
    assert last["comments"] == [
        {"field": "question", "comment": "Ask it the way a patient would."},
        {"field": "answer", "comment": "Say when to get help."},
    ]

    # The author sees both comments on the entry page, next to their fields.
    _open_as(page, link, AUTHOR)
    page.goto(f"{base}entry/{DRAFT}")
    comments = page.locator(".field-comments").inner_text()
    assert "question: Ask it the way a patient would." in comments
    assert "answer: Say when to get help." in comments
    _shot(page, "sent-back.png")

    # A reviewer retires an approved entry with a reason.
    _open_as(page, link, REVIEWER)
    page.goto(f"{base}entry/what-is-the-upper-back")
    page.fill("#reason", "Covered by the handout now.")
    _sign_in_form(page, "retire", demo_key(sample, REVIEWER))
    page.click("text=Sign and retire")
    page.wait_for_url(re.compile(r"done=retire"), timeout=30_000)
    assert page.locator(".status").first.inner_text() == "retired"
    log = _carekb(sample, "review", "log", "what-is-the-upper-back", "--verify")
    assert log.returncode == 0 and "retire" in log.stdout, log.stdout + log.stderr
    lint = _carekb(sample, "lint")
    assert lint.returncode == 0, lint.stdout + lint.stderr


def test_a_rendered_diff_and_a_handout_page_in_the_browser(sample, serve, page):
    path = sample / "kb" / "techniques" / "cat-cow.yaml"
    old, new = "Get on your hands and knees on a mat", "Kneel on a folded towel"
    path.write_text(path.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")
    base = _open_as(page, serve(), REVIEWER)
    page.goto(f"{base}entry/cat-cow/diff")
    frames = page.frame_locator("iframe.preview")
    assert old in frames.nth(0).locator("body").inner_text()  # before: as approved
    assert new in frames.nth(1).locator("body").inner_text()  # now
    problems = _axe(page, "rendered-diff")
    _shot(page, "diff-rendered.png")

    page.goto(f"{base}entry/upper-back-self-care")
    assert re.fullmatch(r"[0-9a-f]{12}", page.locator("#printed-version").inner_text())
    problems += _axe(page, "handout")
    _shot(page, "handout.png")
    assert problems == []


HOSTILE = (
    "<script>parent.document.title = 'owned'; top.window.owned = 1;</script>"
    "<img src=x onerror=\"parent.document.title = 'owned'\">"
    "<iframe src=\"javascript:parent.parent.document.title='owned'\"></iframe>"
)


def test_a_template_an_author_edits_runs_no_script_in_the_desk(sample, serve, page):
    """The preview frames are sandboxed without scripts and served under script-src 'none'."""
    base_template = sample / "templates" / "html" / "base.html"
    text = base_template.read_text(encoding="utf-8")
    # The author also drops the export's own policy: only the desk's protections remain.
    text = re.sub(r"<meta http-equiv=\"Content-Security-Policy\"[^>]*>", "", text)
    base_template.write_text(text.replace("<body>", "<body>" + HOSTILE, 1), encoding="utf-8")
    cat_cow = sample / "kb" / "techniques" / "cat-cow.yaml"
    cat_cow.write_text(
        cat_cow.read_text(encoding="utf-8").replace("\ntitle: ", "\ntitle: Now ", 1),
        encoding="utf-8",
    )
    base = _open_as(page, serve(), REVIEWER)
    for path in (f"entry/{IN_REVIEW}", "entry/cat-cow/diff"):
        page.goto(f"{base}{path}")
        page.wait_for_load_state("load")
        frames = page.frame_locator("iframe.preview")
        assert frames.last.locator("h1").inner_text()  # the preview did render
        page.wait_for_timeout(500)
        assert "owned" not in page.title()
        assert page.evaluate("window.owned === undefined")
    # The hostile markup did reach the preview (so the test tests something): only inert.
    page.goto(f"{base}preview/html/techniques/cat-cow.html")
    assert "<script>parent.document.title" in page.content()
    assert "Content-Security-Policy" not in page.content()
    assert "owned" not in page.title()
