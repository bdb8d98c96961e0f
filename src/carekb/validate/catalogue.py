"""The rule catalogue: each rule's id, level and options, and its documentation.

``carekb rules`` prints it, and ``docs/rules.md`` is generated from it (a test
keeps the two in step), so a rule's docstring is its only documentation.
"""

from __future__ import annotations

import re

from carekb.validate.settings import RuleSetting


def rule_summary(setting: RuleSetting) -> str:
    doc = setting.rule.doc
    return doc.splitlines()[0] if doc else ""


def plain_summary(doc: str) -> str:
    """The first line of a rule's docstring for a terminal: without reStructuredText's
    double backticks, which a terminal would show as they are."""
    first = doc.splitlines()[0] if doc else ""
    return re.sub(r"``(.+?)``", r"\1", first)


def as_text(settings: list[RuleSetting]) -> str:
    width = max(len(s.rule.id) for s in settings)
    return "".join(
        f"{s.rule.id:<{width}}  {s.level.value:<7}  {plain_summary(s.rule.doc)}\n" for s in settings
    )


def _options_yaml(rule_id: str, options: dict[str, object]) -> str:
    # Long word lists read far better as a YAML block than as one JSON line.
    import yaml

    body = yaml.safe_dump(
        {"lint": {"rules": {rule_id: options}}},
        sort_keys=False,
        allow_unicode=True,
        width=88,
        default_flow_style=False,
    )
    return f"```yaml\n{body}```"


def as_markdown(settings: list[RuleSetting]) -> str:
    parts = [
        "# Lint rules\n",
        "Generated from the rules' own documentation by `carekb rules --markdown`;",
        "do not edit by hand. Set a rule's level (`error`, `warning`, `off`) or its",
        "options under `lint.rules` in `carekb.yaml`:\n",
        "```yaml\nlint:\n  rules:\n    dangling-reference: warning\n"
        "    schema: {level: error}\n```\n",
        "| rule | default level | what it checks |",
        "| --- | --- | --- |",
    ]
    parts += [
        f"| [`{s.rule.id}`](#{s.rule.id}) | {s.rule.level.value} | {rule_summary(s)} |"
        for s in settings
    ]
    for setting in settings:
        rule = setting.rule
        parts.append(f"\n## {rule.id}\n")
        parts.append(f"Default level: `{rule.level.value}`.")
        if rule.options:
            parts.append("Options, with their defaults (set them under `lint.rules`):\n")
            parts.append(_options_yaml(rule.id, dict(rule.options)))
        parts.append("")
        parts.append(rule.doc)
    return "\n".join(parts).rstrip() + "\n"
