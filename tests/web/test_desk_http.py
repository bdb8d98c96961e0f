"""The desk over HTTP (Flask's test client): the guard, the pages, and every refusal.

Signing is done as the page does it: the server hands out bytes, they are
signed with a demo key file, and sent back. Each refusal leaves kb/ byte for
byte as it was.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from carekb.load.project import find_project
from carekb.web.app import create_app
from carekb.web.desk import DeskConfig
from carekb.web.security import COOKIE, Secrets
from web.desk_helpers import (
    AUTHOR,
    IN_REVIEW,
    NOT_A_REVIEWER,
    OTHER_REVIEWER,
    REVIEWER,
    browser_key,
    demo_key,
    sign_b64,
    tree_digest,
)


def _client(root: Path, **options: Any) -> tuple[Any, Secrets]:
    secrets = Secrets()
    app = create_app(DeskConfig(find_project(root), **options), secrets)
    return app.test_client(), secrets


def _signed_in(root: Path, me: str | None = None, **options: Any) -> tuple[Any, Secrets]:
    client, secrets = _client(root, **options)
    assert client.get(f"/?token={secrets.token}").status_code == 303
    if me is not None:
        client.post("/me", data={"person": me, "csrf": secrets.csrf})
    return client, secrets


def _content_hash(client: Any, entry_id: str) -> str:
    page = client.get(f"/entry/{entry_id}/approve").get_data(as_text=True)
    start = page.index('id="content-hash">') + len('id="content-hash">')
    return page[start : page.index("<", start)]


def _sign(client, secrets, root, action, key_owner, body, entry_id=IN_REVIEW):
    """Run one action the way desk.js does; return the last response."""
    key, public = browser_key(demo_key(root, key_owner))
    payload = {**body, "public_key": public, "signatures": []}
    headers = {"X-CSRF-Token": secrets.csrf}
    for _ in range(4):
        response = client.post(f"/entry/{entry_id}/{action}", json=payload, headers=headers)
        answer = response.get_json()
        if response.status_code != 200 or "sign" not in answer:
            return response
        payload["at"] = answer["at"]
        payload["signatures"].append(sign_b64(key, answer["sign"]))
    raise AssertionError("the desk kept asking for signatures")


def test_no_token_is_403_and_the_token_becomes_a_strict_cookie(sample):
    client, secrets = _client(sample)
    assert client.get("/").status_code == 403
    assert client.get(f"/entry/{IN_REVIEW}").status_code == 403
    assert client.get("/?token=wrong").status_code == 403
    response = client.get(f"/?token={secrets.token}")
    assert response.status_code == 303 and response.headers["Location"] == "/"
    cookie = response.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie and secrets.token not in cookie
    page = client.get("/")
    assert page.status_code == 200
    assert page.headers["Referrer-Policy"] == "no-referrer"
    policy = page.headers["Content-Security-Policy"]
    assert "script-src 'nonce-" in policy and "unsafe-inline" not in policy
    assert "<script>" not in page.get_data(as_text=True)  # no inline script


def test_pages_render_and_errors_are_pages_not_tracebacks(sample):
    client, _ = _signed_in(sample, REVIEWER)
    queue = client.get("/").get_data(as_text=True)
    assert "1 in review" in queue and IN_REVIEW in queue
    entry = client.get(f"/entry/{IN_REVIEW}").get_data(as_text=True)
    assert 'sandbox="allow-same-origin"' in entry and "allow-scripts" not in entry
    preview = client.get(f"/preview/html/faqs/{IN_REVIEW}.html")
    assert preview.status_code == 200
    assert "script-src 'none'" in preview.headers["Content-Security-Policy"]
    diff = client.get(f"/entry/{IN_REVIEW}/diff").get_data(as_text=True)
    assert "every field is new" in diff
    missing = client.get("/entry/no-such-entry")
    assert missing.status_code == 404 and "Traceback" not in missing.get_data(as_text=True)
    assert client.get("/preview/../../carekb.yaml").status_code == 404


def test_post_without_csrf_is_refused_and_changes_nothing(sample):
    client, _ = _signed_in(sample, REVIEWER)
    before = tree_digest(sample)
    response = client.post(f"/entry/{IN_REVIEW}/approve", json={"meaning": "ok"})
    assert response.status_code == 403
    response = client.post(
        f"/entry/{IN_REVIEW}/approve",
        json={"meaning": "ok"},
        headers={"X-CSRF-Token": "0" * 64},
    )
    assert response.status_code == 403
    assert tree_digest(sample) == before


@pytest.mark.parametrize(
    ("me", "key_owner", "expected"),
    [
        (NOT_A_REVIEWER, NOT_A_REVIEWER, "does not have the reviewer role"),
        ("reviewer-author", REVIEWER, "cannot review their own entry"),
        (REVIEWER, OTHER_REVIEWER, "does not match any of demo-reviewer-pt's public keys"),
    ],
    ids=["non-reviewer", "author", "wrong-persons-key"],
)
def test_refused_signers_change_nothing(sample, me, key_owner, expected):
    if me == "reviewer-author":  # a reviewer who is also one of the entry's authors
        me = REVIEWER
        path = sample / "kb" / "faqs" / f"{IN_REVIEW}.yaml"
        path.write_text(path.read_text().replace("  - demo-author-1\n", f"  - {REVIEWER}\n", 1))
    client, secrets = _signed_in(sample, me)
    before = tree_digest(sample)
    body = {"meaning": "Clinically accurate", "content_hash": _content_hash(client, IN_REVIEW)}
    response = _sign(client, secrets, sample, "approve", key_owner, body)
    assert response.status_code == 422
    assert expected in response.get_json()["error"]
    assert tree_digest(sample) == before


def test_stale_content_is_refused_with_a_link_to_the_diff(sample):
    client, secrets = _signed_in(sample, REVIEWER)
    seen = _content_hash(client, IN_REVIEW)
    path = sample / "kb" / "faqs" / f"{IN_REVIEW}.yaml"
    path.write_text(path.read_text().replace("title: ", "title: Really, ", 1))
    before = tree_digest(sample)
    response = _sign(client, secrets, sample, "approve", REVIEWER, {"content_hash": seen})
    assert response.status_code == 409
    answer = response.get_json()
    assert answer["stale"] and answer["diff"] == f"/entry/{IN_REVIEW}/diff"
    assert tree_digest(sample) == before


def test_a_signature_over_other_bytes_is_never_written(sample):
    client, secrets = _signed_in(sample, REVIEWER)
    before = tree_digest(sample)
    key, public = browser_key(demo_key(sample, REVIEWER))
    forged = "ed25519:" + __import__("base64").b64encode(key.sign(b"something else")).decode()
    response = client.post(
        f"/entry/{IN_REVIEW}/approve",
        json={"public_key": public, "signatures": [forged]},
        headers={"X-CSRF-Token": secrets.csrf},
    )
    assert response.status_code == 200 and "sign" in response.get_json()  # asked again
    assert tree_digest(sample) == before


def test_reject_with_field_comments_is_signed_and_shown_to_the_author(sample):
    client, secrets = _signed_in(sample, REVIEWER)
    body = {
        "comment": "Two things to fix.",
        "content_hash": _content_hash(client, IN_REVIEW),
        "field_paths": ["question", "answer"],
        "field_comments": ["Shorter, please.", "Say when to see a clinician."],
    }
    response = _sign(client, secrets, sample, "reject", REVIEWER, body)
    assert response.status_code == 200 and response.get_json()["done"]
    last = json.loads((sample / "kb" / "audit" / f"{IN_REVIEW}.jsonl").read_text().splitlines()[-1])
    assert last["event"] == "reject" and last["actor"] == REVIEWER
    assert last["comments"] == [
        {"field": "question", "comment": "Shorter, please."},
        {"field": "answer", "comment": "Say when to see a clinician."},
    ]
    author, _ = _signed_in(sample, AUTHOR)
    page = author.get(f"/entry/{IN_REVIEW}").get_data(as_text=True)
    assert "Shorter, please." in page and "Say when to see a clinician." in page


def test_server_signing_is_loopback_only_and_needs_both_tls_files():
    from carekb.errors import CarekbError
    from carekb.web.server import Listen, check_listen

    check_listen(Listen("127.0.0.1"), server_signs=True)
    with pytest.raises(CarekbError, match="only with TLS"):
        check_listen(Listen("0.0.0.0"), server_signs=False)
    cert = Path("cert.pem")
    with pytest.raises(CarekbError, match=r"127\.0\.0\.1 only"):
        check_listen(Listen("192.0.2.1", 8765, cert, cert), server_signs=True)
    with pytest.raises(CarekbError, match="go together"):
        check_listen(Listen("127.0.0.1", 8765, cert, None), server_signs=False)


def test_the_cookie_alone_is_not_the_token(sample):
    client, secrets = _client(sample)
    client.set_cookie(COOKIE, secrets.token)
    assert client.get("/").status_code == 403
