"""Text fields from YAML to safe HTML, safe Markdown and plain text.

Entries may use a small Markdown subset (emphasis, lists, links). Everything
here treats that text as untrusted:

- HTML comes from markdown-it-py with raw HTML off (``<script>`` becomes
  text), images off (an image is a request to someone else's server), headings
  off (a page has one ``h1`` and its own outline), and links limited to http,
  https and mailto. The result is wrapped in :class:`~markupsafe.Markup` here,
  after markdown-it has escaped it, so templates never need ``|safe``.
- Markdown for the Markdown export is the author's text with the same
  guarantees restated for renderers that *do* pass raw HTML through (Jekyll's
  kramdown, Python-Markdown): ``<`` becomes ``&lt;`` and a field holding a
  refused link or an image has its brackets escaped, so it shows as text.
  (Inside a code span that ``&lt;`` shows as written: patient text has no
  code, and safety wins over that corner.)
- Reference-style links are resolved within their own field: a Markdown file
  holds many fields, and a definition left in it (``[nhs]: javascript:...``
  in a step) would serve a reference in any other field (``[the guide][nhs]``
  in the purpose), where the HTML export, rendering each field alone, never
  let it. So each field's references become inline links and its definitions
  go; the result is checked to render exactly as the field did alone, and a
  field that does not is written with its brackets escaped (text, no links).

markdown-it-py is imported on first use, so ``carekb lint`` never pays for it.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from markupsafe import Markup

from carekb.commonmark import permissive_parser

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

ALLOWED_SCHEMES = ("http", "https", "mailto")
_SCHEME = re.compile(r"^\s*([a-zA-Z][a-zA-Z0-9+.-]*):")
# Rules switched off: see the module docstring for why each one goes.
_DISABLED_RULES = ["image", "heading", "lheading"]


def safe_url(url: object) -> str | None:
    """``url`` if it is an absolute http, https or mailto URL, else ``None``.

    Autoescaping makes a URL safe inside an attribute but not safe to follow:
    ``javascript:`` survives escaping, so every URL from YAML passes here.
    """
    if not isinstance(url, str):
        return None
    match = _SCHEME.match(url)
    if match is None or match.group(1).lower() not in ALLOWED_SCHEMES:
        return None
    if any(ord(ch) < 0x20 or ch.isspace() for ch in url.strip()):
        return None
    return url.strip()


def _validate_link(url: str) -> bool:
    return safe_url(url) is not None


@cache
def _parser() -> MarkdownIt:
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.disable(_DISABLED_RULES)
    # markdown-it calls validateLink on every link and autolink it parses.
    md.validateLink = _validate_link  # type: ignore[method-assign]
    return md


def to_html(source: str) -> Markup:
    """Block Markdown (paragraphs, lists) as safe HTML."""
    md = _parser()
    return _render(md, md.parse(source))


def to_inline_html(source: str) -> Markup:
    """Inline Markdown (emphasis, links) as safe HTML, for list items and headings."""
    md = _parser()
    return _render(md, md.parseInline(source))


def _render(md: MarkdownIt, tokens: list[Token]) -> Markup:
    for token in tokens:
        if token.children:
            _name_empty_links(token.children)
    return Markup(md.renderer.render(tokens, md.options, {}))


def _name_empty_links(children: list[Token]) -> None:
    """Give ``[](url)`` its URL as text: a link with no name fails WCAG 2.4.4."""
    from markdown_it.token import Token

    for index in range(len(children) - 1, 0, -1):
        if children[index].type == "link_close" and children[index - 1].type == "link_open":
            href = str(children[index - 1].attrs.get("href", ""))
            children.insert(index, Token("text", "", 0, content=href))


def to_plain(source: str) -> str:
    """The words of a Markdown text without its markup (for meta tags and JSON-LD)."""
    md = _parser()
    words: list[str] = []
    for block in md.parse(source):
        if block.type == "inline" and block.children:
            if words:
                words.append(" ")
            words.extend(
                child.content if child.type in ("text", "code_inline") else " "
                for child in block.children
                if child.type in ("text", "code_inline", "softbreak", "hardbreak")
            )
    return re.sub(r"\s+", " ", "".join(words)).strip()


def to_safe_markdown(source: str) -> str:
    """The author's Markdown, restated so no renderer can find HTML or a bad link in it,
    and holding no link reference definition (see the module docstring)."""
    text = _inline_references(source).replace("<", "&lt;")
    if _has_refused_link(text):
        text = text.replace("[", "\\[").replace("]", "\\]")
    return text


def _has_refused_link(source: str) -> bool:
    # Every CommonMark link and image starts with "[" (autolinks need "<", which
    # the caller has escaped): without one there is nothing to parse for.
    if "[" not in source:
        return False
    for block in permissive_parser().parse(source):
        for child in block.children or []:
            if child.type == "image":
                return True
            if child.type == "link_open" and safe_url(child.attrs.get("href")) is None:
                return True
    return False


_DEFINITION = re.compile(r"^ {0,3}\[(?:[^\[\]\\]|\\.)+\]:.*(?:\n|$)", re.MULTILINE)
_FULL_REFERENCE = re.compile(r"\[((?:[^\[\]\\]|\\.)*)\]\[((?:[^\[\]\\]|\\.)*)\]")
_SHORT_REFERENCE = re.compile(r"(?<![\]\\])\[((?:[^\[\]\\]|\\.)+)\](?![\[(:])")


def _inline_references(source: str) -> str:
    """``source`` with each reference-style link written inline and no definitions left.

    Returns the source itself when it defines nothing. When the rewrite does not
    render exactly as the source did (a definition inside a list item, a label
    the patterns miss), every bracket is escaped instead: text, no link.
    """
    if "[" not in source or "]:" not in source:
        return source
    from markdown_it.common.utils import normalizeReference

    md = permissive_parser()
    env: dict[str, object] = {}
    expected = md.render(source, env)
    references = env.get("references")
    if not isinstance(references, dict) or not references:
        return source

    def inline(label: str, shown: str) -> str | None:
        found = references.get(normalizeReference(label))
        if not isinstance(found, dict):
            return None
        title = str(found.get("title") or "")
        titled = ' "' + title.replace("\\", "\\\\").replace('"', '\\"') + '"' if title else ""
        return f"[{shown}]({found.get('href', '')}{titled})"

    def full(match: re.Match[str]) -> str:
        label = match.group(2) or match.group(1)
        return inline(label, match.group(1)) or match.group(0)

    def short(match: re.Match[str]) -> str:
        return inline(match.group(1), match.group(1)) or match.group(0)

    rewritten = _SHORT_REFERENCE.sub(short, _FULL_REFERENCE.sub(full, _DEFINITION.sub("", source)))
    check: dict[str, object] = {}
    if md.render(rewritten, check) == expected and not check.get("references"):
        return rewritten
    return source.replace("[", "\\[").replace("]", "\\]")
