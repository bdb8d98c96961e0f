"""Markdown: one file per entry, with YAML front matter for Hugo, Jekyll or MkDocs.

The front matter is written here, not in a template, with every value a JSON
scalar or list. JSON strings are valid YAML double-quoted strings, so no title
can turn into a YAML tag, an alias or a second key; the few characters some
YAML parsers read as line breaks are escaped as well.

The file passes markdownlint's default rules, which is what a site built from
it (mkdocs, Hugo) is usually checked with: the title is given once, in the
front matter (so the body's headings start at level 2), nothing is emphasis
standing in for a heading, and prose is wrapped at :data:`WIDTH` characters.
Wrapping never changes what the file says: a line is broken only where the
break cannot start a list, heading, quote or code block, and a file whose
wrapped form renders differently from its unwrapped form keeps long lines.
"""

from __future__ import annotations

import json
import re
from functools import partial
from typing import Any

from carekb.render.incremental import digest, format_inputs
from carekb.render.jobs import Job, RenderContext
from carekb.render.pictures import picture_jobs
from carekb.render.views import EntryView, WithdrawnView

OUT_DIR = "markdown"
WIDTH = 80  # markdownlint's MD013 default
# Characters YAML 1.1 parsers read as line breaks, and those YAML does not allow
# in a file at all (C1 controls, surrogates, U+FFFE, U+FFFF): written as escapes.
_YAML_UNSAFE = re.compile("[\u007f-\u009f\u2028\u2029\ufeff\ud800-\udfff\ufffe\uffff]")


def markdown_jobs(ctx: RenderContext) -> list[Job]:
    # A file is made from its entry's view alone (and the preview flag, which is among
    # the export's inputs): carekb.render.incremental copies it while those stand.
    made_with = format_inputs(ctx.inputs, ctx.templates, f"{OUT_DIR}/")
    jobs = [
        Job(
            f"{OUT_DIR}/{view.page}.md",
            partial(_entry_file, ctx, view),
            digest(made_with, f"{OUT_DIR}/{view.page}.md", view),
        )
        for view in (*ctx.views.entries, *ctx.views.handouts)
    ]
    jobs.extend(
        Job(
            f"{OUT_DIR}/{item.page}.md",
            partial(_withdrawn_file, ctx, item),
            digest(made_with, f"{OUT_DIR}/{item.page}.md", item),
        )
        for item in ctx.views.withdrawn
    )
    return [*jobs, *picture_jobs(ctx, OUT_DIR)]


def _withdrawn_file(ctx: RenderContext, item: WithdrawnView) -> bytes:
    """A retired entry's address: the notice, with front matter a site generator reads."""
    fields = {
        "id": item.id,
        "title": f"Withdrawn: {item.title}",
        "type": item.kind,
        "language": item.language,
        "withdrawn": item.date,
        "replaced_by": item.replaced_by.id if item.replaced_by else None,
    }
    lines = [f"{key}: {_yaml_scalar(value)}" for key, value in fields.items()]
    text = ctx.templates.render_markdown(
        "withdrawn.md", {"entry": item, "front_matter": "---\n" + "\n".join(lines) + "\n---"}
    )
    return wrap_markdown(_tidy(text)).encode("utf-8")


def _entry_file(ctx: RenderContext, view: EntryView) -> bytes:
    preview = ctx.plan.preview
    text = ctx.templates.render_markdown(
        f"{view.kind}.md",
        {"entry": view, "front_matter": front_matter(view, preview=preview), "preview": preview},
    )
    return wrap_markdown(_tidy(text)).encode("utf-8")


def front_matter(view: EntryView, *, preview: bool) -> str:
    """The ``---`` block: id, title, type, tags, last_reviewed, reviewed_by, next_review."""
    sign_off = view.sign_off
    fields: dict[str, Any] = {
        "id": view.id,
        "title": view.title,
        "type": view.kind,
        "tags": list(view.tags),
        "language": view.language,
        "description": view.summary.plain if view.summary is not None else None,
        "last_reviewed": sign_off.last_reviewed,
        "reviewed_by": [r.display for r in sign_off.reviewers],
        "next_review": sign_off.next_review,
        "content_hash": sign_off.content_hash,
    }
    if preview:
        fields["draft"] = True  # Hugo and Jekyll leave drafts out of a build
    lines = [f"{key}: {_yaml_scalar(value)}" for key, value in fields.items()]
    return "---\n" + "\n".join(lines) + "\n---"


def _yaml_scalar(value: Any) -> str:
    encoded = json.dumps(value, ensure_ascii=False)
    return _YAML_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", encoded)


def _tidy(text: str) -> str:
    """One blank line between blocks and one newline at the end, whatever the template did."""
    text = re.sub(r"[ \t]+\n", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip("\n") + "\n"


# A line inside a paragraph that starts with one of these could begin a new block.
_BLOCK_START = re.compile(r"^(?:[-+*#>=|~`]|\d{1,9}[.)](?:\s|$)|_{3,}|\[.*\]:)")
_ITEM = re.compile(r"^((?:> ?)*)(\s*(?:[-+*]|\d{1,9}[.)]) +)?")


def wrap_markdown(document: str) -> str:
    """``document`` with paragraphs and list items wrapped at :data:`WIDTH` characters."""
    lines = document.split("\n")
    body_start = _front_matter_end(lines)
    wrapped = lines[:body_start]
    fence = False
    for line in lines[body_start:]:
        if line.lstrip().startswith(("```", "~~~")):
            fence = not fence
        if fence or len(line) <= WIDTH or line.lstrip().startswith(("#", "|")):
            wrapped.append(line)
        else:
            wrapped.extend(_wrap_line(line))
    result = "\n".join(wrapped)
    if result == document or _rendered(result) == _rendered(document):
        return result
    return document


def _front_matter_end(lines: list[str]) -> int:
    if lines and lines[0] == "---":
        for number, line in enumerate(lines[1:], start=1):
            if line == "---":
                return number + 1
    return 0


def _wrap_line(line: str) -> list[str]:
    """One long line as several, continuation lines indented to stay in its list item."""
    match = _ITEM.match(line)
    assert match is not None  # every group is optional
    quote, marker = match.group(1), match.group(2) or ""
    indent = len(line[len(quote) + len(marker) :]) - len(line[len(quote) + len(marker) :].lstrip())
    lead = quote + marker + " " * indent
    rest = quote + " " * (len(marker) + indent)
    words = line[len(lead) :].split(" ")
    out: list[str] = []
    current = lead
    for word in words:
        fits = len(current) + 1 + len(word) <= WIDTH
        at_start = current in (lead,)
        # A break before a word that could start a block would change the document.
        if at_start or fits or not word or _BLOCK_START.match(word):
            current = current + word if at_start else f"{current} {word}"
        else:
            out.append(current)
            current = rest + word
    out.append(current)
    return out


def _rendered(document: str) -> str:
    """What ``document`` renders to, line breaks inside paragraphs read as spaces.

    Rendered by cmark, CommonMark's reference implementation (through cmarkgfm, whose
    plain ``markdown_to_html`` is CommonMark without GitHub's extensions): the check
    renders every file twice, and markdown-it-py took about 1.5 ms a page to cmark's
    0.03 ms, two thirds of a cold Markdown export. Both read the bundled pages alike
    (tests/export/test_export_markdown.py also checks a wrap with markdown-it-py)."""
    import cmarkgfm

    return re.sub(r"\s+", " ", cmarkgfm.markdown_to_html(document))
