"""The Markdown export: one field's link definitions never serve another field, and
wrapping the prose never changes what a renderer shows."""

from __future__ import annotations

import re
from pathlib import Path

from markdown_it import MarkdownIt

from carekb.render.markdown import WIDTH, wrap_markdown
from export.export_helpers import approve, copy_kb, export_cli


def _links(markdown: str) -> list[str]:
    """Every link href a renderer that does not filter schemes would make of ``markdown``."""
    md = MarkdownIt("commonmark", {"html": False})
    md.validateLink = lambda url: True  # type: ignore[method-assign]
    return re.findall(r'<a href="([^"]*)"', md.render(markdown))


def _set_field(path: Path, key: str, value: str) -> None:
    text = path.read_text()
    pattern = re.compile(rf"(?ms)^{key}:.*?(?=^\S)")
    assert pattern.search(text), key
    path.write_text(pattern.sub(lambda _: f"{key}: |-\n" + _indent(value), text, count=1))


def _indent(value: str) -> str:
    return "".join(f"  {line}\n" if line else "\n" for line in value.split("\n"))


def test_a_link_definition_in_one_field_never_serves_another(tmp_path: Path, key_dir: Path) -> None:
    root = copy_kb(tmp_path / "kb")
    technique = root / "kb" / "techniques" / "neck-turns.yaml"
    # The attack: a definition hidden in one field, used by a reference in another.
    _set_field(technique, "purpose", "Turning your head slowly helps. See [the guide][nhs].")
    text = technique.read_text()
    text = text.replace(
        "  - Do the same on the left side.\n",
        "  - |-\n    Do the same on the left side.\n\n    [nhs]: javascript:alert(1)\n",
    )
    # A definition used in its own field is resolved there, as the HTML page does.
    text = text.replace(
        "  - Sit up tall in a chair with your feet flat on the floor.\n",
        "  - |-\n    Sit up tall in a [firm chair][c].\n\n"
        "    [c]: https://www.nhs.uk/conditions/neck-pain/\n",
    )
    technique.write_text(text)
    approve(root, ["go-slowly", "neck-turns"], key_dir)
    out = tmp_path / "out"
    export_cli(root, "--out", out, "--format", "markdown", "--format", "html")
    page = (out / "markdown" / "techniques" / "neck-turns.md").read_text()
    assert "javascript" not in page
    assert not re.search(r"(?m)^\s*\[[^\]]+\]:", page), "no definition is left in the file"
    links = _links(page)
    assert "https://www.nhs.uk/conditions/neck-pain/" in links
    assert not [href for href in links if not href.startswith(("https:", "../"))], links
    assert "[firm chair](https://www.nhs.uk/conditions/neck-pain/)" in page
    assert "[the guide][nhs]" in page  # shown as the words the author wrote, not a link
    html = (out / "html" / "techniques" / "neck-turns.html").read_text()
    assert 'href="javascript' not in html.lower()


def test_a_line_whose_wrap_would_break_a_link_keeps_its_length() -> None:
    # The break the wrapper would choose falls inside a link's <...> address, where a
    # space may stand but a line break may not: wrapped, the link would be lost. The
    # check (cmark, CommonMark's reference) sees the page render differently and keeps
    # the line whole; markdown-it-py, which renders the HTML export, agrees.
    head = "[leaflet](<my"
    filler = ("word " * 20)[: WIDTH - len(head) - 1].ljust(WIDTH - len(head) - 1, "x")
    document = f"{filler} {head} file.pdf>) for more on this and on that too\n"
    assert wrap_markdown(document) == document
    md = MarkdownIt("commonmark", {"html": False})
    broken = document.replace("<my ", "<my\n")
    assert 'href="my%20file.pdf"' in md.render(document)
    assert "href" not in md.render(broken)


def test_wrapping_keeps_what_a_renderer_shows() -> None:
    words = (
        "Stretch gently - 1. do not bounce # never force + keep breathing > relax "
        "= slowly ` code and *some emphasis that runs across the place where the line "
        "breaks* and [a link whose words are long](https://www.nhs.uk/conditions/neck-pain/) "
        "10) the end\\"
    )
    document = f'---\ntitle: "x"\n---\n{words} tail\n\n- {words}\n\n1. {words}\n\n> {words}\n'
    wrapped = wrap_markdown(document)
    md = MarkdownIt("commonmark", {"html": False})
    assert " ".join(md.render(wrapped).split()) == " ".join(md.render(document).split())
    assert wrapped != document
    body = wrapped.split("---\n", 2)[2]
    for line in body.splitlines():
        assert len(line) <= WIDTH or " " not in line[WIDTH:], line
