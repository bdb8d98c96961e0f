"""Every text field renders inert, in every format; the PDF fetches nothing; templates stay home.

tests/export/test_export_safety.py checks one hostile FAQ. Here every string
field the JSON Schemas define for every entry type (walked from the schemas,
so a new field is covered the day it is added), the approval's meaning, the
roster's names and credentials, and every URL field get a payload of markup,
event handlers, ``javascript:``/``data:`` links, remote images and
stylesheets (pointing at a loopback server that counts requests) and template
syntax. The entries are signed directly with the test-only key, skipping
lint: rendering must be safe even for content no rule looked at.
"""

from __future__ import annotations

import http.server
import json
import re
import threading
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from markdown_it import MarkdownIt
from pypdf import PdfReader

from carekb.render.environment import PACKAGED_TEMPLATES
from carekb.schemas import load_schema
from carekb.trust.approvals import make_approval
from carekb.trust.canonical import content_hash
from carekb.trust.keys import load_private_key
from export.export_helpers import (
    SIGNED_AT,
    copy_kb,
    export_cli,
    output_files,
    readable_text,
    record_signed_history,
    write_test_key,
)

# Fields that hold ids (links, authors, tags) or the review block: not text.
# Ids and references: a payload there makes an entry that cannot be exported at all.
NOT_TEXT = {
    "id",
    "type",
    "language",
    "tags",
    "authors",
    "review",
    "related",
    "applies_to",
    "symptoms",
}
NOT_TEXT_PATHS = {
    ("precautions",),
    ("sections", "*", "entries"),
    ("pictures", "*", "file"),  # a real drawing (below); its alt text and caption are payloads
    ("pictures", "*", "sha256"),  # written by the loader from the file's bytes
}
PICTURE = "kb/pictures/hostile.png"
KINDS = {"technique": "techniques", "precaution": "precautions", "faq": "faqs"}
OPTIONAL = "(not printed)"


# --- the schemas' text fields ------------------------------------------------------


def _resolve(node: dict[str, Any], defs: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        name = node["$ref"].rsplit("/", 1)[-1]
        node = {**defs[name], **{k: v for k, v in node.items() if k != "$ref"}}
    return node


def _walk(node: dict[str, Any], defs: dict[str, Any], path: tuple[str, ...]) -> Iterator[Any]:
    node = _resolve(node, defs)
    kinds = node.get("type")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    plain = not ({"enum", "const", "pattern"} & node.keys())
    if "string" in kinds and plain and node.get("format") not in ("date", "date-time"):
        yield path, node.get("format")
    if "object" in kinds:
        for key, sub in node.get("properties", {}).items():
            yield from _walk(sub, defs, (*path, key))
    if "array" in kinds and isinstance(node.get("items"), dict):
        yield from _walk(node["items"], defs, (*path, "*"))
    for alternative in node.get("oneOf", []) + node.get("anyOf", []):
        yield from _walk(alternative, defs, path)


def text_fields(kind: str) -> list[tuple[tuple[str, ...], str | None]]:
    """(path, format) of every free-text string field of ``kind``; ``*`` is a list item."""
    defs = load_schema("definitions")["$defs"]
    found = {}
    for path, fmt in _walk(load_schema(kind), defs, ()):
        if path[0] not in NOT_TEXT and path not in NOT_TEXT_PATHS:
            found[path] = fmt
    return sorted(found.items())


def test_the_schema_walk_finds_the_text_fields():
    faq = dict(text_fields("faq"))
    assert {("title",), ("answer",), ("question",), ("sources", "*", "url")} <= set(faq)
    assert faq[("sources", "*", "url")] == "uri"
    assert ("steps", "*") in dict(text_fields("technique"))
    assert ("sections", "*", "heading") in dict(text_fields("handout"))


# --- payloads --------------------------------------------------------------------------

_URL_PAYLOADS = [
    "javascript:alert('u{n}')",
    "JaVaScRiPt:alert('u{n}')",
    " javascript:alert('u{n}')",
    "java\tscript:alert('u{n}')",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "vbscript:msgbox('u{n}')",
    "file:///etc/passwd",
    "{base}/followed-link-{n}",
]


def text_payload(n: int, base: str) -> str:
    """Markup of every kind a browser or a PDF renderer might act on, marked M<n>M."""
    return (
        f"M{n}M <script>alert({n})</script> <img src=x onerror=alert({n})> "
        f'<a href="javascript:alert({n})" onclick="alert({n})">a{n}</a> '
        f"[j{n}](javascript:alert({n})) [d{n}](data:text/html;base64,PHNjcmlwdD4=) "
        f"<javascript:alert({n})> ![i{n}]({base}/md-image-{n}.png) "
        f'<img src="{base}/raw-image-{n}.png"> <link rel=stylesheet href="{base}/css-{n}.css"> '
        f"<style>@import url({base}/import-{n}.css);</style> <svg onload=alert({n})></svg> "
        f'<iframe src="{base}/frame-{n}"></iframe> <object data="{base}/object-{n}"></object> '
        f'<meta http-equiv="refresh" content="0;url={base}/refresh-{n}"> '
        f"{{{{ {n} * 1000000 + 7 }}}} {{% raw %}}"
    )


def _set(data: dict[str, Any], path: tuple[str, ...], value: Any) -> None:
    """Set ``path`` in ``data``, making the lists (one item) and mappings it needs."""
    node: Any = data
    for index, part in enumerate(path):
        last = index == len(path) - 1
        following = None if last else path[index + 1]
        if part == "*":
            if not node:
                node.append({} if following not in (None, "*") else None)
            if last:
                node[0] = value
            node = node[0]
            continue
        if last:
            node[part] = value
        else:
            if following == "*":
                node[part] = node.get(part) if isinstance(node.get(part), list) else []
            elif not isinstance(node.get(part), dict):
                node[part] = {}
            node = node[part]


# --- the knowledge base ------------------------------------------------------------


class _CountingHandler(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        self.server.requests.append(self.path)  # type: ignore[attr-defined]
        self.send_response(200)
        self.send_header("Content-Type", "image/png")
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def loopback() -> Iterator[tuple[str, list[str]]]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _CountingHandler)
    server.requests = []  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", server.requests  # type: ignore[attr-defined]
    finally:
        server.shutdown()
        server.server_close()


class _Payloads:
    """Numbered text payloads, remembering which field each one went into."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.fields: dict[int, str] = {}

    def __call__(self, where: str) -> str:
        number = len(self.fields) + 1
        self.fields[number] = where
        return text_payload(number, self.base)


def _entry(kind: str, payload: _Payloads, extra: dict[str, Any]) -> dict[str, Any]:
    """An entry of ``kind`` with a payload in every text field (URL fields: one source each)."""
    data: dict[str, Any] = {
        "id": f"hostile-{kind}",
        "type": kind,
        "language": "en",
        "tags": ["neck"],
        "authors": ["gold-author"],
        **extra,
    }
    for path, fmt in text_fields(kind):
        if fmt == "uri":
            urls = [u.format(n=90_000 + i, base=payload.base) for i, u in enumerate(_URL_PAYLOADS)]
            sources = data.setdefault(path[0], [])
            for i, url in enumerate(urls):
                if len(sources) <= i:
                    sources.append({})
                sources[i][path[-1]] = url
        else:
            _set(data, path, payload(f"{kind} {'.'.join(path)}"))
    for index, source in enumerate(data.get("sources", [])):
        if "title" not in source:
            source["title"] = payload(f"{kind} sources.{index}.title ({source['url']})")
    return data


def _drawing(root: Path) -> dict[str, str]:
    """A real PNG in the project for the technique's picture, and its digest as the
    loader records it (the approval signs it)."""
    import hashlib
    import io

    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), "white").save(buffer, format="PNG")
    data = buffer.getvalue()
    path = root / PICTURE
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return {"file": PICTURE, "sha256": "sha256:" + hashlib.sha256(data).hexdigest()}


def _sign(data: dict[str, Any], key: Any, meaning: str) -> None:
    approval = make_approval(
        data["id"], content_hash(data), "gold-reviewer", meaning, SIGNED_AT, key
    )
    data["review"] = {"status": "approved", "approvals": [approval], "next_review": "2027-03-02"}


@pytest.fixture(scope="module")
def hostile_site(
    tmp_path_factory: pytest.TempPathFactory, key_dir: Path, loopback: tuple[str, list[str]]
) -> tuple[Path, list[str], dict[int, str], str]:
    base, requests = loopback
    root = copy_kb(tmp_path_factory.mktemp("hostile-render") / "kb")
    key = load_private_key(write_test_key("gold-reviewer", key_dir))
    payload = _Payloads(base)
    links = {
        # 'none' so that precautions_reason is printed too.
        "technique": {"precautions": "none"},
        "precaution": {"applies_to": ["hostile-technique"], "severity": "warning"},
        "faq": {"related": ["hostile-technique", "neck-turns"]},
    }
    for kind, folder in KINDS.items():
        data = _entry(kind, payload, links[kind])
        if kind == "technique":
            data["dose"].update({"hold_seconds": 5, "repetitions": 3})
            data["pictures"][0].update(_drawing(root))
        # Only a handout prints its approval's meaning; this one is checked for inertness only.
        _sign(data, key, payload(f"{OPTIONAL} {kind} approval meaning"))
        (root / "kb" / folder / f"{data['id']}.yaml").write_text(json.dumps(data, indent=2))
        record_signed_history(root, data, key_dir)
    handout = _entry("handout", payload, {"paper": "A4"})
    handout["sections"][0]["entries"] = ["hostile-technique", "hostile-precaution", "hostile-faq"]
    _sign(handout, key, payload("handout approval meaning"))
    (root / "kb" / "handouts" / "hostile-handout.yaml").write_text(json.dumps(handout, indent=2))
    record_signed_history(root, handout, key_dir)
    # The signer's name and credentials are printed on every page they reviewed.
    people = root / "kb" / "people.yaml"
    name_payload, credential_payload = (
        payload("reviewer name on the roster"),
        f"PT<b onmouseover=x>{base}",
    )
    people.write_text(
        people.read_text()
        .replace("name: Rhea Reviewer", f"name: {json.dumps(name_payload)}")
        .replace("      - DPT", f"      - {json.dumps(credential_payload)}")
    )
    result = export_cli(root)
    return root / "exports", requests, payload.fields, result.output


def test_every_hostile_entry_is_exported(hostile_site):
    out, _, _, output = hostile_site
    for name in ("techniques/hostile-technique", "precautions/hostile-precaution"):
        assert (out / "html" / f"{name}.html").is_file(), output
    assert (out / "html" / "faqs" / "hostile-faq.html").is_file()
    assert (out / "pdf" / "hostile-handout.pdf").is_file()


def test_every_text_field_is_rendered_somewhere_as_text(hostile_site):
    # Otherwise the other tests would prove nothing about that field.
    out, _, fields, _ = hostile_site
    text = "\n".join(readable_text(path) for path in output_files(out))
    missing = [w for n, w in fields.items() if f"M{n}M" not in text and OPTIONAL not in w]
    assert missing == [], "\n".join(missing)


def test_the_pdf_renderer_and_the_export_fetched_nothing(hostile_site):
    _, requests, _, _output = hostile_site
    assert requests == []


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self._script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._script = tag == "script"

    def handle_endtag(self, tag: str) -> None:
        self._script = False

    def handle_data(self, data: str) -> None:
        if self._script:
            self.scripts.append(data)


_ACTIVE_TAGS = {"iframe", "object", "embed", "svg", "form", "base", "video", "audio"}
# Images only from the export's own assets (the handout's QR code, pictures), with alt text.
# Pictures are named by their digest: assets/pictures/<hex>.png, ../pictures/<hex>.png.
_OWN_IMAGE = re.compile(
    r"^(?:assets/[a-z0-9/-]+\.svg|(?:\.\./)*(?:assets/)?pictures/[0-9a-f]{24}\.(?:png|jpg))$"
)
# Links out (http, https, mailto), fragments, and the export's own relative files.
_SAFE_URL = re.compile(
    r"^(?:https?://|mailto:|#|(?:\.\./)*[a-z0-9._/-]+\.(?:html|md|css|png|svg)(?:#.*)?$)"
)


def assert_inert_html(html: str, where: str) -> None:
    """No element, attribute or URL in ``html`` that would run, load or send anything."""
    parser = _Tags()
    parser.feed(html)
    for tag, attrs in parser.tags:
        at = f"{where}: <{tag} {attrs}>"
        assert tag not in _ACTIVE_TAGS, at
        if tag == "img":
            assert _OWN_IMAGE.match(attrs.get("src") or "") and (attrs.get("alt") or "").strip(), at
        # The templates' own Content-Security-Policy is the only http-equiv allowed.
        assert (attrs.get("http-equiv") or "").lower() in ("", "content-security-policy"), at
        assert tag != "script" or attrs.get("type") == "application/ld+json", at
        assert tag != "style" or not attrs, at
        assert not [name for name in attrs if name.startswith("on")], at
        # A page's canonical link names its own address (site.url); it loads nothing.
        loads = tag == "link" and attrs.get("rel") != "canonical"
        assert not loads or not (attrs.get("href") or "").startswith("http"), at
        for name in ("href", "src", "action", "data", "formaction", "xlink:href", "style"):
            value = (attrs.get(name) or "").strip()
            assert not re.search(r"(javascript|data|vbscript|file):", value, re.I), at
            assert not value or _SAFE_URL.match(value), at
    for raw in parser.scripts:  # JSON-LD only, which cannot end its element
        assert "<" not in raw and json.loads(raw), where


@pytest.mark.parametrize("folder", ["html", "handout"])
def test_html_has_no_active_markup_from_content(hostile_site, folder):
    out, _, _, _ = hostile_site
    pages = [p for p in output_files(out / folder) if p.suffix == ".html"]
    assert pages
    for page in pages:
        assert_inert_html(page.read_text(encoding="utf-8"), str(page.relative_to(out)))


def test_template_syntax_in_content_is_never_evaluated(hostile_site):
    out, _, fields, _ = hostile_site
    text = "\n".join(readable_text(path) for path in output_files(out))
    assert "{{ 1 * 1000000 + 7 }}" in text or "{{ 1 \\* 1000000 + 7 }}" in text
    for n in fields:
        rest = text.replace(f"{{{{ {n} * 1000000 + 7 }}}}", "")
        # Alone, not inside a hash, key or timestamp that happens to hold those digits.
        # Seven digits or more: a CI run once failed on a lone "42007" that no template
        # made (untraced: the run's random port and content hashes are gone). Five
        # digits can be a port or a hash cut by a line wrap; seven almost never.
        evaluated = n * 1000000 + 7
        assert not re.search(rf"(?<![0-9A-Za-z+/:-]){evaluated}(?![0-9A-Za-z+/:-])", rest)


def test_markdown_stays_inert_where_html_passes_through(hostile_site):
    out, _, _, _ = hostile_site
    permissive = MarkdownIt("commonmark", {"html": True})
    permissive.validateLink = lambda url: True
    for path in output_files(out / "markdown"):
        if path.suffix != ".md":
            continue  # the pictures beside the pages
        # The front matter is data for the site generator, not Markdown to render.
        _, body = path.read_text(encoding="utf-8")[4:].split("\n---\n", 1)
        assert_inert_html(permissive.render(body), str(path))


def test_pdfs_hold_no_scripts_actions_files_or_odd_links(hostile_site):
    out, _, _, _ = hostile_site
    pdfs = list(output_files(out / "pdf"))
    assert pdfs
    for pdf in pdfs:
        raw = pdf.read_bytes()
        for name in (b"/JavaScript", b"/JS", b"/Launch", b"/EmbeddedFile", b"/SubmitForm"):
            assert name not in raw, (pdf.name, name)
        reader = PdfReader(pdf)
        assert reader.attachments == {}
        for page in reader.pages:
            for annotation in page.get("/Annots") or []:
                action = annotation.get_object().get("/A")
                uri = str(action.get_object().get("/URI", "")) if action else ""
                # A link is not a fetch: http(s) links stay links (see the request count).
                assert not uri or re.match(r"^(https?://|mailto:)", uri), (pdf.name, uri)
        text = readable_text(pdf)
        assert "<script>alert(" in text  # shown as text, not dropped silently


# --- templates cannot reach outside the project -----------------------------------

SECRET = "top secret outside the project"


@pytest.fixture
def secret_file(tmp_path: Path) -> Path:
    path = tmp_path / "secret.txt"
    path.write_text(SECRET)
    return path


_CONTENT = "{% block content %}\n"  # where the page's own part starts


def _override_entry_template(root: Path, line: str) -> None:
    path = root / "templates" / "html" / "entry.html"
    path.parent.mkdir(parents=True, exist_ok=True)
    base = (PACKAGED_TEMPLATES / "html" / "entry.html").read_text()
    assert _CONTENT in base
    path.write_text(base.replace(_CONTENT, _CONTENT + line, 1))


@pytest.mark.parametrize(
    "line",
    [
        "{% include '../../secret.txt' %}",
        "{% include 'html/../../../secret.txt' %}",
        "{% include '{secret}' %}",
        "{% import '{secret}' as secret %}",
        "{% extends '{secret}' %}",
        "{{ ''.__class__.__mro__[1].__subclasses__() }}",
        "{{ entry.__class__.__init__.__globals__ }}",
        "{{ cycler.__init__.__globals__.os.popen('cat {secret}').read() }}",
        "{{ lipsum.__globals__['os'].popen('cat {secret}').read() }}",
        "{{ self._TemplateReference__context }}",
        "{{ range.__self__.open('{secret}').read() }}",
    ],
    ids=[
        "include-dotdot",
        "include-nested-dotdot",
        "include-absolute",
        "import-absolute",
        "extends-absolute",
        "mro",
        "globals",
        "cycler",
        "lipsum",
        "context",
        "builtins-open",
    ],
)
def test_a_project_template_cannot_read_outside_the_project(signed, secret_file, line):
    _override_entry_template(signed, line.replace("{secret}", str(secret_file)))
    result = export_cli(signed, "--format", "html", expect=2)
    assert SECRET not in result.output
    assert "template" in result.output
    out = signed / "exports"
    assert not out.exists() or all(SECRET not in readable_text(p) for p in output_files(out))


def test_a_template_symlinked_to_a_file_outside_is_refused_unread(signed, secret_file):
    link = signed / "templates" / "html" / "secret.html"
    link.parent.mkdir(parents=True)
    link.symlink_to(secret_file)
    _override_entry_template(signed, "{% include 'html/secret.html' %}")
    result = export_cli(signed, "--format", "html", expect=2)
    assert "leads outside its templates folder" in result.output
    assert SECRET not in result.output
    assert not (signed / "exports").exists()


def test_a_templates_folder_symlinked_outside_the_project_is_refused(signed, tmp_path, secret_file):
    elsewhere = tmp_path / "elsewhere"
    (elsewhere / "html").mkdir(parents=True)
    (elsewhere / "html" / "entry.html").write_text("{% include 'html/base.html' %}" + SECRET)
    (signed / "templates").symlink_to(elsewhere)
    result = export_cli(signed, "--format", "html", expect=2)
    assert "leads outside its templates folder" in result.output
    assert not (signed / "exports").exists()
