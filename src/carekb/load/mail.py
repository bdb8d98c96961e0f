"""The user's mail settings for ``carekb notify`` (``mail.yaml`` in the user config folder).

::

    host: smtp.example.org
    port: 587                          # STARTTLS is always required
    from: Back care content <carekb@example.org>
    username: carekb@example.org       # optional: log in after STARTTLS
    password_env: CAREKB_SMTP_PASSWORD # the environment variable holding the password
    cafile: /etc/ssl/clinic-ca.pem     # optional: a CA to trust besides the system's

The password is never written in the file: it is read from the environment
variable ``password_env`` names, when mail is sent.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from carekb.errors import ConfigError
from carekb.load.reader import load_path

_KEYS = frozenset({"host", "port", "from", "username", "password_env", "cafile"})


@dataclass(frozen=True)
class MailSettings:
    """Where ``carekb notify`` sends mail, as whom, and how it logs in."""

    host: str
    port: int
    sender: str
    username: str | None = None
    password_env: str | None = None
    cafile: Path | None = None

    def password(self) -> str | None:
        """The password from the environment (only when a username is set)."""
        if self.username is None:
            return None
        value = os.environ.get(self.password_env or "")
        if not value:
            raise ConfigError(
                f"mail settings log in as {self.username}, but the environment variable "
                f"{self.password_env or '(password_env)'} holding the password is not set",
                hint="set it in the environment that runs 'carekb notify'",
            )
        return value


def read_mail_settings(path: Path) -> MailSettings:
    """The settings in ``path``; a missing file or a wrong setting stops with its name."""
    if not path.is_file():
        raise ConfigError(
            f"no mail settings at {path}",
            hint="create it with host, port and from (see 'carekb notify --help'), or "
            "run 'carekb notify --dry-run' to see the messages without sending them",
        )
    doc = load_path(path, str(path))
    if doc.problems:
        first = doc.problems[0]
        raise ConfigError(f"{path}:{first.line}:{first.column}: {first.message}")
    data: dict[str, Any] = doc.data if isinstance(doc.data, dict) else {}
    unknown = sorted(set(data) - _KEYS)
    if not isinstance(doc.data, dict) or unknown:
        raise ConfigError(
            f"{path}: unknown setting(s) {', '.join(unknown)}"
            if unknown
            else f"{path}: the settings must be a mapping",
            hint=f"the settings are: {', '.join(sorted(_KEYS))}",
        )
    host, sender = data.get("host"), data.get("from")
    port = data.get("port", 587)
    if not isinstance(host, str) or not host or not isinstance(sender, str) or "@" not in sender:
        raise ConfigError(
            f"{path}: 'host' (the SMTP server) and 'from' (an address) are required",
            hint="for example: host: smtp.example.org, from: carekb@example.org",
        )
    if not isinstance(port, int) or isinstance(port, bool) or not 0 < port < 65536:
        raise ConfigError(f"{path}: 'port' must be a port number, such as 587")
    username, password_env = data.get("username"), data.get("password_env")
    if username is not None and not (isinstance(username, str) and isinstance(password_env, str)):
        raise ConfigError(
            f"{path}: with 'username', name the environment variable that holds the password "
            "in 'password_env'",
            hint="the password itself never goes in the file",
        )
    cafile = data.get("cafile")
    return MailSettings(
        host=host,
        port=port,
        sender=sender,
        username=username,
        password_env=password_env,
        cafile=Path(cafile).expanduser() if isinstance(cafile, str) else None,
    )
