"""Every file must be readable YAML with a mapping at the top level.

Reports what stopped a file from loading: invalid YAML, tabs used for
indentation, duplicate keys, bytes that are not UTF-8, an empty file, a top
level that is a list or a single value, YAML tags, unfinished git merges, and
files refused for safety (too large, too many aliases, nested too deeply, a
symbolic link to outside the project). A file with such a problem is not
checked further until it loads.

Passing example::

    id: cat-cow
    title: Cat-cow stretch

Failing example (the key ``title`` appears twice)::

    id: cat-cow
    title: Cat-cow stretch
    title: Cat and cow
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from carekb.model import Finding, Level
from carekb.validate.context import RuleContext

ID = "yaml-syntax"
LEVEL = Level.ERROR
OPTIONS: dict[str, Any] = {}
# Findings about an entry depend only on its own file (and the roster, the
# config and the date), so the engine may check entries in parallel.
LOCAL = True


def check(ctx: RuleContext) -> Iterator[Finding]:
    for doc in ctx.kb.documents:
        for problem in doc.problems:
            yield ctx.at_line(doc.path, problem.line, problem.column, problem.message)
