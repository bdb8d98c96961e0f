"""``carekb roster``: the clinical leads sign the roster; anyone verifies it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

from carekb.cli.common import load_project, open_from, root_option, trust_option


@click.group("roster")
def roster_group() -> None:
    """Sign and verify the roster against the clinical leads' keys.

    The leads' public keys and how many of them must sign come from a trust
    root outside the project (--trust FILE, CAREKB_TRUST, or trust.yaml in
    your user config folder). Until the roster is signed as it is now, no
    approval counts. See docs/leads.md.

    \b
    Examples:
      carekb roster sign --as lead-l
      carekb roster verify
    """


@roster_group.command("sign")
@click.option("--as", "lead", required=True, help="Your lead id in the trust root.")
@click.option(
    "--key",
    "key_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Your private lead key. Default: LEAD.key in your key folder ('carekb keys new').",
)
@click.option(
    "--expires",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    help="The last day the signed roster is trusted (YYYY-MM-DD). Default: the current "
    "expiry while the roster is unchanged, else a year from today.",
)
@click.option(
    "--project",
    "project_id",
    help="The project's identity, which publishers' records are keyed by; only for the "
    "first signature (default: the project's name and a random suffix).",
)
@click.option(
    "--version",
    "version",
    type=click.IntRange(min=1),
    help="Sign as this version, above the roster's (after a refused rollback, to sign a "
    "restored roster above the version publishers last saw). Default: the next one.",
)
@trust_option
@root_option
def sign_command(
    lead: str,
    key_file: Path | None,
    expires: dt.datetime | None,
    project_id: str | None,
    version: int | None,
    trust: Path | None,
    root: Path | None,
) -> None:
    """Sign the roster as it is now, as a clinical lead.

    Check the change first ('carekb roster verify' names who was added,
    changed or removed since the last signature). Only the roster's
    signatures block is rewritten; other leads' signatures over the same
    roster, version and expiry are kept. Any signed change raises the
    roster's version by one, so publishers refuse the older roster.

    \b
    Examples:
      carekb roster sign --as clinical-lead
      carekb roster sign --as clinical-lead --expires 2027-06-30
    """
    from carekb.review.roster import SigningChoices, sign_as_lead
    from carekb.trust.roster import roster_summary

    choices = SigningChoices(
        expires=expires.date() if expires else None, project=project_id, version=version
    )
    outcome = sign_as_lead(
        open_from(root), lead, key_file=key_file, trust_file=trust, choices=choices
    )
    terms = outcome.terms
    click.echo(
        f"signed kb/people.yaml ({outcome.people} people, {outcome.roster_hash[7:19]}) as "
        f"{outcome.lead} at {outcome.at}: project {terms.project}, version {terms.version}, "
        f"expires {terms.expires}"
    )
    for change in outcome.signed_changes:
        click.echo(f"  vouched for: {change}")
    for kept in outcome.kept:
        click.echo(f"  kept: the signature by {kept}")
    for dropped in outcome.dropped:
        click.echo(f"  dropped: the signature by {dropped}")
    click.echo(roster_summary(outcome.trust))


@roster_group.command("verify")
@trust_option
@root_option
def verify_command(trust: Path | None, root: Path | None) -> None:
    """Show who signed the roster, and whether the trust root trusts it.

    Exits 1 when the roster is not trusted (no approval counts then), 2 when
    no trust root is configured.

    \b
    Example:
      carekb roster verify --trust ~/leads/trust.yaml
    """
    from carekb.review.roster import require_trust_root, verify_text

    project, kb = load_project(root, trust=trust)
    require_trust_root(kb, "verify the roster")
    verdict = kb.roster
    click.echo(verify_text(project, kb, verdict), nl=False)
    if not verdict.trusted:
        raise SystemExit(1)
