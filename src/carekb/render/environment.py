"""The Jinja environments: where templates come from, and how they may fail.

Templates are looked up by name (``html/entry.html``) first in the project's
own ``templates/`` folder, then in the defaults packaged with carekb, so a
project overrides any single template by giving a file the same name.

Every environment is sandboxed (a template cannot reach Python internals),
uses ``StrictUndefined`` (a typo fails the export instead of printing
nothing), and never compiles content as a template. HTML autoescaping is on
for every template name, whatever its extension: matching on extensions
misses names such as ``page.html.j2``. Only the Markdown environment, which
can load nothing but ``markdown/`` templates, leaves escaping off, as HTML
entities would corrupt Markdown; its values are made safe in Python instead.
"""

from __future__ import annotations

import os
import traceback
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

import jinja2
from jinja2.loaders import split_template_path
from jinja2.sandbox import SandboxedEnvironment

from carekb.errors import CarekbError
from carekb.project import Project

PACKAGED_TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
PROJECT_TEMPLATES = "templates"


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
        chosen: dict[str, Path] = {}
        for base in reversed(self.search_path):
            for name, path in _asset_files(base, folder):
                chosen[name] = path
        return sorted(chosen.items())


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


def _environment(
    search_path: list[Path], project_root: Path, *, autoescape: bool
) -> jinja2.Environment:
    return SandboxedEnvironment(
        loader=ContainedLoader(search_path, project_root),
        autoescape=autoescape,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,
    )


def _asset_files(base: Path, folder: str) -> Iterator[tuple[str, Path]]:
    root = base / folder / "assets"
    if not root.is_dir():
        return
    real_root = root.resolve()
    for path in sorted(root.rglob("*")):
        if path.is_symlink() or not path.is_file():
            continue
        if real_root not in path.resolve().parents:
            continue
        yield path.relative_to(root).as_posix(), path


def _render(
    templates: Templates, env: jinja2.Environment, name: str, context: Mapping[str, Any]
) -> str:
    try:
        return env.get_template(name).render(context)
    except jinja2.TemplateNotFound as error:
        raise CarekbError(
            f"template '{error.name}' not found in {_describe_search(templates)}",
            hint="restore the file, or delete your override so the packaged default is used",
        ) from None
    except jinja2.TemplateSyntaxError as error:
        where = _display(templates, error.filename, error.name or name)
        raise CarekbError(
            f"{where}:{error.lineno}: template error: {error.message}",
            hint="fix the template and export again; the output folder was not changed",
        ) from None
    except (jinja2.TemplateError, TypeError, ValueError, ArithmeticError) as error:
        # Runtime errors (an undefined name, a blocked attribute) carry no line
        # number; Jinja rewrites the traceback so template frames point at it.
        filename, line = _template_frame(templates, error)
        where = _display(templates, filename, name)
        raise CarekbError(
            f"{where}:{line}: template error: {error}",
            hint="fix the template and export again; the output folder was not changed",
        ) from None


def _template_frame(templates: Templates, error: BaseException) -> tuple[str | None, int]:
    """The innermost traceback frame that is in a template file."""
    roots = [str(p.resolve()) for p in templates.search_path]
    found: tuple[str | None, int] = (None, 1)
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
