"""The one exception type of carekb.

The core raises :class:`CarekbError` for anything a user can fix (a missing
project, a bad config, a refused sign-off). The CLI turns it into a message and
an exit code, so users never see a traceback and the core stays usable
without click.
"""

from __future__ import annotations

# Exit codes, as documented in the README and DESIGN.md.
EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 3  # a bug in carekb itself, never the user's input
# The reader of the output stopped reading (``carekb lint | head``): what a shell reports
# for a command a closed pipe stopped (128 + SIGPIPE), as ``grep`` or ``cat`` would end.
EXIT_OUTPUT_CLOSED = 141


class CarekbError(Exception):
    """An error the user can act on; ``hint`` says how."""

    def __init__(self, message: str, *, hint: str = "", exit_code: int = EXIT_USAGE) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.exit_code = exit_code

    def __str__(self) -> str:
        return f"{self.message}\n  hint: {self.hint}" if self.hint else self.message


class ConfigError(CarekbError):
    """The project configuration (carekb.yaml) is invalid: exit code 2."""
