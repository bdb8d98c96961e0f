"""Health claims cite sources, and the sources are sound.

- Techniques and precautions cite at least one source under ``sources``.
- Every source ``url`` is a well-formed ``https`` address with a real host
  name: plain ``http`` can be altered on the way, and a reviewer must be able
  to open it.
- An ``accessed`` date is not in the future (a typo, or a copied template).
- The same address is not listed twice in one entry (compared without the
  scheme, case in the host, a trailing ``/`` or a ``#fragment``).

Options:

- ``required_for``: the entry types that must cite at least one source.
- ``schemes``: the URL schemes allowed.

Passing example::

    sources:
      - title: Back pain
        url: https://www.nhs.uk/conditions/back-pain/
        accessed: 2026-01-15

Failing example (no https, and a date in the future)::

    sources:
      - title: Back pain
        url: http://www.nhs.uk/conditions/back-pain/
        accessed: 2999-01-01
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import SplitResult, urlsplit

from carekb.clock import parse_date
from carekb.model import Entry, Finding, JsonPath, Level
from carekb.validate.context import RuleContext
from carekb.validate.wordlists import strings

ID = "sources"
LEVEL = Level.ERROR
OPTIONS: dict[str, Any] = {"required_for": ["technique", "precaution"], "schemes": ["https"]}
# Findings about an entry depend only on its own file (and the roster, the
# config and the date), so the engine may check entries in parallel.
LOCAL = True

# A host name: dot-separated labels of letters, digits and inner hyphens, with
# a top-level part of letters (or an internationalised "xn--" label).
_HOST = re.compile(
    r"^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$"
)


def check(ctx: RuleContext) -> Iterator[Finding]:
    required = set(strings(ctx, "required_for"))
    schemes = {s.lower() for s in strings(ctx, "schemes")}
    for entry in ctx.kb.entries:
        if entry.kind in required and not entry.fields.sources:
            yield _missing(ctx, entry)
        yield from _check_sources(ctx, entry, schemes)


def _missing(ctx: RuleContext, entry: Entry) -> Finding:
    path: JsonPath = ("sources",) if "sources" in entry.data else ("title",)
    return ctx.at(
        entry.doc,
        path,
        f"a {entry.kind} must cite at least one source: add a sources list with the title "
        "and https address of a reputable page (NHS, MedlinePlus, a professional body)",
        key=True,
        entry_id=entry.id,
    )


def _check_sources(ctx: RuleContext, entry: Entry, schemes: set[str]) -> Iterator[Finding]:
    seen: dict[str, int] = {}
    for source in entry.fields.sources:
        index, url = source.index, source.url
        if url is not None:
            problem = url_problem(url, schemes)
            if problem:
                yield ctx.at(entry.doc, ("sources", index, "url"), problem, entry_id=entry.id)
            key = _normalised(url)
            if key in seen:
                first = entry.doc.position(("sources", seen[key], "url"))
                yield ctx.at(
                    entry.doc,
                    ("sources", index, "url"),
                    f"the same source is already listed on line {first.line}: remove one",
                    entry_id=entry.id,
                )
            else:
                seen[key] = index
        accessed = parse_date(source.accessed)
        if accessed is not None and accessed > ctx.today:
            yield ctx.at(
                entry.doc,
                ("sources", index, "accessed"),
                f"accessed date {accessed.isoformat()} is in the future (today is "
                f"{ctx.today.isoformat()}): write the date you last checked the page",
                entry_id=entry.id,
            )


def url_problem(url: str, schemes: set[str]) -> str:
    """What is wrong with ``url`` as a source address, or "" if nothing is."""
    # split() cuts where str.isspace() says a character is a space, at C's pace.
    if url != url.strip() or (url and url.split() != [url]):
        return f"source address {url!r} contains spaces: remove them or encode them as %20"
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError:
        return f"source address {url!r} is not a well-formed URL"
    allowed = " or ".join(sorted(schemes))
    if parts.scheme.lower() not in schemes:
        if parts.scheme.lower() == "http" and "https" in schemes:
            return f"source address {url!r} uses http: use the https address of the page"
        return f"source address {url!r} must start with {allowed}://"
    return _host_problem(url, parts)


def _host_problem(url: str, parts: SplitResult) -> str:
    if parts.username or parts.password:
        return f"source address {url!r} contains a user name or password: remove it"
    host = (parts.hostname or "").rstrip(".")
    if not _HOST.match(host):
        return f"source address {url!r} has no valid host name (like www.nhs.uk)"
    return ""


def _normalised(url: str) -> str:
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return url.strip().lower()
    path = parts.path.rstrip("/")
    return f"//{parts.netloc.lower()}{path}?{parts.query}"
