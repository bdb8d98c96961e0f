"""Text from YAML to HTML, Markdown, CSS strings, JSON-LD and front matter: always inert."""

from __future__ import annotations

import json
from html.parser import HTMLParser

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from carekb.render.escape import css_string, md_plain, md_url
from carekb.render.jsonld import script_json
from carekb.render.text import (
    safe_url,
    to_html,
    to_inline_html,
    to_plain,
    to_safe_markdown,
)

ALLOWED_TAGS = {"p", "em", "strong", "a", "ul", "ol", "li", "code", "pre", "br", "hr", "blockquote"}
# Text biased towards the characters that matter: markup, quotes, links, Markdown syntax.
hostile_text = st.text(
    alphabet=st.sampled_from(list("<>&\"'/=:()[]*_`#!-\n abcjsvSCRIPT")) | st.characters(),
    max_size=120,
)


class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def _tags(html: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = _Collect()
    parser.feed(html)
    return parser.tags


@settings(max_examples=300, deadline=None)
@given(hostile_text)
def test_markdown_html_has_only_safe_tags_and_links(source):
    for html in (to_html(source), to_inline_html(source)):
        for tag, attrs in _tags(str(html)):
            assert tag in ALLOWED_TAGS, (source, html)
            allowed = {"href"} if tag == "a" else {"start"} if tag == "ol" else set()
            assert set(attrs) <= allowed, (source, html)
            if tag == "a":
                assert safe_url(attrs["href"]) is not None, (source, html)


def test_raw_html_and_bad_links_stay_text():
    html = to_html(
        "<script>alert(1)</script> <img src=x onerror=alert(2)> "
        "[a](javascript:alert(3)) [b](https://example.org) ![c](http://169.254.169.254/x)"
    )
    assert "&lt;script&gt;" in html and "&lt;img" in html
    assert "<img" not in html and "javascript:" not in html.replace("(javascript:", "")
    assert '<a href="https://example.org">b</a>' in html
    assert 'href="http://169.254.169.254' in html  # a link, never an image that loads


def test_headings_in_text_do_not_add_headings_to_the_page():
    assert "<h1" not in to_html("# Big\n\nText\n===")


def test_a_link_without_text_is_named_by_its_url():
    assert str(to_inline_html("[](https://example.org)")) == (
        '<a href="https://example.org">https://example.org</a>'
    )


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.nhs.uk/", "https://www.nhs.uk/"),
        ("  http://example.org/a b", None),
        ("mailto:care@example.org", "mailto:care@example.org"),
        ("JavaScript:alert(1)", None),
        ("java\tscript:alert(1)", None),
        ("data:text/html,x", None),
        ("file:///etc/passwd", None),
        ("//evil.example/x", None),
        ("/relative", None),
        (None, None),
    ],
)
def test_safe_url(url, expected):
    assert safe_url(url) == expected


def test_plain_text_drops_markup_keeps_words():
    assert to_plain("Move *slowly*.\n\n- [NHS](https://nhs.uk) `code`") == "Move slowly. NHS code"


@settings(max_examples=200, deadline=None)
@given(hostile_text)
def test_safe_markdown_has_no_html_even_where_html_is_allowed(source):
    from markdown_it import MarkdownIt

    permissive = MarkdownIt("commonmark", {"html": True})
    permissive.validateLink = lambda url: True
    html = permissive.render(to_safe_markdown(source))
    for tag, attrs in _tags(html):
        assert tag in ALLOWED_TAGS | {"h1", "h2", "h3", "h4", "h5", "h6"}, (source, html)
        assert tag != "img"
        if tag == "a":
            assert safe_url(attrs.get("href")) is not None, (source, html)


@settings(max_examples=200, deadline=None)
@given(hostile_text)
def test_md_plain_shows_exactly_the_words(source):
    from markdown_it import MarkdownIt

    rendered = MarkdownIt("commonmark", {"html": True}).renderInline(md_plain(source))
    assert "<" not in rendered.replace("&lt;", "")
    assert not any(t in rendered for t in ("<em", "<strong", "<a ", "<code"))


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80))
def test_css_string_cannot_leave_its_string_or_the_style_element(value):
    encoded = str(css_string(value))
    assert encoded.startswith('"') and encoded.endswith('"')
    inner = encoded[1:-1]
    assert '"' not in inner and "'" not in inner
    assert "<" not in inner and "&" not in inner and "\n" not in inner
    assert _css_unescape(inner) == value


def _css_unescape(text: str) -> str:
    """Undo css_string's escapes the way a CSS parser does."""
    out, i = [], 0
    while i < len(text):
        if text[i] == "\\":
            j = i + 1
            while j < len(text) and j - i <= 6 and text[j] in "0123456789ABCDEFabcdef":
                j += 1
            out.append(chr(int(text[i + 1 : j], 16)))
            i = j + 1 if j < len(text) and text[j] == " " else j
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def test_md_url_keeps_a_link_destination_whole():
    assert md_url("https://example.org/a (b)<c>") == "https://example.org/a%20%28b%29%3Cc%3E"


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.text(max_size=10), st.text(max_size=40), max_size=4))
def test_json_ld_is_the_same_json_with_nothing_html_can_see(data):
    encoded = str(script_json(data))
    assert not any(ch in encoded for ch in "<>&\u2028\u2029")
    assert json.loads(encoded) == data


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_front_matter_title_parses_back_to_itself(title):
    from carekb.render.markdown import _yaml_scalar

    loaded = yaml.safe_load(f"title: {_yaml_scalar(title)}\n")
    assert loaded == {"title": title}
