"""Read a project's ``carekb.yaml`` into a :class:`~carekb.project.Project`.

:mod:`carekb.project` says where things are and what the settings mean; this
module reads the file (YAML is read only under ``load/``) and checks it
against the config schema, so a bad setting stops a command at once, naming
its line.
"""

from __future__ import annotations

from pathlib import Path

from carekb.errors import ConfigError
from carekb.load.reader import load_path
from carekb.project import (
    CACHE_DIR,
    CONFIG_NAME,
    KB_DIR,
    PREVIEW_OUT,
    Project,
    find_root,
    make_policy,
)
from carekb.schemas import schema_problems


def open_project(root: Path) -> Project:
    """Read and check ``carekb.yaml``; a bad config raises :class:`ConfigError` naming the line."""
    _refuse_links_out(root)
    doc = load_path(root / CONFIG_NAME, CONFIG_NAME)
    if doc.problems:
        problem = doc.problems[0]
        raise ConfigError(f"{CONFIG_NAME}:{problem.line}:{problem.column}: {problem.message}")
    if not isinstance(doc.data, dict):
        raise ConfigError(f"{CONFIG_NAME}:1:1: the configuration must be a mapping")
    for position, message in schema_problems(doc, "config"):
        raise ConfigError(
            f"{CONFIG_NAME}:{position.line}:{position.column}: {message}",
            hint="see 'carekb schema config' for every setting",
        )
    policy = make_policy(doc.data.get("policy", {}) or {})
    project = Project(root=root, config_doc=doc, config=doc.data, policy=policy)
    for key, folder in (("out", project.export_out), ("preview_out", project.preview_out)):
        _check_output_folder(project, key, folder)
    return project


# What carekb reads or writes at the top of a project. A committed symbolic link
# in their place would make it read another project's content and organisation
# (into a public export) or write its cache wherever the link points.
_CONTAINED = (CONFIG_NAME, KB_DIR, CACHE_DIR)
# What an output folder from carekb.yaml must not be, contain or sit in: the inputs.
_INPUTS = (CONFIG_NAME, KB_DIR, CACHE_DIR, "templates", "schemas")


def _refuse_links_out(root: Path) -> None:
    real_root = root.resolve()
    for name in _CONTAINED:
        path = root / name
        if path.is_symlink() and not path.resolve().is_relative_to(real_root):
            raise ConfigError(
                f"{name} is a symbolic link to outside the project ({path} -> "
                f"{path.readlink()}): refused, nothing was read or written through it",
                hint=f"replace the link with a real {'file' if name == CONFIG_NAME else 'folder'}",
            )


def _check_output_folder(project: Project, key: str, folder: str) -> None:
    """A folder named in carekb.yaml stays inside the project, clear of its inputs.

    Only a folder given on the command line (``--out``) may be anywhere: a
    configuration file comes with the repository, and a cloned repository
    must not write outside itself.
    """
    root = project.root.resolve()
    target = (project.root / folder).resolve()
    inside = target.is_relative_to(root) and target != root
    clash = next((name for name in _INPUTS if _overlaps(target, (root / name).resolve())), None)
    if inside and clash is None:
        return
    where = project.config_doc.position(("export", key))
    why = (
        "leads outside the project"
        if not inside
        else f"would replace or sit inside {clash}, which carekb reads"
    )
    raise ConfigError(
        f"{CONFIG_NAME}:{where.line}:{where.column}: export.{key} '{folder}' {why}: refused",
        hint="name a folder inside the project, such as "
        f"{'exports' if key == 'out' else PREVIEW_OUT}; to write elsewhere, pass --out DIR",
    )


def _overlaps(one: Path, other: Path) -> bool:
    return one == other or one.is_relative_to(other) or other.is_relative_to(one)


def find_project(explicit: Path | None = None, start: Path | None = None) -> Project:
    """The project at ``explicit`` (``--root``), ``$CAREKB_ROOT`` or the nearest one upward."""
    return open_project(find_root(start, explicit))
