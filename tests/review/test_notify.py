"""``carekb notify``: digests mailed through a real local SMTP server with STARTTLS.

The server is aiosmtpd on 127.0.0.1, requiring STARTTLS (with a self-signed
certificate made here) and a login; carekb trusts that certificate only
because the mail settings name it (``cafile``).
"""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import shutil
import socket
import ssl
from email.message import EmailMessage
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from conftest import REPO_ROOT

PASSWORD = "correct horse battery staple"


class Inbox:
    """An aiosmtpd handler that keeps every message it is given."""

    def __init__(self) -> None:
        self.messages: list[EmailMessage] = []
        self.envelopes: list[tuple[str, list[str]]] = []

    async def handle_DATA(self, server, session, envelope):
        self.envelopes.append((envelope.mail_from, list(envelope.rcpt_tos)))
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        assert isinstance(message, EmailMessage)
        self.messages.append(message)
        return "250 OK"


def _certificate(folder: Path) -> tuple[Path, Path]:
    """A throwaway self-signed certificate for 127.0.0.1 (and its key), valid for a day."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.IPAddress(__import__("ipaddress").ip_address("127.0.0.1"))]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_file, key_file = folder / "smtp.pem", folder / "smtp.key"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_file, key_file


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _login(server, session, envelope, mechanism, auth_data) -> AuthResult:
    ok = isinstance(auth_data, LoginPassword) and auth_data.password == PASSWORD.encode()
    return AuthResult(success=ok, handled=False)


@pytest.fixture
def smtp(tmp_path):
    """A local SMTP server requiring STARTTLS and a login; yields (inbox, port, cert)."""
    cert, key = _certificate(tmp_path)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    inbox = Inbox()
    port = _free_port()
    controller = Controller(
        inbox,
        hostname="127.0.0.1",
        port=port,
        tls_context=context,
        require_starttls=True,
        authenticator=_login,
        auth_required=True,
    )
    controller.start()
    try:
        yield inbox, port, cert
    finally:
        controller.stop()


@pytest.fixture
def sample(tmp_path, monkeypatch):
    """A copy of the bundled sample (its signed roster lists everyone's email)."""
    root = tmp_path / "sample"
    root.mkdir()
    shutil.copy(REPO_ROOT / "carekb.yaml", root / "carekb.yaml")
    shutil.copytree(REPO_ROOT / "kb", root / "kb")
    shutil.copytree(REPO_ROOT / "demo-keys", root / "demo-keys")
    monkeypatch.chdir(root)
    monkeypatch.setenv("CAREKB_TRUST", str(root / "demo-keys" / "trust.yaml"))
    return root


def _settings(folder: Path, port: int, cert: Path, **extra: str) -> Path:
    lines = {
        "host": "127.0.0.1",
        "port": str(port),
        "from": "Back care content <carekb@example.org>",
        "username": "carekb",
        "password_env": "CAREKB_TEST_SMTP_PASSWORD",
        "cafile": str(cert),
        **extra,
    }
    path = folder / "mail.yaml"
    path.write_text("".join(f"{k}: {v}\n" for k, v in lines.items()), encoding="utf-8")
    return path


def test_each_person_gets_their_digest_over_starttls(sample, smtp, run, monkeypatch, tmp_path):
    inbox, port, cert = smtp
    monkeypatch.setenv("CAREKB_TEST_SMTP_PASSWORD", PASSWORD)
    settings = _settings(tmp_path, port, cert)
    result = run("notify", "--mail-config", settings)
    assert result.exit_code == 0, result.output
    by_person = {m["To"].addresses[0].addr_spec: m for m in inbox.messages}
    assert sorted(by_person) == [
        "demo-author-2@example.org",
        "demo-reviewer-dc@example.org",
        "demo-reviewer-pt@example.org",
    ]
    reviewer = by_person["demo-reviewer-pt@example.org"]
    assert reviewer["From"] == "Back care content <carekb@example.org>"
    assert reviewer["Subject"] == (
        f"[Upper back self-care (sample)] 1 item needs you ({dt.date.today().isoformat()})"
    )
    body = reviewer.get_content()
    assert "Waiting for your review (1):" in body
    assert "why-do-people-crack-their-upper-back" in body
    assert "carekb review approve why-do-people-crack-their-upper-back --as demo-reviewer-pt" in (
        body
    )
    author = by_person["demo-author-2@example.org"].get_content()
    assert "Sent back to you: changes requested (1):" in author
    assert "Say how long to keep trying self-care" in author
    assert all(sender == "carekb@example.org" for sender, _ in inbox.envelopes)
    assert "3 message(s) sent through 127.0.0.1" in result.stderr


def test_reviews_falling_due_reach_their_reviewer_and_the_leads(
    sample, smtp, run, monkeypatch, tmp_path
):
    inbox, port, cert = smtp
    monkeypatch.setenv("CAREKB_TEST_SMTP_PASSWORD", PASSWORD)
    monkeypatch.setenv("CAREKB_NOW", "2027-11-20T09:00:00Z")  # every approval falls due soon
    result = run("notify", "--mail-config", _settings(tmp_path, port, cert))
    assert result.exit_code == 0, result.output
    by_person = {m["To"].addresses[0].addr_spec: m.get_content() for m in inbox.messages}
    lead = by_person["demo-author-1@example.org"]  # the demo lead signs the roster
    assert "Reviews falling due (15):" in lead
    reviewer = by_person["demo-reviewer-dc@example.org"]
    assert "Reviews falling due (5):" in reviewer and "thread-the-needle" in reviewer
    assert "cat-cow" not in reviewer.split("Reviews falling due")[1]  # approved by the other


def test_a_wrong_password_or_an_untrusted_certificate_sends_nothing(
    sample, smtp, run, monkeypatch, tmp_path
):
    inbox, port, cert = smtp
    monkeypatch.setenv("CAREKB_TEST_SMTP_PASSWORD", "wrong")
    result = run("notify", "--mail-config", _settings(tmp_path, port, cert))
    assert result.exit_code == 2
    assert f"the mail server 127.0.0.1:{port} refused the login for carekb" in result.output
    monkeypatch.setenv("CAREKB_TEST_SMTP_PASSWORD", PASSWORD)
    untrusted = _settings(tmp_path, port, cert)
    untrusted.write_text(
        "\n".join(s for s in untrusted.read_text().splitlines() if not s.startswith("cafile")),
        encoding="utf-8",
    )
    result = run("notify", "--mail-config", untrusted)
    assert result.exit_code == 2
    assert "TLS with the mail server" in result.output and "cafile" in result.output
    assert inbox.messages == []


def test_a_roster_the_leads_did_not_sign_is_never_mailed(sample, smtp, run, monkeypatch, tmp_path):
    inbox, port, cert = smtp
    monkeypatch.setenv("CAREKB_TEST_SMTP_PASSWORD", PASSWORD)
    people = sample / "kb" / "people.yaml"
    people.write_text(
        people.read_text(encoding="utf-8").replace(
            "demo-reviewer-pt@example.org", "someone-else@example.net"
        ),
        encoding="utf-8",
    )
    result = run("notify", "--mail-config", _settings(tmp_path, port, cert))
    assert result.exit_code == 2
    assert "not sending: kb/people.yaml is not signed by the clinical leads" in result.output
    assert inbox.messages == []


def test_dry_run_prints_the_messages_and_needs_no_server(sample, run):
    result = run("notify", "--dry-run")
    assert result.exit_code == 0, result.output
    assert result.stdout.count("Subject: [Upper back self-care (sample)]") == 3
    assert 'To: "Demo Reviewer (Physiotherapist)" <demo-reviewer-pt@example.org>' in result.stdout
    assert "3 message(s); none sent (--dry-run)" in result.stderr


def test_without_mail_settings_it_says_what_to_create(sample, run, monkeypatch, tmp_path):
    monkeypatch.setenv("CAREKB_MAIL_CONFIG", str(tmp_path / "none.yaml"))
    result = run("notify")
    assert result.exit_code == 2
    assert "no mail settings at" in result.output and "--dry-run" in result.output
