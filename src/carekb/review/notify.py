"""``carekb notify``: each person's digest of what waits for them and what falls due.

Built on :func:`carekb.review.status.build_status` (the same view ``carekb
status`` prints), split by person:

- a reviewer: entries in review they may approve and have not;
- an author: their entries sent back with changes requested, and their
  approved entries whose content changed since (the approval no longer counts);
- whoever approved an entry, and every lead: reviews that fall due soon or
  are past due.

Addresses come from the roster, and the leads sign them with it
(:mod:`carekb.trust.roster`): mail is sent only when the roster is trusted,
so nobody who can merely edit ``kb/people.yaml`` can redirect review notices.
Mail goes through SMTP with STARTTLS (never in clear), with the settings in
the user's config (:mod:`carekb.load.mail`).
"""

from __future__ import annotations

import datetime as dt
import smtplib
import ssl
from collections.abc import Sequence
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, make_msgid

from carekb.errors import CarekbError
from carekb.load.mail import MailSettings
from carekb.model import KnowledgeBase, Person
from carekb.project import Project
from carekb.review.status import EntryStatus, build_status
from carekb.trust.audit import LEAD_ROLE

SMTP_TIMEOUT_SECONDS = 30.0


@dataclass(frozen=True)
class Digest:
    """One person's digest: headed sections of lines."""

    person: Person
    sections: tuple[tuple[str, tuple[str, ...]], ...]

    @property
    def count(self) -> int:
        return sum(len(lines) for _, lines in self.sections)


@dataclass(frozen=True)
class Notices:
    """The digests to send, and who has something waiting but no address on the roster."""

    name: str
    today: str
    digests: tuple[Digest, ...]
    no_address: tuple[str, ...]


def notices(project: Project, kb: KnowledgeBase, today: dt.date) -> Notices:
    """Every person's digest for ``today``, from the knowledge base as it stands."""
    report = build_status(project, kb, today)
    authors = {entry.id: entry.authors for entry in kb.entries}
    digests: list[Digest] = []
    for person in sorted(kb.people.values(), key=lambda p: p.id):
        sections = _sections(person, report.entries, authors)
        if sections:
            digests.append(Digest(person, sections))
    return Notices(
        name=project.name,
        today=report.today,
        digests=tuple(d for d in digests if d.person.email),
        no_address=tuple(d.person.id for d in digests if not d.person.email),
    )


def _sections(
    person: Person, rows: Sequence[EntryStatus], authors: dict[str, tuple[str, ...]]
) -> tuple[tuple[str, tuple[str, ...]], ...]:
    mine = [r for r in rows if person.id in authors.get(r.id, ())]
    lead = LEAD_ROLE in person.roles
    due = [r for r in rows if (r.due_soon or r.expired) and (lead or person.id in r.approved_by)]
    sections = (
        (
            "Waiting for your review",
            tuple(_waiting(r, person) for r in rows if person.id in r.waiting_for),
        ),
        (
            "Sent back to you: changes requested",
            tuple(_sent_back(r) for r in mine if r.status == "changes_requested"),
        ),
        (
            "Changed since it was approved: ask for review again",
            tuple(_changed(r, person) for r in mine if r.status == "approved" and r.stale),
        ),
        ("Reviews falling due", tuple(_due(r) for r in sorted(due, key=_due_order))),
    )
    return tuple((title, lines) for title, lines in sections if lines)


def _waiting(r: EntryStatus, person: Person) -> str:
    asked = f", asked by {r.requested_by} at {r.requested_at}" if r.requested_by else ""
    return (
        f'{r.id}: "{r.title}" ({r.kind}{asked})\n    carekb review approve {r.id} --as {person.id}'
    )


def _sent_back(r: EntryStatus) -> str:
    comment = " ".join((r.comment or "").split())
    return f'{r.id}: "{r.title}": {comment}' if comment else f'{r.id}: "{r.title}"'


def _changed(r: EntryStatus, person: Person) -> str:
    return (
        f'{r.id}: "{r.title}": see carekb review diff {r.id}\n'
        f"    carekb review request {r.id} --as {person.id}"
    )


def _due(r: EntryStatus) -> str:
    days = r.days_left if r.days_left is not None else 0
    when = f"{-days} days ago" if days < 0 else ("today" if days == 0 else f"in {days} days")
    return f'{r.id}: "{r.title}": next review {r.next_review} ({when})'


def _due_order(r: EntryStatus) -> tuple[str, str]:
    return (r.next_review or "", r.id)


def message(found: Notices, digest: Digest, sender: str) -> EmailMessage:
    """The digest as an email from ``sender``."""
    person = digest.person
    assert person.email is not None  # notices() keeps only people with an address
    count = digest.count
    mail = EmailMessage()
    mail["From"] = sender
    mail["To"] = formataddr((person.name, person.email))
    mail["Subject"] = (
        f"[{found.name}] {count} {'item needs' if count == 1 else 'items need'} you ({found.today})"
    )
    mail["Date"] = format_datetime(dt.datetime.now(dt.UTC))
    mail["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2].strip("> ") or None)
    mail["Auto-Submitted"] = "auto-generated"  # RFC 3834: no auto-replies, please
    body = [f"Hello {person.name},", "", f"This is what needs you in {found.name} today."]
    for title, lines in digest.sections:
        body += ["", f"{title} ({len(lines)}):"]
        body += [f"  - {line}" for line in lines]
    body += ["", "-- ", "Sent by 'carekb notify'. 'carekb status' shows where everything stands."]
    text = "\n".join(body) + "\n"
    # Plain ASCII goes as written (readable in --dry-run); anything else quoted-printable.
    mail.set_content(text, cte="7bit" if text.isascii() else "quoted-printable")
    return mail


def require_trusted_addresses(kb: KnowledgeBase) -> None:
    """Refuse to mail addresses the clinical leads have not signed."""
    if not kb.roster.trusted:
        why = (
            "no trust root verifies kb/people.yaml"
            if not kb.roster.configured
            else "kb/people.yaml is not signed by the clinical leads as it is now"
        )
        raise CarekbError(
            f"not sending: {why}, so anyone who can edit it could redirect review notices",
            hint="a lead signs the roster ('carekb roster sign'); 'carekb notify --dry-run' "
            "shows the messages meanwhile",
        )


def send(settings: MailSettings, mails: Sequence[EmailMessage]) -> None:
    """Send ``mails`` through one SMTP connection, after STARTTLS (and a login, if set)."""
    if not mails:
        return
    password = settings.password()
    context = ssl.create_default_context(
        cafile=str(settings.cafile) if settings.cafile is not None else None
    )
    where = f"{settings.host}:{settings.port}"
    try:
        with smtplib.SMTP(settings.host, settings.port, timeout=SMTP_TIMEOUT_SECONDS) as smtp:
            smtp.ehlo()
            if not smtp.has_extn("starttls"):
                raise CarekbError(
                    f"the mail server {where} does not offer STARTTLS: not sending in clear",
                    hint="use the server's submission port (587) or one that speaks STARTTLS",
                )
            smtp.starttls(context=context)
            smtp.ehlo()
            if settings.username is not None and password is not None:
                smtp.login(settings.username, password)
            for mail in mails:
                smtp.send_message(mail)
    except ssl.SSLError as error:
        raise CarekbError(
            f"TLS with the mail server {where} failed: {error.reason or error}",
            hint="if the server's certificate comes from your own CA, name it with 'cafile' "
            "in the mail settings",
        ) from None
    except smtplib.SMTPAuthenticationError:
        raise CarekbError(
            f"the mail server {where} refused the login for {settings.username}",
            hint=f"check the username and the password in ${settings.password_env}",
        ) from None
    except (smtplib.SMTPException, OSError) as error:
        raise CarekbError(
            f"sending through the mail server {where} failed: {error}",
            hint="check host and port in the mail settings; messages sent before the "
            "failure stay sent",
        ) from None


def recipients_text(found: Notices) -> str:
    """One line per person notified, for the command's report."""
    return "".join(f"{d.person.id} <{d.person.email}>: {d.count} item(s)\n" for d in found.digests)
