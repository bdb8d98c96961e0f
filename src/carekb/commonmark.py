"""The permissive CommonMark parser: every link and image as the author wrote it.

For reading what a text field holds (the ``markdown-image`` rule; the export's
check of what its safe renderer refused), never for output. markdown-it-py is
imported on first use, so ``carekb --help`` does not pay for it.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from markdown_it import MarkdownIt


@cache
def permissive_parser() -> MarkdownIt:
    """CommonMark without raw HTML, accepting any link and image."""
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark", {"html": False})
    md.validateLink = lambda url: True  # type: ignore[method-assign]
    return md
