"""Fuzzing templates: random template text never crashes carekb and never outruns the budget.

Each example writes a template made of random pieces (Jinja syntax, loops
over large ranges, self-calling macros and includes, huge strings and powers,
blocked attributes, plain text) over ``templates/html/entry.html`` of the
signed golden knowledge base and runs the real ``carekb export --format
html``. Whatever the text, the export ends with 0 (the template works), 1 or
2 (the template's error, named), never 3 (carekb's own bug), and within the
render budget (made small here, so the examples stay quick) plus a margin.
Derandomized, so CI sees the same examples every run.
"""

from __future__ import annotations

import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from carekb.render import environment
from export.export_helpers import export_cli

BUDGET_SECONDS = 0.5
# Pages rendered by one export of the golden knowledge base as HTML, each with
# its own budget, plus start-up and the gate.
MARGIN_SECONDS = 30.0

_PIECES = [
    "{{ ",
    " }}",
    "{% ",
    " %}",
    "{# ",
    " #}",
    "{{ entry.title }}",
    "{{ site }}",
    "{{ {}.pop('x') }}",
    "{{ '{0.__class__}'.format_map({'0': site}) }}",
    "{% macro m() %}{{ m() }}{% endmacro %}{{ m() }}",
    "{% include 'html/entry.html' %}",
    "{% extends 'html/entry.html' %}",
    "{% for i in range(100000) %}",
    "{% for j in range(100000) %}x",
    "{% endfor %}",
    "{% set l = range(100000) | list %}{% for i in l %}{% for j in l %}{% endfor %}{% endfor %}",
    "{{ 'a' * 10 ** 8 }}",
    "{{ 7 ** 7 ** 7 }}",
    "{{ [][0] }}",
    "{{ 1 / 0 }}",
    "{{ ().__class__.__mro__ }}",
    "{{ entry | attr('__init__') }}",
    "{{ cycler.__init__.__globals__ }}",
    "{{ lipsum(100000, html=False) }}",
    "{% if %}",
    "{{ x",
    "|upper",
    "|e",
    "{% raw %}",
    "\n",
]

template_texts = st.lists(
    st.one_of(st.sampled_from(_PIECES), st.text(max_size=8)), min_size=1, max_size=8
).map("".join)


@settings(
    max_examples=25,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(text=template_texts)
def test_random_templates_never_crash_or_run_past_the_budget(signed: Path, monkeypatch, text):
    monkeypatch.setattr(environment, "BUDGET", environment.RenderBudget(seconds=BUDGET_SECONDS))
    template = signed / "templates" / "html" / "entry.html"
    template.parent.mkdir(parents=True, exist_ok=True)
    template.write_text(text, encoding="utf-8")

    started = time.monotonic()
    result = export_cli(signed, "--format", "html", expect=None)  # type: ignore[arg-type]
    elapsed = time.monotonic() - started

    assert result.exit_code in (0, 1, 2), result.output
    assert "internal error" not in result.output
    if result.exit_code == 2:
        assert "template" in result.output
    assert elapsed < MARGIN_SECONDS, f"{elapsed:.1f} s for {text!r}"
