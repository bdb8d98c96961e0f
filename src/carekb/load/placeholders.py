"""The placeholder text ``carekb new`` and ``carekb init`` write, read from the skeletons.

The skeleton files (``src/carekb/skeletons/``) are the one source of truth:
a value there followed by the comment ``# placeholder`` is text the writer
must replace (``summary: Say in one or two short sentences ...  # placeholder``).
The lint rule ``placeholder-text`` and the export gate both ask
:func:`placeholders_in`, so a new placeholder in a skeleton is caught
everywhere without a list copied by hand.
"""

from __future__ import annotations

import functools
import re
from importlib import resources
from typing import Any

from carekb.entries import string_values
from carekb.model import JsonPath, string_leaves

MARK = "# placeholder"
# A block-mapping value or a list item, then the mark; substitutions (${title}) never are.
_MARKED = re.compile(r"^\s*(?:-\s+|[A-Za-z_][\w-]*:\s+)(?P<value>.+?)\s+# placeholder\s*$")


@functools.cache
def placeholder_texts() -> tuple[str, ...]:
    """Every marked value of every skeleton, longest first."""
    skeletons = resources.files("carekb").joinpath("skeletons")
    found: set[str] = set()
    for item in skeletons.iterdir():
        if not item.name.endswith(".yaml"):
            continue
        for line in item.read_text(encoding="utf-8").splitlines():
            marked = _MARKED.match(line)
            if marked and "${" not in marked.group("value"):
                found.add(marked.group("value").strip("'\""))
    return tuple(sorted(found, key=lambda text: (-len(text), text)))


def placeholders_in(data: Any) -> list[tuple[JsonPath, str]]:
    """``(path, placeholder)`` of every string in ``data`` that still holds a placeholder."""
    texts = placeholder_texts()
    anywhere = _any_of(texts)
    # Asked first of every string at once, without their paths: most documents hold
    # none, and a path made for every value was most of the rule's time. A line end
    # between two values joins no placeholder (each is one line of a skeleton).
    if anywhere.search("\n".join(string_values(data))) is None:
        return []
    found: list[tuple[JsonPath, str]] = []
    for path, value in string_leaves(data):
        # One regex search finds whether any is there; the longest one names it.
        if anywhere.search(value) is not None:
            found.append((path, next(t for t in texts if t in value)))
    return found


@functools.cache
def _any_of(texts: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, texts)) or "(?!)")
