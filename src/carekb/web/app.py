"""The desk's routes: Flask's application, thin over :mod:`carekb.web.pages` and the core.

Pages are GET; every action is a POST that needs the CSRF token. An action
runs the same workflow function as ``carekb review``: with the server's key
when the desk was started ``--as PERSON --key FILE``, otherwise with the
signatures the browser sends (:mod:`carekb.review.signing`): the first POST
answers with the bytes to sign, the browser signs them and posts again.
"""

from __future__ import annotations

import base64
import mimetypes
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlencode

from flask import Flask, Response, abort, g, jsonify, redirect, render_template, request
from werkzeug.wrappers import Response as BaseResponse

from carekb import clock
from carekb.errors import CarekbError
from carekb.model import Entry, KnowledgeBase
from carekb.render.desk import PreviewSite
from carekb.review import workflow
from carekb.review.signing import PresentedSignatures, SignatureNeeded
from carekb.review.workflow import Signing, StaleContent
from carekb.web import pages
from carekb.web.desk import Desk, DeskConfig
from carekb.web.security import (
    COOKIE,
    CSRF_FIELD,
    CSRF_HEADER,
    PREVIEW_POLICY,
    TOKEN_PARAMETER,
    Secrets,
    desk_policy,
    new_nonce,
)

ACTIONS = ("request", "approve", "reject", "retire")
ME_COOKIE = "carekb_me"
# Field comments a reject form offers; empty rows are ignored.
COMMENT_ROWS = 3


def create_app(config: DeskConfig, secrets: Secrets) -> Flask:
    """The desk for ``config.project``, guarded by ``secrets``."""
    app = Flask(__name__, static_folder="static", template_folder="templates")
    app.config["MAX_CONTENT_LENGTH"] = 256 * 1024
    desk = Desk(config)

    @app.before_request
    def guard() -> BaseResponse | None:
        g.nonce = new_nonce()
        token = request.args.get(TOKEN_PARAMETER)
        if token is not None:
            return _trade_token(secrets, token, config.secure)
        if not secrets.cookie_ok(request.cookies.get(COOKIE)):
            return _error(403, "This desk needs its access link", _NO_TOKEN_HINT)
        g.authenticated = True
        if request.method == "POST" and not _csrf_ok(secrets):
            return _error(403, "This form was not sent by the desk's own page", _CSRF_HINT)
        return None

    @app.after_request
    def headers(response: BaseResponse) -> BaseResponse:
        preview = request.path.startswith(("/preview/", "/before/"))
        policy = PREVIEW_POLICY if preview else desk_policy(getattr(g, "nonce", new_nonce()))
        response.headers["Content-Security-Policy"] = policy
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Cache-Control"] = "no-store"
        response.headers["Cross-Origin-Opener-Policy"] = "same-origin"
        if not preview:
            response.headers["X-Frame-Options"] = "DENY"
        return response

    @app.errorhandler(404)
    def not_found(error: Exception) -> BaseResponse:
        return _error(404, "Not found", "Go back to the queue and pick an entry from there.")

    @app.errorhandler(Exception)
    def failed(error: Exception) -> BaseResponse:
        # Never a traceback: say what happened, keep the details in the server's log.
        app.logger.exception("desk request failed")
        return _error(500, "Something went wrong in the desk", "Nothing was changed.")

    @app.context_processor
    def common() -> dict[str, Any]:
        return {
            "csrf": secrets.csrf if g.get("authenticated") else "",
            "nonce": getattr(g, "nonce", ""),
            "project_name": desk.project.name,
            "me": _me(config),
            "server_signs": config.server_signs,
        }

    @app.get("/")
    def queue() -> str:
        kb = desk.kb()
        kind = _choice(request.args.get("kind", ""), pages.KINDS)
        status = _choice(request.args.get("status", ""), pages.STATUSES)
        data = pages.queue(desk.project, kb, clock.today(), _me(config), kind, status)
        people = sorted(kb.people.values(), key=lambda p: p.id)
        return render_template(
            "queue.html", q=data, people=people, kinds=pages.KINDS, statuses=pages.STATUSES
        )

    @app.post("/me")
    def choose_me() -> BaseResponse:
        person = request.form.get("person", "")
        response = redirect("/", code=303)
        if not config.server_signs and person in desk.kb().people:
            response.set_cookie(
                ME_COOKIE, person, httponly=True, samesite="Strict", secure=config.secure
            )
        return response

    @app.get("/entry/<entry_id>")
    def entry(entry_id: str) -> str:
        kb = desk.kb()
        found = _entry_or_404(desk, entry_id, kb)
        data = pages.entry_page(desk.project, kb, found, clock.today(), desk.preview(kb))
        return render_template(
            "entry.html", p=data, fields=pages.top_fields(found), rows=range(COMMENT_ROWS)
        )

    @app.get("/entry/<entry_id>/diff")
    def diff(entry_id: str) -> str:
        kb = desk.kb()
        found = _entry_or_404(desk, entry_id, kb)
        against = _choice(request.args.get("against", "approved"), ("approved", "rejected"))
        data = pages.diff(desk.project, kb, found.id, against or "approved")
        page = desk.preview(kb).page_path(found.id)
        before = None
        if data.base is not None and data.base.content is not None:
            before = desk.before(kb, found, data.base.content).page_path(found.id)
        return render_template("diff.html", e=found, d=data, page=page, before=before)

    @app.get("/before/<entry_id>/<against>/<path:path>")
    def before(entry_id: str, against: str, path: str) -> BaseResponse:
        kb = desk.kb()
        found = _entry_or_404(desk, entry_id, kb)
        if against not in ("approved", "rejected"):
            abort(404)
        base = pages.diff(desk.project, kb, found.id, against).base
        if base is None or base.content is None:
            abort(404)
        return _preview_file(desk.before(kb, found, base.content), path)

    @app.get("/entry/<entry_id>/approve")
    def confirm_approve(entry_id: str) -> str:
        found = _entry_or_404(desk, entry_id)
        from carekb.trust.canonical import content_hash

        return render_template(
            "approve.html",
            e=found,
            content_hash=content_hash(found.data),
            meaning=desk.project.policy.default_meaning,
        )

    @app.post("/entry/<entry_id>/<action>")
    def act(entry_id: str, action: str) -> BaseResponse:
        if action not in ACTIONS:
            abort(404)
        found = _entry_or_404(desk, entry_id)
        body = _body()
        try:
            if request.is_json and not config.server_signs:
                return _browser_action(desk, found, action, body)
            if not config.server_signs:
                return _error(400, "Sign in your browser", _NEEDS_SCRIPT_HINT)
            _run(desk, found, action, body, Signing(expected_hash=_text(body, "content_hash")))
        except StaleContent as error:
            return _refusal(error, found, stale=True)
        except CarekbError as error:
            return _refusal(error, found)
        return redirect(f"/entry/{found.id}?{urlencode({'done': action})}", code=303)

    @app.get("/preview/<path:path>")
    def preview(path: str) -> BaseResponse:
        return _preview_file(desk.preview(desk.kb()), path)

    return app


def _preview_file(site: PreviewSite, path: str) -> BaseResponse:
    """One file of a preview export; nothing that is not one of its files."""
    data = site.file(path)
    if data is None:
        abort(404)
    kind = mimetypes.guess_type(path)[0] or "application/octet-stream"
    if kind.startswith("text/"):
        kind += "; charset=utf-8"
    return Response(data, content_type=kind)


_NO_TOKEN_HINT = "Open the link 'carekb serve' printed (it holds an access token), in this browser."
_CSRF_HINT = "Reload the page and try again from the desk itself. Nothing was changed."
_NEEDS_SCRIPT_HINT = (
    "Signing happens in your browser with your own key file, which needs JavaScript; "
    "or start the desk for yourself with 'carekb serve --as YOU --key FILE'. Nothing was changed."
)


def _trade_token(secrets: Secrets, token: str, secure: bool) -> BaseResponse:
    if not secrets.token_ok(token):
        return _error(403, "This access link is not valid", _NO_TOKEN_HINT)
    # Redirect to the same place without the token, so it stays out of history and Referer.
    rest = [(k, v) for k, v in request.args.items(multi=True) if k != TOKEN_PARAMETER]
    target = request.path + (f"?{urlencode(rest)}" if rest else "")
    response = redirect(target, code=303)
    response.set_cookie(COOKIE, secrets.cookie, httponly=True, samesite="Strict", secure=secure)
    return response


def _csrf_ok(secrets: Secrets) -> bool:
    presented = request.headers.get(CSRF_HEADER) or request.form.get(CSRF_FIELD)
    origin = request.headers.get("Origin")
    # Under Referrer-Policy: no-referrer a browser sends "Origin: null" with a form;
    # any real origin must be the desk's own.
    if origin not in (None, "null") and origin != request.host_url.rstrip("/"):
        return False
    return secrets.csrf_ok(presented)


def _me(config: DeskConfig) -> str | None:
    if config.person is not None:
        return config.person
    return request.cookies.get(ME_COOKIE) or None


def _choice(value: str, allowed: tuple[str, ...]) -> str:
    return value if value in allowed else ""


def _entry_or_404(desk: Desk, entry_id: str, kb: KnowledgeBase | None = None) -> Entry:
    kb = kb if kb is not None else desk.kb()
    found = desk.entry(kb, entry_id)
    if found is not None:
        return found
    broken = desk.unreadable(kb, entry_id)
    if broken is not None:
        path, problem = broken
        abort(
            _error(
                422,
                f"{path} cannot be read, so it cannot be shown or reviewed",
                f"Fix the file (check it with 'carekb lint {path}'), then reload this page. "
                "Nothing was changed.",
                detail=problem,
            )
        )
    abort(404)


def _body() -> Mapping[str, Any]:
    if request.is_json:
        data = request.get_json(silent=True)
        return data if isinstance(data, Mapping) else {}
    form = request.form
    return {
        **{k: form.get(k, "") for k in ("meaning", "comment", "reason", "content_hash")},
        "field_paths": form.getlist("field_path"),
        "field_comments": form.getlist("field_comment"),
    }


def _text(body: Mapping[str, Any], name: str) -> str:
    value = body.get(name, "")
    return value if isinstance(value, str) else ""


def _texts(body: Mapping[str, Any], name: str) -> list[str]:
    value = body.get(name, [])
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def _run(desk: Desk, entry: Entry, action: str, body: Mapping[str, Any], signing: Signing) -> None:
    """One workflow command for the desk's person, signed as ``signing`` says."""
    config = desk.config
    person = _me(config)
    if not person:
        raise CarekbError("choose who you are first", hint="pick your name on the queue page")
    common: dict[str, Any] = {
        "key_file": config.key_file,
        "trust_file": config.trust_file,
        "signing": signing,
    }
    project = desk.project
    if action == "request":
        workflow.request_review(project, entry.id, person, **common)
    elif action == "approve":
        meaning = _text(body, "meaning") or None
        workflow.approve(project, entry.id, person, meaning=meaning, **common)
    elif action == "reject":
        pairs = list(zip(_texts(body, "field_paths"), _texts(body, "field_comments"), strict=False))
        workflow.reject(
            project, entry.id, person, _text(body, "comment"), field_comments=pairs, **common
        )
    else:
        workflow.retire(project, entry.id, person, _text(body, "reason"), **common)


def _browser_action(desk: Desk, entry: Entry, action: str, body: Mapping[str, Any]) -> BaseResponse:
    """One round of browser signing: the bytes still to sign, or the action done."""
    at = clock.parse_timestamp(_text(body, "at")) if _text(body, "at") else clock.now()
    if at is None:
        raise CarekbError("the signing time is not valid", hint="reload the page and sign again")
    signer = PresentedSignatures(_text(body, "public_key"), tuple(_texts(body, "signatures")))
    signing = Signing(signer=signer, at=at, expected_hash=_text(body, "content_hash") or None)
    try:
        _run(desk, entry, action, body, signing)
    except SignatureNeeded as needed:
        return jsonify(
            sign=base64.b64encode(needed.message).decode("ascii"),
            at=clock.format_timestamp(at),
        )
    return jsonify(done=f"/entry/{entry.id}?{urlencode({'done': action})}")


def _refusal(error: CarekbError, entry: Entry, *, stale: bool = False) -> BaseResponse:
    status = 409 if stale else 422
    if request.is_json:
        response = jsonify(
            error=error.message,
            hint=error.hint,
            stale=stale,
            diff=f"/entry/{entry.id}/diff" if stale else None,
        )
        response.status_code = status
        return response
    title = "The entry changed since you loaded it" if stale else "Refused: nothing was signed"
    link = f"/entry/{entry.id}/diff" if stale else f"/entry/{entry.id}"
    return _error(status, title, error.hint, detail=error.message, link=link)


def _error(
    status: int, title: str, hint: str, *, detail: str = "", link: str = "/"
) -> BaseResponse:
    html = render_template("error.html", title=title, hint=hint, detail=detail, link=link)
    return Response(html, status=status, content_type="text/html; charset=utf-8")
