"""The Jinja environments: where templates come from, and how they may fail.

Templates are looked up by name (``html/entry.html``) first in the project's
own ``templates/`` folder, then in the defaults packaged with carekb, so a
project overrides any single template by giving a file the same name.

Every environment is sandboxed (a template cannot reach Python internals),
renders each page within a budget (:class:`RenderBudget`), uses
``StrictUndefined`` (a typo fails the export instead of printing nothing),
and never compiles content as a template. HTML autoescaping is on
for every template name, whatever its extension: matching on extensions
misses names such as ``page.html.j2``. Only the Markdown environment, which
can load nothing but ``markdown/`` templates, leaves escaping off, as HTML
entities would corrupt Markdown; its values are made safe in Python instead.
"""

from __future__ import annotations

import os
import signal
import threading
import time
import traceback
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

import jinja2
from jinja2.loaders import split_template_path
from jinja2.sandbox import SandboxedEnvironment, safe_range

from carekb.errors import CarekbError
from carekb.project import PACKAGED_TEMPLATES, PROJECT_TEMPLATES, Project, template_files

_FIX_HINT = "fix the template and export again; the output folder was not changed"


@dataclass(frozen=True)
class RenderBudget:
    """What one page may cost. The packaged templates use well under a hundredth of it.

    Jinja's sandbox blocks Python internals but not cost: two nested
    ``range(100000)`` loops run for hours. Steps count loop iterations over
    ``range``, calls, attribute and item look-ups and arithmetic; the time is
    the process's CPU time (checked at each step and, in the main thread, by a
    timer that also stops loops over plain lists); the output is counted as it
    is produced, and ``*``/``**`` may not build anything larger than it.
    """

    steps: int = 2_000_000
    seconds: float = 10.0
    characters: int = 20_000_000


BUDGET = RenderBudget()


class TemplateBudgetExceeded(Exception):
    """A page went over :data:`BUDGET`; the message says which part."""


@dataclass(frozen=True)
class Templates:
    """The template search path of one project, and the environments built on it."""

    project_dir: Path
    packaged_dir: Path
    html: jinja2.Environment
    markdown: jinja2.Environment

    @property
    def search_path(self) -> tuple[Path, ...]:
        return (self.project_dir, self.packaged_dir)

    def render_html(self, name: str, context: Mapping[str, Any]) -> str:
        """Render ``name`` (e.g. ``html/entry.html``) with autoescaping."""
        return _render(self, self.html, name, context)

    def render_markdown(self, name: str, context: Mapping[str, Any]) -> str:
        """Render ``markdown/<name>`` without HTML escaping."""
        return _render(self, self.markdown, name, context)

    def assets(self, folder: str) -> list[tuple[str, Path]]:
        """``(relative name, file)`` for every file under ``<folder>/assets/``.

        A project's file shadows the packaged one of the same name, as
        templates do. Only regular files inside the template folders count, so
        a symlink cannot smuggle another file into the export.
        """
        prefix = f"{folder}/assets/"
        chosen = template_files(self.packaged_dir, self.project_dir)
        assets = [
            (name[len(prefix) :], path) for name, path in chosen.items() if name.startswith(prefix)
        ]
        for _, path in assets:
            if self.project_dir in path.parents:
                _refuse_hard_link(self.project_dir.parent, path)
        return assets


def make_templates(
    project: Project, filters: Mapping[str, Callable[..., Any]] | None = None
) -> Templates:
    """The environments for ``project``; ``filters`` are added to both."""
    project_dir = project.root / PROJECT_TEMPLATES
    html = _environment([project_dir, PACKAGED_TEMPLATES], project.root, autoescape=True)
    markdown = _environment(
        [project_dir / "markdown", PACKAGED_TEMPLATES / "markdown"],
        project.root,
        autoescape=False,
    )
    for env in (html, markdown):
        env.filters.update(filters or {})
    return Templates(project_dir, PACKAGED_TEMPLATES, html, markdown)


class ContainedLoader(jinja2.FileSystemLoader):
    """A file loader that reads nothing outside the project and carekb's own templates.

    Jinja's loader refuses ``..`` in a template name, but opens whatever a
    name leads to: a symbolic link in ``templates/`` (git stores them) to
    ``/etc/passwd`` or a CI secret would be included into a public export.
    Here a template file must really be inside its search folder, and the
    project's folders inside the project; anything else is refused, not read.
    """

    def __init__(self, search_path: list[Path], project_root: Path) -> None:
        super().__init__([str(p) for p in search_path], followlinks=False)
        # Each folder, and the folder its files must really be in: the
        # project's own must also stay inside the project.
        self.bounds = [
            (folder, project_root.resolve() if folder.is_relative_to(project_root) else None)
            for folder in search_path
        ]

    def get_source(
        self, environment: jinja2.Environment, template: str
    ) -> tuple[str, str, Callable[[], bool]]:
        pieces = split_template_path(template)
        for folder, project in self.bounds:
            path = folder.joinpath(*pieces)
            if not path.is_file():
                continue
            real = path.resolve()
            inside = real.is_relative_to(folder.resolve()) and (
                project is None or real.is_relative_to(project)
            )
            if not inside:
                raise CarekbError(
                    f"template '{template}' ({path}) leads outside its templates folder "
                    "(a symbolic link?): refused, nothing was read",
                    hint="copy the file into templates/ instead of linking to it",
                )
            source = real.read_text(encoding=self.encoding)
            return source, os.path.normpath(path), partial(_unchanged, real, real.stat().st_mtime)
        raise jinja2.TemplateNotFound(template)


def _unchanged(path: Path, mtime: float) -> bool:
    try:
        return path.stat().st_mtime == mtime
    except OSError:
        return False


class _Meter:
    """The budget of the page being rendered: steps left and the CPU-time deadline."""

    def __init__(self, budget: RenderBudget) -> None:
        self.budget = budget
        self.steps = 0
        self.deadline = time.process_time() + budget.seconds

    def step(self) -> None:
        self.steps += 1
        if self.steps > self.budget.steps:
            raise TemplateBudgetExceeded(
                f"more than {self.budget.steps:,} steps (loop iterations, calls, look-ups) "
                "for one page: an endless or runaway loop?"
            )
        if self.steps % 1024 == 0 and time.process_time() > self.deadline:
            raise _over_time(self.budget)


def _over_time(budget: RenderBudget) -> TemplateBudgetExceeded:
    return TemplateBudgetExceeded(
        f"more than {budget.seconds:g} s of rendering for one page: an endless or runaway loop?"
    )


class _CountedRange(Sequence[int]):
    """``range()`` for templates: each step of a loop over it counts against the budget."""

    def __init__(self, meter: Callable[[], _Meter], numbers: range) -> None:
        self._meter = meter
        self._numbers = numbers

    def __len__(self) -> int:
        return len(self._numbers)

    def __getitem__(self, index: Any) -> Any:
        return self._numbers[index]

    def __iter__(self) -> Iterator[int]:
        meter = self._meter()
        for number in self._numbers:
            meter.step()
            yield number


class _BudgetedEnvironment(SandboxedEnvironment):
    """The sandbox, with every call, look-up and loop over ``range`` counted."""

    intercepted_binops = frozenset({"*", "**"})

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self.meter = _Meter(BUDGET)
        self.globals["range"] = lambda *args: _CountedRange(lambda: self.meter, safe_range(*args))

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        __self.meter.step()
        return super().call(__context, __obj, *args, **kwargs)

    def getattr(self, obj: Any, attribute: str) -> Any:
        self.meter.step()
        return super().getattr(obj, attribute)

    def getitem(self, obj: Any, argument: Any) -> Any:
        self.meter.step()
        return super().getitem(obj, argument)

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        self.meter.step()
        _check_size(operator, left, right, self.meter.budget)
        return super().call_binop(context, operator, left, right)


def _check_size(operator: str, left: Any, right: Any, budget: RenderBudget) -> None:
    """Refuse ``"x" * 10**9`` or ``9 ** 9 ** 9`` before Python spends minutes building it."""
    if operator == "*":
        for sized, count in ((left, right), (right, left)):
            sequence = isinstance(sized, str | list | tuple) and isinstance(count, int)
            if sequence and len(sized) * count > budget.characters:
                raise TemplateBudgetExceeded(
                    f"'*' would build {len(sized) * count:,} items, more than a page may hold"
                )
    numbers = isinstance(left, int | float) and isinstance(right, int | float)
    if operator == "**" and numbers and abs(left) > 1 and abs(right) > 10_000:
        raise TemplateBudgetExceeded(f"'**' with an exponent of {right:,} is too large")


def _environment(
    search_path: list[Path], project_root: Path, *, autoescape: bool
) -> jinja2.Environment:
    return _BudgetedEnvironment(
        loader=ContainedLoader(search_path, project_root),
        autoescape=autoescape,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,
    )


def _refuse_hard_link(project_root: Path, path: Path) -> None:
    """A project's asset must be a file of its own, not a second name for another file.

    A hard link looks like a regular file inside ``assets/`` but may be the
    same file as a key or a secret elsewhere on the disk; carekb cannot tell,
    so it copies only files with a single link. (The packaged defaults are
    not checked: some installers hard-link a package's files from their cache.)
    """
    links = path.stat().st_nlink
    if links > 1:
        shown = path.relative_to(project_root).as_posix()
        raise CarekbError(
            f"{shown} has {links} hard links (it is also another file on this disk): "
            "refused, nothing was exported",
            hint=f"give it content of its own: cp {shown} {shown}.copy && mv {shown}.copy {shown}",
        )


def _render(
    templates: Templates, env: jinja2.Environment, name: str, context: Mapping[str, Any]
) -> str:
    """Render one page within :data:`BUDGET`; any failure is the template author's to fix.

    Whatever a template does wrong (a syntax error, an undefined name, a
    ``{}.pop("x")`` that raises KeyError, a macro that calls itself, a runaway
    loop) stops the export with the template's file, line and cause, never as
    an internal error of carekb.
    """
    try:
        template = env.get_template(name)
    except jinja2.TemplateNotFound as error:
        raise CarekbError(
            f"template '{error.name}' not found in {_describe_search(templates)}",
            hint="restore the file, or delete your override so the packaged default is used",
        ) from None
    except jinja2.TemplateSyntaxError as error:
        where = _display(templates, error.filename, error.name or name)
        raise CarekbError(
            f"{where}:{error.lineno}: template error: {error.message}", hint=_FIX_HINT
        ) from None
    try:
        return _within_budget(env, lambda: _generate(template, context, BUDGET))
    except CarekbError:
        raise
    except TemplateBudgetExceeded as error:
        # Output is counted outside the template: then the page's own file is meant.
        filename, line = _template_frame(templates, error, template.filename)
        where = _display(templates, filename, name)
        raise CarekbError(
            f"{where}:{line}: template error: over the render budget: {error}", hint=_FIX_HINT
        ) from None
    except (Exception, RecursionError) as error:
        # Runtime errors carry no line number of their own; Jinja rewrites the
        # traceback so that template frames point at the template's lines.
        filename, line = _template_frame(templates, error)
        where = _display(templates, filename, name)
        cause = f"{type(error).__name__}: {error}" if _bare(error) else str(error)
        raise CarekbError(f"{where}:{line}: template error: {cause}", hint=_FIX_HINT) from None


def _bare(error: BaseException) -> bool:
    """Whether ``error``'s text alone would not say what went wrong (KeyError: 'x')."""
    return not isinstance(error, jinja2.TemplateError)


def _generate(template: jinja2.Template, context: Mapping[str, Any], budget: RenderBudget) -> str:
    """The page, counted as it is produced, so a flood of output stops at the limit."""
    pieces: list[str] = []
    size = 0
    for piece in template.generate(context):
        size += len(piece)
        if size > budget.characters:
            raise TemplateBudgetExceeded(
                f"more than {budget.characters:,} characters of output for one page"
            )
        pieces.append(piece)
    return "".join(pieces)


def _within_budget(env: jinja2.Environment, render: Callable[[], str]) -> str:
    """Run ``render`` with a fresh meter and, in the main thread, a CPU-time alarm.

    The alarm (``ITIMER_VIRTUAL``: CPU time, not wall time, and not the
    ``SIGALRM`` other code may be using) stops what the step count cannot see,
    such as two nested loops over a plain list. A timer set before is restored.
    """
    budget = BUDGET
    if isinstance(env, _BudgetedEnvironment):
        env.meter = _Meter(budget)
    if threading.current_thread() is not threading.main_thread():
        return render()

    def expired(signum: int, frame: Any) -> None:
        raise _over_time(budget)

    previous = signal.signal(signal.SIGVTALRM, expired)
    earlier = signal.setitimer(signal.ITIMER_VIRTUAL, budget.seconds)
    try:
        return render()
    finally:
        signal.setitimer(signal.ITIMER_VIRTUAL, *earlier)
        signal.signal(signal.SIGVTALRM, previous)


def _template_frame(
    templates: Templates, error: BaseException, default: str | None = None
) -> tuple[str | None, int]:
    """The innermost traceback frame that is in a template file."""
    roots = [str(p.resolve()) for p in templates.search_path]
    found: tuple[str | None, int] = (default, 1)
    for frame in traceback.extract_tb(error.__traceback__):
        resolved = str(Path(frame.filename).resolve())
        if any(resolved.startswith(root + "/") for root in roots):
            found = (frame.filename, frame.lineno or 1)
    return found


def _display(templates: Templates, filename: str | None, name: str) -> str:
    """A template's file, as the user should look for it."""
    if filename is None:
        return name
    path = Path(filename).absolute()
    project_root = templates.project_dir.parent.absolute()
    try:
        return path.relative_to(project_root).as_posix()
    except ValueError:
        pass
    try:
        inner = path.relative_to(templates.packaged_dir).as_posix()
    except ValueError:
        return path.as_posix()
    return f"{inner} (packaged default in {templates.packaged_dir})"


def _describe_search(templates: Templates) -> str:
    return " or ".join(str(p) for p in templates.search_path)
