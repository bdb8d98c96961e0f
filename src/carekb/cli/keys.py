"""``carekb keys``: signing keys for reviewers."""

from __future__ import annotations

from pathlib import Path

import click

from carekb.cli.common import load_project, open_from, root_option
from carekb.errors import CarekbError


@click.group("keys")
def keys_group() -> None:
    """Manage reviewers' signing keys (Ed25519).

    The private key stays on the reviewer's computer, outside the project;
    the roster (kb/people.yaml) holds only the public key.

    \b
    Example:
      carekb keys new demo-reviewer-pt
    """


@keys_group.command("new")
@click.argument("person")
@click.option(
    "--key",
    "key_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Where to write the private key. Default: $CAREKB_KEY_DIR/PERSON.key, else "
    "PERSON.key in your user config folder.",
)
@click.option(
    "--force",
    is_flag=True,
    help="Make a new key although the key file exists (a key rotation): the old key is "
    "never overwritten but kept beside it as PERSON.replaced-<time>.key.",
)
@click.option(
    "--lead",
    is_flag=True,
    help="A clinical lead's key, for the trust root (not the roster): PERSON is the lead's "
    "id there and need not be on the roster.",
)
@click.option(
    "--passphrase-file",
    type=click.Path(dir_okay=False, exists=True, path_type=Path),
    help="Read the new key's passphrase from this file's first line (for scripts). "
    "Default: $CAREKB_KEY_PASSPHRASE_FILE, else asked twice at the terminal.",
)
@click.option(
    "--no-passphrase",
    is_flag=True,
    help="Write the key unencrypted (protected only by its file mode 0600).",
)
@root_option
def keys_new_command(
    person: str,
    key_file: Path | None,
    force: bool,
    lead: bool,
    passphrase_file: Path | None,
    no_passphrase: bool,
    root: Path | None,
) -> None:
    """Create a signing key for PERSON; print the public key for the roster.

    The private key is written with mode 0600 and encrypted with a passphrase
    (PKCS #8, PBKDF2-HMAC-SHA256 with 600,000 rounds and AES-256), which every
    signing command and the review desk ask for. Keep it secret and never put
    it in the project. Paste the printed lines under PERSON in kb/people.yaml
    (with --lead: under leads in the trust root; see docs/leads.md).
    Example: carekb keys new demo-reviewer-pt
    """
    from carekb.clock import today
    from carekb.trust.keys import default_key_path, generate_key, public_key_text, save_private_key

    if lead:
        project = open_from(root)  # the trust root may not exist yet: this key starts it
    else:
        project, kb = load_project(root)
        if person not in kb.people:
            raise CarekbError(
                f"'{person}' is not in the roster (kb/people.yaml)",
                hint="add them to kb/people.yaml first (with the reviewer role to sign off); "
                "a clinical lead's key for the trust root takes --lead",
            )
    path = key_file or default_key_path(person)
    passphrase = None if no_passphrase else _new_passphrase(passphrase_file)
    key = generate_key()
    kept = save_private_key(key, path, overwrite=force, passphrase=passphrase)
    if kept is not None:
        click.echo(
            f"kept the previous private key as {kept} (nothing is overwritten); if it "
            "leaked, have a lead mark its public key revoked in the roster (docs/leads.md)",
            err=True,
        )
    click.echo(f"wrote the private key {path} (mode 0600): keep it secret", err=True)
    if project.root in path.resolve().parents:
        click.echo(
            "warning: the key is inside the project, where 'carekb lint' reports it "
            "(rule private-key); move it to your config folder",
            err=True,
        )
    if lead:
        _print_lead_lines(person, public_key_text(key))
        return
    click.echo(f"add these lines under '{person}' in kb/people.yaml:", err=True)
    click.echo(f"    keys:\n      - public_key: {public_key_text(key)}")
    click.echo(f"        valid_from: {today().isoformat()}")


def _new_passphrase(passphrase_file: Path | None) -> bytes:
    """The new key's passphrase: from the file, the variable's file, or asked twice."""
    import sys

    from carekb.trust.passphrase import (
        PASSPHRASE_FILE_VARIABLE,
        check_new_passphrase,
        configured_passphrase,
    )

    passphrase = configured_passphrase(passphrase_file)
    if passphrase is None and sys.stdin.isatty():
        typed = click.prompt(
            "Passphrase for the new key", hide_input=True, confirmation_prompt=True, err=True
        )
        passphrase = str(typed).encode("utf-8")
    if passphrase is None:
        raise CarekbError(
            "a new key is encrypted with a passphrase, and there is no terminal to ask for one",
            hint=f"give --passphrase-file FILE (or set {PASSPHRASE_FILE_VARIABLE}), or "
            "--no-passphrase for a key protected only by its file mode",
        )
    return check_new_passphrase(passphrase)


def _print_lead_lines(lead: str, public_key: str) -> None:
    from carekb.trust.root import fingerprint

    click.echo(
        "add these lines under 'leads:' in the trust root (kept outside the project, never "
        "in kb/people.yaml):",
        err=True,
    )
    click.echo(f"  - id: {lead}\n    public_key: {public_key}")
    click.echo(
        f"its fingerprint, for trust.fingerprints in carekb.yaml: {fingerprint(public_key)}",
        err=True,
    )
