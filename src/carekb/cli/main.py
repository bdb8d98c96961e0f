"""``carekb``: the top-level command group.

Commands are imported only when they run: ``carekb --version`` and
``carekb --help`` must not pay for jsonschema, ruamel.yaml or WeasyPrint.
The table below names each command's module and its one-line help, which a
test keeps equal to the command's own help text.
"""

from __future__ import annotations

import contextlib
import importlib
import sys
from pathlib import Path

import click

from carekb import __version__
from carekb.cli import common
from carekb.cli.common import CarekbGroup

# name -> (module, attribute, short help shown by `carekb --help`)
COMMANDS: dict[str, tuple[str, str, str]] = {
    "daemon": (
        "carekb.cli.daemon",
        "daemon_group",
        "Keep carekb loaded in the background, so that 'carekb lint' starts at once.",
    ),
    "export": (
        "carekb.cli.export",
        "export_command",
        "Export approved content as an HTML site, Markdown, handouts and PDF.",
    ),
    "init": ("carekb.cli.scaffold", "init_command", "Create a new knowledge base in DIRECTORY."),
    "keys": ("carekb.cli.keys", "keys_group", "Manage reviewers' signing keys (Ed25519)."),
    "lint": (
        "carekb.cli.lint",
        "lint_command",
        "Check entries: schema, ids, references, roster and content rules.",
    ),
    "lsp": (
        "carekb.cli.lsp",
        "lsp_command",
        "Run the language server: lint findings in your editor as you type.",
    ),
    "new": ("carekb.cli.scaffold", "new_command", "Create a new draft entry of TYPE titled TITLE."),
    "notify": (
        "carekb.cli.notify",
        "notify_command",
        "Mail each person a digest of what waits for them and what falls due.",
    ),
    "review": (
        "carekb.cli.review",
        "review_group",
        "The sign-off workflow: ask for review, approve, send back, retire.",
    ),
    "roster": (
        "carekb.cli.roster",
        "roster_group",
        "Sign and verify the roster against the clinical leads' keys.",
    ),
    "rules": ("carekb.cli.rules", "rules_command", "List the lint rules with their levels."),
    "schema": ("carekb.cli.schema", "schema_command", "Print the JSON Schema for KIND."),
    "serve": (
        "carekb.cli.serve",
        "serve_command",
        "Start the review desk in a browser: queue, entries, diffs, sign-off.",
    ),
    "status": ("carekb.cli.status", "status_command", "Show where every entry stands in review."),
}


class LazyGroup(CarekbGroup):
    """Loads a command's module the first time the command is asked for."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*COMMANDS, *self.commands})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in self.commands or cmd_name not in COMMANDS:
            return self.commands.get(cmd_name)
        module, attribute, _ = COMMANDS[cmd_name]
        command: click.Command = getattr(importlib.import_module(module), attribute)
        self.commands[cmd_name] = command
        return command

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        # The listing comes from the table, so `carekb --help` imports nothing.
        rows = [(name, COMMANDS[name][2]) for name in sorted(COMMANDS)]
        rows += [
            (name, cmd.get_short_help_str())
            for name, cmd in sorted(self.commands.items())
            if name not in COMMANDS
        ]
        with formatter.section("Commands"):
            formatter.write_dl(sorted(rows))


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="carekb")
def cli() -> None:
    """carekb: patient-education content, checked and signed off by clinicians.

    Entries live as YAML files under kb/; 'carekb lint' checks them, reviewers
    sign them off, and only approved content is exported.

    Exit codes: 0 success (warnings allowed), 1 findings at error level
    (or any finding with --strict), 2 usage or configuration error, 3 a bug
    in carekb itself, 141 the output's reader stopped reading (| head).

    \b
    Examples:
      carekb lint
      carekb review request cat-cow --as demo-author-1
      carekb export --preview
    """
    if sys.stdin is not None and sys.stdin.isatty():  # None: started with stdin closed
        from carekb.trust.passphrase import use_passphrase_prompt

        use_passphrase_prompt(_ask_passphrase)


def _ask_passphrase(path: Path) -> bytes:
    """A terminal prompt for an encrypted key's passphrase; the typing is not shown."""
    return str(click.prompt(f"Passphrase for {path}", hide_input=True, err=True)).encode("utf-8")


def main() -> None:
    common.ENDS_WITH_COMMAND = True
    run_command()


def run_command(args: list[str] | None = None) -> None:
    """``carekb ARGS`` (default: this process's arguments), ended by ``SystemExit`` as
    click ends a command; a reader of its output that stopped reading ends it without a
    word (:func:`common.output_closed`), here or in the daemon."""
    try:
        cli.main(args=args, prog_name="carekb")
    except BrokenPipeError:  # a usage error's message, which click prints last
        common.output_closed()
    finally:
        # What the command printed last may still wait in a buffer: flushed here, where
        # a reader that went away ends the command quietly, not at Python's exit. A
        # stream the command closed (the language server's, at its exit) is left as it
        # is, and one that cannot be written is left to Python's exit to report.
        with contextlib.suppress(OSError, ValueError):
            common.flush_output()
