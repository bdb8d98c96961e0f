"""Markdown: one file per entry, with YAML front matter for Hugo, Jekyll or MkDocs.

The front matter is written here, not in a template, with every value a JSON
scalar or list. JSON strings are valid YAML double-quoted strings, so no title
can turn into a YAML tag, an alias or a second key; the few characters some
YAML parsers read as line breaks are escaped as well.
"""

from __future__ import annotations

import json
import re
from functools import partial
from typing import Any

from carekb.render.jobs import Job, RenderContext
from carekb.render.pictures import picture_jobs
from carekb.render.views import EntryView

OUT_DIR = "markdown"
# Characters YAML 1.1 parsers read as line breaks, and those YAML does not allow
# in a file at all (C1 controls, surrogates, U+FFFE, U+FFFF): written as escapes.
_YAML_UNSAFE = re.compile("[\u007f-\u009f\u2028\u2029\ufeff\ud800-\udfff\ufffe\uffff]")


def markdown_jobs(ctx: RenderContext) -> list[Job]:
    jobs = [
        Job(f"{OUT_DIR}/{view.page}.md", partial(_entry_file, ctx, view))
        for view in (*ctx.views.entries, *ctx.views.handouts)
    ]
    return [*jobs, *picture_jobs(ctx, OUT_DIR)]


def _entry_file(ctx: RenderContext, view: EntryView) -> bytes:
    preview = ctx.plan.preview
    text = ctx.templates.render_markdown(
        f"{view.kind}.md",
        {"entry": view, "front_matter": front_matter(view, preview=preview), "preview": preview},
    )
    return _tidy(text).encode("utf-8")


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
