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
from carekb.project import CONFIG_NAME, Project, find_root, make_policy
from carekb.schemas import schema_problems


def open_project(root: Path) -> Project:
    """Read and check ``carekb.yaml``; a bad config raises :class:`ConfigError` naming the line."""
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
    return Project(root=root, config_doc=doc, config=doc.data, policy=policy)


def find_project(explicit: Path | None = None, start: Path | None = None) -> Project:
    """The project at ``explicit`` (``--root``), ``$CAREKB_ROOT`` or the nearest one upward."""
    return open_project(find_root(start, explicit))
