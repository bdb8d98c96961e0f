"""Wiring shared by the commands: the root option, opening a project, errors."""

from __future__ import annotations

import atexit
import contextlib
import functools
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

import click

from carekb.errors import EXIT_INTERNAL, EXIT_OUTPUT_CLOSED, CarekbError

if TYPE_CHECKING:
    from carekb.model import KnowledgeBase
    from carekb.project import Project

F = TypeVar("F", bound=Callable[..., Any])

# True where the process ends with the command (the ``carekb`` executable, not a test's
# runner or a caller in Python): what the command made may then be left for the end of
# the process to free.
ENDS_WITH_COMMAND = False


def end_command(status: int) -> NoReturn:
    """End the command with exit ``status``; where the process ends with it, without
    Python's teardown, which frees every object one by one: 0.2 s after a cold lint of
    10,000 entries, 0.04 to 0.08 s of a warm one's half second, for memory the
    operating system takes back at once. The standard streams are flushed and the exit
    handlers run first, as Python's own exit does; a stream whose reader went away ends
    the command as :func:`output_closed` does, one that cannot be flushed for another
    reason leaves the exit to Python, which reports it as ever, and so does a process
    being profiled or traced (``python -m cProfile``, a debugger), whose tool reports
    after the command returns."""
    if ENDS_WITH_COMMAND and sys.getprofile() is None and sys.gettrace() is None:
        atexit._run_exitfuncs()
        try:
            flush_output()
        except (OSError, ValueError):
            raise SystemExit(status) from None
        os._exit(status)
    raise SystemExit(status)


def flush_output() -> None:
    """Flush the standard streams; a reader that stopped reading ends the command
    (:func:`output_closed`)."""
    try:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:  # None: started with it closed
                stream.flush()
    except BrokenPipeError:
        output_closed()


def output_closed() -> NoReturn:
    """End the command whose output's reader stopped reading (``carekb lint | head -1``)
    without a word: nobody reads it, and "Broken pipe" on the terminal is noise. Its
    status is the one a shell gives a command a closed pipe stopped. What is still
    waiting in the streams' buffers goes nowhere (not again into the closed pipe, which
    Python's own exit would try, and then report)."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(AttributeError, OSError, ValueError):
            if stream is not None:
                os.dup2(devnull, stream.fileno())
    os.close(devnull)
    raise SystemExit(EXIT_OUTPUT_CLOSED)


class UserError(click.ClickException):
    """A :class:`CarekbError` as click shows it: a message, a hint, an exit code."""

    def __init__(self, error: CarekbError) -> None:
        super().__init__(error.message)
        # click declares exit_code on the class; each error carries its own.
        self.exit_code = error.exit_code  # type: ignore[misc]
        self.hint = error.hint

    def format_message(self) -> str:
        from carekb.report import printable  # messages quote ids and paths from files

        text = f"{self.message}\n  hint: {self.hint}" if self.hint else self.message
        return printable(text, keep_newlines=True)


class CarekbGroup(click.Group):
    """A group that turns domain errors into messages, never tracebacks."""

    def make_context(self, *args: Any, **kwargs: Any) -> click.Context:
        # ``carekb --help`` and ``--version`` print while the context is made: click's
        # own answer to a closed pipe there is exit 1, which CI reads as findings.
        try:
            return super().make_context(*args, **kwargs)
        except BrokenPipeError:
            output_closed()

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except CarekbError as error:
            raise UserError(error) from None
        except BrokenPipeError:
            output_closed()
        except OSError as error:
            where = f" ({error.filename})" if error.filename else ""
            raise UserError(CarekbError(f"{error.strerror or error}{where}")) from None
        except (click.ClickException, click.exceptions.Exit, click.Abort, SystemExit):
            raise
        except Exception as error:
            # A bug in carekb, not in the user's files: say so plainly, keep the
            # traceback for those who ask for it.
            if os.environ.get("CAREKB_DEBUG"):
                raise
            raise UserError(
                CarekbError(
                    f"internal error: {type(error).__name__}: {error}",
                    hint="this is a bug in carekb; run again with CAREKB_DEBUG=1 for details "
                    "and report it",
                    exit_code=EXIT_INTERNAL,
                )
            ) from None


def root_option(func: F) -> F:
    """``--root DIR``: which project to use (also ``CAREKB_ROOT``)."""
    return click.option(
        "--root",
        type=click.Path(file_okay=False, path_type=Path),
        envvar="CAREKB_ROOT",
        help="Project folder (the one holding carekb.yaml). Default: the nearest one upward.",
    )(func)


def open_from(root: Path | None) -> Project:
    """The project at ``--root`` or upward from here, its carekb.yaml read and checked."""
    # Imported here: reading the config pulls in the YAML and schema libraries,
    # which `carekb --version` and `--help` should not load.
    from carekb.load.project import find_project

    return find_project(root)


def trust_option(func: F) -> F:
    """``--trust FILE``: the clinical leads' trust root (also ``CAREKB_TRUST``).

    Every command that reads the trust root takes this option, so this is where
    a trust root that is not protected is named, on every run (on stderr, so
    output meant for machines stays clean).
    """

    @functools.wraps(func)
    def warned(*args: Any, **kwargs: Any) -> Any:
        context = click.get_current_context(silent=True)
        # A group that only hands over to a subcommand (export verify) warns not: the
        # subcommand, which reads the trust root, does.
        if context is None or context.invoked_subcommand is None:
            warn_if_unprotected(kwargs.get("trust"), kwargs.get("root"))
        return func(*args, **kwargs)

    return click.option(
        "--trust",
        type=click.Path(dir_okay=False, path_type=Path),
        help="The clinical leads' trust root, which verifies kb/people.yaml. Default: "
        "$CAREKB_TRUST, else carekb/trust.yaml in your user config folder.",
    )(warned)  # type: ignore[return-value]


def warn_if_unprotected(trust: Path | None, root: Path | None) -> None:
    """A warning on stderr when the trust root in use is not protected (see
    :func:`carekb.trust.root.unprotected_reasons`); silent when there is none."""
    from carekb.project import find_root, trust_path
    from carekb.trust.root import unprotected_message, unprotected_reasons

    path = trust_path(trust)
    if not path.is_file():
        return  # none configured, or missing: the command itself says so
    try:
        project_root: Path | None = find_root(explicit=root)
    except CarekbError:
        project_root = None  # the command itself says there is no project
    reasons = unprotected_reasons(path, project_root)
    if reasons:
        click.echo(f"warning: {unprotected_message(str(path), reasons)}", err=True)


def load_project(
    root: Path | None, extra: tuple[Path, ...] = (), *, trust: Path | None = None
) -> tuple[Project, KnowledgeBase]:
    """The project and its knowledge base, opened the one way (:func:`carekb.kb.open_kb`)."""
    from carekb.kb import open_kb

    project = open_from(root)
    return project, open_kb(project, extra=extra, trust=trust)
