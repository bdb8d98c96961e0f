"""``carekb review``: request, approve, reject, retire, reinstate, checkpoint, diff, log."""

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

_KEY = click.option(
    "--key",
    "key_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Your private key file. Default: the one 'carekb keys new' wrote.",
)


@click.group("review")
def review_group() -> None:
    """The sign-off workflow: ask for review, approve, send back, retire, reinstate.

    Every command changes only the entry's review block and appends an event
    to its audit log (kb/audit/ID.jsonl), signed with your key: a command
    refuses when your key is not at hand. 'carekb status' shows what waits.

    \b
    Examples:
      carekb review request cat-cow --as demo-author-1
      carekb review approve cat-cow --as demo-reviewer-pt
    """


@review_group.command("request")
@click.argument("entry_ids", metavar="ID...", nargs=-1, required=True)
@_AS
@_KEY
@trust_option
@root_option
def request_command(
    entry_ids: tuple[str, ...],
    person: str,
    key_file: Path | None,
    trust: Path | None,
    root: Path | None,
) -> None:
    """Ask for a review of each entry ID, as its author or a lead.

    Each entry must be lint-clean at error level. Its status becomes in_review
    and any earlier approvals are set aside: a new round needs new signatures.
    With several IDs every entry is checked first and nothing is requested
    unless all pass; each request is then signed separately.

    Example: carekb review request cat-cow child-pose --as author-a
    """
    from carekb.review.workflow import request_reviews

    project = open_from(root)
    for outcome in request_reviews(project, entry_ids, person, key_file=key_file, trust_file=trust):
        _report(outcome)


@review_group.command("approve")
@click.argument("entry_id", metavar="ID")
@_AS
@click.option("--meaning", help="What you vouch for. Default: policy.default_meaning.")
@_KEY
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

    \b
    Examples:
      carekb review approve cat-cow --as demo-reviewer-pt
      carekb review approve cat-cow --as demo-reviewer-pt --key ~/keys/pt.key \\
        --meaning "Clinically accurate and safe for patient handouts"
    """
    from carekb.review.workflow import approve

    project = open_from(root)
    _report(
        approve(project, entry_id, person, meaning=meaning, key_file=key_file, trust_file=trust)
    )


@review_group.command("reject")
@click.argument("entry_ids", metavar="ID...", nargs=-1, required=True)
@_AS
@click.option("--comment", required=True, help="What must change before you can approve.")
@_KEY
@trust_option
@root_option
def reject_command(
    entry_ids: tuple[str, ...],
    person: str,
    comment: str,
    key_file: Path | None,
    trust: Path | None,
    root: Path | None,
) -> None:
    """Send each entry ID back to its authors, saying what must change.

    Its status becomes changes_requested; your comment is kept in the review
    block and the audit log (with the content you judged, for 'review diff
    --against rejected'), and earlier approvals are set aside. With several
    IDs every entry is checked first and none is sent back unless all may
    be; each is then signed separately.

    \b
    Example:
      carekb review reject cat-cow childs-pose --as demo-reviewer-pt \\
        --comment "Say how long to hold each position."
    """
    from carekb.review.workflow import reject_many

    project = open_from(root)
    for outcome in reject_many(
        project, entry_ids, person, comment, key_file=key_file, trust_file=trust
    ):
        _report(outcome)


@review_group.command("retire")
@click.argument("entry_ids", metavar="ID...", nargs=-1, required=True)
@_AS
@click.option("--reason", required=True, help="Why the entries are no longer used.")
@click.option(
    "--replaced-by",
    "replaced_by",
    metavar="ID",
    help="The entry that takes its place: the withdrawn page points readers to it.",
)
@_KEY
@trust_option
@root_option
def retire_command(
    entry_ids: tuple[str, ...],
    person: str,
    reason: str,
    replaced_by: str | None,
    key_file: Path | None,
    trust: Path | None,
    root: Path | None,
) -> None:
    """Retire each entry ID for good: it is never exported again.

    If it was published, its page address says it was withdrawn, and when,
    and points to --replaced-by. With several IDs every entry is checked
    first and none is retired unless all may be; each is then signed
    separately.

    \b
    Example:
      carekb review retire foam-roller-upper-back --as demo-reviewer-pt \\
        --reason "Replaced by the seated chair twist."
    """
    from carekb.review.workflow import retire_many

    project = open_from(root)
    for outcome in retire_many(
        project,
        entry_ids,
        person,
        reason,
        key_file=key_file,
        trust_file=trust,
        replaced_by=replaced_by,
    ):
        _report(outcome)


@review_group.command("reinstate")
@click.argument("entry_id", metavar="ID")
@_AS
@click.option("--reason", required=True, help="Why the entry is needed again.")
@_KEY
@trust_option
@root_option
def reinstate_command(
    entry_id: str,
    person: str,
    reason: str,
    key_file: Path | None,
    trust: Path | None,
    root: Path | None,
) -> None:
    """Bring retired entry ID back into review.

    Only a reviewer who is not one of its authors, or a clinical lead, may
    undo a retire. Its status becomes in_review; it is exported again only
    after a full round of fresh approvals.

    \b
    Example:
      carekb review reinstate cat-cow --as demo-reviewer-pt --reason "Needed again."
    """
    from carekb.review.workflow import reinstate

    project = open_from(root)
    _report(reinstate(project, entry_id, person, reason, key_file=key_file, trust_file=trust))


@review_group.command("checkpoint")
@click.argument("entry_ids", metavar="[ID]...", nargs=-1)
@click.option("--as", "lead", required=True, envvar="CAREKB_AS", help="Your lead id.")
@_KEY
@trust_option
@root_option
def checkpoint_command(
    entry_ids: tuple[str, ...],
    lead: str,
    key_file: Path | None,
    trust: Path | None,
    root: Path | None,
) -> None:
    """Vouch, as a clinical lead, for the audit history of entries (default: all).

    Appends a checkpoint event signed with your lead key to each audit log
    whose chain holds. Events before it count as proven even if they are not
    signed themselves: run it once when moving a knowledge base whose logs
    were written before every event was signed, after checking each log with
    'carekb review log ID --verify'. Example: carekb review checkpoint --as lead-l
    """
    from carekb.review.workflow import checkpoint

    project = open_from(root)
    for outcome in checkpoint(project, lead, entry_ids, key_file=key_file, trust_file=trust):
        _report(outcome)


@review_group.command("diff")
@click.argument("entry_id", metavar="ID")
@click.option(
    "--against",
    type=click.Choice(["approved", "rejected"]),
    default="approved",
    show_default=True,
    help="Compare with the version last approved, or the version last sent back.",
)
@trust_option
@root_option
def diff_command(entry_id: str, against: str, trust: Path | None, root: Path | None) -> None:
    """Show what changed in entry ID since it was last approved (or sent back).

    A unified diff, field by field, of the content stored with the last
    proven approval (or rejection) in the audit log against the content now
    (no git needed). Events nobody proved they made are never the baseline.
    Example: carekb review diff cat-cow --against rejected
    """
    from carekb.review.history import content_diff

    project, kb = load_project(root, trust=trust)
    diff = content_diff(project, kb, entry_id, against=against)
    if not diff.changed:
        what = "approval" if against == "approved" else "rejection"
        click.echo(
            f"{diff.entry_id}: no change since the {what} by {diff.base.text('actor') or '?'} "
            f"at {diff.base.text('at') or '?'}"
        )
        return
    click.echo(diff.text, nl=False)


@review_group.command("log")
@click.argument("entry_id", metavar="ID")
@click.option(
    "--verify",
    is_flag=True,
    help="Recompute the hash chain and check who made every event (signatures, stored "
    "content); exit 1 naming the first bad event.",
)
@trust_option
@root_option
def log_command(entry_id: str, verify: bool, trust: Path | None, root: Path | None) -> None:
    """Show the audit trail of entry ID as a table.

    \b
    Example:
      carekb review log cat-cow --verify
    """
    from carekb.report import printable
    from carekb.review.history import audit_trail, format_table, trail_rows

    project, kb = load_project(root, trust=trust)
    trail = audit_trail(project, kb, entry_id, verify=verify)
    if not trail.log.exists:
        click.echo(f"{entry_id}: no audit log yet ({trail.path}); it has not been through review")
    else:
        header = ("SEQ", "AT", "EVENT", "BY", "STATUS", "CONTENT", "NOTE")
        table = format_table(header, trail_rows(trail))  # notes come from the log file
        click.echo(printable(table, keep_newlines=True), nl=False)
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
    count, signed = len(trail.log.events), trail.signed
    vouched = f", {count - signed} vouched for by a lead's checkpoint" * (signed < count)
    click.echo(f"verified: {count} event(s) chained, {signed} signed by who they name{vouched}")


def _report(outcome: Outcome) -> None:
    if outcome.completed:
        click.echo(
            f"{outcome.entry_id}: the entry did not show the {outcome.event} by {outcome.actor} "
            f"at {outcome.at} (interrupted, or the file rolled back); completed it now from "
            "its signed audit event"
        )
    message = f"{outcome.entry_id}: {outcome.event} by {outcome.actor} at {outcome.at}; "
    message += f"status {outcome.status}"
    if outcome.event == "approve":
        message += f" ({outcome.valid_approvals} of {outcome.required} approvals"
        message += f", next review {outcome.next_review})" if outcome.next_review else ")"
    click.echo(message)
    for dropped in outcome.dropped:
        click.echo(f"  set aside (kept in the audit log): {dropped}")
