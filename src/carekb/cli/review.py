"""``carekb review``: request, approve, reject, retire, diff, log."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from carekb.cli.common import load_project, open_from, root_option, trust_option

if TYPE_CHECKING:
    from carekb.review.workflow import Outcome

_AS = click.option(
    "--as",
    "person",
    required=True,
    envvar="CAREKB_AS",
    help="Your roster id (also CAREKB_AS).",
)


@click.group("review")
def review_group() -> None:
    """The sign-off workflow: ask for review, approve, send back, retire.

    Every command changes only the entry's review block and appends an event
    to its audit log (kb/audit/ID.jsonl). 'carekb status' shows what waits.
    """


@review_group.command("request")
@click.argument("entry_id", metavar="ID")
@_AS
@root_option
def request_command(entry_id: str, person: str, root: Path | None) -> None:
    """Ask for a review of entry ID, as its author or a lead.

    The entry must be lint-clean at error level. Its status becomes in_review
    and any earlier approvals are set aside: a new round needs new signatures.
    """
    from carekb.review.workflow import request_review

    _report(request_review(open_from(root), entry_id, person))


@review_group.command("approve")
@click.argument("entry_id", metavar="ID")
@_AS
@click.option("--meaning", help="What you vouch for. Default: policy.default_meaning.")
@click.option(
    "--key",
    "key_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Your private key file. Default: the one 'carekb keys new' wrote.",
)
@trust_option
@root_option
def approve_command(
    entry_id: str,
    person: str,
    meaning: str | None,
    key_file: Path | None,
    trust: Path | None,
    root: Path | None,
) -> None:
    """Sign off entry ID as it is now, with your private key.

    You must be a reviewer on the roster, not an author of the entry, and hold
    the key whose public half the roster lists. The signature covers the
    entry id, its content hash, you, your role, the meaning and the time.
    With a trust root configured, the roster must be signed by the leads.
    """
    from carekb.review.workflow import approve

    project = open_from(root)
    _report(
        approve(project, entry_id, person, meaning=meaning, key_file=key_file, trust_file=trust)
    )


@review_group.command("reject")
@click.argument("entry_id", metavar="ID")
@_AS
@click.option("--comment", required=True, help="What must change before you can approve.")
@root_option
def reject_command(entry_id: str, person: str, comment: str, root: Path | None) -> None:
    """Send entry ID back to its authors, saying what must change.

    Its status becomes changes_requested; your comment is kept in the review
    block and the audit log, and earlier approvals are set aside.
    """
    from carekb.review.workflow import reject

    _report(reject(open_from(root), entry_id, person, comment))


@review_group.command("retire")
@click.argument("entry_id", metavar="ID")
@_AS
@click.option("--reason", required=True, help="Why the entry is no longer used.")
@root_option
def retire_command(entry_id: str, person: str, reason: str, root: Path | None) -> None:
    """Retire entry ID for good: it is never exported again."""
    from carekb.review.workflow import retire

    _report(retire(open_from(root), entry_id, person, reason))


@review_group.command("diff")
@click.argument("entry_id", metavar="ID")
@root_option
def diff_command(entry_id: str, root: Path | None) -> None:
    """Show what changed in entry ID since it was last approved.

    A unified diff, field by field, of the content stored with the last
    approval in the audit log against the content now (no git needed).
    """
    from carekb.review.history import content_diff

    project, kb = load_project(root)
    diff = content_diff(project, kb, entry_id)
    if not diff.changed:
        approval = diff.base.approval or {}
        click.echo(
            f"{diff.entry_id}: no change since the approval by {approval.get('by', '?')} at "
            f"{approval.get('at', '?')}"
        )
        return
    click.echo(diff.text, nl=False)


@review_group.command("log")
@click.argument("entry_id", metavar="ID")
@click.option(
    "--verify",
    is_flag=True,
    help="Recompute the hash chain and check every approval's content and signature; "
    "exit 1 naming the first bad event.",
)
@root_option
def log_command(entry_id: str, verify: bool, root: Path | None) -> None:
    """Show the audit trail of entry ID as a table."""
    from carekb.review.history import audit_trail, format_table, trail_rows

    project, kb = load_project(root)
    trail = audit_trail(project, kb, entry_id, verify=verify)
    if not trail.log.exists:
        click.echo(f"{entry_id}: no audit log yet ({trail.path}); it has not been through review")
    else:
        header = ("SEQ", "AT", "EVENT", "BY", "STATUS", "CONTENT", "NOTE")
        click.echo(format_table(header, trail_rows(trail)), nl=False)
    if not verify:
        for problem in trail.log.problems[:1]:
            click.echo(f"warning: {trail.path} line {problem.line}: {problem.message}", err=True)
        return
    if trail.problems:
        first = trail.problems[0]
        click.echo(f"FAILED: {trail.path} line {first.line}: {first.message}", err=True)
        raise SystemExit(1)
    if trail.disagreements:
        click.echo(f"FAILED: {trail.disagreements[0]}", err=True)
        raise SystemExit(1)
    signatures = len(trail.log.approvals())
    click.echo(
        f"verified: {len(trail.log.events)} event(s) chained, {signatures} signature(s) valid"
    )


def _report(outcome: Outcome) -> None:
    message = f"{outcome.entry_id}: {outcome.event} by {outcome.actor} at {outcome.at}; "
    message += f"status {outcome.status}"
    if outcome.event == "approve":
        message += f" ({outcome.valid_approvals} of {outcome.required} approvals"
        message += f", next review {outcome.next_review})" if outcome.next_review else ")"
    click.echo(message)
    for dropped in outcome.dropped:
        click.echo(f"  set aside (kept in the audit log): {dropped}")
