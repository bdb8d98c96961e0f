"""``carekb serve``: the review desk in a browser."""

from __future__ import annotations

from pathlib import Path

import click

from carekb.cli.common import open_from, root_option, trust_option


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8765, show_default=True, type=int, help="Port (0: any free).")
@click.option(
    "--tls-cert",
    type=click.Path(dir_okay=False, exists=True, path_type=Path),
    help="TLS certificate (PEM); required for any address other than loopback.",
)
@click.option(
    "--tls-key",
    type=click.Path(dir_okay=False, exists=True, path_type=Path),
    help="The TLS certificate's private key (PEM).",
)
@click.option(
    "--as",
    "person",
    help="Sign on the server as this roster id, with --key (loopback only).",
)
@click.option(
    "--key",
    "key_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="With --as: your private key file. Default: the one 'carekb keys new' wrote.",
)
@trust_option
@root_option
def serve_command(
    host: str,
    port: int,
    tls_cert: Path | None,
    tls_key: Path | None,
    person: str | None,
    key_file: Path | None,
    trust: Path | None,
    root: Path | None,
) -> None:
    """Start the review desk in a browser: queue, entries, diffs, sign-off.

    Prints one URL holding a random access token; open it in your browser.
    Reviewers sign in the browser with their own key file, which never leaves
    it. Listens on 127.0.0.1 unless --host says otherwise; any other address
    needs --tls-cert and --tls-key. --as PERSON --key FILE makes the server
    sign for that one person (loopback only). Stop it with Ctrl-C.
    Example: carekb serve --trust demo-keys/trust.yaml
    """
    from carekb.web.app import create_app
    from carekb.web.desk import DeskConfig
    from carekb.web.security import TOKEN_PARAMETER, Secrets
    from carekb.web.server import Listen, check_listen, serve

    if key_file is not None and person is None:
        raise click.UsageError("--key needs --as: whose key it is")
    listen = Listen(host, port, tls_cert, tls_key)
    check_listen(listen, server_signs=person is not None)
    project = open_from(root)
    if person is not None:
        from carekb.trust.keys import default_key_path, unlock_for_this_process

        unlock_for_this_process(key_file or default_key_path(person))
    config = DeskConfig(project, trust, person, key_file, secure=listen.secure)
    secrets = Secrets()
    app = create_app(config, secrets)

    def announce(base: str) -> None:
        signer = f", signing as {person}" if person else ""
        click.echo(f"carekb review desk for {project.name}{signer}; open this link:")
        click.echo(f"{base}?{TOKEN_PARAMETER}={secrets.token}", nl=True)

    serve(app, listen, announce)
