"""Escaping for the places HTML autoescaping does not reach: CSS strings, Markdown;
and the page title's length.

These are Jinja filters. Each returns text that is inert where the template
puts it, whatever the YAML held, which is why the templates never need
``|safe`` on content.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

from markupsafe import Markup

_CSS_PLAIN = re.compile(r"[A-Za-z0-9 ]")
_MD_SPECIAL = re.compile(r"([\\`*_\[\]#|~])")
_MD_URL_ESCAPES = {" ": "%20", "<": "%3C", ">": "%3E", "(": "%28", ")": "%29"}


def css_string(value: object) -> Markup:
    """``value`` as a quoted CSS string, every other character a hex escape.

    The result holds no quote, backslash-sequence, ``<`` or ``&`` a browser
    could read as the end of the string or of the ``<style>`` element, so it is
    :class:`Markup` (safe in an HTML ``<style>`` block as it is).
    """
    out = []
    for char in str(value):
        if _CSS_PLAIN.fullmatch(char):
            out.append(char)
        else:
            # The space ends the escape and is consumed by the CSS parser, so a
            # real space or hex digit after it stays a character of its own.
            out.append(f"\\{ord(char):X} ")
    return Markup('"' + "".join(out) + '"')


def md_plain(value: object) -> str:
    """Plain text (a title, a name) that Markdown shows exactly as written."""
    text = str(value).replace("&", "&amp;").replace("<", "&lt;")
    text = _MD_SPECIAL.sub(r"\\\1", text)
    return " ".join(text.split())  # a newline could start a heading or a list


def md_url(value: object) -> str:
    """A URL (already checked by ``safe_url``) for a Markdown ``(<...>)`` destination."""
    text = str(value)
    for raw, escaped in _MD_URL_ESCAPES.items():
        text = text.replace(raw, escaped)
    return text


# Search engines cut titles near 60 characters and html-validate's long-title rule
# refuses more than 70: the page's <h1> keeps the whole title.
TITLE_LIMIT = 70


def page_title(title: object, site: object = None) -> str:
    """The ``<title>`` of a page: ``Title | Site`` when it fits in :data:`TITLE_LIMIT`
    characters, else the title alone, else the title cut at a word with an ellipsis."""
    words = " ".join(str(title).split())
    if site:
        combined = f"{words} | {' '.join(str(site).split())}"
        if len(combined) <= TITLE_LIMIT:
            return combined
    if len(words) <= TITLE_LIMIT:
        return words
    cut = words[: TITLE_LIMIT - 1]
    if " " in cut:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:.-|") + "…"


FILTERS: Mapping[str, Callable[..., Any]] = {
    "css_string": css_string,
    "md_plain": md_plain,
    "md_url": md_url,
    "page_title": page_title,
}
