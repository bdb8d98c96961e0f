"""Who may use the desk: the access token, its cookie, CSRF tokens and response headers.

Like Jupyter, the desk prints one URL holding a random token. The first visit
trades it for an HttpOnly, SameSite=Strict cookie and is redirected to the
same URL without it, so the token never sits in the history or a Referer.
Every other request needs the cookie. Every POST also needs the CSRF token
that only the desk's own pages hold.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass, field

COOKIE = "carekb_desk"
CSRF_FIELD = "csrf"
CSRF_HEADER = "X-CSRF-Token"
TOKEN_PARAMETER = "token"


@dataclass(frozen=True)
class Secrets:
    """The access token and what is derived from it; new for every ``carekb serve``."""

    token: str = field(default_factory=lambda: secrets.token_urlsafe(32))

    def _derived(self, purpose: str) -> str:
        return hmac.new(self.token.encode(), purpose.encode(), hashlib.sha256).hexdigest()

    @property
    def cookie(self) -> str:
        # Not the token itself: the cookie proves a visit with the token, nothing more.
        return self._derived("cookie")

    @property
    def csrf(self) -> str:
        return self._derived("csrf")

    def token_ok(self, presented: str | None) -> bool:
        return presented is not None and hmac.compare_digest(presented, self.token)

    def cookie_ok(self, presented: str | None) -> bool:
        return presented is not None and hmac.compare_digest(presented, self.cookie)

    def csrf_ok(self, presented: str | None) -> bool:
        return presented is not None and hmac.compare_digest(presented, self.csrf)


def new_nonce() -> str:
    return secrets.token_urlsafe(18)


def desk_policy(nonce: str) -> str:
    """The desk's own pages: its one packaged script by nonce, nothing inline, no framing."""
    return "; ".join(
        [
            "default-src 'none'",
            f"script-src 'nonce-{nonce}'",
            "style-src 'self'",
            "img-src 'self'",
            "frame-src 'self'",
            "connect-src 'self'",
            "form-action 'self'",
            "base-uri 'none'",
            "frame-ancestors 'none'",
        ]
    )


# Author-controlled pages (the export's templates): no script at all, whoever opens
# them, and framed only by the desk; the iframe adds its own sandbox.
PREVIEW_POLICY = "; ".join(
    [
        "default-src 'none'",
        "script-src 'none'",
        "style-src 'self'",
        "img-src 'self'",
        "form-action 'none'",
        "base-uri 'none'",
        "frame-ancestors 'self'",
    ]
)
