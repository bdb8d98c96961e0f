"""Rule levels and options from ``lint.rules`` in carekb.yaml, checked in one place.

An unknown rule, an unknown option or an option of the wrong type is a
configuration error (exit 2) that names the line in carekb.yaml.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from carekb.errors import ConfigError
from carekb.model import Level
from carekb.project import CONFIG_NAME, Project
from carekb.validate.rules import RULES, RuleSpec


@dataclass(frozen=True)
class RuleSetting:
    rule: RuleSpec
    level: Level
    options: Mapping[str, Any]


def resolve_settings(project: Project) -> list[RuleSetting]:
    """Every registered rule with its effective level and options."""
    configured = project.lint_config.get("rules") or {}
    known = {rule.id: rule for rule in RULES}
    for name in configured:
        if name not in known:
            raise _error(
                project,
                ("lint", "rules", name),
                f"unknown lint rule '{name}'",
                f"known rules: {', '.join(sorted(known))}",
            )
    return [_setting(project, rule, configured.get(rule.id)) for rule in RULES]


def default_settings() -> list[RuleSetting]:
    """Every rule at its default level, as shipped."""
    return [RuleSetting(rule=rule, level=rule.level, options=dict(rule.options)) for rule in RULES]


def _setting(project: Project, rule: RuleSpec, value: Any) -> RuleSetting:
    level = rule.level
    options = dict(rule.options)
    path: tuple[str, ...] = ("lint", "rules", rule.id)
    if isinstance(value, str):
        level = Level(value)
    elif isinstance(value, dict):
        for key, option in value.items():
            if key == "level":
                level = Level(option)
                continue
            if key not in rule.options:
                allowed = ", ".join(sorted(rule.options)) or "none"
                raise _error(
                    project,
                    (*path, key),
                    f"rule '{rule.id}' has no option '{key}'",
                    f"its options: {allowed}",
                )
            if not _same_kind(option, rule.options[key]):
                raise _error(
                    project,
                    (*path, key),
                    f"option '{key}' of rule '{rule.id}' should be "
                    f"{type(rule.options[key]).__name__}, like the default "
                    f"{rule.options[key]!r}",
                    "fix the value in carekb.yaml",
                )
            options[key] = option
    return RuleSetting(rule=rule, level=level, options=options)


def _same_kind(value: Any, default: Any) -> bool:
    if isinstance(default, bool) or isinstance(value, bool):
        return isinstance(value, bool) and isinstance(default, bool)
    if isinstance(default, float):
        return isinstance(value, int | float)
    return isinstance(value, type(default))


def _error(project: Project, path: tuple[str, ...], message: str, hint: str) -> ConfigError:
    where = project.config_doc.position(path, key=True)
    return ConfigError(f"{CONFIG_NAME}:{where.line}:{where.column}: {message}", hint=hint)
