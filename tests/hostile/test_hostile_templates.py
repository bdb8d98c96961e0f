"""A broken or runaway template is its author's error (exit 2, file, line), never a crash or hang.

Jinja's sandbox blocks Python internals but lets ordinary exceptions through
(``{}.pop("x")`` raises KeyError, a self-calling macro RecursionError) and
does not limit cost (two nested ``range(100000)`` loops render for hours).
Each case here overrides one template of the signed golden knowledge base and
runs the real ``carekb export``: it must stop with exit 2, name the template,
its line and the cause, and leave the previous export as it was.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from carekb.render import environment
from export.export_helpers import export_cli


def _override(root: Path, text: str, name: str = "html/entry.html") -> None:
    path = root / "templates" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


@pytest.mark.parametrize(
    ("template", "cause"),
    [
        ('{{ {}.pop("x") }}', "KeyError: 'x'"),
        ('{{ "{0.__class__}".format_map({"0": site}) }}', "IndexError: tuple index out of range"),
        ("{% macro f() %}{{ f() }}{% endmacro %}\n{{ f() }}", "RecursionError: maximum recursion"),
        ("{{ [][3] }}", "list object has no element 3"),
        ("{{ 1 // 0 }}", "ZeroDivisionError"),
    ],
    ids=["dict-pop", "format-map", "recursive-macro", "bad-index", "division"],
)
def test_an_exception_inside_a_template_names_the_template_line_and_cause(signed, template, cause):
    export_cli(signed)
    before = sorted(p.name for p in (signed / "exports").rglob("*"))
    _override(signed, "<p>first line</p>\n" + template + "\n")

    result = export_cli(signed, "--format", "html", expect=2)

    assert "templates/html/entry.html:" in result.output
    assert "template error:" in result.output and cause in result.output
    assert "internal error" not in result.output
    assert sorted(p.name for p in (signed / "exports").rglob("*")) == before


def test_the_line_named_is_the_line_that_failed(signed):
    _override(signed, "<p>one</p>\n<p>two</p>\n{{ {}.pop('x') }}\n")
    result = export_cli(signed, "--format", "html", expect=2)
    assert "templates/html/entry.html:3: template error: KeyError: 'x'" in result.output


@pytest.mark.parametrize(
    ("template", "limit"),
    [
        (
            "{% for i in range(100000) %}{% for j in range(100000) %}x{% endfor %}{% endfor %}",
            "steps",
        ),
        ("{% for i in range(100000) %}{{ 'y' * 1000 }}{% endfor %}", "characters of output"),
        ("{{ 'x' * 10**9 }}", "would build 1,000,000,000 items"),
        ("{{ 9 ** 999999 }}", "exponent of 999,999 is too large"),
    ],
    ids=["nested-loops", "output-flood", "huge-string", "huge-power"],
)
def test_a_runaway_template_stops_at_the_render_budget(signed, template, limit):
    _override(signed, template)
    started = time.monotonic()
    result = export_cli(signed, "--format", "html", expect=2)
    assert time.monotonic() - started < 60
    assert "templates/html/entry.html:1: template error: over the render budget" in result.output
    assert limit in result.output


def test_loops_the_step_count_cannot_see_stop_at_the_time_budget(signed, monkeypatch):
    """Nested loops over a plain list make no counted step; the CPU-time alarm stops them."""
    monkeypatch.setattr(environment, "BUDGET", environment.RenderBudget(seconds=0.5))
    _override(
        signed,
        "{% set l = range(100000) | list %}"
        "{% for i in l %}{% for j in l %}{% endfor %}{% endfor %}",
    )
    started = time.monotonic()
    result = export_cli(signed, "--format", "html", expect=2)
    assert time.monotonic() - started < 30
    assert "over the render budget: more than 0.5 s of rendering for one page" in result.output


def test_the_packaged_templates_stay_far_within_the_budget(signed, monkeypatch):
    """A hundredth of the budget is enough for every page of the golden export."""
    budget = environment.BUDGET
    tight = environment.RenderBudget(steps=budget.steps // 100, characters=budget.characters // 100)
    monkeypatch.setattr(environment, "BUDGET", tight)
    export_cli(signed)
