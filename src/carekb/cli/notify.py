"""``carekb notify``: mail each person a digest of what waits for them."""

from __future__ import annotations

from pathlib import Path

import click

from carekb.cli.common import load_project, root_option, trust_option


@click.command("notify")
@click.option("--dry-run", is_flag=True, help="Print the messages; send nothing.")
@click.option(
    "--mail-config",
    type=click.Path(dir_okay=False, path_type=Path),
    help="The mail settings. Default: $CAREKB_MAIL_CONFIG, else carekb/mail.yaml in your "
    "user config folder.",
)
@trust_option
@root_option
def notify_command(
    dry_run: bool, mail_config: Path | None, trust: Path | None, root: Path | None
) -> None:
    """Mail each person a digest of what waits for them and what falls due.

    Reviewers hear of entries waiting for their review; authors of entries
    sent back, or changed since they were approved; whoever approved an
    entry, and every lead, of reviews falling due. Addresses come from the
    roster (kb/people.yaml), which must be signed by the clinical leads:
    nothing is sent otherwise. Mail goes through SMTP with STARTTLS, with
    host, port, from, username and password_env (the environment variable
    holding the password) in the mail settings file, never in the project.
    Run it daily (cron, a CI schedule); people with nothing waiting get no mail.

    Examples:

    \b
      carekb notify --dry-run
      CAREKB_SMTP_PASSWORD=... carekb notify --mail-config ~/.config/carekb/mail.yaml
    """
    from carekb.clock import today
    from carekb.load.mail import read_mail_settings
    from carekb.project import mail_config_path
    from carekb.report import printable
    from carekb.review.notify import (
        message,
        notices,
        recipients_text,
        require_trusted_addresses,
        send,
    )

    project, kb = load_project(root, trust=trust)
    found = notices(project, kb, today())
    for person in found.no_address:
        click.echo(f"warning: {person} has something waiting but no email on the roster", err=True)
    if dry_run:
        if not kb.roster.trusted:
            click.echo(
                "note: the roster is not trusted, so a real run would send nothing", err=True
            )
        sender = _dry_run_sender(mail_config)
        for digest in found.digests:
            text = message(found, digest, sender).as_string()
            click.echo(printable(text, keep_newlines=True))
        click.echo(f"{len(found.digests)} message(s); none sent (--dry-run)", err=True)
        return
    require_trusted_addresses(kb)
    settings = read_mail_settings(mail_config_path(mail_config))
    send(settings, [message(found, digest, settings.sender) for digest in found.digests])
    click.echo(printable(recipients_text(found), keep_newlines=True), nl=False)
    click.echo(f"{len(found.digests)} message(s) sent through {settings.host}", err=True)


def _dry_run_sender(explicit: Path | None) -> str:
    """The configured sender if mail settings exist, else a placeholder (dry runs need none)."""
    from carekb.load.mail import read_mail_settings
    from carekb.project import mail_config_path

    path = mail_config_path(explicit)
    if path.is_file():
        return read_mail_settings(path).sender
    return "carekb <carekb@localhost>"
