"""``carekb lsp``: the language server, for editors."""

from __future__ import annotations

from pathlib import Path

import click

from carekb.cli.common import root_option, trust_option


@click.command("lsp")
@click.option("--stdio", is_flag=True, help="Talk over standard input and output (the default).")
@trust_option
@root_option
def lsp_command(stdio: bool, trust: Path | None, root: Path | None) -> None:
    """Run the language server: lint findings in your editor as you type.

    Speaks the Language Server Protocol over standard input and output:
    findings as diagnostics on open and on every change (unsaved text
    included), quick fixes, and each field's description on hover. Start it
    from your editor, not by hand (docs/authors.md shows VS Code and Neovim).

    Examples:

    \b
      carekb lsp
      carekb lsp --root ~/work/upper-back-kb --trust ~/leads/trust.yaml
    """
    from carekb.lsp.server import serve

    serve(root=root.resolve() if root else None, trust=trust)
