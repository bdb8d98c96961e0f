"""Text fields may not hold Markdown images: a picture belongs in the entry's ``pictures``.

Text fields take a small Markdown subset (emphasis, lists, links). Image
syntax is not part of it: every export would either fetch someone else's
server for each reader (the HTML page, the printed handout) or show the
reader a stray ``!`` before a link, and neither gives the picture alternative
text a clinician has checked. Pictures of a technique are listed in the
entry's ``pictures`` field, where the handout and the site print them with
their descriptions.

Passing example::

    steps:
      - Kneel on a mat with your hands under your shoulders.

Failing example (an image in a step)::

    steps:
      - Kneel on a mat as shown. ![kneeling](https://example.org/kneel.png)
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from carekb.commonmark import permissive_parser
from carekb.model import Finding, Level
from carekb.validate import fields
from carekb.validate.context import RuleContext

ID = "markdown-image"
LEVEL = Level.ERROR
OPTIONS: dict[str, Any] = {}
# Findings depend only on the entry's own text.
LOCAL = True


def check(ctx: RuleContext) -> Iterator[Finding]:
    for entry in ctx.kb.entries:
        for path, text in fields.texts(entry, fields.TEXT_FIELDS):
            image = _first_image(text)
            if image is not None:
                yield ctx.at(
                    entry.doc,
                    path,
                    f"Markdown image '{image[:80]}' in a text field: exports do not show "
                    "images from text (a reader would see a stray '!'); list the picture "
                    "with its description in the entry's 'pictures' field instead",
                    entry_id=entry.id,
                )


def _first_image(text: str) -> str | None:
    """The source of the first image ``text`` holds as Markdown, if any."""
    if "![" not in text:  # every image starts so: most text costs a substring search
        return None
    for block in permissive_parser().parse(text):
        for child in block.children or []:
            if child.type == "image":
                src = str(child.attrs.get("src", ""))
                return f"![{child.content}]({src})"
    return None
