"""Serving the desk: cheroot (CherryPy's production WSGI server), with TLS when asked.

Loopback by default. Any other address needs a certificate and key, because
browsers give WebCrypto (the signing) only to secure pages, and because the
access token and the cookie must not cross a network in the clear.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from carekb.errors import CarekbError


@dataclass(frozen=True)
class Listen:
    host: str = "127.0.0.1"
    port: int = 8765
    tls_cert: Path | None = None
    tls_key: Path | None = None

    @property
    def secure(self) -> bool:
        return self.tls_cert is not None


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_listen(listen: Listen, *, server_signs: bool) -> None:
    """Refuse an address the desk may not listen on with these options."""
    if (listen.tls_cert is None) != (listen.tls_key is None):
        raise CarekbError(
            "--tls-cert and --tls-key go together", hint="give both files, or neither"
        )
    loopback = is_loopback(listen.host)
    if not loopback and not listen.secure:
        raise CarekbError(
            f"the desk listens on {listen.host} only with TLS: browsers sign only on secure "
            "pages, and the access token must not cross the network in the clear",
            hint="give --tls-cert FILE --tls-key FILE, or leave --host at 127.0.0.1",
        )
    if server_signs and not loopback:
        raise CarekbError(
            "--as/--key make the server sign with your key, which is allowed on 127.0.0.1 only",
            hint="on a shared address, reviewers sign in their own browser with their key file",
        )


def serve(app: Any, listen: Listen, announce: Callable[[str], None]) -> None:
    """Serve ``app`` until interrupted; ``announce`` gets the base URL once listening."""
    from cheroot import wsgi

    server = wsgi.Server((listen.host, listen.port), app, numthreads=8)
    if listen.secure:
        from cheroot.ssl.builtin import BuiltinSSLAdapter

        server.ssl_adapter = BuiltinSSLAdapter(str(listen.tls_cert), str(listen.tls_key))
    server.prepare()
    host, port = server.bind_addr[0], server.bind_addr[1]
    shown = f"[{host}]" if ":" in host else host
    announce(f"{'https' if listen.secure else 'http'}://{shown}:{port}/")
    try:
        server.serve()
    finally:
        server.stop()
