"""Hostile content, templates and the output folder: what an export must never do.

Browser-level checks of the same hostile content (no script runs, no dialog
opens) are in test_export_browser.py.
"""

from __future__ import annotations

import http.server
import json
import re
import threading
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml
from markdown_it import MarkdownIt
from pypdf import PdfReader
from ruamel.yaml import YAML

from carekb.render.environment import PACKAGED_TEMPLATES
from export.export_helpers import (
    HOSTILE_TITLE,
    export_cli,
    hostile_kb,
    output_files,
)


@pytest.fixture(scope="module")
def hostile_export(tmp_path_factory: pytest.TempPathFactory, key_dir: Path) -> Path:
    root = hostile_kb(tmp_path_factory.mktemp("hostile") / "kb", key_dir)
    export_cli(root)
    return root / "exports"


class _Elements(HTMLParser):
    """Every start tag with its attributes, and the text between tags."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        (self.scripts if self._in_script else self.text).append(data)


def _parse(path: Path) -> _Elements:
    parser = _Elements()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def _html_files(out: Path) -> list[Path]:
    return [p for p in output_files(out) if p.suffix == ".html"]


def test_hostile_markup_is_never_markup_in_html(hostile_export):
    pages = _html_files(hostile_export)
    assert len(pages) >= 6
    for page in pages:
        doc = _parse(page)
        for tag, attrs in doc.tags:
            where = f"{page.relative_to(hostile_export)}: <{tag} {attrs}>"
            assert tag not in ("iframe", "object", "embed", "form", "base"), where
            if tag == "img":  # the project's own assets only (the QR code, pictures), with alt
                assert re.fullmatch(r"assets/[a-z0-9/-]+\.svg", attrs.get("src") or ""), where
                assert (attrs.get("alt") or "").strip(), where
            if tag == "script":
                assert attrs.get("type") == "application/ld+json", where
            assert not any(name.startswith("on") for name in attrs), where
            for name in ("href", "src", "action"):
                value = (attrs.get(name) or "").strip().lower()
                assert not value.startswith(("javascript:", "data:", "vbscript:")), where


def test_hostile_title_and_body_show_as_text(hostile_export):
    page = _parse(hostile_export / "html" / "faqs" / "hostile.html")
    text = "".join(page.text)
    assert HOSTILE_TITLE in text
    assert "<script>alert(6)</script>" in text
    assert "[Click me](javascript:alert(8))" in text
    links = [attrs.get("href") for tag, attrs in page.tags if tag == "a"]
    assert "https://www.nhs.uk/conditions/neck-pain/" in links


def test_json_ld_is_valid_and_cannot_end_its_script_element(hostile_export):
    page = _parse(hostile_export / "html" / "faqs" / "hostile.html")
    (raw,) = page.scripts
    assert "<" not in raw and ">" not in raw and "&" not in raw
    graph = json.loads(raw)["@graph"]
    types = [item["@type"] for item in graph]
    assert types == ["MedicalWebPage", "FAQPage"]
    assert graph[0]["name"] == HOSTILE_TITLE
    assert graph[0]["lastReviewed"] == "2026-03-02"
    assert graph[0]["reviewedBy"] == [
        {
            "@type": "Person",
            "name": "Rhea Reviewer",
            "honorificSuffix": "PT, DPT",
            "jobTitle": "Physiotherapist",
            "affiliation": {"@type": "Organization", "name": "Golden Test Clinic"},
            "hasCredential": [
                {"@type": "EducationalOccupationalCredential", "name": "PT"},
                {"@type": "EducationalOccupationalCredential", "name": "DPT"},
            ],
        }
    ]
    assert graph[1]["mainEntity"][0]["acceptedAnswer"]["text"].startswith("Stop if your pain")


def test_technique_pages_carry_how_to_steps(hostile_export):
    (raw,) = _parse(hostile_export / "html" / "techniques" / "neck-turns.html").scripts
    how_to = json.loads(raw)["@graph"][1]
    assert how_to["@type"] == "HowTo"
    assert [step["position"] for step in how_to["step"]] == [1, 2, 3, 4]


def _split_front_matter(path: Path) -> tuple[str, str]:
    text = path.read_text(encoding="utf-8")
    assert text.startswith("---\n")
    head, body = text[4:].split("\n---\n", 1)
    return head, body


def test_markdown_front_matter_parses_back_with_both_yaml_libraries(hostile_export):
    head, _ = _split_front_matter(hostile_export / "markdown" / "faqs" / "hostile.md")
    for data in (yaml.safe_load(head), YAML(typ="safe", pure=True).load(head)):
        assert data["id"] == "hostile"
        assert data["title"] == HOSTILE_TITLE
        assert data["type"] == "faq"
        assert data["tags"] == ["neck"]
        assert data["last_reviewed"] == "2026-03-02"
        assert data["reviewed_by"] == ["Rhea Reviewer, PT, DPT"]
        assert data["next_review"] == "2027-03-02"


def test_markdown_stays_inert_in_a_renderer_that_passes_html_through(hostile_export):
    # Jekyll's kramdown and Python-Markdown pass raw HTML through; so does this.
    permissive = MarkdownIt("commonmark", {"html": True})
    permissive.validateLink = lambda url: True
    for path in output_files(hostile_export / "markdown"):
        _, body = _split_front_matter(path)
        html = permissive.render(body).lower()
        assert "<script" not in html and "<img" not in html and "<b " not in html, path
        assert 'href="javascript:' not in html, path


def test_pdf_holds_the_markup_as_text_and_no_javascript(hostile_export):
    pdf = hostile_export / "pdf" / "neck-care.pdf"
    assert b"/JavaScript" not in pdf.read_bytes() and b"/JS" not in pdf.read_bytes()
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "<script>alert(6)</script>" in text


# --- templates ---------------------------------------------------------------


def _write_template(root: Path, name: str, text: str) -> Path:
    path = root / "templates" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def test_a_project_template_overrides_the_packaged_one_by_name(signed_golden):
    _write_template(
        signed_golden,
        "html/entry.html",
        '{% extends "html/base.html" %}\n{% block main %}<h1>{{ entry.title }}</h1>\n'
        "<p>OVERRIDDEN {{ entry.kind }}</p>{% endblock %}\n",
    )
    _write_template(
        signed_golden, "markdown/faq.md", "{{ front_matter }}\n# Q: {{ entry.title }}\n"
    )
    export_cli(signed_golden)
    out = signed_golden / "exports"
    assert "OVERRIDDEN technique" in (out / "html/techniques/neck-turns.html").read_text()
    assert "# Q: How often" in (out / "markdown/faqs/how-often.md").read_text()
    # Templates that were not overridden still come from the package.
    assert "Self-care information from" in (out / "html/index.html").read_text()
    assert "## Why it helps" in (out / "markdown/techniques/neck-turns.md").read_text()


def test_autoescape_holds_for_any_template_name(tmp_path, key_dir):
    root = hostile_kb(tmp_path / "kb", key_dir)
    _write_template(root, "html/extra.html.j2", "<p class=x>{{ entry.title }}</p>\n")
    base = (PACKAGED_TEMPLATES / "html" / "entry.html").read_text()
    content = "{% block content %}\n"  # where the page's own part starts
    assert content in base
    _write_template(
        root,
        "html/entry.html",
        base.replace(content, content + '{% include "html/extra.html.j2" %}'),
    )
    export_cli(root)
    page = (root / "exports/html/faqs/hostile.html").read_text()
    assert "<p class=x>Is &lt;script&gt;alert(1)&lt;/script&gt;" in page


_HEAD = '{% extends "html/base.html" %}\n{% block main %}\n<h1>\n'


@pytest.mark.parametrize(
    ("line_four", "says"),
    [
        ("{{ entry.titel }}", "titel"),
        ("{{ entry.title | }}", "expected token"),
        ("{{ entry.__class__ }}", "unsafe"),
        ("{{ entry.summary }}", ".html, .inline, .plain or .markdown"),
    ],
    ids=["undefined", "syntax", "sandbox", "bare-text"],
)
def test_a_broken_template_fails_naming_its_file_and_line(signed_golden, line_four, says):
    _write_template(signed_golden, "html/entry.html", f"{_HEAD}{line_four}\n{{% endblock %}}\n")
    result = export_cli(signed_golden, expect=2)
    assert "templates/html/entry.html:4: template error" in result.output
    assert says in result.output


def test_a_failed_export_leaves_the_previous_one_untouched(signed_golden):
    export_cli(signed_golden)
    out = signed_golden / "exports"
    before = {p: p.read_bytes() for p in output_files(out)}
    _write_template(signed_golden, "markdown/faq.md", "{{ entry.no_such_field }}\n")
    result = export_cli(signed_golden, expect=2)
    assert "templates/markdown/faq.md:1: template error" in result.output
    assert {p: p.read_bytes() for p in output_files(out)} == before
    # No staging folder is left behind (.carekb-cache, the lint and export cache, may be).
    leftovers = [p.name for p in signed_golden.iterdir() if p.name.endswith(".carekb-tmp")]
    assert leftovers == []


# --- the output folder ----------------------------------------------------------


def test_export_refuses_a_non_empty_folder_it_did_not_create(signed_golden, tmp_path):
    folder = tmp_path / "my-documents"
    folder.mkdir()
    (folder / "notes.txt").write_text("precious")
    result = export_cli(signed_golden, "--out", folder, expect=2)
    assert "is not empty and was not created by carekb export" in result.output
    assert (folder / "notes.txt").read_text() == "precious"
    assert sorted(p.name for p in folder.iterdir()) == ["notes.txt"]


def test_export_refuses_the_project_root_and_a_file(signed_golden, tmp_path):
    export_cli(signed_golden, "--out", signed_golden, expect=2)
    assert (signed_golden / "kb" / "people.yaml").is_file()
    a_file = tmp_path / "file.txt"
    a_file.write_text("x")
    export_cli(signed_golden, "--out", a_file, expect=2)
    assert a_file.read_text() == "x"


def test_preview_cannot_be_pointed_into_a_foreign_folder(signed_golden, tmp_path):
    folder = tmp_path / "site"
    folder.mkdir()
    (folder / "index.html").write_text("mine")
    export_cli(signed_golden, "--preview", "--out", folder, expect=2)
    assert sorted(p.name for p in folder.iterdir()) == ["index.html"]


def test_export_into_an_empty_folder_and_again_into_its_own(signed_golden, tmp_path):
    folder = tmp_path / "empty"
    folder.mkdir()
    export_cli(signed_golden, "--out", folder)
    assert (folder / ".carekb-export").is_file()
    (folder / "stray.txt").write_text("left by hand")
    export_cli(signed_golden, "--out", folder)
    assert not (folder / "stray.txt").exists()  # replaced whole, as documented


def test_preview_goes_beside_the_site_and_a_real_export_never_holds_it(signed_golden):
    result = export_cli(signed_golden, "--preview")
    out, preview = signed_golden / "exports", signed_golden / "preview"
    assert "previewed 4 of 4 entries" in result.output
    assert (preview / "html" / "precautions" / "stop-if-dizzy.html").is_file()
    assert not out.exists()
    for page in _html_files(preview):
        assert "Draft: not clinically reviewed" in page.read_text(), page
    export_cli(signed_golden)
    assert not (out / "preview").exists()
    assert not (out / "html" / "precautions" / "stop-if-dizzy.html").exists()


# --- the PDF fetches nothing --------------------------------------------------


class _CountingHandler(http.server.BaseHTTPRequestHandler):
    requests: list[str] = []  # noqa: RUF012 - shared on purpose: the test reads it

    def do_GET(self) -> None:
        self.requests.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "text/css")
        self.end_headers()
        self.wfile.write(b"body { color: red }")

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def local_server() -> Iterator[tuple[str, list[str]]]:
    _CountingHandler.requests = []
    server = http.server.HTTPServer(("127.0.0.1", 0), _CountingHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", _CountingHandler.requests
    finally:
        server.shutdown()
        server.server_close()


def test_pdf_rendering_fetches_nothing_but_template_assets(signed_golden, local_server):
    base, requests = local_server
    handout = (PACKAGED_TEMPLATES / "handout" / "handout.html").read_text()
    extra = (
        f'<link rel="stylesheet" href="{base}/evil.css">\n'
        '<link rel="attachment" href="file:///etc/hostname">\n'
        f'<link rel="stylesheet" href="{base}/@import.css">\n'
        '<link rel="stylesheet" href="assets/../../../../etc/passwd">\n'
    )
    _write_template(
        signed_golden, "handout/handout.html", handout.replace("</head>", extra + "</head>")
    )
    _write_template(
        signed_golden, "handout/assets/print.css", "body { font-size: 12pt }\n/* mine */\n"
    )
    result = export_cli(signed_golden, "--format", "pdf", "--format", "handout")
    assert requests == []
    assert f"refused to fetch {base}/evil.css" in result.output
    assert "refused to fetch file:///etc/hostname" in result.output
    pdf = signed_golden / "exports" / "pdf" / "neck-care.pdf"
    reader = PdfReader(pdf)
    assert len(reader.pages) >= 1
    assert reader.attachments == {}
    copied = signed_golden / "exports" / "handout" / "assets" / "print.css"
    assert copied.read_text().endswith("/* mine */\n")
